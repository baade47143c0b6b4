#ifndef DOSSIER_CLIBFUZZER_H
#define DOSSIER_CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver, linked in by -sanitize=fuzzer. SwiftPM makes an executable target's own
 * top-level code the program's `main`, so each fuzzer's main.swift hands control to the driver
 * with its argc/argv and the function to call with each input. */
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif

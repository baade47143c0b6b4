#ifndef DOSSIER_CSTACK_H
#define DOSSIER_CSTACK_H
#include <stddef.h>

/* Runs body(context) on a new stack of `size` bytes, on the calling thread: no second thread to
 * start and hand over to (which costs more than the rest of a `dossier -e` start when the machine
 * is busy). The stack is address space only (MAP_NORESERVE: pages are committed as they are
 * touched) with an inaccessible guard region below it, so an overflow faults instead of writing
 * over other memory.
 *
 * body must end the process (exit); it never returns here. Returns -1, without calling body, when
 * the stack cannot be mapped or this processor is not supported (x86-64 and arm64 are). */
int dossier_run_on_new_stack(size_t size, void (*body)(void *), void *context);

#endif

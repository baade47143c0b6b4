#ifndef DOSSIER_CTESTSUPPORT_H
#define DOSSIER_CTESTSUPPORT_H
#include <sys/types.h>

/* Pseudo-terminal helpers for the end-to-end tests: posix_openpt and friends are not visible
 * from Swift, and the child's new session and controlling terminal are set up between fork and
 * exec, where only async-signal-safe C may run. */

/* Opens a pseudo-terminal master; returns its fd or -1. */
int dossier_test_open_pty(char *slave_name, unsigned long slave_name_size);

/* Starts `path` with `argv` and `envp` (NULL-terminated) in a new session whose controlling
 * terminal is a new pseudo-terminal of `rows` x `cols`, as its stdin, stdout and stderr (so
 * Ctrl-C typed there raises SIGINT in it). Returns the master fd (non-blocking) and stores the
 * child's pid in *pid; -1 on failure. */
int dossier_test_spawn_in_pty(const char *path, char *const argv[], char *const envp[],
                              unsigned short rows, unsigned short cols, pid_t *pid);

/* 1 when the terminal behind `master` is in raw mode (ICANON off), 0 when not, -1 on error. */
int dossier_test_pty_is_raw(int master);

/* waitpid without blocking: 1 and *status (exit code, or 128+signal) when the child ended,
 * 0 while it runs, -1 on error. */
int dossier_test_reap(pid_t pid, int *status);

#endif

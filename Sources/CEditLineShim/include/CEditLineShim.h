#ifndef DOSSIER_CEDITLINE_SHIM_H
#define DOSSIER_CEDITLINE_SHIM_H
#include <histedit.h>

/* Non-variadic wrappers over libedit's variadic el_set/el_get/history calls, which Swift cannot
 * call, plus the SIGINT flag the shell polls while a command runs. */

/* A prompt callback: returns a C string that must outlive the call. */
typedef char *(*dossier_prompt_fn)(EditLine *);
/* A key function added with dossier_el_addfn: returns a CC_* code. */
typedef unsigned char (*dossier_key_fn)(EditLine *, int);

/* el_init on the process's stdin, stdout and stderr. */
EditLine *dossier_el_init(const char *program);
/* EL_PROMPT: the primary prompt callback. */
int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt);
/* EL_EDITOR: "emacs" or "vi". */
int dossier_el_set_editor(EditLine *el, const char *mode);
/* EL_SIGNAL: 1 lets libedit handle SIGWINCH, SIGTSTP, SIGCONT inside its own handlers (unsafe:
 * the shell turns it off and handles them itself, see terminal.c). */
int dossier_el_set_signal(EditLine *el, int on);
/* EL_CLIENTDATA: an opaque pointer the callbacks recover with dossier_el_get_clientdata. */
int dossier_el_set_clientdata(EditLine *el, void *data);
void *dossier_el_get_clientdata(EditLine *el);
/* EL_ADDFN: registers a named key function (before binding a key to it). */
int dossier_el_addfn(EditLine *el, const char *name, const char *help, dossier_key_fn fn);
/* EL_BIND: binds a key ("^R", "^I") to a named function. */
int dossier_el_bind(EditLine *el, const char *key, const char *function);
/* EL_SETTY -d FLAG: a terminal flag while editing ("-isig" turns signal keys off). */
int dossier_el_settty_edit(EditLine *el, const char *flag);
/* EL_HIST: attaches a history to the editor. */
int dossier_el_set_history(EditLine *el, History *h);

/* history_init with H_SETSIZE `size` and H_SETUNIQUE on. */
History *dossier_history_init(int size);
/* H_ENTER: copies `line` into the history. */
int dossier_history_enter(History *h, const char *line);
/* H_LOAD / H_SAVE: libedit's own file format. Return -1 on failure. Saving writes a temporary
 * file beside `path` and renames it over it (the old history stays whole on a failure). */
int dossier_history_load(History *h, const char *path);
int dossier_history_save(History *h, const char *path);
/* H_LAST then H_PREV: the oldest entry first, then each newer one; NULL at the end. */
const char *dossier_history_oldest(History *h);
const char *dossier_history_newer(History *h);

/* Writes `text` to the editor's output stream (stdout) and flushes it, in order with libedit's own
 * output (a completion list printed from a key function). */
void dossier_el_print(const char *text);

/* Installs a SIGINT handler (sigaction, no SA_RESTART) that only sets the flag below, and
 * unblocks SIGINT. */
int dossier_sigint_install(void);
/* Restores the default SIGINT action. */
int dossier_sigint_restore_default(void);
/* Whether SIGINT arrived since the last clear. */
int dossier_sigint_pending(void);
void dossier_sigint_clear(void);

/* Installs the shell's handlers: SIGWINCH and a continue after SIGTSTP only set flags the editor's
 * reader acts on; SIGTERM, SIGHUP, SIGQUIT and faults put the terminal back as it was at this call,
 * then take their previous action. */
int dossier_terminal_guard_install(void);
/* Puts the terminal back as it was when the guard was installed. */
void dossier_terminal_restore(void);
/* EL_GETCFN: the editor's own character reader (poll, then resize or Ctrl-C outside signal
 * context). */
int dossier_el_set_reader(EditLine *el);
/* Wakes the editor's read loop from a signal handler (async-signal-safe: one write to a pipe). */
void dossier_wake(void);
/* Whether the terminal's input ended or failed (a hang-up), as opposed to a Ctrl-D typed. */
int dossier_input_lost(void);

#endif

#ifndef DOSSIER_CEDITLINE_SHIM_H
#define DOSSIER_CEDITLINE_SHIM_H
#include <stddef.h>

/* libedit for the interactive shell, loaded with dlopen when the shell starts (dossier_editline_load)
 * rather than by the dynamic loader at every start: `-e`, `run` and piped scripts never map libedit
 * and its dependencies (libtinfo, libbsd, libmd). Every libedit call goes through a wrapper here;
 * this header does not include <histedit.h>, so Swift cannot call libedit directly by mistake.
 * The wrappers also make libedit's variadic el_set/el_get/history calls callable from Swift.
 * Besides libedit: the SIGINT flag the shell polls while a command runs. */

/* libedit's editor and history handles (the same names as in <histedit.h>). */
typedef struct editline EditLine;
typedef struct history History;

/* What a key function returns (libedit's CC_* values; shim.c checks they match). */
#define DOSSIER_CC_REFRESH 4
#define DOSSIER_CC_ERROR 6
#define DOSSIER_CC_REDISPLAY 8
#define DOSSIER_CC_REFRESH_BEEP 9

/* Loads libedit (libedit.so.2, else libedit.so.0) and every function below needs. Returns NULL
 * when libedit is ready, else a message saying what is missing (valid until the next call). Safe
 * to call again; only the first successful load does any work. No other dossier_el_* or
 * dossier_history_* function may be called before it has returned NULL. */
const char *dossier_editline_load(void);

/* A prompt callback: returns a C string that must outlive the call. */
typedef char *(*dossier_prompt_fn)(EditLine *);
/* A key function added with dossier_el_addfn: returns a DOSSIER_CC_* code. */
typedef unsigned char (*dossier_key_fn)(EditLine *, int);

/* el_init on the process's stdin, stdout and stderr; NULL on failure. */
EditLine *dossier_el_init(const char *program);
/* el_end: releases the editor. */
void dossier_el_end(EditLine *el);
/* EL_PROMPT: the primary prompt callback. */
int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt);
/* EL_EDITOR: "emacs" or "vi". */
int dossier_el_set_editor(EditLine *el, const char *mode);
/* EL_SIGNAL: 1 lets libedit restore the terminal and redraw on SIGWINCH, SIGTSTP, SIGCONT. */
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

/* el_gets: the next line read (with its newline), owned by libedit until the next call, and its
 * length in *count; NULL at end of input or on error. */
const char *dossier_el_gets(EditLine *el, int *count);
/* el_line: the line being edited starts at *buffer; the cursor's and the end's byte offsets.
 * Returns 0, or -1 when there is no line (the outputs are then untouched). */
int dossier_el_line(EditLine *el, const char **buffer, size_t *cursor, size_t *length);
/* el_cursor: moves the cursor by `count` characters (negative: left). */
int dossier_el_cursor(EditLine *el, int count);
/* el_insertstr: inserts `text` at the cursor; 0 on success. */
int dossier_el_insertstr(EditLine *el, const char *text);
/* el_deletestr: deletes `count` characters before the cursor. */
void dossier_el_deletestr(EditLine *el, int count);
/* el_push: pushes `text` back onto the input, as if typed. */
void dossier_el_push(EditLine *el, const char *text);

/* history_init with H_SETSIZE `size` and H_SETUNIQUE on; NULL on failure. */
History *dossier_history_init(int size);
/* history_end: releases the history. */
void dossier_history_end(History *h);
/* H_ENTER: copies `line` into the history. */
int dossier_history_enter(History *h, const char *line);
/* H_LOAD / H_SAVE: libedit's own file format. Return -1 on failure. */
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

#endif

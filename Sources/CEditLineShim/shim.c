/* libedit through dlopen, one wrapper per call Dossier makes; and the SIGINT flag. */
#include <dlfcn.h>
#include <histedit.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include "CEditLineShim.h"

_Static_assert(DOSSIER_CC_REFRESH == CC_REFRESH, "CC_REFRESH");
_Static_assert(DOSSIER_CC_ERROR == CC_ERROR, "CC_ERROR");
_Static_assert(DOSSIER_CC_REDISPLAY == CC_REDISPLAY, "CC_REDISPLAY");
_Static_assert(DOSSIER_CC_REFRESH_BEEP == CC_REFRESH_BEEP, "CC_REFRESH_BEEP");

/* libedit's functions, typed as <histedit.h> declares them; set by dossier_editline_load. */
static struct {
    __typeof__(&el_init) el_init;
    __typeof__(&el_end) el_end;
    __typeof__(&el_set) el_set;
    __typeof__(&el_get) el_get;
    __typeof__(&el_gets) el_gets;
    __typeof__(&el_line) el_line;
    __typeof__(&el_cursor) el_cursor;
    __typeof__(&el_insertstr) el_insertstr;
    __typeof__(&el_deletestr) el_deletestr;
    __typeof__(&el_push) el_push;
    __typeof__(&history_init) history_init;
    __typeof__(&history_end) history_end;
    __typeof__(&history) history;
} editline;

static int editline_loaded = 0;
static char editline_error[512];

/* The names libedit's shared library goes by: Debian and Ubuntu, then Fedora, Alpine and older
 * systems, then macOS. */
static const char *const editline_names[] = {
#ifdef __APPLE__
    "libedit.3.dylib",
#endif
    "libedit.so.2",
    "libedit.so.0",
};

const char *dossier_editline_load(void) {
    if (editline_loaded) return NULL;
    void *library = NULL;
    const char *first_error = NULL;
    char first_buffer[sizeof editline_error];
    for (size_t i = 0; i < sizeof editline_names / sizeof editline_names[0] && library == NULL; i++) {
        library = dlopen(editline_names[i], RTLD_NOW | RTLD_LOCAL);
        if (library == NULL && first_error == NULL) {
            const char *e = dlerror();
            snprintf(first_buffer, sizeof first_buffer, "%s", e ? e : editline_names[i]);
            first_error = first_buffer;
        }
    }
    if (library == NULL) {
        snprintf(editline_error, sizeof editline_error, "libedit could not be loaded (%s)", first_error);
        return editline_error;
    }
    /* The POSIX way to turn dlsym's void * into a function pointer. */
#define DOSSIER_RESOLVE(name)                                                                      \
    do {                                                                                           \
        dlerror();                                                                                 \
        *(void **)(&editline.name) = dlsym(library, #name);                                        \
        if (editline.name == NULL) {                                                               \
            snprintf(editline_error, sizeof editline_error, "the libedit found has no %s", #name); \
            return editline_error;                                                                 \
        }                                                                                          \
    } while (0)
    DOSSIER_RESOLVE(el_init);
    DOSSIER_RESOLVE(el_end);
    DOSSIER_RESOLVE(el_set);
    DOSSIER_RESOLVE(el_get);
    DOSSIER_RESOLVE(el_gets);
    DOSSIER_RESOLVE(el_line);
    DOSSIER_RESOLVE(el_cursor);
    DOSSIER_RESOLVE(el_insertstr);
    DOSSIER_RESOLVE(el_deletestr);
    DOSSIER_RESOLVE(el_push);
    DOSSIER_RESOLVE(history_init);
    DOSSIER_RESOLVE(history_end);
    DOSSIER_RESOLVE(history);
#undef DOSSIER_RESOLVE
    /* libedit stays loaded for the life of the process: its callbacks and signal handlers may
     * run until exit. */
    editline_loaded = 1;
    return NULL;
}

EditLine *dossier_el_init(const char *program) { return editline.el_init(program, stdin, stdout, stderr); }
void dossier_el_end(EditLine *el) { editline.el_end(el); }
int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt) { return editline.el_set(el, EL_PROMPT, prompt); }
int dossier_el_set_editor(EditLine *el, const char *mode) { return editline.el_set(el, EL_EDITOR, mode); }
int dossier_el_set_signal(EditLine *el, int on) { return editline.el_set(el, EL_SIGNAL, on); }
int dossier_el_set_clientdata(EditLine *el, void *data) { return editline.el_set(el, EL_CLIENTDATA, data); }

void *dossier_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (editline.el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int dossier_el_addfn(EditLine *el, const char *name, const char *help, dossier_key_fn fn) {
    return editline.el_set(el, EL_ADDFN, name, help, fn);
}
int dossier_el_bind(EditLine *el, const char *key, const char *function) {
    return editline.el_set(el, EL_BIND, key, function, (const char *)NULL);
}
int dossier_el_settty_edit(EditLine *el, const char *flag) {
    return editline.el_set(el, EL_SETTY, "-d", flag, (const char *)NULL);
}
/* EL_HIST takes the history function itself: libedit's own, as loaded. */
int dossier_el_set_history(EditLine *el, History *h) { return editline.el_set(el, EL_HIST, editline.history, h); }

const char *dossier_el_gets(EditLine *el, int *count) { return editline.el_gets(el, count); }

int dossier_el_line(EditLine *el, const char **buffer, size_t *cursor, size_t *length) {
    const LineInfo *info = editline.el_line(el);
    if (info == NULL || info->buffer == NULL) return -1;
    *buffer = info->buffer;
    *cursor = (size_t)(info->cursor - info->buffer);
    *length = (size_t)(info->lastchar - info->buffer);
    return 0;
}

int dossier_el_cursor(EditLine *el, int count) { return editline.el_cursor(el, count); }
int dossier_el_insertstr(EditLine *el, const char *text) { return editline.el_insertstr(el, text); }
void dossier_el_deletestr(EditLine *el, int count) { editline.el_deletestr(el, count); }
void dossier_el_push(EditLine *el, const char *text) { editline.el_push(el, text); }

History *dossier_history_init(int size) {
    History *h = editline.history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    editline.history(h, &ev, H_SETSIZE, size);
    editline.history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
void dossier_history_end(History *h) { editline.history_end(h); }
int dossier_history_enter(History *h, const char *line) { HistEvent ev; return editline.history(h, &ev, H_ENTER, line); }
int dossier_history_load(History *h, const char *path) { HistEvent ev; return editline.history(h, &ev, H_LOAD, path); }
int dossier_history_save(History *h, const char *path) { HistEvent ev; return editline.history(h, &ev, H_SAVE, path); }

const char *dossier_history_oldest(History *h) {
    HistEvent ev;
    return editline.history(h, &ev, H_LAST) == 0 ? ev.str : NULL;
}
const char *dossier_history_newer(History *h) {
    HistEvent ev;
    return editline.history(h, &ev, H_PREV) == 0 ? ev.str : NULL;
}

void dossier_el_print(const char *text) {
    fputs(text, stdout);
    fflush(stdout);
}

/* The one flag a signal handler may touch; the shell clears it before each command and the
 * session polls it through SessionOptions.isInterrupted. */
static volatile sig_atomic_t dossier_sigint_flag = 0;

static void dossier_sigint_handler(int signo) {
    (void)signo;
    dossier_sigint_flag = 1;
}

int dossier_sigint_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dossier_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    /* A parent may have started us with SIGINT blocked; Ctrl-C must still reach the handler. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}
int dossier_sigint_restore_default(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(SIGINT, &action, NULL);
}
int dossier_sigint_pending(void) { return dossier_sigint_flag != 0; }
void dossier_sigint_clear(void) { dossier_sigint_flag = 0; }

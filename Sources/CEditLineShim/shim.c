/* libedit's variadic calls, wrapped one per use so Swift can call them; and the SIGINT flag. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "CEditLineShim.h"

EditLine *dossier_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }
int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn prompt) { return el_set(el, EL_PROMPT, prompt); }
int dossier_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int dossier_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int dossier_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

void *dossier_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

int dossier_el_addfn(EditLine *el, const char *name, const char *help, dossier_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int dossier_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
int dossier_el_settty_edit(EditLine *el, const char *flag) {
    return el_set(el, EL_SETTY, "-d", flag, (const char *)NULL);
}
int dossier_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

History *dossier_history_init(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
int dossier_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int dossier_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int dossier_history_save(History *h, const char *path) {
    /* Written beside the file and renamed over it, so a full disk or a file-size limit leaves the
     * old history whole (H_SAVE truncates the file first and ignores fclose's error). */
    size_t length = strlen(path);
    char *temporary = malloc(length + 8);
    if (temporary == NULL) return -1;
    memcpy(temporary, path, length);
    memcpy(temporary + length, ".XXXXXX", 8);
    int fd = mkstemp(temporary);
    if (fd < 0) { free(temporary); return -1; }
    FILE *file = fdopen(fd, "w");
    if (file == NULL) { close(fd); unlink(temporary); free(temporary); return -1; }
    HistEvent ev;
    int ok = history(h, &ev, H_SAVE_FP, file) >= 0;
    ok = fflush(file) == 0 && ok && !ferror(file) && fsync(fd) == 0;
    ok = fclose(file) == 0 && ok;
    ok = ok && rename(temporary, path) == 0;
    if (!ok) unlink(temporary);
    free(temporary);
    return ok ? 0 : -1;
}

const char *dossier_history_oldest(History *h) {
    HistEvent ev;
    return history(h, &ev, H_LAST) == 0 ? ev.str : NULL;
}
const char *dossier_history_newer(History *h) {
    HistEvent ev;
    return history(h, &ev, H_PREV) == 0 ? ev.str : NULL;
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
    dossier_wake();  /* the line editor's read loop may be waiting on another thread */
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

/* The shell's own signal handling while libedit edits a line (EL_SIGNAL is off): handlers only set
 * flags or restore the terminal, and everything else (resizing, redrawing, Ctrl-C) happens in the
 * read loop, outside signal context. libedit's own SIGWINCH handler resized its buffers inside the
 * handler, which corrupted the heap when the signal landed mid-allocation. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include "CEditLineShim.h"

static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t continued = 0;
static volatile sig_atomic_t input_lost = 0;
/* The terminal as it was before the shell started: put back on a fatal signal or a stop. */
static struct termios original;
static volatile sig_atomic_t have_original = 0;
static struct sigaction previous[NSIG];

/* The read loop waits on this pipe too: a signal may be delivered to another thread than the one
 * in poll (a debug build reads on a thread of its own), so its handler writes a byte here. */
static int wake_pipe[2] = {-1, -1};

void dossier_wake(void) {
    if (wake_pipe[1] >= 0) {
        int saved_errno = errno;
        ssize_t ignored = write(wake_pipe[1], "!", 1);
        (void)ignored;
        errno = saved_errno;
    }
}

static void on_winch(int signo) {
    (void)signo;
    resized = 1;
    dossier_wake();
}

/* Ctrl-Z from another process, or SIGTSTP while a command runs: cooked terminal, stop, then
 * raw again and a redraw once continued. */
static void on_tstp(int signo) {
    int saved_errno = errno;
    struct termios current;
    int had = have_original && tcgetattr(STDIN_FILENO, &current) == 0;
    if (had) tcsetattr(STDIN_FILENO, TCSADRAIN, &original);
    struct sigaction dfl, mine;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(signo, &dfl, &mine);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signo);
    raise(signo);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);  /* the stop happens here */
    sigaction(signo, &mine, NULL);
    if (had) tcsetattr(STDIN_FILENO, TCSADRAIN, &current);
    continued = 1;
    dossier_wake();
    errno = saved_errno;
}

/* A signal that ends the process: the terminal goes back to how it was, then the signal's
 * previous action (the default, or Swift's crash reporter) runs. */
static void on_fatal(int signo, siginfo_t *info, void *context) {
    (void)context;
    if (have_original) tcsetattr(STDIN_FILENO, TCSANOW, &original);
    sigaction(signo, &previous[signo], NULL);
    /* A fault from an instruction (si_code > 0) re-runs it under the previous action, which then
     * sees the real fault; a signal sent by a process is sent again. */
    if (info != NULL && info->si_code > 0 && signo != SIGTERM && signo != SIGHUP && signo != SIGQUIT) return;
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signo);
    raise(signo);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
}

static int install(int signo, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    return sigaction(signo, &action, &previous[signo]);
}

static int install_fatal(int signo) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fatal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    return sigaction(signo, &action, &previous[signo]);
}

int dossier_terminal_guard_install(void) {
    if (tcgetattr(STDIN_FILENO, &original) == 0) have_original = 1;
    if (wake_pipe[0] < 0 && pipe2(wake_pipe, O_NONBLOCK | O_CLOEXEC) != 0) wake_pipe[0] = wake_pipe[1] = -1;
    /* SA_RESTART: a resize must not fail libedit's writes or a command's reads; the read loop
     * waits in poll, which a signal always interrupts. */
    int failed = install(SIGWINCH, on_winch, SA_RESTART);
    failed |= install(SIGTSTP, on_tstp, SA_RESTART);
    int fatal[] = {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction old;
        sigaction(fatal[i], NULL, &old);
        if (old.sa_handler == SIG_IGN) continue;  /* an ignored signal stays ignored (nohup) */
        failed |= install_fatal(fatal[i]);
    }
    return failed ? -1 : 0;
}

void dossier_terminal_restore(void) {
    if (have_original) tcsetattr(STDIN_FILENO, TCSANOW, &original);
}

int dossier_input_lost(void) { return input_lost != 0; }

/* libedit's character reader (EL_GETCFN), as its built-in one decodes multibyte characters, but
 * waiting in poll so that a resize, a continue after a stop, or SIGINT is acted on at once. */
static int read_char(EditLine *el, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (resized || continued) {
            resized = 0;
            continued = 0;
            el_resize(el);
            el_set(el, EL_REFRESH);
        }
        if (count == 0 && dossier_sigint_pending()) {
            /* An external SIGINT at the prompt acts as the Ctrl-C key. */
            dossier_sigint_clear();
            *out = 3;
            return 1;
        }
        struct pollfd p[2] = {{.fd = STDIN_FILENO, .events = POLLIN}, {.fd = wake_pipe[0], .events = POLLIN}};
        int ready = poll(p, wake_pipe[0] >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno == EINTR) continue;
            input_lost = 1;
            return -1;
        }
        if (wake_pipe[0] >= 0 && (p[1].revents & POLLIN)) {
            char drained[64];
            while (read(wake_pipe[0], drained, sizeof drained) > 0) {}
            if (!(p[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        }
        ssize_t n = read(STDIN_FILENO, bytes + count, 1);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            input_lost = 1;
            return -1;
        }
        if (n == 0) {
            /* The terminal went away (Ctrl-D is a key here, not an end of file). */
            input_lost = 1;
            *out = 0;
            return 0;
        }
        count++;
        wchar_t wc;
        mbstate_t probe = state;
        size_t r = mbrtowc(&wc, bytes, count, &probe);
        if (r == (size_t)-2 && count < MB_LEN_MAX) continue;  /* more bytes of one character */
        if (r == (size_t)-1 || r == (size_t)-2) {
            count = 0;  /* not a character: drop it, as libedit does */
            continue;
        }
        *out = wc;
        return 1;
    }
}

int dossier_el_set_reader(EditLine *el) { return el_set(el, EL_GETCFN, read_char); }

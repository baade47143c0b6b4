#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "CTestSupport.h"

int dossier_test_open_pty(char *slave_name, unsigned long size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_name, size) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

int dossier_test_spawn_in_pty(const char *path, char *const argv[], char *const envp[],
                              unsigned short rows, unsigned short cols, pid_t *pid) {
    char slave_name[128];
    int master = dossier_test_open_pty(slave_name, sizeof slave_name);
    if (master < 0) return -1;
    struct winsize size = {0};
    size.ws_row = rows;
    size.ws_col = cols;
    ioctl(master, TIOCSWINSZ, &size);
    pid_t child = fork();
    if (child < 0) {
        close(master);
        return -1;
    }
    if (child == 0) {
        /* The child: a new session, the slave as its controlling terminal and standard streams. */
        setsid();
        int slave = open(slave_name, O_RDWR);
        if (slave < 0) _exit(126);
        ioctl(slave, TIOCSCTTY, 0);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        if (slave > 2) close(slave);
        close(master);
        /* The test runner forks from worker threads that block signals, and exec keeps both the
         * mask and ignored dispositions: give the program a clean slate, as a shell would. */
        struct sigaction dfl;
        memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        for (int sig = 1; sig < NSIG; sig++) sigaction(sig, &dfl, NULL);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        execve(path, argv, envp);
        _exit(127);
    }
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    fcntl(master, F_SETFD, FD_CLOEXEC);
    *pid = child;
    return master;
}

int dossier_test_pty_is_raw(int master) {
    struct termios t;
    if (tcgetattr(master, &t) != 0) return -1;
    return (t.c_lflag & ICANON) == 0;
}

int dossier_test_reap(pid_t pid, int *status) {
    int raw = 0;
    pid_t r = waitpid(pid, &raw, WNOHANG);
    if (r == 0) return 0;
    if (r < 0) return -1;
    if (WIFEXITED(raw)) *status = WEXITSTATUS(raw);
    else if (WIFSIGNALED(raw)) *status = 128 + WTERMSIG(raw);
    else *status = -1;
    return 1;
}

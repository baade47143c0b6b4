#define _GNU_SOURCE
#include <stdlib.h>
#include <fcntl.h>
#include "CTestSupport.h"
int dossier_test_open_pty(char *slave_name, unsigned long size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, slave_name, size) != 0) return -1;
    return fd;
}

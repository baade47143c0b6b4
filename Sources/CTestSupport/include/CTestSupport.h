#ifndef DOSSIER_CTESTSUPPORT_H
#define DOSSIER_CTESTSUPPORT_H
/* Opens a pseudo-terminal master; returns its fd or -1. */
int dossier_test_open_pty(char *slave_name, unsigned long slave_name_size);
#endif

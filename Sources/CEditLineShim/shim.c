#include <stdio.h>
#include "CEditLineShim.h"
EditLine *dossier_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }

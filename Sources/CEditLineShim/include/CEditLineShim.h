#ifndef DOSSIER_CEDITLINE_SHIM_H
#define DOSSIER_CEDITLINE_SHIM_H
#include <histedit.h>
/* Non-variadic wrappers over libedit's variadic el_set/el_get/history calls, which Swift cannot call. */
EditLine *dossier_el_init(const char *program);
#endif

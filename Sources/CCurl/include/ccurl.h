#ifndef CCURL_H
#define CCURL_H
#include <stdint.h>
#include <stddef.h>
/* Thin wrappers over libcurl; filled in by the LLM client work. Only plain C types cross this
   header so that it never clashes with the libcurl that Foundation links. */
int ccurl_global_init(void);
const char *ccurl_version(void);
#endif

/* tsbindgen's own <stdnoreturn.h> (C17 7.23). */
#ifndef __TSBINDGEN_STDNORETURN_H
#define __TSBINDGEN_STDNORETURN_H

#define noreturn _Noreturn

#endif

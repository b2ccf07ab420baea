/*
 * dispatch/compiled/host.h — what build/vm hands the compiled code: the
 * run-time functions it calls (vm/runtime.c).  The shared object links to
 * nothing of build/vm, so run() passes their addresses; included by the
 * dispatcher and, embedded, by the generated code (rt.h).
 */
#ifndef DISPATCHLAB_COMPILED_HOST_H
#define DISPATCHLAB_COMPILED_HOST_H

#include "vm/vm.h"

struct dl_host {
    int  (*print)(struct vm *vm, cell v);
    void (*stop)(struct vm *vm, enum status st, cell arg, uint32_t ord, int64_t budget);
};

#endif

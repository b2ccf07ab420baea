/*
 * vm/dispatch.h — the interface every dispatcher implements.
 *
 * A dispatcher is a folder dispatch/NAME/ whose sources define
 *
 *     const struct dispatcher dispatcher_NAME = { ... };
 *
 * The build finds the folder and lists the dispatcher in a generated
 * registry (vm/gen-registry.sh), so nothing else needs editing.
 */
#ifndef DISPATCHLAB_DISPATCH_H
#define DISPATCHLAB_DISPATCH_H

#include "vm/vm.h"

struct dispatcher {
    const char *name;        /* the folder name; `build/vm -d NAME` */
    const char *summary;     /* one line for `build/vm --list` */

    /* NULL when it runs on this machine, else why not (may be NULL itself). */
    const char *(*unavailable)(void);

    /* Translate verified bytecode into the dispatcher's own form (a thread,
     * native code, ...).  Timed separately from run.  NULL when the
     * dispatcher runs the bytecode as it is.  Returns NULL on failure. */
    void *(*prepare)(const struct program *prog);
    void  (*release)(void *prepared);

    /* Optional: after prepare() returned NULL in this thread, why (one
     * sentence, e.g. "program too large for compilation (...)"); NULL when
     * it ran out of memory.  For dispatchers whose prepare() can fail
     * otherwise (dispatch/compiled/ runs a compiler). */
    const char *(*prepare_failure)(void);

    /* Nonzero when prepare() is slow: it runs a C compiler (a tenth of a
     * second and more per program, where the others take microseconds).
     * The differential test runs such a dispatcher on a share of its
     * programs (fuzz/harness.c, harness_slow_every).  Such a dispatcher's
     * unavailable() is as slow (it tries the compiler), so build/vm does
     * not ask it before a run: it calls prepare(), which must then fail
     * cleanly where the dispatcher cannot run, and asks unavailable() only
     * when prepare() failed, to say which of the two it was.  `--list`
     * asks it as it asks every dispatcher. */
    int slow_prepare;

    /* Run from the first instruction until halt or a trap; the outcome is
     * in vm->result (set through vm_stop). */
    void  (*run)(struct vm *vm, const struct program *prog, void *prepared);

    /* Optional, for a dispatcher that generates code in prepare(): write
     * where each VM instruction's code is in what it generated and what
     * that code is (the lines asm/gencode.c describes), for the
     * machine-code tools.  Never called when a program runs. */
    void  (*describe)(const void *prepared, FILE *f);
};

/* build/<config>/gen/registry.c */
extern const struct dispatcher *const dispatchers[];
extern const unsigned ndispatchers;

#endif

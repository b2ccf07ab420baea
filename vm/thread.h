/*
 * vm/thread.h — what several dispatchers' prepare() steps share: the
 * verified copy of the bytecode (switch, token), and the slot layout of a
 * thread (direct threading, call threading).
 *
 * Every prepared form comes in two copies (docs/verifier.md, "Check-free
 * execution"): the *verified* copy, in which each instruction the
 * verifier proved runs its proven handler, and the *checked* copy, in
 * which every instruction runs its checked handler.  A run starts in the
 * verified copy; a verified `call` whose callee does not fit goes on in
 * the checked copy (RETRY_CHECKED in vm/interp.h).
 */
#ifndef DISPATCHLAB_THREAD_H
#define DISPATCHLAB_THREAD_H

#include <stddef.h>
#include "isa/program.h"

/* The bytecode as switch and token dispatch run it: two copies with the
 * program's layout (so prog->ord and prog->line hold for both), the
 * verified one first, in which the opcode of every proven instruction is
 * OP_PROVEN + opcode (vm/interp.h), then the checked one.  In both, a
 * label operand is the index of the branch's struct branch: where it
 * goes and its counting constants, computed once here instead of from
 * the ordinal map at every taken branch (CPython's quickening rewrites
 * operands into cache indexes the same way). */
struct branch {
    uint32_t     target;    /* byte offset of the target, in either copy */
    int64_t      limit;     /* counting constants (vm/interp.h, COUNTING) */
    int64_t      delta;
    struct frame frame;     /* a call's: its callee's frame */
};
struct quick {
    uint8_t       *code;    /* 2 * size bytes: verified copy, checked copy */
    uint32_t       size;
    struct branch *branch;
};
struct quick *quicken(const struct program *p);   /* NULL: out of memory */
void quick_free(void *q);

/* A thread keeps, per instruction, a slot for its handler followed by
 * NSLOTS_<op> slots for its data (vm/interp.h). */
struct thread_layout {
    uint32_t *first;    /* per instruction: the index of its handler slot
                           (count + 1 entries: the last is nslots) */
    uint32_t *ord;      /* per slot of BOTH copies (2 * nslots entries): the
                           ordinal of its instruction, for ORD_HERE/ORD_OF */
    size_t    nslots;   /* slots in one copy */
};

/* Returns 0, or -1 when out of memory.  The caller frees first and ord. */
int thread_layout(const struct program *p, struct thread_layout *l);

#endif

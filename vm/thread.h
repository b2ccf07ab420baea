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

/* The verified copy of the bytecode: the same bytes, but the opcode of
 * every proven instruction is OP_PROVEN + opcode (vm/interp.h).  The
 * checked copy is the program's own bytecode.  NULL when out of memory. */
uint8_t *quicken(const struct program *p);

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

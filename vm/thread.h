/*
 * vm/thread.h — the slot layout of a thread that keeps, per instruction,
 * one slot for its handler followed by one slot for its operand, if it has
 * one (direct threading, call threading).  Computing it is the same for
 * every such dispatcher; what goes into the slots is each one's own.
 */
#ifndef DISPATCHLAB_THREAD_H
#define DISPATCHLAB_THREAD_H

#include <stddef.h>
#include "isa/program.h"

struct thread_layout {
    uint32_t *first;    /* per instruction: the index of its handler slot */
    uint32_t *ord;      /* per slot: the index of its instruction (ORD_HERE) */
    size_t    nslots;
};

/* Returns 0, or -1 when out of memory.  The caller frees first and ord. */
int thread_layout(const struct program *p, struct thread_layout *l);

#endif

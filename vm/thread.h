/*
 * vm/thread.h — what several dispatchers' prepare() steps share: the
 * quickened copies of the bytecode (switch, token) and threads (direct,
 * call and tail-call threading and their relatives).
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

/* A thread: per instruction, one slot for its handler and NSLOTS_<op>
 * slots for its data (vm/interp.h), in the program's order, in two copies
 * (the verified copy, then the checked copy) built by thread_new for
 * direct, call and tail-call threading and the dispatchers built on them:
 *
 *     push n     [handler] [n]
 *     jmp L      [handler] [target] [limit] [delta]
 *     jz/jnz L   [handler] [target] [limit] [delta]
 *     call L     [handler] [target] [limit] [delta] [callee's frame]
 *     ret        [handler] [limit]
 *     others     [handler]
 *
 * target is the target's handler slot in the same copy; limit and delta
 * are the branch's counting constants (vm/interp.h, COUNTING).  A return
 * address is the slot after a call's last, so the call's limit, the
 * ordinal returned to, is three slots before it. */
union slot {
    const void       *code;     /* a handler: a label's address, */
    void            (*fn)(void);/* or a function (cast to its real type) */
    cell              imm;      /* INT operand */
    const union slot *target;   /* LABEL operand */
    int64_t           count;    /* counting constant */
    struct frame      frame;    /* a call's callee frame */
};

struct thread {
    union slot *slots;          /* 2 * nslots */
    uint32_t   *ord;            /* per slot of both copies: its instruction */
    uint32_t   *first;          /* per instruction: its handler slot in the
                                   verified copy (count + 1 entries) */
    size_t      nslots;         /* slots in one copy */
};

/* handlers: 2 * OP__COUNT addresses, [op] the checked handler of op and
 * [OP_PROVEN + op] its proven one; exactly one of labels and fns is given.
 * NULL when out of memory. */
struct thread *thread_new(const struct program *p, const void *const *labels,
                          void (*const *fns)(void));
void thread_free(void *thread);

#endif

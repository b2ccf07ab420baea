/*
 * dispatch/call/call.c — call threading: the portable C form.
 *
 * Every instruction is a C function; the thread holds, per instruction, a
 * pointer to its function followed by its operand; a loop calls them one
 * after the other:  for (;;) vpc = vpc->fn(vpc + 1, ...).
 * No GCC extension is needed, which is why interpreters written in strict
 * ISO C use it; the cost is an indirect call and a return per instruction,
 * plus the loop's own jump back.
 *
 * The VM registers travel in one fixed handler signature (wasm3's shape):
 * a handler receives a pointer to the machine, vpc and sp, and returns the
 * next vpc and sp, which C returns in two registers (x86-64 rax:rdx,
 * AArch64 x0:x1; on x86-64 sp, the third argument, arrives and leaves in
 * rdx).  There is no room in a return value for more,
 * so the return stack pointer and the step budget, which only branches,
 * calls and returns touch, live in `struct machine` on run()'s stack.
 * (Tail-call threading, where a handler passes its registers on to the
 * next instead of returning them, has no such limit.)
 *
 * halt and traps leave through longjmp to run(), so the loop needs no exit
 * test.  The thread comes in two copies, verified and checked (vm/thread.h).
 */
#include <setjmp.h>
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

union slot;
struct machine;

/* What a handler returns: where to go on, with which stack. */
struct next {
    const union slot *vpc;
    cell *sp;
};

typedef struct next handler(struct machine *m, const union slot *vpc, cell *sp);
/* (a thread's handler slot holds it as a void (*)(void): vm/thread.h) */

/* The registers that do not travel in the signature: one per run. */
struct machine {
    struct vm          *vm;
    uintptr_t          *rsp;
    int64_t             budget;
    const struct thread *thread;
};

/* The bodies name the registers vm, rsp and budget (vm/interp.h): here
 * they are the machine's. */
#define vm               (m->vm)
#define rsp              (m->rsp)
#define budget           (m->budget)

/* A handler receives vpc pointing just past its own slot: at its operand.
 * OP_BEGIN opens the body (inlined into both entries); OP_END closes it
 * and defines the two entries, op_NAME (proven) and op_C_NAME (checked). */
#define PARAMS           struct machine *m, const union slot *vpc, cell *sp
#define HANDLER(NAME)    static struct next NAME(PARAMS)
#define OP_BEGIN(NAME)   static inline __attribute__((always_inline))          \
                         struct next body_##NAME(PARAMS) {                     \
                             (void)m;
#define OP_END(NAME)         MARK(dispatch);                                 \
                             return (struct next){ vpc + NSLOTS_##NAME, sp };  \
                         }                                                     \
                         HANDLER(op_##NAME) {                                  \
                             MARK_HANDLER(NAME); GUARD(NAME);                  \
                             return body_##NAME(m, vpc, sp);                   \
                         }                                                     \
                         HANDLER(op_C_##NAME) {                                \
                             MARK_CHECKED(NAME); CHECKS(NAME);                 \
                             return body_##NAME(m, vpc, sp);                   \
                         }
#define VPC_T            const union slot *
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(t)          return (struct next){ (t), sp }
#define ORD_HERE()       m->thread->ord[vpc - 1 - m->thread->slots]
#define ORD_OF(t)        m->thread->ord[(t) - m->thread->slots]
#define BRANCH_LIMIT()   vpc[1].count
#define BRANCH_DELTA()   vpc[2].count
/* a ret's own slot holds its limit; a return address is the slot after a
 * call's, three after the call's limit, which is the ordinal returned to */
#define RETURN_LIMIT()   vpc[0].count
#define RETURN_DELTA(t)  ((t)[-3].count - vpc[0].count)
#define CALLEE()         vpc[3].frame
#define RETRY_CHECKED()  return (struct next){ vpc - 1 + m->thread->nslots, sp }
#define TRAP(s, a)       do { MARK(trap); vm_stop(vm, (s), (a), ORD_HERE(), budget); \
                              longjmp(vm->exit, 1); } while (0)

#include "isa/ops.inc"

#include "vm/dispatch-end.h"
#undef HANDLER
#undef PARAMS
#undef vm
#undef rsp
#undef budget

static void (*const table[2 * OP__COUNT])(void) = {
#define OP(NAME, ...) [OP_##NAME] = (void (*)(void))op_C_##NAME, \
                      [OP_PROVEN + OP_##NAME] = (void (*)(void))op_##NAME,
#include "isa/opcodes.def"
#undef OP
};

/* Bytecode -> thread, laid out as for direct threading (vm/thread.c),
 * with function pointers in place of label addresses. */
static void *prepare(const struct program *p)
{
    return thread_new(p, NULL, table);
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    const struct thread *t = prepared;
    struct machine m = { vm, vm->rstack, vm->limit, t };
    if (setjmp(vm->exit) == 0) {
        struct next n = { t->slots, vm->stack };
        /* The whole technique is this loop. */
        for (;;) {
            MARK(dispatch);
            n = ((handler *)n.vpc->fn)(&m, n.vpc + 1, n.sp);
        }
    }
}

const struct dispatcher dispatcher_call = {
    .name    = "call",
    .summary = "call threading: a loop calling through a thread of function pointers",
    .prepare = prepare,
    .release = thread_free,
    .run     = run,
};

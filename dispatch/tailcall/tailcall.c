/*
 * dispatch/tailcall/tailcall.c — tail-call threading.
 *
 * Every instruction is a C function, as in call threading, but a handler
 * does not return to a loop: it ends by calling the next handler, and that
 * call is a guaranteed tail call (clang's __attribute__((musttail))), so
 * the compiler turns it into a jump and the C stack does not grow:
 *
 *     return vpc->fn(vpc, sp, rsp, budget, vm, th);    (musttail)
 *
 * compiles to a load and `jmp *%reg`: direct threading's dispatch, written
 * in portable-looking C.  And because the VM registers are the handler's
 * arguments, passed on to the next handler, they stay in machine registers
 * the whole run (call threading has to return them, and C returns at most
 * two).  clang 19's __attribute__((preserve_none)) calling convention
 * makes every register a handler might use free for it (nothing is
 * callee-saved, so no handler saves or restores anything) and passes the
 * arguments in registers no handler has to move.  This is the technique of
 * wasm3 and of CPython 3.14's tail-calling interpreter.
 *
 * A trap or halt records how the run ended (vm_stop) and returns: the
 * whole chain of tail calls returns at once to run(), no longjmp needed.
 * The thread is direct threading's (vm/thread.h), with function pointers.
 *
 * It needs musttail (clang >= 13, gcc >= 15): with another compiler the
 * dispatcher is listed as unavailable, with the reason.
 */
#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

#if defined(__has_attribute)
#if __has_attribute(musttail)
#define HAVE_MUSTTAIL 1
#endif
#if __has_attribute(preserve_none) && (defined(__x86_64__) || defined(__aarch64__))
#define HANDLER_CC __attribute__((preserve_none))
#define HAVE_PRESERVE_NONE 1
#endif
#endif
#ifndef HANDLER_CC
#define HANDLER_CC
#endif

#ifdef HAVE_MUSTTAIL

/* The fixed signature: the VM registers (vm/interp.h) and the thread.
 * With preserve_none every argument travels in a register (12 of them on
 * x86-64), so the base of the machine's memory travels too, as wasm3
 * passes its linear memory: load and store index it where it is, instead
 * of loading vm->mem first (matmul, which loads four times in its inner
 * loop of 26 instructions, took a fifth less time; docs/dispatch.md).
 * Without preserve_none the C convention has six argument registers on
 * x86-64, and a seventh argument would travel on the stack. */
#ifdef HAVE_PRESERVE_NONE
#define MEM_PARAM        , cell *mem
#define MEM_ARG          , mem
#undef MEM
#define MEM(a)           (mem[(a)])
#else
#define MEM_PARAM
#define MEM_ARG
#endif
#define PARAMS  const union slot *vpc, cell *sp, uintptr_t *rsp, int64_t budget, \
                struct vm *vm, const struct thread *th MEM_PARAM
typedef HANDLER_CC enum status handler(PARAMS);

/* Call the handler at slot vpc, passing every register on.  A handler
 * receives vpc pointing at its own slot, so that the pointer it passes on
 * is the one it loads the next handler through (passing the slot after it,
 * as direct threading's vpc++ does, costs taken branches an add). */
#define DISPATCH()       do { MARK(dispatch);                                    \
                              __attribute__((musttail)) return                   \
                                  ((handler *)vpc->fn)(vpc, sp, rsp, budget, vm, th MEM_ARG); \
                         } while (0)

/* The instruction's data follows its slot. */
#define VPC_T            const union slot *
#define OP_END(NAME)     vpc += 1 + NSLOTS_##NAME; DISPATCH(); } }
#define IMM()            (vpc[1].imm)
#define TARGET()         (vpc[1].target)
#define NEXT_VPC(NAME)   (vpc + 1 + NSLOTS_##NAME)
#define JUMP(to)         do { vpc = (to); DISPATCH(); } while (0)
#define ORD_HERE()       th->ord[vpc - th->slots]
#define ORD_OF(to)       th->ord[(to) - th->slots]
#define BRANCH_LIMIT()   vpc[2].count
#define BRANCH_DELTA()   vpc[3].count
#define RETURN_LIMIT()   vpc[1].count
#define RETURN_DELTA(to) ((to)[-3].count - vpc[1].count)
#define CALLEE()         vpc[4].frame
#define RETRY_CHECKED()  do { vpc += th->nslots; DISPATCH(); } while (0)
#define TRAP(s, a)       do { MARK(trap); vm_stop(vm, (s), (a), ORD_HERE(), budget); \
                              return (s); } while (0)

/* The bodies twice: the proven handlers op_NAME, then the checked ones
 * op_C_NAME (a musttail call may not sit in a function that is inlined,
 * so the two entries cannot share an inline body as in call.c). */
#define OP_BEGIN(NAME)   static HANDLER_CC enum status op_##NAME(PARAMS) {     \
                             MARK_HANDLER(NAME); GUARD(NAME); {
#include "isa/ops.inc"
#undef OP_BEGIN
#define OP_BEGIN(NAME)   static HANDLER_CC enum status op_C_##NAME(PARAMS) {   \
                             MARK_CHECKED(NAME); CHECKS(NAME); {
#include "isa/ops.inc"
#include "vm/dispatch-end.h"
#undef PARAMS

static void (*const table[2 * OP__COUNT])(void) = {
#define OP(NAME, ...) [OP_##NAME] = (void (*)(void))op_C_##NAME, \
                      [OP_PROVEN + OP_##NAME] = (void (*)(void))op_##NAME,
#include "isa/opcodes.def"
#undef OP
};

static void *prepare(const struct program *p)
{
    return thread_new(p, NULL, table);
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    const struct thread *th = prepared;
    cell *mem = vm->mem;
    (void)mem;
    /* the first handler; the last one returns here */
    ((handler *)th->slots[0].fn)(th->slots, vm->stack, vm->rstack, vm->limit, vm, th MEM_ARG);
}

static const char *unavailable(void)
{
    return NULL;
}

#else  /* no musttail: nothing to run */

static void *prepare(const struct program *p)
{
    (void)p;
    return NULL;
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)vm, (void)prog, (void)prepared;
}

static const char *unavailable(void)
{
    return "needs a compiler with __attribute__((musttail)) (clang >= 13, gcc >= 15)";
}

#endif

const struct dispatcher dispatcher_tailcall = {
    .name        = "tailcall",
    .summary     = "tail-call threading: handlers end in a guaranteed tail call of the next (musttail)",
    .unavailable = unavailable,
    .prepare     = prepare,
    .release     = thread_free,
    .run         = run,
};

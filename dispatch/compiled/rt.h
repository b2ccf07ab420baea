/*
 * dispatch/compiled/rt.h — the header of the C that prepare() generates.
 *
 * Not included by the dispatcher itself: it is embedded in build/vm at
 * build time (flags.mk), written with isa/ops.inc and the headers it needs
 * into prepare()'s private directory, and included by the generated file.
 * So the generated code runs the very instruction bodies every other
 * dispatcher runs, under macros of its own, and a change to isa/ops.inc or
 * vm/interp.h reaches it with the next build.
 *
 * Each body becomes three inline functions, as in subroutine threading
 * (dispatch/subroutine/subroutine.c):
 *
 *     body_NAME      the body of isa/ops.inc;
 *     proven_NAME    GUARD, then the body (the verifier proved its checks);
 *     checked_NAME   CHECKS, then the body.
 *
 * The generated function calls one of them per VM instruction with the
 * instruction's facts as constants (its ordinal, operand, copy, and for a
 * call the callee's frame).  They are always inlined, so what is left of
 * each call is the body specialised for its constants: a push is a store
 * of a constant, a branch's counting constants are immediates, a trap's
 * ordinal is known.  The VM registers (sp, and rsp and budget in struct
 * dl_regs) are the generated function's locals, passed by address; once
 * inlined, the compiler keeps them in machine registers.
 *
 * A body tells the generated code how it ended by what it returns:
 *
 *     DL_NEXT        go on with the next instruction
 *     DL_TRAP        the machine stops: how and where is in struct dl_regs,
 *                    for the one call of vm_stop at the end of the run
 *     DL_RETRY       a proven call whose callee's frame does not fit: run
 *                    it again in the checked copy (RETRY_CHECKED)
 *     a code id      JUMP(t): continue at t, which is DL_ID(ordinal, copy)
 *
 * and the generated code turns the value into a goto: for a branch the
 * target is a constant the compiler folds away, for `ret` a switch over the
 * return points it can reach.  Only `ret` keeps a jump whose target is not
 * known when the code is compiled.
 *
 * The shared object links to nothing of build/vm: it reaches vm_print and
 * vm_stop through struct dl_host (host.h), which run() passes in, and it
 * calls nothing of the C library.
 */
#ifndef DISPATCHLAB_COMPILED_RT_H
#define DISPATCHLAB_COMPILED_RT_H

#include "vm/interp.h"
#include "dispatch/compiled/host.h"

/* The VM registers and how the run stopped: a chunk's local copy (g) is
 * passed to the handlers by address (the compiler keeps its fields in
 * machine registers) and handed to the next chunk through
 * dl_compiled_run's.  sp travels in it only from chunk to chunk: within a
 * chunk it is a local of its own, which register mode shadows (cell *sp =
 * R + height). */
struct dl_regs {
    const struct dl_host *host;
    cell        *sp;
    uintptr_t   *rsp;
    int64_t      budget;
    enum status  status;        /* DL_TRAP: what vm_stop is to record */
    cell         arg;
    uint32_t     ord;
};

#define DL_NEXT   (-1L)
#define DL_TRAP   (-2L)
#define DL_RETRY  (-3L)

/* A code address (VPC_T, what the return stack holds): the ordinal and the
 * copy, 0 verified, 1 checked. */
#define DL_ID(ord, copy)  (2 * (long)(ord) + (copy))

#define DL_PARAMS  struct vm *vm, cell **dl_sp, struct dl_regs *dl_g, const uint32_t here, \
                   const long copy, const cell imm, const struct frame callee
#define DL_ARGS    vm, dl_sp, dl_g, here, copy, imm, callee
#define DL_INLINE  static inline __attribute__((always_inline))

/* the names the bodies use for the VM registers (vm/interp.h) */
#define sp      (*dl_sp)
#define rsp     (dl_g->rsp)
#define budget  (dl_g->budget)
#define vm_print(vm_, v_)  dl_g->host->print((vm_), (v_))

#define OP_BEGIN(NAME)   DL_INLINE long body_##NAME(DL_PARAMS) {                  \
                             (void)vm; (void)dl_sp; (void)dl_g; (void)here;       \
                             (void)copy; (void)imm; (void)callee;
#define OP_END(NAME)         MARK(dispatch);                                      \
                             return DL_NEXT;                                      \
                         }                                                        \
                         DL_INLINE long proven_##NAME(DL_PARAMS) {                \
                             MARK_HANDLER(NAME); GUARD(NAME);                     \
                             return body_##NAME(DL_ARGS);                         \
                         }                                                        \
                         DL_INLINE long checked_##NAME(DL_PARAMS) {               \
                             MARK_CHECKED(NAME); CHECKS(NAME);                    \
                             return body_##NAME(DL_ARGS);                         \
                         }
#define VPC_T            long
#define IMM()            imm
/* a label operand's imm is the target's ordinal */
#define TARGET()         DL_ID(imm, copy)
#define NEXT_VPC(NAME)   DL_ID(here + 1, copy)
/* a code id is never negative: telling the compiler so lets it drop the
 * DL_TRAP test after a ret (it cannot know what the return stack holds) */
#define JUMP(t)          do { if ((t) < 0) __builtin_unreachable(); return (t); } while (0)
#define ORD_HERE()       here
#define ORD_OF(t)        ((uint32_t)((t) >> 1))
#define TRAP(s, a)       do { MARK(trap); dl_g->status = (s); dl_g->arg = (a);         \
                              dl_g->ord = here; return DL_TRAP; } while (0)
#define CALLEE()         callee
#define RETRY_CHECKED()  return DL_RETRY

#include "isa/ops.inc"

#include "vm/dispatch-end.h"
#undef sp
#undef rsp
#undef budget
#undef vm_print

/* What the generated code writes per instruction: P(NAME, ordinal,
 * operand, copy) runs the proven entry, C(...) the checked one; a label
 * operand is the target's ordinal; a proven call also passes its callee's
 * frame. */
#define P(NAME, h, i, c)             proven_##NAME(vm, &sp, &g, h, c, i, (struct frame){ 0, 0 })
#define C(NAME, h, i, c)             checked_##NAME(vm, &sp, &g, h, c, i, (struct frame){ 0, 0 })
#define PCALL(h, t, need, span)      proven_CALL(vm, &sp, &g, h, 0, t, (struct frame){ need, span })
#define CCALL(h, t, c)               checked_CALL(vm, &sp, &g, h, c, t, (struct frame){ 0, 0 })

/* A chunk: part of one copy, a function of its own (compiled.c explains
 * why).  It starts at the code id it is given and returns the id where
 * control leaves it, or DL_TRAP. */
typedef long dl_chunk(struct vm *vm, struct dl_regs *st, long id);

#endif

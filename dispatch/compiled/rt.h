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
 * ordinal is known.  The VM registers (sp, rsp, budget) are the generated
 * function's locals, passed by address; once inlined, the compiler keeps
 * them in machine registers.
 *
 * A body tells the generated code how it ended by what it returns:
 *
 *     DL_NEXT        go on with the next instruction
 *     DL_TRAP        it stopped the machine (vm_stop, through the host)
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
 * vm_stop through struct dl_host (host.h), which run() passes in.
 */
#ifndef DISPATCHLAB_COMPILED_RT_H
#define DISPATCHLAB_COMPILED_RT_H

#include "vm/interp.h"
#include "dispatch/compiled/host.h"

#define DL_NEXT   (-1L)
#define DL_TRAP   (-2L)
#define DL_RETRY  (-3L)

/* A code address (VPC_T, what the return stack holds): the ordinal and the
 * copy, 0 verified, 1 checked. */
#define DL_ID(ord, copy)  (2 * (long)(ord) + (copy))

#define DL_PARAMS  struct vm *vm, const struct dl_host *host, cell **dl_sp,      \
                   uintptr_t **dl_rsp, int64_t *dl_budget, const uint32_t here,   \
                   const long copy, const cell imm, const struct frame callee
#define DL_ARGS    vm, host, dl_sp, dl_rsp, dl_budget, here, copy, imm, callee
#define DL_INLINE  static inline __attribute__((always_inline))

/* the names the bodies use for the VM registers (vm/interp.h) */
#define sp      (*dl_sp)
#define rsp     (*dl_rsp)
#define budget  (*dl_budget)
#define vm_print(vm_, v_)  host->print((vm_), (v_))

#define OP_BEGIN(NAME)   DL_INLINE long body_##NAME(DL_PARAMS) {                  \
                             (void)host; (void)copy; (void)imm; (void)callee;
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
#define JUMP(t)          return (t)
#define ORD_HERE()       here
#define ORD_OF(t)        ((uint32_t)((t) >> 1))
#define TRAP(s, a)       do { MARK(trap); host->stop(vm, (s), (a), here, budget); \
                              return DL_TRAP; } while (0)
#define CALLEE()         callee
#define RETRY_CHECKED()  return DL_RETRY

#include "isa/ops.inc"

#include "vm/dispatch-end.h"
#undef sp
#undef rsp
#undef budget
#undef vm_print

/* What the generated function writes per instruction: e is P (proven
 * entry) or C (checked), h the ordinal, i the operand (a constant, or a
 * target's ordinal), c the copy; a call also passes its callee's frame. */
#define P(NAME, h, i, c)             proven_##NAME(vm, host, &sp, &rsp, &budget, h, c, i, (struct frame){ 0, 0 })
#define C(NAME, h, i, c)             checked_##NAME(vm, host, &sp, &rsp, &budget, h, c, i, (struct frame){ 0, 0 })
#define PCALL(h, t, c, need, span)   proven_CALL(vm, host, &sp, &rsp, &budget, h, c, t, (struct frame){ need, span })
#define CCALL(h, t, c)               checked_CALL(vm, host, &sp, &rsp, &budget, h, c, t, (struct frame){ 0, 0 })

#endif

/*
 * vm/interp.h — what an instruction body may use, for every dispatcher.
 *
 * The bodies in isa/ops.inc reach the machine only through the names below
 * (CPython's JUMPBY, vmgen's SET_IP): that is what lets one body become a
 * switch case, a label, or a function.  They expect these VM registers in
 * scope, as locals of the interpreter function or as parameters of a
 * handler (never as file-scope variables: two machines may run at once):
 *
 *     struct vm *vm;     the machine (stacks, memory, limits, output)
 *     cell      *sp;     data stack pointer: next free slot
 *     uintptr_t *rsp;    return stack pointer: next free slot
 *     int64_t    budget; instruction counting, see COUNTING below
 *
 * and a dispatcher defines, before including isa/ops.inc:
 *
 *     OP_BEGIN(NAME)     how a handler starts: its two entries, see CHECKS
 *     OP_END(NAME)       how it ends: step over its operand, dispatch next
 *     IMM()              the INT operand of this instruction
 *     TARGET()           the LABEL operand, in the dispatcher's code address
 *     NEXT_VPC(NAME)     the address of the following instruction (for call)
 *     VPC_T              the type of a code address (stored on rstack)
 *     JUMP(t)            continue at code address t
 *     ORD_HERE()         ordinal (index) of this instruction
 *     ORD_OF(t)          ordinal of the instruction at code address t
 *     TRAP(st, arg)      stop with status st (never returns)
 *     CALLEE()           the struct frame of a call's callee (see CHECKS)
 *     RETRY_CHECKED()    run this instruction again in the checked copy
 *
 * and includes vm/dispatch-end.h afterwards to #undef them again.  It may
 * define BRANCH_LIMIT(), BRANCH_DELTA(), RETURN_LIMIT() and RETURN_DELTA(t)
 * to count with constants of its own (COUNTING).  MARK() (at the end)
 * marks the parts of each handler for the machine-code tools.
 */
#ifndef DISPATCHLAB_INTERP_H
#define DISPATCHLAB_INTERP_H

#include "vm/vm.h"

#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- the instruction set's facts, as constants ------------------------ */
/* POPS_ADD, PUSHES_ADD, FLOW_OF_ADD, ...: from the line of isa/opcodes.def. */
enum {
#define OP(NAME, name, opnd, pops, pushes, flow, effect, doc) \
    POPS_##NAME = pops, PUSHES_##NAME = pushes, FLOW_OF_##NAME = FLOW_##flow,
#include "isa/opcodes.def"
#undef OP
};

/* For threaded code that keeps an instruction's data in the slots after
 * its handler's: the number of those slots.  A label operand takes three:
 * the target, and the branch's two counting constants (COUNTING), each a
 * whole slot so that the machine code can use them from memory as they
 * are. */
#define OPND_SLOTS_NONE  0
#define OPND_SLOTS_INT   1
#define OPND_SLOTS_LABEL 3
enum {
#define OP(NAME, name, opnd, pops, pushes, flow, ...) \
    NSLOTS_##NAME = OPND_SLOTS_##opnd + (FLOW_##flow == FLOW_CALL) + (FLOW_##flow == FLOW_RET),
#include "isa/opcodes.def"
#undef OP
};
/* A call has one more: its callee's struct frame (CALLEE()); a ret has
 * one: its own counting constant. */

/* In a dispatcher's own copy of the program, the proven variant of opcode
 * op is OP_PROVEN + op (the checked one keeps op). */
#define OP_PROVEN OP__COUNT

/* ---- data stack ------------------------------------------------------ */
/* S(0) is the top, S(1) the value below it. */
#define DEPTH()     ((cell)(sp - vm->stack))
#define S(i)        (sp[-1 - (i)])
#define PUSH(v)     do { cell v_ = (v); *sp++ = v_; } while (0)
#define POP()       (*--sp)
#define DROP(n)     (sp -= (n))

/* ---- return stack ---------------------------------------------------- */
#define RPUSH(a)    (*rsp++ = (uintptr_t)(a))
#define RPOP()      ((VPC_T)*--rsp)
#define RFULL()     (rsp == vm->rstack + RSTACK_CELLS)

/* ---- memory ---------------------------------------------------------- */
#define MEM_CHECK(a) do { if (UNLIKELY((ucell)(a) >= MEM_CELLS)) TRAP(ST_ADDRESS, (a)); } while (0)
#define MEM(a)      (vm->mem[(a)])

/* ---- CHECKS: an instruction's depth checks, from its line in opcodes.def --
 * The bodies do not check the stacks; the handler's entry does, from the
 * POPS, PUSHES and FLOW columns (as CPython derives stack adjustments from
 * its instruction definitions): enough values to pop, room for what it
 * pushes, a return address for `ret`, room for one for `call`.  Every check
 * comes before anything else the instruction does, so the order of traps is
 * the same whoever checks.
 *
 * Each handler has two entries (docs/verifier.md, "Check-free execution"):
 *
 *   checked   CHECKS(NAME), then the body: for instructions the verifier
 *             could not prove, and for the checked copy of the program;
 *   proven    the body alone: the verifier proved the checks hold.  A
 *             proven `call` checks instead, once, that its callee's whole
 *             frame fits (the callee's instructions are proven relative to
 *             its entry); if it does not, RETRY_CHECKED() runs the call
 *             again in the checked copy, which then traps exactly where
 *             and when checked code always did.
 *
 * A dispatcher's OP_BEGIN(NAME) lays them out, typically
 *     checked: MARK_CHECKED(NAME); CHECKS(NAME); goto body;
 *     proven:  MARK_HANDLER(NAME); GUARD(NAME); body: ...
 * (the goto skips the guard; for every instruction but `call` the guard is
 * empty and the checked entry falls through into the body). */
/* (pointer comparisons: the depth itself is computed only on the way to a
 * trap, so that no compiler finds it worth computing before every dispatch) */
#define NEED(n)     do { if (UNLIKELY(sp < vm->stack + (n))) TRAP(ST_UNDERFLOW, DEPTH()); } while (0)
#define ROOM(n)     do { if (UNLIKELY(sp > vm->stack + STACK_CELLS - (n))) TRAP(ST_OVERFLOW, DEPTH()); } while (0)
#define CHECKS(NAME) do {                                                          \
        if (POPS_##NAME > 0)                                                       \
            NEED(POPS_##NAME);                                                     \
        if (PUSHES_##NAME > POPS_##NAME)                                           \
            ROOM(PUSHES_##NAME - POPS_##NAME);                                     \
        if ((int)FLOW_OF_##NAME == FLOW_CALL && UNLIKELY(RFULL()))                      \
            TRAP(ST_ROVERFLOW, 0);                                                 \
        if ((int)FLOW_OF_##NAME == FLOW_RET && UNLIKELY(rsp == vm->rstack))             \
            TRAP(ST_RET_EMPTY, 0);                                                 \
    } while (0)
/* The callee's frame fits: f is its struct frame (isa/program.h), and
 * need <= DEPTH() <= need + span. */
#define FRAME_FITS(f)  ((uintptr_t)sp - (uintptr_t)(vm->stack + (f).need)                 \
                        <= (uintptr_t)(f).span * sizeof(cell) && !RFULL())
#define GUARD(NAME) do {                                                           \
        if ((int)FLOW_OF_##NAME == FLOW_CALL && UNLIKELY(!FRAME_FITS(CALLEE())))        \
            RETRY_CHECKED();                                                       \
    } while (0)

/* ---- COUNTING -----------------------------------------------------------
 * Every dispatcher must report the same executed-instruction count and stop
 * at the same instruction under --max-steps, without a counter in its
 * dispatch sequence (that would be measured as dispatch cost).  So counting
 * happens only where control leaves the straight line.  With `budget` one
 * register per run,
 *
 *     count after executing instruction x  =  vm->limit - budget + ORD(x) + 1
 *
 * holds inside a run of straight-line code, and the step limit is exceeded
 * at x exactly when ORD(x) + 1 > budget.  A taken branch from b to t adds
 * ORD(t) - ORD(b) - 1 to budget, so that the formula holds again at t.
 * The limit is checked at every taken branch, at every print (before its
 * output appears) and at halt and every trap (vm_stop), which makes the
 * stop exact: the program prints exactly what a per-instruction counter
 * would let it print.  Both branch constants depend only on b and t, so a
 * dispatcher may compute them in prepare and keep them beside the target
 * (BRANCH_LIMIT, BRANCH_DELTA; for ret, whose target varies, RETURN_LIMIT
 * and RETURN_DELTA(t)); where it does not define them, isa/ops.inc
 * derives them from ORD_HERE and ORD_OF.
 */
#define CHECKPOINT()  do { if (UNLIKELY(ORD_LIMIT() > budget)) TRAP(ST_STEPS, 0); } while (0)
#define GO(t, limit, delta) do { MARK(count);                                   \
                                 if (UNLIKELY((limit) > budget))                  \
                                     TRAP(ST_STEPS, 0);                           \
                                 budget += (delta);                               \
                                 JUMP(t); } while (0)
/* to this instruction's label operand, TARGET() */
#define BRANCH()      GO(TARGET(), BRANCH_LIMIT(), BRANCH_DELTA())
/* to a return address */
#define RETURN_TO(t)  do { VPC_T to_ = (t); GO(to_, RETURN_LIMIT(), RETURN_DELTA(to_)); } while (0)
/* the constants from the ordinals, for dispatchers that keep none */
#define ORD_LIMIT()   ((int64_t)ORD_HERE() + 1)
#define ORD_DELTA(t)  ((int64_t)ORD_OF(t) - (int64_t)ORD_HERE() - 1)
#define HALT()        TRAP(ST_HALT, 0)

/* ---- MARK: where the machine code of each part is ---------------------
 * The dispatch macros mark where each handler's entries are, where its
 * dispatch begins, and where counting and traps are, with a C label that
 * nothing jumps to.  Such a label changes no instruction (the tests check
 * that the code is the same compiled with -DDL_NO_MARKS), but the
 * compiler's debug information records its address (a DW_TAG_label), so
 * asm/marks.pl finds every handler and its dispatch sequence from facts
 * the source states, whatever shape the dispatcher has: the idea of the
 * asm("#n") guards of Ertl's threading benchmark, without an asm statement
 * that the compiler would have to keep in place.
 *
 *     MARK_HANDLER(NAME)  dl_handler_NAME_n: the proven entry of NAME's
 *                         handler (a nop's is where a dispatch starts)
 *     MARK_CHECKED(NAME)  dl_checked_NAME_n: its checked entry
 *     MARK(dispatch)      dl_dispatch_n: the dispatch to the next one begins
 *     MARK(count)         dl_count_n: counting at a taken branch
 *     MARK(trap)          dl_trap_n: the way out on a trap
 *
 * n (__COUNTER__) makes each label unique in its function; the two helper
 * macros exist only so that __COUNTER__ is expanded before it is pasted. */
#ifdef DL_NO_MARKS
#define MARK(what)          ((void)0)
#else
#define MARK(what)          DL_MARK_(what, __COUNTER__)
#define DL_MARK_(what, n)   DL_MARK__(what, n)
#define DL_MARK__(what, n)  dl_##what##_##n: __attribute__((unused))
#endif
#define MARK_HANDLER(NAME)  MARK(handler_##NAME)
#define MARK_CHECKED(NAME)  MARK(checked_##NAME)

#endif

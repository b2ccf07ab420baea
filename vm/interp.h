/*
 * vm/interp.h — what an instruction body may use, for every dispatcher.
 *
 * The bodies in isa/ops.inc reach the machine only through the names below
 * (CPython's JUMPBY, vmgen's SET_IP): that is what lets one body become a
 * switch case, a label, or a function.  They expect these variables in
 * scope, as locals of the interpreter function or as file-scope statics:
 *
 *     struct vm *vm;     the machine (stacks, memory, limits, output)
 *     cell      *sp;     data stack pointer: next free slot
 *     uintptr_t *rsp;    return stack pointer: next free slot
 *     int64_t    base;   instruction counting, see COUNTING below
 *
 * and a dispatcher defines, before including isa/ops.inc:
 *
 *     OP_BEGIN(NAME)     how a handler starts
 *     OP_END(NAME)       how it ends: step over its operand, dispatch next
 *     IMM()              the INT operand of this instruction
 *     TARGET()           the LABEL operand, in the dispatcher's code address
 *     NEXT_VPC(NAME)     the address of the following instruction (for call)
 *     VPC_T              the type of a code address (stored on rstack)
 *     JUMP(t)            continue at code address t
 *     ORD_HERE()         ordinal (index) of this instruction
 *     ORD_OF(t)          ordinal of the instruction at code address t
 *     TRAP(st, arg)      stop with status st (never returns)
 *
 * and includes vm/dispatch-end.h afterwards to #undef them again.
 */
#ifndef DISPATCHLAB_INTERP_H
#define DISPATCHLAB_INTERP_H

#include "vm/vm.h"

#define UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- data stack ------------------------------------------------------ */
/* S(0) is the top, S(1) the value below it.  Depth checks are made per
 * instruction, identically in every dispatcher (docs/verifier.md says why
 * they are not all left to the verifier). */
#define DEPTH()     ((cell)(sp - vm->stack))
#define S(i)        (sp[-1 - (i)])
#define PUSH(v)     do { cell v_ = (v); *sp++ = v_; } while (0)
#define POP()       (*--sp)
#define DROP(n)     (sp -= (n))
#define NEED(n)     do { if (UNLIKELY(DEPTH() < (n))) TRAP(ST_UNDERFLOW, DEPTH()); } while (0)
#define ROOM(n)     do { if (UNLIKELY(STACK_CELLS - DEPTH() < (n))) TRAP(ST_OVERFLOW, DEPTH()); } while (0)

/* ---- return stack ---------------------------------------------------- */
#define RPUSH(a)    do { if (UNLIKELY(rsp == vm->rstack + RSTACK_CELLS)) TRAP(ST_ROVERFLOW, 0); \
                         *rsp++ = (uintptr_t)(a); } while (0)
#define RPOP()      ((VPC_T)*--rsp)
#define RNEED()     do { if (UNLIKELY(rsp == vm->rstack)) TRAP(ST_RET_EMPTY, 0); } while (0)

/* ---- memory ---------------------------------------------------------- */
#define MEM_CHECK(a) do { if (UNLIKELY((ucell)(a) >= MEM_CELLS)) TRAP(ST_ADDRESS, (a)); } while (0)
#define MEM(a)      (vm->mem[(a)])

/* ---- COUNTING -----------------------------------------------------------
 * Every dispatcher must report the same executed-instruction count and stop
 * at the same instruction under --max-steps, without a counter in its
 * dispatch sequence (that would be measured as dispatch cost).  So counting
 * happens only where control leaves the straight line:
 *
 *     count after executing instruction x  =  base + ORD(x) + 1
 *
 * holds inside a run of straight-line code; a taken branch from b to t
 * moves base by ORD(b) + 1 - ORD(t) so that it holds again at t.  The step
 * limit is checked there, at every print (before its output appears) and
 * at halt and every trap (vm_stop), which makes the stop exact: the program
 * prints exactly what a per-instruction counter would let it print.
 */
#define COUNT_HERE()  (base + (int64_t)ORD_HERE() + 1)
#define CHECKPOINT()  do { if (UNLIKELY(COUNT_HERE() > vm->max_steps)) TRAP(ST_STEPS, 0); } while (0)
#define BRANCH(t)     do { VPC_T to_ = (t);                                      \
                           CHECKPOINT();                                         \
                           base += (int64_t)ORD_HERE() + 1 - (int64_t)ORD_OF(to_); \
                           JUMP(to_); } while (0)
#define HALT()        TRAP(ST_HALT, 0)

/* For threaded code that keeps an operand inline in one slot after the
 * handler's: NSLOTS_ADD, NSLOTS_PUSH, ... is the number of operand slots. */
#define OPND_SLOTS_NONE  0
#define OPND_SLOTS_INT   1
#define OPND_SLOTS_LABEL 1
enum {
#define OP(NAME, name, opnd, ...) NSLOTS_##NAME = OPND_SLOTS_##opnd,
#include "isa/opcodes.def"
#undef OP
};

#endif

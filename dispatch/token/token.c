/*
 * dispatch/token/token.c — token-threaded code (TTC).
 *
 * The bytecode runs as it is (in the verified copy switch.c runs too), but
 * there is no central loop: every handler ends with its own copy of the
 * dispatch, `goto *table[*pc++]`, using GCC's labels-as-values.  This is what CPython and Lua call "computed goto".
 * Against switch dispatch it saves the jump back to the loop and the range
 * check, and each handler's indirect jump is a separate branch for the
 * predictor, which can learn "after add comes print" per handler.
 *
 * flags.mk keeps GCC from merging the copies back into one (-fno-gcse,
 * -fno-crossjumping); tests/suites/30-machine-code.sh counts them.
 */
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    /* the jump table: one handler address per opcode, both variants */
    static const void *const table[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&C_##NAME, [OP_PROVEN + OP_##NAME] = &&L_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    const struct quick *q = prepared;
    const struct branch *const branch = q->branch;
    const uint8_t *cur = q->code;      /* the copy being run (as in switch.c) */
    const uint8_t *pc = cur;           /* virtual pc: the next opcode byte */
    const uint32_t *const ord = prog->ord;
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

/* The whole technique is this one line. */
#define DISPATCH()       do { MARK(dispatch); goto *table[*pc++]; } while (0)

#define VPC_T            uint32_t
/* The proven entry first, falling into the body; the checked entry after
 * it, jumping back (laid out the other way round, gcc 12 makes the proven
 * entry the one that jumps: an instruction more on the fast path). */
#define OP_BEGIN(NAME)   L_##NAME: MARK_HANDLER(NAME); GUARD(NAME); B_##NAME: {
#define OP_END(NAME)     pc += SIZE_##NAME - 1; DISPATCH(); }                  \
                         C_##NAME: MARK_CHECKED(NAME); CHECKS(NAME); goto B_##NAME;
#define IMM()            read_int(pc)
#define BR()             (&branch[read_label(pc)])   /* this branch's facts */
#define TARGET()         BR()->target
#define NEXT_VPC(NAME)   ((uint32_t)(pc + SIZE_##NAME - 1 - cur))
#define JUMP(t)          do { pc = cur + (t); DISPATCH(); } while (0)
#define ORD_HERE()       ord[pc - 1 - cur]
#define ORD_OF(t)        ord[t]
#define BRANCH_LIMIT()   BR()->limit
#define BRANCH_DELTA()   BR()->delta
#define CALLEE()         BR()->frame
#define RETRY_CHECKED()  do { pc += q->size - 1; cur += q->size; DISPATCH(); } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    DISPATCH();
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), budget);
#include "vm/dispatch-end.h"
}

static void *prepare(const struct program *prog)
{
    return quicken(prog);
}

const struct dispatcher dispatcher_token = {
    .name    = "token",
    .summary = "token-threaded code (TTC): each handler ends with goto *table[*pc++]",
    .prepare = prepare,
    .release = quick_free,
    .run     = run,
};

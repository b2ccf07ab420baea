/*
 * dispatch/switch/switch.c — switch dispatch (STC): the central dispatch loop.
 *
 * The lecture's first byte code interpreter: fetch the opcode byte, advance
 * the virtual pc, and let a C switch jump to the handler; every handler
 * ends by going back to the top of the loop.  All handlers share ONE
 * indirect jump (the switch's jump table), so the processor's branch
 * predictor sees one branch whose target depends on every opcode executed.
 *
 * The program runs as bytecode, in a private copy in which every
 * instruction the verifier proved has its opcode replaced by its proven
 * variant (OP_PROVEN + op, vm/thread.h: quicken): a second case label on
 * the same handler, after its depth checks.  So the switch has 68 cases,
 * still one loop and one jump.  Every opcode in the copy is one the
 * verifier accepted, so the switch's default is unreachable and says so:
 * without it C's switch compares the opcode with the highest case before
 * it indexes its table (the slide's "cmpb $4,%al; ja").  docs/dispatch.md
 * shows both, and what clang does to a loop like this one.
 *
 * Code addresses (the return stack, TARGET) are byte offsets into the copy
 * being run, `cur`: the verified copy, or after a failed call check the
 * program's own bytecode, in which every instruction is checked.
 */
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    const struct quick *q = prepared;
    const struct branch *const branch = q->branch;
    const uint8_t *cur = q->code;      /* the copy being run */
    const uint8_t *pc = cur;           /* virtual pc: the next opcode byte */
    const uint32_t *const ord = prog->ord;
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

/* A handler is a case, two for its two entries (vm/interp.h, CHECKS); it
 * finds its operand just after the opcode byte and steps over it when it
 * is done. */
#define VPC_T            uint32_t
#define OP_BEGIN(NAME)   case OP_##NAME:                                         \
                             MARK_CHECKED(NAME); CHECKS(NAME); goto body_##NAME; \
                         case OP_PROVEN + OP_##NAME:                             \
                             MARK_HANDLER(NAME); GUARD(NAME); body_##NAME: {
#define OP_END(NAME)     pc += SIZE_##NAME - 1; break; }
#define IMM()            read_int(pc)
#define BR()             (&branch[read_label(pc)])   /* this branch's facts */
#define TARGET()         BR()->target
#define NEXT_VPC(NAME)   ((uint32_t)(pc + SIZE_##NAME - 1 - cur))
#define JUMP(t)          do { pc = cur + (t); goto next; } while (0)
#define ORD_HERE()       ord[pc - 1 - cur]
#define ORD_OF(t)        ord[t]
#define BRANCH_LIMIT()   BR()->limit
#define BRANCH_DELTA()   BR()->delta
#define CALLEE()         BR()->frame
#define RETRY_CHECKED()  do { pc += q->size - 1; cur += q->size; goto next; } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    for (;;) {
    next:
        MARK(dispatch);
        switch (*pc++) {
#include "isa/ops.inc"
        default:
            __builtin_unreachable();
        }
    }

trap:
    vm_stop(vm, st, arg, ORD_HERE(), budget);
#include "vm/dispatch-end.h"
}

static void *prepare(const struct program *prog)
{
    return quicken(prog);
}

const struct dispatcher dispatcher_switch = {
    .name    = "switch",
    .summary = "switch dispatch (STC): for (;;) switch (*pc++), one shared indirect jump",
    .prepare = prepare,
    .release = quick_free,
    .run     = run,
};

/*
 * dispatch/switch/switch.c — switch dispatch (STC): the central dispatch loop.
 *
 * The lecture's first byte code interpreter: fetch the opcode byte, advance
 * the virtual pc, and let a C switch jump to the handler; every handler
 * ends by going back to the top of the loop.  All handlers share ONE
 * indirect jump (the switch's jump table), so the processor's branch
 * predictor sees one branch whose target depends on every opcode executed.
 *
 * The bytecode runs as it is: no prepare step.  Opcodes are not range
 * checked by us, but C's switch still compares the opcode with the highest
 * case before it indexes its table (the slide's "cmpb $4,%al; ja"); see
 * docs/dispatch.md for what removes that check and what clang does to a
 * loop like this one.
 */
#include "vm/dispatch.h"
#include "vm/interp.h"

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prepared;
    const uint8_t *const code = prog->code;
    const uint32_t *const ord = prog->ord;
    const uint8_t *pc = code;          /* virtual pc: the next opcode byte */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t base = 0;
    enum status st;
    cell arg;

/* A handler is a case; it finds its operand just after the opcode byte and
 * steps over it when it is done. */
#define VPC_T            const uint8_t *
#define OP_BEGIN(NAME)   case OP_##NAME: {
#define OP_END(NAME)     pc += SIZE_##NAME - 1; break; }
#define IMM()            read_int(pc)
#define TARGET()         (code + read_label(pc))
#define NEXT_VPC(NAME)   (pc + SIZE_##NAME - 1)
#define JUMP(t)          do { pc = (t); goto next; } while (0)
#define ORD_HERE()       ord[pc - 1 - code]
#define ORD_OF(t)        ord[(t) - code]
#define TRAP(s, a)       do { st = (s); arg = (a); goto trap; } while (0)

    for (;;) {
    next:
        switch (*pc++) {
#include "isa/ops.inc"
        }
    }

trap:
    vm_stop(vm, st, arg, ORD_HERE(), base);
#include "vm/dispatch-end.h"
}

const struct dispatcher dispatcher_switch = {
    .name    = "switch",
    .summary = "switch dispatch (STC): for (;;) switch (*pc++), one shared indirect jump",
    .run     = run,
};

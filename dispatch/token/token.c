/*
 * dispatch/token/token.c — token-threaded code (TTC).
 *
 * The bytecode runs as it is, but there is no central loop: every handler
 * ends with its own copy of the dispatch, `goto *table[*pc++]`, using GCC's
 * labels-as-values.  This is what CPython and Lua call "computed goto".
 * Against switch dispatch it saves the jump back to the loop and the range
 * check, and each handler's indirect jump is a separate branch for the
 * predictor, which can learn "after add comes print" per handler.
 *
 * flags.mk keeps GCC from merging the copies back into one (-fno-gcse,
 * -fno-crossjumping); tests/suites/30-machine-code.sh counts them.
 */
#include "vm/dispatch.h"
#include "vm/interp.h"

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prepared;
    /* the jump table: one handler address per opcode */
    static const void *const table[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&L_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    const uint8_t *const code = prog->code;
    const uint32_t *const ord = prog->ord;
    const uint8_t *pc = code;          /* virtual pc: the next opcode byte */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t base = 0;
    enum status st;
    cell arg;

/* The whole technique is this one line. */
#define DISPATCH()       goto *table[*pc++]

#define VPC_T            const uint8_t *
#define OP_BEGIN(NAME)   L_##NAME: {
#define OP_END(NAME)     pc += SIZE_##NAME - 1; DISPATCH(); }
#define IMM()            read_int(pc)
#define TARGET()         (code + read_label(pc))
#define NEXT_VPC(NAME)   (pc + SIZE_##NAME - 1)
#define JUMP(t)          do { pc = (t); DISPATCH(); } while (0)
#define ORD_HERE()       ord[pc - 1 - code]
#define ORD_OF(t)        ord[(t) - code]
#define TRAP(s, a)       do { st = (s); arg = (a); goto trap; } while (0)

    DISPATCH();
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), base);
#include "vm/dispatch-end.h"
}

const struct dispatcher dispatcher_token = {
    .name    = "token",
    .summary = "token-threaded code (TTC): each handler ends with goto *table[*pc++]",
    .run     = run,
};

/*
 * dispatch/direct/direct.c — direct-threaded code (DTC).
 *
 * prepare() translates the bytecode into a "thread": for each instruction
 * the address of its handler, followed by its data in the next slots (a
 * constant, or for a branch a pointer into the thread and its counting
 * constants: vm/thread.h shows the layout).  A handler
 * ends with `goto *(vpc++)->code`: load the next handler's address, step,
 * jump — no table lookup, because the thread already holds the address
 * the table would give (the lecture's DTC: movl (%esi),%eax; addl $4,%esi;
 * jmp *%eax).  The price is a thread 8 times the size of the bytecode.
 */
#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

/* With labels != NULL, only hand out the handler addresses (prepare needs
 * them; they exist only inside this function). */
static void engine(struct vm *vm, const struct thread *t, const void *const **labels)
{
    static const void *const table[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&C_##NAME, [OP_PROVEN + OP_##NAME] = &&L_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    if (labels) {
        *labels = table;
        return;
    }
    const union slot *const slots = t->slots;
    const uint32_t *const ord = t->ord;
    const union slot *vpc = slots;     /* virtual pc: the next slot */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

/* The whole technique is this one line. */
#define DISPATCH()       goto *(vpc++)->code

#define VPC_T            const union slot *
#define OP_BEGIN(NAME)   C_##NAME: MARK_CHECKED(NAME); CHECKS(NAME); goto B_##NAME; \
                         L_##NAME: MARK_HANDLER(NAME); GUARD(NAME); B_##NAME: {
#define OP_END(NAME)     MARK(dispatch); vpc += NSLOTS_##NAME; DISPATCH(); }
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(t)          do { MARK(dispatch); vpc = (t); DISPATCH(); } while (0)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define ORD_OF(t)        ord[(t) - slots]
#define BRANCH_LIMIT()   vpc[1].count
#define BRANCH_DELTA()   vpc[2].count
/* a ret's own slot holds its limit; a return address is the slot after a
 * call's, three after the call's limit, which is the ordinal returned to */
#define RETURN_LIMIT()   vpc[0].count
#define RETURN_DELTA(t)  ((t)[-3].count - vpc[0].count)
#define CALLEE()         vpc[3].frame
#define RETRY_CHECKED()  do { MARK(dispatch); vpc += t->nslots - 1; DISPATCH(); } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    DISPATCH();
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), budget);
#include "vm/dispatch-end.h"
}

/* Bytecode -> thread (vm/thread.c lays it out).  The program is verified:
 * every opcode is valid and every target is an instruction start. */
static void *prepare(const struct program *p)
{
    const void *const *labels;
    engine(NULL, NULL, &labels);
    return thread_new(p, labels, NULL);
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    engine(vm, prepared, NULL);
}

const struct dispatcher dispatcher_direct = {
    .name    = "direct",
    .summary = "direct-threaded code (DTC): a thread of handler addresses, goto *(vpc++)->code",
    .prepare = prepare,
    .release = thread_free,
    .run     = run,
};

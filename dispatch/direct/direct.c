/*
 * dispatch/direct/direct.c — direct-threaded code (DTC).
 *
 * prepare() translates the bytecode into a "thread": for each instruction
 * the address of its handler, followed by its operand in the next slot
 * (a constant, or a pointer into the thread for a jump target).  A handler
 * ends with `goto *(vpc++)->code`: load the next handler's address, step,
 * jump — no table lookup, because the thread already holds the address
 * the table would give (the lecture's DTC: movl (%esi),%eax; addl $4,%esi;
 * jmp *%eax).  The price is a thread 8 times the size of the bytecode.
 */
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

union slot {
    const void       *code;     /* handler address */
    cell              imm;      /* INT operand */
    const union slot *target;   /* LABEL operand: where in the thread */
};

struct thread {
    union slot *slots;
    uint32_t   *ord;            /* slot index -> instruction ordinal */
};

/* With labels != NULL, only hand out the handler addresses (prepare needs
 * them; they exist only inside this function). */
static void engine(struct vm *vm, const struct thread *t, const void *const **labels)
{
    static const void *const table[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&L_##NAME,
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
    int64_t base = 0;
    enum status st;
    cell arg;

/* The whole technique is this one line. */
#define DISPATCH()       goto *(vpc++)->code

#define VPC_T            const union slot *
#define OP_BEGIN(NAME)   L_##NAME: {
#define OP_END(NAME)     vpc += NSLOTS_##NAME; DISPATCH(); }
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(t)          do { vpc = (t); DISPATCH(); } while (0)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define ORD_OF(t)        ord[(t) - slots]
#define TRAP(s, a)       do { st = (s); arg = (a); goto trap; } while (0)

    DISPATCH();
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), base);
#include "vm/dispatch-end.h"
}

static void release(void *prepared)
{
    struct thread *t = prepared;
    if (t) {
        free(t->slots);
        free(t->ord);
        free(t);
    }
}

/* Bytecode -> thread.  The program is verified: every opcode is valid and
 * every target is an instruction start. */
static void *prepare(const struct program *p)
{
    const void *const *labels;
    engine(NULL, NULL, &labels);

    struct thread_layout l;
    struct thread *t = calloc(1, sizeof *t);
    if (!t || thread_layout(p, &l) < 0) {
        free(t);
        return NULL;
    }
    t->ord = l.ord;
    t->slots = malloc(l.nslots * sizeof *t->slots);
    if (!t->slots) {
        free(l.first);
        release(t);
        return NULL;
    }
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        union slot *sl = t->slots + l.first[i];
        sl[0].code = labels[*ins];
        if (opinfo[*ins].operand == OPND_INT)
            sl[1].imm = read_int(ins + 1);
        else if (opinfo[*ins].operand == OPND_LABEL)
            sl[1].target = t->slots + l.first[p->ord[read_label(ins + 1)]];
    }
    free(l.first);
    return t;
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
    .release = release,
    .run     = run,
};

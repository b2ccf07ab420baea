/*
 * dispatch/call/call.c — call threading: the portable C form.
 *
 * Every instruction is a C function; the thread holds, per instruction, a
 * pointer to its function followed by its operand; a loop calls them one
 * after the other:  for (;;) vpc = vpc->fn(vpc + 1).
 * No GCC extension is needed, which is why interpreters written in strict
 * ISO C use it; the cost is an indirect call and a return per instruction,
 * plus the loop's own jump back, and the VM registers (sp, ...) live in
 * memory because no function can keep them in machine registers across
 * the calls.  Contrast it with dispatch/subroutine/, where the "loop" is
 * native code, a straight sequence of direct calls.
 *
 * A handler returns the next vpc.  halt and traps leave through longjmp
 * to run(), so the loop needs no exit test.
 */
#include <setjmp.h>
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

union slot;
typedef const union slot *handler(const union slot *vpc);

union slot {
    handler          *fn;       /* the instruction's function */
    cell              imm;      /* INT operand */
    const union slot *target;   /* LABEL operand */
};

struct thread {
    union slot *slots;
    uint32_t   *ord;            /* slot index -> instruction ordinal */
};

/* The VM registers: file-scope statics, so that every handler reaches them
 * (the lecture's PTC keeps sp in a global for the same reason). */
static struct vm *vm;
static cell *sp;
static uintptr_t *rsp;
static int64_t base;
static const union slot *slots;
static const uint32_t *ord;

/* A handler receives vpc pointing just past its own slot: at its operand. */
#define VPC_T            const union slot *
#define OP_BEGIN(NAME)   static const union slot *op_##NAME(const union slot *vpc) {
#define OP_END(NAME)     return vpc + NSLOTS_##NAME; }
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(t)          return (t)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define ORD_OF(t)        ord[(t) - slots]
#define TRAP(s, a)       do { vm_stop(vm, (s), (a), ORD_HERE(), base); longjmp(vm->exit, 1); } while (0)

#include "isa/ops.inc"

#include "vm/dispatch-end.h"

static handler *const table[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = op_##NAME,
#include "isa/opcodes.def"
#undef OP
};

static void release(void *prepared)
{
    struct thread *t = prepared;
    if (t) {
        free(t->slots);
        free(t->ord);
        free(t);
    }
}

/* Bytecode -> thread, laid out as in dispatch/direct/ with function
 * pointers in place of label addresses. */
static void *prepare(const struct program *p)
{
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
        sl[0].fn = table[*ins];
        if (opinfo[*ins].operand == OPND_INT)
            sl[1].imm = read_int(ins + 1);
        else if (opinfo[*ins].operand == OPND_LABEL)
            sl[1].target = t->slots + l.first[p->ord[read_label(ins + 1)]];
    }
    free(l.first);
    return t;
}

static void run(struct vm *vm_, const struct program *prog, void *prepared)
{
    (void)prog;
    const struct thread *t = prepared;
    vm = vm_;
    sp = vm->stack;
    rsp = vm->rstack;
    base = 0;
    slots = t->slots;
    ord = t->ord;
    if (setjmp(vm->exit) == 0) {
        const union slot *vpc = slots;
        /* The whole technique is this loop. */
        for (;;)
            vpc = vpc->fn(vpc + 1);
    }
}

const struct dispatcher dispatcher_call = {
    .name    = "call",
    .summary = "call threading: a loop calling through a thread of function pointers",
    .prepare = prepare,
    .release = release,
    .run     = run,
};

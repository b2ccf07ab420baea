/*
 * dispatch/indirect/indirect.c — indirect-threaded code (ITC).
 *
 * The thread holds, per instruction, the address of a cell; the cell holds
 * the handler address and the instruction's data (the lecture's
 * `struct elop { void *code; int data; }`).  Dispatch goes through both
 * indirections: w = *++ip; goto *w->code.  w (Forth's "W register") keeps
 * the current cell so that a handler finds its data in w->data.
 *
 * What goes in a cell: one cell per distinct (opcode, operand) pair, shared
 * by every instruction that is the same, as in Forth, where a word's code
 * field is shared by all uses of the word.  So all `add`s point at one cell,
 * all `push 1`s at another, all `jmp loop`s to the same label at a third.
 * The thread is one pointer per instruction, so its index is the
 * instruction's ordinal.
 */
#include <stdlib.h>

#include "vm/dispatch.h"
#include "vm/interp.h"

struct elop {
    const void *code;                       /* handler address */
    union {
        cell                      imm;      /* push: the constant */
        const struct elop *const *target;   /* jumps: where in the thread */
    } data;
};

struct thread {
    const struct elop **ip;     /* the thread: one cell pointer per instruction */
    struct elop        *cells;  /* the distinct cells */
};

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
    const struct elop *const *const thread = t->ip;
    const struct elop *const *ip = thread;   /* virtual pc: this instruction */
    const struct elop *w = *ip;              /* its cell */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t base = 0;
    enum status st;
    cell arg;

/* The whole technique: the next cell, then its code address. */
#define DISPATCH()       do { w = *++ip; goto *w->code; } while (0)

#define VPC_T            const struct elop *const *
#define OP_BEGIN(NAME)   L_##NAME: {
#define OP_END(NAME)     DISPATCH(); }
#define IMM()            (w->data.imm)
#define TARGET()         (w->data.target)
#define NEXT_VPC(NAME)   (ip + 1)
#define JUMP(t)          do { ip = (t); w = *ip; goto *w->code; } while (0)
#define ORD_HERE()       (ip - thread)
#define ORD_OF(t)        ((t) - thread)
#define TRAP(s, a)       do { st = (s); arg = (a); goto trap; } while (0)

    goto *w->code;
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, (uint32_t)ORD_HERE(), base);
#include "vm/dispatch-end.h"
}

static void release(void *prepared)
{
    struct thread *t = prepared;
    if (t) {
        free(t->ip);
        free(t->cells);
        free(t);
    }
}

/* The key of a cell: opcode and operand (an INT, or a target ordinal). */
static uint64_t cell_hash(uint8_t op, uint64_t operand)
{
    uint64_t h = (operand ^ ((uint64_t)op << 56)) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 29);
}

static void *prepare(const struct program *p)
{
    const void *const *labels;
    engine(NULL, NULL, &labels);

    struct thread *t = calloc(1, sizeof *t);
    size_t cap = 16;
    while (cap < (size_t)p->count * 2)
        cap *= 2;
    /* hash table: index of the cell for (opcode, operand), or -1 */
    int64_t *slot = malloc(cap * sizeof *slot);
    uint8_t *cell_op = malloc(p->count);
    uint64_t *cell_key = malloc((size_t)p->count * sizeof *cell_key);
    if (t) {
        t->ip = malloc((size_t)p->count * sizeof *t->ip);
        t->cells = malloc((size_t)p->count * sizeof *t->cells);
    }
    if (!t || !slot || !cell_op || !cell_key || !t->ip || !t->cells) {
        free(slot), free(cell_op), free(cell_key);
        release(t);
        return NULL;
    }
    for (size_t i = 0; i < cap; i++)
        slot[i] = -1;

    uint32_t ncells = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        uint8_t op = *ins;
        enum operand kind = opinfo[op].operand;
        uint64_t key = kind == OPND_INT ? (uint64_t)read_int(ins + 1)
                     : kind == OPND_LABEL ? p->ord[read_label(ins + 1)] : 0;
        size_t h = cell_hash(op, key) & (cap - 1);
        while (slot[h] >= 0 && !(cell_op[slot[h]] == op && cell_key[slot[h]] == key))
            h = (h + 1) & (cap - 1);
        if (slot[h] < 0) {
            struct elop *c = &t->cells[ncells];
            c->code = labels[op];
            if (kind == OPND_INT)
                c->data.imm = (cell)key;
            else if (kind == OPND_LABEL)
                c->data.target = (const struct elop *const *)t->ip + key;
            else
                c->data.imm = 0;
            cell_op[ncells] = op;
            cell_key[ncells] = key;
            slot[h] = ncells++;
        }
        t->ip[i] = &t->cells[slot[h]];
    }
    free(slot), free(cell_op), free(cell_key);
    return t;
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    engine(vm, prepared, NULL);
}

const struct dispatcher dispatcher_indirect = {
    .name    = "indirect",
    .summary = "indirect-threaded code (ITC): a thread of cell addresses, w = *++ip; goto *w->code",
    .prepare = prepare,
    .release = release,
    .run     = run,
};

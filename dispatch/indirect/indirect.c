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

#include "isa/hashtab.h"
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

/* The key of a cell is the bytes of an instruction that uses it (opcode and
 * operand, as encoded): first[c] is the byte offset of cell c's first one.
 * The table is isa/hashtab.c, which stays fast for constants chosen to
 * collide (docs/reliability.md). */
struct cell_keys {
    const struct program *p;
    uint32_t             *first;
};

static const void *cell_key(const void *ctx, uint32_t c, size_t *len)
{
    const struct cell_keys *k = ctx;
    const uint8_t *ins = k->p->code + k->first[c];
    *len = opinfo[*ins].size;
    return ins;
}

static void *prepare(const struct program *p)
{
    const void *const *labels;
    engine(NULL, NULL, &labels);

    struct thread *t = calloc(1, sizeof *t);
    struct cell_keys keys = { p, malloc(((size_t)p->count + 1) * sizeof *keys.first) };
    struct hashtab tab;
    bool have_tab = hashtab_init(&tab, cell_key, &keys) == 0;
    if (t) {
        t->ip = malloc((size_t)p->count * sizeof *t->ip);
        t->cells = malloc((size_t)p->count * sizeof *t->cells);
    }
    if (!t || !keys.first || !have_tab || !t->ip || !t->cells)
        goto fail;

    uint32_t ncells = 0;
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        uint8_t op = *ins;
        keys.first[ncells] = p->offset[i];
        uint32_t c = hashtab_intern(&tab, ins, opinfo[op].size, ncells);
        if (c == HASHTAB_NONE)
            goto fail;
        if (c == ncells) {
            struct elop *e = &t->cells[ncells++];
            e->code = labels[op];
            if (opinfo[op].operand == OPND_INT)
                e->data.imm = read_int(ins + 1);
            else if (opinfo[op].operand == OPND_LABEL)
                e->data.target = (const struct elop *const *)t->ip + p->ord[read_label(ins + 1)];
            else
                e->data.imm = 0;
        }
        t->ip[i] = &t->cells[c];
    }
    hashtab_free(&tab);
    free(keys.first);
    return t;
fail:
    if (have_tab)
        hashtab_free(&tab);
    free(keys.first);
    release(t);
    return NULL;
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

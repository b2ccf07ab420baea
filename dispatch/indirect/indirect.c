/*
 * dispatch/indirect/indirect.c — indirect-threaded code (ITC).
 *
 * The thread holds, per instruction, the address of a cell; the cell holds
 * the handler address and the instruction's data (the lecture's
 * `struct elop { void *code; int data; }`).  Dispatch goes through both
 * indirections: w = *++ip; goto *w->code.  w (Forth's "W register") keeps
 * the current cell so that a handler finds its data in w->data.
 *
 * The thread is one pointer per instruction, so its index is the
 * instruction's ordinal; which cells are shared is said at prepare().
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "isa/hashtab.h"
#include "vm/dispatch.h"
#include "vm/interp.h"

struct elop {
    const void *code;                           /* handler address */
    union {
        cell imm;                               /* push: the constant */
        struct {                                /* branches: */
            const struct elop *const *target;   /*   where in the thread */
            int32_t limit, delta;               /*   counting (vm/interp.h) */
            struct frame frame;                 /*   call: the callee's frame */
        } br;
    } data;
};

/* The thread: the verified copy, then the checked copy (vm/thread.h),
 * one cell pointer per instruction each. */
struct thread {
    const struct elop **ip;     /* 2 * count */
    struct elop        *cells;  /* the distinct cells */
    uint32_t            count;  /* instructions */
};

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
    const struct elop *const *const thread = t->ip;
    const struct elop *const *ip = thread;   /* virtual pc: this instruction */
    const struct elop *w = *ip;              /* its cell */
    const ptrdiff_t n = t->count;
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

/* The whole technique: the next cell, then its code address. */
#define DISPATCH()       do { MARK(dispatch); w = *++ip; goto *w->code; } while (0)

#define VPC_T            const struct elop *const *
#define OP_BEGIN(NAME)   C_##NAME: MARK_CHECKED(NAME); CHECKS(NAME); goto B_##NAME; \
                         L_##NAME: MARK_HANDLER(NAME); GUARD(NAME); B_##NAME: {
#define OP_END(NAME)     DISPATCH(); }
#define IMM()            (w->data.imm)
#define TARGET()         (w->data.br.target)
#define NEXT_VPC(NAME)   (ip + 1)
#define JUMP(t)          do { ip = (t); w = *ip; MARK(dispatch); goto *w->code; } while (0)
/* the thread's index is the ordinal, in either copy */
#define ORD_OF(t)        ((uint32_t)((t) - thread < n ? (t) - thread : (t) - thread - n))
#define ORD_HERE()       ORD_OF(ip)
#define BRANCH_LIMIT()   (w->data.br.limit)
#define BRANCH_DELTA()   (w->data.br.delta)
#define CALLEE()         (w->data.br.frame)
#define RETRY_CHECKED()  do { ip += n; w = *ip; goto *w->code; } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    goto *w->code;
#include "isa/ops.inc"

trap:
    vm_stop(vm, st, arg, ORD_HERE(), budget);
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

/* The key of a shared cell: its handler (opcode, or OP_PROVEN + opcode)
 * and its operand bytes, kept per cell for the table (isa/hashtab.c, which
 * stays fast for constants chosen to collide: docs/reliability.md). */
struct cell_key {
    uint8_t bytes[1 + 8];
    uint8_t len;
};

static const void *cell_key(const void *ctx, uint32_t c, size_t *len)
{
    const struct cell_key *k = (const struct cell_key *)ctx + c;
    *len = k->len;
    return k->bytes;
}

/* What goes in a cell: instructions without a label operand share one
 * cell per (handler, operand) pair, as in Forth, where a word's code field
 * is shared by all uses of the word: all verified `add`s point at one cell,
 * all `push 1`s at another.  A branch has a cell of its own: its counting
 * constants depend on where it is. */
static void *prepare(const struct program *p)
{
    const void *const *labels;
    engine(NULL, NULL, &labels);

    size_t n = 2 * (size_t)p->count;
    struct thread *t = calloc(1, sizeof *t);
    struct cell_key *keys = malloc(n * sizeof *keys);
    struct hashtab tab;
    bool have_tab = keys && hashtab_init(&tab, cell_key, keys) == 0;
    if (t) {
        t->count = p->count;
        t->ip = malloc(n * sizeof *t->ip);
        t->cells = malloc(n * sizeof *t->cells);
    }
    if (!t || !have_tab || !t->ip || !t->cells)
        goto fail;

    uint32_t ncells = 0;
    for (int copy = 0; copy < 2; copy++) {
        const struct elop **thread = t->ip + (size_t)copy * p->count;
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            uint8_t op = *ins;
            uint8_t h_op = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
            struct elop *c;
            if (opinfo[op].operand == OPND_LABEL) {
                uint32_t to = p->ord[read_label(ins + 1)];
                c = &t->cells[ncells++];
                c->code = labels[h_op];
                c->data.br.target = (const struct elop *const *)thread + to;
                c->data.br.limit = (int32_t)(i + 1);
                c->data.br.delta = (int32_t)to - (int32_t)i - 1;
                c->data.br.frame = p->frame[to];
            } else {
                struct cell_key *k = &keys[ncells];
                k->bytes[0] = h_op;
                memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
                k->len = opinfo[op].size;
                uint32_t e = hashtab_intern(&tab, k->bytes, k->len, ncells);
                if (e == HASHTAB_NONE)
                    goto fail;
                c = &t->cells[e];
                if (e == ncells) {
                    ncells++;
                    c->code = labels[h_op];
                    c->data.imm = opinfo[op].operand == OPND_INT ? read_int(ins + 1) : 0;
                }
            }
            thread[i] = c;
        }
    }
    hashtab_free(&tab);
    free(keys);
    return t;
fail:
    if (have_tab)
        hashtab_free(&tab);
    free(keys);
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

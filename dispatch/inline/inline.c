/*
 * dispatch/inline/inline.c — inline threading (Piumarta and Riccardi,
 * "Optimizing direct threaded code by selective inlining", PLDI 1998), the
 * dynamic superinstructions of Gforth (Ertl and Gregg).
 *
 * Direct threading (dispatch/direct/) runs a handler, then dispatches:
 * loads the next handler's address from the thread and jumps there.
 * Inline threading copies the machine code of the handlers themselves,
 * back to back, into executable memory, one copy per instruction of the
 * program, so that a run of instructions executes as one straight line:
 *
 *     thread              generated code (gcc 12, x86-64: rbx the vpc, rdx sp)
 *     [push] [3]   --->   push: mov (%rbx),%rcx; mov %rdx,%rax; add $16,%rbx
 *                               add $8,%rdx; mov %rcx,(%rax)
 *     [nop]                nop: add $8,%rbx
 *     [call] [body]...          jmp *-8(%rbx)    call is not copied: dispatch
 *     [push] [1]   --->   push: ...              (the return address)
 *     [sub]                sub: ...
 *     [dup]                dup: ...              no dispatch in between
 *     [jnz] [loop]...           jmp *-8(%rbx)    jnz is not copied either
 *
 * Each handler runs exactly the code the compiler made of it, its virtual
 * pc (vpc) still stepping over the thread, from which the copies read
 * their operands (a constant, a branch target and its counting constants)
 * — only the dispatch between them is gone.  The thread slot of every
 * copied instruction points at its copy, so that whatever dispatches to
 * it (a branch, a return, the instruction before) lands there.  A copy
 * dispatches where its handler does (a taken branch, a call, a return),
 * and before an instruction whose handler could not be copied, which then
 * runs in place and dispatches as in direct threading.
 *
 * Which handlers can be copied is read from their machine code when
 * prepare() runs, not assumed.  Each handler's extent is a fact the source
 * states: it begins at a label of its own and ends at a second label right
 * before its dispatch (engine() hands out both tables of addresses; GCC's
 * labels as values).  vm/codegen.c decodes the code between the two and
 * copies the handler only if every instruction is one it knows, none is a
 * direct call (print: vm_print) or has a PC-relative operand, and every
 * direct branch stays inside the extent; a branch out of it (a cold trap
 * path the compiler moved away, a tail it shares with another handler)
 * makes the handler one that runs in place.  Indirect jumps are fine:
 * they are the dispatch inside a handler, and the way to the trap code,
 * which is therefore an indirect jump (TRAP below) to a label whose
 * address the compiler cannot see.  The dispatch appended to a copy is
 * the one after the handler's end label, read the same way.
 *
 * Counting and traps stay exact because the copies keep the virtual pc:
 * ORD_HERE() is the thread slot's ordinal, as in direct threading, in
 * whichever copy a trap happens.  Both copies of the thread (verified,
 * checked: vm/thread.h) get their own copies of the code.  What went
 * where, prepare() keeps for describe(), which states it for the
 * machine-code tools (asm/gencode.c).
 */
#include <stdlib.h>

#include "vm/codegen.h"
#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

/* What engine() hands out: per handler ([op] checked, [OP_PROVEN + op]
 * proven) the address of its first instruction and of its dispatch. */
struct extents {
    const void *const *begin;
    const void *const *end;
};

/* The label addresses prepare() reads must be those of the engine that
 * runs: one function, never inlined into a caller, cloned or specialised
 * for the call that only asks for the tables (where the compiler could
 * drop every handler as unreachable). */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((noipa))
#else
__attribute__((noinline))
#endif
static void engine(struct vm *vm, const struct thread *t, struct extents *out)
{
    static const void *const begin[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&C_##NAME, [OP_PROVEN + OP_##NAME] = &&L_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    static const void *const end[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&CE_##NAME, [OP_PROVEN + OP_##NAME] = &&E_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    if (out) {
        out->begin = begin;
        out->end = end;
        return;
    }
    const union slot *const slots = t->slots;
    const uint32_t *const ord = t->ord;
    const union slot *vpc = slots + 1;  /* virtual pc: after the handler slot */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    /* The trap code's address, hidden from the compiler (an empty asm
     * that might change it), so that every TRAP stays an indirect jump,
     * which works from a copy as well as from the original.  The compiler
     * must assume that any indirect jump may reach the trap code, so what
     * a trap reports goes there through the machine's result, not through
     * variables that would then be live in every handler. */
    const void *trap_at = &&trap;
    __asm__("" : "+r"(trap_at));

/* A handler steps the vpc over its own slots before its end label, so
 * that the copies keep it; the dispatch after the label only jumps. */
#define DISPATCH()       do { MARK(dispatch); goto *vpc[-1].code; } while (0)

#define VPC_T            const union slot *
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define JUMP(t)          do { vpc = (t) + 1; DISPATCH(); } while (0)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define ORD_OF(t)        ord[(t) - slots]
#define BRANCH_LIMIT()   vpc[1].count
#define BRANCH_DELTA()   vpc[2].count
/* a ret's own slot holds its limit; a return address is the slot after a
 * call's, three after the call's limit, which is the ordinal returned to */
#define RETURN_LIMIT()   vpc[0].count
#define RETURN_DELTA(t)  ((t)[-3].count - vpc[0].count)
#define CALLEE()         vpc[3].frame
#define RETRY_CHECKED()  do { vpc += t->nslots; DISPATCH(); } while (0)
#define TRAP(s, a)       do { MARK(trap); vm->result.status = (s); vm->result.arg = (a); \
                              goto *trap_at; } while (0)

    DISPATCH();

    /* The handlers, twice: the checked entries (CHECKS, then the body),
     * then the proven ones (the body alone; a call's GUARD), each from
     * its begin label to its end label, then its dispatch.  (Direct
     * threading shares one body between the two entries; here each entry
     * needs the whole handler between its two labels.)
     *
     * END_OF_HANDLER keeps the handler falling into its end label.  GCC
     * copies a small block that ends in a computed goto into the blocks
     * that lead to it (pass duplicate_computed_gotos: how direct threading
     * gets a dispatch per handler); done to the end label's block, it
     * leaves the body ending in a dispatch of its own and the label
     * somewhere else, and then nothing falls through from one copy into
     * the next.  GCC copies only a block smaller than a few jumps (the
     * parameter max-goto-duplication-insns) and estimates the size of an
     * asm statement from the number of lines of its template: sixteen
     * empty lines make the block too big to copy, and emit nothing.
     * (clang copies the dispatch all the same, and clang 19 shares one
     * among all handlers: docs/dispatch.md, "inline threading", says what each
     * compiler allows.) */
#define END_OF_HANDLER() __asm__ volatile("\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n")
#define OP_BEGIN(NAME)   C_##NAME: MARK_CHECKED(NAME); CHECKS(NAME); {
#define OP_END(NAME)     vpc += NSLOTS_##NAME + 1; } CE_##NAME: END_OF_HANDLER(); DISPATCH();
#include "isa/ops.inc"
#undef OP_BEGIN
#undef OP_END
#define OP_BEGIN(NAME)   L_##NAME: MARK_HANDLER(NAME); GUARD(NAME); {
#define OP_END(NAME)     vpc += NSLOTS_##NAME + 1; } E_##NAME: END_OF_HANDLER(); DISPATCH();
#include "isa/ops.inc"
#undef END_OF_HANDLER

trap:
    vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
#include "vm/dispatch-end.h"
}

struct inl {
    struct thread *thread;      /* slots of copied handlers point into code */
    uint8_t       *code;
    size_t         mapped;
    size_t         size;        /* bytes of code */
    struct piece  *piece;       /* what describe() says (vm/codegen.h) */
    uint32_t       npieces;
};

static void release(void *prepared)
{
    struct inl *n = prepared;
    if (n) {
        thread_free(n->thread);
        codegen_unmap(n->code, n->mapped);
        free(n->piece);
        free(n);
    }
}

static void describe(const void *prepared, FILE *f)
{
    const struct inl *n = prepared;
    codegen_describe(f, n->code, n->size, n->piece, n->npieces);
}

/* Per handler: can it be copied, how long is it, how long its dispatch. */
struct copyable {
    bool   ok[2 * OP__COUNT];
    size_t len[2 * OP__COUNT];
    size_t dispatch[2 * OP__COUNT];
};

/* The longest dispatch sequence read after an end label. */
#define DISPATCH_MAX 32

static void read_handlers(const struct extents *x, struct copyable *c)
{
    for (unsigned h = 0; h < 2 * OP__COUNT; h++) {
        const char *why = codegen_relocatable(x->begin[h], x->end[h]);
        c->ok[h] = false;
        if (why)
            continue;
        c->dispatch[h] = codegen_dispatch(x->end[h], DISPATCH_MAX, &why);
        c->len[h] = (size_t)((const uint8_t *)x->end[h] - (const uint8_t *)x->begin[h]);
        c->ok[h] = c->dispatch[h] > 0;
    }
}

/* Lay out the copies (out == NULL: only count the bytes), pointing the
 * thread slot of every copied instruction at its copy; n's pieces say
 * what went where, for describe(). */
static size_t emit_copies(struct emit *e, const struct program *p, struct inl *n,
                          const struct extents *x, const struct copyable *c)
{
    struct thread *t = n->thread;
    n->npieces = 0;
    for (uint32_t copy = 0; copy < 2; copy++) {
        union slot *base = t->slots + copy * t->nslots;
        for (uint32_t i = 0; i < p->count; i++) {
            uint8_t op = p->code[p->offset[i]];
            unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
            struct piece pc = { .at = (uint32_t)e->at, .ord = i, .copy = (uint8_t)copy,
                                .kind = PIECE_ENGINE, .handler = (uint8_t)h };
            if (!c->ok[h]) {
                n->piece[n->npieces++] = pc;
                continue;
            }
            if (e->out)
                base[t->first[i]].code = (const void *)emit_here(e);
            emit_put(e, x->begin[h], c->len[h]);
            pc.kind = PIECE_COPY;
            pc.len = (uint32_t)c->len[h];
            n->piece[n->npieces++] = pc;
            bool next_copied = false;
            if (i + 1 < p->count) {
                uint8_t nop = p->code[p->offset[i + 1]];
                next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
            }
            if (!next_copied) {
                pc.at = (uint32_t)e->at;
                emit_put(e, x->end[h], c->dispatch[h]);
                pc.kind = PIECE_DISPATCH;
                pc.len = (uint32_t)c->dispatch[h];
                n->piece[n->npieces++] = pc;
            }
        }
    }
    return e->at;
}

static void *prepare(const struct program *p)
{
    struct extents x;
    engine(NULL, NULL, &x);
    struct inl *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    n->thread = thread_new(p, x.begin, NULL);
    n->piece = malloc(4 * (size_t)p->count * sizeof *n->piece);     /* two per instruction and copy */
    if (!n->thread || !n->piece) {
        release(n);
        return NULL;
    }
#if CODEGEN
    struct copyable c;
    read_handlers(&x, &c);
    struct emit e = { .out = NULL };
    size_t size = emit_copies(&e, p, n, &x, &c);
    if (size == 0)
        return n;                   /* nothing copied: direct threading */
    n->code = codegen_map(size, NULL, &n->mapped);
    if (!n->code) {
        release(n);
        return NULL;
    }
    e = (struct emit){ .out = n->code, .origin = (uintptr_t)n->code };
    n->size = emit_copies(&e, p, n, &x, &c);
    if (codegen_seal(n->code, n->mapped, e.at) != 0) {
        release(n);
        return NULL;
    }
#endif
    return n;
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    const struct inl *n = prepared;
    engine(vm, n->thread, NULL);
}

const struct dispatcher dispatcher_inline = {
    .name        = "inline",
    .summary     = "inline threading: the handlers' machine code copied back to back, dispatch only where control leaves the line",
    .unavailable = codegen_unavailable,
    .prepare     = prepare,
    .release     = release,
    .run         = run,
    .describe    = describe,
};

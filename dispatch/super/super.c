/*
 * dispatch/super/super.c — static superinstructions over direct threading.
 *
 * Direct threading (dispatch/direct/direct.c), plus one more handler for
 * each of a fixed list of instruction sequences, a *superinstruction*: the
 * bodies of its components one after the other with a single dispatch at
 * the end, so that a sequence of n instructions costs one dispatch instead
 * of n, and the compiler can optimise across the bodies (a value pushed by
 * one and popped by the next need not go through memory; the stack pointer
 * moves once).  The list (sequences.def) is chosen from a measured profile
 * of the benchmark and test programs by tools/superprof.c, as Ertl and
 * Gregg chose Gforth's static superinstructions; the handlers are made by
 * the preprocessor from the shared bodies (fuse.inc, component.inc), never
 * written by hand.
 *
 * prepare() builds direct threading's two-copy thread, then replaces, in
 * the verified copy only, the handler slot of every instruction where a
 * superinstruction's sequence starts (the longest that fits) with the
 * fused handler, provided every component is proven (the fused handler
 * has no checked entry).  Nothing else changes: the components after the
 * first keep their own handlers and data slots, so a branch into the
 * middle of a sequence runs it unfused from there, and the fused handler
 * finds each component's data where direct threading puts it.  Only the
 * last component of a sequence may branch, call, return or halt; traps,
 * print's step check and counting inside a sequence see the component's
 * own ordinal, so output, traps, trap lines and counts are exactly
 * direct threading's.
 */
#include "vm/dispatch.h"
#include "vm/interp.h"
#include "vm/thread.h"

/* ---- SEQ, a superinstruction: a list of 2 to 4 opcode names ---------- */
#define SUPER_PASTE(a, b)        SUPER_PASTE_(a, b)
#define SUPER_PASTE_(a, b)       a##b
/* how many components; the k-th (NOP past the end) */
#define SUPER_NCOMP(...)         SUPER_NCOMP_(__VA_ARGS__, 4, 3, 2, 1, 0)
#define SUPER_NCOMP_(a, b, c, d, n, ...) n
#define SUPER_COMP(k, ...)       SUPER_COMP_(k, __VA_ARGS__, NOP, NOP, NOP)
#define SUPER_COMP_(k, ...)      SUPER_COMP_##k(__VA_ARGS__)
#define SUPER_COMP_0(a, ...)          a
#define SUPER_COMP_1(a, b, ...)       b
#define SUPER_COMP_2(a, b, c, ...)    c
#define SUPER_COMP_3(a, b, c, d, ...) d
/* a component's facts, from isa/opcodes.def via vm/interp.h */
#define SUPER_OP(x)              SUPER_PASTE(OP_, x)
#define SUPER_NSLOTS(x)          SUPER_PASTE(NSLOTS_, x)
#define SUPER_FLOW(x)            SUPER_PASTE(FLOW_OF_, x)
#define SUPER_OFF(k)             SUPER_PASTE(OFF_, k)
/* the handler's name: the components' joined by '_' (opcode names have
 * none), its label F_name and its mark dl_handler_name_n */
#define SUPER_NAME(...)          SUPER_PASTE(SUPER_NAME_, SUPER_NCOMP(__VA_ARGS__))(__VA_ARGS__)
#define SUPER_NAME_2(a, b)       a##_##b
#define SUPER_NAME_3(a, b, c)    a##_##b##_##c
#define SUPER_NAME_4(a, b, c, d) a##_##b##_##c##_##d
#define SUPER_LABEL(name)        SUPER_PASTE(F_, name)
#define SUPER_MARK(name)         MARK_HANDLER(name)

/* The list: sequences.def, made by tools/superprof.c from the profile;
 * tests/tools/super-check.c compiles this file a second time with a list
 * of its own. */
#ifndef SUPER_SEQUENCES
#define SUPER_SEQUENCES "dispatch/super/sequences.def"
#endif

/* For prepare: each superinstruction's opcodes. */
struct super {
    uint8_t n;
    uint8_t op[4];
};
static const struct super supers[] = {
#define SUPER_EACH "dispatch/super/entry.inc"
#define SUPER_ENTRY(...) { SUPER_NCOMP(__VA_ARGS__),                                      \
                           { SUPER_OP(SUPER_COMP(0, __VA_ARGS__)), SUPER_OP(SUPER_COMP(1, __VA_ARGS__)), \
                             SUPER_OP(SUPER_COMP(2, __VA_ARGS__)), SUPER_OP(SUPER_COMP(3, __VA_ARGS__)) } },
#include SUPER_SEQUENCES
#undef SUPER_ENTRY
#undef SUPER_EACH
};
enum { NSUPER = sizeof supers / sizeof supers[0] };

/* With labels != NULL, only hand out the handler addresses: direct
 * threading's table, and the fused handlers in the order of supers[]. */
static void engine(struct vm *vm, const struct thread *t, const void *const **labels,
                   const void *const **fused)
{
    static const void *const table[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = &&C_##NAME, [OP_PROVEN + OP_##NAME] = &&L_##NAME,
#include "isa/opcodes.def"
#undef OP
    };
    static const void *const fused_table[NSUPER] = {
#define SUPER_EACH "dispatch/super/entry.inc"
#define SUPER_ENTRY(...) &&SUPER_LABEL(SUPER_NAME(__VA_ARGS__)),
#include SUPER_SEQUENCES
#undef SUPER_ENTRY
#undef SUPER_EACH
    };
    if (labels) {
        *labels = table;
        *fused = fused_table;
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

/* What every handler shares: direct threading's dispatch. */
#define DISPATCH()       goto *(vpc++)->code
#define VPC_T            const union slot *
#define JUMP(to)         do { MARK(dispatch); vpc = (to); DISPATCH(); } while (0)
#define ORD_OF(to)       ord[(to) - slots]

/* The handler of each instruction: direct threading's, exactly. */
#define OP_BEGIN(NAME)   C_##NAME: MARK_CHECKED(NAME); CHECKS(NAME); goto B_##NAME; \
                         L_##NAME: MARK_HANDLER(NAME); GUARD(NAME); B_##NAME: {
#define OP_END(NAME)     MARK(dispatch); vpc += NSLOTS_##NAME; DISPATCH(); }
#define IMM()            (vpc->imm)
#define TARGET()         (vpc->target)
#define NEXT_VPC(NAME)   (vpc + NSLOTS_##NAME)
#define ORD_HERE()       ord[vpc - 1 - slots]
#define BRANCH_LIMIT()   vpc[1].count
#define BRANCH_DELTA()   vpc[2].count
#define RETURN_LIMIT()   vpc[0].count
#define RETURN_DELTA(to) ((to)[-3].count - vpc[0].count)
#define CALLEE()         vpc[3].frame
#define RETRY_CHECKED()  do { MARK(dispatch); vpc += t->nslots - 1; DISPATCH(); } while (0)
#define TRAP(s, a)       do { MARK(trap); st = (s); arg = (a); goto trap; } while (0)

    DISPATCH();
#include "isa/ops.inc"

#undef OP_BEGIN
#undef OP_END
#undef IMM
#undef TARGET
#undef NEXT_VPC
#undef ORD_HERE
#undef BRANCH_LIMIT
#undef BRANCH_DELTA
#undef RETURN_LIMIT
#undef RETURN_DELTA
#undef CALLEE
#undef RETRY_CHECKED
#undef TRAP

/* The fused handlers: fuse.inc once per superinstruction, with SEQ set. */
#define SUPER_EACH "dispatch/super/fuse.inc"
#include SUPER_SEQUENCES
#undef SUPER_EACH

trap:  /* vpc is just past the handler slot of the instruction that stopped */
    vm_stop(vm, st, arg, ord[vpc - 1 - slots], budget);
#include "vm/dispatch-end.h"
}
#undef SUPER_PASTE
#undef SUPER_PASTE_
#undef SUPER_NCOMP
#undef SUPER_NCOMP_
#undef SUPER_COMP
#undef SUPER_COMP_
#undef SUPER_COMP_0
#undef SUPER_COMP_1
#undef SUPER_COMP_2
#undef SUPER_COMP_3
#undef SUPER_OP
#undef SUPER_NSLOTS
#undef SUPER_FLOW
#undef SUPER_OFF
#undef SUPER_NAME
#undef SUPER_NAME_2
#undef SUPER_NAME_3
#undef SUPER_NAME_4
#undef SUPER_LABEL
#undef SUPER_MARK
#undef SUPER_SEQUENCES

/* Does superinstruction s fit at instruction i: its opcodes, every one
 * proven? */
static int fits(const struct program *p, uint32_t i, const struct super *s)
{
    if (p->count - i < s->n)
        return 0;
    for (unsigned k = 0; k < s->n; k++)
        if (!p->proven[i + k] || p->code[p->offset[i + k]] != s->op[k])
            return 0;
    return 1;
}

/* Bytecode -> direct threading's thread, then the fused handlers into the
 * verified copy.  Every instruction gets the longest superinstruction that
 * starts with it, not only those a left-to-right parse would reach: a run
 * that enters the straight line there (a loop head after its set-up code)
 * is then fused from there, and one that arrives from before never
 * dispatches to it. */
static void *prepare(const struct program *p)
{
    const void *const *labels, *const *fused;
    engine(NULL, NULL, &labels, &fused);
    struct thread *t = thread_new(p, labels, NULL);
    if (!t)
        return NULL;
    for (uint32_t i = 0; i < p->count; i++) {
        int best = -1;
        for (int s = 0; s < NSUPER; s++)
            if ((best < 0 || supers[s].n > supers[best].n) && fits(p, i, &supers[s]))
                best = s;
        if (best >= 0)
            t->slots[t->first[i]].code = fused[best];
    }
    return t;
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    engine(vm, prepared, NULL, NULL);
}

#ifdef SUPER_TEST
/* For tests/tools/super-check.c: how many instructions the handler of
 * instruction i runs in the verified copy of thread t (1: no fusion). */
unsigned super_fused_at(const void *t, uint32_t i);
unsigned super_fused_at(const void *t, uint32_t i)
{
    const struct thread *th = t;
    const void *const *labels, *const *fused;
    engine(NULL, NULL, &labels, &fused);
    for (int s = 0; s < NSUPER; s++)
        if (th->slots[th->first[i]].code == fused[s])
            return supers[s].n;
    return 1;
}
#endif

const struct dispatcher dispatcher_super = {
    .name    = "super",
    .summary = "static superinstructions: direct threading, frequent sequences fused into one handler",
    .prepare = prepare,
    .release = thread_free,
    .run     = run,
};

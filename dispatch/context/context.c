/*
 * dispatch/context/context.c — context threading (Berndl, Vitale, Zaleski
 * and Brown, "Context Threading: A Flexible and Efficient Dispatch
 * Technique for Virtual Machine Interpreters", CGO 2005).
 *
 * Subroutine threading (dispatch/subroutine/) already lets the processor
 * predict the dispatch: a direct `call` per instruction, and a `ret` the
 * return-stack predictor gets right.  What it still hides from the
 * processor is the program's own control flow: a `jz` calls op_JZ, which
 * pops the flag, decides, counts, and returns the decision in a register,
 * and only then does the generated code branch on it — the decision is
 * made inside a handler shared by every `jz` of the program, and the
 * native branch after it tests a value computed far away.  Context
 * threading generates that work itself, so that each VM branch is one
 * native conditional branch on the popped flag, at its own address, where
 * the branch predictor learns that branch's own history (the paper's
 * "branch inlining"), and VM calls and returns stay native calls and
 * returns ("apply/return inlining"; subroutine threading does that part
 * already).  The handlers it still calls are subroutine threading's, with
 * the same signature (dispatch/subroutine/subroutine.h).
 *
 * What the generated code does itself (x86-64 shown; rbx holds the
 * machine, rdx the data stack pointer, r12 the step budget):
 *
 *     jz L      mov -8(%rdx),%rax; sub $8,%rdx     pop the flag
 *               test %rax,%rax; jne next           not taken: go on
 *               cmp $limit,%r12; jl steps          counting (vm/interp.h)
 *               add $delta,%r12; jmp L'            taken: a native jump
 *       steps:  ... call steps_trap                the step limit: trap
 *       next:
 *     jnz L     the same with je
 *     jmp L     the counting and the jump
 *
 * and, as the paper's "tiny inlining" does for bodies smaller than a
 * call, the bodies of the handlers whose machine code is a straight line
 * without calls, branches, stack or PC-relative references are copied in
 * place of their call, with the same registers set up as for the call
 * (the machine pointer, the argument): push, dup, add, lt and the like in
 * their proven form.  Which handlers those are is read from their machine
 * code when prepare() runs (codegen_leaf_body, vm/codegen.c), not assumed:
 * a handler that can trap calls vm_stop and is called as before.  A
 * checked `jz` (its depth check not proven) calls its handler as in
 * subroutine threading, as does any branch whose counting constants do
 * not fit the instruction's 32-bit immediates.
 *
 * Counting stays exact: the budget lives in a callee-saved register (r12,
 * x20), is stored into the machine before every handler call (a handler
 * that traps or prints reads it there) and loaded again after the
 * handlers that change it (call, ret, a branch handler).  A copied body
 * cannot trap (it calls nothing), and an inlined branch that exceeds the
 * limit calls steps_trap with its own ordinal.
 *
 * Two copies of the code (verified, checked), W^X memory, the far-call
 * fallback and longjmp on halt and traps are subroutine threading's.
 */
#include <stddef.h>

#include "dispatch/subroutine/subroutine.h"

/* An inlined branch over the step limit: vm_stop at its ordinal (arg),
 * with the budget the generated code stored into the machine. */
__attribute__((noreturn)) static void steps_trap(PARAMS)
{
    (void)sp;
    vm_stop(m->vm, ST_STEPS, 0, (uint32_t)arg, m->budget);
    longjmp(m->vm->exit, 1);
}

#define BUDGET_AT offsetof(struct machine, budget)
_Static_assert(BUDGET_AT < 128 && BUDGET_AT % 8 == 0, "the budget is at a short offset in the machine");

/* The body of a copied handler is at most this long (a body longer than a
 * few calls is not "tiny" any more). */
#define TINY_MAX 48

/* What prepare() read from the handlers' machine code: per handler
 * (table[], both entries), the length of the body copied in place of
 * its call; 0: it is called. */
struct own {
    uint8_t tiny[2 * OP__COUNT];
};

#if CODEGEN
/* Per architecture: the budget register loaded from the machine at the
 * entry, stored before and loaded after handler calls; an inlined branch. */
#if defined(__x86_64__)
static void emit_budget_entry(struct emit *e)
{
    static const uint8_t mov[] = { 0x4c, 0x8b, 0x67, BUDGET_AT };  /* mov B(%rdi),%r12 */
    emit_put(e, mov, sizeof mov);
}

static void emit_budget_store(struct emit *e)
{
    static const uint8_t mov[] = { 0x4c, 0x89, 0x63, BUDGET_AT };  /* mov %r12,B(%rbx) */
    emit_put(e, mov, sizeof mov);
}

static void emit_budget_load(struct emit *e)
{
    static const uint8_t mov[] = { 0x4c, 0x8b, 0x63, BUDGET_AT };  /* mov B(%rbx),%r12 */
    emit_put(e, mov, sizeof mov);
}

/* A taken branch from instruction i: the step limit, the budget, the
 * native jump; then, out of the way, the call of steps_trap. */
static void emit_taken(struct emit *e, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    uint8_t cmp[7] = { 0x49, 0x81, 0xfc };                     /* cmp $limit,%r12 */
    uint8_t add[7] = { 0x49, 0x81, 0xc4 };                     /* add $delta,%r12 */
    static const uint8_t jl[] = { 0x7c, sizeof add + 5 };      /* jl steps: past add, jmp */
    static const uint8_t jmp[] = { 0xe9 };
    memcpy(cmp + 3, &limit, 4);
    memcpy(add + 3, &delta, 4);
    emit_put(e, cmp, sizeof cmp);
    emit_put(e, jl, sizeof jl);
    emit_put(e, add, sizeof add);
    x86_rel32(e, jmp, 1, target);
    emit_budget_store(e);                                      /* steps: */
    emit_machine(e);
    emit_arg(e, i);
    x86_call(e, (uintptr_t)steps_trap);
}

static void emit_branch(struct emit *e, uint8_t op, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    if (op != OP_JMP) {
        static const uint8_t pop_test[] = {
            0x48, 0x8b, 0x42, 0xf8,     /* mov -8(%rdx),%rax: the flag */
            0x48, 0x83, 0xea, 0x08,     /* sub $8,%rdx: popped */
            0x48, 0x85, 0xc0,           /* test %rax,%rax */
        };
        emit_put(e, pop_test, sizeof pop_test);
        /* not taken: jump over the taken path, whose length a probe
         * (an emitter that only counts) measures */
        struct emit probe = *e;
        probe.out = NULL;
        probe.at += 2;
        emit_taken(&probe, i, limit, delta, target);
        uint8_t skip[2] = { op == OP_JZ ? 0x75 : 0x74, (uint8_t)(probe.at - e->at - 2) };  /* jne/je */
        emit_put(e, skip, sizeof skip);
    }
    emit_taken(e, i, limit, delta, target);
}
#endif /* __x86_64__ */

#if defined(__aarch64__)
static void emit_budget_entry(struct emit *e)
{
    a64(e, 0xf9400034u | (uint32_t)(BUDGET_AT / 8) << 10);     /* ldr x20, [x1, #B] */
}

static void emit_budget_store(struct emit *e)
{
    a64(e, 0xf9000274u | (uint32_t)(BUDGET_AT / 8) << 10);     /* str x20, [x19, #B] */
}

static void emit_budget_load(struct emit *e)
{
    a64(e, 0xf9400274u | (uint32_t)(BUDGET_AT / 8) << 10);     /* ldr x20, [x19, #B] */
}

/* add x20, x20, #delta */
static void emit_add_budget(struct emit *e, int32_t delta)
{
    if (delta >= 0 && delta < 4096) {
        a64(e, 0x91000294u | (uint32_t)delta << 10);            /* add x20, x20, #delta */
    } else if (delta < 0 && delta > -4096) {
        a64(e, 0xd1000294u | (uint32_t)-delta << 10);           /* sub x20, x20, #-delta */
    } else {
        a64_const(e, 10, (uint64_t)(int64_t)delta);
        a64(e, 0x8b0a0294u);                                     /* add x20, x20, x10 */
    }
}

static void emit_taken(struct emit *e, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    if (limit < 4096) {
        a64(e, 0xf100029fu | (uint32_t)limit << 10);            /* cmp x20, #limit */
    } else {
        a64_const(e, 10, (uint64_t)limit);
        a64(e, 0xeb0a029fu);                                     /* cmp x20, x10 */
    }
    struct emit probe = *e;
    probe.out = NULL;
    emit_add_budget(&probe, delta);
    uint32_t skip = (uint32_t)(probe.at - e->at) / 4 + 2;       /* past add and b */
    a64(e, 0x5400000bu | skip << 5);                             /* b.lt steps */
    emit_add_budget(e, delta);
    a64(e, a64_b26(0x14000000u, emit_here(e), target));          /* b L */
    emit_budget_store(e);                                        /* steps: */
    emit_machine(e);
    emit_arg(e, i);
    a64_call(e, (uintptr_t)steps_trap);
}

static void emit_branch(struct emit *e, uint8_t op, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    if (op != OP_JMP) {
        a64(e, 0xf85f8c09u);                                     /* ldr x9, [x0, #-8]!: pop the flag */
        struct emit probe = *e;
        probe.out = NULL;
        probe.at += 4;
        emit_taken(&probe, i, limit, delta, target);
        uint32_t skip = (uint32_t)(probe.at - e->at) / 4;
        a64(e, (op == OP_JZ ? 0xb5000009u : 0xb4000009u) | skip << 5);   /* cbnz/cbz x9, next */
    }
    emit_taken(e, i, limit, delta, target);
}
#endif /* __aarch64__ */

/* The whole program: the entry, then the verified copy, then the checked
 * copy.  Per instruction an inlined branch, a copied body, or a call of
 * its handler (with the budget stored before it) and its control flow. */
static void emit_program(struct gen *g, const struct program *p)
{
    const struct own *own = g->own;
    struct emit *e = &g->e;
    emit_entry(e);
    emit_budget_entry(e);
    for (uint32_t copy = 0; copy < 2; copy++) {
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            uint8_t op = *ins;
            bool proven = copy == 0 && p->proven[i];
            unsigned h = proven ? OP_PROVEN + op : op;
            size_t k = (size_t)copy * p->count + i;
            g->addr[k] = emit_here(e);
            uint32_t to = label_operand[op] ? p->ord[read_label(ins + 1)] : 0;
            uintptr_t target = label_operand[op] ? g->addr[(size_t)copy * p->count + to] : 0;
            int64_t limit = (int64_t)i + 1, delta = (int64_t)to - i - 1;
            /* a jz or jnz pops, so it is inlined only where its depth
             * check is proven; jmp checks nothing */
            if ((op == OP_JMP || ((op == OP_JZ || op == OP_JNZ) && proven))
                && limit <= INT32_MAX && delta >= INT32_MIN && delta <= INT32_MAX) {
                emit_branch(e, op, i, (int32_t)limit, (int32_t)delta, target);
                g->ret[k] = emit_here(e);
                continue;
            }
            if (own->tiny[h]) {
                emit_machine(e);
                if (takes_arg(op))
                    emit_arg(e, handler_arg(p, i));
                emit_put(e, (const void *)(uintptr_t)table[h], own->tiny[h]);
                g->ret[k] = emit_here(e);
                continue;
            }
            emit_budget_store(e);
            emit_machine(e);
            if (takes_arg(op))
                emit_arg(e, handler_arg(p, i));
            emit_call_handler(e, table[h]);
            g->ret[k] = emit_here(e);
            enum flow flow = opinfo[op].flow;
            if (flow != FLOW_NEXT && flow != FLOW_STOP)
                emit_budget_load(e);        /* the handler counted */
            uintptr_t retry = proven && flow == FLOW_CALL ? g->addr[p->count + i] : 0;
            emit_flow(e, flow, target, retry);
        }
    }
}
#endif /* CODEGEN */

static void *prepare(const struct program *p)
{
    struct own own = { { 0 } };
#if CODEGEN
    for (unsigned h = 0; h < 2 * OP__COUNT; h++) {
        const char *why;
        if (opinfo[h % OP_PROVEN].flow == FLOW_NEXT)
            own.tiny[h] = (uint8_t)codegen_leaf_body((const void *)(uintptr_t)table[h], TINY_MAX, &why);
    }
#endif
    return native_prepare(p, false, &own);
}

const struct dispatcher dispatcher_context = {
    .name        = "context",
    .summary     = "context threading: subroutine threading whose VM branches are native compare-and-branch, tiny bodies copied inline",
    .unavailable = codegen_unavailable,
    .prepare     = prepare,
    .release     = release,
    .run         = run,
};

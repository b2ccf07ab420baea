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
 * "branch inlining"); VM calls and returns were native calls and returns
 * already ("apply/return inlining"), and here their work is generated
 * too.  The handlers it still calls are subroutine threading's, with the
 * same signature (dispatch/subroutine/subroutine.h).
 *
 * What the generated code does itself (x86-64 shown; rbx holds the
 * machine, rdx the data stack pointer, r12 the step budget, r13 the data
 * memory, r14 the VM):
 *
 *   jz L      mov -8(%rdx),%rax; sub $8,%rdx     pop the flag
 *             test %rax,%rax; jne next           not taken: go on
 *             cmp $limit,%r12; jl steps          counting (vm/interp.h)
 *             add $delta,%r12; jmp L'            taken: a native jump
 *     steps:  ... call steps_trap                over the step limit
 *     next:
 *   jnz L     the same with je;  jmp L: the counting and the jump
 *   load      mov -8(%rdx),%rax; cmp $65535,%rax; ja slow
 *             mov (%r13,%rax,8),%rax; mov %rax,-8(%rdx)
 *   store     the same check, then the store
 *   call L    the callee's frame fits, the return stack has room, the
 *             step limit: else slow; push the return ordinal on the VM's
 *             return stack, count, and the native call of L'
 *   ret       pop the return ordinal, count, native ret
 *   push k    and the add (sub, and, shl, lt, load, store, ...) after
 *   add       it, where nothing else reaches the add: addq $k,-8(%rdx),
 *             the constant as an immediate or address (emit_fused)
 *
 * (the jumps to `slow` are not taken unless something is wrong), and, as
 * the paper's "tiny inlining" does for bodies smaller than a call, the
 * bodies of the handlers whose machine code is a straight line without
 * calls, branches, stack or PC-relative references are copied in place of
 * their call, with the same registers set up as for the call (the machine
 * pointer, the argument): push, dup, add, lt and the like in their proven
 * form.  Which handlers those are is read from their machine code when
 * prepare() runs (codegen_leaf_body, vm/codegen.c), not assumed.
 *
 * Exactness.  The generated fast paths do the instruction's work only when
 * nothing can go wrong; otherwise they go to a slow path, placed out of
 * the way, which calls the instruction's handler as subroutine threading
 * would: the handler checks again and traps, at its own instruction (the
 * return address of this call), with its own message — or, should the
 * fast path have been more careful than needed, does the work and comes
 * back.  What a trap reports is therefore always what the shared bodies
 * (isa/ops.inc) say.  The generated code does only what cannot trap
 * (moving values, the branch decision); the budget lives in a callee-saved
 * register (r12, x20), is stored into the machine before every handler
 * call (a handler that traps or prints reads it there) and loaded again
 * after the handlers that change it.  A copied body cannot trap (it calls
 * nothing), and an inlined branch over the limit calls steps_trap with
 * its own ordinal.  Instructions whose depth checks are not proven (the
 * checked copy) call their handlers, except jmp, which checks nothing.
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

/* Where the generated code finds things: in the machine, in the VM. */
#define VM_AT      offsetof(struct machine, vm)
#define RSP_AT     offsetof(struct machine, rsp)
#define BUDGET_AT  offsetof(struct machine, budget)
#define STACK_AT   offsetof(struct vm, stack)
#define MEM_AT     offsetof(struct vm, mem)
#define REND_AT    (offsetof(struct vm, rstack) + RSTACK_CELLS * sizeof(uintptr_t))
#if CODEGEN        /* what the code generators of x86-64 and AArch64 assume */
_Static_assert(VM_AT < 128 && RSP_AT < 128 && BUDGET_AT < 128
               && VM_AT % 8 == 0 && RSP_AT % 8 == 0 && BUDGET_AT % 8 == 0,
               "the machine's fields are at short offsets");
_Static_assert(MEM_AT < INT32_MAX && REND_AT < INT32_MAX && STACK_AT < INT32_MAX / 2,
               "the VM's fields are at 32-bit offsets");
_Static_assert(MEM_CELLS - 1 <= INT32_MAX && STACK_CELLS * 8 <= INT32_MAX / 4,
               "memory and stack sizes fit 32-bit immediates");
#endif

/* The steps beyond subroutine threading, as the paper measures them one
 * after the other: compiled with -DCONTEXT_STEP=1 only the branches are
 * generated, with 2 also the bodies are copied, with 3 also load, store,
 * call and ret get their fast paths, with 4 (the default) also `push k`
 * and the instruction after it become one piece of code that takes k as
 * it is (emit_fused; docs/dispatch.md, "context threading", measures
 * each). */
#ifndef CONTEXT_STEP
#define CONTEXT_STEP 4
#endif

/* The body of a copied handler is at most this long (a body longer than a
 * few calls is not "tiny" any more). */
#define TINY_MAX 48

/* Slow paths wait until the code cannot fall through (after a jump, a
 * return, halt), at most this many bytes: AArch64's conditional branches
 * reach 1 MiB. */
#define SLOW_WITHIN ((size_t)256 << 10)

/* What prepare() read from the handlers' machine code, and the slow paths. */
struct own {
    bool       tiny[2 * OP__COUNT];  /* per handler (table[]): its body is
                                        copied in place of its call, */
    uint8_t    len[2 * OP__COUNT];   /* that many bytes of it, */
    uint32_t   uses[2 * OP__COUNT];  /* which may use these registers */
    uintptr_t *slow;                 /* per instruction of both copies: its
                                        slow path (from the previous pass) */
    uint32_t  *pending;              /* instructions whose slow paths wait */
    uintptr_t *back;                 /* ... and where each goes back to */
    uint32_t   npending;
    size_t     first_at;             /* e->at of the first that waits */
    uint8_t   *joined;               /* per instruction: reached otherwise
                                        than from the one before it (a
                                        label's target, a return point) */
};

#if CODEGEN
enum cc { CC_ABOVE, CC_EQUAL, CC_LESS };   /* unsigned >, ==, signed < */

/* Per architecture: the entry (the registers the code keeps), the budget
 * stored and loaded, jumps, an inlined branch, the fast paths. */
#if defined(__x86_64__)
#define MACHINE_REG 7   /* %rdi: the argument registers of a handler call */
#define ARG_REG     6   /* %rsi */

static void emit_entry_regs(struct emit *e)
{
    uint8_t mov[] = {
        0x4c, 0x8b, 0x67, BUDGET_AT,    /* mov B(%rdi),%r12: the budget */
        0x4c, 0x8b, 0x77, VM_AT,        /* mov VM(%rdi),%r14: the VM */
        0x4d, 0x8b, 0xae, 0, 0, 0, 0,   /* mov MEM(%r14),%r13: its memory */
    };
    uint32_t at = MEM_AT;
    memcpy(mov + 11, &at, 4);
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

static void emit_jump(struct emit *e, uintptr_t to)
{
    static const uint8_t jmp[] = { 0xe9 };                     /* jmp rel32 */
    x86_rel32(e, jmp, 1, to);
}

static void patch_jump(struct emit *e, size_t at, uintptr_t to)
{
    struct emit w = *e;
    w.at = at;
    emit_jump(&w, to);
}

static void emit_jcc(struct emit *e, enum cc cc, uintptr_t to)
{
    uint8_t jcc[] = { 0x0f, cc == CC_ABOVE ? 0x87 : cc == CC_EQUAL ? 0x84 : 0x8c };  /* ja je jl */
    x86_rel32(e, jcc, 2, to);
}

static void put_imm32(struct emit *e, const uint8_t *op, size_t len, int32_t imm)
{
    emit_put(e, op, len);
    emit_put(e, &imm, 4);
}

/* budget < limit: to `to` (the step limit would be exceeded) */
static void emit_over_limit(struct emit *e, int32_t limit, uintptr_t to)
{
    static const uint8_t cmp[] = { 0x49, 0x81, 0xfc };         /* cmp $limit,%r12 */
    put_imm32(e, cmp, sizeof cmp, limit);
    emit_jcc(e, CC_LESS, to);
}

static void emit_add_budget(struct emit *e, int32_t delta)
{
    static const uint8_t add[] = { 0x49, 0x81, 0xc4 };         /* add $delta,%r12 */
    put_imm32(e, add, sizeof add, delta);
}

/* A taken branch from instruction i: the step limit, the budget, the
 * native jump; then, out of the way, the call of steps_trap. */
static void emit_taken(struct emit *e, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    static const uint8_t cmp[] = { 0x49, 0x81, 0xfc };         /* cmp $limit,%r12 */
    static const uint8_t jl[] = { 0x7c, 7 + 5 };               /* jl steps: past add, jmp */
    put_imm32(e, cmp, sizeof cmp, limit);
    emit_put(e, jl, sizeof jl);
    emit_add_budget(e, delta);
    emit_jump(e, target);
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

/* load, store: the address in range, else the slow path */
static void emit_memory(struct emit *e, uint8_t op, uintptr_t slow)
{
    static const uint8_t addr[] = { 0x48, 0x8b, 0x42, 0xf8 };  /* mov -8(%rdx),%rax */
    static const uint8_t cmp[] = { 0x48, 0x3d };               /* cmp $MEM_CELLS-1,%rax */
    static const uint8_t load[] = {
        0x49, 0x8b, 0x44, 0xc5, 0x00,   /* mov (%r13,%rax,8),%rax */
        0x48, 0x89, 0x42, 0xf8,         /* mov %rax,-8(%rdx) */
    };
    static const uint8_t store[] = {
        0x48, 0x8b, 0x4a, 0xf0,         /* mov -16(%rdx),%rcx: the value */
        0x49, 0x89, 0x4c, 0xc5, 0x00,   /* mov %rcx,(%r13,%rax,8) */
        0x48, 0x83, 0xea, 0x10,         /* sub $16,%rdx */
    };
    emit_put(e, addr, sizeof addr);
    put_imm32(e, cmp, sizeof cmp, MEM_CELLS - 1);
    emit_jcc(e, CC_ABOVE, slow);
    if (op == OP_LOAD)
        emit_put(e, load, sizeof load);
    else
        emit_put(e, store, sizeof store);
}

/* call at c: the callee's frame fits and the return stack has room (the
 * proven call's GUARD), the step limit; push c + 1, count */
static void emit_call(struct emit *e, uint32_t c, struct frame f, int32_t delta, uintptr_t slow)
{
    static const uint8_t lea[] = { 0x48, 0x8d, 0x82 };         /* lea -(need)(%rdx),%rax */
    static const uint8_t sub_vm[] = { 0x4c, 0x29, 0xf0 };      /* sub %r14,%rax */
    static const uint8_t cmp[] = { 0x48, 0x3d };               /* cmp $span,%rax */
    static const uint8_t rsp[] = { 0x48, 0x8b, 0x4b, RSP_AT }; /* mov RSP(%rbx),%rcx */
    static const uint8_t end[] = { 0x49, 0x8d, 0x86 };         /* lea REND(%r14),%rax */
    static const uint8_t full[] = { 0x48, 0x39, 0xc1 };        /* cmp %rax,%rcx */
    static const uint8_t push[] = { 0x48, 0xc7, 0x01 };        /* movq $c+1,(%rcx) */
    static const uint8_t step[] = {
        0x48, 0x83, 0xc1, 0x08,         /* add $8,%rcx */
        0x48, 0x89, 0x4b, RSP_AT,       /* mov %rcx,RSP(%rbx) */
    };
    put_imm32(e, lea, sizeof lea, -(int32_t)(STACK_AT + (size_t)f.need * sizeof(cell)));
    emit_put(e, sub_vm, sizeof sub_vm);
    put_imm32(e, cmp, sizeof cmp, f.span * (int32_t)sizeof(cell));
    emit_jcc(e, CC_ABOVE, slow);
    emit_put(e, rsp, sizeof rsp);
    put_imm32(e, end, sizeof end, (int32_t)REND_AT);
    emit_put(e, full, sizeof full);
    emit_jcc(e, CC_EQUAL, slow);
    emit_over_limit(e, (int32_t)c + 1, slow);
    put_imm32(e, push, sizeof push, (int32_t)c + 1);
    emit_put(e, step, sizeof step);
    emit_add_budget(e, delta);
}

/* ret at r: pop the ordinal t returned to, the step limit, budget += t - r - 1 */
static void emit_ret(struct emit *e, uint32_t r, uintptr_t slow)
{
    static const uint8_t pop[] = {
        0x48, 0x8b, 0x4b, RSP_AT,       /* mov RSP(%rbx),%rcx */
        0x48, 0x8b, 0x41, 0xf8,         /* mov -8(%rcx),%rax: t */
    };
    static const uint8_t popped[] = {
        0x48, 0x83, 0xe9, 0x08,         /* sub $8,%rcx */
        0x48, 0x89, 0x4b, RSP_AT,       /* mov %rcx,RSP(%rbx) */
        0x49, 0x01, 0xc4,               /* add %rax,%r12 */
    };
    static const uint8_t ret[] = { 0xc3 };
    emit_put(e, pop, sizeof pop);
    emit_over_limit(e, (int32_t)r + 1, slow);
    emit_put(e, popped, sizeof popped);
    emit_add_budget(e, -(int32_t)r - 1);
    emit_put(e, ret, sizeof ret);
}

/* the retry of a verified call whose frame does not fit (subroutine.h) */
static void emit_retry(struct emit *e, uintptr_t retry)
{
    static const uint8_t test_jnz[] = { 0x85, 0xc0, 0x0f, 0x85 };  /* test %eax,%eax; jnz */
    x86_rel32(e, test_jnz, 4, retry);
}

/* push k; OP, where OP takes k from the push: OP's work on the value below
 * it (at -8(%rdx)), with k as an immediate, or at address k.  Emits
 * nothing and returns false where there is no such form. */
static bool emit_fused(struct emit *e, uint8_t op, int64_t k)
{
    uint8_t ext;        /* the ModRM reg field of the group-1 and shift opcodes */
    uint8_t cc;         /* setcc's condition */
    switch (op) {
    case OP_ADD: ext = 0; goto arith;
    case OP_OR:  ext = 1; goto arith;
    case OP_AND: ext = 4; goto arith;
    case OP_SUB: ext = 5; goto arith;
    case OP_XOR: ext = 6; goto arith;
    arith:
        if (k != (int32_t)k)
            return false;
        {
            uint8_t insn[] = { 0x48, 0x81, (uint8_t)(0x42 | ext << 3), 0xf8 };  /* OPq $k,-8(%rdx) */
            put_imm32(e, insn, sizeof insn, (int32_t)k);
        }
        return true;
    case OP_SHL: ext = 4; goto shift;
    case OP_SHR: ext = 7; goto shift;           /* arithmetic: sar */
    shift: {
        uint8_t insn[] = { 0x48, 0xc1, (uint8_t)(0x42 | ext << 3), 0xf8, (uint8_t)(k & 63) };  /* shl/sar $k,-8(%rdx) */
        emit_put(e, insn, sizeof insn);
        return true;
    }
    case OP_EQ: cc = 0x94; goto compare;
    case OP_NE: cc = 0x95; goto compare;
    case OP_LT: cc = 0x9c; goto compare;
    case OP_GE: cc = 0x9d; goto compare;
    case OP_LE: cc = 0x9e; goto compare;
    case OP_GT: cc = 0x9f; goto compare;
    compare:
        if (k != (int32_t)k)
            return false;
        {
            static const uint8_t cmp[] = { 0x48, 0x81, 0x7a, 0xf8 };   /* cmpq $k,-8(%rdx) */
            uint8_t set[] = {
                0x0f, cc, 0xc0,                 /* setCC %al */
                0x0f, 0xb6, 0xc0,               /* movzbl %al,%eax */
                0x48, 0x89, 0x42, 0xf8,         /* mov %rax,-8(%rdx) */
            };
            put_imm32(e, cmp, sizeof cmp, (int32_t)k);
            emit_put(e, set, sizeof set);
        }
        return true;
    case OP_LOAD:
    case OP_STORE:
        if (k < 0 || k >= MEM_CELLS)
            return false;           /* a trap: the unfused code reports it */
        if (op == OP_LOAD) {
            static const uint8_t load[] = { 0x49, 0x8b, 0x85 };     /* mov 8k(%r13),%rax */
            static const uint8_t push[] = {
                0x48, 0x89, 0x02,               /* mov %rax,(%rdx) */
                0x48, 0x83, 0xc2, 0x08,         /* add $8,%rdx */
            };
            put_imm32(e, load, sizeof load, (int32_t)(k * 8));
            emit_put(e, push, sizeof push);
        } else {
            static const uint8_t value[] = { 0x48, 0x8b, 0x42, 0xf8 };  /* mov -8(%rdx),%rax */
            static const uint8_t store[] = { 0x49, 0x89, 0x85 };        /* mov %rax,8k(%r13) */
            static const uint8_t pop[] = { 0x48, 0x83, 0xea, 0x08 };    /* sub $8,%rdx */
            emit_put(e, value, sizeof value);
            put_imm32(e, store, sizeof store, (int32_t)(k * 8));
            emit_put(e, pop, sizeof pop);
        }
        return true;
    default:
        return false;
    }
}
#endif /* __x86_64__ */

#if defined(__aarch64__)
#define MACHINE_REG 1   /* x1: the argument registers of a handler call */
#define ARG_REG     2   /* x2 */

static void emit_entry_regs(struct emit *e)
{
    a64(e, 0xf9400034u | (uint32_t)(BUDGET_AT / 8) << 10);     /* ldr x20, [x1, #B]: the budget */
    a64(e, 0xf9400036u | (uint32_t)(VM_AT / 8) << 10);         /* ldr x22, [x1, #VM]: the VM */
    a64_const(e, 9, MEM_AT);
    a64(e, 0xf8696ad5u);                                        /* ldr x21, [x22, x9]: its memory */
}

static void emit_budget_store(struct emit *e)
{
    a64(e, 0xf9000274u | (uint32_t)(BUDGET_AT / 8) << 10);     /* str x20, [x19, #B] */
}

static void emit_budget_load(struct emit *e)
{
    a64(e, 0xf9400274u | (uint32_t)(BUDGET_AT / 8) << 10);     /* ldr x20, [x19, #B] */
}

static void emit_jump(struct emit *e, uintptr_t to)
{
    a64(e, a64_b26(0x14000000u, emit_here(e), to));            /* b to */
}

static void patch_jump(struct emit *e, size_t at, uintptr_t to)
{
    struct emit w = *e;
    w.at = at;
    emit_jump(&w, to);
}

static void emit_jcc(struct emit *e, enum cc cc, uintptr_t to)
{
    uint32_t cond = cc == CC_ABOVE ? 0x8 : cc == CC_EQUAL ? 0x0 : 0xb;  /* hi eq lt */
    int64_t d = (int64_t)(to - emit_here(e)) / 4;
    a64(e, 0x54000000u | ((uint32_t)d & 0x7ffff) << 5 | cond);  /* b.cond to */
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

static void emit_cmp_budget(struct emit *e, int32_t limit)
{
    if (limit < 4096) {
        a64(e, 0xf100029fu | (uint32_t)limit << 10);            /* cmp x20, #limit */
    } else {
        a64_const(e, 10, (uint64_t)limit);
        a64(e, 0xeb0a029fu);                                     /* cmp x20, x10 */
    }
}

static void emit_over_limit(struct emit *e, int32_t limit, uintptr_t to)
{
    emit_cmp_budget(e, limit);
    emit_jcc(e, CC_LESS, to);
}

static void emit_taken(struct emit *e, uint32_t i, int32_t limit, int32_t delta, uintptr_t target)
{
    emit_cmp_budget(e, limit);
    struct emit probe = *e;
    probe.out = NULL;
    emit_add_budget(&probe, delta);
    uint32_t skip = (uint32_t)(probe.at - e->at) / 4 + 2;       /* past add and b */
    a64(e, 0x5400000bu | skip << 5);                             /* b.lt steps */
    emit_add_budget(e, delta);
    emit_jump(e, target);
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

static void emit_memory(struct emit *e, uint8_t op, uintptr_t slow)
{
    a64(e, 0xf85f8009u);                                        /* ldur x9, [x0, #-8]: the address */
    a64_const(e, 10, MEM_CELLS - 1);
    a64(e, 0xeb0a013fu);                                        /* cmp x9, x10 */
    emit_jcc(e, CC_ABOVE, slow);
    if (op == OP_LOAD) {
        a64(e, 0xf8697aa9u);                                    /* ldr x9, [x21, x9, lsl #3] */
        a64(e, 0xf81f8009u);                                    /* stur x9, [x0, #-8] */
    } else {
        a64(e, 0xf85f000au);                                    /* ldur x10, [x0, #-16]: the value */
        a64(e, 0xf8297aaau);                                    /* str x10, [x21, x9, lsl #3] */
        a64(e, 0xd1004000u);                                    /* sub x0, x0, #16 */
    }
}

static void emit_call(struct emit *e, uint32_t c, struct frame f, int32_t delta, uintptr_t slow)
{
    a64(e, 0xcb160009u);                                        /* sub x9, x0, x22 */
    a64_const(e, 10, STACK_AT + (uint64_t)f.need * sizeof(cell));
    a64(e, 0xcb0a0129u);                                        /* sub x9, x9, x10 */
    a64_const(e, 10, (uint64_t)f.span * sizeof(cell));
    a64(e, 0xeb0a013fu);                                        /* cmp x9, x10 */
    emit_jcc(e, CC_ABOVE, slow);
    a64(e, 0xf940026bu | (uint32_t)(RSP_AT / 8) << 10);         /* ldr x11, [x19, #RSP] */
    a64_const(e, 10, REND_AT);
    a64(e, 0x8b0a02cau);                                        /* add x10, x22, x10 */
    a64(e, 0xeb0a017fu);                                        /* cmp x11, x10 */
    emit_jcc(e, CC_EQUAL, slow);
    emit_over_limit(e, (int32_t)c + 1, slow);
    a64_const(e, 10, (uint64_t)c + 1);
    a64(e, 0xf800856au);                                        /* str x10, [x11], #8 */
    a64(e, 0xf900026bu | (uint32_t)(RSP_AT / 8) << 10);         /* str x11, [x19, #RSP] */
    emit_add_budget(e, delta);
}

static void emit_ret(struct emit *e, uint32_t r, uintptr_t slow)
{
    a64(e, 0xf940026bu | (uint32_t)(RSP_AT / 8) << 10);         /* ldr x11, [x19, #RSP] */
    a64(e, 0xf85f8169u);                                        /* ldur x9, [x11, #-8]: t */
    emit_over_limit(e, (int32_t)r + 1, slow);
    a64(e, 0xd100216bu);                                        /* sub x11, x11, #8 */
    a64(e, 0xf900026bu | (uint32_t)(RSP_AT / 8) << 10);         /* str x11, [x19, #RSP] */
    a64(e, 0x8b090294u);                                        /* add x20, x20, x9 */
    emit_add_budget(e, -(int32_t)r - 1);
    emit_flow(e, FLOW_RET, 0, 0);                               /* ldr x30, [sp], #16; ret */
}

static void emit_retry(struct emit *e, uintptr_t retry)
{
    a64(e, 0xb4000041u);                                        /* cbz x1, .+8 */
    emit_jump(e, retry);
}

/* push k; OP (as on x86-64): k in x10, the value below it in x9 */
static bool emit_fused(struct emit *e, uint8_t op, int64_t k)
{
    uint32_t insn, cond;        /* the register form of OP (x9 = x9 OP x10); cset's */
    switch (op) {
    case OP_ADD: insn = 0x8b0a0129u; goto arith;                /* add x9, x9, x10 */
    case OP_SUB: insn = 0xcb0a0129u; goto arith;                /* sub x9, x9, x10 */
    case OP_AND: insn = 0x8a0a0129u; goto arith;                /* and x9, x9, x10 */
    case OP_OR:  insn = 0xaa0a0129u; goto arith;                /* orr x9, x9, x10 */
    case OP_XOR: insn = 0xca0a0129u; goto arith;                /* eor x9, x9, x10 */
    case OP_SHL: insn = 0x9aca2129u; goto arith;                /* lsl x9, x9, x10 (mod 64) */
    case OP_SHR: insn = 0x9aca2929u; goto arith;                /* asr x9, x9, x10 (mod 64) */
    arith:
        a64(e, 0xf85f8009u);                                    /* ldur x9, [x0, #-8] */
        a64_const(e, 10, (uint64_t)k);
        a64(e, insn);
        a64(e, 0xf81f8009u);                                    /* stur x9, [x0, #-8] */
        return true;
    /* cset x9, COND is csinc x9, xzr, xzr, !COND: the field holds !COND */
    case OP_EQ: cond = 0x1; goto compare;
    case OP_NE: cond = 0x0; goto compare;
    case OP_LT: cond = 0xa; goto compare;
    case OP_GE: cond = 0xb; goto compare;
    case OP_LE: cond = 0xc; goto compare;
    case OP_GT: cond = 0xd; goto compare;
    compare:
        a64(e, 0xf85f8009u);                                    /* ldur x9, [x0, #-8] */
        a64_const(e, 10, (uint64_t)k);
        a64(e, 0xeb0a013fu);                                    /* cmp x9, x10 */
        a64(e, 0x9a9f07e9u | cond << 12);                       /* cset x9, COND */
        a64(e, 0xf81f8009u);                                    /* stur x9, [x0, #-8] */
        return true;
    case OP_LOAD:
    case OP_STORE:
        if (k < 0 || k >= MEM_CELLS)
            return false;           /* a trap: the unfused code reports it */
        a64_const(e, 9, (uint64_t)k);
        if (op == OP_LOAD) {
            a64(e, 0xf8697aa9u);                                /* ldr x9, [x21, x9, lsl #3] */
            a64(e, 0xf8008409u);                                /* str x9, [x0], #8 */
        } else {
            a64(e, 0xf85f8c0au);                                /* ldr x10, [x0, #-8]! */
            a64(e, 0xf8297aaau);                                /* str x10, [x21, x9, lsl #3] */
        }
        return true;
    default:
        return false;
    }
}
#endif /* __aarch64__ */

/* The slow paths that wait: each calls its instruction's handler (which
 * traps, or does the work), then goes back.  Before a slow path of a call
 * the retry of subroutine threading; a ret's returns natively. */
static void emit_slow_paths(struct gen *g, const struct program *p)
{
    struct own *own = g->own;
    struct emit *e = &g->e;
    for (uint32_t n = 0; n < own->npending; n++) {
        uint32_t k = own->pending[n];
        uint32_t i = k % p->count;
        uint8_t op = p->code[p->offset[i]];
        size_t from = e->at;
        own->slow[k] = emit_here(e);
        emit_budget_store(e);
        emit_machine(e);
        if (takes_arg(op))
            emit_arg(e, handler_arg(p, i));
        emit_call_handler(e, table[OP_PROVEN + op]);   /* only proven ones have fast paths */
        g->ret[k] = emit_here(e);
        if (op == OP_CALL || op == OP_RET)
            emit_budget_load(e);
        if (op == OP_CALL)
            emit_retry(e, g->addr[p->count + i]);
        if (op == OP_RET)
            emit_flow(e, FLOW_RET, 0, 0);
        else
            emit_jump(e, own->back[n]);
        add_piece(g, from, e->at, k / p->count, i, PIECE_SLOW, OP_PROVEN + op);
    }
    own->npending = 0;
}

static void wait_slow(struct gen *g, uint32_t k, uintptr_t back)
{
    struct own *own = g->own;
    if (own->npending == 0)
        own->first_at = g->e.at;
    own->back[own->npending] = back;
    own->pending[own->npending++] = k;
}

/* The whole program: the entry, then the verified copy, then the checked
 * copy.  Per instruction a fast path, an inlined branch, a copied body, or
 * a call of its handler (with the budget stored before it) and its
 * control flow. */
static void emit_program(struct gen *g, const struct program *p)
{
    struct own *own = g->own;
    struct emit *e = &g->e;
    own->npending = 0;
    emit_entry(e);
    emit_entry_regs(e);
    add_piece(g, 0, e->at, 0, 0, PIECE_ENTRY, NO_HANDLER);
    for (uint32_t copy = 0; copy < 2; copy++) {
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            uint8_t op = *ins;
            enum flow flow = opinfo[op].flow;
            bool proven = copy == 0 && p->proven[i];
            unsigned h = proven ? OP_PROVEN + op : op;
            size_t k = (size_t)copy * p->count + i, from = e->at;
            enum piece_kind kind = PIECE_FAST;      /* for describe() */
            g->addr[k] = emit_here(e);
            uint32_t to = label_operand[op] ? p->ord[read_label(ins + 1)] : 0;
            uintptr_t target = label_operand[op] ? g->addr[(size_t)copy * p->count + to] : 0;
            int64_t limit = (int64_t)i + 1, delta = (int64_t)to - i - 1;
            bool fits = limit <= INT32_MAX && delta >= INT32_MIN && delta <= INT32_MAX;
            /* a jz or jnz pops, so it is inlined only where its depth
             * check is proven; jmp checks nothing */
            /* push k; OP as one piece of code: where OP cannot trap
             * (a proven copy, nothing reaches OP but the push) and has a
             * form that takes k as it is */
            if (op == OP_PUSH && proven && i + 1 < p->count && p->proven[i + 1] && !own->joined[i + 1]
                && CONTEXT_STEP >= 4) {
                uint8_t next = p->code[p->offset[i + 1]];
                size_t at = e->at;
                if (emit_fused(e, next, (int64_t)read_int(ins + 1))) {
                    g->ret[k] = g->ret[k + 1] = g->addr[k + 1] = emit_here(e);
                    add_piece(g, from, from, copy, i, PIECE_FUSED, NO_HANDLER);
                    add_piece(g, from, e->at, copy, i + 1, PIECE_FAST, (unsigned)OP_PROVEN + next);
                    i++;
                    continue;
                }
                e->at = at;
            }
            if ((op == OP_JMP || ((op == OP_JZ || op == OP_JNZ) && proven)) && fits && CONTEXT_STEP >= 1) {
                emit_branch(e, op, i, (int32_t)limit, (int32_t)delta, target);
                g->ret[k] = emit_here(e);
                kind = PIECE_BRANCH;
            } else if ((op == OP_LOAD || op == OP_STORE) && proven && CONTEXT_STEP >= 3) {
                emit_memory(e, op, own->slow[k]);
                wait_slow(g, (uint32_t)k, emit_here(e));
            } else if (op == OP_CALL && proven && fits && CONTEXT_STEP >= 3) {
                emit_call(e, i, p->frame[to], (int32_t)delta, own->slow[k]);
                uintptr_t callsite = emit_here(e);
                emit_flow(e, FLOW_CALL, target, 0);
                wait_slow(g, (uint32_t)k, callsite);
            } else if (op == OP_RET && proven && limit <= INT32_MAX && CONTEXT_STEP >= 3) {
                emit_ret(e, i, own->slow[k]);
                wait_slow(g, (uint32_t)k, 0);
            } else if (own->tiny[h] && CONTEXT_STEP >= 2) {
                /* the registers of a call, where the body reads them */
                if (own->uses[h] >> MACHINE_REG & 1)
                    emit_machine(e);
                if (takes_arg(op) && own->uses[h] >> ARG_REG & 1)
                    emit_arg(e, handler_arg(p, i));
                emit_put(e, (const void *)(uintptr_t)table[h], own->len[h]);
                g->ret[k] = emit_here(e);
                kind = PIECE_COPY;
            } else {
                emit_budget_store(e);
                emit_machine(e);
                if (takes_arg(op))
                    emit_arg(e, handler_arg(p, i));
                emit_call_handler(e, table[h]);
                g->ret[k] = emit_here(e);
                if (flow != FLOW_NEXT && flow != FLOW_STOP)
                    emit_budget_load(e);        /* the handler counted */
                uintptr_t retry = proven && flow == FLOW_CALL ? g->addr[p->count + i] : 0;
                emit_flow(e, flow, target, retry);
                kind = PIECE_CALL;
            }
            /* the slow paths go where nothing falls through, or after a
             * jump over them when they would be out of reach (the jump
             * is this instruction's code: it runs on the way to the next) */
            size_t end = e->at;
            if (flow == FLOW_JUMP || flow == FLOW_RET || flow == FLOW_STOP) {
                emit_slow_paths(g, p);
            } else if (own->npending && e->at - own->first_at > SLOW_WITHIN) {
                size_t jump = e->at;
                emit_jump(e, 0);
                end = e->at;
                emit_slow_paths(g, p);
                patch_jump(e, jump, emit_here(e));
            }
            add_piece(g, from, end, copy, i, kind,
                      kind == PIECE_BRANCH ? NO_HANDLER : kind == PIECE_FAST ? (unsigned)OP_PROVEN + op : h);
        }
        emit_slow_paths(g, p);
    }
}
#endif /* CODEGEN */

/* Compiled with -DCONTEXT_FAR_CALLS, every handler call goes through a
 * register (as -DSUBROUTINE_FAR_CALLS does for subroutine threading), so
 * that the tests can exercise that fallback here too. */
#ifdef CONTEXT_FAR_CALLS
#define FAR_CALLS true
#else
#define FAR_CALLS false
#endif

static void *prepare(const struct program *p)
{
    struct own own = { .npending = 0 };
    void *n = NULL;
#if CODEGEN
    for (unsigned h = 0; h < 2 * OP__COUNT; h++) {
        const char *why;
        size_t len = 0;
        if (opinfo[h % OP_PROVEN].flow == FLOW_NEXT)
            own.tiny[h] = codegen_leaf_body((const void *)(uintptr_t)table[h], TINY_MAX,
                                            &len, &own.uses[h], &why);
        own.len[h] = (uint8_t)len;
    }
    size_t both = 2 * (size_t)p->count;
    own.slow = calloc(both, sizeof *own.slow);
    own.pending = malloc(both * sizeof *own.pending);
    own.back = malloc(both * sizeof *own.back);
    own.joined = calloc(p->count + 1, 1);
    if (own.joined) {
        for (uint32_t i = 0; i < p->count; i++) {
            const uint8_t *ins = p->code + p->offset[i];
            if (label_operand[*ins])
                own.joined[p->ord[read_label(ins + 1)]] = 1;
            if (*ins == OP_CALL)
                own.joined[i + 1] = 1;
        }
    }
    if (own.slow && own.pending && own.back && own.joined)
        n = native_prepare(p, FAR_CALLS, &own);
    free(own.slow);
    free(own.pending);
    free(own.back);
    free(own.joined);
#else
    n = native_prepare(p, FAR_CALLS, &own);
#endif
    return n;
}

const struct dispatcher dispatcher_context = {
    .name        = "context",
    .summary     = "context threading: generated native code, VM branches as native compare-and-branch, calls to the other handlers",
    .unavailable = codegen_unavailable,
    .prepare     = prepare,
    .release     = release,
    .run         = run,
    .describe    = describe,
};

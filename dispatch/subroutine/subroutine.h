/*
 * dispatch/subroutine/subroutine.h — the handlers of subroutine threading
 * (every instruction a C function of one fixed signature) and the parts
 * of the native code that calls them: shared by subroutine threading
 * (dispatch/subroutine/subroutine.c) and context threading
 * (dispatch/context/context.c), which generates more of the code itself.
 * Included once, by the dispatcher's .c file, which then defines
 *
 *     static void emit_program(struct gen *g, const struct program *p);
 *
 * the code for the whole program (native_prepare() calls it), using
 * emit_entry, emit_machine, emit_arg, emit_call_handler and emit_flow
 * below.
 *
 * The VM registers travel in the handlers' fixed signature: a handler
 * receives the data stack pointer, the machine (the rest of the state, on
 * run()'s stack) and its argument, and returns the new stack pointer and a
 * flag.  The parameter order is chosen per architecture so that sp arrives
 * and leaves in the same register (x86-64 passes arguments in rdi, rsi,
 * rdx and returns in rax:rdx, so sp is the third parameter and the second
 * result; AArch64 passes in x0, x1, x2 and returns in x0:x1, so sp comes
 * first in both): the generated code never moves it.  The machine pointer
 * is not preserved by a call, so the generated code keeps it in a
 * callee-saved register (rbx, x19) and loads it into its argument
 * register before each call.
 *
 * The code comes in two copies, verified and checked (vm/thread.h): a
 * verified call whose callee's frame does not fit returns flag 1, and the
 * generated code goes on in the checked copy at the same instruction.
 * halt and traps leave through longjmp.
 *
 * While it emits the code, it records which piece of it belongs to which
 * VM instruction and what the piece is (add_piece), so that describe() can
 * state it for the machine-code tools (asm/gencode.c).
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "vm/codegen.h"
#include "vm/dispatch.h"
#include "vm/interp.h"

struct native {
    uint8_t   *code;        /* the generated code (read+execute) */
    size_t     mapped;      /* bytes mapped */
    uintptr_t *ret;         /* per instruction of both copies: the address
                               after its handler call */
    uint32_t   count;       /* instructions in one copy */
    size_t     size;        /* bytes of code */
    struct piece *piece;    /* what describe() says (vm/codegen.h) */
    uint32_t   npieces;
};

/* The registers that do not travel in the signature: one per run. */
struct machine {
    struct vm            *vm;
    uintptr_t            *rsp;
    int64_t               budget;
    const struct native  *native;
    const struct program *prog;
};

/* What a handler returns: the stack pointer, and a flag read after jz and
 * jnz (1 = the branch is taken) and after a verified call (1 = run it in
 * the checked copy).  The field order puts sp in the register it arrived
 * in (see the top of this file). */
#if defined(__aarch64__)
struct ret { cell *sp; long flag; };                       /* x0, x1 */
#define PARAMS           cell *sp, struct machine *m, uint64_t arg
#define ARGS(m, a, sp)   (sp), (m), (a)
#else
struct ret { long flag; cell *sp; };                       /* rax, rdx */
#define PARAMS           struct machine *m, uint64_t arg, cell *sp
#define ARGS(m, a, sp)   (m), (a), (sp)
#endif
typedef struct ret handler(PARAMS);

/* The instruction whose handler call returns to `ra`.  Used only when a
 * handler traps, which ends the run, so a search through the table is
 * fine; it does not assume that the calls are in program order (context
 * threading places some of them out of line). */
static uint32_t ord_from_return(const struct native *n, void *ra)
{
    uint32_t k = 0;
    while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
        k++;
    return k < n->count ? k : k - n->count;
}

/*
 * The handlers.  Their argument is what the generated code puts in the
 * argument register:
 *   push                    the constant;
 *   jmp jz jnz call         the branch's counting constants (vm/interp.h,
 *                           COUNTING): limit = own ordinal + 1 in the low
 *                           32 bits, delta in the high 32 bits;
 *   ret print               own ordinal;
 *   everything else         nothing (they find their ordinal, should they
 *                           trap, from their return address).
 * The VM's "code address" (VPC_T, what the return stack holds) is an
 * instruction ordinal.
 */
static const uint8_t label_operand[OP__COUNT] = {
#define OP(NAME, name, opnd, ...) [OP_##NAME] = OPND_##opnd == OPND_LABEL,
#include "isa/opcodes.def"
#undef OP
};
#define ORD_IN_ARG(op)   ((op) == OP_RET || (op) == OP_PRINT)

/* A handler that traps finds its instruction from its return address, so
 * it must stay one whole function.  gcc may otherwise move a handler's
 * cold trap path into a function of its own (partial inlining) and share
 * that between handlers (identical code folding); there,
 * __builtin_return_address(0) is an address in the handler, not in the
 * generated code.  It did so for 17 handlers under -fsanitize=address
 * (tests/programs/found/trap-ord-drop.vm).  noipa rules out both; clang
 * splits no functions by default and has no such attribute. */
#if defined(__GNUC__) && !defined(__clang__)
#define HANDLER(NAME)    __attribute__((noipa)) static struct ret NAME(PARAMS)
#else
#define HANDLER(NAME)    static struct ret NAME(PARAMS)
#endif

/* The bodies name the registers vm, rsp and budget (vm/interp.h). */
#define vm               (m->vm)
#define rsp              (m->rsp)
#define budget           (m->budget)

/* OP_BEGIN opens the body (inlined into both entries, where
 * __builtin_return_address(0) is the entry's); OP_END closes it and
 * defines the entries op_NAME (proven) and op_C_NAME (checked).  A
 * handler whose flag is not read returns UNREAD_FLAG(): whatever the flag's
 * register holds, through an empty asm that the compiler must assume wrote
 * it, so that no instruction is spent on a value nobody reads (any value
 * C could name, 0 or the machine pointer, costs a move or an xor in every
 * handler). */
#if defined(__x86_64__)
#define UNREAD_FLAG()    ({ long f_; __asm__("" : "=a"(f_)); f_; })
#elif defined(__aarch64__)
#define UNREAD_FLAG()    ({ register long f_ __asm__("x1"); __asm__("" : "=r"(f_)); f_; })
#else
#define UNREAD_FLAG()    0L
#endif
#define RETURN(f)        return (struct ret){ .sp = sp, .flag = (f) }
#define THIS(NAME)       const enum opcode THIS_OP = OP_##NAME; (void)THIS_OP; (void)arg; (void)m
#define OP_BEGIN(NAME)   static inline __attribute__((always_inline))          \
                         struct ret body_##NAME(PARAMS) {                      \
                             THIS(NAME);
#define OP_END(NAME)         MARK(dispatch);                                 \
                             RETURN((int)FLOW_OF_##NAME == FLOW_COND ? 0 : UNREAD_FLAG()); \
                         }                                                     \
                         HANDLER(op_##NAME) {                                  \
                             THIS(NAME); MARK_HANDLER(NAME); GUARD(NAME);      \
                             return body_##NAME(ARGS(m, arg, sp));             \
                         }                                                     \
                         HANDLER(op_C_##NAME) {                                \
                             THIS(NAME); MARK_CHECKED(NAME); CHECKS(NAME);     \
                             return body_##NAME(ARGS(m, arg, sp));             \
                         }
#define VPC_T            uint32_t
#define IMM()            ((cell)arg)
#define TARGET()         ((uint32_t)arg + (uint32_t)(arg >> 32))
#define NEXT_VPC(NAME)   ((uint32_t)arg)
#define JUMP(t)          do { (void)(t); RETURN(THIS_OP != OP_CALL); } while (0)
#define ORD_HERE()       (label_operand[THIS_OP] ? (uint32_t)arg - 1                   \
                          : ORD_IN_ARG(THIS_OP) ? (uint32_t)arg                       \
                          : ord_from_return(m->native, __builtin_return_address(0)))
#define ORD_OF(t)        (t)
#define BRANCH_LIMIT()   ((int64_t)(uint32_t)arg)
#define BRANCH_DELTA()   ((int64_t)(int32_t)(arg >> 32))
#define CALLEE()         m->prog->frame[TARGET()]
#define RETRY_CHECKED()  RETURN(1)
#define TRAP(s, a)       do { MARK(trap); vm_stop(vm, (s), (a), ORD_HERE(), budget); \
                              longjmp(vm->exit, 1); } while (0)

#include "isa/ops.inc"

#include "vm/dispatch-end.h"
#undef HANDLER
#undef THIS
#undef RETURN
#undef UNREAD_FLAG
#undef vm
#undef rsp
#undef budget

static handler *const table[2 * OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = op_C_##NAME, [OP_PROVEN + OP_##NAME] = op_##NAME,
#include "isa/opcodes.def"
#undef OP
};

#if CODEGEN     /* from here to the end: generating code */

/* What emit_program fills in besides the code. */
struct gen {
    struct emit e;
    uintptr_t  *addr;       /* per instruction of both copies: native address */
    uintptr_t  *ret;        /* per instruction of both copies: after its
                               handler call (struct native) */
    void       *own;        /* the dispatcher's own data, from prepare */
    struct piece *piece;    /* struct native's, filled by add_piece */
    uint32_t    npieces;
};

/* For describe(): the code from `from` to `to` (e.at) is instruction i's
 * piece of that kind, calling or copying handler h (table[], NO_HANDLER). */
static void add_piece(struct gen *g, size_t from, size_t to, uint32_t copy, uint32_t i,
                      enum piece_kind kind, unsigned h)
{
    g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
        .ord = i, .copy = (uint8_t)copy, .kind = (uint8_t)kind, .handler = (uint8_t)h };
}

static bool takes_arg(uint8_t op)
{
    return op == OP_PUSH || label_operand[op] || ORD_IN_ARG(op);
}

static uint64_t handler_arg(const struct program *p, uint32_t i)
{
    const uint8_t *ins = p->code + p->offset[i];
    if (*ins == OP_PUSH)
        return (uint64_t)read_int(ins + 1);
    if (label_operand[*ins]) {
        uint32_t to = p->ord[read_label(ins + 1)];
        return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
    }
    return i;
}

/* Per architecture: emit_entry (from run()'s call into the code),
 * emit_machine (the machine pointer into its argument register), emit_arg
 * (the handler's argument), emit_call_handler, and emit_flow: what
 * follows the handler call, the native branch, call or return (retry, for
 * a verified call, is where its checked copy is). */
#if defined(__x86_64__)
static void emit_entry(struct emit *e)
{
    static const uint8_t entry[] = {
        0x48, 0x83, 0xec, 0x08,     /* sub $8,%rsp: align the stack for the calls */
        0x48, 0x89, 0xfb,           /* mov %rdi,%rbx: the machine (sp is in %rdx) */
    };
    emit_put(e, entry, sizeof entry);
}

static void emit_machine(struct emit *e)
{
    static const uint8_t mov[] = { 0x48, 0x89, 0xdf };        /* mov %rbx,%rdi */
    emit_put(e, mov, sizeof mov);
}

static void emit_arg(struct emit *e, uint64_t a)
{
    if ((int64_t)a == (int32_t)a) {
        static const uint8_t mov[] = { 0x48, 0xc7, 0xc6 };    /* mov $simm32,%rsi */
        int32_t v = (int32_t)a;
        emit_put(e, mov, 3);
        emit_put(e, &v, 4);
    } else {
        static const uint8_t movabs[] = { 0x48, 0xbe };       /* movabs $imm64,%rsi */
        emit_put(e, movabs, 2);
        emit_put(e, &a, 8);
    }
}

static void emit_call_handler(struct emit *e, handler *h)
{
    x86_call(e, (uintptr_t)h);
}

static void emit_flow(struct emit *e, enum flow flow, uintptr_t target, uintptr_t retry)
{
    static const uint8_t jmp[] = { 0xe9 };                    /* jmp rel32 */
    static const uint8_t test_jnz[] = { 0x85, 0xc0, 0x0f, 0x85 };  /* test %eax,%eax; jnz */
    static const uint8_t lea_m8[] = { 0x48, 0x8d, 0x64, 0x24, 0xf8 };  /* lea -8(%rsp),%rsp */
    static const uint8_t lea_p8[] = { 0x48, 0x8d, 0x64, 0x24, 0x08 };  /* lea 8(%rsp),%rsp */
    static const uint8_t call[] = { 0xe8 };
    static const uint8_t ret[] = { 0xc3 };
    static const uint8_t ud2[] = { 0x0f, 0x0b };
    switch (flow) {
    case FLOW_JUMP:
        x86_rel32(e, jmp, 1, target);
        break;
    case FLOW_COND:
        x86_rel32(e, test_jnz, 4, target);
        break;
    case FLOW_CALL:
        if (retry)
            x86_rel32(e, test_jnz, 4, retry);
        emit_put(e, lea_m8, 5);
        x86_rel32(e, call, 1, target);
        emit_put(e, lea_p8, 5);
        break;
    case FLOW_RET:
        emit_put(e, ret, 1);
        break;
    case FLOW_STOP:
        emit_put(e, ud2, 2);          /* op_HALT never returns */
        break;
    case FLOW_NEXT:
        break;
    }
}
#define CODE_ALIGN 16
#define CODE_MAX   ((size_t)1 << 30)        /* VM branches: jmp/jcc rel32 */
#endif /* __x86_64__ */

#if defined(__aarch64__)
static void emit_entry(struct emit *e)
{
    a64(e, 0xa9bf7bfdu);      /* stp x29, x30, [sp, #-16]! */
    a64(e, 0x910003fdu);      /* mov x29, sp */
    a64(e, 0xaa0103f3u);      /* mov x19, x1: the machine (sp is in x0) */
}

static void emit_machine(struct emit *e)
{
    a64(e, 0xaa1303e1u);      /* mov x1, x19 */
}

static void emit_arg(struct emit *e, uint64_t a)
{
    a64_const(e, 2, a);
}

static void emit_call_handler(struct emit *e, handler *h)
{
    a64_call(e, (uintptr_t)h);
}

static void emit_flow(struct emit *e, enum flow flow, uintptr_t target, uintptr_t retry)
{
    switch (flow) {
    case FLOW_JUMP:
        a64(e, a64_b26(0x14000000u, emit_here(e), target));            /* b L */
        break;
    case FLOW_COND:
        a64(e, 0xb4000041u);                                            /* cbz x1, .+8 */
        a64(e, a64_b26(0x14000000u, emit_here(e), target));            /* b L */
        break;
    case FLOW_CALL:
        if (retry) {
            a64(e, 0xb4000041u);                                        /* cbz x1, .+8 */
            a64(e, a64_b26(0x14000000u, emit_here(e), retry));         /* b retry */
        }
        /* bl to a two-instruction trampoline that pushes the link
         * register and goes on to L; the VM's ret pops it and returns
         * to the `b` after the bl, which continues past the call. */
        a64(e, 0x94000002u);                                            /* bl .+8 */
        a64(e, 0x14000003u);                                            /* b .+12 */
        a64(e, 0xf81f0ffeu);                                            /* str x30, [sp, #-16]! */
        a64(e, a64_b26(0x14000000u, emit_here(e), target));            /* b L */
        break;
    case FLOW_RET:
        a64(e, 0xf84107feu);                                            /* ldr x30, [sp], #16 */
        a64(e, 0xd65f03c0u);                                            /* ret */
        break;
    case FLOW_STOP:
        a64(e, 0xd4200000u);                                            /* brk #0: never reached */
        break;
    case FLOW_NEXT:
        break;
    }
}
#define CODE_ALIGN 4
#define CODE_MAX   ((size_t)120 << 20)      /* VM branches: b, +-128 MiB */
#endif /* __aarch64__ */

static void emit_program(struct gen *g, const struct program *p);

#endif /* CODEGEN */

static void release(void *prepared)
{
    struct native *n = prepared;
    if (n) {
        codegen_unmap(n->code, n->mapped);
        free(n->ret);
        free(n->piece);
        free(n);
    }
}

static void describe(const void *prepared, FILE *f)
{
    const struct native *n = prepared;
    codegen_describe(f, n->code, n->size, n->piece, n->npieces);
}

/* Generate the code: measure, map near the handlers (so that direct calls
 * reach them), emit twice (the first pass settles the forward targets),
 * make it executable.  far: every handler call through a register, so
 * that the tests can exercise that fallback too; own: handed to
 * emit_program. */
static void *native_prepare(const struct program *p, bool far, void *own)
{
#if CODEGEN
    struct native *n = calloc(1, sizeof *n);
    uintptr_t *addr = calloc(2 * (size_t)p->count, sizeof *addr);
    if (n) {
        n->ret = malloc(2 * (size_t)p->count * sizeof *n->ret);
        n->piece = malloc((1 + 4 * (size_t)p->count) * sizeof *n->piece);   /* entry; two per instruction and copy */
    }
    if (!n || !addr || !n->ret || !n->piece) {
        free(addr);
        release(n);
        return NULL;
    }
    n->count = p->count;

    /* measure: every instruction as if its handler were out of reach, which
     * is the longest form, so the real code fits what we map */
    struct gen g = { .e = { .out = NULL, .origin = 0, .far = true }, .addr = addr, .ret = n->ret, .own = own,
                     .piece = n->piece };
    emit_program(&g, p);
    if (g.e.at > CODE_MAX) {        /* its branches would not reach */
        free(addr);
        release(n);
        return NULL;
    }
    uint8_t *m = codegen_map(g.e.at + CODE_ALIGN, (const void *)&op_NOP, &n->mapped);
    if (!m) {
        free(addr);
        release(n);
        return NULL;
    }
    n->code = m;
    for (int pass = 0; pass < 2; pass++) {
        g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
        g.npieces = 0;
        emit_program(&g, p);
    }
    free(addr);
    n->size = g.e.at;
    n->npieces = g.npieces;
    if (codegen_seal(m, n->mapped, g.e.at) != 0) {
        release(n);
        return NULL;
    }
    return n;
#else
    (void)p, (void)far, (void)own;
    (void)table;    /* the handlers are compiled (and listed) all the same */
    return NULL;
#endif
}

/* clang 17 and later check indirect calls in C under -fsanitize=undefined
 * (-fsanitize=function): they read a type signature the compiler puts just
 * before every C function.  The generated code is no C function and has
 * none: the check would read in front of its mapping (make test CC=clang-19
 * SAN=1 crashed there on every program).  So not for this call. */
#if defined(__clang__)
__attribute__((no_sanitize("function")))
#endif
static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    const struct native *n = prepared;
    struct machine m = { vm, vm->rstack, vm->limit, n, prog };
    if (setjmp(vm->exit) == 0) {
        handler *entry = (handler *)(uintptr_t)n->code;
        entry(ARGS(&m, 0, vm->stack));     /* returns only by longjmp */
    }
}

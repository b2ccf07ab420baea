/*
 * dispatch/subroutine/subroutine.c — subroutine-threaded code (PTC).
 *
 * Every instruction is a C function (the shared bodies, compiled as
 * functions), and prepare() generates native code that calls them one after
 * the other:
 *
 *     call op_PUSH        <- with the constant in the argument register
 *     call op_PUSH
 *     call op_ADD
 *     call op_PRINT
 *     call op_HALT
 *
 * so the dispatch from one instruction to the next is the slide's `ret` (at
 * the end of a handler) + `call` (to the next).  Both are predicted by the
 * processor: a direct call always goes to the same place, and a return goes
 * where the return-stack predictor says.
 *
 * Control flow: the handler does the VM's work (pop the flag, count, check
 * the step limit, push the return address on the VM's return stack) and
 * returns whether a conditional branch is taken; the generated code then
 * branches natively:
 *
 *     jmp L    call op_JMP;  jmp L'
 *     jz L     call op_JZ;   test %eax,%eax; jnz L'        (L' = native L)
 *     call L   call op_CALL; lea -8(%rsp),%rsp; call L'; lea 8(%rsp),%rsp
 *     ret      call op_RET;  ret
 *     halt     call op_HALT  (never returns)
 *
 * A VM call is a native call (the lea keeps the stack 16-byte aligned for
 * the handlers), so a VM ret is a native ret and the processor predicts
 * both.  halt and traps leave through longjmp.  AArch64 does the same with
 * bl/ret, saving the link register around VM calls (see emit_a64).
 *
 * The code is written into memory mapped read+write, then switched to
 * read+execute with mprotect: never writable and executable at once.
 * On any other architecture the dispatcher reports itself unavailable.
 */
#include <setjmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "vm/dispatch.h"
#include "vm/interp.h"

#if defined(__x86_64__) || defined(__aarch64__)
#define HAVE_CODEGEN 1
#else
#define HAVE_CODEGEN 0
#endif

struct native {
    uint8_t   *code;        /* the generated code (read+execute) */
    size_t     mapped;      /* bytes mapped */
    uintptr_t *ret;         /* per instruction: address after its handler call */
    uint32_t   count;
};

/* The VM registers: file-scope statics, as in the lecture's PTC. */
static struct vm *vm;
static cell *sp;
static uintptr_t *rsp;
static int64_t base;
static const struct native *native;

/* The instruction whose handler call returns to `ra`: used only when a
 * handler traps, so a binary search is fine. */
static uint32_t ord_from_return(void *ra)
{
    uint32_t lo = 0, hi = native->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (native->ret[mid] < (uintptr_t)ra)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/*
 * The handlers.  Their one argument is what the generated code puts in the
 * first argument register:
 *   push                    the constant;
 *   jmp jz jnz call         (own ordinal << 32) | ordinal of the target;
 *   ret print               own ordinal << 32;
 *   everything else         nothing (they find their ordinal, should they
 *                           trap, from their return address).
 * The VM's "code address" (VPC_T, what the return stack holds) is an
 * instruction ordinal.
 */
#define ORD_IN_ARG(op)   ((op) == OP_JMP || (op) == OP_JZ || (op) == OP_JNZ || \
                          (op) == OP_CALL || (op) == OP_RET || (op) == OP_PRINT)

/* Only jz and jnz return a value (1 = branch taken).  The other handlers
 * end without one: the generated code never reads it, which C allows
 * (C11 6.9.1p12), and it keeps their epilogue a bare `ret`. */
#pragma GCC diagnostic ignored "-Wreturn-type"

/* A handler that traps finds its instruction from its return address, so
 * it must stay one whole function.  gcc may otherwise move a handler's
 * cold trap path into a function of its own (partial inlining) and share
 * that between handlers (identical code folding); there,
 * __builtin_return_address(0) is an address in the handler, not in the
 * generated code.  It did so for 17 handlers under -fsanitize=address
 * (tests/programs/found/trap-ord-drop.vm).  noipa rules out both; clang
 * splits no functions by default and has no such attribute. */
#if defined(__GNUC__) && !defined(__clang__)
#define HANDLER          __attribute__((noipa)) static long
#else
#define HANDLER          static long
#endif

#define VPC_T            uint32_t
#define OP_BEGIN(NAME)   HANDLER op_##NAME(uint64_t arg) { \
                             const enum opcode THIS_OP = OP_##NAME; \
                             (void)THIS_OP; (void)arg;
#define OP_END(NAME)     if (THIS_OP == OP_JZ || THIS_OP == OP_JNZ) return 0; }
#define IMM()            ((cell)arg)
#define TARGET()         ((uint32_t)arg)
#define NEXT_VPC(NAME)   (ORD_HERE() + 1)
#define JUMP(t)          return 1
#define ORD_HERE()       (ORD_IN_ARG(THIS_OP) ? (uint32_t)(arg >> 32) \
                                              : ord_from_return(__builtin_return_address(0)))
#define ORD_OF(t)        (t)
#define TRAP(s, a)       do { vm_stop(vm, (s), (a), ORD_HERE(), base); longjmp(vm->exit, 1); } while (0)

#include "isa/ops.inc"

#include "vm/dispatch-end.h"
#undef HANDLER

typedef long handler(uint64_t);
static handler *const table[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = op_##NAME,
#include "isa/opcodes.def"
#undef OP
};

#if HAVE_CODEGEN    /* from here to release(): generating code */

/* ---- code generation -------------------------------------------------------
 * Two passes over the program with the same emitter: the first (out ==
 * NULL) only measures, giving every instruction its native address; the
 * second writes.  `far` is set when a handler is out of reach of a direct
 * call; the emitter then calls through a register (a documented fallback
 * that makes the dispatch an indirect call; see docs/dispatch.md). */

struct emit {
    uint8_t   *out;         /* NULL while measuring */
    uintptr_t  origin;      /* address the code will run at */
    size_t     at;          /* bytes emitted */
    uintptr_t *addr;        /* per instruction: native address */
    uintptr_t *ret;         /* per instruction: after its handler call */
    bool       far;
};

static void put(struct emit *e, const void *bytes, size_t n)
{
    if (e->out)
        memcpy(e->out + e->at, bytes, n);
    e->at += n;
}

static uintptr_t here(const struct emit *e)
{
    return e->origin + e->at;
}

static uint64_t handler_arg(const struct program *p, uint32_t i)
{
    const uint8_t *ins = p->code + p->offset[i];
    if (*ins == OP_PUSH)
        return (uint64_t)read_int(ins + 1);
    uint64_t a = ORD_IN_ARG(*ins) ? (uint64_t)i << 32 : 0;
    if (opinfo[*ins].operand == OPND_LABEL)
        a |= p->ord[read_label(ins + 1)];
    return a;
}

static bool takes_arg(uint8_t op)
{
    return op == OP_PUSH || ORD_IN_ARG(op);
}

#if defined(__x86_64__)
static void x86_rel32(struct emit *e, uint8_t opcode_len, const uint8_t *opcode, uintptr_t to)
{
    put(e, opcode, opcode_len);
    int64_t rel = (int64_t)(to - (here(e) + 4));
    int32_t r = (int32_t)rel;
    put(e, &r, 4);
}

static bool in_rel32(uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from);
    return d > INT32_MIN / 2 && d < INT32_MAX / 2;
}

static void emit_call_handler(struct emit *e, handler *h)
{
    uintptr_t to = (uintptr_t)h;
    if (!e->far && in_rel32(here(e), to)) {
        static const uint8_t call[] = { 0xe8 };               /* call rel32 */
        x86_rel32(e, 1, call, to);
    } else {
        e->far = true;
        static const uint8_t movabs_rax[] = { 0x48, 0xb8 };    /* movabs $h,%rax */
        static const uint8_t call_rax[] = { 0xff, 0xd0 };      /* call *%rax */
        put(e, movabs_rax, 2);
        put(e, &to, 8);
        put(e, call_rax, 2);
    }
}

static void emit_program(struct emit *e, const struct program *p)
{
    static const uint8_t sub8[] = { 0x48, 0x83, 0xec, 0x08 };  /* sub $8,%rsp */
    put(e, sub8, sizeof sub8);               /* align the stack for the calls */
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        uint8_t op = *ins;
        e->addr[i] = here(e);
        if (takes_arg(op)) {
            uint64_t a = handler_arg(p, i);
            if ((int64_t)a == (int32_t)a) {
                static const uint8_t mov[] = { 0x48, 0xc7, 0xc7 };   /* mov $simm32,%rdi */
                int32_t v = (int32_t)a;
                put(e, mov, 3);
                put(e, &v, 4);
            } else {
                static const uint8_t movabs[] = { 0x48, 0xbf };      /* movabs $imm64,%rdi */
                put(e, movabs, 2);
                put(e, &a, 8);
            }
        }
        emit_call_handler(e, table[op]);
        e->ret[i] = here(e);
        uintptr_t target = opinfo[op].operand == OPND_LABEL
                         ? e->addr[p->ord[read_label(ins + 1)]] : 0;
        static const uint8_t jmp[] = { 0xe9 };                /* jmp rel32 */
        static const uint8_t test_jnz[] = { 0x85, 0xc0, 0x0f, 0x85 };  /* test %eax,%eax; jnz */
        static const uint8_t lea_m8[] = { 0x48, 0x8d, 0x64, 0x24, 0xf8 };  /* lea -8(%rsp),%rsp */
        static const uint8_t lea_p8[] = { 0x48, 0x8d, 0x64, 0x24, 0x08 };  /* lea 8(%rsp),%rsp */
        static const uint8_t call[] = { 0xe8 };
        static const uint8_t ret[] = { 0xc3 };
        static const uint8_t ud2[] = { 0x0f, 0x0b };
        switch (opinfo[op].flow) {
        case FLOW_JUMP:
            x86_rel32(e, 1, jmp, target);
            break;
        case FLOW_COND:
            x86_rel32(e, 4, test_jnz, target);
            break;
        case FLOW_CALL:
            put(e, lea_m8, 5);
            x86_rel32(e, 1, call, target);
            put(e, lea_p8, 5);
            break;
        case FLOW_RET:
            put(e, ret, 1);
            break;
        case FLOW_STOP:
            put(e, ud2, 2);          /* op_HALT never returns */
            break;
        case FLOW_NEXT:
            break;
        }
    }
}
#define CODE_ALIGN 16
#endif /* __x86_64__ */

#if defined(__aarch64__)
static void a64(struct emit *e, uint32_t insn)
{
    put(e, &insn, 4);
}

static bool in_b26(uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from);
    return d >= -(1ll << 27) + 4096 && d < (1ll << 27) - 4096;
}

static uint32_t b26(uint32_t opcode, uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from) / 4;
    return opcode | ((uint32_t)d & 0x03ffffffu);
}

/* movz/movk: put a 64-bit constant into register rd */
static void a64_const(struct emit *e, unsigned rd, uint64_t v)
{
    a64(e, 0xd2800000u | (uint32_t)(v & 0xffff) << 5 | rd);              /* movz */
    for (unsigned hw = 1; hw < 4; hw++)
        if ((v >> (16 * hw)) & 0xffff)
            a64(e, 0xf2800000u | hw << 21 | (uint32_t)((v >> (16 * hw)) & 0xffff) << 5 | rd);
}

static void emit_call_handler(struct emit *e, handler *h)
{
    uintptr_t to = (uintptr_t)h;
    if (!e->far && in_b26(here(e), to)) {
        a64(e, b26(0x94000000u, here(e), to));                         /* bl h */
    } else {
        e->far = true;
        a64_const(e, 16, to);
        a64(e, 0xd63f0200u);                                            /* blr x16 */
    }
}

static void emit_program(struct emit *e, const struct program *p)
{
    a64(e, 0xa9bf7bfdu);      /* stp x29, x30, [sp, #-16]! */
    a64(e, 0x910003fdu);      /* mov x29, sp */
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        uint8_t op = *ins;
        e->addr[i] = here(e);
        if (takes_arg(op))
            a64_const(e, 0, handler_arg(p, i));
        emit_call_handler(e, table[op]);
        e->ret[i] = here(e);
        uintptr_t target = opinfo[op].operand == OPND_LABEL
                         ? e->addr[p->ord[read_label(ins + 1)]] : 0;
        switch (opinfo[op].flow) {
        case FLOW_JUMP:
            a64(e, b26(0x14000000u, here(e), target));                  /* b L */
            break;
        case FLOW_COND:
            a64(e, 0x34000040u);                                        /* cbz w0, .+8 */
            a64(e, b26(0x14000000u, here(e), target));                  /* b L */
            break;
        case FLOW_CALL:
            /* bl to a two-instruction trampoline that pushes the link
             * register and goes on to L; the VM's ret pops it and returns
             * to the `b` after the bl, which continues past the call. */
            a64(e, 0x94000002u);                                        /* bl .+8 */
            a64(e, 0x14000003u);                                        /* b .+12 */
            a64(e, 0xf81f0ffeu);                                        /* str x30, [sp, #-16]! */
            a64(e, b26(0x14000000u, here(e), target));                  /* b L */
            break;
        case FLOW_RET:
            a64(e, 0xf84107feu);                                        /* ldr x30, [sp], #16 */
            a64(e, 0xd65f03c0u);                                        /* ret */
            break;
        case FLOW_STOP:
            a64(e, 0xd4200000u);                                        /* brk #0: never reached */
            break;
        case FLOW_NEXT:
            break;
        }
    }
}
#define CODE_ALIGN 4
#endif /* __aarch64__ */

#endif /* HAVE_CODEGEN */

static void release(void *prepared)
{
    struct native *n = prepared;
    if (n) {
        if (n->code)
            munmap(n->code, n->mapped);
        free(n->ret);
        free(n);
    }
}

#if HAVE_CODEGEN
/* Map memory for the code near the handlers, so that direct calls reach
 * them (rel32 on x86-64, +-128 MiB on AArch64). mmap takes the address
 * only as a hint; emit falls back to register calls if it was ignored. */
static void *map_near_handlers(size_t size)
{
    uintptr_t h = (uintptr_t)&op_NOP;
    const uintptr_t step = (uintptr_t)32 << 20;
    for (int k = 1; k <= 3; k++) {
        uintptr_t want = ((h & ~(step - 1)) + (uintptr_t)k * step);
        void *m = mmap((void *)want, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            continue;
        intptr_t d = (intptr_t)((uintptr_t)m - h);
        if (d > -((intptr_t)100 << 20) && d < ((intptr_t)100 << 20))
            return m;
        munmap(m, size);
    }
    void *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return m == MAP_FAILED ? NULL : m;
}
#endif

static void *prepare(const struct program *p)
{
#if HAVE_CODEGEN
    struct native *n = calloc(1, sizeof *n);
    uintptr_t *addr = malloc((size_t)p->count * sizeof *addr);
    if (n)
        n->ret = malloc((size_t)p->count * sizeof *n->ret);
    if (!n || !addr || !n->ret) {
        free(addr);
        release(n);
        return NULL;
    }
    n->count = p->count;

    /* measure: every instruction as if its handler were out of reach, which
     * is the longest form, so the real code fits what we map */
    struct emit e = { .out = NULL, .origin = 0, .addr = addr, .ret = n->ret, .far = true };
    emit_program(&e, p);
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    n->mapped = (e.at + CODE_ALIGN + page - 1) / page * page;
    uint8_t *m = map_near_handlers(n->mapped);
    if (!m) {
        free(addr);
        release(n);
        return NULL;
    }
    n->code = m;

    /* emit for real, twice: the first pass settles the forward targets.
     * Compiled with -DSUBROUTINE_FAR_CALLS, every handler call goes through
     * a register, so that the tests can exercise that fallback too. */
#ifdef SUBROUTINE_FAR_CALLS
    const bool far = true;
#else
    const bool far = false;
#endif
    for (int pass = 0; pass < 2; pass++) {
        e = (struct emit){ .out = m, .origin = (uintptr_t)m, .addr = addr, .ret = n->ret, .far = far };
        emit_program(&e, p);
    }
    free(addr);
#if defined(__aarch64__)
    __builtin___clear_cache((char *)m, (char *)m + e.at);
#endif
    if (mprotect(m, n->mapped, PROT_READ | PROT_EXEC) != 0) {
        release(n);
        return NULL;
    }
    return n;
#else
    (void)p;
    (void)table;    /* the handlers are compiled (and listed) all the same */
    return NULL;
#endif
}

static void run(struct vm *vm_, const struct program *prog, void *prepared)
{
    (void)prog;
    vm = vm_;
    sp = vm->stack;
    rsp = vm->rstack;
    base = 0;
    native = prepared;
    if (setjmp(vm->exit) == 0)
        ((void (*)(void))(uintptr_t)native->code)();   /* returns only by longjmp */
}

/* Available where we can generate code and the system lets us execute it. */
static const char *unavailable(void)
{
#if HAVE_CODEGEN
    static int checked;
    static const char *why;
    if (!checked) {
        checked = 1;
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        void *m = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            why = "cannot map memory for generated code";
        else if (mprotect(m, page, PROT_READ | PROT_EXEC) != 0)
            why = "the system does not allow executing generated code";
        if (m != MAP_FAILED)
            munmap(m, page);
    }
    return why;
#else
    return "generates native code for x86-64 and AArch64 only";
#endif
}

const struct dispatcher dispatcher_subroutine = {
    .name        = "subroutine",
    .summary     = "subroutine-threaded code (PTC): generated native code, call op_X per instruction",
    .unavailable = unavailable,
    .prepare     = prepare,
    .release     = release,
    .run         = run,
};

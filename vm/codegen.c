/* vm/codegen.c — see vm/codegen.h. */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "isa/isa.h"
#include "vm/codegen.h"

/* ---- executable memory ------------------------------------------------- */

const char *codegen_unavailable(void)
{
#if CODEGEN
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    void *m = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED)
        return "cannot map memory for generated code";
    int refused = mprotect(m, page, PROT_READ | PROT_EXEC) != 0;
    munmap(m, page);
    return refused ? "the system does not allow executing generated code" : NULL;
#else
    return "generates native code for x86-64 and AArch64 only";
#endif
}

void *codegen_map(size_t size, const void *near, size_t *mapped)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size = (size + page - 1) / page * page;
    *mapped = size;
    /* a few addresses 32 MiB apart above `near`; the first one free wins */
    uintptr_t h = (uintptr_t)near;
    const uintptr_t step = (uintptr_t)32 << 20;
    for (int k = 1; near && k <= 3; k++) {
        uintptr_t want = (h & ~(step - 1)) + (uintptr_t)k * step;
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

int codegen_seal(void *code, size_t mapped, size_t used)
{
#if defined(__aarch64__)
    __builtin___clear_cache((char *)code, (char *)code + used);
#else
    (void)used;
#endif
    return mprotect(code, mapped, PROT_READ | PROT_EXEC) == 0 ? 0 : -1;
}

void codegen_unmap(void *code, size_t mapped)
{
    if (code)
        munmap(code, mapped);
}

/* ---- the emitter ----------------------------------------------------------- */

void emit_put(struct emit *e, const void *bytes, size_t n)
{
    if (e->out)
        memcpy(e->out + e->at, bytes, n);
    e->at += n;
}

uintptr_t emit_here(const struct emit *e)
{
    return e->origin + e->at;
}

#if defined(__x86_64__)
void x86_rel32(struct emit *e, const uint8_t *opcode, size_t len, uintptr_t to)
{
    emit_put(e, opcode, len);
    int32_t rel = (int32_t)(int64_t)(to - (emit_here(e) + 4));
    emit_put(e, &rel, 4);
}

bool x86_near(uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from);
    return d > INT32_MIN / 2 && d < INT32_MAX / 2;
}

void x86_call(struct emit *e, uintptr_t to)
{
    if (!e->far && x86_near(emit_here(e), to)) {
        static const uint8_t call[] = { 0xe8 };                /* call rel32 */
        x86_rel32(e, call, 1, to);
    } else {
        e->far = true;
        static const uint8_t movabs_rax[] = { 0x48, 0xb8 };    /* movabs $to,%rax */
        static const uint8_t call_rax[] = { 0xff, 0xd0 };      /* call *%rax */
        emit_put(e, movabs_rax, 2);
        emit_put(e, &to, 8);
        emit_put(e, call_rax, 2);
    }
}
#endif

#if defined(__aarch64__)
void a64(struct emit *e, uint32_t insn)
{
    emit_put(e, &insn, 4);
}

bool a64_near(uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from);
    return d >= -(1ll << 27) + 4096 && d < (1ll << 27) - 4096;
}

uint32_t a64_b26(uint32_t opcode, uintptr_t from, uintptr_t to)
{
    int64_t d = (int64_t)(to - from) / 4;
    return opcode | ((uint32_t)d & 0x03ffffffu);
}

void a64_const(struct emit *e, unsigned rd, uint64_t v)
{
    a64(e, 0xd2800000u | (uint32_t)(v & 0xffff) << 5 | rd);              /* movz */
    for (unsigned hw = 1; hw < 4; hw++)
        if ((v >> (16 * hw)) & 0xffff)
            a64(e, 0xf2800000u | hw << 21 | (uint32_t)((v >> (16 * hw)) & 0xffff) << 5 | rd);
}

void a64_call(struct emit *e, uintptr_t to)
{
    if (!e->far && a64_near(emit_here(e), to)) {
        a64(e, a64_b26(0x94000000u, emit_here(e), to));                 /* bl to */
    } else {
        e->far = true;
        a64_const(e, 16, to);
        a64(e, 0xd63f0200u);                                            /* blr x16 */
    }
}
#endif

/* ---- reading compiled code --------------------------------------------------
 * decode() reads one instruction: its length, what kind of control flow
 * it is, where a direct branch goes, and whether it touches the machine
 * stack (a push or pop, an operand based on the stack pointer, the stack
 * pointer as a register). */
enum kind {
    K_PLAIN,        /* no control flow, position-independent */
    K_JUMP,         /* direct unconditional jump to `target` */
    K_CJUMP,        /* direct conditional branch to `target` */
    K_CALL,         /* direct call: PC-relative */
    K_IJUMP,        /* indirect jump */
    K_ICALL,        /* indirect call */
    K_RET,
    K_PCREL,        /* a PC-relative data operand */
};
struct insn {
    size_t    len;
    enum kind kind;
    uintptr_t target;
    bool      stack;
    uint32_t  regs;         /* general registers its operand fields name
                               (bit n: register n); see codegen_leaf_body */
};

#if defined(__x86_64__)
/* The ModRM operand (and SIB, displacement) at p[0], of an instruction
 * with REX prefix rex; reg_is_gpr when the reg field names a general
 * register (not an opcode extension or a vector register).  Returns its
 * length, 0 if it does not fit in avail bytes. */
static size_t x86_modrm(const uint8_t *p, size_t avail, unsigned rex, bool reg_is_gpr, struct insn *in)
{
    if (avail < 1)
        return 0;
    unsigned mod = p[0] >> 6, reg = (p[0] >> 3) & 7, rm = p[0] & 7;
    unsigned r = (rex & 4) << 1, x = (rex & 2) << 2, b = (rex & 1) << 3;
    size_t n = 1;
    if (reg_is_gpr) {
        in->regs |= 1u << (reg | r);
        if (reg == 4 && !r)
            in->stack = true;                   /* %rsp (or %ah: either way, no) */
    }
    if (mod == 3) {
        in->regs |= 1u << (rm | b);
        if (rm == 4 && !b)
            in->stack = true;
        return n;
    }
    if (rm == 4) {                              /* SIB */
        if (avail < 2)
            return 0;
        unsigned index = (p[1] >> 3) & 7, base = p[1] & 7;
        n++;
        if (index != 4 || x)
            in->regs |= 1u << (index | x);
        if (base == 4 && !b)
            in->stack = true;                   /* based on %rsp */
        if (base == 5 && mod == 0)
            n += 4;                             /* no base, disp32 */
        else
            in->regs |= 1u << (base | b);
    } else if (rm == 5 && mod == 0) {
        in->kind = K_PCREL;                     /* RIP-relative */
        n += 4;
    } else {
        in->regs |= 1u << (rm | b);
    }
    n += mod == 1 ? 1 : mod == 2 ? 4 : 0;
    return n <= avail ? n : 0;
}

static bool x86_decode(const uint8_t *p, size_t avail, struct insn *in)
{
    memset(in, 0, sizeof *in);
    size_t i = 0;
    bool opsize = false;
    /* legacy prefixes: operand size, rep (also in `rep ret`, `pause`),
     * the cs/ds segment prefixes nop padding and branch hints use */
    while (i < avail && (p[i] == 0x66 || p[i] == 0xf2 || p[i] == 0xf3 || p[i] == 0x2e || p[i] == 0x3e))
        opsize |= p[i++] == 0x66;
    unsigned rex = 0;
    if (i < avail && (p[i] & 0xf0) == 0x40)
        rex = p[i++];
    if (i >= avail)
        return false;
    uint8_t op = p[i++];
    size_t imm = 0, m = 0;
    size_t immz = opsize ? 2 : 4;               /* an "Iz" immediate */
    bool modrm = false, gpr = true;
#define RM(isgpr) do { modrm = true; gpr = (isgpr); } while (0)
    if (op < 0x40 && (op & 7) < 6 && op != 0x0f) {
        /* add or adc and sbb sub xor cmp: r/m,r  r,r/m  al,imm8  eax,imm32 */
        switch (op & 7) {
        case 4: imm = 1; break;
        case 5: imm = immz; break;
        default: RM(true); break;
        }
    } else if (op >= 0x50 && op <= 0x5f) {
        in->stack = true;                       /* push, pop */
        in->regs |= 1u << ((op & 7) | (rex & 1) << 3);
    } else if (op == 0x63 || (op >= 0x84 && op <= 0x8b) || op == 0x8d) {
        RM(true);                               /* movsxd test xchg mov lea */
    } else if (op == 0x69 || op == 0x6b) {
        RM(true);                               /* imul r, r/m, imm */
        imm = op == 0x69 ? immz : 1;
    } else if (op >= 0x70 && op <= 0x7f) {
        if (i + 1 > avail)
            return false;
        in->kind = K_CJUMP;
        in->target = (uintptr_t)(p + i + 1) + (uintptr_t)(intptr_t)(int8_t)p[i];
        imm = 1;
    } else if (op == 0x80 || op == 0x81 || op == 0x83) {
        RM(false);                              /* group 1, r/m, imm */
        imm = op == 0x81 ? immz : 1;
    } else if (op == 0x90 || op == 0x98 || op == 0x99) {
        ;                                       /* nop, cltq/cwtl, cqto/cltd */
    } else if (op >= 0x91 && op <= 0x97) {
        in->stack = (op & 7) == 4 && !(rex & 1);   /* xchg %eax, r */
        in->regs |= 1u << ((op & 7) | (rex & 1) << 3);
    } else if (op == 0xa8 || op == 0xa9) {
        imm = op == 0xa8 ? 1 : immz;            /* test al/eax, imm */
    } else if (op >= 0xb0 && op <= 0xbf) {
        imm = op < 0xb8 ? 1 : (rex & 8) ? 8 : immz;   /* mov r, imm (movabs) */
        in->stack = (op & 7) == 4 && !(rex & 1) && op >= 0xb8;
        in->regs |= 1u << ((op & 7) | (rex & 1) << 3);
    } else if (op == 0xc0 || op == 0xc1 || (op >= 0xd0 && op <= 0xd3)) {
        RM(false);                              /* group 2: shifts */
        imm = op <= 0xc1;
    } else if (op == 0xc3) {
        in->kind = K_RET;
    } else if (op == 0xc6 || op == 0xc7) {
        RM(false);                              /* mov r/m, imm */
        imm = op == 0xc6 ? 1 : immz;
    } else if (op == 0xe8 || op == 0xe9 || op == 0xeb) {
        size_t n = op == 0xeb ? 1 : 4;
        if (i + n > avail)
            return false;
        int32_t rel;
        if (n == 1) {
            rel = (int8_t)p[i];
        } else {
            memcpy(&rel, p + i, 4);
        }
        in->kind = op == 0xe8 ? K_CALL : K_JUMP;
        in->target = (uintptr_t)(p + i + n) + (uintptr_t)(intptr_t)rel;
        imm = n;
    } else if (op == 0xf6 || op == 0xf7) {
        RM(false);                              /* group 3: test imm, not, neg, mul, div */
        if (i >= avail)
            return false;
        if (((p[i] >> 3) & 7) < 2)
            imm = op == 0xf6 ? 1 : immz;
    } else if (op == 0xfe || op == 0xff) {
        RM(false);                              /* group 4/5 */
        if (i >= avail)
            return false;
        unsigned ext = (p[i] >> 3) & 7;
        if (op == 0xff && ext == 2) {
            in->kind = K_ICALL;
            in->stack = true;
        } else if (op == 0xff && ext == 4) {
            in->kind = K_IJUMP;
        } else if (op == 0xff && ext == 6) {
            in->stack = true;                   /* push r/m */
        } else if (ext > 1) {
            return false;
        }
    } else if (op == 0x0f) {
        if (i >= avail)
            return false;
        uint8_t op2 = p[i++];
        if (op2 == 0x0b) {
            ;                                   /* ud2: never reached */
        } else if (op2 >= 0x80 && op2 <= 0x8f) {
            if (i + 4 > avail)
                return false;
            int32_t rel;
            memcpy(&rel, p + i, 4);
            in->kind = K_CJUMP;
            in->target = (uintptr_t)(p + i + 4) + (uintptr_t)(intptr_t)rel;
            imm = 4;
        } else if (op2 >= 0x18 && op2 <= 0x1f) {
            RM(false);                          /* hints and multi-byte nops (endbr64) */
        } else if ((op2 >= 0x40 && op2 <= 0x4f) || op2 == 0xa3 || op2 == 0xa5 || op2 == 0xab ||
                   op2 == 0xad || op2 == 0xaf || op2 == 0xb3 || (op2 >= 0xb6 && op2 <= 0xb8) ||
                   (op2 >= 0xbb && op2 <= 0xbf)) {
            RM(true);                           /* cmov bt shld shrd imul movzx movsx popcnt bsf bsr */
        } else if (op2 == 0xa4 || op2 == 0xac) {
            RM(true);                           /* shld/shrd r/m, r, imm8 */
            imm = 1;
        } else if (op2 >= 0x90 && op2 <= 0x9f) {
            RM(false);                          /* setcc */
        } else if (op2 == 0xba) {
            RM(false);                          /* bt group, imm8 */
            imm = 1;
        } else if (op2 >= 0xc8 && op2 <= 0xcf) {
            in->stack = (op2 & 7) == 4 && !(rex & 1);   /* bswap */
            in->regs |= 1u << ((op2 & 7) | (rex & 1) << 3);
        } else if ((op2 >= 0x10 && op2 <= 0x17) || (op2 >= 0x28 && op2 <= 0x2f) ||
                   (op2 >= 0x50 && op2 <= 0x6f) || (op2 >= 0x74 && op2 <= 0x76) ||
                   op2 == 0x7e || op2 == 0x7f || (op2 >= 0xd1 && op2 <= 0xfe)) {
            RM(true);                           /* SSE moves and arithmetic (the reg
                                                   field names a vector register, or
                                                   a general one: counted as general) */
        } else if ((op2 >= 0x70 && op2 <= 0x73) || op2 == 0xc2 || (op2 >= 0xc4 && op2 <= 0xc6)) {
            RM(true);                           /* SSE with an imm8 */
            imm = 1;
        } else {
            return false;
        }
    } else {
        return false;
    }
#undef RM
    if (modrm) {
        m = x86_modrm(p + i, avail - i, rex, gpr, in);
        if (m == 0)
            return false;
        /* an indirect branch through RIP-relative memory stays PC-relative */
    }
    in->len = i + m + imm;
    return in->len <= avail && in->len <= 15;
}
#define decode(p, avail, in) x86_decode((p), (avail), (in))
#endif /* __x86_64__ */

#if defined(__aarch64__)
static uintptr_t a64_target(uintptr_t pc, uint32_t imm, unsigned bits)
{
    int64_t d = (int64_t)((uint64_t)imm << (64 - bits)) >> (64 - bits);
    return pc + (uintptr_t)(d * 4);
}

static bool a64_decode(const uint8_t *p, size_t avail, struct insn *in)
{
    memset(in, 0, sizeof *in);
    if (avail < 4)
        return false;
    uint32_t w;
    memcpy(&w, p, 4);
    uintptr_t pc = (uintptr_t)p;
    unsigned rd = w & 31, rn = (w >> 5) & 31;
    in->len = 4;
    /* every 5-bit field where an encoding may name a register: more than
     * the registers it names (immediates too), never fewer */
    in->regs = 1u << rd | 1u << rn | 1u << ((w >> 10) & 31) | 1u << ((w >> 16) & 31);
    if ((w & 0x7c000000u) == 0x14000000u) {                     /* b, bl */
        in->kind = (w >> 31) ? K_CALL : K_JUMP;
        in->target = a64_target(pc, w & 0x03ffffffu, 26);
    } else if ((w & 0xff000010u) == 0x54000000u || (w & 0x7e000000u) == 0x34000000u) {
        in->kind = K_CJUMP;                                     /* b.cond, cbz, cbnz */
        in->target = a64_target(pc, (w >> 5) & 0x7ffff, 19);
    } else if ((w & 0x7e000000u) == 0x36000000u) {              /* tbz, tbnz */
        in->kind = K_CJUMP;
        in->target = a64_target(pc, (w >> 5) & 0x3fff, 14);
    } else if ((w & 0xfffffc1fu) == 0xd61f0000u) {
        in->kind = K_IJUMP;                                     /* br */
    } else if ((w & 0xfffffc1fu) == 0xd63f0000u) {
        in->kind = K_ICALL;                                     /* blr */
    } else if ((w & 0xfffffc1fu) == 0xd65f0000u) {
        in->kind = K_RET;                                       /* ret */
    } else if ((w & 0xfe000000u) == 0xd6000000u) {
        return false;                                           /* other branches by register */
    } else if ((w & 0x1f000000u) == 0x10000000u || (w & 0x3b000000u) == 0x18000000u) {
        in->kind = K_PCREL;                                     /* adr, adrp, ldr literal */
    } else if ((w & 0xffe0001fu) == 0xd4200000u || (w & 0xfffff01fu) == 0xd503201fu) {
        ;                                                       /* brk, hints (nop, bti) */
    } else if ((w & 0xff000000u) == 0xd4000000u || (w & 0xffc00000u) == 0xd5000000u) {
        return false;                                           /* svc..., system registers */
    } else if ((w & 0x0a000000u) == 0x08000000u) {
        in->stack = rn == 31;                                   /* loads and stores: [sp] */
    } else if ((w & 0x1f000000u) == 0x11000000u || (w & 0x1f200000u) == 0x0b200000u) {
        /* add/sub imm or extended: sp (as the destination of adds/subs,
         * register 31 is xzr: cmp) */
        in->stack = rn == 31 || (rd == 31 && !(w & 0x20000000u));
    } else if ((w & 0x1f800000u) == 0x12000000u) {
        in->stack = rd == 31 && (w & 0x60000000u) != 0x60000000u;   /* and/orr/eor imm into sp */
    }
    return true;
}
#define decode(p, avail, in) a64_decode((p), (avail), (in))
#endif /* __aarch64__ */

#if CODEGEN
const char *codegen_relocatable(const void *begin, const void *end)
{
    const uint8_t *b = begin, *e = end, *p = b;
    if (e < b)
        return "its end comes before its start";
    struct insn in;
    while (p < e) {
        if (!decode(p, (size_t)(e - p), &in))
            return "an instruction the reader does not know, or one that runs past the end";
        switch (in.kind) {
        case K_CALL:
            return "a direct call (PC-relative)";
        case K_PCREL:
            return "a PC-relative operand";
        case K_RET:
            return "a return";
        case K_JUMP:
        case K_CJUMP:
            if (in.target < (uintptr_t)b || in.target > (uintptr_t)e)
                return "a jump out of the handler";
            break;
        case K_PLAIN:
        case K_IJUMP:
        case K_ICALL:
            break;
        }
        p += in.len;
    }
    return NULL;
}

size_t codegen_dispatch(const void *at, size_t max, const char **why)
{
    const uint8_t *b = at, *p = b;
    struct insn in;
    while ((size_t)(p - b) < max) {
        if (!decode(p, max - (size_t)(p - b), &in)) {
            *why = "an instruction the reader does not know";
            return 0;
        }
        p += in.len;
        if (in.kind == K_IJUMP)
            return (size_t)(p - b);
        if (in.kind != K_PLAIN) {
            *why = in.kind == K_PCREL ? "a PC-relative operand" : "a branch before the indirect jump";
            return 0;
        }
    }
    *why = "no indirect jump";
    return 0;
}

bool codegen_leaf_body(const void *fn, size_t max, size_t *len, uint32_t *regs, const char **why)
{
    const uint8_t *b = fn, *p = b;
    struct insn in;
    *regs = 0;
    while ((size_t)(p - b) < max) {
        if (!decode(p, max - (size_t)(p - b), &in)) {
            *why = "an instruction the reader does not know";
            return false;
        }
        if (in.kind == K_RET) {
            *len = (size_t)(p - b);
            return true;
        }
        if (in.kind != K_PLAIN) {
            *why = in.kind == K_PCREL ? "a PC-relative operand"
                 : in.kind == K_CALL || in.kind == K_ICALL ? "a call" : "a branch";
            return false;
        }
        if (in.stack) {
            *why = "it uses the machine stack";
            return false;
        }
        *regs |= in.regs;
        p += in.len;
    }
    *why = "longer than the limit";
    return false;
}
#else
const char *codegen_relocatable(const void *begin, const void *end)
{
    (void)begin, (void)end;
    return "no machine-code reader for this architecture";
}

size_t codegen_dispatch(const void *at, size_t max, const char **why)
{
    (void)at, (void)max;
    *why = "no machine-code reader for this architecture";
    return 0;
}

bool codegen_leaf_body(const void *fn, size_t max, size_t *len, uint32_t *regs, const char **why)
{
    (void)fn, (void)max, (void)len, (void)regs;
    *why = "no machine-code reader for this architecture";
    return false;
}
#endif

/* ---- describing the code ----------------------------------------------------- */

void codegen_describe(FILE *f, const void *code, size_t size, const struct piece *p, size_t n)
{
    static const char *const kind[][2] = {
        [PIECE_ENTRY]    = { "other", NULL },
        [PIECE_CALL]     = { "call", "a call of its handler, then its control flow" },
        [PIECE_COPY]     = { "copy", "its handler's machine code, copied" },
        [PIECE_DISPATCH] = { "dispatch", "its handler's dispatch, copied: the next code is elsewhere" },
        [PIECE_BRANCH]   = { "branch", "generated: the VM branch as a native one, with its counting" },
        [PIECE_FAST]     = { "fast", "generated: the work, or a jump to its slow path" },
        [PIECE_SLOW]     = { "slow", "its slow path: a call of its handler, then back" },
        [PIECE_ENGINE]   = { "engine", "none generated: its handler runs in place, as in direct threading" },
        [PIECE_FUSED]    = { "fused", "none of its own: the next instruction's code does its work too" },
    };
    static const char *const name[OP__COUNT] = {
#define OP(NAME, ...) #NAME,
#include "isa/opcodes.def"
#undef OP
    };
    unsigned used = 0;
    for (size_t i = 0; i < n; i++)
        used |= 1u << p[i].kind;
    for (unsigned k = PIECE_CALL; k <= PIECE_FUSED; k++)
        if (used >> k & 1)
            fprintf(f, "kind %s %s\n", kind[k][0], kind[k][1]);
    if (code)
        fprintf(f, "code 0x%lx %zu\n", (unsigned long)(uintptr_t)code, size);
    for (size_t i = 0; i < n; i++) {
        if (p[i].kind == PIECE_ENTRY) {
            fprintf(f, "other %u %u the entry: sets up the registers the code keeps\n",
                    (unsigned)p[i].at, (unsigned)p[i].len);
            continue;
        }
        fprintf(f, "insn %u %u ", (unsigned)p[i].copy, (unsigned)p[i].ord);
        if (p[i].kind == PIECE_ENGINE)
            fprintf(f, "- - %s", kind[p[i].kind][0]);
        else
            fprintf(f, "%u %u %s", (unsigned)p[i].at, (unsigned)p[i].len, kind[p[i].kind][0]);
        unsigned h = p[i].handler;
        if (h != NO_HANDLER)
            fprintf(f, " %s%s", h < OP__COUNT ? "C_" : "", name[h % OP__COUNT]);
        fputc('\n', f);
    }
}

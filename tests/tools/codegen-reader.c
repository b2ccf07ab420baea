/*
 * tests/tools/codegen-reader.c — the machine-code reader of vm/codegen.c
 * on pieces of code whose answers are known, for the architecture it is
 * built for (x86-64 or AArch64; elsewhere it says so and checks nothing).
 * The reader decides which handlers inline threading copies and which
 * bodies context threading copies: a wrong "yes" would run code that
 * jumps into the void, so every way to say "no" is tried here.
 *
 * Then W^X: after every available dispatcher's prepare() of a program,
 * no mapping of this process may be writable and executable at once
 * (Linux: read from /proc/self/maps).
 *
 * Prints one line per check, as the test suites do ("ok reader: NAME",
 * "FAIL reader: NAME: why"); exit status 1 if any failed.
 * tests/suites/32-generated-code.sh runs it, and 80-aarch64.sh the
 * AArch64 build under qemu.
 */
#include <stdio.h>
#include <string.h>

#include "vm/codegen.h"
#include "vm/dispatch.h"

static int failures;

static void check(const char *name, bool ok, const char *detail)
{
    if (ok) {
        printf("ok reader: %s\n", name);
    } else {
        printf("FAIL reader: %s: %s\n", name, detail ? detail : "(no reason)");
        failures++;
    }
}

/* relocatable, or not for a reason that contains `because` */
static void relocatable(const char *name, const void *code, size_t len, const char *because)
{
    const char *why = codegen_relocatable(code, (const uint8_t *)code + len);
    if (!because)
        check(name, why == NULL, why);
    else
        check(name, why && strstr(why, because), why ? why : "called relocatable");
}

static void dispatch(const char *name, const void *code, size_t len, size_t want)
{
    const char *why = NULL;
    size_t got = codegen_dispatch(code, len, &why);
    char detail[96];
    snprintf(detail, sizeof detail, "length %zu, expected %zu (%s)", got, want, why ? why : "-");
    check(name, got == want, detail);
}

/* a leaf body of `want` bytes that names the registers in `named` and not
 * those in `unnamed`; or, with because, no leaf body for that reason */
static void leaf(const char *name, const void *code, size_t len, size_t want,
                 uint32_t named, uint32_t unnamed, const char *because)
{
    size_t got = 0;
    uint32_t regs = 0;
    const char *why = NULL;
    bool ok = codegen_leaf_body(code, len, &got, &regs, &why);
    char detail[128];
    if (because) {
        snprintf(detail, sizeof detail, "%s", ok ? "called a leaf body" : why);
        check(name, !ok && strstr(why, because), detail);
        return;
    }
    snprintf(detail, sizeof detail, "%s, length %zu (expected %zu), registers %#x",
             ok ? "a leaf body" : why, got, want, (unsigned)regs);
    check(name, ok && got == want && (regs & named) == named && !(regs & unnamed), detail);
}

#define R(...) (const uint8_t[]){ __VA_ARGS__ }, sizeof((const uint8_t[]){ __VA_ARGS__ })

/* A mapping of this process that is writable and executable, or NULL. */
static const char *writable_and_executable(char *line, size_t size)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f)
        return NULL;
    const char *found = NULL;
    while (!found && fgets(line, (int)size, f)) {
        char perms[8];
        if (sscanf(line, "%*s %7s", perms) == 1 && perms[1] == 'w' && perms[2] == 'x')
            found = line;
    }
    fclose(f);
    return found;
}

static void w_xor_x(void)
{
    static const char text[] =
        "        push 3\n"
        "loop:   call f\n"
        "        push 1\n"
        "        sub\n"
        "        dup\n"
        "        jnz loop\n"
        "        print\n"
        "        halt\n"
        "f:      push 0\n"
        "        load\n"
        "        drop\n"
        "        ret\n";
    struct program prog;
    struct load_error err;
    if (assemble("w^x.vm", text, sizeof text - 1, &prog, &err) != 0 || verify(&prog, &err) != 0) {
        check("W^X: the program", false, err.msg);
        return;
    }
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        if ((d->unavailable && d->unavailable()) || !d->prepare)
            continue;
        void *prepared = d->prepare(&prog);
        char line[512], name[64];
        const char *wx = writable_and_executable(line, sizeof line);
        snprintf(name, sizeof name, "W^X after %s's prepare()", d->name);
        check(name, prepared && !wx, prepared ? wx : "prepare() failed");
        if (prepared && d->release)
            d->release(prepared);
    }
    program_free(&prog);
}

int main(void)
{
#if defined(__x86_64__)
    enum { RAX = 1u << 0, RCX = 1u << 1, RDX = 1u << 2, RSI = 1u << 6, RDI = 1u << 7, R13 = 1u << 13 };
    /* mov -8(%rdx),%rax; add %rax,-16(%rdx); sub $8,%rdx */
    relocatable("straight line", R(0x48, 0x8b, 0x42, 0xf8, 0x48, 0x01, 0x42, 0xf0, 0x48, 0x83, 0xea, 0x08), NULL);
    /* mov (%r13,%rax,8),%rax; movabs $imm64,%rsi; cqto; imul %rcx */
    relocatable("SIB, movabs, implicit operands",
                R(0x49, 0x8b, 0x44, 0xc5, 0x00, 0x48, 0xbe, 1, 2, 3, 4, 5, 6, 7, 8, 0x48, 0x99,
                  0x48, 0xf7, 0xe9), NULL);
    relocatable("call rel32", R(0x48, 0x89, 0xdf, 0xe8, 0, 0, 0, 0), "direct call");
    relocatable("RIP-relative load", R(0x48, 0x8b, 0x05, 0x10, 0, 0, 0), "PC-relative");
    relocatable("jump through RIP-relative memory", R(0xff, 0x25, 0, 0, 0, 0), "PC-relative");
    /* jne to the end (where the copy goes on), jne one byte past it */
    relocatable("branch to the end", R(0x75, 0x04, 0x48, 0x83, 0xea, 0x08), NULL);
    relocatable("branch past the end", R(0x75, 0x05, 0x48, 0x83, 0xea, 0x08), "out of the handler");
    relocatable("branch before the start", R(0x48, 0x83, 0xea, 0x08, 0x0f, 0x85, 0xf0, 0xff, 0xff, 0xff),
                "out of the handler");
    relocatable("jmp rel32 back to the start", R(0x48, 0x83, 0xea, 0x08, 0xe9, 0xf7, 0xff, 0xff, 0xff), NULL);
    relocatable("indirect jump", R(0x48, 0x8b, 0x43, 0xf8, 0xff, 0xe0), NULL);
    relocatable("unknown instruction (syscall)", R(0x0f, 0x05), "does not know");
    relocatable("instruction cut by the end", R(0x48, 0x83, 0xea), "does not know");
    {
        static const uint8_t two[] = { 0x90, 0x90 };
        const char *why = codegen_relocatable(two + 1, two);
        check("end before start", why != NULL, "accepted");
    }
    dispatch("dispatch: load and jump", R(0x48, 0x8b, 0x43, 0xf8, 0xff, 0xe0, 0xcc), 6);
    dispatch("dispatch: jump through memory", R(0xff, 0x63, 0xf8, 0xcc), 3);
    dispatch("dispatch: a direct jump first", R(0xe9, 0, 0, 0, 0, 0xff, 0xe0), 0);
    dispatch("dispatch: none within reach", R(0x48, 0x83, 0xea, 0x08, 0x48, 0x83, 0xea, 0x08), 0);
    /* push's body: mov %rsi,(%rdx); add $8,%rdx; ret */
    leaf("leaf: push", R(0x48, 0x89, 0x32, 0x48, 0x83, 0xc2, 0x08, 0xc3), 7, RSI | RDX, RDI, NULL);
    leaf("leaf: empty", R(0xc3), 0, 0, RDI | RSI, NULL);
    leaf("leaf: endbr64, then the body", R(0xf3, 0x0f, 0x1e, 0xfa, 0x48, 0x89, 0xf8, 0xc3), 7, RDI | RAX, RSI, NULL);
    leaf("leaf: rep ret", R(0x48, 0x89, 0xf8, 0xf3, 0xc3), 3, RDI | RAX, 0, NULL);
    leaf("leaf: memory operand names its base and index", R(0x49, 0x8b, 0x44, 0xc5, 0x00, 0xc3), 5, RAX | R13, RDI, NULL);
    leaf("leaf: shift by %cl", R(0x48, 0xd3, 0x7a, 0xf0, 0xc3), 4, RDX, RDI | RSI, NULL);
    leaf("leaf: push %rbx", R(0x53, 0xc3), 0, 0, 0, "machine stack");
    leaf("leaf: %rsp-based operand", R(0x48, 0x8b, 0x44, 0x24, 0xf8, 0xc3), 0, 0, 0, "machine stack");
    leaf("leaf: %rsp as a register", R(0x48, 0x89, 0xe0, 0xc3), 0, 0, 0, "machine stack");
    leaf("leaf: a branch", R(0x75, 0x00, 0xc3), 0, 0, 0, "branch");
    leaf("leaf: a call", R(0xe8, 0, 0, 0, 0, 0xc3), 0, 0, 0, "call");
    leaf("leaf: RIP-relative", R(0x48, 0x8b, 0x05, 0, 0, 0, 0, 0xc3), 0, 0, 0, "PC-relative");
    leaf("leaf: no ret within reach", R(0x48, 0x89, 0xf8, 0x48, 0x89, 0xf8), 0, 0, 0, "limit");
    leaf("leaf: unknown instruction", R(0x0f, 0x05, 0xc3), 0, 0, 0, "does not know");
    (void)RCX;
#elif defined(__aarch64__)
#define W(w) (uint8_t)(w), (uint8_t)((w) >> 8), (uint8_t)((w) >> 16), (uint8_t)((w) >> 24)
    enum { X0 = 1u << 0, X1 = 1u << 1, X2 = 1u << 2, X19 = 1u << 19 };
    /* ldur x9, [x0, #-8]; stur x9, [x0, #-8]; sub x0, x0, #16 */
    relocatable("straight line", R(W(0xf85f8009), W(0xf81f8009), W(0xd1004000)), NULL);
    relocatable("bl", R(W(0x94000000)), "direct call");
    relocatable("adrp", R(W(0x90000000)), "PC-relative");
    relocatable("ldr literal", R(W(0x58000040)), "PC-relative");
    /* b.ne .+8 over one instruction: to the end; b.ne .+12: past it */
    relocatable("branch to the end", R(W(0x54000041), W(0xd1004000)), NULL);
    relocatable("branch past the end", R(W(0x54000061), W(0xd1004000)), "out of the handler");
    relocatable("cbz before the start", R(W(0xd1004000), W(0xb4ffffc9)), "out of the handler");
    relocatable("tbz to the start", R(W(0xd1004000), W(0x3607ffe9)), NULL);
    relocatable("br", R(W(0xf85f82a0), W(0xd61f0000)), NULL);
    relocatable("unknown instruction (svc)", R(W(0xd4000001)), "does not know");
    relocatable("instruction cut by the end", R(0x09, 0x80), "does not know");
    /* ldur x0, [x21, #-8]; br x0 */
    dispatch("dispatch: load and br", R(W(0xf85f82a0), W(0xd61f0000), W(0xd4200000)), 8);
    dispatch("dispatch: a b first", R(W(0x14000002), W(0xd61f0000)), 0);
    /* push's body: str x2, [x0], #8; ret */
    leaf("leaf: push", R(W(0xf8008402), W(0xd65f03c0)), 4, X2 | X0, X19, NULL);
    leaf("leaf: empty", R(W(0xd65f03c0)), 0, 0, X1 | X2, NULL);
    leaf("leaf: cmp with an immediate", R(W(0xf1000d3f), W(0xd65f03c0)), 4, 0, 0, NULL);
    leaf("leaf: store relative to sp", R(W(0xf81f0ffe), W(0xd65f03c0)), 0, 0, 0, "machine stack");
    leaf("leaf: add from sp", R(W(0x910043e0), W(0xd65f03c0)), 0, 0, 0, "machine stack");
    leaf("leaf: add into sp", R(W(0x9100001f), W(0xd65f03c0)), 0, 0, 0, "machine stack");
    leaf("leaf: a branch", R(W(0x54000041), W(0xd65f03c0)), 0, 0, 0, "branch");
    leaf("leaf: a call", R(W(0x94000000), W(0xd65f03c0)), 0, 0, 0, "call");
    leaf("leaf: adr", R(W(0x10000000), W(0xd65f03c0)), 0, 0, 0, "PC-relative");
    (void)X1;
#else
    printf("skip reader: no machine-code reader for this architecture\n");
#endif
    w_xor_x();
    return failures ? 1 : 0;
}

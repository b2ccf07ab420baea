/*
 * isa/asm.c — the assembler: .vm source text to bytecode.
 *
 * Two passes over one buffer.  The first reads each line (labels, a
 * mnemonic, its operand), emits bytecode and records where a label operand
 * must be patched; the second patches the labels.  The first error ends
 * assembly: it is reported as FILE:LINE: error: MESSAGE by the caller.
 *
 * The syntax (docs/isa.md): one instruction per line; ';' starts a comment;
 * "name:" defines a label (alone, before an instruction, several in a row);
 * mnemonics are case-insensitive, labels case-sensitive; words are
 * separated by spaces and tabs.  A line ends at '\n', and a '\r' just
 * before it is dropped; every other control character outside a comment
 * is an error.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isa/hashtab.h"
#include "isa/program.h"
#include "isa/quote.h"

/* ---- growable arrays ---------------------------------------------------- */

struct buf {
    void  *data;
    size_t len, cap;   /* in elements */
};

static bool grow(struct buf *b, size_t elem, size_t more)
{
    if (b->len + more <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + more)
        cap *= 2;
    void *p = realloc(b->data, cap * elem);
    if (!p)
        return false;
    b->data = p;
    b->cap = cap;
    return true;
}

/* ---- labels ----------------------------------------------------------------
 * Every label defined is one struct sym, in the order of definition; the
 * table (isa/hashtab.c, safe against names chosen to collide) maps a name
 * to its number.  Uses are resolved in the second pass. */

struct sym {
    const char *name;      /* points into the source text */
    size_t      len;
    uint32_t    offset;
    uint32_t    line;      /* where defined */
};

static const void *sym_key(const void *ctx, uint32_t e, size_t *len)
{
    const struct sym *s = (const struct sym *)((const struct buf *)ctx)->data + e;
    *len = s->len;
    return s->name;
}

/* ---- errors --------------------------------------------------------------- */

struct assembler {
    const char       *file;
    struct load_error *err;
    struct buf        code;     /* uint8_t */
    struct buf        line;     /* uint32_t, per instruction */
    struct buf        fixup;    /* struct fixup */
    struct buf        syms;     /* struct sym, in definition order */
    struct hashtab    labels;   /* name -> index in syms */
};

/* A label use, resolved in the second pass, when every label is defined. */
struct fixup {
    uint32_t    at;        /* code offset of the 4-byte operand */
    uint32_t    line;
    const char *name;      /* points into the source text */
    size_t      len;
};

/* A word of the program for a message (isa/quote.h); q holds 200 bytes. */
#define QUOTED(q, s, n) quote(q, sizeof q, s, n, QUOTE_WORD)

static int fail(struct assembler *as, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    as->err->line = line;
    vsnprintf(as->err->msg, sizeof as->err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

/* ---- lexical pieces ------------------------------------------------------- */

/* The separators docs/isa.md names: nothing else, not even \r, \v or \f. */
static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static bool is_label_start(char c)
{
    return isalpha((unsigned char)c) || c == '_' || c == '.';
}

static bool is_label_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '.';
}

static bool is_label_name(const char *s, size_t n)
{
    if (n == 0 || !is_label_start(s[0]))
        return false;
    for (size_t i = 1; i < n; i++)
        if (!is_label_char(s[i]))
            return false;
    return true;
}

/* Parse an integer operand: decimal or 0x hex, optionally negative, any
 * value that fits in 64 bits.  Decimal must lie in the signed range; hex may
 * also give any 64-bit pattern (0xffffffffffffffff is -1).
 * Returns 0 ok, -1 not a number, -2 out of range. */
static int parse_int(const char *s, size_t n, cell *out)
{
    bool neg = false;
    if (n && s[0] == '-') {
        neg = true;
        s++, n--;
    }
    unsigned base = 10;
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2, n -= 2;
    }
    if (n == 0)
        return -1;
    uint64_t v = 0;
    bool overflow = false;
    for (size_t i = 0; i < n; i++) {
        unsigned d;
        char c = s[i];
        if (c >= '0' && c <= '9')
            d = (unsigned)(c - '0');
        else if (base == 16 && c >= 'a' && c <= 'f')
            d = (unsigned)(c - 'a' + 10);
        else if (base == 16 && c >= 'A' && c <= 'F')
            d = (unsigned)(c - 'A' + 10);
        else
            return -1;
        if (v > (UINT64_MAX - d) / base)
            overflow = true;
        else
            v = v * base + d;
    }
    const uint64_t min_mag = (uint64_t)1 << 63;      /* |INT64_MIN| */
    if (overflow)
        return -2;
    if (neg) {
        if (v > min_mag)
            return -2;
        *out = (cell)(0 - v);                         /* wraps for 2^63 */
    } else {
        if (base == 10 && v > (uint64_t)INT64_MAX)
            return -2;
        *out = (cell)v;
    }
    return 0;
}

static int emit_bytes(struct assembler *as, uint32_t line, const void *p, size_t n)
{
    if (as->code.len + n > MAX_CODE_BYTES)
        return fail(as, line, "program too large (more than %u bytes of bytecode)",
                    MAX_CODE_BYTES);
    if (!grow(&as->code, 1, n))
        return fail(as, line, "out of memory");
    memcpy((uint8_t *)as->code.data + as->code.len, p, n);
    as->code.len += n;
    return 0;
}

static int emit_u32(struct assembler *as, uint32_t line, uint32_t v)
{
    uint8_t b[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };
    return emit_bytes(as, line, b, 4);
}

static int emit_u64(struct assembler *as, uint32_t line, uint64_t v)
{
    uint8_t b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (uint8_t)(v >> (8 * i));
    return emit_bytes(as, line, b, 8);
}

static int lookup_mnemonic(const char *s, size_t n)
{
    char low[16];
    if (n >= sizeof low)
        return -1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = 0;
    for (int op = 0; op < OP__COUNT; op++)
        if (strcmp(low, opinfo[op].name) == 0)
            return op;
    return -1;
}

static int define_label(struct assembler *as, uint32_t line, const char *s, size_t n)
{
    char q[200];
    if (!is_label_name(s, n))
        return fail(as, line, "bad label name '%s' (a label is [A-Za-z_.][A-Za-z0-9_.]*)",
                    QUOTED(q, s, n));
    if (!grow(&as->syms, sizeof(struct sym), 1))
        return fail(as, line, "out of memory");
    struct sym *syms = as->syms.data;
    uint32_t fresh = (uint32_t)as->syms.len;
    syms[fresh] = (struct sym){ s, n, (uint32_t)as->code.len, line };
    uint32_t e = hashtab_intern(&as->labels, s, n, fresh);
    if (e == HASHTAB_NONE)
        return fail(as, line, "out of memory");
    if (e != fresh)
        return fail(as, line, "label '%s' is already defined on line %u",
                    QUOTED(q, s, n), syms[e].line);
    as->syms.len++;
    return 0;
}

/* Assemble one line: n bytes at p, without its line end. */
static int assemble_line(struct assembler *as, uint32_t line, const char *p, size_t len)
{
    char q[200];
    const char *end = p + len;
    const char *semi = memchr(p, ';', len);
    if (semi)
        end = semi;

    /* words: maximal runs of non-space characters */
    const char *w[4];
    size_t wl[4];
    int nw = 0;
    int op = -1;
    while (p < end) {
        while (p < end && is_space(*p))
            p++;
        if (p == end)
            break;
        const char *s = p;
        while (p < end && !is_space(*p)) {
            unsigned char c = (unsigned char)*p;
            if (c < 0x20 || c == 0x7f)
                return fail(as, line, "invalid character '\\x%02x'", c);
            p++;
        }
        size_t n = (size_t)(p - s);
        if (op < 0) {
            /* Before the mnemonic: labels, possibly glued ("a:b:push"). */
            const char *colon;
            while ((colon = memchr(s, ':', n)) != NULL) {
                if (define_label(as, line, s, (size_t)(colon - s)) < 0)
                    return -1;
                n -= (size_t)(colon - s) + 1;
                s = colon + 1;
            }
            if (n == 0)
                continue;
            op = lookup_mnemonic(s, n);
            if (op < 0)
                return fail(as, line, "unknown instruction '%s'", QUOTED(q, s, n));
            continue;
        }
        if (nw == 4)
            break;                      /* enough to report "too many" */
        w[nw] = s;
        wl[nw] = n;
        nw++;
    }
    if (op < 0)
        return 0;                       /* blank, comment or labels only */

    const struct opinfo *oi = &opinfo[op];
    int want = oi->operand == OPND_NONE ? 0 : 1;
    if (nw < want)
        return fail(as, line, "'%s' needs %s operand", oi->name,
                    oi->operand == OPND_INT ? "an integer" : "a label");
    if (nw > want) {
        if (want == 0)
            return fail(as, line, "'%s' takes no operand, but has '%s'", oi->name,
                        QUOTED(q, w[0], wl[0]));
        return fail(as, line, "'%s' takes one operand, but has more: '%s'", oi->name,
                    QUOTED(q, w[1], wl[1]));
    }

    if (as->line.len >= UINT32_MAX - 1)
        return fail(as, line, "program too large (too many instructions)");
    if (!grow(&as->line, sizeof(uint32_t), 1))
        return fail(as, line, "out of memory");
    ((uint32_t *)as->line.data)[as->line.len++] = line;

    uint8_t opcode = (uint8_t)op;
    if (emit_bytes(as, line, &opcode, 1) < 0)
        return -1;
    switch (oi->operand) {
    case OPND_NONE:
        return 0;
    case OPND_INT: {
        cell v = 0;
        int r = parse_int(w[0], wl[0], &v);
        if (r == -1)
            return fail(as, line, "bad integer '%s' (decimal or 0x hex, optionally negative)",
                        QUOTED(q, w[0], wl[0]));
        if (r == -2)
            return fail(as, line, "integer '%s' does not fit in 64 bits",
                        QUOTED(q, w[0], wl[0]));
        return emit_u64(as, line, (uint64_t)v);
    }
    case OPND_LABEL: {
        if (!is_label_name(w[0], wl[0]))
            return fail(as, line, "'%s' needs a label operand, not '%s'", oi->name,
                        QUOTED(q, w[0], wl[0]));
        if (!grow(&as->fixup, sizeof(struct fixup), 1))
            return fail(as, line, "out of memory");
        ((struct fixup *)as->fixup.data)[as->fixup.len++] =
            (struct fixup){ (uint32_t)as->code.len, line, w[0], wl[0] };
        return emit_u32(as, line, 0);
    }
    }
    return 0;
}

int assemble(const char *file, const char *text, size_t len,
             struct program *prog, struct load_error *err)
{
    struct assembler as = { .file = file, .err = err };
    int rc = -1;
    uint32_t line = 1;
    const char *p = text, *end = text + len;

    memset(prog, 0, sizeof *prog);
    prog->file = file;
    if (hashtab_init(&as.labels, sym_key, &as.syms) < 0) {
        fail(&as, 1, "out of memory");
        goto out;
    }
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl : end) - p);
        if (nl && n > 0 && p[n - 1] == '\r')
            n--;                        /* CRLF: the \r belongs to the line end */
        if (assemble_line(&as, line, p, n) < 0)
            goto out;
        p = nl ? nl + 1 : end;
        if (line == UINT32_MAX) {
            fail(&as, line, "too many lines");
            goto out;
        }
        line++;
    }
    /* `line` is one past the last line read, with or without a final
     * newline; an empty text has the one (empty) line 1. */
    uint32_t last_line = line > 1 ? line - 1 : 1;
    if (as.line.len == 0) {
        fail(&as, last_line, "the program has no instructions");
        goto out;
    }

    /* Second pass: patch label operands, in source order. */
    for (size_t i = 0; i < as.fixup.len; i++) {
        struct fixup *f = &((struct fixup *)as.fixup.data)[i];
        char q[200];
        uint32_t e = hashtab_find(&as.labels, f->name, f->len);
        if (e == HASHTAB_NONE) {
            fail(&as, f->line, "undefined label '%s'", QUOTED(q, f->name, f->len));
            goto out;
        }
        const struct sym *sym = (const struct sym *)as.syms.data + e;
        if (sym->offset == as.code.len) {
            fail(&as, f->line, "label '%s' (line %u) marks the end of the program, not an instruction",
                 QUOTED(q, f->name, f->len), sym->line);
            goto out;
        }
        uint32_t v = sym->offset;
        uint8_t *c = (uint8_t *)as.code.data + f->at;
        c[0] = (uint8_t)v, c[1] = (uint8_t)(v >> 8), c[2] = (uint8_t)(v >> 16), c[3] = (uint8_t)(v >> 24);
    }

    prog->code = as.code.data;
    prog->size = (uint32_t)as.code.len;
    prog->line = as.line.data;
    as.code.data = as.line.data = NULL;

    /* The ordinal maps, as the verifier builds them for bytecode from
     * elsewhere (isa/program.c). */
    prog->labels = calloc(as.syms.len ? as.syms.len : 1, sizeof(struct label));
    if (program_index(prog) < 0 || !prog->labels) {
        fail(&as, 1, "out of memory");
        goto out;
    }
    for (size_t i = 0; i < as.syms.len; i++) {
        const struct sym *s = (const struct sym *)as.syms.data + i;
        prog->labels[i].offset = s->offset;
        prog->labels[i].name = malloc(s->len + 1);
        if (!prog->labels[i].name) {
            fail(&as, 1, "out of memory");
            goto out;
        }
        memcpy(prog->labels[i].name, s->name, s->len);
        prog->labels[i].name[s->len] = 0;
        prog->nlabels++;
    }
    /* prog->labels is sorted by offset already: labels are defined in
     * source order and the code only grows. */
    rc = 0;
out:
    free(as.code.data);
    free(as.line.data);
    free(as.fixup.data);
    free(as.syms.data);
    hashtab_free(&as.labels);
    if (rc < 0)
        program_free(prog);
    return rc;
}
#undef QUOTED

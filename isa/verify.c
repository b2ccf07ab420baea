/*
 * isa/verify.c — the verifier: the trust boundary between a program and
 * the dispatchers.
 *
 * As in the JVM and WebAssembly, a program is checked once, before it runs,
 * for everything that can be known without running it; the dispatch loops
 * then execute it without those checks.  docs/verifier.md lists which check
 * lives here and which at run time, and why.
 *
 * Here:
 *   1. every opcode is defined and no instruction is cut off by the end;
 *   2. every jump and call target is the start of an instruction;
 *   3. no reachable instruction lets execution run past the last one;
 *   4. stack heights where they can be known: a data-flow analysis gives
 *      each reachable instruction the height of the data stack and the depth
 *      of the return stack when every path to it agrees, and rejects an
 *      underflow or overflow that would happen on entering it that way.
 *      The checks run on the final heights, once the analysis is complete.
 *      After a call the data height is unknown (the callee may leave any
 *      number of values); the return depth is the caller's again.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <stdio.h>
#include <stdarg.h>

#include "isa/program.h"

#define UNSEEN  (-1)   /* instruction not reached (yet) */
#define UNKNOWN (-2)   /* reached with different heights */

static int fail(struct load_error *err, uint32_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    err->line = line;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return -1;
}

/* Pass 1: decode the instruction boundaries; build the ordinal maps when the
 * bytecode did not come with them, or check them when it did. */
static int decode(struct program *p, struct load_error *err)
{
    uint32_t n = 0;
    for (uint32_t at = 0; at < p->size; n++) {
        uint8_t op = p->code[at];
        uint32_t line = p->line && p->offset ? p->line[n < p->count ? n : p->count - 1] : n + 1;
        if (op >= OP__COUNT)
            return fail(err, line, "invalid opcode 0x%02x at byte offset %u", op, at);
        uint32_t len = opinfo[op].size;
        if (len > p->size - at)
            return fail(err, line, "'%s' at byte offset %u is cut off by the end of the bytecode",
                        opinfo[op].name, at);
        at += len;
    }
    if (n == 0)
        return fail(err, 1, "the program has no instructions");
    if (p->offset && p->count != n)
        return fail(err, 1, "the instruction map does not match the bytecode");
    if (!p->offset) {
        if (program_index(p) < 0)
            return fail(err, 1, "out of memory");
        if (!p->line) {
            p->line = malloc((size_t)n * sizeof(uint32_t));
            if (!p->line)
                return fail(err, 1, "out of memory");
            for (uint32_t i = 0; i < n; i++)
                p->line[i] = i + 1;   /* no source: "line" is the instruction number */
        }
    } else {
        for (uint32_t i = 0; i < n; i++)
            if (p->offset[i] >= p->size || p->ord[p->offset[i]] != i)
                return fail(err, 1, "the instruction map does not match the bytecode");
    }
    return 0;
}

/* Is byte offset t the start of an instruction? */
static bool is_start(const struct program *p, uint32_t t)
{
    return t < p->size && p->offset[p->ord[t]] == t;
}

struct state {
    int32_t d;    /* data stack height, or UNSEEN / UNKNOWN */
    int32_t r;    /* return stack depth, or UNSEEN / UNKNOWN */
};

struct walk {
    struct state *st;
    uint32_t     *work;
    uint32_t      nwork;
};

static int32_t join(int32_t old, int32_t new)
{
    return old == UNSEEN ? new : old == new ? old : UNKNOWN;
}

static void reach(struct walk *w, uint32_t to, int32_t d, int32_t r)
{
    struct state s = w->st[to];
    struct state n = { join(s.d, d), join(s.r, r) };
    if (n.d != s.d || n.r != s.r) {
        w->st[to] = n;
        w->work[w->nwork++] = to;       /* bounded: see verify() */
    }
}

int verify(struct program *p, struct load_error *err)
{
    if (decode(p, err) < 0)
        return -1;

    /* Pass 2: every label operand is an instruction start. */
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        if (opinfo[*ins].operand != OPND_LABEL)
            continue;
        uint32_t t = read_label(ins + 1);
        if (t >= p->size)
            return fail(err, p->line[i], "'%s' target %u is outside the program (%u bytes)",
                        opinfo[*ins].name, t, p->size);
        if (!is_start(p, t))
            return fail(err, p->line[i], "'%s' target %u is not the start of an instruction",
                        opinfo[*ins].name, t);
    }

    /* Pass 3: data flow over the reachable instructions. */
    struct walk w;
    w.st = malloc((size_t)p->count * sizeof *w.st);
    /* Each instruction's state can change at most four times (UNSEEN ->
     * known -> UNKNOWN, for d and r), so that bounds the work list. */
    w.work = malloc((size_t)p->count * 4 * sizeof *w.work + sizeof *w.work);
    w.nwork = 0;
    if (!w.st || !w.work) {
        free(w.st), free(w.work);
        return fail(err, 1, "out of memory");
    }
    for (uint32_t i = 0; i < p->count; i++)
        w.st[i] = (struct state){ UNSEEN, UNSEEN };
    reach(&w, 0, 0, 0);

    /* Propagate to the fixpoint first and check afterwards: a height known
     * on the first path the work list takes may still become UNKNOWN when
     * another path joins (tests/programs/found/verifier-fixpoint-*.vm).
     * An instruction that would underflow or overflow with the state it has
     * traps there, so execution goes on nowhere from it: its error is
     * reported there and not again after it.  (Passing UNKNOWN on instead
     * could make its own state unknown through a loop back to it and hide
     * the error: "top: jz top" as the first instruction.) */
    while (w.nwork) {
        uint32_t i = w.work[--w.nwork];
        const uint8_t *ins = p->code + p->offset[i];
        const struct opinfo *oi = &opinfo[*ins];
        struct state s = w.st[i];

        int32_t d = s.d;
        if (d != UNKNOWN) {
            d = d - oi->pops + oi->pushes;
            if (s.d < oi->pops || d > STACK_CELLS)
                continue;                   /* traps: reported below */
        }
        uint32_t target = oi->operand == OPND_LABEL ? p->ord[read_label(ins + 1)] : 0;
        bool last = i + 1 == p->count;      /* running past it: checked below */
        switch (oi->flow) {
        case FLOW_NEXT:
            if (!last)
                reach(&w, i + 1, d, s.r);
            break;
        case FLOW_JUMP:
            reach(&w, target, d, s.r);
            break;
        case FLOW_COND:
            reach(&w, target, d, s.r);
            if (!last)
                reach(&w, i + 1, d, s.r);
            break;
        case FLOW_CALL: {
            if (s.r != UNKNOWN && s.r >= RSTACK_CELLS)
                break;                      /* traps: reported below */
            int32_t r = s.r == UNKNOWN ? UNKNOWN : s.r + 1;
            reach(&w, target, d, r);
            if (!last)
                reach(&w, i + 1, UNKNOWN, s.r);   /* where the callee returns to */
            break;
        }
        case FLOW_RET:
        case FLOW_STOP:
            break;
        }
    }

    /* Pass 4: check the final states, in program order, so that the error
     * reported does not depend on the order of the work list. */
    int rc = 0;
    for (uint32_t i = 0; i < p->count && rc == 0; i++) {
        struct state s = w.st[i];
        if (s.d == UNSEEN)
            continue;                       /* not reachable */
        const struct opinfo *oi = &opinfo[p->code[p->offset[i]]];
        uint32_t line = p->line[i];
        bool falls = oi->flow == FLOW_NEXT || oi->flow == FLOW_COND || oi->flow == FLOW_CALL;
        if (s.d != UNKNOWN && s.d < oi->pops)
            rc = fail(err, line, "stack underflow: '%s' needs %u value%s, the stack holds %d here",
                      oi->name, oi->pops, oi->pops == 1 ? "" : "s", s.d);
        else if (s.d != UNKNOWN && s.d - oi->pops + oi->pushes > STACK_CELLS)
            rc = fail(err, line, "stack overflow: '%s' would leave %d values on the stack (the limit is %d)",
                      oi->name, s.d - oi->pops + oi->pushes, STACK_CELLS);
        else if (falls && i + 1 == p->count)
            rc = fail(err, line, "execution can run past the end of the program after '%s'",
                      oi->name);
        else if (oi->flow == FLOW_CALL && s.r != UNKNOWN && s.r + 1 > RSTACK_CELLS)
            rc = fail(err, line, "return stack overflow: more than %d nested calls here",
                      RSTACK_CELLS);
        else if (oi->flow == FLOW_RET && s.r == 0)
            rc = fail(err, line, "'ret' with an empty return stack (no call leads here)");
    }
    free(w.st);
    free(w.work);
    if (rc == 0 && prove(p) < 0)
        rc = fail(err, 1, "out of memory");
    return rc;
}

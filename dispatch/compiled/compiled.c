/*
 * dispatch/compiled/compiled.c — dispatch compiled away: the verified
 * program translated to C, compiled by the system's C compiler during
 * prepare(), and loaded.
 *
 * Every other dispatcher decides at run time, per instruction, which
 * handler comes next: that decision is the dispatch (an indirect jump, a
 * call, a return).  Here prepare() knows the whole program, so it writes C
 * in which each VM instruction is a call of its inline handler with its
 * operand as a constant (dispatch/compiled/rt.h), and each transfer of
 * control a goto to a label:
 *
 *     V7:  r = P(JNZ, 7, 17, 0);             jnz fib_done (ordinal 17)
 *          if (r == DL_TRAP) goto out;
 *          if (r >= 0) goto V17;
 *
 * The C compiler inlines the bodies of isa/ops.inc and compiles the result
 * as it would any C program: the next instruction is simply the next
 * machine instruction, a VM branch a machine branch.  What is left of
 * dispatch is `ret`: its target comes from the return stack.  It becomes a
 * switch over the return points it can reach (the instructions after the
 * calls of the functions it belongs to, found by following the code from
 * each call target as isa/prove.c does), so the compiler sees every
 * target, and a function called from one place returns with a direct
 * jump.  That is devirtualization (docs/devirt.md): the virtual call on
 * the opcode replaced by direct code because the set of possible targets
 * is known.
 *
 * Exactly the semantics of the other dispatchers, because it is their
 * code: the bodies, CHECKS, GUARD and counting (vm/interp.h) are used as
 * they are, with the two copies of the program (docs/verifier.md): the
 * verified copy (labels V<n>) runs proven instructions without checks and
 * the others with them; a proven call whose callee's frame does not fit
 * continues in the checked copy (labels C<n>), where every instruction
 * checks.  One difference in where, not in what: a ret of the checked copy
 * that pops a verified return address goes on at the checked copy of that
 * instruction, so the checked copy, once entered, is never left.  Its
 * checks then pass where the verified copy's were proven, so output,
 * traps and counts are the same; the checked copy is not where programs
 * spend their time (it is entered when a frame does not fit, which the
 * verifier could not rule out), and no verified instruction needs to be
 * entered from it, which keeps the generated functions simpler.  The
 * return stack holds code ids, 2 * ordinal + copy.  Counting needs no code
 * of its own: a branch's limit and delta are constants of the inlined
 * body, so a taken branch costs a compare and an add and straight-line
 * code nothing.
 *
 * The stack in registers.  In the entry context (the code reached from the
 * program's first instruction without entering a call) every instruction
 * has a stack height known when the code is generated (where the paths to
 * it agree).  Where that height is at most REGS, the instruction is
 * proven, and no function runs it, the generated code points the bodies'
 * stack pointer at a local array instead of the machine's stack:
 *
 *     { cell *sp = R + 2; r = P(ADD, 9, 0, 0); }
 *
 * so every stack access is R[constant], and the compiler keeps those cells
 * in machine registers (scalar replacement) across the loops of the entry
 * context.  Where control passes between such code and code that uses the
 * machine's stack, the generated code copies the cells over (spill and
 * reload, at most REGS each).  Nothing observable depends on where the
 * cells are: traps report heights, not contents.
 *
 * Limits.  A program of more than COMPILE_MAX_INSNS instructions is not
 * compiled: prepare() fails with "program too large for compilation" (the
 * driver reports it; -d all skips this dispatcher with a note).  The
 * compiler's time grows about linearly with the program, since each copy
 * is cut into functions of CHUNK_INSNS instructions (see chunks), but a
 * program of calls and returns costs it about 2 ms per instruction and
 * copy (gcc 12 -O2 on the project's machine; three times that with the
 * sanitizers), so that a program at the limit takes it tens of seconds.
 * The compiler itself runs with time and memory limits (toolchain.c).
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "vm/dispatch.h"
#include "dispatch/compiled/host.h"
#include "dispatch/compiled/toolchain.h"

#define COMPILE_MAX_INSNS 8192
#define CHUNK_INSNS       256        /* instructions per function (see chunks) */
#define REGS              32         /* stack cells in registers, at most */
#define RET_CASES         16         /* calls a ret's own switch covers, at most; else the shared one */

#define UNSEEN  INT32_MIN
#define UNKNOWN (INT32_MIN + 1)

/* per instruction */
enum {
    REACH_V    = 1 << 0,     /* reachable in the verified copy */
    REACH_C    = 1 << 1,     /* ... in the checked copy */
    LABEL_V    = 1 << 2,     /* something jumps to it in the verified copy */
    LABEL_C    = 1 << 3,
    IN_ENTRY   = 1 << 4,     /* in the entry context */
    IN_CALLEE  = 1 << 5,     /* in the context of a call target */
    IN_REGS    = 1 << 6,     /* its stack cells are R[] (verified copy) */
    ENTRY_V    = 1 << 7,     /* another chunk enters it (verified copy) */
    ENTRY_C    = 1 << 8,
    ANY_V      = 1 << 9,     /* a ret that uses the shared switch */
    ANY_C      = 1 << 10,
};
#define REACH(c)  ((c) ? REACH_C : REACH_V)
#define LABEL(c)  ((c) ? LABEL_C : LABEL_V)
#define ENTRY(c)  ((c) ? ENTRY_C : ENTRY_V)
#define ANY(c)    ((c) ? ANY_C : ANY_V)
#define DL_ID(ord, copy)  (2 * (long)(ord) + (copy))    /* as in rt.h */

struct plan {
    const struct program *p;
    uint32_t  n;
    uint8_t  *op;
    uint16_t *flag;
    uint32_t *target;        /* a label operand's ordinal */
    int32_t  *h;             /* height before it, in the entry context */
    /* the call sites of each call target: site[first[t] .. first[t + 1]) */
    uint32_t *first, *site;
    /* per ret: the call targets whose contexts reach it (RET_CASES + 1 at
     * most: more means "many"), at ctxs[k * (RET_CASES + 1)], k = retno[i] */
    uint32_t *retno, *ctxs, *nctx;
    bool      contexts;      /* the contexts were found within the budget */
    /* per ret and copy: the ids it may return to, cases[cases_at[c * n + i] ..
     * cases_at[c * n + i + 1]) */
    long     *cases;
    size_t   *cases_at;
    bool      ret_any;       /* some ret uses the shared switch */
};

static uint32_t *work_alloc(uint32_t n)
{
    return malloc(((size_t)n + 1) * 2 * sizeof(uint32_t));
}

/* The successors of instruction i within one context (a call's is the
 * instruction after it: the callee returns there), and with `calls` also
 * the call's target.  Returns their number (0..2). */
static int successors(const struct plan *pl, uint32_t i, bool calls, uint32_t s[2])
{
    int n = 0;
    bool more = i + 1 < pl->n;
    switch (opinfo[pl->op[i]].flow) {
    case FLOW_NEXT:
        if (more)
            s[n++] = i + 1;
        break;
    case FLOW_JUMP:
        s[n++] = pl->target[i];
        break;
    case FLOW_COND:
        s[n++] = pl->target[i];
        if (more)
            s[n++] = i + 1;
        break;
    case FLOW_CALL:
        if (calls)
            s[n++] = pl->target[i];
        if (more)
            s[n++] = i + 1;
        break;
    case FLOW_RET:
    case FLOW_STOP:
        break;
    }
    return n;
}

/* A ret returns to the instruction after a call of a context it is in.
 * Returns the number of those contexts, or -1 when they are not known or
 * their calls are more than RET_CASES (FOR_RET_SITES walks the calls). */
static int ret_contexts(const struct plan *pl, uint32_t i)
{
    if (!pl->contexts)
        return -1;
    uint32_t k = pl->retno[i], sites = 0;
    if (pl->nctx[k] > RET_CASES)
        return -1;
    for (uint32_t x = 0; x < pl->nctx[k]; x++) {
        uint32_t t = pl->ctxs[(size_t)k * (RET_CASES + 1) + x];
        sites += pl->first[t + 1] - pl->first[t];
        if (sites > RET_CASES)
            return -1;
    }
    return (int)pl->nctx[k];
}

/* for each call s that ret i may return after (when ret_contexts() >= 0) */
#define FOR_RET_SITES(pl, i, s)                                                     \
    for (uint32_t x_ = 0, k_ = (pl)->retno[i]; x_ < (pl)->nctx[k_]; x_++)           \
        for (uint32_t t_ = (pl)->ctxs[(size_t)k_ * (RET_CASES + 1) + x_],            \
                      j_ = (pl)->first[t_], s; j_ < (pl)->first[t_ + 1] && ((s = (pl)->site[j_]), 1); j_++)

static void reached(struct plan *pl, int c, uint32_t j, uint32_t *work, uint32_t *nw)
{
    if (!(pl->flag[j] & REACH(c))) {
        pl->flag[j] |= REACH(c);
        work[(*nw)++] = j;
    }
}

/* Mark everything reachable in copy c from the instructions already
 * marked REACH(c), and the labels its jumps need.  A ret of the checked
 * copy goes on in the checked copy wherever it returns (the top of this
 * file says why), so the return points of the verified calls it may
 * return to are reachable there too. */
static void reach(struct plan *pl, int c, uint32_t *work)
{
    uint32_t nw = 0;
    bool all_returns = false;
    for (uint32_t i = 0; i < pl->n; i++)
        if (pl->flag[i] & REACH(c))
            work[nw++] = i;
    while (nw) {
        uint32_t i = work[--nw], s[2];
        enum flow f = opinfo[pl->op[i]].flow;
        if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
            pl->flag[pl->target[i]] |= LABEL(c);
        if (f == FLOW_CALL && i + 1 < pl->n)
            pl->flag[i + 1] |= LABEL(c);        /* a return point */
        int ns = successors(pl, i, true, s);
        for (int k = 0; k < ns; k++)
            reached(pl, c, s[k], work, &nw);
        if (f != FLOW_RET || c == 0)
            continue;
        if (ret_contexts(pl, i) >= 0) {
            FOR_RET_SITES(pl, i, call)
                if ((pl->flag[call] & REACH_V) && call + 1 < pl->n) {
                    pl->flag[call + 1] |= LABEL_C;
                    reached(pl, 1, call + 1, work, &nw);
                }
        } else if (!all_returns) {
            all_returns = true;
            for (uint32_t call = 0; call + 1 < pl->n; call++)
                if (pl->op[call] == OP_CALL && (pl->flag[call] & REACH_V)) {
                    pl->flag[call + 1] |= LABEL_C;
                    reached(pl, 1, call + 1, work, &nw);
                }
        }
    }
}

/* The contexts of the call targets: which rets each reaches (for their
 * switches) and which instructions are in any of them (not in registers).
 * Work is capped as in isa/prove.c; beyond it every ret uses the shared
 * switch and no instruction is in registers. */
static int find_contexts(struct plan *pl, uint32_t *work)
{
    const uint32_t n = pl->n;
    uint32_t *stamp = calloc(n, sizeof *stamp);
    uint32_t nrets = 0;
    pl->retno = malloc((size_t)n * sizeof *pl->retno);
    for (uint32_t i = 0; pl->retno && i < n; i++)
        pl->retno[i] = opinfo[pl->op[i]].flow == FLOW_RET ? nrets++ : UINT32_MAX;
    pl->ctxs = malloc(((size_t)nrets + 1) * (RET_CASES + 1) * sizeof *pl->ctxs);
    pl->nctx = calloc((size_t)nrets + 1, sizeof *pl->nctx);
    if (!stamp || !pl->retno || !pl->ctxs || !pl->nctx) {
        free(stamp);
        return -1;
    }
    uint64_t budget = PROVE_BUDGET(n);
    pl->contexts = true;
    for (uint32_t t = 0; t < n && pl->contexts; t++) {
        if (pl->first[t] == pl->first[t + 1])
            continue;                   /* not a call target */
        uint32_t nw = 0;
        stamp[t] = t + 1;
        work[nw++] = t;
        while (nw) {
            if (budget-- == 0) {
                pl->contexts = false;
                break;
            }
            uint32_t i = work[--nw], s[2];
            pl->flag[i] |= IN_CALLEE;
            if (pl->retno[i] != UINT32_MAX) {
                uint32_t k = pl->retno[i];
                if (pl->nctx[k] <= RET_CASES)
                    pl->ctxs[(size_t)k * (RET_CASES + 1) + pl->nctx[k]++] = t;
            }
            int ns = successors(pl, i, false, s);
            for (int j = 0; j < ns; j++)
                if (stamp[s[j]] != t + 1) {
                    stamp[s[j]] = t + 1;
                    work[nw++] = s[j];
                }
        }
    }
    free(stamp);
    return 0;
}

/* Heights in the entry context, as isa/prove.c finds them, except that
 * after a call the height is taken as unknown (the code after a call
 * uses the machine's stack). */
static int32_t join(int32_t old, int32_t new)
{
    return old == UNSEEN ? new : old == new ? old : UNKNOWN;
}

static void entry_heights(struct plan *pl, uint32_t *work)
{
    uint32_t nw = 0;
    for (uint32_t i = 0; i < pl->n; i++)
        pl->h[i] = UNSEEN;
    pl->h[0] = 0;
    work[nw++] = 0;
    while (nw) {
        uint32_t i = work[--nw], s[2];
        const struct opinfo *oi = &opinfo[pl->op[i]];
        pl->flag[i] |= IN_ENTRY;
        int32_t h = pl->h[i];
        if (h != UNKNOWN)
            h += (int32_t)oi->pushes - (int32_t)oi->pops;
        if (h != UNKNOWN && (h < 0 || h > STACK_CELLS))
            h = UNKNOWN;
        int ns = successors(pl, i, false, s);
        for (int k = 0; k < ns; k++) {
            int32_t hk = oi->flow == FLOW_CALL ? UNKNOWN : h;
            int32_t old = pl->h[s[k]], new = join(old, hk);
            if (new != old) {           /* at most twice each: UNSEEN -> h -> UNKNOWN */
                pl->h[s[k]] = new;
                work[nw++] = s[k];
            }
        }
    }
}

static int32_t height_after(const struct plan *pl, uint32_t i)
{
    const struct opinfo *oi = &opinfo[pl->op[i]];
    return pl->h[i] - oi->pops + oi->pushes;
}

static void plan_free(struct plan *pl)
{
    free(pl->op);
    free(pl->flag);
    free(pl->target);
    free(pl->h);
    free(pl->first);
    free(pl->site);
    free(pl->retno);
    free(pl->ctxs);
    free(pl->nctx);
    free(pl->cases);
    free(pl->cases_at);
}

static int ret_lists(struct plan *pl);
static void entries(struct plan *pl);

static int plan_make(struct plan *pl, const struct program *p)
{
    const uint32_t n = p->count;
    *pl = (struct plan){ .p = p, .n = n };
    pl->op = malloc(n);
    pl->flag = calloc(n, sizeof *pl->flag);
    pl->target = calloc(n, sizeof *pl->target);
    pl->h = malloc((size_t)n * sizeof *pl->h);
    pl->first = calloc((size_t)n + 2, sizeof *pl->first);
    uint32_t *work = work_alloc(n);
    if (!pl->op || !pl->flag || !pl->target || !pl->h || !pl->first || !work)
        goto fail;
    uint32_t ncalls = 0;
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        pl->op[i] = ins[0];
        if (opinfo[ins[0]].operand == OPND_LABEL)
            pl->target[i] = p->ord[read_label(ins + 1)];
        if (opinfo[ins[0]].flow == FLOW_CALL) {
            pl->first[pl->target[i] + 1]++;
            ncalls++;
        }
    }

    /* the call sites per target (counting sort) */
    for (uint32_t t = 0; t < n; t++)
        pl->first[t + 1] += pl->first[t];
    pl->first[n + 1] = pl->first[n];
    pl->site = malloc(((size_t)ncalls + 1) * sizeof *pl->site);
    uint32_t *fill = malloc(((size_t)n + 1) * sizeof *fill);
    if (!pl->site || !fill) {
        free(fill);
        goto fail;
    }
    memcpy(fill, pl->first, ((size_t)n + 1) * sizeof *fill);
    for (uint32_t i = 0; i < n; i++)
        if (opinfo[pl->op[i]].flow == FLOW_CALL)
            pl->site[fill[pl->target[i]]++] = i;
    free(fill);
    if (find_contexts(pl, work) < 0)
        goto fail;

    /* what runs: the verified copy from the entry, the checked copy from
     * the proven calls that may retry there: not one of the entry context
     * whose callee's frame fits the height known there (the return stack
     * is empty there) */
    entry_heights(pl, work);
    pl->flag[0] |= REACH_V;
    reach(pl, 0, work);
    for (uint32_t i = 0; i < n; i++) {
        if (!(pl->flag[i] & REACH_V) || pl->op[i] != OP_CALL || !p->proven[i])
            continue;
        const struct frame *fr = &p->frame[pl->target[i]];
        int32_t h = pl->h[i];
        bool fits = pl->contexts && (pl->flag[i] & (IN_ENTRY | IN_CALLEE)) == IN_ENTRY
                    && h != UNKNOWN && h != UNSEEN && h >= fr->need
                    && (int64_t)h <= (int64_t)fr->need + fr->span;
        if (!fits)
            pl->flag[i] |= REACH_C | LABEL_C;
    }
    reach(pl, 1, work);

    for (uint32_t i = 0; i < n && pl->contexts; i++) {
        enum flow f = opinfo[pl->op[i]].flow;
        if ((pl->flag[i] & (REACH_V | IN_ENTRY | IN_CALLEE)) == (REACH_V | IN_ENTRY)
            && p->proven[i] && f != FLOW_CALL && f != FLOW_RET
            && pl->h[i] != UNKNOWN && pl->h[i] <= REGS && height_after(pl, i) <= REGS) {
            pl->flag[i] |= IN_REGS;
        }
    }
    free(work);
    if (ret_lists(pl) < 0)
        goto fail_lists;
    entries(pl);
    return 0;
fail_lists:
    plan_free(pl);
    return -1;
fail:
    free(work);
    plan_free(pl);
    return -1;
}

/* ---- the return points of each ret --------------------------------------------- */

/* Fill the case list of every ret (c, i): the ids it may pop, or none and
 * ANY(c) when there are more than RET_CASES or they are not known.  In the
 * verified copy a ret pops only verified ids (a frame that went on in the
 * checked copy returns there); in the checked copy, ids of both. */
static int ret_lists(struct plan *pl)
{
    const uint32_t n = pl->n;
    pl->cases_at = malloc(((size_t)2 * n + 1) * sizeof *pl->cases_at);
    size_t cap = 64, used = 0;
    pl->cases = malloc(cap * sizeof *pl->cases);
    if (!pl->cases_at || !pl->cases)
        return -1;
    for (int c = 0; c < 2; c++) {
        for (uint32_t i = 0; i < n; i++) {
            pl->cases_at[(size_t)c * n + i] = used;
            if (pl->op[i] != OP_RET || !(pl->flag[i] & REACH(c)))
                continue;
            if (ret_contexts(pl, i) < 0) {
                pl->flag[i] |= ANY(c);
                pl->ret_any = true;
                continue;
            }
            FOR_RET_SITES(pl, i, call)
                for (int cc = 0; cc <= c; cc++) {
                    if (!(pl->flag[call] & REACH(cc)))
                        continue;
                    if (used == cap) {
                        long *more = realloc(pl->cases, (cap *= 2) * sizeof *more);
                        if (!more)
                            return -1;
                        pl->cases = more;
                    }
                    pl->cases[used++] = DL_ID(call + 1, cc);
                }
        }
    }
    pl->cases_at[(size_t)2 * n] = used;
    return 0;
}
#undef FOR_RET_SITES

/* ---- chunks ---------------------------------------------------------------------- *
 * Each copy is cut into functions of CHUNK_INSNS instructions: the time
 * C compilers take grows faster than linearly with the size of a
 * function (their alias and points-to analyses, the vectoriser), and
 * linearly with the number of functions.  Control passes within a chunk by
 * goto; to another chunk by returning the id to continue at to
 * dl_compiled_run, which calls the chunk that holds it, whose first
 * statement is a switch over the places other chunks enter it.  The
 * benchmark programs fit in one chunk per copy. */
static uint32_t chunk_of(int c, uint32_t i)
{
    return 2 * (i / CHUNK_INSNS) + (uint32_t)c;
}

static void mark_entry(struct plan *pl, int c, uint32_t from, int cto, uint32_t to)
{
    if (chunk_of(c, from) != chunk_of(cto, to))
        pl->flag[to] |= ENTRY(cto);
}

/* Which instructions other chunks enter. */
static void entries(struct plan *pl)
{
    pl->flag[0] |= ENTRY(0);
    for (int c = 0; c < 2; c++)
        for (uint32_t i = 0; i < pl->n; i++) {
            if (!(pl->flag[i] & REACH(c)))
                continue;
            enum flow f = opinfo[pl->op[i]].flow;
            if ((f == FLOW_NEXT || f == FLOW_COND) && i + 1 < pl->n)
                mark_entry(pl, c, i, c, i + 1);
            if (f == FLOW_JUMP || f == FLOW_COND || f == FLOW_CALL)
                mark_entry(pl, c, i, c, pl->target[i]);
            if (f == FLOW_CALL && c == 0 && pl->p->proven[i])
                pl->flag[i] |= ENTRY_C;            /* its retry */
            if (f == FLOW_RET)
                for (size_t k = pl->cases_at[(size_t)c * pl->n + i];
                     k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++)
                    mark_entry(pl, c, i, c, (uint32_t)(pl->cases[k] >> 1));
        }
    /* a shared switch may go to any return point of its copy */
    for (int c = 0; c < 2; c++) {
        bool any = false;
        for (uint32_t i = 0; i < pl->n && !any; i++)
            any = (pl->flag[i] & ANY(c)) != 0;
        for (uint32_t i = 0; any && i + 1 < pl->n; i++)
            if (pl->op[i] == OP_CALL && (pl->flag[i] & (c ? REACH_V | REACH_C : REACH_V)))
                pl->flag[i + 1] |= ENTRY(c);
    }
}

/* ---- writing the C ------------------------------------------------------------ */

static const char *const names[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = #NAME,
#include "isa/opcodes.def"
#undef OP
};

static bool in_regs(const struct plan *pl, int c, uint32_t i)
{
    return c == 0 && (pl->flag[i] & IN_REGS);
}

static void spill(FILE *f, int32_t h)
{
    fprintf(f, " sp = vm->stack + %" PRId32 ";", h);
    for (int32_t k = 0; k < h; k++)
        fprintf(f, " vm->stack[%" PRId32 "] = R[%" PRId32 "];", k, k);
}

static void reload(FILE *f, int32_t h)
{
    for (int32_t k = 0; k < h; k++)
        fprintf(f, " R[%" PRId32 "] = vm->stack[%" PRId32 "];", k, k);
}

/* Control passes from i to j (in copy c): the stack cells move between
 * R[] and the machine's stack where one uses registers and the other does
 * not; a goto, or leaving for another chunk.  Without `jump`, only what
 * falling through to j needs. */
static void go(FILE *f, const struct plan *pl, int c, uint32_t i, int cj, uint32_t j, bool jump)
{
    bool here = chunk_of(c, i) == chunk_of(cj, j);
    bool from = in_regs(pl, c, i), to = here && in_regs(pl, cj, j);
    if (from && !to)
        spill(f, height_after(pl, i));
    else if (!from && to)
        reload(f, pl->h[j]);
    if (!here)
        fprintf(f, " r = %ld; goto leave;", DL_ID(j, cj));
    else if (jump)
        fprintf(f, " goto %c%" PRIu32 ";", cj ? 'C' : 'V', j);
}

static void operand(FILE *f, const struct plan *pl, uint32_t i)
{
    const uint8_t *ins = pl->p->code + pl->p->offset[i];
    switch (opinfo[pl->op[i]].operand) {
    case OPND_INT: {
        cell v = read_int(ins + 1);
        if (v == INT64_MIN)
            fprintf(f, "(-%" PRId64 " - 1)", INT64_MAX);
        else
            fprintf(f, "%" PRId64, v);
        break;
    }
    case OPND_LABEL:
        fprintf(f, "%" PRIu32, pl->target[i]);
        break;
    case OPND_NONE:
        fputc('0', f);
        break;
    }
}

static void instruction(FILE *f, const struct plan *pl, int c, uint32_t i)
{
    const struct program *p = pl->p;
    const uint8_t op = pl->op[i];
    const struct opinfo *oi = &opinfo[op];
    const bool proven = c == 0 && p->proven[i];
    const char copy = c ? 'C' : 'V';

    if (pl->flag[i] & (LABEL(c) | ENTRY(c)))
        fprintf(f, "%c%" PRIu32 ":", copy, i);
    fprintf(f, "  /* line %" PRIu32 ": %s", p->line[i], oi->name);
    if (oi->operand != OPND_NONE) {
        fputc(' ', f);
        operand(f, pl, i);
    }
    fputs(" */\n    ", f);
    if (in_regs(pl, c, i))
        fprintf(f, "{ cell *sp = R + %" PRId32 "; ", pl->h[i]);
    if (op == OP_CALL && proven) {
        const struct frame *fr = &p->frame[pl->target[i]];
        fprintf(f, "r = PCALL(%" PRIu32 ", %" PRIu32 ", %" PRId32 ", %" PRId32 ");",
                i, pl->target[i], fr->need, fr->span);
    } else if (op == OP_CALL) {
        fprintf(f, "r = CCALL(%" PRIu32 ", %" PRIu32 ", %d);", i, pl->target[i], c);
    } else {
        fprintf(f, "r = %c(%s, %" PRIu32 ", ", proven ? 'P' : 'C', names[op], i);
        operand(f, pl, i);
        fprintf(f, ", %d);", c);
    }
    if (in_regs(pl, c, i))
        fputs(" }", f);
    fputs(" if (r == DL_TRAP) goto out;", f);
    switch (oi->flow) {
    case FLOW_NEXT:
        go(f, pl, c, i, c, i + 1, false);
        break;
    case FLOW_JUMP:
        go(f, pl, c, i, c, pl->target[i], true);
        break;
    case FLOW_COND:
        fputs(" if (r >= 0) {", f);
        go(f, pl, c, i, c, pl->target[i], true);
        fputs(" }", f);
        go(f, pl, c, i, c, i + 1, false);
        break;
    case FLOW_CALL:
        if (proven) {
            fputs(" if (r == DL_RETRY) {", f);
            go(f, pl, c, i, 1, i, true);
            fputs(" }", f);
        }
        go(f, pl, c, i, c, pl->target[i], true);
        break;
    case FLOW_RET:
        /* r is the id popped; the case labels are the compiler's whole
         * view of where a ret goes */
        fputs("\n    switch (r) {\n", f);
        for (size_t k = pl->cases_at[(size_t)c * pl->n + i]; k < pl->cases_at[(size_t)c * pl->n + i + 1]; k++) {
            long id = pl->cases[k];
            fprintf(f, "    case %ld:", id);
            go(f, pl, c, i, c, (uint32_t)(id >> 1), true);
            fputc('\n', f);
        }
        fputs(pl->flag[i] & ANY(c) ? "    default: goto ret_any;\n    }"
                                   : "    default: __builtin_unreachable();\n    }", f);
        break;
    case FLOW_STOP:
        fputs(" goto out;", f);
        break;
    }
    fputc('\n', f);
}

/* The instructions of copy c from `from` to `to` (exclusive): one chunk. */
static void chunk(FILE *f, const struct plan *pl, int c, uint32_t from, uint32_t to)
{
    bool regs = false, any = false;
    for (uint32_t i = from; i < to; i++) {
        regs |= in_regs(pl, c, i);
        any |= (pl->flag[i] & ANY(c)) != 0;
    }
    fprintf(f, "\n/* ---- the %s copy, instructions %" PRIu32 " to %" PRIu32 " ---- */\n"
               "static long dl_%c%" PRIu32 "(struct vm *vm, struct dl_regs *st, long id)\n{\n"
               "    cell *sp = st->sp;\n"
               "    struct dl_regs g = *st;\n"
               "    long r;\n", c ? "checked" : "verified", from, to - 1, c ? 'C' : 'V', from);
    if (regs)
        fprintf(f, "    cell R[%d];      /* the stack cells the entry context keeps in registers */\n", REGS);
    fputs("    switch (id) {\n", f);
    for (uint32_t i = from; i < to; i++)
        if ((pl->flag[i] & REACH(c)) && (pl->flag[i] & ENTRY(c))) {
            fprintf(f, "    case %ld:", DL_ID(i, c));
            if (in_regs(pl, c, i))
                reload(f, pl->h[i]);
            fprintf(f, " goto %c%" PRIu32 ";\n", c ? 'C' : 'V', i);
        }
    fputs("    default: __builtin_unreachable();\n    }\n", f);
    for (uint32_t i = from; i < to; i++)
        if (pl->flag[i] & REACH(c))
            instruction(f, pl, c, i);
    if (any) {
        fputs("    /* the return points of every call, for the rets whose own list is long */\n"
              "ret_any:\n    switch (r) {\n", f);
        for (uint32_t i = from; i < to; i++)
            for (int cc = 0; cc <= c; cc++)
                if (i > 0 && pl->op[i - 1] == OP_CALL && (pl->flag[i - 1] & REACH(cc)))
                    fprintf(f, "    case %ld: goto %c%" PRIu32 ";\n", DL_ID(i, cc), c ? 'C' : 'V', i);
        /* another chunk's: the checked copy goes on in the checked copy */
        fputs(c ? "    default: r |= 1; goto leave;\n    }\n"
                : "    default: goto leave;\n    }\n", f);
    }
    fputs("out:\n"
          "    r = DL_TRAP;\n"
          "leave: __attribute__((unused));\n"
          "    *st = g;\n"
          "    st->sp = sp;\n"
          "    return r;\n"
          "}\n", f);
}

static uint32_t chunk_end(const struct plan *pl, uint32_t k)
{
    uint32_t to = (k + 1) * CHUNK_INSNS;
    return to < pl->n ? to : pl->n;
}

static bool chunk_used(const struct plan *pl, int c, uint32_t k)
{
    for (uint32_t i = k * CHUNK_INSNS; i < chunk_end(pl, k); i++)
        if (pl->flag[i] & REACH(c))
            return true;
    return false;
}

static int write_program(FILE *f, void *arg, struct why *w)
{
    const struct plan *pl = arg;
    (void)w;
    const uint32_t nchunks = (pl->n + CHUNK_INSNS - 1) / CHUNK_INSNS;
    fprintf(f, "/* Generated by dispatchlab's compiled dispatcher (dispatch/compiled/compiled.c)\n"
               " * from %s: %" PRIu32 " instructions.  Do not edit. */\n"
               "#include \"dispatch/compiled/rt.h\"\n", pl->p->file, pl->n);
    for (int c = 0; c < 2; c++)
        for (uint32_t k = 0; k < nchunks; k++)
            if (chunk_used(pl, c, k))
                chunk(f, pl, c, k * CHUNK_INSNS, chunk_end(pl, k));
    fprintf(f, "\nstatic dl_chunk *const dl_chunks[%" PRIu32 "] = {\n", 2 * nchunks);
    for (uint32_t k = 0; k < nchunks; k++)
        for (int c = 0; c < 2; c++) {
            if (chunk_used(pl, c, k))
                fprintf(f, "    dl_%c%" PRIu32 ",\n", c ? 'C' : 'V', k * CHUNK_INSNS);
            else
                fputs("    0,\n", f);
        }
    fprintf(f, "};\n\n"
               "void dl_compiled_run(struct vm *vm, const struct dl_host *host);\n"
               "void dl_compiled_run(struct vm *vm, const struct dl_host *host)\n"
               "{\n"
               "    struct dl_regs st = { host, vm->stack, vm->rstack, vm->limit, ST_HALT, 0, 0 };\n"
               "    long id = 0;\n"
               "    do\n"
               "        id = dl_chunks[2 * ((id >> 1) / %d) + (id & 1)](vm, &st, id);\n"
               "    while (id >= 0);\n"
               "    host->stop(vm, st.status, st.arg, st.ord, st.budget);\n"
               "}\n", CHUNK_INSNS);
    return ferror(f) ? -1 : 0;
}

/* ---- the dispatcher ---------------------------------------------------------------- */

typedef void compiled_fn(struct vm *vm, const struct dl_host *host);

struct compiled {
    struct loaded code;
    compiled_fn *run;
};

/* Why the last prepare() in this thread failed (two machines may prepare
 * at once). */
static _Thread_local struct why failure;

static const char *prepare_failure(void)
{
    return failure.text[0] ? failure.text : NULL;
}

static void *prepare(const struct program *p)
{
    failure.text[0] = 0;
    if (p->count > COMPILE_MAX_INSNS) {
        why_set(&failure, "program too large for compilation (%" PRIu32
                " instructions, at most %d)", p->count, COMPILE_MAX_INSNS);
        return NULL;
    }
    struct plan pl;
    struct compiled *c = calloc(1, sizeof *c);
    if (!c || plan_make(&pl, p) < 0) {
        free(c);
        return NULL;
    }
    int rc = toolchain_build(write_program, &pl, "dl_compiled_run", &c->code, &failure);
    plan_free(&pl);
    if (rc < 0) {
        free(c);
        return NULL;
    }
    memcpy(&c->run, &c->code.fn, sizeof c->run);    /* object pointer to function pointer */
    return c;
}

static void release(void *prepared)
{
    struct compiled *c = prepared;
    if (c) {
        toolchain_unload(&c->code);
        free(c);
    }
}

static void run(struct vm *vm, const struct program *prog, void *prepared)
{
    (void)prog;
    const struct compiled *c = prepared;
    const struct dl_host host = { vm_print, vm_stop };
    c->run(vm, &host);
}

const struct dispatcher dispatcher_compiled = {
    .name        = "compiled",
    .summary     = "the program compiled to C by the system's C compiler in prepare: no dispatch",
    .unavailable = toolchain_unavailable,
    .prepare     = prepare,
    .prepare_failure = prepare_failure,
    .slow_prepare = 1,
    .release     = release,
    .run         = run,
};

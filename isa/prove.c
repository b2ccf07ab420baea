/*
 * isa/prove.c — what the verifier proves about the stacks, so that the
 * dispatchers need not check it again (docs/verifier.md, "Check-free
 * execution").
 *
 * verify() has accepted the program.  This pass finds, for every
 * instruction, whether its depth checks (the data stack holds the values
 * it pops and has room for what it pushes; `ret` has a return address)
 * hold on every execution, and for every call target what a `call` must
 * check once so that the callee's own instructions need no checks.
 *
 * Heights are taken relative to a *context*: the program's entry (heights
 * there are absolute: the stacks start empty) and every call target.  A
 * context holds the instructions reachable from its entry by fall-through
 * and jumps, stepping over calls: after `call f` the height is the height
 * before plus f's *effect*, the height at which f's `ret`s leave, relative
 * to f's entry (fib's effect is 0: it replaces n with fib(n)).  Effects
 * depend on each other (recursion), so the contexts are analysed to a
 * fixpoint: an effect starts "unseen" (no `ret` reached yet: the
 * instruction after the call is not reached either), becomes a height, or
 * "unknown" when two `ret`s disagree.
 *
 * Then an instruction is proven when every context that reaches it knows
 * its height there and
 *   - in the entry context, that height passes its checks (and it is not a
 *     `ret`: the return stack is empty there);
 *   - in a call target's context, the height relative to the entry is
 *     folded into what the call checks: `need`, the values the callee
 *     consumes below its entry, and `room`, the most it grows the stack.
 *     A `ret` there always has the return address of the call.
 * A verified `call` checks once that the data stack holds `need` values
 * and has `room` to spare (struct frame), and that the return stack has
 * room; when that
 * fails, the dispatcher runs the callee with every check (vm/interp.h,
 * RETRY_CHECKED), so a program that does fail traps at exactly the
 * instruction, line and count it always did.
 *
 * Cost: contexts may share code, so the work is capped at a small multiple
 * of the program's size; a program that needs more (only a contrived one
 * does) gets no proofs and runs with every check.  Loading stays linear.
 */
#include <stdbool.h>
#include <stdlib.h>

#include "isa/program.h"

#define UNSEEN  INT32_MIN          /* not reached (yet) */
#define UNKNOWN (INT32_MIN + 1)    /* reached with different heights */
#define FAR     (1 << 24)          /* heights beyond this are "unknown" */

struct context {
    uint32_t entry;         /* instruction ordinal */
    int32_t  effect;        /* height after its `ret`s: UNSEEN, UNKNOWN or relative */
    struct frame frame;     /* final pass: what a call must check */
    uint32_t callers;       /* list of contexts that call it (edge index + 1) */
    bool     queued;
};

struct edge {
    uint32_t ctx;           /* a caller */
    uint32_t next;          /* next edge + 1, or 0 */
};

struct prover {
    const struct program *p;
    struct context *ctx;
    uint32_t  nctx;
    uint32_t *ctx_of;       /* per instruction: its context as a call target + 1, or 0 */
    int32_t  *h;            /* per instruction: height in the context being analysed */
    uint32_t *seen;         /* the instructions whose h is set */
    uint32_t  nseen;
    uint32_t *work;
    uint32_t  nwork;
    uint32_t *noted;        /* per context: the analysis that last noted it as a callee */
    uint32_t  run;          /* analyses so far */
    struct edge *edge;
    uint32_t  nedge, capedge;
    uint64_t  budget;       /* instruction visits left */
    uint8_t  *state;        /* per instruction: 0 not reached, 1 proven, 2 not */
};

static int32_t join(int32_t old, int32_t new)
{
    return old == UNSEEN ? new : old == new ? old : UNKNOWN;
}

static int32_t add(int32_t h, int32_t d)
{
    if (h == UNKNOWN || d == UNKNOWN)
        return UNKNOWN;
    int64_t s = (int64_t)h + d;
    return s > FAR || s < -FAR ? UNKNOWN : (int32_t)s;
}

static void reach(struct prover *v, uint32_t i, int32_t h)
{
    int32_t old = v->h[i];
    int32_t new = join(old, h);
    if (new == old)
        return;
    if (old == UNSEEN)
        v->seen[v->nseen++] = i;
    v->h[i] = new;
    v->work[v->nwork++] = i;    /* at most twice per instruction: UNSEEN -> h -> UNKNOWN */
}

/* Remember that context c calls context f, once per analysis of c. */
static int note_caller(struct prover *v, uint32_t f, uint32_t c)
{
    if (v->noted[f] == v->run)
        return 0;
    v->noted[f] = v->run;
    if (v->nedge == v->capedge) {
        uint32_t cap = v->capedge ? v->capedge * 2 : 64;
        struct edge *e = realloc(v->edge, cap * sizeof *e);
        if (!e)
            return -1;
        v->edge = e;
        v->capedge = cap;
    }
    v->edge[v->nedge] = (struct edge){ c, v->ctx[f].callers };
    v->ctx[f].callers = ++v->nedge;
    return 0;
}

/* Analyse context c: the heights of its instructions (left in v->h for the
 * instructions in v->seen) and its new effect.  -1: out of budget or memory. */
static int analyse(struct prover *v, uint32_t c, int32_t *effect)
{
    const struct program *p = v->p;
    for (uint32_t k = 0; k < v->nseen; k++)
        v->h[v->seen[k]] = UNSEEN;
    v->nseen = v->nwork = 0;
    v->run++;
    reach(v, v->ctx[c].entry, 0);

    int32_t ret = UNSEEN;
    while (v->nwork) {
        if (v->budget == 0)
            return -1;
        v->budget--;
        uint32_t i = v->work[--v->nwork];
        const uint8_t *ins = p->code + p->offset[i];
        const struct opinfo *oi = &opinfo[*ins];
        int32_t h = add(v->h[i], (int32_t)oi->pushes - (int32_t)oi->pops);
        uint32_t target = oi->operand == OPND_LABEL ? p->ord[read_label(ins + 1)] : 0;
        bool last = i + 1 == p->count;
        switch (oi->flow) {
        case FLOW_NEXT:
            if (!last)
                reach(v, i + 1, h);
            break;
        case FLOW_JUMP:
            reach(v, target, h);
            break;
        case FLOW_COND:
            reach(v, target, h);
            if (!last)
                reach(v, i + 1, h);
            break;
        case FLOW_CALL: {
            uint32_t f = v->ctx_of[target] - 1;
            if (note_caller(v, f, c) < 0)
                return -1;
            int32_t e = v->ctx[f].effect;
            if (e != UNSEEN && !last)     /* UNSEEN: the callee never returns (yet) */
                reach(v, i + 1, add(h, e));
            break;
        }
        case FLOW_RET:
            if (c != 0)                   /* in the entry context ret traps */
                ret = join(ret, h);
            break;
        case FLOW_STOP:
            break;
        }
    }
    *effect = ret;
    return 0;
}

/* The final analysis of context c: fold its heights into the proofs. */
static void conclude(struct prover *v, uint32_t c)
{
    const struct program *p = v->p;
    struct context *x = &v->ctx[c];
    int64_t need = 0, room = 0;
    for (uint32_t k = 0; k < v->nseen; k++) {
        uint32_t i = v->seen[k];
        const struct opinfo *oi = &opinfo[p->code[p->offset[i]]];
        int32_t h = v->h[i];
        bool ok;
        if (oi->flow == FLOW_CALL) {
            ok = true;          /* its check is the callee's, made at run time */
        } else if (h == UNKNOWN) {
            ok = false;
        } else if (c == 0) {
            ok = h >= oi->pops && h - oi->pops + oi->pushes <= STACK_CELLS
                 && oi->flow != FLOW_RET;
        } else {
            int64_t below = (int64_t)oi->pops - h;
            int64_t above = (int64_t)h - oi->pops + oi->pushes;
            need = below > need ? below : need;
            room = above > room ? above : room;
            ok = true;
        }
        if (v->state[i] != 2)
            v->state[i] = ok ? 1 : 2;
    }
    if (need + room <= STACK_CELLS) {
        x->frame = (struct frame){ (int32_t)need, (int32_t)(STACK_CELLS - need - room) };
    } else {
        /* no entry height fits: nothing here is proven, and the call's
         * check is only that of the return stack */
        for (uint32_t k = 0; k < v->nseen; k++)
            v->state[v->seen[k]] = 2;
        x->frame = (struct frame){ 0, STACK_CELLS };
    }
}

static int prove_all(struct prover *v)
{
    const struct program *p = v->p;

    /* the contexts: the entry, then every call target */
    v->ctx[0] = (struct context){ .entry = 0, .effect = UNSEEN };
    v->nctx = 1;
    for (uint32_t i = 0; i < p->count; i++) {
        const uint8_t *ins = p->code + p->offset[i];
        if (opinfo[*ins].flow != FLOW_CALL)
            continue;
        uint32_t t = p->ord[read_label(ins + 1)];
        if (!v->ctx_of[t]) {
            v->ctx[v->nctx] = (struct context){ .entry = t, .effect = UNSEEN };
            v->ctx_of[t] = ++v->nctx;
        }
    }

    /* to the fixpoint of the effects: a context is analysed again when
     * the effect of a context it calls changes (at most twice each) */
    uint32_t *queue = malloc((size_t)v->nctx * sizeof *queue);
    if (!queue)
        return -1;
    uint32_t head = 0, n = 0;     /* a ring: each context is in it at most once */
    for (uint32_t c = 0; c < v->nctx; c++) {
        queue[n++] = c;
        v->ctx[c].queued = true;
    }
    while (n) {
        uint32_t c = queue[head];
        head = (head + 1) % v->nctx;
        n--;
        v->ctx[c].queued = false;
        int32_t effect;
        if (analyse(v, c, &effect) < 0) {
            free(queue);
            return -1;
        }
        if (effect == v->ctx[c].effect)
            continue;
        v->ctx[c].effect = effect;
        for (uint32_t e = v->ctx[c].callers; e; e = v->edge[e - 1].next) {
            uint32_t caller = v->edge[e - 1].ctx;
            if (!v->ctx[caller].queued) {
                v->ctx[caller].queued = true;
                queue[(head + n++) % v->nctx] = caller;
            }
        }
    }
    free(queue);

    for (uint32_t c = 0; c < v->nctx; c++) {
        int32_t effect;
        if (analyse(v, c, &effect) < 0)
            return -1;
        conclude(v, c);
    }
    return 0;
}

int prove(struct program *p)
{
    free(p->proven);
    free(p->frame);
    p->proven = calloc(p->count, 1);
    p->frame = calloc(p->count, sizeof *p->frame);
    struct prover v = {
        .p = p,
        .ctx = malloc(((size_t)p->count + 1) * sizeof *v.ctx),
        .ctx_of = calloc(p->count, sizeof *v.ctx_of),
        .h = malloc((size_t)p->count * sizeof *v.h),
        .seen = malloc((size_t)p->count * sizeof *v.seen),
        .work = malloc((size_t)p->count * 2 * sizeof *v.work),
        .noted = calloc((size_t)p->count + 1, sizeof *v.noted),
        .state = calloc(p->count, 1),
        .budget = PROVE_BUDGET(p->count),
    };
    int rc = -1;
    if (p->proven && p->frame && v.ctx && v.ctx_of && v.h && v.seen && v.work && v.noted && v.state) {
        for (uint32_t i = 0; i < p->count; i++) {
            v.h[i] = UNSEEN;
            p->frame[i] = (struct frame){ 0, STACK_CELLS };  /* not a call target */
        }
        if (prove_all(&v) == 0) {
            for (uint32_t i = 0; i < p->count; i++)
                p->proven[i] = v.state[i] == 1;
            for (uint32_t c = 1; c < v.nctx; c++)
                p->frame[v.ctx[c].entry] = v.ctx[c].frame;
            rc = 0;
        } else {
            /* over budget: no proofs, every instruction keeps its checks */
            for (uint32_t i = 0; i < p->count; i++) {
                p->proven[i] = 0;
                p->frame[i] = (struct frame){ 0, STACK_CELLS };
            }
            rc = p->proven && p->frame ? 0 : -1;
        }
    }
    free(v.ctx);
    free(v.ctx_of);
    free(v.h);
    free(v.seen);
    free(v.work);
    free(v.noted);
    free(v.state);
    free(v.edge);
    return rc;
}

/*
 * fuzz/gen.c — random valid programs (see fuzz/gen.h).
 *
 * A program is main (first, so it runs first; it ends with halt) and up to
 * MAX_FN functions f0, f1, ... after it.  Code is generated as nested
 * statements: straight-line operations, if/else, loops with a bounded trip
 * count, calls, and, with a per-program "hazard" rate, constructs that trap
 * at run time.  Termination is by construction: a function only calls
 * functions with a higher number, recursive functions count a depth down
 * to zero, and loops count down from a small number.  Everything that can
 * still run away (a clobbered loop counter, a deliberate endless loop) is
 * stopped by the step limit the program carries.
 *
 * The generator tracks, as it writes, what isa/verify.c will compute:
 *   h      the data stack height (absolute in main; in a function, relative
 *          to its entry, its arguments counted), so that every operation has
 *          the values it pops — the verifier rejects a known underflow;
 *   floor  the height below which the code being written must not pop (a
 *          loop counter, a recursive function's depth);
 *   vk     false where the verifier certainly does NOT know the height:
 *          after a call (the verifier gives the callee any effect), after a
 *          join with such a path, after a loop whose height changes per trip.
 *          Only there may a deliberate stack underflow be planted.  (vk may
 *          be true where the verifier does not know the height either; that
 *          errs on the safe side.)
 * and it estimates the instructions a call executes (cost), so that nested
 * loops and calls stay well below the step limit.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isa/program.h"
#include "fuzz/gen.h"

/* ---- choices ------------------------------------------------------------ */

void choices_seed(struct choices *c, uint64_t seed)
{
    *c = (struct choices){ .state = seed };
}

void choices_bytes(struct choices *c, const uint8_t *data, size_t len)
{
    *c = (struct choices){ .data = data, .len = len };
}

/* splitmix64 (Steele, Lea, Flood 2014): small, fast, and every seed is good. */
static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

uint64_t choose(struct choices *c, uint64_t n)
{
    if (n <= 1)
        return 0;
    if (!c->data)
        return splitmix64(&c->state) % n;
    /* as many of the fuzzer's bytes as n - 1 needs; 0 once they run out */
    uint64_t v = 0;
    for (uint64_t m = n - 1; m; m >>= 8)
        v = v << 8 | (c->pos < c->len ? c->data[c->pos++] : 0u);
    return v % n;
}

/* True with probability pct/100.  Written so that choose() == 0 means
 * false: an exhausted fuzzer input takes no chances. */
static bool chance(struct choices *c, unsigned pct)
{
    return choose(c, 100) >= 100 - (uint64_t)pct;
}

/* ---- text ----------------------------------------------------------------- */

struct text {
    char  *s;
    size_t len, cap;
    bool   oom;
};

static void put(struct text *t, const char *fmt, ...)
{
    while (!t->oom) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->s ? t->s + t->len : NULL, t->cap - t->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            t->oom = true;
        } else if ((size_t)n < t->cap - t->len) {
            t->len += (size_t)n;
            return;
        } else {
            size_t cap = t->cap ? t->cap : 1024;
            while (cap - t->len <= (size_t)n)
                cap *= 2;
            char *s = realloc(t->s, cap);
            if (!s)
                t->oom = true;
            else
                t->s = s, t->cap = cap;
        }
    }
}

/* ---- the generator's state -------------------------------------------- */

#define MAX_FN       5       /* functions besides main */
#define MAX_NEST     3       /* nested ifs and loops */
#define MAX_TRIPS    8       /* largest trip count of one loop */
#define MAX_MULT     96      /* product of the trip counts of nested loops */
#define FN_COST      600     /* estimated instructions per call of a function */
#define MAIN_COST    12000   /* ... and per run of main (< GEN_DEFAULT_STEPS) */
#define COUNTER_BASE 1000    /* memory cells from here on hold loop counters;
                                ordinary loads and stores stay below 512 */

enum fkind {
    F_PLAIN,        /* ( pops -- pushes ) */
    F_REC_VOID,     /* ( n -- ): recurses n deep */
    F_REC_VALUE,    /* ( n -- r ): recurses n deep, combines the results */
};

struct fn {
    enum fkind kind;
    int        pops, pushes;   /* the stack effect of a call (n included) */
    int64_t    cost;           /* estimated instructions per call (per level
                                  for the recursive kinds) */
};

struct gen {
    struct choices *c;
    struct text    *t;         /* the function being written */
    struct fn       fn[MAX_FN];
    int             nfn;
    int             cur;       /* function being written, -1 for main */
    int             h, floor;  /* see the header comment */
    bool            vk;
    int             nest;      /* enclosing ifs and loops */
    int64_t         mult;      /* how often this code runs per call */
    int64_t         cost;      /* estimated instructions executed per call */
    int64_t         budget;    /* the cost this function may reach */
    int             stmts;     /* statements this function may still have */
    unsigned        hazard;    /* per cent of statements that plant a trap */
    unsigned        nlabel;    /* local labels L0, L1, ... */
    unsigned        ncounter;  /* memory loop counters handed out */
    int             pending;   /* label to glue before the next instruction */
    bool            glue;      /* the line so far is "fN:": continue it */
};

/* ---- writing instructions ----------------------------------------------- */

/* Start an instruction line: indented, or after a label waiting to be glued
 * to it ("L3: push 1" is as good as a label on its own line). */
static void line_start(struct gen *g)
{
    if (g->glue) {
        put(g->t, " ");
        g->glue = false;
    } else if (g->pending >= 0) {
        put(g->t, "L%d: ", g->pending);
        g->pending = -1;
    } else {
        put(g->t, "    ");
    }
}

static void emit(struct gen *g, const char *m, const char *operand)
{
    char up[16];
    line_start(g);
    if (chance(g->c, 3)) {                /* mnemonics are case-insensitive */
        size_t i;
        for (i = 0; m[i] && i + 1 < sizeof up; i++)
            up[i] = (char)toupper((unsigned char)m[i]);
        up[i] = 0;
        m = up;
    }
    put(g->t, "%s%s%s", m, operand ? " " : "", operand ? operand : "");
    if (chance(g->c, 4))
        put(g->t, "    ; a comment");
    put(g->t, "\n");
    g->cost += g->mult;
}

static void op0(struct gen *g, const char *m)
{
    emit(g, m, NULL);
}

static void op_int(struct gen *g, const char *m, cell v)
{
    char s[32];
    unsigned how = (unsigned)choose(g->c, 10);
    if (how == 8)                                /* any bit pattern in hex */
        snprintf(s, sizeof s, "0x%" PRIx64, (uint64_t)v);
    else if (how == 9 && v < 0 && v != INT64_MIN)
        snprintf(s, sizeof s, "-0x%" PRIX64, (uint64_t)-v);
    else
        snprintf(s, sizeof s, "%" PRId64, v);
    emit(g, m, s);
}

static void op_label(struct gen *g, const char *m, unsigned l)
{
    char s[16];
    snprintf(s, sizeof s, "L%u", l);
    emit(g, m, s);
}

static void op_fn(struct gen *g, const char *m, int f)
{
    char s[16];
    snprintf(s, sizeof s, "f%d", f);
    emit(g, m, s);
}

static void place(struct gen *g, unsigned l)
{
    if (g->glue) {                   /* "fN: L5:" defines both */
        put(g->t, " ");
        g->glue = false;
    }
    if (g->pending >= 0)             /* two labels in a row */
        put(g->t, "L%d:\n", g->pending);
    g->pending = -1;
    if (chance(g->c, 30))
        g->pending = (int)l;
    else
        put(g->t, "L%u:\n", l);
}

/* ---- values --------------------------------------------------------------- */

static int avail(const struct gen *g)
{
    return g->h - g->floor;
}

static const cell interesting[] = {
    0, 1, -1, 2, 3, 5, 7, 10, -2, 63, 64, 65, -64, 100, 255, 4095, 4096,
    65535, 65536, INT32_MAX, INT32_MIN, (cell)UINT32_MAX, INT64_MAX, INT64_MIN,
    INT64_MIN + 1, INT64_MAX - 1,
};

static cell constant(struct gen *g)
{
    switch (choose(g->c, 4)) {
    case 0:  return (cell)choose(g->c, 10);
    case 1:  return interesting[choose(g->c, sizeof interesting / sizeof *interesting)];
    case 2:  return (cell)choose(g->c, 2001) - 1000;
    default: return (cell)(choose(g->c, UINT64_MAX) ^ (choose(g->c, 2) << 63));
    }
}

static void push(struct gen *g, cell v)
{
    op_int(g, "push", v);
    g->h++;
}

/* An address for load or store: mostly a cell that other stores use too,
 * now and then one computed from the value on top (a copy of it: like the
 * others it pushes exactly one value), rarely one outside memory. */
static void address(struct gen *g, bool hazard)
{
    static const cell bad[] = { -1, MEM_CELLS, MEM_CELLS + 1, INT64_MIN, INT64_MAX,
                                (cell)1 << 40, -(cell)MEM_CELLS };
    if (hazard) {
        push(g, bad[choose(g->c, sizeof bad / sizeof *bad)]);
    } else if (chance(g->c, 10) && avail(g) >= 1) {
        op0(g, "dup");               /* a computed address: value & 511 */
        g->h++;
        push(g, 511);
        op0(g, "and");
        g->h--;
    } else if (chance(g->c, 3)) {
        push(g, MEM_CELLS - 1);      /* the last cell */
    } else {
        push(g, (cell)choose(g->c, 32));
    }
}

/* Push one value, one way or another. */
static void value(struct gen *g)
{
    switch (choose(g->c, 5)) {
    case 0:
        push(g, constant(g));
        break;
    case 1:
        address(g, false);
        op0(g, "load");
        break;
    case 2:
        if (avail(g) >= 1) {
            op0(g, "dup");
            g->h++;
        } else {
            push(g, constant(g));
        }
        break;
    case 3:
        if (avail(g) >= 2) {
            op0(g, "over");
            g->h++;
        } else {
            push(g, constant(g));
        }
        break;
    default:
        push(g, (cell)choose(g->c, 5) - 2);
        break;
    }
}

static void ensure(struct gen *g, int k)
{
    while (avail(g) < k)
        value(g);
}

/* Bring the height to `target`, dropping (or printing) and pushing. */
static void settle(struct gen *g, int target)
{
    while (g->h > target) {
        op0(g, chance(g->c, 30) ? "print" : "drop");
        g->h--;
    }
    while (g->h < target)
        value(g);
}

/* A flag for jz/jnz: a comparison, or whatever value is on top. */
static void condition(struct gen *g)
{
    if (avail(g) >= 1 && chance(g->c, 40))
        return;
    ensure(g, 1);
    value(g);
    op0(g, opinfo[OP_EQ + choose(g->c, OP_GE - OP_EQ + 1)].name);
    g->h--;
}

/* ---- statements ----------------------------------------------------------- */

static void stmt(struct gen *g);

static void block(struct gen *g, uint64_t n)
{
    while (n-- && g->stmts > 0)
        stmt(g);
}

/* One instruction of those that only compute, with its operands prepared.
 * The opcode comes from opinfo[], so new instructions join automatically. */
static void simple_op(struct gen *g)
{
    int o = (int)choose(g->c, OP__COUNT);
    const struct opinfo *oi = &opinfo[o];
    switch (o) {
    case OP_PUSH:
        push(g, constant(g));
        return;
    case OP_DIV:
    case OP_MOD:
        ensure(g, 1);
        if (!chance(g->c, 15)) {      /* usually a divisor that is not 0 */
            cell d = constant(g);
            push(g, d ? d : 3);
        }
        ensure(g, 2);
        break;
    case OP_LOAD:
        address(g, false);
        break;
    case OP_STORE:
        ensure(g, 1);
        address(g, false);
        break;
    default:
        if (oi->flow != FLOW_NEXT || oi->operand != OPND_NONE) {
            ensure(g, 1);            /* control flow has statements of its own */
            o = OP_PRINT;
            oi = &opinfo[o];
        }
        ensure(g, oi->pops);
        break;
    }
    op0(g, oi->name);
    g->h += oi->pushes - oi->pops;
}

static void if_else(struct gen *g)
{
    condition(g);
    unsigned l_else = g->nlabel++, l_end = g->nlabel++;
    op_label(g, chance(g->c, 50) ? "jnz" : "jz", l_else);
    g->h--;
    int h0 = g->h;
    bool vk0 = g->vk, has_else = chance(g->c, 60);
    /* both ways arrive with the same height, so that the verifier still
     * knows it after the join (a difference would make it unknown: that is
     * allowed, but then it checks less) */
    int target = h0;
    if (has_else) {
        uint64_t k = choose(g->c, 3);
        target = k == 1 ? h0 + 1 : k == 2 && avail(g) >= 1 ? h0 - 1 : h0;
    }
    g->nest++;
    block(g, choose(g->c, 6));
    settle(g, target);
    if (has_else) {
        bool vk_then = g->vk;
        op_label(g, "jmp", l_end);
        place(g, l_else);
        g->h = h0;
        g->vk = vk0;
        block(g, choose(g->c, 6));
        settle(g, target);
        g->vk = g->vk && vk_then;
        place(g, l_end);
    } else {
        place(g, l_else);
        g->vk = g->vk && vk0;
    }
    g->nest--;
}

/* A loop that runs n times.  Three shapes: counter on the stack, tested at
 * the bottom (dup jnz) or at the top (dup jz ... jmp), or counter in memory
 * (not in recursive functions: every level would share the cell). */
static void loop(struct gen *g)
{
    int64_t maxn = MAX_MULT / g->mult;
    if (maxn < 2) {
        simple_op(g);
        return;
    }
    int64_t n = 1 + (int64_t)choose(g->c, (uint64_t)(maxn < MAX_TRIPS ? maxn : MAX_TRIPS));
    unsigned top = g->nlabel++, end = g->nlabel++;
    bool rec = g->cur >= 0 && g->fn[g->cur].kind != F_PLAIN;
    uint64_t shape = choose(g->c, rec ? 2 : 3);
    int h0 = g->h, floor0 = g->floor;
    bool vk0 = g->vk;
    g->nest++;
    if (shape == 2) {
        cell a = COUNTER_BASE + (cell)(g->ncounter++ % (MEM_CELLS - COUNTER_BASE));
        push(g, n);
        push(g, a);
        op0(g, "store");
        g->h -= 2;
        place(g, top);
        g->mult *= n;
        block(g, choose(g->c, 6));
        settle(g, h0);
        push(g, a);
        op0(g, "load");
        push(g, 1);
        op0(g, "sub");
        g->h--;
        op0(g, "dup");
        g->h++;
        push(g, a);
        op0(g, "store");
        g->h -= 2;
        op_label(g, "jnz", top);
        g->h--;
        g->mult /= n;
    } else {
        push(g, n);
        g->floor = g->h;              /* the counter is not the body's */
        place(g, top);
        if (shape == 1) {
            op0(g, "dup");
            op_label(g, "jz", end);
        }
        g->mult *= n;
        if (chance(g->c, 30)) {       /* a copy of the counter to compute with */
            op0(g, "dup");
            g->h++;
        }
        block(g, choose(g->c, 6));
        settle(g, g->floor);
        if (chance(g->c, 50)) {
            push(g, 1);
            op0(g, "sub");
        } else {
            push(g, -1);
            op0(g, "add");
        }
        g->h--;
        if (shape == 0) {
            op0(g, "dup");
            op_label(g, "jnz", top);
        } else {
            op_label(g, "jmp", top);
            place(g, end);
        }
        g->mult /= n;
        op0(g, "drop");
        g->h--;
        g->floor = floor0;
    }
    g->vk = g->vk && vk0;
    g->nest--;
}

/* Push n values with a loop: the verifier sees the height change per trip
 * (UNKNOWN from then on).  With n large enough, a data stack overflow. */
static void push_run(struct gen *g, int64_t n)
{
    unsigned top = g->nlabel++;
    int h0 = g->h;
    push(g, n);
    place(g, top);
    push(g, constant(g));
    op0(g, "swap");
    push(g, 1);
    op0(g, "sub");
    op0(g, "dup");
    op_label(g, "jnz", top);
    op0(g, "drop");
    g->h = h0 + (int)n;
    g->cost += g->mult * 6 * n;
    g->vk = false;
}

/* Call a function with a higher number (so calls cannot recurse except
 * through the recursive kinds, which count down). */
static void call(struct gen *g, bool deep)
{
    int first = g->cur + 1;
    if (first >= g->nfn) {
        simple_op(g);
        return;
    }
    int j = first + (int)choose(g->c, (uint64_t)(g->nfn - first));
    const struct fn *f = &g->fn[j];
    int64_t cost = f->cost, depth = 0;
    if (f->kind != F_PLAIN) {
        depth = (int64_t)choose(g->c, 9);
        if (deep)                     /* a return stack overflow */
            depth = RSTACK_CELLS + (int64_t)choose(g->c, 4);
        cost *= depth + 1;
    }
    if (!deep && g->cost + g->mult * cost > g->budget) {
        simple_op(g);
        return;
    }
    if (f->kind == F_PLAIN)
        ensure(g, f->pops);
    else
        push(g, depth);
    op_fn(g, "call", j);
    g->h += f->pushes - f->pops;
    g->cost += g->mult * cost;
    g->vk = false;
}

/* The constructs that end a run early: deliberate traps, halt, early ret. */
static void hazard(struct gen *g)
{
    bool in_main = g->cur < 0;
    switch (choose(g->c, 9)) {
    case 0:                                     /* halt inside an if */
    case 1: {
        unsigned skip = g->nlabel++;
        condition(g);
        op_label(g, "jz", skip);
        g->h--;
        int h0 = g->h;
        if (chance(g->c, 50)) {
            ensure(g, 1);
            op0(g, "print");
        }
        op0(g, "halt");
        place(g, skip);
        g->h = h0;
        break;
    }
    case 2:                                     /* division by zero */
        ensure(g, 1);
        push(g, 0);
        op0(g, chance(g->c, 50) ? "div" : "mod");
        g->h--;
        break;
    case 3:                                     /* outside memory */
        if (chance(g->c, 50)) {
            address(g, true);
            op0(g, "load");
        } else {
            ensure(g, 1);
            address(g, true);
            op0(g, "store");
            g->h -= 2;
        }
        break;
    case 4:                                     /* stack underflow */
        if (in_main && !g->vk && g->h <= 6) {
            /* main's height is exact, and the verifier cannot see it */
            int h0 = g->h;
            for (int i = 0; i < h0; i++)
                op0(g, "drop");
            op0(g, opinfo[OP_DROP + choose(g->c, OP_ROT - OP_DROP + 1)].name);
            g->h = h0;               /* what follows is dead at run time */
        } else {
            call(g, true);
        }
        break;
    case 5:                                     /* data stack overflow */
        if (in_main) {
            int h0 = g->h;
            push_run(g, STACK_CELLS + 1 - g->h);
            g->h = h0;               /* what follows is dead at run time */
        } else {
            call(g, true);
        }
        break;
    case 6:                                     /* return stack overflow */
        if (chance(g->c, 50)) {
            call(g, true);
        } else {
            /* L calls itself: one instruction per level, so the return
             * stack overflows long before the step limit */
            unsigned l = g->nlabel++, after = g->nlabel++;
            op_label(g, "call", l);
            op_label(g, "jmp", after);
            place(g, l);
            op_label(g, "call", l);
            place(g, after);
            g->vk = false;
        }
        break;
    case 7:
        if (in_main) {
            /* ret with an empty return stack: L is reached by a call and
             * by a jump, so the verifier cannot know the return depth */
            unsigned l = g->nlabel++, after = g->nlabel++;
            condition(g);
            op_label(g, "jnz", l);
            g->h--;
            op_label(g, "call", l);
            op_label(g, "jmp", after);
            place(g, l);
            op0(g, "ret");
            place(g, after);
            g->vk = false;
        } else {
            /* an early return: leave what the function promises */
            unsigned skip = g->nlabel++;
            condition(g);
            op_label(g, "jz", skip);
            g->h--;
            int h1 = g->h, floor0 = g->floor;
            g->floor = 0;
            settle(g, g->fn[g->cur].pushes);
            op0(g, "ret");
            place(g, skip);
            g->h = h1, g->floor = floor0;
        }
        break;
    default: {
        /* an endless loop inside an if: code after an unconditional one
         * would be unreachable, and the verifier does not look at
         * unreachable code, so it could not make anything UNKNOWN */
        unsigned l = g->nlabel++, skip = g->nlabel++;
        condition(g);
        op_label(g, "jz", skip);
        g->h--;
        place(g, l);
        op0(g, "nop");
        op_label(g, "jmp", l);
        place(g, skip);
        break;
    }
    }
}

static void stmt(struct gen *g)
{
    g->stmts--;
    if (avail(g) > 10) {                  /* keep the stack small */
        op0(g, "print");
        g->h--;
        return;
    }
    if (g->hazard && chance(g->c, g->hazard)) {
        hazard(g);
        return;
    }
    uint64_t k = choose(g->c, 100);
    bool room = g->nest < MAX_NEST;
    if (k < 40) {
        simple_op(g);
    } else if (k < 50) {
        ensure(g, 1);
        op0(g, "print");
        g->h--;
    } else if (k < 55) {
        ensure(g, 1);
        address(g, false);
        op0(g, "store");
        g->h -= 2;
    } else if (k < 67 && room) {
        if_else(g);
    } else if (k < 77 && room) {
        loop(g);
    } else if (k < 92) {
        call(g, false);
    } else if (k < 94) {
        push_run(g, 1 + (int64_t)choose(g->c, 8));
    } else {
        simple_op(g);
    }
}

/* ---- functions ------------------------------------------------------------ */

static void start(struct gen *g, int cur, int pops)
{
    g->cur = cur;
    g->h = pops;
    g->floor = 0;
    g->vk = true;
    g->nest = 0;
    g->mult = 1;
    g->cost = 0;
    g->pending = -1;
    g->glue = false;
}

static void function(struct gen *g, int i)
{
    struct fn *f = &g->fn[i];
    start(g, i, f->pops);
    g->budget = FN_COST;
    g->stmts = (int)choose(g->c, 14);
    put(g->t, "f%d:", i);
    if (chance(g->c, 50))
        g->glue = true;              /* "fN: dup" */
    else
        put(g->t, "\n");
    switch (f->kind) {
    case F_PLAIN: {
        block(g, (uint64_t)g->stmts);
        /* a tail jump to a function with the same result, or a ret */
        int j = i + 1 + (int)choose(g->c, (uint64_t)(g->nfn - i));
        if (j < g->nfn && g->fn[j].kind == F_PLAIN && g->fn[j].pushes == f->pushes &&
            chance(g->c, 30)) {
            settle(g, g->fn[j].pops);
            op_fn(g, "jmp", j);
            g->cost += g->fn[j].cost;
        } else {
            settle(g, f->pushes);
            op0(g, "ret");
        }
        break;
    }
    case F_REC_VOID: {                /* ( n -- ) */
        unsigned base = g->nlabel++;
        op0(g, "dup");
        op_label(g, "jz", base);
        g->floor = 1;
        block(g, (uint64_t)g->stmts / 2);
        settle(g, 1);
        push(g, 1);
        op0(g, "sub");
        g->h--;
        op_fn(g, "call", i);
        g->h = 0;
        g->floor = 0;
        g->vk = false;
        block(g, (uint64_t)g->stmts);
        settle(g, 0);
        op0(g, "ret");
        place(g, base);
        op0(g, "drop");
        op0(g, "ret");
        break;
    }
    case F_REC_VALUE: {               /* ( n -- r ) */
        unsigned base = g->nlabel++;
        op0(g, "dup");
        op_label(g, "jz", base);
        g->floor = 1;
        block(g, (uint64_t)g->stmts / 2);
        settle(g, 1);
        op0(g, "dup");
        push(g, 1);
        op0(g, "sub");
        op_fn(g, "call", i);
        static const char *const combine[] = { "add", "sub", "mul", "xor", "or", "max" };
        const char *m = combine[choose(g->c, 6)];
        if (strcmp(m, "max") == 0) {  /* n r -- max(n, r), with a branch */
            unsigned keep = g->nlabel++, done = g->nlabel++;
            op0(g, "over");
            op0(g, "over");
            op0(g, "lt");
            op_label(g, "jnz", keep);
            op0(g, "drop");
            op_label(g, "jmp", done);
            place(g, keep);
            op0(g, "swap");
            op0(g, "drop");
            place(g, done);
            op0(g, "nop");
        } else {
            op0(g, m);
        }
        g->h = 1;
        g->floor = 0;
        g->vk = false;
        block(g, (uint64_t)g->stmts);
        settle(g, 1);
        op0(g, "ret");
        place(g, base);
        op0(g, "ret");
        break;
    }
    }
    f->cost = g->cost;
}

char *gen_program(struct choices *c, int64_t *max_steps)
{
    struct gen g = { .c = c, .pending = -1 };
    struct text fns[MAX_FN], body = { 0 }, all = { 0 };
    memset(fns, 0, sizeof fns);

    g.nfn = (int)choose(c, MAX_FN + 1);
    for (int i = 0; i < g.nfn; i++) {
        uint64_t k = choose(c, 6);
        struct fn *f = &g.fn[i];
        f->kind = k == 4 ? F_REC_VOID : k == 5 ? F_REC_VALUE : F_PLAIN;
        f->pops = f->kind == F_PLAIN ? (int)choose(c, 3) : 1;
        f->pushes = f->kind == F_PLAIN ? (int)choose(c, 3) : f->kind == F_REC_VALUE;
    }
    static const unsigned hazards[] = { 0, 1, 3, 8 };
    g.hazard = hazards[choose(c, 4)];

    /* Functions from the last to the first: a function's cost is known
     * before any call to it is written. */
    for (int i = g.nfn - 1; i >= 0; i--) {
        g.t = &fns[i];
        function(&g, i);
    }

    g.t = &body;
    start(&g, -1, 0);
    g.budget = MAIN_COST;
    g.stmts = (int)choose(c, 48);
    block(&g, (uint64_t)g.stmts);
    while (g.h > 0 && chance(c, 70)) {
        op0(&g, "print");
        g.h--;
    }
    op0(&g, "halt");

    /* A limit the program may reach, now and then; never above the default:
     * the estimate counts a planted return-stack overflow as if it ran to
     * the end (billions of steps), and an endless loop runs to the limit. */
    int64_t steps = GEN_DEFAULT_STEPS;
    if (chance(c, 15)) {
        int64_t most = g.cost < 200 ? 200 : g.cost < GEN_DEFAULT_STEPS ? g.cost : GEN_DEFAULT_STEPS;
        steps = (int64_t)choose(c, (uint64_t)most + 1);
    }
    *max_steps = steps;

    put(&all, "; a program from fuzz/gen.c\n; args: --max-steps %" PRId64 "\n", steps);
    if (chance(c, 20))
        put(&all, "main:\n");
    put(&all, "%.*s", (int)body.len, body.s ? body.s : "");
    for (int i = 0; i < g.nfn; i++)
        put(&all, "%.*s", (int)fns[i].len, fns[i].s ? fns[i].s : "");
    bool oom = all.oom || body.oom;
    for (int i = 0; i < MAX_FN; i++) {
        oom = oom || fns[i].oom;
        free(fns[i].s);
    }
    free(body.s);
    if (oom) {
        free(all.s);
        return NULL;
    }
    return all.s;
}

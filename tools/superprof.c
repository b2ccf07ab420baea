/*
 * tools/superprof.c — chooses dispatch/super's superinstructions from a
 * measured profile, and writes dispatch/super/sequences.def.
 *
 *     superprof [-k K] [-l LEN] [-o FILE] [-c] PROGRAM.vm... [-e PROGRAM.vm...]
 *
 *   -k K      choose K superinstructions (default 16)
 *   -l LEN    of 2 to LEN instructions (2..4, default 4)
 *   -o FILE   write the list there (default: standard output)
 *   -c        instead of the list, the curve: after each choice, the share
 *             of the dispatches saved in each program
 *   -e        the programs after it are measured with the chosen list but
 *             play no part in choosing it (a held-out test)
 *
 * 1. The profile.  Each program runs to its end in an instrumented
 *    interpreter made from the shared bodies (isa/ops.inc, every
 *    instruction checked, as a switch) that counts how often each
 *    instruction runs: e(i).  (vmgen builds its profiling engine from the
 *    primitives the same way.)
 *
 * 2. The dispatches a list S leaves, computed exactly from e(i).  A
 *    *chain* is a maximal run of instructions of which all but the last
 *    continue with the next (FLOW NEXT): control enters a chain at its
 *    top or at a branch target inside it and leaves at its end, so
 *    a(x) = e(x) - e(x - 1) runs enter at x (a(x) = e(x) at a top).
 *    dispatch/super gives each instruction the longest superinstruction
 *    of S that starts there (all of it proven, all but the last FLOW
 *    NEXT), so a run entering at x dispatches h(x) times:
 *        h(x) = 1 + h(x + L(x))  while x + L(x) is in the chain, else 1
 *    with L(x) the length fused at x (1 for none), and the program
 *    dispatches D(S) = sum over x of a(x) h(x) times; D(empty) = the
 *    executed count E, as in direct threading.
 *
 * 3. The choice, greedy: K times, add to S the sequence (an opcode tuple
 *    that occurs in a chain of the profile) that lowers the sum over the
 *    programs of D(S) / E the most: each program weighs the same,
 *    however long it runs.  Ties go to the sequence that sorts first, so
 *    the output is the same on every machine.  (Casey, Ertl and Gregg,
 *    TOPLAS 2007, choose by the profile count of each sequence; counting
 *    what a sequence saves given the ones chosen before it keeps the
 *    list from holding a sequence and its own parts.)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/interp.h"
#include "vm/readfile.h"

/* A step limit for the profile runs, far above what a profiled program
 * takes: a program that does not end is an error, not a hang. */
#define PROFILE_STEPS ((int64_t)1 << 34)
#define MAXLEN 4

static const char *prog_name = "superprof";

/* NAME of each opcode, as isa/opcodes.def spells it (the list is C) */
static const char *const op_name[OP__COUNT] = {
#define OP(NAME, ...) [OP_##NAME] = #NAME,
#include "isa/opcodes.def"
#undef OP
};

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: ", prog_name);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(2);
}

/* ---- 1. the profile --------------------------------------------------- */

/* Run p to its end on vm, adding 1 to hits[i] each time instruction i
 * runs.  The bodies as a switch, every instruction with its checks. */
static void profile(struct vm *vm, const struct program *p, uint64_t *hits)
{
    const uint8_t *const code = p->code;
    const uint32_t *const ord = p->ord;
    uint32_t at = 0;                   /* byte offset of the instruction */
    cell *sp = vm->stack;
    uintptr_t *rsp = vm->rstack;
    int64_t budget = vm->limit;
    enum status st;
    cell arg;

#define VPC_T            uint32_t
#define OP_BEGIN(NAME)   case OP_##NAME: { CHECKS(NAME); {
#define OP_END(NAME)     at += opinfo[OP_##NAME].size; goto next; } }
#define IMM()            read_int(code + at + 1)
#define TARGET()         read_label(code + at + 1)
#define NEXT_VPC(NAME)   (at + opinfo[OP_##NAME].size)
#define JUMP(t)          do { at = (t); goto next; } while (0)
#define ORD_HERE()       ord[at]
#define ORD_OF(t)        ord[t]
#define TRAP(s, a)       do { st = (s); arg = (a); goto trap; } while (0)

next:
    hits[ord[at]]++;
    switch ((enum opcode)code[at]) {
#include "isa/ops.inc"
    case OP__COUNT:
        break;
    }
    abort();                           /* verified code has no other opcode */

trap:
    vm_stop(vm, st, arg, ord[at], budget);
#include "vm/dispatch-end.h"
}

/* ---- the programs and the sequences in them ------------------------- */

struct prog {
    const char *file;
    bool held_out;            /* -e: measured, not chosen from */
    uint32_t n;               /* instructions */
    uint8_t *op;
    uint64_t *e;              /* e(i): executions */
    uint64_t *a;              /* a(i): runs entering the chain at i */
    int32_t (*cand)[MAXLEN - 1];  /* the sequence of length 2.. at i, or -1 */
    uint64_t executed;        /* E */
    uint64_t *h;              /* scratch for dispatches() */
};

/* A sequence: its length and opcodes, one key that sorts them. */
static uint64_t key_of(const uint8_t *op, unsigned n)
{
    uint64_t k = n;
    for (unsigned j = 0; j < MAXLEN; j++)
        k = k << 8 | (j < n ? op[j] : 0);
    return k;
}
static unsigned key_len(uint64_t k) { return (unsigned)(k >> (8 * MAXLEN)); }
static uint8_t key_op(uint64_t k, unsigned j) { return (uint8_t)(k >> (8 * (MAXLEN - 1 - j))); }

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return (a > b) - (a < b);
}

static void load(struct prog *pr, const char *file)
{
    size_t len;
    char *text = read_file(file, MAX_SOURCE_BYTES, &len);
    if (!text)
        die("cannot read %s", file);
    struct program p;
    struct load_error err;
    if (assemble(file, text, len, &p, &err) < 0 || verify(&p, &err) < 0) {
        fprintf(stderr, "%s:%" PRIu32 ": error: %s\n", file, err.line, err.msg);
        exit(2);
    }
    free(text);
    struct vm *vm = vm_new(&p, PROFILE_STEPS, NULL);
    pr->file = file;
    pr->n = p.count;
    pr->op = malloc(p.count);
    pr->e = calloc(p.count, sizeof *pr->e);
    pr->a = calloc(p.count, sizeof *pr->a);
    pr->h = calloc(p.count, sizeof *pr->h);
    pr->cand = malloc(p.count * sizeof *pr->cand);
    uint8_t *proven = malloc(p.count);
    if (!vm || !pr->op || !pr->e || !pr->a || !pr->h || !pr->cand || !proven)
        die("out of memory%s", "");
    profile(vm, &p, pr->e);
    if (vm->result.status == ST_STEPS)
        die("%s does not end: it is no program to profile", file);
    vm_free(vm);
    for (uint32_t i = 0; i < p.count; i++) {
        pr->op[i] = p.code[p.offset[i]];
        proven[i] = p.proven[i];
        pr->executed += pr->e[i];
    }
    /* the runs that enter each chain at i */
    for (uint32_t i = 0; i < p.count; i++) {
        uint64_t through = i > 0 && opinfo[pr->op[i - 1]].flow == FLOW_NEXT ? pr->e[i - 1] : 0;
        pr->a[i] = pr->e[i] > through ? pr->e[i] - through : 0;   /* (a trap ends a run early) */
    }
    /* the sequences dispatch/super could fuse at i: all proven, all but
     * the last FLOW NEXT (cand holds their keys until they are numbered) */
    for (uint32_t i = 0; i < p.count; i++) {
        for (unsigned n = 2; n <= MAXLEN; n++) {
            bool ok = i + n <= p.count;
            for (unsigned j = 0; ok && j < n; j++)
                ok = proven[i + j] && (j == n - 1 || opinfo[pr->op[i + j]].flow == FLOW_NEXT);
            pr->cand[i][n - 2] = ok ? 0 : -1;
        }
    }
    free(proven);
    program_free(&p);
}

/* ---- 2. the dispatches a list leaves ---------------------------------- */

/* D(S) for one program: chosen[c] says whether sequence c is in S, and
 * extra is one more sequence taken to be in it (or -1). */
static uint64_t dispatches(struct prog *pr, const bool *chosen, int32_t extra)
{
    uint64_t d = 0;
    for (uint32_t x = pr->n; x-- > 0;) {
        unsigned len = 1;
        for (unsigned n = MAXLEN; n >= 2 && len == 1; n--) {
            int32_t c = pr->cand[x][n - 2];
            if (c >= 0 && (chosen[c] || c == extra))
                len = n;
        }
        uint32_t last = x + len - 1, next = x + len;
        pr->h[x] = 1 + (next < pr->n && opinfo[pr->op[last]].flow == FLOW_NEXT ? pr->h[next] : 0);
        d += pr->a[x] * pr->h[x];
    }
    return d;
}

static int write_list(const char *out_file, unsigned k, unsigned maxlen, const struct prog *progs,
                      unsigned np, const uint64_t *keys, const int32_t *list, const double *gain,
                      unsigned nlist, const double *now);

static void usage(void)
{
    fprintf(stderr, "usage: %s [-k K] [-l LEN] [-o FILE] [-c] PROGRAM.vm... [-e PROGRAM.vm...]\n", prog_name);
    exit(2);
}

int main(int argc, char **argv)
{
    unsigned k = 16, maxlen = MAXLEN;
    const char *out_file = NULL;
    bool curve = false, held_out = false;
    struct prog *progs = calloc((size_t)argc, sizeof *progs);
    unsigned np = 0;
    if (!progs)
        die("out of memory%s", "");
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "-k") == 0 || strcmp(a, "-l") == 0 || strcmp(a, "-o") == 0) && i + 1 < argc) {
            const char *v = argv[++i];
            if (a[1] == 'o') {
                out_file = v;
                continue;
            }
            char *end;
            unsigned long n = strtoul(v, &end, 10);
            if (!*v || *end || n > 1000 || (a[1] == 'l' && (n < 2 || n > MAXLEN)))
                usage();
            *(a[1] == 'k' ? &k : &maxlen) = (unsigned)n;
        } else if (strcmp(a, "-c") == 0) {
            curve = true;
        } else if (strcmp(a, "-e") == 0) {
            held_out = true;
        } else if (a[0] == '-') {
            usage();
        } else {
            load(&progs[np], a);
            progs[np++].held_out = held_out;
        }
    }
    if (np == 0)
        usage();

    /* Number the sequences: every key that occurs, sorted. */
    size_t nkeys = 0;
    for (unsigned p = 0; p < np; p++)
        nkeys += (size_t)progs[p].n * (MAXLEN - 1);
    uint64_t *keys = malloc((nkeys ? nkeys : 1) * sizeof *keys);
    if (!keys)
        die("out of memory%s", "");
    nkeys = 0;
    for (unsigned p = 0; p < np; p++)
        for (uint32_t i = 0; i < progs[p].n; i++)
            for (unsigned n = 2; n <= maxlen; n++)
                if (progs[p].cand[i][n - 2] == 0)
                    keys[nkeys++] = key_of(progs[p].op + i, n);
    qsort(keys, nkeys, sizeof *keys, cmp_u64);
    size_t ncand = 0;
    for (size_t j = 0; j < nkeys; j++)
        if (ncand == 0 || keys[j] != keys[ncand - 1])
            keys[ncand++] = keys[j];
    for (unsigned p = 0; p < np; p++)
        for (uint32_t i = 0; i < progs[p].n; i++)
            for (unsigned n = 2; n <= MAXLEN; n++) {
                int32_t *c = &progs[p].cand[i][n - 2];
                if (*c == 0 && n <= maxlen) {
                    uint64_t key = key_of(progs[p].op + i, n);
                    *c = (int32_t)((uint64_t *)bsearch(&key, keys, ncand, sizeof *keys, cmp_u64) - keys);
                } else {
                    *c = -1;
                }
            }

    /* 3. the greedy choice */
    bool *chosen = calloc(ncand ? ncand : 1, sizeof *chosen);
    double *now = malloc(np * sizeof *now);      /* D(S) / E per program */
    int32_t *list = malloc((k ? k : 1) * sizeof *list);
    double *gain = malloc((k ? k : 1) * sizeof *gain);
    if (!chosen || !now || !list || !gain)
        die("out of memory%s", "");
    double total = 0;
    unsigned ntrain = 0;
    for (unsigned p = 0; p < np; p++) {
        if (progs[p].executed == 0)
            die("%s executes nothing", progs[p].file);
        if (dispatches(&progs[p], chosen, -1) != progs[p].executed)
            die("%s: the chains do not account for every dispatch (a bug)", progs[p].file);
        now[p] = 1.0;
        if (!progs[p].held_out) {
            total += 1.0;
            ntrain++;
        }
    }
    if (ntrain == 0)
        die("no program to choose from (all after -e)%s", "");
    if (curve) {
        printf("%-3s %-28s", "k", "chosen");
        for (unsigned p = 0; p < np; p++) {
            const char *b = strrchr(progs[p].file, '/');
            printf(" %9.9s%s", b ? b + 1 : progs[p].file, progs[p].held_out ? "*" : " ");
        }
        printf("   mean\n");
    }
    unsigned nlist = 0;
    for (; nlist < k; nlist++) {
        int32_t best = -1;
        double best_total = total;
        for (size_t c = 0; c < ncand; c++) {
            if (chosen[c])
                continue;
            double t = 0;
            for (unsigned p = 0; p < np; p++)
                if (!progs[p].held_out)
                    t += (double)dispatches(&progs[p], chosen, (int32_t)c) / (double)progs[p].executed;
            if (t < best_total - 1e-12) {
                best_total = t;
                best = (int32_t)c;
            }
        }
        if (best < 0)
            break;                     /* nothing left saves a dispatch */
        chosen[best] = true;
        list[nlist] = best;
        gain[nlist] = (total - best_total) / ntrain;
        total = best_total;
        for (unsigned p = 0; p < np; p++)
            now[p] = (double)dispatches(&progs[p], chosen, -1) / (double)progs[p].executed;
        if (curve) {
            char name[64] = "";
            for (unsigned j = 0; j < key_len(keys[best]); j++)
                snprintf(name + strlen(name), sizeof name - strlen(name), "%s%s", j ? " " : "",
                         opinfo[key_op(keys[best], j)].name);
            printf("%-3u %-28s", nlist + 1, name);
            double mean = 0;
            for (unsigned p = 0; p < np; p++) {
                printf(" %9.1f%% ", 100 * (1 - now[p]));
                mean += progs[p].held_out ? 0 : 1 - now[p];
            }
            printf(" %5.1f%%\n", 100 * mean / ntrain);
        }
    }
    int rc = curve ? 0 : write_list(out_file, k, maxlen, progs, np, keys, list, gain, nlist, now);
    for (unsigned p = 0; p < np; p++) {
        free(progs[p].op);
        free(progs[p].e);
        free(progs[p].a);
        free(progs[p].h);
        free(progs[p].cand);
    }
    free(progs);
    free(keys);
    free(chosen);
    free(now);
    free(list);
    free(gain);
    return rc;
}

/* The list, as dispatch/super/sequences.def holds it. */
static int write_list(const char *out_file, unsigned k, unsigned maxlen, const struct prog *progs,
                      unsigned np, const uint64_t *keys, const int32_t *list, const double *gain,
                      unsigned nlist, const double *now)
{
    FILE *f = out_file ? fopen(out_file, "w") : stdout;
    if (!f)
        die("cannot write %s", out_file);
    fprintf(f, "/*\n * dispatch/super/sequences.def — generated by tools/superprof.c (make regen), do not edit.\n"
               " *\n * The superinstructions of dispatch/super, chosen by `superprof -k %u -l %u` from the\n"
               " * profile of\n", k, maxlen);
    for (unsigned p = 0; p < np; p++)
        fprintf(f, " *     %s%s\n", progs[p].file, progs[p].held_out ? " (held out)" : "");
    fprintf(f, " * in the order chosen, each with the share of the dispatches of direct\n"
               " * threading it saves besides those before it (the mean over the programs).\n"
               " * Each defines SEQ, its opcodes, and includes SUPER_EACH, which\n"
               " * dispatch/super/super.c defines.\n */\n");
    for (unsigned j = 0; j < nlist; j++) {
        uint64_t key = keys[list[j]];
        fprintf(f, "\n/* %2u.", j + 1);
        for (unsigned c = 0; c < key_len(key); c++)
            fprintf(f, " %s", opinfo[key_op(key, c)].name);
        fprintf(f, ": %.2f%% */\n#define SEQ", 100 * gain[j]);
        for (unsigned c = 0; c < key_len(key); c++)
            fprintf(f, "%s %s", c ? "," : "", op_name[key_op(key, c)]);
        fprintf(f, "\n#include SUPER_EACH\n#undef SEQ\n");
    }
    fprintf(f, "\n/* Dispatches saved with all %u, per program:\n", nlist);
    for (unsigned p = 0; p < np; p++)
        fprintf(f, " *     %-36s %5.1f%%%s\n", progs[p].file, 100 * (1 - now[p]),
                progs[p].held_out ? " (held out)" : "");
    fprintf(f, " */\n");
    if (out_file ? fclose(f) != 0 : fflush(f) != 0)
        die("cannot write %s", out_file ? out_file : "the output");
    return 0;
}

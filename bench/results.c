/*
 * bench/results.c — what is done with stored runs (summary.json files):
 *
 *   results merge --out DIR SUMMARY.json...
 *       one table across machines (DIR/merged.md, also printed) and the
 *       data of one plot (DIR/merged.dat, DIR/mergevars.gp for
 *       bench/merge.gp): a row per machine with its CPU model, compiler and
 *       flags, a column per dispatcher (`make bench-merge`);
 *   results docs --machines DIR (--write | --check) DOC...
 *       the blocks of docs/ that quote measurements, made from every
 *       DIR/NAME/summary.json: each "<!-- GENERATED bench:BLOCK ... -->"
 *       ... "<!-- END GENERATED -->" in DOC is replaced by BLOCK.  --write
 *       rewrites the docs (`make bench-docs`), --check says which differ
 *       and exits 1 (tests/suites/60-bench.sh).
 *
 * A claim that the docs state in general is generated here too, and only
 * where every stored machine that measured it agrees; otherwise the block
 * says which machine showed what (docs/measuring.md, "Results").
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/json.h"

#define MAX_MACHINES 64

struct machine {
    char name[256];              /* the folder name (or the summary's machine_name) */
    char path[1200];
    struct jnode *root;
};

static struct machine mach[MAX_MACHINES];
static unsigned nmach;
static const char *prog = "results";

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%s: error: ", prog);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, len = 0;
    char *s = malloc(cap);
    size_t got;
    while (s && (got = fread(s + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (len + 1 == cap) {
            char *t = realloc(s, cap *= 2);
            if (!t) {
                free(s);
                s = NULL;
            }
            s = t;
        }
    }
    fclose(f);
    if (s)
        s[len] = 0;
    return s;
}

static void load(const char *path, const char *name)
{
    if (nmach == MAX_MACHINES)
        die("more than %d summaries", MAX_MACHINES);
    char *text = read_all(path), err[200];
    if (!text)
        die("%s: %s", path, strerror(errno));
    struct jnode *root = json_parse(text, err, sizeof err);
    free(text);
    if (!root)
        die("%s: %s", path, err);
    if (!json_get(root, "dispatchers") || !json_get(root, "machine"))
        die("%s: not a summary.json of make bench (no dispatchers or machine)", path);
    struct machine *m = &mach[nmach++];
    snprintf(m->path, sizeof m->path, "%s", path);
    snprintf(m->name, sizeof m->name, "%s", name ? name : json_str(root, "machine_name"));
    if (!m->name[0])
        snprintf(m->name, sizeof m->name, "%s", path);
    m->root = root;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every DIR/NAME/summary.json, by NAME. */
static void load_machines(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("%s: %s", dir, strerror(errno));
    char *names[MAX_MACHINES];
    unsigned n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL && n < MAX_MACHINES) {
        if (e->d_name[0] == '.')
            continue;
        char path[1200];
        snprintf(path, sizeof path, "%s/%s/summary.json", dir, e->d_name);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        fclose(f);
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (unsigned i = 0; i < n; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/%s/summary.json", dir, names[i]);
        load(path, names[i]);
        free(names[i]);
    }
    if (nmach == 0)
        die("no stored runs in %s (DIR/NAME/summary.json)", dir);
}

/* ---- reading a summary ----------------------------------------------------- */

static const struct jnode *dispatcher(const struct machine *m, const char *name)
{
    const struct jnode *a = json_get(m->root, "dispatchers");
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next)
        if (strcmp(json_str(d, "name"), name) == 0)
            return d;
    return NULL;
}

static const struct jnode *isolated(const struct machine *m, const char *name)
{
    const struct jnode *a = json_get(m->root, "isolated");
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next)
        if (strcmp(json_str(d, "name"), name) == 0)
            return d;
    return NULL;
}

static double ertl(const struct machine *m, const char *program)
{
    const struct jnode *a = json_get(m->root, "ertl");
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next)
        if (strcmp(json_str(d, "program"), program) == 0)
            return json_num(d, "ns_per_dispatch");
    return NAN;
}

/* A dispatcher's figure on machine m (NAN when not measured or not trusted). */
static double dnum(const struct machine *m, const char *disp, const char *key)
{
    return json_num(dispatcher(m, disp), key);
}

/* The dispatchers of all machines, in the order they first appear. */
static unsigned all_dispatchers(const char **names, unsigned max)
{
    unsigned n = 0;
    for (unsigned i = 0; i < nmach; i++) {
        const struct jnode *a = json_get(mach[i].root, "dispatchers");
        for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
            const char *nm = json_str(d, "name");
            bool seen = false;
            for (unsigned j = 0; j < n; j++)
                seen = seen || strcmp(names[j], nm) == 0;
            if (!seen && n < max)
                names[n++] = nm;
        }
    }
    return n;
}

/* ---- output into a growing buffer ---------------------------------------------- */

struct buf {
    char *s;
    size_t len, cap;
};

static void out(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    for (;;) {
        va_start(ap, fmt);
        size_t room = b->cap - b->len;
        int n = vsnprintf(b->s ? b->s + b->len : NULL, b->s ? room : 0, fmt, ap);
        va_end(ap);
        if (n < 0)
            die("formatting failed");
        if (b->s && (size_t)n < room) {
            b->len += (size_t)n;
            return;
        }
        size_t cap = b->cap ? b->cap * 2 : 4096;
        while (cap < b->len + (size_t)n + 1)
            cap *= 2;
        char *t = realloc(b->s, cap);
        if (!t)
            die("out of memory");
        b->s = t;
        b->cap = cap;
    }
}

/* A number, or a dash. */
static const char *num(char *s, size_t size, const char *fmt, double v)
{
    if (isfinite(v))
        snprintf(s, size, fmt, v);
    else
        snprintf(s, size, "–");
    return s;
}
#define NUM(fmt, v) num((char[48]){ 0 }, 48, fmt, v)

/* value [q1–q3] of key, or why it is not a number. */
static const char *figure(char *s, size_t size, const struct jnode *o, const char *key)
{
    char k[96];
    double v = json_num(o, key);
    snprintf(k, sizeof k, "%s_q1", key);
    double q1 = json_num(o, k);
    snprintf(k, sizeof k, "%s_q3", key);
    double q3 = json_num(o, k);
    snprintf(k, sizeof k, "%s_untrusted", key);
    const char *why = json_str(o, k);
    if (isfinite(v) && isfinite(q1))
        snprintf(s, size, "%.2f [%.2f–%.2f]", v, q1, q3);
    else if (isfinite(v))
        snprintf(s, size, "%.2f", v);
    else if (why[0])
        snprintf(s, size, "untrusted (%s)", why);
    else
        snprintf(s, size, "–");
    return s;
}
#define FIG(o, key) figure((char[96]){ 0 }, 96, o, key)

/* ---- the table across machines (merge, and a docs block) ------------------------ */

static void machine_cell(struct buf *b, const struct machine *m)
{
    const struct jnode *mc = json_get(m->root, "machine"), *cc = json_get(m->root, "compiler");
    out(b, "| %s | %s | %.0f | %s | %s |", m->name, json_str(mc, "cpu_model"), json_num(mc, "cores"),
        json_str(cc, "version"), json_str(m->root, "flags"));
}

static void merged_table(struct buf *b)
{
    const char *names[64];
    unsigned nd = all_dispatchers(names, 64);
    out(b, "| machine | CPU | cores | compiler | flags |");
    for (unsigned j = 0; j < nd; j++)
        out(b, " %s |", names[j]);
    out(b, "\n|---|---|--:|---|---|");
    for (unsigned j = 0; j < nd; j++)
        out(b, "--:|");
    out(b, "\n");
    for (unsigned i = 0; i < nmach; i++) {
        machine_cell(b, &mach[i]);
        for (unsigned j = 0; j < nd; j++) {
            const struct jnode *d = dispatcher(&mach[i], names[j]);
            if (!d)
                out(b, " – |");
            else if (!json_bool(d, "available"))
                out(b, " unavailable |");
            else
                out(b, " %s / %s / %s |", NUM("%.2f", json_num(d, "nop_ns_per_dispatch")),
                    NUM("%.2f", json_num(d, "pattern_ns_per_dispatch")),
                    NUM("%.2f", json_num(d, "isolated_ns_per_dispatch")));
        }
        out(b, "\n");
    }
}

static int merge(int argc, char **argv)
{
    const char *dir = NULL;
    int i = 0;
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
            dir = argv[++i];
        else
            load(argv[i], NULL);
    }
    if (!dir || nmach == 0)
        die("usage: results merge --out DIR SUMMARY.json...");
    struct buf b = { 0 };
    out(&b, "# dispatchlab benchmark across machines\n\n");
    out(&b, "Written by `make bench-merge` (bench/results.c) from %u summary.json files. Each cell: ns per "
            "dispatch when it is predictable (the NOP ladder's linear part) / on the pattern that defeats a "
            "simple predictor / the same pattern in the isolated program (bench/isolated/); – not measured "
            "or not trusted. docs/measuring.md explains the figures.\n\n", nmach);
    merged_table(&b);
    out(&b, "\nSources:\n\n");
    for (unsigned k = 0; k < nmach; k++)
        out(&b, "- %s: `%s` (%s)\n", mach[k].name, mach[k].path, json_str(mach[k].root, "date"));
    out(&b, "\n![across machines](merged.png)\n");

    char path[1200];
    snprintf(path, sizeof path, "%s/merged.md", dir);
    FILE *f = fopen(path, "w");
    if (!f || fwrite(b.s, 1, b.len, f) != b.len || fclose(f) != 0)
        die("cannot write %s", path);
    fwrite(b.s, 1, b.len, stdout);

    /* the plot: one row per machine, per dispatcher predictable and pattern */
    const char *names[64];
    unsigned nd = all_dispatchers(names, 64);
    snprintf(path, sizeof path, "%s/merged.dat", dir);
    f = fopen(path, "w");
    if (!f)
        die("cannot write %s", path);
    fprintf(f, "# machine, then per dispatcher: predictable ns, pattern ns (- : none)\n");
    for (unsigned k = 0; k < nmach; k++) {
        fprintf(f, "\"%s\"", mach[k].name);
        for (unsigned j = 0; j < nd; j++) {
            double v[2] = { dnum(&mach[k], names[j], "nop_ns_per_dispatch"),
                            dnum(&mach[k], names[j], "pattern_ns_per_dispatch") };
            for (int x = 0; x < 2; x++)
                fprintf(f, isfinite(v[x]) ? " %.5g" : " -", v[x]);
        }
        fprintf(f, "\n");
    }
    if (fclose(f) != 0)
        die("cannot write %s", path);
    snprintf(path, sizeof path, "%s/mergevars.gp", dir);
    f = fopen(path, "w");
    if (!f)
        die("cannot write %s", path);
    fprintf(f, "# generated by bench/results.c for bench/merge.gp\nnd = %u\n", nd);
    for (unsigned j = 0; j < nd; j++)
        fprintf(f, "name%u = \"%s\"\n", j + 1, names[j]);
    fprintf(f, "nm = %u\n", nmach);
    if (fclose(f) != 0)
        die("cannot write %s", path);
    printf("\nresults: %s/merged.md, merged.dat (plot: merged.png)\n", dir);
    free(b.s);
    return 0;
}

/* ---- the docs' blocks --------------------------------------------------------------- */

static const char *const lecture[] = { "switch", "token", "direct", "indirect", "subroutine", "call" };
#define NLECTURE (sizeof lecture / sizeof lecture[0])

/* The stored machines, one line each. */
static void block_machines(struct buf *b)
{
    out(b, "| stored run (results/machines/) | CPU | cores | system | compiler | flags | date | samples | provenance |\n");
    out(b, "|---|---|--:|---|---|---|---|---|---|\n");
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        const struct jnode *mc = json_get(m->root, "machine"), *cc = json_get(m->root, "compiler"),
                           *st = json_get(m->root, "settings");
        char date[16];
        snprintf(date, sizeof date, "%.10s", json_str(m->root, "date"));
        const char *prov = json_str(m->root, "provenance");
        out(b, "| [%s](../results/machines/%s/report.md) | %s | %.0f | %s | %s | `%s` | %s | %.0f rounds, "
               "samples ≥ %.0f ms; processor share %s%s | %s |\n",
            m->name, m->name, json_str(mc, "cpu_model"), json_num(mc, "cores"), json_str(mc, "os"),
            json_str(cc, "version"), json_str(m->root, "flags"), date, json_num(st, "rounds"),
            json_num(st, "min_sample_ms"), NUM("%.0f%%", 100 * json_num(st, "cpu_share_median")),
            json_bool(m->root, "busy_machine") ? " (**busy**)" : "",
            prov[0] ? prov : "`make bench-store`");
    }
}

/* Per machine, the comparison of report.md. */
static void block_comparison(struct buf *b)
{
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        bool have_ertl = json_get(m->root, "ertl") && json_get(m->root, "ertl")->child;
        out(b, "%s**%s**\n\n", i ? "\n" : "", m->name);
        out(b, "| dispatcher | slide x86-32 | static insns | valgrind insns/nop | valgrind mispredicted/dispatch, pattern "
               "| predictable ns/dispatch | ladder linear from k | pattern ns/dispatch | isolated ns/dispatch%s |\n",
            have_ertl ? " | Ertl V2 ns/dispatch" : "");
        out(b, "|---|--:|--:|--:|--:|--:|--:|--:|--:|%s\n", have_ertl ? "--:|" : "");
        const struct jnode *a = json_get(m->root, "dispatchers");
        for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
            const char *nm = json_str(d, "name");
            if (!json_bool(d, "available")) {
                out(b, "| %s | unavailable here: %s |", nm, json_str(d, "unavailable"));
                for (int c = 2; c < (have_ertl ? 10 : 9); c++)
                    out(b, " |");
                out(b, "\n");
                continue;
            }
            double sl = json_num(d, "slide_x86_32_instructions");
            const struct jnode *is = isolated(m, nm);
            out(b, "| %s | %s | %s | %s | %s | %s | %s%s | %s | %s |", nm,
                NUM("%.0f", sl), NUM("%.0f", json_num(d, "dispatch_instructions")),
                NUM("%.2f", json_num(d, "valgrind_instructions_per_nop")),
                NUM("%.2f", json_num(d, "valgrind_mispredictions_per_dispatch_pattern")),
                FIG(d, "nop_ns_per_dispatch"), NUM("%.0f", json_num(d, "nop_linear_from_k")),
                json_get(d, "nop_linear") && !json_bool(d, "nop_linear") ? " (not linear)" : "",
                FIG(d, "pattern_ns_per_dispatch"), is ? FIG(is, "ns_per_dispatch") : "–");
            if (have_ertl)
                out(b, " %s |", NUM("%.2f", ertl(m, nm)));
            out(b, "\n");
        }
        const struct jnode *ia = json_get(m->root, "isolated");
        for (const struct jnode *is = ia ? ia->child : NULL; is; is = is->next)
            if (!json_str(is, "dispatcher")[0]) {
                out(b, "| (%s, isolated only) | | | | | | | | %s |", json_str(is, "name"), FIG(is, "ns_per_dispatch"));
                if (have_ertl)
                    out(b, " %s |", NUM("%.2f", ertl(m, json_str(is, "name"))));
                out(b, "\n");
            }
    }
}

/* The ladder: the slope over the linear part against the slope over all rungs. */
static void block_ladder(struct buf *b)
{
    out(b, "| dispatcher |");
    for (unsigned i = 0; i < nmach; i++)
        out(b, " %s |", mach[i].name);
    out(b, "\n|---|");
    for (unsigned i = 0; i < nmach; i++)
        out(b, "---|");
    out(b, "\n");
    const char *names[64];
    unsigned nd = all_dispatchers(names, 64);
    for (unsigned j = 0; j < nd; j++) {
        out(b, "| %s |", names[j]);
        for (unsigned i = 0; i < nmach; i++) {
            const struct jnode *d = dispatcher(&mach[i], names[j]);
            double all = json_num(d, "nop_ns_per_dispatch_all_rungs");
            if (!d || !json_bool(d, "available")) {
                out(b, " – |");
                continue;
            }
            out(b, " %s (k ≥ %s, %s R² %s); all rungs %s, R² %s |", FIG(d, "nop_ns_per_dispatch"),
                NUM("%.0f", json_num(d, "nop_linear_from_k")),
                json_bool(d, "nop_linear") ? "linear," : "not linear,",
                NUM("%.4f", json_num(d, "nop_fit_r2")), NUM("%.2f", all),
                NUM("%.3f", json_num(d, "nop_fit_r2_all_rungs")));
        }
        out(b, "\n");
    }
}

/* The dispatch sequences, per machine: where the compiler's defaults differ. */
static void block_sequences(struct buf *b)
{
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        out(b, "%s**%s** (%s; `%s`):\n\n", i ? "\n" : "", m->name,
            json_str(json_get(m->root, "compiler"), "version"), json_str(m->root, "flags"));
        const struct jnode *a = json_get(m->root, "dispatchers");
        for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
            const char *seq = json_str(d, "dispatch_sequence");
            if (seq[0])
                out(b, "- %s (%.0f): `%s`\n", json_str(d, "name"), json_num(d, "dispatch_instructions"), seq);
        }
    }
}

/* valgrind's mispredictions per VM instruction, where it was run. */
static void block_counts(struct buf *b)
{
    bool any = false;
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        const struct jnode *vg = json_get(m->root, "valgrind");
        if (!json_bool(vg, "available"))
            continue;
        out(b, "%s**%s** (%s): mispredicted indirect branches per VM instruction\n\n", any ? "\n" : "", m->name,
            json_str(vg, "version"));
        any = true;
        const char *names[64];
        unsigned nd = 0;
        const struct jnode *a = json_get(m->root, "dispatchers");
        for (const struct jnode *d = a ? a->child : NULL; d; d = d->next)
            if (json_bool(d, "available") && nd < 64)
                names[nd++] = json_str(d, "name");
        out(b, "| workload |");
        for (unsigned j = 0; j < nd; j++)
            out(b, " %s |", names[j]);
        out(b, "\n|---|");
        for (unsigned j = 0; j < nd; j++)
            out(b, "--:|");
        out(b, "\n");
        const struct jnode *ws = json_get(m->root, "workloads");
        for (const struct jnode *w = ws ? ws->child : NULL; w; w = w->next) {
            const char *kind = json_str(w, "kind");
            if (strcmp(kind, "ladder") == 0 || strcmp(kind, "isolated") == 0)
                continue;
            out(b, "| %s |", json_str(w, "name"));
            for (unsigned j = 0; j < nd; j++) {
                double v = NAN;
                const struct jnode *rs = json_get(w, "results");
                for (const struct jnode *r = rs ? rs->child : NULL; r; r = r->next)
                    if (strcmp(json_str(r, "engine"), names[j]) == 0)
                        v = json_num(r, "valgrind_mispredictions_per_vm_instruction");
                out(b, " %s |", NUM("%.2f", v));
            }
            out(b, "\n");
        }
    }
    if (!any)
        out(b, "No stored run has valgrind's counts.\n");
}

static void block_devirt(struct buf *b)
{
    bool any = false;
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        const struct jnode *a = json_get(m->root, "devirt");
        if (!a || !a->child)
            continue;
        double direct = NAN;
        for (const struct jnode *r = a->child; r; r = r->next)
            if (strncmp(json_str(r, "row"), "direct", 6) == 0)
                direct = json_num(r, "ns_per_call");
        out(b, "%s**%s** (%s):\n\n", any ? "\n" : "", m->name,
            json_str(json_get(m->root, "compiler"), "version"));
        any = true;
        out(b, "| how post() is reached | ns/call | min | max | vs direct |\n|---|--:|--:|--:|--:|\n");
        for (const struct jnode *r = a->child; r; r = r->next)
            out(b, "| %s | %.2f | %.2f | %.2f | %s |\n", json_str(r, "row"), json_num(r, "ns_per_call"),
                json_num(r, "min"), json_num(r, "max"), NUM("%.2fx", json_num(r, "ns_per_call") / direct));
    }
    if (!any)
        out(b, "No stored run has the virtual-call timings.\n");
}

static void block_peers(struct buf *b)
{
    out(b, "| stored run | best dispatcher | ");
    out(b, "lua5.4 | luajit -joff | python3 |\n|---|---|--:|--:|--:|\n");
    static const char *const peers[] = { "lua5.4", "luajit -joff", "python3" };
    for (unsigned i = 0; i < nmach; i++) {
        const struct machine *m = &mach[i];
        const char *best = NULL;
        double bg = NAN;
        const struct jnode *a = json_get(m->root, "dispatchers");
        for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
            double g = json_num(d, "geomean_slowdown_vs_native");
            if (isfinite(g) && (!best || g < bg)) {
                best = json_str(d, "name");
                bg = g;
            }
        }
        out(b, "| %s | %s %s |", m->name, best ? best : "–", NUM("%.1fx", bg));
        for (unsigned p = 0; p < 3; p++) {
            const struct jnode *pa = json_get(m->root, "peers"), *found = NULL;
            for (const struct jnode *x = pa ? pa->child : NULL; x; x = x->next)
                if (strcmp(json_str(x, "name"), peers[p]) == 0)
                    found = x;
            if (!found)
                out(b, " not measured |");
            else if (!isfinite(json_num(found, "geomean_slowdown_vs_native")))
                out(b, " untrusted (%.0f of %.0f programs) |", json_num(found, "programs_trusted"),
                    json_num(found, "programs"));
            else
                out(b, " %.1fx |", json_num(found, "geomean_slowdown_vs_native"));
        }
        out(b, "\n");
    }
}

/* ---- claims: general where every machine that measured them agrees ------------- */

/* A comparison on one machine: true, false, or no data (-1); what it saw. */
typedef int claim_fn(const struct machine *m, char *seen, size_t size);

static void claim(struct buf *b, const char *text, claim_fn *fn)
{
    unsigned yes = 0, no = 0;
    char seen[MAX_MACHINES][200];
    int r[MAX_MACHINES];
    for (unsigned i = 0; i < nmach; i++) {
        seen[i][0] = 0;
        r[i] = fn(&mach[i], seen[i], sizeof seen[i]);
        yes += r[i] == 1;
        no += r[i] == 0;
    }
    if (yes + no == 0) {
        out(b, "- *No stored run measured it*: %s\n", text);
        return;
    }
    const char *verdict;
    char head[160];
    if (no == 0)
        verdict = yes + no == 1 ? "so on that one" : "so on all of them";
    else if (yes == 0)
        verdict = yes + no == 1 ? "not so on that one" : "so on none of them";
    else
        verdict = "so on some of them only: not in general";
    if (yes + no == nmach)
        snprintf(head, sizeof head, "%s", no == 0 ? "On every stored machine" : yes == 0 ? "On no stored machine"
                 : "On some stored machines only, so not in general");
    else
        snprintf(head, sizeof head, "Measured on %u of the %u stored machines, %s", yes + no, nmach, verdict);
    out(b, "- **%s**: %s (", head, text);
    bool first = true;
    for (unsigned i = 0; i < nmach; i++) {
        if (r[i] < 0)
            continue;
        out(b, "%s%s%s: %s", first ? "" : "; ", mach[i].name, yes && no ? (r[i] ? " so" : " not so") : "", seen[i]);
        first = false;
    }
    out(b, ")\n");
}

/* Is a's figure below b's, beyond the spread of both (their interquartile
 * ranges do not overlap)?  A difference within the spread is no result. */
static int cmp_figure(const struct machine *m, const char *key, const char *a, const char *bname,
                      char *seen, size_t size)
{
    char k1[96], k3[96];
    snprintf(k1, sizeof k1, "%s_q1", key);
    snprintf(k3, sizeof k3, "%s_q3", key);
    double x = dnum(m, a, key), y = dnum(m, bname, key);
    if (!isfinite(x) || !isfinite(y))
        return -1;
    double x3 = dnum(m, a, k3), y1 = dnum(m, bname, k1);
    bool apart = !(isfinite(x3) && isfinite(y1)) || x3 < y1 || dnum(m, bname, k3) < dnum(m, a, k1);
    snprintf(seen, size, "%s %.2f, %s %.2f ns%s", a, x, bname, y, apart ? "" : ", within the spread");
    return x < y && apart;
}

static int c_direct_switch_nop(const struct machine *m, char *s, size_t n)
{
    return cmp_figure(m, "nop_ns_per_dispatch", "direct", "switch", s, n);
}
static int c_token_switch_nop(const struct machine *m, char *s, size_t n)
{
    return cmp_figure(m, "nop_ns_per_dispatch", "token", "switch", s, n);
}
static int c_direct_switch_pattern(const struct machine *m, char *s, size_t n)
{
    return cmp_figure(m, "pattern_ns_per_dispatch", "direct", "switch", s, n);
}
static int c_subroutine_direct_nop(const struct machine *m, char *s, size_t n)
{
    return cmp_figure(m, "nop_ns_per_dispatch", "subroutine", "direct", s, n);
}

/* The lecture's order holds: fewer instructions, cheaper predictable dispatch,
 * among the jump-based techniques (switch, token, direct). */
static int c_subroutine_cheapest(const struct machine *m, char *s, size_t n)
{
    double sw = dnum(m, "switch", "nop_ns_per_dispatch");
    double best = INFINITY;
    const char *bn = NULL;
    for (unsigned i = 0; i < NLECTURE; i++) {
        double v = dnum(m, lecture[i], "nop_ns_per_dispatch");
        if (isfinite(v) && v < best) {
            best = v;
            bn = lecture[i];
        }
    }
    if (!isfinite(sw) || !bn)
        return -1;
    snprintf(s, n, "cheapest %s %.2f ns, switch %.2f ns", bn, best, sw);
    return strcmp(bn, "subroutine") == 0;
}

/* The pattern costs switch dispatch more over its predictable case than it
 * costs direct threading: what the simple predictor predicts. */
static int c_pattern_penalty(const struct machine *m, char *s, size_t n)
{
    double sp = dnum(m, "switch", "pattern_ns_per_dispatch") - dnum(m, "switch", "nop_ns_per_dispatch");
    double dp = dnum(m, "direct", "pattern_ns_per_dispatch") - dnum(m, "direct", "nop_ns_per_dispatch");
    if (!isfinite(sp) || !isfinite(dp))
        return -1;
    snprintf(s, n, "pattern minus predictable: switch %+.2f, direct %+.2f ns", sp, dp);
    return sp > dp;
}

/* valgrind's model: threaded code mispredicts half of the pattern's
 * dispatches, switch all of them. */
static int c_valgrind_design(const struct machine *m, char *s, size_t n)
{
    double sw = dnum(m, "switch", "valgrind_mispredictions_per_dispatch_pattern");
    double di = dnum(m, "direct", "valgrind_mispredictions_per_dispatch_pattern");
    double su = dnum(m, "subroutine", "valgrind_mispredictions_per_dispatch_pattern");
    if (!isfinite(sw) || !isfinite(di))
        return -1;
    snprintf(s, n, "switch %.2f, direct %.2f, subroutine %s", sw, di, NUM("%.2f", su));
    return fabs(sw - 1) < 0.05 && fabs(di - 0.5) < 0.05;
}

/* Our isolated programs against Ertl's: within 25 % for each technique. */
static int c_ertl_25(const struct machine *m, char *s, size_t n)
{
    static const char *const progs[] = { "subroutine", "direct", "indirect", "switch", "call", "repl-switch" };
    int r = 1, have = 0;
    s[0] = 0;
    for (unsigned i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        double e = ertl(m, progs[i]), o = json_num(isolated(m, progs[i]), "ns_per_dispatch");
        if (!isfinite(e) || !isfinite(o))
            continue;
        have = 1;
        size_t len = strlen(s);
        snprintf(s + len, n - len, "%s%s %+.0f%%", len ? ", " : "", progs[i], 100 * (o / e - 1));
        if (fabs(o / e - 1) > 0.25)
            r = 0;
    }
    return have ? r : -1;
}

/* ... and in the same order. */
static int c_ertl_rank(const struct machine *m, char *s, size_t n)
{
    static const char *const progs[] = { "subroutine", "direct", "indirect", "switch", "call", "repl-switch" };
    const char *p[8];
    double e[8], o[8];
    unsigned k = 0;
    for (unsigned i = 0; i < sizeof progs / sizeof progs[0]; i++) {
        double x = ertl(m, progs[i]), y = json_num(isolated(m, progs[i]), "ns_per_dispatch");
        if (isfinite(x) && isfinite(y)) {
            p[k] = progs[i];
            e[k] = x;
            o[k++] = y;
        }
    }
    if (k < 2)
        return -1;
    /* pairs whose order differs; pairs closer than 10 % in Ertl's figures are ties */
    int bad = 0;
    s[0] = 0;
    for (unsigned i = 0; i < k; i++)
        for (unsigned j = i + 1; j < k; j++) {
            if (fabs(e[i] - e[j]) < 0.1 * (e[i] < e[j] ? e[i] : e[j]))
                continue;
            if ((e[i] < e[j]) != (o[i] < o[j])) {
                size_t len = strlen(s);
                snprintf(s + len, n - len, "%s%s/%s swapped", len ? ", " : "", p[i], p[j]);
                bad = 1;
            }
        }
    if (!bad)
        snprintf(s, n, "%u programs, same order (figures within 10%% of each other count as ties)", k);
    return !bad;
}

static int c_virtual_direct(const struct machine *m, char *s, size_t n)
{
    const struct jnode *a = json_get(m->root, "devirt");
    double dir = NAN, virt = NAN;
    for (const struct jnode *r = a ? a->child : NULL; r; r = r->next) {
        if (strncmp(json_str(r, "row"), "direct", 6) == 0)
            dir = json_num(r, "ns_per_call");
        if (strstr(json_str(r, "row"), "one target"))
            virt = json_num(r, "ns_per_call");
    }
    if (!isfinite(dir) || !isfinite(virt))
        return -1;
    snprintf(s, n, "%.2fx", virt / dir);
    return virt / dir < 1.25 && virt / dir > 0.8;
}

static int c_static_slide(const struct machine *m, char *s, size_t n)
{
    const struct jnode *a = json_get(m->root, "dispatchers");
    int all = 1, have = 0;
    s[0] = 0;
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
        double sl = json_num(d, "slide_x86_32_instructions"), st = json_num(d, "dispatch_instructions");
        if (!isfinite(sl) || !isfinite(st))
            continue;
        have = 1;
        size_t len = strlen(s);
        snprintf(s + len, n - len, "%s%s %.0f", len ? ", " : "", json_str(d, "name"), st);
        if (st > sl)
            all = 0;
    }
    return have ? all : -1;
}

/* The project's targets. */
static int c_target_15(const struct machine *m, const char *disp, char *s, size_t n)
{
    double ln = dnum(m, "switch", "nop_ns_per_dispatch") / dnum(m, disp, "nop_ns_per_dispatch");
    double mx = dnum(m, "switch", "mix_ns_per_vm_instruction") / dnum(m, disp, "mix_ns_per_vm_instruction");
    if (!isfinite(ln) && !isfinite(mx))
        return -1;
    snprintf(s, n, "NOP ladder %s, mix %s", NUM("%.2fx", ln), NUM("%.2fx", mx));
    return ln >= 1.5 && mx >= 1.5;
}
static int c_target_direct(const struct machine *m, char *s, size_t n) { return c_target_15(m, "direct", s, n); }
static int c_target_token(const struct machine *m, char *s, size_t n) { return c_target_15(m, "token", s, n); }

/* The fastest dispatcher's geometric mean slow-down against native C. */
static const struct jnode *fastest(const struct machine *m, double *g)
{
    const struct jnode *best = NULL;
    *g = NAN;
    const struct jnode *a = json_get(m->root, "dispatchers");
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
        double v = json_num(d, "geomean_slowdown_vs_native");
        if (isfinite(v) && (!best || v < *g)) {
            best = d;
            *g = v;
        }
    }
    return best;
}

static int c_target_native(const struct machine *m, char *s, size_t n)
{
    double g;
    const struct jnode *best = fastest(m, &g);
    if (!best)
        return -1;
    snprintf(s, n, "%s %.1fx", json_str(best, "name"), g);
    return g <= 5;
}

static int c_target_lua(const struct machine *m, char *s, size_t n)
{
    double g, lua = NAN;
    const struct jnode *best = fastest(m, &g);
    const struct jnode *pa = json_get(m->root, "peers");
    for (const struct jnode *x = pa ? pa->child : NULL; x; x = x->next)
        if (strcmp(json_str(x, "name"), "lua5.4") == 0)
            lua = json_num(x, "geomean_slowdown_vs_native");
    if (!best || !isfinite(lua))
        return -1;
    snprintf(s, n, "%s %.1fx, Lua 5.4 %.1fx native", json_str(best, "name"), g, lua);
    return g < lua;
}

/* The six real programs' valgrind count for engine e (machine
 * instructions per VM instruction), or NAN. */
static const char *const real_programs[] = { "fib", "sieve", "matmul", "bubble", "collatz", "hanoi" };
#define NREAL (sizeof real_programs / sizeof *real_programs)

static const struct jnode *workload_result(const struct machine *m, const char *w, const char *e)
{
    const struct jnode *a = json_get(m->root, "workloads");
    for (const struct jnode *x = a ? a->child : NULL; x; x = x->next) {
        if (strcmp(json_str(x, "name"), w) != 0)
            continue;
        const struct jnode *r = json_get(x, "results");
        for (const struct jnode *y = r ? r->child : NULL; y; y = y->next)
            if (strcmp(json_str(y, "engine"), e) == 0)
                return y;
    }
    return NULL;
}

static double wnum(const struct machine *m, const char *w, const char *e, const char *key)
{
    const struct jnode *y = workload_result(m, w, e);
    return y ? json_num(y, key) : NAN;
}

/* Every real program's valgrind count of disp at most `most`. */
static int c_count_at_most(const struct machine *m, const char *disp, double most, char *s, size_t n)
{
    double hi = -INFINITY;
    for (size_t k = 0; k < NREAL; k++) {
        double v = wnum(m, real_programs[k], disp, "valgrind_instructions_per_vm_instruction");
        if (!isfinite(v))
            return -1;
        hi = v > hi ? v : hi;
    }
    snprintf(s, n, "%s at most %.2f", disp, hi);
    return hi <= most;
}
static int c_target_direct9(const struct machine *m, char *s, size_t n) { return c_count_at_most(m, "direct", 9, s, n); }
static int c_target_switch125(const struct machine *m, char *s, size_t n) { return c_count_at_most(m, "switch", 12.5, s, n); }

/* Every real program: disp executes fewer machine instructions per VM
 * instruction than direct threading (valgrind). */
static int c_fewer_than_direct(const struct machine *m, const char *disp, char *s, size_t n)
{
    double worst = -INFINITY;
    for (size_t k = 0; k < NREAL; k++) {
        double a = wnum(m, real_programs[k], disp, "valgrind_instructions_per_vm_instruction");
        double d = wnum(m, real_programs[k], "direct", "valgrind_instructions_per_vm_instruction");
        if (!isfinite(a) || !isfinite(d))
            return -1;
        worst = a / d > worst ? a / d : worst;
    }
    snprintf(s, n, "%s / direct at most %.2f", disp, worst);
    return worst < 1;
}
static int c_target_stackcache(const struct machine *m, char *s, size_t n) { return c_fewer_than_direct(m, "stackcache", s, n); }
static int c_target_super(const struct machine *m, char *s, size_t n) { return c_fewer_than_direct(m, "super", s, n); }

/* Every real program: tailcall at least as fast as direct (medians; a
 * machine whose compiler cannot build tailcall did not measure it). */
static int c_target_tailcall(const struct machine *m, char *s, size_t n)
{
    double worst = -INFINITY;
    for (size_t k = 0; k < NREAL; k++) {
        double t = wnum(m, real_programs[k], "tailcall", "ns_per_vm_instruction");
        double d = wnum(m, real_programs[k], "direct", "ns_per_vm_instruction");
        if (!isfinite(t) || !isfinite(d))
            return -1;
        worst = t / d > worst ? t / d : worst;
    }
    snprintf(s, n, "tailcall / direct time at most %.2f", worst);
    return worst <= 1;
}

static double peer_geomean(const struct machine *m, const char *peer)
{
    const struct jnode *pa = json_get(m->root, "peers");
    for (const struct jnode *x = pa ? pa->child : NULL; x; x = x->next)
        if (strcmp(json_str(x, "name"), peer) == 0)
            return json_num(x, "geomean_slowdown_vs_native");
    return NAN;
}

/* The fastest dispatcher, leaving out `except` (NULL: none). */
static const struct jnode *fastest_but(const struct machine *m, const char *except, double *g)
{
    const struct jnode *best = NULL;
    *g = NAN;
    const struct jnode *a = json_get(m->root, "dispatchers");
    for (const struct jnode *d = a ? a->child : NULL; d; d = d->next) {
        double v = json_num(d, "geomean_slowdown_vs_native");
        if (except && strcmp(json_str(d, "name"), except) == 0)
            continue;
        if (isfinite(v) && (!best || v < *g)) {
            best = d;
            *g = v;
        }
    }
    return best;
}

/* The fastest interpreting dispatcher `factor` times faster than LuaJIT
 * -joff (geometric means), and at most `most` times native C (0: no bound). */
static int c_vs_luajit(const struct machine *m, double factor, double most, char *s, size_t n)
{
    double g, lj = peer_geomean(m, "luajit -joff");
    const struct jnode *best = fastest_but(m, "compiled", &g);
    if (!best || !isfinite(lj))
        return -1;
    snprintf(s, n, "%s %.1fx native, LuaJIT -joff %.1fx: %.2fx faster", json_str(best, "name"), g, lj, lj / g);
    return lj / g >= factor && (most == 0 || g <= most);
}
static int c_target_luajit(const struct machine *m, char *s, size_t n) { return c_vs_luajit(m, 1.0 + 1e-9, 0, s, n); }
static int c_target_luajit15(const struct machine *m, char *s, size_t n) { return c_vs_luajit(m, 1.5, 5, s, n); }

static int c_target_compiled(const struct machine *m, char *s, size_t n)
{
    double g = dnum(m, "compiled", "geomean_slowdown_vs_native");
    if (!isfinite(g))
        return -1;
    snprintf(s, n, "compiled %.2fx native", g);
    return g <= 2;
}

static void block_targets(struct buf *b)
{
    claim(b, "target: direct threading at least 1.5x cheaper per dispatch than switch dispatch, "
             "predictable (NOP ladder) and on the unpredictable mix", c_target_direct);
    claim(b, "target: token threading at least 1.5x cheaper per dispatch than switch dispatch, "
             "predictable (NOP ladder) and on the unpredictable mix", c_target_token);
    claim(b, "target: the fastest dispatcher at most 5x slower than native C (geometric mean over "
             "the six programs)", c_target_native);
    claim(b, "target: the fastest dispatcher faster than Lua 5.4 (geometric mean)", c_target_lua);
    claim(b, "target (check-free execution): direct threading at most 9 machine instructions per "
             "VM instruction on every real program (valgrind)", c_target_direct9);
    claim(b, "target (check-free execution): switch dispatch at most 12.5 machine instructions per "
             "VM instruction on every real program (valgrind)", c_target_switch125);
    claim(b, "target: stack caching executes fewer machine instructions per VM instruction than "
             "direct threading on every real program (valgrind)", c_target_stackcache);
    claim(b, "target: static superinstructions execute fewer machine instructions per VM instruction "
             "than direct threading on every real program (valgrind)", c_target_super);
    claim(b, "target: tail-call threading at least as fast as direct threading on every real "
             "program (where the compiler builds it)", c_target_tailcall);
    claim(b, "target: the fastest dispatcher faster than LuaJIT -joff (geometric mean)", c_target_luajit);
    claim(b, "target: the fastest interpreting dispatcher (all but compiled) at most 5x slower than "
             "native C and at least 1.5x faster than LuaJIT -joff (geometric means)", c_target_luajit15);
    claim(b, "target: compiled within 2x of native C (geometric mean)", c_target_compiled);
}

static void block_claims(struct buf *b)
{
    claim(b, "x86-64 needs at most the slide's x86-32 instruction count for each dispatch "
             "(static counts)", c_static_slide);
    claim(b, "direct threading's predictable dispatch is cheaper than switch dispatch's", c_direct_switch_nop);
    claim(b, "token threading's predictable dispatch is cheaper than switch dispatch's", c_token_switch_nop);
    claim(b, "subroutine threading's predictable dispatch (ret + call) is the cheapest of the six",
          c_subroutine_cheapest);
    claim(b, "subroutine threading's predictable dispatch is cheaper than direct threading's",
          c_subroutine_direct_nop);
    claim(b, "valgrind's simple predictor mispredicts all of switch dispatch's and half of direct "
             "threading's dispatches on the pattern, as designed", c_valgrind_design);
    claim(b, "on the pattern, direct threading is faster than switch dispatch", c_direct_switch_pattern);
    claim(b, "the pattern adds more time to a switch dispatch than to a direct-threaded one",
          c_pattern_penalty);
    claim(b, "the isolated programs land within 25% of Ertl's benchmark for every technique", c_ertl_25);
    claim(b, "the isolated programs rank the techniques as Ertl's benchmark does", c_ertl_rank);
    claim(b, "a well-predicted virtual call costs about what a direct call costs (within 0.8-1.25x)",
          c_virtual_direct);
}

/* ---- splicing blocks into the docs ------------------------------------------------ */

struct block {
    const char *name;
    void (*make)(struct buf *);
};
static const struct block blocks[] = {
    { "machines",   block_machines },
    { "comparison", block_comparison },
    { "claims",     block_claims },
    { "targets",    block_targets },
    { "ladder",     block_ladder },
    { "sequences",  block_sequences },
    { "counts",     block_counts },
    { "devirt",     block_devirt },
    { "peers",      block_peers },
    { "across",     merged_table },
};

#define BEGIN_MARK "<!-- GENERATED bench:"
#define END_MARK "<!-- END GENERATED -->"

/* DOC with every block replaced; NULL (and a message) on a bad marker. */
static char *splice(const char *path, const char *doc)
{
    struct buf b = { 0 };
    const char *p = doc;
    unsigned line = 1;
    out(&b, "%s", "");
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p + 1) : strlen(p);
        if (strncmp(p, BEGIN_MARK, strlen(BEGIN_MARK)) != 0) {
            out(&b, "%.*s", (int)len, p);
            p += len;
            line++;
            continue;
        }
        char name[64];
        if (sscanf(p + strlen(BEGIN_MARK), "%63[a-z-]", name) != 1)
            die("%s:%u: a GENERATED marker without a block name", path, line);
        const struct block *bl = NULL;
        for (unsigned i = 0; i < sizeof blocks / sizeof blocks[0]; i++)
            if (strcmp(blocks[i].name, name) == 0)
                bl = &blocks[i];
        if (!bl)
            die("%s:%u: no block named '%s' (bench/results.c)", path, line, name);
        const char *end = strstr(p, END_MARK);
        if (!end)
            die("%s:%u: block '%s' has no '%s'", path, line, name, END_MARK);
        out(&b, "%s%s by bench/results.c from results/machines/*/summary.json (make bench-docs); "
                "do not edit -->\n", BEGIN_MARK, name);
        bl->make(&b);
        out(&b, "%s\n", END_MARK);
        for (const char *q = p; q < end; q++)
            line += *q == '\n';
        p = end + strlen(END_MARK);
        if (*p == '\n')
            p++;
    }
    return b.s;
}

static int docs(int argc, char **argv)
{
    const char *dir = NULL;
    bool write = false, check = false;
    int first = argc;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--machines") == 0 && i + 1 < argc) {
            dir = argv[++i];
        } else if (strcmp(argv[i], "--write") == 0) {
            write = true;
        } else if (strcmp(argv[i], "--check") == 0) {
            check = true;
        } else {
            first = i;
            break;
        }
    }
    if (!dir || write == check || first == argc)
        die("usage: results docs --machines DIR (--write | --check) DOC...");
    load_machines(dir);
    int stale = 0;
    for (int i = first; i < argc; i++) {
        char *doc = read_all(argv[i]);
        if (!doc)
            die("%s: %s", argv[i], strerror(errno));
        char *now = splice(argv[i], doc);
        if (strcmp(now, doc) != 0) {
            if (write) {
                char tmp[1200];
                snprintf(tmp, sizeof tmp, "%s.tmp", argv[i]);
                FILE *f = fopen(tmp, "w");
                if (!f || fputs(now, f) < 0 || fclose(f) != 0 || rename(tmp, argv[i]) != 0)
                    die("cannot write %s", argv[i]);
                printf("%s: regenerated from %u stored runs\n", argv[i], nmach);
            } else {
                /* the first line that differs */
                unsigned line = 1;
                const char *a = doc, *c = now;
                while (*a && *a == *c) {
                    line += *a == '\n';
                    a++;
                    c++;
                }
                printf("%s:%u: differs from what results/machines/ gives (make bench-docs)\n", argv[i], line);
                stale = 1;
            }
        } else if (write) {
            printf("%s: current\n", argv[i]);
        }
        free(doc);
        free(now);
    }
    return stale;
}

int main(int argc, char **argv)
{
    int rc = 2;
    if (argc >= 2 && strcmp(argv[1], "merge") == 0)
        rc = merge(argc - 2, argv + 2);
    else if (argc >= 2 && strcmp(argv[1], "docs") == 0)
        rc = docs(argc - 2, argv + 2);
    for (unsigned i = 0; i < nmach; i++)
        json_free(mach[i].root);
    if (rc != 2)
        return rc;
    fprintf(stderr, "usage: %s merge --out DIR SUMMARY.json...\n"
                    "       %s docs --machines DIR (--write | --check) DOC...\n", prog, prog);
    return 2;
}

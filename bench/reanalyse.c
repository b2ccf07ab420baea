/*
 * bench/reanalyse.c — `driver --reanalyse DIR`: a stored run read back.
 *
 * A run is its samples (samples.csv, one row per sample) and what describes
 * it (meta.txt, "key: value" lines, the keys of META_KEYS in
 * bench/driver.h).  Everything else — medians, fits, tables, summary.json —
 * is computed from those by bench/report.c, the same code as after a
 * measurement.  So a stored run can be written again with the statistics
 * of today's harness (results/machines/, docs/measuring.md), and the test
 * suite can hand the statistics samples it chose (tests/suites/60-bench.sh).
 *
 * samples.csv of older harnesses reads too: peers whose start-up was
 * subtracted (a peer_startup_ns column that is not empty) are left out
 * with a note, since their figures are not what this harness measures.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench/driver.h"

static struct workload extra_workloads[MAX_WORKLOADS];
static unsigned nextra;
static struct workload isolated_workload = { .name = "isolated", .kind = WL_ISOLATED, .count = 1 };

static int fail(const char *path, unsigned line, const char *msg)
{
    fprintf(stderr, "bench: error: %s%s%u: %s\n", path, line ? ":" : "", line, msg);
    return -1;
}

static void set_meta(struct meta *m, const char *key, const char *value)
{
#define X(k) if (strcmp(key, #k) == 0) { snprintf(m->k, sizeof m->k, "%s", value); return; }
    META_KEYS(X)
#undef X
}

static int read_meta(struct bench *b, const char *dir)
{
    char path[1200], line[1024];
    snprintf(path, sizeof path, "%s/meta.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return fail(path, 0, strerror(errno));
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        char *colon = strstr(line, ": ");
        if (line[0] == '#' || !colon)
            continue;
        *colon = 0;
        set_meta(&b->meta, line, colon + 2);
    }
    fclose(f);
    /* "name=why|name=why": the dispatchers that could not run */
    for (char *p = b->meta.unavailable; *p && b->nunavail < MAX_ENGINES;) {
        size_t len = strcspn(p, "|");
        char item[1024];
        snprintf(item, sizeof item, "%.*s", (int)len, p);
        char *eq = strchr(item, '=');
        if (eq) {
            struct unavailable *u = &b->unavail[b->nunavail++];
            *eq = 0;
            snprintf(u->name, sizeof u->name, "%.63s", item);
            snprintf(u->why, sizeof u->why, "%.199s", eq + 1);
            for (unsigned i = 0; i < ndispatchers; i++)
                if (strcmp(dispatchers[i]->name, u->name) == 0)
                    snprintf(u->summary, sizeof u->summary, "%s", dispatchers[i]->summary);
        }
        p += len + (p[len] == '|');
    }
    return 0;
}

static enum wkind kind_of(const char *s)
{
    return strcmp(s, "ladder") == 0 ? WL_LADDER : strcmp(s, "pattern") == 0 ? WL_PATTERN
         : strcmp(s, "mix") == 0 ? WL_MIX : strcmp(s, "isolated") == 0 ? WL_ISOLATED : WL_PROGRAM;
}

static struct workload *workload_named(struct bench *b, const char *name, const char *kind, int k,
                                       double count)
{
    for (unsigned i = 0; i < b->nw; i++)
        if (strcmp(b->w[i]->name, name) == 0)
            return b->w[i];
    if (b->nw == MAX_WORKLOADS)
        return NULL;
    struct workload *w = NULL;
    if (strcmp(name, "isolated") == 0)
        w = &isolated_workload;
    for (unsigned i = 0; !w && i < nworkloads; i++)
        if (strcmp(workloads[i].name, name) == 0)
            w = &workloads[i];
    if (!w) {                   /* a workload this harness no longer has */
        w = &extra_workloads[nextra++];
        w->name = strdup(name);
        w->kind = kind_of(kind);
        w->k = k;
    }
    if (w->kind != WL_ISOLATED)
        w->count = (int64_t)count;
    b->w[b->nw++] = w;
    return w;
}

static enum ekind ekind_of(const char *s)
{
    return strcmp(s, "dispatcher") == 0 ? E_VM : strcmp(s, "native") == 0 ? E_NATIVE
         : strcmp(s, "isolated") == 0 ? E_ISOLATED : E_PEER;
}

static int engine_named(struct bench *b, const char *name, enum ekind kind)
{
    for (unsigned i = 0; i < b->ne; i++)
        if (strcmp(b->e[i].name, name) == 0 && b->e[i].kind == kind)
            return (int)i;
    if (b->ne == MAX_ENGINES)
        return -1;
    struct engine *e = &b->e[b->ne];
    memset(e, 0, sizeof *e);
    snprintf(e->name, sizeof e->name, "%s", name);
    e->kind = kind;
    for (unsigned i = 0; kind == E_VM && i < ndispatchers; i++)
        if (strcmp(dispatchers[i]->name, name) == 0) {
            e->d = dispatchers[i];
            snprintf(e->summary, sizeof e->summary, "%s", e->d->summary);
        }
    for (unsigned i = 0; kind == E_ISOLATED && i < nisolated_programs; i++)
        if (strcmp(isolated_programs[i].name, name) == 0)
            snprintf(e->summary, sizeof e->summary, "%s", isolated_programs[i].technique);
    /* "name=version|name=version" */
    for (const char *p = b->meta.peers; kind == E_PEER && *p;) {
        size_t len = strcspn(p, "|"), n = strlen(name);
        if (len > n && strncmp(p, name, n) == 0 && p[n] == '=')
            snprintf(e->version, sizeof e->version, "%.*s", (int)(len - n - 1), p + n + 1);
        p += len + (p[len] == '|');
    }
    return (int)b->ne++;
}

/* Split line at commas in place; returns the number of fields. */
static unsigned split(char *line, char **f, unsigned max)
{
    unsigned n = 0;
    for (char *p = line; n < max;) {
        f[n++] = p;
        p = strchr(p, ',');
        if (!p)
            break;
        *p++ = 0;
    }
    return n;
}

static double num(const char *s)
{
    if (!*s)
        return NAN;
    char *end;
    double v = strtod(s, &end);
    return *end ? NAN : v;
}

enum { C_WORKLOAD, C_KIND, C_K, C_ENGINE, C_EKIND, C_ROUND, C_RUNS, C_COUNT, C_NS_RUN,
       C_NS_INSN, C_FASTEST, C_PREPARE, C_STARTUP, C_SHARE, C_CYCLES, C_INSNS, C_BRANCHES,
       C_MISSES, C__N };

int reanalyse_load(struct bench *b, const char *dir)
{
    char path[1200], line[2048];
    if (read_meta(b, dir) < 0)
        return -1;
    b->reanalysed = true;
    snprintf(path, sizeof path, "%s/samples.csv", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return fail(path, 0, strerror(errno));
    /* Two passes: the workloads and engines first (the series table needs
     * their numbers), then the samples. */
    for (int pass = 0; pass < 2; pass++) {
        rewind(f);
        unsigned ln = 0;
        while (fgets(line, sizeof line, f)) {
            ln++;
            line[strcspn(line, "\r\n")] = 0;
            if (ln == 1) {
                if (strncmp(line, "workload,kind,k,engine,engine_kind,round,runs,", 46) != 0) {
                    fclose(f);
                    return fail(path, 1, "not a samples.csv of bench/driver.c (header)");
                }
                continue;
            }
            char *c[C__N + 1];
            if (split(line, c, C__N + 1) != C__N) {
                fclose(f);
                return fail(path, ln, "expected 18 fields");
            }
            enum ekind ek = ekind_of(c[C_EKIND]);
            bool old_peer = ek == E_PEER && c[C_STARTUP][0];
            if (pass == 0) {
                if (!workload_named(b, c[C_WORKLOAD], c[C_KIND], atoi(c[C_K]), num(c[C_COUNT])) ||
                    (!old_peer && engine_named(b, c[C_ENGINE], ek) < 0)) {
                    fclose(f);
                    return fail(path, ln, "too many workloads or engines");
                }
                if (old_peer && !strstr(b->meta.notes, c[C_ENGINE]))
                    add_note(b, "peer %s left out: measured by an older harness with its start-up "
                                "subtracted. ", c[C_ENGINE]);
                continue;
            }
            if (old_peer)
                continue;
            if (!b->ser)
                b->ser = calloc((size_t)b->nw * b->ne, sizeof *b->ser);
            if (!b->ser) {
                fclose(f);
                return fail(path, ln, "out of memory");
            }
            unsigned wi = 0, ei = (unsigned)engine_named(b, c[C_ENGINE], ek);
            while (strcmp(b->w[wi]->name, c[C_WORKLOAD]) != 0)
                wi++;
            struct series *se = series_of(b, wi, ei);
            se->used = true;
            struct sample s = { .round = (unsigned)atoi(c[C_ROUND]) - 1, .reps = (unsigned)atoi(c[C_RUNS]),
                                .ns = num(c[C_NS_RUN]), .fastest_ns = num(c[C_FASTEST]),
                                .prepare_ns = num(c[C_PREPARE]), .units = NAN,
                                .cpu_share = num(c[C_SHARE]) };
            if (ek == E_ISOLATED) {
                s.ns = num(c[C_NS_INSN]);
                s.units = num(c[C_COUNT]);
            }
            for (int k = 0; k < CTR__COUNT; k++) {
                s.ctr.v[k] = num(c[C_CYCLES + k]);
                if (isfinite(s.ctr.v[k]))
                    b->counters = true;
            }
            if (!(s.ns >= 0)) {          /* a time below zero is never a sample */
                se->invalid++;
                continue;
            }
            if (se->n == se->cap) {
                se->cap = se->cap ? se->cap * 2 : 16;
                se->s = realloc(se->s, se->cap * sizeof *se->s);
                if (!se->s) {
                    fclose(f);
                    return fail(path, ln, "out of memory");
                }
            }
            se->s[se->n++] = s;
            se->reps = s.reps;
        }
    }
    fclose(f);
    /* The other files of a stored run, where the options did not name them. */
    static char files[4][1200];
    const char **opt[4] = { &b->opt.counts, &b->opt.devirt, &b->opt.ertl, &b->opt.static_dir };
    static const char *const name[4] = { "counts.csv", "devirt.csv", "ertl.csv", "dispatch-seq" };
    for (int i = 0; i < 4; i++) {
        snprintf(files[i], sizeof files[i], "%s/%s", dir, name[i]);
        FILE *g = *opt[i] ? NULL : fopen(files[i], "r");
        if (g) {
            fclose(g);
            *opt[i] = files[i];
        }
    }
    unsigned rounds = (unsigned)atoi(b->meta.rounds);
    b->opt.rounds = rounds ? rounds : 1;
    b->opt.min_sample_ns = atof(b->meta.min_sample_ms) * 1e6;
    b->opt.quick = strcmp(b->meta.quick, "yes") == 0;
    if (!b->ser)
        return fail(path, 0, "no samples");
    return 0;
}

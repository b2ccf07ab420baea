/*
 * bench/driver.c — the benchmark driver behind `make bench`
 * (docs/measuring.md explains every figure it produces).
 *
 * The dispatchers and the native baselines run in this process: each
 * workload is assembled and verified once; a dispatcher's prepare() is
 * timed on its own; run() is timed around the call alone, so process
 * start-up, assembling, clearing memory between runs and checking the
 * output are never part of a measurement.  The clock is this thread's
 * processor time (CLOCK_THREAD_CPUTIME_ID): the time other processes had
 * the processor is not counted, while what they leave behind in caches and
 * predictors is; the processor share of every sample (processor time over
 * wall time) says how often that happened.  Two kinds of engine are
 * separate programs that time themselves, in their own process, with their
 * own clock, and report the time: the isolated dispatch programs
 * (bench/isolated/, one line per run) and the peer interpreters (Lua,
 * LuaJIT, CPython: one "ns-per-run N" line per run of their script, on
 * standard error).  Nothing is subtracted from anything.
 *
 *   1. Check and calibrate: every workload on every engine once; its output
 *      must be the expected one and the executed VM instruction count the
 *      same for every dispatcher, else the harness stops with an error.
 *      The time of that run (and of one warm-up sample) sets how many runs
 *      make one sample of at least --min-sample-ms.
 *   2. Rounds: each round takes one sample of every workload on every
 *      engine, the engines in a rotating order, so that a slow drift of the
 *      machine (another process, the clock frequency) spreads over all of
 *      them instead of favouring whichever ran first.
 *   3. Statistics and output: bench/report.c.
 *
 * Other modes:
 *   --check      step 1 only (no timing figures), for every dispatcher and
 *                the native baselines; exit status 1 on any wrong result.
 *   --count      one run of each workload on each engine through
 *                bench_run_vm / bench_run_native (see bench/count.sh),
 *                listing the runs in order.
 *   --reanalyse  no measuring: read a stored run (samples.csv, meta.txt,
 *                bench/reanalyse.c) and write its figures again with the
 *                statistics of this build.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench/driver.h"

static const char *prog_name = "bench";

/* No workload comes near this many VM instructions (about 20 s). */
#define SAFETY_STEPS 10000000000LL
/* An isolated program's first run, to calibrate: passes through the pattern. */
#define ISOLATED_PROBE_PASSES 100000
/* A peer is trusted with at least this many runs (bench/stats.h). */
#define PEER_MIN_RUNS 5

static struct bench B;
static struct vm *vms[MAX_WORKLOADS];      /* one machine per VM workload */
static struct workload isolated_workload = { .name = "isolated", .kind = WL_ISOLATED, .count = 1 };

const struct isolated_program isolated_programs[] = {
    { "switch",      "switch dispatch (STC)",        "switch" },
    { "token",       "token-threaded code (TTC)",    "token" },
    { "direct",      "direct-threaded code (DTC)",   "direct" },
    { "indirect",    "indirect-threaded code (ITC)", "indirect" },
    { "subroutine",  "subroutine-threaded code (PTC)", "subroutine" },
    { "call",        "call threading",               "call" },
    { "repl-switch", "replicated switch",            NULL },
};
const unsigned nisolated_programs = sizeof isolated_programs / sizeof isolated_programs[0];

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fflush(stdout);
    fprintf(stderr, "\n%s: error: ", prog_name);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size);
    if (!p)
        die("out of memory");
    return p;
}

void add_note(struct bench *b, const char *fmt, ...)
{
    size_t len = strlen(b->meta.notes);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(b->meta.notes + len, sizeof b->meta.notes - len, fmt, ap);
    va_end(ap);
}

/* ---- progress line ------------------------------------------------------ */

static void progress(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void progress(const char *fmt, ...)
{
    if (!B.opt.progress)
        return;
    char line[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\r\033[K%s", line);    /* carriage return, clear line */
    fflush(stderr);
}

static void progress_done(void)
{
    if (B.opt.progress)
        fprintf(stderr, "\r\033[K");
}

/* ---- other programs: peers and isolated programs ------------------------- */

/* Look exe up on PATH; fills path. */
static bool find_on_path(const char *exe, char *path, size_t size)
{
    const char *p = getenv("PATH");
    if (!p)
        p = "/usr/local/bin:/usr/bin:/bin";
    while (*p) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        snprintf(path, size, "%.*s/%s", (int)n, n ? p : ".", exe);
        if (access(path, X_OK) == 0)
            return true;
        p += n + (colon != NULL);
    }
    return false;
}

/* What a child printed. */
struct child {
    uint64_t out_bytes, out_hash;    /* standard output: length and FNV-1a */
    char     out[512];               /* and its beginning */
    char    *err;                    /* standard error (malloc'ed, NUL-terminated) */
    double   wall_ns, cpu_ns;
};

/* Run argv[0] (a path) with argv; standard output through a pipe, standard
 * error into a temporary file.  Returns 0, or -1 with a message. */
static int run_child(char *const argv[], struct child *c, char *msg, size_t msglen)
{
    memset(c, 0, sizeof *c);
    int fd[2];
    FILE *errf = tmpfile();
    if (!errf || pipe(fd) < 0) {
        snprintf(msg, msglen, "pipe or temporary file: %s", strerror(errno));
        if (errf)
            fclose(errf);
        return -1;
    }
    fflush(NULL);
    int64_t t0 = bench_now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(msg, msglen, "fork: %s", strerror(errno));
        close(fd[0]);
        close(fd[1]);
        fclose(errf);
        return -1;
    }
    if (pid == 0) {
        dup2(fd[1], 1);
        dup2(fileno(errf), 2);
        close(fd[0]);
        close(fd[1]);
        execv(argv[0], argv);
        _exit(127);
    }
    close(fd[1]);
    uint64_t h = 14695981039346656037ull, n = 0;
    char buf[4096];
    ssize_t got;
    while ((got = read(fd[0], buf, sizeof buf)) != 0) {
        if (got < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (ssize_t i = 0; i < got; i++) {
            h = (h ^ (uint8_t)buf[i]) * 1099511628211ull;
            if (n + i < sizeof c->out - 1)
                c->out[n + i] = buf[i];
        }
        n += (uint64_t)got;
    }
    close(fd[0]);
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    c->wall_ns = (double)(bench_now_ns() - t0);
    c->cpu_ns = ((double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec) * 1e9 +
                ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) * 1e3;
    c->out_bytes = n;
    c->out_hash = h;
    long len = ftell(errf);
    c->err = xcalloc(len > 0 ? (size_t)len + 1 : 1, 1);
    rewind(errf);
    if (len > 0 && fread(c->err, 1, (size_t)len, errf) != (size_t)len)
        c->err[0] = 0;
    fclose(errf);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        char first[200];
        snprintf(first, sizeof first, "%.*s", (int)strcspn(c->err, "\n"), c->err);
        snprintf(msg, msglen, "%.200s failed (%s %d)%s%s", argv[0],
                 WIFEXITED(status) ? "exit status" : "signal",
                 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
                 first[0] ? ": " : "", first);
        free(c->err);
        c->err = NULL;
        return -1;
    }
    return 0;
}

/* The first line of `path ARG 2>&1`; false when it does not run. */
static bool first_line_of(const char *path, const char *arg, char *out, size_t size)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "'%s' %s 2>&1", path, arg);
    out[0] = 0;
    FILE *f = popen(cmd, "r");
    if (!f)
        return false;
    if (fgets(out, (int)size, f))
        out[strcspn(out, "\r\n")] = 0;
    return pclose(f) == 0;
}

/* ---- engines and workloads ------------------------------------------------ */

static bool wanted(const char *name)
{
    if (!B.opt.only)
        return true;
    size_t n = strlen(name);
    for (const char *p = B.opt.only; *p;) {
        size_t len = strcspn(p, ",");
        if (len == n && strncmp(p, name, n) == 0)
            return true;
        p += len + (p[len] == ',');
    }
    return false;
}

static void load_workloads(bool isolated)
{
    char err[600];
    for (unsigned i = 0; i < nworkloads; i++) {
        struct workload *w = &workloads[i];
        if (!wanted(w->name))
            continue;
        if (workload_load(w, B.opt.dirs, B.opt.ndirs, err, sizeof err) < 0)
            die("%s", err);
        /* NULL: no output file, only its length and hash.  The step limit
         * only keeps a workload that never halts from hanging the harness. */
        vms[B.nw] = vm_new(&w->prog, SAFETY_STEPS, NULL);
        if (!vms[B.nw])
            die("out of memory");
        B.w[B.nw++] = w;
    }
    if (isolated && wanted(isolated_workload.name))
        B.w[B.nw++] = &isolated_workload;
    if (B.nw == 0)
        die("no workload matches --only %s", B.opt.only);
}

static struct engine *new_engine(const char *name, enum ekind kind)
{
    if (B.ne == MAX_ENGINES)
        die("more than %d engines", MAX_ENGINES);
    struct engine *e = &B.e[B.ne];
    memset(e, 0, sizeof *e);
    snprintf(e->name, sizeof e->name, "%s", name);
    e->kind = kind;
    return e;
}

/* Every registered dispatcher (the list build/vm --list shows): measured
 * when it can run here, else listed with the reason. */
static void add_dispatchers(bool notes)
{
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        const char *why = d->unavailable ? d->unavailable() : NULL;
        if (why) {
            struct unavailable *u = &B.unavail[B.nunavail++];
            snprintf(u->name, sizeof u->name, "%s", d->name);
            snprintf(u->summary, sizeof u->summary, "%s", d->summary);
            snprintf(u->why, sizeof u->why, "%s", why);
            if (notes)
                printf("note: dispatcher %s: unavailable here: %s\n", d->name, why);
            continue;
        }
        struct engine *e = new_engine(d->name, E_VM);
        e->d = d;
        snprintf(e->summary, sizeof e->summary, "%s", d->summary);
        B.ne++;
    }
}

static void add_isolated(void)
{
    if (!B.opt.isolated_dir)
        return;
    for (unsigned i = 0; i < nisolated_programs; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", B.opt.isolated_dir, isolated_programs[i].name);
        if (access(path, X_OK) != 0) {
            printf("note: isolated program %s skipped: %s is not built\n", isolated_programs[i].name, path);
            add_note(&B, "isolated program %s skipped: not built. ", isolated_programs[i].name);
            continue;
        }
        struct engine *e = new_engine(isolated_programs[i].name, E_ISOLATED);
        snprintf(e->path, sizeof e->path, "%s", path);
        e->exe = e->path;
        snprintf(e->summary, sizeof e->summary, "%s", isolated_programs[i].technique);
        B.ne++;
    }
}

/* The peers: present when their interpreter is installed and runs. */
static void add_peers(void)
{
    static const struct { const char *name, *exe, *flag, *ext, *version_arg; } peers[] = {
        { "lua5.4",       "lua5.4",  NULL,    "lua", "-v" },
        { "luajit -joff", "luajit",  "-joff", "lua", "-v" },
        { "python3",      "python3", NULL,    "py",  "--version" },
    };
    for (unsigned i = 0; i < sizeof peers / sizeof peers[0]; i++) {
        struct engine *e = new_engine(peers[i].name, E_PEER);
        e->exe = peers[i].exe;
        e->flag = peers[i].flag;
        e->ext = peers[i].ext;
        if (!find_on_path(e->exe, e->path, sizeof e->path)) {
            printf("note: peer %s skipped: %s is not installed\n", e->name, e->exe);
            add_note(&B, "peer %s skipped: %s is not installed. ", e->name, e->exe);
            continue;
        }
        if (!first_line_of(e->path, peers[i].version_arg, e->version, sizeof e->version)) {
            printf("note: peer %s skipped: %s %s failed\n", e->name, e->path, peers[i].version_arg);
            add_note(&B, "peer %s skipped: %s does not run. ", e->name, e->exe);
            continue;
        }
        B.ne++;
    }
}

static void add_engines(bool others)
{
    add_dispatchers(others);
    struct engine *e = new_engine("native", E_NATIVE);
    snprintf(e->summary, sizeof e->summary, "the same programs in C");
    B.ne++;
    if (others) {
        add_isolated();
        if (B.opt.peers_dir)
            add_peers();
    }
    B.ser = xcalloc((size_t)B.nw * B.ne, sizeof *B.ser);
}

/* ---- one sample ----------------------------------------------------------- */

static void fail_run(const struct workload *w, const struct engine *e, const char *msg)
    __attribute__((noreturn));
static void fail_run(const struct workload *w, const struct engine *e, const char *msg)
{
    die("%s on %s: %s\n(a wrong result is an error, never a number: fix the program, "
        "its .expected file or the %s)", w->name, e->name, msg,
        e->kind == E_VM ? "dispatcher" : e->kind == E_NATIVE ? "native version in bench/native/"
        : e->kind == E_ISOLATED ? "program in bench/isolated/" : "peer script in bench/peers/");
}

/* Processor time of this process: against the wall time of a sample, it
 * tells whether the sample had the processor to itself. */
static double cpu_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void record(unsigned wi, unsigned ei, const struct sample *s)
{
    struct series *se = series_of(&B, wi, ei);
    if (se->n == se->cap) {
        se->cap = se->cap ? se->cap * 2 : 16;
        se->s = realloc(se->s, se->cap * sizeof *se->s);
        if (!se->s)
            die("out of memory");
    }
    se->s[se->n++] = *s;
}

/* One run of an isolated program with `passes` passes through the pattern:
 * checks its line and returns ns per dispatch. */
static double isolated_run(const struct workload *w, const struct engine *e, unsigned long passes,
                           struct sample *s)
{
    char arg[32], msg[600];
    snprintf(arg, sizeof arg, "%lu", passes);
    char *argv[] = { (char *)e->path, arg, NULL };
    struct child c;
    if (run_child(argv, &c, msg, sizeof msg) < 0)
        fail_run(w, e, msg);
    free(c.err);
    /* "NAME: D dispatches in T ns: X ns per dispatch" */
    char name[64];
    double d = 0, t = -1;
    if (sscanf(c.out, "%63[^:]: %lf dispatches in %lf ns", name, &d, &t) != 3 ||
        strcmp(name, e->name) != 0 || d != (double)passes * 12) {
        snprintf(msg, sizeof msg, "expected \"%s: %.0f dispatches in T ns ...\", got \"%.*s\"",
                 e->name, (double)passes * 12, (int)strcspn(c.out, "\n"), c.out);
        fail_run(w, e, msg);
    }
    if (t < 0)
        fail_run(w, e, "reported a time below zero");
    memset(s, 0, sizeof *s);
    s->reps = 1;
    s->units = d;
    s->ns = t / d;
    s->fastest_ns = NAN;
    s->prepare_ns = NAN;
    s->cpu_share = c.wall_ns > 0 ? c.cpu_ns / c.wall_ns : NAN;
    return s->ns;
}

/* One process of a peer running its script `reps` times; checks what it
 * printed and records one sample per run (when round >= 0).  Returns the
 * median run's time, or NAN when it reported none that can be used. */
static double peer_run(unsigned wi, unsigned ei, unsigned reps, int round)
{
    const struct engine *e = &B.e[ei];
    struct workload *w = B.w[wi];
    char script[1200], nreps[24], msg[600];
    snprintf(script, sizeof script, "%s/%s.%s", B.opt.peers_dir, w->name, e->ext);
    snprintf(nreps, sizeof nreps, "%u", reps);
    char *argv[6];
    int argc = 0;
    argv[argc++] = (char *)e->path;
    if (e->flag)
        argv[argc++] = (char *)e->flag;
    argv[argc++] = script;
    argv[argc++] = nreps;
    argv[argc] = NULL;
    struct child c;
    if (run_child(argv, &c, msg, sizeof msg) < 0)
        fail_run(w, e, msg);
    if (workload_check(w, ST_HALT, c.out_bytes, c.out_hash, -1, reps, msg, sizeof msg) < 0)
        fail_run(w, e, msg);
    /* The script's own times: one "ns-per-run N" line per run. */
    double t[4096];
    unsigned n = 0;
    for (char *p = c.err; p && *p;) {
        char *nl = strchr(p, '\n');
        double v;
        if (strncmp(p, "ns-per-run ", 11) == 0 && sscanf(p + 11, "%lf", &v) == 1 && n < 4096)
            t[n++] = v;
        p = nl ? nl + 1 : p + strlen(p);
    }
    free(c.err);
    if (n != reps) {
        snprintf(msg, sizeof msg, "printed %u \"ns-per-run N\" lines on standard error for %u runs",
                 n, reps);
        fail_run(w, e, msg);
    }
    struct series *se = series_of(&B, wi, ei);
    double ok[4096];
    unsigned nok = 0;
    for (unsigned i = 0; i < n; i++) {
        if (!(t[i] >= 0)) {          /* a clock that went backwards, or garbage */
            se->invalid++;
            continue;
        }
        ok[nok++] = t[i];
        if (round < 0)
            continue;
        struct sample s = { .round = (unsigned)round, .reps = 1, .ns = t[i], .fastest_ns = NAN,
                            .prepare_ns = NAN, .units = NAN,
                            .cpu_share = c.wall_ns > 0 ? c.cpu_ns / c.wall_ns : NAN };
        record(wi, ei, &s);
    }
    return describe(ok, nok).med;
}

/* Why d's prepare() failed, for fail_run(). */
static const char *prepare_failure(const struct dispatcher *d)
{
    static char msg[500];
    const char *why = d->prepare_failure ? d->prepare_failure() : NULL;
    snprintf(msg, sizeof msg, "prepare() failed: %s", why ? why : "out of memory");
    return msg;
}

/* reps runs of w on a dispatcher or natively, each checked; fills *s
 * (per-run figures). */
static void take_sample(unsigned wi, unsigned ei, unsigned reps, struct sample *s)
{
    struct workload *w = B.w[wi];
    struct engine *e = &B.e[ei];
    struct vm *vm = vms[wi];
    char msg[400];
    memset(s, 0, sizeof *s);
    s->reps = reps;
    s->units = NAN;

    double c0 = cpu_now_ns();
    void *prepared = NULL;
    /* prepare() is this thread's processor time and its child processes'
     * (the C compiler that dispatch/compiled runs) */
    int64_t p0 = bench_now_ns(), pc0 = bench_cpu_ns(), pk0 = bench_children_cpu_ns();
    if (e->kind == E_VM && e->d->prepare) {
        prepared = e->d->prepare(&w->prog);
        if (!prepared)
            fail_run(w, e, prepare_failure(e->d));
    }
    s->prepare_ns = e->kind == E_VM
                  ? (double)(bench_cpu_ns() - pc0 + bench_children_cpu_ns() - pk0) : NAN;

    double total = 0;
    s->fastest_ns = INFINITY;
    for (unsigned r = 0; r < reps; r++) {
        bench_vm_reset(vm, w->uses_mem);
        counters_start();
        int64_t t0 = bench_cpu_ns();
        if (e->kind == E_VM)
            bench_run_vm(e->d, vm, &w->prog, prepared);
        else
            bench_run_native(w->native, vm);
        int64_t t1 = bench_cpu_ns();
        counters_stop(&s->ctr);
        total += (double)(t1 - t0);
        if ((double)(t1 - t0) < s->fastest_ns)
            s->fastest_ns = (double)(t1 - t0);
        out_flush(&vm->out);
        if (e->kind == E_NATIVE)
            vm->result.status = ST_HALT;      /* native code has no VM status */
        if (vm->result.status != ST_HALT) {
            char why[300];
            vm_message(vm, why, sizeof why);
            snprintf(msg, sizeof msg, "did not halt normally: %s:%u: runtime error: %s", w->path,
                     (unsigned)w->prog.line[vm->result.ord], why);
            fail_run(w, e, msg);
        }
        if (workload_check(w, vm->result.status, vm->out.total, vm->out.hash,
                           e->kind == E_VM ? vm->result.count : -1, 1, msg, sizeof msg) < 0)
            fail_run(w, e, msg);
    }
    if (prepared && e->d->release)
        e->d->release(prepared);
    s->cpu_share = (cpu_now_ns() - c0) / (double)(bench_now_ns() - p0);
    s->ns = total / reps;
    for (int c = 0; c < CTR__COUNT; c++)
        s->ctr.v[c] /= reps;
}

/* The shapes of the NOP ladder and the pattern are known: check the count
 * before believing a figure per dispatch. */
static void check_shape(const struct workload *w)
{
    int64_t want;
    if (w->kind == WL_LADDER)
        want = (int64_t)LADDER_ITERATIONS * (w->k + LADDER_LOOP_INSNS) + LADDER_EXTRA_INSNS;
    else if (w->kind == WL_PATTERN)
        want = (int64_t)PATTERN_PASSES * PATTERN_INSNS + PATTERN_EXTRA_INSNS;
    else
        return;
    if (w->count != want)
        die("%s executed %lld VM instructions, but %s executes %lld "
            "(bench/programs/ and bench/bench.h disagree)", w->name, (long long)w->count,
            w->kind == WL_LADDER ? "a ladder rung with that many nops" : "the pattern",
            (long long)want);
}

static unsigned reps_for(double target_ns, double per_run_ns, unsigned max)
{
    double r = ceil(target_ns / (per_run_ns > 1 ? per_run_ns : 1));
    return r < 1 ? 1 : r > max ? max : (unsigned)r;
}

/* Step 1: check every (workload, engine) once; calibrate the samples. */
static void check_and_calibrate(bool calibrate)
{
    unsigned todo = 0, done = 0;
    for (unsigned wi = 0; wi < B.nw; wi++)
        for (unsigned ei = 0; ei < B.ne; ei++)
            todo += applies(&B.e[ei], B.w[wi]);

    for (unsigned wi = 0; wi < B.nw; wi++) {
        for (unsigned ei = 0; ei < B.ne; ei++) {
            struct engine *e = &B.e[ei];
            struct workload *w = B.w[wi];
            if (!applies(e, w))
                continue;
            progress("checking and calibrating  %-8s %-13s [%3u%%]", w->name, e->name,
                     100 * done++ / todo);
            struct series *se = series_of(&B, wi, ei);
            struct sample s;
            se->used = true;
            se->reps = 1;
            if (e->kind == E_ISOLATED) {
                double ns = isolated_run(w, e, ISOLATED_PROBE_PASSES, &s);
                /* reps: passes of a run that lasts a sample */
                se->reps = reps_for(B.opt.min_sample_ns, ns * 12, 1000000000);
                if (calibrate)
                    isolated_run(w, e, se->reps, &s);      /* warm-up */
                continue;
            }
            if (e->kind == E_PEER) {
                double t = peer_run(wi, ei, 1, -1);
                /* Runs per process: the process's work lasts a sample, and
                 * all processes together make at least PEER_MIN_RUNS runs. */
                unsigned min = (PEER_MIN_RUNS + B.opt.peer_processes - 1) / B.opt.peer_processes;
                se->reps = t >= 0 ? reps_for(B.opt.min_sample_ns, t, 1000) : min;
                if (se->reps < min)
                    se->reps = min;
                continue;
            }
            take_sample(wi, ei, 1, &s);
            if (!calibrate)
                continue;
            se->reps = reps_for(B.opt.min_sample_ns, s.ns, 1000000);
            /* A warm-up sample, not recorded: caches, predictors and the
             * clock frequency settle; then calibrate again from it. */
            take_sample(wi, ei, se->reps, &s);
            se->reps = reps_for(B.opt.min_sample_ns, s.ns, 1000000);
        }
        check_shape(B.w[wi]);
    }
    progress_done();
}

/* Step 2: the rounds.  Peers run in peer_processes rounds only, spread
 * over the run (every other round of nine for five processes): each of
 * their processes already gives several runs, and a process that happens
 * to run slow then moves a fifth of them, not a third. */
static bool samples_now(const struct engine *e, unsigned round)
{
    if (e->kind != E_PEER)
        return true;
    unsigned p = B.opt.peer_processes;
    unsigned step = p > 1 ? (B.opt.rounds - 1) / (p - 1) : 1;
    if (step == 0)
        step = 1;
    return round % step == 0 && round / step < p;
}

static void measure(void)
{
    unsigned total = 0, done = 0;
    for (unsigned r = 0; r < B.opt.rounds; r++)
        for (unsigned wi = 0; wi < B.nw; wi++)
            for (unsigned ei = 0; ei < B.ne; ei++)
                total += applies(&B.e[ei], B.w[wi]) && samples_now(&B.e[ei], r);

    for (unsigned r = 0; r < B.opt.rounds; r++) {
        for (unsigned wi = 0; wi < B.nw; wi++) {
            for (unsigned j = 0; j < B.ne; j++) {
                unsigned ei = (j + r) % B.ne;      /* rotate the order per round */
                const struct engine *e = &B.e[ei];
                if (!applies(e, B.w[wi]) || !samples_now(e, r))
                    continue;
                progress("round %u/%u  %-8s %-13s [%3u%%]", r + 1, B.opt.rounds, B.w[wi]->name,
                         e->name, 100 * done++ / total);
                struct series *se = series_of(&B, wi, ei);
                struct sample s;
                if (e->kind == E_PEER) {
                    peer_run(wi, ei, se->reps, (int)r);
                    continue;
                }
                if (e->kind == E_ISOLATED)
                    isolated_run(B.w[wi], e, se->reps, &s);
                else
                    take_sample(wi, ei, se->reps, &s);
                s.round = r;
                record(wi, ei, &s);
            }
        }
    }
    progress_done();
}

/* --check: print what was verified. */
static void print_check(void)
{
    for (unsigned wi = 0; wi < B.nw; wi++) {
        const struct workload *w = B.w[wi];
        printf("check %-8s %10lld VM instructions, output ok on", w->name, (long long)w->count);
        for (unsigned ei = 0; ei < B.ne; ei++)
            if (applies(&B.e[ei], w))
                printf(" %s", B.e[ei].name);
        printf("\n");
    }
}

/* --count: one run of each workload on each engine, in a known order, for
 * callgrind with --toggle-collect=bench_run_vm and bench_run_native and a
 * dump after each (bench/count.sh reads the list this prints).  With
 * max_steps > 0 a VM run stops after that many instructions, a ladder
 * rung's after ladder_iterations iterations (the status is then a step-limit trap, and
 * the output is not checked: bench/count.sh runs --check first); native
 * code always runs whole. */
static void count_runs(int64_t max_steps, int64_t ladder_iterations)
{
    unsigned n = 0;
    char msg[400];
    for (unsigned wi = 0; wi < B.nw; wi++) {
        struct workload *w = B.w[wi];
        struct vm *vm = vms[wi];
        /* A rung stops after a whole number of iterations, the same for
         * every rung, so that what a run costs besides its iterations is
         * the same on every rung and drops out of the slope per nop. */
        int64_t steps = w->kind == WL_LADDER && ladder_iterations > 0
                        ? 1 + ladder_iterations * (w->k + LADDER_LOOP_INSNS) : max_steps;
        for (unsigned ei = 0; ei < B.ne; ei++) {
            const struct engine *e = &B.e[ei];
            if (!applies(e, w))
                continue;
            if (steps <= 0) {
                struct sample s;
                take_sample(wi, ei, 1, &s);
            } else {
                void *prepared = e->kind == E_VM && e->d->prepare ? e->d->prepare(&w->prog) : NULL;
                if (e->kind == E_VM && e->d->prepare && !prepared)
                    fail_run(w, e, prepare_failure(e->d));
                bench_vm_reset(vm, true);
                vm->max_steps = e->kind == E_VM ? steps : SAFETY_STEPS;
                if (e->kind == E_VM)
                    bench_run_vm(e->d, vm, &w->prog, prepared);
                else
                    bench_run_native(w->native, vm);
                out_flush(&vm->out);
                if (prepared && e->d->release)
                    e->d->release(prepared);
                if (e->kind == E_VM && vm->result.status != ST_STEPS &&
                    workload_check(w, vm->result.status, vm->out.total, vm->out.hash,
                                   vm->result.count, 1, msg, sizeof msg) < 0)
                    fail_run(w, e, msg);
                if (e->kind == E_VM && vm->result.status == ST_STEPS && vm->result.count != steps)
                    fail_run(w, e, "stopped before the step limit");
            }
            printf("run %u %s %s %lld\n", ++n, w->name, e->name,
                   e->kind == E_VM ? (long long)vm->result.count : -1LL);
            fflush(stdout);
        }
    }
}

/* Other processes on the machine take the processor away during samples
 * (the harness reports how much: cpu_share).  Where we may (root, or
 * CAP_SYS_NICE), a higher priority keeps most of them out; a normal user
 * runs at the priority they have, and the report says which. */
static void raise_priority(void)
{
    errno = 0;
    int before = getpriority(PRIO_PROCESS, 0);
    if (before > -10 && setpriority(PRIO_PROCESS, 0, -10) == 0)
        snprintf(B.meta.priority, sizeof B.meta.priority, "nice -10 (raised from %d)", before);
    else
        snprintf(B.meta.priority, sizeof B.meta.priority, "nice %d%s", before,
                 before > -10 ? " (raising it needs root)" : "");
}

/* The first three fields of /proc/loadavg: runnable processes, averaged
 * over 1, 5 and 15 minutes. */
static void read_loadavg(char *out, size_t size)
{
    snprintf(out, size, "n/a");
    FILE *f = fopen("/proc/loadavg", "r");
    if (!f)
        return;
    double a, b, c;
    if (fscanf(f, "%lf %lf %lf", &a, &b, &c) == 3)
        snprintf(out, size, "%.2f %.2f %.2f", a, b, c);
    fclose(f);
}

static void usage(FILE *f)
{
    fprintf(f,
"usage: %s [options]\n"
"Times every workload on every dispatcher, natively, the isolated dispatch programs\n"
"and the peer interpreters, and writes the results (docs/measuring.md).\n"
"\n"
"  --programs DIR     where to find the workloads (NAME.vm, NAME.expected); repeatable,\n"
"                     the first directory that has a workload wins\n"
"  --isolated DIR     the built isolated dispatch programs (bench/isolated/)\n"
"  --peers DIR        the peer scripts (bench/peers); without it, no peers\n"
"  --static DIR       the extracted dispatch sequences (NAME.txt, or NAME.err)\n"
"  --counts FILE      valgrind's counts (counts.csv of bench/count.sh)\n"
"  --valgrind TEXT    how the counts were made (for the report)\n"
"  --devirt FILE      the virtual-call timings (devirt.csv of bench/run.sh)\n"
"  --ertl FILE        Ertl's threading benchmark on this machine (ertl.csv of bench/ertl.sh)\n"
"  --out DIR          write samples.csv, meta.txt, summary.json, report.md and plot data there\n"
"  --no-plots WHY     say in report.md why there are no plots\n"
"  --rounds N         samples per workload and engine (default 9; --quick 3)\n"
"  --min-sample-ms MS a sample lasts at least this long (default 30; --quick 5)\n"
"  --quick            fewer and shorter samples\n"
"  --only A,B,...     only these workloads (\"isolated\": the isolated programs)\n"
"  --no-counters      do not try the hardware counters\n"
"  --check            check every workload on every dispatcher and natively, no timing\n"
"  --count            one run each, listed, for callgrind (bench/count.sh)\n"
"  --max-steps N      with --count: stop each VM run after N instructions\n"
"  --ladder-iterations N  with --count: stop each NOP-ladder run after N iterations\n"
"  --reanalyse DIR    no measuring: read DIR/samples.csv and DIR/meta.txt (and the files\n"
"                     the options above name) and write the figures to --out\n"
"  --list             list the workloads and the engines\n",
            prog_name);
}

int main(int argc, char **argv)
{
    bool check = false, count = false, list = false;
    const char *reanalyse = NULL;
    int rounds = -1;
    double min_ms = -1;
    long long max_steps = 0, ladder_iterations = 0;
    B.opt.progress = isatty(2);

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDS_VALUE() do { if (!v) { fprintf(stderr, "%s: error: %s needs a value\n", prog_name, a); return 2; } i++; } while (0)
        if (strcmp(a, "--programs") == 0) {
            NEEDS_VALUE();
            if (B.opt.ndirs < 4)
                B.opt.dirs[B.opt.ndirs++] = v;
        } else if (strcmp(a, "--peers") == 0) {
            NEEDS_VALUE();
            B.opt.peers_dir = v;
        } else if (strcmp(a, "--isolated") == 0) {
            NEEDS_VALUE();
            B.opt.isolated_dir = v;
        } else if (strcmp(a, "--static") == 0) {
            NEEDS_VALUE();
            B.opt.static_dir = v;
        } else if (strcmp(a, "--counts") == 0) {
            NEEDS_VALUE();
            B.opt.counts = v;
        } else if (strcmp(a, "--devirt") == 0) {
            NEEDS_VALUE();
            B.opt.devirt = v;
        } else if (strcmp(a, "--valgrind") == 0) {
            NEEDS_VALUE();
            snprintf(B.meta.valgrind, sizeof B.meta.valgrind, "%s", v);
        } else if (strcmp(a, "--ertl") == 0) {
            NEEDS_VALUE();
            B.opt.ertl = v;
        } else if (strcmp(a, "--out") == 0) {
            NEEDS_VALUE();
            B.opt.out_dir = v;
        } else if (strcmp(a, "--no-plots") == 0) {
            NEEDS_VALUE();
            B.opt.no_plots = v;
        } else if (strcmp(a, "--rounds") == 0) {
            NEEDS_VALUE();
            rounds = atoi(v);
        } else if (strcmp(a, "--min-sample-ms") == 0) {
            NEEDS_VALUE();
            min_ms = atof(v);
        } else if (strcmp(a, "--max-steps") == 0) {
            NEEDS_VALUE();
            max_steps = atoll(v);
        } else if (strcmp(a, "--ladder-iterations") == 0) {
            NEEDS_VALUE();
            ladder_iterations = atoll(v);
        } else if (strcmp(a, "--only") == 0) {
            NEEDS_VALUE();
            B.opt.only = v;
        } else if (strcmp(a, "--reanalyse") == 0) {
            NEEDS_VALUE();
            reanalyse = v;
        } else if (strcmp(a, "--quick") == 0) {
            B.opt.quick = true;
        } else if (strcmp(a, "--no-counters") == 0) {
            B.opt.no_counters = true;
        } else if (strcmp(a, "--check") == 0) {
            check = true;
        } else if (strcmp(a, "--count") == 0) {
            count = true;
        } else if (strcmp(a, "--list") == 0) {
            list = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "%s: error: unknown option '%s'\n", prog_name, a);
            usage(stderr);
            return 2;
        }
#undef NEEDS_VALUE
    }
    B.opt.rounds = rounds > 0 ? (unsigned)rounds : B.opt.quick ? 3 : 9;
    B.opt.min_sample_ns = (min_ms >= 0 ? min_ms : B.opt.quick ? 5 : 30) * 1e6;
    B.opt.peer_processes = B.opt.quick ? 1 : B.opt.rounds < 5 ? B.opt.rounds : 5;
    if (B.opt.ndirs == 0)
        B.opt.dirs[B.opt.ndirs++] = "bench/programs";

    if (list) {
        for (unsigned i = 0; i < nworkloads; i++)
            printf("workload %s\n", workloads[i].name);
        for (unsigned i = 0; i < ndispatchers; i++)
            printf("dispatcher %s\n", dispatchers[i]->name);
        for (unsigned i = 0; i < nisolated_programs; i++)
            printf("isolated %s\n", isolated_programs[i].name);
        return 0;
    }

    if (reanalyse) {
        if (reanalyse_load(&B, reanalyse) < 0)
            return 1;
        report_compute(&B);
        report_terminal(&B);
        return B.opt.out_dir && report_files(&B) < 0 ? 1 : 0;
    }

    /* A peer that dies must not take the driver with it. */
    signal(SIGPIPE, SIG_IGN);
    setvbuf(stdout, NULL, _IOLBF, 0);

    time_t now = time(NULL);
    strftime(B.meta.date, sizeof B.meta.date, "%Y-%m-%dT%H:%M:%S%z", localtime(&now));
    int64_t t_start = bench_now_ns();
    read_loadavg(B.meta.loadavg_before, sizeof B.meta.loadavg_before);
    raise_priority();

    load_workloads(!check && !count);
    add_engines(!check && !count);
    if (check || count) {
        if (count) {
            count_runs(max_steps, ladder_iterations);
        } else {
            check_and_calibrate(false);
            print_check();
        }
        return 0;
    }

    B.counters = !B.opt.no_counters && counters_open();
    snprintf(B.meta.counters_why, sizeof B.meta.counters_why, "%s",
             B.opt.no_counters ? "not tried (--no-counters)" : B.counters ? "" : counters_why());
    snprintf(B.meta.counters, sizeof B.meta.counters, "%s", B.counters ? "yes" : "no");
    if (!B.counters)
        printf("note: hardware counters n/a: %s\n", B.meta.counters_why);

    check_and_calibrate(true);
    measure();
    counters_close();
    read_loadavg(B.meta.loadavg_after, sizeof B.meta.loadavg_after);
    snprintf(B.meta.elapsed_s, sizeof B.meta.elapsed_s, "%.1f", (double)(bench_now_ns() - t_start) * 1e-9);
    snprintf(B.meta.rounds, sizeof B.meta.rounds, "%u", B.opt.rounds);
    snprintf(B.meta.min_sample_ms, sizeof B.meta.min_sample_ms, "%g", B.opt.min_sample_ns / 1e6);
    snprintf(B.meta.quick, sizeof B.meta.quick, "%s", B.opt.quick ? "yes" : "no");

    report_machine(&B);
    report_compute(&B);
    report_terminal(&B);
    if (B.opt.out_dir && report_files(&B) < 0)
        return 1;
    for (unsigned wi = 0; wi < B.nw; wi++) {
        if (B.w[wi]->kind == WL_ISOLATED)
            continue;
        vm_free(vms[wi]);
        workload_free(B.w[wi]);
    }
    return 0;
}

/*
 * bench/driver.c — the benchmark driver behind `make bench`
 * (docs/measuring.md explains every figure it produces).
 *
 * Everything runs in this process: each workload is assembled and verified
 * once; a dispatcher's prepare() is timed on its own; run() is timed with
 * CLOCK_MONOTONIC around the call alone, so process start-up, assembling,
 * clearing memory between runs and checking the output are never part of
 * a measurement.  The native baselines (bench/native/) run through the same
 * code path.  Only the peers (Lua, LuaJIT, CPython) are separate processes;
 * their start-up, measured with an empty script, is subtracted.
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
 * Modes for the test suite and `make bench-count`:
 *   --check  step 1 only (no timing figures), for every dispatcher and the
 *            native baselines; exit status 1 on any wrong result.
 *   --count  one run of each workload on each engine through bench_run_vm /
 *            bench_run_native (see bench/count.sh), listing the runs in order.
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
static struct bench B;
static struct vm *vms[64];           /* one machine per workload */

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
    void *p = calloc(n, size);
    if (!p)
        die("out of memory");
    return p;
}

/* ---- progress line ------------------------------------------------------ */

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

/* ---- peers: other interpreters, as separate processes -------------------- */

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

/* The first line of `path ARG 2>&1`. */
static void first_line_of(const char *path, const char *arg, char *out, size_t size)
{
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "'%s' %s 2>&1", path, arg);
    out[0] = 0;
    FILE *f = popen(cmd, "r");
    if (!f)
        return;
    if (fgets(out, (int)size, f))
        out[strcspn(out, "\r\n")] = 0;
    pclose(f);
}

/* Run `peer script reps` with its standard output in a pipe; returns the
 * wall time in ns, or -1 with a message.  Hashes what it prints. */
static double run_peer(const struct engine *e, const char *script, unsigned reps,
                       uint64_t *bytes, uint64_t *hash, double *cpu_ns, char *msg, size_t msglen)
{
    int fd[2];
    if (pipe(fd) < 0) {
        snprintf(msg, msglen, "pipe: %s", strerror(errno));
        return -1;
    }
    char nreps[24];
    snprintf(nreps, sizeof nreps, "%u", reps);
    char *argv[6];
    int argc = 0;
    argv[argc++] = (char *)e->exe;
    if (e->flag)
        argv[argc++] = (char *)e->flag;
    argv[argc++] = (char *)script;
    argv[argc++] = nreps;
    argv[argc] = NULL;

    fflush(NULL);
    int64_t t0 = bench_now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(msg, msglen, "fork: %s", strerror(errno));
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        dup2(fd[1], 1);
        close(fd[0]);
        close(fd[1]);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            dup2(devnull, 2);
        execv(e->path, argv);
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
        for (ssize_t i = 0; i < got; i++)
            h = (h ^ (uint8_t)buf[i]) * 1099511628211ull;
        n += (uint64_t)got;
    }
    close(fd[0]);
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0 && errno == EINTR)
        ;
    int64_t t1 = bench_now_ns();
    *cpu_ns = ((double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec) * 1e9 +
              ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) * 1e3;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        snprintf(msg, msglen, "%.150s%s%s %.150s %u failed (%s %d)", e->path, e->flag ? " " : "",
                 e->flag ? e->flag : "", script, reps,
                 WIFEXITED(status) ? "exit status" : "signal",
                 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        return -1;
    }
    *bytes = n;
    *hash = h;
    return (double)(t1 - t0);
}

static void peer_script(const struct engine *e, const char *name, char *out, size_t size)
{
    snprintf(out, size, "%s/%s.%s", B.opt.peers_dir, name, e->ext);
}

/* One sample of the empty script: the interpreter's start-up. */
static void peer_startup_sample(struct engine *e)
{
    char script[1200], msg[300];
    uint64_t bytes, hash;
    double cpu;
    peer_script(e, "empty", script, sizeof script);
    double t = run_peer(e, script, 1, &bytes, &hash, &cpu, msg, sizeof msg);
    if (t < 0)
        die("%s", msg);
    e->startup = realloc(e->startup, (e->nstartup + 1) * sizeof *e->startup);
    if (!e->startup)
        die("out of memory");
    e->startup[e->nstartup++] = t;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double startup_median(struct engine *e)
{
    double *v = xcalloc(e->nstartup, sizeof *v);
    memcpy(v, e->startup, e->nstartup * sizeof *v);
    qsort(v, e->nstartup, sizeof *v, cmp_double);
    double m = e->nstartup % 2 ? v[e->nstartup / 2]
                               : (v[e->nstartup / 2 - 1] + v[e->nstartup / 2]) / 2;
    free(v);
    return m;
}

static void add_note(const char *fmt, ...)
{
    size_t len = strlen(B.skipped);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(B.skipped + len, sizeof B.skipped - len, fmt, ap);
    va_end(ap);
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
        struct engine *e = &B.e[B.ne];
        memset(e, 0, sizeof *e);
        e->name = peers[i].name;
        e->kind = E_PEER;
        e->exe = peers[i].exe;
        e->flag = peers[i].flag;
        e->ext = peers[i].ext;
        if (!find_on_path(e->exe, e->path, sizeof e->path)) {
            printf("note: peer %s skipped: %s is not installed\n", e->name, e->exe);
            add_note("peer %s skipped: %s is not installed. ", e->name, e->exe);
            continue;
        }
        char script[1200], msg[300];
        uint64_t bytes, hash;
        double cpu;
        peer_script(e, "empty", script, sizeof script);
        if (run_peer(e, script, 1, &bytes, &hash, &cpu, msg, sizeof msg) < 0) {
            printf("note: peer %s skipped: %s\n", e->name, msg);
            add_note("peer %s skipped: %s. ", e->name, msg);
            continue;
        }
        first_line_of(e->path, peers[i].version_arg, e->version, sizeof e->version);
        B.ne++;
    }
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

static void load_workloads(void)
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
    if (B.nw == 0)
        die("no workload matches --only %s", B.opt.only);
}

static void add_engines(bool peers)
{
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        if (B.ne == MAX_ENGINES - 4) {
            printf("note: dispatcher %s skipped: more than %d dispatchers\n", d->name, MAX_ENGINES - 4);
            continue;
        }
        const char *why = d->unavailable ? d->unavailable() : NULL;
        if (why) {
            printf("note: dispatcher %s skipped: %s\n", d->name, why);
            add_note("dispatcher %s skipped: %s. ", d->name, why);
            continue;
        }
        B.e[B.ne++] = (struct engine){ .name = d->name, .kind = E_VM, .d = d };
    }
    B.e[B.ne++] = (struct engine){ .name = "native", .kind = E_NATIVE };
    if (peers && B.opt.peers_dir)
        add_peers();
    B.ser = xcalloc((size_t)B.nw * B.ne, sizeof *B.ser);
}

/* Does engine e run workload w?  Native code and peers exist for the real
 * programs only. */
static bool applies(const struct engine *e, const struct workload *w)
{
    return e->kind == E_VM || w->kind == WL_PROGRAM;
}

/* ---- one sample ----------------------------------------------------------- */

static void fail_run(const struct workload *w, const struct engine *e, const char *msg)
{
    die("%s on %s: %s\n(a wrong result is an error, never a number: fix the program, "
        "its .expected file or the %s)", w->name, e->name, msg,
        e->kind == E_VM ? "dispatcher" : e->kind == E_NATIVE ? "native version in bench/native/"
                                                              : "peer script in bench/peers/");
}

/* Processor time of this process: against the wall time of a sample, it
 * tells whether the sample had the processor to itself. */
static double cpu_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* reps runs of w on e, each checked; fills *s (per-run figures). */
static void take_sample(unsigned wi, unsigned ei, unsigned reps, struct sample *s)
{
    struct workload *w = B.w[wi];
    struct engine *e = &B.e[ei];
    struct vm *vm = vms[wi];
    char msg[400];
    memset(s, 0, sizeof *s);
    s->reps = reps;

    if (e->kind == E_PEER) {
        char script[1200];
        uint64_t bytes = 0, hash = 0;
        double cpu = 0;
        peer_script(e, w->name, script, sizeof script);
        double t = run_peer(e, script, reps, &bytes, &hash, &cpu, msg, sizeof msg);
        if (t < 0)
            fail_run(w, e, msg);
        if (workload_check(w, ST_HALT, bytes, hash, -1, reps, msg, sizeof msg) < 0)
            fail_run(w, e, msg);
        s->wall_ns = t;
        s->fastest_ns = NAN;
        s->cpu_share = t > 0 ? cpu / t : NAN;
        s->ns = t / reps;            /* start-up subtracted in report.c */
        return;
    }

    double c0 = cpu_now_ns();
    void *prepared = NULL;
    int64_t p0 = bench_now_ns();
    if (e->kind == E_VM && e->d->prepare) {
        prepared = e->d->prepare(&w->prog);
        if (!prepared)
            fail_run(w, e, "prepare() failed (out of memory)");
    }
    s->prepare_ns = (double)(bench_now_ns() - p0);

    double total = 0;
    s->fastest_ns = INFINITY;
    for (unsigned r = 0; r < reps; r++) {
        bench_vm_reset(vm, w->uses_mem);
        counters_start();
        int64_t t0 = bench_now_ns();
        if (e->kind == E_VM)
            bench_run_vm(e->d, vm, &w->prog, prepared);
        else
            bench_run_native(w->native, vm);
        int64_t t1 = bench_now_ns();
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

/* The NOP ladder's shape is known: check the count before believing a slope. */
static void check_ladder_count(const struct workload *w)
{
    if (w->kind != WL_LADDER)
        return;
    int64_t want = (int64_t)LADDER_ITERATIONS * (w->k + LADDER_LOOP_INSNS) + LADDER_EXTRA_INSNS;
    if (w->count != want)
        die("%s executed %lld VM instructions, but a ladder rung with %d nops executes %lld "
            "(bench/programs/gen-ladder.sh and bench/bench.h disagree)",
            w->name, (long long)w->count, w->k, (long long)want);
}

/* How many repetitions of a peer's script make a sample whose work (its
 * time without the interpreter's start-up) lasts at least the target, and
 * at least as long as the start-up itself, which is subtracted and noisy
 * (--quick: a quarter of it, and peers are sampled in the first round only).
 * The start-up is only an estimate, so the count grows from what was
 * measured, at most 8-fold per step: a start-up estimated too high can make
 * a sample a few times longer than needed, never hundreds of times. */
static unsigned calibrate_peer(unsigned wi, unsigned ei, struct sample *s)
{
    struct engine *e = &B.e[ei];
    double st = startup_median(e);
    double target = B.opt.min_sample_ns;
    double floor = B.opt.quick ? st / 4 : st;
    if (target < floor)
        target = floor;
    unsigned r = 1;
    double work = s->wall_ns - st;
    while (work < target && r < 10000) {
        double per = work / r;
        double next = per > 0 ? ceil(1.2 * target / per) : 8.0 * r;
        if (next > 8.0 * r)
            next = 8.0 * r;
        if (next < 2.0 * r)
            next = 2.0 * r;
        r = next > 10000 ? 10000 : (unsigned)next;
        progress("calibrating  %-8s %-13s %u repetitions", B.w[wi]->name, e->name, r);
        take_sample(wi, ei, r, s);
        work = s->wall_ns - st;
    }
    return r;
}

/* Step 1: check every (workload, engine) once; calibrate the samples. */
static void check_and_calibrate(bool calibrate)
{
    unsigned todo = 0, done = 0;
    for (unsigned wi = 0; wi < B.nw; wi++)
        for (unsigned ei = 0; ei < B.ne; ei++)
            todo += applies(&B.e[ei], B.w[wi]);

    for (unsigned ei = 0; ei < B.ne; ei++)
        if (B.e[ei].kind == E_PEER && calibrate)
            for (int i = 0; i < 5; i++)
                peer_startup_sample(&B.e[ei]);

    for (unsigned wi = 0; wi < B.nw; wi++) {
        for (unsigned ei = 0; ei < B.ne; ei++) {
            struct engine *e = &B.e[ei];
            if (!applies(e, B.w[wi]))
                continue;
            progress("checking and calibrating  %-8s %-13s [%3u%%]", B.w[wi]->name, e->name,
                     100 * done++ / todo);
            struct series *se = series_of(&B, wi, ei);
            struct sample s;
            take_sample(wi, ei, 1, &s);
            se->used = true;
            se->reps = 1;
            if (!calibrate)
                continue;
            if (e->kind == E_PEER) {
                se->reps = calibrate_peer(wi, ei, &s);
                continue;
            }
            double target = B.opt.min_sample_ns;
            double reps = ceil(target / (s.ns > 1 ? s.ns : 1));
            se->reps = reps < 1 ? 1 : reps > 1e6 ? 1000000 : (unsigned)reps;
            /* A warm-up sample, not recorded: caches, predictors and the
             * clock frequency settle; then calibrate again from it. */
            take_sample(wi, ei, se->reps, &s);
            reps = ceil(target / (s.ns > 1 ? s.ns : 1));
            se->reps = reps < 1 ? 1 : reps > 1e6 ? 1000000 : (unsigned)reps;
        }
        check_ladder_count(B.w[wi]);
    }
    progress_done();
}

/* --quick samples the peers in the first round only: a peer's sample lasts
 * at least its start-up, which for CPython is a large part of a quick run. */
static bool peer_rounds_done(unsigned round)
{
    return B.opt.quick && round > 0;
}

/* Step 2: the rounds. */
static void measure(void)
{
    unsigned total = 0, done = 0;
    for (unsigned r = 0; r < B.opt.rounds; r++)
        for (unsigned wi = 0; wi < B.nw; wi++)
            for (unsigned ei = 0; ei < B.ne; ei++)
                total += applies(&B.e[ei], B.w[wi]) && !(peer_rounds_done(r) && B.e[ei].kind == E_PEER);

    for (unsigned r = 0; r < B.opt.rounds; r++) {
        for (unsigned wi = 0; wi < B.nw; wi++) {
            for (unsigned j = 0; j < B.ne; j++) {
                unsigned ei = (j + r) % B.ne;      /* rotate the order per round */
                if (!applies(&B.e[ei], B.w[wi]) || (peer_rounds_done(r) && B.e[ei].kind == E_PEER))
                    continue;
                progress("round %u/%u  %-8s %-13s [%3u%%]", r + 1, B.opt.rounds, B.w[wi]->name,
                         B.e[ei].name, 100 * done++ / total);
                struct sample s;
                take_sample(wi, ei, series_of(&B, wi, ei)->reps, &s);
                s.round = r;
                record(wi, ei, &s);
            }
        }
        for (unsigned ei = 0; ei < B.ne; ei++)
            if (B.e[ei].kind == E_PEER && !peer_rounds_done(r))
                peer_startup_sample(&B.e[ei]);
    }
    progress_done();
    for (unsigned ei = 0; ei < B.ne; ei++)
        if (B.e[ei].kind == E_PEER)
            B.e[ei].startup_med = startup_median(&B.e[ei]);
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
 * max_steps > 0 a VM run stops after that many instructions (the status is
 * then a step-limit trap, and the output is not checked: bench/count.sh
 * runs --check first); native code always runs whole. */
static void count_runs(int64_t max_steps)
{
    unsigned n = 0;
    char msg[400];
    for (unsigned wi = 0; wi < B.nw; wi++) {
        struct workload *w = B.w[wi];
        struct vm *vm = vms[wi];
        for (unsigned ei = 0; ei < B.ne; ei++) {
            const struct engine *e = &B.e[ei];
            if (!applies(e, w))
                continue;
            if (max_steps <= 0) {
                struct sample s;
                take_sample(wi, ei, 1, &s);
            } else {
                void *prepared = e->kind == E_VM && e->d->prepare ? e->d->prepare(&w->prog) : NULL;
                if (e->kind == E_VM && e->d->prepare && !prepared)
                    fail_run(w, e, "prepare() failed (out of memory)");
                bench_vm_reset(vm, true);
                vm->max_steps = e->kind == E_VM ? max_steps : SAFETY_STEPS;
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
                if (e->kind == E_VM && vm->result.status == ST_STEPS && vm->result.count != max_steps)
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
        snprintf(B.priority, sizeof B.priority, "nice -10 (raised from %d)", before);
    else
        snprintf(B.priority, sizeof B.priority, "nice %d%s", before,
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
"Times every workload on every dispatcher, natively, and on the peer interpreters,\n"
"and writes the results (docs/measuring.md).\n"
"\n"
"  --programs DIR     where to find the workloads (NAME.vm, NAME.expected); repeatable,\n"
"                     the first directory that has a workload wins\n"
"  --peers DIR        the peer scripts (bench/peers); without it, no peers\n"
"  --static DIR       the extracted dispatch sequences (NAME.txt, or NAME.err)\n"
"  --out DIR          write samples.csv, summary.json, report.md and plot data there\n"
"  --no-plots WHY     say in report.md why there are no plots\n"
"  --rounds N         samples per workload and engine (default 9; --quick 3)\n"
"  --min-sample-ms MS a sample lasts at least this long (default 50; --quick 10)\n"
"  --quick            fewer and shorter samples\n"
"  --only A,B,...     only these workloads\n"
"  --no-counters      do not try the hardware counters\n"
"  --check            check every workload on every dispatcher and natively, no timing\n"
"  --count            one run each, listed, for callgrind (bench/count.sh)\n"
"  --max-steps N      with --count: stop each VM run after N instructions\n"
"  --list             list the workloads and the engines\n",
            prog_name);
}

int main(int argc, char **argv)
{
    bool check = false, count = false, list = false;
    int rounds = -1;
    double min_ms = -1;
    long long max_steps = 0;
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
        } else if (strcmp(a, "--static") == 0) {
            NEEDS_VALUE();
            B.opt.static_dir = v;
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
        } else if (strcmp(a, "--only") == 0) {
            NEEDS_VALUE();
            B.opt.only = v;
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
    B.opt.min_sample_ns = (min_ms >= 0 ? min_ms : B.opt.quick ? 10 : 50) * 1e6;
    if (B.opt.ndirs == 0)
        B.opt.dirs[B.opt.ndirs++] = "bench/programs";

    if (list) {
        for (unsigned i = 0; i < nworkloads; i++)
            printf("workload %s\n", workloads[i].name);
        for (unsigned i = 0; i < ndispatchers; i++)
            printf("dispatcher %s\n", dispatchers[i]->name);
        return 0;
    }

    /* A peer that dies must not take the driver with it. */
    signal(SIGPIPE, SIG_IGN);
    setvbuf(stdout, NULL, _IOLBF, 0);

    time_t now = time(NULL);
    strftime(B.started, sizeof B.started, "%Y-%m-%dT%H:%M:%S%z", localtime(&now));
    int64_t t_start = bench_now_ns();
    read_loadavg(B.load_before, sizeof B.load_before);
    raise_priority();

    load_workloads();
    add_engines(!check && !count);
    if (check || count) {
        if (count) {
            count_runs(max_steps);
        } else {
            check_and_calibrate(false);
            print_check();
        }
        return 0;
    }

    B.counters = !B.opt.no_counters && counters_open();
    snprintf(B.counters_why, sizeof B.counters_why, "%s",
             B.opt.no_counters ? "not tried (--no-counters)" : B.counters ? "" : counters_why());
    if (!B.counters)
        printf("note: hardware counters n/a: %s\n", B.counters_why);

    check_and_calibrate(true);
    measure();
    counters_close();
    read_loadavg(B.load_after, sizeof B.load_after);
    B.elapsed_s = (double)(bench_now_ns() - t_start) * 1e-9;

    report_compute(&B);
    report_terminal(&B);
    if (B.opt.out_dir && report_files(&B) < 0)
        return 1;
    for (unsigned wi = 0; wi < B.nw; wi++) {
        vm_free(vms[wi]);
        workload_free(B.w[wi]);
    }
    return 0;
}

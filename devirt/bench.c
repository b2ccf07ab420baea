/* devirt/bench.c -- what a virtual call costs: nanoseconds per call of the
 * same tiny method (devirt/bench.h), reached four ways:
 *
 *   inlined        the body copied into the loop: what devirtualization
 *                  buys when the compiler can also inline
 *   direct call    call sink_post: devirtualized, but not inlined
 *   virtual call   load vtable pointer, load slot, call through it; the
 *                  target never changes, so the branch predictor gets it right
 *   4 targets      the same virtual call on loggers of four classes in a
 *                  pseudorandom order: no predictor can guess the target
 *                  much more than 1 time in 4 -- the situation of an
 *                  interpreter's dispatch
 *
 * Usage: bench [CALLS [REPS [FLAGS-TEXT]]]
 * Every row is timed REPS times (CALLS calls each, after one untimed warm-up
 * run), interleaved so that a slow moment of the machine hits all rows alike;
 * the table gives median, min and max, and ratios to the direct call, all
 * from this one run.  FLAGS-TEXT is only printed: the flags it was built with. */
#include "bench.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ROW_INLINED, ROW_DIRECT, ROW_VIRTUAL, ROW_MIXED, ROWS };

static const char *const row_name[ROWS] = {
    "inlined (body in the loop)",
    "direct call (devirtualized)",
    "virtual call, one target",
    "virtual call, 4 targets, random order",
};

/* The order of the loggers in the mixed row.  Far longer than the history a
 * branch predictor keeps, so it cannot learn the sequence by heart. */
#define PICKS 65536
static unsigned char pick[PICKS];
static const struct sink_logger *mixed[SINK_KINDS];

/* The four loops.  Each makes n calls of post(); only how post() is reached
 * differs.  lg comes from bench_other.c, so the compiler of this file does
 * not know its vtable and cannot devirtualize run_virtual by itself. */
static void run_inlined(const struct sink_logger *lg, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        sink_post_body(lg, i);
}

static void run_direct(const struct sink_logger *lg, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        sink_post(lg, i);
}

static void run_virtual(const struct sink_logger *lg, unsigned n)
{
    for (unsigned i = 0; i < n; i++)
        lg->ops->post(lg, i);
}

/* Also pays for two loads (pick[], mixed[]) per call: a few tenths of a
 * nanosecond, small against a misprediction. */
static void run_mixed(unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        const struct sink_logger *lg = mixed[pick[i % PICKS]];
        lg->ops->post(lg, i);
    }
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Time one run of a row; returns nanoseconds per call. */
static double time_row(int row, const struct sink_logger *lg, unsigned n)
{
    double t0 = now_ns();
    switch (row) {
    case ROW_INLINED: run_inlined(lg, n); break;
    case ROW_DIRECT:  run_direct(lg, n);  break;
    case ROW_VIRTUAL: run_virtual(lg, n); break;
    default:          run_mixed(n);       break;
    }
    return (now_ns() - t0) / n;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The CPU's name as the kernel reports it, or "unknown". */
static void cpu_model(char *buf, size_t size)
{
    snprintf(buf, size, "unknown");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return;
    char line[256];
    while (fgets(line, sizeof line, f)) {
        char *colon = strchr(line, ':');
        if (strncmp(line, "model name", 10) == 0 && colon) {
            colon += 1 + (colon[1] == ' ');
            colon[strcspn(colon, "\n")] = '\0';
            snprintf(buf, size, "%s", colon);
            break;
        }
    }
    fclose(f);
}

#if defined(__clang__)
#define STR_(x) #x
#define STR(x) STR_(x)
#define COMPILER "clang " STR(__clang_major__) "." STR(__clang_minor__) "." \
                 STR(__clang_patchlevel__)
#elif defined(__GNUC__)
#define COMPILER "gcc " __VERSION__
#else
#define COMPILER "unknown compiler"
#endif

int main(int argc, char **argv)
{
    unsigned calls = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 1u << 22;
    int reps = argc > 2 ? atoi(argv[2]) : 15;
    const char *flags = argc > 3 ? argv[3] : "(not given)";
    if (calls == 0 || reps < 1 || reps > 1000) {
        fprintf(stderr, "usage: bench [CALLS [REPS [FLAGS-TEXT]]]\n");
        return 2;
    }

    const struct sink_logger *lg = sink_logger(0);
    for (unsigned k = 0; k < SINK_KINDS; k++)
        mixed[k] = sink_logger(k);
    unsigned x = 2463534242u;           /* xorshift32: fixed seed, same every run */
    for (unsigned i = 0; i < PICKS; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        pick[i] = (unsigned char)(x >> 24) % SINK_KINDS;
    }

    double *ns = malloc(sizeof *ns * ROWS * (size_t)reps);
    if (!ns)
        return 1;
    for (int row = 0; row < ROWS; row++)        /* warm-up: caches, predictors, clock */
        time_row(row, lg, calls);
    for (int r = 0; r < reps; r++)
        for (int row = 0; row < ROWS; row++)
            ns[row * reps + r] = time_row(row, lg, calls);

    char cpu[200];
    cpu_model(cpu, sizeof cpu);
    printf("machine:  %s\n", cpu);
    printf("compiler: %s\n", COMPILER);
    printf("flags:    %s\n", flags);
    printf("samples:  %d timed runs of %u calls per row after a warm-up run, "
           "CLOCK_MONOTONIC\n\n", reps, calls);
    printf("  %-38s %8s %7s %7s %7s %10s\n", "how post() is reached",
           "ns/call", "min", "max", "spread", "vs direct");

    double median[ROWS];
    for (int row = 0; row < ROWS; row++) {
        double *s = ns + row * reps;
        qsort(s, (size_t)reps, sizeof *s, cmp_double);
        median[row] = s[reps / 2];
    }
    for (int row = 0; row < ROWS; row++) {
        double *s = ns + row * reps;
        /* spread: the whole range of the samples, relative to the median */
        printf("  %-38s %8.2f %7.2f %7.2f %6.0f%% %9.2fx\n", row_name[row],
               median[row], s[0], s[reps - 1],
               100.0 * (s[reps - 1] - s[0]) / median[row],
               median[row] / median[ROW_DIRECT]);
    }
    free(ns);
    return 0;
}

/*
 * fuzz/difftest.c — the differential test of `make test`
 * (tests/suites/70-differential.sh).
 *
 *   difftest [--seed S] [--count N] [--coverage] [--slow-every K]
 *
 * Generates the programs S, S+1, ..., S+N-1 (fuzz/gen.c), and for each:
 * assembles it, verifies it (the generator only makes valid programs, so a
 * rejection is a bug in the generator or the verifier), checks that the
 * disassembly reassembles to the same bytecode, and runs it on the oracle
 * and every dispatcher (fuzz/harness.c), which must agree exactly.
 *
 * A failure prints the seed, the program and the command that reproduces
 * it, and the exit status is 1.  With --coverage it is also a failure when
 * some opcode was never executed or some way of ending a run never
 * happened: the test must not pass by generating nothing interesting.
 * --inject output|count|ord|status corrupts one dispatcher's result in that
 * way, to show that the comparison notices (every program must then fail).
 * --slow-every K runs the dispatchers that compile each program with a C
 * compiler (dispatch/compiled/) on every K-th program only: the first, the
 * K+1st, ... (fuzz/harness.h, harness_slow_every; 0: on none).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fuzz/gen.h"
#include "fuzz/harness.h"

static const char *self_dir = ".";

static void report(uint64_t seed, int64_t steps, const char *text, const char *what,
                   const char *details)
{
    const char *vm = getenv("VM");
    printf("FAIL seed %" PRIu64 ": %s\n%s", seed, what, details);
    printf("reproduce: %s/gen --seed %" PRIu64 " > p.vm && %s -d all --max-steps %" PRId64
           " p.vm\n", self_dir, seed, vm ? vm : "build/vm", steps);
    printf("--- program (seed %" PRIu64 ") ---\n%s--- end ---\n", seed, text);
}

/* One program; 0 when everything agrees. */
static int one(uint64_t seed, struct tally *t)
{
    struct choices c;
    choices_seed(&c, seed);
    int64_t steps;
    char *text = gen_program(&c, &steps);
    if (!text) {
        printf("FAIL seed %" PRIu64 ": out of memory\n", seed);
        return 1;
    }
    char name[64];
    snprintf(name, sizeof name, "seed-%" PRIu64 ".vm", seed);
    char *why = NULL;
    size_t whylen = 0;
    FILE *w = open_memstream(&why, &whylen);
    if (!w) {
        free(text);
        return 1;
    }
    struct program p = { 0 };
    struct load_error err;
    int rc = 0;
    if (steps > GEN_DEFAULT_STEPS) {
        /* every program must be quick to run and to reproduce (seed
         * 10379280 once ran an endless loop to 30 billion steps) */
        fclose(w);
        report(seed, steps, text, "a step limit above the default (generator bug)", why);
        rc = 1;
    } else if (assemble(name, text, strlen(text), &p, &err) < 0 || verify(&p, &err) < 0) {
        fprintf(w, "  %s:%" PRIu32 ": error: %s\n", name, err.line, err.msg);
        fclose(w);
        report(seed, steps, text, "a generated program does not load (generator or verifier bug)", why);
        rc = 1;
    } else {
        bool ok = check_roundtrip(&p, w) && check_everywhere(&p, steps, w, t);
        fclose(w);
        if (!ok) {
            report(seed, steps, text, "the runs differ", why);
            rc = 1;
        }
    }
    program_free(&p);
    free(why);
    free(text);
    return rc;
}

int main(int argc, char **argv)
{
    uint64_t seed = 1, count = 1000;
    int coverage = 0;
    for (int i = 1; i < argc; i++) {
        char *end;
        if (strcmp(argv[i], "--slow-every") == 0 && i + 1 < argc) {
            errno = 0;
            unsigned long v = strtoul(argv[i + 1], &end, 10);
            if (!*argv[i + 1] || *end || errno || v > 1000000) {
                fprintf(stderr, "difftest: bad number '%s'\n", argv[i + 1]);
                return 2;
            }
            harness_slow_every = (int)v;
            i++;
        } else if ((strcmp(argv[i], "--seed") == 0 || strcmp(argv[i], "--count") == 0) && i + 1 < argc) {
            errno = 0;
            uint64_t v = strtoull(argv[i + 1], &end, 0);
            if (!*argv[i + 1] || *end || errno) {
                fprintf(stderr, "difftest: bad number '%s'\n", argv[i + 1]);
                return 2;
            }
            *(argv[i][2] == 's' ? &seed : &count) = v;
            i++;
        } else if (strcmp(argv[i], "--coverage") == 0) {
            coverage = 1;
        } else if (strcmp(argv[i], "--inject") == 0 && i + 1 < argc) {
            static const char *const kinds[] = { "none", "output", "count", "ord", "status" };
            unsigned k = 0;
            while (k < 5 && strcmp(argv[i + 1], kinds[k]) != 0)
                k++;
            if (k == 5) {
                fprintf(stderr, "difftest: --inject output|count|ord|status\n");
                return 2;
            }
            harness_inject = (enum inject)k;
            i++;
        } else {
            fprintf(stderr, "usage: difftest [--seed S] [--count N] [--coverage] [--inject KIND] [--slow-every K]\n");
            return 2;
        }
    }
    const char *slash = strrchr(argv[0], '/');
    if (slash) {
        static char dir[4096];
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - argv[0]), argv[0]);
        self_dir = dir;
    }

    struct tally t;
    memset(&t, 0, sizeof t);
    unsigned failures = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (uint64_t s = seed; s - seed < count; s++) {
        failures += (unsigned)one(s, &t);
        if (failures >= 3) {
            printf("stopping after %u failures\n", failures);
            break;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    tally_print(stdout, &t);
    printf("seeds %" PRIu64 "..%" PRIu64 " in %.2f s\n", seed, seed + count - 1,
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);

    if (coverage && failures == 0) {
        for (int o = 0; o < OP__COUNT; o++)
            if (t.executed[o] == 0) {
                printf("FAIL coverage: no generated program executed '%s'\n", opinfo[o].name);
                failures++;
            }
        /* every way but ST_OUTPUT: the runs here print to memory, which
         * does not fail (tests/suites/71-hostile.sh makes it fail) */
        for (int s = 0; s < NSTATUS; s++)
            if (t.status[s] == 0 && s != ST_OUTPUT) {
                printf("FAIL coverage: no generated program ended by %s\n",
                       status_name((enum status)s));
                failures++;
            }
    }
    return failures ? 1 : 0;
}

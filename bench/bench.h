/*
 * bench/bench.h — the benchmark's workloads and what every benchmark driver
 * (bench/driver.c, bench/gbench.cc) needs to run one of them once, on a
 * dispatcher or natively, and to check what it printed.
 *
 * A workload is a program in our assembly (bench/programs/NAME.vm, or
 * generated at build time: the NOP ladder and the unpredictable mix) with
 * the output it must print beside it (NAME.expected).  A run that prints
 * anything else, or stops with a trap, is an error, never a number.
 */
#ifndef DISPATCHLAB_BENCH_H
#define DISPATCHLAB_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bench/native/native.h"
#include "vm/dispatch.h"

#ifdef __cplusplus
extern "C" {
#endif

enum wkind {
    WL_LADDER,     /* nop-KK: a counted loop with K nops in its body */
    WL_PATTERN,    /* the controlled misprediction experiment (pattern.vm) */
    WL_MIX,        /* the unpredictable mix */
    WL_PROGRAM,    /* a real program, with a native baseline and peers */
    WL_ISOLATED,   /* not a VM program: the programs of bench/isolated/
                      (bench/driver.c only; not in workloads[]) */
};

struct workload {
    const char *name;        /* file name without .vm, and the name in results */
    enum wkind  kind;
    int         k;           /* WL_LADDER: nops in the loop body */
    native_fn  *native;      /* WL_PROGRAM: the same algorithm in C */

    /* Filled by workload_load(). */
    char       *path;        /* the .vm file found */
    struct program prog;     /* assembled and verified */
    char       *expected;    /* the output it must print */
    size_t      expected_len;
    uint64_t    expected_hash;   /* FNV-1a, as struct out computes it */
    bool        uses_mem;    /* it stores to memory: clear it between runs */
    int64_t     count;       /* executed VM instructions; 0 until a run
                                has been checked (see workload_check) */
};

/* The loop of every NOP-ladder rung: iterations, and instructions outside
 * the nops (see bench/programs/gen-ladder.sh). */
#define LADDER_ITERATIONS 100000
#define LADDER_LOOP_INSNS 4      /* push 1; sub; dup; jnz */
#define LADDER_EXTRA_INSNS 3     /* push N before the loop; print; halt */

/* pattern.vm: passes through the loop, instructions per pass (the pattern
 * of bench/isolated/isolated.h), and instructions outside the loop. */
#define PATTERN_PASSES 100000
#define PATTERN_INSNS 12
#define PATTERN_EXTRA_INSNS 3    /* push N; print; halt */

extern struct workload workloads[];
extern const unsigned nworkloads;

/* Find NAME.vm and NAME.expected in the first of dirs that has them,
 * assemble and verify.  Returns 0, or -1 with a message in err. */
int workload_load(struct workload *w, const char *const *dirs, unsigned ndirs,
                  char *err, size_t errlen);
void workload_free(struct workload *w);

/* Put a machine back into the state vm_new() leaves it in (empty output,
 * no result; memory zeroed when clear_mem), without giving back its pages:
 * a fresh calloc'ed machine would make the run pay the page faults. */
void bench_vm_reset(struct vm *vm, bool clear_mem);

/* Check a finished run (after out_flush): it halted and printed exactly
 * the expected output, `repeat` times over (peers print it once per
 * repetition).  For VM runs (count >= 0) the executed instruction count
 * must also equal w->count, which the first checked VM run sets.
 * Returns 0, or -1 with the reason in msg. */
int workload_check(struct workload *w, enum status st, uint64_t out_bytes,
                   uint64_t out_hash, int64_t count, unsigned repeat,
                   char *msg, size_t msglen);

/* The FNV-1a hash of `repeat` copies of w's expected output. */
uint64_t workload_expected_hash(const struct workload *w, unsigned repeat);

/* CLOCK_MONOTONIC in nanoseconds: wall time. */
int64_t bench_now_ns(void);
/* CLOCK_THREAD_CPUTIME_ID in nanoseconds: the processor time of this
 * thread, which does not count the time other processes had the processor
 * (docs/measuring.md, "How a time is taken").  A system call: about a
 * microsecond on a virtual machine. */
int64_t bench_cpu_ns(void);
/* The processor time of this process's child processes that have ended
 * and been waited for (getrusage RUSAGE_CHILDREN), in nanoseconds: what a
 * prepare() that runs a C compiler spends outside this thread. */
int64_t bench_children_cpu_ns(void);

/* Run a prepared program once on vm (reset first).  Kept out of line
 * (noinline) so that `make bench-count` can collect exactly this call under
 * callgrind (--toggle-collect=bench_run_vm). */
void bench_run_vm(const struct dispatcher *d, struct vm *vm,
                  const struct program *prog, void *prepared);
/* The same for a native baseline (--toggle-collect=bench_run_native). */
void bench_run_native(native_fn *fn, struct vm *vm);

#ifdef __cplusplus
}
#endif

#endif

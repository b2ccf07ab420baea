/*
 * bench/workloads.c — the benchmark's workloads: where they are, loading
 * them, running one once, and checking what it printed.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench/bench.h"
#include "vm/readfile.h"

/* The order of every table the harness prints: the ladder from its lowest
 * rung, the pattern, the mix, then the real programs.  The rungs are
 * denser at the top, where the ladder is straight (docs/measuring.md). */
struct workload workloads[] = {
    { .name = "nop-00", .kind = WL_LADDER, .k = 0 },
    { .name = "nop-01", .kind = WL_LADDER, .k = 1 },
    { .name = "nop-02", .kind = WL_LADDER, .k = 2 },
    { .name = "nop-04", .kind = WL_LADDER, .k = 4 },
    { .name = "nop-08", .kind = WL_LADDER, .k = 8 },
    { .name = "nop-16", .kind = WL_LADDER, .k = 16 },
    { .name = "nop-24", .kind = WL_LADDER, .k = 24 },
    { .name = "nop-32", .kind = WL_LADDER, .k = 32 },
    { .name = "nop-48", .kind = WL_LADDER, .k = 48 },
    { .name = "nop-64", .kind = WL_LADDER, .k = 64 },
    { .name = "pattern", .kind = WL_PATTERN },
    { .name = "mix",     .kind = WL_MIX },
    { .name = "fib",     .kind = WL_PROGRAM, .native = native_fib },
    { .name = "sieve",   .kind = WL_PROGRAM, .native = native_sieve },
    { .name = "matmul",  .kind = WL_PROGRAM, .native = native_matmul },
    { .name = "bubble",  .kind = WL_PROGRAM, .native = native_bubble },
    { .name = "collatz", .kind = WL_PROGRAM, .native = native_collatz },
    { .name = "hanoi",   .kind = WL_PROGRAM, .native = native_hanoi },
};
const unsigned nworkloads = sizeof workloads / sizeof workloads[0];

#define FNV_BASIS 14695981039346656037ull
#define FNV_PRIME 1099511628211ull

int64_t bench_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t bench_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t bench_children_cpu_ns(void)
{
    struct rusage ru;
    if (getrusage(RUSAGE_CHILDREN, &ru) != 0)
        return 0;
    return ((int64_t)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
           ((int64_t)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
}

int workload_load(struct workload *w, const char *const *dirs, unsigned ndirs,
                  char *err, size_t errlen)
{
    char path[4096], exp[4096];
    size_t len = 0;
    char *text = NULL;
    for (unsigned i = 0; i < ndirs && !text; i++) {
        snprintf(path, sizeof path, "%s/%s.vm", dirs[i], w->name);
        snprintf(exp, sizeof exp, "%s/%s.expected", dirs[i], w->name);
        text = read_file(path, MAX_SOURCE_BYTES, &len);
    }
    if (!text) {
        snprintf(err, errlen, "%s.vm: not found in %s%s", w->name, ndirs ? dirs[0] : "(no directory)",
                 ndirs > 1 ? " or the other program directories" : "");
        return -1;
    }
    w->expected = read_file(exp, MAX_SOURCE_BYTES, &w->expected_len);
    if (!w->expected) {
        snprintf(err, errlen, "%s: cannot read: %s", exp, strerror(errno ? errno : EIO));
        free(text);
        return -1;
    }
    w->path = strdup(path);
    struct load_error le;
    if (!w->path || assemble(w->path, text, len, &w->prog, &le) < 0 || verify(&w->prog, &le) < 0) {
        snprintf(err, errlen, "%s:%u: error: %s", path, (unsigned)le.line, w->path ? le.msg : "out of memory");
        free(text);
        return -1;
    }
    free(text);
    w->expected_hash = workload_expected_hash(w, 1);
    w->uses_mem = false;
    for (uint32_t i = 0; i < w->prog.count; i++)
        if (w->prog.code[w->prog.offset[i]] == OP_STORE)
            w->uses_mem = true;
    w->count = 0;
    return 0;
}

void workload_free(struct workload *w)
{
    program_free(&w->prog);
    free(w->path);
    free(w->expected);
    w->path = w->expected = NULL;
}

uint64_t workload_expected_hash(const struct workload *w, unsigned repeat)
{
    uint64_t h = FNV_BASIS;
    for (unsigned r = 0; r < repeat; r++)
        for (size_t i = 0; i < w->expected_len; i++)
            h = (h ^ (uint8_t)w->expected[i]) * FNV_PRIME;
    return h;
}

void bench_vm_reset(struct vm *vm, bool clear_mem)
{
    if (clear_mem)
        memset(vm->mem, 0, MEM_CELLS * sizeof(cell));
    vm->out.len = 0;
    vm->out.total = 0;
    vm->out.hash = FNV_BASIS;       /* as vm_new() sets it (vm/runtime.c) */
    memset(&vm->result, 0, sizeof vm->result);
}

int workload_check(struct workload *w, enum status st, uint64_t out_bytes,
                   uint64_t out_hash, int64_t count, unsigned repeat,
                   char *msg, size_t msglen)
{
    if (st != ST_HALT) {
        snprintf(msg, msglen, "did not halt normally (status %d)", (int)st);
        return -1;
    }
    if (out_bytes != (uint64_t)w->expected_len * repeat ||
        out_hash != workload_expected_hash(w, repeat)) {
        snprintf(msg, msglen, "wrong output: %llu bytes (hash %016llx), expected %llu bytes "
                 "(hash %016llx) of %s.expected%s",
                 (unsigned long long)out_bytes, (unsigned long long)out_hash,
                 (unsigned long long)w->expected_len * repeat,
                 (unsigned long long)workload_expected_hash(w, repeat), w->name,
                 repeat > 1 ? " repeated" : "");
        return -1;
    }
    if (count >= 0) {
        if (w->count == 0) {
            w->count = count;
        } else if (count != w->count) {
            snprintf(msg, msglen, "executed %lld VM instructions, but the first run executed %lld",
                     (long long)count, (long long)w->count);
            return -1;
        }
    }
    return 0;
}

/* Not inlined, and the empty asm after the call keeps the compiler from
 * turning the call into a tail jump: callgrind's --toggle-collect needs a
 * function that is entered and left like any other. */
__attribute__((noinline))
void bench_run_vm(const struct dispatcher *d, struct vm *vm,
                  const struct program *prog, void *prepared)
{
    d->run(vm, prog, prepared);
    __asm__ volatile("" ::: "memory");
}

__attribute__((noinline))
void bench_run_native(native_fn *fn, struct vm *vm)
{
    fn(vm);
    __asm__ volatile("" ::: "memory");
}

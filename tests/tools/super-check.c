/*
 * tests/tools/super-check.c — dispatch/super against direct threading, at
 * every step limit.
 *
 *     super-check [-s N] PROGRAM.vm...
 *
 * Linked with the build's dispatchers and with a second compile of
 * dispatch/super/super.c (tests/module.mk) whose superinstructions are
 * those of tests/tools/super-test.def: sequences that put every
 * instruction that can end a run or leave the straight line inside or at
 * the end of a fused handler, whatever the profile chose.  For each
 * program it prints
 *
 *     fused LINE N     the test build fuses N instructions from the one on
 *                      source line LINE (tests/suites/23-super.sh checks a
 *                      program's "; fused-at: LINE" comments against these)
 *     ok FILE          or FAIL FILE: what differs
 *
 * after running it on direct, super and the test build of super with the
 * step limit of a whole run (at most MAX_STEPS: the corpus has programs
 * that never end) and with --max-steps k for k = 0 .. N (default 100), for
 * 64 limits spread over its whole run and around its end, comparing how
 * each run ended (status, argument, instruction, count) and its output
 * (bytes, hash) with direct threading's.  A program that does not load is
 * passed over ("noload FILE").
 */
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/dispatch.h"
#include "vm/readfile.h"

#define MAX_STEPS 200000

extern const struct dispatcher dispatcher_direct, dispatcher_super, dispatcher_super_test;
/* dispatch/super/super.c compiled with -DSUPER_TEST */
unsigned super_fused_at(const void *t, uint32_t i);

struct end {
    struct result result;
    uint64_t bytes, hash;
};

static int run(const struct dispatcher *d, const struct program *p, void *prepared,
               int64_t max_steps, struct end *e)
{
    struct vm *vm = vm_new(p, max_steps, NULL);      /* output hashed only */
    if (!vm)
        return -1;
    d->run(vm, p, prepared);
    out_flush(&vm->out);
    *e = (struct end){ vm->result, vm->out.total, vm->out.hash };
    vm_free(vm);
    return 0;
}

static bool same(const struct end *a, const struct end *b)
{
    return a->result.status == b->result.status && a->result.ord == b->result.ord &&
           a->result.count == b->result.count && a->result.arg == b->result.arg &&
           a->bytes == b->bytes && a->hash == b->hash;
}

static void describe(char *buf, size_t size, const char *who, const struct program *p,
                     const struct end *e)
{
    snprintf(buf, size, "%s: status %d (argument %" PRId64 ") at line %" PRIu32 " after %" PRId64
             " instructions, %" PRIu64 " bytes of output", who, (int)e->result.status,
             e->result.arg, p->line[e->result.ord], e->result.count, e->bytes);
}

enum { NDISP = 3 };
static const struct dispatcher *const disp[NDISP] = {
    &dispatcher_direct, &dispatcher_super, &dispatcher_super_test,
};
static const char *const disp_name[NDISP] = { "direct", "super", "super (test list)" };

/* Runs p on every dispatcher with this limit; false (and why) when one
 * ends differently from direct. */
static bool agree(const struct program *p, void *const *prepared, int64_t limit,
                  char *why, size_t size)
{
    struct end e[NDISP];
    for (int d = 0; d < NDISP; d++) {
        if (run(disp[d], p, prepared[d], limit, &e[d]) < 0) {
            snprintf(why, size, "out of memory");
            return false;
        }
    }
    for (int d = 1; d < NDISP; d++) {
        if (!same(&e[0], &e[d])) {
            char a[200], b[200];
            describe(a, sizeof a, disp_name[d], p, &e[d]);
            describe(b, sizeof b, disp_name[0], p, &e[0]);
            snprintf(why, size, "with --max-steps %" PRId64 ", %s; %s", limit, a, b);
            return false;
        }
    }
    return true;
}

static bool check(const char *file, int64_t sweep)
{
    size_t len;
    char *text = read_file(file, MAX_SOURCE_BYTES, &len);
    struct program p;
    struct load_error err;
    memset(&p, 0, sizeof p);
    if (!text || assemble(file, text, len, &p, &err) < 0 || verify(&p, &err) < 0) {
        printf("noload %s\n", file);
        free(text);
        program_free(&p);
        return true;
    }
    free(text);
    void *prepared[NDISP];
    for (int d = 0; d < NDISP; d++)
        prepared[d] = disp[d]->prepare(&p);
    bool ok = true;
    char why[600] = "out of memory";
    if (!prepared[0] || !prepared[1] || !prepared[2]) {
        ok = false;
    } else {
        for (uint32_t i = 0; i < p.count; i++) {
            unsigned n = super_fused_at(prepared[2], i);
            if (n > 1)
                printf("fused %" PRIu32 " %u\n", p.line[i], n);
        }
        struct end whole;
        ok = agree(&p, prepared, MAX_STEPS, why, sizeof why) &&
             run(&dispatcher_direct, &p, prepared[0], MAX_STEPS, &whole) == 0;
        int64_t count = whole.result.count;
        for (int64_t k = 0; ok && k <= sweep && k <= count + 1; k++)
            ok = agree(&p, prepared, k, why, sizeof why);
        for (int64_t j = 1; ok && j <= 64 && count > sweep; j++)
            ok = agree(&p, prepared, count * j / 64, why, sizeof why);
        for (int64_t k = count - 1; ok && k <= count + 1 && count > sweep; k++)
            ok = agree(&p, prepared, k, why, sizeof why);
    }
    for (int d = 0; d < NDISP; d++)
        if (prepared[d])
            disp[d]->release(prepared[d]);
    if (ok)
        printf("ok %s\n", file);
    else
        printf("FAIL %s: %s\n", file, why);
    program_free(&p);
    return ok;
}

int main(int argc, char **argv)
{
    int64_t sweep = 100;
    int i = 1;
    if (i + 1 < argc && strcmp(argv[i], "-s") == 0) {
        sweep = strtoll(argv[i + 1], NULL, 10);
        i += 2;
    }
    if (i == argc) {
        fprintf(stderr, "usage: super-check [-s N] PROGRAM.vm...\n");
        return 2;
    }
    int failed = 0;
    for (; i < argc; i++)
        failed += !check(argv[i], sweep);
    return failed ? 1 : 0;
}

/*
 * tests/tools/two-machines.c — two machines at once in one process.
 *
 *     two-machines PROGRAM-A.vm PROGRAM-B.vm
 *
 * No dispatcher may keep a machine's state in file-scope variables
 * (vm/interp.h): this runs, for every available dispatcher, A and B each
 * alone, then A and B in two threads at the same time, and then A in both
 * threads on one prepared form, many times over, and checks that every
 * run ends exactly as the run alone did (output, status, instruction,
 * count).  A dispatcher with shared state mixes the two machines' stack
 * pointers and fails (or crashes).  Prints one "ok NAME" or "FAIL NAME:
 * why" line per dispatcher, for tests/suites/22-two-machines.sh.
 */
#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/dispatch.h"
#include "vm/readfile.h"

#define ROUNDS 40

struct end {
    struct result result;
    uint64_t bytes, hash;
};

struct job {
    const struct dispatcher *d;
    const struct program *prog;
    void *prepared;             /* shared with the other thread, or NULL */
    struct end want;
    int wrong;                  /* runs that did not end as `want` */
    struct end got;
};

static int run(const struct dispatcher *d, const struct program *prog,
               void *shared, struct end *e)
{
    struct vm *vm = vm_new(prog, INT64_MAX, NULL);      /* output hashed only */
    void *prepared = shared ? shared : d->prepare ? d->prepare(prog) : NULL;
    if (!vm || (d->prepare && !prepared)) {
        vm_free(vm);
        return -1;
    }
    d->run(vm, prog, prepared);
    out_flush(&vm->out);
    *e = (struct end){ vm->result, vm->out.total, vm->out.hash };
    if (!shared && d->release)
        d->release(prepared);
    vm_free(vm);
    return 0;
}

static bool same(const struct end *a, const struct end *b)
{
    return a->result.status == b->result.status && a->result.ord == b->result.ord &&
           a->result.count == b->result.count && a->result.arg == b->result.arg &&
           a->bytes == b->bytes && a->hash == b->hash;
}

static void *thread(void *arg)
{
    struct job *j = arg;
    for (int k = 0; k < ROUNDS; k++) {
        if (run(j->d, j->prog, j->prepared, &j->got) < 0 || !same(&j->got, &j->want))
            j->wrong++;
    }
    return NULL;
}

/* Both jobs at once; returns the number of wrong runs. */
static int together(struct job *a, struct job *b)
{
    pthread_t ta, tb;
    a->wrong = b->wrong = 0;
    if (pthread_create(&ta, NULL, thread, a) != 0)
        return -1;
    if (pthread_create(&tb, NULL, thread, b) != 0) {
        pthread_join(ta, NULL);
        return -1;
    }
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    return a->wrong + b->wrong;
}

static int load(const char *path, struct program *p)
{
    size_t len;
    char *text = read_file(path, MAX_SOURCE_BYTES, &len);
    struct load_error err;
    memset(p, 0, sizeof *p);
    p->file = path;
    if (!text || assemble(path, text, len, p, &err) < 0 || verify(p, &err) < 0) {
        fprintf(stderr, "two-machines: %s does not load\n", path);
        free(text);
        return -1;
    }
    free(text);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: two-machines PROGRAM-A.vm PROGRAM-B.vm\n");
        return 2;
    }
    struct program pa, pb;
    if (load(argv[1], &pa) < 0 || load(argv[2], &pb) < 0)
        return 2;
    int failed = 0;
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        if (d->unavailable && d->unavailable()) {
            printf("skip two machines @%s: unavailable here\n", d->name);
            continue;
        }
        struct job a = { .d = d, .prog = &pa }, b = { .d = d, .prog = &pb };
        if (run(d, &pa, NULL, &a.want) < 0 || run(d, &pb, NULL, &b.want) < 0) {
            printf("FAIL two machines @%s: a run alone failed (out of memory?)\n", d->name);
            failed++;
            continue;
        }
        int wrong = together(&a, &b);
        /* the same prepared form in both threads */
        struct job c = { .d = d, .prog = &pa, .want = a.want };
        c.prepared = d->prepare ? d->prepare(&pa) : NULL;
        struct job e = c;
        int wrong2 = d->prepare && !c.prepared ? -1 : together(&c, &e);
        if (d->release && c.prepared)
            d->release(c.prepared);
        if (wrong == 0 && wrong2 == 0) {
            printf("ok two machines @%s\n", d->name);
        } else {
            printf("FAIL two machines @%s: %d of %d runs of two programs at once and %d of %d "
                   "runs of one prepared program twice at once did not end as alone\n",
                   d->name, wrong, 2 * ROUNDS, wrong2, 2 * ROUNDS);
            failed++;
        }
    }
    program_free(&pa);
    program_free(&pb);
    return failed ? 1 : 0;
}

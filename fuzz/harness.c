/*
 * fuzz/harness.c — run one program on the oracle and on every dispatcher,
 * in this process, and compare everything observable.
 *
 * Each run gets a fresh machine (vm_new), the dispatcher's prepared form is
 * released and the machine freed afterwards, so that millions of runs in
 * one fuzzing process neither leak nor see each other's state.  Output is
 * captured in full (open_memstream), not hashed, so that a difference can
 * be shown.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/harness.h"

static const char *const status_names[] = {
    [ST_HALT] = "halt", [ST_DIV_ZERO] = "division by zero",
    [ST_UNDERFLOW] = "stack underflow", [ST_OVERFLOW] = "stack overflow",
    [ST_RET_EMPTY] = "ret on empty return stack",
    [ST_ROVERFLOW] = "return stack overflow", [ST_ADDRESS] = "address outside memory",
    [ST_STEPS] = "step limit", [ST_OUTPUT] = "output failed",
};

const char *status_name(enum status st)
{
    return (unsigned)st < NSTATUS ? status_names[st] : "?";
}

bool check_load_error(const struct load_error *err, const uint8_t *text, size_t len,
                      FILE *why)
{
    /* for bytecode (text == NULL) the "line" is an instruction number */
    size_t lines = 1;
    for (size_t i = 0; text && i < len; i++)
        lines += text[i] == '\n';
    size_t most = text ? lines : len + 1;
    bool ok = err->line >= 1 && err->line <= most && err->msg[0] != 0;
    for (const char *m = err->msg; ok && *m; m++)
        ok = *m >= 0x20 && *m < 0x7f;
    if (!ok)
        fprintf(why, "bad load error: line %" PRIu32 " (input has %zu), message \"%s\"\n",
                err->line, most, err->msg);
    return ok;
}

static bool run_dispatcher(const struct dispatcher *d, const struct program *p,
                           int64_t max_steps, struct run *r, FILE *why)
{
    memset(r, 0, sizeof *r);
    r->who = d->name;
    FILE *f = open_memstream(&r->out, &r->outlen);
    struct vm *vm = f ? vm_new(p, max_steps, f) : NULL;
    if (!vm) {
        if (f)
            fclose(f);
        fprintf(why, "%s: out of memory\n", d->name);
        return false;
    }
    void *prepared = d->prepare ? d->prepare(p) : NULL;
    if (d->prepare && !prepared) {
        const char *reason = d->prepare_failure ? d->prepare_failure() : NULL;
        fprintf(why, "%s: prepare() failed: %s\n", d->name, reason ? reason : "out of memory");
        vm_free(vm);
        fclose(f);
        return false;
    }
    d->run(vm, p, prepared);
    out_flush(&vm->out);
    if (d->release)
        d->release(prepared);
    r->result = vm->result;
    vm_message(vm, r->message, sizeof r->message);
    uint64_t total = vm->out.total;
    vm_free(vm);
    fclose(f);                       /* sets r->out, r->outlen */
    if (total != r->outlen) {
        fprintf(why, "%s: counted %" PRIu64 " bytes of output, wrote %zu\n",
                d->name, total, r->outlen);
        return false;
    }
    return true;
}

static void describe(FILE *f, const struct program *p, const struct run *r, bool differs)
{
    const struct result *x = &r->result;
    fprintf(f, "  %-11s %-26s at instruction %" PRIu32 " (line %" PRIu32 "), arg %" PRId64
            ", %" PRId64 " executed, %zu bytes of output%s\n",
            r->who, status_name(x->status), x->ord, x->ord < p->count ? p->line[x->ord] : 0,
            x->arg, x->count, r->outlen, differs ? "   <- differs" : "");
}

/* The first byte where two outputs differ, with the lines around it. */
static void show_output_difference(FILE *f, const struct run *a, const struct run *b)
{
    size_t i = 0, n = a->outlen < b->outlen ? a->outlen : b->outlen;
    while (i < n && a->out[i] == b->out[i])
        i++;
    size_t from = i;
    while (from > 0 && a->out[from - 1] != '\n')
        from--;
    fprintf(f, "  output differs from byte %zu: %s has \"%.*s\", %s has \"%.*s\"\n", i,
            a->who, (int)(a->outlen - from < 40 ? a->outlen - from : 40), a->out + from,
            b->who, (int)(b->outlen - from < 40 ? b->outlen - from : 40), b->out + from);
}

/* memcmp() must not see NULL, even for 0 bytes (no output: no buffer) */
static bool same_bytes(const void *a, size_t alen, const void *b, size_t blen)
{
    return alen == blen && (alen == 0 || memcmp(a, b, alen) == 0);
}

static bool same(const struct run *a, const struct run *b, bool messages)
{
    return a->result.status == b->result.status && a->result.arg == b->result.arg &&
           a->result.ord == b->result.ord && a->result.count == b->result.count &&
           same_bytes(a->out, a->outlen, b->out, b->outlen) &&
           (!messages || strcmp(a->message, b->message) == 0);
}

enum inject harness_inject = INJECT_NONE;
int harness_slow_every = -1;

static void inject(struct run *r)
{
    switch (harness_inject) {
    case INJECT_NONE:
        break;
    case INJECT_OUTPUT: {              /* one more byte of output */
        char *o = realloc(r->out, r->outlen + 1);
        if (o) {
            o[r->outlen++] = '\n';
            r->out = o;
        }
        break;
    }
    case INJECT_COUNT:
        r->result.count++;
        break;
    case INJECT_ORD:
        r->result.ord ^= 1;
        break;
    case INJECT_STATUS:
        r->result.status = r->result.status == ST_HALT ? ST_STEPS : ST_HALT;
        break;
    }
}

bool check_everywhere(const struct program *p, int64_t max_steps, FILE *why,
                      struct tally *t)
{
    struct run *runs = calloc(ndispatchers + 1, sizeof *runs);
    if (!runs) {
        fprintf(why, "out of memory\n");
        return false;
    }
    static int from_env;
    if (!from_env) {
        from_env = 1;
        const char *e = getenv("DISPATCHLAB_INJECT");
        static const char *const kinds[] = { "none", "output", "count", "ord", "status" };
        for (int k = 1; e && k < 5; k++)
            if (strcmp(e, kinds[k]) == 0)
                harness_inject = (enum inject)k;
        e = getenv("DISPATCHLAB_SLOW_EVERY");
        char *end;
        unsigned long every = e ? strtoul(e, &end, 10) : 1;
        if (harness_slow_every < 0)
            harness_slow_every = e && *e && !*end && every <= 1000000 ? (int)every : 1;
    }
    /* the harness runs in one thread: a plain counter is enough */
    static uint64_t calls;
    bool slow = harness_slow_every > 0 && calls++ % (uint64_t)harness_slow_every == 0;

    oracle_run(p, max_steps, &runs[0], t ? t->executed : NULL);
    unsigned n = 1, nslow = 0;
    bool ok = true;
    for (unsigned i = 0; i < ndispatchers && ok; i++) {
        const struct dispatcher *d = dispatchers[i];
        if (d->unavailable && d->unavailable())
            continue;
        if (d->slow_prepare && !slow)
            continue;
        nslow += d->slow_prepare != 0;
        ok = run_dispatcher(d, p, max_steps, &runs[n], why);
        n++;
    }
    if (ok && n > 1)
        inject(&runs[n - 1]);
    bool agree = ok;
    for (unsigned i = 1; i < n && agree; i++)
        agree = same(&runs[0], &runs[i], false) && same(&runs[1], &runs[i], true);
    if (ok && !agree) {
        fprintf(why, "the runs disagree (step limit %" PRId64 "):\n", max_steps);
        for (unsigned i = 0; i < n; i++)
            describe(why, p, &runs[i], i > 0 && !same(&runs[0], &runs[i], false));
        for (unsigned i = 1; i < n; i++)
            if (!same_bytes(runs[i].out, runs[i].outlen, runs[0].out, runs[0].outlen))
                show_output_difference(why, &runs[0], &runs[i]);
        for (unsigned i = 2; i < n; i++)
            if (strcmp(runs[1].message, runs[i].message) != 0)
                fprintf(why, "  messages: %s: \"%s\", %s: \"%s\"\n", runs[1].who,
                        runs[1].message, runs[i].who, runs[i].message);
    }
    if (t && agree) {
        t->programs++;
        t->status[runs[0].result.status]++;
        t->instructions += (uint64_t)runs[0].result.count;
        t->out_bytes += runs[0].outlen;
        if (n - 1 > t->dispatchers)
            t->dispatchers = n - 1;
        if (nslow) {
            t->slow = nslow;
            t->slow_programs++;
        }
    }
    for (unsigned i = 0; i < n; i++)
        free(runs[i].out);
    free(runs);
    return agree;
}

void tally_print(FILE *f, const struct tally *t)
{
    fprintf(f, "%" PRIu64 " programs, each on the oracle and %u dispatchers", t->programs,
            t->dispatchers - t->slow);
    if (t->slow)
        fprintf(f, ", and %u that compile%s on %" PRIu64 " of them", t->slow,
                t->slow == 1 ? "s" : "", t->slow_programs);
    fprintf(f, ": %" PRIu64 " instructions executed (per run), %" PRIu64 " bytes of output\n",
            t->instructions, t->out_bytes);
    fprintf(f, "ended by:");
    for (int s = 0; s < NSTATUS; s++)
        fprintf(f, "%s %s %" PRIu64, s ? "," : "", status_name((enum status)s), t->status[s]);
    fprintf(f, "\nexecuted per opcode:");
    for (int o = 0; o < OP__COUNT; o++)
        fprintf(f, " %s %" PRIu64, opinfo[o].name, t->executed[o]);
    fprintf(f, "\n");
}

bool check_roundtrip(const struct program *p, FILE *why)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        fprintf(why, "out of memory\n");
        return false;
    }
    disassemble(f, p, 0);
    fclose(f);
    struct program q;
    struct load_error err;
    bool ok = false;
    if (assemble("<disassembly>", text, len, &q, &err) < 0) {
        fprintf(why, "the disassembly does not assemble: line %" PRIu32 ": %s\n",
                err.line, err.msg);
    } else if (!same_bytes(q.code, q.size, p->code, p->size)) {
        uint32_t i = 0;
        while (i < p->size && i < q.size && p->code[i] == q.code[i])
            i++;
        fprintf(why, "reassembled bytecode differs: %" PRIu32 " bytes, was %" PRIu32
                "; first difference at byte %" PRIu32 "\n", q.size, p->size, i);
    } else {
        /* and the listing is stable: the reassembled program lists the same */
        char *again = NULL;
        size_t alen = 0;
        FILE *g = open_memstream(&again, &alen);
        if (g) {
            disassemble(g, &q, 0);
            fclose(g);
            ok = same_bytes(again, alen, text, len);
            if (!ok)
                fprintf(why, "the listing of the reassembled program differs:\n%.*s",
                        (int)alen, again);
        }
        free(again);
    }
    if (!ok)
        fprintf(why, "--- disassembly ---\n%.*s", (int)len, text);
    program_free(&q);
    free(text);
    return ok;
}

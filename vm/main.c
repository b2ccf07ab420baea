/*
 * vm/main.c — the build/vm command: assemble, verify, and run a program
 * with one dispatcher or all of them.
 *
 * Exit status: 0 after halt, 1 after a run-time trap, 2 for a load error
 * (assembler or verifier), bad usage or output that could not be written
 * (by any command: a run, --disasm, --list, -h), 3 when `-d all` finds
 * dispatchers that disagree (a bug in dispatchlab, never in the program).
 * Interrupted by SIGINT, SIGTERM or SIGHUP, a run writes the output it has
 * buffered, then dies of the signal (vm/output.c).
 *
 * Every error is one line on stderr.  File names and option values in it
 * are shown as the assembler shows bytes of a program (isa/quote.h):
 * whatever they hold, the line stays one line of printable ASCII.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "isa/quote.h"
#include "vm/dispatch.h"
#include "vm/output.h"
#include "vm/readfile.h"

static const char *prog_name = "vm";

static void usage(FILE *f)
{
    fprintf(f,
"usage: %s [options] FILE.vm      assemble, verify and run FILE ('-' reads stdin)\n"
"       %s --list                 list the dispatchers\n"
"\n"
"options:\n"
"  -d NAME, --dispatch NAME  run with dispatcher NAME (default: the first of --list);\n"
"                            'all' runs every available dispatcher and checks that\n"
"                            they agree on output, error and executed instruction\n"
"                            count (--stats also names the ones it skipped)\n"
"  --list                    print the dispatchers, one per line: name, description\n"
"  --disasm                  print the verified program as assembly (it reassembles\n"
"                            to the same bytecode) instead of running it\n"
"  --stats                   print the executed instruction count and times to stderr\n"
"  --max-steps N             stop with a run-time error before instruction N+1\n"
"  -h, --help                this text\n"
"\n"
"Program output goes to stdout.  Errors go to stderr as\n"
"  FILE:LINE: error: MESSAGE            (assembler or verifier; exit status 2)\n"
"  FILE:LINE: runtime error: MESSAGE    (a trap while running; exit status 1)\n"
"Exit status 0 after halt; 2 also for bad usage and for output that cannot be\n"
"written (a run stops when its output fails for good); 3 if -d all finds a\n"
"disagreement.  SIGINT, SIGTERM, SIGHUP: the output so far is written first.\n"
"The instruction set and assembly syntax are in docs/isa.md.\n",
            prog_name, prog_name);
}

/* An option value or a word from the command line, for a message. */
#define QUOTED(q, s) quote(q, sizeof q, s, strlen(s), QUOTE_WORD)

/* Bad usage: one line, exit status 2; fmt has one %s for arg, which is
 * quoted (QUOTED). */
static int bad_usage(const char *fmt, const char *arg)
{
    char q[4 * QUOTE_WORD + 4];
    fprintf(stderr, "%s: error: ", prog_name);
    fprintf(stderr, fmt, QUOTED(q, arg));
    fprintf(stderr, " (%s -h explains the options)\n", prog_name);
    return 2;
}

/* --max-steps N: decimal digits and nothing else (no sign, no white space
 * of any kind, which strtoll would skip), at most INT64_MAX. */
static bool parse_steps(const char *v, int64_t *steps)
{
    uint64_t n = 0;
    if (!*v)
        return false;
    for (; *v; v++) {
        if (*v < '0' || *v > '9')
            return false;
        unsigned d = (unsigned)(*v - '0');
        if (n > ((uint64_t)INT64_MAX - d) / 10)
            return false;
        n = n * 10 + d;
    }
    *steps = (int64_t)n;
    return true;
}

/* The error for output that could not be written. */
static void write_error(int err)
{
    fprintf(stderr, "%s: error: cannot write the output: %s\n", prog_name, strerror(err));
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static const struct dispatcher *find_dispatcher(const char *name)
{
    for (unsigned i = 0; i < ndispatchers; i++)
        if (strcmp(dispatchers[i]->name, name) == 0)
            return dispatchers[i];
    return NULL;
}

static const char *unavailable(const struct dispatcher *d)
{
    if (!d->unavailable)
        return NULL;
    const char *why = d->unavailable();
    return why;
}

/* -d all --stats: a dispatcher that cannot run here is left out, and said so. */
static void skipping(const struct dispatcher *d, const char *why, bool stats)
{
    if (stats)
        fprintf(stderr, "%s: note: skipping dispatcher '%s': %s\n", prog_name, d->name, why);
}

/* -d NAME of a dispatcher that cannot run here: exit status 2. */
static int not_available(const struct dispatcher *d, const char *why)
{
    fprintf(stderr, "%s: error: dispatcher '%s' is not available here: %s\n", prog_name, d->name, why);
    return 2;
}

/* One run of a program on one dispatcher. */
struct outcome {
    struct result result;
    uint64_t out_bytes, out_hash;
    int      out_error;             /* the output failed for good: its errno */
    double   t_prepare, t_run;      /* seconds */
    char     message[300];          /* the trap message, if any */
};

/* The run itself, in a function of its own that the compiler keeps: what
 * valgrind counts for a dispatch (asm/marks.pl count) is what happens
 * inside it, not loading or prepare, whose hash tables have a random key
 * (isa/hashtab.h) and so a different cost every time. */
__attribute__((noinline)) static void vm_run_dispatcher(const struct dispatcher *d, struct vm *vm,
                                                        const struct program *prog, void *prepared)
{
    d->run(vm, prog, prepared);
}

/* Returns 0, or -1 after an error message, or -2 when prepare() failed
 * with a reason (*why; a dispatcher that compiles the program can meet a
 * limit), or -3 when it failed because the dispatcher cannot run here
 * (*why: unavailable()'s reason; asked only now for a dispatcher with
 * slow_prepare, vm/dispatch.h), which the caller reports. */
static int run_one(const struct dispatcher *d, const struct program *prog,
                   int64_t max_steps, FILE *out, struct outcome *oc, const char **why)
{
    struct vm *vm = vm_new(prog, max_steps, out);
    if (!vm) {
        fprintf(stderr, "%s: error: out of memory\n", prog_name);
        return -1;
    }
    double t0 = now();
    void *prepared = d->prepare ? d->prepare(prog) : NULL;
    double t1 = now();
    if (d->prepare && !prepared) {
        vm_free(vm);
        if (d->slow_prepare && (*why = unavailable(d)) != NULL)
            return -3;
        *why = d->prepare_failure ? d->prepare_failure() : NULL;
        if (*why)
            return -2;
        fprintf(stderr, "%s: error: dispatcher '%s' could not prepare the program (out of memory)\n",
                prog_name, d->name);
        return -1;
    }
    out_watch(&vm->out);            /* a signal now writes its buffer out */
    vm_run_dispatcher(d, vm, prog, prepared);
    double t2 = now();
    out_flush(&vm->out);
    out_watch(NULL);
    if (d->release)
        d->release(prepared);
    oc->result = vm->result;
    oc->out_bytes = vm->out.total;
    oc->out_hash = vm->out.hash;
    oc->out_error = vm->out.error;
    oc->t_prepare = t1 - t0;
    oc->t_run = t2 - t1;
    vm_message(vm, oc->message, sizeof oc->message);
    vm_free(vm);
    return 0;
}

static void print_stats(const struct dispatcher *d, const struct outcome *oc)
{
    double n = (double)oc->result.count;
    fprintf(stderr, "stats: %s: %" PRId64 " instructions executed, run %.3f ms (%.2f ns per instruction), prepare %.3f ms\n",
            d->name, oc->result.count, oc->t_run * 1e3, n > 0 ? oc->t_run * 1e9 / n : 0.0,
            oc->t_prepare * 1e3);
}

/* Report how a run ended, as the exit status says.  Output that failed is
 * a result that did not arrive: exit status 2, not 0 or 1. */
static int finish(const struct program *prog, const struct outcome *oc)
{
    int rc = 0;
    if (oc->result.status == ST_OUTPUT) {   /* the run stopped for it */
        fprintf(stderr, "%s: error: %s\n", prog_name, oc->message);
        return 2;
    }
    if (oc->result.status != ST_HALT) {
        fprintf(stderr, "%s:%" PRIu32 ": runtime error: %s\n", prog->file,
                prog->line[oc->result.ord], oc->message);
        rc = 1;
    }
    if (oc->out_error) {                     /* the last write failed */
        write_error(oc->out_error);
        rc = 2;
    }
    return rc;
}

static bool same(const struct outcome *a, const struct outcome *b)
{
    return a->result.status == b->result.status && a->result.ord == b->result.ord &&
           a->result.count == b->result.count && a->result.arg == b->result.arg &&
           a->out_bytes == b->out_bytes && a->out_hash == b->out_hash &&
           strcmp(a->message, b->message) == 0;
}

static int run_all(const struct program *prog, int64_t max_steps, bool stats)
{
    struct outcome *oc = calloc(ndispatchers, sizeof *oc);
    const struct dispatcher **ran = calloc(ndispatchers, sizeof *ran);
    unsigned n = 0;
    int rc = 0;
    if (!oc || !ran) {
        fprintf(stderr, "%s: error: out of memory\n", prog_name);
        rc = 2;
        goto out;
    }
    for (unsigned i = 0; i < ndispatchers; i++) {
        const struct dispatcher *d = dispatchers[i];
        const char *why;
        if (!d->slow_prepare && (why = unavailable(d)) != NULL) {
            /* `--list` says which dispatchers are unavailable and why; a
             * run says it only with --stats, so that its standard error
             * stays the one line of an error, as with any dispatcher */
            skipping(d, why, stats);
            continue;
        }
        /* The first dispatcher writes the output; the others are compared
         * with it through the length and hash of theirs. */
        int r = run_one(d, prog, max_steps, n == 0 ? stdout : NULL, &oc[n], &why);
        if (r == -3) {                  /* as above, found out by trying */
            skipping(d, why, stats);
            continue;
        }
        if (r == -2) {
            fprintf(stderr, "%s: note: skipping dispatcher '%s': cannot prepare the program: %s\n",
                    prog_name, d->name, why);
            continue;
        }
        if (r < 0) {
            rc = 2;
            goto out;
        }
        ran[n++] = d;
        if (stats)
            print_stats(d, &oc[n - 1]);
        if (oc[0].result.status == ST_OUTPUT)
            break;      /* nothing to compare: the others print to no file */
    }
    bool agree = true;
    for (unsigned i = 1; i < n; i++)
        agree = agree && same(&oc[0], &oc[i]);
    if (!agree) {
        fprintf(stderr, "%s: error: the dispatchers disagree on %s:\n", prog_name, prog->file);
        for (unsigned i = 0; i < n; i++)
            fprintf(stderr, "  %-12s %s line %" PRIu32 ", %" PRId64 " instructions, %" PRIu64
                    " bytes of output (hash %016" PRIx64 ")%s\n",
                    ran[i]->name, oc[i].message, prog->line[oc[i].result.ord], oc[i].result.count,
                    oc[i].out_bytes, oc[i].out_hash, i && !same(&oc[0], &oc[i]) ? "  <- differs" : "");
        rc = 3;
        goto out;
    }
    rc = n ? finish(prog, &oc[0]) : 2;
    if (!n)
        fprintf(stderr, "%s: error: no dispatcher is available on this machine\n", prog_name);
out:
    free(oc);
    free(ran);
    return rc;
}

/* Everything but the last check of stdout; returns the exit status. */
static int vm_main(int argc, char **argv)
{
    const char *dname = NULL, *file = NULL;
    bool list = false, disasm = false, stats = false;
    int64_t max_steps = INT64_MAX;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--list") == 0) {
            list = true;
        } else if (strcmp(a, "--disasm") == 0) {
            disasm = true;
        } else if (strcmp(a, "--stats") == 0) {
            stats = true;
        } else if (strcmp(a, "-d") == 0 || strcmp(a, "--dispatch") == 0) {
            if (++i == argc)
                return bad_usage("%s needs a dispatcher name", a);
            dname = argv[i];
        } else if (strncmp(a, "--dispatch=", 11) == 0) {
            dname = a + 11;
        } else if (strcmp(a, "--max-steps") == 0 || strncmp(a, "--max-steps=", 12) == 0) {
            const char *v = a[11] == '=' ? a + 12 : (++i < argc ? argv[i] : NULL);
            if (!v)
                return bad_usage("%s needs a number", "--max-steps");
            if (!parse_steps(v, &max_steps))
                return bad_usage("--max-steps needs a non-negative integer, not '%s'", v);
        } else if (a[0] == '-' && a[1] != 0) {
            return bad_usage("unknown option '%s'", a);
        } else if (file) {
            return bad_usage("more than one program given ('%s')", a);
        } else {
            file = a;
        }
    }

    if (list) {
        for (unsigned i = 0; i < ndispatchers; i++) {
            const char *why = unavailable(dispatchers[i]);
            printf("%-12s %s%s%s%s\n", dispatchers[i]->name, dispatchers[i]->summary,
                   why ? " [unavailable here: " : "", why ? why : "", why ? "]" : "");
        }
        return 0;
    }
    if (!file)
        return bad_usage("%s", "no program given");

    const struct dispatcher *d = dispatchers[0];
    bool all = false;
    if (dname && strcmp(dname, "all") == 0) {
        all = true;
    } else if (dname) {
        d = find_dispatcher(dname);
        if (!d)
            return bad_usage("unknown dispatcher '%s' (--list shows them)", dname);
    }
    /* (a dispatcher with slow_prepare is asked when its prepare() fails) */
    if (!all && !disasm && !d->slow_prepare) {
        const char *why = unavailable(d);
        if (why)
            return not_available(d, why);
    }

    /* The name in messages, quoted in full: it names the file. */
    char *shown;
    if (strcmp(file, "-") == 0) {
        shown = strdup("<stdin>");
    } else {
        size_t n = strlen(file);
        shown = malloc(4 * n + 4);
        if (shown)
            quote(shown, 4 * n + 4, file, n, n);
    }
    if (!shown) {
        fprintf(stderr, "%s: error: out of memory\n", prog_name);
        return 2;
    }
    size_t len;
    errno = 0;
    char *text = read_file(file, MAX_SOURCE_BYTES, &len);
    if (!text) {
        fprintf(stderr, "%s: error: cannot read the program: %s\n", shown,
                errno == EFBIG ? "larger than 256 MiB" : strerror(errno ? errno : EIO));
        free(shown);
        return 2;
    }

    struct program prog;
    struct load_error err;
    if (assemble(shown, text, len, &prog, &err) < 0 || verify(&prog, &err) < 0) {
        fprintf(stderr, "%s:%" PRIu32 ": error: %s\n", shown, err.line, err.msg);
        free(text);
        free(shown);
        program_free(&prog);
        return 2;
    }
    free(text);

    int rc;
    if (disasm) {
        disassemble(stdout, &prog, 1);
        rc = 0;
    } else if (all) {
        rc = run_all(&prog, max_steps, stats);
    } else {
        struct outcome oc;
        const char *why;
        int r = run_one(d, &prog, max_steps, stdout, &oc, &why);
        if (r == -3)
            not_available(d, why);
        if (r == -2)
            fprintf(stderr, "%s: error: dispatcher '%s' cannot prepare the program: %s\n",
                    prog_name, d->name, why);
        if (r < 0) {
            rc = 2;
        } else {
            if (stats)
                print_stats(d, &oc);
            rc = finish(&prog, &oc);
        }
    }
    program_free(&prog);
    free(shown);
    return rc;
}

int main(int argc, char **argv)
{
    /* A run's output goes to the descriptor in 64 KiB writes (vm/output.c);
     * what goes through stdio (--list, -h, --disasm) is buffered as much. */
    static char stdout_buf[1 << 16];
    setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);
    out_catch_signals();

    int rc = vm_main(argc, argv);

    /* Output that could not be written (a full disk, a closed stdout) is a
     * result that did not arrive: say so, rather than exit 0 without it.
     * This covers what went through stdio; a run's own output was checked
     * by finish(). */
    int werr = fflush(stdout) != 0 ? errno : ferror(stdout) ? (errno ? errno : EIO) : 0;
    if (werr) {
        write_error(werr);
        if (rc < 2)
            rc = 2;
    }
    return rc;
}
#undef QUOTED

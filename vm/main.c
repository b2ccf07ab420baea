/*
 * vm/main.c — the build/vm command: assemble, verify, and run a program
 * with one dispatcher or all of them.
 *
 * Exit status: 0 after halt, 1 after a run-time trap, 2 for a load error
 * (assembler or verifier), bad usage or output that could not be written,
 * 3 when `-d all` finds dispatchers that disagree (a bug in dispatchlab,
 * never in the program).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/dispatch.h"
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
"                            'all' runs every dispatcher and checks that they agree\n"
"                            on output, error and executed instruction count\n"
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
"written; 3 if -d all finds a disagreement.\n"
"The instruction set and assembly syntax are in docs/isa.md.\n",
            prog_name, prog_name);
}

static int bad_usage(const char *fmt, const char *arg)
{
    fprintf(stderr, "%s: error: ", prog_name);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(%s -h explains the options)\n", prog_name);
    return 2;
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

/* One run of a program on one dispatcher. */
struct outcome {
    struct result result;
    uint64_t out_bytes, out_hash;
    double   t_prepare, t_run;      /* seconds */
    char     message[300];          /* the trap message, if any */
};

/* Returns 0, or -1 after an error message, or -2 when prepare() failed
 * with a reason (*why; a dispatcher that compiles the program can meet a
 * limit), which the caller reports. */
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
        *why = d->prepare_failure ? d->prepare_failure() : NULL;
        if (*why)
            return -2;
        fprintf(stderr, "%s: error: dispatcher '%s' could not prepare the program (out of memory)\n",
                prog_name, d->name);
        return -1;
    }
    d->run(vm, prog, prepared);
    double t2 = now();
    out_flush(&vm->out);
    if (d->release)
        d->release(prepared);
    oc->result = vm->result;
    oc->out_bytes = vm->out.total;
    oc->out_hash = vm->out.hash;
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

/* Report how a run ended, as the exit status says. */
static int finish(const struct program *prog, const struct outcome *oc)
{
    fflush(stdout);
    if (oc->result.status == ST_HALT)
        return 0;
    fprintf(stderr, "%s:%" PRIu32 ": runtime error: %s\n", prog->file,
            prog->line[oc->result.ord], oc->message);
    return 1;
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
        if ((why = unavailable(d)) != NULL) {
            fprintf(stderr, "%s: note: skipping dispatcher '%s': %s\n", prog_name, d->name, why);
            continue;
        }
        /* The first dispatcher writes the output; the others are compared
         * with it through the length and hash of theirs. */
        int r = run_one(d, prog, max_steps, n == 0 ? stdout : NULL, &oc[n], &why);
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
    }
    bool agree = true;
    for (unsigned i = 1; i < n; i++)
        agree = agree && same(&oc[0], &oc[i]);
    if (!agree) {
        fflush(stdout);
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

int main(int argc, char **argv)
{
    const char *dname = NULL, *file = NULL;
    bool list = false, disasm = false, stats = false;
    int64_t max_steps = INT64_MAX;

    /* Full buffering even on a terminal: one write per 64 KiB of output. */
    static char stdout_buf[1 << 16];
    setvbuf(stdout, stdout_buf, _IOFBF, sizeof stdout_buf);

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
            char *end;
            errno = 0;
            long long n = strtoll(v, &end, 10);
            if (!*v || *end || errno || n < 0 || v[0] == '-' || v[0] == '+' || v[0] == ' ')
                return bad_usage("--max-steps needs a non-negative integer, not '%s'", v);
            max_steps = n;
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
    if (!all && !disasm) {
        const char *why = unavailable(d);
        if (why) {
            fprintf(stderr, "%s: error: dispatcher '%s' is not available here: %s\n",
                    prog_name, d->name, why);
            return 2;
        }
    }

    const char *shown = strcmp(file, "-") == 0 ? "<stdin>" : file;
    size_t len;
    errno = 0;
    char *text = read_file(file, MAX_SOURCE_BYTES, &len);
    if (!text) {
        fprintf(stderr, "%s: error: cannot read the program: %s\n", shown,
                errno == EFBIG ? "larger than 256 MiB" : strerror(errno ? errno : EIO));
        return 2;
    }

    struct program prog;
    struct load_error err;
    if (assemble(shown, text, len, &prog, &err) < 0 || verify(&prog, &err) < 0) {
        fflush(stdout);
        fprintf(stderr, "%s:%" PRIu32 ": error: %s\n", shown, err.line, err.msg);
        free(text);
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
    /* Output that could not be written (a full disk, a closed stdout) is a
     * result that did not arrive: say so, rather than exit 0 without it. */
    int werr = fflush(stdout) != 0 ? errno : ferror(stdout) ? (errno ? errno : EIO) : 0;
    if (werr) {
        fprintf(stderr, "%s: error: cannot write the output: %s\n", prog_name, strerror(werr));
        if (rc < 2)
            rc = 2;
    }
    program_free(&prog);
    return rc;
}

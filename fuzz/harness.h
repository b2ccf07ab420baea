/*
 * fuzz/harness.h — run one program everywhere and compare.
 *
 * Used by the differential test (fuzz/difftest.c) and the fuzz targets.
 * "Everywhere" is every dispatcher in dispatchers[] that is available on
 * this machine, plus the reference interpreter of fuzz/oracle.c: the
 * dispatchers share the instruction bodies (isa/ops.inc) and the counting
 * macros (vm/interp.h), so agreeing with each other cannot catch a mistake
 * in those; the oracle is written separately, the plain way.
 */
#ifndef DISPATCHLAB_FUZZ_HARNESS_H
#define DISPATCHLAB_FUZZ_HARNESS_H

#include <stdbool.h>
#include <stdio.h>
#include "vm/dispatch.h"

/* How one run ended, with its complete output. */
struct run {
    const char   *who;          /* dispatcher name, or "oracle" */
    struct result result;
    char          message[300]; /* vm_message(), the text after "runtime error: " */
    char         *out;          /* malloc'd output bytes */
    size_t        outlen;
};

/* The ways a run ends: ST_HALT .. ST_OUTPUT. */
#define NSTATUS (ST_OUTPUT + 1)

/* Totals over many programs, for the summary and for the checks that the
 * generated programs exercise what they should. */
struct tally {
    uint64_t programs;
    uint64_t status[NSTATUS];        /* how the programs ended */
    uint64_t executed[OP__COUNT];    /* instructions executed, per opcode */
    uint64_t instructions;           /* executed, all programs */
    uint64_t out_bytes;
    unsigned dispatchers;            /* dispatchers compared (the most on one program) */
    unsigned slow;                   /* of them, with a slow prepare() (harness_slow_every) */
    uint64_t slow_programs;          /* the programs they ran */
};

/* fuzz/oracle.c: run with a per-instruction counter; per-opcode counts are
 * added to executed[] when it is not NULL. */
void oracle_run(const struct program *p, int64_t max_steps, struct run *r,
                uint64_t *executed);

/* Run p on the oracle and on every available dispatcher with the step
 * limit.  Returns true when all runs agree exactly (status, argument,
 * faulting instruction, executed count, output bytes, message); otherwise
 * writes what differs to `why` and returns false.  Adds to *t if not NULL. */
bool check_everywhere(const struct program *p, int64_t max_steps, FILE *why,
                      struct tally *t);

/* A self-check of the comparison: when not INJECT_NONE, check_everywhere()
 * corrupts what the last dispatcher reported, and must then report a
 * difference (difftest --inject, tests/suites/70-differential.sh).
 * DISPATCHLAB_INJECT=output|count|ord|status in the environment does the
 * same in any program linked with the harness: it shows that `make fuzz`
 * reports a finding and fails. */
enum inject { INJECT_NONE, INJECT_OUTPUT, INJECT_COUNT, INJECT_ORD, INJECT_STATUS };
extern enum inject harness_inject;

/* Dispatchers whose prepare() runs a C compiler (struct dispatcher's
 * slow_prepare) run on every harness_slow_every-th call of
 * check_everywhere() only, counting from the first: 1 (the default) on
 * every program, 0 on none.  The other dispatchers and the oracle run on
 * every program.  difftest --slow-every N sets it; in any other program
 * linked with the harness, DISPATCHLAB_SLOW_EVERY=N in the environment
 * (read at the first call, when it is still -1: unset). */
extern int harness_slow_every;

/* A load error must be one readable line: a line number from 1 to the
 * input's line count + 1, a message of printable ASCII (the assembler quotes
 * what it cannot print as \xNN, so hostile input cannot reach a terminal).
 * Returns true when it is, else writes why to `why`. */
bool check_load_error(const struct load_error *err, const uint8_t *text, size_t len,
                      FILE *why);

/* The name of a way a run ends, for reports. */
const char *status_name(enum status st);

/* Print the tally as the differential test reports it. */
void tally_print(FILE *f, const struct tally *t);

/* Disassemble p, reassemble the listing and compare the bytecode.  Returns
 * true when they are identical, else writes why to `why`. */
bool check_roundtrip(const struct program *p, FILE *why);

#endif

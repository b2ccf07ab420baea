/*
 * fuzz/targets.h — what the fuzz targets (fuzz/fuzz_*.c) share.
 *
 * Each target defines LLVMFuzzerTestOneInput() and is linked twice: with
 * libFuzzer (`make fuzz`, clang only) and with fuzz/standalone.c, a plain
 * main() that feeds it files, so that `make test` runs every target over
 * the test corpus with any compiler.  A finding ends the process through
 * finding(), which prints what was found and aborts: libFuzzer then saves
 * the input, and standalone runs fail.
 */
#ifndef DISPATCHLAB_FUZZ_TARGETS_H
#define DISPATCHLAB_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz/harness.h"

/* Step limit for programs a target runs: mutated programs loop easily, and
 * each input runs on the oracle and every dispatcher. */
#define FUZZ_STEPS 5000

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Report a finding and stop; `text` (may be NULL) is the program. */
static inline void finding(const char *target, const char *what, const char *details,
                           const char *text)
{
    fprintf(stderr, "FINDING in fuzz_%s: %s\n%s", target, what, details ? details : "");
    if (text)
        fprintf(stderr, "--- program ---\n%s\n--- end ---\n", text);
    fflush(stderr);
    abort();
}

/* A FILE for a target's explanations, kept in memory until needed. */
struct why {
    FILE  *f;
    char  *text;
    size_t len;
};

static inline void why_open(struct why *w)
{
    w->text = NULL;
    w->len = 0;
    w->f = open_memstream(&w->text, &w->len);
    if (!w->f)
        abort();
}

/* Close it; the text is then in w->text (free it with why_free). */
static inline const char *why_close(struct why *w)
{
    fclose(w->f);
    w->f = NULL;
    return w->text ? w->text : "";
}

static inline void why_free(struct why *w)
{
    if (w->f)
        fclose(w->f);
    free(w->text);
}

#endif

/*
 * fuzz/fuzz_asm.c — fuzz target 1: any text into the assembler and the
 * verifier.
 *
 * Whatever the bytes, assembly must end in a program or in one readable
 * load error (check_load_error); a program that also verifies is run on the
 * oracle and every dispatcher with a step limit, and they must agree.
 * Seeded with tests/programs/, whose mutations often still assemble: that
 * is how this target reaches the dispatchers with programs nobody wrote.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz/targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct program p;
    struct load_error err;
    struct why w;
    why_open(&w);
    if (assemble("fuzz.vm", (const char *)data, size, &p, &err) < 0 ||
        verify(&p, &err) < 0) {
        if (!check_load_error(&err, data, size, w.f))
            finding("asm", "a malformed load error", why_close(&w), NULL);
    } else if (!check_everywhere(&p, FUZZ_STEPS, w.f, NULL)) {
        finding("asm", "the runs differ", why_close(&w), NULL);
    }
    program_free(&p);
    why_free(&w);
    return 0;
}

/*
 * fuzz/fuzz_gen.c — fuzz target 3: generated valid programs, with the
 * fuzzer's bytes as the generator's choices (fuzz/gen.c).
 *
 * libFuzzer mutates the choices and keeps those that reach new code, so
 * this explores the dispatchers with programs that always load: every one
 * must verify, survive the disassembly round trip, and run alike on the
 * oracle and every dispatcher.  A finding is reproduced as a program with
 * `gen --choices CRASH-FILE > p.vm`.
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz/gen.h"
#include "fuzz/targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct choices c;
    choices_bytes(&c, data, size);
    int64_t steps;
    char *text = gen_program(&c, &steps);
    if (!text)
        return 0;
    struct program p;
    struct load_error err;
    struct why w;
    why_open(&w);
    if (assemble("gen.vm", text, strlen(text), &p, &err) < 0 || verify(&p, &err) < 0) {
        fprintf(w.f, "gen.vm:%u: error: %s\n", (unsigned)err.line, err.msg);
        finding("gen", "a generated program does not load (generator or verifier bug)",
                why_close(&w), text);
    } else if (!check_roundtrip(&p, w.f)) {
        finding("gen", "disassembly does not reassemble to the same bytecode",
                why_close(&w), text);
    } else if (!check_everywhere(&p, steps, w.f, NULL)) {
        finding("gen", "the runs differ", why_close(&w), text);
    }
    program_free(&p);
    why_free(&w);
    free(text);
    return 0;
}

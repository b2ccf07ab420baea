/*
 * fuzz/fuzz_bytecode.c — fuzz target 2: any bytes as bytecode.
 *
 * The bytes become a program without maps (code and size only), as
 * bytecode from a file or a network would: verify() must rebuild the maps
 * and either reject the program with a readable error or accept it, and an
 * accepted program must then be safe on every dispatcher — run it on all of
 * them and the oracle with a step limit, and they must agree — and its
 * disassembly must reassemble to the same bytes.  Seeds: the bytecode of
 * tests/programs/ (fuzz/run.sh makes it with `gen --bytecode`).
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz/targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_CODE_BYTES)
        return 0;
    struct program p = { .file = "fuzz.bin", .size = (uint32_t)size };
    p.code = malloc(size ? size : 1);
    if (!p.code)
        return 0;
    if (size)
        memcpy(p.code, data, size);
    struct load_error err;
    struct why w;
    why_open(&w);
    if (verify(&p, &err) < 0) {
        if (!check_load_error(&err, NULL, size, w.f))
            finding("bytecode", "a malformed load error", why_close(&w), NULL);
    } else if (!check_everywhere(&p, FUZZ_STEPS, w.f, NULL)) {
        finding("bytecode", "the runs differ", why_close(&w), NULL);
    } else if (!check_roundtrip(&p, w.f)) {
        finding("bytecode", "disassembly does not reassemble to the same bytecode",
                why_close(&w), NULL);
    }
    program_free(&p);
    why_free(&w);
    return 0;
}

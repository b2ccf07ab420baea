/*
 * fuzz/fuzz_roundtrip.c — fuzz target 4: assembler -> disassembler ->
 * assembler gives the same bytecode, and the second listing is the first.
 *
 * Any text that assembles (verified or not: the disassembler must list any
 * assembled program) is listed, the listing assembled again, and the two
 * bytecodes compared byte for byte (check_roundtrip).  Seeds: tests/programs/.
 */
#include "fuzz/targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct program p;
    struct load_error err;
    struct why w;
    why_open(&w);
    if (assemble("fuzz.vm", (const char *)data, size, &p, &err) == 0 &&
        !check_roundtrip(&p, w.f))
        finding("roundtrip", "disassembly does not reassemble to the same bytecode",
                why_close(&w), NULL);
    program_free(&p);
    why_free(&w);
    return 0;
}

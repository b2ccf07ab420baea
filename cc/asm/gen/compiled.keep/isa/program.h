/*
 * isa/program.h — a loaded program: its bytecode and the maps every
 * dispatcher shares (instruction ordinals, source lines, label names).
 *
 * The bytecode is what docs/isa.md describes: per instruction one opcode
 * byte followed by its operand, INT as 8 bytes and LABEL as a 4-byte byte
 * offset, both little-endian.  The maps are not part of the bytecode; they
 * come from the assembler (or are rebuilt by the verifier) and are used for
 * error messages, the disassembly and counting executed instructions.
 */
#ifndef DISPATCHLAB_PROGRAM_H
#define DISPATCHLAB_PROGRAM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "isa/isa.h"

struct label {
    char    *name;
    uint32_t offset;         /* byte offset it marks */
};

/* What a verified `call` checks, once, for its callee (isa/prove.c): the
 * callee's instructions are proven for any entry height h with
 * need <= h <= need + span, that is, when it consumes at most the `need`
 * values below its entry and grows the stack by at most
 * STACK_CELLS - need - span values above it. */
struct frame {
    int32_t need;
    int32_t span;
};

struct program {
    const char *file;        /* name used in messages */
    uint8_t    *code;        /* bytecode */
    uint32_t    size;        /* bytes of bytecode */
    uint32_t    count;       /* number of instructions */
    uint32_t   *ord;         /* byte offset -> ordinal of the instruction there
                                (defined at instruction starts; size + 1 entries) */
    uint32_t   *offset;      /* ordinal -> byte offset (count + 1 entries) */
    uint32_t   *line;        /* ordinal -> source line (1-based; 0 = unknown) */
    struct label *labels;    /* sorted by offset, then by definition order */
    uint32_t    nlabels;
    /* What the verifier proved (isa/prove.c, docs/verifier.md): */
    uint8_t    *proven;      /* ordinal -> 1 when its depth checks need not run */
    struct frame *frame;     /* ordinal of a call target -> what the call checks */
};

/* Load errors: "FILE:LINE: error: MESSAGE".  The message is kept, not
 * printed, so that tests and fuzzers can look at it. */
struct load_error {
    uint32_t line;
    char     msg[256];
};

/* isa/asm.c: assemble source text (need not be NUL-terminated).
 * Returns 0 and fills *prog, or -1 and fills *err. */
int  assemble(const char *file, const char *text, size_t len,
              struct program *prog, struct load_error *err);

/* isa/verify.c: check bytecode before it may run (docs/verifier.md).
 * Rebuilds prog->ord/offset from the code when they are NULL.
 * Returns 0 when the program is safe to run, else -1 with *err. */
int  verify(struct program *prog, struct load_error *err);

/* isa/prove.c, called by verify(): fill prog->proven and prog->frame.
 * The work is capped at PROVE_BUDGET instruction visits (then nothing is
 * proven).  Returns 0, or -1 when out of memory. */
#define PROVE_BUDGET(count) (8 * (uint64_t)(count) + (1u << 20))
int  prove(struct program *prog);

/* isa/disasm.c: print the program as assembly that reassembles to the same
 * bytecode.  With annotate, each line carries "; @offset line N". */
#include <stdio.h>
void disassemble(FILE *f, const struct program *prog, int annotate);

/* isa/program.c: build prog->offset and prog->ord (and set prog->count)
 * from bytecode whose opcodes are all defined and whose last instruction
 * ends at prog->size.  Returns 0, or -1 when out of memory. */
int  program_index(struct program *prog);

/* Free everything a program owns. */
void program_free(struct program *prog);

/* Little-endian operand access, shared by assembler, verifier, disassembler
 * and the dispatchers (memcpy compiles to one load on x86-64 and AArch64). */
static inline cell read_int(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return (cell)v;
}
static inline uint32_t read_label(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, sizeof v);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

#endif

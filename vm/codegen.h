/*
 * vm/codegen.h — what the dispatchers that generate native code share
 * (subroutine, context and inline threading): executable memory that is
 * never writable and executable at once (W^X), an emitter that measures
 * and then writes, the few x86-64 and AArch64 instructions they emit, and
 * a reader of machine code that says whether a piece of compiled code
 * still runs the same when it is copied somewhere else.
 *
 * Everything here is used by prepare() only, never while a program runs.
 */
#ifndef DISPATCHLAB_CODEGEN_H
#define DISPATCHLAB_CODEGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__x86_64__) || defined(__aarch64__)
#define CODEGEN 1
#else
#define CODEGEN 0
#endif

/* ---- executable memory ---------------------------------------------------
 * Mapped read+write, written, then switched to read+execute with mprotect
 * (after flushing the instruction cache where the processor needs it). */

/* NULL where code can be generated and run here, else why not. */
const char *codegen_unavailable(void);

/* size bytes (rounded up to whole pages, *mapped) of read+write memory,
 * within +-100 MiB of `near` if mmap grants it (so that direct calls and
 * branches reach `near`: rel32 on x86-64, +-128 MiB on AArch64); mmap takes
 * the address as a hint only, so the emitter checks every distance.  NULL
 * when out of memory. */
void *codegen_map(size_t size, const void *near, size_t *mapped);
/* Make the first `used` bytes executable and the mapping read-only.
 * Returns 0, or -1 if the system refused. */
int   codegen_seal(void *code, size_t mapped, size_t used);
void  codegen_unmap(void *code, size_t mapped);

/* ---- the emitter -----------------------------------------------------------
 * Code is emitted twice with the same function: first with out == NULL,
 * which only counts bytes (and so gives every instruction its address),
 * then into the mapping.  `far` is set when a call or jump target was out
 * of reach of a direct one and a register had to be used instead. */
struct emit {
    uint8_t   *out;         /* NULL while measuring */
    uintptr_t  origin;      /* the address the code will run at */
    size_t     at;          /* bytes emitted */
    bool       far;
};

void      emit_put(struct emit *e, const void *bytes, size_t n);
uintptr_t emit_here(const struct emit *e);

#if defined(__x86_64__)
/* opcode bytes, then the 32-bit displacement from the end of the
 * instruction to `to` */
void x86_rel32(struct emit *e, const uint8_t *opcode, size_t len, uintptr_t to);
/* to is within reach of a rel32 from `from` (with room for the code
 * between the two passes) */
bool x86_near(uintptr_t from, uintptr_t to);
/* call to: `call rel32`, or `movabs $to,%rax; call *%rax` when out of reach
 * or when e->far is set already */
void x86_call(struct emit *e, uintptr_t to);
#define X86_CALL_MAX 12     /* bytes of the longest form */
#endif

#if defined(__aarch64__)
void a64(struct emit *e, uint32_t insn);
/* within reach of b/bl (+-128 MiB, with room) */
bool a64_near(uintptr_t from, uintptr_t to);
/* b or bl (opcode 0x14000000 or 0x94000000) from `from` to `to` */
uint32_t a64_b26(uint32_t opcode, uintptr_t from, uintptr_t to);
/* movz/movk: the 64-bit constant v into register rd (1 to 4 instructions) */
void a64_const(struct emit *e, unsigned rd, uint64_t v);
/* bl to, or the address into x16 and blr x16 (see x86_call) */
void a64_call(struct emit *e, uintptr_t to);
#define A64_CALL_MAX 20     /* bytes of the longest form */
#endif

/* ---- reading compiled code -------------------------------------------------
 * A small decoder for the instructions compilers emit for the instruction
 * bodies: it knows their lengths and which of them depend on where they
 * are (a direct call, a PC-relative operand, a direct branch), and nothing
 * else.  An instruction it does not know makes the answer "no": it may
 * call relocatable code non-relocatable, never the other way round. */

/* Does the code [begin, end) run the same when copied elsewhere, provided
 * that whatever jumps into the copy jumps to its start and that the copy
 * goes on with whatever is placed after it?  That is: every instruction
 * known, no direct call, no PC-relative operand, every direct branch to a
 * place in [begin, end] (`end` is where the copy continues), and the last
 * instruction ending exactly at `end`.  Indirect branches are allowed:
 * they go where a register or memory says, wherever they are.  Returns
 * NULL when it does, else why not. */
const char *codegen_relocatable(const void *begin, const void *end);

/* The dispatch that starts at `at`: instructions without any branch up to
 * and including the first indirect jump, all of them relocatable.  Returns
 * its length in bytes, or 0 when the code there is not that (why says
 * why).  Reads at most max bytes. */
size_t codegen_dispatch(const void *at, size_t max, const char **why);

/* The body of the leaf function at fn, to be copied in place of a call:
 * straight-line relocatable code that touches neither the machine stack
 * nor its stack pointer, up to its first return.  Returns whether it is,
 * with *len the length of the body without the return (possibly 0), or
 * with *why why not.  Reads at most max bytes.  *regs: the general
 * registers the body may
 * read or write (bit n: register n; x86-64 numbers rax=0 ... rdi=7 ...
 * r15=15, AArch64 x0..x30), as named in the instructions' operand fields:
 * an argument register not in it is one the body does not read.  (On
 * x86-64 the instructions the reader knows use no other register
 * implicitly than rax, rcx and rdx; on AArch64 the set is larger than
 * needed: every field that could name a register counts.) */
bool codegen_leaf_body(const void *fn, size_t max, size_t *len, uint32_t *regs, const char **why);

/* ---- describing the code ---------------------------------------------------
 * What a dispatcher that generates code keeps from prepare() to release(),
 * so that its describe() (vm/dispatch.h) can state, for asm/gencode, which
 * piece of the code belongs to which VM instruction and what it is (the
 * format: asm/gencode.c).  Recorded while the code is emitted; never read
 * when a program runs. */
enum piece_kind {       /* what codegen_describe says of them: vm/codegen.c */
    PIECE_ENTRY, PIECE_CALL, PIECE_COPY, PIECE_DISPATCH, PIECE_BRANCH, PIECE_FAST, PIECE_SLOW, PIECE_ENGINE,
    PIECE_FUSED,
};
#define NO_HANDLER 0xff
struct piece {
    uint32_t at, len;   /* bytes from the start of the code */
    uint32_t ord;       /* the VM instruction's ordinal */
    uint8_t  copy;      /* 0: the verified copy, 1: the checked copy */
    uint8_t  kind;      /* enum piece_kind */
    uint8_t  handler;   /* the handler it calls or copies: op (checked
                           entry) or OP__COUNT + op (proven), or NO_HANDLER */
};

/* describe()'s lines for code [code, code + size) (none when code is NULL)
 * and its n pieces. */
void codegen_describe(FILE *f, const void *code, size_t size, const struct piece *p, size_t n);

#endif

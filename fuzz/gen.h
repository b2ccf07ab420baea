/*
 * fuzz/gen.h — a generator of random *valid* dispatchlab programs.
 *
 * Every decision the generator makes is a call to choose(), which takes its
 * answer either from a pseudo-random sequence (a seed: `gen --seed N`, the
 * differential test) or from a byte string (a fuzzer's input: libFuzzer then
 * steers the generator by mutating the bytes).  The same seed or bytes give
 * the same program on every machine.
 *
 * "Valid" means the assembler and the verifier accept it: the generator
 * keeps track of the data stack height the way isa/verify.c does, and plants
 * run-time traps (division by zero, addresses outside memory, stack
 * underflow and overflow, return stack overflow, ret with an empty return
 * stack, endless loops for the step limit) only where the verifier cannot
 * see them.  A generated program the verifier rejects is a bug in one of
 * the two, and the differential test reports it.
 */
#ifndef DISPATCHLAB_FUZZ_GEN_H
#define DISPATCHLAB_FUZZ_GEN_H

#include <stddef.h>
#include <stdint.h>

struct choices {
    const uint8_t *data;     /* the fuzzer's bytes, or NULL: use the PRNG */
    size_t         len, pos;
    uint64_t       state;    /* splitmix64 state */
};

void choices_seed(struct choices *c, uint64_t seed);
void choices_bytes(struct choices *c, const uint8_t *data, size_t len);

/* A number in 0 .. n-1.  When the fuzzer's bytes run out the answer is 0,
 * and the generator is written so that 0 is always the simplest choice
 * (end the block, no loop, no trap): every byte string gives a program. */
uint64_t choose(struct choices *c, uint64_t n);

/* The step limit the generator gives its programs unless it picks a small
 * one on purpose; generated loops are bounded well below it. */
#define GEN_DEFAULT_STEPS 30000

/* Generate one program: NUL-terminated assembly text (malloc'd, NULL when
 * out of memory).  *max_steps receives the step limit it is meant to run
 * with; the text starts with the same limit as a "; args: --max-steps N"
 * comment, the corpus format of tests/programs/. */
char *gen_program(struct choices *c, int64_t *max_steps);

#endif

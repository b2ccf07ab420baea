/*
 * bench/isolated/repl-switch.c — replicated switch, in isolation.
 *
 * Token threading written with switch instead of labels as values: every
 * handler ends with its own copy of the switch on the next opcode, so the
 * compiler makes one bounds check, table and indirect jump per handler.
 * Portable C with the predictability of threaded code (Ertl's benchmark
 * has it as repl-switch); the dispatchers in dispatch/ do not include it.
 */
#include "isolated.h"

enum { A, B, C, D, E, F, L };

static unsigned char program[] = { PATTERN(A, B, C, D, E, F, L) };

int main(int argc, char **argv)
{
    long passes = passes_from(argc, argv), left = passes;
    const unsigned char *pc = program;
    long long t0 = now_ns();

#define NEXT()                                                         \
    switch (*pc++) {                                                   \
    case A: goto op_A; case B: goto op_B; case C: goto op_C;           \
    case D: goto op_D; case E: goto op_E; case F: goto op_F;           \
    default: goto op_L;                                                \
    }
    NEXT();
op_A: MARK("A"); NEXT();
op_B: MARK("B"); NEXT();
op_C: MARK("C"); NEXT();
op_D: MARK("D"); NEXT();
op_E: MARK("E"); NEXT();
op_F: MARK("F"); NEXT();
op_L:
    MARK("L");
    if (--left == 0)
        return report("repl-switch", passes, now_ns() - t0);
    pc = program;
    NEXT();
#undef NEXT
}

/*
 * bench/isolated/token.c — token-threaded code (TTC) in isolation.
 *
 * The program is the bytecode itself; every handler ends with its own copy
 * of the dispatch, goto *table[*pc++]: fetch the opcode, look its handler up
 * in a table, jump.  One indirect jump per handler (GCC's labels as values,
 * &&label and goto *).  dispatch/token/token.c is the same with the VM.
 */
#include "isolated.h"

enum { A, B, C, D, E, F, L };

static unsigned char program[] = { PATTERN(A, B, C, D, E, F, L) };

int main(int argc, char **argv)
{
    static void *const table[] = { &&op_A, &&op_B, &&op_C, &&op_D, &&op_E, &&op_F, &&op_L };
    long passes = passes_from(argc, argv), left = passes;
    const unsigned char *pc = program;
    long long t0 = now_ns();

#define NEXT() goto *table[*pc++]
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
        return report("token", passes, now_ns() - t0);
    pc = program;
    NEXT();
#undef NEXT
}

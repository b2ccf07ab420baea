/*
 * bench/isolated/switch.c — switch dispatch (STC) in isolation.
 *
 * One loop, one switch on the opcode, every handler ends with `break`: all
 * dispatches go through the one indirect jump the compiler makes of the
 * switch (a bounds check, then a jump through a table).  The lecture's STC;
 * dispatch/switch/switch.c is the same with the VM around it.
 */
#include "isolated.h"

enum { A, B, C, D, E, F, L };

/* Not const: a compiler that knew the opcodes could resolve some dispatches
 * at compile time. */
static unsigned char program[] = { PATTERN(A, B, C, D, E, F, L) };

int main(int argc, char **argv)
{
    long passes = passes_from(argc, argv), left = passes;
    const unsigned char *pc = program;
    long long t0 = now_ns();

    for (;;) {
        switch (*pc++) {
        case A: MARK("A"); break;
        case B: MARK("B"); break;
        case C: MARK("C"); break;
        case D: MARK("D"); break;
        case E: MARK("E"); break;
        case F: MARK("F"); break;
        case L:
            MARK("L");
            if (--left == 0)
                return report("switch", passes, now_ns() - t0);
            pc = program;
            break;
        }
    }
}

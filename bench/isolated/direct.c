/*
 * bench/isolated/direct.c — direct-threaded code (DTC) in isolation.
 *
 * The program is a thread of handler addresses (what dispatch/direct/'s
 * prepare() makes of the bytecode); every handler ends with
 * goto *(*ip++): load the next handler's address, step, jump.  No table:
 * the thread already holds what the table would give.
 */
#include "isolated.h"

int main(int argc, char **argv)
{
    /* Labels exist only inside their function, so the thread is here. */
    static void *thread[] = { PATTERN(&&op_A, &&op_B, &&op_C, &&op_D, &&op_E, &&op_F, &&op_L) };
    long passes = passes_from(argc, argv), left = passes;
    void **ip = thread;
    long long t0 = now_ns();

#define NEXT() goto *(*ip++)
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
        return report("direct", passes, now_ns() - t0);
    ip = thread;
    NEXT();
#undef NEXT
}

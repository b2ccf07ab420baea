/*
 * bench/isolated/subroutine.c — subroutine-threaded code (PTC) in isolation.
 *
 * The program is native code: one call per instruction, and every handler
 * is a function that returns.  dispatch/subroutine/ generates this code at
 * run time; here the compiler writes it (run_program below).  A dispatch is
 * a `ret` and the next `call`: both direct or predicted by the processor's
 * return-stack buffer, so there is no indirect jump at all.
 */
#include "isolated.h"

static long left;

/* noinline: the point is the call.  (The handlers' asm keeps the compiler
 * from dropping the calls as calls of functions that do nothing.) */
#define HANDLER(name) __attribute__((noinline)) static void op_##name(void) { MARK(#name); }
HANDLER(A)
HANDLER(B)
HANDLER(C)
HANDLER(D)
HANDLER(E)
HANDLER(F)
#undef HANDLER

/* L: counts the passes; says whether to go round again. */
__attribute__((noinline)) static int op_L(void)
{
    MARK("L");
    return --left != 0;
}

/* What dispatch/subroutine/'s prepare() would generate for the pattern:
 * the calls of A B A C A D A E A F A L, and L's answer as a native branch. */
static void run_program(void)
{
    do {
        op_A(); op_B(); op_A(); op_C(); op_A(); op_D();
        op_A(); op_E(); op_A(); op_F(); op_A();
    } while (op_L());
}

int main(int argc, char **argv)
{
    long passes = passes_from(argc, argv);
    left = passes;
    long long t0 = now_ns();
    run_program();
    return report("subroutine", passes, now_ns() - t0);
}

/*
 * bench/isolated/call.c — call threading in isolation.
 *
 * Every handler is a C function; the thread holds pointers to them, and a
 * loop calls one after the other.  Plain ISO C, no GCC extension; but
 * every dispatch is a return and the loop's one indirect call, shared by
 * all handlers (as switch dispatch shares its jump).
 *
 * This is call threading as it is usually written, with the instruction
 * pointer in a global variable that every handler can reach (the lecture's
 * PTC keeps sp in a global for the same reason), so each dispatch reads and
 * writes it in memory.  dispatch/call/call.c passes it in a register
 * instead: vpc = vpc->fn(vpc + 1).
 */
#include "isolated.h"

typedef void handler(void);

static handler *const *ip;          /* the instruction pointer */
static long passes, left;
static long long t0;

#define HANDLER(name) static void op_##name(void) { MARK(#name); }
HANDLER(A)
HANDLER(B)
HANDLER(C)
HANDLER(D)
HANDLER(E)
HANDLER(F)
#undef HANDLER
static void op_L(void);

static handler *const thread[] = { PATTERN(op_A, op_B, op_C, op_D, op_E, op_F, op_L) };

/* L starts the pattern again; after the last pass it reports and exits,
 * so that the loop in main needs no exit test. */
static void op_L(void)
{
    MARK("L");
    if (--left == 0)
        exit(report("call", passes, now_ns() - t0));
    ip = thread;
}

int main(int argc, char **argv)
{
    passes = left = passes_from(argc, argv);
    ip = thread;
    t0 = now_ns();
    for (;;)
        (*ip++)();
}

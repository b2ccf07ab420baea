/*
 * bench/isolated/indirect.c — indirect-threaded code (ITC) in isolation.
 *
 * The thread holds addresses of cells; a cell holds the address of its
 * handler (and, in a real system, the instruction's data), and equal
 * instructions share one cell.  Every handler ends with w = *ip++;
 * goto *w->code: two loads, then the jump.  dispatch/indirect/ is the same
 * with the VM around it.
 */
#include "isolated.h"

struct cell {
    void *code;                 /* the handler */
};

int main(int argc, char **argv)
{
    static struct cell cell[] = { { &&op_A }, { &&op_B }, { &&op_C }, { &&op_D },
                                  { &&op_E }, { &&op_F }, { &&op_L } };
    static struct cell *thread[] = { PATTERN(&cell[0], &cell[1], &cell[2], &cell[3],
                                             &cell[4], &cell[5], &cell[6]) };
    long passes = passes_from(argc, argv), left = passes;
    struct cell **ip = thread, *w;
    long long t0 = now_ns();

#define NEXT() do { w = *ip++; goto *w->code; } while (0)
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
        return report("indirect", passes, now_ns() - t0);
    ip = thread;
    NEXT();
#undef NEXT
}

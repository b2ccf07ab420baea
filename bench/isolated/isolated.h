/*
 * bench/isolated/isolated.h — what the isolated dispatch programs share.
 *
 * Each program in this folder is one dispatch technique of the lecture and
 * nothing else: seven handlers that do no work, and the dispatch between
 * them.  They all run the same pattern of handlers, the one below, over and
 * over, time it with their own clock and print one line.  Read them before
 * the dispatchers in dispatch/: they are the techniques without a virtual
 * machine around them.  docs/measuring.md explains what they measure.
 *
 * The pattern follows the design of Anton Ertl's threading benchmark
 * (https://www.complang.tuwien.ac.at/forth/threading/): every second
 * dispatch goes to handler A, and the dispatches in between go to six
 * different handlers.  A branch predictor that remembers, per branch, only
 * the target it took last time (a branch target buffer) then predicts
 *   - a technique with one indirect jump per handler (token, direct,
 *     indirect threading): the jumps of B..L always go to A, right; A's
 *     jump goes somewhere else every time, wrong: half of all dispatches;
 *   - a technique with one shared indirect jump (switch, call threading):
 *     A, B, A, C, ... the target changes every time, wrong: all dispatches.
 * Predictors that use the history of recent branches can learn so short a
 * pattern; then what is left is the dispatch's instructions.
 * bench/programs/pattern.vm is the same pattern in the VM's instructions.
 */
#ifndef DISPATCHLAB_ISOLATED_H
#define DISPATCHLAB_ISOLATED_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* The pattern, written once: handler a between each of the others; `loop`
 * counts the passes and starts the pattern again. */
#define PATTERN(a, b, c, d, e, f, loop) a, b, a, c, a, d, a, e, a, f, a, loop
#define PATTERN_LENGTH 12

/* A handler's whole body: an assembler comment.  It costs nothing, keeps the
 * compiler from merging handlers (their code differs) or deleting them (an
 * asm statement is never removed), and shows where each handler is in the
 * compiler's assembly output (gcc -S), as Ertl's guard(n) does. */
#define MARK(name) __asm__ volatile("# handler " name)

/* Passes through the pattern: the first argument, or ten million. */
static inline long passes_from(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 10000000;
    if (n < 1) {
        fprintf(stderr, "usage: %s [PASSES]   (PASSES >= 1)\n", argv[0]);
        exit(2);
    }
    return n;
}

/* Processor time, as Ertl's benchmark takes user time: the time other
 * processes had the processor is not counted. */
static inline long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The one line every program prints; bench/driver.c reads it. */
static inline int report(const char *technique, long passes, long long ns)
{
    double dispatches = (double)passes * PATTERN_LENGTH;
    printf("%s: %.0f dispatches in %lld ns: %.3f ns per dispatch\n",
           technique, dispatches, ns, (double)ns / dispatches);
    return 0;
}

#endif

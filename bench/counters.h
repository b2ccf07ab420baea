/*
 * bench/counters.h — the processor's hardware event counters, read through
 * Linux's perf_event_open(2), counting user-space events of this process
 * only (so kernel work such as page faults and timer interrupts is left
 * out, and the default perf_event_paranoid setting of 2 allows it).
 */
#ifndef DISPATCHLAB_BENCH_COUNTERS_H
#define DISPATCHLAB_BENCH_COUNTERS_H

#include <stdbool.h>
#include <stdint.h>

enum { CTR_CYCLES, CTR_INSTRUCTIONS, CTR_BRANCHES, CTR_BRANCH_MISSES, CTR__COUNT };
extern const char *const counter_names[CTR__COUNT];

struct counts {
    double v[CTR__COUNT];
};

/* Open the counters.  Returns true when they work; otherwise false, and
 * counters_why() says why (once; the harness prints n/a after that). */
bool counters_open(void);
const char *counters_why(void);
bool counters_on(void);

/* Count around a piece of code: start, then stop adds what was counted in
 * between to *acc.  Both are no-ops when the counters are off. */
void counters_start(void);
void counters_stop(struct counts *acc);

void counters_close(void);

#endif

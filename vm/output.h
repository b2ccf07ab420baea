/*
 * vm/output.h — what build/vm adds to a program's output (vm/output.c):
 * when the process is interrupted, the output is written out first.
 * (vm_print and out_flush, which every program linked with the
 * dispatchers uses, are declared in vm/vm.h.)
 */
#ifndef DISPATCHLAB_OUTPUT_H
#define DISPATCHLAB_OUTPUT_H

#include "vm/vm.h"

/* Catch SIGINT, SIGTERM and SIGHUP (those not ignored when the process
 * started): on the first, write what the watched output holds, then die
 * of the signal as if it had not been caught.  A second one while that
 * write is stuck ends the process at once. */
void out_catch_signals(void);

/* The output whose buffer a signal writes out (NULL: none).  Only an
 * output with a file descriptor (out->f has one) can be watched. */
void out_watch(struct out *o);

#endif

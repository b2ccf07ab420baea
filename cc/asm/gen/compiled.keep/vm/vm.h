/*
 * vm/vm.h — the state of a running virtual machine and what every
 * dispatcher shares at run time: the output buffer, how a run ends, and how
 * executed instructions are counted.
 */
#ifndef DISPATCHLAB_VM_H
#define DISPATCHLAB_VM_H

#include <setjmp.h>
#include <stdio.h>
#include "isa/program.h"

/* How a run ended.  ST_HALT is the normal end; every other value is a
 * run-time trap, reported as FILE:LINE: runtime error: MESSAGE. */
enum status {
    ST_HALT,
    ST_DIV_ZERO,       /* div or mod by zero */
    ST_UNDERFLOW,      /* an instruction needs more values than the stack holds */
    ST_OVERFLOW,       /* the data stack is full */
    ST_RET_EMPTY,      /* ret with an empty return stack */
    ST_ROVERFLOW,      /* the return stack is full */
    ST_ADDRESS,        /* load or store outside memory */
    ST_STEPS,          /* the --max-steps limit was reached */
    ST_OUTPUT,         /* print: the output cannot be written (vm/output.c) */
};

struct result {
    enum status status;
    cell        arg;     /* detail for the message: stack depth, address */
    uint32_t    ord;     /* ordinal of the instruction that halted or trapped */
    int64_t     count;   /* instructions executed (the trapping one included,
                            except for ST_STEPS: it did not run) */
};

/* Program output: buffered (one write per 64 KiB, not per print), hashed so
 * that `-d all` can compare runs without keeping their output
 * (vm/output.c). */
struct out {
    FILE    *f;          /* NULL: count and hash only */
    size_t   len;
    uint64_t total;      /* bytes printed so far */
    uint64_t hash;       /* FNV-1a of everything printed */
    int      error;      /* errno of a write that failed for good, else 0 */
    char     buf[1 << 16];
};

struct vm {
    cell        stack[STACK_CELLS + 1]; /* data stack; grows upward.  One
                                           cell more than it may hold: stack
                                           caching keeps it one cell higher
                                           (dispatch/stackcache/) */
    uintptr_t   rstack[RSTACK_CELLS];   /* return stack; each dispatcher stores
                                           its own kind of code address */
    cell       *mem;                    /* MEM_CELLS cells, zeroed per run */
    int64_t     max_steps;              /* --max-steps, INT64_MAX for none */
    int64_t     limit;                  /* the same, for counting: at most
                                           STEPS_MAX (see vm_new) */
    const struct program *prog;
    struct result result;
    jmp_buf     exit;                   /* for dispatchers that leave by longjmp */
    struct out  out;
};

/* The largest limit counting works with: budget (vm/interp.h, COUNTING)
 * then stays within int64_t however branches move it.  No run gets there:
 * it is 290 years at 10^9 instructions a second. */
#define STEPS_MAX (INT64_MAX - ((int64_t)1 << 34))

/* vm/runtime.c */
struct vm *vm_new(const struct program *prog, int64_t max_steps, FILE *out);
void  vm_free(struct vm *vm);
/* vm/output.c: print v and a newline; 0, or the errno that stops the run
 * (ST_OUTPUT).  out_flush writes what the buffer holds. */
int   vm_print(struct vm *vm, cell v);
void  out_flush(struct out *o);
/* End the run at instruction ord, with the budget of the run at that
 * moment: record how, where, and how many instructions ran (see
 * vm/interp.h, COUNTING). */
void  vm_stop(struct vm *vm, enum status st, cell arg, uint32_t ord, int64_t budget);
/* The message for a trap, without "FILE:LINE: runtime error: ". */
void  vm_message(const struct vm *vm, char *buf, size_t size);

#endif

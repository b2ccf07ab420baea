/*
 * bench/native/native.h — the benchmark's real programs written in C: the
 * zero-dispatch limit every dispatcher is compared with.
 *
 * Each function does the same algorithmic work as bench/programs/NAME.vm
 * (same recursion, same loops, same memory layout in the VM's data memory
 * vm->mem, zeroed before every run) and prints the same lines through
 * vm_print(), so its output is checked against NAME.expected exactly like
 * the VM's and the cost of printing is the same on both sides.
 */
#ifndef DISPATCHLAB_BENCH_NATIVE_H
#define DISPATCHLAB_BENCH_NATIVE_H

#include "vm/vm.h"

typedef void native_fn(struct vm *vm);

native_fn native_fib, native_sieve, native_matmul, native_bubble,
          native_collatz, native_hanoi;

#endif

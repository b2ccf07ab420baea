/*
 * bench/native/programs.c — the benchmark's real programs in plain C,
 * compiled with the same compiler and flags as the dispatchers.
 *
 * "Same algorithmic work" is the rule, and an optimising compiler works
 * against it in two places, so we stop it there and nowhere else:
 *
 *  - Recursion.  GCC and clang turn `return f(n-1) + f(n-2)` into one call
 *    plus a loop (tail recursion with an accumulator), and a recursive call
 *    in tail position into a jump; with the caller in view they may also
 *    specialise or clone the function.  NOIPA (GCC's noipa attribute: no
 *    inlining, cloning or interprocedural analysis; clang's closest is
 *    noinline) plus OPAQUE(x), an empty asm statement the compiler must
 *    assume changes x, after each recursive call keeps every call a real
 *    call, as in the VM.  tests/suites/60-bench.sh counts the calls in the
 *    object file.
 *  - Nothing else: loops may be unrolled or vectorised, values kept in
 *    registers, bounds checks left out.  That is the point of the baseline:
 *    what the same compiler makes of the algorithm without an interpreter.
 */
#include "bench/native/native.h"

#if defined(__clang__)
#define NOIPA __attribute__((noinline))
#else
#define NOIPA __attribute__((noipa))
#endif
/* The compiler must assume the asm changed x: no accumulator or tail-call
 * rewriting across it.  It emits no instruction. */
#define OPAQUE(x) __asm__ volatile("" : "+r"(x))

/* ---- fib: recursive Fibonacci of 27 ------------------------------------ */
static NOIPA cell fib(cell n)
{
    if (n < 2)
        return n;
    cell a = fib(n - 1);
    OPAQUE(a);
    cell b = fib(n - 2);
    OPAQUE(b);
    return a + b;
}

void native_fib(struct vm *vm)
{
    vm_print(vm, fib(27));
}

/* ---- sieve: three rounds of Eratosthenes over 65536 cells --------------- */
void native_sieve(struct vm *vm)
{
    cell *mem = vm->mem;
    for (int round = 0; round < 3; round++) {
        for (cell i = 0; i < MEM_CELLS; i++)
            mem[i] = 0;
        for (cell i = 2; i * i < MEM_CELLS; i++)
            if (!mem[i])
                for (cell j = i * i; j < MEM_CELLS; j += i)
                    mem[j] = 1;
    }
    cell count = 0, sum = 0;
    for (cell i = 2; i < MEM_CELLS; i++)
        if (!mem[i]) {
            count++;
            sum += i;
        }
    vm_print(vm, count);
    vm_print(vm, sum);
}

/* ---- matmul: 60x60, A at 0, B at 3600, C at 7200 ------------------------ */
enum { N = 60 };
void native_matmul(struct vm *vm)
{
    cell *a = vm->mem, *b = vm->mem + N * N, *c = vm->mem + 2 * N * N;
    for (cell i = 0; i < N; i++)
        for (cell j = 0; j < N; j++) {
            a[i * N + j] = i - j;
            b[i * N + j] = i + 2 * j;
        }
    for (cell i = 0; i < N; i++)
        for (cell j = 0; j < N; j++) {
            cell s = 0;
            for (cell k = 0; k < N; k++)
                s += a[i * N + k] * b[k * N + j];
            c[i * N + j] = s;
        }
    cell sum = 0;
    for (cell i = 0; i < N * N; i++)
        sum += c[i];
    vm_print(vm, sum);
    vm_print(vm, c[N * N - 1]);
}

/* ---- bubble: sort 600 Park-Miller numbers in memory ---------------------- */
void native_bubble(struct vm *vm)
{
    enum { LEN = 600 };
    cell *a = vm->mem, x = 12345;
    for (cell i = 0; i < LEN; i++) {
        x = x * 16807 % 2147483647;
        a[i] = x % 100000;
    }
    for (cell end = LEN - 1; end > 0; end--)
        for (cell i = 0; i < end; i++)
            if (a[i] > a[i + 1]) {
                cell t = a[i];
                a[i] = a[i + 1];
                a[i + 1] = t;
            }
    cell sum = 0;
    for (cell i = 0; i < LEN; i++)
        sum += a[i] * (i + 1);
    vm_print(vm, sum);
    vm_print(vm, a[0]);
    vm_print(vm, a[LEN - 1]);
}

/* ---- collatz: steps to reach 1 for n = 1..5000 ------------------------- */
void native_collatz(struct vm *vm)
{
    cell total = 0, most = 0;
    for (cell n = 1; n <= 5000; n++) {
        cell steps = 0;
        for (cell m = n; m != 1; steps++)
            m = (m & 1) ? 3 * m + 1 : m >> 1;
        if (steps > most)
            most = steps;
        total += steps;
    }
    vm_print(vm, total);
    vm_print(vm, most);
}

/* ---- hanoi: 17 discs from peg 1 to peg 3 -------------------------------- */
struct moves {
    cell count, checksum;
};

static NOIPA void hanoi(struct moves *m, cell n, cell from, cell to)
{
    if (n == 0)
        return;
    cell via = 6 - from - to;
    hanoi(m, n - 1, from, via);
    m->count++;
    m->checksum += m->count * (from * 4 + to);
    hanoi(m, n - 1, via, to);
    OPAQUE(m);              /* keeps the second call a call, not a jump */
}

void native_hanoi(struct vm *vm)
{
    struct moves m = { 0, 0 };
    hanoi(&m, 17, 1, 3);
    vm_print(vm, m.count);
    vm_print(vm, m.checksum);
}

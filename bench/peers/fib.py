# bench/peers/fib.py — bench/programs/fib.vm in Python.
# Usage: python3 fib.py REPS   runs the program REPS times,
# and reports the time of each run.
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    sys.stdout.write("%d\n" % fib(27))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

# bench/peers/collatz.py — bench/programs/collatz.vm in Python.
# Usage: python3 collatz.py REPS   runs the program REPS times,
# and reports the time of each run.
import sys
import time


def main():
    total = most = 0
    for n in range(1, 5001):
        m, steps = n, 0
        while m != 1:
            if m & 1:
                m = 3 * m + 1
            else:
                m >>= 1
            steps += 1
        if steps > most:
            most = steps
        total += steps
    sys.stdout.write("%d\n%d\n" % (total, most))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

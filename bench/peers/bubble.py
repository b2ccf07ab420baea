# bench/peers/bubble.py — bench/programs/bubble.vm in Python.
# Usage: python3 bubble.py REPS   runs the program REPS times,
# and reports the time of each run.
import sys
import time

LEN = 600


def main():
    a = [0] * LEN
    x = 12345
    for i in range(LEN):
        x = x * 16807 % 2147483647
        a[i] = x % 100000
    for end in range(LEN - 1, 0, -1):
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
    total = 0
    for i in range(LEN):
        total += a[i] * (i + 1)
    sys.stdout.write("%d\n%d\n%d\n" % (total, a[0], a[LEN - 1]))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

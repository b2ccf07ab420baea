# bench/peers/sieve.py — bench/programs/sieve.vm in Python.
# Usage: python3 sieve.py REPS   runs the program REPS times,
# and reports the time of each run.
import sys
import time

N = 65536


def main():
    mem = [0] * N
    for _ in range(3):
        for i in range(N):
            mem[i] = 0
        i = 2
        while i * i < N:
            if mem[i] == 0:
                for j in range(i * i, N, i):
                    mem[j] = 1
            i += 1
    count = total = 0
    for i in range(2, N):
        if mem[i] == 0:
            count += 1
            total += i
    sys.stdout.write("%d\n%d\n" % (count, total))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

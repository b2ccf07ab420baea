# bench/peers/matmul.py — bench/programs/matmul.vm in Python.
# Usage: python3 matmul.py REPS   runs the program REPS times,
# and reports the time of each run.
# One flat list like the VM's memory: A at 0, B at 3600, C at 7200.
import sys
import time

N = 60


def main():
    mem = [0] * (3 * N * N)
    for i in range(N):
        for j in range(N):
            mem[i * N + j] = i - j
            mem[N * N + i * N + j] = i + 2 * j
    for i in range(N):
        for j in range(N):
            s = 0
            for k in range(N):
                s += mem[i * N + k] * mem[N * N + k * N + j]
            mem[2 * N * N + i * N + j] = s
    total = 0
    for i in range(N * N):
        total += mem[2 * N * N + i]
    sys.stdout.write("%d\n%d\n" % (total, mem[3 * N * N - 1]))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

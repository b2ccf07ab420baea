# bench/peers/hanoi.py — bench/programs/hanoi.vm in Python.
# Usage: python3 hanoi.py REPS   runs the program REPS times,
# and reports the time of each run.
import sys
import time


class Moves:
    count = 0
    checksum = 0


def hanoi(m, n, frm, to):
    if n == 0:
        return
    via = 6 - frm - to
    hanoi(m, n - 1, frm, via)
    m.count += 1
    m.checksum += m.count * (frm * 4 + to)
    hanoi(m, n - 1, via, to)


def main():
    m = Moves()
    hanoi(m, 17, 1, 3)
    sys.stdout.write("%d\n%d\n" % (m.count, m.checksum))


# Each run timed with the interpreter's own clock (time.perf_counter_ns),
# reported on standard error for bench/driver.c.
for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    t0 = time.perf_counter_ns()
    main()
    sys.stderr.write("ns-per-run %d\n" % (time.perf_counter_ns() - t0))

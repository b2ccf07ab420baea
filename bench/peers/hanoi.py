# bench/peers/hanoi.py — bench/programs/hanoi.vm in Python.
# Usage: python3 hanoi.py REPS   runs the program REPS times.
import sys


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


for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    m = Moves()
    hanoi(m, 17, 1, 3)
    sys.stdout.write("%d\n%d\n" % (m.count, m.checksum))

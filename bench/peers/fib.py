# bench/peers/fib.py — bench/programs/fib.vm in Python.
# Usage: python3 fib.py REPS   runs the program REPS times.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for _ in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    sys.stdout.write("%d\n" % fib(27))

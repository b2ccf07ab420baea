#!/usr/bin/env bash
# Two machines at once in one process (tests/tools/two-machines.c): every
# dispatcher keeps a machine's state in registers, locals and the machine
# itself, never in file-scope variables, so two threads may each run one.
# fib (calls, recursion) and sieve (loops, memory) run at the same time,
# and fib twice on one prepared form.
source "$ROOT/tests/lib.sh"

tool=$BUILD/tests/two-machines
if [ ! -x "$tool" ]; then
    fail "two machines" "$tool was not built"
    exit 0
fi
"$tool" "$ROOT/tests/programs/real/fib.vm" "$ROOT/tests/programs/real/sieve.vm"

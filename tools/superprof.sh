#!/bin/sh
# tools/superprof.sh SUPERPROF OUT — write what dispatch/super/sequences.def
# must hold to OUT: the one place that says from which programs and with
# which settings dispatch/super's superinstructions are chosen.  `make regen`
# runs it (tools/module.mk), and tests/suites/05-generated.sh, to check that
# the file is current.
#
# Chosen from: the six real programs of the benchmark, each weighing the
# same (the workload the dispatchers are compared on).  Measured with the
# list but not chosen from (-e): the corpus's real programs, programs the
# list was not fitted to.  Not profiled: bench/programs/pattern.vm and the
# generated NOP ladder and mix, which measure the cost of a dispatch itself.
# 16 superinstructions of 2 to 4 instructions: docs/dispatch.md ("static
# superinstructions", "The profile") says how that was chosen.
set -eu
prof=$1 out=$2
cd "$(dirname "$0")/.."
exec "$prof" -k 16 -l 4 -o "$out" \
    bench/programs/bubble.vm bench/programs/collatz.vm bench/programs/fib.vm \
    bench/programs/hanoi.vm bench/programs/matmul.vm bench/programs/sieve.vm \
    -e tests/programs/real/*.vm

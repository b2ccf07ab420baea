#!/bin/sh
# bench/count.sh — deterministic counts under valgrind: part of `make bench`
# (which runs it with OUT set to its results folder) and `make bench-count`
# on its own.
#
# Timings move with the machine; counts of a simulated machine do not.  This
# runs the driver under callgrind with its branch-prediction model
# (--branch-sim=yes) and collects exactly the runs: callgrind dumps its
# counters just before and just after each call of bench_run_vm /
# bench_run_native (bench/workloads.c), so every "after" dump holds one run
# and nothing else (not prepare, not clearing memory, not checking output).
# The isolated programs (bench/isolated/) run under callgrind too, counting
# their main() only.  For each run it records machine instructions (Ir) and
# indirect branches executed and mispredicted (Bi, Bim) as valgrind's model
# predicts them: a table that predicts an indirect jump to go where it went
# last time (no history) — a model of a simple predictor, not of this
# processor's.
#
# Writes OUT/counts.csv (workload,engine,vm_instructions,Ir,Bc,Bcm,Bi,Bim;
# for the isolated programs the workload is "isolated" and vm_instructions
# the dispatches) and OUT/counts.txt, the same as tables.
#
# Environment (bench/module.mk sets it): DRIVER, PROGRAMS, ISOLATED (the
# built isolated programs, or empty), QUICK; OUT (default
# results/<date>-<host>-count/); COUNT_STEPS: stop each VM run after this
# many VM instructions (default 300000, QUICK 50000; 0 runs every workload
# whole), COUNT_LADDER_ITERATIONS the iterations of each NOP-ladder rung
# (default 2000; the same for every rung, so that the slope per
# nop is exact), COUNT_PASSES passes of the isolated programs
# (default 20000, QUICK 5000), COUNT_ONLY the workloads counted (default
# all; QUICK: the ends of the NOP ladder and the pattern, which give the
# summary's two valgrind columns exactly, the slope per nop from two rungs;
# callgrind's dump per run, not the runs, is what takes the time).  The
# outputs are checked first with a normal run (driver --check), since a
# stopped run is not.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${DRIVER:?}" "${PROGRAMS:?}"
ISOLATED=${ISOLATED:-}
if [ "${QUICK:-}" = 1 ]; then
    steps=${COUNT_STEPS:-50000} iters=${COUNT_LADDER_ITERATIONS:-2000} passes=${COUNT_PASSES:-5000}
    only=${COUNT_ONLY-nop-00,nop-64,pattern}
else
    steps=${COUNT_STEPS:-300000} iters=${COUNT_LADDER_ITERATIONS:-2000} passes=${COUNT_PASSES:-20000}
    only=${COUNT_ONLY:-}
fi

if ! command -v valgrind >/dev/null 2>&1; then
    echo "bench-count: skipped: valgrind is not installed (apt-get install valgrind)"
    exit 0
fi

if [ -z "${OUT:-}" ]; then
    OUT=$ROOT/results/$(date +%Y-%m-%d_%H%M%S)-$(uname -n | cut -d. -f1)-count
    standalone=1
else
    standalone=
fi
out=$OUT
work=$out/callgrind
rm -rf "$work"
mkdir -p "$work"
dirs="--programs $PROGRAMS --programs $ROOT/bench/programs"

echo "bench-count: checking every workload's output (natively) ..."
# shellcheck disable=SC2086   # $dirs is two options and their arguments
"$DRIVER" --check $dirs ${only:+--only "$only"} > "$work/check.txt"

# The isolated programs: main() only, so that start-up and exit are left
# out; on the second processor, while the driver runs under callgrind.
(
    for p in switch token direct indirect subroutine call repl-switch; do
        [ -n "$ISOLATED" ] && [ -x "$ISOLATED/$p" ] || continue
        valgrind --tool=callgrind --branch-sim=yes --cache-sim=no --toggle-collect=main \
            --callgrind-out-file="$work/iso.$p" "$ISOLATED/$p" "$passes" > /dev/null 2>> "$work/valgrind-isolated.log" ||
            exit 1
        sed -n 's/^summary: //p' "$work/iso.$p" |
            awk -v p="$p" -v d="$((passes * 12))" '{ printf "isolated,%s,%d,%d,%d,%d,%d,%d\n", p, d, $1, $2, $3, $4, $5 }'
    done > "$work/isolated.csv"
) &
iso_pid=$!

echo "bench-count: running under callgrind ..."
set -- --count $dirs
[ -n "$only" ] && set -- "$@" --only "$only"
[ "$steps" -gt 0 ] && set -- "$@" --max-steps "$steps"
[ "$iters" -gt 0 ] && set -- "$@" --ladder-iterations "$iters"
if ! valgrind --tool=callgrind --branch-sim=yes --cache-sim=no \
        --dump-before=bench_run_vm --dump-after=bench_run_vm \
        --dump-before=bench_run_native --dump-after=bench_run_native \
        --callgrind-out-file="$work/cg.out" \
        "$DRIVER" "$@" > "$work/runs.txt" 2> "$work/valgrind.log"; then
    echo "bench-count: valgrind failed; see $work/valgrind.log" >&2
    wait "$iso_pid"
    exit 1
fi

# The "after" dumps, in the order they were written, are the runs in the
# order runs.txt lists them.  Each holds "summary: Ir Bc Bcm Bi Bim".
for f in $(ls "$work" | grep '^cg\.out\.[0-9]*$' | sort -t. -k3,3n); do
    f=$work/$f
    if grep -q '^desc: Trigger: --dump-after' "$f"; then
        grep '^summary:' "$f" | sed 's/^summary: //'
    fi
done > "$work/after.txt"

nruns=$(wc -l < "$work/runs.txt")
ndumps=$(wc -l < "$work/after.txt")
if [ "$nruns" -ne "$ndumps" ] || [ "$nruns" -eq 0 ]; then
    echo "bench-count: $nruns runs but $ndumps callgrind dumps; see $work/" >&2
    exit 1
fi

# runs.txt: "run N WORKLOAD ENGINE VMCOUNT" (native: -1, whole runs);
# check.txt: "check WORKLOAD COUNT VM instructions ..." (whole runs).
paste -d' ' "$work/runs.txt" "$work/after.txt" | awk -v CHECK="$work/check.txt" '
BEGIN {
    while ((getline line < CHECK) > 0) { split(line, f, " "); whole[f[2]] = f[3] }
    print "workload,engine,vm_instructions,Ir,Bc,Bcm,Bi,Bim"
}
{
    n = $5 < 0 ? whole[$3] : $5             # native: per VM instruction of the whole program
    printf "%s,%s,%d,%d,%d,%d,%d,%d\n", $3, $4, n, $6, $7, $8, $9, $10
}' > "$out/counts.csv"

# The isolated programs' counts, counted while the driver ran.
if ! wait "$iso_pid"; then
    echo "bench-count: valgrind failed on an isolated program; see $work/valgrind-isolated.log" >&2
    exit 1
fi
cat "$work/isolated.csv" >> "$out/counts.csv"

# The same as tables, for reading.
awk -F, 'NR > 1 {
    w = $1; e = $2
    if (!(w in seenw)) { seenw[w] = 1; wl[++nw] = w }
    if (!(e in seene)) { seene[e] = 1; el[++ne] = e }
    IR[w, e] = $4 / $3; BIM[w, e] = $8 / $3; BI[w, e] = $7 / $3
}
END {
    printf "Machine instructions / mispredicted indirect branches, per VM instruction (isolated: per\n"
    printf "dispatch; native: per VM instruction of the same program), in valgrind'"'"'s model\n"
    printf "%-9s", "workload"; for (j = 1; j <= ne; j++) printf " %12s", el[j]; printf "\n"
    for (i = 1; i <= nw; i++) {
        printf "%-9s", wl[i]
        for (j = 1; j <= ne; j++)
            printf " %12s", ((wl[i], el[j]) in IR) ? sprintf("%.2f/%.2f", IR[wl[i], el[j]], BIM[wl[i], el[j]]) : "-"
        printf "\n"
    }
}' "$out/counts.csv" > "$out/counts.txt"

rm -rf "$work"
version=$(valgrind --version)
echo "bench-count: $version, callgrind --branch-sim=yes; $(
    [ "$steps" -gt 0 ] && echo "the first $steps VM instructions of each run, $iters iterations of a ladder rung" || echo "whole runs")$(
    [ -n "$only" ] && echo "; only $only counted (QUICK; make bench-count counts every workload)")"
if [ -n "$standalone" ]; then
    cat "$out/counts.txt"
    ln -sfn "$(basename "$out")" "$ROOT/results/latest-count"
    echo
    echo "results: results/$(basename "$out")/ (counts.txt, counts.csv)"
fi

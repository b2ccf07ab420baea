#!/bin/sh
# bench/count.sh — `make bench-count`: deterministic counts under valgrind.
#
# Timings move with the machine; counts of a simulated machine do not.  This
# runs the driver under callgrind with its branch-prediction model
# (--branch-sim=yes) and collects exactly the runs: callgrind dumps its
# counters just before and just after each call of bench_run_vm /
# bench_run_native (bench/workloads.c), so every "after" dump holds one run
# and nothing else (not prepare, not clearing memory, not checking output).
# From those it prints, per workload and dispatcher:
#   - machine instructions per VM instruction (Ir / VM instructions);
#   - indirect branches executed and mispredicted per VM instruction, as
#     valgrind's model predicts them: a 512-entry table that predicts an
#     indirect jump to go where it went last time (no history) — a model of
#     a simple predictor, not of this processor's;
#   - the NOP ladder's slope: machine instructions and mispredictions per nop.
#
# Environment (bench/module.mk sets it): DRIVER, PROGRAMS; COUNT_STEPS: stop
# each VM run after this many VM instructions (default 1000000, to keep the
# simulation short; 0 runs every workload whole).  The outputs are checked
# first with a normal run (driver --check), since a stopped run is not.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${DRIVER:?}" "${PROGRAMS:?}"
steps=${COUNT_STEPS:-1000000}

if ! command -v valgrind >/dev/null 2>&1; then
    echo "bench-count: skipped: valgrind is not installed (apt-get install valgrind)"
    exit 0
fi

stamp=$(date +%Y-%m-%d_%H%M%S)
host=$(uname -n | cut -d. -f1)
name=$stamp-$host-count
out=$ROOT/results/$name
mkdir -p "$out/callgrind"
dirs="--programs $PROGRAMS --programs $ROOT/bench/programs"

echo "bench-count: checking every workload's output (natively) ..."
# shellcheck disable=SC2086   # $dirs is two options and their arguments
"$DRIVER" --check $dirs > "$out/check.txt"

echo "bench-count: running under callgrind (about a minute) ..."
set -- --count $dirs
[ "$steps" -gt 0 ] && set -- "$@" --max-steps "$steps"
if ! valgrind --tool=callgrind --branch-sim=yes --cache-sim=no \
        --dump-before=bench_run_vm --dump-after=bench_run_vm \
        --dump-before=bench_run_native --dump-after=bench_run_native \
        --callgrind-out-file="$out/callgrind/cg.out" \
        "$DRIVER" "$@" > "$out/runs.txt" 2> "$out/valgrind.log"; then
    echo "bench-count: valgrind failed; see $out/valgrind.log" >&2
    exit 1
fi

# The "after" dumps, in the order they were written, are the runs in the
# order runs.txt lists them.  Each holds "summary: Ir Bc Bcm Bi Bim".
for f in $(ls "$out/callgrind" | grep '^cg\.out\.[0-9]*$' | sort -t. -k3,3n); do
    f=$out/callgrind/$f
    if grep -q '^desc: Trigger: --dump-after' "$f"; then
        grep '^summary:' "$f" | sed 's/^summary: //'
    fi
done > "$out/after.txt"

nruns=$(wc -l < "$out/runs.txt")
ndumps=$(wc -l < "$out/after.txt")
if [ "$nruns" -ne "$ndumps" ] || [ "$nruns" -eq 0 ]; then
    echo "bench-count: $nruns runs but $ndumps callgrind dumps; see $out/" >&2
    exit 1
fi

# runs.txt: "run N WORKLOAD ENGINE VMCOUNT" (native: -1, whole runs);
# check.txt: "check WORKLOAD COUNT VM instructions ..." (whole runs).
paste -d' ' "$out/runs.txt" "$out/after.txt" |
awk -v csv="$out/counts.csv" -v CHECK="$out/check.txt" '
BEGIN {
    while ((getline line < CHECK) > 0) { split(line, f, " "); whole[f[2]] = f[3] }
    print "workload,engine,vm_instructions,Ir,Bc,Bcm,Bi,Bim" > csv
}
{
    w = $3; e = $4; n = $5; ir = $6; bc = $7; bcm = $8; bi = $9; bim = $10
    if (n < 0) n = whole[w]                 # native: per VM instruction of the whole program
    if (!(w in seenw)) { seenw[w] = 1; wl[++nw] = w }
    if (!(e in seene)) { seene[e] = 1; el[++ne] = e }
    IR[w, e] = ir / n; BI[w, e] = bi / n; BIM[w, e] = bim / n; BCM[w, e] = bcm / n
    if (w ~ /^nop-[0-9]+$/ && e != "native") {
        k = substr(w, 5) + 0
        # per loop iteration: the loop is k nops and 4 more instructions
        PI[w, e] = ir / n * (k + 4); PM[w, e] = bim / n * (k + 4); K[w] = k
    }
    printf "%s,%s,%d,%d,%d,%d,%d,%d\n", w, e, n, ir, bc, bcm, bi, bim > csv
}
function slope(e, which,   i, w, sx, sy, sxx, sxy, m, x, y) {
    m = 0; sx = sy = sxx = sxy = 0
    for (i = 1; i <= nw; i++) {
        w = wl[i]
        if (!((w, e) in PI)) continue
        x = K[w]; y = which == "ir" ? PI[w, e] : PM[w, e]
        sx += x; sy += y; sxx += x * x; sxy += x * y; m++
    }
    if (m < 2 || m * sxx == sx * sx) return "n/a"
    return sprintf("%.2f", (m * sxy - sx * sy) / (m * sxx - sx * sx))
}
END {
    printf "Machine instructions per VM instruction (callgrind Ir; native: per VM instruction of the same program)\n"
    printf "%-9s", "workload"; for (j = 1; j <= ne; j++) printf " %10s", el[j]; printf "\n"
    for (i = 1; i <= nw; i++) {
        printf "%-9s", wl[i]
        for (j = 1; j <= ne; j++) printf " %10s", ((wl[i], el[j]) in IR) ? sprintf("%.2f", IR[wl[i], el[j]]) : "-"
        printf "\n"
    }
    printf "\nIndirect branches per VM instruction, executed/mispredicted in valgrind'"'"'s model\n"
    printf "(indirect jumps and calls; a return is not counted: the model has no return predictor)\n"
    printf "%-9s", "workload"; for (j = 1; j <= ne; j++) printf " %10s", el[j]; printf "\n"
    for (i = 1; i <= nw; i++) {
        printf "%-9s", wl[i]
        for (j = 1; j <= ne; j++)
            printf " %10s", ((wl[i], el[j]) in BI) ? sprintf("%.2f/%.2f", BI[wl[i], el[j]], BIM[wl[i], el[j]]) : "-"
        printf "\n"
    }
    printf "\nNOP ladder, least-squares slope per nop\n"
    printf "%-24s", "dispatcher"; for (j = 1; j <= ne; j++) if (el[j] != "native") printf " %10s", el[j]; printf "\n"
    printf "%-24s", "machine instructions"; for (j = 1; j <= ne; j++) if (el[j] != "native") printf " %10s", slope(el[j], "ir"); printf "\n"
    printf "%-24s", "indirect mispredictions"; for (j = 1; j <= ne; j++) if (el[j] != "native") printf " %10s", slope(el[j], "miss"); printf "\n"
}' > "$out/counts.txt"

echo
echo "bench-count: $(valgrind --version), callgrind --branch-sim=yes; $(
    [ "$steps" -gt 0 ] && echo "the first $steps VM instructions of each run" || echo "whole runs")"
cat "$out/counts.txt"
rm -rf "$out/callgrind"
ln -sfn "$name" "$ROOT/results/latest-count"
echo
echo "results: results/$name/ (counts.txt, counts.csv)"

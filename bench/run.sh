#!/bin/sh
# bench/run.sh — `make bench` (bench/module.mk sets the environment):
#
#   1. extract every dispatcher's dispatch sequence from its object file
#      (asm/dispatch-seq.sh), the static figure;
#   2. run the driver: check, calibrate, time (bench/driver.c), which prints
#      the tables and writes samples.csv, summary.json, report.md and the
#      plot data;
#   3. draw the plots with gnuplot, when it is installed.
#
# Results go to results/<date>_<time>-<host>/ at the top of the repository
# (wherever BUILD is), and results/latest points to the newest.
#
# Environment: DRIVER, PROGRAMS (generated workloads), OBJDIR (objects of
# this build), DISPATCHERS, QUICK (1: fewer and shorter samples); GNUPLOT
# (default gnuplot) to use another one, or a missing one to go without.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${DRIVER:?}" "${PROGRAMS:?}" "${OBJDIR:?}"
DISPATCHERS=${DISPATCHERS:-}

stamp=$(date +%Y-%m-%d_%H%M%S)
host=$(uname -n | cut -d. -f1)
name=$stamp-$host
out=$ROOT/results/$name
mkdir -p "$out/dispatch-seq"

# ---- 1. the static figure ----------------------------------------------------
# A dispatcher may consist of several objects: the first one the extractor
# understands wins.
for d in $DISPATCHERS; do
    seq=$out/dispatch-seq/$d
    found=
    if [ ! -f "$ROOT/asm/dispatch-seq.sh" ]; then
        echo "asm/dispatch-seq.sh is missing" > "$seq.err"
        continue
    fi
    for obj in "$OBJDIR/dispatch/$d/$d.o" "$OBJDIR/dispatch/$d/"*.o; do
        [ -f "$obj" ] || continue
        if sh "$ROOT/asm/dispatch-seq.sh" "$obj" > "$seq.txt" 2> "$seq.err"; then
            found=1
            rm -f "$seq.err"
            break
        fi
    done
    if [ -z "$found" ]; then
        rm -f "$seq.txt"
        [ -s "$seq.err" ] || echo "no object file for $d" > "$seq.err"
        # one line: the extractor's message
        msg=$(head -n 1 "$seq.err"); echo "$msg" > "$seq.err"
        echo "note: dispatch sequence of $d: n/a ($msg)"
    fi
done

# ---- 2. measure ------------------------------------------------------------------
GNUPLOT=${GNUPLOT:-gnuplot}
noplots=
if ! command -v "$GNUPLOT" >/dev/null 2>&1; then
    noplots="$GNUPLOT is not installed (apt-get install gnuplot-nox)"
    echo "note: no plots: $noplots; everything else is written"
fi

set -- --programs "$PROGRAMS" --programs "$ROOT/bench/programs" --peers "$ROOT/bench/peers" \
       --static "$out/dispatch-seq" --out "$out"
[ "${QUICK:-}" = 1 ] && set -- "$@" --quick
[ -n "$noplots" ] && set -- "$@" --no-plots "$noplots"
if ! "$DRIVER" "$@"; then
    rm -rf "$out"
    echo "bench: no results written" >&2
    exit 1
fi

# ---- 3. plots ----------------------------------------------------------------------
if [ -z "$noplots" ]; then
    term=png
    if "$GNUPLOT" -e 'set terminal' 2>&1 | grep -q pngcairo; then
        term=pngcairo
    fi
    if ! (cd "$out" && "$GNUPLOT" -e "term='$term'" "$ROOT/bench/plot.gp" > gnuplot.log 2>&1); then
        echo "note: gnuplot failed (see $out/gnuplot.log); the tables are complete"
        printf '\nThe plots failed: see gnuplot.log.\n' >> "$out/report.md"
    else
        rm -f "$out/gnuplot.log"
    fi
fi

ln -sfn "$name" "$ROOT/results/latest"
echo
echo "results: results/$name/ (report.md, summary.json, samples.csv$([ -z "$noplots" ] && echo ', plots'))"
echo "         results/latest -> $name"

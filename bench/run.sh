#!/bin/sh
# bench/run.sh — `make bench` (bench/module.mk sets the environment):
#
#   1. the static figure: every dispatcher's dispatch sequence, from its
#      object file (bench/dispatch-seq.sh);
#   2. the deterministic counts, when valgrind is installed (bench/count.sh);
#   3. what a virtual call costs (devirt/bench.c, docs/devirt.md);
#   4. Anton Ertl's threading benchmark, when ERTL names its folder
#      (bench/ertl.sh);
#   5. the driver: check, calibrate, time (bench/driver.c), which prints
#      the tables and writes samples.csv, meta.txt, summary.json, report.md
#      and the plot data;
#   6. the plots, when gnuplot is installed.
#
# Results go to results/<date>_<time>-<host>/ at the top of the repository
# (wherever BUILD is), and results/latest points to the newest.
#
# Environment: DRIVER, PROGRAMS (generated workloads), OBJDIR (objects of
# this build), ISOLATED (the built isolated programs), DISPATCHERS, CC,
# QUICK (1: fewer and shorter samples), ERTL (a folder with Ertl's
# benchmark, or empty); GNUPLOT (default gnuplot) to use another one.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
: "${DRIVER:?}" "${PROGRAMS:?}" "${OBJDIR:?}"
DISPATCHERS=${DISPATCHERS:-} ISOLATED=${ISOLATED:-} CC=${CC:-cc} QUICK=${QUICK:-} ERTL=${ERTL:-}

stamp=$(date +%Y-%m-%d_%H%M%S)
host=$(uname -n | cut -d. -f1)
name=$stamp-$host
out=$ROOT/results/$name
mkdir -p "$out/dispatch-seq"
t0=$(date +%s)

# ---- 1. the static figure ----------------------------------------------------
# A dispatcher may consist of several objects: the first one the extractor
# understands wins.
for d in $DISPATCHERS; do
    seq=$out/dispatch-seq/$d
    found=
    # a dispatcher whose code is all generated in prepare (compiled) has no
    # dispatch in its object, nor anywhere: dispatch/NAME/listing.sh shows it
    if [ -e "$ROOT/dispatch/$d/listing.sh" ]; then
        echo "none: the program is compiled, the next instruction's code follows" > "$seq.err"
        continue
    fi
    for obj in "$OBJDIR/dispatch/$d/$d.o" "$OBJDIR/dispatch/$d/"*.o; do
        [ -f "$obj" ] || continue
        if sh "$ROOT/bench/dispatch-seq.sh" "$obj" > "$seq.txt" 2> "$seq.err"; then
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

set -- --programs "$PROGRAMS" --programs "$ROOT/bench/programs" --peers "$ROOT/bench/peers" \
       --static "$out/dispatch-seq" --out "$out"
[ -n "$ISOLATED" ] && set -- "$@" --isolated "$ISOLATED"
[ "$QUICK" = 1 ] && set -- "$@" --quick

# ---- 2. the counts -------------------------------------------------------------
if command -v valgrind >/dev/null 2>&1; then
    echo "bench: counting under valgrind ..."
    if OUT=$out sh "$ROOT/bench/count.sh" > "$out/count.log" 2>&1; then
        set -- "$@" --counts "$out/counts.csv" --valgrind "$(tail -n 1 "$out/count.log" | sed 's/^bench-count: //')"
        rm -f "$out/count.log"
    else
        echo "note: valgrind's counts failed (see $out/count.log); no counts in this run"
    fi
else
    echo "note: no deterministic counts: valgrind is not installed (apt-get install valgrind)"
fi

# ---- 3. what a virtual call costs ------------------------------------------------
# devirt/bench.c, built as make devirt builds it (devirt/lib.sh); its
# table becomes devirt.csv: row, median, min, max (ns per call).
dv=$OBJDIR/bench/devirt
if [ "$QUICK" = 1 ]; then dvargs="1048576 5"; else dvargs="4194304 15"; fi
# shellcheck disable=SC2086   # $dvargs is two arguments
if bash -c '. "$1/devirt/lib.sh" && dv_build_bench "$2" "$3"' sh "$ROOT" "$CC" "$dv" > "$out/devirt.log" 2>&1 &&
   "$dv/bench" $dvargs "make bench" > "$out/devirt.txt" 2>> "$out/devirt.log"; then
    awk 'BEGIN { print "row,ns_per_call,min,max" }
         /^  [a-z].* [0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9]+% +[0-9.]+x$/ {
             n = NF; row = $1; for (i = 2; i <= n - 5; i++) row = row " " $i
             gsub(/,/, ";", row)
             print row "," $(n - 4) "," $(n - 3) "," $(n - 2) }' "$out/devirt.txt" > "$out/devirt.csv"
    rm -f "$out/devirt.log"
    set -- "$@" --devirt "$out/devirt.csv"
else
    echo "note: devirt/bench.c did not build or run (see $out/devirt.log); no virtual-call figures"
fi

# ---- 4. Ertl's benchmark, when asked for ---------------------------------------------
if [ -n "$ERTL" ]; then
    if bash "$ROOT/bench/ertl.sh" "$ERTL" "$out/ertl.csv"; then
        set -- "$@" --ertl "$out/ertl.csv"
    else
        echo "note: Ertl's benchmark in $ERTL did not build or run; left out"
    fi
fi

# ---- 5. measure ------------------------------------------------------------------
GNUPLOT=${GNUPLOT:-gnuplot}
command -v "$GNUPLOT" >/dev/null 2>&1 ||
    set -- "$@" --no-plots "$GNUPLOT is not installed (apt-get install gnuplot-nox)"
if ! "$DRIVER" "$@"; then
    rm -rf "$out"
    echo "bench: no results written" >&2
    exit 1
fi

# ---- 6. plots ------------------------------------------------------------------------
if command -v "$GNUPLOT" >/dev/null 2>&1 && ! GNUPLOT=$GNUPLOT sh "$ROOT/bench/plots.sh" "$out" "$ROOT/bench/plot.gp"; then
    printf '\nThe plots failed: see gnuplot.log.\n' >> "$out/report.md"
fi

ln -sfn "$name" "$ROOT/results/latest"
echo
echo "results: results/$name/ (report.md, summary.json, samples.csv$(command -v "$GNUPLOT" >/dev/null 2>&1 && echo ', plots')); $(($(date +%s) - t0)) s"
echo "         results/latest -> $name"

#!/usr/bin/env bash
# bench/ertl.sh DIR OUT.csv — Anton Ertl's threading benchmark
# (https://www.complang.tuwien.ac.at/forth/threading/), run beside ours.
#
# The benchmark is not part of this project: download it, unpack it, and
# give its folder (make bench ERTL=DIR).  This builds its six programs with
# its own Makefile and flags, runs each three times, and writes the median
# user time per dispatch to OUT.csv (program,ns_per_dispatch), which the
# report shows beside bench/isolated/, our programs of the same design.
# ERTL_DISPATCHES: dispatches per program run (default 1000000000, as the
# V2 programs do: their user time in seconds is ns per dispatch).
set -u
dir=$1 out=$2
dispatches=${ERTL_DISPATCHES:-1000000000}
programs="subroutine direct indirect switch call repl-switch"
if [ ! -f "$dir/Makefile" ]; then
    echo "ertl: $dir/Makefile not found (ERTL= names the unpacked threading benchmark)" >&2
    exit 1
fi
# shellcheck disable=SC2086
if ! make -s -C "$dir" $programs > /dev/null; then
    echo "ertl: building in $dir failed" >&2
    exit 1
fi
TIMEFORMAT=%U
echo "program,ns_per_dispatch" > "$out"
for p in $programs; do
    times=()
    for _ in 1 2 3; do
        t=$( { time "$dir/$p" > /dev/null; } 2>&1 ) || { echo "ertl: $dir/$p failed" >&2; exit 1; }
        times+=("$t")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n 2p)
    awk -v p="$p" -v t="$median" -v d="$dispatches" 'BEGIN { printf "%s,%.4f\n", p, t * 1e9 / d }' >> "$out"
done
echo "ertl: $(tr '\n' ' ' < "$out")"

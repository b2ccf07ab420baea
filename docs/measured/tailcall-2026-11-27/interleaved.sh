#!/bin/bash
# interleaved.sh ROUNDS LABEL=VM:DISPATCHER...: each real program of
# bench/programs/ run ROUNDS times on each LABEL's build and dispatcher,
# the LABELs in turn within a round; prints per program and LABEL the
# median and the minimum of build/vm's own --stats run time in ms.
rounds=$1; shift
for p in fib sieve matmul bubble collatz hanoi; do
    declare -A t=()
    for _ in $(seq "$rounds"); do
        for spec in "$@"; do
            l=${spec%%=*} r=${spec#*=}
            t[$l]+="$("${r%%:*}" -d "${r#*:}" --stats bench/programs/$p.vm 2>&1 >/dev/null |
                      sed -n 's/.*run \([0-9.]*\) ms.*/\1/p') "
        done
    done
    for spec in "$@"; do
        l=${spec%%=*}
        printf '%-8s %-12s %s\n' $p $l "$(tr ' ' '\n' <<<"${t[$l]}" | grep . | sort -n |
            awk '{a[NR]=$1} END {printf "median %s min %s", a[int((NR+1)/2)], a[1]}')"
    done
    unset t
done

#!/bin/bash
# ab.sh OLD_VM NEW_VM ROUNDS [DISPATCHER...]: the run time (build/vm --stats,
# "run N ms") of each real program on each dispatcher, the two builds
# interleaved round by round, each first in turn, so that both see the
# same machine; prints per program and dispatcher the median and the
# minimum of each, and new/old of the medians.  (docs/measured/slp-2026-11-27/README.md)
old=$1 new=$2 rounds=$3; shift 3
ds=${*:-switch token direct indirect subroutine call context inline stackcache super tailcall}
ms() { "$1" -d "$2" --stats "$3" 2>&1 >/dev/null | sed -n 's/.*run \([0-9.]*\) ms.*/\1/p'; }
stat() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {printf "%s %s", a[int((NR+1)/2)], a[1]}'; }
printf '%-8s %-11s %9s %9s %9s %9s %7s\n' program dispatcher old-med old-min new-med new-min new/old
for p in fib sieve matmul bubble collatz hanoi; do
    f=bench/programs/$p.vm
    for d in $ds; do
        a='' b=''
        for r in $(seq "$rounds"); do     # which runs first alternates
            if [ $((r % 2)) = 1 ]; then a+="$(ms "$old" $d $f) "; b+="$(ms "$new" $d $f) "
            else b+="$(ms "$new" $d $f) "; a+="$(ms "$old" $d $f) "; fi
        done
        [ -n "${a// /}" ] && [ -n "${b// /}" ] || continue      # unavailable here
        read -r am an <<<"$(stat <<<"$a")"; read -r bm bn <<<"$(stat <<<"$b")"
        printf '%-8s %-11s %9s %9s %9s %9s %7.3f\n' $p $d $am $an $bm $bn "$(echo "$bm / $am" | bc -l)"
    done
done

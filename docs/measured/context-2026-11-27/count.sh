#!/bin/bash
# count.sh VM DISPATCHER...: valgrind's machine instructions (callgrind,
# only inside vm_run_dispatcher: the run, not loading or preparing) per
# VM instruction, for the six real programs of bench/programs/.
# Run from the top of the tree.
vm=$1; shift
printf '%-10s' program; for d in "$@"; do printf '%10s' "$d"; done; echo
for p in fib sieve matmul bubble collatz hanoi; do
    printf '%-10s' $p
    for d in "$@"; do
        n=$($vm -d $d --stats bench/programs/$p.vm 2>&1 >/dev/null |
            sed -n 's/^stats: [a-z0-9_]*: \([0-9]*\) instructions.*/\1/p')
        ir=$(valgrind --tool=callgrind --toggle-collect='vm_run_dispatcher*' --callgrind-out-file=/dev/null \
             $vm -d $d bench/programs/$p.vm 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
        printf '%10.3f' "$(echo "$ir / $n" | bc -l)"
    done
    echo
done

#!/bin/sh
# asm/summary.sh — the summary `make asm` prints: per dispatcher, how many
# machine instructions its dispatch takes and which (nop's dispatch
# sequence, from ASMDIR/NAME.seq, written by asm/marks.pl list -s); with a
# VM binary, also valgrind's count per nop (asm/marks.pl count), and the
# exit status is 1 when the two disagree.
#
# usage: asm/summary.sh CC_VERSION TARGET FLAGS OUTDIR ASMDIR VM|'' NAME...
# (TARGET: the object file format objdump reports, elf64-x86-64 ...)
set -eu
ccv=$1 arch=$2 flags=$3 out=${4#"$PWD"/} dir=$5 vm=$6
shift 6
here=$(dirname "$0")
printf 'make asm: %s, %s, %s\n' "$ccv" "$arch" "$flags"
if ls "$out"/*.s >/dev/null 2>&1; then what="annotated listings (NAME.lst) and the compiler's assembly (NAME.s)"; else what='annotated listings (NAME.lst)'; fi
printf '%s in %s/\n' "$what" "$out"
if [ -n "$vm" ]; then
    echo "valgrind: the machine instructions per nop valgrind counts running this build's vm (asm/marks.pl count)"
else
    echo "valgrind: not run (not installed, cross or sanitizer build, or ASM_VALGRIND=0)"
fi
echo
printf '%-12s %6s %8s  %s\n' dispatcher instrs valgrind 'dispatch sequence: what runs between one VM instruction and the next (nop)'
bad=
for name in "$@"; do
    seq=$dir/$name.seq
    n=$(sed -n '1s/^# dispatch: \([0-9][0-9]*\) .*/\1/p' "$seq" 2>/dev/null)
    vg=-
    if [ -n "$vm" ] && [ -n "$n" ]; then
        vg=$(perl "$here/marks.pl" count "$vm" "$name" 2>&1) || vg="failed: $vg"
        # all its code generated (compiled): the loops of the count differ by
        # more than their nops (the C compiler lays each out its own way), so
        # the count is compared rounded
        cmp=$vg
        [ -e "dispatch/$name/listing.sh" ] && cmp=$(awk -v v="$vg" 'BEGIN { r = v ~ /^-?[0-9.]+$/ ? sprintf("%.0f", v) + 0 : v; print r }')
        [ "$cmp" = "$n" ] || { bad="$bad $name"; vg="$vg (!)"; }
    fi
    if [ -z "$n" ]; then
        printf '%-12s %6s %8s  %s\n' "$name" - - "$(sed -n '1s/^# dispatch: //p' "$seq" 2>/dev/null || echo '(no listing)')"
        continue
    fi
    awk -F '\t' -v name="$name" -v n="$n" -v vg="$vg" '
        NR > 1 {
            c = $3; if (length(c) > 50) c = substr(c, 1, 47) "..."
            printf "%-12s %6s %8s  %-34s %s\n", (shown ? "" : name), (shown ? "" : n), (shown ? "" : vg), $2, c
            shown = 1
        }
        END { if (!shown) printf "%-12s %6s %8s  (none: nop'"'"'s generated code is empty)\n", name, n, vg }' "$seq"
done
if [ -n "$bad" ]; then
    echo
    echo "make asm: the dispatch sequence disagrees with valgrind's count for:$bad (marked (!))" >&2
    exit 1
fi

#!/bin/sh
# asm/summary.sh — the summary `make asm` prints: per dispatcher, how many
# instructions its dispatch takes and which (the nop handler's sequence, as
# asm/dispatch-seq.sh extracts it, with the annotator's comment).
#
# usage: asm/summary.sh CC_VERSION TARGET FLAGS OUTDIR ASMDIR NAME...
# (TARGET: the object file format objdump reports, elf64-x86-64 ...)
# reads ASMDIR/NAME.seq, written by asm/annotate.pl -s.
set -eu
ccv=$1 arch=$2 flags=$3 out=${4#"$PWD"/} dir=$5
shift 5
printf 'make asm: %s, %s, %s\n' "$ccv" "$arch" "$flags"
if ls "$out"/*.s >/dev/null 2>&1; then what="annotated listings (NAME.lst) and the compiler's assembly (NAME.s)"; else what='annotated listings (NAME.lst)'; fi
printf '%s in %s/\n\n' "$what" "$out"
printf '%-12s %6s  %s\n' dispatcher instrs 'dispatch sequence: what runs between one VM instruction and the next (nop)'
for name in "$@"; do
    seq=$dir/$name.seq
    if [ ! -r "$seq" ]; then
        printf '%-12s %6s  %s\n' "$name" '-' "(no listing)"
        continue
    fi
    awk -F '\t' -v name="$name" '
        NR == 1 {
            n = $0; sub(/^# dispatch: /, "", n)
            count = (n ~ /^[0-9]+ /) ? n + 0 : "-"
            if (count == "-") { printf "%-12s %6s  %s\n", name, count, n; shown = 1 }
            next
        }
        {
            insn = $2; c = $3
            if (length(c) > 56) c = substr(c, 1, 53) "..."
            printf "%-12s %6s  %-30s %s\n", (shown ? "" : name), (shown ? "" : count), insn, c
            shown = 1
        }
        # a sequence of no instructions (compiled code: the next one follows)
        END { if (!shown) { sub(/^[0-9]+ instructions* /, "", n); printf "%-12s %6s  %s\n", name, count, n } }' "$seq"
done

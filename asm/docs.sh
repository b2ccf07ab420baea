#!/bin/sh
# asm/docs.sh — `make asm-docs`: the reference listings in docs/asm/.
#
# For each target, `make asm` in a build directory of its own with that
# target's compiler and objdump:
#
#   x86_64-gcc      gcc
#   x86_64-gcc-cet  gcc -fcf-protection=full (Intel CET: endbr64 landing pads)
#   x86_64-clang    clang
#   x86_64-clang19  clang-19 (preserve_none: tail-call threading as measured)
#   i386-gcc        gcc -m32 (Debian libc6-dev-i386, installed with
#                   --no-install-recommends: its recommended gcc-multilib
#                   conflicts with gcc-aarch64-linux-gnu); objects only
#   aarch64-gcc     aarch64-linux-gnu-gcc (Debian gcc-aarch64-linux-gnu); the
#                   generated code of subroutine threading when qemu-aarch64
#                   runs asm/gencode (qemu-user, libc6-dev-arm64-cross)
#
# A target whose tools are missing is skipped with one line.  The x86-64
# targets check every dispatch sequence against valgrind (make asm).  Then
# the experiments docs/dispatch.md quotes, and docs/asm/README.md.
#
# Environment: MAKE, BUILD (work files go to $BUILD/asm-docs), OUT (default
# docs/asm), ASM_DOCS_TARGETS (default: all six), ASM_DOCS_EXPERIMENTS=0.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
OUT=${OUT:-docs/asm}
TARGETS=${ASM_DOCS_TARGETS:-x86_64-gcc x86_64-gcc-cet x86_64-clang x86_64-clang19 i386-gcc aarch64-gcc}
EXPERIMENTS=${ASM_DOCS_EXPERIMENTS:-1}
WORK=$BUILD/asm-docs
mkdir -p "$WORK" "$OUT"
WORK=$(cd "$WORK" && pwd)
OUT=$(cd "$OUT" && pwd)
DISPATCHERS=$("$MAKE" -s --no-print-directory ASM_STOCK=1 asm-list)   # the stock ones, in order

have() { command -v "$1" >/dev/null 2>&1; }
compiles() {         # can CC compile a file that includes the C library's headers?
    printf '#include <stdio.h>\nint f(void) { return 0; }\n' > "$WORK/probe.c"
    $1 -c -o "$WORK/probe.o" "$WORK/probe.c" >/dev/null 2>&1
}
native() { have "$1" && [ "$($1 -dumpmachine | cut -d- -f1)" = x86_64 ]; }

# asm_target NAME CC OBJDUMP GEN RUN [MAKE VARIABLES...]
asm_target() {
    name=$1 cc=$2 od=$3 gen=$4 run=$5
    shift 5
    rm -rf "${OUT:?}/$name"
    echo "asm-docs: $name ($cc)"
    if ! "$MAKE" -s --no-print-directory V=1 BUILD="$WORK/$name" CC="$cc" OBJDUMP="$od" ASM_GEN="$gen" \
            ASM_RUN="$run" ASM_OUT="$OUT/$name" ASM_NO_S=1 ASM_STOCK=1 "$@" asm \
            > "$WORK/$name.summary" 2> "$WORK/$name.log"; then
        echo "asm-docs: $name: make asm failed; see $WORK/$name.log" >&2
        tail -n 5 "$WORK/$name.log" >&2
        return 1
    fi
    cp "$WORK/$name.summary" "$OUT/$name/summary.txt"
}

status=0
for t in $TARGETS; do
    case $t in
    x86_64-gcc) if native gcc; then asm_target $t gcc objdump 1 "" || status=1
                else echo "asm-docs: skipping $t: no x86-64 gcc"; fi ;;
    x86_64-gcc-cet) if native gcc; then asm_target $t gcc objdump 1 "" CFLAGS='$(OPT) -g -fcf-protection=full' || status=1
                else echo "asm-docs: skipping $t: no x86-64 gcc"; fi ;;
    x86_64-clang) if native clang; then asm_target $t clang objdump 1 "" || status=1
                else echo "asm-docs: skipping $t: no x86-64 clang"; fi ;;
    # clang 19: preserve_none, so tail-call threading as it is measured
    x86_64-clang19) if native clang-19; then asm_target $t clang-19 objdump 1 "" || status=1
                else echo "asm-docs: skipping $t: no clang-19 (apt-get install clang-19)"; fi ;;
    i386-gcc)   # no 32-bit libgcc to link asm/gencode with, and subroutine,
                # context and inline threading generate no code there; their
                # code generators are unused on i386, hence no -Werror
                # (-Wunused-function).  compiled, whose listing is of the code
                # it generates, is left out: its toolchain.c needs <errno.h>,
                # whose <asm/errno.h> gcc -m32 finds only with gcc-multilib
                # (which conflicts with the AArch64 cross compiler).
        if have gcc && compiles "gcc -m32"; then asm_target $t "gcc -m32" objdump 0 "" WARN="-Wall -Wextra" DISPATCH_EXCLUDE=compiled || status=1
        else echo "asm-docs: skipping $t: gcc -m32 cannot compile (apt-get install --no-install-recommends libc6-dev-i386)"; fi ;;
    aarch64-gcc)
        if have aarch64-linux-gnu-gcc && have aarch64-linux-gnu-objdump && compiles aarch64-linux-gnu-gcc; then
            gen=0 run=""
            if have qemu-aarch64 && [ -d /usr/aarch64-linux-gnu/lib ]; then gen=1 run="qemu-aarch64 -L /usr/aarch64-linux-gnu"; fi
            asm_target $t aarch64-linux-gnu-gcc aarch64-linux-gnu-objdump "$gen" "$run" || status=1
        else echo "asm-docs: skipping $t: no aarch64-linux-gnu-gcc (apt-get install gcc-aarch64-linux-gnu)"; fi ;;
    *) echo "asm-docs: unknown target $t" >&2; status=1 ;;
    esac
done

# ---- experiments, on x86-64: variants compiled only for the docs ------------
#  1. GCC without -fno-gcse -fno-crossjumping (dispatch/*/flags.mk): which
#     handlers end in a shared indirect jump.
#  2. switch.c without its `default: __builtin_unreachable();` (a copy made
#     with sed): the bounds check it saves.
#  3. Position-independent code (make PIE=1): the jump tables.
EXP=$OUT/experiments
seq_of() {           # "n: insn; insn; ..." or "not found: why"
    s=$(perl asm/marks.pl seq -n "$2" "$1" 2>&1) || { echo "not found: ${s#*: }"; return; }
    echo "$(printf '%s\n' "$s" | wc -l): $(printf '%s\n' "$s" | cut -f2 | paste -sd ';' - | sed 's/;/; /g')"
}
experiments() {
    rm -rf "$EXP"
    mkdir -p "$EXP"
    printf '# Experiments (generated by make asm-docs, asm/docs.sh; do not edit)\n\n'
    echo "Variants compiled only for these notes; the dispatchers in dispatch/ are"
    echo "unchanged.  Flags are the project's (\`$("$MAKE" -s --no-print-directory BUILD="$WORK/flags" asm-flags | sed 's/ -I[^ ]*\/gen//; s/ *$//')\`)"
    echo "unless a row says otherwise; sequences and listings by asm/marks.pl."
    for cc in gcc clang; do
        have $cc || { printf '\n(%s not installed: skipped)\n' $cc; continue; }
        base=$WORK/exp-$cc cfg=$WORK/exp-$cc/$cc ver=$($cc --version | head -n 1)
        "$MAKE" -s --no-print-directory BUILD="$base" CC=$cc asm-objects >/dev/null 2>"$base.log" || return 1
        printf '\n## %s\n\n### 1. Dispatch jumps: one per handler, or merged?\n\n' "$ver"
        echo "How many different indirect jumps the handlers' code ends in (\`asm/marks.pl jumps\`)."
        echo
        if [ $cc = gcc ]; then
            "$MAKE" -s --no-print-directory BUILD="$base-nogcse" CC=$cc DISPATCH_CFLAGS_token= \
                DISPATCH_CFLAGS_direct= DISPATCH_CFLAGS_indirect= asm-objects >/dev/null 2>>"$base.log"
            echo "| dispatcher | with flags.mk | without -fno-gcse -fno-crossjumping | shared, without | nop's dispatch, without |"
            echo "|---|---|---|---|---|"
            for d in token direct indirect; do
                w=$cfg/dispatch/$d/$d.o n=$base-nogcse/$cc/dispatch/$d/$d.o
                echo "| $d | $(perl asm/marks.pl jumps "$w" | head -n 1) | $(perl asm/marks.pl jumps "$n" | head -n 1) | $(perl asm/marks.pl jumps "$n" | sed -n 's/^shared by \(.*\) (at .*/\1/p' | paste -sd ';' - | sed 's/;/; /g') | $(seq_of "$n" $d) |"
            done
            perl asm/marks.pl list -n token -O "token.o, gcc without -fno-gcse -fno-crossjumping" \
                -c "$ver; project flags, dispatch/token/flags.mk emptied" "$n" > "$EXP/token-nogcse-gcc.lst"
            printf '\nListing: [token-nogcse-gcc.lst](token-nogcse-gcc.lst).\n'
        else
            printf 'With the flags of dispatch/*/flags.mk for clang (KEEP_JUMPS is empty for clang 14).\n\n| dispatcher | dispatch jumps |\n|---|---|\n'
            for d in switch token direct indirect; do echo "| $d | $(perl asm/marks.pl jumps "$cfg/dispatch/$d/$d.o" | head -n 1) |"; done
        fi
        printf '\n### 2. switch without `default: __builtin_unreachable();`\n\n'
        v=$WORK/variant-$cc
        mkdir -p "$v"
        sed '/^        default:$/{N;/__builtin_unreachable/d;}' dispatch/switch/switch.c > "$v/switch.c"
        if ! cmp -s dispatch/switch/switch.c "$v/switch.c" &&
           $cc $("$MAKE" -s --no-print-directory BUILD="$WORK/flags" CC=$cc asm-flags) \
                $("$MAKE" -s --no-print-directory BUILD="$WORK/flags" CC=$cc asm-dispatch-flags-switch) \
                -fdebug-prefix-map="$v"=switch-bounds -c -o "$v/switch.o" "$v/switch.c" 2>>"$base.log"; then
            printf "| variant | nop's dispatch sequence (count: instructions) |\n|---|---|\n"
            echo "| dispatch/switch as it is | $(seq_of "$cfg/dispatch/switch/switch.o" switch) |"
            echo "| without the unreachable default | $(seq_of "$v/switch.o" switch) |"
            perl asm/marks.pl list -n switch -O "switch.o without default: __builtin_unreachable(), $cc" \
                -c "$ver; project flags" "$v/switch.o" > "$EXP/switch-bounds-$cc.lst"
            printf '\nListing: [switch-bounds-%s.lst](switch-bounds-%s.lst).\n' $cc $cc
        else
            echo "(the variant did not compile; see the log)"
        fi
        printf '\n### 3. Position-independent code (make PIE=1)\n\n| dispatcher | -fno-pie (the default) | -fPIE |\n|---|---|---|\n'
        "$MAKE" -s --no-print-directory BUILD="$base-pie" CC=$cc PIE=1 asm-objects >/dev/null 2>>"$base.log"
        for d in switch token direct indirect; do
            echo "| $d | $(seq_of "$cfg/dispatch/$d/$d.o" $d) | $(seq_of "$base-pie/$cc/dispatch/$d/$d.o" $d) |"
        done
        for d in switch token; do
            perl asm/marks.pl list -n $d -O "$d.o, $cc -fPIE" -c "$ver; project flags with PIE=1" \
                "$base-pie/$cc/dispatch/$d/$d.o" > "$EXP/$d-pie-$cc.lst"
        done
        printf '\nListings: [switch-pie-%s.lst](switch-pie-%s.lst), [token-pie-%s.lst](token-pie-%s.lst).\n' $cc $cc $cc $cc
    done
}
if [ "$EXPERIMENTS" = 1 ]; then
    if [ "$(uname -m)" = x86_64 ]; then
        echo "asm-docs: experiments"
        experiments > "$WORK/experiments.md" && mv "$WORK/experiments.md" "$EXP/README.md" || status=1
    else
        echo "asm-docs: skipping the experiments: they are written for x86-64"
    fi
fi

# ---- docs/asm/README.md: the table ---------------------------------------------
{
    echo "# Reference listings (generated by make asm-docs, asm/docs.sh; do not edit)"
    echo
    echo "Annotated machine code of every dispatcher, read from the objects the"
    echo "compilers produced with the project's flags and the marks in them"
    echo "(asm/marks.pl).  How to read them: [docs/dispatch.md](../dispatch.md)."
    echo "Regenerate with \`make asm-docs\`; \`make asm\` makes the same listings for"
    echo "your own build."
    echo
    echo "## Dispatch length: machine instructions from one VM instruction to the next"
    echo
    echo "Counted on nop, whose handler does nothing but dispatch.  On x86-64 each"
    echo "figure agreed with valgrind's count of instructions per nop when it was"
    echo "made (summary.txt).  The lecture's table (x86-32, its own compiler and"
    echo "handlers) for comparison: PTC 2, DTC 3, ITC 4, TTC 4, STC 7."
    echo
    made=$(for t in $TARGETS; do [ -d "$OUT/$t" ] && printf '%s ' "$t"; done)
    printf '| dispatcher | lecture (x86-32) |'; for t in $made; do printf ' %s |' "$t"; done; echo
    printf '|---|---|'; for t in $made; do printf -- '---|'; done; echo
    for d in $DISPATCHERS; do
        case $d in switch) lec='STC 7' ;; token) lec='TTC 4' ;; direct) lec='DTC 3' ;;
                   indirect) lec='ITC 4' ;; subroutine) lec='PTC 2' ;; *) lec='-' ;; esac
        printf '| %s | %s |' "$d" "$lec"
        for t in $made; do
            if [ ! -e "$OUT/$t/$d.lst" ]; then printf ' not built here |'; continue; fi
            s=$(sed -n 's/^dispatch: \([0-9]*\) instructions\{0,1\} (\(.*\))$/\1 (\2)/p;s/^dispatch: \(unavailable here\): .*/\1/p' "$OUT/$t/$d.lst")
            printf ' [%s](%s/%s.lst) |' "${s:-not found}" "$t" "$d"
        done
        echo
    done
    echo
    echo "## Compilers"
    echo
    for t in $made; do echo "- $t: $(head -n 1 "$OUT/$t/summary.txt" | sed 's/^make asm: //')"; done
    echo
    echo "The i386 listings are compiled with \`gcc -m32\` and \`WARN=\"-Wall -Wextra\"\`"
    echo "(no -Werror: the code generators are unused on i386), objects only and"
    echo "without running anything: subroutine, context and inline threading"
    echo "generate no code there (build/vm --list would say so; \"not found\" above),"
    echo "tail-call threading needs a compiler with musttail, and compiled, which"
    echo "lists only the code it generates, is not built (asm/docs.sh says why)."
    echo "\"unavailable here\": build/vm --list reports the dispatcher unavailable"
    echo "with that compiler (the listing says why).  The AArch64 generated code"
    echo "is shown when asm/gencode could run under qemu-aarch64; valgrind does not"
    echo "run there, nor for i386."
    [ -r "$EXP/README.md" ] && printf '\nExperiments: [experiments/README.md](experiments/README.md).\n'
} > "$OUT/README.md"
exit $status

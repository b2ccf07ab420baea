#!/bin/sh
# asm/docs.sh — `make asm-docs`: the reference listings in docs/asm/.
#
# For each target it runs `make asm` in a build directory of its own, with
# that target's compiler and objdump (compile only, -c: nothing is linked
# for a cross target, except asm/gencode where the target can run it):
#
#   x86_64-gcc     gcc
#   x86_64-clang   clang
#   i386-gcc       gcc -m32 (needs the i386 C headers: Debian libc6-dev-i386,
#                  installed with --no-install-recommends: its recommended
#                  gcc-multilib conflicts with gcc-aarch64-linux-gnu)
#   aarch64-gcc    aarch64-linux-gnu-gcc and aarch64-linux-gnu-objdump
#                  (Debian gcc-aarch64-linux-gnu); the generated code of
#                  subroutine threading is shown when qemu-aarch64 can run
#                  asm/gencode (Debian qemu-user, libc6-dev-arm64-cross)
#
# A target whose tools are missing is skipped with one line.  Then the
# experiments docs/dispatch.md quotes, on x86-64 (see experiments() below),
# and docs/asm/README.md with the tables.
#
# Environment: MAKE, BUILD (work files go to $BUILD/asm-docs), OUT (default
# docs/asm), ASM_DOCS_TARGETS (default: all four), ASM_DOCS_EXPERIMENTS=0 to
# skip the experiments.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
OUT=${OUT:-docs/asm}
TARGETS=${ASM_DOCS_TARGETS:-x86_64-gcc x86_64-clang i386-gcc aarch64-gcc}
EXPERIMENTS=${ASM_DOCS_EXPERIMENTS:-1}
WORK=$BUILD/asm-docs
mkdir -p "$WORK" "$OUT"
WORK=$(cd "$WORK" && pwd)
OUT=$(cd "$OUT" && pwd)

have() { command -v "$1" >/dev/null 2>&1; }

# Can CC compile a C file that includes the C library's headers?
compiles() {
    printf '#include <stdio.h>\nint f(void) { return 0; }\n' > "$WORK/probe.c"
    $1 -c -o "$WORK/probe.o" "$WORK/probe.c" >/dev/null 2>&1
}

# asm_target NAME CC OBJDUMP GEN RUN [MAKE VARIABLES...]
asm_target() {
    name=$1 cc=$2 od=$3 gen=$4 run=$5
    shift 5
    rm -rf "${OUT:?}/$name"
    echo "asm-docs: $name ($cc)"
    if ! "$MAKE" -s --no-print-directory V=1 BUILD="$WORK/$name" CC="$cc" OBJDUMP="$od" \
            ASM_GEN="$gen" ASM_RUN="$run" ASM_OUT="$OUT/$name" ASM_NO_S=1 "$@" asm \
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
    x86_64-gcc)
        if have gcc && [ "$(gcc -dumpmachine | cut -d- -f1)" = x86_64 ]; then
            asm_target "$t" gcc objdump 1 "" || status=1
        else echo "asm-docs: skipping $t: no x86-64 gcc"; fi ;;
    x86_64-clang)
        if have clang && [ "$(clang -dumpmachine | cut -d- -f1)" = x86_64 ]; then
            asm_target "$t" clang objdump 1 "" || status=1
        else echo "asm-docs: skipping $t: no x86-64 clang"; fi ;;
    i386-gcc)
        # compile only: there is no 32-bit libgcc to link asm/gencode with
        # (and subroutine threading generates no code on i386).  Warnings
        # are not errors here: dispatch/subroutine/subroutine.c leaves its
        # code generator unused on i386 (-Wunused-function).
        if have gcc && compiles "gcc -m32"; then
            asm_target "$t" "gcc -m32" objdump 0 "" WARN="-Wall -Wextra" || status=1
        else echo "asm-docs: skipping $t: gcc -m32 cannot compile (apt-get install --no-install-recommends libc6-dev-i386)"; fi ;;
    aarch64-gcc)
        if have aarch64-linux-gnu-gcc && have aarch64-linux-gnu-objdump && compiles aarch64-linux-gnu-gcc; then
            gen=0 run=""
            if have qemu-aarch64 && [ -d /usr/aarch64-linux-gnu/lib ]; then
                gen=1 run="qemu-aarch64 -L /usr/aarch64-linux-gnu"
            fi
            asm_target "$t" aarch64-linux-gnu-gcc aarch64-linux-gnu-objdump "$gen" "$run" || status=1
        else echo "asm-docs: skipping $t: no aarch64-linux-gnu-gcc (apt-get install gcc-aarch64-linux-gnu)"; fi ;;
    *) echo "asm-docs: unknown target $t" >&2; status=1 ;;
    esac
done

# ---- experiments, on x86-64 -------------------------------------------------
# Each builds a variant only for the docs; nothing in dispatch/ changes.
#  1. GCC without -fno-gcse -fno-crossjumping (dispatch/*/flags.mk): how many
#     indirect jumps are left in token, direct and indirect threading.
#  2. The switch with `default: __builtin_unreachable();` added (a copy of
#     dispatch/switch/switch.c made with sed): the range check disappears.
#  3. Position-independent code (make PIE=1): the jump tables.
EXP=$OUT/experiments
count_ijumps() {     # indirect jumps in an object
    objdump -d --no-show-raw-insn "$1" | grep -cE '	(notrack )?jmp +\*' || true
}
seq_of() {           # the dispatch sequence, one line: "n: insn; insn; ..."
    s=$(sh asm/dispatch-seq.sh "$1" 2>/dev/null | cut -f2 | tr '\n' ';' | sed 's/;$//; s/;/; /g')
    n=$(sh asm/dispatch-seq.sh "$1" 2>/dev/null | wc -l)
    echo "$n: $s"
}
experiments() {
    rm -rf "$EXP"
    mkdir -p "$EXP"
    {
    echo "# Experiments (generated by make asm-docs, asm/docs.sh; do not edit)"
    echo
    echo "Variants compiled only for these notes; the dispatchers in dispatch/ are"
    echo "unchanged.  Flags are the project's (\`$("$MAKE" -s --no-print-directory BUILD="$WORK/flags" asm-flags | sed 's/ -I[^ ]*\/gen//; s/ *$//')\`)"
    echo "unless a row says otherwise."
    for cc in gcc clang; do
        have $cc || { echo; echo "($cc not installed: skipped)"; continue; }
        ver=$($cc --version | head -n 1)
        base=$WORK/exp-$cc
        "$MAKE" -s --no-print-directory BUILD="$base" CC=$cc asm-objects >/dev/null 2>"$WORK/exp-$cc.log" || { echo "asm-docs: experiments with $cc failed" >&2; return 1; }
        cfg=$base/$cc
        echo
        echo "## $ver"
        echo
        echo "### 1. Indirect jumps in the object (\`objdump -d | grep -c 'jmp *'\`)"
        echo
        if [ $cc = gcc ]; then
            "$MAKE" -s --no-print-directory BUILD="$base-nogcse" CC=$cc DISPATCH_CFLAGS_token= DISPATCH_CFLAGS_direct= DISPATCH_CFLAGS_indirect= asm-objects >/dev/null 2>>"$WORK/exp-$cc.log"
            echo "*jumps*: \`jmp *\` in the object; *handlers*: how many different indirect"
            echo "jumps the handlers' paths end in (\`asm/annotate.pl -j\`: one per handler"
            echo "means no merging; halt never dispatches)."
            echo
            echo "| dispatcher | jumps, with flags.mk | jumps, without -fno-gcse -fno-crossjumping | handlers, with | handlers, without | handlers sharing one jump, without | nop's dispatch, without |"
            echo "|---|---|---|---|---|---|---|"
            for d in token direct indirect; do
                w=$cfg/dispatch/$d/$d.o n=$base-nogcse/$cc/dispatch/$d/$d.o
                echo "| $d | $(count_ijumps "$w") | $(count_ijumps "$n") | $(perl asm/annotate.pl -j "$w" | head -n 1) | $(perl asm/annotate.pl -j "$n" | head -n 1) | $(perl asm/annotate.pl -j "$n" | sed -n 's/^shared by \(.*\) (at .*/\1/p' | paste -sd ';' - | sed 's/;/; /g') | $(seq_of "$n") |"
            done
            perl asm/annotate.pl -n token -O "token.o, gcc without -fno-gcse -fno-crossjumping" \
                -c "$ver; gcc -O2 -g -fno-pie, dispatch/token/flags.mk emptied" \
                "$base-nogcse/$cc/dispatch/token/token.o" > "$EXP/token-nogcse-gcc.lst"
            echo
            echo "Listing: [token-nogcse-gcc.lst](token-nogcse-gcc.lst)."
        else
            echo "clang has no such flags and needs none (dispatch/*/flags.mk pass it nothing)."
            echo
            echo "| dispatcher | jumps | handlers |"
            echo "|---|---|---|"
            for d in switch token direct indirect; do
                echo "| $d | $(count_ijumps "$cfg/dispatch/$d/$d.o") | $(perl asm/annotate.pl -j "$cfg/dispatch/$d/$d.o" | head -n 1) |"
            done
        fi
        echo
        echo "### 2. switch with \`default: __builtin_unreachable();\`"
        echo
        v=$WORK/variant-$cc
        mkdir -p "$v"
        sed '/#include "isa\/ops.inc"/a\
        default: __builtin_unreachable();     /* asm-docs variant: opcodes are verified */' \
            dispatch/switch/switch.c > "$v/switch.c"
        if grep -q __builtin_unreachable "$v/switch.c" &&
           $cc $("$MAKE" -s --no-print-directory BUILD="$WORK/flags" CC=$cc asm-flags) -fdebug-prefix-map="$v"=switch-unreachable -c -o "$v/switch.o" "$v/switch.c" 2>>"$WORK/exp-$cc.log"; then
            echo "| variant | dispatch sequence of nop (count: instructions) |"
            echo "|---|---|"
            echo "| dispatch/switch as it is | $(seq_of "$cfg/dispatch/switch/switch.o") |"
            echo "| with the unreachable default | $(seq_of "$v/switch.o") |"
            perl asm/annotate.pl -n switch -O "switch.o with default: __builtin_unreachable(), $cc" \
                -c "$ver; project flags" "$v/switch.o" > "$EXP/switch-unreachable-$cc.lst"
            echo
            echo "Listing: [switch-unreachable-$cc.lst](switch-unreachable-$cc.lst)."
        else
            echo "(the variant did not compile; see the log)"
        fi
        echo
        echo "### 3. Position-independent code (make PIE=1)"
        echo
        "$MAKE" -s --no-print-directory BUILD="$base-pie" CC=$cc PIE=1 asm-objects >/dev/null 2>>"$WORK/exp-$cc.log"
        echo "| dispatcher | -fno-pie (the default) | -fPIE |"
        echo "|---|---|---|"
        for d in switch token direct indirect; do
            echo "| $d | $(seq_of "$cfg/dispatch/$d/$d.o") | $(seq_of "$base-pie/$cc/dispatch/$d/$d.o") |"
        done
        for d in switch token; do
            perl asm/annotate.pl -n $d -O "$d.o, $cc -fPIE" -c "$ver; project flags with PIE=1" \
                "$base-pie/$cc/dispatch/$d/$d.o" > "$EXP/$d-pie-$cc.lst"
        done
        echo
        echo "Listings: [switch-pie-$cc.lst](switch-pie-$cc.lst), [token-pie-$cc.lst](token-pie-$cc.lst)."
    done
    } > "$EXP/README.md"
}
if [ "$EXPERIMENTS" = 1 ]; then
    if [ "$(uname -m)" = x86_64 ]; then
        echo "asm-docs: experiments"
        experiments || status=1
    else
        echo "asm-docs: skipping the experiments: they are written for x86-64"
    fi
fi

# ---- docs/asm/README.md: the tables ------------------------------------------
# "dispatch: 3 instructions (load, add, indirect jump)" from every listing
{
    echo "# Reference listings (generated by make asm-docs, asm/docs.sh; do not edit)"
    echo
    echo "Annotated machine code of every dispatcher, read from the objects the"
    echo "compilers produced with the project's flags.  How to read them and what"
    echo "they show: [docs/dispatch.md](../dispatch.md).  Regenerate with"
    echo "\`make asm-docs\`; \`make asm\` makes the same listings for your own build."
    echo
    echo "## Dispatch length: instructions between one VM instruction and the next"
    echo
    echo "Counted on the nop handler, whose work is nothing but dispatch"
    echo "(asm/dispatch-seq.sh).  The lecture's table (x86-32, its own compiler)"
    echo "for comparison: PTC 2, DTC 3, ITC 4, TTC 4, STC 7."
    echo
    printf '| dispatcher | lecture (x86-32) |'
    for t in $TARGETS; do [ -d "$OUT/$t" ] && printf ' %s |' "$t"; done
    echo
    printf '|---|---|'
    for t in $TARGETS; do [ -d "$OUT/$t" ] && printf -- '---|'; done
    echo
    names=$(for t in $TARGETS; do [ -d "$OUT/$t" ] && ls "$OUT/$t"; done | sed -n 's/\.lst$//p' | awk '!seen[$0]++')
    for d in switch token direct indirect subroutine call $(echo "$names" | grep -vxE 'switch|token|direct|indirect|subroutine|call'); do
        echo "$names" | grep -qx "$d" || continue
        case $d in
            switch) lec='STC 7' ;; token) lec='TTC 4' ;; direct) lec='DTC 3' ;;
            indirect) lec='ITC 4' ;; subroutine) lec='PTC 2' ;; *) lec='-' ;;
        esac
        printf '| %s | %s |' "$d" "$lec"
        for t in $TARGETS; do
            [ -d "$OUT/$t" ] || continue
            l=$OUT/$t/$d.lst
            if [ -r "$l" ]; then
                s=$(sed -n 's/^dispatch: \([0-9]*\) instructions\{0,1\} (\(.*\))$/\1 (\2)/p' "$l")
                printf ' [%s](%s/%s.lst) |' "${s:-not found}" "$t" "$d"
            else
                printf ' - |'
            fi
        done
        echo
    done
    echo
    echo "## Compilers"
    echo
    for t in $TARGETS; do
        [ -r "$OUT/$t/summary.txt" ] && echo "- $t: $(head -n 1 "$OUT/$t/summary.txt" | sed 's/^make asm: //')"
    done
    echo
    echo "The i386 listings are compiled with \`gcc -m32\` and \`WARN=\"-Wall -Wextra\"\`"
    echo "(no -Werror: subroutine.c's code generator is unused on i386); subroutine"
    echo "threading generates no code there.  The AArch64 generated code is shown"
    echo "when asm/gencode could run under qemu-aarch64."
    [ -r "$OUT/experiments/README.md" ] && { echo; echo "Experiments: [experiments/README.md](experiments/README.md)."; }
} > "$OUT/README.md"
exit $status

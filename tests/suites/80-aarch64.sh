#!/usr/bin/env bash
# The AArch64 build: cross-compile build/vm with Debian's aarch64 cross
# compiler and run every corpus program on every dispatcher under qemu-user
# (`-d all`; the compiled dispatcher on the real and ops programs),
# comparing output, errors and exit status with the native build.  Subroutine threading generates different native code there (bl/ret,
# the link register saved around VM calls), so this is its AArch64 test, and
# that of context and inline threading, which also read AArch64 code.
# Also checks, in the AArch64 objects, that the threaded dispatchers kept an
# indirect branch (br) per handler and the switch exactly one, and that
# asm/marks.pl finds every dispatcher's dispatch sequence there (from the
# code asm/gencode dumps under qemu for those that generate code), or
# reports it unavailable as build/vm --list does.
#
# Runs once per CI run: with the gcc configuration, without sanitizers, on
# an x86-64 host that has aarch64-linux-gnu-gcc and qemu-aarch64.
source "$ROOT/tests/lib.sh"

cross=aarch64-linux-gnu-gcc
if [ -n "$SAN" ] || "$CC" --version 2>/dev/null | head -n 1 | grep -qi clang; then
    skip aarch64 "runs with the gcc configuration only"
    exit 0
fi
if [ "$(uname -m)" != x86_64 ]; then
    skip aarch64 "cross test runs on x86-64 hosts"
    exit 0
fi
for tool in $cross qemu-aarch64 aarch64-linux-gnu-objdump; do
    if ! command -v $tool >/dev/null 2>&1; then
        skip aarch64 "$tool not installed (apt-get install gcc-aarch64-linux-gnu qemu-user)"
        exit 0
    fi
done

out=$BUILD/sub/cross
if ! make -s -C "$ROOT" BUILD="$out" CC=$cross SAN= >"$out.log" 2>&1; then
    fail "aarch64: build" "make CC=$cross failed:" "$(tail -n 20 "$out.log")"
    exit 0
fi
pass "aarch64: build with $cross"
avm="qemu-aarch64 -L /usr/aarch64-linux-gnu $out/$cross/bin/vm"

# every dispatcher the native gcc build can run runs on AArch64 too (the
# same compiler: what one lacks, say musttail, the other lacks as well;
# what generates code must generate it for AArch64)
list=$($avm --list)
native=$("$VM" --list)
missing=$(comm -23 <(grep -v unavailable <<<"$native" | cut -d' ' -f1 | sort) \
                   <(grep -v unavailable <<<"$list" | cut -d' ' -f1 | sort))
if [ -n "$missing" ]; then
    fail "aarch64: the dispatchers available natively are available" "missing: $missing" "$list"
else
    pass "aarch64: $(grep -vc unavailable <<<"$list") dispatchers available, as natively"
fi
# compiled under qemu-user: the compiler it runs is a host program; the
# build's $cross makes AArch64 code (available), the host's cc does not
# (unavailable, saying so)
line=$(printf '%s\n' "$list" | grep '^compiled ')
if [ -n "$line" ]; then
    if printf '%s\n' "$line" | grep -q unavailable; then
        echo "aarch64: compiled unavailable here: ${line#*unavailable here: }"
    else
        echo "aarch64: compiled available (the compiler $cross runs on the host)"
    fi
    line=$(DISPATCHLAB_CC=cc $avm --list | grep '^compiled ')
    if printf '%s\n' "$line" | grep -q 'unavailable here: the C compiler makes code for another machine'; then
        pass "aarch64: compiled with the host's cc: unavailable, saying why"
    else
        fail "aarch64: compiled with the host's cc: unavailable, saying why" "$line"
    fi
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 bad=0
while IFS= read -r prog; do
    args=$(sed -n 's/^; args: *//p' "$prog" | head -n 1)
    # the x86-64 side: one dispatcher is enough, the corpus suite shows
    # that they all agree (and -d all there runs them all)
    # shellcheck disable=SC2086
    timeout 20 "$VM" -d switch $args "$prog" >"$tmp/n.out" 2>"$tmp/n.err"; nrc=$?
    # the compiled dispatcher (its C compiler a host program, one run per
    # program) on the real and ops programs, as in the corpus suite's -d all
    nocc=()
    case $prog in */programs/real/*|*/programs/ops/*) ;; *) nocc=(no_compiled) ;; esac
    # shellcheck disable=SC2086
    "${nocc[@]}" timeout 60 $avm -d all $args "$prog" >"$tmp/a.out" 2>"$tmp/a.err"; arc=$?
    n=$((n + 1))
    if [ $nrc != $arc ] || ! cmp -s "$tmp/n.out" "$tmp/a.out" || ! cmp -s "$tmp/n.err" "$tmp/a.err"; then
        bad=$((bad + 1))
        fail "aarch64: $prog" "x86-64 exit $nrc, aarch64 exit $arc" \
            "$(diff "$tmp/n.out" "$tmp/a.out" | head -n 5)" "$(diff "$tmp/n.err" "$tmp/a.err" | head -n 5)"
    fi
done < <(find "$ROOT/tests/programs" -name '*.vm' | sort)
[ $bad -eq 0 ] && pass "aarch64: $n corpus programs agree with x86-64 on every dispatcher (compiled: on real/ and ops/)"

# machine code: indirect branches in the AArch64 objects, and every
# dispatcher's nop dispatch sequence as asm/marks.pl reads it (for those
# that generate code, from what asm/gencode dumps under qemu; valgrind does
# not run here, so the lengths are reported, not checked against it)
nops=$(grep -c '^OP(' "$ROOT/isa/opcodes.def")
cfg=$out/$cross
make -s -C "$ROOT" BUILD="$out" CC=$cross SAN= ASM_RUN="qemu-aarch64 -L /usr/aarch64-linux-gnu" asm-gen >>"$out.log" 2>&1
for name in $(printf '%s\n' "$list" | awk '{print $1}'); do
    obj=$cfg/dispatch/$name/$name.o
    case $name in
    switch|token|direct|indirect)
        br=$(aarch64-linux-gnu-objdump -d --no-show-raw-insn "$obj" | grep -cE '\sbr\s')
        case $name in
            switch) [ "$br" -eq 1 ] && pass "aarch64: $name has one br" || fail "aarch64: $name has one br" "found $br" ;;
            *) [ "$br" -ge "$nops" ] && pass "aarch64: $name has a br per handler ($br)" \
                   || fail "aarch64: $name has a br per handler" "found $br for $nops opcodes" ;;
        esac ;;
    esac
    why=$(sed -n "s/^$name .*\[unavailable here: \(.*\)\]\$/\1/p" <<<"$list")
    if [ -e "$ROOT/dispatch/$name/listing.sh" ]; then
        # all its code generated (compiled): its own listing, of the AArch64
        # code prepare() made under qemu (asm-gen kept it)
        if [ -n "$why" ]; then echo "aarch64: $name unavailable here: $why"; continue; fi
        sh "$ROOT/dispatch/$name/listing.sh" -o aarch64-linux-gnu-objdump -N "$cfg/asm/gen/$name.map" \
            "$cfg/asm/gen/$name.keep" "$ROOT/asm/sample.vm" >"$out.$name.lst" 2>&1
        n=$(grep -cE '^ +[0-9a-f]+:  ' "$out.$name.lst")
        if grep -q '^target: *elf64-littleaarch64' "$out.$name.lst" && [ "$n" -gt 0 ]; then
            pass "aarch64: $name: its generated AArch64 code listed ($n instruction lines)"
        else
            fail "aarch64: $name: its generated AArch64 code listed" "$(head -n 20 "$out.$name.lst")"
        fi
        continue
    fi
    seq=$(perl "$ROOT/asm/marks.pl" seq -o aarch64-linux-gnu-objdump -g "$cfg/asm/gen/$name" "$obj" 2>&1)
    rc=$?
    if [ -n "$why" ]; then
        [ $rc = 3 ] && [ "${seq#*marks.pl: }" = "$name is unavailable here: $why" ] \
            && pass "aarch64: $name: reported unavailable, as build/vm --list says: $why" \
            || fail "aarch64: $name: reported unavailable, as build/vm --list says" "asm/marks.pl (status $rc): $seq"
    elif [ $rc = 0 ]; then
        pass "aarch64: $name: dispatch sequence of $(printf '%s\n' "$seq" | grep -c .) instructions found"
        printf 'aarch64 %s dispatch: %s\n' "$name" "$(printf '%s\n' "$seq" | cut -f2 | paste -sd ';' -)"
    else
        fail "aarch64: $name: dispatch sequence found" "$seq"
    fi
done

# Context and inline threading read compiled AArch64 code and generate
# their own: the suite for that (32-generated-code.sh) on this build.
if make -s -C "$ROOT" BUILD="$out" CC=$cross SAN= "$out/$cross/tests/codegen-reader" "$out/$cross/asm/gencode" \
        >"$out-tools.log" 2>&1; then
    RUN="qemu-aarch64 -L /usr/aarch64-linux-gnu" OBJDUMP=aarch64-linux-gnu-objdump TAG="aarch64: " \
        BUILD="$out/$cross" CC=$cross SAN= bash "$ROOT/tests/suites/32-generated-code.sh"
else
    fail "aarch64: codegen-reader and asm/gencode" "$(tail -n 20 "$out-tools.log")"
fi

# The fallback for handlers out of reach of a direct call (bl's +-128 MiB),
# forced with -DSUBROUTINE_FAR_CALLS: a second compile of the same file.
if make -s -C "$ROOT" BUILD="$out-far" CC=$cross SAN= DISPATCH_ONLY=subroutine DISPATCH_CFLAGS_subroutine=-DSUBROUTINE_FAR_CALLS >"$out-far.log" 2>&1; then
    fvm="qemu-aarch64 -L /usr/aarch64-linux-gnu $out-far/$cross/bin/vm"
    bad=0
    for prog in "$ROOT"/tests/programs/real/*.vm; do
        args=$(sed -n 's/^; args: *//p' "$prog" | head -n 1)
        # shellcheck disable=SC2086
        a=$("$VM" -d switch $args "$prog" 2>&1; echo "exit $?")
        # shellcheck disable=SC2086
        b=$(timeout 60 $fvm -d subroutine $args "$prog" 2>&1; echo "exit $?")
        [ "$a" = "$b" ] || { bad=1; fail "aarch64: far calls: $prog" "differs from switch"; }
    done
    [ $bad = 0 ] && pass "aarch64: subroutine threading with register calls (blr) agrees on tests/programs/real"
else
    fail "aarch64: far-call build" "$(tail -n 20 "$out-far.log")"
fi

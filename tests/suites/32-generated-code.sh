#!/usr/bin/env bash
# Code made from compiled code: context threading copies the bodies of
# straight-line handlers into the code it generates, inline threading
# copies whole handlers from the engine, and both decide what they may
# copy with the machine-code reader of vm/codegen.c.
#
#   1. the reader on known code, and W^X after every prepare()
#      (tests/tools/codegen-reader.c);
#   2. context threading generates what subroutine threading calls a
#      handler for: asm/sample.vm's generated code calls fewer handlers,
#      and its `jnz` is a native conditional branch on the popped flag;
#   3. inline threading's copies fall through into each other: a straight
#      line of handlers it can copy becomes code with one dispatch at its
#      end (with gcc, on x86-64 and AArch64; with clang the numbers are
#      reported, not judged: clang 14 copies the dispatch into every
#      handler, clang 19 shares one dispatch among all, and then no handler
#      reaches its end label: docs/dispatch.md, "inline threading");
#   4. context threading's slow paths stay within reach in a long
#      straight line (its AArch64 conditional branches reach 1 MiB);
#   5. context threading built one step at a time (-DCONTEXT_STEP=1, 2:
#      the builds its documentation measures) and with every handler
#      called through a register (-DCONTEXT_FAR_CALLS) agrees with switch
#      dispatch (gcc configuration only, like 31-subroutine-far).
# Parts 2 and 3 read the code asm/gencode dumps (not under sanitizers,
# whose instrumentation calls into the runtime from every handler).
#
# tests/suites/80-aarch64.sh runs this suite on the AArch64 build with
# RUN (how to run its programs: qemu), OBJDUMP (the target's objdump) and
# TAG (before every check's name) set.
source "$ROOT/tests/lib.sh"
RUN=${RUN:-} OBJDUMP=${OBJDUMP:-objdump} TAG=${TAG:-}

reader=$BUILD/tests/codegen-reader
if [ -x "$reader" ]; then
    $RUN "$reader" | sed "s/^\(ok\|FAIL\|skip\) /\1 $TAG/"
    [ "${PIPESTATUS[0]}" -le 1 ] || fail "${TAG}reader" "codegen-reader crashed"
else
    fail "${TAG}reader" "$reader was not built"
fi

gencode=$BUILD/asm/gencode
arch=$("$CC" -dumpmachine 2>/dev/null | cut -d- -f1)
case $arch in
    x86_64)  machine=i386:x86-64; ijump='\sjmp\s+\*'; call='\scall\s' ;;
    aarch64) machine=aarch64; ijump='\sbr\s'; call='\sblr?\s' ;;
    *)       skip "${TAG}generated code" "no code generation on $arch"; exit 0 ;;
esac
if [ -n "$SAN" ]; then
    skip "${TAG}generated code" "not read under sanitizers"
    exit 0
fi
if [ ! -x "$gencode" ] || ! command -v "$OBJDUMP" >/dev/null 2>&1; then
    fail "${TAG}generated code" "needs $gencode and $OBJDUMP"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# gen NAME PROGRAM: the disassembled generated code in $tmp/NAME.s;
# returns 0, gencode's failure status, 3 (no code generated) or 4
# (unavailable: the map says so)
gen() {
    $RUN "$gencode" "$1" "$2" "$tmp/$1" >"$tmp/$1.out" 2>&1 || return $?
    grep -q '^unavailable ' "$tmp/$1.map" && return 4
    [ -s "$tmp/$1.bin" ] || return 3
    "$OBJDUMP" -D -b binary -m $machine "$tmp/$1.bin" | grep -E '^\s+[0-9a-f]+:' >"$tmp/$1.s"
}
count() { grep -cE "$1" "$2" || true; }

# ---- 2. context threading ----------------------------------------------------
if gen subroutine "$ROOT/asm/sample.vm" && gen context "$ROOT/asm/sample.vm"; then
    s=$(count "$call" "$tmp/subroutine.s")
    c=$(count "$call" "$tmp/context.s")
    if [ "$c" -lt "$s" ]; then
        pass "${TAG}context: calls fewer handlers than subroutine threading on asm/sample.vm ($c calls, $s)"
    else
        fail "${TAG}context: calls fewer handlers than subroutine threading" "$c calls, subroutine threading $s"
    fi
    # jnz loop: pop the flag, test it, branch (x86-64: test %rax,%rax and
    # je; AArch64: ldr x9, [x0, #-8]! and cbz x9)
    case $arch in
        x86_64)  pat='test +%rax,%rax$' next='\sje\s' ;;
        aarch64) pat='ldr\s+x9, \[x0, #-8\]!' next='\scbz\s+x9,' ;;
    esac
    if grep -A1 -E "$pat" "$tmp/context.s" | grep -qE "$next"; then
        pass "${TAG}context: jnz is a native branch on the popped flag"
    else
        fail "${TAG}context: jnz is a native branch on the popped flag" "$(head -n 40 "$tmp/context.s")"
    fi
else
    rc=$?
    [ $rc = 4 ] && skip "${TAG}context" "unavailable here" || fail "${TAG}context: generated code" "$(cat "$tmp"/*.out)"
fi

# ---- 3. inline threading -------------------------------------------------------
# nine instructions whose proven handlers gcc compiles to straight lines,
# then print and halt, which call vm_print and leave
cat >"$tmp/line.vm" <<'VM'
        push 1
        push 2
        add
        dup
        push 3
        mul
        swap
        sub
        neg
        print
        halt
VM
is_gcc=1
"$CC" --version 2>/dev/null | head -n 1 | grep -qi clang && is_gcc=0
gen inline "$tmp/line.vm"
rc=$?
if [ $rc = 0 ]; then
    j=$(count "$ijump" "$tmp/inline.s")
    n=$(wc -l <"$tmp/inline.s")
    if [ $is_gcc = 0 ]; then
        printf 'inline (%s): %d instructions of copied code, %d indirect jumps (reported, not judged)\n' "$CC" "$n" "$j"
        pass "${TAG}inline: copies handlers"
    elif [ "$j" -le 2 ]; then
        pass "${TAG}inline: nine copied handlers fall through into each other ($n instructions, $j indirect jumps)"
    else
        fail "${TAG}inline: copied handlers fall through into each other" \
             "$j indirect jumps in $n instructions: every copy dispatches (did gcc copy the dispatch into the handlers again?)"
    fi
elif [ $rc = 3 ] && [ $is_gcc = 0 ]; then
    printf 'inline (%s): no handler could be copied (reported, not judged)\n' "$CC"
    pass "${TAG}inline: runs with nothing copied"
elif [ $rc = 4 ]; then
    skip "${TAG}inline" "unavailable here"
else
    fail "${TAG}inline: generated code" "asm/gencode status $rc: $(cat "$tmp/inline.out")"
fi

# ---- 4. slow paths out of reach ------------------------------------------------
# context threading emits the slow paths of load, store, call and ret where
# nothing falls through, at most 256 KiB after their fast paths (AArch64's
# conditional branches reach 1 MiB): a straight line of 40000 loads is
# several such stretches; the first load, one in the middle and the last
# one trap in turn, each at its own line.
awk 'BEGIN { for (i = 0; i < 40000; i++) print "        push 7\n        load\n        drop"
             print "        halt" }' >"$tmp/long.vm"
for at in 1 60001 119998; do
    sed "${at}s/push 7/push -1/" "$tmp/long.vm" >"$tmp/long-$at.vm"
    a=$("$VM" -d switch "$tmp/long-$at.vm" 2>&1; echo "exit $?")
    b=$($RUN "$BUILD/bin/vm" -d context "$tmp/long-$at.vm" 2>&1; echo "exit $?")
    if [ "$a" = "$b" ]; then
        pass "${TAG}context: a trap in a long straight line, line $at"
    else
        fail "${TAG}context: a trap in a long straight line, line $at" "$(diff <(echo "$a") <(echo "$b") | head)"
    fi
done

# ---- 5. context threading one step at a time, and with far calls ----------------
# -DCONTEXT_STEP=1 (branches only), 2 (and copied bodies) and 3 (and the
# fast paths, but no push fused with the instruction after it), the builds
# docs/dispatch.md ("context threading") measures, and -DCONTEXT_FAR_CALLS
# (every handler called through a register) must give the results of
# switch dispatch on the real, trapping, limit and ops programs (gcc, once).
if [ -n "$TAG" ] || [ $is_gcc = 0 ]; then
    exit 0
fi
for step in 1 2 3 far; do
    out=$BUILD/sub/context-step$step
    flag=-DCONTEXT_STEP=$step
    [ $step = far ] && flag=-DCONTEXT_FAR_CALLS
    if ! make -s -C "$ROOT" BUILD="$out" CC="$CC" SAN= DISPATCH_ONLY=context \
            DISPATCH_CFLAGS_context="$flag" >"$out.log" 2>&1; then
        fail "context step $step: build" "$(tail -n 20 "$out.log")"
        continue
    fi
    svm=$(ls "$out"/*/bin/vm | head -n 1)
    bad=0
    for prog in "$ROOT"/tests/programs/{real,traps,limits,ops}/*.vm; do
        args=$(sed -n 's/^; args: *//p' "$prog" | head -n 1)
        # shellcheck disable=SC2086
        a=$("$VM" -d switch $args "$prog" 2>&1; echo "exit $?")
        # shellcheck disable=SC2086
        b=$(timeout 20 "$svm" -d context $args "$prog" 2>&1; echo "exit $?")
        [ "$a" = "$b" ] || { bad=1; fail "context step $step: $(basename "$prog")" "differs from switch:" "$(diff <(echo "$a") <(echo "$b") | head)"; }
    done
    [ $bad = 0 ] && pass "context step $step: agrees with switch on tests/programs/{real,traps,limits,ops}"
done

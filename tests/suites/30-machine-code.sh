#!/usr/bin/env bash
# The machine code keeps the technique, and its dispatch is measured right.
#
#   1. The marks change no instruction: the stock dispatchers' objects
#      compiled again with -DDL_NO_MARKS have the same code (objdump -d -r
#      of .text).  A dispatcher added by a student is reported, not judged:
#      labels can still tip a compiler's choice between equal alternatives
#      (gcc 12 swapped the operands of one compare in a variant of ours);
#      what is measured and listed is the code with the marks, either way.
#      (Left out with TESTS_LIGHT=1, as 41-new-dispatch.sh runs this suite.)
#   2. The technique survives the compiler.  GCC's global CSE and
#      cross-jumping merge the identical `goto *` at the end of threaded
#      handlers; clang can tail-duplicate a switch's jump.  Indirect jumps
#      and calls in each object:
#        switch                 exactly 1 (the central dispatch)
#        token direct indirect  one per handler at least (>= opcodes)
#        call                   1 indirect call (the loop), none in handlers
#        subroutine             no indirect branch in the handlers
#      The others are reported, not judged.
#   3. nop's dispatch sequence as asm/marks.pl reads it from the marks and,
#      for a dispatcher that generates code, from the code asm/gencode
#      dumps and the dispatcher describes (the figure of make asm, the
#      listings and the benchmark's static column) has exactly as many
#      instructions as valgrind counts per nop running build/vm; a
#      disagreement fails with both figures (a sequence it cannot find fails
#      for the stock dispatchers, and is a skip with the reason for a new
#      one).  A dispatcher build/vm --list reports unavailable must be
#      reported so by asm/marks.pl too, with the same reason.  For the build
#      the lecture's figures are compared with (x86-64, gcc, -O2), the
#      lengths must also stay at most what they are today: switch 7, token
#      4, direct 3, indirect 3, subroutine 4, call 6, context 0, inline 1.
source "$ROOT/tests/lib.sh"

OBJDUMP=${OBJDUMP:-objdump}
if ! command -v "$OBJDUMP" >/dev/null 2>&1; then
    skip machine-code "no objdump"
    exit 0
fi
nops=$(grep -c '^OP(' "$ROOT/isa/opcodes.def")
arch=$("$CC" -dumpmachine 2>/dev/null | cut -d- -f1)
case $arch in
    x86_64|i?86) ijmp='\sjmp\s+\*|\snotrack jmp\s+\*'; icall='\scall\s+\*|\snotrack call\s+\*' ;;
    aarch64)     ijmp='\sbr\s'; icall='\sblr\s' ;;
    *)           skip machine-code "no rules for $arch"; exit 0 ;;
esac
is_gcc=0
"$CC" --version 2>/dev/null | head -n 1 | grep -qi clang || is_gcc=1
list=$(dispatcher_list)
names=$(awk '{ print $1 }' <<<"$list")
stock=$(make -s --no-print-directory -C "$ROOT" ASM_STOCK=1 asm-list | tr ' ' '\n')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- 1. the marks change no instruction ------------------------------------------
if [ -n "$SAN" ]; then
    skip "marks change no code" "checked in the configurations without SAN"
elif [ -n "${TESTS_LIGHT:-}" ]; then
    skip "marks change no code" "TESTS_LIGHT: left out (tests/suites/41-new-dispatch.sh)"
elif ! make -s -C "$ROOT" BUILD="$BUILD/sub/nomarks" CC="$CC" CFLAGS='$(OPT) -g -DDL_NO_MARKS' asm-objects >"$BUILD/sub/nomarks.log" 2>&1; then
    fail "marks change no code" "the build with -DDL_NO_MARKS failed" "$(tail -n 5 "$BUILD/sub/nomarks.log")"
else
    for name in $names; do
        # all its code generated at run time (compiled): its object is a
        # translator, not handlers the marks sit in
        [ -e "$ROOT/dispatch/$name/listing.sh" ] && continue
        for obj in "$BUILD/dispatch/$name/"*.o; do
            other=$(ls "$BUILD"/sub/nomarks/*/dispatch/"$name/$(basename "$obj")")
            "$OBJDUMP" -d -r -j .text "$obj" | tail -n +4 > "$tmp/a"
            "$OBJDUMP" -d -r -j .text "$other" | tail -n +4 > "$tmp/b"
            if ! grep -qx "$name" <<<"$stock"; then
                printf '%s: %s lines of the code differ compiled with -DDL_NO_MARKS (a new variant: reported, not judged)\n' \
                    "$name" "$(diff "$tmp/a" "$tmp/b" | grep -c '^[<>]')"
            elif cmp -s "$tmp/a" "$tmp/b" && [ -s "$tmp/a" ]; then pass "$name: marks change no code ($(basename "$obj"))"
            else fail "$name: marks change no code ($(basename "$obj"))" "the code differs compiled with -DDL_NO_MARKS:" "$(diff "$tmp/a" "$tmp/b" | head -n 8)"; fi
        done
    done
fi

# ---- 2. the technique survives --------------------------------------------------------
# count PATTERN OBJECT [FUNCTION-REGEX]: matching instructions, optionally
# only inside functions whose name matches.
count() {
    "$OBJDUMP" -d --no-show-raw-insn "$2" | awk -v fre="${3:-.}" '
        /^[0-9a-f]+ <[^>]+>:$/ { f = $2; gsub(/[<>:]/, "", f); next }
        f ~ fre { print }' | grep -cE "$1" || true
}
for name in $names; do
    # a dispatcher whose machine code is all generated at run time has no
    # handlers in its object (dispatch/NAME/listing.sh lists the generated
    # code; tests/suites/32-compiled.sh checks it)
    if [ -e "$ROOT/dispatch/$name/listing.sh" ]; then
        echo "$name: generates all its code (listed by dispatch/$name/listing.sh; its object is not judged)"
        continue
    fi
    obj=$(ls "$BUILD/dispatch/$name/"*.o 2>/dev/null | head -n 1)
    [ -n "$obj" ] || { fail "$name: object file" "no object under $BUILD/dispatch/$name/"; continue; }
    jumps=$(count "$ijmp" "$obj")
    calls=$(count "$icall" "$obj")
    hjumps=$(count "$ijmp|$icall" "$obj" '^op_')
    case $name in
        switch)
            [ "$jumps" -eq 1 ] && pass "$name: one central indirect jump" \
                || fail "$name: one central indirect jump" "found $jumps indirect jumps (tail duplication turned the switch into threaded code?)" ;;
        token|direct|indirect)
            [ "$jumps" -ge "$nops" ] && pass "$name: an indirect jump per handler ($jumps >= $nops)" \
                || fail "$name: an indirect jump per handler" "found $jumps indirect jumps for $nops opcodes: the compiler merged them (see dispatch/$name/flags.mk)" ;;
        call)
            [ "$calls" -eq 1 ] && [ "$hjumps" -eq 0 ] && pass "$name: one indirect call in the loop, none in handlers" \
                || fail "$name: one indirect call in the loop, none in handlers" "indirect calls: $calls, indirect branches in op_* functions: $hjumps" ;;
        subroutine)
            [ "$hjumps" -eq 0 ] && pass "$name: handlers have no indirect branch" \
                || fail "$name: handlers have no indirect branch" "found $hjumps in op_* functions" ;;
        *)
            printf '%s: %s indirect jumps, %s indirect calls (reported, not judged)\n' "$name" "$jumps" "$calls" ;;
    esac
done

# ---- 3. the dispatch sequence, against valgrind ---------------------------------------
if [ -n "$SAN" ]; then
    skip "dispatch sequences" "instrumented code is not what the benchmark measures; checked without SAN"
    exit 0
fi
have_vg=0
command -v valgrind >/dev/null 2>&1 && have_vg=1
[ $have_vg = 1 ] || skip "dispatch sequences against valgrind" "valgrind is not installed (apt-get install valgrind)"
for name in $names; do
    if [ -e "$ROOT/dispatch/$name/listing.sh" ]; then
        # all its code generated (compiled): no dispatch sequence to read;
        # a nop compiles to nothing, which valgrind must see
        if grep -q "^$name .*unavailable" <<<"$list"; then
            skip "$name: no machine instruction per nop" "unavailable here"
        elif [ $have_vg = 1 ]; then
            # (the two loops of the count are compiled, each its own way: a
            # fraction of an instruction per nop is their layout, not a nop)
            vg=$(perl "$ROOT/asm/marks.pl" count "$VM" "$name" 2>&1)
            [ "$(awk -v v="$vg" 'BEGIN { if (v ~ /^-?[0-9.]+$/) print sprintf("%.0f", v) + 0 }')" = 0 ] && pass "$name: no machine instruction per nop, as valgrind counts ($vg)" \
                || fail "$name: no machine instruction per nop, as valgrind counts" "valgrind: $vg"
        fi
        continue
    fi
    objs=("$BUILD/dispatch/$name/"*.o)
    obj=${objs[0]}
    if [ ${#objs[@]} -gt 1 ]; then    # several files: read as one, as make asm does
        obj=$tmp/$name.o
        "$CC" -r -nostdlib -o "$obj" "${objs[@]}" || { fail "$name: dispatch sequence" "cannot combine ${objs[*]}"; continue; }
    fi
    seq=$(perl "$ROOT/asm/marks.pl" seq -o "$OBJDUMP" -n "$name" -g "$BUILD/asm/gen/$name" "$obj" 2>&1)
    rc=$?
    why=$(sed -n "s/^$name .*\[unavailable here: \(.*\)\]\$/\1/p" <<<"$list")
    if [ -n "$why" ]; then
        if [ $rc = 3 ] && [ "${seq#*marks.pl: }" = "$name is unavailable here: $why" ]; then
            pass "$name: reported unavailable, as build/vm --list says: $why"
        else
            fail "$name: reported unavailable, as build/vm --list says" "asm/marks.pl (status $rc): $seq"
        fi
        continue
    elif [ $rc != 0 ]; then
        if grep -qx "$name" <<<"$stock"; then fail "$name: dispatch sequence found" "$seq"
        else skip "$name: dispatch sequence found" "${seq#*.o: }"; fi    # a new variant: what was not found
        continue
    fi
    n=$(printf '%s\n' "$seq" | grep -c .)
    printf '%s: dispatch sequence of %d instructions: %s\n' "$name" "$n" "$(printf '%s\n' "$seq" | cut -f2 | paste -sd ';' -)"
    if [ $have_vg = 1 ]; then
        if ! vg=$(perl "$ROOT/asm/marks.pl" count "$VM" "$name" 2>&1); then
            fail "$name: valgrind's count per nop" "$vg"
        elif [ "$vg" = "$n" ]; then
            pass "$name: dispatch sequence of $n instructions, as valgrind counts per nop"
        else
            fail "$name: dispatch sequence as valgrind counts it" "asm/marks.pl: $n instructions, valgrind: $vg per nop" "$seq"
        fi
    fi
    case $name in
        switch) limit=7 ;; token) limit=4 ;; direct|indirect) limit=3 ;; subroutine) limit=4 ;; call) limit=6 ;;
        context) limit=0 ;; inline) limit=1 ;; *) limit= ;;
    esac
    if [ -n "$limit" ] && [ "$arch" = x86_64 ] && [ $is_gcc = 1 ]; then
        [ "$n" -le "$limit" ] && pass "$name: dispatch in $n <= $limit instructions (gcc, x86-64)" \
            || fail "$name: dispatch in at most $limit instructions (gcc, x86-64)" "got $n:" "$seq"
    fi
done

#!/usr/bin/env bash
# Subroutine threading calls its handlers with a direct `call rel32`, which
# reaches +-2 GiB; when mmap puts the generated code farther away, prepare()
# falls back to `movabs $handler,%rax; call *%rax`.  That path is forced here
# with -DSUBROUTINE_FAR_CALLS (a second compile of the same file): the real
# programs must give the same results as switch dispatch, and nop's dispatch
# sequence, which now ends in the generated `movabs; call *%rax`, must be
# what valgrind counts (asm/marks.pl reads the call through the register).
source "$ROOT/tests/lib.sh"
if [ -n "$SAN" ] || "$CC" --version 2>/dev/null | head -n 1 | grep -qi clang; then
    skip subroutine-far "runs with the gcc configuration only"
    exit 0
fi
if ! "$VM" --list | grep -q '^subroutine .*PTC' || "$VM" --list | grep -q '^subroutine.*unavailable'; then
    skip subroutine-far "subroutine threading is not available here"
    exit 0
fi
out=$BUILD/sub/far
if ! make -s -C "$ROOT" BUILD="$out" CC="$CC" SAN= DISPATCH_ONLY=subroutine DISPATCH_CFLAGS_subroutine=-DSUBROUTINE_FAR_CALLS all \
        "$out/$(basename "$BUILD")/asm/gen/subroutine.done" >"$out.log" 2>&1; then
    fail "subroutine-far: build" "$(tail -n 20 "$out.log")"
    exit 0
fi
fvm=$(ls "$out"/*/bin/vm | head -n 1)
cfg=$(dirname "$(dirname "$fvm")")
if seq=$(perl "$ROOT/asm/marks.pl" seq "$cfg/dispatch/subroutine/subroutine.o" 2>&1); then
    n=$(printf '%s\n' "$seq" | wc -l)
    if ! grep -q 'call \*%rax <op_NOP>' <<<"$seq"; then
        fail "subroutine-far: dispatch through a register" "the sequence has no call *%rax:" "$seq"
    elif ! command -v valgrind >/dev/null 2>&1; then
        skip "subroutine-far: dispatch sequence against valgrind" "valgrind is not installed"
    elif vg=$(perl "$ROOT/asm/marks.pl" count "$fvm" subroutine 2>&1) && [ "$vg" = "$n" ]; then
        pass "subroutine-far: dispatch sequence of $n instructions, as valgrind counts per nop"
    else
        fail "subroutine-far: dispatch sequence as valgrind counts it" "asm/marks.pl: $n, valgrind: $vg" "$seq"
    fi
else
    fail "subroutine-far: dispatch sequence found" "$seq"
fi
# the fallback really is in the generated code: 'call *%rax' shows up in no
# object, so check behaviour on every real program instead
for prog in "$ROOT"/tests/programs/real/*.vm "$ROOT"/tests/programs/traps/*.vm; do
    [ -e "$prog" ] || continue
    args=$(sed -n 's/^; args: *//p' "$prog" | head -n 1)
    # shellcheck disable=SC2086
    a=$("$VM" -d switch $args "$prog" 2>&1; echo "exit $?")
    # shellcheck disable=SC2086
    b=$(timeout 20 "$fvm" -d subroutine $args "$prog" 2>&1; echo "exit $?")
    if [ "$a" = "$b" ]; then pass "subroutine-far: $(basename "$prog")"
    else fail "subroutine-far: $(basename "$prog")" "differs from switch:" "$(diff <(echo "$a") <(echo "$b") | head)"; fi
done

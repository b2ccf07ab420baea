#!/usr/bin/env bash
# tests/suites/50-devirt.sh -- the devirtualization demo (devirt/, docs/devirt.md).
#
# Builds the experiments with devirt/lib.sh -- the same build steps `make
# devirt` uses -- into a temporary folder, for gcc/g++ and for clang/clang++
# (the family of $CC first; a missing compiler is skipped with one line), and
# checks:
#   - the lecture's experiment: the virtual and the -Dvirtual="" build print
#     the same moves, -q tells them apart, and in the object code note() has
#     an indirect branch in the virtual build and none in the other (x86-64,
#     and -m32 where multilib is installed);
#   - every verdict docs/devirt.md reports for the C++ and C cases, read from
#     the object code the same way (devirt/annotate.pl);
#   - the C program prints the same with and without -flto and profile
#     feedback, and the timing program runs.
# SAN is ignored: the demo is about optimized code, not sanitized code.
set -u
# shellcheck source=/dev/null
source "$ROOT/tests/lib.sh"
# shellcheck source=/dev/null
source "$ROOT/devirt/lib.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect NAME FILE FUNC VERDICT: FUNC in FILE must have this verdict.
expect() {
    local name=$1 file=$2 func=$3 want=$4 line got
    if ! line=$(dv_verdict "$file" "$func" 2>&1); then
        fail "$name" "$func not found in $(basename "$file")" "$line"
        return
    fi
    got=$(dv_field "$line" verdict)
    if [ "$got" = "$want" ]; then
        pass "$name"
    else
        fail "$name" "$func: expected '$want' (as docs/devirt.md says), got '$got'" \
             "$line" "if the compiler changed, update docs/devirt.md" \
             "$(dv_listing "$file" "$func")"
    fi
}

# hanoi_checks PREFIX DIR: the lecture's experiment, built in DIR.
hanoi_checks() {
    local p=$1 dir=$2 a b n qa qb
    a=$("$dir/virtual"); b=$("$dir/devirt")
    n=$(printf '%s\n' "$a" | grep -c 'move disk')
    if [ "$a" = "$b" ] && [ "$n" -eq 15 ] &&
       [ "$(printf '%s\n' "$a" | head -n 1)" = "   1. move disk 1 from A to B" ]; then
        pass "$p-same-output"
    else
        fail "$p-same-output" "the two builds differ or do not print the 15 moves" \
             "virtual: $(printf '%s' "$a" | head -n 2 | tr '\n' '|')" \
             "devirt:  $(printf '%s' "$b" | head -n 2 | tr '\n' '|')"
    fi
    # -q picks the Silent journal: only the virtual build honours it.
    qa=$("$dir/virtual" -q | wc -l); qb=$("$dir/devirt" -q | wc -l)
    if [ "$qa" -eq 0 ] && [ "$qb" -eq 15 ]; then
        pass "$p-quiet-differs"
    else
        fail "$p-quiet-differs" "with -q expected 0 and 15 lines, got $qa and $qb"
    fi
    # The object code: an indirect branch in note() only in the virtual build.
    local lv ld
    if ! lv=$(dv_verdict "$dir/virtual.o" note 2>&1) ||
       ! ld=$(dv_verdict "$dir/devirt.o" note 2>&1); then
        fail "$p-indirect-only-virtual" "note() not found" "$lv" "${ld:-}"
        return
    fi
    if [ "$(dv_field "$lv" indirect)" -ge 1 ] && [ "$(dv_field "$ld" indirect)" -eq 0 ] &&
       dv_field "$ld" calls | grep -q printf; then
        pass "$p-indirect-only-virtual"
    else
        fail "$p-indirect-only-virtual" "expected indirect branches in virtual.o only" \
             "virtual.o: $lv" "devirt.o:  $ld"
    fi
}

# The two families, the one of $CC first.
if [ "$(dv_family "$CC")" = clang ]; then
    families="clang:$CC gcc:gcc"
else
    families="gcc:$CC clang:clang"
fi

for entry in $families; do
    fam=${entry%%:*} cc=${entry#*:}
    cxx=$(dv_cxx_for "$cc")
    out=$tmp/$fam

    # ---- C++ ---------------------------------------------------------------
    if ! dv_have "$cxx"; then
        skip "devirt-$fam-c++" "no C++ compiler $cxx"
    elif ! dv_build_hanoi "$cxx" "$out/hanoi" 2>"$tmp/err"; then
        fail "devirt-$fam-hanoi-build" "$cxx failed (warnings are errors)" "$(cat "$tmp/err")"
    else
        pass "devirt-$fam-hanoi-build"
        hanoi_checks "devirt-$fam-hanoi" "$out/hanoi"
        # shellcheck disable=SC2086  # DV_M32_FLAGS is a list of flags
        if ! dv_probe "$out/m32probe" "$cxx" cc $DV_M32_FLAGS -no-pie; then
            skip "devirt-$fam-hanoi-m32" "$cxx cannot link -m32 programs (no multilib)"
        elif ! dv_build_hanoi "$cxx" "$out/hanoi-m32" $DV_M32_FLAGS 2>"$tmp/err"; then
            fail "devirt-$fam-hanoi-m32-build" "$cxx -m32 failed" "$(cat "$tmp/err")"
        else
            hanoi_checks "devirt-$fam-hanoi-m32" "$out/hanoi-m32"
        fi

        if ! dv_build_kinds "$cxx" "$fam" "$out/kinds" 2>"$tmp/err"; then
            fail "devirt-$fam-kinds-build" "$cxx failed" "$(cat "$tmp/err")"
        else
            k=$out/kinds/kinds.o
            expect "devirt-$fam-open-hierarchy-indirect" "$k" via_base indirect
            expect "devirt-$fam-final-direct" "$k" via_final direct
            if [ "$fam" = gcc ]; then
                expect "devirt-gcc-anonymous-namespace-inlined" "$k" via_hidden inlined
                expect "devirt-gcc-speculative-guarded" "$k" via_single guarded
                expect "devirt-gcc-no-speculation-indirect" "$out/kinds/kinds-nospec.o" via_single indirect
            else
                expect "devirt-clang-anonymous-namespace-indirect" "$k" via_hidden indirect
                expect "devirt-clang-no-speculation-indirect" "$k" via_single indirect
            fi
        fi
    fi

    # ---- C -----------------------------------------------------------------
    if ! dv_have "$cc"; then
        skip "devirt-$fam-c" "no C compiler $cc"
        continue
    fi
    if ! dv_build_vtable "$cc" "$fam" "$out/vtable" 2>"$tmp/err"; then
        fail "devirt-$fam-vtable-build" "$cc failed" "$(cat "$tmp/err")"
        continue
    fi
    pass "devirt-$fam-vtable-build"
    v=$out/vtable/plain/vtable.o
    expect "devirt-$fam-c-param-indirect" "$v" note_param indirect
    expect "devirt-$fam-c-known-inlined" "$v" note_known inlined
    expect "devirt-$fam-c-helper-inlined" "$v" note_helper inlined
    expect "devirt-$fam-c-writable-indirect" "$v" note_writable indirect
    expect "devirt-$fam-c-other-tu-indirect" "$v" note_other_tu indirect
    if [ "$fam" = gcc ]; then
        expect "devirt-gcc-c-noipa-indirect" "$v" note_noipa indirect
        expect "devirt-gcc-c-nospec-indirect" "$out/vtable/nospec/vtable.o" note_param indirect
    else
        expect "devirt-clang-c-noinline-inlined" "$v" note_noipa inlined
    fi
    if [ -n "$DV_SKIP_LTO" ]; then
        skip "devirt-$fam-c-lto" "$DV_SKIP_LTO"
    else
        if [ "$fam" = gcc ]; then want=direct; else want=inlined; fi
        expect "devirt-$fam-c-lto-$want" "$out/vtable/lto/vtable" note_other_tu $want
    fi
    if [ -n "$DV_SKIP_PGO" ]; then
        skip "devirt-$fam-c-pgo" "$DV_SKIP_PGO"
    else
        expect "devirt-$fam-c-pgo-guarded" "$out/vtable/pgo/vtable.o" note_param guarded
        expect "devirt-$fam-c-pgo-other-tu-indirect" "$out/vtable/pgo/vtable.o" note_other_tu indirect
    fi
    # Same output from every build of the C program: 6 cases x 3 steps.
    ref=$("$out/vtable/plain/vtable")
    same=1
    for b in lto pgo; do
        [ -x "$out/vtable/$b/vtable" ] || continue
        [ "$("$out/vtable/$b/vtable")" = "$ref" ] || same=0
    done
    if [ $same = 1 ] && [ "$(printf '%s\n' "$ref" | grep -c ' step ')" -eq 18 ]; then
        pass "devirt-$fam-c-same-output"
    else
        fail "devirt-$fam-c-same-output" "builds differ or not 18 lines" "$ref"
    fi
done

# ---- the annotator must not mistake "not found" for "no indirect call" -------
if [ -f "$tmp/gcc/vtable/plain/vtable.o" ] || [ -f "$tmp/clang/vtable/plain/vtable.o" ]; then
    for obj in "$tmp"/*/vtable/plain/vtable.o; do break; done
    dv_verdict "$obj" no_such_function >/dev/null 2>&1
    rc=$?
    if [ $rc -eq 2 ]; then
        pass "devirt-annotate-missing-function"
    else
        fail "devirt-annotate-missing-function" "annotate.pl exited $rc for a missing function, not 2"
    fi
fi

# ---- the timing program runs and prints its four rows ------------------------
if dv_build_bench "$CC" "$tmp/bench" 2>"$tmp/err"; then
    rows=$("$tmp/bench/bench" 20000 3 test | grep -cE '^  [a-z].* [0-9]+\.[0-9]+x$')
    if [ "$rows" -eq 4 ]; then
        pass "devirt-bench-runs"
    else
        fail "devirt-bench-runs" "expected 4 timing rows, got $rows" "$("$tmp/bench/bench" 20000 3 test)"
    fi
else
    fail "devirt-bench-build" "$CC failed" "$(cat "$tmp/err")"
fi
exit 0

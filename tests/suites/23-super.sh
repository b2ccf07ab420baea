#!/usr/bin/env bash
# dispatch/super's fused handlers end every run exactly as direct threading
# does, at every step limit (tests/tools/super-check.c).  The tool runs the
# product's super and a test build of it whose superinstructions
# (tests/tools/super-test.def) put div, mod, load, store and print in the
# middle of fused handlers and every branch, call, ret and halt at their
# end, whatever the profile chose.
#
#   - tests/programs/super/: at every step limit from 0 to the whole run;
#     and each "; fused-at: LINE" comment names a line where the test build
#     does fuse, so that these programs test what they say they test (their
#     expected output, trap line and count are checked by 20-corpus)
#   - the whole corpus: at the limits 0..100 and 64 more over the run
source "$ROOT/tests/lib.sh"

tool=$BUILD/tests/super-check
if [ ! -x "$tool" ]; then
    fail "super" "$tool was not built"
    exit 0
fi
cd "$ROOT" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# report FILE STATUS: the tool's ok and FAIL lines, with the suite's names
# (it passes over programs that do not load: 20-corpus checks their
# errors); an exit without a FAIL line of its own (a sanitizer's report, a
# crash) fails too
report() {
    sed -n -e 's/^ok \(.*\)/ok super-check \1/p' -e 's/^FAIL \(.*\)/FAIL super-check \1/p' "$1"
    if [ "$2" != 0 ] && ! grep -q '^FAIL' "$1"; then
        fail "super-check" "exit status $2:" "$(grep -v '^\(ok\|fused\|noload\) ' "$1" | head -20)"
    fi
}

mapfile -t own < <(find tests/programs/super -name '*.vm' | LC_ALL=C sort)
if [ ${#own[@]} -lt 5 ]; then
    fail "super programs" "only ${#own[@]} programs under tests/programs/super"
fi
for f in "${own[@]}"; do
    "$tool" -s 1000000 "$f" >"$tmp/out" 2>&1
    report "$tmp/out" $?
    want=$(sed -n 's/^; fused-at: *\([0-9]*\).*/\1/p' "$f")
    if [ -z "$want" ]; then
        fail "super $f: fused-at" "no '; fused-at: LINE' comment: what does it test?"
        continue
    fi
    for line in $want; do
        if grep -q "^fused $line " "$tmp/out"; then
            pass "super $f: fused at line $line"
        else
            fail "super $f: fused at line $line" "the test build fuses nothing there:" "$(grep '^fused' "$tmp/out")"
        fi
    done
done

mapfile -t all < <(find tests/programs -name '*.vm' -not -path 'tests/programs/super/*' | LC_ALL=C sort)
"$tool" "${all[@]}" >"$tmp/out" 2>&1
report "$tmp/out" $?
n=$(grep -c '^fused' "$tmp/out")
[ "$n" -gt 0 ] && pass "super: the test build fuses in the corpus ($n places)" \
    || fail "super: the test build fuses in the corpus" "no fused handler anywhere"
exit 0

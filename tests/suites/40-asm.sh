#!/usr/bin/env bash
# tests/suites/40-asm.sh — `make asm` and `make asm-docs` (asm/module.mk).
#
# make asm runs on the objects of the configuration under test (built
# already; the build directory is passed as it was given, so nothing is
# rebuilt): its summary has a row with a count for every dispatcher
# build/vm --list knows (a row only under SAN, whose checks put branches
# into the dispatch that asm/marks.pl does not decide, and for a new
# variant whose sequence it cannot find: the row says why; for one that
# is unavailable here the row says so, with build/vm --list's reason),
# checked against valgrind where it runs; every listing has nop's
# sequence and the usual handlers, a comment on every instruction, every
# machine instruction of the stock dispatchers in the meaning table, and
# the same sequence as asm/marks.pl seq; the code that subroutine, context
# and inline threading generate is shown piece by piece as they describe
# it, nop's piece among them, where they run.  make asm-docs then
# runs for this machine's native target into a temporary directory, and
# the committed listings of the stock dispatchers must be what it makes
# today when the same compiler made them (a dispatcher of your own has no
# committed listing, and needs none).  TESTS_LIGHT=1 leaves make asm-docs
# out (tests/suites/41-new-dispatch.sh).
source "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

top=$(dirname "$BUILD")            # BUILD is the configuration's directory
rel=${top#"$ROOT"/}                # as make was given it: the flags stay the same
out=$top/asm
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! make -s --no-print-directory V=1 BUILD="$rel" CC="$CC" SAN="$SAN" ${TESTS_DISPATCHERS:+ASM_LIST="$TESTS_DISPATCHERS"} \
        asm > "$tmp/summary" 2> "$tmp/err"; then
    fail make-asm "make asm failed" "$(tail -n 5 "$tmp/err")" "$(grep '(!)' "$tmp/summary")"
    exit 0
fi
pass make-asm
grep -q '^valgrind: the machine instructions per nop' "$tmp/summary" && pass "make asm: dispatch sequences agree with valgrind"

# every instruction of the committed listings is in asm/marks.pl's meaning table
unknown=$(grep -ho 'not in the meaning table: [a-z0-9.]*' docs/asm/*/*.lst | sort -u | paste -sd ' ' -)
[ -z "$unknown" ] && pass "docs/asm: every instruction has a meaning" || fail "docs/asm: every instruction has a meaning" "$unknown"

list=$(dispatcher_list)
names=$(awk '{print $1}' <<<"$list")
[ -n "$names" ] || { fail dispatchers "build/vm --list printed nothing"; exit 0; }
stock=$(make -s --no-print-directory BUILD="$rel" CC="$CC" SAN="$SAN" ASM_STOCK=1 asm-list | tr " " "\n")

# ---- the summary: one row per dispatcher, with a count -----------------------------
unavailable() { sed -n "s/^$1 .*\[unavailable here: \(.*\)\]\$/\1/p" <<<"$list"; }
for d in $names; do
    row=$(awk -v d="$d" '{ n = substr($0, 1, 12); sub(/ +$/, "", n) } n == d' "$tmp/summary")
    n=$(echo "$row" | awk '{print $2}')
    why=$(unavailable "$d")
    if [ -z "$row" ]; then fail "summary-$d" "the make asm summary has no row for $d" "$(cat "$tmp/summary")"
    elif [ -n "$why" ]; then
        grep -qF -- "unavailable here: $why" <<<"$row" && pass "summary-$d: unavailable here" \
            || fail "summary-$d" "build/vm --list says unavailable: $why" "$row"
    elif ! [ "$n" -ge 0 ] 2>/dev/null && [ -z "$SAN" ] && grep -qx "$d" <<<"$stock"; then fail "summary-$d" "no dispatch count for $d" "$row"
    else pass "summary-$d"; fi
done

# ---- the listings and the assembly -----------------------------------------------------
for d in $names; do
    lst=$out/$d.lst
    if [ ! -s "$lst" ] || [ ! -s "$out/$d.s" ]; then
        fail "listing-$d" "missing $lst or $out/$d.s"
        continue
    fi
    problems=
    why=$(unavailable "$d")
    if [ -n "$why" ]; then      # its handlers may not even be compiled in
        grep -qxF "dispatch: unavailable here: $why" "$lst" && pass "listing-$d: unavailable here" \
            || fail "listing-$d" "build/vm --list says unavailable ($why); the listing's dispatch line does not" \
                    "$(grep '^dispatch:' "$lst")"
        continue
    fi
    for s in '^nop: the dispatch sequence' '^push ' '^add ' '^jnz ' '^call ' '^ret '; do
        grep -q "$s" "$lst" || problems="$problems; no section '$s'"
    done
    n=$(sed -n 's/^dispatch: \([0-9]*\) instructions* (.*)$/\1/p' "$lst")
    [ -n "$n" ] || [ -n "$SAN" ] || ! grep -qx "$d" <<<"$stock" || problems="$problems; no 'dispatch: N instructions (...)' line"
    bare=$(grep -E '^ +[0-9a-f]+:  ' "$lst" | grep -vc ' ; [a-z]')
    [ "$bare" = 0 ] || problems="$problems; $bare instruction lines without a comment"
    if grep -qx "$d" <<<"$stock"; then
        unknown=$(grep -c 'not in the meaning table' "$lst")
        [ "$unknown" = 0 ] || problems="$problems; $unknown instructions not in the meaning table: $(grep -o 'not in the meaning table: [a-z0-9.]*' "$lst" | sort -u | paste -sd ' ' -)"
    fi
    objs=$(ls "$BUILD/dispatch/$d/"*.o)
    if [ "$(echo "$objs" | wc -l)" = 1 ] && [ -n "$n" ]; then
        m=$(perl asm/marks.pl seq -o "${OBJDUMP:-objdump}" -n "$d" -g "$BUILD/asm/gen/$d" "$objs" 2>/dev/null | wc -l)
        [ "$m" = "$n" ] || problems="$problems; the listing says $n instructions, asm/marks.pl seq $m"
    fi
    grep -q '\.text' "$out/$d.s" || problems="$problems; $d.s has no .text"
    if [ -z "$problems" ]; then pass "listing-$d"; else fail "listing-$d" "${problems#; }"; fi
done

# ---- generated code, where a dispatcher generates it here ------------------------------
# asm/sample.vm's instruction 1 is a nop: subroutine threading calls its
# handler, context threading copies its (empty) body, inline threading
# copies its handler or, where it can copy none (clang 19), runs it in place.
for d in subroutine context inline; do
    grep -qx "$d" <<<"$names" || continue
    sect=$(sed -n '/^the generated code/,$p' "$out/$d.lst")
    nop='instruction 1 \(asm/sample.vm:[0-9]+ nop\), verified copy: (call|copy), nop.s proven entry'
    if [ -n "$(unavailable "$d")" ]; then
        skip "generated-code-$d" "unavailable here"
    elif [ -z "$sect" ]; then
        fail "generated-code-$d" "$d.lst has no generated-code section"
    elif grep -q '^Not shown' <<<"$sect" && ! grep -q '^Not shown: no code was generated: every instruction runs its handler in place' <<<"$sect"; then
        fail "generated-code-$d" "$(grep '^Not shown' <<<"$sect")"
    elif grep -qE -- "^  -- $nop\$" <<<"$sect" || grep -qE '^Not copied.* verified copy: instructions (.*, )?1 \(nop\)' <<<"$sect"; then
        pass "generated-code-$d: nop's piece of the code described"
    else
        fail "generated-code-$d" "no piece of the code for instruction 1 (nop)" "$(head -n 20 <<<"$sect")"
    fi
done

# ---- make asm-docs, for this machine's target ------------------------------------------
# It builds a tree of its own (no sanitizer), so once per compiler is enough.
[ -z "$SAN" ] || { skip asm-docs "runs in the configurations without SAN"; exit 0; }
[ -z "${TESTS_LIGHT:-}" ] || { skip asm-docs "TESTS_LIGHT: left out (tests/suites/41-new-dispatch.sh)"; exit 0; }
arch=$($CC -dumpmachine 2>/dev/null | cut -d- -f1)
case "$($CC --version 2>/dev/null | head -n 1)" in *clang*) target=$arch-clang ;; *) target=$arch-gcc ;; esac
if [ "$arch" != x86_64 ]; then
    skip asm-docs "make asm-docs makes its native listings on x86-64 (this is $arch)"
    exit 0
fi
if ! make -s --no-print-directory BUILD="$BUILD/sub/asm-docs" ASM_DOCS_DIR="$tmp/docs" \
        ASM_DOCS_TARGETS="$target" ASM_DOCS_EXPERIMENTS=0 asm-docs > "$tmp/docs.log" 2>&1; then
    fail asm-docs "make asm-docs failed" "$(tail -n 5 "$tmp/docs.log")"
    exit 0
fi
problems=
for d in $stock; do
    [ "$(grep -c ' ; ' "$tmp/docs/$target/$d.lst" 2>/dev/null)" -gt 10 ] ||
        grep -q '^dispatch: unavailable here: ' "$tmp/docs/$target/$d.lst" || problems="$problems $d.lst"
    grep -q "^| $d | .*$target/$d.lst" "$tmp/docs/README.md" || problems="$problems README-row-$d"
done
extra=$(cd "$tmp/docs/$target" && ls *.lst | sed 's/\.lst$//' | grep -vxF "$stock")
[ -z "$extra" ] || problems="$problems listings of dispatchers that are not stock: $extra"
if [ -z "$problems" ]; then pass asm-docs; else fail asm-docs "missing or trivial:$problems"; fi

# The committed listings are current: made by the same compiler, they must
# be what the generator makes today (it is deterministic).
ref=docs/asm/$target
if [ ! -r "$ref/summary.txt" ]; then
    fail docs-current "docs/asm/$target is missing: run make asm-docs"
elif [ "$(head -n 1 "$ref/summary.txt")" != "$(head -n 1 "$tmp/docs/$target/summary.txt")" ]; then
    skip docs-current "docs/asm/$target was made by another compiler or flags: $(head -n 1 "$ref/summary.txt")"
else
    stale=
    for d in $stock; do
        cmp -s "$tmp/docs/$target/$d.lst" "$ref/$d.lst" || stale="$stale $d.lst"
    done
    if [ -z "$stale" ]; then pass docs-current; else fail docs-current "docs/asm/$target differs from what make asm-docs makes (run make asm-docs):$stale"; fi
fi

#!/usr/bin/env bash
# tests/suites/40-asm.sh — `make asm` and `make asm-docs` (asm/module.mk).
#
# make asm runs on the objects of the configuration under test (they are
# built already); its summary must list every dispatcher build/vm --list
# knows with its dispatch sequence, each listing must be complete and agree
# with asm/dispatch-seq.sh, and the generated code of subroutine threading
# must be shown where it runs.  make asm-docs then runs for this machine's
# target into a temporary directory; when the compiler is the one that
# made the committed docs/asm/ listings, they must come out the same.
source "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

top=$(dirname "$BUILD")            # BUILD is the configuration's directory
out=$top/asm
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! make -s --no-print-directory V=1 BUILD="$top" CC="$CC" SAN="$SAN" asm > "$tmp/summary" 2> "$tmp/err"; then
    fail make-asm "make asm failed" "$(tail -n 5 "$tmp/err")"
    exit 0
fi
pass make-asm

names=$("$VM" --list | awk '{print $1}')
[ -n "$names" ] || { fail dispatchers "build/vm --list printed nothing"; exit 0; }

# ---- the summary: one row per dispatcher, with a count and its sequence ----
for d in $names; do
    row=$(awk -v d="$d" '{ n = substr($0, 1, 12); sub(/ +$/, "", n) } n == d' "$tmp/summary")
    n=$(echo "$row" | awk '{print $2}')
    if [ -z "$row" ]; then
        fail "summary-$d" "the make asm summary has no row for $d" "$(cat "$tmp/summary")"
    elif ! [ "$n" -gt 0 ] 2>/dev/null &&
         ! { [ -e "dispatch/$d/listing.sh" ] && [ "$n" = 0 ]; }; then   # compiled code: 0
        fail "summary-$d" "no dispatch count for $d" "$row"
    else
        pass "summary-$d"
    fi
done

# ---- the listings and the assembly ------------------------------------------
for d in $names; do
    lst=$out/$d.lst
    if [ ! -s "$lst" ] || [ ! -s "$out/$d.s" ]; then
        fail "listing-$d" "missing $lst or $out/$d.s"
        continue
    fi
    problems=
    # every section, a summary line, and a comment on every instruction
    for s in 'nop: the dispatch sequence' '^add: ' '^jnz: ' '^call: ' '^ret: '; do
        grep -q "$s" "$lst" || problems="$problems; no section '$s'"
    done
    n=$(sed -n 's/^dispatch: \([0-9]*\) instructions* (.*)$/\1/p' "$lst")
    [ -n "$n" ] || problems="$problems; no 'dispatch: N instructions (...)' line"
    bare=$(grep -E '^ +([0-9a-f]+|gen): ' "$lst" | grep -vc ' ; .')
    [ "$bare" = 0 ] || problems="$problems; $bare instruction lines without a comment"
    # the count agrees with the extractor run on the same object
    obj=$(ls "$BUILD/dispatch/$d/"*.o 2>/dev/null | head -n 1)
    if [ -n "$obj" ] && [ "$(ls "$BUILD/dispatch/$d/"*.o | wc -l)" = 1 ]; then
        m=$(sh asm/dispatch-seq.sh "$obj" 2>/dev/null | wc -l)
        [ "$m" = "$n" ] || problems="$problems; listing says $n instructions, asm/dispatch-seq.sh $m"
    fi
    grep -q '\.text' "$out/$d.s" || problems="$problems; $d.s has no .text"
    if [ -z "$problems" ]; then pass "listing-$d"; else fail "listing-$d" "${problems#; }"; fi
done

# ---- generated code, where a dispatcher generates it here ----------------------
if echo "$names" | grep -qx subroutine; then
    if grep -q 'the generated code (subroutine threading)' "$out/subroutine.lst"; then
        if grep -qE '(call|bl) +op_NOP +; dispatch' "$out/subroutine.lst"; then
            pass generated-code
        elif grep -q '^Not shown: the dispatcher is unavailable' "$out/subroutine.lst"; then
            skip generated-code "subroutine threading is unavailable on this machine"
        else
            fail generated-code "the generated code section names no handler call" \
                "$(sed -n '/the generated code/,$p' "$out/subroutine.lst" | head -n 20)"
        fi
    else
        fail generated-code "subroutine.lst has no generated-code section"
    fi
fi

# ---- make asm-docs, for this machine's target ----------------------------------
# It builds a tree of its own (no sanitizer), so once per compiler is enough.
case $(basename "$BUILD") in *-san) skip asm-docs "runs in the configurations without SAN"; exit 0 ;; esac
arch=$($CC -dumpmachine 2>/dev/null | cut -d- -f1)
case "$($CC --version 2>/dev/null | head -n 1)" in *clang*) target=$arch-clang ;; *) target=$arch-gcc ;; esac
if [ "$arch" != x86_64 ]; then
    skip asm-docs "make asm-docs makes its native listings on x86-64 (this is $arch)"
    exit 0
fi
if ! make -s --no-print-directory BUILD="$tmp/build" ASM_DOCS_DIR="$tmp/docs" \
        ASM_DOCS_TARGETS="$target" ASM_DOCS_EXPERIMENTS=0 asm-docs > "$tmp/docs.log" 2>&1; then
    fail asm-docs "make asm-docs failed" "$(tail -n 5 "$tmp/docs.log")"
    exit 0
fi
problems=
for d in $names; do
    f=$tmp/docs/$target/$d.lst
    [ "$(grep -c ' ; ' "$f" 2>/dev/null)" -gt 10 ] || problems="$problems $d.lst"
    grep -q "^| $d | .*$target/$d.lst" "$tmp/docs/README.md" || problems="$problems README-row-$d"
done
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
    for f in "$tmp/docs/$target"/*.lst; do
        cmp -s "$f" "$ref/$(basename "$f")" || stale="$stale $(basename "$f")"
    done
    if [ -z "$stale" ]; then pass docs-current; else fail docs-current "docs/asm/$target differs from make asm-docs output (run make asm-docs):$stale"; fi
fi

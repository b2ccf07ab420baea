#!/usr/bin/env bash
# Generated files are current (`make regen` updates them): docs/isa.md's
# instruction table is what isa/gen-isa-doc.c makes of isa/opcodes.def now,
# and dispatch/super/sequences.def what tools/superprof.sh chooses from the
# profile now.
source "$ROOT/tests/lib.sh"
gen=$BUILD/bin/gen-isa-doc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$gen" ]; then
    fail "docs/isa.md is current" "$gen was not built"
    exit 0
fi
"$gen" > "$tmp/table.md"
sh "$ROOT/isa/splice-generated.sh" "$ROOT/docs/isa.md" "$tmp/table.md" > "$tmp/isa.md"
if cmp -s "$tmp/isa.md" "$ROOT/docs/isa.md"; then
    pass "docs/isa.md is current"
else
    fail "docs/isa.md is current" "run 'make regen'; the differences:" "$(diff "$ROOT/docs/isa.md" "$tmp/isa.md" | head -20)"
fi
# every opcode of the enum appears in the table, in order
n_def=$(grep -c '^OP(' "$ROOT/isa/opcodes.def")
n_doc=$(grep -cE '^\| 0x[0-9a-f]{2} \|' "$ROOT/docs/isa.md")
[ "$n_def" = "$n_doc" ] && pass "docs/isa.md lists all $n_def opcodes" \
    || fail "docs/isa.md lists all opcodes" "opcodes.def has $n_def, docs/isa.md $n_doc"

# dispatch/super/sequences.def is what tools/superprof.sh chooses from the
# profile now (`make regen` rewrites it).
prof=$BUILD/bin/superprof
if [ ! -x "$prof" ]; then
    fail "dispatch/super/sequences.def is current" "$prof was not built"
elif ! sh "$ROOT/tools/superprof.sh" "$prof" "$tmp/sequences.def" 2>"$tmp/superprof.err"; then
    fail "dispatch/super/sequences.def is current" "tools/superprof.sh failed:" "$(head -5 "$tmp/superprof.err")"
elif cmp -s "$tmp/sequences.def" "$ROOT/dispatch/super/sequences.def"; then
    pass "dispatch/super/sequences.def is current"
else
    fail "dispatch/super/sequences.def is current" "run 'make regen'; the differences:" \
        "$(diff "$ROOT/dispatch/super/sequences.def" "$tmp/sequences.def" | head -20)"
fi

#!/usr/bin/env bash
# The disassembler (isa/disasm.c): its listing reassembles to the same
# bytecode, its "; @offset line N" annotations are right, and its format is
# the one documented (two listings written out by hand below).
#
# For every corpus program that loads:
#   1. `$VM --disasm PROG` exits 0 and each "line N" names a source line
#      that holds that instruction's mnemonic;
#   2. the listing, reassembled (`$VM --disasm -`), lists the same labels
#      and instructions at the same byte offsets (the "line N" annotations
#      differ: they now count lines of the listing);
#   3. reassembling that second listing changes nothing at all (a fixed
#      point: the listing's own layout is stable).
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Drop what may differ between a listing and its reassembly: the file name
# in the header and the source line of each instruction.
normalize() { sed -e '1s/^; .*: \([0-9]* instructions,\)/; \1/' -e 's/ line [0-9]* */ /' "$1"; }

# check_lines SOURCE LISTING: every annotated instruction's source line
# starts (after labels) with its mnemonic, in any case.  Prints the
# mismatches; prints nothing when all agree.
check_lines() {
    LC_ALL=C awk '
        FNR == NR {
            s = $0
            sub(/;.*/, "", s)
            gsub(/[ \t\r\v\f]+/, " ", s)
            while (match(s, /^ *[A-Za-z_.][A-Za-z0-9_.]*:/))
                s = substr(s, RLENGTH + 1)
            sub(/^ +/, "", s)
            split(s, w, " ")
            src[FNR] = tolower(w[1])
            next
        }
        /; @[0-9]+ +line [0-9]+ / {
            for (k = 1; k < NF; k++)
                if ($k == "line")
                    n = $(k + 1)
            if (src[n] != $1)
                printf "listing has %s at line %d, the source has \"%s\" there\n", $1, n, src[n]
        }' "$1" "$2"
}

mapfile -t programs < <(find tests/programs -name '*.vm' -type f | LC_ALL=C sort)
loadable=0
for f in "${programs[@]}"; do
    name=${f#tests/programs/}
    # Programs with a load error have nothing to disassemble: they must
    # fail the same way under --disasm, and print nothing.
    if LC_ALL=C grep -a -q -E ';[[:space:]]*expect-error: [0-9]+: error: ' "$f"; then
        "$VM" --disasm "$f" >"$tmp/d1" 2>/dev/null
        rc=$?
        if [ $rc = 2 ] && [ ! -s "$tmp/d1" ]; then
            pass "disasm $name (load error)"
        else
            fail "disasm $name (load error)" "exit status $rc, expected 2 and no output"
        fi
        continue
    fi
    loadable=$((loadable + 1))
    if ! "$VM" --disasm "$f" >"$tmp/d1" 2>"$tmp/err"; then
        fail "disasm $name" "--disasm failed" "$(head -n 5 "$tmp/err")"
        continue
    fi
    bad=$(check_lines "$f" "$tmp/d1")
    if [ -n "$bad" ]; then
        fail "disasm $name" "wrong line annotations" "$(printf '%s\n' "$bad" | head -n 5)"
        continue
    fi
    if ! "$VM" --disasm - <"$tmp/d1" >"$tmp/d2" 2>"$tmp/err"; then
        fail "disasm $name" "the listing does not reassemble" "$(head -n 5 "$tmp/err")"
        continue
    fi
    normalize "$tmp/d1" >"$tmp/n1"
    normalize "$tmp/d2" >"$tmp/n2"
    if ! cmp -s "$tmp/n1" "$tmp/n2"; then
        fail "disasm $name" "the reassembled listing differs (- listing, + reassembled)" \
             "$(diff -u "$tmp/n1" "$tmp/n2" | tail -n +3 | head -n 20)"
        continue
    fi
    "$VM" --disasm - <"$tmp/d2" >"$tmp/d3" 2>&1
    if ! cmp -s "$tmp/d2" "$tmp/d3"; then
        fail "disasm $name" "a listing of a listing is not a fixed point" \
             "$(diff -u "$tmp/d2" "$tmp/d3" | tail -n +3 | head -n 20)"
        continue
    fi
    pass "disasm $name"
done
[ "$loadable" -ge 50 ] || fail "disasm corpus" "only $loadable loadable programs found"

# ---- two listings derived by hand -------------------------------------------------
# Byte offsets: an opcode is 1 byte, an INT operand 8, a LABEL operand 4
# (docs/isa.md), so push is 9 bytes, jmp and call 5, the others 1.  A jump
# names the first label of its target; hex operands come back in decimal,
# mnemonics in lower case.  Every instruction is proven (isa/prove.c): each
# is reached with one known height; f, entered by a call, consumes nothing
# below its entry and pushes one value, so a call to it checks 0 below and
# 1 above.
expect_listing() {  # NAME FILE; the expected listing on stdin
    cat >"$tmp/want"
    "$VM" --disasm "$2" >"$tmp/got" 2>&1
    if cmp -s "$tmp/want" "$tmp/got"; then
        pass "disasm listing $1"
    else
        fail "disasm listing $1" "differs from the listing written by hand (- expected, + actual)" \
             "$(diff -u "$tmp/want" "$tmp/got" | tail -n +3)"
    fi
}

expect_listing labels-glued tests/programs/syntax/labels-glued.vm <<'EOF'
; tests/programs/syntax/labels-glued.vm: 17 instructions, 81 bytes of bytecode
    jmp    a                ; @0     line 8       proven
b:
c:
    push   2                ; @5     line 9       proven
    print                   ; @14    line 10      proven
    jmp    d                ; @15    line 11      proven
a:
    push   1                ; @20    line 12      proven
    print                   ; @29    line 13      proven
    jmp    b                ; @30    line 14      proven
d:
e:
f:
g:
    push   3                ; @35    line 17      proven
    print                   ; @44    line 18      proven
    jmp    y                ; @45    line 19      proven
y:
x.y:
    push   4                ; @50    line 20      proven
    print                   ; @59    line 21      proven
    jmp    k                ; @60    line 22      proven
h:
i:
j:
    halt                    ; @65    line 24      proven
k:
    push   5                ; @66    line 25      proven
    print                   ; @75    line 26      proven
    jmp    h                ; @76    line 27      proven
EOF

expect_listing mnemonic-case tests/programs/syntax/mnemonic-case.vm <<'EOF'
; tests/programs/syntax/mnemonic-case.vm: 16 instructions, 60 bytes of bytecode
    push   4                ; @0     line 2       proven
    push   5                ; @9     line 3       proven
    push   6                ; @18    line 4       proven
    add                     ; @27    line 5       proven
    mul                     ; @28    line 6       proven
    print                   ; @29    line 7       proven
    push   31               ; @30    line 8       proven
    dup                     ; @39    line 9       proven
    swap                    ; @40    line 10      proven
    sub                     ; @41    line 11      proven
    print                   ; @42    line 12      proven
    call   f                ; @43    line 13      proven
    halt                    ; @48    line 14      proven
f:
    push   7                ; @49    line 15      proven  (a call here checks: 0 below, 1 above)
    print                   ; @58    line 16      proven
    ret                     ; @59    line 17      proven
EOF
exit 0

#!/usr/bin/env bash
# The verifier (isa/verify.c).
#
# Its rules, each with near misses, are corpus programs: load-errors/static-*,
# falloff-*, ret-empty-* and accepted/*.  This suite adds the two rules
# whose programs are too long to keep as files - a data stack of 4097 known
# values and 4097 known nested calls - with their exact limits; the
# messages only raw bytecode can produce (bad opcodes, cut-off operands,
# bad targets), through `gen --verify` (fuzz/gen_main.c), which loads bytes
# as the fuzz_bytecode target does; the cap on the proofs' work
# (isa/prove.c); and checks that every message isa/verify.c can produce is
# tested somewhere.
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/covered"

# expect NAME FILE RC STDOUT STDERR: `$VM FILE` ends so, exactly.
expect() {
    local name=$1 file=$2 want_rc=$3 want_out=$4 want_err=$5
    "$VM" "$file" >"$tmp/out" 2>"$tmp/err"
    local rc=$? out err
    out=$(<"$tmp/out")
    err=$(<"$tmp/err")
    if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ] && [ "$err" = "$want_err" ]; then
        pass "verify $name"
    else
        fail "verify $name" "exit status $rc (expected $want_rc)" \
             "expected stdout: $want_out" "actual stdout:   ${out:0:200}" \
             "expected stderr: $want_err" "actual stderr:   ${err:0:300}"
    fi
}
# reject NAME FILE LINE MESSAGE
reject() {
    printf '%s\n' "$4" >>"$tmp/covered"
    expect "$1" "$2" 2 "" "$2:$3: error: $4"
}

p=$tmp/p.vm

# ---- the data stack: 4096 values are fine, the 4097th is not ----------------
pushes() { awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++) print "    push " i }'; }
{ pushes 4096; echo "    print"; echo "    halt"; } >"$p"
expect stack-4096 "$p" 0 4096 ""
{ pushes 4097; echo "    halt"; } >"$p"
reject stack-4097 "$p" 4097 "stack overflow: 'push' would leave 4097 values on the stack (the limit is 4096)"
{ pushes 4096; echo "    dup"; echo "    halt"; } >"$p"
reject stack-4096-dup "$p" 4097 "stack overflow: 'dup' would leave 4097 values on the stack (the limit is 4096)"
{ pushes 4095; echo "    over"; echo "    print"; echo "    halt"; } >"$p"
expect stack-4095-over "$p" 0 4094 ""
{ pushes 4096; echo "    over"; echo "    halt"; } >"$p"
reject stack-4096-over "$p" 4097 "stack overflow: 'over' would leave 4097 values on the stack (the limit is 4096)"
# Drops in between keep the height known and below the limit.
{ for i in $(seq 5000); do echo "    push $i"; echo "    drop"; done; echo "    push 1"; echo "    print"; echo "    halt"; } >"$p"
expect push-drop-5000 "$p" 0 1 ""
# Unreachable pushes do not count.
{ echo "    halt"; pushes 5000; echo "    halt"; } >"$p"
expect stack-dead-code "$p" 0 "" ""

# ---- the return stack: 4096 nested calls are fine, the 4097th is not ----------
# f1 calls f2 ... calls fN, which prints 7.  The call in f(k) is on line
# 2k + 1 and nests k + 1 deep.
chain() {
    awk -v n="$1" 'BEGIN {
        print "    call f1"; print "    halt"
        for (k = 1; k < n; k++) { print "f" k ": call f" k + 1; print "    ret" }
        print "f" n ": push 7"; print "    print"; print "    ret" }'
}
chain 4096 >"$p"
expect calls-4096 "$p" 0 7 ""
chain 4097 >"$p"
reject calls-4097 "$p" 8193 "return stack overflow: more than 4096 nested calls here"
# A cycle through the chain: f4096 calls f1 again, from depth 4096.  That
# call always overflows, so it cannot make f1's depth unknown either.
chain 4096 | sed 's/^f4096: push 7$/f4096: call f1/' >"$p"
reject calls-cycle "$p" 8193 "return stack overflow: more than 4096 nested calls here"
# The depth is known only where all paths agree: when f4096 is also
# reached by a jump from depth 0, its depth is unknown and the program is
# accepted; at run time that path ends at f4096's ret, with nothing to
# return to (the chain starts two lines down: that ret is on line
# 2 * 4096 + 2 + 2).
{ echo "    push 0"; echo "    jz f4096"; chain 4097; } >"$p"
expect calls-4097-unknown "$p" 1 7 "$p:8196: runtime error: 'ret' with an empty return stack"

# ---- a late error in a long straight line ------------------------------------------
{ for i in $(seq 2500); do echo "    push $i"; echo "    drop"; done; echo "    drop"; echo "    halt"; } >"$p"
reject late-underflow "$p" 5001 "stack underflow: 'drop' needs 1 value, the stack holds 0 here"

# ---- raw bytecode ------------------------------------------------------------
# opcodes are the line numbers of isa/opcodes.def from 0: push 0x01, jmp 0x19,
# call 0x1c, halt 0x21; integers take 8 bytes, labels 4, little-endian
G=$BUILD/fuzz/gen
# bytecode NAME BYTES RC OUTPUT: `gen --verify` on the bytes (printf format)
bytecode() {
    local name=$1 rc out
    printf "$2" >"$tmp/b.bin"
    out=$("$G" --verify "$tmp/b.bin" 2>&1)
    rc=$?
    if [ "$rc" = "$3" ] && [ "$out" = "$tmp/b.bin: $4" ]; then
        pass "verify bytecode $name"
    else
        fail "verify bytecode $name" "exit status $rc (expected $3)" \
             "expected: $tmp/b.bin: $4" "actual:   $out"
    fi
    printf '%s\n' "${4#error: }" >>"$tmp/covered"
}
if [ -x "$G" ]; then
    bytecode empty             ''                                1 "error: the program has no instructions"
    bytecode halt              '\x21'                            0 "ok"
    bytecode opcode-first      '\x22'                            1 "error: invalid opcode 0x22 at byte offset 0"
    bytecode opcode-later      '\x00\x01\x07\0\0\0\0\0\0\0\xff' 1 "error: invalid opcode 0xff at byte offset 10"
    bytecode push-cut          '\x01\x01\x02'                    1 "error: 'push' at byte offset 0 is cut off by the end of the bytecode"
    bytecode jmp-cut           '\x21\x19\x00\x00'                1 "error: 'jmp' at byte offset 1 is cut off by the end of the bytecode"
    bytecode jmp-into-operand  '\x19\x03\0\0\0\x21'             1 "error: 'jmp' target 3 is not the start of an instruction"
    bytecode call-outside      '\x1c\x64\0\0\0\x21'             1 "error: 'call' target 100 is outside the program (6 bytes)"
    bytecode jmp-to-end        '\x19\x06\0\0\0\x21'             1 "error: 'jmp' target 6 is outside the program (6 bytes)"
    bytecode jmp-to-halt       '\x19\x05\0\0\0\x21'             0 "ok"
else
    fail "verify bytecode" "$G is missing (make test builds it)"
fi

# ---- the proofs' work cap (isa/prove.c) ---------------------------------------
# n call targets, each falling through into the next, share one tail: the
# contexts together hold n^2/2 instructions.  Over PROVE_BUDGET the
# verifier gives up proving (every instruction keeps its checks): the
# program still loads in time linear in its size and runs the same on every
# dispatcher.  Below the cap, the same shape is proven.
shared_tail() {  # N: a program of 2N + 2 instructions
    local n=$1 i
    for ((i = 0; i < n; i++)); do printf '    call f%d
' "$i"; done
    printf '    push 7
    print
    halt
'
    for ((i = 0; i < n; i++)); do printf 'f%d: nop
' "$i"; done
    printf '    ret
'
}
shared_tail 100 >"$tmp/tail-small.vm"
if "$VM" --disasm "$tmp/tail-small.vm" | grep -q ' checked'; then
    fail "prove shared tail below the cap" "some instruction is not proven"          "$("$VM" --disasm "$tmp/tail-small.vm" | grep ' checked' | head -n 3)"
else
    pass "prove shared tail below the cap"
fi
shared_tail 3000 >"$tmp/tail-3k.vm"
shared_tail 12000 >"$tmp/tail-12k.vm"
if "$VM" --disasm "$tmp/tail-12k.vm" | grep -q ' proven'; then
    fail "prove shared tail over the cap" "instructions are proven although the work exceeds PROVE_BUDGET"
else
    pass "prove shared tail over the cap: nothing proven"
fi
out=$("$VM" -d all "$tmp/tail-12k.vm" 2>"$tmp/err")
if [ $? = 0 ] && [ "$out" = 7 ] && ! grep -qv '^vm: note: skipping' "$tmp/err"; then
    pass "prove shared tail over the cap: runs the same everywhere"
else
    fail "prove shared tail over the cap: runs the same everywhere" "got: ${out:0:200} $(head -c 200 "$tmp/err")"
fi
# 4 times the program, 4 times the time (quadratic would be 16): the best of
# three loads each, compared with a generous factor
best_ms() {
    local best= t i
    for i in 1 2 3; do
        t=$( { TIMEFORMAT=%R; time "$VM" --disasm "$1" >/dev/null; } 2>&1 )
        t=${t/./}; t=$((10#$t))
        [ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
    done
    echo "$best"
}
t3=$(best_ms "$tmp/tail-3k.vm")
t12=$(best_ms "$tmp/tail-12k.vm")
if [ "$t12" -le $((8 * t3 + 20)) ]; then
    pass "prove shared tail: loading stays linear (${t3} ms for 3000 targets, ${t12} ms for 12000)"
else
    fail "prove shared tail: loading stays linear" "${t3} ms for 3000 call targets, ${t12} ms for 12000 (more than 8 times)"
fi

# ---- every verifier message is tested ----------------------------------------
# As in 10-assembler.sh.  No input can produce these: the maps come from the
# assembler or from verify() itself, and malloc failing.
messages_tested verify isa/verify.c 5 "$tmp/covered" \
    "the instruction map does not match the bytecode" \
    "out of memory"
exit 0

#!/usr/bin/env bash
# Hostile input (docs/reliability.md): whatever a file holds, build/vm ends
# with the program's result or one clear error line, and the documented exit
# status; it never crashes, hangs or trips a sanitizer.
#
#   size      1,000,000 instructions; 1,000,000 lines; 100,000 labels; lines of
#             1 MB (comment, white space, label name, unknown word, number);
#             a file over the 256 MiB limit (sparse)
#   depth     recursion 4096 deep (fine) and 4097 (run-time error); a chain
#             of 4096 functions calling each other (fine) and 4097 (the
#             verifier knows: load error); the data stack filled to 4096
#             (fine) and 4097 (run-time error)
#   limits    integers at and beyond 64 bits; arithmetic at INT64_MIN/MAX;
#             addresses just inside and outside memory; --max-steps at 0,
#             INT64_MAX and beyond
#   bytes     pseudo-random binary garbage (fuzz/gen --bytes: the same bytes
#             on every machine), also through every fuzz target; NUL bytes
#   files     empty file, empty standard input, /dev/null, missing file,
#             directory, unreadable file (skipped as root), output that
#             cannot be written (/dev/full, closed stdout)
#   output    a print loop whose output fails for good (/dev/full, a pipe
#             closed with SIGPIPE ignored) stops with exit 2, on every
#             dispatcher at the same instruction; SIGINT, SIGTERM, SIGHUP
#             leave the output printed so far, complete, and the signal's
#             exit status; a stuck reader does not keep the vm alive
#
# Every program that loads runs on every available dispatcher and -d all
# (a dispatcher that compiles programs may refuse one beyond its size limit
# with one line "cannot prepare the program: program too large ...").
# A crash is an exit status of 124 or more (the time limit, a signal) or any
# sanitizer report on stderr; an error must be exactly one line
# "FILE:LINE: error: ..." (load), "FILE:LINE: runtime error: ..." (trap) or
# "FILE: error: cannot read ..." (I/O).
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GEN=$BUILD/fuzz/gen
LIMIT=${HOSTILE_TIMEOUT:-120}          # seconds per run of the vm

dispatchers=()
while IFS= read -r line; do
    case $line in
        *"[unavailable here:"*) ;;
        *) dispatchers+=("${line%% *}") ;;
    esac
done < <("$VM" --list)

# vm ARGS...: run the vm with the time limit; sets rc, err (stderr without
# "stats:" lines), the output is in $tmp/out.
# (with --stats, -d all also names the dispatchers it skips: not an error)
vm() {
    timeout "$LIMIT" "$VM" "$@" >"$tmp/out" 2>"$tmp/err.raw"
    rc=$?
    grep -v -e '^stats: ' -e ': note: skipping dispatcher ' "$tmp/err.raw" >"$tmp/err"
    err=$(head -c 2000 "$tmp/err")
}

# crash: why the last run counts as a crash, or nothing.
crash() {
    if [ "$rc" -ge 124 ]; then
        echo "exit status $rc (124: time limit of ${LIMIT}s, >128: signal)"
    elif grep -qE 'Sanitizer|^SUMMARY: |\.[ch]:[0-9]+:[0-9]+: runtime error' "$tmp/err.raw"; then
        echo "sanitizer report: $(grep -m1 -E 'Sanitizer|runtime error' "$tmp/err.raw")"
    fi
}

# one_line PATTERN: stderr is exactly one line and matches the ERE.
one_line() {
    [ "$(wc -l <"$tmp/err")" = 1 ] && grep -qE "$1" "$tmp/err"
}

# ere TEXT: TEXT quoted for use in an ERE.
ere() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }

# rejects NAME FILE PATTERN [VM-ARGS...]: a load error "FILE:LINE: error: "
# followed by PATTERN (an ERE), exit 2, no output.  A load error does not
# depend on the dispatcher; -d all is used.
rejects() {
    local name=$1 file=$2 pat=$3 why
    shift 3
    vm -d all "$@" "$file"
    why=$(crash)
    if [ -n "$why" ]; then
        fail "hostile $name" "crashed: $why" "$err"
    elif [ "$rc" != 2 ] || [ -s "$tmp/out" ] || ! one_line "^$(ere "$file"):[0-9]+: error: $pat"; then
        fail "hostile $name" "expected exit 2 and one line '$file:LINE: error: $pat'" \
             "exit $rc, stderr: $err" "stdout: $(head -c 200 "$tmp/out")"
    else
        pass "hostile $name"
    fi
}

# runs NAME FILE STATUS OUT ERR-PATTERN [VM-ARGS...]: on every dispatcher
# and -d all: exit STATUS, stdout OUT (a string; "-" to not compare), and
# for STATUS 1 one line "FILE:LINE: runtime error: " + ERR-PATTERN.  With
# COUNT=N in the environment, --stats must report N instructions.
runs() {
    local name=$1 file=$2 status=$3 want=$4 pat=$5 d why bad=0
    shift 5
    for d in "${dispatchers[@]}" all; do
        # -d all without the compiled dispatcher, which ran alone just
        # before (no_compiled, tests/lib.sh): a second C compile of each
        # input was a fifth of this suite's time
        nocc=()
        [ "$d" = all ] && nocc=(no_compiled)
        "${nocc[@]}" vm -d "$d" --stats "$@" "$file"
        why=$(crash)
        if [ -n "$why" ]; then
            fail "hostile $name @$d" "crashed: $why" "$err"
            bad=1
            continue
        fi
        local problem=
        # a dispatcher that compiles the program may refuse one beyond its
        # documented size (dispatch/compiled/), with exit 2 and one line
        if [ "$d" != all ] && [ "$rc" = 2 ] && [ "$status" != 2 ] &&
            one_line "^vm: error: dispatcher '$d' cannot prepare the program: program too large for compilation"; then
            echo "hostile $name @$d: refused as too large for compilation"
            continue
        fi
        if [ "$rc" != "$status" ]; then
            problem="exit $rc, expected $status"
        elif [ "$want" != - ] && [ "$(cat "$tmp/out")" != "$want" ]; then
            problem="stdout '$(head -c 200 "$tmp/out")', expected '$want'"
        elif [ "$status" = 0 ] && [ -s "$tmp/err" ]; then
            problem="unexpected stderr"
        elif [ "$status" = 1 ] && ! one_line "^$(ere "$file"):[0-9]+: runtime error: $pat"; then
            problem="expected one line '$file:LINE: runtime error: $pat'"
        elif [ -n "${COUNT:-}" ] && ! grep -q "^stats: [a-z_]*: $COUNT instructions executed" "$tmp/err.raw"; then
            problem="expected $COUNT instructions executed: $(grep '^stats:' "$tmp/err.raw" | head -n 3)"
        fi
        if [ -n "$problem" ]; then
            fail "hostile $name @$d" "$problem" "stderr: $err"
            bad=1
        fi
    done
    [ $bad = 1 ] || pass "hostile $name (${#dispatchers[@]} dispatchers and -d all)"
}

if [ ! -x "$GEN" ]; then
    fail "hostile" "$GEN is missing (it is built by make test: fuzz/module.mk)"
    exit 0
fi

# ---- size --------------------------------------------------------------------
awk 'BEGIN { print "    push 0"
             for (i = 0; i < 499998; i++) { print "    push 1"; print "    add" }
             print "    nop"; print "    print"; print "    halt" }' >"$tmp/huge.vm"
COUNT=1000000 runs "1,000,000 instructions" "$tmp/huge.vm" 0 499998 ""

awk 'BEGIN { for (i = 0; i < 1000000; i++) print (i % 2 ? "; comment" : "")
             print "push 7"; print "print"; print "halt" }' >"$tmp/lines.vm"
runs "1,000,000 lines before the code" "$tmp/lines.vm" 0 7 ""
{ cat "$tmp/lines.vm"; echo "bogus"; } >"$tmp/lines-bad.vm"
rejects "error on line 1,000,004" "$tmp/lines-bad.vm" "unknown instruction 'bogus'"
if one_line ":1000004: error: "; then pass "hostile line number 1000004"; else
    fail "hostile line number 1000004" "stderr: $err"; fi

# 100,000 labels, each jumped to from the one before: the label table grows
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "l%d: jmp l%d\n", i, i + 1
             print "l100000: push 1"; print "print"; print "halt" }' >"$tmp/labels.vm"
COUNT=100003 runs "100,000 labels" "$tmp/labels.vm" 0 1 ""

# lines of 1 MB, made with tr (bash's own string operations are quadratic)
head -c 1048576 /dev/zero | tr '\0' x >"$tmp/mb"
{ echo "push 3"; printf 'print ; '; cat "$tmp/mb"; echo; echo "halt"; } >"$tmp/long-comment.vm"
runs "1 MB comment" "$tmp/long-comment.vm" 0 3 ""
{ echo "push 4"; tr x ' ' <"$tmp/mb"; echo "print"; echo "halt"; } >"$tmp/long-space.vm"
runs "1 MB of blanks" "$tmp/long-space.vm" 0 4 ""
{ printf '    jmp L'; cat "$tmp/mb"; echo; echo "    halt"
  printf 'L'; cat "$tmp/mb"; echo ": push 5"; echo "    print"; echo "    halt"; } >"$tmp/long-label.vm"
runs "1 MB label name" "$tmp/long-label.vm" 0 5 ""
vm --disasm "$tmp/long-label.vm"
cp "$tmp/out" "$tmp/long-label-listing.vm"
vm "$tmp/long-label-listing.vm"
if [ "$rc" = 0 ] && [ "$(cat "$tmp/out")" = 5 ] && [ -z "$(crash)" ]; then
    pass "hostile 1 MB label name, --disasm and back"; else
    fail "hostile 1 MB label name, --disasm and back" "exit $rc" "$err"; fi
{ echo "push 1"; cat "$tmp/mb"; echo; } >"$tmp/long-word.vm"
rejects "1 MB unknown word" "$tmp/long-word.vm" "unknown instruction 'x{40}\.\.\.'$"
{ printf 'push '; tr x 9 <"$tmp/mb"; echo; echo "halt"; } >"$tmp/long-number.vm"
rejects "1 MB number" "$tmp/long-number.vm" "integer '9{40}\.\.\.' does not fit in 64 bits$"
{ printf 'push 1 '; cat "$tmp/mb"; echo; echo "halt"; } >"$tmp/long-operand.vm"
rejects "1 MB extra operand" "$tmp/long-operand.vm" "'push' takes one operand, but has more: 'x{40}\.\.\.'$"

truncate -s 300M "$tmp/huge-file.vm"
vm "$tmp/huge-file.vm"
why=$(crash)
if [ -z "$why" ] && [ "$rc" = 2 ] && one_line "^$(ere "$tmp/huge-file.vm"): error: cannot read the program: larger than 256 MiB$"; then
    pass "hostile 300 MB file"; else fail "hostile 300 MB file" "exit $rc $why" "$err"; fi
# the limit exactly: 256 MiB are read (and rejected for what they hold), one
# byte more is not read at all
truncate -s 256M "$tmp/huge-file.vm"
vm "$tmp/huge-file.vm"
why=$(crash)
if [ -z "$why" ] && [ "$rc" = 2 ] && one_line "^$(ere "$tmp/huge-file.vm"):1: error: invalid character '\\\\x00'$"; then
    pass "hostile file of exactly 256 MiB is read"; else fail "hostile file of exactly 256 MiB is read" "exit $rc $why" "$err"; fi
truncate -s $((256 * 1024 * 1024 + 1)) "$tmp/huge-file.vm"
vm "$tmp/huge-file.vm"
why=$(crash)
if [ -z "$why" ] && [ "$rc" = 2 ] && one_line "^$(ere "$tmp/huge-file.vm"): error: cannot read the program: larger than 256 MiB$"; then
    pass "hostile file of 256 MiB + 1 byte"; else fail "hostile file of 256 MiB + 1 byte" "exit $rc $why" "$err"; fi
rm -f "$tmp/huge-file.vm"

# ---- depth -------------------------------------------------------------------
# rec(n) calls itself n times: the deepest return stack holds n + 1 addresses
rec() {
    printf '    push %d\n    call rec\n    push 1\n    print\n    halt\n' "$1"
    printf 'rec:\n    dup\n    jz done\n    push 1\n    sub\n    call rec\n    ret\ndone:\n    drop\n    ret\n'
}
rec 4095 >"$tmp/rec-4096.vm"
runs "recursion 4096 deep" "$tmp/rec-4096.vm" 0 1 ""
rec 4096 >"$tmp/rec-4097.vm"
runs "recursion 4097 deep" "$tmp/rec-4097.vm" 1 - \
     "return stack overflow: more than 4096 nested calls$"
one_line ":11: runtime error: " && pass "hostile recursion 4097 deep: line" ||
    fail "hostile recursion 4097 deep: line" "expected the call on line 11: $err"

# f0 calls f1 calls ... : the verifier knows every depth
chain() {
    printf '    call f0\n    push 2\n    print\n    halt\n'
    awk -v n="$1" 'BEGIN { for (i = 0; i < n - 1; i++) printf "f%d: call f%d\n    ret\n", i, i + 1
                           printf "f%d: ret\n", n - 1 }'
}
chain 4096 >"$tmp/chain-4096.vm"
runs "4096 nested calls" "$tmp/chain-4096.vm" 0 2 ""
chain 4097 >"$tmp/chain-4097.vm"
rejects "4097 nested calls" "$tmp/chain-4097.vm" "return stack overflow: more than 4096 nested calls here$"

# n straight pushes after a call: the verifier no longer knows the height
fill() {
    printf '    call nothing\n'
    awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) print "    push 9" }'
    printf '    print\n    halt\nnothing:\n    ret\n'
}
fill 4096 >"$tmp/fill-4096.vm"
runs "data stack 4096 deep" "$tmp/fill-4096.vm" 0 9 ""
fill 4097 >"$tmp/fill-4097.vm"
runs "data stack 4097 deep" "$tmp/fill-4097.vm" 1 - \
     "stack overflow: 'push' on a full data stack \(4096 values\)$"
one_line ":4098: runtime error: " && pass "hostile data stack 4097 deep: line" ||
    fail "hostile data stack 4097 deep: line" "expected the push on line 4098: $err"

# ---- limits ------------------------------------------------------------------
cat >"$tmp/limits.vm" <<'EOF'
    push 9223372036854775807
    print
    push -9223372036854775808
    print
    push 0xffffffffffffffff
    print
    push 0x8000000000000000
    print
    push -0x7fffffffffffffff
    print
    push -9223372036854775808
    push -1
    div
    print
    push -9223372036854775808
    push -1
    mod
    print
    push -9223372036854775808
    neg
    print
    push 9223372036854775807
    push 1
    add
    print
    push 4294967296
    dup
    mul
    print
    push 1
    push 64
    shl
    print
    push -9223372036854775808
    push -1
    shr
    print
    push -7
    push 2
    div
    print
    push -7
    push 2
    mod
    print
    push 42
    push 65535
    store
    push 65535
    load
    print
    halt
EOF
runs "integers and addresses at their limits" "$tmp/limits.vm" 0 \
     "$(printf '%s\n' 9223372036854775807 -9223372036854775808 -1 -9223372036854775808 \
        -9223372036854775807 -9223372036854775808 0 -9223372036854775808 \
        -9223372036854775808 0 1 -1 -3 -1 42)" ""
for lit in 9223372036854775808 -9223372036854775809 0x10000000000000000 -0x8000000000000001 \
           99999999999999999999999; do
    printf 'push %s\nhalt\n' "$lit" >"$tmp/lit.vm"
    rejects "literal $lit" "$tmp/lit.vm" "integer '$(ere "$lit")' does not fit in 64 bits$"
done
for addr in -1 65536 -9223372036854775808 9223372036854775807; do
    printf 'push %s\nload\nhalt\n' "$addr" >"$tmp/addr.vm"
    runs "load at $addr" "$tmp/addr.vm" 1 "" \
         "'load' at address $addr, outside memory \(0\.\.65535\)$"
done
printf 'push 1\nprint\nhalt\n' >"$tmp/one.vm"
runs "--max-steps 9223372036854775807" "$tmp/one.vm" 0 1 "" --max-steps 9223372036854775807
COUNT=0 runs "--max-steps 0" "$tmp/one.vm" 1 "" "step limit of 0 instructions exceeded$" --max-steps 0
for bad in 9223372036854775808 -1 99999999999999999999 1e3 ""; do
    vm --max-steps "$bad" "$tmp/one.vm"
    why=$(crash)
    if [ -z "$why" ] && [ "$rc" = 2 ] && [ ! -s "$tmp/out" ] &&
       grep -q "^vm: error: --max-steps needs a non-negative integer" "$tmp/err"; then
        pass "hostile --max-steps '$bad'"
    else
        fail "hostile --max-steps '$bad'" "exit $rc $why" "$err"
    fi
done

# ---- bytes -------------------------------------------------------------------
n=0
for size in 1 7 100 4096 65536 1048576; do
    for seed in 1 2 3; do
        n=$((n + 1))
        "$GEN" --bytes "$size" --seed "$((size * 10 + seed))" >"$tmp/garbage-$n.bin"
        rejects "garbage $size bytes (seed $((size * 10 + seed)))" "$tmp/garbage-$n.bin" ".+"
    done
done
vm -d all - <"$tmp/garbage-9.bin"
if [ -z "$(crash)" ] && [ "$rc" = 2 ] && one_line '^<stdin>:[0-9]+: error: '; then
    pass "hostile garbage on stdin"; else fail "hostile garbage on stdin" "exit $rc" "$err"; fi
# the same bytes through every fuzz target (its own checks, plus no crash)
for t in asm bytecode gen roundtrip hashtab; do
    tool=$BUILD/fuzz/fuzz_$t
    timeout "$LIMIT" "$tool" "$tmp"/garbage-*.bin >"$tmp/out" 2>"$tmp/err.raw"
    rc=$?
    why=$(crash)
    if [ -z "$why" ] && [ "$rc" = 0 ]; then pass "hostile garbage through fuzz_$t"; else
        fail "hostile garbage through fuzz_$t" "exit $rc $why" "$(head -n 20 "$tmp/err.raw")"; fi
done

printf 'push 1\0\nprint\nhalt\n' >"$tmp/nul1.vm"
rejects "NUL in line 1" "$tmp/nul1.vm" "invalid character '\\\\x00'$"
printf 'push 1\nprint\n\0halt\n' >"$tmp/nul3.vm"
rejects "NUL starting line 3" "$tmp/nul3.vm" "invalid character '\\\\x00'$"
one_line ":3: error: " && pass "hostile NUL starting line 3: line" || fail "hostile NUL starting line 3: line" "$err"
printf 'a\0b: push 1\nhalt\n' >"$tmp/nul-label.vm"
rejects "NUL in a label" "$tmp/nul-label.vm" "invalid character '\\\\x00'$"
printf '\0\0\0\0' >"$tmp/nuls.vm"
rejects "only NULs" "$tmp/nuls.vm" "invalid character '\\\\x00'$"
printf 'push 6 ; \0 in a comment\nprint\nhalt\n' >"$tmp/nul-comment.vm"
runs "NUL in a comment (comments may hold any byte)" "$tmp/nul-comment.vm" 0 6 ""
printf 'push 8\nprint\nhalt\n\377\376\n' >"$tmp/ff.vm"
rejects "bytes 0xff 0xfe" "$tmp/ff.vm" "unknown instruction '\\\\xff\\\\xfe'$"

# ---- files -------------------------------------------------------------------
: >"$tmp/empty.vm"
rejects "empty file" "$tmp/empty.vm" "the program has no instructions$"
vm - </dev/null
if [ -z "$(crash)" ] && [ "$rc" = 2 ] && one_line '^<stdin>:1: error: the program has no instructions$'; then
    pass "hostile empty stdin"; else fail "hostile empty stdin" "exit $rc" "$err"; fi
rejects "/dev/null" /dev/null "the program has no instructions$"

# io NAME FILE MESSAGE: "FILE: error: cannot read the program: MESSAGE", exit 2
io() {
    vm -d all "$2"
    local why; why=$(crash)
    if [ -z "$why" ] && [ "$rc" = 2 ] && [ ! -s "$tmp/out" ] &&
       one_line "^$(ere "$2"): error: cannot read the program: $(ere "$3")$"; then
        pass "hostile $1"
    else
        fail "hostile $1" "expected exit 2, '$2: error: cannot read the program: $3'" "exit $rc $why, stderr: $err"
    fi
}
io "missing file" "$tmp/no-such-file.vm" "No such file or directory"
mkdir "$tmp/dir.vm"
io "directory" "$tmp/dir.vm" "Is a directory"
cp "$tmp/one.vm" "$tmp/unreadable.vm"
chmod 000 "$tmp/unreadable.vm"
if [ "$(id -u)" = 0 ]; then
    skip "hostile unreadable file" "running as root, who may read it anyway"
else
    io "unreadable file" "$tmp/unreadable.vm" "Permission denied"
fi

# The program's output cannot be written: say so, exit 2, not 0.
# out_error NAME full|closed VM-ARGS...: stderr must end with the line
# "vm: error: cannot write the output: ..."; before it there may be the
# run's own runtime error line (a trap), nothing else.
out_error() {
    local name=$1 how=$2
    shift 2
    if [ "$how" = full ]; then
        timeout "$LIMIT" "$VM" "$@" >/dev/full 2>"$tmp/err.raw"
    else
        timeout "$LIMIT" "$VM" "$@" >&- 2>"$tmp/err.raw"
    fi
    rc=$?
    cp "$tmp/err.raw" "$tmp/err"
    err=$(<"$tmp/err")
    local why lines
    why=$(crash)
    lines=$(wc -l <"$tmp/err")
    if [ -z "$why" ] && [ "$rc" = 2 ] &&
       tail -n 1 "$tmp/err" | grep -q '^vm: error: cannot write the output: ' &&
       { [ "$lines" = 1 ] || { [ "$lines" = 2 ] && head -n 1 "$tmp/err" | grep -q ': runtime error: '; }; }; then
        pass "hostile $name"
    else
        fail "hostile $name" "expected exit 2 and 'vm: error: cannot write the output: ...'" \
             "exit $rc $why, stderr: $err"
    fi
}
if [ -w /dev/full ]; then
    out_error "output to /dev/full" full "$tmp/one.vm"
    out_error "output to /dev/full, -d all" full -d all "$tmp/one.vm"
    out_error "output to /dev/full, then a trap" full --max-steps 3 "$tmp/limits.vm"
else
    skip "hostile output to /dev/full" "no writable /dev/full"
fi
out_error "output to a closed stdout" closed "$tmp/one.vm"

# ---- output that fails for good, signals -------------------------------------
# An endless print loop: without a step limit, only a failing output or a
# signal ends it.
printf 'loop:\n    push 1\n    print\n    jmp loop\n' >"$tmp/print-loop.vm"
# out_fails NAME WANT-MESSAGE HOW: on every dispatcher and -d all, the loop
# stops (exit 2, one line "vm: error: cannot write the output: MESSAGE"),
# and every dispatcher executed the same number of instructions.
out_fails() {
    local name=$1 msg=$2 how=$3 d why counts=() bad=0
    for d in "${dispatchers[@]}" all; do
        case $how in
            full)    timeout "$LIMIT" "$VM" -d "$d" --stats "$tmp/print-loop.vm" >/dev/full 2>"$tmp/err.raw"
                     rc=$? ;;
            epipe)   # SIGPIPE ignored (as by Python's subprocess): write gives EPIPE
                     (trap '' PIPE; timeout "$LIMIT" "$VM" -d "$d" --stats "$tmp/print-loop.vm" 2>"$tmp/err.raw" |
                      head -c 1000 >/dev/null; exit "${PIPESTATUS[0]}")
                     rc=$? ;;
        esac
        grep -v -e '^stats: ' -e '^vm: note: skipping dispatcher' "$tmp/err.raw" >"$tmp/err"
        err=$(head -c 2000 "$tmp/err")
        why=$(crash)
        if [ -n "$why" ] || [ "$rc" != 2 ] || ! one_line "^vm: error: cannot write the output: $msg\$"; then
            fail "hostile $name @$d" "expected exit 2 and 'vm: error: cannot write the output: $msg'" "exit $rc $why, stderr: $err"
            bad=1
        fi
        [ "$d" = all ] || counts+=("$(sed -n 's/^stats: [a-z_]*: \([0-9]*\) instructions.*/\1/p' "$tmp/err.raw")")
    done
    if [ "$(printf '%s\n' "${counts[@]}" | sort -u | wc -l)" != 1 ] || [ -z "${counts[0]}" ]; then
        fail "hostile $name: the same instruction count everywhere" "counts: ${counts[*]}"
        bad=1
    fi
    [ $bad = 1 ] || pass "hostile $name (${#dispatchers[@]} dispatchers and -d all stop after ${counts[0]} instructions)"
}
if [ -w /dev/full ]; then
    out_fails "endless print loop into /dev/full" "No space left on device" full
else
    skip "hostile endless print loop into /dev/full" "no writable /dev/full"
fi
out_fails "endless print loop into a closed pipe, SIGPIPE ignored" "Broken pipe" epipe
# SIGPIPE not ignored: the vm dies of it, like cat (docs/reliability.md)
timeout "$LIMIT" "$VM" "$tmp/print-loop.vm" 2>"$tmp/err" | head -c 10 >/dev/null
rc=${PIPESTATUS[0]}
if [ "$rc" = $((128 + $(kill -l PIPE))) ] && [ ! -s "$tmp/err" ]; then
    pass "hostile endless print loop into a closed pipe: SIGPIPE"; else
    fail "hostile endless print loop into a closed pipe: SIGPIPE" "exit $rc (expected $((128 + $(kill -l PIPE))))" "$(head -c 300 "$tmp/err")"; fi

# Interrupted: what was printed is there, and the exit status is the
# signal's.  timeout sends the signal twice (to the vm and to its process
# group), which must not cut the writing short.
# (the loop squares and adds 1, x*x+1 modulo 2^64, until 0, which never
# comes: -1 is no square modulo 4; a loop that only counts, jmp loop, the
# C compiler of dispatch/compiled runs to the step limit in closed form)
printf '    push 4711\n    print\n    push 42\n    print\n    push 1\nloop:\n    dup\n    mul\n    push 1\n    add\n    dup\n    jnz loop\n    halt\n' >"$tmp/print-then-loop.vm"
printf '    push 0\nloop:\n    dup\n    print\n    push 1\n    add\n    jmp loop\n' >"$tmp/count-loop.vm"
# ignored SIG: was SIG ignored when this shell started?  (A process keeps
# such a signal ignored, the vm too; bash's background jobs get SIGINT so.)
ignored() {
    local mask
    mask=$(sed -n 's/^SigIgn:[[:space:]]*//p' /proc/$BASHPID/status 2>/dev/null)
    [ -n "$mask" ] && (( (16#$mask >> ($(kill -l "$1") - 1)) & 1 ))
}
# settle D FILE: how long to let `-d D FILE` run before the signal (into
# $wait): three times what loading, preparing and 100,000 steps take there
# (a dispatcher that compiles the program runs a compiler first), plus
# 50 ms.
declare -A settled=()
settle() {
    local key="$1 $2" t0 t1
    if [ -z "${settled[$key]:-}" ]; then
        t0=$(date +%s%N)
        "$VM" -d "$1" --max-steps 100000 "$2" >/dev/null 2>&1
        t1=$(date +%s%N)
        settled[$key]=$(( 3 * (t1 - t0) / 1000000 + 50 ))
    fi
    wait=$(printf '%d.%03d' $((settled[$key] / 1000)) $((settled[$key] % 1000)))
}
for sig in INT TERM HUP; do
    want_rc=$((128 + $(kill -l "$sig")))
    if ignored "$sig"; then
        skip "hostile SIG$sig" "SIG$sig is ignored in this shell, and so in the vm"
        continue
    fi
    bad=0
    for d in "${dispatchers[@]}" all; do
        settle "$d" "$tmp/print-then-loop.vm"
        timeout -k 10 --preserve-status -s "$sig" "$wait" "$VM" -d "$d" "$tmp/print-then-loop.vm" >"$tmp/out" 2>"$tmp/err"
        rc=$?
        if [ "$rc" != "$want_rc" ] || [ "$(cat "$tmp/out")" != "$(printf '4711\n42')" ] || [ -s "$tmp/err" ]; then
            fail "hostile SIG$sig keeps the output @$d" "exit $rc (expected $want_rc), stdout '$(head -c 100 "$tmp/out")'" \
                 "stderr: $(head -c 300 "$tmp/err")"
            bad=1
        fi
    done
    [ $bad = 1 ] || pass "hostile SIG$sig keeps the output (${#dispatchers[@]} dispatchers and -d all)"
    # in the middle of printing: complete lines 0, 1, 2, ..., none twice
    # (the print path and the handler are the same for every dispatcher and
    # signal: every dispatcher with SIGINT, the first and -d all with the others)
    bad=0
    some=("${dispatchers[@]}")
    [ "$sig" = INT ] || some=("${dispatchers[0]}")
    for d in "${some[@]}" all; do
        settle "$d" "$tmp/count-loop.vm"
        timeout -k 10 --preserve-status -s "$sig" "$wait" "$VM" -d "$d" "$tmp/count-loop.vm" 2>"$tmp/err" | cat >"$tmp/out"
        rc=${PIPESTATUS[0]}
        check=$(awk '$0 != NR - 1 { bad++ } END { print NR, bad + 0 }' "$tmp/out")
        if [ "$rc" != "$want_rc" ] || [ "${check#* }" != 0 ] || [ "${check% *}" -lt 1000 ] ||
           [ -n "$(tail -c 1 "$tmp/out")" ] || [ -s "$tmp/err" ]; then
            fail "hostile SIG$sig in a print loop @$d" "exit $rc (expected $want_rc); lines, lines out of order: $check" \
                 "stderr: $(head -c 300 "$tmp/err")"
            bad=1
        fi
    done
    [ $bad = 1 ] || pass "hostile SIG$sig in a print loop: complete lines, none lost or twice (${some[*]} and -d all)"
done
# An ignored signal stays ignored (nohup): SIGHUP does nothing, SIGTERM ends it.
(trap '' HUP; exec "$VM" "$tmp/print-then-loop.vm" >"$tmp/out" 2>"$tmp/err") &
pid=$!
sleep 0.5
kill -HUP "$pid" 2>/dev/null
sleep 0.3
if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid"
    rc=$?
    if [ "$rc" = $((128 + $(kill -l TERM))) ] && [ "$(cat "$tmp/out")" = "$(printf '4711\n42')" ]; then
        pass "hostile SIGHUP ignored stays ignored"; else
        fail "hostile SIGHUP ignored stays ignored" "exit $rc after SIGTERM, stdout '$(head -c 100 "$tmp/out")'"; fi
else
    wait "$pid"
    fail "hostile SIGHUP ignored stays ignored" "the vm ended on SIGHUP (exit $?)"
fi
# A reader that takes nothing: the interrupted vm gives up writing after a
# second (vm/output.c) instead of living on.
fifo=$tmp/fifo
mkfifo "$fifo"
sleep 30 <"$fifo" &
reader=$!
"$VM" "$tmp/count-loop.vm" >"$fifo" 2>/dev/null &
pid=$!
sleep 0.5
start=$(date +%s%N)
kill -TERM "$pid"
wait "$pid"
rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
kill "$reader" 2>/dev/null
wait "$reader" 2>/dev/null
if [ "$rc" = $((128 + $(kill -l TERM))) ] && [ "$ms" -lt 10000 ]; then
    pass "hostile SIGTERM with a stuck reader ends the vm ($ms ms)"; else
    fail "hostile SIGTERM with a stuck reader ends the vm" "exit $rc after $ms ms"; fi
exit 0

#!/usr/bin/env bash
# The build/vm command line (vm/main.c): --list, -h, bad usage, --stats,
# --max-steps forms, -d all, buffered output, output that cannot be
# written (for every command), and file names and option values in
# messages (escaped, one line).
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# vm_run ARGS...: sets rc, out, err (without final newlines).
vm_run() {
    "$VM" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    out=$(<"$tmp/out")
    err=$(<"$tmp/err")
}

lecture=tests/programs/real/lecture.vm          # prints 4753, 5 instructions
printf 'push 1\nprint\npush 0\npush 0\ndiv\nhalt\n' >"$tmp/trap.vm"
printf 'push 1\nbogus\nhalt\n' >"$tmp/bad.vm"

# ---- --list -------------------------------------------------------------------
vm_run --list
if [ "$rc" = 0 ] && [ -z "$err" ] && [ -n "$out" ]; then pass "cli --list exit 0"; else
    fail "cli --list exit 0" "exit $rc, stderr '$err'"; fi
names=()
ok=1
while IFS= read -r line; do
    if [[ $line =~ ^([a-z][a-z0-9_]*)\ +[^\ ] ]]; then
        names+=("${BASH_REMATCH[1]}")
    else
        ok=0
        fail "cli --list format" "line is not 'NAME  description': '$line'"
    fi
done <<<"$out"
[ $ok = 1 ] && pass "cli --list format"
if [ "${names[0]:-}" = switch ]; then pass "cli --list switch first"; else
    fail "cli --list switch first" "first is '${names[0]:-}'"; fi
if [ "$(printf '%s\n' "${names[@]}" | sort | uniq -d)" = "" ]; then pass "cli --list unique"; else
    fail "cli --list unique" "a name appears twice"; fi
# Every dispatcher folder is listed (the build discovers dispatch/NAME/*.c).
for dir in dispatch/*/; do
    d=$(basename "$dir")
    compgen -G "dispatch/$d/*.c" >/dev/null || continue
    if printf '%s\n' "${names[@]}" | grep -qx "$d"; then pass "cli --list has $d"; else
        fail "cli --list has $d" "dispatch/$d/ is not in --list (stale build?)"; fi
done
# Each listed dispatcher runs a program by name (or says why it cannot).
list=$out
for d in "${names[@]}"; do
    if grep -q "^$d .*\[unavailable here:" <<<"$list"; then
        vm_run -d "$d" "$lecture"
        if [ "$rc" = 2 ] && [[ $err == *"dispatcher '$d' is not available here"* ]]; then
            pass "cli -d $d (unavailable)"; else fail "cli -d $d (unavailable)" "exit $rc, stderr '$err'"; fi
    else
        vm_run -d "$d" "$lecture"
        if [ "$rc" = 0 ] && [ "$out" = 4753 ] && [ -z "$err" ]; then pass "cli -d $d"; else
            fail "cli -d $d" "exit $rc, stdout '$out', stderr '$err'"; fi
    fi
done

# ---- -h ---------------------------------------------------------------------------
for h in -h --help; do
    vm_run "$h"
    if [ "$rc" = 0 ] && [ -z "$err" ] && [ -n "$out" ]; then pass "cli $h"; else
        fail "cli $h" "exit $rc (expected 0), stderr '$err'"; fi
    for opt in -d --dispatch --list --disasm --stats --max-steps -h --help; do
        if grep -q -- "$opt\b" <<<"$out"; then pass "cli $h mentions $opt"; else
            fail "cli $h mentions $opt" "not in the help text"; fi
    done
done

# ---- bad usage: exit 2, one line on stderr, nothing on stdout --------------------
usage_re="^vm: error: .* \\(vm -h explains the options\\)\$"
usage_error() {  # NAME PATTERN ARGS...
    local name=$1 pat=$2
    shift 2
    vm_run "$@"
    if [ "$rc" = 2 ] && [ -z "$out" ] && [[ $err == *"$pat"* ]] && [ "$(wc -l <"$tmp/err")" = 1 ] &&
       [[ $err =~ $usage_re ]]; then
        pass "cli usage $name"
    else
        fail "cli usage $name" "exit $rc (expected 2); stderr must be one line 'vm: error: ... (vm -h explains the options)'" \
             "containing '$pat'" "stderr: $err" "stdout '${out:0:100}'"
    fi
}
usage_error unknown-option "unknown option '--bogus'" --bogus "$lecture"
usage_error unknown-short "unknown option '-x'" -x "$lecture"
usage_error unknown-dispatcher "unknown dispatcher 'nosuch'" -d nosuch "$lecture"
usage_error unknown-dispatcher-eq "unknown dispatcher 'nosuch'" --dispatch=nosuch "$lecture"
usage_error d-without-name "needs a dispatcher name" "$lecture" -d
usage_error no-program "no program given"
usage_error no-program-stats "no program given" --stats -d switch
usage_error two-programs "more than one program" "$lecture" "$lecture"
usage_error max-steps-missing "--max-steps needs a number" "$lecture" --max-steps
for v in -1 -0 abc 1x "" +5 " 5" "5 " 0x10 1e3 99999999999999999999 9223372036854775808; do
    usage_error "max-steps '$v'" "--max-steps needs a non-negative integer, not '$v'" --max-steps "$v" "$lecture"
done
# every kind of white space, before and after, shown escaped (strtoll would
# skip the leading ones)
for c in 09 0a 0b 0c 0d; do
    v=$(printf "\\x$c.")
    v=${v%.}                                 # $(...) would drop a newline
    usage_error "max-steps '\\x${c}5'" "--max-steps needs a non-negative integer, not '\\x${c}5'" \
        --max-steps "${v}5" "$lecture"
    usage_error "max-steps='\\x${c}5'" "--max-steps needs a non-negative integer, not '\\x${c}5'" \
        "--max-steps=${v}5" "$lecture"
    usage_error "max-steps '5\\x${c}'" "--max-steps needs a non-negative integer, not '5\\x${c}'" \
        --max-steps "5${v}" "$lecture"
done
usage_error "max-steps=abc" "--max-steps needs a non-negative integer, not 'abc'" --max-steps=abc "$lecture"
usage_error "max-steps=" "--max-steps needs a non-negative integer, not ''" --max-steps= "$lecture"

# ---- what the command line echoes is escaped --------------------------------------
# Option values: like a word of a program (isa/quote.h): \xNN for every byte
# that is not printable ASCII, and for ' and \; cut after 40 bytes.
usage_error "escaped option" "unknown option '--a\\x1b[2Jb\\x0ac'" "$(printf -- '--a\033[2Jb\nc')" "$lecture"
usage_error "escaped dispatcher" "unknown dispatcher 'x\\x0ay\\x27z\\x5c'" -d "$(printf "x\\ny'z\\\\")" "$lecture"
usage_error "escaped second program" "more than one program given ('b\\x07\\xc3\\xa9')" \
    "$lecture" "$(printf 'b\a\303\251')"
long=$(printf 'y%.0s' $(seq 100))
usage_error "long option cut" "unknown option '--$(printf 'y%.0s' $(seq 38))...'" "--$long" "$lecture"
# File names, in every message that names the file: escaped in full.
weird=$(printf '%s/we\tird\033[31m\\ it'"'"'s \303\251' "$tmp")
shown="$tmp/we\x09ird\x1b[31m\x5c it\x27s \xc3\xa9"
nl=$(printf '%s/new\nline.vm' "$tmp")
nl_shown="$tmp/new\x0aline.vm"
one_error() {  # NAME WANT-RC WANT-STDERR ARGS...: exactly one line on stderr
    local name=$1 want_rc=$2 want=$3
    shift 3
    vm_run "$@"
    if [ "$rc" = "$want_rc" ] && [ "$err" = "$want" ] && [ "$(wc -l <"$tmp/err")" = 1 ]; then
        pass "cli $name"; else fail "cli $name" "exit $rc (expected $want_rc)" "expected: $want" "stderr:   $err"; fi
}
one_error "missing file, escaped name" 2 "$shown: error: cannot read the program: No such file or directory" "$weird"
one_error "missing file, newline in its name" 2 "$nl_shown: error: cannot read the program: No such file or directory" "$nl"
printf 'push 1\nbogus\n' >"$weird"
one_error "load error, escaped name" 2 "$shown:2: error: unknown instruction 'bogus'" "$weird"
one_error "load error, -d all, escaped name" 2 "$shown:2: error: unknown instruction 'bogus'" -d all "$weird"
cp "$tmp/trap.vm" "$nl"
vm_run "$nl"
if [ "$rc" = 1 ] && [ "$out" = 1 ] && [ "$err" = "$nl_shown:5: runtime error: division by zero" ]; then
    pass "cli runtime error, newline in the name"; else fail "cli runtime error, newline in the name" "exit $rc, stderr '$err'"; fi
# --disasm names the file in a comment: still one line, and it reassembles
vm_run --disasm "$nl"
if [ "$rc" = 0 ] && [ "$(head -n 1 <<<"$out")" = "; $nl_shown: 6 instructions, 30 bytes of bytecode" ] &&
   "$VM" --disasm - <<<"$out" >/dev/null 2>&1; then
    pass "cli --disasm header, newline in the name"
else
    fail "cli --disasm header, newline in the name" "exit $rc" "$(head -n 3 <<<"$out")"
fi

# ---- output that cannot be written: exit 2, one line, for every command ------------
# (the file tests/suites/71-hostile.sh checks runs that print much, too)
unwritable() {  # NAME full|closed ARGS...
    local name=$1 how=$2 want
    shift 2
    if [ "$how" = full ]; then
        "$VM" "$@" >/dev/full 2>"$tmp/err"
        rc=$?
        want="vm: error: cannot write the output: No space left on device"
    else
        "$VM" "$@" >&- 2>"$tmp/err"
        rc=$?
        want="vm: error: cannot write the output: Bad file descriptor"
    fi
    err=$(<"$tmp/err")
    if [ "$rc" = 2 ] && [ "$err" = "$want" ]; then pass "cli unwritable output ($how): $name"; else
        fail "cli unwritable output ($how): $name" "exit $rc (expected 2)" "expected: $want" "stderr:   $err"; fi
}
for how in full closed; do
    [ $how = full ] && [ ! -w /dev/full ] && { skip "cli unwritable output (full)" "no /dev/full"; continue; }
    unwritable --list $how --list
    unwritable -h $how -h
    unwritable --help $how --help
    unwritable --disasm $how --disasm "$lecture"
    unwritable run $how "$lecture"
    unwritable "-d all" $how -d all "$lecture"
    for d in "${names[@]}"; do
        grep -q "^$d .*\[unavailable here:" < <("$VM" --list) || unwritable "-d $d" $how -d "$d" "$lecture"
    done
done

# ---- good usage in other spellings -------------------------------------------------
good() {  # NAME RC STDOUT ARGS...
    local name=$1 want_rc=$2 want_out=$3
    shift 3
    vm_run "$@"
    if [ "$rc" = "$want_rc" ] && [ "$out" = "$want_out" ]; then pass "cli $name"; else
        fail "cli $name" "exit $rc (expected $want_rc), stdout '$out', stderr '$err'"; fi
}
good max-steps-eq-exact 0 4753 --max-steps=5 "$lecture"
good max-steps-eq-short 1 4753 --max-steps=4 "$lecture"
good max-steps-largest 0 4753 --max-steps 9223372036854775807 "$lecture"
good dispatch-eq 0 4753 --dispatch=token "$lecture"
good dispatch-long 0 4753 --dispatch direct "$lecture"
good options-after-file 0 4753 "$lecture" -d token --max-steps 5

# ---- --stats ----------------------------------------------------------------------
stats_re='^stats: ([a-z][a-z0-9_]*): ([0-9]+) instructions executed, run [0-9]+\.[0-9]{3} ms \([0-9]+\.[0-9]{2} ns per instruction\), prepare [0-9]+\.[0-9]{3} ms$'
vm_run --stats "$lecture"
if [ "$rc" = 0 ] && [ "$out" = 4753 ] && [[ $err =~ $stats_re ]] && [ "${BASH_REMATCH[1]}" = "${names[0]}" ] &&
   [ "${BASH_REMATCH[2]}" = 5 ]; then
    pass "cli --stats"
else
    fail "cli --stats" "exit $rc, stdout '$out'; stderr must be one line like" \
         "stats: ${names[0]}: 5 instructions executed, run X ms (Y ns per instruction), prepare Z ms" "got: $err"
fi
vm_run --stats "$tmp/trap.vm"
if [ "$rc" = 1 ] && [[ $(head -n 1 <<<"$err") =~ $stats_re ]] && [ "${BASH_REMATCH[2]}" = 5 ] &&
   [ "$(tail -n 1 <<<"$err")" = "$tmp/trap.vm:5: runtime error: division by zero" ]; then
    pass "cli --stats with a trap"
else
    fail "cli --stats with a trap" "exit $rc; stderr: $err"
fi
vm_run --stats "$tmp/bad.vm"
if [ "$rc" = 2 ] && [ "$err" = "$tmp/bad.vm:2: error: unknown instruction 'bogus'" ]; then
    pass "cli --stats with a load error (no stats line)"
else
    fail "cli --stats with a load error (no stats line)" "exit $rc; stderr: $err"
fi
# -d all --stats: one line per available dispatcher, in --list order, same count.
vm_run -d all --stats "$lecture"
available=()
for d in "${names[@]}"; do grep -q "^$d .*\[unavailable here:" < <("$VM" --list) || available+=("$d"); done
got=()
while IFS= read -r l; do
    [[ $l =~ $stats_re ]] && [ "${BASH_REMATCH[2]}" = 5 ] && got+=("${BASH_REMATCH[1]}")
done <<<"$err"
if [ "$rc" = 0 ] && [ "$out" = 4753 ] && [ "${got[*]}" = "${available[*]}" ]; then
    pass "cli -d all --stats"
else
    fail "cli -d all --stats" "exit $rc, stdout '$out'" "expected 5 instructions on: ${available[*]}" "stderr: $err"
fi

# ---- -d all: the exit status of the program, never 3 (disagreement) ---------------
good all-halt 0 4753 -d all "$lecture"
vm_run -d all "$tmp/trap.vm"
if [ "$rc" = 1 ] && [ "$out" = 1 ] &&
   [ "$(grep -v ': note: skipping' <<<"$err")" = "$tmp/trap.vm:5: runtime error: division by zero" ]; then
    pass "cli -d all trap"; else fail "cli -d all trap" "exit $rc (expected 1), stdout '$out', stderr '$err'"; fi
vm_run -d all "$tmp/bad.vm"
if [ "$rc" = 2 ] && [ -z "$out" ] && [ "$err" = "$tmp/bad.vm:2: error: unknown instruction 'bogus'" ]; then
    pass "cli -d all load error"; else fail "cli -d all load error" "exit $rc (expected 2), stderr '$err'"; fi
good all-max-steps 1 4753 -d all --max-steps 4 "$lecture"

# ---- output: buffered, complete, in order --------------------------------------------
cat >"$tmp/count.vm" <<'EOF'
    push 1
loop:
    dup
    print
    push 1
    add
    dup
    push 100001
    lt
    jnz loop
    halt
EOF
start=$(date +%s)
"$VM" "$tmp/count.vm" >"$tmp/out" 2>"$tmp/err"
rc=$?
secs=$(( $(date +%s) - start ))
summary=$(awk '{ n++; s += $1; if ($1 != n) bad++ } END { printf "%d %.0f %d", n, s, bad }' "$tmp/out")
if [ "$rc" = 0 ] && [ "$summary" = "100000 5000050000 0" ] && [ ! -s "$tmp/err" ]; then
    pass "cli 100000 prints"
else
    fail "cli 100000 prints" "exit $rc; lines, sum, out of order: $summary (expected 100000 5000050000 0)"
fi
if [ "$secs" -le 10 ]; then pass "cli 100000 prints quickly"; else
    fail "cli 100000 prints quickly" "took $secs s"; fi
# The same through a pipe, on every dispatcher at once.
n=$("$VM" -d all "$tmp/count.vm" 2>/dev/null | wc -l)
if [ "$n" = 100000 ]; then pass "cli -d all prints once"; else fail "cli -d all prints once" "$n lines"; fi
# Output printed before a trap comes before the error, even into one file.
printf 'push 1\nprint\npush 2\nprint\npush 0\njz x\npush 9\nx: drop\nhalt\n' >"$tmp/order.vm"
"$VM" "$tmp/order.vm" >"$tmp/both" 2>&1
want="1
2
$tmp/order.vm:8: runtime error: stack underflow: 'drop' needs 1 value, the stack holds 0"
if [ "$(cat "$tmp/both")" = "$want" ]; then pass "cli output before error"; else
    fail "cli output before error" "stdout and stderr into one file:" "$(cat "$tmp/both")"; fi
# Few write(2) calls: one per 64 KiB, not one per print.
if command -v strace >/dev/null 2>&1 && strace -o /dev/null true >/dev/null 2>&1; then
    for d in "${available[@]}"; do
        strace -f -e trace=write -o "$tmp/trace" "$VM" -d "$d" "$tmp/count.vm" >/dev/null 2>&1
        w=$(grep -c '^[0-9 ]*write(1,' "$tmp/trace")
        # 588895 bytes of output: about 9 writes of 64 KiB
        if [ "$w" -ge 1 ] && [ "$w" -le 100 ]; then pass "cli buffered output @$d ($w writes)"; else
            fail "cli buffered output @$d" "$w write calls to stdout for 100000 prints"; fi
    done
else
    skip "cli buffered output" "strace is not available"
fi
exit 0

#!/usr/bin/env bash
# The benchmark harness (bench/, docs/measuring.md) runs and refuses wrong
# results.  Not a timing test: no figure it measures is judged here.
#
#  - every workload runs on every dispatcher (and the real programs
#    natively) with the expected output and the same instruction count;
#  - a wrong expected output, a trapping program and a NOP-ladder rung of
#    the wrong shape are errors, not numbers;
#  - the generated workloads are deterministic;
#  - the native baselines still recurse (the compiler did not turn the
#    recursion into loops);
#  - a tiny timed run writes its CSV, a well-formed summary.json and
#    report.md, and takes the static figure from the extractor's output.
set -u
. "$ROOT/tests/lib.sh"

drv=$BUILD/bench/driver
gen=$BUILD/bench/programs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$drv" ] || [ ! -f "$gen/mix.vm" ]; then
    fail "bench driver built" "$drv or $gen/mix.vm is missing (make test builds them)"
    exit 0
fi
dirs=(--programs "$gen" --programs "$ROOT/bench/programs")

# ---- every workload on every dispatcher ----------------------------------
"$drv" --check "${dirs[@]}" >"$tmp/check" 2>&1
rc=$?
available=$("$VM" --list | grep -v 'unavailable here' | awk '{ print $1 }')
nwork=$("$drv" --list | grep -c '^workload ')
if [ $rc -ne 0 ]; then
    fail "bench --check: every workload is right on every dispatcher" "exit status $rc" "$(tail -5 "$tmp/check")"
elif [ "$(grep -c '^check ' "$tmp/check")" -ne "$nwork" ]; then
    fail "bench --check: every workload is right on every dispatcher" "expected $nwork workloads" "$(cat "$tmp/check")"
else
    missing=
    while read -r _ name count _; do
        ran=$(grep "^check $name " "$tmp/check" | sed 's/.*output ok on//')
        for d in $available; do
            case " $ran " in *" $d "*) ;; *) missing="$missing $name/$d" ;; esac
        done
        [ "$count" -gt 0 ] 2>/dev/null || missing="$missing $name(count)"
    done <"$tmp/check"
    for p in fib sieve matmul bubble collatz hanoi; do
        grep -q "^check $p .* native$" "$tmp/check" || missing="$missing $p/native"
    done
    if [ -z "$missing" ]; then
        pass "bench --check: $nwork workloads right on every dispatcher and natively, same counts"
    else
        fail "bench --check: every workload is right on every dispatcher" "not checked:$missing"
    fi
fi

# ---- wrong results are errors ------------------------------------------------
mkdir "$tmp/bad"
cp "$ROOT"/bench/programs/*.vm "$ROOT"/bench/programs/*.expected "$tmp/bad/"
echo 196419 >"$tmp/bad/fib.expected"
if "$drv" --check --only fib --programs "$tmp/bad" >"$tmp/out" 2>&1; then
    fail "a wrong output is an error" "the driver accepted fib printing 196418 where 196419 is expected"
elif grep -q "fib on switch: wrong output" "$tmp/out"; then
    pass "a wrong output is an error"
else
    fail "a wrong output is an error" "unexpected message" "$(cat "$tmp/out")"
fi

cp "$ROOT/bench/programs/fib.expected" "$tmp/bad/"
printf 'push 1\npush 0\ndiv\nprint\nhalt\n' >"$tmp/bad/sieve.vm"
if "$drv" --check --only sieve --programs "$tmp/bad" >"$tmp/out" 2>&1; then
    fail "a trap is an error" "the driver accepted a program that divides by zero"
elif grep -q "sieve on switch: did not halt normally" "$tmp/out"; then
    pass "a trap is an error"
else
    fail "a trap is an error" "unexpected message" "$(cat "$tmp/out")"
fi

# A ladder rung with an extra nop runs fine, but is not the rung its name
# says: the slope would be wrong, so the harness refuses it.
sed 's/^loop:$/loop:\n        nop/' "$gen/nop-04.vm" >"$tmp/bad/nop-04.vm"
cp "$gen/nop-04.expected" "$tmp/bad/"
if "$drv" --check --only nop-04 --programs "$tmp/bad" >"$tmp/out" 2>&1; then
    fail "a NOP-ladder rung of the wrong shape is an error" "accepted 5 nops as nop-04"
elif grep -q "ladder rung with 4 nops" "$tmp/out"; then
    pass "a NOP-ladder rung of the wrong shape is an error"
else
    fail "a NOP-ladder rung of the wrong shape is an error" "unexpected message" "$(cat "$tmp/out")"
fi

# ---- generated workloads are deterministic -----------------------------------
mkdir "$tmp/gen"
awk -v out="$tmp/gen" -f "$ROOT/bench/programs/gen-mix.awk"
sh "$ROOT/bench/programs/gen-ladder.sh" 16 "$tmp/gen"
if cmp -s "$tmp/gen/mix.vm" "$gen/mix.vm" && cmp -s "$tmp/gen/mix.expected" "$gen/mix.expected" &&
   cmp -s "$tmp/gen/nop-16.vm" "$gen/nop-16.vm"; then
    pass "the generated workloads are the same every time"
else
    fail "the generated workloads are the same every time" "gen-mix.awk or gen-ladder.sh wrote something else"
fi
# The mix must be a mix: many different opcodes, no long runs of one.
longest=$(awk '/^loop:/ { on = 1; next } /^ *push 1$/ && on > 1000 { exit }
               on { on++; op = $1; run = op == prev ? run + 1 : 1; if (run > max) max = run; prev = op; seen[op] = 1 }
               END { n = 0; for (o in seen) n++; print n, max }' "$gen/mix.vm")
if [ "${longest% *}" -ge 12 ] && [ "${longest#* }" -le 8 ]; then
    pass "the mix uses ${longest% *} opcodes in random order (longest run ${longest#* })"
else
    fail "the mix is a mix" "opcodes used, longest run of one: $longest"
fi

# ---- native baselines keep their recursion -----------------------------------
obj=$BUILD/bench/native/programs.o
if ! command -v objdump >/dev/null 2>&1; then
    skip "native fib and hanoi recurse" "objdump is not installed"
elif [ -f "$obj" ]; then
    calls=$(objdump -d --no-show-raw-insn "$obj" | awk '
        /^[0-9a-f]+ <[^>]+>:$/ { fn = $2; gsub(/[<>:]/, "", fn) }
        /\tcall / && fn != "" { t = $NF; gsub(/[<>]/, "", t); if (t == fn) self[fn]++ }
        END { print self["fib"] + 0, self["hanoi"] + 0 }')
    if [ "$calls" = "2 2" ]; then
        pass "native fib and hanoi keep both recursive calls"
    else
        fail "native fib and hanoi keep both recursive calls" "self-calls in fib, hanoi: $calls (want 2 2)"
    fi
else
    fail "native fib and hanoi recurse" "$obj is missing"
fi

# ---- a tiny timed run writes its files -----------------------------------------
mkdir "$tmp/res" "$tmp/static"
printf '10\tmovzbl (%%rsi),%%eax\n14\tjmp *%%rax\n' >"$tmp/static/switch.txt"
echo "cannot find the nop handler" >"$tmp/static/token.err"
if "$drv" "${dirs[@]}" --rounds 2 --min-sample-ms 1 --only nop-00,nop-02,mix,fib \
        --static "$tmp/static" --out "$tmp/res" --no-plots "test" >"$tmp/out" 2>&1; then
    pass "a tiny timed run succeeds"
else
    fail "a tiny timed run succeeds" "exit status $?" "$(tail -5 "$tmp/out")"
fi
ndisp=$(echo "$available" | wc -w)
want=$((1 + 2 * (3 * ndisp + ndisp + 1)))      # header + 2 rounds x (3 workloads x dispatchers + fib natively)
rows=$(wc -l <"$tmp/res/samples.csv" 2>/dev/null || echo 0)
[ "$rows" -eq "$want" ] && pass "samples.csv has one row per sample ($((want - 1)))" \
    || fail "samples.csv has one row per sample" "$rows lines, want $want"

# summary.json: balanced outside strings, and the keys docs/measuring.md promises
json=$tmp/res/summary.json
shape=$(awk 'BEGIN { RS = "\001" } {
        depth = 0; bad = 0; instr = 0
        for (i = 1; i <= length($0); i++) {
            c = substr($0, i, 1)
            if (instr) { if (c == "\\") i++; else if (c == "\"") instr = 0; continue }
            if (c == "\"") instr = 1
            else if (c == "{" || c == "[") depth++
            else if (c == "}" || c == "]") { depth--; if (depth < 0) bad = 1 }
        }
        print (bad || depth || instr) ? "unbalanced" : "balanced" }' "$json" 2>/dev/null)
keys_missing=
for k in cpu_model cores kernel compiler version flags date dispatchers name dispatch_instructions \
         nop_ns_per_dispatch nop_fit_r2 workloads vm_instructions ns_per_vm_instruction slowdown_vs_native; do
    grep -q "\"$k\":" "$json" 2>/dev/null || keys_missing="$keys_missing $k"
done
if [ "$shape" = balanced ] && [ -z "$keys_missing" ]; then
    pass "summary.json is well-formed and has every promised key"
else
    fail "summary.json is well-formed and has every promised key" "structure: $shape; missing:$keys_missing"
fi
# the static figure comes from the extractor's output: 2 lines for switch, n/a for token
if grep -A3 '"name": "switch"' "$json" | grep -q '"dispatch_instructions": 2,' &&
   grep -A3 '"name": "token"' "$json" | grep -q '"dispatch_instructions": null,'; then
    pass "the static figure is the extractor's line count (or null)"
else
    fail "the static figure is the extractor's line count (or null)" "$(grep -A4 '"name": "s' "$json" | head -12)"
fi
if grep -q '^| fib |' "$tmp/res/report.md" 2>/dev/null && grep -q 'No plots: test' "$tmp/res/report.md"; then
    pass "report.md has the tables and says why there are no plots"
else
    fail "report.md has the tables and says why there are no plots" "$(head -20 "$tmp/res/report.md" 2>&1)"
fi

# ---- peers: another interpreter as a process, its output checked -------------
# A stand-in for lua5.4 that "runs" a script by printing it REPS times, and
# a PATH with nothing else: luajit and python3 are then skipped with a note.
mkdir -p "$tmp/bin" "$tmp/peers"
printf '%s\n' '#!/bin/sh' 'i=0' 'while [ "$i" -lt "${2:-1}" ]; do' \
    '    while IFS= read -r line; do echo "$line"; done <"$1"' '    i=$((i + 1))' 'done' \
    >"$tmp/bin/lua5.4"
chmod +x "$tmp/bin/lua5.4"
: >"$tmp/peers/empty.lua"
cp "$ROOT/bench/programs/fib.expected" "$tmp/peers/fib.lua"
PATH=$tmp/bin "$drv" "${dirs[@]}" --rounds 1 --min-sample-ms 1 --only fib --no-counters \
    --peers "$tmp/peers" >"$tmp/out" 2>&1
rc=$?
if [ $rc -eq 0 ] && grep -q '^fib .*x  *[0-9.]*x$' "$tmp/out" && grep -q 'peer python3 skipped' "$tmp/out"; then
    pass "a peer runs as a process and is compared; a missing one is a note"
else
    fail "a peer runs as a process and is compared; a missing one is a note" "exit status $rc" \
        "$(grep -E 'fib|peer|error' "$tmp/out")"
fi
echo 196419 >"$tmp/peers/fib.lua"
if PATH=$tmp/bin "$drv" "${dirs[@]}" --rounds 1 --only fib --no-counters --peers "$tmp/peers" \
        >"$tmp/out" 2>&1; then
    fail "a peer's wrong output is an error" "accepted"
elif grep -q "fib on lua5.4: wrong output" "$tmp/out"; then
    pass "a peer's wrong output is an error"
else
    fail "a peer's wrong output is an error" "unexpected message" "$(tail -3 "$tmp/out")"
fi

# ---- the static figure on the real objects ---------------------------------------
seq=$ROOT/asm/dispatch-seq.sh
if [ ! -f "$seq" ]; then
    skip "asm/dispatch-seq.sh finds every dispatch sequence" "asm/dispatch-seq.sh is missing"
elif [ "$(uname -m)" != x86_64 ]; then
    skip "asm/dispatch-seq.sh finds every dispatch sequence" "checked on x86-64 only"
elif [ -n "${SAN:-}" ]; then
    skip "asm/dispatch-seq.sh finds every dispatch sequence" "sanitizer builds change the code; checked on normal builds"
else
    bad=
    for d in $available; do
        n=$(sh "$seq" "$BUILD/dispatch/$d/$d.o" 2>/dev/null | wc -l)
        [ "$n" -ge 1 ] || bad="$bad $d"
    done
    [ -z "$bad" ] && pass "asm/dispatch-seq.sh finds every dispatch sequence" \
        || fail "asm/dispatch-seq.sh finds every dispatch sequence" "none for:$bad"
fi

#!/usr/bin/env bash
# The benchmark harness (bench/, docs/measuring.md): it runs, refuses wrong
# results, and computes its figures by the rules docs/measuring.md states.
# Not a timing test: no figure this machine measures is judged here.  The
# statistics are checked on samples the suite writes itself and hands to
# the driver's --reanalyse mode, so every expected figure is known exactly.
#
#  - every workload runs on every dispatcher (and the real programs
#    natively) with the expected output and the same instruction count;
#  - a wrong expected output, a trapping program, a NOP-ladder rung or a
#    pattern of the wrong shape are errors, not numbers;
#  - the generated workloads are deterministic; the pattern is the
#    isolated programs' pattern; the isolated programs run, print their
#    line, and keep one indirect jump per handler where they should;
#  - the ladder's figure is the slope over its linear part; a median
#    ignores an outlier; untrustworthy and negative times never become
#    numbers; a negative overhead is shown as noise;
#  - a tiny timed run writes its files; peers are processes that time
#    themselves; a missing one is a note;
#  - the results tool merges two summaries, and the docs' generated blocks
#    are what results/machines/ gives (and the check can fail); no measured
#    figure stands outside a generated block.
set -u
. "$ROOT/tests/lib.sh"

drv=$BUILD/bench/driver
res=$BUILD/bench/results
iso=$BUILD/bench/isolated
gen=$BUILD/bench/programs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ ! -x "$drv" ] || [ ! -x "$res" ] || [ ! -f "$gen/mix.vm" ] || [ ! -x "$iso/direct" ]; then
    fail "bench driver built" "$drv, $res, $iso/ or $gen/mix.vm is missing (make test builds them)"
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
# every dispatcher build/vm lists is one the driver knows (unavailable ones too)
listed=$("$VM" --list | awk '{ print $1 }' | sort)
known=$("$drv" --list | sed -n 's/^dispatcher //p' | sort)
[ "$listed" = "$known" ] && pass "the driver knows every dispatcher of build/vm --list" \
    || fail "the driver knows every dispatcher of build/vm --list" "vm: $listed; driver: $known"

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

# A ladder rung with an extra nop, a pattern with one pass too many: they
# run fine, but are not what their names say, so the harness refuses them.
sed 's/^loop:$/loop:\n        nop/' "$gen/nop-04.vm" >"$tmp/bad/nop-04.vm"
cp "$gen/nop-04.expected" "$tmp/bad/"
sed 's/^        push 100000$/        push 100001/' "$ROOT/bench/programs/pattern.vm" >"$tmp/bad/pattern.vm"
for w in nop-04 pattern; do
    if "$drv" --check --only $w --programs "$tmp/bad" >"$tmp/out" 2>&1; then
        fail "a $w of the wrong shape is an error" "accepted"
    elif grep -q "^bench: error: $w executed .* VM instructions, but" "$tmp/out"; then
        pass "a $w of the wrong shape is an error"
    else
        fail "a $w of the wrong shape is an error" "unexpected message" "$(cat "$tmp/out")"
    fi
done

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

# ---- the pattern: the same in the VM and in the isolated programs ------------------
# pattern.vm's loop: 12 instructions (PATTERN_LENGTH), a nop at every even
# place, six different instructions at the odd places, the last one the
# jump back: the shape of PATTERN(a, b, c, d, e, f, loop) in isolated.h.
shape=$(awk '/^loop:/ { on = 1; sub(/^loop:/, "") } on && NF { print $1 } /jnz loop/ { exit }' \
            "$ROOT/bench/programs/pattern.vm" |
        awk '{ op[NR] = $1 } END {
                 ok = NR == 12
                 for (i = 1; i <= NR; i += 2) ok = ok && op[i] == "nop"
                 for (i = 2; i <= NR; i += 2) { ok = ok && op[i] != "nop" && !(op[i] in seen); seen[op[i]] = 1 }
                 print (ok && op[12] == "jnz") ? "ok" : "bad" }')
hlen=$(sed -n 's/^#define PATTERN_LENGTH \([0-9]*\)$/\1/p' "$ROOT/bench/isolated/isolated.h")
hmac=$(grep -c '^#define PATTERN(a, b, c, d, e, f, loop) a, b, a, c, a, d, a, e, a, f, a, loop$' \
           "$ROOT/bench/isolated/isolated.h")
vmlen=$(sed -n 's/^#define PATTERN_INSNS \([0-9]*\).*/\1/p' "$ROOT/bench/bench.h")
if [ "$shape" = ok ] && [ "$hlen" = 12 ] && [ "$hmac" = 1 ] && [ "$vmlen" = 12 ]; then
    pass "pattern.vm has the shape of the isolated programs' pattern"
else
    fail "pattern.vm has the shape of the isolated programs' pattern" \
        "pattern.vm: $shape; PATTERN_LENGTH $hlen; PATTERN macro found $hmac; PATTERN_INSNS $vmlen"
fi

# ---- the isolated programs ----------------------------------------------------
bad=
for p in $("$drv" --list | sed -n 's/^isolated //p'); do
    line=$("$iso/$p" 1000 2>&1)
    case $line in
        "$p: 12000 dispatches in "*" ns: "*" ns per dispatch") ;;
        *) bad="$bad $p($line)" ;;
    esac
done
[ -z "$bad" ] && pass "every isolated program runs and prints its line" \
    || fail "every isolated program runs and prints its line" "$bad"
"$iso/direct" 0 >/dev/null 2>&1
[ $? -eq 2 ] && pass "an isolated program refuses 0 passes (exit status 2)" \
    || fail "an isolated program refuses 0 passes (exit status 2)" "exit status $?"
# One indirect jump per handler where the technique replicates the
# dispatch (7 handlers; gcc keeps the first dispatch's jump apart too, clang
# shares it with a handler's; clang's replicated switch sends its loop
# handler through a bounds check instead), one shared jump or call for
# switch dispatch and call threading, none for subroutine threading.
if ! command -v objdump >/dev/null 2>&1; then
    skip "the isolated programs' indirect jumps" "objdump is not installed"
elif [ "$(uname -m)" != x86_64 ] || [ -n "${SAN:-}" ]; then
    skip "the isolated programs' indirect jumps" "counted on normal x86-64 builds"
else
    got= bad=
    for p in switch token direct indirect subroutine call repl-switch; do
        n=$(objdump -d --no-show-raw-insn "$iso/$p" |
            awk '/^[0-9a-f]+ <[^>]+>:$/ { f = $2 } f ~ /<(main|run_program|op_[A-L])>:/ && /(jmp|call) +\*/ { n++ } END { print n + 0 }')
        got="$got $p=$n"
        case $p:$n in
            switch:1 | call:1 | subroutine:0) ;;
            token:[78] | direct:[78] | indirect:[78] | repl-switch:[678]) ;;
            *) bad="$bad $p" ;;
        esac
    done
    [ -z "$bad" ] && pass "the isolated programs' indirect jumps:$got" ||
        fail "the isolated programs' indirect jumps" "unexpected for$bad:$got"
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

# ---- the statistics, on samples chosen here (driver --reanalyse) -------------------
# meta DIR [KEY VALUE...]: a meta.txt for a synthetic run.
meta() {
    local d=$1
    shift
    mkdir -p "$d"
    {
        echo "machine_name: test-machine"
        echo "cpu_model: Test CPU"
        echo "cores: 2"
        echo "compiler_version: testcc 1.0"
        echo "flags: -O2"
        echo "rounds: 9"
        echo "min_sample_ms: 30"
        echo "quick: no"
        while [ $# -gt 1 ]; do echo "$1: $2"; shift 2; done
    } >"$d/meta.txt"
}
header="workload,kind,k,engine,engine_kind,round,runs,vm_instructions,ns_per_run,ns_per_vm_instruction,fastest_run_ns,prepare_ns,peer_startup_ns,cpu_share,cycles,instructions,branches,branch_misses"
# row WORKLOAD KIND K ENGINE EKIND ROUND COUNT NS_PER_RUN
row() { printf '%s,%s,%s,%s,%s,%s,1,%s,%s,%s,,,,1.0000,,,,\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" \
            "$(awk -v a="$8" -v b="$7" 'BEGIN { printf "%.5f", a / b }')"; }
# jnum FILE DISPATCHER KEY: a dispatcher's number in summary.json ("null" when null).
jnum() { awk -v d="\"name\": \"$2\"" -v k="\"$3\": " 'index($0, d) { on = 1 } on && index($0, k) {
             v = substr($0, index($0, k) + length(k)); sub(/,$/, "", v); print v; exit }' "$1"; }

# 1. A ladder with a step: y = 2 + 0.1 k per iteration up to k = 8, then a
#    misprediction per iteration appears: y = 10 + 0.25 k from k = 16 on.
#    The figure must be 0.25 (the linear part, k >= 16), not the slope
#    over all rungs.  9 rounds, a small spread, one round 10 times slower
#    (an outlier), and the pattern with an outlier too.
syn=$tmp/syn
meta "$syn" unavailable "later=needs something this machine lacks"
{
    echo "$header"
    for k in 0 1 2 4 8 16 24 32 48 64; do
        cnt=$((100000 * (k + 4) + 3))
        for r in 1 2 3 4 5 6 7 8 9; do
            y=$(awk -v k=$k -v r=$r 'BEGIN { y = k <= 8 ? 2 + 0.1 * k : 10 + 0.25 * k
                                             y *= 1 + (r - 5) * 0.001; if (r == 9) y *= 10
                                             printf "%.3f", y * 100000 }')
            row "nop-$(printf %02d $k)" ladder $k direct dispatcher $r $cnt "$y"
        done
    done
    for r in 1 2 3 4 5 6 7 8 9; do
        row pattern pattern -1 direct dispatcher $r 1200003 "$( [ $r = 5 ] && echo 99999999 || echo $((1200003 + r * 100)))"
    done
} >"$syn/samples.csv"
if "$drv" --reanalyse "$syn" --out "$syn" >"$tmp/out" 2>&1; then
    slope=$(jnum "$syn/summary.json" direct nop_ns_per_dispatch)
    from=$(jnum "$syn/summary.json" direct nop_linear_from_k)
    lin=$(jnum "$syn/summary.json" direct nop_linear)
    all=$(jnum "$syn/summary.json" direct nop_ns_per_dispatch_all_rungs)
    if awk -v s="$slope" -v a="$all" 'BEGIN { exit !(s > 0.2499 && s < 0.2501 && (a < 0.24 || a > 0.26)) }' &&
       [ "$from" = 16 ] && [ "$lin" = true ]; then
        pass "the ladder's figure is the slope over its linear part (0.25 from k = 16; all rungs $all)"
    else
        fail "the ladder's figure is the slope over its linear part" "slope $slope from k $from linear $lin (all rungs $all)"
    fi
    pat=$(jnum "$syn/summary.json" direct pattern_ns_per_dispatch)
    awk -v p="$pat" 'BEGIN { exit !(p > 1.00049 && p < 1.00051) }' &&
        pass "a median ignores an outlier (pattern $pat ns per dispatch)" ||
        fail "a median ignores an outlier" "pattern figure $pat, want 1.0005 (the median of 1200003 + 100 r ns, one sample 100 ms)"
    grep -q '"name": "later",' "$syn/summary.json" && grep -q '"unavailable": "needs something' "$syn/summary.json" &&
        grep -q '^| later | unavailable here: needs something' "$syn/report.md" &&
        pass "a dispatcher that cannot run here is listed with the reason" ||
        fail "a dispatcher that cannot run here is listed with the reason" "$(grep -n later "$syn/summary.json" "$syn/report.md")"
else
    fail "the driver reanalyses a stored run" "exit status $?" "$(tail -3 "$tmp/out")"
fi

# 2. A ladder that is nowhere straight: reported as not linear; the figure
#    is the last step, between the two highest rungs.
syn2=$tmp/syn2
meta "$syn2"
{
    echo "$header"
    for k in 0 1 2 4 8 16 32 64; do
        for r in 1 2 3; do
            row "nop-$(printf %02d $k)" ladder $k switch dispatcher $r $((100000 * (k + 4) + 3)) \
                "$(awk -v k=$k 'BEGIN { printf "%.0f", (k * k + 1) * 100000 }')"
        done
    done
} >"$syn2/samples.csv"
"$drv" --reanalyse "$syn2" --out "$syn2" >"$tmp/out" 2>&1
if [ "$(jnum "$syn2/summary.json" switch nop_linear)" = false ] &&
   [ "$(jnum "$syn2/summary.json" switch nop_linear_from_k)" = 32 ] &&
   [ "$(jnum "$syn2/summary.json" switch nop_ns_per_dispatch)" = 96 ] &&
   grep -q '^| switch |.*not linear; top k = 32..64 (2 rungs)' "$syn2/report.md"; then
    pass "a ladder that is nowhere straight says so"
else
    fail "a ladder that is nowhere straight says so" "$(grep '^| switch' "$syn2/report.md")"
fi

# 3. Peers and the native baseline: a peer with a wide spread, one with
#    three runs, one with a time below zero; native code slower than the
#    VM (an overhead below zero is noise, never a negative time).
syn3=$tmp/syn3
meta "$syn3" peers "lua5.4=Lua 5.4.test|luajit -joff=LuaJIT test|python3=Python test"
{
    echo "$header"
    for r in 1 2 3 4 5 6; do
        row fib program -1 switch dispatcher $r 6038000 6000000
        row fib program -1 native native $r 6038000 7000000
        row fib program -1 lua5.4 peer $r 6038000 $((r * 4000000))
        [ $r -le 3 ] && row fib program -1 "luajit -joff" peer $r 6038000 30000000
        row fib program -1 python3 peer $r 6038000 $((r == 3 ? -5 : 90000000))
    done
} >"$syn3/samples.csv"
"$drv" --reanalyse "$syn3" --out "$syn3" >"$tmp/out" 2>&1
md=$syn3/report.md
lua=$(grep '^| fib |' "$md" | sed -n 2p)
if echo "$lua" | grep -q 'untrusted (spread [0-9]*%) | untrusted (too few runs (3)) | untrusted (invalid: 1 time below zero) |$'; then
    pass "untrustworthy peer figures are shown as such, never as numbers"
else
    fail "untrustworthy peer figures are shown as such, never as numbers" "$lua"
fi
over=$(sed -n '/^## Overhead/,/^## /p' "$md" | grep '^| fib |')
if echo "$over" | grep -q '<0 (noise)' && ! echo "$over" | grep -q ' -[0-9]'; then
    pass "an overhead below zero is shown as noise, not as a negative time"
else
    fail "an overhead below zero is shown as noise, not as a negative time" "$over"
fi
if grep -q '"geomean_slowdown_vs_native": null' "$syn3/summary.json" &&
   ! grep -E '"(ns_per_run|ns_per_vm_instruction|overhead_ns_per_vm_instruction)": -' "$syn3/summary.json" >/dev/null; then
    pass "summary.json has no negative time and no figure for an untrusted peer"
else
    fail "summary.json has no negative time and no figure for an untrusted peer" "$(grep -E 'geomean|": -' "$syn3/summary.json")"
fi

# ---- a tiny timed run writes its files -----------------------------------------
mkdir "$tmp/res" "$tmp/static"
printf '10\tmovzbl (%%rsi),%%eax\n14\tjmp *%%rax\n' >"$tmp/static/switch.txt"
echo "cannot find the nop handler" >"$tmp/static/token.err"
printf 'workload,engine,vm_instructions,Ir,Bc,Bcm,Bi,Bim\npattern,direct,1200,3600,0,0,1200,600\n' >"$tmp/counts.csv"
if "$drv" "${dirs[@]}" --rounds 2 --min-sample-ms 1 --only nop-00,nop-02,mix,fib,isolated --isolated "$iso" \
        --static "$tmp/static" --counts "$tmp/counts.csv" --out "$tmp/res" --no-plots "test" >"$tmp/out" 2>&1; then
    pass "a tiny timed run succeeds"
else
    fail "a tiny timed run succeeds" "exit status $?" "$(tail -5 "$tmp/out")"
fi
ndisp=$(echo "$available" | wc -w)
niso=$("$drv" --list | grep -c '^isolated ')
want=$((1 + 2 * (3 * ndisp + ndisp + 1 + niso)))   # header + 2 rounds x (3 workloads x dispatchers + fib natively + isolated)
rows=$(wc -l <"$tmp/res/samples.csv" 2>/dev/null || echo 0)
[ "$rows" -eq "$want" ] && pass "samples.csv has one row per sample ($((want - 1)))" \
    || fail "samples.csv has one row per sample" "$rows lines, want $want"

# summary.json: well-formed (the results tool parses it), and the keys docs/measuring.md promises
json=$tmp/res/summary.json
keys_missing=
for k in machine_name cpu_model cores kernel compiler version flags date dispatchers name dispatch_instructions \
         nop_ns_per_dispatch nop_linear_from_k nop_fit_r2 pattern_ns_per_dispatch isolated_ns_per_dispatch \
         valgrind_mispredictions_per_dispatch_pattern isolated workloads vm_instructions ns_per_vm_instruction \
         slowdown_vs_native; do
    grep -q "\"$k\":" "$json" 2>/dev/null || keys_missing="$keys_missing $k"
done
mkdir -p "$tmp/m1"
if "$res" merge --out "$tmp/m1" "$json" >/dev/null 2>"$tmp/err"; then
    parsed=yes
else
    parsed="no: $(cat "$tmp/err")"
fi
if [ "$parsed" = yes ] && [ -z "$keys_missing" ]; then
    pass "summary.json is well-formed and has every promised key"
else
    fail "summary.json is well-formed and has every promised key" "parsed: $parsed; missing:$keys_missing"
fi
# the static figure comes from the extractor's output: 2 lines for switch, n/a for token
if [ "$(jnum "$json" switch dispatch_instructions)" = 2 ] && [ "$(jnum "$json" token dispatch_instructions)" = null ]; then
    pass "the static figure is the extractor's line count (or null)"
else
    fail "the static figure is the extractor's line count (or null)" \
        "switch $(jnum "$json" switch dispatch_instructions), token $(jnum "$json" token dispatch_instructions)"
fi
[ "$(jnum "$json" direct valgrind_mispredictions_per_dispatch_pattern)" = 0.5 ] &&
    pass "valgrind's counts reach summary.json (mispredictions per dispatch)" ||
    fail "valgrind's counts reach summary.json" "$(jnum "$json" direct valgrind_mispredictions_per_dispatch_pattern)"
if grep -q '^| fib |' "$tmp/res/report.md" 2>/dev/null && grep -q 'No plots: test' "$tmp/res/report.md" &&
   grep -q '^## What a dispatch costs' "$tmp/res/report.md" && ! grep -qE 'Targets|NOT met|: met$' "$tmp/res/report.md" "$tmp/out"; then
    pass "report.md has the tables, says why there are no plots, and grades nothing"
else
    fail "report.md has the tables, says why there are no plots, and grades nothing" "$(grep -nE 'Targets|NOT met|: met$|^## ' "$tmp/res/report.md" "$tmp/out" | head)"
fi
name=$(sed -n 's/^machine_name: //p' "$tmp/res/meta.txt")
echo "$name" | grep -qE '^[a-z0-9-]+-[0-9]+core-[a-z0-9]+-(gcc|clang)[0-9]+$' &&
    pass "the run names its machine kind ($name)" || fail "the run names its machine kind" "machine_name: '$name'"

# ---- peers: another interpreter as a process that times itself ---------------
# A stand-in for lua5.4 that "runs" a script by printing it REPS times and
# reporting 1 ms per run, and a PATH with nothing else: luajit and python3
# are then skipped with a note.
mkdir -p "$tmp/bin" "$tmp/peers"
printf '%s\n' '#!/bin/sh' 'i=0' 'while [ "$i" -lt "${2:-1}" ]; do' \
    '    while IFS= read -r line; do echo "$line"; done <"$1"' '    echo "ns-per-run 1000000" >&2' \
    '    i=$((i + 1))' 'done' >"$tmp/bin/lua5.4"
chmod +x "$tmp/bin/lua5.4"
cp "$ROOT/bench/programs/fib.expected" "$tmp/peers/fib.lua"
PATH=$tmp/bin "$drv" "${dirs[@]}" --rounds 3 --min-sample-ms 1 --only fib --no-counters \
    --peers "$tmp/peers" >"$tmp/out" 2>&1
rc=$?
# (the comparison is n/a when native C's own time was untrusted, its
# spread too wide: on a loaded machine, make test running suites side by
# side, that happens)
if [ $rc -eq 0 ] && grep -q '^workload .* lua5\.4$' "$tmp/out" && grep -q 'peer python3 skipped' "$tmp/out" &&
   { grep -q '^fib .*x *[0-9.]*x$' "$tmp/out" || grep -q '^fib .* untrusted (spread [0-9]*%)$' "$tmp/out"; }; then
    pass "a peer runs as a process, times itself and is compared; a missing one is a note"
else
    fail "a peer runs as a process, times itself and is compared; a missing one is a note" "exit status $rc" \
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
seq=$ROOT/bench/dispatch-seq.sh
if [ ! -f "$ROOT/asm/dispatch-seq.sh" ]; then
    skip "the dispatch-sequence extractor finds every dispatch sequence" "asm/dispatch-seq.sh is missing"
elif [ "$(uname -m)" != x86_64 ]; then
    skip "the dispatch-sequence extractor finds every dispatch sequence" "checked on x86-64 only"
elif [ -n "${SAN:-}" ]; then
    skip "the dispatch-sequence extractor finds every dispatch sequence" "sanitizer builds change the code; checked on normal builds"
else
    bad=
    for d in $available; do      # found: status 0 (context threading's nop is 0 instructions)
        [ -e "$ROOT/dispatch/$d/listing.sh" ] && continue      # generated code only (compiled)
        out=$(sh "$seq" "$BUILD/dispatch/$d/$d.o" 2>/dev/null) || bad="$bad $d"
        grep -q endbr64 <<<"$out" && bad="$bad $d(endbr64)"
    done
    [ -z "$bad" ] && pass "the dispatch-sequence extractor finds every dispatch sequence, none with endbr64" \
        || fail "the dispatch-sequence extractor finds every dispatch sequence, none with endbr64" "for:$bad"
fi

# ---- storing a run ----------------------------------------------------------------
mkdir -p "$tmp/store/run" "$tmp/store/machines/test-machine"
cp "$syn/meta.txt" "$tmp/store/run/"
echo "kept" >"$tmp/store/machines/test-machine/PROVENANCE.md"
echo "old" >"$tmp/store/machines/test-machine/old.txt"
if sh "$ROOT/bench/store.sh" "$tmp/store/run" "$tmp/store/machines" >/dev/null 2>&1 &&
   [ -f "$tmp/store/machines/test-machine/meta.txt" ] && [ ! -f "$tmp/store/machines/test-machine/old.txt" ] &&
   [ "$(cat "$tmp/store/machines/test-machine/PROVENANCE.md")" = kept ]; then
    pass "bench-store replaces its machine's folder and keeps PROVENANCE.md"
else
    fail "bench-store replaces its machine's folder and keeps PROVENANCE.md" "$(ls "$tmp/store/machines/test-machine")"
fi
sed -i 's/^quick: no/quick: yes/' "$tmp/store/run/meta.txt"
sh "$ROOT/bench/store.sh" "$tmp/store/run" "$tmp/store/machines" >"$tmp/out" 2>&1 &&
    fail "bench-store refuses a QUICK run" "stored it" ||
    { grep -q 'QUICK run' "$tmp/out" && pass "bench-store refuses a QUICK run" ||
      fail "bench-store refuses a QUICK run" "$(cat "$tmp/out")"; }

# ---- across machines, and the docs --------------------------------------------------
sed 's/^machine_name: .*/machine_name: other-machine/; s/^cpu_model: .*/cpu_model: Other CPU/' "$syn/meta.txt" >"$tmp/m.txt"
mkdir -p "$tmp/other" && cp "$syn/samples.csv" "$tmp/other/" && cp "$tmp/m.txt" "$tmp/other/meta.txt"
"$drv" --reanalyse "$tmp/other" --out "$tmp/other" >/dev/null 2>&1
mkdir -p "$tmp/merged"
if "$res" merge --out "$tmp/merged" "$syn/summary.json" "$tmp/other/summary.json" >"$tmp/out" 2>&1 &&
   [ "$(grep -c '^| \(test\|other\)-machine | \(Test\|Other\) CPU | 2 | testcc 1.0 | -O2 |' "$tmp/merged/merged.md")" = 2 ] &&
   [ "$(grep -c '^"' "$tmp/merged/merged.dat")" = 2 ]; then
    pass "bench-merge: one row per machine with CPU, compiler and flags, and the plot's data"
else
    fail "bench-merge: one row per machine with CPU, compiler and flags, and the plot's data" "$(cat "$tmp/out")"
fi

docs="$ROOT/docs/measuring.md $ROOT/docs/dispatch.md $ROOT/docs/devirt.md"
# shellcheck disable=SC2086
if "$res" docs --machines "$ROOT/results/machines" --check $docs >"$tmp/out" 2>&1; then
    pass "the docs' measured figures are the stored runs' (results/machines/)"
else
    fail "the docs' measured figures are the stored runs' (results/machines/)" "run 'make bench-docs'" "$(cat "$tmp/out")"
fi
# ... and the check can fail: one stored figure changed
cp -R "$ROOT/results/machines" "$tmp/machines"
first=$(ls "$tmp/machines" | grep -v README | head -n 1)
sed -i '0,/"nop_ns_per_dispatch": [0-9]/s/"nop_ns_per_dispatch": \([0-9]\)/"nop_ns_per_dispatch": 9\1/' "$tmp/machines/$first/summary.json"
# shellcheck disable=SC2086
"$res" docs --machines "$tmp/machines" --check $docs >"$tmp/out" 2>&1 &&
    fail "the docs check notices a changed stored figure" "it did not" ||
    pass "the docs check notices a changed stored figure"
# No measured figure outside a generated block: a number with a unit of
# time, cycles or a ratio (ns, cycles, x or ×) in the three pages' own text.
loose=$(for f in $docs; do
    awk -v f="${f#"$ROOT"/}" '/^<!-- GENERATED bench:/ { skip = 1 } /^<!-- END GENERATED -->/ { skip = 0; next }
        /^```/ { code = !code } !skip && !code && /[0-9]\.[0-9]+ ?(ns|cycles|×|x)([^a-z0-9]|$)/ { print f ":" NR ": " $0 }' "$f"
done)
[ -z "$loose" ] && pass "no measured figure stands outside a generated block in the docs" \
    || fail "no measured figure stands outside a generated block in the docs" "$loose"

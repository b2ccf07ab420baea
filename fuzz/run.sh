#!/usr/bin/env bash
# fuzz/run.sh — `make fuzz`: build the libFuzzer targets and run each for
# FUZZ_SECONDS (docs/reliability.md).  Called by fuzz/module.mk with MAKE,
# BUILD, FUZZ_CC and FUZZ_SECONDS in the environment (and FUZZ_ONLY, to
# run only some: FUZZ_ONLY="hashtab bytecode" make fuzz).
#
#   - no clang, or clang without libFuzzer: one line, exit 0 (optional tool)
#   - builds the whole tree again as its own configuration in
#     $BUILD/fuzz/<cc>-san: clang, ASan + UBSan, coverage for the fuzzer
#   - seeds every run from tests/programs/ (the .vm files, and their bytecode
#     for fuzz_bytecode) and from fuzz/regress/TARGET/; what the fuzzer
#     learns stays in $BUILD/fuzz/corpus/TARGET/ for the next run (nothing
#     of it is committed)
#   - runs asm, bytecode, gen, roundtrip and hashtab one after the other; a finding
#     (crash, sanitizer report, leak, timeout, disagreement) leaves its input
#     in $BUILD/fuzz/findings/ and makes the exit status 1
set -u
MAKE=${MAKE:-make}
BUILD=${BUILD:-build}
FUZZ_CC=${FUZZ_CC:-clang}
SECONDS_EACH=${FUZZ_SECONDS:-60}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT" || exit 1
case $SECONDS_EACH in
    ''|*[!0-9]*) echo "fuzz: FUZZ_SECONDS must be a number of seconds, not '$SECONDS_EACH'"; exit 2 ;;
esac

# ---- is libFuzzer there? ----------------------------------------------------
if ! command -v "${FUZZ_CC%% *}" >/dev/null 2>&1; then
    echo "fuzz: skipped: no $FUZZ_CC (Debian: apt-get install clang libclang-rt-14-dev)"
    exit 0
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    >"$probe/probe.c"
if ! $FUZZ_CC -fsanitize=fuzzer,address,undefined -o "$probe/probe" "$probe/probe.c" >/dev/null 2>&1; then
    echo "fuzz: skipped: $FUZZ_CC cannot link -fsanitize=fuzzer (libFuzzer comes with clang; Debian: apt-get install clang libclang-rt-14-dev)"
    exit 0
fi

# ---- build ---------------------------------------------------------------------
FB=$BUILD/fuzz
submake() {
    $MAKE --no-print-directory BUILD="$FB" CC="$FUZZ_CC" SAN=1 \
        CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" "$@"
}
echo "fuzz: building the targets with $FUZZ_CC (ASan, UBSan, libFuzzer) in $FB"
submake fuzz-targets || { echo "fuzz: FAILED: the build"; exit 1; }
OUT=$(submake -s fuzz-objdir)/fuzz

# ---- seeds -----------------------------------------------------------------------
rm -rf "$FB/seeds"
mkdir -p "$FB/seeds/text" "$FB/seeds/bytecode" "$FB/seeds/choices" "$FB/findings" "$FB/logs"
n=0
while IFS= read -r f; do
    n=$((n + 1))
    cp "$f" "$FB/seeds/text/$n.vm"
    "$OUT/gen" --bytecode "$f" >"$FB/seeds/bytecode/$n.bin" 2>/dev/null || rm -f "$FB/seeds/bytecode/$n.bin"
done < <(find tests/programs -name '*.vm' -type f | LC_ALL=C sort)
for s in $(seq 1 32); do
    "$OUT/gen" --bytes $((s * 16)) --seed "$s" >"$FB/seeds/choices/$s.bin"
done
# fuzz_hashtab: the programs as keys, and inputs that make the table
# rebuild itself under small probe limits (the layout is in its header)
mkdir -p "$FB/seeds/keys"
cp "$FB"/seeds/text/*.vm "$FB/seeds/keys/"
for limit in 0 3 7 255; do
    awk -v l="$limit" 'BEGIN { printf "0123456789abcdef%c", l
        for (i = 0; i < 600; i++) printf "%c%c%c", 2, 65 + i % 50, 65 + int(i / 50)
        for (i = 0; i < 300; i++) printf "%c%c%c", 130, 65 + i % 50, 66 + int(i / 50) }' \
        >"$FB/seeds/keys/limit-$limit.bin"
done

# ---- run -------------------------------------------------------------------------
# A dispatcher that compiles each program with a C compiler (dispatch/compiled/)
# would cut the fuzzer's rate to a few inputs a second: it runs on every
# 1000th input only (fuzz/harness.h; a finding replayed alone runs on it).
export DISPATCHLAB_SLOW_EVERY=${DISPATCHLAB_SLOW_EVERY:-1000}
status=0
# FUZZ_ONLY: some of them (a long campaign runs two at once, each in a
# BUILD of its own)
for t in ${FUZZ_ONLY:-asm bytecode gen roundtrip hashtab}; do
    case $t in
        asm|roundtrip) seeds=$FB/seeds/text ;;
        hashtab)       seeds=$FB/seeds/keys ;;
        bytecode)      seeds=$FB/seeds/bytecode ;;
        gen)           seeds=$FB/seeds/choices ;;
    esac
    corpus=$FB/corpus/$t
    mkdir -p "$corpus"
    dirs=("$corpus" "$seeds")
    [ -d "fuzz/regress/$t" ] && dirs+=("fuzz/regress/$t")
    log=$FB/logs/$t.log
    # -timeout: one input may take 10 s (every input has a step limit, so
    # that is a hang); -rss_limit_mb: a leak or a runaway allocation
    "$OUT/libfuzzer_$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$FB/findings/$t-" "${dirs[@]}" >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -n 1)
    size=$(find "$corpus" -type f | wc -l)
    if [ $rc = 0 ]; then
        echo "fuzz: fuzz_$t: ${runs:-?} inputs in ${SECONDS_EACH} s (${rate:-?}/s), peak RSS ${rss:-?} MB, corpus $size inputs: no finding"
    else
        status=1
        art=$(grep -o "$FB/findings/$t-[^ ]*" "$log" | tail -n 1)
        echo "fuzz: FINDING in fuzz_$t (exit status $rc) after ${runs:-?} inputs; log: $log"
        grep -m 12 -E 'FINDING|ERROR|SUMMARY|runtime error|Test unit written' "$log" | sed 's/^/    /'
        if [ -n "$art" ]; then
            echo "    input: $art"
            echo "    reproduce: $OUT/libfuzzer_$t $art"
            echo "    or, with the compiler of any make test build: build/<config>/fuzz/fuzz_$t $art"
            [ $t = gen ] && echo "    as a program: $OUT/gen --choices $art > p.vm"
            echo "    keep it: copy it to fuzz/regress/$t/ (and a .vm reduction to tests/programs/found/)"
        fi
    fi
done
exit $status

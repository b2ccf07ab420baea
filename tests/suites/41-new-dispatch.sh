#!/usr/bin/env bash
# The lab exercise's step one (docs/exercise.md), end to end, in a copy of
# the tree: make new-dispatch NAME=scaffold; build; the dispatcher is
# listed and runs, and agrees with every other dispatcher on the real
# programs and the traps (the corpus suite runs it on all of them in the
# tree itself); the machine-code and asm suites pass with it, looking at
# it alone (TESTS_DISPATCHERS=scaffold; TESTS_LIGHT=1 leaves out their
# heavy parts, the rebuild without marks and make asm-docs: their real
# runs cover those and the other dispatchers); make asm has its row,
# checked against valgrind;
# the benchmark driver measures it and the static column has its
# sequence; removing the folder removes it again.  The copy gets this
# configuration's objects, so only the new dispatcher is compiled.
source "$ROOT/tests/lib.sh"

[ -z "$SAN" ] || { skip new-dispatch "runs in the configurations without SAN"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tree=$tmp/tree
mkdir -p "$tree/build"
(cd "$ROOT" && tar --exclude=./build --exclude=./results --exclude=./.git -cf - .) | tar -xf - -C "$tree"
# (without what other suites write into it meanwhile, make test running
# them side by side: their own builds, and make asm's listings, which the
# copy makes again; asm/gen and asm/gencode are made before any suite runs)
copy=$tree/build/$(basename "$BUILD")
mkdir -p "$copy"
(cd "$BUILD" && tar --exclude=./sub --exclude=./tests/seconds --exclude=./tests/seconds.new --exclude=./asm/src \
    -cf - . 2>/dev/null) | tar -xf - -C "$copy"
find "$copy/asm" -maxdepth 1 -type f ! -name 'gencode*' -exec rm -f {} +
cd "$tree" || exit 1
mk() { make -s --no-print-directory BUILD=build CC="$CC" SAN= "$@"; }

# ---- create -------------------------------------------------------------------------
if out=$(make -s new-dispatch NAME=scaffold 2>&1) && [ -f dispatch/scaffold/scaffold.c ]; then pass "new-dispatch: creates dispatch/scaffold/scaffold.c"
else fail "new-dispatch: creates dispatch/scaffold/scaffold.c" "$out"; exit 0; fi
for bad in scaffold Bad 9lives ""; do
    make -s new-dispatch NAME="$bad" >/dev/null 2>&1
    [ $? -ne 0 ] && pass "new-dispatch: refuses NAME='$bad'" || fail "new-dispatch: refuses NAME='$bad'" "it did not"
done

# ---- build, run ------------------------------------------------------------------------
if ! mk > build.log 2>&1; then fail "new-dispatch: build" "$(tail -n 10 build.log)"; exit 0; fi
compiled=$(grep -c '^  CC ' build.log)
pass "new-dispatch: build ($compiled files compiled)"
vm=$tree/build/vm
"$vm" --list | grep -q '^scaffold ' && pass "new-dispatch: listed" || fail "new-dispatch: listed" "$("$vm" --list)"
[ "$("$vm" -d scaffold examples/lecture.vm 2>&1)" = 4753 ] && pass "new-dispatch: runs the lecture's program" \
    || fail "new-dispatch: runs the lecture's program" "$("$vm" -d scaffold examples/lecture.vm 2>&1)"

# ---- it agrees with the others; the suites that look at dispatchers pass ------------
bad=
for prog in tests/programs/real/*.vm tests/programs/traps/*.vm; do
    args=$(sed -n 's/^; args: *//p' "$prog" | head -n 1)
    # shellcheck disable=SC2086
    timeout 60 "$vm" -d all $args "$prog" >/dev/null 2>&1
    [ $? -le 2 ] || bad="$bad $(basename "$prog")"
done
[ -z "$bad" ] && pass "new-dispatch: agrees with every dispatcher on tests/programs/{real,traps}" \
    || fail "new-dispatch: agrees with every dispatcher" "build/vm -d all disagrees or fails on:$bad"
if TESTS_DISPATCHERS=scaffold mk TESTS_LIGHT=1 SUITES="30-machine 40-asm" test > test.log 2>&1; then
    pass "new-dispatch: make test (machine code, make asm): $(tail -n 1 test.log)"
else
    fail "new-dispatch: make test (machine code, make asm)" "$(grep -E '^(FAIL|    )' test.log | head -n 20)" "$(tail -n 1 test.log)"
fi
# 40-asm ran make asm and checked its row and listing; here, that they are there
if n=$(sed -n 's/^dispatch: \([0-9]*\) instructions.*/\1/p' build/asm/scaffold.lst 2>/dev/null) && [ -n "$n" ]; then
    pass "new-dispatch: make asm lists it: dispatch in $n instructions"
else
    fail "new-dispatch: make asm lists it" "build/asm/scaffold.lst has no dispatch line"
fi

# ---- the benchmark sees it -------------------------------------------------------------
cfg=build/$(basename "$BUILD")
if mk "$cfg/bench/driver" > bench.log 2>&1; then
    mkdir -p seq res
    sh asm/dispatch-seq.sh "$cfg/dispatch/scaffold/scaffold.o" > seq/scaffold.txt 2> seq/scaffold.err
    [ -s seq/scaffold.txt ] && pass "new-dispatch: static column: $(wc -l < seq/scaffold.txt) instructions" \
        || fail "new-dispatch: static column" "$(cat seq/scaffold.err)"
    if "$cfg/bench/driver" --programs bench/programs --only fib --rounds 1 --min-sample-ms 1 --no-counters \
            --no-plots test --static seq --out res > run.log 2>&1 && grep -q scaffold res/report.md; then
        pass "new-dispatch: the benchmark driver measures it (fib, one short round)"
    else
        fail "new-dispatch: the benchmark driver measures it" "$(tail -n 8 run.log)"
    fi
else
    fail "new-dispatch: benchmark driver" "$(tail -n 8 bench.log)"
fi

# ---- remove ----------------------------------------------------------------------------
rm -rf dispatch/scaffold
if mk > build.log 2>&1 && ! "$vm" --list | grep -q '^scaffold '; then pass "new-dispatch: removed again"
else fail "new-dispatch: removed again" "$(tail -n 5 build.log)" "$("$vm" --list)"; fi

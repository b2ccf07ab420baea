#!/usr/bin/env bash
# dispatchlab test runner.
#
# Runs every suite tests/suites/*.sh in name order.  A suite is a bash script
# that reports one line per check on standard output:
#     ok NAME
#     FAIL NAME: why            (further lines of detail may follow, indented)
#     skip NAME: why
# Anything else it prints is passed through as context.  A suite that exits
# non-zero counts as one more failure.  The runner ends with the summary line
#     N passed, N failed, N skipped
# and exits non-zero when anything failed.
#
# Environment given to suites: ROOT (repository), VM (the vm binary under
# test), BUILD (build directory of this configuration), CC, SAN.
# Usage: tests/run.sh [SUITE-NAME-SUBSTRING...]; SKIP_SUITES="SUBSTRING..."
# in the environment leaves suites out (.ci/run, for the runs with other
# compilers).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export ROOT
# VM and BUILD name one configuration's build (build/cc, build/clang-san,
# ...); `make test` sets them.  Guessing them would let a suite run make on
# the wrong folder (40-asm builds in BUILD's parent) and litter the tree.
if [ -z "${VM:-}" ] || [ -z "${BUILD:-}" ]; then
    echo "tests/run.sh: run it through 'make test' (SUITES=... for some suites), which sets VM and BUILD" >&2
    exit 2
fi
export VM BUILD
export CC=${CC:-cc}
export SAN=${SAN:-}

passed=0 failed=0 skipped=0
for suite in "$ROOT"/tests/suites/*.sh; do
    name=$(basename "$suite" .sh)
    if [ $# -gt 0 ]; then
        want=0
        for f in "$@"; do case $name in *"$f"*) want=1 ;; esac; done
        [ $want = 1 ] || continue
    fi
    left_out=0
    for f in ${SKIP_SUITES:-}; do case $name in *"$f"*) left_out=1 ;; esac; done
    [ $left_out = 0 ] || { printf '== %s: left out (SKIP_SUITES)\n' "$name"; continue; }
    printf '== %s\n' "$name"
    t0=$SECONDS
    out=$(mktemp)
    bash "$suite" >"$out" 2>&1
    rc=$?
    while IFS= read -r line; do
        case $line in
            "ok "*)   passed=$((passed + 1)) ;;
            "FAIL "*) failed=$((failed + 1)); printf '%s\n' "$line" ;;
            "skip "*) skipped=$((skipped + 1)); printf '%s\n' "$line" ;;
            *)        [ "$failed" -gt 0 ] || [ -n "${VERBOSE:-}" ] && printf '%s\n' "$line" ;;
        esac
    done <"$out"
    if [ $rc -ne 0 ]; then
        failed=$((failed + 1))
        printf 'FAIL %s: suite exited with status %d\n' "$name" "$rc"
        tail -n 20 "$out" | sed 's/^/    /'
    fi
    rm -f "$out"
    printf '   %s: %d s\n' "$name" $((SECONDS - t0))
done
printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# dispatchlab test runner.
#
# Runs every suite tests/suites/*.sh.  A suite is a bash script that reports
# one line per check on standard output:
#     ok NAME
#     FAIL NAME: why            (further lines of detail may follow, indented)
#     skip NAME: why
# Anything else it prints is passed through as context.  A suite that exits
# non-zero counts as one more failure.  The runner ends with the summary line
#     N passed, N failed, N skipped
# and exits non-zero when anything failed.
#
# Arguments select suites by part of their name (make test SUITES=corpus);
# SKIP_SUITES="41 80" leaves out the suites whose names contain 41 or 80.
#
# Suites are independent of each other (each works in a directory of its
# own, or in the build folder's parts no other suite writes), so JOBS of
# them run at once: by default as many as there are processors.  Their
# reports are printed in name order all the same, each when its suite has
# ended, with the suite's wall-clock seconds.  The longest suites start
# first, by the seconds the last run in this build folder took
# ($BUILD/tests/seconds; without one, tests/seconds, measured on the
# project's machine): the order decides only how soon make test ends,
# never what it tests.  JOBS=1 runs them one after the other.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export ROOT
if [ -z "${VM:-}" ] || [ -z "${BUILD:-}" ]; then
    echo "tests/run.sh: run it through 'make test' (SUITES=... for some suites), which sets VM and BUILD" >&2
    exit 2
fi
export VM BUILD
export CC=${CC:-cc}
export SAN=${SAN:-}
JOBS=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
case $JOBS in ''|*[!0-9]*|0) echo "tests/run.sh: JOBS must be a number of suites, not '$JOBS'" >&2; exit 2 ;; esac

# ---- which suites ---------------------------------------------------------------
suites=() runs=()
declare -A left_out=()
for suite in "$ROOT"/tests/suites/*.sh; do
    name=$(basename "$suite" .sh)
    if [ $# -gt 0 ]; then
        want=0
        for f in "$@"; do case $name in *"$f"*) want=1 ;; esac; done
        [ $want = 1 ] || continue
    fi
    suites+=("$name")
    for f in ${SKIP_SUITES:-}; do case $name in *"$f"*) left_out[$name]=1 ;; esac; done
    [ -n "${left_out[$name]:-}" ] || runs+=("$name")
done

# ---- in which order they start: longest first ---------------------------------------
times=$BUILD/tests/seconds
[ -s "$times" ] || times=$ROOT/tests/seconds
declare -A took=()
if [ -r "$times" ]; then
    while read -r n s; do
        case $s in ''|*[!0-9]*) ;; *) took[$n]=$s ;; esac
    done <"$times"
fi
mapfile -t order < <(for n in "${runs[@]}"; do printf '%s %s\n' "${took[$n]:-0}" "$n"; done |
                     sort -k1,1nr -k2,2 | cut -d' ' -f2)

# ---- running them ---------------------------------------------------------------------
dir=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# A background job of a shell script starts with SIGINT and SIGQUIT ignored
# (POSIX), and keeps them ignored in whatever it runs: the suites that send
# SIGINT to the vm need it back as it is for a command run from a shell.
restore=()
env --default-signal=INT,QUIT true 2>/dev/null && restore=(env --default-signal=INT,QUIT)
start() {   # NAME: run the suite in the background; NAME.done: status, seconds
    local name=$1
    (
        t0=$SECONDS
        "${restore[@]}" bash "$ROOT/tests/suites/$name.sh" >"$dir/$name.out" 2>&1
        rc=$?
        printf '%s %s\n' "$rc" $((SECONDS - t0)) >"$dir/$name.tmp"
        mv "$dir/$name.tmp" "$dir/$name.done"
    ) &
}
next=0
launch() {  # start suites while fewer than JOBS run
    while [ "$next" -lt ${#order[@]} ] && [ "$(jobs -rp | wc -l)" -lt "$JOBS" ]; do
        start "${order[next]}"
        next=$((next + 1))
    done
}

passed=0 failed=0 skipped=0
for name in "${suites[@]}"; do
    if [ -n "${left_out[$name]:-}" ]; then
        printf '== %s: left out (SKIP_SUITES)\n' "$name"
        continue
    fi
    launch
    while [ ! -e "$dir/$name.done" ]; do
        wait -n 2>/dev/null || sleep 0.1
        launch
    done
    printf '== %s\n' "$name"
    read -r rc secs <"$dir/$name.done"
    while IFS= read -r line; do
        case $line in
            "ok "*)   passed=$((passed + 1)) ;;
            "FAIL "*) failed=$((failed + 1)); printf '%s\n' "$line" ;;
            "skip "*) skipped=$((skipped + 1)); printf '%s\n' "$line" ;;
            *)        [ "$failed" -gt 0 ] || [ -n "${VERBOSE:-}" ] && printf '%s\n' "$line" ;;
        esac
    done <"$dir/$name.out"
    if [ "$rc" -ne 0 ]; then
        failed=$((failed + 1))
        printf 'FAIL %s: suite exited with status %d\n' "$name" "$rc"
        tail -n 20 "$dir/$name.out" | sed 's/^/    /'
    fi
    printf '   %s: %d s\n' "$name" "$secs"
done

# ---- the seconds, for the next run's order ------------------------------------------
mkdir -p "$BUILD/tests"
{
    [ -r "$BUILD/tests/seconds" ] && cat "$BUILD/tests/seconds"
    for name in "${runs[@]}"; do
        read -r rc secs <"$dir/$name.done"
        printf '%s %s\n' "$name" "$secs"
    done
} | awk '{ s[$1] = $2 } END { for (n in s) print n, s[n] }' | LC_ALL=C sort >"$BUILD/tests/seconds.new" &&
    mv "$BUILD/tests/seconds.new" "$BUILD/tests/seconds"

printf '%d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
[ "$failed" -eq 0 ]

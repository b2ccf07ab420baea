# Helpers for test suites (sourced).  See tests/run.sh for the protocol.

# A suite that builds a configuration of its own (other flags, another
# compiler) builds it in $BUILD/sub/NAME: it stays there for the next run,
# which then only rebuilds what changed, and it is apart from what other
# suites, running at the same time, read of $BUILD.
mkdir -p "$BUILD/sub"
pass() { printf 'ok %s\n' "$1"; }
fail() { printf 'FAIL %s: %s\n' "$1" "$2"; shift 2; [ $# -eq 0 ] || printf '%s\n' "$@" | sed 's/^/    /'; }
skip() { printf 'skip %s: %s\n' "$1" "$2"; }
# check NAME COMMAND...: pass when COMMAND exits 0.
check() { local n=$1; shift; if "$@" >/dev/null 2>&1; then pass "$n"; else fail "$n" "command failed: $*"; fi; }

# messages_tested NAME SOURCE MIN COVERED [UNREACHABLE...]: every message
# SOURCE can report - the format string of each fail() call, made into a
# regular expression - must match a line of the file COVERED (what the
# suite's own checks produced) or a corpus `expect-error:` line.  The
# UNREACHABLE formats, which no input can produce, are skipped.  Fewer than
# MIN formats means the extraction no longer understands SOURCE.
messages_tested() {
    local name=$1 src=$2 min=$3 covered=$4 fmt re u n=0
    shift 4
    LC_ALL=C grep -rah -o 'expect-error: [0-9]*: error: .*' "$ROOT/tests/programs" |
        sed -e 's/^expect-error: [0-9]*: error: //' -e 's/\r$//' >>"$covered"
    while IFS= read -r fmt; do
        [ -n "$fmt" ] || continue
        n=$((n + 1))
        for u in "$@"; do
            [ "$fmt" = "$u" ] && { skip "$name message '$fmt'" "no input can reach it"; continue 2; }
        done
        re=$(printf '%s' "$fmt" | sed -e 's/[][\.*^$()+?{}|]/\\&/g' -e 's/%[0-9]*[sudx]/.*/g')
        if LC_ALL=C grep -a -q -x -E -e "$re" "$covered"; then
            pass "$name message '$fmt'"
        else
            fail "$name message '$fmt'" "no test produces this message (add a program to tests/programs/load-errors/)"
        fi
    done < <(sed -n 's/.*fail([^"]*"\(\([^"\\]\|\\.\)*\)".*/\1/p' "$src" | sed 's/\\\\/\\/g' | sort -u)
    [ "$n" -ge "$min" ] || fail "$name messages" "found only $n fail() formats in $src: has the code changed shape?"
}

# dispatcher_list: `$VM --list`, or with TESTS_DISPATCHERS="a b" set only
# the lines of those dispatchers (the suites that look at every
# dispatcher's machine code, run by tests/suites/41-new-dispatch.sh for
# the new one alone: the others are what the real run tests).
dispatcher_list() {
    if [ -n "${TESTS_DISPATCHERS:-}" ]; then
        "$VM" --list | awk -v want=" $TESTS_DISPATCHERS " 'index(want, " " $1 " ")'
    else
        "$VM" --list
    fi
}

# no_compiled CMD...: CMD with the compiled dispatcher unavailable (a
# DISPATCHLAB_CC that names no compiler).  For a `-d all` run right after
# each dispatcher ran alone on the same input: there the compiled
# dispatcher would only run the C compiler a second time (20, 71, 80).
no_compiled() { DISPATCHLAB_CC=/nonexistent/cc "$@"; }

# Helpers for test suites (sourced).  See tests/run.sh for the protocol.
pass() { printf 'ok %s\n' "$1"; }
fail() { printf 'FAIL %s: %s\n' "$1" "$2"; shift 2; [ $# -eq 0 ] || printf '%s\n' "$@" | sed 's/^/    /'; }
skip() { printf 'skip %s: %s\n' "$1" "$2"; }
# check NAME COMMAND...: pass when COMMAND exits 0.
check() { local n=$1; shift; if "$@" >/dev/null 2>&1; then pass "$n"; else fail "$n" "command failed: $*"; fi; }

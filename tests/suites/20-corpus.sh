#!/usr/bin/env bash
# The corpus: every program under tests/programs/ on every dispatcher.
#
# Each .vm file carries its expectations as comments (docs/tests.md):
#     ; expect: LINE            one per line of standard output, in order
#     ; expect-error: LINE: runtime error: MESSAGE   (or LINE: error: MESSAGE)
#                               the one line on standard error, without the
#                               "FILE:" that the vm puts in front
#     ; args: ARGS              extra command-line arguments
#     ; expect-count: N         the exact number of executed instructions
# The exit status follows from the error kind: 0 none, 1 runtime error,
# 2 error (assembler or verifier).
#
# A program is run once per dispatcher that `$VM --list` shows available,
# with --stats (whose "stats:" line gives the executed count and is then
# left out of the stderr comparison), and once with -d all (the compiled
# dispatcher in it on the real and ops programs only).  Checked:
# stdout and stderr byte for byte, the exit status, the same executed count
# on every dispatcher and, when given, the expected count.
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- the dispatchers ---------------------------------------------------
dispatchers=()
while IFS= read -r line; do
    name=${line%% *}
    case $line in
        *"[unavailable here:"*) skip "corpus @$name" "unavailable: ${line#*\[unavailable here: }" ;;
        *) dispatchers+=("$name") ;;
    esac
done < <("$VM" --list)
if [ ${#dispatchers[@]} -eq 0 ]; then
    fail "corpus" "no available dispatcher in '$VM --list'"
    exit 0
fi

# ---- the expectations, read with one grep over the whole corpus --------
mapfile -t programs < <(find tests/programs -name '*.vm' -type f | LC_ALL=C sort)
if [ ${#programs[@]} -lt 100 ]; then
    fail "corpus" "only ${#programs[@]} programs found under tests/programs"
fi
declare -A out err count args bad
# -a: some programs hold control characters (even NUL) on purpose.
while IFS= read -r hit; do
    file=${hit%%:*}
    text=${hit#*:}
    text=${text#*:}                 # drop grep's line number
    text=${text%$'\r'}              # CRLF programs
    if [[ $text =~ \;[[:space:]]*expect:\ (.*)$ ]]; then
        out[$file]+="${BASH_REMATCH[1]}"$'\n'
    elif [[ $text =~ \;[[:space:]]*expect-error:\ (.*)$ ]]; then
        [ -z "${err[$file]:-}" ] || bad[$file]="more than one expect-error"
        err[$file]=${BASH_REMATCH[1]}
    elif [[ $text =~ \;[[:space:]]*expect-count:\ ([0-9]+)[[:space:]]*$ ]]; then
        count[$file]=${BASH_REMATCH[1]}
    elif [[ $text =~ \;[[:space:]]*args:\ (.*)$ ]]; then
        args[$file]=${BASH_REMATCH[1]}
    else
        bad[$file]="malformed directive: $text"
    fi
done < <(LC_ALL=C grep -a -H -n -E ';[[:space:]]*(expect[-a-z]*|args):' "${programs[@]}")

# ---- running -------------------------------------------------------------
# slurp FILE VAR: the whole file into VAR, without a subshell.
slurp() { IFS= read -r -d '' "$2" <"$1" || true; }

# Show expected and actual text as a unified diff.
show_diff() {  # what expected actual-file
    printf '%s' "$2" >"$tmp/expected"
    printf '%s differs (- expected, + actual):\n' "$1"
    diff -u --label expected --label actual "$tmp/expected" "$3" | tail -n +3
}

for f in "${programs[@]}"; do
    name=${f#tests/programs/}
    if [ -n "${bad[$f]:-}" ]; then
        fail "corpus $name" "${bad[$f]}"
        continue
    fi
    want_out=${out[$f]:-}
    want_err=
    want_rc=0
    case ${err[$f]:-} in
        "") ;;
        [0-9]*": runtime error: "*) want_rc=1 ;;
        [0-9]*": error: "*) want_rc=2 ;;
        *) fail "corpus $name" "expect-error must be 'LINE: runtime error: ...' or 'LINE: error: ...'"
           continue ;;
    esac
    [ -z "${err[$f]:-}" ] || want_err="$f:${err[$f]}"$'\n'
    read -r -a extra <<<"${args[$f]:-}"
    first_count='' first_d=''
    for d in "${dispatchers[@]}"; do
        "$VM" -d "$d" --stats "${extra[@]}" "$f" >"$tmp/out" 2>"$tmp/err.raw"
        rc=$?
        # Split off the stats line: it carries the executed count.
        got_count='' got_err='' got_out=''
        while IFS= read -r l; do
            if [[ $l =~ ^stats:\ [^:]+:\ ([0-9]+)\ instructions\ executed ]]; then
                got_count=${BASH_REMATCH[1]}
            else
                got_err+="$l"$'\n'
            fi
        done <"$tmp/err.raw"
        got_err+=$l                 # a last line without its newline
        printf '%s' "$got_err" >"$tmp/err"
        slurp "$tmp/out" got_out
        why=()
        [ "$rc" = "$want_rc" ] || why+=("exit status $rc, expected $want_rc")
        [ "$got_out" = "$want_out" ] || why+=("stdout differs")
        [ "$got_err" = "$want_err" ] || why+=("stderr differs")
        if [ $want_rc -ne 2 ]; then
            if [ -z "$got_count" ]; then
                why+=("no 'stats:' line with the executed count")
            elif [ -n "${count[$f]:-}" ] && [ "$got_count" != "${count[$f]}" ]; then
                why+=("executed $got_count instructions, expected ${count[$f]}")
            elif [ -n "$first_count" ] && [ "$got_count" != "$first_count" ]; then
                why+=("executed $got_count instructions, but $first_count on $first_d")
            fi
            [ -n "$first_count" ] || { first_count=$got_count; first_d=$d; }
        fi
        if [ ${#why[@]} -eq 0 ]; then
            pass "corpus $name @$d"
        else
            fail "corpus $name @$d" "$(printf '%s; ' "${why[@]}")"
            echo "    command: $VM -d $d --stats ${args[$f]:-} $f"
            [ "$got_out" = "$want_out" ] || show_diff stdout "$want_out" "$tmp/out" | sed 's/^/    /'
            [ "$got_err" = "$want_err" ] || show_diff stderr "$want_err" "$tmp/err" | sed 's/^/    /'
        fi
    done

    # -d all runs them all in one process and compares them itself (exit
    # status 3 on disagreement); it must end as each one alone did.  The
    # compiled dispatcher, checked alone above on every program, takes part
    # here on the real and ops programs; elsewhere -d all leaves it out
    # (no_compiled, tests/lib.sh): running the C compiler a second time for
    # each program was a third of this suite's time.
    nocc=()
    case $name in real/*|ops/*) ;; *) nocc=(no_compiled) ;; esac
    "${nocc[@]}" "$VM" -d all "${extra[@]}" "$f" >"$tmp/out" 2>"$tmp/err.raw"
    rc=$?
    got_err='' got_out=''
    while IFS= read -r l; do
        case $l in *": note: skipping dispatcher "*) ;; *) got_err+="$l"$'\n' ;; esac
    done <"$tmp/err.raw"
    got_err+=$l
    printf '%s' "$got_err" >"$tmp/err"
    slurp "$tmp/out" got_out
    if [ "$rc" = "$want_rc" ] && [ "$got_out" = "$want_out" ] && [ "$got_err" = "$want_err" ]; then
        pass "corpus $name @all"
    else
        fail "corpus $name @all" "exit status $rc (expected $want_rc), or stdout/stderr differ"
        echo "    command: $VM -d all ${args[$f]:-} $f"
        [ "$got_out" = "$want_out" ] || show_diff stdout "$want_out" "$tmp/out" | sed 's/^/    /'
        [ "$got_err" = "$want_err" ] || show_diff stderr "$want_err" "$tmp/err" | sed 's/^/    /'
    fi
done
exit 0

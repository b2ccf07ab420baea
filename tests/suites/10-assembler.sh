#!/usr/bin/env bash
# The assembler (isa/asm.c) and reading the program (vm/main.c).
#
# Most assembler errors are corpus programs (tests/programs/load-errors/,
# near misses in tests/programs/accepted/).  This suite checks what a
# corpus file cannot hold: the empty file, line numbers in generated and
# oddly terminated text, the bytecode size limit, standard input, files
# that cannot be read; and it checks that every message isa/asm.c can
# produce is tested somewhere, so that a new message needs a new test.
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/covered"          # the messages checked here, for the coverage check

# vm_run ARGS...: run the vm; sets rc, out, err (out and err without their
# final newline, as $(...) gives them).
vm_run() {
    "$VM" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    out=$(<"$tmp/out")
    err=$(<"$tmp/err")
}

# load_error NAME FILE LINE MESSAGE: `$VM FILE` must fail to load with
# exactly "FILE:LINE: error: MESSAGE", exit status 2 and no output.
load_error() {
    local name=$1 file=$2 want="$2:$3: error: $4"
    printf '%s\n' "$4" >>"$tmp/covered"
    vm_run "$file"
    if [ "$rc" = 2 ] && [ -z "$out" ] && [ "$err" = "$want" ]; then
        pass "asm $name"
    else
        fail "asm $name" "exit status $rc (expected 2)" "expected stderr: $want" \
             "actual stderr:   $err" "stdout: ${out:0:200}"
    fi
}

# runs_ok NAME FILE OUTPUT: the program loads, runs, prints OUTPUT.
runs_ok() {
    vm_run "$2"
    if [ "$rc" = 0 ] && [ -z "$err" ] && [ "$out" = "$3" ]; then
        pass "asm $1"
    else
        fail "asm $1" "exit status $rc (expected 0)" "stderr: $err" "stdout: ${out:0:200}"
    fi
}

# ---- the empty program and where "no instructions" is reported -----------
p=$tmp/p.vm
: >"$p";                         load_error empty-file "$p" 1 "the program has no instructions"
printf '\n' >"$p";               load_error one-newline "$p" 1 "the program has no instructions"
printf '\n\n\n' >"$p";           load_error three-newlines "$p" 3 "the program has no instructions"
printf '; a comment' >"$p";      load_error comment-no-newline "$p" 1 "the program has no instructions"
printf '; a\n; b' >"$p";         load_error two-lines-no-newline "$p" 2 "the program has no instructions"
printf 'a:\r\nb:\r\n' >"$p";     load_error labels-crlf "$p" 2 "the program has no instructions"

# ---- line numbers ------------------------------------------------------------
printf 'halt\nbogus' >"$p";      load_error last-line-no-newline "$p" 2 "unknown instruction 'bogus'"
printf 'push 1\r\nprint\r\nhalt\r\nfoo\r\n' >"$p"
load_error crlf-line "$p" 4 "unknown instruction 'foo'"      # no \r in the word
printf '\n\n\n\n\n\n\n\npush 1 2\nhalt\n' >"$p"
load_error after-blank-lines "$p" 9 "'push' takes one operand, but has more: '2'"
{ for i in $(seq 999); do echo "    nop"; done; echo "    bogus 1"; echo "    halt"; } >"$p"
load_error line-1000 "$p" 1000 "unknown instruction 'bogus'"
{ echo "start:"; for i in $(seq 1998); do echo "    nop"; done; echo "start: halt"; } >"$p"
load_error duplicate-far-apart "$p" 2000 "label 'start' is already defined on line 1"
# An undefined label is reported where it is used, not at the end.
{ echo "    nop"; echo "    nop"; echo "    jmp away"; for i in $(seq 500); do echo "    nop"; done; echo "    halt"; } >"$p"
load_error undefined-at-use "$p" 3 "undefined label 'away'"
# The first error in the text is the one reported ...
printf 'push 1\npush 1x\nbogus\nhalt\n' >"$p"
load_error first-error-wins "$p" 2 "bad integer '1x' (decimal or 0x hex, optionally negative)"
# ... but labels are resolved in a second pass, after every line was read.
printf 'jmp nowhere\nhalt\npush 0x\n' >"$p"
load_error labels-second-pass "$p" 3 "bad integer '0x' (decimal or 0x hex, optionally negative)"

# ---- long words ---------------------------------------------------------------
printf 'pushpushpushpushpush 1\nhalt\n' >"$p"
load_error long-mnemonic "$p" 1 "unknown instruction 'pushpushpushpushpush'"
long=$(printf 'x%.0s' $(seq 1000))
printf 'jmp %s\nhalt\n%s: push 7\nprint\nhalt\n' "$long" "$long" >"$p"
runs_ok long-label "$p" 7
printf 'jmp %sy\nhalt\n%s: halt\n' "$long" "$long" >"$p"
load_error long-label-quoted "$p" 1 "undefined label '$(printf 'x%.0s' $(seq 40))...'"
{ printf '; '; printf 'comment %.0s' $(seq 20000); printf '\npush 3\nprint\nhalt\n'; } >"$p"
runs_ok long-comment-line "$p" 3

# ---- control characters: every one, everywhere --------------------------------
# docs/isa.md: words are separated by spaces and tabs; a line ends with \n,
# and a \r just before it is ignored; every other control character (0x00 to
# 0x1f, 0x7f) is an error outside a comment; a comment holds any byte but \n.
# ctl_case NAME PRINTF-FORMAT EXPECT-FN: for each control character c, the
# program printf FORMAT c (the format has one %s for c) must end as
# EXPECT-FN c says: "run OUTPUT" or "error LINE MESSAGE".
ctl_case() {
    local name=$1 fmt=$2 expect=$3 c hex want got bad=()
    for c in $(seq 0 31) 127; do
        hex=$(printf '%02x' "$c")
        # the byte itself, as printf's \xHH (bash strings cannot hold NUL)
        printf "${fmt//%s/\\x$hex}" >"$p"
        want=$("$expect" "$c" "$hex")
        vm_run "$p"
        case $want in
            run\ *)   [ "$rc" = 0 ] && [ "$out" = "${want#run }" ] && [ -z "$err" ] ;;
            error\ *) want=${want#error }
                      printf '%s\n' "${want#* }" >>"$tmp/covered"
                      [ "$rc" = 2 ] && [ -z "$out" ] && [ "$err" = "$p:${want%% *}: error: ${want#* }" ] ;;
        esac || bad+=("0x$hex: exit $rc, stdout '$out', stderr '$err' (expected $want)")
    done
    if [ ${#bad[@]} = 0 ]; then pass "asm control characters: $name (0x00-0x1f, 0x7f)"; else
        fail "asm control characters: $name" "${#bad[@]} of 33 bytes wrong" "${bad[@]}"; fi
}
invalid() { echo "error $1 invalid character '\\x$2'"; }
# between the mnemonic and its operand
between() { case $1 in 9) echo "run 5" ;; 10) echo "error 1 'push' needs an integer operand" ;;
                       *) invalid 1 "$2" ;; esac; }
ctl_case "between two words" 'push%s5\nprint\nhalt\n' between
# at the end of a line, before its \n (a \r there is a CRLF line end)
at_end() { case $1 in 9|10|13) echo "run 5" ;; *) invalid 1 "$2" ;; esac; }
ctl_case "at the end of a line" 'push 5%s\nprint\nhalt\n' at_end
# at the start of a line
at_start() { case $1 in 9|10) echo "run 5" ;; *) invalid 2 "$2" ;; esac; }
ctl_case "at the start of a line" 'push 5\n%sprint\nhalt\n' at_start
# alone on a line
alone() { case $1 in 9|10|13) echo "run 5" ;; *) invalid 2 "$2" ;; esac; }
ctl_case "alone on a line" 'push 5\n%s\nprint\nhalt\n' alone
# in a label name
in_label() { case $1 in 9|10) echo "error 1 unknown instruction 'a'" ;; *) invalid 1 "$2" ;; esac; }
ctl_case "in a label" 'a%sb: push 5\nprint\nhalt\n' in_label
# in an integer operand
in_number() { case $1 in 9) echo "error 1 'push' takes one operand, but has more: '6'" ;;
                         10) echo "error 2 unknown instruction '6'" ;; *) invalid 1 "$2" ;; esac; }
ctl_case "in an integer" 'push 5%s6\nprint\nhalt\n' in_number
# the last byte of a file without a final newline: a lone \r there is an error
last() { case $1 in 9|10) echo "run 5" ;; *) invalid 3 "$2" ;; esac; }
ctl_case "the last byte of the file" 'push 5\nprint\nhalt%s' last
# in a comment: any byte but \n, which ends the comment
in_comment() { case $1 in 10) echo "error 2 unknown instruction 'y'" ;; *) echo "run 5" ;; esac; }
ctl_case "in a comment" 'push 5 ; x%sy\nprint\nhalt\n' in_comment
ctl_case "in a comment line" '; x%sy\npush 5\nprint\nhalt\n' in_comment

# \r in particular: only just before \n
printf 'push 5\r\nprint\r\nhalt\r\n' >"$p";     runs_ok "cr: CRLF line ends" "$p" 5
printf 'push 5 ; x\r\nprint\nhalt' >"$p";       runs_ok "cr: CRLF after a comment" "$p" 5
printf 'push 5 ; x\ry\nprint\nhalt\n' >"$p";    runs_ok "cr: lone CR in a comment" "$p" 5
printf 'a:\r\nb: c:\r\npush 5\r\nprint\r\njmp a\r\n' >"$p"
vm_run --max-steps 3 "$p"
if [ "$rc" = 1 ] && [ "$out" = 5 ]; then pass "asm cr: CRLF after labels"; else
    fail "asm cr: CRLF after labels" "exit $rc, stdout '$out', stderr '$err'"; fi
printf 'push 5\rprint\rhalt\r' >"$p";           load_error "cr: CR alone ends no line" "$p" 1 "invalid character '\\x0d'"
printf 'push 5\r\r\nprint\nhalt\n' >"$p";       load_error "cr: CR CR LF" "$p" 1 "invalid character '\\x0d'"
printf 'push 5\n\r\r\nhalt\n' >"$p";            load_error "cr: CR CR LF alone" "$p" 2 "invalid character '\\x0d'"
printf 'push\r5\nprint\nhalt\n' >"$p";          load_error "cr: CR between words" "$p" 1 "invalid character '\\x0d'"
printf 'push 5\nprint\nhalt\n\r' >"$p";         load_error "cr: CR at the end of the file" "$p" 4 "invalid character '\\x0d'"
printf 'push 5\nprint\nhalt\n\r\n' >"$p";       runs_ok "cr: CRLF as the last line" "$p" 5
printf 'push\v5\nprint\nhalt\n' >"$p";          load_error "vt between words" "$p" 1 "invalid character '\\x0b'"
printf 'push\f5\nprint\nhalt\n' >"$p";          load_error "ff between words" "$p" 1 "invalid character '\\x0c'"
# bytes from 0x80 on are no control characters: part of a word
printf 'push 5\nprint\nhalt\n\x80\n' >"$p";     load_error "byte 0x80" "$p" 4 "unknown instruction '\\x80'"
printf 'push 5 ; \x85\x9b\xff\nprint\nhalt\n' >"$p"; runs_ok "bytes 0x85 0x9b 0xff in a comment" "$p" 5

# ---- the bytecode size limit (64 MiB, isa/isa.h MAX_CODE_BYTES) ---------------
# 7456540 pushes are 67108860 bytes; four one-byte instructions more make
# exactly 67108864: the assembler accepts that (and the verifier then sees
# the data stack overflow at push 4097); five more are one byte too many.
big() {  # big N-ONE-BYTE-INSTRUCTIONS: the program on stdout
    awk -v n="$1" 'BEGIN { for (i = 0; i < 7456540; i++) print "push 0"
                           for (i = 1; i < n; i++) print "nop"; print "halt" }'
}
big 4 | "$VM" - >"$tmp/out" 2>"$tmp/err"; rc=$?
want="<stdin>:4097: error: stack overflow: 'push' would leave 4097 values on the stack (the limit is 4096)"
if [ "$rc" = 2 ] && [ "$(<"$tmp/err")" = "$want" ]; then
    pass "asm size-limit-exact"
else
    fail "asm size-limit-exact" "67108864 bytes of bytecode must assemble (exit $rc)" "$(head -c 300 "$tmp/err")"
fi
big 5 | "$VM" - >"$tmp/out" 2>"$tmp/err"; rc=$?
want="<stdin>:7456545: error: program too large (more than 67108864 bytes of bytecode)"
printf '%s\n' "program too large (more than 67108864 bytes of bytecode)" >>"$tmp/covered"
if [ "$rc" = 2 ] && [ "$(<"$tmp/err")" = "$want" ]; then
    pass "asm size-limit-one-more"
else
    fail "asm size-limit-one-more" "exit $rc" "expected: $want" "actual:   $(head -c 300 "$tmp/err")"
fi

# ---- standard input -------------------------------------------------------------
vm_run - < <(printf 'push 4711\npush 42\nadd\nprint\nhalt\n')
if [ "$rc" = 0 ] && [ "$out" = 4753 ] && [ -z "$err" ]; then pass "stdin run"; else
    fail "stdin run" "exit $rc, stdout '$out', stderr '$err'"; fi
vm_run - < <(printf 'push 1\n\nfrob\n')
if [ "$rc" = 2 ] && [ -z "$out" ] && [ "$err" = "<stdin>:3: error: unknown instruction 'frob'" ]; then
    pass "stdin load error"; else fail "stdin load error" "exit $rc, stderr '$err'"; fi
vm_run - < <(printf 'push 5\nprint\npush 0\npush 0\ndiv\nhalt\n')
if [ "$rc" = 1 ] && [ "$out" = 5 ] && [ "$err" = "<stdin>:5: runtime error: division by zero" ]; then
    pass "stdin runtime error"; else fail "stdin runtime error" "exit $rc, stdout '$out', stderr '$err'"; fi
vm_run - </dev/null
if [ "$rc" = 2 ] && [ "$err" = "<stdin>:1: error: the program has no instructions" ]; then
    pass "stdin empty"; else fail "stdin empty" "exit $rc, stderr '$err'"; fi

# ---- files that cannot be read -----------------------------------------------
vm_run "$tmp/no-such-file.vm"
if [ "$rc" = 2 ] && [ -z "$out" ] &&
   [ "$err" = "$tmp/no-such-file.vm: error: cannot read the program: No such file or directory" ]; then
    pass "file missing"; else fail "file missing" "exit $rc, stderr '$err'"; fi
mkdir "$tmp/dir.vm"
vm_run "$tmp/dir.vm"
if [ "$rc" = 2 ] && [ -z "$out" ] && [ "$err" = "$tmp/dir.vm: error: cannot read the program: Is a directory" ]; then
    pass "file is a directory"; else fail "file is a directory" "exit $rc, stderr '$err'"; fi
printf 'halt\n' >"$tmp/secret.vm"
chmod 000 "$tmp/secret.vm"
want="$tmp/secret.vm: error: cannot read the program: Permission denied"
if [ "$(id -u)" != 0 ]; then
    vm_run "$tmp/secret.vm"
    if [ "$rc" = 2 ] && [ "$err" = "$want" ]; then pass "file unreadable"; else
        fail "file unreadable" "exit $rc, stderr '$err'"; fi
elif command -v setpriv >/dev/null 2>&1 &&
     setpriv --reuid=65534 --regid=65534 --clear-groups "$VM" --list >/dev/null 2>&1; then
    # root may read anything: ask as the unprivileged user 'nobody'
    chmod 755 "$tmp"
    setpriv --reuid=65534 --regid=65534 --clear-groups "$VM" "$tmp/secret.vm" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" = 2 ] && [ "$(<"$tmp/err")" = "$want" ]; then pass "file unreadable"; else
        fail "file unreadable" "exit $rc, stderr '$(<"$tmp/err")'"; fi
else
    skip "file unreadable" "running as root and cannot drop privileges (setpriv)"
fi

# ---- every assembler message is tested ----------------------------------------
# Each message of isa/asm.c must come from a corpus load error or a check
# above (tests/lib.sh).  These cannot come from any input:
messages_tested asm isa/asm.c 10 "$tmp/covered" \
    "out of memory" \
    "program too large (too many instructions)" \
    "too many lines"
# (malloc failing; 2^32 instructions: the 64 MiB byte limit comes first;
# 2^32 lines: the 256 MiB source limit comes first)
exit 0

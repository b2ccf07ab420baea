#!/usr/bin/env bash
# The compiled dispatcher (dispatch/compiled/): what the corpus cannot show.
#
#   shapes    programs built here whose generated C takes every path the
#             translation has: functions of several chunks (a loop across a
#             chunk boundary in registers, calls and returns between
#             chunks), a ret with more return points than its own switch
#             takes (the shared one), mutual recursion, and the checked copy
#             entered from a frame that does not fit and left only at the
#             end (a verified return address popped there); each with its
#             result derived by hand, -d all agreeing, and the same under
#             --max-steps at limits spread over the run
#   C         the generated C compiles without a warning (-Wall -Wextra
#             -Werror, gcc and clang where installed); fib's ret switches
#             over exactly its three return points; the machine code of
#             asm/sample.vm (a loop that calls a function) has no indirect
#             jump: its ret, with one return point, became a direct jump
#   where not the compiler named by DISPATCHLAB_CC missing, failing, slower
#             than DISPATCHLAB_CC_SECONDS, making code for another machine;
#             PATH empty; a TMPDIR from which nothing may be executed (a
#             noexec tmpfs, where unshare can mount one): --list says why,
#             -d compiled exits 2, -d all skips it (a note with --stats); and a build
#             without dlopen (-DCOMPILED_NO_DLOPEN)
#   limits    a program over the size limit: one error line, exit 2; SIGTERM
#             while the compiler runs ends the vm by that signal
#   leftovers none of the above leaves a file in TMPDIR or a compiler running
set -u
. "$ROOT/tests/lib.sh"
cd "$ROOT" || exit 1

if ! "$VM" --list | grep -q '^compiled '; then
    skip compiled "no compiled dispatcher in this build"
    exit 0
fi
if "$VM" --list | grep -q '^compiled .*\[unavailable here'; then
    skip compiled "$("$VM" --list | sed -n 's/^compiled .*\[unavailable here: \(.*\)\]$/unavailable: \1/p')"
    exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# every run below compiles in a private TMPDIR, checked for leftovers at the end
export TMPDIR=$tmp/t
mkdir -p "$TMPDIR"

# runs NAME FILE EXPECTED-OUTPUT [STEP-LIMITS...]: -d compiled prints the
# expected output and exits 0 (with COUNT=N in the environment, after
# executing N instructions), -d all agrees; with --max-steps at each limit,
# -d all agrees (exit 0 or 1, never 3: no disagreement).
runs() {
    local name=$1 file=$2 want=$3 k rc bad=
    shift 3
    got=$("$VM" -d compiled --stats "$file" 2>"$tmp/err")
    rc=$?
    if [ -n "${COUNT:-}" ] && ! grep -q "^stats: compiled: $COUNT instructions executed" "$tmp/err"; then
        fail "compiled $name" "expected $COUNT instructions executed: $(grep '^stats:' "$tmp/err")"
        return
    fi
    sed -i '/^stats: /d' "$tmp/err"
    if [ $rc != 0 ] || [ "$got" != "$want" ] || [ -s "$tmp/err" ]; then
        fail "compiled $name" "exit $rc, output '$(echo $got)', expected '$(echo $want)'" "$(head -n 3 "$tmp/err")"
        return
    fi
    "$VM" -d all "$file" >"$tmp/all" 2>"$tmp/err"
    rc=$?
    if [ $rc != 0 ] || [ "$(cat "$tmp/all")" != "$want" ]; then
        fail "compiled $name: -d all" "exit $rc" "$(head -n 5 "$tmp/err")"
        return
    fi
    for k in "$@"; do
        "$VM" -d all --max-steps "$k" "$file" >/dev/null 2>"$tmp/err"
        rc=$?
        [ $rc = 0 ] || [ $rc = 1 ] || bad="$bad $k (exit $rc: $(head -n 2 "$tmp/err" | tr '\n' ' '))"
    done
    if [ -n "$bad" ]; then
        fail "compiled $name: --max-steps" "the dispatchers disagree at$bad"
    else
        pass "compiled $name (and -d all, and --max-steps at $# limits)"
    fi
}

# nops N: N nop lines (padding that moves code into the next chunk of 256)
nops() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) print "    nop" }'; }

# ---- a loop in registers across a chunk boundary --------------------------------
# sum of 0..999; every instruction of the entry context keeps the stack in
# R[]; the loop body runs from ordinal 202 to 271, so that each iteration
# leaves chunk 0 for chunk 1 and comes back (spill, reload).
{
    echo "    push 0"; echo "    push 0"; nops 200
    echo "loop: dup"; echo "    rot"; echo "    add"; echo "    swap"; nops 60
    printf '    push 1\n    add\n    dup\n    push 1000\n    lt\n    jnz loop\n    drop\n    print\n    halt\n'
} >"$tmp/regs.vm"
# 202 + 1000 * 70 + 3 instructions
COUNT=70205 runs "a loop in registers across chunks" "$tmp/regs.vm" 499500 0 1 202 203 256 257 271 272 \
    1000 69999 70201 70202 70204 70205

# ---- calls between chunks, a shared return switch, mutual recursion -----------
# g(i) = 3i + 1 summed over i = 1..30 (1425); h(k) = 2k from 20 call sites
# (420: more return points than a ret's own switch takes); even(101) = 0
# and even(100) = 1 through odd/even in two chunks.
{
    echo "    push 0"; echo "    push 1"; nops 230
    echo "loop: dup"; echo "    call g"; echo "    rot"; echo "    add"; echo "    swap"; nops 30
    printf '    push 1\n    add\n    dup\n    push 31\n    lt\n    jnz loop\n    drop\n    print\n'
    echo "    push 0"
    for k in $(seq 1 20); do printf '    push %d\n    call h\n    add\n' "$k"; done
    echo "    print"
    printf '    push 101\n    call even\n    print\n    push 100\n    call even\n    print\n    halt\n'
    nops 300
    printf 'g:  push 3\n    mul\n    push 1\n    add\n    ret\n'
    nops 300
    printf 'h:  dup\n    add\n    ret\n'
    printf 'even: dup\n    jz even_yes\n    push 1\n    sub\n    call odd\n    ret\neven_yes: drop\n    push 1\n    ret\n'
    nops 300
    printf 'odd: dup\n    jz odd_yes\n    push 1\n    sub\n    call even\n    ret\nodd_yes: drop\n    push 0\n    ret\n'
} >"$tmp/calls.vm"
runs "calls between chunks, a shared return switch" "$tmp/calls.vm" "1425
420
0
1" 0 1 233 234 235 500 1000 1200 1300 1400 1500 1600

# ---- the checked copy, entered and never left -----------------------------------
# main fills the stack to 4030 values (a loop: heights unknown), calls g,
# whose frame fits; g pushes 20 and calls f at height 4051, where f's frame
# (1 value below, room for 51) does not fit, so the call goes on in the
# checked copy; f(0) takes the short way and returns; g drops its 20 and
# returns to main's verified return address, in the checked copy; main
# then drops the values 4029 down to 1, counting them (4029), adds k(1) = 2
# from 17 call sites (34: k's ret, in another chunk, uses the shared
# switch of the checked copy), calls f(1), which pushes its 50 at a low
# height, and prints 7.
{
    printf '    push 0\nfill: dup\n    push 1\n    add\n    dup\n    push 4029\n    lt\n    jnz fill\n'
    printf '    call g\n    push 0\nempty: swap\n    drop\n    push 1\n    add\n    over\n    jnz empty\n'
    printf '    swap\n    drop\n    print\n    push 0\n'
    for k in $(seq 1 17); do printf '    push 1\n    call k\n    add\n'; done
    printf '    print\n    push 1\n    call f\n    drop\n    push 7\n    print\n    halt\n'
    printf 'g:  '; for k in $(seq 1 20); do printf '    push 5\n'; done
    printf '    push 0\n    call f\n    drop\n'; for k in $(seq 1 20); do printf '    drop\n'; done
    printf '    ret\n'
    printf 'f:  dup\n    jz f_short\n'; for k in $(seq 1 50); do printf '    push 1\n'; done
    for k in $(seq 1 50); do printf '    drop\n'; done
    printf 'f_short: ret\n'
    nops 300
    printf 'k:  dup\n    add\n    ret\n'
} >"$tmp/checked.vm"
# 1 + 4029 * 7 instructions fill the stack, 48 run in g (its call
# included) and f(0), 1 + 4029 * 6 empty it, 3 + 1 + 17 * 6 + 1 add the
# k's, 2 + 103 + 4 end the run: 52643
COUNT=52643 runs "the checked copy entered from a frame that does not fit" "$tmp/checked.vm" "4029
34
7" 0 9 20000 28204 28205 28230 28252 28253 40000 52430 52500 52536 52537 52642 52643

# ---- the generated C ---------------------------------------------------------------
keep=$tmp/keep
compilers=$(for c in "$CC" gcc clang clang-19; do command -v "${c%% *}" >/dev/null 2>&1 && echo "$c"; done | sort -u)
for prog in bench/programs/fib.vm bench/programs/matmul.vm "$tmp/regs.vm" "$tmp/calls.vm" "$tmp/checked.vm" \
            tests/programs/limits/frame-one-over.vm; do
    rm -rf "$keep"
    DISPATCHLAB_COMPILED_KEEP=$keep "$VM" -d compiled "$prog" >/dev/null 2>&1
    if [ ! -s "$keep/compiled.c" ]; then
        fail "compiled C of $(basename "$prog")" "DISPATCHLAB_COMPILED_KEEP left no compiled.c"
        continue
    fi
    for c in $compilers; do
        # shellcheck disable=SC2086
        if $c -std=gnu11 -O2 -Wall -Wextra -Werror -fPIC -shared -I "$keep" -o "$keep/w.so" \
              "$keep/compiled.c" >"$tmp/warn" 2>&1; then
            pass "compiled C of $(basename "$prog"): no warning from $c"
        else
            fail "compiled C of $(basename "$prog"): no warning from $c" "$(head -n 8 "$tmp/warn")"
        fi
    done
done
rm -rf "$keep"
DISPATCHLAB_COMPILED_KEEP=$keep "$VM" -d compiled bench/programs/fib.vm >/dev/null 2>&1
# fib's ret (verified copy): the return points after `call fib` in main and
# the two in fib itself, nothing else
cases=$(awk '/^V17:/ { on = 1 } on && /case / { n++ } on && /default:/ { print n + 0; exit }' "$keep/compiled.c")
if [ "$cases" = 3 ]; then
    pass "compiled fib: its ret switches over its 3 return points"
else
    fail "compiled fib: its ret switches over its 3 return points" "found ${cases:-no} cases at V17"
fi
rm -rf "$keep"
DISPATCHLAB_COMPILED_KEEP=$keep "$VM" -d compiled asm/sample.vm >/dev/null 2>&1
case $(uname -m) in
    x86_64) ijmp='\sjmp\s+\*|\snotrack jmp\s+\*' ;;
    aarch64) ijmp='\sbr\s' ;;
    *) ijmp= ;;
esac
if [ -z "$ijmp" ] || ! command -v objdump >/dev/null 2>&1; then
    skip "compiled sample.vm: no indirect jump" "no objdump, or no rule for $(uname -m)"
else
    n=$(objdump -d --no-show-raw-insn "$keep/compiled.so" |
        awk '/^[0-9a-f]+ <dl_V0>:$/ { on = 1; next } /^[0-9a-f]+ <.*>:$/ { on = 0 } on' | grep -cE "$ijmp")
    if [ "$n" = 0 ]; then
        pass "compiled sample.vm: no indirect jump in the verified copy's code (its ret is a direct jump)"
    else
        fail "compiled sample.vm: no indirect jump in the verified copy's code" "found $n"
    fi
fi
rm -rf "$keep"

# ---- where it cannot run -------------------------------------------------------------
# unavailable WHY-ERE ENV...: with the environment changed, --list marks it
# unavailable saying WHY, -d compiled exits 2 saying so, -d all runs the
# others (and notes it with --stats)
unavailable() {
    local what=$1 why=$2 line
    shift 2
    line=$(env "$@" "$VM" --list 2>&1 | grep '^compiled ')
    if ! printf '%s\n' "$line" | grep -qE "\[unavailable here: $why"; then
        fail "compiled unavailable: $what" "--list: $line"
        return
    fi
    env "$@" "$VM" -d compiled examples/lecture.vm >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [ $rc != 2 ] || [ -s "$tmp/out" ] || [ "$(wc -l <"$tmp/err")" != 1 ] ||
       ! grep -qE "^vm: error: dispatcher 'compiled' is not available here: $why" "$tmp/err"; then
        fail "compiled unavailable: $what" "-d compiled: exit $rc, $(head -n 2 "$tmp/err")"
        return
    fi
    env "$@" "$VM" -d all --stats examples/lecture.vm >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc != 0 ] || [ "$(cat "$tmp/out")" != 4753 ] || ! grep -q "skipping dispatcher 'compiled'" "$tmp/err"; then
        fail "compiled unavailable: $what" "-d all: exit $rc, $(head -n 2 "$tmp/err")"
        return
    fi
    pass "compiled unavailable: $what ($(printf '%s\n' "$line" | sed 's/.*\[unavailable here: //; s/\]$//'))"
}
unavailable "DISPATCHLAB_CC names nothing" "no C compiler: DISPATCHLAB_CC='$tmp/none' names no executable file" \
    DISPATCHLAB_CC="$tmp/none"
case $CC in
    */*) skip "compiled unavailable: PATH empty" "the build's compiler $CC is an absolute path" ;;
    *)   unavailable "PATH empty" "no C compiler: " -u DISPATCHLAB_CC PATH= ;;
esac
unavailable "a compiler that fails" "the C compiler failed \(exit status 1\)" DISPATCHLAB_CC=false
printf '#!/bin/sh\necho $$ >"%s"\nexec sleep 60\n' "$tmp/slow.pid" >"$tmp/slow-cc"
chmod +x "$tmp/slow-cc"
unavailable "a compiler slower than the limit" "the C compiler took more than 1 s" \
    DISPATCHLAB_CC="$tmp/slow-cc" DISPATCHLAB_CC_SECONDS=1
if [ -s "$tmp/slow.pid" ] && kill -0 "$(cat "$tmp/slow.pid")" 2>/dev/null; then
    fail "compiled: a compiler over the time limit is killed" "process $(cat "$tmp/slow.pid") still runs"
    kill "$(cat "$tmp/slow.pid")" 2>/dev/null
else
    pass "compiled: a compiler over the time limit is killed"
fi
arch=$(uname -m)
case $arch in x86_64) other=aarch64-linux-gnu-gcc ;; *) other=x86_64-linux-gnu-gcc ;; esac
if command -v $other >/dev/null 2>&1; then
    unavailable "a compiler for another machine ($other)" "the C compiler makes code for another machine" \
        DISPATCHLAB_CC=$other
else
    skip "compiled unavailable: a compiler for another machine" "no $other installed"
fi
# a TMPDIR on a noexec tmpfs: the dynamic loader refuses to map the code
if command -v unshare >/dev/null 2>&1 &&
   unshare -rm sh -c "mount -t tmpfs -o noexec tmpfs '$TMPDIR'" 2>/dev/null; then
    line=$(unshare -rm sh -c "mount -t tmpfs -o noexec tmpfs '$TMPDIR' && '$VM' --list" 2>&1 | grep '^compiled ')
    if printf '%s\n' "$line" | grep -q '\[unavailable here: cannot load the compiled code: '; then
        pass "compiled unavailable: TMPDIR allows no execution ($(printf '%s\n' "$line" | sed 's/.*\[unavailable here: //; s/\]$//'))"
    else
        fail "compiled unavailable: TMPDIR allows no execution" "--list: $line"
    fi
else
    skip "compiled unavailable: TMPDIR allows no execution" "cannot mount a noexec tmpfs here (unshare -rm)"
fi

# no dlopen: a C library without <dlfcn.h> is simulated by a second build
# with -DCOMPILED_NO_DLOPEN (gcc configuration only, as 31-subroutine-far)
if [ -n "$SAN" ] || "$CC" --version 2>/dev/null | head -n 1 | grep -qi clang; then
    skip "compiled unavailable: no dlopen" "runs with the gcc configuration only"
elif make -s -C "$ROOT" BUILD="$BUILD/sub/nodlopen" CC="$CC" SAN= DISPATCH_ONLY=compiled \
        DISPATCH_CFLAGS_compiled=-DCOMPILED_NO_DLOPEN >"$tmp/nodl.log" 2>&1; then
    line=$("$(ls "$BUILD"/sub/nodlopen/*/bin/vm | head -n 1)" --list | grep '^compiled ')
    if printf '%s\n' "$line" | grep -q '\[unavailable here: no dlopen: '; then
        pass "compiled unavailable: no dlopen ($(printf '%s\n' "$line" | sed 's/.*\[unavailable here: //; s/\]$//'))"
    else
        fail "compiled unavailable: no dlopen" "--list: $line"
    fi
else
    fail "compiled unavailable: no dlopen" "the build failed:" "$(tail -n 5 "$tmp/nodl.log")"
fi

# ---- limits ------------------------------------------------------------------------------
{ nops 8193; echo "    halt"; } >"$tmp/big.vm"
"$VM" -d compiled "$tmp/big.vm" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 2 ] && [ ! -s "$tmp/out" ] && [ "$(cat "$tmp/err")" = \
     "vm: error: dispatcher 'compiled' cannot prepare the program: program too large for compilation (8194 instructions, at most 8192)" ]; then
    pass "compiled: a program over the size limit is refused in one line"
else
    fail "compiled: a program over the size limit is refused in one line" "exit $rc: $(head -n 3 "$tmp/err")"
fi
"$VM" -d all --stats "$tmp/big.vm" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc = 0 ] && grep -q "note: skipping dispatcher 'compiled': cannot prepare the program: program too large" "$tmp/err" &&
   [ "$(grep -c '8194 instructions executed' "$tmp/err")" -ge 2 ]; then
    pass "compiled: -d all skips it there and runs the others"
else
    fail "compiled: -d all skips it there and runs the others" "exit $rc: $(head -n 3 "$tmp/err")"
fi

# SIGTERM while the compiler runs: the build's compiler behind a script
# that first waits 20 s (not for the availability probe, whose C defines
# dl_probe), as a large program would keep it busy; the vm dies of the
# signal once it has removed its directory and stopped the compiler
{ echo "    call nothing"; awk 'BEGIN { for (i = 0; i < 2000; i++) print "    push 9" }'
  printf '    print\n    halt\nnothing: ret\n'; } >"$tmp/slow.vm"
printf '#!/bin/sh\nfor a; do last=$a; done\ngrep -q dl_probe "$last" || sleep 20\nexec %s "$@"\n' "$CC" >"$tmp/wait-cc"
chmod +x "$tmp/wait-cc"
DISPATCHLAB_CC="$tmp/wait-cc" "$VM" -d compiled "$tmp/slow.vm" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    [ -n "$(ls -A "$TMPDIR")" ] && break
    sleep 0.1
done
sleep 0.5
kill -TERM $pid
wait $pid
rc=$?
sleep 0.2
if [ $rc = 143 ] && [ -z "$(ls -A "$TMPDIR")" ] && ! pgrep -f "$TMPDIR/" >/dev/null; then
    pass "compiled: SIGTERM while compiling: the vm ends by it, no file or compiler left"
else
    fail "compiled: SIGTERM while compiling: the vm ends by it, no file or compiler left" \
         "exit $rc; left: $(ls -A "$TMPDIR" | head -n 3 | tr '\n' ' '); processes: $(pgrep -f "$TMPDIR/" | tr '\n' ' ')"
fi

# ---- leftovers ---------------------------------------------------------------------------
if [ -z "$(ls -A "$TMPDIR")" ]; then
    pass "compiled: nothing left in TMPDIR"
else
    fail "compiled: nothing left in TMPDIR" "$(ls -A "$TMPDIR" | head -n 5)"
fi
exit 0

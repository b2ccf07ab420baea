#!/usr/bin/env bash
# devirt/run.sh -- the devirtualization demo, run by `make devirt`.
#
# Builds the experiments (see devirt/lib.sh), then prints pairs of listings --
# the same call before and after something that lets the compiler bind it
# -- with every instruction of the call annotated and a verdict read from the
# object code, a summary of the verdicts, and a timing table.  Nothing printed
# about what a compiler did is written in advance: it is all read from the
# objects just built.  docs/devirt.md explains the experiment.
#
# Environment: CC (C compiler, default cc), CXX (C++ compiler, default the one
# that goes with CC), OUT (build folder, default build/devirt), WARN.
set -u
# shellcheck source=devirt/lib.sh
. "$(dirname "$0")/lib.sh"

CC=${CC:-cc}
CXX=${CXX:-}
[ -n "$CXX" ] || CXX=$(dv_cxx_for "$CC")
OUT=${OUT:-build/devirt}
FAMILY=$(dv_family "$CC")
ARCH=$("$CC" -dumpmachine 2>/dev/null | cut -d- -f1)
HAVE_CXX=1
dv_have "$CXX" || HAVE_CXX=0

SUMMARY=()          # "pair|label|file|function|verdict" rows for the table at the end
PAIR=""
FAILED=0

# Text paragraphs, wrapped.
say() { printf '%s\n' "$*" | sed 's/^[[:space:]]*//' | fmt -w 76 | sed 's/^/   /'; }

# describe VERDICT-LINE: the verdict in words.
describe() {
    local v n
    v=$(dv_field "$1" verdict)
    n=$(dv_field "$1" indirect)
    case $v in
        indirect) echo "NOT devirtualized ($n indirect branch$([ "$n" = 1 ] || echo es))" ;;
        guarded)  echo "speculatively devirtualized (guarded; indirect fallback)" ;;
        direct)   echo "devirtualized: direct call" ;;
        inlined)  echo "devirtualized and inlined" ;;
        *)        echo "?" ;;
    esac
}

# side LABEL FILE FUNC: one listing with its header; sets V to its verdict.
side() {
    local label=$1 file=$2 func=$3 line
    if ! line=$(dv_verdict "$file" "$func"); then
        printf '   -- %s: %s() not found in %s\n' "$label" "$func" "$file"
        FAILED=1; V=missing; return
    fi
    V=$(dv_field "$line" verdict)
    printf '   -- %s: %s()  =>  %s\n' "$label" "$func" "$(describe "$line")"
    dv_listing "$file" "$func" | sed 's/^/ /'
    SUMMARY+=("$PAIR|$label|$file|$func|$V")
}

# pair NUM TITLE FLAGS  LLABEL LFILE LFUNC  RLABEL RFILE RFUNC
# Sets LV and RV to the two verdicts.  When both listings are the same
# instructions, the right one is not printed again.
pair() {
    local num=$1 title=$2 flags=$3
    PAIR=$num
    printf '\n== %s  %s\n' "$num" "$title"
    printf '   %s\n\n' "$flags"
    side "$4" "$5" "$6"; LV=$V
    if [ "$LV" != missing ] && dv_verdict "$8" "$9" >/dev/null 2>&1 &&
       [ "$(dv_listing "$5" "$6")" = "$(dv_listing "$8" "$9")" ]; then
        RV=$LV
        printf '   -- %s: %s()  =>  the very same instructions\n' "$7" "$9"
        SUMMARY+=("$PAIR|$7|$8|$9|$RV")
    else
        side "$7" "$8" "$9"; RV=$V
    fi
    echo
}

# ---------------------------------------------------------------------------
printf 'dispatchlab: devirtualization demo (docs/devirt.md)\n'
printf '  C:   %s = %s\n' "$CC" "$(dv_version "$CC")"
printf '  C++: %s = %s\n' "$CXX" "$([ $HAVE_CXX = 1 ] && dv_version "$CXX" || echo "not found")"
printf '  target: %s\n' "$ARCH"
printf '  builds in %s/ (commands in */build.log); the verdicts are read from\n' "$OUT"
printf '  the object code by devirt/annotate.pl, not written in advance.\n'

# ---- C++: the lecture's experiment --------------------------------------
if [ $HAVE_CXX = 1 ]; then
    dv_build_hanoi "$CXX" "$OUT/hanoi" || exit 1
    pair 1 "The lecture's experiment: note() calls out->post(), a virtual method" \
        "$CXX $DV_HANOI_FLAGS -c devirt/hanoi.cc   vs the same with -Dvirtual=\"\"" \
        "virtual" "$OUT/hanoi/virtual.o" note \
        '-Dvirtual=""' "$OUT/hanoi/devirt.o" note
    if [ "$LV" = indirect ] && { [ "$RV" = inlined ] || [ "$RV" = direct ]; }; then
        say "With 'virtual', note() must look the method up at run time: load the
        object pointer out, load the vtable pointer from the object, load the
        slot of post() and branch through it.  With -Dvirtual=\"\" post() is an
        ordinary member function: the call is bound when compiling,
        $([ "$RV" = inlined ] && echo "post() is inlined, and its printf, being
        the last thing note() does, becomes a tail jump -- 'jmp printf', as on
        the slide." || echo "a direct call.")"
    else
        say "Unexpected: the virtual build is '$LV', the devirtualized one '$RV'."
        FAILED=1
    fi
    a=$("$OUT/hanoi/virtual"); b=$("$OUT/hanoi/devirt")
    qa=$("$OUT/hanoi/virtual" -q | wc -l); qb=$("$OUT/hanoi/devirt" -q | wc -l)
    if [ "$a" = "$b" ]; then
        say "Both programs print the same $(printf '%s\n' "$a" | wc -l) moves.  With -q (out
        points to a Silent journal) the virtual build prints $qa lines and the
        devirtualized one $qb: deleting 'virtual' changed what the program
        means, which is why a compiler may only devirtualize what it can prove."
    else
        say "The two programs print different output!"; FAILED=1
    fi

    # shellcheck disable=SC2086  # DV_M32_FLAGS is a list of flags
    if dv_probe "$OUT/hanoi-m32/probe" "$CXX" cc $DV_M32_FLAGS -no-pie; then
        # shellcheck disable=SC2086
        dv_build_hanoi "$CXX" "$OUT/hanoi-m32" $DV_M32_FLAGS || exit 1
        pair 1b "The same, 32-bit as on the slide (-m32)" \
            "$CXX $DV_HANOI_FLAGS $DV_M32_FLAGS -c devirt/hanoi.cc   vs -Dvirtual=\"\"" \
            "virtual, -m32" "$OUT/hanoi-m32/virtual.o" note \
            '-Dvirtual="", -m32' "$OUT/hanoi-m32/devirt.o" note
        say "i386 passes the arguments on the stack, so both versions move them
        there; the difference is the same: vtable loads and an indirect branch
        on the left, a direct one on the right."
    else
        printf '\n== 1b  -m32: skipped, %s cannot link 32-bit programs here (no multilib)\n' "$CXX"
    fi

    # ---- C++: what the compiler does by itself ---------------------------
    dv_build_kinds "$CXX" "$FAMILY" "$OUT/kinds" || exit 1
    pair 2 "C++ final: the hierarchy ends, the call has one possible target" \
        "$CXX $DV_CXXFLAGS -c devirt/kinds.cc" \
        "Logger& (open)" "$OUT/kinds/kinds.o" via_base \
        "Console& (final)" "$OUT/kinds/kinds.o" via_final
    say "A Logger& may refer to any subclass, so via_base goes through the vtable.
    Console is final: whatever object arrives, its post() is Console::post.
    $([ "$RV" = direct ] && echo "The compiler calls it directly." ||
      echo "Verdict here: $RV.")"

    pair 3 "A class in an anonymous namespace: the whole hierarchy is in view" \
        "$CXX $DV_CXXFLAGS -c devirt/kinds.cc  (the object comes from an opaque function)" \
        "Logger& (open)" "$OUT/kinds/kinds.o" via_base \
        "Hidden (closed)" "$OUT/kinds/kinds.o" via_hidden
    if [ "$RV" = inlined ] || [ "$RV" = direct ]; then
        say "No other file can derive from Hidden, so Hidden::post is the only
        possible target: $CXX devirtualizes although it does not know the
        object (GCC's type-inheritance analysis, part of -fdevirtualize)."
    elif [ "$FAMILY" = clang ]; then
        say "$CXX does not use the closed hierarchy here: it knows which object
        find_hidden() returns (its noinline does not hide the result) but still
        loads the vtable pointer from it and calls through the slot."
    else
        say "$CXX does not use the closed hierarchy here (verdict: $RV)."
    fi

    if [ "$FAMILY" = gcc ]; then
        pair 4 "Speculative devirtualization: one implementation in sight" \
            "$CXX $DV_CXXFLAGS [-fno-devirtualize-speculatively] -c devirt/kinds.cc" \
            "-fno-devirtualize-speculatively" "$OUT/kinds/kinds-nospec.o" via_single \
            "default -O2 (speculation on)" "$OUT/kinds/kinds.o" via_single
        say "Journal::post is the only body the compiler can see, but another file
        could derive from Journal.  So it guesses: compare the slot with
        Journal::post, run an inlined copy when equal, and keep the indirect
        call for anything else.  The guard costs a compare and a (well
        predicted) branch; it wins when the guess is usually right."
    else
        printf '\n== 4  Speculative devirtualization: %s has no -fdevirtualize-speculatively\n' "$CXX"
        PAIR=4; side "default -O2" "$OUT/kinds/kinds.o" via_single
        say "Clang guesses targets only from a profile (see 9)."
    fi
else
    printf '\n== 1-4  C++ cases: skipped, no C++ compiler %s\n' "$CXX"
fi

# ---- C: an explicit vtable -------------------------------------------------
dv_build_vtable "$CC" "$FAMILY" "$OUT/vtable" || exit 1
P=$OUT/vtable/plain/vtable.o
pair 5 "C, explicit vtable: an unknown object vs one built in place" \
    "$CC $DV_CFLAGS -c devirt/vtable.c" \
    "object from the caller" "$P" note_param \
    "object built here" "$P" note_known
say "logger_post() is the C spelling of lg->post(): load lg->ops, load the slot,
call through it.  When the object and its const vtable are built in the
function, the compiler reads the slot at compile time and the call becomes
$([ "$RV" = inlined ] && echo "the inlined body (a tail jump to printf)." || echo "'$RV'.")"

pair 6 "C: the same const object, returned by a helper -- visible or opaque" \
    "$CC $DV_CFLAGS -c devirt/vtable.c   (find_printer_opaque is noipa for gcc, noinline for clang)" \
    "opaque helper" "$P" note_noipa \
    "visible helper" "$P" note_helper
if [ "$FAMILY" = gcc ] && [ "$LV" = indirect ]; then
    say "noipa forbids looking into find_printer_opaque(), so the returned pointer
    is unknown and the call stays indirect.  Inlined, the helper reveals the
    object: devirtualized."
elif [ "$FAMILY" = clang ]; then
    say "Clang has no noipa, and noinline only stops inlining: clang still
    propagates the helper's return value (interprocedural constant
    propagation) and devirtualizes both.  To hide an object from clang, take
    it from another file (8) or a parameter (5)."
else
    say "Verdicts here: opaque helper '$LV', visible helper '$RV'."
fi

pair 7 "C: a known object in writable memory vs a const one" \
    "$CC $DV_CFLAGS -c devirt/vtable.c" \
    "static object" "$P" note_writable \
    "static const object" "$P" note_helper
say "The compiler knows it is 'scratch', but scratch is writable and its address
escapes (every post() receives it), so its vtable pointer might have been
changed: it must be loaded.  What matters is the value of the vtable pointer,
not the identity of the object.  (In C++ an object's vtable pointer cannot
change after construction; C has no such rule.)"

if [ -z "$DV_SKIP_LTO" ]; then
    pair 8 "C: an object from another file, without and with link-time optimization" \
        "$CC $DV_CFLAGS -c  vs  $CC $DV_CFLAGS -flto (listing from the linked program)" \
        "separate compilation" "$P" note_other_tu \
        "-flto" "$OUT/vtable/lto/vtable" note_other_tu
    if [ "$RV" = indirect ]; then
        lto="Here the call stays indirect even so."
    else
        lto="The optimizer inlines console_logger(), finds the const object and
        its vtable, and binds the call ('$RV')."
    fi
    say "Compiled alone, vtable.c cannot see what console_logger() returns.  With
    -flto the optimizer runs again over the whole program at link time.  $lto"
else
    printf '\n== 8  LTO: skipped, %s\n' "$DV_SKIP_LTO"
fi

if [ -z "$DV_SKIP_PGO" ]; then
    pair 9 "C: profile feedback -- the compiler learns the usual target" \
        "$CC $DV_CFLAGS -fprofile-generate, run ($DV_TRAIN_ROUNDS rounds), then -fprofile-use" \
        "no profile" "$P" note_param \
        "with profile" "$OUT/vtable/pgo/vtable.o" note_param
    if [ "$RV" = guarded ]; then
        promo="With the profile the compiler compares the slot with it and runs an
        inlined copy when they match (indirect call promotion)."
    else
        promo="Yet the compiler did not use it here (verdict: $RV)."
    fi
    other=$(dv_field "$(dv_verdict "$OUT/vtable/pgo/vtable.o" note_other_tu)" verdict)
    say "The training run recorded that note_param's call always reached
    printer_post.  $promo  Without -flto a compiler can only promote to a
    function of the same file: note_other_tu's target, console_post, lives
    in another file, and with the profile its call is '$other'."
    SUMMARY+=("9|with profile|$OUT/vtable/pgo/vtable.o|note_other_tu|$other")
else
    printf '\n== 9  profile feedback: skipped, %s\n' "$DV_SKIP_PGO"
fi

if [ "$FAMILY" = gcc ]; then
    pair 10 "C: -fdevirtualize-speculatively on and off" \
        "$CC $DV_CFLAGS [-fno-devirtualize-speculatively] -c devirt/vtable.c" \
        "-fno-devirtualize-speculatively" "$OUT/vtable/nospec/vtable.o" note_param \
        "default -O2 (speculation on)" "$P" note_param
    say "No difference: GCC speculates only on C++ virtual calls, whose possible
    targets it learns from the class hierarchy.  A C function pointer has no
    hierarchy; only a profile (9) tells which target is likely."
else
    printf '\n== 10  -fdevirtualize-speculatively: %s does not have the flag\n' "$CC"
fi

# ---- summary ---------------------------------------------------------------
# One row per listing shown (a listing shown twice is listed once).
printf '\n== Summary: the verdicts of %s and %s, read from their code\n' "$CC" \
       "$([ $HAVE_CXX = 1 ] && echo "$CXX" || echo "no C++ compiler")"
printf '   %-4s %-34s %-15s %s\n' "" "build" "function" "verdict"
declare -A seen=()
for row in "${SUMMARY[@]}"; do
    IFS='|' read -r num label file func verdict <<<"$row"
    [ -z "${seen[$file|$func]:-}" ] || continue
    seen[$file|$func]=1
    printf '   %-4s %-34s %-15s %s\n' "$num" "$label" "$func" "$verdict"
done

# ---- timing ----------------------------------------------------------------
printf '\n== Timing: the cost of reaching post()\n\n'
dv_build_bench "$CC" "$OUT/bench" || exit 1
BENCH_OUT=$("$OUT/bench/bench" $((1 << 22)) 15 "$CC $DV_BENCH_FLAGS") || exit 1
printf '%s\n\n' "$BENCH_OUT" | sed 's/^/   /'
# The medians, by row name, for the comment (bench.c names the rows).
median() { printf '%s\n' "$BENCH_OUT" | awk -v row="$1" 'index($0, row) { print $(NF - 4) }'; }
t_inl=$(median inlined) t_dir=$(median 'direct call')
t_virt=$(median 'one target') t_mix=$(median '4 targets')
ratio=$(awk -v a="$t_virt" -v b="$t_dir" 'BEGIN { printf "%.2f", a / b }')
if awk -v r="$ratio" 'BEGIN { exit !(r > 0.8 && r < 1.25) }'; then
    close="close: the branch predictor supplies the target before the loads of
    vtable pointer and slot are done"
else
    close="the difference is what the loads of vtable pointer and slot and
    the indirect branch cost here"
fi
say "In this run a virtual call with one target took $t_virt ns and a direct
call $t_dir ns, a ratio of $ratio -- $close.  What devirtualization buys is
inlining ($t_inl ns: no call at all, and the compiler may optimize the body
together with the loop) and the end of mispredictions ($t_mix ns per call when the target keeps
changing: the situation of an interpreter dispatching on opcodes, see
docs/devirt.md)."

exit $FAILED

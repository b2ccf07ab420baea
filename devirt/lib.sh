# devirt/lib.sh -- building and inspecting the devirtualization experiments.
# Sourced (bash) by devirt/run.sh, the demo, and by tests/suites/50-devirt.sh,
# so that the test checks exactly the objects the demo shows.
#
# Every build function takes the compilers and an output folder, logs each
# command to OUT/build.log, and returns non-zero (after printing the
# compiler's complaint) when a step fails.

# shellcheck disable=SC2034  # the DV_ variables are used by the scripts sourcing this
DV_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Flags.  The lecture used  g++ -O3 -m32 -static -fomit-frame-pointer; -m32 is
# a build of its own here (when the machine can link 32-bit programs) and
# -static only changes linking, not the code of note().  The other cases use
# the suite's usual -O2.  32-bit code is built without PIE, as on the slide:
# position-independent i386 code would hide the calls behind GOT arithmetic.
DV_WARN=${WARN:--Wall -Wextra -Werror}
DV_HANOI_FLAGS="-std=c++17 -O3 -fomit-frame-pointer"
DV_M32_FLAGS="-m32 -fno-pie"
DV_CXXFLAGS="-std=c++17 -O2"
DV_CFLAGS="-std=c11 -O2"
DV_BENCH_FLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L -O2"
# Rounds of the profile-feedback training run (3 calls of every case per
# round).  More than enough: in our trials gcc already promoted the call after
# 3 calls and clang after about 100.
DV_TRAIN_ROUNDS=2000

# dv_family CC: gcc or clang (what the compiler says it is), else unknown.
dv_family() {
    local v
    v=$("$1" --version 2>/dev/null | head -n 1) || true
    case $v in
        *clang*) echo clang ;;
        *gcc* | *GCC* | *"Free Software"*) echo gcc ;;
        *) if "$1" -dM -E - </dev/null 2>/dev/null | grep -q '__GNUC__'; then
               echo gcc; else echo unknown; fi ;;
    esac
}

# dv_cxx_for CC: the C++ compiler of the same family and version
# (gcc -> g++, gcc-12 -> g++-12, clang-14 -> clang++-14, cc -> c++ or clang++).
dv_cxx_for() {
    local cc=$1 base
    base=$(basename "$cc")
    case $base in
        *clang*) echo "${cc/clang/clang++}" ;;
        *gcc*)   echo "${cc/gcc/g++}" ;;
        *)       if [ "$(dv_family "$cc")" = clang ]; then echo clang++; else echo c++; fi ;;
    esac
}

# dv_have CMD: is the command there?
dv_have() { command -v "$1" >/dev/null 2>&1; }

# dv_version CC: the first line of CC --version, which names compiler and
# version ("cc (Debian 12.2.0-14+deb12u1) 12.2.0", "Debian clang version 14.0.6").
dv_version() { "$1" --version 2>/dev/null | head -n 1; }

# dv_run LOG COMMAND...: run a build step, log it, show its errors.
dv_run() {
    local log=$1; shift
    printf '%s\n' "$*" >>"$log"
    local out
    if ! out=$("$@" 2>&1); then
        printf 'devirt: failed: %s\n%s\n' "$*" "$out" >&2
        return 1
    fi
    [ -z "$out" ] || printf '%s\n' "$out" >>"$log"
}

# dv_probe DIR COMPILER c|cc FLAGS...: can COMPILER compile, link and run a
# tiny C (c) or C++ (cc) program with these flags?  Used for -m32 (is multilib
# installed?) and -flto (is the linker plugin there?).
dv_probe() {
    local dir=$1 cc=$2 ext=$3; shift 3
    mkdir -p "$dir"
    printf '#include <stdio.h>\nint main(void) { printf("probe\\n"); return 0; }\n' >"$dir/probe.c"
    printf '#include <cstdio>\nint main() { std::printf("probe\\n"); return 0; }\n' >"$dir/probe.cc"
    "$cc" "$@" -o "$dir/probe" "$dir/probe.$ext" >/dev/null 2>&1 && "$dir/probe" >/dev/null 2>&1
}

# dv_profdata CC: the llvm-profdata matching clang CC, or nothing.
dv_profdata() {
    local major
    major=$("$1" -dumpversion 2>/dev/null | cut -d. -f1)
    # the unversioned one only when it is the same LLVM: profiles of one
    # version are unreadable to another
    for p in "llvm-profdata-$major" llvm-profdata; do
        if dv_have "$p" && "$p" --version 2>/dev/null | grep -q "LLVM version $major\."; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# ---- the builds ---------------------------------------------------------

# dv_build_hanoi CXX OUT [FLAGS...]: the lecture's experiment.  Objects
# OUT/virtual.o and OUT/devirt.o (the latter with -Dvirtual=""), and the
# programs OUT/virtual and OUT/devirt.  FLAGS are added (e.g. -m32 -fno-pie).
dv_build_hanoi() {
    local cxx=$1 out=$2; shift 2
    local log=$out/build.log
    mkdir -p "$out"; : >"$log"
    local ldflags=()
    case " $* " in *" -fno-pie "*) ldflags=(-no-pie) ;; esac
    # shellcheck disable=SC2086  # the flag strings are word lists
    dv_run "$log" "$cxx" $DV_HANOI_FLAGS "$@" $DV_WARN -c -o "$out/virtual.o" "$DV_SRC/hanoi.cc" &&
    dv_run "$log" "$cxx" $DV_HANOI_FLAGS "$@" $DV_WARN -Dvirtual= -c -o "$out/devirt.o" "$DV_SRC/hanoi.cc" &&
    dv_run "$log" "$cxx" "$@" "${ldflags[@]}" -o "$out/virtual" "$out/virtual.o" &&
    dv_run "$log" "$cxx" "$@" "${ldflags[@]}" -o "$out/devirt" "$out/devirt.o"
}

# dv_build_kinds CXX FAMILY OUT: the C++ cases of kinds.cc.  OUT/kinds.o at
# -O2; for gcc also OUT/kinds-nospec.o with -fno-devirtualize-speculatively;
# the program OUT/kinds.
dv_build_kinds() {
    local cxx=$1 family=$2 out=$3
    local log=$out/build.log
    mkdir -p "$out"; : >"$log"
    # shellcheck disable=SC2086
    dv_run "$log" "$cxx" $DV_CXXFLAGS $DV_WARN -c -o "$out/kinds.o" "$DV_SRC/kinds.cc" &&
    dv_run "$log" "$cxx" $DV_CXXFLAGS $DV_WARN -c -o "$out/kinds_main.o" "$DV_SRC/kinds_main.cc" &&
    dv_run "$log" "$cxx" -o "$out/kinds" "$out/kinds.o" "$out/kinds_main.o" || return 1
    if [ "$family" = gcc ]; then
        # shellcheck disable=SC2086
        dv_run "$log" "$cxx" $DV_CXXFLAGS -fno-devirtualize-speculatively $DV_WARN \
            -c -o "$out/kinds-nospec.o" "$DV_SRC/kinds.cc" || return 1
    fi
}

# dv_build_vtable CC FAMILY OUT: the C cases of vtable.c, four ways.
#   OUT/plain/   -O2: objects and the program
#   OUT/nospec/  -O2 -fno-devirtualize-speculatively (gcc only): vtable.o
#   OUT/lto/     -O2 -flto: the program (LTO objects hold no machine code)
#   OUT/pgo/     -O2 with profile feedback: trained objects and the program
# Sets DV_SKIP_LTO / DV_SKIP_PGO to a reason when a way is not available.
dv_build_vtable() {
    local cc=$1 family=$2 out=$3
    local log=$out/build.log
    local srcs=(vtable vtable_other vtable_main) s
    DV_SKIP_LTO='' DV_SKIP_PGO=''
    mkdir -p "$out/plain" "$out/lto" "$out/pgo"; : >"$log"

    for s in "${srcs[@]}"; do
        # shellcheck disable=SC2086
        dv_run "$log" "$cc" $DV_CFLAGS $DV_WARN -c -o "$out/plain/$s.o" "$DV_SRC/$s.c" || return 1
    done
    set --
    for s in "${srcs[@]}"; do set -- "$@" "$out/plain/$s.o"; done
    dv_run "$log" "$cc" -o "$out/plain/vtable" "$@" || return 1

    if [ "$family" = gcc ]; then
        mkdir -p "$out/nospec"
        # shellcheck disable=SC2086
        dv_run "$log" "$cc" $DV_CFLAGS -fno-devirtualize-speculatively $DV_WARN \
            -c -o "$out/nospec/vtable.o" "$DV_SRC/vtable.c" || return 1
    fi

    # LTO: the optimizer runs again at link time over all three files.
    if dv_probe "$out/lto/probe" "$cc" c -O2 -flto; then
        set --
        for s in "${srcs[@]}"; do
            # shellcheck disable=SC2086
            dv_run "$log" "$cc" $DV_CFLAGS -flto $DV_WARN -c -o "$out/lto/$s.o" "$DV_SRC/$s.c" || return 1
            set -- "$@" "$out/lto/$s.o"
        done
        # shellcheck disable=SC2086
        dv_run "$log" "$cc" $DV_CFLAGS -flto $DV_WARN -o "$out/lto/vtable" "$@" || return 1
    else
        DV_SKIP_LTO="$cc cannot link with -flto here (no linker plugin?)"
    fi

    # Profile feedback: build instrumented, run once to record which post()
    # each call site reaches, rebuild using the record.
    local gen use profdata=''
    if [ "$family" = gcc ]; then
        gen=-fprofile-generate use=-fprofile-use
        rm -f "$out/pgo"/*.gcda
    elif [ "$family" = clang ] && profdata=$(dv_profdata "$cc"); then
        gen=-fprofile-generate use="-fprofile-use=$out/pgo/train.profdata"
        rm -f "$out/pgo"/*.profraw "$out/pgo"/*.profdata
    elif [ "$family" = clang ]; then
        DV_SKIP_PGO="no llvm-profdata for $cc (clang needs it to read its profiles)"
        return 0
    else
        DV_SKIP_PGO="profile feedback is only set up for gcc and clang"
        return 0
    fi
    set --
    for s in "${srcs[@]}"; do
        # shellcheck disable=SC2086
        dv_run "$log" "$cc" $DV_CFLAGS $gen $DV_WARN -c -o "$out/pgo/$s.o" "$DV_SRC/$s.c" || return 1
        set -- "$@" "$out/pgo/$s.o"
    done
    dv_run "$log" "$cc" $gen -o "$out/pgo/train" "$@" || return 1
    # The training run: gcc's program writes OUT/pgo/*.gcda next to the
    # objects; clang's writes the file named by LLVM_PROFILE_FILE, which
    # llvm-profdata turns into the form -fprofile-use reads.
    if [ -n "$profdata" ]; then
        printf '%s\n' "LLVM_PROFILE_FILE=$out/pgo/train.profraw $out/pgo/train $DV_TRAIN_ROUNDS >/dev/null" >>"$log"
        LLVM_PROFILE_FILE=$out/pgo/train.profraw "$out/pgo/train" "$DV_TRAIN_ROUNDS" >/dev/null || return 1
        dv_run "$log" "$profdata" merge -o "$out/pgo/train.profdata" "$out/pgo/train.profraw" || return 1
    else
        printf '%s\n' "$out/pgo/train $DV_TRAIN_ROUNDS >/dev/null" >>"$log"
        "$out/pgo/train" "$DV_TRAIN_ROUNDS" >/dev/null || return 1
    fi
    for s in "${srcs[@]}"; do
        # shellcheck disable=SC2086
        dv_run "$log" "$cc" $DV_CFLAGS $use $DV_WARN -c -o "$out/pgo/$s.o" "$DV_SRC/$s.c" || return 1
    done
    dv_run "$log" "$cc" -o "$out/pgo/vtable" "$@"
}

# dv_build_bench CC OUT: the timing program OUT/bench.
dv_build_bench() {
    local cc=$1 out=$2
    local log=$out/build.log
    mkdir -p "$out"; : >"$log"
    # shellcheck disable=SC2086
    dv_run "$log" "$cc" $DV_BENCH_FLAGS $DV_WARN -c -o "$out/bench.o" "$DV_SRC/bench.c" &&
    dv_run "$log" "$cc" $DV_BENCH_FLAGS $DV_WARN -c -o "$out/bench_other.o" "$DV_SRC/bench_other.c" &&
    dv_run "$log" "$cc" -o "$out/bench" "$out/bench.o" "$out/bench_other.o"
}

# ---- looking at the code ---------------------------------------------------

# dv_disasm FILE: disassembly with relocations, symbols and demangled names.
dv_disasm() { objdump -drtC --no-show-raw-insn "$1"; }

# dv_listing FILE FUNC: FUNC's instructions, annotated (see annotate.pl).
dv_listing() { dv_disasm "$1" | perl "$DV_SRC/annotate.pl" list "$2"; }

# dv_verdict FILE FUNC: "verdict=... indirect=N calls=..." for FUNC.
dv_verdict() { dv_disasm "$1" | perl "$DV_SRC/annotate.pl" verdict "$2"; }

# dv_field LINE KEY: one value out of a verdict line.
dv_field() { local kv; for kv in $1; do [ "${kv%%=*}" = "$2" ] && echo "${kv#*=}"; done; return 0; }

#!/bin/sh
# asm/dispatch-seq.sh — extract a dispatcher's dispatch sequence from the
# object file the compiler actually produced.
#
# usage: asm/dispatch-seq.sh [-o OBJDUMP] [-r ROOT] OBJECT
#
# Prints the machine instructions that run between one VM instruction and
# the next when the instruction is `nop` — whose handler does nothing, so
# everything it executes is dispatch — one per line:
#
#     ADDRESS<TAB>INSTRUCTION
#
# in execution order (ADDRESS is "gen" for an instruction that prepare()
# generates at run time rather than one in the object).  Exit status 1, with
# a message on stderr, when the sequence cannot be found.
#
# How the nop handler is found, without changing the code that is measured:
#   1. A function op_NOP (function-per-instruction dispatchers): its body,
#      which may end in an indirect jump (tail-call threading); else,
#      if the object also has an indirect call (call threading's
#      loop), the loop from after that call around to the call again; if it
#      has none (subroutine threading), the `call` that prepare() generates.
#   2. Otherwise a table of code addresses with an entry per opcode (a
#      labels-as-values table, or a switch jump table with a case for
#      every opcode): its first entry (opcode 0 is nop), read from the
#      table's relocations.  x86-64 PIE tables hold 4-byte offsets
#      (R_X86_64_PC32); i386 keeps the addends in the data (REL), read
#      from the section's contents.
#   3. Otherwise the debug line table: the first instruction the compiler
#      attributes to the OP_BEGIN(NOP)/OP_END(NOP) lines of isa/ops.inc.
#   4. Otherwise (a switch whose empty nop case became its default, so that
#      a nop never reaches the indirect jump: clang, AArch64 gcc): the side
#      of the range check before the indirect jump that leaves the table,
#      around the loop to the range check again.
# From there the sequence follows the code: unconditional direct jumps are
# taken, conditional branches are not (they are range checks and traps), and
# it ends at the first indirect jump (or return/indirect call, case 1).
# objdump's comments (x86 "# addr <sym>", AArch64 "// b.plast") are dropped
# from the instructions.
#
# Works on objdump's AT&T x86-64 / i386 syntax and on AArch64.
set -eu

OBJDUMP=${OBJDUMP:-objdump}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
while [ $# -gt 1 ]; do
    case $1 in
        -o) OBJDUMP=$2; shift 2 ;;
        -r) ROOT=$2; shift 2 ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || { echo "usage: $0 [-o OBJDUMP] [-r ROOT] OBJECT" >&2; exit 2; }
obj=$1
[ -r "$obj" ] || { echo "$0: cannot read $obj" >&2; exit 1; }

case $("$OBJDUMP" -f "$obj" 2>/dev/null) in
    *elf64-x86-64*) arch=x86_64 ;;
    *aarch64*) arch=aarch64 ;;
    *elf32-i386*) arch=i386 ;;
    *) arch=unknown ;;
esac

# The number of opcodes (lines of isa/opcodes.def that define one).
nops=$(grep -c '^OP(' "$ROOT/isa/opcodes.def")

# The source lines of the nop handler in isa/ops.inc.
nop_first=$(grep -n 'OP_BEGIN(NOP)' "$ROOT/isa/ops.inc" | head -n 1 | cut -d: -f1)
nop_last=$(grep -n 'OP_END(NOP)' "$ROOT/isa/ops.inc" | head -n 1 | cut -d: -f1)

{
    # Section 1: the relocations of the data sections, where label and jump
    # tables keep code addresses.
    "$OBJDUMP" -r "$obj" 2>/dev/null | sed 's/^/RELOC /' || true
    # Section 2: the contents of the data sections, for targets whose
    # relocations keep the addend in the data (i386: REL, not RELA).
    for sec in .rodata .data.rel.ro .data.rel.ro.local .data; do
        "$OBJDUMP" -s -j "$sec" "$obj" 2>/dev/null | sed -n "s/^ \([0-9a-f][0-9a-f]*\) /CONTENTS $sec \1 /p"
    done
    echo "DISASM"
    "$OBJDUMP" -d -l -r --no-show-raw-insn "$obj"
} | awk -v nops="$nops" -v nop_first="$nop_first" -v nop_last="$nop_last" -v arch="$arch" '
function hex(s,   i, c, v) {         # portable: mawk has no strtonum
    v = 0; s = tolower(s)
    for (i = 1; i <= length(s); i++) {
        c = index("0123456789abcdef", substr(s, i, 1))
        if (c == 0) break
        v = v * 16 + c - 1
    }
    return v
}
# ---- read the relocation records: [section, offset] -> .text+addend ----
/^RELOC RELOCATION RECORDS FOR \[/ {
    rsec = $5; gsub(/[\[\]:]/, "", rsec); next
}
/^RELOC [0-9a-f]+ R_/ {
    if (rsec !~ /^\.rela?\.?text/ && rsec != ".text" && $4 ~ /^\.text(\+0x[0-9a-f]+)?$/) {
        v = $4; sub(/^\.text\+?(0x)?/, "", v)
        reloc[rsec SUBSEP hex($2)] = hex(v)
        if ($4 == ".text" && arch == "i386") implicit[rsec SUBSEP hex($2)] = 1
        # x86-64 PIE: a table of 32-bit offsets (entry - table), PC-relative
        if ($3 ~ /PC32/) pcrel[rsec SUBSEP hex($2)] = 1
    }
    next
}
/^RELOC / { next }
# ---- section contents: bytes[section, offset], for implicit addends ----
/^CONTENTS / {
    o = hex($3)
    for (i = 4; i <= 7 && $i ~ /^[0-9a-f]+$/; i++)
        for (k = 1; k < length($i); k += 2) bytes[$2 SUBSEP o++] = hex(substr($i, k, 2))
    next
}
/^DISASM$/ { dis = 1; next }
!dis { next }
# only .text: other code sections (.text.startup of the sanitizers) count
# their addresses from 0 too
/^Disassembly of section / { intext = ($4 == ".text:"); next }
!intext { next }
# ---- the disassembly ----
/^[0-9a-f]+ <[^>]+>:$/ {                       # function header
    fn = $2; gsub(/[<>:]/, "", fn); next
}
/^[^ \t].*:[0-9]+( \(discriminator [0-9]+\))?$/ {   # source file:line (./isa/ops.inc:16 too)
    src = $1; n = split(src, parts, ":"); srcline = parts[n] + 0
    srcfile = substr(src, 1, length(src) - length(parts[n]) - 1)
    next
}
/^[ \t]+[0-9a-f]+: R_/ {                       # relocation of the last insn
    if (last >= 0 && $3 !~ /^\.text/ && $3 ~ /^\.[a-z.]+([+-]0x[0-9a-f]+)?$/) {
        r = $3; sec = r; sub(/[+-].*/, "", sec)
        off = r; if (off ~ /[+-]0x/) { neg = off ~ /-0x/; sub(/.*[+-]0x/, "", off); off = hex(off); if (neg) off = -off } else off = 0
        # RIP-relative (PIE): the addend counts from the end of the field
        if ($2 ~ /PC32/ && arch == "x86_64") off += 4
        # REL (i386): the addend is the displacement the instruction shows
        if (arch == "i386" && off == 0 && match(insn[last], /0x[0-9a-f]+\(/))
            off = hex(substr(insn[last], RSTART + 2, RLENGTH - 3))
        nref++; refsec[nref] = sec; refoff[nref] = off
    }
    next
}
/^[ \t]+[0-9a-f]+:\t/ {                        # an instruction
    line = $0
    sub(/^[ \t]+/, "", line)
    a = substr(line, 1, index(line, ":") - 1)
    text = substr(line, index(line, ":") + 1)
    # objdump comments (x86 "# 10c7 <f+0x7>" after RIP-relative operands,
    # AArch64 "// b.plast") are not part of the instruction; a target
    # inside one would look like a branch target
    sub(/[ \t]+(#|\/\/) .*$/, "", text)
    gsub(/^[ \t]+|[ \t]+$/, "", text)
    gsub(/[ \t]+/, " ", text)
    if (text == "" || text ~ /^(nop|xchg %ax,%ax|data16|cs nop)/) { next }
    addr = hex(a)
    n_ins++
    order[n_ins] = addr; insn[addr] = text; func[addr] = fn
    next_of[prev_addr] = addr; prev_addr = addr; last = addr
    if (srcfile ~ /isa\/ops\.inc$/ && srcline >= nop_first && srcline <= nop_last && !(fn in nopline))
        nopline[fn] = addr
    if (fn == "op_NOP" && !has_opnop) { has_opnop = 1; opnop = addr }
    m = mnemonic(text)
    if (is_indirect_call(text)) { icall[++n_icall] = addr }
    if (m == "jmp" || m == "b") {
        t = target(text)
        if (t != "") { jcount[t]++ }
    }
    next
}
function mnemonic(t,   p) { p = index(t, " "); return p ? substr(t, 1, p - 1) : t }
function target(t,   f, m) {    # direct branch target address, or ""
    if (t ~ /\*/) return ""
    # only branches have targets (AArch64 adr/adrp name code addresses too)
    m = mnemonic(t)
    if (arch == "aarch64" ? m !~ /^(b|bl|b\.[a-z]+|cbn?z|tbn?z)$/ : m !~ /^(j|call|notrack|bnd)/) return ""
    if (match(t, / [0-9a-f]+ <[^>]*>$/)) {
        f = substr(t, RSTART + 1); sub(/ .*/, "", f); return hex(f)
    }
    return ""
}
function is_indirect_jump(t,  m) {
    m = mnemonic(t)
    return (m == "jmp" && t ~ /\*/) || (m == "notrack" && t ~ /jmp \*/) || m == "br"
}
function is_indirect_call(t,  m) {
    m = mnemonic(t)
    return (m == "call" && t ~ /\*/) || (m == "notrack" && t ~ /call \*/) || m == "blr"
}
function is_return(t) { return mnemonic(t) == "ret" }
function is_uncond(t,  m) { m = mnemonic(t); return (m == "jmp" || m == "b") && target(t) != "" }
function emit(a) { out = out sprintf("%x\t%s\n", a, insn[a]) }
function done() { printf "%s", out; exit 0 }
# Follow the code from address a; stop after an instruction for which
# stop(kind) holds.  kind: "jump" (indirect jump), "ret", "call".
# Follow from a around a loop back to a (a branch back to a, taken, or
# falling through to a); fail at an indirect jump or a return.
function follow_loop(a,   steps, t, b) {
    b = a
    for (steps = 0; steps < 64 && (a in insn); steps++) {
        t = insn[a]
        emit(a)
        if (target(t) != "" && target(t) == b) return 1
        if (is_indirect_jump(t) || is_return(t)) return 0
        if (is_uncond(t)) { a = target(t); continue }
        a = next_of[a]
        if (a == b) return 1
    }
    return 0
}
function follow(a, kind,   steps, t) {
    for (steps = 0; steps < 64 && (a in insn); steps++) {
        t = insn[a]
        emit(a)
        if (kind == "jump" && is_indirect_jump(t)) return 1
        if (kind == "ret" && is_return(t)) return 1
        if (kind == "ret" && is_indirect_jump(t)) { tailjump = 1; return 1 }
        if (kind == "call" && is_indirect_call(t)) { lastfollowed = a; return 1 }
        if (is_indirect_jump(t) || is_return(t)) return 0
        if (is_uncond(t)) { a = target(t); continue }
        a = next_of[a]
    }
    return 0
}
END {
    # implicit addends (REL): the 4 little-endian bytes at the entry
    for (k in implicit) {
        split(k, kp, SUBSEP)
        reloc[k] = bytes[k] + 256 * bytes[kp[1] SUBSEP kp[2] + 1] \
                 + 65536 * bytes[kp[1] SUBSEP kp[2] + 2] + 16777216 * bytes[kp[1] SUBSEP kp[2] + 3]
    }
    if (has_opnop) {                          # 1. function per instruction
        if (!follow(opnop, "ret")) { print "op_NOP has no return" > "/dev/stderr"; exit 1 }
        handler = out
        if (tailjump) done()       # tail-call threading: the handler jumps on
        # call threading: an indirect call that the code loops back to
        for (i = 1; i <= n_icall; i++) {
            out = handler
            if (follow(next_of[icall[i]], "call") && lastfollowed == icall[i]) done()
        }
        # subroutine threading: prepare() generates the calls
        out = handler sprintf("gen\t%s\n", arch == "aarch64" ? "bl op_NOP" : "call op_NOP")
        done()
    }
    # 2. a table of OP__COUNT code addresses (labels-as-values table, or a
    #    switch jump table with a case for every opcode): entry 0 is nop
    for (i = 1; i <= nref; i++) {
        sec = refsec[i]; off = refoff[i]; st = arch == "i386" ? 4 : 8
        if (!((sec SUBSEP off) in reloc)) continue
        # PC-relative entries (x86-64 PIE) are 4 bytes; entry 0 is at the
        # start of the table, so its addend is its target
        if ((sec SUBSEP off) in pcrel) st = 4
        for (k = 0; (sec SUBSEP (off + k * st)) in reloc; k++) ;
        if (k >= nops && follow(reloc[sec SUBSEP off], "jump")) done()
        out = ""
    }
    # 3. the debug line table
    for (f in nopline) { if (follow(nopline[f], "jump")) done(); out = "" }
    # 4. a switch whose nop case is merged into its default: from the side
    #    of the range check before the indirect jump that leaves the table
    #    (the target of ja on x86, the fall-through of b.ls on AArch64),
    #    around to the range check again (a nop then costs no indirect jump)
    for (i = 1; i <= n_ins; i++) {
        a = order[i]
        if (!is_indirect_jump(insn[a]) || func[a] != func[order[1]] && 0) continue
        for (j = i - 1; j >= 1 && j >= i - 8; j--) {
            t = target(insn[order[j]])
            if (t != "" && !is_uncond(insn[order[j]])) {
                if (follow_loop(t)) done()
                out = ""
                if (follow_loop(next_of[order[j]])) done()
                out = ""
                break
            }
        }
    }
    print "cannot find the nop handler" > "/dev/stderr"
    exit 1
}'

#!/usr/bin/perl
# asm/annotate.pl — an annotated listing of a dispatcher's machine code.
#
# usage: asm/annotate.pl [options] OBJECT
#   -o OBJDUMP      objdump for the object's target (default objdump)
#   -r ROOT         the repository (default: this script's parent folder)
#   -n NAME         dispatcher name for the header (default: from the path)
#   -c TEXT         compiler and flags, for the header
#   -O TEXT         the object's name in the header (default: its path)
#   -j              instead of a listing: which handlers end in which indirect
#                   jump ("N dispatch jumps for M handlers", then the shared ones)
#   -s FILE         also write the dispatch sequence as ADDRESS<TAB>INSN<TAB>
#                   COMMENT lines (asm/module.mk prints the summary from it)
#   -g PREFIX       generated code to list (PREFIX.bin, PREFIX.map, PREFIX.vm,
#                   written by asm/gencode.c)
#
# Reads everything from the object the compiler produced (objdump -d -l -r,
# the symbol table, the relocations, the DWARF line table and variable
# locations), never from the C source's intentions:
#
#   * The nop handler's dispatch sequence comes from asm/dispatch-seq.sh,
#     the same extraction every test and table uses.
#   * The other handlers (add, jnz, call, ret) are found as
#       1. a function op_X (function-per-instruction dispatchers), else
#       2. entry X of a table of code addresses in a data section with one
#          entry per opcode (labels-as-values tables, switch jump tables), read
#          from its relocations, else
#       3. the debug line table: the first instruction the compiler attributes
#          to the lines OP_BEGIN(X)..OP_END(X) of isa/ops.inc that starts a
#          block no direct branch goes to (it is reached by dispatch).
#     The listing names the method used; when none works it says so.
#   * From the entry the code is followed: unconditional jumps are taken,
#     both sides of a conditional branch inside the handler are listed,
#     except branches to trap code (code that reaches vm_stop or longjmp and
#     never dispatches), which are named, not listed.  A path ends at an
#     indirect jump or call, a return, or code listed already.
#   * The comments come from a small symbolic reading of each instruction:
#     which register holds which VM variable is taken from the DWARF location
#     lists the compiler wrote (objdump --dwarf=loc), then followed through
#     moves, loads and arithmetic; struct members are named from the DWARF
#     type information, globals from the symbol table and relocations.  An
#     instruction whose operands it cannot name is described in machine terms
#     with "?" for the unknown parts, never guessed.
#
# Handles objdump's x86-64 and i386 (AT&T syntax) and AArch64 output.
# Perl 5 core only (Debian's perl-base is enough).
use strict;
use warnings;
no warnings 'portable';     # 64-bit hexadecimal constants
use Getopt::Std;
use File::Basename qw(dirname basename);
use Cwd qw(abs_path);

my %opt;
getopts('o:r:n:c:s:g:O:j', \%opt) or usage();
@ARGV == 1 or usage();
sub usage { print STDERR "usage: $0 [-o OBJDUMP] [-r ROOT] [-n NAME] [-c CC] [-O LABEL] [-s SEQFILE] [-g GENPREFIX] OBJECT\n"; exit 2 }

my $OBJ     = $ARGV[0];
my $OBJDUMP = $opt{o} // 'objdump';
my $ROOT    = $opt{r} // abs_path(dirname(abs_path($0)) . '/..');
my $NAME    = $opt{n} // basename(dirname($OBJ));
-r $OBJ or die "$0: cannot read $OBJ\n";

# ===================================================================
# Reading the object
# ===================================================================

sub objdump {
    my @args = @_;
    open(my $fh, '-|', $OBJDUMP, @args, $OBJ) or die "$0: cannot run $OBJDUMP: $!\n";
    my @lines = <$fh>;
    close $fh;
    chomp @lines;
    return @lines;
}

# ---- target --------------------------------------------------------
my ($ARCH, $PTR);
{
    my $f = join "\n", objdump('-f');
    if    ($f =~ /elf64-x86-64/)   { ($ARCH, $PTR) = ('x86_64', 8) }
    elsif ($f =~ /elf32-i386/)     { ($ARCH, $PTR) = ('i386', 4) }
    elsif ($f =~ /aarch64/)        { ($ARCH, $PTR) = ('aarch64', 8) }
    else  { die "$0: $OBJ: unsupported target (x86-64, i386 and AArch64 only)\n" }
}
my $X86 = $ARCH ne 'aarch64';
my $MSP = $ARCH eq 'x86_64' ? 'rsp' : $ARCH eq 'i386' ? 'esp' : 'sp';   # the machine stack pointer
# filled by the data-flow analysis (see "What a register holds")
my (%FLOW_IN, %PROLOGUE, %DISPATCH_TARGETS);
my $CUR_ST;      # the state step() works on (assign_comment looks at it)

sub dnum { my $s = shift; return $s =~ /^0x/ ? hex $s : $s + 0 }
# objdump prints negative immediates of 64-bit operations as 2^64 - n
sub signed64 { my $v = shift; return $v < 0 ? $v : unpack("q", pack("Q", $v)) }
sub signed32 { my $v = shift; return $v < 0 ? $v : unpack("l", pack("L", $v & 0xffffffff)) }

# ---- the ISA: opcode names, and the handler lines in isa/ops.inc -----
my (@OPNAMES, %HLINES, @OPSLINES);
{
    open(my $fh, '<', "$ROOT/isa/opcodes.def") or die "$0: $ROOT/isa/opcodes.def: $!\n";
    while (<$fh>) { push @OPNAMES, $1 if /^OP\((\w+)\s*,/ }
    open($fh, '<', "$ROOT/isa/ops.inc") or die "$0: $ROOT/isa/ops.inc: $!\n";
    @OPSLINES = ('', <$fh>);
    chomp @OPSLINES;
    for my $n (1 .. $#OPSLINES) {
        $HLINES{$1}[0] = $n if $OPSLINES[$n] =~ /OP_BEGIN\((\w+)\)/;
        $HLINES{$1}[1] = $n if $OPSLINES[$n] =~ /OP_END\((\w+)\)/;
    }
}
my $NOPS = @OPNAMES;

# The handler whose lines contain isa/ops.inc line n.
sub handler_of_line {
    my $n = shift;
    for my $h (keys %HLINES) {
        return $h if $n >= $HLINES{$h}[0] && $n <= $HLINES{$h}[1];
    }
    return undef;
}

# ---- symbols -----------------------------------------------------
my (%SYMS, %FUNCS);          # section -> [[value, size, name]], name -> addr
for (objdump('-t')) {
    # 0000000000000028 l     O .bss	0000000000000008 vm
    next unless /^([0-9a-f]+)\s(.{7})\s(\S+)\s+([0-9a-f]+)\s+(\S+)$/;
    my ($val, $flags, $sec, $size, $name) = (hex $1, $2, $3, hex $4, $5);
    next if $flags =~ /[df]/;                        # section and file symbols
    push @{$SYMS{$sec}}, [$val, $size, $name];
    $FUNCS{$name} = $val if $flags =~ /F/ && $sec eq '.text';
}
sub data_symbol {        # the object itself (name, offset within it)
    my ($sec, $off) = @_;
    for my $s (@{$SYMS{$sec} || []}) {
        my ($v, $size, $n) = @$s;
        return ($n, $off - $v) if $off >= $v && $off < $v + ($size || 1);
    }
    return (undef, undef);
}

# ---- section contents (implicit addends of REL relocations, i386) ------
my %CONTENTS;            # section -> byte string
sub section_bytes {
    my $sec = shift;
    return $CONTENTS{$sec} if exists $CONTENTS{$sec};
    my $bytes = '';
    for (objdump('-s', '-j', $sec)) {
        next unless /^ ([0-9a-f]{4,}) ((?:[0-9a-f]{2,8} ){1,4})/;
        my ($at, $hex) = (hex $1, $2);
        $hex =~ s/ //g;
        substr($bytes, $at, length($hex) / 2) = pack("H*", $hex);
    }
    return $CONTENTS{$sec} = $bytes;
}

# ---- relocations of the data sections: where tables hold code addresses --
my %DATAREL;             # section -> { offset -> [symbol, addend] }
{
    my $sec;
    for (objdump('-r')) {
        if (/^RELOCATION RECORDS FOR \[(\S+)\]:/) { $sec = $1; next }
        next unless defined $sec && $sec !~ /^\.(?:rela?\.)?text/ && $sec !~ /debug|eh_frame/;
        next unless /^([0-9a-f]+)\s+(R_\S+)\s+(\S+)$/;
        my ($off, $type, $sym) = (hex $1, $2, $3);
        my $add = 0;
        if ($sym =~ s/([+-])0x([0-9a-f]+)$//) { $add = ($1 eq '-' ? -1 : 1) * hex $2 }
        elsif ($ARCH eq 'i386') {          # REL: the addend is in the data
            my $b = section_bytes($sec);
            $add = unpack('l<', substr($b, $off, 4)) if length $b >= $off + 4;
        }
        $DATAREL{$sec}{$off} = [$sym, $add, $type];
    }
}
# A data relocation that points into the code: its address there, or undef.
sub code_address {
    my ($sym, $add) = @_;
    return $add if $sym eq '.text';
    return $FUNCS{$sym} + $add if exists $FUNCS{$sym};
    return undef;
}

# ---- the disassembly ---------------------------------------------
# Per instruction: address, text, mnemonic, operand string, function,
# source file and line, and the relocation applied to it.
my (%I, @ORDER, %NEXT);
my @OTHER_CODE;          # code sections other than .text (not analysed)
{
    my ($sec, $fn, $file, $line, $prev) = ('', '', '', 0, undef);
    for (objdump('-d', '-l', '-r', '--no-show-raw-insn')) {
        if (/^Disassembly of section (\S+):/) {
            $sec = $1;
            push @OTHER_CODE, $sec if $sec ne '.text';
            next;
        }
        next unless $sec eq '.text';
        if (/^[0-9a-f]+ <(.+)>:$/) { $fn = $1; next }
        if (/^(\S+)\(\):$/) { next }                          # function name (-l)
        if (/^(\S.*?):(\d+)(?: \(discriminator \d+\))?$/) {   # source line (-l)
            ($file, $line) = ($1, $2);
            $file =~ s{^\Q$ROOT\E/}{};
            $file =~ s{^\./}{};
            next;
        }
        if (/^\s+([0-9a-f]+):\s+(R_\S+)\s+(\S+)$/ && defined $prev) {   # relocation
            my ($at, $type, $sym) = (hex $1, $2, $3);
            my $add = 0;
            if ($sym =~ s/([+-])0x([0-9a-f]+)$//) { $add = ($1 eq '-' ? -1 : 1) * hex $2 }
            $I{$prev}{rel} = { at => $at, type => $type, sym => $sym, add => $add };
            next;
        }
        next unless /^\s+([0-9a-f]+):\t(.*)$/;
        my ($a, $text) = (hex $1, $2);
        $text =~ s/\s+(?:#|\/\/) .*$//;                     # objdump's comments
        $text =~ s/\s+$//;
        $text =~ s/^\s+//;
        next if $text eq '' || $text =~ /^\(bad\)/;
        # prefixes that are part of the instruction
        my ($m, $ops) = $text =~ /^((?:(?:notrack|bnd|rep|repz|repnz|lock|data16|cs|ds)\s+)*\S+)\s*(.*)$/;
        $m =~ s/\s+/ /g;
        $I{$a} = { a => $a, text => "$m" . ($ops ne '' ? " $ops" : ''), m => $m, ops => $ops,
                   fn => $fn, file => $file, line => $line };
        $NEXT{$prev} = $a if defined $prev;
        push @ORDER, $a;
        $prev = $a;
    }
}
# objdump -l (binutils 2.40) names the wrong file for the first function of
# some gcc 12 objects (op_NOP of dispatch/call/ shows as call.c:15, which is
# ops.inc:15); the decoded line table has it right, so it has the last word.
{
    my (@rows, $cu);
    for (objdump('--dwarf=decodedline')) {
        next unless /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+|\d+)(?:\s|$)/;
        push @rows, [dnum($3), $1, $2];
    }
    # the row in effect at an address: the last one at the greatest
    # address not above it
    my %at;
    $at{$_->[0]} = $_ for @rows;
    my @addrs = sort { $a <=> $b } keys %at;
    my %paths;                   # basename -> path as objdump -l prints it
    for my $a (@ORDER) { my $f = $I{$a}{file}; (my $b = $f) =~ s{.*/}{}; $paths{$b} //= $f if $f ne '' }
    my $j = 0;
    for my $a (@ORDER) {
        $j++ while $j + 1 < @addrs && $addrs[$j + 1] <= $a;
        next unless @addrs && $addrs[$j] <= $a;
        my ($file, $line) = @{$at{$addrs[$j]}}[1, 2];
        (my $have = $I{$a}{file}) =~ s{.*/}{};
        next if $have eq $file && $I{$a}{line} == $line;
        my $path = $paths{$file} // (-e "$ROOT/isa/$file" ? "isa/$file" : -e "$ROOT/vm/$file" ? "vm/$file" : $file);
        ($I{$a}{file}, $I{$a}{line}) = ($path, $line);
    }
}

# padding the compiler put between blocks
sub is_padding { my $t = $I{$_[0]}{text}; return $t =~ /^(?:nop|xchg %ax,%ax|data16|cs nop|.*\bnop[lw]?\b)/ }

# ---- control flow, per architecture --------------------------------
sub mnem { my $m = $I{$_[0]}{m}; $m =~ s/^(?:notrack|bnd) //; return $m }
sub branch_target {                 # direct branch target, or undef
    my $a = shift;
    return undef if $I{$a}{ops} =~ /\*/;
    # only branches have targets (AArch64 adr/adrp name code addresses too)
    my $m = mnem($a);
    return undef unless $X86 ? $m =~ /^(?:j|call|loop)/ : $m =~ /^(?:b|bl|b\.\w+|cbn?z|tbn?z)$/;
    return hex $1 if $I{$a}{ops} =~ /(?:^|,\s*)([0-9a-f]+) <[^>]*>$/;
    return undef;
}
sub is_ijump  { my $m = mnem($_[0]); return $X86 ? ($m =~ /^jmp/ && $I{$_[0]}{ops} =~ /^\*/) : $m eq 'br' }
sub is_icall  { my $m = mnem($_[0]); return $X86 ? ($m =~ /^call/ && $I{$_[0]}{ops} =~ /^\*/) : $m eq 'blr' }
sub is_ret    { my $m = mnem($_[0]); return $m =~ /^ret/ }
sub is_call   { my $m = mnem($_[0]); return $X86 ? $m =~ /^call/ : $m eq 'bl' }
sub is_ujump  {                     # unconditional direct jump
    my $m = mnem($_[0]);
    return ($X86 ? $m =~ /^jmp/ : $m eq 'b') && defined branch_target($_[0]);
}
sub is_cbranch {                    # conditional branch
    my $m = mnem($_[0]);
    return $X86 ? ($m =~ /^j/ && $m !~ /^jmp/) : ($m =~ /^(?:b\.|cbn?z|tbn?z)/);
}
# the function a call or tail-jump goes to, by its relocation
sub callee {
    my $a = shift;
    my $r = $I{$a}{rel};
    return undef unless $r && (is_call($a) || is_ujump($a));
    return undef if $r->{sym} =~ /^\./;
    return $r->{sym};
}
my %TRAPFN = map { $_ => 1 } qw(vm_stop longjmp _longjmp siglongjmp __longjmp_chk abort);
my %NORETURN = map { $_ => 1 } qw(longjmp _longjmp siglongjmp __longjmp_chk abort);

# Block starts: direct branch targets, table entries, and what follows an
# unconditional transfer.
my (%BRANCHED_TO, %CBRANCHED_TO, %AFTER_UNCOND);
for my $a (@ORDER) {
    my $t = branch_target($a);
    if (defined $t && !is_call($a)) {     # a call with a relocation shows a made-up target
        $BRANCHED_TO{$t}++;
        $CBRANCHED_TO{$t}++ if is_cbranch($a);
    }
    if ((is_ujump($a) || is_ijump($a) || is_ret($a)) && defined $NEXT{$a}) {
        my $n = $NEXT{$a};
        $n = $NEXT{$n} while defined $n && is_padding($n) && defined $NEXT{$n};
        $AFTER_UNCOND{$n} = 1 if defined $n;
    }
}

# ===================================================================
# DWARF: where the compiler keeps each variable, and struct layouts
# ===================================================================
my (%DIE, @VARS, %STRUCTS, %GLOBAL);
my @ALL_DIES;                     # in the order of the debug information
sub all_dies { @ALL_DIES = map { $DIE{$_} } sort { $a <=> $b } keys %DIE unless @ALL_DIES; return @ALL_DIES }
{
    my (@scope, $cur);           # scope stack by depth: [low, high]
    my @info = objdump('--dwarf=info');
    my %byoff;
    for (@info) {
        if (/^\s*<(\d+)><([0-9a-f]+)>: Abbrev Number: (\d+)(?: \((DW_TAG_\w+)\))?/) {
            my ($depth, $off, $tag) = ($1, hex $2, $4 // '');
            $cur = $DIE{$off} = { off => $off, depth => $depth, tag => $tag };
            $#scope = $depth;
            $scope[$depth] = $cur;
            $cur->{parent} = $depth > 0 ? $scope[$depth - 1] : undef;
            next;
        }
        next unless $cur;
        if (/DW_AT_name\s*:\s*(?:\((?:indirect|indexed) (?:line )?string[^)]*\):\s*)?(\S+)\s*$/) { $cur->{name} = $1; next }
        if (/DW_AT_type\s*:\s*<0x([0-9a-f]+)>/) { $cur->{type} = hex $1; next }
        if (/DW_AT_abstract_origin\s*:\s*<0x([0-9a-f]+)>/) { $cur->{origin} = hex $1; next }
        if (/DW_AT_data_member_location\s*:\s*(0x[0-9a-f]+|\d+)\s*$/) { $cur->{member_off} = dnum($1); next }
        if (/DW_AT_byte_size\s*:\s*(0x[0-9a-f]+|\d+)/) { $cur->{size} = dnum($1); next }
        if (/DW_AT_upper_bound\s*:\s*(0x[0-9a-f]+|\d+)/) { $cur->{upper} = dnum($1); next }
        if (/DW_AT_count\s*:\s*(0x[0-9a-f]+|\d+)/) { $cur->{upper} = dnum($1) - 1; next }
        if (/DW_AT_low_pc\s*:\s*(?:\(index: (?:0x)?[0-9a-f]+\): )?(0x[0-9a-f]+|\d+)/) { $cur->{low} = dnum($1); next }
        if (/DW_AT_high_pc\s*:\s*(?:<offset> )?0x([0-9a-f]+)/) { $cur->{high} = hex $1; next }
        if (/DW_AT_location\s*:\s*(?:\(index: (?:0x)?[0-9a-f]+\): )?0x([0-9a-f]+) \(location list\)/) { $cur->{loclist} = hex $1; next }
        if (/DW_AT_location\s*:.*?\((DW_OP_.*)\)\s*$/) { $cur->{locexpr} = $1; next }
    }
    # high_pc is a size in DWARF 4 and 5 (objdump prints it as an offset)
    for my $d (all_dies()) {
        $d->{high} += $d->{low} if defined $d->{high} && defined $d->{low} && $d->{high} < $d->{low};
        $d->{name} //= $DIE{$d->{origin}}{name} if $d->{origin} && $DIE{$d->{origin}};
        $d->{type} //= $DIE{$d->{origin}}{type} if $d->{origin} && $DIE{$d->{origin}};
    }
    for my $d (all_dies()) {
        if ($d->{tag} =~ /DW_TAG_(?:variable|formal_parameter)/ && $d->{name}) {
            # skip the locals of inlined helper functions (read_int's v ...):
            # they are not VM state
            my ($p, $inl) = ($d->{parent}, 0);
            while ($p) { $inl = 1 if $p->{tag} eq 'DW_TAG_inlined_subroutine'; $p = $p->{parent} }
            next if $inl;
            # the scope: innermost enclosing block with a pc range
            my $s = $d->{parent};
            $s = $s->{parent} while $s && !defined $s->{low};
            push @VARS, { die => $d, name => $d->{name}, scope => $s };
            $GLOBAL{$d->{name}} = $d if ($d->{locexpr} // "") =~ /DW_OP_addr/;
        }
        if ($d->{tag} =~ /DW_TAG_(?:structure|union)_type/ && $d->{name}) {
            $STRUCTS{$d->{name}} = $d;
        }
    }
}
# members of a struct or union: [name, offset, size, is_array]
my %MEMBERS;
for my $d (all_dies()) {
    next unless $d->{tag} eq 'DW_TAG_member' && $d->{parent} && $d->{parent}{name};
    my $t = $d->{type} ? $DIE{$d->{type}} : undef;
    my $isarr = $t && $t->{tag} eq 'DW_TAG_array_type';
    push @{$MEMBERS{$d->{parent}{name}}}, [$d->{name}, $d->{member_off} // 0, type_size($d->{type}), $isarr, $d->{type}];
}
$_ = [sort { $a->[1] <=> $b->[1] } @$_] for values %MEMBERS;

sub strip_type {            # follow typedefs and qualifiers
    my $t = shift;
    while (defined $t && $DIE{$t} && $DIE{$t}{tag} =~ /typedef|const_type|volatile_type|restrict_type/) {
        $t = $DIE{$t}{type};
    }
    return $t;
}
sub type_size {
    my $t = strip_type(shift);
    return 0 unless defined $t && $DIE{$t};
    my $d = $DIE{$t};
    return $d->{size} if defined $d->{size};
    return $PTR if $d->{tag} eq 'DW_TAG_pointer_type';
    if ($d->{tag} eq 'DW_TAG_array_type') {
        my $n = 0;
        for my $c (all_dies()) { $n = $c->{upper} + 1 if $c->{parent} && $c->{parent} == $d && defined $c->{upper} }
        return $n * type_size($d->{type});
    }
    return 0;
}
# What a variable of type t points to: (struct or base type name, size).
sub pointee {
    my $t = strip_type(shift);
    return (undef, 0) unless defined $t && $DIE{$t} && $DIE{$t}{tag} eq 'DW_TAG_pointer_type';
    my $p = strip_type($DIE{$t}{type});
    return ('void', 0) unless defined $p && $DIE{$p};
    return ($DIE{$p}{name} // ($DIE{$p}{tag} eq 'DW_TAG_pointer_type' ? 'pointer' : '?'), type_size($p), $p);
}

# Location lists: offset of the list -> [[begin, end, expr]]
my %LOCLIST;
{
    my ($list, @pending);
    for (objdump('--dwarf=loc')) {
        # gcc: "    00000711 v002 v000 views at 0000069b for:" then a range line;
        # clang: "    00000094 BEGIN END EXPR"
        if (/^\s+([0-9a-f]{8}) (?:v[0-9a-f]+ v[0-9a-f]+ views at [0-9a-f]+ for:|([0-9a-f]+) ([0-9a-f]+) (.*))$/) {
            my $off = hex $1;
            $list //= $off;
            if (defined $2) { push @{$LOCLIST{$list}}, [hex $2, hex $3, $4] }
            next;
        }
        if (/^\s+([0-9a-f]{8,16}) ([0-9a-f]{8,16}) \(?(DW_OP.*?)\)?$/ && defined $list) {
            push @{$LOCLIST{$list}}, [hex $1, hex $2, $3];
            next;
        }
        if (/<End of list>/) { undef $list; next }
        undef $list if /location view pair|Offset Entry|^\s*$/;
    }
}
# A location expression as (register, offset, in_memory), or ().
# "DW_OP_reg3 (rbx)" -> (rbx, 0, 0): the variable is rbx.
# "DW_OP_breg3 (rbx): 8; DW_OP_stack_value" -> (rbx, 8, 0): it is rbx + 8.
# "DW_OP_breg4 (esp): 4" -> (esp, 4, 1): it is in memory at esp + 4.
# "DW_OP_fbreg: -48" and the rest: not used.
sub parse_loc {
    my $e = shift;
    return () if $e =~ /entry_value|piece|DW_OP_addr|GNU_/;
    return ("cfa", $1, 1) if $e =~ /^DW_OP_fbreg: (-?\d+)$/;
    return (canon($1), 0, 0) if $e =~ /^DW_OP_reg\d+ \((\w+)\)$/;
    return (canon($1), -$2, 0) if $e =~ /^DW_OP_breg\d+ \((\w+)\): (-?\d+); DW_OP_stack_value$/;
    return (canon($1), $2, 1) if $e =~ /^DW_OP_breg\d+ \((\w+)\): (-?\d+)$/;
    return ();
}

# The VM variables in registers (and in memory) at address a:
# reg -> [name, offset]: the register holds name + offset (bytes), and
# "mem:reg:disp" -> name for variables the compiler keeps in memory.
my %LOCCACHE;
sub vars_at {
    my $a = shift;
    return $LOCCACHE{$a} if $LOCCACHE{$a};
    my %m;
    for my $v (@VARS) {
        my $d = $v->{die};
        my @locs;
        if (defined $d->{loclist} && $LOCLIST{$d->{loclist}}) {
            for my $r (@{$LOCLIST{$d->{loclist}}}) {
                push @locs, $r->[2] if $a >= $r->[0] && $a < $r->[1];
            }
        } elsif (defined $d->{locexpr} && $v->{scope} && defined $v->{scope}{high}
                 && $a >= $v->{scope}{low} && $a < $v->{scope}{high}) {
            push @locs, $d->{locexpr};
        }
        for my $e (@locs) {
            my ($reg, $off, $mem) = parse_loc($e);
            next unless defined $reg;
            if ($reg eq 'cfa') {                     # frame-relative: make it stack-pointer relative
                my $c = cfa_offset($a);
                next unless defined $c;
                ($reg, $off) = ($MSP, $c + $off);
            }
            if ($mem) { $m{"mem:$reg:$off"} = $v; next }
            # a register holds one variable; prefer the one it holds exactly
            next if $m{$reg} && $m{$reg}[1] == 0 && $off != 0;
            $m{$reg} = [$v->{name}, $off, $v];
        }
    }
    return $LOCCACHE{$a} = \%m;
}

# ===================================================================
# Registers
# ===================================================================
my %X64 = (
    (map { ($_ => 'rax') } qw(al ah ax eax rax)), (map { ($_ => 'rbx') } qw(bl bh bx ebx rbx)),
    (map { ($_ => 'rcx') } qw(cl ch cx ecx rcx)), (map { ($_ => 'rdx') } qw(dl dh dx edx rdx)),
    (map { ($_ => 'rsi') } qw(sil si esi rsi)),   (map { ($_ => 'rdi') } qw(dil di edi rdi)),
    (map { ($_ => 'rbp') } qw(bpl bp ebp rbp)),   (map { ($_ => 'rsp') } qw(spl sp esp rsp)),
);
my %X32 = (
    (map { ($_ => 'eax') } qw(al ah ax eax)), (map { ($_ => 'ebx') } qw(bl bh bx ebx)),
    (map { ($_ => 'ecx') } qw(cl ch cx ecx)), (map { ($_ => 'edx') } qw(dl dh dx edx)),
    (map { ($_ => 'esi') } qw(si esi)), (map { ($_ => 'edi') } qw(di edi)),
    (map { ($_ => 'ebp') } qw(bp ebp)), (map { ($_ => 'esp') } qw(sp esp)),
);
# one name per register: rax for al/ax/eax, x1 for w1
sub canon {
    my $r = lc shift;
    $r =~ s/^%//;
    if ($ARCH eq 'x86_64') {
        return $X64{$r} if $X64{$r};
        return $1 if $r =~ /^(r\d+)[dwb]?$/;
        return $r;
    }
    if ($ARCH eq 'i386') { return $X32{$r} // $r }
    return 'x' . $1 if $r =~ /^[wx](\d+)$/;
    return 'sp' if $r eq 'wsp';
    return 'zr' if $r =~ /^[wx]zr$/;
    return $r;
}
# registers that carry arguments and results, by calling convention
my @ARGREGS = $ARCH eq 'x86_64' ? qw(rdi rsi rdx rcx r8 r9) : $ARCH eq 'aarch64' ? map("x$_", 0 .. 7) : ();
my $RETREG = $ARCH eq 'x86_64' ? 'rax' : $ARCH eq 'i386' ? 'eax' : 'x0';
my %CALLER_SAVED = map { $_ => 1 } ($ARCH eq 'x86_64' ? qw(rax rcx rdx rsi rdi r8 r9 r10 r11)
                                  : $ARCH eq 'i386' ? qw(eax ecx edx) : map("x$_", 0 .. 18));

# ---- the frame: where the canonical frame address (CFA) is --------------
# DW_OP_fbreg locations count from the CFA; the unwind table says, per
# address, CFA = machine stack pointer + N.
my @CFA;         # [start address, N] sorted (only rows relative to the stack pointer)
for (objdump('--dwarf=frames-interp')) {
    push @CFA, [hex $1, $3] if /^([0-9a-f]{8,16}) (\w+)\+(\d+)\s/ && canon($2) eq $MSP;
}
@CFA = sort { $a->[0] <=> $b->[0] } @CFA;
sub cfa_offset {            # N such that CFA = stack pointer + N at address a
    my $a = shift;
    my $n;
    for my $r (@CFA) { last if $r->[0] > $a; $n = $r->[1] }
    return $n;
}

# ===================================================================
# Finding handlers
# ===================================================================

# Tables of code addresses: runs of at least one entry per opcode, one
# pointer apart, in a data section (labels-as-values tables, switch jump
# tables that have a case for every opcode).  Entry i is opcode i.
my @TABLES;
for my $sec (sort keys %DATAREL) {
    my $r = $DATAREL{$sec};
    my @offs = sort { $a <=> $b } grep { defined code_address(@{$r->{$_}}) } keys %$r;
    my $i = 0;
    while ($i < @offs) {
        # x86-64 PIE switch tables hold 32-bit offsets from the table
        # (R_X86_64_PC32): entry k at table + 4k holds target - 4k
        my $pc = $r->{$offs[$i]}[2] =~ /PC32/;
        my $stride = $pc ? 4 : $PTR;
        my $j = $i;
        # one run: consecutive entries within one data object
        $j++ while $j + 1 < @offs && $offs[$j + 1] == $offs[$j] + $stride
                    && ((data_symbol($sec, $offs[$j + 1]))[1] // 1) != 0;
        if ($j - $i + 1 >= $NOPS) {
            my ($name) = data_symbol($sec, $offs[$i]);
            push @TABLES, { sec => $sec, off => $offs[$i], name => $name // sprintf('%s+0x%x', $sec, $offs[$i]),
                            entries => [map { code_address(@{$r->{$_}}) - ($pc ? $_ - $offs[$i] : 0) } @offs[$i .. $i + $NOPS - 1]] };
        }
        $i = $j + 1;
    }
}

# ops.inc line -> which handler; instruction -> handler its line belongs to
sub line_handler {
    my $a = shift;
    return undef unless $I{$a} && $I{$a}{file} =~ m{(?:^|/)isa/ops\.inc$};
    return handler_of_line($I{$a}{line});
}

# The entry of handler X: (address, how it was found) or (undef, why not).
sub find_handler {
    my $x = shift;
    my $idx = (grep { $OPNAMES[$_] eq $x } 0 .. $#OPNAMES)[0];
    return (undef, "no opcode $x in isa/opcodes.def") unless defined $idx;
    if (exists $FUNCS{"op_$x"} && $I{$FUNCS{"op_$x"}}) {
        return ($FUNCS{"op_$x"}, "the function op_$x");
    }
    if (@TABLES) {
        my $t = $TABLES[0];
        my $e = $t->{entries}[$idx];
        return ($e, sprintf('entry %d (%s) of the table %s in %s, read from its relocations',
                            $idx, $x, $t->{name}, $t->{sec})) if defined $e && $I{$e};
    }
    # the line table: blocks that begin with a line of this handler
    my (@reached_by_dispatch, @any);
    for my $a (@ORDER) {
        next unless (line_handler($a) // '') eq $x;
        next if is_padding($a);
        my $start = $BRANCHED_TO{$a} || $AFTER_UNCOND{$a};
        next unless $start;
        push @any, $a;
        push @reached_by_dispatch, $a if !$BRANCHED_TO{$a};
    }
    my @c = @reached_by_dispatch ? @reached_by_dispatch : @any;
    return ($c[0], sprintf('the debug line table: the first block attributed to isa/ops.inc:%d-%d (OP_BEGIN(%s)..OP_END(%s))%s',
                           @{$HLINES{$x}}, $x, $x, @reached_by_dispatch ? ' that no direct branch reaches' : ''))
        if @c;
    return (undef, "no function op_$x, no table of code addresses with an entry per opcode, "
                 . "and no code attributed to the lines of OP_BEGIN($x)..OP_END($x) in isa/ops.inc");
}

# Does the code from a lead only to a trap (vm_stop, longjmp) and never to
# a dispatch (indirect jump or call, return)?  Searches both sides of every
# branch, within a small region.
sub trap_only {
    my $start = shift;
    my (%seen, @work, $trap, $disp);
    @work = ($start);
    my $budget = 80;
    while (@work && $budget-- > 0) {
        my $a = shift @work;
        next if !defined $a || $seen{$a}++ || !$I{$a};
        my $f = callee($a);
        if (defined $f && $TRAPFN{$f}) { $trap = 1; next }
        if (is_ijump($a) || is_icall($a) || is_ret($a)) { $disp = 1; next }
        if (is_ujump($a)) { push @work, branch_target($a); next }
        push @work, branch_target($a) if is_cbranch($a);
        push @work, $NEXT{$a};
    }
    return $trap && !$disp;
}

# Follow handler X from its entry.  Returns a list of paths; a path is
# { from => branch address or undef, insns => [addresses], end => text }.
sub walk {
    my ($x, $entry) = @_;
    my (%visited, @paths);
    my @work = ([$entry, undef]);
    while (my $w = shift @work) {
        my ($a, $from) = @$w;
        my $p = { from => $from, insns => [], end => "" };
        push @paths, $p;
        my $jumped = defined $from;      # arrived here by a jump, not by falling through
        for (my $steps = 0; ; $steps++) {
            if ($steps > 120 || !defined $a || !$I{$a}) { $p->{end} = 'stops here: the path is longer than this listing follows'; last }
            if ($visited{$a}) { $p->{end} = sprintf('continues at %x, listed above', $a); last }
            my $lh = line_handler($a);
            # code of another handler reached by a jump: the compiler merged
            # identical tails (cross-jumping); follow it, and say so once

            if (defined $lh && $lh ne $x && ($p->{in_other} // "") ne $lh) {
                $p->{notes}{$a} = sprintf('the compiler attributes what follows to the %s handler (isa/ops.inc:%d): code shared between handlers, or moved',
                                          lc $lh, $I{$a}{line});
                $p->{in_other} = $lh;
            }
            $visited{$a} = 1;
            push @{$p->{insns}}, $a;
            if (is_ijump($a)) { $p->{end} = 'dispatch'; last }
            if (is_ret($a))   { $p->{end} = 'return'; last }
            my $f = callee($a);
            if (defined $f && $NORETURN{$f}) { $p->{end} = "trap ($f does not return)"; last }
            if (defined $f && is_ujump($a)) { $p->{end} = "tail call of $f"; last }
            if (is_ujump($a)) {
                my $t = branch_target($a);
                if (trap_only($t)) { $p->{end} = "trap"; last }
                $a = $t;
                $jumped = 1;
                next;
            }
            if (is_cbranch($a)) {
                my $t = branch_target($a);
                # list the other side when it is still this handler's code
                # (jnz's taken branch), not trap code or shared dispatch code
                my $th = line_handler($t);
                if (defined $t && !trap_only($t) && !$visited{$t}
                    && ((defined $lh && $lh eq $x) || (defined $th && $th eq $x))) {
                    push @work, [$t, $a];
                }
                # in the shared dispatch code, a range check that jumps to
                # the table when the opcode is in range (AArch64's b.ls):
                # the path of a handler goes on there
                elsif (defined $t && !(defined $lh && $lh eq $x) && leads_to_ijump($t) && !leads_to_ijump($NEXT{$a})) {
                    $p->{taken}{$a} = 1;
                    $a = $t;
                    $jumped = 1;
                    next;
                }
            }
            $a = $NEXT{$a};
            $a = $NEXT{$a} while defined $a && is_padding($a) && !$BRANCHED_TO{$a};
            $jumped = 0 unless $p->{in_other};
        }
    }
    return @paths;
}

# ===================================================================
# Reading instructions symbolically
# ===================================================================
#
# A value is a hash:
#   { k => 'var', v => NAME, off => BYTES }   a C variable of the
#        dispatcher (pc, sp, vm, ...) plus a byte offset
#   { k => 'const', c => N }
#   { k => KIND, x => TEXT }                  anything else, described
# KIND names what the value means to the VM: cell (a data-stack value),
# opcode, handler (a code address), slot (a thread slot), depth (bytes on
# the stack), offset (of pc in the bytecode), ordinal, count, flag, ...
# Every value may carry t => the DWARF type, for naming struct members.

my %VPC_NAMES = map { $_ => 1 } qw(pc vpc ip);     # vm/interp.h: "virtual pc"
my $CELL = 8;                                       # sizeof(cell): int64_t
# the type of the virtual pc (VPC_T): what a return-stack entry becomes
my $VPC_TYPE;
for my $v (@VARS) { if ($VPC_NAMES{$v->{name}}) { $VPC_TYPE = $v->{die}{type}; last } }

sub v_var   { my ($n, $off, $t) = @_; return { k => 'var', v => $n, off => $off // 0, t => $t } }
sub v_const { return { k => 'const', c => $_[0] } }
sub v_desc  { my ($k, $x, $t) = @_; return { k => $k, x => $x, t => $t } }
sub v_unknown { return { k => 'unknown', x => $_[0] } }

# short text for a value
sub vt {
    my $v = shift;
    return '?' unless $v;
    if ($v->{k} eq 'var') {
        my $o = $v->{off};
        return $v->{v} if !$o;
        my ($pt, $size) = pointee($v->{t});
        # pointer arithmetic in elements when the pointee size divides it
        if ($size && $size > 1 && $o % $size == 0 && $v->{v} ne 'vm') {
            return sprintf('%s %s %d', $v->{v}, $o < 0 ? '-' : '+', abs($o / $size));
        }
        return sprintf('%s %s %d%s', $v->{v}, $o < 0 ? '-' : '+', abs $o, $size == 1 ? '' : ' bytes') if $v->{v} ne 'vm';
        return member_text('vm', $v->{t}, $o, 1);
    }
    return sprintf('%d', $v->{c}) if $v->{k} eq 'const';
    return $v->{x};
}
sub offtext { my $o = shift; return !$o ? "" : $o < 0 ? " - " . abs($o) : " + $o" }
sub is_var   { my ($v, $n) = @_; return $v && $v->{k} eq 'var' && (!defined $n || $v->{v} eq $n) }

# "vm->max_steps", "&vm->rstack[4096]" for base NAME (of pointer type t) + off
sub member_text {
    my ($base, $t, $off, $addr) = @_;
    my ($pt) = pointee($t);
    my $m = defined $pt ? $MEMBERS{$pt} : undef;
    return sprintf('%s + %d', $base, $off) unless $m;
    my @at = grep { $_->[1] == $off } @$m;
    # the address just past an array is "the end of" it (RPUSH's check)
    if ($addr) {
        for my $e (@$m) {
            return sprintf('the end of %s->%s', $base, $e->[0]) if $e->[3] && $e->[1] + $e->[2] == $off && !grep { $_->[3] } @at;
        }
    }
    if (@at) {
        my $names = join '/', map { $_->[0] } @at;
        return ($addr && !$at[0][3] ? '&' : '') . "$base->$names";
    }
    for my $e (@$m) {
        if ($off > $e->[1] && $off < $e->[1] + $e->[2]) {
            my $el = $e->[3] ? elem_size($e->[4]) : 0;
            return sprintf('%s%s->%s[%d]', $addr ? '&' : '', $base, $e->[0], ($off - $e->[1]) / $el) if $el && ($off - $e->[1]) % $el == 0;
            return sprintf('%s->%s + %d bytes', $base, $e->[0], $off - $e->[1]);
        }
    }
    return sprintf('%s + %d', $base, $off);
}
sub elem_size { my $t = strip_type(shift); return $t && $DIE{$t} ? type_size($DIE{$t}{type}) : 0 }
sub member_type {                  # type of the member at off, or undef
    my ($t, $off) = @_;
    my ($pt) = pointee($t);
    my $m = defined $pt ? $MEMBERS{$pt} : undef;
    return undef unless $m;
    for my $e (@$m) {
        next unless $e->[1] == $off;
        # a union member (elop's data: imm or target): the pointer in it,
        # for whoever dereferences the loaded value
        my $u = strip_type($e->[4]);
        if ($u && $DIE{$u}{tag} eq 'DW_TAG_union_type' && $DIE{$u}{name} || $u && $DIE{$u}{tag} eq 'DW_TAG_union_type') {
            for my $c (all_dies()) {
                next unless $c->{tag} eq 'DW_TAG_member' && $c->{parent} && $c->{parent} == $DIE{$u};
                my $ct = strip_type($c->{type});
                return $c->{type} if $ct && $DIE{$ct}{tag} eq 'DW_TAG_pointer_type';
            }
        }
        return $e->[4];
    }
    return undef;
}

# ---- the state along a path ------------------------------------------
# regs: register -> value; mem: "msp:N" -> value (machine stack slots,
# N relative to the machine stack pointer at the path's start); msp: how far
# the machine stack pointer has moved; flags: what the last compare compared.
sub seed_state_dwarf {
    my ($a, $entry_view) = @_;
    my $st = { regs => {}, mem => {}, msp => 0, flags => undef, def => {} };
    my $vars = vars_at($a);
    my $fstart = exists $FUNCS{$I{$a}{fn}} && $FUNCS{$I{$a}{fn}} == $a;
    for my $k (sort keys %$vars) {
        # only the function's own variables: a block's locals (BINARY's a and
        # b) are not VM state, and clang leaves their locations wide
        my $dv = ref $vars->{$k} eq "ARRAY" ? $vars->{$k}[2] : $vars->{$k};
        next if $dv->{die}{parent} && $dv->{die}{parent}{tag} eq "DW_TAG_lexical_block";
        if ($k =~ /^mem:(\w+):(-?\d+)$/) {
            my ($r, $off, $v) = ($1, $2, $vars->{$k});
            if ($r eq $MSP) { $st->{mem}{"msp:$off"} = v_var($v->{name}, 0, $v->{die}{type}) }
            elsif ($r eq 'cfa' && $fstart) {           # a stack argument at entry
                $st->{mem}{'msp:' . ($off + ($X86 ? $PTR : 0))} = v_var($v->{name}, 0, $v->{die}{type});
            }
            next;
        }
        my ($n, $off, $v) = @{$vars->{$k}};
        # the compiler's view of pc, sp and rsp can already include an
        # increment the code has not made yet: name the register as it is
        $off = 0 if $entry_view && ($VPC_NAMES{$n} || $n eq "sp" || $n eq "rsp");
        $st->{regs}{$k} = v_var($n, $off, $v->{die}{type});
    }
    return $st;
}

# The state at a handler's entry: DWARF first, then the data-flow analysis
# for registers DWARF does not name.
sub seed_state {
    my ($a, @path) = @_;
    my $st = seed_state_dwarf($a, 1);
    my $fn = $I{$a}{fn};
    flow_function($fn);
    my $in = $FLOW_IN{$a} || {};
    my $pv = prologue_values($fn);
    for my $r (sort keys %$in) {
        my $v = $pv->{$in->{$r}} or next;
        if ($r =~ /^slot:(-?\d+)$/) {          # a spill slot (function-relative)
            $st->{mem}{'msp:' . ($1 - $in->{msp})} //= $v if defined $in->{msp};
            next;
        }
        next if $r eq 'msp' || $st->{regs}{$r};
        $st->{regs}{$r} = $v;
    }
    # what the dispatch code itself says first, then the weaker inference
    apply_relations($st, $a, $fn);
    if (@path) {
        name_from_home($st, $a, @path);
        apply_relations($st, $a, $fn);
    }
    # the register each variable lives in at the entry: updates of copies
    # elsewhere are not updates of the variable
    for my $r (sort keys %{$st->{regs}}) {
        my $v = $st->{regs}{$r};
        $st->{home}{$v->{v}} //= $r if $v->{k} eq "var" && !$v->{off};
    }
    return $st;
}
# Registers the dispatch leaves related to a named one (see
# dispatch_relations), at an entry the indirect jumps reach.
sub apply_relations {
    my ($st, $a, $fn) = @_;
    my $ijump = (grep { is_ijump($_) && $I{$_}{fn} eq $fn } @ORDER)[0];
    if (defined $ijump && grep { $_ == $a } successors($ijump)) {     # a dispatch target
        for my $rel (@{dispatch_relations($fn)}) {
            my ($s, $r, $k) = @$rel;
            if ($r =~ s/^\*//) {                   # S = *(R + k)
                if ($st->{regs}{$r} && !$st->{regs}{$s}) {
                    my $p = mem_place($st, undef, { t => 'mem', base => $r, disp => $k, raw => "$k($r)" }, $PTR);
                    $st->{regs}{$s} = $p->{val} if $p->{val} && $p->{what} ne 'unknown';
                }
                next;
            }
            if ($st->{regs}{$s} && !$st->{regs}{$r}) { $st->{regs}{$r} = add_value($st->{regs}{$s}, v_const(-$k)) }
            elsif ($st->{regs}{$r} && !$st->{regs}{$s}) { $st->{regs}{$s} = add_value($st->{regs}{$r}, v_const($k)) }
        }
    }
    return $st;
}
sub copy_state {
    my $s = shift;
    return { regs => { %{$s->{regs}} }, mem => { %{$s->{mem}} }, msp => $s->{msp}, flags => $s->{flags}, def => { %{$s->{def}} }, home => { %{$s->{home} || {}} } };
}
sub reg_val { my ($st, $r) = @_; return v_const(0) if $r eq "zr"; return $st->{regs}{$r} // v_unknown(regname($r)) }
sub regname { my $r = shift; return $X86 ? "%$r" : $r }

# ---- operands --------------------------------------------------------
sub split_ops {                    # on commas outside () and []
    my $s = shift;
    my (@o, $cur, $depth);
    ($cur, $depth) = ('', 0);
    for my $ch (split //, $s) {
        $depth++ if $ch eq '(' || $ch eq '[';
        $depth-- if $ch eq ')' || $ch eq ']';
        if ($ch eq ',' && $depth == 0) { push @o, $cur; $cur = ''; next }
        $cur .= $ch;
    }
    push @o, $cur if $cur ne '';
    s/^\s+|\s+$//g for @o;
    return @o;
}
sub num { my $s = shift // ""; return 0 if $s eq ""; my $neg = $s =~ s/^-//; my $v = $s =~ /^0x/i ? hex $s : $s + 0; return $neg ? -$v : $v }

my %W86 = (q => 8, l => 4, w => 2, b => 1);
sub x86_regwidth {
    my $r = lc shift;
    return 8 if $r =~ /^r(?:[a-d]x|[sd]i|[sb]p|\d+)$/;
    return 4 if $r =~ /^e|^r\d+d$/;
    return 2 if $r =~ /^(?:[a-d]x|[sd]i|[sb]p|r\d+w)$/;
    return 1;
}
# One x86 operand: reg, imm, mem or target.
sub x86_operand {
    my $o = shift;
    my $star = $o =~ s/^\*//;
    return { t => 'reg', r => canon($1), w => x86_regwidth($1), star => $star } if $o =~ /^%(\w+)$/;
    return { t => 'imm', v => num($1) } if $o =~ /^\$(-?(?:0x)?[0-9a-f]+)$/i;
    return { t => 'tgt', addr => hex $1 } if $o =~ /^([0-9a-f]+) <[^>]*>$/;
    if ($o =~ /^(?:%(\w+):)?(-?(?:0x)?[0-9a-f]+)?(?:\((%\w+)?(?:,(%\w+)(?:,(\d+))?)?\))?$/i) {
        return { t => 'mem', raw => $o, seg => $1, disp => defined $2 ? num($2) : 0,
                 base => defined $3 ? canon($3) : undef, index => defined $4 ? canon($4) : undef,
                 scale => $5 // 1, star => $star };
    }
    return { t => 'other', text => $o };
}
# One AArch64 operand (memory operands come whole: "[x1, #8]!").
sub a64_operand {
    my $o = shift;
    if ($o =~ /^\[(\w+)(?:,\s*#(-?(?:0x)?[0-9a-f]+))?\](!?)$/i) {
        return { t => 'mem', raw => $o, base => canon($1), disp => defined $2 ? num($2) : 0, pre => $3 eq '!' };
    }
    if ($o =~ /^\[(\w+),\s*(\w+)(?:,\s*(lsl|uxtw|sxtw|uxtx|sxtx)(?:\s*#(\d+))?)?\]$/) {
        return { t => 'mem', raw => $o, base => canon($1), index => canon($2), scale => 2**($4 // 0), disp => 0, ext => $3 };
    }
    return { t => 'imm', v => num($1) } if $o =~ /^#(-?(?:0x)?[0-9a-f]+)$/i;
    return { t => 'tgt', addr => hex $1 } if $o =~ /^([0-9a-f]+) <[^>]*>$/;
    return { t => 'shift', kind => $1, v => num($2) } if $o =~ /^(lsl|lsr|asr|uxtw|sxtw|sxth|uxth|sxtb|uxtb)\s*#?(\d*)$/ && ($2 ne '' || 1);
    return { t => 'reg', r => canon($o), w => ($o =~ /^w/ ? 4 : 8) } if $o =~ /^(?:[wx]\d+|sp|wsp|[wx]zr)$/;
    return { t => 'other', text => $o };
}

# ---- memory --------------------------------------------------------
# Where a memory operand points, in VM terms.  Returns
# { text => "S(1)", val => what a load gives, what => kind of place,
#   key => "msp:N" for machine stack slots }.
sub mem_place {
    my ($st, $a, $op, $width) = @_;
    my $disp = $op->{disp} // 0;
    my ($rsym, $roff) = sym_addr($a, $disp);
    my $bv = defined $op->{base} ? reg_val($st, $op->{base}) : undef;
    if (!defined $rsym && $bv && $bv->{k} eq "symaddr") { ($rsym, $roff) = ($bv->{sym}, $bv->{off} + $disp) }
    # a symbol: a table or a global variable
    if (defined $rsym) {
        my $off = $roff;
        my $rel = { sym => $rsym };
        my ($name, $within);
        if ($rel->{sym} =~ /^\./) { ($name, $within) = data_symbol($rel->{sym}, $off) }
        else { ($name, $within) = ($rel->{sym}, $off) }
        my $sec = $rel->{sym};
        if (!defined $name) {
            return { text => sprintf("the switch's jump table (%s+0x%x)", $sec, $off), what => 'jumptable',
                     index => $op->{index} } if $sec =~ /rodata|data\.rel/;
            return { text => sprintf('%s+0x%x', $sec, $off), what => 'data' };
        }
        (my $short = $name) =~ s/\.\d+$//;         # table.0 (gcc) -> table
        $short =~ s/^\w+\.(\w+)$/$1/;                # run.table (clang) -> table
        my $g = $GLOBAL{$short};
        if ($op->{index} || ($g && strip_type($g->{type}) && $DIE{strip_type($g->{type})}{tag} eq 'DW_TAG_array_type')) {
            return { text => "$short\[...]", what => 'table', name => $short, index => $op->{index}, within => $within };
        }
        return { text => $short . ($within ? "+$within" : ''), what => 'global', name => $short,
                 val => v_var($short, 0, $g ? $g->{type} : undef) };
    }
    my $b = defined $op->{base} ? reg_val($st, $op->{base}) : undef;
    my $ix = defined $op->{index} ? reg_val($st, $op->{index}) : undef;
    # the machine stack: spilled variables and saved registers
    if (defined $op->{base} && $op->{base} eq $MSP && !$ix) {
        my $key = 'msp:' . ($st->{msp} + $disp);
        my $v = $st->{mem}{$key};
        return { text => ($v && $v->{k} eq 'var' ? "$v->{v} (kept on the machine stack)" : 'a slot on the machine stack'),
                 what => 'mstack', key => $key, val => $v };
    }
    my $raw = $op->{raw} // '?';
    if ($b && $b->{k} eq 'ordaddr' && !$disp && !$ix) {
        (my $t = $b->{x}) =~ s/^&//;
        my $of = ($b->{of} // '') eq 'here' ? 'ORD_HERE()' : ($b->{of} // '') eq 'target' ? 'ORD_OF(target)' : $t;
        return { text => $t, what => 'array', val => v_desc('ordinal', $of) };
    }
    # a pointer that is not a variable but whose type is known: the cell
    # indirect threading loaded (ip[1]->code)
    if ($b && $b->{k} ne 'var' && $b->{t} && !$ix) {
        my ($bpt, $bsize, $bptid) = pointee($b->{t});
        # a pointer to a pointer: the thread slot a jump target points at
        # (indirect threading's w->data.target); loading it gives a cell
        if (defined $bptid && $DIE{$bptid}{tag} eq 'DW_TAG_pointer_type' && $bsize && $disp % $bsize == 0) {
            my $txt = vt($b) . ($disp ? sprintf('[%d]', $disp / $bsize) : '[0]');
            return { text => $txt, what => 'thread', val => v_desc('cellptr', $txt, $bptid) };
        }
        if (defined $bpt && $MEMBERS{$bpt}) {
            my $txt = member_text(vt($b), $b->{t}, $disp);
            return { text => $txt, what => "member", val => v_desc($txt =~ /->(?:\w+\/)*(?:code|fn)\b/ ? "handler" : "field", $txt, member_type($b->{t}, $disp)) };
        }
    }
    return { text => "memory at $raw" . ($b && $b->{k} ne 'unknown' ? ' (' . vt($b) . ($disp ? offtext($disp) : '') . ')' : ''), what => 'unknown',
             val => v_desc('loaded', "the value at $raw") } unless $b && $b->{k} eq 'var';
    my $off = $b->{off} + $disp;
    my $n = $b->{v};
    my $ixt = $ix ? vt($ix) : undef;
    if ($n eq 'sp' && !$ix && $PTR == 4 && $off % $CELL && $off % 4 == 0) {
        # i386: a 64-bit cell is two words, low half first
        my $k = (-$off - 4) / $CELL;
        return { text => sprintf('the high half of S(%d)', $k), what => 'stack', s => $k,
                 val => v_desc('cell', sprintf('S(%d) (high half)', $k)) };
    }
    if ($n eq 'sp' && !$ix) {                       # the data stack
        if ($PTR == 4 && $width == 4 && $off < 0 && $off % $CELL == 0) {
            my $k = -$off / $CELL - 1;
            return { text => sprintf("the low half of S(%d)", $k), what => "stack", s => $k,
                     val => v_desc("cell", sprintf("S(%d) (low half)", $k)) };
        }
        return { text => sprintf('S(%d)', -$off / $CELL - 1), what => 'stack', s => -$off / $CELL - 1,
                 val => v_desc('cell', sprintf('S(%d)', -$off / $CELL - 1)) } if $off < 0 && $off % $CELL == 0;
        return { text => sprintf('sp[%d], above the top of the stack', $off / $CELL), what => 'stack', s => -$off / $CELL - 1,
                 val => v_desc('cell', sprintf('sp[%d]', $off / $CELL)) } if $off % $CELL == 0;
    }
    if ($n eq 'rsp' && !$ix) {                      # the VM's return stack
        return { text => 'the top of the return stack (rsp[-1])', what => 'rstack',
                 val => v_var('to_', 0, $VPC_TYPE) } if $off == -$PTR;
        return { text => sprintf('rsp[%d]', $off / $PTR), what => 'rstack',
                 val => v_desc('retaddr', sprintf('rsp[%d]', $off / $PTR)) };
    }
    my ($pt, $psize, $ptid) = pointee($b->{t});
    if (($VPC_NAMES{$n} || $n eq 'to_') && !$ix) {  # the virtual pc
        if (defined $pt && $psize == 1) {           # bytecode
            my $what = $width == 1 ? 'the opcode byte' : $width == 4 ? 'the 4-byte LABEL operand' : $width == 8 ? 'the 8-byte INT operand' : "$width bytes";
            my $k = $width == 1 ? 'opcode' : $width == 4 ? 'label' : 'int';
            return { text => sprintf('%s at %s', $what, $n . offtext($off)), what => 'bytecode',
                     val => v_desc($k, $k eq 'opcode' ? 'the opcode' : $k eq 'label' ? 'the label operand' : 'the INT operand') };
        }
        if ($psize && $off % $psize == 0) {         # a thread of slots or cell pointers
            my $i = $off / $psize;
            my $t = $ptid;
            my ($ppt) = pointee($t);
            # a union slot that can hold a pointer into the thread (a jump
            # target) is typed like vpc, so that loads through it are named
            my $self = !defined $ppt && $MEMBERS{$pt // ''}
                && grep { my $mt = strip_type($_->[4]); $mt && $DIE{$mt}{tag} eq 'DW_TAG_pointer_type' && (strip_type($DIE{$mt}{type}) // -1) == (strip_type($ptid) // -2) } @{$MEMBERS{$pt}};
            return { text => "$n\[$i]", what => 'thread', i => $i,
                     val => v_desc(defined $ppt ? 'cellptr' : 'slot', "$n\[$i]", defined $ppt ? $t : $self ? $b->{t} : undef) };
        }
    }
    if (defined $pt && $MEMBERS{$pt} && !$ix) {     # a struct member: vm->max_steps, w->code
        my $mt = member_type($b->{t}, $off);
        my $txt = member_text($n eq 'vm' || $b->{off} == 0 ? $n : vt($b), $b->{off} == 0 || $n eq 'vm' ? $b->{t} : undef,
                              $n eq 'vm' ? $off : $disp);
        my $k = $txt =~ /->code$/ ? 'handler' : 'field';
        return { text => $txt, what => 'member', val => v_desc($k, $txt, $mt) };
    }
    if ($ix && $n eq 'ord') {                       # counting: the ordinal map
        my $of = $ix->{k} eq 'label' || ($ix->{of} // '') eq 'target' ? 'ORD_OF(target)'
               : ($ix->{of} // '') eq 'here' ? 'ORD_HERE()' : undef;
        return { text => 'ord[' . vt($ix) . ']', what => 'array',
                 val => v_desc('ordinal', $of // 'ord[' . vt($ix) . ']') };
    }
    if ($ix && ($n eq 'code' || is_var($ix, 'code'))) {
        return { text => 'the bytecode at code + ' . vt($n eq 'code' ? $ix : $b), what => 'bytecode' };
    }
    return { text => sprintf('*(%s%s)', vt($b), $disp ? sprintf(' %+d', $disp) : '') . ($ix ? " [+ $ixt*" . ($op->{scale} // 1) . ']' : ''),
             what => 'deref', val => v_desc('loaded', sprintf('*(%s)', vt($b))) };
}

# The data address an instruction's relocation designates: (symbol or
# section, offset), or ().  x86-64 RIP-relative fields count from the end of
# the instruction; i386 keeps the addend in the displacement (REL).
sub sym_addr {
    my ($a, $disp) = @_;
    return () unless defined $a && $I{$a};
    my $rel = $I{$a}{rel};
    return () unless $rel && $rel->{sym} && !($rel->{sym} eq '.text' && !$X86);
    return () if is_call($a) || is_ujump($a);
    return () if $rel->{sym} eq '.text';
    my $off = $rel->{add};
    if ($X86 && $rel->{type} =~ /PC32|GOTPCREL/) { $off += ($NEXT{$a} // $a) - $rel->{at} }
    elsif ($ARCH eq 'i386') { $off += $disp // 0 }
    return ($rel->{sym}, $off);
}

# ---- arithmetic on values ------------------------------------------
sub add_value {               # a + b (b may be negative const)
    my ($x, $y) = @_;
    return $x if $y->{k} eq "const" && $y->{c} == 0;
    return $y if $x->{k} eq "const" && $x->{c} == 0;
    ($x, $y) = ($y, $x) if $y->{k} eq 'var' && $x->{k} ne 'var' || $x->{k} eq 'const' && $y->{k} ne 'const';
    return v_const($x->{c} + $y->{c}) if $x->{k} eq 'const' && $y->{k} eq 'const';
    if ($y->{k} eq 'const') {
        return v_var($x->{v}, $x->{off} + $y->{c}, $x->{t}) if $x->{k} eq 'var' && !is_var($x, 'base');
        return { %$x, off => ($x->{off} // 0) + $y->{c} } if $x->{k} eq 'symaddr';
        return v_desc('opcode', ($x->{x} eq 'the opcode' ? 'opcode' : $x->{x}) . offtext($y->{c})) if $x->{k} eq 'opcode';
        return { %$x, x => $x->{x} . offtext($y->{c}) } if $x->{k} =~ /^(?:offset|index|ordinal|count|depth)$/;
    }
    # a PIE jump table: its address plus the entry is the case's address
    return v_desc("handler", "the address of the case") if $x->{k} eq "tableoff" && $y->{k} eq "symaddr" || $y->{k} eq "tableoff" && $x->{k} eq "symaddr";
    # code + label: a branch target in the bytecode
    if ((is_var($x, 'code') || is_var($y, 'code')) && ($x->{k} eq 'label' || $y->{k} eq 'label')) {
        my $c = is_var($x, 'code') ? $x : $y;
        return v_var('to_', 0, $c->{t});
    }
    # instruction counting (vm/interp.h COUNTING): base and ordinals
    my @parts = ($x, $y);
    if (grep { is_var($_, 'base') || $_->{k} =~ /^(?:ordinal|count)$/ } @parts) {
        my $k = (grep { is_var($_, 'base') || $_->{k} eq 'count' } @parts) ? 'count' : 'ordinal';
        my ($p, $q) = is_var($y, 'base') ? ($y, $x) : ($x, $y);
        return v_desc($k, vt($p) . ($q->{k} eq 'const' ? offtext($q->{c}) : ' + ' . vt($q)));
    }
    return v_desc('expr', sprintf('%s + %s', vt($x), vt($y)));
}
sub sub_value {               # a - b
    my ($x, $y) = @_;
    return add_value($x, v_const(-$y->{c})) if $y->{k} eq 'const';
    # sp - vm->stack: how many bytes are on the data stack (DEPTH() * 8)
    if (is_var($x, 'sp') && (is_var($y, 'vm') && $y->{off} == 0)) {
        return v_desc('depth', 'sp' . offtext($x->{off} / $CELL) . ' - vm->stack');
    }
    if (is_var($x, 'rsp') && is_var($y, 'vm')) { return v_desc('rdepth', 'the return-stack depth in bytes') }
    # pc - code, vpc - slots: which instruction the virtual pc is at (counting)
    if ($x->{k} eq 'var' && $y->{k} eq 'var' && $x->{v} ne $y->{v} && ($VPC_NAMES{$x->{v}} || $x->{v} eq 'to_')) {
        my $v = v_desc('offset', $x->{v} . offtext($x->{off}) . " - $y->{v}");
        $v->{of} = $x->{v} eq 'to_' ? 'target' : 'here';
        return $v;
    }
    # a thread slot holding a jump target, minus the thread's start
    if ($x->{k} eq "slot" && $y->{k} eq "var" && $y->{v} =~ /^(?:slots|thread|code)$/) {
        my $v = v_desc("offset", vt($x) . " - $y->{v}");
        $v->{of} = "target";
        return $v;
    }
    if ($x->{k} eq 'var' && $y->{k} eq 'var' && $x->{v} eq $y->{v}) { return v_const(($x->{off} - $y->{off})) }
    if (grep { is_var($_, 'base') || $_->{k} =~ /^(?:ordinal|count)$/ } $x, $y) {
        my $k = (grep { is_var($_, 'base') || $_->{k} eq 'count' } $x, $y) ? 'count' : 'ordinal';
        return v_desc($k, sprintf('%s - %s', vt($x), vt($y)));
    }
    return v_desc('expr', sprintf('%s - %s', vt($x), vt($y)));
}

# What a conditional branch tests, as words: "S(0) == 0".
my %CONDTEXT = (
    e => '==', z => '==', ne => '!=', nz => '!=', l => '<', lt => '<', le => '<=', ng => '<=',
    g => '>', gt => '>', ge => '>=', nl => '>=', b => '<', lo => '<', cc => '<', be => '<=', ls => '<=',
    a => '>', hi => '>', ae => '>=', hs => '>=', cs => '>=', nb => '>=', mi => '< 0:', pl => '>= 0:',
    s => '< 0:', ns => '>= 0:', eq => '==',
);
my %UNSIGNED = map { $_ => 1 } qw(b be a ae lo ls hi hs cc cs nb);
sub cond_text {
    my ($st, $cc) = @_;
    my $f = $st->{flags};
    my $op = $CONDTEXT{$cc} // $cc;
    return "the condition ($cc)" unless $f;
    my ($l, $r) = ($f->{l}, $f->{r});
    # the stack depth in bytes against a constant: say it in cells
    if ($l->{k} eq 'depth' && $r->{k} eq 'const' && $op =~ /^[<>=!]=?$/) {
        my $c = $r->{c} / $CELL;
        return 'the data stack is empty' if $op eq '<=' && $r->{c} == 0 || $op eq '<' && $c == 1 || $op eq '==' && $c == 0;
        # "<= 1 cell" when the constant is a whole number of cells, "< 2
        # cells" when the compiler compares with 2 cells - 1 byte
        return sprintf('the data stack holds %s %d cell%s', $op, $c, $c == 1 ? '' : 's') if $r->{c} % $CELL == 0;
        my $up = int($r->{c} / $CELL) + 1;
        return sprintf('the data stack holds %s %d cell%s', $op eq '<=' ? '<' : $op eq '>' ? '>=' : $op, $up, $up == 1 ? '' : 's')
            if $op eq '<=' || $op eq '>';
    }
    if ($f->{test}) {                              # test a,a: compares a with 0
        return sprintf('%s %s 0', vt($l), $op) if $op =~ /^(?:==|!=|<|<=|>|>=)$/;
        return sprintf('%s %s', vt($l), $op);
    }
    my $rt = $r->{k} eq 'const' ? const_text($l, $r->{c}) : vt($r);
    my $u = $UNSIGNED{$cc} ? ' (unsigned)' : '';
    return sprintf('%s %s %s%s', vt($l), $op, $rt, $u);
}
# a constant compared with a value, in the value's units
sub const_text {
    my ($v, $c) = @_;
    return sprintf('%d bytes (%s cell%s)', $c, $c / $CELL, $c == $CELL ? '' : 's') if $v->{k} eq 'depth';
    return sprintf('%d', $c) if $v->{k} eq 'opcode' && $c < $NOPS;
    return sprintf('%d', $c);
}
# Which trap a branch leads to, from what was compared.
sub trap_kind {
    my ($st, $a) = @_;
    my $f = $st->{flags};
    my @v = $f ? grep { defined } ($f->{l}, $f->{r}) : ();
    for my $v (@v) {
        return 'stack underflow or overflow' if $v->{k} eq 'depth' && $f->{r}{k} ne 'const';
        if ($v->{k} eq 'depth') {
            my $c = $f->{r}{c};
            return $c >= 0x100 ? 'stack overflow (ROOM)' : 'stack underflow (NEED)';
        }
        return 'the step limit (--max-steps)' if $v->{k} eq 'field' && $v->{x} =~ /max_steps/ || $v->{k} eq 'count';
        return 'return stack full (RPUSH)' if $v->{x} && $v->{x} =~ /end of vm->rstack/;
    }
    if (@v == 2 && is_var($v[0], 'rsp') && is_var($v[1], 'vm') || @v == 2 && is_var($v[1], 'rsp') && is_var($v[0], 'vm')) {
        my ($o) = map { $_->{off} } grep { is_var($_, 'vm') } @v;
        return ($o == 0 || $o == 0x8000) ? 'return stack empty (RNEED)' : 'return stack full (RPUSH)';
    }
    # fall back on the source line's macro
    my $src = source_text($a);
    return 'stack underflow (NEED)' if $src =~ /NEED\(|BINARY\(/ && $src !~ /RNEED/;
    return 'stack overflow (ROOM)' if $src =~ /ROOM\(/;
    return 'return stack empty (RNEED)' if $src =~ /RNEED/;
    return 'return stack full (RPUSH)' if $src =~ /RPUSH/;
    return 'the step limit (--max-steps)' if $src =~ /BRANCH\(|CHECKPOINT/;
    return 'address out of range (MEM_CHECK)' if $src =~ /MEM_CHECK/;
    return 'division by zero' if $src =~ /TRAP\(ST_DIV_ZERO/;
    return 'a trap';
}
sub source_text {
    my $a = shift;
    my $f = $I{$a}{file} // '';
    return $OPSLINES[$I{$a}{line}] // '' if $f =~ m{isa/ops\.inc$};
    return '';
}

# ---- one instruction ---------------------------------------------------
# step(state, address) -> (comment, kind): what the instruction does for
# the VM, and a one-word kind for the summary ("load", "indirect jump").
# It updates the state (register contents, flags) as it goes.

sub set_reg { my ($st, $r, $v, $a) = @_; $st->{regs}{$r} = $v; $st->{def}{$r} = $a; }

# a register's role, when it is known, in parentheses after its name
sub rdesc {
    my ($st, $r) = @_;
    my $v = $st->{regs}{$r};
    return regname($r) unless $v && $v->{k} ne 'unknown';
    return regname($r) . ' (' . vt($v) . ')';
}


sub x86_width {               # operand size from the suffix or a register
    my ($m, @o) = @_;
    for my $o (@o) { return $o->{w} if $o->{t} eq 'reg' }
    return $W86{$1} if $m =~ /^(?:mov|add|sub|cmp|and|or|xor|test|inc|dec|neg|not|shl|sar|shr|push|pop)([qlwb])$/;
    return $PTR;
}

sub step_x86 {
    my ($st, $a) = @_;
    my $m = mnem($a);
    $m =~ s/^(?:rep|repz|repnz|lock|data16|cs|ds) //;
    my @o = map { x86_operand($_) } split_ops($I{$a}{ops});
    my $w = x86_width($m, @o);
    my ($src, $dst) = @o == 2 ? @o : ($o[0], $o[0]);
    my $base = $m;
    $base =~ s/^(mov|add|sub|cmp|and|or|xor|test|inc|dec|neg|not|shl|sal|sar|shr|push|pop|lea|imul)[qlwb]$/$1/;

    # ---- control transfers
    if ($m =~ /^(?:notrack |bnd )?jmp/ && $o[0]{star}) {
        my $op = $o[0];
        if ($op->{t} eq 'reg') {
            my $v = reg_val($st, $op->{r});
            my $what = $v->{k} eq 'handler' ? 'the next handler' : $v->{k} eq 'slot' ? 'the handler address taken from ' . vt($v) : 'the address in ' . regname($op->{r});
            return ("dispatch: indirect jump to $what", 'indirect jump');
        }
        my $p = mem_place($st, $a, $op, $PTR);
        my $ix = defined $op->{index} ? reg_val($st, $op->{index}) : undef;
        if ($p->{what} =~ /^(?:table|jumptable)$/) {
            my $i = $ix ? ($ix->{k} eq 'opcode' ? 'the opcode' : vt($ix)) : '?';
            return ("dispatch: indirect jump through $p->{text}" =~ s/\[\.\.\.\]/[$i]/r . ($p->{what} eq 'jumptable' ? ", indexed by $i" : ''), 'indirect jump');
        }
        return ("dispatch: indirect jump to " . ($p->{text} =~ s{->[\w/]*\b(code|fn)\b[\w/]*$}{->$1}r) . ", the next handler", "indirect jump") if $p->{what} eq "member" && $p->{text} =~ m{->[\w/]*\b(?:code|fn)\b};
        return ("dispatch: indirect jump to the handler address in $p->{text}", 'indirect jump');
    }
    if ($m =~ /^(?:notrack |bnd )?call/ && $o[0]{star}) {
        my $op = $o[0];
        my $t = $op->{t} eq 'reg' ? 'the address in ' . rdesc($st, $op->{r}) : mem_place($st, $a, $op, $PTR)->{text};
        clobber($st, $a);
        return ("indirect call of the handler: $t", 'indirect call');
    }
    if ($m =~ /^call/) {
        my $f = callee($a) // sprintf('%x', $o[0]{addr} // 0);
        clobber($st, $a);
        return ("call $f" . ($TRAPFN{$f} ? ' (trap)' : ''), 'call');
    }
    if ($m =~ /^(?:bnd )?ret/) { return ("return" . ($I{$a}{fn} =~ /^op_/ ? " from $I{$a}{fn}" : "") . ret_value($st), "return") }
    if ($m =~ /^(?:bnd )?jmp/) {
        my $f = callee($a);
        return ("tail call of $f", 'jump') if defined $f;
        my $t = $o[0]{addr};
        return (sprintf('jump to %x', $t) . jump_where($t), 'jump');
    }
    if ($m =~ /^j(\w+)$/) {
        return (branch_comment($st, $a, $1, $o[0]{addr}), 'branch');
    }
    # ---- compares
    if ($base eq 'cmp' || $base eq 'test') {
        my ($l, $r) = (operand_value($st, $a, $dst, $w), operand_value($st, $a, $src, $w));
        my $same = $base eq 'test' && $src->{t} eq 'reg' && $dst->{t} eq 'reg' && $src->{r} eq $dst->{r};
        $st->{flags} = { l => $l, r => $same ? v_const(0) : $r, test => $same };
        my $what = $same ? sprintf('compare %s with 0', vt($l)) : sprintf('compare %s with %s', vt($l), $r->{k} eq 'const' ? const_text($l, $r->{c}) : vt($r));
        return ($what, 'compare');
    }
    if ($m =~ /^set(\w+)$/) {
        my $c = cond_text($st, $1);
        set_reg($st, $dst->{r}, v_desc('flag', "($c)"), $a) if $dst->{t} eq 'reg';
        return ("flag = 1 if $c, else 0", 'compare');
    }
    if ($m =~ /^cmov(\w+)$/) {
        my $c = cond_text($st, $1);
        set_reg($st, $dst->{r}, v_desc('expr', "($c ? " . vt(operand_value($st, $a, $src, $w)) . ' : ' . vt(reg_val($st, $dst->{r})) . ')'), $a);
        return ("if $c: " . regname($dst->{r}) . ' = ' . vt(operand_value($st, $a, $src, $w)), 'move');
    }
    # ---- the machine stack
    if ($base eq 'push') {
        $st->{msp} -= $PTR;
        if ($o[0]{t} eq 'reg') { $st->{mem}{"msp:$st->{msp}"} = reg_val($st, $o[0]{r}) }
        return ($o[0]{t} eq 'reg' && (in_prologue($a) || $I{$a}{file} !~ m{isa/ops\.inc$})
                ? 'save ' . regname($o[0]{r}) . ' (prologue: a callee-saved register this function uses)'
                : 'push ' . vt(operand_value($st, $a, $o[0], $PTR)) . ' on the machine stack (an argument of the call below)', 'push');
    }
    if ($base eq 'pop') {
        my $v = $st->{mem}{"msp:$st->{msp}"};
        $st->{msp} += $PTR;
        set_reg($st, $o[0]{r}, $v // v_unknown(regname($o[0]{r})), $a) if $o[0]{t} eq 'reg';
        return ('restore ' . regname($o[0]{r}) . ' (epilogue)', 'pop');
    }
    if (($base eq 'sub' || $base eq 'add') && $dst->{t} eq 'reg' && $dst->{r} eq $MSP && $src->{t} eq 'imm') {
        $st->{msp} += $base eq 'add' ? $src->{v} : -$src->{v};
        return ($base eq 'sub' ? "reserve $src->{v} bytes of machine stack (alignment for calls, spill slots)"
                               : "release $src->{v} bytes of machine stack", $base eq 'sub' ? 'sub' : 'add');
    }
    # ---- moves and loads
    if ($base =~ /^(?:mov|movabs|movz\w*|movs\w*|movsxd|cltq|cdqe)$/ && $base !~ /^movs[bwdq]?$/ || $m =~ /^mov[zs][bwl][wlq]$/) {
        my $sw = $m =~ /^mov[zs]([bwl])[wlq]$/ ? $W86{$1} : $w;
        if ($m eq 'cltq' || $m eq 'cdqe') { return ('sign-extend %eax to %rax', 'move') }
        if ($dst->{t} eq 'mem') {                          # a store
            my $p = mem_place($st, $a, $dst, $w);
            my $v = operand_value($st, $a, $src, $w);
            $st->{mem}{$p->{key}} = $v if $p->{key};
            return (store_comment($p, $v), 'store');
        }
        if ($src->{t} eq 'mem') {                          # a load
            my $p = mem_place($st, $a, $src, $sw);
            my $v = $p->{val} // v_desc('loaded', $p->{text});
            $v = table_load($st, $src, $p, $sw) // $v;
            set_reg($st, $dst->{r}, $v, $a);
            return (load_comment($p, $v, $dst->{r}, $st), 'load');
        }
        if ($src->{t} eq 'imm') {
            set_reg($st, $dst->{r}, v_const($src->{v}), $a);
            return (sprintf('%s = %d', regname($dst->{r}), $src->{v}), 'move');
        }
        if ($src->{t} eq 'reg') {
            my $v = reg_val($st, $src->{r});
            if ($src->{r} eq $dst->{r}) {                  # mov %edi,%edi; movzbl %cl,%ecx
                set_reg($st, $dst->{r}, v_desc($v->{k} =~ /^(?:opcode|ordinal|count|offset)$/ ? $v->{k} : "expr", "(uint32_t)" . vt($v)), $a) if $m !~ /^movz/ && $v->{k} ne "unknown";
                return ($m =~ /^movz/ ? "zero-extend the low " . ($sw == 1 ? "byte" : "16 bits") . " of " . regname($dst->{r}) . ": " . vt($v)
                                       : "zero the upper half of " . regname($dst->{r}) . " (a 32-bit value)", "move");
            }
            return (copy_comment($st, $dst->{r}, $v, $a), 'move');
        }
    }
    if ($base eq 'lea') {
        my $v = address_value($st, $a, $src);
        my $old = reg_val($st, $dst->{r});
        set_reg($st, $dst->{r}, $v, $a);
        return (assign_comment($dst->{r}, $v, $old, $a), 'add');
    }
    # ---- arithmetic
    if ($m =~ /^(?:adc|sbb)[lq]?$/) {                # the high halves of 64-bit cells (i386)
        my $d = $dst->{t} eq "mem" ? mem_place($st, $a, $dst, $w)->{text} : regname($dst->{r});
        my $s = vt(operand_value($st, $a, $src, $w));
        $st->{regs}{$dst->{r}} = v_unknown(regname($dst->{r})) if $dst->{t} eq "reg";
        return (sprintf("%s %s= %s with the carry: the high 32 bits of a 64-bit cell", $d, $m =~ /^adc/ ? "+" : "-", $s), $m =~ /^adc/ ? "add" : "sub");
    }
    if ($base =~ /^(?:add|sub|and|or|xor|imul|shl|sal|sar|shr|inc|dec|neg|not)$/) {
        my $op = $base;
        if ($dst->{t} eq 'mem') {                          # read-modify-write
            my $p = mem_place($st, $a, $dst, $w);
            my $v = operand_value($st, $a, $src, $w);
            # a variable kept in memory: ip += 4 on i386
            if ($p->{what} eq 'mstack' && $p->{val} && $p->{val}{k} eq 'var' && $v->{k} eq 'const' && $op =~ /^(?:add|sub)$/) {
                my $new = add_value($p->{val}, v_const(($op eq 'add' ? 1 : -1) * signed_imm($v, $w)));
                my $c = assign_comment('', $new, $p->{val}) . ' (the variable is kept on the machine stack)';
                $st->{mem}{$p->{key}} = $new;
                return ($c, $op);
            }
            $st->{flags} = { l => v_desc('expr', $p->{text}), r => v_const(0), test => 1 };
            my $sym = { add => '+=', sub => '-=', and => '&=', or => '|=', xor => '^=', imul => '*=' }->{$op} // $op;
            return (sprintf('%s %s %s, in memory', $p->{text}, $sym, vt($v)) . result_gloss($p, $op), $op);
        }
        my $r = $dst->{r};
        my $old = reg_val($st, $r);
        if ($op eq 'xor' && $src->{t} eq 'reg' && $src->{r} eq $r) {
            set_reg($st, $r, v_const(0), $a);
            return (regname($r) . ' = 0', 'move');
        }
        my $y = @o == 2 ? operand_value($st, $a, $src, $w) : undef;
        my $v;
        if    ($op eq 'add') { $y = v_const(signed_imm($y, $w)) if $y->{k} eq 'const'; $v = add_value($old, $y) }
        elsif ($op eq 'sub') { $y = v_const(signed_imm($y, $w)) if $y->{k} eq 'const'; $v = sub_value($old, $y) }
        elsif ($op eq 'inc') { $v = add_value($old, v_const(1)) }
        elsif ($op eq 'dec') { $v = add_value($old, v_const(-1)) }
        elsif ($op eq 'sar' || $op eq 'shr') {
            my $n = $y ? ($y->{k} eq 'const' ? $y->{c} : undef) : 1;
            if ($old->{k} eq 'depth' && defined $n && 2**$n == $CELL) { $v = v_desc('depthc', 'the stack depth in cells') }
            elsif ($old->{k} eq "offset" && defined $n) { $v = v_desc("offset", "($old->{x}) / " . 2**$n); $v->{of} = $old->{of} }
            else { $v = v_desc('expr', sprintf('%s >> %s', vt($old), $y ? vt($y) : 1)) }
        }
        elsif ($op eq 'neg') { $v = v_desc($old->{k} eq 'cell' ? 'cell' : 'expr', '-' . vt($old)) }
        else {
            my %sym = (and => '&', or => '|', xor => '^', imul => '*', shl => '<<', sal => '<<', not => '~');
            $v = v_desc(($old->{k} eq 'cell' || ($y && $y->{k} eq 'cell')) ? 'cell' : 'expr',
                        $op eq 'not' ? '~' . vt($old) : sprintf('%s %s %s', vt($old), $sym{$op}, vt($y)));
        }
        set_reg($st, $r, $v, $a);
        # the flags now describe the result (a later je tests it for 0)
        $st->{flags} = { l => $v, r => v_const(0), test => 1 };
        return (assign_comment($r, $v, $old, $a), $op =~ /^(?:inc|add)$/ ? 'add' : $op =~ /^(?:dec|sub)$/ ? 'sub' : $op);
    }
    if ($m =~ /^(?:cqto|cqo|cltd|cdq)$/) { return ('sign-extend the dividend for idiv', 'move') }
    if ($m =~ /^i?div/) { clobber_regs($st, $a, $X86 && $ARCH eq 'x86_64' ? qw(rax rdx) : qw(eax edx)); return ('divide', 'divide') }
    if ($m =~ /^(?:movdqu|movups|movdqa|movaps|movq|movhps|movlps|shufpd|pshufd|punpck\w+)$/) {
        return ('move two stack cells at once in a 128-bit SSE register', 'move');
    }
    if ($m =~ /^endbr/) { return ('landing pad for indirect branches (CET)', 'other') }
    # anything else: say what the machine does, no more
    $st->{regs}{$dst->{r}} = v_unknown(regname($dst->{r})) if $dst && $dst->{t} eq 'reg';
    return ("($m: not interpreted by asm/annotate.pl)", $m);
}

sub signed_imm {
    my ($y, $w) = @_;
    my $c = $y->{c};
    return $w == 8 ? signed64($c) : $w == 4 ? signed32($c) : $w == 1 && $c >= 128 ? $c - 256 : $w == 2 && $c >= 32768 ? $c - 65536 : $c;
}
sub clobber { my ($st, $a) = @_; clobber_regs($st, $a, keys %CALLER_SAVED) }
sub clobber_regs { my ($st, $a, @r) = @_; for my $r (@r) { $st->{regs}{$r} = v_unknown(regname($r)) } }

# the value of an operand (register, immediate or memory)
sub operand_value {
    my ($st, $a, $o, $w) = @_;
    return reg_val($st, $o->{r}) if $o->{t} eq 'reg';
    return v_const($o->{v}) if $o->{t} eq 'imm';
    if ($o->{t} eq 'mem') {
        my $p = mem_place($st, $a, $o, $w);
        return $p->{val} // v_desc('loaded', $p->{text});
    }
    return v_unknown($o->{text} // '?');
}
# the address a memory operand computes (lea; AArch64 add with a symbol)
sub address_value {
    my ($st, $a, $o) = @_;
    my ($sym, $off) = sym_addr($a, $o->{disp});
    return { k => 'symaddr', sym => $sym, off => $off, x => 'the address of ' . (data_pretty($sym, $off)) } if defined $sym;
    my $b = defined $o->{base} ? reg_val($st, $o->{base}) : v_const(0);
    # &ord[i]: the address of an instruction's ordinal (counting)
    if (is_var($b, 'ord') && defined $o->{index} && !$o->{disp}) {
        my $ix = reg_val($st, $o->{index});
        my $v = v_desc('ordaddr', '&ord[' . vt($ix) . ']');
        $v->{of} = $ix->{k} eq 'label' ? 'target' : $ix->{of};
        return $v;
    }
    my $v = add_value($b, v_const($o->{disp} // 0));
    if (defined $o->{index}) {
        my $ix = reg_val($st, $o->{index});
        $ix = ($o->{scale} // 1) == 1 ? $ix : v_desc($ix->{k} eq 'const' ? 'const' : 'expr', vt($ix) . ' * ' . $o->{scale});
        $v = add_value($v, $ix);
    }
    return $v;
}
sub data_pretty {
    my ($sym, $off) = @_;
    return $sym . ($off ? sprintf('+0x%x', $off) : '') unless $sym =~ /^\./;
    my ($n, $w) = data_symbol($sym, $off);
    return defined $n ? ($n =~ s/\.\d+$//r =~ s/^\w+\.(\w+)$/$1/r) . ($w ? "+$w" : '') : sprintf('%s+0x%x', $sym, $off);
}
# a load through a table indexed by the opcode: the handler's address
sub table_load {
    my ($st, $o, $p, $width) = @_;
    return undef unless $p->{what} =~ /^(?:table|jumptable)$/;
    # x86-64 PIE: the table holds 32-bit offsets from itself (movslq)
    return v_desc("tableoff", "the jump table entry for " . vt(reg_val($st, $o->{index}))) if $ARCH eq "x86_64" && ($width // 8) == 4 && defined $o->{index};
    my $ix = defined $o->{index} ? reg_val($st, $o->{index}) : undef;
    return v_desc('handler', 'the handler address ' . ($p->{name} // 'table') . '[' . ($ix && $ix->{k} eq 'opcode' ? 'opcode' : vt($ix)) . ']');
}
sub load_comment {
    my ($p, $v, $r, $st) = @_;
    my $w = $p->{what};
    return "fetch the next opcode, " . ($p->{text} =~ s/^the opcode byte/the byte/r) if $v->{k} eq "opcode";
    return "load the next handler's address: " . ($v->{x} =~ s/^the handler address //r) if $v->{k} eq "handler" && $w =~ /table/;
    return "load $v->{x}: an offset from the table" if $v->{k} eq "tableoff";
    return "load $p->{text}" if $v->{k} eq 'handler';
    return "load $p->{text}: the next cell (w)" if $v->{k} eq 'cellptr';
    return "load the thread slot $p->{text}" if $v->{k} eq 'slot';
    return "load $p->{text}, the top of the data stack" if $w eq 'stack' && $p->{s} == 0;
    return "load $p->{text}" . ($w eq 'stack' && $p->{s} > 0 ? ", the value below the top" : '') if $w eq 'stack';
    return "load the global $p->{text}" if $w eq 'global';
    return "reload $p->{text}" if $w eq 'mstack';
    return "load $p->{text} = $v->{x}: " . ($v->{x} eq "ORD_HERE()" ? "the ordinal of this instruction" : $v->{x} =~ /ORD_OF/ ? "the ordinal of the branch target" : "an instruction ordinal") . " (counting)" if $v->{k} eq "ordinal" && $p->{text} =~ /^ord\[/;
    return "load $p->{text}";
}
sub store_comment {
    my ($p, $v) = @_;
    my $w = $p->{what};
    return sprintf('store %s into %s', vt($v), $p->{text}) . ($w eq 'stack' && $p->{s} == -1 ? ': push' : '') if $w eq 'stack';
    return sprintf('store %s on the return stack (%s)', vt($v), $p->{text}) if $w eq 'rstack';
    return sprintf('%s = %s: write the global back', $p->{text}, vt($v)) if $w eq 'global';
    return sprintf('spill %s to the machine stack', vt($v)) if $w eq 'mstack';
    return sprintf('store %s into %s', vt($v), $p->{text});
}
sub result_gloss {
    my ($p, $op) = @_;
    return '' unless $p->{what} eq 'stack';
    return ': the result replaces the second operand';
}
sub jump_where {
    my $t = shift;
    return '' unless defined $t && $I{$t};
    my $h = line_handler($t);
    return " (the $I{$t}{file}:$I{$t}{line} code)" if !defined $h && $I{$t}{file} !~ /ops\.inc$/ && $I{$t}{file} ne '';
    return '';
}
# The comment for "register r gets value v" (old: what r held before):
# "sp -= 1: pop", "pc += 1 byte: advance the virtual pc", "%rdx = sp - vm->stack: ...".
# When the debug information says r holds a VM variable right after the
# instruction, the comment names the variable instead of the register.
sub assign_comment {
    my ($r, $v, $old, $a) = @_;
    my $rn = regname($r);
    my $after = defined $a && defined $NEXT{$a} ? vars_at($NEXT{$a})->{$r} : undef;
    my $var = $after && $after->[1] == 0 && $after->[0] =~ /^(?:sp|rsp|base|pc|vpc|ip|w)$/ && !is_var($v, $after->[0]) ? $after->[0] : undef;
    if ($v->{k} eq "var" && $old->{k} eq "var" && $v->{v} eq $old->{v} && $v->{off} != $old->{off} && $old->{off} == 0
        && !($CUR_ST && $CUR_ST->{home}{$v->{v}} && $CUR_ST->{home}{$v->{v}} ne $r)) {
        my $d = $v->{off} - $old->{off};
        my $n = $v->{v};
        my ($pt, $psize) = pointee($v->{t});
        my $unit = $psize && $psize > 1 && $d % $psize == 0 ? sprintf('%d %s', abs($d / $psize), abs($d / $psize) == 1 ? 'slot' : 'slots') : sprintf('%d %s', abs $d, abs $d == 1 ? 'byte' : 'bytes');
        if ($n eq 'sp') {
            my $c = $d / $CELL;
            return $c > 0 ? sprintf('sp += %d: push (the data stack grows by %d cell%s)', $c, $c, $c == 1 ? '' : 's')
                          : sprintf('sp -= %d: pop (the data stack shrinks by %d cell%s)', -$c, -$c, -$c == 1 ? '' : 's');
        }
        if ($n eq 'rsp') { return $d > 0 ? 'rsp += 1: push on the VM return stack' : 'rsp -= 1: pop the VM return stack' }
        if ($VPC_NAMES{$n}) {
            return sprintf('%s += %s: advance the virtual pc', $n, $unit) if $d > 0;
            return sprintf('%s -= %s', $n, $unit);
        }
        return sprintf('%s %s= %s', $rn, $d > 0 ? '+' : '-', abs $d);
    }
    my $lhs = $var // $rn;
    if (is_var($old, "base") && $v->{k} eq "count" && $v->{x} =~ /^base \+ (.*)$/
        && (!$CUR_ST || ($CUR_ST->{home}{base} // "") eq $r)) {
        return "base += $1: keeps the executed-instruction count exact after the branch (vm/interp.h COUNTING)";
    }
    if ($v->{k} eq 'var') {
        my $t = vt($v);
        return sprintf('%s = %s', $lhs, $t) . ($v->{v} eq 'to_' && !$v->{off} ? ' (the branch target)' : '')
            . ($var && $VPC_NAMES{$var} && $v->{v} eq 'to_' ? ': the virtual pc moves to the target' : '');
    }
    my %gloss = (depth => ': how many bytes the data stack holds', depthc => ', in cells',
                 offset => ': the virtual pc as an offset (counting)',
                 count => ': instruction counting (vm/interp.h COUNTING)');
    return sprintf('%s = %s%s', $lhs, vt($v), $gloss{$v->{k}} // '');
}
# the comment of a conditional branch
sub branch_comment {
    my ($st, $a, $cc, $t) = @_;
    my $c = cond_text($st, $cc);
    return "if $c: ?" unless defined $t && $I{$t};
    if (trap_only($t)) {
        return sprintf('if %s: trap, %s (%x, not listed)', $c, trap_kind($st, $a), $t);
    }
    my $h = line_handler($a);
    my $f = $st->{flags};
    if ($f && grep { $_ && $_->{k} eq 'opcode' } ($f->{l}, $f->{r})) {
        # the switch's range check: "above" leaves the table, "below or
        # same" enters it (AArch64 branches to the table, x86 away from it)
        return $cc =~ /^(?:a|hi|g|gt|ae|hs|nb|cs)$/
            ? sprintf('if %s: the opcode is outside the jump table: go to %x (the default case)', $c, $t)
            : sprintf('if %s: the opcode is inside the jump table: go to %x, the table dispatch', $c, $t);
    }
    return sprintf('if %s: go to %x', $c, $t) . jump_where($t);
}

my %A64COND = (eq => 'eq', ne => 'ne', lt => 'lt', le => 'le', gt => 'gt', ge => 'ge',
               lo => 'lo', ls => 'ls', hi => 'hi', hs => 'hs', cc => 'lo', cs => 'hs', mi => 'mi', pl => 'pl');
sub a64_width {
    my ($m, $r) = @_;
    return 1 if $m =~ /^(?:ldr|str|ldur|stur)s?b$/;
    return 2 if $m =~ /^(?:ldr|str|ldur|stur)s?h$/;
    return 4 if $m =~ /^(?:ldr|ldur)sw$/;
    return $r && $r->{w} ? $r->{w} : 8;
}
sub step_a64 {
    my ($st, $a) = @_;
    my $m = mnem($a);
    my @o = map { a64_operand($_) } split_ops($I{$a}{ops});
    my $rd = $o[0] && $o[0]{t} eq 'reg' ? $o[0]{r} : undef;

    # ---- control transfers
    if ($m eq 'br') {
        my $v = reg_val($st, $rd);
        my $what = $v->{k} eq 'handler' ? 'the next handler' : $v->{k} eq 'slot' ? 'the handler address taken from ' . vt($v) : "the address in $rd";
        return ("dispatch: indirect jump to $what", 'indirect jump');
    }
    if ($m eq 'blr') { my $t = rdesc($st, $rd); clobber($st, $a); return ("indirect call of the handler: the address in $t", 'indirect call') }
    if ($m eq 'bl') { my $f = callee($a) // sprintf('%x', $o[0]{addr} // 0); clobber($st, $a); return ("call $f" . ($TRAPFN{$f} ? ' (trap)' : ''), 'call') }
    if ($m eq 'ret') { return ('return' . ($I{$a}{fn} =~ /^op_/ ? " from $I{$a}{fn}" : '') . ' (to the address in x30)', 'return') }
    if ($m eq 'b') {
        my $f = callee($a);
        return ("tail call of $f", 'jump') if defined $f;
        return (sprintf('jump to %x', $o[0]{addr}) . jump_where($o[0]{addr}), 'jump');
    }
    if ($m =~ /^b\.(\w+)$/) { return (branch_comment($st, $a, $A64COND{$1} // $1, $o[0]{addr}), 'branch') }
    if ($m =~ /^cb(n?)z$/) {
        $st->{flags} = { l => reg_val($st, $rd), r => v_const(0), test => 1 };
        return (branch_comment($st, $a, $1 ? 'ne' : 'eq', $o[1]{addr}), 'branch');
    }
    if ($m =~ /^tb(n?)z$/) {
        my $bit = $o[1]{v};
        $st->{flags} = { l => v_desc('expr', sprintf('bit %d of %s', $bit, vt(reg_val($st, $rd)))), r => v_const(0), test => 1 };
        return (branch_comment($st, $a, $1 ? 'ne' : 'eq', $o[2]{addr}), 'branch');
    }
    # ---- compares
    if ($m =~ /^(?:cmp|cmn|tst)$/) {
        my $l = reg_val($st, $rd);
        my $r = $o[1]{t} eq 'imm' ? v_const($m eq 'cmn' ? -$o[1]{v} : $o[1]{v} * (($o[2] && $o[2]{t} eq 'shift') ? 2**$o[2]{v} : 1)) : reg_val($st, $o[1]{r});
        $st->{flags} = { l => $l, r => $r, test => $m eq 'tst' };
        return (sprintf('compare %s with %s', vt($l), $r->{k} eq 'const' ? const_text($l, $r->{c}) : vt($r)), 'compare');
    }
    if ($m =~ /^(?:cset|csetm)$/) {
        my $c = cond_text($st, $A64COND{$o[1]{text} // ''} // ($o[1]{text} // '?'));
        set_reg($st, $rd, v_desc('flag', "($c)"), $a);
        return ("$rd = 1 if $c, else 0", 'compare');
    }
    if ($m =~ /^(?:csel|csinc|csneg|csinv|cinc|cneg)$/) {
        my $cc = $o[-1]{text} // '?';
        set_reg($st, $rd, v_desc('expr', "a choice on $cc"), $a);
        return ("$rd = one of two values, on the last compare ($m)", 'move');
    }
    # ---- loads and stores
    if ($m =~ /^(ldr|ldur|str|stur|ldp|stp)(s?[bhw]?)$/) {
        my $kind = $1;
        my $pair = $kind =~ /p$/;
        my $load = $kind =~ /^ld/;
        my @regs = $pair ? @o[0, 1] : ($o[0]);
        my $mo = $o[$pair ? 2 : 1];
        return ("($m: not interpreted)", $load ? 'load' : 'store') unless $mo && $mo->{t} eq 'mem';
        my $post = $o[$pair ? 3 : 2];
        my $w = a64_width($m, $regs[0]);
        # the machine stack: frame set-up and register saves
        if ($mo->{base} eq 'sp') {
            my $adj = $mo->{pre} ? $mo->{disp} : $post && $post->{t} eq 'imm' ? $post->{v} : 0;
            my $names = join ' and ', map { $_->{r} } @regs;
            $st->{msp} += $adj if $mo->{pre};
            my $at = $st->{msp} + ($mo->{pre} ? 0 : $mo->{disp});
            if ($load) {
                for my $i (0 .. $#regs) { set_reg($st, $regs[$i]{r}, $st->{mem}{'msp:' . ($at + $i * $w)} // v_unknown($regs[$i]{r}), $a) }
            } else {
                for my $i (0 .. $#regs) { $st->{mem}{'msp:' . ($at + $i * $w)} = reg_val($st, $regs[$i]{r}) }
            }
            $st->{msp} += $adj if !$mo->{pre} && $post;
            return ($load ? "restore $names from the machine stack (epilogue)" . ($adj ? ", release $adj bytes" : '')
                          : "save $names on the machine stack (prologue)" . ($adj ? sprintf(', reserving %d bytes', -$adj) : ''),
                    $load ? 'load' : 'store');
        }
        my $eff = { %$mo };
        $eff->{disp} = 0 if !$mo->{pre} && $post;            # post-index: the old base
        my @txt;
        for my $i (0 .. $#regs) {
            my $e = { %$eff, disp => $eff->{disp} + $i * $w };
            my $p = mem_place($st, $a, $e, $w);
            if ($load) {
                my $v = table_load_a64($st, $e, $p) // $p->{val} // v_desc('loaded', $p->{text});
                push @txt, [$p, $v, $regs[$i]{r}];
            } else {
                my $v = reg_val($st, $regs[$i]{r});
                $st->{mem}{$p->{key}} = $v if $p->{key};
                push @txt, store_comment($p, $v);
            }
        }
        my $c;
        if ($load) {
            $c = join '; ', map { load_comment($_->[0], $_->[1], $_->[2], $st) } @txt;
            set_reg($st, $_->[2], $_->[1], $a) for @txt;
        } else {
            $c = join '; ', @txt;
        }
        # write-back: the base register moves (pre- or post-index)
        my $inc = $mo->{pre} ? $mo->{disp} : ($post && $post->{t} eq 'imm') ? $post->{v} : undef;
        if (defined $inc) {
            my $old = reg_val($st, $mo->{base});
            my $new = add_value($old, v_const($inc));
            set_reg($st, $mo->{base}, $new, $a);
            $c .= ', then ' . assign_comment($mo->{base}, $new, $old, $a);
            return ($c, $load ? 'load+add' : 'store+add');
        }
        return ($c, $load ? 'load' : 'store');
    }
    # ---- moves and arithmetic
    if ($m eq 'adrp') {
        my ($sym, $off) = sym_addr($a, 0);
        set_reg($st, $rd, { k => 'symaddr', sym => $sym, off => $off, x => 'the page of ' . data_pretty($sym, $off) }, $a) if defined $sym;
        return (defined $sym ? 'the 4 KiB page of ' . data_pretty($sym, $off) . ' (the low 12 bits follow)' : 'page address', 'address');
    }
    if ($m eq 'adr') {
        set_reg($st, $rd, v_desc('codeaddr', sprintf('code address %x', $o[1]{addr} // 0)), $a);
        return (sprintf('%s = the code address %x: the base the jump table\'s offsets count from', $rd, $o[1]{addr} // 0), 'address');
    }
    if ($m =~ /^(?:mov|movz)$/) {
        if ($o[1]{t} eq 'imm') {
            my $c = $o[1]{v} * (($o[2] && $o[2]{t} eq 'shift') ? 2**$o[2]{v} : 1);
            set_reg($st, $rd, v_const($c), $a);
            return ("$rd = $c", 'move');
        }
        my $v = reg_val($st, $o[1]{r});
        return (copy_comment($st, $rd, $v, $a), 'move');
    }
    if ($m eq 'movk') { set_reg($st, $rd, v_desc('expr', 'a constant'), $a); return ("insert 16 bits into $rd (a wide constant)", 'move') }
    if ($m =~ /^(add|sub|adds|subs)$/) {
        my $op = $1;
        my $x = reg_val($st, $o[1]{r});
        my $y;
        if ($o[2]{t} eq 'imm') {
            my $rel = sym_addr($a, 0);
            if ($op eq 'add' && $x->{k} eq 'symaddr' && $I{$a}{rel}) {           # :lo12: of a symbol
                my ($sym, $off) = sym_addr($a, 0);
                my $v = { k => 'symaddr', sym => $sym, off => $off, x => 'the address of ' . data_pretty($sym, $off) };
                set_reg($st, $rd, $v, $a);
                return ("$rd = " . $v->{x}, 'add');
            }
            $y = v_const($o[2]{v} * (($o[3] && $o[3]{t} eq 'shift' && $o[3]{kind} eq 'lsl') ? 2**$o[3]{v} : 1));
        } else {
            $y = reg_val($st, $o[2]{r});
            if ($o[3] && $o[3]{t} eq 'shift' && $o[3]{v}) {
                if ($x->{k} eq 'codeaddr' && $y->{k} eq 'tableoff') {              # switch: base + 4 * offset
                    my $v = v_desc('handler', 'the address of the case');
                    set_reg($st, $rd, $v, $a);
                    return ("$rd = the table's base + 4 * the entry: the address of the case", 'add');
                }
                $y = v_desc($y->{k} eq 'const' ? 'const' : 'expr', vt($y) . ' << ' . $o[3]{v}) unless $y->{k} eq 'const';
                $y = v_const($y->{c} * 2**$o[3]{v}) if $y->{k} eq 'const';
            }
        }
        my $old = reg_val($st, $rd);
        my $v = $op =~ /^add/ ? add_value($x, $y) : sub_value($x, $y);
        $st->{flags} = { l => $x, r => $y } if $op =~ /s$/;
        set_reg($st, $rd, $v, $a);
        if ($o[1]{r} eq $rd) { return (assign_comment($rd, $v, $old, $a), $op =~ /^add/ ? 'add' : 'sub') }
        return (assign_comment($rd, $v, v_unknown($rd), $a), $op =~ /^add/ ? 'add' : 'sub');
    }
    if ($m =~ /^(?:neg|mvn)$/) {
        my $x = reg_val($st, $o[1]{r});
        set_reg($st, $rd, v_desc($x->{k} eq 'cell' ? 'cell' : 'expr', ($m eq 'neg' ? '-' : '~') . vt($x)), $a);
        return ("$rd = " . ($m eq 'neg' ? '-' : '~') . vt($x), $m);
    }
    if ($m =~ /^(?:asr|lsr|lsl|and|orr|eor|mul|sdiv|udiv|madd|msub)$/) {
        my $x = reg_val($st, $o[1]{r});
        my $y = $o[2]{t} eq 'imm' ? v_const($o[2]{v}) : reg_val($st, $o[2]{r});
        my $v;
        if ($m eq 'asr' && $x->{k} eq 'depth' && $y->{k} eq 'const' && 2**$y->{c} == $CELL) { $v = v_desc('depthc', 'the stack depth in cells') }
        else {
            my %sym = (asr => '>>', lsr => '>>', lsl => '<<', and => '&', orr => '|', eor => '^', mul => '*', sdiv => '/', udiv => '/');
            $v = v_desc(($x->{k} eq 'cell' || $y->{k} eq 'cell') ? 'cell' : 'expr', sprintf('%s %s %s', vt($x), $sym{$m} // $m, vt($y)));
        }
        set_reg($st, $rd, $v, $a);
        return ("$rd = " . vt($v), $m);
    }
    if ($m =~ /^(?:sxtw|uxtw|sxth|uxth|sxtb|uxtb)$/) {
        set_reg($st, $rd, reg_val($st, $o[1]{r}), $a);
        return ("$rd = " . vt(reg_val($st, $o[1]{r})) . " ($m: widened)", 'move');
    }
    if ($m eq 'nop') { return ('no operation (alignment)', 'nop') }
    $st->{regs}{$rd} = v_unknown($rd) if defined $rd;
    return ("($m: not interpreted by asm/annotate.pl)", $m);
}
# switch tables on AArch64 hold offsets, not addresses
sub table_load_a64 {
    my ($st, $o, $p) = @_;
    return undef unless $p->{what} =~ /^(?:table|jumptable)$/;
    my $ix = defined $o->{index} ? reg_val($st, $o->{index}) : undef;
    return v_desc('tableoff', 'the jump table entry') if $p->{what} eq 'jumptable';
    return v_desc('handler', 'the handler address ' . ($p->{name} // 'table') . '[' . ($ix && $ix->{k} eq 'opcode' ? 'opcode' : vt($ix)) . ']');
}
sub step { my ($st, $a) = @_; $CUR_ST = $st; return $X86 ? step_x86($st, $a) : step_a64($st, $a) }

# ===================================================================
# The listing
# ===================================================================
my @OUT;
sub out { push @OUT, @_ }
my $CODEW = $X86 ? 34 : 34;
sub code_line {
    my ($addr, $text, $comment) = @_;
    my $t = $text;
    $t =~ s/^(\S+) /sprintf('%-7s ', $1)/e;
    # one line per instruction, comment included (a long instruction
    # pushes its comment to the right)
    return sprintf('  %6s:  %-*s  ; %s', $addr, $CODEW, $t, $comment);
}
sub src_header {
    my $a = shift;
    my ($f, $l) = ($I{$a}{file}, $I{$a}{line});
    return undef unless $f;
    return "  ; (line 0: code the compiler made up, no source line)" if !$l;
    my $text = '';
    if ($f =~ m{isa/ops\.inc$}) { $text = $OPSLINES[$l] // '' }
    elsif (-r "$ROOT/$f") {
        open(my $fh, '<', "$ROOT/$f");
        my @s = <$fh>;
        $text = $s[$l - 1] // '';
        chomp $text;
    }
    $text =~ s/^\s+|\s+$//g;
    $text =~ s/\s+/ /g;
    $text =~ s{\s*/\*.*$}{};
    $text = substr($text, 0, 64) . '...' if length $text > 67;
    return sprintf('  ; %s:%d%s', $f, $l, $text ne '' ? "   $text" : '');
}

sub print_seq {
    my ($notes, @rows) = @_;
    my $last = '';
    for my $r (@rows) {
        my ($a, $t, $c) = @$r;
        out "  ;; $notes->{$a}" if $notes && $notes->{$a};
        if ($a =~ /^[0-9]+$/ && $I{$a}) {
            my $h = src_header($a);
            if (defined $h && $h ne $last) { out $h; $last = $h }
            out code_line(sprintf('%x', $a), $t, $c);
        } else {
            out code_line($a, $t, $c);
        }
    }
}

# The listing, after everything above and below is defined.
sub main {
# ---- the dispatch sequence, from asm/dispatch-seq.sh -----------------
my (@SEQ, $SEQ_ERR, $SEQ_ENTRY);
{
    my $cmd = sprintf("sh '%s/asm/dispatch-seq.sh' -o '%s' -r '%s' '%s' 2>&1", $ROOT, $OBJDUMP, $ROOT, $OBJ);
    my @l = `$cmd`;
    chomp @l;
    if ($? == 0) { @SEQ = map { [split /\t/, $_, 2] } @l }
    else { $SEQ_ERR = join ' ', @l }
}
my @SEQROWS;
if (@SEQ) {
    my @addrs = map { $_->[0] eq 'gen' ? 'gen' : hex $_->[0] } @SEQ;
    my ($first) = grep { $_ ne 'gen' } @addrs;
    my $st = defined $first ? seed_state($first, grep { $_ ne "gen" } @addrs) : undef;
    $SEQ_ENTRY = entry_regs($st, $first) if $st;
    for my $i (0 .. $#SEQ) {
        my $a = $addrs[$i];
        if ($a eq 'gen' || !$I{$a}) {
            push @SEQROWS, ['gen', $SEQ[$i][1], 'generated by prepare(): the direct call of the next instruction\'s handler', 'call'];
            next;
        }
        my ($c, $k) = step($st, $a);
        push @SEQROWS, [$a, $I{$a}{text}, $c, $k];
    }
}

# ---- header ------------------------------------------------------------
my $summary = '';
for my $c (glob("$ROOT/dispatch/$NAME/*.c")) {
    open(my $fh, '<', $c) or next;
    local $/;
    my $s = <$fh>;
    $summary = $1 if $s =~ /\.summary\s*=\s*"([^"]*)"/;
}
my %ARCHNAME = (x86_64 => 'x86-64 (AT&T syntax: source, destination)', i386 => 'i386 (AT&T syntax: source, destination)',
                aarch64 => 'AArch64 (destination first)');
(my $objshown = $opt{O} // $OBJ) =~ s{^\Q$ROOT\E/}{};
out "dispatchlab: annotated machine code of the '$NAME' dispatcher";
out $summary if $summary ne '';
out '';
out "Generated by asm/annotate.pl (make asm / make asm-docs); do not edit.";
out "object:   $objshown";
out "compiler: $opt{c}" if $opt{c};
out "target:   $ARCHNAME{$ARCH}; addresses are offsets in the object's .text";
out "code in other sections, not analysed: @OTHER_CODE" if @OTHER_CODE;
out '';
my @kinds = map { $_->[3] } @SEQROWS;
my $DISPATCH_SUMMARY = @SEQROWS
    ? sprintf('dispatch: %d instruction%s (%s)', scalar @SEQROWS, @SEQROWS == 1 ? '' : 's', join(', ', @kinds))
    : 'dispatch: not found (' . ($SEQ_ERR // 'no output') . ')';
out $DISPATCH_SUMMARY;
out '';
out <<'TXT';
How to read this.  Each machine instruction carries a comment in VM terms;
"S(0)" is the top of the data stack, "S(1)" the value below it (as in
vm/interp.h), "pc"/"vpc"/"ip" the virtual pc.  The comments come from
reading the instructions symbolically, starting from where the compiler's
debug information (DWARF location lists) says each variable lives; a "?"
or "not interpreted" means the annotator could not name something, and it
does not guess.  Lines starting with ";" name the source line the compiler
attributes the following instructions to.

Each handler is found in the object itself: a function op_X, else entry X
of a table of code addresses with one entry per opcode (read from the
table's relocations), else the debug line table (the first block of code
attributed to OP_BEGIN(X)..OP_END(X) in isa/ops.inc that no direct branch
reaches).  Each section says which, or "not found" and why.  From its entry
the code is followed; branches to trap code are named, not listed.  The
"at entry" line says which register holds what when the handler starts;
names marked * are inferred from what the debug information says about the
same register elsewhere in the function (docs/dispatch.md, "How the
listings are made").
TXT

# ---- the sections ------------------------------------------------------
out '=' x 78;
out 'nop: the dispatch sequence';
out '=' x 78;
out <<'TXT';
nop's handler does nothing, so everything it executes is dispatch: the
work one VM instruction costs before the next one starts.  Extracted by
asm/dispatch-seq.sh (see its header for how it finds the nop handler).
TXT
out $SEQ_ENTRY if $SEQ_ENTRY;
if (@SEQROWS) { print_seq(undef, @SEQROWS) } else { out "  not found: " . ($SEQ_ERR // '') }
out '';

my %ABOUT = (
    ADD  => 'add: a typical handler (a b -- a+b): check the depth, add, pop one, dispatch',
    JNZ  => 'jnz: a conditional branch (f --): pop the flag; if it is not 0, jump to the label',
    CALL => 'call: push the return address on the VM return stack, jump to the label',
    RET  => 'ret: pop the VM return stack and continue there',
);
for my $x (qw(ADD JNZ CALL RET)) {
    out '=' x 78;
    out $ABOUT{$x};
    out '=' x 78;
    my ($e, $how) = find_handler($x);
    if (!defined $e) {
        out "not found: $how.";
        out '';
        next;
    }
    out sprintf('entry %x, found through %s.', $e, $how);
    my @paths = walk($x, $e);
    my %state_at;                          # state at each conditional branch
    my $st0 = seed_state($e, @{$paths[0]{insns}});
    out entry_regs($st0, $e);
    my $total = 0;
    for my $p (@paths) {
        my $st = defined $p->{from} ? copy_state($state_at{$p->{from}} // $st0) : $st0;
        if (defined $p->{from}) {
            out '';
            out sprintf('  -- when the branch at %x is taken:', $p->{from});
        }
        my @rows;
        for my $a (@{$p->{insns}}) {
            $state_at{$a} = copy_state($st) if is_cbranch($a);
            my ($c, $k) = step($st, $a);
            $c .= " [taken on this path]" if $p->{taken}{$a};
            push @rows, [$a, $I{$a}{text}, $c, $k];
        }
        $total += @rows unless defined $p->{from};
        print_seq($p->{notes}, @rows);
        my $end = $p->{end};
        out '     ' . ($end eq 'dispatch' ? '(the next handler runs)' : $end eq 'return' ? '(back to the caller)' : "($end)");
    }
    out '';
}

    out gen_section($opt{g}) if $opt{g};

# ---- output ------------------------------------------------------------
print "$_\n" for @OUT;
if ($opt{s}) {
    open(my $fh, '>', $opt{s}) or die "$0: $opt{s}: $!\n";
    print $fh "# $DISPATCH_SUMMARY\n";
    print $fh join("\t", ($_->[0] =~ /^\d+$/ ? sprintf('%x', $_->[0]) : $_->[0]), $_->[1] =~ s/\s+/ /gr, $_->[2]), "\n" for @SEQROWS;
    close $fh;
}
}   # main

# ===================================================================
# What a register holds at a handler's entry, when DWARF does not say
# ===================================================================
# The debug information often has no location for a variable inside the
# handlers (vm, whose register is only read there; &vm->rstack computed
# once in the prologue).  A forward data-flow analysis over the function
# finds, for every instruction, which registers still hold the value some
# earlier instruction computed: copies and spill/reload through the machine
# stack keep the value, any other write or a call (caller-saved registers)
# replaces it, and where paths meet only agreeing registers survive.  A
# register whose value comes unchanged from the function's entry (a
# parameter) or from the straight-line prologue is then named by reading
# the prologue symbolically, from the parameters the DWARF names there.

# Registers an instruction writes, and how: (kind, dst, src).
#   ('copy', R2, R1)     R2 = R1
#   ('reload', R, off)   R = the machine stack slot at msp-offset off
#   ('spill', off, R)    slot = R
#   ('write', R...)      anything else
sub insn_effect {
    my $a = shift;
    return map { [grep { defined } @$_] } insn_effect_raw($a);
}
sub insn_effect_raw {
    my $a = shift;
    my $m = mnem($a);
    my @ops = split_ops($I{$a}{ops});
    my @eff;
    if ($X86) {
        return () if $m =~ /^(?:cmp|test|j|nop|endbr|ud2|hlt|bnd|notrack|ret|xchg %ax)/;
        if ($m =~ /^call/) { return (['call']) }
        if ($m =~ /^push/) { return (['msp', -$PTR]) }
        my @o = map { x86_operand($_) } @ops;
        if ($m =~ /^pop/) { return (['msp', $PTR], $o[0]{t} eq 'reg' ? ['write', $o[0]{r}] : ()) }
        if ($m =~ /^(?:sub|add)[ql]?$/ && @o == 2 && $o[1]{t} eq 'reg' && $o[1]{r} eq $MSP) {
            return $o[0]{t} eq 'imm' ? (['msp', ($m =~ /^add/ ? 1 : -1) * signed64($o[0]{v})]) : (['msp', undef]);
        }
        return (['write', $X86 && $ARCH eq 'x86_64' ? qw(rax rdx) : qw(eax edx)]) if $m =~ /^i?(?:div|mul)[ql]?$/ && @o == 1;
        return (['write', $ARCH eq 'x86_64' ? 'rdx' : 'edx']) if $m =~ /^(?:cqto|cltd|cdq|cqo)$/;
        return (['write', $ARCH eq 'x86_64' ? 'rax' : 'eax']) if $m =~ /^(?:cltq|cdqe|cwtl)$/;
        my $d = $o[-1];
        return () unless $d && $d->{t} eq 'reg';
        return (['msp', undef]) if $d->{r} eq $MSP;
        if ($m =~ /^mov[lq]?$/ && @o == 2) {
            return (['copy', $d->{r}, $o[0]{r}]) if $o[0]{t} eq 'reg' && $o[0]{w} == $d->{w} && $d->{w} == $PTR;
            return (['reload', $d->{r}, $o[0]{disp}]) if $o[0]{t} eq 'mem' && ($o[0]{base} // '') eq $MSP && !$o[0]{index} && $d->{w} == $PTR;
        }
        return (['write', $d->{r}]);
    }
    # AArch64: the first operand is the destination, except for these
    return () if $m =~ /^(?:cmp|cmn|tst|b|b\..*|cbn?z|tbn?z|br|ret|nop|hint|bti|paciasp|autiasp|brk)$/;
    return (['call']) if $m =~ /^blr?$/;
    my @o = map { a64_operand($_) } @ops;
    if ($m =~ /^(?:str|stur|stp)\w*$/) {
        my ($pair) = $m =~ /^stp/;
        my $mo = $o[$pair ? 2 : 1];
        my @e;
        if ($mo && $mo->{t} eq 'mem' && $mo->{base} eq 'sp') {
            my $adj = $mo->{pre} ? $mo->{disp} : 0;
            push @e, ['msp', $adj] if $adj;
            push @e, ['spill', ($mo->{pre} ? 0 : $mo->{disp}) + ($_ * 8), $o[$_]{r}] for 0 .. ($pair ? 1 : 0);
            my $post = $o[$pair ? 3 : 2];
            push @e, ['msp', $post->{v}] if $post && $post->{t} eq 'imm';
            return @e;
        }
        push @e, ['write', $mo->{base}] if $mo && $mo->{t} eq 'mem' && ($mo->{pre} || $o[$pair ? 3 : 2]);
        return @e;
    }
    if ($m =~ /^(?:ldr|ldur|ldp)\w*$/) {
        my ($pair) = $m =~ /^ldp/;
        my $mo = $o[$pair ? 2 : 1];
        my @e;
        if ($mo && $mo->{t} eq 'mem' && $mo->{base} eq 'sp') {
            my $adj = $mo->{pre} ? $mo->{disp} : 0;
            push @e, ['msp', $adj] if $adj;
            push @e, ['reload', $o[$_]{r}, ($mo->{pre} ? 0 : $mo->{disp}) + $_ * 8] for 0 .. ($pair ? 1 : 0);
            my $post = $o[$pair ? 3 : 2];
            push @e, ['msp', $post->{v}] if $post && $post->{t} eq 'imm';
            return @e;
        }
        push @e, ['write', map { $o[$_]{r} } 0 .. ($pair ? 1 : 0)];
        push @e, ['write', $mo->{base}] if $mo && $mo->{t} eq 'mem' && ($mo->{pre} || $o[$pair ? 3 : 2]);
        return @e;
    }
    return () unless $o[0] && $o[0]{t} eq 'reg';
    if ($o[0]{r} eq 'sp') {
        return (['msp', $m eq 'sub' ? -$o[2]{v} : $o[2]{v}]) if $m =~ /^(?:add|sub)$/ && $o[1]{t} eq 'reg' && $o[1]{r} eq 'sp' && $o[2]{t} eq 'imm';
        return (['msp', undef]);
    }
    return (['copy', $o[0]{r}, $o[1]{r}]) if $m eq 'mov' && $o[1]{t} eq 'reg' && $o[0]{w} == 8 && $o[1]{w} == 8 && $o[1]{r} ne 'sp';
    return (['write', $o[0]{r}]);
}

# successors of an instruction in the control-flow graph

sub successors {
    my $a = shift;
    my @s;
    if (is_ijump($a)) {
        my $fn = $I{$a}{fn};
        # table entries and other code addresses kept in data (jump tables),
        # else (tables of offsets) every block only a dispatch can reach;
        # never the start of a function
        my %fstart = map { $_ => 1 } values %FUNCS;
        my @t = grep { $I{$_} && $I{$_}{fn} eq $fn && !$fstart{$_} }
            (map { @{$_->{entries}} } @TABLES),
            (map { my $s = $_; map { code_address(@{$DATAREL{$s}{$_}}) // () } keys %{$DATAREL{$s}} } keys %DATAREL);
        @t = grep { !$BRANCHED_TO{$_} && $I{$_}{fn} eq $fn && !$fstart{$_} } keys %AFTER_UNCOND unless @t;
        my %u = map { $_ => 1 } @t;
        $DISPATCH_TARGETS{$fn} = [sort numerically keys %u];
        return @{$DISPATCH_TARGETS{$fn}};
    }
    return () if is_ret($a);
    my $f = callee($a);
    return () if defined $f && ($NORETURN{$f} || is_ujump($a));
    my $t = branch_target($a);
    push @s, $t if defined $t && !is_call($a) && $I{$t} && $I{$t}{fn} eq $I{$a}{fn};
    push @s, $NEXT{$a} if !is_ujump($a) && defined $NEXT{$a} && $I{$NEXT{$a}}{fn} eq $I{$a}{fn};
    return @s;
}

# The analysis, per function: IN{a} = { reg => id, "slot:N" => id, msp => N }.
# An id is "entry:REG" (the register's value at function entry) or the
# address of the instruction that computed the value.

sub flow_function {
    my $fn = shift;
    return if $FLOW_IN{"done:$fn"}++;
    my $start = $FUNCS{$fn};
    return unless defined $start && $I{$start};
    my %in;
    my %init = (msp => 0);
    $init{$_} = "entry:$_" for (@ARGREGS, $X86 ? () : map("x$_", 19 .. 28), $ARCH eq 'x86_64' ? qw(rbx rbp r12 r13 r14 r15) : $ARCH eq 'i386' ? qw(ebx ebp esi edi) : ());
    # i386: the arguments are on the stack, above the return address
    if ($ARCH eq 'i386') { $init{"slot:$_"} = "arg:$_" for map { 4 * $_ } 1 .. 6 }
    $in{$start} = \%init;
    my @work = ($start);
    my $iter = 0;
    while (@work && $iter++ < 200000) {
        my $a = shift @work;
        my %s = %{$in{$a}};
        for my $e (insn_effect($a)) {
            my ($k, @x) = @$e;
            if ($k eq 'call') { delete $s{$_} for keys %CALLER_SAVED; next }
            if ($k eq 'msp') {
                if (defined $x[0] && defined $s{msp}) { $s{msp} += $x[0] }
                else { delete $s{msp}; delete $s{$_} for grep { /^slot:/ } keys %s }
                next;
            }
            if ($k eq 'copy') { if (defined $s{$x[1]}) { $s{$x[0]} = $s{$x[1]} } else { $s{$x[0]} = $a } next }
            if ($k eq 'spill') { if (defined $s{msp}) { my $slot = 'slot:' . ($s{msp} + $x[0]); if (defined $s{$x[1]}) { $s{$slot} = $s{$x[1]} } else { delete $s{$slot} } } next }
            if ($k eq 'reload') {
                my $slot = defined $s{msp} ? 'slot:' . ($s{msp} + $x[1]) : undef;
                if (defined $slot && defined $s{$slot}) { $s{$x[0]} = $s{$slot} } else { $s{$x[0]} = $a }
                next;
            }
            if ($k eq 'write') { $s{$_} = $a for @x; next }
        }
        # x86 stores to the machine stack (mov %reg, N(%rsp)) are spills too
        if ($X86 && mnem($a) =~ /^mov[lq]?$/) {
            my @o = map { x86_operand($_) } split_ops($I{$a}{ops});
            if (@o == 2 && $o[1]{t} eq 'mem' && ($o[1]{base} // '') eq $MSP && !$o[1]{index} && defined $s{msp}) {
                my $slot = 'slot:' . ($s{msp} + $o[1]{disp});
                if ($o[0]{t} eq 'reg' && $o[0]{w} == $PTR && defined $s{$o[0]{r}}) { $s{$slot} = $s{$o[0]{r}} } else { delete $s{$slot} }
            }
        }
        for my $n (successors($a)) {
            if (!$in{$n}) { $in{$n} = { %s }; push @work, $n; next }
            my $old = $in{$n};
            my $changed = 0;
            for my $k (keys %$old) {
                next if defined $s{$k} && $s{$k} eq $old->{$k};
                delete $old->{$k};
                $changed = 1;
            }
            push @work, $n if $changed;
        }
    }
    $FLOW_IN{$_} = $in{$_} for keys %in;
}

# Values the prologue computes: run the straight-line code from the
# function's start, seeded from the DWARF locations there.

sub prologue_values {
    my $fn = shift;
    return $PROLOGUE{$fn} if $PROLOGUE{$fn};
    my $start = $FUNCS{$fn};
    my %vals;
    my $st = seed_state_dwarf($start);
    $vals{"entry:$_"} = $st->{regs}{$_} for keys %{$st->{regs}};
    for my $k (keys %{$st->{mem}}) { $vals{"arg:$1"} = $st->{mem}{$k} if $k =~ /^msp:(\d+)$/ }
    my $a = $start;
    for (my $n = 0; defined $a && $I{$a} && $n < 64; $n++) {
        last if is_cbranch($a) || is_ujump($a) || is_ijump($a) || is_ret($a) || is_call($a) || is_icall($a);
        last if $n > 0 && $BRANCHED_TO{$a};     # a loop head: no longer run once
        step($st, $a);
        my @w = map { my ($k, @x) = @$_; $k eq 'write' ? @x : $k eq 'copy' || $k eq 'reload' ? $x[0] : () } insn_effect($a);
        # the prologue is where the debug information is exact: use its
        # names for what the instruction wrote (code = prog->code)
        if (@w == 1 && defined $NEXT{$a}) {
            my $d = vars_at($NEXT{$a})->{$w[0]};
            $st->{regs}{$w[0]} = v_var($d->[0], $d->[1], $d->[2]{die}{type}) if $d && ref $d eq 'ARRAY' && !$d->[1]
                && !($d->[2]{die}{parent} && $d->[2]{die}{parent}{tag} eq 'DW_TAG_lexical_block');
        }
        $vals{$a} = $st->{regs}{$w[0]} if @w == 1 && $st->{regs}{$w[0]} && $st->{regs}{$w[0]}{k} ne 'unknown';
        $a = $NEXT{$a};
    }
    return $PROLOGUE{$fn} = \%vals;
}
sub numerically { $a <=> $b }

# "reg2 = reg1": a copy, or an update of the variable the target held
sub copy_comment {
    my ($st, $r, $v, $a) = @_;
    my $old = reg_val($st, $r);
    set_reg($st, $r, $v, $a);
    return assign_comment($r, $v, $old, $a) if is_var($v) && is_var($old) && $v->{v} eq $old->{v} && $v->{off} != $old->{off};
    my $c = assign_comment($r, $v, v_unknown(regname($r)), $a);
    return $c . ($v->{k} eq 'unknown' ? '' : ' (a copy)');
}

# Relations "S = R + k" between registers that hold at every indirect jump
# of a function (switch dispatch: `lea 0x1(%rax),%rbp; ...; jmp *table(,%rdx,8)`
# leaves rbp = rax + 1 in every case it jumps to).  A handler entry then
# names R from S, or S from R.  Read from the block that ends at each jump.
my %RELATIONS;
sub dispatch_relations {
    my $fn = shift;
    return $RELATIONS{$fn} if $RELATIONS{$fn};
    my %pos;
    @pos{@ORDER} = 0 .. $#ORDER;
    my $common;
    for my $j (grep { $I{$_}{fn} eq $fn && is_ijump($_) } @ORDER) {
        my @blk = ($j);
        for (my $i = $pos{$j}; $i > 0; $i--) {
            my $a = $ORDER[$i];
            last if $BRANCHED_TO{$a} || $AFTER_UNCOND{$a};
            my $p = $ORDER[$i - 1];
            last if $I{$p}{fn} ne $fn || is_ujump($p) || is_ijump($p) || is_ret($p);
            unshift @blk, $p;
        }
        my (%rel, %written, $stored);
        for my $a (reverse @blk) {
            my ($s, $r, $k, $load) = relation_of($a);
            if (defined $s && !$written{$s} && !$written{$r}) {
                if (!$load) { $rel{"$s $r"} = $k }
                elsif (!$stored) { $rel{"$s *$r"} = $k }
            }
            $stored = 1 if mnem($a) =~ ($X86 ? qr/^mov/ : qr/^st/) && $I{$a}{ops} =~ ($X86 ? qr/,[^,]*\(/ : qr/^./) && mnem($a) !~ /^(?:movz|movs)/
                           && ($X86 ? $I{$a}{ops} =~ /\)$/ : 1);
            for my $e (insn_effect($a)) {
                my ($kind, @x) = @$e;
                $written{$_} = 1 for $kind eq 'write' ? @x : $kind eq 'copy' || $kind eq 'reload' ? ($x[0]) : ();
                %written = (%written, %CALLER_SAVED) if $kind eq 'call';
            }
        }
        # S = R and X = *(R + k) give X = *(S + k)
        for my $c (grep { !/\*/ && $rel{$_} == 0 } keys %rel) {
            my ($s, $r) = split / /, $c;
            for my $l (grep { /^\S+ \*\Q$r\E$/ } keys %rel) {
                my ($x) = split / /, $l;
                $rel{"$x *$s"} //= $rel{$l};
            }
        }
        if (!$common) { $common = \%rel; next }
        for my $key (keys %$common) { delete $common->{$key} unless exists $rel{$key} && $rel{$key} == $common->{$key} }
    }
    return $RELATIONS{$fn} = [map { [split(/ /, $_), $common->{$_}] } sort keys %{$common || {}}];
}
# "S = R + k" for lea k(R),S / mov R,S / add S, R, #k; else ()
sub relation_of {
    my $a = shift;
    my $m = mnem($a);
    my @ops = split_ops($I{$a}{ops});
    if ($X86) {
        my @o = map { x86_operand($_) } @ops;
        return () unless @o == 2 && $o[1]{t} eq 'reg' && $o[1]{w} == $PTR;
        return ($o[1]{r}, $o[0]{base}, $o[0]{disp}) if $m =~ /^lea/ && $o[0]{t} eq 'mem' && defined $o[0]{base} && !defined $o[0]{index} && $o[0]{base} ne $o[1]{r};
        return ($o[1]{r}, $o[0]{r}, 0) if $m =~ /^mov[lq]?$/ && $o[0]{t} eq 'reg' && $o[0]{w} == $PTR;
        return ($o[1]{r}, $o[0]{base}, $o[0]{disp}, "load") if $m =~ /^mov[lq]?$/ && $o[0]{t} eq "mem" && defined $o[0]{base} && !defined $o[0]{index} && $o[0]{base} ne $MSP && $o[0]{base} ne $o[1]{r} && !$I{$a}{rel};
        return ();
    }
    my @o = map { a64_operand($_) } @ops;
    return ($o[0]{r}, $o[1]{base}, $o[1]{disp}, "load") if $m eq "ldr" && @o == 2 && $o[0]{t} eq "reg" && $o[0]{w} == 8 && $o[1]{t} eq "mem" && !$o[1]{pre} && !defined $o[1]{index} && $o[1]{base} ne "sp" && $o[1]{base} ne $o[0]{r} && !$I{$a}{rel};
    return () unless @o >= 2 && $o[0]{t} eq 'reg' && $o[1]{t} eq 'reg' && $o[0]{r} ne $o[1]{r};
    return ($o[0]{r}, $o[1]{r}, 0) if $m eq 'mov' && @o == 2;
    return ($o[0]{r}, $o[1]{r}, ($m eq 'sub' ? -1 : 1) * $o[2]{v}) if $m =~ /^(?:add|sub)$/ && @o == 3 && $o[2]{t} eq 'imm' && !$I{$a}{rel};
    return ();
}

# ---- the registers of the VM state at a handler's entry (clang) ----------
# clang 14 describes variables in only a few small address ranges, rarely
# at a handler's first instruction.  But every handler is entered from the
# same indirect jumps, so the compiler keeps each VM variable in the same
# register at every handler entry.  A register the handler reads before it
# writes it (so it holds VM state) and that the debug information, anywhere
# in the function, only ever names as one VM variable, is named so.
my (%HOME, %SLOTS_OF);  # register or "mem:N" -> { variable -> bytes }; variable -> { N }
{
    my %state = map { $_ => 1 } qw(sp rsp base vm code ord slots thread w), keys %VPC_NAMES;
    for my $v (@VARS) {
        my $d = $v->{die};
        next unless $state{$v->{name}};
        if (!defined $d->{loclist}) {               # one location for the whole scope
            my ($reg, $off, $mem) = parse_loc($d->{locexpr} // "");
            $HOME{$reg}{$v->{name}} += 1 if defined $reg && !$mem && !$off;
            next;
        }
        next if $d->{parent} && $d->{parent}{tag} eq 'DW_TAG_lexical_block';
        # only inside the handlers: the prologue sets variables up in
        # registers that hold other things later (sp = vm->stack in rdi)
        for my $r (@{$LOCLIST{$d->{loclist}} || []}) {
            my ($reg, $off, $mem) = parse_loc($r->[2]);
            next unless $I{$r->[0]} && !in_prologue($r->[0]);
            if (defined $reg && $reg eq 'cfa') {
                my $c = cfa_offset($r->[0]);
                next unless defined $c;
                ($reg, $off) = ($MSP, $c + $off);
            }
            # a variable kept in a machine stack slot (i386 runs out of
            # registers): "mem:N" is N(%esp) inside the handlers
            if (defined $reg && $mem && $reg eq $MSP) { $HOME{"mem:$off"}{$v->{name}} += $r->[1] - $r->[0]; $SLOTS_OF{$v->{name}}{$off} = 1; next }
            next if !defined $reg || $mem || $off;
            $HOME{$reg}{$v->{name}} += $r->[1] - $r->[0];
        }
    }
}
# registers an instruction reads (approximately: every register named in
# its operands, except a destination it only writes)
sub insn_reads {
    my $a = shift;
    my $m = mnem($a);
    my @ops = split_ops($I{$a}{ops});
    my %r;
    if ($X86) {
        return () if $m =~ /^(?:push|pop)/;        # saving a register is not using it
        my $pure = $m =~ /^(?:mov|movabs|movz\w*|movs\w*|lea\w*|set\w+|pop\w*|cmov\w+)$/ && $m !~ /^movs[bwlq]?$/;
        for my $i (0 .. $#ops) {
            my $o = x86_operand($ops[$i]);
            if ($o->{t} eq 'reg') { $r{$o->{r}} = 1 unless $pure && $i == $#ops && @ops > 1 || $m =~ /^xor/ && @ops == 2 && $ops[0] eq $ops[1] }
            if ($o->{t} eq 'mem') { $r{$o->{base}} = 1 if defined $o->{base}; $r{$o->{index}} = 1 if defined $o->{index} }
        }
    } else {
        my $store = $m =~ /^(?:str|stur|stp|cmp|cmn|tst|cbn?z|tbn?z|br|blr|ret)/;
        for my $i (0 .. $#ops) {
            my $o = a64_operand($ops[$i]);
            if ($o->{t} eq 'reg') { $r{$o->{r}} = 1 if $i > 0 || $store || $m =~ /^movk/ }
            if ($o->{t} eq 'mem') { $r{$o->{base}} = 1; $r{$o->{index}} = 1 if defined $o->{index} }
        }
    }
    delete $r{$MSP};
    return keys %r;
}
sub live_in {              # registers read before written along a path
    my @path = @_;
    my (%w, %live);
    for my $a (@path) {
        $live{$_} = 1 for grep { !$w{$_} } insn_reads($a);
        for my $e (insn_effect($a)) {
            my ($k, @x) = @$e;
            $w{$_} = 1 for $k eq 'write' ? @x : $k eq 'copy' || $k eq 'reload' ? ($x[0]) : ();
        }
    }
    return keys %live;
}
my %INFERRED;    # handler entry -> [registers named this way]
sub name_from_home {
    my ($st, $a, @path) = @_;
    # machine stack slots: a variable the debug information always keeps at
    # one N(%esp) inside the handlers, in a slot no other variable uses
    for my $k (grep { /^mem:/ } keys %HOME) {
        my @v = keys %{$HOME{$k}};
        next unless @v == 1 && keys %{$SLOTS_OF{$v[0]}} == 1;
        (my $n = $k) =~ s/^mem://;
        my ($d) = grep { $_->{name} eq $v[0] } @VARS;
        $st->{mem}{"msp:$n"} //= v_var($v[0], 0, $d->{die}{type});
    }
    for my $r (live_in(@path)) {
        next if $st->{regs}{$r};
        my @v = keys %{$HOME{$r} || {}};
        next unless @v == 1;
        my ($d) = grep { $_->{name} eq $v[0] } @VARS;
        $st->{regs}{$r} = v_var($v[0], 0, $d->{die}{type});
        push @{$INFERRED{$a}}, $r;
    }
}
# "at entry: %rbx = sp, %rbp = pc, ..." for a section's first instruction
sub entry_regs {
    my ($st, $a) = @_;
    my %inf = map { $_ => 1 } @{$INFERRED{$a} || []};
    my @r = sort grep { my $v = $st->{regs}{$_}; $v && $v->{k} ne 'unknown' && $v->{k} ne 'const' } keys %{$st->{regs}};
    return '  at entry: nothing is known about the registers' unless @r;
    my $t = join(', ', map { regname($_) . ' = ' . vt($st->{regs}{$_}) . ($inf{$_} ? '*' : '') } @r);
    my $line = "  at entry: $t";
    $line .= "\n  (* named from the debug information elsewhere in the function: see the header)" if %inf;
    return wrap_text($line, '             ');
}
sub wrap_text {
    my ($s, $indent) = @_;
    my @out;
    for my $l (split /\n/, $s) {
        while (length $l > 78) {
            my $cut = rindex($l, ', ', 78);
            last if $cut < 20;
            push @out, substr($l, 0, $cut + 1);
            $l = $indent . substr($l, $cut + 2);
        }
        push @out, $l;
    }
    return join "\n", @out;
}
# ", with %rax = vpc" when the return register holds something known
sub ret_value {
    my $st = shift;
    my $v = $st->{regs}{$RETREG};
    return '' unless $v && $v->{k} ne 'unknown' && $v->{k} ne 'flag';
    return sprintf(', with %s = %s', regname($RETREG), vt($v));
}
# Is a in its function's straight-line prologue (before the first branch
# or branch target)?
my %PROLOGUE_END;
sub in_prologue {
    my $a = shift;
    my $fn = $I{$a}{fn};
    if (!exists $PROLOGUE_END{$fn}) {
        my $x = $FUNCS{$fn};
        my $n = 0;
        while (defined $x && $I{$x} && $I{$x}{fn} eq $fn) {
            last if ($n++ > 0 && $BRANCHED_TO{$x}) || is_cbranch($x) || is_ujump($x) || is_ijump($x) || is_ret($x);
            $x = $NEXT{$x};
        }
        $PROLOGUE_END{$fn} = $x // -1;
    }
    return defined $FUNCS{$fn} && $a >= $FUNCS{$fn} && $a < $PROLOGUE_END{$fn};
}

# ===================================================================
# Generated code (asm/gencode.c): the native code prepare() writes
# ===================================================================
# The generated code calls the handlers by address; the symbol table of the
# program that generated it (nm), moved by how far `dispatchers` moved at
# run time, names them.  One handler call per VM instruction, in program
# order, so the n-th call to a handler is the n-th VM instruction of
# PREFIX.vm.
sub gen_section {
    my $prefix = shift;
    my @o;
    push @o, '=' x 78, 'the generated code (subroutine threading): asm/sample.vm after prepare()', '=' x 78;
    return () unless -r "$prefix.map" || -r "$prefix.note";   # no generated code
    if (!-r "$prefix.map") {
        my $why = "not produced";
        if (open(my $fh, "<", "$prefix.note")) { local $/; $why = <$fh>; chomp $why }
        push @o, "Not shown: $why", '';
        return @o;
    }
    my %map;
    open(my $fh, '<', "$prefix.map") or return @o;
    while (<$fh>) { $map{$1} = $2 if /^(\w+) (.*)$/ }
    my ($base, $size) = split / /, $map{code};
    $base = hex $base;
    # the program, one instruction per line (labels on their own lines)
    my (@vmins, %label_of, @pending);
    if (open(my $vf, '<', "$prefix.vm")) {
        while (<$vf>) {
            chomp;
            next if /^\s*;/ || /^\s*$/;
            if (/^(\w+):/) { push @pending, $1; next }
            s/^\s+//; s/\s*;.*$//; s/\s+/ /g; s/\s+$//;
            push @vmins, $_;
            $label_of{$#vmins} = join(', ', @pending) if @pending;
            @pending = ();
        }
    }
    # handler names: nm of the generating program, moved by the anchor
    (my $nm = $OBJDUMP) =~ s/objdump$/nm/;
    my (%sym, $anchor_link);
    for (`'$nm' '$map{binary}' 2>/dev/null`) {
        next unless /^([0-9a-f]+) [tTwW] (\S+)$/ || /^([0-9a-f]+) [dDbBrR] (dispatchers)$/;
        my ($v, $n) = (hex $1, $2);
        if ($n eq 'dispatchers') { $anchor_link = $v; next }
        $sym{$v} = $n;
    }
    my $slide = defined $anchor_link ? hex($map{anchor}) - $anchor_link : 0;
    my %at = map { ($_ + $slide) => $sym{$_} } keys %sym;
    my $machine = $ARCH eq 'aarch64' ? 'aarch64' : 'i386:x86-64';
    my @dis = `'$OBJDUMP' -D -b binary -m $machine --adjust-vma=$map{code} '$prefix.bin' 2>/dev/null`;
    @dis = grep { /^\s+[0-9a-f]+:\t/ } @dis;
    chomp @dis;
    my @ins;
    for (@dis) {
        my ($a, $rest) = /^\s+([0-9a-f]+):\t(.*)$/;
        # "bytes \t mnemonic operands" (x86), "bytes \t mnemonic \t operands" (AArch64)
        my ($bytes, @f) = split /\t/, $rest;
        my $t = join ' ', @f;
        next if $t =~ /^\s*$/;                     # continuation lines of long encodings
        $t =~ s/\s+(?:\/\/|#) .*$//;
        $t =~ s/\s+/ /g;
        $t =~ s/^\s+|\s+$//g;
        push @ins, [hex $a, $t];
    }
    # address where VM instruction n begins: its argument move or its call
    my %vm_addr;
    my @calls = grep { $ins[$_][1] =~ /^(?:call|bl)\s+(?:0x)?([0-9a-f]+)$/ && $at{hex $1} } 0 .. $#ins;
    for my $n (0 .. $#calls) {
        my $c = $calls[$n];
        my $s = $c;
        $s-- while $s > 0 && $ins[$s - 1][1] =~ /^(?:mov|movabs|movz|movk)\s/ && $ins[$s - 1][1] =~ /(?:%rdi|x0,)/;
        $vm_addr{$ins[$s][0]} = $n;
    }
    my $name_of = sub {
        my $n = shift;
        return defined $n ? sprintf('#%d `%s`%s', $n, $vmins[$n] // '?', $label_of{$n} ? " ($label_of{$n}:)" : '') : '?';
    };
    push @o, <<"TXT";
prepare() translated asm/sample.vm into this code ($size bytes at 0x@{[sprintf("%x", $base)]} when
it ran; the addresses are those of that run).  Every VM instruction is a
call of its handler; the handler's `ret` and the next `call` are the whole
dispatch.  VM jumps and calls became native jumps and calls.  Handler names
come from the symbol table of the program that generated the code.
TXT
    my $n = -1;
    for my $i (0 .. $#ins) {
        my ($a, $t) = @{$ins[$i]};
        my $c;
        if (exists $vm_addr{$a}) {
            $n = $vm_addr{$a};
            push @o, sprintf('  ; VM instruction %s', $name_of->($n));
        }
        my $next = $n + 1 <= $#calls ? $n : $n;
        if ($t =~ /^(?:call|bl)\s+(?:0x)?([0-9a-f]+)$/ && $at{hex $1}) {
            $t =~ s/(?:0x)?([0-9a-f]+)$/$at{hex $1}/;
            $c = "dispatch: call the handler; its ret comes back to the next line";
        } elsif ($t =~ /^(?:mov|movabs) \$(0x[0-9a-f]+|\d+),%rdi$/ || $t =~ /^(?:mov|movz) x0, #(0x[0-9a-f]+|\d+)$/) {
            my $v = dnum($1);
            # AArch64 builds a wide constant with movk: add the parts
            for (my $j = $i + 1; $j <= $#ins && $ins[$j][1] =~ /^movk x0, #(0x[0-9a-f]+|\d+), lsl #(\d+)$/; $j++) {
                $v += dnum($1) * 2**$2;
            }
            my $vi = $vmins[$n] // '';
            if ($vi =~ /^push\b/) { $c = sprintf('argument: the constant %d', signed64($v)) }
            else {
                my ($own, $tgt) = (int($v / 2**32), $v % 2**32);
                $c = $vi =~ /^(?:jmp|jz|jnz|call)\b/ ? sprintf('argument: own ordinal %d << 32 | target ordinal %d', $own, $tgt)
                                                      : sprintf('argument: own ordinal %d << 32', $own);
            }
        } elsif ($t =~ /^movk x0/) {
            $c = 'argument, continued: the next 16 bits (movk)';
        } elsif ($t =~ /^sub \$0x8,%rsp$/ && $i == 0) {
            $c = 'entry: keep the machine stack 16-byte aligned for the handler calls';
        } elsif ($t =~ /^stp x29, x30, \[sp, #-16\]!$/ && $i == 0) {
            $c = 'entry: save the frame pointer and the link register';
        } elsif ($t =~ /^mov x29, sp$/) {
            $c = 'entry: frame pointer';
        } elsif ($t =~ /^test %eax,%eax$/) {
            $c = 'did the handler return 1 (branch taken)?';
        } elsif ($t =~ /^cbz w0, /) {
            $c = 'the handler returned 0 (not taken): skip the jump';
        } elsif ($t =~ /^b (?:0x)?([0-9a-f]+)$/ && exists $vm_addr{hex $1} && $i > 0 && $ins[$i - 1][1] =~ /^bl (?:0x)?([0-9a-f]+)$/ && !$at{hex $1}) {
            my $to = $vm_addr{hex(($t =~ /([0-9a-f]+)$/)[0])};
            $c = sprintf('back from the VM call: go on with %s', $name_of->($to));
        } elsif ($t =~ /^b (?:0x)?([0-9a-f]+)$/ && exists $vm_addr{hex $1} && $i > 0 && $ins[$i - 1][1] =~ /^str x30, /) {
            my $to = $vm_addr{hex(($t =~ /([0-9a-f]+)$/)[0])};
            $c = sprintf('VM call: into the subroutine at %s', $name_of->($to));
        } elsif ($t =~ /^(?:jne|jnz|b) (?:0x)?([0-9a-f]+)$/ && exists $vm_addr{hex $1}) {
            my $to = $vm_addr{hex $1};
            $c = sprintf("%sthe VM branch, as a native jump to %s", $t =~ /^j/ ? "yes: " : "", $name_of->($to));
        } elsif ($t =~ /^lea -0x8\(%rsp\),%rsp$/) {
            $c = 'VM call: keep the stack aligned in the subroutine';
        } elsif ($t =~ /^call (?:0x)?([0-9a-f]+)$/ && exists $vm_addr{hex $1}) {
            my $to = $vm_addr{hex $1};
            $c = sprintf("VM call: a native call of %s; its VM ret returns here", $name_of->($to));
        } elsif ($t =~ /^lea 0x8\(%rsp\),%rsp$/) {
            $c = 'back from the VM call: undo the alignment';
        } elsif ($t =~ /^bl (?:0x)?([0-9a-f]+)$/) {
            $c = 'VM call: push the return address (x30) through the next two instructions';
        } elsif ($t =~ /^str x30, \[sp, #-16\]!$/) {
            $c = 'VM call: save the return address on the machine stack';
        } elsif ($t =~ /^ldr x30, \[sp\], #16$/) {
            $c = 'VM ret: the return address of the VM call';
        } elsif ($t =~ /^ret$/) {
            $c = 'VM ret: a native return, predicted by the return-stack buffer';
        } elsif ($t =~ /^b (?:0x)?([0-9a-f]+)$/) {
            $c = 'past the VM call';
        } elsif ($t =~ /^(?:ud2|brk)/) {
            $c = 'never reached: op_HALT leaves through longjmp';
        } elsif ($t =~ /^(?:movabs \$0x[0-9a-f]+,%rax|call \*%rax|blr x16)$/ || $t =~ /^mov[zk] x16/) {
            $c = 'a handler out of reach of a direct call: called through a register';
        } else {
            $c = '(not interpreted by asm/annotate.pl)';
        }
        push @o, code_line(sprintf('%x', $a), $t, $c);
    }
    push @o, '';
    return @o;
}

# -j: the indirect jump each handler's path ends in; handlers that share
# one were merged by the compiler (cross-jumping, global CSE).
sub shared_jumps {
    my (%by, $n);
    for my $x (@OPNAMES) {
        my ($e) = find_handler($x);
        next unless defined $e;
        my @p = walk($x, $e);
        my $j = $p[0]{insns}[-1];
        next unless defined $j && is_ijump($j);
        $n++;
        push @{$by{$j}}, lc $x;
    }
    printf "%d dispatch jump%s for %d handlers that end in one\n", scalar(keys %by), keys %by == 1 ? "" : "s", $n // 0;
    for my $j (sort { $a <=> $b } keys %by) {
        printf "shared by %s (at %x)\n", join(' ', @{$by{$j}}), $j if @{$by{$j}} > 1;
    }
}

# Everything is defined: run.
if ($opt{j}) { shared_jumps() } else { main() }
# Does the straight-line code from a reach an indirect jump (following
# unconditional jumps, not conditional branches) within a few instructions?
sub leads_to_ijump {
    my $a = shift;
    for (my $n = 0; $n < 12 && defined $a && $I{$a}; $n++) {
        return 1 if is_ijump($a);
        return 0 if is_cbranch($a) || is_ret($a) || is_call($a);
        $a = is_ujump($a) ? branch_target($a) : $NEXT{$a};
    }
    return 0;
}

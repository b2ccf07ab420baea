#!/usr/bin/perl
# asm/marks.pl — a dispatcher's machine code, read from the marks its source
# states (MARK in vm/interp.h): the one extractor behind `make asm`, the
# machine-code tests, the benchmark's static column and docs/asm/.
#
#   marks.pl seq   [options] OBJECT   nop's dispatch sequence, one
#                                     "ADDRESS<TAB>INSTRUCTION" line each
#   marks.pl list  [options] OBJECT   the annotated listing
#   marks.pl jumps [options] OBJECT   which handlers end in which indirect jump
#   marks.pl count VM NAME            valgrind's machine instructions per nop
#
# Options: -o OBJDUMP (the target's), -g PREFIX (asm/gencode's PREFIX.map
# and .bin: what the dispatcher generated and how it describes it; default
# OBJDIR/asm/gen/NAME for an object OBJDIR/dispatch/NAME/*.o), -n NAME, and
# for list -c TEXT (compiler, for the header), -O TEXT (object name, for
# the header), -s FILE (also write the sequence there), -h LIST (the
# handlers to show: comma-separated, or all).  When it cannot find what it
# is asked for it says what, on one line, and exits with status 1 (3: the
# dispatcher is unavailable here, with its reason); it never guesses.
#
# The facts, and where they come from:
#   marks      DW_TAG_label entries (objdump --dwarf=info) of the MARK labels:
#              dl_handler_X (X's proven entry), dl_checked_X (its checked
#              entry), dl_dispatch, dl_count, dl_trap.  A label whose code
#              the compiler merged away has no address; an address in
#              alignment padding means the instruction after it.
#   functions  op_X and op_C_X, exact, where each handler is a function.
#   tables     tables of code addresses in a data section (labels-as-values
#              tables, switch jump tables), from their relocations, or for
#              tables of offsets (AArch64 switch) from their bytes.  Entry i
#              is taken for opcode i + k (OP__COUNT + X: X's proven variant;
#              k near 0, or near OP__COUNT for a table that starts with
#              proven handlers) only for the k (and for offsets the base
#              and scale) under which the entries agree with what functions
#              and marks give.
#   generated  asm/gencode's dump of what prepare() made of asm/sample.vm,
#              and the dispatcher's own description of it (describe(), the
#              format in asm/gencode.c): per VM instruction where its pieces
#              of code are and what each is.  The pieces must cover the
#              code exactly, a call in them must reach the handler they
#              name, or nothing is read from it.
#
# nop's dispatch sequence.  For a dispatcher that describes generated code:
# the pieces of a proven nop of asm/sample.vm that a nop follows (as in the
# loops of count), and for each call in them the called handler's code to
# its return; an indirect jump ends it (on to the next instruction's code).
# Otherwise, or where that nop runs its handler in place, from nop's proven
# entry the code is followed to the transfer into the next handler: an
# indirect jump or call, or a return, which goes on after the indirect
# call a dispatch mark leads to (call threading).  At a conditional
# branch, the side that gets there without coming back to the branch is
# taken; if both or neither do, it says so.  tests/suites/30-machine-code.sh
# checks the length against valgrind (marks.pl count).
use strict;
use warnings;
no warnings 'portable';
use File::Basename qw(dirname basename);
use Cwd qw(abs_path);

my $ROOT = abs_path(dirname(abs_path($0)) . '/..');
my $mode = shift // '';
exit count_per_nop(@ARGV) if $mode eq 'count';
$mode =~ /^(seq|list|jumps)$/ or die "usage: $0 seq|list|jumps [options] OBJECT, or $0 count VM NAME\n";
my (%opt, @pos) = (o => 'objdump', h => 'push,add,jnz,call,ret');
while (defined(my $a1 = shift)) { if ($a1 =~ /^-([ogncOsh])$/ && @ARGV) { $opt{$1} = shift } else { push @pos, $a1 } }
@pos == 1 or die "$0: one object file expected\n";
my $OBJ = $pos[0];
-r $OBJ or fail("cannot read $OBJ");
my $NAME = $opt{n} // basename(dirname($OBJ));

sub fail { print STDERR "$0: $_[0]\n"; exit($_[1] // 1) }
sub run { open(my $fh, '-|', @_) or fail("cannot run $_[0]: $!"); my @l = <$fh>; close $fh; chomp @l; return @l }
sub hx { sprintf '%x', $_[0] }
sub tidy { my $t = shift; $t =~ s/\s+(#|\/\/) .*$//; $t =~ s/^\s+|\s+$//g; $t =~ s/\s+/ /g; return $t }

# ---- what the dispatcher generated: asm/gencode's PREFIX.map -------------------------
# @PIECES: { copy, ord, at, len, kind, handler } per `insn` line, { at, len,
# kind => 'other', what } per `other` line; @VMI: asm/sample.vm's
# instructions; %KIND what each kind of piece is; %GMAP the other lines;
# $GEN_WHY: why there is no code.
my $GEN = $opt{g} // (abs_path($OBJ) =~ m{^(.*)/dispatch/\Q$NAME\E/[^/]+\.o$} ? "$1/asm/gen/$NAME" : undef);
my (@PIECES, @VMI, %GMAP, %KIND, $GEN_WHY);
if (defined $GEN && open(my $m, '<', "$GEN.map")) {
    while (<$m>) {
        chomp;
        if (/^insn ([01]) (\d+) (\d+|-) (\d+|-) (\w+)(?: (\w+))?$/) {
            push @PIECES, { copy => $1, ord => $2, at => $3, len => $4, kind => $5, handler => $6 };
        } elsif (/^other (\d+) (\d+) (.*)$/) {
            push @PIECES, { at => $1, len => $2, kind => 'other', what => $3 };
        } elsif (/^kind (\w+) (.*)$/) {
            $KIND{$1} = $2;
        } elsif (/^vm (\d+) (\d+) (\w+) ([01])$/) {
            $VMI[$1] = { line => $2, mn => $3, proven => $4 };
        } elsif (/^(\w+) (.*)$/) {
            $GMAP{$1} = $2;
        }
    }
    $GEN_WHY = defined $GMAP{unavailable} ? "the dispatcher is unavailable here: $GMAP{unavailable}"
             : $GMAP{none} // (defined $GMAP{failed} ? "failed $GMAP{failed}" : @PIECES ? undef : "$GEN.map describes no code");
} else {
    $GEN_WHY = 'no description of generated code (' . (defined $GEN ? "no $GEN.map: make asm runs asm/gencode" : 'give -g PREFIX') . ')';
}
fail("$NAME is unavailable here: $GMAP{unavailable}", 3) if defined $GMAP{unavailable} && $mode ne 'list';

# ---- the instruction set: isa/opcodes.def ------------------------------------------
my (@OPS, %ISA);
open(my $def, '<', "$ROOT/isa/opcodes.def") or fail("cannot read isa/opcodes.def");
while (<$def>) {
    next unless /^OP\((\w+),\s*"([^"]*)",\s*(\w+),\s*(\d+),\s*(\d+),\s*(\w+),\s*"([^"]*)",\s*"([^"]*)"\)/;
    $ISA{$1} = { op => scalar @OPS, mn => $2, pops => $4, pushes => $5, flow => $6, eff => $7, doc => $8 };
    push @OPS, $1;
}
my $NOPS = @OPS;    # OP__COUNT

# ---- the code: %I{address} = { t, src, rel, next }, @A the addresses ------------------
my $fmt = join ' ', run($opt{o}, '-f', $OBJ);
my $ARCH = $fmt =~ /elf64-x86-64/ ? 'x86_64' : $fmt =~ /elf32-i386/ ? 'i386'
         : $fmt =~ /aarch64/ ? 'aarch64' : fail("$OBJ: no rules for this target ($fmt)");
my $PTR = $ARCH eq 'i386' ? 4 : 8;
my (%I, @A);
for (run($opt{o}, '-d', '-r', '--no-show-raw-insn', '-j', '.text', $OBJ)) {
    if (/^\s+[0-9a-f]+: (R_\w+)\s+(\S+)/ && @A) { $I{$A[-1]}{rel} //= $2; next }
    next unless /^\s+([0-9a-f]+):\t(.*)$/;
    my ($ad, $t) = (hex $1, tidy($2));
    next if $t eq '' || $t =~ /^(nop\w*|xchg %ax,%ax|data16|cs nop\w*|rep nop\w*)\b/;    # padding
    $I{$ad} = { t => $t };
    push @A, $ad;
}
@A or fail("$OBJ: no code in .text");
$I{$A[$_]}{next} = $A[$_ + 1] for 0 .. $#A - 1;
# Source lines from the decoded line table (objdump -l names the wrong file
# for inlined code under DWARF 5): per instruction, the last row at or before it.
{
    my (%line, %where);
    my $path = sub { my $f = shift; $where{$f} //= $f =~ m{/} ? $f =~ s{^.*?((isa|vm|dispatch|asm)/)}{$1}r
        : (grep { -e "$ROOT/$_" } map { "$_/$f" } 'isa', 'vm', "dispatch/$NAME", 'asm')[0] // $f };
    for (run($opt{o}, '--dwarf=decodedline', $OBJ)) {
        $line{hex $3} = $2 > 0 ? $path->($1) . ":$2" : '' if !/:$/ && /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+|0)\b/;
    }
    my @rows = sort { $a <=> $b } keys %line;
    my $r = 0;
    for my $ad (@A) {
        $r++ while $r + 1 < @rows && $rows[$r + 1] <= $ad;
        $I{$ad}{src} = $line{$rows[$r]} if @rows && $rows[$r] <= $ad && $line{$rows[$r]} ne '';
    }
}
sub norm {         # the first instruction at or after a (past padding), or undef
    my $ad = shift;
    return $ad if !defined $ad || $I{$ad};
    my ($lo, $hi) = (0, scalar @A);
    while ($lo < $hi) { my $m = ($lo + $hi) >> 1; if ($A[$m] < $ad) { $lo = $m + 1 } else { $hi = $m } }
    return $lo < @A && $A[$lo] - $ad < 32 ? $A[$lo] : undef;
}
sub kind {         # the control transfer an instruction is, or ''
    my $t = shift;
    if ($ARCH eq 'aarch64') {
        return $t =~ /^br / ? 'ijump' : $t =~ /^blr / ? 'icall' : $t =~ /^ret\b/ ? 'ret' : $t =~ /^b / ? 'jump'
             : $t =~ /^bl / ? 'call' : $t =~ /^(b\.\w+|cbn?z|tbn?z) / ? 'cond' : $t =~ /^(brk|udf)\b/ ? 'stop' : '';
    }
    return $t =~ /^(notrack |bnd )?jmp\w* \*/ ? 'ijump' : $t =~ /^(notrack |bnd )?call\w* \*/ ? 'icall'
         : $t =~ /^(repz |bnd )?ret/ ? 'ret' : $t =~ /^(bnd )?jmp\w* / ? 'jump' : $t =~ /^(bnd )?call\w* / ? 'call'
         : $t =~ /^(j\w+|loop\w*) / ? 'cond' : $t =~ /^(ud2|hlt)\b/ ? 'stop' : '';
}
sub target {       # a direct branch's target address, or the external symbol it names
    my $i = $I{$_[0]};
    return $1 if defined $i->{rel} && $i->{rel} !~ /^\.text\b/ && $i->{rel} =~ /^([\w.]+?)(?:[-+]0x[0-9a-f]+)?$/;
    return $i->{t} =~ /\b([0-9a-f]+) <[^>]*>$/ ? hex $1 : undef;
}
sub external { defined $_[0] && $_[0] !~ /^\d+$/ }
# the ways out that never come back: a trap, and a sanitizer's report
sub exits { external($_[0]) && $_[0] =~ /^(vm_stop|_*longjmp\w*|abort|__stack_chk_fail|__(asan|ubsan)_\w+)$/ }
# Follow the straight path from a (jumps taken, at most n instructions;
# with past_traps also past branches to a trap) to the first instruction for
# which stop(address, kind) holds: its address, or undef at a conditional
# branch, an indirect one, a return or the limit.
sub straight {
    my ($ad, $n, $stop, $past_traps) = @_;
    for (1 .. $n) {
        return undef unless defined $ad && $I{$ad};
        my $k = kind($I{$ad}{t});
        return $ad if $stop->($ad, $k);
        $k = '' if $k eq 'cond' && $past_traps && is_trap_path(target($ad));
        return undef if $k && $k ne 'jump' && $k ne 'call';
        my $t = target($ad);
        $ad = $k eq 'jump' ? (external($t) ? undef : $t) : $I{$ad}{next};
    }
    return undef;
}
sub is_trap_path { defined straight($_[0], 24, sub { $_[1] =~ /^(jump|call)$/ && exits(target($_[0])) }) }

# ---- marks ----------------------------------------------------------------------------
# %MARK{address} = [what...]; %HMARK{X}{proven|checked} = address, or undef
# when the label has none (n... counts the labels); @DISP: dispatch marks.
my (%MARK, %HMARK, @DISP);
{
    my (%name, @labels, $cur);
    for (run($opt{o}, '--dwarf=info', $OBJ)) {
        if (/^\s*<\d+><([0-9a-f]+)>: Abbrev Number: \d+(?: \((\w+)\))?/) {
            $cur = { off => hex $1 };
            push @labels, $cur if ($2 // '') eq 'DW_TAG_label';
        } elsif ($cur) {
            if (/DW_AT_name\s*:.*?(\S+)\s*$/) { $cur->{name} = $name{$cur->{off}} = $1 }
            elsif (/DW_AT_low_pc\s*:.*?(0x[0-9a-f]+)\s*$/) { $cur->{pc} = hex $1 }
            elsif (/DW_AT_abstract_origin\s*:\s*<0x([0-9a-f]+)>/) { $cur->{origin} = hex $1 }
        }
    }
    for my $l (@labels) {
        my $n = $l->{name} // $name{$l->{origin} // -1} // next;
        next unless $n =~ /^dl_(handler|checked|dispatch|count|trap)(?:_(\w+?))?_\d+$/;
        my ($what, $x, $ad) = ($1, $2, norm($l->{pc}));
        if ($what =~ /^(handler|checked)$/) {
            my $k = $what eq 'handler' ? 'proven' : 'checked';
            $HMARK{$x}{$k} //= $ad;
            $HMARK{$x}{"n$k"}++;
        } elsif (defined $ad) {
            push @{$MARK{$ad}}, $what;
            push @DISP, $ad if $what eq 'dispatch';
        }
    }
}
my $NO_MARKS = %HMARK ? undef : "no MARK_HANDLER label in its debug information (no handler compiled in, "
    . "or compiled without -g or with -DDL_NO_MARKS, or an OP_BEGIN without MARK_HANDLER)";
fail("$OBJ: $NO_MARKS") if $NO_MARKS && $mode ne 'list';

# ---- symbols, data relocations and bytes ------------------------------------------------
my (%SYM, %START, %DREL, %BYTES, $rsec);
for (run($opt{o}, '-t', $OBJ)) {
    my ($ad, $sec, $size, $n) = /^([0-9a-f]+) .{7} (\S+)\s+([0-9a-f]+) (\S+)$/ or next;
    $SYM{$n} = hex $ad if $sec eq '.text';
    $START{$sec}{hex $ad} = $n if $sec =~ /^\.(rodata|data)/ && hex $size > 0;    # data objects: table candidates
}
for (run($opt{o}, '-r', $OBJ)) {
    if (/^RELOCATION RECORDS FOR \[(.+)\]:/) { $rsec = $1 }
    elsif (defined $rsec && $rsec =~ /^\.(rodata|data)/ && /^([0-9a-f]+) (\S+)\s+(\S+)$/) { $DREL{$rsec}{hex $1} = [$2, $3] }
}
sub data_ref {     # the data address an instruction names: "SECTION+OFFSET"
    my $ad = shift;
    return undef unless ($I{$ad}{rel} // '') =~ /^(\.(?:rodata|data)[\w.]*?)(?:([-+])0x([0-9a-f]+))?$/;
    my ($sec, $o) = ($1, defined $2 ? ($2 eq '-' ? -hex $3 : hex $3) : 0);
    $o += 4 if $ARCH eq 'x86_64' && $I{$ad}{t} =~ /\(%rip\)/;                      # from the field's end
    $o = hex $1 if $ARCH eq 'i386' && !$o && $I{$ad}{t} =~ /\b0x([0-9a-f]+)\(/;    # REL: addend in the insn
    return "$sec+$o";
}
for my $ad (@A) { my ($s, $o) = split /\+/, data_ref($ad) // next; $START{$s}{$o} //= "the table at $s+0x" . hx($o) }
my %HAVE = map { /^\s*\d+ (\S+)/ ? ($1 => 1) : () } run($opt{o}, '-h', $OBJ);
for my $sec (grep { $HAVE{$_} } sort keys %START) {
    $BYTES{$sec} = '';
    for (run($opt{o}, '-s', '-j', $sec, $OBJ)) {
        next unless /^ ([0-9a-f]+) ((?:[0-9a-f]{2,8} ){1,4})/;
        my ($o, $h) = (hex $1, $2 =~ s/ //gr);
        substr($BYTES{$sec}, $o, length($h) / 2) = pack('H*', $h);
    }
}
sub word {         # w bytes, little-endian, at section offset o
    my ($sec, $o, $w, $signed) = @_;
    return undef if $o < 0 || $o + $w > length($BYTES{$sec} // '');
    my $v = 0;
    $v = $v * 256 + ord(substr($BYTES{$sec}, $o + $_, 1)) for reverse 0 .. $w - 1;
    return $signed && $v >= 2 ** (8 * $w - 1) ? $v - 2 ** (8 * $w) : $v;
}

# ---- handler entries: %ENTRY{X}{proven|checked} = [address, how found] ---------------
my (%ENTRY, %KNOWN);
my @NAMES = (@OPS, sort grep { !$ISA{$_} } keys %HMARK);
for my $x (@NAMES) {
    for my $k ('proven', 'checked') {
        my $f = $k eq 'proven' ? "op_$x" : "op_C_$x";
        $ENTRY{$x}{$k} = [$SYM{$f}, "the function $f"] if defined $SYM{$f};
        my $ad = $ENTRY{$x}{$k} ? $ENTRY{$x}{$k}[0] : $HMARK{$x}{$k};     # what tables must agree with
        $KNOWN{$ISA{$x}{op} + ($k eq 'proven' ? $NOPS : 0)} = $ad if $ISA{$x} && defined $ad;
    }
}
my @TABLES = find_tables();
my %TABLE_AT = map { ("$_->{sec}+$_->{start}" => $_) } @TABLES;
for my $t (@TABLES) {
    for my $i (0 .. $#{$t->{v}}) {
        my $op = $i + $t->{k};
        next if $op < 0 || $op >= 2 * $NOPS || $t->{v}[$i] < 0;
        my ($x, $k) = ($OPS[$op % $NOPS], $op >= $NOPS ? 'proven' : 'checked');
        $ENTRY{$x}{$k} //= [$t->{v}[$i], "entry $i of $t->{name} ($t->{how}; index = opcode"
            . ($t->{k} ? ($t->{k} > 0 ? ' - ' : ' + ') . abs $t->{k} : '') . ", agreeing with $t->{agree} entries marks give)"];
    }
}
for my $x (@NAMES) {
    for my $k (grep { !$ENTRY{$x}{$_} && defined $HMARK{$x}{$_} } 'proven', 'checked') {
        $ENTRY{$x}{$k} = [$HMARK{$x}{$k}, 'its mark ' . ($k eq 'proven' ? 'dl_handler_' : 'dl_checked_') . $x];
    }
}
my %ENTRY_AT;
for my $x (@NAMES) { push @{$ENTRY_AT{$ENTRY{$x}{$_}[0]}}, "$_:$x" for grep { $ENTRY{$x}{$_} } 'proven', 'checked' }

# Tables start at data objects and at the data addresses the code names; an
# entry is a relocated code address or, without relocations, a 1-, 2- or
# 4-byte offset, scaled and added to a base.
sub find_tables {
    my @found;
    for my $sec (sort keys %START) {
        my @s = sort { $a <=> $b } keys %{$START{$sec}};
        for my $j (0 .. $#s) {
            my ($s, $end, $name) = ($s[$j], $j < $#s ? $s[$j + 1] : length($BYTES{$sec} // ''), $START{$sec}{$s[$j]});
            my %at = (name => $name, sec => $sec, start => $s);
            if (my @v = reloc_entries($sec, $s)) {
                my $t = fit(\@v, 0, 1) or next;
                push @found, { %$t, %at, how => 'read from its relocations' };
                next;
            }
            for my $w (1, 2, 4) {
                for my $signed (0, 1) {
                    my @v = map { word($sec, $s + $_ * $w, $w, $signed) } 0 .. int(($end - $s) / $w) - 1;
                    next if @v < 3 || grep { !defined } @v;
                    for my $scale (1, 2, 4) {
                        my $t = fit(\@v, undef, $scale) or next;
                        push @found, { %$t, %at, how => "$w-byte offsets from its bytes, address = " . hx($t->{base}) . " + $scale * entry" };
                    }
                }
            }
        }
    }
    return @found;
}
sub reloc_entries {      # consecutive relocated code addresses from offset s
    my ($sec, $s) = @_;
    my @v;
    for (my $o = $s; my $r = $DREL{$sec}{$o}; ) {
        my ($type, $val) = @$r;
        my $w = $type =~ /PC32|REL32/ ? 4 : $PTR;
        my ($sym, $add) = $val =~ /^([\w.]+?)(?:\+0x([0-9a-f]+))?$/ ? ($1, hex($2 // 0)) : ('', 0);
        last unless $sym eq '.text' || defined $SYM{$sym};
        $add += word($sec, $o, $w, 0) // 0 if $val eq $sym && $ARCH eq 'i386';      # REL: addend in the data
        push @v, ($sym eq '.text' ? 0 : $SYM{$sym}) + $add - ($w == 4 && $PTR == 8 ? $o - $s : 0);   # PC32: from the table
        $o += $w;
    }
    return @v;
}
# A mark agrees with an entry when the straight path from the entry reaches
# it within eight instructions: clang may put a register copy before the
# label's address, gcc a proven entry's jump to the body it shares with
# the checked entry (dispatch/token), or the register moves each copy of a
# replicated switch needs before the case code they share.
sub near { my ($e, $m) = @_; defined straight($e, 9, sub { $_[0] == $m }) }
# The index offset k (and for offsets the base) under which at least three
# entries agree with what functions and marks give, and eight for every one
# that does not (gcc gives halt's dl_checked_HALT the address after the
# code it shares with the trap exit); undef unless one k is best.
sub fit {
    my ($v, $base, $scale) = @_;
    my @ok;
    for my $k (-2 .. 2, $NOPS - 2 .. $NOPS + 2) {     # tables of checked entries first, or of proven ones
        my ($b0, $agree, $bad) = ($base, 0, 0);
        if (!defined $b0) {      # the base most entries agree on
            my %n;
            for my $i (0 .. $#$v) { my $kn = $KNOWN{$i + $k} // next; $n{$kn - $scale * $v->[$i]}++ }
            ($b0) = sort { $n{$b} <=> $n{$a} || $a <=> $b } keys %n or next;
        }
        for my $i (grep { defined $KNOWN{$_ + $k} } 0 .. $#$v) {
            if (near(norm($b0 + $scale * $v->[$i]), $KNOWN{$i + $k})) { $agree++ } else { $bad++ }
        }
        push @ok, { k => $k, base => $b0, agree => $agree } if $agree >= 3 && $bad * 8 <= $agree;
    }
    @ok = sort { $b->{agree} <=> $a->{agree} } @ok;
    return undef unless @ok && (@ok == 1 || $ok[0]{agree} > $ok[1]{agree});
    $ok[0]{v} = [map { norm($ok[0]{base} + $scale * $_) // -1 } @$v];
    return $ok[0];
}

# ---- generated code: asm/gencode's dump ------------------------------------------------------
# %G{offset} = { t, next, callee }, offsets from the start of the code;
# the pieces must cover it exactly, each starting at an instruction.
my (%G, @GA);
sub load_gen {
    unless (defined $GMAP{code} && -r "$GEN.bin") {
        $GEN_WHY //= (grep { $_->{at} ne '-' } @PIECES) ? "no $GEN.bin: the code's bytes were not written"
                   : 'no code was generated: every instruction runs its handler in place';
        return 0;
    }
    my ($base, $size) = ($GMAP{code} =~ /^0x([0-9a-f]+) (\d+)$/) or return 0;
    $base = hex $base;
    my $bin = -e $GMAP{binary} ? $GMAP{binary} : "$ROOT/$GMAP{binary}";
    return !($GEN_WHY = "$GEN.map is older than $GMAP{binary} (make asm writes it again)") if -M $bin < -M "$GEN.map";
    my (%sym, $anchor, $far);
    for (run('nm', $bin)) { $sym{hex $1} = $2 if /^([0-9a-f]+) [tT] (\S+)$/; $anchor = hex $1 if /^([0-9a-f]+) [RrDd] dispatchers$/ }
    my $delta = defined $anchor ? hex($GMAP{anchor}) - $anchor : 0;     # a position-independent gencode
    for (run($opt{o}, '-D', '-b', 'binary', '-m', $ARCH eq 'aarch64' ? 'aarch64' : 'i386:x86-64', '--no-show-raw-insn',
             "--adjust-vma=$base", "$GEN.bin")) {
        next unless /^\s+([0-9a-f]+):\t(.*)$/;
        my ($off, $t) = (hex($1) - $base, tidy($2));
        # a branch within the code names its offset, a call outside it the function
        $far = $t =~ /^movabs \$0x([0-9a-f]+),%rax$/ ? hex $1 : undef unless $t eq 'call *%rax';
        my $to = kind($t) =~ /^(jump|call|cond)$/ && $t =~ /\b0x([0-9a-f]+)$/ ? hex $1 : $t eq 'call *%rax' ? $far : undef;
        if (defined $to && $to >= $base && $to < $base + $size) { $t =~ s/\b0x[0-9a-f]+$/hx($to - $base)/e }
        elsif (defined $to) { $G{$off}{callee} = $sym{$to - $delta} // '?'; $t .= " <$G{$off}{callee}>" unless $t =~ s/\b0x[0-9a-f]+$/$G{$off}{callee}/ }
        $G{$off}{t} = $t;
        push @GA, $off;
    }
    $G{$GA[$_]}{next} = $GA[$_ + 1] for 0 .. $#GA - 1;
    my $at = 0;
    for my $p (sort { $a->{at} <=> $b->{at} } grep { $_->{at} ne '-' } @PIECES) {
        $GEN_WHY = "the description does not cover the code exactly: a piece at $p->{at}, the one before ends at $at" if $p->{at} != $at;
        $GEN_WHY = "the piece at $p->{at} does not start at an instruction" if $p->{len} && !$G{$p->{at}};
        last if $GEN_WHY;
        $at += $p->{len};
    }
    $GEN_WHY //= "the description covers $at bytes, the code has $size" if $at != $size;
    return !$GEN_WHY;
}
my $HAVE_GEN = load_gen();

# ---- nop's dispatch sequence: [where, address] pairs ------------------------------------
# Where the dispatcher describes what it generated, nop's sequence is the
# code of a proven nop of asm/sample.vm that a nop follows (as in
# count_per_nop's loops), and the code of the handlers it calls; else, or
# where the nop runs its handler in place, it starts at nop's proven entry.
my $E = $ENTRY{NOP}{proven};
my ($NOP_AT, $SEQ, $SEQ_WHY, $SEQ_FROM, $ENGINE);
$SEQ_WHY = "unavailable here: $GMAP{unavailable}" if defined $GMAP{unavailable};
if (@PIECES && !$SEQ_WHY) {
    ($NOP_AT) = grep { $VMI[$_]{mn} eq 'nop' && $VMI[$_]{proven} && ($VMI[$_ + 1]{mn} // '') eq 'nop' } 0 .. $#VMI - 1;
    $SEQ_WHY = 'asm/sample.vm has no proven nop followed by a nop' unless defined $NOP_AT;
    my @p = defined $NOP_AT ? grep { ($_->{ord} // -1) == $NOP_AT && $_->{copy} == 0 && $_->{kind} ne 'slow' } @PIECES : ();
    $SEQ_WHY //= "the dispatcher describes no code of instruction $NOP_AT (nop)" unless @p;
    $ENGINE = grep { $_->{kind} eq 'engine' } @p;
    if (!$SEQ_WHY && !$ENGINE) {
        $SEQ = $HAVE_GEN ? eval { gen_sequence(sort { $a->{at} <=> $b->{at} } @p) } : undef;
        $SEQ_WHY = $HAVE_GEN ? $@ =~ s/\n$//r : $GEN_WHY;
        $SEQ_FROM = "instruction $NOP_AT of asm/sample.vm (line $VMI[$NOP_AT]{line}), a proven nop that a nop follows: its\n"
            . 'generated code (' . join(', ', map { $_->{kind} } @p) . '), as the dispatcher describes it, and what it calls.';
    }
}
if (!$SEQ && !$SEQ_WHY) {
    $SEQ = !$NO_MARKS && $E ? eval { nop_sequence($E->[0]) } : undef;
    $SEQ_FROM = ($ENGINE ? "instruction $NOP_AT of asm/sample.vm, a nop, runs its handler in place (engine).\n" : '')
        . 'proven entry ' . hx($E->[0]) . ": $E->[1]." if $SEQ;
    $SEQ_WHY = $NO_MARKS ? $NO_MARKS : $E ? $@ =~ s/\n$//r
        : "no address for nop's proven entry: no function op_NOP, no table entry, and its mark dl_handler_NOP "
          . ($HMARK{NOP}{nproven} ? 'has none (the compiler merged its code away)' : 'is missing');
}

# The generated code of the pieces, in address order, and where it calls
# a handler, the handler's code to its return.  An indirect jump ends it
# (it goes to the next instruction's code).
sub gen_sequence {
    my @seq;
    for my $p (@_) {
        for (my $g = $p->{at}; $g < $p->{at} + $p->{len}; $g = $G{$g}{next} // ~0) {
            push @seq, ['gen', $g];
            my $k = kind($G{$g}{t});
            return \@seq if $k eq 'ijump';
            next unless $k;
            die "nop's generated code branches at +" . hx($g) . ": $G{$g}{t}\n" unless $k =~ /call$/;
            my ($c, $x) = ($p->{handler} // '') =~ /^(C_)?(\w+)$/ or die "nop's generated code calls $G{$g}{callee}, no handler\n";
            my $want = 'op_' . ($c // '') . $x;
            die "the call at +" . hx($g) . " reaches $G{$g}{callee}, the dispatcher says $want\n" if $G{$g}{callee} ne $want;
            my $e = $ENTRY{$x}{$c ? 'checked' : 'proven'} or die "no entry of $want in the object\n";
            push @seq, walk($e->[0], {}, 'back', 0) or die "from $want no path returns\n";
        }
    }
    return \@seq;
}
# Where a handler's return goes on: after the indirect call a dispatch
# mark leads to (call threading), or undef (none: generated code).
sub return_site {
    my %site = map { my $c = straight($_, 40, sub { $_[1] eq 'icall' }, 1); defined $c ? ($c => 1) : () } @DISP;
    my @s = sort { $a <=> $b } keys %site;
    die 'several indirect calls follow dispatch marks (' . join(', ', map { hx($_) } @s) . ")\n" if @s > 1;
    return @s ? $I{$s[0]}{next} : undef;
}
# Where the compiler copied nop's code into each copy of a replicated
# switch, each table has its own nop entry: the next nop runs from the
# entry in the table this dispatch reads (the one its instructions name),
# so the sequence is followed from table to table until an entry repeats.
sub nop_sequence {
    my $e = shift;
    my $after_ret = return_site();
    my (%seen, @runs);
    while (!exists $seen{$e}) {
        $seen{$e} = @runs;
        my @seq = walk($e, {}, $after_ret, 0) or die "from nop's entry at " . hx($e) . " no path reaches the next handler\n";
        push @runs, \@seq;
        my ($t) = grep { defined } map { $_->[0] eq 'obj' ? $TABLE_AT{data_ref($_->[1]) // ''} : undef } reverse @seq or last;
        $e = $t->{v}[$NOPS + $ISA{NOP}{op} - $t->{k}] // -1;
        die "$t->{name}, which nop's dispatch reads, has no entry for nop\n" if $e < 0;
    }
    my @cycle = @runs[($seen{$e} // $#runs) .. $#runs];
    my %len = map { scalar(@$_) => 1 } @cycle;
    die 'nop runs in turn in ' . @cycle . ' copies of its code of different lengths (' . join(', ', map { scalar @$_ } @cycle) . ")\n"
        if keys %len > 1;
    return $cycle[0];
}
# The instructions from a to the next handler, or () where the path comes
# back to one in `avoid` (or to itself).  A return goes on at after_ret,
# or ends the path there when it is 'back' (to the generated code).
sub walk {
    my ($ad, $avoid, $after_ret, $depth) = @_;
    my (@seq, %here);
    die "conditional branches nest too deep after nop's entry\n" if $depth > 8;
    while (defined $ad) {
        return () if $avoid->{$ad} || $here{$ad}++ || @seq > 64 || !$I{$ad};
        push @seq, ['obj', $ad];
        my ($k, $t) = (kind($I{$ad}{t}), target($ad));
        return @seq if $k eq 'ijump' || $k eq 'icall' || ($k eq 'ret' && ($after_ret // '') eq 'back');
        return () if exits($t);                        # a trap or a sanitizer's report: no next handler this way
        die "nop's path leaves through $t at " . hx($ad) . "\n" if ($k eq 'call' || $k eq 'jump') && external($t);
        die "nop's path reaches a trap instruction at " . hx($ad) . "\n" if $k eq 'stop';
        if ($k eq 'ret') {
            die "nop's handler returns into code generated at run time, and there is no description of it: $GEN_WHY\n"
                unless defined $after_ret;
            $ad = $after_ret;
        } elsif ($k eq 'jump' || ($k eq 'cond' && $t == ($I{$ad}{next} // -1))) {   # a branch to the next goes on either way
            $ad = $t;
        } elsif ($k eq 'cond') {
            my %av = (%$avoid, %here);
            my @taken = walk($t, \%av, $after_ret, $depth + 1);
            my @fall  = walk($I{$ad}{next}, \%av, $after_ret, $depth + 1);
            die 'both sides of the branch at ' . hx($ad) . " reach a handler\n" if @taken && @fall;
            return @taken || @fall ? (@seq, @taken, @fall) : ();
        } else {
            $ad = $I{$ad}{next};
        }
    }
    return ();
}

# ---- what each machine instruction does ---------------------------------------------------
my %CC = (e => 'equal', z => 'zero', ne => 'not equal', nz => 'not zero', l => 'less', le => 'less or equal',
    g => 'greater', ge => 'greater or equal', b => 'below (unsigned)', be => 'below or equal (unsigned)',
    a => 'above (unsigned)', ae => 'above or equal (unsigned)', s => 'negative', ns => 'not negative', o => 'overflow',
    no => 'no overflow', lt => 'less', gt => 'greater', eq => 'equal', hi => 'above (unsigned)', ls => 'below or equal (unsigned)',
    hs => 'above or equal (unsigned)', lo => 'below (unsigned)', cs => 'carry', cc => 'no carry', mi => 'negative',
    pl => 'not negative', c => 'carry', nc => 'no carry', nb => 'not below', nae => 'below', na => 'not above',
    ng => 'not greater', nl => 'not less', p => 'parity');
my %X86 = (nop => 'no operation (alignment padding, copied with the code around it)', mov => 'move', add => 'add', sub => 'subtract', imul => 'multiply', mul => 'multiply (unsigned)',
    idiv => 'divide (signed)', div => 'divide (unsigned)', neg => 'negate', not => 'complement', and => 'and', or => 'or',
    xor => 'exclusive or', shld => 'shift left, filling from a second register', shrd => 'shift right, filling from a second register', shl => 'shift left', sal => 'shift left', shr => 'shift right (logical)',
    sar => 'shift right (arithmetic)', inc => 'add 1', dec => 'subtract 1', adc => 'add with carry',
    sbb => 'subtract with borrow', cmp => 'compare', test => 'test bits', lea => 'address arithmetic (no memory access)',
    cqto => 'sign-extend into %rdx for the division', cltq => 'sign-extend %eax to %rax',
    cltd => 'sign-extend into %edx for the division', cwtl => 'sign-extend %ax to %eax', push => 'push on the machine stack',
    pop => 'pop from the machine stack', xchg => 'exchange', endbr64 => 'landing pad for indirect branches (CET)',
    endbr32 => 'landing pad for indirect branches (CET)', ud2 => 'trap instruction (never reached)',
    movabs => 'move a 64-bit constant', ret => 'return', jmp => 'jump', call => 'call', leave => 'restore the frame pointer',
    hlt => 'halt (never reached)', bswap => 'reverse the bytes');
my %A64 = (nop => 'no operation (alignment padding, copied with the code around it)', ldr => 'load', ldrb => 'load a byte', ldrh => 'load 2 bytes', ldrsw => 'load 4 bytes, sign-extended',
    ldur => 'load', ldursw => 'load 4 bytes, sign-extended', ldp => 'load a pair', str => 'store', strb => 'store a byte',
    strh => 'store 2 bytes', stur => 'store', stp => 'store a pair', mov => 'copy register', movz => 'set to a constant',
    movk => 'set 16 bits of a constant', movn => 'set to an inverted constant', add => 'add', adds => 'add, setting flags',
    sub => 'subtract', subs => 'subtract, setting flags', mul => 'multiply', madd => 'multiply-add',
    msub => 'multiply-subtract', sdiv => 'divide (signed)', neg => 'negate', mvn => 'complement', and => 'and',
    orr => 'or', eor => 'exclusive or', lsl => 'shift left', lsr => 'shift right (logical)',
    asr => 'shift right (arithmetic)', cmp => 'compare', cmn => 'compare with the negated value', tst => 'test bits',
    csel => 'select by condition', cset => 'set to the condition', csinc => 'select or increment by condition',
    csneg => 'select or negate by condition', adrp => 'address of a 4 KiB page', adr => 'address',
    sxtw => 'sign-extend 4 bytes', sbfiz => 'sign-extend and shift', ubfiz => 'zero-extend and shift',
    cbz => 'branch if zero', cbnz => 'branch if not zero', tbz => 'branch if the bit is zero',
    tbnz => 'branch if the bit is set', b => 'jump', bl => 'call', ret => 'return', brk => 'trap instruction (never reached)',
    udiv => 'divide (unsigned)', uxtb => 'zero-extend a byte', uxth => 'zero-extend 2 bytes', ubfx => 'extract bits',
    sbfx => 'extract bits, sign-extended', csetm => 'set to all ones by condition', csinv => 'select or invert by condition',
    ldurb => 'load a byte', bti => 'landing pad for indirect branches (BTI)', paciasp => 'sign the return address',
    autiasp => 'check the return address', ldpsw => 'load a pair of 4 bytes, sign-extended',
    xpaclri => 'strip the authentication code from the return address');
sub meaning {
    my $t = shift;
    my ($m, $ops) = $t =~ /^(?:(?:notrack|bnd|lock|rep\w*|cs|ds|data16) )*(\S+)\s*(.*)$/;
    my $k = kind($t);
    return $k eq 'ijump' ? 'indirect jump' : 'indirect call' if $k =~ /^i/;
    if ($ARCH eq 'aarch64') {
        my $r = $m =~ /^b\.(\w+)$/ ? 'branch if ' . ($CC{$1} // $1) : $m eq 'mov' && $ops =~ /, #/ ? 'set to a constant' : $A64{$m};
        return "(not in the meaning table: $m)" unless defined $r;
        return $ops =~ /\], #/ ? "$r, then advance the address register" : $ops =~ /\]!/ ? "advance the address register, then $r" : $r;
    }
    my @o;
    push @o, $1 while $ops =~ /\G\s*((?:[^,(]|\([^)]*\))+)\s*(?:,|$)/gc;
    my ($src, $dst) = (@o > 1 ? $o[0] : '$', $o[-1] // '');
    my $mem = sub { $_[0] ne '' && $_[0] !~ /^[\$%*]/ };
    my $r = $k eq 'cond' && $m =~ /^j(\w+)$/ ? 'branch if ' . ($CC{$1} // $1)
          : $m =~ /^set(\w+)$/ && $CC{$1} ? "set to 1 if $CC{$1}, else 0" : $m =~ /^cmov(\w+)$/ && $CC{$1} ? "move if $CC{$1}"
          : $m =~ /^mov([sz])[bwl][wlq]$/ ? ($1 eq 'z' ? 'zero-extend' : 'sign-extend') : $X86{$m} // $X86{$m =~ s/(?<=..)[bwlq]$//r};
    return "(not in the meaning table: $m)" unless defined $r;
    return $r =~ /extend/ && $mem->($src) ? "load, $r" : $r if $r =~ /extend/;
    return $mem->($src) ? 'load' : $mem->($dst) ? 'store' : $src =~ /^\$/ ? 'set to a constant' : 'copy register' if $r eq 'move';
    return $r if $k || $m =~ /^(lea|push|pop|cmp|test)/ || @o < 2;
    return $mem->($dst) ? "$r, in memory" : $mem->($src) ? "$r, with a value from memory" : $r;
}
sub short_kind { meaning($_[0]) =~ s/^(load|store), .*/$1/r =~ s/ (\(|to |on |if |the |a |by |from |of |for ).*//r }

# ---- seq --------------------------------------------------------------------------------
sub text_of { $_[0][0] eq 'gen' ? $G{$_[0][1]}{t} : $I{$_[0][1]}{t} }
sub where { ($_[0][0] eq 'gen' ? 'gen+' : '') . hx($_[0][1]) }
if ($mode eq 'seq') {
    fail("$OBJ: $SEQ_WHY") unless $SEQ;
    printf "%s\t%s\n", where($_), text_of($_) for @$SEQ;
    exit 0;
}

# ---- a handler's code and its regions ----------------------------------------------------
# Every instruction its entries reach before it dispatches or traps, not
# into other handlers' entries: %region{address} = check|guard|body|count|
# dispatch|trap, from its entries and the marks on the way; the checked
# entry's checks are its straight path to its last branch to a trap (or to
# another handler: a fused handler's fallback).  nop's sequence is dispatch.
my %ON_NOP = $SEQ ? map { $_->[0] eq 'obj' ? ($_->[1] => 1) : () } @$SEQ : ();
sub other_entry { my ($ad, $x) = @_; !$ON_NOP{$ad} && grep { !/:\Q$x\E$/ } @{$ENTRY_AT{$ad} // []} }
sub mark_holds {   # a label may sit where the compiler put the code after it
    my ($what, $ad) = @_;
    return $what eq 'trap' ? is_trap_path($ad) : $what eq 'dispatch'
        ? defined straight($ad, 24, sub { $_[1] =~ /^(ijump|icall|ret)$/ || $ON_NOP{$_[0]} }) : 1;
}
my %BEGIN_LINE;
{ open(my $h, '<', "$ROOT/isa/ops.inc") or fail('cannot read isa/ops.inc'); while (<$h>) { $BEGIN_LINE{$1} //= $. while /OP_BEGIN\((\w+)\)/g } }
sub handler_code {
    my $x = shift;
    my (%region, %ends);
    my $guard_line = 'isa/ops.inc:' . ($BEGIN_LINE{$x} // -1);     # where GUARD expands
    my $walk = sub {
        my @todo = ([@_]);
        my $budget = 400;
        while (my $w = shift @todo) {
            my ($ad, $r) = @$w;
            while (defined $ad && $I{$ad} && !defined $region{$ad} && !other_entry($ad, $x) && $budget-- > 0) {
                $r = $_ for grep { mark_holds($_, $ad) } @{$MARK{$ad} // []};
                $r = 'body' if $r eq 'guard' && ($I{$ad}{src} // '') ne $guard_line;
                $r = 'dispatch' if $ON_NOP{$ad} && $r ne 'trap';
                my ($k, $t) = (kind($I{$ad}{t}), target($ad));
                $region{$ad} = $k =~ /^i/ ? 'dispatch' : $r;
                if ($k =~ /^(ijump|icall|ret|stop)$/ || ($k =~ /^(jump|call)$/ && ($r eq 'trap' || exits($t)))) {
                    $ends{$ad} = $k =~ /^(jump|call)$/ ? 'trap exit' : $k;    # the shared trap exit is not listed
                    last;
                }
                last if $k eq 'jump' && external($t);
                push @todo, [$t, is_trap_path($t) ? 'trap' : $r] if $k eq 'cond';
                $ad = $k eq 'jump' ? $t : $I{$ad}{next};
            }
        }
    };
    $walk->($ENTRY{$x}{proven}[0], ($ISA{$x}{flow} // '') eq 'CALL' ? 'guard' : 'body') if $ENTRY{$x}{proven};
    if (my $c = $ENTRY{$x}{checked}) {
        my ($ad, @p, $last) = ($c->[0]);
        while (defined $ad && $I{$ad} && !defined $region{$ad} && @p < 40) {
            push @p, $ad;
            my ($k, $t) = (kind($I{$ad}{t}), target($ad));
            if ($k eq 'cond' && (is_trap_path($t) || other_entry($t, $x))) { $last = $#p }
            elsif ($k eq 'jump' && !external($t)) { $ad = $t; next }
            elsif ($k) { last }
            $ad = $I{$ad}{next};
        }
        for my $i (0 .. ($last // -1)) {
            $region{$p[$i]} = 'check';
            $walk->(target($p[$i]), 'trap') if kind($I{$p[$i]}{t}) eq 'cond' && !other_entry(target($p[$i]), $x);
        }
        $walk->(defined $last ? $I{$p[$last]}{next} : $c->[0], 'body');
    }
    return (\%region, \%ends);
}

if ($mode eq 'jumps') {
    my (%by, $n);
    for my $x (grep { $ENTRY{$_}{proven} } @NAMES) {
        my (undef, $ends) = handler_code($x);
        my @j = grep { $ends->{$_} eq 'ijump' } keys %$ends;
        $n++ if @j;
        push @{$by{$_}}, lc $x for @j;
    }
    my @j = sort { $a <=> $b } keys %by;
    printf "%d dispatch jump%s for %d handlers that end in one\n", scalar @j, @j == 1 ? '' : 's', $n // 0;
    printf "shared by %s (at %s)\n", join(' ', @{$by{$_}}), hx($_) for grep { @{$by{$_}} > 1 } @j;
    exit 0;
}

# ---- the listing ----------------------------------------------------------------------------
my %SAYS = (check => 'the checked entry: its depth checks', body => 'the body: the instruction\'s work',
    guard => "the proven entry: does the callee's whole frame fit (GUARD)? if not, run the call checked",
    count => 'counting at a taken branch: the step limit, then the jump (vm/interp.h, COUNTING)',
    dispatch => 'the dispatch: on to the next instruction', trap => 'a trap: on the way out to vm_stop');
my (%FILE, $out);
sub out { $out .= join('', @_) . "\n" }
sub src_text {    # "file:line  the line's text"
    my ($f, $l) = $_[0] =~ /^(.*):(\d+)$/ or return $_[0];
    $FILE{$f} //= do { my @l; if (open(my $h, '<', "$ROOT/$f")) { @l = <$h> } \@l };
    my $t = tidy($FILE{$f}[$l - 1] // '');
    $t = substr($t, 0, 57) . '...' if length $t > 60;
    return sprintf('%-22s %s', $_[0], $t);
}
sub line_for { sprintf("%9s:  %-40s ; %s", @_) }
sub branch_note {
    my ($ad, $region) = @_;
    my ($k, $t) = (kind($I{$ad}{t}), target($ad));
    return '' unless $k =~ /^(cond|jump|call)$/ && defined $t;
    return exits($t) ? ' → the trap exit' : '' if external($t);
    my @n;
    push @n, 'a trap' if $k eq 'cond' && is_trap_path($t);
    push @n, join(' and ', map { my ($kk, $x) = split /:/; lc($x) . "'s $kk entry" } @{$ENTRY_AT{$t}}) if $ENTRY_AT{$t};
    push @n, 'back into the dispatch' if $ON_NOP{$t} && $region ne 'dispatch' && !$ENTRY_AT{$t};
    return @n ? ' → ' . join(', ', @n) : '';
}
sub section { out '=' x 78; out $_[0]; out '=' x 78; out $_[1] if defined $_[1] }

my ($src) = grep { -r } glob("$ROOT/dispatch/$NAME/*.c");
my $summary = '';
if (defined $src && open(my $h, '<', $src)) { local $/; ($summary) = <$h> =~ /\.summary\s*=\s*"([^"]*)"/ }
my $seqline = !$SEQ ? 'dispatch: ' . (defined $GMAP{unavailable} ? '' : 'not found: ') . $SEQ_WHY
    : @$SEQ ? sprintf('dispatch: %d instruction%s (%s)', scalar @$SEQ, @$SEQ == 1 ? '' : 's', join(', ', map { short_kind(text_of($_)) } @$SEQ))
    : "dispatch: 0 instructions (none: nop's generated code is empty)";
out "dispatchlab: the machine code of the '$NAME' dispatcher, annotated";
out $summary if $summary ne '';
out '';
out 'Made by asm/marks.pl (make asm, make asm-docs); do not edit.';
out 'object:   ', $opt{O} // $OBJ;
out 'compiler: ', $opt{c} if defined $opt{c};
out 'target:   ', { x86_64 => 'x86-64', i386 => 'i386', aarch64 => 'AArch64' }->{$ARCH},
    $ARCH eq 'aarch64' ? '' : ' (AT&T syntax: source, destination)', '; addresses are offsets in .text';
out '';
out $seqline;
out '';
out <<'EOT';
How to read this.  The dispatch macros mark each handler's two entries, and
where its dispatch, counting and traps begin (MARK in vm/interp.h); the
compiler records where those labels ended up.  Each instruction's comment
names the part of the VM instruction it belongs to, then what it does:
  check     the checked entry: the depth checks isa/opcodes.def implies
  guard     a proven call's check that the callee's whole frame fits
  body      the instruction's work (isa/ops.inc)
  count     a taken branch: the step limit and the count (vm/interp.h)
  dispatch  getting to the next instruction's handler
  trap      on the way out to vm_stop (the shared rest is not listed)
A handler's code is what its entries reach before it dispatches or traps,
in address order; "..." separates pieces that are not adjacent.  Which
register holds which variable, the compiler's assembly (NAME.s,
-fverbose-asm, beside this listing in build/asm/) says.
EOT
section('nop: the dispatch sequence', "nop's handler does nothing, so everything from its entry to the next\n"
    . "handler's entry is dispatch: what a VM instruction costs on top of its\n"
    . 'work.  valgrind counts as many per nop (make asm, tests/suites/30-machine-code.sh).');
if ($SEQ) {
    out $SEQ_FROM;
    out '  (no instructions: the code of the instruction after it follows that of the one before)' unless @$SEQ;
    my $last = '';
    for my $i (0 .. $#$SEQ) {
        my ($where, $ad) = @{$SEQ->[$i]};
        my $s = $where eq 'gen' ? 'generated by prepare() (asm/gencode), at offsets from the start of the code' : $I{$ad}{src} // '';
        out '  ; ', $where eq 'gen' ? $s : src_text($s) if $s ne $last && $s ne '';
        $last = $s;
        my $t = text_of($SEQ->[$i]);
        my $c = 'dispatch: ' . meaning($t) . (kind($t) =~ /^i/ ? ' → the next handler' : kind($t) eq 'ret' ? ' → back to the code that called the handler' : '');
        $c .= ($SEQ->[$i + 1][1] // -1) == ($I{$ad}{next} // -2) ? ': not taken' : ': taken' if $where eq 'obj' && kind($t) eq 'cond';
        out line_for(where($SEQ->[$i]), $t, $c);
    }
} else {
    out "Not found: $SEQ_WHY.";
}

my %did;
my @show = $NO_MARKS ? () : (($opt{h} eq 'all' ? @NAMES[1 .. $#NAMES] : map { uc } split /,/, $opt{h}), grep { !$ISA{$_} } @NAMES);
for my $x (grep { !$did{$_}++ } @show) {
    my $i = $ISA{$x};
    section(lc($x) . ($i ? " ($i->{eff}): $i->{doc}" : ': a handler of this dispatcher only (not in isa/opcodes.def)'));
    for my $k ('checked', 'proven') {
        my $e = $ENTRY{$x}{$k};
        out $e ? "$k entry " . hx($e->[0]) . ": $e->[1]." : "$k entry: not found ("
            . ($HMARK{$x}{"n$k"} ? 'its mark has no address: the compiler merged its code with other code' : 'no mark, function or table entry') . ').';
    }
    out 'depth checks: ', $i ? "$i->{pops} value(s) on the data stack, room for " . ($i->{pushes} > $i->{pops} ? $i->{pushes} - $i->{pops} : 0)
        . ' more' . ($i->{flow} eq 'CALL' ? ', room on the return stack' : $i->{flow} eq 'RET' ? ', a return address' : '')
        . " (isa/opcodes.def: POPS $i->{pops}, PUSHES $i->{pushes}, FLOW $i->{flow})." : 'as the dispatcher makes them.' if $ENTRY{$x}{checked};
    my ($region, $ends) = handler_code($x);
    my ($prev, $src, $reg) = (undef, '', '');
    for my $ad (sort { $a <=> $b } keys %$region) {
        out '       ...' if defined $prev && $I{$prev}{next} != $ad;
        out "  -- $region->{$ad}: $SAYS{$region->{$ad}}" if $region->{$ad} ne $reg;
        out '  ; ', src_text($I{$ad}{src}) if ($I{$ad}{src} // $src) ne $src;
        ($prev, $src, $reg) = ($ad, $I{$ad}{src} // $src, $region->{$ad});
        my $end = $ends->{$ad} // '';
        out line_for(hx($ad), $I{$ad}{t}, "$reg: " . meaning($I{$ad}{t}) . branch_note($ad, $reg)
            . ($end eq 'trap exit' && !exits(target($ad)) ? ' → the trap exit' : $end =~ /^i/ ? ' → the next handler'
               : $end eq 'ret' ? ' → back to the caller' : ''));
    }
    out '  (no code found)' unless %$region;
}

sub piece_title {
    my $p = shift;
    return $p->{what} if $p->{kind} eq 'other';
    my $v = $VMI[$p->{ord}] // {};
    return sprintf('instruction %d (asm/sample.vm:%s %s), %s copy: %s%s', $p->{ord}, $v->{line} // '?', $v->{mn} // '?',
        $p->{copy} ? 'checked' : 'verified', $p->{kind},
        ($p->{handler} // '') =~ /^(C_)?(\w+)$/ ? ', ' . lc($2) . "'s " . ($1 ? 'checked' : 'proven') . ' entry' : '');
}
if (@PIECES || defined $GMAP{failed}) {
    section('the generated code', "What prepare() generated for asm/sample.vm (asm/gencode), piece by piece as\n"
        . "the dispatcher describes it (its describe()): per VM instruction, in the\n"
        . "verified copy (the proven handlers where the verifier proved the checks)\n"
        . "and in the checked copy, where its code is and what it is:");
    out sprintf('  %-9s %s', $_, $KIND{$_}) for sort keys %KIND;
    out 'Addresses are offsets from the start of the code.';
    out "Generated source: $GMAP{source}." if defined $GMAP{source};
    out 'Not shown: ', $GEN_WHY, '.' unless $HAVE_GEN;
    my @p = sort { $a->{at} <=> $b->{at} || $a->{len} <=> $b->{len} } grep { $_->{at} ne '-' } @PIECES;
    my @code = grep { $_->{len} } @p;
    for my $p ($HAVE_GEN ? @p : ()) {
        out '  -- ', piece_title($p);
        out '     (no instructions)' unless $p->{len};
        for (my $g = $p->{at}; $g < $p->{at} + $p->{len}; $g = $G{$g}{next} // ~0) {
            my ($t, $to) = ($G{$g}{t}, kind($G{$g}{t}) =~ /^(jump|cond|call)$/ && $G{$g}{t} =~ / ([0-9a-f]+)$/ ? hex $1 : undef);
            my ($q) = defined $to ? grep { $_->{at} <= $to && $to < $_->{at} + $_->{len} } @code : ();
            out line_for(hx($g), $t, meaning($t) . (!$q || $q == $p || $q->{kind} eq 'other' ? ''
                : ($q->{at} == $to ? ' → ' : ' → back into ') . "instruction $q->{ord}" . ($q->{copy} ? ', checked copy' : '')
                  . ($q->{kind} eq 'slow' ? ': its slow path' : '')));
        }
    }
    for my $c (0, 1) {
        my @e = map { "$_->{ord} ($VMI[$_->{ord}]{mn})" } grep { $_->{kind} eq 'engine' && $_->{copy} == $c } @PIECES;
        out 'Not copied, run in place (engine), in the ', $c ? 'checked' : 'verified', ' copy: instructions ', join(', ', @e), '.' if @e;
    }
}
if (defined $opt{s}) {
    open(my $f, '>', $opt{s}) or fail("cannot write $opt{s}");
    print $f "# $seqline\n";
    printf $f "%s\t%s\t%s\n", where($_), text_of($_), meaning(text_of($_)) for @{$SEQ // []};
    close $f;
}
print $out;
exit 0;

# ---- valgrind: machine instructions per nop ------------------------------------------------
# Two runs of one program whose two loops swap their trip counts (2000 and
# 1000).  Both loops are nop ... push 1, sub, dup, jnz: one with 64 nops,
# the other with 1, so every transition from one instruction to the next is
# the same in both but the 63 from a nop to a nop (in a replicated switch
# an instruction's cost depends on the one before), and everything else is
# the same in both runs: the difference in executed instructions is 1000 x
# 63 nops, exactly.  Only the run is counted (build/vm's vm_run_dispatcher:
# loading and prepare use hash tables with a random key).  VM runs as a
# copy without debug information (valgrind 3.19 cannot read clang 14's).
sub count_per_nop {
    my ($vm, $name) = @_;
    defined $name or die "usage: $0 count VM NAME\n";
    my $dir = ($ENV{TMPDIR} // '/tmp') . "/marks-count.$$";
    mkdir $dir or die "$0: cannot create $dir\n";
    my @ir;
    my $ok = eval {
        system('objcopy', '--strip-debug', $vm, "$dir/vm") == 0 or die "objcopy failed\n";
        my $loop = sub { "        push $_[2]\n$_[0]:\n" . "        nop\n" x $_[1] . "        push 1\n        sub\n        dup\n        jnz $_[0]\n        drop\n" };
        for my $run ([2000, 1000], [1000, 2000]) {
            open(my $p, '>', "$dir/p.vm") or die "cannot write $dir/p.vm\n";
            print $p "; asm/marks.pl count\n", $loop->('many', 64, $run->[0]), $loop->('one', 1, $run->[1]), "        halt\n";
            close $p;
            my @err = run('sh', '-c', "valgrind --tool=callgrind --toggle-collect='vm_run_dispatcher*' --callgrind-out-file=/dev/null '$dir/vm' -d '$name' '$dir/p.vm' 2>&1 >'$dir/out'; echo status \$?");
            my ($n) = map { /Collected : (\d+)/ ? $1 : () } @err;
            defined $n or die 'valgrind: ' . ($err[-2] // 'no output') . "\n";
            $err[-1] eq 'status 0' && -z "$dir/out" or die "$vm -d $name did not run the program: " . join(' ', grep { !/^==/ } @err) . "\n";
            push @ir, $n;
        }
        1;
    };
    system('rm', '-rf', $dir);
    if (!$ok) { print STDERR "$0: $@"; return 1 }
    my $d = $ir[0] - $ir[1];
    print $d % 63000 ? sprintf("%.3f\n", $d / 63000) : $d / 63000 . "\n";
    return 0;
}

#!/usr/bin/perl
# asm/marks.pl — a dispatcher's machine code, read from the marks its source
# states (vm/interp.h, MARK): the one extractor behind `make asm`, the
# machine-code tests, the benchmark's static column and the docs listings.
#
#   marks.pl seq  [options] OBJECT   nop's dispatch sequence, one
#                                    "ADDRESS<TAB>INSTRUCTION" line each
#   marks.pl list [options] OBJECT   the annotated listing
#   marks.pl jumps [options] OBJECT  which handlers end in which indirect jump
#   marks.pl count VM NAME           valgrind's machine instructions per nop
#
# options: -o OBJDUMP (the target's), -g PREFIX (asm/gencode's dump of the
# code the dispatcher generates; default OBJDIR/asm/gen/NAME when OBJECT is
# OBJDIR/dispatch/NAME/*.o), -n NAME, -c TEXT (compiler line for the
# header), -O TEXT (object name for the header), -s FILE (list: also write
# the sequence there), -h LIST (list: handlers to show, comma-separated, or
# "all").  Exit status 1, with one line on stderr, when it cannot find
# what it is asked for; it never guesses.
#
# The facts, and where they come from:
#   marks      the DW_TAG_label entries the compiler wrote for MARK() labels
#              (objdump --dwarf=info): dl_handler_X (X's proven entry),
#              dl_checked_X (its checked entry), dl_dispatch, dl_count,
#              dl_trap.  A label whose code the compiler merged away has no
#              address; an address inside alignment padding means the
#              instruction after it.
#   functions  op_X and op_C_X, exact, where each handler is a function.
#   tables     a table of code addresses in a data section (labels-as-values
#              table, switch jump table), read from its relocations, or for
#              a table of offsets (AArch64 switch) from its bytes.  Entry i
#              is taken to be opcode i + k (opcode OP__COUNT + X: X's proven
#              variant) only for the k, and for offsets the base and scale,
#              under which every entry a mark or function also gives agrees
#              with it, and at least three do.
#   generated  asm/gencode's dump: the code, and per VM instruction which
#              handler it must call; the i-th handler call is checked
#              against the i-th instruction before anything is read from it.
#
# nop's dispatch sequence: from nop's proven entry, the code is followed to
# the transfer into the next instruction's handler: an indirect jump or
# call, a direct call of nop's handler (generated code), or a return that
# goes back to the dispatch loop's indirect call (the one its dispatch mark
# leads to) or into the generated code.  At a conditional branch the side
# that gets there without coming back to the branch is taken; if both or
# neither do, it says so.
use strict;
use warnings;
no warnings 'portable';
use File::Basename qw(dirname basename);
use Cwd qw(abs_path);

my $ROOT = abs_path(dirname(abs_path($0)) . '/..');
my $mode = shift // '';
if ($mode eq 'count') { exit count_per_nop(@ARGV) }
$mode =~ /^(seq|list|jumps)$/ or die "usage: $0 seq|list|jumps [options] OBJECT, or $0 count VM NAME\n";
my %opt = (o => 'objdump', h => 'push,add,jnz,call,ret');
my @pos;
while (@ARGV) { my $ad = shift; if ($ad =~ /^-([ogncOsh])$/ && @ARGV) { $opt{$1} = shift } else { push @pos, $ad } }
@ARGV = @pos;
@ARGV == 1 or die "$0: one object file expected\n";
my $OBJ = $ARGV[0];
-r $OBJ or fail("cannot read $OBJ");
my $NAME = $opt{n} // basename(dirname($OBJ));

sub fail { print STDERR "$0: $_[0]\n"; exit 1 }
sub hex_ { my $h = shift; $h =~ s/^0x//; return hex($h) }
sub run {
    open(my $fh, '-|', @_) or fail("cannot run $_[0]: $!");
    my @l = <$fh>;
    close $fh;
    chomp @l;
    return @l;
}

# ---- the instruction set: isa/opcodes.def ------------------------------------
my (@OPS, %ISA);
open(my $def, '<', "$ROOT/isa/opcodes.def") or fail("cannot read isa/opcodes.def");
while (<$def>) {
    next unless /^OP\((\w+),\s*"([^"]*)",\s*(\w+),\s*(\d+),\s*(\d+),\s*(\w+),\s*"([^"]*)",\s*"([^"]*)"\)/;
    $ISA{$1} = { op => scalar @OPS, mn => $2, opnd => $3, pops => $4, pushes => $5, flow => $6, eff => $7, doc => $8 };
    push @OPS, $1;
}
my $NOPS = @OPS;    # OP__COUNT; OP_PROVEN + X is X's proven variant

# ---- the object -------------------------------------------------------------------
my $fmt = join ' ', run($opt{o}, '-f', $OBJ);
my $ARCH = $fmt =~ /elf64-x86-64/ ? 'x86_64' : $fmt =~ /elf32-i386/ ? 'i386'
         : $fmt =~ /aarch64/ ? 'aarch64' : fail("$OBJ: no rules for this target ($fmt)");
my $PTR = $ARCH eq 'i386' ? 4 : 8;

# Instructions of .text: %I{address} = { t, fn, src, rel }; @A: addresses.
# The source line of each comes from the decoded line table (objdump -l
# names the wrong file for inlined code under DWARF 5): the last row for
# an address wins.
my (%I, @A, %FN, %LINE, $fn, $file, %where);
sub repo_path {    # a file the line table names, as a path in the repository
    my $f = shift;
    return $where{$f} //= $f =~ m{/} ? ($f =~ s{^.*?((isa|vm|dispatch|asm)/)}{$1}r)
        : (grep { -e "$ROOT/$_" } map { "$_/$f" } 'isa', 'vm', "dispatch/$NAME", 'asm')[0] // $f;
}
for (run($opt{o}, '--dwarf=decodedline', $OBJ)) {
    next if /^(Contents|CU)\b/ || /:$/;
    $LINE{hex $3} = $2 > 0 ? repo_path($1) . ":$2" : '' if /^(\S+)\s+(\d+)\s+(0x[0-9a-f]+|0)\b/;
}
my @LROWS = sort { $a <=> $b } keys %LINE;
for (run($opt{o}, '-d', '-r', '--no-show-raw-insn', '-j', '.text', $OBJ)) {
    if (/^([0-9a-f]+) <(.+)>:$/) { $fn = $2; $FN{$fn} //= hex $1; next }
    if (/^\s+[0-9a-f]+: (R_\w+)\s+(\S+)/ && @A) { $I{$A[-1]}{rel} //= $2; next }
    next unless /^\s+([0-9a-f]+):\t(.*)$/;
    my ($ad, $t) = (hex $1, $2);
    $t =~ s/\s+(#|\/\/) .*$//;
    $t =~ s/^\s+|\s+$//g;
    $t =~ s/\s+/ /g;
    next if $t eq '' || $t =~ /^(nop\w*|xchg %ax,%ax|data16|cs nop\w*|rep nop\w*)\b/;    # padding
    $I{$ad} = { t => $t, fn => $fn };
    push @A, $ad;
}
{   # each instruction's line: the last row at or before it
    my $r = 0;
    for my $ad (@A) {
        $r++ while $r + 1 < @LROWS && $LROWS[$r + 1] <= $ad;
        $I{$ad}{src} = $LINE{$LROWS[$r]} if @LROWS && $LROWS[$r] <= $ad && $LINE{$LROWS[$r]} ne '';
    }
}
@A or fail("$OBJ: no code in .text");
for my $i (0 .. $#A - 1) { $I{$A[$i]}{next} = $A[$i + 1] }

# The first instruction at or after a (skipping padding), or undef.
sub norm {
    my $ad = shift;
    return $ad if !defined $ad || $I{$ad};
    my ($lo, $hi) = (0, scalar @A);
    while ($lo < $hi) { my $m = ($lo + $hi) >> 1; if ($A[$m] < $ad) { $lo = $m + 1 } else { $hi = $m } }
    return $lo < @A && $A[$lo] - $ad < 32 ? $A[$lo] : undef;
}

# What kind of control transfer an instruction is, and its target.
sub kind {
    my $t = shift;
    if ($ARCH eq 'aarch64') {
        return 'ijump' if $t =~ /^br /;
        return 'icall' if $t =~ /^blr /;
        return 'ret'   if $t =~ /^ret\b/;
        return 'jump'  if $t =~ /^b /;
        return 'call'  if $t =~ /^bl /;
        return 'cond'  if $t =~ /^(b\.\w+|cbn?z|tbn?z) /;
        return 'stop'  if $t =~ /^(brk|udf)\b/;
        return '';
    }
    return 'ijump' if $t =~ /^(notrack |bnd )?jmp\w* \*/;
    return 'icall' if $t =~ /^(notrack |bnd )?call\w* \*/;
    return 'ret'   if $t =~ /^(repz |bnd )?ret/;
    return 'jump'  if $t =~ /^(bnd )?jmp\w* /;
    return 'call'  if $t =~ /^(bnd )?call\w* /;
    return 'cond'  if $t =~ /^(j\w+|loop\w*) /;
    return 'stop'  if $t =~ /^(ud2|hlt)\b/;
    return '';
}
sub target {     # a direct branch's target address, or the external symbol it names
    my $ad = shift;
    my $i = $I{$ad};
    return $1 if defined $i->{rel} && $i->{rel} !~ /^\.text\b/ && $i->{rel} =~ /^([\w.]+?)(?:[-+]0x[0-9a-f]+)?$/;
    return $i->{t} =~ /\b([0-9a-f]+) <[^>]*>$/ ? hex $1 : undef;
}
sub external { my $t = shift; defined $t && $t !~ /^\d+$/ }

# ---- marks: the DW_TAG_label entries of MARK() labels ---------------------------
# %MARK{address} = [names]; %HMARK{X}{proven|checked} = address (or undef when
# the label has none); @DISP: addresses of dispatch marks.
my (%MARK, %HMARK, @DISP, %seen_label);
{
    my (%die_name, @labels, $cur);
    for (run($opt{o}, '--dwarf=info', $OBJ)) {
        if (/^\s*<\d+><([0-9a-f]+)>: Abbrev Number: \d+(?: \((\w+)\))?/) {
            $cur = { off => hex $1, tag => $2 // '' };
            push @labels, $cur if $cur->{tag} eq 'DW_TAG_label';
            next;
        }
        next unless $cur;
        if (/DW_AT_name\s*:.*?(\S+)\s*$/)                 { $cur->{name} = $1; $die_name{$cur->{off}} = $1 }
        elsif (/DW_AT_low_pc\s*:.*?(0x[0-9a-f]+)\s*$/)    { $cur->{pc} = hex $1 }
        elsif (/DW_AT_abstract_origin\s*:\s*<0x([0-9a-f]+)>/) { $cur->{origin} = hex $1 }
    }
    for my $l (@labels) {
        my $n = $l->{name} // (defined $l->{origin} ? $die_name{$l->{origin}} : undef);
        next unless defined $n && $n =~ /^dl_(handler|checked|dispatch|count|trap)(?:_(\w+?))?_\d+$/;
        my ($what, $x) = ($1, $2);
        $seen_label{$what}++;
        my $ad = defined $l->{pc} ? norm($l->{pc}) : undef;
        if ($what eq 'handler' || $what eq 'checked') {
            my $k = $what eq 'handler' ? 'proven' : 'checked';
            $HMARK{$x}{$k} //= $ad;
            $HMARK{$x}{"n$k"}++;
        }
        next unless defined $ad;
        push @{$MARK{$ad}}, $what eq 'handler' || $what eq 'checked' ? "$what:$x" : $what;
        push @DISP, $ad if $what eq 'dispatch';
    }
}
my $NO_MARKS = $seen_label{handler} ? undef : "no MARK_HANDLER labels in its debug information "
    . "(no handler compiled in, or compiled without -g or with -DDL_NO_MARKS, or its OP_BEGIN has no MARK_HANDLER(NAME))";
fail("$OBJ: $NO_MARKS") if $NO_MARKS && $mode ne 'list';

# ---- symbols, relocations and contents of the data sections ----------------------
my (%SYM, @DATASYM);     # function name -> address; data objects
for (run($opt{o}, '-t', $OBJ)) {
    next unless /^([0-9a-f]+) .{7} (\S+)\s+([0-9a-f]+) (\S+)$/;
    my ($ad, $sec, $size, $n) = (hex $1, $2, hex $3, $4);
    $SYM{$n} = $ad if $sec eq '.text';
    push @DATASYM, [$sec, $ad, $size, $n] if $sec =~ /^\.(rodata|data)/ && $size > 0;
}
my (%DREL, $rsec);       # {section}{offset} = [type, value]
for (run($opt{o}, '-r', $OBJ)) {
    if (/^RELOCATION RECORDS FOR \[(.+)\]:/) { $rsec = $1; next }
    $DREL{$rsec}{hex $1} = [$2, $3] if defined $rsec && $rsec !~ /^\.(text|debug|eh_frame|note)/ && /^([0-9a-f]+) (\S+)\s+(\S+)$/;
}
my %BYTES;               # {section} = string of bytes
my %HAVE_SEC = map { /^\s*\d+ (\S+)/ ? ($1 => 1) : () } run($opt{o}, '-h', $OBJ);
for my $sec (grep { $HAVE_SEC{$_} } sort keys %{{ map { $_->[0] => 1 } @DATASYM }}, '.rodata') {
    next if defined $BYTES{$sec};
    $BYTES{$sec} = '';
    for (run($opt{o}, '-s', '-j', $sec, $OBJ)) {
        next unless /^ ([0-9a-f]+) ((?:[0-9a-f]{2,8} ){1,4})/;
        my ($o, $h) = (hex $1, $2);
        $h =~ s/ //g;
        substr($BYTES{$sec}, $o, length($h) / 2) = pack('H*', $h);
    }
}
sub word { my ($sec, $o, $w, $signed) = @_;
    return undef if $o < 0 || $o + $w > length($BYTES{$sec} // '');
    my $base0 = substr($BYTES{$sec}, $o, $w);
    my $v = 0;
    $v = $v * 256 + ord(substr($base0, $_, 1)) for reverse 0 .. $w - 1;
    $v -= 2 ** (8 * $w) if $signed && $v >= 2 ** (8 * $w - 1);
    return $v;
}

# ---- handler entries: functions, tables, marks ----------------------------------
# %ENTRY{X}{proven|checked} = [address, how it was found]
my %ENTRY;
my @NAMES = (@OPS, sort grep { !$ISA{$_} } keys %HMARK);
for my $x (@NAMES) {
    for my $k ('proven', 'checked') {
        my $f = $k eq 'proven' ? "op_$x" : "op_C_$x";
        if (defined $SYM{$f}) { $ENTRY{$x}{$k} = [$SYM{$f}, "the function $f"] }
    }
}
# Known entries by opcode index, for checking tables: functions, else marks.
my %KNOWN;
for my $x (@OPS) {
    for my $k ('checked', 'proven') {
        my $ad = $ENTRY{$x}{$k} ? $ENTRY{$x}{$k}[0] : $HMARK{$x}{$k};
        $KNOWN{$ISA{$x}{op} + ($k eq 'proven' ? $NOPS : 0)} = $ad if defined $ad;
    }
}
my @TABLES = find_tables();
for my $t (@TABLES) {
    for my $i (0 .. $#{$t->{v}}) {
        my $op = $i + $t->{k};
        next if $op < 0 || $op >= 2 * $NOPS;
        my ($x, $k) = ($OPS[$op % $NOPS], $op >= $NOPS ? 'proven' : 'checked');
        my $ad = $t->{v}[$i];
        next if $ad < 0;                    # not an address in the code
        my $prev = $ENTRY{$x}{$k};
        next if $prev && $prev->[1] !~ /^entry/;
        if ($prev && $prev->[0] != $ad) {
            fail("$OBJ: tables disagree on ${\ lc $x}'s $k entry: $prev->[1] gives "
                 . sprintf('%x', $prev->[0]) . ", entry $i of $t->{name} " . sprintf('%x', $ad));
        }
        $ENTRY{$x}{$k} //= [$ad, "entry $i of $t->{name} ($t->{how}; index = opcode"
                                . ($t->{k} ? sprintf(' %s %d', $t->{k} > 0 ? '-' : '+', abs $t->{k}) : '')
                                . ", agreeing with $t->{agree} entries the marks give)"];
    }
}
for my $x (@NAMES) {
    for my $k ('proven', 'checked') {
        next if $ENTRY{$x}{$k};
        my $ad = $HMARK{$x}{$k};
        my $m = $k eq 'proven' ? 'dl_handler' : 'dl_checked';
        $ENTRY{$x}{$k} = [$ad, "its mark ${m}_$x"] if defined $ad;
    }
}

# Tables: candidate starts are data symbols and the data addresses the code
# names; an entry is a relocated code address (or, without relocations, a
# 1-, 2- or 4-byte offset scaled and added to a base).
sub find_tables {
    my %start;
    $start{$_->[0]}{$_->[1]} = $_->[3] for @DATASYM;
    for my $ad (@A) {
        my $r = $I{$ad}{rel} // next;
        next unless $r =~ /^(\.(?:rodata|data)[\w.]*?)(?:([-+])0x([0-9a-f]+))?$/;
        my ($sec, $o) = ($1, defined $2 ? ($2 eq '-' ? -hex $3 : hex $3) : 0);
        $o += 4 if $ARCH eq 'x86_64' && $I{$ad}{t} =~ /\(%rip\)/;           # RIP-relative: from the field's end
        $o = hex $1 if $ARCH eq 'i386' && !$o && $I{$ad}{t} =~ /\b0x([0-9a-f]+)\(/;   # REL: the addend is in the insn
        $start{$sec}{$o} //= sprintf('the table at %s+0x%x', $sec, $o);
    }
    my @found;
    for my $sec (sort keys %start) {
        my @s = sort { $a <=> $b } keys %{$start{$sec}};
        for my $j (0 .. $#s) {
            my ($s, $end) = ($s[$j], $j < $#s ? $s[$j + 1] : length($BYTES{$sec} // ''));
            my $name = $start{$sec}{$s};
            if (my @v = reloc_entries($sec, $s)) {
                my $t = fit(\@v, 0, 1) or next;
                push @found, { %$t, name => $name, how => 'read from its relocations' };
                next;
            }
            for my $w (1, 2, 4) {
                for my $signed (0, 1) {
                    my @v = map { word($sec, $s + $_ * $w, $w, $signed) } 0 .. int(($end - $s) / $w) - 1;
                    next if @v < 3 || grep { !defined } @v;
                    for my $scale (1, 2, 4) {
                        my $t = fit(\@v, undef, $scale) or next;
                        push @found, { %$t, name => $name, how => sprintf('%d-byte offsets from its bytes, address = %x + %d * entry', $w, $t->{base}, $scale) };
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
        my ($sym, $add) = $val =~ /^([\w.]+?)(?:\+0x([0-9a-f]+))?$/ ? ($1, hex($2 // 0)) : (undef, 0);
        last unless defined $sym && ($sym eq '.text' || defined $SYM{$sym});
        $add += word($sec, $o, $w, 0) // 0 if $val eq $sym && $ARCH eq 'i386';     # REL: addend in the data
        my $v = ($sym eq '.text' ? 0 : $SYM{$sym}) + $add;
        $v -= $o - $s if $w == 4 && $PTR == 8;                                  # PC-relative: from the table
        push @v, $v;
        $o += $w;
    }
    return @v;
}
# The index offset k (and for offsets the base) under which the entries
# agree with the addresses functions and marks give: at least three, and a
# mark may be off where the compiler moved code around its label (gcc puts
# halt's dl_checked_HALT after the code it shares with the trap exit), but
# then eight agree for each that does not.  undef unless one k is best.
# A mark agrees with an entry when it is there or at most two instructions
# on, straight or through a jump: clang may put a register copy before
# the label's address, gcc a proven entry's `jmp` to the body it shares
# with the checked entry (dispatch/token with gcc 12).
sub near {
    my ($e, $m) = @_;
    for (0 .. 2) {
        return 0 unless defined $e && $I{$e};
        return 1 if $e == $m;
        my $k = kind($I{$e}{t});
        return 0 if $k && $k ne 'jump';
        $e = $k ? target($e) : $I{$e}{next};
        return 0 if external($e);
    }
    return 0;
}
sub fit {
    my ($v, $base, $scale) = @_;
    my @ok;
    for my $k (-2 .. 2) {
        my ($base0, $agree, @bad) = ($base, 0);
        if (!defined $base0) {    # the base most entries agree on
            my %n;
            for my $i (0 .. $#$v) { my $kn = $KNOWN{$i + $k} // next; $n{$kn - $scale * $v->[$i]}++ }
            ($base0) = sort { $n{$b} <=> $n{$a} || $a <=> $b } keys %n;
            next unless defined $base0;
        }
        for my $i (0 .. $#$v) {
            my $known = $KNOWN{$i + $k} // next;
            if (near(norm($base0 + $scale * $v->[$i]), $known)) { $agree++ } else { push @bad, $i + $k }
        }
        push @ok, { k => $k, base => $base0, agree => $agree, bad => \@bad } if $agree >= 3 && @bad * 8 <= $agree;
    }
    @ok = sort { $b->{agree} <=> $a->{agree} } @ok;
    return undef unless @ok == 1 || (@ok > 1 && $ok[0]{agree} > $ok[1]{agree});
    my $t = $ok[0];
    $t->{v} = [map { norm($t->{base} + $scale * $_) // -1 } @$v];
    return $t;
}

# ---- generated code (asm/gencode) ----------------------------------------------------
my $GENPFX = $opt{g};
if (!defined $GENPFX && abs_path($OBJ) =~ m{^(.*)/dispatch/\Q$NAME\E/[^/]+\.o$}) { $GENPFX = "$1/asm/gen/$NAME" }
my (%G, @GA, @GCALLS, @GINSN, $gen_note);    # generated instructions, handler calls, VM instructions
sub load_gen {
    return 0 unless defined $GENPFX && -r "$GENPFX.map" && -r "$GENPFX.bin";
    my %map;
    open(my $m, '<', "$GENPFX.map") or return 0;
    while (<$m>) {
        if (/^insn (\d+) (\d+) (\w+) (\d)$/) { push @GINSN, { ord => $1, line => $2, mn => $3, proven => $4 } }
        elsif (/^(\w+) (\S+)/) { $map{$1} = $2 }
    }
    my ($code, $bin) = (hex $map{code}, $map{binary});
    $bin = "$ROOT/$bin" if defined $bin && !-e $bin && -e "$ROOT/$bin";
    my (%addr, $anchor, $far);
    for (run('nm', $bin)) { next unless /^([0-9a-f]+) [tT] (\S+)$/; $addr{hex $1} = $2 }
    for (run('nm', $bin)) { $anchor = hex $1 if /^([0-9a-f]+) [RrDd] dispatchers$/ }
    my $delta = defined $anchor && defined $map{anchor} ? hex($map{anchor}) - $anchor : 0;
    for (run($opt{o}, '-D', '-b', 'binary', '-m', $ARCH eq 'aarch64' ? 'aarch64' : 'i386:x86-64', '--no-show-raw-insn',
             sprintf('--adjust-vma=0x%x', $code), "$GENPFX.bin")) {
        next unless /^\s+([0-9a-f]+):\t(.*)$/;
        my ($ad, $t) = (hex $1, $2);
        $t =~ s/\s+(#|\/\/) .*$//;
        $t =~ s/^\s+|\s+$//g;
        $t =~ s/\s+/ /g;
        $G{$ad} = { t => $t };
        push @GA, $ad;
        # a handler call: direct, or through a register loaded just before
        # (x86-64 movabs $h,%rax; call *%rax: handlers out of reach)
        $far = $t =~ /^movabs \$0x([0-9a-f]+),%rax$/ ? hex $1 : undef if $t !~ /^call \*%rax$/;
        my $to = $t =~ /^(call|bl) (0x)?([0-9a-f]+)$/ ? hex $3 : $t eq 'call *%rax' ? $far : undef;
        if (defined $to && defined(my $h = $addr{$to - $delta})) {
            $G{$ad}{t} .= " <$h>";
            $G{$ad}{handler} = $h if $h =~ /^op_/;
            push @GCALLS, $ad if $h =~ /^op_/;
        }
    }
    $G{$GA[$_]}{next} = $GA[$_ + 1] for 0 .. $#GA - 1;
    # the i-th handler call must be the i-th instruction's handler
    my $n = @GINSN;
    @GCALLS == 2 * $n or return gen_fail(sprintf('%d handler calls for %d instructions in two copies', scalar @GCALLS, $n));
    for my $i (0 .. $#GCALLS) {
        my $ins = $GINSN[$i % $n];
        my $want = ($i < $n && $ins->{proven} ? 'op_' : 'op_C_') . uc $ins->{mn};
        $G{$GCALLS[$i]}{handler} eq $want or return gen_fail("call $i reaches $G{$GCALLS[$i]}{handler}, not $want");
        $G{$GCALLS[$i]}{insn} = $i;
    }
    return 1;
}
sub gen_fail { $gen_note = "the generated code does not call one handler per VM instruction in order ($_[0])"; @GCALLS = (); return 0 }
my $HAVE_GEN = load_gen();

# ---- nop's dispatch sequence ---------------------------------------------------------
my $E = $ENTRY{NOP}{proven};
my ($SEQ, $SEQ_ERR) = $NO_MARKS ? (undef, $NO_MARKS) : $E ? eval { (nop_sequence($E->[0]), undef) } : (undef,
    "no address for nop's proven entry: no function op_NOP, no table entry for it, and its mark dl_handler_NOP "
    . ($HMARK{NOP}{nproven} ? 'has no address (the compiler merged its code away)' : 'is missing'));
($SEQ, $SEQ_ERR) = (undef, $@ =~ s/\n$//r) if !$SEQ && !$SEQ_ERR;

# The instruction after the indirect call a dispatch mark leads to: where a
# handler's return goes on (call threading); undef when none does.
sub return_site {
    my %site;
    for my $d (@DISP) {
        my $ad = $d;
        for (1 .. 16) {
            last unless defined $ad && $I{$ad};
            my $k = kind($I{$ad}{t});
            if ($k eq 'icall') { $site{$ad} = 1; last }
            last if $k && $k ne 'jump';
            $ad = $k eq 'jump' ? target($ad) : $I{$ad}{next};
            last if external($ad);
        }
    }
    my @s = sort { $a <=> $b } keys %site;
    die sprintf("several indirect calls follow dispatch marks (%s)\n", join ', ', map { sprintf '%x', $_ } @s) if @s > 1;
    return @s ? $I{$s[0]}{next} : undef;
}

sub nop_sequence {
    my $e = shift;
    my $after_ret = return_site();
    my @seq = walk($e, $e, {}, $after_ret, 0);
    die "from nop's entry at " . sprintf('%x', $e) . " no path reaches the next handler\n" unless @seq;
    return \@seq;
}
# The instructions from a to the next handler (a list of [where, address]),
# or () when this path comes back to `avoid` or leaves in another way.
sub walk {
    my ($ad, $e, $avoid, $after_ret, $depth) = @_;
    my (@seq, %here);
    die "conditional branches nest too deep after nop's entry\n" if $depth > 8;
    while (1) {
        if (!defined $ad) { return () }
        if ($ad =~ /^g(\d+)$/) {                                     # generated code
            my $g = $1;
            return () if $here{$ad}++ || @seq > 64;
            push @seq, ['gen', $g];
            my $t = $G{$g}{t};
            return @seq if defined $G{$g}{handler} && $G{$g}{handler} eq 'op_NOP';
            die "generated code between two nops has a branch at " . sprintf('%x', $g) . ": $t\n" if $t =~ /^(j|b|ret|call|bl)/;
            $ad = defined $G{$g}{next} ? "g$G{$g}{next}" : undef;
            next;
        }
        return () if $avoid->{$ad} || $here{$ad}++ || @seq > 64 || !$I{$ad};
        push @seq, ['obj', $ad];
        my $k = kind($I{$ad}{t});
        return @seq if $k eq 'ijump' || $k eq 'icall';
        if ($k eq 'call') {
            my $t = target($ad);
            return @seq if defined $t && !external($t) && $t == $e;
            die "nop's path calls $t at " . sprintf('%x', $ad) . "\n" if external($t);
        }
        if ($k eq 'ret') {
            if (defined $after_ret) { $ad = $after_ret; next }
            die(($gen_note // "nop's handler returns into code generated at run time, and there is no dump of it"
                 . (defined $GENPFX ? " ($GENPFX.map: run asm/gencode, make asm)" : ' (give -g PREFIX)')) . "\n")
                unless @GCALLS;
            my ($i) = grep { $G{$GCALLS[$_]}{handler} eq 'op_NOP' && $G{$GCALLS[$_ + 1]}{handler} eq 'op_NOP' } 0 .. $#GCALLS - 1;
            die "the sample program has no two nops in a row to measure between\n" unless defined $i;
            $ad = "g$G{$GCALLS[$i]}{next}";
            next;
        }
        die "nop's path reaches a trap instruction at " . sprintf('%x', $ad) . "\n" if $k eq 'stop';
        if ($k eq 'jump') {
            my $t = target($ad);
            die "nop's path jumps to $t at " . sprintf('%x', $ad) . "\n" if external($t);
            $ad = $t;
            next;
        }
        if ($k eq 'cond') {
            my %av = (%$avoid, %here);
            my @taken = walk(target($ad), $e, \%av, $after_ret, $depth + 1);
            my @fall  = walk($I{$ad}{next}, $e, \%av, $after_ret, $depth + 1);
            die sprintf("both sides of the branch at %x reach a handler\n", $ad) if @taken && @fall;
            return () unless @taken || @fall;
            return (@seq, @taken ? @taken : @fall);
        }
        $ad = $I{$ad}{next};
    }
}

# ---- the instruction meanings --------------------------------------------------------
my %CC = (e => 'equal', z => 'zero', ne => 'not equal', nz => 'not zero', l => 'less', le => 'less or equal',
          g => 'greater', ge => 'greater or equal', b => 'below (unsigned)', be => 'below or equal (unsigned)',
          a => 'above (unsigned)', ae => 'above or equal (unsigned)', s => 'negative', ns => 'not negative',
          o => 'overflow', no => 'no overflow', lt => 'less', gt => 'greater', eq => 'equal', hi => 'above (unsigned)',
          ls => 'below or equal (unsigned)', hs => 'above or equal (unsigned)', lo => 'below (unsigned)',
          cs => 'carry', cc => 'no carry', mi => 'negative', pl => 'not negative', c => 'carry', nc => 'no carry',
          nb => 'not below', nae => 'below', na => 'not above', ng => 'not greater', nl => 'not less', p => 'parity');
my %X86 = (mov => 'move', add => 'add', sub => 'subtract', imul => 'multiply', mul => 'multiply (unsigned)',
    idiv => 'divide (signed)', div => 'divide (unsigned)', neg => 'negate', not => 'complement', and => 'and',
    or => 'or', xor => 'exclusive or', shl => 'shift left', sal => 'shift left', shr => 'shift right (logical)',
    sar => 'shift right (arithmetic)', inc => 'add 1', dec => 'subtract 1', adc => 'add with carry',
    sbb => 'subtract with borrow', cmp => 'compare', test => 'test bits', lea => 'address arithmetic (no memory access)',
    cqto => 'sign-extend into %rdx for the division', cltq => 'sign-extend %eax to %rax',
    cltd => 'sign-extend into %edx for the division', cwtl => 'sign-extend %ax to %eax', push => 'push on the machine stack',
    pop => 'pop from the machine stack', xchg => 'exchange', bswap => 'reverse the bytes',
    endbr64 => 'landing pad for indirect branches (CET)', endbr32 => 'landing pad for indirect branches (CET)',
    ud2 => 'trap instruction (never reached)', hlt => 'halt (never reached)', leave => 'restore the frame pointer',
    movabs => 'move a 64-bit constant', ret => 'return', jmp => 'jump', call => 'call');
my %A64 = (ldr => 'load', ldrb => 'load a byte', ldrh => 'load 2 bytes', ldrsw => 'load 4 bytes, sign-extended',
    ldur => 'load', ldurb => 'load a byte', ldursw => 'load 4 bytes, sign-extended', ldp => 'load a pair',
    str => 'store', strb => 'store a byte', strh => 'store 2 bytes', stur => 'store', stp => 'store a pair',
    mov => 'copy register', movz => 'set to a constant', movk => 'set 16 bits of a constant', movn => 'set to an inverted constant',
    add => 'add', adds => 'add, setting flags', sub => 'subtract', subs => 'subtract, setting flags', mul => 'multiply',
    madd => 'multiply-add', msub => 'multiply-subtract', sdiv => 'divide (signed)', udiv => 'divide (unsigned)',
    neg => 'negate', mvn => 'complement', and => 'and', ands => 'and, setting flags', orr => 'or', eor => 'exclusive or',
    lsl => 'shift left', lsr => 'shift right (logical)', asr => 'shift right (arithmetic)', cmp => 'compare',
    cmn => 'compare with the negated value', tst => 'test bits', csel => 'select by condition',
    cset => 'set to the condition', csetm => 'set to all ones by condition', csinc => 'select or increment by condition',
    csinv => 'select or invert by condition', csneg => 'select or negate by condition', adrp => 'address of a 4 KiB page',
    adr => 'address', sxtw => 'sign-extend 4 bytes', sxtb => 'sign-extend a byte', uxtb => 'zero-extend a byte',
    uxth => 'zero-extend 2 bytes', sbfiz => 'sign-extend and shift', ubfiz => 'zero-extend and shift',
    ubfx => 'extract bits', sbfx => 'extract bits, sign-extended', cbz => 'branch if zero', cbnz => 'branch if not zero',
    tbz => 'branch if the bit is zero', tbnz => 'branch if the bit is set', b => 'jump', bl => 'call', br => 'jump',
    blr => 'call', ret => 'return', brk => 'trap instruction (never reached)', paciasp => 'sign the return address',
    autiasp => 'check the return address', bti => 'landing pad for indirect branches (BTI)');

# The meaning of one instruction, from the tables above.
sub meaning {
    my $t = shift;
    my ($m, $ops) = $t =~ /^(?:(?:notrack|bnd|lock|rep\w*) )?(\S+)\s*(.*)$/;
    my $k = kind($t);
    return 'indirect jump' if $k eq 'ijump';
    return 'indirect call' if $k eq 'icall';
    if ($ARCH eq 'aarch64') {
        my $base = $m =~ /^b\.(\w+)$/ ? 'branch if ' . ($CC{$1} // $1) : $A64{$m};
        return "(not in the meaning table: $m)" unless defined $base;
        $base = 'set to a constant' if $m eq 'mov' && $ops =~ /, #/;
        $base .= ', then advance the address register' if $ops =~ /\], #/;
        $base = 'advance the address register, then ' . $base if $ops =~ /\]!/;
        return $base;
    }
    my @o;
    push @o, $1 while $ops =~ /\G\s*((?:[^,(]|\([^)]*\))+)\s*(?:,|$)/gc;
    my ($src, $dst) = (@o > 1 ? $o[0] : undef, $o[-1] // '');
    my $mem = sub { my $x = shift; defined $x && $x !~ /^[\$%*]/ && $x ne '' };
    my $base;
    if ($m =~ /^j(\w+)$/ && $k eq 'cond') { $base = 'branch if ' . ($CC{$1} // $1) }
    elsif ($m =~ /^set(\w+)$/ && $CC{$1}) { $base = "set to 1 if $CC{$1}, else 0" }
    elsif ($m =~ /^cmov(\w+)$/ && $CC{$1}) { $base = "move if $CC{$1}" }
    elsif ($m =~ /^mov[sz]/ && $m !~ /^movs[bwlq]?$/) { $base = $m =~ /^movz/ ? 'zero-extend' : 'sign-extend' }
    else {
        (my $bare = $m) =~ s/(?<=[a-z]{2})[bwlq]$// unless $X86{$m};
        $base = $X86{$bare // $m};
    }
    return "(not in the meaning table: $m)" unless defined $base;
    if ($m =~ /^mov/ && $m !~ /^movabs/) {
        return 'load, ' . $base if $base =~ /extend/ && $mem->($src);
        return $base if $base =~ /extend/;
        return 'load' if $mem->($src);
        return 'store' if $mem->($dst);
        return 'set to a constant' if defined $src && $src =~ /^\$/;
        return 'copy register';
    }
    return $base if $k || $m =~ /^(lea|push|pop|cmp|test)/;
    return "$base, in memory" if $mem->($dst) && @o > 1;
    return "$base, with a value from memory" if $mem->($src);
    return $base;
}

# ---- modes ----------------------------------------------------------------------------
sub insn_text { my $w = shift; $w->[0] eq 'gen' ? $G{$w->[1]}{t} : $I{$w->[1]}{t} }
sub addr_text { my $w = shift; $w->[0] eq 'gen' ? 'gen' : sprintf('%x', $w->[1]) }
sub short_kind {    # one or two words for the summary line
    my $m = meaning(shift);
    $m =~ s/^(load|store), .*/$1/;
    $m =~ s/ (\(|to |on |if |the |a |by |from |of |for ).*//;
    return $m;
}

if ($mode eq 'seq') {
    fail("$OBJ: $SEQ_ERR") unless $SEQ;
    printf "%s\t%s\n", addr_text($_), insn_text($_) for @$SEQ;
    exit 0;
}

# The code of handler x: every instruction reachable from its entries
# before it dispatches or traps, with the region each lies in.
my %ON_NOP_PATH = $SEQ ? map { $_->[0] eq 'obj' ? ($_->[1] => 1) : () } @$SEQ : ();
my %ENTRY_AT;
for my $x (@NAMES) { for my $k ('proven', 'checked') { push @{$ENTRY_AT{$ENTRY{$x}{$k}[0]}}, "$k:$x" if $ENTRY{$x}{$k} } }
sub handler_code {
    my $x = shift;
    my (%region, %ends);
    my $begin = ops_line("OP_BEGIN($x)");
    my $walk = sub {              # everything reachable from a, in region r
        my @todo = ([@_]);
        my $budget = 400;
        while (my $w = shift @todo) {
            my ($ad, $r) = @$w;
            while (defined $ad && $I{$ad} && !defined $region{$ad} && $budget-- > 0) {
                $r = $_ for grep { /^(dispatch|count|trap)$/ && mark_holds($_, $ad) } @{$MARK{$ad} // []};
                $r = 'body' if $r eq 'guard' && ($I{$ad}{src} // '') !~ /^isa\/ops\.inc:\Q$begin\E$/;
                $r = 'dispatch' if $ON_NOP_PATH{$ad} && $r ne 'trap';
                my $k = kind($I{$ad}{t});
                $region{$ad} = $k eq 'ijump' || $k eq 'icall' ? 'dispatch' : $r;
                if ($r eq 'trap' && ($k eq 'jump' || $k eq 'call')) { $ends{$ad} = 'trap exit'; last }  # the shared rest is not listed
                if ($k eq 'ijump' || $k eq 'icall' || $k eq 'ret' || $k eq 'stop') { $ends{$ad} = $k; last }
                my $t = target($ad);
                if (($k eq 'jump' || $k eq 'call') && external($t)) {
                    $ends{$ad} = $t =~ /vm_stop|longjmp|abort/ ? 'trap exit' : "calls $t";
                    last if $k eq 'jump' || $ends{$ad} eq 'trap exit';
                } elsif ($k eq 'jump') { $ad = $t; next }
                push @todo, [$t, is_trap_path($t) ? 'trap' : $r] if $k eq 'cond';
                $ad = $I{$ad}{next};
            }
        }
    };
    $walk->($ENTRY{$x}{proven}[0], ($ISA{$x}{flow} // '') eq 'CALL' ? 'guard' : 'body') if $ENTRY{$x}{proven};
    if (my $c = $ENTRY{$x}{checked}) {
        # the checks: the checked entry's straight path up to its last branch to a trap
        my ($ad, @p, $last) = ($c->[0]);
        while (defined $ad && $I{$ad} && !defined $region{$ad} && @p < 40) {
            push @p, $ad;
            my ($k, $t) = (kind($I{$ad}{t}), target($ad));
            if ($k eq 'cond' && is_trap_path($t)) { $last = $#p; $ad = $I{$ad}{next} }
            elsif ($k eq 'jump' && !external($t)) { $ad = $t }
            elsif ($k) { last }
            else { $ad = $I{$ad}{next} }
        }
        if (defined $last) {
            for my $i (0 .. $last) {
                $region{$p[$i]} = 'check';
                $walk->(target($p[$i]), 'trap') if kind($I{$p[$i]}{t}) eq 'cond';
            }
            $walk->($I{$p[$last]}{next}, 'body');
        } else {
            $walk->($c->[0], 'body');
        }
    }
    return (\%region, \%ends);
}
my %OPS_LINE;
sub ops_line {    # the line of isa/ops.inc that holds text
    my $want = shift;
    if (!%OPS_LINE && open(my $h, '<', "$ROOT/isa/ops.inc")) {
        while (<$h>) { $OPS_LINE{$1} //= $. while /(OP_BEGIN\(\w+\))/g }
    }
    return $OPS_LINE{$want} // -1;
}
# Does the code at a lead, without a conditional branch, to a trap exit
# (vm_stop, longjmp)?
sub is_trap_path {
    my $ad = shift;
    for (1 .. 24) {
        return 0 unless defined $ad && $I{$ad};
        my $k = kind($I{$ad}{t});
        my $t = target($ad);
        return 1 if ($k eq 'call' || $k eq 'jump') && external($t) && $t =~ /vm_stop|longjmp|abort/;
        return 0 if $k && $k ne 'jump' && $k ne 'call';
        $ad = $k eq 'jump' && !external($t) ? $t : $I{$ad}{next};
    }
    return 0;
}

# A mark's label may sit where the compiler put the code after it (gcc
# gives a trap's label the address after the moved trap block): a dispatch
# mark counts where a straight path from it dispatches, a trap mark where
# one traps.
sub mark_holds {
    my ($what, $ad) = @_;
    return is_trap_path($ad) if $what eq 'trap';
    return 1 if $what ne 'dispatch';
    for (1 .. 24) {
        return 0 unless defined $ad && $I{$ad};
        my $k = kind($I{$ad}{t});
        return 1 if $k =~ /^(ijump|icall|ret)$/ || $ON_NOP_PATH{$ad};
        return 0 if $k && $k ne 'jump';
        $ad = $k ? target($ad) : $I{$ad}{next};
        return 0 if external($ad);
    }
    return 0;
}

if ($mode eq 'jumps') {
    my %by;
    my @h = grep { $ENTRY{$_}{proven} } @NAMES;
    my $n = 0;
    for my $x (@h) {
        my (undef, $ends) = handler_code($x);
        my @j = grep { $ends->{$_} eq 'ijump' } keys %$ends;
        $n++ if @j;
        push @{$by{$_}}, lc $x for @j;
    }
    my @j = sort { $a <=> $b } keys %by;
    printf "%d dispatch jump%s for %d handlers that end in one\n", scalar @j, @j == 1 ? '' : 's', $n;
    for (grep { @{$by{$_}} > 1 } @j) { printf "shared by %s (at %x)\n", join(' ', @{$by{$_}}), $_ }
    exit 0;
}

# ---- the listing ------------------------------------------------------------------------
my %REGION = (check => 'check', guard => 'guard', body => 'body', dispatch => 'dispatch', count => 'count', trap => 'trap');
my %REGION_SAYS = (
    check => 'the checked entry: the depth checks CHECKS() derives from isa/opcodes.def',
    guard => "the proven entry: does the callee's whole frame fit (GUARD)? if not, run the call checked",
    body => 'the body (isa/ops.inc)', dispatch => 'the dispatch: on to the next instruction',
    count => 'counting at a taken branch (vm/interp.h, COUNTING): the step limit, then the jump',
    trap => 'a trap: leave through vm_stop');
my (%FILE, $out);
sub src_text {    # "file:line   the line's text"
    my $s = shift;
    my ($f, $l) = $s =~ /^(.*):(\d+)$/ or return $s;
    $FILE{$f} //= do { my @l; if (open(my $h, '<', "$ROOT/$f")) { @l = <$h> } \@l };
    my $t = $FILE{$f}[$l - 1] // '';
    $t =~ s/^\s+|\s+$//g;
    $t =~ s/\s+/ /g;
    $t = substr($t, 0, 57) . '...' if length $t > 60;
    return $t eq '' ? $s : sprintf('%-22s %s', $s, $t);
}
sub out { $out .= join('', @_) . "\n" }
sub line_for {
    my ($ad, $t, $comment) = @_;
    return sprintf("%9s:  %-40s ; %s", $ad, $t, $comment);
}
sub branch_note {
    my ($ad, $region) = @_;
    my $k = kind($I{$ad}{t});
    my $t = target($ad);
    return '' unless $k eq 'cond' || $k eq 'jump' || $k eq 'call';
    return external($t) ? " $t" . ($t =~ /vm_stop|longjmp/ ? ' (the trap exit)' : '') : '' if !defined $t || external($t);
    my @n;
    push @n, 'to a trap' if $k eq 'cond' && is_trap_path($t);
    push @n, 'to ' . join(' and ', map { my ($kk, $x) = split /:/; lc($x) . "'s $kk entry" } @{$ENTRY_AT{$t}}) if $ENTRY_AT{$t};
    push @n, 'back into the dispatch' if $ON_NOP_PATH{$t} && $region ne 'dispatch' && !$ENTRY_AT{$t};
    return @n ? ' → ' . join(', ', @n) : '';
}

my $summary = '';
if (open(my $s, '<', glob("$ROOT/dispatch/$NAME/*.c") // '')) { local $/; ($summary) = (<$s> =~ /\.summary\s*=\s*"([^"]*)"/) }
out "dispatchlab: the machine code of the '$NAME' dispatcher, annotated";
out $summary if defined $summary && $summary ne '';
out '';
out 'Made by asm/marks.pl (make asm, make asm-docs); do not edit.';
out 'object:   ', $opt{O} // $OBJ;
out 'compiler: ', $opt{c} if defined $opt{c};
out 'target:   ', { x86_64 => 'x86-64', i386 => 'i386', aarch64 => 'AArch64' }->{$ARCH},
    ($ARCH eq 'aarch64' ? '' : ' (AT&T syntax: source, destination)'), '; addresses are offsets in .text';
out '';
my $seqline = $SEQ ? sprintf('dispatch: %d instruction%s (%s)', scalar @$SEQ, @$SEQ == 1 ? '' : 's',
                             join(', ', map { short_kind(insn_text($_)) } @$SEQ))
                   : "dispatch: not found: $SEQ_ERR";
out $seqline;
out '';
out <<'EOT';
How to read this.  The dispatch macros mark each handler's two entries and
where its dispatch, counting and traps are (MARK in vm/interp.h); the
compiler records where those labels ended up, and this listing shows the
code between them.  Each instruction's comment names its part of the VM
instruction, then what the machine instruction does:
  check     the checked entry: the depth checks from isa/opcodes.def
  guard     a proven call's check that the callee's frame fits
  body      the instruction's work (isa/ops.inc)
  count     a taken branch: the step limit and the count (vm/interp.h)
  dispatch  getting to the next instruction's handler
  trap      the way out to vm_stop
A handler's code is what its entries reach before it dispatches or traps,
in address order; "..." separates pieces that are not adjacent.  Which
register holds which variable the compiler's own assembly says (make asm
writes it beside this listing, NAME.s, -fverbose-asm).
EOT

sub section {
    my ($title, $text) = @_;
    out '=' x 78;
    out $title;
    out '=' x 78;
    out $text if defined $text && $text ne '';
}
section('nop: the dispatch sequence',
        "nop's handler does nothing, so everything from its entry to the next\n"
        . "handler's entry is dispatch: what every VM instruction costs on top of\n"
        . "its work.  (valgrind counts the same per nop: tests/suites/30-machine-code.sh.)");
if ($SEQ) {
    out "proven entry ", sprintf('%x', $E->[0]), ": $E->[1]." if $E;
    my $last = '';
    for my $w (@$SEQ) {
        if ($w->[0] eq 'gen') { out '  ; generated by prepare() (asm/gencode): the next nop\'s set-up and handler call' if $last ne 'gen'; }
        else {
            my $s = $I{$w->[1]}{src} // '';
            out "  ; ", src_text($s) if $s ne $last && $s ne '';
            $last = $s;
        }
        $last = 'gen' if $w->[0] eq 'gen';
        my $t = insn_text($w);
        my $c = 'dispatch: ' . meaning($t);
        $c .= ' → the next handler' if kind($t) =~ /^(ijump|icall)$/ || ($w->[0] eq 'gen' && $G{$w->[1]}{handler});
        $c .= ' → back to the code that called the handler' if kind($t) eq 'ret';
        if ($w->[0] eq 'obj' && kind($t) eq 'cond') { $c .= ': not taken' if $I{$w->[1]}{next} == ($SEQ->[(grep { $SEQ->[$_] == $w } 0 .. $#$SEQ)[0] + 1] // [0, -1])->[1]; }
        out line_for($w->[0] eq 'gen' ? sprintf('%x', $w->[1]) : sprintf('%x', $w->[1]), $t, $c);
    }
} else {
    out "Not found: $SEQ_ERR.";
}

my @show = $NO_MARKS ? () : ($opt{h} eq 'all' ? (grep { $_ ne 'NOP' } @NAMES) : (map { uc } split /,/, $opt{h}), grep { !$ISA{$_} } @NAMES);
my %did;
for my $x (grep { !$did{$_}++ } @show) {
    my $i = $ISA{$x};
    section(lc($x) . ($i ? " ($i->{eff}): $i->{doc}" : ': a handler of this dispatcher only (not in isa/opcodes.def)'));
    for my $k ('checked', 'proven') {
        my $e = $ENTRY{$x}{$k};
        out $e ? sprintf("%s entry %x: %s.", $k, $e->[0], $e->[1])
               : "$k entry: not found (" . ($HMARK{$x}{"n$k"} ? 'its mark has no address: the compiler merged its code with other code'
                                                               : 'no mark, no function, no table entry') . ').';
    }
    out 'depth checks: ', $i ? "$i->{pops} value(s) on the data stack, room for "
        . ($i->{pushes} > $i->{pops} ? $i->{pushes} - $i->{pops} : 0) . ' more'
        . ($i->{flow} eq 'CALL' ? ', room on the return stack' : $i->{flow} eq 'RET' ? ', a return address' : '')
        . " (isa/opcodes.def: POPS $i->{pops}, PUSHES $i->{pushes}, FLOW $i->{flow})." : 'as the dispatcher defines them.';
    my ($region, $ends) = handler_code($x);
    my ($prev, $src, $reg) = (undef, '', '');
    for my $ad (sort { $a <=> $b } keys %$region) {
        out '       ...' if defined $prev && $I{$prev}{next} != $ad;
        if ($region->{$ad} ne $reg) { $reg = $region->{$ad}; out "  -- $reg: $REGION_SAYS{$reg}" }
        my $s = $I{$ad}{src} // '';
        if ($s ne $src && $s ne '') { out "  ; ", src_text($s); $src = $s }
        my $t = $I{$ad}{t};
        my $c = "$REGION{$reg}: " . meaning($t) . branch_note($ad, $reg);
        $c .= ' → the trap exit (shared code that calls vm_stop)' if ($ends->{$ad} // '') eq 'trap exit' && $c !~ /trap exit/;
        $c .= ' → the next handler' if ($ends->{$ad} // '') =~ /^(ijump|icall)$/;
        $c .= ' → back to the caller' if ($ends->{$ad} // '') eq 'ret';
        out line_for(sprintf('%x', $ad), $t, $c);
        $prev = $ad;
    }
    out '  (no code found)' unless %$region;
}

if (defined $GENPFX && -r "$GENPFX.map" || defined $gen_note) {
    section('the generated code (' . ($summary =~ /^([^:]+)/ ? $1 : $NAME) . ')',
            "What prepare() generated for asm/sample.vm (asm/gencode): the first\n"
            . "copy runs the proven handlers, the second the checked ones.");
    if (!$HAVE_GEN) { out 'Not shown: ', $gen_note // 'the dump is incomplete' }
    else {
        my (%call_of, %starts);
        $call_of{$GCALLS[$_]} = $_ for 0 .. $#GCALLS;
        my $n = @GINSN;
        my $ci = 0;
        for my $g (@GA) {
            if (defined(my $i = $call_of{$g})) {
                my $ins = $GINSN[$i % $n];
                my $c = sprintf("instruction %d (asm/sample.vm:%d %s), %s copy: its handler", $i % $n, $ins->{line}, $ins->{mn},
                                $i < $n ? 'verified' : 'checked');
                out line_for(sprintf('%x', $g), $G{$g}{t}, $c);
                $ci = $i + 1;
                next;
            }
            my $t = $G{$g}{t};
            my $where = $ci == 0 ? 'entry' : $ci >= 2 * $n ? 'after the last handler call'
                      : ($GINSN[($ci - 1) % $n]{flow_next} //= ($ISA{uc $GINSN[($ci - 1) % $n]{mn}}{flow} eq 'NEXT'))
                        ? sprintf('instruction %d: set-up', $ci % $n)
                        : sprintf('instruction %d\'s control flow, then %d\'s set-up', ($ci - 1) % $n, $ci % $n);
            my $c = "$where: " . meaning($t);
            if ($t =~ /^(j\w+|b(\.\w+)?|call|bl|cbn?z)\b.*?(?:0x)?([0-9a-f]+)$/ && $G{hex $3}) {
                my ($c2) = grep { $GCALLS[$_] >= hex $3 } 0 .. $#GCALLS;
                $c .= sprintf(' → instruction %d', $c2 % $n) if defined $c2;
            }
            out line_for(sprintf('%x', $g), $t, $c);
        }
    }
}
if (defined $opt{s}) {
    open(my $f, '>', $opt{s}) or fail("cannot write $opt{s}");
    print $f "# $seqline\n";
    printf $f "%s\t%s\t%s\n", addr_text($_), insn_text($_), meaning(insn_text($_)) for @{$SEQ // []};
    close $f;
}
print $out;
exit 0;

# ---- valgrind: machine instructions per nop -----------------------------------------
# Two runs of one program whose two loops swap their trip counts (2000 and
# 1000): one loop has 64 nops, the other none, and everything else is the
# same in both runs, so the difference in executed instructions is 1000 x 64
# nops, exactly.  A copy of VM without debug information is run (valgrind
# 3.19 cannot read clang 14's).  Prints the count, or why there is none.
sub count_per_nop {
    my ($vm, $name) = @_;
    defined $name or die "usage: $0 count VM NAME\n";
    my $dir = "/tmp/marks-count.$$";
    mkdir $dir or die "$0: cannot create $dir\n";
    my @ir;
    my $ok = eval {
        system('objcopy', '--strip-debug', $vm, "$dir/vm") == 0 or die "objcopy failed\n";
        for my $run ([2000, 1000], [1000, 2000]) {
            open(my $p, '>', "$dir/p.vm") or die "cannot write $dir/p.vm\n";
            print $p "; asm/marks.pl count\n        push $run->[0]\nnops:\n", "        nop\n" x 64,
                     "        push 1\n        sub\n        dup\n        jnz nops\n        drop\n",
                     "        push $run->[1]\nempty:\n        push 1\n        sub\n        dup\n        jnz empty\n        drop\n        halt\n";
            close $p;
            my @err = run('sh', '-c', "valgrind --tool=callgrind --callgrind-out-file=/dev/null '$dir/vm' -d '$name' '$dir/p.vm' 2>&1 >'$dir/out'; echo status \$?");
            my ($n) = map { /Collected : (\d+)/ ? $1 : () } @err;
            defined $n or die "valgrind: " . ($err[-2] // 'no output') . "\n";
            $err[-1] eq 'status 0' && -z "$dir/out" or die "$vm -d $name did not run the program: " . join(' ', grep { !/^==/ } @err) . "\n";
            push @ir, $n;
        }
        1;
    };
    system('rm', '-rf', $dir);
    if (!$ok) { print STDERR "$0: $@"; return 1 }
    my $d = $ir[0] - $ir[1];
    print $d % 64000 ? sprintf("%.3f\n", $d / 64000) : $d / 64000 . "\n";
    return 0;
}

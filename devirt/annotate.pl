#!/usr/bin/perl
# devirt/annotate.pl -- read one function out of `objdump -d -r -t -C` output
# and say what its calls are.
#
#   objdump -drtC --no-show-raw-insn FILE | perl annotate.pl list    FUNC
#   objdump -drtC --no-show-raw-insn FILE | perl annotate.pl verdict FUNC
#
# FUNC is a C name or the part of a demangled C++ name before "(" ("note",
# "via_final"); a clone with a suffix (FUNC.constprop.0, FUNC.lto_priv.0) is
# taken when the function itself is not there.  x86-64 and i386, AT&T syntax,
# object files (with relocations) and linked programs.
#
# list     prints the instructions -- offsets relative to the function,
#          symbols in place of relocations, nops dropped -- with a comment on
#          every instruction that takes part in a call: the loads of the object
#          pointer, the vtable pointer and the slot (found by following the
#          register of an indirect branch backwards), the indirect branch
#          itself, direct calls, tail jumps and the compare of a guard.
# verdict  prints one line:  verdict=V indirect=N calls=a,b
#          V = indirect  an indirect call or jump, no guard
#              guarded   an indirect branch, but first the slot is compared
#                        with a known function's address (speculative
#                        devirtualization, or a promotion from a profile)
#              direct    no indirect branch; a direct call or tail jump to a
#                        function whose name contains "post" (our methods do)
#              inlined   no indirect branch and no call of any post: the
#                        method's body was copied in
#          N = the number of indirect calls and jumps; calls = the direct
#          call/jump targets.
# An indirect jmp is called a tail jump: the functions we look at contain no
# switch, so no jump table.
# Exit status 2 when FUNC is not in the input: a check that finds nothing must
# not pass for "no indirect call".
use strict;
use warnings;

my ($mode, $want) = @ARGV;
die "usage: annotate.pl list|verdict FUNC\n"
    unless defined $want && $mode =~ /^(list|verdict)$/;

my $ptr = 8;            # bytes per vtable slot: 4 on i386
my %is_func;            # names of functions (defined or undefined) in the file
my %at;                 # "section:value" -> symbol name, to resolve relocations
my (%found, @order);    # function name -> its instructions; names in file order
my $cur;                # instructions of the function being read

while (my $line = <STDIN>) {
    chomp $line;
    $ptr = 4 if $line =~ /file format elf32/;
    # Symbol table: value, 7 flag characters, section, TAB, size, name.
    if ($line =~ /^([0-9a-f]{8,16}) (.{7}) (\S+)\t[0-9a-f]+\s+(.+)$/) {
        my ($value, $flags, $section, $name) = (hex $1, $2, $3, $4);
        $is_func{$name} = 1 if $flags =~ /F/ || $section eq '*UND*';
        if ($section ne '*UND*' && $section ne '*ABS*' && $flags !~ /d/) {
            my $key = "$section:$value";
            $at{$key} = $name unless $at{$key} && $flags !~ /F/;
        }
        next;
    }
    # Start of a function: "0000000000000360 <note(unsigned int, char, char)>:"
    if ($line =~ /^([0-9a-f]+) <(.+)>:$/) {
        $cur = [];
        $found{$2} = { start => hex $1, insns => $cur };
        push @order, $2;
        next;
    }
    next unless $cur;
    # A relocation belongs to the instruction just read.
    if ($line =~ /^\s+[0-9a-f]+: (R_\S+)\s+(\S.*)$/) {
        $cur->[-1]{reloc} = resolve($1, $2) if @$cur;
        next;
    }
    # An instruction: "  38e:\tjmp    *%r10", "  3c:\tcall   30 <f>",
    # "  5:\tlea    0xeb9(%rip),%rbx        # 2004 <sym+0x4>"
    if ($line =~ /^\s+([0-9a-f]+):\t(.*)$/) {
        my ($addr, $text) = (hex $1, $2);
        my $hint = '';
        $hint = $1 if $text =~ s/\s+#\s*[0-9a-f]*\s*<(.*)>\s*$//;
        $text =~ s/\s+$//;
        # Padding between functions: the nop family, and on i386 the
        # multi-byte no-ops "lea 0x0(%esi,%eiz,1),%esi".
        next if $text eq '' || $text =~ /^(nop|xchg\s+%ax,%ax|data16|cs nop|int3)/
             || $text =~ /^lea\s+0x0\(%(\w+)(,%eiz,1)?\),%\1$/;
        my ($mn, $ops) = $text =~ /^((?:notrack |bnd |rex\.W )*\S+)\s*(.*)$/;
        my $dest;
        $dest = $1 if $ops =~ s/^[0-9a-f]+ <(.*)>$//;   # branch target
        push @$cur, { addr => $addr, mn => $mn, ops => $ops, hint => $hint,
                      dest => $dest };
    }
}

# The function: exact name, name followed by its C++ parameter list, or
# failing those a clone.
my ($fname) = grep { $_ eq $want || index($_, "$want(") == 0 } @order;
($fname) = grep { index($_, "$want.") == 0 } @order unless defined $fname;
if (!defined $fname) {
    print STDERR "annotate.pl: no function '$want' in the disassembly\n";
    exit 2;
}
my $start = $found{$fname}{start};
my @ins = @{ $found{$fname}{insns} };

# A relocation's symbol, made readable: "printf-0x4" -> "printf"; a reference
# to "section+offset" (how assemblers refer to static functions and
# variables) -> the symbol at that place, from the symbol table.
sub resolve {
    my ($type, $sym) = @_;
    my $pcrel = $type =~ /PC32|PLT32|GOTPCREL/;
    my ($base, $sign, $num) = $sym =~ /^(.*?)(?:([+-])0x([0-9a-f]+))?$/;
    my $off = defined $num ? hex $num : 0;
    $off = -$off if defined $sign && $sign eq '-';
    if ($base =~ /^\./ && $base !~ /^\.L/) {            # a section, not a label
        # A pc-relative field may be followed by up to 4 more bytes of the
        # instruction (an immediate), hence the few candidates.
        for my $k ($pcrel ? (4, 5, 6, 8) : (0)) {
            my $name = $at{"$base:" . ($off + $k)};
            return $name if defined $name;
        }
        return $sym;
    }
    return $base if $pcrel || $off == 0;
    return $sym;
}

# Names as printed: C++ parameter lists dropped ("note(unsigned int, char,
# char)::step" -> "note::step"), "@plt" dropped, and a linked program's
# string constants, which objdump names after the first symbol of .rodata,
# called what they are.
sub pretty {
    my ($s) = @_;
    return $s unless defined $s;
    1 while $s =~ s/\((?:[^()]|\(\))*\)( const)?//;
    $s =~ s/\@plt$//;
    $s = '.rodata' if $s =~ /^_IO_stdin_used\+/;
    return $s;
}

# The symbol an instruction refers to: its relocation, its branch target, or
# objdump's "<sym>" comment in a linked program.
sub symbol_of {
    my ($i) = @_;
    return $i->{reloc} if defined $i->{reloc};
    return $i->{dest} if defined $i->{dest};
    return $i->{hint} if $i->{hint} ne '';
    return undef;
}

# Is a branch target inside this function?  Then its offset ("+0x20").
sub local_target {
    my ($i) = @_;
    return undef if defined $i->{reloc} || !defined $i->{dest};
    return '+0x00' if $i->{dest} eq $fname;
    return $1 if index($i->{dest}, $fname) == 0
              && substr($i->{dest}, length $fname) =~ /^(\+0x[0-9a-f]+)$/;
    return undef;
}

sub split_ops {
    my ($ops) = @_;
    my @out;
    my ($part, $depth) = ('', 0);
    for my $c (split //, $ops) {
        $depth++ if $c eq '(';
        $depth-- if $c eq ')';
        if ($c eq ',' && $depth == 0) { push @out, $part; $part = ''; next; }
        $part .= $c;
    }
    push @out, $part if $part ne '';
    return @out;
}

# Canonical register names make %eax and %rax, %r9d and %r9 one register.
sub canon {
    my ($r) = @_;
    $r =~ s/^%//;
    return $1 if $r =~ /^(r(?:8|9|1[0-5]))[dwb]?$/;
    return $1 if $r =~ /^[re]?([abcd])[xlh]$/;
    return $1 if $r =~ /^[re]?(si|di|bp|sp)l?$/;
    return $r;
}

sub is_reg { return $_[0] =~ /^%[a-z0-9]+$/ }

# Registers a call may change (System V ABI, both widths).
my %clobbered = map { $_ => 1 } qw(a c d si di r8 r9 r10 r11);

# For each instruction reached by a branch inside the function: the index of
# the (first) branch that goes there.
my %branch_to;
for my $k (0 .. $#ins) {
    my $t = local_target($ins[$k]);
    $branch_to{hex(substr $t, 1) + $start} //= $k if defined $t;
}

# The instruction before index $i that last set register $reg: its index, or
# -1.  The search walks backwards; where the instruction above cannot fall
# through (a jmp or ret) it continues above the branch that jumps here
# instead.  A call counts as setting the caller-saved registers (%rax holds
# its result), so the search stops there.
sub def_of {
    my ($i, $reg) = @_;
    my $r = canon($reg);
    my $hops = 0;
    for (my $j = $i - 1; $j >= 0; $j--) {
        if ($ins[$j]{mn} =~ /^(jmp|ret)/ && $hops++ < 8) {
            my $from = $branch_to{ $ins[$j + 1]{addr} };
            return -1 unless defined $from;
            $j = $from;             # the loop's $j-- moves above the branch
            next;
        }
        my $mn = $ins[$j]{mn};
        return $clobbered{$r} ? $j : -1 if $mn =~ /(^|\s)call/;
        next if $mn =~ /^(cmp|test|push|j|ret)/;
        my @o = split_ops($ins[$j]{ops});
        return $j if @o && is_reg($o[-1]) && canon($o[-1]) eq $r;
    }
    return -1;
}

# A memory operand "D(%base)": (D, %base), or nothing.
sub mem_of {
    my ($op) = @_;
    return unless defined $op && $op =~ /^(-?)(0x[0-9a-f]+|\d+)?\(%(\w+)\)$/;
    my ($sign, $num, $base) = ($1, $2, $3);
    return if $base =~ /ip$/;
    my $disp = !defined $num ? 0 : $num =~ /^0x/ ? hex $num : $num;
    return ($sign ? -$disp : $disp, "%$base");
}

my %note;           # instruction index -> comment
my ($n_indirect, $guard) = (0, 0);
my @calls;          # direct call/jump targets outside the function

# Comment the instruction that put the vtable pointer into $base (used by the
# instruction at $i), and the one before it that put the object pointer in
# place.
sub explain_vtable_loads {
    my ($i, $base) = @_;
    my $j = def_of($i, $base);
    return if $j < 0 || $ins[$j]{mn} !~ /^mov/;
    my ($src) = split_ops($ins[$j]{ops});
    if (my ($d, $obj) = mem_of($src)) {
        $note{$j} = $d == 0 ? 'load the vtable pointer (first word of the object)'
                            : "load the vtable pointer (word at offset $d of the object)";
        my $k = def_of($j, $obj);
        return if $k < 0;
        if ($ins[$k]{mn} =~ /(^|\s)call/) {
            $note{$k} .= ': returns the object' if defined $note{$k};
        } elsif ($ins[$k]{mn} =~ /^mov/ && defined symbol_of($ins[$k])) {
            $note{$k} = 'load the object pointer ' . pretty(symbol_of($ins[$k]));
        }
    } elsif (defined symbol_of($ins[$j])) {
        $note{$j} = 'load the vtable pointer: first word of the object '
                  . pretty(symbol_of($ins[$j]));
    }
}

for my $i (0 .. $#ins) {
    my $in = $ins[$i];
    my ($mn, $ops) = ($in->{mn}, $in->{ops});
    my @o = split_ops($ops);
    my $is_jmp = $mn =~ /(^|\s)jmp/;
    my $is_call = $mn =~ /(^|\s)call/;

    # The indirect branch, and the loads that feed it.
    if (($is_jmp || $is_call) && $ops =~ /^\*/) {
        $n_indirect++;
        my $what = $is_call ? 'INDIRECT CALL' : 'INDIRECT TAIL JUMP';
        my $target = substr $ops, 1;
        if (is_reg($target)) {
            $note{$i} = "$what through the slot";
            my $j = def_of($i, $target);
            if ($j >= 0 && $ins[$j]{mn} =~ /^mov/) {
                my ($src) = split_ops($ins[$j]{ops});
                if (my ($disp, $base) = mem_of($src)) {
                    $note{$j} = sprintf "load slot %d of the vtable: the method's address",
                                        $disp / $ptr;
                    explain_vtable_loads($j, $base);
                }
            }
        } elsif (my ($disp, $base) = mem_of($target)) {
            $note{$i} = sprintf '%s through slot %d of the vtable (loaded by the %s)',
                                $what, $disp / $ptr, $is_call ? 'call' : 'jump';
            explain_vtable_loads($i, $base);
        } else {
            $note{$i} = $what;
        }
        next;
    }
    # Direct calls and jumps.
    if ($is_call || $is_jmp || $mn =~ /^j/) {
        my $local = local_target($in);
        if (defined $local) {
            $in->{show} = $local;
        } elsif (($is_call || $is_jmp) && defined(my $t = symbol_of($in))) {
            $t = pretty($t);
            push @calls, $t;
            $in->{show} = $t;
            $note{$i} = $is_call ? "direct call to $t"
                                 : "TAIL JUMP to $t: a direct call that returns to our caller";
        }
        next;
    }
    # The compare of a guard: one side is a function's address, either an
    # immediate or a register set by lea/mov from a function symbol.
    if ($mn =~ /^cmp/ && @o == 2) {
        for my $op (@o) {
            my $fn;
            if ($op =~ /^\$/) {
                my $s = symbol_of($in);
                $fn = $s if defined $s && $is_func{$s};
            } elsif (is_reg($op)) {
                my $j = def_of($i, $op);
                if ($j >= 0 && $ins[$j]{mn} =~ /^(lea|mov)/) {
                    my $s = symbol_of($ins[$j]);
                    if (defined $s && $is_func{$s}) {
                        $fn = $s;
                        $note{$j} = 'address of ' . pretty($fn) . ': the likely target';
                    }
                }
            }
            if (defined $fn) {
                $guard = 1;
                $note{$i} = 'GUARD: is the slot ' . pretty($fn) . '?';
                last;
            }
        }
        next;
    }
    # Loads, stores and addresses of named data: rip-relative on x86-64,
    # absolute addresses (a relocated 0x0) and immediates ($sym) on i386.
    my $s = symbol_of($in);
    my $absolute = defined $in->{reloc} && grep { /^(0x0|\$0x0)$/ } @o;
    if (defined $s && $mn =~ /^(mov|lea|push)/
        && ($ops =~ /\(%[re]?ip\)/ || $absolute)) {
        my $p = pretty($s);
        my $imm = $ops =~ /^\$/;
        if ($s =~ /^\.L/ || $p =~ /^\.rodata/) {
            $note{$i} = 'address of a string constant';
        } elsif ($mn =~ /^lea/ || $imm) {
            $note{$i} = "address of $p";
        } elsif (@o == 2 && ($o[1] =~ /\(/ || $o[1] eq '0x0')) {
            $note{$i} = "store into $p";
        } else {
            $note{$i} = "load $p";
        }
    }
    $note{$i} = 'return' if $mn =~ /^ret/;
}

if ($mode eq 'verdict') {
    my $direct = grep { /post/ } @calls;
    my $verdict = $n_indirect ? ($guard ? 'guarded' : 'indirect')
                : $direct     ? 'direct' : 'inlined';
    printf "verdict=%s indirect=%d calls=%s\n", $verdict, $n_indirect,
           @calls ? join(',', map { (my $c = $_) =~ s/\s+/_/g; $c } @calls) : '-';
    exit 0;
}

# list: offset, instruction with symbols filled in, comment.
for my $i (0 .. $#ins) {
    my $in = $ins[$i];
    my $ops = $in->{ops};
    if (defined $in->{show}) {
        $ops = $in->{show};
    } elsif (defined $in->{reloc}) {          # object file: fill in the symbol
        my $sym = pretty($in->{reloc});
        $ops =~ s/^0x0\(/$sym(/ or $ops =~ s/^\$0x0\b/\$$sym/
            or $ops =~ s/,0x0\(/,$sym(/ or $ops =~ s/^0x0\b/$sym/
            or $ops =~ s/,0x0$/,$sym/;
    } elsif ($in->{hint} ne '') {             # linked program: rip-relative data
        my $sym = pretty($in->{hint});
        $ops =~ s/-?0x[0-9a-f]+\(%rip\)/$sym(%rip)/;
    }
    my $line = sprintf '  +0x%02x  %-34s', $in->{addr} - $start,
                       sprintf('%-6s %s', $in->{mn}, $ops);
    $line .= "  # $note{$i}" if defined $note{$i};
    $line =~ s/\s+$//;
    print "$line\n";
}

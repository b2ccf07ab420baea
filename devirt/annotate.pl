#!/usr/bin/perl
# devirt/annotate.pl -- read one function out of `objdump -d -r -t -C` output
# and say what its calls are.
#
#   objdump -drtC --no-show-raw-insn FILE | perl annotate.pl list    FUNC
#   objdump -drtC --no-show-raw-insn FILE | perl annotate.pl verdict FUNC
#
# FUNC is a C name or the part of a demangled C++ name before "(" ("note",
# "via_final"); a clone with a suffix (FUNC.constprop.0, FUNC.lto_priv.0) is
# taken when the function itself is not there.  x86-64 and i386 (AT&T syntax).
#
# list     prints the instructions, offsets relative to the function, symbols
#          in place of relocations, nops dropped, and a comment on every
#          instruction that takes part in a call: the loads of the vtable
#          pointer and of the slot (found by following the register of an
#          indirect call backwards), the indirect branch itself, direct calls,
#          tail jumps, and the compare of a speculative guard.
# verdict  prints one line of key=value pairs:
#            verdict=indirect|guarded|direct|inlined  indirect=N  calls=a,b
#          indirect  an indirect call or jump, nothing else
#          guarded   indirect, but first compared with a known function's
#                    address: speculative devirtualization or a promotion
#                    from profile feedback
#          direct    no indirect branch; a direct call or tail jump to a
#                    function whose name contains "post" (our methods do)
#          inlined   no indirect branch and no call of any post: the method
#                    body was copied in
# Exit status 2 when FUNC is not in the input: a check that finds nothing
# must not pass for "no indirect call".
use strict;
use warnings;

my ($mode, $want) = @ARGV;
die "usage: annotate.pl list|verdict FUNC\n"
    unless defined $want && $mode =~ /^(list|verdict)$/;

my $ptr = 8;            # bytes per vtable slot: 4 on i386
my %is_func;            # names of functions (defined or undefined) in the file
my %at;                 # "section:value" -> symbol name, to resolve relocations
my (%found, @order);    # function name -> [instructions], in file order
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
    # Relocation: belongs to the instruction just read.
    if ($line =~ /^\s+[0-9a-f]+: (R_\S+)\s+(\S.*)$/) {
        $cur->[-1]{reloc} = resolve($1, $2) if @$cur;
        next;
    }
    # Instruction: "  38e:\tjmp    *%r10"
    if ($line =~ /^\s+([0-9a-f]+):\t(.*)$/) {
        my ($addr, $text) = (hex $1, $2);
        my $hint = $text =~ s/\s+#\s*(.*)$// ? $1 : '';
        $text =~ s/\s+$//;
        next if $text eq '' || $text =~ /^(nop|xchg\s+%ax,%ax|data16|cs nop|int3)/;
        my ($mn, $ops) = $text =~ /^((?:notrack |rex\.W |bnd )*\S+)\s*(.*)$/;
        push @$cur, { addr => $addr, mn => $mn, ops => $ops, hint => $hint };
    }
}

# Pick the function: exact name, name followed by its C++ parameter list, or
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
# to "section+offset" (how assemblers name static functions and variables)
# -> the symbol at that place, from the symbol table.
sub resolve {
    my ($type, $sym) = @_;
    my $pcrel = $type =~ /PC32|PLT32|GOTPCREL/;
    my ($base, $add) = $sym =~ /^(.*?)([+-]0x[0-9a-f]+)?$/;
    my $off = defined $add ? ($add =~ /^-/ ? -hex(substr $add, 1) : hex(substr $add, 1)) : 0;
    if ($base =~ /^\./ && $base !~ /^\.L/) {            # a section, not a label
        # On x86-64 a pc-relative field is followed by 0 to 4 more bytes of
        # the instruction (an immediate), hence the few candidates.
        for my $k ($pcrel ? (4, 5, 6, 8) : (0)) {
            my $name = $at{"$base:" . ($off + $k)};
            return $name if defined $name;
        }
        return $sym;
    }
    return $base if $pcrel || $off == 0;
    return $sym;
}

# Operands and registers.  Canonical register names make %eax and %rax, %r9d
# and %r9 the same register.
sub split_ops {
    my ($ops) = @_;
    my @out;
    my $depth = 0;
    my $cur = '';
    for my $c (split //, $ops) {
        $depth++ if $c eq '(';
        $depth-- if $c eq ')';
        if ($c eq ',' && $depth == 0) { push @out, $cur; $cur = ''; next; }
        $cur .= $c;
    }
    push @out, $cur if $cur ne '';
    return @out;
}

sub canon {
    my ($r) = @_;
    $r =~ s/^%//;
    return $1 if $r =~ /^(r(?:8|9|1[0-5]))[dwb]?$/;
    return $1 if $r =~ /^[re]?([abcd])[xlh]$/;
    return $1 if $r =~ /^[re]?(si|di|bp|sp)l?$/;
    return $r;
}

sub is_reg { return $_[0] =~ /^%[a-z0-9]+$/ }

# The symbol an instruction refers to: its relocation, or objdump's "<sym>"
# comment in a linked program (where there are no relocations left).
sub symbol_of {
    my ($i) = @_;
    return $i->{reloc} if defined $i->{reloc};
    return $1 if $i->{hint} =~ /<([^>+]+)>$/;
    return $1 if $i->{hint} =~ /<([^>]+)>$/;
    return undef;
}

# The instruction before index $i that last wrote register $reg, or -1.
sub def_of {
    my ($i, $reg) = @_;
    my $want_reg = canon($reg);
    for (my $j = $i - 1; $j >= 0; $j--) {
        my $mn = $ins[$j]{mn};
        next if $mn =~ /^(cmp|test|push|j|call|ret)/;
        my @o = split_ops($ins[$j]{ops});
        next unless @o;
        return $j if is_reg($o[-1]) && canon($o[-1]) eq $want_reg;
    }
    return -1;
}

# Does a memory operand "D(%base)" load from a register; returns (D, base).
sub mem_of {
    my ($op) = @_;
    return unless defined $op && $op =~ /^(-?)(0x[0-9a-f]+|\d+)?\(%(\w+)\)$/;
    my ($sign, $num, $base) = ($1, $2, $3);
    my $disp = !defined $num ? 0 : $num =~ /^0x/ ? hex $num : $num;
    return ($sign ? -$disp : $disp, "%$base");
}

my %note;           # index -> comment
my ($n_indirect, $guard) = (0, 0);
my @calls;          # direct call/jump targets outside the function

# A branch target inside this function, or the symbol it leaves for.
sub target_of {
    my ($i) = @_;
    my $sym = symbol_of($i);
    return undef unless defined $sym;
    return undef if !defined $i->{reloc} && index($sym, $fname) == 0;
    $sym =~ s/\@plt$//;
    return $sym;
}

# Follow an indirect branch's register back through the slot load to the
# load of the vtable pointer.
sub explain_vtable_loads {
    my ($i, $base) = @_;        # $base: the register holding the vtable
    my $j = def_of($i, $base);
    return if $j < 0;
    my @o = split_ops($ins[$j]{ops});
    if ($ins[$j]{mn} =~ /^mov/ && @o == 2 && mem_of($o[0])) {
        my ($d) = mem_of($o[0]);
        $note{$j} //= $d == 0 ? 'load the vtable pointer (first word of the object)'
                              : "load the vtable pointer (at offset $d in the object)";
    }
}

for my $i (0 .. $#ins) {
    my $in = $ins[$i];
    my ($mn, $ops) = ($in->{mn}, $in->{ops});
    my @o = split_ops($ops);
    my $is_jmp = $mn =~ /(^|\s)jmp/;
    my $is_call = $mn =~ /(^|\s)call/;
    if (($is_jmp || $is_call) && $ops =~ /^\*/) {
        $n_indirect++;
        my $what = $is_call ? 'INDIRECT CALL through the slot'
                            : 'INDIRECT TAIL JUMP through the slot';
        my $target = substr $ops, 1;
        if (is_reg($target)) {
            $note{$i} = $what;
            my $j = def_of($i, $target);
            if ($j >= 0 && $ins[$j]{mn} =~ /^mov/) {
                my @d = split_ops($ins[$j]{ops});
                if (my ($disp, $base) = mem_of($d[0])) {
                    $note{$j} = sprintf 'load slot %d of the vtable: the method\'s address',
                                        $disp / $ptr;
                    explain_vtable_loads($j, $base);
                }
            }
        } elsif (my ($disp, $base) = mem_of($target)) {
            $note{$i} = sprintf '%s %d (loaded by the %s itself)',
                                $what, $disp / $ptr, $is_call ? 'call' : 'jump';
            explain_vtable_loads($i, $base);
        } else {
            $note{$i} = $what;
        }
        next;
    }
    if ($is_call || $is_jmp) {
        my $t = target_of($in);
        if (defined $t) {
            push @calls, $t;
            $in->{show} = $t;
            $note{$i} = $is_call ? "direct call to $t"
                                 : "TAIL JUMP to $t: a direct call that returns to our caller";
        } elsif ($in->{hint} =~ /\+(0x[0-9a-f]+)>$/) {
            $in->{show} = "+$1";            # a branch within the function
        }
        next;
    }
    if ($mn =~ /^j/ && $in->{hint} =~ /\+(0x[0-9a-f]+)>$/) {
        $in->{show} = "+$1";
        next;
    }
    # The compare of a speculative guard: one side is a function's address,
    # either an immediate or a register set by lea/mov from a function symbol.
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
                        $note{$j} = "address of $fn: the likely target";
                    }
                }
            }
            if (defined $fn) {
                $guard = 1;
                $note{$i} = "GUARD: is the slot $fn?";
                last;
            }
        }
        next if $guard && defined $note{$i};
    }
    # Loads and addresses of named data: name them.
    my $s = symbol_of($in);
    if (defined $s && $mn =~ /^(mov|lea)/ && $ops =~ /\(%[re]?ip\)|^\$/) {
        next if defined $note{$i};
        if ($s =~ /^\.L/ || $s =~ /^\.rodata/) {
            $note{$i} = 'address of a string constant';
        } elsif ($mn =~ /^lea/ || $ops =~ /^\$/) {
            $note{$i} = "address of $s";
        } elsif (@o == 2 && $o[1] =~ /\(/) {
            $note{$i} = "store into $s";
        } else {
            $note{$i} = "load $s";
        }
    }
    $note{$i} //= 'return' if $mn =~ /^ret/;
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
    my $sym = $in->{reloc};
    if (defined $in->{show}) {
        $ops = $in->{show};
    } elsif (defined $sym) {
        $ops =~ s/^0x0\(/$sym(/ or $ops =~ s/^\$0x0\b/\$$sym/
            or $ops =~ s/,0x0\(/,$sym(/ or $ops =~ s/^0x0\b/$sym/;
    } elsif ($in->{hint} =~ /<([^>]+)>$/ && $ops =~ /\(%[re]?ip\)/) {
        my $name = $1;                      # linked program: rip-relative data
        $ops =~ s/^-?0x[0-9a-f]+\(%rip\)/$name(%rip)/ or $ops =~ s/,-?0x[0-9a-f]+\(%rip\)/,$name(%rip)/;
    }
    my $text = sprintf '%-6s %s', $in->{mn}, $ops;
    my $line = sprintf '  +0x%02x  %-34s', $in->{addr} - $start, $text;
    $line .= "  # $note{$i}" if defined $note{$i};
    $line =~ s/\s+$//;
    print "$line\n";
}

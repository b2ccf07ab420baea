	.file	"toolchain.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/compiled/toolchain.c"
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"%s/%s"
	.text
	.p2align 4
	.type	path_in, @function
path_in:
.LVL0:
.LFB28:
	.file 1 "dispatch/compiled/toolchain.c"
	.loc 1 171 1 view -0
	.cfi_startproc
	.loc 1 172 5 view .LVU1
# dispatch/compiled/toolchain.c:171: {
	.loc 1 171 1 is_stmt 0 view .LVU2
	pushq	%r13	#
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	pushq	%r12	#
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%rsi, %r12	# tmp100, name
	pushq	%rbp	#
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	movq	%rdi, %rbp	# tmp99, d
	pushq	%rbx	#
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 48
# dispatch/compiled/toolchain.c:172:     size_t len = strlen(d->dir) + strlen(name) + 2;
	.loc 1 172 18 view .LVU3
	call	strlen	#
.LVL1:
# dispatch/compiled/toolchain.c:172:     size_t len = strlen(d->dir) + strlen(name) + 2;
	.loc 1 172 35 view .LVU4
	movq	%r12, %rdi	# name,
# dispatch/compiled/toolchain.c:172:     size_t len = strlen(d->dir) + strlen(name) + 2;
	.loc 1 172 18 view .LVU5
	movq	%rax, %rbx	# tmp101, tmp91
# dispatch/compiled/toolchain.c:172:     size_t len = strlen(d->dir) + strlen(name) + 2;
	.loc 1 172 35 view .LVU6
	call	strlen	#
.LVL2:
# dispatch/compiled/toolchain.c:172:     size_t len = strlen(d->dir) + strlen(name) + 2;
	.loc 1 172 12 view .LVU7
	leaq	2(%rbx,%rax), %r13	#, len
.LVL3:
	.loc 1 173 5 is_stmt 1 view .LVU8
# dispatch/compiled/toolchain.c:173:     char *p = malloc(len);
	.loc 1 173 15 is_stmt 0 view .LVU9
	movq	%r13, %rdi	# len,
	call	malloc	#
.LVL4:
	movq	%rax, %rbx	# tmp103, <retval>
.LVL5:
	.loc 1 174 5 is_stmt 1 view .LVU10
# dispatch/compiled/toolchain.c:174:     if (p)
	.loc 1 174 8 is_stmt 0 view .LVU11
	testq	%rax, %rax	# <retval>
	je	.L1	#,
	.loc 1 175 9 is_stmt 1 view .LVU12
	movq	%rax, %rdi	# <retval>,
	movq	%r12, %r8	# name,
	movq	%rbp, %rcx	# d,
	movl	$.LC0, %edx	#,
	movq	%r13, %rsi	# len,
	xorl	%eax, %eax	#
.LVL6:
	.loc 1 175 9 is_stmt 0 view .LVU13
	call	snprintf	#
.LVL7:
	.loc 1 176 5 is_stmt 1 view .LVU14
.L1:
# dispatch/compiled/toolchain.c:177: }
	.loc 1 177 1 is_stmt 0 view .LVU15
	addq	$8, %rsp	#,
	.cfi_def_cfa_offset 40
	movq	%rbx, %rax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 32
.LVL8:
	.loc 1 177 1 view .LVU16
	popq	%rbp	#
	.cfi_def_cfa_offset 24
.LVL9:
	.loc 1 177 1 view .LVU17
	popq	%r12	#
	.cfi_def_cfa_offset 16
.LVL10:
	.loc 1 177 1 view .LVU18
	popq	%r13	#
	.cfi_def_cfa_offset 8
.LVL11:
	.loc 1 177 1 view .LVU19
	ret	
	.cfi_endproc
.LFE28:
	.size	path_in, .-path_in
	.section	.rodata.str1.1
.LC1:
	.string	"rb"
	.text
	.p2align 4
	.type	elf_machine, @function
elf_machine:
.LVL12:
.LFB40:
	.loc 1 464 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 465 5 view .LVU21
	.loc 1 466 5 view .LVU22
# dispatch/compiled/toolchain.c:464: {
	.loc 1 464 1 is_stmt 0 view .LVU23
	pushq	%rbp	#
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
# dispatch/compiled/toolchain.c:466:     FILE *f = fopen(path, "rb");
	.loc 1 466 15 view .LVU24
	movl	$.LC1, %esi	#,
# dispatch/compiled/toolchain.c:464: {
	.loc 1 464 1 view .LVU25
	pushq	%rbx	#
	.cfi_def_cfa_offset 24
	.cfi_offset 3, -24
	subq	$40, %rsp	#,
	.cfi_def_cfa_offset 64
# dispatch/compiled/toolchain.c:466:     FILE *f = fopen(path, "rb");
	.loc 1 466 15 view .LVU26
	call	fopen	#
.LVL13:
	.loc 1 467 5 is_stmt 1 view .LVU27
# dispatch/compiled/toolchain.c:467:     size_t got = f ? fread(h, 1, sizeof h, f) : 0;
	.loc 1 467 47 is_stmt 0 view .LVU28
	testq	%rax, %rax	# tmp90
	je	.L11	#,
# dispatch/compiled/toolchain.c:467:     size_t got = f ? fread(h, 1, sizeof h, f) : 0;
	.loc 1 467 22 discriminator 1 view .LVU29
	movq	%rsp, %rdi	#,
	movq	%rax, %rcx	# tmp90,
	movl	$20, %edx	#,
	movl	$1, %esi	#,
	movq	%rax, %rbx	# tmp101, tmp90
	call	fread	#
.LVL14:
# dispatch/compiled/toolchain.c:469:         fclose(f);
	.loc 1 469 9 discriminator 1 view .LVU30
	movq	%rbx, %rdi	# tmp90,
# dispatch/compiled/toolchain.c:467:     size_t got = f ? fread(h, 1, sizeof h, f) : 0;
	.loc 1 467 22 discriminator 1 view .LVU31
	movq	%rax, %rbp	# tmp102, iftmp.32_20
.LVL15:
	.loc 1 468 5 is_stmt 1 discriminator 1 view .LVU32
	.loc 1 469 9 discriminator 1 view .LVU33
	call	fclose	#
.LVL16:
	.loc 1 470 5 discriminator 1 view .LVU34
# dispatch/compiled/toolchain.c:470:     if (got != sizeof h || memcmp(h, "\177ELF", 4) != 0)
	.loc 1 470 8 is_stmt 0 discriminator 1 view .LVU35
	cmpq	$20, %rbp	#, iftmp.32_20
	jne	.L11	#,
# dispatch/compiled/toolchain.c:470:     if (got != sizeof h || memcmp(h, "\177ELF", 4) != 0)
	.loc 1 470 25 discriminator 1 view .LVU36
	cmpl	$1179403647, (%rsp)	#, MEM <unsigned int> [(char * {ref-all})&h]
	jne	.L11	#,
	.loc 1 473 5 is_stmt 1 view .LVU37
	movzwl	18(%rsp), %edx	# MEM <short unsigned int> [(unsigned char *)&h + 18B],
# dispatch/compiled/toolchain.c:473:     return h[5] == 2 ? h[18] << 8 | h[19] : h[19] << 8 | h[18];
	.loc 1 473 43 is_stmt 0 view .LVU38
	cmpb	$2, 5(%rsp)	#, h[5]
	movl	%edx, %eax	#,
	jne	.L8	#,
	rolw	$8, %ax	#, tmp92
	movzwl	%ax, %edx	# tmp92, <retval>
.LVL17:
.L8:
# dispatch/compiled/toolchain.c:474: }
	.loc 1 474 1 view .LVU39
	addq	$40, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	movl	%edx, %eax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 16
	popq	%rbp	#
	.cfi_def_cfa_offset 8
	ret	
	.p2align 4,,10
	.p2align 3
.L11:
	.cfi_restore_state
# dispatch/compiled/toolchain.c:471:         return -1;
	.loc 1 471 16 view .LVU40
	movl	$-1, %edx	#, <retval>
	jmp	.L8	#
	.cfi_endproc
.LFE40:
	.size	elf_machine, .-elf_machine
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC2:
	.string	"#include \"dispatch/compiled/rt.h\"\nint dl_probe(void);\nint dl_probe(void) { return STACK_CELLS + 42; }\n"
	.text
	.p2align 4
	.type	write_probe, @function
write_probe:
.LVL18:
.LFB44:
	.loc 1 605 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 606 5 view .LVU42
	.loc 1 607 5 view .LVU43
	.loc 1 609 5 view .LVU44
# dispatch/compiled/toolchain.c:605: {
	.loc 1 605 1 is_stmt 0 view .LVU45
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 16
# dispatch/compiled/toolchain.c:605: {
	.loc 1 605 1 view .LVU46
	movq	%rdi, %rcx	# tmp87, f
# dispatch/compiled/toolchain.c:609:     fputs("#include \"dispatch/compiled/rt.h\"\n"
	.loc 1 609 5 view .LVU47
	movl	$102, %edx	#,
.LVL19:
	.loc 1 609 5 view .LVU48
	movl	$1, %esi	#,
.LVL20:
	.loc 1 609 5 view .LVU49
	movl	$.LC2, %edi	#,
.LVL21:
	.loc 1 609 5 view .LVU50
	call	fwrite	#
.LVL22:
	.loc 1 612 5 is_stmt 1 view .LVU51
# dispatch/compiled/toolchain.c:613: }
	.loc 1 613 1 is_stmt 0 view .LVU52
	xorl	%eax, %eax	#
	addq	$8, %rsp	#,
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE44:
	.size	write_probe, .-write_probe
	.section	.rodata.str1.1
.LC3:
	.string	" \t"
	.text
	.p2align 4
	.type	split.constprop.0, @function
split.constprop.0:
.LVL23:
.LFB47:
	.loc 1 98 12 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 100 5 view .LVU54
# dispatch/compiled/toolchain.c:98: static int split(char *buf, size_t size, const char *s, char **words, int max)
	.loc 1 98 12 is_stmt 0 view .LVU55
	pushq	%r12	#
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rsi, %r12	# tmp128, s
	pushq	%rbp	#
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rdx, %rbp	# tmp129, words
	pushq	%rbx	#
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
# dispatch/compiled/toolchain.c:98: static int split(char *buf, size_t size, const char *s, char **words, int max)
	.loc 1 98 12 view .LVU56
	movq	%rdi, %rbx	# tmp127, buf
# dispatch/compiled/toolchain.c:100:     if (strlen(s) >= size)
	.loc 1 100 9 view .LVU57
	movq	%rsi, %rdi	# s,
.LVL24:
	.loc 1 100 9 view .LVU58
	call	strlen	#
.LVL25:
# dispatch/compiled/toolchain.c:100:     if (strlen(s) >= size)
	.loc 1 100 8 view .LVU59
	cmpq	$1023, %rax	#, tmp91
	ja	.L24	#,
	.loc 1 102 5 is_stmt 1 view .LVU60
	addq	$1, %rax	#, tmp93
	cmpl	$8, %eax	#, tmp93
	jb	.L35	#,
	movq	(%r12), %rdx	#* s, tmp115
	leaq	8(%rbx), %rdi	#, tmp123
	movq	%r12, %rsi	# s, s
	andq	$-8, %rdi	#, tmp123
	movq	%rdx, (%rbx)	# tmp115,* buf
	movl	%eax, %edx	# tmp93, tmp116
	movq	-8(%r12,%rdx), %rcx	#, tmp122
	movq	%rcx, -8(%rbx,%rdx)	# tmp122,
	movq	%rbx, %rdx	# buf, buf
	subq	%rdi, %rdx	# tmp123, buf
	leal	(%rax,%rdx), %ecx	#, tmp94
	subq	%rdx, %rsi	# buf, s
	movl	%ecx, %eax	# tmp94, tmp94
	shrl	$3, %eax	#, tmp94
	movl	%eax, %ecx	# tmp124, tmp125
	rep movsq
.L20:
	.loc 1 103 5 view .LVU61
.LVL26:
	.loc 1 104 5 view .LVU62
.LBB3:
	.loc 1 104 10 view .LVU63
# dispatch/compiled/toolchain.c:104:     for (char *p = strtok(buf, " \t"); p; p = strtok(NULL, " \t")) {
	.loc 1 104 20 is_stmt 0 view .LVU64
	movq	%rbx, %rdi	# buf,
	movl	$.LC3, %esi	#,
# dispatch/compiled/toolchain.c:104:     for (char *p = strtok(buf, " \t"); p; p = strtok(NULL, " \t")) {
	.loc 1 104 40 view .LVU65
	movl	$1, %ebx	#, ivtmp.74
.LVL27:
# dispatch/compiled/toolchain.c:104:     for (char *p = strtok(buf, " \t"); p; p = strtok(NULL, " \t")) {
	.loc 1 104 20 view .LVU66
	call	strtok	#
.LVL28:
	.loc 1 104 40 is_stmt 1 view .LVU67
	testq	%rax, %rax	# p
	jne	.L23	#,
	jmp	.L16	#
.LVL29:
	.p2align 4,,10
	.p2align 3
.L25:
	.loc 1 105 9 view .LVU68
# dispatch/compiled/toolchain.c:105:         if (n == max)
	.loc 1 105 12 is_stmt 0 view .LVU69
	addq	$1, %rbx	#, ivtmp.74
.LVL30:
	.loc 1 105 12 view .LVU70
	cmpq	$65, %rbx	#, ivtmp.74
	je	.L24	#,
.LVL31:
.L23:
	.loc 1 107 9 is_stmt 1 view .LVU71
# dispatch/compiled/toolchain.c:107:         words[n++] = p;
	.loc 1 107 20 is_stmt 0 view .LVU72
	movq	%rax, -8(%rbp,%rbx,8)	# p, MEM[(char * *)words_9(D) + -8B + ivtmp.74_24 * 8]
	.loc 1 104 45 is_stmt 1 view .LVU73
# dispatch/compiled/toolchain.c:104:     for (char *p = strtok(buf, " \t"); p; p = strtok(NULL, " \t")) {
	.loc 1 104 47 is_stmt 0 view .LVU74
	xorl	%edi, %edi	#
	movl	$.LC3, %esi	#,
	call	strtok	#
.LVL32:
	.loc 1 104 40 is_stmt 1 view .LVU75
	testq	%rax, %rax	# p
	jne	.L25	#,
# dispatch/compiled/toolchain.c:107:         words[n++] = p;
	.loc 1 107 16 is_stmt 0 view .LVU76
	movl	%ebx, %eax	# ivtmp.74, <retval>
.LVL33:
.L16:
	.loc 1 107 16 view .LVU77
.LBE3:
# dispatch/compiled/toolchain.c:110: }
	.loc 1 110 1 view .LVU78
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 24
	popq	%rbp	#
	.cfi_def_cfa_offset 16
.LVL34:
	.loc 1 110 1 view .LVU79
	popq	%r12	#
	.cfi_def_cfa_offset 8
.LVL35:
	.loc 1 110 1 view .LVU80
	ret	
.LVL36:
	.p2align 4,,10
	.p2align 3
.L35:
	.cfi_restore_state
# dispatch/compiled/toolchain.c:102:     strcpy(buf, s);
	.loc 1 102 5 view .LVU81
	testb	$4, %al	#, tmp93
	jne	.L36	#,
	testl	%eax, %eax	# tmp93
	je	.L20	#,
	movzbl	(%r12), %edx	#* s, tmp106
	movb	%dl, (%rbx)	# tmp106,* buf
	testb	$2, %al	#, tmp93
	je	.L20	#,
	movl	%eax, %eax	# tmp93, tmp109
	movzwl	-2(%r12,%rax), %edx	#, tmp114
	movw	%dx, -2(%rbx,%rax)	# tmp114,
	jmp	.L20	#
.LVL37:
	.p2align 4,,10
	.p2align 3
.L24:
# dispatch/compiled/toolchain.c:110: }
	.loc 1 110 1 view .LVU82
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 24
# dispatch/compiled/toolchain.c:101:         return -1;
	.loc 1 101 16 view .LVU83
	movl	$-1, %eax	#, <retval>
# dispatch/compiled/toolchain.c:110: }
	.loc 1 110 1 view .LVU84
	popq	%rbp	#
	.cfi_def_cfa_offset 16
.LVL38:
	.loc 1 110 1 view .LVU85
	popq	%r12	#
	.cfi_def_cfa_offset 8
.LVL39:
	.loc 1 110 1 view .LVU86
	ret	
.LVL40:
.L36:
	.cfi_restore_state
# dispatch/compiled/toolchain.c:102:     strcpy(buf, s);
	.loc 1 102 5 view .LVU87
	movl	(%r12), %edx	#* s, tmp98
	movl	%eax, %eax	# tmp93, tmp99
	movl	%edx, (%rbx)	# tmp98,* buf
	movl	-4(%r12,%rax), %edx	#, tmp105
	movl	%edx, -4(%rbx,%rax)	# tmp105,
	jmp	.L20	#
	.cfi_endproc
.LFE47:
	.size	split.constprop.0, .-split.constprop.0
	.p2align 4
	.globl	why_set
	.type	why_set, @function
why_set:
.LVL41:
.LFB23:
	.loc 1 81 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 81 1 is_stmt 0 view .LVU89
	subq	$216, %rsp	#,
	.cfi_def_cfa_offset 224
	movq	%rdx, 48(%rsp)	#,
	movq	%rcx, 56(%rsp)	#,
	movq	%r8, 64(%rsp)	#,
	movq	%r9, 72(%rsp)	#,
	testb	%al, %al	#
	je	.L39	#,
	movaps	%xmm0, 80(%rsp)	#,
	movaps	%xmm1, 96(%rsp)	#,
	movaps	%xmm2, 112(%rsp)	#,
	movaps	%xmm3, 128(%rsp)	#,
	movaps	%xmm4, 144(%rsp)	#,
	movaps	%xmm5, 160(%rsp)	#,
	movaps	%xmm6, 176(%rsp)	#,
	movaps	%xmm7, 192(%rsp)	#,
.L39:
	.loc 1 82 5 is_stmt 1 view .LVU90
	.loc 1 83 5 view .LVU91
	leaq	224(%rsp), %rax	#, tmp90
# dispatch/compiled/toolchain.c:84:     vsnprintf(w->text, sizeof w->text, fmt, ap);
	.loc 1 84 5 is_stmt 0 view .LVU92
	leaq	8(%rsp), %rcx	#, tmp92
	movq	%rsi, %rdx	# fmt,
	movl	$400, %esi	#,
.LVL42:
# dispatch/compiled/toolchain.c:83:     va_start(ap, fmt);
	.loc 1 83 5 view .LVU93
	movq	%rax, 16(%rsp)	# tmp90, MEM[(struct [1] *)&ap].overflow_arg_area
	leaq	32(%rsp), %rax	#, tmp91
	movl	$16, 8(%rsp)	#, MEM[(struct [1] *)&ap].gp_offset
	movl	$48, 12(%rsp)	#, MEM[(struct [1] *)&ap].fp_offset
	movq	%rax, 24(%rsp)	# tmp91, MEM[(struct [1] *)&ap].reg_save_area
	.loc 1 84 5 is_stmt 1 view .LVU94
	call	vsnprintf	#
.LVL43:
	.loc 1 85 5 view .LVU95
# dispatch/compiled/toolchain.c:86: }
	.loc 1 86 1 is_stmt 0 view .LVU96
	addq	$216, %rsp	#,
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE23:
	.size	why_set, .-why_set
	.section	.rodata.str1.1
.LC4:
	.string	"/usr/bin:/bin"
.LC5:
	.string	"/tmp"
.LC6:
	.string	"was interrupted by a signal"
.LC7:
	.string	"took too long"
.LC8:
	.string	" (processor time limit)"
.LC9:
	.string	""
.LC10:
	.string	"cannot execute it"
.LC11:
	.string	"no message"
.LC12:
	.string	"dlopen failed"
.LC13:
	.string	"DISPATCHLAB_CC"
.LC14:
	.string	"cc"
.LC15:
	.string	"PATH"
.LC16:
	.string	":"
.LC17:
	.string	"%.*s/%s"
	.section	.rodata.str1.8
	.align 8
.LC18:
	.string	"no C compiler: DISPATCHLAB_CC='%s' names no executable file"
	.align 8
.LC19:
	.string	"no C compiler: 'cc' is not in PATH"
	.section	.rodata.str1.1
.LC20:
	.string	"DISPATCHLAB_COMPILED_KEEP"
	.section	.rodata.str1.8
	.align 8
.LC21:
	.string	"cannot make DISPATCHLAB_COMPILED_KEEP=%s: %s"
	.section	.rodata.str1.1
.LC22:
	.string	"TMPDIR"
	.section	.rodata.str1.8
	.align 8
.LC23:
	.string	"%s/dispatchlab-compiled-XXXXXX"
	.align 8
.LC24:
	.string	"cannot make a private directory in %s: %s"
	.section	.rodata.str1.1
.LC25:
	.string	"%.*s"
.LC26:
	.string	"out of memory"
.LC27:
	.string	"cannot make %s/%s: %s"
.LC28:
	.string	"w"
.LC29:
	.string	"compiled.c"
.LC30:
	.string	"cannot write %s: %s"
.LC31:
	.string	"compiled.so"
.LC32:
	.string	"tmp"
.LC33:
	.string	"cannot make %s: %s"
.LC34:
	.string	"-O2 -fcf-protection=none"
	.section	.rodata.str1.8
	.align 8
.LC35:
	.string	"the recorded compiler flags are too long"
	.section	.rodata.str1.1
.LC36:
	.string	"-std=gnu11"
.LC37:
	.string	"-fPIC"
.LC38:
	.string	"-shared"
.LC39:
	.string	"-w"
.LC40:
	.string	"-I"
.LC41:
	.string	"-g"
.LC42:
	.string	"-o"
.LC43:
	.string	"DISPATCHLAB_CC_SECONDS"
.LC44:
	.string	"TMPDIR=%s"
.LC45:
	.string	"TMPDIR="
.LC46:
	.string	"cannot run the C compiler: %s"
.LC48:
	.string	"/dev/null"
.LC52:
	.string	"\n"
	.section	.rodata.str1.8
	.align 8
.LC53:
	.string	"the C compiler took more than %d s"
	.section	.rodata.str1.1
.LC54:
	.string	"the C compiler %s"
	.section	.rodata.str1.8
	.align 8
.LC55:
	.string	"the C compiler was killed by signal %d%s"
	.align 8
.LC56:
	.string	"the C compiler failed (exit status %d): %s"
	.section	.rodata.str1.1
.LC57:
	.string	"/proc/self/exe"
	.section	.rodata.str1.8
	.align 8
.LC58:
	.string	"the C compiler makes code for another machine (ELF machine %d, this is %d)"
	.align 8
.LC59:
	.string	"cannot load the compiled code: %s"
	.section	.rodata.str1.1
.LC60:
	.string	"the compiled code has no %s"
	.section	.rodata.str1.8
	.align 8
.LC61:
	.string	"vm: warning: cannot remove %s: %s\n"
	.text
	.p2align 4
	.globl	toolchain_build
	.type	toolchain_build, @function
toolchain_build:
.LVL44:
.LFB42:
	.loc 1 570 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 571 5 view .LVU98
	.loc 1 572 5 view .LVU99
# dispatch/compiled/toolchain.c:570: {
	.loc 1 570 1 is_stmt 0 view .LVU100
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/compiled/toolchain.c:572:     *out = (struct loaded){ NULL, NULL };
	.loc 1 572 10 view .LVU101
	pxor	%xmm0, %xmm0	# tmp372
# dispatch/compiled/toolchain.c:570: {
	.loc 1 570 1 view .LVU102
	movq	%rdi, %r15	# tmp642, write
.LBB68:
.LBB69:
# dispatch/compiled/toolchain.c:142:     const char *env = getenv("DISPATCHLAB_CC");
	.loc 1 142 23 view .LVU103
	movl	$.LC13, %edi	#,
.LVL45:
	.loc 1 142 23 view .LVU104
.LBE69:
.LBE68:
# dispatch/compiled/toolchain.c:570: {
	.loc 1 570 1 view .LVU105
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$17160, %rsp	#,
	.cfi_def_cfa_offset 17216
# dispatch/compiled/toolchain.c:572:     *out = (struct loaded){ NULL, NULL };
	.loc 1 572 10 view .LVU106
	movups	%xmm0, (%rcx)	# tmp372, MEM <vector(2) long unsigned int> [(void * *)out_9(D)]
	.loc 1 573 5 is_stmt 1 view .LVU107
.LVL46:
.LBB93:
.LBI68:
	.loc 1 140 12 view .LVU108
.LBB88:
	.loc 1 142 5 view .LVU109
.LBE88:
.LBE93:
# dispatch/compiled/toolchain.c:570: {
	.loc 1 570 1 is_stmt 0 view .LVU110
	movq	%rdx, 40(%rsp)	# tmp644, %sfp
	movq	%rsi, 48(%rsp)	# tmp643, %sfp
	movq	%rcx, 32(%rsp)	# out, %sfp
	movq	%r8, 8(%rsp)	# tmp646, %sfp
.LVL47:
.LBB94:
.LBB89:
# dispatch/compiled/toolchain.c:142:     const char *env = getenv("DISPATCHLAB_CC");
	.loc 1 142 23 view .LVU111
	call	getenv	#
.LVL48:
	.loc 1 142 23 view .LVU112
	movq	%rax, %rdx	# tmp647, env
.LVL49:
	.loc 1 143 5 is_stmt 1 view .LVU113
	movq	%rax, %xmm0	# env, vect_cstore_66.102
# dispatch/compiled/toolchain.c:143:     const char *choice[2] = { env ? env : COMPILED_CC, env ? NULL : "cc" };
	.loc 1 143 41 is_stmt 0 view .LVU114
	testq	%rax, %rax	# env
	je	.L295	#,
.LVL50:
.L43:
	.loc 1 143 41 view .LVU115
	movq	%rdx, 16(%rsp)	# env, %sfp
	leaq	2832(%rsp), %rbx	#, tmp624
	leaq	2848(%rsp), %r13	#, _248
	movaps	%xmm0, 2832(%rsp)	# vect_cstore_66.102, MEM <vector(2) long unsigned int> [(const char * *)_309]
	.loc 1 144 5 is_stmt 1 view .LVU116
.LBB70:
	.loc 1 144 10 view .LVU117
.LVL51:
	.loc 1 144 27 view .LVU118
	movq	%rbx, %rbp	# ivtmp.173, ivtmp.173
.LVL52:
.L44:
# dispatch/compiled/toolchain.c:144:     for (int k = 0; k < 2 && choice[k]; k++) {
	.loc 1 144 36 is_stmt 0 view .LVU119
	movq	0(%rbp), %rsi	# MEM[(const char * *)_10], _40
# dispatch/compiled/toolchain.c:144:     for (int k = 0; k < 2 && choice[k]; k++) {
	.loc 1 144 27 view .LVU120
	testq	%rsi, %rsi	# _40
	je	.L289	#,
	.loc 1 145 9 is_stmt 1 view .LVU121
# dispatch/compiled/toolchain.c:145:         c->argc = split(c->buf, sizeof c->buf, choice[k], c->argv, MAX_WORDS);
	.loc 1 145 19 is_stmt 0 view .LVU122
	leaq	16432(%rsp), %rdx	#, tmp792
	leaq	15408(%rsp), %rdi	#, tmp793
	call	split.constprop.0	#
.LVL53:
# dispatch/compiled/toolchain.c:145:         c->argc = split(c->buf, sizeof c->buf, choice[k], c->argv, MAX_WORDS);
	.loc 1 145 17 view .LVU123
	movl	%eax, 17136(%rsp)	# _41, cc.argc
	.loc 1 146 9 is_stmt 1 view .LVU124
# dispatch/compiled/toolchain.c:146:         if (c->argc > 0 && resolve(c->argv[0], c->path, sizeof c->path))
	.loc 1 146 12 is_stmt 0 view .LVU125
	testl	%eax, %eax	# _41
	jg	.L296	#,
.LVL54:
.L46:
	.loc 1 144 42 is_stmt 1 view .LVU126
	.loc 1 144 27 view .LVU127
	addq	$8, %rbp	#, ivtmp.173
.LVL55:
	.loc 1 144 27 is_stmt 0 view .LVU128
	cmpq	%rbp, %r13	# ivtmp.173, _248
	jne	.L44	#,
.LVL56:
.L289:
	.loc 1 144 27 view .LVU129
	movq	16(%rsp), %rdx	# %sfp, env
.LBE70:
	.loc 1 149 5 is_stmt 1 view .LVU130
# dispatch/compiled/toolchain.c:149:     if (env)
	.loc 1 149 8 is_stmt 0 view .LVU131
	testq	%rdx, %rdx	# env
	je	.L297	#,
	.loc 1 150 9 is_stmt 1 view .LVU132
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC18, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL57:
.L63:
	.loc 1 150 9 is_stmt 0 view .LVU133
.LBE89:
.LBE94:
# dispatch/compiled/toolchain.c:574:         return -1;
	.loc 1 574 16 view .LVU134
	movl	$-1, %ebx	#, <retval>
.LVL58:
.L41:
# dispatch/compiled/toolchain.c:591: }
	.loc 1 591 1 view .LVU135
	addq	$17160, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movl	%ebx, %eax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
.LVL59:
.L296:
	.cfi_restore_state
.LBB95:
.LBB90:
.LBB85:
# dispatch/compiled/toolchain.c:146:         if (c->argc > 0 && resolve(c->argv[0], c->path, sizeof c->path))
	.loc 1 146 43 view .LVU136
	movq	16432(%rsp), %r12	# cc.argv[0], _43
.LVL60:
.LBB71:
.LBI71:
	.loc 1 119 13 is_stmt 1 view .LVU137
.LBB72:
	.loc 1 121 5 view .LVU138
# dispatch/compiled/toolchain.c:121:     if (strchr(cmd, '/')) {
	.loc 1 121 9 is_stmt 0 view .LVU139
	movl	$47, %esi	#,
	movq	%r12, %rdi	# _43,
	call	strchr	#
.LVL61:
# dispatch/compiled/toolchain.c:121:     if (strchr(cmd, '/')) {
	.loc 1 121 8 view .LVU140
	testq	%rax, %rax	# tmp649
	je	.L47	#,
	.loc 1 122 9 is_stmt 1 view .LVU141
# dispatch/compiled/toolchain.c:122:         if (strlen(cmd) >= size || !executable(cmd))
	.loc 1 122 13 is_stmt 0 view .LVU142
	movq	%r12, %rdi	# _43,
	call	strlen	#
.LVL62:
# dispatch/compiled/toolchain.c:122:         if (strlen(cmd) >= size || !executable(cmd))
	.loc 1 122 12 view .LVU143
	cmpq	$4095, %rax	#, tmp650
	ja	.L46	#,
.LVL63:
.LBB73:
.LBI73:
	.loc 1 112 13 is_stmt 1 view .LVU144
.LBB74:
	.loc 1 114 5 view .LVU145
	.loc 1 115 5 view .LVU146
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 12 is_stmt 0 view .LVU147
	leaq	6928(%rsp), %rax	#, tmp628
	movq	%r12, %rdi	# _43,
	movq	%rax, %rsi	# tmp628,
	movq	%rax, (%rsp)	# tmp628, %sfp
	call	stat	#
.LVL64:
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 56 view .LVU148
	testl	%eax, %eax	# tmp651
	jne	.L46	#,
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 36 view .LVU149
	movl	6952(%rsp), %eax	# MEM[(struct stat *)_195].st_mode, tmp383
	andl	$61440, %eax	#, tmp383
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 33 view .LVU150
	cmpl	$32768, %eax	#, tmp383
	jne	.L46	#,
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 59 view .LVU151
	movl	$1, %esi	#,
	movq	%r12, %rdi	# _43,
	call	access	#
.LVL65:
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 56 view .LVU152
	testl	%eax, %eax	# tmp652
	jne	.L46	#,
.LVL66:
	.loc 1 115 56 view .LVU153
.LBE74:
.LBE73:
	.loc 1 124 9 is_stmt 1 view .LVU154
	movq	%r12, %rsi	# _43,
	leaq	11312(%rsp), %rdi	#, tmp796
.LVL67:
	.loc 1 124 9 is_stmt 0 view .LVU155
	call	strcpy	#
.LVL68:
	.loc 1 125 9 is_stmt 1 view .LVU156
.L51:
	.loc 1 125 9 is_stmt 0 view .LVU157
.LBE72:
.LBE71:
.LBE85:
.LBE90:
.LBE95:
	.loc 1 575 5 is_stmt 1 view .LVU158
	.loc 1 576 5 view .LVU159
	leaq	96(%rsp), %rdi	#, tmp803
.LBB96:
# dispatch/compiled/toolchain.c:583:     for (int s = 1; s < NSIG; s++)
	.loc 1 583 14 is_stmt 0 view .LVU160
	movl	$1, %r12d	#, s
.LBE96:
# dispatch/compiled/toolchain.c:576:     sigemptyset(&held);
	.loc 1 576 5 view .LVU161
	call	sigemptyset	#
.LVL69:
	.loc 1 577 5 is_stmt 1 view .LVU162
	movl	$2, %esi	#,
	leaq	96(%rsp), %rdi	#, tmp804
	call	sigaddset	#
.LVL70:
	.loc 1 578 5 view .LVU163
	movl	$15, %esi	#,
	leaq	96(%rsp), %rdi	#, tmp805
	call	sigaddset	#
.LVL71:
	.loc 1 579 5 view .LVU164
	movl	$1, %esi	#,
	leaq	96(%rsp), %rdi	#, tmp806
	call	sigaddset	#
.LVL72:
	.loc 1 580 5 view .LVU165
	movl	$3, %esi	#,
	leaq	96(%rsp), %rdi	#, tmp807
	call	sigaddset	#
.LVL73:
	.loc 1 581 5 view .LVU166
	leaq	224(%rsp), %rdx	#, tmp808
	leaq	96(%rsp), %rsi	#, tmp809
	xorl	%edi, %edi	#
	call	pthread_sigmask	#
.LVL74:
	.loc 1 583 5 view .LVU167
.LBB97:
	.loc 1 583 10 view .LVU168
	.loc 1 583 23 view .LVU169
	jmp	.L66	#
.LVL75:
	.p2align 4,,10
	.p2align 3
.L65:
	.loc 1 583 32 discriminator 2 view .LVU170
	addl	$1, %r12d	#, s
.LVL76:
	.loc 1 583 23 discriminator 2 view .LVU171
	cmpl	$65, %r12d	#, s
	je	.L298	#,
.LVL77:
.L66:
	.loc 1 584 9 view .LVU172
# dispatch/compiled/toolchain.c:584:         if (sigismember(&old, s) == 1)
	.loc 1 584 13 is_stmt 0 view .LVU173
	movl	%r12d, %esi	# s,
	leaq	224(%rsp), %rdi	#, tmp810
	call	sigismember	#
.LVL78:
# dispatch/compiled/toolchain.c:584:         if (sigismember(&old, s) == 1)
	.loc 1 584 12 view .LVU174
	cmpl	$1, %eax	#, tmp658
	jne	.L65	#,
	.loc 1 585 13 is_stmt 1 view .LVU175
	movl	%r12d, %esi	# s,
	leaq	96(%rsp), %rdi	#, tmp811
# dispatch/compiled/toolchain.c:583:     for (int s = 1; s < NSIG; s++)
	.loc 1 583 32 is_stmt 0 view .LVU176
	addl	$1, %r12d	#, s
.LVL79:
# dispatch/compiled/toolchain.c:585:             sigdelset(&held, s);
	.loc 1 585 13 view .LVU177
	call	sigdelset	#
.LVL80:
	.loc 1 583 32 is_stmt 1 view .LVU178
	.loc 1 583 23 view .LVU179
	cmpl	$65, %r12d	#, s
	jne	.L66	#,
.L298:
	.loc 1 583 23 is_stmt 0 view .LVU180
.LBE97:
	.loc 1 586 5 is_stmt 1 view .LVU181
# dispatch/compiled/toolchain.c:586:     struct workdir d = { .nmade = 0 };
	.loc 1 586 20 is_stmt 0 view .LVU182
	movq	(%rsp), %rdi	# %sfp, tmp405
	xorl	%eax, %eax	# tmp406
	movl	$547, %ecx	#, tmp407
	rep stosq
	.loc 1 587 5 is_stmt 1 view .LVU183
.LVL81:
.LBB98:
.LBI98:
	.loc 1 480 12 view .LVU184
.LBB99:
	.loc 1 483 5 view .LVU185
.LBB100:
.LBI100:
	.loc 1 228 12 view .LVU186
.LBB101:
	.loc 1 230 5 view .LVU187
# dispatch/compiled/toolchain.c:230:     const char *keep = getenv("DISPATCHLAB_COMPILED_KEEP");
	.loc 1 230 24 is_stmt 0 view .LVU188
	movl	$.LC20, %edi	#,
	call	getenv	#
.LVL82:
	movq	%rax, %r12	# tmp659, keep
.LVL83:
	.loc 1 231 5 is_stmt 1 view .LVU189
# dispatch/compiled/toolchain.c:231:     if (keep && *keep) {
	.loc 1 231 8 is_stmt 0 view .LVU190
	testq	%rax, %rax	# keep
	je	.L67	#,
# dispatch/compiled/toolchain.c:231:     if (keep && *keep) {
	.loc 1 231 14 view .LVU191
	cmpb	$0, (%rax)	#, *keep_155
	je	.L67	#,
	.loc 1 232 9 is_stmt 1 view .LVU192
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 13 is_stmt 0 view .LVU193
	movq	%rax, %rdi	# keep,
	call	strlen	#
.LVL84:
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 12 view .LVU194
	cmpq	$4095, %rax	#, tmp660
	ja	.L299	#,
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 47 view .LVU195
	movl	$511, %esi	#,
	movq	%r12, %rdi	# keep,
	call	mkdir	#
.LVL85:
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 43 view .LVU196
	testl	%eax, %eax	# tmp662
	je	.L70	#,
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 73 view .LVU197
	call	__errno_location	#
.LVL86:
	movl	(%rax), %edi	# *_159, _160
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 70 view .LVU198
	cmpl	$17, %edi	#, _160
	jne	.L69	#,
.L70:
	.loc 1 236 9 is_stmt 1 view .LVU199
	movq	(%rsp), %rdi	# %sfp,
	movq	%r12, %rsi	# keep,
	call	strcpy	#
.LVL87:
	.loc 1 237 9 view .LVU200
# dispatch/compiled/toolchain.c:237:         d->keep = true;
	.loc 1 237 17 is_stmt 0 view .LVU201
	movb	$1, 11024(%rsp)	#, MEM[(struct workdir *)_195].keep
	.loc 1 238 9 is_stmt 1 view .LVU202
.LVL88:
	.loc 1 238 9 is_stmt 0 view .LVU203
.LBE101:
.LBE100:
.LBB105:
	.loc 1 485 26 is_stmt 1 view .LVU204
.L72:
	.loc 1 485 26 is_stmt 0 view .LVU205
	movq	%r15, 56(%rsp)	# write, %sfp
	movl	$compiled_files, %r12d	#, ivtmp.157
.LVL89:
	.p2align 4,,10
	.p2align 3
.L89:
	.loc 1 486 9 is_stmt 1 view .LVU206
# dispatch/compiled/toolchain.c:486:         if (workdir_write(d, compiled_files[i].path, compiled_files[i].text, w) < 0)
	.loc 1 486 47 is_stmt 0 view .LVU207
	movq	(%r12), %r13	# MEM[(const char * *)_460], _97
.LVL90:
.LBB106:
.LBB107:
.LBB108:
# dispatch/compiled/toolchain.c:256:     for (const char *s = strchr(name, '/'); s; s = strchr(s + 1, '/')) {
	.loc 1 256 26 view .LVU208
	movl	$47, %esi	#,
.LBE108:
.LBE107:
.LBE106:
# dispatch/compiled/toolchain.c:486:         if (workdir_write(d, compiled_files[i].path, compiled_files[i].text, w) < 0)
	.loc 1 486 71 view .LVU209
	movq	8(%r12), %r15	# MEM[(const char * *)_460 + 8B], _96
.LVL91:
.LBB134:
.LBI106:
	.loc 1 253 12 is_stmt 1 view .LVU210
.LBB127:
	.loc 1 255 5 view .LVU211
	.loc 1 256 5 view .LVU212
.LBB117:
	.loc 1 256 10 view .LVU213
# dispatch/compiled/toolchain.c:256:     for (const char *s = strchr(name, '/'); s; s = strchr(s + 1, '/')) {
	.loc 1 256 26 is_stmt 0 view .LVU214
	movq	%r13, %rdi	# _97,
	call	strchr	#
.LVL92:
	movq	%rax, %r14	# tmp670, s
.LVL93:
	.loc 1 256 45 is_stmt 1 view .LVU215
	testq	%rax, %rax	# s
	je	.L85	#,
	movq	%r15, 16(%rsp)	# _96, %sfp
	movq	%r12, 24(%rsp)	# ivtmp.157, %sfp
	jmp	.L76	#
.LVL94:
	.p2align 4,,10
	.p2align 3
.L80:
.LBB109:
	.loc 1 269 16 view .LVU216
# dispatch/compiled/toolchain.c:269:         } else if (err != EEXIST) {
	.loc 1 269 19 is_stmt 0 view .LVU217
	cmpl	$17, %ebp	#, err
	jne	.L300	#,
.L84:
	.loc 1 269 19 view .LVU218
.LBE109:
	.loc 1 256 50 is_stmt 1 view .LVU219
# dispatch/compiled/toolchain.c:256:     for (const char *s = strchr(name, '/'); s; s = strchr(s + 1, '/')) {
	.loc 1 256 52 is_stmt 0 view .LVU220
	leaq	1(%r14), %rdi	#, _188
	movl	$47, %esi	#,
	call	strchr	#
.LVL95:
	movq	%rax, %r14	# tmp677, s
.LVL96:
	.loc 1 256 45 is_stmt 1 view .LVU221
	testq	%rax, %rax	# s
	je	.L301	#,
.LVL97:
.L76:
.LBB114:
	.loc 1 257 9 view .LVU222
	movl	%r14d, %ecx	# s, tmp418
	movq	%r13, %r8	# _97,
	movl	$.LC25, %edx	#,
	movl	$256, %esi	#,
	subl	%r13d, %ecx	# _97, tmp418
	movq	%rbx, %rdi	# tmp624,
	xorl	%eax, %eax	#
.LVL98:
	.loc 1 257 9 is_stmt 0 view .LVU223
	call	snprintf	#
.LVL99:
	.loc 1 258 9 is_stmt 1 view .LVU224
# dispatch/compiled/toolchain.c:258:         char *p = path_in(d, sub);
	.loc 1 258 19 is_stmt 0 view .LVU225
	movq	(%rsp), %rdi	# %sfp,
	movq	%rbx, %rsi	# tmp624,
	call	path_in	#
.LVL100:
	movq	%rax, %r15	# tmp672, p
.LVL101:
	.loc 1 259 9 is_stmt 1 view .LVU226
# dispatch/compiled/toolchain.c:259:         if (!p) {
	.loc 1 259 12 is_stmt 0 view .LVU227
	testq	%rax, %rax	# p
	je	.L292	#,
	.loc 1 263 9 is_stmt 1 view .LVU228
# dispatch/compiled/toolchain.c:263:         int made = mkdir(p, 0700);
	.loc 1 263 20 is_stmt 0 view .LVU229
	movq	%rax, %rdi	# p,
	movl	$448, %esi	#,
	call	mkdir	#
.LVL102:
	.loc 1 263 20 view .LVU230
	movl	%eax, %r12d	# tmp673, made
.LVL103:
	.loc 1 264 9 is_stmt 1 view .LVU231
# dispatch/compiled/toolchain.c:264:         int err = errno;
	.loc 1 264 19 is_stmt 0 view .LVU232
	call	__errno_location	#
.LVL104:
# dispatch/compiled/toolchain.c:265:         free(p);
	.loc 1 265 9 view .LVU233
	movq	%r15, %rdi	# p,
# dispatch/compiled/toolchain.c:264:         int err = errno;
	.loc 1 264 13 view .LVU234
	movl	(%rax), %ebp	# *_182, err
.LVL105:
	.loc 1 265 9 is_stmt 1 view .LVU235
	call	free	#
.LVL106:
	.loc 1 266 9 view .LVU236
# dispatch/compiled/toolchain.c:266:         if (made == 0) {
	.loc 1 266 12 is_stmt 0 view .LVU237
	testl	%r12d, %r12d	# made
	jne	.L80	#,
	.loc 1 267 13 is_stmt 1 view .LVU238
.LVL107:
.LBB110:
.LBI110:
	.loc 1 216 14 view .LVU239
.LBB111:
	.loc 1 218 5 view .LVU240
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU241
	movq	(%rsp), %rdi	# %sfp,
	movq	%rbx, %rsi	# tmp624,
	call	path_in	#
.LVL108:
	.loc 1 219 5 is_stmt 1 view .LVU242
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 8 is_stmt 0 view .LVU243
	testq	%rax, %rax	# p
	je	.L81	#,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 16 view .LVU244
	movslq	11296(%rsp), %rdx	# MEM[(struct workdir *)_195].nmade,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 12 view .LVU245
	cmpl	$32, %edx	#, _199
	je	.L81	#,
	.loc 1 224 5 is_stmt 1 view .LVU246
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 is_stmt 0 view .LVU247
	leal	1(%rdx), %ecx	#, tmp423
	movl	%ecx, 11296(%rsp)	# tmp423, MEM[(struct workdir *)_195].nmade
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 25 view .LVU248
	movq	%rax, 11040(%rsp,%rdx,8)	# p, MEM[(struct workdir *)_195].made[_199]
	.loc 1 225 5 is_stmt 1 view .LVU249
.LVL109:
	.loc 1 225 5 is_stmt 0 view .LVU250
	jmp	.L84	#
.LVL110:
.L297:
	.loc 1 225 5 view .LVU251
.LBE111:
.LBE110:
.LBE114:
.LBE117:
.LBE127:
.LBE134:
.LBE105:
.LBE99:
.LBE98:
.LBB263:
.LBB91:
	.loc 1 151 10 is_stmt 1 view .LVU252
	.loc 1 152 9 view .LVU253
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC19, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL111:
	.loc 1 152 9 is_stmt 0 view .LVU254
	jmp	.L63	#
.LVL112:
.L295:
	.loc 1 152 9 view .LVU255
	movl	$.LC14, %eax	#, _120
.LVL113:
	.loc 1 152 9 view .LVU256
	movq	%rax, %xmm0	# _120, _120
	punpcklqdq	%xmm0, %xmm0	# vect_cstore_66.102
	jmp	.L43	#
.LVL114:
.L47:
.LBB86:
.LBB83:
.LBB81:
	.loc 1 127 5 is_stmt 1 view .LVU257
# dispatch/compiled/toolchain.c:127:     const char *path = getenv("PATH");
	.loc 1 127 24 is_stmt 0 view .LVU258
	movl	$.LC15, %edi	#,
	call	getenv	#
.LVL115:
	movq	%rax, %r14	# tmp653, path
.LVL116:
	.loc 1 128 5 is_stmt 1 view .LVU259
# dispatch/compiled/toolchain.c:128:     if (!path)
	.loc 1 128 8 is_stmt 0 view .LVU260
	testq	%rax, %rax	# path
	je	.L170	#,
	.loc 1 130 12 is_stmt 1 view .LVU261
	cmpb	$0, (%rax)	#, *path_51
	je	.L46	#,
.L52:
.LVL117:
.LBB75:
.LBB76:
.LBB77:
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 12 is_stmt 0 view .LVU262
	movq	%rbp, 24(%rsp)	# ivtmp.173, %sfp
	movq	%r14, %rbp	# path, path
.LVL118:
	.loc 1 115 12 view .LVU263
	jmp	.L58	#
.LVL119:
	.p2align 4,,10
	.p2align 3
.L54:
	.loc 1 115 12 view .LVU264
.LBE77:
.LBE76:
	.loc 1 135 9 is_stmt 1 view .LVU265
# dispatch/compiled/toolchain.c:135:         path += len + (path[len] == ':');
	.loc 1 135 34 is_stmt 0 view .LVU266
	xorl	%eax, %eax	# tmp394
	cmpb	$58, 0(%rbp,%r14)	#, *_58
	sete	%al	#, tmp394
# dispatch/compiled/toolchain.c:135:         path += len + (path[len] == ':');
	.loc 1 135 21 view .LVU267
	addq	%r14, %rax	# len, _62
# dispatch/compiled/toolchain.c:135:         path += len + (path[len] == ':');
	.loc 1 135 14 view .LVU268
	addq	%rax, %rbp	# _62, path
.LVL120:
	.loc 1 135 14 view .LVU269
.LBE75:
	.loc 1 130 12 is_stmt 1 view .LVU270
	cmpb	$0, 0(%rbp)	#, *path_63
	je	.L302	#,
.LVL121:
.L58:
.LBB80:
	.loc 1 131 9 view .LVU271
# dispatch/compiled/toolchain.c:131:         size_t len = strcspn(path, ":");
	.loc 1 131 22 is_stmt 0 view .LVU272
	movl	$.LC16, %esi	#,
	movq	%rbp, %rdi	# path,
	call	strcspn	#
.LVL122:
	movq	%rax, %r14	# tmp654, len
.LVL123:
	.loc 1 132 9 is_stmt 1 view .LVU273
# dispatch/compiled/toolchain.c:132:         if (len > 0 && (size_t)snprintf(out, size, "%.*s/%s", (int)len, path, cmd) < size
	.loc 1 132 12 is_stmt 0 view .LVU274
	testq	%rax, %rax	# len
	je	.L54	#,
# dispatch/compiled/toolchain.c:132:         if (len > 0 && (size_t)snprintf(out, size, "%.*s/%s", (int)len, path, cmd) < size
	.loc 1 132 32 view .LVU275
	movl	%eax, %ecx	# len, len
	movq	%r12, %r9	# _43,
	movq	%rbp, %r8	# path,
	movl	$.LC17, %edx	#,
	movl	$4096, %esi	#,
	leaq	11312(%rsp), %rdi	#, tmp797
.LVL124:
	.loc 1 132 32 view .LVU276
	xorl	%eax, %eax	#
.LVL125:
	.loc 1 132 32 view .LVU277
	call	snprintf	#
.LVL126:
# dispatch/compiled/toolchain.c:132:         if (len > 0 && (size_t)snprintf(out, size, "%.*s/%s", (int)len, path, cmd) < size
	.loc 1 132 24 view .LVU278
	cltq
# dispatch/compiled/toolchain.c:132:         if (len > 0 && (size_t)snprintf(out, size, "%.*s/%s", (int)len, path, cmd) < size
	.loc 1 132 21 view .LVU279
	cmpq	$4095, %rax	#, _55
	ja	.L54	#,
.LVL127:
.LBB79:
.LBI76:
	.loc 1 112 13 is_stmt 1 view .LVU280
.LBB78:
	.loc 1 114 5 view .LVU281
	.loc 1 115 5 view .LVU282
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 12 is_stmt 0 view .LVU283
	leaq	6928(%rsp), %rax	#, tmp798
	leaq	11312(%rsp), %rdi	#, tmp800
.LVL128:
	.loc 1 115 12 view .LVU284
	movq	%rax, %rsi	# tmp798, tmp799
	movq	%rax, (%rsp)	# tmp798, %sfp
	call	stat	#
.LVL129:
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 56 view .LVU285
	testl	%eax, %eax	# tmp656
	jne	.L54	#,
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 36 view .LVU286
	movl	6952(%rsp), %eax	# MEM[(struct stat *)_195].st_mode, tmp391
	andl	$61440, %eax	#, tmp391
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 33 view .LVU287
	cmpl	$32768, %eax	#, tmp391
	jne	.L54	#,
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 59 view .LVU288
	movl	$1, %esi	#,
	leaq	11312(%rsp), %rdi	#, tmp802
.LVL130:
	.loc 1 115 59 view .LVU289
	call	access	#
.LVL131:
# dispatch/compiled/toolchain.c:115:     return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
	.loc 1 115 56 view .LVU290
	testl	%eax, %eax	# tmp657
	je	.L51	#,
	jmp	.L54	#
.LVL132:
.L302:
	.loc 1 115 56 view .LVU291
	movq	24(%rsp), %rbp	# %sfp, ivtmp.173
.LVL133:
	.loc 1 115 56 view .LVU292
	jmp	.L46	#
.LVL134:
	.p2align 4,,10
	.p2align 3
.L81:
	.loc 1 115 56 view .LVU293
.LBE78:
.LBE79:
.LBE80:
.LBE81:
.LBE83:
.LBE86:
.LBE91:
.LBE263:
.LBB264:
.LBB258:
.LBB141:
.LBB135:
.LBB128:
.LBB118:
.LBB115:
.LBB113:
.LBB112:
# dispatch/compiled/toolchain.c:220:         free(p);
	.loc 1 220 9 view .LVU294
	movq	%rax, %rdi	# p, p
.LVL135:
.L291:
	.loc 1 220 9 is_stmt 1 view .LVU295
	call	free	#
.LVL136:
.L292:
	.loc 1 221 9 view .LVU296
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC26, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL137:
	.loc 1 222 9 view .LVU297
.L71:
	.loc 1 222 9 is_stmt 0 view .LVU298
.LBE112:
.LBE113:
.LBE115:
.LBE118:
.LBE128:
.LBE135:
.LBE141:
# dispatch/compiled/toolchain.c:484:         return -1;
	.loc 1 484 16 view .LVU299
	movl	$-1, %ebx	#, <retval>
.L83:
.LVL138:
	.loc 1 484 16 view .LVU300
.LBE258:
.LBE264:
	.loc 1 588 5 is_stmt 1 view .LVU301
.LBB265:
.LBI265:
	.loc 1 200 13 view .LVU302
.LBB266:
	.loc 1 202 5 view .LVU303
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 11 is_stmt 0 view .LVU304
	movzbl	11024(%rsp), %edx	# MEM[(struct workdir *)_195].keep, prephitmp_691
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 22 view .LVU305
	movl	11296(%rsp), %eax	# MEM[(struct workdir *)_195].nmade, _39
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 8 view .LVU306
	testb	%dl, %dl	# prephitmp_691
	jne	.L151	#,
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 18 view .LVU307
	testl	%eax, %eax	# _39
	jle	.L152	#,
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 38 view .LVU308
	movq	11032(%rsp), %r12	# MEM[(struct workdir *)_195].tmp, _81
# dispatch/compiled/toolchain.c:202:     if (!d->keep && d->nmade > 0 && d->tmp)
	.loc 1 202 34 view .LVU309
	testq	%r12, %r12	# _81
	je	.L167	#,
	.loc 1 203 9 is_stmt 1 view .LVU310
.LVL139:
.LBB267:
.LBI267:
	.loc 1 180 13 view .LVU311
.LBB268:
	.loc 1 182 5 view .LVU312
# dispatch/compiled/toolchain.c:182:     DIR *dir = opendir(p);
	.loc 1 182 16 is_stmt 0 view .LVU313
	movq	%r12, %rdi	# _81,
	call	opendir	#
.LVL140:
	movq	%rax, %r13	# tmp723, tmp601
.LVL141:
	.loc 1 183 5 is_stmt 1 view .LVU314
# dispatch/compiled/toolchain.c:183:     if (!dir)
	.loc 1 183 8 is_stmt 0 view .LVU315
	testq	%rax, %rax	# tmp601
	je	.L294	#,
.LVL142:
.L154:
	.loc 1 186 31 is_stmt 1 view .LVU316
# dispatch/compiled/toolchain.c:186:     while ((e = readdir(dir)) != NULL) {
	.loc 1 186 17 is_stmt 0 view .LVU317
	movq	%r13, %rdi	# tmp601,
	call	readdir	#
.LVL143:
# dispatch/compiled/toolchain.c:186:     while ((e = readdir(dir)) != NULL) {
	.loc 1 186 31 view .LVU318
	testq	%rax, %rax	# e
	je	.L303	#,
.L161:
.LBB269:
	.loc 1 187 9 is_stmt 1 view .LVU319
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 13 is_stmt 0 view .LVU320
	cmpb	$46, 19(%rax)	#, MEM <char[1:2]> [(void *)_372]
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 21 view .LVU321
	leaq	19(%rax), %rbp	#, _372
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 13 view .LVU322
	jne	.L157	#,
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 12 view .LVU323
	cmpb	$0, 1(%rbp)	#, MEM <char[1:2]> [(void *)_372]
	je	.L154	#,
.L157:
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 44 view .LVU324
	cmpb	$46, 19(%rax)	#, MEM <char[1:3]> [(void *)_372]
	jne	.L183	#,
	cmpb	$46, 1(%rbp)	#, MEM <char[1:3]> [(void *)_372]
	jne	.L183	#,
# dispatch/compiled/toolchain.c:187:         if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
	.loc 1 187 41 view .LVU325
	cmpb	$0, 2(%rbp)	#, MEM <char[1:3]> [(void *)_372]
	je	.L154	#,
.L183:
	.loc 1 189 9 is_stmt 1 view .LVU326
# dispatch/compiled/toolchain.c:189:         size_t len = strlen(p) + strlen(e->d_name) + 2;
	.loc 1 189 22 is_stmt 0 view .LVU327
	movq	%r12, %rdi	# _81,
	call	strlen	#
.LVL144:
# dispatch/compiled/toolchain.c:189:         size_t len = strlen(p) + strlen(e->d_name) + 2;
	.loc 1 189 34 view .LVU328
	movq	%rbp, %rdi	# _372,
# dispatch/compiled/toolchain.c:189:         size_t len = strlen(p) + strlen(e->d_name) + 2;
	.loc 1 189 22 view .LVU329
	movq	%rax, %r14	# tmp724, tmp608
# dispatch/compiled/toolchain.c:189:         size_t len = strlen(p) + strlen(e->d_name) + 2;
	.loc 1 189 34 view .LVU330
	call	strlen	#
.LVL145:
# dispatch/compiled/toolchain.c:189:         size_t len = strlen(p) + strlen(e->d_name) + 2;
	.loc 1 189 16 view .LVU331
	leaq	2(%r14,%rax), %r15	#, len
.LVL146:
	.loc 1 190 9 is_stmt 1 view .LVU332
# dispatch/compiled/toolchain.c:190:         char *f = malloc(len);
	.loc 1 190 19 is_stmt 0 view .LVU333
	movq	%r15, %rdi	# len,
	call	malloc	#
.LVL147:
	movq	%rax, %r14	# tmp726, tmp614
.LVL148:
	.loc 1 191 9 is_stmt 1 view .LVU334
# dispatch/compiled/toolchain.c:191:         if (f) {
	.loc 1 191 12 is_stmt 0 view .LVU335
	testq	%rax, %rax	# tmp614
	je	.L154	#,
	.loc 1 192 13 is_stmt 1 view .LVU336
	movq	%rbp, %r8	# _372,
	movq	%r12, %rcx	# _81,
	movl	$.LC0, %edx	#,
	movq	%r15, %rsi	# len,
	movq	%rax, %rdi	# tmp614,
	xorl	%eax, %eax	#
.LVL149:
	.loc 1 192 13 is_stmt 0 view .LVU337
	call	snprintf	#
.LVL150:
	.loc 1 193 13 is_stmt 1 view .LVU338
	movq	%r14, %rdi	# tmp614,
	call	unlink	#
.LVL151:
	.loc 1 194 13 view .LVU339
	movq	%r14, %rdi	# tmp614,
	call	free	#
.LVL152:
.LBE269:
	.loc 1 186 31 view .LVU340
# dispatch/compiled/toolchain.c:186:     while ((e = readdir(dir)) != NULL) {
	.loc 1 186 17 is_stmt 0 view .LVU341
	movq	%r13, %rdi	# tmp601,
	call	readdir	#
.LVL153:
# dispatch/compiled/toolchain.c:186:     while ((e = readdir(dir)) != NULL) {
	.loc 1 186 31 view .LVU342
	testq	%rax, %rax	# e
	jne	.L161	#,
.LVL154:
.L303:
	.loc 1 197 5 is_stmt 1 view .LVU343
	movq	%r13, %rdi	# tmp601,
	call	closedir	#
.LVL155:
	.loc 1 197 5 is_stmt 0 view .LVU344
	jmp	.L294	#
.LVL156:
	.p2align 4,,10
	.p2align 3
.L305:
	.loc 1 197 5 view .LVU345
.LBE268:
.LBE267:
.LBB270:
# dispatch/compiled/toolchain.c:206:         if (!d->keep && remove(p) != 0 && errno != ENOENT)
	.loc 1 206 25 view .LVU346
	movq	%rbp, %rdi	# p,
	call	remove	#
.LVL157:
# dispatch/compiled/toolchain.c:206:         if (!d->keep && remove(p) != 0 && errno != ENOENT)
	.loc 1 206 22 view .LVU347
	testl	%eax, %eax	# tmp728
	je	.L164	#,
# dispatch/compiled/toolchain.c:206:         if (!d->keep && remove(p) != 0 && errno != ENOENT)
	.loc 1 206 43 view .LVU348
	call	__errno_location	#
.LVL158:
	movl	(%rax), %edi	# *_87, _88
# dispatch/compiled/toolchain.c:206:         if (!d->keep && remove(p) != 0 && errno != ENOENT)
	.loc 1 206 40 view .LVU349
	cmpl	$2, %edi	#, _88
	je	.L164	#,
	.loc 1 207 13 is_stmt 1 view .LVU350
	call	strerror	#
.LVL159:
	movq	stderr(%rip), %rdi	# stderr,
	movq	%rbp, %rdx	# p,
	movl	$.LC61, %esi	#,
	movq	%rax, %rcx	# tmp730, _89
	xorl	%eax, %eax	#
	call	fprintf	#
.LVL160:
	.p2align 4,,10
	.p2align 3
.L164:
	.loc 1 208 9 view .LVU351
	movq	%rbp, %rdi	# p,
	call	free	#
.LVL161:
.L294:
	.loc 1 208 9 is_stmt 0 view .LVU352
.LBE270:
	.loc 1 204 21 is_stmt 1 view .LVU353
# dispatch/compiled/toolchain.c:204:     while (d->nmade > 0) {
	.loc 1 204 13 is_stmt 0 view .LVU354
	movl	11296(%rsp), %eax	# MEM[(struct workdir *)_195].nmade, _39
# dispatch/compiled/toolchain.c:210:     if (!d->keep && d->dir[0])
	.loc 1 210 11 view .LVU355
	movzbl	11024(%rsp), %edx	# MEM[(struct workdir *)_195].keep, prephitmp_691
# dispatch/compiled/toolchain.c:204:     while (d->nmade > 0) {
	.loc 1 204 21 view .LVU356
	testl	%eax, %eax	# _39
	jle	.L304	#,
.L167:
.LBB271:
	.loc 1 205 9 is_stmt 1 view .LVU357
# dispatch/compiled/toolchain.c:205:         char *p = d->made[--d->nmade];
	.loc 1 205 27 is_stmt 0 view .LVU358
	subl	$1, %eax	#, _83
# dispatch/compiled/toolchain.c:205:         char *p = d->made[--d->nmade];
	.loc 1 205 15 view .LVU359
	movl	%eax, 11296(%rsp)	# _83, MEM[(struct workdir *)_195].nmade
	cltq
	movq	11040(%rsp,%rax,8), %rbp	# MEM[(struct workdir *)_195].made[_83], p
.LVL162:
	.loc 1 206 9 is_stmt 1 view .LVU360
# dispatch/compiled/toolchain.c:206:         if (!d->keep && remove(p) != 0 && errno != ENOENT)
	.loc 1 206 12 is_stmt 0 view .LVU361
	testb	%dl, %dl	# prephitmp_691
	jne	.L164	#,
	jmp	.L305	#
.LVL163:
	.p2align 4,,10
	.p2align 3
.L301:
	.loc 1 206 12 view .LVU362
.LBE271:
.LBE266:
.LBE265:
.LBB275:
.LBB259:
.LBB142:
.LBB136:
.LBB129:
.LBB119:
	movq	16(%rsp), %r15	# %sfp, _96
.LVL164:
	.loc 1 206 12 view .LVU363
	movq	24(%rsp), %r12	# %sfp, ivtmp.157
.LVL165:
.L85:
	.loc 1 206 12 view .LVU364
.LBE119:
	.loc 1 274 5 is_stmt 1 view .LVU365
.LBB120:
.LBI120:
	.loc 1 216 14 view .LVU366
.LBB121:
	.loc 1 218 5 view .LVU367
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU368
	movq	(%rsp), %rdi	# %sfp,
	movq	%r13, %rsi	# _97,
	call	path_in	#
.LVL166:
	.loc 1 218 15 view .LVU369
	movq	%rax, %r13	# tmp671, p
.LVL167:
	.loc 1 219 5 is_stmt 1 view .LVU370
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 8 is_stmt 0 view .LVU371
	testq	%rax, %rax	# p
	je	.L77	#,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 16 view .LVU372
	movslq	11296(%rsp), %rax	# MEM[(struct workdir *)_195].nmade,
.LVL168:
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 12 view .LVU373
	cmpl	$32, %eax	#, _203
	je	.L77	#,
	.loc 1 224 5 is_stmt 1 view .LVU374
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 is_stmt 0 view .LVU375
	leal	1(%rax), %edx	#, tmp428
.LBE121:
.LBE120:
# dispatch/compiled/toolchain.c:277:     FILE *f = fopen(p, "w");
	.loc 1 277 15 view .LVU376
	movl	$.LC28, %esi	#,
	movq	%r13, %rdi	# p,
.LBB124:
.LBB122:
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 view .LVU377
	movl	%edx, 11296(%rsp)	# tmp428, MEM[(struct workdir *)_195].nmade
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 25 view .LVU378
	movq	%r13, 11040(%rsp,%rax,8)	# p, MEM[(struct workdir *)_195].made[_203]
	.loc 1 225 5 is_stmt 1 view .LVU379
.LVL169:
	.loc 1 225 5 is_stmt 0 view .LVU380
.LBE122:
.LBE124:
	.loc 1 275 5 is_stmt 1 view .LVU381
	.loc 1 277 5 view .LVU382
# dispatch/compiled/toolchain.c:277:     FILE *f = fopen(p, "w");
	.loc 1 277 15 is_stmt 0 view .LVU383
	call	fopen	#
.LVL170:
	movq	%rax, %r14	# tmp678, tmp431
.LVL171:
	.loc 1 278 5 is_stmt 1 view .LVU384
# dispatch/compiled/toolchain.c:278:     if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
	.loc 1 278 8 is_stmt 0 view .LVU385
	testq	%rax, %rax	# tmp431
	je	.L87	#,
# dispatch/compiled/toolchain.c:278:     if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
	.loc 1 278 15 view .LVU386
	movq	%rax, %rsi	# tmp431,
	movq	%r15, %rdi	# _96,
	call	fputs	#
.LVL172:
# dispatch/compiled/toolchain.c:278:     if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
	.loc 1 278 12 view .LVU387
	cmpl	$-1, %eax	#, tmp679
	je	.L88	#,
# dispatch/compiled/toolchain.c:278:     if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
	.loc 1 278 40 view .LVU388
	movq	%r14, %rdi	# tmp431,
	call	fclose	#
.LVL173:
# dispatch/compiled/toolchain.c:278:     if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
	.loc 1 278 37 view .LVU389
	testl	%eax, %eax	# tmp680
	jne	.L88	#,
.LVL174:
	.loc 1 278 37 view .LVU390
.LBE129:
.LBE136:
	.loc 1 485 79 is_stmt 1 view .LVU391
	.loc 1 485 26 view .LVU392
	addq	$16, %r12	#, ivtmp.157
	movl	$compiled_files+144, %eax	#, tmp814
	cmpq	%r12, %rax	# ivtmp.157, tmp814
	jne	.L89	#,
.LBE142:
.LBB143:
.LBB144:
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU393
	movq	(%rsp), %rdi	# %sfp,
	movl	$.LC29, %esi	#,
	movq	56(%rsp), %r15	# %sfp, write
.LBE144:
.LBE143:
	.loc 1 488 5 is_stmt 1 view .LVU394
.LVL175:
.LBB148:
.LBI143:
	.loc 1 216 14 view .LVU395
.LBB145:
	.loc 1 218 5 view .LVU396
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU397
	call	path_in	#
.LVL176:
	movq	%rax, %r12	# tmp681, p
.LVL177:
	.loc 1 219 5 is_stmt 1 view .LVU398
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 8 is_stmt 0 view .LVU399
	testq	%rax, %rax	# p
	je	.L90	#,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 16 view .LVU400
	movslq	11296(%rsp), %rax	# MEM[(struct workdir *)_195].nmade,
.LVL178:
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 12 view .LVU401
	cmpl	$32, %eax	#, _207
	je	.L90	#,
	.loc 1 224 5 is_stmt 1 view .LVU402
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 is_stmt 0 view .LVU403
	leal	1(%rax), %edx	#, tmp433
.LBE145:
.LBE148:
# dispatch/compiled/toolchain.c:491:     FILE *f = fopen(src, "w");
	.loc 1 491 15 view .LVU404
	movl	$.LC28, %esi	#,
	movq	%r12, %rdi	# p,
.LBB149:
.LBB146:
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 view .LVU405
	movl	%edx, 11296(%rsp)	# tmp433, MEM[(struct workdir *)_195].nmade
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 25 view .LVU406
	movq	%r12, 11040(%rsp,%rax,8)	# p, MEM[(struct workdir *)_195].made[_207]
	.loc 1 225 5 is_stmt 1 view .LVU407
.LVL179:
	.loc 1 225 5 is_stmt 0 view .LVU408
.LBE146:
.LBE149:
	.loc 1 489 5 is_stmt 1 view .LVU409
	.loc 1 491 5 view .LVU410
# dispatch/compiled/toolchain.c:491:     FILE *f = fopen(src, "w");
	.loc 1 491 15 is_stmt 0 view .LVU411
	call	fopen	#
.LVL180:
	movq	%rax, %r13	# tmp682, tmp436
.LVL181:
	.loc 1 492 5 is_stmt 1 view .LVU412
# dispatch/compiled/toolchain.c:492:     if (!f) {
	.loc 1 492 8 is_stmt 0 view .LVU413
	testq	%rax, %rax	# tmp436
	je	.L290	#,
	.loc 1 496 5 is_stmt 1 view .LVU414
# dispatch/compiled/toolchain.c:496:     int wrote = write(f, arg, w);
	.loc 1 496 17 is_stmt 0 view .LVU415
	movq	%rax, %rdi	# tmp436,
	movq	8(%rsp), %rdx	# %sfp,
	movq	48(%rsp), %rsi	# %sfp,
	call	*%r15	# write
.LVL182:
# dispatch/compiled/toolchain.c:497:     if (fclose(f) != 0 && wrote == 0) {
	.loc 1 497 9 view .LVU416
	movq	%r13, %rdi	# tmp436,
# dispatch/compiled/toolchain.c:496:     int wrote = write(f, arg, w);
	.loc 1 496 17 view .LVU417
	movl	%eax, %r14d	# tmp685, wrote
.LVL183:
	.loc 1 497 5 is_stmt 1 view .LVU418
# dispatch/compiled/toolchain.c:497:     if (fclose(f) != 0 && wrote == 0) {
	.loc 1 497 9 is_stmt 0 view .LVU419
	call	fclose	#
.LVL184:
# dispatch/compiled/toolchain.c:497:     if (fclose(f) != 0 && wrote == 0) {
	.loc 1 497 24 view .LVU420
	testl	%r14d, %r14d	# wrote
	jne	.L93	#,
	testl	%eax, %eax	# _106
	jne	.L290	#,
.L93:
	.loc 1 501 5 is_stmt 1 view .LVU421
# dispatch/compiled/toolchain.c:501:     if (wrote < 0)
	.loc 1 501 8 is_stmt 0 view .LVU422
	testl	%r14d, %r14d	# wrote
	js	.L71	#,
	.loc 1 503 5 is_stmt 1 view .LVU423
.LVL185:
.LBB150:
.LBI150:
	.loc 1 216 14 view .LVU424
.LBB151:
	.loc 1 218 5 view .LVU425
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU426
	movq	(%rsp), %rdi	# %sfp,
	movl	$.LC31, %esi	#,
	call	path_in	#
.LVL186:
	movq	%rax, 24(%rsp)	# p, %sfp
.LVL187:
	.loc 1 219 5 is_stmt 1 view .LVU427
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 8 is_stmt 0 view .LVU428
	testq	%rax, %rax	# p
	je	.L94	#,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 16 view .LVU429
	movslq	11296(%rsp), %rax	# MEM[(struct workdir *)_195].nmade,
.LVL188:
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 12 view .LVU430
	cmpl	$32, %eax	#, _211
	je	.L94	#,
	.loc 1 224 5 is_stmt 1 view .LVU431
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 is_stmt 0 view .LVU432
	leal	1(%rax), %edx	#, tmp443
.LBE151:
.LBE150:
.LBB154:
.LBB155:
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 view .LVU433
	movq	(%rsp), %rdi	# %sfp,
	movl	$.LC32, %esi	#,
.LBE155:
.LBE154:
.LBB159:
.LBB152:
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 view .LVU434
	movl	%edx, 11296(%rsp)	# tmp443, MEM[(struct workdir *)_195].nmade
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 25 view .LVU435
	movq	24(%rsp), %rdx	# %sfp, p
	movq	%rdx, 11040(%rsp,%rax,8)	# p, MEM[(struct workdir *)_195].made[_211]
	.loc 1 225 5 is_stmt 1 view .LVU436
.LVL189:
	.loc 1 225 5 is_stmt 0 view .LVU437
.LBE152:
.LBE159:
	.loc 1 504 5 is_stmt 1 view .LVU438
	.loc 1 506 5 view .LVU439
.LBB160:
.LBI154:
	.loc 1 216 14 view .LVU440
.LBB156:
	.loc 1 218 5 view .LVU441
# dispatch/compiled/toolchain.c:218:     char *p = path_in(d, name);
	.loc 1 218 15 is_stmt 0 view .LVU442
	call	path_in	#
.LVL190:
	movq	%rax, %rdi	# tmp690, p
.LVL191:
	.loc 1 219 5 is_stmt 1 view .LVU443
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 8 is_stmt 0 view .LVU444
	testq	%rax, %rax	# p
	je	.L96	#,
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 16 view .LVU445
	movslq	11296(%rsp), %rax	# MEM[(struct workdir *)_195].nmade,
.LVL192:
# dispatch/compiled/toolchain.c:219:     if (!p || d->nmade == (int)(sizeof d->made / sizeof d->made[0])) {
	.loc 1 219 12 view .LVU446
	cmpl	$32, %eax	#, _215
	je	.L96	#,
	.loc 1 224 5 is_stmt 1 view .LVU447
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 is_stmt 0 view .LVU448
	leal	1(%rax), %edx	#, tmp447
.LBE156:
.LBE160:
# dispatch/compiled/toolchain.c:509:     if (mkdir(d->tmp, 0700) != 0 && errno != EEXIST) {
	.loc 1 509 9 view .LVU449
	movl	$448, %esi	#,
.LBB161:
.LBB157:
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 21 view .LVU450
	movl	%edx, 11296(%rsp)	# tmp447, MEM[(struct workdir *)_195].nmade
# dispatch/compiled/toolchain.c:224:     d->made[d->nmade++] = p;
	.loc 1 224 25 view .LVU451
	movq	%rdi, 11040(%rsp,%rax,8)	# p, MEM[(struct workdir *)_195].made[_215]
	.loc 1 225 5 is_stmt 1 view .LVU452
.LVL193:
	.loc 1 225 5 is_stmt 0 view .LVU453
.LBE157:
.LBE161:
# dispatch/compiled/toolchain.c:506:     d->tmp = workdir_note(d, "tmp", w);
	.loc 1 506 12 view .LVU454
	movq	%rdi, 11032(%rsp)	# p, MEM[(struct workdir *)_195].tmp
	.loc 1 507 5 is_stmt 1 view .LVU455
	.loc 1 509 5 view .LVU456
# dispatch/compiled/toolchain.c:509:     if (mkdir(d->tmp, 0700) != 0 && errno != EEXIST) {
	.loc 1 509 9 is_stmt 0 view .LVU457
	call	mkdir	#
.LVL194:
# dispatch/compiled/toolchain.c:509:     if (mkdir(d->tmp, 0700) != 0 && errno != EEXIST) {
	.loc 1 509 8 view .LVU458
	testl	%eax, %eax	# tmp691
	je	.L98	#,
# dispatch/compiled/toolchain.c:509:     if (mkdir(d->tmp, 0700) != 0 && errno != EEXIST) {
	.loc 1 509 37 view .LVU459
	call	__errno_location	#
.LVL195:
	movl	(%rax), %edi	# *_113, _114
# dispatch/compiled/toolchain.c:509:     if (mkdir(d->tmp, 0700) != 0 && errno != EEXIST) {
	.loc 1 509 34 view .LVU460
	cmpl	$17, %edi	#, _114
	jne	.L306	#,
.L98:
	.loc 1 515 5 is_stmt 1 view .LVU461
	.loc 1 516 5 view .LVU462
	.loc 1 517 5 view .LVU463
.LVL196:
	.loc 1 518 5 view .LVU464
.LBB162:
# dispatch/compiled/toolchain.c:519:     for (int i = 1; i < cc->argc; i++)
	.loc 1 519 27 is_stmt 0 view .LVU465
	movl	17136(%rsp), %r13d	# cc.argc, _57
.LVL197:
	.loc 1 519 27 view .LVU466
.LBE162:
# dispatch/compiled/toolchain.c:518:     argv[n++] = (char *)cc->path;
	.loc 1 518 15 view .LVU467
	leaq	11312(%rsp), %rax	#, tmp817
.LVL198:
	.loc 1 518 15 view .LVU468
	movq	%rax, 1680(%rsp)	# tmp817, argv[0]
	.loc 1 519 5 is_stmt 1 view .LVU469
.LBB163:
	.loc 1 519 10 view .LVU470
.LVL199:
	.loc 1 519 23 view .LVU471
	cmpl	$1, %r13d	#, _57
	jle	.L172	#,
# dispatch/compiled/toolchain.c:520:         argv[n++] = cc->argv[i];
	.loc 1 520 19 is_stmt 0 view .LVU472
	leal	-1(%r13), %edx	#, tmp455
	leaq	16440(%rsp), %rsi	#, tmp818
	salq	$3, %rdx	#, tmp456
	leaq	1688(%rsp), %rdi	#, tmp819
	call	memcpy	#
.LVL200:
	.loc 1 520 19 view .LVU473
.LBE163:
# dispatch/compiled/toolchain.c:521:     int nf = split(flagbuf, sizeof flagbuf, COMPILED_CFLAGS, argv + n, MAX_WORDS);
	.loc 1 521 67 view .LVU474
	movslq	%r13d, %rdx	# _57, _57
	salq	$3, %rdx	#, prephitmp_462
.L99:
	.loc 1 521 5 is_stmt 1 view .LVU475
# dispatch/compiled/toolchain.c:521:     int nf = split(flagbuf, sizeof flagbuf, COMPILED_CFLAGS, argv + n, MAX_WORDS);
	.loc 1 521 14 is_stmt 0 view .LVU476
	leaq	1680(%rsp), %rax	#, tmp820
	movl	$.LC34, %esi	#,
	leaq	656(%rsp), %rdi	#, tmp821
	addq	%rax, %rdx	# tmp820, tmp466
	call	split.constprop.0	#
.LVL201:
	.loc 1 522 5 is_stmt 1 view .LVU477
# dispatch/compiled/toolchain.c:522:     if (nf < 0) {
	.loc 1 522 8 is_stmt 0 view .LVU478
	testl	%eax, %eax	# nf
	js	.L307	#,
	.loc 1 526 5 is_stmt 1 view .LVU479
# dispatch/compiled/toolchain.c:526:     n += nf;
	.loc 1 526 7 is_stmt 0 view .LVU480
	leal	(%rax,%r13), %edx	#, n
.LVL202:
	.loc 1 527 5 is_stmt 1 view .LVU481
	.loc 1 528 5 view .LVU482
.LBB164:
	.loc 1 528 10 view .LVU483
	.loc 1 528 26 view .LVU484
	.loc 1 529 9 view .LVU485
	.loc 1 528 59 view .LVU486
	.loc 1 528 26 view .LVU487
	.loc 1 529 9 view .LVU488
	.loc 1 528 59 view .LVU489
	.loc 1 528 26 view .LVU490
	.loc 1 529 9 view .LVU491
	.loc 1 528 59 view .LVU492
	.loc 1 528 26 view .LVU493
	.loc 1 529 9 view .LVU494
	.loc 1 528 59 view .LVU495
	.loc 1 528 26 view .LVU496
	.loc 1 529 9 view .LVU497
	.loc 1 528 59 view .LVU498
	.loc 1 528 26 view .LVU499
.LBE164:
	.loc 1 530 5 view .LVU500
.LBB165:
# dispatch/compiled/toolchain.c:529:         argv[n++] = (char *)ours[i];
	.loc 1 529 19 is_stmt 0 view .LVU501
	movl	$.LC36, %esi	#, tmp473
.LBE165:
# dispatch/compiled/toolchain.c:531:     if (d->keep)
	.loc 1 531 8 view .LVU502
	cmpb	$0, 11024(%rsp)	#, MEM[(struct workdir *)_195].keep
.LBB166:
# dispatch/compiled/toolchain.c:529:         argv[n++] = (char *)ours[i];
	.loc 1 529 19 view .LVU503
	movq	%rsi, %xmm0	# tmp473, tmp473
	movslq	%edx, %rcx	# n, n
.LBE166:
# dispatch/compiled/toolchain.c:530:     argv[n++] = d->dir;
	.loc 1 530 11 view .LVU504
	leal	6(%rdx), %eax	#, n
.LVL203:
.LBB167:
# dispatch/compiled/toolchain.c:529:         argv[n++] = (char *)ours[i];
	.loc 1 529 19 view .LVU505
	movl	$.LC38, %esi	#, tmp476
	leaq	1680(%rsp,%rcx,8), %rcx	#, vectp.106
	movhps	.LC65(%rip), %xmm0	#, tmp471
	movups	%xmm0, (%rcx)	# tmp471, MEM <vector(2) long unsigned int> [(char * *)vectp.106_342]
	movq	%rsi, %xmm0	# tmp476, tmp476
	movl	$.LC40, %esi	#, tmp479
	movhps	.LC66(%rip), %xmm0	#, tmp474
	movups	%xmm0, 16(%rcx)	# tmp474, MEM <vector(2) long unsigned int> [(char * *)vectp.106_342 + 16B]
	movq	%rsi, %xmm0	# tmp479, tmp479
	movhps	(%rsp), %xmm0	# %sfp, tmp477
	movups	%xmm0, 32(%rcx)	# tmp477, MEM <vector(2) long unsigned int> [(char * *)vectp.106_342 + 32B]
.LBE167:
	.loc 1 531 5 is_stmt 1 view .LVU506
# dispatch/compiled/toolchain.c:531:     if (d->keep)
	.loc 1 531 8 is_stmt 0 view .LVU507
	je	.L101	#,
	.loc 1 532 9 is_stmt 1 view .LVU508
.LVL204:
# dispatch/compiled/toolchain.c:532:         argv[n++] = "-g";
	.loc 1 532 19 is_stmt 0 view .LVU509
	cltq
	movq	$.LC41, 1680(%rsp,%rax,8)	#, argv[n_134]
# dispatch/compiled/toolchain.c:532:         argv[n++] = "-g";
	.loc 1 532 15 view .LVU510
	leal	7(%rdx), %eax	#, n
.LVL205:
.L101:
	.loc 1 533 5 is_stmt 1 view .LVU511
# dispatch/compiled/toolchain.c:533:     argv[n++] = "-o";
	.loc 1 533 15 is_stmt 0 view .LVU512
	movslq	%eax, %rdx	# n, n
# dispatch/compiled/toolchain.c:534:     argv[n++] = so;
	.loc 1 534 15 view .LVU513
	movq	24(%rsp), %rcx	# %sfp, p
.LBB168:
.LBB169:
.LBB170:
.LBB171:
# dispatch/compiled/toolchain.c:291:     const char *e = getenv("DISPATCHLAB_CC_SECONDS");
	.loc 1 291 21 view .LVU514
	movl	$.LC43, %edi	#,
.LBE171:
.LBE170:
.LBE169:
.LBE168:
# dispatch/compiled/toolchain.c:533:     argv[n++] = "-o";
	.loc 1 533 15 view .LVU515
	movq	$.LC42, 1680(%rsp,%rdx,8)	#, argv[n_138]
	.loc 1 534 5 is_stmt 1 view .LVU516
.LVL206:
# dispatch/compiled/toolchain.c:533:     argv[n++] = "-o";
	.loc 1 533 11 is_stmt 0 view .LVU517
	leal	1(%rax), %edx	#, n
# dispatch/compiled/toolchain.c:534:     argv[n++] = so;
	.loc 1 534 15 view .LVU518
	movslq	%edx, %rdx	# n, n
	movq	%rcx, 1680(%rsp,%rdx,8)	# p, argv[n_139]
	.loc 1 535 5 is_stmt 1 view .LVU519
.LVL207:
# dispatch/compiled/toolchain.c:534:     argv[n++] = so;
	.loc 1 534 11 is_stmt 0 view .LVU520
	leal	2(%rax), %edx	#, n
# dispatch/compiled/toolchain.c:535:     argv[n++] = src;
	.loc 1 535 11 view .LVU521
	addl	$3, %eax	#, n
.LVL208:
# dispatch/compiled/toolchain.c:535:     argv[n++] = src;
	.loc 1 535 15 view .LVU522
	movslq	%edx, %rdx	# n, n
# dispatch/compiled/toolchain.c:536:     argv[n] = NULL;
	.loc 1 536 13 view .LVU523
	cltq
# dispatch/compiled/toolchain.c:535:     argv[n++] = src;
	.loc 1 535 15 view .LVU524
	movq	%r12, 1680(%rsp,%rdx,8)	# p, argv[n_140]
	.loc 1 536 5 is_stmt 1 view .LVU525
# dispatch/compiled/toolchain.c:537:     if (run_compiler(argv, d->tmp, held, w) < 0)
	.loc 1 537 29 is_stmt 0 view .LVU526
	movq	11032(%rsp), %r12	# MEM[(struct workdir *)_195].tmp, _142
.LVL209:
# dispatch/compiled/toolchain.c:536:     argv[n] = NULL;
	.loc 1 536 13 view .LVU527
	movq	$0, 1680(%rsp,%rax,8)	#, argv[n_141]
.LVL210:
	.loc 1 537 5 is_stmt 1 view .LVU528
.LBB237:
.LBI168:
	.loc 1 357 12 view .LVU529
.LBB228:
	.loc 1 359 5 view .LVU530
.LBB174:
.LBI170:
	.loc 1 289 12 view .LVU531
.LBB172:
	.loc 1 291 5 view .LVU532
# dispatch/compiled/toolchain.c:291:     const char *e = getenv("DISPATCHLAB_CC_SECONDS");
	.loc 1 291 21 is_stmt 0 view .LVU533
	call	getenv	#
.LVL211:
	.loc 1 291 21 view .LVU534
	movq	%rax, %r13	# tmp695, e
.LVL212:
	.loc 1 292 5 is_stmt 1 view .LVU535
	.loc 1 293 5 view .LVU536
# dispatch/compiled/toolchain.c:293:     long v = e ? strtol(e, &end, 10) : 0;
	.loc 1 293 38 is_stmt 0 view .LVU537
	testq	%rax, %rax	# e
	je	.L104	#,
# dispatch/compiled/toolchain.c:293:     long v = e ? strtol(e, &end, 10) : 0;
	.loc 1 293 18 view .LVU538
	movl	$10, %edx	#,
	movq	%rbx, %rsi	# tmp624,
	movq	%rax, %rdi	# e,
	call	strtol	#
.LVL213:
	.loc 1 294 5 is_stmt 1 view .LVU539
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 14 is_stmt 0 view .LVU540
	cmpb	$0, 0(%r13)	#, *e_327
	je	.L104	#,
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 24 view .LVU541
	movq	2832(%rsp), %rdx	# MEM[(char * *)_309], MEM[(char * *)_309]
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 20 view .LVU542
	cmpb	$0, (%rdx)	#, *end.25_330
	jne	.L104	#,
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 39 view .LVU543
	leaq	-1(%rax), %rdx	#, tmp490
	cmpq	$3599, %rdx	#, tmp490
	ja	.L104	#,
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 61 view .LVU544
	movl	%eax, 48(%rsp)	# iftmp.23_328, %sfp
.LVL214:
.L103:
	.loc 1 294 61 view .LVU545
.LBE172:
.LBE174:
	.loc 1 360 5 is_stmt 1 view .LVU546
.LBB175:
.LBI175:
	.loc 1 321 15 view .LVU547
.LBB176:
	.loc 1 324 12 view .LVU548
# dispatch/compiled/toolchain.c:324:     while (environ[n])
	.loc 1 324 19 is_stmt 0 view .LVU549
	movq	environ(%rip), %rax	# environ, environ.27_42
# dispatch/compiled/toolchain.c:324:     while (environ[n])
	.loc 1 324 12 view .LVU550
	cmpq	$0, (%rax)	#, *environ.27_42
	je	.L173	#,
# dispatch/compiled/toolchain.c:323:     size_t n = 0;
	.loc 1 323 12 view .LVU551
	xorl	%r13d, %r13d	# n
.LVL215:
	.p2align 4,,10
	.p2align 3
.L106:
	.loc 1 325 9 is_stmt 1 view .LVU552
	movq	%r13, %rdx	# n, n
# dispatch/compiled/toolchain.c:325:         n++;
	.loc 1 325 10 is_stmt 0 view .LVU553
	addq	$1, %r13	#, n
.LVL216:
	.loc 1 324 12 is_stmt 1 view .LVU554
	cmpq	$0, (%rax,%r13,8)	#, MEM[(char * *)environ.27_42 + n_293 * 8]
	jne	.L106	#,
# dispatch/compiled/toolchain.c:326:     char **env = malloc((n + 2) * sizeof *env);
	.loc 1 326 18 is_stmt 0 view .LVU555
	leaq	24(,%rdx,8), %rdi	#, _94
.LVL217:
.L105:
	.loc 1 326 5 is_stmt 1 view .LVU556
# dispatch/compiled/toolchain.c:326:     char **env = malloc((n + 2) * sizeof *env);
	.loc 1 326 18 is_stmt 0 view .LVU557
	call	malloc	#
.LVL218:
# dispatch/compiled/toolchain.c:327:     size_t len = strlen(tmp) + 8;
	.loc 1 327 18 view .LVU558
	movq	%r12, %rdi	# _142,
# dispatch/compiled/toolchain.c:326:     char **env = malloc((n + 2) * sizeof *env);
	.loc 1 326 18 view .LVU559
	movq	%rax, %r14	# tmp697, env
.LVL219:
	.loc 1 327 5 is_stmt 1 view .LVU560
# dispatch/compiled/toolchain.c:327:     size_t len = strlen(tmp) + 8;
	.loc 1 327 18 is_stmt 0 view .LVU561
	call	strlen	#
.LVL220:
# dispatch/compiled/toolchain.c:327:     size_t len = strlen(tmp) + 8;
	.loc 1 327 12 view .LVU562
	leaq	8(%rax), %r15	#, len
.LVL221:
	.loc 1 328 5 is_stmt 1 view .LVU563
# dispatch/compiled/toolchain.c:328:     char *var = malloc(len);
	.loc 1 328 17 is_stmt 0 view .LVU564
	movq	%r15, %rdi	# len,
	call	malloc	#
.LVL222:
	movq	%rax, %rbp	# tmp699, var
.LVL223:
	.loc 1 329 5 is_stmt 1 view .LVU565
# dispatch/compiled/toolchain.c:329:     if (!env || !var) {
	.loc 1 329 8 is_stmt 0 view .LVU566
	testq	%r14, %r14	# env
	je	.L182	#,
	testq	%rax, %rax	# var
	je	.L182	#,
	.loc 1 334 5 is_stmt 1 view .LVU567
	movq	%rax, %rdi	# var,
	movq	%r12, %rcx	# _142,
	xorl	%eax, %eax	#
.LVL224:
	.loc 1 334 5 is_stmt 0 view .LVU568
	movl	$.LC44, %edx	#,
	movq	%r15, %rsi	# len,
	call	snprintf	#
.LVL225:
	.loc 1 335 5 is_stmt 1 view .LVU569
	.loc 1 336 5 view .LVU570
.LBB177:
	.loc 1 336 10 view .LVU571
	.loc 1 336 26 view .LVU572
	testq	%r13, %r13	# n
	je	.L174	#,
	movq	environ(%rip), %r15	# environ, ivtmp.144
.LVL226:
	.loc 1 336 26 is_stmt 0 view .LVU573
.LBE177:
# dispatch/compiled/toolchain.c:335:     size_t k = 0;
	.loc 1 335 12 view .LVU574
	movq	%rbp, 16(%rsp)	# var, %sfp
	xorl	%r12d, %r12d	# k
.LVL227:
	.loc 1 335 12 view .LVU575
	leaq	(%r15,%r13,8), %r13	#, _538
.LVL228:
	.p2align 4,,10
	.p2align 3
.L111:
.LBB178:
	.loc 1 337 9 is_stmt 1 view .LVU576
# dispatch/compiled/toolchain.c:337:         if (strncmp(environ[i], "TMPDIR=", 7) != 0)
	.loc 1 337 13 is_stmt 0 view .LVU577
	movq	(%r15), %rbp	# MEM[(char * *)_572], _312
	movl	$7, %edx	#,
	movl	$.LC45, %esi	#,
	movq	%rbp, %rdi	# _312,
	call	strncmp	#
.LVL229:
# dispatch/compiled/toolchain.c:337:         if (strncmp(environ[i], "TMPDIR=", 7) != 0)
	.loc 1 337 12 view .LVU578
	testl	%eax, %eax	# tmp700
	je	.L110	#,
	.loc 1 338 13 is_stmt 1 view .LVU579
.LVL230:
# dispatch/compiled/toolchain.c:338:             env[k++] = environ[i];
	.loc 1 338 22 is_stmt 0 view .LVU580
	movq	%rbp, (%r14,%r12,8)	# _312, *_366
# dispatch/compiled/toolchain.c:338:             env[k++] = environ[i];
	.loc 1 338 18 view .LVU581
	addq	$1, %r12	#, k
.LVL231:
.L110:
	.loc 1 336 32 is_stmt 1 view .LVU582
	.loc 1 336 26 view .LVU583
	addq	$8, %r15	#, ivtmp.144
	cmpq	%r15, %r13	# ivtmp.144, _538
	jne	.L111	#,
	.loc 1 336 26 is_stmt 0 view .LVU584
.LBE178:
# dispatch/compiled/toolchain.c:339:     env[k++] = var;
	.loc 1 339 8 view .LVU585
	salq	$3, %r12	#, _122
.LVL232:
	.loc 1 339 8 view .LVU586
	movq	16(%rsp), %rbp	# %sfp, var
	leaq	(%r14,%r12), %rax	#, prephitmp_701
# dispatch/compiled/toolchain.c:340:     env[k] = NULL;
	.loc 1 340 8 view .LVU587
	addq	$8, %r12	#, _703
.LVL233:
.L109:
	.loc 1 339 5 is_stmt 1 view .LVU588
# dispatch/compiled/toolchain.c:339:     env[k++] = var;
	.loc 1 339 14 is_stmt 0 view .LVU589
	movq	%rbp, (%rax)	# var, *prephitmp_701
	.loc 1 340 5 is_stmt 1 view .LVU590
.LBE176:
.LBE175:
# dispatch/compiled/toolchain.c:366:     if (pipe(pipefd) != 0) {
	.loc 1 366 9 is_stmt 0 view .LVU591
	leaq	64(%rsp), %rdi	#, tmp859
.LBB183:
.LBB180:
# dispatch/compiled/toolchain.c:340:     env[k] = NULL;
	.loc 1 340 12 view .LVU592
	movq	$0, (%r14,%r12)	#, *_324
	.loc 1 341 5 is_stmt 1 view .LVU593
.LVL234:
	.loc 1 341 5 is_stmt 0 view .LVU594
.LBE180:
.LBE183:
	.loc 1 361 5 is_stmt 1 view .LVU595
	.loc 1 362 5 view .LVU596
	.loc 1 366 5 view .LVU597
# dispatch/compiled/toolchain.c:366:     if (pipe(pipefd) != 0) {
	.loc 1 366 9 is_stmt 0 view .LVU598
	call	pipe	#
.LVL235:
# dispatch/compiled/toolchain.c:366:     if (pipe(pipefd) != 0) {
	.loc 1 366 8 view .LVU599
	testl	%eax, %eax	# tmp701
	jne	.L308	#,
	.loc 1 370 5 is_stmt 1 view .LVU600
# dispatch/compiled/toolchain.c:370:     pid_t pid = fork();
	.loc 1 370 17 is_stmt 0 view .LVU601
	call	fork	#
.LVL236:
	movl	%eax, %r12d	# tmp704, tmp505
.LVL237:
	.loc 1 371 5 is_stmt 1 view .LVU602
# dispatch/compiled/toolchain.c:371:     if (pid < 0) {
	.loc 1 371 8 is_stmt 0 view .LVU603
	testl	%eax, %eax	# tmp505
	js	.L309	#,
	.loc 1 377 5 is_stmt 1 view .LVU604
# dispatch/compiled/toolchain.c:377:     if (pid == 0) {
	.loc 1 377 8 is_stmt 0 view .LVU605
	je	.L310	#,
	.loc 1 394 5 is_stmt 1 view .LVU606
	movl	68(%rsp), %edi	# pipefd[1],
	call	close	#
.LVL238:
	.loc 1 395 5 view .LVU607
.LBB184:
.LBI184:
	.loc 1 309 13 view .LVU608
.LBB185:
	.loc 1 311 5 view .LVU609
	.loc 1 312 5 view .LVU610
	.loc 1 312 12 view .LVU611
	cmpq	$0, (%r14)	#, *env_301
	je	.L175	#,
	movl	$8, %eax	#, ivtmp.137
.LVL239:
	.p2align 4,,10
	.p2align 3
.L118:
	.loc 1 313 9 view .LVU612
	.loc 1 312 12 view .LVU613
	movq	%rax, %rdx	# ivtmp.137, ivtmp.137
	addq	$8, %rax	#, ivtmp.137
	cmpq	$0, -8(%r14,%rax)	#, MEM[(char * *)env_301 + -8B + ivtmp.137_734 * 1]
	jne	.L118	#,
# dispatch/compiled/toolchain.c:314:     free(env[n - 1]);
	.loc 1 314 13 is_stmt 0 view .LVU614
	subq	$8, %rdx	#, prephitmp_697
.L117:
	.loc 1 314 5 is_stmt 1 view .LVU615
	movq	(%r14,%rdx), %rdi	# *_349, *_349
.LBE185:
.LBE184:
.LBB189:
.LBB190:
.LBB191:
# dispatch/compiled/toolchain.c:411:                 size_t take = (size_t)n < sizeof out - 1 - got ? (size_t)n : sizeof out - 1 - got;
	.loc 1 411 58 is_stmt 0 view .LVU616
	movl	$299, %r15d	#, tmp639
.LBE191:
.LBE190:
.LBE189:
.LBB210:
.LBB186:
# dispatch/compiled/toolchain.c:314:     free(env[n - 1]);
	.loc 1 314 5 view .LVU617
	call	free	#
.LVL240:
	.loc 1 315 5 is_stmt 1 view .LVU618
	movq	%r14, %rdi	# env,
.LBE186:
.LBE210:
# dispatch/compiled/toolchain.c:399:     size_t got = 0;
	.loc 1 399 12 is_stmt 0 view .LVU619
	xorl	%r14d, %r14d	# got
.LVL241:
.LBB211:
.LBB187:
# dispatch/compiled/toolchain.c:315:     free(env);
	.loc 1 315 5 view .LVU620
	call	free	#
.LVL242:
	.loc 1 315 5 view .LVU621
.LBE187:
.LBE211:
	.loc 1 398 5 is_stmt 1 view .LVU622
	.loc 1 399 5 view .LVU623
	.loc 1 400 5 view .LVU624
.LBB212:
.LBI212:
	.loc 1 297 15 view .LVU625
.LBB213:
	.loc 1 299 5 view .LVU626
	.loc 1 300 5 view .LVU627
	movq	%rbx, %rsi	# tmp624,
	movl	$1, %edi	#,
	call	clock_gettime	#
.LVL243:
	.loc 1 301 5 view .LVU628
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 32 is_stmt 0 view .LVU629
	pxor	%xmm0, %xmm0	# tmp523
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 12 view .LVU630
	pxor	%xmm1, %xmm1	# tmp526
	movl	.LC50(%rip), %r13d	#, tmp629
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 32 view .LVU631
	cvtsi2sdq	2840(%rsp), %xmm0	# MEM[(struct timespec *)_309].tv_nsec, tmp523
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 51 view .LVU632
	mulsd	.LC49(%rip), %xmm0	#, tmp524
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 12 view .LVU633
	cvtsi2sdq	2832(%rsp), %xmm1	# MEM[(struct timespec *)_309].tv_sec, tmp526
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 30 view .LVU634
	addsd	%xmm1, %xmm0	# tmp526, _341
.LBE213:
.LBE212:
# dispatch/compiled/toolchain.c:400:     double deadline = now() + seconds;
	.loc 1 400 29 view .LVU635
	pxor	%xmm1, %xmm1	# tmp527
	cvtsi2sdl	48(%rsp), %xmm1	# %sfp, tmp527
# dispatch/compiled/toolchain.c:400:     double deadline = now() + seconds;
	.loc 1 400 12 view .LVU636
	addsd	%xmm0, %xmm1	# _341, tmp527
	movsd	%xmm1, 16(%rsp)	# tmp527, %sfp
.LVL244:
	.loc 1 401 5 is_stmt 1 view .LVU637
	.p2align 4,,10
	.p2align 3
.L134:
	.loc 1 402 5 view .LVU638
.LBB214:
	.loc 1 403 9 view .LVU639
# dispatch/compiled/toolchain.c:403:         struct pollfd p = { pipefd[0], POLLIN, 0 };
	.loc 1 403 23 is_stmt 0 view .LVU640
	movl	64(%rsp), %eax	# pipefd[0], pipefd[0]
# dispatch/compiled/toolchain.c:404:         int r = poll(&p, 1, 100);
	.loc 1 404 17 view .LVU641
	movl	$100, %edx	#,
	movl	$1, %esi	#,
	leaq	72(%rsp), %rdi	#, tmp832
# dispatch/compiled/toolchain.c:403:         struct pollfd p = { pipefd[0], POLLIN, 0 };
	.loc 1 403 23 view .LVU642
	movl	%r13d, 76(%rsp)	# tmp629, MEM <vector(2) short int> [(short int *)&p + 4B]
	.loc 1 404 9 is_stmt 1 view .LVU643
# dispatch/compiled/toolchain.c:403:         struct pollfd p = { pipefd[0], POLLIN, 0 };
	.loc 1 403 23 is_stmt 0 view .LVU644
	movl	%eax, 72(%rsp)	# pipefd[0], p.fd
# dispatch/compiled/toolchain.c:404:         int r = poll(&p, 1, 100);
	.loc 1 404 17 view .LVU645
	call	poll	#
.LVL245:
	.loc 1 405 9 is_stmt 1 view .LVU646
# dispatch/compiled/toolchain.c:405:         if (r > 0) {
	.loc 1 405 12 is_stmt 0 view .LVU647
	testl	%eax, %eax	# tmp708
	jle	.L119	#,
.LBB196:
	.loc 1 406 13 is_stmt 1 view .LVU648
	.loc 1 407 13 view .LVU649
# dispatch/compiled/toolchain.c:407:             ssize_t n = read(pipefd[0], buf, sizeof buf);
	.loc 1 407 25 is_stmt 0 view .LVU650
	movl	64(%rsp), %edi	# pipefd[0],
	movl	$4096, %edx	#,
	movq	%rbx, %rsi	# tmp624,
	call	read	#
.LVL246:
	.loc 1 408 13 is_stmt 1 view .LVU651
# dispatch/compiled/toolchain.c:408:             if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
	.loc 1 408 16 is_stmt 0 view .LVU652
	testq	%rax, %rax	# n
	je	.L120	#,
# dispatch/compiled/toolchain.c:408:             if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
	.loc 1 408 24 view .LVU653
	js	.L311	#,
	.loc 1 410 13 is_stmt 1 view .LVU654
# dispatch/compiled/toolchain.c:410:             if (n > 0 && got < sizeof out - 1) {
	.loc 1 410 16 is_stmt 0 view .LVU655
	cmpq	$298, %r14	#, got
	ja	.L119	#,
.LBB192:
	.loc 1 411 17 is_stmt 1 view .LVU656
# dispatch/compiled/toolchain.c:411:                 size_t take = (size_t)n < sizeof out - 1 - got ? (size_t)n : sizeof out - 1 - got;
	.loc 1 411 58 is_stmt 0 view .LVU657
	movq	%r15, %rdx	# tmp639, tmp537
	subq	%r14, %rdx	# got, tmp537
# dispatch/compiled/toolchain.c:411:                 size_t take = (size_t)n < sizeof out - 1 - got ? (size_t)n : sizeof out - 1 - got;
	.loc 1 411 24 view .LVU658
	cmpq	%rax, %rdx	# n, tmp537
	cmova	%rax, %rdx	# tmp537,, n, take
.LVL247:
	.loc 1 412 17 is_stmt 1 view .LVU659
	leaq	352(%rsp), %rax	#, tmp834
.LVL248:
	.loc 1 412 17 is_stmt 0 view .LVU660
	addq	%r14, %rax	# got, tmp540
	cmpl	$8, %edx	#, take
	jnb	.L124	#,
	testb	$4, %dl	#, take
	jne	.L312	#,
	testl	%edx, %edx	# take
	je	.L125	#,
	movzbl	(%rbx), %ecx	#, tmp554
	movb	%cl, (%rax)	# tmp554,
	testb	$2, %dl	#, take
	jne	.L313	#,
.L125:
	.loc 1 413 17 is_stmt 1 view .LVU661
# dispatch/compiled/toolchain.c:413:                 got += take;
	.loc 1 413 21 is_stmt 0 view .LVU662
	addq	%rdx, %r14	# take, got
.LVL249:
.L119:
	.loc 1 413 21 view .LVU663
.LBE192:
.LBE196:
	.loc 1 416 9 is_stmt 1 view .LVU664
	.loc 1 417 9 view .LVU665
	movq	%rbx, %rdi	# tmp624,
.LBB197:
# dispatch/compiled/toolchain.c:418:         for (int s = 1; s < NSIG && !killed; s++)
	.loc 1 418 18 is_stmt 0 view .LVU666
	movl	$1, %ebp	#, s
.LBE197:
# dispatch/compiled/toolchain.c:417:         sigpending(&pending);
	.loc 1 417 9 view .LVU667
	call	sigpending	#
.LVL250:
	.loc 1 418 9 is_stmt 1 view .LVU668
.LBB198:
	.loc 1 418 14 view .LVU669
	.loc 1 418 34 view .LVU670
	jmp	.L130	#
.LVL251:
	.p2align 4,,10
	.p2align 3
.L133:
	.loc 1 418 47 view .LVU671
	addl	$1, %ebp	#, s
.LVL252:
	.loc 1 418 34 view .LVU672
	cmpl	$65, %ebp	#, s
	je	.L314	#,
.LVL253:
.L130:
	.loc 1 419 13 view .LVU673
# dispatch/compiled/toolchain.c:419:             if (sigismember(held, s) == 1 && sigismember(&pending, s) == 1)
	.loc 1 419 17 is_stmt 0 view .LVU674
	movl	%ebp, %esi	# s,
	leaq	96(%rsp), %rdi	#, tmp836
.LVL254:
	.loc 1 419 17 view .LVU675
	call	sigismember	#
.LVL255:
# dispatch/compiled/toolchain.c:419:             if (sigismember(held, s) == 1 && sigismember(&pending, s) == 1)
	.loc 1 419 16 view .LVU676
	cmpl	$1, %eax	#, tmp711
	jne	.L133	#,
# dispatch/compiled/toolchain.c:419:             if (sigismember(held, s) == 1 && sigismember(&pending, s) == 1)
	.loc 1 419 46 view .LVU677
	movl	%ebp, %esi	# s,
	movq	%rbx, %rdi	# tmp624,
	call	sigismember	#
.LVL256:
# dispatch/compiled/toolchain.c:419:             if (sigismember(held, s) == 1 && sigismember(&pending, s) == 1)
	.loc 1 419 43 view .LVU678
	cmpl	$1, %eax	#, tmp712
	jne	.L133	#,
# dispatch/compiled/toolchain.c:420:                 killed = "was interrupted by a signal";
	.loc 1 420 24 view .LVU679
	movl	$.LC6, %r15d	#, killed
.L132:
.LVL257:
	.loc 1 420 24 view .LVU680
.LBE198:
	.loc 1 424 13 is_stmt 1 view .LVU681
.LBB199:
.LBI199:
	.loc 1 346 13 view .LVU682
.LBB200:
	.loc 1 348 5 view .LVU683
	movl	%r12d, %eax	# tmp505, _357
	movl	$15, %esi	#,
	movl	$100, %r13d	#, ivtmp_682
	negl	%eax	# _357
	movl	%eax, %edi	# _357,
	movl	%eax, %ebp	# _357, _357
	call	kill	#
.LVL258:
	.loc 1 349 5 view .LVU684
.LBB201:
	.loc 1 349 10 view .LVU685
	.loc 1 349 23 view .LVU686
	jmp	.L136	#
.LVL259:
	.p2align 4,,10
	.p2align 3
.L315:
.LBB202:
	.loc 1 352 9 view .LVU687
# dispatch/compiled/toolchain.c:352:         nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
	.loc 1 352 37 is_stmt 0 view .LVU688
	movdqa	.LC51(%rip), %xmm3	#, tmp840
# dispatch/compiled/toolchain.c:352:         nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
	.loc 1 352 9 view .LVU689
	xorl	%esi, %esi	#
	leaq	80(%rsp), %rdi	#, tmp841
# dispatch/compiled/toolchain.c:352:         nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
	.loc 1 352 37 view .LVU690
	movaps	%xmm3, 80(%rsp)	# tmp840, MEM <vector(2) long int> [(long int *)_194]
# dispatch/compiled/toolchain.c:352:         nanosleep(&(struct timespec){ 0, 10000000 }, NULL);
	.loc 1 352 9 view .LVU691
	call	nanosleep	#
.LVL260:
.LBE202:
	.loc 1 349 31 is_stmt 1 view .LVU692
	.loc 1 349 23 view .LVU693
	subl	$1, %r13d	#, ivtmp_682
	je	.L137	#,
.L136:
.LBB203:
	.loc 1 350 9 view .LVU694
# dispatch/compiled/toolchain.c:350:         if (waitpid(pid, NULL, WNOHANG) == pid)
	.loc 1 350 13 is_stmt 0 view .LVU695
	xorl	%esi, %esi	#
	movl	$1, %edx	#,
	movl	%r12d, %edi	# tmp505,
	call	waitpid	#
.LVL261:
# dispatch/compiled/toolchain.c:350:         if (waitpid(pid, NULL, WNOHANG) == pid)
	.loc 1 350 12 view .LVU696
	cmpl	%eax, %r12d	# tmp713, tmp505
	jne	.L315	#,
.L137:
.LBE203:
.LBE201:
	.loc 1 354 5 is_stmt 1 view .LVU697
	movl	$9, %esi	#,
	movl	%ebp, %edi	# _357,
	call	kill	#
.LVL262:
.L128:
	.loc 1 354 5 is_stmt 0 view .LVU698
.LBE200:
.LBE199:
.LBE214:
	.loc 1 428 5 is_stmt 1 view .LVU699
	movl	64(%rsp), %edi	# pipefd[0],
	call	close	#
.LVL263:
	.loc 1 429 5 view .LVU700
# dispatch/compiled/toolchain.c:429:     int status = 0;
	.loc 1 429 9 is_stmt 0 view .LVU701
	movl	$0, 2832(%rsp)	#, MEM[(int *)_309]
	.loc 1 430 5 is_stmt 1 view .LVU702
# dispatch/compiled/toolchain.c:430:     while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
	.loc 1 430 11 is_stmt 0 view .LVU703
	jmp	.L139	#
	.p2align 4,,10
	.p2align 3
.L316:
# dispatch/compiled/toolchain.c:430:     while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
	.loc 1 430 44 view .LVU704
	call	__errno_location	#
.LVL264:
# dispatch/compiled/toolchain.c:430:     while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
	.loc 1 430 41 view .LVU705
	cmpl	$4, (%rax)	#, *_267
	jne	.L138	#,
.L139:
	.loc 1 430 41 is_stmt 1 view .LVU706
# dispatch/compiled/toolchain.c:430:     while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
	.loc 1 430 12 is_stmt 0 view .LVU707
	xorl	%edx, %edx	#
	movq	%rbx, %rsi	# tmp624,
	movl	%r12d, %edi	# tmp505,
	call	waitpid	#
.LVL265:
# dispatch/compiled/toolchain.c:430:     while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
	.loc 1 430 41 view .LVU708
	testl	%eax, %eax	# tmp714
	js	.L316	#,
.L138:
	.loc 1 432 5 is_stmt 1 view .LVU709
# dispatch/compiled/toolchain.c:433:     out[strcspn(out, "\n")] = 0;
	.loc 1 433 9 is_stmt 0 view .LVU710
	movl	$.LC52, %esi	#,
	leaq	352(%rsp), %rdi	#, tmp842
# dispatch/compiled/toolchain.c:432:     out[got] = 0;
	.loc 1 432 14 view .LVU711
	movb	$0, 352(%rsp,%r14)	#, MEM[(char[300] *)_292][got_269]
	.loc 1 433 5 is_stmt 1 view .LVU712
# dispatch/compiled/toolchain.c:433:     out[strcspn(out, "\n")] = 0;
	.loc 1 433 9 is_stmt 0 view .LVU713
	call	strcspn	#
.LVL266:
# dispatch/compiled/toolchain.c:433:     out[strcspn(out, "\n")] = 0;
	.loc 1 433 29 view .LVU714
	movb	$0, 352(%rsp,%rax)	#, MEM[(char[300] *)_292][_270]
	.loc 1 434 5 is_stmt 1 view .LVU715
# dispatch/compiled/toolchain.c:434:     if (killed) {
	.loc 1 434 8 is_stmt 0 view .LVU716
	testq	%r15, %r15	# killed
	jne	.L317	#,
	.loc 1 441 5 is_stmt 1 view .LVU717
# dispatch/compiled/toolchain.c:441:     if (WIFSIGNALED(status)) {
	.loc 1 441 9 is_stmt 0 view .LVU718
	movl	2832(%rsp), %eax	# MEM[(int *)_309], status.14_273
	movl	%eax, %edx	# status.14_273, tmp588
	andl	$127, %edx	#, tmp588
	addl	$1, %edx	#, tmp589
# dispatch/compiled/toolchain.c:441:     if (WIFSIGNALED(status)) {
	.loc 1 441 8 view .LVU719
	cmpb	$1, %dl	#, tmp589
	jg	.L318	#,
	.loc 1 446 5 is_stmt 1 view .LVU720
# dispatch/compiled/toolchain.c:446:     if (WEXITSTATUS(status) != 0) {
	.loc 1 446 9 is_stmt 0 view .LVU721
	movzbl	%ah, %ebx	# status.14_273, <retval>
# dispatch/compiled/toolchain.c:446:     if (WEXITSTATUS(status) != 0) {
	.loc 1 446 8 view .LVU722
	testb	$-1, %ah	#, status.14_273
	jne	.L319	#,
.LVL267:
	.loc 1 446 8 view .LVU723
.LBE228:
.LBE237:
	.loc 1 546 5 is_stmt 1 view .LVU724
# dispatch/compiled/toolchain.c:546:     out->handle = dlopen(so, RTLD_NOW | RTLD_LOCAL);
	.loc 1 546 19 is_stmt 0 view .LVU725
	movq	24(%rsp), %rdi	# %sfp,
	movl	$2, %esi	#,
	call	dlopen	#
.LVL268:
	movq	%rax, %rdi	# tmp718, _144
# dispatch/compiled/toolchain.c:546:     out->handle = dlopen(so, RTLD_NOW | RTLD_LOCAL);
	.loc 1 546 17 view .LVU726
	movq	32(%rsp), %rax	# %sfp, out
	movq	%rdi, (%rax)	# _144, out_9(D)->handle
	.loc 1 547 5 is_stmt 1 view .LVU727
# dispatch/compiled/toolchain.c:547:     if (!out->handle) {
	.loc 1 547 8 is_stmt 0 view .LVU728
	testq	%rdi, %rdi	# _144
	je	.L320	#,
	.loc 1 557 5 is_stmt 1 view .LVU729
# dispatch/compiled/toolchain.c:557:     out->fn = dlsym(out->handle, symbol);
	.loc 1 557 15 is_stmt 0 view .LVU730
	movq	40(%rsp), %rsi	# %sfp,
	call	dlsym	#
.LVL269:
# dispatch/compiled/toolchain.c:557:     out->fn = dlsym(out->handle, symbol);
	.loc 1 557 13 view .LVU731
	movq	32(%rsp), %rdx	# %sfp, out
	movq	%rax, 8(%rdx)	# _152, out_9(D)->fn
	.loc 1 558 5 is_stmt 1 view .LVU732
# dispatch/compiled/toolchain.c:558:     if (!out->fn) {
	.loc 1 558 8 is_stmt 0 view .LVU733
	testq	%rax, %rax	# _152
	jne	.L83	#,
	.loc 1 559 9 is_stmt 1 view .LVU734
	movq	40(%rsp), %rdx	# %sfp,
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC60, %esi	#,
	call	why_set	#
.LVL270:
	.loc 1 560 9 view .LVU735
	movq	32(%rsp), %rbx	# %sfp, out
	movq	(%rbx), %rdi	# out_9(D)->handle, out_9(D)->handle
	call	dlclose	#
.LVL271:
	.loc 1 561 9 view .LVU736
# dispatch/compiled/toolchain.c:561:         out->handle = NULL;
	.loc 1 561 21 is_stmt 0 view .LVU737
	movq	$0, (%rbx)	#, out_9(D)->handle
	.loc 1 562 9 is_stmt 1 view .LVU738
# dispatch/compiled/toolchain.c:562:         return -1;
	.loc 1 562 16 is_stmt 0 view .LVU739
	jmp	.L71	#
.LVL272:
	.p2align 4,,10
	.p2align 3
.L314:
.LBB238:
.LBB229:
.LBB215:
	.loc 1 421 9 is_stmt 1 view .LVU740
.LBB204:
.LBI204:
	.loc 1 297 15 view .LVU741
.LBB205:
	.loc 1 299 5 view .LVU742
	.loc 1 300 5 view .LVU743
	leaq	80(%rsp), %rsi	#, tmp837
	movl	$1, %edi	#,
	call	clock_gettime	#
.LVL273:
	.loc 1 301 5 view .LVU744
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 32 is_stmt 0 view .LVU745
	pxor	%xmm0, %xmm0	# tmp578
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 12 view .LVU746
	pxor	%xmm1, %xmm1	# tmp581
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 32 view .LVU747
	cvtsi2sdq	88(%rsp), %xmm0	# MEM[(struct timespec *)_194].tv_nsec, tmp578
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 51 view .LVU748
	mulsd	.LC49(%rip), %xmm0	#, tmp579
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 12 view .LVU749
	cvtsi2sdq	80(%rsp), %xmm1	# MEM[(struct timespec *)_194].tv_sec, tmp581
# dispatch/compiled/toolchain.c:301:     return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
	.loc 1 301 30 view .LVU750
	addsd	%xmm1, %xmm0	# tmp581, _356
.LBE205:
.LBE204:
# dispatch/compiled/toolchain.c:421:         if (!killed && now() > deadline)
	.loc 1 421 21 view .LVU751
	comisd	16(%rsp), %xmm0	# %sfp, _356
	jbe	.L134	#,
# dispatch/compiled/toolchain.c:422:             killed = "took too long";
	.loc 1 422 20 view .LVU752
	movl	$.LC7, %r15d	#, killed
	jmp	.L132	#
.LVL274:
	.p2align 4,,10
	.p2align 3
.L311:
.LBB206:
# dispatch/compiled/toolchain.c:408:             if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
	.loc 1 408 37 view .LVU753
	call	__errno_location	#
.LVL275:
	.loc 1 408 37 view .LVU754
	movl	(%rax), %eax	# *_244, _245
# dispatch/compiled/toolchain.c:408:             if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
	.loc 1 408 52 view .LVU755
	cmpl	$11, %eax	#, _245
	je	.L119	#,
	cmpl	$4, %eax	#, _245
	je	.L119	#,
.L120:
	xorl	%r15d, %r15d	# killed
	jmp	.L128	#
.LVL276:
	.p2align 4,,10
	.p2align 3
.L300:
	.loc 1 408 52 view .LVU756
.LBE206:
.LBE215:
.LBE229:
.LBE238:
.LBB239:
.LBB137:
.LBB130:
.LBB125:
.LBB116:
# dispatch/compiled/toolchain.c:270:             why_set(w, "cannot make %s/%s: %s", d->dir, sub, strerror(err));
	.loc 1 270 13 view .LVU757
	movl	%ebp, %edi	# err,
	call	strerror	#
.LVL277:
	movq	(%rsp), %rdx	# %sfp,
	movq	8(%rsp), %rdi	# %sfp,
	movq	%rbx, %rcx	# tmp624,
	movq	%rax, %r8	#, tmp676
	movl	$.LC27, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL278:
	.loc 1 271 13 is_stmt 1 view .LVU758
	.loc 1 271 13 is_stmt 0 view .LVU759
	jmp	.L71	#
.LVL279:
	.p2align 4,,10
	.p2align 3
.L124:
	.loc 1 271 13 view .LVU760
.LBE116:
.LBE125:
.LBE130:
.LBE137:
.LBE239:
.LBB240:
.LBB230:
.LBB216:
.LBB207:
.LBB193:
# dispatch/compiled/toolchain.c:412:                 memcpy(out + got, buf, take);
	.loc 1 412 17 view .LVU761
	movq	(%rbx), %rcx	#, tmp563
	leaq	8(%rax), %rdi	#, tmp571
	andq	$-8, %rdi	#, tmp571
	movq	%rcx, (%rax)	# tmp563,
	movl	%edx, %ecx	# take, take
	movq	-8(%rbx,%rcx), %rsi	#, tmp570
	movq	%rsi, -8(%rax,%rcx)	# tmp570,
	subq	%rdi, %rax	# tmp571, tmp543
	movq	%rbx, %rsi	# tmp624, tmp544
	subq	%rax, %rsi	# tmp543, tmp544
	addl	%edx, %eax	# take, take
	shrl	$3, %eax	#, tmp572
	movl	%eax, %ecx	# tmp572, tmp573
	rep movsq
	jmp	.L125	#
.LVL280:
	.p2align 4,,10
	.p2align 3
.L304:
	.loc 1 412 17 view .LVU762
.LBE193:
.LBE207:
.LBE216:
.LBE230:
.LBE240:
.LBE259:
.LBE275:
.LBB276:
.LBB272:
	.loc 1 210 5 is_stmt 1 view .LVU763
# dispatch/compiled/toolchain.c:210:     if (!d->keep && d->dir[0])
	.loc 1 210 8 is_stmt 0 view .LVU764
	testb	%dl, %dl	# prephitmp_691
	je	.L152	#,
.L168:
	.loc 1 212 5 is_stmt 1 view .LVU765
.LBE272:
.LBE276:
# dispatch/compiled/toolchain.c:589:     pthread_sigmask(SIG_SETMASK, &old, NULL);   /* a held signal arrives now */
	.loc 1 589 5 is_stmt 0 view .LVU766
	xorl	%edx, %edx	#
	leaq	224(%rsp), %rsi	#, tmp851
	movl	$2, %edi	#,
.LBB277:
.LBB273:
# dispatch/compiled/toolchain.c:212:     d->dir[0] = 0;
	.loc 1 212 15 view .LVU767
	movb	$0, 6928(%rsp)	#, MEM[(struct workdir *)_195].dir[0]
.LVL281:
	.loc 1 212 15 view .LVU768
.LBE273:
.LBE277:
	.loc 1 589 5 is_stmt 1 view .LVU769
	call	pthread_sigmask	#
.LVL282:
	.loc 1 590 5 view .LVU770
# dispatch/compiled/toolchain.c:590:     return rc;
	.loc 1 590 12 is_stmt 0 view .LVU771
	jmp	.L41	#
.LVL283:
.L67:
.LBB278:
.LBB260:
.LBB241:
.LBB102:
	.loc 1 240 5 is_stmt 1 view .LVU772
# dispatch/compiled/toolchain.c:240:     const char *tmp = getenv("TMPDIR");
	.loc 1 240 23 is_stmt 0 view .LVU773
	movl	$.LC22, %edi	#,
	call	getenv	#
.LVL284:
	.loc 1 240 23 view .LVU774
	movq	%rax, %r12	# tmp665, tmp
.LVL285:
	.loc 1 241 5 is_stmt 1 view .LVU775
# dispatch/compiled/toolchain.c:241:     if (!tmp || !*tmp)
	.loc 1 241 8 is_stmt 0 view .LVU776
	testq	%rax, %rax	# tmp
	je	.L171	#,
# dispatch/compiled/toolchain.c:242:         tmp = "/tmp";
	.loc 1 242 13 view .LVU777
	cmpb	$0, (%rax)	#, *tmp_165
	movl	$.LC5, %eax	#, tmp632
.LVL286:
	.loc 1 242 13 view .LVU778
	cmove	%rax, %r12	# tmp,, tmp632, tmp
.LVL287:
.L73:
	.loc 1 243 5 is_stmt 1 view .LVU779
# dispatch/compiled/toolchain.c:243:     if ((size_t)snprintf(d->dir, sizeof d->dir, "%s/dispatchlab-compiled-XXXXXX", tmp)
	.loc 1 243 17 is_stmt 0 view .LVU780
	movq	(%rsp), %rdi	# %sfp,
	xorl	%eax, %eax	#
	movq	%r12, %rcx	# tmp,
	movl	$.LC23, %edx	#,
	movl	$4096, %esi	#,
	call	snprintf	#
.LVL288:
# dispatch/compiled/toolchain.c:243:     if ((size_t)snprintf(d->dir, sizeof d->dir, "%s/dispatchlab-compiled-XXXXXX", tmp)
	.loc 1 243 8 view .LVU781
	cmpl	$4095, %eax	#, tmp666
	ja	.L75	#,
# dispatch/compiled/toolchain.c:244:             >= sizeof d->dir || !mkdtemp(d->dir)) {
	.loc 1 244 34 view .LVU782
	movq	(%rsp), %rdi	# %sfp,
	call	mkdtemp	#
.LVL289:
# dispatch/compiled/toolchain.c:244:             >= sizeof d->dir || !mkdtemp(d->dir)) {
	.loc 1 244 30 view .LVU783
	testq	%rax, %rax	# tmp669
	jne	.L72	#,
.L75:
	.loc 1 245 9 is_stmt 1 view .LVU784
# dispatch/compiled/toolchain.c:245:         why_set(w, "cannot make a private directory in %s: %s", tmp, strerror(errno));
	.loc 1 245 79 is_stmt 0 view .LVU785
	call	__errno_location	#
.LVL290:
# dispatch/compiled/toolchain.c:245:         why_set(w, "cannot make a private directory in %s: %s", tmp, strerror(errno));
	.loc 1 245 9 view .LVU786
	movl	(%rax), %edi	# *_172, *_172
	call	strerror	#
.LVL291:
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r12, %rdx	# tmp,
	movl	$.LC24, %esi	#,
	movq	%rax, %rcx	# tmp668, _174
	xorl	%eax, %eax	#
	call	why_set	#
.LVL292:
	.loc 1 246 9 is_stmt 1 view .LVU787
# dispatch/compiled/toolchain.c:246:         d->dir[0] = 0;
	.loc 1 246 19 is_stmt 0 view .LVU788
	movb	$0, 6928(%rsp)	#, MEM[(struct workdir *)_195].dir[0]
	.loc 1 247 9 is_stmt 1 view .LVU789
.LVL293:
	.loc 1 247 9 is_stmt 0 view .LVU790
	jmp	.L71	#
.LVL294:
	.p2align 4,,10
	.p2align 3
.L104:
	.loc 1 247 9 view .LVU791
.LBE102:
.LBE241:
.LBB242:
.LBB231:
.LBB217:
.LBB173:
# dispatch/compiled/toolchain.c:294:     return e && *e && !*end && v >= 1 && v <= 3600 ? (int)v : COMPILE_SECONDS;
	.loc 1 294 61 view .LVU792
	movl	$120, 48(%rsp)	#, %sfp
.LVL295:
	.loc 1 294 61 view .LVU793
	jmp	.L103	#
.LVL296:
.L152:
	.loc 1 294 61 view .LVU794
.LBE173:
.LBE217:
.LBE231:
.LBE242:
.LBE260:
.LBE278:
.LBB279:
.LBB274:
# dispatch/compiled/toolchain.c:210:     if (!d->keep && d->dir[0])
	.loc 1 210 18 view .LVU795
	cmpb	$0, 6928(%rsp)	#, MEM[(struct workdir *)_195].dir[0]
	je	.L168	#,
	.loc 1 211 9 is_stmt 1 view .LVU796
	movq	(%rsp), %rdi	# %sfp,
	call	rmdir	#
.LVL297:
	jmp	.L168	#
.L151:
	.loc 1 204 21 view .LVU797
	testl	%eax, %eax	# _39
	jg	.L167	#,
	jmp	.L168	#
.LVL298:
	.p2align 4,,10
	.p2align 3
.L77:
	.loc 1 204 21 is_stmt 0 view .LVU798
.LBE274:
.LBE279:
.LBB280:
.LBB261:
.LBB243:
.LBB138:
.LBB131:
.LBB126:
.LBB123:
	.loc 1 220 9 is_stmt 1 view .LVU799
	movq	%r13, %rdi	# p,
	jmp	.L291	#
.LVL299:
.L171:
	.loc 1 220 9 is_stmt 0 view .LVU800
.LBE123:
.LBE126:
.LBE131:
.LBE138:
.LBE243:
.LBB244:
.LBB103:
# dispatch/compiled/toolchain.c:242:         tmp = "/tmp";
	.loc 1 242 13 view .LVU801
	movl	$.LC5, %r12d	#, tmp
	jmp	.L73	#
.LVL300:
.L96:
	.loc 1 242 13 view .LVU802
.LBE103:
.LBE244:
.LBB245:
.LBB158:
	.loc 1 220 9 is_stmt 1 view .LVU803
	call	free	#
.LVL301:
	.loc 1 221 9 view .LVU804
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC26, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL302:
	.loc 1 222 9 view .LVU805
	.loc 1 222 9 is_stmt 0 view .LVU806
.LBE158:
.LBE245:
# dispatch/compiled/toolchain.c:506:     d->tmp = workdir_note(d, "tmp", w);
	.loc 1 506 12 view .LVU807
	movq	$0, 11032(%rsp)	#, MEM[(struct workdir *)_195].tmp
	.loc 1 507 5 is_stmt 1 view .LVU808
	jmp	.L71	#
.LVL303:
.L94:
.LBB246:
.LBB153:
	.loc 1 220 9 view .LVU809
	movq	24(%rsp), %rdi	# %sfp,
	jmp	.L291	#
.LVL304:
.L90:
	.loc 1 220 9 is_stmt 0 view .LVU810
.LBE153:
.LBE246:
.LBB247:
.LBB147:
	.loc 1 220 9 is_stmt 1 view .LVU811
	movq	%r12, %rdi	# p,
	jmp	.L291	#
.LVL305:
.L312:
	.loc 1 220 9 is_stmt 0 view .LVU812
.LBE147:
.LBE247:
.LBB248:
.LBB232:
.LBB218:
.LBB208:
.LBB194:
# dispatch/compiled/toolchain.c:412:                 memcpy(out + got, buf, take);
	.loc 1 412 17 view .LVU813
	movl	(%rbx), %ecx	#, tmp546
	movl	%ecx, (%rax)	# tmp546,
	movl	%edx, %ecx	# take, take
	movl	-4(%rbx,%rcx), %esi	#, tmp553
	movl	%esi, -4(%rax,%rcx)	# tmp553,
	jmp	.L125	#
.LVL306:
.L173:
	.loc 1 412 17 view .LVU814
.LBE194:
.LBE208:
.LBE218:
.LBB219:
.LBB181:
# dispatch/compiled/toolchain.c:324:     while (environ[n])
	.loc 1 324 12 view .LVU815
	movl	$16, %edi	#, _94
# dispatch/compiled/toolchain.c:323:     size_t n = 0;
	.loc 1 323 12 view .LVU816
	xorl	%r13d, %r13d	# n
	jmp	.L105	#
.LVL307:
.L174:
.LBB179:
# dispatch/compiled/toolchain.c:336:     for (size_t i = 0; i < n; i++)
	.loc 1 336 26 view .LVU817
	movq	%r14, %rax	# env, prephitmp_701
	movl	$8, %r12d	#, _703
.LVL308:
	.loc 1 336 26 view .LVU818
	jmp	.L109	#
.LVL309:
.L172:
	.loc 1 336 26 view .LVU819
.LBE179:
.LBE181:
.LBE219:
.LBE232:
.LBE248:
.LBB249:
# dispatch/compiled/toolchain.c:519:     for (int i = 1; i < cc->argc; i++)
	.loc 1 519 23 view .LVU820
	movl	$8, %edx	#, prephitmp_462
.LBE249:
# dispatch/compiled/toolchain.c:518:     argv[n++] = (char *)cc->path;
	.loc 1 518 11 view .LVU821
	movl	$1, %r13d	#, _57
	jmp	.L99	#
.LVL310:
.L175:
.LBB250:
.LBB233:
.LBB220:
.LBB188:
# dispatch/compiled/toolchain.c:312:     while (env[n])
	.loc 1 312 12 view .LVU822
	movq	$-8, %rdx	#, prephitmp_697
	jmp	.L117	#
.LVL311:
.L88:
	.loc 1 312 12 view .LVU823
.LBE188:
.LBE220:
.LBE233:
.LBE250:
.LBB251:
.LBB139:
.LBB132:
	.loc 1 279 9 is_stmt 1 view .LVU824
# dispatch/compiled/toolchain.c:279:         why_set(w, "cannot write %s: %s", p, strerror(errno));
	.loc 1 279 55 is_stmt 0 view .LVU825
	call	__errno_location	#
.LVL312:
# dispatch/compiled/toolchain.c:279:         why_set(w, "cannot write %s: %s", p, strerror(errno));
	.loc 1 279 9 view .LVU826
	movl	(%rax), %edi	# *_344, *_344
	call	strerror	#
.LVL313:
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r13, %rdx	# p,
	movl	$.LC30, %esi	#,
	movq	%rax, %rcx	# tmp732, _150
	xorl	%eax, %eax	#
	call	why_set	#
.LVL314:
	.loc 1 280 9 is_stmt 1 view .LVU827
	.loc 1 281 13 view .LVU828
	movq	%r14, %rdi	# tmp431,
	call	fclose	#
.LVL315:
	.loc 1 281 13 is_stmt 0 view .LVU829
	jmp	.L71	#
.LVL316:
.L313:
	.loc 1 281 13 view .LVU830
.LBE132:
.LBE139:
.LBE251:
.LBB252:
.LBB234:
.LBB221:
.LBB209:
.LBB195:
# dispatch/compiled/toolchain.c:412:                 memcpy(out + got, buf, take);
	.loc 1 412 17 view .LVU831
	movl	%edx, %ecx	# take, take
	movzwl	-2(%rbx,%rcx), %esi	#, tmp562
	movw	%si, -2(%rax,%rcx)	# tmp562,
	jmp	.L125	#
.LVL317:
.L170:
	.loc 1 412 17 view .LVU832
.LBE195:
.LBE209:
.LBE221:
.LBE234:
.LBE252:
.LBE261:
.LBE280:
.LBB281:
.LBB92:
.LBB87:
.LBB84:
.LBB82:
# dispatch/compiled/toolchain.c:129:         path = "/usr/bin:/bin";
	.loc 1 129 14 view .LVU833
	movl	$.LC4, %r14d	#, path
	jmp	.L52	#
.LVL318:
.L299:
	.loc 1 129 14 view .LVU834
.LBE82:
.LBE84:
.LBE87:
.LBE92:
.LBE281:
.LBB282:
.LBB262:
.LBB253:
.LBB104:
# dispatch/compiled/toolchain.c:232:         if (strlen(keep) >= sizeof d->dir || (mkdir(keep, 0777) != 0 && errno != EEXIST)) {
	.loc 1 232 73 view .LVU835
	call	__errno_location	#
.LVL319:
# dispatch/compiled/toolchain.c:233:             why_set(w, "cannot make DISPATCHLAB_COMPILED_KEEP=%s: %s", keep, strerror(errno));
	.loc 1 233 13 view .LVU836
	movl	(%rax), %edi	# *_699, _160
.L69:
	.loc 1 233 13 is_stmt 1 view .LVU837
	call	strerror	#
.LVL320:
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r12, %rdx	# keep,
	movl	$.LC21, %esi	#,
	movq	%rax, %rcx	# tmp664, _163
	xorl	%eax, %eax	#
	call	why_set	#
.LVL321:
	.loc 1 234 13 view .LVU838
	.loc 1 234 13 is_stmt 0 view .LVU839
	jmp	.L71	#
.LVL322:
.L317:
	.loc 1 234 13 view .LVU840
.LBE104:
.LBE253:
.LBB254:
.LBB235:
	.loc 1 435 9 is_stmt 1 view .LVU841
# dispatch/compiled/toolchain.c:435:         if (strcmp(killed, "took too long") == 0)
	.loc 1 435 13 is_stmt 0 view .LVU842
	movl	$.LC7, %esi	#,
	movq	%r15, %rdi	# killed,
	call	strcmp	#
.LVL323:
# dispatch/compiled/toolchain.c:435:         if (strcmp(killed, "took too long") == 0)
	.loc 1 435 12 view .LVU843
	testl	%eax, %eax	# tmp717
	jne	.L141	#,
	.loc 1 436 13 is_stmt 1 view .LVU844
	movl	48(%rsp), %edx	# %sfp,
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC53, %esi	#,
	call	why_set	#
.LVL324:
	.loc 1 436 13 is_stmt 0 view .LVU845
	jmp	.L71	#
.LVL325:
.L308:
	.loc 1 367 9 is_stmt 1 view .LVU846
# dispatch/compiled/toolchain.c:367:         why_set(w, "cannot run the C compiler: %s", strerror(errno));
	.loc 1 367 62 is_stmt 0 view .LVU847
	call	__errno_location	#
.LVL326:
# dispatch/compiled/toolchain.c:367:         why_set(w, "cannot run the C compiler: %s", strerror(errno));
	.loc 1 367 9 view .LVU848
	movl	(%rax), %edi	# *_221, *_221
	call	strerror	#
.LVL327:
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC46, %esi	#,
	movq	%rax, %rdx	# tmp703, _223
	xorl	%eax, %eax	#
	call	why_set	#
.LVL328:
	.loc 1 368 9 is_stmt 1 view .LVU849
.L113:
	.loc 1 453 5 view .LVU850
.LBB222:
.LBI222:
	.loc 1 309 13 view .LVU851
.LBB223:
	.loc 1 311 5 view .LVU852
	.loc 1 312 5 view .LVU853
	.loc 1 312 12 view .LVU854
	cmpq	$0, (%r14)	#, *env_301
	je	.L181	#,
	movl	$8, %eax	#, ivtmp.118
.LVL329:
.L147:
	.loc 1 313 9 view .LVU855
	.loc 1 312 12 view .LVU856
	movq	%rax, %rdx	# ivtmp.118, ivtmp.118
	addq	$8, %rax	#, ivtmp.118
	cmpq	$0, -8(%r14,%rax)	#, MEM[(char * *)env_301 + -8B + ivtmp.118_735 * 1]
	jne	.L147	#,
.L146:
	.loc 1 314 5 view .LVU857
	movq	-8(%r14,%rdx), %rdi	# *_368, *_368
	call	free	#
.LVL330:
	.loc 1 315 5 view .LVU858
	movq	%r14, %rdi	# env,
	call	free	#
.LVL331:
	.loc 1 315 5 is_stmt 0 view .LVU859
	jmp	.L71	#
.LVL332:
.L141:
	.loc 1 315 5 view .LVU860
.LBE223:
.LBE222:
	.loc 1 438 13 is_stmt 1 view .LVU861
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r15, %rdx	# killed,
	movl	$.LC54, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL333:
	.loc 1 438 13 is_stmt 0 view .LVU862
	jmp	.L71	#
.LVL334:
.L318:
	.loc 1 442 9 is_stmt 1 view .LVU863
# dispatch/compiled/toolchain.c:443:                 WTERMSIG(status) == SIGXCPU ? " (processor time limit)" : "");
	.loc 1 443 17 is_stmt 0 view .LVU864
	andl	$127, %eax	#, status.14_273
# dispatch/compiled/toolchain.c:442:         why_set(w, "the C compiler was killed by signal %d%s", WTERMSIG(status),
	.loc 1 442 9 view .LVU865
	movl	$.LC8, %ecx	#, tmp633
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC55, %esi	#,
	cmpl	$24, %eax	#, _279
# dispatch/compiled/toolchain.c:443:                 WTERMSIG(status) == SIGXCPU ? " (processor time limit)" : "");
	.loc 1 443 17 view .LVU866
	movl	%eax, %edx	# status.14_273, _279
# dispatch/compiled/toolchain.c:442:         why_set(w, "the C compiler was killed by signal %d%s", WTERMSIG(status),
	.loc 1 442 9 view .LVU867
	movl	$.LC9, %eax	#, tmp634
	cmovne	%rax, %rcx	# tmp633,, tmp634, iftmp.15_280
	xorl	%eax, %eax	#
	call	why_set	#
.LVL335:
	.loc 1 444 9 is_stmt 1 view .LVU868
	.loc 1 444 9 is_stmt 0 view .LVU869
	jmp	.L71	#
.LVL336:
.L319:
	.loc 1 447 9 is_stmt 1 view .LVU870
	cmpb	$0, 352(%rsp)	#, MEM[(char[300] *)_292][0]
	leaq	352(%rsp), %rcx	#, tmp845
	jne	.L145	#,
# dispatch/compiled/toolchain.c:448:                 *out ? out : WEXITSTATUS(status) == 127 ? "cannot execute it" : "no message");
	.loc 1 448 79 is_stmt 0 view .LVU871
	cmpl	$127, %ebx	#, <retval>
	movl	$.LC10, %ecx	#, tmp636
	movl	$.LC11, %eax	#, tmp637
	cmovne	%rax, %rcx	# tmp636,, tmp637, iftmp.19_284
.L145:
# dispatch/compiled/toolchain.c:447:         why_set(w, "the C compiler failed (exit status %d): %s", WEXITSTATUS(status),
	.loc 1 447 9 view .LVU872
	movq	8(%rsp), %rdi	# %sfp,
	movl	%ebx, %edx	# <retval>,
	movl	$.LC56, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL337:
	.loc 1 449 9 is_stmt 1 view .LVU873
	.loc 1 449 9 is_stmt 0 view .LVU874
	jmp	.L71	#
.LVL338:
.L310:
.LBB225:
	.loc 1 379 9 is_stmt 1 view .LVU875
	xorl	%esi, %esi	#
	xorl	%edi, %edi	#
	call	setpgid	#
.LVL339:
	.loc 1 380 9 view .LVU876
# dispatch/compiled/toolchain.c:380:         struct rlimit cpu = { (rlim_t)seconds, (rlim_t)seconds };
	.loc 1 380 31 is_stmt 0 view .LVU877
	movslq	48(%rsp), %rax	# %sfp, _230
# dispatch/compiled/toolchain.c:382:         setrlimit(RLIMIT_CPU, &cpu);
	.loc 1 382 9 view .LVU878
	leaq	352(%rsp), %rsi	#, tmp828
	xorl	%edi, %edi	#
# dispatch/compiled/toolchain.c:380:         struct rlimit cpu = { (rlim_t)seconds, (rlim_t)seconds };
	.loc 1 380 31 view .LVU879
	movq	%rax, %xmm0	# _230, _230
# dispatch/compiled/toolchain.c:380:         struct rlimit cpu = { (rlim_t)seconds, (rlim_t)seconds };
	.loc 1 380 23 view .LVU880
	punpcklqdq	%xmm0, %xmm0	# tmp510
	movaps	%xmm0, 352(%rsp)	# tmp510, MEM <vector(2) long unsigned int> [(long unsigned int *)_292]
	.loc 1 381 9 is_stmt 1 view .LVU881
# dispatch/compiled/toolchain.c:381:         struct rlimit mem = { COMPILE_MEMORY, COMPILE_MEMORY };
	.loc 1 381 23 is_stmt 0 view .LVU882
	movdqa	.LC47(%rip), %xmm0	#, tmp511
	movaps	%xmm0, 2832(%rsp)	# tmp511, MEM <vector(2) long unsigned int> [(long unsigned int *)_309]
	.loc 1 382 9 is_stmt 1 view .LVU883
	call	setrlimit	#
.LVL340:
	.loc 1 383 9 view .LVU884
	movq	%rbx, %rsi	# tmp624,
	movl	$9, %edi	#,
	call	setrlimit	#
.LVL341:
	.loc 1 384 9 view .LVU885
# dispatch/compiled/toolchain.c:384:         int null = open("/dev/null", O_RDONLY);
	.loc 1 384 20 is_stmt 0 view .LVU886
	movl	$.LC48, %edi	#,
	xorl	%esi, %esi	#
	xorl	%eax, %eax	#
	call	open	#
.LVL342:
	movl	%eax, %edi	# tmp707, null
.LVL343:
	.loc 1 385 9 is_stmt 1 view .LVU887
# dispatch/compiled/toolchain.c:385:         if (null >= 0)
	.loc 1 385 12 is_stmt 0 view .LVU888
	testl	%eax, %eax	# null
	js	.L116	#,
	.loc 1 386 13 is_stmt 1 view .LVU889
	xorl	%esi, %esi	#
	call	dup2	#
.LVL344:
.L116:
	.loc 1 387 9 view .LVU890
	movl	68(%rsp), %edi	# pipefd[1],
	movl	$1, %esi	#,
	call	dup2	#
.LVL345:
	.loc 1 388 9 view .LVU891
	movl	68(%rsp), %edi	# pipefd[1],
	movl	$2, %esi	#,
	call	dup2	#
.LVL346:
	.loc 1 389 9 view .LVU892
	movl	64(%rsp), %edi	# pipefd[0],
	call	close	#
.LVL347:
	.loc 1 390 9 view .LVU893
	xorl	%edx, %edx	#
	leaq	96(%rsp), %rsi	#, tmp829
.LVL348:
	.loc 1 390 9 is_stmt 0 view .LVU894
	movl	$1, %edi	#,
	call	sigprocmask	#
.LVL349:
	.loc 1 391 9 is_stmt 1 view .LVU895
	movq	1680(%rsp), %rdi	# MEM[(char * *)&argv],
	movq	%r14, %rdx	# env,
	leaq	1680(%rsp), %rsi	#, tmp830
.LVL350:
	.loc 1 391 9 is_stmt 0 view .LVU896
	call	execve	#
.LVL351:
	.loc 1 392 9 is_stmt 1 view .LVU897
	movl	$127, %edi	#,
	call	_exit	#
.LVL352:
.L87:
	.loc 1 392 9 is_stmt 0 view .LVU898
.LBE225:
.LBE235:
.LBE254:
.LBB255:
.LBB140:
.LBB133:
	.loc 1 279 9 is_stmt 1 view .LVU899
# dispatch/compiled/toolchain.c:279:         why_set(w, "cannot write %s: %s", p, strerror(errno));
	.loc 1 279 55 is_stmt 0 view .LVU900
	call	__errno_location	#
.LVL353:
# dispatch/compiled/toolchain.c:279:         why_set(w, "cannot write %s: %s", p, strerror(errno));
	.loc 1 279 9 view .LVU901
	movl	(%rax), %edi	# *_741,
	call	strerror	#
.LVL354:
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r13, %rdx	# p,
	movl	$.LC30, %esi	#,
	movq	%rax, %rcx	# tmp734, _409
	xorl	%eax, %eax	#
	call	why_set	#
.LVL355:
	.loc 1 280 9 is_stmt 1 view .LVU902
	.loc 1 280 9 is_stmt 0 view .LVU903
	jmp	.L71	#
.LVL356:
	.p2align 4,,10
	.p2align 3
.L320:
	.loc 1 280 9 view .LVU904
.LBE133:
.LBE140:
.LBE255:
.LBB256:
	.loc 1 548 9 is_stmt 1 view .LVU905
# dispatch/compiled/toolchain.c:548:         const char *e = dlerror();
	.loc 1 548 25 is_stmt 0 view .LVU906
	call	dlerror	#
.LVL357:
# dispatch/compiled/toolchain.c:549:         int made = elf_machine(so), ours = elf_machine("/proc/self/exe");
	.loc 1 549 20 view .LVU907
	movq	24(%rsp), %rdi	# %sfp,
# dispatch/compiled/toolchain.c:548:         const char *e = dlerror();
	.loc 1 548 25 view .LVU908
	movq	%rax, %rbx	# tmp719, e
.LVL358:
	.loc 1 549 9 is_stmt 1 view .LVU909
# dispatch/compiled/toolchain.c:549:         int made = elf_machine(so), ours = elf_machine("/proc/self/exe");
	.loc 1 549 20 is_stmt 0 view .LVU910
	call	elf_machine	#
.LVL359:
# dispatch/compiled/toolchain.c:549:         int made = elf_machine(so), ours = elf_machine("/proc/self/exe");
	.loc 1 549 44 view .LVU911
	movl	$.LC57, %edi	#,
# dispatch/compiled/toolchain.c:549:         int made = elf_machine(so), ours = elf_machine("/proc/self/exe");
	.loc 1 549 20 view .LVU912
	movl	%eax, %r12d	# tmp720, made
.LVL360:
# dispatch/compiled/toolchain.c:549:         int made = elf_machine(so), ours = elf_machine("/proc/self/exe");
	.loc 1 549 44 view .LVU913
	call	elf_machine	#
.LVL361:
	.loc 1 549 44 view .LVU914
	movl	%eax, %ecx	# tmp721, ours
.LVL362:
	.loc 1 550 9 is_stmt 1 view .LVU915
# dispatch/compiled/toolchain.c:550:         if (made >= 0 && ours >= 0 && made != ours)
	.loc 1 550 36 is_stmt 0 view .LVU916
	movl	%r12d, %eax	# made, tmp735
.LVL363:
	.loc 1 550 36 view .LVU917
	orl	%ecx, %eax	# ours, tmp735
	js	.L149	#,
	cmpl	%ecx, %r12d	# ours, made
	jne	.L321	#,
.L149:
	.loc 1 554 13 is_stmt 1 view .LVU918
	testq	%rbx, %rbx	# e
	movl	$.LC12, %eax	#, tmp635
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC59, %esi	#,
	cmove	%rax, %rbx	# e,, tmp635, e
.LVL364:
	.loc 1 554 13 is_stmt 0 view .LVU919
	xorl	%eax, %eax	#
	movq	%rbx, %rdx	# e,
	call	why_set	#
.LVL365:
	.loc 1 554 13 view .LVU920
	jmp	.L71	#
.LVL366:
.L321:
	.loc 1 551 13 is_stmt 1 view .LVU921
	movq	8(%rsp), %rdi	# %sfp,
	movl	%r12d, %edx	# made,
	movl	$.LC58, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL367:
	.loc 1 551 13 is_stmt 0 view .LVU922
	jmp	.L71	#
.LVL368:
.L290:
	.loc 1 551 13 view .LVU923
.LBE256:
	.loc 1 498 9 is_stmt 1 view .LVU924
# dispatch/compiled/toolchain.c:498:         why_set(w, "cannot write %s: %s", src, strerror(errno));
	.loc 1 498 57 is_stmt 0 view .LVU925
	call	__errno_location	#
.LVL369:
# dispatch/compiled/toolchain.c:498:         why_set(w, "cannot write %s: %s", src, strerror(errno));
	.loc 1 498 9 view .LVU926
	movl	(%rax), %edi	#, *_107
	call	strerror	#
.LVL370:
	movq	8(%rsp), %rdi	# %sfp,
	movq	%r12, %rdx	# p,
	movl	$.LC30, %esi	#,
	movq	%rax, %rcx	# tmp688, _109
	xorl	%eax, %eax	#
	call	why_set	#
.LVL371:
	.loc 1 499 9 is_stmt 1 view .LVU927
	.loc 1 501 5 view .LVU928
	jmp	.L71	#
.LVL372:
.L306:
	.loc 1 510 9 view .LVU929
	call	strerror	#
.LVL373:
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC33, %esi	#,
	movq	11032(%rsp), %rdx	# MEM[(struct workdir *)_195].tmp,
	movq	%rax, %rcx	# tmp693, _115
	xorl	%eax, %eax	#
	call	why_set	#
.LVL374:
	.loc 1 511 9 view .LVU930
# dispatch/compiled/toolchain.c:511:         return -1;
	.loc 1 511 16 is_stmt 0 view .LVU931
	jmp	.L71	#
.LVL375:
.L181:
.LBB257:
.LBB236:
.LBB226:
.LBB224:
# dispatch/compiled/toolchain.c:312:     while (env[n])
	.loc 1 312 15 view .LVU932
	xorl	%edx, %edx	# ivtmp.118
	jmp	.L146	#
.LVL376:
.L309:
	.loc 1 312 15 view .LVU933
.LBE224:
.LBE226:
	.loc 1 372 9 is_stmt 1 view .LVU934
# dispatch/compiled/toolchain.c:372:         why_set(w, "cannot run the C compiler: %s", strerror(errno));
	.loc 1 372 62 is_stmt 0 view .LVU935
	call	__errno_location	#
.LVL377:
# dispatch/compiled/toolchain.c:372:         why_set(w, "cannot run the C compiler: %s", strerror(errno));
	.loc 1 372 9 view .LVU936
	movl	(%rax), %edi	# *_225, *_225
	call	strerror	#
.LVL378:
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC46, %esi	#,
	movq	%rax, %rdx	# tmp706, _227
	xorl	%eax, %eax	#
	call	why_set	#
.LVL379:
	.loc 1 373 9 is_stmt 1 view .LVU937
	movl	64(%rsp), %edi	# pipefd[0],
	call	close	#
.LVL380:
	.loc 1 374 9 view .LVU938
	movl	68(%rsp), %edi	# pipefd[1],
	call	close	#
.LVL381:
	.loc 1 375 9 view .LVU939
	jmp	.L113	#
.LVL382:
.L182:
.LBB227:
.LBB182:
	.loc 1 330 9 view .LVU940
	movq	%r14, %rdi	# env,
	call	free	#
.LVL383:
	.loc 1 331 9 view .LVU941
	movq	%rbp, %rdi	# var,
	jmp	.L291	#
.LVL384:
.L307:
	.loc 1 331 9 is_stmt 0 view .LVU942
.LBE182:
.LBE227:
.LBE236:
.LBE257:
	.loc 1 523 9 is_stmt 1 view .LVU943
	movq	8(%rsp), %rdi	# %sfp,
	movl	$.LC35, %esi	#,
	xorl	%eax, %eax	#
.LVL385:
	.loc 1 523 9 is_stmt 0 view .LVU944
	call	why_set	#
.LVL386:
	.loc 1 524 9 is_stmt 1 view .LVU945
# dispatch/compiled/toolchain.c:524:         return -1;
	.loc 1 524 16 is_stmt 0 view .LVU946
	jmp	.L71	#
.LBE262:
.LBE282:
	.cfi_endproc
.LFE42:
	.size	toolchain_build, .-toolchain_build
	.section	.rodata.str1.1
.LC67:
	.string	"dl_probe"
	.section	.rodata.str1.8
	.align 8
.LC68:
	.string	"the compiled code does not run correctly"
	.text
	.p2align 4
	.type	probe, @function
probe:
.LFB45:
	.loc 1 620 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 621 5 view .LVU948
	.loc 1 622 5 view .LVU949
	.loc 1 623 5 view .LVU950
# dispatch/compiled/toolchain.c:620: {
	.loc 1 620 1 is_stmt 0 view .LVU951
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# dispatch/compiled/toolchain.c:623:     if (toolchain_build(write_probe, NULL, "dl_probe", &l, &w) < 0) {
	.loc 1 623 9 view .LVU952
	xorl	%esi, %esi	#
	movl	$.LC67, %edx	#,
	movl	$write_probe, %edi	#,
# dispatch/compiled/toolchain.c:620: {
	.loc 1 620 1 view .LVU953
	subq	$416, %rsp	#,
	.cfi_def_cfa_offset 432
# dispatch/compiled/toolchain.c:623:     if (toolchain_build(write_probe, NULL, "dl_probe", &l, &w) < 0) {
	.loc 1 623 9 view .LVU954
	leaq	16(%rsp), %rbx	#, tmp87
	movq	%rsp, %rcx	#,
	movq	%rbx, %r8	# tmp87,
	call	toolchain_build	#
.LVL387:
# dispatch/compiled/toolchain.c:623:     if (toolchain_build(write_probe, NULL, "dl_probe", &l, &w) < 0) {
	.loc 1 623 8 view .LVU955
	testl	%eax, %eax	# tmp93
	js	.L334	#,
	.loc 1 628 5 is_stmt 1 view .LVU956
	.loc 1 629 5 view .LVU957
.LVL388:
	.loc 1 630 5 view .LVU958
# dispatch/compiled/toolchain.c:630:     if (fn() != STACK_CELLS + 42) {
	.loc 1 630 9 is_stmt 0 view .LVU959
	call	*8(%rsp)	# MEM <unsigned long> [(char * {ref-all})&l + 8B]
.LVL389:
# dispatch/compiled/toolchain.c:630:     if (fn() != STACK_CELLS + 42) {
	.loc 1 630 8 view .LVU960
	cmpl	$4138, %eax	#, tmp94
	jne	.L335	#,
	.loc 1 634 5 is_stmt 1 view .LVU961
.LVL390:
.LBB285:
.LBI285:
	.loc 1 593 6 view .LVU962
.LBB286:
	.loc 1 596 5 view .LVU963
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 10 is_stmt 0 view .LVU964
	movq	(%rsp), %rdi	# l.handle, _20
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 8 view .LVU965
	testq	%rdi, %rdi	# _20
	je	.L322	#,
.L336:
	.loc 1 597 9 is_stmt 1 view .LVU966
	call	dlclose	#
.LVL391:
	.loc 1 599 5 view .LVU967
.L322:
	.loc 1 599 5 is_stmt 0 view .LVU968
.LBE286:
.LBE285:
# dispatch/compiled/toolchain.c:635: }
	.loc 1 635 1 view .LVU969
	addq	$416, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 16
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
	.p2align 4,,10
	.p2align 3
.L335:
	.cfi_restore_state
	.loc 1 631 9 is_stmt 1 view .LVU970
	movl	$probe_why, %edi	#,
	movl	$.LC68, %esi	#,
	xorl	%eax, %eax	#
	call	why_set	#
.LVL392:
	.loc 1 632 9 view .LVU971
.LBB289:
.LBB287:
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 10 is_stmt 0 view .LVU972
	movq	(%rsp), %rdi	# l.handle, _20
.LBE287:
.LBE289:
# dispatch/compiled/toolchain.c:632:         probe_result = probe_why.text;
	.loc 1 632 22 view .LVU973
	movq	$probe_why, probe_result(%rip)	#, probe_result
	.loc 1 634 5 is_stmt 1 view .LVU974
.LVL393:
.LBB290:
	.loc 1 593 6 view .LVU975
.LBB288:
	.loc 1 596 5 view .LVU976
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 8 is_stmt 0 view .LVU977
	testq	%rdi, %rdi	# _20
	jne	.L336	#,
	jmp	.L322	#
.LVL394:
	.p2align 4,,10
	.p2align 3
.L334:
	.loc 1 596 8 view .LVU978
.LBE288:
.LBE290:
	.loc 1 624 9 is_stmt 1 view .LVU979
# dispatch/compiled/toolchain.c:624:         probe_why = w;
	.loc 1 624 19 is_stmt 0 view .LVU980
	movq	%rbx, %rsi	# tmp87, tmp87
	movl	$probe_why, %edi	#, tmp89
	movl	$50, %ecx	#, tmp91
# dispatch/compiled/toolchain.c:625:         probe_result = probe_why.text;
	.loc 1 625 22 view .LVU981
	movq	$probe_why, probe_result(%rip)	#, probe_result
# dispatch/compiled/toolchain.c:624:         probe_why = w;
	.loc 1 624 19 view .LVU982
	rep movsq
	.loc 1 625 9 is_stmt 1 view .LVU983
	.loc 1 626 9 view .LVU984
# dispatch/compiled/toolchain.c:635: }
	.loc 1 635 1 is_stmt 0 view .LVU985
	addq	$416, %rsp	#,
	.cfi_def_cfa_offset 16
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE45:
	.size	probe, .-probe
	.p2align 4
	.globl	toolchain_unload
	.type	toolchain_unload, @function
toolchain_unload:
.LVL395:
.LFB43:
	.loc 1 594 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 596 5 view .LVU987
# dispatch/compiled/toolchain.c:594: {
	.loc 1 594 1 is_stmt 0 view .LVU988
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# dispatch/compiled/toolchain.c:594: {
	.loc 1 594 1 view .LVU989
	movq	%rdi, %rbx	# tmp85, l
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 10 view .LVU990
	movq	(%rdi), %rdi	# l_4(D)->handle, _1
.LVL396:
# dispatch/compiled/toolchain.c:596:     if (l->handle)
	.loc 1 596 8 view .LVU991
	testq	%rdi, %rdi	# _1
	je	.L338	#,
	.loc 1 597 9 is_stmt 1 view .LVU992
	call	dlclose	#
.LVL397:
.L338:
	.loc 1 599 5 view .LVU993
# dispatch/compiled/toolchain.c:599:     l->handle = l->fn = NULL;
	.loc 1 599 15 is_stmt 0 view .LVU994
	pxor	%xmm0, %xmm0	# tmp84
	movups	%xmm0, (%rbx)	# tmp84, MEM <vector(2) long unsigned int> [(void * *)l_4(D)]
# dispatch/compiled/toolchain.c:600: }
	.loc 1 600 1 view .LVU995
	popq	%rbx	#
	.cfi_def_cfa_offset 8
.LVL398:
	.loc 1 600 1 view .LVU996
	ret	
	.cfi_endproc
.LFE43:
	.size	toolchain_unload, .-toolchain_unload
	.p2align 4
	.globl	toolchain_unavailable
	.type	toolchain_unavailable, @function
toolchain_unavailable:
.LFB46:
	.loc 1 638 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 642 5 view .LVU998
# dispatch/compiled/toolchain.c:638: {
	.loc 1 638 1 is_stmt 0 view .LVU999
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 16
# dispatch/compiled/toolchain.c:642:     pthread_once(&probe_once, probe);
	.loc 1 642 5 view .LVU1000
	movl	$probe, %esi	#,
	movl	$probe_once, %edi	#,
	call	pthread_once	#
.LVL399:
	.loc 1 643 5 is_stmt 1 view .LVU1001
# dispatch/compiled/toolchain.c:644: }
	.loc 1 644 1 is_stmt 0 view .LVU1002
	movq	probe_result(%rip), %rax	# probe_result,
	addq	$8, %rsp	#,
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE46:
	.size	toolchain_unavailable, .-toolchain_unavailable
	.local	probe_result
	.comm	probe_result,8,8
	.local	probe_why
	.comm	probe_why,400,32
	.local	probe_once
	.comm	probe_once,4,4
	.section	.rodata.str1.1
.LC69:
	.string	"isa/isa.h"
	.section	.rodata.str1.8
	.align 8
.LC70:
	.ascii	"/*\n * isa/isa.h \342\200\224 the instruction set as C decla"
	.ascii	"rations, expanded from\n * isa/opcodes.def, and the limits o"
	.ascii	"f the virtual machine.\n */\n#ifndef DISPATCHLAB_ISA_H\n#def"
	.ascii	"ine DISPATCHLAB_ISA_H\n\n#include <stdint.h>\n\ntypedef int6"
	.ascii	"4_t  cell;    /* one value on the stacks or in memory */\nty"
	.ascii	"pedef uint64_t ucell;   /* the same bits, for wrapping arith"
	.ascii	"metic */\n\nenum opcode {\n#define OP(NAME, name, opnd, pops"
	.ascii	", pushes, flow, effect, doc) OP_##NAME,\n#include \"isa/opco"
	.ascii	"des.def\"\n#undef OP\n    OP__COUNT\n};\n\nenum operand { OP"
	.ascii	"ND_NONE, OPND_INT, OPND_LABEL };\nenum flow { FLOW_NEXT, FLO"
	.ascii	"W_JUMP, FLOW_COND, FLOW_CALL, FLOW_RET, FLOW_STOP };\n\n/* B"
	.ascii	"ytes an operand occupies in the bytecode (see docs/isa.md). "
	.ascii	"*/\n#define OPND_BYTES_NONE  0\n#define OPND_BYTES_INT   8\n"
	.ascii	"#define OPND_BYTES_LABEL 4\n\n/* SIZE_ADD, SIZE_PUSH, ...: a"
	.ascii	"n instruction's length in bytes, as constants\n * the dispat"
	.ascii	"chers can use to step over operands. */\nenum {\n#define OP("
	.ascii	"NAME, name, opnd, pops, pushes, flow, effect, doc) \\\n    S"
	.ascii	"IZE_##NAME = 1 + OPND_BYTES_##opnd,\n#include \"isa/opcodes."
	.ascii	"def\"\n#undef OP\n};\n\nstruct opinfo {\n    const char  *na"
	.ascii	"me;     /* mnemonic, lower case */\n    enum operand operand"
	.ascii	";\n    uint8_t      size;     /* bytes in the bytecode: opco"
	.ascii	"de and operand */\n    uint8_t      pops, pushes;\n    enum "
	.ascii	"flow    flow;\n    const char  *effect;   /* stack effect, e"
	.ascii	".g. \"a b -- a+b\" */\n    const char  *doc;\n};\nextern con"
	.ascii	"st struct opinfo opinfo[OP__COUNT];   /* isa/program.c */\n\n"
	.ascii	"/* Limits of the machine (docs/isa.md). */\n#define STACK_CE"
	.ascii	"LLS "
	.string	"  4096     /* data stack entries */\n#define RSTACK_CELLS  4096     /* return stack entries */\n#define MEM_CELLS     65536    /* data memory, cells, zero-initialised */\n#define MAX_CODE_BYTES (64u << 20)   /* largest program the assembler builds */\n\n#endif\n"
	.section	.rodata.str1.1
.LC71:
	.string	"isa/opcodes.def"
	.section	.rodata.str1.8
	.align 8
.LC72:
	.ascii	"/*\n * isa/opcodes.def \342\200\224 the dispatchlab instruct"
	.ascii	"ion set, written once.\n *\n * Every table that depends on t"
	.ascii	"he instruction set is expanded from this file\n * (an \"X-ma"
	.ascii	"cro\", as in Wren's wren_opcodes.h): the opcode enum, the na"
	.ascii	"mes the\n * assembler accepts and the disassembler prints, o"
	.ascii	"perand encodings, stack\n * effects and control flow for the"
	.ascii	" verifier, every dispatcher's jump table,\n * and the table "
	.ascii	"in docs/isa.md.  Define OP() before including it.\n *\n *   "
	.ascii	"OP(NAME, \"mnemonic\", OPERAND, POPS, PUSHES, FLOW, \"effect"
	.ascii	"\", \"meaning\")\n *\n * OPERAND  NONE   no operand\n *     "
	.ascii	"     INT    a 64-bit signed integer (8 bytes in the bytecode"
	.ascii	")\n *          LABEL  a code address (4-byte byte offset in "
	.ascii	"the bytecode)\n * POPS     values the instruction needs on t"
	.ascii	"he data stack\n * PUSHES   values it leaves there in their p"
	.ascii	"lace\n * FLOW     NEXT   continues with the next instruction"
	.ascii	"\n *          JUMP   continues at its label\n *          CON"
	.ascii	"D   continues at its label or with the next instruction\n * "
	.ascii	"         CALL   continues at its label; returns to the next "
	.ascii	"instruction\n *          RET    continues where the return s"
	.ascii	"tack says\n *          STOP   ends the program\n *\n * The o"
	.ascii	"pcode numbers are the order of the lines: they are part of t"
	.ascii	"he\n * bytecode format (docs/isa.md), so add new instruction"
	.ascii	"s at the end.\n */\n/*  NAME   mnemonic operand pops push fl"
	.ascii	"ow  effect            meaning */\nOP(NOP,   \"nop\",   NONE,"
	.ascii	"  0, 0, NEXT, \"--\",          \"do nothing; its handler is "
	.ascii	"pure dispatch\")\nOP(PUSH,  \"push\",  INT,   0, 1, NEXT, \""
	.ascii	"-- n\",        \"push the constant n\")\nOP(DROP,  \"drop\","
	.ascii	"  NONE,  1, 0, NEXT, \"a --\",        \"discard the top valu"
	.ascii	"e\")\nOP(DUP,   \"dup\",   NONE,  1, 2, NEXT, \"a -- a a\", "
	.ascii	"   \"duplicate the top value\")\nOP(SWAP,  \"swap\",  NONE, "
	.ascii	" 2, 2, NEXT, \"a b -- b a\",  \"exchange the top two values\""
	.ascii	")\nOP(OVER,  \"over\",  NONE,  2, 3, NEXT, \"a b -- a b a\","
	.ascii	"\"copy the second value to the top\")\nOP(ROT,   \"rot\",   "
	.ascii	"NONE,  3, 3, NEXT, \"a b c -- b c a\", \"rotate the third va"
	.ascii	"lue to the top\")\nOP(ADD,   \"add\",   NONE,  2, 1, N"
	.ascii	"EXT, \"a b -- a+b\",  \"wrapping addition\")\nOP(SUB,   \"su"
	.ascii	"b\",   NONE,  2, 1, NEXT, \"a b -- a-b\",  \"wrapping subtra"
	.ascii	"ction\")\nOP(MUL,   \"mul\",   NONE,  2, 1, NEXT, \"a b -- a"
	.ascii	"*b\",  \"wrapping multiplication\")\nOP(DIV,   \"div\",   NO"
	.ascii	"NE,  2, 1, NEXT, \"a b -- a/b\",  \"quotient truncated towar"
	.ascii	"d zero; traps if b = 0\")\nOP(MOD,   \"mod\",   NONE,  2, 1,"
	.ascii	" NEXT, \"a b -- a%b\",  \"remainder with the sign of a; trap"
	.ascii	"s if b = 0\")\nOP(NEG,   \"neg\",   NONE,  1, 1, NEXT, \"a -"
	.ascii	"- -a\",     \"wrapping negation\")\nOP(NOT,   \"not\",   NON"
	.ascii	"E,  1, 1, NEXT, \"a -- ~a\",     \"bitwise complement\")\nOP"
	.ascii	"(AND,   \"and\",   NONE,  2, 1, NEXT, \"a b -- a&b\",  \"bit"
	.ascii	"wise and\")\nOP(OR,    \"or\",    NONE,  2, 1, NEXT, \"a b -"
	.ascii	"- a|b\",  \"bitwise or\")\nOP(XOR,   \"xor\",   NONE,  2, 1,"
	.ascii	" NEXT, \"a b -- a^b\",  \"bitwise exclusive or\")\nOP(SHL,  "
	.ascii	" \"shl\",   NONE,  2, 1, NEXT, \"a b -- a<<b\", \"shift left"
	.ascii	" by b & 63\")\nOP(SHR,   \"shr\",   NONE,  2, 1, NEXT, \"a b"
	.ascii	" -- a>>b\", \"arithmetic shift right by b & 63\")\nOP(EQ,   "
	.ascii	" \"eq\",    NONE,  2, 1, NEXT, \"a b -- f\",    \"f = 1 if a"
	.ascii	" = b, else 0\")\nOP(NE,    \"ne\",    NONE,  2, 1, NEXT, \"a"
	.ascii	" b -- f\",    \"f = 1 if a != b, else 0\")\nOP(LT,    \"lt\""
	.ascii	",    NONE,  2, 1, NEXT, \"a b -- f\",    \"f = 1 if a < b (s"
	.ascii	"igned), else 0\")\nOP(LE,    \"le\",    NONE,  2, 1, NEXT, \""
	.ascii	"a b -- f\",    \"f = 1 if a <= b (signed), else 0\")\nOP(GT,"
	.ascii	"    \"gt\",    NONE,  2, 1, NEXT, \"a b -- f\",    \"f = 1 i"
	.ascii	"f a > b (signed), else 0\")\nOP(GE,    \"ge\",    NONE,  2, "
	.ascii	"1, NEXT, \"a b -- f\",    \"f = 1 if a >= b (signed), else 0"
	.ascii	"\")\nOP(JMP,   \"jmp\",   LABEL, 0, 0, JUMP, \"--\",        "
	.ascii	"  \"jump to the label\")\nOP(JZ,    \"jz\",    LABEL, 1, 0, "
	.ascii	"COND, \"f --\",        \"jump to the label if f = 0\")\nOP(J"
	.ascii	"NZ,   \"jnz\",   LABEL, 1, 0, COND, \"f --\",        \"jump "
	.ascii	"to the label if f != 0\")\nOP(CALL,  \"call\",  LABEL, 0, 0,"
	.ascii	" CALL, \"--\",          \"push the return address on the ret"
	.ascii	"urn stack, jump\")\nOP(RET,   \"ret\",   NONE,  0, 0, RET,  "
	.ascii	"\"--\",          \"pop the return stack and jump there\")\nO"
	.ascii	"P(LOAD,  \"load\",  NONE,  1, 1, NEXT, \"addr -- v\",   \"v "
	.ascii	"= mem[addr]; traps outside memory\")\nOP(STORE, \"store\", N"
	.ascii	"ONE,  2"
	.string	", 0, NEXT, \"v addr --\",   \"mem[addr] = v; traps outside memory\")\nOP(PRINT, \"print\", NONE,  1, 0, NEXT, \"a --\",        \"write a in decimal and a newline\")\nOP(HALT,  \"halt\",  NONE,  0, 0, STOP, \"--\",          \"stop normally\")\n"
	.section	.rodata.str1.1
.LC73:
	.string	"isa/program.h"
	.section	.rodata.str1.8
	.align 8
.LC74:
	.ascii	"/*\n * isa/program.h \342\200\224 a loaded program: its byte"
	.ascii	"code and the maps every\n * dispatcher shares (instruction o"
	.ascii	"rdinals, source lines, label names).\n *\n * The bytecode is"
	.ascii	" what docs/isa.md describes: per instruction one opcode\n * "
	.ascii	"byte followed by its operand, INT as 8 bytes and LABEL as a "
	.ascii	"4-byte byte\n * offset, both little-endian.  The maps are no"
	.ascii	"t part of the bytecode; they\n * come from the assembler (or"
	.ascii	" are rebuilt by the verifier) and are used for\n * error mes"
	.ascii	"sages, the disassembly and counting executed instructions.\n"
	.ascii	" */\n#ifndef DISPATCHLAB_PROGRAM_H\n#define DISPATCHLAB_PROG"
	.ascii	"RAM_H\n\n#include <stddef.h>\n#include <stdint.h>\n#include "
	.ascii	"<string.h>\n#include \"isa/isa.h\"\n\nstruct label {\n    ch"
	.ascii	"ar    *name;\n    uint32_t offset;         /* byte offset it"
	.ascii	" marks */\n};\n\n/* What a verified `call` checks, once, for"
	.ascii	" its callee (isa/prove.c): the\n * callee's instructions are"
	.ascii	" proven for any entry height h with\n * need <= h <= need + "
	.ascii	"span, that is, when it consumes at most the `need`\n * value"
	.ascii	"s below its entry and grows the stack by at most\n * STACK_C"
	.ascii	"ELLS - need - span values above it. */\nstruct frame {\n    "
	.ascii	"int32_t need;\n    int32_t span;\n};\n\nstruct program {\n  "
	.ascii	"  const char *file;        /* name used in messages */\n    "
	.ascii	"uint8_t    *code;        /* bytecode */\n    uint32_t    siz"
	.ascii	"e;        /* bytes of bytecode */\n    uint32_t    count;   "
	.ascii	"    /* number of instructions */\n    uint32_t   *ord;      "
	.ascii	"   /* byte offset -> ordinal of the instruction there\n     "
	.ascii	"                           (defined at instruction starts; s"
	.ascii	"ize + 1 entries) */\n    uint32_t   *offset;      /* ordinal"
	.ascii	" -> byte offset (count + 1 entries) */\n    uint32_t   *line"
	.ascii	";        /* ordinal -> source line (1-based; 0 = unknown) */"
	.ascii	"\n    struct label *labels;    /* sorted by offset, then by "
	.ascii	"definition order */\n    uint32_t    nlabels;\n    /* What t"
	.ascii	"he verifier proved (isa/prove.c, docs/verifier.md): */\n    "
	.ascii	"uint8_t    *proven;      /* ordinal -> 1 when its depth chec"
	.ascii	"ks need not run */\n    struct frame *frame;     /* ordinal "
	.ascii	"of a call target "
	.ascii	"-> what the call checks */\n};\n\n/* Load errors: \"FILE:LIN"
	.ascii	"E: error: MESSAGE\".  The message is kept, not\n * printed, "
	.ascii	"so that tests and fuzzers can look at it. */\nstruct load_er"
	.ascii	"ror {\n    uint32_t line;\n    char     msg[256];\n};\n\n/* "
	.ascii	"isa/asm.c: assemble source text (need not be NUL-terminated)"
	.ascii	".\n * Returns 0 and fills *prog, or -1 and fills *err. */\ni"
	.ascii	"nt  assemble(const char *file, const char *text, size_t len,"
	.ascii	"\n              struct program *prog, struct load_error *err"
	.ascii	");\n\n/* isa/verify.c: check bytecode before it may run (doc"
	.ascii	"s/verifier.md).\n * Rebuilds prog->ord/offset from the code "
	.ascii	"when they are NULL.\n * Returns 0 when the program is safe t"
	.ascii	"o run, else -1 with *err. */\nint  verify(struct program *pr"
	.ascii	"og, struct load_error *err);\n\n/* isa/prove.c, called by ve"
	.ascii	"rify(): fill prog->proven and prog->frame.\n * The work is c"
	.ascii	"apped at PROVE_BUDGET instruction visits (then nothing is\n "
	.ascii	"* proven).  Returns 0, or -1 when out of memory. */\n#define"
	.ascii	" PROVE_BUDGET(count) (8 * (uint64_t)(count) + (1u << 20))\ni"
	.ascii	"nt  prove(struct program *prog);\n\n/* isa/disasm.c: print t"
	.ascii	"he program as assembly that reassembles to the same\n * byte"
	.ascii	"code.  With annotate, each line carries \"; @offset line N\""
	.ascii	". */\n#include <stdio.h>\nvoid disassemble(FILE *f, const st"
	.ascii	"ruct program *prog, int annotate);\n\n/* isa/program.c: buil"
	.ascii	"d prog->offset and prog->ord (and set prog->count)\n * from "
	.ascii	"bytecode whose opcodes are all defined and whose last instru"
	.ascii	"ction\n * ends at prog->size.  Returns 0, or -1 when out of "
	.ascii	"memory. */\nint  program_index(struct program *prog);\n\n/* "
	.ascii	"Free everything a program owns. */\nvoid program_free(struct"
	.ascii	" program *prog);\n\n/* Little-endian operand access, shared "
	.ascii	"by assembler, verifier, disassembler\n * and the dispatchers"
	.ascii	" (memcpy compiles to one load on x86-64 and AArch64). */\nst"
	.ascii	"atic inline cell read_int(const uint8_t *p)\n{\n    uint64_t"
	.ascii	" v;\n    memcpy(&v, p, sizeof v);\n#if defined(__BYTE_ORDER_"
	.ascii	"_) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__\n    v = __buil"
	.ascii	"tin_bswap64(v);\n#endif\n    return (cell)v;\n}\nstatic inli"
	.ascii	"ne uint32_t re"
	.string	"ad_label(const uint8_t *p)\n{\n    uint32_t v;\n    memcpy(&v, p, sizeof v);\n#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__\n    v = __builtin_bswap32(v);\n#endif\n    return v;\n}\n\n#endif\n"
	.section	.rodata.str1.1
.LC75:
	.string	"isa/ops.inc"
	.section	.rodata.str1.8
	.align 8
.LC76:
	.ascii	"/*\n * isa/ops.inc \342\200\224 the instruction bodies, writ"
	.ascii	"ten once for every dispatcher.\n *\n * Included inside a dis"
	.ascii	"patcher after it has defined the macros listed in\n * vm/int"
	.ascii	"erp.h.  A body never names a dispatcher and never touches th"
	.ascii	"e\n * virtual pc except through IMM(), TARGET(), BRANCH() an"
	.ascii	"d friends; the\n * opcode list itself is isa/opcodes.def.  E"
	.ascii	"ach body ends with OP_END, even\n * when it cannot get there"
	.ascii	" (jmp, ret, halt): the compiler drops the dead\n * dispatch,"
	.ascii	" and every handler keeps the same shape.\n *\n * No body che"
	.ascii	"cks the stacks: a body may assume the values it pops\n * (op"
	.ascii	"codes.def's POPS) are there and that there is room for what "
	.ascii	"it pushes,\n * and `ret` that there is a return address, `ca"
	.ascii	"ll` room for one.  The\n * handler's checked entry makes tho"
	.ascii	"se checks from opcodes.def, and the\n * verifier proves them"
	.ascii	" where it can (vm/interp.h, CHECKS).\n *\n * Arithmetic wrap"
	.ascii	"s: it is done on ucell (unsigned, defined to wrap) and\n * c"
	.ascii	"onverted back.  Shifts use b & 63 so that no shift is undefi"
	.ascii	"ned.\n */\n\n/* Counting constants a dispatcher did not keep"
	.ascii	" in its own form come from\n * the ordinals (vm/interp.h, CO"
	.ascii	"UNTING). */\n#ifndef BRANCH_LIMIT\n#define BRANCH_LIMIT()   "
	.ascii	"ORD_LIMIT()\n#define BRANCH_DELTA()   ORD_DELTA(TARGET())\n#"
	.ascii	"endif\n#ifndef RETURN_LIMIT\n#define RETURN_LIMIT()   ORD_LI"
	.ascii	"MIT()\n#define RETURN_DELTA(t)  ORD_DELTA(t)\n#endif\n\nOP_B"
	.ascii	"EGIN(NOP)                                   /* --           "
	.ascii	" */\nOP_END(NOP)\n\nOP_BEGIN(PUSH)                          "
	.ascii	"        /* -- n          */\n    PUSH(IMM());\nOP_END(PUSH)\n"
	.ascii	"\nOP_BEGIN(DROP)                                  /* a --   "
	.ascii	"       */\n    DROP(1);\nOP_END(DROP)\n\nOP_BEGIN(DUP)      "
	.ascii	"                             /* a -- a a      */\n    PUSH(S"
	.ascii	"(0));\nOP_END(DUP)\n\nOP_BEGIN(SWAP)                        "
	.ascii	"          /* a b -- b a    */\n    { cell t = S(0); S(0) = S"
	.ascii	"(1); S(1) = t; }\nOP_END(SWAP)\n\nOP_BEGIN(OVER)            "
	.ascii	"                      /* a b -- a b a  */\n    PUSH(S(1));\n"
	.ascii	"OP_END(OVER)\n\nOP_BEGIN(ROT)                               "
	.ascii	"    /* a b c -- b c a "
	.ascii	"*/\n    { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a;"
	.ascii	" }\nOP_END(ROT)\n\n/* a b -- a OP b, for the operators that "
	.ascii	"cannot trap */\n#define BINARY(expr) do { cell b = S(0), a ="
	.ascii	" S(1); (void)a; (void)b; \\\n                          DROP("
	.ascii	"1); S(0) = (expr); } while (0)\n\nOP_BEGIN(ADD)  BINARY((cel"
	.ascii	"l)((ucell)a + (ucell)b));  OP_END(ADD)\nOP_BEGIN(SUB)  BINAR"
	.ascii	"Y((cell)((ucell)a - (ucell)b));  OP_END(SUB)\nOP_BEGIN(MUL) "
	.ascii	" BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)\n\nOP_BEG"
	.ascii	"IN(DIV)                                   /* a b -- a/b    *"
	.ascii	"/\n    if (UNLIKELY(S(0) == 0))\n        TRAP(ST_DIV_ZERO, 0"
	.ascii	");\n    /* INT64_MIN / -1 overflows in C; the ISA defines it"
	.ascii	" as INT64_MIN */\n    BINARY(b == -1 ? (cell)(0 - (ucell)a) "
	.ascii	": a / b);\nOP_END(DIV)\n\nOP_BEGIN(MOD)                     "
	.ascii	"              /* a b -- a%b    */\n    if (UNLIKELY(S(0) == "
	.ascii	"0))\n        TRAP(ST_DIV_ZERO, 0);\n    BINARY(b == -1 ? 0 :"
	.ascii	" a % b);\nOP_END(MOD)\n\nOP_BEGIN(NEG)                      "
	.ascii	"             /* a -- -a       */\n    S(0) = (cell)(0 - (uce"
	.ascii	"ll)S(0));\nOP_END(NEG)\n\nOP_BEGIN(NOT)                     "
	.ascii	"              /* a -- ~a       */\n    S(0) = ~S(0);\nOP_END"
	.ascii	"(NOT)\n\nOP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)\nOP_BEGI"
	.ascii	"N(OR)   BINARY(a | b);  OP_END(OR)\nOP_BEGIN(XOR)  BINARY(a "
	.ascii	"^ b);  OP_END(XOR)\nOP_BEGIN(SHL)  BINARY((cell)((ucell)a <<"
	.ascii	" (b & 63)));  OP_END(SHL)\n/* arithmetic shift written witho"
	.ascii	"ut implementation-defined >> of negatives */\nOP_BEGIN(SHR) "
	.ascii	" BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END("
	.ascii	"SHR)\n\nOP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)\nOP_BEGIN"
	.ascii	"(NE)   BINARY(a != b);  OP_END(NE)\nOP_BEGIN(LT)   BINARY(a "
	.ascii	"< b);   OP_END(LT)\nOP_BEGIN(LE)   BINARY(a <= b);  OP_END(L"
	.ascii	"E)\nOP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)\nOP_BEGIN(GE)"
	.ascii	"   BINARY(a >= b);  OP_END(GE)\n#undef BINARY\n\nOP_BEGIN(JM"
	.ascii	"P)                                   /* --            */\n  "
	.ascii	"  BRANCH();\nOP_END(JMP)\n\nOP_BEGIN(JZ)                    "
	.ascii	"                /* f --          */\n    if (POP() == 0)\n  "
	.ascii	"      BRANCH();\nOP_END(JZ)\n\nOP_BEGIN(JNZ)                "
	.ascii	"                  "
	.ascii	" /* f --          */\n    if (POP() != 0)\n        BRANCH();"
	.ascii	"\nOP_END(JNZ)\n\nOP_BEGIN(CALL)                             "
	.ascii	"     /* --            */\n    RPUSH(NEXT_VPC(CALL));\n    BR"
	.ascii	"ANCH();\nOP_END(CALL)\n\nOP_BEGIN(RET)                      "
	.ascii	"             /* --            */\n    RETURN_TO(RPOP());\nOP"
	.ascii	"_END(RET)\n\nOP_BEGIN(LOAD)                                 "
	.ascii	" /* addr -- v     */\n    MEM_CHECK(S(0));\n    S(0) = MEM(S"
	.ascii	"(0));\nOP_END(LOAD)\n\nOP_BEGIN(STORE)                      "
	.ascii	"           /* v addr --     */\n    MEM_CHECK(S(0));\n    ME"
	.ascii	"M(S(0)) = S(1);\n    DROP(2);\nOP_END(STORE)\n\nOP_BEGIN(PRI"
	.ascii	"NT)                                 /* a --          */\n   "
	.ascii	" CHECKPOINT();          /* no output af"
	.string	"ter the step limit */\n    if (UNLIKELY(vm_print(vm, S(0)) != 0))\n        TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */\n    DROP(1);\nOP_END(PRINT)\n\nOP_BEGIN(HALT)                                  /* --            */\n    HALT();\nOP_END(HALT)\n"
	.section	.rodata.str1.1
.LC77:
	.string	"vm/vm.h"
	.section	.rodata.str1.8
	.align 8
.LC78:
	.ascii	"/*\n * vm/vm.h \342\200\224 the state of a running virtual m"
	.ascii	"achine and what every\n * dispatcher shares at run time: the"
	.ascii	" output buffer, how a run ends, and how\n * executed instruc"
	.ascii	"tions are counted.\n */\n#ifndef DISPATCHLAB_VM_H\n#define D"
	.ascii	"ISPATCHLAB_VM_H\n\n#include <setjmp.h>\n#include <stdio.h>\n"
	.ascii	"#include \"isa/program.h\"\n\n/* How a run ended.  ST_HALT i"
	.ascii	"s the normal end; every other value is a\n * run-time trap, "
	.ascii	"reported as FILE:LINE: runtime error: MESSAGE. */\nenum stat"
	.ascii	"us {\n    ST_HALT,\n    ST_DIV_ZERO,       /* div or mod by "
	.ascii	"zero */\n    ST_UNDERFLOW,      /* an instruction needs more"
	.ascii	" values than the stack holds */\n    ST_OVERFLOW,       /* t"
	.ascii	"he data stack is full */\n    ST_RET_EMPTY,      /* ret with"
	.ascii	" an empty return stack */\n    ST_ROVERFLOW,      /* the ret"
	.ascii	"urn stack is full */\n    ST_ADDRESS,        /* load or stor"
	.ascii	"e outside memory */\n    ST_STEPS,          /* the --max-ste"
	.ascii	"ps limit was reached */\n    ST_OUTPUT,         /* print: th"
	.ascii	"e output cannot be written (vm/output.c) */\n};\n\nstruct re"
	.ascii	"sult {\n    enum status status;\n    cell        arg;     /*"
	.ascii	" detail for the message: stack depth, address */\n    uint32"
	.ascii	"_t    ord;     /* ordinal of the instruction that halted or "
	.ascii	"trapped */\n    int64_t     count;   /* instructions execute"
	.ascii	"d (the trapping one included,\n                            e"
	.ascii	"xcept for ST_STEPS: it did not run) */\n};\n\n/* Program out"
	.ascii	"put: buffered (one write per 64 KiB, not per print), hashed "
	.ascii	"so\n * that `-d all` can compare runs without keeping their "
	.ascii	"output\n * (vm/output.c). */\nstruct out {\n    FILE    *f; "
	.ascii	"         /* NULL: count and hash only */\n    size_t   len;\n"
	.ascii	"    uint64_t total;      /* bytes printed so far */\n    uin"
	.ascii	"t64_t hash;       /* FNV-1a of everything printed */\n    in"
	.ascii	"t      error;      /* errno of a write that failed for good,"
	.ascii	" else 0 */\n    char     buf[1 << 16];\n};\n\nstruct vm {\n "
	.ascii	"   cell        stack[STACK_CELLS + 1]; /* data stack; grows "
	.ascii	"upward.  One\n                                           cel"
	.ascii	"l more than it may hold: stack\n                            "
	.ascii	"               cach"
	.ascii	"ing keeps it one cell higher\n                              "
	.ascii	"             (dispatch/stackcache/) */\n    uintptr_t   rsta"
	.ascii	"ck[RSTACK_CELLS];   /* return stack; each dispatcher stores\n"
	.ascii	"                                           its own kind of c"
	.ascii	"ode address */\n    cell       *mem;                    /* M"
	.ascii	"EM_CELLS cells, zeroed per run */\n    int64_t     max_steps"
	.ascii	";              /* --max-steps, INT64_MAX for none */\n    in"
	.ascii	"t64_t     limit;                  /* the same, for counting:"
	.ascii	" at most\n                                           STEPS_M"
	.ascii	"AX (see vm_new) */\n    const struct program *prog;\n    str"
	.ascii	"uct result result;\n    jmp_buf     exit;                   "
	.ascii	"/* for dispatchers that leave by longjmp */\n    struct out "
	.ascii	" out;\n};\n\n/* The largest limit counting works with: budge"
	.ascii	"t (vm/interp.h, COUNTING)\n * then stays within int64_t howe"
	.ascii	"ver branches move it.  No run gets there:\n * it is 290 year"
	.ascii	"s at 10^9 instructions a second. */\n#define STEPS_MAX (INT6"
	.ascii	"4_MAX - ((int64_t)1 << 34))\n\n/* vm/runtime.c */\nstruct vm"
	.ascii	" *vm_new(const struct program *prog, int64_t max_steps, FILE"
	.ascii	" *out);\nvoid  vm_free(struct vm *vm);\n/* vm/output.c: prin"
	.ascii	"t v and a newline; 0, or the errno that stops the run\n * (S"
	.ascii	"T_OUTPUT).  out_flush writes what the buffer holds. */\nint "
	.ascii	"  vm_print(struct vm *vm, cell v);\nvoid  out_flush(struct o"
	.ascii	"ut *o);\n/* End the run at instruction ord, with the budget "
	.ascii	"of the run at that\n * moment: record how, where, and how ma"
	.ascii	"ny instructions ran (see"
	.string	"\n * vm/interp.h, COUNTING). */\nvoid  vm_stop(struct vm *vm, enum status st, cell arg, uint32_t ord, int64_t budget);\n/* The message for a trap, without \"FILE:LINE: runtime error: \". */\nvoid  vm_message(const struct vm *vm, char *buf, size_t size);\n\n#endif\n"
	.section	.rodata.str1.1
.LC79:
	.string	"vm/interp.h"
	.section	.rodata.str1.8
	.align 8
.LC80:
	.ascii	"/*\n * vm/interp.h \342\200\224 what an instruction body may"
	.ascii	" use, for every dispatcher.\n *\n * The bodies in isa/ops.in"
	.ascii	"c reach the machine only through the names below\n * (CPytho"
	.ascii	"n's JUMPBY, vmgen's SET_IP): that is what lets one body beco"
	.ascii	"me a\n * switch case, a label, or a function.  They expect t"
	.ascii	"hese VM registers in\n * scope, as locals of the interpreter"
	.ascii	" function or as parameters of a\n * handler (never as file-s"
	.ascii	"cope variables: two machines may run at once):\n *\n *     s"
	.ascii	"truct vm *vm;     the machine (stacks, memory, limits, outpu"
	.ascii	"t)\n *     cell      *sp;     data stack pointer: next free "
	.ascii	"slot\n *     uintptr_t *rsp;    return stack pointer: next f"
	.ascii	"ree slot\n *     int64_t    budget; instruction counting, se"
	.ascii	"e COUNTING below\n *\n * and a dispatcher defines, before in"
	.ascii	"cluding isa/ops.inc:\n *\n *     OP_BEGIN(NAME)     how a ha"
	.ascii	"ndler starts: its two entries, see CHECKS\n *     OP_END(NAM"
	.ascii	"E)       how it ends: step over its operand, dispatch next\n"
	.ascii	" *     IMM()              the INT operand of this instructio"
	.ascii	"n\n *     TARGET()           the LABEL operand, in the dispa"
	.ascii	"tcher's code address\n *     NEXT_VPC(NAME)     the address "
	.ascii	"of the following instruction (for call)\n *     VPC_T       "
	.ascii	"       the type of a code address (stored on rstack)\n *    "
	.ascii	" JUMP(t)            continue at code address t\n *     ORD_H"
	.ascii	"ERE()         ordinal (index) of this instruction\n *     OR"
	.ascii	"D_OF(t)          ordinal of the instruction at code address "
	.ascii	"t\n *     TRAP(st, arg)      stop with status st (never retu"
	.ascii	"rns)\n *     CALLEE()           the struct frame of a call's"
	.ascii	" callee (see CHECKS)\n *     RETRY_CHECKED()    run this ins"
	.ascii	"truction again in the checked copy\n *\n * and includes vm/d"
	.ascii	"ispatch-end.h afterwards to #undef them again.  It may\n * d"
	.ascii	"efine BRANCH_LIMIT(), BRANCH_DELTA(), RETURN_LIMIT() and RET"
	.ascii	"URN_DELTA(t)\n * to count with constants of its own (COUNTIN"
	.ascii	"G).  MARK() (at the end)\n * marks the parts of each handler"
	.ascii	" for the machine-code tools.\n */\n#ifndef DISPATCHLAB_INTER"
	.ascii	"P_H\n#define DISPATCHLAB_INTERP_H\n\n#include \"vm/vm.h\"\n\n"
	.ascii	"#define U"
	.ascii	"NLIKELY(x) __builtin_expect(!!(x), 0)\n\n/* ---- the instruc"
	.ascii	"tion set's facts, as constants ------------------------ */\n"
	.ascii	"/* POPS_ADD, PUSHES_ADD, FLOW_OF_ADD, ...: from the line of "
	.ascii	"isa/opcodes.def. */\nenum {\n#define OP(NAME, name, opnd, po"
	.ascii	"ps, pushes, flow, effect, doc) \\\n    POPS_##NAME = pops, P"
	.ascii	"USHES_##NAME = pushes, FLOW_OF_##NAME = FLOW_##flow,\n#inclu"
	.ascii	"de \"isa/opcodes.def\"\n#undef OP\n};\n\n/* For threaded cod"
	.ascii	"e that keeps an instruction's data in the slots after\n * it"
	.ascii	"s handler's: the number of those slots.  A label operand tak"
	.ascii	"es three:\n * the target, and the branch's two counting cons"
	.ascii	"tants (COUNTING), each a\n * whole slot so that the machine "
	.ascii	"code can use them from memory as they\n * are. */\n#define O"
	.ascii	"PND_SLOTS_NONE  0\n#define OPND_SLOTS_INT   1\n#define OPND_"
	.ascii	"SLOTS_LABEL 3\nenum {\n#define OP(NAME, name, opnd, pops, pu"
	.ascii	"shes, flow, ...) \\\n    NSLOTS_##NAME = OPND_SLOTS_##opnd +"
	.ascii	" (FLOW_##flow == FLOW_CALL) + (FLOW_##flow == FLOW_RET),\n#i"
	.ascii	"nclude \"isa/opcodes.def\"\n#undef OP\n};\n/* A call has one"
	.ascii	" more: its callee's struct frame (CALLEE()); a ret has\n * o"
	.ascii	"ne: its own counting constant. */\n\n/* In a dispatcher's ow"
	.ascii	"n copy of the program, the proven variant of opcode\n * op i"
	.ascii	"s OP_PROVEN + op (the checked one keeps op). */\n#define OP_"
	.ascii	"PROVEN OP__COUNT\n\n/* ---- data stack ---------------------"
	.ascii	"--------------------------------- */\n/* S(0) is the top, S("
	.ascii	"1) the value below it. */\n#define DEPTH()     ((cell)(sp - "
	.ascii	"vm->stack))\n#define S(i)        (sp[-1 - (i)])\n#define PUS"
	.ascii	"H(v)     do { cell v_ = (v); *sp++ = v_; } while (0)\n#defin"
	.ascii	"e POP()       (*--sp)\n#define DROP(n)     (sp -= (n))\n\n/*"
	.ascii	" ---- return stack -----------------------------------------"
	.ascii	"----------- */\n#define RPUSH(a)    (*rsp++ = (uintptr_t)(a)"
	.ascii	")\n#define RPOP()      ((VPC_T)*--rsp)\n#define RFULL()     "
	.ascii	"(rsp == vm->rstack + RSTACK_CELLS)\n\n/* ---- memory -------"
	.ascii	"--------------------------------------------------- */\n#def"
	.ascii	"ine MEM_CHECK(a) do { if (UNLIKELY((ucell)(a) >= MEM_CELLS))"
	.ascii	" TRAP(ST_ADDRESS, (a)); } while (0)\n#define MEM(a)      (vm"
	.ascii	"->mem[(a)])\n\n"
	.ascii	"/* ---- CHECKS: an instruction's depth checks, from its line"
	.ascii	" in opcodes.def --\n * The bodies do not check the stacks; t"
	.ascii	"he handler's entry does, from the\n * POPS, PUSHES and FLOW "
	.ascii	"columns (as CPython derives stack adjustments from\n * its i"
	.ascii	"nstruction definitions): enough values to pop, room for what"
	.ascii	" it\n * pushes, a return address for `ret`, room for one for"
	.ascii	" `call`.  Every check\n * comes before anything else the ins"
	.ascii	"truction does, so the order of traps is\n * the same whoever"
	.ascii	" checks.\n *\n * Each handler has two entries (docs/verifier"
	.ascii	".md, \"Check-free execution\"):\n *\n *   checked   CHECKS(N"
	.ascii	"AME), then the body: for instructions the verifier\n *      "
	.ascii	"       could not prove, and for the checked copy of the prog"
	.ascii	"ram;\n *   proven    the body alone: the verifier proved the"
	.ascii	" checks hold.  A\n *             proven `call` checks instea"
	.ascii	"d, once, that its callee's whole\n *             frame fits "
	.ascii	"(the callee's instructions are proven relative to\n *       "
	.ascii	"      its entry); if it does not, RETRY_CHECKED() runs the c"
	.ascii	"all\n *             again in the checked copy, which then tr"
	.ascii	"aps exactly where\n *             and when checked code alwa"
	.ascii	"ys did.\n *\n * A dispatcher's OP_BEGIN(NAME) lays them out,"
	.ascii	" typically\n *     checked: MARK_CHECKED(NAME); CHECKS(NAME)"
	.ascii	"; goto body;\n *     proven:  MARK_HANDLER(NAME); GUARD(NAME"
	.ascii	"); body: ...\n * (the goto skips the guard; for every instru"
	.ascii	"ction but `call` the guard is\n * empty and the checked entr"
	.ascii	"y falls through into the body). */\n/* (pointer comparisons:"
	.ascii	" the depth itself is computed only on the way to a\n * trap,"
	.ascii	" so that no compiler finds it worth computing before every d"
	.ascii	"ispatch) */\n#define NEED(n)     do { if (UNLIKELY(sp < vm->"
	.ascii	"stack + (n))) TRAP(ST_UNDERFLOW, DEPTH()); } while (0)\n#def"
	.ascii	"ine ROOM(n)     do { if (UNLIKELY(sp > vm->stack + STACK_CEL"
	.ascii	"LS - (n))) TRAP(ST_OVERFLOW, DEPTH()); } while (0)\n#define "
	.ascii	"CHECKS(NAME) do {                                           "
	.ascii	"               \\\n        if (POPS_##NAME > 0)             "
	.ascii	"                                          \\\n        "
	.ascii	"    NEED(POPS_##NAME);                                      "
	.ascii	"               \\\n        if (PUSHES_##NAME > POPS_##NAME) "
	.ascii	"                                          \\\n            RO"
	.ascii	"OM(PUSHES_##NAME - POPS_##NAME);                            "
	.ascii	"         \\\n        if ((int)FLOW_OF_##NAME == FLOW_CALL &&"
	.ascii	" UNLIKELY(RFULL()))                      \\\n            TRA"
	.ascii	"P(ST_ROVERFLOW, 0);                                         "
	.ascii	"        \\\n        if ((int)FLOW_OF_##NAME == FLOW_RET && U"
	.ascii	"NLIKELY(rsp == vm->rstack))             \\\n            TRAP"
	.ascii	"(ST_RET_EMPTY, 0);                                          "
	.ascii	"       \\\n    } while (0)\n/* The callee's frame fits: f is"
	.ascii	" its struct frame (isa/program.h), and\n * need <= DEPTH() <"
	.ascii	"= need + span. */\n#define FRAME_FITS(f)  ((uintptr_t)sp - ("
	.ascii	"uintptr_t)(vm->stack + (f).need)                 \\\n       "
	.ascii	"                 <= (uintptr_t)(f).span * sizeof(cell) && !R"
	.ascii	"FULL())\n#define GUARD(NAME) do {                           "
	.ascii	"                                \\\n        if ((int)FLOW_OF"
	.ascii	"_##NAME == FLOW_CALL && UNLIKELY(!FRAME_FITS(CALLEE())))    "
	.ascii	"    \\\n            RETRY_CHECKED();                        "
	.ascii	"                               \\\n    } while (0)\n\n/* ---"
	.ascii	"- COUNTING -------------------------------------------------"
	.ascii	"----------\n * Every dispatcher must report the same execute"
	.ascii	"d-instruction count and stop\n * at the same instruction und"
	.ascii	"er --max-steps, without a counter in its\n * dispatch sequen"
	.ascii	"ce (that would be measured as dispatch cost).  So counting\n"
	.ascii	" * happens only where control leaves the straight line.  Wit"
	.ascii	"h `budget` one\n * register per run,\n *\n *     count after"
	.ascii	" executing instruction x  =  vm->limit - budget + ORD(x) + 1"
	.ascii	"\n *\n * holds inside a run of straight-line code, and the s"
	.ascii	"tep limit is exceeded\n * at x exactly when ORD(x) + 1 > bud"
	.ascii	"get.  A taken branch from b to t adds\n * ORD(t) - ORD(b) - "
	.ascii	"1 to budget, so that the formula holds again at t.\n * The l"
	.ascii	"imit is checked at every taken branch, at every print (befor"
	.ascii	"e its\n * output appears) and at halt and every trap (vm_sto"
	.ascii	"p"
	.ascii	"), which makes the\n * stop exact: the program prints exactl"
	.ascii	"y what a per-instruction counter\n * would let it print.  Bo"
	.ascii	"th branch constants depend only on b and t, so a\n * dispatc"
	.ascii	"her may compute them in prepare and keep them beside the tar"
	.ascii	"get\n * (BRANCH_LIMIT, BRANCH_DELTA; for ret, whose target v"
	.ascii	"aries, RETURN_LIMIT\n * and RETURN_DELTA(t)); where it does "
	.ascii	"not define them, isa/ops.inc\n * derives them from ORD_HERE "
	.ascii	"and ORD_OF.\n */\n#define CHECKPOINT()  do { if (UNLIKELY(OR"
	.ascii	"D_LIMIT() > budget)) TRAP(ST_STEPS, 0); } while (0)\n#define"
	.ascii	" GO(t, limit, delta) do { MARK(count);                      "
	.ascii	"             \\\n                                 if (UNLIKE"
	.ascii	"LY((limit) > budget))                  \\\n                 "
	.ascii	"                    TRAP(ST_STEPS, 0);                      "
	.ascii	"     \\\n                                 budget += (delta);"
	.ascii	"                               \\\n                         "
	.ascii	"        JUMP(t); } while (0)\n/* to this instruction's label"
	.ascii	" operand, TARGET() */\n#define BRANCH()      GO(TARGET(), BR"
	.ascii	"ANCH_LIMIT(), BRANCH_DELTA())\n/* to a return address */\n#d"
	.ascii	"efine RETURN_TO(t)  do { VPC_T to_ = (t); GO(to_, RETURN_LIM"
	.ascii	"IT(), RETURN_DELTA(to_)); } while (0)\n/* the constants from"
	.ascii	" the ordinals, for dispatchers that keep none */\n#define OR"
	.ascii	"D_LIMIT()   ((int64_t)ORD_HERE() + 1)\n#define ORD_DELTA(t) "
	.ascii	" ((int64_t)ORD_OF(t) - (int64_t)ORD_HERE() - 1)\n#define HAL"
	.ascii	"T()        TRAP(ST_HALT, 0)\n\n/* ---- MARK: where the machi"
	.ascii	"ne code of each part is ---------------------\n * The dispat"
	.ascii	"ch macros mark where each handler's entries are, where its\n"
	.ascii	" * dispatch begins, and where counting and traps are, with a"
	.ascii	" C label that\n * nothing jumps to.  Such a label changes no"
	.ascii	" instruction (the tests check\n * that the code is the same "
	.ascii	"compiled with -DDL_NO_MARKS), but the\n * compiler's debug i"
	.ascii	"nformation records its address (a DW_TAG_label), so\n * asm/"
	.ascii	"marks.pl finds every handler and its dispatch sequence from "
	.ascii	"facts\n * the source states, whatever shape the dispatcher h"
	.ascii	"as: the idea of the\n * asm(\"#n\") guards of Ertl's thre"
	.ascii	"ading benchmark, without an asm statement\n * that the compi"
	.ascii	"ler would have to keep in place.\n *\n *     MARK_HANDLER(NA"
	.ascii	"ME)  dl_handler_NAME_n: the proven entry of NAME's\n *      "
	.ascii	"                   handler (a nop's is where a dispatch star"
	.ascii	"ts)\n *     MARK_CHECKED(NAME)  dl_checked_NAME_n: its check"
	.ascii	"ed entry\n *     MARK(dispatch)      dl_dispatch_n: the disp"
	.ascii	"atch to the next one begins\n *     MARK(count)         dl_c"
	.ascii	"ount_n: counting at a taken branch\n *     MARK(trap)       "
	.ascii	"   dl_trap_n: the way out on a trap\n *\n * n (__COUNTER__) "
	.ascii	"makes each label unique in its function; the two helper\n * "
	.ascii	"macros exist only so that __COUNTER__ is expanded before it "
	.ascii	"is pasted. */\n#ifdef DL_NO_MARKS\n#define MARK(what)       "
	.ascii	"   ((void)0)\n#else\n#define MARK(what)          D"
	.string	"L_MARK_(what, __COUNTER__)\n#define DL_MARK_(what, n)   DL_MARK__(what, n)\n#define DL_MARK__(what, n)  dl_##what##_##n: __attribute__((unused))\n#endif\n#define MARK_HANDLER(NAME)  MARK(handler_##NAME)\n#define MARK_CHECKED(NAME)  MARK(checked_##NAME)\n\n#endif\n"
	.section	.rodata.str1.1
.LC81:
	.string	"vm/dispatch-end.h"
	.section	.rodata.str1.8
	.align 8
.LC82:
	.ascii	"/*\n * vm/dispatch-end.h \342\200\224 include after isa/ops."
	.ascii	"inc to #undef the macros a\n * dispatcher defined for the bo"
	.ascii	"dies (listed in vm/interp.h), so that they\n * do not leak i"
	.ascii	"nto the rest of the file.\n */\n#undef VPC_T\n#undef OP_"
	.string	"BEGIN\n#undef OP_END\n#undef IMM\n#undef TARGET\n#undef NEXT_VPC\n#undef JUMP\n#undef ORD_HERE\n#undef ORD_OF\n#undef TRAP\n#undef DISPATCH\n#undef BR\n#undef BRANCH_LIMIT\n#undef BRANCH_DELTA\n#undef RETURN_LIMIT\n#undef RETURN_DELTA\n#undef CALLEE\n#undef RETRY_CHECKED\n"
	.section	.rodata.str1.1
.LC83:
	.string	"dispatch/compiled/host.h"
	.section	.rodata.str1.8
	.align 8
.LC84:
	.ascii	"/*\n * dispatch/compiled/host.h \342\200\224 what build/vm h"
	.ascii	"ands the compiled code: the\n * run-time functions it calls "
	.ascii	"(vm/runtime.c).  The shared object links to\n * nothing of b"
	.ascii	"uild/vm, so run() passes their addresses; included by the\n "
	.ascii	"* dispatcher and, embedded, by the generated code (rt.h).\n"
	.string	" */\n#ifndef DISPATCHLAB_COMPILED_HOST_H\n#define DISPATCHLAB_COMPILED_HOST_H\n\n#include \"vm/vm.h\"\n\nstruct dl_host {\n    int  (*print)(struct vm *vm, cell v);\n    void (*stop)(struct vm *vm, enum status st, cell arg, uint32_t ord, int64_t budget);\n};\n\n#endif\n"
	.section	.rodata.str1.1
.LC85:
	.string	"dispatch/compiled/rt.h"
	.section	.rodata.str1.8
	.align 8
.LC86:
	.ascii	"/*\n * dispatch/compiled/rt.h \342\200\224 the header of the"
	.ascii	" C that prepare() generates.\n *\n * Not included by the dis"
	.ascii	"patcher itself: it is embedded in build/vm at\n * build time"
	.ascii	" (flags.mk), written with isa/ops.inc and the headers it nee"
	.ascii	"ds\n * into prepare()'s private directory, and included by t"
	.ascii	"he generated file.\n * So the generated code runs the very i"
	.ascii	"nstruction bodies every other\n * dispatcher runs, under mac"
	.ascii	"ros of its own, and a change to isa/ops.inc or\n * vm/interp"
	.ascii	".h reaches it with the next build.\n *\n * Each body becomes"
	.ascii	" three inline functions, as in subroutine threading\n * (dis"
	.ascii	"patch/subroutine/subroutine.c):\n *\n *     body_NAME      t"
	.ascii	"he body of isa/ops.inc;\n *     proven_NAME    GUARD, then t"
	.ascii	"he body (the verifier proved its checks);\n *     checked_NA"
	.ascii	"ME   CHECKS, then the body.\n *\n * The generated function c"
	.ascii	"alls one of them per VM instruction with the\n * instruction"
	.ascii	"'s facts as constants (its ordinal, operand, copy, and for a"
	.ascii	"\n * call the callee's frame).  They are always inlined, so "
	.ascii	"what is left of\n * each call is the body specialised for it"
	.ascii	"s constants: a push is a store\n * of a constant, a branch's"
	.ascii	" counting constants are immediates, a trap's\n * ordinal is "
	.ascii	"known.  The VM registers (sp, and rsp and budget in struct\n"
	.ascii	" * dl_regs) are the generated function's locals, passed by a"
	.ascii	"ddress; once\n * inlined, the compiler keeps them in machine"
	.ascii	" registers.\n *\n * A body tells the generated code how it e"
	.ascii	"nded by what it returns:\n *\n *     DL_NEXT        go on wi"
	.ascii	"th the next instruction\n *     DL_TRAP        the machine s"
	.ascii	"tops: how and where is in struct dl_regs,\n *               "
	.ascii	"     for the one call of vm_stop at the end of the run\n *  "
	.ascii	"   DL_RETRY       a proven call whose callee's frame does no"
	.ascii	"t fit: run\n *                    it again in the checked co"
	.ascii	"py (RETRY_CHECKED)\n *     a code id      JUMP(t): continue "
	.ascii	"at t, which is DL_ID(ordinal, copy)\n *\n * and the generate"
	.ascii	"d code turns the value into a goto: for a branch the\n * tar"
	.ascii	"get is a constant the compiler folds away, for `ret` a switc"
	.ascii	"h ove"
	.ascii	"r the\n * return points it can reach.  Only `ret` keeps a ju"
	.ascii	"mp whose target is not\n * known when the code is compiled.\n"
	.ascii	" *\n * The shared object links to nothing of build/vm: it re"
	.ascii	"aches vm_print and\n * vm_stop through struct dl_host (host."
	.ascii	"h), which run() passes in, and it\n * calls nothing of the C"
	.ascii	" library.\n */\n#ifndef DISPATCHLAB_COMPILED_RT_H\n#define D"
	.ascii	"ISPATCHLAB_COMPILED_RT_H\n\n#include \"vm/interp.h\"\n#inclu"
	.ascii	"de \"dispatch/compiled/host.h\"\n\n/* The VM registers and h"
	.ascii	"ow the run stopped: a chunk's local copy (g) is\n * passed t"
	.ascii	"o the handlers by address (the compiler keeps its fields in\n"
	.ascii	" * machine registers) and handed to the next chunk through\n"
	.ascii	" * dl_compiled_run's.  sp travels in it only from chunk to c"
	.ascii	"hunk: within a\n * chunk it is a local of its own, which reg"
	.ascii	"ister mode shadows (cell *sp =\n * R + height). */\nstruct d"
	.ascii	"l_regs {\n    const struct dl_host *host;\n    cell        *"
	.ascii	"sp;\n    uintptr_t   *rsp;\n    int64_t      budget;\n    en"
	.ascii	"um status  status;        /* DL_TRAP: what vm_stop is to rec"
	.ascii	"ord */\n    cell         arg;\n    uint32_t     ord;\n};\n\n"
	.ascii	"#define DL_NEXT   (-1L)\n#define DL_TRAP   (-2L)\n#define DL"
	.ascii	"_RETRY  (-3L)\n\n/* A code address (VPC_T, what the return s"
	.ascii	"tack holds): the ordinal and the\n * copy, 0 verified, 1 che"
	.ascii	"cked. */\n#define DL_ID(ord, copy)  (2 * (long)(ord) + (copy"
	.ascii	"))\n\n#define DL_PARAMS  struct vm *vm, cell **dl_sp, struct"
	.ascii	" dl_regs *dl_g, const uint32_t here, \\\n                   "
	.ascii	"const long copy, const cell imm, const struct frame callee\n"
	.ascii	"#define DL_ARGS    vm, dl_sp, dl_g, here, copy, imm, callee\n"
	.ascii	"#define DL_INLINE  static inline __attribute__((always_inlin"
	.ascii	"e))\n\n/* the names the bodies use for the VM registers (vm/"
	.ascii	"interp.h) */\n#define sp      (*dl_sp)\n#define rsp     (dl_"
	.ascii	"g->rsp)\n#define budget  (dl_g->budget)\n#define vm_print(vm"
	.ascii	"_, v_)  dl_g->host->print((vm_), (v_))\n\n#define OP_BEGIN(N"
	.ascii	"AME)   DL_INLINE long body_##NAME(DL_PARAMS) {              "
	.ascii	"    \\\n                             (void)vm; (void)dl_sp; "
	.ascii	"(void)dl_g; (void)here;       \\\n                          "
	.ascii	"   (void)copy; "
	.ascii	"(void)imm; (void)callee;\n#define OP_END(NAME)         MARK("
	.ascii	"dispatch);                                      \\\n        "
	.ascii	"                     return DL_NEXT;                        "
	.ascii	"              \\\n                         }                "
	.ascii	"                                        \\\n                "
	.ascii	"         DL_INLINE long proven_##NAME(DL_PARAMS) {          "
	.ascii	"      \\\n                             MARK_HANDLER(NAME); G"
	.ascii	"UARD(NAME);                     \\\n                        "
	.ascii	"     return body_##NAME(DL_ARGS);                         \\"
	.ascii	"\n                         }                                "
	.ascii	"                        \\\n                         DL_INLI"
	.ascii	"NE long checked_##NAME(DL_PARAMS) {               \\\n      "
	.ascii	"                       MARK_CHECKED(NAME); CHECKS(NAME);    "
	.ascii	"                \\\n                             return body"
	.ascii	"_##NAME(DL_ARGS);                         \\\n              "
	.ascii	"           }\n#define VPC_T            long\n#define IMM()  "
	.ascii	"          imm\n/* a label operand's imm is the target's ordi"
	.ascii	"nal */\n#define TARGET()         DL_ID(imm, copy)\n#define N"
	.ascii	"EXT_VPC(NAME)   DL_ID(here + 1, copy)\n/* a code id is never"
	.ascii	" negative: telling the compiler so lets it drop the\n * DL_T"
	.ascii	"RAP test after a ret (it cannot know what the return stack h"
	.ascii	"olds) */\n#define JUMP(t)          do { if ((t) < 0) __built"
	.ascii	"in_unreachable(); return (t); } while (0)\n#define ORD_HERE("
	.ascii	")       here\n#define ORD_OF(t)        ((uint32_t)((t) >> 1)"
	.ascii	")\n#define TRAP(s, a)       do { MARK(trap); dl_g->status = "
	.ascii	"(s); dl_g->arg = (a);         \\\n                          "
	.ascii	"    dl_g->ord = here; return DL_TRAP; } while (0)\n#define C"
	.ascii	"ALLEE()         callee\n#define RETRY_CHECKED()  return DL_R"
	.ascii	"ETRY\n\n#include \"isa/ops.inc\"\n\n#include \"vm/dispatch-e"
	.ascii	"nd.h\"\n#undef sp\n#undef rsp\n#undef budget\n#undef vm_prin"
	.ascii	"t\n\n/* What the generated code writes per instruction: P(NA"
	.ascii	"ME, ordinal,\n * operand, copy) runs the proven entry, C(..."
	.ascii	") the checked one; a label\n * operand is the target's ordin"
	.ascii	"al; a proven call also passes its callee's\n * frame. */\n#d"
	.ascii	"efine P(NAME, "
	.ascii	"h, i, c)             proven_##NAME(vm, &sp, &g, h, c, i, (st"
	.ascii	"ruct frame){ 0, 0 })\n#define C(NAME, h, i, c)             c"
	.ascii	"hecked_##NAME(vm, &sp, &g, h, c, i, (struct frame){ 0, 0 })\n"
	.ascii	"#define PCALL(h, t, need, span)      proven_CALL(vm, &sp, &g"
	.ascii	", h, 0, t, (struct frame){ need, span })\n#define CCALL(h, t"
	.ascii	", c)               checked_CALL(vm, &sp, &g, h, c, t, (struc"
	.ascii	"t frame){ 0, 0 })\n\n/"
	.string	"* A chunk: part of one copy, a function of its own (compiled.c explains\n * why).  It starts at the code id it is given and returns the id where\n * control leaves it, or DL_TRAP. */\ntypedef long dl_chunk(struct vm *vm, struct dl_regs *st, long id);\n\n#endif\n"
	.section	.rodata
	.align 32
	.type	compiled_files, @object
	.size	compiled_files, 144
compiled_files:
# path:
	.quad	.LC69
# text:
	.quad	.LC70
# path:
	.quad	.LC71
# text:
	.quad	.LC72
# path:
	.quad	.LC73
# text:
	.quad	.LC74
# path:
	.quad	.LC75
# text:
	.quad	.LC76
# path:
	.quad	.LC77
# text:
	.quad	.LC78
# path:
	.quad	.LC79
# text:
	.quad	.LC80
# path:
	.quad	.LC81
# text:
	.quad	.LC82
# path:
	.quad	.LC83
# text:
	.quad	.LC84
# path:
	.quad	.LC85
# text:
	.quad	.LC86
	.section	.rodata.cst16,"aM",@progbits,16
	.align 16
.LC47:
	.quad	4294967296
	.quad	4294967296
	.section	.rodata.cst8,"aM",@progbits,8
	.align 8
.LC49:
	.long	-400107883
	.long	1041313291
	.set	.LC50,.LC47+4
	.section	.rodata.cst16
	.align 16
.LC51:
	.quad	0
	.quad	10000000
	.section	.rodata.cst8
	.align 8
.LC65:
	.quad	.LC37
	.align 8
.LC66:
	.quad	.LC39
	.text
.Letext0:
	.file 2 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 3 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 4 "/usr/include/fcntl.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/types/struct_timespec.h"
	.file 6 "/usr/include/x86_64-linux-gnu/bits/struct_stat.h"
	.file 7 "/usr/include/x86_64-linux-gnu/bits/dirent.h"
	.file 8 "/usr/include/x86_64-linux-gnu/sys/poll.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/types/clockid_t.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/pthreadtypes.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/types/sigset_t.h"
	.file 13 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stdarg.h"
	.file 14 "<built-in>"
	.file 15 "/usr/include/x86_64-linux-gnu/sys/types.h"
	.file 16 "/usr/include/x86_64-linux-gnu/bits/resource.h"
	.file 17 "/usr/include/x86_64-linux-gnu/sys/resource.h"
	.file 18 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 19 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 20 "./dispatch/compiled/toolchain.h"
	.file 21 "./isa/isa.h"
	.file 22 "/work/main/cc/gen/compiled-build.h"
	.file 23 "/usr/include/stdio.h"
	.file 24 "/usr/include/pthread.h"
	.file 25 "/usr/include/dirent.h"
	.file 26 "/usr/include/unistd.h"
	.file 27 "/usr/include/string.h"
	.file 28 "/usr/include/time.h"
	.file 29 "/usr/include/signal.h"
	.file 30 "/usr/include/stdlib.h"
	.file 31 "/usr/include/x86_64-linux-gnu/sys/wait.h"
	.file 32 "/usr/include/dlfcn.h"
	.file 33 "/usr/include/x86_64-linux-gnu/sys/stat.h"
	.file 34 "/usr/include/errno.h"
	.file 35 "/usr/include/x86_64-linux-gnu/bits/sigthread.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x37f7
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x41
	.long	.LASF288
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xc
	.long	.LASF9
	.byte	0x2
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0x17
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x17
	.byte	0x1
	.byte	0x8
	.long	.LASF3
	.uleb128 0x17
	.byte	0x2
	.byte	0x7
	.long	.LASF4
	.uleb128 0x17
	.byte	0x4
	.byte	0x7
	.long	.LASF5
	.uleb128 0x17
	.byte	0x1
	.byte	0x6
	.long	.LASF6
	.uleb128 0x17
	.byte	0x2
	.byte	0x5
	.long	.LASF7
	.uleb128 0x42
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x18
	.long	0x64
	.uleb128 0x17
	.byte	0x8
	.byte	0x5
	.long	.LASF8
	.uleb128 0xc
	.long	.LASF10
	.byte	0x3
	.byte	0x91
	.byte	0x19
	.long	0x3a
	.uleb128 0xc
	.long	.LASF11
	.byte	0x3
	.byte	0x92
	.byte	0x19
	.long	0x4f
	.uleb128 0xc
	.long	.LASF12
	.byte	0x3
	.byte	0x93
	.byte	0x19
	.long	0x4f
	.uleb128 0xc
	.long	.LASF13
	.byte	0x3
	.byte	0x94
	.byte	0x19
	.long	0x3a
	.uleb128 0xc
	.long	.LASF14
	.byte	0x3
	.byte	0x96
	.byte	0x1a
	.long	0x4f
	.uleb128 0xc
	.long	.LASF15
	.byte	0x3
	.byte	0x97
	.byte	0x1b
	.long	0x3a
	.uleb128 0xc
	.long	.LASF16
	.byte	0x3
	.byte	0x98
	.byte	0x19
	.long	0x70
	.uleb128 0xc
	.long	.LASF17
	.byte	0x3
	.byte	0x99
	.byte	0x1b
	.long	0x70
	.uleb128 0xc
	.long	.LASF18
	.byte	0x3
	.byte	0x9a
	.byte	0x19
	.long	0x64
	.uleb128 0xf
	.long	0x64
	.long	0xf3
	.uleb128 0x15
	.long	0x3a
	.byte	0x1
	.byte	0
	.uleb128 0xc
	.long	.LASF19
	.byte	0x3
	.byte	0x9d
	.byte	0x1a
	.long	0x3a
	.uleb128 0xc
	.long	.LASF20
	.byte	0x3
	.byte	0xa0
	.byte	0x1a
	.long	0x70
	.uleb128 0xc
	.long	.LASF21
	.byte	0x3
	.byte	0xa9
	.byte	0x1d
	.long	0x64
	.uleb128 0x43
	.byte	0x8
	.uleb128 0x1c
	.long	0x117
	.uleb128 0xc
	.long	.LASF22
	.byte	0x3
	.byte	0xaf
	.byte	0x1d
	.long	0x70
	.uleb128 0xc
	.long	.LASF23
	.byte	0x3
	.byte	0xb4
	.byte	0x1c
	.long	0x70
	.uleb128 0xc
	.long	.LASF24
	.byte	0x3
	.byte	0xc2
	.byte	0x1b
	.long	0x70
	.uleb128 0xc
	.long	.LASF25
	.byte	0x3
	.byte	0xc5
	.byte	0x21
	.long	0x70
	.uleb128 0xb
	.long	0x15d
	.uleb128 0x18
	.long	0x14e
	.uleb128 0x1c
	.long	0x14e
	.uleb128 0x17
	.byte	0x1
	.byte	0x6
	.long	.LASF26
	.uleb128 0x18
	.long	0x15d
	.uleb128 0xc
	.long	.LASF27
	.byte	0x4
	.byte	0x45
	.byte	0x11
	.long	0xd7
	.uleb128 0x1f
	.long	.LASF30
	.byte	0x10
	.byte	0x5
	.byte	0xb
	.long	0x19c
	.uleb128 0x4
	.long	.LASF28
	.byte	0x5
	.byte	0x10
	.byte	0xc
	.long	0xff
	.byte	0
	.uleb128 0x4
	.long	.LASF29
	.byte	0x5
	.byte	0x15
	.byte	0x15
	.long	0x142
	.byte	0x8
	.byte	0
	.uleb128 0x18
	.long	0x175
	.uleb128 0x1f
	.long	.LASF31
	.byte	0x90
	.byte	0x6
	.byte	0x1a
	.long	0x271
	.uleb128 0x4
	.long	.LASF32
	.byte	0x6
	.byte	0x1f
	.byte	0xd
	.long	0x77
	.byte	0
	.uleb128 0x4
	.long	.LASF33
	.byte	0x6
	.byte	0x24
	.byte	0xd
	.long	0x9b
	.byte	0x8
	.uleb128 0x4
	.long	.LASF34
	.byte	0x6
	.byte	0x2c
	.byte	0xf
	.long	0xb3
	.byte	0x10
	.uleb128 0x4
	.long	.LASF35
	.byte	0x6
	.byte	0x2d
	.byte	0xe
	.long	0xa7
	.byte	0x18
	.uleb128 0x4
	.long	.LASF36
	.byte	0x6
	.byte	0x2f
	.byte	0xd
	.long	0x83
	.byte	0x1c
	.uleb128 0x4
	.long	.LASF37
	.byte	0x6
	.byte	0x30
	.byte	0xd
	.long	0x8f
	.byte	0x20
	.uleb128 0x4
	.long	.LASF38
	.byte	0x6
	.byte	0x32
	.byte	0x9
	.long	0x64
	.byte	0x24
	.uleb128 0x4
	.long	.LASF39
	.byte	0x6
	.byte	0x34
	.byte	0xd
	.long	0x77
	.byte	0x28
	.uleb128 0x4
	.long	.LASF40
	.byte	0x6
	.byte	0x39
	.byte	0xd
	.long	0xbf
	.byte	0x30
	.uleb128 0x4
	.long	.LASF41
	.byte	0x6
	.byte	0x3d
	.byte	0x11
	.long	0x11e
	.byte	0x38
	.uleb128 0x4
	.long	.LASF42
	.byte	0x6
	.byte	0x3f
	.byte	0x10
	.long	0x12a
	.byte	0x40
	.uleb128 0x4
	.long	.LASF43
	.byte	0x6
	.byte	0x4a
	.byte	0x15
	.long	0x175
	.byte	0x48
	.uleb128 0x4
	.long	.LASF44
	.byte	0x6
	.byte	0x4b
	.byte	0x15
	.long	0x175
	.byte	0x58
	.uleb128 0x4
	.long	.LASF45
	.byte	0x6
	.byte	0x4c
	.byte	0x15
	.long	0x175
	.byte	0x68
	.uleb128 0x4
	.long	.LASF46
	.byte	0x6
	.byte	0x59
	.byte	0x17
	.long	0x271
	.byte	0x78
	.byte	0
	.uleb128 0xf
	.long	0x142
	.long	0x281
	.uleb128 0x15
	.long	0x3a
	.byte	0x2
	.byte	0
	.uleb128 0x2e
	.long	.LASF47
	.value	0x118
	.byte	0x7
	.byte	0x16
	.long	0x2d0
	.uleb128 0x4
	.long	.LASF48
	.byte	0x7
	.byte	0x19
	.byte	0xd
	.long	0x9b
	.byte	0
	.uleb128 0x4
	.long	.LASF49
	.byte	0x7
	.byte	0x1a
	.byte	0xd
	.long	0xbf
	.byte	0x8
	.uleb128 0x4
	.long	.LASF50
	.byte	0x7
	.byte	0x1f
	.byte	0x18
	.long	0x48
	.byte	0x10
	.uleb128 0x4
	.long	.LASF51
	.byte	0x7
	.byte	0x20
	.byte	0x13
	.long	0x41
	.byte	0x12
	.uleb128 0x4
	.long	.LASF52
	.byte	0x7
	.byte	0x21
	.byte	0xa
	.long	0x2d0
	.byte	0x13
	.byte	0
	.uleb128 0xf
	.long	0x15d
	.long	0x2e0
	.uleb128 0x15
	.long	0x3a
	.byte	0xff
	.byte	0
	.uleb128 0x44
	.string	"DIR"
	.byte	0x19
	.byte	0x7f
	.byte	0x1c
	.long	0x2ec
	.uleb128 0x27
	.long	.LASF127
	.uleb128 0xc
	.long	.LASF53
	.byte	0x8
	.byte	0x21
	.byte	0x1b
	.long	0x3a
	.uleb128 0x1f
	.long	.LASF54
	.byte	0x8
	.byte	0x8
	.byte	0x24
	.long	0x330
	.uleb128 0x2f
	.string	"fd"
	.byte	0x8
	.byte	0x26
	.byte	0x9
	.long	0x64
	.byte	0
	.uleb128 0x4
	.long	.LASF55
	.byte	0x8
	.byte	0x27
	.byte	0xf
	.long	0x5d
	.byte	0x4
	.uleb128 0x4
	.long	.LASF56
	.byte	0x8
	.byte	0x28
	.byte	0xf
	.long	0x5d
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.long	0x164
	.uleb128 0x1c
	.long	0x330
	.uleb128 0x18
	.long	0x330
	.uleb128 0xc
	.long	.LASF57
	.byte	0x9
	.byte	0x7
	.byte	0x15
	.long	0x10b
	.uleb128 0x17
	.byte	0x8
	.byte	0x7
	.long	.LASF58
	.uleb128 0xc
	.long	.LASF59
	.byte	0xa
	.byte	0x35
	.byte	0x1e
	.long	0x64
	.uleb128 0x17
	.byte	0x8
	.byte	0x5
	.long	.LASF60
	.uleb128 0x34
	.byte	0x80
	.byte	0xb
	.byte	0x5
	.byte	0x9
	.long	0x37c
	.uleb128 0x4
	.long	.LASF61
	.byte	0xb
	.byte	0x7
	.byte	0x15
	.long	0x37c
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x3a
	.long	0x38c
	.uleb128 0x15
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0xc
	.long	.LASF62
	.byte	0xb
	.byte	0x8
	.byte	0x3
	.long	0x365
	.uleb128 0x18
	.long	0x38c
	.uleb128 0xc
	.long	.LASF63
	.byte	0xc
	.byte	0x7
	.byte	0x14
	.long	0x38c
	.uleb128 0x18
	.long	0x39d
	.uleb128 0x45
	.uleb128 0xb
	.long	0x3ae
	.uleb128 0xc
	.long	.LASF64
	.byte	0xd
	.byte	0x28
	.byte	0x1b
	.long	0x3c0
	.uleb128 0x46
	.long	.LASF289
	.long	0x3c9
	.uleb128 0xf
	.long	0x3d9
	.long	0x3d9
	.uleb128 0x15
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x47
	.long	.LASF290
	.byte	0x18
	.byte	0xe
	.byte	0
	.long	0x40e
	.uleb128 0x28
	.long	.LASF65
	.long	0x4f
	.byte	0
	.uleb128 0x28
	.long	.LASF66
	.long	0x4f
	.byte	0x4
	.uleb128 0x28
	.long	.LASF67
	.long	0x117
	.byte	0x8
	.uleb128 0x28
	.long	.LASF68
	.long	0x117
	.byte	0x10
	.byte	0
	.uleb128 0xc
	.long	.LASF69
	.byte	0xd
	.byte	0x63
	.byte	0x18
	.long	0x3b4
	.uleb128 0xc
	.long	.LASF70
	.byte	0xf
	.byte	0x6c
	.byte	0x13
	.long	0x136
	.uleb128 0xb
	.long	0x42b
	.uleb128 0x48
	.uleb128 0x35
	.long	.LASF135
	.long	0x4f
	.byte	0x10
	.byte	0x1f
	.long	0x4ae
	.uleb128 0x6
	.long	.LASF71
	.byte	0
	.uleb128 0x6
	.long	.LASF72
	.byte	0x1
	.uleb128 0x6
	.long	.LASF73
	.byte	0x2
	.uleb128 0x6
	.long	.LASF74
	.byte	0x3
	.uleb128 0x6
	.long	.LASF75
	.byte	0x4
	.uleb128 0x6
	.long	.LASF76
	.byte	0x5
	.uleb128 0x6
	.long	.LASF77
	.byte	0x7
	.uleb128 0x6
	.long	.LASF78
	.byte	0x7
	.uleb128 0x6
	.long	.LASF79
	.byte	0x9
	.uleb128 0x6
	.long	.LASF80
	.byte	0x6
	.uleb128 0x6
	.long	.LASF81
	.byte	0x8
	.uleb128 0x6
	.long	.LASF82
	.byte	0xa
	.uleb128 0x6
	.long	.LASF83
	.byte	0xb
	.uleb128 0x6
	.long	.LASF84
	.byte	0xc
	.uleb128 0x6
	.long	.LASF85
	.byte	0xd
	.uleb128 0x6
	.long	.LASF86
	.byte	0xe
	.uleb128 0x6
	.long	.LASF87
	.byte	0xf
	.uleb128 0x6
	.long	.LASF88
	.byte	0x10
	.uleb128 0x6
	.long	.LASF89
	.byte	0x10
	.byte	0
	.uleb128 0xc
	.long	.LASF90
	.byte	0x10
	.byte	0x83
	.byte	0x12
	.long	0xf3
	.uleb128 0x1f
	.long	.LASF91
	.byte	0x10
	.byte	0x10
	.byte	0x8b
	.long	0x4e1
	.uleb128 0x4
	.long	.LASF92
	.byte	0x10
	.byte	0x8e
	.byte	0xc
	.long	0x4ae
	.byte	0
	.uleb128 0x4
	.long	.LASF93
	.byte	0x10
	.byte	0x90
	.byte	0xc
	.long	0x4ae
	.byte	0x8
	.byte	0
	.uleb128 0x18
	.long	0x4ba
	.uleb128 0xc
	.long	.LASF94
	.byte	0x11
	.byte	0x2a
	.byte	0xd
	.long	0x64
	.uleb128 0xb
	.long	0x14e
	.uleb128 0x1c
	.long	0x4f2
	.uleb128 0x17
	.byte	0x10
	.byte	0x4
	.long	.LASF95
	.uleb128 0x1f
	.long	.LASF96
	.byte	0xd8
	.byte	0x12
	.byte	0x31
	.long	0x689
	.uleb128 0x4
	.long	.LASF97
	.byte	0x12
	.byte	0x33
	.byte	0x7
	.long	0x64
	.byte	0
	.uleb128 0x4
	.long	.LASF98
	.byte	0x12
	.byte	0x36
	.byte	0x9
	.long	0x14e
	.byte	0x8
	.uleb128 0x4
	.long	.LASF99
	.byte	0x12
	.byte	0x37
	.byte	0x9
	.long	0x14e
	.byte	0x10
	.uleb128 0x4
	.long	.LASF100
	.byte	0x12
	.byte	0x38
	.byte	0x9
	.long	0x14e
	.byte	0x18
	.uleb128 0x4
	.long	.LASF101
	.byte	0x12
	.byte	0x39
	.byte	0x9
	.long	0x14e
	.byte	0x20
	.uleb128 0x4
	.long	.LASF102
	.byte	0x12
	.byte	0x3a
	.byte	0x9
	.long	0x14e
	.byte	0x28
	.uleb128 0x4
	.long	.LASF103
	.byte	0x12
	.byte	0x3b
	.byte	0x9
	.long	0x14e
	.byte	0x30
	.uleb128 0x4
	.long	.LASF104
	.byte	0x12
	.byte	0x3c
	.byte	0x9
	.long	0x14e
	.byte	0x38
	.uleb128 0x4
	.long	.LASF105
	.byte	0x12
	.byte	0x3d
	.byte	0x9
	.long	0x14e
	.byte	0x40
	.uleb128 0x4
	.long	.LASF106
	.byte	0x12
	.byte	0x40
	.byte	0x9
	.long	0x14e
	.byte	0x48
	.uleb128 0x4
	.long	.LASF107
	.byte	0x12
	.byte	0x41
	.byte	0x9
	.long	0x14e
	.byte	0x50
	.uleb128 0x4
	.long	.LASF108
	.byte	0x12
	.byte	0x42
	.byte	0x9
	.long	0x14e
	.byte	0x58
	.uleb128 0x4
	.long	.LASF109
	.byte	0x12
	.byte	0x44
	.byte	0x16
	.long	0x6a2
	.byte	0x60
	.uleb128 0x4
	.long	.LASF110
	.byte	0x12
	.byte	0x46
	.byte	0x14
	.long	0x6a7
	.byte	0x68
	.uleb128 0x4
	.long	.LASF111
	.byte	0x12
	.byte	0x48
	.byte	0x7
	.long	0x64
	.byte	0x70
	.uleb128 0x4
	.long	.LASF112
	.byte	0x12
	.byte	0x49
	.byte	0x7
	.long	0x64
	.byte	0x74
	.uleb128 0x4
	.long	.LASF113
	.byte	0x12
	.byte	0x4a
	.byte	0xb
	.long	0xbf
	.byte	0x78
	.uleb128 0x4
	.long	.LASF114
	.byte	0x12
	.byte	0x4d
	.byte	0x12
	.long	0x48
	.byte	0x80
	.uleb128 0x4
	.long	.LASF115
	.byte	0x12
	.byte	0x4e
	.byte	0xf
	.long	0x56
	.byte	0x82
	.uleb128 0x4
	.long	.LASF116
	.byte	0x12
	.byte	0x4f
	.byte	0x8
	.long	0x6ac
	.byte	0x83
	.uleb128 0x4
	.long	.LASF117
	.byte	0x12
	.byte	0x51
	.byte	0xf
	.long	0x6bc
	.byte	0x88
	.uleb128 0x4
	.long	.LASF118
	.byte	0x12
	.byte	0x59
	.byte	0xd
	.long	0xcb
	.byte	0x90
	.uleb128 0x4
	.long	.LASF119
	.byte	0x12
	.byte	0x5b
	.byte	0x17
	.long	0x6c6
	.byte	0x98
	.uleb128 0x4
	.long	.LASF120
	.byte	0x12
	.byte	0x5c
	.byte	0x19
	.long	0x6d0
	.byte	0xa0
	.uleb128 0x4
	.long	.LASF121
	.byte	0x12
	.byte	0x5d
	.byte	0x14
	.long	0x6a7
	.byte	0xa8
	.uleb128 0x4
	.long	.LASF122
	.byte	0x12
	.byte	0x5e
	.byte	0x9
	.long	0x117
	.byte	0xb0
	.uleb128 0x4
	.long	.LASF123
	.byte	0x12
	.byte	0x5f
	.byte	0xa
	.long	0x2e
	.byte	0xb8
	.uleb128 0x4
	.long	.LASF124
	.byte	0x12
	.byte	0x60
	.byte	0x7
	.long	0x64
	.byte	0xc0
	.uleb128 0x4
	.long	.LASF125
	.byte	0x12
	.byte	0x62
	.byte	0x8
	.long	0x6d5
	.byte	0xc4
	.byte	0
	.uleb128 0xc
	.long	.LASF126
	.byte	0x13
	.byte	0x7
	.byte	0x19
	.long	0x503
	.uleb128 0x49
	.long	.LASF291
	.byte	0x12
	.byte	0x2b
	.byte	0xe
	.uleb128 0x27
	.long	.LASF128
	.uleb128 0xb
	.long	0x69d
	.uleb128 0xb
	.long	0x503
	.uleb128 0xf
	.long	0x15d
	.long	0x6bc
	.uleb128 0x15
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x695
	.uleb128 0x27
	.long	.LASF129
	.uleb128 0xb
	.long	0x6c1
	.uleb128 0x27
	.long	.LASF130
	.uleb128 0xb
	.long	0x6cb
	.uleb128 0xf
	.long	0x15d
	.long	0x6e5
	.uleb128 0x15
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0xb
	.long	0x689
	.uleb128 0x1c
	.long	0x6e5
	.uleb128 0x4a
	.long	.LASF181
	.byte	0x17
	.byte	0x91
	.byte	0xe
	.long	0x6e5
	.uleb128 0x4b
	.string	"why"
	.value	0x190
	.byte	0x14
	.byte	0xc
	.byte	0x8
	.long	0x717
	.uleb128 0x4
	.long	.LASF131
	.byte	0x14
	.byte	0xd
	.byte	0xa
	.long	0x717
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x15d
	.long	0x728
	.uleb128 0x29
	.long	0x3a
	.value	0x18f
	.byte	0
	.uleb128 0x1f
	.long	.LASF132
	.byte	0x10
	.byte	0x14
	.byte	0x12
	.long	0x74e
	.uleb128 0x4
	.long	.LASF133
	.byte	0x14
	.byte	0x13
	.byte	0xb
	.long	0x117
	.byte	0
	.uleb128 0x2f
	.string	"fn"
	.byte	0x14
	.byte	0x14
	.byte	0xb
	.long	0x117
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.long	.LASF134
	.byte	0x14
	.byte	0x18
	.byte	0xd
	.long	0x75a
	.uleb128 0x4c
	.long	0x64
	.long	0x773
	.uleb128 0x2
	.long	0x6e5
	.uleb128 0x2
	.long	0x117
	.uleb128 0x2
	.long	0x773
	.byte	0
	.uleb128 0xb
	.long	0x6fb
	.uleb128 0x35
	.long	.LASF136
	.long	0x4f
	.byte	0x15
	.byte	0xd
	.long	0x85a
	.uleb128 0x6
	.long	.LASF137
	.byte	0
	.uleb128 0x6
	.long	.LASF138
	.byte	0x1
	.uleb128 0x6
	.long	.LASF139
	.byte	0x2
	.uleb128 0x6
	.long	.LASF140
	.byte	0x3
	.uleb128 0x6
	.long	.LASF141
	.byte	0x4
	.uleb128 0x6
	.long	.LASF142
	.byte	0x5
	.uleb128 0x6
	.long	.LASF143
	.byte	0x6
	.uleb128 0x6
	.long	.LASF144
	.byte	0x7
	.uleb128 0x6
	.long	.LASF145
	.byte	0x8
	.uleb128 0x6
	.long	.LASF146
	.byte	0x9
	.uleb128 0x6
	.long	.LASF147
	.byte	0xa
	.uleb128 0x6
	.long	.LASF148
	.byte	0xb
	.uleb128 0x6
	.long	.LASF149
	.byte	0xc
	.uleb128 0x6
	.long	.LASF150
	.byte	0xd
	.uleb128 0x6
	.long	.LASF151
	.byte	0xe
	.uleb128 0x6
	.long	.LASF152
	.byte	0xf
	.uleb128 0x6
	.long	.LASF153
	.byte	0x10
	.uleb128 0x6
	.long	.LASF154
	.byte	0x11
	.uleb128 0x6
	.long	.LASF155
	.byte	0x12
	.uleb128 0x6
	.long	.LASF156
	.byte	0x13
	.uleb128 0x6
	.long	.LASF157
	.byte	0x14
	.uleb128 0x6
	.long	.LASF158
	.byte	0x15
	.uleb128 0x6
	.long	.LASF159
	.byte	0x16
	.uleb128 0x6
	.long	.LASF160
	.byte	0x17
	.uleb128 0x6
	.long	.LASF161
	.byte	0x18
	.uleb128 0x6
	.long	.LASF162
	.byte	0x19
	.uleb128 0x6
	.long	.LASF163
	.byte	0x1a
	.uleb128 0x6
	.long	.LASF164
	.byte	0x1b
	.uleb128 0x6
	.long	.LASF165
	.byte	0x1c
	.uleb128 0x6
	.long	.LASF166
	.byte	0x1d
	.uleb128 0x6
	.long	.LASF167
	.byte	0x1e
	.uleb128 0x6
	.long	.LASF168
	.byte	0x1f
	.uleb128 0x6
	.long	.LASF169
	.byte	0x20
	.uleb128 0x6
	.long	.LASF170
	.byte	0x21
	.uleb128 0x6
	.long	.LASF171
	.byte	0x22
	.byte	0
	.uleb128 0x34
	.byte	0x10
	.byte	0x16
	.byte	0x4
	.byte	0xe
	.long	0x87e
	.uleb128 0x4
	.long	.LASF172
	.byte	0x16
	.byte	0x4
	.byte	0x23
	.long	0x330
	.byte	0
	.uleb128 0x4
	.long	.LASF131
	.byte	0x16
	.byte	0x4
	.byte	0x2a
	.long	0x330
	.byte	0x8
	.byte	0
	.uleb128 0x18
	.long	0x85a
	.uleb128 0xf
	.long	0x87e
	.long	0x893
	.uleb128 0x15
	.long	0x3a
	.byte	0x8
	.byte	0
	.uleb128 0x18
	.long	0x883
	.uleb128 0x4d
	.long	.LASF183
	.byte	0x16
	.byte	0x4
	.byte	0x32
	.long	0x893
	.uleb128 0x9
	.byte	0x3
	.quad	compiled_files
	.uleb128 0x2e
	.long	.LASF173
	.value	0x16c8
	.byte	0x1
	.byte	0x5a
	.long	0x8ed
	.uleb128 0x4
	.long	.LASF172
	.byte	0x1
	.byte	0x5b
	.byte	0xb
	.long	0x8f2
	.byte	0
	.uleb128 0x36
	.string	"buf"
	.byte	0x5c
	.long	0x903
	.value	0x1000
	.uleb128 0x22
	.long	.LASF174
	.byte	0x5d
	.long	0x914
	.value	0x1400
	.uleb128 0x22
	.long	.LASF175
	.byte	0x5e
	.long	0x64
	.value	0x16c0
	.byte	0
	.uleb128 0x18
	.long	0x8ae
	.uleb128 0xf
	.long	0x15d
	.long	0x903
	.uleb128 0x29
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0xf
	.long	0x15d
	.long	0x914
	.uleb128 0x29
	.long	0x3a
	.value	0x3ff
	.byte	0
	.uleb128 0xf
	.long	0x14e
	.long	0x924
	.uleb128 0x15
	.long	0x3a
	.byte	0x57
	.byte	0
	.uleb128 0x2e
	.long	.LASF176
	.value	0x1118
	.byte	0x1
	.byte	0xa2
	.long	0x96f
	.uleb128 0x2f
	.string	"dir"
	.byte	0x1
	.byte	0xa3
	.byte	0xb
	.long	0x8f2
	.byte	0
	.uleb128 0x22
	.long	.LASF177
	.byte	0xa4
	.long	0x974
	.value	0x1000
	.uleb128 0x36
	.string	"tmp"
	.byte	0xa5
	.long	0x14e
	.value	0x1008
	.uleb128 0x22
	.long	.LASF178
	.byte	0xa6
	.long	0x97b
	.value	0x1010
	.uleb128 0x22
	.long	.LASF179
	.byte	0xa7
	.long	0x64
	.value	0x1110
	.byte	0
	.uleb128 0x18
	.long	0x924
	.uleb128 0x17
	.byte	0x1
	.byte	0x2
	.long	.LASF180
	.uleb128 0xf
	.long	0x14e
	.long	0x98b
	.uleb128 0x15
	.long	0x3a
	.byte	0x1f
	.byte	0
	.uleb128 0x4e
	.long	.LASF182
	.byte	0x1
	.value	0x132
	.byte	0xf
	.long	0x4f2
	.uleb128 0x2a
	.long	.LASF184
	.value	0x267
	.byte	0x17
	.long	0x352
	.uleb128 0x9
	.byte	0x3
	.quad	probe_once
	.uleb128 0x2a
	.long	.LASF185
	.value	0x268
	.byte	0x13
	.long	0x6fb
	.uleb128 0x9
	.byte	0x3
	.quad	probe_why
	.uleb128 0x2a
	.long	.LASF186
	.value	0x269
	.byte	0x14
	.long	0x330
	.uleb128 0x9
	.byte	0x3
	.quad	probe_result
	.uleb128 0xe
	.long	.LASF187
	.byte	0x18
	.value	0x1fd
	.byte	0xc
	.long	0x64
	.long	0x9f6
	.uleb128 0x2
	.long	0x9f6
	.uleb128 0x2
	.long	0x3af
	.byte	0
	.uleb128 0xb
	.long	0x352
	.uleb128 0xd
	.long	.LASF188
	.byte	0x19
	.byte	0x86
	.byte	0xc
	.long	0x64
	.long	0xa11
	.uleb128 0x2
	.long	0xa11
	.byte	0
	.uleb128 0xb
	.long	0x2e0
	.uleb128 0xd
	.long	.LASF189
	.byte	0x19
	.byte	0xa4
	.byte	0x17
	.long	0xa2c
	.long	0xa2c
	.uleb128 0x2
	.long	0xa11
	.byte	0
	.uleb128 0xb
	.long	0x281
	.uleb128 0xe
	.long	.LASF190
	.byte	0x1a
	.value	0x35a
	.byte	0xc
	.long	0x64
	.long	0xa48
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xd
	.long	.LASF191
	.byte	0x19
	.byte	0x8d
	.byte	0xd
	.long	0xa11
	.long	0xa5e
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xe
	.long	.LASF192
	.byte	0x1a
	.value	0x363
	.byte	0xc
	.long	0x64
	.long	0xa75
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xe
	.long	.LASF193
	.byte	0x17
	.value	0x15e
	.byte	0xc
	.long	0x64
	.long	0xa92
	.uleb128 0x2
	.long	0x6ea
	.uleb128 0x2
	.long	0x335
	.uleb128 0x2b
	.byte	0
	.uleb128 0xd
	.long	.LASF194
	.byte	0x17
	.byte	0x98
	.byte	0xc
	.long	0x64
	.long	0xaa8
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xd
	.long	.LASF195
	.byte	0x1b
	.byte	0x40
	.byte	0xc
	.long	0x64
	.long	0xac8
	.uleb128 0x2
	.long	0x426
	.uleb128 0x2
	.long	0x426
	.uleb128 0x2
	.long	0x2e
	.byte	0
	.uleb128 0xe
	.long	.LASF196
	.byte	0x17
	.value	0x2a3
	.byte	0xf
	.long	0x2e
	.long	0xaee
	.uleb128 0x2
	.long	0x119
	.uleb128 0x2
	.long	0x2e
	.uleb128 0x2
	.long	0x2e
	.uleb128 0x2
	.long	0x6ea
	.byte	0
	.uleb128 0xe
	.long	.LASF197
	.byte	0x1c
	.value	0x119
	.byte	0xc
	.long	0x64
	.long	0xb0a
	.uleb128 0x2
	.long	0xb0a
	.uleb128 0x2
	.long	0xb0f
	.byte	0
	.uleb128 0xb
	.long	0x19c
	.uleb128 0xb
	.long	0x175
	.uleb128 0xd
	.long	.LASF198
	.byte	0x1d
	.byte	0x70
	.byte	0xc
	.long	0x64
	.long	0xb2f
	.uleb128 0x2
	.long	0xd7
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xe
	.long	.LASF199
	.byte	0x1c
	.value	0x120
	.byte	0xc
	.long	0x64
	.long	0xb4b
	.uleb128 0x2
	.long	0x33f
	.uleb128 0x2
	.long	0xb0f
	.byte	0
	.uleb128 0xd
	.long	.LASF200
	.byte	0x1b
	.byte	0x9f
	.byte	0xc
	.long	0x64
	.long	0xb6b
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x2e
	.byte	0
	.uleb128 0xd
	.long	.LASF201
	.byte	0x1e
	.byte	0xb1
	.byte	0x11
	.long	0x70
	.long	0xb8b
	.uleb128 0x2
	.long	0x335
	.uleb128 0x2
	.long	0x4f7
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF202
	.byte	0x1b
	.byte	0x9c
	.byte	0xc
	.long	0x64
	.long	0xba6
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xd
	.long	.LASF203
	.byte	0x1f
	.byte	0x6a
	.byte	0x10
	.long	0xd7
	.long	0xbc6
	.uleb128 0x2
	.long	0xd7
	.uleb128 0x2
	.long	0xbc6
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xb
	.long	0x64
	.uleb128 0xd
	.long	.LASF204
	.byte	0x1d
	.byte	0xf7
	.byte	0xc
	.long	0x64
	.long	0xbe1
	.uleb128 0x2
	.long	0xbe1
	.byte	0
	.uleb128 0xb
	.long	0x39d
	.uleb128 0x1c
	.long	0xbe1
	.uleb128 0xd
	.long	.LASF205
	.byte	0x1b
	.byte	0x2b
	.byte	0xe
	.long	0x117
	.long	0xc0b
	.uleb128 0x2
	.long	0x117
	.uleb128 0x2
	.long	0x426
	.uleb128 0x2
	.long	0x2e
	.byte	0
	.uleb128 0xe
	.long	.LASF206
	.byte	0x1a
	.value	0x173
	.byte	0x10
	.long	0x41a
	.long	0xc2c
	.uleb128 0x2
	.long	0x64
	.uleb128 0x2
	.long	0x117
	.uleb128 0x2
	.long	0x2e
	.byte	0
	.uleb128 0xd
	.long	.LASF207
	.byte	0x8
	.byte	0x36
	.byte	0xc
	.long	0x64
	.long	0xc4c
	.uleb128 0x2
	.long	0xc4c
	.uleb128 0x2
	.long	0x2f1
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xb
	.long	0x2fd
	.uleb128 0x4f
	.long	.LASF208
	.byte	0x1a
	.value	0x270
	.byte	0xd
	.long	0xc64
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xe
	.long	.LASF209
	.byte	0x1a
	.value	0x23c
	.byte	0xc
	.long	0x64
	.long	0xc85
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0xc85
	.uleb128 0x2
	.long	0xc85
	.byte	0
	.uleb128 0xb
	.long	0x153
	.uleb128 0xd
	.long	.LASF210
	.byte	0x1d
	.byte	0xe8
	.byte	0xc
	.long	0x64
	.long	0xcaa
	.uleb128 0x2
	.long	0x64
	.uleb128 0x2
	.long	0xcaf
	.uleb128 0x2
	.long	0xbe6
	.byte	0
	.uleb128 0xb
	.long	0x3a9
	.uleb128 0x1c
	.long	0xcaa
	.uleb128 0xe
	.long	.LASF211
	.byte	0x1a
	.value	0x22b
	.byte	0xc
	.long	0x64
	.long	0xcd0
	.uleb128 0x2
	.long	0x64
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF212
	.byte	0x4
	.byte	0xb5
	.byte	0xc
	.long	0x64
	.long	0xcec
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x64
	.uleb128 0x2b
	.byte	0
	.uleb128 0xd
	.long	.LASF213
	.byte	0x11
	.byte	0x46
	.byte	0xc
	.long	0x64
	.long	0xd07
	.uleb128 0x2
	.long	0x4e6
	.uleb128 0x2
	.long	0xd07
	.byte	0
	.uleb128 0xb
	.long	0x4e1
	.uleb128 0xe
	.long	.LASF214
	.byte	0x1a
	.value	0x29c
	.byte	0xc
	.long	0x64
	.long	0xd28
	.uleb128 0x2
	.long	0xd7
	.uleb128 0x2
	.long	0xd7
	.byte	0
	.uleb128 0xe
	.long	.LASF215
	.byte	0x1a
	.value	0x166
	.byte	0xc
	.long	0x64
	.long	0xd3f
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0x50
	.long	.LASF222
	.byte	0x1a
	.value	0x30a
	.byte	0x10
	.long	0xd7
	.uleb128 0xe
	.long	.LASF216
	.byte	0x1a
	.value	0x1b5
	.byte	0xc
	.long	0x64
	.long	0xd63
	.uleb128 0x2
	.long	0xbc6
	.byte	0
	.uleb128 0xe
	.long	.LASF217
	.byte	0x1e
	.value	0x229
	.byte	0xe
	.long	0x117
	.long	0xd7a
	.uleb128 0x2
	.long	0x2e
	.byte	0
	.uleb128 0xe
	.long	.LASF218
	.byte	0x17
	.value	0x28f
	.byte	0xc
	.long	0x64
	.long	0xd96
	.uleb128 0x2
	.long	0x335
	.uleb128 0x2
	.long	0x6ea
	.byte	0
	.uleb128 0x51
	.long	.LASF244
	.byte	0x1e
	.value	0x238
	.byte	0xd
	.long	0xda9
	.uleb128 0x2
	.long	0x117
	.byte	0
	.uleb128 0xe
	.long	.LASF219
	.byte	0x1e
	.value	0x2ef
	.byte	0xe
	.long	0x14e
	.long	0xdc0
	.uleb128 0x2
	.long	0x14e
	.byte	0
	.uleb128 0xd
	.long	.LASF220
	.byte	0x20
	.byte	0x3c
	.byte	0xc
	.long	0x64
	.long	0xdd6
	.uleb128 0x2
	.long	0x117
	.byte	0
	.uleb128 0xd
	.long	.LASF221
	.byte	0x20
	.byte	0x40
	.byte	0xe
	.long	0x117
	.long	0xdf1
	.uleb128 0x2
	.long	0x119
	.uleb128 0x2
	.long	0x335
	.byte	0
	.uleb128 0x37
	.long	.LASF223
	.byte	0x20
	.byte	0x52
	.byte	0xe
	.long	0x14e
	.uleb128 0xd
	.long	.LASF224
	.byte	0x20
	.byte	0x38
	.byte	0xe
	.long	0x117
	.long	0xe18
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xe
	.long	.LASF225
	.byte	0x21
	.value	0x185
	.byte	0xc
	.long	0x64
	.long	0xe34
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0xa7
	.byte	0
	.uleb128 0xd
	.long	.LASF226
	.byte	0x17
	.byte	0xb2
	.byte	0xc
	.long	0x64
	.long	0xe4a
	.uleb128 0x2
	.long	0x6e5
	.byte	0
	.uleb128 0xe
	.long	.LASF227
	.byte	0x1b
	.value	0x1a3
	.byte	0xe
	.long	0x14e
	.long	0xe61
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0x37
	.long	.LASF228
	.byte	0x22
	.byte	0x25
	.byte	0xd
	.long	0xbc6
	.uleb128 0xe
	.long	.LASF229
	.byte	0x17
	.value	0x102
	.byte	0xe
	.long	0x6e5
	.long	0xe89
	.uleb128 0x2
	.long	0x335
	.uleb128 0x2
	.long	0x335
	.byte	0
	.uleb128 0xe
	.long	.LASF230
	.byte	0x1a
	.value	0x11f
	.byte	0xc
	.long	0x64
	.long	0xea5
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF31
	.byte	0x21
	.byte	0xcd
	.byte	0xc
	.long	0x64
	.long	0xec0
	.uleb128 0x2
	.long	0x335
	.uleb128 0x2
	.long	0xec5
	.byte	0
	.uleb128 0xb
	.long	0x1a1
	.uleb128 0x1c
	.long	0xec0
	.uleb128 0xe
	.long	.LASF231
	.byte	0x17
	.value	0x17a
	.byte	0xc
	.long	0x64
	.long	0xeec
	.uleb128 0x2
	.long	0x14e
	.uleb128 0x2
	.long	0x2e
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2b
	.byte	0
	.uleb128 0xe
	.long	.LASF232
	.byte	0x1b
	.value	0x125
	.byte	0xf
	.long	0x2e
	.long	0xf08
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xd
	.long	.LASF233
	.byte	0x1b
	.byte	0xf6
	.byte	0xe
	.long	0x14e
	.long	0xf23
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xe
	.long	.LASF234
	.byte	0x1b
	.value	0x164
	.byte	0xe
	.long	0x14e
	.long	0xf3f
	.uleb128 0x2
	.long	0x158
	.uleb128 0x2
	.long	0x335
	.byte	0
	.uleb128 0xd
	.long	.LASF235
	.byte	0x1b
	.byte	0x8d
	.byte	0xe
	.long	0x14e
	.long	0xf5a
	.uleb128 0x2
	.long	0x14e
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xe
	.long	.LASF236
	.byte	0x1b
	.value	0x197
	.byte	0xf
	.long	0x2e
	.long	0xf71
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xe
	.long	.LASF237
	.byte	0x1e
	.value	0x28e
	.byte	0xe
	.long	0x14e
	.long	0xf88
	.uleb128 0x2
	.long	0x330
	.byte	0
	.uleb128 0xd
	.long	.LASF238
	.byte	0x1d
	.byte	0xd0
	.byte	0xc
	.long	0x64
	.long	0xfa3
	.uleb128 0x2
	.long	0xbe1
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF239
	.byte	0x1d
	.byte	0xd3
	.byte	0xc
	.long	0x64
	.long	0xfbe
	.uleb128 0x2
	.long	0xcaa
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF240
	.byte	0x23
	.byte	0x1f
	.byte	0xc
	.long	0x64
	.long	0xfde
	.uleb128 0x2
	.long	0x64
	.uleb128 0x2
	.long	0xfe3
	.uleb128 0x2
	.long	0xfed
	.byte	0
	.uleb128 0xb
	.long	0x398
	.uleb128 0x1c
	.long	0xfde
	.uleb128 0xb
	.long	0x38c
	.uleb128 0x1c
	.long	0xfe8
	.uleb128 0xd
	.long	.LASF241
	.byte	0x1d
	.byte	0xcd
	.byte	0xc
	.long	0x64
	.long	0x100d
	.uleb128 0x2
	.long	0xbe1
	.uleb128 0x2
	.long	0x64
	.byte	0
	.uleb128 0xd
	.long	.LASF242
	.byte	0x1d
	.byte	0xc7
	.byte	0xc
	.long	0x64
	.long	0x1023
	.uleb128 0x2
	.long	0xbe1
	.byte	0
	.uleb128 0xe
	.long	.LASF243
	.byte	0x17
	.value	0x17e
	.byte	0xc
	.long	0x64
	.long	0x1049
	.uleb128 0x2
	.long	0x14e
	.uleb128 0x2
	.long	0x2e
	.uleb128 0x2
	.long	0x330
	.uleb128 0x2
	.long	0x1049
	.byte	0
	.uleb128 0xb
	.long	0x3d9
	.uleb128 0x38
	.long	.LASF246
	.value	0x27d
	.byte	0xd
	.long	0x330
	.quad	.LFB46
	.quad	.LFE46-.LFB46
	.uleb128 0x1
	.byte	0x9c
	.long	0x1099
	.uleb128 0x8
	.quad	.LVL399
	.long	0x9da
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	probe_once
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	probe
	.byte	0
	.byte	0
	.uleb128 0x52
	.long	.LASF292
	.byte	0x1
	.value	0x26b
	.byte	0xd
	.quad	.LFB45
	.quad	.LFE45-.LFB45
	.uleb128 0x1
	.byte	0x9c
	.long	0x1183
	.uleb128 0x20
	.string	"l"
	.value	0x26d
	.byte	0x13
	.long	0x728
	.uleb128 0x3
	.byte	0x91
	.sleb128 -432
	.uleb128 0x20
	.string	"w"
	.value	0x26e
	.byte	0x10
	.long	0x6fb
	.uleb128 0x3
	.byte	0x91
	.sleb128 -416
	.uleb128 0x23
	.string	"fn"
	.value	0x274
	.byte	0xb
	.long	0x1188
	.long	.LLST157
	.long	.LVUS157
	.uleb128 0x12
	.long	0x1214
	.quad	.LBI285
	.value	.LVU962
	.long	.LLRL158
	.value	0x27a
	.byte	0x5
	.long	0x111c
	.uleb128 0x7
	.long	0x1222
	.long	.LLST159
	.long	.LVUS159
	.uleb128 0x9
	.quad	.LVL391
	.long	0xdc0
	.byte	0
	.uleb128 0x3
	.quad	.LVL387
	.long	0x1232
	.long	0x115a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	write_probe
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC67
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -432
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL392
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	probe_why
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC68
	.byte	0
	.byte	0
	.uleb128 0x53
	.long	0x64
	.uleb128 0xb
	.long	0x1183
	.uleb128 0x39
	.long	.LASF254
	.value	0x25c
	.long	0x64
	.quad	.LFB44
	.quad	.LFE44-.LFB44
	.uleb128 0x1
	.byte	0x9c
	.long	0x1214
	.uleb128 0x21
	.string	"f"
	.value	0x25c
	.byte	0x1e
	.long	0x6e5
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x21
	.string	"arg"
	.value	0x25c
	.byte	0x27
	.long	0x117
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x21
	.string	"w"
	.value	0x25c
	.byte	0x38
	.long	0x773
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x8
	.quad	.LVL22
	.long	0x37e8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x66
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.uleb128 0x54
	.long	.LASF245
	.byte	0x1
	.value	0x251
	.byte	0x6
	.byte	0x1
	.long	0x122d
	.uleb128 0x1b
	.string	"l"
	.value	0x251
	.byte	0x26
	.long	0x122d
	.byte	0
	.uleb128 0xb
	.long	0x728
	.uleb128 0x38
	.long	.LASF247
	.value	0x238
	.byte	0x5
	.long	0x64
	.quad	.LFB42
	.quad	.LFE42-.LFB42
	.uleb128 0x1
	.byte	0x9c
	.long	0x2e8b
	.uleb128 0x30
	.long	.LASF248
	.value	0x238
	.byte	0x23
	.long	0x2e8b
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x21
	.string	"arg"
	.value	0x238
	.byte	0x30
	.long	0x117
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x30
	.long	.LASF249
	.value	0x238
	.byte	0x41
	.long	0x330
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x21
	.string	"out"
	.value	0x239
	.byte	0x24
	.long	0x122d
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x21
	.string	"w"
	.value	0x239
	.byte	0x35
	.long	0x773
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0x20
	.string	"cc"
	.value	0x23b
	.byte	0x15
	.long	0x8ae
	.uleb128 0x3
	.byte	0x91
	.sleb128 -5904
	.uleb128 0x2a
	.long	.LASF250
	.value	0x23f
	.byte	0xe
	.long	0x39d
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x20
	.string	"old"
	.value	0x23f
	.byte	0x14
	.long	0x39d
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16992
	.uleb128 0x20
	.string	"d"
	.value	0x24a
	.byte	0x14
	.long	0x924
	.uleb128 0x4
	.byte	0x91
	.sleb128 -10288
	.uleb128 0x23
	.string	"rc"
	.value	0x24b
	.byte	0x9
	.long	0x64
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x55
	.long	.LLRL39
	.long	0x1361
	.uleb128 0x23
	.string	"s"
	.value	0x247
	.byte	0xe
	.long	0x64
	.long	.LLST40
	.long	.LVUS40
	.uleb128 0x3
	.quad	.LVL78
	.long	0xfa3
	.long	0x1344
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16992
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL80
	.long	0xf88
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 -1
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x3541
	.quad	.LBI68
	.value	.LVU108
	.long	.LLRL23
	.value	0x23d
	.byte	0x9
	.long	0x1692
	.uleb128 0x7
	.long	0x3559
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x7
	.long	0x3550
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x11
	.long	.LLRL23
	.uleb128 0x5
	.long	0x3562
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x10
	.long	0x356d
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x19
	.long	0x3577
	.long	.LLRL27
	.long	0x161c
	.uleb128 0x5
	.long	0x3578
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x3a
	.long	0x3598
	.quad	.LBI71
	.value	.LVU137
	.long	.LLRL29
	.byte	0x92
	.byte	0x1c
	.long	0x15ee
	.uleb128 0x7
	.long	0x35bd
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x7
	.long	0x35b2
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x7
	.long	0x35a7
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x11
	.long	.LLRL29
	.uleb128 0x5
	.long	0x35c8
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x3b
	.long	0x35e0
	.quad	.LBI73
	.value	.LVU144
	.quad	.LBB73
	.quad	.LBE73-.LBB73
	.byte	0x7a
	.byte	0x25
	.long	0x1494
	.uleb128 0x7
	.long	0x35ef
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x10
	.long	0x35fa
	.uleb128 0x4
	.byte	0x91
	.sleb128 -10288
	.uleb128 0x3
	.quad	.LVL64
	.long	0xea5
	.long	0x147a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.byte	0
	.uleb128 0x8
	.quad	.LVL65
	.long	0xe89
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x35d2
	.long	.LLRL35
	.long	0x157c
	.uleb128 0x5
	.long	0x35d3
	.long	.LLST36
	.long	.LVUS36
	.uleb128 0x3a
	.long	0x35e0
	.quad	.LBI76
	.value	.LVU280
	.long	.LLRL37
	.byte	0x85
	.byte	0x10
	.long	0x1521
	.uleb128 0x7
	.long	0x35ef
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x11
	.long	.LLRL37
	.uleb128 0x10
	.long	0x35fa
	.uleb128 0x4
	.byte	0x91
	.sleb128 -10288
	.uleb128 0x3
	.quad	.LVL129
	.long	0xea5
	.long	0x1505
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -5904
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.byte	0
	.uleb128 0x8
	.quad	.LVL131
	.long	0xe89
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -5904
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL122
	.long	0xeec
	.long	0x1546
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC16
	.byte	0
	.uleb128 0x8
	.quad	.LVL126
	.long	0xeca
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -5904
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x1000
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC17
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x59
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL61
	.long	0xf08
	.long	0x159a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x2f
	.byte	0
	.uleb128 0x3
	.quad	.LVL62
	.long	0xf5a
	.long	0x15b2
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL68
	.long	0xf3f
	.long	0x15d1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -5904
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL115
	.long	0xf71
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC15
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.quad	.LVL53
	.long	0x36d4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1808
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -784
	.uleb128 0x2c
	.long	0x361f
	.uleb128 0x3
	.byte	0xa
	.value	0x400
	.uleb128 0x2c
	.long	0x363e
	.uleb128 0x2
	.byte	0x8
	.byte	0x40
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL48
	.long	0xf71
	.long	0x163b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC13
	.byte	0
	.uleb128 0x3
	.quad	.LVL57
	.long	0x365e
	.long	0x166c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC18
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17200
	.byte	0x6
	.byte	0
	.uleb128 0x8
	.quad	.LVL111
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC19
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x2e90
	.quad	.LBI98
	.value	.LVU184
	.long	.LLRL41
	.value	0x24b
	.byte	0xe
	.long	0x2b5f
	.uleb128 0x7
	.long	0x2ef1
	.long	.LLST42
	.long	.LVUS42
	.uleb128 0x7
	.long	0x2ee5
	.long	.LLST43
	.long	.LVUS43
	.uleb128 0x7
	.long	0x2ed9
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x7
	.long	0x2ecd
	.long	.LLST45
	.long	.LVUS45
	.uleb128 0x7
	.long	0x2ec1
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x7
	.long	0x2eb5
	.long	.LLST47
	.long	.LVUS47
	.uleb128 0x7
	.long	0x2eaa
	.long	.LLST48
	.long	.LVUS48
	.uleb128 0x7
	.long	0x2ea0
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x11
	.long	.LLRL41
	.uleb128 0x5
	.long	0x2efb
	.long	.LLST50
	.long	.LVUS50
	.uleb128 0x5
	.long	0x2f07
	.long	.LLST51
	.long	.LVUS51
	.uleb128 0x5
	.long	0x2f11
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x5
	.long	0x2f1d
	.long	.LLST53
	.long	.LVUS53
	.uleb128 0x10
	.long	0x2f28
	.uleb128 0x4
	.byte	0x91
	.sleb128 -15536
	.uleb128 0x10
	.long	0x2f34
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16560
	.uleb128 0x5
	.long	0x2f40
	.long	.LLST54
	.long	.LVUS54
	.uleb128 0x5
	.long	0x2f4a
	.long	.LLST55
	.long	.LVUS55
	.uleb128 0x12
	.long	0x338b
	.quad	.LBI100
	.value	.LVU186
	.long	.LLRL56
	.value	0x1e3
	.byte	0x9
	.long	0x194f
	.uleb128 0x7
	.long	0x33a3
	.long	.LLST57
	.long	.LVUS57
	.uleb128 0x7
	.long	0x339a
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x11
	.long	.LLRL56
	.uleb128 0x5
	.long	0x33ac
	.long	.LLST59
	.long	.LVUS59
	.uleb128 0x5
	.long	0x33b6
	.long	.LLST60
	.long	.LVUS60
	.uleb128 0x3
	.quad	.LVL82
	.long	0xf71
	.long	0x17ed
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC20
	.byte	0
	.uleb128 0x3
	.quad	.LVL84
	.long	0xf5a
	.long	0x1805
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL85
	.long	0xe18
	.long	0x1824
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x1ff
	.byte	0
	.uleb128 0x9
	.quad	.LVL86
	.long	0xe61
	.uleb128 0x3
	.quad	.LVL87
	.long	0xf3f
	.long	0x1852
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL284
	.long	0xf71
	.long	0x1871
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC22
	.byte	0
	.uleb128 0x3
	.quad	.LVL288
	.long	0xeca
	.long	0x18a6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x1000
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC23
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL289
	.long	0xda9
	.long	0x18c1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.byte	0
	.uleb128 0x9
	.quad	.LVL290
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL291
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL292
	.long	0x365e
	.long	0x1909
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC24
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL319
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL320
	.long	0xe4a
	.uleb128 0x8
	.quad	.LVL321
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC21
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x2f61
	.long	.LLRL61
	.long	0x1d6b
	.uleb128 0x5
	.long	0x2f66
	.long	.LLST62
	.long	.LVUS62
	.uleb128 0x56
	.long	0x3304
	.quad	.LBI106
	.value	.LVU210
	.long	.LLRL63
	.byte	0x1
	.value	0x1e6
	.byte	0xd
	.uleb128 0x7
	.long	0x3332
	.long	.LLST64
	.long	.LVUS64
	.uleb128 0x7
	.long	0x3327
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0x7
	.long	0x331c
	.long	.LLST66
	.long	.LVUS66
	.uleb128 0x7
	.long	0x3313
	.long	.LLST67
	.long	.LVUS67
	.uleb128 0x11
	.long	.LLRL63
	.uleb128 0x10
	.long	0x333b
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x5
	.long	0x3346
	.long	.LLST68
	.long	.LVUS68
	.uleb128 0x5
	.long	0x3350
	.long	.LLST69
	.long	.LVUS69
	.uleb128 0x19
	.long	0x335a
	.long	.LLRL70
	.long	0x1bf7
	.uleb128 0x5
	.long	0x335b
	.long	.LLST71
	.long	.LVUS71
	.uleb128 0x19
	.long	0x3365
	.long	.LLRL72
	.long	0x1bbe
	.uleb128 0x5
	.long	0x3366
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x5
	.long	0x3370
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x5
	.long	0x337c
	.long	.LLST75
	.long	.LVUS75
	.uleb128 0x12
	.long	0x33c2
	.quad	.LBI110
	.value	.LVU239
	.long	.LLRL76
	.value	0x10b
	.byte	0x12
	.long	0x1ad2
	.uleb128 0x7
	.long	0x33e5
	.long	.LLST77
	.long	.LVUS77
	.uleb128 0x7
	.long	0x33da
	.long	.LLST78
	.long	.LVUS78
	.uleb128 0x7
	.long	0x33d1
	.long	.LLST79
	.long	.LVUS79
	.uleb128 0x11
	.long	.LLRL76
	.uleb128 0x5
	.long	0x33ee
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x3
	.quad	.LVL108
	.long	0x3455
	.long	0x1a9f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL136
	.long	0xd96
	.uleb128 0x8
	.quad	.LVL137
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL99
	.long	0xeca
	.long	0x1b0d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x100
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC25
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0x7e
	.sleb128 0
	.byte	0x7d
	.sleb128 0
	.byte	0x1c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL100
	.long	0x3455
	.long	0x1b2e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL102
	.long	0xe18
	.long	0x1b4d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x1c0
	.byte	0
	.uleb128 0x9
	.quad	.LVL104
	.long	0xe61
	.uleb128 0x3
	.quad	.LVL106
	.long	0xd96
	.long	0x1b72
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL277
	.long	0xe4a
	.long	0x1b8a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL278
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC27
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL92
	.long	0xf08
	.long	0x1bdc
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x2f
	.byte	0
	.uleb128 0x8
	.quad	.LVL95
	.long	0xf08
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x2f
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33c2
	.quad	.LBI120
	.value	.LVU366
	.long	.LLRL81
	.value	0x112
	.byte	0xf
	.long	0x1c69
	.uleb128 0x7
	.long	0x33e5
	.long	.LLST82
	.long	.LVUS82
	.uleb128 0x7
	.long	0x33da
	.long	.LLST83
	.long	.LVUS83
	.uleb128 0x7
	.long	0x33d1
	.long	.LLST84
	.long	.LVUS84
	.uleb128 0x11
	.long	.LLRL81
	.uleb128 0x5
	.long	0x33ee
	.long	.LLST85
	.long	.LVUS85
	.uleb128 0x8
	.quad	.LVL166
	.long	0x3455
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL170
	.long	0xe6d
	.long	0x1c8e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC28
	.byte	0
	.uleb128 0x3
	.quad	.LVL172
	.long	0xd7a
	.long	0x1cac
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL173
	.long	0xe34
	.long	0x1cc4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL312
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL313
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL314
	.long	0x365e
	.long	0x1d0c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL315
	.long	0xe34
	.long	0x1d24
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL353
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL354
	.long	0xe4a
	.uleb128 0x8
	.quad	.LVL355
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33c2
	.quad	.LBI143
	.value	.LVU395
	.long	.LLRL86
	.value	0x1e8
	.byte	0x11
	.long	0x1de4
	.uleb128 0x7
	.long	0x33e5
	.long	.LLST87
	.long	.LVUS87
	.uleb128 0x7
	.long	0x33da
	.long	.LLST88
	.long	.LVUS88
	.uleb128 0x7
	.long	0x33d1
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x11
	.long	.LLRL86
	.uleb128 0x5
	.long	0x33ee
	.long	.LLST90
	.long	.LVUS90
	.uleb128 0x8
	.quad	.LVL176
	.long	0x3455
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC29
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33c2
	.quad	.LBI150
	.value	.LVU424
	.long	.LLRL91
	.value	0x1f7
	.byte	0x10
	.long	0x1e5d
	.uleb128 0x7
	.long	0x33e5
	.long	.LLST92
	.long	.LVUS92
	.uleb128 0x7
	.long	0x33da
	.long	.LLST93
	.long	.LVUS93
	.uleb128 0x7
	.long	0x33d1
	.long	.LLST94
	.long	.LVUS94
	.uleb128 0x11
	.long	.LLRL91
	.uleb128 0x5
	.long	0x33ee
	.long	.LLST95
	.long	.LVUS95
	.uleb128 0x8
	.quad	.LVL186
	.long	0x3455
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33c2
	.quad	.LBI154
	.value	.LVU440
	.long	.LLRL96
	.value	0x1fa
	.byte	0xe
	.long	0x1f0b
	.uleb128 0x7
	.long	0x33e5
	.long	.LLST97
	.long	.LVUS97
	.uleb128 0x7
	.long	0x33da
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0x7
	.long	0x33d1
	.long	.LLST99
	.long	.LVUS99
	.uleb128 0x11
	.long	.LLRL96
	.uleb128 0x5
	.long	0x33ee
	.long	.LLST100
	.long	.LVUS100
	.uleb128 0x3
	.quad	.LVL190
	.long	0x3455
	.long	0x1ed8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC32
	.byte	0
	.uleb128 0x9
	.quad	.LVL301
	.long	0xd96
	.uleb128 0x8
	.quad	.LVL302
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x2f71
	.long	.LLRL101
	.long	0x1f51
	.uleb128 0x5
	.long	0x2f76
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x8
	.quad	.LVL200
	.long	0x37f1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -15528
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -776
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xa
	.byte	0x7d
	.sleb128 -1
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x2f81
	.long	.LLRL103
	.long	0x1f6c
	.uleb128 0x5
	.long	0x2f86
	.long	.LLST104
	.long	.LVUS104
	.byte	0
	.uleb128 0x12
	.long	0x30c0
	.quad	.LBI168
	.value	.LVU529
	.long	.LLRL105
	.value	0x219
	.byte	0x9
	.long	0x289f
	.uleb128 0x7
	.long	0x30f4
	.long	.LLST106
	.long	.LVUS106
	.uleb128 0x7
	.long	0x30e8
	.long	.LLST107
	.long	.LVUS107
	.uleb128 0x7
	.long	0x30dc
	.long	.LLST108
	.long	.LVUS108
	.uleb128 0x7
	.long	0x30d0
	.long	.LLST109
	.long	.LVUS109
	.uleb128 0x11
	.long	.LLRL105
	.uleb128 0x5
	.long	0x30fe
	.long	.LLST110
	.long	.LVUS110
	.uleb128 0x5
	.long	0x310a
	.long	.LLST111
	.long	.LVUS111
	.uleb128 0x10
	.long	0x3116
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17152
	.uleb128 0x57
	.long	0x3122
	.quad	.L113
	.uleb128 0x5
	.long	0x312b
	.long	.LLST112
	.long	.LVUS112
	.uleb128 0x10
	.long	0x3137
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16864
	.uleb128 0x5
	.long	0x3143
	.long	.LLST113
	.long	.LVUS113
	.uleb128 0x5
	.long	0x314f
	.long	.LLST114
	.long	.LVUS114
	.uleb128 0x5
	.long	0x315b
	.long	.LLST115
	.long	.LVUS115
	.uleb128 0x10
	.long	0x3167
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x12
	.long	0x32d3
	.quad	.LBI170
	.value	.LVU531
	.long	.LLRL116
	.value	0x167
	.byte	0x19
	.long	0x20bb
	.uleb128 0x11
	.long	.LLRL116
	.uleb128 0x5
	.long	0x32e3
	.long	.LLST117
	.long	.LVUS117
	.uleb128 0x10
	.long	0x32ed
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x5
	.long	0x32f9
	.long	.LLST118
	.long	.LVUS118
	.uleb128 0x3
	.quad	.LVL211
	.long	0xf71
	.long	0x209a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC43
	.byte	0
	.uleb128 0x8
	.quad	.LVL213
	.long	0xb6b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x3a
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x3232
	.quad	.LBI175
	.value	.LVU547
	.long	.LLRL119
	.value	0x168
	.byte	0x12
	.long	0x21ed
	.uleb128 0x7
	.long	0x3242
	.long	.LLST120
	.long	.LVUS120
	.uleb128 0x11
	.long	.LLRL119
	.uleb128 0x5
	.long	0x324e
	.long	.LLST121
	.long	.LVUS121
	.uleb128 0x5
	.long	0x3258
	.long	.LLST122
	.long	.LVUS122
	.uleb128 0x5
	.long	0x3264
	.long	.LLST123
	.long	.LVUS123
	.uleb128 0x5
	.long	0x3270
	.long	.LLST124
	.long	.LVUS124
	.uleb128 0x5
	.long	0x327c
	.long	.LLST125
	.long	.LVUS125
	.uleb128 0x19
	.long	0x3286
	.long	.LLRL126
	.long	0x2169
	.uleb128 0x5
	.long	0x3287
	.long	.LLST127
	.long	.LVUS127
	.uleb128 0x8
	.quad	.LVL229
	.long	0xb4b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC45
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x37
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LVL218
	.long	0xd63
	.uleb128 0x3
	.quad	.LVL220
	.long	0xf5a
	.long	0x218e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL222
	.long	0xd63
	.long	0x21a6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL225
	.long	0xeca
	.long	0x21d7
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC44
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL383
	.long	0xd96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x3293
	.quad	.LBI184
	.value	.LVU608
	.long	.LLRL128
	.value	0x18b
	.byte	0x5
	.long	0x2242
	.uleb128 0x7
	.long	0x329e
	.long	.LLST129
	.long	.LVUS129
	.uleb128 0x11
	.long	.LLRL128
	.uleb128 0x5
	.long	0x32aa
	.long	.LLST130
	.long	.LVUS130
	.uleb128 0x9
	.quad	.LVL240
	.long	0xd96
	.uleb128 0x9
	.quad	.LVL242
	.long	0xd96
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x319d
	.long	.LLRL131
	.long	0x2485
	.uleb128 0x10
	.long	0x319e
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17144
	.uleb128 0x5
	.long	0x31a8
	.long	.LLST132
	.long	.LVUS132
	.uleb128 0x10
	.long	0x31b2
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x19
	.long	0x31be
	.long	.LLRL133
	.long	0x22dc
	.uleb128 0x10
	.long	0x31c3
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x5
	.long	0x31cf
	.long	.LLST134
	.long	.LVUS134
	.uleb128 0x19
	.long	0x31d9
	.long	.LLRL135
	.long	0x22af
	.uleb128 0x5
	.long	0x31da
	.long	.LLST136
	.long	.LVUS136
	.byte	0
	.uleb128 0x3
	.quad	.LVL246
	.long	0xc0b
	.long	0x22ce
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa
	.value	0x1000
	.byte	0
	.uleb128 0x9
	.quad	.LVL275
	.long	0xe61
	.byte	0
	.uleb128 0x19
	.long	0x31e8
	.long	.LLRL137
	.long	0x2331
	.uleb128 0x5
	.long	0x31e9
	.long	.LLST138
	.long	.LVUS138
	.uleb128 0x3
	.quad	.LVL255
	.long	0xfa3
	.long	0x2316
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL256
	.long	0xfa3
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x31
	.long	0x320e
	.quad	.LBI199
	.value	.LVU682
	.quad	.LBB199
	.quad	.LBE199-.LBB199
	.value	0x1a8
	.byte	0xd
	.long	0x23ff
	.uleb128 0x7
	.long	0x3219
	.long	.LLST139
	.long	.LVUS139
	.uleb128 0x24
	.long	0x3225
	.quad	.LBB201
	.quad	.LBE201-.LBB201
	.long	0x23c8
	.uleb128 0x5
	.long	0x3226
	.long	.LLST140
	.long	.LVUS140
	.uleb128 0x3
	.quad	.LVL260
	.long	0xaee
	.long	0x23a9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17136
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x8
	.quad	.LVL261
	.long	0xba6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL258
	.long	0xb14
	.long	0x23e5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x3f
	.byte	0
	.uleb128 0x8
	.quad	.LVL262
	.long	0xb14
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x39
	.byte	0
	.byte	0
	.uleb128 0x31
	.long	0x32b5
	.quad	.LBI204
	.value	.LVU741
	.quad	.LBB204
	.quad	.LBE204-.LBB204
	.value	0x1a5
	.byte	0x18
	.long	0x244b
	.uleb128 0x10
	.long	0x32c7
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17136
	.uleb128 0x8
	.quad	.LVL273
	.long	0xb2f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17136
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL245
	.long	0xc2c
	.long	0x2470
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17144
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x8
	.byte	0x64
	.byte	0
	.uleb128 0x8
	.quad	.LVL250
	.long	0xbcb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x31
	.long	0x32b5
	.quad	.LBI212
	.value	.LVU625
	.quad	.LBB212
	.quad	.LBE212-.LBB212
	.value	0x190
	.byte	0x17
	.long	0x24cf
	.uleb128 0x10
	.long	0x32c7
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x8
	.quad	.LVL243
	.long	0xb2f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x3293
	.quad	.LBI222
	.value	.LVU851
	.long	.LLRL141
	.value	0x1c5
	.byte	0x5
	.long	0x252b
	.uleb128 0x7
	.long	0x329e
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0x11
	.long	.LLRL141
	.uleb128 0x5
	.long	0x32aa
	.long	.LLST143
	.long	.LVUS143
	.uleb128 0x9
	.quad	.LVL330
	.long	0xd96
	.uleb128 0x8
	.quad	.LVL331
	.long	0xd96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x24
	.long	0x3173
	.quad	.LBB225
	.quad	.LBE225-.LBB225
	.long	0x268c
	.uleb128 0x10
	.long	0x3178
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16864
	.uleb128 0x10
	.long	0x3184
	.uleb128 0x4
	.byte	0x91
	.sleb128 -14384
	.uleb128 0x5
	.long	0x3190
	.long	.LLST144
	.long	.LVUS144
	.uleb128 0x3
	.quad	.LVL339
	.long	0xd0c
	.long	0x2581
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.quad	.LVL340
	.long	0xcec
	.long	0x25a0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16864
	.byte	0
	.uleb128 0x3
	.quad	.LVL341
	.long	0xcec
	.long	0x25bd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL342
	.long	0xcd0
	.long	0x25e1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC48
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.quad	.LVL344
	.long	0xcb4
	.long	0x25f8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.quad	.LVL345
	.long	0xcb4
	.long	0x260f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x3
	.quad	.LVL346
	.long	0xcb4
	.long	0x2626
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x9
	.quad	.LVL347
	.long	0xd28
	.uleb128 0x3
	.quad	.LVL349
	.long	0xc8a
	.long	0x2657
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.quad	.LVL351
	.long	0xc64
	.long	0x2677
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -15536
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL352
	.long	0xc51
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x8
	.byte	0x7f
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL235
	.long	0xd4c
	.long	0x26a6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17152
	.byte	0
	.uleb128 0x9
	.quad	.LVL236
	.long	0xd3f
	.uleb128 0x9
	.quad	.LVL238
	.long	0xd28
	.uleb128 0x9
	.quad	.LVL263
	.long	0xd28
	.uleb128 0x9
	.quad	.LVL264
	.long	0xe61
	.uleb128 0x3
	.quad	.LVL265
	.long	0xba6
	.long	0x26fd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x3
	.quad	.LVL266
	.long	0xeec
	.long	0x2724
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16864
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC52
	.byte	0
	.uleb128 0x3
	.quad	.LVL323
	.long	0xb8b
	.long	0x2749
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC7
	.byte	0
	.uleb128 0x3
	.quad	.LVL324
	.long	0x365e
	.long	0x277b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC53
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x6
	.byte	0x91
	.sleb128 -17168
	.byte	0x94
	.byte	0x4
	.byte	0
	.uleb128 0x9
	.quad	.LVL326
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL327
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL328
	.long	0x365e
	.long	0x27bd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC46
	.byte	0
	.uleb128 0x3
	.quad	.LVL333
	.long	0x365e
	.long	0x27eb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC54
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL335
	.long	0x365e
	.long	0x2813
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC55
	.byte	0
	.uleb128 0x3
	.quad	.LVL337
	.long	0x365e
	.long	0x2841
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC56
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL377
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL378
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL379
	.long	0x365e
	.long	0x2883
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC46
	.byte	0
	.uleb128 0x9
	.quad	.LVL380
	.long	0xd28
	.uleb128 0x9
	.quad	.LVL381
	.long	0xd28
	.byte	0
	.byte	0
	.uleb128 0x24
	.long	0x2f91
	.quad	.LBB256
	.quad	.LBE256-.LBB256
	.long	0x297f
	.uleb128 0x5
	.long	0x2f92
	.long	.LLST145
	.long	.LVUS145
	.uleb128 0x5
	.long	0x2f9c
	.long	.LLST146
	.long	.LVUS146
	.uleb128 0x5
	.long	0x2fa8
	.long	.LLST147
	.long	.LVUS147
	.uleb128 0x9
	.quad	.LVL357
	.long	0xdf1
	.uleb128 0x3
	.quad	.LVL359
	.long	0x2fe5
	.long	0x2907
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17192
	.byte	0x6
	.byte	0
	.uleb128 0x3
	.quad	.LVL361
	.long	0x2fe5
	.long	0x2926
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x3
	.quad	.LC57
	.byte	0
	.uleb128 0x3
	.quad	.LVL365
	.long	0x365e
	.long	0x2954
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC59
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL367
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC58
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL180
	.long	0xe6d
	.long	0x29a4
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC28
	.byte	0
	.uleb128 0x58
	.quad	.LVL182
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.long	0x29cd
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17168
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.byte	0
	.uleb128 0x3
	.quad	.LVL184
	.long	0xe34
	.long	0x29e5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL194
	.long	0xe18
	.long	0x29fe
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x1c0
	.byte	0
	.uleb128 0x9
	.quad	.LVL195
	.long	0xe61
	.uleb128 0x3
	.quad	.LVL201
	.long	0x36d4
	.long	0x2a43
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16560
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC34
	.uleb128 0x2c
	.long	0x361f
	.uleb128 0x3
	.byte	0xa
	.value	0x400
	.uleb128 0x2c
	.long	0x363e
	.uleb128 0x2
	.byte	0x8
	.byte	0x40
	.byte	0
	.uleb128 0x3
	.quad	.LVL268
	.long	0xdfd
	.long	0x2a63
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17192
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x3
	.quad	.LVL269
	.long	0xdd6
	.long	0x2a7e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17176
	.byte	0x6
	.byte	0
	.uleb128 0x3
	.quad	.LVL270
	.long	0x365e
	.long	0x2aaf
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC60
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17176
	.byte	0x6
	.byte	0
	.uleb128 0x9
	.quad	.LVL271
	.long	0xdc0
	.uleb128 0x9
	.quad	.LVL369
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL370
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL371
	.long	0x365e
	.long	0x2b04
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL373
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL374
	.long	0x365e
	.long	0x2b39
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC33
	.byte	0
	.uleb128 0x8
	.quad	.LVL386
	.long	0x365e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17208
	.byte	0x6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC35
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33f8
	.quad	.LBI265
	.value	.LVU302
	.long	.LLRL148
	.value	0x24c
	.byte	0x5
	.long	0x2dac
	.uleb128 0x7
	.long	0x3402
	.long	.LLST149
	.long	.LVUS149
	.uleb128 0x3b
	.long	0x3417
	.quad	.LBI267
	.value	.LVU311
	.quad	.LBB267
	.quad	.LBE267-.LBB267
	.byte	0xcb
	.byte	0x9
	.long	0x2d0e
	.uleb128 0x7
	.long	0x3421
	.long	.LLST150
	.long	.LVUS150
	.uleb128 0x5
	.long	0x342a
	.long	.LLST151
	.long	.LVUS151
	.uleb128 0x5
	.long	0x3435
	.long	.LLST152
	.long	.LVUS152
	.uleb128 0x24
	.long	0x343e
	.quad	.LBB269
	.quad	.LBE269-.LBB269
	.long	0x2cb1
	.uleb128 0x5
	.long	0x343f
	.long	.LLST153
	.long	.LVUS153
	.uleb128 0x5
	.long	0x344a
	.long	.LLST154
	.long	.LVUS154
	.uleb128 0x3
	.quad	.LVL144
	.long	0xf5a
	.long	0x2c1d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL145
	.long	0xf5a
	.long	0x2c35
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL147
	.long	0xd63
	.long	0x2c4d
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL150
	.long	0xeca
	.long	0x2c84
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL151
	.long	0xa31
	.long	0x2c9c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL152
	.long	0xd96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7e
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL140
	.long	0xa48
	.long	0x2cc9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL143
	.long	0xa16
	.long	0x2ce1
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL153
	.long	0xa16
	.long	0x2cf9
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL155
	.long	0x9fb
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x19
	.long	0x340b
	.long	.LLRL155
	.long	0x2d94
	.uleb128 0x5
	.long	0x340c
	.long	.LLST156
	.long	.LVUS156
	.uleb128 0x3
	.quad	.LVL157
	.long	0xa92
	.long	0x2d40
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x9
	.quad	.LVL158
	.long	0xe61
	.uleb128 0x9
	.quad	.LVL159
	.long	0xe4a
	.uleb128 0x3
	.quad	.LVL160
	.long	0xa75
	.long	0x2d7f
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC61
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL161
	.long	0xd96
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x8
	.quad	.LVL297
	.long	0xa5e
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17216
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x3
	.quad	.LVL69
	.long	0x100d
	.long	0x2dc6
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.byte	0
	.uleb128 0x3
	.quad	.LVL70
	.long	0xff2
	.long	0x2de5
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x3
	.quad	.LVL71
	.long	0xff2
	.long	0x2e04
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x3f
	.byte	0
	.uleb128 0x3
	.quad	.LVL72
	.long	0xff2
	.long	0x2e24
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL73
	.long	0xff2
	.long	0x2e43
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.uleb128 0x3
	.quad	.LVL74
	.long	0xfbe
	.long	0x2e6a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17120
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16992
	.byte	0
	.uleb128 0x8
	.quad	.LVL282
	.long	0xfbe
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x32
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -16992
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x74e
	.uleb128 0x2d
	.long	.LASF256
	.value	0x1e0
	.byte	0xc
	.long	0x64
	.long	0x2fb6
	.uleb128 0x1b
	.string	"d"
	.value	0x1e0
	.byte	0x22
	.long	0x2fb6
	.uleb128 0x1b
	.string	"cc"
	.value	0x1e0
	.byte	0x3c
	.long	0x2fbb
	.uleb128 0x25
	.long	.LASF248
	.value	0x1e0
	.byte	0x4e
	.long	0x2e8b
	.uleb128 0x1b
	.string	"arg"
	.value	0x1e0
	.byte	0x5b
	.long	0x117
	.uleb128 0x25
	.long	.LASF249
	.value	0x1e1
	.byte	0x1e
	.long	0x330
	.uleb128 0x1b
	.string	"out"
	.value	0x1e1
	.byte	0x35
	.long	0x122d
	.uleb128 0x25
	.long	.LASF250
	.value	0x1e1
	.byte	0x4a
	.long	0xcaa
	.uleb128 0x1b
	.string	"w"
	.value	0x1e1
	.byte	0x5c
	.long	0x773
	.uleb128 0xa
	.string	"src"
	.value	0x1e8
	.byte	0xb
	.long	0x14e
	.uleb128 0xa
	.string	"f"
	.value	0x1eb
	.byte	0xb
	.long	0x6e5
	.uleb128 0x13
	.long	.LASF251
	.value	0x1f0
	.byte	0x9
	.long	0x64
	.uleb128 0xa
	.string	"so"
	.value	0x1f7
	.byte	0xb
	.long	0x14e
	.uleb128 0x13
	.long	.LASF174
	.value	0x203
	.byte	0xb
	.long	0x2fc0
	.uleb128 0x13
	.long	.LASF252
	.value	0x204
	.byte	0xa
	.long	0x903
	.uleb128 0xa
	.string	"n"
	.value	0x205
	.byte	0x9
	.long	0x64
	.uleb128 0xa
	.string	"nf"
	.value	0x209
	.byte	0x9
	.long	0x64
	.uleb128 0x13
	.long	.LASF253
	.value	0x20f
	.byte	0x1e
	.long	0x2fe0
	.uleb128 0x26
	.long	0x2f71
	.uleb128 0xa
	.string	"i"
	.value	0x1e5
	.byte	0x11
	.long	0x2e
	.byte	0
	.uleb128 0x26
	.long	0x2f81
	.uleb128 0xa
	.string	"i"
	.value	0x207
	.byte	0xe
	.long	0x64
	.byte	0
	.uleb128 0x26
	.long	0x2f91
	.uleb128 0xa
	.string	"i"
	.value	0x210
	.byte	0x11
	.long	0x2e
	.byte	0
	.uleb128 0x1a
	.uleb128 0xa
	.string	"e"
	.value	0x224
	.byte	0x15
	.long	0x330
	.uleb128 0x13
	.long	.LASF178
	.value	0x225
	.byte	0xd
	.long	0x64
	.uleb128 0x13
	.long	.LASF253
	.value	0x225
	.byte	0x25
	.long	0x64
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x924
	.uleb128 0xb
	.long	0x8ed
	.uleb128 0xf
	.long	0x14e
	.long	0x2fd0
	.uleb128 0x15
	.long	0x3a
	.byte	0x8f
	.byte	0
	.uleb128 0xf
	.long	0x33a
	.long	0x2fe0
	.uleb128 0x15
	.long	0x3a
	.byte	0x4
	.byte	0
	.uleb128 0x18
	.long	0x2fd0
	.uleb128 0x39
	.long	.LASF255
	.value	0x1cf
	.long	0x64
	.quad	.LFB40
	.quad	.LFE40-.LFB40
	.uleb128 0x1
	.byte	0x9c
	.long	0x30b0
	.uleb128 0x30
	.long	.LASF172
	.value	0x1cf
	.byte	0x24
	.long	0x330
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x20
	.string	"h"
	.value	0x1d1
	.byte	0x13
	.long	0x30b0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x23
	.string	"f"
	.value	0x1d2
	.byte	0xb
	.long	0x6e5
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x23
	.string	"got"
	.value	0x1d3
	.byte	0xc
	.long	0x2e
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x3
	.quad	.LVL13
	.long	0xe6d
	.long	0x3073
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC1
	.byte	0
	.uleb128 0x3
	.quad	.LVL14
	.long	0xac8
	.long	0x309b
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x44
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL16
	.long	0xe34
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x41
	.long	0x30c0
	.uleb128 0x15
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x2d
	.long	.LASF257
	.value	0x165
	.byte	0xc
	.long	0x64
	.long	0x31f6
	.uleb128 0x25
	.long	.LASF174
	.value	0x165
	.byte	0x20
	.long	0x4f2
	.uleb128 0x1b
	.string	"tmp"
	.value	0x165
	.byte	0x32
	.long	0x330
	.uleb128 0x25
	.long	.LASF250
	.value	0x165
	.byte	0x47
	.long	0xcaa
	.uleb128 0x1b
	.string	"w"
	.value	0x165
	.byte	0x59
	.long	0x773
	.uleb128 0x13
	.long	.LASF258
	.value	0x167
	.byte	0xf
	.long	0x6b
	.uleb128 0xa
	.string	"env"
	.value	0x168
	.byte	0xc
	.long	0x4f2
	.uleb128 0x13
	.long	.LASF259
	.value	0x169
	.byte	0x9
	.long	0xe3
	.uleb128 0x59
	.long	.LASF293
	.byte	0x1
	.value	0x1c4
	.byte	0x1
	.uleb128 0xa
	.string	"pid"
	.value	0x172
	.byte	0xb
	.long	0x169
	.uleb128 0xa
	.string	"out"
	.value	0x18e
	.byte	0xa
	.long	0x31f6
	.uleb128 0xa
	.string	"got"
	.value	0x18f
	.byte	0xc
	.long	0x2e
	.uleb128 0x13
	.long	.LASF260
	.value	0x190
	.byte	0xc
	.long	0x3207
	.uleb128 0x13
	.long	.LASF261
	.value	0x191
	.byte	0x11
	.long	0x330
	.uleb128 0x13
	.long	.LASF262
	.value	0x1ad
	.byte	0x9
	.long	0x64
	.uleb128 0x26
	.long	0x319d
	.uleb128 0xa
	.string	"cpu"
	.value	0x17c
	.byte	0x17
	.long	0x4ba
	.uleb128 0xa
	.string	"mem"
	.value	0x17d
	.byte	0x17
	.long	0x4ba
	.uleb128 0x13
	.long	.LASF263
	.value	0x180
	.byte	0xd
	.long	0x64
	.byte	0
	.uleb128 0x1a
	.uleb128 0xa
	.string	"p"
	.value	0x193
	.byte	0x17
	.long	0x2fd
	.uleb128 0xa
	.string	"r"
	.value	0x194
	.byte	0xd
	.long	0x64
	.uleb128 0x13
	.long	.LASF264
	.value	0x1a0
	.byte	0x12
	.long	0x39d
	.uleb128 0x26
	.long	0x31e8
	.uleb128 0xa
	.string	"buf"
	.value	0x196
	.byte	0x12
	.long	0x8f2
	.uleb128 0xa
	.string	"n"
	.value	0x197
	.byte	0x15
	.long	0x41a
	.uleb128 0x1a
	.uleb128 0x13
	.long	.LASF265
	.value	0x19b
	.byte	0x18
	.long	0x2e
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xa
	.string	"s"
	.value	0x1a2
	.byte	0x12
	.long	0x64
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x15d
	.long	0x3207
	.uleb128 0x29
	.long	0x3a
	.value	0x12b
	.byte	0
	.uleb128 0x17
	.byte	0x8
	.byte	0x4
	.long	.LASF266
	.uleb128 0x3c
	.long	.LASF268
	.value	0x15a
	.long	0x3232
	.uleb128 0x1b
	.string	"pid"
	.value	0x15a
	.byte	0x21
	.long	0x169
	.uleb128 0x1a
	.uleb128 0xa
	.string	"k"
	.value	0x15d
	.byte	0xe
	.long	0x64
	.byte	0
	.byte	0
	.uleb128 0x2d
	.long	.LASF267
	.value	0x141
	.byte	0xf
	.long	0x4f2
	.long	0x3293
	.uleb128 0x1b
	.string	"tmp"
	.value	0x141
	.byte	0x30
	.long	0x330
	.uleb128 0xa
	.string	"n"
	.value	0x143
	.byte	0xc
	.long	0x2e
	.uleb128 0xa
	.string	"env"
	.value	0x146
	.byte	0xc
	.long	0x4f2
	.uleb128 0xa
	.string	"len"
	.value	0x147
	.byte	0xc
	.long	0x2e
	.uleb128 0xa
	.string	"var"
	.value	0x148
	.byte	0xb
	.long	0x14e
	.uleb128 0xa
	.string	"k"
	.value	0x14f
	.byte	0xc
	.long	0x2e
	.uleb128 0x1a
	.uleb128 0xa
	.string	"i"
	.value	0x150
	.byte	0x11
	.long	0x2e
	.byte	0
	.byte	0
	.uleb128 0x3c
	.long	.LASF269
	.value	0x135
	.long	0x32b5
	.uleb128 0x1b
	.string	"env"
	.value	0x135
	.byte	0x25
	.long	0x4f2
	.uleb128 0xa
	.string	"n"
	.value	0x137
	.byte	0xc
	.long	0x2e
	.byte	0
	.uleb128 0x5a
	.string	"now"
	.byte	0x1
	.value	0x129
	.byte	0xf
	.long	0x3207
	.byte	0x1
	.long	0x32d3
	.uleb128 0xa
	.string	"ts"
	.value	0x12b
	.byte	0x15
	.long	0x175
	.byte	0
	.uleb128 0x2d
	.long	.LASF270
	.value	0x121
	.byte	0xc
	.long	0x64
	.long	0x3304
	.uleb128 0xa
	.string	"e"
	.value	0x123
	.byte	0x11
	.long	0x330
	.uleb128 0xa
	.string	"end"
	.value	0x124
	.byte	0xb
	.long	0x14e
	.uleb128 0xa
	.string	"v"
	.value	0x125
	.byte	0xa
	.long	0x70
	.byte	0
	.uleb128 0x1d
	.long	.LASF271
	.byte	0xfd
	.byte	0xc
	.long	0x64
	.long	0x338b
	.uleb128 0x14
	.string	"d"
	.byte	0xfd
	.byte	0x2a
	.long	0x2fb6
	.uleb128 0x1e
	.long	.LASF272
	.byte	0xfd
	.byte	0x39
	.long	0x330
	.uleb128 0x1e
	.long	.LASF131
	.byte	0xfd
	.byte	0x4b
	.long	0x330
	.uleb128 0x14
	.string	"w"
	.byte	0xfd
	.byte	0x5d
	.long	0x773
	.uleb128 0x16
	.string	"sub"
	.byte	0xff
	.byte	0xa
	.long	0x2d0
	.uleb128 0xa
	.string	"p"
	.value	0x112
	.byte	0xb
	.long	0x14e
	.uleb128 0xa
	.string	"f"
	.value	0x115
	.byte	0xb
	.long	0x6e5
	.uleb128 0x1a
	.uleb128 0xa
	.string	"s"
	.value	0x100
	.byte	0x16
	.long	0x330
	.uleb128 0x1a
	.uleb128 0xa
	.string	"p"
	.value	0x102
	.byte	0xf
	.long	0x14e
	.uleb128 0x13
	.long	.LASF178
	.value	0x107
	.byte	0xd
	.long	0x64
	.uleb128 0xa
	.string	"err"
	.value	0x108
	.byte	0xd
	.long	0x64
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	.LASF273
	.byte	0xe4
	.byte	0xc
	.long	0x64
	.long	0x33c2
	.uleb128 0x14
	.string	"d"
	.byte	0xe4
	.byte	0x29
	.long	0x2fb6
	.uleb128 0x14
	.string	"w"
	.byte	0xe4
	.byte	0x38
	.long	0x773
	.uleb128 0x32
	.long	.LASF177
	.byte	0xe6
	.long	0x330
	.uleb128 0x16
	.string	"tmp"
	.byte	0xf0
	.byte	0x11
	.long	0x330
	.byte	0
	.uleb128 0x1d
	.long	.LASF274
	.byte	0xd8
	.byte	0xe
	.long	0x14e
	.long	0x33f8
	.uleb128 0x14
	.string	"d"
	.byte	0xd8
	.byte	0x2b
	.long	0x2fb6
	.uleb128 0x1e
	.long	.LASF272
	.byte	0xd8
	.byte	0x3a
	.long	0x330
	.uleb128 0x14
	.string	"w"
	.byte	0xd8
	.byte	0x4c
	.long	0x773
	.uleb128 0x16
	.string	"p"
	.byte	0xda
	.byte	0xb
	.long	0x14e
	.byte	0
	.uleb128 0x3d
	.long	.LASF275
	.byte	0xc8
	.long	0x3417
	.uleb128 0x14
	.string	"d"
	.byte	0xc8
	.byte	0x2c
	.long	0x2fb6
	.uleb128 0x1a
	.uleb128 0x16
	.string	"p"
	.byte	0xcd
	.byte	0xf
	.long	0x14e
	.byte	0
	.byte	0
	.uleb128 0x3d
	.long	.LASF276
	.byte	0xb4
	.long	0x3455
	.uleb128 0x14
	.string	"p"
	.byte	0xb4
	.byte	0x23
	.long	0x330
	.uleb128 0x16
	.string	"dir"
	.byte	0xb6
	.byte	0xa
	.long	0xa11
	.uleb128 0x16
	.string	"e"
	.byte	0xb9
	.byte	0x14
	.long	0xa2c
	.uleb128 0x1a
	.uleb128 0x16
	.string	"len"
	.byte	0xbd
	.byte	0x10
	.long	0x2e
	.uleb128 0x16
	.string	"f"
	.byte	0xbe
	.byte	0xf
	.long	0x14e
	.byte	0
	.byte	0
	.uleb128 0x5b
	.long	.LASF277
	.byte	0x1
	.byte	0xaa
	.byte	0xe
	.long	0x14e
	.quad	.LFB28
	.quad	.LFE28-.LFB28
	.uleb128 0x1
	.byte	0x9c
	.long	0x353c
	.uleb128 0x33
	.string	"d"
	.byte	0xaa
	.byte	0x2c
	.long	0x353c
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x5c
	.long	.LASF272
	.byte	0x1
	.byte	0xaa
	.byte	0x3b
	.long	0x330
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x3e
	.string	"len"
	.byte	0xac
	.byte	0xc
	.long	0x2e
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x3e
	.string	"p"
	.byte	0xad
	.byte	0xb
	.long	0x14e
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x3
	.quad	.LVL1
	.long	0xf5a
	.long	0x34d8
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL2
	.long	0xf5a
	.long	0x34f0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x3
	.quad	.LVL4
	.long	0xd63
	.long	0x3508
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x8
	.quad	.LVL7
	.long	0xeca
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	.LC0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x96f
	.uleb128 0x1d
	.long	.LASF278
	.byte	0x8c
	.byte	0xc
	.long	0x64
	.long	0x3583
	.uleb128 0x14
	.string	"c"
	.byte	0x8c
	.byte	0x2b
	.long	0x3583
	.uleb128 0x14
	.string	"w"
	.byte	0x8c
	.byte	0x3a
	.long	0x773
	.uleb128 0x16
	.string	"env"
	.byte	0x8e
	.byte	0x11
	.long	0x330
	.uleb128 0x32
	.long	.LASF279
	.byte	0x8f
	.long	0x3588
	.uleb128 0x1a
	.uleb128 0x16
	.string	"k"
	.byte	0x90
	.byte	0xe
	.long	0x64
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x8ae
	.uleb128 0xf
	.long	0x330
	.long	0x3598
	.uleb128 0x15
	.long	0x3a
	.byte	0x1
	.byte	0
	.uleb128 0x1d
	.long	.LASF280
	.byte	0x77
	.byte	0xd
	.long	0x974
	.long	0x35e0
	.uleb128 0x14
	.string	"cmd"
	.byte	0x77
	.byte	0x21
	.long	0x330
	.uleb128 0x14
	.string	"out"
	.byte	0x77
	.byte	0x2c
	.long	0x14e
	.uleb128 0x1e
	.long	.LASF281
	.byte	0x77
	.byte	0x38
	.long	0x2e
	.uleb128 0x32
	.long	.LASF172
	.byte	0x7f
	.long	0x330
	.uleb128 0x1a
	.uleb128 0x16
	.string	"len"
	.byte	0x83
	.byte	0x10
	.long	0x2e
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	.LASF282
	.byte	0x70
	.byte	0xd
	.long	0x974
	.long	0x3605
	.uleb128 0x1e
	.long	.LASF172
	.byte	0x70
	.byte	0x24
	.long	0x330
	.uleb128 0x16
	.string	"st"
	.byte	0x72
	.byte	0x11
	.long	0x1a1
	.byte	0
	.uleb128 0x1d
	.long	.LASF283
	.byte	0x62
	.byte	0xc
	.long	0x64
	.long	0x365e
	.uleb128 0x14
	.string	"buf"
	.byte	0x62
	.byte	0x18
	.long	0x14e
	.uleb128 0x1e
	.long	.LASF281
	.byte	0x62
	.byte	0x24
	.long	0x2e
	.uleb128 0x14
	.string	"s"
	.byte	0x62
	.byte	0x36
	.long	0x330
	.uleb128 0x1e
	.long	.LASF284
	.byte	0x62
	.byte	0x40
	.long	0x4f2
	.uleb128 0x14
	.string	"max"
	.byte	0x62
	.byte	0x4b
	.long	0x64
	.uleb128 0x16
	.string	"n"
	.byte	0x67
	.byte	0x9
	.long	0x64
	.uleb128 0x1a
	.uleb128 0x16
	.string	"p"
	.byte	0x68
	.byte	0x10
	.long	0x14e
	.byte	0
	.byte	0
	.uleb128 0x5d
	.long	.LASF294
	.byte	0x1
	.byte	0x50
	.byte	0x6
	.quad	.LFB23
	.quad	.LFE23-.LFB23
	.uleb128 0x1
	.byte	0x9c
	.long	0x36d4
	.uleb128 0x33
	.string	"w"
	.byte	0x50
	.byte	0x1a
	.long	0x773
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x33
	.string	"fmt"
	.byte	0x50
	.byte	0x29
	.long	0x330
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0x2b
	.uleb128 0x5e
	.string	"ap"
	.byte	0x1
	.byte	0x52
	.byte	0xd
	.long	0x40e
	.uleb128 0x3
	.byte	0x91
	.sleb128 -216
	.uleb128 0x8
	.quad	.LVL43
	.long	0x1023
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa
	.value	0x190
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -216
	.byte	0
	.byte	0
	.uleb128 0x3f
	.long	0x3605
	.quad	.LFB47
	.quad	.LFE47-.LFB47
	.uleb128 0x1
	.byte	0x9c
	.long	0x37b2
	.uleb128 0x7
	.long	0x3614
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x7
	.long	0x362a
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x7
	.long	0x3633
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x5
	.long	0x3649
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x5f
	.long	0x363e
	.byte	0x40
	.uleb128 0x60
	.long	0x361f
	.value	0x400
	.uleb128 0x24
	.long	0x3652
	.quad	.LBB3
	.quad	.LBE3-.LBB3
	.long	0x379d
	.uleb128 0x5
	.long	0x3653
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x3
	.quad	.LVL28
	.long	0xf23
	.long	0x377c
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC3
	.byte	0
	.uleb128 0x8
	.quad	.LVL32
	.long	0xf23
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	.LC3
	.byte	0
	.byte	0
	.uleb128 0x8
	.quad	.LVL25
	.long	0xf5a
	.uleb128 0x1
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3f
	.long	0x1214
	.quad	.LFB43
	.quad	.LFE43-.LFB43
	.uleb128 0x1
	.byte	0x9c
	.long	0x37e8
	.uleb128 0x7
	.long	0x1222
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0x9
	.quad	.LVL397
	.long	0xdc0
	.byte	0
	.uleb128 0x40
	.long	.LASF285
	.long	.LASF286
	.uleb128 0x40
	.long	.LASF205
	.long	.LASF287
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x18
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x1b
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x37
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 11
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x24
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x26
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x27
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x28
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x29
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x2a
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2b
	.uleb128 0x18
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2c
	.uleb128 0x49
	.byte	0
	.uleb128 0x80
	.uleb128 0x13
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2e
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0x5
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2f
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x30
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x31
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x32
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x33
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x34
	.uleb128 0x13
	.byte	0x1
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x35
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3e
	.uleb128 0x21
	.sleb128 7
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x36
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 11
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x37
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x38
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x39
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 12
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3a
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3b
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3c
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x20
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3e
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3f
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x40
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x6e
	.uleb128 0xe
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x41
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x1f
	.uleb128 0x1b
	.uleb128 0x1f
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x42
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0x43
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x44
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x45
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x46
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x47
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x48
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x49
	.uleb128 0x16
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4a
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x4b
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0x5
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4c
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4d
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4e
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x4f
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x87
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x50
	.uleb128 0x2e
	.byte	0
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x51
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x52
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x53
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x54
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x55
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x56
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0x5
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x57
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x58
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x83
	.uleb128 0x18
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x59
	.uleb128 0xa
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5a
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5b
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5c
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x5d
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5e
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x5f
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x60
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0x5
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_loc3-.Ldebug_loc2
.Ldebug_loc2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.Ldebug_loc0:
.LVUS157:
	.uleb128 .LVU958
	.uleb128 .LVU960
.LLST157:
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-1-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -424
	.byte	0
.LVUS159:
	.uleb128 .LVU962
	.uleb128 .LVU968
	.uleb128 .LVU975
	.uleb128 .LVU978
.LLST159:
	.byte	0x4
	.uleb128 .LVL390-.Ltext0
	.uleb128 .LVL391-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -432
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -432
	.byte	0x9f
	.byte	0
.LVUS7:
	.uleb128 0
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL22-1-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU49
	.uleb128 .LVU49
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 0
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 0
	.uleb128 .LVU104
	.uleb128 .LVU104
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU206
	.uleb128 .LVU206
	.uleb128 .LVU251
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU791
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU800
	.uleb128 .LVU800
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST17:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0
.LVUS18:
	.uleb128 0
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU295
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU362
	.uleb128 .LVU545
	.uleb128 .LVU545
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU793
	.uleb128 .LVU793
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU819
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU898
	.uleb128 .LVU898
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 .LVU932
	.uleb128 .LVU932
	.uleb128 .LVU942
	.uleb128 .LVU942
	.uleb128 0
.LLST18:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL295-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0
.LVUS19:
	.uleb128 0
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST19:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0
.LVUS20:
	.uleb128 0
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST20:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x52
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0
.LVUS21:
	.uleb128 0
	.uleb128 .LVU112
	.uleb128 .LVU112
	.uleb128 .LVU135
	.uleb128 .LVU135
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST21:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL48-1-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x58
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS22:
	.uleb128 .LVU300
	.uleb128 .LVU362
	.uleb128 .LVU762
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
.LLST22:
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS40:
	.uleb128 .LVU169
	.uleb128 .LVU170
	.uleb128 .LVU170
	.uleb128 .LVU177
	.uleb128 .LVU177
	.uleb128 .LVU178
	.uleb128 .LVU178
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 .LVU189
.LLST40:
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL80-1-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS24:
	.uleb128 .LVU108
	.uleb128 .LVU111
.LLST24:
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS25:
	.uleb128 .LVU108
	.uleb128 .LVU133
	.uleb128 .LVU136
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU156
	.uleb128 .LVU156
	.uleb128 .LVU157
	.uleb128 .LVU251
	.uleb128 .LVU254
	.uleb128 .LVU255
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU278
	.uleb128 .LVU278
	.uleb128 .LVU284
	.uleb128 .LVU284
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU289
	.uleb128 .LVU289
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST25:
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL68-1-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL126-1-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0
.LVUS26:
	.uleb128 .LVU113
	.uleb128 .LVU115
	.uleb128 .LVU115
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 .LVU133
	.uleb128 .LVU136
	.uleb128 .LVU157
	.uleb128 .LVU251
	.uleb128 .LVU254
	.uleb128 .LVU255
	.uleb128 .LVU256
	.uleb128 .LVU256
	.uleb128 .LVU257
	.uleb128 .LVU257
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST26:
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0
.LVUS28:
	.uleb128 .LVU118
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 .LVU126
	.uleb128 .LVU127
	.uleb128 .LVU128
	.uleb128 .LVU128
	.uleb128 .LVU129
	.uleb128 .LVU136
	.uleb128 .LVU157
	.uleb128 .LVU257
	.uleb128 .LVU263
	.uleb128 .LVU263
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST28:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3828
	.byte	0x33
	.byte	0x25
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0xe
	.byte	0x91
	.sleb128 -17192
	.byte	0x6
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x91
	.sleb128 0
	.byte	0x1c
	.byte	0x23
	.uleb128 0x3830
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS30:
	.uleb128 .LVU138
	.uleb128 .LVU157
	.uleb128 .LVU257
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST30:
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1000
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1000
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x4
	.byte	0xa
	.value	0x1000
	.byte	0x9f
	.byte	0
.LVUS31:
	.uleb128 .LVU137
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU156
	.uleb128 .LVU156
	.uleb128 .LVU157
	.uleb128 .LVU257
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU278
	.uleb128 .LVU278
	.uleb128 .LVU284
	.uleb128 .LVU284
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU289
	.uleb128 .LVU289
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST31:
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL68-1-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL126-1-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0
.LVUS32:
	.uleb128 .LVU137
	.uleb128 .LVU157
	.uleb128 .LVU257
	.uleb128 .LVU293
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST32:
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS33:
	.uleb128 .LVU259
	.uleb128 .LVU262
	.uleb128 .LVU264
	.uleb128 .LVU292
	.uleb128 .LVU832
	.uleb128 .LVU834
.LLST33:
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS34:
	.uleb128 .LVU144
	.uleb128 .LVU153
.LLST34:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS36:
	.uleb128 .LVU264
	.uleb128 .LVU271
	.uleb128 .LVU273
	.uleb128 .LVU277
	.uleb128 .LVU277
	.uleb128 .LVU293
.LLST36:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS38:
	.uleb128 .LVU280
	.uleb128 .LVU284
	.uleb128 .LVU284
	.uleb128 .LVU285
	.uleb128 .LVU285
	.uleb128 .LVU289
	.uleb128 .LVU289
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 .LVU291
.LLST38:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL129-1-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL131-1-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0
.LVUS42:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 0
.LLST42:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS43:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU300
	.uleb128 .LVU362
	.uleb128 .LVU675
	.uleb128 .LVU675
	.uleb128 .LVU676
	.uleb128 .LVU676
	.uleb128 .LVU762
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU832
	.uleb128 .LVU834
	.uleb128 .LVU894
	.uleb128 .LVU894
	.uleb128 .LVU895
	.uleb128 .LVU895
	.uleb128 0
.LLST43:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL255-1-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL348-.Ltext0
	.uleb128 .LVL349-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL349-1-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0
.LVUS44:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 0
.LLST44:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17184
	.byte	0
.LVUS45:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 0
.LLST45:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17176
	.byte	0
.LVUS46:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU545
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU793
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU898
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU932
	.uleb128 .LVU942
	.uleb128 0
.LLST46:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0
.LVUS47:
	.uleb128 .LVU184
	.uleb128 .LVU206
	.uleb128 .LVU206
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU300
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU772
	.uleb128 .LVU791
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU800
	.uleb128 .LVU800
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST47:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17160
	.byte	0
.LVUS48:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU300
	.uleb128 .LVU362
	.uleb128 .LVU468
	.uleb128 .LVU468
	.uleb128 .LVU473
	.uleb128 .LVU473
	.uleb128 .LVU762
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU819
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU822
	.uleb128 .LVU832
	.uleb128 .LVU834
	.uleb128 0
.LLST48:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL200-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL200-1-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -5904
	.byte	0x9f
	.byte	0
.LVUS49:
	.uleb128 .LVU184
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU298
	.uleb128 .LVU298
	.uleb128 .LVU300
	.uleb128 .LVU362
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU756
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU772
	.uleb128 .LVU794
	.uleb128 .LVU798
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU834
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST49:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS50:
	.uleb128 .LVU408
	.uleb128 .LVU527
	.uleb128 .LVU527
	.uleb128 .LVU528
	.uleb128 .LVU802
	.uleb128 .LVU810
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU923
	.uleb128 .LVU932
	.uleb128 .LVU942
	.uleb128 0
.LLST50:
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0xb
	.byte	0x71
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 0
	.byte	0x22
	.byte	0xa
	.value	0x3cb0
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS51:
	.uleb128 .LVU412
	.uleb128 .LVU416
	.uleb128 .LVU416
	.uleb128 .LVU466
	.uleb128 .LVU802
	.uleb128 .LVU810
	.uleb128 .LVU923
	.uleb128 .LVU932
.LLST51:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL182-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL182-1-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS52:
	.uleb128 .LVU418
	.uleb128 .LVU420
	.uleb128 .LVU420
	.uleb128 .LVU560
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU802
	.uleb128 .LVU810
	.uleb128 .LVU814
	.uleb128 .LVU817
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU928
	.uleb128 .LVU929
	.uleb128 .LVU929
	.uleb128 .LVU932
	.uleb128 .LVU942
	.uleb128 0
.LLST52:
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL184-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL184-1-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LVL372-.Ltext0
	.uleb128 0x3
	.byte	0x9
	.byte	0xff
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL372-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS53:
	.uleb128 .LVU437
	.uleb128 .LVU638
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU802
	.uleb128 .LVU809
	.uleb128 .LVU814
	.uleb128 .LVU823
	.uleb128 .LVU846
	.uleb128 .LVU860
	.uleb128 .LVU875
	.uleb128 .LVU898
	.uleb128 .LVU929
	.uleb128 0
.LLST53:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL372-.Ltext0
	.uleb128 .LFE42-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0
.LVUS54:
	.uleb128 .LVU464
	.uleb128 .LVU465
	.uleb128 .LVU465
	.uleb128 .LVU473
	.uleb128 .LVU481
	.uleb128 .LVU486
	.uleb128 .LVU486
	.uleb128 .LVU489
	.uleb128 .LVU489
	.uleb128 .LVU492
	.uleb128 .LVU492
	.uleb128 .LVU495
	.uleb128 .LVU495
	.uleb128 .LVU498
	.uleb128 .LVU498
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU509
	.uleb128 .LVU509
	.uleb128 .LVU511
	.uleb128 .LVU511
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 .LVU517
	.uleb128 .LVU517
	.uleb128 .LVU520
	.uleb128 .LVU520
	.uleb128 .LVU522
	.uleb128 .LVU522
	.uleb128 .LVU534
	.uleb128 .LVU819
	.uleb128 .LVU822
.LLST54:
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 7
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 2
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 3
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL211-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS55:
	.uleb128 .LVU477
	.uleb128 .LVU505
	.uleb128 .LVU942
	.uleb128 .LVU944
.LLST55:
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LVL385-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS57:
	.uleb128 .LVU186
	.uleb128 .LVU203
	.uleb128 .LVU772
	.uleb128 .LVU790
	.uleb128 .LVU800
	.uleb128 .LVU802
	.uleb128 .LVU834
	.uleb128 .LVU839
.LLST57:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS58:
	.uleb128 .LVU186
	.uleb128 .LVU203
	.uleb128 .LVU772
	.uleb128 .LVU790
	.uleb128 .LVU800
	.uleb128 .LVU802
	.uleb128 .LVU834
	.uleb128 .LVU839
.LLST58:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS59:
	.uleb128 .LVU189
	.uleb128 .LVU194
	.uleb128 .LVU194
	.uleb128 .LVU203
	.uleb128 .LVU772
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 .LVU775
	.uleb128 .LVU834
	.uleb128 .LVU839
.LLST59:
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL84-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL84-1-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL284-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL284-1-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS60:
	.uleb128 .LVU775
	.uleb128 .LVU778
	.uleb128 .LVU778
	.uleb128 .LVU790
	.uleb128 .LVU800
	.uleb128 .LVU802
.LLST60:
	.byte	0x4
	.uleb128 .LVL285-.Ltext0
	.uleb128 .LVL286-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS62:
	.uleb128 .LVU203
	.uleb128 .LVU205
.LLST62:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS64:
	.uleb128 .LVU210
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU390
	.uleb128 .LVU756
	.uleb128 .LVU759
	.uleb128 .LVU798
	.uleb128 .LVU800
	.uleb128 .LVU823
	.uleb128 .LVU829
	.uleb128 .LVU898
	.uleb128 .LVU903
.LLST64:
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS65:
	.uleb128 .LVU210
	.uleb128 .LVU216
	.uleb128 .LVU216
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU364
	.uleb128 .LVU756
	.uleb128 .LVU759
.LLST65:
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0
.LVUS66:
	.uleb128 .LVU208
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU370
	.uleb128 .LVU756
	.uleb128 .LVU759
.LLST66:
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS67:
	.uleb128 .LVU208
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU390
	.uleb128 .LVU756
	.uleb128 .LVU759
	.uleb128 .LVU798
	.uleb128 .LVU800
	.uleb128 .LVU823
	.uleb128 .LVU829
	.uleb128 .LVU898
	.uleb128 .LVU903
.LLST67:
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS68:
	.uleb128 .LVU380
	.uleb128 .LVU390
	.uleb128 .LVU823
	.uleb128 .LVU829
	.uleb128 .LVU898
	.uleb128 .LVU903
.LLST68:
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS69:
	.uleb128 .LVU384
	.uleb128 .LVU387
	.uleb128 .LVU387
	.uleb128 .LVU390
	.uleb128 .LVU823
	.uleb128 .LVU829
	.uleb128 .LVU898
	.uleb128 .LVU901
	.uleb128 .LVU901
	.uleb128 .LVU903
.LLST69:
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL172-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL172-1-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL353-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL353-1-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS71:
	.uleb128 .LVU215
	.uleb128 .LVU216
	.uleb128 .LVU216
	.uleb128 .LVU221
	.uleb128 .LVU221
	.uleb128 .LVU223
	.uleb128 .LVU223
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU369
	.uleb128 .LVU369
	.uleb128 .LVU384
	.uleb128 .LVU756
	.uleb128 .LVU759
	.uleb128 .LVU798
	.uleb128 .LVU800
.LLST71:
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL166-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-1-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS73:
	.uleb128 .LVU216
	.uleb128 .LVU222
	.uleb128 .LVU226
	.uleb128 .LVU230
	.uleb128 .LVU230
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU363
	.uleb128 .LVU756
	.uleb128 .LVU759
.LLST73:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL102-1-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS74:
	.uleb128 .LVU216
	.uleb128 .LVU222
	.uleb128 .LVU231
	.uleb128 .LVU233
	.uleb128 .LVU233
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU364
	.uleb128 .LVU756
	.uleb128 .LVU759
.LLST74:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL104-1-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS75:
	.uleb128 .LVU216
	.uleb128 .LVU222
	.uleb128 .LVU235
	.uleb128 .LVU251
	.uleb128 .LVU293
	.uleb128 .LVU295
	.uleb128 .LVU362
	.uleb128 .LVU364
	.uleb128 .LVU756
	.uleb128 .LVU759
.LLST75:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS77:
	.uleb128 .LVU239
	.uleb128 .LVU250
	.uleb128 .LVU293
	.uleb128 .LVU295
.LLST77:
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS78:
	.uleb128 .LVU239
	.uleb128 .LVU250
	.uleb128 .LVU293
	.uleb128 .LVU295
.LLST78:
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS79:
	.uleb128 .LVU239
	.uleb128 .LVU250
	.uleb128 .LVU293
	.uleb128 .LVU295
.LLST79:
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS80:
	.uleb128 .LVU242
	.uleb128 .LVU250
	.uleb128 .LVU293
	.uleb128 .LVU295
.LLST80:
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS82:
	.uleb128 .LVU366
	.uleb128 .LVU380
	.uleb128 .LVU798
	.uleb128 .LVU800
.LLST82:
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS83:
	.uleb128 .LVU366
	.uleb128 .LVU370
.LLST83:
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS84:
	.uleb128 .LVU366
	.uleb128 .LVU380
	.uleb128 .LVU798
	.uleb128 .LVU800
.LLST84:
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS85:
	.uleb128 .LVU370
	.uleb128 .LVU373
	.uleb128 .LVU373
	.uleb128 .LVU380
	.uleb128 .LVU798
	.uleb128 .LVU800
.LLST85:
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS87:
	.uleb128 .LVU395
	.uleb128 .LVU408
	.uleb128 .LVU810
	.uleb128 .LVU812
.LLST87:
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS88:
	.uleb128 .LVU395
	.uleb128 .LVU408
	.uleb128 .LVU810
	.uleb128 .LVU812
.LLST88:
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC29
	.byte	0x9f
	.byte	0
.LVUS89:
	.uleb128 .LVU395
	.uleb128 .LVU408
	.uleb128 .LVU810
	.uleb128 .LVU812
.LLST89:
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS90:
	.uleb128 .LVU398
	.uleb128 .LVU401
	.uleb128 .LVU401
	.uleb128 .LVU408
	.uleb128 .LVU810
	.uleb128 .LVU812
.LLST90:
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL178-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS92:
	.uleb128 .LVU424
	.uleb128 .LVU437
	.uleb128 .LVU809
	.uleb128 .LVU810
.LLST92:
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS93:
	.uleb128 .LVU424
	.uleb128 .LVU437
	.uleb128 .LVU809
	.uleb128 .LVU810
.LLST93:
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC31
	.byte	0x9f
	.byte	0
.LVUS94:
	.uleb128 .LVU424
	.uleb128 .LVU437
	.uleb128 .LVU809
	.uleb128 .LVU810
.LLST94:
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS95:
	.uleb128 .LVU427
	.uleb128 .LVU430
	.uleb128 .LVU430
	.uleb128 .LVU437
	.uleb128 .LVU809
	.uleb128 .LVU810
.LLST95:
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17192
	.byte	0
.LVUS97:
	.uleb128 .LVU440
	.uleb128 .LVU453
	.uleb128 .LVU802
	.uleb128 .LVU806
.LLST97:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS98:
	.uleb128 .LVU440
	.uleb128 .LVU453
	.uleb128 .LVU802
	.uleb128 .LVU806
.LLST98:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0xa
	.byte	0x3
	.quad	.LC32
	.byte	0x9f
	.byte	0
.LVUS99:
	.uleb128 .LVU440
	.uleb128 .LVU453
	.uleb128 .LVU802
	.uleb128 .LVU806
.LLST99:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17216
	.byte	0
.LVUS100:
	.uleb128 .LVU443
	.uleb128 .LVU446
	.uleb128 .LVU446
	.uleb128 .LVU453
	.uleb128 .LVU802
	.uleb128 .LVU804
.LLST100:
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL301-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS102:
	.uleb128 .LVU471
	.uleb128 .LVU473
	.uleb128 .LVU819
	.uleb128 .LVU822
.LLST102:
	.byte	0x4
	.uleb128 .LVL199-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS104:
	.uleb128 .LVU484
	.uleb128 .LVU487
	.uleb128 .LVU487
	.uleb128 .LVU490
	.uleb128 .LVU490
	.uleb128 .LVU493
	.uleb128 .LVU493
	.uleb128 .LVU496
	.uleb128 .LVU496
	.uleb128 .LVU499
	.uleb128 .LVU499
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU812
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU898
	.uleb128 .LVU904
	.uleb128 .LVU923
	.uleb128 .LVU932
	.uleb128 .LVU942
.LLST104:
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LVUS106:
	.uleb128 .LVU529
	.uleb128 .LVU638
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU814
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU846
	.uleb128 .LVU859
	.uleb128 .LVU875
	.uleb128 .LVU898
	.uleb128 .LVU932
	.uleb128 .LVU942
.LLST106:
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17208
	.byte	0
.LVUS107:
	.uleb128 .LVU529
	.uleb128 .LVU675
	.uleb128 .LVU675
	.uleb128 .LVU676
	.uleb128 .LVU676
	.uleb128 .LVU723
	.uleb128 .LVU740
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU812
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU846
	.uleb128 .LVU859
	.uleb128 .LVU860
	.uleb128 .LVU862
	.uleb128 .LVU863
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU874
	.uleb128 .LVU875
	.uleb128 .LVU894
	.uleb128 .LVU894
	.uleb128 .LVU895
	.uleb128 .LVU895
	.uleb128 .LVU898
	.uleb128 .LVU932
	.uleb128 .LVU942
.LLST107:
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL255-1-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL348-.Ltext0
	.uleb128 .LVL349-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL349-1-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -17120
	.byte	0x9f
	.byte	0
.LVUS108:
	.uleb128 .LVU529
	.uleb128 .LVU575
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU814
	.uleb128 .LVU818
	.uleb128 .LVU940
	.uleb128 .LVU942
.LLST108:
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS109:
	.uleb128 .LVU529
	.uleb128 .LVU723
	.uleb128 .LVU740
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU791
	.uleb128 .LVU794
	.uleb128 .LVU812
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU846
	.uleb128 .LVU859
	.uleb128 .LVU860
	.uleb128 .LVU862
	.uleb128 .LVU863
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU874
	.uleb128 .LVU875
	.uleb128 .LVU896
	.uleb128 .LVU896
	.uleb128 .LVU897
	.uleb128 .LVU897
	.uleb128 .LVU898
	.uleb128 .LVU932
	.uleb128 .LVU942
.LLST109:
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL350-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL350-.Ltext0
	.uleb128 .LVL351-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL351-1-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -15536
	.byte	0x9f
	.byte	0
.LVUS110:
	.uleb128 .LVU545
	.uleb128 .LVU638
	.uleb128 .LVU814
	.uleb128 .LVU819
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU846
	.uleb128 .LVU859
	.uleb128 .LVU875
	.uleb128 .LVU898
	.uleb128 .LVU932
	.uleb128 .LVU942
.LLST110:
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17168
	.byte	0
.LVUS111:
	.uleb128 .LVU594
	.uleb128 .LVU620
	.uleb128 .LVU620
	.uleb128 .LVU621
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU846
	.uleb128 .LVU859
	.uleb128 .LVU875
	.uleb128 .LVU898
	.uleb128 .LVU932
	.uleb128 .LVU940
.LLST111:
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL242-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL382-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS112:
	.uleb128 .LVU602
	.uleb128 .LVU607
	.uleb128 .LVU607
	.uleb128 .LVU723
	.uleb128 .LVU740
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU822
	.uleb128 .LVU823
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU860
	.uleb128 .LVU862
	.uleb128 .LVU863
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU874
	.uleb128 .LVU875
	.uleb128 .LVU876
	.uleb128 .LVU876
	.uleb128 .LVU898
	.uleb128 .LVU933
	.uleb128 .LVU936
	.uleb128 .LVU936
	.uleb128 .LVU940
.LLST112:
	.byte	0x4
	.uleb128 .LVL237-.Ltext0
	.uleb128 .LVL238-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL238-1-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL339-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL339-1-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL376-.Ltext0
	.uleb128 .LVL377-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL377-1-.Ltext0
	.uleb128 .LVL382-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS113:
	.uleb128 .LVU624
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU723
	.uleb128 .LVU740
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU860
	.uleb128 .LVU862
	.uleb128 .LVU863
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU874
.LLST113:
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS114:
	.uleb128 .LVU637
	.uleb128 .LVU638
.LLST114:
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x1
	.byte	0x62
	.byte	0
.LVUS115:
	.uleb128 .LVU638
	.uleb128 .LVU680
	.uleb128 .LVU698
	.uleb128 .LVU723
	.uleb128 .LVU740
	.uleb128 .LVU756
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU832
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU860
	.uleb128 .LVU862
	.uleb128 .LVU863
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU874
.LLST115:
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS117:
	.uleb128 .LVU535
	.uleb128 .LVU539
	.uleb128 .LVU539
	.uleb128 .LVU545
	.uleb128 .LVU791
	.uleb128 .LVU794
.LLST117:
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL213-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL213-1-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS118:
	.uleb128 .LVU539
	.uleb128 .LVU545
.LLST118:
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS120:
	.uleb128 .LVU547
	.uleb128 .LVU575
	.uleb128 .LVU814
	.uleb128 .LVU818
	.uleb128 .LVU940
	.uleb128 .LVU942
.LLST120:
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS121:
	.uleb128 .LVU548
	.uleb128 .LVU552
	.uleb128 .LVU552
	.uleb128 .LVU556
	.uleb128 .LVU814
	.uleb128 .LVU817
.LLST121:
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS122:
	.uleb128 .LVU560
	.uleb128 .LVU562
	.uleb128 .LVU562
	.uleb128 .LVU594
	.uleb128 .LVU817
	.uleb128 .LVU819
	.uleb128 .LVU940
	.uleb128 .LVU942
.LLST122:
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL220-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL220-1-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS123:
	.uleb128 .LVU563
	.uleb128 .LVU573
	.uleb128 .LVU817
	.uleb128 .LVU819
	.uleb128 .LVU940
	.uleb128 .LVU942
.LLST123:
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL226-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS124:
	.uleb128 .LVU565
	.uleb128 .LVU568
	.uleb128 .LVU568
	.uleb128 .LVU569
	.uleb128 .LVU569
	.uleb128 .LVU576
	.uleb128 .LVU576
	.uleb128 .LVU588
	.uleb128 .LVU817
	.uleb128 .LVU819
	.uleb128 .LVU940
	.uleb128 .LVU941
	.uleb128 .LVU941
	.uleb128 .LVU942
.LLST124:
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL225-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL225-1-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x4
	.byte	0x91
	.sleb128 -17200
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL383-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL383-1-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS125:
	.uleb128 .LVU570
	.uleb128 .LVU576
	.uleb128 .LVU576
	.uleb128 .LVU580
	.uleb128 .LVU580
	.uleb128 .LVU582
	.uleb128 .LVU582
	.uleb128 .LVU586
	.uleb128 .LVU817
	.uleb128 .LVU819
.LLST125:
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS127:
	.uleb128 .LVU572
	.uleb128 .LVU576
	.uleb128 .LVU817
	.uleb128 .LVU819
.LLST127:
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS129:
	.uleb128 .LVU608
	.uleb128 .LVU620
	.uleb128 .LVU620
	.uleb128 .LVU621
	.uleb128 .LVU822
	.uleb128 .LVU823
.LLST129:
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL242-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS130:
	.uleb128 .LVU610
	.uleb128 .LVU612
	.uleb128 .LVU822
	.uleb128 .LVU823
.LLST130:
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS132:
	.uleb128 .LVU646
	.uleb128 .LVU651
.LLST132:
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS134:
	.uleb128 .LVU651
	.uleb128 .LVU660
	.uleb128 .LVU753
	.uleb128 .LVU754
.LLST134:
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL275-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS136:
	.uleb128 .LVU659
	.uleb128 .LVU663
	.uleb128 .LVU760
	.uleb128 .LVU762
	.uleb128 .LVU812
	.uleb128 .LVU814
	.uleb128 .LVU830
	.uleb128 .LVU832
.LLST136:
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS138:
	.uleb128 .LVU670
	.uleb128 .LVU671
	.uleb128 .LVU671
	.uleb128 .LVU680
	.uleb128 .LVU740
	.uleb128 .LVU753
.LLST138:
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS139:
	.uleb128 .LVU682
	.uleb128 .LVU698
.LLST139:
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS140:
	.uleb128 .LVU686
	.uleb128 .LVU687
.LLST140:
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS142:
	.uleb128 .LVU851
	.uleb128 .LVU859
	.uleb128 .LVU932
	.uleb128 .LVU933
.LLST142:
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS143:
	.uleb128 .LVU853
	.uleb128 .LVU855
	.uleb128 .LVU932
	.uleb128 .LVU933
.LLST143:
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS144:
	.uleb128 .LVU887
	.uleb128 .LVU890
.LLST144:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS145:
	.uleb128 .LVU909
	.uleb128 .LVU911
	.uleb128 .LVU911
	.uleb128 .LVU919
	.uleb128 .LVU921
	.uleb128 .LVU923
.LLST145:
	.byte	0x4
	.uleb128 .LVL358-.Ltext0
	.uleb128 .LVL359-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL359-1-.Ltext0
	.uleb128 .LVL364-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS146:
	.uleb128 .LVU913
	.uleb128 .LVU914
	.uleb128 .LVU914
	.uleb128 .LVU923
.LLST146:
	.byte	0x4
	.uleb128 .LVL360-.Ltext0
	.uleb128 .LVL361-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL361-1-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS147:
	.uleb128 .LVU915
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 .LVU920
	.uleb128 .LVU921
	.uleb128 .LVU922
.LLST147:
	.byte	0x4
	.uleb128 .LVL362-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL365-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL367-1-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS149:
	.uleb128 .LVU302
	.uleb128 .LVU362
	.uleb128 .LVU762
	.uleb128 .LVU768
	.uleb128 .LVU794
	.uleb128 .LVU798
.LLST149:
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x5
	.byte	0x91
	.sleb128 -10288
	.byte	0x9f
	.byte	0
.LVUS150:
	.uleb128 .LVU311
	.uleb128 .LVU345
.LLST150:
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS151:
	.uleb128 .LVU314
	.uleb128 .LVU316
	.uleb128 .LVU316
	.uleb128 .LVU345
.LLST151:
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS152:
	.uleb128 .LVU318
	.uleb128 .LVU328
	.uleb128 .LVU328
	.uleb128 .LVU342
	.uleb128 .LVU342
	.uleb128 .LVU344
.LLST152:
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL144-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL144-1-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -19
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL155-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS153:
	.uleb128 .LVU332
	.uleb128 .LVU343
.LLST153:
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS154:
	.uleb128 .LVU334
	.uleb128 .LVU337
	.uleb128 .LVU337
	.uleb128 .LVU338
	.uleb128 .LVU338
	.uleb128 .LVU343
.LLST154:
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL149-.Ltext0
	.uleb128 .LVL150-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL150-1-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS156:
	.uleb128 .LVU345
	.uleb128 .LVU352
	.uleb128 .LVU360
	.uleb128 .LVU362
.LLST156:
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL13-1-.Ltext0
	.uleb128 .LFE40-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS5:
	.uleb128 .LVU27
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU39
.LLST5:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-1-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS6:
	.uleb128 .LVU32
	.uleb128 .LVU34
	.uleb128 .LVU34
	.uleb128 .LVU34
.LLST6:
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL16-1-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU17
	.uleb128 .LVU17
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1-1-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU4
	.uleb128 .LVU4
	.uleb128 .LVU18
	.uleb128 .LVU18
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1-1-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU8
	.uleb128 .LVU19
.LLST2:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS3:
	.uleb128 .LVU10
	.uleb128 .LVU13
	.uleb128 .LVU13
	.uleb128 .LVU16
	.uleb128 .LVU16
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS15:
	.uleb128 0
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 0
.LLST15:
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL43-1-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS16:
	.uleb128 0
	.uleb128 .LVU93
	.uleb128 .LVU93
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 0
.LLST16:
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL43-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL43-1-.Ltext0
	.uleb128 .LFE23-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 0
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU66
	.uleb128 .LVU66
	.uleb128 .LVU67
	.uleb128 .LVU67
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL28-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL28-1-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS11:
	.uleb128 0
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU80
	.uleb128 .LVU80
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU59
	.uleb128 .LVU59
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL25-1-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS13:
	.uleb128 .LVU62
	.uleb128 .LVU68
	.uleb128 .LVU68
	.uleb128 .LVU70
	.uleb128 .LVU71
	.uleb128 .LVU72
	.uleb128 .LVU72
	.uleb128 .LVU77
.LLST13:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS14:
	.uleb128 .LVU67
	.uleb128 .LVU75
	.uleb128 .LVU75
	.uleb128 .LVU77
.LLST14:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL32-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS160:
	.uleb128 0
	.uleb128 .LVU991
	.uleb128 .LVU991
	.uleb128 .LVU996
	.uleb128 .LVU996
	.uleb128 0
.LLST160:
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL396-.Ltext0
	.uleb128 .LVL398-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL398-.Ltext0
	.uleb128 .LFE43-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.long	0x2c
	.value	0x2
	.long	.Ldebug_info0
	.byte	0x8
	.byte	0
	.value	0
	.value	0
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.quad	0
	.quad	0
	.section	.debug_rnglists,"",@progbits
.Ldebug_ranges0:
	.long	.Ldebug_ranges3-.Ldebug_ranges2
.Ldebug_ranges2:
	.value	0x5
	.byte	0x8
	.byte	0
	.long	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0x4
	.uleb128 .LBB263-.Ltext0
	.uleb128 .LBE263-.Ltext0
	.byte	0x4
	.uleb128 .LBB281-.Ltext0
	.uleb128 .LBE281-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0x4
	.uleb128 .LBB86-.Ltext0
	.uleb128 .LBE86-.Ltext0
	.byte	0x4
	.uleb128 .LBB87-.Ltext0
	.uleb128 .LBE87-.Ltext0
	.byte	0
.LLRL29:
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0x4
	.uleb128 .LBB84-.Ltext0
	.uleb128 .LBE84-.Ltext0
	.byte	0
.LLRL35:
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0
.LLRL37:
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0
.LLRL39:
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0
.LLRL41:
	.byte	0x4
	.uleb128 .LBB98-.Ltext0
	.uleb128 .LBE98-.Ltext0
	.byte	0x4
	.uleb128 .LBB264-.Ltext0
	.uleb128 .LBE264-.Ltext0
	.byte	0x4
	.uleb128 .LBB275-.Ltext0
	.uleb128 .LBE275-.Ltext0
	.byte	0x4
	.uleb128 .LBB278-.Ltext0
	.uleb128 .LBE278-.Ltext0
	.byte	0x4
	.uleb128 .LBB280-.Ltext0
	.uleb128 .LBE280-.Ltext0
	.byte	0x4
	.uleb128 .LBB282-.Ltext0
	.uleb128 .LBE282-.Ltext0
	.byte	0
.LLRL56:
	.byte	0x4
	.uleb128 .LBB100-.Ltext0
	.uleb128 .LBE100-.Ltext0
	.byte	0x4
	.uleb128 .LBB241-.Ltext0
	.uleb128 .LBE241-.Ltext0
	.byte	0x4
	.uleb128 .LBB244-.Ltext0
	.uleb128 .LBE244-.Ltext0
	.byte	0x4
	.uleb128 .LBB253-.Ltext0
	.uleb128 .LBE253-.Ltext0
	.byte	0
.LLRL61:
	.byte	0x4
	.uleb128 .LBB105-.Ltext0
	.uleb128 .LBE105-.Ltext0
	.byte	0x4
	.uleb128 .LBB141-.Ltext0
	.uleb128 .LBE141-.Ltext0
	.byte	0x4
	.uleb128 .LBB142-.Ltext0
	.uleb128 .LBE142-.Ltext0
	.byte	0x4
	.uleb128 .LBB239-.Ltext0
	.uleb128 .LBE239-.Ltext0
	.byte	0x4
	.uleb128 .LBB243-.Ltext0
	.uleb128 .LBE243-.Ltext0
	.byte	0x4
	.uleb128 .LBB251-.Ltext0
	.uleb128 .LBE251-.Ltext0
	.byte	0x4
	.uleb128 .LBB255-.Ltext0
	.uleb128 .LBE255-.Ltext0
	.byte	0
.LLRL63:
	.byte	0x4
	.uleb128 .LBB106-.Ltext0
	.uleb128 .LBE106-.Ltext0
	.byte	0x4
	.uleb128 .LBB134-.Ltext0
	.uleb128 .LBE134-.Ltext0
	.byte	0x4
	.uleb128 .LBB135-.Ltext0
	.uleb128 .LBE135-.Ltext0
	.byte	0x4
	.uleb128 .LBB136-.Ltext0
	.uleb128 .LBE136-.Ltext0
	.byte	0x4
	.uleb128 .LBB137-.Ltext0
	.uleb128 .LBE137-.Ltext0
	.byte	0x4
	.uleb128 .LBB138-.Ltext0
	.uleb128 .LBE138-.Ltext0
	.byte	0x4
	.uleb128 .LBB139-.Ltext0
	.uleb128 .LBE139-.Ltext0
	.byte	0x4
	.uleb128 .LBB140-.Ltext0
	.uleb128 .LBE140-.Ltext0
	.byte	0
.LLRL70:
	.byte	0x4
	.uleb128 .LBB108-.Ltext0
	.uleb128 .LBE108-.Ltext0
	.byte	0x4
	.uleb128 .LBB117-.Ltext0
	.uleb128 .LBE117-.Ltext0
	.byte	0x4
	.uleb128 .LBB118-.Ltext0
	.uleb128 .LBE118-.Ltext0
	.byte	0x4
	.uleb128 .LBB119-.Ltext0
	.uleb128 .LBE119-.Ltext0
	.byte	0x4
	.uleb128 .LBB125-.Ltext0
	.uleb128 .LBE125-.Ltext0
	.byte	0
.LLRL72:
	.byte	0x4
	.uleb128 .LBB109-.Ltext0
	.uleb128 .LBE109-.Ltext0
	.byte	0x4
	.uleb128 .LBB114-.Ltext0
	.uleb128 .LBE114-.Ltext0
	.byte	0x4
	.uleb128 .LBB115-.Ltext0
	.uleb128 .LBE115-.Ltext0
	.byte	0x4
	.uleb128 .LBB116-.Ltext0
	.uleb128 .LBE116-.Ltext0
	.byte	0
.LLRL76:
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB113-.Ltext0
	.uleb128 .LBE113-.Ltext0
	.byte	0
.LLRL81:
	.byte	0x4
	.uleb128 .LBB120-.Ltext0
	.uleb128 .LBE120-.Ltext0
	.byte	0x4
	.uleb128 .LBB124-.Ltext0
	.uleb128 .LBE124-.Ltext0
	.byte	0x4
	.uleb128 .LBB126-.Ltext0
	.uleb128 .LBE126-.Ltext0
	.byte	0
.LLRL86:
	.byte	0x4
	.uleb128 .LBB143-.Ltext0
	.uleb128 .LBE143-.Ltext0
	.byte	0x4
	.uleb128 .LBB148-.Ltext0
	.uleb128 .LBE148-.Ltext0
	.byte	0x4
	.uleb128 .LBB149-.Ltext0
	.uleb128 .LBE149-.Ltext0
	.byte	0x4
	.uleb128 .LBB247-.Ltext0
	.uleb128 .LBE247-.Ltext0
	.byte	0
.LLRL91:
	.byte	0x4
	.uleb128 .LBB150-.Ltext0
	.uleb128 .LBE150-.Ltext0
	.byte	0x4
	.uleb128 .LBB159-.Ltext0
	.uleb128 .LBE159-.Ltext0
	.byte	0x4
	.uleb128 .LBB246-.Ltext0
	.uleb128 .LBE246-.Ltext0
	.byte	0
.LLRL96:
	.byte	0x4
	.uleb128 .LBB154-.Ltext0
	.uleb128 .LBE154-.Ltext0
	.byte	0x4
	.uleb128 .LBB160-.Ltext0
	.uleb128 .LBE160-.Ltext0
	.byte	0x4
	.uleb128 .LBB161-.Ltext0
	.uleb128 .LBE161-.Ltext0
	.byte	0x4
	.uleb128 .LBB245-.Ltext0
	.uleb128 .LBE245-.Ltext0
	.byte	0
.LLRL101:
	.byte	0x4
	.uleb128 .LBB162-.Ltext0
	.uleb128 .LBE162-.Ltext0
	.byte	0x4
	.uleb128 .LBB163-.Ltext0
	.uleb128 .LBE163-.Ltext0
	.byte	0x4
	.uleb128 .LBB249-.Ltext0
	.uleb128 .LBE249-.Ltext0
	.byte	0
.LLRL103:
	.byte	0x4
	.uleb128 .LBB164-.Ltext0
	.uleb128 .LBE164-.Ltext0
	.byte	0x4
	.uleb128 .LBB165-.Ltext0
	.uleb128 .LBE165-.Ltext0
	.byte	0x4
	.uleb128 .LBB166-.Ltext0
	.uleb128 .LBE166-.Ltext0
	.byte	0x4
	.uleb128 .LBB167-.Ltext0
	.uleb128 .LBE167-.Ltext0
	.byte	0
.LLRL105:
	.byte	0x4
	.uleb128 .LBB168-.Ltext0
	.uleb128 .LBE168-.Ltext0
	.byte	0x4
	.uleb128 .LBB237-.Ltext0
	.uleb128 .LBE237-.Ltext0
	.byte	0x4
	.uleb128 .LBB238-.Ltext0
	.uleb128 .LBE238-.Ltext0
	.byte	0x4
	.uleb128 .LBB240-.Ltext0
	.uleb128 .LBE240-.Ltext0
	.byte	0x4
	.uleb128 .LBB242-.Ltext0
	.uleb128 .LBE242-.Ltext0
	.byte	0x4
	.uleb128 .LBB248-.Ltext0
	.uleb128 .LBE248-.Ltext0
	.byte	0x4
	.uleb128 .LBB250-.Ltext0
	.uleb128 .LBE250-.Ltext0
	.byte	0x4
	.uleb128 .LBB252-.Ltext0
	.uleb128 .LBE252-.Ltext0
	.byte	0x4
	.uleb128 .LBB254-.Ltext0
	.uleb128 .LBE254-.Ltext0
	.byte	0x4
	.uleb128 .LBB257-.Ltext0
	.uleb128 .LBE257-.Ltext0
	.byte	0
.LLRL116:
	.byte	0x4
	.uleb128 .LBB170-.Ltext0
	.uleb128 .LBE170-.Ltext0
	.byte	0x4
	.uleb128 .LBB174-.Ltext0
	.uleb128 .LBE174-.Ltext0
	.byte	0x4
	.uleb128 .LBB217-.Ltext0
	.uleb128 .LBE217-.Ltext0
	.byte	0
.LLRL119:
	.byte	0x4
	.uleb128 .LBB175-.Ltext0
	.uleb128 .LBE175-.Ltext0
	.byte	0x4
	.uleb128 .LBB183-.Ltext0
	.uleb128 .LBE183-.Ltext0
	.byte	0x4
	.uleb128 .LBB219-.Ltext0
	.uleb128 .LBE219-.Ltext0
	.byte	0x4
	.uleb128 .LBB227-.Ltext0
	.uleb128 .LBE227-.Ltext0
	.byte	0
.LLRL126:
	.byte	0x4
	.uleb128 .LBB177-.Ltext0
	.uleb128 .LBE177-.Ltext0
	.byte	0x4
	.uleb128 .LBB178-.Ltext0
	.uleb128 .LBE178-.Ltext0
	.byte	0x4
	.uleb128 .LBB179-.Ltext0
	.uleb128 .LBE179-.Ltext0
	.byte	0
.LLRL128:
	.byte	0x4
	.uleb128 .LBB184-.Ltext0
	.uleb128 .LBE184-.Ltext0
	.byte	0x4
	.uleb128 .LBB210-.Ltext0
	.uleb128 .LBE210-.Ltext0
	.byte	0x4
	.uleb128 .LBB211-.Ltext0
	.uleb128 .LBE211-.Ltext0
	.byte	0x4
	.uleb128 .LBB220-.Ltext0
	.uleb128 .LBE220-.Ltext0
	.byte	0
.LLRL131:
	.byte	0x4
	.uleb128 .LBB189-.Ltext0
	.uleb128 .LBE189-.Ltext0
	.byte	0x4
	.uleb128 .LBB214-.Ltext0
	.uleb128 .LBE214-.Ltext0
	.byte	0x4
	.uleb128 .LBB215-.Ltext0
	.uleb128 .LBE215-.Ltext0
	.byte	0x4
	.uleb128 .LBB216-.Ltext0
	.uleb128 .LBE216-.Ltext0
	.byte	0x4
	.uleb128 .LBB218-.Ltext0
	.uleb128 .LBE218-.Ltext0
	.byte	0x4
	.uleb128 .LBB221-.Ltext0
	.uleb128 .LBE221-.Ltext0
	.byte	0
.LLRL133:
	.byte	0x4
	.uleb128 .LBB190-.Ltext0
	.uleb128 .LBE190-.Ltext0
	.byte	0x4
	.uleb128 .LBB196-.Ltext0
	.uleb128 .LBE196-.Ltext0
	.byte	0x4
	.uleb128 .LBB206-.Ltext0
	.uleb128 .LBE206-.Ltext0
	.byte	0x4
	.uleb128 .LBB207-.Ltext0
	.uleb128 .LBE207-.Ltext0
	.byte	0x4
	.uleb128 .LBB208-.Ltext0
	.uleb128 .LBE208-.Ltext0
	.byte	0x4
	.uleb128 .LBB209-.Ltext0
	.uleb128 .LBE209-.Ltext0
	.byte	0
.LLRL135:
	.byte	0x4
	.uleb128 .LBB191-.Ltext0
	.uleb128 .LBE191-.Ltext0
	.byte	0x4
	.uleb128 .LBB192-.Ltext0
	.uleb128 .LBE192-.Ltext0
	.byte	0x4
	.uleb128 .LBB193-.Ltext0
	.uleb128 .LBE193-.Ltext0
	.byte	0x4
	.uleb128 .LBB194-.Ltext0
	.uleb128 .LBE194-.Ltext0
	.byte	0x4
	.uleb128 .LBB195-.Ltext0
	.uleb128 .LBE195-.Ltext0
	.byte	0
.LLRL137:
	.byte	0x4
	.uleb128 .LBB197-.Ltext0
	.uleb128 .LBE197-.Ltext0
	.byte	0x4
	.uleb128 .LBB198-.Ltext0
	.uleb128 .LBE198-.Ltext0
	.byte	0
.LLRL141:
	.byte	0x4
	.uleb128 .LBB222-.Ltext0
	.uleb128 .LBE222-.Ltext0
	.byte	0x4
	.uleb128 .LBB226-.Ltext0
	.uleb128 .LBE226-.Ltext0
	.byte	0
.LLRL148:
	.byte	0x4
	.uleb128 .LBB265-.Ltext0
	.uleb128 .LBE265-.Ltext0
	.byte	0x4
	.uleb128 .LBB276-.Ltext0
	.uleb128 .LBE276-.Ltext0
	.byte	0x4
	.uleb128 .LBB277-.Ltext0
	.uleb128 .LBE277-.Ltext0
	.byte	0x4
	.uleb128 .LBB279-.Ltext0
	.uleb128 .LBE279-.Ltext0
	.byte	0
.LLRL155:
	.byte	0x4
	.uleb128 .LBB270-.Ltext0
	.uleb128 .LBE270-.Ltext0
	.byte	0x4
	.uleb128 .LBB271-.Ltext0
	.uleb128 .LBE271-.Ltext0
	.byte	0
.LLRL158:
	.byte	0x4
	.uleb128 .LBB285-.Ltext0
	.uleb128 .LBE285-.Ltext0
	.byte	0x4
	.uleb128 .LBB289-.Ltext0
	.uleb128 .LBE289-.Ltext0
	.byte	0x4
	.uleb128 .LBB290-.Ltext0
	.uleb128 .LBE290-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF178:
	.string	"made"
.LASF46:
	.string	"__glibc_reserved"
.LASF187:
	.string	"pthread_once"
.LASF149:
	.string	"OP_NEG"
.LASF45:
	.string	"st_ctim"
.LASF9:
	.string	"size_t"
.LASF190:
	.string	"unlink"
.LASF41:
	.string	"st_blksize"
.LASF42:
	.string	"st_blocks"
.LASF56:
	.string	"revents"
.LASF24:
	.string	"__ssize_t"
.LASF129:
	.string	"_IO_codecvt"
.LASF277:
	.string	"path_in"
.LASF232:
	.string	"strcspn"
.LASF108:
	.string	"_IO_save_end"
.LASF172:
	.string	"path"
.LASF12:
	.string	"__gid_t"
.LASF248:
	.string	"write"
.LASF21:
	.string	"__clockid_t"
.LASF44:
	.string	"st_mtim"
.LASF131:
	.string	"text"
.LASF63:
	.string	"sigset_t"
.LASF279:
	.string	"choice"
.LASF212:
	.string	"open"
.LASF80:
	.string	"__RLIMIT_NPROC"
.LASF117:
	.string	"_lock"
.LASF184:
	.string	"probe_once"
.LASF171:
	.string	"OP__COUNT"
.LASF31:
	.string	"stat"
.LASF106:
	.string	"_IO_save_base"
.LASF110:
	.string	"_chain"
.LASF70:
	.string	"ssize_t"
.LASF203:
	.string	"waitpid"
.LASF114:
	.string	"_cur_column"
.LASF219:
	.string	"mkdtemp"
.LASF273:
	.string	"workdir_make"
.LASF155:
	.string	"OP_SHR"
.LASF76:
	.string	"__RLIMIT_RSS"
.LASF10:
	.string	"__dev_t"
.LASF147:
	.string	"OP_DIV"
.LASF148:
	.string	"OP_MOD"
.LASF185:
	.string	"probe_why"
.LASF143:
	.string	"OP_ROT"
.LASF8:
	.string	"long int"
.LASF197:
	.string	"nanosleep"
.LASF233:
	.string	"strchr"
.LASF214:
	.string	"setpgid"
.LASF245:
	.string	"toolchain_unload"
.LASF128:
	.string	"_IO_marker"
.LASF240:
	.string	"pthread_sigmask"
.LASF199:
	.string	"clock_gettime"
.LASF156:
	.string	"OP_EQ"
.LASF241:
	.string	"sigaddset"
.LASF274:
	.string	"workdir_note"
.LASF280:
	.string	"resolve"
.LASF6:
	.string	"signed char"
.LASF22:
	.string	"__blksize_t"
.LASF96:
	.string	"_IO_FILE"
.LASF194:
	.string	"remove"
.LASF130:
	.string	"_IO_wide_data"
.LASF36:
	.string	"st_uid"
.LASF182:
	.string	"environ"
.LASF3:
	.string	"unsigned char"
.LASF121:
	.string	"_freeres_list"
.LASF39:
	.string	"st_rdev"
.LASF226:
	.string	"fclose"
.LASF88:
	.string	"__RLIMIT_NLIMITS"
.LASF256:
	.string	"build"
.LASF289:
	.string	"__builtin_va_list"
.LASF161:
	.string	"OP_GE"
.LASF138:
	.string	"OP_PUSH"
.LASF238:
	.string	"sigdelset"
.LASF25:
	.string	"__syscall_slong_t"
.LASF64:
	.string	"__gnuc_va_list"
.LASF180:
	.string	"_Bool"
.LASF160:
	.string	"OP_GT"
.LASF51:
	.string	"d_type"
.LASF183:
	.string	"compiled_files"
.LASF251:
	.string	"wrote"
.LASF26:
	.string	"char"
.LASF91:
	.string	"rlimit"
.LASF291:
	.string	"_IO_lock_t"
.LASF52:
	.string	"d_name"
.LASF228:
	.string	"__errno_location"
.LASF287:
	.string	"__builtin_memcpy"
.LASF254:
	.string	"write_probe"
.LASF14:
	.string	"__mode_t"
.LASF98:
	.string	"_IO_read_ptr"
.LASF288:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF204:
	.string	"sigpending"
.LASF66:
	.string	"fp_offset"
.LASF87:
	.string	"__RLIMIT_RTTIME"
.LASF202:
	.string	"strcmp"
.LASF268:
	.string	"stop_compiler"
.LASF92:
	.string	"rlim_cur"
.LASF146:
	.string	"OP_MUL"
.LASF109:
	.string	"_markers"
.LASF137:
	.string	"OP_NOP"
.LASF150:
	.string	"OP_NOT"
.LASF290:
	.string	"__va_list_tag"
.LASF90:
	.string	"rlim_t"
.LASF144:
	.string	"OP_ADD"
.LASF153:
	.string	"OP_XOR"
.LASF163:
	.string	"OP_JZ"
.LASF210:
	.string	"sigprocmask"
.LASF118:
	.string	"_offset"
.LASF276:
	.string	"empty_dir"
.LASF225:
	.string	"mkdir"
.LASF188:
	.string	"closedir"
.LASF37:
	.string	"st_gid"
.LASF89:
	.string	"__RLIM_NLIMITS"
.LASF189:
	.string	"readdir"
.LASF127:
	.string	"__dirstream"
.LASF286:
	.string	"__builtin_fwrite"
.LASF237:
	.string	"getenv"
.LASF159:
	.string	"OP_LE"
.LASF2:
	.string	"long unsigned int"
.LASF158:
	.string	"OP_LT"
.LASF235:
	.string	"strcpy"
.LASF165:
	.string	"OP_CALL"
.LASF112:
	.string	"_flags2"
.LASF167:
	.string	"OP_LOAD"
.LASF40:
	.string	"st_size"
.LASF100:
	.string	"_IO_read_base"
.LASF292:
	.string	"probe"
.LASF125:
	.string	"_unused2"
.LASF72:
	.string	"RLIMIT_FSIZE"
.LASF264:
	.string	"pending"
.LASF269:
	.string	"free_environment"
.LASF139:
	.string	"OP_DROP"
.LASF175:
	.string	"argc"
.LASF179:
	.string	"nmade"
.LASF294:
	.string	"why_set"
.LASF113:
	.string	"_old_offset"
.LASF162:
	.string	"OP_JMP"
.LASF271:
	.string	"workdir_write"
.LASF54:
	.string	"pollfd"
.LASF174:
	.string	"argv"
.LASF134:
	.string	"write_source"
.LASF23:
	.string	"__blkcnt_t"
.LASF77:
	.string	"RLIMIT_NOFILE"
.LASF231:
	.string	"snprintf"
.LASF157:
	.string	"OP_NE"
.LASF132:
	.string	"loaded"
.LASF84:
	.string	"__RLIMIT_MSGQUEUE"
.LASF259:
	.string	"pipefd"
.LASF13:
	.string	"__ino_t"
.LASF142:
	.string	"OP_OVER"
.LASF60:
	.string	"long long int"
.LASF85:
	.string	"__RLIMIT_NICE"
.LASF69:
	.string	"va_list"
.LASF59:
	.string	"pthread_once_t"
.LASF257:
	.string	"run_compiler"
.LASF164:
	.string	"OP_JNZ"
.LASF209:
	.string	"execve"
.LASF253:
	.string	"ours"
.LASF266:
	.string	"double"
.LASF152:
	.string	"OP_OR"
.LASF103:
	.string	"_IO_write_end"
.LASF216:
	.string	"pipe"
.LASF65:
	.string	"gp_offset"
.LASF94:
	.string	"__rlimit_resource_t"
.LASF186:
	.string	"probe_result"
.LASF227:
	.string	"strerror"
.LASF250:
	.string	"held"
.LASF258:
	.string	"seconds"
.LASF224:
	.string	"dlopen"
.LASF206:
	.string	"read"
.LASF104:
	.string	"_IO_buf_base"
.LASF255:
	.string	"elf_machine"
.LASF208:
	.string	"_exit"
.LASF5:
	.string	"unsigned int"
.LASF140:
	.string	"OP_DUP"
.LASF74:
	.string	"RLIMIT_STACK"
.LASF265:
	.string	"take"
.LASF38:
	.string	"__pad0"
.LASF123:
	.string	"__pad5"
.LASF275:
	.string	"workdir_remove"
.LASF141:
	.string	"OP_SWAP"
.LASF27:
	.string	"pid_t"
.LASF243:
	.string	"vsnprintf"
.LASF67:
	.string	"overflow_arg_area"
.LASF101:
	.string	"_IO_write_base"
.LASF97:
	.string	"_flags"
.LASF207:
	.string	"poll"
.LASF220:
	.string	"dlclose"
.LASF47:
	.string	"dirent"
.LASF267:
	.string	"compiler_environment"
.LASF124:
	.string	"_mode"
.LASF119:
	.string	"_codecvt"
.LASF79:
	.string	"RLIMIT_AS"
.LASF34:
	.string	"st_nlink"
.LASF145:
	.string	"OP_SUB"
.LASF19:
	.string	"__rlim_t"
.LASF270:
	.string	"compile_seconds"
.LASF95:
	.string	"long double"
.LASF200:
	.string	"strncmp"
.LASF191:
	.string	"opendir"
.LASF126:
	.string	"FILE"
.LASF18:
	.string	"__pid_t"
.LASF73:
	.string	"RLIMIT_DATA"
.LASF133:
	.string	"handle"
.LASF32:
	.string	"st_dev"
.LASF30:
	.string	"timespec"
.LASF278:
	.string	"find_compiler"
.LASF176:
	.string	"workdir"
.LASF151:
	.string	"OP_AND"
.LASF281:
	.string	"size"
.LASF93:
	.string	"rlim_max"
.LASF58:
	.string	"long long unsigned int"
.LASF136:
	.string	"opcode"
.LASF68:
	.string	"reg_save_area"
.LASF16:
	.string	"__off_t"
.LASF122:
	.string	"_freeres_buf"
.LASF247:
	.string	"toolchain_build"
.LASF82:
	.string	"__RLIMIT_LOCKS"
.LASF71:
	.string	"RLIMIT_CPU"
.LASF20:
	.string	"__time_t"
.LASF57:
	.string	"clockid_t"
.LASF222:
	.string	"fork"
.LASF107:
	.string	"_IO_backup_base"
.LASF116:
	.string	"_shortbuf"
.LASF81:
	.string	"__RLIMIT_MEMLOCK"
.LASF217:
	.string	"malloc"
.LASF17:
	.string	"__off64_t"
.LASF229:
	.string	"fopen"
.LASF195:
	.string	"memcmp"
.LASF260:
	.string	"deadline"
.LASF282:
	.string	"executable"
.LASF53:
	.string	"nfds_t"
.LASF154:
	.string	"OP_SHL"
.LASF246:
	.string	"toolchain_unavailable"
.LASF218:
	.string	"fputs"
.LASF105:
	.string	"_IO_buf_end"
.LASF272:
	.string	"name"
.LASF263:
	.string	"null"
.LASF193:
	.string	"fprintf"
.LASF223:
	.string	"dlerror"
.LASF234:
	.string	"strtok"
.LASF201:
	.string	"strtol"
.LASF181:
	.string	"stderr"
.LASF7:
	.string	"short int"
.LASF166:
	.string	"OP_RET"
.LASF293:
	.string	"fail_env"
.LASF29:
	.string	"tv_nsec"
.LASF49:
	.string	"d_off"
.LASF221:
	.string	"dlsym"
.LASF177:
	.string	"keep"
.LASF239:
	.string	"sigismember"
.LASF284:
	.string	"words"
.LASF115:
	.string	"_vtable_offset"
.LASF211:
	.string	"dup2"
.LASF61:
	.string	"__val"
.LASF168:
	.string	"OP_STORE"
.LASF50:
	.string	"d_reclen"
.LASF198:
	.string	"kill"
.LASF236:
	.string	"strlen"
.LASF205:
	.string	"memcpy"
.LASF249:
	.string	"symbol"
.LASF35:
	.string	"st_mode"
.LASF11:
	.string	"__uid_t"
.LASF99:
	.string	"_IO_read_end"
.LASF48:
	.string	"d_ino"
.LASF262:
	.string	"status"
.LASF111:
	.string	"_fileno"
.LASF75:
	.string	"RLIMIT_CORE"
.LASF213:
	.string	"setrlimit"
.LASF283:
	.string	"split"
.LASF135:
	.string	"__rlimit_resource"
.LASF120:
	.string	"_wide_data"
.LASF244:
	.string	"free"
.LASF242:
	.string	"sigemptyset"
.LASF4:
	.string	"short unsigned int"
.LASF252:
	.string	"flagbuf"
.LASF196:
	.string	"fread"
.LASF192:
	.string	"rmdir"
.LASF102:
	.string	"_IO_write_ptr"
.LASF173:
	.string	"compiler"
.LASF170:
	.string	"OP_HALT"
.LASF78:
	.string	"__RLIMIT_OFILE"
.LASF230:
	.string	"access"
.LASF33:
	.string	"st_ino"
.LASF261:
	.string	"killed"
.LASF15:
	.string	"__nlink_t"
.LASF55:
	.string	"events"
.LASF62:
	.string	"__sigset_t"
.LASF215:
	.string	"close"
.LASF169:
	.string	"OP_PRINT"
.LASF28:
	.string	"tv_sec"
.LASF86:
	.string	"__RLIMIT_RTPRIO"
.LASF83:
	.string	"__RLIMIT_SIGPENDING"
.LASF285:
	.string	"fwrite"
.LASF43:
	.string	"st_atim"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main"
.LASF0:
	.string	"dispatch/compiled/toolchain.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

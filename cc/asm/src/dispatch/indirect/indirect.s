	.file	"indirect.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/indirect/indirect.c"
	.p2align 4
	.type	cell_key, @function
cell_key:
.LVL0:
.LFB26:
	.file 1 "dispatch/indirect/indirect.c"
	.loc 1 109 1 view -0
	.cfi_startproc
	.loc 1 110 5 view .LVU1
# dispatch/indirect/indirect.c:110:     const struct cell_key *k = (const struct cell_key *)ctx + c;
	.loc 1 110 61 is_stmt 0 view .LVU2
	movl	%esi, %esi	# tmp99, c
	.loc 1 110 61 view .LVU3
	leaq	(%rsi,%rsi,4), %rax	#, tmp94
# dispatch/indirect/indirect.c:110:     const struct cell_key *k = (const struct cell_key *)ctx + c;
	.loc 1 110 28 view .LVU4
	leaq	(%rdi,%rax,2), %rax	#, k
.LVL1:
	.loc 1 111 5 is_stmt 1 view .LVU5
# dispatch/indirect/indirect.c:111:     *len = k->len;
	.loc 1 111 13 is_stmt 0 view .LVU6
	movzbl	9(%rax), %ecx	# k_7->len, k_7->len
	movq	%rcx, (%rdx)	# k_7->len, *len_9(D)
	.loc 1 112 5 is_stmt 1 view .LVU7
# dispatch/indirect/indirect.c:113: }
	.loc 1 113 1 is_stmt 0 view .LVU8
	ret	
	.cfi_endproc
.LFE26:
	.size	cell_key, .-cell_key
	.p2align 4
	.type	engine, @function
engine:
.LVL2:
.LFB24:
	.loc 1 42 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 43 5 view .LVU10
	.loc 1 48 5 view .LVU11
# dispatch/indirect/indirect.c:48:     if (labels) {
	.loc 1 48 8 is_stmt 0 view .LVU12
	testq	%rdx, %rdx	# labels
	je	.L4	#,
	.loc 1 49 9 is_stmt 1 view .LVU13
# dispatch/indirect/indirect.c:49:         *labels = table;
	.loc 1 49 17 is_stmt 0 view .LVU14
	movq	$table.0, (%rdx)	#, *labels_692(D)
	.loc 1 50 9 is_stmt 1 view .LVU15
	ret	
	.p2align 4,,10
	.p2align 3
.L4:
	.loc 1 52 5 view .LVU16
# dispatch/indirect/indirect.c:42: {
	.loc 1 42 1 is_stmt 0 view .LVU17
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/indirect/indirect.c:57:     uintptr_t *rsp = vm->rstack;
	.loc 1 57 16 view .LVU18
	leaq	32776(%rdi), %r9	#, rsp
# dispatch/indirect/indirect.c:42: {
	.loc 1 42 1 view .LVU19
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/indirect/indirect.c:57:     uintptr_t *rsp = vm->rstack;
	.loc 1 57 16 view .LVU20
	movq	%r9, %r15	# rsp, rsp
# dispatch/indirect/indirect.c:42: {
	.loc 1 42 1 view .LVU21
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
# dispatch/indirect/indirect.c:56:     cell *sp = vm->stack;
	.loc 1 56 11 view .LVU22
	movq	%rdi, %rbx	# vm, sp
# dispatch/indirect/indirect.c:42: {
	.loc 1 42 1 view .LVU23
	subq	$40, %rsp	#,
	.cfi_def_cfa_offset 96
# dispatch/indirect/indirect.c:52:     const struct elop *const *const thread = t->ip;
	.loc 1 52 37 view .LVU24
	movq	(%rsi), %r12	# t_689(D)->ip, thread
.LVL3:
	.loc 1 53 5 is_stmt 1 view .LVU25
	.loc 1 54 5 view .LVU26
# dispatch/indirect/indirect.c:55:     const ptrdiff_t n = t->count;
	.loc 1 55 26 is_stmt 0 view .LVU27
	movl	16(%rsi), %r14d	# t_689(D)->count,
# dispatch/indirect/indirect.c:58:     int64_t budget = vm->limit;
	.loc 1 58 13 view .LVU28
	movq	65560(%rdi), %r8	# vm_687(D)->limit, budget
# dispatch/indirect/indirect.c:54:     const struct elop *w = *ip;              /* its cell */
	.loc 1 54 24 view .LVU29
	movq	(%r12), %rax	# *thread_690, w
.LVL4:
	.loc 1 55 5 is_stmt 1 view .LVU30
# dispatch/indirect/indirect.c:55:     const ptrdiff_t n = t->count;
	.loc 1 55 26 is_stmt 0 view .LVU31
	movq	%r14, %r13	#,
.LVL5:
	.loc 1 56 5 is_stmt 1 view .LVU32
	.loc 1 57 5 view .LVU33
	.loc 1 58 5 view .LVU34
	.loc 1 59 5 view .LVU35
	.loc 1 60 5 view .LVU36
	.loc 1 82 5 view .LVU37
	movq	%r12, %rbp	# thread, ip
# dispatch/indirect/indirect.c:82:     goto *w->code;
	.loc 1 82 12 is_stmt 0 view .LVU38
	movq	(%rax), %rdx	# w_685->code, gotovar.54_697
.LVL6:
	.loc 1 82 12 view .LVU39
	jmp	*%rdx	# gotovar.54_697
.LVL7:
	.p2align 4,,10
	.p2align 3
.L205:
	.file 2 "./isa/ops.inc"
	.loc 2 142 1 is_stmt 1 discriminator 13 view .LVU40
	.loc 2 144 1 discriminator 13 view .LVU41
	.loc 2 144 1 discriminator 13 view .LVU42
	.loc 2 144 1 discriminator 13 view .LVU43
	.loc 2 144 1 discriminator 13 view .LVU44
	.loc 2 144 1 discriminator 13 view .LVU45
	.loc 2 144 1 discriminator 13 view .LVU46
	.loc 2 144 1 discriminator 13 view .LVU47
	.loc 2 144 1 discriminator 13 view .LVU48
	.loc 2 144 1 discriminator 13 view .LVU49
	.loc 2 144 1 discriminator 13 view .LVU50
	.loc 2 144 1 discriminator 13 view .LVU51
	.loc 2 144 1 discriminator 13 view .LVU52
	.loc 2 144 1 discriminator 13 view .LVU53
	.loc 2 144 1 discriminator 13 view .LVU54
.L206:
.L207:
.L208:
.L209:
.L210:
	.loc 2 144 1 discriminator 18 view .LVU55
	.loc 2 144 1 discriminator 18 view .LVU56
	.loc 2 145 5 discriminator 18 view .LVU57
	.loc 2 145 5 discriminator 18 view .LVU58
	.loc 2 145 5 discriminator 18 view .LVU59
	.loc 2 145 5 discriminator 18 view .LVU60
	.loc 2 145 5 discriminator 18 view .LVU61
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 discriminator 18 view .LVU62
	subq	%r12, %rbp	# thread, tmp645
.LVL8:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 18 view .LVU63
	xorl	%r11d, %r11d	# arg
	xorl	%esi, %esi	# st
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 discriminator 18 view .LVU64
	movq	%rbp, %rcx	# tmp645, tmp645
	sarq	$3, %rcx	#, tmp645
.LVL9:
.L17:
	.loc 2 146 1 is_stmt 1 view .LVU65
	.loc 1 86 5 view .LVU66
	movl	%ecx, %eax	# _47, tmp653
	movq	%r11, %rdx	# arg,
	subl	%r13d, %eax	# _1, tmp653
	cmpq	%rcx, %r14	# _47, n
	cmovle	%eax, %ecx	# _47,, tmp653, iftmp.53_711
.LVL10:
# dispatch/indirect/indirect.c:88: }
	.loc 1 88 1 is_stmt 0 view .LVU67
	addq	$40, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_restore 6
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_restore 12
	.cfi_def_cfa_offset 32
.LVL11:
	.loc 1 88 1 view .LVU68
	popq	%r13	#
	.cfi_restore 13
	.cfi_def_cfa_offset 24
.LVL12:
	.loc 1 88 1 view .LVU69
	popq	%r14	#
	.cfi_restore 14
	.cfi_def_cfa_offset 16
.LVL13:
	.loc 1 88 1 view .LVU70
	popq	%r15	#
	.cfi_restore 15
	.cfi_def_cfa_offset 8
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 5 view .LVU71
	jmp	vm_stop	#
.LVL14:
	.p2align 4,,10
	.p2align 3
.L142:
	.cfi_restore_state
	.loc 2 100 33 is_stmt 1 discriminator 13 view .LVU72
	.loc 2 103 1 discriminator 13 view .LVU73
	.loc 2 103 1 discriminator 13 view .LVU74
	.loc 2 103 1 discriminator 13 view .LVU75
	.loc 2 103 1 discriminator 13 view .LVU76
	.loc 2 103 1 discriminator 13 view .LVU77
	.loc 2 103 1 discriminator 13 view .LVU78
	.loc 2 103 1 discriminator 13 view .LVU79
	.loc 2 103 1 discriminator 13 view .LVU80
	.loc 2 103 1 discriminator 13 view .LVU81
	.loc 2 103 1 discriminator 13 view .LVU82
	.loc 2 103 1 discriminator 13 view .LVU83
	.loc 2 103 1 discriminator 13 view .LVU84
	.loc 2 103 1 discriminator 13 view .LVU85
	.loc 2 103 1 discriminator 13 view .LVU86
.L143:
.L144:
.L145:
.L146:
.L147:
	.loc 2 103 1 discriminator 18 view .LVU87
	.loc 2 103 1 discriminator 18 view .LVU88
	.loc 2 104 5 discriminator 18 view .LVU89
	.loc 2 104 5 discriminator 18 view .LVU90
	.loc 2 104 5 discriminator 18 view .LVU91
	movslq	16(%rax), %rdx	# w_724->data.br.limit, w_724->data.br.limit
	cmpq	%r8, %rdx	# budget, w_724->data.br.limit
	jg	.L254	#,
	.loc 2 104 5 discriminator 2 view .LVU92
	.loc 2 104 5 discriminator 2 view .LVU93
	movq	8(%rax), %rbp	# w_724->data.br.target, ip
.LVL15:
	.loc 2 104 5 is_stmt 0 discriminator 2 view .LVU94
	movslq	20(%rax), %rdx	# w_724->data.br.delta, w_724->data.br.delta
	movq	0(%rbp), %rax	# *ip_457, w
.LVL16:
	.loc 2 104 5 discriminator 2 view .LVU95
	addq	%rdx, %r8	# w_724->data.br.delta, budget
.LVL17:
	.loc 2 104 5 is_stmt 1 discriminator 2 view .LVU96
	.loc 2 104 5 discriminator 2 view .LVU97
	.loc 2 104 5 discriminator 2 view .LVU98
.LDL1:
	.loc 2 104 5 discriminator 2 view .LVU99
	.loc 2 104 5 discriminator 2 view .LVU100
	jmp	*(%rax)	# w_458->code
.LVL18:
	.p2align 4,,10
	.p2align 3
.L198:
.L199:
.L200:
	.loc 2 137 1 discriminator 17 view .LVU101
	.loc 2 137 1 discriminator 17 view .LVU102
	.loc 2 138 5 discriminator 17 view .LVU103
	.loc 2 138 5 discriminator 17 view .LVU104
	movq	%rbp, %rcx	# ip, tmp639
	subq	%r12, %rcx	# thread, tmp639
	sarq	$3, %rcx	#, _47
	movl	%ecx, %eax	# _47, _47
	addq	$1, %rax	#, iftmp.51_658
	cmpq	%rcx, %r14	# _47, n
	jg	.L202	#,
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 discriminator 2 view .LVU105
	movl	%ecx, %eax	# _47, tmp643
	subl	%r13d, %eax	# _1, tmp643
	addq	$1, %rax	#, iftmp.51_658
.L202:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 discriminator 4 view .LVU106
	cmpq	%r8, %rax	# budget, iftmp.51_658
	jg	.L255	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 discriminator 6 view .LVU107
	movq	-8(%rbx), %rsi	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	movq	%r9, 24(%rsp)	# rsp, %sfp
	movq	%r8, 16(%rsp)	# budget, %sfp
	movq	%rcx, 8(%rsp)	# _47, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 6 view .LVU108
	.loc 2 138 5 discriminator 6 view .LVU109
	.loc 2 139 5 discriminator 6 view .LVU110
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 6 view .LVU111
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL19:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 6 view .LVU112
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %rcx	# %sfp, _47
	testl	%eax, %eax	# tmp668
	movq	16(%rsp), %r8	# %sfp, budget
	movq	24(%rsp), %r9	# %sfp, rsp
	jne	.L256	#,
	.loc 2 140 9 is_stmt 1 view .LVU113
	.loc 2 141 5 view .LVU114
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU115
	movq	8(%rbp), %rax	# *ip_633, w
	addq	$8, %rbp	#, ip
.LVL20:
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU116
	subq	$8, %rbx	#, sp
.LVL21:
.LDL2:
	.loc 2 142 1 is_stmt 1 view .LVU117
	.loc 2 142 1 view .LVU118
	.loc 2 142 1 view .LVU119
	.loc 2 142 1 view .LVU120
	jmp	*(%rax)	# w_634->code
	.p2align 4,,10
	.p2align 3
.L196:
.L197:
	.loc 2 135 1 discriminator 2 view .LVU121
	.loc 2 137 1 discriminator 2 view .LVU122
	.loc 2 137 1 discriminator 2 view .LVU123
	.loc 2 137 1 discriminator 2 view .LVU124
	.loc 2 137 1 discriminator 2 view .LVU125
	.loc 2 137 1 discriminator 2 view .LVU126
	leaq	8(%rdi), %rax	#, tmp634
.LVL22:
	.loc 2 137 1 is_stmt 0 discriminator 2 view .LVU127
	cmpq	%rax, %rbx	# tmp634, sp
	jnb	.L200	#,
.LDL3:
	.loc 2 137 1 is_stmt 1 view .LVU128
	.loc 2 137 1 view .LVU129
	.loc 2 137 1 view .LVU130
.LVL23:
	.loc 2 137 1 view .LVU131
	subq	%rdi, %rbx	# vm, sp
.LVL24:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU132
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU133
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp635
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU134
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU135
	sarq	$3, %rdx	#, tmp635
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU136
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU137
	movq	%rdx, %r11	# tmp635, arg
.LVL25:
	.loc 2 137 1 is_stmt 1 view .LVU138
	jmp	.L17	#
.LVL26:
	.p2align 4,,10
	.p2align 3
.L139:
.L140:
.L141:
	.loc 2 100 1 discriminator 17 view .LVU139
	.loc 2 100 1 discriminator 17 view .LVU140
	.loc 2 100 16 discriminator 17 view .LVU141
.LBB14:
	.loc 2 100 16 discriminator 17 view .LVU142
	.loc 2 100 16 discriminator 17 view .LVU143
	.loc 2 100 16 discriminator 17 view .LVU144
	.loc 2 100 16 discriminator 17 view .LVU145
	.loc 2 100 16 discriminator 17 view .LVU146
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], tmp738
	cmpq	%rax, -8(%rbx)	# tmp738, MEM[(cell *)sp_725 + -8B]
	setle	%al	#, tmp553
.LBE14:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 is_stmt 0 discriminator 17 view .LVU147
	addq	$8, %rbp	#, ip
.LVL27:
.LBB15:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 17 view .LVU148
	subq	$8, %rbx	#, sp
.LVL28:
	.loc 2 100 16 discriminator 17 view .LVU149
	movzbl	%al, %eax	# tmp553, tmp553
	movq	%rax, -8(%rbx)	# tmp553, MEM[(cell *)sp_725 + -16B]
.LVL29:
.LDL4:
	.loc 2 100 16 discriminator 17 view .LVU150
.LBE15:
	.loc 2 100 16 is_stmt 1 discriminator 17 view .LVU151
	.loc 2 100 33 discriminator 17 view .LVU152
	.loc 2 100 33 discriminator 17 view .LVU153
	.loc 2 100 33 discriminator 17 view .LVU154
	.loc 2 100 33 is_stmt 0 discriminator 17 view .LVU155
	movq	0(%rbp), %rax	# *ip_441, w
.LVL30:
	.loc 2 100 33 is_stmt 1 discriminator 17 view .LVU156
	.loc 2 100 33 is_stmt 0 discriminator 17 view .LVU157
	movq	(%rax), %rdx	# w_438->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL31:
	.p2align 4,,10
	.p2align 3
.L137:
.L138:
	.loc 2 99 33 is_stmt 1 discriminator 2 view .LVU158
	.loc 2 100 1 discriminator 2 view .LVU159
	.loc 2 100 1 discriminator 2 view .LVU160
	.loc 2 100 1 discriminator 2 view .LVU161
	.loc 2 100 1 discriminator 2 view .LVU162
	.loc 2 100 1 discriminator 2 view .LVU163
	leaq	16(%rdi), %rax	#, tmp548
.LVL32:
	.loc 2 100 1 is_stmt 0 discriminator 2 view .LVU164
	cmpq	%rax, %rbx	# tmp548, sp
	jnb	.L141	#,
.LDL5:
	.loc 2 100 1 is_stmt 1 view .LVU165
	.loc 2 100 1 view .LVU166
	.loc 2 100 1 view .LVU167
.LVL33:
	.loc 2 100 1 view .LVU168
	subq	%rdi, %rbx	# vm, sp
.LVL34:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU169
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU170
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp549
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU171
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU172
	sarq	$3, %rdx	#, tmp549
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU173
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU174
	movq	%rdx, %r11	# tmp549, arg
.LVL35:
	.loc 2 100 1 is_stmt 1 view .LVU175
	jmp	.L17	#
.LVL36:
	.p2align 4,,10
	.p2align 3
.L159:
.L160:
.L161:
	.loc 2 112 1 discriminator 17 view .LVU176
	.loc 2 112 1 discriminator 17 view .LVU177
	.loc 2 113 5 discriminator 17 view .LVU178
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 17 view .LVU179
	cmpq	$0, -8(%rbx)	#, MEM[(cell *)sp_725 + -8B]
	leaq	-8(%rbx), %rcx	#, sp
.LVL37:
	.loc 2 113 8 discriminator 17 view .LVU180
	je	.L162	#,
.L163:
	.loc 2 114 9 is_stmt 1 view .LVU181
	.loc 2 114 9 view .LVU182
	.loc 2 114 9 view .LVU183
	movslq	16(%rax), %rdx	# w_724->data.br.limit, w_724->data.br.limit
	cmpq	%r8, %rdx	# budget, w_724->data.br.limit
	jg	.L257	#,
	.loc 2 114 9 discriminator 2 view .LVU184
	.loc 2 114 9 discriminator 2 view .LVU185
	movq	8(%rax), %rbp	# w_724->data.br.target, ip
.LVL38:
	.loc 2 114 9 is_stmt 0 discriminator 2 view .LVU186
	movslq	20(%rax), %rdx	# w_724->data.br.delta, w_724->data.br.delta
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 discriminator 2 view .LVU187
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 discriminator 2 view .LVU188
	movq	0(%rbp), %rax	# *ip_479, w
.LVL39:
	.loc 2 114 9 discriminator 2 view .LVU189
	addq	%rdx, %r8	# w_724->data.br.delta, budget
.LVL40:
	.loc 2 114 9 is_stmt 1 discriminator 2 view .LVU190
	.loc 2 114 9 discriminator 2 view .LVU191
	.loc 2 114 9 discriminator 2 view .LVU192
.LDL6:
	.loc 2 114 9 discriminator 2 view .LVU193
	.loc 2 114 9 discriminator 2 view .LVU194
	.loc 2 114 9 is_stmt 0 discriminator 2 view .LVU195
	movq	(%rax), %rdx	# w_470->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL41:
	.p2align 4,,10
	.p2align 3
.L157:
.L158:
	.loc 2 110 1 is_stmt 1 discriminator 2 view .LVU196
	.loc 2 112 1 discriminator 2 view .LVU197
	.loc 2 112 1 discriminator 2 view .LVU198
	.loc 2 112 1 discriminator 2 view .LVU199
	.loc 2 112 1 discriminator 2 view .LVU200
	.loc 2 112 1 discriminator 2 view .LVU201
	leaq	8(%rdi), %rdx	#, tmp573
	cmpq	%rdx, %rbx	# tmp573, sp
	jnb	.L161	#,
.LDL7:
	.loc 2 112 1 view .LVU202
	.loc 2 112 1 view .LVU203
	.loc 2 112 1 view .LVU204
.LVL42:
	.loc 2 112 1 view .LVU205
	subq	%rdi, %rbx	# vm, sp
.LVL43:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU206
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU207
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp574
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU208
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU209
	sarq	$3, %rdx	#, tmp574
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU210
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU211
	movq	%rdx, %r11	# tmp574, arg
.LVL44:
	.loc 2 112 1 is_stmt 1 view .LVU212
	jmp	.L17	#
.LVL45:
	.p2align 4,,10
	.p2align 3
.L151:
.L152:
.L153:
	.loc 2 107 1 discriminator 17 view .LVU213
	.loc 2 107 1 discriminator 17 view .LVU214
	.loc 2 108 5 discriminator 17 view .LVU215
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 17 view .LVU216
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_725 + -8B], arg
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 discriminator 17 view .LVU217
	leaq	-8(%rbx), %rcx	#, sp
.LVL46:
	.loc 2 108 8 discriminator 17 view .LVU218
	testq	%r11, %r11	# arg
	jne	.L154	#,
.L155:
	.loc 2 109 9 is_stmt 1 view .LVU219
	.loc 2 109 9 view .LVU220
	.loc 2 109 9 view .LVU221
	movslq	16(%rax), %rsi	# w_724->data.br.limit, w_724->data.br.limit
	cmpq	%r8, %rsi	# budget, w_724->data.br.limit
	jg	.L258	#,
	.loc 2 109 9 discriminator 2 view .LVU222
	.loc 2 109 9 discriminator 2 view .LVU223
	movq	8(%rax), %rbp	# w_724->data.br.target, ip
.LVL47:
	.loc 2 109 9 is_stmt 0 discriminator 2 view .LVU224
	movslq	20(%rax), %rdx	# w_724->data.br.delta, w_724->data.br.delta
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 discriminator 2 view .LVU225
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 discriminator 2 view .LVU226
	movq	0(%rbp), %rax	# *ip_465, w
.LVL48:
	.loc 2 109 9 discriminator 2 view .LVU227
	addq	%rdx, %r8	# w_724->data.br.delta, budget
.LVL49:
	.loc 2 109 9 is_stmt 1 discriminator 2 view .LVU228
	.loc 2 109 9 discriminator 2 view .LVU229
	.loc 2 109 9 discriminator 2 view .LVU230
.LDL8:
	.loc 2 109 9 discriminator 2 view .LVU231
	.loc 2 109 9 discriminator 2 view .LVU232
	.loc 2 109 9 is_stmt 0 discriminator 2 view .LVU233
	movq	(%rax), %rdx	# w_463->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL50:
	.p2align 4,,10
	.p2align 3
.L149:
.L150:
	.loc 2 105 1 is_stmt 1 discriminator 2 view .LVU234
	.loc 2 107 1 discriminator 2 view .LVU235
	.loc 2 107 1 discriminator 2 view .LVU236
	.loc 2 107 1 discriminator 2 view .LVU237
	.loc 2 107 1 discriminator 2 view .LVU238
	.loc 2 107 1 discriminator 2 view .LVU239
	leaq	8(%rdi), %rdx	#, tmp562
	cmpq	%rdx, %rbx	# tmp562, sp
	jnb	.L153	#,
.LDL9:
	.loc 2 107 1 view .LVU240
	.loc 2 107 1 view .LVU241
	.loc 2 107 1 view .LVU242
.LVL51:
	.loc 2 107 1 view .LVU243
	subq	%rdi, %rbx	# vm, sp
.LVL52:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU244
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU245
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp563
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU246
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU247
	sarq	$3, %rdx	#, tmp563
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU248
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU249
	movq	%rdx, %r11	# tmp563, arg
.LVL53:
	.loc 2 107 1 is_stmt 1 view .LVU250
	jmp	.L17	#
.LVL54:
	.p2align 4,,10
	.p2align 3
.L192:
.L193:
.L194:
	.loc 2 131 1 discriminator 17 view .LVU251
	.loc 2 131 1 discriminator 17 view .LVU252
	.loc 2 132 5 discriminator 17 view .LVU253
	.loc 2 132 5 discriminator 17 view .LVU254
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_725 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L259	#,
	.loc 2 132 5 discriminator 2 view .LVU255
	.loc 2 132 5 discriminator 2 view .LVU256
	.loc 2 133 5 discriminator 2 view .LVU257
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU258
	movq	-16(%rbx), %rcx	# MEM[(cell *)sp_725 + -16B], _677
	movq	65544(%rdi), %rax	# vm_687(D)->mem, vm_687(D)->mem
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 2 view .LVU259
	addq	$8, %rbp	#, ip
.LVL55:
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU260
	subq	$16, %rbx	#, sp
.LVL56:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU261
	movq	%rcx, (%rax,%r11,8)	# _677, *_676
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU262
.LVL57:
.LDL10:
	.loc 2 135 1 discriminator 2 view .LVU263
	.loc 2 135 1 discriminator 2 view .LVU264
	.loc 2 135 1 discriminator 2 view .LVU265
	.loc 2 135 1 is_stmt 0 discriminator 2 view .LVU266
	movq	0(%rbp), %rax	# *ip_585, w
.LVL58:
	.loc 2 135 1 is_stmt 1 discriminator 2 view .LVU267
	jmp	*(%rax)	# w_586->code
	.p2align 4,,10
	.p2align 3
.L190:
.L191:
	.loc 2 129 1 discriminator 2 view .LVU268
	.loc 2 131 1 discriminator 2 view .LVU269
	.loc 2 131 1 discriminator 2 view .LVU270
	.loc 2 131 1 discriminator 2 view .LVU271
	.loc 2 131 1 discriminator 2 view .LVU272
	.loc 2 131 1 discriminator 2 view .LVU273
	leaq	16(%rdi), %rax	#, tmp626
.LVL59:
	.loc 2 131 1 is_stmt 0 discriminator 2 view .LVU274
	cmpq	%rax, %rbx	# tmp626, sp
	jnb	.L194	#,
.LDL11:
	.loc 2 131 1 is_stmt 1 view .LVU275
	.loc 2 131 1 view .LVU276
	.loc 2 131 1 view .LVU277
.LVL60:
	.loc 2 131 1 view .LVU278
	subq	%rdi, %rbx	# vm, sp
.LVL61:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU279
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU280
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp627
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU281
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU282
	sarq	$3, %rdx	#, tmp627
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU283
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU284
	movq	%rdx, %r11	# tmp627, arg
.LVL62:
	.loc 2 131 1 is_stmt 1 view .LVU285
	jmp	.L17	#
.LVL63:
	.p2align 4,,10
	.p2align 3
.L186:
.L187:
.L188:
	.loc 2 126 1 discriminator 17 view .LVU286
	.loc 2 126 1 discriminator 17 view .LVU287
	.loc 2 127 5 discriminator 17 view .LVU288
	.loc 2 127 5 discriminator 17 view .LVU289
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_725 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L260	#,
	.loc 2 127 5 discriminator 2 view .LVU290
	.loc 2 127 5 discriminator 2 view .LVU291
	.loc 2 128 5 discriminator 2 view .LVU292
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 2 view .LVU293
	movq	65544(%rdi), %rax	# vm_687(D)->mem, vm_687(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 2 view .LVU294
	addq	$8, %rbp	#, ip
.LVL64:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 discriminator 2 view .LVU295
	movq	(%rax,%r11,8), %rax	# *_646, _648
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU296
	movq	%rax, -8(%rbx)	# _648, MEM[(cell *)sp_725 + -8B]
.LDL12:
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU297
	.loc 2 129 1 discriminator 2 view .LVU298
	.loc 2 129 1 discriminator 2 view .LVU299
.LVL65:
	.loc 2 129 1 is_stmt 0 discriminator 2 view .LVU300
	movq	0(%rbp), %rax	# *ip_579, w
.LVL66:
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU301
	jmp	*(%rax)	# w_575->code
	.p2align 4,,10
	.p2align 3
.L184:
.L185:
	.loc 2 124 1 discriminator 2 view .LVU302
	.loc 2 126 1 discriminator 2 view .LVU303
	.loc 2 126 1 discriminator 2 view .LVU304
	.loc 2 126 1 discriminator 2 view .LVU305
	.loc 2 126 1 discriminator 2 view .LVU306
	.loc 2 126 1 discriminator 2 view .LVU307
	leaq	8(%rdi), %rax	#, tmp618
.LVL67:
	.loc 2 126 1 is_stmt 0 discriminator 2 view .LVU308
	cmpq	%rax, %rbx	# tmp618, sp
	jnb	.L188	#,
.LDL13:
	.loc 2 126 1 is_stmt 1 view .LVU309
	.loc 2 126 1 view .LVU310
	.loc 2 126 1 view .LVU311
.LVL68:
	.loc 2 126 1 view .LVU312
	subq	%rdi, %rbx	# vm, sp
.LVL69:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU313
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU314
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp619
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU315
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU316
	sarq	$3, %rdx	#, tmp619
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU317
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU318
	movq	%rdx, %r11	# tmp619, arg
.LVL70:
	.loc 2 126 1 is_stmt 1 view .LVU319
	jmp	.L17	#
.LVL71:
	.p2align 4,,10
	.p2align 3
.L174:
.L175:
.L176:
	.loc 2 122 1 discriminator 17 view .LVU320
	.loc 2 122 1 discriminator 17 view .LVU321
	.loc 2 123 5 discriminator 17 view .LVU322
.LBB16:
	.loc 2 123 5 discriminator 17 view .LVU323
	subq	%r12, %rbp	# thread, tmp607
.LVL72:
	.loc 2 123 5 is_stmt 0 discriminator 17 view .LVU324
	movq	-8(%r15), %rsi	# MEM[(uintptr_t *)rsp_726 + -8B], to_
	leaq	-8(%r15), %r10	#, rsp
.LVL73:
.LDL14:
	.loc 2 123 5 is_stmt 1 discriminator 17 view .LVU325
	.loc 2 123 5 discriminator 17 view .LVU326
	.loc 2 123 5 discriminator 17 view .LVU327
	sarq	$3, %rbp	#, tmp608
	movl	%ebp, %eax	# tmp608, _47
.LVL74:
	.loc 2 123 5 is_stmt 0 discriminator 17 view .LVU328
	movq	%rbp, %rcx	# tmp608, _47
	addq	$1, %rax	#, iftmp.45_528
	cmpq	%r14, %rbp	# n, tmp608
	jl	.L178	#,
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 discriminator 3 view .LVU329
	movl	%ebp, %eax	# tmp608, tmp611
	subl	%r13d, %eax	# _1, tmp611
	addq	$1, %rax	#, iftmp.45_528
.L178:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 discriminator 5 view .LVU330
	cmpq	%r8, %rax	# budget, iftmp.45_528
	jg	.L261	#,
	.loc 2 123 5 is_stmt 1 discriminator 7 view .LVU331
	.loc 2 123 5 discriminator 7 view .LVU332
	movq	%rsi, %rdx	# to_, tmp612
	movq	%r10, %r15	# rsp, rsp
	subq	%r12, %rdx	# thread, tmp612
	sarq	$3, %rdx	#, tmp613
	movl	%edx, %eax	# tmp613, tmp650
	movl	%edx, %ecx	# tmp613, tmp649
	subl	%r13d, %eax	# _1, tmp650
	cmpq	%r14, %rdx	# n, tmp613
	movl	%ebp, %edx	# tmp608, tmp658
	cmovl	%rcx, %rax	# tmp650,, tmp649, _660
	movl	%ebp, %ecx	# tmp608, tmp657
	subl	%r13d, %edx	# _1, tmp658
	cmpq	%r14, %rbp	# n, tmp608
	cmovl	%rcx, %rdx	# tmp658,, tmp657, _661
	movq	%rsi, %rbp	# to_, ip
	subq	%rdx, %rax	# _661, tmp616
	leaq	-1(%r8,%rax), %r8	#, budget
.LVL75:
	.loc 2 123 5 discriminator 7 view .LVU333
	.loc 2 123 5 discriminator 7 view .LVU334
	.loc 2 123 5 discriminator 7 view .LVU335
	movq	(%rsi), %rax	# *to__533, w
.LVL76:
.LDL15:
	.loc 2 123 5 discriminator 7 view .LVU336
	.loc 2 123 5 discriminator 7 view .LVU337
	.loc 2 123 5 is_stmt 0 discriminator 7 view .LVU338
	movq	(%rax), %rdx	# w_526->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL77:
	.p2align 4,,10
	.p2align 3
.L172:
.L173:
	.loc 2 123 5 discriminator 7 view .LVU339
.LBE16:
	.loc 2 120 1 is_stmt 1 discriminator 11 view .LVU340
	.loc 2 122 1 discriminator 11 view .LVU341
	.loc 2 122 1 discriminator 11 view .LVU342
	.loc 2 122 1 discriminator 11 view .LVU343
	.loc 2 122 1 discriminator 11 view .LVU344
	.loc 2 122 1 discriminator 11 view .LVU345
	.loc 2 122 1 discriminator 11 view .LVU346
	.loc 2 122 1 discriminator 11 view .LVU347
	.loc 2 122 1 discriminator 11 view .LVU348
	.loc 2 122 1 discriminator 11 view .LVU349
	.loc 2 122 1 discriminator 11 view .LVU350
	.loc 2 122 1 discriminator 11 view .LVU351
	cmpq	%r15, %r9	# rsp, rsp
	jne	.L176	#,
.LBB17:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU352
	movq	%rbp, %rcx	# ip, ip
.LBE17:
# ./isa/ops.inc:122: OP_BEGIN(RET)                                   /* --            */
	.loc 2 122 1 view .LVU353
	xorl	%r11d, %r11d	# arg
	movl	$4, %esi	#, st
.LBB18:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU354
	subq	%r12, %rcx	# thread, ip
.LBE18:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU355
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
	.p2align 4,,10
	.p2align 3
.L168:
.L169:
	.loc 2 117 1 is_stmt 1 discriminator 15 view .LVU356
	.loc 2 117 1 discriminator 15 view .LVU357
	.loc 2 117 1 discriminator 15 view .LVU358
	movslq	24(%rax), %rdx	# w_724->data.br.frame.need, w_724->data.br.frame.need
	movq	%rbx, %rcx	# sp, tmp591
	leaq	(%rdi,%rdx,8), %rdx	#, tmp590
	subq	%rdx, %rcx	# tmp590, tmp591
	movslq	28(%rax), %rdx	# w_724->data.br.frame.span, w_724->data.br.frame.span
	salq	$3, %rdx	#, tmp594
	cmpq	%rcx, %rdx	# tmp591, tmp594
	jb	.L170	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 17 view .LVU359
	leaq	65544(%rdi), %rdx	#, tmp595
	cmpq	%rdx, %r15	# tmp595, rsp
	je	.L170	#,
.L167:
	.loc 2 117 1 is_stmt 1 discriminator 19 view .LVU360
	.loc 2 117 1 discriminator 19 view .LVU361
	.loc 2 118 5 discriminator 19 view .LVU362
	leaq	8(%rbp), %rdx	#, tmp598
	leaq	8(%r15), %rcx	#, rsp
.LVL78:
	.loc 2 118 5 is_stmt 0 discriminator 19 view .LVU363
	movq	%rdx, (%r15)	# tmp598, *rsp_726
.LDL16:
	.loc 2 119 5 is_stmt 1 discriminator 19 view .LVU364
	.loc 2 119 5 discriminator 19 view .LVU365
	.loc 2 119 5 discriminator 19 view .LVU366
	movslq	16(%rax), %rdx	# w_724->data.br.limit, w_724->data.br.limit
	cmpq	%r8, %rdx	# budget, w_724->data.br.limit
	jg	.L262	#,
	.loc 2 119 5 discriminator 2 view .LVU367
	.loc 2 119 5 discriminator 2 view .LVU368
	movq	8(%rax), %rbp	# w_724->data.br.target, ip
.LVL79:
	.loc 2 119 5 is_stmt 0 discriminator 2 view .LVU369
	movslq	20(%rax), %rdx	# w_724->data.br.delta, w_724->data.br.delta
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 discriminator 2 view .LVU370
	movq	%rcx, %r15	# rsp, rsp
.LVL80:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 2 view .LVU371
	movq	0(%rbp), %rax	# *ip_512, w
.LVL81:
	.loc 2 119 5 discriminator 2 view .LVU372
	addq	%rdx, %r8	# w_724->data.br.delta, budget
.LVL82:
	.loc 2 119 5 is_stmt 1 discriminator 2 view .LVU373
	.loc 2 119 5 discriminator 2 view .LVU374
	.loc 2 119 5 discriminator 2 view .LVU375
.LDL17:
	.loc 2 119 5 discriminator 2 view .LVU376
	.loc 2 119 5 discriminator 2 view .LVU377
	.loc 2 119 5 is_stmt 0 discriminator 2 view .LVU378
	movq	(%rax), %rdx	# w_513->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL83:
	.p2align 4,,10
	.p2align 3
.L165:
.L166:
	.loc 2 115 1 is_stmt 1 discriminator 9 view .LVU379
	.loc 2 117 1 discriminator 9 view .LVU380
	.loc 2 117 1 discriminator 9 view .LVU381
	.loc 2 117 1 discriminator 9 view .LVU382
	.loc 2 117 1 discriminator 9 view .LVU383
	.loc 2 117 1 discriminator 9 view .LVU384
	.loc 2 117 1 discriminator 9 view .LVU385
	.loc 2 117 1 discriminator 9 view .LVU386
	.loc 2 117 1 discriminator 9 view .LVU387
	.loc 2 117 1 discriminator 9 view .LVU388
	leaq	65544(%rdi), %rdx	#, tmp584
	cmpq	%rdx, %r15	# tmp584, rsp
	jne	.L167	#,
.LBB19:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU389
	movq	%rbp, %rcx	# ip, ip
.LBE19:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU390
	xorl	%r11d, %r11d	# arg
	movl	$5, %esi	#, st
.LBB20:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU391
	subq	%r12, %rcx	# thread, ip
.LBE20:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU392
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
	.p2align 4,,10
	.p2align 3
.L134:
.L135:
.LVL84:
.L136:
	.loc 2 99 1 is_stmt 1 discriminator 17 view .LVU393
	.loc 2 99 1 discriminator 17 view .LVU394
	.loc 2 99 16 discriminator 17 view .LVU395
.LBB21:
	.loc 2 99 16 discriminator 17 view .LVU396
	.loc 2 99 16 discriminator 17 view .LVU397
	.loc 2 99 16 discriminator 17 view .LVU398
	.loc 2 99 16 discriminator 17 view .LVU399
	.loc 2 99 16 discriminator 17 view .LVU400
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], tmp735
	cmpq	%rax, -8(%rbx)	# tmp735, MEM[(cell *)sp_725 + -8B]
	setl	%al	#, tmp545
.LBE21:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 is_stmt 0 discriminator 17 view .LVU401
	addq	$8, %rbp	#, ip
.LVL85:
.LBB22:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 17 view .LVU402
	subq	$8, %rbx	#, sp
.LVL86:
	.loc 2 99 16 discriminator 17 view .LVU403
	movzbl	%al, %eax	# tmp545, tmp545
	movq	%rax, -8(%rbx)	# tmp545, MEM[(cell *)sp_725 + -16B]
.LVL87:
.LDL18:
	.loc 2 99 16 discriminator 17 view .LVU404
.LBE22:
	.loc 2 99 16 is_stmt 1 discriminator 17 view .LVU405
	.loc 2 99 33 discriminator 17 view .LVU406
	.loc 2 99 33 discriminator 17 view .LVU407
	.loc 2 99 33 discriminator 17 view .LVU408
	.loc 2 99 33 is_stmt 0 discriminator 17 view .LVU409
	movq	0(%rbp), %rax	# *ip_421, w
.LVL88:
	.loc 2 99 33 is_stmt 1 discriminator 17 view .LVU410
	.loc 2 99 33 is_stmt 0 discriminator 17 view .LVU411
	movq	(%rax), %rdx	# w_422->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL89:
	.p2align 4,,10
	.p2align 3
.L132:
.L133:
	.loc 2 98 33 is_stmt 1 discriminator 2 view .LVU412
	.loc 2 99 1 discriminator 2 view .LVU413
	.loc 2 99 1 discriminator 2 view .LVU414
	.loc 2 99 1 discriminator 2 view .LVU415
	.loc 2 99 1 discriminator 2 view .LVU416
	.loc 2 99 1 discriminator 2 view .LVU417
	leaq	16(%rdi), %rax	#, tmp540
.LVL90:
	.loc 2 99 1 is_stmt 0 discriminator 2 view .LVU418
	cmpq	%rax, %rbx	# tmp540, sp
	jnb	.L136	#,
.LDL19:
	.loc 2 99 1 is_stmt 1 view .LVU419
	.loc 2 99 1 view .LVU420
	.loc 2 99 1 view .LVU421
.LVL91:
	.loc 2 99 1 view .LVU422
	subq	%rdi, %rbx	# vm, sp
.LVL92:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU423
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU424
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp541
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU425
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU426
	sarq	$3, %rdx	#, tmp541
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU427
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU428
	movq	%rdx, %r11	# tmp541, arg
.LVL93:
	.loc 2 99 1 is_stmt 1 view .LVU429
	jmp	.L17	#
.LVL94:
	.p2align 4,,10
	.p2align 3
.L129:
.L130:
.L131:
	.loc 2 98 1 discriminator 17 view .LVU430
	.loc 2 98 1 discriminator 17 view .LVU431
	.loc 2 98 16 discriminator 17 view .LVU432
.LBB23:
	.loc 2 98 16 discriminator 17 view .LVU433
	.loc 2 98 16 discriminator 17 view .LVU434
	.loc 2 98 16 discriminator 17 view .LVU435
	.loc 2 98 16 discriminator 17 view .LVU436
	.loc 2 98 16 discriminator 17 view .LVU437
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], tmp732
	cmpq	%rax, -8(%rbx)	# tmp732, MEM[(cell *)sp_725 + -8B]
	setge	%al	#, tmp537
.LBE23:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 is_stmt 0 discriminator 17 view .LVU438
	addq	$8, %rbp	#, ip
.LVL95:
.LBB24:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 17 view .LVU439
	subq	$8, %rbx	#, sp
.LVL96:
	.loc 2 98 16 discriminator 17 view .LVU440
	movzbl	%al, %eax	# tmp537, tmp537
	movq	%rax, -8(%rbx)	# tmp537, MEM[(cell *)sp_725 + -16B]
.LVL97:
.LDL20:
	.loc 2 98 16 discriminator 17 view .LVU441
.LBE24:
	.loc 2 98 16 is_stmt 1 discriminator 17 view .LVU442
	.loc 2 98 33 discriminator 17 view .LVU443
	.loc 2 98 33 discriminator 17 view .LVU444
	.loc 2 98 33 discriminator 17 view .LVU445
	.loc 2 98 33 is_stmt 0 discriminator 17 view .LVU446
	movq	0(%rbp), %rax	# *ip_402, w
.LVL98:
	.loc 2 98 33 is_stmt 1 discriminator 17 view .LVU447
	.loc 2 98 33 is_stmt 0 discriminator 17 view .LVU448
	movq	(%rax), %rdx	# w_403->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL99:
	.p2align 4,,10
	.p2align 3
.L127:
.L128:
	.loc 2 97 33 is_stmt 1 discriminator 2 view .LVU449
	.loc 2 98 1 discriminator 2 view .LVU450
	.loc 2 98 1 discriminator 2 view .LVU451
	.loc 2 98 1 discriminator 2 view .LVU452
	.loc 2 98 1 discriminator 2 view .LVU453
	.loc 2 98 1 discriminator 2 view .LVU454
	leaq	16(%rdi), %rax	#, tmp532
.LVL100:
	.loc 2 98 1 is_stmt 0 discriminator 2 view .LVU455
	cmpq	%rax, %rbx	# tmp532, sp
	jnb	.L131	#,
.LDL21:
	.loc 2 98 1 is_stmt 1 view .LVU456
	.loc 2 98 1 view .LVU457
	.loc 2 98 1 view .LVU458
.LVL101:
	.loc 2 98 1 view .LVU459
	subq	%rdi, %rbx	# vm, sp
.LVL102:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU460
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU461
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp533
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU462
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU463
	sarq	$3, %rdx	#, tmp533
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU464
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU465
	movq	%rdx, %r11	# tmp533, arg
.LVL103:
	.loc 2 98 1 is_stmt 1 view .LVU466
	jmp	.L17	#
.LVL104:
	.p2align 4,,10
	.p2align 3
.L124:
.L125:
.L126:
	.loc 2 97 1 discriminator 17 view .LVU467
	.loc 2 97 1 discriminator 17 view .LVU468
	.loc 2 97 16 discriminator 17 view .LVU469
.LBB25:
	.loc 2 97 16 discriminator 17 view .LVU470
	.loc 2 97 16 discriminator 17 view .LVU471
	.loc 2 97 16 discriminator 17 view .LVU472
	.loc 2 97 16 discriminator 17 view .LVU473
	.loc 2 97 16 discriminator 17 view .LVU474
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], tmp729
	cmpq	%rax, -8(%rbx)	# tmp729, MEM[(cell *)sp_725 + -8B]
	setg	%al	#, tmp529
.LBE25:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 is_stmt 0 discriminator 17 view .LVU475
	addq	$8, %rbp	#, ip
.LVL105:
.LBB26:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 17 view .LVU476
	subq	$8, %rbx	#, sp
.LVL106:
	.loc 2 97 16 discriminator 17 view .LVU477
	movzbl	%al, %eax	# tmp529, tmp529
	movq	%rax, -8(%rbx)	# tmp529, MEM[(cell *)sp_725 + -16B]
.LVL107:
.LDL22:
	.loc 2 97 16 discriminator 17 view .LVU478
.LBE26:
	.loc 2 97 16 is_stmt 1 discriminator 17 view .LVU479
	.loc 2 97 33 discriminator 17 view .LVU480
	.loc 2 97 33 discriminator 17 view .LVU481
	.loc 2 97 33 discriminator 17 view .LVU482
	.loc 2 97 33 is_stmt 0 discriminator 17 view .LVU483
	movq	0(%rbp), %rax	# *ip_400, w
.LVL108:
	.loc 2 97 33 is_stmt 1 discriminator 17 view .LVU484
	.loc 2 97 33 is_stmt 0 discriminator 17 view .LVU485
	movq	(%rax), %rdx	# w_384->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL109:
	.p2align 4,,10
	.p2align 3
.L122:
.L123:
	.loc 2 96 33 is_stmt 1 discriminator 2 view .LVU486
	.loc 2 97 1 discriminator 2 view .LVU487
	.loc 2 97 1 discriminator 2 view .LVU488
	.loc 2 97 1 discriminator 2 view .LVU489
	.loc 2 97 1 discriminator 2 view .LVU490
	.loc 2 97 1 discriminator 2 view .LVU491
	leaq	16(%rdi), %rax	#, tmp524
.LVL110:
	.loc 2 97 1 is_stmt 0 discriminator 2 view .LVU492
	cmpq	%rax, %rbx	# tmp524, sp
	jnb	.L126	#,
.LDL23:
	.loc 2 97 1 is_stmt 1 view .LVU493
	.loc 2 97 1 view .LVU494
	.loc 2 97 1 view .LVU495
.LVL111:
	.loc 2 97 1 view .LVU496
	subq	%rdi, %rbx	# vm, sp
.LVL112:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU497
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU498
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp525
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU499
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU500
	sarq	$3, %rdx	#, tmp525
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU501
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU502
	movq	%rdx, %r11	# tmp525, arg
.LVL113:
	.loc 2 97 1 is_stmt 1 view .LVU503
	jmp	.L17	#
.LVL114:
	.p2align 4,,10
	.p2align 3
.L119:
.L120:
.L121:
	.loc 2 96 1 discriminator 17 view .LVU504
	.loc 2 96 1 discriminator 17 view .LVU505
	.loc 2 96 16 discriminator 17 view .LVU506
.LBB27:
	.loc 2 96 16 discriminator 17 view .LVU507
	.loc 2 96 16 discriminator 17 view .LVU508
	.loc 2 96 16 discriminator 17 view .LVU509
	.loc 2 96 16 discriminator 17 view .LVU510
	.loc 2 96 16 discriminator 17 view .LVU511
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], tmp726
	cmpq	%rax, -16(%rbx)	# tmp726, MEM[(cell *)sp_725 + -16B]
	setne	%al	#, tmp521
.LBE27:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 is_stmt 0 discriminator 17 view .LVU512
	addq	$8, %rbp	#, ip
.LVL115:
.LBB28:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 17 view .LVU513
	subq	$8, %rbx	#, sp
.LVL116:
	.loc 2 96 16 discriminator 17 view .LVU514
	movzbl	%al, %eax	# tmp521, tmp521
	movq	%rax, -8(%rbx)	# tmp521, MEM[(cell *)sp_725 + -16B]
.LVL117:
.LDL24:
	.loc 2 96 16 discriminator 17 view .LVU515
.LBE28:
	.loc 2 96 16 is_stmt 1 discriminator 17 view .LVU516
	.loc 2 96 33 discriminator 17 view .LVU517
	.loc 2 96 33 discriminator 17 view .LVU518
	.loc 2 96 33 discriminator 17 view .LVU519
	.loc 2 96 33 is_stmt 0 discriminator 17 view .LVU520
	movq	0(%rbp), %rax	# *ip_380, w
.LVL118:
	.loc 2 96 33 is_stmt 1 discriminator 17 view .LVU521
	.loc 2 96 33 is_stmt 0 discriminator 17 view .LVU522
	movq	(%rax), %rdx	# w_381->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL119:
	.p2align 4,,10
	.p2align 3
.L117:
.L118:
	.loc 2 95 33 is_stmt 1 discriminator 2 view .LVU523
	.loc 2 96 1 discriminator 2 view .LVU524
	.loc 2 96 1 discriminator 2 view .LVU525
	.loc 2 96 1 discriminator 2 view .LVU526
	.loc 2 96 1 discriminator 2 view .LVU527
	.loc 2 96 1 discriminator 2 view .LVU528
	leaq	16(%rdi), %rax	#, tmp516
.LVL120:
	.loc 2 96 1 is_stmt 0 discriminator 2 view .LVU529
	cmpq	%rax, %rbx	# tmp516, sp
	jnb	.L121	#,
.LDL25:
	.loc 2 96 1 is_stmt 1 view .LVU530
	.loc 2 96 1 view .LVU531
	.loc 2 96 1 view .LVU532
.LVL121:
	.loc 2 96 1 view .LVU533
	subq	%rdi, %rbx	# vm, sp
.LVL122:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU534
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU535
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp517
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU536
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU537
	sarq	$3, %rdx	#, tmp517
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU538
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU539
	movq	%rdx, %r11	# tmp517, arg
.LVL123:
	.loc 2 96 1 is_stmt 1 view .LVU540
	jmp	.L17	#
.LVL124:
	.p2align 4,,10
	.p2align 3
.L114:
.L115:
.L116:
	.loc 2 95 1 discriminator 17 view .LVU541
	.loc 2 95 1 discriminator 17 view .LVU542
	.loc 2 95 16 discriminator 17 view .LVU543
.LBB29:
	.loc 2 95 16 discriminator 17 view .LVU544
	.loc 2 95 16 discriminator 17 view .LVU545
	.loc 2 95 16 discriminator 17 view .LVU546
	.loc 2 95 16 discriminator 17 view .LVU547
	.loc 2 95 16 discriminator 17 view .LVU548
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], tmp723
	cmpq	%rax, -8(%rbx)	# tmp723, MEM[(cell *)sp_725 + -8B]
	sete	%al	#, tmp513
.LBE29:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 is_stmt 0 discriminator 17 view .LVU549
	addq	$8, %rbp	#, ip
.LVL125:
.LBB30:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 17 view .LVU550
	subq	$8, %rbx	#, sp
.LVL126:
	.loc 2 95 16 discriminator 17 view .LVU551
	movzbl	%al, %eax	# tmp513, tmp513
	movq	%rax, -8(%rbx)	# tmp513, MEM[(cell *)sp_725 + -16B]
.LVL127:
.LDL26:
	.loc 2 95 16 discriminator 17 view .LVU552
.LBE30:
	.loc 2 95 16 is_stmt 1 discriminator 17 view .LVU553
	.loc 2 95 33 discriminator 17 view .LVU554
	.loc 2 95 33 discriminator 17 view .LVU555
	.loc 2 95 33 discriminator 17 view .LVU556
	.loc 2 95 33 is_stmt 0 discriminator 17 view .LVU557
	movq	0(%rbp), %rax	# *ip_361, w
.LVL128:
	.loc 2 95 33 is_stmt 1 discriminator 17 view .LVU558
	.loc 2 95 33 is_stmt 0 discriminator 17 view .LVU559
	movq	(%rax), %rdx	# w_362->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL129:
	.p2align 4,,10
	.p2align 3
.L112:
.L113:
	.loc 2 93 68 is_stmt 1 discriminator 2 view .LVU560
	.loc 2 95 1 discriminator 2 view .LVU561
	.loc 2 95 1 discriminator 2 view .LVU562
	.loc 2 95 1 discriminator 2 view .LVU563
	.loc 2 95 1 discriminator 2 view .LVU564
	.loc 2 95 1 discriminator 2 view .LVU565
	leaq	16(%rdi), %rax	#, tmp508
.LVL130:
	.loc 2 95 1 is_stmt 0 discriminator 2 view .LVU566
	cmpq	%rax, %rbx	# tmp508, sp
	jnb	.L116	#,
.LDL27:
	.loc 2 95 1 is_stmt 1 view .LVU567
	.loc 2 95 1 view .LVU568
	.loc 2 95 1 view .LVU569
.LVL131:
	.loc 2 95 1 view .LVU570
	subq	%rdi, %rbx	# vm, sp
.LVL132:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU571
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU572
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp509
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU573
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU574
	sarq	$3, %rdx	#, tmp509
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU575
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU576
	movq	%rdx, %r11	# tmp509, arg
.LVL133:
	.loc 2 95 1 is_stmt 1 view .LVU577
	jmp	.L17	#
.LVL134:
	.p2align 4,,10
	.p2align 3
.L109:
.L110:
.L111:
	.loc 2 93 1 discriminator 17 view .LVU578
	.loc 2 93 1 discriminator 17 view .LVU579
	.loc 2 93 16 discriminator 17 view .LVU580
.LBB31:
	.loc 2 93 16 discriminator 17 view .LVU581
	.loc 2 93 16 discriminator 17 view .LVU582
	.loc 2 93 16 discriminator 17 view .LVU583
	.loc 2 93 16 discriminator 17 view .LVU584
	.loc 2 93 16 discriminator 17 view .LVU585
.LBE31:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 17 view .LVU586
	movq	8(%rbp), %rax	# *ip_341, w
.LBB32:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 17 view .LVU587
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
.LBE32:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 17 view .LVU588
	addq	$8, %rbp	#, ip
.LVL135:
.LBB33:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 17 view .LVU589
	sarq	%cl, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL136:
.LDL28:
	.loc 2 93 16 discriminator 17 view .LVU590
.LBE33:
	.loc 2 93 16 is_stmt 1 discriminator 17 view .LVU591
	.loc 2 93 68 discriminator 17 view .LVU592
	.loc 2 93 68 discriminator 17 view .LVU593
	.loc 2 93 68 discriminator 17 view .LVU594
	.loc 2 93 68 discriminator 17 view .LVU595
.LBB34:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 17 view .LVU596
	subq	$8, %rbx	#, sp
.LVL137:
	.loc 2 93 16 discriminator 17 view .LVU597
.LBE34:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 17 view .LVU598
	movq	(%rax), %rdx	# w_342->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL138:
	.p2align 4,,10
	.p2align 3
.L107:
.L108:
	.loc 2 91 55 is_stmt 1 discriminator 2 view .LVU599
	.loc 2 93 1 discriminator 2 view .LVU600
	.loc 2 93 1 discriminator 2 view .LVU601
	.loc 2 93 1 discriminator 2 view .LVU602
	.loc 2 93 1 discriminator 2 view .LVU603
	.loc 2 93 1 discriminator 2 view .LVU604
	leaq	16(%rdi), %rax	#, tmp501
.LVL139:
	.loc 2 93 1 is_stmt 0 discriminator 2 view .LVU605
	cmpq	%rax, %rbx	# tmp501, sp
	jnb	.L111	#,
.LDL29:
	.loc 2 93 1 is_stmt 1 view .LVU606
	.loc 2 93 1 view .LVU607
	.loc 2 93 1 view .LVU608
.LVL140:
	.loc 2 93 1 view .LVU609
	subq	%rdi, %rbx	# vm, sp
.LVL141:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU610
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU611
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp502
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU612
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU613
	sarq	$3, %rdx	#, tmp502
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU614
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU615
	movq	%rdx, %r11	# tmp502, arg
.LVL142:
	.loc 2 93 1 is_stmt 1 view .LVU616
	jmp	.L17	#
.LVL143:
	.p2align 4,,10
	.p2align 3
.L104:
.L105:
.L106:
	.loc 2 91 1 discriminator 17 view .LVU617
	.loc 2 91 1 discriminator 17 view .LVU618
	.loc 2 91 16 discriminator 17 view .LVU619
.LBB35:
	.loc 2 91 16 discriminator 17 view .LVU620
	.loc 2 91 16 discriminator 17 view .LVU621
	.loc 2 91 16 discriminator 17 view .LVU622
	.loc 2 91 16 discriminator 17 view .LVU623
	.loc 2 91 16 discriminator 17 view .LVU624
.LBE35:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 17 view .LVU625
	movq	8(%rbp), %rax	# *ip_318, w
.LBB36:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 17 view .LVU626
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
.LBE36:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 17 view .LVU627
	addq	$8, %rbp	#, ip
.LVL144:
.LBB37:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 17 view .LVU628
	salq	%cl, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL145:
.LDL30:
	.loc 2 91 16 discriminator 17 view .LVU629
.LBE37:
	.loc 2 91 16 is_stmt 1 discriminator 17 view .LVU630
	.loc 2 91 55 discriminator 17 view .LVU631
	.loc 2 91 55 discriminator 17 view .LVU632
	.loc 2 91 55 discriminator 17 view .LVU633
	.loc 2 91 55 discriminator 17 view .LVU634
.LBB38:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 is_stmt 0 discriminator 17 view .LVU635
	subq	$8, %rbx	#, sp
.LVL146:
	.loc 2 91 16 discriminator 17 view .LVU636
.LBE38:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 17 view .LVU637
	movq	(%rax), %rdx	# w_319->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL147:
	.p2align 4,,10
	.p2align 3
.L102:
.L103:
	.loc 2 90 32 is_stmt 1 discriminator 2 view .LVU638
	.loc 2 91 1 discriminator 2 view .LVU639
	.loc 2 91 1 discriminator 2 view .LVU640
	.loc 2 91 1 discriminator 2 view .LVU641
	.loc 2 91 1 discriminator 2 view .LVU642
	.loc 2 91 1 discriminator 2 view .LVU643
	leaq	16(%rdi), %rax	#, tmp494
.LVL148:
	.loc 2 91 1 is_stmt 0 discriminator 2 view .LVU644
	cmpq	%rax, %rbx	# tmp494, sp
	jnb	.L106	#,
.LDL31:
	.loc 2 91 1 is_stmt 1 view .LVU645
	.loc 2 91 1 view .LVU646
	.loc 2 91 1 view .LVU647
.LVL149:
	.loc 2 91 1 view .LVU648
	subq	%rdi, %rbx	# vm, sp
.LVL150:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU649
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU650
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp495
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU651
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU652
	sarq	$3, %rdx	#, tmp495
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU653
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU654
	movq	%rdx, %r11	# tmp495, arg
.LVL151:
	.loc 2 91 1 is_stmt 1 view .LVU655
	jmp	.L17	#
.LVL152:
	.p2align 4,,10
	.p2align 3
.L99:
.L100:
.L101:
	.loc 2 90 1 discriminator 17 view .LVU656
	.loc 2 90 1 discriminator 17 view .LVU657
	.loc 2 90 16 discriminator 17 view .LVU658
.LBB39:
	.loc 2 90 16 discriminator 17 view .LVU659
	.loc 2 90 16 discriminator 17 view .LVU660
	.loc 2 90 16 discriminator 17 view .LVU661
	.loc 2 90 16 discriminator 17 view .LVU662
	.loc 2 90 16 discriminator 17 view .LVU663
.LBE39:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 is_stmt 0 discriminator 17 view .LVU664
	addq	$8, %rbp	#, ip
.LVL153:
.LBB40:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 17 view .LVU665
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	xorq	%rax, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL154:
.LDL32:
	.loc 2 90 16 discriminator 17 view .LVU666
.LBE40:
	.loc 2 90 16 is_stmt 1 discriminator 17 view .LVU667
	.loc 2 90 32 discriminator 17 view .LVU668
	.loc 2 90 32 discriminator 17 view .LVU669
	.loc 2 90 32 discriminator 17 view .LVU670
.LBB41:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 17 view .LVU671
	subq	$8, %rbx	#, sp
.LVL155:
	.loc 2 90 16 discriminator 17 view .LVU672
.LBE41:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 17 view .LVU673
	movq	0(%rbp), %rax	# *ip_304, w
.LVL156:
	.loc 2 90 32 is_stmt 1 discriminator 17 view .LVU674
	.loc 2 90 32 is_stmt 0 discriminator 17 view .LVU675
	movq	(%rax), %rdx	# w_300->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL157:
	.p2align 4,,10
	.p2align 3
.L97:
.L98:
	.loc 2 89 32 is_stmt 1 discriminator 2 view .LVU676
	.loc 2 90 1 discriminator 2 view .LVU677
	.loc 2 90 1 discriminator 2 view .LVU678
	.loc 2 90 1 discriminator 2 view .LVU679
	.loc 2 90 1 discriminator 2 view .LVU680
	.loc 2 90 1 discriminator 2 view .LVU681
	leaq	16(%rdi), %rax	#, tmp488
.LVL158:
	.loc 2 90 1 is_stmt 0 discriminator 2 view .LVU682
	cmpq	%rax, %rbx	# tmp488, sp
	jnb	.L101	#,
.LDL33:
	.loc 2 90 1 is_stmt 1 view .LVU683
	.loc 2 90 1 view .LVU684
	.loc 2 90 1 view .LVU685
.LVL159:
	.loc 2 90 1 view .LVU686
	subq	%rdi, %rbx	# vm, sp
.LVL160:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU687
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU688
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp489
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU689
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU690
	sarq	$3, %rdx	#, tmp489
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU691
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU692
	movq	%rdx, %r11	# tmp489, arg
.LVL161:
	.loc 2 90 1 is_stmt 1 view .LVU693
	jmp	.L17	#
.LVL162:
	.p2align 4,,10
	.p2align 3
.L94:
.L95:
.L96:
	.loc 2 89 1 discriminator 17 view .LVU694
	.loc 2 89 1 discriminator 17 view .LVU695
	.loc 2 89 16 discriminator 17 view .LVU696
.LBB42:
	.loc 2 89 16 discriminator 17 view .LVU697
	.loc 2 89 16 discriminator 17 view .LVU698
	.loc 2 89 16 discriminator 17 view .LVU699
	.loc 2 89 16 discriminator 17 view .LVU700
	.loc 2 89 16 discriminator 17 view .LVU701
.LBE42:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 is_stmt 0 discriminator 17 view .LVU702
	addq	$8, %rbp	#, ip
.LVL163:
.LBB43:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 17 view .LVU703
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	orq	%rax, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL164:
.LDL34:
	.loc 2 89 16 discriminator 17 view .LVU704
.LBE43:
	.loc 2 89 16 is_stmt 1 discriminator 17 view .LVU705
	.loc 2 89 32 discriminator 17 view .LVU706
	.loc 2 89 32 discriminator 17 view .LVU707
	.loc 2 89 32 discriminator 17 view .LVU708
.LBB44:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 17 view .LVU709
	subq	$8, %rbx	#, sp
.LVL165:
	.loc 2 89 16 discriminator 17 view .LVU710
.LBE44:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 17 view .LVU711
	movq	0(%rbp), %rax	# *ip_285, w
.LVL166:
	.loc 2 89 32 is_stmt 1 discriminator 17 view .LVU712
	.loc 2 89 32 is_stmt 0 discriminator 17 view .LVU713
	movq	(%rax), %rdx	# w_286->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL167:
	.p2align 4,,10
	.p2align 3
.L92:
.L93:
	.loc 2 88 32 is_stmt 1 discriminator 2 view .LVU714
	.loc 2 89 1 discriminator 2 view .LVU715
	.loc 2 89 1 discriminator 2 view .LVU716
	.loc 2 89 1 discriminator 2 view .LVU717
	.loc 2 89 1 discriminator 2 view .LVU718
	.loc 2 89 1 discriminator 2 view .LVU719
	leaq	16(%rdi), %rax	#, tmp482
.LVL168:
	.loc 2 89 1 is_stmt 0 discriminator 2 view .LVU720
	cmpq	%rax, %rbx	# tmp482, sp
	jnb	.L96	#,
.LDL35:
	.loc 2 89 1 is_stmt 1 view .LVU721
	.loc 2 89 1 view .LVU722
	.loc 2 89 1 view .LVU723
.LVL169:
	.loc 2 89 1 view .LVU724
	subq	%rdi, %rbx	# vm, sp
.LVL170:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU725
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU726
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp483
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU727
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU728
	sarq	$3, %rdx	#, tmp483
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU729
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU730
	movq	%rdx, %r11	# tmp483, arg
.LVL171:
	.loc 2 89 1 is_stmt 1 view .LVU731
	jmp	.L17	#
.LVL172:
	.p2align 4,,10
	.p2align 3
.L89:
.L90:
.L91:
	.loc 2 88 1 discriminator 17 view .LVU732
	.loc 2 88 1 discriminator 17 view .LVU733
	.loc 2 88 16 discriminator 17 view .LVU734
.LBB45:
	.loc 2 88 16 discriminator 17 view .LVU735
	.loc 2 88 16 discriminator 17 view .LVU736
	.loc 2 88 16 discriminator 17 view .LVU737
	.loc 2 88 16 discriminator 17 view .LVU738
	.loc 2 88 16 discriminator 17 view .LVU739
.LBE45:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 is_stmt 0 discriminator 17 view .LVU740
	addq	$8, %rbp	#, ip
.LVL173:
.LBB46:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 17 view .LVU741
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	andq	%rax, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL174:
.LDL36:
	.loc 2 88 16 discriminator 17 view .LVU742
.LBE46:
	.loc 2 88 16 is_stmt 1 discriminator 17 view .LVU743
	.loc 2 88 32 discriminator 17 view .LVU744
	.loc 2 88 32 discriminator 17 view .LVU745
	.loc 2 88 32 discriminator 17 view .LVU746
.LBB47:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 17 view .LVU747
	subq	$8, %rbx	#, sp
.LVL175:
	.loc 2 88 16 discriminator 17 view .LVU748
.LBE47:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 17 view .LVU749
	movq	0(%rbp), %rax	# *ip_271, w
.LVL176:
	.loc 2 88 32 is_stmt 1 discriminator 17 view .LVU750
	.loc 2 88 32 is_stmt 0 discriminator 17 view .LVU751
	movq	(%rax), %rdx	# w_268->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL177:
	.p2align 4,,10
	.p2align 3
.L87:
.L88:
	.loc 2 86 1 is_stmt 1 discriminator 2 view .LVU752
	.loc 2 88 1 discriminator 2 view .LVU753
	.loc 2 88 1 discriminator 2 view .LVU754
	.loc 2 88 1 discriminator 2 view .LVU755
	.loc 2 88 1 discriminator 2 view .LVU756
	.loc 2 88 1 discriminator 2 view .LVU757
	leaq	16(%rdi), %rax	#, tmp476
.LVL178:
	.loc 2 88 1 is_stmt 0 discriminator 2 view .LVU758
	cmpq	%rax, %rbx	# tmp476, sp
	jnb	.L91	#,
.LDL37:
	.loc 2 88 1 is_stmt 1 view .LVU759
	.loc 2 88 1 view .LVU760
	.loc 2 88 1 view .LVU761
.LVL179:
	.loc 2 88 1 view .LVU762
	subq	%rdi, %rbx	# vm, sp
.LVL180:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU763
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU764
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp477
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU765
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU766
	sarq	$3, %rdx	#, tmp477
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU767
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU768
	movq	%rdx, %r11	# tmp477, arg
.LVL181:
	.loc 2 88 1 is_stmt 1 view .LVU769
	jmp	.L17	#
.LVL182:
	.p2align 4,,10
	.p2align 3
.L84:
.L85:
.L86:
	.loc 2 84 1 discriminator 17 view .LVU770
	.loc 2 84 1 discriminator 17 view .LVU771
	.loc 2 85 5 discriminator 17 view .LVU772
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 is_stmt 0 discriminator 17 view .LVU773
	movq	8(%rbp), %rax	# *ip_266, w
	addq	$8, %rbp	#, ip
.LVL183:
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 discriminator 17 view .LVU774
	notq	-8(%rbx)	# MEM[(cell *)sp_725 + -8B]
.LDL38:
	.loc 2 86 1 is_stmt 1 discriminator 17 view .LVU775
	.loc 2 86 1 discriminator 17 view .LVU776
	.loc 2 86 1 discriminator 17 view .LVU777
.LVL184:
	.loc 2 86 1 discriminator 17 view .LVU778
	jmp	*(%rax)	# w_267->code
	.p2align 4,,10
	.p2align 3
.L82:
.L83:
	.loc 2 82 1 discriminator 2 view .LVU779
	.loc 2 84 1 discriminator 2 view .LVU780
	.loc 2 84 1 discriminator 2 view .LVU781
	.loc 2 84 1 discriminator 2 view .LVU782
	.loc 2 84 1 discriminator 2 view .LVU783
	.loc 2 84 1 discriminator 2 view .LVU784
	leaq	8(%rdi), %rax	#, tmp471
.LVL185:
	.loc 2 84 1 is_stmt 0 discriminator 2 view .LVU785
	cmpq	%rax, %rbx	# tmp471, sp
	jnb	.L86	#,
.LDL39:
	.loc 2 84 1 is_stmt 1 view .LVU786
	.loc 2 84 1 view .LVU787
	.loc 2 84 1 view .LVU788
.LVL186:
	.loc 2 84 1 view .LVU789
	subq	%rdi, %rbx	# vm, sp
.LVL187:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU790
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU791
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp472
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU792
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU793
	sarq	$3, %rdx	#, tmp472
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU794
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU795
	movq	%rdx, %r11	# tmp472, arg
.LVL188:
	.loc 2 84 1 is_stmt 1 view .LVU796
	jmp	.L17	#
.LVL189:
	.p2align 4,,10
	.p2align 3
.L79:
.L80:
.L81:
	.loc 2 80 1 discriminator 17 view .LVU797
	.loc 2 80 1 discriminator 17 view .LVU798
	.loc 2 81 5 discriminator 17 view .LVU799
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 is_stmt 0 discriminator 17 view .LVU800
	movq	8(%rbp), %rax	# *ip_250, w
	addq	$8, %rbp	#, ip
.LVL190:
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 discriminator 17 view .LVU801
	negq	-8(%rbx)	# MEM[(cell *)sp_725 + -8B]
.LDL40:
	.loc 2 82 1 is_stmt 1 discriminator 17 view .LVU802
	.loc 2 82 1 discriminator 17 view .LVU803
	.loc 2 82 1 discriminator 17 view .LVU804
.LVL191:
	.loc 2 82 1 discriminator 17 view .LVU805
	jmp	*(%rax)	# w_246->code
	.p2align 4,,10
	.p2align 3
.L77:
.L78:
	.loc 2 78 1 discriminator 2 view .LVU806
	.loc 2 80 1 discriminator 2 view .LVU807
	.loc 2 80 1 discriminator 2 view .LVU808
	.loc 2 80 1 discriminator 2 view .LVU809
	.loc 2 80 1 discriminator 2 view .LVU810
	.loc 2 80 1 discriminator 2 view .LVU811
	leaq	8(%rdi), %rax	#, tmp466
.LVL192:
	.loc 2 80 1 is_stmt 0 discriminator 2 view .LVU812
	cmpq	%rax, %rbx	# tmp466, sp
	jnb	.L81	#,
.LDL41:
	.loc 2 80 1 is_stmt 1 view .LVU813
	.loc 2 80 1 view .LVU814
	.loc 2 80 1 view .LVU815
.LVL193:
	.loc 2 80 1 view .LVU816
	subq	%rdi, %rbx	# vm, sp
.LVL194:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU817
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU818
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp467
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU819
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU820
	sarq	$3, %rdx	#, tmp467
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU821
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU822
	movq	%rdx, %r11	# tmp467, arg
.LVL195:
	.loc 2 80 1 is_stmt 1 view .LVU823
	jmp	.L17	#
.LVL196:
	.p2align 4,,10
	.p2align 3
.L72:
.L73:
.L74:
	.loc 2 74 1 discriminator 17 view .LVU824
	.loc 2 74 1 discriminator 17 view .LVU825
	.loc 2 75 5 discriminator 17 view .LVU826
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 is_stmt 0 discriminator 17 view .LVU827
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_725 + -8B], arg
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 17 view .LVU828
	testq	%r11, %r11	# arg
	je	.L263	#,
	.loc 2 76 9 is_stmt 1 view .LVU829
	.loc 2 77 5 view .LVU830
.LBB48:
	.loc 2 77 5 view .LVU831
.LVL197:
	.loc 2 77 5 is_stmt 0 view .LVU832
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], a
.LVL198:
	.loc 2 77 5 is_stmt 1 view .LVU833
	.loc 2 77 5 view .LVU834
	.loc 2 77 5 view .LVU835
	leaq	-8(%rbx), %rcx	#, sp
.LVL199:
	.loc 2 77 5 view .LVU836
	xorl	%esi, %esi	# iftmp.23_228
	cmpq	$-1, %r11	#, arg
	je	.L76	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU837
	cqto
	idivq	%r11	# arg
.LVL200:
	.loc 2 77 5 discriminator 1 view .LVU838
	movq	%rdx, %rsi	# iftmp.23_228, iftmp.23_228
.L76:
.LBE48:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU839
	movq	8(%rbp), %rax	# *ip_226, w
.LBB49:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU840
	movq	%rsi, -16(%rbx)	# iftmp.23_228, MEM[(cell *)sp_725 + -16B]
.LVL201:
.LDL42:
	.loc 2 77 5 discriminator 4 view .LVU841
.LBE49:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU842
	.loc 2 78 1 discriminator 4 view .LVU843
	.loc 2 78 1 discriminator 4 view .LVU844
	.loc 2 78 1 discriminator 4 view .LVU845
	addq	$8, %rbp	#, ip
.LVL202:
	.loc 2 78 1 discriminator 4 view .LVU846
.LBB50:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 4 view .LVU847
	movq	%rcx, %rbx	# sp, sp
.LVL203:
	.loc 2 77 5 discriminator 4 view .LVU848
.LBE50:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU849
	movq	(%rax), %rdx	# w_227->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL204:
	.p2align 4,,10
	.p2align 3
.L70:
.L71:
	.loc 2 72 1 is_stmt 1 discriminator 2 view .LVU850
	.loc 2 74 1 discriminator 2 view .LVU851
	.loc 2 74 1 discriminator 2 view .LVU852
	.loc 2 74 1 discriminator 2 view .LVU853
	.loc 2 74 1 discriminator 2 view .LVU854
	.loc 2 74 1 discriminator 2 view .LVU855
	leaq	16(%rdi), %rax	#, tmp457
.LVL205:
	.loc 2 74 1 is_stmt 0 discriminator 2 view .LVU856
	cmpq	%rax, %rbx	# tmp457, sp
	jnb	.L74	#,
.LDL43:
	.loc 2 74 1 is_stmt 1 view .LVU857
	.loc 2 74 1 view .LVU858
	.loc 2 74 1 view .LVU859
.LVL206:
	.loc 2 74 1 view .LVU860
	subq	%rdi, %rbx	# vm, sp
.LVL207:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU861
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU862
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp458
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU863
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU864
	sarq	$3, %rdx	#, tmp458
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU865
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU866
	movq	%rdx, %r11	# tmp458, arg
.LVL208:
	.loc 2 74 1 is_stmt 1 view .LVU867
	jmp	.L17	#
.LVL209:
	.p2align 4,,10
	.p2align 3
.L64:
.L65:
.L66:
	.loc 2 67 1 discriminator 17 view .LVU868
	.loc 2 67 1 discriminator 17 view .LVU869
	.loc 2 68 5 discriminator 17 view .LVU870
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 17 view .LVU871
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_725 + -8B], arg
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 17 view .LVU872
	testq	%r11, %r11	# arg
	je	.L264	#,
	.loc 2 69 9 is_stmt 1 view .LVU873
	.loc 2 71 5 view .LVU874
.LBB51:
	.loc 2 71 5 view .LVU875
.LVL210:
	.loc 2 71 5 is_stmt 0 view .LVU876
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], a
.LVL211:
	.loc 2 71 5 is_stmt 1 view .LVU877
	.loc 2 71 5 view .LVU878
	.loc 2 71 5 view .LVU879
	leaq	-8(%rbx), %rcx	#, sp
.LVL212:
	.loc 2 71 5 view .LVU880
	cmpq	$-1, %r11	#, arg
	je	.L265	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU881
	cqto
	idivq	%r11	# arg
.LVL213:
.L69:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU882
	movq	%rax, -16(%rbx)	# iftmp.20_203, MEM[(cell *)sp_725 + -16B]
.LVL214:
.LDL44:
	.loc 2 71 5 discriminator 4 view .LVU883
.LBE51:
	.loc 2 71 5 is_stmt 1 discriminator 4 view .LVU884
	.loc 2 72 1 discriminator 4 view .LVU885
	.loc 2 72 1 discriminator 4 view .LVU886
	.loc 2 72 1 discriminator 4 view .LVU887
	movq	8(%rbp), %rax	# *ip_206, w
	movq	(%rax), %rdx	# w_207->code, gotovar.54_697
	addq	$8, %rbp	#, ip
.LVL215:
	.loc 2 72 1 discriminator 4 view .LVU888
.LBB52:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 4 view .LVU889
	movq	%rcx, %rbx	# sp, sp
.LVL216:
	.loc 2 71 5 discriminator 4 view .LVU890
	jmp	*%rdx	# gotovar.54_697
.LVL217:
	.p2align 4,,10
	.p2align 3
.L62:
.L63:
	.loc 2 71 5 discriminator 4 view .LVU891
.LBE52:
	.loc 2 65 54 is_stmt 1 discriminator 2 view .LVU892
	.loc 2 67 1 discriminator 2 view .LVU893
	.loc 2 67 1 discriminator 2 view .LVU894
	.loc 2 67 1 discriminator 2 view .LVU895
	.loc 2 67 1 discriminator 2 view .LVU896
	.loc 2 67 1 discriminator 2 view .LVU897
	leaq	16(%rdi), %rax	#, tmp448
.LVL218:
	.loc 2 67 1 is_stmt 0 discriminator 2 view .LVU898
	cmpq	%rax, %rbx	# tmp448, sp
	jnb	.L66	#,
.LDL45:
	.loc 2 67 1 is_stmt 1 view .LVU899
	.loc 2 67 1 view .LVU900
	.loc 2 67 1 view .LVU901
.LVL219:
	.loc 2 67 1 view .LVU902
	subq	%rdi, %rbx	# vm, sp
.LVL220:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU903
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU904
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp449
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU905
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU906
	sarq	$3, %rdx	#, tmp449
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU907
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU908
	movq	%rdx, %r11	# tmp449, arg
.LVL221:
	.loc 2 67 1 is_stmt 1 view .LVU909
	jmp	.L17	#
.LVL222:
	.p2align 4,,10
	.p2align 3
.L59:
.L60:
.L61:
	.loc 2 65 1 discriminator 17 view .LVU910
	.loc 2 65 1 discriminator 17 view .LVU911
	.loc 2 65 16 discriminator 17 view .LVU912
.LBB53:
	.loc 2 65 16 discriminator 17 view .LVU913
	.loc 2 65 16 discriminator 17 view .LVU914
	.loc 2 65 16 discriminator 17 view .LVU915
	.loc 2 65 16 discriminator 17 view .LVU916
	.loc 2 65 16 discriminator 17 view .LVU917
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], MEM[(cell *)sp_725 + -16B]
	imulq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], tmp446
.LBE53:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 17 view .LVU918
	addq	$8, %rbp	#, ip
.LVL223:
.LBB54:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 17 view .LVU919
	subq	$8, %rbx	#, sp
.LVL224:
	.loc 2 65 16 discriminator 17 view .LVU920
	movq	%rax, -8(%rbx)	# tmp446, MEM[(cell *)sp_725 + -16B]
.LVL225:
.LDL46:
	.loc 2 65 16 discriminator 17 view .LVU921
.LBE54:
	.loc 2 65 16 is_stmt 1 discriminator 17 view .LVU922
	.loc 2 65 54 discriminator 17 view .LVU923
	.loc 2 65 54 discriminator 17 view .LVU924
	.loc 2 65 54 discriminator 17 view .LVU925
	.loc 2 65 54 is_stmt 0 discriminator 17 view .LVU926
	movq	0(%rbp), %rax	# *ip_185, w
.LVL226:
	.loc 2 65 54 is_stmt 1 discriminator 17 view .LVU927
	.loc 2 65 54 is_stmt 0 discriminator 17 view .LVU928
	movq	(%rax), %rdx	# w_167->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL227:
	.p2align 4,,10
	.p2align 3
.L57:
.L58:
	.loc 2 64 54 is_stmt 1 discriminator 2 view .LVU929
	.loc 2 65 1 discriminator 2 view .LVU930
	.loc 2 65 1 discriminator 2 view .LVU931
	.loc 2 65 1 discriminator 2 view .LVU932
	.loc 2 65 1 discriminator 2 view .LVU933
	.loc 2 65 1 discriminator 2 view .LVU934
	leaq	16(%rdi), %rax	#, tmp441
.LVL228:
	.loc 2 65 1 is_stmt 0 discriminator 2 view .LVU935
	cmpq	%rax, %rbx	# tmp441, sp
	jnb	.L61	#,
.LDL47:
	.loc 2 65 1 is_stmt 1 view .LVU936
	.loc 2 65 1 view .LVU937
	.loc 2 65 1 view .LVU938
.LVL229:
	.loc 2 65 1 view .LVU939
	subq	%rdi, %rbx	# vm, sp
.LVL230:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU940
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU941
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp442
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU942
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU943
	sarq	$3, %rdx	#, tmp442
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU944
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU945
	movq	%rdx, %r11	# tmp442, arg
.LVL231:
	.loc 2 65 1 is_stmt 1 view .LVU946
	jmp	.L17	#
.LVL232:
	.p2align 4,,10
	.p2align 3
.L54:
.L55:
.L56:
	.loc 2 64 1 discriminator 17 view .LVU947
	.loc 2 64 1 discriminator 17 view .LVU948
	.loc 2 64 16 discriminator 17 view .LVU949
.LBB55:
	.loc 2 64 16 discriminator 17 view .LVU950
	.loc 2 64 16 discriminator 17 view .LVU951
	.loc 2 64 16 discriminator 17 view .LVU952
	.loc 2 64 16 discriminator 17 view .LVU953
	.loc 2 64 16 discriminator 17 view .LVU954
.LBE55:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 is_stmt 0 discriminator 17 view .LVU955
	addq	$8, %rbp	#, ip
.LVL233:
.LBB56:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 17 view .LVU956
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	subq	%rax, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL234:
.LDL48:
	.loc 2 64 16 discriminator 17 view .LVU957
.LBE56:
	.loc 2 64 16 is_stmt 1 discriminator 17 view .LVU958
	.loc 2 64 54 discriminator 17 view .LVU959
	.loc 2 64 54 discriminator 17 view .LVU960
	.loc 2 64 54 discriminator 17 view .LVU961
.LBB57:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 is_stmt 0 discriminator 17 view .LVU962
	subq	$8, %rbx	#, sp
.LVL235:
	.loc 2 64 16 discriminator 17 view .LVU963
.LBE57:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 17 view .LVU964
	movq	0(%rbp), %rax	# *ip_163, w
.LVL236:
	.loc 2 64 54 is_stmt 1 discriminator 17 view .LVU965
	.loc 2 64 54 is_stmt 0 discriminator 17 view .LVU966
	movq	(%rax), %rdx	# w_164->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL237:
	.p2align 4,,10
	.p2align 3
.L52:
.L53:
	.loc 2 63 54 is_stmt 1 discriminator 2 view .LVU967
	.loc 2 64 1 discriminator 2 view .LVU968
	.loc 2 64 1 discriminator 2 view .LVU969
	.loc 2 64 1 discriminator 2 view .LVU970
	.loc 2 64 1 discriminator 2 view .LVU971
	.loc 2 64 1 discriminator 2 view .LVU972
	leaq	16(%rdi), %rax	#, tmp435
.LVL238:
	.loc 2 64 1 is_stmt 0 discriminator 2 view .LVU973
	cmpq	%rax, %rbx	# tmp435, sp
	jnb	.L56	#,
.LDL49:
	.loc 2 64 1 is_stmt 1 view .LVU974
	.loc 2 64 1 view .LVU975
	.loc 2 64 1 view .LVU976
.LVL239:
	.loc 2 64 1 view .LVU977
	subq	%rdi, %rbx	# vm, sp
.LVL240:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU978
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU979
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp436
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU980
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU981
	sarq	$3, %rdx	#, tmp436
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU982
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU983
	movq	%rdx, %r11	# tmp436, arg
.LVL241:
	.loc 2 64 1 is_stmt 1 view .LVU984
	jmp	.L17	#
.LVL242:
	.p2align 4,,10
	.p2align 3
.L49:
.L50:
.L51:
	.loc 2 63 1 discriminator 17 view .LVU985
	.loc 2 63 1 discriminator 17 view .LVU986
	.loc 2 63 16 discriminator 17 view .LVU987
.LBB58:
	.loc 2 63 16 discriminator 17 view .LVU988
	.loc 2 63 16 discriminator 17 view .LVU989
	.loc 2 63 16 discriminator 17 view .LVU990
	.loc 2 63 16 discriminator 17 view .LVU991
	.loc 2 63 16 discriminator 17 view .LVU992
.LBE58:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 is_stmt 0 discriminator 17 view .LVU993
	addq	$8, %rbp	#, ip
.LVL243:
.LBB59:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 17 view .LVU994
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
	addq	%rax, -16(%rbx)	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -16B]
.LVL244:
.LDL50:
	.loc 2 63 16 discriminator 17 view .LVU995
.LBE59:
	.loc 2 63 16 is_stmt 1 discriminator 17 view .LVU996
	.loc 2 63 54 discriminator 17 view .LVU997
	.loc 2 63 54 discriminator 17 view .LVU998
	.loc 2 63 54 discriminator 17 view .LVU999
.LBB60:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 is_stmt 0 discriminator 17 view .LVU1000
	subq	$8, %rbx	#, sp
.LVL245:
	.loc 2 63 16 discriminator 17 view .LVU1001
.LBE60:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 17 view .LVU1002
	movq	0(%rbp), %rax	# *ip_142, w
.LVL246:
	.loc 2 63 54 is_stmt 1 discriminator 17 view .LVU1003
	.loc 2 63 54 is_stmt 0 discriminator 17 view .LVU1004
	movq	(%rax), %rdx	# w_143->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL247:
	.p2align 4,,10
	.p2align 3
.L47:
.L48:
	.loc 2 57 1 is_stmt 1 discriminator 2 view .LVU1005
	.loc 2 63 1 discriminator 2 view .LVU1006
	.loc 2 63 1 discriminator 2 view .LVU1007
	.loc 2 63 1 discriminator 2 view .LVU1008
	.loc 2 63 1 discriminator 2 view .LVU1009
	.loc 2 63 1 discriminator 2 view .LVU1010
	leaq	16(%rdi), %rax	#, tmp429
.LVL248:
	.loc 2 63 1 is_stmt 0 discriminator 2 view .LVU1011
	cmpq	%rax, %rbx	# tmp429, sp
	jnb	.L51	#,
.LDL51:
	.loc 2 63 1 is_stmt 1 view .LVU1012
	.loc 2 63 1 view .LVU1013
	.loc 2 63 1 view .LVU1014
.LVL249:
	.loc 2 63 1 view .LVU1015
	subq	%rdi, %rbx	# vm, sp
.LVL250:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1016
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU1017
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp430
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1018
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU1019
	sarq	$3, %rdx	#, tmp430
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1020
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU1021
	movq	%rdx, %r11	# tmp430, arg
.LVL251:
	.loc 2 63 1 is_stmt 1 view .LVU1022
	jmp	.L17	#
.LVL252:
	.p2align 4,,10
	.p2align 3
.L44:
.L45:
.L46:
	.loc 2 55 1 discriminator 17 view .LVU1023
	.loc 2 55 1 discriminator 17 view .LVU1024
.LBB61:
	.loc 2 56 7 discriminator 17 view .LVU1025
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 17 view .LVU1026
	movq	-24(%rbx), %rax	# MEM[(cell *)sp_725 + -24B], a
.LVL253:
	.loc 2 56 22 is_stmt 1 discriminator 17 view .LVU1027
	.loc 2 56 35 discriminator 17 view .LVU1028
.LBE61:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 is_stmt 0 discriminator 17 view .LVU1029
	addq	$8, %rbp	#, ip
.LVL254:
.LBB62:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 17 view .LVU1030
	movdqu	-16(%rbx), %xmm2	# MEM <vector(2) long int> [(cell *)sp_725 + -16B], tmp692
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 17 view .LVU1031
	movq	%rax, -8(%rbx)	# a, MEM[(cell *)sp_725 + -8B]
.LBE62:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 17 view .LVU1032
	movq	0(%rbp), %rax	# *ip_121, w
.LVL255:
.LBB63:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 17 view .LVU1033
	movups	%xmm2, -24(%rbx)	# tmp692, MEM <vector(2) long int> [(cell *)sp_725 + -24B]
.LVL256:
	.loc 2 56 48 is_stmt 1 discriminator 17 view .LVU1034
.LDL52:
.LBE63:
	.loc 2 57 1 discriminator 17 view .LVU1035
	.loc 2 57 1 discriminator 17 view .LVU1036
	.loc 2 57 1 discriminator 17 view .LVU1037
	.loc 2 57 1 discriminator 17 view .LVU1038
	jmp	*(%rax)	# w_122->code
.LVL257:
	.p2align 4,,10
	.p2align 3
.L42:
.L43:
	.loc 2 53 1 discriminator 2 view .LVU1039
	.loc 2 55 1 discriminator 2 view .LVU1040
	.loc 2 55 1 discriminator 2 view .LVU1041
	.loc 2 55 1 discriminator 2 view .LVU1042
	.loc 2 55 1 discriminator 2 view .LVU1043
	.loc 2 55 1 discriminator 2 view .LVU1044
	leaq	24(%rdi), %rax	#, tmp423
.LVL258:
	.loc 2 55 1 is_stmt 0 discriminator 2 view .LVU1045
	cmpq	%rax, %rbx	# tmp423, sp
	jnb	.L46	#,
.LDL53:
	.loc 2 55 1 is_stmt 1 view .LVU1046
	.loc 2 55 1 view .LVU1047
	.loc 2 55 1 view .LVU1048
.LVL259:
	.loc 2 55 1 view .LVU1049
	subq	%rdi, %rbx	# vm, sp
.LVL260:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1050
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU1051
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp424
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1052
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU1053
	sarq	$3, %rdx	#, tmp424
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1054
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU1055
	movq	%rdx, %r11	# tmp424, arg
.LVL261:
	.loc 2 55 1 is_stmt 1 view .LVU1056
	jmp	.L17	#
.LVL262:
	.p2align 4,,10
	.p2align 3
.L39:
.L40:
.L41:
	.loc 2 51 1 discriminator 17 view .LVU1057
	.loc 2 51 1 discriminator 17 view .LVU1058
	.loc 2 52 5 discriminator 17 view .LVU1059
.LBB64:
	.loc 2 52 5 discriminator 17 view .LVU1060
	.loc 2 52 5 discriminator 17 view .LVU1061
	.loc 2 52 5 is_stmt 0 discriminator 17 view .LVU1062
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_725 + -16B], MEM[(cell *)sp_725 + -16B]
.LBE64:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 17 view .LVU1063
	addq	$8, %rbp	#, ip
.LVL263:
.LBB65:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 17 view .LVU1064
	addq	$8, %rbx	#, sp
.LVL264:
	.loc 2 52 5 discriminator 17 view .LVU1065
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_725 + -16B], *sp_725
.LDL54:
.LBE65:
	.loc 2 52 5 is_stmt 1 discriminator 17 view .LVU1066
	.loc 2 53 1 discriminator 17 view .LVU1067
	.loc 2 53 1 discriminator 17 view .LVU1068
	.loc 2 53 1 discriminator 17 view .LVU1069
.LVL265:
	.loc 2 53 1 is_stmt 0 discriminator 17 view .LVU1070
	movq	0(%rbp), %rax	# *ip_101, w
.LVL266:
	.loc 2 53 1 is_stmt 1 discriminator 17 view .LVU1071
	.loc 2 53 1 is_stmt 0 discriminator 17 view .LVU1072
	movq	(%rax), %rdx	# w_102->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL267:
	.p2align 4,,10
	.p2align 3
.L36:
.L37:
	.loc 2 49 1 is_stmt 1 discriminator 2 view .LVU1073
	.loc 2 51 1 discriminator 2 view .LVU1074
	.loc 2 51 1 discriminator 2 view .LVU1075
	.loc 2 51 1 discriminator 2 view .LVU1076
	.loc 2 51 1 discriminator 2 view .LVU1077
	.loc 2 51 1 discriminator 2 view .LVU1078
	leaq	16(%rdi), %rax	#, tmp412
.LVL268:
	.loc 2 51 1 is_stmt 0 discriminator 2 view .LVU1079
	cmpq	%rax, %rbx	# tmp412, sp
	jb	.L266	#,
	.loc 2 51 1 is_stmt 1 discriminator 6 view .LVU1080
	.loc 2 51 1 discriminator 6 view .LVU1081
	.loc 2 51 1 discriminator 6 view .LVU1082
	.loc 2 51 1 discriminator 6 view .LVU1083
	.loc 2 51 1 discriminator 6 view .LVU1084
	leaq	32760(%rdi), %rax	#, tmp417
	cmpq	%rbx, %rax	# sp, tmp417
	jnb	.L41	#,
.LDL55:
	.loc 2 51 1 view .LVU1085
	.loc 2 51 1 view .LVU1086
	.loc 2 51 1 view .LVU1087
.LVL269:
	.loc 2 51 1 view .LVU1088
	subq	%rdi, %rbx	# vm, sp
.LVL270:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1089
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1090
	movl	$3, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp418
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1091
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1092
	sarq	$3, %rdx	#, tmp418
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1093
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1094
	movq	%rdx, %r11	# tmp418, arg
.LVL271:
	.loc 2 51 1 is_stmt 1 view .LVU1095
	jmp	.L17	#
.LVL272:
	.p2align 4,,10
	.p2align 3
.L33:
.L34:
.L35:
	.loc 2 47 1 discriminator 17 view .LVU1096
	.loc 2 47 1 discriminator 17 view .LVU1097
.LBB66:
	.loc 2 48 7 discriminator 17 view .LVU1098
	.loc 2 48 22 discriminator 17 view .LVU1099
	.loc 2 48 35 discriminator 17 view .LVU1100
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 17 view .LVU1101
	movdqu	-16(%rbx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_725 + -16B], vect__71.84
.LBE66:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 17 view .LVU1102
	movq	8(%rbp), %rax	# *ip_68, w
	addq	$8, %rbp	#, ip
.LVL273:
.LBB67:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 17 view .LVU1103
	shufpd	$1, %xmm0, %xmm0	#, tmp685, vect__71.84
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 17 view .LVU1104
	movups	%xmm0, -16(%rbx)	# vect__71.84, MEM <vector(2) long int> [(cell *)sp_725 + -16B]
.LVL274:
.LDL56:
	.loc 2 48 40 discriminator 17 view .LVU1105
.LBE67:
	.loc 2 49 1 is_stmt 1 discriminator 17 view .LVU1106
	.loc 2 49 1 discriminator 17 view .LVU1107
	.loc 2 49 1 discriminator 17 view .LVU1108
	.loc 2 49 1 discriminator 17 view .LVU1109
	jmp	*(%rax)	# w_69->code
.LVL275:
	.p2align 4,,10
	.p2align 3
.L31:
.L32:
	.loc 2 45 1 discriminator 2 view .LVU1110
	.loc 2 47 1 discriminator 2 view .LVU1111
	.loc 2 47 1 discriminator 2 view .LVU1112
	.loc 2 47 1 discriminator 2 view .LVU1113
	.loc 2 47 1 discriminator 2 view .LVU1114
	.loc 2 47 1 discriminator 2 view .LVU1115
	leaq	16(%rdi), %rax	#, tmp405
.LVL276:
	.loc 2 47 1 is_stmt 0 discriminator 2 view .LVU1116
	cmpq	%rax, %rbx	# tmp405, sp
	jnb	.L35	#,
.LDL57:
	.loc 2 47 1 is_stmt 1 view .LVU1117
	.loc 2 47 1 view .LVU1118
	.loc 2 47 1 view .LVU1119
.LVL277:
	.loc 2 47 1 view .LVU1120
	subq	%rdi, %rbx	# vm, sp
.LVL278:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1121
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1122
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp406
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1123
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1124
	sarq	$3, %rdx	#, tmp406
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1125
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1126
	movq	%rdx, %r11	# tmp406, arg
.LVL279:
	.loc 2 47 1 is_stmt 1 view .LVU1127
	jmp	.L17	#
.LVL280:
	.p2align 4,,10
	.p2align 3
.L28:
.L29:
.L30:
	.loc 2 43 1 discriminator 17 view .LVU1128
	.loc 2 43 1 discriminator 17 view .LVU1129
	.loc 2 44 5 discriminator 17 view .LVU1130
.LBB68:
	.loc 2 44 5 discriminator 17 view .LVU1131
	.loc 2 44 5 discriminator 17 view .LVU1132
	.loc 2 44 5 is_stmt 0 discriminator 17 view .LVU1133
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_725 + -8B], MEM[(cell *)sp_725 + -8B]
.LBE68:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 17 view .LVU1134
	addq	$8, %rbp	#, ip
.LVL281:
.LBB69:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 17 view .LVU1135
	addq	$8, %rbx	#, sp
.LVL282:
	.loc 2 44 5 discriminator 17 view .LVU1136
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_725 + -8B], *sp_725
.LDL58:
.LBE69:
	.loc 2 44 5 is_stmt 1 discriminator 17 view .LVU1137
	.loc 2 45 1 discriminator 17 view .LVU1138
	.loc 2 45 1 discriminator 17 view .LVU1139
	.loc 2 45 1 discriminator 17 view .LVU1140
.LVL283:
	.loc 2 45 1 is_stmt 0 discriminator 17 view .LVU1141
	movq	0(%rbp), %rax	# *ip_52, w
.LVL284:
	.loc 2 45 1 is_stmt 1 discriminator 17 view .LVU1142
	.loc 2 45 1 is_stmt 0 discriminator 17 view .LVU1143
	movq	(%rax), %rdx	# w_53->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL285:
	.p2align 4,,10
	.p2align 3
.L25:
.L26:
	.loc 2 41 1 is_stmt 1 discriminator 2 view .LVU1144
	.loc 2 43 1 discriminator 2 view .LVU1145
	.loc 2 43 1 discriminator 2 view .LVU1146
	.loc 2 43 1 discriminator 2 view .LVU1147
	.loc 2 43 1 discriminator 2 view .LVU1148
	.loc 2 43 1 discriminator 2 view .LVU1149
	leaq	8(%rdi), %rax	#, tmp394
.LVL286:
	.loc 2 43 1 is_stmt 0 discriminator 2 view .LVU1150
	cmpq	%rax, %rbx	# tmp394, sp
	jb	.L267	#,
	.loc 2 43 1 is_stmt 1 discriminator 6 view .LVU1151
	.loc 2 43 1 discriminator 6 view .LVU1152
	.loc 2 43 1 discriminator 6 view .LVU1153
	.loc 2 43 1 discriminator 6 view .LVU1154
	.loc 2 43 1 discriminator 6 view .LVU1155
	leaq	32760(%rdi), %rax	#, tmp399
	cmpq	%rbx, %rax	# sp, tmp399
	jnb	.L30	#,
.LDL59:
	.loc 2 43 1 view .LVU1156
	.loc 2 43 1 view .LVU1157
	.loc 2 43 1 view .LVU1158
.LVL287:
	.loc 2 43 1 view .LVU1159
	subq	%rdi, %rbx	# vm, sp
.LVL288:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1160
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1161
	movl	$3, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp400
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1162
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1163
	sarq	$3, %rdx	#, tmp400
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1164
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1165
	movq	%rdx, %r11	# tmp400, arg
.LVL289:
	.loc 2 43 1 is_stmt 1 view .LVU1166
	jmp	.L17	#
.LVL290:
	.p2align 4,,10
	.p2align 3
.L22:
.L23:
.L24:
	.loc 2 39 1 discriminator 17 view .LVU1167
	.loc 2 39 1 discriminator 17 view .LVU1168
	.loc 2 40 5 discriminator 17 view .LVU1169
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 17 view .LVU1170
	movq	8(%rbp), %rax	# *ip_34, w
	addq	$8, %rbp	#, ip
.LVL291:
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 17 view .LVU1171
	subq	$8, %rbx	#, sp
.LVL292:
.LDL60:
	.loc 2 41 1 is_stmt 1 discriminator 17 view .LVU1172
	.loc 2 41 1 discriminator 17 view .LVU1173
	.loc 2 41 1 discriminator 17 view .LVU1174
	.loc 2 41 1 discriminator 17 view .LVU1175
	jmp	*(%rax)	# w_30->code
	.p2align 4,,10
	.p2align 3
.L20:
.L21:
	.loc 2 37 1 discriminator 2 view .LVU1176
	.loc 2 39 1 discriminator 2 view .LVU1177
	.loc 2 39 1 discriminator 2 view .LVU1178
	.loc 2 39 1 discriminator 2 view .LVU1179
	.loc 2 39 1 discriminator 2 view .LVU1180
	.loc 2 39 1 discriminator 2 view .LVU1181
	leaq	8(%rdi), %rax	#, tmp389
.LVL293:
	.loc 2 39 1 is_stmt 0 discriminator 2 view .LVU1182
	cmpq	%rax, %rbx	# tmp389, sp
	jnb	.L24	#,
.LDL61:
	.loc 2 39 1 is_stmt 1 view .LVU1183
	.loc 2 39 1 view .LVU1184
	.loc 2 39 1 view .LVU1185
.LVL294:
	.loc 2 39 1 view .LVU1186
	subq	%rdi, %rbx	# vm, sp
.LVL295:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1187
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1188
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp390
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1189
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1190
	sarq	$3, %rdx	#, tmp390
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1191
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1192
	movq	%rdx, %r11	# tmp390, arg
.LVL296:
	.loc 2 39 1 is_stmt 1 view .LVU1193
	jmp	.L17	#
.LVL297:
	.p2align 4,,10
	.p2align 3
.L16:
.L18:
.L19:
	.loc 2 35 1 discriminator 17 view .LVU1194
	.loc 2 35 1 discriminator 17 view .LVU1195
	.loc 2 36 5 discriminator 17 view .LVU1196
.LBB70:
	.loc 2 36 5 discriminator 17 view .LVU1197
	movq	8(%rax), %rax	# w_724->data.imm, v_
.LVL298:
	.loc 2 36 5 discriminator 17 view .LVU1198
	.loc 2 36 5 is_stmt 0 discriminator 17 view .LVU1199
.LBE70:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 17 view .LVU1200
	addq	$8, %rbp	#, ip
.LVL299:
.LBB71:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 17 view .LVU1201
	addq	$8, %rbx	#, sp
.LVL300:
	.loc 2 36 5 discriminator 17 view .LVU1202
	movq	%rax, -8(%rbx)	# v_, *sp_725
.LDL62:
.LBE71:
	.loc 2 36 5 is_stmt 1 discriminator 17 view .LVU1203
	.loc 2 37 1 discriminator 17 view .LVU1204
	.loc 2 37 1 discriminator 17 view .LVU1205
	.loc 2 37 1 discriminator 17 view .LVU1206
.LVL301:
	.loc 2 37 1 is_stmt 0 discriminator 17 view .LVU1207
	movq	0(%rbp), %rax	# *ip_20, w
.LVL302:
	.loc 2 37 1 is_stmt 1 discriminator 17 view .LVU1208
	.loc 2 37 1 is_stmt 0 discriminator 17 view .LVU1209
	movq	(%rax), %rdx	# w_10->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL303:
	.p2align 4,,10
	.p2align 3
.L14:
.L15:
	.loc 2 33 1 is_stmt 1 discriminator 6 view .LVU1210
	.loc 2 35 1 discriminator 6 view .LVU1211
	.loc 2 35 1 discriminator 6 view .LVU1212
	.loc 2 35 1 discriminator 6 view .LVU1213
	.loc 2 35 1 discriminator 6 view .LVU1214
	.loc 2 35 1 discriminator 6 view .LVU1215
	.loc 2 35 1 discriminator 6 view .LVU1216
	.loc 2 35 1 discriminator 6 view .LVU1217
	.loc 2 35 1 discriminator 6 view .LVU1218
	leaq	32760(%rdi), %rdx	#, tmp384
	cmpq	%rbx, %rdx	# sp, tmp384
	jnb	.L19	#,
.LDL63:
	.loc 2 35 1 view .LVU1219
	.loc 2 35 1 view .LVU1220
	.loc 2 35 1 view .LVU1221
.LVL304:
	.loc 2 35 1 view .LVU1222
	subq	%rdi, %rbx	# vm, sp
.LVL305:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1223
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1224
	movl	$3, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp385
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1225
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1226
	sarq	$3, %rdx	#, tmp385
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1227
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1228
	movq	%rdx, %r11	# tmp385, arg
.LVL306:
	.loc 2 35 1 is_stmt 1 view .LVU1229
	jmp	.L17	#
.L8:
.LVL307:
	.p2align 4,,10
	.p2align 3
.L9:
.L10:
.L11:
.L12:
	.loc 2 32 1 discriminator 18 view .LVU1230
	.loc 2 32 1 discriminator 18 view .LVU1231
	.loc 2 33 1 discriminator 18 view .LVU1232
	.loc 2 33 1 discriminator 18 view .LVU1233
	.loc 2 33 1 discriminator 18 view .LVU1234
	movq	8(%rbp), %rax	# *ip_9, w
.LVL308:
	.loc 2 33 1 is_stmt 0 discriminator 18 view .LVU1235
	addq	$8, %rbp	#, ip
.LVL309:
	.loc 2 33 1 is_stmt 1 discriminator 18 view .LVU1236
	jmp	*(%rax)	# w_3->code
	.p2align 4,,10
	.p2align 3
.L7:
	.loc 2 32 1 discriminator 13 view .LVU1237
	.loc 2 32 1 discriminator 13 view .LVU1238
	.loc 2 32 1 discriminator 13 view .LVU1239
	.loc 2 32 1 discriminator 13 view .LVU1240
	.loc 2 32 1 discriminator 13 view .LVU1241
	.loc 2 32 1 discriminator 13 view .LVU1242
	.loc 2 32 1 discriminator 13 view .LVU1243
	.loc 2 32 1 discriminator 13 view .LVU1244
	.loc 2 32 1 discriminator 13 view .LVU1245
	.loc 2 32 1 discriminator 13 view .LVU1246
	.loc 2 32 1 discriminator 13 view .LVU1247
	.loc 2 32 1 discriminator 13 view .LVU1248
	.loc 2 32 1 discriminator 13 view .LVU1249
	.loc 2 32 1 discriminator 13 view .LVU1250
	.loc 2 32 1 discriminator 13 view .LVU1251
	.loc 2 32 1 discriminator 13 view .LVU1252
	.loc 2 33 1 discriminator 13 view .LVU1253
	.loc 2 33 1 discriminator 13 view .LVU1254
	.loc 2 33 1 discriminator 13 view .LVU1255
	movq	8(%rbp), %rax	# *ip_9, w
.LVL310:
	.loc 2 33 1 is_stmt 0 discriminator 13 view .LVU1256
	addq	$8, %rbp	#, ip
.LVL311:
	.loc 2 33 1 is_stmt 1 discriminator 13 view .LVU1257
	jmp	*(%rax)	# w_3->code
.LVL312:
	.p2align 4,,10
	.p2align 3
.L162:
	.loc 2 114 9 view .LVU1258
	.loc 2 114 9 view .LVU1259
	.loc 2 115 1 view .LVU1260
	.loc 2 115 1 view .LVU1261
	.loc 2 115 1 view .LVU1262
	movq	8(%rbp), %rax	# *ip_488, w
.LVL313:
	.loc 2 115 1 is_stmt 0 view .LVU1263
	addq	$8, %rbp	#, ip
.LVL314:
	.loc 2 115 1 is_stmt 1 view .LVU1264
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 view .LVU1265
	movq	%rcx, %rbx	# sp, sp
.LVL315:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU1266
	movq	(%rax), %rdx	# w_489->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL316:
	.p2align 4,,10
	.p2align 3
.L154:
	.loc 2 109 9 is_stmt 1 view .LVU1267
	.loc 2 109 9 view .LVU1268
	.loc 2 110 1 view .LVU1269
	.loc 2 110 1 view .LVU1270
	.loc 2 110 1 view .LVU1271
	movq	8(%rbp), %rax	# *ip_468, w
.LVL317:
	.loc 2 110 1 is_stmt 0 view .LVU1272
	addq	$8, %rbp	#, ip
.LVL318:
	.loc 2 110 1 is_stmt 1 view .LVU1273
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 view .LVU1274
	movq	%rcx, %rbx	# sp, sp
.LVL319:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU1275
	movq	(%rax), %rdx	# w_469->code, gotovar.54_697
	jmp	*%rdx	# gotovar.54_697
.LVL320:
.L265:
.LBB72:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU1276
	negq	%rax	# iftmp.20_203
.LVL321:
	.loc 2 71 5 discriminator 1 view .LVU1277
	jmp	.L69	#
.LVL322:
.L254:
	.loc 2 71 5 discriminator 1 view .LVU1278
.LBE72:
.LBB73:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1279
	movq	%rbp, %rcx	# ip, ip
.LBE73:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU1280
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
.LBB74:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1281
	subq	%r12, %rcx	# thread, ip
.LBE74:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1282
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.LVL323:
.L255:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1283
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
	jmp	.L17	#
.L264:
.LBB75:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1284
	movq	%rbp, %rcx	# ip, ip
.LBE75:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU1285
	movl	$1, %esi	#, st
.LBB76:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1286
	subq	%r12, %rcx	# thread, ip
.LBE76:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1287
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.L263:
.LBB77:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1288
	movq	%rbp, %rcx	# ip, ip
.LBE77:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU1289
	movl	$1, %esi	#, st
.LBB78:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1290
	subq	%r12, %rcx	# thread, ip
.LBE78:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1291
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.L260:
.LBB79:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1292
	movq	%rbp, %rcx	# ip, ip
.LBE79:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU1293
	movl	$6, %esi	#, st
.LBB80:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1294
	subq	%r12, %rcx	# thread, ip
.LBE80:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1295
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.L259:
.LBB81:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1296
	movq	%rbp, %rcx	# ip, ip
.LBE81:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU1297
	movl	$6, %esi	#, st
.LBB82:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1298
	subq	%r12, %rcx	# thread, ip
.LBE82:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1299
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.LVL324:
.L170:
	.loc 2 117 1 is_stmt 1 discriminator 18 view .LVU1300
	.loc 2 117 1 discriminator 18 view .LVU1301
	movl	%r13d, %eax	# _1, _1
.LVL325:
	.loc 2 117 1 is_stmt 0 discriminator 18 view .LVU1302
	leaq	0(%rbp,%rax,8), %rbp	#, ip
.LVL326:
	.loc 2 117 1 is_stmt 1 discriminator 18 view .LVU1303
	movq	0(%rbp), %rax	# *ip_514, w
.LVL327:
	.loc 2 117 1 discriminator 18 view .LVU1304
	jmp	*(%rax)	# w_515->code
.LVL328:
.L261:
.LBB83:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU1305
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
.LVL329:
	.loc 2 123 5 view .LVU1306
	jmp	.L17	#
.LVL330:
.L262:
	.loc 2 123 5 view .LVU1307
	movq	%rbp, %rcx	# ip, ip
.LVL331:
	.loc 2 123 5 view .LVU1308
.LBE83:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU1309
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
.LBB84:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1310
	subq	%r12, %rcx	# thread, ip
.LBE84:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1311
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.LVL332:
.L256:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU1312
	xorl	%r11d, %r11d	# arg
	movl	$8, %esi	#, st
	jmp	.L17	#
.LVL333:
.L266:
.LDL64:
	.loc 2 51 1 is_stmt 1 view .LVU1313
	.loc 2 51 1 view .LVU1314
	.loc 2 51 1 view .LVU1315
	.loc 2 51 1 view .LVU1316
	subq	%rdi, %rbx	# vm, sp
.LVL334:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1317
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1318
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp413
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1319
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1320
	sarq	$3, %rdx	#, tmp413
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1321
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1322
	movq	%rdx, %r11	# tmp413, arg
.LVL335:
	.loc 2 51 1 is_stmt 1 view .LVU1323
	jmp	.L17	#
.LVL336:
.L267:
.LDL65:
	.loc 2 43 1 view .LVU1324
	.loc 2 43 1 view .LVU1325
	.loc 2 43 1 view .LVU1326
	.loc 2 43 1 view .LVU1327
	subq	%rdi, %rbx	# vm, sp
.LVL337:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 is_stmt 0 view .LVU1328
	movq	%rbp, %rcx	# ip, ip
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1329
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# sp, tmp395
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1330
	subq	%r12, %rcx	# thread, ip
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1331
	sarq	$3, %rdx	#, tmp395
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1332
	sarq	$3, %rcx	#, _47
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1333
	movq	%rdx, %r11	# tmp395, arg
.LVL338:
	.loc 2 43 1 is_stmt 1 view .LVU1334
	jmp	.L17	#
.LVL339:
.L258:
.LBB85:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 is_stmt 0 view .LVU1335
	movq	%rbp, %rcx	# ip, ip
.LVL340:
	.loc 2 123 5 view .LVU1336
.LBE85:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU1337
	movl	$7, %esi	#, st
.LBB86:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1338
	subq	%r12, %rcx	# thread, ip
.LBE86:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1339
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
.LVL341:
.L257:
.LBB87:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1340
	movq	%rbp, %rcx	# ip, ip
.LVL342:
	.loc 2 123 5 view .LVU1341
.LBE87:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU1342
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
.LBB88:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1343
	subq	%r12, %rcx	# thread, ip
.LBE88:
# dispatch/indirect/indirect.c:86:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 86 26 view .LVU1344
	sarq	$3, %rcx	#, _47
	jmp	.L17	#
	.cfi_endproc
.LFE24:
	.size	engine, .-engine
	.p2align 4
	.type	run, @function
run:
.LVL343:
.LFB28:
	.loc 1 184 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 185 5 view .LVU1346
	.loc 1 186 5 view .LVU1347
# dispatch/indirect/indirect.c:184: {
	.loc 1 184 1 is_stmt 0 view .LVU1348
	movq	%rdx, %rsi	# tmp86, prepared
.LVL344:
# dispatch/indirect/indirect.c:186:     engine(vm, prepared, NULL);
	.loc 1 186 5 view .LVU1349
	xorl	%edx, %edx	#
.LVL345:
	.loc 1 186 5 view .LVU1350
	jmp	engine	#
.LVL346:
	.loc 1 186 5 view .LVU1351
	.cfi_endproc
.LFE28:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL347:
.LFB27:
	.loc 1 121 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 122 5 view .LVU1353
	.loc 1 123 5 view .LVU1354
# dispatch/indirect/indirect.c:121: {
	.loc 1 121 1 is_stmt 0 view .LVU1355
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/indirect/indirect.c:123:     engine(NULL, NULL, &labels);
	.loc 1 123 5 view .LVU1356
	xorl	%esi, %esi	#
# dispatch/indirect/indirect.c:121: {
	.loc 1 121 1 view .LVU1357
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
	movq	%rdi, %rbp	# tmp268, p
# dispatch/indirect/indirect.c:123:     engine(NULL, NULL, &labels);
	.loc 1 123 5 view .LVU1358
	xorl	%edi, %edi	#
.LVL348:
# dispatch/indirect/indirect.c:121: {
	.loc 1 121 1 view .LVU1359
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$184, %rsp	#,
	.cfi_def_cfa_offset 240
# dispatch/indirect/indirect.c:123:     engine(NULL, NULL, &labels);
	.loc 1 123 5 view .LVU1360
	leaq	56(%rsp), %rdx	#, tmp290
	call	engine	#
.LVL349:
	.loc 1 125 5 is_stmt 1 view .LVU1361
# dispatch/indirect/indirect.c:125:     size_t n = 2 * (size_t)p->count;
	.loc 1 125 20 is_stmt 0 view .LVU1362
	movl	20(%rbp), %ebx	# p_99(D)->count, _2
.LVL350:
	.loc 1 126 5 is_stmt 1 view .LVU1363
# dispatch/indirect/indirect.c:126:     struct thread *t = calloc(1, sizeof *t);
	.loc 1 126 24 is_stmt 0 view .LVU1364
	movl	$24, %esi	#,
	movl	$1, %edi	#,
	call	calloc	#
.LVL351:
# dispatch/indirect/indirect.c:127:     struct cell_key *keys = malloc(n * sizeof *keys);
	.loc 1 127 29 view .LVU1365
	leaq	(%rbx,%rbx,4), %rdi	#, tmp180
# dispatch/indirect/indirect.c:126:     struct thread *t = calloc(1, sizeof *t);
	.loc 1 126 24 view .LVU1366
	movq	%rax, %r15	# tmp269, <retval>
.LVL352:
	.loc 1 127 5 is_stmt 1 view .LVU1367
# dispatch/indirect/indirect.c:127:     struct cell_key *keys = malloc(n * sizeof *keys);
	.loc 1 127 29 is_stmt 0 view .LVU1368
	salq	$2, %rdi	#, tmp181
	call	malloc	#
.LVL353:
	.loc 1 127 29 view .LVU1369
	movq	%rax, 40(%rsp)	# keys, %sfp
.LVL354:
	.loc 1 128 5 is_stmt 1 view .LVU1370
	.loc 1 129 5 view .LVU1371
# dispatch/indirect/indirect.c:129:     bool have_tab = keys && hashtab_init(&tab, cell_key, keys) == 0;
	.loc 1 129 26 is_stmt 0 view .LVU1372
	testq	%rax, %rax	# keys
	je	.L294	#,
# dispatch/indirect/indirect.c:129:     bool have_tab = keys && hashtab_init(&tab, cell_key, keys) == 0;
	.loc 1 129 29 discriminator 1 view .LVU1373
	movq	40(%rsp), %rdx	# %sfp,
	movl	$cell_key, %esi	#,
	leaq	64(%rsp), %rdi	#, tmp292
	call	hashtab_init	#
.LVL355:
	.loc 1 129 29 discriminator 1 view .LVU1374
	movl	%eax, %r14d	# tmp271, _4
.LVL356:
	.loc 1 130 5 is_stmt 1 discriminator 1 view .LVU1375
# dispatch/indirect/indirect.c:130:     if (t) {
	.loc 1 130 8 is_stmt 0 discriminator 1 view .LVU1376
	testq	%r15, %r15	# <retval>
	je	.L273	#,
	.loc 1 131 9 is_stmt 1 view .LVU1377
# dispatch/indirect/indirect.c:131:         t->count = p->count;
	.loc 1 131 21 is_stmt 0 view .LVU1378
	movl	20(%rbp), %r13d	# p_99(D)->count, _5
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 view .LVU1379
	movq	%rbx, %rdi	# _2, tmp184
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 view .LVU1380
	salq	$6, %rbx	#, _2
.LVL357:
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 view .LVU1381
	salq	$4, %rdi	#, tmp184
.LVL358:
# dispatch/indirect/indirect.c:131:         t->count = p->count;
	.loc 1 131 18 view .LVU1382
	movl	%r13d, 16(%r15)	# _5, t_102->count
	.loc 1 132 9 is_stmt 1 view .LVU1383
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 is_stmt 0 view .LVU1384
	call	malloc	#
.LVL359:
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 view .LVU1385
	movq	%rbx, %rdi	# _2, tmp186
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 15 view .LVU1386
	movq	%rax, (%r15)	# _7, t_102->ip
	.loc 1 133 9 is_stmt 1 view .LVU1387
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 is_stmt 0 view .LVU1388
	movq	%rax, %r12	# tmp272, _7
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 view .LVU1389
	call	malloc	#
.LVL360:
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 18 view .LVU1390
	movq	%rax, 8(%r15)	# tmp187, t_102->cells
	.loc 1 135 5 is_stmt 1 view .LVU1391
# dispatch/indirect/indirect.c:135:     if (!t || !have_tab || !t->ip || !t->cells)
	.loc 1 135 8 is_stmt 0 view .LVU1392
	testl	%r14d, %r14d	# _4
	jne	.L274	#,
# dispatch/indirect/indirect.c:135:     if (!t || !have_tab || !t->ip || !t->cells)
	.loc 1 135 25 discriminator 1 view .LVU1393
	testq	%r12, %r12	# _7
	je	.L275	#,
# dispatch/indirect/indirect.c:135:     if (!t || !have_tab || !t->ip || !t->cells)
	.loc 1 135 35 discriminator 2 view .LVU1394
	testq	%rax, %rax	# tmp187
	je	.L276	#,
	movq	$0, (%rsp)	#, %sfp
.LBB103:
.LBB104:
.LBB105:
.LBB106:
.LBB107:
# dispatch/indirect/indirect.c:166:                     c->data.imm = opinfo[op].operand == OPND_INT ? read_int(ins + 1) : 0;
	.loc 1 166 86 view .LVU1395
	movq	%r15, %r11	# <retval>, <retval>
	movl	%r14d, %r15d	# ncells, ncells
.LVL361:
.L285:
	.loc 1 166 86 view .LVU1396
.LBE107:
.LBE106:
.LBE105:
	.loc 1 140 9 is_stmt 1 view .LVU1397
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 44 is_stmt 0 view .LVU1398
	movq	(%rsp), %rbx	# %sfp, ivtmp.103
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 62 view .LVU1399
	movl	%r13d, %eax	# _5, _5
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 44 view .LVU1400
	imulq	%rbx, %rax	# ivtmp.103, tmp189
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 29 view .LVU1401
	leaq	(%r12,%rax,8), %r10	#, thread
.LVL362:
	.loc 1 141 9 is_stmt 1 view .LVU1402
.LBB119:
	.loc 1 141 14 view .LVU1403
	.loc 1 141 32 view .LVU1404
	testl	%r13d, %r13d	# _5
	je	.L277	#,
	movl	$1, %r12d	#, ivtmp.99
	jmp	.L283	#
.LVL363:
	.p2align 4,,10
	.p2align 3
.L296:
.LBB115:
.LBB110:
	.loc 1 147 17 view .LVU1405
.LBB111:
.LBI111:
	.file 3 "./isa/program.h"
	.loc 3 97 24 view .LVU1406
.LBB112:
	.loc 3 99 5 view .LVU1407
	.loc 3 100 5 view .LVU1408
	.loc 3 104 5 view .LVU1409
	.loc 3 104 5 is_stmt 0 view .LVU1410
.LBE112:
.LBE111:
# dispatch/indirect/indirect.c:147:                 uint32_t to = p->ord[read_label(ins + 1)];
	.loc 1 147 26 view .LVU1411
	movq	24(%rbp), %rax	# p_99(D)->ord, p_99(D)->ord
# dispatch/indirect/indirect.c:147:                 uint32_t to = p->ord[read_label(ins + 1)];
	.loc 1 147 38 view .LVU1412
	movl	1(%rbx), %esi	# MEM <unsigned int> [(char * {ref-all})ins_116 + 1B], MEM <unsigned int> [(char * {ref-all})ins_116 + 1B]
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 33 view .LVU1413
	movzbl	%r13b, %r13d	# iftmp.56_85, iftmp.56_85
# dispatch/indirect/indirect.c:148:                 c = &t->cells[ncells++];
	.loc 1 148 30 view .LVU1414
	salq	$5, %rdx	#, tmp205
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 25 view .LVU1415
	movq	56(%rsp), %r8	# labels, labels
# dispatch/indirect/indirect.c:148:                 c = &t->cells[ncells++];
	.loc 1 148 19 view .LVU1416
	addq	8(%r11), %rdx	# t_102->cells, c
# dispatch/indirect/indirect.c:148:                 c = &t->cells[ncells++];
	.loc 1 148 37 view .LVU1417
	addl	$1, %r15d	#, ncells
.LVL364:
# dispatch/indirect/indirect.c:147:                 uint32_t to = p->ord[read_label(ins + 1)];
	.loc 1 147 26 view .LVU1418
	movl	(%rax,%rsi,4), %esi	# *_37,
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 25 view .LVU1419
	movq	(%r8,%r13,8), %xmm0	# *_44, *_44
# dispatch/indirect/indirect.c:151:                 c->data.br.limit = (int32_t)(i + 1);
	.loc 1 151 34 view .LVU1420
	movl	%r12d, 16(%rdx)	# ivtmp.99, c_133->data.br.limit
.LVL365:
# dispatch/indirect/indirect.c:147:                 uint32_t to = p->ord[read_label(ins + 1)];
	.loc 1 147 26 view .LVU1421
	movq	%rsi, %rax	#,
.LVL366:
	.loc 1 148 17 is_stmt 1 view .LVU1422
	.loc 1 149 17 view .LVU1423
	.loc 1 150 17 view .LVU1424
# dispatch/indirect/indirect.c:150:                 c->data.br.target = (const struct elop *const *)thread + to;
	.loc 1 150 72 is_stmt 0 view .LVU1425
	leaq	(%r10,%rsi,8), %rdi	#, tmp211
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 25 view .LVU1426
	movq	%rdi, %xmm1	# tmp211, tmp211
# dispatch/indirect/indirect.c:152:                 c->data.br.delta = (int32_t)to - (int32_t)i - 1;
	.loc 1 152 48 view .LVU1427
	subl	%ecx, %eax	# i, tmp213
# dispatch/indirect/indirect.c:152:                 c->data.br.delta = (int32_t)to - (int32_t)i - 1;
	.loc 1 152 61 view .LVU1428
	subl	$1, %eax	#, tmp214
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 25 view .LVU1429
	punpcklqdq	%xmm1, %xmm0	# tmp211, tmp208
# dispatch/indirect/indirect.c:152:                 c->data.br.delta = (int32_t)to - (int32_t)i - 1;
	.loc 1 152 61 view .LVU1430
	movl	%eax, 20(%rdx)	# tmp214, c_133->data.br.delta
# dispatch/indirect/indirect.c:149:                 c->code = labels[h_op];
	.loc 1 149 25 view .LVU1431
	movups	%xmm0, (%rdx)	# tmp208, MEM <vector(2) long unsigned int> [(void *)c_133]
	.loc 1 151 17 is_stmt 1 view .LVU1432
	.loc 1 152 17 view .LVU1433
	.loc 1 153 17 view .LVU1434
# dispatch/indirect/indirect.c:153:                 c->data.br.frame = p->frame[to];
	.loc 1 153 34 is_stmt 0 view .LVU1435
	movq	72(%rbp), %rax	# p_99(D)->frame, p_99(D)->frame
	movq	(%rax,%rsi,8), %rax	# *_56, *_56
	movq	%rax, 24(%rdx)	# *_56, c_133->data.br.frame
.LVL367:
.L280:
	.loc 1 153 34 view .LVU1436
.LBE110:
	.loc 1 169 13 is_stmt 1 discriminator 2 view .LVU1437
# dispatch/indirect/indirect.c:169:             thread[i] = c;
	.loc 1 169 23 is_stmt 0 discriminator 2 view .LVU1438
	movq	%rdx, (%r10,%r14,8)	# c, *_76
.LBE115:
	.loc 1 141 45 is_stmt 1 discriminator 2 view .LVU1439
.LVL368:
	.loc 1 141 32 discriminator 2 view .LVU1440
	leal	1(%r12), %eax	#, ivtmp.99
	cmpl	20(%rbp), %r12d	# p_99(D)->count, ivtmp.99
	jnb	.L277	#,
.LVL369:
.L292:
	.loc 1 141 32 is_stmt 0 discriminator 2 view .LVU1441
	movl	%eax, %r12d	# ivtmp.99, ivtmp.99
.LVL370:
.L283:
.LBB116:
# dispatch/indirect/indirect.c:142:             const uint8_t *ins = p->code + p->offset[i];
	.loc 1 142 53 view .LVU1442
	movq	32(%rbp), %rax	# p_99(D)->offset, p_99(D)->offset
	leal	-1(%r12), %r14d	#,
	movq	%r14, %rcx	#,
.LVL371:
	.loc 1 142 13 is_stmt 1 view .LVU1443
# dispatch/indirect/indirect.c:142:             const uint8_t *ins = p->code + p->offset[i];
	.loc 1 142 53 is_stmt 0 view .LVU1444
	movl	(%rax,%r14,4), %ebx	# *_25, *_25
# dispatch/indirect/indirect.c:142:             const uint8_t *ins = p->code + p->offset[i];
	.loc 1 142 28 view .LVU1445
	addq	8(%rbp), %rbx	# p_99(D)->code, ins
.LVL372:
	.loc 1 143 13 is_stmt 1 view .LVU1446
# dispatch/indirect/indirect.c:143:             uint8_t op = *ins;
	.loc 1 143 21 is_stmt 0 view .LVU1447
	movzbl	(%rbx), %eax	# *ins_116,
.LVL373:
	.loc 1 144 13 is_stmt 1 view .LVU1448
# dispatch/indirect/indirect.c:144:             uint8_t h_op = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 144 21 is_stmt 0 view .LVU1449
	cmpq	$0, (%rsp)	#, %sfp
	movl	%eax, %r13d	# op, iftmp.56_85
	je	.L295	#,
.L278:
.LVL374:
	.loc 1 145 13 is_stmt 1 discriminator 6 view .LVU1450
	.loc 1 146 13 discriminator 6 view .LVU1451
# dispatch/indirect/indirect.c:146:             if (opinfo[op].operand == OPND_LABEL) {
	.loc 1 146 27 is_stmt 0 discriminator 6 view .LVU1452
	leaq	(%rax,%rax,4), %rax	#, tmp199
.LVL375:
.LBB113:
# dispatch/indirect/indirect.c:148:                 c = &t->cells[ncells++];
	.loc 1 148 37 discriminator 6 view .LVU1453
	movl	%r15d, %edx	# ncells, _207
.LBE113:
# dispatch/indirect/indirect.c:146:             if (opinfo[op].operand == OPND_LABEL) {
	.loc 1 146 27 discriminator 6 view .LVU1454
	leaq	opinfo(,%rax,8), %rax	#, tmp201
	movl	8(%rax), %r9d	# opinfo[_32].operand, _33
# dispatch/indirect/indirect.c:146:             if (opinfo[op].operand == OPND_LABEL) {
	.loc 1 146 16 discriminator 6 view .LVU1455
	cmpl	$2, %r9d	#, _33
	je	.L296	#,
.LBB114:
# dispatch/indirect/indirect.c:155:                 struct cell_key *k = &keys[ncells];
	.loc 1 155 34 view .LVU1456
	movq	40(%rsp), %rdi	# %sfp, keys
# dispatch/indirect/indirect.c:155:                 struct cell_key *k = &keys[ncells];
	.loc 1 155 43 view .LVU1457
	leaq	(%rdx,%rdx,4), %rdx	#, tmp219
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 57 view .LVU1458
	movzbl	12(%rax), %eax	# opinfo[_32].size,
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 42 view .LVU1459
	leaq	1(%rbx), %rsi	#, tmp233
	movq	%r11, 16(%rsp)	# <retval>, %sfp
# dispatch/indirect/indirect.c:155:                 struct cell_key *k = &keys[ncells];
	.loc 1 155 34 view .LVU1460
	leaq	(%rdi,%rdx,2), %r8	#, k
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 17 view .LVU1461
	leal	-1(%rax), %edx	#, tmp232
	movq	%r10, 32(%rsp)	# thread, %sfp
# dispatch/indirect/indirect.c:156:                 k->bytes[0] = h_op;
	.loc 1 156 29 view .LVU1462
	movb	%r13b, (%r8)	# iftmp.56_85, k_119->bytes[0]
.LVL376:
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 17 view .LVU1463
	leaq	1(%r8), %rdi	#, tmp229
	movl	%r9d, 28(%rsp)	# _33, %sfp
	.loc 1 155 17 is_stmt 1 view .LVU1464
.LVL377:
	.loc 1 156 17 view .LVU1465
	.loc 1 157 17 view .LVU1466
	movq	%r8, 8(%rsp)	# k, %sfp
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 57 is_stmt 0 view .LVU1467
	movb	%al, 27(%rsp)	# _59, %sfp
# dispatch/indirect/indirect.c:157:                 memcpy(k->bytes + 1, ins + 1, opinfo[op].size - 1u);
	.loc 1 157 17 view .LVU1468
	call	memcpy	#
.LVL378:
	.loc 1 158 17 is_stmt 1 view .LVU1469
# dispatch/indirect/indirect.c:158:                 k->len = opinfo[op].size;
	.loc 1 158 24 is_stmt 0 view .LVU1470
	movq	8(%rsp), %r8	# %sfp, k
	movzbl	27(%rsp), %edx	# %sfp,
# dispatch/indirect/indirect.c:159:                 uint32_t e = hashtab_intern(&tab, k->bytes, k->len, ncells);
	.loc 1 159 30 view .LVU1471
	movl	%r15d, %ecx	# ncells,
	leaq	64(%rsp), %rdi	#, tmp299
# dispatch/indirect/indirect.c:158:                 k->len = opinfo[op].size;
	.loc 1 158 24 view .LVU1472
	movb	%dl, 9(%r8)	# _59, k_119->len
	.loc 1 159 17 is_stmt 1 view .LVU1473
# dispatch/indirect/indirect.c:159:                 uint32_t e = hashtab_intern(&tab, k->bytes, k->len, ncells);
	.loc 1 159 30 is_stmt 0 view .LVU1474
	movq	%r8, %rsi	# k,
	call	hashtab_intern	#
.LVL379:
	.loc 1 160 17 is_stmt 1 view .LVU1475
# dispatch/indirect/indirect.c:160:                 if (e == HASHTAB_NONE)
	.loc 1 160 20 is_stmt 0 view .LVU1476
	movq	16(%rsp), %r11	# %sfp, <retval>
	cmpl	$-1, %eax	#, e
	je	.L281	#,
	.loc 1 162 17 is_stmt 1 view .LVU1477
# dispatch/indirect/indirect.c:162:                 c = &t->cells[e];
	.loc 1 162 30 is_stmt 0 view .LVU1478
	movl	%eax, %edx	# e, e
# dispatch/indirect/indirect.c:163:                 if (e == ncells) {
	.loc 1 163 20 view .LVU1479
	movl	28(%rsp), %r9d	# %sfp, _33
	movq	32(%rsp), %r10	# %sfp, thread
# dispatch/indirect/indirect.c:162:                 c = &t->cells[e];
	.loc 1 162 30 view .LVU1480
	salq	$5, %rdx	#, tmp242
# dispatch/indirect/indirect.c:162:                 c = &t->cells[e];
	.loc 1 162 19 view .LVU1481
	addq	8(%r11), %rdx	# t_102->cells, c
.LVL380:
	.loc 1 163 17 is_stmt 1 view .LVU1482
# dispatch/indirect/indirect.c:163:                 if (e == ncells) {
	.loc 1 163 20 is_stmt 0 view .LVU1483
	cmpl	%r15d, %eax	# ncells, e
	jne	.L280	#,
	.loc 1 164 21 is_stmt 1 view .LVU1484
# dispatch/indirect/indirect.c:165:                     c->code = labels[h_op];
	.loc 1 165 37 is_stmt 0 view .LVU1485
	movq	56(%rsp), %rax	# labels, labels
.LVL381:
	.loc 1 165 37 view .LVU1486
	movzbl	%r13b, %r13d	# iftmp.56_85, iftmp.56_85
# dispatch/indirect/indirect.c:164:                     ncells++;
	.loc 1 164 27 view .LVU1487
	addl	$1, %r15d	#, ncells
.LVL382:
	.loc 1 165 21 is_stmt 1 view .LVU1488
# dispatch/indirect/indirect.c:165:                     c->code = labels[h_op];
	.loc 1 165 37 is_stmt 0 view .LVU1489
	movq	(%rax,%r13,8), %rax	# *_73, _74
# dispatch/indirect/indirect.c:165:                     c->code = labels[h_op];
	.loc 1 165 29 view .LVU1490
	movq	%rax, (%rdx)	# _74, c_125->code
	.loc 1 166 21 is_stmt 1 view .LVU1491
# dispatch/indirect/indirect.c:166:                     c->data.imm = opinfo[op].operand == OPND_INT ? read_int(ins + 1) : 0;
	.loc 1 166 86 is_stmt 0 view .LVU1492
	xorl	%eax, %eax	# iftmp.62_86
	cmpl	$1, %r9d	#, _33
	jne	.L282	#,
.LVL383:
.LBB108:
.LBI108:
	.loc 3 88 20 is_stmt 1 discriminator 1 view .LVU1493
.LBB109:
	.loc 3 90 5 discriminator 1 view .LVU1494
	.loc 3 91 5 discriminator 1 view .LVU1495
	.loc 3 95 5 discriminator 1 view .LVU1496
# ./isa/program.h:95:     return (cell)v;
	.loc 3 95 12 is_stmt 0 discriminator 1 view .LVU1497
	movq	1(%rbx), %rax	# MEM <unsigned long> [(char * {ref-all})ins_116 + 1B], iftmp.62_86
.LVL384:
.L282:
	.loc 3 95 12 discriminator 1 view .LVU1498
.LBE109:
.LBE108:
# dispatch/indirect/indirect.c:166:                     c->data.imm = opinfo[op].operand == OPND_INT ? read_int(ins + 1) : 0;
	.loc 1 166 33 discriminator 4 view .LVU1499
	movq	%rax, 8(%rdx)	# iftmp.62_86, c_125->data.imm
	.loc 1 166 33 discriminator 4 view .LVU1500
.LBE114:
	.loc 1 169 13 is_stmt 1 discriminator 4 view .LVU1501
.LBE116:
# dispatch/indirect/indirect.c:141:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 141 32 is_stmt 0 discriminator 4 view .LVU1502
	leal	1(%r12), %eax	#, ivtmp.99
.LBB117:
# dispatch/indirect/indirect.c:169:             thread[i] = c;
	.loc 1 169 23 discriminator 4 view .LVU1503
	movq	%rdx, (%r10,%r14,8)	# c, *_76
.LBE117:
	.loc 1 141 45 is_stmt 1 discriminator 4 view .LVU1504
.LVL385:
	.loc 1 141 32 discriminator 4 view .LVU1505
	cmpl	20(%rbp), %r12d	# p_99(D)->count, ivtmp.99
	jb	.L292	#,
.LVL386:
	.p2align 4,,10
	.p2align 3
.L277:
	.loc 1 141 32 is_stmt 0 discriminator 4 view .LVU1506
.LBE119:
.LBE104:
	.loc 1 139 38 is_stmt 1 discriminator 2 view .LVU1507
	.loc 1 139 29 discriminator 2 view .LVU1508
	cmpq	$0, (%rsp)	#, %sfp
	jne	.L284	#,
.LBB121:
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 39 is_stmt 0 view .LVU1509
	movq	(%r11), %r12	# t_102->ip, _7
# dispatch/indirect/indirect.c:140:         const struct elop **thread = t->ip + (size_t)copy * p->count;
	.loc 1 140 62 view .LVU1510
	movl	20(%rbp), %r13d	# p_99(D)->count, _5
	movq	$1, (%rsp)	#, %sfp
.LVL387:
	.loc 1 140 62 view .LVU1511
	jmp	.L285	#
.LVL388:
	.p2align 4,,10
	.p2align 3
.L295:
.LBB120:
.LBB118:
# dispatch/indirect/indirect.c:144:             uint8_t h_op = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 144 50 discriminator 1 view .LVU1512
	movq	64(%rbp), %rdx	# p_99(D)->proven, p_99(D)->proven
# dispatch/indirect/indirect.c:144:             uint8_t h_op = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 144 38 discriminator 1 view .LVU1513
	cmpb	$0, (%rdx,%r14)	#, *_30
	je	.L278	#,
# dispatch/indirect/indirect.c:144:             uint8_t h_op = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 144 21 discriminator 3 view .LVU1514
	leal	34(%rax), %r13d	#, iftmp.56_85
	jmp	.L278	#
.LVL389:
	.p2align 4,,10
	.p2align 3
.L284:
	.loc 1 144 21 discriminator 3 view .LVU1515
.LBE118:
.LBE120:
.LBE121:
.LBE103:
# dispatch/indirect/indirect.c:172:     hashtab_free(&tab);
	.loc 1 172 5 view .LVU1516
	leaq	64(%rsp), %rdi	#, tmp301
	movq	%r11, %r15	# <retval>, <retval>
.LVL390:
	.loc 1 172 5 is_stmt 1 view .LVU1517
	call	hashtab_free	#
.LVL391:
	.loc 1 173 5 view .LVU1518
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL392:
	.loc 1 174 5 view .LVU1519
.L269:
# dispatch/indirect/indirect.c:181: }
	.loc 1 181 1 is_stmt 0 view .LVU1520
	addq	$184, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%r15, %rax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL393:
	.loc 1 181 1 view .LVU1521
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
.LVL394:
.L294:
	.cfi_restore_state
	.loc 1 130 5 is_stmt 1 view .LVU1522
# dispatch/indirect/indirect.c:130:     if (t) {
	.loc 1 130 8 is_stmt 0 view .LVU1523
	testq	%r15, %r15	# <retval>
	je	.L272	#,
	.loc 1 131 9 is_stmt 1 view .LVU1524
	.loc 1 132 9 view .LVU1525
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 is_stmt 0 view .LVU1526
	movq	%rbx, %rdi	# _2, tmp253
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 view .LVU1527
	salq	$6, %rbx	#, _2
.LVL395:
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 17 view .LVU1528
	salq	$4, %rdi	#, tmp253
.LVL396:
	.loc 1 132 17 view .LVU1529
	call	malloc	#
.LVL397:
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 view .LVU1530
	movq	%rbx, %rdi	# _2, tmp255
# dispatch/indirect/indirect.c:132:         t->ip = malloc(n * sizeof *t->ip);
	.loc 1 132 15 view .LVU1531
	movq	%rax, (%r15)	# tmp275, t_102->ip
	.loc 1 133 9 is_stmt 1 view .LVU1532
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 20 is_stmt 0 view .LVU1533
	call	malloc	#
.LVL398:
# dispatch/indirect/indirect.c:133:         t->cells = malloc(n * sizeof *t->cells);
	.loc 1 133 18 view .LVU1534
	movq	%rax, 8(%r15)	# tmp276, t_102->cells
	.loc 1 135 5 is_stmt 1 view .LVU1535
.LVL399:
	.p2align 4,,10
	.p2align 3
.L274:
	.loc 1 176 5 view .LVU1536
	.loc 1 178 5 view .LVU1537
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL400:
	.loc 1 179 5 view .LVU1538
.LBB122:
.LBI122:
	.loc 1 90 13 view .LVU1539
.LBB123:
	.loc 1 92 5 view .LVU1540
	.loc 1 93 5 view .LVU1541
.LBB124:
.LBB125:
# dispatch/indirect/indirect.c:94:         free(t->ip);
	.loc 1 94 15 is_stmt 0 view .LVU1542
	movq	(%r15), %rdi	# t_102->ip, pretmp_204
.LVL401:
.L287:
	.loc 1 94 15 view .LVU1543
.LBE125:
.LBI124:
	.loc 1 90 13 is_stmt 1 view .LVU1544
.LBB126:
	.loc 1 94 9 view .LVU1545
	call	free	#
.LVL402:
	.loc 1 95 9 view .LVU1546
	movq	8(%r15), %rdi	# t_102->cells, t_102->cells
	call	free	#
.LVL403:
	.loc 1 96 9 view .LVU1547
	movq	%r15, %rdi	# <retval>,
	call	free	#
.LVL404:
.L272:
	.loc 1 96 9 is_stmt 0 view .LVU1548
.LBE126:
.LBE124:
.LBE123:
.LBE122:
# dispatch/indirect/indirect.c:180:     return NULL;
	.loc 1 180 12 view .LVU1549
	xorl	%r15d, %r15d	# <retval>
	jmp	.L269	#
.LVL405:
	.p2align 4,,10
	.p2align 3
.L281:
# dispatch/indirect/indirect.c:177:         hashtab_free(&tab);
	.loc 1 177 9 view .LVU1550
	leaq	64(%rsp), %rdi	#, tmp305
	movq	%r11, %r15	# <retval>, <retval>
.LVL406:
	.loc 1 176 5 is_stmt 1 view .LVU1551
	.loc 1 177 9 view .LVU1552
	call	hashtab_free	#
.LVL407:
	.loc 1 178 5 view .LVU1553
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL408:
	.loc 1 179 5 view .LVU1554
.LBB138:
	.loc 1 90 13 view .LVU1555
.LBB133:
	.loc 1 92 5 view .LVU1556
	.loc 1 93 5 view .LVU1557
.LBB130:
.LBB127:
# dispatch/indirect/indirect.c:94:         free(t->ip);
	.loc 1 94 15 is_stmt 0 view .LVU1558
	movq	(%r15), %rdi	# t_102->ip, pretmp_204
	jmp	.L287	#
.LVL409:
.L275:
	.loc 1 94 15 view .LVU1559
.LBE127:
.LBE130:
.LBE133:
.LBE138:
	.loc 1 176 5 is_stmt 1 view .LVU1560
	.loc 1 177 9 view .LVU1561
	leaq	64(%rsp), %rdi	#, tmp303
	call	hashtab_free	#
.LVL410:
	.loc 1 178 5 view .LVU1562
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL411:
	.loc 1 179 5 view .LVU1563
.LBB139:
	.loc 1 90 13 view .LVU1564
.LBB134:
	.loc 1 92 5 view .LVU1565
	.loc 1 93 5 view .LVU1566
.LBB131:
.LBB128:
# dispatch/indirect/indirect.c:94:         free(t->ip);
	.loc 1 94 15 is_stmt 0 view .LVU1567
	movq	(%r15), %rdi	# t_102->ip, pretmp_204
	jmp	.L287	#
.LVL412:
.L276:
	.loc 1 94 15 view .LVU1568
.LBE128:
.LBE131:
.LBE134:
.LBE139:
	.loc 1 176 5 is_stmt 1 view .LVU1569
	.loc 1 177 9 view .LVU1570
	leaq	64(%rsp), %rdi	#, tmp302
	call	hashtab_free	#
.LVL413:
	.loc 1 178 5 view .LVU1571
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL414:
	.loc 1 179 5 view .LVU1572
.LBB140:
	.loc 1 90 13 view .LVU1573
.LBB135:
	.loc 1 92 5 view .LVU1574
	.loc 1 93 5 view .LVU1575
.LBB132:
.LBB129:
# dispatch/indirect/indirect.c:94:         free(t->ip);
	.loc 1 94 15 is_stmt 0 view .LVU1576
	movq	(%r15), %rdi	# t_102->ip, pretmp_204
	jmp	.L287	#
.LVL415:
.L273:
	.loc 1 94 15 view .LVU1577
.LBE129:
.LBE132:
.LBE135:
.LBE140:
	.loc 1 176 5 is_stmt 1 view .LVU1578
# dispatch/indirect/indirect.c:176:     if (have_tab)
	.loc 1 176 8 is_stmt 0 view .LVU1579
	testl	%eax, %eax	# _4
	je	.L288	#,
	.loc 1 178 5 is_stmt 1 view .LVU1580
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL416:
	.loc 1 179 5 view .LVU1581
.LBB141:
	.loc 1 90 13 view .LVU1582
.LBB136:
	.loc 1 92 5 view .LVU1583
	.loc 1 93 5 view .LVU1584
	jmp	.L272	#
.LVL417:
.L288:
	.loc 1 93 5 is_stmt 0 view .LVU1585
.LBE136:
.LBE141:
	.loc 1 177 9 is_stmt 1 view .LVU1586
	leaq	64(%rsp), %rdi	#, tmp304
	call	hashtab_free	#
.LVL418:
	.loc 1 178 5 view .LVU1587
	movq	40(%rsp), %rdi	# %sfp,
	call	free	#
.LVL419:
	.loc 1 179 5 view .LVU1588
.LBB142:
	.loc 1 90 13 view .LVU1589
.LBB137:
	.loc 1 92 5 view .LVU1590
	.loc 1 93 5 view .LVU1591
	jmp	.L272	#
.LBE137:
.LBE142:
	.cfi_endproc
.LFE27:
	.size	prepare, .-prepare
	.p2align 4
	.type	release, @function
release:
.LVL420:
.LFB25:
	.loc 1 91 1 view -0
	.cfi_startproc
	.loc 1 92 5 view .LVU1593
	.loc 1 93 5 view .LVU1594
# dispatch/indirect/indirect.c:93:     if (t) {
	.loc 1 93 8 is_stmt 0 view .LVU1595
	testq	%rdi, %rdi	# prepared
	je	.L297	#,
# dispatch/indirect/indirect.c:91: {
	.loc 1 91 1 view .LVU1596
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp87, prepared
.LVL421:
.LBB145:
.LBI145:
	.loc 1 90 13 is_stmt 1 view .LVU1597
.LBB146:
	.loc 1 94 9 view .LVU1598
	movq	(%rdi), %rdi	# MEM[(struct thread *)prepared_1(D)].ip, MEM[(struct thread *)prepared_1(D)].ip
.LVL422:
	.loc 1 94 9 is_stmt 0 view .LVU1599
	call	free	#
.LVL423:
	.loc 1 95 9 is_stmt 1 view .LVU1600
	movq	8(%rbx), %rdi	# MEM[(struct thread *)prepared_1(D)].cells, MEM[(struct thread *)prepared_1(D)].cells
	call	free	#
.LVL424:
	.loc 1 96 9 view .LVU1601
	movq	%rbx, %rdi	# prepared,
.LBE146:
.LBE145:
# dispatch/indirect/indirect.c:98: }
	.loc 1 98 1 is_stmt 0 view .LVU1602
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 8
.LVL425:
.LBB148:
.LBB147:
# dispatch/indirect/indirect.c:96:         free(t);
	.loc 1 96 9 view .LVU1603
	jmp	free	#
.LVL426:
	.p2align 4,,10
	.p2align 3
.L297:
	.loc 1 96 9 view .LVU1604
	ret	
.LBE147:
.LBE148:
	.cfi_endproc
.LFE25:
	.size	release, .-release
	.section	.rodata
	.align 32
	.type	table.0, @object
	.size	table.0, 544
table.0:
	.quad	.L7
	.quad	.L14
	.quad	.L20
	.quad	.L25
	.quad	.L31
	.quad	.L36
	.quad	.L42
	.quad	.L47
	.quad	.L52
	.quad	.L57
	.quad	.L62
	.quad	.L70
	.quad	.L77
	.quad	.L82
	.quad	.L87
	.quad	.L92
	.quad	.L97
	.quad	.L102
	.quad	.L107
	.quad	.L112
	.quad	.L117
	.quad	.L122
	.quad	.L127
	.quad	.L132
	.quad	.L137
	.quad	.L142
	.quad	.L149
	.quad	.L157
	.quad	.L165
	.quad	.L172
	.quad	.L184
	.quad	.L190
	.quad	.L196
	.quad	.L205
	.quad	.L9
	.quad	.L16
	.quad	.L22
	.quad	.L28
	.quad	.L33
	.quad	.L39
	.quad	.L44
	.quad	.L49
	.quad	.L54
	.quad	.L59
	.quad	.L64
	.quad	.L72
	.quad	.L79
	.quad	.L84
	.quad	.L89
	.quad	.L94
	.quad	.L99
	.quad	.L104
	.quad	.L109
	.quad	.L114
	.quad	.L119
	.quad	.L124
	.quad	.L129
	.quad	.L134
	.quad	.L139
	.quad	.L144
	.quad	.L151
	.quad	.L159
	.quad	.L168
	.quad	.L174
	.quad	.L186
	.quad	.L192
	.quad	.L198
	.quad	.L207
	.globl	dispatcher_indirect
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"indirect"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"indirect-threaded code (ITC): a thread of cell addresses, w = *++ip; goto *w->code"
	.section	.rodata
	.align 32
	.type	dispatcher_indirect, @object
	.size	dispatcher_indirect, 72
dispatcher_indirect:
# name:
	.quad	.LC0
# summary:
	.quad	.LC1
# prepare:
	.zero	8
	.quad	prepare
# release:
	.quad	release
# run:
	.zero	16
	.quad	run
	.zero	8
	.text
.Letext0:
	.file 4 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 6 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 7 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 8 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 9 "/usr/include/stdint.h"
	.file 10 "./isa/hashtab.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 13 "/usr/include/setjmp.h"
	.file 14 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 15 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 16 "./isa/isa.h"
	.file 17 "./vm/vm.h"
	.file 18 "./vm/dispatch.h"
	.file 19 "/usr/include/string.h"
	.file 20 "/usr/include/stdlib.h"
	.file 21 "./vm/interp.h"
	.file 22 "<built-in>"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2dae
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x30
	.long	.LASF676
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.long	.LASF9
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0xf
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x31
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xf
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0xf
	.byte	0x8
	.byte	0x5
	.long	.LASF4
	.uleb128 0xf
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0xf
	.byte	0x2
	.byte	0x7
	.long	.LASF6
	.uleb128 0xf
	.byte	0x4
	.byte	0x7
	.long	.LASF7
	.uleb128 0xf
	.byte	0x1
	.byte	0x6
	.long	.LASF8
	.uleb128 0xa
	.long	.LASF10
	.byte	0x5
	.byte	0x26
	.byte	0x17
	.long	0x56
	.uleb128 0xf
	.byte	0x2
	.byte	0x5
	.long	.LASF11
	.uleb128 0xa
	.long	.LASF12
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.long	0x41
	.uleb128 0xa
	.long	.LASF13
	.byte	0x5
	.byte	0x2a
	.byte	0x16
	.long	0x64
	.uleb128 0xa
	.long	.LASF14
	.byte	0x5
	.byte	0x2c
	.byte	0x19
	.long	0x48
	.uleb128 0xa
	.long	.LASF15
	.byte	0x5
	.byte	0x2d
	.byte	0x1b
	.long	0x3a
	.uleb128 0xa
	.long	.LASF16
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.long	0x48
	.uleb128 0xa
	.long	.LASF17
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.long	0x48
	.uleb128 0x32
	.byte	0x8
	.uleb128 0x6
	.long	0xd4
	.uleb128 0xf
	.byte	0x1
	.byte	0x6
	.long	.LASF18
	.uleb128 0xd
	.long	0xd4
	.uleb128 0xa
	.long	.LASF19
	.byte	0x6
	.byte	0x1a
	.byte	0x13
	.long	0x85
	.uleb128 0xa
	.long	.LASF20
	.byte	0x6
	.byte	0x1b
	.byte	0x13
	.long	0x9d
	.uleb128 0x22
	.byte	0x80
	.byte	0x7
	.byte	0x5
	.long	0x10e
	.uleb128 0x4
	.long	.LASF30
	.byte	0x7
	.byte	0x7
	.byte	0x15
	.long	0x10e
	.byte	0
	.byte	0
	.uleb128 0x10
	.long	0x3a
	.long	0x11e
	.uleb128 0x11
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0xa
	.long	.LASF21
	.byte	0x7
	.byte	0x8
	.byte	0x3
	.long	0xf8
	.uleb128 0xf
	.byte	0x8
	.byte	0x7
	.long	.LASF22
	.uleb128 0x6
	.long	0x13b
	.uleb128 0xd
	.long	0x131
	.uleb128 0x33
	.uleb128 0x6
	.long	0xdb
	.uleb128 0xa
	.long	.LASF23
	.byte	0x4
	.byte	0x91
	.byte	0x1a
	.long	0x48
	.uleb128 0xd
	.long	0x141
	.uleb128 0xf
	.byte	0x10
	.byte	0x4
	.long	.LASF24
	.uleb128 0xa
	.long	.LASF25
	.byte	0x8
	.byte	0x18
	.byte	0x13
	.long	0x72
	.uleb128 0xd
	.long	0x159
	.uleb128 0xa
	.long	.LASF26
	.byte	0x8
	.byte	0x1a
	.byte	0x14
	.long	0x91
	.uleb128 0xa
	.long	.LASF27
	.byte	0x8
	.byte	0x1b
	.byte	0x14
	.long	0xa9
	.uleb128 0xa
	.long	.LASF28
	.byte	0x9
	.byte	0x5a
	.byte	0x1b
	.long	0x3a
	.uleb128 0xa
	.long	.LASF29
	.byte	0xa
	.byte	0x29
	.byte	0x15
	.long	0x19a
	.uleb128 0x23
	.long	0x131
	.long	0x1b3
	.uleb128 0x8
	.long	0x131
	.uleb128 0x8
	.long	0x16a
	.uleb128 0x8
	.long	0x1b3
	.byte	0
	.uleb128 0x6
	.long	0x2e
	.uleb128 0xe
	.long	.LASF33
	.byte	0x8
	.byte	0xa
	.byte	0x2b
	.long	0x1df
	.uleb128 0x4
	.long	.LASF31
	.byte	0xa
	.byte	0x2c
	.byte	0xe
	.long	0x16a
	.byte	0
	.uleb128 0x4
	.long	.LASF32
	.byte	0xa
	.byte	0x2d
	.byte	0xe
	.long	0x16a
	.byte	0x4
	.byte	0
	.uleb128 0xe
	.long	.LASF34
	.byte	0x28
	.byte	0xa
	.byte	0x32
	.long	0x22d
	.uleb128 0x4
	.long	.LASF35
	.byte	0xa
	.byte	0x33
	.byte	0xe
	.long	0x176
	.byte	0
	.uleb128 0xc
	.string	"ops"
	.byte	0xa
	.byte	0x34
	.byte	0xe
	.long	0x176
	.byte	0x8
	.uleb128 0x4
	.long	.LASF36
	.byte	0xa
	.byte	0x35
	.byte	0xe
	.long	0x176
	.byte	0x10
	.uleb128 0x4
	.long	.LASF37
	.byte	0xa
	.byte	0x36
	.byte	0xe
	.long	0x176
	.byte	0x18
	.uleb128 0x4
	.long	.LASF38
	.byte	0xa
	.byte	0x37
	.byte	0xe
	.long	0x176
	.byte	0x20
	.byte	0
	.uleb128 0xe
	.long	.LASF39
	.byte	0x68
	.byte	0xa
	.byte	0x3b
	.long	0x2ba
	.uleb128 0x4
	.long	.LASF40
	.byte	0xa
	.byte	0x3c
	.byte	0x1a
	.long	0x2ba
	.byte	0
	.uleb128 0xc
	.string	"cap"
	.byte	0xa
	.byte	0x3d
	.byte	0x15
	.long	0x2e
	.byte	0x8
	.uleb128 0x4
	.long	.LASF41
	.byte	0xa
	.byte	0x3d
	.byte	0x1a
	.long	0x2e
	.byte	0x10
	.uleb128 0xc
	.string	"k0"
	.byte	0xa
	.byte	0x3e
	.byte	0x15
	.long	0x176
	.byte	0x18
	.uleb128 0xc
	.string	"k1"
	.byte	0xa
	.byte	0x3e
	.byte	0x19
	.long	0x176
	.byte	0x20
	.uleb128 0x4
	.long	.LASF42
	.byte	0xa
	.byte	0x3f
	.byte	0x15
	.long	0x64
	.byte	0x28
	.uleb128 0x4
	.long	.LASF43
	.byte	0xa
	.byte	0x40
	.byte	0x15
	.long	0x2bf
	.byte	0x2c
	.uleb128 0x4
	.long	.LASF44
	.byte	0xa
	.byte	0x41
	.byte	0x15
	.long	0x2c6
	.byte	0x30
	.uleb128 0xc
	.string	"ctx"
	.byte	0xa
	.byte	0x42
	.byte	0x15
	.long	0x131
	.byte	0x38
	.uleb128 0x4
	.long	.LASF45
	.byte	0xa
	.byte	0x43
	.byte	0x1a
	.long	0x1df
	.byte	0x40
	.byte	0
	.uleb128 0x6
	.long	0x1b8
	.uleb128 0xf
	.byte	0x1
	.byte	0x2
	.long	.LASF46
	.uleb128 0x6
	.long	0x18e
	.uleb128 0xa
	.long	.LASF47
	.byte	0xb
	.byte	0x1f
	.byte	0x12
	.long	0x2d7
	.uleb128 0x10
	.long	0x48
	.long	0x2e7
	.uleb128 0x11
	.long	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0xe
	.long	.LASF48
	.byte	0xc8
	.byte	0xc
	.byte	0x1a
	.long	0x31b
	.uleb128 0x4
	.long	.LASF49
	.byte	0xc
	.byte	0x20
	.byte	0xf
	.long	0x2cb
	.byte	0
	.uleb128 0x4
	.long	.LASF50
	.byte	0xc
	.byte	0x21
	.byte	0x9
	.long	0x41
	.byte	0x40
	.uleb128 0x4
	.long	.LASF51
	.byte	0xc
	.byte	0x22
	.byte	0x10
	.long	0x11e
	.byte	0x48
	.byte	0
	.uleb128 0xa
	.long	.LASF52
	.byte	0xd
	.byte	0x20
	.byte	0x1e
	.long	0x327
	.uleb128 0x10
	.long	0x2e7
	.long	0x337
	.uleb128 0x11
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0xe
	.long	.LASF53
	.byte	0xd8
	.byte	0xe
	.byte	0x31
	.long	0x4bd
	.uleb128 0x4
	.long	.LASF54
	.byte	0xe
	.byte	0x33
	.byte	0x7
	.long	0x41
	.byte	0
	.uleb128 0x4
	.long	.LASF55
	.byte	0xe
	.byte	0x36
	.byte	0x9
	.long	0xcf
	.byte	0x8
	.uleb128 0x4
	.long	.LASF56
	.byte	0xe
	.byte	0x37
	.byte	0x9
	.long	0xcf
	.byte	0x10
	.uleb128 0x4
	.long	.LASF57
	.byte	0xe
	.byte	0x38
	.byte	0x9
	.long	0xcf
	.byte	0x18
	.uleb128 0x4
	.long	.LASF58
	.byte	0xe
	.byte	0x39
	.byte	0x9
	.long	0xcf
	.byte	0x20
	.uleb128 0x4
	.long	.LASF59
	.byte	0xe
	.byte	0x3a
	.byte	0x9
	.long	0xcf
	.byte	0x28
	.uleb128 0x4
	.long	.LASF60
	.byte	0xe
	.byte	0x3b
	.byte	0x9
	.long	0xcf
	.byte	0x30
	.uleb128 0x4
	.long	.LASF61
	.byte	0xe
	.byte	0x3c
	.byte	0x9
	.long	0xcf
	.byte	0x38
	.uleb128 0x4
	.long	.LASF62
	.byte	0xe
	.byte	0x3d
	.byte	0x9
	.long	0xcf
	.byte	0x40
	.uleb128 0x4
	.long	.LASF63
	.byte	0xe
	.byte	0x40
	.byte	0x9
	.long	0xcf
	.byte	0x48
	.uleb128 0x4
	.long	.LASF64
	.byte	0xe
	.byte	0x41
	.byte	0x9
	.long	0xcf
	.byte	0x50
	.uleb128 0x4
	.long	.LASF65
	.byte	0xe
	.byte	0x42
	.byte	0x9
	.long	0xcf
	.byte	0x58
	.uleb128 0x4
	.long	.LASF66
	.byte	0xe
	.byte	0x44
	.byte	0x16
	.long	0x4d6
	.byte	0x60
	.uleb128 0x4
	.long	.LASF67
	.byte	0xe
	.byte	0x46
	.byte	0x14
	.long	0x4db
	.byte	0x68
	.uleb128 0x4
	.long	.LASF68
	.byte	0xe
	.byte	0x48
	.byte	0x7
	.long	0x41
	.byte	0x70
	.uleb128 0x4
	.long	.LASF69
	.byte	0xe
	.byte	0x49
	.byte	0x7
	.long	0x41
	.byte	0x74
	.uleb128 0x4
	.long	.LASF70
	.byte	0xe
	.byte	0x4a
	.byte	0xb
	.long	0xb5
	.byte	0x78
	.uleb128 0x4
	.long	.LASF71
	.byte	0xe
	.byte	0x4d
	.byte	0x12
	.long	0x5d
	.byte	0x80
	.uleb128 0x4
	.long	.LASF72
	.byte	0xe
	.byte	0x4e
	.byte	0xf
	.long	0x6b
	.byte	0x82
	.uleb128 0x4
	.long	.LASF73
	.byte	0xe
	.byte	0x4f
	.byte	0x8
	.long	0x4e0
	.byte	0x83
	.uleb128 0x4
	.long	.LASF74
	.byte	0xe
	.byte	0x51
	.byte	0xf
	.long	0x4f0
	.byte	0x88
	.uleb128 0x4
	.long	.LASF75
	.byte	0xe
	.byte	0x59
	.byte	0xd
	.long	0xc1
	.byte	0x90
	.uleb128 0x4
	.long	.LASF76
	.byte	0xe
	.byte	0x5b
	.byte	0x17
	.long	0x4fa
	.byte	0x98
	.uleb128 0x4
	.long	.LASF77
	.byte	0xe
	.byte	0x5c
	.byte	0x19
	.long	0x504
	.byte	0xa0
	.uleb128 0x4
	.long	.LASF78
	.byte	0xe
	.byte	0x5d
	.byte	0x14
	.long	0x4db
	.byte	0xa8
	.uleb128 0x4
	.long	.LASF79
	.byte	0xe
	.byte	0x5e
	.byte	0x9
	.long	0xcd
	.byte	0xb0
	.uleb128 0x4
	.long	.LASF80
	.byte	0xe
	.byte	0x5f
	.byte	0xa
	.long	0x2e
	.byte	0xb8
	.uleb128 0x4
	.long	.LASF81
	.byte	0xe
	.byte	0x60
	.byte	0x7
	.long	0x41
	.byte	0xc0
	.uleb128 0x4
	.long	.LASF82
	.byte	0xe
	.byte	0x62
	.byte	0x8
	.long	0x509
	.byte	0xc4
	.byte	0
	.uleb128 0xa
	.long	.LASF83
	.byte	0xf
	.byte	0x7
	.byte	0x19
	.long	0x337
	.uleb128 0x34
	.long	.LASF677
	.byte	0xe
	.byte	0x2b
	.byte	0xe
	.uleb128 0x1c
	.long	.LASF84
	.uleb128 0x6
	.long	0x4d1
	.uleb128 0x6
	.long	0x337
	.uleb128 0x10
	.long	0xd4
	.long	0x4f0
	.uleb128 0x11
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x4c9
	.uleb128 0x1c
	.long	.LASF85
	.uleb128 0x6
	.long	0x4f5
	.uleb128 0x1c
	.long	.LASF86
	.uleb128 0x6
	.long	0x4ff
	.uleb128 0x10
	.long	0xd4
	.long	0x519
	.uleb128 0x11
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x6
	.long	0x4bd
	.uleb128 0xa
	.long	.LASF87
	.byte	0x10
	.byte	0xa
	.byte	0x12
	.long	0xec
	.uleb128 0xa
	.long	.LASF88
	.byte	0x10
	.byte	0xb
	.byte	0x12
	.long	0x176
	.uleb128 0x17
	.long	.LASF124
	.long	0x64
	.byte	0x10
	.byte	0xd
	.long	0x618
	.uleb128 0x2
	.long	.LASF89
	.byte	0
	.uleb128 0x2
	.long	.LASF90
	.byte	0x1
	.uleb128 0x2
	.long	.LASF91
	.byte	0x2
	.uleb128 0x2
	.long	.LASF92
	.byte	0x3
	.uleb128 0x2
	.long	.LASF93
	.byte	0x4
	.uleb128 0x2
	.long	.LASF94
	.byte	0x5
	.uleb128 0x2
	.long	.LASF95
	.byte	0x6
	.uleb128 0x2
	.long	.LASF96
	.byte	0x7
	.uleb128 0x2
	.long	.LASF97
	.byte	0x8
	.uleb128 0x2
	.long	.LASF98
	.byte	0x9
	.uleb128 0x2
	.long	.LASF99
	.byte	0xa
	.uleb128 0x2
	.long	.LASF100
	.byte	0xb
	.uleb128 0x2
	.long	.LASF101
	.byte	0xc
	.uleb128 0x2
	.long	.LASF102
	.byte	0xd
	.uleb128 0x2
	.long	.LASF103
	.byte	0xe
	.uleb128 0x2
	.long	.LASF104
	.byte	0xf
	.uleb128 0x2
	.long	.LASF105
	.byte	0x10
	.uleb128 0x2
	.long	.LASF106
	.byte	0x11
	.uleb128 0x2
	.long	.LASF107
	.byte	0x12
	.uleb128 0x2
	.long	.LASF108
	.byte	0x13
	.uleb128 0x2
	.long	.LASF109
	.byte	0x14
	.uleb128 0x2
	.long	.LASF110
	.byte	0x15
	.uleb128 0x2
	.long	.LASF111
	.byte	0x16
	.uleb128 0x2
	.long	.LASF112
	.byte	0x17
	.uleb128 0x2
	.long	.LASF113
	.byte	0x18
	.uleb128 0x2
	.long	.LASF114
	.byte	0x19
	.uleb128 0x2
	.long	.LASF115
	.byte	0x1a
	.uleb128 0x2
	.long	.LASF116
	.byte	0x1b
	.uleb128 0x2
	.long	.LASF117
	.byte	0x1c
	.uleb128 0x2
	.long	.LASF118
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF119
	.byte	0x1e
	.uleb128 0x2
	.long	.LASF120
	.byte	0x1f
	.uleb128 0x2
	.long	.LASF121
	.byte	0x20
	.uleb128 0x2
	.long	.LASF122
	.byte	0x21
	.uleb128 0x2
	.long	.LASF123
	.byte	0x22
	.byte	0
	.uleb128 0x17
	.long	.LASF125
	.long	0x64
	.byte	0x10
	.byte	0x14
	.long	0x63a
	.uleb128 0x2
	.long	.LASF126
	.byte	0
	.uleb128 0x2
	.long	.LASF127
	.byte	0x1
	.uleb128 0x2
	.long	.LASF128
	.byte	0x2
	.byte	0
	.uleb128 0x17
	.long	.LASF129
	.long	0x64
	.byte	0x10
	.byte	0x15
	.long	0x66e
	.uleb128 0x2
	.long	.LASF130
	.byte	0
	.uleb128 0x2
	.long	.LASF131
	.byte	0x1
	.uleb128 0x2
	.long	.LASF132
	.byte	0x2
	.uleb128 0x2
	.long	.LASF133
	.byte	0x3
	.uleb128 0x2
	.long	.LASF134
	.byte	0x4
	.uleb128 0x2
	.long	.LASF135
	.byte	0x5
	.byte	0
	.uleb128 0xe
	.long	.LASF136
	.byte	0x28
	.byte	0x10
	.byte	0x25
	.long	0x6e3
	.uleb128 0x4
	.long	.LASF137
	.byte	0x10
	.byte	0x26
	.byte	0x12
	.long	0x13c
	.byte	0
	.uleb128 0x4
	.long	.LASF125
	.byte	0x10
	.byte	0x27
	.byte	0x12
	.long	0x618
	.byte	0x8
	.uleb128 0x4
	.long	.LASF138
	.byte	0x10
	.byte	0x28
	.byte	0x12
	.long	0x159
	.byte	0xc
	.uleb128 0x4
	.long	.LASF139
	.byte	0x10
	.byte	0x29
	.byte	0x12
	.long	0x159
	.byte	0xd
	.uleb128 0x4
	.long	.LASF140
	.byte	0x10
	.byte	0x29
	.byte	0x18
	.long	0x159
	.byte	0xe
	.uleb128 0x4
	.long	.LASF129
	.byte	0x10
	.byte	0x2a
	.byte	0x12
	.long	0x63a
	.byte	0x10
	.uleb128 0x4
	.long	.LASF141
	.byte	0x10
	.byte	0x2b
	.byte	0x12
	.long	0x13c
	.byte	0x18
	.uleb128 0xc
	.string	"doc"
	.byte	0x10
	.byte	0x2c
	.byte	0x12
	.long	0x13c
	.byte	0x20
	.byte	0
	.uleb128 0xd
	.long	0x66e
	.uleb128 0x10
	.long	0x6e3
	.long	0x6f8
	.uleb128 0x11
	.long	0x3a
	.byte	0x21
	.byte	0
	.uleb128 0xd
	.long	0x6e8
	.uleb128 0x35
	.long	.LASF136
	.byte	0x10
	.byte	0x2e
	.byte	0x1c
	.long	0x6f8
	.uleb128 0xe
	.long	.LASF142
	.byte	0x10
	.byte	0x3
	.byte	0x13
	.long	0x730
	.uleb128 0x4
	.long	.LASF137
	.byte	0x3
	.byte	0x14
	.byte	0xe
	.long	0xcf
	.byte	0
	.uleb128 0x4
	.long	.LASF143
	.byte	0x3
	.byte	0x15
	.byte	0xe
	.long	0x16a
	.byte	0x8
	.byte	0
	.uleb128 0xe
	.long	.LASF144
	.byte	0x8
	.byte	0x3
	.byte	0x1d
	.long	0x757
	.uleb128 0x4
	.long	.LASF145
	.byte	0x3
	.byte	0x1e
	.byte	0xd
	.long	0xe0
	.byte	0
	.uleb128 0x4
	.long	.LASF146
	.byte	0x3
	.byte	0x1f
	.byte	0xd
	.long	0xe0
	.byte	0x4
	.byte	0
	.uleb128 0xe
	.long	.LASF147
	.byte	0x50
	.byte	0x3
	.byte	0x22
	.long	0x7f3
	.uleb128 0x4
	.long	.LASF148
	.byte	0x3
	.byte	0x23
	.byte	0x11
	.long	0x13c
	.byte	0
	.uleb128 0x4
	.long	.LASF149
	.byte	0x3
	.byte	0x24
	.byte	0x11
	.long	0x7f8
	.byte	0x8
	.uleb128 0x4
	.long	.LASF138
	.byte	0x3
	.byte	0x25
	.byte	0x11
	.long	0x16a
	.byte	0x10
	.uleb128 0x4
	.long	.LASF150
	.byte	0x3
	.byte	0x26
	.byte	0x11
	.long	0x16a
	.byte	0x14
	.uleb128 0xc
	.string	"ord"
	.byte	0x3
	.byte	0x27
	.byte	0x11
	.long	0x7fd
	.byte	0x18
	.uleb128 0x4
	.long	.LASF143
	.byte	0x3
	.byte	0x29
	.byte	0x11
	.long	0x7fd
	.byte	0x20
	.uleb128 0x4
	.long	.LASF151
	.byte	0x3
	.byte	0x2a
	.byte	0x11
	.long	0x7fd
	.byte	0x28
	.uleb128 0x4
	.long	.LASF152
	.byte	0x3
	.byte	0x2b
	.byte	0x13
	.long	0x802
	.byte	0x30
	.uleb128 0x4
	.long	.LASF153
	.byte	0x3
	.byte	0x2c
	.byte	0x11
	.long	0x16a
	.byte	0x38
	.uleb128 0x4
	.long	.LASF154
	.byte	0x3
	.byte	0x2e
	.byte	0x11
	.long	0x7f8
	.byte	0x40
	.uleb128 0x4
	.long	.LASF144
	.byte	0x3
	.byte	0x2f
	.byte	0x13
	.long	0x807
	.byte	0x48
	.byte	0
	.uleb128 0xd
	.long	0x757
	.uleb128 0x6
	.long	0x159
	.uleb128 0x6
	.long	0x16a
	.uleb128 0x6
	.long	0x709
	.uleb128 0x6
	.long	0x730
	.uleb128 0x17
	.long	.LASF155
	.long	0x64
	.byte	0x11
	.byte	0xf
	.long	0x852
	.uleb128 0x2
	.long	.LASF156
	.byte	0
	.uleb128 0x2
	.long	.LASF157
	.byte	0x1
	.uleb128 0x2
	.long	.LASF158
	.byte	0x2
	.uleb128 0x2
	.long	.LASF159
	.byte	0x3
	.uleb128 0x2
	.long	.LASF160
	.byte	0x4
	.uleb128 0x2
	.long	.LASF161
	.byte	0x5
	.uleb128 0x2
	.long	.LASF162
	.byte	0x6
	.uleb128 0x2
	.long	.LASF163
	.byte	0x7
	.uleb128 0x2
	.long	.LASF164
	.byte	0x8
	.byte	0
	.uleb128 0xe
	.long	.LASF165
	.byte	0x20
	.byte	0x11
	.byte	0x1b
	.long	0x893
	.uleb128 0x4
	.long	.LASF155
	.byte	0x11
	.byte	0x1c
	.byte	0x11
	.long	0x80c
	.byte	0
	.uleb128 0xc
	.string	"arg"
	.byte	0x11
	.byte	0x1d
	.byte	0x11
	.long	0x51e
	.byte	0x8
	.uleb128 0xc
	.string	"ord"
	.byte	0x11
	.byte	0x1e
	.byte	0x11
	.long	0x16a
	.byte	0x10
	.uleb128 0x4
	.long	.LASF150
	.byte	0x11
	.byte	0x1f
	.byte	0x11
	.long	0xec
	.byte	0x18
	.byte	0
	.uleb128 0x24
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x8ee
	.uleb128 0xc
	.string	"f"
	.byte	0x11
	.byte	0x27
	.byte	0xe
	.long	0x519
	.byte	0
	.uleb128 0xc
	.string	"len"
	.byte	0x11
	.byte	0x28
	.byte	0xe
	.long	0x2e
	.byte	0x8
	.uleb128 0x4
	.long	.LASF166
	.byte	0x11
	.byte	0x29
	.byte	0xe
	.long	0x176
	.byte	0x10
	.uleb128 0x4
	.long	.LASF31
	.byte	0x11
	.byte	0x2a
	.byte	0xe
	.long	0x176
	.byte	0x18
	.uleb128 0x4
	.long	.LASF167
	.byte	0x11
	.byte	0x2b
	.byte	0xe
	.long	0x41
	.byte	0x20
	.uleb128 0xc
	.string	"buf"
	.byte	0x11
	.byte	0x2c
	.byte	0xe
	.long	0x8ee
	.byte	0x24
	.byte	0
	.uleb128 0x10
	.long	0xd4
	.long	0x8ff
	.uleb128 0x1d
	.long	0x3a
	.value	0xffff
	.byte	0
	.uleb128 0x24
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x98f
	.uleb128 0x4
	.long	.LASF168
	.byte	0x11
	.byte	0x30
	.byte	0x11
	.long	0x98f
	.byte	0
	.uleb128 0x36
	.long	.LASF169
	.byte	0x11
	.byte	0x34
	.byte	0x11
	.long	0x9a0
	.value	0x8008
	.uleb128 0x25
	.string	"mem"
	.byte	0x36
	.long	0x9b1
	.long	0x10008
	.uleb128 0x16
	.long	.LASF170
	.byte	0x37
	.byte	0x11
	.long	0xec
	.long	0x10010
	.uleb128 0x16
	.long	.LASF42
	.byte	0x38
	.byte	0x11
	.long	0xec
	.long	0x10018
	.uleb128 0x16
	.long	.LASF171
	.byte	0x3a
	.byte	0x1b
	.long	0x9b6
	.long	0x10020
	.uleb128 0x16
	.long	.LASF165
	.byte	0x3b
	.byte	0x13
	.long	0x852
	.long	0x10028
	.uleb128 0x16
	.long	.LASF172
	.byte	0x3c
	.byte	0x11
	.long	0x31b
	.long	0x10048
	.uleb128 0x25
	.string	"out"
	.byte	0x3d
	.long	0x893
	.long	0x10110
	.byte	0
	.uleb128 0x10
	.long	0x51e
	.long	0x9a0
	.uleb128 0x1d
	.long	0x3a
	.value	0x1000
	.byte	0
	.uleb128 0x10
	.long	0x182
	.long	0x9b1
	.uleb128 0x1d
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0x6
	.long	0x51e
	.uleb128 0x6
	.long	0x7f3
	.uleb128 0xe
	.long	.LASF173
	.byte	0x48
	.byte	0x12
	.byte	0x10
	.long	0xa3d
	.uleb128 0x4
	.long	.LASF137
	.byte	0x12
	.byte	0x11
	.byte	0x11
	.long	0x13c
	.byte	0
	.uleb128 0x4
	.long	.LASF174
	.byte	0x12
	.byte	0x12
	.byte	0x11
	.long	0x13c
	.byte	0x8
	.uleb128 0x4
	.long	.LASF175
	.byte	0x12
	.byte	0x15
	.byte	0x13
	.long	0xa47
	.byte	0x10
	.uleb128 0x4
	.long	.LASF176
	.byte	0x12
	.byte	0x1a
	.byte	0xd
	.long	0xa5b
	.byte	0x18
	.uleb128 0x4
	.long	.LASF177
	.byte	0x12
	.byte	0x1b
	.byte	0xd
	.long	0xa6b
	.byte	0x20
	.uleb128 0x4
	.long	.LASF178
	.byte	0x12
	.byte	0x21
	.byte	0x13
	.long	0xa47
	.byte	0x28
	.uleb128 0x4
	.long	.LASF179
	.byte	0x12
	.byte	0x27
	.byte	0x9
	.long	0x41
	.byte	0x30
	.uleb128 0xc
	.string	"run"
	.byte	0x12
	.byte	0x2b
	.byte	0xd
	.long	0xa8a
	.byte	0x38
	.uleb128 0x4
	.long	.LASF180
	.byte	0x12
	.byte	0x31
	.byte	0xd
	.long	0xa9f
	.byte	0x40
	.byte	0
	.uleb128 0xd
	.long	0x9bb
	.uleb128 0x37
	.long	0x13c
	.uleb128 0x6
	.long	0xa42
	.uleb128 0x23
	.long	0xcd
	.long	0xa5b
	.uleb128 0x8
	.long	0x9b6
	.byte	0
	.uleb128 0x6
	.long	0xa4c
	.uleb128 0x1e
	.long	0xa6b
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0xa60
	.uleb128 0x1e
	.long	0xa85
	.uleb128 0x8
	.long	0xa85
	.uleb128 0x8
	.long	0x9b6
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0x8ff
	.uleb128 0x6
	.long	0xa70
	.uleb128 0x1e
	.long	0xa9f
	.uleb128 0x8
	.long	0x131
	.uleb128 0x8
	.long	0x519
	.byte	0
	.uleb128 0x6
	.long	0xa8f
	.uleb128 0x38
	.byte	0x7
	.byte	0x4
	.long	0x64
	.byte	0x15
	.byte	0x2c
	.byte	0x6
	.long	0xd17
	.uleb128 0x2
	.long	.LASF181
	.byte	0
	.uleb128 0x2
	.long	.LASF182
	.byte	0
	.uleb128 0x2
	.long	.LASF183
	.byte	0
	.uleb128 0x2
	.long	.LASF184
	.byte	0
	.uleb128 0x2
	.long	.LASF185
	.byte	0x1
	.uleb128 0x2
	.long	.LASF186
	.byte	0
	.uleb128 0x2
	.long	.LASF187
	.byte	0x1
	.uleb128 0x2
	.long	.LASF188
	.byte	0
	.uleb128 0x2
	.long	.LASF189
	.byte	0
	.uleb128 0x2
	.long	.LASF190
	.byte	0x1
	.uleb128 0x2
	.long	.LASF191
	.byte	0x2
	.uleb128 0x2
	.long	.LASF192
	.byte	0
	.uleb128 0x2
	.long	.LASF193
	.byte	0x2
	.uleb128 0x2
	.long	.LASF194
	.byte	0x2
	.uleb128 0x2
	.long	.LASF195
	.byte	0
	.uleb128 0x2
	.long	.LASF196
	.byte	0x2
	.uleb128 0x2
	.long	.LASF197
	.byte	0x3
	.uleb128 0x2
	.long	.LASF198
	.byte	0
	.uleb128 0x2
	.long	.LASF199
	.byte	0x3
	.uleb128 0x2
	.long	.LASF200
	.byte	0x3
	.uleb128 0x2
	.long	.LASF201
	.byte	0
	.uleb128 0x2
	.long	.LASF202
	.byte	0x2
	.uleb128 0x2
	.long	.LASF203
	.byte	0x1
	.uleb128 0x2
	.long	.LASF204
	.byte	0
	.uleb128 0x2
	.long	.LASF205
	.byte	0x2
	.uleb128 0x2
	.long	.LASF206
	.byte	0x1
	.uleb128 0x2
	.long	.LASF207
	.byte	0
	.uleb128 0x2
	.long	.LASF208
	.byte	0x2
	.uleb128 0x2
	.long	.LASF209
	.byte	0x1
	.uleb128 0x2
	.long	.LASF210
	.byte	0
	.uleb128 0x2
	.long	.LASF211
	.byte	0x2
	.uleb128 0x2
	.long	.LASF212
	.byte	0x1
	.uleb128 0x2
	.long	.LASF213
	.byte	0
	.uleb128 0x2
	.long	.LASF214
	.byte	0x2
	.uleb128 0x2
	.long	.LASF215
	.byte	0x1
	.uleb128 0x2
	.long	.LASF216
	.byte	0
	.uleb128 0x2
	.long	.LASF217
	.byte	0x1
	.uleb128 0x2
	.long	.LASF218
	.byte	0x1
	.uleb128 0x2
	.long	.LASF219
	.byte	0
	.uleb128 0x2
	.long	.LASF220
	.byte	0x1
	.uleb128 0x2
	.long	.LASF221
	.byte	0x1
	.uleb128 0x2
	.long	.LASF222
	.byte	0
	.uleb128 0x2
	.long	.LASF223
	.byte	0x2
	.uleb128 0x2
	.long	.LASF224
	.byte	0x1
	.uleb128 0x2
	.long	.LASF225
	.byte	0
	.uleb128 0x2
	.long	.LASF226
	.byte	0x2
	.uleb128 0x2
	.long	.LASF227
	.byte	0x1
	.uleb128 0x2
	.long	.LASF228
	.byte	0
	.uleb128 0x2
	.long	.LASF229
	.byte	0x2
	.uleb128 0x2
	.long	.LASF230
	.byte	0x1
	.uleb128 0x2
	.long	.LASF231
	.byte	0
	.uleb128 0x2
	.long	.LASF232
	.byte	0x2
	.uleb128 0x2
	.long	.LASF233
	.byte	0x1
	.uleb128 0x2
	.long	.LASF234
	.byte	0
	.uleb128 0x2
	.long	.LASF235
	.byte	0x2
	.uleb128 0x2
	.long	.LASF236
	.byte	0x1
	.uleb128 0x2
	.long	.LASF237
	.byte	0
	.uleb128 0x2
	.long	.LASF238
	.byte	0x2
	.uleb128 0x2
	.long	.LASF239
	.byte	0x1
	.uleb128 0x2
	.long	.LASF240
	.byte	0
	.uleb128 0x2
	.long	.LASF241
	.byte	0x2
	.uleb128 0x2
	.long	.LASF242
	.byte	0x1
	.uleb128 0x2
	.long	.LASF243
	.byte	0
	.uleb128 0x2
	.long	.LASF244
	.byte	0x2
	.uleb128 0x2
	.long	.LASF245
	.byte	0x1
	.uleb128 0x2
	.long	.LASF246
	.byte	0
	.uleb128 0x2
	.long	.LASF247
	.byte	0x2
	.uleb128 0x2
	.long	.LASF248
	.byte	0x1
	.uleb128 0x2
	.long	.LASF249
	.byte	0
	.uleb128 0x2
	.long	.LASF250
	.byte	0x2
	.uleb128 0x2
	.long	.LASF251
	.byte	0x1
	.uleb128 0x2
	.long	.LASF252
	.byte	0
	.uleb128 0x2
	.long	.LASF253
	.byte	0x2
	.uleb128 0x2
	.long	.LASF254
	.byte	0x1
	.uleb128 0x2
	.long	.LASF255
	.byte	0
	.uleb128 0x2
	.long	.LASF256
	.byte	0
	.uleb128 0x2
	.long	.LASF257
	.byte	0
	.uleb128 0x2
	.long	.LASF258
	.byte	0x1
	.uleb128 0x2
	.long	.LASF259
	.byte	0x1
	.uleb128 0x2
	.long	.LASF260
	.byte	0
	.uleb128 0x2
	.long	.LASF261
	.byte	0x2
	.uleb128 0x2
	.long	.LASF262
	.byte	0x1
	.uleb128 0x2
	.long	.LASF263
	.byte	0
	.uleb128 0x2
	.long	.LASF264
	.byte	0x2
	.uleb128 0x2
	.long	.LASF265
	.byte	0
	.uleb128 0x2
	.long	.LASF266
	.byte	0
	.uleb128 0x2
	.long	.LASF267
	.byte	0x3
	.uleb128 0x2
	.long	.LASF268
	.byte	0
	.uleb128 0x2
	.long	.LASF269
	.byte	0
	.uleb128 0x2
	.long	.LASF270
	.byte	0x4
	.uleb128 0x2
	.long	.LASF271
	.byte	0x1
	.uleb128 0x2
	.long	.LASF272
	.byte	0x1
	.uleb128 0x2
	.long	.LASF273
	.byte	0
	.uleb128 0x2
	.long	.LASF274
	.byte	0x2
	.uleb128 0x2
	.long	.LASF275
	.byte	0
	.uleb128 0x2
	.long	.LASF276
	.byte	0
	.uleb128 0x2
	.long	.LASF277
	.byte	0x1
	.uleb128 0x2
	.long	.LASF278
	.byte	0
	.uleb128 0x2
	.long	.LASF279
	.byte	0
	.uleb128 0x2
	.long	.LASF280
	.byte	0
	.uleb128 0x2
	.long	.LASF281
	.byte	0
	.uleb128 0x2
	.long	.LASF282
	.byte	0x5
	.byte	0
	.uleb128 0x22
	.byte	0x18
	.byte	0x1
	.byte	0x19
	.long	0xd54
	.uleb128 0x4
	.long	.LASF283
	.byte	0x1
	.byte	0x1a
	.byte	0x27
	.long	0xd80
	.byte	0
	.uleb128 0x4
	.long	.LASF42
	.byte	0x1
	.byte	0x1b
	.byte	0x15
	.long	0xe0
	.byte	0x8
	.uleb128 0x4
	.long	.LASF284
	.byte	0x1
	.byte	0x1b
	.byte	0x1c
	.long	0xe0
	.byte	0xc
	.uleb128 0x4
	.long	.LASF144
	.byte	0x1
	.byte	0x1c
	.byte	0x1a
	.long	0x730
	.byte	0x10
	.byte	0
	.uleb128 0xe
	.long	.LASF285
	.byte	0x20
	.byte	0x1
	.byte	0x15
	.long	0xd7b
	.uleb128 0x4
	.long	.LASF149
	.byte	0x1
	.byte	0x16
	.byte	0x11
	.long	0x131
	.byte	0
	.uleb128 0x4
	.long	.LASF286
	.byte	0x1
	.byte	0x1e
	.byte	0x7
	.long	0xd94
	.byte	0x8
	.byte	0
	.uleb128 0xd
	.long	0xd54
	.uleb128 0x6
	.long	0xd8f
	.uleb128 0xd
	.long	0xd80
	.uleb128 0x6
	.long	0xd7b
	.uleb128 0xd
	.long	0xd8a
	.uleb128 0x39
	.byte	0x18
	.byte	0x1
	.byte	0x17
	.byte	0x5
	.long	0xdb3
	.uleb128 0x26
	.string	"imm"
	.byte	0x18
	.byte	0xe
	.long	0x51e
	.uleb128 0x26
	.string	"br"
	.byte	0x1d
	.byte	0xb
	.long	0xd17
	.byte	0
	.uleb128 0xe
	.long	.LASF287
	.byte	0x18
	.byte	0x1
	.byte	0x23
	.long	0xde6
	.uleb128 0xc
	.string	"ip"
	.byte	0x1
	.byte	0x24
	.byte	0x19
	.long	0xdeb
	.byte	0
	.uleb128 0x4
	.long	.LASF288
	.byte	0x1
	.byte	0x25
	.byte	0x19
	.long	0xdf0
	.byte	0x8
	.uleb128 0x4
	.long	.LASF150
	.byte	0x1
	.byte	0x26
	.byte	0x19
	.long	0x16a
	.byte	0x10
	.byte	0
	.uleb128 0xd
	.long	0xdb3
	.uleb128 0x6
	.long	0xd8a
	.uleb128 0x6
	.long	0xd54
	.uleb128 0xe
	.long	.LASF289
	.byte	0xa
	.byte	0x1
	.byte	0x67
	.long	0xe1c
	.uleb128 0x4
	.long	.LASF290
	.byte	0x1
	.byte	0x68
	.byte	0xd
	.long	0xe21
	.byte	0
	.uleb128 0xc
	.string	"len"
	.byte	0x1
	.byte	0x69
	.byte	0xd
	.long	0x159
	.byte	0x9
	.byte	0
	.uleb128 0xd
	.long	0xdf5
	.uleb128 0x10
	.long	0x159
	.long	0xe31
	.uleb128 0x11
	.long	0x3a
	.byte	0x8
	.byte	0
	.uleb128 0x3a
	.long	.LASF291
	.byte	0x1
	.byte	0xbd
	.byte	0x19
	.long	0xa3d
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_indirect
	.uleb128 0x27
	.long	.LASF297
	.byte	0xa
	.byte	0x57
	.byte	0x6
	.long	0xe59
	.uleb128 0x8
	.long	0xe59
	.byte	0
	.uleb128 0x6
	.long	0x22d
	.uleb128 0x18
	.long	.LASF292
	.byte	0xa
	.byte	0x55
	.byte	0xa
	.long	0x16a
	.long	0xe83
	.uleb128 0x8
	.long	0xe59
	.uleb128 0x8
	.long	0x131
	.uleb128 0x8
	.long	0x2e
	.uleb128 0x8
	.long	0x16a
	.byte	0
	.uleb128 0x18
	.long	.LASF293
	.byte	0x13
	.byte	0x2b
	.byte	0xe
	.long	0xcd
	.long	0xea3
	.uleb128 0x8
	.long	0xcd
	.uleb128 0x8
	.long	0x131
	.uleb128 0x8
	.long	0x2e
	.byte	0
	.uleb128 0x18
	.long	.LASF294
	.byte	0xa
	.byte	0x48
	.byte	0x6
	.long	0x41
	.long	0xec3
	.uleb128 0x8
	.long	0xe59
	.uleb128 0x8
	.long	0x2c6
	.uleb128 0x8
	.long	0x131
	.byte	0
	.uleb128 0x28
	.long	.LASF295
	.value	0x229
	.long	0xcd
	.long	0xed8
	.uleb128 0x8
	.long	0x2e
	.byte	0
	.uleb128 0x28
	.long	.LASF296
	.value	0x22c
	.long	0xcd
	.long	0xef2
	.uleb128 0x8
	.long	0x2e
	.uleb128 0x8
	.long	0x2e
	.byte	0
	.uleb128 0x3b
	.long	.LASF298
	.byte	0x14
	.value	0x238
	.byte	0xd
	.long	0xf05
	.uleb128 0x8
	.long	0xcd
	.byte	0
	.uleb128 0x27
	.long	.LASF299
	.byte	0x11
	.byte	0x4f
	.byte	0x7
	.long	0xf2b
	.uleb128 0x8
	.long	0xa85
	.uleb128 0x8
	.long	0x80c
	.uleb128 0x8
	.long	0x51e
	.uleb128 0x8
	.long	0x16a
	.uleb128 0x8
	.long	0xec
	.byte	0
	.uleb128 0x18
	.long	.LASF300
	.byte	0x11
	.byte	0x4a
	.byte	0x7
	.long	0x41
	.long	0xf46
	.uleb128 0x8
	.long	0xa85
	.uleb128 0x8
	.long	0x51e
	.byte	0
	.uleb128 0x3c
	.string	"run"
	.byte	0x1
	.byte	0xb7
	.byte	0xd
	.quad	.LFB28
	.quad	.LFE28-.LFB28
	.uleb128 0x1
	.byte	0x9c
	.long	0xfbe
	.uleb128 0x19
	.string	"vm"
	.byte	0xb7
	.byte	0x1c
	.long	0xa85
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x1f
	.long	.LASF171
	.byte	0xb7
	.byte	0x36
	.long	0x9b6
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x1f
	.long	.LASF301
	.byte	0xb7
	.byte	0x42
	.long	0xcd
	.long	.LLST75
	.long	.LVUS75
	.uleb128 0x29
	.quad	.LVL346
	.long	0x156d
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x2a
	.long	.LASF176
	.byte	0x78
	.byte	0xe
	.long	0xcd
	.quad	.LFB27
	.quad	.LFE27-.LFB27
	.uleb128 0x1
	.byte	0x9c
	.long	0x14da
	.uleb128 0x19
	.string	"p"
	.byte	0x78
	.byte	0x2c
	.long	0x9b6
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x2b
	.long	.LASF152
	.byte	0x7a
	.byte	0x18
	.long	0x14da
	.uleb128 0x3
	.byte	0x91
	.sleb128 -184
	.uleb128 0x5
	.string	"n"
	.byte	0x1
	.byte	0x7d
	.byte	0xc
	.long	0x2e
	.long	.LLST77
	.long	.LVUS77
	.uleb128 0x5
	.string	"t"
	.byte	0x1
	.byte	0x7e
	.byte	0x14
	.long	0x14df
	.long	.LLST78
	.long	.LVUS78
	.uleb128 0x12
	.long	.LASF302
	.byte	0x7f
	.byte	0x16
	.long	0x14e4
	.long	.LLST79
	.long	.LVUS79
	.uleb128 0x3d
	.string	"tab"
	.byte	0x1
	.byte	0x80
	.byte	0x14
	.long	0x22d
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x12
	.long	.LASF303
	.byte	0x81
	.byte	0xa
	.long	0x2bf
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x1
	.long	.LASF309
	.byte	0x1
	.byte	0xaf
	.byte	0x1
	.quad	.L281
	.uleb128 0x12
	.long	.LASF304
	.byte	0x8a
	.byte	0xe
	.long	0x16a
	.long	.LLST81
	.long	.LVUS81
	.uleb128 0x3e
	.quad	.LBB103
	.quad	.LBE103-.LBB103
	.long	0x123e
	.uleb128 0x12
	.long	.LASF305
	.byte	0x8b
	.byte	0xe
	.long	0x41
	.long	.LLST82
	.long	.LVUS82
	.uleb128 0x13
	.long	.LLRL83
	.uleb128 0x12
	.long	.LASF287
	.byte	0x8c
	.byte	0x1d
	.long	0xdeb
	.long	.LLST84
	.long	.LVUS84
	.uleb128 0x13
	.long	.LLRL85
	.uleb128 0x5
	.string	"i"
	.byte	0x1
	.byte	0x8d
	.byte	0x17
	.long	0x16a
	.long	.LLST86
	.long	.LVUS86
	.uleb128 0x13
	.long	.LLRL87
	.uleb128 0x5
	.string	"ins"
	.byte	0x1
	.byte	0x8e
	.byte	0x1c
	.long	0x14e9
	.long	.LLST88
	.long	.LVUS88
	.uleb128 0x5
	.string	"op"
	.byte	0x1
	.byte	0x8f
	.byte	0x15
	.long	0x159
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x12
	.long	.LASF306
	.byte	0x90
	.byte	0x15
	.long	0x159
	.long	.LLST90
	.long	.LVUS90
	.uleb128 0x5
	.string	"c"
	.byte	0x1
	.byte	0x91
	.byte	0x1a
	.long	0xdf0
	.long	.LLST91
	.long	.LVUS91
	.uleb128 0x9
	.long	.LLRL97
	.long	0x117e
	.uleb128 0x5
	.string	"to"
	.byte	0x1
	.byte	0x93
	.byte	0x1a
	.long	0x16a
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0x3f
	.long	0x2cce
	.quad	.LBI111
	.value	.LVU1406
	.quad	.LBB111
	.quad	.LBE111-.LBB111
	.byte	0x1
	.byte	0x93
	.byte	0x26
	.uleb128 0x14
	.long	0x2cdd
	.long	.LLST99
	.long	.LVUS99
	.uleb128 0x1a
	.long	0x2ce6
	.long	.LLST100
	.long	.LVUS100
	.byte	0
	.byte	0
	.uleb128 0x13
	.long	.LLRL92
	.uleb128 0x5
	.string	"k"
	.byte	0x1
	.byte	0x9b
	.byte	0x22
	.long	0x14e4
	.long	.LLST93
	.long	.LVUS93
	.uleb128 0x5
	.string	"e"
	.byte	0x1
	.byte	0x9f
	.byte	0x1a
	.long	0x16a
	.long	.LLST94
	.long	.LVUS94
	.uleb128 0x40
	.long	0x2cf1
	.quad	.LBI108
	.value	.LVU1493
	.quad	.LBB108
	.quad	.LBE108-.LBB108
	.byte	0x1
	.byte	0xa6
	.byte	0x44
	.long	0x11e8
	.uleb128 0x14
	.long	0x2d00
	.long	.LLST95
	.long	.LVUS95
	.uleb128 0x1a
	.long	0x2d09
	.long	.LLST96
	.long	.LVUS96
	.byte	0
	.uleb128 0xb
	.quad	.LVL378
	.long	0x2da6
	.long	0x120a
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x6
	.byte	0x91
	.sleb128 -232
	.byte	0x6
	.byte	0x23
	.uleb128 0x1
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x73
	.sleb128 1
	.byte	0
	.uleb128 0x1b
	.quad	.LVL379
	.long	0xe5e
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -232
	.byte	0x6
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x8
	.byte	0x91
	.sleb128 -213
	.byte	0x94
	.byte	0x1
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x41
	.long	0x1549
	.quad	.LBI122
	.value	.LVU1539
	.long	.LLRL101
	.byte	0x1
	.byte	0xb3
	.byte	0x5
	.long	0x12d4
	.uleb128 0x14
	.long	0x1556
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x13
	.long	.LLRL101
	.uleb128 0x1a
	.long	0x1562
	.long	.LLST103
	.long	.LVUS103
	.uleb128 0x2c
	.long	0x1549
	.quad	.LBI124
	.value	.LVU1544
	.long	.LLRL104
	.byte	0x5a
	.uleb128 0x14
	.long	0x1556
	.long	.LLST105
	.long	.LVUS105
	.uleb128 0x13
	.long	.LLRL106
	.uleb128 0x2d
	.long	0x1562
	.uleb128 0x15
	.quad	.LVL402
	.long	0xef2
	.uleb128 0x15
	.quad	.LVL403
	.long	0xef2
	.uleb128 0x1b
	.quad	.LVL404
	.long	0xef2
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.quad	.LVL349
	.long	0x156d
	.long	0x12f7
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -184
	.byte	0
	.uleb128 0xb
	.quad	.LVL351
	.long	0xed8
	.long	0x1313
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x48
	.byte	0
	.uleb128 0xb
	.quad	.LVL353
	.long	0xec3
	.long	0x1332
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.byte	0x73
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x73
	.sleb128 0
	.byte	0x22
	.byte	0x32
	.byte	0x24
	.byte	0
	.uleb128 0xb
	.quad	.LVL355
	.long	0xea3
	.long	0x1360
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	cell_key
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0x15
	.quad	.LVL359
	.long	0xec3
	.uleb128 0xb
	.quad	.LVL360
	.long	0xec3
	.long	0x1385
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0xb
	.quad	.LVL391
	.long	0xe47
	.long	0x139e
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.uleb128 0xb
	.quad	.LVL392
	.long	0xef2
	.long	0x13b8
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0x15
	.quad	.LVL397
	.long	0xec3
	.uleb128 0xb
	.quad	.LVL398
	.long	0xec3
	.long	0x13dd
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0xb
	.quad	.LVL400
	.long	0xef2
	.long	0x13f7
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.quad	.LVL407
	.long	0xe47
	.long	0x1410
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.uleb128 0xb
	.quad	.LVL408
	.long	0xef2
	.long	0x142a
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.quad	.LVL410
	.long	0xe47
	.long	0x1443
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.uleb128 0xb
	.quad	.LVL411
	.long	0xef2
	.long	0x145d
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.quad	.LVL413
	.long	0xe47
	.long	0x1476
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.uleb128 0xb
	.quad	.LVL414
	.long	0xef2
	.long	0x1490
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.quad	.LVL416
	.long	0xef2
	.long	0x14aa
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.uleb128 0xb
	.quad	.LVL418
	.long	0xe47
	.long	0x14c3
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -176
	.byte	0
	.uleb128 0x1b
	.quad	.LVL419
	.long	0xef2
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -200
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x136
	.uleb128 0x6
	.long	0xdb3
	.uleb128 0x6
	.long	0xdf5
	.uleb128 0x6
	.long	0x165
	.uleb128 0x2a
	.long	.LASF289
	.byte	0x6c
	.byte	0x14
	.long	0x131
	.quad	.LFB26
	.quad	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.long	0x1544
	.uleb128 0x20
	.string	"ctx"
	.byte	0x29
	.long	0x131
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x20
	.string	"c"
	.byte	0x37
	.long	0x16a
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x20
	.string	"len"
	.byte	0x42
	.long	0x1b3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x5
	.string	"k"
	.byte	0x1
	.byte	0x6e
	.byte	0x1c
	.long	0x1544
	.long	.LLST0
	.long	.LVUS0
	.byte	0
	.uleb128 0x6
	.long	0xe1c
	.uleb128 0x42
	.long	.LASF177
	.byte	0x1
	.byte	0x5a
	.byte	0xd
	.byte	0x1
	.long	0x156d
	.uleb128 0x43
	.long	.LASF301
	.byte	0x1
	.byte	0x5a
	.byte	0x1b
	.long	0xcd
	.uleb128 0x21
	.string	"t"
	.byte	0x1
	.byte	0x5c
	.byte	0x14
	.long	0x14df
	.byte	0
	.uleb128 0x44
	.long	.LASF307
	.byte	0x1
	.byte	0x29
	.byte	0xd
	.quad	.LFB24
	.quad	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.long	0x2caa
	.uleb128 0x19
	.string	"vm"
	.byte	0x29
	.byte	0x1f
	.long	0xa85
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x19
	.string	"t"
	.byte	0x29
	.byte	0x38
	.long	0x2caa
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x1f
	.long	.LASF152
	.byte	0x29
	.byte	0x4f
	.long	0x2caf
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x2b
	.long	.LASF308
	.byte	0x2b
	.byte	0x1e
	.long	0x2cc4
	.uleb128 0x9
	.byte	0x3
	.quad	table.0
	.uleb128 0x1
	.long	.LASF310
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L7
	.uleb128 0x1
	.long	.LASF311
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L9
	.uleb128 0x1
	.long	.LASF312
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L14
	.uleb128 0x1
	.long	.LASF313
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L16
	.uleb128 0x1
	.long	.LASF314
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L20
	.uleb128 0x1
	.long	.LASF315
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L22
	.uleb128 0x1
	.long	.LASF316
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L25
	.uleb128 0x1
	.long	.LASF317
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L28
	.uleb128 0x1
	.long	.LASF318
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L31
	.uleb128 0x1
	.long	.LASF319
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L33
	.uleb128 0x1
	.long	.LASF320
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L36
	.uleb128 0x1
	.long	.LASF321
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L39
	.uleb128 0x1
	.long	.LASF322
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L42
	.uleb128 0x1
	.long	.LASF323
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L44
	.uleb128 0x1
	.long	.LASF324
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L47
	.uleb128 0x1
	.long	.LASF325
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L49
	.uleb128 0x1
	.long	.LASF326
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L52
	.uleb128 0x1
	.long	.LASF327
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L54
	.uleb128 0x1
	.long	.LASF328
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L57
	.uleb128 0x1
	.long	.LASF329
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L59
	.uleb128 0x1
	.long	.LASF330
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L62
	.uleb128 0x1
	.long	.LASF331
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L64
	.uleb128 0x1
	.long	.LASF332
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L70
	.uleb128 0x1
	.long	.LASF333
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L72
	.uleb128 0x1
	.long	.LASF334
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L77
	.uleb128 0x1
	.long	.LASF335
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L79
	.uleb128 0x1
	.long	.LASF336
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L82
	.uleb128 0x1
	.long	.LASF337
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L84
	.uleb128 0x1
	.long	.LASF338
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L87
	.uleb128 0x1
	.long	.LASF339
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L89
	.uleb128 0x1
	.long	.LASF340
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L92
	.uleb128 0x1
	.long	.LASF341
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L94
	.uleb128 0x1
	.long	.LASF342
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L97
	.uleb128 0x1
	.long	.LASF343
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L99
	.uleb128 0x1
	.long	.LASF344
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L102
	.uleb128 0x1
	.long	.LASF345
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L104
	.uleb128 0x1
	.long	.LASF346
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L107
	.uleb128 0x1
	.long	.LASF347
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L109
	.uleb128 0x1
	.long	.LASF348
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L112
	.uleb128 0x1
	.long	.LASF349
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L114
	.uleb128 0x1
	.long	.LASF350
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L117
	.uleb128 0x1
	.long	.LASF351
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L119
	.uleb128 0x1
	.long	.LASF352
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L122
	.uleb128 0x1
	.long	.LASF353
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L124
	.uleb128 0x1
	.long	.LASF354
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L127
	.uleb128 0x1
	.long	.LASF355
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L129
	.uleb128 0x1
	.long	.LASF356
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L132
	.uleb128 0x1
	.long	.LASF357
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L134
	.uleb128 0x1
	.long	.LASF358
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L137
	.uleb128 0x1
	.long	.LASF359
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L139
	.uleb128 0x1
	.long	.LASF360
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L142
	.uleb128 0x1
	.long	.LASF361
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L144
	.uleb128 0x1
	.long	.LASF362
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L149
	.uleb128 0x1
	.long	.LASF363
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L151
	.uleb128 0x1
	.long	.LASF364
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L157
	.uleb128 0x1
	.long	.LASF365
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L159
	.uleb128 0x1
	.long	.LASF366
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L165
	.uleb128 0x1
	.long	.LASF367
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L168
	.uleb128 0x1
	.long	.LASF368
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L172
	.uleb128 0x1
	.long	.LASF369
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L174
	.uleb128 0x1
	.long	.LASF370
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L184
	.uleb128 0x1
	.long	.LASF371
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L186
	.uleb128 0x1
	.long	.LASF372
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L190
	.uleb128 0x1
	.long	.LASF373
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L192
	.uleb128 0x1
	.long	.LASF374
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L196
	.uleb128 0x1
	.long	.LASF375
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L198
	.uleb128 0x1
	.long	.LASF376
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L205
	.uleb128 0x1
	.long	.LASF377
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L207
	.uleb128 0x12
	.long	.LASF287
	.byte	0x34
	.byte	0x25
	.long	0xd85
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x5
	.string	"ip"
	.byte	0x1
	.byte	0x35
	.byte	0x1f
	.long	0xd80
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.string	"w"
	.byte	0x1
	.byte	0x36
	.byte	0x18
	.long	0xd8a
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x5
	.string	"n"
	.byte	0x1
	.byte	0x37
	.byte	0x15
	.long	0x14d
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x5
	.string	"sp"
	.byte	0x1
	.byte	0x38
	.byte	0xb
	.long	0x9b1
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x5
	.string	"rsp"
	.byte	0x1
	.byte	0x39
	.byte	0x10
	.long	0x2cc9
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x12
	.long	.LASF378
	.byte	0x3a
	.byte	0xd
	.long	0xec
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x5
	.string	"st"
	.byte	0x1
	.byte	0x3b
	.byte	0x11
	.long	0x80c
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x5
	.string	"arg"
	.byte	0x1
	.byte	0x3c
	.byte	0xa
	.long	0x51e
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1
	.long	.LASF379
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L8
	.uleb128 0x3
	.long	.LASF381
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF380
	.byte	0x1
	.byte	0x55
	.byte	0x1
	.quad	.L17
	.uleb128 0x3
	.long	.LASF382
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF383
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF384
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF385
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L11
	.uleb128 0x1
	.long	.LASF386
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L10
	.uleb128 0x1
	.long	.LASF387
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L12
	.uleb128 0x1
	.long	.LASF388
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L15
	.uleb128 0x3
	.long	.LASF389
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF390
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.LDL63
	.uleb128 0x3
	.long	.LASF391
	.byte	0x23
	.byte	0x1
	.uleb128 0x3
	.long	.LASF392
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF393
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L19
	.uleb128 0x1
	.long	.LASF394
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L18
	.uleb128 0x1
	.long	.LASF395
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL62
	.uleb128 0x1
	.long	.LASF396
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L21
	.uleb128 0x1
	.long	.LASF397
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.LDL61
	.uleb128 0x3
	.long	.LASF398
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF399
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF400
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF401
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L24
	.uleb128 0x1
	.long	.LASF402
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L23
	.uleb128 0x1
	.long	.LASF403
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL60
	.uleb128 0x1
	.long	.LASF404
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L26
	.uleb128 0x1
	.long	.LASF405
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL65
	.uleb128 0x1
	.long	.LASF406
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL59
	.uleb128 0x3
	.long	.LASF407
	.byte	0x2b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF408
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF409
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L30
	.uleb128 0x1
	.long	.LASF410
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L29
	.uleb128 0x1
	.long	.LASF411
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL58
	.uleb128 0x1
	.long	.LASF412
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L32
	.uleb128 0x1
	.long	.LASF413
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.LDL57
	.uleb128 0x3
	.long	.LASF414
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF415
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF416
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF417
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L35
	.uleb128 0x1
	.long	.LASF418
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L34
	.uleb128 0x1
	.long	.LASF419
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL56
	.uleb128 0x1
	.long	.LASF420
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L37
	.uleb128 0x1
	.long	.LASF421
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL64
	.uleb128 0x1
	.long	.LASF422
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL55
	.uleb128 0x3
	.long	.LASF423
	.byte	0x33
	.byte	0x1
	.uleb128 0x3
	.long	.LASF424
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF425
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L41
	.uleb128 0x1
	.long	.LASF426
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L40
	.uleb128 0x1
	.long	.LASF427
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL54
	.uleb128 0x1
	.long	.LASF428
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L43
	.uleb128 0x1
	.long	.LASF429
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.LDL53
	.uleb128 0x3
	.long	.LASF430
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF431
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF432
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF433
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L46
	.uleb128 0x1
	.long	.LASF434
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L45
	.uleb128 0x1
	.long	.LASF435
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL52
	.uleb128 0x1
	.long	.LASF436
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L48
	.uleb128 0x1
	.long	.LASF437
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.LDL51
	.uleb128 0x3
	.long	.LASF438
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF439
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF440
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF441
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L51
	.uleb128 0x1
	.long	.LASF442
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L50
	.uleb128 0x1
	.long	.LASF443
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL50
	.uleb128 0x1
	.long	.LASF444
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L53
	.uleb128 0x1
	.long	.LASF445
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.LDL49
	.uleb128 0x3
	.long	.LASF446
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF447
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF448
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF449
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L56
	.uleb128 0x1
	.long	.LASF450
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L55
	.uleb128 0x1
	.long	.LASF451
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL48
	.uleb128 0x1
	.long	.LASF452
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L58
	.uleb128 0x1
	.long	.LASF453
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.LDL47
	.uleb128 0x3
	.long	.LASF454
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF455
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF456
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF457
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L61
	.uleb128 0x1
	.long	.LASF458
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L60
	.uleb128 0x1
	.long	.LASF459
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL46
	.uleb128 0x1
	.long	.LASF460
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L63
	.uleb128 0x1
	.long	.LASF461
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.LDL45
	.uleb128 0x3
	.long	.LASF462
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF463
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF464
	.byte	0x43
	.byte	0x1
	.uleb128 0x1
	.long	.LASF465
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L66
	.uleb128 0x1
	.long	.LASF466
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L65
	.uleb128 0x3
	.long	.LASF467
	.byte	0x45
	.byte	0x9
	.uleb128 0x1
	.long	.LASF468
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL44
	.uleb128 0x1
	.long	.LASF469
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L71
	.uleb128 0x1
	.long	.LASF470
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.LDL43
	.uleb128 0x3
	.long	.LASF471
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF472
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF473
	.byte	0x4a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF474
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L74
	.uleb128 0x1
	.long	.LASF475
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L73
	.uleb128 0x3
	.long	.LASF476
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF477
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL42
	.uleb128 0x1
	.long	.LASF478
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L78
	.uleb128 0x1
	.long	.LASF479
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.LDL41
	.uleb128 0x3
	.long	.LASF480
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF481
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF482
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF483
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L81
	.uleb128 0x1
	.long	.LASF484
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L80
	.uleb128 0x1
	.long	.LASF485
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL40
	.uleb128 0x1
	.long	.LASF486
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L83
	.uleb128 0x1
	.long	.LASF487
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.LDL39
	.uleb128 0x3
	.long	.LASF488
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF489
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF490
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF491
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L86
	.uleb128 0x1
	.long	.LASF492
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L85
	.uleb128 0x1
	.long	.LASF493
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL38
	.uleb128 0x1
	.long	.LASF494
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L88
	.uleb128 0x1
	.long	.LASF495
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.LDL37
	.uleb128 0x3
	.long	.LASF496
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF497
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF498
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF499
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L91
	.uleb128 0x1
	.long	.LASF500
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L90
	.uleb128 0x1
	.long	.LASF501
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL36
	.uleb128 0x1
	.long	.LASF502
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L93
	.uleb128 0x1
	.long	.LASF503
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.LDL35
	.uleb128 0x3
	.long	.LASF504
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF505
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF506
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF507
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L96
	.uleb128 0x1
	.long	.LASF508
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L95
	.uleb128 0x1
	.long	.LASF509
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL34
	.uleb128 0x1
	.long	.LASF510
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L98
	.uleb128 0x1
	.long	.LASF511
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.LDL33
	.uleb128 0x3
	.long	.LASF512
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF513
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF514
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF515
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L101
	.uleb128 0x1
	.long	.LASF516
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L100
	.uleb128 0x1
	.long	.LASF517
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL32
	.uleb128 0x1
	.long	.LASF518
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L103
	.uleb128 0x1
	.long	.LASF519
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.LDL31
	.uleb128 0x3
	.long	.LASF520
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF521
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF522
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF523
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L106
	.uleb128 0x1
	.long	.LASF524
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L105
	.uleb128 0x1
	.long	.LASF525
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL30
	.uleb128 0x1
	.long	.LASF526
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L108
	.uleb128 0x1
	.long	.LASF527
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.LDL29
	.uleb128 0x3
	.long	.LASF528
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF529
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF530
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF531
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L111
	.uleb128 0x1
	.long	.LASF532
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L110
	.uleb128 0x1
	.long	.LASF533
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL28
	.uleb128 0x1
	.long	.LASF534
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L113
	.uleb128 0x1
	.long	.LASF535
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.LDL27
	.uleb128 0x3
	.long	.LASF536
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF537
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF538
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF539
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L116
	.uleb128 0x1
	.long	.LASF540
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L115
	.uleb128 0x1
	.long	.LASF541
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL26
	.uleb128 0x1
	.long	.LASF542
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L118
	.uleb128 0x1
	.long	.LASF543
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x3
	.long	.LASF544
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF545
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF546
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF547
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L121
	.uleb128 0x1
	.long	.LASF548
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L120
	.uleb128 0x1
	.long	.LASF549
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL24
	.uleb128 0x1
	.long	.LASF550
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L123
	.uleb128 0x1
	.long	.LASF551
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.LDL23
	.uleb128 0x3
	.long	.LASF552
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF553
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF554
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF555
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L126
	.uleb128 0x1
	.long	.LASF556
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L125
	.uleb128 0x1
	.long	.LASF557
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL22
	.uleb128 0x1
	.long	.LASF558
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L128
	.uleb128 0x1
	.long	.LASF559
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.LDL21
	.uleb128 0x3
	.long	.LASF560
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF561
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF562
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF563
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L131
	.uleb128 0x1
	.long	.LASF564
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L130
	.uleb128 0x1
	.long	.LASF565
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL20
	.uleb128 0x1
	.long	.LASF566
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L133
	.uleb128 0x1
	.long	.LASF567
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.LDL19
	.uleb128 0x3
	.long	.LASF568
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF569
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF570
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF571
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L136
	.uleb128 0x1
	.long	.LASF572
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L135
	.uleb128 0x1
	.long	.LASF573
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL18
	.uleb128 0x1
	.long	.LASF574
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L138
	.uleb128 0x1
	.long	.LASF575
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.LDL5
	.uleb128 0x3
	.long	.LASF576
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF577
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF578
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF579
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L141
	.uleb128 0x1
	.long	.LASF580
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L140
	.uleb128 0x1
	.long	.LASF581
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL4
	.uleb128 0x1
	.long	.LASF582
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L143
	.uleb128 0x3
	.long	.LASF583
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF584
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF585
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF586
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF587
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L146
	.uleb128 0x1
	.long	.LASF588
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L145
	.uleb128 0x1
	.long	.LASF589
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L147
	.uleb128 0x3
	.long	.LASF590
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF591
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL1
	.uleb128 0x3
	.long	.LASF592
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF593
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L150
	.uleb128 0x1
	.long	.LASF594
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.LDL9
	.uleb128 0x3
	.long	.LASF595
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF596
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF597
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF598
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L153
	.uleb128 0x1
	.long	.LASF599
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L152
	.uleb128 0x1
	.long	.LASF600
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L155
	.uleb128 0x3
	.long	.LASF601
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF602
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL8
	.uleb128 0x1
	.long	.LASF603
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L154
	.uleb128 0x1
	.long	.LASF604
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L158
	.uleb128 0x1
	.long	.LASF605
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.LDL7
	.uleb128 0x3
	.long	.LASF606
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF607
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF608
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF609
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L161
	.uleb128 0x1
	.long	.LASF610
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L160
	.uleb128 0x1
	.long	.LASF611
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L163
	.uleb128 0x3
	.long	.LASF612
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF613
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL6
	.uleb128 0x1
	.long	.LASF614
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L162
	.uleb128 0x1
	.long	.LASF615
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L166
	.uleb128 0x3
	.long	.LASF616
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF617
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF618
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF619
	.byte	0x75
	.byte	0x1
	.uleb128 0x1
	.long	.LASF620
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L167
	.uleb128 0x1
	.long	.LASF621
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L169
	.uleb128 0x1
	.long	.LASF622
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL16
	.uleb128 0x3
	.long	.LASF623
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF624
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL17
	.uleb128 0x3
	.long	.LASF625
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF626
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L173
	.uleb128 0x3
	.long	.LASF627
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF628
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF629
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF630
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF631
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L176
	.uleb128 0x1
	.long	.LASF632
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L175
	.uleb128 0x1
	.long	.LASF633
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL14
	.uleb128 0x3
	.long	.LASF634
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF635
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL15
	.uleb128 0x3
	.long	.LASF636
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF637
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L185
	.uleb128 0x1
	.long	.LASF638
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.LDL13
	.uleb128 0x3
	.long	.LASF639
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF640
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF641
	.byte	0x7e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF642
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L188
	.uleb128 0x1
	.long	.LASF643
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L187
	.uleb128 0x3
	.long	.LASF644
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF645
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL12
	.uleb128 0x1
	.long	.LASF646
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L191
	.uleb128 0x1
	.long	.LASF647
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.LDL11
	.uleb128 0x3
	.long	.LASF648
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF649
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF650
	.byte	0x83
	.byte	0x1
	.uleb128 0x1
	.long	.LASF651
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L194
	.uleb128 0x1
	.long	.LASF652
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L193
	.uleb128 0x3
	.long	.LASF653
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF654
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL10
	.uleb128 0x1
	.long	.LASF655
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L197
	.uleb128 0x1
	.long	.LASF656
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.LDL3
	.uleb128 0x3
	.long	.LASF657
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF658
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF659
	.byte	0x89
	.byte	0x1
	.uleb128 0x1
	.long	.LASF660
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L200
	.uleb128 0x1
	.long	.LASF661
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L199
	.uleb128 0x3
	.long	.LASF662
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF663
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF664
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL2
	.uleb128 0x1
	.long	.LASF665
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L206
	.uleb128 0x3
	.long	.LASF666
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF667
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF668
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF669
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF670
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L209
	.uleb128 0x1
	.long	.LASF671
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L208
	.uleb128 0x1
	.long	.LASF672
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L210
	.uleb128 0x3
	.long	.LASF673
	.byte	0x92
	.byte	0x1
	.uleb128 0x9
	.long	.LLRL71
	.long	0x2916
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x51e
	.long	.LLST72
	.long	.LVUS72
	.byte	0
	.uleb128 0x9
	.long	.LLRL69
	.long	0x2933
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x51e
	.long	.LLST70
	.long	.LVUS70
	.byte	0
	.uleb128 0x9
	.long	.LLRL67
	.long	0x294f
	.uleb128 0x5
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x51e
	.long	.LLST68
	.long	.LVUS68
	.byte	0
	.uleb128 0x9
	.long	.LLRL65
	.long	0x296c
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x51e
	.long	.LLST66
	.long	.LVUS66
	.byte	0
	.uleb128 0x9
	.long	.LLRL63
	.long	0x2988
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x51e
	.long	.LLST64
	.long	.LVUS64
	.byte	0
	.uleb128 0x9
	.long	.LLRL60
	.long	0x29b6
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x51e
	.long	.LLST61
	.long	.LVUS61
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x51e
	.long	.LLST62
	.long	.LVUS62
	.byte	0
	.uleb128 0x9
	.long	.LLRL57
	.long	0x29e4
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x51e
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x51e
	.long	.LLST59
	.long	.LVUS59
	.byte	0
	.uleb128 0x9
	.long	.LLRL54
	.long	0x2a12
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x51e
	.long	.LLST55
	.long	.LVUS55
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x51e
	.long	.LLST56
	.long	.LVUS56
	.byte	0
	.uleb128 0x9
	.long	.LLRL51
	.long	0x2a40
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x51e
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x51e
	.long	.LLST53
	.long	.LVUS53
	.byte	0
	.uleb128 0x9
	.long	.LLRL48
	.long	0x2a6e
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x51e
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x51e
	.long	.LLST50
	.long	.LVUS50
	.byte	0
	.uleb128 0x9
	.long	.LLRL45
	.long	0x2a9c
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x51e
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x51e
	.long	.LLST47
	.long	.LVUS47
	.byte	0
	.uleb128 0x9
	.long	.LLRL42
	.long	0x2aca
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x51e
	.long	.LLST43
	.long	.LVUS43
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x51e
	.long	.LLST44
	.long	.LVUS44
	.byte	0
	.uleb128 0x9
	.long	.LLRL39
	.long	0x2af8
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x51e
	.long	.LLST40
	.long	.LVUS40
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x51e
	.long	.LLST41
	.long	.LVUS41
	.byte	0
	.uleb128 0x9
	.long	.LLRL36
	.long	0x2b26
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x51e
	.long	.LLST37
	.long	.LVUS37
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x51e
	.long	.LLST38
	.long	.LVUS38
	.byte	0
	.uleb128 0x9
	.long	.LLRL33
	.long	0x2b54
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x51e
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x51e
	.long	.LLST35
	.long	.LVUS35
	.byte	0
	.uleb128 0x9
	.long	.LLRL30
	.long	0x2b82
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x51e
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x51e
	.long	.LLST32
	.long	.LVUS32
	.byte	0
	.uleb128 0x9
	.long	.LLRL27
	.long	0x2bb0
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x51e
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x51e
	.long	.LLST29
	.long	.LVUS29
	.byte	0
	.uleb128 0x9
	.long	.LLRL24
	.long	0x2bde
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x51e
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x51e
	.long	.LLST26
	.long	.LVUS26
	.byte	0
	.uleb128 0x9
	.long	.LLRL21
	.long	0x2c0c
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x51e
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x51e
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.uleb128 0x9
	.long	.LLRL18
	.long	0x2c3a
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x51e
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x51e
	.long	.LLST20
	.long	.LVUS20
	.byte	0
	.uleb128 0x9
	.long	.LLRL13
	.long	0x2c68
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x51e
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x51e
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x9
	.long	.LLRL16
	.long	0x2c86
	.uleb128 0x5
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xd80
	.long	.LLST17
	.long	.LVUS17
	.byte	0
	.uleb128 0x45
	.quad	.LVL14
	.long	0xf05
	.uleb128 0x1b
	.quad	.LVL19
	.long	0xf2b
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0xde6
	.uleb128 0x6
	.long	0x14da
	.uleb128 0x10
	.long	0x136
	.long	0x2cc4
	.uleb128 0x11
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0xd
	.long	0x2cb4
	.uleb128 0x6
	.long	0x182
	.uleb128 0x2e
	.long	.LASF674
	.byte	0x61
	.byte	0x18
	.long	0x16a
	.long	0x2cf1
	.uleb128 0x2f
	.string	"p"
	.byte	0x61
	.byte	0x32
	.long	0x14e9
	.uleb128 0x21
	.string	"v"
	.byte	0x3
	.byte	0x63
	.byte	0xe
	.long	0x16a
	.byte	0
	.uleb128 0x2e
	.long	.LASF675
	.byte	0x58
	.byte	0x14
	.long	0x51e
	.long	0x2d14
	.uleb128 0x2f
	.string	"p"
	.byte	0x58
	.byte	0x2c
	.long	0x14e9
	.uleb128 0x21
	.string	"v"
	.byte	0x3
	.byte	0x5a
	.byte	0xe
	.long	0x176
	.byte	0
	.uleb128 0x46
	.long	0x1549
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.long	0x2da6
	.uleb128 0x14
	.long	0x1556
	.long	.LLST107
	.long	.LVUS107
	.uleb128 0x1a
	.long	0x1562
	.long	.LLST108
	.long	.LVUS108
	.uleb128 0x2c
	.long	0x1549
	.quad	.LBI145
	.value	.LVU1597
	.long	.LLRL109
	.byte	0x5a
	.uleb128 0x14
	.long	0x1556
	.long	.LLST110
	.long	.LVUS110
	.uleb128 0x13
	.long	.LLRL109
	.uleb128 0x2d
	.long	0x1562
	.uleb128 0x15
	.quad	.LVL423
	.long	0xef2
	.uleb128 0x15
	.quad	.LVL424
	.long	0xef2
	.uleb128 0x29
	.quad	.LVL426
	.long	0xef2
	.uleb128 0x7
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x47
	.long	.LASF293
	.long	.LASF678
	.byte	0x16
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0xa
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0xa
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
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
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
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
	.uleb128 0xd
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0x6
	.byte	0
	.byte	0
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x1d
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 108
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0x13
	.byte	0x1
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 9
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
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
	.uleb128 0x24
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0x6
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 17
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x38
	.uleb128 0x6
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x27
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x28
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 20
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 14
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
	.uleb128 0x29
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2a
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
	.uleb128 0x2b
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
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2c
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
	.uleb128 0x21
	.sleb128 13
	.byte	0
	.byte	0
	.uleb128 0x2d
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2e
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
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
	.sleb128 3
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x30
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
	.uleb128 0x31
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
	.uleb128 0x32
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x33
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x34
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
	.uleb128 0x35
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
	.uleb128 0x36
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
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x37
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x38
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x39
	.uleb128 0x17
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
	.uleb128 0x3a
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x3b
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
	.uleb128 0x3c
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x3d
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
	.uleb128 0x3e
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3f
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x40
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x41
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
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x42
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x43
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
	.byte	0
	.byte	0
	.uleb128 0x44
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
	.uleb128 0x45
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x82
	.uleb128 0x19
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x46
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
	.uleb128 0x47
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
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
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
.LVUS73:
	.uleb128 0
	.uleb128 .LVU1351
	.uleb128 .LVU1351
	.uleb128 0
.LLST73:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL346-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL346-1-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS74:
	.uleb128 0
	.uleb128 .LVU1349
	.uleb128 .LVU1349
	.uleb128 0
.LLST74:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL344-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS75:
	.uleb128 0
	.uleb128 .LVU1350
	.uleb128 .LVU1350
	.uleb128 .LVU1351
	.uleb128 .LVU1351
	.uleb128 0
.LLST75:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL346-1-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS76:
	.uleb128 0
	.uleb128 .LVU1359
	.uleb128 .LVU1359
	.uleb128 .LVU1521
	.uleb128 .LVU1521
	.uleb128 .LVU1522
	.uleb128 .LVU1522
	.uleb128 0
.LLST76:
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL348-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS77:
	.uleb128 .LVU1363
	.uleb128 .LVU1381
	.uleb128 .LVU1381
	.uleb128 .LVU1382
	.uleb128 .LVU1522
	.uleb128 .LVU1528
	.uleb128 .LVU1528
	.uleb128 .LVU1529
	.uleb128 .LVU1577
	.uleb128 0
.LLST77:
	.byte	0x4
	.uleb128 .LVL350-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x5
	.byte	0x73
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x5
	.byte	0x75
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL395-.Ltext0
	.uleb128 0x5
	.byte	0x73
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x5
	.byte	0x75
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x5
	.byte	0x73
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.byte	0x9f
	.byte	0
.LVUS78:
	.uleb128 .LVU1367
	.uleb128 .LVU1369
	.uleb128 .LVU1369
	.uleb128 .LVU1396
	.uleb128 .LVU1522
	.uleb128 .LVU1543
	.uleb128 .LVU1559
	.uleb128 0
.LLST78:
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL353-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL353-1-.Ltext0
	.uleb128 .LVL361-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL401-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL409-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS79:
	.uleb128 .LVU1370
	.uleb128 .LVU1374
	.uleb128 .LVU1374
	.uleb128 .LVU1522
	.uleb128 .LVU1522
	.uleb128 .LVU1530
	.uleb128 .LVU1530
	.uleb128 0
.LLST79:
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL355-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL355-1-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL397-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL397-1-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -200
	.byte	0
.LVUS80:
	.uleb128 .LVU1375
	.uleb128 .LVU1385
	.uleb128 .LVU1385
	.uleb128 .LVU1396
	.uleb128 .LVU1522
	.uleb128 .LVU1536
	.uleb128 .LVU1559
	.uleb128 .LVU1577
	.uleb128 .LVU1577
	.uleb128 .LVU1581
	.uleb128 .LVU1581
	.uleb128 .LVU1585
	.uleb128 .LVU1585
	.uleb128 .LVU1587
	.uleb128 .LVU1587
	.uleb128 0
.LLST80:
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL359-1-.Ltext0
	.uleb128 0x8
	.byte	0x70
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL359-1-.Ltext0
	.uleb128 .LVL361-.Ltext0
	.uleb128 0x8
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL399-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL409-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x8
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL416-1-.Ltext0
	.uleb128 0x8
	.byte	0x70
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL416-1-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x8
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL417-.Ltext0
	.uleb128 .LVL418-1-.Ltext0
	.uleb128 0x8
	.byte	0x70
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL418-1-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x8
	.byte	0x7e
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x30
	.byte	0x29
	.byte	0x9f
	.byte	0
.LVUS81:
	.uleb128 .LVU1396
	.uleb128 .LVU1418
	.uleb128 .LVU1418
	.uleb128 .LVU1423
	.uleb128 .LVU1423
	.uleb128 .LVU1517
	.uleb128 .LVU1550
	.uleb128 .LVU1551
.LLST81:
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL364-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL364-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL390-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL406-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS82:
	.uleb128 .LVU1396
	.uleb128 .LVU1508
	.uleb128 .LVU1508
	.uleb128 .LVU1511
	.uleb128 .LVU1512
	.uleb128 .LVU1515
	.uleb128 .LVU1515
	.uleb128 .LVU1520
	.uleb128 .LVU1550
	.uleb128 .LVU1559
.LLST82:
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -240
	.byte	0x4
	.uleb128 .LVL386-.Ltext0
	.uleb128 .LVL387-.Ltext0
	.uleb128 0x8
	.byte	0x91
	.sleb128 -240
	.byte	0x94
	.byte	0x4
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -240
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x8
	.byte	0x91
	.sleb128 -240
	.byte	0x94
	.byte	0x4
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -240
	.byte	0
.LVUS84:
	.uleb128 .LVU1402
	.uleb128 .LVU1405
.LLST84:
	.byte	0x4
	.uleb128 .LVL362-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS86:
	.uleb128 .LVU1404
	.uleb128 .LVU1405
	.uleb128 .LVU1405
	.uleb128 .LVU1440
	.uleb128 .LVU1440
	.uleb128 .LVU1441
	.uleb128 .LVU1443
	.uleb128 .LVU1505
	.uleb128 .LVU1505
	.uleb128 .LVU1506
	.uleb128 .LVU1512
	.uleb128 .LVU1515
	.uleb128 .LVU1550
	.uleb128 .LVU1559
.LLST86:
	.byte	0x4
	.uleb128 .LVL362-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LVL385-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x3
	.byte	0x7c
	.sleb128 -1
	.byte	0x9f
	.byte	0
.LVUS88:
	.uleb128 .LVU1405
	.uleb128 .LVU1442
	.uleb128 .LVU1446
	.uleb128 .LVU1506
	.uleb128 .LVU1512
	.uleb128 .LVU1515
	.uleb128 .LVU1550
	.uleb128 .LVU1559
.LLST88:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL372-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS89:
	.uleb128 .LVU1405
	.uleb128 .LVU1421
	.uleb128 .LVU1448
	.uleb128 .LVU1453
	.uleb128 .LVU1453
	.uleb128 .LVU1463
	.uleb128 .LVU1512
	.uleb128 .LVU1515
.LLST89:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL365-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS90:
	.uleb128 .LVU1405
	.uleb128 .LVU1436
	.uleb128 .LVU1450
	.uleb128 .LVU1506
	.uleb128 .LVU1550
	.uleb128 .LVU1559
.LLST90:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL367-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL374-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS91:
	.uleb128 .LVU1423
	.uleb128 .LVU1442
	.uleb128 .LVU1482
	.uleb128 .LVU1506
.LLST91:
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL380-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS98:
	.uleb128 .LVU1422
	.uleb128 .LVU1436
.LLST98:
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL367-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS99:
	.uleb128 .LVU1406
	.uleb128 .LVU1410
.LLST99:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS100:
	.uleb128 .LVU1409
	.uleb128 .LVU1421
.LLST100:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL365-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 1
	.byte	0
.LVUS93:
	.uleb128 .LVU1465
	.uleb128 .LVU1469
	.uleb128 .LVU1469
	.uleb128 .LVU1506
	.uleb128 .LVU1550
	.uleb128 .LVU1559
.LLST93:
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL378-1-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL378-1-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -232
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -232
	.byte	0
.LVUS94:
	.uleb128 .LVU1475
	.uleb128 .LVU1486
	.uleb128 .LVU1550
	.uleb128 .LVU1553
.LLST94:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL407-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS95:
	.uleb128 .LVU1493
	.uleb128 .LVU1498
.LLST95:
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS96:
	.uleb128 .LVU1496
	.uleb128 .LVU1498
.LLST96:
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 1
	.byte	0
.LVUS102:
	.uleb128 .LVU1539
	.uleb128 .LVU1548
	.uleb128 .LVU1555
	.uleb128 .LVU1559
	.uleb128 .LVU1564
	.uleb128 .LVU1568
	.uleb128 .LVU1573
	.uleb128 .LVU1577
	.uleb128 .LVU1582
	.uleb128 .LVU1585
	.uleb128 .LVU1589
	.uleb128 0
.LLST102:
	.byte	0x4
	.uleb128 .LVL400-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL408-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL411-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL416-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS103:
	.uleb128 .LVU1541
	.uleb128 .LVU1548
	.uleb128 .LVU1557
	.uleb128 .LVU1559
	.uleb128 .LVU1566
	.uleb128 .LVU1568
	.uleb128 .LVU1575
	.uleb128 .LVU1577
	.uleb128 .LVU1584
	.uleb128 .LVU1585
	.uleb128 .LVU1591
	.uleb128 0
.LLST103:
	.byte	0x4
	.uleb128 .LVL400-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL408-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL411-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL416-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS105:
	.uleb128 .LVU1543
	.uleb128 .LVU1548
.LLST105:
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS0:
	.uleb128 .LVU5
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU25
	.uleb128 .LVU68
	.uleb128 .LVU72
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS5:
	.uleb128 .LVU26
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU63
	.uleb128 .LVU72
	.uleb128 .LVU94
	.uleb128 .LVU98
	.uleb128 .LVU116
	.uleb128 .LVU116
	.uleb128 .LVU120
	.uleb128 .LVU120
	.uleb128 .LVU148
	.uleb128 .LVU148
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU186
	.uleb128 .LVU192
	.uleb128 .LVU224
	.uleb128 .LVU230
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU266
	.uleb128 .LVU266
	.uleb128 .LVU295
	.uleb128 .LVU295
	.uleb128 .LVU300
	.uleb128 .LVU300
	.uleb128 .LVU324
	.uleb128 .LVU335
	.uleb128 .LVU369
	.uleb128 .LVU369
	.uleb128 .LVU371
	.uleb128 .LVU371
	.uleb128 .LVU375
	.uleb128 .LVU375
	.uleb128 .LVU402
	.uleb128 .LVU402
	.uleb128 .LVU409
	.uleb128 .LVU409
	.uleb128 .LVU439
	.uleb128 .LVU439
	.uleb128 .LVU446
	.uleb128 .LVU446
	.uleb128 .LVU476
	.uleb128 .LVU476
	.uleb128 .LVU483
	.uleb128 .LVU483
	.uleb128 .LVU513
	.uleb128 .LVU513
	.uleb128 .LVU520
	.uleb128 .LVU520
	.uleb128 .LVU550
	.uleb128 .LVU550
	.uleb128 .LVU557
	.uleb128 .LVU557
	.uleb128 .LVU589
	.uleb128 .LVU589
	.uleb128 .LVU595
	.uleb128 .LVU595
	.uleb128 .LVU628
	.uleb128 .LVU628
	.uleb128 .LVU634
	.uleb128 .LVU634
	.uleb128 .LVU665
	.uleb128 .LVU665
	.uleb128 .LVU671
	.uleb128 .LVU671
	.uleb128 .LVU703
	.uleb128 .LVU703
	.uleb128 .LVU709
	.uleb128 .LVU709
	.uleb128 .LVU741
	.uleb128 .LVU741
	.uleb128 .LVU747
	.uleb128 .LVU747
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 .LVU778
	.uleb128 .LVU778
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 .LVU805
	.uleb128 .LVU805
	.uleb128 .LVU919
	.uleb128 .LVU919
	.uleb128 .LVU926
	.uleb128 .LVU926
	.uleb128 .LVU956
	.uleb128 .LVU956
	.uleb128 .LVU962
	.uleb128 .LVU962
	.uleb128 .LVU994
	.uleb128 .LVU994
	.uleb128 .LVU1000
	.uleb128 .LVU1000
	.uleb128 .LVU1030
	.uleb128 .LVU1030
	.uleb128 .LVU1038
	.uleb128 .LVU1038
	.uleb128 .LVU1064
	.uleb128 .LVU1064
	.uleb128 .LVU1070
	.uleb128 .LVU1070
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1109
	.uleb128 .LVU1109
	.uleb128 .LVU1135
	.uleb128 .LVU1135
	.uleb128 .LVU1141
	.uleb128 .LVU1141
	.uleb128 .LVU1171
	.uleb128 .LVU1171
	.uleb128 .LVU1175
	.uleb128 .LVU1175
	.uleb128 .LVU1201
	.uleb128 .LVU1201
	.uleb128 .LVU1207
	.uleb128 .LVU1207
	.uleb128 .LVU1305
	.uleb128 .LVU1307
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x6
	.byte	0x7f
	.sleb128 0
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x6
	.byte	0x72
	.sleb128 -8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL301-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL301-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS6:
	.uleb128 .LVU30
	.uleb128 .LVU65
	.uleb128 .LVU72
	.uleb128 .LVU95
	.uleb128 .LVU99
	.uleb128 .LVU101
	.uleb128 .LVU120
	.uleb128 .LVU127
	.uleb128 .LVU156
	.uleb128 .LVU164
	.uleb128 .LVU176
	.uleb128 .LVU189
	.uleb128 .LVU193
	.uleb128 .LVU227
	.uleb128 .LVU231
	.uleb128 .LVU251
	.uleb128 .LVU267
	.uleb128 .LVU274
	.uleb128 .LVU301
	.uleb128 .LVU308
	.uleb128 .LVU320
	.uleb128 .LVU328
	.uleb128 .LVU336
	.uleb128 .LVU372
	.uleb128 .LVU376
	.uleb128 .LVU393
	.uleb128 .LVU410
	.uleb128 .LVU418
	.uleb128 .LVU447
	.uleb128 .LVU455
	.uleb128 .LVU484
	.uleb128 .LVU492
	.uleb128 .LVU521
	.uleb128 .LVU529
	.uleb128 .LVU558
	.uleb128 .LVU566
	.uleb128 .LVU595
	.uleb128 .LVU605
	.uleb128 .LVU634
	.uleb128 .LVU644
	.uleb128 .LVU674
	.uleb128 .LVU682
	.uleb128 .LVU712
	.uleb128 .LVU720
	.uleb128 .LVU750
	.uleb128 .LVU758
	.uleb128 .LVU778
	.uleb128 .LVU785
	.uleb128 .LVU805
	.uleb128 .LVU812
	.uleb128 .LVU846
	.uleb128 .LVU856
	.uleb128 .LVU888
	.uleb128 .LVU898
	.uleb128 .LVU927
	.uleb128 .LVU935
	.uleb128 .LVU965
	.uleb128 .LVU973
	.uleb128 .LVU1003
	.uleb128 .LVU1011
	.uleb128 .LVU1038
	.uleb128 .LVU1045
	.uleb128 .LVU1071
	.uleb128 .LVU1079
	.uleb128 .LVU1109
	.uleb128 .LVU1116
	.uleb128 .LVU1142
	.uleb128 .LVU1150
	.uleb128 .LVU1175
	.uleb128 .LVU1182
	.uleb128 .LVU1194
	.uleb128 .LVU1198
	.uleb128 .LVU1208
	.uleb128 .LVU1235
	.uleb128 .LVU1236
	.uleb128 .LVU1256
	.uleb128 .LVU1257
	.uleb128 .LVU1263
	.uleb128 .LVU1264
	.uleb128 .LVU1272
	.uleb128 .LVU1273
	.uleb128 .LVU1276
	.uleb128 .LVU1278
	.uleb128 .LVU1283
	.uleb128 .LVU1300
	.uleb128 .LVU1302
	.uleb128 .LVU1304
	.uleb128 .LVU1305
	.uleb128 .LVU1307
	.uleb128 .LVU1312
	.uleb128 .LVU1335
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL84-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL158-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL238-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL286-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL313-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL314-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL323-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL327-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL339-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS7:
	.uleb128 .LVU32
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU70
	.uleb128 .LVU72
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS8:
	.uleb128 .LVU33
	.uleb128 .LVU65
	.uleb128 .LVU72
	.uleb128 .LVU132
	.uleb128 .LVU139
	.uleb128 .LVU146
	.uleb128 .LVU146
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU169
	.uleb128 .LVU176
	.uleb128 .LVU180
	.uleb128 .LVU180
	.uleb128 .LVU196
	.uleb128 .LVU196
	.uleb128 .LVU206
	.uleb128 .LVU213
	.uleb128 .LVU218
	.uleb128 .LVU218
	.uleb128 .LVU234
	.uleb128 .LVU234
	.uleb128 .LVU244
	.uleb128 .LVU251
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU263
	.uleb128 .LVU263
	.uleb128 .LVU279
	.uleb128 .LVU286
	.uleb128 .LVU313
	.uleb128 .LVU320
	.uleb128 .LVU400
	.uleb128 .LVU400
	.uleb128 .LVU403
	.uleb128 .LVU403
	.uleb128 .LVU423
	.uleb128 .LVU430
	.uleb128 .LVU437
	.uleb128 .LVU437
	.uleb128 .LVU440
	.uleb128 .LVU440
	.uleb128 .LVU460
	.uleb128 .LVU467
	.uleb128 .LVU474
	.uleb128 .LVU474
	.uleb128 .LVU477
	.uleb128 .LVU477
	.uleb128 .LVU497
	.uleb128 .LVU504
	.uleb128 .LVU511
	.uleb128 .LVU511
	.uleb128 .LVU514
	.uleb128 .LVU514
	.uleb128 .LVU534
	.uleb128 .LVU541
	.uleb128 .LVU548
	.uleb128 .LVU548
	.uleb128 .LVU551
	.uleb128 .LVU551
	.uleb128 .LVU571
	.uleb128 .LVU578
	.uleb128 .LVU585
	.uleb128 .LVU585
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU610
	.uleb128 .LVU617
	.uleb128 .LVU624
	.uleb128 .LVU624
	.uleb128 .LVU636
	.uleb128 .LVU636
	.uleb128 .LVU649
	.uleb128 .LVU656
	.uleb128 .LVU663
	.uleb128 .LVU663
	.uleb128 .LVU672
	.uleb128 .LVU672
	.uleb128 .LVU687
	.uleb128 .LVU694
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU710
	.uleb128 .LVU710
	.uleb128 .LVU725
	.uleb128 .LVU732
	.uleb128 .LVU739
	.uleb128 .LVU739
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU763
	.uleb128 .LVU770
	.uleb128 .LVU790
	.uleb128 .LVU797
	.uleb128 .LVU817
	.uleb128 .LVU824
	.uleb128 .LVU836
	.uleb128 .LVU836
	.uleb128 .LVU848
	.uleb128 .LVU848
	.uleb128 .LVU861
	.uleb128 .LVU868
	.uleb128 .LVU880
	.uleb128 .LVU880
	.uleb128 .LVU890
	.uleb128 .LVU890
	.uleb128 .LVU903
	.uleb128 .LVU910
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 .LVU920
	.uleb128 .LVU920
	.uleb128 .LVU940
	.uleb128 .LVU947
	.uleb128 .LVU954
	.uleb128 .LVU954
	.uleb128 .LVU963
	.uleb128 .LVU963
	.uleb128 .LVU978
	.uleb128 .LVU985
	.uleb128 .LVU992
	.uleb128 .LVU992
	.uleb128 .LVU1001
	.uleb128 .LVU1001
	.uleb128 .LVU1016
	.uleb128 .LVU1023
	.uleb128 .LVU1050
	.uleb128 .LVU1057
	.uleb128 .LVU1062
	.uleb128 .LVU1062
	.uleb128 .LVU1065
	.uleb128 .LVU1065
	.uleb128 .LVU1089
	.uleb128 .LVU1096
	.uleb128 .LVU1121
	.uleb128 .LVU1128
	.uleb128 .LVU1133
	.uleb128 .LVU1133
	.uleb128 .LVU1136
	.uleb128 .LVU1136
	.uleb128 .LVU1160
	.uleb128 .LVU1167
	.uleb128 .LVU1187
	.uleb128 .LVU1194
	.uleb128 .LVU1199
	.uleb128 .LVU1199
	.uleb128 .LVU1202
	.uleb128 .LVU1202
	.uleb128 .LVU1223
	.uleb128 .LVU1230
	.uleb128 .LVU1258
	.uleb128 .LVU1258
	.uleb128 .LVU1266
	.uleb128 .LVU1266
	.uleb128 .LVU1267
	.uleb128 .LVU1267
	.uleb128 .LVU1275
	.uleb128 .LVU1275
	.uleb128 .LVU1276
	.uleb128 .LVU1276
	.uleb128 .LVU1278
	.uleb128 .LVU1278
	.uleb128 .LVU1317
	.uleb128 .LVU1324
	.uleb128 .LVU1328
	.uleb128 .LVU1335
	.uleb128 .LVU1336
	.uleb128 .LVU1336
	.uleb128 .LVU1340
	.uleb128 .LVU1340
	.uleb128 .LVU1341
	.uleb128 .LVU1341
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL84-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL92-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL150-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL170-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL180-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL182-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL199-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL212-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL242-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL250-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL252-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL339-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL340-.Ltext0
	.uleb128 .LVL341-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL342-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL342-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU34
	.uleb128 .LVU40
	.uleb128 .LVU40
	.uleb128 .LVU65
	.uleb128 .LVU72
	.uleb128 .LVU325
	.uleb128 .LVU325
	.uleb128 .LVU338
	.uleb128 .LVU338
	.uleb128 .LVU363
	.uleb128 .LVU363
	.uleb128 .LVU379
	.uleb128 .LVU379
	.uleb128 .LVU1305
	.uleb128 .LVU1305
	.uleb128 .LVU1307
	.uleb128 .LVU1307
	.uleb128 .LVU1308
	.uleb128 .LVU1308
	.uleb128 .LVU1312
	.uleb128 .LVU1312
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL330-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS10:
	.uleb128 .LVU35
	.uleb128 .LVU40
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU157
	.uleb128 .LVU158
	.uleb128 .LVU190
	.uleb128 .LVU196
	.uleb128 .LVU228
	.uleb128 .LVU234
	.uleb128 .LVU333
	.uleb128 .LVU339
	.uleb128 .LVU373
	.uleb128 .LVU379
	.uleb128 .LVU411
	.uleb128 .LVU412
	.uleb128 .LVU448
	.uleb128 .LVU449
	.uleb128 .LVU485
	.uleb128 .LVU486
	.uleb128 .LVU522
	.uleb128 .LVU523
	.uleb128 .LVU559
	.uleb128 .LVU560
	.uleb128 .LVU597
	.uleb128 .LVU599
	.uleb128 .LVU636
	.uleb128 .LVU638
	.uleb128 .LVU675
	.uleb128 .LVU676
	.uleb128 .LVU713
	.uleb128 .LVU714
	.uleb128 .LVU751
	.uleb128 .LVU752
	.uleb128 .LVU848
	.uleb128 .LVU850
	.uleb128 .LVU890
	.uleb128 .LVU891
	.uleb128 .LVU928
	.uleb128 .LVU929
	.uleb128 .LVU966
	.uleb128 .LVU967
	.uleb128 .LVU1004
	.uleb128 .LVU1005
	.uleb128 .LVU1072
	.uleb128 .LVU1073
	.uleb128 .LVU1143
	.uleb128 .LVU1144
	.uleb128 .LVU1209
	.uleb128 .LVU1210
	.uleb128 .LVU1266
	.uleb128 .LVU1267
	.uleb128 .LVU1275
	.uleb128 .LVU1276
.LLST10:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS11:
	.uleb128 .LVU60
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU67
	.uleb128 .LVU131
	.uleb128 .LVU139
	.uleb128 .LVU168
	.uleb128 .LVU176
	.uleb128 .LVU205
	.uleb128 .LVU213
	.uleb128 .LVU243
	.uleb128 .LVU251
	.uleb128 .LVU278
	.uleb128 .LVU286
	.uleb128 .LVU312
	.uleb128 .LVU320
	.uleb128 .LVU422
	.uleb128 .LVU430
	.uleb128 .LVU459
	.uleb128 .LVU467
	.uleb128 .LVU496
	.uleb128 .LVU504
	.uleb128 .LVU533
	.uleb128 .LVU541
	.uleb128 .LVU570
	.uleb128 .LVU578
	.uleb128 .LVU609
	.uleb128 .LVU617
	.uleb128 .LVU648
	.uleb128 .LVU656
	.uleb128 .LVU686
	.uleb128 .LVU694
	.uleb128 .LVU724
	.uleb128 .LVU732
	.uleb128 .LVU762
	.uleb128 .LVU770
	.uleb128 .LVU789
	.uleb128 .LVU797
	.uleb128 .LVU816
	.uleb128 .LVU824
	.uleb128 .LVU860
	.uleb128 .LVU868
	.uleb128 .LVU902
	.uleb128 .LVU910
	.uleb128 .LVU939
	.uleb128 .LVU947
	.uleb128 .LVU977
	.uleb128 .LVU985
	.uleb128 .LVU1015
	.uleb128 .LVU1023
	.uleb128 .LVU1049
	.uleb128 .LVU1057
	.uleb128 .LVU1088
	.uleb128 .LVU1096
	.uleb128 .LVU1120
	.uleb128 .LVU1128
	.uleb128 .LVU1159
	.uleb128 .LVU1167
	.uleb128 .LVU1186
	.uleb128 .LVU1194
	.uleb128 .LVU1222
	.uleb128 .LVU1230
	.uleb128 .LVU1316
	.uleb128 .LVU1324
	.uleb128 .LVU1327
	.uleb128 .LVU1335
.LLST11:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL149-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL182-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL242-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL277-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL339-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU61
	.uleb128 .LVU65
	.uleb128 .LVU65
	.uleb128 .LVU67
	.uleb128 .LVU138
	.uleb128 .LVU139
	.uleb128 .LVU175
	.uleb128 .LVU176
	.uleb128 .LVU212
	.uleb128 .LVU213
	.uleb128 .LVU250
	.uleb128 .LVU251
	.uleb128 .LVU285
	.uleb128 .LVU286
	.uleb128 .LVU319
	.uleb128 .LVU320
	.uleb128 .LVU429
	.uleb128 .LVU430
	.uleb128 .LVU466
	.uleb128 .LVU467
	.uleb128 .LVU503
	.uleb128 .LVU504
	.uleb128 .LVU540
	.uleb128 .LVU541
	.uleb128 .LVU577
	.uleb128 .LVU578
	.uleb128 .LVU616
	.uleb128 .LVU617
	.uleb128 .LVU655
	.uleb128 .LVU656
	.uleb128 .LVU693
	.uleb128 .LVU694
	.uleb128 .LVU731
	.uleb128 .LVU732
	.uleb128 .LVU769
	.uleb128 .LVU770
	.uleb128 .LVU796
	.uleb128 .LVU797
	.uleb128 .LVU823
	.uleb128 .LVU824
	.uleb128 .LVU867
	.uleb128 .LVU868
	.uleb128 .LVU909
	.uleb128 .LVU910
	.uleb128 .LVU946
	.uleb128 .LVU947
	.uleb128 .LVU984
	.uleb128 .LVU985
	.uleb128 .LVU1022
	.uleb128 .LVU1023
	.uleb128 .LVU1056
	.uleb128 .LVU1057
	.uleb128 .LVU1095
	.uleb128 .LVU1096
	.uleb128 .LVU1127
	.uleb128 .LVU1128
	.uleb128 .LVU1166
	.uleb128 .LVU1167
	.uleb128 .LVU1193
	.uleb128 .LVU1194
	.uleb128 .LVU1229
	.uleb128 .LVU1230
	.uleb128 .LVU1323
	.uleb128 .LVU1324
	.uleb128 .LVU1334
	.uleb128 .LVU1335
.LLST12:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL182-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL242-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL289-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL339-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS72:
	.uleb128 .LVU1198
	.uleb128 .LVU1208
	.uleb128 .LVU1208
	.uleb128 .LVU1210
.LLST72:
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS70:
	.uleb128 .LVU1132
	.uleb128 .LVU1136
	.uleb128 .LVU1136
	.uleb128 .LVU1142
	.uleb128 .LVU1142
	.uleb128 .LVU1144
.LLST70:
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS68:
	.uleb128 .LVU1099
	.uleb128 .LVU1105
.LLST68:
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS66:
	.uleb128 .LVU1061
	.uleb128 .LVU1065
	.uleb128 .LVU1065
	.uleb128 .LVU1071
	.uleb128 .LVU1071
	.uleb128 .LVU1073
.LLST66:
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0
.LVUS64:
	.uleb128 .LVU1027
	.uleb128 .LVU1033
	.uleb128 .LVU1033
	.uleb128 .LVU1034
	.uleb128 .LVU1034
	.uleb128 .LVU1039
.LLST64:
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS61:
	.uleb128 .LVU989
	.uleb128 .LVU1001
	.uleb128 .LVU1001
	.uleb128 .LVU1003
	.uleb128 .LVU1003
	.uleb128 .LVU1005
.LLST61:
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS62:
	.uleb128 .LVU989
	.uleb128 .LVU995
.LLST62:
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS58:
	.uleb128 .LVU951
	.uleb128 .LVU963
	.uleb128 .LVU963
	.uleb128 .LVU965
	.uleb128 .LVU965
	.uleb128 .LVU967
.LLST58:
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL236-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS59:
	.uleb128 .LVU951
	.uleb128 .LVU957
.LLST59:
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS55:
	.uleb128 .LVU914
	.uleb128 .LVU920
	.uleb128 .LVU920
	.uleb128 .LVU929
.LLST55:
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS56:
	.uleb128 .LVU914
	.uleb128 .LVU920
	.uleb128 .LVU920
	.uleb128 .LVU921
.LLST56:
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS52:
	.uleb128 .LVU876
	.uleb128 .LVU891
	.uleb128 .LVU1276
	.uleb128 .LVU1278
.LLST52:
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS53:
	.uleb128 .LVU877
	.uleb128 .LVU882
	.uleb128 .LVU882
	.uleb128 .LVU883
	.uleb128 .LVU1276
	.uleb128 .LVU1277
	.uleb128 .LVU1277
	.uleb128 .LVU1278
.LLST53:
	.byte	0x4
	.uleb128 .LVL211-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS49:
	.uleb128 .LVU832
	.uleb128 .LVU850
.LLST49:
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS50:
	.uleb128 .LVU833
	.uleb128 .LVU838
	.uleb128 .LVU838
	.uleb128 .LVU841
.LLST50:
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL201-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS46:
	.uleb128 .LVU736
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU750
	.uleb128 .LVU750
	.uleb128 .LVU752
.LLST46:
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS47:
	.uleb128 .LVU736
	.uleb128 .LVU742
.LLST47:
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS43:
	.uleb128 .LVU698
	.uleb128 .LVU710
	.uleb128 .LVU710
	.uleb128 .LVU712
	.uleb128 .LVU712
	.uleb128 .LVU714
.LLST43:
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS44:
	.uleb128 .LVU698
	.uleb128 .LVU704
.LLST44:
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS40:
	.uleb128 .LVU660
	.uleb128 .LVU672
	.uleb128 .LVU672
	.uleb128 .LVU674
	.uleb128 .LVU674
	.uleb128 .LVU676
.LLST40:
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS41:
	.uleb128 .LVU660
	.uleb128 .LVU666
.LLST41:
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS37:
	.uleb128 .LVU621
	.uleb128 .LVU636
	.uleb128 .LVU636
	.uleb128 .LVU638
.LLST37:
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS38:
	.uleb128 .LVU621
	.uleb128 .LVU629
.LLST38:
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS34:
	.uleb128 .LVU582
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU599
.LLST34:
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS35:
	.uleb128 .LVU582
	.uleb128 .LVU590
.LLST35:
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS31:
	.uleb128 .LVU545
	.uleb128 .LVU551
	.uleb128 .LVU551
	.uleb128 .LVU560
.LLST31:
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS32:
	.uleb128 .LVU545
	.uleb128 .LVU551
	.uleb128 .LVU551
	.uleb128 .LVU552
.LLST32:
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS28:
	.uleb128 .LVU508
	.uleb128 .LVU514
	.uleb128 .LVU514
	.uleb128 .LVU523
.LLST28:
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS29:
	.uleb128 .LVU508
	.uleb128 .LVU514
	.uleb128 .LVU514
	.uleb128 .LVU515
.LLST29:
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS25:
	.uleb128 .LVU471
	.uleb128 .LVU477
	.uleb128 .LVU477
	.uleb128 .LVU486
.LLST25:
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS26:
	.uleb128 .LVU471
	.uleb128 .LVU477
	.uleb128 .LVU477
	.uleb128 .LVU478
.LLST26:
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS22:
	.uleb128 .LVU434
	.uleb128 .LVU440
	.uleb128 .LVU440
	.uleb128 .LVU449
.LLST22:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS23:
	.uleb128 .LVU434
	.uleb128 .LVU440
	.uleb128 .LVU440
	.uleb128 .LVU441
.LLST23:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS19:
	.uleb128 .LVU397
	.uleb128 .LVU403
	.uleb128 .LVU403
	.uleb128 .LVU412
.LLST19:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS20:
	.uleb128 .LVU397
	.uleb128 .LVU403
	.uleb128 .LVU403
	.uleb128 .LVU404
.LLST20:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS14:
	.uleb128 .LVU143
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU158
.LLST14:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS15:
	.uleb128 .LVU143
	.uleb128 .LVU149
	.uleb128 .LVU149
	.uleb128 .LVU150
.LLST15:
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS17:
	.uleb128 .LVU325
	.uleb128 .LVU339
	.uleb128 .LVU1305
	.uleb128 .LVU1306
	.uleb128 .LVU1306
	.uleb128 .LVU1307
.LLST17:
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL330-.Ltext0
	.uleb128 0x2
	.byte	0x7a
	.sleb128 0
	.byte	0
.LVUS107:
	.uleb128 0
	.uleb128 .LVU1599
	.uleb128 .LVU1599
	.uleb128 .LVU1603
	.uleb128 .LVU1603
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 0
.LLST107:
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL422-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL426-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS108:
	.uleb128 .LVU1594
	.uleb128 .LVU1599
	.uleb128 .LVU1599
	.uleb128 .LVU1603
	.uleb128 .LVU1603
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 0
.LLST108:
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL422-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL426-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS110:
	.uleb128 .LVU1597
	.uleb128 .LVU1599
	.uleb128 .LVU1599
	.uleb128 .LVU1603
	.uleb128 .LVU1603
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 .LVU1604
.LLST110:
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL422-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 .LVL426-.Ltext0
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
.LLRL13:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0x4
	.uleb128 .LBB78-.Ltext0
	.uleb128 .LBE78-.Ltext0
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0x4
	.uleb128 .LBB82-.Ltext0
	.uleb128 .LBE82-.Ltext0
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0x4
	.uleb128 .LBB84-.Ltext0
	.uleb128 .LBE84-.Ltext0
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0x4
	.uleb128 .LBB86-.Ltext0
	.uleb128 .LBE86-.Ltext0
	.byte	0x4
	.uleb128 .LBB87-.Ltext0
	.uleb128 .LBE87-.Ltext0
	.byte	0x4
	.uleb128 .LBB88-.Ltext0
	.uleb128 .LBE88-.Ltext0
	.byte	0
.LLRL18:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.LLRL24:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0
.LLRL30:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL33:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0
.LLRL36:
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0
.LLRL39:
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0
.LLRL42:
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0
.LLRL45:
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0
.LLRL48:
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0x4
	.uleb128 .LBB50-.Ltext0
	.uleb128 .LBE50-.Ltext0
	.byte	0
.LLRL51:
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0
.LLRL54:
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
	.byte	0
.LLRL57:
	.byte	0x4
	.uleb128 .LBB55-.Ltext0
	.uleb128 .LBE55-.Ltext0
	.byte	0x4
	.uleb128 .LBB56-.Ltext0
	.uleb128 .LBE56-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0
.LLRL60:
	.byte	0x4
	.uleb128 .LBB58-.Ltext0
	.uleb128 .LBE58-.Ltext0
	.byte	0x4
	.uleb128 .LBB59-.Ltext0
	.uleb128 .LBE59-.Ltext0
	.byte	0x4
	.uleb128 .LBB60-.Ltext0
	.uleb128 .LBE60-.Ltext0
	.byte	0
.LLRL63:
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0
.LLRL65:
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0
.LLRL67:
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0
.LLRL69:
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0
.LLRL71:
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0
.LLRL83:
	.byte	0x4
	.uleb128 .LBB104-.Ltext0
	.uleb128 .LBE104-.Ltext0
	.byte	0x4
	.uleb128 .LBB121-.Ltext0
	.uleb128 .LBE121-.Ltext0
	.byte	0
.LLRL85:
	.byte	0x4
	.uleb128 .LBB105-.Ltext0
	.uleb128 .LBE105-.Ltext0
	.byte	0x4
	.uleb128 .LBB119-.Ltext0
	.uleb128 .LBE119-.Ltext0
	.byte	0x4
	.uleb128 .LBB120-.Ltext0
	.uleb128 .LBE120-.Ltext0
	.byte	0
.LLRL87:
	.byte	0x4
	.uleb128 .LBB106-.Ltext0
	.uleb128 .LBE106-.Ltext0
	.byte	0x4
	.uleb128 .LBB115-.Ltext0
	.uleb128 .LBE115-.Ltext0
	.byte	0x4
	.uleb128 .LBB116-.Ltext0
	.uleb128 .LBE116-.Ltext0
	.byte	0x4
	.uleb128 .LBB117-.Ltext0
	.uleb128 .LBE117-.Ltext0
	.byte	0x4
	.uleb128 .LBB118-.Ltext0
	.uleb128 .LBE118-.Ltext0
	.byte	0
.LLRL92:
	.byte	0x4
	.uleb128 .LBB107-.Ltext0
	.uleb128 .LBE107-.Ltext0
	.byte	0x4
	.uleb128 .LBB114-.Ltext0
	.uleb128 .LBE114-.Ltext0
	.byte	0
.LLRL97:
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB113-.Ltext0
	.uleb128 .LBE113-.Ltext0
	.byte	0
.LLRL101:
	.byte	0x4
	.uleb128 .LBB122-.Ltext0
	.uleb128 .LBE122-.Ltext0
	.byte	0x4
	.uleb128 .LBB138-.Ltext0
	.uleb128 .LBE138-.Ltext0
	.byte	0x4
	.uleb128 .LBB139-.Ltext0
	.uleb128 .LBE139-.Ltext0
	.byte	0x4
	.uleb128 .LBB140-.Ltext0
	.uleb128 .LBE140-.Ltext0
	.byte	0x4
	.uleb128 .LBB141-.Ltext0
	.uleb128 .LBE141-.Ltext0
	.byte	0x4
	.uleb128 .LBB142-.Ltext0
	.uleb128 .LBE142-.Ltext0
	.byte	0
.LLRL104:
	.byte	0x4
	.uleb128 .LBB124-.Ltext0
	.uleb128 .LBE124-.Ltext0
	.byte	0x4
	.uleb128 .LBB130-.Ltext0
	.uleb128 .LBE130-.Ltext0
	.byte	0x4
	.uleb128 .LBB131-.Ltext0
	.uleb128 .LBE131-.Ltext0
	.byte	0x4
	.uleb128 .LBB132-.Ltext0
	.uleb128 .LBE132-.Ltext0
	.byte	0
.LLRL106:
	.byte	0x4
	.uleb128 .LBB125-.Ltext0
	.uleb128 .LBE125-.Ltext0
	.byte	0x4
	.uleb128 .LBB126-.Ltext0
	.uleb128 .LBE126-.Ltext0
	.byte	0x4
	.uleb128 .LBB127-.Ltext0
	.uleb128 .LBE127-.Ltext0
	.byte	0x4
	.uleb128 .LBB128-.Ltext0
	.uleb128 .LBE128-.Ltext0
	.byte	0x4
	.uleb128 .LBB129-.Ltext0
	.uleb128 .LBE129-.Ltext0
	.byte	0
.LLRL109:
	.byte	0x4
	.uleb128 .LBB145-.Ltext0
	.uleb128 .LBE145-.Ltext0
	.byte	0x4
	.uleb128 .LBB148-.Ltext0
	.uleb128 .LBE148-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF127:
	.string	"OPND_INT"
.LASF101:
	.string	"OP_NEG"
.LASF164:
	.string	"ST_OUTPUT"
.LASF417:
	.string	"B_SWAP"
.LASF353:
	.string	"L_LT"
.LASF9:
	.string	"size_t"
.LASF315:
	.string	"L_DROP"
.LASF307:
	.string	"engine"
.LASF598:
	.string	"B_JZ"
.LASF87:
	.string	"cell"
.LASF499:
	.string	"B_AND"
.LASF41:
	.string	"used"
.LASF48:
	.string	"__jmp_buf_tag"
.LASF365:
	.string	"L_JNZ"
.LASF542:
	.string	"dl_checked_NE_142"
.LASF85:
	.string	"_IO_codecvt"
.LASF567:
	.string	"dl_trap_164"
.LASF133:
	.string	"FLOW_CALL"
.LASF19:
	.string	"int32_t"
.LASF190:
	.string	"POPS_DUP"
.LASF626:
	.string	"dl_checked_RET_217"
.LASF194:
	.string	"PUSHES_SWAP"
.LASF612:
	.string	"dl_trap_204"
.LASF65:
	.string	"_IO_save_end"
.LASF135:
	.string	"FLOW_STOP"
.LASF617:
	.string	"dl_trap_209"
.LASF274:
	.string	"POPS_STORE"
.LASF321:
	.string	"L_OVER"
.LASF404:
	.string	"dl_checked_DUP_21"
.LASF34:
	.string	"hashtab_stats"
.LASF205:
	.string	"POPS_SUB"
.LASF351:
	.string	"L_NE"
.LASF58:
	.string	"_IO_write_base"
.LASF363:
	.string	"L_JZ"
.LASF209:
	.string	"PUSHES_MUL"
.LASF303:
	.string	"have_tab"
.LASF261:
	.string	"FLOW_OF_JZ"
.LASF182:
	.string	"PUSHES_NOP"
.LASF364:
	.string	"C_JNZ"
.LASF74:
	.string	"_lock"
.LASF221:
	.string	"PUSHES_NOT"
.LASF423:
	.string	"dl_trap_38"
.LASF45:
	.string	"stats"
.LASF238:
	.string	"POPS_EQ"
.LASF297:
	.string	"hashtab_free"
.LASF675:
	.string	"read_int"
.LASF123:
	.string	"OP__COUNT"
.LASF519:
	.string	"dl_trap_122"
.LASF508:
	.string	"dl_handler_OR_112"
.LASF283:
	.string	"target"
.LASF394:
	.string	"dl_handler_PUSH_12"
.LASF230:
	.string	"PUSHES_XOR"
.LASF388:
	.string	"dl_checked_PUSH_7"
.LASF63:
	.string	"_IO_save_base"
.LASF278:
	.string	"PUSHES_PRINT"
.LASF270:
	.string	"FLOW_OF_RET"
.LASF584:
	.string	"dl_trap_179"
.LASF384:
	.string	"dl_trap_4"
.LASF618:
	.string	"dl_trap_210"
.LASF460:
	.string	"dl_checked_DIV_70"
.LASF420:
	.string	"dl_checked_OVER_35"
.LASF157:
	.string	"ST_DIV_ZERO"
.LASF623:
	.string	"dl_trap_214"
.LASF442:
	.string	"dl_handler_ADD_54"
.LASF67:
	.string	"_chain"
.LASF627:
	.string	"dl_trap_218"
.LASF327:
	.string	"L_SUB"
.LASF71:
	.string	"_cur_column"
.LASF203:
	.string	"PUSHES_ADD"
.LASF107:
	.string	"OP_SHR"
.LASF593:
	.string	"dl_checked_JZ_187"
.LASF355:
	.string	"L_LE"
.LASF10:
	.string	"__uint8_t"
.LASF329:
	.string	"L_MUL"
.LASF158:
	.string	"ST_UNDERFLOW"
.LASF99:
	.string	"OP_DIV"
.LASF165:
	.string	"result"
.LASF100:
	.string	"OP_MOD"
.LASF368:
	.string	"C_RET"
.LASF169:
	.string	"rstack"
.LASF216:
	.string	"FLOW_OF_MOD"
.LASF319:
	.string	"L_SWAP"
.LASF547:
	.string	"B_NE"
.LASF501:
	.string	"dl_dispatch_106"
.LASF624:
	.string	"dl_dispatch_215"
.LASF253:
	.string	"POPS_GE"
.LASF625:
	.string	"dl_dispatch_216"
.LASF325:
	.string	"L_ADD"
.LASF632:
	.string	"dl_handler_RET_222"
.LASF95:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF343:
	.string	"L_XOR"
.LASF348:
	.string	"C_EQ"
.LASF250:
	.string	"POPS_GT"
.LASF269:
	.string	"PUSHES_RET"
.LASF586:
	.string	"dl_trap_181"
.LASF399:
	.string	"dl_trap_17"
.LASF590:
	.string	"dl_trap_184"
.LASF594:
	.string	"dl_trap_188"
.LASF452:
	.string	"dl_checked_MUL_63"
.LASF84:
	.string	"_IO_marker"
.LASF277:
	.string	"POPS_PRINT"
.LASF574:
	.string	"dl_checked_GE_170"
.LASF431:
	.string	"dl_trap_45"
.LASF305:
	.string	"copy"
.LASF507:
	.string	"B_OR"
.LASF639:
	.string	"dl_trap_229"
.LASF254:
	.string	"PUSHES_GE"
.LASF449:
	.string	"B_SUB"
.LASF167:
	.string	"error"
.LASF249:
	.string	"FLOW_OF_LE"
.LASF108:
	.string	"OP_EQ"
.LASF428:
	.string	"dl_checked_ROT_42"
.LASF380:
	.string	"trap"
.LASF334:
	.string	"C_NEG"
.LASF223:
	.string	"POPS_AND"
.LASF591:
	.string	"dl_dispatch_185"
.LASF592:
	.string	"dl_dispatch_186"
.LASF450:
	.string	"dl_handler_SUB_61"
.LASF257:
	.string	"PUSHES_JMP"
.LASF8:
	.string	"signed char"
.LASF25:
	.string	"uint8_t"
.LASF53:
	.string	"_IO_FILE"
.LASF86:
	.string	"_IO_wide_data"
.LASF292:
	.string	"hashtab_intern"
.LASF540:
	.string	"dl_handler_EQ_140"
.LASF148:
	.string	"file"
.LASF181:
	.string	"POPS_NOP"
.LASF629:
	.string	"dl_trap_220"
.LASF406:
	.string	"dl_trap_23"
.LASF5:
	.string	"unsigned char"
.LASF341:
	.string	"L_OR"
.LASF78:
	.string	"_freeres_list"
.LASF175:
	.string	"unavailable"
.LASF606:
	.string	"dl_trap_199"
.LASF458:
	.string	"dl_handler_MUL_68"
.LASF640:
	.string	"dl_trap_230"
.LASF641:
	.string	"dl_trap_231"
.LASF509:
	.string	"dl_dispatch_113"
.LASF644:
	.string	"dl_trap_233"
.LASF38:
	.string	"rebuilds"
.LASF647:
	.string	"dl_trap_236"
.LASF263:
	.string	"PUSHES_JNZ"
.LASF184:
	.string	"POPS_PUSH"
.LASF140:
	.string	"pushes"
.LASF113:
	.string	"OP_GE"
.LASF90:
	.string	"OP_PUSH"
.LASF259:
	.string	"POPS_JZ"
.LASF46:
	.string	"_Bool"
.LASF112:
	.string	"OP_GT"
.LASF290:
	.string	"bytes"
.LASF191:
	.string	"PUSHES_DUP"
.LASF37:
	.string	"longest"
.LASF308:
	.string	"table"
.LASF361:
	.string	"L_JMP"
.LASF602:
	.string	"dl_dispatch_195"
.LASF18:
	.string	"char"
.LASF373:
	.string	"L_STORE"
.LASF440:
	.string	"dl_trap_53"
.LASF358:
	.string	"C_GE"
.LASF525:
	.string	"dl_dispatch_127"
.LASF206:
	.string	"PUSHES_SUB"
.LASF282:
	.string	"FLOW_OF_HALT"
.LASF281:
	.string	"PUSHES_HALT"
.LASF180:
	.string	"describe"
.LASF146:
	.string	"span"
.LASF604:
	.string	"dl_checked_JNZ_197"
.LASF337:
	.string	"L_NOT"
.LASF677:
	.string	"_IO_lock_t"
.LASF219:
	.string	"FLOW_OF_NEG"
.LASF416:
	.string	"dl_trap_32"
.LASF544:
	.string	"dl_trap_144"
.LASF513:
	.string	"dl_trap_117"
.LASF546:
	.string	"dl_trap_146"
.LASF422:
	.string	"dl_trap_37"
.LASF676:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables"
.LASF424:
	.string	"dl_trap_39"
.LASF678:
	.string	"__builtin_memcpy"
.LASF296:
	.string	"calloc"
.LASF174:
	.string	"summary"
.LASF276:
	.string	"FLOW_OF_STORE"
.LASF653:
	.string	"dl_trap_241"
.LASF533:
	.string	"dl_dispatch_134"
.LASF344:
	.string	"C_SHL"
.LASF171:
	.string	"prog"
.LASF346:
	.string	"C_SHR"
.LASF646:
	.string	"dl_checked_STORE_235"
.LASF247:
	.string	"POPS_LE"
.LASF55:
	.string	"_IO_read_ptr"
.LASF478:
	.string	"dl_checked_NEG_86"
.LASF317:
	.string	"L_DUP"
.LASF244:
	.string	"POPS_LT"
.LASF23:
	.string	"ptrdiff_t"
.LASF631:
	.string	"B_RET"
.LASF330:
	.string	"C_DIV"
.LASF126:
	.string	"OPND_NONE"
.LASF332:
	.string	"C_MOD"
.LASF161:
	.string	"ST_ROVERFLOW"
.LASF572:
	.string	"dl_handler_GT_168"
.LASF518:
	.string	"dl_checked_SHL_121"
.LASF323:
	.string	"L_ROT"
.LASF98:
	.string	"OP_MUL"
.LASF268:
	.string	"POPS_RET"
.LASF601:
	.string	"dl_trap_194"
.LASF549:
	.string	"dl_dispatch_148"
.LASF66:
	.string	"_markers"
.LASF661:
	.string	"dl_handler_PRINT_248"
.LASF89:
	.string	"OP_NOP"
.LASF102:
	.string	"OP_NOT"
.LASF145:
	.string	"need"
.LASF42:
	.string	"limit"
.LASF615:
	.string	"dl_checked_CALL_207"
.LASF483:
	.string	"B_NEG"
.LASF193:
	.string	"POPS_SWAP"
.LASF35:
	.string	"tables"
.LASF96:
	.string	"OP_ADD"
.LASF291:
	.string	"dispatcher_indirect"
.LASF43:
	.string	"fixed"
.LASF430:
	.string	"dl_trap_44"
.LASF105:
	.string	"OP_XOR"
.LASF115:
	.string	"OP_JZ"
.LASF486:
	.string	"dl_checked_NOT_93"
.LASF557:
	.string	"dl_dispatch_155"
.LASF170:
	.string	"max_steps"
.LASF241:
	.string	"POPS_NE"
.LASF495:
	.string	"dl_trap_101"
.LASF496:
	.string	"dl_trap_102"
.LASF497:
	.string	"dl_trap_103"
.LASF498:
	.string	"dl_trap_104"
.LASF503:
	.string	"dl_trap_108"
.LASF504:
	.string	"dl_trap_109"
.LASF670:
	.string	"B_HALT"
.LASF75:
	.string	"_offset"
.LASF652:
	.string	"dl_handler_STORE_240"
.LASF375:
	.string	"L_PRINT"
.LASF234:
	.string	"FLOW_OF_SHL"
.LASF237:
	.string	"FLOW_OF_SHR"
.LASF565:
	.string	"dl_dispatch_162"
.LASF526:
	.string	"dl_checked_SHR_128"
.LASF573:
	.string	"dl_dispatch_169"
.LASF613:
	.string	"dl_dispatch_205"
.LASF614:
	.string	"dl_dispatch_206"
.LASF505:
	.string	"dl_trap_110"
.LASF673:
	.string	"dl_dispatch_259"
.LASF15:
	.string	"__uint64_t"
.LASF213:
	.string	"FLOW_OF_DIV"
.LASF511:
	.string	"dl_trap_115"
.LASF512:
	.string	"dl_trap_116"
.LASF360:
	.string	"C_JMP"
.LASF226:
	.string	"POPS_OR"
.LASF111:
	.string	"OP_LE"
.LASF2:
	.string	"long unsigned int"
.LASF265:
	.string	"POPS_CALL"
.LASF224:
	.string	"PUSHES_AND"
.LASF271:
	.string	"POPS_LOAD"
.LASF356:
	.string	"C_GT"
.LASF110:
	.string	"OP_LT"
.LASF117:
	.string	"OP_CALL"
.LASF69:
	.string	"_flags2"
.LASF444:
	.string	"dl_checked_SUB_56"
.LASF119:
	.string	"OP_LOAD"
.LASF201:
	.string	"FLOW_OF_ROT"
.LASF57:
	.string	"_IO_read_base"
.LASF581:
	.string	"dl_dispatch_176"
.LASF151:
	.string	"line"
.LASF306:
	.string	"h_op"
.LASF391:
	.string	"dl_trap_10"
.LASF392:
	.string	"dl_trap_11"
.LASF397:
	.string	"dl_trap_15"
.LASF398:
	.string	"dl_trap_16"
.LASF82:
	.string	"_unused2"
.LASF400:
	.string	"dl_trap_18"
.LASF521:
	.string	"dl_trap_124"
.LASF522:
	.string	"dl_trap_125"
.LASF304:
	.string	"ncells"
.LASF153:
	.string	"nlabels"
.LASF500:
	.string	"dl_handler_AND_105"
.LASF187:
	.string	"POPS_DROP"
.LASF50:
	.string	"__mask_was_saved"
.LASF28:
	.string	"uintptr_t"
.LASF91:
	.string	"OP_DROP"
.LASF523:
	.string	"B_SHL"
.LASF555:
	.string	"B_LT"
.LASF531:
	.string	"B_SHR"
.LASF621:
	.string	"dl_handler_CALL_212"
.LASF70:
	.string	"_old_offset"
.LASF366:
	.string	"C_CALL"
.LASF114:
	.string	"OP_JMP"
.LASF370:
	.string	"C_LOAD"
.LASF635:
	.string	"dl_dispatch_225"
.LASF636:
	.string	"dl_dispatch_226"
.LASF465:
	.string	"B_DIV"
.LASF405:
	.string	"dl_trap_22"
.LASF339:
	.string	"L_AND"
.LASF407:
	.string	"dl_trap_24"
.LASF408:
	.string	"dl_trap_25"
.LASF474:
	.string	"B_MOD"
.LASF530:
	.string	"dl_trap_132"
.LASF413:
	.string	"dl_trap_29"
.LASF535:
	.string	"dl_trap_136"
.LASF536:
	.string	"dl_trap_137"
.LASF537:
	.string	"dl_trap_138"
.LASF109:
	.string	"OP_NE"
.LASF36:
	.string	"probes"
.LASF196:
	.string	"POPS_OVER"
.LASF255:
	.string	"FLOW_OF_GE"
.LASF285:
	.string	"elop"
.LASF580:
	.string	"dl_handler_GE_175"
.LASF362:
	.string	"C_JZ"
.LASF433:
	.string	"B_ROT"
.LASF94:
	.string	"OP_OVER"
.LASF13:
	.string	"__uint32_t"
.LASF302:
	.string	"keys"
.LASF178:
	.string	"prepare_failure"
.LASF4:
	.string	"long long int"
.LASF387:
	.string	"dl_dispatch_6"
.LASF147:
	.string	"program"
.LASF314:
	.string	"C_DROP"
.LASF603:
	.string	"dl_dispatch_196"
.LASF645:
	.string	"dl_dispatch_234"
.LASF414:
	.string	"dl_trap_30"
.LASF415:
	.string	"dl_trap_31"
.LASF116:
	.string	"OP_JNZ"
.LASF421:
	.string	"dl_trap_36"
.LASF381:
	.string	"dl_trap_1"
.LASF382:
	.string	"dl_trap_2"
.LASF377:
	.string	"L_HALT"
.LASF154:
	.string	"proven"
.LASF532:
	.string	"dl_handler_SHR_133"
.LASF389:
	.string	"dl_trap_8"
.LASF390:
	.string	"dl_trap_9"
.LASF372:
	.string	"C_STORE"
.LASF104:
	.string	"OP_OR"
.LASF328:
	.string	"C_MUL"
.LASF60:
	.string	"_IO_write_end"
.LASF217:
	.string	"POPS_NEG"
.LASF395:
	.string	"dl_dispatch_13"
.LASF144:
	.string	"frame"
.LASF310:
	.string	"C_NOP"
.LASF541:
	.string	"dl_dispatch_141"
.LASF336:
	.string	"C_NOT"
.LASF163:
	.string	"ST_STEPS"
.LASF320:
	.string	"C_OVER"
.LASF654:
	.string	"dl_dispatch_242"
.LASF97:
	.string	"OP_SUB"
.LASF429:
	.string	"dl_trap_43"
.LASF324:
	.string	"C_ADD"
.LASF262:
	.string	"POPS_JNZ"
.LASF432:
	.string	"dl_trap_46"
.LASF553:
	.string	"dl_trap_152"
.LASF554:
	.string	"dl_trap_153"
.LASF434:
	.string	"dl_handler_ROT_47"
.LASF159:
	.string	"ST_OVERFLOW"
.LASF342:
	.string	"C_XOR"
.LASF561:
	.string	"dl_trap_159"
.LASF128:
	.string	"OPND_LABEL"
.LASF150:
	.string	"count"
.LASF462:
	.string	"dl_trap_72"
.LASF378:
	.string	"budget"
.LASF183:
	.string	"FLOW_OF_NOP"
.LASF611:
	.string	"dl_count_203"
.LASF301:
	.string	"prepared"
.LASF467:
	.string	"dl_trap_76"
.LASF61:
	.string	"_IO_buf_base"
.LASF403:
	.string	"dl_dispatch_20"
.LASF411:
	.string	"dl_dispatch_27"
.LASF7:
	.string	"unsigned int"
.LASF92:
	.string	"OP_DUP"
.LASF664:
	.string	"dl_dispatch_251"
.LASF437:
	.string	"dl_trap_50"
.LASF438:
	.string	"dl_trap_51"
.LASF439:
	.string	"dl_trap_52"
.LASF239:
	.string	"PUSHES_EQ"
.LASF671:
	.string	"dl_handler_HALT_257"
.LASF562:
	.string	"dl_trap_160"
.LASF186:
	.string	"FLOW_OF_PUSH"
.LASF445:
	.string	"dl_trap_57"
.LASF446:
	.string	"dl_trap_58"
.LASF447:
	.string	"dl_trap_59"
.LASF568:
	.string	"dl_trap_165"
.LASF569:
	.string	"dl_trap_166"
.LASF570:
	.string	"dl_trap_167"
.LASF354:
	.string	"C_LE"
.LASF607:
	.string	"dl_trap_200"
.LASF608:
	.string	"dl_trap_201"
.LASF80:
	.string	"__pad5"
.LASF575:
	.string	"dl_trap_171"
.LASF93:
	.string	"OP_SWAP"
.LASF616:
	.string	"dl_trap_208"
.LASF576:
	.string	"dl_trap_172"
.LASF396:
	.string	"dl_checked_DROP_14"
.LASF352:
	.string	"C_LT"
.LASF412:
	.string	"dl_checked_SWAP_28"
.LASF418:
	.string	"dl_handler_SWAP_33"
.LASF141:
	.string	"effect"
.LASF548:
	.string	"dl_handler_NE_147"
.LASF419:
	.string	"dl_dispatch_34"
.LASF136:
	.string	"opinfo"
.LASF550:
	.string	"dl_checked_LT_149"
.LASF152:
	.string	"labels"
.LASF469:
	.string	"dl_checked_MOD_78"
.LASF166:
	.string	"total"
.LASF54:
	.string	"_flags"
.LASF448:
	.string	"dl_trap_60"
.LASF143:
	.string	"offset"
.LASF453:
	.string	"dl_trap_64"
.LASF454:
	.string	"dl_trap_65"
.LASF455:
	.string	"dl_trap_66"
.LASF456:
	.string	"dl_trap_67"
.LASF577:
	.string	"dl_trap_173"
.LASF578:
	.string	"dl_trap_174"
.LASF583:
	.string	"dl_trap_178"
.LASF410:
	.string	"dl_handler_DUP_26"
.LASF619:
	.string	"dl_trap_211"
.LASF51:
	.string	"__saved_mask"
.LASF81:
	.string	"_mode"
.LASF210:
	.string	"FLOW_OF_MUL"
.LASF628:
	.string	"dl_trap_219"
.LASF49:
	.string	"__jmpbuf"
.LASF476:
	.string	"dl_trap_84"
.LASF76:
	.string	"_codecvt"
.LASF479:
	.string	"dl_trap_87"
.LASF427:
	.string	"dl_dispatch_41"
.LASF222:
	.string	"FLOW_OF_NOT"
.LASF481:
	.string	"dl_trap_89"
.LASF47:
	.string	"__jmp_buf"
.LASF318:
	.string	"C_SWAP"
.LASF435:
	.string	"dl_dispatch_48"
.LASF534:
	.string	"dl_checked_EQ_135"
.LASF345:
	.string	"L_SHL"
.LASF162:
	.string	"ST_ADDRESS"
.LASF179:
	.string	"slow_prepare"
.LASF232:
	.string	"POPS_SHL"
.LASF309:
	.string	"fail"
.LASF204:
	.string	"FLOW_OF_ADD"
.LASF131:
	.string	"FLOW_JUMP"
.LASF235:
	.string	"POPS_SHR"
.LASF461:
	.string	"dl_trap_71"
.LASF231:
	.string	"FLOW_OF_XOR"
.LASF463:
	.string	"dl_trap_73"
.LASF464:
	.string	"dl_trap_74"
.LASF585:
	.string	"dl_trap_180"
.LASF251:
	.string	"PUSHES_GT"
.LASF470:
	.string	"dl_trap_79"
.LASF350:
	.string	"C_NE"
.LASF595:
	.string	"dl_trap_189"
.LASF630:
	.string	"dl_trap_221"
.LASF634:
	.string	"dl_trap_224"
.LASF24:
	.string	"long double"
.LASF638:
	.string	"dl_trap_228"
.LASF129:
	.string	"flow"
.LASF214:
	.string	"POPS_MOD"
.LASF622:
	.string	"dl_count_213"
.LASF160:
	.string	"ST_RET_EMPTY"
.LASF246:
	.string	"FLOW_OF_LT"
.LASF383:
	.string	"dl_trap_3"
.LASF83:
	.string	"FILE"
.LASF199:
	.string	"POPS_ROT"
.LASF466:
	.string	"dl_handler_DIV_75"
.LASF32:
	.string	"entry"
.LASF443:
	.string	"dl_dispatch_55"
.LASF359:
	.string	"L_GE"
.LASF471:
	.string	"dl_trap_80"
.LASF472:
	.string	"dl_trap_81"
.LASF473:
	.string	"dl_trap_82"
.LASF279:
	.string	"FLOW_OF_PRINT"
.LASF596:
	.string	"dl_trap_190"
.LASF597:
	.string	"dl_trap_191"
.LASF480:
	.string	"dl_trap_88"
.LASF457:
	.string	"B_MUL"
.LASF393:
	.string	"B_PUSH"
.LASF648:
	.string	"dl_trap_237"
.LASF649:
	.string	"dl_trap_238"
.LASF650:
	.string	"dl_trap_239"
.LASF103:
	.string	"OP_AND"
.LASF340:
	.string	"C_OR"
.LASF385:
	.string	"B_NOP"
.LASF491:
	.string	"B_NOT"
.LASF610:
	.string	"dl_handler_JNZ_202"
.LASF490:
	.string	"dl_trap_97"
.LASF138:
	.string	"size"
.LASF22:
	.string	"long long unsigned int"
.LASF459:
	.string	"dl_dispatch_69"
.LASF124:
	.string	"opcode"
.LASF564:
	.string	"dl_handler_LE_161"
.LASF441:
	.string	"B_ADD"
.LASF506:
	.string	"dl_trap_111"
.LASF16:
	.string	"__off_t"
.LASF482:
	.string	"dl_trap_90"
.LASF215:
	.string	"PUSHES_MOD"
.LASF487:
	.string	"dl_trap_94"
.LASF488:
	.string	"dl_trap_95"
.LASF489:
	.string	"dl_trap_96"
.LASF311:
	.string	"L_NOP"
.LASF514:
	.string	"dl_trap_118"
.LASF52:
	.string	"jmp_buf"
.LASF316:
	.string	"C_DUP"
.LASF185:
	.string	"PUSHES_PUSH"
.LASF599:
	.string	"dl_handler_JZ_192"
.LASF600:
	.string	"dl_count_193"
.LASF656:
	.string	"dl_trap_244"
.LASF657:
	.string	"dl_trap_245"
.LASF658:
	.string	"dl_trap_246"
.LASF659:
	.string	"dl_trap_247"
.LASF662:
	.string	"dl_trap_249"
.LASF243:
	.string	"FLOW_OF_NE"
.LASF284:
	.string	"delta"
.LASF524:
	.string	"dl_handler_SHL_126"
.LASF589:
	.string	"dl_count_183"
.LASF227:
	.string	"PUSHES_OR"
.LASF79:
	.string	"_freeres_buf"
.LASF88:
	.string	"ucell"
.LASF176:
	.string	"prepare"
.LASF326:
	.string	"C_SUB"
.LASF386:
	.string	"dl_handler_NOP_5"
.LASF451:
	.string	"dl_dispatch_62"
.LASF122:
	.string	"OP_HALT"
.LASF240:
	.string	"FLOW_OF_EQ"
.LASF369:
	.string	"L_RET"
.LASF139:
	.string	"pops"
.LASF260:
	.string	"PUSHES_JZ"
.LASF663:
	.string	"dl_trap_250"
.LASF556:
	.string	"dl_handler_LT_154"
.LASF218:
	.string	"PUSHES_NEG"
.LASF666:
	.string	"dl_trap_253"
.LASF667:
	.string	"dl_trap_254"
.LASF668:
	.string	"dl_trap_255"
.LASF669:
	.string	"dl_trap_256"
.LASF672:
	.string	"dl_trap_258"
.LASF267:
	.string	"FLOW_OF_CALL"
.LASF258:
	.string	"FLOW_OF_JMP"
.LASF64:
	.string	"_IO_backup_base"
.LASF73:
	.string	"_shortbuf"
.LASF228:
	.string	"FLOW_OF_OR"
.LASF477:
	.string	"dl_dispatch_85"
.LASF295:
	.string	"malloc"
.LASF520:
	.string	"dl_trap_123"
.LASF17:
	.string	"__off64_t"
.LASF651:
	.string	"B_STORE"
.LASF149:
	.string	"code"
.LASF527:
	.string	"dl_trap_129"
.LASF633:
	.string	"dl_count_223"
.LASF665:
	.string	"dl_checked_HALT_252"
.LASF643:
	.string	"dl_handler_LOAD_232"
.LASF211:
	.string	"POPS_DIV"
.LASF33:
	.string	"hashtab_slot"
.LASF189:
	.string	"FLOW_OF_DROP"
.LASF516:
	.string	"dl_handler_XOR_119"
.LASF106:
	.string	"OP_SHL"
.LASF288:
	.string	"cells"
.LASF264:
	.string	"FLOW_OF_JNZ"
.LASF485:
	.string	"dl_dispatch_92"
.LASF605:
	.string	"dl_trap_198"
.LASF322:
	.string	"C_ROT"
.LASF62:
	.string	"_IO_buf_end"
.LASF130:
	.string	"FLOW_NEXT"
.LASF248:
	.string	"PUSHES_LE"
.LASF517:
	.string	"dl_dispatch_120"
.LASF287:
	.string	"thread"
.LASF335:
	.string	"L_NEG"
.LASF137:
	.string	"name"
.LASF192:
	.string	"FLOW_OF_DUP"
.LASF245:
	.string	"PUSHES_LT"
.LASF674:
	.string	"read_label"
.LASF313:
	.string	"L_PUSH"
.LASF188:
	.string	"PUSHES_DROP"
.LASF587:
	.string	"B_JMP"
.LASF566:
	.string	"dl_checked_GT_163"
.LASF198:
	.string	"FLOW_OF_OVER"
.LASF563:
	.string	"B_LE"
.LASF11:
	.string	"short int"
.LASF338:
	.string	"C_AND"
.LASF207:
	.string	"FLOW_OF_SUB"
.LASF118:
	.string	"OP_RET"
.LASF27:
	.string	"uint64_t"
.LASF502:
	.string	"dl_checked_OR_107"
.LASF515:
	.string	"B_XOR"
.LASF582:
	.string	"dl_checked_JMP_177"
.LASF528:
	.string	"dl_trap_130"
.LASF529:
	.string	"dl_trap_131"
.LASF558:
	.string	"dl_checked_LE_156"
.LASF538:
	.string	"dl_trap_139"
.LASF379:
	.string	"dl_checked_NOP_0"
.LASF72:
	.string	"_vtable_offset"
.LASF168:
	.string	"stack"
.LASF539:
	.string	"B_EQ"
.LASF609:
	.string	"B_JNZ"
.LASF208:
	.string	"POPS_MUL"
.LASF620:
	.string	"B_CALL"
.LASF233:
	.string	"PUSHES_SHL"
.LASF402:
	.string	"dl_handler_DROP_19"
.LASF642:
	.string	"B_LOAD"
.LASF236:
	.string	"PUSHES_SHR"
.LASF30:
	.string	"__val"
.LASF220:
	.string	"POPS_NOT"
.LASF436:
	.string	"dl_checked_ADD_49"
.LASF44:
	.string	"key_of"
.LASF242:
	.string	"PUSHES_NE"
.LASF409:
	.string	"B_DUP"
.LASF475:
	.string	"dl_handler_MOD_83"
.LASF212:
	.string	"PUSHES_DIV"
.LASF202:
	.string	"POPS_ADD"
.LASF252:
	.string	"FLOW_OF_GT"
.LASF14:
	.string	"__int64_t"
.LASF229:
	.string	"POPS_XOR"
.LASF468:
	.string	"dl_dispatch_77"
.LASF293:
	.string	"memcpy"
.LASF289:
	.string	"cell_key"
.LASF266:
	.string	"PUSHES_CALL"
.LASF401:
	.string	"B_DROP"
.LASF200:
	.string	"PUSHES_ROT"
.LASF299:
	.string	"vm_stop"
.LASF272:
	.string	"PUSHES_LOAD"
.LASF273:
	.string	"FLOW_OF_LOAD"
.LASF56:
	.string	"_IO_read_end"
.LASF660:
	.string	"B_PRINT"
.LASF155:
	.string	"status"
.LASF510:
	.string	"dl_checked_XOR_114"
.LASF543:
	.string	"dl_trap_143"
.LASF349:
	.string	"L_EQ"
.LASF484:
	.string	"dl_handler_NEG_91"
.LASF545:
	.string	"dl_trap_145"
.LASF29:
	.string	"hashtab_key_fn"
.LASF26:
	.string	"uint32_t"
.LASF195:
	.string	"FLOW_OF_SWAP"
.LASF173:
	.string	"dispatcher"
.LASF579:
	.string	"B_GE"
.LASF68:
	.string	"_fileno"
.LASF300:
	.string	"vm_print"
.LASF347:
	.string	"L_SHR"
.LASF571:
	.string	"B_GT"
.LASF132:
	.string	"FLOW_COND"
.LASF177:
	.string	"release"
.LASF77:
	.string	"_wide_data"
.LASF425:
	.string	"B_OVER"
.LASF492:
	.string	"dl_handler_NOT_98"
.LASF331:
	.string	"L_DIV"
.LASF298:
	.string	"free"
.LASF333:
	.string	"L_MOD"
.LASF275:
	.string	"PUSHES_STORE"
.LASF6:
	.string	"short unsigned int"
.LASF294:
	.string	"hashtab_init"
.LASF493:
	.string	"dl_dispatch_99"
.LASF588:
	.string	"dl_handler_JMP_182"
.LASF40:
	.string	"slot"
.LASF374:
	.string	"C_PRINT"
.LASF156:
	.string	"ST_HALT"
.LASF134:
	.string	"FLOW_RET"
.LASF59:
	.string	"_IO_write_ptr"
.LASF280:
	.string	"POPS_HALT"
.LASF197:
	.string	"PUSHES_OVER"
.LASF142:
	.string	"label"
.LASF12:
	.string	"__int32_t"
.LASF20:
	.string	"int64_t"
.LASF494:
	.string	"dl_checked_AND_100"
.LASF172:
	.string	"exit"
.LASF551:
	.string	"dl_trap_150"
.LASF225:
	.string	"FLOW_OF_AND"
.LASF552:
	.string	"dl_trap_151"
.LASF357:
	.string	"L_GT"
.LASF559:
	.string	"dl_trap_157"
.LASF560:
	.string	"dl_trap_158"
.LASF31:
	.string	"hash"
.LASF312:
	.string	"C_PUSH"
.LASF39:
	.string	"hashtab"
.LASF21:
	.string	"__sigset_t"
.LASF426:
	.string	"dl_handler_OVER_40"
.LASF286:
	.string	"data"
.LASF367:
	.string	"L_CALL"
.LASF637:
	.string	"dl_checked_LOAD_227"
.LASF121:
	.string	"OP_PRINT"
.LASF371:
	.string	"L_LOAD"
.LASF256:
	.string	"POPS_JMP"
.LASF655:
	.string	"dl_checked_PRINT_243"
.LASF376:
	.string	"C_HALT"
.LASF125:
	.string	"operand"
.LASF120:
	.string	"OP_STORE"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main"
.LASF0:
	.string	"dispatch/indirect/indirect.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

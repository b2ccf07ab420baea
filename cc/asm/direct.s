	.file	"direct.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/direct/direct.c"
	.p2align 4
	.type	engine, @function
engine:
.LVL0:
.LFB13:
	.file 1 "dispatch/direct/direct.c"
	.loc 1 20 1 view -0
	.cfi_startproc
	.loc 1 21 5 view .LVU1
	.loc 1 26 5 view .LVU2
# dispatch/direct/direct.c:26:     if (labels) {
	.loc 1 26 8 is_stmt 0 view .LVU3
	testq	%rdx, %rdx	# labels
	je	.L2	#,
	.loc 1 27 9 is_stmt 1 view .LVU4
# dispatch/direct/direct.c:27:         *labels = table;
	.loc 1 27 17 is_stmt 0 view .LVU5
	movq	$table.0, (%rdx)	#, *labels_657(D)
	.loc 1 28 9 is_stmt 1 view .LVU6
	ret	
	.p2align 4,,10
	.p2align 3
.L2:
# dispatch/direct/direct.c:20: {
	.loc 1 20 1 is_stmt 0 view .LVU7
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/direct/direct.c:34:     uintptr_t *rsp = vm->rstack;
	.loc 1 34 16 view .LVU8
	leaq	32776(%rdi), %r9	#, rsp
# dispatch/direct/direct.c:20: {
	.loc 1 20 1 view .LVU9
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/direct/direct.c:34:     uintptr_t *rsp = vm->rstack;
	.loc 1 34 16 view .LVU10
	movq	%r9, %r15	# rsp, rsp
# dispatch/direct/direct.c:20: {
	.loc 1 20 1 view .LVU11
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rsi, %r12	# tmp953, t
	.loc 1 30 5 is_stmt 1 view .LVU12
# dispatch/direct/direct.c:20: {
	.loc 1 20 1 is_stmt 0 view .LVU13
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
# dispatch/direct/direct.c:33:     cell *sp = vm->stack;
	.loc 1 33 11 view .LVU14
	movq	%rdi, %rbx	# vm, sp
# dispatch/direct/direct.c:20: {
	.loc 1 20 1 view .LVU15
	subq	$40, %rsp	#,
	.cfi_def_cfa_offset 96
# dispatch/direct/direct.c:30:     const union slot *const slots = t->slots;
	.loc 1 30 29 view .LVU16
	movq	(%rsi), %r14	# t_652(D)->slots, slots
.LVL1:
	.loc 1 31 5 is_stmt 1 view .LVU17
# dispatch/direct/direct.c:31:     const uint32_t *const ord = t->ord;
	.loc 1 31 27 is_stmt 0 view .LVU18
	movq	8(%rsi), %r13	# t_652(D)->ord, ord
.LVL2:
	.loc 1 32 5 is_stmt 1 view .LVU19
	.loc 1 33 5 view .LVU20
	.loc 1 34 5 view .LVU21
	.loc 1 35 5 view .LVU22
# dispatch/direct/direct.c:35:     int64_t budget = vm->limit;
	.loc 1 35 13 is_stmt 0 view .LVU23
	movq	65560(%rdi), %r8	# vm_650(D)->limit, budget
.LVL3:
	.loc 1 36 5 is_stmt 1 view .LVU24
	.loc 1 37 5 view .LVU25
	.loc 1 62 5 view .LVU26
	movq	(%r14), %rax	# slots_653->code, gotovar.89_621
	leaq	8(%r14), %rbp	#, vpc
.LVL4:
	.loc 1 62 5 is_stmt 0 view .LVU27
	jmp	*%rax	# gotovar.89_621
.LVL5:
	.p2align 4,,10
	.p2align 3
.L195:
	.file 2 "./isa/ops.inc"
	.loc 2 144 1 is_stmt 1 discriminator 13 view .LVU28
	.loc 2 144 1 discriminator 13 view .LVU29
	.loc 2 144 1 discriminator 13 view .LVU30
	.loc 2 144 1 discriminator 13 view .LVU31
	.loc 2 144 1 discriminator 13 view .LVU32
	.loc 2 144 1 discriminator 13 view .LVU33
	.loc 2 144 1 discriminator 13 view .LVU34
	.loc 2 144 1 discriminator 13 view .LVU35
	.loc 2 144 1 discriminator 13 view .LVU36
	.loc 2 144 1 discriminator 13 view .LVU37
	.loc 2 144 1 discriminator 13 view .LVU38
	.loc 2 144 1 discriminator 13 view .LVU39
	.loc 2 144 1 discriminator 13 view .LVU40
	.loc 2 144 1 discriminator 13 view .LVU41
.L196:
.L197:
.L198:
.L199:
.L200:
	.loc 2 144 1 discriminator 18 view .LVU42
	.loc 2 144 1 discriminator 18 view .LVU43
	.loc 2 145 5 discriminator 18 view .LVU44
	.loc 2 145 5 discriminator 18 view .LVU45
	.loc 2 145 5 discriminator 18 view .LVU46
	.loc 2 145 5 discriminator 18 view .LVU47
	.loc 2 145 5 discriminator 18 view .LVU48
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 discriminator 18 view .LVU49
	subq	$8, %rbp	#, tmp948
.LVL6:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 18 view .LVU50
	xorl	%r10d, %r10d	# arg
	xorl	%esi, %esi	# st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 discriminator 18 view .LVU51
	subq	%r14, %rbp	# slots, tmp949
.LVL7:
	.loc 1 66 26 discriminator 18 view .LVU52
	sarq	$3, %rbp	#, tmp951
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 discriminator 18 view .LVU53
	movl	0(%r13,%rbp,4), %ecx	# *_896, pretmp_940
.LVL8:
.L15:
	.loc 1 66 5 is_stmt 1 view .LVU54
# dispatch/direct/direct.c:68: }
	.loc 1 68 1 is_stmt 0 view .LVU55
	addq	$40, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU56
	movq	%r10, %rdx	# arg,
# dispatch/direct/direct.c:68: }
	.loc 1 68 1 view .LVU57
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_restore 6
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_restore 12
	.cfi_def_cfa_offset 32
.LVL9:
	.loc 1 68 1 view .LVU58
	popq	%r13	#
	.cfi_restore 13
	.cfi_def_cfa_offset 24
.LVL10:
	.loc 1 68 1 view .LVU59
	popq	%r14	#
	.cfi_restore 14
	.cfi_def_cfa_offset 16
.LVL11:
	.loc 1 68 1 view .LVU60
	popq	%r15	#
	.cfi_restore 15
	.cfi_def_cfa_offset 8
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU61
	jmp	vm_stop	#
.LVL12:
	.p2align 4,,10
	.p2align 3
.L140:
	.cfi_restore_state
	.loc 2 103 1 is_stmt 1 discriminator 13 view .LVU62
	.loc 2 103 1 discriminator 13 view .LVU63
	.loc 2 103 1 discriminator 13 view .LVU64
	.loc 2 103 1 discriminator 13 view .LVU65
	.loc 2 103 1 discriminator 13 view .LVU66
	.loc 2 103 1 discriminator 13 view .LVU67
	.loc 2 103 1 discriminator 13 view .LVU68
	.loc 2 103 1 discriminator 13 view .LVU69
	.loc 2 103 1 discriminator 13 view .LVU70
	.loc 2 103 1 discriminator 13 view .LVU71
	.loc 2 103 1 discriminator 13 view .LVU72
	.loc 2 103 1 discriminator 13 view .LVU73
	.loc 2 103 1 discriminator 13 view .LVU74
	.loc 2 103 1 discriminator 13 view .LVU75
.L141:
.L142:
.L143:
.L144:
.L145:
	.loc 2 103 1 discriminator 18 view .LVU76
	.loc 2 103 1 discriminator 18 view .LVU77
	.loc 2 104 5 discriminator 18 view .LVU78
	.loc 2 104 5 discriminator 18 view .LVU79
	.loc 2 104 5 discriminator 18 view .LVU80
	cmpq	%r8, 8(%rbp)	# budget, MEM[(const union slot *)vpc_666(ab) + 8B].count
	jg	.L247	#,
	.loc 2 104 5 discriminator 2 view .LVU81
	.loc 2 104 5 discriminator 2 view .LVU82
	movq	0(%rbp), %rax	# vpc_666(ab)->target, vpc
	addq	16(%rbp), %r8	# MEM[(const union slot *)vpc_666(ab) + 16B].count, budget
.LVL13:
.LDL1:
	.loc 2 104 5 discriminator 2 view .LVU83
	.loc 2 104 5 discriminator 2 view .LVU84
	.loc 2 104 5 discriminator 2 view .LVU85
	.loc 2 104 5 discriminator 2 view .LVU86
	leaq	8(%rax), %rbp	#, vpc
.LVL14:
	.loc 2 104 5 is_stmt 0 discriminator 2 view .LVU87
	jmp	*(%rax)	# vpc_488->code
.LVL15:
	.p2align 4,,10
	.p2align 3
.L190:
.L191:
.L192:
	.loc 2 137 1 is_stmt 1 discriminator 17 view .LVU88
	.loc 2 137 1 discriminator 17 view .LVU89
	.loc 2 138 5 discriminator 17 view .LVU90
	.loc 2 138 5 discriminator 17 view .LVU91
	leaq	-8(%rbp), %rax	#, tmp941
	subq	%r14, %rax	# slots, tmp942
	sarq	$3, %rax	#, tmp944
	leaq	0(%r13,%rax,4), %rdx	#, _636
	movl	(%rdx), %eax	# *_636,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_940
	jge	.L248	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU92
	movq	-8(%rbx), %rsi	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	movq	%rdx, 24(%rsp)	# _636, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 2 view .LVU93
	.loc 2 138 5 discriminator 2 view .LVU94
	.loc 2 139 5 discriminator 2 view .LVU95
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU96
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL16:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 2 view .LVU97
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp955
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %rdx	# %sfp, _636
	jne	.L249	#,
	.loc 2 140 9 is_stmt 1 view .LVU98
	.loc 2 141 5 view .LVU99
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU100
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU101
	subq	$8, %rbx	#, sp
.LVL17:
.LDL2:
	.loc 2 142 1 is_stmt 1 view .LVU102
	.loc 2 142 1 view .LVU103
	.loc 2 142 1 view .LVU104
	.loc 2 142 1 is_stmt 0 view .LVU105
	addq	$8, %rbp	#, vpc
.LVL18:
	.loc 2 142 1 view .LVU106
	jmp	*%rax	# gotovar.89_621
.LVL19:
	.p2align 4,,10
	.p2align 3
.L188:
.L189:
	.loc 2 137 1 is_stmt 1 discriminator 2 view .LVU107
	.loc 2 137 1 discriminator 2 view .LVU108
	.loc 2 137 1 discriminator 2 view .LVU109
	.loc 2 137 1 discriminator 2 view .LVU110
	.loc 2 137 1 discriminator 2 view .LVU111
	leaq	8(%rdi), %rax	#, tmp934
	cmpq	%rax, %rbx	# tmp934, sp
	jnb	.L192	#,
.LDL3:
	.loc 2 137 1 view .LVU112
	.loc 2 137 1 view .LVU113
	.loc 2 137 1 view .LVU114
.LVL20:
	.loc 2 137 1 view .LVU115
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU116
	leaq	-8(%rbp), %rax	#, tmp937
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU117
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU118
	subq	%r14, %rax	# slots, tmp938
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU119
	sarq	$3, %rdx	#, tmp935
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU120
	sarq	$3, %rax	#, tmp940
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU121
	movl	0(%r13,%rax,4), %ecx	# *_908, pretmp_940
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU122
	movq	%rdx, %r10	# tmp935, arg
.LVL21:
	.loc 2 137 1 is_stmt 1 view .LVU123
	jmp	.L15	#
.LVL22:
	.p2align 4,,10
	.p2align 3
.L137:
.L138:
.L139:
	.loc 2 100 1 discriminator 17 view .LVU124
	.loc 2 100 1 discriminator 17 view .LVU125
	.loc 2 100 16 discriminator 17 view .LVU126
.LBB2:
	.loc 2 100 16 discriminator 17 view .LVU127
	.loc 2 100 16 discriminator 17 view .LVU128
	.loc 2 100 16 discriminator 17 view .LVU129
	.loc 2 100 16 discriminator 17 view .LVU130
	.loc 2 100 16 discriminator 17 view .LVU131
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], tmp993
	cmpq	%rax, -16(%rbx)	# tmp993, MEM[(cell *)sp_667 + -16B]
	setge	%al	#, tmp838
	subq	$8, %rbx	#, sp
.LVL23:
	.loc 2 100 16 is_stmt 0 discriminator 17 view .LVU132
.LBE2:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 17 view .LVU133
	addq	$8, %rbp	#, vpc
.LVL24:
.LBB3:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 17 view .LVU134
	movzbl	%al, %eax	# tmp838, tmp838
	movq	%rax, -8(%rbx)	# tmp838, MEM[(cell *)sp_667 + -16B]
.LVL25:
.LDL4:
	.loc 2 100 16 discriminator 17 view .LVU135
.LBE3:
	.loc 2 100 16 is_stmt 1 discriminator 17 view .LVU136
	.loc 2 100 33 discriminator 17 view .LVU137
	.loc 2 100 33 discriminator 17 view .LVU138
	.loc 2 100 33 discriminator 17 view .LVU139
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL26:
	.loc 2 100 33 is_stmt 0 discriminator 17 view .LVU140
	jmp	*%rax	# gotovar.89_621
.LVL27:
	.p2align 4,,10
	.p2align 3
.L135:
.L136:
	.loc 2 100 1 is_stmt 1 discriminator 2 view .LVU141
	.loc 2 100 1 discriminator 2 view .LVU142
	.loc 2 100 1 discriminator 2 view .LVU143
	.loc 2 100 1 discriminator 2 view .LVU144
	.loc 2 100 1 discriminator 2 view .LVU145
	leaq	16(%rdi), %rax	#, tmp831
	cmpq	%rax, %rbx	# tmp831, sp
	jnb	.L139	#,
.LDL5:
	.loc 2 100 1 view .LVU146
	.loc 2 100 1 view .LVU147
	.loc 2 100 1 view .LVU148
.LVL28:
	.loc 2 100 1 view .LVU149
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU150
	leaq	-8(%rbp), %rax	#, tmp834
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU151
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU152
	subq	%r14, %rax	# slots, tmp835
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU153
	sarq	$3, %rdx	#, tmp832
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU154
	sarq	$3, %rax	#, tmp837
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU155
	movl	0(%r13,%rax,4), %ecx	# *_920, pretmp_940
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU156
	movq	%rdx, %r10	# tmp832, arg
.LVL29:
	.loc 2 100 1 is_stmt 1 view .LVU157
	jmp	.L15	#
.LVL30:
	.p2align 4,,10
	.p2align 3
.L157:
.L158:
.L159:
	.loc 2 112 1 discriminator 17 view .LVU158
	.loc 2 112 1 discriminator 17 view .LVU159
	.loc 2 113 5 discriminator 17 view .LVU160
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 17 view .LVU161
	cmpq	$0, -8(%rbx)	#, MEM[(cell *)sp_667 + -8B]
	leaq	-8(%rbx), %rdx	#, sp
.LVL31:
	.loc 2 113 8 discriminator 17 view .LVU162
	je	.L160	#,
.L161:
	.loc 2 114 9 is_stmt 1 view .LVU163
	.loc 2 114 9 view .LVU164
	.loc 2 114 9 view .LVU165
	cmpq	%r8, 8(%rbp)	# budget, MEM[(const union slot *)vpc_666(ab) + 8B].count
	jg	.L250	#,
	.loc 2 114 9 discriminator 2 view .LVU166
	.loc 2 114 9 discriminator 2 view .LVU167
	movq	0(%rbp), %rax	# vpc_666(ab)->target, vpc
	addq	16(%rbp), %r8	# MEM[(const union slot *)vpc_666(ab) + 16B].count, budget
.LVL32:
.LDL6:
	.loc 2 114 9 discriminator 2 view .LVU168
	.loc 2 114 9 discriminator 2 view .LVU169
	.loc 2 114 9 discriminator 2 view .LVU170
	.loc 2 114 9 discriminator 2 view .LVU171
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 2 view .LVU172
	movq	%rdx, %rbx	# sp, sp
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 discriminator 2 view .LVU173
	leaq	8(%rax), %rbp	#, vpc
.LVL33:
	.loc 2 114 9 discriminator 2 view .LVU174
	movq	(%rax), %rax	# vpc_506->code, gotovar.89_621
	jmp	*%rax	# gotovar.89_621
.LVL34:
	.p2align 4,,10
	.p2align 3
.L155:
.L156:
	.loc 2 112 1 is_stmt 1 discriminator 2 view .LVU175
	.loc 2 112 1 discriminator 2 view .LVU176
	.loc 2 112 1 discriminator 2 view .LVU177
	.loc 2 112 1 discriminator 2 view .LVU178
	.loc 2 112 1 discriminator 2 view .LVU179
	leaq	8(%rdi), %rax	#, tmp862
	cmpq	%rax, %rbx	# tmp862, sp
	jnb	.L159	#,
.LDL7:
	.loc 2 112 1 view .LVU180
	.loc 2 112 1 view .LVU181
	.loc 2 112 1 view .LVU182
.LVL35:
	.loc 2 112 1 view .LVU183
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU184
	leaq	-8(%rbp), %rax	#, tmp865
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU185
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU186
	subq	%r14, %rax	# slots, tmp866
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU187
	sarq	$3, %rdx	#, tmp863
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU188
	sarq	$3, %rax	#, tmp868
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU189
	movl	0(%r13,%rax,4), %ecx	# *_905, pretmp_940
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU190
	movq	%rdx, %r10	# tmp863, arg
.LVL36:
	.loc 2 112 1 is_stmt 1 view .LVU191
	jmp	.L15	#
.LVL37:
	.p2align 4,,10
	.p2align 3
.L149:
.L150:
.L151:
	.loc 2 107 1 discriminator 17 view .LVU192
	.loc 2 107 1 discriminator 17 view .LVU193
	.loc 2 108 5 discriminator 17 view .LVU194
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 17 view .LVU195
	movq	-8(%rbx), %r10	# MEM[(cell *)sp_667 + -8B], arg
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 discriminator 17 view .LVU196
	leaq	-8(%rbx), %rcx	#, sp
.LVL38:
	.loc 2 108 8 discriminator 17 view .LVU197
	testq	%r10, %r10	# arg
	jne	.L152	#,
.L153:
	.loc 2 109 9 is_stmt 1 view .LVU198
	.loc 2 109 9 view .LVU199
	.loc 2 109 9 view .LVU200
	cmpq	%r8, 8(%rbp)	# budget, MEM[(const union slot *)vpc_666(ab) + 8B].count
	jg	.L251	#,
	.loc 2 109 9 discriminator 2 view .LVU201
	.loc 2 109 9 discriminator 2 view .LVU202
	movq	0(%rbp), %rax	# vpc_666(ab)->target, vpc
	addq	16(%rbp), %r8	# MEM[(const union slot *)vpc_666(ab) + 16B].count, budget
.LVL39:
.LDL8:
	.loc 2 109 9 discriminator 2 view .LVU203
	.loc 2 109 9 discriminator 2 view .LVU204
	.loc 2 109 9 discriminator 2 view .LVU205
	.loc 2 109 9 discriminator 2 view .LVU206
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 2 view .LVU207
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 discriminator 2 view .LVU208
	leaq	8(%rax), %rbp	#, vpc
.LVL40:
	.loc 2 109 9 discriminator 2 view .LVU209
	movq	(%rax), %rax	# vpc_489->code, gotovar.89_621
	jmp	*%rax	# gotovar.89_621
.LVL41:
	.p2align 4,,10
	.p2align 3
.L147:
.L148:
	.loc 2 107 1 is_stmt 1 discriminator 2 view .LVU210
	.loc 2 107 1 discriminator 2 view .LVU211
	.loc 2 107 1 discriminator 2 view .LVU212
	.loc 2 107 1 discriminator 2 view .LVU213
	.loc 2 107 1 discriminator 2 view .LVU214
	leaq	8(%rdi), %rax	#, tmp848
	cmpq	%rax, %rbx	# tmp848, sp
	jnb	.L151	#,
.LDL9:
	.loc 2 107 1 view .LVU215
	.loc 2 107 1 view .LVU216
	.loc 2 107 1 view .LVU217
.LVL42:
	.loc 2 107 1 view .LVU218
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU219
	leaq	-8(%rbp), %rax	#, tmp851
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU220
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU221
	subq	%r14, %rax	# slots, tmp852
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU222
	sarq	$3, %rdx	#, tmp849
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU223
	sarq	$3, %rax	#, tmp854
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU224
	movl	0(%r13,%rax,4), %ecx	# *_921, pretmp_940
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU225
	movq	%rdx, %r10	# tmp849, arg
.LVL43:
	.loc 2 107 1 is_stmt 1 view .LVU226
	jmp	.L15	#
.LVL44:
	.p2align 4,,10
	.p2align 3
.L184:
.L185:
.L186:
	.loc 2 131 1 discriminator 17 view .LVU227
	.loc 2 131 1 discriminator 17 view .LVU228
	.loc 2 132 5 discriminator 17 view .LVU229
	.loc 2 132 5 discriminator 17 view .LVU230
	movq	-8(%rbx), %r10	# MEM[(cell *)sp_667 + -8B], arg
	cmpq	$65535, %r10	#, arg
	ja	.L252	#,
	.loc 2 132 5 discriminator 2 view .LVU231
	.loc 2 132 5 discriminator 2 view .LVU232
	.loc 2 133 5 discriminator 2 view .LVU233
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU234
	movq	-16(%rbx), %rcx	# MEM[(cell *)sp_667 + -16B], _614
	movq	65544(%rdi), %rax	# vm_650(D)->mem, vm_650(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU235
	subq	$16, %rbx	#, sp
.LVL45:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 2 view .LVU236
	addq	$8, %rbp	#, vpc
.LVL46:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU237
	movq	%rcx, (%rax,%r10,8)	# _614, *_613
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU238
.LVL47:
.LDL10:
	.loc 2 135 1 discriminator 2 view .LVU239
	.loc 2 135 1 discriminator 2 view .LVU240
	.loc 2 135 1 discriminator 2 view .LVU241
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL48:
	.loc 2 135 1 is_stmt 0 discriminator 2 view .LVU242
	jmp	*%rax	# gotovar.89_621
.LVL49:
	.p2align 4,,10
	.p2align 3
.L182:
.L183:
	.loc 2 131 1 is_stmt 1 discriminator 2 view .LVU243
	.loc 2 131 1 discriminator 2 view .LVU244
	.loc 2 131 1 discriminator 2 view .LVU245
	.loc 2 131 1 discriminator 2 view .LVU246
	.loc 2 131 1 discriminator 2 view .LVU247
	leaq	16(%rdi), %rax	#, tmp922
	cmpq	%rax, %rbx	# tmp922, sp
	jnb	.L186	#,
.LDL11:
	.loc 2 131 1 view .LVU248
	.loc 2 131 1 view .LVU249
	.loc 2 131 1 view .LVU250
.LVL50:
	.loc 2 131 1 view .LVU251
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU252
	leaq	-8(%rbp), %rax	#, tmp925
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU253
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU254
	subq	%r14, %rax	# slots, tmp926
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU255
	sarq	$3, %rdx	#, tmp923
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU256
	sarq	$3, %rax	#, tmp928
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU257
	movl	0(%r13,%rax,4), %ecx	# *_916, pretmp_940
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU258
	movq	%rdx, %r10	# tmp923, arg
.LVL51:
	.loc 2 131 1 is_stmt 1 view .LVU259
	jmp	.L15	#
.LVL52:
	.p2align 4,,10
	.p2align 3
.L178:
.L179:
.L180:
	.loc 2 126 1 discriminator 17 view .LVU260
	.loc 2 126 1 discriminator 17 view .LVU261
	.loc 2 127 5 discriminator 17 view .LVU262
	.loc 2 127 5 discriminator 17 view .LVU263
	movq	-8(%rbx), %r10	# MEM[(cell *)sp_667 + -8B], arg
	cmpq	$65535, %r10	#, arg
	ja	.L253	#,
	.loc 2 127 5 discriminator 2 view .LVU264
	.loc 2 127 5 discriminator 2 view .LVU265
	.loc 2 128 5 discriminator 2 view .LVU266
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 2 view .LVU267
	movq	65544(%rdi), %rax	# vm_650(D)->mem, vm_650(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 2 view .LVU268
	addq	$8, %rbp	#, vpc
.LVL53:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 discriminator 2 view .LVU269
	movq	(%rax,%r10,8), %rax	# *_589, _590
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU270
	movq	%rax, -8(%rbx)	# _590, MEM[(cell *)sp_667 + -8B]
.LDL12:
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU271
	.loc 2 129 1 discriminator 2 view .LVU272
.LVL54:
	.loc 2 129 1 discriminator 2 view .LVU273
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL55:
	.loc 2 129 1 is_stmt 0 discriminator 2 view .LVU274
	jmp	*%rax	# gotovar.89_621
.LVL56:
	.p2align 4,,10
	.p2align 3
.L176:
.L177:
	.loc 2 126 1 is_stmt 1 discriminator 2 view .LVU275
	.loc 2 126 1 discriminator 2 view .LVU276
	.loc 2 126 1 discriminator 2 view .LVU277
	.loc 2 126 1 discriminator 2 view .LVU278
	.loc 2 126 1 discriminator 2 view .LVU279
	leaq	8(%rdi), %rax	#, tmp910
	cmpq	%rax, %rbx	# tmp910, sp
	jnb	.L180	#,
.LDL13:
	.loc 2 126 1 view .LVU280
	.loc 2 126 1 view .LVU281
	.loc 2 126 1 view .LVU282
.LVL57:
	.loc 2 126 1 view .LVU283
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU284
	leaq	-8(%rbp), %rax	#, tmp913
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU285
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU286
	subq	%r14, %rax	# slots, tmp914
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU287
	sarq	$3, %rdx	#, tmp911
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU288
	sarq	$3, %rax	#, tmp916
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU289
	movl	0(%r13,%rax,4), %ecx	# *_923, pretmp_940
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU290
	movq	%rdx, %r10	# tmp911, arg
.LVL58:
	.loc 2 126 1 is_stmt 1 view .LVU291
	jmp	.L15	#
.LVL59:
	.p2align 4,,10
	.p2align 3
.L172:
.L173:
.L174:
	.loc 2 122 1 discriminator 17 view .LVU292
	.loc 2 122 1 discriminator 17 view .LVU293
	.loc 2 123 5 discriminator 17 view .LVU294
.LBB4:
	.loc 2 123 5 discriminator 17 view .LVU295
	movq	0(%rbp), %rdx	# vpc_666(ab)->count, _558
	movq	-8(%r15), %rax	# MEM[(uintptr_t *)rsp_661 + -8B], to_
	leaq	-8(%r15), %rcx	#, rsp
.LVL60:
.LDL14:
	.loc 2 123 5 discriminator 17 view .LVU296
	.loc 2 123 5 discriminator 17 view .LVU297
	.loc 2 123 5 discriminator 17 view .LVU298
	cmpq	%r8, %rdx	# budget, _558
	jg	.L254	#,
	.loc 2 123 5 discriminator 3 view .LVU299
	.loc 2 123 5 discriminator 3 view .LVU300
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__567 + -24B].count, tmp908
	leaq	8(%rax), %rbp	#, vpc
.LVL61:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU301
	movq	(%rax), %rax	# to__567->code, gotovar.89_621
.LVL62:
	.loc 2 123 5 discriminator 3 view .LVU302
	movq	%rcx, %r15	# rsp, rsp
	subq	%rdx, %r8	# _558, budget
.LVL63:
.LDL15:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU303
	.loc 2 123 5 discriminator 3 view .LVU304
	.loc 2 123 5 discriminator 3 view .LVU305
	.loc 2 123 5 discriminator 3 view .LVU306
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU307
	jmp	*%rax	# gotovar.89_621
.LVL64:
	.p2align 4,,10
	.p2align 3
.L170:
.L171:
	.loc 2 123 5 discriminator 3 view .LVU308
.LBE4:
	.loc 2 122 1 is_stmt 1 discriminator 11 view .LVU309
	.loc 2 122 1 discriminator 11 view .LVU310
	.loc 2 122 1 discriminator 11 view .LVU311
	.loc 2 122 1 discriminator 11 view .LVU312
	.loc 2 122 1 discriminator 11 view .LVU313
	.loc 2 122 1 discriminator 11 view .LVU314
	.loc 2 122 1 discriminator 11 view .LVU315
	.loc 2 122 1 discriminator 11 view .LVU316
	.loc 2 122 1 discriminator 11 view .LVU317
	.loc 2 122 1 discriminator 11 view .LVU318
	.loc 2 122 1 discriminator 11 view .LVU319
	cmpq	%r15, %r9	# rsp, rsp
	jne	.L174	#,
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 view .LVU320
	leaq	-8(%rbp), %rax	#, tmp900
# ./isa/ops.inc:122: OP_BEGIN(RET)                                   /* --            */
	.loc 2 122 1 view .LVU321
	xorl	%r10d, %r10d	# arg
	movl	$4, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU322
	subq	%r14, %rax	# slots, tmp901
	sarq	$3, %rax	#, tmp903
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU323
	movl	0(%r13,%rax,4), %ecx	# *_925, pretmp_940
	jmp	.L15	#
	.p2align 4,,10
	.p2align 3
.L166:
.L167:
	.loc 2 117 1 is_stmt 1 discriminator 15 view .LVU324
	.loc 2 117 1 discriminator 15 view .LVU325
	.loc 2 117 1 discriminator 15 view .LVU326
	movslq	24(%rbp), %rax	# MEM[(const union slot *)vpc_666(ab) + 24B].frame.need, MEM[(const union slot *)vpc_666(ab) + 24B].frame.need
	movq	%rbx, %rdx	# sp, tmp885
	leaq	(%rdi,%rax,8), %rax	#, tmp884
	subq	%rax, %rdx	# tmp884, tmp885
	movslq	28(%rbp), %rax	# MEM[(const union slot *)vpc_666(ab) + 24B].frame.span, MEM[(const union slot *)vpc_666(ab) + 24B].frame.span
	salq	$3, %rax	#, tmp888
	cmpq	%rdx, %rax	# tmp885, tmp888
	jb	.L168	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 17 view .LVU327
	leaq	65544(%rdi), %rax	#, tmp889
	cmpq	%rax, %r15	# tmp889, rsp
	je	.L168	#,
.L165:
	.loc 2 117 1 is_stmt 1 discriminator 19 view .LVU328
	.loc 2 117 1 discriminator 19 view .LVU329
	.loc 2 118 5 discriminator 19 view .LVU330
	leaq	32(%rbp), %rax	#, tmp892
	leaq	8(%r15), %rdx	#, rsp
.LVL65:
	.loc 2 118 5 is_stmt 0 discriminator 19 view .LVU331
	movq	%rax, (%r15)	# tmp892, *rsp_661
.LDL16:
	.loc 2 119 5 is_stmt 1 discriminator 19 view .LVU332
	.loc 2 119 5 discriminator 19 view .LVU333
	.loc 2 119 5 discriminator 19 view .LVU334
	cmpq	%r8, 8(%rbp)	# budget, MEM[(const union slot *)vpc_666(ab) + 8B].count
	jg	.L255	#,
	.loc 2 119 5 discriminator 2 view .LVU335
	.loc 2 119 5 discriminator 2 view .LVU336
	movq	0(%rbp), %rax	# vpc_666(ab)->target, vpc
	addq	16(%rbp), %r8	# MEM[(const union slot *)vpc_666(ab) + 16B].count, budget
.LVL66:
.LDL17:
	.loc 2 119 5 discriminator 2 view .LVU337
	.loc 2 119 5 discriminator 2 view .LVU338
	.loc 2 119 5 discriminator 2 view .LVU339
	.loc 2 119 5 discriminator 2 view .LVU340
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 2 view .LVU341
	movq	%rdx, %r15	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 2 view .LVU342
	leaq	8(%rax), %rbp	#, vpc
.LVL67:
	.loc 2 119 5 discriminator 2 view .LVU343
	movq	(%rax), %rax	# vpc_544->code, gotovar.89_621
	jmp	*%rax	# gotovar.89_621
.LVL68:
	.p2align 4,,10
	.p2align 3
.L163:
.L164:
	.loc 2 117 1 is_stmt 1 discriminator 9 view .LVU344
	.loc 2 117 1 discriminator 9 view .LVU345
	.loc 2 117 1 discriminator 9 view .LVU346
	.loc 2 117 1 discriminator 9 view .LVU347
	.loc 2 117 1 discriminator 9 view .LVU348
	.loc 2 117 1 discriminator 9 view .LVU349
	.loc 2 117 1 discriminator 9 view .LVU350
	.loc 2 117 1 discriminator 9 view .LVU351
	.loc 2 117 1 discriminator 9 view .LVU352
	leaq	65544(%rdi), %rax	#, tmp876
	cmpq	%rax, %r15	# tmp876, rsp
	jne	.L165	#,
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 view .LVU353
	leaq	-8(%rbp), %rax	#, tmp877
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU354
	xorl	%r10d, %r10d	# arg
	movl	$5, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU355
	subq	%r14, %rax	# slots, tmp878
	sarq	$3, %rax	#, tmp880
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU356
	movl	0(%r13,%rax,4), %ecx	# *_933, pretmp_940
	jmp	.L15	#
	.p2align 4,,10
	.p2align 3
.L132:
.L133:
.L134:
	.loc 2 99 1 is_stmt 1 discriminator 17 view .LVU357
	.loc 2 99 1 discriminator 17 view .LVU358
	.loc 2 99 16 discriminator 17 view .LVU359
.LBB5:
	.loc 2 99 16 discriminator 17 view .LVU360
.LVL69:
	.loc 2 99 16 discriminator 17 view .LVU361
	.loc 2 99 16 discriminator 17 view .LVU362
	.loc 2 99 16 discriminator 17 view .LVU363
	.loc 2 99 16 discriminator 17 view .LVU364
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], tmp991
	cmpq	%rax, -8(%rbx)	# tmp991, MEM[(cell *)sp_667 + -8B]
	setl	%al	#, tmp828
	subq	$8, %rbx	#, sp
.LVL70:
	.loc 2 99 16 is_stmt 0 discriminator 17 view .LVU365
.LBE5:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 17 view .LVU366
	addq	$8, %rbp	#, vpc
.LVL71:
.LBB6:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 17 view .LVU367
	movzbl	%al, %eax	# tmp828, tmp828
	movq	%rax, -8(%rbx)	# tmp828, MEM[(cell *)sp_667 + -16B]
.LVL72:
.LDL18:
	.loc 2 99 16 discriminator 17 view .LVU368
.LBE6:
	.loc 2 99 16 is_stmt 1 discriminator 17 view .LVU369
	.loc 2 99 33 discriminator 17 view .LVU370
	.loc 2 99 33 discriminator 17 view .LVU371
	.loc 2 99 33 discriminator 17 view .LVU372
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL73:
	.loc 2 99 33 is_stmt 0 discriminator 17 view .LVU373
	jmp	*%rax	# gotovar.89_621
.LVL74:
	.p2align 4,,10
	.p2align 3
.L130:
.L131:
	.loc 2 99 1 is_stmt 1 discriminator 2 view .LVU374
	.loc 2 99 1 discriminator 2 view .LVU375
	.loc 2 99 1 discriminator 2 view .LVU376
	.loc 2 99 1 discriminator 2 view .LVU377
	.loc 2 99 1 discriminator 2 view .LVU378
	leaq	16(%rdi), %rax	#, tmp821
	cmpq	%rax, %rbx	# tmp821, sp
	jnb	.L134	#,
.LDL19:
	.loc 2 99 1 view .LVU379
	.loc 2 99 1 view .LVU380
	.loc 2 99 1 view .LVU381
.LVL75:
	.loc 2 99 1 view .LVU382
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU383
	leaq	-8(%rbp), %rax	#, tmp824
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU384
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU385
	subq	%r14, %rax	# slots, tmp825
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU386
	sarq	$3, %rdx	#, tmp822
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU387
	sarq	$3, %rax	#, tmp827
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU388
	movl	0(%r13,%rax,4), %ecx	# *_912, pretmp_940
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU389
	movq	%rdx, %r10	# tmp822, arg
.LVL76:
	.loc 2 99 1 is_stmt 1 view .LVU390
	jmp	.L15	#
.LVL77:
	.p2align 4,,10
	.p2align 3
.L127:
.L128:
.L129:
	.loc 2 98 1 discriminator 17 view .LVU391
	.loc 2 98 1 discriminator 17 view .LVU392
	.loc 2 98 16 discriminator 17 view .LVU393
.LBB7:
	.loc 2 98 16 discriminator 17 view .LVU394
	.loc 2 98 16 discriminator 17 view .LVU395
	.loc 2 98 16 discriminator 17 view .LVU396
	.loc 2 98 16 discriminator 17 view .LVU397
	.loc 2 98 16 discriminator 17 view .LVU398
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], tmp989
	cmpq	%rax, -8(%rbx)	# tmp989, MEM[(cell *)sp_667 + -8B]
	setge	%al	#, tmp818
	subq	$8, %rbx	#, sp
.LVL78:
	.loc 2 98 16 is_stmt 0 discriminator 17 view .LVU399
.LBE7:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 17 view .LVU400
	addq	$8, %rbp	#, vpc
.LVL79:
.LBB8:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 17 view .LVU401
	movzbl	%al, %eax	# tmp818, tmp818
	movq	%rax, -8(%rbx)	# tmp818, MEM[(cell *)sp_667 + -16B]
.LVL80:
.LDL20:
	.loc 2 98 16 discriminator 17 view .LVU402
.LBE8:
	.loc 2 98 16 is_stmt 1 discriminator 17 view .LVU403
	.loc 2 98 33 discriminator 17 view .LVU404
	.loc 2 98 33 discriminator 17 view .LVU405
	.loc 2 98 33 discriminator 17 view .LVU406
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL81:
	.loc 2 98 33 is_stmt 0 discriminator 17 view .LVU407
	jmp	*%rax	# gotovar.89_621
.LVL82:
	.p2align 4,,10
	.p2align 3
.L125:
.L126:
	.loc 2 98 1 is_stmt 1 discriminator 2 view .LVU408
	.loc 2 98 1 discriminator 2 view .LVU409
	.loc 2 98 1 discriminator 2 view .LVU410
	.loc 2 98 1 discriminator 2 view .LVU411
	.loc 2 98 1 discriminator 2 view .LVU412
	leaq	16(%rdi), %rax	#, tmp811
	cmpq	%rax, %rbx	# tmp811, sp
	jnb	.L129	#,
.LDL21:
	.loc 2 98 1 view .LVU413
	.loc 2 98 1 view .LVU414
	.loc 2 98 1 view .LVU415
.LVL83:
	.loc 2 98 1 view .LVU416
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU417
	leaq	-8(%rbp), %rax	#, tmp814
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU418
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU419
	subq	%r14, %rax	# slots, tmp815
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU420
	sarq	$3, %rdx	#, tmp812
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU421
	sarq	$3, %rax	#, tmp817
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU422
	movl	0(%r13,%rax,4), %ecx	# *_919, pretmp_940
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU423
	movq	%rdx, %r10	# tmp812, arg
.LVL84:
	.loc 2 98 1 is_stmt 1 view .LVU424
	jmp	.L15	#
.LVL85:
	.p2align 4,,10
	.p2align 3
.L122:
.L123:
.L124:
	.loc 2 97 1 discriminator 17 view .LVU425
	.loc 2 97 1 discriminator 17 view .LVU426
	.loc 2 97 16 discriminator 17 view .LVU427
.LBB9:
	.loc 2 97 16 discriminator 17 view .LVU428
	.loc 2 97 16 discriminator 17 view .LVU429
	.loc 2 97 16 discriminator 17 view .LVU430
	.loc 2 97 16 discriminator 17 view .LVU431
	.loc 2 97 16 discriminator 17 view .LVU432
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], tmp987
	cmpq	%rax, -8(%rbx)	# tmp987, MEM[(cell *)sp_667 + -8B]
	setg	%al	#, tmp808
	subq	$8, %rbx	#, sp
.LVL86:
	.loc 2 97 16 is_stmt 0 discriminator 17 view .LVU433
.LBE9:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 17 view .LVU434
	addq	$8, %rbp	#, vpc
.LVL87:
.LBB10:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 17 view .LVU435
	movzbl	%al, %eax	# tmp808, tmp808
	movq	%rax, -8(%rbx)	# tmp808, MEM[(cell *)sp_667 + -16B]
.LVL88:
.LDL22:
	.loc 2 97 16 discriminator 17 view .LVU436
.LBE10:
	.loc 2 97 16 is_stmt 1 discriminator 17 view .LVU437
	.loc 2 97 33 discriminator 17 view .LVU438
	.loc 2 97 33 discriminator 17 view .LVU439
	.loc 2 97 33 discriminator 17 view .LVU440
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL89:
	.loc 2 97 33 is_stmt 0 discriminator 17 view .LVU441
	jmp	*%rax	# gotovar.89_621
.LVL90:
	.p2align 4,,10
	.p2align 3
.L120:
.L121:
	.loc 2 97 1 is_stmt 1 discriminator 2 view .LVU442
	.loc 2 97 1 discriminator 2 view .LVU443
	.loc 2 97 1 discriminator 2 view .LVU444
	.loc 2 97 1 discriminator 2 view .LVU445
	.loc 2 97 1 discriminator 2 view .LVU446
	leaq	16(%rdi), %rax	#, tmp801
	cmpq	%rax, %rbx	# tmp801, sp
	jnb	.L124	#,
.LDL23:
	.loc 2 97 1 view .LVU447
	.loc 2 97 1 view .LVU448
	.loc 2 97 1 view .LVU449
.LVL91:
	.loc 2 97 1 view .LVU450
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU451
	leaq	-8(%rbp), %rax	#, tmp804
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU452
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU453
	subq	%r14, %rax	# slots, tmp805
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU454
	sarq	$3, %rdx	#, tmp802
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU455
	sarq	$3, %rax	#, tmp807
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU456
	movl	0(%r13,%rax,4), %ecx	# *_932, pretmp_940
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU457
	movq	%rdx, %r10	# tmp802, arg
.LVL92:
	.loc 2 97 1 is_stmt 1 view .LVU458
	jmp	.L15	#
.LVL93:
	.p2align 4,,10
	.p2align 3
.L117:
.L118:
.L119:
	.loc 2 96 1 discriminator 17 view .LVU459
	.loc 2 96 1 discriminator 17 view .LVU460
	.loc 2 96 16 discriminator 17 view .LVU461
.LBB11:
	.loc 2 96 16 discriminator 17 view .LVU462
	.loc 2 96 16 discriminator 17 view .LVU463
	.loc 2 96 16 discriminator 17 view .LVU464
	.loc 2 96 16 discriminator 17 view .LVU465
	.loc 2 96 16 discriminator 17 view .LVU466
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], tmp985
	cmpq	%rax, -8(%rbx)	# tmp985, MEM[(cell *)sp_667 + -8B]
	setne	%al	#, tmp798
	subq	$8, %rbx	#, sp
.LVL94:
	.loc 2 96 16 is_stmt 0 discriminator 17 view .LVU467
.LBE11:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 17 view .LVU468
	addq	$8, %rbp	#, vpc
.LVL95:
.LBB12:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 17 view .LVU469
	movzbl	%al, %eax	# tmp798, tmp798
	movq	%rax, -8(%rbx)	# tmp798, MEM[(cell *)sp_667 + -16B]
.LVL96:
.LDL24:
	.loc 2 96 16 discriminator 17 view .LVU470
.LBE12:
	.loc 2 96 16 is_stmt 1 discriminator 17 view .LVU471
	.loc 2 96 33 discriminator 17 view .LVU472
	.loc 2 96 33 discriminator 17 view .LVU473
	.loc 2 96 33 discriminator 17 view .LVU474
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL97:
	.loc 2 96 33 is_stmt 0 discriminator 17 view .LVU475
	jmp	*%rax	# gotovar.89_621
.LVL98:
	.p2align 4,,10
	.p2align 3
.L115:
.L116:
	.loc 2 96 1 is_stmt 1 discriminator 2 view .LVU476
	.loc 2 96 1 discriminator 2 view .LVU477
	.loc 2 96 1 discriminator 2 view .LVU478
	.loc 2 96 1 discriminator 2 view .LVU479
	.loc 2 96 1 discriminator 2 view .LVU480
	leaq	16(%rdi), %rax	#, tmp791
	cmpq	%rax, %rbx	# tmp791, sp
	jnb	.L119	#,
.LDL25:
	.loc 2 96 1 view .LVU481
	.loc 2 96 1 view .LVU482
	.loc 2 96 1 view .LVU483
.LVL99:
	.loc 2 96 1 view .LVU484
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU485
	leaq	-8(%rbp), %rax	#, tmp794
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU486
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU487
	subq	%r14, %rax	# slots, tmp795
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU488
	sarq	$3, %rdx	#, tmp792
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU489
	sarq	$3, %rax	#, tmp797
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU490
	movl	0(%r13,%rax,4), %ecx	# *_898, pretmp_940
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU491
	movq	%rdx, %r10	# tmp792, arg
.LVL100:
	.loc 2 96 1 is_stmt 1 view .LVU492
	jmp	.L15	#
.LVL101:
	.p2align 4,,10
	.p2align 3
.L112:
.L113:
.L114:
	.loc 2 95 1 discriminator 17 view .LVU493
	.loc 2 95 1 discriminator 17 view .LVU494
	.loc 2 95 16 discriminator 17 view .LVU495
.LBB13:
	.loc 2 95 16 discriminator 17 view .LVU496
	.loc 2 95 16 discriminator 17 view .LVU497
	.loc 2 95 16 discriminator 17 view .LVU498
	.loc 2 95 16 discriminator 17 view .LVU499
	.loc 2 95 16 discriminator 17 view .LVU500
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], tmp983
	cmpq	%rax, -8(%rbx)	# tmp983, MEM[(cell *)sp_667 + -8B]
	sete	%al	#, tmp788
	subq	$8, %rbx	#, sp
.LVL102:
	.loc 2 95 16 is_stmt 0 discriminator 17 view .LVU501
.LBE13:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 17 view .LVU502
	addq	$8, %rbp	#, vpc
.LVL103:
.LBB14:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 17 view .LVU503
	movzbl	%al, %eax	# tmp788, tmp788
	movq	%rax, -8(%rbx)	# tmp788, MEM[(cell *)sp_667 + -16B]
.LVL104:
.LDL26:
	.loc 2 95 16 discriminator 17 view .LVU504
.LBE14:
	.loc 2 95 16 is_stmt 1 discriminator 17 view .LVU505
	.loc 2 95 33 discriminator 17 view .LVU506
	.loc 2 95 33 discriminator 17 view .LVU507
	.loc 2 95 33 discriminator 17 view .LVU508
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL105:
	.loc 2 95 33 is_stmt 0 discriminator 17 view .LVU509
	jmp	*%rax	# gotovar.89_621
.LVL106:
	.p2align 4,,10
	.p2align 3
.L110:
.L111:
	.loc 2 95 1 is_stmt 1 discriminator 2 view .LVU510
	.loc 2 95 1 discriminator 2 view .LVU511
	.loc 2 95 1 discriminator 2 view .LVU512
	.loc 2 95 1 discriminator 2 view .LVU513
	.loc 2 95 1 discriminator 2 view .LVU514
	leaq	16(%rdi), %rax	#, tmp781
	cmpq	%rax, %rbx	# tmp781, sp
	jnb	.L114	#,
.LDL27:
	.loc 2 95 1 view .LVU515
	.loc 2 95 1 view .LVU516
	.loc 2 95 1 view .LVU517
.LVL107:
	.loc 2 95 1 view .LVU518
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU519
	leaq	-8(%rbp), %rax	#, tmp784
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU520
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU521
	subq	%r14, %rax	# slots, tmp785
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU522
	sarq	$3, %rdx	#, tmp782
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU523
	sarq	$3, %rax	#, tmp787
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU524
	movl	0(%r13,%rax,4), %ecx	# *_936, pretmp_940
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU525
	movq	%rdx, %r10	# tmp782, arg
.LVL108:
	.loc 2 95 1 is_stmt 1 view .LVU526
	jmp	.L15	#
.LVL109:
	.p2align 4,,10
	.p2align 3
.L107:
.L108:
.L109:
	.loc 2 93 1 discriminator 17 view .LVU527
	.loc 2 93 1 discriminator 17 view .LVU528
	.loc 2 93 16 discriminator 17 view .LVU529
.LBB15:
	.loc 2 93 16 discriminator 17 view .LVU530
	.loc 2 93 16 discriminator 17 view .LVU531
	.loc 2 93 16 discriminator 17 view .LVU532
	.loc 2 93 16 discriminator 17 view .LVU533
	.loc 2 93 16 discriminator 17 view .LVU534
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	sarq	%cl, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL110:
.LDL28:
	.loc 2 93 16 is_stmt 0 discriminator 17 view .LVU535
.LBE15:
	.loc 2 93 16 is_stmt 1 discriminator 17 view .LVU536
	.loc 2 93 68 discriminator 17 view .LVU537
	.loc 2 93 68 discriminator 17 view .LVU538
	.loc 2 93 68 discriminator 17 view .LVU539
	.loc 2 93 68 is_stmt 0 discriminator 17 view .LVU540
	addq	$8, %rbp	#, vpc
.LVL111:
.LBB16:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 17 view .LVU541
	subq	$8, %rbx	#, sp
.LVL112:
	.loc 2 93 16 discriminator 17 view .LVU542
.LBE16:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 17 view .LVU543
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL113:
	.loc 2 93 68 discriminator 17 view .LVU544
	jmp	*%rax	# gotovar.89_621
.LVL114:
	.p2align 4,,10
	.p2align 3
.L105:
.L106:
	.loc 2 93 1 is_stmt 1 discriminator 2 view .LVU545
	.loc 2 93 1 discriminator 2 view .LVU546
	.loc 2 93 1 discriminator 2 view .LVU547
	.loc 2 93 1 discriminator 2 view .LVU548
	.loc 2 93 1 discriminator 2 view .LVU549
	leaq	16(%rdi), %rax	#, tmp772
	cmpq	%rax, %rbx	# tmp772, sp
	jnb	.L109	#,
.LDL29:
	.loc 2 93 1 view .LVU550
	.loc 2 93 1 view .LVU551
	.loc 2 93 1 view .LVU552
.LVL115:
	.loc 2 93 1 view .LVU553
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU554
	leaq	-8(%rbp), %rax	#, tmp775
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU555
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU556
	subq	%r14, %rax	# slots, tmp776
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU557
	sarq	$3, %rdx	#, tmp773
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU558
	sarq	$3, %rax	#, tmp778
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU559
	movl	0(%r13,%rax,4), %ecx	# *_899, pretmp_940
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU560
	movq	%rdx, %r10	# tmp773, arg
.LVL116:
	.loc 2 93 1 is_stmt 1 view .LVU561
	jmp	.L15	#
.LVL117:
	.p2align 4,,10
	.p2align 3
.L102:
.L103:
.L104:
	.loc 2 91 1 discriminator 17 view .LVU562
	.loc 2 91 1 discriminator 17 view .LVU563
	.loc 2 91 16 discriminator 17 view .LVU564
.LBB17:
	.loc 2 91 16 discriminator 17 view .LVU565
	.loc 2 91 16 discriminator 17 view .LVU566
	.loc 2 91 16 discriminator 17 view .LVU567
	.loc 2 91 16 discriminator 17 view .LVU568
	.loc 2 91 16 discriminator 17 view .LVU569
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	salq	%cl, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL118:
.LDL30:
	.loc 2 91 16 is_stmt 0 discriminator 17 view .LVU570
.LBE17:
	.loc 2 91 16 is_stmt 1 discriminator 17 view .LVU571
	.loc 2 91 55 discriminator 17 view .LVU572
	.loc 2 91 55 discriminator 17 view .LVU573
	.loc 2 91 55 discriminator 17 view .LVU574
	.loc 2 91 55 is_stmt 0 discriminator 17 view .LVU575
	addq	$8, %rbp	#, vpc
.LVL119:
.LBB18:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 17 view .LVU576
	subq	$8, %rbx	#, sp
.LVL120:
	.loc 2 91 16 discriminator 17 view .LVU577
.LBE18:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 17 view .LVU578
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL121:
	.loc 2 91 55 discriminator 17 view .LVU579
	jmp	*%rax	# gotovar.89_621
.LVL122:
	.p2align 4,,10
	.p2align 3
.L100:
.L101:
	.loc 2 91 1 is_stmt 1 discriminator 2 view .LVU580
	.loc 2 91 1 discriminator 2 view .LVU581
	.loc 2 91 1 discriminator 2 view .LVU582
	.loc 2 91 1 discriminator 2 view .LVU583
	.loc 2 91 1 discriminator 2 view .LVU584
	leaq	16(%rdi), %rax	#, tmp763
	cmpq	%rax, %rbx	# tmp763, sp
	jnb	.L104	#,
.LDL31:
	.loc 2 91 1 view .LVU585
	.loc 2 91 1 view .LVU586
	.loc 2 91 1 view .LVU587
.LVL123:
	.loc 2 91 1 view .LVU588
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU589
	leaq	-8(%rbp), %rax	#, tmp766
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU590
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU591
	subq	%r14, %rax	# slots, tmp767
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU592
	sarq	$3, %rdx	#, tmp764
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU593
	sarq	$3, %rax	#, tmp769
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU594
	movl	0(%r13,%rax,4), %ecx	# *_929, pretmp_940
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU595
	movq	%rdx, %r10	# tmp764, arg
.LVL124:
	.loc 2 91 1 is_stmt 1 view .LVU596
	jmp	.L15	#
.LVL125:
	.p2align 4,,10
	.p2align 3
.L97:
.L98:
.L99:
	.loc 2 90 1 discriminator 17 view .LVU597
	.loc 2 90 1 discriminator 17 view .LVU598
	.loc 2 90 16 discriminator 17 view .LVU599
.LBB19:
	.loc 2 90 16 discriminator 17 view .LVU600
	.loc 2 90 16 discriminator 17 view .LVU601
	.loc 2 90 16 discriminator 17 view .LVU602
	.loc 2 90 16 discriminator 17 view .LVU603
	.loc 2 90 16 discriminator 17 view .LVU604
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	xorq	%rax, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL126:
.LDL32:
	.loc 2 90 16 is_stmt 0 discriminator 17 view .LVU605
.LBE19:
	.loc 2 90 16 is_stmt 1 discriminator 17 view .LVU606
	.loc 2 90 32 discriminator 17 view .LVU607
	.loc 2 90 32 discriminator 17 view .LVU608
	.loc 2 90 32 discriminator 17 view .LVU609
	.loc 2 90 32 is_stmt 0 discriminator 17 view .LVU610
	addq	$8, %rbp	#, vpc
.LVL127:
.LBB20:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 17 view .LVU611
	subq	$8, %rbx	#, sp
.LVL128:
	.loc 2 90 16 discriminator 17 view .LVU612
.LBE20:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 17 view .LVU613
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL129:
	.loc 2 90 32 discriminator 17 view .LVU614
	jmp	*%rax	# gotovar.89_621
.LVL130:
	.p2align 4,,10
	.p2align 3
.L95:
.L96:
	.loc 2 90 1 is_stmt 1 discriminator 2 view .LVU615
	.loc 2 90 1 discriminator 2 view .LVU616
	.loc 2 90 1 discriminator 2 view .LVU617
	.loc 2 90 1 discriminator 2 view .LVU618
	.loc 2 90 1 discriminator 2 view .LVU619
	leaq	16(%rdi), %rax	#, tmp755
	cmpq	%rax, %rbx	# tmp755, sp
	jnb	.L99	#,
.LDL33:
	.loc 2 90 1 view .LVU620
	.loc 2 90 1 view .LVU621
	.loc 2 90 1 view .LVU622
.LVL131:
	.loc 2 90 1 view .LVU623
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU624
	leaq	-8(%rbp), %rax	#, tmp758
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU625
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU626
	subq	%r14, %rax	# slots, tmp759
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU627
	sarq	$3, %rdx	#, tmp756
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU628
	sarq	$3, %rax	#, tmp761
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU629
	movl	0(%r13,%rax,4), %ecx	# *_900, pretmp_940
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU630
	movq	%rdx, %r10	# tmp756, arg
.LVL132:
	.loc 2 90 1 is_stmt 1 view .LVU631
	jmp	.L15	#
.LVL133:
	.p2align 4,,10
	.p2align 3
.L92:
.L93:
.L94:
	.loc 2 89 1 discriminator 17 view .LVU632
	.loc 2 89 1 discriminator 17 view .LVU633
	.loc 2 89 16 discriminator 17 view .LVU634
.LBB21:
	.loc 2 89 16 discriminator 17 view .LVU635
	.loc 2 89 16 discriminator 17 view .LVU636
	.loc 2 89 16 discriminator 17 view .LVU637
	.loc 2 89 16 discriminator 17 view .LVU638
	.loc 2 89 16 discriminator 17 view .LVU639
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	orq	%rax, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL134:
.LDL34:
	.loc 2 89 16 is_stmt 0 discriminator 17 view .LVU640
.LBE21:
	.loc 2 89 16 is_stmt 1 discriminator 17 view .LVU641
	.loc 2 89 32 discriminator 17 view .LVU642
	.loc 2 89 32 discriminator 17 view .LVU643
	.loc 2 89 32 discriminator 17 view .LVU644
	.loc 2 89 32 is_stmt 0 discriminator 17 view .LVU645
	addq	$8, %rbp	#, vpc
.LVL135:
.LBB22:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 17 view .LVU646
	subq	$8, %rbx	#, sp
.LVL136:
	.loc 2 89 16 discriminator 17 view .LVU647
.LBE22:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 17 view .LVU648
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL137:
	.loc 2 89 32 discriminator 17 view .LVU649
	jmp	*%rax	# gotovar.89_621
.LVL138:
	.p2align 4,,10
	.p2align 3
.L90:
.L91:
	.loc 2 89 1 is_stmt 1 discriminator 2 view .LVU650
	.loc 2 89 1 discriminator 2 view .LVU651
	.loc 2 89 1 discriminator 2 view .LVU652
	.loc 2 89 1 discriminator 2 view .LVU653
	.loc 2 89 1 discriminator 2 view .LVU654
	leaq	16(%rdi), %rax	#, tmp747
	cmpq	%rax, %rbx	# tmp747, sp
	jnb	.L94	#,
.LDL35:
	.loc 2 89 1 view .LVU655
	.loc 2 89 1 view .LVU656
	.loc 2 89 1 view .LVU657
.LVL139:
	.loc 2 89 1 view .LVU658
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU659
	leaq	-8(%rbp), %rax	#, tmp750
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU660
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU661
	subq	%r14, %rax	# slots, tmp751
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU662
	sarq	$3, %rdx	#, tmp748
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU663
	sarq	$3, %rax	#, tmp753
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU664
	movl	0(%r13,%rax,4), %ecx	# *_935, pretmp_940
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU665
	movq	%rdx, %r10	# tmp748, arg
.LVL140:
	.loc 2 89 1 is_stmt 1 view .LVU666
	jmp	.L15	#
.LVL141:
	.p2align 4,,10
	.p2align 3
.L87:
.L88:
.L89:
	.loc 2 88 1 discriminator 17 view .LVU667
	.loc 2 88 1 discriminator 17 view .LVU668
	.loc 2 88 16 discriminator 17 view .LVU669
.LBB23:
	.loc 2 88 16 discriminator 17 view .LVU670
	.loc 2 88 16 discriminator 17 view .LVU671
	.loc 2 88 16 discriminator 17 view .LVU672
	.loc 2 88 16 discriminator 17 view .LVU673
	.loc 2 88 16 discriminator 17 view .LVU674
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	andq	%rax, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL142:
.LDL36:
	.loc 2 88 16 is_stmt 0 discriminator 17 view .LVU675
.LBE23:
	.loc 2 88 16 is_stmt 1 discriminator 17 view .LVU676
	.loc 2 88 32 discriminator 17 view .LVU677
	.loc 2 88 32 discriminator 17 view .LVU678
	.loc 2 88 32 discriminator 17 view .LVU679
	.loc 2 88 32 is_stmt 0 discriminator 17 view .LVU680
	addq	$8, %rbp	#, vpc
.LVL143:
.LBB24:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 17 view .LVU681
	subq	$8, %rbx	#, sp
.LVL144:
	.loc 2 88 16 discriminator 17 view .LVU682
.LBE24:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 17 view .LVU683
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL145:
	.loc 2 88 32 discriminator 17 view .LVU684
	jmp	*%rax	# gotovar.89_621
.LVL146:
	.p2align 4,,10
	.p2align 3
.L85:
.L86:
	.loc 2 88 1 is_stmt 1 discriminator 2 view .LVU685
	.loc 2 88 1 discriminator 2 view .LVU686
	.loc 2 88 1 discriminator 2 view .LVU687
	.loc 2 88 1 discriminator 2 view .LVU688
	.loc 2 88 1 discriminator 2 view .LVU689
	leaq	16(%rdi), %rax	#, tmp739
	cmpq	%rax, %rbx	# tmp739, sp
	jnb	.L89	#,
.LDL37:
	.loc 2 88 1 view .LVU690
	.loc 2 88 1 view .LVU691
	.loc 2 88 1 view .LVU692
.LVL147:
	.loc 2 88 1 view .LVU693
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU694
	leaq	-8(%rbp), %rax	#, tmp742
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU695
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU696
	subq	%r14, %rax	# slots, tmp743
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU697
	sarq	$3, %rdx	#, tmp740
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU698
	sarq	$3, %rax	#, tmp745
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU699
	movl	0(%r13,%rax,4), %ecx	# *_927, pretmp_940
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU700
	movq	%rdx, %r10	# tmp740, arg
.LVL148:
	.loc 2 88 1 is_stmt 1 view .LVU701
	jmp	.L15	#
.LVL149:
	.p2align 4,,10
	.p2align 3
.L82:
	.loc 2 84 1 discriminator 17 view .LVU702
	.loc 2 84 1 discriminator 17 view .LVU703
	.loc 2 85 5 discriminator 17 view .LVU704
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 17 view .LVU705
	notq	-8(%rbx)	# MEM[(cell *)sp_667 + -8B]
	.loc 2 86 1 is_stmt 1 discriminator 17 view .LVU706
	.loc 2 86 1 discriminator 17 view .LVU707
	.loc 2 86 1 discriminator 17 view .LVU708
.LVL150:
	.loc 2 86 1 is_stmt 0 discriminator 17 view .LVU709
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL151:
	.loc 2 86 1 discriminator 17 view .LVU710
	jmp	*%rax	# gotovar.89_621
.LVL152:
	.p2align 4,,10
	.p2align 3
.L80:
.L81:
	.loc 2 84 1 is_stmt 1 discriminator 2 view .LVU711
	.loc 2 84 1 discriminator 2 view .LVU712
	.loc 2 84 1 discriminator 2 view .LVU713
	.loc 2 84 1 discriminator 2 view .LVU714
	.loc 2 84 1 discriminator 2 view .LVU715
	leaq	8(%rdi), %rax	#, tmp732
	cmpq	%rax, %rbx	# tmp732, sp
	jb	.L256	#,
.L83:
.L84:
	.loc 2 84 1 discriminator 17 view .LVU716
	.loc 2 84 1 discriminator 17 view .LVU717
	.loc 2 85 5 discriminator 17 view .LVU718
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 17 view .LVU719
	notq	-8(%rbx)	# MEM[(cell *)sp_667 + -8B]
.LDL38:
	.loc 2 86 1 is_stmt 1 discriminator 17 view .LVU720
	.loc 2 86 1 discriminator 17 view .LVU721
	.loc 2 86 1 discriminator 17 view .LVU722
.LVL153:
	.loc 2 86 1 is_stmt 0 discriminator 17 view .LVU723
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL154:
	.loc 2 86 1 discriminator 17 view .LVU724
	jmp	*%rax	# gotovar.89_621
.LVL155:
	.p2align 4,,10
	.p2align 3
.L77:
	.loc 2 80 1 is_stmt 1 discriminator 17 view .LVU725
	.loc 2 80 1 discriminator 17 view .LVU726
	.loc 2 81 5 discriminator 17 view .LVU727
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 17 view .LVU728
	negq	-8(%rbx)	# MEM[(cell *)sp_667 + -8B]
	.loc 2 82 1 is_stmt 1 discriminator 17 view .LVU729
	.loc 2 82 1 discriminator 17 view .LVU730
	.loc 2 82 1 discriminator 17 view .LVU731
.LVL156:
	.loc 2 82 1 is_stmt 0 discriminator 17 view .LVU732
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL157:
	.loc 2 82 1 discriminator 17 view .LVU733
	jmp	*%rax	# gotovar.89_621
.LVL158:
	.p2align 4,,10
	.p2align 3
.L75:
.L76:
	.loc 2 80 1 is_stmt 1 discriminator 2 view .LVU734
	.loc 2 80 1 discriminator 2 view .LVU735
	.loc 2 80 1 discriminator 2 view .LVU736
	.loc 2 80 1 discriminator 2 view .LVU737
	.loc 2 80 1 discriminator 2 view .LVU738
	leaq	8(%rdi), %rax	#, tmp725
	cmpq	%rax, %rbx	# tmp725, sp
	jb	.L257	#,
.L78:
.L79:
	.loc 2 80 1 discriminator 17 view .LVU739
	.loc 2 80 1 discriminator 17 view .LVU740
	.loc 2 81 5 discriminator 17 view .LVU741
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 17 view .LVU742
	negq	-8(%rbx)	# MEM[(cell *)sp_667 + -8B]
.LDL39:
	.loc 2 82 1 is_stmt 1 discriminator 17 view .LVU743
	.loc 2 82 1 discriminator 17 view .LVU744
	.loc 2 82 1 discriminator 17 view .LVU745
.LVL159:
	.loc 2 82 1 is_stmt 0 discriminator 17 view .LVU746
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL160:
	.loc 2 82 1 discriminator 17 view .LVU747
	jmp	*%rax	# gotovar.89_621
.LVL161:
	.p2align 4,,10
	.p2align 3
.L70:
.L71:
.L72:
	.loc 2 74 1 is_stmt 1 discriminator 17 view .LVU748
	.loc 2 74 1 discriminator 17 view .LVU749
	.loc 2 75 5 discriminator 17 view .LVU750
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 is_stmt 0 discriminator 17 view .LVU751
	movq	-8(%rbx), %r10	# MEM[(cell *)sp_667 + -8B], arg
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 17 view .LVU752
	testq	%r10, %r10	# arg
	je	.L258	#,
	.loc 2 76 9 is_stmt 1 view .LVU753
	.loc 2 77 5 view .LVU754
.LBB25:
	.loc 2 77 5 view .LVU755
.LVL162:
	.loc 2 77 5 is_stmt 0 view .LVU756
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], a
.LVL163:
	.loc 2 77 5 is_stmt 1 view .LVU757
	.loc 2 77 5 view .LVU758
	.loc 2 77 5 view .LVU759
	leaq	-8(%rbx), %rcx	#, sp
.LVL164:
	.loc 2 77 5 view .LVU760
	xorl	%esi, %esi	# iftmp.35_291
	cmpq	$-1, %r10	#, arg
	je	.L74	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU761
	cqto
	idivq	%r10	# arg
.LVL165:
	.loc 2 77 5 discriminator 1 view .LVU762
	movq	%rdx, %rsi	# iftmp.35_291, iftmp.35_291
.L74:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU763
	movq	%rsi, -16(%rbx)	# iftmp.35_291, MEM[(cell *)sp_667 + -16B]
.LVL166:
.LDL40:
	.loc 2 77 5 discriminator 4 view .LVU764
.LBE25:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU765
	.loc 2 78 1 discriminator 4 view .LVU766
	.loc 2 78 1 discriminator 4 view .LVU767
	.loc 2 78 1 discriminator 4 view .LVU768
	.loc 2 78 1 is_stmt 0 discriminator 4 view .LVU769
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LBB26:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU770
	movq	%rcx, %rbx	# sp, sp
.LBE26:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU771
	addq	$8, %rbp	#, vpc
.LVL167:
	.loc 2 78 1 discriminator 4 view .LVU772
	jmp	*%rax	# gotovar.89_621
.LVL168:
	.p2align 4,,10
	.p2align 3
.L68:
.L69:
	.loc 2 74 1 is_stmt 1 discriminator 2 view .LVU773
	.loc 2 74 1 discriminator 2 view .LVU774
	.loc 2 74 1 discriminator 2 view .LVU775
	.loc 2 74 1 discriminator 2 view .LVU776
	.loc 2 74 1 discriminator 2 view .LVU777
	leaq	16(%rdi), %rax	#, tmp712
	cmpq	%rax, %rbx	# tmp712, sp
	jnb	.L72	#,
.LDL41:
	.loc 2 74 1 view .LVU778
	.loc 2 74 1 view .LVU779
	.loc 2 74 1 view .LVU780
.LVL169:
	.loc 2 74 1 view .LVU781
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU782
	leaq	-8(%rbp), %rax	#, tmp715
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU783
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU784
	subq	%r14, %rax	# slots, tmp716
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU785
	sarq	$3, %rdx	#, tmp713
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU786
	sarq	$3, %rax	#, tmp718
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU787
	movl	0(%r13,%rax,4), %ecx	# *_897, pretmp_940
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU788
	movq	%rdx, %r10	# tmp713, arg
.LVL170:
	.loc 2 74 1 is_stmt 1 view .LVU789
	jmp	.L15	#
.LVL171:
	.p2align 4,,10
	.p2align 3
.L62:
.L63:
.L64:
	.loc 2 67 1 discriminator 17 view .LVU790
	.loc 2 67 1 discriminator 17 view .LVU791
	.loc 2 68 5 discriminator 17 view .LVU792
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 17 view .LVU793
	movq	-8(%rbx), %r10	# MEM[(cell *)sp_667 + -8B], arg
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 17 view .LVU794
	testq	%r10, %r10	# arg
	je	.L259	#,
	.loc 2 69 9 is_stmt 1 view .LVU795
	.loc 2 71 5 view .LVU796
.LBB27:
	.loc 2 71 5 view .LVU797
.LVL172:
	.loc 2 71 5 is_stmt 0 view .LVU798
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], a
.LVL173:
	.loc 2 71 5 is_stmt 1 view .LVU799
	.loc 2 71 5 view .LVU800
	.loc 2 71 5 view .LVU801
	leaq	-8(%rbx), %rcx	#, sp
.LVL174:
	.loc 2 71 5 view .LVU802
	cmpq	$-1, %r10	#, arg
	je	.L260	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU803
	cqto
	idivq	%r10	# arg
.LVL175:
.L67:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU804
	movq	%rax, -16(%rbx)	# iftmp.31_274, MEM[(cell *)sp_667 + -16B]
.LVL176:
.LDL42:
	.loc 2 71 5 discriminator 4 view .LVU805
.LBE27:
	.loc 2 71 5 is_stmt 1 discriminator 4 view .LVU806
	.loc 2 72 1 discriminator 4 view .LVU807
	.loc 2 72 1 discriminator 4 view .LVU808
	.loc 2 72 1 discriminator 4 view .LVU809
	.loc 2 72 1 is_stmt 0 discriminator 4 view .LVU810
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LBB28:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU811
	movq	%rcx, %rbx	# sp, sp
.LBE28:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 4 view .LVU812
	addq	$8, %rbp	#, vpc
.LVL177:
	.loc 2 72 1 discriminator 4 view .LVU813
	jmp	*%rax	# gotovar.89_621
.LVL178:
	.p2align 4,,10
	.p2align 3
.L60:
.L61:
	.loc 2 67 1 is_stmt 1 discriminator 2 view .LVU814
	.loc 2 67 1 discriminator 2 view .LVU815
	.loc 2 67 1 discriminator 2 view .LVU816
	.loc 2 67 1 discriminator 2 view .LVU817
	.loc 2 67 1 discriminator 2 view .LVU818
	leaq	16(%rdi), %rax	#, tmp699
	cmpq	%rax, %rbx	# tmp699, sp
	jnb	.L64	#,
.LDL43:
	.loc 2 67 1 view .LVU819
	.loc 2 67 1 view .LVU820
	.loc 2 67 1 view .LVU821
.LVL179:
	.loc 2 67 1 view .LVU822
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU823
	leaq	-8(%rbp), %rax	#, tmp702
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU824
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU825
	subq	%r14, %rax	# slots, tmp703
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU826
	sarq	$3, %rdx	#, tmp700
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU827
	sarq	$3, %rax	#, tmp705
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU828
	movl	0(%r13,%rax,4), %ecx	# *_934, pretmp_940
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU829
	movq	%rdx, %r10	# tmp700, arg
.LVL180:
	.loc 2 67 1 is_stmt 1 view .LVU830
	jmp	.L15	#
.LVL181:
	.p2align 4,,10
	.p2align 3
.L57:
.L58:
.L59:
	.loc 2 65 1 discriminator 17 view .LVU831
	.loc 2 65 1 discriminator 17 view .LVU832
	.loc 2 65 16 discriminator 17 view .LVU833
.LBB29:
	.loc 2 65 16 discriminator 17 view .LVU834
	.loc 2 65 16 discriminator 17 view .LVU835
	.loc 2 65 16 discriminator 17 view .LVU836
	.loc 2 65 16 discriminator 17 view .LVU837
	.loc 2 65 16 discriminator 17 view .LVU838
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], MEM[(cell *)sp_667 + -16B]
	imulq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], tmp697
.LBE29:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 17 view .LVU839
	addq	$8, %rbp	#, vpc
.LVL182:
.LBB30:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 17 view .LVU840
	subq	$8, %rbx	#, sp
.LVL183:
	.loc 2 65 16 discriminator 17 view .LVU841
	movq	%rax, -8(%rbx)	# tmp697, MEM[(cell *)sp_667 + -16B]
.LVL184:
.LDL44:
	.loc 2 65 16 discriminator 17 view .LVU842
.LBE30:
	.loc 2 65 16 is_stmt 1 discriminator 17 view .LVU843
	.loc 2 65 54 discriminator 17 view .LVU844
	.loc 2 65 54 discriminator 17 view .LVU845
	.loc 2 65 54 discriminator 17 view .LVU846
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL185:
	.loc 2 65 54 is_stmt 0 discriminator 17 view .LVU847
	jmp	*%rax	# gotovar.89_621
.LVL186:
	.p2align 4,,10
	.p2align 3
.L55:
.L56:
	.loc 2 65 1 is_stmt 1 discriminator 2 view .LVU848
	.loc 2 65 1 discriminator 2 view .LVU849
	.loc 2 65 1 discriminator 2 view .LVU850
	.loc 2 65 1 discriminator 2 view .LVU851
	.loc 2 65 1 discriminator 2 view .LVU852
	leaq	16(%rdi), %rax	#, tmp690
	cmpq	%rax, %rbx	# tmp690, sp
	jnb	.L59	#,
.LDL45:
	.loc 2 65 1 view .LVU853
	.loc 2 65 1 view .LVU854
	.loc 2 65 1 view .LVU855
.LVL187:
	.loc 2 65 1 view .LVU856
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU857
	leaq	-8(%rbp), %rax	#, tmp693
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU858
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU859
	subq	%r14, %rax	# slots, tmp694
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU860
	sarq	$3, %rdx	#, tmp691
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU861
	sarq	$3, %rax	#, tmp696
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU862
	movl	0(%r13,%rax,4), %ecx	# *_930, pretmp_940
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU863
	movq	%rdx, %r10	# tmp691, arg
.LVL188:
	.loc 2 65 1 is_stmt 1 view .LVU864
	jmp	.L15	#
.LVL189:
	.p2align 4,,10
	.p2align 3
.L52:
.L53:
.L54:
	.loc 2 64 1 discriminator 17 view .LVU865
	.loc 2 64 1 discriminator 17 view .LVU866
	.loc 2 64 16 discriminator 17 view .LVU867
.LBB31:
	.loc 2 64 16 discriminator 17 view .LVU868
	.loc 2 64 16 discriminator 17 view .LVU869
	.loc 2 64 16 discriminator 17 view .LVU870
	.loc 2 64 16 discriminator 17 view .LVU871
	.loc 2 64 16 discriminator 17 view .LVU872
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	subq	%rax, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL190:
.LDL46:
	.loc 2 64 16 is_stmt 0 discriminator 17 view .LVU873
.LBE31:
	.loc 2 64 16 is_stmt 1 discriminator 17 view .LVU874
	.loc 2 64 54 discriminator 17 view .LVU875
	.loc 2 64 54 discriminator 17 view .LVU876
	.loc 2 64 54 discriminator 17 view .LVU877
	.loc 2 64 54 is_stmt 0 discriminator 17 view .LVU878
	addq	$8, %rbp	#, vpc
.LVL191:
.LBB32:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 17 view .LVU879
	subq	$8, %rbx	#, sp
.LVL192:
	.loc 2 64 16 discriminator 17 view .LVU880
.LBE32:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 17 view .LVU881
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL193:
	.loc 2 64 54 discriminator 17 view .LVU882
	jmp	*%rax	# gotovar.89_621
.LVL194:
	.p2align 4,,10
	.p2align 3
.L50:
.L51:
	.loc 2 64 1 is_stmt 1 discriminator 2 view .LVU883
	.loc 2 64 1 discriminator 2 view .LVU884
	.loc 2 64 1 discriminator 2 view .LVU885
	.loc 2 64 1 discriminator 2 view .LVU886
	.loc 2 64 1 discriminator 2 view .LVU887
	leaq	16(%rdi), %rax	#, tmp682
	cmpq	%rax, %rbx	# tmp682, sp
	jnb	.L54	#,
.LDL47:
	.loc 2 64 1 view .LVU888
	.loc 2 64 1 view .LVU889
	.loc 2 64 1 view .LVU890
.LVL195:
	.loc 2 64 1 view .LVU891
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU892
	leaq	-8(%rbp), %rax	#, tmp685
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU893
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU894
	subq	%r14, %rax	# slots, tmp686
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU895
	sarq	$3, %rdx	#, tmp683
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU896
	sarq	$3, %rax	#, tmp688
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU897
	movl	0(%r13,%rax,4), %ecx	# *_926, pretmp_940
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU898
	movq	%rdx, %r10	# tmp683, arg
.LVL196:
	.loc 2 64 1 is_stmt 1 view .LVU899
	jmp	.L15	#
.LVL197:
	.p2align 4,,10
	.p2align 3
.L47:
.L48:
.L49:
	.loc 2 63 1 discriminator 17 view .LVU900
	.loc 2 63 1 discriminator 17 view .LVU901
	.loc 2 63 16 discriminator 17 view .LVU902
.LBB33:
	.loc 2 63 16 discriminator 17 view .LVU903
	.loc 2 63 16 discriminator 17 view .LVU904
	.loc 2 63 16 discriminator 17 view .LVU905
	.loc 2 63 16 discriminator 17 view .LVU906
	.loc 2 63 16 discriminator 17 view .LVU907
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
	addq	%rax, -16(%rbx)	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -16B]
.LVL198:
.LDL48:
	.loc 2 63 16 is_stmt 0 discriminator 17 view .LVU908
.LBE33:
	.loc 2 63 16 is_stmt 1 discriminator 17 view .LVU909
	.loc 2 63 54 discriminator 17 view .LVU910
	.loc 2 63 54 discriminator 17 view .LVU911
	.loc 2 63 54 discriminator 17 view .LVU912
	.loc 2 63 54 is_stmt 0 discriminator 17 view .LVU913
	addq	$8, %rbp	#, vpc
.LVL199:
.LBB34:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 17 view .LVU914
	subq	$8, %rbx	#, sp
.LVL200:
	.loc 2 63 16 discriminator 17 view .LVU915
.LBE34:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 17 view .LVU916
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL201:
	.loc 2 63 54 discriminator 17 view .LVU917
	jmp	*%rax	# gotovar.89_621
.LVL202:
	.p2align 4,,10
	.p2align 3
.L45:
.L46:
	.loc 2 63 1 is_stmt 1 discriminator 2 view .LVU918
	.loc 2 63 1 discriminator 2 view .LVU919
	.loc 2 63 1 discriminator 2 view .LVU920
	.loc 2 63 1 discriminator 2 view .LVU921
	.loc 2 63 1 discriminator 2 view .LVU922
	leaq	16(%rdi), %rax	#, tmp674
	cmpq	%rax, %rbx	# tmp674, sp
	jnb	.L49	#,
.LDL49:
	.loc 2 63 1 view .LVU923
	.loc 2 63 1 view .LVU924
	.loc 2 63 1 view .LVU925
.LVL203:
	.loc 2 63 1 view .LVU926
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU927
	leaq	-8(%rbp), %rax	#, tmp677
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU928
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU929
	subq	%r14, %rax	# slots, tmp678
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU930
	sarq	$3, %rdx	#, tmp675
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU931
	sarq	$3, %rax	#, tmp680
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU932
	movl	0(%r13,%rax,4), %ecx	# *_922, pretmp_940
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU933
	movq	%rdx, %r10	# tmp675, arg
.LVL204:
	.loc 2 63 1 is_stmt 1 view .LVU934
	jmp	.L15	#
.LVL205:
	.p2align 4,,10
	.p2align 3
.L42:
.L43:
.L44:
	.loc 2 55 1 discriminator 17 view .LVU935
	.loc 2 55 1 discriminator 17 view .LVU936
.LBB35:
	.loc 2 56 7 discriminator 17 view .LVU937
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 17 view .LVU938
	movq	-24(%rbx), %rax	# MEM[(cell *)sp_667 + -24B], a
.LVL206:
	.loc 2 56 22 is_stmt 1 discriminator 17 view .LVU939
	.loc 2 56 35 discriminator 17 view .LVU940
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 17 view .LVU941
	movdqu	-16(%rbx), %xmm2	# MEM <vector(2) long int> [(cell *)sp_667 + -16B], tmp967
.LBE35:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 17 view .LVU942
	addq	$8, %rbp	#, vpc
.LVL207:
.LBB36:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 17 view .LVU943
	movq	%rax, -8(%rbx)	# a, MEM[(cell *)sp_667 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 17 view .LVU944
	movups	%xmm2, -24(%rbx)	# tmp967, MEM <vector(2) long int> [(cell *)sp_667 + -24B]
	.loc 2 56 48 is_stmt 1 discriminator 17 view .LVU945
.LDL50:
.LBE36:
	.loc 2 57 1 discriminator 17 view .LVU946
	.loc 2 57 1 discriminator 17 view .LVU947
.LVL208:
	.loc 2 57 1 discriminator 17 view .LVU948
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL209:
	.loc 2 57 1 is_stmt 0 discriminator 17 view .LVU949
	jmp	*%rax	# gotovar.89_621
.LVL210:
	.p2align 4,,10
	.p2align 3
.L40:
.L41:
	.loc 2 55 1 is_stmt 1 discriminator 2 view .LVU950
	.loc 2 55 1 discriminator 2 view .LVU951
	.loc 2 55 1 discriminator 2 view .LVU952
	.loc 2 55 1 discriminator 2 view .LVU953
	.loc 2 55 1 discriminator 2 view .LVU954
	leaq	24(%rdi), %rax	#, tmp666
	cmpq	%rax, %rbx	# tmp666, sp
	jnb	.L44	#,
.LDL51:
	.loc 2 55 1 view .LVU955
	.loc 2 55 1 view .LVU956
	.loc 2 55 1 view .LVU957
.LVL211:
	.loc 2 55 1 view .LVU958
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU959
	leaq	-8(%rbp), %rax	#, tmp669
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU960
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU961
	subq	%r14, %rax	# slots, tmp670
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU962
	sarq	$3, %rdx	#, tmp667
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU963
	sarq	$3, %rax	#, tmp672
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU964
	movl	0(%r13,%rax,4), %ecx	# *_918, pretmp_940
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU965
	movq	%rdx, %r10	# tmp667, arg
.LVL212:
	.loc 2 55 1 is_stmt 1 view .LVU966
	jmp	.L15	#
.LVL213:
	.p2align 4,,10
	.p2align 3
.L37:
.L38:
.L39:
	.loc 2 51 1 discriminator 17 view .LVU967
	.loc 2 51 1 discriminator 17 view .LVU968
	.loc 2 52 5 discriminator 17 view .LVU969
.LBB37:
	.loc 2 52 5 discriminator 17 view .LVU970
	.loc 2 52 5 discriminator 17 view .LVU971
	.loc 2 52 5 is_stmt 0 discriminator 17 view .LVU972
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_667 + -16B], MEM[(cell *)sp_667 + -16B]
.LBE37:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 17 view .LVU973
	addq	$8, %rbp	#, vpc
.LVL214:
.LBB38:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 17 view .LVU974
	addq	$8, %rbx	#, sp
.LVL215:
	.loc 2 52 5 discriminator 17 view .LVU975
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_667 + -16B], *sp_667
.LDL52:
.LBE38:
	.loc 2 52 5 is_stmt 1 discriminator 17 view .LVU976
	.loc 2 53 1 discriminator 17 view .LVU977
	.loc 2 53 1 discriminator 17 view .LVU978
.LVL216:
	.loc 2 53 1 discriminator 17 view .LVU979
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL217:
	.loc 2 53 1 is_stmt 0 discriminator 17 view .LVU980
	jmp	*%rax	# gotovar.89_621
.LVL218:
	.p2align 4,,10
	.p2align 3
.L34:
.L35:
	.loc 2 51 1 is_stmt 1 discriminator 2 view .LVU981
	.loc 2 51 1 discriminator 2 view .LVU982
	.loc 2 51 1 discriminator 2 view .LVU983
	.loc 2 51 1 discriminator 2 view .LVU984
	.loc 2 51 1 discriminator 2 view .LVU985
	leaq	16(%rdi), %rax	#, tmp651
	cmpq	%rax, %rbx	# tmp651, sp
	jb	.L261	#,
	.loc 2 51 1 discriminator 6 view .LVU986
	.loc 2 51 1 discriminator 6 view .LVU987
	.loc 2 51 1 discriminator 6 view .LVU988
	.loc 2 51 1 discriminator 6 view .LVU989
	.loc 2 51 1 discriminator 6 view .LVU990
	leaq	32760(%rdi), %rax	#, tmp658
	cmpq	%rbx, %rax	# sp, tmp658
	jnb	.L39	#,
.LDL53:
	.loc 2 51 1 view .LVU991
	.loc 2 51 1 view .LVU992
	.loc 2 51 1 view .LVU993
.LVL219:
	.loc 2 51 1 view .LVU994
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU995
	leaq	-8(%rbp), %rax	#, tmp661
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU996
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU997
	subq	%r14, %rax	# slots, tmp662
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU998
	sarq	$3, %rdx	#, tmp659
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU999
	sarq	$3, %rax	#, tmp664
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1000
	movl	0(%r13,%rax,4), %ecx	# *_915, pretmp_940
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1001
	movq	%rdx, %r10	# tmp659, arg
.LVL220:
	.loc 2 51 1 is_stmt 1 view .LVU1002
	jmp	.L15	#
.LVL221:
	.p2align 4,,10
	.p2align 3
.L31:
.L32:
.L33:
	.loc 2 47 1 discriminator 17 view .LVU1003
	.loc 2 47 1 discriminator 17 view .LVU1004
.LBB39:
	.loc 2 48 7 discriminator 17 view .LVU1005
	.loc 2 48 22 discriminator 17 view .LVU1006
	.loc 2 48 35 discriminator 17 view .LVU1007
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 17 view .LVU1008
	movdqu	-16(%rbx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_667 + -16B], vect__47.104
.LBE39:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 17 view .LVU1009
	addq	$8, %rbp	#, vpc
.LVL222:
.LBB40:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 17 view .LVU1010
	shufpd	$1, %xmm0, %xmm0	#, tmp963, vect__47.104
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 17 view .LVU1011
	movups	%xmm0, -16(%rbx)	# vect__47.104, MEM <vector(2) long int> [(cell *)sp_667 + -16B]
.LVL223:
.LDL54:
	.loc 2 48 40 discriminator 17 view .LVU1012
.LBE40:
	.loc 2 49 1 is_stmt 1 discriminator 17 view .LVU1013
	.loc 2 49 1 discriminator 17 view .LVU1014
	.loc 2 49 1 discriminator 17 view .LVU1015
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL224:
	.loc 2 49 1 is_stmt 0 discriminator 17 view .LVU1016
	jmp	*%rax	# gotovar.89_621
.LVL225:
	.p2align 4,,10
	.p2align 3
.L29:
.L30:
	.loc 2 47 1 is_stmt 1 discriminator 2 view .LVU1017
	.loc 2 47 1 discriminator 2 view .LVU1018
	.loc 2 47 1 discriminator 2 view .LVU1019
	.loc 2 47 1 discriminator 2 view .LVU1020
	.loc 2 47 1 discriminator 2 view .LVU1021
	leaq	16(%rdi), %rax	#, tmp642
	cmpq	%rax, %rbx	# tmp642, sp
	jnb	.L33	#,
.LDL55:
	.loc 2 47 1 view .LVU1022
	.loc 2 47 1 view .LVU1023
	.loc 2 47 1 view .LVU1024
.LVL226:
	.loc 2 47 1 view .LVU1025
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1026
	leaq	-8(%rbp), %rax	#, tmp645
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1027
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1028
	subq	%r14, %rax	# slots, tmp646
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1029
	sarq	$3, %rdx	#, tmp643
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1030
	sarq	$3, %rax	#, tmp648
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1031
	movl	0(%r13,%rax,4), %ecx	# *_910, pretmp_940
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU1032
	movq	%rdx, %r10	# tmp643, arg
.LVL227:
	.loc 2 47 1 is_stmt 1 view .LVU1033
	jmp	.L15	#
.LVL228:
	.p2align 4,,10
	.p2align 3
.L26:
.L27:
.L28:
	.loc 2 43 1 discriminator 17 view .LVU1034
	.loc 2 43 1 discriminator 17 view .LVU1035
	.loc 2 44 5 discriminator 17 view .LVU1036
.LBB41:
	.loc 2 44 5 discriminator 17 view .LVU1037
	.loc 2 44 5 discriminator 17 view .LVU1038
	.loc 2 44 5 is_stmt 0 discriminator 17 view .LVU1039
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_667 + -8B], MEM[(cell *)sp_667 + -8B]
.LBE41:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 17 view .LVU1040
	addq	$8, %rbp	#, vpc
.LVL229:
.LBB42:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 17 view .LVU1041
	addq	$8, %rbx	#, sp
.LVL230:
	.loc 2 44 5 discriminator 17 view .LVU1042
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_667 + -8B], *sp_667
.LDL56:
.LBE42:
	.loc 2 44 5 is_stmt 1 discriminator 17 view .LVU1043
	.loc 2 45 1 discriminator 17 view .LVU1044
	.loc 2 45 1 discriminator 17 view .LVU1045
.LVL231:
	.loc 2 45 1 discriminator 17 view .LVU1046
	movq	-8(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
.LVL232:
	.loc 2 45 1 is_stmt 0 discriminator 17 view .LVU1047
	jmp	*%rax	# gotovar.89_621
.LVL233:
	.p2align 4,,10
	.p2align 3
.L23:
.L24:
	.loc 2 43 1 is_stmt 1 discriminator 2 view .LVU1048
	.loc 2 43 1 discriminator 2 view .LVU1049
	.loc 2 43 1 discriminator 2 view .LVU1050
	.loc 2 43 1 discriminator 2 view .LVU1051
	.loc 2 43 1 discriminator 2 view .LVU1052
	leaq	8(%rdi), %rax	#, tmp627
	cmpq	%rax, %rbx	# tmp627, sp
	jb	.L262	#,
	.loc 2 43 1 discriminator 6 view .LVU1053
	.loc 2 43 1 discriminator 6 view .LVU1054
	.loc 2 43 1 discriminator 6 view .LVU1055
	.loc 2 43 1 discriminator 6 view .LVU1056
	.loc 2 43 1 discriminator 6 view .LVU1057
	leaq	32760(%rdi), %rax	#, tmp634
	cmpq	%rbx, %rax	# sp, tmp634
	jnb	.L28	#,
.LDL57:
	.loc 2 43 1 view .LVU1058
	.loc 2 43 1 view .LVU1059
	.loc 2 43 1 view .LVU1060
.LVL234:
	.loc 2 43 1 view .LVU1061
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1062
	leaq	-8(%rbp), %rax	#, tmp637
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1063
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1064
	subq	%r14, %rax	# slots, tmp638
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1065
	sarq	$3, %rdx	#, tmp635
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1066
	sarq	$3, %rax	#, tmp640
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1067
	movl	0(%r13,%rax,4), %ecx	# *_907, pretmp_940
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1068
	movq	%rdx, %r10	# tmp635, arg
.LVL235:
	.loc 2 43 1 is_stmt 1 view .LVU1069
	jmp	.L15	#
.LVL236:
	.p2align 4,,10
	.p2align 3
.L20:
	.loc 2 39 1 discriminator 17 view .LVU1070
	.loc 2 39 1 discriminator 17 view .LVU1071
	.loc 2 40 5 discriminator 17 view .LVU1072
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 17 view .LVU1073
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 17 view .LVU1074
	subq	$8, %rbx	#, sp
.LVL237:
	.loc 2 41 1 is_stmt 1 discriminator 17 view .LVU1075
	.loc 2 41 1 discriminator 17 view .LVU1076
	.loc 2 41 1 discriminator 17 view .LVU1077
	.loc 2 41 1 is_stmt 0 discriminator 17 view .LVU1078
	addq	$8, %rbp	#, vpc
.LVL238:
	.loc 2 41 1 discriminator 17 view .LVU1079
	jmp	*%rax	# gotovar.89_621
.LVL239:
	.p2align 4,,10
	.p2align 3
.L18:
.L19:
	.loc 2 39 1 is_stmt 1 discriminator 2 view .LVU1080
	.loc 2 39 1 discriminator 2 view .LVU1081
	.loc 2 39 1 discriminator 2 view .LVU1082
	.loc 2 39 1 discriminator 2 view .LVU1083
	.loc 2 39 1 discriminator 2 view .LVU1084
	leaq	8(%rdi), %rax	#, tmp620
	cmpq	%rax, %rbx	# tmp620, sp
	jb	.L263	#,
.L21:
.L22:
	.loc 2 39 1 discriminator 17 view .LVU1085
	.loc 2 39 1 discriminator 17 view .LVU1086
	.loc 2 40 5 discriminator 17 view .LVU1087
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 17 view .LVU1088
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 17 view .LVU1089
	subq	$8, %rbx	#, sp
.LVL240:
.LDL58:
	.loc 2 41 1 is_stmt 1 discriminator 17 view .LVU1090
	.loc 2 41 1 discriminator 17 view .LVU1091
	.loc 2 41 1 discriminator 17 view .LVU1092
	.loc 2 41 1 is_stmt 0 discriminator 17 view .LVU1093
	addq	$8, %rbp	#, vpc
.LVL241:
	.loc 2 41 1 discriminator 17 view .LVU1094
	jmp	*%rax	# gotovar.89_621
.LVL242:
	.p2align 4,,10
	.p2align 3
.L14:
.L16:
.L17:
	.loc 2 35 1 is_stmt 1 discriminator 17 view .LVU1095
	.loc 2 35 1 discriminator 17 view .LVU1096
	.loc 2 36 5 discriminator 17 view .LVU1097
.LBB43:
	.loc 2 36 5 discriminator 17 view .LVU1098
	movq	0(%rbp), %rax	# vpc_666(ab)->imm, v_
.LVL243:
	.loc 2 36 5 discriminator 17 view .LVU1099
	.loc 2 36 5 is_stmt 0 discriminator 17 view .LVU1100
	addq	$8, %rbx	#, sp
.LVL244:
	.loc 2 36 5 discriminator 17 view .LVU1101
.LBE43:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 17 view .LVU1102
	addq	$16, %rbp	#, vpc
.LVL245:
.LBB44:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 17 view .LVU1103
	movq	%rax, -8(%rbx)	# v_, *sp_667
.LDL59:
.LBE44:
	.loc 2 36 5 is_stmt 1 discriminator 17 view .LVU1104
	.loc 2 37 1 discriminator 17 view .LVU1105
	.loc 2 37 1 discriminator 17 view .LVU1106
.LVL246:
	.loc 2 37 1 discriminator 17 view .LVU1107
	movq	-8(%rbp), %rax	# MEM[(const union slot *)vpc_666(ab) + 8B].code, gotovar.89_621
.LVL247:
	.loc 2 37 1 is_stmt 0 discriminator 17 view .LVU1108
	jmp	*%rax	# gotovar.89_621
.LVL248:
	.p2align 4,,10
	.p2align 3
.L12:
.L13:
	.loc 2 35 1 is_stmt 1 discriminator 6 view .LVU1109
	.loc 2 35 1 discriminator 6 view .LVU1110
	.loc 2 35 1 discriminator 6 view .LVU1111
	.loc 2 35 1 discriminator 6 view .LVU1112
	.loc 2 35 1 discriminator 6 view .LVU1113
	.loc 2 35 1 discriminator 6 view .LVU1114
	.loc 2 35 1 discriminator 6 view .LVU1115
	.loc 2 35 1 discriminator 6 view .LVU1116
	leaq	32760(%rdi), %rax	#, tmp613
	cmpq	%rbx, %rax	# sp, tmp613
	jnb	.L17	#,
.LDL60:
	.loc 2 35 1 view .LVU1117
	.loc 2 35 1 view .LVU1118
	.loc 2 35 1 view .LVU1119
.LVL249:
	.loc 2 35 1 view .LVU1120
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1121
	leaq	-8(%rbp), %rax	#, tmp616
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1122
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1123
	subq	%r14, %rax	# slots, tmp617
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1124
	sarq	$3, %rdx	#, tmp614
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1125
	sarq	$3, %rax	#, tmp619
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1126
	movl	0(%r13,%rax,4), %ecx	# *_901, pretmp_940
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU1127
	movq	%rdx, %r10	# tmp614, arg
.LVL250:
	.loc 2 35 1 is_stmt 1 view .LVU1128
	jmp	.L15	#
.L6:
.LVL251:
	.p2align 4,,10
	.p2align 3
.L7:
.L8:
.L9:
.L10:
	.loc 2 32 1 discriminator 18 view .LVU1129
	.loc 2 32 1 discriminator 18 view .LVU1130
	.loc 2 33 1 discriminator 18 view .LVU1131
	.loc 2 33 1 discriminator 18 view .LVU1132
	.loc 2 33 1 discriminator 18 view .LVU1133
	.loc 2 33 1 is_stmt 0 discriminator 18 view .LVU1134
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL252:
	.loc 2 33 1 discriminator 18 view .LVU1135
	jmp	*%rax	# gotovar.89_621
.LVL253:
	.p2align 4,,10
	.p2align 3
.L5:
	.loc 2 32 1 is_stmt 1 discriminator 13 view .LVU1136
	.loc 2 32 1 discriminator 13 view .LVU1137
	.loc 2 32 1 discriminator 13 view .LVU1138
	.loc 2 32 1 discriminator 13 view .LVU1139
	.loc 2 32 1 discriminator 13 view .LVU1140
	.loc 2 32 1 discriminator 13 view .LVU1141
	.loc 2 32 1 discriminator 13 view .LVU1142
	.loc 2 32 1 discriminator 13 view .LVU1143
	.loc 2 32 1 discriminator 13 view .LVU1144
	.loc 2 32 1 discriminator 13 view .LVU1145
	.loc 2 32 1 discriminator 13 view .LVU1146
	.loc 2 32 1 discriminator 13 view .LVU1147
	.loc 2 32 1 discriminator 13 view .LVU1148
	.loc 2 32 1 discriminator 13 view .LVU1149
	.loc 2 32 1 discriminator 13 view .LVU1150
	.loc 2 32 1 discriminator 13 view .LVU1151
	.loc 2 33 1 discriminator 13 view .LVU1152
	.loc 2 33 1 discriminator 13 view .LVU1153
	.loc 2 33 1 discriminator 13 view .LVU1154
	.loc 2 33 1 is_stmt 0 discriminator 13 view .LVU1155
	movq	0(%rbp), %rax	# vpc_666(ab)->code, gotovar.89_621
	addq	$8, %rbp	#, vpc
.LVL254:
	.loc 2 33 1 discriminator 13 view .LVU1156
	jmp	*%rax	# gotovar.89_621
.LVL255:
	.p2align 4,,10
	.p2align 3
.L160:
	.loc 2 114 9 is_stmt 1 view .LVU1157
	.loc 2 114 9 view .LVU1158
	.loc 2 115 1 view .LVU1159
	.loc 2 115 1 view .LVU1160
	.loc 2 115 1 view .LVU1161
	.loc 2 115 1 is_stmt 0 view .LVU1162
	movq	24(%rbp), %rax	# MEM[(const union slot *)vpc_666(ab) + 24B].code, gotovar.89_621
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 view .LVU1163
	movq	%rdx, %rbx	# sp, sp
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU1164
	addq	$32, %rbp	#, vpc
.LVL256:
	.loc 2 115 1 view .LVU1165
	jmp	*%rax	# gotovar.89_621
.LVL257:
	.p2align 4,,10
	.p2align 3
.L152:
	.loc 2 109 9 is_stmt 1 view .LVU1166
	.loc 2 109 9 view .LVU1167
	.loc 2 110 1 view .LVU1168
	.loc 2 110 1 view .LVU1169
	.loc 2 110 1 view .LVU1170
	.loc 2 110 1 is_stmt 0 view .LVU1171
	movq	24(%rbp), %rax	# MEM[(const union slot *)vpc_666(ab) + 24B].code, gotovar.89_621
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 view .LVU1172
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU1173
	addq	$32, %rbp	#, vpc
.LVL258:
	.loc 2 110 1 view .LVU1174
	jmp	*%rax	# gotovar.89_621
.LVL259:
.L260:
.LBB45:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU1175
	negq	%rax	# iftmp.31_274
.LVL260:
	.loc 2 71 5 discriminator 1 view .LVU1176
	jmp	.L67	#
.LVL261:
.L247:
	.loc 2 71 5 discriminator 1 view .LVU1177
.LBE45:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1178
	leaq	-8(%rbp), %rax	#, tmp841
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU1179
	xorl	%r10d, %r10d	# arg
	movl	$7, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1180
	subq	%r14, %rax	# slots, tmp842
	sarq	$3, %rax	#, tmp844
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1181
	movl	0(%r13,%rax,4), %ecx	# *_928, pretmp_940
	jmp	.L15	#
.L259:
	.loc 2 138 5 view .LVU1182
	leaq	-8(%rbp), %rax	#, tmp706
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU1183
	movl	$1, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1184
	subq	%r14, %rax	# slots, tmp707
	sarq	$3, %rax	#, tmp709
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1185
	movl	0(%r13,%rax,4), %ecx	# *_938, pretmp_940
	jmp	.L15	#
.L248:
	.loc 2 138 5 view .LVU1186
	xorl	%r10d, %r10d	# arg
	movl	$7, %esi	#, st
	jmp	.L15	#
.LVL262:
.L254:
	.loc 2 138 5 view .LVU1187
	leaq	-8(%rbp), %rax	#, tmp904
.LVL263:
.LBB46:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1188
	xorl	%r10d, %r10d	# arg
	movl	$7, %esi	#, st
.LBE46:
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1189
	subq	%r14, %rax	# slots, tmp905
	sarq	$3, %rax	#, tmp907
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1190
	movl	0(%r13,%rax,4), %ecx	# *_924, pretmp_940
.LVL264:
	.loc 2 138 5 view .LVU1191
	jmp	.L15	#
.LVL265:
.L253:
	.loc 2 138 5 view .LVU1192
	leaq	-8(%rbp), %rax	#, tmp917
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU1193
	movl	$6, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1194
	subq	%r14, %rax	# slots, tmp918
	sarq	$3, %rax	#, tmp920
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1195
	movl	0(%r13,%rax,4), %ecx	# *_917, pretmp_940
	jmp	.L15	#
.L252:
	.loc 2 138 5 view .LVU1196
	leaq	-8(%rbp), %rax	#, tmp929
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU1197
	movl	$6, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1198
	subq	%r14, %rax	# slots, tmp930
	sarq	$3, %rax	#, tmp932
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1199
	movl	0(%r13,%rax,4), %ecx	# *_909, pretmp_940
	jmp	.L15	#
.L168:
	.loc 2 117 1 is_stmt 1 discriminator 18 view .LVU1200
	.loc 2 117 1 discriminator 18 view .LVU1201
	.loc 2 117 1 discriminator 18 view .LVU1202
	movq	24(%r12), %rax	# t_652(D)->nslots, tmp997
	salq	$3, %rax	#, _532
	leaq	-8(%rbp,%rax), %rdx	#, vpc
.LVL266:
	.loc 2 117 1 discriminator 18 view .LVU1203
	addq	%rax, %rbp	# _532, vpc
.LVL267:
	.loc 2 117 1 is_stmt 0 discriminator 18 view .LVU1204
	jmp	*(%rdx)	# vpc_550->code
.L258:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1205
	leaq	-8(%rbp), %rax	#, tmp719
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU1206
	movl	$1, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1207
	subq	%r14, %rax	# slots, tmp720
	sarq	$3, %rax	#, tmp722
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1208
	movl	0(%r13,%rax,4), %ecx	# *_903, pretmp_940
	jmp	.L15	#
.L249:
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1209
	movl	(%rdx), %ecx	# *_636, pretmp_940
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU1210
	xorl	%r10d, %r10d	# arg
	movl	$8, %esi	#, st
	jmp	.L15	#
.LVL268:
.L255:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1211
	leaq	-8(%rbp), %rax	#, tmp893
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU1212
	xorl	%r10d, %r10d	# arg
	movl	$7, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1213
	subq	%r14, %rax	# slots, tmp894
	sarq	$3, %rax	#, tmp896
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1214
	movl	0(%r13,%rax,4), %ecx	# *_931, pretmp_940
	jmp	.L15	#
.LVL269:
.L263:
.LDL61:
	.loc 2 39 1 is_stmt 1 view .LVU1215
	.loc 2 39 1 view .LVU1216
	.loc 2 39 1 view .LVU1217
	.loc 2 39 1 view .LVU1218
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1219
	leaq	-8(%rbp), %rax	#, tmp623
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1220
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1221
	subq	%r14, %rax	# slots, tmp624
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1222
	sarq	$3, %rdx	#, tmp621
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1223
	sarq	$3, %rax	#, tmp626
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1224
	movl	0(%r13,%rax,4), %ecx	# *_902, pretmp_940
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU1225
	movq	%rdx, %r10	# tmp621, arg
.LVL270:
	.loc 2 39 1 is_stmt 1 view .LVU1226
	jmp	.L15	#
.LVL271:
.L262:
.LDL62:
	.loc 2 43 1 view .LVU1227
	.loc 2 43 1 view .LVU1228
	.loc 2 43 1 view .LVU1229
	.loc 2 43 1 view .LVU1230
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1231
	leaq	-8(%rbp), %rax	#, tmp630
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1232
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1233
	subq	%r14, %rax	# slots, tmp631
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1234
	sarq	$3, %rdx	#, tmp628
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1235
	sarq	$3, %rax	#, tmp633
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1236
	movl	0(%r13,%rax,4), %ecx	# *_906, pretmp_940
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU1237
	movq	%rdx, %r10	# tmp628, arg
.LVL272:
	.loc 2 43 1 is_stmt 1 view .LVU1238
	jmp	.L15	#
.LVL273:
.L261:
.LDL63:
	.loc 2 51 1 view .LVU1239
	.loc 2 51 1 view .LVU1240
	.loc 2 51 1 view .LVU1241
	.loc 2 51 1 view .LVU1242
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1243
	leaq	-8(%rbp), %rax	#, tmp654
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1244
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1245
	subq	%r14, %rax	# slots, tmp655
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1246
	sarq	$3, %rdx	#, tmp652
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1247
	sarq	$3, %rax	#, tmp657
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1248
	movl	0(%r13,%rax,4), %ecx	# *_914, pretmp_940
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU1249
	movq	%rdx, %r10	# tmp652, arg
.LVL274:
	.loc 2 51 1 is_stmt 1 view .LVU1250
	jmp	.L15	#
.LVL275:
.L257:
.LDL64:
	.loc 2 80 1 view .LVU1251
	.loc 2 80 1 view .LVU1252
	.loc 2 80 1 view .LVU1253
	.loc 2 80 1 view .LVU1254
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1255
	leaq	-8(%rbp), %rax	#, tmp728
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU1256
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1257
	subq	%r14, %rax	# slots, tmp729
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU1258
	sarq	$3, %rdx	#, tmp726
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1259
	sarq	$3, %rax	#, tmp731
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1260
	movl	0(%r13,%rax,4), %ecx	# *_904, pretmp_940
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU1261
	movq	%rdx, %r10	# tmp726, arg
.LVL276:
	.loc 2 80 1 is_stmt 1 view .LVU1262
	jmp	.L15	#
.LVL277:
.L256:
.LDL65:
	.loc 2 84 1 view .LVU1263
	.loc 2 84 1 view .LVU1264
	.loc 2 84 1 view .LVU1265
	.loc 2 84 1 view .LVU1266
	movq	%rbx, %rdx	# sp, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1267
	leaq	-8(%rbp), %rax	#, tmp735
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU1268
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1269
	subq	%r14, %rax	# slots, tmp736
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU1270
	sarq	$3, %rdx	#, tmp733
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1271
	sarq	$3, %rax	#, tmp738
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1272
	movl	0(%r13,%rax,4), %ecx	# *_913, pretmp_940
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU1273
	movq	%rdx, %r10	# tmp733, arg
.LVL278:
	.loc 2 84 1 is_stmt 1 view .LVU1274
	jmp	.L15	#
.LVL279:
.L251:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 view .LVU1275
	leaq	-8(%rbp), %rax	#, tmp855
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU1276
	movl	$7, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1277
	subq	%r14, %rax	# slots, tmp856
	sarq	$3, %rax	#, tmp858
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1278
	movl	0(%r13,%rax,4), %ecx	# *_911, pretmp_940
.LVL280:
	.loc 2 138 5 view .LVU1279
	jmp	.L15	#
.LVL281:
.L250:
	.loc 2 138 5 view .LVU1280
	leaq	-8(%rbp), %rax	#, tmp869
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU1281
	xorl	%r10d, %r10d	# arg
	movl	$7, %esi	#, st
# dispatch/direct/direct.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1282
	subq	%r14, %rax	# slots, tmp870
	sarq	$3, %rax	#, tmp872
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1283
	movl	0(%r13,%rax,4), %ecx	# *_937, pretmp_940
	jmp	.L15	#
	.cfi_endproc
.LFE13:
	.size	engine, .-engine
	.p2align 4
	.type	run, @function
run:
.LVL282:
.LFB15:
	.loc 1 80 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 81 5 view .LVU1285
	.loc 1 82 5 view .LVU1286
# dispatch/direct/direct.c:80: {
	.loc 1 80 1 is_stmt 0 view .LVU1287
	movq	%rdx, %rsi	# tmp86, prepared
.LVL283:
# dispatch/direct/direct.c:82:     engine(vm, prepared, NULL);
	.loc 1 82 5 view .LVU1288
	xorl	%edx, %edx	#
.LVL284:
	.loc 1 82 5 view .LVU1289
	jmp	engine	#
.LVL285:
	.loc 1 82 5 view .LVU1290
	.cfi_endproc
.LFE15:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL286:
.LFB14:
	.loc 1 73 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 74 5 view .LVU1292
	.loc 1 75 5 view .LVU1293
# dispatch/direct/direct.c:73: {
	.loc 1 73 1 is_stmt 0 view .LVU1294
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# dispatch/direct/direct.c:75:     engine(NULL, NULL, &labels);
	.loc 1 75 5 view .LVU1295
	xorl	%esi, %esi	#
# dispatch/direct/direct.c:73: {
	.loc 1 73 1 view .LVU1296
	movq	%rdi, %rbx	# tmp87, p
# dispatch/direct/direct.c:75:     engine(NULL, NULL, &labels);
	.loc 1 75 5 view .LVU1297
	xorl	%edi, %edi	#
.LVL287:
# dispatch/direct/direct.c:73: {
	.loc 1 73 1 view .LVU1298
	subq	$16, %rsp	#,
	.cfi_def_cfa_offset 32
# dispatch/direct/direct.c:75:     engine(NULL, NULL, &labels);
	.loc 1 75 5 view .LVU1299
	leaq	8(%rsp), %rdx	#, tmp89
	call	engine	#
.LVL288:
	.loc 1 76 5 is_stmt 1 view .LVU1300
# dispatch/direct/direct.c:76:     return thread_new(p, labels, NULL);
	.loc 1 76 12 is_stmt 0 view .LVU1301
	movq	8(%rsp), %rsi	# labels,
# dispatch/direct/direct.c:77: }
	.loc 1 77 1 view .LVU1302
	addq	$16, %rsp	#,
	.cfi_def_cfa_offset 16
# dispatch/direct/direct.c:76:     return thread_new(p, labels, NULL);
	.loc 1 76 12 view .LVU1303
	xorl	%edx, %edx	#
	movq	%rbx, %rdi	# p,
# dispatch/direct/direct.c:77: }
	.loc 1 77 1 view .LVU1304
	popq	%rbx	#
	.cfi_def_cfa_offset 8
.LVL289:
# dispatch/direct/direct.c:76:     return thread_new(p, labels, NULL);
	.loc 1 76 12 view .LVU1305
	jmp	thread_new	#
.LVL290:
	.loc 1 76 12 view .LVU1306
	.cfi_endproc
.LFE14:
	.size	prepare, .-prepare
	.section	.rodata
	.align 32
	.type	table.0, @object
	.size	table.0, 544
table.0:
	.quad	.L5
	.quad	.L12
	.quad	.L18
	.quad	.L23
	.quad	.L29
	.quad	.L34
	.quad	.L40
	.quad	.L45
	.quad	.L50
	.quad	.L55
	.quad	.L60
	.quad	.L68
	.quad	.L75
	.quad	.L80
	.quad	.L85
	.quad	.L90
	.quad	.L95
	.quad	.L100
	.quad	.L105
	.quad	.L110
	.quad	.L115
	.quad	.L120
	.quad	.L125
	.quad	.L130
	.quad	.L135
	.quad	.L140
	.quad	.L147
	.quad	.L155
	.quad	.L163
	.quad	.L170
	.quad	.L176
	.quad	.L182
	.quad	.L188
	.quad	.L195
	.quad	.L7
	.quad	.L14
	.quad	.L20
	.quad	.L26
	.quad	.L31
	.quad	.L37
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
	.quad	.L166
	.quad	.L172
	.quad	.L178
	.quad	.L184
	.quad	.L190
	.quad	.L197
	.globl	dispatcher_direct
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"direct"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"direct-threaded code (DTC): a thread of handler addresses, goto *(vpc++)->code"
	.section	.rodata
	.align 32
	.type	dispatcher_direct, @object
	.size	dispatcher_direct, 72
dispatcher_direct:
# name:
	.quad	.LC0
# summary:
	.quad	.LC1
# prepare:
	.zero	8
	.quad	prepare
# release:
	.quad	thread_free
# run:
	.zero	16
	.quad	run
	.zero	8
	.text
.Letext0:
	.file 3 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 6 "/usr/include/setjmp.h"
	.file 7 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 8 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 13 "/usr/include/stdint.h"
	.file 14 "./isa/isa.h"
	.file 15 "./isa/program.h"
	.file 16 "./vm/vm.h"
	.file 17 "./vm/dispatch.h"
	.file 18 "./vm/interp.h"
	.file 19 "./vm/thread.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2665
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x22
	.long	.LASF703
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x8
	.long	.LASF4
	.byte	0x3
	.byte	0x1f
	.byte	0x12
	.long	0x3a
	.uleb128 0xc
	.long	0x51
	.long	0x4a
	.uleb128 0x10
	.long	0x4a
	.byte	0x7
	.byte	0
	.uleb128 0xb
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0xb
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0x23
	.byte	0x80
	.byte	0x4
	.byte	0x5
	.byte	0x9
	.long	0x6f
	.uleb128 0x4
	.long	.LASF6
	.byte	0x4
	.byte	0x7
	.byte	0x15
	.long	0x6f
	.byte	0
	.byte	0
	.uleb128 0xc
	.long	0x4a
	.long	0x7f
	.uleb128 0x10
	.long	0x4a
	.byte	0xf
	.byte	0
	.uleb128 0x8
	.long	.LASF5
	.byte	0x4
	.byte	0x8
	.byte	0x3
	.long	0x58
	.uleb128 0xe
	.long	.LASF25
	.byte	0xc8
	.byte	0x5
	.byte	0x1a
	.long	0xbf
	.uleb128 0x4
	.long	.LASF7
	.byte	0x5
	.byte	0x20
	.byte	0xf
	.long	0x2e
	.byte	0
	.uleb128 0x4
	.long	.LASF8
	.byte	0x5
	.byte	0x21
	.byte	0x9
	.long	0xbf
	.byte	0x40
	.uleb128 0x4
	.long	.LASF9
	.byte	0x5
	.byte	0x22
	.byte	0x10
	.long	0x7f
	.byte	0x48
	.byte	0
	.uleb128 0x24
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x8
	.long	.LASF10
	.byte	0x6
	.byte	0x20
	.byte	0x1e
	.long	0xd2
	.uleb128 0xc
	.long	0x8b
	.long	0xe2
	.uleb128 0x10
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	.LASF11
	.byte	0x7
	.byte	0xd6
	.byte	0x17
	.long	0x4a
	.uleb128 0xb
	.byte	0x4
	.byte	0x7
	.long	.LASF12
	.uleb128 0x25
	.byte	0x8
	.uleb128 0xb
	.byte	0x1
	.byte	0x8
	.long	.LASF13
	.uleb128 0xb
	.byte	0x2
	.byte	0x7
	.long	.LASF14
	.uleb128 0xb
	.byte	0x1
	.byte	0x6
	.long	.LASF15
	.uleb128 0x8
	.long	.LASF16
	.byte	0x8
	.byte	0x26
	.byte	0x17
	.long	0xf7
	.uleb128 0xb
	.byte	0x2
	.byte	0x5
	.long	.LASF17
	.uleb128 0x8
	.long	.LASF18
	.byte	0x8
	.byte	0x29
	.byte	0x14
	.long	0xbf
	.uleb128 0x8
	.long	.LASF19
	.byte	0x8
	.byte	0x2a
	.byte	0x16
	.long	0xee
	.uleb128 0x8
	.long	.LASF20
	.byte	0x8
	.byte	0x2c
	.byte	0x19
	.long	0x51
	.uleb128 0x8
	.long	.LASF21
	.byte	0x8
	.byte	0x2d
	.byte	0x1b
	.long	0x4a
	.uleb128 0x8
	.long	.LASF22
	.byte	0x8
	.byte	0x98
	.byte	0x19
	.long	0x51
	.uleb128 0x8
	.long	.LASF23
	.byte	0x8
	.byte	0x99
	.byte	0x1b
	.long	0x51
	.uleb128 0x6
	.long	0x16c
	.uleb128 0xb
	.byte	0x1
	.byte	0x6
	.long	.LASF24
	.uleb128 0xa
	.long	0x16c
	.uleb128 0xe
	.long	.LASF26
	.byte	0xd8
	.byte	0x9
	.byte	0x31
	.long	0x2fe
	.uleb128 0x4
	.long	.LASF27
	.byte	0x9
	.byte	0x33
	.byte	0x7
	.long	0xbf
	.byte	0
	.uleb128 0x4
	.long	.LASF28
	.byte	0x9
	.byte	0x36
	.byte	0x9
	.long	0x167
	.byte	0x8
	.uleb128 0x4
	.long	.LASF29
	.byte	0x9
	.byte	0x37
	.byte	0x9
	.long	0x167
	.byte	0x10
	.uleb128 0x4
	.long	.LASF30
	.byte	0x9
	.byte	0x38
	.byte	0x9
	.long	0x167
	.byte	0x18
	.uleb128 0x4
	.long	.LASF31
	.byte	0x9
	.byte	0x39
	.byte	0x9
	.long	0x167
	.byte	0x20
	.uleb128 0x4
	.long	.LASF32
	.byte	0x9
	.byte	0x3a
	.byte	0x9
	.long	0x167
	.byte	0x28
	.uleb128 0x4
	.long	.LASF33
	.byte	0x9
	.byte	0x3b
	.byte	0x9
	.long	0x167
	.byte	0x30
	.uleb128 0x4
	.long	.LASF34
	.byte	0x9
	.byte	0x3c
	.byte	0x9
	.long	0x167
	.byte	0x38
	.uleb128 0x4
	.long	.LASF35
	.byte	0x9
	.byte	0x3d
	.byte	0x9
	.long	0x167
	.byte	0x40
	.uleb128 0x4
	.long	.LASF36
	.byte	0x9
	.byte	0x40
	.byte	0x9
	.long	0x167
	.byte	0x48
	.uleb128 0x4
	.long	.LASF37
	.byte	0x9
	.byte	0x41
	.byte	0x9
	.long	0x167
	.byte	0x50
	.uleb128 0x4
	.long	.LASF38
	.byte	0x9
	.byte	0x42
	.byte	0x9
	.long	0x167
	.byte	0x58
	.uleb128 0x4
	.long	.LASF39
	.byte	0x9
	.byte	0x44
	.byte	0x16
	.long	0x317
	.byte	0x60
	.uleb128 0x4
	.long	.LASF40
	.byte	0x9
	.byte	0x46
	.byte	0x14
	.long	0x31c
	.byte	0x68
	.uleb128 0x4
	.long	.LASF41
	.byte	0x9
	.byte	0x48
	.byte	0x7
	.long	0xbf
	.byte	0x70
	.uleb128 0x4
	.long	.LASF42
	.byte	0x9
	.byte	0x49
	.byte	0x7
	.long	0xbf
	.byte	0x74
	.uleb128 0x4
	.long	.LASF43
	.byte	0x9
	.byte	0x4a
	.byte	0xb
	.long	0x14f
	.byte	0x78
	.uleb128 0x4
	.long	.LASF44
	.byte	0x9
	.byte	0x4d
	.byte	0x12
	.long	0xfe
	.byte	0x80
	.uleb128 0x4
	.long	.LASF45
	.byte	0x9
	.byte	0x4e
	.byte	0xf
	.long	0x105
	.byte	0x82
	.uleb128 0x4
	.long	.LASF46
	.byte	0x9
	.byte	0x4f
	.byte	0x8
	.long	0x321
	.byte	0x83
	.uleb128 0x4
	.long	.LASF47
	.byte	0x9
	.byte	0x51
	.byte	0xf
	.long	0x331
	.byte	0x88
	.uleb128 0x4
	.long	.LASF48
	.byte	0x9
	.byte	0x59
	.byte	0xd
	.long	0x15b
	.byte	0x90
	.uleb128 0x4
	.long	.LASF49
	.byte	0x9
	.byte	0x5b
	.byte	0x17
	.long	0x33b
	.byte	0x98
	.uleb128 0x4
	.long	.LASF50
	.byte	0x9
	.byte	0x5c
	.byte	0x19
	.long	0x345
	.byte	0xa0
	.uleb128 0x4
	.long	.LASF51
	.byte	0x9
	.byte	0x5d
	.byte	0x14
	.long	0x31c
	.byte	0xa8
	.uleb128 0x4
	.long	.LASF52
	.byte	0x9
	.byte	0x5e
	.byte	0x9
	.long	0xf5
	.byte	0xb0
	.uleb128 0x4
	.long	.LASF53
	.byte	0x9
	.byte	0x5f
	.byte	0xa
	.long	0xe2
	.byte	0xb8
	.uleb128 0x4
	.long	.LASF54
	.byte	0x9
	.byte	0x60
	.byte	0x7
	.long	0xbf
	.byte	0xc0
	.uleb128 0x4
	.long	.LASF55
	.byte	0x9
	.byte	0x62
	.byte	0x8
	.long	0x34a
	.byte	0xc4
	.byte	0
	.uleb128 0x8
	.long	.LASF56
	.byte	0xa
	.byte	0x7
	.byte	0x19
	.long	0x178
	.uleb128 0x26
	.long	.LASF704
	.byte	0x9
	.byte	0x2b
	.byte	0xe
	.uleb128 0x14
	.long	.LASF57
	.uleb128 0x6
	.long	0x312
	.uleb128 0x6
	.long	0x178
	.uleb128 0xc
	.long	0x16c
	.long	0x331
	.uleb128 0x10
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x30a
	.uleb128 0x14
	.long	.LASF58
	.uleb128 0x6
	.long	0x336
	.uleb128 0x14
	.long	.LASF59
	.uleb128 0x6
	.long	0x340
	.uleb128 0xc
	.long	0x16c
	.long	0x35a
	.uleb128 0x10
	.long	0x4a
	.byte	0x13
	.byte	0
	.uleb128 0x6
	.long	0x2fe
	.uleb128 0xb
	.byte	0x8
	.byte	0x5
	.long	.LASF60
	.uleb128 0xb
	.byte	0x10
	.byte	0x4
	.long	.LASF61
	.uleb128 0x8
	.long	.LASF62
	.byte	0xb
	.byte	0x1a
	.byte	0x13
	.long	0x11f
	.uleb128 0x8
	.long	.LASF63
	.byte	0xb
	.byte	0x1b
	.byte	0x13
	.long	0x137
	.uleb128 0x8
	.long	.LASF64
	.byte	0xc
	.byte	0x18
	.byte	0x13
	.long	0x10c
	.uleb128 0x8
	.long	.LASF65
	.byte	0xc
	.byte	0x1a
	.byte	0x14
	.long	0x12b
	.uleb128 0xa
	.long	0x391
	.uleb128 0x8
	.long	.LASF66
	.byte	0xc
	.byte	0x1b
	.byte	0x14
	.long	0x143
	.uleb128 0x8
	.long	.LASF67
	.byte	0xd
	.byte	0x5a
	.byte	0x1b
	.long	0x4a
	.uleb128 0x6
	.long	0x173
	.uleb128 0x8
	.long	.LASF68
	.byte	0xe
	.byte	0xa
	.byte	0x12
	.long	0x379
	.uleb128 0x8
	.long	.LASF69
	.byte	0xe
	.byte	0xb
	.byte	0x12
	.long	0x3a2
	.uleb128 0x15
	.long	.LASF105
	.long	0xee
	.byte	0xe
	.byte	0xd
	.long	0x4b9
	.uleb128 0x2
	.long	.LASF70
	.byte	0
	.uleb128 0x2
	.long	.LASF71
	.byte	0x1
	.uleb128 0x2
	.long	.LASF72
	.byte	0x2
	.uleb128 0x2
	.long	.LASF73
	.byte	0x3
	.uleb128 0x2
	.long	.LASF74
	.byte	0x4
	.uleb128 0x2
	.long	.LASF75
	.byte	0x5
	.uleb128 0x2
	.long	.LASF76
	.byte	0x6
	.uleb128 0x2
	.long	.LASF77
	.byte	0x7
	.uleb128 0x2
	.long	.LASF78
	.byte	0x8
	.uleb128 0x2
	.long	.LASF79
	.byte	0x9
	.uleb128 0x2
	.long	.LASF80
	.byte	0xa
	.uleb128 0x2
	.long	.LASF81
	.byte	0xb
	.uleb128 0x2
	.long	.LASF82
	.byte	0xc
	.uleb128 0x2
	.long	.LASF83
	.byte	0xd
	.uleb128 0x2
	.long	.LASF84
	.byte	0xe
	.uleb128 0x2
	.long	.LASF85
	.byte	0xf
	.uleb128 0x2
	.long	.LASF86
	.byte	0x10
	.uleb128 0x2
	.long	.LASF87
	.byte	0x11
	.uleb128 0x2
	.long	.LASF88
	.byte	0x12
	.uleb128 0x2
	.long	.LASF89
	.byte	0x13
	.uleb128 0x2
	.long	.LASF90
	.byte	0x14
	.uleb128 0x2
	.long	.LASF91
	.byte	0x15
	.uleb128 0x2
	.long	.LASF92
	.byte	0x16
	.uleb128 0x2
	.long	.LASF93
	.byte	0x17
	.uleb128 0x2
	.long	.LASF94
	.byte	0x18
	.uleb128 0x2
	.long	.LASF95
	.byte	0x19
	.uleb128 0x2
	.long	.LASF96
	.byte	0x1a
	.uleb128 0x2
	.long	.LASF97
	.byte	0x1b
	.uleb128 0x2
	.long	.LASF98
	.byte	0x1c
	.uleb128 0x2
	.long	.LASF99
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF100
	.byte	0x1e
	.uleb128 0x2
	.long	.LASF101
	.byte	0x1f
	.uleb128 0x2
	.long	.LASF102
	.byte	0x20
	.uleb128 0x2
	.long	.LASF103
	.byte	0x21
	.uleb128 0x2
	.long	.LASF104
	.byte	0x22
	.byte	0
	.uleb128 0x15
	.long	.LASF106
	.long	0xee
	.byte	0xe
	.byte	0x15
	.long	0x4ed
	.uleb128 0x2
	.long	.LASF107
	.byte	0
	.uleb128 0x2
	.long	.LASF108
	.byte	0x1
	.uleb128 0x2
	.long	.LASF109
	.byte	0x2
	.uleb128 0x2
	.long	.LASF110
	.byte	0x3
	.uleb128 0x2
	.long	.LASF111
	.byte	0x4
	.uleb128 0x2
	.long	.LASF112
	.byte	0x5
	.byte	0
	.uleb128 0xe
	.long	.LASF113
	.byte	0x10
	.byte	0xf
	.byte	0x13
	.long	0x514
	.uleb128 0x4
	.long	.LASF114
	.byte	0xf
	.byte	0x14
	.byte	0xe
	.long	0x167
	.byte	0
	.uleb128 0x4
	.long	.LASF115
	.byte	0xf
	.byte	0x15
	.byte	0xe
	.long	0x391
	.byte	0x8
	.byte	0
	.uleb128 0xe
	.long	.LASF116
	.byte	0x8
	.byte	0xf
	.byte	0x1d
	.long	0x53b
	.uleb128 0x4
	.long	.LASF117
	.byte	0xf
	.byte	0x1e
	.byte	0xd
	.long	0x36d
	.byte	0
	.uleb128 0x4
	.long	.LASF118
	.byte	0xf
	.byte	0x1f
	.byte	0xd
	.long	0x36d
	.byte	0x4
	.byte	0
	.uleb128 0xe
	.long	.LASF119
	.byte	0x50
	.byte	0xf
	.byte	0x22
	.long	0x5d7
	.uleb128 0x4
	.long	.LASF120
	.byte	0xf
	.byte	0x23
	.byte	0x11
	.long	0x3ba
	.byte	0
	.uleb128 0x4
	.long	.LASF121
	.byte	0xf
	.byte	0x24
	.byte	0x11
	.long	0x5dc
	.byte	0x8
	.uleb128 0x4
	.long	.LASF122
	.byte	0xf
	.byte	0x25
	.byte	0x11
	.long	0x391
	.byte	0x10
	.uleb128 0x4
	.long	.LASF123
	.byte	0xf
	.byte	0x26
	.byte	0x11
	.long	0x391
	.byte	0x14
	.uleb128 0xf
	.string	"ord"
	.byte	0xf
	.byte	0x27
	.byte	0x11
	.long	0x5e1
	.byte	0x18
	.uleb128 0x4
	.long	.LASF115
	.byte	0xf
	.byte	0x29
	.byte	0x11
	.long	0x5e1
	.byte	0x20
	.uleb128 0x4
	.long	.LASF124
	.byte	0xf
	.byte	0x2a
	.byte	0x11
	.long	0x5e1
	.byte	0x28
	.uleb128 0x4
	.long	.LASF125
	.byte	0xf
	.byte	0x2b
	.byte	0x13
	.long	0x5e6
	.byte	0x30
	.uleb128 0x4
	.long	.LASF126
	.byte	0xf
	.byte	0x2c
	.byte	0x11
	.long	0x391
	.byte	0x38
	.uleb128 0x4
	.long	.LASF127
	.byte	0xf
	.byte	0x2e
	.byte	0x11
	.long	0x5dc
	.byte	0x40
	.uleb128 0x4
	.long	.LASF116
	.byte	0xf
	.byte	0x2f
	.byte	0x13
	.long	0x5eb
	.byte	0x48
	.byte	0
	.uleb128 0xa
	.long	0x53b
	.uleb128 0x6
	.long	0x385
	.uleb128 0x6
	.long	0x391
	.uleb128 0x6
	.long	0x4ed
	.uleb128 0x6
	.long	0x514
	.uleb128 0x15
	.long	.LASF128
	.long	0xee
	.byte	0x10
	.byte	0xf
	.long	0x636
	.uleb128 0x2
	.long	.LASF129
	.byte	0
	.uleb128 0x2
	.long	.LASF130
	.byte	0x1
	.uleb128 0x2
	.long	.LASF131
	.byte	0x2
	.uleb128 0x2
	.long	.LASF132
	.byte	0x3
	.uleb128 0x2
	.long	.LASF133
	.byte	0x4
	.uleb128 0x2
	.long	.LASF134
	.byte	0x5
	.uleb128 0x2
	.long	.LASF135
	.byte	0x6
	.uleb128 0x2
	.long	.LASF136
	.byte	0x7
	.uleb128 0x2
	.long	.LASF137
	.byte	0x8
	.byte	0
	.uleb128 0xe
	.long	.LASF138
	.byte	0x20
	.byte	0x10
	.byte	0x1b
	.long	0x677
	.uleb128 0x4
	.long	.LASF128
	.byte	0x10
	.byte	0x1c
	.byte	0x11
	.long	0x5f0
	.byte	0
	.uleb128 0xf
	.string	"arg"
	.byte	0x10
	.byte	0x1d
	.byte	0x11
	.long	0x3bf
	.byte	0x8
	.uleb128 0xf
	.string	"ord"
	.byte	0x10
	.byte	0x1e
	.byte	0x11
	.long	0x391
	.byte	0x10
	.uleb128 0x4
	.long	.LASF123
	.byte	0x10
	.byte	0x1f
	.byte	0x11
	.long	0x379
	.byte	0x18
	.byte	0
	.uleb128 0x19
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x6d2
	.uleb128 0xf
	.string	"f"
	.byte	0x10
	.byte	0x27
	.byte	0xe
	.long	0x35a
	.byte	0
	.uleb128 0xf
	.string	"len"
	.byte	0x10
	.byte	0x28
	.byte	0xe
	.long	0xe2
	.byte	0x8
	.uleb128 0x4
	.long	.LASF139
	.byte	0x10
	.byte	0x29
	.byte	0xe
	.long	0x3a2
	.byte	0x10
	.uleb128 0x4
	.long	.LASF140
	.byte	0x10
	.byte	0x2a
	.byte	0xe
	.long	0x3a2
	.byte	0x18
	.uleb128 0x4
	.long	.LASF141
	.byte	0x10
	.byte	0x2b
	.byte	0xe
	.long	0xbf
	.byte	0x20
	.uleb128 0xf
	.string	"buf"
	.byte	0x10
	.byte	0x2c
	.byte	0xe
	.long	0x6d2
	.byte	0x24
	.byte	0
	.uleb128 0xc
	.long	0x16c
	.long	0x6e3
	.uleb128 0x16
	.long	0x4a
	.value	0xffff
	.byte	0
	.uleb128 0x19
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x773
	.uleb128 0x4
	.long	.LASF142
	.byte	0x10
	.byte	0x30
	.byte	0x11
	.long	0x773
	.byte	0
	.uleb128 0x27
	.long	.LASF143
	.byte	0x10
	.byte	0x34
	.byte	0x11
	.long	0x784
	.value	0x8008
	.uleb128 0x1a
	.string	"mem"
	.byte	0x36
	.long	0x795
	.long	0x10008
	.uleb128 0x11
	.long	.LASF144
	.byte	0x37
	.byte	0x11
	.long	0x379
	.long	0x10010
	.uleb128 0x11
	.long	.LASF145
	.byte	0x38
	.byte	0x11
	.long	0x379
	.long	0x10018
	.uleb128 0x11
	.long	.LASF146
	.byte	0x3a
	.byte	0x1b
	.long	0x79a
	.long	0x10020
	.uleb128 0x11
	.long	.LASF138
	.byte	0x3b
	.byte	0x13
	.long	0x636
	.long	0x10028
	.uleb128 0x11
	.long	.LASF147
	.byte	0x3c
	.byte	0x11
	.long	0xc6
	.long	0x10048
	.uleb128 0x1a
	.string	"out"
	.byte	0x3d
	.long	0x677
	.long	0x10110
	.byte	0
	.uleb128 0xc
	.long	0x3bf
	.long	0x784
	.uleb128 0x16
	.long	0x4a
	.value	0x1000
	.byte	0
	.uleb128 0xc
	.long	0x3ae
	.long	0x795
	.uleb128 0x16
	.long	0x4a
	.value	0xfff
	.byte	0
	.uleb128 0x6
	.long	0x3bf
	.uleb128 0x6
	.long	0x5d7
	.uleb128 0xe
	.long	.LASF148
	.byte	0x48
	.byte	0x11
	.byte	0x10
	.long	0x821
	.uleb128 0x4
	.long	.LASF114
	.byte	0x11
	.byte	0x11
	.byte	0x11
	.long	0x3ba
	.byte	0
	.uleb128 0x4
	.long	.LASF149
	.byte	0x11
	.byte	0x12
	.byte	0x11
	.long	0x3ba
	.byte	0x8
	.uleb128 0x4
	.long	.LASF150
	.byte	0x11
	.byte	0x15
	.byte	0x13
	.long	0x82b
	.byte	0x10
	.uleb128 0x4
	.long	.LASF151
	.byte	0x11
	.byte	0x1a
	.byte	0xd
	.long	0x83f
	.byte	0x18
	.uleb128 0x4
	.long	.LASF152
	.byte	0x11
	.byte	0x1b
	.byte	0xd
	.long	0x84f
	.byte	0x20
	.uleb128 0x4
	.long	.LASF153
	.byte	0x11
	.byte	0x21
	.byte	0x13
	.long	0x82b
	.byte	0x28
	.uleb128 0x4
	.long	.LASF154
	.byte	0x11
	.byte	0x27
	.byte	0x9
	.long	0xbf
	.byte	0x30
	.uleb128 0xf
	.string	"run"
	.byte	0x11
	.byte	0x2b
	.byte	0xd
	.long	0x86e
	.byte	0x38
	.uleb128 0x4
	.long	.LASF155
	.byte	0x11
	.byte	0x31
	.byte	0xd
	.long	0x88e
	.byte	0x40
	.byte	0
	.uleb128 0xa
	.long	0x79f
	.uleb128 0x28
	.long	0x3ba
	.uleb128 0x6
	.long	0x826
	.uleb128 0x29
	.long	0xf5
	.long	0x83f
	.uleb128 0x9
	.long	0x79a
	.byte	0
	.uleb128 0x6
	.long	0x830
	.uleb128 0x17
	.long	0x84f
	.uleb128 0x9
	.long	0xf5
	.byte	0
	.uleb128 0x6
	.long	0x844
	.uleb128 0x17
	.long	0x869
	.uleb128 0x9
	.long	0x869
	.uleb128 0x9
	.long	0x79a
	.uleb128 0x9
	.long	0xf5
	.byte	0
	.uleb128 0x6
	.long	0x6e3
	.uleb128 0x6
	.long	0x854
	.uleb128 0x17
	.long	0x883
	.uleb128 0x9
	.long	0x883
	.uleb128 0x9
	.long	0x35a
	.byte	0
	.uleb128 0x6
	.long	0x88d
	.uleb128 0xa
	.long	0x883
	.uleb128 0x2a
	.uleb128 0x6
	.long	0x873
	.uleb128 0x1b
	.long	0xee
	.byte	0x2c
	.long	0xb02
	.uleb128 0x2
	.long	.LASF156
	.byte	0
	.uleb128 0x2
	.long	.LASF157
	.byte	0
	.uleb128 0x2
	.long	.LASF158
	.byte	0
	.uleb128 0x2
	.long	.LASF159
	.byte	0
	.uleb128 0x2
	.long	.LASF160
	.byte	0x1
	.uleb128 0x2
	.long	.LASF161
	.byte	0
	.uleb128 0x2
	.long	.LASF162
	.byte	0x1
	.uleb128 0x2
	.long	.LASF163
	.byte	0
	.uleb128 0x2
	.long	.LASF164
	.byte	0
	.uleb128 0x2
	.long	.LASF165
	.byte	0x1
	.uleb128 0x2
	.long	.LASF166
	.byte	0x2
	.uleb128 0x2
	.long	.LASF167
	.byte	0
	.uleb128 0x2
	.long	.LASF168
	.byte	0x2
	.uleb128 0x2
	.long	.LASF169
	.byte	0x2
	.uleb128 0x2
	.long	.LASF170
	.byte	0
	.uleb128 0x2
	.long	.LASF171
	.byte	0x2
	.uleb128 0x2
	.long	.LASF172
	.byte	0x3
	.uleb128 0x2
	.long	.LASF173
	.byte	0
	.uleb128 0x2
	.long	.LASF174
	.byte	0x3
	.uleb128 0x2
	.long	.LASF175
	.byte	0x3
	.uleb128 0x2
	.long	.LASF176
	.byte	0
	.uleb128 0x2
	.long	.LASF177
	.byte	0x2
	.uleb128 0x2
	.long	.LASF178
	.byte	0x1
	.uleb128 0x2
	.long	.LASF179
	.byte	0
	.uleb128 0x2
	.long	.LASF180
	.byte	0x2
	.uleb128 0x2
	.long	.LASF181
	.byte	0x1
	.uleb128 0x2
	.long	.LASF182
	.byte	0
	.uleb128 0x2
	.long	.LASF183
	.byte	0x2
	.uleb128 0x2
	.long	.LASF184
	.byte	0x1
	.uleb128 0x2
	.long	.LASF185
	.byte	0
	.uleb128 0x2
	.long	.LASF186
	.byte	0x2
	.uleb128 0x2
	.long	.LASF187
	.byte	0x1
	.uleb128 0x2
	.long	.LASF188
	.byte	0
	.uleb128 0x2
	.long	.LASF189
	.byte	0x2
	.uleb128 0x2
	.long	.LASF190
	.byte	0x1
	.uleb128 0x2
	.long	.LASF191
	.byte	0
	.uleb128 0x2
	.long	.LASF192
	.byte	0x1
	.uleb128 0x2
	.long	.LASF193
	.byte	0x1
	.uleb128 0x2
	.long	.LASF194
	.byte	0
	.uleb128 0x2
	.long	.LASF195
	.byte	0x1
	.uleb128 0x2
	.long	.LASF196
	.byte	0x1
	.uleb128 0x2
	.long	.LASF197
	.byte	0
	.uleb128 0x2
	.long	.LASF198
	.byte	0x2
	.uleb128 0x2
	.long	.LASF199
	.byte	0x1
	.uleb128 0x2
	.long	.LASF200
	.byte	0
	.uleb128 0x2
	.long	.LASF201
	.byte	0x2
	.uleb128 0x2
	.long	.LASF202
	.byte	0x1
	.uleb128 0x2
	.long	.LASF203
	.byte	0
	.uleb128 0x2
	.long	.LASF204
	.byte	0x2
	.uleb128 0x2
	.long	.LASF205
	.byte	0x1
	.uleb128 0x2
	.long	.LASF206
	.byte	0
	.uleb128 0x2
	.long	.LASF207
	.byte	0x2
	.uleb128 0x2
	.long	.LASF208
	.byte	0x1
	.uleb128 0x2
	.long	.LASF209
	.byte	0
	.uleb128 0x2
	.long	.LASF210
	.byte	0x2
	.uleb128 0x2
	.long	.LASF211
	.byte	0x1
	.uleb128 0x2
	.long	.LASF212
	.byte	0
	.uleb128 0x2
	.long	.LASF213
	.byte	0x2
	.uleb128 0x2
	.long	.LASF214
	.byte	0x1
	.uleb128 0x2
	.long	.LASF215
	.byte	0
	.uleb128 0x2
	.long	.LASF216
	.byte	0x2
	.uleb128 0x2
	.long	.LASF217
	.byte	0x1
	.uleb128 0x2
	.long	.LASF218
	.byte	0
	.uleb128 0x2
	.long	.LASF219
	.byte	0x2
	.uleb128 0x2
	.long	.LASF220
	.byte	0x1
	.uleb128 0x2
	.long	.LASF221
	.byte	0
	.uleb128 0x2
	.long	.LASF222
	.byte	0x2
	.uleb128 0x2
	.long	.LASF223
	.byte	0x1
	.uleb128 0x2
	.long	.LASF224
	.byte	0
	.uleb128 0x2
	.long	.LASF225
	.byte	0x2
	.uleb128 0x2
	.long	.LASF226
	.byte	0x1
	.uleb128 0x2
	.long	.LASF227
	.byte	0
	.uleb128 0x2
	.long	.LASF228
	.byte	0x2
	.uleb128 0x2
	.long	.LASF229
	.byte	0x1
	.uleb128 0x2
	.long	.LASF230
	.byte	0
	.uleb128 0x2
	.long	.LASF231
	.byte	0
	.uleb128 0x2
	.long	.LASF232
	.byte	0
	.uleb128 0x2
	.long	.LASF233
	.byte	0x1
	.uleb128 0x2
	.long	.LASF234
	.byte	0x1
	.uleb128 0x2
	.long	.LASF235
	.byte	0
	.uleb128 0x2
	.long	.LASF236
	.byte	0x2
	.uleb128 0x2
	.long	.LASF237
	.byte	0x1
	.uleb128 0x2
	.long	.LASF238
	.byte	0
	.uleb128 0x2
	.long	.LASF239
	.byte	0x2
	.uleb128 0x2
	.long	.LASF240
	.byte	0
	.uleb128 0x2
	.long	.LASF241
	.byte	0
	.uleb128 0x2
	.long	.LASF242
	.byte	0x3
	.uleb128 0x2
	.long	.LASF243
	.byte	0
	.uleb128 0x2
	.long	.LASF244
	.byte	0
	.uleb128 0x2
	.long	.LASF245
	.byte	0x4
	.uleb128 0x2
	.long	.LASF246
	.byte	0x1
	.uleb128 0x2
	.long	.LASF247
	.byte	0x1
	.uleb128 0x2
	.long	.LASF248
	.byte	0
	.uleb128 0x2
	.long	.LASF249
	.byte	0x2
	.uleb128 0x2
	.long	.LASF250
	.byte	0
	.uleb128 0x2
	.long	.LASF251
	.byte	0
	.uleb128 0x2
	.long	.LASF252
	.byte	0x1
	.uleb128 0x2
	.long	.LASF253
	.byte	0
	.uleb128 0x2
	.long	.LASF254
	.byte	0
	.uleb128 0x2
	.long	.LASF255
	.byte	0
	.uleb128 0x2
	.long	.LASF256
	.byte	0
	.uleb128 0x2
	.long	.LASF257
	.byte	0x5
	.byte	0
	.uleb128 0x1b
	.long	0xee
	.byte	0x3b
	.long	0xbd9
	.uleb128 0x2
	.long	.LASF258
	.byte	0
	.uleb128 0x2
	.long	.LASF259
	.byte	0x1
	.uleb128 0x2
	.long	.LASF260
	.byte	0
	.uleb128 0x2
	.long	.LASF261
	.byte	0
	.uleb128 0x2
	.long	.LASF262
	.byte	0
	.uleb128 0x2
	.long	.LASF263
	.byte	0
	.uleb128 0x2
	.long	.LASF264
	.byte	0
	.uleb128 0x2
	.long	.LASF265
	.byte	0
	.uleb128 0x2
	.long	.LASF266
	.byte	0
	.uleb128 0x2
	.long	.LASF267
	.byte	0
	.uleb128 0x2
	.long	.LASF268
	.byte	0
	.uleb128 0x2
	.long	.LASF269
	.byte	0
	.uleb128 0x2
	.long	.LASF270
	.byte	0
	.uleb128 0x2
	.long	.LASF271
	.byte	0
	.uleb128 0x2
	.long	.LASF272
	.byte	0
	.uleb128 0x2
	.long	.LASF273
	.byte	0
	.uleb128 0x2
	.long	.LASF274
	.byte	0
	.uleb128 0x2
	.long	.LASF275
	.byte	0
	.uleb128 0x2
	.long	.LASF276
	.byte	0
	.uleb128 0x2
	.long	.LASF277
	.byte	0
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
	.byte	0
	.uleb128 0x2
	.long	.LASF283
	.byte	0x3
	.uleb128 0x2
	.long	.LASF284
	.byte	0x3
	.uleb128 0x2
	.long	.LASF285
	.byte	0x3
	.uleb128 0x2
	.long	.LASF286
	.byte	0x4
	.uleb128 0x2
	.long	.LASF287
	.byte	0x1
	.uleb128 0x2
	.long	.LASF288
	.byte	0
	.uleb128 0x2
	.long	.LASF289
	.byte	0
	.uleb128 0x2
	.long	.LASF290
	.byte	0
	.uleb128 0x2
	.long	.LASF291
	.byte	0
	.byte	0
	.uleb128 0x2b
	.long	.LASF705
	.byte	0x8
	.byte	0x13
	.byte	0x39
	.byte	0x7
	.long	0xc22
	.uleb128 0x12
	.long	.LASF121
	.byte	0x3a
	.long	0x883
	.uleb128 0x1c
	.string	"fn"
	.byte	0x3b
	.long	0xc28
	.uleb128 0x1c
	.string	"imm"
	.byte	0x3c
	.long	0x3bf
	.uleb128 0x12
	.long	.LASF292
	.byte	0x3d
	.long	0xc32
	.uleb128 0x12
	.long	.LASF123
	.byte	0x3e
	.long	0x379
	.uleb128 0x12
	.long	.LASF116
	.byte	0x3f
	.long	0x514
	.byte	0
	.uleb128 0xa
	.long	0xbd9
	.uleb128 0x2c
	.uleb128 0x6
	.long	0xc27
	.uleb128 0xa
	.long	0xc28
	.uleb128 0x6
	.long	0xc22
	.uleb128 0xa
	.long	0xc32
	.uleb128 0xe
	.long	.LASF293
	.byte	0x20
	.byte	0x13
	.byte	0x42
	.long	0xc7d
	.uleb128 0x4
	.long	.LASF294
	.byte	0x13
	.byte	0x43
	.byte	0x11
	.long	0xc82
	.byte	0
	.uleb128 0xf
	.string	"ord"
	.byte	0x13
	.byte	0x44
	.byte	0x11
	.long	0x5e1
	.byte	0x8
	.uleb128 0x4
	.long	.LASF295
	.byte	0x13
	.byte	0x45
	.byte	0x11
	.long	0x5e1
	.byte	0x10
	.uleb128 0x4
	.long	.LASF296
	.byte	0x13
	.byte	0x47
	.byte	0x11
	.long	0xe2
	.byte	0x18
	.byte	0
	.uleb128 0xa
	.long	0xc3c
	.uleb128 0x6
	.long	0xbd9
	.uleb128 0x2d
	.long	.LASF372
	.byte	0x1
	.byte	0x55
	.byte	0x19
	.long	0x821
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_direct
	.uleb128 0x1d
	.long	.LASF297
	.byte	0x13
	.byte	0x4d
	.byte	0x10
	.long	0xcbd
	.long	0xcbd
	.uleb128 0x9
	.long	0x79a
	.uleb128 0x9
	.long	0xcc2
	.uleb128 0x9
	.long	0xcc7
	.byte	0
	.uleb128 0x6
	.long	0xc3c
	.uleb128 0x6
	.long	0x888
	.uleb128 0x6
	.long	0xc2d
	.uleb128 0x1e
	.long	.LASF299
	.byte	0x10
	.byte	0x4f
	.byte	0x7
	.long	0xcf2
	.uleb128 0x9
	.long	0x869
	.uleb128 0x9
	.long	0x5f0
	.uleb128 0x9
	.long	0x3bf
	.uleb128 0x9
	.long	0x391
	.uleb128 0x9
	.long	0x379
	.byte	0
	.uleb128 0x1d
	.long	.LASF298
	.byte	0x10
	.byte	0x4a
	.byte	0x7
	.long	0xbf
	.long	0xd0d
	.uleb128 0x9
	.long	0x869
	.uleb128 0x9
	.long	0x3bf
	.byte	0
	.uleb128 0x1e
	.long	.LASF300
	.byte	0x13
	.byte	0x4f
	.byte	0x6
	.long	0xd1f
	.uleb128 0x9
	.long	0xf5
	.byte	0
	.uleb128 0x2e
	.string	"run"
	.byte	0x1
	.byte	0x4f
	.byte	0xd
	.quad	.LFB15
	.quad	.LFE15-.LFB15
	.uleb128 0x1
	.byte	0x9c
	.long	0xd97
	.uleb128 0x13
	.string	"vm"
	.byte	0x4f
	.byte	0x1c
	.long	0x869
	.long	.LLST71
	.long	.LVUS71
	.uleb128 0x18
	.long	.LASF146
	.byte	0x4f
	.byte	0x36
	.long	0x79a
	.long	.LLST72
	.long	.LVUS72
	.uleb128 0x18
	.long	.LASF301
	.byte	0x4f
	.byte	0x42
	.long	0xf5
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x1f
	.quad	.LVL285
	.long	0xe15
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x2f
	.long	.LASF151
	.byte	0x1
	.byte	0x48
	.byte	0xe
	.long	0xf5
	.quad	.LFB14
	.quad	.LFE14-.LFB14
	.uleb128 0x1
	.byte	0x9c
	.long	0xe15
	.uleb128 0x13
	.string	"p"
	.byte	0x48
	.byte	0x2c
	.long	0x79a
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x20
	.long	.LASF125
	.byte	0x4a
	.byte	0x18
	.long	0xcc2
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.uleb128 0x30
	.quad	.LVL288
	.long	0xe15
	.long	0xdfa
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x91
	.sleb128 -24
	.byte	0
	.uleb128 0x1f
	.quad	.LVL290
	.long	0xc9d
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x31
	.long	.LASF302
	.byte	0x1
	.byte	0x13
	.byte	0xd
	.quad	.LFB13
	.quad	.LFE13-.LFB13
	.uleb128 0x1
	.byte	0x9c
	.long	0x263a
	.uleb128 0x13
	.string	"vm"
	.byte	0x13
	.byte	0x1f
	.long	0x869
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x13
	.string	"t"
	.byte	0x13
	.byte	0x38
	.long	0x263a
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x18
	.long	.LASF125
	.byte	0x13
	.byte	0x4f
	.long	0x263f
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x20
	.long	.LASF303
	.byte	0x15
	.byte	0x1e
	.long	0x2654
	.uleb128 0x9
	.byte	0x3
	.quad	table.0
	.uleb128 0x1
	.long	.LASF304
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L5
	.uleb128 0x1
	.long	.LASF305
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L7
	.uleb128 0x1
	.long	.LASF306
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L12
	.uleb128 0x1
	.long	.LASF307
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L14
	.uleb128 0x1
	.long	.LASF308
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L18
	.uleb128 0x1
	.long	.LASF309
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L20
	.uleb128 0x1
	.long	.LASF310
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L23
	.uleb128 0x1
	.long	.LASF311
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L26
	.uleb128 0x1
	.long	.LASF312
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L29
	.uleb128 0x1
	.long	.LASF313
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L31
	.uleb128 0x1
	.long	.LASF314
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L34
	.uleb128 0x1
	.long	.LASF315
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L37
	.uleb128 0x1
	.long	.LASF316
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L40
	.uleb128 0x1
	.long	.LASF317
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L42
	.uleb128 0x1
	.long	.LASF318
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L45
	.uleb128 0x1
	.long	.LASF319
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L47
	.uleb128 0x1
	.long	.LASF320
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L50
	.uleb128 0x1
	.long	.LASF321
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L52
	.uleb128 0x1
	.long	.LASF322
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L55
	.uleb128 0x1
	.long	.LASF323
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L57
	.uleb128 0x1
	.long	.LASF324
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L60
	.uleb128 0x1
	.long	.LASF325
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L62
	.uleb128 0x1
	.long	.LASF326
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L68
	.uleb128 0x1
	.long	.LASF327
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L70
	.uleb128 0x1
	.long	.LASF328
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L75
	.uleb128 0x1
	.long	.LASF329
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L77
	.uleb128 0x1
	.long	.LASF330
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L80
	.uleb128 0x1
	.long	.LASF331
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L82
	.uleb128 0x1
	.long	.LASF332
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L85
	.uleb128 0x1
	.long	.LASF333
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L87
	.uleb128 0x1
	.long	.LASF334
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L90
	.uleb128 0x1
	.long	.LASF335
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L92
	.uleb128 0x1
	.long	.LASF336
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L95
	.uleb128 0x1
	.long	.LASF337
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L97
	.uleb128 0x1
	.long	.LASF338
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L100
	.uleb128 0x1
	.long	.LASF339
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L102
	.uleb128 0x1
	.long	.LASF340
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L105
	.uleb128 0x1
	.long	.LASF341
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L107
	.uleb128 0x1
	.long	.LASF342
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L110
	.uleb128 0x1
	.long	.LASF343
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L112
	.uleb128 0x1
	.long	.LASF344
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L115
	.uleb128 0x1
	.long	.LASF345
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L117
	.uleb128 0x1
	.long	.LASF346
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L120
	.uleb128 0x1
	.long	.LASF347
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L122
	.uleb128 0x1
	.long	.LASF348
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L125
	.uleb128 0x1
	.long	.LASF349
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L127
	.uleb128 0x1
	.long	.LASF350
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L130
	.uleb128 0x1
	.long	.LASF351
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L132
	.uleb128 0x1
	.long	.LASF352
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L135
	.uleb128 0x1
	.long	.LASF353
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L137
	.uleb128 0x1
	.long	.LASF354
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L140
	.uleb128 0x1
	.long	.LASF355
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L142
	.uleb128 0x1
	.long	.LASF356
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L147
	.uleb128 0x1
	.long	.LASF357
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L149
	.uleb128 0x1
	.long	.LASF358
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L155
	.uleb128 0x1
	.long	.LASF359
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L157
	.uleb128 0x1
	.long	.LASF360
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L163
	.uleb128 0x1
	.long	.LASF361
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L166
	.uleb128 0x1
	.long	.LASF362
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L170
	.uleb128 0x1
	.long	.LASF363
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L172
	.uleb128 0x1
	.long	.LASF364
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L176
	.uleb128 0x1
	.long	.LASF365
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L178
	.uleb128 0x1
	.long	.LASF366
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L182
	.uleb128 0x1
	.long	.LASF367
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L184
	.uleb128 0x1
	.long	.LASF368
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L188
	.uleb128 0x1
	.long	.LASF369
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L190
	.uleb128 0x1
	.long	.LASF370
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L195
	.uleb128 0x1
	.long	.LASF371
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L197
	.uleb128 0x21
	.long	.LASF294
	.byte	0x1e
	.byte	0x1d
	.long	0xc37
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x5
	.string	"ord"
	.byte	0x1
	.byte	0x1f
	.byte	0x1b
	.long	0x265e
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x5
	.string	"vpc"
	.byte	0x1
	.byte	0x20
	.byte	0x17
	.long	0xc32
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.string	"sp"
	.byte	0x1
	.byte	0x21
	.byte	0xb
	.long	0x795
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x5
	.string	"rsp"
	.byte	0x1
	.byte	0x22
	.byte	0x10
	.long	0x2663
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x21
	.long	.LASF373
	.byte	0x23
	.byte	0xd
	.long	0x379
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x5
	.string	"st"
	.byte	0x1
	.byte	0x24
	.byte	0x11
	.long	0x5f0
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x5
	.string	"arg"
	.byte	0x1
	.byte	0x25
	.byte	0xa
	.long	0x3bf
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x1
	.long	.LASF374
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L6
	.uleb128 0x3
	.long	.LASF376
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF375
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.quad	.L15
	.uleb128 0x3
	.long	.LASF377
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF378
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF379
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF380
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L9
	.uleb128 0x1
	.long	.LASF381
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L8
	.uleb128 0x3
	.long	.LASF382
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF383
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L10
	.uleb128 0x1
	.long	.LASF384
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L13
	.uleb128 0x3
	.long	.LASF385
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF386
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.LDL60
	.uleb128 0x3
	.long	.LASF387
	.byte	0x23
	.byte	0x1
	.uleb128 0x3
	.long	.LASF388
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF389
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L17
	.uleb128 0x1
	.long	.LASF390
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L16
	.uleb128 0x3
	.long	.LASF391
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF392
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL59
	.uleb128 0x1
	.long	.LASF393
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L19
	.uleb128 0x1
	.long	.LASF394
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.LDL61
	.uleb128 0x3
	.long	.LASF395
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF396
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF397
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF398
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L22
	.uleb128 0x1
	.long	.LASF399
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L21
	.uleb128 0x3
	.long	.LASF400
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF401
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL58
	.uleb128 0x1
	.long	.LASF402
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L24
	.uleb128 0x1
	.long	.LASF403
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL62
	.uleb128 0x1
	.long	.LASF404
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL57
	.uleb128 0x3
	.long	.LASF405
	.byte	0x2b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF406
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF407
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L28
	.uleb128 0x1
	.long	.LASF408
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L27
	.uleb128 0x3
	.long	.LASF409
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF410
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL56
	.uleb128 0x1
	.long	.LASF411
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L30
	.uleb128 0x1
	.long	.LASF412
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.LDL55
	.uleb128 0x3
	.long	.LASF413
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF414
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF415
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF416
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L33
	.uleb128 0x1
	.long	.LASF417
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L32
	.uleb128 0x3
	.long	.LASF418
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF419
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL54
	.uleb128 0x1
	.long	.LASF420
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L35
	.uleb128 0x1
	.long	.LASF421
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL63
	.uleb128 0x1
	.long	.LASF422
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL53
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
	.quad	.L39
	.uleb128 0x1
	.long	.LASF426
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L38
	.uleb128 0x3
	.long	.LASF427
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF428
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL52
	.uleb128 0x1
	.long	.LASF429
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L41
	.uleb128 0x1
	.long	.LASF430
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.LDL51
	.uleb128 0x3
	.long	.LASF431
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF432
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF433
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF434
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L44
	.uleb128 0x1
	.long	.LASF435
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L43
	.uleb128 0x3
	.long	.LASF436
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF437
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL50
	.uleb128 0x1
	.long	.LASF438
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L46
	.uleb128 0x1
	.long	.LASF439
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.LDL49
	.uleb128 0x3
	.long	.LASF440
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF441
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF442
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF443
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L49
	.uleb128 0x1
	.long	.LASF444
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L48
	.uleb128 0x3
	.long	.LASF445
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF446
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL48
	.uleb128 0x1
	.long	.LASF447
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L51
	.uleb128 0x1
	.long	.LASF448
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.LDL47
	.uleb128 0x3
	.long	.LASF449
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF450
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF451
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF452
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L54
	.uleb128 0x1
	.long	.LASF453
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L53
	.uleb128 0x3
	.long	.LASF454
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF455
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL46
	.uleb128 0x1
	.long	.LASF456
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L56
	.uleb128 0x1
	.long	.LASF457
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.LDL45
	.uleb128 0x3
	.long	.LASF458
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF459
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF460
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF461
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L59
	.uleb128 0x1
	.long	.LASF462
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L58
	.uleb128 0x3
	.long	.LASF463
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF464
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL44
	.uleb128 0x1
	.long	.LASF465
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L61
	.uleb128 0x1
	.long	.LASF466
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.LDL43
	.uleb128 0x3
	.long	.LASF467
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF468
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF469
	.byte	0x43
	.byte	0x1
	.uleb128 0x1
	.long	.LASF470
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L64
	.uleb128 0x1
	.long	.LASF471
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L63
	.uleb128 0x3
	.long	.LASF472
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF473
	.byte	0x45
	.byte	0x9
	.uleb128 0x1
	.long	.LASF474
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL42
	.uleb128 0x1
	.long	.LASF475
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L69
	.uleb128 0x1
	.long	.LASF476
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.LDL41
	.uleb128 0x3
	.long	.LASF477
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF478
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF479
	.byte	0x4a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF480
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L72
	.uleb128 0x1
	.long	.LASF481
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L71
	.uleb128 0x3
	.long	.LASF482
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF483
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF484
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL40
	.uleb128 0x1
	.long	.LASF485
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L76
	.uleb128 0x1
	.long	.LASF486
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.LDL64
	.uleb128 0x3
	.long	.LASF487
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF488
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF489
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF490
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L79
	.uleb128 0x1
	.long	.LASF491
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L78
	.uleb128 0x3
	.long	.LASF492
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF493
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL39
	.uleb128 0x1
	.long	.LASF494
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L81
	.uleb128 0x1
	.long	.LASF495
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.LDL65
	.uleb128 0x3
	.long	.LASF496
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF497
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF498
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF499
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L84
	.uleb128 0x1
	.long	.LASF500
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L83
	.uleb128 0x3
	.long	.LASF501
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF502
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL38
	.uleb128 0x1
	.long	.LASF503
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L86
	.uleb128 0x1
	.long	.LASF504
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.LDL37
	.uleb128 0x3
	.long	.LASF505
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF506
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF507
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF508
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L89
	.uleb128 0x1
	.long	.LASF509
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L88
	.uleb128 0x3
	.long	.LASF510
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF511
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL36
	.uleb128 0x1
	.long	.LASF512
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L91
	.uleb128 0x1
	.long	.LASF513
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.LDL35
	.uleb128 0x3
	.long	.LASF514
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF515
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF516
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF517
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L94
	.uleb128 0x1
	.long	.LASF518
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L93
	.uleb128 0x3
	.long	.LASF519
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF520
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL34
	.uleb128 0x1
	.long	.LASF521
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L96
	.uleb128 0x1
	.long	.LASF522
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.LDL33
	.uleb128 0x3
	.long	.LASF523
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF524
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF525
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF526
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L99
	.uleb128 0x1
	.long	.LASF527
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L98
	.uleb128 0x3
	.long	.LASF528
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF529
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL32
	.uleb128 0x1
	.long	.LASF530
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L101
	.uleb128 0x1
	.long	.LASF531
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.LDL31
	.uleb128 0x3
	.long	.LASF532
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF533
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF534
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF535
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L104
	.uleb128 0x1
	.long	.LASF536
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L103
	.uleb128 0x3
	.long	.LASF537
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF538
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL30
	.uleb128 0x1
	.long	.LASF539
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L106
	.uleb128 0x1
	.long	.LASF540
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.LDL29
	.uleb128 0x3
	.long	.LASF541
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF542
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF543
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF544
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L109
	.uleb128 0x1
	.long	.LASF545
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L108
	.uleb128 0x3
	.long	.LASF546
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF547
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL28
	.uleb128 0x1
	.long	.LASF548
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L111
	.uleb128 0x1
	.long	.LASF549
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.LDL27
	.uleb128 0x3
	.long	.LASF550
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF551
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF552
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF553
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L114
	.uleb128 0x1
	.long	.LASF554
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L113
	.uleb128 0x3
	.long	.LASF555
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF556
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL26
	.uleb128 0x1
	.long	.LASF557
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L116
	.uleb128 0x1
	.long	.LASF558
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x3
	.long	.LASF559
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF560
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF561
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF562
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L119
	.uleb128 0x1
	.long	.LASF563
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L118
	.uleb128 0x3
	.long	.LASF564
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF565
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL24
	.uleb128 0x1
	.long	.LASF566
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L121
	.uleb128 0x1
	.long	.LASF567
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.LDL23
	.uleb128 0x3
	.long	.LASF568
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF569
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF570
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF571
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L124
	.uleb128 0x1
	.long	.LASF572
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L123
	.uleb128 0x3
	.long	.LASF573
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF574
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL22
	.uleb128 0x1
	.long	.LASF575
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L126
	.uleb128 0x1
	.long	.LASF576
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.LDL21
	.uleb128 0x3
	.long	.LASF577
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF578
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF579
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF580
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L129
	.uleb128 0x1
	.long	.LASF581
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L128
	.uleb128 0x3
	.long	.LASF582
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF583
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL20
	.uleb128 0x1
	.long	.LASF584
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L131
	.uleb128 0x1
	.long	.LASF585
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.LDL19
	.uleb128 0x3
	.long	.LASF586
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF587
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF588
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF589
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L134
	.uleb128 0x1
	.long	.LASF590
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L133
	.uleb128 0x3
	.long	.LASF591
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF592
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL18
	.uleb128 0x1
	.long	.LASF593
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L136
	.uleb128 0x1
	.long	.LASF594
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.LDL5
	.uleb128 0x3
	.long	.LASF595
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF596
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF597
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF598
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L139
	.uleb128 0x1
	.long	.LASF599
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L138
	.uleb128 0x3
	.long	.LASF600
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF601
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL4
	.uleb128 0x1
	.long	.LASF602
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L141
	.uleb128 0x3
	.long	.LASF603
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF604
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF605
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF606
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF607
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L144
	.uleb128 0x1
	.long	.LASF608
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L143
	.uleb128 0x3
	.long	.LASF609
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF610
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L145
	.uleb128 0x3
	.long	.LASF611
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF612
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL1
	.uleb128 0x3
	.long	.LASF613
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF614
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L148
	.uleb128 0x1
	.long	.LASF615
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.LDL9
	.uleb128 0x3
	.long	.LASF616
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF617
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF618
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF619
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L151
	.uleb128 0x1
	.long	.LASF620
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L150
	.uleb128 0x3
	.long	.LASF621
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF622
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L153
	.uleb128 0x3
	.long	.LASF623
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF624
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL8
	.uleb128 0x1
	.long	.LASF625
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L152
	.uleb128 0x1
	.long	.LASF626
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L156
	.uleb128 0x1
	.long	.LASF627
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.LDL7
	.uleb128 0x3
	.long	.LASF628
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF629
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF630
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF631
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L159
	.uleb128 0x1
	.long	.LASF632
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L158
	.uleb128 0x3
	.long	.LASF633
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF634
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L161
	.uleb128 0x3
	.long	.LASF635
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF636
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL6
	.uleb128 0x1
	.long	.LASF637
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L160
	.uleb128 0x1
	.long	.LASF638
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L164
	.uleb128 0x3
	.long	.LASF639
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF640
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF641
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF642
	.byte	0x75
	.byte	0x1
	.uleb128 0x1
	.long	.LASF643
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L165
	.uleb128 0x1
	.long	.LASF644
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L167
	.uleb128 0x1
	.long	.LASF645
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L168
	.uleb128 0x1
	.long	.LASF646
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL16
	.uleb128 0x3
	.long	.LASF647
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF648
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL17
	.uleb128 0x3
	.long	.LASF649
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF650
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L171
	.uleb128 0x3
	.long	.LASF651
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF652
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF653
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF654
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF655
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L174
	.uleb128 0x1
	.long	.LASF656
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L173
	.uleb128 0x3
	.long	.LASF657
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF658
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL14
	.uleb128 0x3
	.long	.LASF659
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF660
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL15
	.uleb128 0x3
	.long	.LASF661
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF662
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L177
	.uleb128 0x1
	.long	.LASF663
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.LDL13
	.uleb128 0x3
	.long	.LASF664
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF665
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF666
	.byte	0x7e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF667
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L180
	.uleb128 0x1
	.long	.LASF668
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L179
	.uleb128 0x3
	.long	.LASF669
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF670
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF671
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL12
	.uleb128 0x1
	.long	.LASF672
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L183
	.uleb128 0x1
	.long	.LASF673
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.LDL11
	.uleb128 0x3
	.long	.LASF674
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF675
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF676
	.byte	0x83
	.byte	0x1
	.uleb128 0x1
	.long	.LASF677
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L186
	.uleb128 0x1
	.long	.LASF678
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L185
	.uleb128 0x3
	.long	.LASF679
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF680
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF681
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL10
	.uleb128 0x1
	.long	.LASF682
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L189
	.uleb128 0x1
	.long	.LASF683
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.LDL3
	.uleb128 0x3
	.long	.LASF684
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF685
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF686
	.byte	0x89
	.byte	0x1
	.uleb128 0x1
	.long	.LASF687
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L192
	.uleb128 0x1
	.long	.LASF688
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L191
	.uleb128 0x3
	.long	.LASF689
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF690
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF691
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF692
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL2
	.uleb128 0x1
	.long	.LASF693
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L196
	.uleb128 0x3
	.long	.LASF694
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF695
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF696
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF697
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF698
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L199
	.uleb128 0x1
	.long	.LASF699
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L198
	.uleb128 0x3
	.long	.LASF700
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF701
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L200
	.uleb128 0x3
	.long	.LASF702
	.byte	0x92
	.byte	0x1
	.uleb128 0x7
	.long	.LLRL69
	.long	0x22a6
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x3bf
	.long	.LLST70
	.long	.LVUS70
	.byte	0
	.uleb128 0x7
	.long	.LLRL67
	.long	0x22c3
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x3bf
	.long	.LLST68
	.long	.LVUS68
	.byte	0
	.uleb128 0x7
	.long	.LLRL65
	.long	0x22df
	.uleb128 0x5
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3bf
	.long	.LLST66
	.long	.LVUS66
	.byte	0
	.uleb128 0x7
	.long	.LLRL63
	.long	0x22fc
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x3bf
	.long	.LLST64
	.long	.LVUS64
	.byte	0
	.uleb128 0x7
	.long	.LLRL61
	.long	0x2318
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3bf
	.long	.LLST62
	.long	.LVUS62
	.byte	0
	.uleb128 0x7
	.long	.LLRL58
	.long	0x2346
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3bf
	.long	.LLST59
	.long	.LVUS59
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3bf
	.long	.LLST60
	.long	.LVUS60
	.byte	0
	.uleb128 0x7
	.long	.LLRL55
	.long	0x2374
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3bf
	.long	.LLST56
	.long	.LVUS56
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3bf
	.long	.LLST57
	.long	.LVUS57
	.byte	0
	.uleb128 0x7
	.long	.LLRL52
	.long	0x23a2
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3bf
	.long	.LLST53
	.long	.LVUS53
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3bf
	.long	.LLST54
	.long	.LVUS54
	.byte	0
	.uleb128 0x7
	.long	.LLRL49
	.long	0x23d0
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3bf
	.long	.LLST50
	.long	.LVUS50
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3bf
	.long	.LLST51
	.long	.LVUS51
	.byte	0
	.uleb128 0x7
	.long	.LLRL46
	.long	0x23fe
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3bf
	.long	.LLST47
	.long	.LVUS47
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3bf
	.long	.LLST48
	.long	.LVUS48
	.byte	0
	.uleb128 0x7
	.long	.LLRL43
	.long	0x242c
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3bf
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3bf
	.long	.LLST45
	.long	.LVUS45
	.byte	0
	.uleb128 0x7
	.long	.LLRL40
	.long	0x245a
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3bf
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3bf
	.long	.LLST42
	.long	.LVUS42
	.byte	0
	.uleb128 0x7
	.long	.LLRL37
	.long	0x2488
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3bf
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3bf
	.long	.LLST39
	.long	.LVUS39
	.byte	0
	.uleb128 0x7
	.long	.LLRL34
	.long	0x24b6
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3bf
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3bf
	.long	.LLST36
	.long	.LVUS36
	.byte	0
	.uleb128 0x7
	.long	.LLRL31
	.long	0x24e4
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3bf
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3bf
	.long	.LLST33
	.long	.LVUS33
	.byte	0
	.uleb128 0x7
	.long	.LLRL28
	.long	0x2512
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3bf
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3bf
	.long	.LLST30
	.long	.LVUS30
	.byte	0
	.uleb128 0x7
	.long	.LLRL25
	.long	0x2540
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3bf
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3bf
	.long	.LLST27
	.long	.LVUS27
	.byte	0
	.uleb128 0x7
	.long	.LLRL22
	.long	0x256e
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3bf
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3bf
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.uleb128 0x7
	.long	.LLRL19
	.long	0x259c
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3bf
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3bf
	.long	.LLST21
	.long	.LVUS21
	.byte	0
	.uleb128 0x7
	.long	.LLRL16
	.long	0x25ca
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3bf
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3bf
	.long	.LLST18
	.long	.LVUS18
	.byte	0
	.uleb128 0x7
	.long	.LLRL11
	.long	0x25f8
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3bf
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3bf
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0x7
	.long	.LLRL14
	.long	0x2616
	.uleb128 0x5
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xc32
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x32
	.quad	.LVL12
	.long	0xccc
	.uleb128 0x33
	.quad	.LVL16
	.long	0xcf2
	.uleb128 0xd
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0xc7d
	.uleb128 0x6
	.long	0xcc2
	.uleb128 0xc
	.long	0x888
	.long	0x2654
	.uleb128 0x10
	.long	0x4a
	.byte	0x43
	.byte	0
	.uleb128 0xa
	.long	0x2644
	.uleb128 0x6
	.long	0x39d
	.uleb128 0xa
	.long	0x2659
	.uleb128 0x6
	.long	0x3ae
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0x10
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 16
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
	.uleb128 0x12
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 19
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 23
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0x6
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 16
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 16
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
	.uleb128 0x1b
	.uleb128 0x4
	.byte	0x1
	.uleb128 0x3e
	.uleb128 0x21
	.sleb128 7
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 4
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 18
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1c
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 19
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 23
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1d
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
	.uleb128 0x1e
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
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
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
	.uleb128 0x25
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x29
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
	.uleb128 0x2a
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2b
	.uleb128 0x17
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
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2c
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x2d
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
	.uleb128 0x2e
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
	.uleb128 0x2f
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
	.uleb128 0x30
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
	.uleb128 0x31
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
	.uleb128 0x32
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
	.uleb128 0x33
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
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
.LVUS71:
	.uleb128 0
	.uleb128 .LVU1290
	.uleb128 .LVU1290
	.uleb128 0
.LLST71:
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL285-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL285-1-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS72:
	.uleb128 0
	.uleb128 .LVU1288
	.uleb128 .LVU1288
	.uleb128 0
.LLST72:
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS73:
	.uleb128 0
	.uleb128 .LVU1289
	.uleb128 .LVU1289
	.uleb128 .LVU1290
	.uleb128 .LVU1290
	.uleb128 0
.LLST73:
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL285-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL285-1-.Ltext0
	.uleb128 .LFE15-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS74:
	.uleb128 0
	.uleb128 .LVU1298
	.uleb128 .LVU1298
	.uleb128 .LVU1305
	.uleb128 .LVU1305
	.uleb128 .LVU1306
	.uleb128 .LVU1306
	.uleb128 0
.LLST74:
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL289-.Ltext0
	.uleb128 .LVL290-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL290-1-.Ltext0
	.uleb128 .LFE14-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU62
	.uleb128 .LVU62
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 .LVU17
	.uleb128 .LVU60
	.uleb128 .LVU62
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS4:
	.uleb128 .LVU19
	.uleb128 .LVU59
	.uleb128 .LVU62
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS5:
	.uleb128 .LVU20
	.uleb128 .LVU27
	.uleb128 .LVU27
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU52
	.uleb128 .LVU62
	.uleb128 .LVU86
	.uleb128 .LVU86
	.uleb128 .LVU87
	.uleb128 .LVU87
	.uleb128 .LVU105
	.uleb128 .LVU105
	.uleb128 .LVU106
	.uleb128 .LVU106
	.uleb128 .LVU134
	.uleb128 .LVU134
	.uleb128 .LVU139
	.uleb128 .LVU140
	.uleb128 .LVU171
	.uleb128 .LVU171
	.uleb128 .LVU174
	.uleb128 .LVU174
	.uleb128 .LVU206
	.uleb128 .LVU206
	.uleb128 .LVU209
	.uleb128 .LVU209
	.uleb128 .LVU237
	.uleb128 .LVU237
	.uleb128 .LVU241
	.uleb128 .LVU242
	.uleb128 .LVU269
	.uleb128 .LVU269
	.uleb128 .LVU273
	.uleb128 .LVU274
	.uleb128 .LVU301
	.uleb128 .LVU307
	.uleb128 .LVU340
	.uleb128 .LVU340
	.uleb128 .LVU343
	.uleb128 .LVU343
	.uleb128 .LVU367
	.uleb128 .LVU367
	.uleb128 .LVU372
	.uleb128 .LVU373
	.uleb128 .LVU401
	.uleb128 .LVU401
	.uleb128 .LVU406
	.uleb128 .LVU407
	.uleb128 .LVU435
	.uleb128 .LVU435
	.uleb128 .LVU440
	.uleb128 .LVU441
	.uleb128 .LVU469
	.uleb128 .LVU469
	.uleb128 .LVU474
	.uleb128 .LVU475
	.uleb128 .LVU503
	.uleb128 .LVU503
	.uleb128 .LVU508
	.uleb128 .LVU509
	.uleb128 .LVU540
	.uleb128 .LVU540
	.uleb128 .LVU541
	.uleb128 .LVU541
	.uleb128 .LVU575
	.uleb128 .LVU575
	.uleb128 .LVU576
	.uleb128 .LVU576
	.uleb128 .LVU610
	.uleb128 .LVU610
	.uleb128 .LVU611
	.uleb128 .LVU611
	.uleb128 .LVU645
	.uleb128 .LVU645
	.uleb128 .LVU646
	.uleb128 .LVU646
	.uleb128 .LVU680
	.uleb128 .LVU680
	.uleb128 .LVU681
	.uleb128 .LVU681
	.uleb128 .LVU709
	.uleb128 .LVU709
	.uleb128 .LVU710
	.uleb128 .LVU710
	.uleb128 .LVU723
	.uleb128 .LVU723
	.uleb128 .LVU724
	.uleb128 .LVU724
	.uleb128 .LVU732
	.uleb128 .LVU732
	.uleb128 .LVU733
	.uleb128 .LVU733
	.uleb128 .LVU746
	.uleb128 .LVU746
	.uleb128 .LVU747
	.uleb128 .LVU747
	.uleb128 .LVU769
	.uleb128 .LVU769
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU810
	.uleb128 .LVU810
	.uleb128 .LVU813
	.uleb128 .LVU813
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU846
	.uleb128 .LVU847
	.uleb128 .LVU878
	.uleb128 .LVU878
	.uleb128 .LVU879
	.uleb128 .LVU879
	.uleb128 .LVU913
	.uleb128 .LVU913
	.uleb128 .LVU914
	.uleb128 .LVU914
	.uleb128 .LVU943
	.uleb128 .LVU943
	.uleb128 .LVU948
	.uleb128 .LVU949
	.uleb128 .LVU974
	.uleb128 .LVU974
	.uleb128 .LVU979
	.uleb128 .LVU980
	.uleb128 .LVU1010
	.uleb128 .LVU1010
	.uleb128 .LVU1015
	.uleb128 .LVU1016
	.uleb128 .LVU1041
	.uleb128 .LVU1041
	.uleb128 .LVU1046
	.uleb128 .LVU1047
	.uleb128 .LVU1078
	.uleb128 .LVU1078
	.uleb128 .LVU1079
	.uleb128 .LVU1079
	.uleb128 .LVU1093
	.uleb128 .LVU1093
	.uleb128 .LVU1094
	.uleb128 .LVU1094
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1107
	.uleb128 .LVU1108
	.uleb128 .LVU1134
	.uleb128 .LVU1134
	.uleb128 .LVU1135
	.uleb128 .LVU1135
	.uleb128 .LVU1155
	.uleb128 .LVU1155
	.uleb128 .LVU1156
	.uleb128 .LVU1156
	.uleb128 .LVU1161
	.uleb128 .LVU1161
	.uleb128 .LVU1162
	.uleb128 .LVU1162
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1170
	.uleb128 .LVU1170
	.uleb128 .LVU1171
	.uleb128 .LVU1171
	.uleb128 .LVU1174
	.uleb128 .LVU1174
	.uleb128 .LVU1203
	.uleb128 .LVU1203
	.uleb128 .LVU1204
	.uleb128 .LVU1204
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL150-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL182-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL182-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL199-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL237-.Ltext0
	.uleb128 .LVL238-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL252-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS6:
	.uleb128 .LVU21
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU131
	.uleb128 .LVU131
	.uleb128 .LVU132
	.uleb128 .LVU132
	.uleb128 .LVU162
	.uleb128 .LVU162
	.uleb128 .LVU175
	.uleb128 .LVU175
	.uleb128 .LVU197
	.uleb128 .LVU197
	.uleb128 .LVU210
	.uleb128 .LVU210
	.uleb128 .LVU236
	.uleb128 .LVU236
	.uleb128 .LVU239
	.uleb128 .LVU239
	.uleb128 .LVU364
	.uleb128 .LVU364
	.uleb128 .LVU365
	.uleb128 .LVU365
	.uleb128 .LVU398
	.uleb128 .LVU398
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU432
	.uleb128 .LVU432
	.uleb128 .LVU433
	.uleb128 .LVU433
	.uleb128 .LVU466
	.uleb128 .LVU466
	.uleb128 .LVU467
	.uleb128 .LVU467
	.uleb128 .LVU500
	.uleb128 .LVU500
	.uleb128 .LVU501
	.uleb128 .LVU501
	.uleb128 .LVU534
	.uleb128 .LVU534
	.uleb128 .LVU542
	.uleb128 .LVU542
	.uleb128 .LVU569
	.uleb128 .LVU569
	.uleb128 .LVU577
	.uleb128 .LVU577
	.uleb128 .LVU604
	.uleb128 .LVU604
	.uleb128 .LVU612
	.uleb128 .LVU612
	.uleb128 .LVU639
	.uleb128 .LVU639
	.uleb128 .LVU647
	.uleb128 .LVU647
	.uleb128 .LVU674
	.uleb128 .LVU674
	.uleb128 .LVU682
	.uleb128 .LVU682
	.uleb128 .LVU760
	.uleb128 .LVU760
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 .LVU813
	.uleb128 .LVU813
	.uleb128 .LVU838
	.uleb128 .LVU838
	.uleb128 .LVU841
	.uleb128 .LVU841
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 .LVU880
	.uleb128 .LVU880
	.uleb128 .LVU907
	.uleb128 .LVU907
	.uleb128 .LVU915
	.uleb128 .LVU915
	.uleb128 .LVU972
	.uleb128 .LVU972
	.uleb128 .LVU975
	.uleb128 .LVU975
	.uleb128 .LVU1039
	.uleb128 .LVU1039
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1100
	.uleb128 .LVU1100
	.uleb128 .LVU1101
	.uleb128 .LVU1101
	.uleb128 .LVU1157
	.uleb128 .LVU1157
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1166
	.uleb128 .LVU1166
	.uleb128 .LVU1174
	.uleb128 .LVU1174
	.uleb128 .LVU1175
	.uleb128 .LVU1175
	.uleb128 .LVU1177
	.uleb128 .LVU1177
	.uleb128 .LVU1275
	.uleb128 .LVU1275
	.uleb128 .LVU1279
	.uleb128 .LVU1279
	.uleb128 .LVU1280
	.uleb128 .LVU1280
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS7:
	.uleb128 .LVU22
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU296
	.uleb128 .LVU296
	.uleb128 .LVU308
	.uleb128 .LVU308
	.uleb128 .LVU331
	.uleb128 .LVU331
	.uleb128 .LVU344
	.uleb128 .LVU344
	.uleb128 .LVU1187
	.uleb128 .LVU1187
	.uleb128 .LVU1191
	.uleb128 .LVU1191
	.uleb128 .LVU1192
	.uleb128 .LVU1192
	.uleb128 .LVU1211
	.uleb128 .LVU1211
	.uleb128 .LVU1215
	.uleb128 .LVU1215
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x3
	.byte	0x7f
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LFE13-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS8:
	.uleb128 .LVU24
	.uleb128 .LVU28
	.uleb128 .LVU83
	.uleb128 .LVU88
	.uleb128 .LVU106
	.uleb128 .LVU107
	.uleb128 .LVU140
	.uleb128 .LVU141
	.uleb128 .LVU168
	.uleb128 .LVU175
	.uleb128 .LVU203
	.uleb128 .LVU210
	.uleb128 .LVU242
	.uleb128 .LVU243
	.uleb128 .LVU274
	.uleb128 .LVU275
	.uleb128 .LVU303
	.uleb128 .LVU308
	.uleb128 .LVU337
	.uleb128 .LVU344
	.uleb128 .LVU373
	.uleb128 .LVU374
	.uleb128 .LVU407
	.uleb128 .LVU408
	.uleb128 .LVU441
	.uleb128 .LVU442
	.uleb128 .LVU475
	.uleb128 .LVU476
	.uleb128 .LVU509
	.uleb128 .LVU510
	.uleb128 .LVU544
	.uleb128 .LVU545
	.uleb128 .LVU579
	.uleb128 .LVU580
	.uleb128 .LVU614
	.uleb128 .LVU615
	.uleb128 .LVU649
	.uleb128 .LVU650
	.uleb128 .LVU684
	.uleb128 .LVU685
	.uleb128 .LVU710
	.uleb128 .LVU711
	.uleb128 .LVU724
	.uleb128 .LVU725
	.uleb128 .LVU733
	.uleb128 .LVU734
	.uleb128 .LVU747
	.uleb128 .LVU748
	.uleb128 .LVU772
	.uleb128 .LVU773
	.uleb128 .LVU813
	.uleb128 .LVU814
	.uleb128 .LVU847
	.uleb128 .LVU848
	.uleb128 .LVU882
	.uleb128 .LVU883
	.uleb128 .LVU917
	.uleb128 .LVU918
	.uleb128 .LVU949
	.uleb128 .LVU950
	.uleb128 .LVU980
	.uleb128 .LVU981
	.uleb128 .LVU1016
	.uleb128 .LVU1017
	.uleb128 .LVU1047
	.uleb128 .LVU1048
	.uleb128 .LVU1079
	.uleb128 .LVU1080
	.uleb128 .LVU1094
	.uleb128 .LVU1095
	.uleb128 .LVU1108
	.uleb128 .LVU1109
	.uleb128 .LVU1135
	.uleb128 .LVU1136
	.uleb128 .LVU1156
	.uleb128 .LVU1157
	.uleb128 .LVU1165
	.uleb128 .LVU1166
	.uleb128 .LVU1174
	.uleb128 .LVU1175
.LLST8:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL158-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL186-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL242-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL252-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS9:
	.uleb128 .LVU47
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU115
	.uleb128 .LVU124
	.uleb128 .LVU149
	.uleb128 .LVU158
	.uleb128 .LVU183
	.uleb128 .LVU192
	.uleb128 .LVU218
	.uleb128 .LVU227
	.uleb128 .LVU251
	.uleb128 .LVU260
	.uleb128 .LVU283
	.uleb128 .LVU292
	.uleb128 .LVU382
	.uleb128 .LVU391
	.uleb128 .LVU416
	.uleb128 .LVU425
	.uleb128 .LVU450
	.uleb128 .LVU459
	.uleb128 .LVU484
	.uleb128 .LVU493
	.uleb128 .LVU518
	.uleb128 .LVU527
	.uleb128 .LVU553
	.uleb128 .LVU562
	.uleb128 .LVU588
	.uleb128 .LVU597
	.uleb128 .LVU623
	.uleb128 .LVU632
	.uleb128 .LVU658
	.uleb128 .LVU667
	.uleb128 .LVU693
	.uleb128 .LVU702
	.uleb128 .LVU781
	.uleb128 .LVU790
	.uleb128 .LVU822
	.uleb128 .LVU831
	.uleb128 .LVU856
	.uleb128 .LVU865
	.uleb128 .LVU891
	.uleb128 .LVU900
	.uleb128 .LVU926
	.uleb128 .LVU935
	.uleb128 .LVU958
	.uleb128 .LVU967
	.uleb128 .LVU994
	.uleb128 .LVU1003
	.uleb128 .LVU1025
	.uleb128 .LVU1034
	.uleb128 .LVU1061
	.uleb128 .LVU1070
	.uleb128 .LVU1120
	.uleb128 .LVU1129
	.uleb128 .LVU1218
	.uleb128 .LVU1227
	.uleb128 .LVU1230
	.uleb128 .LVU1239
	.uleb128 .LVU1242
	.uleb128 .LVU1251
	.uleb128 .LVU1254
	.uleb128 .LVU1263
	.uleb128 .LVU1266
	.uleb128 .LVU1275
.LLST9:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL12-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL211-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL236-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL275-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL277-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU48
	.uleb128 .LVU54
	.uleb128 .LVU54
	.uleb128 .LVU62
	.uleb128 .LVU123
	.uleb128 .LVU124
	.uleb128 .LVU157
	.uleb128 .LVU158
	.uleb128 .LVU191
	.uleb128 .LVU192
	.uleb128 .LVU226
	.uleb128 .LVU227
	.uleb128 .LVU259
	.uleb128 .LVU260
	.uleb128 .LVU291
	.uleb128 .LVU292
	.uleb128 .LVU390
	.uleb128 .LVU391
	.uleb128 .LVU424
	.uleb128 .LVU425
	.uleb128 .LVU458
	.uleb128 .LVU459
	.uleb128 .LVU492
	.uleb128 .LVU493
	.uleb128 .LVU526
	.uleb128 .LVU527
	.uleb128 .LVU561
	.uleb128 .LVU562
	.uleb128 .LVU596
	.uleb128 .LVU597
	.uleb128 .LVU631
	.uleb128 .LVU632
	.uleb128 .LVU666
	.uleb128 .LVU667
	.uleb128 .LVU701
	.uleb128 .LVU702
	.uleb128 .LVU789
	.uleb128 .LVU790
	.uleb128 .LVU830
	.uleb128 .LVU831
	.uleb128 .LVU864
	.uleb128 .LVU865
	.uleb128 .LVU899
	.uleb128 .LVU900
	.uleb128 .LVU934
	.uleb128 .LVU935
	.uleb128 .LVU966
	.uleb128 .LVU967
	.uleb128 .LVU1002
	.uleb128 .LVU1003
	.uleb128 .LVU1033
	.uleb128 .LVU1034
	.uleb128 .LVU1069
	.uleb128 .LVU1070
	.uleb128 .LVU1128
	.uleb128 .LVU1129
	.uleb128 .LVU1226
	.uleb128 .LVU1227
	.uleb128 .LVU1238
	.uleb128 .LVU1239
	.uleb128 .LVU1250
	.uleb128 .LVU1251
	.uleb128 .LVU1262
	.uleb128 .LVU1263
	.uleb128 .LVU1274
	.uleb128 .LVU1275
.LLST10:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL12-1-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL227-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL236-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL275-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS70:
	.uleb128 .LVU1099
	.uleb128 .LVU1108
	.uleb128 .LVU1108
	.uleb128 .LVU1109
.LLST70:
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS68:
	.uleb128 .LVU1038
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1047
	.uleb128 .LVU1047
	.uleb128 .LVU1048
.LLST68:
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS66:
	.uleb128 .LVU1006
	.uleb128 .LVU1012
.LLST66:
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS64:
	.uleb128 .LVU971
	.uleb128 .LVU975
	.uleb128 .LVU975
	.uleb128 .LVU980
	.uleb128 .LVU980
	.uleb128 .LVU981
.LLST64:
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0
.LVUS62:
	.uleb128 .LVU939
	.uleb128 .LVU949
	.uleb128 .LVU949
	.uleb128 .LVU950
.LLST62:
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS59:
	.uleb128 .LVU904
	.uleb128 .LVU915
	.uleb128 .LVU915
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 .LVU918
.LLST59:
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL201-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS60:
	.uleb128 .LVU904
	.uleb128 .LVU908
.LLST60:
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS56:
	.uleb128 .LVU869
	.uleb128 .LVU880
	.uleb128 .LVU880
	.uleb128 .LVU882
	.uleb128 .LVU882
	.uleb128 .LVU883
.LLST56:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS57:
	.uleb128 .LVU869
	.uleb128 .LVU873
.LLST57:
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS53:
	.uleb128 .LVU835
	.uleb128 .LVU841
	.uleb128 .LVU841
	.uleb128 .LVU848
.LLST53:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL186-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS54:
	.uleb128 .LVU835
	.uleb128 .LVU841
	.uleb128 .LVU841
	.uleb128 .LVU842
.LLST54:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS50:
	.uleb128 .LVU798
	.uleb128 .LVU814
	.uleb128 .LVU1175
	.uleb128 .LVU1177
.LLST50:
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS51:
	.uleb128 .LVU799
	.uleb128 .LVU804
	.uleb128 .LVU804
	.uleb128 .LVU805
	.uleb128 .LVU1175
	.uleb128 .LVU1176
	.uleb128 .LVU1176
	.uleb128 .LVU1177
.LLST51:
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS47:
	.uleb128 .LVU756
	.uleb128 .LVU773
.LLST47:
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS48:
	.uleb128 .LVU757
	.uleb128 .LVU762
	.uleb128 .LVU762
	.uleb128 .LVU764
.LLST48:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS44:
	.uleb128 .LVU671
	.uleb128 .LVU682
	.uleb128 .LVU682
	.uleb128 .LVU684
	.uleb128 .LVU684
	.uleb128 .LVU685
.LLST44:
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS45:
	.uleb128 .LVU671
	.uleb128 .LVU675
.LLST45:
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS41:
	.uleb128 .LVU636
	.uleb128 .LVU647
	.uleb128 .LVU647
	.uleb128 .LVU649
	.uleb128 .LVU649
	.uleb128 .LVU650
.LLST41:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS42:
	.uleb128 .LVU636
	.uleb128 .LVU640
.LLST42:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS38:
	.uleb128 .LVU601
	.uleb128 .LVU612
	.uleb128 .LVU612
	.uleb128 .LVU614
	.uleb128 .LVU614
	.uleb128 .LVU615
.LLST38:
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS39:
	.uleb128 .LVU601
	.uleb128 .LVU605
.LLST39:
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS35:
	.uleb128 .LVU566
	.uleb128 .LVU577
	.uleb128 .LVU577
	.uleb128 .LVU580
.LLST35:
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS36:
	.uleb128 .LVU566
	.uleb128 .LVU570
.LLST36:
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS32:
	.uleb128 .LVU531
	.uleb128 .LVU542
	.uleb128 .LVU542
	.uleb128 .LVU545
.LLST32:
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS33:
	.uleb128 .LVU531
	.uleb128 .LVU535
.LLST33:
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS29:
	.uleb128 .LVU497
	.uleb128 .LVU501
	.uleb128 .LVU501
	.uleb128 .LVU510
.LLST29:
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS30:
	.uleb128 .LVU497
	.uleb128 .LVU501
	.uleb128 .LVU501
	.uleb128 .LVU504
.LLST30:
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS26:
	.uleb128 .LVU463
	.uleb128 .LVU467
	.uleb128 .LVU467
	.uleb128 .LVU476
.LLST26:
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS27:
	.uleb128 .LVU463
	.uleb128 .LVU467
	.uleb128 .LVU467
	.uleb128 .LVU470
.LLST27:
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS23:
	.uleb128 .LVU429
	.uleb128 .LVU433
	.uleb128 .LVU433
	.uleb128 .LVU442
.LLST23:
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS24:
	.uleb128 .LVU429
	.uleb128 .LVU433
	.uleb128 .LVU433
	.uleb128 .LVU436
.LLST24:
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS20:
	.uleb128 .LVU395
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU408
.LLST20:
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS21:
	.uleb128 .LVU395
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU402
.LLST21:
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS17:
	.uleb128 .LVU361
	.uleb128 .LVU365
	.uleb128 .LVU365
	.uleb128 .LVU374
.LLST17:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS18:
	.uleb128 .LVU361
	.uleb128 .LVU365
	.uleb128 .LVU365
	.uleb128 .LVU368
.LLST18:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS12:
	.uleb128 .LVU128
	.uleb128 .LVU132
	.uleb128 .LVU132
	.uleb128 .LVU141
.LLST12:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS13:
	.uleb128 .LVU128
	.uleb128 .LVU132
	.uleb128 .LVU132
	.uleb128 .LVU135
.LLST13:
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL23-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS15:
	.uleb128 .LVU296
	.uleb128 .LVU302
	.uleb128 .LVU302
	.uleb128 .LVU308
	.uleb128 .LVU1187
	.uleb128 .LVU1188
	.uleb128 .LVU1188
	.uleb128 .LVU1191
	.uleb128 .LVU1191
	.uleb128 .LVU1192
.LLST15:
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x2
	.byte	0x7f
	.sleb128 -8
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
.LLRL11:
	.byte	0x4
	.uleb128 .LBB2-.Ltext0
	.uleb128 .LBE2-.Ltext0
	.byte	0x4
	.uleb128 .LBB3-.Ltext0
	.uleb128 .LBE3-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB4-.Ltext0
	.uleb128 .LBE4-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB5-.Ltext0
	.uleb128 .LBE5-.Ltext0
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0
.LLRL22:
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0
.LLRL25:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0
.LLRL28:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0
.LLRL31:
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0
.LLRL34:
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0
.LLRL37:
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0
.LLRL40:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0
.LLRL43:
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0
.LLRL46:
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0
.LLRL49:
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0
.LLRL52:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0
.LLRL55:
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0
.LLRL58:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0
.LLRL61:
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0
.LLRL63:
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0
.LLRL65:
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0
.LLRL67:
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0
.LLRL69:
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF662:
	.string	"dl_checked_LOAD_257"
.LASF82:
	.string	"OP_NEG"
.LASF137:
	.string	"ST_OUTPUT"
.LASF416:
	.string	"B_SWAP"
.LASF347:
	.string	"L_LT"
.LASF11:
	.string	"size_t"
.LASF309:
	.string	"L_DROP"
.LASF302:
	.string	"engine"
.LASF619:
	.string	"B_JZ"
.LASF688:
	.string	"dl_handler_PRINT_280"
.LASF68:
	.string	"cell"
.LASF591:
	.string	"dl_dispatch_192"
.LASF508:
	.string	"B_AND"
.LASF503:
	.string	"dl_checked_AND_114"
.LASF25:
	.string	"__jmp_buf_tag"
.LASF558:
	.string	"dl_trap_163"
.LASF58:
	.string	"_IO_codecvt"
.LASF559:
	.string	"dl_trap_164"
.LASF110:
	.string	"FLOW_CALL"
.LASF62:
	.string	"int32_t"
.LASF165:
	.string	"POPS_DUP"
.LASF169:
	.string	"PUSHES_SWAP"
.LASF604:
	.string	"dl_trap_204"
.LASF38:
	.string	"_IO_save_end"
.LASF112:
	.string	"FLOW_STOP"
.LASF650:
	.string	"dl_checked_RET_246"
.LASF249:
	.string	"POPS_STORE"
.LASF315:
	.string	"L_OVER"
.LASF402:
	.string	"dl_checked_DUP_24"
.LASF106:
	.string	"flow"
.LASF180:
	.string	"POPS_SUB"
.LASF556:
	.string	"dl_dispatch_161"
.LASF345:
	.string	"L_NE"
.LASF31:
	.string	"_IO_write_base"
.LASF357:
	.string	"L_JZ"
.LASF184:
	.string	"PUSHES_MUL"
.LASF580:
	.string	"B_LE"
.LASF600:
	.string	"dl_dispatch_200"
.LASF157:
	.string	"PUSHES_NOP"
.LASF358:
	.string	"C_JNZ"
.LASF47:
	.string	"_lock"
.LASF196:
	.string	"PUSHES_NOT"
.LASF571:
	.string	"B_LT"
.LASF646:
	.string	"dl_count_242"
.LASF272:
	.string	"NSLOTS_AND"
.LASF213:
	.string	"POPS_EQ"
.LASF104:
	.string	"OP__COUNT"
.LASF259:
	.string	"NSLOTS_PUSH"
.LASF682:
	.string	"dl_checked_PRINT_275"
.LASF614:
	.string	"dl_checked_JZ_213"
.LASF292:
	.string	"target"
.LASF205:
	.string	"PUSHES_XOR"
.LASF567:
	.string	"dl_trap_171"
.LASF384:
	.string	"dl_checked_PUSH_8"
.LASF36:
	.string	"_IO_save_base"
.LASF557:
	.string	"dl_checked_NE_162"
.LASF569:
	.string	"dl_trap_173"
.LASF253:
	.string	"PUSHES_PRINT"
.LASF245:
	.string	"FLOW_OF_RET"
.LASF379:
	.string	"dl_trap_4"
.LASF611:
	.string	"dl_trap_210"
.LASF130:
	.string	"ST_DIV_ZERO"
.LASF615:
	.string	"dl_trap_214"
.LASF40:
	.string	"_chain"
.LASF321:
	.string	"L_SUB"
.LASF598:
	.string	"B_GE"
.LASF44:
	.string	"_cur_column"
.LASF178:
	.string	"PUSHES_ADD"
.LASF88:
	.string	"OP_SHR"
.LASF349:
	.string	"L_LE"
.LASF16:
	.string	"__uint8_t"
.LASF518:
	.string	"dl_handler_OR_127"
.LASF323:
	.string	"L_MUL"
.LASF399:
	.string	"dl_handler_DROP_21"
.LASF131:
	.string	"ST_UNDERFLOW"
.LASF80:
	.string	"OP_DIV"
.LASF138:
	.string	"result"
.LASF81:
	.string	"OP_MOD"
.LASF362:
	.string	"C_RET"
.LASF143:
	.string	"rstack"
.LASF191:
	.string	"FLOW_OF_MOD"
.LASF313:
	.string	"L_SWAP"
.LASF562:
	.string	"B_NE"
.LASF492:
	.string	"dl_dispatch_104"
.LASF612:
	.string	"dl_dispatch_211"
.LASF277:
	.string	"NSLOTS_EQ"
.LASF444:
	.string	"dl_handler_ADD_61"
.LASF649:
	.string	"dl_dispatch_245"
.LASF228:
	.string	"POPS_GE"
.LASF319:
	.string	"L_ADD"
.LASF76:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF337:
	.string	"L_XOR"
.LASF225:
	.string	"POPS_GT"
.LASF625:
	.string	"dl_dispatch_223"
.LASF244:
	.string	"PUSHES_RET"
.LASF289:
	.string	"NSLOTS_STORE"
.LASF577:
	.string	"dl_trap_180"
.LASF563:
	.string	"dl_handler_NE_167"
.LASF578:
	.string	"dl_trap_181"
.LASF579:
	.string	"dl_trap_182"
.LASF394:
	.string	"dl_trap_17"
.LASF655:
	.string	"B_RET"
.LASF581:
	.string	"dl_handler_LE_183"
.LASF586:
	.string	"dl_trap_188"
.LASF57:
	.string	"_IO_marker"
.LASF421:
	.string	"dl_trap_41"
.LASF252:
	.string	"POPS_PRINT"
.LASF290:
	.string	"NSLOTS_PRINT"
.LASF628:
	.string	"dl_trap_226"
.LASF517:
	.string	"B_OR"
.LASF229:
	.string	"PUSHES_GE"
.LASF141:
	.string	"error"
.LASF224:
	.string	"FLOW_OF_LE"
.LASF89:
	.string	"OP_EQ"
.LASF375:
	.string	"trap"
.LASF328:
	.string	"C_NEG"
.LASF683:
	.string	"dl_trap_276"
.LASF198:
	.string	"POPS_AND"
.LASF583:
	.string	"dl_dispatch_185"
.LASF282:
	.string	"NSLOTS_GE"
.LASF232:
	.string	"PUSHES_JMP"
.LASF493:
	.string	"dl_dispatch_105"
.LASF15:
	.string	"signed char"
.LASF64:
	.string	"uint8_t"
.LASF281:
	.string	"NSLOTS_GT"
.LASF26:
	.string	"_IO_FILE"
.LASF408:
	.string	"dl_handler_DUP_29"
.LASF59:
	.string	"_IO_wide_data"
.LASF120:
	.string	"file"
.LASF156:
	.string	"POPS_NOP"
.LASF287:
	.string	"NSLOTS_RET"
.LASF13:
	.string	"unsigned char"
.LASF335:
	.string	"L_OR"
.LASF594:
	.string	"dl_trap_195"
.LASF51:
	.string	"_freeres_list"
.LASF150:
	.string	"unavailable"
.LASF501:
	.string	"dl_dispatch_112"
.LASF502:
	.string	"dl_dispatch_113"
.LASF593:
	.string	"dl_checked_GE_194"
.LASF639:
	.string	"dl_trap_236"
.LASF238:
	.string	"PUSHES_JNZ"
.LASF159:
	.string	"POPS_PUSH"
.LASF642:
	.string	"dl_trap_239"
.LASF656:
	.string	"dl_handler_RET_251"
.LASF94:
	.string	"OP_GE"
.LASF71:
	.string	"OP_PUSH"
.LASF554:
	.string	"dl_handler_EQ_159"
.LASF234:
	.string	"POPS_JZ"
.LASF626:
	.string	"dl_checked_JNZ_224"
.LASF93:
	.string	"OP_GT"
.LASF166:
	.string	"PUSHES_DUP"
.LASF303:
	.string	"table"
.LASF355:
	.string	"L_JMP"
.LASF286:
	.string	"NSLOTS_CALL"
.LASF288:
	.string	"NSLOTS_LOAD"
.LASF462:
	.string	"dl_handler_MUL_77"
.LASF24:
	.string	"char"
.LASF367:
	.string	"L_STORE"
.LASF352:
	.string	"C_GE"
.LASF519:
	.string	"dl_dispatch_128"
.LASF520:
	.string	"dl_dispatch_129"
.LASF181:
	.string	"PUSHES_SUB"
.LASF257:
	.string	"FLOW_OF_HALT"
.LASF256:
	.string	"PUSHES_HALT"
.LASF155:
	.string	"describe"
.LASF638:
	.string	"dl_checked_CALL_235"
.LASF118:
	.string	"span"
.LASF331:
	.string	"L_NOT"
.LASF350:
	.string	"C_GT"
.LASF704:
	.string	"_IO_lock_t"
.LASF194:
	.string	"FLOW_OF_NEG"
.LASF703:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables"
.LASF260:
	.string	"NSLOTS_DROP"
.LASF359:
	.string	"L_JNZ"
.LASF149:
	.string	"summary"
.LASF251:
	.string	"FLOW_OF_STORE"
.LASF338:
	.string	"C_SHL"
.LASF529:
	.string	"dl_dispatch_137"
.LASF146:
	.string	"prog"
.LASF340:
	.string	"C_SHR"
.LASF222:
	.string	"POPS_LE"
.LASF284:
	.string	"NSLOTS_JZ"
.LASF28:
	.string	"_IO_read_ptr"
.LASF311:
	.string	"L_DUP"
.LASF219:
	.string	"POPS_LT"
.LASF390:
	.string	"dl_handler_PUSH_13"
.LASF324:
	.string	"C_DIV"
.LASF326:
	.string	"C_MOD"
.LASF134:
	.string	"ST_ROVERFLOW"
.LASF263:
	.string	"NSLOTS_OVER"
.LASF317:
	.string	"L_ROT"
.LASF511:
	.string	"dl_dispatch_121"
.LASF79:
	.string	"OP_MUL"
.LASF537:
	.string	"dl_dispatch_144"
.LASF243:
	.string	"POPS_RET"
.LASF645:
	.string	"dl_dispatch_241"
.LASF39:
	.string	"_markers"
.LASF70:
	.string	"OP_NOP"
.LASF83:
	.string	"OP_NOT"
.LASF117:
	.string	"need"
.LASF485:
	.string	"dl_checked_NEG_98"
.LASF145:
	.string	"limit"
.LASF490:
	.string	"B_NEG"
.LASF168:
	.string	"POPS_SWAP"
.LASF77:
	.string	"OP_ADD"
.LASF342:
	.string	"C_EQ"
.LASF480:
	.string	"B_MOD"
.LASF424:
	.string	"dl_trap_44"
.LASF86:
	.string	"OP_XOR"
.LASF96:
	.string	"OP_JZ"
.LASF280:
	.string	"NSLOTS_LE"
.LASF530:
	.string	"dl_checked_SHL_138"
.LASF654:
	.string	"dl_trap_250"
.LASF546:
	.string	"dl_dispatch_152"
.LASF547:
	.string	"dl_dispatch_153"
.LASF144:
	.string	"max_steps"
.LASF659:
	.string	"dl_trap_254"
.LASF279:
	.string	"NSLOTS_LT"
.LASF216:
	.string	"POPS_NE"
.LASF487:
	.string	"dl_trap_100"
.LASF488:
	.string	"dl_trap_101"
.LASF489:
	.string	"dl_trap_102"
.LASF495:
	.string	"dl_trap_107"
.LASF496:
	.string	"dl_trap_108"
.LASF497:
	.string	"dl_trap_109"
.LASF698:
	.string	"B_HALT"
.LASF48:
	.string	"_offset"
.LASF369:
	.string	"L_PRINT"
.LASF552:
	.string	"dl_trap_158"
.LASF209:
	.string	"FLOW_OF_SHL"
.LASF555:
	.string	"dl_dispatch_160"
.LASF212:
	.string	"FLOW_OF_SHR"
.LASF564:
	.string	"dl_dispatch_168"
.LASF565:
	.string	"dl_dispatch_169"
.LASF601:
	.string	"dl_dispatch_201"
.LASF672:
	.string	"dl_checked_STORE_266"
.LASF661:
	.string	"dl_dispatch_256"
.LASF609:
	.string	"dl_dispatch_208"
.LASF270:
	.string	"NSLOTS_NEG"
.LASF21:
	.string	"__uint64_t"
.LASF188:
	.string	"FLOW_OF_DIV"
.LASF504:
	.string	"dl_trap_115"
.LASF505:
	.string	"dl_trap_116"
.LASF354:
	.string	"C_JMP"
.LASF201:
	.string	"POPS_OR"
.LASF92:
	.string	"OP_LE"
.LASF2:
	.string	"long unsigned int"
.LASF240:
	.string	"POPS_CALL"
.LASF199:
	.string	"PUSHES_AND"
.LASF246:
	.string	"POPS_LOAD"
.LASF262:
	.string	"NSLOTS_SWAP"
.LASF91:
	.string	"OP_LT"
.LASF98:
	.string	"OP_CALL"
.LASF42:
	.string	"_flags2"
.LASF100:
	.string	"OP_LOAD"
.LASF176:
	.string	"FLOW_OF_ROT"
.LASF278:
	.string	"NSLOTS_NE"
.LASF30:
	.string	"_IO_read_base"
.LASF420:
	.string	"dl_checked_OVER_40"
.LASF574:
	.string	"dl_dispatch_177"
.LASF465:
	.string	"dl_checked_DIV_80"
.LASF124:
	.string	"line"
.LASF613:
	.string	"dl_dispatch_212"
.LASF386:
	.string	"dl_trap_10"
.LASF387:
	.string	"dl_trap_11"
.LASF388:
	.string	"dl_trap_12"
.LASF621:
	.string	"dl_dispatch_219"
.LASF55:
	.string	"_unused2"
.LASF395:
	.string	"dl_trap_18"
.LASF396:
	.string	"dl_trap_19"
.LASF515:
	.string	"dl_trap_125"
.LASF516:
	.string	"dl_trap_126"
.LASF126:
	.string	"nlabels"
.LASF162:
	.string	"POPS_DROP"
.LASF8:
	.string	"__mask_was_saved"
.LASF67:
	.string	"uintptr_t"
.LASF72:
	.string	"OP_DROP"
.LASF535:
	.string	"B_SHL"
.LASF544:
	.string	"B_SHR"
.LASF539:
	.string	"dl_checked_SHR_146"
.LASF43:
	.string	"_old_offset"
.LASF360:
	.string	"C_CALL"
.LASF95:
	.string	"OP_JMP"
.LASF273:
	.string	"NSLOTS_OR"
.LASF669:
	.string	"dl_dispatch_263"
.LASF624:
	.string	"dl_dispatch_222"
.LASF364:
	.string	"C_LOAD"
.LASF671:
	.string	"dl_dispatch_265"
.LASF397:
	.string	"dl_trap_20"
.LASF470:
	.string	"B_DIV"
.LASF536:
	.string	"dl_handler_SHL_143"
.LASF333:
	.string	"L_AND"
.LASF403:
	.string	"dl_trap_25"
.LASF404:
	.string	"dl_trap_26"
.LASF405:
	.string	"dl_trap_27"
.LASF406:
	.string	"dl_trap_28"
.LASF525:
	.string	"dl_trap_134"
.LASF295:
	.string	"first"
.LASF90:
	.string	"OP_NE"
.LASF299:
	.string	"vm_stop"
.LASF171:
	.string	"POPS_OVER"
.LASF230:
	.string	"FLOW_OF_GE"
.LASF356:
	.string	"C_JZ"
.LASF434:
	.string	"B_ROT"
.LASF75:
	.string	"OP_OVER"
.LASF19:
	.string	"__uint32_t"
.LASF153:
	.string	"prepare_failure"
.LASF60:
	.string	"long long int"
.LASF382:
	.string	"dl_dispatch_6"
.LASF383:
	.string	"dl_dispatch_7"
.LASF592:
	.string	"dl_dispatch_193"
.LASF119:
	.string	"program"
.LASF308:
	.string	"C_DROP"
.LASF633:
	.string	"dl_dispatch_230"
.LASF636:
	.string	"dl_dispatch_233"
.LASF637:
	.string	"dl_dispatch_234"
.LASF97:
	.string	"OP_JNZ"
.LASF412:
	.string	"dl_trap_33"
.LASF413:
	.string	"dl_trap_34"
.LASF414:
	.string	"dl_trap_35"
.LASF415:
	.string	"dl_trap_36"
.LASF376:
	.string	"dl_trap_1"
.LASF377:
	.string	"dl_trap_2"
.LASF371:
	.string	"L_HALT"
.LASF127:
	.string	"proven"
.LASF540:
	.string	"dl_trap_147"
.LASF541:
	.string	"dl_trap_148"
.LASF542:
	.string	"dl_trap_149"
.LASF385:
	.string	"dl_trap_9"
.LASF366:
	.string	"C_STORE"
.LASF590:
	.string	"dl_handler_GT_191"
.LASF275:
	.string	"NSLOTS_SHL"
.LASF85:
	.string	"OP_OR"
.LASF276:
	.string	"NSLOTS_SHR"
.LASF322:
	.string	"C_MUL"
.LASF33:
	.string	"_IO_write_end"
.LASF192:
	.string	"POPS_NEG"
.LASF391:
	.string	"dl_dispatch_14"
.LASF392:
	.string	"dl_dispatch_15"
.LASF116:
	.string	"frame"
.LASF304:
	.string	"C_NOP"
.LASF330:
	.string	"C_NOT"
.LASF573:
	.string	"dl_dispatch_176"
.LASF268:
	.string	"NSLOTS_DIV"
.LASF136:
	.string	"ST_STEPS"
.LASF269:
	.string	"NSLOTS_MOD"
.LASF314:
	.string	"C_OVER"
.LASF648:
	.string	"dl_dispatch_244"
.LASF419:
	.string	"dl_dispatch_39"
.LASF78:
	.string	"OP_SUB"
.LASF422:
	.string	"dl_trap_42"
.LASF423:
	.string	"dl_trap_43"
.LASF318:
	.string	"C_ADD"
.LASF237:
	.string	"POPS_JNZ"
.LASF430:
	.string	"dl_trap_49"
.LASF549:
	.string	"dl_trap_155"
.LASF550:
	.string	"dl_trap_156"
.LASF132:
	.string	"ST_OVERFLOW"
.LASF336:
	.string	"C_XOR"
.LASF123:
	.string	"count"
.LASF264:
	.string	"NSLOTS_ROT"
.LASF373:
	.string	"budget"
.LASF158:
	.string	"FLOW_OF_NOP"
.LASF438:
	.string	"dl_checked_ADD_56"
.LASF301:
	.string	"prepared"
.LASF460:
	.string	"dl_trap_76"
.LASF34:
	.string	"_IO_buf_base"
.LASF400:
	.string	"dl_dispatch_22"
.LASF401:
	.string	"dl_dispatch_23"
.LASF12:
	.string	"unsigned int"
.LASF644:
	.string	"dl_handler_CALL_240"
.LASF73:
	.string	"OP_DUP"
.LASF690:
	.string	"dl_trap_282"
.LASF691:
	.string	"dl_trap_283"
.LASF657:
	.string	"dl_dispatch_252"
.LASF566:
	.string	"dl_checked_LT_170"
.LASF660:
	.string	"dl_dispatch_255"
.LASF431:
	.string	"dl_trap_50"
.LASF432:
	.string	"dl_trap_51"
.LASF433:
	.string	"dl_trap_52"
.LASF214:
	.string	"PUSHES_EQ"
.LASF161:
	.string	"FLOW_OF_PUSH"
.LASF439:
	.string	"dl_trap_57"
.LASF440:
	.string	"dl_trap_58"
.LASF441:
	.string	"dl_trap_59"
.LASF560:
	.string	"dl_trap_165"
.LASF561:
	.string	"dl_trap_166"
.LASF348:
	.string	"C_LE"
.LASF603:
	.string	"dl_trap_203"
.LASF53:
	.string	"__pad5"
.LASF605:
	.string	"dl_trap_205"
.LASF606:
	.string	"dl_trap_206"
.LASF74:
	.string	"OP_SWAP"
.LASF568:
	.string	"dl_trap_172"
.LASF346:
	.string	"C_LT"
.LASF393:
	.string	"dl_checked_DROP_16"
.LASF409:
	.string	"dl_dispatch_30"
.LASF410:
	.string	"dl_dispatch_31"
.LASF418:
	.string	"dl_dispatch_38"
.LASF236:
	.string	"FLOW_OF_JZ"
.LASF125:
	.string	"labels"
.LASF427:
	.string	"dl_dispatch_46"
.LASF428:
	.string	"dl_dispatch_47"
.LASF139:
	.string	"total"
.LASF27:
	.string	"_flags"
.LASF442:
	.string	"dl_trap_60"
.LASF115:
	.string	"offset"
.LASF448:
	.string	"dl_trap_65"
.LASF449:
	.string	"dl_trap_66"
.LASF450:
	.string	"dl_trap_67"
.LASF451:
	.string	"dl_trap_68"
.LASF570:
	.string	"dl_trap_174"
.LASF576:
	.string	"dl_trap_179"
.LASF9:
	.string	"__saved_mask"
.LASF54:
	.string	"_mode"
.LASF616:
	.string	"dl_trap_215"
.LASF617:
	.string	"dl_trap_216"
.LASF618:
	.string	"dl_trap_217"
.LASF185:
	.string	"FLOW_OF_MUL"
.LASF411:
	.string	"dl_checked_SWAP_32"
.LASF7:
	.string	"__jmpbuf"
.LASF469:
	.string	"dl_trap_84"
.LASF610:
	.string	"dl_count_209"
.LASF49:
	.string	"_codecvt"
.LASF197:
	.string	"FLOW_OF_NOT"
.LASF453:
	.string	"dl_handler_SUB_69"
.LASF4:
	.string	"__jmp_buf"
.LASF312:
	.string	"C_SWAP"
.LASF339:
	.string	"L_SHL"
.LASF135:
	.string	"ST_ADDRESS"
.LASF154:
	.string	"slow_prepare"
.LASF475:
	.string	"dl_checked_MOD_89"
.LASF207:
	.string	"POPS_SHL"
.LASF306:
	.string	"C_PUSH"
.LASF179:
	.string	"FLOW_OF_ADD"
.LASF108:
	.string	"FLOW_JUMP"
.LASF679:
	.string	"dl_dispatch_272"
.LASF210:
	.string	"POPS_SHR"
.LASF681:
	.string	"dl_dispatch_274"
.LASF206:
	.string	"FLOW_OF_XOR"
.LASF457:
	.string	"dl_trap_73"
.LASF458:
	.string	"dl_trap_74"
.LASF459:
	.string	"dl_trap_75"
.LASF226:
	.string	"PUSHES_GT"
.LASF297:
	.string	"thread_new"
.LASF585:
	.string	"dl_trap_187"
.LASF344:
	.string	"C_NE"
.LASF587:
	.string	"dl_trap_189"
.LASF623:
	.string	"dl_trap_221"
.LASF627:
	.string	"dl_trap_225"
.LASF61:
	.string	"long double"
.LASF629:
	.string	"dl_trap_227"
.LASF630:
	.string	"dl_trap_228"
.LASF189:
	.string	"POPS_MOD"
.LASF620:
	.string	"dl_handler_JZ_218"
.LASF133:
	.string	"ST_RET_EMPTY"
.LASF221:
	.string	"FLOW_OF_LT"
.LASF436:
	.string	"dl_dispatch_54"
.LASF378:
	.string	"dl_trap_3"
.LASF56:
	.string	"FILE"
.LASF426:
	.string	"dl_handler_OVER_45"
.LASF478:
	.string	"dl_trap_92"
.LASF572:
	.string	"dl_handler_LT_175"
.LASF174:
	.string	"POPS_ROT"
.LASF437:
	.string	"dl_dispatch_55"
.LASF353:
	.string	"L_GE"
.LASF689:
	.string	"dl_dispatch_281"
.LASF692:
	.string	"dl_dispatch_284"
.LASF466:
	.string	"dl_trap_81"
.LASF467:
	.string	"dl_trap_82"
.LASF468:
	.string	"dl_trap_83"
.LASF254:
	.string	"FLOW_OF_PRINT"
.LASF588:
	.string	"dl_trap_190"
.LASF473:
	.string	"dl_trap_87"
.LASF363:
	.string	"L_RET"
.LASF595:
	.string	"dl_trap_196"
.LASF596:
	.string	"dl_trap_197"
.LASF597:
	.string	"dl_trap_198"
.LASF461:
	.string	"B_MUL"
.LASF635:
	.string	"dl_trap_232"
.LASF389:
	.string	"B_PUSH"
.LASF640:
	.string	"dl_trap_237"
.LASF641:
	.string	"dl_trap_238"
.LASF622:
	.string	"dl_count_220"
.LASF84:
	.string	"OP_AND"
.LASF334:
	.string	"C_OR"
.LASF380:
	.string	"B_NOP"
.LASF435:
	.string	"dl_handler_ROT_53"
.LASF499:
	.string	"B_NOT"
.LASF122:
	.string	"size"
.LASF446:
	.string	"dl_dispatch_63"
.LASF296:
	.string	"nslots"
.LASF548:
	.string	"dl_checked_EQ_154"
.LASF105:
	.string	"opcode"
.LASF443:
	.string	"B_ADD"
.LASF417:
	.string	"dl_handler_SWAP_37"
.LASF491:
	.string	"dl_handler_NEG_103"
.LASF471:
	.string	"dl_handler_DIV_85"
.LASF498:
	.string	"dl_trap_110"
.LASF526:
	.string	"B_XOR"
.LASF700:
	.string	"dl_dispatch_291"
.LASF702:
	.string	"dl_dispatch_293"
.LASF22:
	.string	"__off_t"
.LASF476:
	.string	"dl_trap_90"
.LASF477:
	.string	"dl_trap_91"
.LASF190:
	.string	"PUSHES_MOD"
.LASF479:
	.string	"dl_trap_93"
.LASF483:
	.string	"dl_trap_96"
.LASF305:
	.string	"L_NOP"
.LASF456:
	.string	"dl_checked_MUL_72"
.LASF486:
	.string	"dl_trap_99"
.LASF10:
	.string	"jmp_buf"
.LASF310:
	.string	"C_DUP"
.LASF160:
	.string	"PUSHES_PUSH"
.LASF647:
	.string	"dl_trap_243"
.LASF651:
	.string	"dl_trap_247"
.LASF652:
	.string	"dl_trap_248"
.LASF653:
	.string	"dl_trap_249"
.LASF634:
	.string	"dl_count_231"
.LASF218:
	.string	"FLOW_OF_NE"
.LASF527:
	.string	"dl_handler_XOR_135"
.LASF52:
	.string	"_freeres_buf"
.LASF455:
	.string	"dl_dispatch_71"
.LASF69:
	.string	"ucell"
.LASF151:
	.string	"prepare"
.LASF463:
	.string	"dl_dispatch_78"
.LASF464:
	.string	"dl_dispatch_79"
.LASF320:
	.string	"C_SUB"
.LASF381:
	.string	"dl_handler_NOP_5"
.LASF445:
	.string	"dl_dispatch_62"
.LASF103:
	.string	"OP_HALT"
.LASF494:
	.string	"dl_checked_NOT_106"
.LASF215:
	.string	"FLOW_OF_EQ"
.LASF267:
	.string	"NSLOTS_MUL"
.LASF509:
	.string	"dl_handler_AND_119"
.LASF235:
	.string	"PUSHES_JZ"
.LASF258:
	.string	"NSLOTS_NOP"
.LASF193:
	.string	"PUSHES_NEG"
.LASF271:
	.string	"NSLOTS_NOT"
.LASF663:
	.string	"dl_trap_258"
.LASF664:
	.string	"dl_trap_259"
.LASF242:
	.string	"FLOW_OF_CALL"
.LASF233:
	.string	"FLOW_OF_JMP"
.LASF37:
	.string	"_IO_backup_base"
.LASF46:
	.string	"_shortbuf"
.LASF203:
	.string	"FLOW_OF_OR"
.LASF265:
	.string	"NSLOTS_ADD"
.LASF472:
	.string	"dl_dispatch_86"
.LASF474:
	.string	"dl_dispatch_88"
.LASF274:
	.string	"NSLOTS_XOR"
.LASF300:
	.string	"thread_free"
.LASF513:
	.string	"dl_trap_123"
.LASF23:
	.string	"__off64_t"
.LASF514:
	.string	"dl_trap_124"
.LASF677:
	.string	"B_STORE"
.LASF121:
	.string	"code"
.LASF665:
	.string	"dl_trap_260"
.LASF666:
	.string	"dl_trap_261"
.LASF186:
	.string	"POPS_DIV"
.LASF670:
	.string	"dl_trap_264"
.LASF673:
	.string	"dl_trap_267"
.LASF674:
	.string	"dl_trap_268"
.LASF675:
	.string	"dl_trap_269"
.LASF164:
	.string	"FLOW_OF_DROP"
.LASF658:
	.string	"dl_count_253"
.LASF87:
	.string	"OP_SHL"
.LASF239:
	.string	"FLOW_OF_JNZ"
.LASF482:
	.string	"dl_dispatch_95"
.LASF484:
	.string	"dl_dispatch_97"
.LASF316:
	.string	"C_ROT"
.LASF35:
	.string	"_IO_buf_end"
.LASF291:
	.string	"NSLOTS_HALT"
.LASF107:
	.string	"FLOW_NEXT"
.LASF223:
	.string	"PUSHES_LE"
.LASF599:
	.string	"dl_handler_GE_199"
.LASF602:
	.string	"dl_checked_JMP_202"
.LASF510:
	.string	"dl_dispatch_120"
.LASF293:
	.string	"thread"
.LASF329:
	.string	"L_NEG"
.LASF372:
	.string	"dispatcher_direct"
.LASF114:
	.string	"name"
.LASF167:
	.string	"FLOW_OF_DUP"
.LASF220:
	.string	"PUSHES_LT"
.LASF307:
	.string	"L_PUSH"
.LASF676:
	.string	"dl_trap_270"
.LASF163:
	.string	"PUSHES_DROP"
.LASF680:
	.string	"dl_trap_273"
.LASF607:
	.string	"B_JMP"
.LASF684:
	.string	"dl_trap_277"
.LASF685:
	.string	"dl_trap_278"
.LASF686:
	.string	"dl_trap_279"
.LASF173:
	.string	"FLOW_OF_OVER"
.LASF17:
	.string	"short int"
.LASF332:
	.string	"C_AND"
.LASF182:
	.string	"FLOW_OF_SUB"
.LASF99:
	.string	"OP_RET"
.LASF66:
	.string	"uint64_t"
.LASF522:
	.string	"dl_trap_131"
.LASF523:
	.string	"dl_trap_132"
.LASF524:
	.string	"dl_trap_133"
.LASF531:
	.string	"dl_trap_139"
.LASF374:
	.string	"dl_checked_NOP_0"
.LASF45:
	.string	"_vtable_offset"
.LASF500:
	.string	"dl_handler_NOT_111"
.LASF142:
	.string	"stack"
.LASF694:
	.string	"dl_trap_286"
.LASF695:
	.string	"dl_trap_287"
.LASF696:
	.string	"dl_trap_288"
.LASF697:
	.string	"dl_trap_289"
.LASF553:
	.string	"B_EQ"
.LASF631:
	.string	"B_JNZ"
.LASF183:
	.string	"POPS_MUL"
.LASF643:
	.string	"B_CALL"
.LASF208:
	.string	"PUSHES_SHL"
.LASF667:
	.string	"B_LOAD"
.LASF211:
	.string	"PUSHES_SHR"
.LASF6:
	.string	"__val"
.LASF195:
	.string	"POPS_NOT"
.LASF101:
	.string	"OP_STORE"
.LASF294:
	.string	"slots"
.LASF217:
	.string	"PUSHES_NE"
.LASF407:
	.string	"B_DUP"
.LASF454:
	.string	"dl_dispatch_70"
.LASF187:
	.string	"PUSHES_DIV"
.LASF177:
	.string	"POPS_ADD"
.LASF227:
	.string	"FLOW_OF_GT"
.LASF283:
	.string	"NSLOTS_JMP"
.LASF528:
	.string	"dl_dispatch_136"
.LASF20:
	.string	"__int64_t"
.LASF204:
	.string	"POPS_XOR"
.LASF668:
	.string	"dl_handler_LOAD_262"
.LASF701:
	.string	"dl_trap_292"
.LASF693:
	.string	"dl_checked_HALT_285"
.LASF608:
	.string	"dl_handler_JMP_207"
.LASF584:
	.string	"dl_checked_GT_186"
.LASF452:
	.string	"B_SUB"
.LASF241:
	.string	"PUSHES_CALL"
.LASF398:
	.string	"B_DROP"
.LASF175:
	.string	"PUSHES_ROT"
.LASF247:
	.string	"PUSHES_LOAD"
.LASF512:
	.string	"dl_checked_OR_122"
.LASF248:
	.string	"FLOW_OF_LOAD"
.LASF29:
	.string	"_IO_read_end"
.LASF687:
	.string	"B_PRINT"
.LASF128:
	.string	"status"
.LASF632:
	.string	"dl_handler_JNZ_229"
.LASF532:
	.string	"dl_trap_140"
.LASF533:
	.string	"dl_trap_141"
.LASF534:
	.string	"dl_trap_142"
.LASF575:
	.string	"dl_checked_LE_178"
.LASF481:
	.string	"dl_handler_MOD_94"
.LASF343:
	.string	"L_EQ"
.LASF202:
	.string	"PUSHES_OR"
.LASF65:
	.string	"uint32_t"
.LASF170:
	.string	"FLOW_OF_SWAP"
.LASF678:
	.string	"dl_handler_STORE_271"
.LASF148:
	.string	"dispatcher"
.LASF285:
	.string	"NSLOTS_JNZ"
.LASF41:
	.string	"_fileno"
.LASF298:
	.string	"vm_print"
.LASF341:
	.string	"L_SHR"
.LASF589:
	.string	"B_GT"
.LASF109:
	.string	"FLOW_COND"
.LASF152:
	.string	"release"
.LASF50:
	.string	"_wide_data"
.LASF425:
	.string	"B_OVER"
.LASF325:
	.string	"L_DIV"
.LASF261:
	.string	"NSLOTS_DUP"
.LASF327:
	.string	"L_MOD"
.LASF582:
	.string	"dl_dispatch_184"
.LASF250:
	.string	"PUSHES_STORE"
.LASF14:
	.string	"short unsigned int"
.LASF538:
	.string	"dl_dispatch_145"
.LASF705:
	.string	"slot"
.LASF368:
	.string	"C_PRINT"
.LASF266:
	.string	"NSLOTS_SUB"
.LASF129:
	.string	"ST_HALT"
.LASF111:
	.string	"FLOW_RET"
.LASF32:
	.string	"_IO_write_ptr"
.LASF255:
	.string	"POPS_HALT"
.LASF172:
	.string	"PUSHES_OVER"
.LASF113:
	.string	"label"
.LASF18:
	.string	"__int32_t"
.LASF63:
	.string	"int64_t"
.LASF147:
	.string	"exit"
.LASF521:
	.string	"dl_checked_XOR_130"
.LASF543:
	.string	"dl_trap_150"
.LASF200:
	.string	"FLOW_OF_AND"
.LASF545:
	.string	"dl_handler_SHR_151"
.LASF447:
	.string	"dl_checked_SUB_64"
.LASF351:
	.string	"L_GT"
.LASF551:
	.string	"dl_trap_157"
.LASF140:
	.string	"hash"
.LASF5:
	.string	"__sigset_t"
.LASF361:
	.string	"L_CALL"
.LASF102:
	.string	"OP_PRINT"
.LASF365:
	.string	"L_LOAD"
.LASF231:
	.string	"POPS_JMP"
.LASF429:
	.string	"dl_checked_ROT_48"
.LASF699:
	.string	"dl_handler_HALT_290"
.LASF370:
	.string	"C_HALT"
.LASF506:
	.string	"dl_trap_117"
.LASF507:
	.string	"dl_trap_118"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/direct/direct.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

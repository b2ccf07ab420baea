	.file	"token.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/token/token.c"
	.p2align 4
	.type	run, @function
run:
.LVL0:
.LFB24:
	.file 1 "dispatch/token/token.c"
	.loc 1 21 1 view -0
	.cfi_startproc
	.loc 1 23 5 view .LVU1
	.loc 1 28 5 view .LVU2
	.loc 1 29 5 view .LVU3
# dispatch/token/token.c:21: {
	.loc 1 21 1 is_stmt 0 view .LVU4
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/token/token.c:34:     uintptr_t *rsp = vm->rstack;
	.loc 1 34 16 view .LVU5
	leaq	32776(%rdi), %r9	#, rsp
# dispatch/token/token.c:21: {
	.loc 1 21 1 view .LVU6
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/token/token.c:34:     uintptr_t *rsp = vm->rstack;
	.loc 1 34 16 view .LVU7
	movq	%r9, %r14	# rsp, rsp
# dispatch/token/token.c:21: {
	.loc 1 21 1 view .LVU8
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rdx, %r13	# tmp1064, prepared
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
# dispatch/token/token.c:33:     cell *sp = vm->stack;
	.loc 1 33 11 view .LVU9
	movq	%rdi, %rbx	# vm, sp
# dispatch/token/token.c:21: {
	.loc 1 21 1 view .LVU10
	subq	$56, %rsp	#,
	.cfi_def_cfa_offset 112
# dispatch/token/token.c:30:     const uint8_t *cur = q->code;      /* the copy being run (as in switch.c) */
	.loc 1 30 20 view .LVU11
	movq	(%rdx), %r12	# MEM[(const struct quick *)prepared_817(D)].code, cur
# dispatch/token/token.c:29:     const struct branch *const branch = q->branch;
	.loc 1 29 32 view .LVU12
	movq	16(%rdx), %r10	# MEM[(const struct quick *)prepared_817(D)].branch, branch
.LVL1:
	.loc 1 30 5 is_stmt 1 view .LVU13
	.loc 1 31 5 view .LVU14
	.loc 1 32 5 view .LVU15
# dispatch/token/token.c:32:     const uint32_t *const ord = prog->ord;
	.loc 1 32 27 is_stmt 0 view .LVU16
	movq	24(%rsi), %r15	# prog_815(D)->ord, ord
.LVL2:
	.loc 1 33 5 is_stmt 1 view .LVU17
	.loc 1 34 5 view .LVU18
	.loc 1 35 5 view .LVU19
# dispatch/token/token.c:35:     int64_t budget = vm->limit;
	.loc 1 35 13 is_stmt 0 view .LVU20
	movq	65560(%rdi), %r8	# vm_808(D)->limit, budget
.LVL3:
.LDL1:
	.loc 1 36 5 is_stmt 1 view .LVU21
	.loc 1 37 5 view .LVU22
	.loc 1 62 5 view .LVU23
	.loc 1 62 5 view .LVU24
	.loc 1 62 5 view .LVU25
	movzbl	(%r12), %eax	# *cur_813, *cur_813
	leaq	1(%r12), %rbp	#, pc
.LVL4:
	.loc 1 62 5 is_stmt 0 view .LVU26
	movq	table.0(,%rax,8), %rax	# table[_3], gotovar.89_760
	.loc 1 62 5 view .LVU27
	jmp	*%rax	# gotovar.89_760
.LVL5:
	.p2align 4,,10
	.p2align 3
.L7:
.L8:
	.file 2 "./isa/ops.inc"
	.loc 2 33 1 is_stmt 1 discriminator 14 view .LVU28
	.loc 2 33 1 discriminator 14 view .LVU29
	.loc 2 33 1 discriminator 14 view .LVU30
	.loc 2 33 1 discriminator 14 view .LVU31
	.loc 2 33 1 discriminator 14 view .LVU32
	.loc 2 33 1 discriminator 14 view .LVU33
	.loc 2 33 1 discriminator 14 view .LVU34
	.loc 2 33 1 discriminator 14 view .LVU35
	.loc 2 33 1 discriminator 14 view .LVU36
	.loc 2 33 1 discriminator 14 view .LVU37
	.loc 2 33 1 discriminator 14 view .LVU38
	.loc 2 33 1 discriminator 14 view .LVU39
	.loc 2 33 1 discriminator 14 view .LVU40
	.loc 2 33 1 discriminator 14 view .LVU41
	.loc 2 33 1 discriminator 14 view .LVU42
.L3:
.L4:
.L5:
	.loc 2 32 1 discriminator 15 view .LVU43
	.loc 2 32 1 discriminator 15 view .LVU44
	.loc 2 32 1 discriminator 15 view .LVU45
	.loc 2 33 1 discriminator 15 view .LVU46
.LDL2:
	.loc 2 33 1 discriminator 15 view .LVU47
	.loc 2 33 1 discriminator 15 view .LVU48
	.loc 2 33 1 discriminator 15 view .LVU49
	.loc 2 33 1 is_stmt 0 discriminator 15 view .LVU50
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
	addq	$1, %rbp	#, pc
.LVL6:
	.loc 2 33 1 discriminator 15 view .LVU51
	movq	table.0(,%rax,8), %rax	# table[_7], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL7:
	.p2align 4,,10
	.p2align 3
.L142:
.L143:
	.loc 2 105 1 is_stmt 1 discriminator 14 view .LVU52
	.loc 2 105 1 discriminator 14 view .LVU53
	.loc 2 105 1 discriminator 14 view .LVU54
	.loc 2 105 1 discriminator 14 view .LVU55
	.loc 2 105 1 discriminator 14 view .LVU56
	.loc 2 105 1 discriminator 14 view .LVU57
	.loc 2 105 1 discriminator 14 view .LVU58
	.loc 2 105 1 discriminator 14 view .LVU59
	.loc 2 105 1 discriminator 14 view .LVU60
	.loc 2 105 1 discriminator 14 view .LVU61
	.loc 2 105 1 discriminator 14 view .LVU62
	.loc 2 105 1 discriminator 14 view .LVU63
	.loc 2 105 1 discriminator 14 view .LVU64
	.loc 2 105 1 discriminator 14 view .LVU65
	.loc 2 105 1 discriminator 14 view .LVU66
.L137:
.L138:
.L139:
.L140:
	.loc 2 103 1 view .LVU67
	.loc 2 103 1 view .LVU68
	.loc 2 103 1 view .LVU69
	.loc 2 104 5 view .LVU70
	.loc 2 104 5 view .LVU71
	.loc 2 104 5 view .LVU72
.LBB54:
.LBI54:
	.file 3 "./isa/program.h"
	.loc 3 97 24 view .LVU73
.LBB55:
	.loc 3 99 5 view .LVU74
	.loc 3 100 5 view .LVU75
	.loc 3 104 5 view .LVU76
	.loc 3 104 5 is_stmt 0 view .LVU77
.LBE55:
.LBE54:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU78
	movl	0(%rbp), %eax	# MEM <unsigned int> [(char * {ref-all})pc_832(ab)], MEM <unsigned int> [(char * {ref-all})pc_832(ab)]
	salq	$5, %rax	#, tmp931
	addq	%r10, %rax	# branch, _489
	cmpq	%r8, 8(%rax)	# budget, _489->limit
	jg	.L238	#,
	.loc 2 104 5 is_stmt 1 view .LVU79
	.loc 2 104 5 view .LVU80
.LVL8:
	.loc 2 104 5 is_stmt 0 view .LVU81
	addq	16(%rax), %r8	# _489->delta, budget
.LVL9:
	.loc 2 104 5 is_stmt 1 view .LVU82
	.loc 2 104 5 view .LVU83
	.loc 2 104 5 is_stmt 0 view .LVU84
	movl	(%rax), %eax	# _489->target, _489->target
	addq	%r12, %rax	# cur, pc
.LVL10:
.LDL3:
	.loc 2 104 5 is_stmt 1 view .LVU85
	.loc 2 104 5 view .LVU86
	.loc 2 104 5 view .LVU87
	leaq	1(%rax), %rbp	#, pc
.LVL11:
	.loc 2 104 5 is_stmt 0 view .LVU88
	movzbl	(%rax), %eax	# *pc_561, *pc_561
	jmp	*table.0(,%rax,8)	# table[_503]
.LVL12:
	.p2align 4,,10
	.p2align 3
.L150:
.L151:
	.loc 2 110 1 is_stmt 1 discriminator 3 view .LVU89
	.loc 2 110 1 discriminator 3 view .LVU90
	.loc 2 110 1 discriminator 3 view .LVU91
	.loc 2 110 1 discriminator 3 view .LVU92
	.loc 2 110 1 discriminator 3 view .LVU93
	.loc 2 110 1 discriminator 3 view .LVU94
	leaq	8(%rdi), %rax	#, tmp955
	cmpq	%rax, %rbx	# tmp955, sp
	jb	.L239	#,
.L144:
.L145:
.L146:
	.loc 2 107 1 discriminator 3 view .LVU95
	.loc 2 107 1 discriminator 3 view .LVU96
	.loc 2 107 1 discriminator 3 view .LVU97
	.loc 2 108 5 discriminator 3 view .LVU98
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 3 view .LVU99
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_826 + -8B], arg
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 discriminator 3 view .LVU100
	leaq	-8(%rbx), %rcx	#, sp
.LVL13:
	.loc 2 108 8 discriminator 3 view .LVU101
	testq	%r11, %r11	# arg
	jne	.L147	#,
.L148:
	.loc 2 109 9 is_stmt 1 view .LVU102
	.loc 2 109 9 view .LVU103
	.loc 2 109 9 view .LVU104
.LVL14:
.LBB56:
.LBI56:
	.loc 3 97 24 view .LVU105
.LBB57:
	.loc 3 99 5 view .LVU106
	.loc 3 100 5 view .LVU107
	.loc 3 104 5 view .LVU108
	.loc 3 104 5 is_stmt 0 view .LVU109
.LBE57:
.LBE56:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU110
	movl	0(%rbp), %eax	# MEM <unsigned int> [(char * {ref-all})pc_832(ab)], MEM <unsigned int> [(char * {ref-all})pc_832(ab)]
	salq	$5, %rax	#, tmp942
	addq	%r10, %rax	# branch, _528
	cmpq	%r8, 8(%rax)	# budget, _528->limit
	jg	.L240	#,
	.loc 2 109 9 is_stmt 1 view .LVU111
	.loc 2 109 9 view .LVU112
.LVL15:
	.loc 2 109 9 is_stmt 0 view .LVU113
	addq	16(%rax), %r8	# _528->delta, budget
.LVL16:
	.loc 2 109 9 is_stmt 1 view .LVU114
	.loc 2 109 9 view .LVU115
	.loc 2 109 9 is_stmt 0 view .LVU116
	movl	(%rax), %eax	# _528->target, _528->target
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 view .LVU117
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU118
	addq	%r12, %rax	# cur, pc
.LVL17:
.LDL4:
	.loc 2 109 9 is_stmt 1 view .LVU119
	.loc 2 109 9 view .LVU120
	.loc 2 109 9 view .LVU121
	leaq	1(%rax), %rbp	#, pc
.LVL18:
	.loc 2 109 9 is_stmt 0 view .LVU122
	movzbl	(%rax), %eax	# *pc_652, *pc_652
	movq	table.0(,%rax,8), %rax	# table[_542], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL19:
	.p2align 4,,10
	.p2align 3
.L158:
.L159:
	.loc 2 115 1 is_stmt 1 discriminator 3 view .LVU123
	.loc 2 115 1 discriminator 3 view .LVU124
	.loc 2 115 1 discriminator 3 view .LVU125
	.loc 2 115 1 discriminator 3 view .LVU126
	.loc 2 115 1 discriminator 3 view .LVU127
	.loc 2 115 1 discriminator 3 view .LVU128
	leaq	8(%rdi), %rax	#, tmp974
	cmpq	%rax, %rbx	# tmp974, sp
	jb	.L241	#,
.L152:
.L153:
.L154:
	.loc 2 112 1 discriminator 3 view .LVU129
	.loc 2 112 1 discriminator 3 view .LVU130
	.loc 2 112 1 discriminator 3 view .LVU131
	.loc 2 113 5 discriminator 3 view .LVU132
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 3 view .LVU133
	cmpq	$0, -8(%rbx)	#, MEM[(cell *)sp_826 + -8B]
	leaq	-8(%rbx), %rdx	#, sp
.LVL20:
	.loc 2 113 8 discriminator 3 view .LVU134
	je	.L155	#,
.L156:
	.loc 2 114 9 is_stmt 1 view .LVU135
	.loc 2 114 9 view .LVU136
	.loc 2 114 9 view .LVU137
.LVL21:
.LBB58:
.LBI58:
	.loc 3 97 24 view .LVU138
.LBB59:
	.loc 3 99 5 view .LVU139
	.loc 3 100 5 view .LVU140
	.loc 3 104 5 view .LVU141
	.loc 3 104 5 is_stmt 0 view .LVU142
.LBE59:
.LBE58:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU143
	movl	0(%rbp), %eax	# MEM <unsigned int> [(char * {ref-all})pc_832(ab)], MEM <unsigned int> [(char * {ref-all})pc_832(ab)]
	salq	$5, %rax	#, tmp961
	addq	%r10, %rax	# branch, _566
	cmpq	%r8, 8(%rax)	# budget, _566->limit
	jg	.L242	#,
	.loc 2 114 9 is_stmt 1 view .LVU144
	.loc 2 114 9 view .LVU145
.LVL22:
	.loc 2 114 9 is_stmt 0 view .LVU146
	addq	16(%rax), %r8	# _566->delta, budget
.LVL23:
	.loc 2 114 9 is_stmt 1 view .LVU147
	.loc 2 114 9 view .LVU148
	.loc 2 114 9 is_stmt 0 view .LVU149
	movl	(%rax), %eax	# _566->target, _566->target
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 view .LVU150
	movq	%rdx, %rbx	# sp, sp
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU151
	addq	%r12, %rax	# cur, pc
.LVL24:
.LDL5:
	.loc 2 114 9 is_stmt 1 view .LVU152
	.loc 2 114 9 view .LVU153
	.loc 2 114 9 view .LVU154
	leaq	1(%rax), %rbp	#, pc
.LVL25:
	.loc 2 114 9 is_stmt 0 view .LVU155
	movzbl	(%rax), %eax	# *pc_668, *pc_668
	movq	table.0(,%rax,8), %rax	# table[_580], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL26:
	.p2align 4,,10
	.p2align 3
.L190:
.L191:
	.loc 2 142 1 is_stmt 1 discriminator 3 view .LVU156
	.loc 2 142 1 discriminator 3 view .LVU157
	.loc 2 142 1 discriminator 3 view .LVU158
	.loc 2 142 1 discriminator 3 view .LVU159
	.loc 2 142 1 discriminator 3 view .LVU160
	.loc 2 142 1 discriminator 3 view .LVU161
	leaq	8(%rdi), %rax	#, tmp1053
	cmpq	%rax, %rbx	# tmp1053, sp
	jb	.L243	#,
.L185:
.L186:
.L187:
	.loc 2 137 1 discriminator 3 view .LVU162
	.loc 2 137 1 discriminator 3 view .LVU163
	.loc 2 137 1 discriminator 3 view .LVU164
	.loc 2 138 5 discriminator 3 view .LVU165
	.loc 2 138 5 discriminator 3 view .LVU166
	leaq	-1(%rbp), %rax	#, tmp1045
	subq	%r12, %rax	# cur, tmp1046
	leaq	(%r15,%rax,4), %rdx	#, _785
	movl	(%rdx), %eax	# *_785,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_1013
	jge	.L244	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU167
	movq	-8(%rbx), %rsi	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	movq	%r10, 40(%rsp)	# branch, %sfp
	movq	%r9, 32(%rsp)	# rsp, %sfp
	movq	%rdx, 24(%rsp)	# _785, %sfp
	movq	%r8, 16(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 2 view .LVU168
	.loc 2 138 5 discriminator 2 view .LVU169
	.loc 2 139 5 discriminator 2 view .LVU170
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU171
	movq	%rdi, 8(%rsp)	# vm, %sfp
	call	vm_print	#
.LVL27:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 2 view .LVU172
	movq	8(%rsp), %rdi	# %sfp, vm
	movq	16(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp1065
	movq	24(%rsp), %rdx	# %sfp, _785
	movq	32(%rsp), %r9	# %sfp, rsp
	movq	40(%rsp), %r10	# %sfp, branch
	jne	.L245	#,
	.loc 2 140 9 is_stmt 1 view .LVU173
	.loc 2 141 5 view .LVU174
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU175
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU176
	subq	$8, %rbx	#, sp
.LVL28:
	.loc 2 142 1 is_stmt 1 view .LVU177
.LDL6:
	.loc 2 142 1 view .LVU178
	.loc 2 142 1 view .LVU179
	.loc 2 142 1 view .LVU180
	.loc 2 142 1 is_stmt 0 view .LVU181
	addq	$1, %rbp	#, pc
.LVL29:
	.loc 2 142 1 view .LVU182
	movq	table.0(,%rax,8), %rax	# table[_798], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL30:
	.p2align 4,,10
	.p2align 3
.L183:
.L184:
	.loc 2 135 1 is_stmt 1 discriminator 3 view .LVU183
	.loc 2 135 1 discriminator 3 view .LVU184
	.loc 2 135 1 discriminator 3 view .LVU185
	.loc 2 135 1 discriminator 3 view .LVU186
	.loc 2 135 1 discriminator 3 view .LVU187
	.loc 2 135 1 discriminator 3 view .LVU188
	leaq	16(%rdi), %rax	#, tmp1040
	cmpq	%rax, %rbx	# tmp1040, sp
	jb	.L246	#,
.L179:
.L180:
.L181:
	.loc 2 131 1 discriminator 3 view .LVU189
	.loc 2 131 1 discriminator 3 view .LVU190
	.loc 2 131 1 discriminator 3 view .LVU191
	.loc 2 132 5 discriminator 3 view .LVU192
	.loc 2 132 5 discriminator 3 view .LVU193
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_826 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L247	#,
	.loc 2 132 5 discriminator 2 view .LVU194
	.loc 2 132 5 discriminator 2 view .LVU195
	.loc 2 133 5 discriminator 2 view .LVU196
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU197
	movq	-16(%rbx), %rcx	# MEM[(cell *)sp_826 + -16B], _763
	movq	65544(%rdi), %rax	# vm_808(D)->mem, vm_808(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU198
	subq	$16, %rbx	#, sp
.LVL31:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 2 view .LVU199
	addq	$1, %rbp	#, pc
.LVL32:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU200
	movq	%rcx, (%rax,%r11,8)	# _763, *_762
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU201
.LVL33:
	.loc 2 135 1 discriminator 2 view .LVU202
.LDL7:
	.loc 2 135 1 discriminator 2 view .LVU203
	.loc 2 135 1 discriminator 2 view .LVU204
	.loc 2 135 1 discriminator 2 view .LVU205
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL34:
	.loc 2 135 1 is_stmt 0 discriminator 2 view .LVU206
	movq	table.0(,%rax,8), %rax	# table[_766], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL35:
	.p2align 4,,10
	.p2align 3
.L177:
.L178:
	.loc 2 129 1 is_stmt 1 discriminator 3 view .LVU207
	.loc 2 129 1 discriminator 3 view .LVU208
	.loc 2 129 1 discriminator 3 view .LVU209
	.loc 2 129 1 discriminator 3 view .LVU210
	.loc 2 129 1 discriminator 3 view .LVU211
	.loc 2 129 1 discriminator 3 view .LVU212
	leaq	8(%rdi), %rax	#, tmp1029
	cmpq	%rax, %rbx	# tmp1029, sp
	jb	.L248	#,
.L173:
.L174:
.L175:
	.loc 2 126 1 discriminator 3 view .LVU213
	.loc 2 126 1 discriminator 3 view .LVU214
	.loc 2 126 1 discriminator 3 view .LVU215
	.loc 2 127 5 discriminator 3 view .LVU216
	.loc 2 127 5 discriminator 3 view .LVU217
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_826 + -8B], arg
	cmpq	$65535, %r11	#, arg
	ja	.L249	#,
	.loc 2 127 5 discriminator 2 view .LVU218
	.loc 2 127 5 discriminator 2 view .LVU219
	.loc 2 128 5 discriminator 2 view .LVU220
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 2 view .LVU221
	movq	65544(%rdi), %rax	# vm_808(D)->mem, vm_808(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 2 view .LVU222
	addq	$1, %rbp	#, pc
.LVL36:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 discriminator 2 view .LVU223
	movq	(%rax,%r11,8), %rax	# *_731, _732
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU224
	movq	%rax, -8(%rbx)	# _732, MEM[(cell *)sp_826 + -8B]
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU225
.LVL37:
.LDL8:
	.loc 2 129 1 discriminator 2 view .LVU226
	.loc 2 129 1 discriminator 2 view .LVU227
	.loc 2 129 1 discriminator 2 view .LVU228
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL38:
	.loc 2 129 1 is_stmt 0 discriminator 2 view .LVU229
	movq	table.0(,%rax,8), %rax	# table[_735], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL39:
	.p2align 4,,10
	.p2align 3
.L171:
.L172:
	.loc 2 124 1 is_stmt 1 discriminator 12 view .LVU230
	.loc 2 124 1 discriminator 12 view .LVU231
	.loc 2 124 1 discriminator 12 view .LVU232
	.loc 2 124 1 discriminator 12 view .LVU233
	.loc 2 124 1 discriminator 12 view .LVU234
	.loc 2 124 1 discriminator 12 view .LVU235
	.loc 2 124 1 discriminator 12 view .LVU236
	.loc 2 124 1 discriminator 12 view .LVU237
	.loc 2 124 1 discriminator 12 view .LVU238
	.loc 2 124 1 discriminator 12 view .LVU239
	.loc 2 124 1 discriminator 12 view .LVU240
	.loc 2 124 1 discriminator 12 view .LVU241
	cmpq	%r14, %r9	# rsp, rsp
	je	.L250	#,
.L167:
.L168:
.L169:
	.loc 2 122 1 discriminator 3 view .LVU242
	.loc 2 122 1 discriminator 3 view .LVU243
	.loc 2 122 1 discriminator 3 view .LVU244
	.loc 2 123 5 discriminator 3 view .LVU245
.LBB60:
	.loc 2 123 5 discriminator 3 view .LVU246
	subq	$1, %rbp	#, tmp1014
.LVL40:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU247
	movq	-8(%r14), %rax	# MEM[(uintptr_t *)rsp_827 + -8B], _673
	leaq	-8(%r14), %rdx	#, rsp
.LVL41:
.LDL9:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU248
	.loc 2 123 5 discriminator 3 view .LVU249
	.loc 2 123 5 discriminator 3 view .LVU250
	subq	%r12, %rbp	# cur, tmp1013
.LVL42:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU251
	movl	(%r15,%rbp,4), %esi	# *_678,
	movq	%rsi, %rcx	#,
	cmpq	%r8, %rsi	# budget, _680
	jge	.L251	#,
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU252
	.loc 2 123 5 discriminator 3 view .LVU253
	movl	%eax, %eax	# _673, _818
	movq	%rdx, %r14	# rsp, rsp
.LVL43:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU254
	movl	(%r15,%rax,4), %ecx	# *_686, *_686
	addq	%r12, %rax	# cur, pc
	leaq	1(%rax), %rbp	#, pc
	movzbl	(%rax), %eax	# *pc_745, *pc_745
	subq	%rsi, %rcx	# _680, tmp1016
	movq	table.0(,%rax,8), %rax	# table[_700], gotovar.89_760
	leaq	-1(%r8,%rcx), %r8	#, budget
.LVL44:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU255
	.loc 2 123 5 discriminator 3 view .LVU256
.LDL10:
	.loc 2 123 5 discriminator 3 view .LVU257
	.loc 2 123 5 discriminator 3 view .LVU258
	.loc 2 123 5 discriminator 3 view .LVU259
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU260
	jmp	*%rax	# gotovar.89_760
.LVL45:
	.p2align 4,,10
	.p2align 3
.L135:
.L136:
	.loc 2 123 5 discriminator 3 view .LVU261
.LBE60:
	.loc 2 100 33 is_stmt 1 discriminator 7 view .LVU262
	.loc 2 100 33 discriminator 7 view .LVU263
	.loc 2 100 33 discriminator 7 view .LVU264
	.loc 2 100 33 discriminator 7 view .LVU265
	.loc 2 100 33 discriminator 7 view .LVU266
	.loc 2 100 33 discriminator 7 view .LVU267
	leaq	16(%rdi), %rax	#, tmp925
	cmpq	%rax, %rbx	# tmp925, sp
	jb	.L252	#,
.L132:
.L133:
.L134:
	.loc 2 100 1 discriminator 19 view .LVU268
	.loc 2 100 1 discriminator 19 view .LVU269
	.loc 2 100 1 discriminator 19 view .LVU270
	.loc 2 100 16 discriminator 19 view .LVU271
.LBB61:
	.loc 2 100 16 discriminator 19 view .LVU272
.LVL46:
	.loc 2 100 16 discriminator 19 view .LVU273
	.loc 2 100 16 discriminator 19 view .LVU274
	.loc 2 100 16 discriminator 19 view .LVU275
	.loc 2 100 16 discriminator 19 view .LVU276
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], tmp1102
	cmpq	%rax, -8(%rbx)	# tmp1102, MEM[(cell *)sp_826 + -8B]
	setle	%al	#, tmp919
	subq	$8, %rbx	#, sp
.LVL47:
	.loc 2 100 16 is_stmt 0 discriminator 19 view .LVU277
.LBE61:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 19 view .LVU278
	addq	$1, %rbp	#, pc
.LVL48:
.LBB62:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 19 view .LVU279
	movzbl	%al, %eax	# tmp919, tmp919
	movq	%rax, -8(%rbx)	# tmp919, MEM[(cell *)sp_826 + -16B]
.LVL49:
	.loc 2 100 16 discriminator 19 view .LVU280
.LBE62:
	.loc 2 100 16 is_stmt 1 discriminator 19 view .LVU281
	.loc 2 100 33 discriminator 19 view .LVU282
.LDL11:
	.loc 2 100 33 discriminator 19 view .LVU283
	.loc 2 100 33 discriminator 19 view .LVU284
	.loc 2 100 33 discriminator 19 view .LVU285
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL50:
	.loc 2 100 33 is_stmt 0 discriminator 19 view .LVU286
	movq	table.0(,%rax,8), %rax	# table[_465], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL51:
	.p2align 4,,10
	.p2align 3
.L130:
.L131:
	.loc 2 99 33 is_stmt 1 discriminator 7 view .LVU287
	.loc 2 99 33 discriminator 7 view .LVU288
	.loc 2 99 33 discriminator 7 view .LVU289
	.loc 2 99 33 discriminator 7 view .LVU290
	.loc 2 99 33 discriminator 7 view .LVU291
	.loc 2 99 33 discriminator 7 view .LVU292
	leaq	16(%rdi), %rax	#, tmp914
	cmpq	%rax, %rbx	# tmp914, sp
	jb	.L253	#,
.L127:
.L128:
.L129:
	.loc 2 99 1 discriminator 19 view .LVU293
	.loc 2 99 1 discriminator 19 view .LVU294
	.loc 2 99 1 discriminator 19 view .LVU295
	.loc 2 99 16 discriminator 19 view .LVU296
.LBB63:
	.loc 2 99 16 discriminator 19 view .LVU297
.LVL52:
	.loc 2 99 16 discriminator 19 view .LVU298
	.loc 2 99 16 discriminator 19 view .LVU299
	.loc 2 99 16 discriminator 19 view .LVU300
	.loc 2 99 16 discriminator 19 view .LVU301
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], tmp1100
	cmpq	%rax, -8(%rbx)	# tmp1100, MEM[(cell *)sp_826 + -8B]
	setl	%al	#, tmp908
	subq	$8, %rbx	#, sp
.LVL53:
	.loc 2 99 16 is_stmt 0 discriminator 19 view .LVU302
.LBE63:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 19 view .LVU303
	addq	$1, %rbp	#, pc
.LVL54:
.LBB64:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 19 view .LVU304
	movzbl	%al, %eax	# tmp908, tmp908
	movq	%rax, -8(%rbx)	# tmp908, MEM[(cell *)sp_826 + -16B]
.LVL55:
	.loc 2 99 16 discriminator 19 view .LVU305
.LBE64:
	.loc 2 99 16 is_stmt 1 discriminator 19 view .LVU306
	.loc 2 99 33 discriminator 19 view .LVU307
.LDL12:
	.loc 2 99 33 discriminator 19 view .LVU308
	.loc 2 99 33 discriminator 19 view .LVU309
	.loc 2 99 33 discriminator 19 view .LVU310
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL56:
	.loc 2 99 33 is_stmt 0 discriminator 19 view .LVU311
	movq	table.0(,%rax,8), %rax	# table[_441], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL57:
	.p2align 4,,10
	.p2align 3
.L125:
.L126:
	.loc 2 98 33 is_stmt 1 discriminator 7 view .LVU312
	.loc 2 98 33 discriminator 7 view .LVU313
	.loc 2 98 33 discriminator 7 view .LVU314
	.loc 2 98 33 discriminator 7 view .LVU315
	.loc 2 98 33 discriminator 7 view .LVU316
	.loc 2 98 33 discriminator 7 view .LVU317
	leaq	16(%rdi), %rax	#, tmp903
	cmpq	%rax, %rbx	# tmp903, sp
	jb	.L254	#,
.L122:
.L123:
.L124:
	.loc 2 98 1 discriminator 19 view .LVU318
	.loc 2 98 1 discriminator 19 view .LVU319
	.loc 2 98 1 discriminator 19 view .LVU320
	.loc 2 98 16 discriminator 19 view .LVU321
.LBB65:
	.loc 2 98 16 discriminator 19 view .LVU322
.LVL58:
	.loc 2 98 16 discriminator 19 view .LVU323
	.loc 2 98 16 discriminator 19 view .LVU324
	.loc 2 98 16 discriminator 19 view .LVU325
	.loc 2 98 16 discriminator 19 view .LVU326
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], tmp1098
	cmpq	%rax, -8(%rbx)	# tmp1098, MEM[(cell *)sp_826 + -8B]
	setge	%al	#, tmp897
	subq	$8, %rbx	#, sp
.LVL59:
	.loc 2 98 16 is_stmt 0 discriminator 19 view .LVU327
.LBE65:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 19 view .LVU328
	addq	$1, %rbp	#, pc
.LVL60:
.LBB66:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 19 view .LVU329
	movzbl	%al, %eax	# tmp897, tmp897
	movq	%rax, -8(%rbx)	# tmp897, MEM[(cell *)sp_826 + -16B]
.LVL61:
	.loc 2 98 16 discriminator 19 view .LVU330
.LBE66:
	.loc 2 98 16 is_stmt 1 discriminator 19 view .LVU331
	.loc 2 98 33 discriminator 19 view .LVU332
.LDL13:
	.loc 2 98 33 discriminator 19 view .LVU333
	.loc 2 98 33 discriminator 19 view .LVU334
	.loc 2 98 33 discriminator 19 view .LVU335
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL62:
	.loc 2 98 33 is_stmt 0 discriminator 19 view .LVU336
	movq	table.0(,%rax,8), %rax	# table[_417], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL63:
	.p2align 4,,10
	.p2align 3
.L120:
.L121:
	.loc 2 97 33 is_stmt 1 discriminator 7 view .LVU337
	.loc 2 97 33 discriminator 7 view .LVU338
	.loc 2 97 33 discriminator 7 view .LVU339
	.loc 2 97 33 discriminator 7 view .LVU340
	.loc 2 97 33 discriminator 7 view .LVU341
	.loc 2 97 33 discriminator 7 view .LVU342
	leaq	16(%rdi), %rax	#, tmp892
	cmpq	%rax, %rbx	# tmp892, sp
	jb	.L255	#,
.L117:
.L118:
.L119:
	.loc 2 97 1 discriminator 19 view .LVU343
	.loc 2 97 1 discriminator 19 view .LVU344
	.loc 2 97 1 discriminator 19 view .LVU345
	.loc 2 97 16 discriminator 19 view .LVU346
.LBB67:
	.loc 2 97 16 discriminator 19 view .LVU347
.LVL64:
	.loc 2 97 16 discriminator 19 view .LVU348
	.loc 2 97 16 discriminator 19 view .LVU349
	.loc 2 97 16 discriminator 19 view .LVU350
	.loc 2 97 16 discriminator 19 view .LVU351
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], tmp1096
	cmpq	%rax, -8(%rbx)	# tmp1096, MEM[(cell *)sp_826 + -8B]
	setg	%al	#, tmp886
	subq	$8, %rbx	#, sp
.LVL65:
	.loc 2 97 16 is_stmt 0 discriminator 19 view .LVU352
.LBE67:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 19 view .LVU353
	addq	$1, %rbp	#, pc
.LVL66:
.LBB68:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 19 view .LVU354
	movzbl	%al, %eax	# tmp886, tmp886
	movq	%rax, -8(%rbx)	# tmp886, MEM[(cell *)sp_826 + -16B]
.LVL67:
	.loc 2 97 16 discriminator 19 view .LVU355
.LBE68:
	.loc 2 97 16 is_stmt 1 discriminator 19 view .LVU356
	.loc 2 97 33 discriminator 19 view .LVU357
.LDL14:
	.loc 2 97 33 discriminator 19 view .LVU358
	.loc 2 97 33 discriminator 19 view .LVU359
	.loc 2 97 33 discriminator 19 view .LVU360
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL68:
	.loc 2 97 33 is_stmt 0 discriminator 19 view .LVU361
	movq	table.0(,%rax,8), %rax	# table[_393], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL69:
	.p2align 4,,10
	.p2align 3
.L115:
.L116:
	.loc 2 96 33 is_stmt 1 discriminator 7 view .LVU362
	.loc 2 96 33 discriminator 7 view .LVU363
	.loc 2 96 33 discriminator 7 view .LVU364
	.loc 2 96 33 discriminator 7 view .LVU365
	.loc 2 96 33 discriminator 7 view .LVU366
	.loc 2 96 33 discriminator 7 view .LVU367
	leaq	16(%rdi), %rax	#, tmp881
	cmpq	%rax, %rbx	# tmp881, sp
	jb	.L256	#,
.L112:
.L113:
.L114:
	.loc 2 96 1 discriminator 19 view .LVU368
	.loc 2 96 1 discriminator 19 view .LVU369
	.loc 2 96 1 discriminator 19 view .LVU370
	.loc 2 96 16 discriminator 19 view .LVU371
.LBB69:
	.loc 2 96 16 discriminator 19 view .LVU372
.LVL70:
	.loc 2 96 16 discriminator 19 view .LVU373
	.loc 2 96 16 discriminator 19 view .LVU374
	.loc 2 96 16 discriminator 19 view .LVU375
	.loc 2 96 16 discriminator 19 view .LVU376
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], tmp1094
	cmpq	%rax, -8(%rbx)	# tmp1094, MEM[(cell *)sp_826 + -8B]
	setne	%al	#, tmp875
	subq	$8, %rbx	#, sp
.LVL71:
	.loc 2 96 16 is_stmt 0 discriminator 19 view .LVU377
.LBE69:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 19 view .LVU378
	addq	$1, %rbp	#, pc
.LVL72:
.LBB70:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 19 view .LVU379
	movzbl	%al, %eax	# tmp875, tmp875
	movq	%rax, -8(%rbx)	# tmp875, MEM[(cell *)sp_826 + -16B]
.LVL73:
	.loc 2 96 16 discriminator 19 view .LVU380
.LBE70:
	.loc 2 96 16 is_stmt 1 discriminator 19 view .LVU381
	.loc 2 96 33 discriminator 19 view .LVU382
.LDL15:
	.loc 2 96 33 discriminator 19 view .LVU383
	.loc 2 96 33 discriminator 19 view .LVU384
	.loc 2 96 33 discriminator 19 view .LVU385
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL74:
	.loc 2 96 33 is_stmt 0 discriminator 19 view .LVU386
	movq	table.0(,%rax,8), %rax	# table[_370], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL75:
	.p2align 4,,10
	.p2align 3
.L110:
.L111:
	.loc 2 95 33 is_stmt 1 discriminator 7 view .LVU387
	.loc 2 95 33 discriminator 7 view .LVU388
	.loc 2 95 33 discriminator 7 view .LVU389
	.loc 2 95 33 discriminator 7 view .LVU390
	.loc 2 95 33 discriminator 7 view .LVU391
	.loc 2 95 33 discriminator 7 view .LVU392
	leaq	16(%rdi), %rax	#, tmp870
	cmpq	%rax, %rbx	# tmp870, sp
	jb	.L257	#,
.L107:
.L108:
.L109:
	.loc 2 95 1 discriminator 19 view .LVU393
	.loc 2 95 1 discriminator 19 view .LVU394
	.loc 2 95 1 discriminator 19 view .LVU395
	.loc 2 95 16 discriminator 19 view .LVU396
.LBB71:
	.loc 2 95 16 discriminator 19 view .LVU397
.LVL76:
	.loc 2 95 16 discriminator 19 view .LVU398
	.loc 2 95 16 discriminator 19 view .LVU399
	.loc 2 95 16 discriminator 19 view .LVU400
	.loc 2 95 16 discriminator 19 view .LVU401
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], tmp1092
	cmpq	%rax, -16(%rbx)	# tmp1092, MEM[(cell *)sp_826 + -16B]
	sete	%al	#, tmp864
	subq	$8, %rbx	#, sp
.LVL77:
	.loc 2 95 16 is_stmt 0 discriminator 19 view .LVU402
.LBE71:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 19 view .LVU403
	addq	$1, %rbp	#, pc
.LVL78:
.LBB72:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 19 view .LVU404
	movzbl	%al, %eax	# tmp864, tmp864
	movq	%rax, -8(%rbx)	# tmp864, MEM[(cell *)sp_826 + -16B]
.LVL79:
	.loc 2 95 16 discriminator 19 view .LVU405
.LBE72:
	.loc 2 95 16 is_stmt 1 discriminator 19 view .LVU406
	.loc 2 95 33 discriminator 19 view .LVU407
.LDL16:
	.loc 2 95 33 discriminator 19 view .LVU408
	.loc 2 95 33 discriminator 19 view .LVU409
	.loc 2 95 33 discriminator 19 view .LVU410
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL80:
	.loc 2 95 33 is_stmt 0 discriminator 19 view .LVU411
	movq	table.0(,%rax,8), %rax	# table[_346], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL81:
	.p2align 4,,10
	.p2align 3
.L105:
.L106:
	.loc 2 93 68 is_stmt 1 discriminator 7 view .LVU412
	.loc 2 93 68 discriminator 7 view .LVU413
	.loc 2 93 68 discriminator 7 view .LVU414
	.loc 2 93 68 discriminator 7 view .LVU415
	.loc 2 93 68 discriminator 7 view .LVU416
	.loc 2 93 68 discriminator 7 view .LVU417
	leaq	16(%rdi), %rax	#, tmp859
	cmpq	%rax, %rbx	# tmp859, sp
	jb	.L258	#,
.L102:
.L103:
.L104:
	.loc 2 93 1 discriminator 19 view .LVU418
	.loc 2 93 1 discriminator 19 view .LVU419
	.loc 2 93 1 discriminator 19 view .LVU420
	.loc 2 93 16 discriminator 19 view .LVU421
.LBB73:
	.loc 2 93 16 discriminator 19 view .LVU422
.LVL82:
	.loc 2 93 16 discriminator 19 view .LVU423
	.loc 2 93 16 discriminator 19 view .LVU424
	.loc 2 93 16 discriminator 19 view .LVU425
	.loc 2 93 16 discriminator 19 view .LVU426
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	sarq	%cl, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL83:
	.loc 2 93 16 is_stmt 0 discriminator 19 view .LVU427
.LBE73:
	.loc 2 93 16 is_stmt 1 discriminator 19 view .LVU428
	.loc 2 93 68 discriminator 19 view .LVU429
.LDL17:
	.loc 2 93 68 discriminator 19 view .LVU430
	.loc 2 93 68 discriminator 19 view .LVU431
	.loc 2 93 68 discriminator 19 view .LVU432
	.loc 2 93 68 is_stmt 0 discriminator 19 view .LVU433
	addq	$1, %rbp	#, pc
.LVL84:
.LBB74:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 19 view .LVU434
	subq	$8, %rbx	#, sp
.LVL85:
	.loc 2 93 16 discriminator 19 view .LVU435
.LBE74:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 19 view .LVU436
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL86:
	.loc 2 93 68 discriminator 19 view .LVU437
	movq	table.0(,%rax,8), %rax	# table[_324], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL87:
	.p2align 4,,10
	.p2align 3
.L100:
.L101:
	.loc 2 91 55 is_stmt 1 discriminator 7 view .LVU438
	.loc 2 91 55 discriminator 7 view .LVU439
	.loc 2 91 55 discriminator 7 view .LVU440
	.loc 2 91 55 discriminator 7 view .LVU441
	.loc 2 91 55 discriminator 7 view .LVU442
	.loc 2 91 55 discriminator 7 view .LVU443
	leaq	16(%rdi), %rax	#, tmp849
	cmpq	%rax, %rbx	# tmp849, sp
	jb	.L259	#,
.L97:
.L98:
.L99:
	.loc 2 91 1 discriminator 19 view .LVU444
	.loc 2 91 1 discriminator 19 view .LVU445
	.loc 2 91 1 discriminator 19 view .LVU446
	.loc 2 91 16 discriminator 19 view .LVU447
.LBB75:
	.loc 2 91 16 discriminator 19 view .LVU448
.LVL88:
	.loc 2 91 16 discriminator 19 view .LVU449
	.loc 2 91 16 discriminator 19 view .LVU450
	.loc 2 91 16 discriminator 19 view .LVU451
	.loc 2 91 16 discriminator 19 view .LVU452
	movq	-8(%rbx), %rcx	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	salq	%cl, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL89:
	.loc 2 91 16 is_stmt 0 discriminator 19 view .LVU453
.LBE75:
	.loc 2 91 16 is_stmt 1 discriminator 19 view .LVU454
	.loc 2 91 55 discriminator 19 view .LVU455
.LDL18:
	.loc 2 91 55 discriminator 19 view .LVU456
	.loc 2 91 55 discriminator 19 view .LVU457
	.loc 2 91 55 discriminator 19 view .LVU458
	.loc 2 91 55 is_stmt 0 discriminator 19 view .LVU459
	addq	$1, %rbp	#, pc
.LVL90:
.LBB76:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 19 view .LVU460
	subq	$8, %rbx	#, sp
.LVL91:
	.loc 2 91 16 discriminator 19 view .LVU461
.LBE76:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 19 view .LVU462
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL92:
	.loc 2 91 55 discriminator 19 view .LVU463
	movq	table.0(,%rax,8), %rax	# table[_299], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL93:
	.p2align 4,,10
	.p2align 3
.L95:
.L96:
	.loc 2 90 32 is_stmt 1 discriminator 7 view .LVU464
	.loc 2 90 32 discriminator 7 view .LVU465
	.loc 2 90 32 discriminator 7 view .LVU466
	.loc 2 90 32 discriminator 7 view .LVU467
	.loc 2 90 32 discriminator 7 view .LVU468
	.loc 2 90 32 discriminator 7 view .LVU469
	leaq	16(%rdi), %rax	#, tmp839
	cmpq	%rax, %rbx	# tmp839, sp
	jb	.L260	#,
.L92:
.L93:
.L94:
	.loc 2 90 1 discriminator 19 view .LVU470
	.loc 2 90 1 discriminator 19 view .LVU471
	.loc 2 90 1 discriminator 19 view .LVU472
	.loc 2 90 16 discriminator 19 view .LVU473
.LBB77:
	.loc 2 90 16 discriminator 19 view .LVU474
.LVL94:
	.loc 2 90 16 discriminator 19 view .LVU475
	.loc 2 90 16 discriminator 19 view .LVU476
	.loc 2 90 16 discriminator 19 view .LVU477
	.loc 2 90 16 discriminator 19 view .LVU478
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	xorq	%rax, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL95:
	.loc 2 90 16 is_stmt 0 discriminator 19 view .LVU479
.LBE77:
	.loc 2 90 16 is_stmt 1 discriminator 19 view .LVU480
	.loc 2 90 32 discriminator 19 view .LVU481
.LDL19:
	.loc 2 90 32 discriminator 19 view .LVU482
	.loc 2 90 32 discriminator 19 view .LVU483
	.loc 2 90 32 discriminator 19 view .LVU484
	.loc 2 90 32 is_stmt 0 discriminator 19 view .LVU485
	addq	$1, %rbp	#, pc
.LVL96:
.LBB78:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 19 view .LVU486
	subq	$8, %rbx	#, sp
.LVL97:
	.loc 2 90 16 discriminator 19 view .LVU487
.LBE78:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 19 view .LVU488
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL98:
	.loc 2 90 32 discriminator 19 view .LVU489
	movq	table.0(,%rax,8), %rax	# table[_271], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL99:
	.p2align 4,,10
	.p2align 3
.L90:
.L91:
	.loc 2 89 32 is_stmt 1 discriminator 7 view .LVU490
	.loc 2 89 32 discriminator 7 view .LVU491
	.loc 2 89 32 discriminator 7 view .LVU492
	.loc 2 89 32 discriminator 7 view .LVU493
	.loc 2 89 32 discriminator 7 view .LVU494
	.loc 2 89 32 discriminator 7 view .LVU495
	leaq	16(%rdi), %rax	#, tmp830
	cmpq	%rax, %rbx	# tmp830, sp
	jb	.L261	#,
.L87:
.L88:
.L89:
	.loc 2 89 1 discriminator 19 view .LVU496
	.loc 2 89 1 discriminator 19 view .LVU497
	.loc 2 89 1 discriminator 19 view .LVU498
	.loc 2 89 16 discriminator 19 view .LVU499
.LBB79:
	.loc 2 89 16 discriminator 19 view .LVU500
.LVL100:
	.loc 2 89 16 discriminator 19 view .LVU501
	.loc 2 89 16 discriminator 19 view .LVU502
	.loc 2 89 16 discriminator 19 view .LVU503
	.loc 2 89 16 discriminator 19 view .LVU504
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	orq	%rax, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL101:
	.loc 2 89 16 is_stmt 0 discriminator 19 view .LVU505
.LBE79:
	.loc 2 89 16 is_stmt 1 discriminator 19 view .LVU506
	.loc 2 89 32 discriminator 19 view .LVU507
.LDL20:
	.loc 2 89 32 discriminator 19 view .LVU508
	.loc 2 89 32 discriminator 19 view .LVU509
	.loc 2 89 32 discriminator 19 view .LVU510
	.loc 2 89 32 is_stmt 0 discriminator 19 view .LVU511
	addq	$1, %rbp	#, pc
.LVL102:
.LBB80:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 19 view .LVU512
	subq	$8, %rbx	#, sp
.LVL103:
	.loc 2 89 16 discriminator 19 view .LVU513
.LBE80:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 19 view .LVU514
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL104:
	.loc 2 89 32 discriminator 19 view .LVU515
	movq	table.0(,%rax,8), %rax	# table[_249], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL105:
	.p2align 4,,10
	.p2align 3
.L85:
.L86:
	.loc 2 88 32 is_stmt 1 discriminator 7 view .LVU516
	.loc 2 88 32 discriminator 7 view .LVU517
	.loc 2 88 32 discriminator 7 view .LVU518
	.loc 2 88 32 discriminator 7 view .LVU519
	.loc 2 88 32 discriminator 7 view .LVU520
	.loc 2 88 32 discriminator 7 view .LVU521
	leaq	16(%rdi), %rax	#, tmp821
	cmpq	%rax, %rbx	# tmp821, sp
	jb	.L262	#,
.L82:
.L83:
.L84:
	.loc 2 88 1 discriminator 19 view .LVU522
	.loc 2 88 1 discriminator 19 view .LVU523
	.loc 2 88 1 discriminator 19 view .LVU524
	.loc 2 88 16 discriminator 19 view .LVU525
.LBB81:
	.loc 2 88 16 discriminator 19 view .LVU526
.LVL106:
	.loc 2 88 16 discriminator 19 view .LVU527
	.loc 2 88 16 discriminator 19 view .LVU528
	.loc 2 88 16 discriminator 19 view .LVU529
	.loc 2 88 16 discriminator 19 view .LVU530
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	andq	%rax, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL107:
	.loc 2 88 16 is_stmt 0 discriminator 19 view .LVU531
.LBE81:
	.loc 2 88 16 is_stmt 1 discriminator 19 view .LVU532
	.loc 2 88 32 discriminator 19 view .LVU533
.LDL21:
	.loc 2 88 32 discriminator 19 view .LVU534
	.loc 2 88 32 discriminator 19 view .LVU535
	.loc 2 88 32 discriminator 19 view .LVU536
	.loc 2 88 32 is_stmt 0 discriminator 19 view .LVU537
	addq	$1, %rbp	#, pc
.LVL108:
.LBB82:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 19 view .LVU538
	subq	$8, %rbx	#, sp
.LVL109:
	.loc 2 88 16 discriminator 19 view .LVU539
.LBE82:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 19 view .LVU540
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL110:
	.loc 2 88 32 discriminator 19 view .LVU541
	movq	table.0(,%rax,8), %rax	# table[_225], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL111:
	.p2align 4,,10
	.p2align 3
.L80:
.L81:
	.loc 2 86 1 is_stmt 1 discriminator 3 view .LVU542
	.loc 2 86 1 discriminator 3 view .LVU543
	.loc 2 86 1 discriminator 3 view .LVU544
	.loc 2 86 1 discriminator 3 view .LVU545
	.loc 2 86 1 discriminator 3 view .LVU546
	.loc 2 86 1 discriminator 3 view .LVU547
	leaq	8(%rdi), %rax	#, tmp812
	cmpq	%rax, %rbx	# tmp812, sp
	jb	.L263	#,
.L77:
.L78:
.L79:
	.loc 2 84 1 discriminator 15 view .LVU548
	.loc 2 84 1 discriminator 15 view .LVU549
	.loc 2 84 1 discriminator 15 view .LVU550
	.loc 2 85 5 discriminator 15 view .LVU551
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 15 view .LVU552
	notq	-8(%rbx)	# MEM[(cell *)sp_826 + -8B]
	.loc 2 86 1 is_stmt 1 discriminator 15 view .LVU553
.LDL22:
	.loc 2 86 1 discriminator 15 view .LVU554
	.loc 2 86 1 discriminator 15 view .LVU555
	.loc 2 86 1 discriminator 15 view .LVU556
.LVL112:
	.loc 2 86 1 is_stmt 0 discriminator 15 view .LVU557
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
	addq	$1, %rbp	#, pc
.LVL113:
	.loc 2 86 1 discriminator 15 view .LVU558
	movq	table.0(,%rax,8), %rax	# table[_206], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL114:
	.p2align 4,,10
	.p2align 3
.L75:
.L76:
	.loc 2 82 1 is_stmt 1 discriminator 3 view .LVU559
	.loc 2 82 1 discriminator 3 view .LVU560
	.loc 2 82 1 discriminator 3 view .LVU561
	.loc 2 82 1 discriminator 3 view .LVU562
	.loc 2 82 1 discriminator 3 view .LVU563
	.loc 2 82 1 discriminator 3 view .LVU564
	leaq	8(%rdi), %rax	#, tmp804
	cmpq	%rax, %rbx	# tmp804, sp
	jb	.L264	#,
.L72:
.L73:
.L74:
	.loc 2 80 1 discriminator 15 view .LVU565
	.loc 2 80 1 discriminator 15 view .LVU566
	.loc 2 80 1 discriminator 15 view .LVU567
	.loc 2 81 5 discriminator 15 view .LVU568
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 15 view .LVU569
	negq	-8(%rbx)	# MEM[(cell *)sp_826 + -8B]
	.loc 2 82 1 is_stmt 1 discriminator 15 view .LVU570
.LDL23:
	.loc 2 82 1 discriminator 15 view .LVU571
	.loc 2 82 1 discriminator 15 view .LVU572
	.loc 2 82 1 discriminator 15 view .LVU573
.LVL115:
	.loc 2 82 1 is_stmt 0 discriminator 15 view .LVU574
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
	addq	$1, %rbp	#, pc
.LVL116:
	.loc 2 82 1 discriminator 15 view .LVU575
	movq	table.0(,%rax,8), %rax	# table[_191], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL117:
	.p2align 4,,10
	.p2align 3
.L70:
.L71:
	.loc 2 78 1 is_stmt 1 discriminator 3 view .LVU576
	.loc 2 78 1 discriminator 3 view .LVU577
	.loc 2 78 1 discriminator 3 view .LVU578
	.loc 2 78 1 discriminator 3 view .LVU579
	.loc 2 78 1 discriminator 3 view .LVU580
	.loc 2 78 1 discriminator 3 view .LVU581
	leaq	16(%rdi), %rax	#, tmp796
	cmpq	%rax, %rbx	# tmp796, sp
	jb	.L265	#,
.L65:
.L66:
.L67:
	.loc 2 74 1 discriminator 3 view .LVU582
	.loc 2 74 1 discriminator 3 view .LVU583
	.loc 2 74 1 discriminator 3 view .LVU584
	.loc 2 75 5 discriminator 3 view .LVU585
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 is_stmt 0 discriminator 3 view .LVU586
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_826 + -8B], arg
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 3 view .LVU587
	testq	%r11, %r11	# arg
	je	.L266	#,
	.loc 2 76 9 is_stmt 1 view .LVU588
	.loc 2 77 5 view .LVU589
.LBB83:
	.loc 2 77 5 view .LVU590
.LVL118:
	.loc 2 77 5 is_stmt 0 view .LVU591
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], a
.LVL119:
	.loc 2 77 5 is_stmt 1 view .LVU592
	.loc 2 77 5 view .LVU593
	.loc 2 77 5 view .LVU594
	leaq	-8(%rbx), %rcx	#, sp
.LVL120:
	.loc 2 77 5 view .LVU595
	xorl	%esi, %esi	# iftmp.35_362
	cmpq	$-1, %r11	#, arg
	je	.L69	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU596
	cqto
	idivq	%r11	# arg
.LVL121:
	.loc 2 77 5 discriminator 1 view .LVU597
	movq	%rdx, %rsi	# iftmp.35_362, iftmp.35_362
.L69:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU598
	movq	%rsi, -16(%rbx)	# iftmp.35_362, MEM[(cell *)sp_826 + -16B]
.LVL122:
	.loc 2 77 5 discriminator 4 view .LVU599
.LBE83:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU600
	.loc 2 78 1 discriminator 4 view .LVU601
.LDL24:
	.loc 2 78 1 discriminator 4 view .LVU602
	.loc 2 78 1 discriminator 4 view .LVU603
	.loc 2 78 1 discriminator 4 view .LVU604
	.loc 2 78 1 is_stmt 0 discriminator 4 view .LVU605
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LBB84:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU606
	movq	%rcx, %rbx	# sp, sp
.LBE84:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU607
	addq	$1, %rbp	#, pc
.LVL123:
	.loc 2 78 1 discriminator 4 view .LVU608
	movq	table.0(,%rax,8), %rax	# table[_174], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL124:
	.p2align 4,,10
	.p2align 3
.L63:
.L64:
	.loc 2 72 1 is_stmt 1 discriminator 3 view .LVU609
	.loc 2 72 1 discriminator 3 view .LVU610
	.loc 2 72 1 discriminator 3 view .LVU611
	.loc 2 72 1 discriminator 3 view .LVU612
	.loc 2 72 1 discriminator 3 view .LVU613
	.loc 2 72 1 discriminator 3 view .LVU614
	leaq	16(%rdi), %rax	#, tmp784
	cmpq	%rax, %rbx	# tmp784, sp
	jb	.L267	#,
.L57:
.L58:
.L59:
	.loc 2 67 1 discriminator 3 view .LVU615
	.loc 2 67 1 discriminator 3 view .LVU616
	.loc 2 67 1 discriminator 3 view .LVU617
	.loc 2 68 5 discriminator 3 view .LVU618
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 3 view .LVU619
	movq	-8(%rbx), %r11	# MEM[(cell *)sp_826 + -8B], arg
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 3 view .LVU620
	testq	%r11, %r11	# arg
	je	.L60	#,
	.loc 2 69 9 is_stmt 1 view .LVU621
	.loc 2 71 5 view .LVU622
.LBB85:
	.loc 2 71 5 view .LVU623
.LVL125:
	.loc 2 71 5 is_stmt 0 view .LVU624
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], a
.LVL126:
	.loc 2 71 5 is_stmt 1 view .LVU625
	.loc 2 71 5 view .LVU626
	.loc 2 71 5 view .LVU627
	leaq	-8(%rbx), %rcx	#, sp
.LVL127:
	.loc 2 71 5 view .LVU628
	cmpq	$-1, %r11	#, arg
	je	.L268	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU629
	cqto
	idivq	%r11	# arg
.LVL128:
.L62:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU630
	movq	%rax, -16(%rbx)	# iftmp.31_355, MEM[(cell *)sp_826 + -16B]
.LVL129:
	.loc 2 71 5 discriminator 4 view .LVU631
.LBE85:
	.loc 2 71 5 is_stmt 1 discriminator 4 view .LVU632
	.loc 2 72 1 discriminator 4 view .LVU633
.LDL25:
	.loc 2 72 1 discriminator 4 view .LVU634
	.loc 2 72 1 discriminator 4 view .LVU635
	.loc 2 72 1 discriminator 4 view .LVU636
	.loc 2 72 1 is_stmt 0 discriminator 4 view .LVU637
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
	movq	table.0(,%rax,8), %rax	# table[_157], gotovar.89_760
.LBB86:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU638
	movq	%rcx, %rbx	# sp, sp
.LBE86:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 4 view .LVU639
	addq	$1, %rbp	#, pc
.LVL130:
	.loc 2 72 1 discriminator 4 view .LVU640
	jmp	*%rax	# gotovar.89_760
.LVL131:
	.p2align 4,,10
	.p2align 3
.L55:
.L56:
	.loc 2 65 54 is_stmt 1 discriminator 7 view .LVU641
	.loc 2 65 54 discriminator 7 view .LVU642
	.loc 2 65 54 discriminator 7 view .LVU643
	.loc 2 65 54 discriminator 7 view .LVU644
	.loc 2 65 54 discriminator 7 view .LVU645
	.loc 2 65 54 discriminator 7 view .LVU646
	leaq	16(%rdi), %rax	#, tmp774
	cmpq	%rax, %rbx	# tmp774, sp
	jb	.L269	#,
.L52:
.L53:
.L54:
	.loc 2 65 1 discriminator 19 view .LVU647
	.loc 2 65 1 discriminator 19 view .LVU648
	.loc 2 65 1 discriminator 19 view .LVU649
	.loc 2 65 16 discriminator 19 view .LVU650
.LBB87:
	.loc 2 65 16 discriminator 19 view .LVU651
.LVL132:
	.loc 2 65 16 discriminator 19 view .LVU652
	.loc 2 65 16 discriminator 19 view .LVU653
	.loc 2 65 16 discriminator 19 view .LVU654
	.loc 2 65 16 discriminator 19 view .LVU655
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], MEM[(cell *)sp_826 + -16B]
	imulq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], tmp769
.LBE87:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 19 view .LVU656
	addq	$1, %rbp	#, pc
.LVL133:
.LBB88:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 19 view .LVU657
	subq	$8, %rbx	#, sp
.LVL134:
	.loc 2 65 16 discriminator 19 view .LVU658
	movq	%rax, -8(%rbx)	# tmp769, MEM[(cell *)sp_826 + -16B]
.LVL135:
	.loc 2 65 16 discriminator 19 view .LVU659
.LBE88:
	.loc 2 65 16 is_stmt 1 discriminator 19 view .LVU660
	.loc 2 65 54 discriminator 19 view .LVU661
.LDL26:
	.loc 2 65 54 discriminator 19 view .LVU662
	.loc 2 65 54 discriminator 19 view .LVU663
	.loc 2 65 54 discriminator 19 view .LVU664
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL136:
	.loc 2 65 54 is_stmt 0 discriminator 19 view .LVU665
	movq	table.0(,%rax,8), %rax	# table[_138], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL137:
	.p2align 4,,10
	.p2align 3
.L50:
.L51:
	.loc 2 64 54 is_stmt 1 discriminator 7 view .LVU666
	.loc 2 64 54 discriminator 7 view .LVU667
	.loc 2 64 54 discriminator 7 view .LVU668
	.loc 2 64 54 discriminator 7 view .LVU669
	.loc 2 64 54 discriminator 7 view .LVU670
	.loc 2 64 54 discriminator 7 view .LVU671
	leaq	16(%rdi), %rax	#, tmp764
	cmpq	%rax, %rbx	# tmp764, sp
	jb	.L270	#,
.L47:
.L48:
.L49:
	.loc 2 64 1 discriminator 19 view .LVU672
	.loc 2 64 1 discriminator 19 view .LVU673
	.loc 2 64 1 discriminator 19 view .LVU674
	.loc 2 64 16 discriminator 19 view .LVU675
.LBB89:
	.loc 2 64 16 discriminator 19 view .LVU676
.LVL138:
	.loc 2 64 16 discriminator 19 view .LVU677
	.loc 2 64 16 discriminator 19 view .LVU678
	.loc 2 64 16 discriminator 19 view .LVU679
	.loc 2 64 16 discriminator 19 view .LVU680
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	subq	%rax, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL139:
	.loc 2 64 16 is_stmt 0 discriminator 19 view .LVU681
.LBE89:
	.loc 2 64 16 is_stmt 1 discriminator 19 view .LVU682
	.loc 2 64 54 discriminator 19 view .LVU683
.LDL27:
	.loc 2 64 54 discriminator 19 view .LVU684
	.loc 2 64 54 discriminator 19 view .LVU685
	.loc 2 64 54 discriminator 19 view .LVU686
	.loc 2 64 54 is_stmt 0 discriminator 19 view .LVU687
	addq	$1, %rbp	#, pc
.LVL140:
.LBB90:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 19 view .LVU688
	subq	$8, %rbx	#, sp
.LVL141:
	.loc 2 64 16 discriminator 19 view .LVU689
.LBE90:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 19 view .LVU690
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL142:
	.loc 2 64 54 discriminator 19 view .LVU691
	movq	table.0(,%rax,8), %rax	# table[_122], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL143:
	.p2align 4,,10
	.p2align 3
.L45:
.L46:
	.loc 2 63 54 is_stmt 1 discriminator 7 view .LVU692
	.loc 2 63 54 discriminator 7 view .LVU693
	.loc 2 63 54 discriminator 7 view .LVU694
	.loc 2 63 54 discriminator 7 view .LVU695
	.loc 2 63 54 discriminator 7 view .LVU696
	.loc 2 63 54 discriminator 7 view .LVU697
	leaq	16(%rdi), %rax	#, tmp755
	cmpq	%rax, %rbx	# tmp755, sp
	jb	.L271	#,
.L42:
.L43:
.L44:
	.loc 2 63 1 discriminator 19 view .LVU698
	.loc 2 63 1 discriminator 19 view .LVU699
	.loc 2 63 1 discriminator 19 view .LVU700
	.loc 2 63 16 discriminator 19 view .LVU701
.LBB91:
	.loc 2 63 16 discriminator 19 view .LVU702
.LVL144:
	.loc 2 63 16 discriminator 19 view .LVU703
	.loc 2 63 16 discriminator 19 view .LVU704
	.loc 2 63 16 discriminator 19 view .LVU705
	.loc 2 63 16 discriminator 19 view .LVU706
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
	addq	%rax, -16(%rbx)	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -16B]
.LVL145:
	.loc 2 63 16 is_stmt 0 discriminator 19 view .LVU707
.LBE91:
	.loc 2 63 16 is_stmt 1 discriminator 19 view .LVU708
	.loc 2 63 54 discriminator 19 view .LVU709
.LDL28:
	.loc 2 63 54 discriminator 19 view .LVU710
	.loc 2 63 54 discriminator 19 view .LVU711
	.loc 2 63 54 discriminator 19 view .LVU712
	.loc 2 63 54 is_stmt 0 discriminator 19 view .LVU713
	addq	$1, %rbp	#, pc
.LVL146:
.LBB92:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 19 view .LVU714
	subq	$8, %rbx	#, sp
.LVL147:
	.loc 2 63 16 discriminator 19 view .LVU715
.LBE92:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 19 view .LVU716
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL148:
	.loc 2 63 54 discriminator 19 view .LVU717
	movq	table.0(,%rax,8), %rax	# table[_106], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL149:
	.p2align 4,,10
	.p2align 3
.L40:
.L41:
	.loc 2 57 1 is_stmt 1 discriminator 3 view .LVU718
	.loc 2 57 1 discriminator 3 view .LVU719
	.loc 2 57 1 discriminator 3 view .LVU720
	.loc 2 57 1 discriminator 3 view .LVU721
	.loc 2 57 1 discriminator 3 view .LVU722
	.loc 2 57 1 discriminator 3 view .LVU723
	leaq	24(%rdi), %rax	#, tmp746
	cmpq	%rax, %rbx	# tmp746, sp
	jb	.L272	#,
.L37:
.L38:
.L39:
	.loc 2 55 1 discriminator 15 view .LVU724
	.loc 2 55 1 discriminator 15 view .LVU725
	.loc 2 55 1 discriminator 15 view .LVU726
.LBB93:
	.loc 2 56 7 discriminator 15 view .LVU727
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 15 view .LVU728
	movq	-24(%rbx), %rax	# MEM[(cell *)sp_826 + -24B], a
.LVL150:
	.loc 2 56 22 is_stmt 1 discriminator 15 view .LVU729
	.loc 2 56 35 discriminator 15 view .LVU730
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 15 view .LVU731
	movdqu	-16(%rbx), %xmm2	# MEM <vector(2) long int> [(cell *)sp_826 + -16B], tmp1076
.LBE93:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 15 view .LVU732
	addq	$1, %rbp	#, pc
.LVL151:
.LBB94:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 15 view .LVU733
	movq	%rax, -8(%rbx)	# a, MEM[(cell *)sp_826 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 15 view .LVU734
	movups	%xmm2, -24(%rbx)	# tmp1076, MEM <vector(2) long int> [(cell *)sp_826 + -24B]
	.loc 2 56 48 is_stmt 1 discriminator 15 view .LVU735
.LBE94:
	.loc 2 57 1 discriminator 15 view .LVU736
.LVL152:
.LDL29:
	.loc 2 57 1 discriminator 15 view .LVU737
	.loc 2 57 1 discriminator 15 view .LVU738
	.loc 2 57 1 discriminator 15 view .LVU739
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL153:
	.loc 2 57 1 is_stmt 0 discriminator 15 view .LVU740
	movq	table.0(,%rax,8), %rax	# table[_90], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL154:
	.p2align 4,,10
	.p2align 3
.L29:
.L30:
	.loc 2 49 1 is_stmt 1 discriminator 3 view .LVU741
	.loc 2 49 1 discriminator 3 view .LVU742
	.loc 2 49 1 discriminator 3 view .LVU743
	.loc 2 49 1 discriminator 3 view .LVU744
	.loc 2 49 1 discriminator 3 view .LVU745
	.loc 2 49 1 discriminator 3 view .LVU746
	leaq	16(%rdi), %rax	#, tmp723
	cmpq	%rax, %rbx	# tmp723, sp
	jb	.L273	#,
.L26:
.L27:
.L28:
	.loc 2 47 1 discriminator 15 view .LVU747
	.loc 2 47 1 discriminator 15 view .LVU748
	.loc 2 47 1 discriminator 15 view .LVU749
.LBB95:
	.loc 2 48 7 discriminator 15 view .LVU750
.LVL155:
	.loc 2 48 22 discriminator 15 view .LVU751
	.loc 2 48 35 discriminator 15 view .LVU752
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 15 view .LVU753
	movdqu	-16(%rbx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_826 + -16B], vect__51.105
.LBE95:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 15 view .LVU754
	addq	$1, %rbp	#, pc
.LVL156:
.LBB96:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 15 view .LVU755
	shufpd	$1, %xmm0, %xmm0	#, tmp1072, vect__51.105
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 15 view .LVU756
	movups	%xmm0, -16(%rbx)	# vect__51.105, MEM <vector(2) long int> [(cell *)sp_826 + -16B]
.LVL157:
	.loc 2 48 40 discriminator 15 view .LVU757
.LBE96:
	.loc 2 49 1 is_stmt 1 discriminator 15 view .LVU758
.LDL30:
	.loc 2 49 1 discriminator 15 view .LVU759
	.loc 2 49 1 discriminator 15 view .LVU760
	.loc 2 49 1 discriminator 15 view .LVU761
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL158:
	.loc 2 49 1 is_stmt 0 discriminator 15 view .LVU762
	movq	table.0(,%rax,8), %rax	# table[_55], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL159:
	.p2align 4,,10
	.p2align 3
.L18:
.L19:
	.loc 2 41 1 is_stmt 1 discriminator 3 view .LVU763
	.loc 2 41 1 discriminator 3 view .LVU764
	.loc 2 41 1 discriminator 3 view .LVU765
	.loc 2 41 1 discriminator 3 view .LVU766
	.loc 2 41 1 discriminator 3 view .LVU767
	.loc 2 41 1 discriminator 3 view .LVU768
	leaq	8(%rdi), %rax	#, tmp699
	cmpq	%rax, %rbx	# tmp699, sp
	jb	.L274	#,
.L15:
.L16:
.L17:
	.loc 2 39 1 discriminator 15 view .LVU769
	.loc 2 39 1 discriminator 15 view .LVU770
	.loc 2 39 1 discriminator 15 view .LVU771
	.loc 2 40 5 discriminator 15 view .LVU772
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 15 view .LVU773
	movzbl	0(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 15 view .LVU774
	subq	$8, %rbx	#, sp
.LVL160:
	.loc 2 41 1 is_stmt 1 discriminator 15 view .LVU775
.LDL31:
	.loc 2 41 1 discriminator 15 view .LVU776
	.loc 2 41 1 discriminator 15 view .LVU777
	.loc 2 41 1 discriminator 15 view .LVU778
	.loc 2 41 1 is_stmt 0 discriminator 15 view .LVU779
	addq	$1, %rbp	#, pc
.LVL161:
	.loc 2 41 1 discriminator 15 view .LVU780
	movq	table.0(,%rax,8), %rax	# table[_22], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL162:
	.p2align 4,,10
	.p2align 3
.L12:
.L13:
	.loc 2 37 1 is_stmt 1 discriminator 7 view .LVU781
	.loc 2 37 1 discriminator 7 view .LVU782
	.loc 2 37 1 discriminator 7 view .LVU783
	.loc 2 37 1 discriminator 7 view .LVU784
	.loc 2 37 1 discriminator 7 view .LVU785
	.loc 2 37 1 discriminator 7 view .LVU786
	.loc 2 37 1 discriminator 7 view .LVU787
	.loc 2 37 1 discriminator 7 view .LVU788
	.loc 2 37 1 discriminator 7 view .LVU789
	leaq	32760(%rdi), %rax	#, tmp691
	cmpq	%rbx, %rax	# sp, tmp691
	jb	.L275	#,
.L9:
.L10:
.L11:
	.loc 2 35 1 view .LVU790
	.loc 2 35 1 view .LVU791
	.loc 2 35 1 view .LVU792
	.loc 2 36 5 view .LVU793
.LBB97:
	.loc 2 36 5 view .LVU794
.LVL163:
.LBB98:
.LBI98:
	.loc 3 88 20 view .LVU795
.LBB99:
	.loc 3 90 5 view .LVU796
	.loc 3 91 5 view .LVU797
	.loc 3 95 5 view .LVU798
	.loc 3 95 5 is_stmt 0 view .LVU799
.LBE99:
.LBE98:
	.loc 2 36 5 is_stmt 1 view .LVU800
	.loc 2 36 5 is_stmt 0 view .LVU801
	movq	0(%rbp), %rax	# MEM <unsigned long> [(char * {ref-all})pc_832(ab)], MEM <unsigned long> [(char * {ref-all})pc_832(ab)]
	addq	$8, %rbx	#, sp
.LVL164:
	.loc 2 36 5 view .LVU802
.LBE97:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 view .LVU803
	addq	$9, %rbp	#, pc
.LVL165:
.LBB100:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 view .LVU804
	movq	%rax, -8(%rbx)	# MEM <unsigned long> [(char * {ref-all})pc_832(ab)], *sp_826
.LBE100:
	.loc 2 36 5 is_stmt 1 view .LVU805
	.loc 2 37 1 view .LVU806
.LVL166:
.LDL32:
	.loc 2 37 1 view .LVU807
	.loc 2 37 1 view .LVU808
	.loc 2 37 1 view .LVU809
	movzbl	-1(%rbp), %eax	# MEM[(const uint8_t *)pc_832(ab) + 8B], MEM[(const uint8_t *)pc_832(ab) + 8B]
.LVL167:
	.loc 2 37 1 is_stmt 0 view .LVU810
	movq	table.0(,%rax,8), %rax	# table[_11], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL168:
	.p2align 4,,10
	.p2align 3
.L23:
.L24:
	.loc 2 45 1 is_stmt 1 discriminator 3 view .LVU811
	.loc 2 45 1 discriminator 3 view .LVU812
	.loc 2 45 1 discriminator 3 view .LVU813
	.loc 2 45 1 discriminator 3 view .LVU814
	.loc 2 45 1 discriminator 3 view .LVU815
	.loc 2 45 1 discriminator 3 view .LVU816
	leaq	8(%rdi), %rax	#, tmp708
	cmpq	%rax, %rbx	# tmp708, sp
	jb	.L276	#,
	.loc 2 45 1 discriminator 7 view .LVU817
	.loc 2 45 1 discriminator 7 view .LVU818
	.loc 2 45 1 discriminator 7 view .LVU819
	.loc 2 45 1 discriminator 7 view .LVU820
	.loc 2 45 1 discriminator 7 view .LVU821
	leaq	32760(%rdi), %rax	#, tmp713
	cmpq	%rbx, %rax	# sp, tmp713
	jb	.L277	#,
.L20:
.L21:
.L22:
	.loc 2 43 1 discriminator 15 view .LVU822
	.loc 2 43 1 discriminator 15 view .LVU823
	.loc 2 43 1 discriminator 15 view .LVU824
	.loc 2 44 5 discriminator 15 view .LVU825
.LBB101:
	.loc 2 44 5 discriminator 15 view .LVU826
.LVL169:
	.loc 2 44 5 discriminator 15 view .LVU827
	.loc 2 44 5 is_stmt 0 discriminator 15 view .LVU828
	movq	-8(%rbx), %rax	# MEM[(cell *)sp_826 + -8B], MEM[(cell *)sp_826 + -8B]
.LBE101:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 15 view .LVU829
	addq	$1, %rbp	#, pc
.LVL170:
.LBB102:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 15 view .LVU830
	addq	$8, %rbx	#, sp
.LVL171:
	.loc 2 44 5 discriminator 15 view .LVU831
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_826 + -8B], *sp_826
.LBE102:
	.loc 2 44 5 is_stmt 1 discriminator 15 view .LVU832
	.loc 2 45 1 discriminator 15 view .LVU833
.LVL172:
.LDL33:
	.loc 2 45 1 discriminator 15 view .LVU834
	.loc 2 45 1 discriminator 15 view .LVU835
	.loc 2 45 1 discriminator 15 view .LVU836
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL173:
	.loc 2 45 1 is_stmt 0 discriminator 15 view .LVU837
	movq	table.0(,%rax,8), %rax	# table[_34], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL174:
	.p2align 4,,10
	.p2align 3
.L34:
.L35:
	.loc 2 53 1 is_stmt 1 discriminator 3 view .LVU838
	.loc 2 53 1 discriminator 3 view .LVU839
	.loc 2 53 1 discriminator 3 view .LVU840
	.loc 2 53 1 discriminator 3 view .LVU841
	.loc 2 53 1 discriminator 3 view .LVU842
	.loc 2 53 1 discriminator 3 view .LVU843
	leaq	16(%rdi), %rax	#, tmp732
	cmpq	%rax, %rbx	# tmp732, sp
	jb	.L278	#,
	.loc 2 53 1 discriminator 7 view .LVU844
	.loc 2 53 1 discriminator 7 view .LVU845
	.loc 2 53 1 discriminator 7 view .LVU846
	.loc 2 53 1 discriminator 7 view .LVU847
	.loc 2 53 1 discriminator 7 view .LVU848
	leaq	32760(%rdi), %rax	#, tmp737
	cmpq	%rbx, %rax	# sp, tmp737
	jb	.L279	#,
.L31:
.L32:
.L33:
	.loc 2 51 1 discriminator 15 view .LVU849
	.loc 2 51 1 discriminator 15 view .LVU850
	.loc 2 51 1 discriminator 15 view .LVU851
	.loc 2 52 5 discriminator 15 view .LVU852
.LBB103:
	.loc 2 52 5 discriminator 15 view .LVU853
.LVL175:
	.loc 2 52 5 discriminator 15 view .LVU854
	.loc 2 52 5 is_stmt 0 discriminator 15 view .LVU855
	movq	-16(%rbx), %rax	# MEM[(cell *)sp_826 + -16B], MEM[(cell *)sp_826 + -16B]
.LBE103:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 15 view .LVU856
	addq	$1, %rbp	#, pc
.LVL176:
.LBB104:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 15 view .LVU857
	addq	$8, %rbx	#, sp
.LVL177:
	.loc 2 52 5 discriminator 15 view .LVU858
	movq	%rax, -8(%rbx)	# MEM[(cell *)sp_826 + -16B], *sp_826
.LBE104:
	.loc 2 52 5 is_stmt 1 discriminator 15 view .LVU859
	.loc 2 53 1 discriminator 15 view .LVU860
.LVL178:
.LDL34:
	.loc 2 53 1 discriminator 15 view .LVU861
	.loc 2 53 1 discriminator 15 view .LVU862
	.loc 2 53 1 discriminator 15 view .LVU863
	movzbl	-1(%rbp), %eax	# *pc_832(ab), *pc_832(ab)
.LVL179:
	.loc 2 53 1 is_stmt 0 discriminator 15 view .LVU864
	movq	table.0(,%rax,8), %rax	# table[_67], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL180:
	.p2align 4,,10
	.p2align 3
.L196:
.L197:
	.loc 2 146 1 is_stmt 1 discriminator 14 view .LVU865
	.loc 2 146 1 discriminator 14 view .LVU866
	.loc 2 146 1 discriminator 14 view .LVU867
	.loc 2 146 1 discriminator 14 view .LVU868
	.loc 2 146 1 discriminator 14 view .LVU869
	.loc 2 146 1 discriminator 14 view .LVU870
	.loc 2 146 1 discriminator 14 view .LVU871
	.loc 2 146 1 discriminator 14 view .LVU872
	.loc 2 146 1 discriminator 14 view .LVU873
	.loc 2 146 1 discriminator 14 view .LVU874
	.loc 2 146 1 discriminator 14 view .LVU875
	.loc 2 146 1 discriminator 14 view .LVU876
	.loc 2 146 1 discriminator 14 view .LVU877
	.loc 2 146 1 discriminator 14 view .LVU878
	.loc 2 146 1 discriminator 14 view .LVU879
.L192:
.L193:
.L194:
.L195:
	.loc 2 144 1 discriminator 5 view .LVU880
	.loc 2 144 1 discriminator 5 view .LVU881
	.loc 2 144 1 discriminator 5 view .LVU882
	.loc 2 145 5 discriminator 5 view .LVU883
	.loc 2 145 5 discriminator 5 view .LVU884
	.loc 2 145 5 discriminator 5 view .LVU885
	.loc 2 145 5 discriminator 5 view .LVU886
	.loc 2 145 5 discriminator 5 view .LVU887
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 discriminator 5 view .LVU888
	subq	$1, %rbp	#, tmp1059
.LVL181:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 5 view .LVU889
	xorl	%r11d, %r11d	# arg
	xorl	%esi, %esi	# st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 discriminator 5 view .LVU890
	subq	%r12, %rbp	# cur, tmp1058
.LVL182:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 discriminator 5 view .LVU891
	movl	(%r15,%rbp,4), %ecx	# *_970, pretmp_1013
.LVL183:
.L14:
	.loc 1 66 5 is_stmt 1 view .LVU892
# dispatch/token/token.c:68: }
	.loc 1 68 1 is_stmt 0 view .LVU893
	addq	$56, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU894
	movq	%r11, %rdx	# arg,
# dispatch/token/token.c:68: }
	.loc 1 68 1 view .LVU895
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_def_cfa_offset 32
.LVL184:
	.loc 1 68 1 view .LVU896
	popq	%r13	#
	.cfi_def_cfa_offset 24
.LVL185:
	.loc 1 68 1 view .LVU897
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
.LVL186:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU898
	jmp	vm_stop	#
.LVL187:
	.p2align 4,,10
	.p2align 3
.L155:
	.cfi_restore_state
	.loc 2 114 9 is_stmt 1 view .LVU899
	.loc 2 114 9 view .LVU900
	.loc 2 114 9 view .LVU901
	.loc 2 115 1 view .LVU902
.LDL35:
	.loc 2 115 1 view .LVU903
	.loc 2 115 1 view .LVU904
	.loc 2 115 1 view .LVU905
	.loc 2 115 1 is_stmt 0 view .LVU906
	movzbl	4(%rbp), %eax	# MEM[(const uint8_t *)pc_832(ab) + 4B], MEM[(const uint8_t *)pc_832(ab) + 4B]
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 view .LVU907
	movq	%rdx, %rbx	# sp, sp
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU908
	addq	$5, %rbp	#, pc
.LVL188:
	.loc 2 115 1 view .LVU909
	movq	table.0(,%rax,8), %rax	# table[_583], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL189:
	.p2align 4,,10
	.p2align 3
.L147:
	.loc 2 109 9 is_stmt 1 view .LVU910
	.loc 2 109 9 view .LVU911
	.loc 2 109 9 view .LVU912
	.loc 2 110 1 view .LVU913
.LDL36:
	.loc 2 110 1 view .LVU914
	.loc 2 110 1 view .LVU915
	.loc 2 110 1 view .LVU916
	.loc 2 110 1 is_stmt 0 view .LVU917
	movzbl	4(%rbp), %eax	# MEM[(const uint8_t *)pc_832(ab) + 4B], MEM[(const uint8_t *)pc_832(ab) + 4B]
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 view .LVU918
	movq	%rcx, %rbx	# sp, sp
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU919
	addq	$5, %rbp	#, pc
.LVL190:
	.loc 2 110 1 view .LVU920
	movq	table.0(,%rax,8), %rax	# table[_545], gotovar.89_760
	jmp	*%rax	# gotovar.89_760
.LVL191:
.L268:
.LBB105:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU921
	negq	%rax	# iftmp.31_355
.LVL192:
	.loc 2 71 5 discriminator 1 view .LVU922
	jmp	.L62	#
.LVL193:
	.p2align 4,,10
	.p2align 3
.L165:
.L166:
	.loc 2 71 5 discriminator 1 view .LVU923
.LBE105:
	.loc 2 120 1 is_stmt 1 discriminator 10 view .LVU924
	.loc 2 120 1 discriminator 10 view .LVU925
	.loc 2 120 1 discriminator 10 view .LVU926
	.loc 2 120 1 discriminator 10 view .LVU927
	.loc 2 120 1 discriminator 10 view .LVU928
	.loc 2 120 1 discriminator 10 view .LVU929
	.loc 2 120 1 discriminator 10 view .LVU930
	.loc 2 120 1 discriminator 10 view .LVU931
	.loc 2 120 1 discriminator 10 view .LVU932
	.loc 2 120 1 discriminator 10 view .LVU933
	leaq	65544(%rdi), %rax	#, tmp1010
	cmpq	%rax, %r14	# tmp1010, rsp
	je	.L280	#,
.L163:
	.loc 2 117 1 discriminator 5 view .LVU934
	.loc 2 117 1 discriminator 5 view .LVU935
	.loc 2 117 1 discriminator 5 view .LVU936
	.loc 2 118 5 discriminator 5 view .LVU937
	leaq	4(%rbp), %rax	#, tmp996
	leaq	8(%r14), %rdx	#, rsp
.LVL194:
	.loc 2 118 5 is_stmt 0 discriminator 5 view .LVU938
	subl	%r12d, %eax	# cur, tmp998
	movq	%rax, (%r14)	# tmp998, *rsp_827
.LDL37:
	.loc 2 119 5 is_stmt 1 discriminator 5 view .LVU939
	.loc 2 119 5 discriminator 5 view .LVU940
	.loc 2 119 5 discriminator 5 view .LVU941
.LVL195:
.LBB106:
.LBI106:
	.loc 3 97 24 discriminator 5 view .LVU942
.LBB107:
	.loc 3 99 5 discriminator 5 view .LVU943
	.loc 3 100 5 discriminator 5 view .LVU944
	.loc 3 104 5 discriminator 5 view .LVU945
	.loc 3 104 5 is_stmt 0 discriminator 5 view .LVU946
.LBE107:
.LBE106:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 5 view .LVU947
	movl	0(%rbp), %eax	# MEM <unsigned int> [(char * {ref-all})pc_832(ab)], MEM <unsigned int> [(char * {ref-all})pc_832(ab)]
	salq	$5, %rax	#, tmp1000
	addq	%r10, %rax	# branch, _635
	cmpq	%r8, 8(%rax)	# budget, _635->limit
	jg	.L281	#,
	.loc 2 119 5 is_stmt 1 view .LVU948
	.loc 2 119 5 view .LVU949
.LVL196:
	.loc 2 119 5 is_stmt 0 view .LVU950
	addq	16(%rax), %r8	# _635->delta, budget
.LVL197:
	.loc 2 119 5 is_stmt 1 view .LVU951
	.loc 2 119 5 view .LVU952
	.loc 2 119 5 is_stmt 0 view .LVU953
	movl	(%rax), %eax	# _635->target, _635->target
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 view .LVU954
	movq	%rdx, %r14	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU955
	addq	%r12, %rax	# cur, pc
.LVL198:
.LDL38:
	.loc 2 119 5 is_stmt 1 view .LVU956
	.loc 2 119 5 view .LVU957
	.loc 2 119 5 view .LVU958
	leaq	1(%rax), %rbp	#, pc
.LVL199:
	.loc 2 119 5 is_stmt 0 view .LVU959
	movzbl	(%rax), %eax	# *pc_706, *pc_706
	movq	table.0(,%rax,8), %rax	# table[_649], gotovar.89_760
	.loc 2 119 5 view .LVU960
	jmp	*%rax	# gotovar.89_760
.LVL200:
	.p2align 4,,10
	.p2align 3
.L160:
.L161:
	.loc 2 117 1 is_stmt 1 discriminator 1 view .LVU961
	.loc 2 117 1 discriminator 1 view .LVU962
	.loc 2 117 1 discriminator 1 view .LVU963
.LBB108:
.LBI108:
	.loc 3 97 24 discriminator 1 view .LVU964
.LBB109:
	.loc 3 99 5 discriminator 1 view .LVU965
	.loc 3 100 5 discriminator 1 view .LVU966
	.loc 3 104 5 discriminator 1 view .LVU967
	.loc 3 104 5 is_stmt 0 discriminator 1 view .LVU968
.LBE109:
.LBE108:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 discriminator 1 view .LVU969
	movl	0(%rbp), %eax	# MEM <unsigned int> [(char * {ref-all})pc_832(ab)], MEM <unsigned int> [(char * {ref-all})pc_832(ab)]
	salq	$5, %rax	#, tmp980
	addq	%r10, %rax	# branch, _600
.LVL201:
	.loc 2 117 1 discriminator 1 view .LVU970
	movslq	24(%rax), %rdx	# _600->frame.need, _600->frame.need
	movslq	28(%rax), %rax	# _600->frame.span, _600->frame.span
	leaq	(%rdi,%rdx,8), %rcx	#, tmp984
	movq	%rbx, %rdx	# sp, tmp985
	salq	$3, %rax	#, tmp988
	subq	%rcx, %rdx	# tmp984, tmp985
	cmpq	%rdx, %rax	# tmp985, tmp988
	jb	.L162	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 discriminator 3 view .LVU971
	leaq	65544(%rdi), %rax	#, tmp989
	cmpq	%rax, %r14	# tmp989, rsp
	jne	.L163	#,
.L162:
	.loc 2 117 1 is_stmt 1 discriminator 4 view .LVU972
	.loc 2 117 1 discriminator 4 view .LVU973
	movl	8(%r13), %edx	# MEM[(const struct quick *)prepared_817(D)].size,
	leal	-1(%rdx), %eax	#, tmp991
	addq	%rdx, %r12	# _620, cur
.LVL202:
	.loc 2 117 1 is_stmt 0 discriminator 4 view .LVU974
	addq	%rbp, %rax	# pc, pc
.LVL203:
	.loc 2 117 1 is_stmt 1 discriminator 4 view .LVU975
.LDL39:
	.loc 2 117 1 discriminator 4 view .LVU976
	.loc 2 117 1 discriminator 4 view .LVU977
	.loc 2 117 1 discriminator 4 view .LVU978
	leaq	1(%rax), %rbp	#, pc
.LVL204:
	.loc 2 117 1 is_stmt 0 discriminator 4 view .LVU979
	movzbl	(%rax), %eax	# *pc_719, *pc_719
	jmp	*table.0(,%rax,8)	# table[_626]
.LVL205:
.L243:
.LDL40:
	.loc 2 142 1 is_stmt 1 view .LVU980
	.loc 2 142 1 view .LVU981
	.loc 2 142 1 view .LVU982
	.loc 2 142 1 view .LVU983
	subq	%rdi, %rbx	# vm, tmp1054
.LVL206:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU984
	leaq	-1(%rbp), %rax	#, tmp1057
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 view .LVU985
	movl	$2, %esi	#, st
	movq	%rbx, %rdx	# tmp1054, tmp1054
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU986
	subq	%r12, %rax	# cur, tmp1056
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 view .LVU987
	sarq	$3, %rdx	#, tmp1054
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU988
	movl	(%r15,%rax,4), %ecx	# *_976, pretmp_1013
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 view .LVU989
	movq	%rdx, %r11	# tmp1054, arg
.LVL207:
	.loc 2 142 1 is_stmt 1 view .LVU990
	jmp	.L14	#
.LVL208:
.L252:
.LDL41:
	.loc 2 100 33 view .LVU991
	.loc 2 100 33 view .LVU992
	.loc 2 100 33 view .LVU993
	.loc 2 100 33 view .LVU994
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU995
	leaq	-1(%rbp), %rax	#, tmp929
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 view .LVU996
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU997
	subq	%r12, %rax	# cur, tmp928
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 view .LVU998
	sarq	$3, %rdx	#, tmp926
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU999
	movl	(%r15,%rax,4), %ecx	# *_987, pretmp_1013
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 view .LVU1000
	movq	%rdx, %r11	# tmp926, arg
.LVL209:
	.loc 2 100 33 is_stmt 1 view .LVU1001
	jmp	.L14	#
.LVL210:
.L274:
.LDL42:
	.loc 2 41 1 view .LVU1002
	.loc 2 41 1 view .LVU1003
	.loc 2 41 1 view .LVU1004
	.loc 2 41 1 view .LVU1005
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1006
	leaq	-1(%rbp), %rax	#, tmp703
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 view .LVU1007
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1008
	subq	%r12, %rax	# cur, tmp702
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 view .LVU1009
	sarq	$3, %rdx	#, tmp700
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1010
	movl	(%r15,%rax,4), %ecx	# *_974, pretmp_1013
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 view .LVU1011
	movq	%rdx, %r11	# tmp700, arg
.LVL211:
	.loc 2 41 1 is_stmt 1 view .LVU1012
	jmp	.L14	#
.LVL212:
.L270:
.LDL43:
	.loc 2 64 54 view .LVU1013
	.loc 2 64 54 view .LVU1014
	.loc 2 64 54 view .LVU1015
	.loc 2 64 54 view .LVU1016
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1017
	leaq	-1(%rbp), %rax	#, tmp768
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 view .LVU1018
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1019
	subq	%r12, %rax	# cur, tmp767
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 view .LVU1020
	sarq	$3, %rdx	#, tmp765
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1021
	movl	(%r15,%rax,4), %ecx	# *_996, pretmp_1013
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 view .LVU1022
	movq	%rdx, %r11	# tmp765, arg
.LVL213:
	.loc 2 64 54 is_stmt 1 view .LVU1023
	jmp	.L14	#
.LVL214:
.L271:
.LDL44:
	.loc 2 63 54 view .LVU1024
	.loc 2 63 54 view .LVU1025
	.loc 2 63 54 view .LVU1026
	.loc 2 63 54 view .LVU1027
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1028
	leaq	-1(%rbp), %rax	#, tmp759
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 view .LVU1029
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1030
	subq	%r12, %rax	# cur, tmp758
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 view .LVU1031
	sarq	$3, %rdx	#, tmp756
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1032
	movl	(%r15,%rax,4), %ecx	# *_992, pretmp_1013
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 view .LVU1033
	movq	%rdx, %r11	# tmp756, arg
.LVL215:
	.loc 2 63 54 is_stmt 1 view .LVU1034
	jmp	.L14	#
.LVL216:
.L239:
.LDL45:
	.loc 2 110 1 view .LVU1035
	.loc 2 110 1 view .LVU1036
	.loc 2 110 1 view .LVU1037
	.loc 2 110 1 view .LVU1038
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1039
	leaq	-1(%rbp), %rax	#, tmp959
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU1040
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1041
	subq	%r12, %rax	# cur, tmp958
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU1042
	sarq	$3, %rdx	#, tmp956
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1043
	movl	(%r15,%rax,4), %ecx	# *_989, pretmp_1013
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU1044
	movq	%rdx, %r11	# tmp956, arg
.LVL217:
	.loc 2 110 1 is_stmt 1 view .LVU1045
	jmp	.L14	#
.LVL218:
.L241:
.LDL46:
	.loc 2 115 1 view .LVU1046
	.loc 2 115 1 view .LVU1047
	.loc 2 115 1 view .LVU1048
	.loc 2 115 1 view .LVU1049
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1050
	leaq	-1(%rbp), %rax	#, tmp978
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU1051
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1052
	subq	%r12, %rax	# cur, tmp977
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU1053
	sarq	$3, %rdx	#, tmp975
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1054
	movl	(%r15,%rax,4), %ecx	# *_972, pretmp_1013
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU1055
	movq	%rdx, %r11	# tmp975, arg
.LVL219:
	.loc 2 115 1 is_stmt 1 view .LVU1056
	jmp	.L14	#
.LVL220:
.L255:
.LDL47:
	.loc 2 97 33 view .LVU1057
	.loc 2 97 33 view .LVU1058
	.loc 2 97 33 view .LVU1059
	.loc 2 97 33 view .LVU1060
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1061
	leaq	-1(%rbp), %rax	#, tmp896
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 view .LVU1062
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1063
	subq	%r12, %rax	# cur, tmp895
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 view .LVU1064
	sarq	$3, %rdx	#, tmp893
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1065
	movl	(%r15,%rax,4), %ecx	# *_998, pretmp_1013
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 view .LVU1066
	movq	%rdx, %r11	# tmp893, arg
.LVL221:
	.loc 2 97 33 is_stmt 1 view .LVU1067
	jmp	.L14	#
.LVL222:
.L256:
.LDL48:
	.loc 2 96 33 view .LVU1068
	.loc 2 96 33 view .LVU1069
	.loc 2 96 33 view .LVU1070
	.loc 2 96 33 view .LVU1071
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1072
	leaq	-1(%rbp), %rax	#, tmp885
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 view .LVU1073
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1074
	subq	%r12, %rax	# cur, tmp884
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 view .LVU1075
	sarq	$3, %rdx	#, tmp882
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1076
	movl	(%r15,%rax,4), %ecx	# *_1005, pretmp_1013
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 view .LVU1077
	movq	%rdx, %r11	# tmp882, arg
.LVL223:
	.loc 2 96 33 is_stmt 1 view .LVU1078
	jmp	.L14	#
.LVL224:
.L253:
.LDL49:
	.loc 2 99 33 view .LVU1079
	.loc 2 99 33 view .LVU1080
	.loc 2 99 33 view .LVU1081
	.loc 2 99 33 view .LVU1082
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1083
	leaq	-1(%rbp), %rax	#, tmp918
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 view .LVU1084
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1085
	subq	%r12, %rax	# cur, tmp917
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 view .LVU1086
	sarq	$3, %rdx	#, tmp915
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1087
	movl	(%r15,%rax,4), %ecx	# *_979, pretmp_1013
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 view .LVU1088
	movq	%rdx, %r11	# tmp915, arg
.LVL225:
	.loc 2 99 33 is_stmt 1 view .LVU1089
	jmp	.L14	#
.LVL226:
.L254:
.LDL50:
	.loc 2 98 33 view .LVU1090
	.loc 2 98 33 view .LVU1091
	.loc 2 98 33 view .LVU1092
	.loc 2 98 33 view .LVU1093
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1094
	leaq	-1(%rbp), %rax	#, tmp907
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 view .LVU1095
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1096
	subq	%r12, %rax	# cur, tmp906
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 view .LVU1097
	sarq	$3, %rdx	#, tmp904
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1098
	movl	(%r15,%rax,4), %ecx	# *_981, pretmp_1013
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 view .LVU1099
	movq	%rdx, %r11	# tmp904, arg
.LVL227:
	.loc 2 98 33 is_stmt 1 view .LVU1100
	jmp	.L14	#
.LVL228:
.L250:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1101
	leaq	-1(%rbp), %rax	#, tmp1022
# ./isa/ops.inc:124: OP_END(RET)
	.loc 2 124 1 view .LVU1102
	xorl	%r11d, %r11d	# arg
	movl	$4, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1103
	subq	%r12, %rax	# cur, tmp1021
.LBB110:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1104
	movl	(%r15,%rax,4), %ecx	# *_994, pretmp_1013
	jmp	.L14	#
.L246:
.LDL51:
	.loc 2 123 5 view .LVU1105
.LBE110:
	.loc 2 135 1 is_stmt 1 view .LVU1106
	.loc 2 135 1 view .LVU1107
	.loc 2 135 1 view .LVU1108
.LVL229:
	.loc 2 135 1 view .LVU1109
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1110
	leaq	-1(%rbp), %rax	#, tmp1044
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 view .LVU1111
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1112
	subq	%r12, %rax	# cur, tmp1043
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 view .LVU1113
	sarq	$3, %rdx	#, tmp1041
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1114
	movl	(%r15,%rax,4), %ecx	# *_983, pretmp_1013
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 view .LVU1115
	movq	%rdx, %r11	# tmp1041, arg
.LVL230:
	.loc 2 135 1 is_stmt 1 view .LVU1116
	jmp	.L14	#
.LVL231:
.L248:
.LDL52:
	.loc 2 129 1 view .LVU1117
	.loc 2 129 1 view .LVU1118
	.loc 2 129 1 view .LVU1119
	.loc 2 129 1 view .LVU1120
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1121
	leaq	-1(%rbp), %rax	#, tmp1033
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 view .LVU1122
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1123
	subq	%r12, %rax	# cur, tmp1032
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 view .LVU1124
	sarq	$3, %rdx	#, tmp1030
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1125
	movl	(%r15,%rax,4), %ecx	# *_991, pretmp_1013
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 view .LVU1126
	movq	%rdx, %r11	# tmp1030, arg
.LVL232:
	.loc 2 129 1 is_stmt 1 view .LVU1127
	jmp	.L14	#
.LVL233:
.L273:
.LDL53:
	.loc 2 49 1 view .LVU1128
	.loc 2 49 1 view .LVU1129
	.loc 2 49 1 view .LVU1130
	.loc 2 49 1 view .LVU1131
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1132
	leaq	-1(%rbp), %rax	#, tmp727
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 view .LVU1133
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1134
	subq	%r12, %rax	# cur, tmp726
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 view .LVU1135
	sarq	$3, %rdx	#, tmp724
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1136
	movl	(%r15,%rax,4), %ecx	# *_980, pretmp_1013
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 view .LVU1137
	movq	%rdx, %r11	# tmp724, arg
.LVL234:
	.loc 2 49 1 is_stmt 1 view .LVU1138
	jmp	.L14	#
.LVL235:
.L269:
.LDL54:
	.loc 2 65 54 view .LVU1139
	.loc 2 65 54 view .LVU1140
	.loc 2 65 54 view .LVU1141
	.loc 2 65 54 view .LVU1142
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1143
	leaq	-1(%rbp), %rax	#, tmp778
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 view .LVU1144
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1145
	subq	%r12, %rax	# cur, tmp777
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 view .LVU1146
	sarq	$3, %rdx	#, tmp775
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1147
	movl	(%r15,%rax,4), %ecx	# *_999, pretmp_1013
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 view .LVU1148
	movq	%rdx, %r11	# tmp775, arg
.LVL236:
	.loc 2 65 54 is_stmt 1 view .LVU1149
	jmp	.L14	#
.LVL237:
.L265:
.LDL55:
	.loc 2 78 1 view .LVU1150
	.loc 2 78 1 view .LVU1151
	.loc 2 78 1 view .LVU1152
	.loc 2 78 1 view .LVU1153
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1154
	leaq	-1(%rbp), %rax	#, tmp800
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU1155
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1156
	subq	%r12, %rax	# cur, tmp799
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU1157
	sarq	$3, %rdx	#, tmp797
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1158
	movl	(%r15,%rax,4), %ecx	# *_967, pretmp_1013
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU1159
	movq	%rdx, %r11	# tmp797, arg
.LVL238:
	.loc 2 78 1 is_stmt 1 view .LVU1160
	jmp	.L14	#
.LVL239:
.L267:
.LDL56:
	.loc 2 72 1 view .LVU1161
	.loc 2 72 1 view .LVU1162
	.loc 2 72 1 view .LVU1163
	.loc 2 72 1 view .LVU1164
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1165
	leaq	-1(%rbp), %rax	#, tmp788
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 view .LVU1166
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1167
	subq	%r12, %rax	# cur, tmp787
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 view .LVU1168
	sarq	$3, %rdx	#, tmp785
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1169
	movl	(%r15,%rax,4), %ecx	# *_1004, pretmp_1013
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 view .LVU1170
	movq	%rdx, %r11	# tmp785, arg
.LVL240:
	.loc 2 72 1 is_stmt 1 view .LVU1171
	jmp	.L14	#
.LVL241:
.L275:
.LDL57:
	.loc 2 37 1 view .LVU1172
	.loc 2 37 1 view .LVU1173
	.loc 2 37 1 view .LVU1174
	.loc 2 37 1 view .LVU1175
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1176
	leaq	-1(%rbp), %rax	#, tmp695
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 view .LVU1177
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1178
	subq	%r12, %rax	# cur, tmp694
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 view .LVU1179
	sarq	$3, %rdx	#, tmp692
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1180
	movl	(%r15,%rax,4), %ecx	# *_971, pretmp_1013
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 view .LVU1181
	movq	%rdx, %r11	# tmp692, arg
.LVL242:
	.loc 2 37 1 is_stmt 1 view .LVU1182
	jmp	.L14	#
.LVL243:
.L272:
.LDL58:
	.loc 2 57 1 view .LVU1183
	.loc 2 57 1 view .LVU1184
	.loc 2 57 1 view .LVU1185
	.loc 2 57 1 view .LVU1186
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1187
	leaq	-1(%rbp), %rax	#, tmp750
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 view .LVU1188
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1189
	subq	%r12, %rax	# cur, tmp749
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 view .LVU1190
	sarq	$3, %rdx	#, tmp747
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1191
	movl	(%r15,%rax,4), %ecx	# *_988, pretmp_1013
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 view .LVU1192
	movq	%rdx, %r11	# tmp747, arg
.LVL244:
	.loc 2 57 1 is_stmt 1 view .LVU1193
	jmp	.L14	#
.LVL245:
.L263:
.LDL59:
	.loc 2 86 1 view .LVU1194
	.loc 2 86 1 view .LVU1195
	.loc 2 86 1 view .LVU1196
	.loc 2 86 1 view .LVU1197
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1198
	leaq	-1(%rbp), %rax	#, tmp816
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 view .LVU1199
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1200
	subq	%r12, %rax	# cur, tmp815
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 view .LVU1201
	sarq	$3, %rdx	#, tmp813
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1202
	movl	(%r15,%rax,4), %ecx	# *_982, pretmp_1013
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 view .LVU1203
	movq	%rdx, %r11	# tmp813, arg
.LVL246:
	.loc 2 86 1 is_stmt 1 view .LVU1204
	jmp	.L14	#
.LVL247:
.L264:
.LDL60:
	.loc 2 82 1 view .LVU1205
	.loc 2 82 1 view .LVU1206
	.loc 2 82 1 view .LVU1207
	.loc 2 82 1 view .LVU1208
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1209
	leaq	-1(%rbp), %rax	#, tmp808
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 view .LVU1210
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1211
	subq	%r12, %rax	# cur, tmp807
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 view .LVU1212
	sarq	$3, %rdx	#, tmp805
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1213
	movl	(%r15,%rax,4), %ecx	# *_973, pretmp_1013
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 view .LVU1214
	movq	%rdx, %r11	# tmp805, arg
.LVL248:
	.loc 2 82 1 is_stmt 1 view .LVU1215
	jmp	.L14	#
.LVL249:
.L261:
.LDL61:
	.loc 2 89 32 view .LVU1216
	.loc 2 89 32 view .LVU1217
	.loc 2 89 32 view .LVU1218
	.loc 2 89 32 view .LVU1219
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1220
	leaq	-1(%rbp), %rax	#, tmp834
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 view .LVU1221
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1222
	subq	%r12, %rax	# cur, tmp833
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 view .LVU1223
	sarq	$3, %rdx	#, tmp831
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1224
	movl	(%r15,%rax,4), %ecx	# *_1002, pretmp_1013
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 view .LVU1225
	movq	%rdx, %r11	# tmp831, arg
.LVL250:
	.loc 2 89 32 is_stmt 1 view .LVU1226
	jmp	.L14	#
.LVL251:
.L262:
.LDL62:
	.loc 2 88 32 view .LVU1227
	.loc 2 88 32 view .LVU1228
	.loc 2 88 32 view .LVU1229
	.loc 2 88 32 view .LVU1230
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1231
	leaq	-1(%rbp), %rax	#, tmp825
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 view .LVU1232
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1233
	subq	%r12, %rax	# cur, tmp824
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 view .LVU1234
	sarq	$3, %rdx	#, tmp822
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1235
	movl	(%r15,%rax,4), %ecx	# *_995, pretmp_1013
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 view .LVU1236
	movq	%rdx, %r11	# tmp822, arg
.LVL252:
	.loc 2 88 32 is_stmt 1 view .LVU1237
	jmp	.L14	#
.LVL253:
.L259:
.LDL63:
	.loc 2 91 55 view .LVU1238
	.loc 2 91 55 view .LVU1239
	.loc 2 91 55 view .LVU1240
	.loc 2 91 55 view .LVU1241
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1242
	leaq	-1(%rbp), %rax	#, tmp853
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 view .LVU1243
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1244
	subq	%r12, %rax	# cur, tmp852
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 view .LVU1245
	sarq	$3, %rdx	#, tmp850
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1246
	movl	(%r15,%rax,4), %ecx	# *_997, pretmp_1013
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 view .LVU1247
	movq	%rdx, %r11	# tmp850, arg
.LVL254:
	.loc 2 91 55 is_stmt 1 view .LVU1248
	jmp	.L14	#
.LVL255:
.L260:
.LDL64:
	.loc 2 90 32 view .LVU1249
	.loc 2 90 32 view .LVU1250
	.loc 2 90 32 view .LVU1251
	.loc 2 90 32 view .LVU1252
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1253
	leaq	-1(%rbp), %rax	#, tmp843
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 view .LVU1254
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1255
	subq	%r12, %rax	# cur, tmp842
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 view .LVU1256
	sarq	$3, %rdx	#, tmp840
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1257
	movl	(%r15,%rax,4), %ecx	# *_969, pretmp_1013
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 view .LVU1258
	movq	%rdx, %r11	# tmp840, arg
.LVL256:
	.loc 2 90 32 is_stmt 1 view .LVU1259
	jmp	.L14	#
.LVL257:
.L257:
.LDL65:
	.loc 2 95 33 view .LVU1260
	.loc 2 95 33 view .LVU1261
	.loc 2 95 33 view .LVU1262
	.loc 2 95 33 view .LVU1263
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1264
	leaq	-1(%rbp), %rax	#, tmp874
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 view .LVU1265
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1266
	subq	%r12, %rax	# cur, tmp873
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 view .LVU1267
	sarq	$3, %rdx	#, tmp871
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1268
	movl	(%r15,%rax,4), %ecx	# *_1000, pretmp_1013
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 view .LVU1269
	movq	%rdx, %r11	# tmp871, arg
.LVL258:
	.loc 2 95 33 is_stmt 1 view .LVU1270
	jmp	.L14	#
.LVL259:
.L258:
.LDL66:
	.loc 2 93 68 view .LVU1271
	.loc 2 93 68 view .LVU1272
	.loc 2 93 68 view .LVU1273
	.loc 2 93 68 view .LVU1274
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1275
	leaq	-1(%rbp), %rax	#, tmp863
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 view .LVU1276
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1277
	subq	%r12, %rax	# cur, tmp862
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 view .LVU1278
	sarq	$3, %rdx	#, tmp860
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1279
	movl	(%r15,%rax,4), %ecx	# *_968, pretmp_1013
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 view .LVU1280
	movq	%rdx, %r11	# tmp860, arg
.LVL260:
	.loc 2 93 68 is_stmt 1 view .LVU1281
	jmp	.L14	#
.LVL261:
.L279:
.LDL67:
	.loc 2 53 1 view .LVU1282
	.loc 2 53 1 view .LVU1283
	.loc 2 53 1 view .LVU1284
	.loc 2 53 1 view .LVU1285
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1286
	leaq	-1(%rbp), %rax	#, tmp741
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1287
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1288
	subq	%r12, %rax	# cur, tmp740
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1289
	sarq	$3, %rdx	#, tmp738
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1290
	movl	(%r15,%rax,4), %ecx	# *_985, pretmp_1013
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1291
	movq	%rdx, %r11	# tmp738, arg
.LVL262:
	.loc 2 53 1 is_stmt 1 view .LVU1292
	jmp	.L14	#
.LVL263:
.L277:
.LDL68:
	.loc 2 45 1 view .LVU1293
	.loc 2 45 1 view .LVU1294
	.loc 2 45 1 view .LVU1295
	.loc 2 45 1 view .LVU1296
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1297
	leaq	-1(%rbp), %rax	#, tmp717
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1298
	movl	$3, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1299
	subq	%r12, %rax	# cur, tmp716
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1300
	sarq	$3, %rdx	#, tmp714
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1301
	movl	(%r15,%rax,4), %ecx	# *_978, pretmp_1013
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1302
	movq	%rdx, %r11	# tmp714, arg
.LVL264:
	.loc 2 45 1 is_stmt 1 view .LVU1303
	jmp	.L14	#
.LVL265:
.L238:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1304
	subq	$1, %rbp	#, tmp933
.LVL266:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU1305
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1306
	subq	%r12, %rbp	# cur, tmp932
.LVL267:
.LBB111:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1307
	movl	(%r15,%rbp,4), %ecx	# *_1007, pretmp_1013
	jmp	.L14	#
.LVL268:
.L60:
	.loc 2 123 5 view .LVU1308
.LBE111:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1309
	subq	$1, %rbp	#, tmp1061
.LVL269:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU1310
	movl	$1, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1311
	subq	%r12, %rbp	# cur, tmp1060
.LVL270:
.LBB112:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1312
	movl	(%r15,%rbp,4), %ecx	# *_1003, pretmp_1013
	jmp	.L14	#
.LVL271:
.L251:
	.loc 2 123 5 view .LVU1313
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
	jmp	.L14	#
.LVL272:
.L266:
	.loc 2 123 5 view .LVU1314
.LBE112:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1315
	subq	$1, %rbp	#, tmp790
.LVL273:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU1316
	movl	$1, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1317
	subq	%r12, %rbp	# cur, tmp789
.LVL274:
.LBB113:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1318
	movl	(%r15,%rbp,4), %ecx	# *_966, pretmp_1013
	jmp	.L14	#
.LVL275:
.L244:
	.loc 2 123 5 view .LVU1319
.LBE113:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU1320
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
	jmp	.L14	#
.L247:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1321
	subq	$1, %rbp	#, tmp1035
.LVL276:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU1322
	movl	$6, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1323
	subq	%r12, %rbp	# cur, tmp1034
.LVL277:
.LBB114:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1324
	movl	(%r15,%rbp,4), %ecx	# *_986, pretmp_1013
	jmp	.L14	#
.LVL278:
.L249:
	.loc 2 123 5 view .LVU1325
.LBE114:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1326
	subq	$1, %rbp	#, tmp1024
.LVL279:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU1327
	movl	$6, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1328
	subq	%r12, %rbp	# cur, tmp1023
.LVL280:
.LBB115:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1329
	movl	(%r15,%rbp,4), %ecx	# *_993, pretmp_1013
	jmp	.L14	#
.LVL281:
.L245:
	.loc 2 123 5 view .LVU1330
.LBE115:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1331
	movl	(%rdx), %ecx	# *_785, pretmp_1013
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU1332
	xorl	%r11d, %r11d	# arg
	movl	$8, %esi	#, st
	jmp	.L14	#
.LVL282:
.L281:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1333
	subq	$1, %rbp	#, tmp1002
.LVL283:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU1334
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1335
	subq	%r12, %rbp	# cur, tmp1001
.LVL284:
.LBB116:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1336
	movl	(%r15,%rbp,4), %ecx	# *_1006, pretmp_1013
	jmp	.L14	#
.LVL285:
.L280:
	.loc 2 123 5 view .LVU1337
.LBE116:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1338
	leaq	-1(%rbp), %rax	#, tmp1012
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 2 120 1 view .LVU1339
	xorl	%r11d, %r11d	# arg
	movl	$5, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1340
	subq	%r12, %rax	# cur, tmp1011
.LBB117:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1341
	movl	(%r15,%rax,4), %ecx	# *_1001, pretmp_1013
	jmp	.L14	#
.L278:
.LDL69:
	.loc 2 123 5 view .LVU1342
.LBE117:
	.loc 2 53 1 is_stmt 1 view .LVU1343
	.loc 2 53 1 view .LVU1344
	.loc 2 53 1 view .LVU1345
.LVL286:
	.loc 2 53 1 view .LVU1346
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1347
	leaq	-1(%rbp), %rax	#, tmp736
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1348
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1349
	subq	%r12, %rax	# cur, tmp735
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1350
	sarq	$3, %rdx	#, tmp733
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1351
	movl	(%r15,%rax,4), %ecx	# *_984, pretmp_1013
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 view .LVU1352
	movq	%rdx, %r11	# tmp733, arg
.LVL287:
	.loc 2 53 1 is_stmt 1 view .LVU1353
	jmp	.L14	#
.LVL288:
.L276:
.LDL70:
	.loc 2 45 1 view .LVU1354
	.loc 2 45 1 view .LVU1355
	.loc 2 45 1 view .LVU1356
	.loc 2 45 1 view .LVU1357
	movq	%rbx, %rdx	# sp, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1358
	leaq	-1(%rbp), %rax	#, tmp712
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1359
	movl	$2, %esi	#, st
	subq	%rdi, %rdx	# vm, sp
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1360
	subq	%r12, %rax	# cur, tmp711
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1361
	sarq	$3, %rdx	#, tmp709
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 5 view .LVU1362
	movl	(%r15,%rax,4), %ecx	# *_977, pretmp_1013
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 view .LVU1363
	movq	%rdx, %r11	# tmp709, arg
.LVL289:
	.loc 2 45 1 is_stmt 1 view .LVU1364
	jmp	.L14	#
.LVL290:
.L240:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 is_stmt 0 view .LVU1365
	leaq	-1(%rbp), %rax	#, tmp944
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU1366
	movl	$7, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1367
	subq	%r12, %rax	# cur, tmp943
.LBB118:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1368
	movl	(%r15,%rax,4), %ecx	# *_990, pretmp_1013
.LVL291:
	.loc 2 123 5 view .LVU1369
	jmp	.L14	#
.LVL292:
.L242:
	.loc 2 123 5 view .LVU1370
.LBE118:
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1371
	leaq	-1(%rbp), %rax	#, tmp963
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU1372
	xorl	%r11d, %r11d	# arg
	movl	$7, %esi	#, st
# dispatch/token/token.c:66:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 66 26 view .LVU1373
	subq	%r12, %rax	# cur, tmp962
.LBB119:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU1374
	movl	(%r15,%rax,4), %ecx	# *_975, pretmp_1013
	jmp	.L14	#
.LBE119:
	.cfi_endproc
.LFE24:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL293:
.LFB25:
	.loc 1 71 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 72 5 view .LVU1376
# dispatch/token/token.c:72:     return quicken(prog);
	.loc 1 72 12 is_stmt 0 view .LVU1377
	jmp	quicken	#
.LVL294:
	.loc 1 72 12 view .LVU1378
	.cfi_endproc
.LFE25:
	.size	prepare, .-prepare
	.section	.rodata
	.align 32
	.type	table.0, @object
	.size	table.0, 544
table.0:
	.quad	.L7
	.quad	.L12
	.quad	.L18
	.quad	.L23
	.quad	.L29
	.quad	.L34
	.quad	.L40
	.quad	.L45
	.quad	.L50
	.quad	.L55
	.quad	.L63
	.quad	.L70
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
	.quad	.L142
	.quad	.L150
	.quad	.L158
	.quad	.L165
	.quad	.L171
	.quad	.L177
	.quad	.L183
	.quad	.L190
	.quad	.L196
	.quad	.L3
	.quad	.L9
	.quad	.L15
	.quad	.L20
	.quad	.L26
	.quad	.L31
	.quad	.L37
	.quad	.L42
	.quad	.L47
	.quad	.L52
	.quad	.L57
	.quad	.L65
	.quad	.L72
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
	.quad	.L144
	.quad	.L152
	.quad	.L160
	.quad	.L167
	.quad	.L173
	.quad	.L179
	.quad	.L185
	.quad	.L192
	.globl	dispatcher_token
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"token"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"token-threaded code (TTC): each handler ends with goto *table[*pc++]"
	.section	.rodata
	.align 32
	.type	dispatcher_token, @object
	.size	dispatcher_token, 72
dispatcher_token:
# name:
	.quad	.LC0
# summary:
	.quad	.LC1
# prepare:
	.zero	8
	.quad	prepare
# release:
	.quad	quick_free
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
	.file 8 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 10 "/usr/include/setjmp.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 13 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 14 "/usr/include/stdint.h"
	.file 15 "./isa/isa.h"
	.file 16 "./vm/vm.h"
	.file 17 "./vm/dispatch.h"
	.file 18 "./vm/interp.h"
	.file 19 "./vm/thread.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x2790
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x22
	.long	.LASF702
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x8
	.long	.LASF9
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0xa
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x23
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xa
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0xa
	.byte	0x8
	.byte	0x5
	.long	.LASF4
	.uleb128 0xa
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0xa
	.byte	0x2
	.byte	0x7
	.long	.LASF6
	.uleb128 0xa
	.byte	0x4
	.byte	0x7
	.long	.LASF7
	.uleb128 0xa
	.byte	0x1
	.byte	0x6
	.long	.LASF8
	.uleb128 0x8
	.long	.LASF10
	.byte	0x5
	.byte	0x26
	.byte	0x17
	.long	0x56
	.uleb128 0xa
	.byte	0x2
	.byte	0x5
	.long	.LASF11
	.uleb128 0x8
	.long	.LASF12
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.long	0x41
	.uleb128 0x8
	.long	.LASF13
	.byte	0x5
	.byte	0x2a
	.byte	0x16
	.long	0x64
	.uleb128 0x8
	.long	.LASF14
	.byte	0x5
	.byte	0x2c
	.byte	0x19
	.long	0x48
	.uleb128 0x8
	.long	.LASF15
	.byte	0x5
	.byte	0x2d
	.byte	0x1b
	.long	0x3a
	.uleb128 0x8
	.long	.LASF16
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.long	0x48
	.uleb128 0x8
	.long	.LASF17
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.long	0x48
	.uleb128 0x24
	.byte	0x8
	.uleb128 0x6
	.long	0xd4
	.uleb128 0xa
	.byte	0x1
	.byte	0x6
	.long	.LASF18
	.uleb128 0xb
	.long	0xd4
	.uleb128 0x8
	.long	.LASF19
	.byte	0x6
	.byte	0x1a
	.byte	0x13
	.long	0x85
	.uleb128 0x8
	.long	.LASF20
	.byte	0x6
	.byte	0x1b
	.byte	0x13
	.long	0x9d
	.uleb128 0x25
	.byte	0x80
	.byte	0x7
	.byte	0x5
	.byte	0x9
	.long	0x10f
	.uleb128 0x4
	.long	.LASF24
	.byte	0x7
	.byte	0x7
	.byte	0x15
	.long	0x10f
	.byte	0
	.byte	0
	.uleb128 0xc
	.long	0x3a
	.long	0x11f
	.uleb128 0xf
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0x8
	.long	.LASF21
	.byte	0x7
	.byte	0x8
	.byte	0x3
	.long	0xf8
	.uleb128 0xa
	.byte	0x8
	.byte	0x7
	.long	.LASF22
	.uleb128 0x6
	.long	0x13c
	.uleb128 0xb
	.long	0x132
	.uleb128 0x26
	.uleb128 0x8
	.long	.LASF23
	.byte	0x8
	.byte	0x1f
	.byte	0x12
	.long	0x149
	.uleb128 0xc
	.long	0x48
	.long	0x159
	.uleb128 0xf
	.long	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0xd
	.long	.LASF29
	.byte	0xc8
	.byte	0x9
	.byte	0x1a
	.long	0x18d
	.uleb128 0x4
	.long	.LASF25
	.byte	0x9
	.byte	0x20
	.byte	0xf
	.long	0x13d
	.byte	0
	.uleb128 0x4
	.long	.LASF26
	.byte	0x9
	.byte	0x21
	.byte	0x9
	.long	0x41
	.byte	0x40
	.uleb128 0x4
	.long	.LASF27
	.byte	0x9
	.byte	0x22
	.byte	0x10
	.long	0x11f
	.byte	0x48
	.byte	0
	.uleb128 0x8
	.long	.LASF28
	.byte	0xa
	.byte	0x20
	.byte	0x1e
	.long	0x199
	.uleb128 0xc
	.long	0x159
	.long	0x1a9
	.uleb128 0xf
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF30
	.byte	0xd8
	.byte	0xb
	.byte	0x31
	.long	0x32f
	.uleb128 0x4
	.long	.LASF31
	.byte	0xb
	.byte	0x33
	.byte	0x7
	.long	0x41
	.byte	0
	.uleb128 0x4
	.long	.LASF32
	.byte	0xb
	.byte	0x36
	.byte	0x9
	.long	0xcf
	.byte	0x8
	.uleb128 0x4
	.long	.LASF33
	.byte	0xb
	.byte	0x37
	.byte	0x9
	.long	0xcf
	.byte	0x10
	.uleb128 0x4
	.long	.LASF34
	.byte	0xb
	.byte	0x38
	.byte	0x9
	.long	0xcf
	.byte	0x18
	.uleb128 0x4
	.long	.LASF35
	.byte	0xb
	.byte	0x39
	.byte	0x9
	.long	0xcf
	.byte	0x20
	.uleb128 0x4
	.long	.LASF36
	.byte	0xb
	.byte	0x3a
	.byte	0x9
	.long	0xcf
	.byte	0x28
	.uleb128 0x4
	.long	.LASF37
	.byte	0xb
	.byte	0x3b
	.byte	0x9
	.long	0xcf
	.byte	0x30
	.uleb128 0x4
	.long	.LASF38
	.byte	0xb
	.byte	0x3c
	.byte	0x9
	.long	0xcf
	.byte	0x38
	.uleb128 0x4
	.long	.LASF39
	.byte	0xb
	.byte	0x3d
	.byte	0x9
	.long	0xcf
	.byte	0x40
	.uleb128 0x4
	.long	.LASF40
	.byte	0xb
	.byte	0x40
	.byte	0x9
	.long	0xcf
	.byte	0x48
	.uleb128 0x4
	.long	.LASF41
	.byte	0xb
	.byte	0x41
	.byte	0x9
	.long	0xcf
	.byte	0x50
	.uleb128 0x4
	.long	.LASF42
	.byte	0xb
	.byte	0x42
	.byte	0x9
	.long	0xcf
	.byte	0x58
	.uleb128 0x4
	.long	.LASF43
	.byte	0xb
	.byte	0x44
	.byte	0x16
	.long	0x348
	.byte	0x60
	.uleb128 0x4
	.long	.LASF44
	.byte	0xb
	.byte	0x46
	.byte	0x14
	.long	0x34d
	.byte	0x68
	.uleb128 0x4
	.long	.LASF45
	.byte	0xb
	.byte	0x48
	.byte	0x7
	.long	0x41
	.byte	0x70
	.uleb128 0x4
	.long	.LASF46
	.byte	0xb
	.byte	0x49
	.byte	0x7
	.long	0x41
	.byte	0x74
	.uleb128 0x4
	.long	.LASF47
	.byte	0xb
	.byte	0x4a
	.byte	0xb
	.long	0xb5
	.byte	0x78
	.uleb128 0x4
	.long	.LASF48
	.byte	0xb
	.byte	0x4d
	.byte	0x12
	.long	0x5d
	.byte	0x80
	.uleb128 0x4
	.long	.LASF49
	.byte	0xb
	.byte	0x4e
	.byte	0xf
	.long	0x6b
	.byte	0x82
	.uleb128 0x4
	.long	.LASF50
	.byte	0xb
	.byte	0x4f
	.byte	0x8
	.long	0x352
	.byte	0x83
	.uleb128 0x4
	.long	.LASF51
	.byte	0xb
	.byte	0x51
	.byte	0xf
	.long	0x362
	.byte	0x88
	.uleb128 0x4
	.long	.LASF52
	.byte	0xb
	.byte	0x59
	.byte	0xd
	.long	0xc1
	.byte	0x90
	.uleb128 0x4
	.long	.LASF53
	.byte	0xb
	.byte	0x5b
	.byte	0x17
	.long	0x36c
	.byte	0x98
	.uleb128 0x4
	.long	.LASF54
	.byte	0xb
	.byte	0x5c
	.byte	0x19
	.long	0x376
	.byte	0xa0
	.uleb128 0x4
	.long	.LASF55
	.byte	0xb
	.byte	0x5d
	.byte	0x14
	.long	0x34d
	.byte	0xa8
	.uleb128 0x4
	.long	.LASF56
	.byte	0xb
	.byte	0x5e
	.byte	0x9
	.long	0xcd
	.byte	0xb0
	.uleb128 0x4
	.long	.LASF57
	.byte	0xb
	.byte	0x5f
	.byte	0xa
	.long	0x2e
	.byte	0xb8
	.uleb128 0x4
	.long	.LASF58
	.byte	0xb
	.byte	0x60
	.byte	0x7
	.long	0x41
	.byte	0xc0
	.uleb128 0x4
	.long	.LASF59
	.byte	0xb
	.byte	0x62
	.byte	0x8
	.long	0x37b
	.byte	0xc4
	.byte	0
	.uleb128 0x8
	.long	.LASF60
	.byte	0xc
	.byte	0x7
	.byte	0x19
	.long	0x1a9
	.uleb128 0x27
	.long	.LASF703
	.byte	0xb
	.byte	0x2b
	.byte	0xe
	.uleb128 0x14
	.long	.LASF61
	.uleb128 0x6
	.long	0x343
	.uleb128 0x6
	.long	0x1a9
	.uleb128 0xc
	.long	0xd4
	.long	0x362
	.uleb128 0xf
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	0x33b
	.uleb128 0x14
	.long	.LASF62
	.uleb128 0x6
	.long	0x367
	.uleb128 0x14
	.long	.LASF63
	.uleb128 0x6
	.long	0x371
	.uleb128 0xc
	.long	0xd4
	.long	0x38b
	.uleb128 0xf
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x6
	.long	0x32f
	.uleb128 0xa
	.byte	0x10
	.byte	0x4
	.long	.LASF64
	.uleb128 0x8
	.long	.LASF65
	.byte	0xd
	.byte	0x18
	.byte	0x13
	.long	0x72
	.uleb128 0xb
	.long	0x397
	.uleb128 0x8
	.long	.LASF66
	.byte	0xd
	.byte	0x1a
	.byte	0x14
	.long	0x91
	.uleb128 0xb
	.long	0x3a8
	.uleb128 0x8
	.long	.LASF67
	.byte	0xd
	.byte	0x1b
	.byte	0x14
	.long	0xa9
	.uleb128 0x8
	.long	.LASF68
	.byte	0xe
	.byte	0x5a
	.byte	0x1b
	.long	0x3a
	.uleb128 0x6
	.long	0xdb
	.uleb128 0x8
	.long	.LASF69
	.byte	0xf
	.byte	0xa
	.byte	0x12
	.long	0xec
	.uleb128 0x8
	.long	.LASF70
	.byte	0xf
	.byte	0xb
	.byte	0x12
	.long	0x3b9
	.uleb128 0x15
	.long	.LASF106
	.long	0x64
	.byte	0xf
	.byte	0xd
	.long	0x4d0
	.uleb128 0x2
	.long	.LASF71
	.byte	0
	.uleb128 0x2
	.long	.LASF72
	.byte	0x1
	.uleb128 0x2
	.long	.LASF73
	.byte	0x2
	.uleb128 0x2
	.long	.LASF74
	.byte	0x3
	.uleb128 0x2
	.long	.LASF75
	.byte	0x4
	.uleb128 0x2
	.long	.LASF76
	.byte	0x5
	.uleb128 0x2
	.long	.LASF77
	.byte	0x6
	.uleb128 0x2
	.long	.LASF78
	.byte	0x7
	.uleb128 0x2
	.long	.LASF79
	.byte	0x8
	.uleb128 0x2
	.long	.LASF80
	.byte	0x9
	.uleb128 0x2
	.long	.LASF81
	.byte	0xa
	.uleb128 0x2
	.long	.LASF82
	.byte	0xb
	.uleb128 0x2
	.long	.LASF83
	.byte	0xc
	.uleb128 0x2
	.long	.LASF84
	.byte	0xd
	.uleb128 0x2
	.long	.LASF85
	.byte	0xe
	.uleb128 0x2
	.long	.LASF86
	.byte	0xf
	.uleb128 0x2
	.long	.LASF87
	.byte	0x10
	.uleb128 0x2
	.long	.LASF88
	.byte	0x11
	.uleb128 0x2
	.long	.LASF89
	.byte	0x12
	.uleb128 0x2
	.long	.LASF90
	.byte	0x13
	.uleb128 0x2
	.long	.LASF91
	.byte	0x14
	.uleb128 0x2
	.long	.LASF92
	.byte	0x15
	.uleb128 0x2
	.long	.LASF93
	.byte	0x16
	.uleb128 0x2
	.long	.LASF94
	.byte	0x17
	.uleb128 0x2
	.long	.LASF95
	.byte	0x18
	.uleb128 0x2
	.long	.LASF96
	.byte	0x19
	.uleb128 0x2
	.long	.LASF97
	.byte	0x1a
	.uleb128 0x2
	.long	.LASF98
	.byte	0x1b
	.uleb128 0x2
	.long	.LASF99
	.byte	0x1c
	.uleb128 0x2
	.long	.LASF100
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF101
	.byte	0x1e
	.uleb128 0x2
	.long	.LASF102
	.byte	0x1f
	.uleb128 0x2
	.long	.LASF103
	.byte	0x20
	.uleb128 0x2
	.long	.LASF104
	.byte	0x21
	.uleb128 0x2
	.long	.LASF105
	.byte	0x22
	.byte	0
	.uleb128 0x15
	.long	.LASF107
	.long	0x64
	.byte	0xf
	.byte	0x15
	.long	0x504
	.uleb128 0x2
	.long	.LASF108
	.byte	0
	.uleb128 0x2
	.long	.LASF109
	.byte	0x1
	.uleb128 0x2
	.long	.LASF110
	.byte	0x2
	.uleb128 0x2
	.long	.LASF111
	.byte	0x3
	.uleb128 0x2
	.long	.LASF112
	.byte	0x4
	.uleb128 0x2
	.long	.LASF113
	.byte	0x5
	.byte	0
	.uleb128 0x19
	.long	0x64
	.byte	0xf
	.byte	0x1e
	.long	0x5dc
	.uleb128 0x2
	.long	.LASF114
	.byte	0x1
	.uleb128 0x2
	.long	.LASF115
	.byte	0x9
	.uleb128 0x2
	.long	.LASF116
	.byte	0x1
	.uleb128 0x2
	.long	.LASF117
	.byte	0x1
	.uleb128 0x2
	.long	.LASF118
	.byte	0x1
	.uleb128 0x2
	.long	.LASF119
	.byte	0x1
	.uleb128 0x2
	.long	.LASF120
	.byte	0x1
	.uleb128 0x2
	.long	.LASF121
	.byte	0x1
	.uleb128 0x2
	.long	.LASF122
	.byte	0x1
	.uleb128 0x2
	.long	.LASF123
	.byte	0x1
	.uleb128 0x2
	.long	.LASF124
	.byte	0x1
	.uleb128 0x2
	.long	.LASF125
	.byte	0x1
	.uleb128 0x2
	.long	.LASF126
	.byte	0x1
	.uleb128 0x2
	.long	.LASF127
	.byte	0x1
	.uleb128 0x2
	.long	.LASF128
	.byte	0x1
	.uleb128 0x2
	.long	.LASF129
	.byte	0x1
	.uleb128 0x2
	.long	.LASF130
	.byte	0x1
	.uleb128 0x2
	.long	.LASF131
	.byte	0x1
	.uleb128 0x2
	.long	.LASF132
	.byte	0x1
	.uleb128 0x2
	.long	.LASF133
	.byte	0x1
	.uleb128 0x2
	.long	.LASF134
	.byte	0x1
	.uleb128 0x2
	.long	.LASF135
	.byte	0x1
	.uleb128 0x2
	.long	.LASF136
	.byte	0x1
	.uleb128 0x2
	.long	.LASF137
	.byte	0x1
	.uleb128 0x2
	.long	.LASF138
	.byte	0x1
	.uleb128 0x2
	.long	.LASF139
	.byte	0x5
	.uleb128 0x2
	.long	.LASF140
	.byte	0x5
	.uleb128 0x2
	.long	.LASF141
	.byte	0x5
	.uleb128 0x2
	.long	.LASF142
	.byte	0x5
	.uleb128 0x2
	.long	.LASF143
	.byte	0x1
	.uleb128 0x2
	.long	.LASF144
	.byte	0x1
	.uleb128 0x2
	.long	.LASF145
	.byte	0x1
	.uleb128 0x2
	.long	.LASF146
	.byte	0x1
	.uleb128 0x2
	.long	.LASF147
	.byte	0x1
	.byte	0
	.uleb128 0xd
	.long	.LASF148
	.byte	0x10
	.byte	0x3
	.byte	0x13
	.long	0x603
	.uleb128 0x4
	.long	.LASF149
	.byte	0x3
	.byte	0x14
	.byte	0xe
	.long	0xcf
	.byte	0
	.uleb128 0x4
	.long	.LASF150
	.byte	0x3
	.byte	0x15
	.byte	0xe
	.long	0x3a8
	.byte	0x8
	.byte	0
	.uleb128 0xd
	.long	.LASF151
	.byte	0x8
	.byte	0x3
	.byte	0x1d
	.long	0x62a
	.uleb128 0x4
	.long	.LASF152
	.byte	0x3
	.byte	0x1e
	.byte	0xd
	.long	0xe0
	.byte	0
	.uleb128 0x4
	.long	.LASF153
	.byte	0x3
	.byte	0x1f
	.byte	0xd
	.long	0xe0
	.byte	0x4
	.byte	0
	.uleb128 0xd
	.long	.LASF154
	.byte	0x50
	.byte	0x3
	.byte	0x22
	.long	0x6c6
	.uleb128 0x4
	.long	.LASF155
	.byte	0x3
	.byte	0x23
	.byte	0x11
	.long	0x3d1
	.byte	0
	.uleb128 0x4
	.long	.LASF156
	.byte	0x3
	.byte	0x24
	.byte	0x11
	.long	0x6cb
	.byte	0x8
	.uleb128 0x4
	.long	.LASF157
	.byte	0x3
	.byte	0x25
	.byte	0x11
	.long	0x3a8
	.byte	0x10
	.uleb128 0x4
	.long	.LASF158
	.byte	0x3
	.byte	0x26
	.byte	0x11
	.long	0x3a8
	.byte	0x14
	.uleb128 0xe
	.string	"ord"
	.byte	0x3
	.byte	0x27
	.byte	0x11
	.long	0x6d0
	.byte	0x18
	.uleb128 0x4
	.long	.LASF150
	.byte	0x3
	.byte	0x29
	.byte	0x11
	.long	0x6d0
	.byte	0x20
	.uleb128 0x4
	.long	.LASF159
	.byte	0x3
	.byte	0x2a
	.byte	0x11
	.long	0x6d0
	.byte	0x28
	.uleb128 0x4
	.long	.LASF160
	.byte	0x3
	.byte	0x2b
	.byte	0x13
	.long	0x6d5
	.byte	0x30
	.uleb128 0x4
	.long	.LASF161
	.byte	0x3
	.byte	0x2c
	.byte	0x11
	.long	0x3a8
	.byte	0x38
	.uleb128 0x4
	.long	.LASF162
	.byte	0x3
	.byte	0x2e
	.byte	0x11
	.long	0x6cb
	.byte	0x40
	.uleb128 0x4
	.long	.LASF151
	.byte	0x3
	.byte	0x2f
	.byte	0x13
	.long	0x6da
	.byte	0x48
	.byte	0
	.uleb128 0xb
	.long	0x62a
	.uleb128 0x6
	.long	0x397
	.uleb128 0x6
	.long	0x3a8
	.uleb128 0x6
	.long	0x5dc
	.uleb128 0x6
	.long	0x603
	.uleb128 0x15
	.long	.LASF163
	.long	0x64
	.byte	0x10
	.byte	0xf
	.long	0x725
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
	.byte	0x3
	.uleb128 0x2
	.long	.LASF168
	.byte	0x4
	.uleb128 0x2
	.long	.LASF169
	.byte	0x5
	.uleb128 0x2
	.long	.LASF170
	.byte	0x6
	.uleb128 0x2
	.long	.LASF171
	.byte	0x7
	.uleb128 0x2
	.long	.LASF172
	.byte	0x8
	.byte	0
	.uleb128 0xd
	.long	.LASF173
	.byte	0x20
	.byte	0x10
	.byte	0x1b
	.long	0x766
	.uleb128 0x4
	.long	.LASF163
	.byte	0x10
	.byte	0x1c
	.byte	0x11
	.long	0x6df
	.byte	0
	.uleb128 0xe
	.string	"arg"
	.byte	0x10
	.byte	0x1d
	.byte	0x11
	.long	0x3d6
	.byte	0x8
	.uleb128 0xe
	.string	"ord"
	.byte	0x10
	.byte	0x1e
	.byte	0x11
	.long	0x3a8
	.byte	0x10
	.uleb128 0x4
	.long	.LASF158
	.byte	0x10
	.byte	0x1f
	.byte	0x11
	.long	0xec
	.byte	0x18
	.byte	0
	.uleb128 0x1a
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x7c1
	.uleb128 0xe
	.string	"f"
	.byte	0x10
	.byte	0x27
	.byte	0xe
	.long	0x38b
	.byte	0
	.uleb128 0xe
	.string	"len"
	.byte	0x10
	.byte	0x28
	.byte	0xe
	.long	0x2e
	.byte	0x8
	.uleb128 0x4
	.long	.LASF174
	.byte	0x10
	.byte	0x29
	.byte	0xe
	.long	0x3b9
	.byte	0x10
	.uleb128 0x4
	.long	.LASF175
	.byte	0x10
	.byte	0x2a
	.byte	0xe
	.long	0x3b9
	.byte	0x18
	.uleb128 0x4
	.long	.LASF176
	.byte	0x10
	.byte	0x2b
	.byte	0xe
	.long	0x41
	.byte	0x20
	.uleb128 0xe
	.string	"buf"
	.byte	0x10
	.byte	0x2c
	.byte	0xe
	.long	0x7c1
	.byte	0x24
	.byte	0
	.uleb128 0xc
	.long	0xd4
	.long	0x7d2
	.uleb128 0x16
	.long	0x3a
	.value	0xffff
	.byte	0
	.uleb128 0x1a
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x862
	.uleb128 0x4
	.long	.LASF177
	.byte	0x10
	.byte	0x30
	.byte	0x11
	.long	0x862
	.byte	0
	.uleb128 0x28
	.long	.LASF178
	.byte	0x10
	.byte	0x34
	.byte	0x11
	.long	0x873
	.value	0x8008
	.uleb128 0x1b
	.string	"mem"
	.byte	0x36
	.long	0x884
	.long	0x10008
	.uleb128 0x12
	.long	.LASF179
	.byte	0x37
	.byte	0x11
	.long	0xec
	.long	0x10010
	.uleb128 0x12
	.long	.LASF180
	.byte	0x38
	.byte	0x11
	.long	0xec
	.long	0x10018
	.uleb128 0x12
	.long	.LASF181
	.byte	0x3a
	.byte	0x1b
	.long	0x889
	.long	0x10020
	.uleb128 0x12
	.long	.LASF173
	.byte	0x3b
	.byte	0x13
	.long	0x725
	.long	0x10028
	.uleb128 0x12
	.long	.LASF182
	.byte	0x3c
	.byte	0x11
	.long	0x18d
	.long	0x10048
	.uleb128 0x1b
	.string	"out"
	.byte	0x3d
	.long	0x766
	.long	0x10110
	.byte	0
	.uleb128 0xc
	.long	0x3d6
	.long	0x873
	.uleb128 0x16
	.long	0x3a
	.value	0x1000
	.byte	0
	.uleb128 0xc
	.long	0x3c5
	.long	0x884
	.uleb128 0x16
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0x6
	.long	0x3d6
	.uleb128 0x6
	.long	0x6c6
	.uleb128 0xd
	.long	.LASF183
	.byte	0x48
	.byte	0x11
	.byte	0x10
	.long	0x910
	.uleb128 0x4
	.long	.LASF149
	.byte	0x11
	.byte	0x11
	.byte	0x11
	.long	0x3d1
	.byte	0
	.uleb128 0x4
	.long	.LASF184
	.byte	0x11
	.byte	0x12
	.byte	0x11
	.long	0x3d1
	.byte	0x8
	.uleb128 0x4
	.long	.LASF185
	.byte	0x11
	.byte	0x15
	.byte	0x13
	.long	0x91a
	.byte	0x10
	.uleb128 0x4
	.long	.LASF186
	.byte	0x11
	.byte	0x1a
	.byte	0xd
	.long	0x92e
	.byte	0x18
	.uleb128 0x4
	.long	.LASF187
	.byte	0x11
	.byte	0x1b
	.byte	0xd
	.long	0x93e
	.byte	0x20
	.uleb128 0x4
	.long	.LASF188
	.byte	0x11
	.byte	0x21
	.byte	0x13
	.long	0x91a
	.byte	0x28
	.uleb128 0x4
	.long	.LASF189
	.byte	0x11
	.byte	0x27
	.byte	0x9
	.long	0x41
	.byte	0x30
	.uleb128 0xe
	.string	"run"
	.byte	0x11
	.byte	0x2b
	.byte	0xd
	.long	0x95d
	.byte	0x38
	.uleb128 0x4
	.long	.LASF190
	.byte	0x11
	.byte	0x31
	.byte	0xd
	.long	0x972
	.byte	0x40
	.byte	0
	.uleb128 0xb
	.long	0x88e
	.uleb128 0x29
	.long	0x3d1
	.uleb128 0x6
	.long	0x915
	.uleb128 0x2a
	.long	0xcd
	.long	0x92e
	.uleb128 0x9
	.long	0x889
	.byte	0
	.uleb128 0x6
	.long	0x91f
	.uleb128 0x17
	.long	0x93e
	.uleb128 0x9
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0x933
	.uleb128 0x17
	.long	0x958
	.uleb128 0x9
	.long	0x958
	.uleb128 0x9
	.long	0x889
	.uleb128 0x9
	.long	0xcd
	.byte	0
	.uleb128 0x6
	.long	0x7d2
	.uleb128 0x6
	.long	0x943
	.uleb128 0x17
	.long	0x972
	.uleb128 0x9
	.long	0x132
	.uleb128 0x9
	.long	0x38b
	.byte	0
	.uleb128 0x6
	.long	0x962
	.uleb128 0x19
	.long	0x64
	.byte	0x12
	.byte	0x2c
	.long	0xbe7
	.uleb128 0x2
	.long	.LASF191
	.byte	0
	.uleb128 0x2
	.long	.LASF192
	.byte	0
	.uleb128 0x2
	.long	.LASF193
	.byte	0
	.uleb128 0x2
	.long	.LASF194
	.byte	0
	.uleb128 0x2
	.long	.LASF195
	.byte	0x1
	.uleb128 0x2
	.long	.LASF196
	.byte	0
	.uleb128 0x2
	.long	.LASF197
	.byte	0x1
	.uleb128 0x2
	.long	.LASF198
	.byte	0
	.uleb128 0x2
	.long	.LASF199
	.byte	0
	.uleb128 0x2
	.long	.LASF200
	.byte	0x1
	.uleb128 0x2
	.long	.LASF201
	.byte	0x2
	.uleb128 0x2
	.long	.LASF202
	.byte	0
	.uleb128 0x2
	.long	.LASF203
	.byte	0x2
	.uleb128 0x2
	.long	.LASF204
	.byte	0x2
	.uleb128 0x2
	.long	.LASF205
	.byte	0
	.uleb128 0x2
	.long	.LASF206
	.byte	0x2
	.uleb128 0x2
	.long	.LASF207
	.byte	0x3
	.uleb128 0x2
	.long	.LASF208
	.byte	0
	.uleb128 0x2
	.long	.LASF209
	.byte	0x3
	.uleb128 0x2
	.long	.LASF210
	.byte	0x3
	.uleb128 0x2
	.long	.LASF211
	.byte	0
	.uleb128 0x2
	.long	.LASF212
	.byte	0x2
	.uleb128 0x2
	.long	.LASF213
	.byte	0x1
	.uleb128 0x2
	.long	.LASF214
	.byte	0
	.uleb128 0x2
	.long	.LASF215
	.byte	0x2
	.uleb128 0x2
	.long	.LASF216
	.byte	0x1
	.uleb128 0x2
	.long	.LASF217
	.byte	0
	.uleb128 0x2
	.long	.LASF218
	.byte	0x2
	.uleb128 0x2
	.long	.LASF219
	.byte	0x1
	.uleb128 0x2
	.long	.LASF220
	.byte	0
	.uleb128 0x2
	.long	.LASF221
	.byte	0x2
	.uleb128 0x2
	.long	.LASF222
	.byte	0x1
	.uleb128 0x2
	.long	.LASF223
	.byte	0
	.uleb128 0x2
	.long	.LASF224
	.byte	0x2
	.uleb128 0x2
	.long	.LASF225
	.byte	0x1
	.uleb128 0x2
	.long	.LASF226
	.byte	0
	.uleb128 0x2
	.long	.LASF227
	.byte	0x1
	.uleb128 0x2
	.long	.LASF228
	.byte	0x1
	.uleb128 0x2
	.long	.LASF229
	.byte	0
	.uleb128 0x2
	.long	.LASF230
	.byte	0x1
	.uleb128 0x2
	.long	.LASF231
	.byte	0x1
	.uleb128 0x2
	.long	.LASF232
	.byte	0
	.uleb128 0x2
	.long	.LASF233
	.byte	0x2
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
	.byte	0x1
	.uleb128 0x2
	.long	.LASF241
	.byte	0
	.uleb128 0x2
	.long	.LASF242
	.byte	0x2
	.uleb128 0x2
	.long	.LASF243
	.byte	0x1
	.uleb128 0x2
	.long	.LASF244
	.byte	0
	.uleb128 0x2
	.long	.LASF245
	.byte	0x2
	.uleb128 0x2
	.long	.LASF246
	.byte	0x1
	.uleb128 0x2
	.long	.LASF247
	.byte	0
	.uleb128 0x2
	.long	.LASF248
	.byte	0x2
	.uleb128 0x2
	.long	.LASF249
	.byte	0x1
	.uleb128 0x2
	.long	.LASF250
	.byte	0
	.uleb128 0x2
	.long	.LASF251
	.byte	0x2
	.uleb128 0x2
	.long	.LASF252
	.byte	0x1
	.uleb128 0x2
	.long	.LASF253
	.byte	0
	.uleb128 0x2
	.long	.LASF254
	.byte	0x2
	.uleb128 0x2
	.long	.LASF255
	.byte	0x1
	.uleb128 0x2
	.long	.LASF256
	.byte	0
	.uleb128 0x2
	.long	.LASF257
	.byte	0x2
	.uleb128 0x2
	.long	.LASF258
	.byte	0x1
	.uleb128 0x2
	.long	.LASF259
	.byte	0
	.uleb128 0x2
	.long	.LASF260
	.byte	0x2
	.uleb128 0x2
	.long	.LASF261
	.byte	0x1
	.uleb128 0x2
	.long	.LASF262
	.byte	0
	.uleb128 0x2
	.long	.LASF263
	.byte	0x2
	.uleb128 0x2
	.long	.LASF264
	.byte	0x1
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
	.byte	0x1
	.uleb128 0x2
	.long	.LASF269
	.byte	0x1
	.uleb128 0x2
	.long	.LASF270
	.byte	0
	.uleb128 0x2
	.long	.LASF271
	.byte	0x2
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
	.byte	0x3
	.uleb128 0x2
	.long	.LASF278
	.byte	0
	.uleb128 0x2
	.long	.LASF279
	.byte	0
	.uleb128 0x2
	.long	.LASF280
	.byte	0x4
	.uleb128 0x2
	.long	.LASF281
	.byte	0x1
	.uleb128 0x2
	.long	.LASF282
	.byte	0x1
	.uleb128 0x2
	.long	.LASF283
	.byte	0
	.uleb128 0x2
	.long	.LASF284
	.byte	0x2
	.uleb128 0x2
	.long	.LASF285
	.byte	0
	.uleb128 0x2
	.long	.LASF286
	.byte	0
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
	.uleb128 0x2
	.long	.LASF292
	.byte	0x5
	.byte	0
	.uleb128 0xd
	.long	.LASF293
	.byte	0x20
	.byte	0x13
	.byte	0x1b
	.long	0xc28
	.uleb128 0x4
	.long	.LASF294
	.byte	0x13
	.byte	0x1c
	.byte	0x12
	.long	0x3a8
	.byte	0
	.uleb128 0x4
	.long	.LASF180
	.byte	0x13
	.byte	0x1d
	.byte	0x12
	.long	0xec
	.byte	0x8
	.uleb128 0x4
	.long	.LASF295
	.byte	0x13
	.byte	0x1e
	.byte	0x12
	.long	0xec
	.byte	0x10
	.uleb128 0x4
	.long	.LASF151
	.byte	0x13
	.byte	0x1f
	.byte	0x12
	.long	0x603
	.byte	0x18
	.byte	0
	.uleb128 0xb
	.long	0xbe7
	.uleb128 0xd
	.long	.LASF296
	.byte	0x18
	.byte	0x13
	.byte	0x21
	.long	0xc61
	.uleb128 0x4
	.long	.LASF156
	.byte	0x13
	.byte	0x22
	.byte	0x14
	.long	0x6cb
	.byte	0
	.uleb128 0x4
	.long	.LASF157
	.byte	0x13
	.byte	0x23
	.byte	0x14
	.long	0x3a8
	.byte	0x8
	.uleb128 0x4
	.long	.LASF293
	.byte	0x13
	.byte	0x24
	.byte	0x14
	.long	0xc66
	.byte	0x10
	.byte	0
	.uleb128 0xb
	.long	0xc2d
	.uleb128 0x6
	.long	0xbe7
	.uleb128 0x2b
	.long	.LASF370
	.byte	0x1
	.byte	0x4b
	.byte	0x19
	.long	0x910
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_token
	.uleb128 0x1c
	.long	.LASF297
	.byte	0x13
	.byte	0x26
	.byte	0xf
	.long	0xc97
	.long	0xc97
	.uleb128 0x9
	.long	0x889
	.byte	0
	.uleb128 0x6
	.long	0xc2d
	.uleb128 0x1d
	.long	.LASF299
	.byte	0x10
	.byte	0x4f
	.byte	0x7
	.long	0xcc2
	.uleb128 0x9
	.long	0x958
	.uleb128 0x9
	.long	0x6df
	.uleb128 0x9
	.long	0x3d6
	.uleb128 0x9
	.long	0x3a8
	.uleb128 0x9
	.long	0xec
	.byte	0
	.uleb128 0x1c
	.long	.LASF298
	.byte	0x10
	.byte	0x4a
	.byte	0x7
	.long	0x41
	.long	0xcdd
	.uleb128 0x9
	.long	0x958
	.uleb128 0x9
	.long	0x3d6
	.byte	0
	.uleb128 0x1d
	.long	.LASF300
	.byte	0x13
	.byte	0x27
	.byte	0x6
	.long	0xcef
	.uleb128 0x9
	.long	0xcd
	.byte	0
	.uleb128 0x2c
	.long	.LASF186
	.byte	0x1
	.byte	0x46
	.byte	0xe
	.long	0xcd
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.long	0xd3a
	.uleb128 0x18
	.long	.LASF181
	.byte	0x46
	.byte	0x2c
	.long	0x889
	.long	.LLST85
	.long	.LVUS85
	.uleb128 0x2d
	.quad	.LVL294
	.long	0xc81
	.uleb128 0x1e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.byte	0
	.uleb128 0x2e
	.string	"run"
	.byte	0x1
	.byte	0x14
	.byte	0xd
	.quad	.LFB24
	.quad	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.long	0x2719
	.uleb128 0x2f
	.string	"vm"
	.byte	0x1
	.byte	0x14
	.byte	0x1c
	.long	0x958
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x18
	.long	.LASF181
	.byte	0x14
	.byte	0x36
	.long	0x889
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x18
	.long	.LASF301
	.byte	0x14
	.byte	0x42
	.long	0xcd
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x30
	.long	.LASF704
	.byte	0x1
	.byte	0x17
	.byte	0x1e
	.long	0x2729
	.uleb128 0x9
	.byte	0x3
	.quad	table.0
	.uleb128 0x1
	.long	.LASF302
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L7
	.uleb128 0x1
	.long	.LASF303
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L3
	.uleb128 0x1
	.long	.LASF304
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.L12
	.uleb128 0x1
	.long	.LASF305
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L9
	.uleb128 0x1
	.long	.LASF306
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.L18
	.uleb128 0x1
	.long	.LASF307
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L15
	.uleb128 0x1
	.long	.LASF308
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.L23
	.uleb128 0x1
	.long	.LASF309
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L20
	.uleb128 0x1
	.long	.LASF310
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.L29
	.uleb128 0x1
	.long	.LASF311
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L26
	.uleb128 0x1
	.long	.LASF312
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.L34
	.uleb128 0x1
	.long	.LASF313
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L31
	.uleb128 0x1
	.long	.LASF314
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.L40
	.uleb128 0x1
	.long	.LASF315
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L37
	.uleb128 0x1
	.long	.LASF316
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.L45
	.uleb128 0x1
	.long	.LASF317
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L42
	.uleb128 0x1
	.long	.LASF318
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.L50
	.uleb128 0x1
	.long	.LASF319
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L47
	.uleb128 0x1
	.long	.LASF320
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.L55
	.uleb128 0x1
	.long	.LASF321
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L52
	.uleb128 0x1
	.long	.LASF322
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.L63
	.uleb128 0x1
	.long	.LASF323
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L57
	.uleb128 0x1
	.long	.LASF324
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.L70
	.uleb128 0x1
	.long	.LASF325
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L65
	.uleb128 0x1
	.long	.LASF326
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.L75
	.uleb128 0x1
	.long	.LASF327
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L72
	.uleb128 0x1
	.long	.LASF328
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.L80
	.uleb128 0x1
	.long	.LASF329
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L77
	.uleb128 0x1
	.long	.LASF330
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.L85
	.uleb128 0x1
	.long	.LASF331
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L82
	.uleb128 0x1
	.long	.LASF332
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.L90
	.uleb128 0x1
	.long	.LASF333
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L87
	.uleb128 0x1
	.long	.LASF334
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.L95
	.uleb128 0x1
	.long	.LASF335
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L92
	.uleb128 0x1
	.long	.LASF336
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.L100
	.uleb128 0x1
	.long	.LASF337
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L97
	.uleb128 0x1
	.long	.LASF338
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.L105
	.uleb128 0x1
	.long	.LASF339
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L102
	.uleb128 0x1
	.long	.LASF340
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.L110
	.uleb128 0x1
	.long	.LASF341
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L107
	.uleb128 0x1
	.long	.LASF342
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.L115
	.uleb128 0x1
	.long	.LASF343
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L112
	.uleb128 0x1
	.long	.LASF344
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.L120
	.uleb128 0x1
	.long	.LASF345
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L117
	.uleb128 0x1
	.long	.LASF346
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.L125
	.uleb128 0x1
	.long	.LASF347
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L122
	.uleb128 0x1
	.long	.LASF348
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.L130
	.uleb128 0x1
	.long	.LASF349
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L127
	.uleb128 0x1
	.long	.LASF350
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.L135
	.uleb128 0x1
	.long	.LASF351
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L132
	.uleb128 0x1
	.long	.LASF352
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.L142
	.uleb128 0x1
	.long	.LASF353
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L137
	.uleb128 0x1
	.long	.LASF354
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L150
	.uleb128 0x1
	.long	.LASF355
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L144
	.uleb128 0x1
	.long	.LASF356
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L158
	.uleb128 0x1
	.long	.LASF357
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L152
	.uleb128 0x1
	.long	.LASF358
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.L165
	.uleb128 0x1
	.long	.LASF359
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L160
	.uleb128 0x1
	.long	.LASF360
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.L171
	.uleb128 0x1
	.long	.LASF361
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L167
	.uleb128 0x1
	.long	.LASF362
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.L177
	.uleb128 0x1
	.long	.LASF363
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L173
	.uleb128 0x1
	.long	.LASF364
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.L183
	.uleb128 0x1
	.long	.LASF365
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L179
	.uleb128 0x1
	.long	.LASF366
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.L190
	.uleb128 0x1
	.long	.LASF367
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L185
	.uleb128 0x1
	.long	.LASF368
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.L196
	.uleb128 0x1
	.long	.LASF369
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L192
	.uleb128 0x5
	.string	"q"
	.byte	0x1
	.byte	0x1c
	.byte	0x19
	.long	0x272e
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x1f
	.long	.LASF293
	.byte	0x1d
	.byte	0x20
	.long	0x2738
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x5
	.string	"cur"
	.byte	0x1
	.byte	0x1e
	.byte	0x14
	.long	0x273d
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x5
	.string	"pc"
	.byte	0x1
	.byte	0x1f
	.byte	0x14
	.long	0x273d
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x5
	.string	"ord"
	.byte	0x1
	.byte	0x20
	.byte	0x1b
	.long	0x2747
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x5
	.string	"sp"
	.byte	0x1
	.byte	0x21
	.byte	0xb
	.long	0x884
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x5
	.string	"rsp"
	.byte	0x1
	.byte	0x22
	.byte	0x10
	.long	0x274c
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x1f
	.long	.LASF371
	.byte	0x23
	.byte	0xd
	.long	0xec
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x5
	.string	"st"
	.byte	0x1
	.byte	0x24
	.byte	0x11
	.long	0x6df
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x5
	.string	"arg"
	.byte	0x1
	.byte	0x25
	.byte	0xa
	.long	0x3d6
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1
	.long	.LASF372
	.byte	0x1
	.byte	0x3e
	.byte	0x5
	.quad	.LDL1
	.uleb128 0x1
	.long	.LASF373
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L4
	.uleb128 0x3
	.long	.LASF377
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF374
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L5
	.uleb128 0x1
	.long	.LASF375
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL2
	.uleb128 0x1
	.long	.LASF376
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L8
	.uleb128 0x3
	.long	.LASF378
	.byte	0x21
	.byte	0x1
	.uleb128 0x1
	.long	.LASF379
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.quad	.L14
	.uleb128 0x3
	.long	.LASF380
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF381
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF382
	.byte	0x21
	.byte	0x1
	.uleb128 0x1
	.long	.LASF383
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L10
	.uleb128 0x3
	.long	.LASF384
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF385
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L11
	.uleb128 0x1
	.long	.LASF386
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL32
	.uleb128 0x1
	.long	.LASF387
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.L13
	.uleb128 0x3
	.long	.LASF388
	.byte	0x25
	.byte	0x1
	.uleb128 0x1
	.long	.LASF389
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL57
	.uleb128 0x3
	.long	.LASF390
	.byte	0x25
	.byte	0x1
	.uleb128 0x3
	.long	.LASF391
	.byte	0x25
	.byte	0x1
	.uleb128 0x1
	.long	.LASF392
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L16
	.uleb128 0x3
	.long	.LASF393
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF394
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L17
	.uleb128 0x1
	.long	.LASF395
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL31
	.uleb128 0x1
	.long	.LASF396
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.L19
	.uleb128 0x1
	.long	.LASF397
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL42
	.uleb128 0x3
	.long	.LASF398
	.byte	0x29
	.byte	0x1
	.uleb128 0x3
	.long	.LASF399
	.byte	0x29
	.byte	0x1
	.uleb128 0x3
	.long	.LASF400
	.byte	0x29
	.byte	0x1
	.uleb128 0x1
	.long	.LASF401
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L21
	.uleb128 0x3
	.long	.LASF402
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF403
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L22
	.uleb128 0x1
	.long	.LASF404
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL33
	.uleb128 0x1
	.long	.LASF405
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.L24
	.uleb128 0x1
	.long	.LASF406
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL70
	.uleb128 0x1
	.long	.LASF407
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL68
	.uleb128 0x3
	.long	.LASF408
	.byte	0x2d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF409
	.byte	0x2d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF410
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L27
	.uleb128 0x3
	.long	.LASF411
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF412
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L28
	.uleb128 0x1
	.long	.LASF413
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL30
	.uleb128 0x1
	.long	.LASF414
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.L30
	.uleb128 0x1
	.long	.LASF415
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL53
	.uleb128 0x3
	.long	.LASF416
	.byte	0x31
	.byte	0x1
	.uleb128 0x3
	.long	.LASF417
	.byte	0x31
	.byte	0x1
	.uleb128 0x3
	.long	.LASF418
	.byte	0x31
	.byte	0x1
	.uleb128 0x1
	.long	.LASF419
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L32
	.uleb128 0x3
	.long	.LASF420
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF421
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L33
	.uleb128 0x1
	.long	.LASF422
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL34
	.uleb128 0x1
	.long	.LASF423
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.L35
	.uleb128 0x1
	.long	.LASF424
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL69
	.uleb128 0x1
	.long	.LASF425
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL67
	.uleb128 0x3
	.long	.LASF426
	.byte	0x35
	.byte	0x1
	.uleb128 0x3
	.long	.LASF427
	.byte	0x35
	.byte	0x1
	.uleb128 0x1
	.long	.LASF428
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L38
	.uleb128 0x3
	.long	.LASF429
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF430
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L39
	.uleb128 0x1
	.long	.LASF431
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL29
	.uleb128 0x1
	.long	.LASF432
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.L41
	.uleb128 0x1
	.long	.LASF433
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL58
	.uleb128 0x3
	.long	.LASF434
	.byte	0x39
	.byte	0x1
	.uleb128 0x3
	.long	.LASF435
	.byte	0x39
	.byte	0x1
	.uleb128 0x3
	.long	.LASF436
	.byte	0x39
	.byte	0x1
	.uleb128 0x1
	.long	.LASF437
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L43
	.uleb128 0x3
	.long	.LASF438
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF439
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L44
	.uleb128 0x1
	.long	.LASF440
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL28
	.uleb128 0x1
	.long	.LASF441
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.L46
	.uleb128 0x1
	.long	.LASF442
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL44
	.uleb128 0x3
	.long	.LASF443
	.byte	0x3f
	.byte	0x36
	.uleb128 0x3
	.long	.LASF444
	.byte	0x3f
	.byte	0x36
	.uleb128 0x3
	.long	.LASF445
	.byte	0x3f
	.byte	0x36
	.uleb128 0x1
	.long	.LASF446
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L48
	.uleb128 0x3
	.long	.LASF447
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF448
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L49
	.uleb128 0x1
	.long	.LASF449
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL27
	.uleb128 0x1
	.long	.LASF450
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.L51
	.uleb128 0x1
	.long	.LASF451
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL43
	.uleb128 0x3
	.long	.LASF452
	.byte	0x40
	.byte	0x36
	.uleb128 0x3
	.long	.LASF453
	.byte	0x40
	.byte	0x36
	.uleb128 0x3
	.long	.LASF454
	.byte	0x40
	.byte	0x36
	.uleb128 0x1
	.long	.LASF455
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L53
	.uleb128 0x3
	.long	.LASF456
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF457
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L54
	.uleb128 0x1
	.long	.LASF458
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL26
	.uleb128 0x1
	.long	.LASF459
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.L56
	.uleb128 0x1
	.long	.LASF460
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL54
	.uleb128 0x3
	.long	.LASF461
	.byte	0x41
	.byte	0x36
	.uleb128 0x3
	.long	.LASF462
	.byte	0x41
	.byte	0x36
	.uleb128 0x3
	.long	.LASF463
	.byte	0x41
	.byte	0x36
	.uleb128 0x1
	.long	.LASF464
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L58
	.uleb128 0x3
	.long	.LASF465
	.byte	0x43
	.byte	0x1
	.uleb128 0x1
	.long	.LASF466
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L59
	.uleb128 0x3
	.long	.LASF467
	.byte	0x45
	.byte	0x9
	.uleb128 0x1
	.long	.LASF468
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x1
	.long	.LASF469
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.L64
	.uleb128 0x1
	.long	.LASF470
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL56
	.uleb128 0x3
	.long	.LASF471
	.byte	0x48
	.byte	0x1
	.uleb128 0x3
	.long	.LASF472
	.byte	0x48
	.byte	0x1
	.uleb128 0x3
	.long	.LASF473
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF474
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L66
	.uleb128 0x3
	.long	.LASF475
	.byte	0x4a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF476
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L67
	.uleb128 0x3
	.long	.LASF477
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF478
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL24
	.uleb128 0x1
	.long	.LASF479
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.L71
	.uleb128 0x1
	.long	.LASF480
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL55
	.uleb128 0x3
	.long	.LASF481
	.byte	0x4e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF482
	.byte	0x4e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF483
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF484
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L73
	.uleb128 0x3
	.long	.LASF485
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF486
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L74
	.uleb128 0x1
	.long	.LASF487
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL23
	.uleb128 0x1
	.long	.LASF488
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.L76
	.uleb128 0x1
	.long	.LASF489
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL60
	.uleb128 0x3
	.long	.LASF490
	.byte	0x52
	.byte	0x1
	.uleb128 0x3
	.long	.LASF491
	.byte	0x52
	.byte	0x1
	.uleb128 0x3
	.long	.LASF492
	.byte	0x52
	.byte	0x1
	.uleb128 0x1
	.long	.LASF493
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L78
	.uleb128 0x3
	.long	.LASF494
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF495
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L79
	.uleb128 0x1
	.long	.LASF496
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL22
	.uleb128 0x1
	.long	.LASF497
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.L81
	.uleb128 0x1
	.long	.LASF498
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL59
	.uleb128 0x3
	.long	.LASF499
	.byte	0x56
	.byte	0x1
	.uleb128 0x3
	.long	.LASF500
	.byte	0x56
	.byte	0x1
	.uleb128 0x3
	.long	.LASF501
	.byte	0x56
	.byte	0x1
	.uleb128 0x1
	.long	.LASF502
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L83
	.uleb128 0x3
	.long	.LASF503
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF504
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L84
	.uleb128 0x1
	.long	.LASF505
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL21
	.uleb128 0x1
	.long	.LASF506
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.L86
	.uleb128 0x1
	.long	.LASF507
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL62
	.uleb128 0x3
	.long	.LASF508
	.byte	0x58
	.byte	0x20
	.uleb128 0x3
	.long	.LASF509
	.byte	0x58
	.byte	0x20
	.uleb128 0x3
	.long	.LASF510
	.byte	0x58
	.byte	0x20
	.uleb128 0x1
	.long	.LASF511
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L88
	.uleb128 0x3
	.long	.LASF512
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF513
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L89
	.uleb128 0x1
	.long	.LASF514
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL20
	.uleb128 0x1
	.long	.LASF515
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.L91
	.uleb128 0x1
	.long	.LASF516
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL61
	.uleb128 0x3
	.long	.LASF517
	.byte	0x59
	.byte	0x20
	.uleb128 0x3
	.long	.LASF518
	.byte	0x59
	.byte	0x20
	.uleb128 0x3
	.long	.LASF519
	.byte	0x59
	.byte	0x20
	.uleb128 0x1
	.long	.LASF520
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L93
	.uleb128 0x3
	.long	.LASF521
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF522
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L94
	.uleb128 0x1
	.long	.LASF523
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL19
	.uleb128 0x1
	.long	.LASF524
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.L96
	.uleb128 0x1
	.long	.LASF525
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL64
	.uleb128 0x3
	.long	.LASF526
	.byte	0x5a
	.byte	0x20
	.uleb128 0x3
	.long	.LASF527
	.byte	0x5a
	.byte	0x20
	.uleb128 0x3
	.long	.LASF528
	.byte	0x5a
	.byte	0x20
	.uleb128 0x1
	.long	.LASF529
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L98
	.uleb128 0x3
	.long	.LASF530
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF531
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L99
	.uleb128 0x1
	.long	.LASF532
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL18
	.uleb128 0x1
	.long	.LASF533
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.L101
	.uleb128 0x1
	.long	.LASF534
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL63
	.uleb128 0x3
	.long	.LASF535
	.byte	0x5b
	.byte	0x37
	.uleb128 0x3
	.long	.LASF536
	.byte	0x5b
	.byte	0x37
	.uleb128 0x3
	.long	.LASF537
	.byte	0x5b
	.byte	0x37
	.uleb128 0x1
	.long	.LASF538
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L103
	.uleb128 0x3
	.long	.LASF539
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF540
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L104
	.uleb128 0x1
	.long	.LASF541
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL17
	.uleb128 0x1
	.long	.LASF542
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.L106
	.uleb128 0x1
	.long	.LASF543
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL66
	.uleb128 0x3
	.long	.LASF544
	.byte	0x5d
	.byte	0x44
	.uleb128 0x3
	.long	.LASF545
	.byte	0x5d
	.byte	0x44
	.uleb128 0x3
	.long	.LASF546
	.byte	0x5d
	.byte	0x44
	.uleb128 0x1
	.long	.LASF547
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L108
	.uleb128 0x3
	.long	.LASF548
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF549
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L109
	.uleb128 0x1
	.long	.LASF550
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL16
	.uleb128 0x1
	.long	.LASF551
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.L111
	.uleb128 0x1
	.long	.LASF552
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL65
	.uleb128 0x3
	.long	.LASF553
	.byte	0x5f
	.byte	0x21
	.uleb128 0x3
	.long	.LASF554
	.byte	0x5f
	.byte	0x21
	.uleb128 0x3
	.long	.LASF555
	.byte	0x5f
	.byte	0x21
	.uleb128 0x1
	.long	.LASF556
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L113
	.uleb128 0x3
	.long	.LASF557
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF558
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L114
	.uleb128 0x1
	.long	.LASF559
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL15
	.uleb128 0x1
	.long	.LASF560
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.L116
	.uleb128 0x1
	.long	.LASF561
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL48
	.uleb128 0x3
	.long	.LASF562
	.byte	0x60
	.byte	0x21
	.uleb128 0x3
	.long	.LASF563
	.byte	0x60
	.byte	0x21
	.uleb128 0x3
	.long	.LASF564
	.byte	0x60
	.byte	0x21
	.uleb128 0x1
	.long	.LASF565
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L118
	.uleb128 0x3
	.long	.LASF566
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF567
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L119
	.uleb128 0x1
	.long	.LASF568
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL14
	.uleb128 0x1
	.long	.LASF569
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.L121
	.uleb128 0x1
	.long	.LASF570
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL47
	.uleb128 0x3
	.long	.LASF571
	.byte	0x61
	.byte	0x21
	.uleb128 0x3
	.long	.LASF572
	.byte	0x61
	.byte	0x21
	.uleb128 0x3
	.long	.LASF573
	.byte	0x61
	.byte	0x21
	.uleb128 0x1
	.long	.LASF574
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L123
	.uleb128 0x3
	.long	.LASF575
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF576
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L124
	.uleb128 0x1
	.long	.LASF577
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL13
	.uleb128 0x1
	.long	.LASF578
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.L126
	.uleb128 0x1
	.long	.LASF579
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL50
	.uleb128 0x3
	.long	.LASF580
	.byte	0x62
	.byte	0x21
	.uleb128 0x3
	.long	.LASF581
	.byte	0x62
	.byte	0x21
	.uleb128 0x3
	.long	.LASF582
	.byte	0x62
	.byte	0x21
	.uleb128 0x1
	.long	.LASF583
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L128
	.uleb128 0x3
	.long	.LASF584
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF585
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L129
	.uleb128 0x1
	.long	.LASF586
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL12
	.uleb128 0x1
	.long	.LASF587
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.L131
	.uleb128 0x1
	.long	.LASF588
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL49
	.uleb128 0x3
	.long	.LASF589
	.byte	0x63
	.byte	0x21
	.uleb128 0x3
	.long	.LASF590
	.byte	0x63
	.byte	0x21
	.uleb128 0x3
	.long	.LASF591
	.byte	0x63
	.byte	0x21
	.uleb128 0x1
	.long	.LASF592
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L133
	.uleb128 0x3
	.long	.LASF593
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF594
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L134
	.uleb128 0x1
	.long	.LASF595
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL11
	.uleb128 0x1
	.long	.LASF596
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.L136
	.uleb128 0x1
	.long	.LASF597
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL41
	.uleb128 0x3
	.long	.LASF598
	.byte	0x64
	.byte	0x21
	.uleb128 0x3
	.long	.LASF599
	.byte	0x64
	.byte	0x21
	.uleb128 0x3
	.long	.LASF600
	.byte	0x64
	.byte	0x21
	.uleb128 0x1
	.long	.LASF601
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L138
	.uleb128 0x3
	.long	.LASF602
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF603
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L139
	.uleb128 0x1
	.long	.LASF604
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L140
	.uleb128 0x3
	.long	.LASF605
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF606
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL3
	.uleb128 0x3
	.long	.LASF607
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF608
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.L143
	.uleb128 0x3
	.long	.LASF609
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF610
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF611
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF612
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF613
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L145
	.uleb128 0x3
	.long	.LASF614
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF615
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L146
	.uleb128 0x1
	.long	.LASF616
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L148
	.uleb128 0x3
	.long	.LASF617
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF618
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL4
	.uleb128 0x1
	.long	.LASF619
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL36
	.uleb128 0x1
	.long	.LASF620
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L151
	.uleb128 0x1
	.long	.LASF621
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL45
	.uleb128 0x3
	.long	.LASF622
	.byte	0x6e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF623
	.byte	0x6e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF624
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF625
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L153
	.uleb128 0x3
	.long	.LASF626
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF627
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L154
	.uleb128 0x1
	.long	.LASF628
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L156
	.uleb128 0x3
	.long	.LASF629
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF630
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL5
	.uleb128 0x1
	.long	.LASF631
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL35
	.uleb128 0x1
	.long	.LASF632
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L159
	.uleb128 0x1
	.long	.LASF633
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL46
	.uleb128 0x3
	.long	.LASF634
	.byte	0x73
	.byte	0x1
	.uleb128 0x3
	.long	.LASF635
	.byte	0x73
	.byte	0x1
	.uleb128 0x3
	.long	.LASF636
	.byte	0x73
	.byte	0x1
	.uleb128 0x1
	.long	.LASF637
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L161
	.uleb128 0x1
	.long	.LASF638
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL39
	.uleb128 0x1
	.long	.LASF639
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L163
	.uleb128 0x1
	.long	.LASF640
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL37
	.uleb128 0x3
	.long	.LASF641
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF642
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL38
	.uleb128 0x3
	.long	.LASF643
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF644
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.L166
	.uleb128 0x3
	.long	.LASF645
	.byte	0x78
	.byte	0x1
	.uleb128 0x3
	.long	.LASF646
	.byte	0x78
	.byte	0x1
	.uleb128 0x3
	.long	.LASF647
	.byte	0x78
	.byte	0x1
	.uleb128 0x3
	.long	.LASF648
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF649
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L168
	.uleb128 0x3
	.long	.LASF650
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF651
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L169
	.uleb128 0x1
	.long	.LASF652
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL9
	.uleb128 0x3
	.long	.LASF653
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF654
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL10
	.uleb128 0x3
	.long	.LASF655
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF656
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.L172
	.uleb128 0x3
	.long	.LASF657
	.byte	0x7c
	.byte	0x1
	.uleb128 0x3
	.long	.LASF658
	.byte	0x7c
	.byte	0x1
	.uleb128 0x3
	.long	.LASF659
	.byte	0x7c
	.byte	0x1
	.uleb128 0x3
	.long	.LASF660
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF661
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L174
	.uleb128 0x3
	.long	.LASF662
	.byte	0x7e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF663
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L175
	.uleb128 0x3
	.long	.LASF664
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF665
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL8
	.uleb128 0x1
	.long	.LASF666
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.L178
	.uleb128 0x1
	.long	.LASF667
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL52
	.uleb128 0x3
	.long	.LASF668
	.byte	0x81
	.byte	0x1
	.uleb128 0x3
	.long	.LASF669
	.byte	0x81
	.byte	0x1
	.uleb128 0x3
	.long	.LASF670
	.byte	0x81
	.byte	0x1
	.uleb128 0x1
	.long	.LASF671
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L180
	.uleb128 0x3
	.long	.LASF672
	.byte	0x83
	.byte	0x1
	.uleb128 0x1
	.long	.LASF673
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L181
	.uleb128 0x3
	.long	.LASF674
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF675
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL7
	.uleb128 0x1
	.long	.LASF676
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.L184
	.uleb128 0x1
	.long	.LASF677
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL51
	.uleb128 0x3
	.long	.LASF678
	.byte	0x87
	.byte	0x1
	.uleb128 0x3
	.long	.LASF679
	.byte	0x87
	.byte	0x1
	.uleb128 0x3
	.long	.LASF680
	.byte	0x87
	.byte	0x1
	.uleb128 0x1
	.long	.LASF681
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L186
	.uleb128 0x3
	.long	.LASF682
	.byte	0x89
	.byte	0x1
	.uleb128 0x1
	.long	.LASF683
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L187
	.uleb128 0x3
	.long	.LASF684
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF685
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF686
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL6
	.uleb128 0x1
	.long	.LASF687
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.L191
	.uleb128 0x1
	.long	.LASF688
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL40
	.uleb128 0x3
	.long	.LASF689
	.byte	0x8e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF690
	.byte	0x8e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF691
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF692
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L193
	.uleb128 0x3
	.long	.LASF693
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF694
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L194
	.uleb128 0x1
	.long	.LASF695
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L195
	.uleb128 0x3
	.long	.LASF696
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	.LASF697
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.L197
	.uleb128 0x3
	.long	.LASF698
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF699
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF700
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF701
	.byte	0x92
	.byte	0x1
	.uleb128 0x7
	.long	.LLRL73
	.long	0x2241
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x3d6
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x31
	.long	0x2774
	.quad	.LBI98
	.value	.LVU795
	.quad	.LBB98
	.quad	.LBE98-.LBB98
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.uleb128 0x10
	.long	0x2781
	.long	.LLST75
	.long	.LVUS75
	.uleb128 0x11
	.long	0x278a
	.long	.LLST76
	.long	.LVUS76
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL77
	.long	0x225e
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x3d6
	.long	.LLST78
	.long	.LVUS78
	.byte	0
	.uleb128 0x7
	.long	.LLRL71
	.long	0x227a
	.uleb128 0x5
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST72
	.long	.LVUS72
	.byte	0
	.uleb128 0x7
	.long	.LLRL79
	.long	0x2297
	.uleb128 0x5
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x3d6
	.long	.LLST80
	.long	.LVUS80
	.byte	0
	.uleb128 0x7
	.long	.LLRL69
	.long	0x22b3
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST70
	.long	.LVUS70
	.byte	0
	.uleb128 0x7
	.long	.LLRL66
	.long	0x22e1
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST67
	.long	.LVUS67
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST68
	.long	.LVUS68
	.byte	0
	.uleb128 0x7
	.long	.LLRL63
	.long	0x230f
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST64
	.long	.LVUS64
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST65
	.long	.LVUS65
	.byte	0
	.uleb128 0x7
	.long	.LLRL60
	.long	0x233d
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST61
	.long	.LVUS61
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST62
	.long	.LVUS62
	.byte	0
	.uleb128 0x7
	.long	.LLRL57
	.long	0x236b
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST59
	.long	.LVUS59
	.byte	0
	.uleb128 0x7
	.long	.LLRL54
	.long	0x2399
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST55
	.long	.LVUS55
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST56
	.long	.LVUS56
	.byte	0
	.uleb128 0x7
	.long	.LLRL51
	.long	0x23c7
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST53
	.long	.LVUS53
	.byte	0
	.uleb128 0x7
	.long	.LLRL48
	.long	0x23f5
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST50
	.long	.LVUS50
	.byte	0
	.uleb128 0x7
	.long	.LLRL45
	.long	0x2423
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST47
	.long	.LVUS47
	.byte	0
	.uleb128 0x7
	.long	.LLRL42
	.long	0x2451
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST43
	.long	.LVUS43
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST44
	.long	.LVUS44
	.byte	0
	.uleb128 0x7
	.long	.LLRL39
	.long	0x247f
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST40
	.long	.LVUS40
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST41
	.long	.LVUS41
	.byte	0
	.uleb128 0x7
	.long	.LLRL36
	.long	0x24ad
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST37
	.long	.LVUS37
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST38
	.long	.LVUS38
	.byte	0
	.uleb128 0x7
	.long	.LLRL33
	.long	0x24db
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST35
	.long	.LVUS35
	.byte	0
	.uleb128 0x7
	.long	.LLRL30
	.long	0x2509
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST31
	.long	.LVUS31
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST32
	.long	.LVUS32
	.byte	0
	.uleb128 0x7
	.long	.LLRL27
	.long	0x2537
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST29
	.long	.LVUS29
	.byte	0
	.uleb128 0x7
	.long	.LLRL24
	.long	0x2565
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST26
	.long	.LVUS26
	.byte	0
	.uleb128 0x7
	.long	.LLRL21
	.long	0x2593
	.uleb128 0x5
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0x5
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST23
	.long	.LVUS23
	.byte	0
	.uleb128 0x7
	.long	.LLRL19
	.long	0x25b1
	.uleb128 0x5
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0x3a8
	.long	.LLST20
	.long	.LVUS20
	.byte	0
	.uleb128 0x13
	.long	0x2751
	.quad	.LBI54
	.value	.LVU73
	.quad	.LBB54
	.quad	.LBE54-.LBB54
	.byte	0x68
	.byte	0x5
	.long	0x25f1
	.uleb128 0x10
	.long	0x2762
	.long	.LLST13
	.long	.LVUS13
	.uleb128 0x11
	.long	0x276b
	.long	.LLST14
	.long	.LVUS14
	.byte	0
	.uleb128 0x13
	.long	0x2751
	.quad	.LBI56
	.value	.LVU105
	.quad	.LBB56
	.quad	.LBE56-.LBB56
	.byte	0x6d
	.byte	0x9
	.long	0x2631
	.uleb128 0x10
	.long	0x2762
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x11
	.long	0x276b
	.long	.LLST16
	.long	.LVUS16
	.byte	0
	.uleb128 0x13
	.long	0x2751
	.quad	.LBI58
	.value	.LVU138
	.quad	.LBB58
	.quad	.LBE58-.LBB58
	.byte	0x72
	.byte	0x9
	.long	0x2671
	.uleb128 0x10
	.long	0x2762
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x11
	.long	0x276b
	.long	.LLST18
	.long	.LVUS18
	.byte	0
	.uleb128 0x13
	.long	0x2751
	.quad	.LBI106
	.value	.LVU942
	.quad	.LBB106
	.quad	.LBE106-.LBB106
	.byte	0x77
	.byte	0x5
	.long	0x26b1
	.uleb128 0x10
	.long	0x2762
	.long	.LLST81
	.long	.LVUS81
	.uleb128 0x11
	.long	0x276b
	.long	.LLST82
	.long	.LVUS82
	.byte	0
	.uleb128 0x13
	.long	0x2751
	.quad	.LBI108
	.value	.LVU964
	.quad	.LBB108
	.quad	.LBE108-.LBB108
	.byte	0x75
	.byte	0x1
	.long	0x26f1
	.uleb128 0x10
	.long	0x2762
	.long	.LLST83
	.long	.LVUS83
	.uleb128 0x11
	.long	0x276b
	.long	.LLST84
	.long	.LVUS84
	.byte	0
	.uleb128 0x32
	.quad	.LVL27
	.long	0xcc2
	.long	0x270b
	.uleb128 0x1e
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x6
	.byte	0
	.uleb128 0x33
	.quad	.LVL187
	.long	0xc9c
	.byte	0
	.uleb128 0xc
	.long	0x137
	.long	0x2729
	.uleb128 0xf
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0xb
	.long	0x2719
	.uleb128 0x6
	.long	0xc61
	.uleb128 0x6
	.long	0xc28
	.uleb128 0xb
	.long	0x2733
	.uleb128 0x6
	.long	0x3a3
	.uleb128 0x6
	.long	0x3b4
	.uleb128 0xb
	.long	0x2742
	.uleb128 0x6
	.long	0x3c5
	.uleb128 0x34
	.long	.LASF705
	.byte	0x3
	.byte	0x61
	.byte	0x18
	.long	0x3a8
	.byte	0x3
	.long	0x2774
	.uleb128 0x20
	.string	"p"
	.byte	0x61
	.byte	0x32
	.long	0x273d
	.uleb128 0x21
	.string	"v"
	.byte	0x63
	.long	0x3a8
	.byte	0
	.uleb128 0x35
	.long	.LASF706
	.byte	0x3
	.byte	0x58
	.byte	0x14
	.long	0x3d6
	.byte	0x3
	.uleb128 0x20
	.string	"p"
	.byte	0x58
	.byte	0x2c
	.long	0x273d
	.uleb128 0x21
	.string	"v"
	.byte	0x5a
	.long	0x3b9
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
	.uleb128 0xb
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0xe
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
	.uleb128 0xf
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x10
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
	.uleb128 0x11
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
	.uleb128 0x12
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
	.uleb128 0x13
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
	.sleb128 2
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 14
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x24
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x25
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
	.uleb128 0x26
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x27
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
	.uleb128 0x28
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
	.uleb128 0x29
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2a
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
	.uleb128 0x2b
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
	.uleb128 0x2c
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
	.uleb128 0x2d
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
	.uleb128 0x5
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
	.uleb128 0x30
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x32
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
	.uleb128 0x33
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
	.uleb128 0x34
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x35
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
	.uleb128 0x20
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
.LVUS85:
	.uleb128 0
	.uleb128 .LVU1378
	.uleb128 .LVU1378
	.uleb128 0
.LLST85:
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL294-1-.Ltext0
	.uleb128 .LFE25-.Ltext0
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
	.uleb128 .LFE24-.Ltext0
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
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU897
	.uleb128 .LVU897
	.uleb128 .LVU899
	.uleb128 .LVU899
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS3:
	.uleb128 .LVU3
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU897
	.uleb128 .LVU897
	.uleb128 .LVU899
	.uleb128 .LVU899
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS4:
	.uleb128 .LVU13
	.uleb128 .LVU28
.LLST4:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
.LVUS5:
	.uleb128 .LVU14
	.uleb128 .LVU896
	.uleb128 .LVU899
	.uleb128 .LVU974
	.uleb128 .LVU976
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL202-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS6:
	.uleb128 .LVU15
	.uleb128 .LVU26
	.uleb128 .LVU26
	.uleb128 .LVU50
	.uleb128 .LVU50
	.uleb128 .LVU51
	.uleb128 .LVU51
	.uleb128 .LVU85
	.uleb128 .LVU85
	.uleb128 .LVU88
	.uleb128 .LVU88
	.uleb128 .LVU119
	.uleb128 .LVU119
	.uleb128 .LVU122
	.uleb128 .LVU122
	.uleb128 .LVU152
	.uleb128 .LVU152
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU181
	.uleb128 .LVU181
	.uleb128 .LVU182
	.uleb128 .LVU182
	.uleb128 .LVU200
	.uleb128 .LVU200
	.uleb128 .LVU203
	.uleb128 .LVU206
	.uleb128 .LVU223
	.uleb128 .LVU223
	.uleb128 .LVU226
	.uleb128 .LVU229
	.uleb128 .LVU247
	.uleb128 .LVU247
	.uleb128 .LVU251
	.uleb128 .LVU260
	.uleb128 .LVU279
	.uleb128 .LVU279
	.uleb128 .LVU283
	.uleb128 .LVU286
	.uleb128 .LVU304
	.uleb128 .LVU304
	.uleb128 .LVU308
	.uleb128 .LVU311
	.uleb128 .LVU329
	.uleb128 .LVU329
	.uleb128 .LVU333
	.uleb128 .LVU336
	.uleb128 .LVU354
	.uleb128 .LVU354
	.uleb128 .LVU358
	.uleb128 .LVU361
	.uleb128 .LVU379
	.uleb128 .LVU379
	.uleb128 .LVU383
	.uleb128 .LVU386
	.uleb128 .LVU404
	.uleb128 .LVU404
	.uleb128 .LVU408
	.uleb128 .LVU411
	.uleb128 .LVU433
	.uleb128 .LVU433
	.uleb128 .LVU434
	.uleb128 .LVU434
	.uleb128 .LVU459
	.uleb128 .LVU459
	.uleb128 .LVU460
	.uleb128 .LVU460
	.uleb128 .LVU485
	.uleb128 .LVU485
	.uleb128 .LVU486
	.uleb128 .LVU486
	.uleb128 .LVU511
	.uleb128 .LVU511
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 .LVU538
	.uleb128 .LVU538
	.uleb128 .LVU557
	.uleb128 .LVU557
	.uleb128 .LVU558
	.uleb128 .LVU558
	.uleb128 .LVU574
	.uleb128 .LVU574
	.uleb128 .LVU575
	.uleb128 .LVU575
	.uleb128 .LVU605
	.uleb128 .LVU605
	.uleb128 .LVU608
	.uleb128 .LVU608
	.uleb128 .LVU637
	.uleb128 .LVU637
	.uleb128 .LVU640
	.uleb128 .LVU640
	.uleb128 .LVU657
	.uleb128 .LVU657
	.uleb128 .LVU662
	.uleb128 .LVU665
	.uleb128 .LVU687
	.uleb128 .LVU687
	.uleb128 .LVU688
	.uleb128 .LVU688
	.uleb128 .LVU713
	.uleb128 .LVU713
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 .LVU733
	.uleb128 .LVU733
	.uleb128 .LVU737
	.uleb128 .LVU740
	.uleb128 .LVU755
	.uleb128 .LVU755
	.uleb128 .LVU759
	.uleb128 .LVU762
	.uleb128 .LVU779
	.uleb128 .LVU779
	.uleb128 .LVU780
	.uleb128 .LVU780
	.uleb128 .LVU804
	.uleb128 .LVU804
	.uleb128 .LVU807
	.uleb128 .LVU810
	.uleb128 .LVU830
	.uleb128 .LVU830
	.uleb128 .LVU834
	.uleb128 .LVU837
	.uleb128 .LVU857
	.uleb128 .LVU857
	.uleb128 .LVU861
	.uleb128 .LVU864
	.uleb128 .LVU889
	.uleb128 .LVU889
	.uleb128 .LVU891
	.uleb128 .LVU899
	.uleb128 .LVU903
	.uleb128 .LVU903
	.uleb128 .LVU906
	.uleb128 .LVU906
	.uleb128 .LVU909
	.uleb128 .LVU909
	.uleb128 .LVU914
	.uleb128 .LVU914
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 .LVU920
	.uleb128 .LVU920
	.uleb128 .LVU956
	.uleb128 .LVU956
	.uleb128 .LVU959
	.uleb128 .LVU959
	.uleb128 .LVU975
	.uleb128 .LVU975
	.uleb128 .LVU979
	.uleb128 .LVU979
	.uleb128 .LVU1305
	.uleb128 .LVU1305
	.uleb128 .LVU1307
	.uleb128 .LVU1308
	.uleb128 .LVU1310
	.uleb128 .LVU1310
	.uleb128 .LVU1312
	.uleb128 .LVU1314
	.uleb128 .LVU1316
	.uleb128 .LVU1316
	.uleb128 .LVU1318
	.uleb128 .LVU1319
	.uleb128 .LVU1322
	.uleb128 .LVU1322
	.uleb128 .LVU1324
	.uleb128 .LVU1325
	.uleb128 .LVU1327
	.uleb128 .LVU1327
	.uleb128 .LVU1329
	.uleb128 .LVU1330
	.uleb128 .LVU1334
	.uleb128 .LVU1334
	.uleb128 .LVU1336
	.uleb128 .LVU1337
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL84-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL108-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL112-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -9
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL170-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL182-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 4
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 5
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL199-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL285-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS7:
	.uleb128 .LVU17
	.uleb128 .LVU898
	.uleb128 .LVU899
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL186-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS8:
	.uleb128 .LVU18
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU123
	.uleb128 .LVU123
	.uleb128 .LVU134
	.uleb128 .LVU134
	.uleb128 .LVU156
	.uleb128 .LVU156
	.uleb128 .LVU199
	.uleb128 .LVU199
	.uleb128 .LVU202
	.uleb128 .LVU202
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU277
	.uleb128 .LVU277
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU302
	.uleb128 .LVU302
	.uleb128 .LVU326
	.uleb128 .LVU326
	.uleb128 .LVU327
	.uleb128 .LVU327
	.uleb128 .LVU351
	.uleb128 .LVU351
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU376
	.uleb128 .LVU376
	.uleb128 .LVU377
	.uleb128 .LVU377
	.uleb128 .LVU401
	.uleb128 .LVU401
	.uleb128 .LVU402
	.uleb128 .LVU402
	.uleb128 .LVU426
	.uleb128 .LVU426
	.uleb128 .LVU435
	.uleb128 .LVU435
	.uleb128 .LVU452
	.uleb128 .LVU452
	.uleb128 .LVU461
	.uleb128 .LVU461
	.uleb128 .LVU478
	.uleb128 .LVU478
	.uleb128 .LVU487
	.uleb128 .LVU487
	.uleb128 .LVU504
	.uleb128 .LVU504
	.uleb128 .LVU513
	.uleb128 .LVU513
	.uleb128 .LVU530
	.uleb128 .LVU530
	.uleb128 .LVU539
	.uleb128 .LVU539
	.uleb128 .LVU595
	.uleb128 .LVU595
	.uleb128 .LVU608
	.uleb128 .LVU608
	.uleb128 .LVU628
	.uleb128 .LVU628
	.uleb128 .LVU640
	.uleb128 .LVU640
	.uleb128 .LVU655
	.uleb128 .LVU655
	.uleb128 .LVU658
	.uleb128 .LVU658
	.uleb128 .LVU680
	.uleb128 .LVU680
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU706
	.uleb128 .LVU706
	.uleb128 .LVU715
	.uleb128 .LVU715
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 .LVU828
	.uleb128 .LVU828
	.uleb128 .LVU831
	.uleb128 .LVU831
	.uleb128 .LVU855
	.uleb128 .LVU855
	.uleb128 .LVU858
	.uleb128 .LVU858
	.uleb128 .LVU892
	.uleb128 .LVU899
	.uleb128 .LVU909
	.uleb128 .LVU909
	.uleb128 .LVU910
	.uleb128 .LVU910
	.uleb128 .LVU920
	.uleb128 .LVU920
	.uleb128 .LVU921
	.uleb128 .LVU921
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 .LVU984
	.uleb128 .LVU991
	.uleb128 .LVU1365
	.uleb128 .LVU1365
	.uleb128 .LVU1369
	.uleb128 .LVU1369
	.uleb128 .LVU1370
	.uleb128 .LVU1370
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL64-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL132-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS9:
	.uleb128 .LVU19
	.uleb128 .LVU28
	.uleb128 .LVU28
	.uleb128 .LVU248
	.uleb128 .LVU248
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 .LVU892
	.uleb128 .LVU899
	.uleb128 .LVU938
	.uleb128 .LVU938
	.uleb128 .LVU961
	.uleb128 .LVU961
	.uleb128 .LVU1313
	.uleb128 .LVU1313
	.uleb128 .LVU1314
	.uleb128 .LVU1314
	.uleb128 .LVU1333
	.uleb128 .LVU1333
	.uleb128 .LVU1337
	.uleb128 .LVU1337
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL194-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL285-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS10:
	.uleb128 .LVU21
	.uleb128 .LVU28
	.uleb128 .LVU51
	.uleb128 .LVU52
	.uleb128 .LVU82
	.uleb128 .LVU89
	.uleb128 .LVU114
	.uleb128 .LVU123
	.uleb128 .LVU147
	.uleb128 .LVU156
	.uleb128 .LVU182
	.uleb128 .LVU183
	.uleb128 .LVU206
	.uleb128 .LVU207
	.uleb128 .LVU229
	.uleb128 .LVU230
	.uleb128 .LVU255
	.uleb128 .LVU261
	.uleb128 .LVU286
	.uleb128 .LVU287
	.uleb128 .LVU311
	.uleb128 .LVU312
	.uleb128 .LVU336
	.uleb128 .LVU337
	.uleb128 .LVU361
	.uleb128 .LVU362
	.uleb128 .LVU386
	.uleb128 .LVU387
	.uleb128 .LVU411
	.uleb128 .LVU412
	.uleb128 .LVU437
	.uleb128 .LVU438
	.uleb128 .LVU463
	.uleb128 .LVU464
	.uleb128 .LVU489
	.uleb128 .LVU490
	.uleb128 .LVU515
	.uleb128 .LVU516
	.uleb128 .LVU541
	.uleb128 .LVU542
	.uleb128 .LVU558
	.uleb128 .LVU559
	.uleb128 .LVU575
	.uleb128 .LVU576
	.uleb128 .LVU608
	.uleb128 .LVU609
	.uleb128 .LVU640
	.uleb128 .LVU641
	.uleb128 .LVU665
	.uleb128 .LVU666
	.uleb128 .LVU691
	.uleb128 .LVU692
	.uleb128 .LVU717
	.uleb128 .LVU718
	.uleb128 .LVU740
	.uleb128 .LVU741
	.uleb128 .LVU762
	.uleb128 .LVU763
	.uleb128 .LVU780
	.uleb128 .LVU781
	.uleb128 .LVU810
	.uleb128 .LVU811
	.uleb128 .LVU837
	.uleb128 .LVU838
	.uleb128 .LVU864
	.uleb128 .LVU865
	.uleb128 .LVU909
	.uleb128 .LVU910
	.uleb128 .LVU920
	.uleb128 .LVU921
	.uleb128 .LVU951
	.uleb128 .LVU961
.LLST10:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL180-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS11:
	.uleb128 .LVU886
	.uleb128 .LVU892
	.uleb128 .LVU892
	.uleb128 .LVU899
	.uleb128 .LVU983
	.uleb128 .LVU991
	.uleb128 .LVU994
	.uleb128 .LVU1002
	.uleb128 .LVU1005
	.uleb128 .LVU1013
	.uleb128 .LVU1016
	.uleb128 .LVU1024
	.uleb128 .LVU1027
	.uleb128 .LVU1035
	.uleb128 .LVU1038
	.uleb128 .LVU1046
	.uleb128 .LVU1049
	.uleb128 .LVU1057
	.uleb128 .LVU1060
	.uleb128 .LVU1068
	.uleb128 .LVU1071
	.uleb128 .LVU1079
	.uleb128 .LVU1082
	.uleb128 .LVU1090
	.uleb128 .LVU1093
	.uleb128 .LVU1101
	.uleb128 .LVU1109
	.uleb128 .LVU1117
	.uleb128 .LVU1120
	.uleb128 .LVU1128
	.uleb128 .LVU1131
	.uleb128 .LVU1139
	.uleb128 .LVU1142
	.uleb128 .LVU1150
	.uleb128 .LVU1153
	.uleb128 .LVU1161
	.uleb128 .LVU1164
	.uleb128 .LVU1172
	.uleb128 .LVU1175
	.uleb128 .LVU1183
	.uleb128 .LVU1186
	.uleb128 .LVU1194
	.uleb128 .LVU1197
	.uleb128 .LVU1205
	.uleb128 .LVU1208
	.uleb128 .LVU1216
	.uleb128 .LVU1219
	.uleb128 .LVU1227
	.uleb128 .LVU1230
	.uleb128 .LVU1238
	.uleb128 .LVU1241
	.uleb128 .LVU1249
	.uleb128 .LVU1252
	.uleb128 .LVU1260
	.uleb128 .LVU1263
	.uleb128 .LVU1271
	.uleb128 .LVU1274
	.uleb128 .LVU1282
	.uleb128 .LVU1285
	.uleb128 .LVU1293
	.uleb128 .LVU1296
	.uleb128 .LVU1304
	.uleb128 .LVU1346
	.uleb128 .LVU1354
	.uleb128 .LVU1357
	.uleb128 .LVU1365
.LLST11:
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL187-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL212-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL226-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL237-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL288-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS12:
	.uleb128 .LVU887
	.uleb128 .LVU892
	.uleb128 .LVU892
	.uleb128 .LVU899
	.uleb128 .LVU990
	.uleb128 .LVU991
	.uleb128 .LVU1001
	.uleb128 .LVU1002
	.uleb128 .LVU1012
	.uleb128 .LVU1013
	.uleb128 .LVU1023
	.uleb128 .LVU1024
	.uleb128 .LVU1034
	.uleb128 .LVU1035
	.uleb128 .LVU1045
	.uleb128 .LVU1046
	.uleb128 .LVU1056
	.uleb128 .LVU1057
	.uleb128 .LVU1067
	.uleb128 .LVU1068
	.uleb128 .LVU1078
	.uleb128 .LVU1079
	.uleb128 .LVU1089
	.uleb128 .LVU1090
	.uleb128 .LVU1100
	.uleb128 .LVU1101
	.uleb128 .LVU1116
	.uleb128 .LVU1117
	.uleb128 .LVU1127
	.uleb128 .LVU1128
	.uleb128 .LVU1138
	.uleb128 .LVU1139
	.uleb128 .LVU1149
	.uleb128 .LVU1150
	.uleb128 .LVU1160
	.uleb128 .LVU1161
	.uleb128 .LVU1171
	.uleb128 .LVU1172
	.uleb128 .LVU1182
	.uleb128 .LVU1183
	.uleb128 .LVU1193
	.uleb128 .LVU1194
	.uleb128 .LVU1204
	.uleb128 .LVU1205
	.uleb128 .LVU1215
	.uleb128 .LVU1216
	.uleb128 .LVU1226
	.uleb128 .LVU1227
	.uleb128 .LVU1237
	.uleb128 .LVU1238
	.uleb128 .LVU1248
	.uleb128 .LVU1249
	.uleb128 .LVU1259
	.uleb128 .LVU1260
	.uleb128 .LVU1270
	.uleb128 .LVU1271
	.uleb128 .LVU1281
	.uleb128 .LVU1282
	.uleb128 .LVU1292
	.uleb128 .LVU1293
	.uleb128 .LVU1303
	.uleb128 .LVU1304
	.uleb128 .LVU1353
	.uleb128 .LVU1354
	.uleb128 .LVU1364
	.uleb128 .LVU1365
.LLST12:
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL187-1-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL211-.Ltext0
	.uleb128 .LVL212-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL226-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL227-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL252-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL289-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS74:
	.uleb128 .LVU799
	.uleb128 .LVU804
	.uleb128 .LVU804
	.uleb128 .LVU810
	.uleb128 .LVU810
	.uleb128 .LVU811
.LLST74:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS75:
	.uleb128 .LVU795
	.uleb128 .LVU799
.LLST75:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS76:
	.uleb128 .LVU798
	.uleb128 .LVU804
	.uleb128 .LVU804
	.uleb128 .LVU810
	.uleb128 .LVU810
	.uleb128 .LVU811
.LLST76:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS78:
	.uleb128 .LVU827
	.uleb128 .LVU831
	.uleb128 .LVU831
	.uleb128 .LVU837
	.uleb128 .LVU837
	.uleb128 .LVU838
.LLST78:
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS72:
	.uleb128 .LVU751
	.uleb128 .LVU757
.LLST72:
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS80:
	.uleb128 .LVU854
	.uleb128 .LVU858
	.uleb128 .LVU858
	.uleb128 .LVU864
	.uleb128 .LVU864
	.uleb128 .LVU865
.LLST80:
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL180-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -24
	.byte	0
.LVUS70:
	.uleb128 .LVU729
	.uleb128 .LVU740
	.uleb128 .LVU740
	.uleb128 .LVU741
.LLST70:
	.byte	0x4
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS67:
	.uleb128 .LVU703
	.uleb128 .LVU715
	.uleb128 .LVU715
	.uleb128 .LVU717
	.uleb128 .LVU717
	.uleb128 .LVU718
.LLST67:
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS68:
	.uleb128 .LVU703
	.uleb128 .LVU707
.LLST68:
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS64:
	.uleb128 .LVU677
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU691
	.uleb128 .LVU691
	.uleb128 .LVU692
.LLST64:
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS65:
	.uleb128 .LVU677
	.uleb128 .LVU681
.LLST65:
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS61:
	.uleb128 .LVU652
	.uleb128 .LVU658
	.uleb128 .LVU658
	.uleb128 .LVU666
.LLST61:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS62:
	.uleb128 .LVU652
	.uleb128 .LVU658
	.uleb128 .LVU658
	.uleb128 .LVU659
.LLST62:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS58:
	.uleb128 .LVU624
	.uleb128 .LVU641
	.uleb128 .LVU921
	.uleb128 .LVU923
.LLST58:
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS59:
	.uleb128 .LVU625
	.uleb128 .LVU630
	.uleb128 .LVU630
	.uleb128 .LVU631
	.uleb128 .LVU921
	.uleb128 .LVU922
	.uleb128 .LVU922
	.uleb128 .LVU923
.LLST59:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS55:
	.uleb128 .LVU591
	.uleb128 .LVU609
.LLST55:
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0
.LVUS56:
	.uleb128 .LVU592
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU599
.LLST56:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS52:
	.uleb128 .LVU527
	.uleb128 .LVU539
	.uleb128 .LVU539
	.uleb128 .LVU541
	.uleb128 .LVU541
	.uleb128 .LVU542
.LLST52:
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL110-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS53:
	.uleb128 .LVU527
	.uleb128 .LVU531
.LLST53:
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS49:
	.uleb128 .LVU501
	.uleb128 .LVU513
	.uleb128 .LVU513
	.uleb128 .LVU515
	.uleb128 .LVU515
	.uleb128 .LVU516
.LLST49:
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS50:
	.uleb128 .LVU501
	.uleb128 .LVU505
.LLST50:
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL101-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS46:
	.uleb128 .LVU475
	.uleb128 .LVU487
	.uleb128 .LVU487
	.uleb128 .LVU489
	.uleb128 .LVU489
	.uleb128 .LVU490
.LLST46:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS47:
	.uleb128 .LVU475
	.uleb128 .LVU479
.LLST47:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS43:
	.uleb128 .LVU449
	.uleb128 .LVU461
	.uleb128 .LVU461
	.uleb128 .LVU464
.LLST43:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS44:
	.uleb128 .LVU449
	.uleb128 .LVU453
.LLST44:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL89-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS40:
	.uleb128 .LVU423
	.uleb128 .LVU435
	.uleb128 .LVU435
	.uleb128 .LVU438
.LLST40:
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS41:
	.uleb128 .LVU423
	.uleb128 .LVU427
.LLST41:
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0
.LVUS37:
	.uleb128 .LVU398
	.uleb128 .LVU402
	.uleb128 .LVU402
	.uleb128 .LVU412
.LLST37:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS38:
	.uleb128 .LVU398
	.uleb128 .LVU402
	.uleb128 .LVU402
	.uleb128 .LVU405
.LLST38:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS34:
	.uleb128 .LVU373
	.uleb128 .LVU377
	.uleb128 .LVU377
	.uleb128 .LVU387
.LLST34:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS35:
	.uleb128 .LVU373
	.uleb128 .LVU377
	.uleb128 .LVU377
	.uleb128 .LVU380
.LLST35:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS31:
	.uleb128 .LVU348
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU362
.LLST31:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL69-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS32:
	.uleb128 .LVU348
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU355
.LLST32:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS28:
	.uleb128 .LVU323
	.uleb128 .LVU327
	.uleb128 .LVU327
	.uleb128 .LVU337
.LLST28:
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS29:
	.uleb128 .LVU323
	.uleb128 .LVU327
	.uleb128 .LVU327
	.uleb128 .LVU330
.LLST29:
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS25:
	.uleb128 .LVU298
	.uleb128 .LVU302
	.uleb128 .LVU302
	.uleb128 .LVU312
.LLST25:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS26:
	.uleb128 .LVU298
	.uleb128 .LVU302
	.uleb128 .LVU302
	.uleb128 .LVU305
.LLST26:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS22:
	.uleb128 .LVU273
	.uleb128 .LVU277
	.uleb128 .LVU277
	.uleb128 .LVU287
.LLST22:
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
.LVUS23:
	.uleb128 .LVU273
	.uleb128 .LVU277
	.uleb128 .LVU277
	.uleb128 .LVU280
.LLST23:
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x2
	.byte	0x73
	.sleb128 -8
	.byte	0
.LVUS20:
	.uleb128 .LVU248
	.uleb128 .LVU254
	.uleb128 .LVU254
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU261
	.uleb128 .LVU1313
	.uleb128 .LVU1314
.LLST20:
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x2
	.byte	0x7e
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x2
	.byte	0x7e
	.sleb128 -8
	.byte	0
.LVUS13:
	.uleb128 .LVU73
	.uleb128 .LVU77
.LLST13:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS14:
	.uleb128 .LVU76
	.uleb128 .LVU88
	.uleb128 .LVU1304
	.uleb128 .LVU1305
	.uleb128 .LVU1305
	.uleb128 .LVU1307
.LLST14:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 1
	.byte	0
.LVUS15:
	.uleb128 .LVU105
	.uleb128 .LVU109
.LLST15:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS16:
	.uleb128 .LVU108
	.uleb128 .LVU122
	.uleb128 .LVU1365
	.uleb128 .LVU1370
.LLST16:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS17:
	.uleb128 .LVU138
	.uleb128 .LVU142
.LLST17:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS18:
	.uleb128 .LVU141
	.uleb128 .LVU155
	.uleb128 .LVU1370
	.uleb128 0
.LLST18:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS81:
	.uleb128 .LVU942
	.uleb128 .LVU946
.LLST81:
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL195-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS82:
	.uleb128 .LVU945
	.uleb128 .LVU959
	.uleb128 .LVU1333
	.uleb128 .LVU1334
	.uleb128 .LVU1334
	.uleb128 .LVU1336
.LLST82:
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 1
	.byte	0
.LVUS83:
	.uleb128 .LVU964
	.uleb128 .LVU968
.LLST83:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS84:
	.uleb128 .LVU967
	.uleb128 .LVU979
.LLST84:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
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
.LLRL19:
	.byte	0x4
	.uleb128 .LBB60-.Ltext0
	.uleb128 .LBE60-.Ltext0
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB111-.Ltext0
	.uleb128 .LBE111-.Ltext0
	.byte	0x4
	.uleb128 .LBB112-.Ltext0
	.uleb128 .LBE112-.Ltext0
	.byte	0x4
	.uleb128 .LBB113-.Ltext0
	.uleb128 .LBE113-.Ltext0
	.byte	0x4
	.uleb128 .LBB114-.Ltext0
	.uleb128 .LBE114-.Ltext0
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
	.byte	0x4
	.uleb128 .LBB119-.Ltext0
	.uleb128 .LBE119-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0
.LLRL24:
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0
.LLRL30:
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0
.LLRL33:
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0
.LLRL36:
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0
.LLRL39:
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0
.LLRL42:
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0
.LLRL45:
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0x4
	.uleb128 .LBB78-.Ltext0
	.uleb128 .LBE78-.Ltext0
	.byte	0
.LLRL48:
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0
.LLRL51:
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0x4
	.uleb128 .LBB82-.Ltext0
	.uleb128 .LBE82-.Ltext0
	.byte	0
.LLRL54:
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0x4
	.uleb128 .LBB84-.Ltext0
	.uleb128 .LBE84-.Ltext0
	.byte	0
.LLRL57:
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0x4
	.uleb128 .LBB86-.Ltext0
	.uleb128 .LBE86-.Ltext0
	.byte	0x4
	.uleb128 .LBB105-.Ltext0
	.uleb128 .LBE105-.Ltext0
	.byte	0
.LLRL60:
	.byte	0x4
	.uleb128 .LBB87-.Ltext0
	.uleb128 .LBE87-.Ltext0
	.byte	0x4
	.uleb128 .LBB88-.Ltext0
	.uleb128 .LBE88-.Ltext0
	.byte	0
.LLRL63:
	.byte	0x4
	.uleb128 .LBB89-.Ltext0
	.uleb128 .LBE89-.Ltext0
	.byte	0x4
	.uleb128 .LBB90-.Ltext0
	.uleb128 .LBE90-.Ltext0
	.byte	0
.LLRL66:
	.byte	0x4
	.uleb128 .LBB91-.Ltext0
	.uleb128 .LBE91-.Ltext0
	.byte	0x4
	.uleb128 .LBB92-.Ltext0
	.uleb128 .LBE92-.Ltext0
	.byte	0
.LLRL69:
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0
.LLRL71:
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0
.LLRL73:
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0x4
	.uleb128 .LBB100-.Ltext0
	.uleb128 .LBE100-.Ltext0
	.byte	0
.LLRL77:
	.byte	0x4
	.uleb128 .LBB101-.Ltext0
	.uleb128 .LBE101-.Ltext0
	.byte	0x4
	.uleb128 .LBB102-.Ltext0
	.uleb128 .LBE102-.Ltext0
	.byte	0
.LLRL79:
	.byte	0x4
	.uleb128 .LBB103-.Ltext0
	.uleb128 .LBE103-.Ltext0
	.byte	0x4
	.uleb128 .LBB104-.Ltext0
	.uleb128 .LBE104-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF548:
	.string	"dl_dispatch_156"
.LASF83:
	.string	"OP_NEG"
.LASF172:
	.string	"ST_OUTPUT"
.LASF412:
	.string	"B_SWAP"
.LASF345:
	.string	"L_LT"
.LASF625:
	.string	"dl_handler_JNZ_225"
.LASF9:
	.string	"size_t"
.LASF307:
	.string	"L_DROP"
.LASF387:
	.string	"dl_checked_PUSH_12"
.LASF432:
	.string	"dl_checked_ROT_52"
.LASF615:
	.string	"B_JZ"
.LASF632:
	.string	"dl_checked_JNZ_231"
.LASF69:
	.string	"cell"
.LASF504:
	.string	"B_AND"
.LASF29:
	.string	"__jmp_buf_tag"
.LASF553:
	.string	"dl_trap_160"
.LASF554:
	.string	"dl_trap_161"
.LASF506:
	.string	"dl_checked_AND_118"
.LASF62:
	.string	"_IO_codecvt"
.LASF111:
	.string	"FLOW_CALL"
.LASF562:
	.string	"dl_trap_168"
.LASF19:
	.string	"int32_t"
.LASF631:
	.string	"dl_dispatch_230"
.LASF200:
	.string	"POPS_DUP"
.LASF204:
	.string	"PUSHES_SWAP"
.LASF42:
	.string	"_IO_save_end"
.LASF113:
	.string	"FLOW_STOP"
.LASF284:
	.string	"POPS_STORE"
.LASF313:
	.string	"L_OVER"
.LASF107:
	.string	"flow"
.LASF147:
	.string	"SIZE_HALT"
.LASF215:
	.string	"POPS_SUB"
.LASF370:
	.string	"dispatcher_token"
.LASF249:
	.string	"PUSHES_EQ"
.LASF343:
	.string	"L_NE"
.LASF35:
	.string	"_IO_write_base"
.LASF355:
	.string	"L_JZ"
.LASF219:
	.string	"PUSHES_MUL"
.LASF576:
	.string	"B_LE"
.LASF192:
	.string	"PUSHES_NOP"
.LASF356:
	.string	"C_JNZ"
.LASF51:
	.string	"_lock"
.LASF231:
	.string	"PUSHES_NOT"
.LASF567:
	.string	"B_LT"
.LASF573:
	.string	"dl_trap_178"
.LASF248:
	.string	"POPS_EQ"
.LASF508:
	.string	"dl_trap_120"
.LASF706:
	.string	"read_int"
.LASF105:
	.string	"OP__COUNT"
.LASF510:
	.string	"dl_trap_122"
.LASF294:
	.string	"target"
.LASF240:
	.string	"PUSHES_XOR"
.LASF40:
	.string	"_IO_save_base"
.LASF560:
	.string	"dl_checked_NE_166"
.LASF288:
	.string	"PUSHES_PRINT"
.LASF280:
	.string	"FLOW_OF_RET"
.LASF128:
	.string	"SIZE_AND"
.LASF612:
	.string	"dl_trap_213"
.LASF165:
	.string	"ST_DIV_ZERO"
.LASF511:
	.string	"dl_handler_OR_123"
.LASF666:
	.string	"dl_checked_LOAD_262"
.LASF44:
	.string	"_chain"
.LASF437:
	.string	"dl_handler_ADD_57"
.LASF319:
	.string	"L_SUB"
.LASF48:
	.string	"_cur_column"
.LASF213:
	.string	"PUSHES_ADD"
.LASF89:
	.string	"OP_SHR"
.LASF687:
	.string	"dl_checked_PRINT_281"
.LASF620:
	.string	"dl_checked_JZ_220"
.LASF347:
	.string	"L_LE"
.LASF10:
	.string	"__uint8_t"
.LASF321:
	.string	"L_MUL"
.LASF166:
	.string	"ST_UNDERFLOW"
.LASF81:
	.string	"OP_DIV"
.LASF173:
	.string	"result"
.LASF82:
	.string	"OP_MOD"
.LASF360:
	.string	"C_RET"
.LASF178:
	.string	"rstack"
.LASF574:
	.string	"dl_handler_LE_179"
.LASF226:
	.string	"FLOW_OF_MOD"
.LASF311:
	.string	"L_SWAP"
.LASF558:
	.string	"B_NE"
.LASF681:
	.string	"dl_handler_PRINT_276"
.LASF469:
	.string	"dl_checked_DIV_85"
.LASF300:
	.string	"quick_free"
.LASF263:
	.string	"POPS_GE"
.LASF587:
	.string	"dl_checked_GT_190"
.LASF317:
	.string	"L_ADD"
.LASF496:
	.string	"dl_dispatch_109"
.LASF619:
	.string	"dl_dispatch_219"
.LASF77:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF335:
	.string	"L_XOR"
.LASF260:
	.string	"POPS_GT"
.LASF279:
	.string	"PUSHES_RET"
.LASF491:
	.string	"dl_trap_105"
.LASF373:
	.string	"dl_handler_NOP_1"
.LASF316:
	.string	"C_ADD"
.LASF580:
	.string	"dl_trap_184"
.LASF61:
	.string	"_IO_marker"
.LASF287:
	.string	"POPS_PRINT"
.LASF656:
	.string	"dl_checked_RET_253"
.LASF423:
	.string	"dl_checked_OVER_44"
.LASF424:
	.string	"dl_trap_45"
.LASF513:
	.string	"B_OR"
.LASF264:
	.string	"PUSHES_GE"
.LASF176:
	.string	"error"
.LASF259:
	.string	"FLOW_OF_LE"
.LASF90:
	.string	"OP_EQ"
.LASF677:
	.string	"dl_trap_272"
.LASF379:
	.string	"trap"
.LASF326:
	.string	"C_NEG"
.LASF233:
	.string	"POPS_AND"
.LASF684:
	.string	"dl_trap_278"
.LASF446:
	.string	"dl_handler_SUB_65"
.LASF485:
	.string	"dl_dispatch_100"
.LASF487:
	.string	"dl_dispatch_101"
.LASF579:
	.string	"dl_trap_183"
.LASF267:
	.string	"PUSHES_JMP"
.LASF8:
	.string	"signed char"
.LASF494:
	.string	"dl_dispatch_108"
.LASF65:
	.string	"uint8_t"
.LASF30:
	.string	"_IO_FILE"
.LASF626:
	.string	"dl_dispatch_226"
.LASF63:
	.string	"_IO_wide_data"
.LASF672:
	.string	"dl_dispatch_268"
.LASF649:
	.string	"dl_handler_RET_247"
.LASF155:
	.string	"file"
.LASF191:
	.string	"POPS_NOP"
.LASF230:
	.string	"POPS_NOT"
.LASF399:
	.string	"dl_trap_23"
.LASF588:
	.string	"dl_trap_191"
.LASF589:
	.string	"dl_trap_192"
.LASF590:
	.string	"dl_trap_193"
.LASF5:
	.string	"unsigned char"
.LASF333:
	.string	"L_OR"
.LASF55:
	.string	"_freeres_list"
.LASF185:
	.string	"unavailable"
.LASF597:
	.string	"dl_trap_199"
.LASF503:
	.string	"dl_dispatch_116"
.LASF505:
	.string	"dl_dispatch_117"
.LASF596:
	.string	"dl_checked_GE_198"
.LASF636:
	.string	"dl_trap_235"
.LASF273:
	.string	"PUSHES_JNZ"
.LASF194:
	.string	"POPS_PUSH"
.LASF143:
	.string	"SIZE_RET"
.LASF662:
	.string	"dl_dispatch_259"
.LASF95:
	.string	"OP_GE"
.LASF72:
	.string	"OP_PUSH"
.LASF269:
	.string	"POPS_JZ"
.LASF94:
	.string	"OP_GT"
.LASF201:
	.string	"PUSHES_DUP"
.LASF704:
	.string	"table"
.LASF353:
	.string	"L_JMP"
.LASF455:
	.string	"dl_handler_MUL_73"
.LASF18:
	.string	"char"
.LASF365:
	.string	"L_STORE"
.LASF433:
	.string	"dl_trap_53"
.LASF512:
	.string	"dl_dispatch_124"
.LASF350:
	.string	"C_GE"
.LASF133:
	.string	"SIZE_EQ"
.LASF436:
	.string	"dl_trap_56"
.LASF216:
	.string	"PUSHES_SUB"
.LASF638:
	.string	"dl_dispatch_237"
.LASF292:
	.string	"FLOW_OF_HALT"
.LASF291:
	.string	"PUSHES_HALT"
.LASF190:
	.string	"describe"
.LASF153:
	.string	"span"
.LASF329:
	.string	"L_NOT"
.LASF703:
	.string	"_IO_lock_t"
.LASF608:
	.string	"dl_checked_JMP_209"
.LASF229:
	.string	"FLOW_OF_NEG"
.LASF409:
	.string	"dl_trap_32"
.LASF535:
	.string	"dl_trap_144"
.LASF537:
	.string	"dl_trap_146"
.LASF702:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fasynchronous-unwind-tables"
.LASF507:
	.string	"dl_trap_119"
.LASF417:
	.string	"dl_trap_39"
.LASF357:
	.string	"L_JNZ"
.LASF184:
	.string	"summary"
.LASF286:
	.string	"FLOW_OF_STORE"
.LASF521:
	.string	"dl_dispatch_132"
.LASF523:
	.string	"dl_dispatch_133"
.LASF336:
	.string	"C_SHL"
.LASF181:
	.string	"prog"
.LASF338:
	.string	"C_SHR"
.LASF257:
	.string	"POPS_LE"
.LASF32:
	.string	"_IO_read_ptr"
.LASF309:
	.string	"L_DUP"
.LASF254:
	.string	"POPS_LT"
.LASF322:
	.string	"C_DIV"
.LASF324:
	.string	"C_MOD"
.LASF169:
	.string	"ST_ROVERFLOW"
.LASF661:
	.string	"dl_handler_LOAD_258"
.LASF466:
	.string	"B_DIV"
.LASF138:
	.string	"SIZE_GE"
.LASF315:
	.string	"L_ROT"
.LASF383:
	.string	"dl_handler_PUSH_9"
.LASF530:
	.string	"dl_dispatch_140"
.LASF80:
	.string	"OP_MUL"
.LASF278:
	.string	"POPS_RET"
.LASF591:
	.string	"dl_trap_194"
.LASF514:
	.string	"dl_dispatch_125"
.LASF43:
	.string	"_markers"
.LASF71:
	.string	"OP_NOP"
.LASF84:
	.string	"OP_NOT"
.LASF644:
	.string	"dl_checked_CALL_242"
.LASF152:
	.string	"need"
.LASF180:
	.string	"limit"
.LASF486:
	.string	"B_NEG"
.LASF115:
	.string	"SIZE_PUSH"
.LASF203:
	.string	"POPS_SWAP"
.LASF418:
	.string	"dl_trap_40"
.LASF78:
	.string	"OP_ADD"
.LASF340:
	.string	"C_EQ"
.LASF87:
	.string	"OP_XOR"
.LASF97:
	.string	"OP_JZ"
.LASF179:
	.string	"max_steps"
.LASF550:
	.string	"dl_dispatch_157"
.LASF251:
	.string	"POPS_NE"
.LASF489:
	.string	"dl_trap_103"
.LASF490:
	.string	"dl_trap_104"
.LASF297:
	.string	"quicken"
.LASF492:
	.string	"dl_trap_106"
.LASF694:
	.string	"B_HALT"
.LASF52:
	.string	"_offset"
.LASF367:
	.string	"L_PRINT"
.LASF533:
	.string	"dl_checked_SHL_142"
.LASF244:
	.string	"FLOW_OF_SHL"
.LASF384:
	.string	"dl_dispatch_10"
.LASF386:
	.string	"dl_dispatch_11"
.LASF247:
	.string	"FLOW_OF_SHR"
.LASF557:
	.string	"dl_dispatch_164"
.LASF559:
	.string	"dl_dispatch_165"
.LASF655:
	.string	"dl_dispatch_252"
.LASF393:
	.string	"dl_dispatch_18"
.LASF602:
	.string	"dl_dispatch_204"
.LASF395:
	.string	"dl_dispatch_19"
.LASF606:
	.string	"dl_dispatch_207"
.LASF607:
	.string	"dl_dispatch_208"
.LASF499:
	.string	"dl_trap_112"
.LASF15:
	.string	"__uint64_t"
.LASF223:
	.string	"FLOW_OF_DIV"
.LASF352:
	.string	"C_JMP"
.LASF236:
	.string	"POPS_OR"
.LASF93:
	.string	"OP_LE"
.LASF2:
	.string	"long unsigned int"
.LASF275:
	.string	"POPS_CALL"
.LASF234:
	.string	"PUSHES_AND"
.LASF281:
	.string	"POPS_LOAD"
.LASF348:
	.string	"C_GT"
.LASF92:
	.string	"OP_LT"
.LASF99:
	.string	"OP_CALL"
.LASF46:
	.string	"_flags2"
.LASF101:
	.string	"OP_LOAD"
.LASF211:
	.string	"FLOW_OF_ROT"
.LASF630:
	.string	"dl_dispatch_229"
.LASF126:
	.string	"SIZE_NEG"
.LASF34:
	.string	"_IO_read_base"
.LASF566:
	.string	"dl_dispatch_172"
.LASF568:
	.string	"dl_dispatch_173"
.LASF667:
	.string	"dl_trap_263"
.LASF159:
	.string	"line"
.LASF583:
	.string	"dl_handler_GT_187"
.LASF140:
	.string	"SIZE_JZ"
.LASF618:
	.string	"dl_dispatch_218"
.LASF388:
	.string	"dl_trap_13"
.LASF389:
	.string	"dl_trap_14"
.LASF390:
	.string	"dl_trap_15"
.LASF391:
	.string	"dl_trap_16"
.LASF59:
	.string	"_unused2"
.LASF529:
	.string	"dl_handler_SHL_139"
.LASF516:
	.string	"dl_trap_127"
.LASF517:
	.string	"dl_trap_128"
.LASF161:
	.string	"nlabels"
.LASF197:
	.string	"POPS_DROP"
.LASF375:
	.string	"dl_dispatch_3"
.LASF26:
	.string	"__mask_was_saved"
.LASF68:
	.string	"uintptr_t"
.LASF671:
	.string	"dl_handler_STORE_267"
.LASF73:
	.string	"OP_DROP"
.LASF531:
	.string	"B_SHL"
.LASF540:
	.string	"B_SHR"
.LASF575:
	.string	"dl_dispatch_180"
.LASF577:
	.string	"dl_dispatch_181"
.LASF296:
	.string	"quick"
.LASF47:
	.string	"_old_offset"
.LASF358:
	.string	"C_CALL"
.LASF96:
	.string	"OP_JMP"
.LASF584:
	.string	"dl_dispatch_188"
.LASF586:
	.string	"dl_dispatch_189"
.LASF362:
	.string	"C_LOAD"
.LASF460:
	.string	"dl_trap_77"
.LASF397:
	.string	"dl_trap_21"
.LASF398:
	.string	"dl_trap_22"
.LASF331:
	.string	"L_AND"
.LASF400:
	.string	"dl_trap_24"
.LASF519:
	.string	"dl_trap_130"
.LASF476:
	.string	"B_MOD"
.LASF406:
	.string	"dl_trap_29"
.LASF526:
	.string	"dl_trap_136"
.LASF527:
	.string	"dl_trap_137"
.LASF528:
	.string	"dl_trap_138"
.LASF91:
	.string	"OP_NE"
.LASF299:
	.string	"vm_stop"
.LASF206:
	.string	"POPS_OVER"
.LASF265:
	.string	"FLOW_OF_GE"
.LASF444:
	.string	"dl_trap_63"
.LASF354:
	.string	"C_JZ"
.LASF430:
	.string	"B_ROT"
.LASF76:
	.string	"OP_OVER"
.LASF13:
	.string	"__uint32_t"
.LASF136:
	.string	"SIZE_LE"
.LASF188:
	.string	"prepare_failure"
.LASF4:
	.string	"long long int"
.LASF598:
	.string	"dl_trap_200"
.LASF154:
	.string	"program"
.LASF306:
	.string	"C_DROP"
.LASF593:
	.string	"dl_dispatch_196"
.LASF595:
	.string	"dl_dispatch_197"
.LASF551:
	.string	"dl_checked_EQ_158"
.LASF135:
	.string	"SIZE_LT"
.LASF407:
	.string	"dl_trap_30"
.LASF408:
	.string	"dl_trap_31"
.LASF98:
	.string	"OP_JNZ"
.LASF415:
	.string	"dl_trap_37"
.LASF416:
	.string	"dl_trap_38"
.LASF369:
	.string	"L_HALT"
.LASF162:
	.string	"proven"
.LASF378:
	.string	"dl_trap_5"
.LASF380:
	.string	"dl_trap_6"
.LASF381:
	.string	"dl_trap_7"
.LASF382:
	.string	"dl_trap_8"
.LASF364:
	.string	"C_STORE"
.LASF86:
	.string	"OP_OR"
.LASF320:
	.string	"C_MUL"
.LASF37:
	.string	"_IO_write_end"
.LASF227:
	.string	"POPS_NEG"
.LASF142:
	.string	"SIZE_CALL"
.LASF144:
	.string	"SIZE_LOAD"
.LASF151:
	.string	"frame"
.LASF302:
	.string	"C_NOP"
.LASF532:
	.string	"dl_dispatch_141"
.LASF328:
	.string	"C_NOT"
.LASF637:
	.string	"dl_handler_CALL_236"
.LASF171:
	.string	"ST_STEPS"
.LASF413:
	.string	"dl_dispatch_35"
.LASF642:
	.string	"dl_dispatch_240"
.LASF312:
	.string	"C_OVER"
.LASF372:
	.string	"dl_dispatch_0"
.LASF377:
	.string	"dl_dispatch_2"
.LASF79:
	.string	"OP_SUB"
.LASF650:
	.string	"dl_dispatch_248"
.LASF682:
	.string	"dl_dispatch_277"
.LASF131:
	.string	"SIZE_SHL"
.LASF272:
	.string	"POPS_JNZ"
.LASF425:
	.string	"dl_trap_46"
.LASF426:
	.string	"dl_trap_47"
.LASF427:
	.string	"dl_trap_48"
.LASF546:
	.string	"dl_trap_154"
.LASF132:
	.string	"SIZE_SHR"
.LASF167:
	.string	"ST_OVERFLOW"
.LASF334:
	.string	"C_XOR"
.LASF552:
	.string	"dl_trap_159"
.LASF538:
	.string	"dl_handler_SHR_147"
.LASF158:
	.string	"count"
.LASF454:
	.string	"dl_trap_72"
.LASF371:
	.string	"budget"
.LASF193:
	.string	"FLOW_OF_NOP"
.LASF124:
	.string	"SIZE_DIV"
.LASF301:
	.string	"prepared"
.LASF38:
	.string	"_IO_buf_base"
.LASF116:
	.string	"SIZE_DROP"
.LASF125:
	.string	"SIZE_MOD"
.LASF402:
	.string	"dl_dispatch_26"
.LASF404:
	.string	"dl_dispatch_27"
.LASF7:
	.string	"unsigned int"
.LASF134:
	.string	"SIZE_NE"
.LASF74:
	.string	"OP_DUP"
.LASF689:
	.string	"dl_trap_283"
.LASF654:
	.string	"dl_dispatch_251"
.LASF428:
	.string	"dl_handler_ROT_49"
.LASF420:
	.string	"dl_dispatch_42"
.LASF569:
	.string	"dl_checked_LT_174"
.LASF120:
	.string	"SIZE_ROT"
.LASF434:
	.string	"dl_trap_54"
.LASF435:
	.string	"dl_trap_55"
.LASF196:
	.string	"FLOW_OF_PUSH"
.LASF555:
	.string	"dl_trap_162"
.LASF561:
	.string	"dl_trap_167"
.LASF346:
	.string	"C_LE"
.LASF563:
	.string	"dl_trap_169"
.LASF599:
	.string	"dl_trap_201"
.LASF600:
	.string	"dl_trap_202"
.LASF57:
	.string	"__pad5"
.LASF605:
	.string	"dl_trap_206"
.LASF75:
	.string	"OP_SWAP"
.LASF441:
	.string	"dl_checked_ADD_60"
.LASF344:
	.string	"C_LT"
.LASF410:
	.string	"dl_handler_SWAP_33"
.LASF411:
	.string	"dl_dispatch_34"
.LASF119:
	.string	"SIZE_OVER"
.LASF271:
	.string	"FLOW_OF_JZ"
.LASF160:
	.string	"labels"
.LASF604:
	.string	"dl_count_205"
.LASF686:
	.string	"dl_dispatch_280"
.LASF129:
	.string	"SIZE_OR"
.LASF665:
	.string	"dl_dispatch_261"
.LASF174:
	.string	"total"
.LASF31:
	.string	"_flags"
.LASF442:
	.string	"dl_trap_61"
.LASF443:
	.string	"dl_trap_62"
.LASF150:
	.string	"offset"
.LASF445:
	.string	"dl_trap_64"
.LASF564:
	.string	"dl_trap_170"
.LASF696:
	.string	"dl_dispatch_289"
.LASF451:
	.string	"dl_trap_69"
.LASF570:
	.string	"dl_trap_175"
.LASF571:
	.string	"dl_trap_176"
.LASF572:
	.string	"dl_trap_177"
.LASF401:
	.string	"dl_handler_DUP_25"
.LASF609:
	.string	"dl_trap_210"
.LASF610:
	.string	"dl_trap_211"
.LASF611:
	.string	"dl_trap_212"
.LASF27:
	.string	"__saved_mask"
.LASF58:
	.string	"_mode"
.LASF617:
	.string	"dl_trap_217"
.LASF220:
	.string	"FLOW_OF_MUL"
.LASF396:
	.string	"dl_checked_DROP_20"
.LASF25:
	.string	"__jmpbuf"
.LASF414:
	.string	"dl_checked_SWAP_36"
.LASF488:
	.string	"dl_checked_NEG_102"
.LASF53:
	.string	"_codecvt"
.LASF232:
	.string	"FLOW_OF_NOT"
.LASF422:
	.string	"dl_dispatch_43"
.LASF473:
	.string	"dl_trap_89"
.LASF23:
	.string	"__jmp_buf"
.LASF310:
	.string	"C_SWAP"
.LASF337:
	.string	"L_SHL"
.LASF170:
	.string	"ST_ADDRESS"
.LASF189:
	.string	"slow_prepare"
.LASF242:
	.string	"POPS_SHL"
.LASF304:
	.string	"C_PUSH"
.LASF214:
	.string	"FLOW_OF_ADD"
.LASF675:
	.string	"dl_dispatch_270"
.LASF109:
	.string	"FLOW_JUMP"
.LASF245:
	.string	"POPS_SHR"
.LASF452:
	.string	"dl_trap_70"
.LASF453:
	.string	"dl_trap_71"
.LASF241:
	.string	"FLOW_OF_XOR"
.LASF261:
	.string	"PUSHES_GT"
.LASF461:
	.string	"dl_trap_78"
.LASF462:
	.string	"dl_trap_79"
.LASF581:
	.string	"dl_trap_185"
.LASF582:
	.string	"dl_trap_186"
.LASF342:
	.string	"C_NE"
.LASF621:
	.string	"dl_trap_221"
.LASF622:
	.string	"dl_trap_222"
.LASF623:
	.string	"dl_trap_223"
.LASF624:
	.string	"dl_trap_224"
.LASF64:
	.string	"long double"
.LASF629:
	.string	"dl_trap_228"
.LASF224:
	.string	"POPS_MOD"
.LASF613:
	.string	"dl_handler_JZ_214"
.LASF616:
	.string	"dl_count_216"
.LASF556:
	.string	"dl_handler_NE_163"
.LASF429:
	.string	"dl_dispatch_50"
.LASF431:
	.string	"dl_dispatch_51"
.LASF168:
	.string	"ST_RET_EMPTY"
.LASF256:
	.string	"FLOW_OF_LT"
.LASF60:
	.string	"FILE"
.LASF438:
	.string	"dl_dispatch_58"
.LASF440:
	.string	"dl_dispatch_59"
.LASF479:
	.string	"dl_checked_MOD_94"
.LASF477:
	.string	"dl_trap_92"
.LASF392:
	.string	"dl_handler_DROP_17"
.LASF209:
	.string	"POPS_ROT"
.LASF351:
	.string	"L_GE"
.LASF463:
	.string	"dl_trap_80"
.LASF693:
	.string	"dl_dispatch_287"
.LASF467:
	.string	"dl_trap_83"
.LASF289:
	.string	"FLOW_OF_PRINT"
.LASF137:
	.string	"SIZE_GT"
.LASF470:
	.string	"dl_trap_86"
.LASF471:
	.string	"dl_trap_87"
.LASF472:
	.string	"dl_trap_88"
.LASF361:
	.string	"L_RET"
.LASF457:
	.string	"B_MUL"
.LASF633:
	.string	"dl_trap_232"
.LASF385:
	.string	"B_PUSH"
.LASF635:
	.string	"dl_trap_234"
.LASF641:
	.string	"dl_trap_239"
.LASF85:
	.string	"OP_AND"
.LASF332:
	.string	"C_OR"
.LASF374:
	.string	"B_NOP"
.LASF628:
	.string	"dl_count_227"
.LASF495:
	.string	"B_NOT"
.LASF482:
	.string	"dl_trap_97"
.LASF157:
	.string	"size"
.LASF447:
	.string	"dl_dispatch_66"
.LASF22:
	.string	"long long unsigned int"
.LASF106:
	.string	"opcode"
.LASF439:
	.string	"B_ADD"
.LASF464:
	.string	"dl_handler_DIV_81"
.LASF498:
	.string	"dl_trap_111"
.LASF16:
	.string	"__off_t"
.LASF501:
	.string	"dl_trap_114"
.LASF225:
	.string	"PUSHES_MOD"
.LASF480:
	.string	"dl_trap_95"
.LASF481:
	.string	"dl_trap_96"
.LASF303:
	.string	"L_NOP"
.LASF483:
	.string	"dl_trap_98"
.LASF28:
	.string	"jmp_buf"
.LASF459:
	.string	"dl_checked_MUL_76"
.LASF308:
	.string	"C_DUP"
.LASF195:
	.string	"PUSHES_PUSH"
.LASF645:
	.string	"dl_trap_243"
.LASF646:
	.string	"dl_trap_244"
.LASF647:
	.string	"dl_trap_245"
.LASF648:
	.string	"dl_trap_246"
.LASF676:
	.string	"dl_checked_STORE_271"
.LASF253:
	.string	"FLOW_OF_NE"
.LASF295:
	.string	"delta"
.LASF520:
	.string	"dl_handler_XOR_131"
.LASF56:
	.string	"_freeres_buf"
.LASF456:
	.string	"dl_dispatch_74"
.LASF458:
	.string	"dl_dispatch_75"
.LASF70:
	.string	"ucell"
.LASF186:
	.string	"prepare"
.LASF318:
	.string	"C_SUB"
.LASF104:
	.string	"OP_HALT"
.LASF449:
	.string	"dl_dispatch_67"
.LASF250:
	.string	"FLOW_OF_EQ"
.LASF502:
	.string	"dl_handler_AND_115"
.LASF643:
	.string	"dl_dispatch_241"
.LASF651:
	.string	"B_RET"
.LASF270:
	.string	"PUSHES_JZ"
.LASF653:
	.string	"dl_trap_250"
.LASF228:
	.string	"PUSHES_NEG"
.LASF657:
	.string	"dl_trap_254"
.LASF658:
	.string	"dl_trap_255"
.LASF659:
	.string	"dl_trap_256"
.LASF660:
	.string	"dl_trap_257"
.LASF277:
	.string	"FLOW_OF_CALL"
.LASF268:
	.string	"FLOW_OF_JMP"
.LASF41:
	.string	"_IO_backup_base"
.LASF652:
	.string	"dl_count_249"
.LASF50:
	.string	"_shortbuf"
.LASF238:
	.string	"FLOW_OF_OR"
.LASF465:
	.string	"dl_dispatch_82"
.LASF468:
	.string	"dl_dispatch_84"
.LASF123:
	.string	"SIZE_MUL"
.LASF497:
	.string	"dl_checked_NOT_110"
.LASF114:
	.string	"SIZE_NOP"
.LASF509:
	.string	"dl_trap_121"
.LASF127:
	.string	"SIZE_NOT"
.LASF17:
	.string	"__off64_t"
.LASF673:
	.string	"B_STORE"
.LASF156:
	.string	"code"
.LASF518:
	.string	"dl_trap_129"
.LASF664:
	.string	"dl_trap_260"
.LASF121:
	.string	"SIZE_ADD"
.LASF668:
	.string	"dl_trap_264"
.LASF669:
	.string	"dl_trap_265"
.LASF670:
	.string	"dl_trap_266"
.LASF674:
	.string	"dl_trap_269"
.LASF199:
	.string	"FLOW_OF_DROP"
.LASF542:
	.string	"dl_checked_SHR_150"
.LASF130:
	.string	"SIZE_XOR"
.LASF88:
	.string	"OP_SHL"
.LASF274:
	.string	"FLOW_OF_JNZ"
.LASF478:
	.string	"dl_dispatch_93"
.LASF314:
	.string	"C_ROT"
.LASF39:
	.string	"_IO_buf_end"
.LASF108:
	.string	"FLOW_NEXT"
.LASF592:
	.string	"dl_handler_GE_195"
.LASF258:
	.string	"PUSHES_LE"
.LASF634:
	.string	"dl_trap_233"
.LASF640:
	.string	"dl_count_238"
.LASF327:
	.string	"L_NEG"
.LASF149:
	.string	"name"
.LASF202:
	.string	"FLOW_OF_DUP"
.LASF255:
	.string	"PUSHES_LT"
.LASF705:
	.string	"read_label"
.LASF543:
	.string	"dl_trap_151"
.LASF305:
	.string	"L_PUSH"
.LASF565:
	.string	"dl_handler_LT_171"
.LASF198:
	.string	"PUSHES_DROP"
.LASF678:
	.string	"dl_trap_273"
.LASF679:
	.string	"dl_trap_274"
.LASF680:
	.string	"dl_trap_275"
.LASF603:
	.string	"B_JMP"
.LASF493:
	.string	"dl_handler_NOT_107"
.LASF685:
	.string	"dl_trap_279"
.LASF208:
	.string	"FLOW_OF_OVER"
.LASF11:
	.string	"short int"
.LASF330:
	.string	"C_AND"
.LASF217:
	.string	"FLOW_OF_SUB"
.LASF100:
	.string	"OP_RET"
.LASF67:
	.string	"uint64_t"
.LASF522:
	.string	"B_XOR"
.LASF525:
	.string	"dl_trap_135"
.LASF405:
	.string	"dl_checked_DUP_28"
.LASF49:
	.string	"_vtable_offset"
.LASF688:
	.string	"dl_trap_282"
.LASF177:
	.string	"stack"
.LASF690:
	.string	"dl_trap_284"
.LASF691:
	.string	"dl_trap_285"
.LASF145:
	.string	"SIZE_STORE"
.LASF695:
	.string	"dl_trap_288"
.LASF614:
	.string	"dl_dispatch_215"
.LASF549:
	.string	"B_EQ"
.LASF627:
	.string	"B_JNZ"
.LASF218:
	.string	"POPS_MUL"
.LASF639:
	.string	"B_CALL"
.LASF243:
	.string	"PUSHES_SHL"
.LASF663:
	.string	"B_LOAD"
.LASF246:
	.string	"PUSHES_SHR"
.LASF24:
	.string	"__val"
.LASF118:
	.string	"SIZE_SWAP"
.LASF102:
	.string	"OP_STORE"
.LASF252:
	.string	"PUSHES_NE"
.LASF403:
	.string	"B_DUP"
.LASF222:
	.string	"PUSHES_DIV"
.LASF212:
	.string	"POPS_ADD"
.LASF262:
	.string	"FLOW_OF_GT"
.LASF547:
	.string	"dl_handler_EQ_155"
.LASF14:
	.string	"__int64_t"
.LASF239:
	.string	"POPS_XOR"
.LASF698:
	.string	"dl_trap_291"
.LASF699:
	.string	"dl_trap_292"
.LASF700:
	.string	"dl_trap_293"
.LASF701:
	.string	"dl_trap_294"
.LASF601:
	.string	"dl_handler_JMP_203"
.LASF448:
	.string	"B_SUB"
.LASF376:
	.string	"dl_checked_NOP_4"
.LASF276:
	.string	"PUSHES_CALL"
.LASF394:
	.string	"B_DROP"
.LASF210:
	.string	"PUSHES_ROT"
.LASF282:
	.string	"PUSHES_LOAD"
.LASF283:
	.string	"FLOW_OF_LOAD"
.LASF33:
	.string	"_IO_read_end"
.LASF515:
	.string	"dl_checked_OR_126"
.LASF683:
	.string	"B_PRINT"
.LASF139:
	.string	"SIZE_JMP"
.LASF163:
	.string	"status"
.LASF474:
	.string	"dl_handler_MOD_90"
.LASF534:
	.string	"dl_trap_143"
.LASF341:
	.string	"L_EQ"
.LASF536:
	.string	"dl_trap_145"
.LASF237:
	.string	"PUSHES_OR"
.LASF66:
	.string	"uint32_t"
.LASF484:
	.string	"dl_handler_NEG_99"
.LASF205:
	.string	"FLOW_OF_SWAP"
.LASF697:
	.string	"dl_checked_HALT_290"
.LASF221:
	.string	"POPS_DIV"
.LASF183:
	.string	"dispatcher"
.LASF594:
	.string	"B_GE"
.LASF45:
	.string	"_fileno"
.LASF298:
	.string	"vm_print"
.LASF339:
	.string	"L_SHR"
.LASF524:
	.string	"dl_checked_XOR_134"
.LASF585:
	.string	"B_GT"
.LASF110:
	.string	"FLOW_COND"
.LASF187:
	.string	"release"
.LASF54:
	.string	"_wide_data"
.LASF421:
	.string	"B_OVER"
.LASF323:
	.string	"L_DIV"
.LASF475:
	.string	"dl_dispatch_91"
.LASF325:
	.string	"L_MOD"
.LASF578:
	.string	"dl_checked_LE_182"
.LASF285:
	.string	"PUSHES_STORE"
.LASF141:
	.string	"SIZE_JNZ"
.LASF6:
	.string	"short unsigned int"
.LASF539:
	.string	"dl_dispatch_148"
.LASF541:
	.string	"dl_dispatch_149"
.LASF366:
	.string	"C_PRINT"
.LASF164:
	.string	"ST_HALT"
.LASF112:
	.string	"FLOW_RET"
.LASF36:
	.string	"_IO_write_ptr"
.LASF117:
	.string	"SIZE_DUP"
.LASF290:
	.string	"POPS_HALT"
.LASF293:
	.string	"branch"
.LASF207:
	.string	"PUSHES_OVER"
.LASF148:
	.string	"label"
.LASF12:
	.string	"__int32_t"
.LASF20:
	.string	"int64_t"
.LASF182:
	.string	"exit"
.LASF692:
	.string	"dl_handler_HALT_286"
.LASF235:
	.string	"FLOW_OF_AND"
.LASF122:
	.string	"SIZE_SUB"
.LASF544:
	.string	"dl_trap_152"
.LASF545:
	.string	"dl_trap_153"
.LASF146:
	.string	"SIZE_PRINT"
.LASF450:
	.string	"dl_checked_SUB_68"
.LASF349:
	.string	"L_GT"
.LASF175:
	.string	"hash"
.LASF21:
	.string	"__sigset_t"
.LASF419:
	.string	"dl_handler_OVER_41"
.LASF359:
	.string	"L_CALL"
.LASF103:
	.string	"OP_PRINT"
.LASF363:
	.string	"L_LOAD"
.LASF266:
	.string	"POPS_JMP"
.LASF500:
	.string	"dl_trap_113"
.LASF368:
	.string	"C_HALT"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/token/token.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

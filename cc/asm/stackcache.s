	.file	"stackcache.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fno-tree-slp-vectorize -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/stackcache/stackcache.c"
	.p2align 4
	.type	engine, @function
engine:
.LVL0:
.LFB24:
	.file 1 "dispatch/stackcache/stackcache.c"
	.loc 1 65 1 view -0
	.cfi_startproc
	.loc 1 66 5 view .LVU1
	.loc 1 73 5 view .LVU2
# dispatch/stackcache/stackcache.c:73:     if (labels) {
	.loc 1 73 8 is_stmt 0 view .LVU3
	testq	%rdx, %rdx	# labels
	je	.L2	#,
	.loc 1 74 9 is_stmt 1 view .LVU4
# dispatch/stackcache/stackcache.c:74:         *labels = table;
	.loc 1 74 17 is_stmt 0 view .LVU5
	movq	$table.0, (%rdx)	#, *labels_1554(D)
	.loc 1 75 9 is_stmt 1 view .LVU6
	ret	
	.p2align 4,,10
	.p2align 3
.L2:
# dispatch/stackcache/stackcache.c:65: {
	.loc 1 65 1 is_stmt 0 view .LVU7
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/stackcache/stackcache.c:82:     uintptr_t *rsp = vm->rstack;
	.loc 1 82 16 view .LVU8
	leaq	32776(%rdi), %r10	#, rsp
	movq	%rsi, %r15	# tmp2310, t
	.loc 1 77 5 is_stmt 1 view .LVU9
# dispatch/stackcache/stackcache.c:65: {
	.loc 1 65 1 is_stmt 0 view .LVU10
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/stackcache/stackcache.c:82:     uintptr_t *rsp = vm->rstack;
	.loc 1 82 16 view .LVU11
	movq	%r10, %r9	# rsp, rsp
# dispatch/stackcache/stackcache.c:65: {
	.loc 1 65 1 view .LVU12
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
# dispatch/stackcache/stackcache.c:80:     cell *sp = vm->stack;
	.loc 1 80 11 view .LVU13
	movq	%rdi, %rbp	# vm, sp
# dispatch/stackcache/stackcache.c:65: {
	.loc 1 65 1 view .LVU14
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$40, %rsp	#,
	.cfi_def_cfa_offset 96
# dispatch/stackcache/stackcache.c:77:     const union slot *const slots = t->slots;
	.loc 1 77 29 view .LVU15
	movq	(%rsi), %r14	# t_1551(D)->slots, slots
.LVL1:
	.loc 1 78 5 is_stmt 1 view .LVU16
# dispatch/stackcache/stackcache.c:78:     const uint32_t *const ord = t->ord;
	.loc 1 78 27 is_stmt 0 view .LVU17
	movq	8(%rsi), %r13	# t_1551(D)->ord, ord
.LVL2:
	.loc 1 79 5 is_stmt 1 view .LVU18
	.loc 1 80 5 view .LVU19
	.loc 1 81 5 view .LVU20
	.loc 1 82 5 view .LVU21
	.loc 1 83 5 view .LVU22
# dispatch/stackcache/stackcache.c:81:     cell tos = 0;                      /* the top, in state C1 */
	.loc 1 81 10 is_stmt 0 view .LVU23
	xorl	%esi, %esi	# arg
.LVL3:
# dispatch/stackcache/stackcache.c:83:     int64_t budget = vm->limit;
	.loc 1 83 13 view .LVU24
	movq	65560(%rdi), %r8	# vm_1538(D)->limit, budget
.LVL4:
	.loc 1 84 5 is_stmt 1 view .LVU25
	.loc 1 85 5 view .LVU26
	.loc 1 121 5 view .LVU27
# dispatch/stackcache/stackcache.c:121:     goto *(vpc++)->code;
	.loc 1 121 18 is_stmt 0 view .LVU28
	movq	(%r14), %rax	# slots_1540->code, gotovar.416_1338
# dispatch/stackcache/stackcache.c:121:     goto *(vpc++)->code;
	.loc 1 121 15 view .LVU29
	leaq	8(%r14), %rbx	#, vpc
.LVL5:
	.loc 1 121 15 view .LVU30
	jmp	*%rax	# gotovar.416_1338
.LVL6:
.L485:
.L486:
.L487:
.LBB6:
	.file 2 "./isa/ops.inc"
	.loc 2 142 1 is_stmt 1 discriminator 46 view .LVU31
.LBE6:
	.loc 2 144 1 discriminator 46 view .LVU32
.LBB7:
	.loc 2 144 1 discriminator 46 view .LVU33
	.loc 2 144 1 discriminator 46 view .LVU34
	.loc 2 144 1 discriminator 46 view .LVU35
	.loc 2 144 1 discriminator 46 view .LVU36
	.loc 2 144 1 discriminator 46 view .LVU37
	.loc 2 145 5 discriminator 46 view .LVU38
	.loc 2 145 5 discriminator 46 view .LVU39
	.loc 2 145 5 discriminator 46 view .LVU40
	.loc 2 145 5 discriminator 46 view .LVU41
	.loc 2 145 5 discriminator 46 view .LVU42
.LBE7:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 discriminator 46 view .LVU43
	leaq	-8(%rbx), %rax	#, tmp2305
.LBB8:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 46 view .LVU44
	xorl	%esi, %esi	# arg
.LBE8:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 discriminator 46 view .LVU45
	subq	%r14, %rax	# slots, tmp2306
	sarq	$3, %rax	#, tmp2308
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 discriminator 46 view .LVU46
	movl	0(%r13,%rax,4), %ecx	# *_2258, pretmp_2342
.LBB9:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 46 view .LVU47
	xorl	%eax, %eax	# st
.LVL7:
.L11:
	.loc 2 146 1 is_stmt 1 view .LVU48
.LBE9:
	.loc 1 159 5 view .LVU49
# dispatch/stackcache/stackcache.c:167: }
	.loc 1 167 1 is_stmt 0 view .LVU50
	addq	$40, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU51
	movq	%rsi, %rdx	# arg,
	movl	%eax, %esi	# st,
.LVL8:
# dispatch/stackcache/stackcache.c:167: }
	.loc 1 167 1 view .LVU52
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 48
.LVL9:
	.loc 1 167 1 view .LVU53
	popq	%rbp	#
	.cfi_restore 6
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_restore 12
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_restore 13
	.cfi_def_cfa_offset 24
.LVL10:
	.loc 1 167 1 view .LVU54
	popq	%r14	#
	.cfi_restore 14
	.cfi_def_cfa_offset 16
.LVL11:
	.loc 1 167 1 view .LVU55
	popq	%r15	#
	.cfi_restore 15
	.cfi_def_cfa_offset 8
.LVL12:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU56
	jmp	vm_stop	#
.LVL13:
.L5:
	.cfi_restore_state
.L6:
	.loc 2 32 1 is_stmt 1 discriminator 16 view .LVU57
.LBB10:
	.loc 2 32 1 discriminator 16 view .LVU58
	.loc 2 32 1 discriminator 16 view .LVU59
	.loc 2 32 1 discriminator 16 view .LVU60
	.loc 2 32 1 discriminator 16 view .LVU61
	.loc 2 32 1 discriminator 16 view .LVU62
	.loc 2 32 1 discriminator 16 view .LVU63
	.loc 2 32 1 discriminator 16 view .LVU64
	.loc 2 32 1 discriminator 16 view .LVU65
	.loc 2 32 1 discriminator 16 view .LVU66
	.loc 2 32 1 discriminator 16 view .LVU67
	.loc 2 32 1 discriminator 16 view .LVU68
	.loc 2 32 1 discriminator 16 view .LVU69
	.loc 2 32 1 discriminator 16 view .LVU70
	.loc 2 32 1 discriminator 16 view .LVU71
	.loc 2 32 1 discriminator 16 view .LVU72
	.loc 2 32 1 discriminator 16 view .LVU73
	.loc 2 33 1 discriminator 16 view .LVU74
	.loc 2 33 1 discriminator 16 view .LVU75
	.loc 2 33 1 discriminator 16 view .LVU76
	.loc 2 33 1 discriminator 16 view .LVU77
	.loc 2 33 1 discriminator 16 view .LVU78
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL14:
	.loc 2 33 1 is_stmt 0 discriminator 16 view .LVU79
.LVL15:
.LDL1:
	.loc 2 33 1 is_stmt 1 discriminator 16 view .LVU80
	.loc 2 33 1 discriminator 16 view .LVU81
	.loc 2 33 1 is_stmt 0 discriminator 16 view .LVU82
	jmp	*%rax	# gotovar.416_1338
.LVL16:
.L8:
.L9:
	.loc 2 33 1 is_stmt 1 discriminator 2 view .LVU83
.LBE10:
	.loc 2 35 1 discriminator 2 view .LVU84
.LBB11:
	.loc 2 35 1 discriminator 2 view .LVU85
	.loc 2 35 1 discriminator 2 view .LVU86
	.loc 2 35 1 discriminator 2 view .LVU87
	.loc 2 35 1 discriminator 2 view .LVU88
	.loc 2 35 1 discriminator 2 view .LVU89
	.loc 2 35 1 discriminator 2 view .LVU90
	.loc 2 35 1 discriminator 2 view .LVU91
	.loc 2 35 1 discriminator 2 view .LVU92
	.loc 2 35 1 discriminator 2 view .LVU93
	.loc 2 35 1 discriminator 2 view .LVU94
	.loc 2 35 1 discriminator 2 view .LVU95
	.loc 2 35 1 discriminator 2 view .LVU96
	leaq	32760(%rdi), %rax	#, tmp1504
	cmpq	%rbp, %rax	# sp, tmp1504
	jb	.L694	#,
	.loc 2 35 1 discriminator 16 view .LVU97
	.loc 2 35 1 discriminator 16 view .LVU98
	.loc 2 35 1 discriminator 16 view .LVU99
	.loc 2 35 1 discriminator 16 view .LVU100
	.loc 2 35 1 discriminator 16 view .LVU101
	.loc 2 35 1 discriminator 16 view .LVU102
	.loc 2 35 1 discriminator 16 view .LVU103
	.loc 2 36 5 discriminator 16 view .LVU104
	.loc 2 36 5 discriminator 16 view .LVU105
	.loc 2 36 5 discriminator 16 view .LVU106
	movq	(%rbx), %rax	# vpc_1607(ab)->imm, tos
.LVL17:
	.loc 2 36 5 discriminator 16 view .LVU107
	.loc 2 36 5 discriminator 16 view .LVU108
	.loc 2 37 1 discriminator 16 view .LVU109
	.loc 2 37 1 discriminator 16 view .LVU110
	.loc 2 37 1 discriminator 16 view .LVU111
	.loc 2 37 1 discriminator 16 view .LVU112
	.loc 2 37 1 discriminator 16 view .LVU113
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 is_stmt 0 discriminator 16 view .LVU114
	addq	$8, %rbp	#, sp
.LVL18:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 16 view .LVU115
	addq	$16, %rbx	#, vpc
.LVL19:
	.loc 2 37 1 discriminator 16 view .LVU116
	movq	%rax, 0(%rbp)	# tos, MEM[(cell *)sp_1608 + 8B]
	.loc 2 37 1 is_stmt 1 discriminator 16 view .LVU117
.LVL20:
.LDL2:
	.loc 2 37 1 discriminator 16 view .LVU118
	.loc 2 37 1 discriminator 16 view .LVU119
	.loc 2 37 1 is_stmt 0 discriminator 16 view .LVU120
	movq	-8(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 8B].code, gotovar.416_1338
.LVL21:
	.loc 2 37 1 discriminator 16 view .LVU121
	jmp	*%rax	# gotovar.416_1338
.LVL22:
.L12:
.L13:
	.loc 2 37 1 is_stmt 1 discriminator 2 view .LVU122
.LBE11:
	.loc 2 39 1 discriminator 2 view .LVU123
.LBB12:
	.loc 2 39 1 discriminator 2 view .LVU124
	.loc 2 39 1 discriminator 2 view .LVU125
	.loc 2 39 1 discriminator 2 view .LVU126
	.loc 2 39 1 discriminator 2 view .LVU127
	.loc 2 39 1 discriminator 2 view .LVU128
	.loc 2 39 1 discriminator 2 view .LVU129
	.loc 2 39 1 discriminator 2 view .LVU130
	.loc 2 39 1 discriminator 2 view .LVU131
	.loc 2 39 1 discriminator 2 view .LVU132
	leaq	8(%rdi), %rax	#, tmp1512
	cmpq	%rax, %rbp	# tmp1512, sp
	jb	.L695	#,
	.loc 2 39 1 discriminator 16 view .LVU133
	.loc 2 39 1 discriminator 16 view .LVU134
	.loc 2 39 1 discriminator 16 view .LVU135
	.loc 2 39 1 discriminator 16 view .LVU136
	.loc 2 39 1 discriminator 16 view .LVU137
	.loc 2 39 1 discriminator 16 view .LVU138
	.loc 2 39 1 discriminator 16 view .LVU139
	.loc 2 39 1 discriminator 16 view .LVU140
	.loc 2 39 1 discriminator 16 view .LVU141
	.loc 2 39 1 discriminator 16 view .LVU142
	.loc 2 40 5 discriminator 16 view .LVU143
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 16 view .LVU144
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 16 view .LVU145
	subq	$8, %rbp	#, sp
.LVL23:
	.loc 2 41 1 is_stmt 1 discriminator 16 view .LVU146
	.loc 2 41 1 discriminator 16 view .LVU147
	.loc 2 41 1 discriminator 16 view .LVU148
	.loc 2 41 1 discriminator 16 view .LVU149
	.loc 2 41 1 discriminator 16 view .LVU150
	.loc 2 41 1 discriminator 16 view .LVU151
	addq	$8, %rbx	#, vpc
.LVL24:
	.loc 2 41 1 is_stmt 0 discriminator 16 view .LVU152
.LVL25:
.LDL3:
	.loc 2 41 1 is_stmt 1 discriminator 16 view .LVU153
	.loc 2 41 1 discriminator 16 view .LVU154
	.loc 2 41 1 is_stmt 0 discriminator 16 view .LVU155
	jmp	*%rax	# gotovar.416_1338
.LVL26:
.L15:
.L16:
	.loc 2 41 1 is_stmt 1 discriminator 2 view .LVU156
.LBE12:
	.loc 2 43 1 discriminator 2 view .LVU157
.LBB13:
	.loc 2 43 1 discriminator 2 view .LVU158
	.loc 2 43 1 discriminator 2 view .LVU159
	.loc 2 43 1 discriminator 2 view .LVU160
	.loc 2 43 1 discriminator 2 view .LVU161
	.loc 2 43 1 discriminator 2 view .LVU162
	.loc 2 43 1 discriminator 2 view .LVU163
	.loc 2 43 1 discriminator 2 view .LVU164
	.loc 2 43 1 discriminator 2 view .LVU165
	.loc 2 43 1 discriminator 2 view .LVU166
	leaq	8(%rdi), %rax	#, tmp1520
	cmpq	%rax, %rbp	# tmp1520, sp
	jb	.L696	#,
	.loc 2 43 1 discriminator 9 view .LVU167
	.loc 2 43 1 discriminator 9 view .LVU168
	.loc 2 43 1 discriminator 9 view .LVU169
	.loc 2 43 1 discriminator 9 view .LVU170
	.loc 2 43 1 discriminator 9 view .LVU171
	leaq	32760(%rdi), %rax	#, tmp1527
	cmpq	%rbp, %rax	# sp, tmp1527
	jb	.L697	#,
	.loc 2 43 1 discriminator 16 view .LVU172
	.loc 2 43 1 discriminator 16 view .LVU173
	.loc 2 43 1 discriminator 16 view .LVU174
	.loc 2 43 1 discriminator 16 view .LVU175
	.loc 2 43 1 discriminator 16 view .LVU176
	.loc 2 43 1 discriminator 16 view .LVU177
	.loc 2 43 1 discriminator 16 view .LVU178
	.loc 2 44 5 discriminator 16 view .LVU179
	.loc 2 44 5 discriminator 16 view .LVU180
	.loc 2 44 5 discriminator 16 view .LVU181
	.loc 2 44 5 discriminator 16 view .LVU182
.LVL27:
	.loc 2 44 5 discriminator 16 view .LVU183
	.loc 2 45 1 discriminator 16 view .LVU184
	.loc 2 45 1 discriminator 16 view .LVU185
	.loc 2 45 1 discriminator 16 view .LVU186
	.loc 2 45 1 discriminator 16 view .LVU187
	.loc 2 45 1 discriminator 16 view .LVU188
	movq	0(%rbp), %rax	# *sp_1608, *sp_1608
	addq	$8, %rbx	#, vpc
.LVL28:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 is_stmt 0 discriminator 16 view .LVU189
	addq	$8, %rbp	#, sp
.LVL29:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 16 view .LVU190
	movq	%rax, 0(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + 8B]
	.loc 2 45 1 is_stmt 1 discriminator 16 view .LVU191
.LVL30:
.LDL4:
	.loc 2 45 1 discriminator 16 view .LVU192
	.loc 2 45 1 discriminator 16 view .LVU193
	.loc 2 45 1 is_stmt 0 discriminator 16 view .LVU194
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL31:
	.loc 2 45 1 discriminator 16 view .LVU195
	jmp	*%rax	# gotovar.416_1338
.LVL32:
.L19:
.L20:
	.loc 2 45 1 is_stmt 1 discriminator 2 view .LVU196
.LBE13:
	.loc 2 47 1 discriminator 2 view .LVU197
.LBB14:
	.loc 2 47 1 discriminator 2 view .LVU198
	.loc 2 47 1 discriminator 2 view .LVU199
	.loc 2 47 1 discriminator 2 view .LVU200
	.loc 2 47 1 discriminator 2 view .LVU201
	leaq	16(%rdi), %rax	#, tmp1536
	movq	0(%rbp), %rdx	# *sp_1608, tos
.LVL33:
	.loc 2 47 1 discriminator 2 view .LVU202
	.loc 2 47 1 discriminator 2 view .LVU203
	.loc 2 47 1 discriminator 2 view .LVU204
	.loc 2 47 1 discriminator 2 view .LVU205
	.loc 2 47 1 discriminator 2 view .LVU206
	cmpq	%rax, %rbp	# tmp1536, sp
	jb	.L698	#,
	.loc 2 47 1 discriminator 16 view .LVU207
	.loc 2 47 1 discriminator 16 view .LVU208
	.loc 2 47 1 discriminator 16 view .LVU209
	.loc 2 47 1 discriminator 16 view .LVU210
	.loc 2 47 1 discriminator 16 view .LVU211
	.loc 2 47 1 discriminator 16 view .LVU212
	.loc 2 47 1 discriminator 16 view .LVU213
	.loc 2 47 1 discriminator 16 view .LVU214
	.loc 2 47 1 discriminator 16 view .LVU215
	.loc 2 47 1 discriminator 16 view .LVU216
.LBB15:
	.loc 2 48 7 discriminator 16 view .LVU217
.LVL34:
	.loc 2 48 22 discriminator 16 view .LVU218
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 16 view .LVU219
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL35:
	.loc 2 48 35 is_stmt 1 discriminator 16 view .LVU220
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 16 view .LVU221
	movq	%rdx, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LBE15:
	.loc 2 49 1 is_stmt 1 discriminator 16 view .LVU222
	.loc 2 49 1 discriminator 16 view .LVU223
	.loc 2 49 1 discriminator 16 view .LVU224
	.loc 2 49 1 discriminator 16 view .LVU225
	.loc 2 49 1 discriminator 16 view .LVU226
	addq	$8, %rbx	#, vpc
.LVL36:
	.loc 2 49 1 is_stmt 0 discriminator 16 view .LVU227
	movq	%rax, 0(%rbp)	# tos, *sp_1608
	.loc 2 49 1 is_stmt 1 discriminator 16 view .LVU228
.LVL37:
.LDL5:
	.loc 2 49 1 discriminator 16 view .LVU229
	.loc 2 49 1 discriminator 16 view .LVU230
	.loc 2 49 1 is_stmt 0 discriminator 16 view .LVU231
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL38:
	.loc 2 49 1 discriminator 16 view .LVU232
	jmp	*%rax	# gotovar.416_1338
.LVL39:
.L22:
.L23:
	.loc 2 49 1 is_stmt 1 discriminator 2 view .LVU233
.LBE14:
	.loc 2 51 1 discriminator 2 view .LVU234
.LBB16:
	.loc 2 51 1 discriminator 2 view .LVU235
	.loc 2 51 1 discriminator 2 view .LVU236
	.loc 2 51 1 discriminator 2 view .LVU237
	.loc 2 51 1 discriminator 2 view .LVU238
	.loc 2 51 1 discriminator 2 view .LVU239
	.loc 2 51 1 discriminator 2 view .LVU240
	.loc 2 51 1 discriminator 2 view .LVU241
	.loc 2 51 1 discriminator 2 view .LVU242
	.loc 2 51 1 discriminator 2 view .LVU243
	leaq	16(%rdi), %rax	#, tmp1544
	cmpq	%rax, %rbp	# tmp1544, sp
	jb	.L699	#,
	.loc 2 51 1 discriminator 9 view .LVU244
	.loc 2 51 1 discriminator 9 view .LVU245
	.loc 2 51 1 discriminator 9 view .LVU246
	.loc 2 51 1 discriminator 9 view .LVU247
	.loc 2 51 1 discriminator 9 view .LVU248
	leaq	32760(%rdi), %rax	#, tmp1551
	cmpq	%rbp, %rax	# sp, tmp1551
	jb	.L700	#,
	.loc 2 51 1 discriminator 16 view .LVU249
	.loc 2 51 1 discriminator 16 view .LVU250
	.loc 2 51 1 discriminator 16 view .LVU251
	.loc 2 51 1 discriminator 16 view .LVU252
	.loc 2 51 1 discriminator 16 view .LVU253
	.loc 2 51 1 discriminator 16 view .LVU254
	.loc 2 51 1 discriminator 16 view .LVU255
	.loc 2 52 5 discriminator 16 view .LVU256
	.loc 2 52 5 discriminator 16 view .LVU257
	.loc 2 52 5 discriminator 16 view .LVU258
.LVL40:
	.loc 2 52 5 discriminator 16 view .LVU259
	.loc 2 52 5 discriminator 16 view .LVU260
	.loc 2 53 1 discriminator 16 view .LVU261
	.loc 2 53 1 discriminator 16 view .LVU262
	.loc 2 53 1 discriminator 16 view .LVU263
	.loc 2 53 1 discriminator 16 view .LVU264
	.loc 2 53 1 discriminator 16 view .LVU265
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
	addq	$8, %rbx	#, vpc
.LVL41:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 is_stmt 0 discriminator 16 view .LVU266
	addq	$8, %rbp	#, sp
.LVL42:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 16 view .LVU267
	movq	%rax, 0(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + 8B]
	.loc 2 53 1 is_stmt 1 discriminator 16 view .LVU268
.LVL43:
.LDL6:
	.loc 2 53 1 discriminator 16 view .LVU269
	.loc 2 53 1 discriminator 16 view .LVU270
	.loc 2 53 1 is_stmt 0 discriminator 16 view .LVU271
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL44:
	.loc 2 53 1 discriminator 16 view .LVU272
	jmp	*%rax	# gotovar.416_1338
.LVL45:
.L29:
.L30:
	.loc 2 53 1 discriminator 16 view .LVU273
.LBE16:
.LBB17:
	.loc 2 57 1 is_stmt 1 discriminator 2 view .LVU274
.LBE17:
	.loc 2 63 1 discriminator 2 view .LVU275
.LBB20:
	.loc 2 63 1 discriminator 2 view .LVU276
	.loc 2 63 1 discriminator 2 view .LVU277
	.loc 2 63 1 discriminator 2 view .LVU278
	.loc 2 63 1 discriminator 2 view .LVU279
	leaq	16(%rdi), %rdx	#, tmp1569
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL46:
	.loc 2 63 1 discriminator 2 view .LVU280
	.loc 2 63 1 discriminator 2 view .LVU281
	.loc 2 63 1 discriminator 2 view .LVU282
	.loc 2 63 1 discriminator 2 view .LVU283
	.loc 2 63 1 discriminator 2 view .LVU284
	cmpq	%rdx, %rbp	# tmp1569, sp
	jb	.L701	#,
	.loc 2 63 1 discriminator 16 view .LVU285
	.loc 2 63 1 discriminator 16 view .LVU286
	.loc 2 63 1 discriminator 16 view .LVU287
	.loc 2 63 1 discriminator 16 view .LVU288
	.loc 2 63 1 discriminator 16 view .LVU289
	.loc 2 63 1 discriminator 16 view .LVU290
	.loc 2 63 1 discriminator 16 view .LVU291
	.loc 2 63 1 discriminator 16 view .LVU292
	.loc 2 63 1 discriminator 16 view .LVU293
	.loc 2 63 1 discriminator 16 view .LVU294
	.loc 2 63 16 discriminator 16 view .LVU295
.LBB21:
	.loc 2 63 16 discriminator 16 view .LVU296
.LVL47:
	.loc 2 63 16 discriminator 16 view .LVU297
	.loc 2 63 16 discriminator 16 view .LVU298
	.loc 2 63 16 discriminator 16 view .LVU299
	.loc 2 63 16 discriminator 16 view .LVU300
	.loc 2 63 16 is_stmt 0 discriminator 16 view .LVU301
.LBE21:
	.loc 2 63 16 is_stmt 1 discriminator 16 view .LVU302
	.loc 2 63 54 discriminator 16 view .LVU303
	.loc 2 63 54 discriminator 16 view .LVU304
	.loc 2 63 54 discriminator 16 view .LVU305
	.loc 2 63 54 discriminator 16 view .LVU306
	.loc 2 63 54 discriminator 16 view .LVU307
	addq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL48:
	.loc 2 63 54 discriminator 16 view .LVU308
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL49:
.LBB22:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 is_stmt 0 discriminator 16 view .LVU309
	subq	$8, %rbp	#, sp
.LVL50:
	.loc 2 63 16 discriminator 16 view .LVU310
.LBE22:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 16 view .LVU311
	addq	$8, %rbx	#, vpc
.LVL51:
	.loc 2 63 54 discriminator 16 view .LVU312
.LVL52:
.LDL7:
	.loc 2 63 54 is_stmt 1 discriminator 16 view .LVU313
	.loc 2 63 54 discriminator 16 view .LVU314
	.loc 2 63 54 is_stmt 0 discriminator 16 view .LVU315
	jmp	*%rax	# gotovar.416_1338
.LVL53:
.L32:
.L33:
	.loc 2 63 54 is_stmt 1 discriminator 2 view .LVU316
.LBE20:
	.loc 2 64 1 discriminator 2 view .LVU317
.LBB23:
	.loc 2 64 1 discriminator 2 view .LVU318
	.loc 2 64 1 discriminator 2 view .LVU319
	.loc 2 64 1 discriminator 2 view .LVU320
	.loc 2 64 1 discriminator 2 view .LVU321
	leaq	16(%rdi), %rdx	#, tmp1578
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL54:
	.loc 2 64 1 discriminator 2 view .LVU322
	.loc 2 64 1 discriminator 2 view .LVU323
	.loc 2 64 1 discriminator 2 view .LVU324
	.loc 2 64 1 discriminator 2 view .LVU325
	.loc 2 64 1 discriminator 2 view .LVU326
	cmpq	%rdx, %rbp	# tmp1578, sp
	jb	.L702	#,
	.loc 2 64 1 discriminator 16 view .LVU327
	.loc 2 64 1 discriminator 16 view .LVU328
	.loc 2 64 1 discriminator 16 view .LVU329
	.loc 2 64 1 discriminator 16 view .LVU330
	.loc 2 64 1 discriminator 16 view .LVU331
	.loc 2 64 1 discriminator 16 view .LVU332
	.loc 2 64 1 discriminator 16 view .LVU333
	.loc 2 64 1 discriminator 16 view .LVU334
	.loc 2 64 1 discriminator 16 view .LVU335
	.loc 2 64 1 discriminator 16 view .LVU336
	.loc 2 64 16 discriminator 16 view .LVU337
.LBB24:
	.loc 2 64 16 discriminator 16 view .LVU338
.LVL55:
	.loc 2 64 16 discriminator 16 view .LVU339
	.loc 2 64 16 discriminator 16 view .LVU340
	.loc 2 64 16 discriminator 16 view .LVU341
	.loc 2 64 16 discriminator 16 view .LVU342
	.loc 2 64 16 is_stmt 0 discriminator 16 view .LVU343
.LBE24:
	.loc 2 64 16 is_stmt 1 discriminator 16 view .LVU344
	.loc 2 64 54 discriminator 16 view .LVU345
	.loc 2 64 54 discriminator 16 view .LVU346
	.loc 2 64 54 discriminator 16 view .LVU347
	.loc 2 64 54 discriminator 16 view .LVU348
	.loc 2 64 54 discriminator 16 view .LVU349
	subq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL56:
	.loc 2 64 54 discriminator 16 view .LVU350
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL57:
.LBB25:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 is_stmt 0 discriminator 16 view .LVU351
	subq	$8, %rbp	#, sp
.LVL58:
	.loc 2 64 16 discriminator 16 view .LVU352
.LBE25:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 16 view .LVU353
	addq	$8, %rbx	#, vpc
.LVL59:
	.loc 2 64 54 discriminator 16 view .LVU354
.LVL60:
.LDL8:
	.loc 2 64 54 is_stmt 1 discriminator 16 view .LVU355
	.loc 2 64 54 discriminator 16 view .LVU356
	.loc 2 64 54 is_stmt 0 discriminator 16 view .LVU357
	jmp	*%rax	# gotovar.416_1338
.LVL61:
.L26:
.L27:
	.loc 2 64 54 discriminator 16 view .LVU358
.LBE23:
.LBB26:
	.loc 2 53 1 is_stmt 1 discriminator 2 view .LVU359
.LBE26:
	.loc 2 55 1 discriminator 2 view .LVU360
.LBB27:
	.loc 2 55 1 discriminator 2 view .LVU361
	.loc 2 55 1 discriminator 2 view .LVU362
	.loc 2 55 1 discriminator 2 view .LVU363
	.loc 2 55 1 discriminator 2 view .LVU364
	leaq	24(%rdi), %rax	#, tmp1560
	movq	0(%rbp), %rdx	# *sp_1608, tos
.LVL62:
	.loc 2 55 1 discriminator 2 view .LVU365
	.loc 2 55 1 discriminator 2 view .LVU366
	.loc 2 55 1 discriminator 2 view .LVU367
	.loc 2 55 1 discriminator 2 view .LVU368
	.loc 2 55 1 discriminator 2 view .LVU369
	cmpq	%rax, %rbp	# tmp1560, sp
	jb	.L703	#,
	.loc 2 55 1 discriminator 16 view .LVU370
	.loc 2 55 1 discriminator 16 view .LVU371
	.loc 2 55 1 discriminator 16 view .LVU372
	.loc 2 55 1 discriminator 16 view .LVU373
	.loc 2 55 1 discriminator 16 view .LVU374
	.loc 2 55 1 discriminator 16 view .LVU375
	.loc 2 55 1 discriminator 16 view .LVU376
	.loc 2 55 1 discriminator 16 view .LVU377
	.loc 2 55 1 discriminator 16 view .LVU378
	.loc 2 55 1 discriminator 16 view .LVU379
.LBB18:
	.loc 2 56 7 discriminator 16 view .LVU380
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 16 view .LVU381
	movq	-16(%rbp), %rax	# MEM[(cell *)sp_1608 + -16B], a
.LVL63:
	.loc 2 56 22 is_stmt 1 discriminator 16 view .LVU382
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 16 view .LVU383
	movq	-8(%rbp), %rcx	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 discriminator 16 view .LVU384
	movq	%rdx, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LBE18:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 16 view .LVU385
	addq	$8, %rbx	#, vpc
.LVL64:
	.loc 2 57 1 discriminator 16 view .LVU386
.LBB19:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 16 view .LVU387
	movq	%rcx, -16(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -16B]
	.loc 2 56 35 is_stmt 1 discriminator 16 view .LVU388
	.loc 2 56 48 discriminator 16 view .LVU389
.LVL65:
	.loc 2 56 48 is_stmt 0 discriminator 16 view .LVU390
.LBE19:
	.loc 2 57 1 is_stmt 1 discriminator 16 view .LVU391
	.loc 2 57 1 discriminator 16 view .LVU392
	.loc 2 57 1 discriminator 16 view .LVU393
	.loc 2 57 1 discriminator 16 view .LVU394
	.loc 2 57 1 discriminator 16 view .LVU395
	movq	%rax, 0(%rbp)	# a, *sp_1608
	.loc 2 57 1 discriminator 16 view .LVU396
.LVL66:
.LDL9:
	.loc 2 57 1 discriminator 16 view .LVU397
	.loc 2 57 1 discriminator 16 view .LVU398
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL67:
	.loc 2 57 1 is_stmt 0 discriminator 16 view .LVU399
	jmp	*%rax	# gotovar.416_1338
.LVL68:
.L35:
.L36:
	.loc 2 57 1 discriminator 16 view .LVU400
.LBE27:
.LBB28:
	.loc 2 64 54 is_stmt 1 discriminator 2 view .LVU401
.LBE28:
	.loc 2 65 1 discriminator 2 view .LVU402
.LBB29:
	.loc 2 65 1 discriminator 2 view .LVU403
	.loc 2 65 1 discriminator 2 view .LVU404
	.loc 2 65 1 discriminator 2 view .LVU405
	.loc 2 65 1 discriminator 2 view .LVU406
	leaq	16(%rdi), %rdx	#, tmp1587
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL69:
	.loc 2 65 1 discriminator 2 view .LVU407
	.loc 2 65 1 discriminator 2 view .LVU408
	.loc 2 65 1 discriminator 2 view .LVU409
	.loc 2 65 1 discriminator 2 view .LVU410
	.loc 2 65 1 discriminator 2 view .LVU411
	cmpq	%rdx, %rbp	# tmp1587, sp
	jb	.L704	#,
	.loc 2 65 1 discriminator 16 view .LVU412
	.loc 2 65 1 discriminator 16 view .LVU413
	.loc 2 65 1 discriminator 16 view .LVU414
	.loc 2 65 1 discriminator 16 view .LVU415
	.loc 2 65 1 discriminator 16 view .LVU416
	.loc 2 65 1 discriminator 16 view .LVU417
	.loc 2 65 1 discriminator 16 view .LVU418
	.loc 2 65 1 discriminator 16 view .LVU419
	.loc 2 65 1 discriminator 16 view .LVU420
	.loc 2 65 1 discriminator 16 view .LVU421
	.loc 2 65 16 discriminator 16 view .LVU422
.LBB30:
	.loc 2 65 16 discriminator 16 view .LVU423
.LVL70:
	.loc 2 65 16 discriminator 16 view .LVU424
	.loc 2 65 16 discriminator 16 view .LVU425
	.loc 2 65 16 discriminator 16 view .LVU426
	.loc 2 65 16 discriminator 16 view .LVU427
	imulq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], _118
.LVL71:
	.loc 2 65 16 is_stmt 0 discriminator 16 view .LVU428
.LBE30:
	.loc 2 65 16 is_stmt 1 discriminator 16 view .LVU429
	.loc 2 65 54 discriminator 16 view .LVU430
	.loc 2 65 54 discriminator 16 view .LVU431
	.loc 2 65 54 discriminator 16 view .LVU432
	.loc 2 65 54 discriminator 16 view .LVU433
	.loc 2 65 54 discriminator 16 view .LVU434
	addq	$8, %rbx	#, vpc
.LVL72:
.LBB31:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 is_stmt 0 discriminator 16 view .LVU435
	subq	$8, %rbp	#, sp
.LVL73:
	.loc 2 65 16 discriminator 16 view .LVU436
.LBE31:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 discriminator 16 view .LVU437
	movq	%rax, 0(%rbp)	# _118, MEM[(cell *)sp_1608 + -8B]
.LVL74:
	.loc 2 65 54 is_stmt 1 discriminator 16 view .LVU438
.LDL10:
	.loc 2 65 54 discriminator 16 view .LVU439
	.loc 2 65 54 discriminator 16 view .LVU440
	.loc 2 65 54 is_stmt 0 discriminator 16 view .LVU441
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL75:
	.loc 2 65 54 discriminator 16 view .LVU442
	jmp	*%rax	# gotovar.416_1338
.LVL76:
.L88:
.L89:
.L90:
	.loc 2 65 54 discriminator 16 view .LVU443
.LBE29:
.LBB32:
	.loc 2 100 33 is_stmt 1 discriminator 16 view .LVU444
.LBE32:
	.loc 2 103 1 discriminator 16 view .LVU445
.LBB36:
	.loc 2 103 1 discriminator 16 view .LVU446
	.loc 2 103 1 discriminator 16 view .LVU447
	.loc 2 103 1 discriminator 16 view .LVU448
	.loc 2 103 1 discriminator 16 view .LVU449
	.loc 2 103 1 discriminator 16 view .LVU450
	.loc 2 103 1 discriminator 16 view .LVU451
	.loc 2 103 1 discriminator 16 view .LVU452
	.loc 2 103 1 discriminator 16 view .LVU453
	.loc 2 103 1 discriminator 16 view .LVU454
	.loc 2 103 1 discriminator 16 view .LVU455
	.loc 2 103 1 discriminator 16 view .LVU456
	.loc 2 103 1 discriminator 16 view .LVU457
	.loc 2 103 1 discriminator 16 view .LVU458
	.loc 2 103 1 discriminator 16 view .LVU459
	.loc 2 103 1 discriminator 16 view .LVU460
	.loc 2 103 1 discriminator 16 view .LVU461
	.loc 2 104 5 discriminator 16 view .LVU462
	.loc 2 104 5 discriminator 16 view .LVU463
	.loc 2 104 5 discriminator 16 view .LVU464
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L705	#,
	.loc 2 104 5 discriminator 2 view .LVU465
	.loc 2 104 5 discriminator 2 view .LVU466
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL77:
	.loc 2 104 5 discriminator 2 view .LVU467
	.loc 2 104 5 discriminator 2 view .LVU468
	.loc 2 104 5 discriminator 2 view .LVU469
	.loc 2 104 5 discriminator 2 view .LVU470
	.loc 2 104 5 discriminator 2 view .LVU471
	.loc 2 104 5 discriminator 2 view .LVU472
.LVL78:
.LDL11:
	.loc 2 104 5 discriminator 2 view .LVU473
	.loc 2 104 5 discriminator 2 view .LVU474
	leaq	8(%rax), %rbx	#, vpc
.LVL79:
	.loc 2 104 5 is_stmt 0 discriminator 2 view .LVU475
	jmp	*(%rax)	# vpc_1864->code
.LVL80:
.L64:
.L65:
	.loc 2 104 5 discriminator 2 view .LVU476
.LBE36:
.LBB37:
	.loc 2 90 32 is_stmt 1 discriminator 2 view .LVU477
.LBE37:
	.loc 2 91 1 discriminator 2 view .LVU478
.LBB41:
	.loc 2 91 1 discriminator 2 view .LVU479
	.loc 2 91 1 discriminator 2 view .LVU480
	.loc 2 91 1 discriminator 2 view .LVU481
	.loc 2 91 1 discriminator 2 view .LVU482
	leaq	16(%rdi), %rax	#, tmp1664
	movq	0(%rbp), %rcx	# *sp_1608, tos
.LVL81:
	.loc 2 91 1 discriminator 2 view .LVU483
	.loc 2 91 1 discriminator 2 view .LVU484
	.loc 2 91 1 discriminator 2 view .LVU485
	.loc 2 91 1 discriminator 2 view .LVU486
	.loc 2 91 1 discriminator 2 view .LVU487
	cmpq	%rax, %rbp	# tmp1664, sp
	jb	.L706	#,
	.loc 2 91 1 discriminator 16 view .LVU488
	.loc 2 91 1 discriminator 16 view .LVU489
	.loc 2 91 1 discriminator 16 view .LVU490
	.loc 2 91 1 discriminator 16 view .LVU491
	.loc 2 91 1 discriminator 16 view .LVU492
	.loc 2 91 1 discriminator 16 view .LVU493
	.loc 2 91 1 discriminator 16 view .LVU494
	.loc 2 91 1 discriminator 16 view .LVU495
	.loc 2 91 1 discriminator 16 view .LVU496
	.loc 2 91 1 discriminator 16 view .LVU497
	.loc 2 91 16 discriminator 16 view .LVU498
.LBB42:
	.loc 2 91 16 discriminator 16 view .LVU499
.LVL82:
	.loc 2 91 16 discriminator 16 view .LVU500
	.loc 2 91 16 discriminator 16 view .LVU501
	.loc 2 91 16 discriminator 16 view .LVU502
	.loc 2 91 16 discriminator 16 view .LVU503
	.loc 2 91 16 is_stmt 0 discriminator 16 view .LVU504
.LBE42:
	.loc 2 91 16 is_stmt 1 discriminator 16 view .LVU505
	.loc 2 91 55 discriminator 16 view .LVU506
	.loc 2 91 55 discriminator 16 view .LVU507
	.loc 2 91 55 discriminator 16 view .LVU508
	.loc 2 91 55 discriminator 16 view .LVU509
	.loc 2 91 55 discriminator 16 view .LVU510
	salq	%cl, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL83:
	.loc 2 91 55 discriminator 16 view .LVU511
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB43:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 is_stmt 0 discriminator 16 view .LVU512
	subq	$8, %rbp	#, sp
.LVL84:
	.loc 2 91 16 discriminator 16 view .LVU513
.LBE43:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 16 view .LVU514
	addq	$8, %rbx	#, vpc
.LVL85:
	.loc 2 91 55 discriminator 16 view .LVU515
.LVL86:
.LDL12:
	.loc 2 91 55 is_stmt 1 discriminator 16 view .LVU516
	.loc 2 91 55 discriminator 16 view .LVU517
	.loc 2 91 55 is_stmt 0 discriminator 16 view .LVU518
	jmp	*%rax	# gotovar.416_1338
.LVL87:
.L125:
.L126:
.L127:
	.loc 2 91 55 discriminator 16 view .LVU519
.LBE41:
.LBB44:
	.loc 2 142 1 is_stmt 1 discriminator 16 view .LVU520
.LBE44:
	.loc 2 144 1 discriminator 16 view .LVU521
.LBB45:
	.loc 2 144 1 discriminator 16 view .LVU522
	.loc 2 144 1 discriminator 16 view .LVU523
	.loc 2 144 1 discriminator 16 view .LVU524
	.loc 2 144 1 discriminator 16 view .LVU525
	.loc 2 144 1 discriminator 16 view .LVU526
	.loc 2 144 1 discriminator 16 view .LVU527
	.loc 2 144 1 discriminator 16 view .LVU528
	.loc 2 144 1 discriminator 16 view .LVU529
	.loc 2 144 1 discriminator 16 view .LVU530
	.loc 2 144 1 discriminator 16 view .LVU531
	.loc 2 144 1 discriminator 16 view .LVU532
	.loc 2 144 1 discriminator 16 view .LVU533
	.loc 2 144 1 discriminator 16 view .LVU534
	.loc 2 144 1 discriminator 16 view .LVU535
	.loc 2 144 1 discriminator 16 view .LVU536
	.loc 2 144 1 discriminator 16 view .LVU537
	.loc 2 145 5 discriminator 16 view .LVU538
	.loc 2 145 5 discriminator 16 view .LVU539
	.loc 2 145 5 discriminator 16 view .LVU540
	.loc 2 145 5 discriminator 16 view .LVU541
	.loc 2 145 5 discriminator 16 view .LVU542
.LBE45:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 discriminator 16 view .LVU543
	leaq	-8(%rbx), %rax	#, tmp1848
.LBB46:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 16 view .LVU544
	xorl	%esi, %esi	# arg
.LBE46:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 discriminator 16 view .LVU545
	subq	%r14, %rax	# slots, tmp1849
	sarq	$3, %rax	#, tmp1851
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 discriminator 16 view .LVU546
	movl	0(%r13,%rax,4), %ecx	# *_2318, pretmp_2342
.LBB47:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 16 view .LVU547
	xorl	%eax, %eax	# st
	jmp	.L11	#
.LVL88:
.L52:
.L53:
	.loc 2 145 5 discriminator 16 view .LVU548
.LBE47:
.LBB48:
	.loc 2 82 1 is_stmt 1 discriminator 2 view .LVU549
.LBE48:
	.loc 2 84 1 discriminator 2 view .LVU550
.LBB49:
	.loc 2 84 1 discriminator 2 view .LVU551
	.loc 2 84 1 discriminator 2 view .LVU552
	.loc 2 84 1 discriminator 2 view .LVU553
	.loc 2 84 1 discriminator 2 view .LVU554
	leaq	8(%rdi), %rdx	#, tmp1631
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL89:
	.loc 2 84 1 discriminator 2 view .LVU555
	.loc 2 84 1 discriminator 2 view .LVU556
	.loc 2 84 1 discriminator 2 view .LVU557
	.loc 2 84 1 discriminator 2 view .LVU558
	.loc 2 84 1 discriminator 2 view .LVU559
	cmpq	%rdx, %rbp	# tmp1631, sp
	jb	.L707	#,
	.loc 2 84 1 discriminator 16 view .LVU560
	.loc 2 84 1 discriminator 16 view .LVU561
	.loc 2 84 1 discriminator 16 view .LVU562
	.loc 2 84 1 discriminator 16 view .LVU563
	.loc 2 84 1 discriminator 16 view .LVU564
	.loc 2 84 1 discriminator 16 view .LVU565
	.loc 2 84 1 discriminator 16 view .LVU566
	.loc 2 84 1 discriminator 16 view .LVU567
	.loc 2 84 1 discriminator 16 view .LVU568
	.loc 2 84 1 discriminator 16 view .LVU569
	.loc 2 85 5 discriminator 16 view .LVU570
.LVL90:
	.loc 2 86 1 discriminator 16 view .LVU571
	.loc 2 86 1 discriminator 16 view .LVU572
	.loc 2 86 1 discriminator 16 view .LVU573
	.loc 2 86 1 discriminator 16 view .LVU574
	.loc 2 86 1 discriminator 16 view .LVU575
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 is_stmt 0 discriminator 16 view .LVU576
	notq	%rax	# tmp1638
.LVL91:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 discriminator 16 view .LVU577
	addq	$8, %rbx	#, vpc
.LVL92:
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 discriminator 16 view .LVU578
	movq	%rax, 0(%rbp)	# tmp1638, *sp_1608
	.loc 2 86 1 is_stmt 1 discriminator 16 view .LVU579
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL93:
	.loc 2 86 1 is_stmt 0 discriminator 16 view .LVU580
.LVL94:
.LDL13:
	.loc 2 86 1 is_stmt 1 discriminator 16 view .LVU581
	.loc 2 86 1 discriminator 16 view .LVU582
	.loc 2 86 1 is_stmt 0 discriminator 16 view .LVU583
	jmp	*%rax	# gotovar.416_1338
.LVL95:
.L55:
.L56:
	.loc 2 86 1 is_stmt 1 discriminator 2 view .LVU584
.LBE49:
	.loc 2 88 1 discriminator 2 view .LVU585
.LBB50:
	.loc 2 88 1 discriminator 2 view .LVU586
	.loc 2 88 1 discriminator 2 view .LVU587
	.loc 2 88 1 discriminator 2 view .LVU588
	.loc 2 88 1 discriminator 2 view .LVU589
	leaq	16(%rdi), %rdx	#, tmp1640
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL96:
	.loc 2 88 1 discriminator 2 view .LVU590
	.loc 2 88 1 discriminator 2 view .LVU591
	.loc 2 88 1 discriminator 2 view .LVU592
	.loc 2 88 1 discriminator 2 view .LVU593
	.loc 2 88 1 discriminator 2 view .LVU594
	cmpq	%rdx, %rbp	# tmp1640, sp
	jb	.L708	#,
	.loc 2 88 1 discriminator 16 view .LVU595
	.loc 2 88 1 discriminator 16 view .LVU596
	.loc 2 88 1 discriminator 16 view .LVU597
	.loc 2 88 1 discriminator 16 view .LVU598
	.loc 2 88 1 discriminator 16 view .LVU599
	.loc 2 88 1 discriminator 16 view .LVU600
	.loc 2 88 1 discriminator 16 view .LVU601
	.loc 2 88 1 discriminator 16 view .LVU602
	.loc 2 88 1 discriminator 16 view .LVU603
	.loc 2 88 1 discriminator 16 view .LVU604
	.loc 2 88 16 discriminator 16 view .LVU605
.LBB51:
	.loc 2 88 16 discriminator 16 view .LVU606
.LVL97:
	.loc 2 88 16 discriminator 16 view .LVU607
	.loc 2 88 16 discriminator 16 view .LVU608
	.loc 2 88 16 discriminator 16 view .LVU609
	.loc 2 88 16 discriminator 16 view .LVU610
	.loc 2 88 16 is_stmt 0 discriminator 16 view .LVU611
.LBE51:
	.loc 2 88 16 is_stmt 1 discriminator 16 view .LVU612
	.loc 2 88 32 discriminator 16 view .LVU613
	.loc 2 88 32 discriminator 16 view .LVU614
	.loc 2 88 32 discriminator 16 view .LVU615
	.loc 2 88 32 discriminator 16 view .LVU616
	.loc 2 88 32 discriminator 16 view .LVU617
.LBB52:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 16 view .LVU618
	andq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL98:
	.loc 2 88 16 discriminator 16 view .LVU619
.LBE52:
	.loc 2 88 32 is_stmt 1 discriminator 16 view .LVU620
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL99:
.LBB53:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 16 view .LVU621
	subq	$8, %rbp	#, sp
.LVL100:
	.loc 2 88 16 discriminator 16 view .LVU622
.LBE53:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 16 view .LVU623
	addq	$8, %rbx	#, vpc
.LVL101:
	.loc 2 88 32 discriminator 16 view .LVU624
.LVL102:
.LDL14:
	.loc 2 88 32 is_stmt 1 discriminator 16 view .LVU625
	.loc 2 88 32 discriminator 16 view .LVU626
	.loc 2 88 32 is_stmt 0 discriminator 16 view .LVU627
	jmp	*%rax	# gotovar.416_1338
.LVL103:
.L108:
.L109:
	.loc 2 88 32 discriminator 16 view .LVU628
.LBE50:
.LBB54:
	.loc 2 120 1 is_stmt 1 discriminator 14 view .LVU629
.LBE54:
	.loc 2 122 1 discriminator 14 view .LVU630
.LBB55:
	.loc 2 122 1 discriminator 14 view .LVU631
	.loc 2 122 1 discriminator 14 view .LVU632
	.loc 2 122 1 discriminator 14 view .LVU633
	.loc 2 122 1 discriminator 14 view .LVU634
	.loc 2 122 1 discriminator 14 view .LVU635
	.loc 2 122 1 discriminator 14 view .LVU636
	.loc 2 122 1 discriminator 14 view .LVU637
	.loc 2 122 1 discriminator 14 view .LVU638
	.loc 2 122 1 discriminator 14 view .LVU639
	.loc 2 122 1 discriminator 14 view .LVU640
	.loc 2 122 1 discriminator 14 view .LVU641
	.loc 2 122 1 discriminator 14 view .LVU642
	.loc 2 122 1 discriminator 14 view .LVU643
	.loc 2 122 1 discriminator 14 view .LVU644
	cmpq	%r9, %r10	# rsp, rsp
	je	.L709	#,
	.loc 2 122 1 discriminator 16 view .LVU645
	.loc 2 122 1 discriminator 16 view .LVU646
	.loc 2 123 5 discriminator 16 view .LVU647
.LBB56:
	.loc 2 123 5 discriminator 16 view .LVU648
	movq	(%rbx), %rdx	# vpc_1607(ab)->count, _384
	movq	-8(%r9), %rax	# MEM[(uintptr_t *)rsp_1606 + -8B], to_
	leaq	-8(%r9), %rcx	#, rsp
.LVL104:
.LDL15:
	.loc 2 123 5 discriminator 16 view .LVU649
	.loc 2 123 5 discriminator 16 view .LVU650
	.loc 2 123 5 discriminator 16 view .LVU651
	cmpq	%r8, %rdx	# budget, _384
	jg	.L710	#,
	.loc 2 123 5 discriminator 3 view .LVU652
	.loc 2 123 5 discriminator 3 view .LVU653
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__1831 + -24B].count, tmp1804
	leaq	8(%rax), %rbx	#, vpc
.LVL105:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU654
	movq	(%rax), %rax	# to__1831->code, gotovar.416_1338
.LVL106:
	.loc 2 123 5 discriminator 3 view .LVU655
	movq	%rcx, %r9	# rsp, rsp
	subq	%rdx, %r8	# _384, budget
.LVL107:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU656
	.loc 2 123 5 discriminator 3 view .LVU657
	.loc 2 123 5 discriminator 3 view .LVU658
	.loc 2 123 5 discriminator 3 view .LVU659
	.loc 2 123 5 discriminator 3 view .LVU660
	.loc 2 123 5 discriminator 3 view .LVU661
.LVL108:
.LDL16:
	.loc 2 123 5 discriminator 3 view .LVU662
	.loc 2 123 5 discriminator 3 view .LVU663
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU664
	jmp	*%rax	# gotovar.416_1338
.LVL109:
.L76:
.L77:
	.loc 2 123 5 discriminator 3 view .LVU665
.LBE56:
.LBE55:
.LBB59:
	.loc 2 96 33 is_stmt 1 discriminator 2 view .LVU666
.LBE59:
	.loc 2 97 1 discriminator 2 view .LVU667
.LBB63:
	.loc 2 97 1 discriminator 2 view .LVU668
	.loc 2 97 1 discriminator 2 view .LVU669
	.loc 2 97 1 discriminator 2 view .LVU670
	.loc 2 97 1 discriminator 2 view .LVU671
	leaq	16(%rdi), %rdx	#, tmp1702
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL110:
	.loc 2 97 1 discriminator 2 view .LVU672
	.loc 2 97 1 discriminator 2 view .LVU673
	.loc 2 97 1 discriminator 2 view .LVU674
	.loc 2 97 1 discriminator 2 view .LVU675
	.loc 2 97 1 discriminator 2 view .LVU676
	cmpq	%rdx, %rbp	# tmp1702, sp
	jb	.L711	#,
	.loc 2 97 1 discriminator 16 view .LVU677
	.loc 2 97 1 discriminator 16 view .LVU678
	.loc 2 97 1 discriminator 16 view .LVU679
	.loc 2 97 1 discriminator 16 view .LVU680
	.loc 2 97 1 discriminator 16 view .LVU681
	.loc 2 97 1 discriminator 16 view .LVU682
	.loc 2 97 1 discriminator 16 view .LVU683
	.loc 2 97 1 discriminator 16 view .LVU684
	.loc 2 97 1 discriminator 16 view .LVU685
	.loc 2 97 1 discriminator 16 view .LVU686
	.loc 2 97 16 discriminator 16 view .LVU687
.LBB64:
	.loc 2 97 16 discriminator 16 view .LVU688
.LVL111:
	.loc 2 97 16 discriminator 16 view .LVU689
	.loc 2 97 16 discriminator 16 view .LVU690
	.loc 2 97 16 discriminator 16 view .LVU691
	.loc 2 97 16 discriminator 16 view .LVU692
	cmpq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL112:
	.loc 2 97 16 is_stmt 0 discriminator 16 view .LVU693
.LBE64:
	.loc 2 97 16 is_stmt 1 discriminator 16 view .LVU694
	.loc 2 97 33 discriminator 16 view .LVU695
	.loc 2 97 33 discriminator 16 view .LVU696
	.loc 2 97 33 discriminator 16 view .LVU697
	.loc 2 97 33 discriminator 16 view .LVU698
	.loc 2 97 33 discriminator 16 view .LVU699
.LBB65:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 is_stmt 0 discriminator 16 view .LVU700
	setg	%al	#, _265
.LVL113:
	.loc 2 97 16 discriminator 16 view .LVU701
	subq	$8, %rbp	#, sp
.LVL114:
	.loc 2 97 16 discriminator 16 view .LVU702
.LBE65:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 16 view .LVU703
	addq	$8, %rbx	#, vpc
.LVL115:
.LBB66:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 16 view .LVU704
	movzbl	%al, %eax	# _265, _265
.LVL116:
	.loc 2 97 16 discriminator 16 view .LVU705
	movq	%rax, 0(%rbp)	# _265, MEM[(cell *)sp_1608 + -8B]
.LVL117:
	.loc 2 97 16 discriminator 16 view .LVU706
.LBE66:
	.loc 2 97 33 is_stmt 1 discriminator 16 view .LVU707
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL118:
	.loc 2 97 33 is_stmt 0 discriminator 16 view .LVU708
.LVL119:
.LDL17:
	.loc 2 97 33 is_stmt 1 discriminator 16 view .LVU709
	.loc 2 97 33 discriminator 16 view .LVU710
	.loc 2 97 33 is_stmt 0 discriminator 16 view .LVU711
	jmp	*%rax	# gotovar.416_1338
.LVL120:
.L79:
.L80:
	.loc 2 97 33 is_stmt 1 discriminator 2 view .LVU712
.LBE63:
	.loc 2 98 1 discriminator 2 view .LVU713
.LBB67:
	.loc 2 98 1 discriminator 2 view .LVU714
	.loc 2 98 1 discriminator 2 view .LVU715
	.loc 2 98 1 discriminator 2 view .LVU716
	.loc 2 98 1 discriminator 2 view .LVU717
	leaq	16(%rdi), %rdx	#, tmp1712
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL121:
	.loc 2 98 1 discriminator 2 view .LVU718
	.loc 2 98 1 discriminator 2 view .LVU719
	.loc 2 98 1 discriminator 2 view .LVU720
	.loc 2 98 1 discriminator 2 view .LVU721
	.loc 2 98 1 discriminator 2 view .LVU722
	cmpq	%rdx, %rbp	# tmp1712, sp
	jb	.L712	#,
	.loc 2 98 1 discriminator 16 view .LVU723
	.loc 2 98 1 discriminator 16 view .LVU724
	.loc 2 98 1 discriminator 16 view .LVU725
	.loc 2 98 1 discriminator 16 view .LVU726
	.loc 2 98 1 discriminator 16 view .LVU727
	.loc 2 98 1 discriminator 16 view .LVU728
	.loc 2 98 1 discriminator 16 view .LVU729
	.loc 2 98 1 discriminator 16 view .LVU730
	.loc 2 98 1 discriminator 16 view .LVU731
	.loc 2 98 1 discriminator 16 view .LVU732
	.loc 2 98 16 discriminator 16 view .LVU733
.LBB68:
	.loc 2 98 16 discriminator 16 view .LVU734
.LVL122:
	.loc 2 98 16 discriminator 16 view .LVU735
	.loc 2 98 16 discriminator 16 view .LVU736
	.loc 2 98 16 discriminator 16 view .LVU737
	.loc 2 98 16 discriminator 16 view .LVU738
	cmpq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL123:
	.loc 2 98 16 is_stmt 0 discriminator 16 view .LVU739
.LBE68:
	.loc 2 98 16 is_stmt 1 discriminator 16 view .LVU740
	.loc 2 98 33 discriminator 16 view .LVU741
	.loc 2 98 33 discriminator 16 view .LVU742
	.loc 2 98 33 discriminator 16 view .LVU743
	.loc 2 98 33 discriminator 16 view .LVU744
	.loc 2 98 33 discriminator 16 view .LVU745
.LBB69:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 is_stmt 0 discriminator 16 view .LVU746
	setge	%al	#, _277
.LVL124:
	.loc 2 98 16 discriminator 16 view .LVU747
	subq	$8, %rbp	#, sp
.LVL125:
	.loc 2 98 16 discriminator 16 view .LVU748
.LBE69:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 16 view .LVU749
	addq	$8, %rbx	#, vpc
.LVL126:
.LBB70:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 16 view .LVU750
	movzbl	%al, %eax	# _277, _277
.LVL127:
	.loc 2 98 16 discriminator 16 view .LVU751
	movq	%rax, 0(%rbp)	# _277, MEM[(cell *)sp_1608 + -8B]
.LVL128:
	.loc 2 98 16 discriminator 16 view .LVU752
.LBE70:
	.loc 2 98 33 is_stmt 1 discriminator 16 view .LVU753
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL129:
	.loc 2 98 33 is_stmt 0 discriminator 16 view .LVU754
.LVL130:
.LDL18:
	.loc 2 98 33 is_stmt 1 discriminator 16 view .LVU755
	.loc 2 98 33 discriminator 16 view .LVU756
	.loc 2 98 33 is_stmt 0 discriminator 16 view .LVU757
	jmp	*%rax	# gotovar.416_1338
.LVL131:
.L134:
.L135:
	.loc 2 98 33 discriminator 16 view .LVU758
.LBE67:
.LBB71:
	.loc 2 41 1 is_stmt 1 discriminator 18 view .LVU759
.LBE71:
	.loc 2 43 1 discriminator 18 view .LVU760
.LBB72:
	.loc 2 43 1 discriminator 18 view .LVU761
	.loc 2 43 1 discriminator 18 view .LVU762
	.loc 2 43 1 discriminator 18 view .LVU763
	.loc 2 43 1 discriminator 18 view .LVU764
	.loc 2 43 1 discriminator 18 view .LVU765
	.loc 2 43 1 discriminator 18 view .LVU766
	.loc 2 43 1 discriminator 18 view .LVU767
	.loc 2 43 1 discriminator 18 view .LVU768
	.loc 2 43 1 discriminator 18 view .LVU769
	.loc 2 44 5 discriminator 18 view .LVU770
	.loc 2 44 5 discriminator 18 view .LVU771
	.loc 2 44 5 discriminator 18 view .LVU772
	.loc 2 44 5 discriminator 18 view .LVU773
	.loc 2 44 5 discriminator 18 view .LVU774
	.loc 2 45 1 discriminator 18 view .LVU775
	.loc 2 45 1 discriminator 18 view .LVU776
	.loc 2 45 1 discriminator 18 view .LVU777
	.loc 2 45 1 discriminator 18 view .LVU778
	.loc 2 45 1 discriminator 18 view .LVU779
	movq	0(%rbp), %rax	# *sp_1608, *sp_1608
	addq	$8, %rbx	#, vpc
.LVL132:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 is_stmt 0 discriminator 18 view .LVU780
	addq	$8, %rbp	#, sp
.LVL133:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 18 view .LVU781
	movq	%rax, 0(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + 8B]
	.loc 2 45 1 is_stmt 1 discriminator 18 view .LVU782
.LVL134:
.LDL19:
	.loc 2 45 1 discriminator 18 view .LVU783
	.loc 2 45 1 discriminator 18 view .LVU784
	.loc 2 45 1 is_stmt 0 discriminator 18 view .LVU785
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL135:
	.loc 2 45 1 discriminator 18 view .LVU786
	jmp	*%rax	# gotovar.416_1338
.LVL136:
.L44:
.L45:
	.loc 2 45 1 discriminator 18 view .LVU787
.LBE72:
.LBB73:
	.loc 2 72 1 is_stmt 1 discriminator 2 view .LVU788
.LBE73:
	.loc 2 74 1 discriminator 2 view .LVU789
.LBB79:
	.loc 2 74 1 discriminator 2 view .LVU790
	.loc 2 74 1 discriminator 2 view .LVU791
	.loc 2 74 1 discriminator 2 view .LVU792
	.loc 2 74 1 discriminator 2 view .LVU793
	leaq	16(%rdi), %rax	#, tmp1609
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL137:
	.loc 2 74 1 discriminator 2 view .LVU794
	.loc 2 74 1 discriminator 2 view .LVU795
	.loc 2 74 1 discriminator 2 view .LVU796
	.loc 2 74 1 discriminator 2 view .LVU797
	.loc 2 74 1 discriminator 2 view .LVU798
	cmpq	%rax, %rbp	# tmp1609, sp
	jb	.L713	#,
	.loc 2 74 1 discriminator 16 view .LVU799
	.loc 2 74 1 discriminator 16 view .LVU800
	.loc 2 74 1 discriminator 16 view .LVU801
	.loc 2 74 1 discriminator 16 view .LVU802
	.loc 2 74 1 discriminator 16 view .LVU803
	.loc 2 74 1 discriminator 16 view .LVU804
	.loc 2 74 1 discriminator 16 view .LVU805
	.loc 2 74 1 discriminator 16 view .LVU806
	.loc 2 74 1 discriminator 16 view .LVU807
	.loc 2 74 1 discriminator 16 view .LVU808
	.loc 2 75 5 discriminator 16 view .LVU809
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 16 view .LVU810
	testq	%rsi, %rsi	# arg
	je	.L714	#,
	.loc 2 76 9 is_stmt 1 view .LVU811
	.loc 2 77 5 view .LVU812
.LBB80:
	.loc 2 77 5 view .LVU813
.LVL138:
	.loc 2 77 5 is_stmt 0 view .LVU814
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL139:
	.loc 2 77 5 is_stmt 1 view .LVU815
	.loc 2 77 5 view .LVU816
	.loc 2 77 5 view .LVU817
	leaq	-8(%rbp), %rcx	#, sp
.LVL140:
	.loc 2 77 5 view .LVU818
	xorl	%edx, %edx	# iftmp.20_1585
	cmpq	$-1, %rsi	#, arg
	je	.L48	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU819
	cqto
.LBE80:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 1 view .LVU820
	addq	$8, %rbx	#, vpc
.LVL141:
.LBB81:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 1 view .LVU821
	idivq	%rsi	# arg
.LVL142:
	.loc 2 77 5 discriminator 1 view .LVU822
.LBE81:
	.loc 2 77 5 is_stmt 1 discriminator 1 view .LVU823
	.loc 2 78 1 discriminator 1 view .LVU824
	.loc 2 78 1 discriminator 1 view .LVU825
	.loc 2 78 1 discriminator 1 view .LVU826
	.loc 2 78 1 discriminator 1 view .LVU827
	.loc 2 78 1 discriminator 1 view .LVU828
.LVL143:
	.loc 2 78 1 is_stmt 0 discriminator 1 view .LVU829
	movq	%rdx, -8(%rbp)	# iftmp.20_1585, MEM[(cell *)sp_1608 + -8B]
.LVL144:
	.loc 2 78 1 is_stmt 1 discriminator 1 view .LVU830
	.loc 2 78 1 discriminator 1 view .LVU831
	.loc 2 78 1 discriminator 1 view .LVU832
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL145:
.LBB82:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU833
	movq	%rcx, %rbp	# sp, sp
.LVL146:
	.loc 2 77 5 discriminator 1 view .LVU834
	jmp	*%rax	# gotovar.416_1338
.LVL147:
.L49:
.L50:
	.loc 2 77 5 discriminator 1 view .LVU835
.LBE82:
	.loc 2 78 1 is_stmt 1 discriminator 2 view .LVU836
.LBE79:
	.loc 2 80 1 discriminator 2 view .LVU837
.LBB84:
	.loc 2 80 1 discriminator 2 view .LVU838
	.loc 2 80 1 discriminator 2 view .LVU839
	.loc 2 80 1 discriminator 2 view .LVU840
	.loc 2 80 1 discriminator 2 view .LVU841
	leaq	8(%rdi), %rdx	#, tmp1623
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL148:
	.loc 2 80 1 discriminator 2 view .LVU842
	.loc 2 80 1 discriminator 2 view .LVU843
	.loc 2 80 1 discriminator 2 view .LVU844
	.loc 2 80 1 discriminator 2 view .LVU845
	.loc 2 80 1 discriminator 2 view .LVU846
	cmpq	%rdx, %rbp	# tmp1623, sp
	jb	.L715	#,
	.loc 2 80 1 discriminator 16 view .LVU847
	.loc 2 80 1 discriminator 16 view .LVU848
	.loc 2 80 1 discriminator 16 view .LVU849
	.loc 2 80 1 discriminator 16 view .LVU850
	.loc 2 80 1 discriminator 16 view .LVU851
	.loc 2 80 1 discriminator 16 view .LVU852
	.loc 2 80 1 discriminator 16 view .LVU853
	.loc 2 80 1 discriminator 16 view .LVU854
	.loc 2 80 1 discriminator 16 view .LVU855
	.loc 2 80 1 discriminator 16 view .LVU856
	.loc 2 81 5 discriminator 16 view .LVU857
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 16 view .LVU858
	negq	%rax	# _161
.LVL149:
	.loc 2 82 1 is_stmt 1 discriminator 16 view .LVU859
	.loc 2 82 1 discriminator 16 view .LVU860
	.loc 2 82 1 discriminator 16 view .LVU861
	.loc 2 82 1 discriminator 16 view .LVU862
	.loc 2 82 1 discriminator 16 view .LVU863
	addq	$8, %rbx	#, vpc
.LVL150:
	.loc 2 82 1 is_stmt 0 discriminator 16 view .LVU864
	movq	%rax, 0(%rbp)	# _161, *sp_1608
	.loc 2 82 1 is_stmt 1 discriminator 16 view .LVU865
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL151:
	.loc 2 82 1 is_stmt 0 discriminator 16 view .LVU866
.LVL152:
.LDL20:
	.loc 2 82 1 is_stmt 1 discriminator 16 view .LVU867
	.loc 2 82 1 discriminator 16 view .LVU868
	.loc 2 82 1 is_stmt 0 discriminator 16 view .LVU869
	jmp	*%rax	# gotovar.416_1338
.LVL153:
.L38:
.L39:
	.loc 2 82 1 discriminator 16 view .LVU870
.LBE84:
.LBB85:
	.loc 2 65 54 is_stmt 1 discriminator 2 view .LVU871
.LBE85:
	.loc 2 67 1 discriminator 2 view .LVU872
.LBB86:
	.loc 2 67 1 discriminator 2 view .LVU873
	.loc 2 67 1 discriminator 2 view .LVU874
	.loc 2 67 1 discriminator 2 view .LVU875
	.loc 2 67 1 discriminator 2 view .LVU876
	leaq	16(%rdi), %rax	#, tmp1595
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL154:
	.loc 2 67 1 discriminator 2 view .LVU877
	.loc 2 67 1 discriminator 2 view .LVU878
	.loc 2 67 1 discriminator 2 view .LVU879
	.loc 2 67 1 discriminator 2 view .LVU880
	.loc 2 67 1 discriminator 2 view .LVU881
	cmpq	%rax, %rbp	# tmp1595, sp
	jb	.L716	#,
	.loc 2 67 1 discriminator 16 view .LVU882
	.loc 2 67 1 discriminator 16 view .LVU883
	.loc 2 67 1 discriminator 16 view .LVU884
	.loc 2 67 1 discriminator 16 view .LVU885
	.loc 2 67 1 discriminator 16 view .LVU886
	.loc 2 67 1 discriminator 16 view .LVU887
	.loc 2 67 1 discriminator 16 view .LVU888
	.loc 2 67 1 discriminator 16 view .LVU889
	.loc 2 67 1 discriminator 16 view .LVU890
	.loc 2 67 1 discriminator 16 view .LVU891
	.loc 2 68 5 discriminator 16 view .LVU892
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 is_stmt 0 discriminator 16 view .LVU893
	testq	%rsi, %rsi	# arg
	je	.L717	#,
	.loc 2 69 9 is_stmt 1 view .LVU894
	.loc 2 71 5 view .LVU895
.LBB74:
	.loc 2 71 5 view .LVU896
.LVL155:
	.loc 2 71 5 is_stmt 0 view .LVU897
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL156:
	.loc 2 71 5 is_stmt 1 view .LVU898
	.loc 2 71 5 view .LVU899
	.loc 2 71 5 view .LVU900
	leaq	-8(%rbp), %rcx	#, sp
.LVL157:
	.loc 2 71 5 view .LVU901
	cmpq	$-1, %rsi	#, arg
	je	.L718	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU902
	cqto
.LBE74:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 2 view .LVU903
	addq	$8, %rbx	#, vpc
.LVL158:
.LBB75:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 2 view .LVU904
	idivq	%rsi	# arg
.LVL159:
	.loc 2 71 5 discriminator 2 view .LVU905
.LBE75:
	.loc 2 71 5 is_stmt 1 discriminator 2 view .LVU906
	.loc 2 72 1 discriminator 2 view .LVU907
	.loc 2 72 1 discriminator 2 view .LVU908
	.loc 2 72 1 discriminator 2 view .LVU909
	.loc 2 72 1 discriminator 2 view .LVU910
	.loc 2 72 1 discriminator 2 view .LVU911
.LVL160:
	.loc 2 72 1 is_stmt 0 discriminator 2 view .LVU912
	movq	%rax, -8(%rbp)	# iftmp.17_1584, MEM[(cell *)sp_1608 + -8B]
.LVL161:
	.loc 2 72 1 is_stmt 1 discriminator 2 view .LVU913
	.loc 2 72 1 discriminator 2 view .LVU914
	.loc 2 72 1 discriminator 2 view .LVU915
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL162:
.LBB76:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU916
	movq	%rcx, %rbp	# sp, sp
.LVL163:
	.loc 2 71 5 discriminator 2 view .LVU917
	jmp	*%rax	# gotovar.416_1338
.LVL164:
.L98:
.L99:
	.loc 2 71 5 discriminator 2 view .LVU918
.LBE76:
.LBE86:
.LBB87:
	.loc 2 110 1 is_stmt 1 discriminator 2 view .LVU919
.LBE87:
	.loc 2 112 1 discriminator 2 view .LVU920
.LBB89:
	.loc 2 112 1 discriminator 2 view .LVU921
	.loc 2 112 1 discriminator 2 view .LVU922
	.loc 2 112 1 discriminator 2 view .LVU923
	.loc 2 112 1 discriminator 2 view .LVU924
	leaq	8(%rdi), %rdx	#, tmp1766
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL165:
	.loc 2 112 1 discriminator 2 view .LVU925
	.loc 2 112 1 discriminator 2 view .LVU926
	.loc 2 112 1 discriminator 2 view .LVU927
	.loc 2 112 1 discriminator 2 view .LVU928
	.loc 2 112 1 discriminator 2 view .LVU929
	cmpq	%rdx, %rbp	# tmp1766, sp
	jb	.L719	#,
	.loc 2 112 1 discriminator 16 view .LVU930
	.loc 2 112 1 discriminator 16 view .LVU931
	.loc 2 112 1 discriminator 16 view .LVU932
	.loc 2 112 1 discriminator 16 view .LVU933
	.loc 2 112 1 discriminator 16 view .LVU934
	.loc 2 112 1 discriminator 16 view .LVU935
	.loc 2 112 1 discriminator 16 view .LVU936
	.loc 2 112 1 discriminator 16 view .LVU937
	.loc 2 112 1 discriminator 16 view .LVU938
	.loc 2 112 1 discriminator 16 view .LVU939
	.loc 2 113 5 discriminator 16 view .LVU940
.LBB90:
	.loc 2 113 9 discriminator 16 view .LVU941
.LVL166:
	.loc 2 113 9 discriminator 16 view .LVU942
	subq	$8, %rbp	#, sp
.LVL167:
	.loc 2 113 9 discriminator 16 view .LVU943
	.loc 2 113 9 discriminator 16 view .LVU944
.LBE90:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 16 view .LVU945
	testq	%rax, %rax	# tos
	je	.L101	#,
.L102:
	.loc 2 114 9 is_stmt 1 view .LVU946
	.loc 2 114 9 view .LVU947
	.loc 2 114 9 view .LVU948
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L720	#,
	.loc 2 114 9 discriminator 2 view .LVU949
	.loc 2 114 9 discriminator 2 view .LVU950
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
.LVL168:
	.loc 2 114 9 is_stmt 0 discriminator 2 view .LVU951
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL169:
	.loc 2 114 9 is_stmt 1 discriminator 2 view .LVU952
	.loc 2 114 9 discriminator 2 view .LVU953
	.loc 2 114 9 discriminator 2 view .LVU954
	.loc 2 114 9 discriminator 2 view .LVU955
	.loc 2 114 9 discriminator 2 view .LVU956
	.loc 2 114 9 discriminator 2 view .LVU957
	.loc 2 114 9 discriminator 2 view .LVU958
.LVL170:
.LDL21:
	.loc 2 114 9 discriminator 2 view .LVU959
	.loc 2 114 9 discriminator 2 view .LVU960
	leaq	8(%rax), %rbx	#, vpc
.LVL171:
	.loc 2 114 9 is_stmt 0 discriminator 2 view .LVU961
	jmp	*(%rax)	# vpc_1847->code
.LVL172:
.L92:
.L93:
	.loc 2 114 9 discriminator 2 view .LVU962
.LBE89:
.LBB91:
	.loc 2 105 1 is_stmt 1 discriminator 2 view .LVU963
.LBE91:
	.loc 2 107 1 discriminator 2 view .LVU964
.LBB92:
	.loc 2 107 1 discriminator 2 view .LVU965
	.loc 2 107 1 discriminator 2 view .LVU966
	.loc 2 107 1 discriminator 2 view .LVU967
	.loc 2 107 1 discriminator 2 view .LVU968
	leaq	8(%rdi), %rax	#, tmp1750
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL173:
	.loc 2 107 1 discriminator 2 view .LVU969
	.loc 2 107 1 discriminator 2 view .LVU970
	.loc 2 107 1 discriminator 2 view .LVU971
	.loc 2 107 1 discriminator 2 view .LVU972
	.loc 2 107 1 discriminator 2 view .LVU973
	cmpq	%rax, %rbp	# tmp1750, sp
	jb	.L721	#,
	.loc 2 107 1 discriminator 16 view .LVU974
	.loc 2 107 1 discriminator 16 view .LVU975
	.loc 2 107 1 discriminator 16 view .LVU976
	.loc 2 107 1 discriminator 16 view .LVU977
	.loc 2 107 1 discriminator 16 view .LVU978
	.loc 2 107 1 discriminator 16 view .LVU979
	.loc 2 107 1 discriminator 16 view .LVU980
	.loc 2 107 1 discriminator 16 view .LVU981
	.loc 2 107 1 discriminator 16 view .LVU982
	.loc 2 107 1 discriminator 16 view .LVU983
	.loc 2 108 5 discriminator 16 view .LVU984
.LBB88:
	.loc 2 108 9 discriminator 16 view .LVU985
.LVL174:
	.loc 2 108 9 discriminator 16 view .LVU986
	subq	$8, %rbp	#, sp
.LVL175:
	.loc 2 108 9 discriminator 16 view .LVU987
	.loc 2 108 9 discriminator 16 view .LVU988
.LBE88:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 16 view .LVU989
	testq	%rsi, %rsi	# arg
	jne	.L95	#,
.L96:
	.loc 2 109 9 is_stmt 1 view .LVU990
	.loc 2 109 9 view .LVU991
	.loc 2 109 9 view .LVU992
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L722	#,
	.loc 2 109 9 discriminator 2 view .LVU993
	.loc 2 109 9 discriminator 2 view .LVU994
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL176:
	.loc 2 109 9 discriminator 2 view .LVU995
	.loc 2 109 9 discriminator 2 view .LVU996
	.loc 2 109 9 discriminator 2 view .LVU997
	.loc 2 109 9 discriminator 2 view .LVU998
	.loc 2 109 9 discriminator 2 view .LVU999
	.loc 2 109 9 discriminator 2 view .LVU1000
	.loc 2 109 9 discriminator 2 view .LVU1001
.LVL177:
.LDL22:
	.loc 2 109 9 discriminator 2 view .LVU1002
	.loc 2 109 9 discriminator 2 view .LVU1003
	leaq	8(%rax), %rbx	#, vpc
.LVL178:
	.loc 2 109 9 is_stmt 0 discriminator 2 view .LVU1004
	jmp	*(%rax)	# vpc_1858->code
.LVL179:
.L70:
.L71:
	.loc 2 109 9 discriminator 2 view .LVU1005
.LBE92:
.LBB93:
	.loc 2 93 68 is_stmt 1 discriminator 2 view .LVU1006
.LBE93:
	.loc 2 95 1 discriminator 2 view .LVU1007
.LBB97:
	.loc 2 95 1 discriminator 2 view .LVU1008
	.loc 2 95 1 discriminator 2 view .LVU1009
	.loc 2 95 1 discriminator 2 view .LVU1010
	.loc 2 95 1 discriminator 2 view .LVU1011
	leaq	16(%rdi), %rdx	#, tmp1682
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL180:
	.loc 2 95 1 discriminator 2 view .LVU1012
	.loc 2 95 1 discriminator 2 view .LVU1013
	.loc 2 95 1 discriminator 2 view .LVU1014
	.loc 2 95 1 discriminator 2 view .LVU1015
	.loc 2 95 1 discriminator 2 view .LVU1016
	cmpq	%rdx, %rbp	# tmp1682, sp
	jb	.L723	#,
	.loc 2 95 1 discriminator 16 view .LVU1017
	.loc 2 95 1 discriminator 16 view .LVU1018
	.loc 2 95 1 discriminator 16 view .LVU1019
	.loc 2 95 1 discriminator 16 view .LVU1020
	.loc 2 95 1 discriminator 16 view .LVU1021
	.loc 2 95 1 discriminator 16 view .LVU1022
	.loc 2 95 1 discriminator 16 view .LVU1023
	.loc 2 95 1 discriminator 16 view .LVU1024
	.loc 2 95 1 discriminator 16 view .LVU1025
	.loc 2 95 1 discriminator 16 view .LVU1026
	.loc 2 95 16 discriminator 16 view .LVU1027
.LBB98:
	.loc 2 95 16 discriminator 16 view .LVU1028
.LVL181:
	.loc 2 95 16 discriminator 16 view .LVU1029
	.loc 2 95 16 discriminator 16 view .LVU1030
	.loc 2 95 16 discriminator 16 view .LVU1031
	.loc 2 95 16 discriminator 16 view .LVU1032
	cmpq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL182:
	.loc 2 95 16 is_stmt 0 discriminator 16 view .LVU1033
.LBE98:
	.loc 2 95 16 is_stmt 1 discriminator 16 view .LVU1034
	.loc 2 95 33 discriminator 16 view .LVU1035
	.loc 2 95 33 discriminator 16 view .LVU1036
	.loc 2 95 33 discriminator 16 view .LVU1037
	.loc 2 95 33 discriminator 16 view .LVU1038
	.loc 2 95 33 discriminator 16 view .LVU1039
.LBB99:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 is_stmt 0 discriminator 16 view .LVU1040
	sete	%al	#, _241
.LVL183:
	.loc 2 95 16 discriminator 16 view .LVU1041
	subq	$8, %rbp	#, sp
.LVL184:
	.loc 2 95 16 discriminator 16 view .LVU1042
.LBE99:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 16 view .LVU1043
	addq	$8, %rbx	#, vpc
.LVL185:
.LBB100:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 16 view .LVU1044
	movzbl	%al, %eax	# _241, _241
.LVL186:
	.loc 2 95 16 discriminator 16 view .LVU1045
	movq	%rax, 0(%rbp)	# _241, MEM[(cell *)sp_1608 + -8B]
.LVL187:
	.loc 2 95 16 discriminator 16 view .LVU1046
.LBE100:
	.loc 2 95 33 is_stmt 1 discriminator 16 view .LVU1047
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL188:
	.loc 2 95 33 is_stmt 0 discriminator 16 view .LVU1048
.LVL189:
.LDL23:
	.loc 2 95 33 is_stmt 1 discriminator 16 view .LVU1049
	.loc 2 95 33 discriminator 16 view .LVU1050
	.loc 2 95 33 is_stmt 0 discriminator 16 view .LVU1051
	jmp	*%rax	# gotovar.416_1338
.LVL190:
.L67:
.L68:
	.loc 2 95 33 discriminator 16 view .LVU1052
.LBE97:
.LBB101:
	.loc 2 91 55 is_stmt 1 discriminator 2 view .LVU1053
.LBE101:
	.loc 2 93 1 discriminator 2 view .LVU1054
.LBB102:
	.loc 2 93 1 discriminator 2 view .LVU1055
	.loc 2 93 1 discriminator 2 view .LVU1056
	.loc 2 93 1 discriminator 2 view .LVU1057
	.loc 2 93 1 discriminator 2 view .LVU1058
	leaq	16(%rdi), %rax	#, tmp1674
	movq	0(%rbp), %rcx	# *sp_1608, tos
.LVL191:
	.loc 2 93 1 discriminator 2 view .LVU1059
	.loc 2 93 1 discriminator 2 view .LVU1060
	.loc 2 93 1 discriminator 2 view .LVU1061
	.loc 2 93 1 discriminator 2 view .LVU1062
	.loc 2 93 1 discriminator 2 view .LVU1063
	cmpq	%rax, %rbp	# tmp1674, sp
	jb	.L724	#,
	.loc 2 93 1 discriminator 16 view .LVU1064
	.loc 2 93 1 discriminator 16 view .LVU1065
	.loc 2 93 1 discriminator 16 view .LVU1066
	.loc 2 93 1 discriminator 16 view .LVU1067
	.loc 2 93 1 discriminator 16 view .LVU1068
	.loc 2 93 1 discriminator 16 view .LVU1069
	.loc 2 93 1 discriminator 16 view .LVU1070
	.loc 2 93 1 discriminator 16 view .LVU1071
	.loc 2 93 1 discriminator 16 view .LVU1072
	.loc 2 93 1 discriminator 16 view .LVU1073
	.loc 2 93 16 discriminator 16 view .LVU1074
.LBB94:
	.loc 2 93 16 discriminator 16 view .LVU1075
.LVL192:
	.loc 2 93 16 discriminator 16 view .LVU1076
	.loc 2 93 16 discriminator 16 view .LVU1077
	.loc 2 93 16 discriminator 16 view .LVU1078
	.loc 2 93 16 discriminator 16 view .LVU1079
	.loc 2 93 16 is_stmt 0 discriminator 16 view .LVU1080
.LBE94:
	.loc 2 93 16 is_stmt 1 discriminator 16 view .LVU1081
	.loc 2 93 68 discriminator 16 view .LVU1082
	.loc 2 93 68 discriminator 16 view .LVU1083
	.loc 2 93 68 discriminator 16 view .LVU1084
	.loc 2 93 68 discriminator 16 view .LVU1085
	.loc 2 93 68 discriminator 16 view .LVU1086
.LBB95:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 16 view .LVU1087
	sarq	%cl, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL193:
	.loc 2 93 16 discriminator 16 view .LVU1088
.LBE95:
	.loc 2 93 68 is_stmt 1 discriminator 16 view .LVU1089
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB96:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 16 view .LVU1090
	subq	$8, %rbp	#, sp
.LVL194:
	.loc 2 93 16 discriminator 16 view .LVU1091
.LBE96:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 16 view .LVU1092
	addq	$8, %rbx	#, vpc
.LVL195:
	.loc 2 93 68 discriminator 16 view .LVU1093
.LVL196:
.LDL24:
	.loc 2 93 68 is_stmt 1 discriminator 16 view .LVU1094
	.loc 2 93 68 discriminator 16 view .LVU1095
	.loc 2 93 68 is_stmt 0 discriminator 16 view .LVU1096
	jmp	*%rax	# gotovar.416_1338
.LVL197:
.L130:
.L131:
	.loc 2 93 68 discriminator 16 view .LVU1097
.LBE102:
.LBB103:
	.loc 2 33 1 is_stmt 1 discriminator 18 view .LVU1098
.LBE103:
	.loc 2 35 1 discriminator 18 view .LVU1099
.LBB104:
	.loc 2 35 1 discriminator 18 view .LVU1100
	.loc 2 35 1 discriminator 18 view .LVU1101
	.loc 2 35 1 discriminator 18 view .LVU1102
	.loc 2 35 1 discriminator 18 view .LVU1103
	.loc 2 35 1 discriminator 18 view .LVU1104
	.loc 2 35 1 discriminator 18 view .LVU1105
	.loc 2 35 1 discriminator 18 view .LVU1106
	.loc 2 35 1 discriminator 18 view .LVU1107
	.loc 2 35 1 discriminator 18 view .LVU1108
	.loc 2 36 5 discriminator 18 view .LVU1109
	.loc 2 36 5 discriminator 18 view .LVU1110
	.loc 2 36 5 discriminator 18 view .LVU1111
	movq	(%rbx), %rax	# vpc_1607(ab)->imm, tos
.LVL198:
	.loc 2 36 5 discriminator 18 view .LVU1112
	.loc 2 36 5 discriminator 18 view .LVU1113
	.loc 2 37 1 discriminator 18 view .LVU1114
	.loc 2 37 1 discriminator 18 view .LVU1115
	.loc 2 37 1 discriminator 18 view .LVU1116
	.loc 2 37 1 discriminator 18 view .LVU1117
	.loc 2 37 1 discriminator 18 view .LVU1118
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 is_stmt 0 discriminator 18 view .LVU1119
	addq	$8, %rbp	#, sp
.LVL199:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 18 view .LVU1120
	addq	$16, %rbx	#, vpc
.LVL200:
	.loc 2 37 1 discriminator 18 view .LVU1121
	movq	%rax, 0(%rbp)	# tos, MEM[(cell *)sp_1608 + 8B]
	.loc 2 37 1 is_stmt 1 discriminator 18 view .LVU1122
.LVL201:
.LDL25:
	.loc 2 37 1 discriminator 18 view .LVU1123
	.loc 2 37 1 discriminator 18 view .LVU1124
	.loc 2 37 1 is_stmt 0 discriminator 18 view .LVU1125
	movq	-8(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 8B].code, gotovar.416_1338
.LVL202:
	.loc 2 37 1 discriminator 18 view .LVU1126
	jmp	*%rax	# gotovar.416_1338
.LVL203:
.L58:
.L59:
	.loc 2 37 1 discriminator 18 view .LVU1127
.LBE104:
.LBB105:
	.loc 2 88 32 is_stmt 1 discriminator 2 view .LVU1128
.LBE105:
	.loc 2 89 1 discriminator 2 view .LVU1129
.LBB106:
	.loc 2 89 1 discriminator 2 view .LVU1130
	.loc 2 89 1 discriminator 2 view .LVU1131
	.loc 2 89 1 discriminator 2 view .LVU1132
	.loc 2 89 1 discriminator 2 view .LVU1133
	leaq	16(%rdi), %rdx	#, tmp1648
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL204:
	.loc 2 89 1 discriminator 2 view .LVU1134
	.loc 2 89 1 discriminator 2 view .LVU1135
	.loc 2 89 1 discriminator 2 view .LVU1136
	.loc 2 89 1 discriminator 2 view .LVU1137
	.loc 2 89 1 discriminator 2 view .LVU1138
	cmpq	%rdx, %rbp	# tmp1648, sp
	jb	.L725	#,
	.loc 2 89 1 discriminator 16 view .LVU1139
	.loc 2 89 1 discriminator 16 view .LVU1140
	.loc 2 89 1 discriminator 16 view .LVU1141
	.loc 2 89 1 discriminator 16 view .LVU1142
	.loc 2 89 1 discriminator 16 view .LVU1143
	.loc 2 89 1 discriminator 16 view .LVU1144
	.loc 2 89 1 discriminator 16 view .LVU1145
	.loc 2 89 1 discriminator 16 view .LVU1146
	.loc 2 89 1 discriminator 16 view .LVU1147
	.loc 2 89 1 discriminator 16 view .LVU1148
	.loc 2 89 16 discriminator 16 view .LVU1149
.LBB107:
	.loc 2 89 16 discriminator 16 view .LVU1150
.LVL205:
	.loc 2 89 16 discriminator 16 view .LVU1151
	.loc 2 89 16 discriminator 16 view .LVU1152
	.loc 2 89 16 discriminator 16 view .LVU1153
	.loc 2 89 16 discriminator 16 view .LVU1154
	.loc 2 89 16 is_stmt 0 discriminator 16 view .LVU1155
.LBE107:
	.loc 2 89 16 is_stmt 1 discriminator 16 view .LVU1156
	.loc 2 89 32 discriminator 16 view .LVU1157
	.loc 2 89 32 discriminator 16 view .LVU1158
	.loc 2 89 32 discriminator 16 view .LVU1159
	.loc 2 89 32 discriminator 16 view .LVU1160
	.loc 2 89 32 discriminator 16 view .LVU1161
.LBB108:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 16 view .LVU1162
	orq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL206:
	.loc 2 89 16 discriminator 16 view .LVU1163
.LBE108:
	.loc 2 89 32 is_stmt 1 discriminator 16 view .LVU1164
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL207:
.LBB109:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 16 view .LVU1165
	subq	$8, %rbp	#, sp
.LVL208:
	.loc 2 89 16 discriminator 16 view .LVU1166
.LBE109:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 16 view .LVU1167
	addq	$8, %rbx	#, vpc
.LVL209:
	.loc 2 89 32 discriminator 16 view .LVU1168
.LVL210:
.LDL26:
	.loc 2 89 32 is_stmt 1 discriminator 16 view .LVU1169
	.loc 2 89 32 discriminator 16 view .LVU1170
	.loc 2 89 32 is_stmt 0 discriminator 16 view .LVU1171
	jmp	*%rax	# gotovar.416_1338
.LVL211:
.L61:
.L62:
	.loc 2 89 32 is_stmt 1 discriminator 2 view .LVU1172
.LBE106:
	.loc 2 90 1 discriminator 2 view .LVU1173
.LBB110:
	.loc 2 90 1 discriminator 2 view .LVU1174
	.loc 2 90 1 discriminator 2 view .LVU1175
	.loc 2 90 1 discriminator 2 view .LVU1176
	.loc 2 90 1 discriminator 2 view .LVU1177
	leaq	16(%rdi), %rdx	#, tmp1656
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL212:
	.loc 2 90 1 discriminator 2 view .LVU1178
	.loc 2 90 1 discriminator 2 view .LVU1179
	.loc 2 90 1 discriminator 2 view .LVU1180
	.loc 2 90 1 discriminator 2 view .LVU1181
	.loc 2 90 1 discriminator 2 view .LVU1182
	cmpq	%rdx, %rbp	# tmp1656, sp
	jb	.L726	#,
	.loc 2 90 1 discriminator 16 view .LVU1183
	.loc 2 90 1 discriminator 16 view .LVU1184
	.loc 2 90 1 discriminator 16 view .LVU1185
	.loc 2 90 1 discriminator 16 view .LVU1186
	.loc 2 90 1 discriminator 16 view .LVU1187
	.loc 2 90 1 discriminator 16 view .LVU1188
	.loc 2 90 1 discriminator 16 view .LVU1189
	.loc 2 90 1 discriminator 16 view .LVU1190
	.loc 2 90 1 discriminator 16 view .LVU1191
	.loc 2 90 1 discriminator 16 view .LVU1192
	.loc 2 90 16 discriminator 16 view .LVU1193
.LBB38:
	.loc 2 90 16 discriminator 16 view .LVU1194
.LVL213:
	.loc 2 90 16 discriminator 16 view .LVU1195
	.loc 2 90 16 discriminator 16 view .LVU1196
	.loc 2 90 16 discriminator 16 view .LVU1197
	.loc 2 90 16 discriminator 16 view .LVU1198
	.loc 2 90 16 is_stmt 0 discriminator 16 view .LVU1199
.LBE38:
	.loc 2 90 16 is_stmt 1 discriminator 16 view .LVU1200
	.loc 2 90 32 discriminator 16 view .LVU1201
	.loc 2 90 32 discriminator 16 view .LVU1202
	.loc 2 90 32 discriminator 16 view .LVU1203
	.loc 2 90 32 discriminator 16 view .LVU1204
	.loc 2 90 32 discriminator 16 view .LVU1205
.LBB39:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 16 view .LVU1206
	xorq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL214:
	.loc 2 90 16 discriminator 16 view .LVU1207
.LBE39:
	.loc 2 90 32 is_stmt 1 discriminator 16 view .LVU1208
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL215:
.LBB40:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 16 view .LVU1209
	subq	$8, %rbp	#, sp
.LVL216:
	.loc 2 90 16 discriminator 16 view .LVU1210
.LBE40:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 16 view .LVU1211
	addq	$8, %rbx	#, vpc
.LVL217:
	.loc 2 90 32 discriminator 16 view .LVU1212
.LVL218:
.LDL27:
	.loc 2 90 32 is_stmt 1 discriminator 16 view .LVU1213
	.loc 2 90 32 discriminator 16 view .LVU1214
	.loc 2 90 32 is_stmt 0 discriminator 16 view .LVU1215
	jmp	*%rax	# gotovar.416_1338
.LVL219:
.L82:
.L83:
	.loc 2 90 32 discriminator 16 view .LVU1216
.LBE110:
.LBB111:
	.loc 2 98 33 is_stmt 1 discriminator 2 view .LVU1217
.LBE111:
	.loc 2 99 1 discriminator 2 view .LVU1218
.LBB112:
	.loc 2 99 1 discriminator 2 view .LVU1219
	.loc 2 99 1 discriminator 2 view .LVU1220
	.loc 2 99 1 discriminator 2 view .LVU1221
	.loc 2 99 1 discriminator 2 view .LVU1222
	leaq	16(%rdi), %rdx	#, tmp1722
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL220:
	.loc 2 99 1 discriminator 2 view .LVU1223
	.loc 2 99 1 discriminator 2 view .LVU1224
	.loc 2 99 1 discriminator 2 view .LVU1225
	.loc 2 99 1 discriminator 2 view .LVU1226
	.loc 2 99 1 discriminator 2 view .LVU1227
	cmpq	%rdx, %rbp	# tmp1722, sp
	jb	.L727	#,
	.loc 2 99 1 discriminator 16 view .LVU1228
	.loc 2 99 1 discriminator 16 view .LVU1229
	.loc 2 99 1 discriminator 16 view .LVU1230
	.loc 2 99 1 discriminator 16 view .LVU1231
	.loc 2 99 1 discriminator 16 view .LVU1232
	.loc 2 99 1 discriminator 16 view .LVU1233
	.loc 2 99 1 discriminator 16 view .LVU1234
	.loc 2 99 1 discriminator 16 view .LVU1235
	.loc 2 99 1 discriminator 16 view .LVU1236
	.loc 2 99 1 discriminator 16 view .LVU1237
	.loc 2 99 16 discriminator 16 view .LVU1238
.LBB113:
	.loc 2 99 16 discriminator 16 view .LVU1239
.LVL221:
	.loc 2 99 16 discriminator 16 view .LVU1240
	.loc 2 99 16 discriminator 16 view .LVU1241
	.loc 2 99 16 discriminator 16 view .LVU1242
	.loc 2 99 16 discriminator 16 view .LVU1243
	cmpq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL222:
	.loc 2 99 16 is_stmt 0 discriminator 16 view .LVU1244
.LBE113:
	.loc 2 99 16 is_stmt 1 discriminator 16 view .LVU1245
	.loc 2 99 33 discriminator 16 view .LVU1246
	.loc 2 99 33 discriminator 16 view .LVU1247
	.loc 2 99 33 discriminator 16 view .LVU1248
	.loc 2 99 33 discriminator 16 view .LVU1249
	.loc 2 99 33 discriminator 16 view .LVU1250
.LBB114:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 is_stmt 0 discriminator 16 view .LVU1251
	setl	%al	#, _289
.LVL223:
	.loc 2 99 16 discriminator 16 view .LVU1252
	subq	$8, %rbp	#, sp
.LVL224:
	.loc 2 99 16 discriminator 16 view .LVU1253
.LBE114:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 16 view .LVU1254
	addq	$8, %rbx	#, vpc
.LVL225:
.LBB115:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 16 view .LVU1255
	movzbl	%al, %eax	# _289, _289
.LVL226:
	.loc 2 99 16 discriminator 16 view .LVU1256
	movq	%rax, 0(%rbp)	# _289, MEM[(cell *)sp_1608 + -8B]
.LVL227:
	.loc 2 99 16 discriminator 16 view .LVU1257
.LBE115:
	.loc 2 99 33 is_stmt 1 discriminator 16 view .LVU1258
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL228:
	.loc 2 99 33 is_stmt 0 discriminator 16 view .LVU1259
.LVL229:
.LDL28:
	.loc 2 99 33 is_stmt 1 discriminator 16 view .LVU1260
	.loc 2 99 33 discriminator 16 view .LVU1261
	.loc 2 99 33 is_stmt 0 discriminator 16 view .LVU1262
	jmp	*%rax	# gotovar.416_1338
.LVL230:
.L73:
.L74:
	.loc 2 99 33 discriminator 16 view .LVU1263
.LBE112:
.LBB116:
	.loc 2 95 33 is_stmt 1 discriminator 2 view .LVU1264
.LBE116:
	.loc 2 96 1 discriminator 2 view .LVU1265
.LBB117:
	.loc 2 96 1 discriminator 2 view .LVU1266
	.loc 2 96 1 discriminator 2 view .LVU1267
	.loc 2 96 1 discriminator 2 view .LVU1268
	.loc 2 96 1 discriminator 2 view .LVU1269
	leaq	16(%rdi), %rdx	#, tmp1692
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL231:
	.loc 2 96 1 discriminator 2 view .LVU1270
	.loc 2 96 1 discriminator 2 view .LVU1271
	.loc 2 96 1 discriminator 2 view .LVU1272
	.loc 2 96 1 discriminator 2 view .LVU1273
	.loc 2 96 1 discriminator 2 view .LVU1274
	cmpq	%rdx, %rbp	# tmp1692, sp
	jb	.L728	#,
	.loc 2 96 1 discriminator 16 view .LVU1275
	.loc 2 96 1 discriminator 16 view .LVU1276
	.loc 2 96 1 discriminator 16 view .LVU1277
	.loc 2 96 1 discriminator 16 view .LVU1278
	.loc 2 96 1 discriminator 16 view .LVU1279
	.loc 2 96 1 discriminator 16 view .LVU1280
	.loc 2 96 1 discriminator 16 view .LVU1281
	.loc 2 96 1 discriminator 16 view .LVU1282
	.loc 2 96 1 discriminator 16 view .LVU1283
	.loc 2 96 1 discriminator 16 view .LVU1284
	.loc 2 96 16 discriminator 16 view .LVU1285
.LBB60:
	.loc 2 96 16 discriminator 16 view .LVU1286
.LVL232:
	.loc 2 96 16 discriminator 16 view .LVU1287
	.loc 2 96 16 discriminator 16 view .LVU1288
	.loc 2 96 16 discriminator 16 view .LVU1289
	.loc 2 96 16 discriminator 16 view .LVU1290
	cmpq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL233:
	.loc 2 96 16 is_stmt 0 discriminator 16 view .LVU1291
.LBE60:
	.loc 2 96 16 is_stmt 1 discriminator 16 view .LVU1292
	.loc 2 96 33 discriminator 16 view .LVU1293
	.loc 2 96 33 discriminator 16 view .LVU1294
	.loc 2 96 33 discriminator 16 view .LVU1295
	.loc 2 96 33 discriminator 16 view .LVU1296
	.loc 2 96 33 discriminator 16 view .LVU1297
.LBB61:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 is_stmt 0 discriminator 16 view .LVU1298
	setne	%al	#, _253
.LVL234:
	.loc 2 96 16 discriminator 16 view .LVU1299
	subq	$8, %rbp	#, sp
.LVL235:
	.loc 2 96 16 discriminator 16 view .LVU1300
.LBE61:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 16 view .LVU1301
	addq	$8, %rbx	#, vpc
.LVL236:
.LBB62:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 16 view .LVU1302
	movzbl	%al, %eax	# _253, _253
.LVL237:
	.loc 2 96 16 discriminator 16 view .LVU1303
	movq	%rax, 0(%rbp)	# _253, MEM[(cell *)sp_1608 + -8B]
.LVL238:
	.loc 2 96 16 discriminator 16 view .LVU1304
.LBE62:
	.loc 2 96 33 is_stmt 1 discriminator 16 view .LVU1305
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL239:
	.loc 2 96 33 is_stmt 0 discriminator 16 view .LVU1306
.LVL240:
.LDL29:
	.loc 2 96 33 is_stmt 1 discriminator 16 view .LVU1307
	.loc 2 96 33 discriminator 16 view .LVU1308
	.loc 2 96 33 is_stmt 0 discriminator 16 view .LVU1309
	jmp	*%rax	# gotovar.416_1338
.LVL241:
.L85:
.L86:
	.loc 2 96 33 discriminator 16 view .LVU1310
.LBE117:
.LBB118:
	.loc 2 99 33 is_stmt 1 discriminator 2 view .LVU1311
.LBE118:
	.loc 2 100 1 discriminator 2 view .LVU1312
.LBB119:
	.loc 2 100 1 discriminator 2 view .LVU1313
	.loc 2 100 1 discriminator 2 view .LVU1314
	.loc 2 100 1 discriminator 2 view .LVU1315
	.loc 2 100 1 discriminator 2 view .LVU1316
	leaq	16(%rdi), %rdx	#, tmp1732
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL242:
	.loc 2 100 1 discriminator 2 view .LVU1317
	.loc 2 100 1 discriminator 2 view .LVU1318
	.loc 2 100 1 discriminator 2 view .LVU1319
	.loc 2 100 1 discriminator 2 view .LVU1320
	.loc 2 100 1 discriminator 2 view .LVU1321
	cmpq	%rdx, %rbp	# tmp1732, sp
	jb	.L729	#,
	.loc 2 100 1 discriminator 16 view .LVU1322
	.loc 2 100 1 discriminator 16 view .LVU1323
	.loc 2 100 1 discriminator 16 view .LVU1324
	.loc 2 100 1 discriminator 16 view .LVU1325
	.loc 2 100 1 discriminator 16 view .LVU1326
	.loc 2 100 1 discriminator 16 view .LVU1327
	.loc 2 100 1 discriminator 16 view .LVU1328
	.loc 2 100 1 discriminator 16 view .LVU1329
	.loc 2 100 1 discriminator 16 view .LVU1330
	.loc 2 100 1 discriminator 16 view .LVU1331
	.loc 2 100 16 discriminator 16 view .LVU1332
.LBB33:
	.loc 2 100 16 discriminator 16 view .LVU1333
.LVL243:
	.loc 2 100 16 discriminator 16 view .LVU1334
	.loc 2 100 16 discriminator 16 view .LVU1335
	.loc 2 100 16 discriminator 16 view .LVU1336
	.loc 2 100 16 discriminator 16 view .LVU1337
	cmpq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL244:
	.loc 2 100 16 is_stmt 0 discriminator 16 view .LVU1338
.LBE33:
	.loc 2 100 16 is_stmt 1 discriminator 16 view .LVU1339
	.loc 2 100 33 discriminator 16 view .LVU1340
	.loc 2 100 33 discriminator 16 view .LVU1341
	.loc 2 100 33 discriminator 16 view .LVU1342
	.loc 2 100 33 discriminator 16 view .LVU1343
	.loc 2 100 33 discriminator 16 view .LVU1344
.LBB34:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 is_stmt 0 discriminator 16 view .LVU1345
	setle	%al	#, _301
.LVL245:
	.loc 2 100 16 discriminator 16 view .LVU1346
	subq	$8, %rbp	#, sp
.LVL246:
	.loc 2 100 16 discriminator 16 view .LVU1347
.LBE34:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 16 view .LVU1348
	addq	$8, %rbx	#, vpc
.LVL247:
.LBB35:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 16 view .LVU1349
	movzbl	%al, %eax	# _301, _301
.LVL248:
	.loc 2 100 16 discriminator 16 view .LVU1350
	movq	%rax, 0(%rbp)	# _301, MEM[(cell *)sp_1608 + -8B]
.LVL249:
	.loc 2 100 16 discriminator 16 view .LVU1351
.LBE35:
	.loc 2 100 33 is_stmt 1 discriminator 16 view .LVU1352
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL250:
	.loc 2 100 33 is_stmt 0 discriminator 16 view .LVU1353
.LVL251:
.LDL30:
	.loc 2 100 33 is_stmt 1 discriminator 16 view .LVU1354
	.loc 2 100 33 discriminator 16 view .LVU1355
	.loc 2 100 33 is_stmt 0 discriminator 16 view .LVU1356
	jmp	*%rax	# gotovar.416_1338
.LVL252:
.L116:
.L117:
	.loc 2 100 33 discriminator 16 view .LVU1357
.LBE119:
.LBB120:
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU1358
.LBE120:
	.loc 2 131 1 discriminator 2 view .LVU1359
.LBB121:
	.loc 2 131 1 discriminator 2 view .LVU1360
	.loc 2 131 1 discriminator 2 view .LVU1361
	.loc 2 131 1 discriminator 2 view .LVU1362
	.loc 2 131 1 discriminator 2 view .LVU1363
	leaq	16(%rdi), %rax	#, tmp1820
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL253:
	.loc 2 131 1 discriminator 2 view .LVU1364
	.loc 2 131 1 discriminator 2 view .LVU1365
	.loc 2 131 1 discriminator 2 view .LVU1366
	.loc 2 131 1 discriminator 2 view .LVU1367
	.loc 2 131 1 discriminator 2 view .LVU1368
	cmpq	%rax, %rbp	# tmp1820, sp
	jb	.L730	#,
	.loc 2 131 1 discriminator 16 view .LVU1369
	.loc 2 131 1 discriminator 16 view .LVU1370
	.loc 2 131 1 discriminator 16 view .LVU1371
	.loc 2 131 1 discriminator 16 view .LVU1372
	.loc 2 131 1 discriminator 16 view .LVU1373
	.loc 2 131 1 discriminator 16 view .LVU1374
	.loc 2 131 1 discriminator 16 view .LVU1375
	.loc 2 131 1 discriminator 16 view .LVU1376
	.loc 2 131 1 discriminator 16 view .LVU1377
	.loc 2 131 1 discriminator 16 view .LVU1378
	.loc 2 132 5 discriminator 16 view .LVU1379
	.loc 2 132 5 discriminator 16 view .LVU1380
	cmpq	$65535, %rsi	#, arg
	ja	.L731	#,
	.loc 2 132 5 discriminator 2 view .LVU1381
	.loc 2 132 5 discriminator 2 view .LVU1382
	.loc 2 133 5 discriminator 2 view .LVU1383
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU1384
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], _432
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU1385
	subq	$16, %rbp	#, sp
.LVL254:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 2 view .LVU1386
	addq	$8, %rbx	#, vpc
.LVL255:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU1387
	movq	%rdx, (%rax,%rsi,8)	# _432, *_431
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU1388
.LVL256:
	.loc 2 135 1 discriminator 2 view .LVU1389
	.loc 2 135 1 discriminator 2 view .LVU1390
	.loc 2 135 1 discriminator 2 view .LVU1391
	.loc 2 135 1 discriminator 2 view .LVU1392
	.loc 2 135 1 discriminator 2 view .LVU1393
	.loc 2 135 1 discriminator 2 view .LVU1394
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL257:
.LDL31:
	.loc 2 135 1 discriminator 2 view .LVU1395
	.loc 2 135 1 discriminator 2 view .LVU1396
	.loc 2 135 1 is_stmt 0 discriminator 2 view .LVU1397
	jmp	*%rax	# gotovar.416_1338
.LVL258:
.L138:
.L139:
	.loc 2 135 1 discriminator 2 view .LVU1398
.LBE121:
.LBB122:
	.loc 2 49 1 is_stmt 1 discriminator 18 view .LVU1399
.LBE122:
	.loc 2 51 1 discriminator 18 view .LVU1400
.LBB125:
	.loc 2 51 1 discriminator 18 view .LVU1401
	.loc 2 51 1 discriminator 18 view .LVU1402
	.loc 2 51 1 discriminator 18 view .LVU1403
	.loc 2 51 1 discriminator 18 view .LVU1404
	.loc 2 51 1 discriminator 18 view .LVU1405
	.loc 2 51 1 discriminator 18 view .LVU1406
	.loc 2 51 1 discriminator 18 view .LVU1407
	.loc 2 51 1 discriminator 18 view .LVU1408
	.loc 2 51 1 discriminator 18 view .LVU1409
	.loc 2 52 5 discriminator 18 view .LVU1410
	.loc 2 52 5 discriminator 18 view .LVU1411
	.loc 2 52 5 discriminator 18 view .LVU1412
	.loc 2 52 5 discriminator 18 view .LVU1413
	.loc 2 52 5 discriminator 18 view .LVU1414
	.loc 2 53 1 discriminator 18 view .LVU1415
	.loc 2 53 1 discriminator 18 view .LVU1416
	.loc 2 53 1 discriminator 18 view .LVU1417
	.loc 2 53 1 discriminator 18 view .LVU1418
	.loc 2 53 1 discriminator 18 view .LVU1419
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
	addq	$8, %rbx	#, vpc
.LVL259:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 is_stmt 0 discriminator 18 view .LVU1420
	addq	$8, %rbp	#, sp
.LVL260:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 18 view .LVU1421
	movq	%rax, 0(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + 8B]
	.loc 2 53 1 is_stmt 1 discriminator 18 view .LVU1422
.LVL261:
.LDL32:
	.loc 2 53 1 discriminator 18 view .LVU1423
	.loc 2 53 1 discriminator 18 view .LVU1424
	.loc 2 53 1 is_stmt 0 discriminator 18 view .LVU1425
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL262:
	.loc 2 53 1 discriminator 18 view .LVU1426
	jmp	*%rax	# gotovar.416_1338
.LVL263:
.L140:
.L141:
	.loc 2 53 1 is_stmt 1 discriminator 18 view .LVU1427
.LBE125:
	.loc 2 55 1 discriminator 18 view .LVU1428
.LBB126:
	.loc 2 55 1 discriminator 18 view .LVU1429
	.loc 2 55 1 discriminator 18 view .LVU1430
	.loc 2 55 1 discriminator 18 view .LVU1431
	.loc 2 55 1 discriminator 18 view .LVU1432
.LBB127:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 18 view .LVU1433
	movq	-16(%rbp), %rax	# MEM[(cell *)sp_1608 + -16B], a
.LBE127:
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 discriminator 18 view .LVU1434
	movq	0(%rbp), %rdx	# *sp_1608, tos
.LVL264:
	.loc 2 55 1 is_stmt 1 discriminator 18 view .LVU1435
	.loc 2 55 1 discriminator 18 view .LVU1436
	.loc 2 55 1 discriminator 18 view .LVU1437
	.loc 2 55 1 discriminator 18 view .LVU1438
	.loc 2 55 1 discriminator 18 view .LVU1439
.LBB128:
	.loc 2 56 7 discriminator 18 view .LVU1440
	.loc 2 56 22 discriminator 18 view .LVU1441
.LBE128:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 is_stmt 0 discriminator 18 view .LVU1442
	addq	$8, %rbx	#, vpc
.LVL265:
.LBB129:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 18 view .LVU1443
	movq	-8(%rbp), %rcx	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
.LBE129:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 18 view .LVU1444
	movq	%rax, 0(%rbp)	# a, *sp_1608
.LBB130:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 18 view .LVU1445
	movq	%rcx, -16(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -16B]
	.loc 2 56 35 is_stmt 1 discriminator 18 view .LVU1446
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 is_stmt 0 discriminator 18 view .LVU1447
	movq	%rdx, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
	.loc 2 56 48 is_stmt 1 discriminator 18 view .LVU1448
.LVL266:
	.loc 2 56 48 is_stmt 0 discriminator 18 view .LVU1449
.LBE130:
	.loc 2 57 1 is_stmt 1 discriminator 18 view .LVU1450
	.loc 2 57 1 discriminator 18 view .LVU1451
	.loc 2 57 1 discriminator 18 view .LVU1452
	.loc 2 57 1 discriminator 18 view .LVU1453
	.loc 2 57 1 discriminator 18 view .LVU1454
	.loc 2 57 1 discriminator 18 view .LVU1455
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL267:
	.loc 2 57 1 is_stmt 0 discriminator 18 view .LVU1456
.LVL268:
.LDL33:
	.loc 2 57 1 is_stmt 1 discriminator 18 view .LVU1457
	.loc 2 57 1 discriminator 18 view .LVU1458
	.loc 2 57 1 is_stmt 0 discriminator 18 view .LVU1459
	jmp	*%rax	# gotovar.416_1338
.LVL269:
.L104:
.L105:
	.loc 2 57 1 discriminator 18 view .LVU1460
.LBE126:
.LBB131:
	.loc 2 115 1 is_stmt 1 discriminator 12 view .LVU1461
.LBE131:
	.loc 2 117 1 discriminator 12 view .LVU1462
.LBB132:
	.loc 2 117 1 discriminator 12 view .LVU1463
	.loc 2 117 1 discriminator 12 view .LVU1464
	.loc 2 117 1 discriminator 12 view .LVU1465
	.loc 2 117 1 discriminator 12 view .LVU1466
	.loc 2 117 1 discriminator 12 view .LVU1467
	.loc 2 117 1 discriminator 12 view .LVU1468
	.loc 2 117 1 discriminator 12 view .LVU1469
	.loc 2 117 1 discriminator 12 view .LVU1470
	.loc 2 117 1 discriminator 12 view .LVU1471
	.loc 2 117 1 discriminator 12 view .LVU1472
	.loc 2 117 1 discriminator 12 view .LVU1473
	.loc 2 117 1 discriminator 12 view .LVU1474
	leaq	65544(%rdi), %rax	#, tmp1782
	cmpq	%rax, %r9	# tmp1782, rsp
	je	.L732	#,
	.loc 2 117 1 discriminator 16 view .LVU1475
	.loc 2 117 1 discriminator 16 view .LVU1476
	.loc 2 117 1 discriminator 16 view .LVU1477
	.loc 2 117 1 discriminator 16 view .LVU1478
	.loc 2 118 5 discriminator 16 view .LVU1479
	leaq	32(%rbx), %rax	#, tmp1787
	leaq	8(%r9), %rdx	#, rsp
.LVL270:
	.loc 2 118 5 is_stmt 0 discriminator 16 view .LVU1480
	movq	%rax, (%r9)	# tmp1787, *rsp_1606
.LDL34:
	.loc 2 119 5 is_stmt 1 discriminator 16 view .LVU1481
	.loc 2 119 5 discriminator 16 view .LVU1482
	.loc 2 119 5 discriminator 16 view .LVU1483
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L733	#,
	.loc 2 119 5 discriminator 2 view .LVU1484
	.loc 2 119 5 discriminator 2 view .LVU1485
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL271:
	.loc 2 119 5 discriminator 2 view .LVU1486
	.loc 2 119 5 discriminator 2 view .LVU1487
	.loc 2 119 5 discriminator 2 view .LVU1488
	.loc 2 119 5 discriminator 2 view .LVU1489
	.loc 2 119 5 discriminator 2 view .LVU1490
	.loc 2 119 5 discriminator 2 view .LVU1491
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 2 view .LVU1492
	movq	%rdx, %r9	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 2 view .LVU1493
.LVL272:
.LDL35:
	.loc 2 119 5 is_stmt 1 discriminator 2 view .LVU1494
	.loc 2 119 5 discriminator 2 view .LVU1495
	leaq	8(%rax), %rbx	#, vpc
.LVL273:
	.loc 2 119 5 is_stmt 0 discriminator 2 view .LVU1496
	movq	(%rax), %rax	# vpc_1838->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL274:
.L112:
.L113:
	.loc 2 119 5 discriminator 2 view .LVU1497
.LBE132:
.LBB133:
	.loc 2 124 1 is_stmt 1 discriminator 2 view .LVU1498
.LBE133:
	.loc 2 126 1 discriminator 2 view .LVU1499
.LBB134:
	.loc 2 126 1 discriminator 2 view .LVU1500
	.loc 2 126 1 discriminator 2 view .LVU1501
	.loc 2 126 1 discriminator 2 view .LVU1502
	.loc 2 126 1 discriminator 2 view .LVU1503
	leaq	8(%rdi), %rax	#, tmp1807
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL275:
	.loc 2 126 1 discriminator 2 view .LVU1504
	.loc 2 126 1 discriminator 2 view .LVU1505
	.loc 2 126 1 discriminator 2 view .LVU1506
	.loc 2 126 1 discriminator 2 view .LVU1507
	.loc 2 126 1 discriminator 2 view .LVU1508
	cmpq	%rax, %rbp	# tmp1807, sp
	jb	.L734	#,
	.loc 2 126 1 discriminator 16 view .LVU1509
	.loc 2 126 1 discriminator 16 view .LVU1510
	.loc 2 126 1 discriminator 16 view .LVU1511
	.loc 2 126 1 discriminator 16 view .LVU1512
	.loc 2 126 1 discriminator 16 view .LVU1513
	.loc 2 126 1 discriminator 16 view .LVU1514
	.loc 2 126 1 discriminator 16 view .LVU1515
	.loc 2 126 1 discriminator 16 view .LVU1516
	.loc 2 126 1 discriminator 16 view .LVU1517
	.loc 2 126 1 discriminator 16 view .LVU1518
	.loc 2 127 5 discriminator 16 view .LVU1519
	.loc 2 127 5 discriminator 16 view .LVU1520
	cmpq	$65535, %rsi	#, arg
	ja	.L735	#,
	.loc 2 127 5 discriminator 2 view .LVU1521
	.loc 2 127 5 discriminator 2 view .LVU1522
	.loc 2 128 5 discriminator 2 view .LVU1523
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 is_stmt 0 discriminator 2 view .LVU1524
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 2 view .LVU1525
	addq	$8, %rbx	#, vpc
.LVL276:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU1526
	movq	(%rax,%rsi,8), %rax	# *_411, tos
.LVL277:
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU1527
	.loc 2 129 1 discriminator 2 view .LVU1528
	.loc 2 129 1 discriminator 2 view .LVU1529
	.loc 2 129 1 discriminator 2 view .LVU1530
	.loc 2 129 1 discriminator 2 view .LVU1531
	movq	%rax, 0(%rbp)	# tos, *sp_1608
	.loc 2 129 1 discriminator 2 view .LVU1532
.LVL278:
.LDL36:
	.loc 2 129 1 discriminator 2 view .LVU1533
	.loc 2 129 1 discriminator 2 view .LVU1534
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL279:
	.loc 2 129 1 is_stmt 0 discriminator 2 view .LVU1535
	jmp	*%rax	# gotovar.416_1338
.LVL280:
.L128:
.L129:
	.loc 2 129 1 discriminator 2 view .LVU1536
.LBE134:
.LBB135:
	.loc 2 146 1 is_stmt 1 discriminator 22 view .LVU1537
.LBE135:
	.loc 2 32 1 discriminator 22 view .LVU1538
.LBB136:
	.loc 2 32 1 discriminator 22 view .LVU1539
	.loc 2 32 1 discriminator 22 view .LVU1540
	.loc 2 32 1 discriminator 22 view .LVU1541
	.loc 2 32 1 discriminator 22 view .LVU1542
	.loc 2 32 1 discriminator 22 view .LVU1543
	.loc 2 32 1 discriminator 22 view .LVU1544
	.loc 2 32 1 discriminator 22 view .LVU1545
	.loc 2 32 1 discriminator 22 view .LVU1546
	.loc 2 33 1 discriminator 22 view .LVU1547
	.loc 2 33 1 discriminator 22 view .LVU1548
	.loc 2 33 1 discriminator 22 view .LVU1549
	.loc 2 33 1 discriminator 22 view .LVU1550
	.loc 2 33 1 discriminator 22 view .LVU1551
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL281:
	.loc 2 33 1 is_stmt 0 discriminator 22 view .LVU1552
.LVL282:
.LDL37:
	.loc 2 33 1 is_stmt 1 discriminator 22 view .LVU1553
	.loc 2 33 1 discriminator 22 view .LVU1554
	.loc 2 33 1 is_stmt 0 discriminator 22 view .LVU1555
	jmp	*%rax	# gotovar.416_1338
.LVL283:
.L120:
.L121:
	.loc 2 33 1 discriminator 22 view .LVU1556
.LBE136:
.LBB137:
	.loc 2 135 1 is_stmt 1 discriminator 2 view .LVU1557
.LBE137:
	.loc 2 137 1 discriminator 2 view .LVU1558
.LBB138:
	.loc 2 137 1 discriminator 2 view .LVU1559
	.loc 2 137 1 discriminator 2 view .LVU1560
	.loc 2 137 1 discriminator 2 view .LVU1561
	.loc 2 137 1 discriminator 2 view .LVU1562
	.loc 2 137 1 discriminator 2 view .LVU1563
	.loc 2 137 1 discriminator 2 view .LVU1564
	.loc 2 137 1 discriminator 2 view .LVU1565
	.loc 2 137 1 discriminator 2 view .LVU1566
	.loc 2 137 1 discriminator 2 view .LVU1567
	leaq	8(%rdi), %rax	#, tmp1833
	cmpq	%rax, %rbp	# tmp1833, sp
	jb	.L736	#,
	.loc 2 137 1 discriminator 16 view .LVU1568
	.loc 2 137 1 discriminator 16 view .LVU1569
	.loc 2 137 1 discriminator 16 view .LVU1570
	.loc 2 137 1 discriminator 16 view .LVU1571
	.loc 2 137 1 discriminator 16 view .LVU1572
	.loc 2 137 1 discriminator 16 view .LVU1573
	.loc 2 137 1 discriminator 16 view .LVU1574
	.loc 2 137 1 discriminator 16 view .LVU1575
	.loc 2 137 1 discriminator 16 view .LVU1576
	.loc 2 137 1 discriminator 16 view .LVU1577
	.loc 2 138 5 discriminator 16 view .LVU1578
	.loc 2 138 5 discriminator 16 view .LVU1579
	leaq	-8(%rbx), %rax	#, tmp1840
	subq	%r14, %rax	# slots, tmp1841
	sarq	$3, %rax	#, tmp1843
	leaq	0(%r13,%rax,4), %r12	#, _449
	movl	(%r12), %eax	# *_449,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_2342
	jge	.L737	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU1580
	movq	0(%rbp), %rsi	# *sp_1608, *sp_1608
	movq	%r10, 24(%rsp)	# rsp, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 2 view .LVU1581
	.loc 2 138 5 discriminator 2 view .LVU1582
	.loc 2 139 5 discriminator 2 view .LVU1583
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU1584
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL284:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 2 view .LVU1585
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp2312
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, rsp
	jne	.L738	#,
	.loc 2 140 9 is_stmt 1 view .LVU1586
	.loc 2 141 5 view .LVU1587
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU1588
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU1589
	subq	$8, %rbp	#, sp
.LVL285:
	.loc 2 142 1 is_stmt 1 view .LVU1590
	.loc 2 142 1 view .LVU1591
	.loc 2 142 1 view .LVU1592
	.loc 2 142 1 view .LVU1593
	.loc 2 142 1 view .LVU1594
	.loc 2 142 1 view .LVU1595
	addq	$8, %rbx	#, vpc
.LVL286:
	.loc 2 142 1 is_stmt 0 view .LVU1596
.LVL287:
.LDL38:
	.loc 2 142 1 is_stmt 1 view .LVU1597
	.loc 2 142 1 view .LVU1598
	.loc 2 142 1 is_stmt 0 view .LVU1599
	jmp	*%rax	# gotovar.416_1338
.LVL288:
.L136:
.L137:
	.loc 2 142 1 view .LVU1600
.LBE138:
.LBB139:
	.loc 2 45 1 is_stmt 1 discriminator 18 view .LVU1601
.LBE139:
	.loc 2 47 1 discriminator 18 view .LVU1602
.LBB140:
	.loc 2 47 1 discriminator 18 view .LVU1603
	.loc 2 47 1 discriminator 18 view .LVU1604
	.loc 2 47 1 discriminator 18 view .LVU1605
	.loc 2 47 1 discriminator 18 view .LVU1606
	.loc 2 47 1 discriminator 18 view .LVU1607
	.loc 2 47 1 discriminator 18 view .LVU1608
	.loc 2 47 1 discriminator 18 view .LVU1609
	.loc 2 47 1 discriminator 18 view .LVU1610
	.loc 2 47 1 discriminator 18 view .LVU1611
.LBB123:
	.loc 2 48 7 discriminator 18 view .LVU1612
	.loc 2 48 22 discriminator 18 view .LVU1613
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 18 view .LVU1614
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL289:
	.loc 2 48 35 is_stmt 1 discriminator 18 view .LVU1615
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 18 view .LVU1616
	movq	0(%rbp), %rdx	# *sp_1608, *sp_1608
.LBE123:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 18 view .LVU1617
	addq	$8, %rbx	#, vpc
.LVL290:
	.loc 2 49 1 discriminator 18 view .LVU1618
.LBB124:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 18 view .LVU1619
	movq	%rdx, -8(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + -8B]
.LBE124:
	.loc 2 49 1 is_stmt 1 discriminator 18 view .LVU1620
.LVL291:
	.loc 2 49 1 discriminator 18 view .LVU1621
	.loc 2 49 1 discriminator 18 view .LVU1622
	.loc 2 49 1 discriminator 18 view .LVU1623
	.loc 2 49 1 discriminator 18 view .LVU1624
	movq	%rax, 0(%rbp)	# tos, *sp_1608
.LVL292:
	.loc 2 49 1 discriminator 18 view .LVU1625
.LDL39:
	.loc 2 49 1 discriminator 18 view .LVU1626
	.loc 2 49 1 discriminator 18 view .LVU1627
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL293:
	.loc 2 49 1 is_stmt 0 discriminator 18 view .LVU1628
	jmp	*%rax	# gotovar.416_1338
.LVL294:
.L132:
.L133:
	.loc 2 49 1 discriminator 18 view .LVU1629
.LBE140:
.LBB141:
	.loc 2 37 1 is_stmt 1 discriminator 18 view .LVU1630
.LBE141:
	.loc 2 39 1 discriminator 18 view .LVU1631
.LBB142:
	.loc 2 39 1 discriminator 18 view .LVU1632
	.loc 2 39 1 discriminator 18 view .LVU1633
	.loc 2 39 1 discriminator 18 view .LVU1634
	.loc 2 39 1 discriminator 18 view .LVU1635
	.loc 2 39 1 discriminator 18 view .LVU1636
	.loc 2 39 1 discriminator 18 view .LVU1637
	.loc 2 39 1 discriminator 18 view .LVU1638
	.loc 2 39 1 discriminator 18 view .LVU1639
	.loc 2 39 1 discriminator 18 view .LVU1640
	.loc 2 40 5 discriminator 18 view .LVU1641
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 18 view .LVU1642
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 18 view .LVU1643
	subq	$8, %rbp	#, sp
.LVL295:
	.loc 2 41 1 is_stmt 1 discriminator 18 view .LVU1644
	.loc 2 41 1 discriminator 18 view .LVU1645
	.loc 2 41 1 discriminator 18 view .LVU1646
	.loc 2 41 1 discriminator 18 view .LVU1647
	.loc 2 41 1 discriminator 18 view .LVU1648
	.loc 2 41 1 discriminator 18 view .LVU1649
	addq	$8, %rbx	#, vpc
.LVL296:
	.loc 2 41 1 is_stmt 0 discriminator 18 view .LVU1650
.LVL297:
.LDL40:
	.loc 2 41 1 is_stmt 1 discriminator 18 view .LVU1651
	.loc 2 41 1 discriminator 18 view .LVU1652
	.loc 2 41 1 is_stmt 0 discriminator 18 view .LVU1653
	jmp	*%rax	# gotovar.416_1338
.LVL298:
.L142:
.L143:
	.loc 2 41 1 discriminator 18 view .LVU1654
.LBE142:
.LBB143:
	.loc 2 57 1 is_stmt 1 discriminator 24 view .LVU1655
.LBE143:
	.loc 2 63 1 discriminator 24 view .LVU1656
.LBB144:
	.loc 2 63 1 discriminator 24 view .LVU1657
	.loc 2 63 1 discriminator 24 view .LVU1658
	.loc 2 63 1 discriminator 24 view .LVU1659
	.loc 2 63 1 discriminator 24 view .LVU1660
	.loc 2 63 1 discriminator 24 view .LVU1661
	.loc 2 63 1 discriminator 24 view .LVU1662
	.loc 2 63 1 discriminator 24 view .LVU1663
	.loc 2 63 1 discriminator 24 view .LVU1664
	.loc 2 63 1 discriminator 24 view .LVU1665
	.loc 2 63 16 discriminator 24 view .LVU1666
.LBB145:
	.loc 2 63 16 discriminator 24 view .LVU1667
	.loc 2 63 16 discriminator 24 view .LVU1668
	.loc 2 63 16 discriminator 24 view .LVU1669
	.loc 2 63 16 discriminator 24 view .LVU1670
	.loc 2 63 16 discriminator 24 view .LVU1671
	movq	0(%rbp), %rax	# *sp_1608, *sp_1608
.LVL299:
	.loc 2 63 16 is_stmt 0 discriminator 24 view .LVU1672
.LBE145:
	.loc 2 63 16 is_stmt 1 discriminator 24 view .LVU1673
	.loc 2 63 54 discriminator 24 view .LVU1674
	.loc 2 63 54 discriminator 24 view .LVU1675
	.loc 2 63 54 discriminator 24 view .LVU1676
	.loc 2 63 54 discriminator 24 view .LVU1677
	.loc 2 63 54 discriminator 24 view .LVU1678
	addq	%rax, -8(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + -8B]
.LVL300:
	.loc 2 63 54 discriminator 24 view .LVU1679
	addq	$8, %rbx	#, vpc
.LVL301:
.LBB146:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 is_stmt 0 discriminator 24 view .LVU1680
	subq	$8, %rbp	#, sp
.LVL302:
	.loc 2 63 16 discriminator 24 view .LVU1681
.LBE146:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 24 view .LVU1682
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL303:
	.loc 2 63 54 discriminator 24 view .LVU1683
.LVL304:
.LDL41:
	.loc 2 63 54 is_stmt 1 discriminator 24 view .LVU1684
	.loc 2 63 54 discriminator 24 view .LVU1685
	.loc 2 63 54 is_stmt 0 discriminator 24 view .LVU1686
	jmp	*%rax	# gotovar.416_1338
.LVL305:
.L144:
.L145:
	.loc 2 63 54 is_stmt 1 discriminator 24 view .LVU1687
.LBE144:
	.loc 2 64 1 discriminator 24 view .LVU1688
.LBB147:
	.loc 2 64 1 discriminator 24 view .LVU1689
	.loc 2 64 1 discriminator 24 view .LVU1690
	.loc 2 64 1 discriminator 24 view .LVU1691
	.loc 2 64 1 discriminator 24 view .LVU1692
	.loc 2 64 1 discriminator 24 view .LVU1693
	.loc 2 64 1 discriminator 24 view .LVU1694
	.loc 2 64 1 discriminator 24 view .LVU1695
	.loc 2 64 1 discriminator 24 view .LVU1696
	.loc 2 64 1 discriminator 24 view .LVU1697
	.loc 2 64 16 discriminator 24 view .LVU1698
.LBB148:
	.loc 2 64 16 discriminator 24 view .LVU1699
	.loc 2 64 16 discriminator 24 view .LVU1700
	.loc 2 64 16 discriminator 24 view .LVU1701
	.loc 2 64 16 discriminator 24 view .LVU1702
	.loc 2 64 16 discriminator 24 view .LVU1703
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
	subq	0(%rbp), %rax	# *sp_1608, _506
.LVL306:
	.loc 2 64 16 is_stmt 0 discriminator 24 view .LVU1704
.LBE148:
	.loc 2 64 16 is_stmt 1 discriminator 24 view .LVU1705
	.loc 2 64 54 discriminator 24 view .LVU1706
	.loc 2 64 54 discriminator 24 view .LVU1707
	.loc 2 64 54 discriminator 24 view .LVU1708
	.loc 2 64 54 discriminator 24 view .LVU1709
	.loc 2 64 54 discriminator 24 view .LVU1710
	addq	$8, %rbx	#, vpc
.LVL307:
.LBB149:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 is_stmt 0 discriminator 24 view .LVU1711
	subq	$8, %rbp	#, sp
.LVL308:
	.loc 2 64 16 discriminator 24 view .LVU1712
.LBE149:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 24 view .LVU1713
	movq	%rax, 0(%rbp)	# _506, MEM[(cell *)sp_1608 + -8B]
.LVL309:
	.loc 2 64 54 is_stmt 1 discriminator 24 view .LVU1714
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL310:
	.loc 2 64 54 is_stmt 0 discriminator 24 view .LVU1715
.LVL311:
.LDL42:
	.loc 2 64 54 is_stmt 1 discriminator 24 view .LVU1716
	.loc 2 64 54 discriminator 24 view .LVU1717
	.loc 2 64 54 is_stmt 0 discriminator 24 view .LVU1718
	jmp	*%rax	# gotovar.416_1338
.LVL312:
.L146:
.L147:
	.loc 2 64 54 is_stmt 1 discriminator 24 view .LVU1719
.LBE147:
	.loc 2 65 1 discriminator 24 view .LVU1720
.LBB150:
	.loc 2 65 1 discriminator 24 view .LVU1721
	.loc 2 65 1 discriminator 24 view .LVU1722
	.loc 2 65 1 discriminator 24 view .LVU1723
	.loc 2 65 1 discriminator 24 view .LVU1724
	.loc 2 65 1 discriminator 24 view .LVU1725
	.loc 2 65 1 discriminator 24 view .LVU1726
	.loc 2 65 1 discriminator 24 view .LVU1727
	.loc 2 65 1 discriminator 24 view .LVU1728
	.loc 2 65 1 discriminator 24 view .LVU1729
	.loc 2 65 16 discriminator 24 view .LVU1730
.LBB151:
	.loc 2 65 16 discriminator 24 view .LVU1731
	.loc 2 65 16 discriminator 24 view .LVU1732
	.loc 2 65 16 discriminator 24 view .LVU1733
	.loc 2 65 16 discriminator 24 view .LVU1734
	.loc 2 65 16 discriminator 24 view .LVU1735
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
	imulq	0(%rbp), %rax	# *sp_1608, _513
.LVL313:
	.loc 2 65 16 is_stmt 0 discriminator 24 view .LVU1736
.LBE151:
	.loc 2 65 16 is_stmt 1 discriminator 24 view .LVU1737
	.loc 2 65 54 discriminator 24 view .LVU1738
	.loc 2 65 54 discriminator 24 view .LVU1739
	.loc 2 65 54 discriminator 24 view .LVU1740
	.loc 2 65 54 discriminator 24 view .LVU1741
	.loc 2 65 54 discriminator 24 view .LVU1742
	addq	$8, %rbx	#, vpc
.LVL314:
.LBB152:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 is_stmt 0 discriminator 24 view .LVU1743
	subq	$8, %rbp	#, sp
.LVL315:
	.loc 2 65 16 discriminator 24 view .LVU1744
.LBE152:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 discriminator 24 view .LVU1745
	movq	%rax, 0(%rbp)	# _513, MEM[(cell *)sp_1608 + -8B]
.LVL316:
	.loc 2 65 54 is_stmt 1 discriminator 24 view .LVU1746
.LDL43:
	.loc 2 65 54 discriminator 24 view .LVU1747
	.loc 2 65 54 discriminator 24 view .LVU1748
	.loc 2 65 54 is_stmt 0 discriminator 24 view .LVU1749
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL317:
	.loc 2 65 54 discriminator 24 view .LVU1750
	jmp	*%rax	# gotovar.416_1338
.LVL318:
.L148:
.L149:
	.loc 2 65 54 is_stmt 1 discriminator 18 view .LVU1751
.LBE150:
	.loc 2 67 1 discriminator 18 view .LVU1752
.LBB153:
	.loc 2 67 1 discriminator 18 view .LVU1753
	.loc 2 67 1 discriminator 18 view .LVU1754
	.loc 2 67 1 discriminator 18 view .LVU1755
	.loc 2 67 1 discriminator 18 view .LVU1756
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL319:
	.loc 2 67 1 discriminator 18 view .LVU1757
	.loc 2 67 1 discriminator 18 view .LVU1758
	.loc 2 67 1 discriminator 18 view .LVU1759
	.loc 2 67 1 discriminator 18 view .LVU1760
	.loc 2 67 1 discriminator 18 view .LVU1761
	.loc 2 68 5 discriminator 18 view .LVU1762
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 is_stmt 0 discriminator 18 view .LVU1763
	testq	%rsi, %rsi	# arg
	je	.L739	#,
	.loc 2 69 9 is_stmt 1 view .LVU1764
	.loc 2 71 5 view .LVU1765
.LBB154:
	.loc 2 71 5 view .LVU1766
.LVL320:
	.loc 2 71 5 is_stmt 0 view .LVU1767
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL321:
	.loc 2 71 5 is_stmt 1 view .LVU1768
	.loc 2 71 5 view .LVU1769
	.loc 2 71 5 view .LVU1770
	leaq	-8(%rbp), %rcx	#, sp
.LVL322:
	.loc 2 71 5 view .LVU1771
	cmpq	$-1, %rsi	#, arg
	je	.L740	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 6 view .LVU1772
	cqto
.LBE154:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 6 view .LVU1773
	addq	$8, %rbx	#, vpc
.LVL323:
.LBB155:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 6 view .LVU1774
	idivq	%rsi	# arg
.LVL324:
	.loc 2 71 5 discriminator 6 view .LVU1775
.LBE155:
	.loc 2 71 5 is_stmt 1 discriminator 6 view .LVU1776
	.loc 2 72 1 discriminator 6 view .LVU1777
	.loc 2 72 1 discriminator 6 view .LVU1778
	.loc 2 72 1 discriminator 6 view .LVU1779
	.loc 2 72 1 discriminator 6 view .LVU1780
	.loc 2 72 1 discriminator 6 view .LVU1781
.LVL325:
	.loc 2 72 1 is_stmt 0 discriminator 6 view .LVU1782
	movq	%rax, -8(%rbp)	# iftmp.83_1581, MEM[(cell *)sp_1608 + -8B]
.LVL326:
	.loc 2 72 1 is_stmt 1 discriminator 6 view .LVU1783
	.loc 2 72 1 discriminator 6 view .LVU1784
	.loc 2 72 1 discriminator 6 view .LVU1785
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL327:
.LBB156:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 6 view .LVU1786
	movq	%rcx, %rbp	# sp, sp
.LVL328:
	.loc 2 71 5 discriminator 6 view .LVU1787
	jmp	*%rax	# gotovar.416_1338
.LVL329:
.L153:
.L154:
	.loc 2 71 5 discriminator 6 view .LVU1788
.LBE156:
	.loc 2 72 1 is_stmt 1 discriminator 18 view .LVU1789
.LBE153:
	.loc 2 74 1 discriminator 18 view .LVU1790
.LBB159:
	.loc 2 74 1 discriminator 18 view .LVU1791
	.loc 2 74 1 discriminator 18 view .LVU1792
	.loc 2 74 1 discriminator 18 view .LVU1793
	.loc 2 74 1 discriminator 18 view .LVU1794
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL330:
	.loc 2 74 1 discriminator 18 view .LVU1795
	.loc 2 74 1 discriminator 18 view .LVU1796
	.loc 2 74 1 discriminator 18 view .LVU1797
	.loc 2 74 1 discriminator 18 view .LVU1798
	.loc 2 74 1 discriminator 18 view .LVU1799
	.loc 2 75 5 discriminator 18 view .LVU1800
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 18 view .LVU1801
	testq	%rsi, %rsi	# arg
	je	.L741	#,
	.loc 2 76 9 is_stmt 1 view .LVU1802
	.loc 2 77 5 view .LVU1803
.LBB160:
	.loc 2 77 5 view .LVU1804
.LVL331:
	.loc 2 77 5 is_stmt 0 view .LVU1805
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL332:
	.loc 2 77 5 is_stmt 1 view .LVU1806
	.loc 2 77 5 view .LVU1807
	.loc 2 77 5 view .LVU1808
	leaq	-8(%rbp), %rcx	#, sp
.LVL333:
	.loc 2 77 5 view .LVU1809
	xorl	%edx, %edx	# iftmp.87_1582
	cmpq	$-1, %rsi	#, arg
	je	.L156	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 5 view .LVU1810
	cqto
.LBE160:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 5 view .LVU1811
	addq	$8, %rbx	#, vpc
.LVL334:
.LBB161:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 5 view .LVU1812
	idivq	%rsi	# arg
.LVL335:
	.loc 2 77 5 discriminator 5 view .LVU1813
.LBE161:
	.loc 2 77 5 is_stmt 1 discriminator 5 view .LVU1814
	.loc 2 78 1 discriminator 5 view .LVU1815
	.loc 2 78 1 discriminator 5 view .LVU1816
	.loc 2 78 1 discriminator 5 view .LVU1817
	.loc 2 78 1 discriminator 5 view .LVU1818
	.loc 2 78 1 discriminator 5 view .LVU1819
.LVL336:
	.loc 2 78 1 is_stmt 0 discriminator 5 view .LVU1820
	movq	%rdx, -8(%rbp)	# iftmp.87_1582, MEM[(cell *)sp_1608 + -8B]
.LVL337:
	.loc 2 78 1 is_stmt 1 discriminator 5 view .LVU1821
	.loc 2 78 1 discriminator 5 view .LVU1822
	.loc 2 78 1 discriminator 5 view .LVU1823
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL338:
.LBB162:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 5 view .LVU1824
	movq	%rcx, %rbp	# sp, sp
.LVL339:
	.loc 2 77 5 discriminator 5 view .LVU1825
	jmp	*%rax	# gotovar.416_1338
.LVL340:
.L157:
.L158:
	.loc 2 77 5 discriminator 5 view .LVU1826
.LBE162:
	.loc 2 78 1 is_stmt 1 discriminator 18 view .LVU1827
.LBE159:
	.loc 2 80 1 discriminator 18 view .LVU1828
.LBB164:
	.loc 2 80 1 discriminator 18 view .LVU1829
	.loc 2 80 1 discriminator 18 view .LVU1830
	.loc 2 80 1 discriminator 18 view .LVU1831
	.loc 2 80 1 discriminator 18 view .LVU1832
	.loc 2 80 1 discriminator 18 view .LVU1833
	.loc 2 80 1 discriminator 18 view .LVU1834
	.loc 2 80 1 discriminator 18 view .LVU1835
	.loc 2 80 1 discriminator 18 view .LVU1836
	.loc 2 80 1 discriminator 18 view .LVU1837
	.loc 2 81 5 discriminator 18 view .LVU1838
	.loc 2 82 1 discriminator 18 view .LVU1839
	.loc 2 82 1 discriminator 18 view .LVU1840
	.loc 2 82 1 discriminator 18 view .LVU1841
	.loc 2 82 1 discriminator 18 view .LVU1842
	.loc 2 82 1 discriminator 18 view .LVU1843
	negq	0(%rbp)	# *sp_1608
.LVL341:
	.loc 2 82 1 discriminator 18 view .LVU1844
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL342:
	.loc 2 82 1 is_stmt 0 discriminator 18 view .LVU1845
.LVL343:
.LDL44:
	.loc 2 82 1 is_stmt 1 discriminator 18 view .LVU1846
	.loc 2 82 1 discriminator 18 view .LVU1847
	.loc 2 82 1 is_stmt 0 discriminator 18 view .LVU1848
	jmp	*%rax	# gotovar.416_1338
.LVL344:
.L159:
.L160:
	.loc 2 82 1 is_stmt 1 discriminator 18 view .LVU1849
.LBE164:
	.loc 2 84 1 discriminator 18 view .LVU1850
.LBB165:
	.loc 2 84 1 discriminator 18 view .LVU1851
	.loc 2 84 1 discriminator 18 view .LVU1852
	.loc 2 84 1 discriminator 18 view .LVU1853
	.loc 2 84 1 discriminator 18 view .LVU1854
	.loc 2 84 1 discriminator 18 view .LVU1855
	.loc 2 84 1 discriminator 18 view .LVU1856
	.loc 2 84 1 discriminator 18 view .LVU1857
	.loc 2 84 1 discriminator 18 view .LVU1858
	.loc 2 84 1 discriminator 18 view .LVU1859
	.loc 2 85 5 discriminator 18 view .LVU1860
	.loc 2 86 1 discriminator 18 view .LVU1861
	.loc 2 86 1 discriminator 18 view .LVU1862
	.loc 2 86 1 discriminator 18 view .LVU1863
	.loc 2 86 1 discriminator 18 view .LVU1864
	.loc 2 86 1 discriminator 18 view .LVU1865
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 is_stmt 0 discriminator 18 view .LVU1866
	notq	0(%rbp)	# *sp_1608
.LVL345:
	.loc 2 86 1 is_stmt 1 discriminator 18 view .LVU1867
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL346:
	.loc 2 86 1 is_stmt 0 discriminator 18 view .LVU1868
.LVL347:
.LDL45:
	.loc 2 86 1 is_stmt 1 discriminator 18 view .LVU1869
	.loc 2 86 1 discriminator 18 view .LVU1870
	.loc 2 86 1 is_stmt 0 discriminator 18 view .LVU1871
	jmp	*%rax	# gotovar.416_1338
.LVL348:
.L161:
.L162:
	.loc 2 86 1 is_stmt 1 discriminator 24 view .LVU1872
.LBE165:
	.loc 2 88 1 discriminator 24 view .LVU1873
.LBB166:
	.loc 2 88 1 discriminator 24 view .LVU1874
	.loc 2 88 1 discriminator 24 view .LVU1875
	.loc 2 88 1 discriminator 24 view .LVU1876
	.loc 2 88 1 discriminator 24 view .LVU1877
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL349:
	.loc 2 88 1 discriminator 24 view .LVU1878
	.loc 2 88 1 discriminator 24 view .LVU1879
	.loc 2 88 1 discriminator 24 view .LVU1880
	.loc 2 88 1 discriminator 24 view .LVU1881
	.loc 2 88 1 discriminator 24 view .LVU1882
	.loc 2 88 16 discriminator 24 view .LVU1883
.LBB167:
	.loc 2 88 16 discriminator 24 view .LVU1884
	.loc 2 88 16 discriminator 24 view .LVU1885
	.loc 2 88 16 discriminator 24 view .LVU1886
	.loc 2 88 16 discriminator 24 view .LVU1887
	.loc 2 88 16 discriminator 24 view .LVU1888
	.loc 2 88 16 is_stmt 0 discriminator 24 view .LVU1889
.LBE167:
	.loc 2 88 16 is_stmt 1 discriminator 24 view .LVU1890
	.loc 2 88 32 discriminator 24 view .LVU1891
	.loc 2 88 32 discriminator 24 view .LVU1892
	.loc 2 88 32 discriminator 24 view .LVU1893
	.loc 2 88 32 discriminator 24 view .LVU1894
	.loc 2 88 32 discriminator 24 view .LVU1895
.LBB168:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 24 view .LVU1896
	andq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL350:
	.loc 2 88 16 discriminator 24 view .LVU1897
.LBE168:
	.loc 2 88 32 is_stmt 1 discriminator 24 view .LVU1898
	addq	$8, %rbx	#, vpc
.LVL351:
.LBB169:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 24 view .LVU1899
	subq	$8, %rbp	#, sp
.LVL352:
	.loc 2 88 16 discriminator 24 view .LVU1900
.LBE169:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 24 view .LVU1901
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL353:
	.loc 2 88 32 discriminator 24 view .LVU1902
.LVL354:
.LDL46:
	.loc 2 88 32 is_stmt 1 discriminator 24 view .LVU1903
	.loc 2 88 32 discriminator 24 view .LVU1904
	.loc 2 88 32 is_stmt 0 discriminator 24 view .LVU1905
	jmp	*%rax	# gotovar.416_1338
.LVL355:
.L163:
.L164:
	.loc 2 88 32 is_stmt 1 discriminator 24 view .LVU1906
.LBE166:
	.loc 2 89 1 discriminator 24 view .LVU1907
.LBB170:
	.loc 2 89 1 discriminator 24 view .LVU1908
	.loc 2 89 1 discriminator 24 view .LVU1909
	.loc 2 89 1 discriminator 24 view .LVU1910
	.loc 2 89 1 discriminator 24 view .LVU1911
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL356:
	.loc 2 89 1 discriminator 24 view .LVU1912
	.loc 2 89 1 discriminator 24 view .LVU1913
	.loc 2 89 1 discriminator 24 view .LVU1914
	.loc 2 89 1 discriminator 24 view .LVU1915
	.loc 2 89 1 discriminator 24 view .LVU1916
	.loc 2 89 16 discriminator 24 view .LVU1917
.LBB171:
	.loc 2 89 16 discriminator 24 view .LVU1918
	.loc 2 89 16 discriminator 24 view .LVU1919
	.loc 2 89 16 discriminator 24 view .LVU1920
	.loc 2 89 16 discriminator 24 view .LVU1921
	.loc 2 89 16 discriminator 24 view .LVU1922
	.loc 2 89 16 is_stmt 0 discriminator 24 view .LVU1923
.LBE171:
	.loc 2 89 16 is_stmt 1 discriminator 24 view .LVU1924
	.loc 2 89 32 discriminator 24 view .LVU1925
	.loc 2 89 32 discriminator 24 view .LVU1926
	.loc 2 89 32 discriminator 24 view .LVU1927
	.loc 2 89 32 discriminator 24 view .LVU1928
	.loc 2 89 32 discriminator 24 view .LVU1929
.LBB172:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 24 view .LVU1930
	orq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL357:
	.loc 2 89 16 discriminator 24 view .LVU1931
.LBE172:
	.loc 2 89 32 is_stmt 1 discriminator 24 view .LVU1932
	addq	$8, %rbx	#, vpc
.LVL358:
.LBB173:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 24 view .LVU1933
	subq	$8, %rbp	#, sp
.LVL359:
	.loc 2 89 16 discriminator 24 view .LVU1934
.LBE173:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 24 view .LVU1935
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL360:
	.loc 2 89 32 discriminator 24 view .LVU1936
.LVL361:
.LDL47:
	.loc 2 89 32 is_stmt 1 discriminator 24 view .LVU1937
	.loc 2 89 32 discriminator 24 view .LVU1938
	.loc 2 89 32 is_stmt 0 discriminator 24 view .LVU1939
	jmp	*%rax	# gotovar.416_1338
.LVL362:
.L165:
.L166:
	.loc 2 89 32 is_stmt 1 discriminator 24 view .LVU1940
.LBE170:
	.loc 2 90 1 discriminator 24 view .LVU1941
.LBB174:
	.loc 2 90 1 discriminator 24 view .LVU1942
	.loc 2 90 1 discriminator 24 view .LVU1943
	.loc 2 90 1 discriminator 24 view .LVU1944
	.loc 2 90 1 discriminator 24 view .LVU1945
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL363:
	.loc 2 90 1 discriminator 24 view .LVU1946
	.loc 2 90 1 discriminator 24 view .LVU1947
	.loc 2 90 1 discriminator 24 view .LVU1948
	.loc 2 90 1 discriminator 24 view .LVU1949
	.loc 2 90 1 discriminator 24 view .LVU1950
	.loc 2 90 16 discriminator 24 view .LVU1951
.LBB175:
	.loc 2 90 16 discriminator 24 view .LVU1952
	.loc 2 90 16 discriminator 24 view .LVU1953
	.loc 2 90 16 discriminator 24 view .LVU1954
	.loc 2 90 16 discriminator 24 view .LVU1955
	.loc 2 90 16 discriminator 24 view .LVU1956
	.loc 2 90 16 is_stmt 0 discriminator 24 view .LVU1957
.LBE175:
	.loc 2 90 16 is_stmt 1 discriminator 24 view .LVU1958
	.loc 2 90 32 discriminator 24 view .LVU1959
	.loc 2 90 32 discriminator 24 view .LVU1960
	.loc 2 90 32 discriminator 24 view .LVU1961
	.loc 2 90 32 discriminator 24 view .LVU1962
	.loc 2 90 32 discriminator 24 view .LVU1963
.LBB176:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 24 view .LVU1964
	xorq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
.LVL364:
	.loc 2 90 16 discriminator 24 view .LVU1965
.LBE176:
	.loc 2 90 32 is_stmt 1 discriminator 24 view .LVU1966
	addq	$8, %rbx	#, vpc
.LVL365:
.LBB177:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 24 view .LVU1967
	subq	$8, %rbp	#, sp
.LVL366:
	.loc 2 90 16 discriminator 24 view .LVU1968
.LBE177:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 24 view .LVU1969
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL367:
	.loc 2 90 32 discriminator 24 view .LVU1970
.LVL368:
.LDL48:
	.loc 2 90 32 is_stmt 1 discriminator 24 view .LVU1971
	.loc 2 90 32 discriminator 24 view .LVU1972
	.loc 2 90 32 is_stmt 0 discriminator 24 view .LVU1973
	jmp	*%rax	# gotovar.416_1338
.LVL369:
.L167:
.L168:
	.loc 2 90 32 is_stmt 1 discriminator 24 view .LVU1974
.LBE174:
	.loc 2 91 1 discriminator 24 view .LVU1975
.LBB178:
	.loc 2 91 1 discriminator 24 view .LVU1976
	.loc 2 91 1 discriminator 24 view .LVU1977
	.loc 2 91 1 discriminator 24 view .LVU1978
	.loc 2 91 1 discriminator 24 view .LVU1979
	.loc 2 91 1 discriminator 24 view .LVU1980
	.loc 2 91 1 discriminator 24 view .LVU1981
	.loc 2 91 1 discriminator 24 view .LVU1982
	.loc 2 91 1 discriminator 24 view .LVU1983
	.loc 2 91 1 discriminator 24 view .LVU1984
	.loc 2 91 16 discriminator 24 view .LVU1985
.LBB179:
	.loc 2 91 16 discriminator 24 view .LVU1986
	.loc 2 91 16 discriminator 24 view .LVU1987
	.loc 2 91 16 discriminator 24 view .LVU1988
	.loc 2 91 16 discriminator 24 view .LVU1989
	.loc 2 91 16 discriminator 24 view .LVU1990
	movq	0(%rbp), %rcx	# *sp_1608, *sp_1608
.LVL370:
	.loc 2 91 16 is_stmt 0 discriminator 24 view .LVU1991
.LBE179:
	.loc 2 91 16 is_stmt 1 discriminator 24 view .LVU1992
	.loc 2 91 55 discriminator 24 view .LVU1993
	.loc 2 91 55 discriminator 24 view .LVU1994
	.loc 2 91 55 discriminator 24 view .LVU1995
	.loc 2 91 55 discriminator 24 view .LVU1996
	.loc 2 91 55 discriminator 24 view .LVU1997
	salq	%cl, -8(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + -8B]
.LVL371:
	.loc 2 91 55 discriminator 24 view .LVU1998
	addq	$8, %rbx	#, vpc
.LVL372:
.LBB180:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 is_stmt 0 discriminator 24 view .LVU1999
	subq	$8, %rbp	#, sp
.LVL373:
	.loc 2 91 16 discriminator 24 view .LVU2000
.LBE180:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 24 view .LVU2001
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL374:
.LDL49:
	.loc 2 91 55 is_stmt 1 discriminator 24 view .LVU2002
	.loc 2 91 55 discriminator 24 view .LVU2003
	.loc 2 91 55 is_stmt 0 discriminator 24 view .LVU2004
	jmp	*%rax	# gotovar.416_1338
.LVL375:
.L169:
.L170:
	.loc 2 91 55 is_stmt 1 discriminator 24 view .LVU2005
.LBE178:
	.loc 2 93 1 discriminator 24 view .LVU2006
.LBB181:
	.loc 2 93 1 discriminator 24 view .LVU2007
	.loc 2 93 1 discriminator 24 view .LVU2008
	.loc 2 93 1 discriminator 24 view .LVU2009
	.loc 2 93 1 discriminator 24 view .LVU2010
	.loc 2 93 1 discriminator 24 view .LVU2011
	.loc 2 93 1 discriminator 24 view .LVU2012
	.loc 2 93 1 discriminator 24 view .LVU2013
	.loc 2 93 1 discriminator 24 view .LVU2014
	.loc 2 93 1 discriminator 24 view .LVU2015
	.loc 2 93 16 discriminator 24 view .LVU2016
.LBB182:
	.loc 2 93 16 discriminator 24 view .LVU2017
	.loc 2 93 16 discriminator 24 view .LVU2018
	.loc 2 93 16 discriminator 24 view .LVU2019
	.loc 2 93 16 discriminator 24 view .LVU2020
	.loc 2 93 16 discriminator 24 view .LVU2021
	movq	0(%rbp), %rcx	# *sp_1608, *sp_1608
.LVL376:
	.loc 2 93 16 is_stmt 0 discriminator 24 view .LVU2022
.LBE182:
	.loc 2 93 16 is_stmt 1 discriminator 24 view .LVU2023
	.loc 2 93 68 discriminator 24 view .LVU2024
	.loc 2 93 68 discriminator 24 view .LVU2025
	.loc 2 93 68 discriminator 24 view .LVU2026
	.loc 2 93 68 discriminator 24 view .LVU2027
	.loc 2 93 68 discriminator 24 view .LVU2028
.LBB183:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 24 view .LVU2029
	sarq	%cl, -8(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + -8B]
.LVL377:
	.loc 2 93 16 discriminator 24 view .LVU2030
.LBE183:
	.loc 2 93 68 is_stmt 1 discriminator 24 view .LVU2031
	addq	$8, %rbx	#, vpc
.LVL378:
.LBB184:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 24 view .LVU2032
	subq	$8, %rbp	#, sp
.LVL379:
	.loc 2 93 16 discriminator 24 view .LVU2033
.LBE184:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 24 view .LVU2034
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL380:
.LDL50:
	.loc 2 93 68 is_stmt 1 discriminator 24 view .LVU2035
	.loc 2 93 68 discriminator 24 view .LVU2036
	.loc 2 93 68 is_stmt 0 discriminator 24 view .LVU2037
	jmp	*%rax	# gotovar.416_1338
.LVL381:
.L171:
.L172:
	.loc 2 93 68 is_stmt 1 discriminator 24 view .LVU2038
.LBE181:
	.loc 2 95 1 discriminator 24 view .LVU2039
.LBB185:
	.loc 2 95 1 discriminator 24 view .LVU2040
	.loc 2 95 1 discriminator 24 view .LVU2041
	.loc 2 95 1 discriminator 24 view .LVU2042
	.loc 2 95 1 discriminator 24 view .LVU2043
	.loc 2 95 1 discriminator 24 view .LVU2044
	.loc 2 95 1 discriminator 24 view .LVU2045
	.loc 2 95 1 discriminator 24 view .LVU2046
	.loc 2 95 1 discriminator 24 view .LVU2047
	.loc 2 95 1 discriminator 24 view .LVU2048
	.loc 2 95 16 discriminator 24 view .LVU2049
.LBB186:
	.loc 2 95 16 discriminator 24 view .LVU2050
	.loc 2 95 16 discriminator 24 view .LVU2051
	.loc 2 95 16 discriminator 24 view .LVU2052
	.loc 2 95 16 discriminator 24 view .LVU2053
	.loc 2 95 16 discriminator 24 view .LVU2054
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2349
	cmpq	%rax, 0(%rbp)	# tmp2349, *sp_1608
.LVL382:
	.loc 2 95 16 is_stmt 0 discriminator 24 view .LVU2055
.LBE186:
	.loc 2 95 16 is_stmt 1 discriminator 24 view .LVU2056
	.loc 2 95 33 discriminator 24 view .LVU2057
	.loc 2 95 33 discriminator 24 view .LVU2058
	.loc 2 95 33 discriminator 24 view .LVU2059
	.loc 2 95 33 discriminator 24 view .LVU2060
	.loc 2 95 33 discriminator 24 view .LVU2061
.LBB187:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 is_stmt 0 discriminator 24 view .LVU2062
	sete	%al	#, _575
	subq	$8, %rbp	#, sp
.LVL383:
	.loc 2 95 16 discriminator 24 view .LVU2063
.LBE187:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 24 view .LVU2064
	addq	$8, %rbx	#, vpc
.LVL384:
.LBB188:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 24 view .LVU2065
	movzbl	%al, %eax	# _575, _575
.LVL385:
	.loc 2 95 16 discriminator 24 view .LVU2066
	movq	%rax, 0(%rbp)	# _575, MEM[(cell *)sp_1608 + -8B]
.LVL386:
	.loc 2 95 16 discriminator 24 view .LVU2067
.LBE188:
	.loc 2 95 33 is_stmt 1 discriminator 24 view .LVU2068
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL387:
	.loc 2 95 33 is_stmt 0 discriminator 24 view .LVU2069
.LVL388:
.LDL51:
	.loc 2 95 33 is_stmt 1 discriminator 24 view .LVU2070
	.loc 2 95 33 discriminator 24 view .LVU2071
	.loc 2 95 33 is_stmt 0 discriminator 24 view .LVU2072
	jmp	*%rax	# gotovar.416_1338
.LVL389:
.L173:
.L174:
	.loc 2 95 33 is_stmt 1 discriminator 24 view .LVU2073
.LBE185:
	.loc 2 96 1 discriminator 24 view .LVU2074
.LBB189:
	.loc 2 96 1 discriminator 24 view .LVU2075
	.loc 2 96 1 discriminator 24 view .LVU2076
	.loc 2 96 1 discriminator 24 view .LVU2077
	.loc 2 96 1 discriminator 24 view .LVU2078
	.loc 2 96 1 discriminator 24 view .LVU2079
	.loc 2 96 1 discriminator 24 view .LVU2080
	.loc 2 96 1 discriminator 24 view .LVU2081
	.loc 2 96 1 discriminator 24 view .LVU2082
	.loc 2 96 1 discriminator 24 view .LVU2083
	.loc 2 96 16 discriminator 24 view .LVU2084
.LBB190:
	.loc 2 96 16 discriminator 24 view .LVU2085
	.loc 2 96 16 discriminator 24 view .LVU2086
	.loc 2 96 16 discriminator 24 view .LVU2087
	.loc 2 96 16 discriminator 24 view .LVU2088
	.loc 2 96 16 discriminator 24 view .LVU2089
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2350
	cmpq	%rax, 0(%rbp)	# tmp2350, *sp_1608
.LVL390:
	.loc 2 96 16 is_stmt 0 discriminator 24 view .LVU2090
.LBE190:
	.loc 2 96 16 is_stmt 1 discriminator 24 view .LVU2091
	.loc 2 96 33 discriminator 24 view .LVU2092
	.loc 2 96 33 discriminator 24 view .LVU2093
	.loc 2 96 33 discriminator 24 view .LVU2094
	.loc 2 96 33 discriminator 24 view .LVU2095
	.loc 2 96 33 discriminator 24 view .LVU2096
.LBB191:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 is_stmt 0 discriminator 24 view .LVU2097
	setne	%al	#, _581
	subq	$8, %rbp	#, sp
.LVL391:
	.loc 2 96 16 discriminator 24 view .LVU2098
.LBE191:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 24 view .LVU2099
	addq	$8, %rbx	#, vpc
.LVL392:
.LBB192:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 24 view .LVU2100
	movzbl	%al, %eax	# _581, _581
.LVL393:
	.loc 2 96 16 discriminator 24 view .LVU2101
	movq	%rax, 0(%rbp)	# _581, MEM[(cell *)sp_1608 + -8B]
.LVL394:
	.loc 2 96 16 discriminator 24 view .LVU2102
.LBE192:
	.loc 2 96 33 is_stmt 1 discriminator 24 view .LVU2103
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL395:
	.loc 2 96 33 is_stmt 0 discriminator 24 view .LVU2104
.LVL396:
.LDL52:
	.loc 2 96 33 is_stmt 1 discriminator 24 view .LVU2105
	.loc 2 96 33 discriminator 24 view .LVU2106
	.loc 2 96 33 is_stmt 0 discriminator 24 view .LVU2107
	jmp	*%rax	# gotovar.416_1338
.LVL397:
.L175:
.L176:
	.loc 2 96 33 is_stmt 1 discriminator 24 view .LVU2108
.LBE189:
	.loc 2 97 1 discriminator 24 view .LVU2109
.LBB193:
	.loc 2 97 1 discriminator 24 view .LVU2110
	.loc 2 97 1 discriminator 24 view .LVU2111
	.loc 2 97 1 discriminator 24 view .LVU2112
	.loc 2 97 1 discriminator 24 view .LVU2113
	.loc 2 97 1 discriminator 24 view .LVU2114
	.loc 2 97 1 discriminator 24 view .LVU2115
	.loc 2 97 1 discriminator 24 view .LVU2116
	.loc 2 97 1 discriminator 24 view .LVU2117
	.loc 2 97 1 discriminator 24 view .LVU2118
	.loc 2 97 16 discriminator 24 view .LVU2119
.LBB194:
	.loc 2 97 16 discriminator 24 view .LVU2120
	.loc 2 97 16 discriminator 24 view .LVU2121
	.loc 2 97 16 discriminator 24 view .LVU2122
	.loc 2 97 16 discriminator 24 view .LVU2123
	.loc 2 97 16 discriminator 24 view .LVU2124
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2351
	cmpq	%rax, 0(%rbp)	# tmp2351, *sp_1608
.LVL398:
	.loc 2 97 16 is_stmt 0 discriminator 24 view .LVU2125
.LBE194:
	.loc 2 97 16 is_stmt 1 discriminator 24 view .LVU2126
	.loc 2 97 33 discriminator 24 view .LVU2127
	.loc 2 97 33 discriminator 24 view .LVU2128
	.loc 2 97 33 discriminator 24 view .LVU2129
	.loc 2 97 33 discriminator 24 view .LVU2130
	.loc 2 97 33 discriminator 24 view .LVU2131
.LBB195:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 is_stmt 0 discriminator 24 view .LVU2132
	setg	%al	#, _586
	subq	$8, %rbp	#, sp
.LVL399:
	.loc 2 97 16 discriminator 24 view .LVU2133
.LBE195:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 24 view .LVU2134
	addq	$8, %rbx	#, vpc
.LVL400:
.LBB196:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 24 view .LVU2135
	movzbl	%al, %eax	# _586, _586
.LVL401:
	.loc 2 97 16 discriminator 24 view .LVU2136
	movq	%rax, 0(%rbp)	# _586, MEM[(cell *)sp_1608 + -8B]
.LVL402:
	.loc 2 97 16 discriminator 24 view .LVU2137
.LBE196:
	.loc 2 97 33 is_stmt 1 discriminator 24 view .LVU2138
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL403:
	.loc 2 97 33 is_stmt 0 discriminator 24 view .LVU2139
.LVL404:
.LDL53:
	.loc 2 97 33 is_stmt 1 discriminator 24 view .LVU2140
	.loc 2 97 33 discriminator 24 view .LVU2141
	.loc 2 97 33 is_stmt 0 discriminator 24 view .LVU2142
	jmp	*%rax	# gotovar.416_1338
.LVL405:
.L177:
.L178:
	.loc 2 97 33 is_stmt 1 discriminator 24 view .LVU2143
.LBE193:
	.loc 2 98 1 discriminator 24 view .LVU2144
.LBB197:
	.loc 2 98 1 discriminator 24 view .LVU2145
	.loc 2 98 1 discriminator 24 view .LVU2146
	.loc 2 98 1 discriminator 24 view .LVU2147
	.loc 2 98 1 discriminator 24 view .LVU2148
	.loc 2 98 1 discriminator 24 view .LVU2149
	.loc 2 98 1 discriminator 24 view .LVU2150
	.loc 2 98 1 discriminator 24 view .LVU2151
	.loc 2 98 1 discriminator 24 view .LVU2152
	.loc 2 98 1 discriminator 24 view .LVU2153
	.loc 2 98 16 discriminator 24 view .LVU2154
.LBB198:
	.loc 2 98 16 discriminator 24 view .LVU2155
	.loc 2 98 16 discriminator 24 view .LVU2156
	.loc 2 98 16 discriminator 24 view .LVU2157
	.loc 2 98 16 discriminator 24 view .LVU2158
	.loc 2 98 16 discriminator 24 view .LVU2159
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2352
	cmpq	%rax, 0(%rbp)	# tmp2352, *sp_1608
.LVL406:
	.loc 2 98 16 is_stmt 0 discriminator 24 view .LVU2160
.LBE198:
	.loc 2 98 16 is_stmt 1 discriminator 24 view .LVU2161
	.loc 2 98 33 discriminator 24 view .LVU2162
	.loc 2 98 33 discriminator 24 view .LVU2163
	.loc 2 98 33 discriminator 24 view .LVU2164
	.loc 2 98 33 discriminator 24 view .LVU2165
	.loc 2 98 33 discriminator 24 view .LVU2166
.LBB199:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 is_stmt 0 discriminator 24 view .LVU2167
	setge	%al	#, _592
	subq	$8, %rbp	#, sp
.LVL407:
	.loc 2 98 16 discriminator 24 view .LVU2168
.LBE199:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 24 view .LVU2169
	addq	$8, %rbx	#, vpc
.LVL408:
.LBB200:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 24 view .LVU2170
	movzbl	%al, %eax	# _592, _592
.LVL409:
	.loc 2 98 16 discriminator 24 view .LVU2171
	movq	%rax, 0(%rbp)	# _592, MEM[(cell *)sp_1608 + -8B]
.LVL410:
	.loc 2 98 16 discriminator 24 view .LVU2172
.LBE200:
	.loc 2 98 33 is_stmt 1 discriminator 24 view .LVU2173
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL411:
	.loc 2 98 33 is_stmt 0 discriminator 24 view .LVU2174
.LVL412:
.LDL54:
	.loc 2 98 33 is_stmt 1 discriminator 24 view .LVU2175
	.loc 2 98 33 discriminator 24 view .LVU2176
	.loc 2 98 33 is_stmt 0 discriminator 24 view .LVU2177
	jmp	*%rax	# gotovar.416_1338
.LVL413:
.L179:
.L180:
	.loc 2 98 33 is_stmt 1 discriminator 24 view .LVU2178
.LBE197:
	.loc 2 99 1 discriminator 24 view .LVU2179
.LBB201:
	.loc 2 99 1 discriminator 24 view .LVU2180
	.loc 2 99 1 discriminator 24 view .LVU2181
	.loc 2 99 1 discriminator 24 view .LVU2182
	.loc 2 99 1 discriminator 24 view .LVU2183
	.loc 2 99 1 discriminator 24 view .LVU2184
	.loc 2 99 1 discriminator 24 view .LVU2185
	.loc 2 99 1 discriminator 24 view .LVU2186
	.loc 2 99 1 discriminator 24 view .LVU2187
	.loc 2 99 1 discriminator 24 view .LVU2188
	.loc 2 99 16 discriminator 24 view .LVU2189
.LBB202:
	.loc 2 99 16 discriminator 24 view .LVU2190
	.loc 2 99 16 discriminator 24 view .LVU2191
	.loc 2 99 16 discriminator 24 view .LVU2192
	.loc 2 99 16 discriminator 24 view .LVU2193
	.loc 2 99 16 discriminator 24 view .LVU2194
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2353
	cmpq	%rax, 0(%rbp)	# tmp2353, *sp_1608
.LVL414:
	.loc 2 99 16 is_stmt 0 discriminator 24 view .LVU2195
.LBE202:
	.loc 2 99 16 is_stmt 1 discriminator 24 view .LVU2196
	.loc 2 99 33 discriminator 24 view .LVU2197
	.loc 2 99 33 discriminator 24 view .LVU2198
	.loc 2 99 33 discriminator 24 view .LVU2199
	.loc 2 99 33 discriminator 24 view .LVU2200
	.loc 2 99 33 discriminator 24 view .LVU2201
.LBB203:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 is_stmt 0 discriminator 24 view .LVU2202
	setl	%al	#, _598
	subq	$8, %rbp	#, sp
.LVL415:
	.loc 2 99 16 discriminator 24 view .LVU2203
.LBE203:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 24 view .LVU2204
	addq	$8, %rbx	#, vpc
.LVL416:
.LBB204:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 24 view .LVU2205
	movzbl	%al, %eax	# _598, _598
.LVL417:
	.loc 2 99 16 discriminator 24 view .LVU2206
	movq	%rax, 0(%rbp)	# _598, MEM[(cell *)sp_1608 + -8B]
.LVL418:
	.loc 2 99 16 discriminator 24 view .LVU2207
.LBE204:
	.loc 2 99 33 is_stmt 1 discriminator 24 view .LVU2208
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL419:
	.loc 2 99 33 is_stmt 0 discriminator 24 view .LVU2209
.LVL420:
.LDL55:
	.loc 2 99 33 is_stmt 1 discriminator 24 view .LVU2210
	.loc 2 99 33 discriminator 24 view .LVU2211
	.loc 2 99 33 is_stmt 0 discriminator 24 view .LVU2212
	jmp	*%rax	# gotovar.416_1338
.LVL421:
.L181:
.L182:
	.loc 2 99 33 is_stmt 1 discriminator 24 view .LVU2213
.LBE201:
	.loc 2 100 1 discriminator 24 view .LVU2214
.LBB205:
	.loc 2 100 1 discriminator 24 view .LVU2215
	.loc 2 100 1 discriminator 24 view .LVU2216
	.loc 2 100 1 discriminator 24 view .LVU2217
	.loc 2 100 1 discriminator 24 view .LVU2218
	.loc 2 100 1 discriminator 24 view .LVU2219
	.loc 2 100 1 discriminator 24 view .LVU2220
	.loc 2 100 1 discriminator 24 view .LVU2221
	.loc 2 100 1 discriminator 24 view .LVU2222
	.loc 2 100 1 discriminator 24 view .LVU2223
	.loc 2 100 16 discriminator 24 view .LVU2224
.LBB206:
	.loc 2 100 16 discriminator 24 view .LVU2225
	.loc 2 100 16 discriminator 24 view .LVU2226
	.loc 2 100 16 discriminator 24 view .LVU2227
	.loc 2 100 16 discriminator 24 view .LVU2228
	.loc 2 100 16 discriminator 24 view .LVU2229
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tmp2354
	cmpq	%rax, 0(%rbp)	# tmp2354, *sp_1608
.LVL422:
	.loc 2 100 16 is_stmt 0 discriminator 24 view .LVU2230
.LBE206:
	.loc 2 100 16 is_stmt 1 discriminator 24 view .LVU2231
	.loc 2 100 33 discriminator 24 view .LVU2232
	.loc 2 100 33 discriminator 24 view .LVU2233
	.loc 2 100 33 discriminator 24 view .LVU2234
	.loc 2 100 33 discriminator 24 view .LVU2235
	.loc 2 100 33 discriminator 24 view .LVU2236
.LBB207:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 is_stmt 0 discriminator 24 view .LVU2237
	setle	%al	#, _604
	subq	$8, %rbp	#, sp
.LVL423:
	.loc 2 100 16 discriminator 24 view .LVU2238
.LBE207:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 24 view .LVU2239
	addq	$8, %rbx	#, vpc
.LVL424:
.LBB208:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 24 view .LVU2240
	movzbl	%al, %eax	# _604, _604
.LVL425:
	.loc 2 100 16 discriminator 24 view .LVU2241
	movq	%rax, 0(%rbp)	# _604, MEM[(cell *)sp_1608 + -8B]
.LVL426:
	.loc 2 100 16 discriminator 24 view .LVU2242
.LBE208:
	.loc 2 100 33 is_stmt 1 discriminator 24 view .LVU2243
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL427:
	.loc 2 100 33 is_stmt 0 discriminator 24 view .LVU2244
.LVL428:
.LDL56:
	.loc 2 100 33 is_stmt 1 discriminator 24 view .LVU2245
	.loc 2 100 33 discriminator 24 view .LVU2246
	.loc 2 100 33 is_stmt 0 discriminator 24 view .LVU2247
	jmp	*%rax	# gotovar.416_1338
.LVL429:
.L183:
.L184:
.L185:
	.loc 2 100 33 is_stmt 1 discriminator 22 view .LVU2248
.LBE205:
	.loc 2 103 1 discriminator 22 view .LVU2249
.LBB209:
	.loc 2 103 1 discriminator 22 view .LVU2250
	.loc 2 103 1 discriminator 22 view .LVU2251
	.loc 2 103 1 discriminator 22 view .LVU2252
	.loc 2 103 1 discriminator 22 view .LVU2253
	.loc 2 103 1 discriminator 22 view .LVU2254
	.loc 2 103 1 discriminator 22 view .LVU2255
	.loc 2 103 1 discriminator 22 view .LVU2256
	.loc 2 103 1 discriminator 22 view .LVU2257
	.loc 2 104 5 discriminator 22 view .LVU2258
	.loc 2 104 5 discriminator 22 view .LVU2259
	.loc 2 104 5 discriminator 22 view .LVU2260
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L742	#,
	.loc 2 104 5 discriminator 10 view .LVU2261
	.loc 2 104 5 discriminator 10 view .LVU2262
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL430:
	.loc 2 104 5 discriminator 10 view .LVU2263
	.loc 2 104 5 discriminator 10 view .LVU2264
	.loc 2 104 5 discriminator 10 view .LVU2265
	.loc 2 104 5 discriminator 10 view .LVU2266
	.loc 2 104 5 discriminator 10 view .LVU2267
	.loc 2 104 5 discriminator 10 view .LVU2268
.LVL431:
.LDL57:
	.loc 2 104 5 discriminator 10 view .LVU2269
	.loc 2 104 5 discriminator 10 view .LVU2270
	leaq	8(%rax), %rbx	#, vpc
.LVL432:
	.loc 2 104 5 is_stmt 0 discriminator 10 view .LVU2271
	jmp	*(%rax)	# vpc_1647->code
.LVL433:
.L187:
.L188:
	.loc 2 105 1 is_stmt 1 discriminator 18 view .LVU2272
.LBE209:
	.loc 2 107 1 discriminator 18 view .LVU2273
.LBB210:
	.loc 2 107 1 discriminator 18 view .LVU2274
	.loc 2 107 1 discriminator 18 view .LVU2275
	.loc 2 107 1 discriminator 18 view .LVU2276
	.loc 2 107 1 discriminator 18 view .LVU2277
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL434:
	.loc 2 107 1 discriminator 18 view .LVU2278
	.loc 2 107 1 discriminator 18 view .LVU2279
	.loc 2 107 1 discriminator 18 view .LVU2280
	.loc 2 107 1 discriminator 18 view .LVU2281
	.loc 2 107 1 discriminator 18 view .LVU2282
	.loc 2 108 5 discriminator 18 view .LVU2283
.LBB211:
	.loc 2 108 9 discriminator 18 view .LVU2284
	.loc 2 108 9 discriminator 18 view .LVU2285
	subq	$8, %rbp	#, sp
.LVL435:
	.loc 2 108 9 discriminator 18 view .LVU2286
	.loc 2 108 9 discriminator 18 view .LVU2287
.LBE211:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 18 view .LVU2288
	testq	%rsi, %rsi	# arg
	jne	.L189	#,
.L190:
	.loc 2 109 9 is_stmt 1 view .LVU2289
	.loc 2 109 9 view .LVU2290
	.loc 2 109 9 view .LVU2291
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L743	#,
	.loc 2 109 9 discriminator 10 view .LVU2292
	.loc 2 109 9 discriminator 10 view .LVU2293
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL436:
	.loc 2 109 9 discriminator 10 view .LVU2294
	.loc 2 109 9 discriminator 10 view .LVU2295
	.loc 2 109 9 discriminator 10 view .LVU2296
	.loc 2 109 9 discriminator 10 view .LVU2297
	.loc 2 109 9 discriminator 10 view .LVU2298
	.loc 2 109 9 discriminator 10 view .LVU2299
	.loc 2 109 9 discriminator 10 view .LVU2300
.LVL437:
.LDL58:
	.loc 2 109 9 discriminator 10 view .LVU2301
	.loc 2 109 9 discriminator 10 view .LVU2302
	leaq	8(%rax), %rbx	#, vpc
.LVL438:
	.loc 2 109 9 is_stmt 0 discriminator 10 view .LVU2303
	jmp	*(%rax)	# vpc_1642->code
.LVL439:
.L192:
.L193:
	.loc 2 110 1 is_stmt 1 discriminator 18 view .LVU2304
.LBE210:
	.loc 2 112 1 discriminator 18 view .LVU2305
.LBB212:
	.loc 2 112 1 discriminator 18 view .LVU2306
	.loc 2 112 1 discriminator 18 view .LVU2307
	.loc 2 112 1 discriminator 18 view .LVU2308
	.loc 2 112 1 discriminator 18 view .LVU2309
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL440:
	.loc 2 112 1 discriminator 18 view .LVU2310
	.loc 2 112 1 discriminator 18 view .LVU2311
	.loc 2 112 1 discriminator 18 view .LVU2312
	.loc 2 112 1 discriminator 18 view .LVU2313
	.loc 2 112 1 discriminator 18 view .LVU2314
	.loc 2 113 5 discriminator 18 view .LVU2315
.LBB213:
	.loc 2 113 9 discriminator 18 view .LVU2316
	.loc 2 113 9 discriminator 18 view .LVU2317
	subq	$8, %rbp	#, sp
.LVL441:
	.loc 2 113 9 discriminator 18 view .LVU2318
	.loc 2 113 9 discriminator 18 view .LVU2319
.LBE213:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 18 view .LVU2320
	testq	%rax, %rax	# tos
	je	.L194	#,
.L195:
	.loc 2 114 9 is_stmt 1 view .LVU2321
	.loc 2 114 9 view .LVU2322
	.loc 2 114 9 view .LVU2323
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L744	#,
	.loc 2 114 9 discriminator 10 view .LVU2324
	.loc 2 114 9 discriminator 10 view .LVU2325
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
.LVL442:
	.loc 2 114 9 is_stmt 0 discriminator 10 view .LVU2326
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL443:
	.loc 2 114 9 is_stmt 1 discriminator 10 view .LVU2327
	.loc 2 114 9 discriminator 10 view .LVU2328
	.loc 2 114 9 discriminator 10 view .LVU2329
	.loc 2 114 9 discriminator 10 view .LVU2330
	.loc 2 114 9 discriminator 10 view .LVU2331
	.loc 2 114 9 discriminator 10 view .LVU2332
	.loc 2 114 9 discriminator 10 view .LVU2333
.LVL444:
.LDL59:
	.loc 2 114 9 discriminator 10 view .LVU2334
	.loc 2 114 9 discriminator 10 view .LVU2335
	leaq	8(%rax), %rbx	#, vpc
.LVL445:
	.loc 2 114 9 is_stmt 0 discriminator 10 view .LVU2336
	jmp	*(%rax)	# vpc_1632->code
.LVL446:
.L197:
.L198:
	.loc 2 115 1 is_stmt 1 discriminator 20 view .LVU2337
.LBE212:
	.loc 2 117 1 discriminator 20 view .LVU2338
.LBB214:
	.loc 2 117 1 discriminator 20 view .LVU2339
	.loc 2 117 1 discriminator 20 view .LVU2340
	.loc 2 117 1 discriminator 20 view .LVU2341
	.loc 2 117 1 discriminator 20 view .LVU2342
	.loc 2 117 1 discriminator 20 view .LVU2343
	.loc 2 117 1 discriminator 20 view .LVU2344
	movslq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need
	movq	%rbp, %rdx	# sp, tmp1951
	leaq	(%rdi,%rax,8), %rax	#, tmp1950
	subq	%rax, %rdx	# tmp1950, tmp1951
	movslq	28(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span
	salq	$3, %rax	#, tmp1954
	cmpq	%rdx, %rax	# tmp1951, tmp1954
	jb	.L199	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 22 view .LVU2345
	leaq	65544(%rdi), %rax	#, tmp1955
	cmpq	%rax, %r9	# tmp1955, rsp
	je	.L199	#,
	.loc 2 117 1 is_stmt 1 discriminator 24 view .LVU2346
	.loc 2 117 1 discriminator 24 view .LVU2347
	.loc 2 118 5 discriminator 24 view .LVU2348
	leaq	32(%rbx), %rax	#, tmp1958
	leaq	8(%r9), %rdx	#, rsp
.LVL447:
	.loc 2 118 5 is_stmt 0 discriminator 24 view .LVU2349
	movq	%rax, (%r9)	# tmp1958, *rsp_1606
.LDL60:
	.loc 2 119 5 is_stmt 1 discriminator 24 view .LVU2350
	.loc 2 119 5 discriminator 24 view .LVU2351
	.loc 2 119 5 discriminator 24 view .LVU2352
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L745	#,
	.loc 2 119 5 discriminator 10 view .LVU2353
	.loc 2 119 5 discriminator 10 view .LVU2354
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL448:
	.loc 2 119 5 discriminator 10 view .LVU2355
	.loc 2 119 5 discriminator 10 view .LVU2356
	.loc 2 119 5 discriminator 10 view .LVU2357
	.loc 2 119 5 discriminator 10 view .LVU2358
	.loc 2 119 5 discriminator 10 view .LVU2359
	.loc 2 119 5 discriminator 10 view .LVU2360
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 10 view .LVU2361
	movq	%rdx, %r9	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 10 view .LVU2362
.LVL449:
.LDL61:
	.loc 2 119 5 is_stmt 1 discriminator 10 view .LVU2363
	.loc 2 119 5 discriminator 10 view .LVU2364
	leaq	8(%rax), %rbx	#, vpc
.LVL450:
	.loc 2 119 5 is_stmt 0 discriminator 10 view .LVU2365
	movq	(%rax), %rax	# vpc_1621->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL451:
.L314:
.L315:
	.loc 2 119 5 discriminator 10 view .LVU2366
.LBE214:
.LBB215:
	.loc 2 41 1 is_stmt 1 discriminator 39 view .LVU2367
.LBE215:
	.loc 2 43 1 discriminator 39 view .LVU2368
.LBB216:
	.loc 2 43 1 discriminator 39 view .LVU2369
	.loc 2 43 1 discriminator 39 view .LVU2370
	.loc 2 43 1 discriminator 39 view .LVU2371
	.loc 2 43 1 discriminator 39 view .LVU2372
	.loc 2 43 1 discriminator 39 view .LVU2373
	.loc 2 44 5 discriminator 39 view .LVU2374
	.loc 2 44 5 discriminator 39 view .LVU2375
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 44 5 discriminator 39 view .LVU2376
.LVL452:
	.loc 2 44 5 discriminator 39 view .LVU2377
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 is_stmt 0 discriminator 39 view .LVU2378
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 39 view .LVU2379
	addq	$8, %rbp	#, sp
.LVL453:
	.loc 2 44 5 is_stmt 1 discriminator 39 view .LVU2380
	.loc 2 45 1 discriminator 39 view .LVU2381
	.loc 2 45 1 discriminator 39 view .LVU2382
	.loc 2 45 1 discriminator 39 view .LVU2383
.LDL62:
	.loc 2 45 1 discriminator 39 view .LVU2384
	.loc 2 45 1 discriminator 39 view .LVU2385
	.loc 2 45 1 is_stmt 0 discriminator 39 view .LVU2386
	addq	$8, %rbx	#, vpc
.LVL454:
	.loc 2 45 1 discriminator 39 view .LVU2387
	jmp	*%rax	# gotovar.416_1338
.LVL455:
.L316:
.L317:
	.loc 2 45 1 is_stmt 1 discriminator 39 view .LVU2388
.LBE216:
	.loc 2 47 1 discriminator 39 view .LVU2389
.LBB217:
	.loc 2 47 1 discriminator 39 view .LVU2390
	.loc 2 47 1 discriminator 39 view .LVU2391
	.loc 2 47 1 discriminator 39 view .LVU2392
	.loc 2 47 1 discriminator 39 view .LVU2393
	.loc 2 47 1 discriminator 39 view .LVU2394
.LBB218:
	.loc 2 48 7 discriminator 39 view .LVU2395
	.loc 2 48 22 discriminator 39 view .LVU2396
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 39 view .LVU2397
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], tos
.LVL456:
	.loc 2 48 35 is_stmt 1 discriminator 39 view .LVU2398
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 39 view .LVU2399
	movq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LBE218:
	.loc 2 49 1 is_stmt 1 discriminator 39 view .LVU2400
	.loc 2 49 1 discriminator 39 view .LVU2401
	.loc 2 49 1 discriminator 39 view .LVU2402
.LDL63:
	.loc 2 49 1 discriminator 39 view .LVU2403
	.loc 2 49 1 discriminator 39 view .LVU2404
.LVL457:
	.loc 2 49 1 is_stmt 0 discriminator 39 view .LVU2405
	addq	$8, %rbx	#, vpc
.LVL458:
	.loc 2 49 1 discriminator 39 view .LVU2406
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL459:
.LBB219:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 39 view .LVU2407
	movq	%rdx, %rsi	# tos, arg
.LVL460:
	.loc 2 48 27 discriminator 39 view .LVU2408
	jmp	*%rax	# gotovar.416_1338
.LVL461:
.L228:
.L229:
	.loc 2 48 27 discriminator 39 view .LVU2409
.LBE219:
.LBE217:
.LBB220:
	.loc 2 49 1 is_stmt 1 discriminator 28 view .LVU2410
.LBE220:
	.loc 2 51 1 discriminator 28 view .LVU2411
.LBB223:
	.loc 2 51 1 discriminator 28 view .LVU2412
	.loc 2 51 1 discriminator 28 view .LVU2413
	.loc 2 51 1 discriminator 28 view .LVU2414
	.loc 2 51 1 discriminator 28 view .LVU2415
	.loc 2 51 1 discriminator 28 view .LVU2416
	.loc 2 51 1 discriminator 28 view .LVU2417
	.loc 2 51 1 discriminator 28 view .LVU2418
	.loc 2 51 1 discriminator 28 view .LVU2419
	.loc 2 51 1 discriminator 28 view .LVU2420
	.loc 2 52 5 discriminator 28 view .LVU2421
	.loc 2 52 5 discriminator 28 view .LVU2422
	.loc 2 52 5 discriminator 28 view .LVU2423
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 28 view .LVU2424
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 28 view .LVU2425
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL462:
	.loc 2 52 5 is_stmt 1 discriminator 28 view .LVU2426
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 28 view .LVU2427
	addq	$8, %rbx	#, vpc
.LVL463:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 28 view .LVU2428
	addq	$8, %rbp	#, sp
.LVL464:
	.loc 2 52 5 is_stmt 1 discriminator 28 view .LVU2429
	.loc 2 53 1 discriminator 28 view .LVU2430
	.loc 2 53 1 discriminator 28 view .LVU2431
	.loc 2 53 1 discriminator 28 view .LVU2432
.LDL64:
	.loc 2 53 1 discriminator 28 view .LVU2433
	.loc 2 53 1 discriminator 28 view .LVU2434
	.loc 2 53 1 is_stmt 0 discriminator 28 view .LVU2435
	jmp	*%rax	# gotovar.416_1338
.LVL465:
.L230:
.L231:
	.loc 2 53 1 is_stmt 1 discriminator 28 view .LVU2436
.LBE223:
	.loc 2 55 1 discriminator 28 view .LVU2437
.LBB224:
	.loc 2 55 1 discriminator 28 view .LVU2438
	.loc 2 55 1 discriminator 28 view .LVU2439
	.loc 2 55 1 discriminator 28 view .LVU2440
	.loc 2 55 1 discriminator 28 view .LVU2441
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL466:
	.loc 2 55 1 discriminator 28 view .LVU2442
	.loc 2 55 1 discriminator 28 view .LVU2443
	.loc 2 55 1 discriminator 28 view .LVU2444
	.loc 2 55 1 discriminator 28 view .LVU2445
	.loc 2 55 1 discriminator 28 view .LVU2446
.LBB225:
	.loc 2 56 7 discriminator 28 view .LVU2447
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 28 view .LVU2448
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
.LBE225:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 28 view .LVU2449
	addq	$8, %rbx	#, vpc
.LVL467:
.LBB226:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 discriminator 28 view .LVU2450
	movq	-16(%rbp), %rsi	# MEM[(cell *)sp_1608 + -16B], arg
.LVL468:
	.loc 2 56 22 is_stmt 1 discriminator 28 view .LVU2451
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 is_stmt 0 discriminator 28 view .LVU2452
	movq	%rax, -8(%rbp)	# tos, MEM[(cell *)sp_1608 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 28 view .LVU2453
	movq	%rdx, -16(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -16B]
	.loc 2 56 35 is_stmt 1 discriminator 28 view .LVU2454
	.loc 2 56 48 discriminator 28 view .LVU2455
.LVL469:
	.loc 2 56 48 is_stmt 0 discriminator 28 view .LVU2456
.LBE226:
	.loc 2 57 1 is_stmt 1 discriminator 28 view .LVU2457
	.loc 2 57 1 discriminator 28 view .LVU2458
	.loc 2 57 1 discriminator 28 view .LVU2459
.LDL65:
	.loc 2 57 1 discriminator 28 view .LVU2460
	.loc 2 57 1 discriminator 28 view .LVU2461
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL470:
	.loc 2 57 1 is_stmt 0 discriminator 28 view .LVU2462
	jmp	*%rax	# gotovar.416_1338
.LVL471:
.L232:
.L233:
	.loc 2 57 1 is_stmt 1 discriminator 40 view .LVU2463
.LBE224:
	.loc 2 63 1 discriminator 40 view .LVU2464
.LBB227:
	.loc 2 63 1 discriminator 40 view .LVU2465
	.loc 2 63 1 discriminator 40 view .LVU2466
	.loc 2 63 1 discriminator 40 view .LVU2467
	.loc 2 63 1 discriminator 40 view .LVU2468
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL472:
	.loc 2 63 1 discriminator 40 view .LVU2469
	.loc 2 63 1 discriminator 40 view .LVU2470
	.loc 2 63 1 discriminator 40 view .LVU2471
	.loc 2 63 1 discriminator 40 view .LVU2472
	.loc 2 63 1 discriminator 40 view .LVU2473
	.loc 2 63 16 discriminator 40 view .LVU2474
.LBB228:
	.loc 2 63 16 discriminator 40 view .LVU2475
	.loc 2 63 16 is_stmt 0 discriminator 40 view .LVU2476
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL473:
	.loc 2 63 16 is_stmt 1 discriminator 40 view .LVU2477
	.loc 2 63 16 discriminator 40 view .LVU2478
	.loc 2 63 16 discriminator 40 view .LVU2479
.LBE228:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 is_stmt 0 discriminator 40 view .LVU2480
	addq	$8, %rbx	#, vpc
.LVL474:
.LBB229:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 40 view .LVU2481
	subq	$8, %rbp	#, sp
.LVL475:
	.loc 2 63 16 is_stmt 1 discriminator 40 view .LVU2482
	addq	%rax, %rsi	# tos, arg
.LVL476:
	.loc 2 63 16 is_stmt 0 discriminator 40 view .LVU2483
.LBE229:
	.loc 2 63 16 is_stmt 1 discriminator 40 view .LVU2484
	.loc 2 63 54 discriminator 40 view .LVU2485
	.loc 2 63 54 discriminator 40 view .LVU2486
	.loc 2 63 54 discriminator 40 view .LVU2487
.LDL66:
	.loc 2 63 54 discriminator 40 view .LVU2488
	.loc 2 63 54 discriminator 40 view .LVU2489
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL477:
	.loc 2 63 54 is_stmt 0 discriminator 40 view .LVU2490
	jmp	*%rax	# gotovar.416_1338
.LVL478:
.L234:
.L235:
	.loc 2 63 54 is_stmt 1 discriminator 40 view .LVU2491
.LBE227:
	.loc 2 64 1 discriminator 40 view .LVU2492
.LBB230:
	.loc 2 64 1 discriminator 40 view .LVU2493
	.loc 2 64 1 discriminator 40 view .LVU2494
	.loc 2 64 1 discriminator 40 view .LVU2495
	.loc 2 64 1 discriminator 40 view .LVU2496
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL479:
	.loc 2 64 1 discriminator 40 view .LVU2497
	.loc 2 64 1 discriminator 40 view .LVU2498
	.loc 2 64 1 discriminator 40 view .LVU2499
	.loc 2 64 1 discriminator 40 view .LVU2500
	.loc 2 64 1 discriminator 40 view .LVU2501
	.loc 2 64 16 discriminator 40 view .LVU2502
.LBB231:
	.loc 2 64 16 discriminator 40 view .LVU2503
	.loc 2 64 16 is_stmt 0 discriminator 40 view .LVU2504
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL480:
	.loc 2 64 16 is_stmt 1 discriminator 40 view .LVU2505
	.loc 2 64 16 discriminator 40 view .LVU2506
	.loc 2 64 16 discriminator 40 view .LVU2507
.LBE231:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 is_stmt 0 discriminator 40 view .LVU2508
	addq	$8, %rbx	#, vpc
.LVL481:
.LBB232:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 40 view .LVU2509
	subq	$8, %rbp	#, sp
.LVL482:
	.loc 2 64 16 is_stmt 1 discriminator 40 view .LVU2510
	subq	%rax, %rsi	# tos, arg
.LVL483:
	.loc 2 64 16 is_stmt 0 discriminator 40 view .LVU2511
.LBE232:
	.loc 2 64 16 is_stmt 1 discriminator 40 view .LVU2512
	.loc 2 64 54 discriminator 40 view .LVU2513
	.loc 2 64 54 discriminator 40 view .LVU2514
	.loc 2 64 54 discriminator 40 view .LVU2515
.LDL67:
	.loc 2 64 54 discriminator 40 view .LVU2516
	.loc 2 64 54 discriminator 40 view .LVU2517
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL484:
	.loc 2 64 54 is_stmt 0 discriminator 40 view .LVU2518
	jmp	*%rax	# gotovar.416_1338
.LVL485:
.L236:
.L237:
	.loc 2 64 54 is_stmt 1 discriminator 40 view .LVU2519
.LBE230:
	.loc 2 65 1 discriminator 40 view .LVU2520
.LBB233:
	.loc 2 65 1 discriminator 40 view .LVU2521
	.loc 2 65 1 discriminator 40 view .LVU2522
	.loc 2 65 1 discriminator 40 view .LVU2523
	.loc 2 65 1 discriminator 40 view .LVU2524
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL486:
	.loc 2 65 1 discriminator 40 view .LVU2525
	.loc 2 65 1 discriminator 40 view .LVU2526
	.loc 2 65 1 discriminator 40 view .LVU2527
	.loc 2 65 1 discriminator 40 view .LVU2528
	.loc 2 65 1 discriminator 40 view .LVU2529
	.loc 2 65 16 discriminator 40 view .LVU2530
.LBB234:
	.loc 2 65 16 discriminator 40 view .LVU2531
	.loc 2 65 16 is_stmt 0 discriminator 40 view .LVU2532
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL487:
	.loc 2 65 16 is_stmt 1 discriminator 40 view .LVU2533
	.loc 2 65 16 discriminator 40 view .LVU2534
	.loc 2 65 16 discriminator 40 view .LVU2535
.LBE234:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 40 view .LVU2536
	addq	$8, %rbx	#, vpc
.LVL488:
.LBB235:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 40 view .LVU2537
	subq	$8, %rbp	#, sp
.LVL489:
	.loc 2 65 16 is_stmt 1 discriminator 40 view .LVU2538
	imulq	%rax, %rsi	# tos, arg
.LVL490:
	.loc 2 65 16 is_stmt 0 discriminator 40 view .LVU2539
.LBE235:
	.loc 2 65 16 is_stmt 1 discriminator 40 view .LVU2540
	.loc 2 65 54 discriminator 40 view .LVU2541
	.loc 2 65 54 discriminator 40 view .LVU2542
	.loc 2 65 54 discriminator 40 view .LVU2543
.LDL68:
	.loc 2 65 54 discriminator 40 view .LVU2544
	.loc 2 65 54 discriminator 40 view .LVU2545
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL491:
	.loc 2 65 54 is_stmt 0 discriminator 40 view .LVU2546
	jmp	*%rax	# gotovar.416_1338
.LVL492:
.L238:
.L239:
	.loc 2 65 54 is_stmt 1 discriminator 28 view .LVU2547
.LBE233:
	.loc 2 67 1 discriminator 28 view .LVU2548
.LBB236:
	.loc 2 67 1 discriminator 28 view .LVU2549
	.loc 2 67 1 discriminator 28 view .LVU2550
	.loc 2 67 1 discriminator 28 view .LVU2551
	.loc 2 67 1 discriminator 28 view .LVU2552
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL493:
	.loc 2 67 1 discriminator 28 view .LVU2553
	.loc 2 67 1 discriminator 28 view .LVU2554
	.loc 2 67 1 discriminator 28 view .LVU2555
	.loc 2 67 1 discriminator 28 view .LVU2556
	.loc 2 67 1 discriminator 28 view .LVU2557
	.loc 2 68 5 discriminator 28 view .LVU2558
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 is_stmt 0 discriminator 28 view .LVU2559
	testq	%rsi, %rsi	# arg
	je	.L746	#,
	.loc 2 69 9 is_stmt 1 view .LVU2560
	.loc 2 71 5 view .LVU2561
.LBB237:
	.loc 2 71 5 view .LVU2562
.LVL494:
	.loc 2 71 5 is_stmt 0 view .LVU2563
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL495:
	.loc 2 71 5 is_stmt 1 view .LVU2564
	.loc 2 71 5 view .LVU2565
	.loc 2 71 5 view .LVU2566
	subq	$8, %rbp	#, sp
.LVL496:
	.loc 2 71 5 view .LVU2567
	cmpq	$-1, %rsi	#, arg
	je	.L747	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 10 view .LVU2568
	cqto
.LBE237:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 10 view .LVU2569
	addq	$8, %rbx	#, vpc
.LVL497:
.LBB238:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 10 view .LVU2570
	idivq	%rsi	# arg
.LVL498:
	.loc 2 71 5 discriminator 10 view .LVU2571
	movq	%rax, %rsi	# a, arg
.LVL499:
	.loc 2 71 5 discriminator 10 view .LVU2572
.LBE238:
	.loc 2 71 5 is_stmt 1 discriminator 10 view .LVU2573
	.loc 2 72 1 discriminator 10 view .LVU2574
	.loc 2 72 1 discriminator 10 view .LVU2575
	.loc 2 72 1 discriminator 10 view .LVU2576
	.loc 2 72 1 discriminator 10 view .LVU2577
	.loc 2 72 1 discriminator 10 view .LVU2578
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL500:
	.loc 2 72 1 is_stmt 0 discriminator 10 view .LVU2579
	jmp	*%rax	# gotovar.416_1338
.LVL501:
.L243:
.L244:
	.loc 2 72 1 is_stmt 1 discriminator 28 view .LVU2580
.LBE236:
	.loc 2 74 1 discriminator 28 view .LVU2581
.LBB241:
	.loc 2 74 1 discriminator 28 view .LVU2582
	.loc 2 74 1 discriminator 28 view .LVU2583
	.loc 2 74 1 discriminator 28 view .LVU2584
	.loc 2 74 1 discriminator 28 view .LVU2585
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL502:
	.loc 2 74 1 discriminator 28 view .LVU2586
	.loc 2 74 1 discriminator 28 view .LVU2587
	.loc 2 74 1 discriminator 28 view .LVU2588
	.loc 2 74 1 discriminator 28 view .LVU2589
	.loc 2 74 1 discriminator 28 view .LVU2590
	.loc 2 75 5 discriminator 28 view .LVU2591
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 28 view .LVU2592
	testq	%rsi, %rsi	# arg
	je	.L748	#,
	.loc 2 76 9 is_stmt 1 view .LVU2593
	.loc 2 77 5 view .LVU2594
.LBB242:
	.loc 2 77 5 view .LVU2595
.LVL503:
	.loc 2 77 5 view .LVU2596
	.loc 2 77 5 view .LVU2597
	.loc 2 77 5 view .LVU2598
	leaq	-8(%rbp), %rcx	#, sp
.LVL504:
	.loc 2 77 5 view .LVU2599
	cmpq	$-1, %rsi	#, arg
	je	.L490	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 9 view .LVU2600
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
.LBE242:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 9 view .LVU2601
	addq	$8, %rbx	#, vpc
.LVL505:
.LBB243:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 9 view .LVU2602
	movq	%rcx, %rbp	# sp, sp
	cqto
	idivq	%rsi	# arg
.LBE243:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 9 view .LVU2603
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB244:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 9 view .LVU2604
	movq	%rdx, %rsi	# arg, arg
.LVL506:
	.loc 2 77 5 discriminator 9 view .LVU2605
.LBE244:
	.loc 2 77 5 is_stmt 1 discriminator 9 view .LVU2606
	.loc 2 78 1 discriminator 9 view .LVU2607
	.loc 2 78 1 discriminator 9 view .LVU2608
	.loc 2 78 1 discriminator 9 view .LVU2609
	.loc 2 78 1 discriminator 9 view .LVU2610
	.loc 2 78 1 discriminator 9 view .LVU2611
	.loc 2 78 1 is_stmt 0 discriminator 9 view .LVU2612
	jmp	*%rax	# gotovar.416_1338
.LVL507:
.L247:
.L248:
	.loc 2 78 1 is_stmt 1 discriminator 28 view .LVU2613
.LBE241:
	.loc 2 80 1 discriminator 28 view .LVU2614
.LBB247:
	.loc 2 80 1 discriminator 28 view .LVU2615
	.loc 2 80 1 discriminator 28 view .LVU2616
	.loc 2 80 1 discriminator 28 view .LVU2617
	.loc 2 80 1 discriminator 28 view .LVU2618
	.loc 2 80 1 discriminator 28 view .LVU2619
	.loc 2 80 1 discriminator 28 view .LVU2620
	.loc 2 80 1 discriminator 28 view .LVU2621
	.loc 2 80 1 discriminator 28 view .LVU2622
	.loc 2 80 1 discriminator 28 view .LVU2623
	.loc 2 81 5 discriminator 28 view .LVU2624
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 10 is_stmt 0 discriminator 28 view .LVU2625
	movq	0(%rbp), %rsi	# *sp_1608, arg
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 discriminator 28 view .LVU2626
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL508:
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 10 discriminator 28 view .LVU2627
	negq	%rsi	# arg
.LVL509:
	.loc 2 82 1 is_stmt 1 discriminator 28 view .LVU2628
	.loc 2 82 1 discriminator 28 view .LVU2629
	.loc 2 82 1 discriminator 28 view .LVU2630
.LDL69:
	.loc 2 82 1 discriminator 28 view .LVU2631
	.loc 2 82 1 discriminator 28 view .LVU2632
	.loc 2 82 1 is_stmt 0 discriminator 28 view .LVU2633
	jmp	*%rax	# gotovar.416_1338
.LVL510:
.L249:
.L250:
	.loc 2 82 1 is_stmt 1 discriminator 28 view .LVU2634
.LBE247:
	.loc 2 84 1 discriminator 28 view .LVU2635
.LBB248:
	.loc 2 84 1 discriminator 28 view .LVU2636
	.loc 2 84 1 discriminator 28 view .LVU2637
	.loc 2 84 1 discriminator 28 view .LVU2638
	.loc 2 84 1 discriminator 28 view .LVU2639
	.loc 2 84 1 discriminator 28 view .LVU2640
	.loc 2 84 1 discriminator 28 view .LVU2641
	.loc 2 84 1 discriminator 28 view .LVU2642
	.loc 2 84 1 discriminator 28 view .LVU2643
	.loc 2 84 1 discriminator 28 view .LVU2644
	.loc 2 85 5 discriminator 28 view .LVU2645
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 is_stmt 0 discriminator 28 view .LVU2646
	movq	0(%rbp), %rsi	# *sp_1608, arg
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 discriminator 28 view .LVU2647
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL511:
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 discriminator 28 view .LVU2648
	notq	%rsi	# arg
.LVL512:
	.loc 2 86 1 is_stmt 1 discriminator 28 view .LVU2649
	.loc 2 86 1 discriminator 28 view .LVU2650
	.loc 2 86 1 discriminator 28 view .LVU2651
.LDL70:
	.loc 2 86 1 discriminator 28 view .LVU2652
	.loc 2 86 1 discriminator 28 view .LVU2653
	.loc 2 86 1 is_stmt 0 discriminator 28 view .LVU2654
	jmp	*%rax	# gotovar.416_1338
.LVL513:
.L251:
.L252:
	.loc 2 86 1 is_stmt 1 discriminator 40 view .LVU2655
.LBE248:
	.loc 2 88 1 discriminator 40 view .LVU2656
.LBB249:
	.loc 2 88 1 discriminator 40 view .LVU2657
	.loc 2 88 1 discriminator 40 view .LVU2658
	.loc 2 88 1 discriminator 40 view .LVU2659
	.loc 2 88 1 discriminator 40 view .LVU2660
.LBB250:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 40 view .LVU2661
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LBE250:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 discriminator 40 view .LVU2662
	movq	0(%rbp), %rsi	# *sp_1608, tos
.LVL514:
	.loc 2 88 1 is_stmt 1 discriminator 40 view .LVU2663
	.loc 2 88 1 discriminator 40 view .LVU2664
	.loc 2 88 1 discriminator 40 view .LVU2665
	.loc 2 88 1 discriminator 40 view .LVU2666
	.loc 2 88 1 discriminator 40 view .LVU2667
	.loc 2 88 16 discriminator 40 view .LVU2668
.LBB251:
	.loc 2 88 16 discriminator 40 view .LVU2669
	.loc 2 88 16 discriminator 40 view .LVU2670
	.loc 2 88 16 discriminator 40 view .LVU2671
	.loc 2 88 16 discriminator 40 view .LVU2672
.LBE251:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 is_stmt 0 discriminator 40 view .LVU2673
	addq	$8, %rbx	#, vpc
.LVL515:
.LBB252:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 40 view .LVU2674
	subq	$8, %rbp	#, sp
.LVL516:
	.loc 2 88 16 is_stmt 1 discriminator 40 view .LVU2675
	andq	%rax, %rsi	# a, arg
.LVL517:
	.loc 2 88 16 is_stmt 0 discriminator 40 view .LVU2676
.LBE252:
	.loc 2 88 16 is_stmt 1 discriminator 40 view .LVU2677
	.loc 2 88 32 discriminator 40 view .LVU2678
	.loc 2 88 32 discriminator 40 view .LVU2679
	.loc 2 88 32 discriminator 40 view .LVU2680
.LDL71:
	.loc 2 88 32 discriminator 40 view .LVU2681
	.loc 2 88 32 discriminator 40 view .LVU2682
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL518:
	.loc 2 88 32 is_stmt 0 discriminator 40 view .LVU2683
	jmp	*%rax	# gotovar.416_1338
.LVL519:
.L253:
.L254:
	.loc 2 88 32 is_stmt 1 discriminator 40 view .LVU2684
.LBE249:
	.loc 2 89 1 discriminator 40 view .LVU2685
.LBB253:
	.loc 2 89 1 discriminator 40 view .LVU2686
	.loc 2 89 1 discriminator 40 view .LVU2687
	.loc 2 89 1 discriminator 40 view .LVU2688
	.loc 2 89 1 discriminator 40 view .LVU2689
.LBB254:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 40 view .LVU2690
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LBE254:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 discriminator 40 view .LVU2691
	movq	0(%rbp), %rsi	# *sp_1608, tos
.LVL520:
	.loc 2 89 1 is_stmt 1 discriminator 40 view .LVU2692
	.loc 2 89 1 discriminator 40 view .LVU2693
	.loc 2 89 1 discriminator 40 view .LVU2694
	.loc 2 89 1 discriminator 40 view .LVU2695
	.loc 2 89 1 discriminator 40 view .LVU2696
	.loc 2 89 16 discriminator 40 view .LVU2697
.LBB255:
	.loc 2 89 16 discriminator 40 view .LVU2698
	.loc 2 89 16 discriminator 40 view .LVU2699
	.loc 2 89 16 discriminator 40 view .LVU2700
	.loc 2 89 16 discriminator 40 view .LVU2701
.LBE255:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 is_stmt 0 discriminator 40 view .LVU2702
	addq	$8, %rbx	#, vpc
.LVL521:
.LBB256:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 40 view .LVU2703
	subq	$8, %rbp	#, sp
.LVL522:
	.loc 2 89 16 is_stmt 1 discriminator 40 view .LVU2704
	orq	%rax, %rsi	# a, arg
.LVL523:
	.loc 2 89 16 is_stmt 0 discriminator 40 view .LVU2705
.LBE256:
	.loc 2 89 16 is_stmt 1 discriminator 40 view .LVU2706
	.loc 2 89 32 discriminator 40 view .LVU2707
	.loc 2 89 32 discriminator 40 view .LVU2708
	.loc 2 89 32 discriminator 40 view .LVU2709
.LDL72:
	.loc 2 89 32 discriminator 40 view .LVU2710
	.loc 2 89 32 discriminator 40 view .LVU2711
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL524:
	.loc 2 89 32 is_stmt 0 discriminator 40 view .LVU2712
	jmp	*%rax	# gotovar.416_1338
.LVL525:
.L255:
.L256:
	.loc 2 89 32 is_stmt 1 discriminator 40 view .LVU2713
.LBE253:
	.loc 2 90 1 discriminator 40 view .LVU2714
.LBB257:
	.loc 2 90 1 discriminator 40 view .LVU2715
	.loc 2 90 1 discriminator 40 view .LVU2716
	.loc 2 90 1 discriminator 40 view .LVU2717
	.loc 2 90 1 discriminator 40 view .LVU2718
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL526:
	.loc 2 90 1 discriminator 40 view .LVU2719
	.loc 2 90 1 discriminator 40 view .LVU2720
	.loc 2 90 1 discriminator 40 view .LVU2721
	.loc 2 90 1 discriminator 40 view .LVU2722
	.loc 2 90 1 discriminator 40 view .LVU2723
	.loc 2 90 16 discriminator 40 view .LVU2724
.LBB258:
	.loc 2 90 16 discriminator 40 view .LVU2725
	.loc 2 90 16 is_stmt 0 discriminator 40 view .LVU2726
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL527:
	.loc 2 90 16 is_stmt 1 discriminator 40 view .LVU2727
	.loc 2 90 16 discriminator 40 view .LVU2728
	.loc 2 90 16 discriminator 40 view .LVU2729
.LBE258:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 is_stmt 0 discriminator 40 view .LVU2730
	addq	$8, %rbx	#, vpc
.LVL528:
.LBB259:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 40 view .LVU2731
	subq	$8, %rbp	#, sp
.LVL529:
	.loc 2 90 16 is_stmt 1 discriminator 40 view .LVU2732
	xorq	%rax, %rsi	# tos, arg
.LVL530:
	.loc 2 90 16 is_stmt 0 discriminator 40 view .LVU2733
.LBE259:
	.loc 2 90 16 is_stmt 1 discriminator 40 view .LVU2734
	.loc 2 90 32 discriminator 40 view .LVU2735
	.loc 2 90 32 discriminator 40 view .LVU2736
	.loc 2 90 32 discriminator 40 view .LVU2737
.LDL73:
	.loc 2 90 32 discriminator 40 view .LVU2738
	.loc 2 90 32 discriminator 40 view .LVU2739
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL531:
	.loc 2 90 32 is_stmt 0 discriminator 40 view .LVU2740
	jmp	*%rax	# gotovar.416_1338
.LVL532:
.L257:
.L258:
	.loc 2 90 32 is_stmt 1 discriminator 40 view .LVU2741
.LBE257:
	.loc 2 91 1 discriminator 40 view .LVU2742
.LBB260:
	.loc 2 91 1 discriminator 40 view .LVU2743
	.loc 2 91 1 discriminator 40 view .LVU2744
	.loc 2 91 1 discriminator 40 view .LVU2745
	.loc 2 91 1 discriminator 40 view .LVU2746
	movq	0(%rbp), %rcx	# *sp_1608, tos
.LVL533:
	.loc 2 91 1 discriminator 40 view .LVU2747
	.loc 2 91 1 discriminator 40 view .LVU2748
	.loc 2 91 1 discriminator 40 view .LVU2749
	.loc 2 91 1 discriminator 40 view .LVU2750
	.loc 2 91 1 discriminator 40 view .LVU2751
	.loc 2 91 16 discriminator 40 view .LVU2752
.LBB261:
	.loc 2 91 16 discriminator 40 view .LVU2753
	.loc 2 91 16 is_stmt 0 discriminator 40 view .LVU2754
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL534:
	.loc 2 91 16 is_stmt 1 discriminator 40 view .LVU2755
	.loc 2 91 16 discriminator 40 view .LVU2756
	.loc 2 91 16 discriminator 40 view .LVU2757
.LBE261:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 40 view .LVU2758
	addq	$8, %rbx	#, vpc
.LVL535:
.LBB262:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 40 view .LVU2759
	subq	$8, %rbp	#, sp
.LVL536:
	.loc 2 91 16 is_stmt 1 discriminator 40 view .LVU2760
.LBE262:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 40 view .LVU2761
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB263:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 40 view .LVU2762
	salq	%cl, %rsi	# tos, arg
.LVL537:
	.loc 2 91 16 discriminator 40 view .LVU2763
.LBE263:
	.loc 2 91 16 is_stmt 1 discriminator 40 view .LVU2764
	.loc 2 91 55 discriminator 40 view .LVU2765
	.loc 2 91 55 discriminator 40 view .LVU2766
	.loc 2 91 55 discriminator 40 view .LVU2767
.LDL74:
	.loc 2 91 55 discriminator 40 view .LVU2768
	.loc 2 91 55 discriminator 40 view .LVU2769
	.loc 2 91 55 is_stmt 0 discriminator 40 view .LVU2770
	jmp	*%rax	# gotovar.416_1338
.LVL538:
.L259:
.L260:
	.loc 2 91 55 is_stmt 1 discriminator 40 view .LVU2771
.LBE260:
	.loc 2 93 1 discriminator 40 view .LVU2772
.LBB264:
	.loc 2 93 1 discriminator 40 view .LVU2773
	.loc 2 93 1 discriminator 40 view .LVU2774
	.loc 2 93 1 discriminator 40 view .LVU2775
	.loc 2 93 1 discriminator 40 view .LVU2776
	movq	0(%rbp), %rcx	# *sp_1608, tos
.LVL539:
	.loc 2 93 1 discriminator 40 view .LVU2777
	.loc 2 93 1 discriminator 40 view .LVU2778
	.loc 2 93 1 discriminator 40 view .LVU2779
	.loc 2 93 1 discriminator 40 view .LVU2780
	.loc 2 93 1 discriminator 40 view .LVU2781
	.loc 2 93 16 discriminator 40 view .LVU2782
.LBB265:
	.loc 2 93 16 discriminator 40 view .LVU2783
	.loc 2 93 16 is_stmt 0 discriminator 40 view .LVU2784
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], a
.LVL540:
	.loc 2 93 16 is_stmt 1 discriminator 40 view .LVU2785
	.loc 2 93 16 discriminator 40 view .LVU2786
	.loc 2 93 16 discriminator 40 view .LVU2787
.LBE265:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 40 view .LVU2788
	addq	$8, %rbx	#, vpc
.LVL541:
.LBB266:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 40 view .LVU2789
	subq	$8, %rbp	#, sp
.LVL542:
	.loc 2 93 16 is_stmt 1 discriminator 40 view .LVU2790
.LBE266:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 40 view .LVU2791
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB267:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 40 view .LVU2792
	sarq	%cl, %rsi	# tos, arg
.LVL543:
	.loc 2 93 16 discriminator 40 view .LVU2793
.LBE267:
	.loc 2 93 16 is_stmt 1 discriminator 40 view .LVU2794
	.loc 2 93 68 discriminator 40 view .LVU2795
	.loc 2 93 68 discriminator 40 view .LVU2796
	.loc 2 93 68 discriminator 40 view .LVU2797
.LDL75:
	.loc 2 93 68 discriminator 40 view .LVU2798
	.loc 2 93 68 discriminator 40 view .LVU2799
	.loc 2 93 68 is_stmt 0 discriminator 40 view .LVU2800
	jmp	*%rax	# gotovar.416_1338
.LVL544:
.L261:
.L262:
	.loc 2 93 68 is_stmt 1 discriminator 40 view .LVU2801
.LBE264:
	.loc 2 95 1 discriminator 40 view .LVU2802
.LBB268:
	.loc 2 95 1 discriminator 40 view .LVU2803
	.loc 2 95 1 discriminator 40 view .LVU2804
	.loc 2 95 1 discriminator 40 view .LVU2805
	.loc 2 95 1 discriminator 40 view .LVU2806
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL545:
	.loc 2 95 1 discriminator 40 view .LVU2807
	.loc 2 95 1 discriminator 40 view .LVU2808
	.loc 2 95 1 discriminator 40 view .LVU2809
	.loc 2 95 1 discriminator 40 view .LVU2810
	.loc 2 95 1 discriminator 40 view .LVU2811
	.loc 2 95 16 discriminator 40 view .LVU2812
.LBB269:
	.loc 2 95 16 discriminator 40 view .LVU2813
	.loc 2 95 16 is_stmt 0 discriminator 40 view .LVU2814
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], a
.LVL546:
	.loc 2 95 16 is_stmt 1 discriminator 40 view .LVU2815
	.loc 2 95 16 discriminator 40 view .LVU2816
	.loc 2 95 16 discriminator 40 view .LVU2817
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL547:
	.loc 2 95 16 discriminator 40 view .LVU2818
	cmpq	%rax, %rdx	# tos, a
.LBE269:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 is_stmt 0 discriminator 40 view .LVU2819
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL548:
.LBB270:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 40 view .LVU2820
	sete	%sil	#, arg
.LVL549:
	.loc 2 95 16 discriminator 40 view .LVU2821
.LBE270:
	.loc 2 95 16 is_stmt 1 discriminator 40 view .LVU2822
	.loc 2 95 33 discriminator 40 view .LVU2823
	.loc 2 95 33 discriminator 40 view .LVU2824
	.loc 2 95 33 discriminator 40 view .LVU2825
.LDL76:
	.loc 2 95 33 discriminator 40 view .LVU2826
	.loc 2 95 33 discriminator 40 view .LVU2827
	.loc 2 95 33 is_stmt 0 discriminator 40 view .LVU2828
	addq	$8, %rbx	#, vpc
.LVL550:
	.loc 2 95 33 discriminator 40 view .LVU2829
	jmp	*%rax	# gotovar.416_1338
.LVL551:
.L263:
.L264:
	.loc 2 95 33 is_stmt 1 discriminator 40 view .LVU2830
.LBE268:
	.loc 2 96 1 discriminator 40 view .LVU2831
.LBB271:
	.loc 2 96 1 discriminator 40 view .LVU2832
	.loc 2 96 1 discriminator 40 view .LVU2833
	.loc 2 96 1 discriminator 40 view .LVU2834
	.loc 2 96 1 discriminator 40 view .LVU2835
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL552:
	.loc 2 96 1 discriminator 40 view .LVU2836
	.loc 2 96 1 discriminator 40 view .LVU2837
	.loc 2 96 1 discriminator 40 view .LVU2838
	.loc 2 96 1 discriminator 40 view .LVU2839
	.loc 2 96 1 discriminator 40 view .LVU2840
	.loc 2 96 16 discriminator 40 view .LVU2841
.LBB272:
	.loc 2 96 16 discriminator 40 view .LVU2842
	.loc 2 96 16 is_stmt 0 discriminator 40 view .LVU2843
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], a
.LVL553:
	.loc 2 96 16 is_stmt 1 discriminator 40 view .LVU2844
	.loc 2 96 16 discriminator 40 view .LVU2845
	.loc 2 96 16 discriminator 40 view .LVU2846
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL554:
	.loc 2 96 16 discriminator 40 view .LVU2847
	cmpq	%rax, %rdx	# tos, a
.LBE272:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 is_stmt 0 discriminator 40 view .LVU2848
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL555:
.LBB273:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 40 view .LVU2849
	setne	%sil	#, arg
.LVL556:
	.loc 2 96 16 discriminator 40 view .LVU2850
.LBE273:
	.loc 2 96 16 is_stmt 1 discriminator 40 view .LVU2851
	.loc 2 96 33 discriminator 40 view .LVU2852
	.loc 2 96 33 discriminator 40 view .LVU2853
	.loc 2 96 33 discriminator 40 view .LVU2854
.LDL77:
	.loc 2 96 33 discriminator 40 view .LVU2855
	.loc 2 96 33 discriminator 40 view .LVU2856
	.loc 2 96 33 is_stmt 0 discriminator 40 view .LVU2857
	addq	$8, %rbx	#, vpc
.LVL557:
	.loc 2 96 33 discriminator 40 view .LVU2858
	jmp	*%rax	# gotovar.416_1338
.LVL558:
.L265:
.L266:
	.loc 2 96 33 is_stmt 1 discriminator 40 view .LVU2859
.LBE271:
	.loc 2 97 1 discriminator 40 view .LVU2860
.LBB274:
	.loc 2 97 1 discriminator 40 view .LVU2861
	.loc 2 97 1 discriminator 40 view .LVU2862
	.loc 2 97 1 discriminator 40 view .LVU2863
	.loc 2 97 1 discriminator 40 view .LVU2864
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL559:
	.loc 2 97 1 discriminator 40 view .LVU2865
	.loc 2 97 1 discriminator 40 view .LVU2866
	.loc 2 97 1 discriminator 40 view .LVU2867
	.loc 2 97 1 discriminator 40 view .LVU2868
	.loc 2 97 1 discriminator 40 view .LVU2869
	.loc 2 97 16 discriminator 40 view .LVU2870
.LBB275:
	.loc 2 97 16 discriminator 40 view .LVU2871
	.loc 2 97 16 is_stmt 0 discriminator 40 view .LVU2872
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], a
.LVL560:
	.loc 2 97 16 is_stmt 1 discriminator 40 view .LVU2873
	.loc 2 97 16 discriminator 40 view .LVU2874
	.loc 2 97 16 discriminator 40 view .LVU2875
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL561:
	.loc 2 97 16 discriminator 40 view .LVU2876
	cmpq	%rax, %rdx	# tos, a
.LBE275:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 is_stmt 0 discriminator 40 view .LVU2877
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL562:
.LBB276:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 40 view .LVU2878
	setl	%sil	#, arg
.LVL563:
	.loc 2 97 16 discriminator 40 view .LVU2879
.LBE276:
	.loc 2 97 16 is_stmt 1 discriminator 40 view .LVU2880
	.loc 2 97 33 discriminator 40 view .LVU2881
	.loc 2 97 33 discriminator 40 view .LVU2882
	.loc 2 97 33 discriminator 40 view .LVU2883
.LDL78:
	.loc 2 97 33 discriminator 40 view .LVU2884
	.loc 2 97 33 discriminator 40 view .LVU2885
	.loc 2 97 33 is_stmt 0 discriminator 40 view .LVU2886
	addq	$8, %rbx	#, vpc
.LVL564:
	.loc 2 97 33 discriminator 40 view .LVU2887
	jmp	*%rax	# gotovar.416_1338
.LVL565:
.L267:
.L268:
	.loc 2 97 33 is_stmt 1 discriminator 40 view .LVU2888
.LBE274:
	.loc 2 98 1 discriminator 40 view .LVU2889
.LBB277:
	.loc 2 98 1 discriminator 40 view .LVU2890
	.loc 2 98 1 discriminator 40 view .LVU2891
	.loc 2 98 1 discriminator 40 view .LVU2892
	.loc 2 98 1 discriminator 40 view .LVU2893
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL566:
	.loc 2 98 1 discriminator 40 view .LVU2894
	.loc 2 98 1 discriminator 40 view .LVU2895
	.loc 2 98 1 discriminator 40 view .LVU2896
	.loc 2 98 1 discriminator 40 view .LVU2897
	.loc 2 98 1 discriminator 40 view .LVU2898
	.loc 2 98 16 discriminator 40 view .LVU2899
.LBB278:
	.loc 2 98 16 discriminator 40 view .LVU2900
	.loc 2 98 16 is_stmt 0 discriminator 40 view .LVU2901
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], a
.LVL567:
	.loc 2 98 16 is_stmt 1 discriminator 40 view .LVU2902
	.loc 2 98 16 discriminator 40 view .LVU2903
	.loc 2 98 16 discriminator 40 view .LVU2904
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL568:
	.loc 2 98 16 discriminator 40 view .LVU2905
	cmpq	%rax, %rdx	# tos, a
.LBE278:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 is_stmt 0 discriminator 40 view .LVU2906
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL569:
.LBB279:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 40 view .LVU2907
	setle	%sil	#, arg
.LVL570:
	.loc 2 98 16 discriminator 40 view .LVU2908
.LBE279:
	.loc 2 98 16 is_stmt 1 discriminator 40 view .LVU2909
	.loc 2 98 33 discriminator 40 view .LVU2910
	.loc 2 98 33 discriminator 40 view .LVU2911
	.loc 2 98 33 discriminator 40 view .LVU2912
.LDL79:
	.loc 2 98 33 discriminator 40 view .LVU2913
	.loc 2 98 33 discriminator 40 view .LVU2914
	.loc 2 98 33 is_stmt 0 discriminator 40 view .LVU2915
	addq	$8, %rbx	#, vpc
.LVL571:
	.loc 2 98 33 discriminator 40 view .LVU2916
	jmp	*%rax	# gotovar.416_1338
.LVL572:
.L269:
.L270:
	.loc 2 98 33 is_stmt 1 discriminator 40 view .LVU2917
.LBE277:
	.loc 2 99 1 discriminator 40 view .LVU2918
.LBB280:
	.loc 2 99 1 discriminator 40 view .LVU2919
	.loc 2 99 1 discriminator 40 view .LVU2920
	.loc 2 99 1 discriminator 40 view .LVU2921
	.loc 2 99 1 discriminator 40 view .LVU2922
.LBB281:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 is_stmt 0 discriminator 40 view .LVU2923
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LBE281:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 discriminator 40 view .LVU2924
	movq	0(%rbp), %rdx	# *sp_1608, tos
.LVL573:
	.loc 2 99 1 is_stmt 1 discriminator 40 view .LVU2925
	.loc 2 99 1 discriminator 40 view .LVU2926
	.loc 2 99 1 discriminator 40 view .LVU2927
	.loc 2 99 1 discriminator 40 view .LVU2928
	.loc 2 99 1 discriminator 40 view .LVU2929
	.loc 2 99 16 discriminator 40 view .LVU2930
.LBB282:
	.loc 2 99 16 discriminator 40 view .LVU2931
	.loc 2 99 16 discriminator 40 view .LVU2932
	.loc 2 99 16 discriminator 40 view .LVU2933
	.loc 2 99 16 discriminator 40 view .LVU2934
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL574:
	.loc 2 99 16 discriminator 40 view .LVU2935
	cmpq	%rax, %rdx	# a, tos
.LBE282:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 is_stmt 0 discriminator 40 view .LVU2936
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL575:
.LBB283:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 40 view .LVU2937
	setl	%sil	#, arg
.LVL576:
	.loc 2 99 16 discriminator 40 view .LVU2938
.LBE283:
	.loc 2 99 16 is_stmt 1 discriminator 40 view .LVU2939
	.loc 2 99 33 discriminator 40 view .LVU2940
	.loc 2 99 33 discriminator 40 view .LVU2941
	.loc 2 99 33 discriminator 40 view .LVU2942
.LDL80:
	.loc 2 99 33 discriminator 40 view .LVU2943
	.loc 2 99 33 discriminator 40 view .LVU2944
	.loc 2 99 33 is_stmt 0 discriminator 40 view .LVU2945
	addq	$8, %rbx	#, vpc
.LVL577:
	.loc 2 99 33 discriminator 40 view .LVU2946
	jmp	*%rax	# gotovar.416_1338
.LVL578:
.L271:
.L272:
	.loc 2 99 33 is_stmt 1 discriminator 40 view .LVU2947
.LBE280:
	.loc 2 100 1 discriminator 40 view .LVU2948
.LBB284:
	.loc 2 100 1 discriminator 40 view .LVU2949
	.loc 2 100 1 discriminator 40 view .LVU2950
	.loc 2 100 1 discriminator 40 view .LVU2951
	.loc 2 100 1 discriminator 40 view .LVU2952
	movq	0(%rbp), %rax	# *sp_1608, tos
.LVL579:
	.loc 2 100 1 discriminator 40 view .LVU2953
	.loc 2 100 1 discriminator 40 view .LVU2954
	.loc 2 100 1 discriminator 40 view .LVU2955
	.loc 2 100 1 discriminator 40 view .LVU2956
	.loc 2 100 1 discriminator 40 view .LVU2957
	.loc 2 100 16 discriminator 40 view .LVU2958
.LBB285:
	.loc 2 100 16 discriminator 40 view .LVU2959
	.loc 2 100 16 is_stmt 0 discriminator 40 view .LVU2960
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], a
.LVL580:
	.loc 2 100 16 is_stmt 1 discriminator 40 view .LVU2961
	.loc 2 100 16 discriminator 40 view .LVU2962
	.loc 2 100 16 discriminator 40 view .LVU2963
	xorl	%esi, %esi	# arg
	subq	$8, %rbp	#, sp
.LVL581:
	.loc 2 100 16 discriminator 40 view .LVU2964
	cmpq	%rax, %rdx	# tos, a
.LBE285:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 is_stmt 0 discriminator 40 view .LVU2965
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL582:
.LBB286:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 40 view .LVU2966
	setge	%sil	#, arg
.LVL583:
	.loc 2 100 16 discriminator 40 view .LVU2967
.LBE286:
	.loc 2 100 16 is_stmt 1 discriminator 40 view .LVU2968
	.loc 2 100 33 discriminator 40 view .LVU2969
	.loc 2 100 33 discriminator 40 view .LVU2970
	.loc 2 100 33 discriminator 40 view .LVU2971
.LDL81:
	.loc 2 100 33 discriminator 40 view .LVU2972
	.loc 2 100 33 discriminator 40 view .LVU2973
	.loc 2 100 33 is_stmt 0 discriminator 40 view .LVU2974
	addq	$8, %rbx	#, vpc
.LVL584:
	.loc 2 100 33 discriminator 40 view .LVU2975
	jmp	*%rax	# gotovar.416_1338
.LVL585:
.L273:
.L274:
.L275:
	.loc 2 100 33 is_stmt 1 discriminator 32 view .LVU2976
.LBE284:
	.loc 2 103 1 discriminator 32 view .LVU2977
.LBB287:
	.loc 2 103 1 discriminator 32 view .LVU2978
	.loc 2 103 1 discriminator 32 view .LVU2979
	.loc 2 103 1 discriminator 32 view .LVU2980
	.loc 2 103 1 discriminator 32 view .LVU2981
	.loc 2 103 1 discriminator 32 view .LVU2982
	.loc 2 103 1 discriminator 32 view .LVU2983
	.loc 2 103 1 discriminator 32 view .LVU2984
	.loc 2 103 1 discriminator 32 view .LVU2985
	.loc 2 104 5 discriminator 32 view .LVU2986
	.loc 2 104 5 discriminator 32 view .LVU2987
	.loc 2 104 5 discriminator 32 view .LVU2988
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L749	#,
	.loc 2 104 5 discriminator 18 view .LVU2989
	.loc 2 104 5 discriminator 18 view .LVU2990
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL586:
	.loc 2 104 5 discriminator 18 view .LVU2991
	.loc 2 104 5 discriminator 18 view .LVU2992
	.loc 2 104 5 discriminator 18 view .LVU2993
	.loc 2 104 5 discriminator 18 view .LVU2994
.LDL82:
	.loc 2 104 5 discriminator 18 view .LVU2995
	.loc 2 104 5 discriminator 18 view .LVU2996
	leaq	8(%rax), %rbx	#, vpc
.LVL587:
	.loc 2 104 5 is_stmt 0 discriminator 18 view .LVU2997
	jmp	*(%rax)	# vpc_460->code
.LVL588:
.L277:
.L278:
	.loc 2 105 1 is_stmt 1 discriminator 28 view .LVU2998
.LBE287:
	.loc 2 107 1 discriminator 28 view .LVU2999
.LBB288:
	.loc 2 107 1 discriminator 28 view .LVU3000
	.loc 2 107 1 discriminator 28 view .LVU3001
	.loc 2 107 1 discriminator 28 view .LVU3002
	.loc 2 107 1 discriminator 28 view .LVU3003
	.loc 2 107 1 discriminator 28 view .LVU3004
	.loc 2 107 1 discriminator 28 view .LVU3005
	.loc 2 107 1 discriminator 28 view .LVU3006
	.loc 2 107 1 discriminator 28 view .LVU3007
	.loc 2 107 1 discriminator 28 view .LVU3008
	.loc 2 108 5 discriminator 28 view .LVU3009
.LBB289:
	.loc 2 108 9 discriminator 28 view .LVU3010
	.loc 2 108 9 discriminator 28 view .LVU3011
.LBE289:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 28 view .LVU3012
	cmpq	$0, 0(%rbp)	#, *sp_1608
.LBB290:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 discriminator 28 view .LVU3013
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
	leaq	-8(%rbp), %rdx	#, sp
.LVL589:
	.loc 2 108 9 is_stmt 1 discriminator 28 view .LVU3014
	.loc 2 108 9 discriminator 28 view .LVU3015
.LBE290:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 28 view .LVU3016
	jne	.L279	#,
.L280:
	.loc 2 109 9 is_stmt 1 view .LVU3017
	.loc 2 109 9 view .LVU3018
	.loc 2 109 9 view .LVU3019
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L750	#,
	.loc 2 109 9 discriminator 18 view .LVU3020
	.loc 2 109 9 discriminator 18 view .LVU3021
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL590:
	.loc 2 109 9 discriminator 18 view .LVU3022
	.loc 2 109 9 discriminator 18 view .LVU3023
	.loc 2 109 9 discriminator 18 view .LVU3024
	.loc 2 109 9 discriminator 18 view .LVU3025
.LDL83:
	.loc 2 109 9 discriminator 18 view .LVU3026
	.loc 2 109 9 discriminator 18 view .LVU3027
.LBB291:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 18 view .LVU3028
	movq	%rdx, %rbp	# sp, sp
.LVL591:
	.loc 2 108 9 discriminator 18 view .LVU3029
.LBE291:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 discriminator 18 view .LVU3030
	leaq	8(%rax), %rbx	#, vpc
.LVL592:
	.loc 2 109 9 discriminator 18 view .LVU3031
	movq	(%rax), %rax	# vpc_464->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL593:
.L292:
.L293:
	.loc 2 109 9 discriminator 18 view .LVU3032
.LBE288:
.LBB293:
	.loc 2 120 1 is_stmt 1 discriminator 32 view .LVU3033
.LBE293:
	.loc 2 122 1 discriminator 32 view .LVU3034
.LBB294:
	.loc 2 122 1 discriminator 32 view .LVU3035
	.loc 2 122 1 discriminator 32 view .LVU3036
	.loc 2 122 1 discriminator 32 view .LVU3037
	.loc 2 122 1 discriminator 32 view .LVU3038
	.loc 2 122 1 discriminator 32 view .LVU3039
	.loc 2 122 1 discriminator 32 view .LVU3040
	.loc 2 122 1 discriminator 32 view .LVU3041
	.loc 2 122 1 discriminator 32 view .LVU3042
	.loc 2 123 5 discriminator 32 view .LVU3043
.LBB295:
	.loc 2 123 5 discriminator 32 view .LVU3044
	movq	(%rbx), %rdx	# vpc_1607(ab)->count, _937
	movq	-8(%r9), %rax	# MEM[(uintptr_t *)rsp_1606 + -8B], to_
	leaq	-8(%r9), %rcx	#, rsp
.LVL594:
.LDL84:
	.loc 2 123 5 discriminator 32 view .LVU3045
	.loc 2 123 5 discriminator 32 view .LVU3046
	.loc 2 123 5 discriminator 32 view .LVU3047
	cmpq	%r8, %rdx	# budget, _937
	jg	.L751	#,
	.loc 2 123 5 discriminator 21 view .LVU3048
	.loc 2 123 5 discriminator 21 view .LVU3049
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__495 + -24B].count, tmp2066
	leaq	8(%rax), %rbx	#, vpc
.LVL595:
	.loc 2 123 5 is_stmt 0 discriminator 21 view .LVU3050
	movq	(%rax), %rax	# to__495->code, gotovar.416_1338
.LVL596:
	.loc 2 123 5 discriminator 21 view .LVU3051
	movq	%rcx, %r9	# rsp, rsp
	subq	%rdx, %r8	# _937, budget
.LVL597:
	.loc 2 123 5 is_stmt 1 discriminator 21 view .LVU3052
	.loc 2 123 5 discriminator 21 view .LVU3053
	.loc 2 123 5 discriminator 21 view .LVU3054
	.loc 2 123 5 discriminator 21 view .LVU3055
.LDL85:
	.loc 2 123 5 discriminator 21 view .LVU3056
	.loc 2 123 5 discriminator 21 view .LVU3057
	.loc 2 123 5 is_stmt 0 discriminator 21 view .LVU3058
	jmp	*%rax	# gotovar.416_1338
.LVL598:
.L295:
.L296:
	.loc 2 123 5 discriminator 21 view .LVU3059
.LBE295:
	.loc 2 124 1 is_stmt 1 discriminator 28 view .LVU3060
.LBE294:
	.loc 2 126 1 discriminator 28 view .LVU3061
.LBB298:
	.loc 2 126 1 discriminator 28 view .LVU3062
	.loc 2 126 1 discriminator 28 view .LVU3063
	.loc 2 126 1 discriminator 28 view .LVU3064
	.loc 2 126 1 discriminator 28 view .LVU3065
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL599:
	.loc 2 126 1 discriminator 28 view .LVU3066
	.loc 2 126 1 discriminator 28 view .LVU3067
	.loc 2 126 1 discriminator 28 view .LVU3068
	.loc 2 126 1 discriminator 28 view .LVU3069
	.loc 2 126 1 discriminator 28 view .LVU3070
	.loc 2 127 5 discriminator 28 view .LVU3071
	.loc 2 127 5 discriminator 28 view .LVU3072
	cmpq	$65535, %rsi	#, arg
	ja	.L752	#,
	.loc 2 127 5 discriminator 6 view .LVU3073
	.loc 2 127 5 discriminator 6 view .LVU3074
	.loc 2 128 5 discriminator 6 view .LVU3075
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 is_stmt 0 discriminator 6 view .LVU3076
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 6 view .LVU3077
	addq	$8, %rbx	#, vpc
.LVL600:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 6 view .LVU3078
	movq	(%rax,%rsi,8), %rsi	# *_956, arg
.LVL601:
	.loc 2 129 1 is_stmt 1 discriminator 6 view .LVU3079
	.loc 2 129 1 discriminator 6 view .LVU3080
	.loc 2 129 1 discriminator 6 view .LVU3081
.LDL86:
	.loc 2 129 1 discriminator 6 view .LVU3082
	.loc 2 129 1 discriminator 6 view .LVU3083
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL602:
	.loc 2 129 1 is_stmt 0 discriminator 6 view .LVU3084
	jmp	*%rax	# gotovar.416_1338
.LVL603:
.L282:
.L283:
	.loc 2 129 1 discriminator 6 view .LVU3085
.LBE298:
.LBB299:
	.loc 2 110 1 is_stmt 1 discriminator 28 view .LVU3086
.LBE299:
	.loc 2 112 1 discriminator 28 view .LVU3087
.LBB300:
	.loc 2 112 1 discriminator 28 view .LVU3088
	.loc 2 112 1 discriminator 28 view .LVU3089
	.loc 2 112 1 discriminator 28 view .LVU3090
	.loc 2 112 1 discriminator 28 view .LVU3091
	.loc 2 112 1 discriminator 28 view .LVU3092
	.loc 2 112 1 discriminator 28 view .LVU3093
	.loc 2 112 1 discriminator 28 view .LVU3094
	.loc 2 112 1 discriminator 28 view .LVU3095
	.loc 2 112 1 discriminator 28 view .LVU3096
	.loc 2 113 5 discriminator 28 view .LVU3097
.LBB301:
	.loc 2 113 9 discriminator 28 view .LVU3098
	.loc 2 113 9 discriminator 28 view .LVU3099
.LBE301:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 28 view .LVU3100
	cmpq	$0, 0(%rbp)	#, *sp_1608
.LBB302:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 9 discriminator 28 view .LVU3101
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
	leaq	-8(%rbp), %rdx	#, sp
.LVL604:
	.loc 2 113 9 is_stmt 1 discriminator 28 view .LVU3102
	.loc 2 113 9 discriminator 28 view .LVU3103
.LBE302:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 28 view .LVU3104
	je	.L284	#,
.L285:
	.loc 2 114 9 is_stmt 1 view .LVU3105
	.loc 2 114 9 view .LVU3106
	.loc 2 114 9 view .LVU3107
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L753	#,
	.loc 2 114 9 discriminator 18 view .LVU3108
	.loc 2 114 9 discriminator 18 view .LVU3109
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL605:
	.loc 2 114 9 discriminator 18 view .LVU3110
	.loc 2 114 9 discriminator 18 view .LVU3111
	.loc 2 114 9 discriminator 18 view .LVU3112
	.loc 2 114 9 discriminator 18 view .LVU3113
.LDL87:
	.loc 2 114 9 discriminator 18 view .LVU3114
	.loc 2 114 9 discriminator 18 view .LVU3115
.LBB303:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 9 is_stmt 0 discriminator 18 view .LVU3116
	movq	%rdx, %rbp	# sp, sp
.LVL606:
	.loc 2 113 9 discriminator 18 view .LVU3117
.LBE303:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 discriminator 18 view .LVU3118
	leaq	8(%rax), %rbx	#, vpc
.LVL607:
	.loc 2 114 9 discriminator 18 view .LVU3119
	movq	(%rax), %rax	# vpc_473->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL608:
.L305:
.L306:
.L307:
	.loc 2 114 9 discriminator 18 view .LVU3120
.LBE300:
.LBB305:
	.loc 2 142 1 is_stmt 1 discriminator 32 view .LVU3121
.LBE305:
	.loc 2 144 1 discriminator 32 view .LVU3122
.LBB306:
	.loc 2 144 1 discriminator 32 view .LVU3123
	.loc 2 144 1 discriminator 32 view .LVU3124
	.loc 2 144 1 discriminator 32 view .LVU3125
	.loc 2 144 1 discriminator 32 view .LVU3126
	.loc 2 144 1 discriminator 32 view .LVU3127
	.loc 2 144 1 discriminator 32 view .LVU3128
	.loc 2 144 1 discriminator 32 view .LVU3129
	.loc 2 144 1 discriminator 32 view .LVU3130
	.loc 2 145 5 discriminator 32 view .LVU3131
	.loc 2 145 5 discriminator 32 view .LVU3132
	.loc 2 145 5 discriminator 32 view .LVU3133
	.loc 2 145 5 discriminator 32 view .LVU3134
	.loc 2 145 5 discriminator 32 view .LVU3135
.LBE306:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 discriminator 32 view .LVU3136
	leaq	-8(%rbx), %rax	#, tmp2084
.LBB307:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 32 view .LVU3137
	xorl	%esi, %esi	# arg
.LBE307:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 discriminator 32 view .LVU3138
	subq	%r14, %rax	# slots, tmp2085
	sarq	$3, %rax	#, tmp2087
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 discriminator 32 view .LVU3139
	movl	0(%r13,%rax,4), %ecx	# *_2288, pretmp_2342
.LBB308:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 32 view .LVU3140
	xorl	%eax, %eax	# st
	jmp	.L11	#
.LVL609:
.L308:
.L309:
	.loc 2 146 1 is_stmt 1 discriminator 39 view .LVU3141
.LBE308:
	.loc 2 32 1 discriminator 39 view .LVU3142
.LBB309:
	.loc 2 32 1 discriminator 39 view .LVU3143
	.loc 2 32 1 discriminator 39 view .LVU3144
	.loc 2 32 1 discriminator 39 view .LVU3145
	.loc 2 32 1 discriminator 39 view .LVU3146
	.loc 2 32 1 discriminator 39 view .LVU3147
	.loc 2 33 1 discriminator 39 view .LVU3148
	.loc 2 33 1 discriminator 39 view .LVU3149
	.loc 2 33 1 discriminator 39 view .LVU3150
.LDL88:
	.loc 2 33 1 discriminator 39 view .LVU3151
	.loc 2 33 1 discriminator 39 view .LVU3152
	.loc 2 33 1 is_stmt 0 discriminator 39 view .LVU3153
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL610:
	.loc 2 33 1 discriminator 39 view .LVU3154
	jmp	*%rax	# gotovar.416_1338
.LVL611:
.L287:
.L288:
	.loc 2 33 1 discriminator 39 view .LVU3155
.LBE309:
.LBB310:
	.loc 2 115 1 is_stmt 1 discriminator 32 view .LVU3156
.LBE310:
	.loc 2 117 1 discriminator 32 view .LVU3157
.LBB311:
	.loc 2 117 1 discriminator 32 view .LVU3158
	.loc 2 117 1 discriminator 32 view .LVU3159
	.loc 2 117 1 discriminator 32 view .LVU3160
	.loc 2 117 1 discriminator 32 view .LVU3161
	.loc 2 117 1 discriminator 32 view .LVU3162
	.loc 2 117 1 discriminator 32 view .LVU3163
	movslq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need
	movq	%rbp, %rdx	# sp, tmp2047
	leaq	(%rdi,%rax,8), %rax	#, tmp2046
	subq	%rax, %rdx	# tmp2046, tmp2047
	movslq	28(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span
	salq	$3, %rax	#, tmp2050
	cmpq	%rdx, %rax	# tmp2047, tmp2050
	jb	.L289	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 34 view .LVU3164
	leaq	65544(%rdi), %rax	#, tmp2051
	cmpq	%rax, %r9	# tmp2051, rsp
	je	.L289	#,
	.loc 2 117 1 is_stmt 1 discriminator 36 view .LVU3165
	.loc 2 117 1 discriminator 36 view .LVU3166
	.loc 2 118 5 discriminator 36 view .LVU3167
	leaq	32(%rbx), %rax	#, tmp2054
	leaq	8(%r9), %rdx	#, rsp
.LVL612:
	.loc 2 118 5 is_stmt 0 discriminator 36 view .LVU3168
	movq	%rax, (%r9)	# tmp2054, *rsp_1606
.LDL89:
	.loc 2 119 5 is_stmt 1 discriminator 36 view .LVU3169
	.loc 2 119 5 discriminator 36 view .LVU3170
	.loc 2 119 5 discriminator 36 view .LVU3171
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L754	#,
	.loc 2 119 5 discriminator 18 view .LVU3172
	.loc 2 119 5 discriminator 18 view .LVU3173
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL613:
	.loc 2 119 5 discriminator 18 view .LVU3174
	.loc 2 119 5 discriminator 18 view .LVU3175
	.loc 2 119 5 discriminator 18 view .LVU3176
	.loc 2 119 5 discriminator 18 view .LVU3177
.LDL90:
	.loc 2 119 5 discriminator 18 view .LVU3178
	.loc 2 119 5 discriminator 18 view .LVU3179
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 18 view .LVU3180
	movq	%rdx, %r9	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 18 view .LVU3181
	leaq	8(%rax), %rbx	#, vpc
.LVL614:
	.loc 2 119 5 discriminator 18 view .LVU3182
	movq	(%rax), %rax	# vpc_487->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL615:
.L298:
.L299:
	.loc 2 119 5 discriminator 18 view .LVU3183
.LBE311:
.LBB312:
	.loc 2 129 1 is_stmt 1 discriminator 28 view .LVU3184
.LBE312:
	.loc 2 131 1 discriminator 28 view .LVU3185
.LBB313:
	.loc 2 131 1 discriminator 28 view .LVU3186
	.loc 2 131 1 discriminator 28 view .LVU3187
	.loc 2 131 1 discriminator 28 view .LVU3188
	.loc 2 131 1 discriminator 28 view .LVU3189
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL616:
	.loc 2 131 1 discriminator 28 view .LVU3190
	.loc 2 131 1 discriminator 28 view .LVU3191
	.loc 2 131 1 discriminator 28 view .LVU3192
	.loc 2 131 1 discriminator 28 view .LVU3193
	.loc 2 131 1 discriminator 28 view .LVU3194
	.loc 2 132 5 discriminator 28 view .LVU3195
	.loc 2 132 5 discriminator 28 view .LVU3196
	cmpq	$65535, %rsi	#, arg
	ja	.L755	#,
	.loc 2 132 5 discriminator 6 view .LVU3197
	.loc 2 132 5 discriminator 6 view .LVU3198
	.loc 2 133 5 discriminator 6 view .LVU3199
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 6 view .LVU3200
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], _971
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 6 view .LVU3201
	subq	$16, %rbp	#, sp
.LVL617:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 6 view .LVU3202
	addq	$8, %rbx	#, vpc
.LVL618:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 6 view .LVU3203
	movq	%rdx, (%rax,%rsi,8)	# _971, *_970
	.loc 2 134 5 is_stmt 1 discriminator 6 view .LVU3204
.LVL619:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 is_stmt 0 discriminator 6 view .LVU3205
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 6 view .LVU3206
	movq	0(%rbp), %rsi	# MEM[(cell *)sp_1608 + -16B], arg
.LVL620:
	.loc 2 135 1 is_stmt 1 discriminator 6 view .LVU3207
	.loc 2 135 1 discriminator 6 view .LVU3208
	.loc 2 135 1 discriminator 6 view .LVU3209
.LDL91:
	.loc 2 135 1 discriminator 6 view .LVU3210
	.loc 2 135 1 discriminator 6 view .LVU3211
	.loc 2 135 1 is_stmt 0 discriminator 6 view .LVU3212
	jmp	*%rax	# gotovar.416_1338
.LVL621:
.L301:
.L302:
	.loc 2 135 1 is_stmt 1 discriminator 28 view .LVU3213
.LBE313:
	.loc 2 137 1 discriminator 28 view .LVU3214
.LBB314:
	.loc 2 137 1 discriminator 28 view .LVU3215
	.loc 2 137 1 discriminator 28 view .LVU3216
	.loc 2 137 1 discriminator 28 view .LVU3217
	.loc 2 137 1 discriminator 28 view .LVU3218
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 discriminator 28 view .LVU3219
	leaq	-8(%rbx), %rax	#, tmp2078
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 discriminator 28 view .LVU3220
	movq	0(%rbp), %rsi	# *sp_1608, tos
.LVL622:
	.loc 2 137 1 is_stmt 1 discriminator 28 view .LVU3221
	.loc 2 137 1 discriminator 28 view .LVU3222
	.loc 2 137 1 discriminator 28 view .LVU3223
	.loc 2 137 1 discriminator 28 view .LVU3224
	.loc 2 137 1 discriminator 28 view .LVU3225
	.loc 2 138 5 discriminator 28 view .LVU3226
	.loc 2 138 5 discriminator 28 view .LVU3227
	subq	%r14, %rax	# slots, tmp2079
	sarq	$3, %rax	#, tmp2081
	leaq	0(%r13,%rax,4), %r12	#, _983
	movl	(%r12), %eax	# *_983,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_2342
	jge	.L756	#,
	.loc 2 138 5 is_stmt 0 discriminator 28 view .LVU3228
	movq	%r10, 24(%rsp)	# rsp, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 6 view .LVU3229
	.loc 2 138 5 discriminator 6 view .LVU3230
	.loc 2 139 5 discriminator 6 view .LVU3231
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 6 view .LVU3232
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL623:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 6 view .LVU3233
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp2314
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, rsp
	jne	.L757	#,
	.loc 2 140 9 is_stmt 1 view .LVU3234
	.loc 2 141 5 view .LVU3235
.LVL624:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU3236
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU3237
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL625:
	.loc 2 142 1 is_stmt 1 view .LVU3238
	.loc 2 142 1 view .LVU3239
	.loc 2 142 1 view .LVU3240
.LDL92:
	.loc 2 142 1 view .LVU3241
	.loc 2 142 1 view .LVU3242
	.loc 2 142 1 is_stmt 0 view .LVU3243
	addq	$8, %rbx	#, vpc
.LVL626:
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU3244
	subq	$8, %rbp	#, sp
.LVL627:
	.loc 2 141 5 view .LVU3245
	jmp	*%rax	# gotovar.416_1338
.LVL628:
.L310:
.L311:
	.loc 2 141 5 view .LVU3246
.LBE314:
.LBB315:
	.loc 2 33 1 is_stmt 1 discriminator 39 view .LVU3247
.LBE315:
	.loc 2 35 1 discriminator 39 view .LVU3248
.LBB316:
	.loc 2 35 1 discriminator 39 view .LVU3249
	.loc 2 35 1 discriminator 39 view .LVU3250
	.loc 2 35 1 discriminator 39 view .LVU3251
	.loc 2 35 1 discriminator 39 view .LVU3252
	.loc 2 35 1 discriminator 39 view .LVU3253
	.loc 2 36 5 discriminator 39 view .LVU3254
	.loc 2 36 5 discriminator 39 view .LVU3255
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 36 5 discriminator 39 view .LVU3256
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 is_stmt 0 discriminator 39 view .LVU3257
	movq	8(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 8B].code, gotovar.416_1338
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 39 view .LVU3258
	addq	$8, %rbp	#, sp
.LVL629:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 39 view .LVU3259
	addq	$16, %rbx	#, vpc
.LVL630:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 39 view .LVU3260
	movq	-16(%rbx), %rsi	# vpc_1607(ab)->imm, arg
.LVL631:
	.loc 2 36 5 is_stmt 1 discriminator 39 view .LVU3261
	.loc 2 36 5 discriminator 39 view .LVU3262
	.loc 2 37 1 discriminator 39 view .LVU3263
	.loc 2 37 1 discriminator 39 view .LVU3264
	.loc 2 37 1 discriminator 39 view .LVU3265
.LDL93:
	.loc 2 37 1 discriminator 39 view .LVU3266
	.loc 2 37 1 discriminator 39 view .LVU3267
	.loc 2 37 1 is_stmt 0 discriminator 39 view .LVU3268
	jmp	*%rax	# gotovar.416_1338
.LVL632:
.L312:
.L313:
	.loc 2 37 1 is_stmt 1 discriminator 39 view .LVU3269
.LBE316:
	.loc 2 39 1 discriminator 39 view .LVU3270
.LBB317:
	.loc 2 39 1 discriminator 39 view .LVU3271
	.loc 2 39 1 discriminator 39 view .LVU3272
	.loc 2 39 1 discriminator 39 view .LVU3273
	.loc 2 39 1 discriminator 39 view .LVU3274
	.loc 2 39 1 discriminator 39 view .LVU3275
	.loc 2 40 5 discriminator 39 view .LVU3276
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 39 view .LVU3277
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 39 view .LVU3278
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL633:
	.loc 2 41 1 is_stmt 1 discriminator 39 view .LVU3279
	.loc 2 41 1 discriminator 39 view .LVU3280
	.loc 2 41 1 discriminator 39 view .LVU3281
.LDL94:
	.loc 2 41 1 discriminator 39 view .LVU3282
	.loc 2 41 1 discriminator 39 view .LVU3283
	.loc 2 41 1 is_stmt 0 discriminator 39 view .LVU3284
	addq	$8, %rbx	#, vpc
.LVL634:
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 39 view .LVU3285
	subq	$8, %rbp	#, sp
.LVL635:
	.loc 2 40 5 discriminator 39 view .LVU3286
	jmp	*%rax	# gotovar.416_1338
.LVL636:
.L208:
.L209:
	.loc 2 40 5 discriminator 39 view .LVU3287
.LBE317:
.LBB318:
	.loc 2 129 1 is_stmt 1 discriminator 18 view .LVU3288
.LBE318:
	.loc 2 131 1 discriminator 18 view .LVU3289
.LBB319:
	.loc 2 131 1 discriminator 18 view .LVU3290
	.loc 2 131 1 discriminator 18 view .LVU3291
	.loc 2 131 1 discriminator 18 view .LVU3292
	.loc 2 131 1 discriminator 18 view .LVU3293
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL637:
	.loc 2 131 1 discriminator 18 view .LVU3294
	.loc 2 131 1 discriminator 18 view .LVU3295
	.loc 2 131 1 discriminator 18 view .LVU3296
	.loc 2 131 1 discriminator 18 view .LVU3297
	.loc 2 131 1 discriminator 18 view .LVU3298
	.loc 2 132 5 discriminator 18 view .LVU3299
	.loc 2 132 5 discriminator 18 view .LVU3300
	cmpq	$65535, %rsi	#, arg
	ja	.L758	#,
	.loc 2 132 5 discriminator 4 view .LVU3301
	.loc 2 132 5 discriminator 4 view .LVU3302
	.loc 2 133 5 discriminator 4 view .LVU3303
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 4 view .LVU3304
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], _700
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 4 view .LVU3305
	subq	$16, %rbp	#, sp
.LVL638:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 4 view .LVU3306
	addq	$8, %rbx	#, vpc
.LVL639:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 4 view .LVU3307
	movq	%rdx, (%rax,%rsi,8)	# _700, *_699
	.loc 2 134 5 is_stmt 1 discriminator 4 view .LVU3308
.LVL640:
	.loc 2 135 1 discriminator 4 view .LVU3309
	.loc 2 135 1 discriminator 4 view .LVU3310
	.loc 2 135 1 discriminator 4 view .LVU3311
	.loc 2 135 1 discriminator 4 view .LVU3312
	.loc 2 135 1 discriminator 4 view .LVU3313
	.loc 2 135 1 discriminator 4 view .LVU3314
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL641:
.LDL95:
	.loc 2 135 1 discriminator 4 view .LVU3315
	.loc 2 135 1 discriminator 4 view .LVU3316
	.loc 2 135 1 is_stmt 0 discriminator 4 view .LVU3317
	jmp	*%rax	# gotovar.416_1338
.LVL642:
.L211:
.L212:
	.loc 2 135 1 is_stmt 1 discriminator 18 view .LVU3318
.LBE319:
	.loc 2 137 1 discriminator 18 view .LVU3319
.LBB320:
	.loc 2 137 1 discriminator 18 view .LVU3320
	.loc 2 137 1 discriminator 18 view .LVU3321
	.loc 2 137 1 discriminator 18 view .LVU3322
	.loc 2 137 1 discriminator 18 view .LVU3323
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 is_stmt 0 discriminator 18 view .LVU3324
	leaq	-8(%rbx), %rax	#, tmp1986
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 discriminator 18 view .LVU3325
	movq	0(%rbp), %rsi	# *sp_1608, tos
.LVL643:
	.loc 2 137 1 is_stmt 1 discriminator 18 view .LVU3326
	.loc 2 137 1 discriminator 18 view .LVU3327
	.loc 2 137 1 discriminator 18 view .LVU3328
	.loc 2 137 1 discriminator 18 view .LVU3329
	.loc 2 137 1 discriminator 18 view .LVU3330
	.loc 2 138 5 discriminator 18 view .LVU3331
	.loc 2 138 5 discriminator 18 view .LVU3332
	subq	%r14, %rax	# slots, tmp1987
	sarq	$3, %rax	#, tmp1989
	leaq	0(%r13,%rax,4), %r12	#, _710
	movl	(%r12), %eax	# *_710,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_2342
	jge	.L759	#,
	.loc 2 138 5 is_stmt 0 discriminator 18 view .LVU3333
	movq	%r10, 24(%rsp)	# rsp, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 4 view .LVU3334
	.loc 2 138 5 discriminator 4 view .LVU3335
	.loc 2 139 5 discriminator 4 view .LVU3336
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 4 view .LVU3337
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL644:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 4 view .LVU3338
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp2313
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, rsp
	jne	.L760	#,
	.loc 2 140 9 is_stmt 1 view .LVU3339
	.loc 2 141 5 view .LVU3340
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU3341
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU3342
	subq	$8, %rbp	#, sp
.LVL645:
	.loc 2 142 1 is_stmt 1 view .LVU3343
	.loc 2 142 1 view .LVU3344
	.loc 2 142 1 view .LVU3345
	.loc 2 142 1 view .LVU3346
	.loc 2 142 1 view .LVU3347
	.loc 2 142 1 view .LVU3348
	addq	$8, %rbx	#, vpc
.LVL646:
	.loc 2 142 1 is_stmt 0 view .LVU3349
.LVL647:
.LDL96:
	.loc 2 142 1 is_stmt 1 view .LVU3350
	.loc 2 142 1 view .LVU3351
	.loc 2 142 1 is_stmt 0 view .LVU3352
	jmp	*%rax	# gotovar.416_1338
.LVL648:
.L400:
.L401:
	.loc 2 142 1 view .LVU3353
.LBE320:
.LBB321:
	.loc 2 33 1 is_stmt 1 discriminator 46 view .LVU3354
.LBE321:
	.loc 2 35 1 discriminator 46 view .LVU3355
.LBB322:
	.loc 2 35 1 discriminator 46 view .LVU3356
	.loc 2 35 1 discriminator 46 view .LVU3357
	.loc 2 35 1 discriminator 46 view .LVU3358
	.loc 2 35 1 discriminator 46 view .LVU3359
	.loc 2 35 1 discriminator 46 view .LVU3360
	.loc 2 36 5 discriminator 46 view .LVU3361
	.loc 2 36 5 discriminator 46 view .LVU3362
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 36 5 discriminator 46 view .LVU3363
	movq	(%rbx), %rax	# vpc_1607(ab)->imm, tos
.LVL649:
	.loc 2 36 5 discriminator 46 view .LVU3364
	.loc 2 36 5 discriminator 46 view .LVU3365
	.loc 2 37 1 discriminator 46 view .LVU3366
	.loc 2 37 1 discriminator 46 view .LVU3367
	.loc 2 37 1 discriminator 46 view .LVU3368
	.loc 2 37 1 discriminator 46 view .LVU3369
	.loc 2 37 1 discriminator 46 view .LVU3370
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 is_stmt 0 discriminator 46 view .LVU3371
	addq	$8, %rbp	#, sp
.LVL650:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 discriminator 46 view .LVU3372
	addq	$16, %rbx	#, vpc
.LVL651:
	.loc 2 37 1 discriminator 46 view .LVU3373
	movq	%rax, 0(%rbp)	# tos, MEM[(cell *)sp_1608 + 8B]
	.loc 2 37 1 is_stmt 1 discriminator 46 view .LVU3374
.LVL652:
.LDL97:
	.loc 2 37 1 discriminator 46 view .LVU3375
	.loc 2 37 1 discriminator 46 view .LVU3376
	.loc 2 37 1 is_stmt 0 discriminator 46 view .LVU3377
	movq	-8(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 8B].code, gotovar.416_1338
.LVL653:
	.loc 2 37 1 discriminator 46 view .LVU3378
	jmp	*%rax	# gotovar.416_1338
.LVL654:
.L402:
.L403:
	.loc 2 37 1 is_stmt 1 discriminator 46 view .LVU3379
.LBE322:
	.loc 2 39 1 discriminator 46 view .LVU3380
.LBB323:
	.loc 2 39 1 discriminator 46 view .LVU3381
	.loc 2 39 1 discriminator 46 view .LVU3382
	.loc 2 39 1 discriminator 46 view .LVU3383
	.loc 2 39 1 discriminator 46 view .LVU3384
	.loc 2 39 1 discriminator 46 view .LVU3385
	.loc 2 40 5 discriminator 46 view .LVU3386
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 46 view .LVU3387
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 46 view .LVU3388
	subq	$8, %rbp	#, sp
.LVL655:
	.loc 2 41 1 is_stmt 1 discriminator 46 view .LVU3389
	.loc 2 41 1 discriminator 46 view .LVU3390
	.loc 2 41 1 discriminator 46 view .LVU3391
	.loc 2 41 1 discriminator 46 view .LVU3392
	.loc 2 41 1 discriminator 46 view .LVU3393
	.loc 2 41 1 discriminator 46 view .LVU3394
	addq	$8, %rbx	#, vpc
.LVL656:
	.loc 2 41 1 is_stmt 0 discriminator 46 view .LVU3395
.LVL657:
.LDL98:
	.loc 2 41 1 is_stmt 1 discriminator 46 view .LVU3396
	.loc 2 41 1 discriminator 46 view .LVU3397
	.loc 2 41 1 is_stmt 0 discriminator 46 view .LVU3398
	jmp	*%rax	# gotovar.416_1338
.LVL658:
.L202:
.L203:
	.loc 2 41 1 discriminator 46 view .LVU3399
.LBE323:
.LBB324:
	.loc 2 120 1 is_stmt 1 discriminator 22 view .LVU3400
.LBE324:
	.loc 2 122 1 discriminator 22 view .LVU3401
.LBB325:
	.loc 2 122 1 discriminator 22 view .LVU3402
	.loc 2 122 1 discriminator 22 view .LVU3403
	.loc 2 122 1 discriminator 22 view .LVU3404
	.loc 2 122 1 discriminator 22 view .LVU3405
	.loc 2 122 1 discriminator 22 view .LVU3406
	.loc 2 122 1 discriminator 22 view .LVU3407
	.loc 2 122 1 discriminator 22 view .LVU3408
	.loc 2 122 1 discriminator 22 view .LVU3409
	.loc 2 123 5 discriminator 22 view .LVU3410
.LBB326:
	.loc 2 123 5 discriminator 22 view .LVU3411
	movq	(%rbx), %rdx	# vpc_1607(ab)->count, _667
	movq	-8(%r9), %rax	# MEM[(uintptr_t *)rsp_1606 + -8B], to_
	leaq	-8(%r9), %rcx	#, rsp
.LVL659:
.LDL99:
	.loc 2 123 5 discriminator 22 view .LVU3412
	.loc 2 123 5 discriminator 22 view .LVU3413
	.loc 2 123 5 discriminator 22 view .LVU3414
	cmpq	%r8, %rdx	# budget, _667
	jg	.L761	#,
	.loc 2 123 5 discriminator 12 view .LVU3415
	.loc 2 123 5 discriminator 12 view .LVU3416
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__3 + -24B].count, tmp1971
	leaq	8(%rax), %rbx	#, vpc
.LVL660:
	.loc 2 123 5 is_stmt 0 discriminator 12 view .LVU3417
	movq	(%rax), %rax	# to__3->code, gotovar.416_1338
.LVL661:
	.loc 2 123 5 discriminator 12 view .LVU3418
	movq	%rcx, %r9	# rsp, rsp
	subq	%rdx, %r8	# _667, budget
.LVL662:
	.loc 2 123 5 is_stmt 1 discriminator 12 view .LVU3419
	.loc 2 123 5 discriminator 12 view .LVU3420
	.loc 2 123 5 discriminator 12 view .LVU3421
	.loc 2 123 5 discriminator 12 view .LVU3422
	.loc 2 123 5 discriminator 12 view .LVU3423
	.loc 2 123 5 discriminator 12 view .LVU3424
.LVL663:
.LDL100:
	.loc 2 123 5 discriminator 12 view .LVU3425
	.loc 2 123 5 discriminator 12 view .LVU3426
	.loc 2 123 5 is_stmt 0 discriminator 12 view .LVU3427
	jmp	*%rax	# gotovar.416_1338
.LVL664:
.L205:
.L206:
	.loc 2 123 5 discriminator 12 view .LVU3428
.LBE326:
	.loc 2 124 1 is_stmt 1 discriminator 18 view .LVU3429
.LBE325:
	.loc 2 126 1 discriminator 18 view .LVU3430
.LBB329:
	.loc 2 126 1 discriminator 18 view .LVU3431
	.loc 2 126 1 discriminator 18 view .LVU3432
	.loc 2 126 1 discriminator 18 view .LVU3433
	.loc 2 126 1 discriminator 18 view .LVU3434
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL665:
	.loc 2 126 1 discriminator 18 view .LVU3435
	.loc 2 126 1 discriminator 18 view .LVU3436
	.loc 2 126 1 discriminator 18 view .LVU3437
	.loc 2 126 1 discriminator 18 view .LVU3438
	.loc 2 126 1 discriminator 18 view .LVU3439
	.loc 2 127 5 discriminator 18 view .LVU3440
	.loc 2 127 5 discriminator 18 view .LVU3441
	cmpq	$65535, %rsi	#, arg
	ja	.L762	#,
	.loc 2 127 5 discriminator 4 view .LVU3442
	.loc 2 127 5 discriminator 4 view .LVU3443
	.loc 2 128 5 discriminator 4 view .LVU3444
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 is_stmt 0 discriminator 4 view .LVU3445
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 4 view .LVU3446
	addq	$8, %rbx	#, vpc
.LVL666:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 4 view .LVU3447
	movq	(%rax,%rsi,8), %rax	# *_686, tos
.LVL667:
	.loc 2 129 1 is_stmt 1 discriminator 4 view .LVU3448
	.loc 2 129 1 discriminator 4 view .LVU3449
	.loc 2 129 1 discriminator 4 view .LVU3450
	.loc 2 129 1 discriminator 4 view .LVU3451
	.loc 2 129 1 discriminator 4 view .LVU3452
	movq	%rax, 0(%rbp)	# tos, *sp_1608
	.loc 2 129 1 discriminator 4 view .LVU3453
.LVL668:
.LDL101:
	.loc 2 129 1 discriminator 4 view .LVU3454
	.loc 2 129 1 discriminator 4 view .LVU3455
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL669:
	.loc 2 129 1 is_stmt 0 discriminator 4 view .LVU3456
	jmp	*%rax	# gotovar.416_1338
.LVL670:
.L220:
.L221:
	.loc 2 129 1 discriminator 4 view .LVU3457
.LBE329:
.LBB330:
	.loc 2 33 1 is_stmt 1 discriminator 28 view .LVU3458
.LBE330:
	.loc 2 35 1 discriminator 28 view .LVU3459
.LBB331:
	.loc 2 35 1 discriminator 28 view .LVU3460
	.loc 2 35 1 discriminator 28 view .LVU3461
	.loc 2 35 1 discriminator 28 view .LVU3462
	.loc 2 35 1 discriminator 28 view .LVU3463
	.loc 2 35 1 discriminator 28 view .LVU3464
	.loc 2 35 1 discriminator 28 view .LVU3465
	.loc 2 35 1 discriminator 28 view .LVU3466
	.loc 2 35 1 discriminator 28 view .LVU3467
	.loc 2 35 1 discriminator 28 view .LVU3468
	.loc 2 36 5 discriminator 28 view .LVU3469
	.loc 2 36 5 discriminator 28 view .LVU3470
	.loc 2 36 5 discriminator 28 view .LVU3471
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 is_stmt 0 discriminator 28 view .LVU3472
	movq	8(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 8B].code, gotovar.416_1338
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 28 view .LVU3473
	movq	(%rbx), %rsi	# vpc_1607(ab)->imm, arg
.LVL671:
	.loc 2 36 5 is_stmt 1 discriminator 28 view .LVU3474
	addq	$8, %rbp	#, sp
.LVL672:
	.loc 2 36 5 discriminator 28 view .LVU3475
	.loc 2 37 1 discriminator 28 view .LVU3476
	.loc 2 37 1 discriminator 28 view .LVU3477
	.loc 2 37 1 discriminator 28 view .LVU3478
.LDL102:
	.loc 2 37 1 discriminator 28 view .LVU3479
	.loc 2 37 1 discriminator 28 view .LVU3480
	.loc 2 37 1 is_stmt 0 discriminator 28 view .LVU3481
	addq	$16, %rbx	#, vpc
.LVL673:
	.loc 2 37 1 discriminator 28 view .LVU3482
	jmp	*%rax	# gotovar.416_1338
.LVL674:
.L351:
.L352:
	.loc 2 37 1 discriminator 28 view .LVU3483
.LBE331:
.LBB332:
	.loc 2 93 68 is_stmt 1 discriminator 57 view .LVU3484
.LBE332:
	.loc 2 95 1 discriminator 57 view .LVU3485
.LBB335:
	.loc 2 95 1 discriminator 57 view .LVU3486
	.loc 2 95 1 discriminator 57 view .LVU3487
	.loc 2 95 1 discriminator 57 view .LVU3488
	.loc 2 95 1 discriminator 57 view .LVU3489
	.loc 2 95 1 discriminator 57 view .LVU3490
	.loc 2 95 16 discriminator 57 view .LVU3491
.LBB336:
	.loc 2 95 16 discriminator 57 view .LVU3492
	.loc 2 95 16 is_stmt 0 discriminator 57 view .LVU3493
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL675:
	.loc 2 95 16 is_stmt 1 discriminator 57 view .LVU3494
	.loc 2 95 16 discriminator 57 view .LVU3495
	.loc 2 95 16 discriminator 57 view .LVU3496
	subq	$8, %rbp	#, sp
.LVL676:
	.loc 2 95 16 discriminator 57 view .LVU3497
	cmpq	%rsi, %rax	# arg, a
.LBE336:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 is_stmt 0 discriminator 57 view .LVU3498
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL677:
.LBB337:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 57 view .LVU3499
	sete	%sil	#, arg
.LVL678:
	.loc 2 95 16 discriminator 57 view .LVU3500
.LBE337:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 57 view .LVU3501
	addq	$8, %rbx	#, vpc
.LVL679:
.LBB338:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 57 view .LVU3502
	movzbl	%sil, %esi	# arg, arg
.LVL680:
	.loc 2 95 16 discriminator 57 view .LVU3503
.LBE338:
	.loc 2 95 16 is_stmt 1 discriminator 57 view .LVU3504
	.loc 2 95 33 discriminator 57 view .LVU3505
	.loc 2 95 33 discriminator 57 view .LVU3506
	.loc 2 95 33 discriminator 57 view .LVU3507
.LDL103:
	.loc 2 95 33 discriminator 57 view .LVU3508
	.loc 2 95 33 discriminator 57 view .LVU3509
	.loc 2 95 33 is_stmt 0 discriminator 57 view .LVU3510
	jmp	*%rax	# gotovar.416_1338
.LVL681:
.L353:
.L354:
	.loc 2 95 33 is_stmt 1 discriminator 57 view .LVU3511
.LBE335:
	.loc 2 96 1 discriminator 57 view .LVU3512
.LBB339:
	.loc 2 96 1 discriminator 57 view .LVU3513
	.loc 2 96 1 discriminator 57 view .LVU3514
	.loc 2 96 1 discriminator 57 view .LVU3515
	.loc 2 96 1 discriminator 57 view .LVU3516
	.loc 2 96 1 discriminator 57 view .LVU3517
	.loc 2 96 16 discriminator 57 view .LVU3518
.LBB340:
	.loc 2 96 16 discriminator 57 view .LVU3519
	.loc 2 96 16 is_stmt 0 discriminator 57 view .LVU3520
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL682:
	.loc 2 96 16 is_stmt 1 discriminator 57 view .LVU3521
	.loc 2 96 16 discriminator 57 view .LVU3522
	.loc 2 96 16 discriminator 57 view .LVU3523
	subq	$8, %rbp	#, sp
.LVL683:
	.loc 2 96 16 discriminator 57 view .LVU3524
	cmpq	%rsi, %rax	# arg, a
.LBE340:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 is_stmt 0 discriminator 57 view .LVU3525
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL684:
.LBB341:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 57 view .LVU3526
	setne	%sil	#, arg
.LVL685:
	.loc 2 96 16 discriminator 57 view .LVU3527
.LBE341:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 57 view .LVU3528
	addq	$8, %rbx	#, vpc
.LVL686:
.LBB342:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 57 view .LVU3529
	movzbl	%sil, %esi	# arg, arg
.LVL687:
	.loc 2 96 16 discriminator 57 view .LVU3530
.LBE342:
	.loc 2 96 16 is_stmt 1 discriminator 57 view .LVU3531
	.loc 2 96 33 discriminator 57 view .LVU3532
	.loc 2 96 33 discriminator 57 view .LVU3533
	.loc 2 96 33 discriminator 57 view .LVU3534
.LDL104:
	.loc 2 96 33 discriminator 57 view .LVU3535
	.loc 2 96 33 discriminator 57 view .LVU3536
	.loc 2 96 33 is_stmt 0 discriminator 57 view .LVU3537
	jmp	*%rax	# gotovar.416_1338
.LVL688:
.L355:
.L356:
	.loc 2 96 33 is_stmt 1 discriminator 57 view .LVU3538
.LBE339:
	.loc 2 97 1 discriminator 57 view .LVU3539
.LBB343:
	.loc 2 97 1 discriminator 57 view .LVU3540
	.loc 2 97 1 discriminator 57 view .LVU3541
	.loc 2 97 1 discriminator 57 view .LVU3542
	.loc 2 97 1 discriminator 57 view .LVU3543
	.loc 2 97 1 discriminator 57 view .LVU3544
	.loc 2 97 16 discriminator 57 view .LVU3545
.LBB344:
	.loc 2 97 16 discriminator 57 view .LVU3546
	.loc 2 97 16 is_stmt 0 discriminator 57 view .LVU3547
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL689:
	.loc 2 97 16 is_stmt 1 discriminator 57 view .LVU3548
	.loc 2 97 16 discriminator 57 view .LVU3549
	.loc 2 97 16 discriminator 57 view .LVU3550
	subq	$8, %rbp	#, sp
.LVL690:
	.loc 2 97 16 discriminator 57 view .LVU3551
	cmpq	%rsi, %rax	# arg, a
.LBE344:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 is_stmt 0 discriminator 57 view .LVU3552
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL691:
.LBB345:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 57 view .LVU3553
	setl	%sil	#, arg
.LVL692:
	.loc 2 97 16 discriminator 57 view .LVU3554
.LBE345:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 57 view .LVU3555
	addq	$8, %rbx	#, vpc
.LVL693:
.LBB346:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 57 view .LVU3556
	movzbl	%sil, %esi	# arg, arg
.LVL694:
	.loc 2 97 16 discriminator 57 view .LVU3557
.LBE346:
	.loc 2 97 16 is_stmt 1 discriminator 57 view .LVU3558
	.loc 2 97 33 discriminator 57 view .LVU3559
	.loc 2 97 33 discriminator 57 view .LVU3560
	.loc 2 97 33 discriminator 57 view .LVU3561
.LDL105:
	.loc 2 97 33 discriminator 57 view .LVU3562
	.loc 2 97 33 discriminator 57 view .LVU3563
	.loc 2 97 33 is_stmt 0 discriminator 57 view .LVU3564
	jmp	*%rax	# gotovar.416_1338
.LVL695:
.L357:
.L358:
	.loc 2 97 33 is_stmt 1 discriminator 57 view .LVU3565
.LBE343:
	.loc 2 98 1 discriminator 57 view .LVU3566
.LBB347:
	.loc 2 98 1 discriminator 57 view .LVU3567
	.loc 2 98 1 discriminator 57 view .LVU3568
	.loc 2 98 1 discriminator 57 view .LVU3569
	.loc 2 98 1 discriminator 57 view .LVU3570
	.loc 2 98 1 discriminator 57 view .LVU3571
	.loc 2 98 16 discriminator 57 view .LVU3572
.LBB348:
	.loc 2 98 16 discriminator 57 view .LVU3573
	.loc 2 98 16 is_stmt 0 discriminator 57 view .LVU3574
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL696:
	.loc 2 98 16 is_stmt 1 discriminator 57 view .LVU3575
	.loc 2 98 16 discriminator 57 view .LVU3576
	.loc 2 98 16 discriminator 57 view .LVU3577
	subq	$8, %rbp	#, sp
.LVL697:
	.loc 2 98 16 discriminator 57 view .LVU3578
	cmpq	%rsi, %rax	# arg, a
.LBE348:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 is_stmt 0 discriminator 57 view .LVU3579
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL698:
.LBB349:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 57 view .LVU3580
	setle	%sil	#, arg
.LVL699:
	.loc 2 98 16 discriminator 57 view .LVU3581
.LBE349:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 57 view .LVU3582
	addq	$8, %rbx	#, vpc
.LVL700:
.LBB350:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 57 view .LVU3583
	movzbl	%sil, %esi	# arg, arg
.LVL701:
	.loc 2 98 16 discriminator 57 view .LVU3584
.LBE350:
	.loc 2 98 16 is_stmt 1 discriminator 57 view .LVU3585
	.loc 2 98 33 discriminator 57 view .LVU3586
	.loc 2 98 33 discriminator 57 view .LVU3587
	.loc 2 98 33 discriminator 57 view .LVU3588
.LDL106:
	.loc 2 98 33 discriminator 57 view .LVU3589
	.loc 2 98 33 discriminator 57 view .LVU3590
	.loc 2 98 33 is_stmt 0 discriminator 57 view .LVU3591
	jmp	*%rax	# gotovar.416_1338
.LVL702:
.L359:
.L360:
	.loc 2 98 33 is_stmt 1 discriminator 57 view .LVU3592
.LBE347:
	.loc 2 99 1 discriminator 57 view .LVU3593
.LBB351:
	.loc 2 99 1 discriminator 57 view .LVU3594
	.loc 2 99 1 discriminator 57 view .LVU3595
	.loc 2 99 1 discriminator 57 view .LVU3596
	.loc 2 99 1 discriminator 57 view .LVU3597
	.loc 2 99 1 discriminator 57 view .LVU3598
	.loc 2 99 16 discriminator 57 view .LVU3599
.LBB352:
	.loc 2 99 16 discriminator 57 view .LVU3600
	.loc 2 99 16 is_stmt 0 discriminator 57 view .LVU3601
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL703:
	.loc 2 99 16 is_stmt 1 discriminator 57 view .LVU3602
	.loc 2 99 16 discriminator 57 view .LVU3603
	.loc 2 99 16 discriminator 57 view .LVU3604
	subq	$8, %rbp	#, sp
.LVL704:
	.loc 2 99 16 discriminator 57 view .LVU3605
	cmpq	%rsi, %rax	# arg, a
.LBE352:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 is_stmt 0 discriminator 57 view .LVU3606
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL705:
.LBB353:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 57 view .LVU3607
	setg	%sil	#, arg
.LVL706:
	.loc 2 99 16 discriminator 57 view .LVU3608
.LBE353:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 57 view .LVU3609
	addq	$8, %rbx	#, vpc
.LVL707:
.LBB354:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 57 view .LVU3610
	movzbl	%sil, %esi	# arg, arg
.LVL708:
	.loc 2 99 16 discriminator 57 view .LVU3611
.LBE354:
	.loc 2 99 16 is_stmt 1 discriminator 57 view .LVU3612
	.loc 2 99 33 discriminator 57 view .LVU3613
	.loc 2 99 33 discriminator 57 view .LVU3614
	.loc 2 99 33 discriminator 57 view .LVU3615
.LDL107:
	.loc 2 99 33 discriminator 57 view .LVU3616
	.loc 2 99 33 discriminator 57 view .LVU3617
	.loc 2 99 33 is_stmt 0 discriminator 57 view .LVU3618
	jmp	*%rax	# gotovar.416_1338
.LVL709:
.L361:
.L362:
	.loc 2 99 33 is_stmt 1 discriminator 57 view .LVU3619
.LBE351:
	.loc 2 100 1 discriminator 57 view .LVU3620
.LBB355:
	.loc 2 100 1 discriminator 57 view .LVU3621
	.loc 2 100 1 discriminator 57 view .LVU3622
	.loc 2 100 1 discriminator 57 view .LVU3623
	.loc 2 100 1 discriminator 57 view .LVU3624
	.loc 2 100 1 discriminator 57 view .LVU3625
	.loc 2 100 16 discriminator 57 view .LVU3626
.LBB356:
	.loc 2 100 16 discriminator 57 view .LVU3627
	.loc 2 100 16 is_stmt 0 discriminator 57 view .LVU3628
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL710:
	.loc 2 100 16 is_stmt 1 discriminator 57 view .LVU3629
	.loc 2 100 16 discriminator 57 view .LVU3630
	.loc 2 100 16 discriminator 57 view .LVU3631
	subq	$8, %rbp	#, sp
.LVL711:
	.loc 2 100 16 discriminator 57 view .LVU3632
	cmpq	%rsi, %rax	# arg, a
.LBE356:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 is_stmt 0 discriminator 57 view .LVU3633
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL712:
.LBB357:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 57 view .LVU3634
	setge	%sil	#, arg
.LVL713:
	.loc 2 100 16 discriminator 57 view .LVU3635
.LBE357:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 57 view .LVU3636
	addq	$8, %rbx	#, vpc
.LVL714:
.LBB358:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 57 view .LVU3637
	movzbl	%sil, %esi	# arg, arg
.LVL715:
	.loc 2 100 16 discriminator 57 view .LVU3638
.LBE358:
	.loc 2 100 16 is_stmt 1 discriminator 57 view .LVU3639
	.loc 2 100 33 discriminator 57 view .LVU3640
	.loc 2 100 33 discriminator 57 view .LVU3641
	.loc 2 100 33 discriminator 57 view .LVU3642
.LDL108:
	.loc 2 100 33 discriminator 57 view .LVU3643
	.loc 2 100 33 discriminator 57 view .LVU3644
	.loc 2 100 33 is_stmt 0 discriminator 57 view .LVU3645
	jmp	*%rax	# gotovar.416_1338
.LVL716:
.L363:
.L364:
.L365:
	.loc 2 100 33 is_stmt 1 discriminator 39 view .LVU3646
.LBE355:
	.loc 2 103 1 discriminator 39 view .LVU3647
.LBB359:
	.loc 2 103 1 discriminator 39 view .LVU3648
	.loc 2 103 1 discriminator 39 view .LVU3649
	.loc 2 103 1 discriminator 39 view .LVU3650
	.loc 2 103 1 discriminator 39 view .LVU3651
	.loc 2 103 1 discriminator 39 view .LVU3652
	.loc 2 104 5 discriminator 39 view .LVU3653
	.loc 2 104 5 discriminator 39 view .LVU3654
	.loc 2 104 5 discriminator 39 view .LVU3655
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L763	#,
	.loc 2 104 5 discriminator 26 view .LVU3656
	.loc 2 104 5 discriminator 26 view .LVU3657
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL717:
	.loc 2 104 5 discriminator 26 view .LVU3658
	.loc 2 104 5 discriminator 26 view .LVU3659
	.loc 2 104 5 discriminator 26 view .LVU3660
	.loc 2 104 5 discriminator 26 view .LVU3661
.LDL109:
	.loc 2 104 5 discriminator 26 view .LVU3662
	.loc 2 104 5 discriminator 26 view .LVU3663
	leaq	8(%rax), %rbx	#, vpc
.LVL718:
	.loc 2 104 5 is_stmt 0 discriminator 26 view .LVU3664
	jmp	*(%rax)	# vpc_822->code
.LVL719:
.L367:
.L368:
	.loc 2 105 1 is_stmt 1 discriminator 39 view .LVU3665
.LBE359:
	.loc 2 107 1 discriminator 39 view .LVU3666
.LBB360:
	.loc 2 107 1 discriminator 39 view .LVU3667
	.loc 2 107 1 discriminator 39 view .LVU3668
	.loc 2 107 1 discriminator 39 view .LVU3669
	.loc 2 107 1 discriminator 39 view .LVU3670
	.loc 2 107 1 discriminator 39 view .LVU3671
	.loc 2 108 5 discriminator 39 view .LVU3672
.LBB361:
	.loc 2 108 9 discriminator 39 view .LVU3673
	.loc 2 108 9 discriminator 39 view .LVU3674
	movq	-8(%rbp), %rcx	# MEM[(cell *)sp_1608 + -8B], tos
	leaq	-8(%rbp), %rdx	#, sp
.LVL720:
	.loc 2 108 9 discriminator 39 view .LVU3675
	.loc 2 108 9 discriminator 39 view .LVU3676
.LBE361:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 39 view .LVU3677
	testq	%rsi, %rsi	# arg
	jne	.L369	#,
.L370:
	.loc 2 109 9 is_stmt 1 view .LVU3678
	.loc 2 109 9 view .LVU3679
	.loc 2 109 9 view .LVU3680
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L764	#,
	.loc 2 109 9 discriminator 26 view .LVU3681
	.loc 2 109 9 discriminator 26 view .LVU3682
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL721:
	.loc 2 109 9 discriminator 26 view .LVU3683
	.loc 2 109 9 discriminator 26 view .LVU3684
	.loc 2 109 9 discriminator 26 view .LVU3685
	.loc 2 109 9 discriminator 26 view .LVU3686
.LDL110:
	.loc 2 109 9 discriminator 26 view .LVU3687
	.loc 2 109 9 discriminator 26 view .LVU3688
.LBB362:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 is_stmt 0 discriminator 26 view .LVU3689
	movq	%rcx, %rsi	# tos, arg
.LVL722:
	.loc 2 108 9 discriminator 26 view .LVU3690
	movq	%rdx, %rbp	# sp, sp
.LBE362:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 discriminator 26 view .LVU3691
	leaq	8(%rax), %rbx	#, vpc
.LVL723:
	.loc 2 109 9 discriminator 26 view .LVU3692
	movq	(%rax), %rax	# vpc_825->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL724:
.L372:
.L373:
	.loc 2 110 1 is_stmt 1 discriminator 39 view .LVU3693
.LBE360:
	.loc 2 112 1 discriminator 39 view .LVU3694
.LBB364:
	.loc 2 112 1 discriminator 39 view .LVU3695
	.loc 2 112 1 discriminator 39 view .LVU3696
	.loc 2 112 1 discriminator 39 view .LVU3697
	.loc 2 112 1 discriminator 39 view .LVU3698
	.loc 2 112 1 discriminator 39 view .LVU3699
	.loc 2 113 5 discriminator 39 view .LVU3700
.LBB365:
	.loc 2 113 9 discriminator 39 view .LVU3701
	.loc 2 113 9 discriminator 39 view .LVU3702
	movq	-8(%rbp), %rcx	# MEM[(cell *)sp_1608 + -8B], tos
	leaq	-8(%rbp), %rdx	#, sp
.LVL725:
	.loc 2 113 9 discriminator 39 view .LVU3703
	.loc 2 113 9 discriminator 39 view .LVU3704
.LBE365:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 39 view .LVU3705
	testq	%rsi, %rsi	# arg
	je	.L374	#,
.L375:
	.loc 2 114 9 is_stmt 1 view .LVU3706
	.loc 2 114 9 view .LVU3707
	.loc 2 114 9 view .LVU3708
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L765	#,
	.loc 2 114 9 discriminator 26 view .LVU3709
	.loc 2 114 9 discriminator 26 view .LVU3710
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL726:
	.loc 2 114 9 discriminator 26 view .LVU3711
	.loc 2 114 9 discriminator 26 view .LVU3712
	.loc 2 114 9 discriminator 26 view .LVU3713
	.loc 2 114 9 discriminator 26 view .LVU3714
.LDL111:
	.loc 2 114 9 discriminator 26 view .LVU3715
	.loc 2 114 9 discriminator 26 view .LVU3716
.LBB366:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 9 is_stmt 0 discriminator 26 view .LVU3717
	movq	%rcx, %rsi	# tos, arg
.LVL727:
	.loc 2 113 9 discriminator 26 view .LVU3718
	movq	%rdx, %rbp	# sp, sp
.LBE366:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 discriminator 26 view .LVU3719
	leaq	8(%rax), %rbx	#, vpc
.LVL728:
	.loc 2 114 9 discriminator 26 view .LVU3720
	movq	(%rax), %rax	# vpc_840->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL729:
.L377:
.L378:
	.loc 2 115 1 is_stmt 1 discriminator 41 view .LVU3721
.LBE364:
	.loc 2 117 1 discriminator 41 view .LVU3722
.LBB368:
	.loc 2 117 1 discriminator 41 view .LVU3723
	.loc 2 117 1 discriminator 41 view .LVU3724
	.loc 2 117 1 discriminator 41 view .LVU3725
	movslq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need
	movq	%rbp, %rdx	# sp, tmp2136
	leaq	(%rdi,%rax,8), %rax	#, tmp2135
	subq	%rax, %rdx	# tmp2135, tmp2136
	movslq	28(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span
	salq	$3, %rax	#, tmp2139
	cmpq	%rdx, %rax	# tmp2136, tmp2139
	jb	.L379	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 43 view .LVU3726
	leaq	65544(%rdi), %rax	#, tmp2140
	cmpq	%rax, %r9	# tmp2140, rsp
	je	.L379	#,
	.loc 2 117 1 is_stmt 1 discriminator 45 view .LVU3727
	.loc 2 117 1 discriminator 45 view .LVU3728
	.loc 2 118 5 discriminator 45 view .LVU3729
	leaq	32(%rbx), %rax	#, tmp2143
	leaq	8(%r9), %rdx	#, rsp
.LVL730:
	.loc 2 118 5 is_stmt 0 discriminator 45 view .LVU3730
	movq	%rax, (%r9)	# tmp2143, *rsp_1606
.LDL112:
	.loc 2 119 5 is_stmt 1 discriminator 45 view .LVU3731
	.loc 2 119 5 discriminator 45 view .LVU3732
	.loc 2 119 5 discriminator 45 view .LVU3733
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L766	#,
	.loc 2 119 5 discriminator 26 view .LVU3734
	.loc 2 119 5 discriminator 26 view .LVU3735
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL731:
	.loc 2 119 5 discriminator 26 view .LVU3736
	.loc 2 119 5 discriminator 26 view .LVU3737
	.loc 2 119 5 discriminator 26 view .LVU3738
	.loc 2 119 5 discriminator 26 view .LVU3739
.LDL113:
	.loc 2 119 5 discriminator 26 view .LVU3740
	.loc 2 119 5 discriminator 26 view .LVU3741
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 26 view .LVU3742
	movq	%rdx, %r9	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 26 view .LVU3743
	leaq	8(%rax), %rbx	#, vpc
.LVL732:
	.loc 2 119 5 discriminator 26 view .LVU3744
	movq	(%rax), %rax	# vpc_861->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL733:
.L388:
.L389:
	.loc 2 119 5 discriminator 26 view .LVU3745
.LBE368:
.LBB369:
	.loc 2 129 1 is_stmt 1 discriminator 39 view .LVU3746
.LBE369:
	.loc 2 131 1 discriminator 39 view .LVU3747
.LBB370:
	.loc 2 131 1 discriminator 39 view .LVU3748
	.loc 2 131 1 discriminator 39 view .LVU3749
	.loc 2 131 1 discriminator 39 view .LVU3750
	.loc 2 131 1 discriminator 39 view .LVU3751
	.loc 2 131 1 discriminator 39 view .LVU3752
	.loc 2 132 5 discriminator 39 view .LVU3753
	.loc 2 132 5 discriminator 39 view .LVU3754
	cmpq	$65535, %rsi	#, arg
	ja	.L767	#,
	.loc 2 132 5 discriminator 8 view .LVU3755
	.loc 2 132 5 discriminator 8 view .LVU3756
	.loc 2 133 5 discriminator 8 view .LVU3757
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 8 view .LVU3758
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], _1278
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 8 view .LVU3759
	subq	$16, %rbp	#, sp
.LVL734:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 8 view .LVU3760
	addq	$8, %rbx	#, vpc
.LVL735:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 8 view .LVU3761
	movq	%rdx, (%rax,%rsi,8)	# _1278, *_1277
	.loc 2 134 5 is_stmt 1 discriminator 8 view .LVU3762
.LVL736:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 is_stmt 0 discriminator 8 view .LVU3763
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 8 view .LVU3764
	movq	0(%rbp), %rsi	# MEM[(cell *)sp_1608 + -16B], arg
.LVL737:
	.loc 2 135 1 is_stmt 1 discriminator 8 view .LVU3765
	.loc 2 135 1 discriminator 8 view .LVU3766
	.loc 2 135 1 discriminator 8 view .LVU3767
.LDL114:
	.loc 2 135 1 discriminator 8 view .LVU3768
	.loc 2 135 1 discriminator 8 view .LVU3769
	.loc 2 135 1 is_stmt 0 discriminator 8 view .LVU3770
	jmp	*%rax	# gotovar.416_1338
.LVL738:
.L391:
.L392:
	.loc 2 135 1 is_stmt 1 discriminator 39 view .LVU3771
.LBE370:
	.loc 2 137 1 discriminator 39 view .LVU3772
.LBB371:
	.loc 2 137 1 discriminator 39 view .LVU3773
	.loc 2 137 1 discriminator 39 view .LVU3774
	.loc 2 137 1 discriminator 39 view .LVU3775
	.loc 2 137 1 discriminator 39 view .LVU3776
	.loc 2 137 1 discriminator 39 view .LVU3777
	.loc 2 138 5 discriminator 39 view .LVU3778
	.loc 2 138 5 discriminator 39 view .LVU3779
	leaq	-8(%rbx), %rax	#, tmp2167
	subq	%r14, %rax	# slots, tmp2168
	sarq	$3, %rax	#, tmp2170
	leaq	0(%r13,%rax,4), %r12	#, _1290
	movl	(%r12), %eax	# *_1290,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_2342
	jge	.L768	#,
	.loc 2 138 5 is_stmt 0 discriminator 39 view .LVU3780
	movq	%r10, 24(%rsp)	# rsp, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 8 view .LVU3781
	.loc 2 138 5 discriminator 8 view .LVU3782
	.loc 2 139 5 discriminator 8 view .LVU3783
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 8 view .LVU3784
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL739:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 8 view .LVU3785
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp2315
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, rsp
	jne	.L769	#,
	.loc 2 140 9 is_stmt 1 view .LVU3786
	.loc 2 141 5 view .LVU3787
.LVL740:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU3788
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU3789
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL741:
	.loc 2 142 1 is_stmt 1 view .LVU3790
	.loc 2 142 1 view .LVU3791
	.loc 2 142 1 view .LVU3792
.LDL115:
	.loc 2 142 1 view .LVU3793
	.loc 2 142 1 view .LVU3794
	.loc 2 142 1 is_stmt 0 view .LVU3795
	addq	$8, %rbx	#, vpc
.LVL742:
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU3796
	subq	$8, %rbp	#, sp
.LVL743:
	.loc 2 141 5 view .LVU3797
	jmp	*%rax	# gotovar.416_1338
.LVL744:
.L382:
.L383:
	.loc 2 141 5 view .LVU3798
.LBE371:
.LBB372:
	.loc 2 120 1 is_stmt 1 discriminator 39 view .LVU3799
.LBE372:
	.loc 2 122 1 discriminator 39 view .LVU3800
.LBB373:
	.loc 2 122 1 discriminator 39 view .LVU3801
	.loc 2 122 1 discriminator 39 view .LVU3802
	.loc 2 122 1 discriminator 39 view .LVU3803
	.loc 2 122 1 discriminator 39 view .LVU3804
	.loc 2 122 1 discriminator 39 view .LVU3805
	.loc 2 123 5 discriminator 39 view .LVU3806
.LBB374:
	.loc 2 123 5 discriminator 39 view .LVU3807
	movq	(%rbx), %rdx	# vpc_1607(ab)->count, _1243
	movq	-8(%r9), %rax	# MEM[(uintptr_t *)rsp_1606 + -8B], to_
	leaq	-8(%r9), %rcx	#, rsp
.LVL745:
.LDL116:
	.loc 2 123 5 discriminator 39 view .LVU3808
	.loc 2 123 5 discriminator 39 view .LVU3809
	.loc 2 123 5 discriminator 39 view .LVU3810
	cmpq	%r8, %rdx	# budget, _1243
	jg	.L770	#,
	.loc 2 123 5 discriminator 30 view .LVU3811
	.loc 2 123 5 discriminator 30 view .LVU3812
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__873 + -24B].count, tmp2155
	leaq	8(%rax), %rbx	#, vpc
.LVL746:
	.loc 2 123 5 is_stmt 0 discriminator 30 view .LVU3813
	movq	(%rax), %rax	# to__873->code, gotovar.416_1338
.LVL747:
	.loc 2 123 5 discriminator 30 view .LVU3814
	movq	%rcx, %r9	# rsp, rsp
	subq	%rdx, %r8	# _1243, budget
.LVL748:
	.loc 2 123 5 is_stmt 1 discriminator 30 view .LVU3815
	.loc 2 123 5 discriminator 30 view .LVU3816
	.loc 2 123 5 discriminator 30 view .LVU3817
	.loc 2 123 5 discriminator 30 view .LVU3818
.LDL117:
	.loc 2 123 5 discriminator 30 view .LVU3819
	.loc 2 123 5 discriminator 30 view .LVU3820
	.loc 2 123 5 is_stmt 0 discriminator 30 view .LVU3821
	jmp	*%rax	# gotovar.416_1338
.LVL749:
.L385:
.L386:
	.loc 2 123 5 discriminator 30 view .LVU3822
.LBE374:
	.loc 2 124 1 is_stmt 1 discriminator 39 view .LVU3823
.LBE373:
	.loc 2 126 1 discriminator 39 view .LVU3824
.LBB377:
	.loc 2 126 1 discriminator 39 view .LVU3825
	.loc 2 126 1 discriminator 39 view .LVU3826
	.loc 2 126 1 discriminator 39 view .LVU3827
	.loc 2 126 1 discriminator 39 view .LVU3828
	.loc 2 126 1 discriminator 39 view .LVU3829
	.loc 2 127 5 discriminator 39 view .LVU3830
	.loc 2 127 5 discriminator 39 view .LVU3831
	cmpq	$65535, %rsi	#, arg
	ja	.L771	#,
	.loc 2 127 5 discriminator 8 view .LVU3832
	.loc 2 127 5 discriminator 8 view .LVU3833
	.loc 2 128 5 discriminator 8 view .LVU3834
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 is_stmt 0 discriminator 8 view .LVU3835
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 8 view .LVU3836
	addq	$8, %rbx	#, vpc
.LVL750:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 8 view .LVU3837
	movq	(%rax,%rsi,8), %rsi	# *_1263, arg
.LVL751:
	.loc 2 129 1 is_stmt 1 discriminator 8 view .LVU3838
	.loc 2 129 1 discriminator 8 view .LVU3839
	.loc 2 129 1 discriminator 8 view .LVU3840
.LDL118:
	.loc 2 129 1 discriminator 8 view .LVU3841
	.loc 2 129 1 discriminator 8 view .LVU3842
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL752:
	.loc 2 129 1 is_stmt 0 discriminator 8 view .LVU3843
	jmp	*%rax	# gotovar.416_1338
.LVL753:
.L395:
.L396:
.L397:
	.loc 2 129 1 discriminator 8 view .LVU3844
.LBE377:
.LBB378:
	.loc 2 142 1 is_stmt 1 discriminator 39 view .LVU3845
.LBE378:
	.loc 2 144 1 discriminator 39 view .LVU3846
.LBB379:
	.loc 2 144 1 discriminator 39 view .LVU3847
	.loc 2 144 1 discriminator 39 view .LVU3848
	.loc 2 144 1 discriminator 39 view .LVU3849
	.loc 2 144 1 discriminator 39 view .LVU3850
	.loc 2 144 1 discriminator 39 view .LVU3851
	.loc 2 145 5 discriminator 39 view .LVU3852
	.loc 2 145 5 discriminator 39 view .LVU3853
	.loc 2 145 5 discriminator 39 view .LVU3854
	.loc 2 145 5 discriminator 39 view .LVU3855
	.loc 2 145 5 discriminator 39 view .LVU3856
.LBE379:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 discriminator 39 view .LVU3857
	leaq	-8(%rbx), %rax	#, tmp2173
.LBB380:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 39 view .LVU3858
	xorl	%esi, %esi	# arg
.LBE380:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 discriminator 39 view .LVU3859
	subq	%r14, %rax	# slots, tmp2174
	sarq	$3, %rax	#, tmp2176
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 discriminator 39 view .LVU3860
	movl	0(%r13,%rax,4), %ecx	# *_2273, pretmp_2342
.LBB381:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 39 view .LVU3861
	xorl	%eax, %eax	# st
	jmp	.L11	#
.LVL754:
.L398:
.L399:
	.loc 2 146 1 is_stmt 1 discriminator 46 view .LVU3862
.LBE381:
	.loc 2 32 1 discriminator 46 view .LVU3863
.LBB382:
	.loc 2 32 1 discriminator 46 view .LVU3864
	.loc 2 32 1 discriminator 46 view .LVU3865
	.loc 2 32 1 discriminator 46 view .LVU3866
	.loc 2 32 1 discriminator 46 view .LVU3867
	.loc 2 32 1 discriminator 46 view .LVU3868
	.loc 2 33 1 discriminator 46 view .LVU3869
	.loc 2 33 1 discriminator 46 view .LVU3870
	.loc 2 33 1 discriminator 46 view .LVU3871
	.loc 2 33 1 discriminator 46 view .LVU3872
	.loc 2 33 1 discriminator 46 view .LVU3873
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 33 1 discriminator 46 view .LVU3874
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL755:
	.loc 2 33 1 is_stmt 0 discriminator 46 view .LVU3875
.LVL756:
.LDL119:
	.loc 2 33 1 is_stmt 1 discriminator 46 view .LVU3876
	.loc 2 33 1 discriminator 46 view .LVU3877
	.loc 2 33 1 is_stmt 0 discriminator 46 view .LVU3878
	jmp	*%rax	# gotovar.416_1338
.LVL757:
.L333:
.L334:
	.loc 2 33 1 discriminator 46 view .LVU3879
.LBE382:
.LBB383:
	.loc 2 72 1 is_stmt 1 discriminator 39 view .LVU3880
.LBE383:
	.loc 2 74 1 discriminator 39 view .LVU3881
.LBB388:
	.loc 2 74 1 discriminator 39 view .LVU3882
	.loc 2 74 1 discriminator 39 view .LVU3883
	.loc 2 74 1 discriminator 39 view .LVU3884
	.loc 2 74 1 discriminator 39 view .LVU3885
	.loc 2 74 1 discriminator 39 view .LVU3886
	.loc 2 75 5 discriminator 39 view .LVU3887
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 39 view .LVU3888
	testq	%rsi, %rsi	# arg
	je	.L772	#,
	.loc 2 76 9 is_stmt 1 view .LVU3889
	.loc 2 77 5 view .LVU3890
.LBB389:
	.loc 2 77 5 view .LVU3891
.LVL758:
	.loc 2 77 5 view .LVU3892
	.loc 2 77 5 view .LVU3893
	.loc 2 77 5 view .LVU3894
	leaq	-8(%rbp), %rcx	#, sp
.LVL759:
	.loc 2 77 5 view .LVU3895
	cmpq	$-1, %rsi	#, arg
	je	.L491	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 13 view .LVU3896
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
.LBE389:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 13 view .LVU3897
	addq	$8, %rbx	#, vpc
.LVL760:
.LBB390:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 13 view .LVU3898
	movq	%rcx, %rbp	# sp, sp
	cqto
	idivq	%rsi	# arg
.LBE390:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 13 view .LVU3899
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB391:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 13 view .LVU3900
	movq	%rdx, %rsi	# arg, arg
.LVL761:
	.loc 2 77 5 discriminator 13 view .LVU3901
.LBE391:
	.loc 2 77 5 is_stmt 1 discriminator 13 view .LVU3902
	.loc 2 78 1 discriminator 13 view .LVU3903
	.loc 2 78 1 discriminator 13 view .LVU3904
	.loc 2 78 1 discriminator 13 view .LVU3905
	.loc 2 78 1 discriminator 13 view .LVU3906
	.loc 2 78 1 discriminator 13 view .LVU3907
	.loc 2 78 1 is_stmt 0 discriminator 13 view .LVU3908
	jmp	*%rax	# gotovar.416_1338
.LVL762:
.L337:
.L338:
	.loc 2 78 1 is_stmt 1 discriminator 39 view .LVU3909
.LBE388:
	.loc 2 80 1 discriminator 39 view .LVU3910
.LBB394:
	.loc 2 80 1 discriminator 39 view .LVU3911
	.loc 2 80 1 discriminator 39 view .LVU3912
	.loc 2 80 1 discriminator 39 view .LVU3913
	.loc 2 80 1 discriminator 39 view .LVU3914
	.loc 2 80 1 discriminator 39 view .LVU3915
	.loc 2 81 5 discriminator 39 view .LVU3916
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 2 82 1 is_stmt 0 discriminator 39 view .LVU3917
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 10 discriminator 39 view .LVU3918
	negq	%rsi	# arg
.LVL763:
	.loc 2 82 1 is_stmt 1 discriminator 39 view .LVU3919
	.loc 2 82 1 discriminator 39 view .LVU3920
	.loc 2 82 1 discriminator 39 view .LVU3921
.LDL120:
	.loc 2 82 1 discriminator 39 view .LVU3922
	.loc 2 82 1 discriminator 39 view .LVU3923
	.loc 2 82 1 is_stmt 0 discriminator 39 view .LVU3924
	addq	$8, %rbx	#, vpc
.LVL764:
	.loc 2 82 1 discriminator 39 view .LVU3925
	jmp	*%rax	# gotovar.416_1338
.LVL765:
.L215:
.L216:
.L217:
	.loc 2 82 1 discriminator 39 view .LVU3926
.LBE394:
.LBB395:
	.loc 2 142 1 is_stmt 1 discriminator 22 view .LVU3927
.LBE395:
	.loc 2 144 1 discriminator 22 view .LVU3928
.LBB396:
	.loc 2 144 1 discriminator 22 view .LVU3929
	.loc 2 144 1 discriminator 22 view .LVU3930
	.loc 2 144 1 discriminator 22 view .LVU3931
	.loc 2 144 1 discriminator 22 view .LVU3932
	.loc 2 144 1 discriminator 22 view .LVU3933
	.loc 2 144 1 discriminator 22 view .LVU3934
	.loc 2 144 1 discriminator 22 view .LVU3935
	.loc 2 144 1 discriminator 22 view .LVU3936
	.loc 2 145 5 discriminator 22 view .LVU3937
	.loc 2 145 5 discriminator 22 view .LVU3938
	.loc 2 145 5 discriminator 22 view .LVU3939
	.loc 2 145 5 discriminator 22 view .LVU3940
	.loc 2 145 5 discriminator 22 view .LVU3941
.LBE396:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 discriminator 22 view .LVU3942
	leaq	-8(%rbx), %rax	#, tmp1993
.LBB397:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 22 view .LVU3943
	xorl	%esi, %esi	# arg
.LBE397:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 discriminator 22 view .LVU3944
	subq	%r14, %rax	# slots, tmp1994
	sarq	$3, %rax	#, tmp1996
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 discriminator 22 view .LVU3945
	movl	0(%r13,%rax,4), %ecx	# *_2304, pretmp_2342
.LBB398:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 discriminator 22 view .LVU3946
	xorl	%eax, %eax	# st
	jmp	.L11	#
.LVL766:
.L218:
.L219:
	.loc 2 146 1 is_stmt 1 discriminator 32 view .LVU3947
.LBE398:
	.loc 2 32 1 discriminator 32 view .LVU3948
.LBB399:
	.loc 2 32 1 discriminator 32 view .LVU3949
	.loc 2 32 1 discriminator 32 view .LVU3950
	.loc 2 32 1 discriminator 32 view .LVU3951
	.loc 2 32 1 discriminator 32 view .LVU3952
	.loc 2 32 1 discriminator 32 view .LVU3953
	.loc 2 32 1 discriminator 32 view .LVU3954
	.loc 2 32 1 discriminator 32 view .LVU3955
	.loc 2 32 1 discriminator 32 view .LVU3956
	.loc 2 33 1 discriminator 32 view .LVU3957
	.loc 2 33 1 discriminator 32 view .LVU3958
	.loc 2 33 1 discriminator 32 view .LVU3959
.LDL121:
	.loc 2 33 1 discriminator 32 view .LVU3960
	.loc 2 33 1 discriminator 32 view .LVU3961
	.loc 2 33 1 is_stmt 0 discriminator 32 view .LVU3962
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
	addq	$8, %rbx	#, vpc
.LVL767:
	.loc 2 33 1 discriminator 32 view .LVU3963
	jmp	*%rax	# gotovar.416_1338
.LVL768:
.L224:
.L225:
	.loc 2 33 1 discriminator 32 view .LVU3964
.LBE399:
.LBB400:
	.loc 2 41 1 is_stmt 1 discriminator 28 view .LVU3965
.LBE400:
	.loc 2 43 1 discriminator 28 view .LVU3966
.LBB401:
	.loc 2 43 1 discriminator 28 view .LVU3967
	.loc 2 43 1 discriminator 28 view .LVU3968
	.loc 2 43 1 discriminator 28 view .LVU3969
	.loc 2 43 1 discriminator 28 view .LVU3970
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 is_stmt 0 discriminator 28 view .LVU3971
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 discriminator 28 view .LVU3972
	movq	0(%rbp), %rsi	# *sp_1608, arg
.LVL769:
	.loc 2 43 1 is_stmt 1 discriminator 28 view .LVU3973
	.loc 2 43 1 discriminator 28 view .LVU3974
	.loc 2 43 1 discriminator 28 view .LVU3975
	.loc 2 43 1 discriminator 28 view .LVU3976
	.loc 2 43 1 discriminator 28 view .LVU3977
	.loc 2 44 5 discriminator 28 view .LVU3978
	.loc 2 44 5 discriminator 28 view .LVU3979
	.loc 2 44 5 discriminator 28 view .LVU3980
	.loc 2 44 5 discriminator 28 view .LVU3981
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 is_stmt 0 discriminator 28 view .LVU3982
	addq	$8, %rbx	#, vpc
.LVL770:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 28 view .LVU3983
	addq	$8, %rbp	#, sp
.LVL771:
	.loc 2 44 5 is_stmt 1 discriminator 28 view .LVU3984
	.loc 2 45 1 discriminator 28 view .LVU3985
	.loc 2 45 1 discriminator 28 view .LVU3986
	.loc 2 45 1 discriminator 28 view .LVU3987
.LDL122:
	.loc 2 45 1 discriminator 28 view .LVU3988
	.loc 2 45 1 discriminator 28 view .LVU3989
	.loc 2 45 1 is_stmt 0 discriminator 28 view .LVU3990
	jmp	*%rax	# gotovar.416_1338
.LVL772:
.L226:
.L227:
	.loc 2 45 1 is_stmt 1 discriminator 28 view .LVU3991
.LBE401:
	.loc 2 47 1 discriminator 28 view .LVU3992
.LBB402:
	.loc 2 47 1 discriminator 28 view .LVU3993
	.loc 2 47 1 discriminator 28 view .LVU3994
	.loc 2 47 1 discriminator 28 view .LVU3995
	.loc 2 47 1 discriminator 28 view .LVU3996
	.loc 2 47 1 discriminator 28 view .LVU3997
	.loc 2 47 1 discriminator 28 view .LVU3998
	.loc 2 47 1 discriminator 28 view .LVU3999
	.loc 2 47 1 discriminator 28 view .LVU4000
	.loc 2 47 1 discriminator 28 view .LVU4001
.LBB221:
	.loc 2 48 7 discriminator 28 view .LVU4002
	.loc 2 48 22 discriminator 28 view .LVU4003
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 28 view .LVU4004
	movq	0(%rbp), %rax	# *sp_1608, *sp_1608
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 28 view .LVU4005
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL773:
	.loc 2 48 35 is_stmt 1 discriminator 28 view .LVU4006
.LBE221:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 is_stmt 0 discriminator 28 view .LVU4007
	addq	$8, %rbx	#, vpc
.LVL774:
.LBB222:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 discriminator 28 view .LVU4008
	movq	%rax, -8(%rbp)	# *sp_1608, MEM[(cell *)sp_1608 + -8B]
.LBE222:
	.loc 2 49 1 is_stmt 1 discriminator 28 view .LVU4009
.LVL775:
	.loc 2 49 1 discriminator 28 view .LVU4010
	.loc 2 49 1 discriminator 28 view .LVU4011
.LDL123:
	.loc 2 49 1 discriminator 28 view .LVU4012
	.loc 2 49 1 discriminator 28 view .LVU4013
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL776:
	.loc 2 49 1 is_stmt 0 discriminator 28 view .LVU4014
	jmp	*%rax	# gotovar.416_1338
.LVL777:
.L222:
.L223:
	.loc 2 49 1 discriminator 28 view .LVU4015
.LBE402:
.LBB403:
	.loc 2 37 1 is_stmt 1 discriminator 28 view .LVU4016
.LBE403:
	.loc 2 39 1 discriminator 28 view .LVU4017
.LBB404:
	.loc 2 39 1 discriminator 28 view .LVU4018
	.loc 2 39 1 discriminator 28 view .LVU4019
	.loc 2 39 1 discriminator 28 view .LVU4020
	.loc 2 39 1 discriminator 28 view .LVU4021
	.loc 2 39 1 discriminator 28 view .LVU4022
	.loc 2 39 1 discriminator 28 view .LVU4023
	.loc 2 39 1 discriminator 28 view .LVU4024
	.loc 2 39 1 discriminator 28 view .LVU4025
	.loc 2 39 1 discriminator 28 view .LVU4026
	.loc 2 40 5 discriminator 28 view .LVU4027
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 2 41 1 is_stmt 0 discriminator 28 view .LVU4028
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 28 view .LVU4029
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL778:
	.loc 2 41 1 is_stmt 1 discriminator 28 view .LVU4030
	.loc 2 41 1 discriminator 28 view .LVU4031
	.loc 2 41 1 discriminator 28 view .LVU4032
.LDL124:
	.loc 2 41 1 discriminator 28 view .LVU4033
	.loc 2 41 1 discriminator 28 view .LVU4034
	.loc 2 41 1 is_stmt 0 discriminator 28 view .LVU4035
	addq	$8, %rbx	#, vpc
.LVL779:
# ./isa/ops.inc:40:     DROP(1);
	.loc 2 40 5 discriminator 28 view .LVU4036
	subq	$8, %rbp	#, sp
.LVL780:
	.loc 2 40 5 discriminator 28 view .LVU4037
	jmp	*%rax	# gotovar.416_1338
.LVL781:
.L437:
.L438:
	.loc 2 40 5 discriminator 28 view .LVU4038
.LBE404:
.LBB405:
	.loc 2 90 32 is_stmt 1 discriminator 70 view .LVU4039
.LBE405:
	.loc 2 91 1 discriminator 70 view .LVU4040
.LBB409:
	.loc 2 91 1 discriminator 70 view .LVU4041
	.loc 2 91 1 discriminator 70 view .LVU4042
	.loc 2 91 1 discriminator 70 view .LVU4043
	.loc 2 91 1 discriminator 70 view .LVU4044
	.loc 2 91 1 discriminator 70 view .LVU4045
	.loc 2 91 16 discriminator 70 view .LVU4046
.LBB410:
	.loc 2 91 16 discriminator 70 view .LVU4047
	.loc 2 91 16 discriminator 70 view .LVU4048
	.loc 2 91 16 discriminator 70 view .LVU4049
	.loc 2 91 16 discriminator 70 view .LVU4050
	.loc 2 91 16 discriminator 70 view .LVU4051
	.loc 2 91 16 is_stmt 0 discriminator 70 view .LVU4052
.LBE410:
	.loc 2 91 16 is_stmt 1 discriminator 70 view .LVU4053
	.loc 2 91 55 discriminator 70 view .LVU4054
	.loc 2 91 55 discriminator 70 view .LVU4055
	.loc 2 91 55 discriminator 70 view .LVU4056
	.loc 2 91 55 discriminator 70 view .LVU4057
	.loc 2 91 55 discriminator 70 view .LVU4058
	movl	%esi, %ecx	# arg, tmp2374
	salq	%cl, -8(%rbp)	# tmp2374, MEM[(cell *)sp_1608 + -8B]
.LVL782:
	.loc 2 91 55 discriminator 70 view .LVU4059
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB411:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 is_stmt 0 discriminator 70 view .LVU4060
	subq	$8, %rbp	#, sp
.LVL783:
	.loc 2 91 16 discriminator 70 view .LVU4061
.LBE411:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 discriminator 70 view .LVU4062
	addq	$8, %rbx	#, vpc
.LVL784:
	.loc 2 91 55 discriminator 70 view .LVU4063
.LVL785:
.LDL125:
	.loc 2 91 55 is_stmt 1 discriminator 70 view .LVU4064
	.loc 2 91 55 discriminator 70 view .LVU4065
	.loc 2 91 55 is_stmt 0 discriminator 70 view .LVU4066
	jmp	*%rax	# gotovar.416_1338
.LVL786:
.L439:
.L440:
	.loc 2 91 55 is_stmt 1 discriminator 70 view .LVU4067
.LBE409:
	.loc 2 93 1 discriminator 70 view .LVU4068
.LBB412:
	.loc 2 93 1 discriminator 70 view .LVU4069
	.loc 2 93 1 discriminator 70 view .LVU4070
	.loc 2 93 1 discriminator 70 view .LVU4071
	.loc 2 93 1 discriminator 70 view .LVU4072
	.loc 2 93 1 discriminator 70 view .LVU4073
	.loc 2 93 16 discriminator 70 view .LVU4074
.LBB413:
	.loc 2 93 16 discriminator 70 view .LVU4075
	.loc 2 93 16 discriminator 70 view .LVU4076
	.loc 2 93 16 discriminator 70 view .LVU4077
	.loc 2 93 16 discriminator 70 view .LVU4078
	.loc 2 93 16 discriminator 70 view .LVU4079
	.loc 2 93 16 is_stmt 0 discriminator 70 view .LVU4080
.LBE413:
	.loc 2 93 16 is_stmt 1 discriminator 70 view .LVU4081
	.loc 2 93 68 discriminator 70 view .LVU4082
	.loc 2 93 68 discriminator 70 view .LVU4083
	.loc 2 93 68 discriminator 70 view .LVU4084
	.loc 2 93 68 discriminator 70 view .LVU4085
	.loc 2 93 68 discriminator 70 view .LVU4086
.LBB414:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 70 view .LVU4087
	movl	%esi, %ecx	# arg, tmp2375
	sarq	%cl, -8(%rbp)	# tmp2375, MEM[(cell *)sp_1608 + -8B]
.LVL787:
	.loc 2 93 16 discriminator 70 view .LVU4088
.LBE414:
	.loc 2 93 68 is_stmt 1 discriminator 70 view .LVU4089
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB415:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 is_stmt 0 discriminator 70 view .LVU4090
	subq	$8, %rbp	#, sp
.LVL788:
	.loc 2 93 16 discriminator 70 view .LVU4091
.LBE415:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 discriminator 70 view .LVU4092
	addq	$8, %rbx	#, vpc
.LVL789:
	.loc 2 93 68 discriminator 70 view .LVU4093
.LVL790:
.LDL126:
	.loc 2 93 68 is_stmt 1 discriminator 70 view .LVU4094
	.loc 2 93 68 discriminator 70 view .LVU4095
	.loc 2 93 68 is_stmt 0 discriminator 70 view .LVU4096
	jmp	*%rax	# gotovar.416_1338
.LVL791:
.L441:
.L442:
	.loc 2 93 68 is_stmt 1 discriminator 70 view .LVU4097
.LBE412:
	.loc 2 95 1 discriminator 70 view .LVU4098
.LBB416:
	.loc 2 95 1 discriminator 70 view .LVU4099
	.loc 2 95 1 discriminator 70 view .LVU4100
	.loc 2 95 1 discriminator 70 view .LVU4101
	.loc 2 95 1 discriminator 70 view .LVU4102
	.loc 2 95 1 discriminator 70 view .LVU4103
	.loc 2 95 16 discriminator 70 view .LVU4104
.LBB417:
	.loc 2 95 16 discriminator 70 view .LVU4105
	.loc 2 95 16 discriminator 70 view .LVU4106
	.loc 2 95 16 discriminator 70 view .LVU4107
	.loc 2 95 16 discriminator 70 view .LVU4108
	.loc 2 95 16 discriminator 70 view .LVU4109
	xorl	%eax, %eax	# _1444
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	sete	%al	#, _1444
	subq	$8, %rbp	#, sp
.LVL792:
	.loc 2 95 16 is_stmt 0 discriminator 70 view .LVU4110
.LBE417:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 70 view .LVU4111
	addq	$8, %rbx	#, vpc
.LVL793:
.LBB418:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 70 view .LVU4112
	movq	%rax, 0(%rbp)	# _1444, MEM[(cell *)sp_1608 + -8B]
.LVL794:
	.loc 2 95 16 discriminator 70 view .LVU4113
.LBE418:
	.loc 2 95 33 is_stmt 1 discriminator 70 view .LVU4114
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL795:
.LDL127:
	.loc 2 95 33 discriminator 70 view .LVU4115
	.loc 2 95 33 discriminator 70 view .LVU4116
	.loc 2 95 33 is_stmt 0 discriminator 70 view .LVU4117
	jmp	*%rax	# gotovar.416_1338
.LVL796:
.L443:
.L444:
	.loc 2 95 33 is_stmt 1 discriminator 70 view .LVU4118
.LBE416:
	.loc 2 96 1 discriminator 70 view .LVU4119
.LBB419:
	.loc 2 96 1 discriminator 70 view .LVU4120
	.loc 2 96 1 discriminator 70 view .LVU4121
	.loc 2 96 1 discriminator 70 view .LVU4122
	.loc 2 96 1 discriminator 70 view .LVU4123
	.loc 2 96 1 discriminator 70 view .LVU4124
	.loc 2 96 16 discriminator 70 view .LVU4125
.LBB420:
	.loc 2 96 16 discriminator 70 view .LVU4126
	.loc 2 96 16 discriminator 70 view .LVU4127
	.loc 2 96 16 discriminator 70 view .LVU4128
	.loc 2 96 16 discriminator 70 view .LVU4129
	.loc 2 96 16 discriminator 70 view .LVU4130
	xorl	%eax, %eax	# _1451
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	setne	%al	#, _1451
	subq	$8, %rbp	#, sp
.LVL797:
	.loc 2 96 16 is_stmt 0 discriminator 70 view .LVU4131
.LBE420:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 70 view .LVU4132
	addq	$8, %rbx	#, vpc
.LVL798:
.LBB421:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 70 view .LVU4133
	movq	%rax, 0(%rbp)	# _1451, MEM[(cell *)sp_1608 + -8B]
.LVL799:
	.loc 2 96 16 discriminator 70 view .LVU4134
.LBE421:
	.loc 2 96 33 is_stmt 1 discriminator 70 view .LVU4135
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL800:
.LDL128:
	.loc 2 96 33 discriminator 70 view .LVU4136
	.loc 2 96 33 discriminator 70 view .LVU4137
	.loc 2 96 33 is_stmt 0 discriminator 70 view .LVU4138
	jmp	*%rax	# gotovar.416_1338
.LVL801:
.L445:
.L446:
	.loc 2 96 33 is_stmt 1 discriminator 70 view .LVU4139
.LBE419:
	.loc 2 97 1 discriminator 70 view .LVU4140
.LBB422:
	.loc 2 97 1 discriminator 70 view .LVU4141
	.loc 2 97 1 discriminator 70 view .LVU4142
	.loc 2 97 1 discriminator 70 view .LVU4143
	.loc 2 97 1 discriminator 70 view .LVU4144
	.loc 2 97 1 discriminator 70 view .LVU4145
	.loc 2 97 16 discriminator 70 view .LVU4146
.LBB423:
	.loc 2 97 16 discriminator 70 view .LVU4147
	.loc 2 97 16 discriminator 70 view .LVU4148
	.loc 2 97 16 discriminator 70 view .LVU4149
	.loc 2 97 16 discriminator 70 view .LVU4150
	.loc 2 97 16 discriminator 70 view .LVU4151
	xorl	%eax, %eax	# _1456
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	setl	%al	#, _1456
	subq	$8, %rbp	#, sp
.LVL802:
	.loc 2 97 16 is_stmt 0 discriminator 70 view .LVU4152
.LBE423:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 70 view .LVU4153
	addq	$8, %rbx	#, vpc
.LVL803:
.LBB424:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 70 view .LVU4154
	movq	%rax, 0(%rbp)	# _1456, MEM[(cell *)sp_1608 + -8B]
.LVL804:
	.loc 2 97 16 discriminator 70 view .LVU4155
.LBE424:
	.loc 2 97 33 is_stmt 1 discriminator 70 view .LVU4156
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL805:
.LDL129:
	.loc 2 97 33 discriminator 70 view .LVU4157
	.loc 2 97 33 discriminator 70 view .LVU4158
	.loc 2 97 33 is_stmt 0 discriminator 70 view .LVU4159
	jmp	*%rax	# gotovar.416_1338
.LVL806:
.L447:
.L448:
	.loc 2 97 33 is_stmt 1 discriminator 70 view .LVU4160
.LBE422:
	.loc 2 98 1 discriminator 70 view .LVU4161
.LBB425:
	.loc 2 98 1 discriminator 70 view .LVU4162
	.loc 2 98 1 discriminator 70 view .LVU4163
	.loc 2 98 1 discriminator 70 view .LVU4164
	.loc 2 98 1 discriminator 70 view .LVU4165
	.loc 2 98 1 discriminator 70 view .LVU4166
	.loc 2 98 16 discriminator 70 view .LVU4167
.LBB426:
	.loc 2 98 16 discriminator 70 view .LVU4168
	.loc 2 98 16 discriminator 70 view .LVU4169
	.loc 2 98 16 discriminator 70 view .LVU4170
	.loc 2 98 16 discriminator 70 view .LVU4171
	.loc 2 98 16 discriminator 70 view .LVU4172
	xorl	%eax, %eax	# _1464
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	setle	%al	#, _1464
	subq	$8, %rbp	#, sp
.LVL807:
	.loc 2 98 16 is_stmt 0 discriminator 70 view .LVU4173
.LBE426:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 70 view .LVU4174
	addq	$8, %rbx	#, vpc
.LVL808:
.LBB427:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 70 view .LVU4175
	movq	%rax, 0(%rbp)	# _1464, MEM[(cell *)sp_1608 + -8B]
.LVL809:
	.loc 2 98 16 discriminator 70 view .LVU4176
.LBE427:
	.loc 2 98 33 is_stmt 1 discriminator 70 view .LVU4177
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL810:
.LDL130:
	.loc 2 98 33 discriminator 70 view .LVU4178
	.loc 2 98 33 discriminator 70 view .LVU4179
	.loc 2 98 33 is_stmt 0 discriminator 70 view .LVU4180
	jmp	*%rax	# gotovar.416_1338
.LVL811:
.L449:
.L450:
	.loc 2 98 33 is_stmt 1 discriminator 70 view .LVU4181
.LBE425:
	.loc 2 99 1 discriminator 70 view .LVU4182
.LBB428:
	.loc 2 99 1 discriminator 70 view .LVU4183
	.loc 2 99 1 discriminator 70 view .LVU4184
	.loc 2 99 1 discriminator 70 view .LVU4185
	.loc 2 99 1 discriminator 70 view .LVU4186
	.loc 2 99 1 discriminator 70 view .LVU4187
	.loc 2 99 16 discriminator 70 view .LVU4188
.LBB429:
	.loc 2 99 16 discriminator 70 view .LVU4189
	.loc 2 99 16 discriminator 70 view .LVU4190
	.loc 2 99 16 discriminator 70 view .LVU4191
	.loc 2 99 16 discriminator 70 view .LVU4192
	.loc 2 99 16 discriminator 70 view .LVU4193
	xorl	%eax, %eax	# _1469
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	setg	%al	#, _1469
	subq	$8, %rbp	#, sp
.LVL812:
	.loc 2 99 16 is_stmt 0 discriminator 70 view .LVU4194
.LBE429:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 70 view .LVU4195
	addq	$8, %rbx	#, vpc
.LVL813:
.LBB430:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 70 view .LVU4196
	movq	%rax, 0(%rbp)	# _1469, MEM[(cell *)sp_1608 + -8B]
.LVL814:
	.loc 2 99 16 discriminator 70 view .LVU4197
.LBE430:
	.loc 2 99 33 is_stmt 1 discriminator 70 view .LVU4198
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL815:
.LDL131:
	.loc 2 99 33 discriminator 70 view .LVU4199
	.loc 2 99 33 discriminator 70 view .LVU4200
	.loc 2 99 33 is_stmt 0 discriminator 70 view .LVU4201
	jmp	*%rax	# gotovar.416_1338
.LVL816:
.L451:
.L452:
	.loc 2 99 33 is_stmt 1 discriminator 70 view .LVU4202
.LBE428:
	.loc 2 100 1 discriminator 70 view .LVU4203
.LBB431:
	.loc 2 100 1 discriminator 70 view .LVU4204
	.loc 2 100 1 discriminator 70 view .LVU4205
	.loc 2 100 1 discriminator 70 view .LVU4206
	.loc 2 100 1 discriminator 70 view .LVU4207
	.loc 2 100 1 discriminator 70 view .LVU4208
	.loc 2 100 16 discriminator 70 view .LVU4209
.LBB432:
	.loc 2 100 16 discriminator 70 view .LVU4210
	.loc 2 100 16 discriminator 70 view .LVU4211
	.loc 2 100 16 discriminator 70 view .LVU4212
	.loc 2 100 16 discriminator 70 view .LVU4213
	.loc 2 100 16 discriminator 70 view .LVU4214
	xorl	%eax, %eax	# _1476
	cmpq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
	setge	%al	#, _1476
	subq	$8, %rbp	#, sp
.LVL817:
	.loc 2 100 16 is_stmt 0 discriminator 70 view .LVU4215
.LBE432:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 70 view .LVU4216
	addq	$8, %rbx	#, vpc
.LVL818:
.LBB433:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 70 view .LVU4217
	movq	%rax, 0(%rbp)	# _1476, MEM[(cell *)sp_1608 + -8B]
.LVL819:
	.loc 2 100 16 discriminator 70 view .LVU4218
.LBE433:
	.loc 2 100 33 is_stmt 1 discriminator 70 view .LVU4219
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL820:
.LDL132:
	.loc 2 100 33 discriminator 70 view .LVU4220
	.loc 2 100 33 discriminator 70 view .LVU4221
	.loc 2 100 33 is_stmt 0 discriminator 70 view .LVU4222
	jmp	*%rax	# gotovar.416_1338
.LVL821:
.L453:
.L454:
.L455:
	.loc 2 100 33 is_stmt 1 discriminator 46 view .LVU4223
.LBE431:
	.loc 2 103 1 discriminator 46 view .LVU4224
.LBB434:
	.loc 2 103 1 discriminator 46 view .LVU4225
	.loc 2 103 1 discriminator 46 view .LVU4226
	.loc 2 103 1 discriminator 46 view .LVU4227
	.loc 2 103 1 discriminator 46 view .LVU4228
	.loc 2 103 1 discriminator 46 view .LVU4229
	.loc 2 104 5 discriminator 46 view .LVU4230
	.loc 2 104 5 discriminator 46 view .LVU4231
	.loc 2 104 5 discriminator 46 view .LVU4232
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L773	#,
	.loc 2 104 5 discriminator 34 view .LVU4233
	.loc 2 104 5 discriminator 34 view .LVU4234
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL822:
	.loc 2 104 5 discriminator 34 view .LVU4235
	.loc 2 104 5 discriminator 34 view .LVU4236
	.loc 2 104 5 discriminator 34 view .LVU4237
	.loc 2 104 5 discriminator 34 view .LVU4238
	.loc 2 104 5 discriminator 34 view .LVU4239
	.loc 2 104 5 discriminator 34 view .LVU4240
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 104 5 discriminator 34 view .LVU4241
.LVL823:
.LDL133:
	.loc 2 104 5 discriminator 34 view .LVU4242
	.loc 2 104 5 discriminator 34 view .LVU4243
	leaq	8(%rax), %rbx	#, vpc
.LVL824:
	.loc 2 104 5 is_stmt 0 discriminator 34 view .LVU4244
	jmp	*(%rax)	# vpc_1369->code
.LVL825:
.L457:
.L458:
	.loc 2 105 1 is_stmt 1 discriminator 46 view .LVU4245
.LBE434:
	.loc 2 107 1 discriminator 46 view .LVU4246
.LBB435:
	.loc 2 107 1 discriminator 46 view .LVU4247
	.loc 2 107 1 discriminator 46 view .LVU4248
	.loc 2 107 1 discriminator 46 view .LVU4249
	.loc 2 107 1 discriminator 46 view .LVU4250
	.loc 2 107 1 discriminator 46 view .LVU4251
	.loc 2 108 5 discriminator 46 view .LVU4252
.LBB436:
	.loc 2 108 9 discriminator 46 view .LVU4253
	.loc 2 108 9 discriminator 46 view .LVU4254
	subq	$8, %rbp	#, sp
.LVL826:
	.loc 2 108 9 discriminator 46 view .LVU4255
	.loc 2 108 9 discriminator 46 view .LVU4256
.LBE436:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 46 view .LVU4257
	testq	%rsi, %rsi	# arg
	jne	.L459	#,
.L460:
	.loc 2 109 9 is_stmt 1 view .LVU4258
	.loc 2 109 9 view .LVU4259
	.loc 2 109 9 view .LVU4260
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L774	#,
	.loc 2 109 9 discriminator 34 view .LVU4261
	.loc 2 109 9 discriminator 34 view .LVU4262
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL827:
	.loc 2 109 9 discriminator 34 view .LVU4263
	.loc 2 109 9 discriminator 34 view .LVU4264
	.loc 2 109 9 discriminator 34 view .LVU4265
	.loc 2 109 9 discriminator 34 view .LVU4266
	.loc 2 109 9 discriminator 34 view .LVU4267
	.loc 2 109 9 discriminator 34 view .LVU4268
	.loc 2 109 9 discriminator 34 view .LVU4269
.LVL828:
.LDL134:
	.loc 2 109 9 discriminator 34 view .LVU4270
	.loc 2 109 9 discriminator 34 view .LVU4271
	leaq	8(%rax), %rbx	#, vpc
.LVL829:
	.loc 2 109 9 is_stmt 0 discriminator 34 view .LVU4272
	jmp	*(%rax)	# vpc_1388->code
.LVL830:
.L462:
.L463:
	.loc 2 110 1 is_stmt 1 discriminator 46 view .LVU4273
.LBE435:
	.loc 2 112 1 discriminator 46 view .LVU4274
.LBB437:
	.loc 2 112 1 discriminator 46 view .LVU4275
	.loc 2 112 1 discriminator 46 view .LVU4276
	.loc 2 112 1 discriminator 46 view .LVU4277
	.loc 2 112 1 discriminator 46 view .LVU4278
	.loc 2 112 1 discriminator 46 view .LVU4279
	.loc 2 113 5 discriminator 46 view .LVU4280
.LBB438:
	.loc 2 113 9 discriminator 46 view .LVU4281
	.loc 2 113 9 discriminator 46 view .LVU4282
	subq	$8, %rbp	#, sp
.LVL831:
	.loc 2 113 9 discriminator 46 view .LVU4283
	.loc 2 113 9 discriminator 46 view .LVU4284
.LBE438:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 46 view .LVU4285
	testq	%rsi, %rsi	# arg
	je	.L464	#,
.L465:
	.loc 2 114 9 is_stmt 1 view .LVU4286
	.loc 2 114 9 view .LVU4287
	.loc 2 114 9 view .LVU4288
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L775	#,
	.loc 2 114 9 discriminator 34 view .LVU4289
	.loc 2 114 9 discriminator 34 view .LVU4290
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL832:
	.loc 2 114 9 discriminator 34 view .LVU4291
	.loc 2 114 9 discriminator 34 view .LVU4292
	.loc 2 114 9 discriminator 34 view .LVU4293
	.loc 2 114 9 discriminator 34 view .LVU4294
	.loc 2 114 9 discriminator 34 view .LVU4295
	.loc 2 114 9 discriminator 34 view .LVU4296
	.loc 2 114 9 discriminator 34 view .LVU4297
.LVL833:
.LDL135:
	.loc 2 114 9 discriminator 34 view .LVU4298
	.loc 2 114 9 discriminator 34 view .LVU4299
	leaq	8(%rax), %rbx	#, vpc
.LVL834:
	.loc 2 114 9 is_stmt 0 discriminator 34 view .LVU4300
	jmp	*(%rax)	# vpc_1407->code
.LVL835:
.L467:
.L468:
	.loc 2 115 1 is_stmt 1 discriminator 50 view .LVU4301
.LBE437:
	.loc 2 117 1 discriminator 50 view .LVU4302
.LBB439:
	.loc 2 117 1 discriminator 50 view .LVU4303
	.loc 2 117 1 discriminator 50 view .LVU4304
	.loc 2 117 1 discriminator 50 view .LVU4305
	movslq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.need
	movq	%rbp, %rdx	# sp, tmp2263
	leaq	(%rdi,%rax,8), %rax	#, tmp2262
	subq	%rax, %rdx	# tmp2262, tmp2263
	movslq	28(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span, MEM[(const union slot *)vpc_1607(ab) + 24B].frame.span
	salq	$3, %rax	#, tmp2266
	cmpq	%rdx, %rax	# tmp2263, tmp2266
	jb	.L469	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 52 view .LVU4306
	leaq	65544(%rdi), %rax	#, tmp2267
	cmpq	%rax, %r9	# tmp2267, rsp
	je	.L469	#,
	.loc 2 117 1 is_stmt 1 discriminator 54 view .LVU4307
	.loc 2 117 1 discriminator 54 view .LVU4308
	.loc 2 118 5 discriminator 54 view .LVU4309
	leaq	32(%rbx), %rax	#, tmp2270
	leaq	8(%r9), %rdx	#, rsp
.LVL836:
	.loc 2 118 5 is_stmt 0 discriminator 54 view .LVU4310
	movq	%rax, (%r9)	# tmp2270, *rsp_1606
.LDL136:
	.loc 2 119 5 is_stmt 1 discriminator 54 view .LVU4311
	.loc 2 119 5 discriminator 54 view .LVU4312
	.loc 2 119 5 discriminator 54 view .LVU4313
	cmpq	%r8, 8(%rbx)	# budget, MEM[(const union slot *)vpc_1607(ab) + 8B].count
	jg	.L776	#,
	.loc 2 119 5 discriminator 34 view .LVU4314
	.loc 2 119 5 discriminator 34 view .LVU4315
	movq	(%rbx), %rax	# vpc_1607(ab)->target, vpc
	addq	16(%rbx), %r8	# MEM[(const union slot *)vpc_1607(ab) + 16B].count, budget
.LVL837:
	.loc 2 119 5 discriminator 34 view .LVU4316
	.loc 2 119 5 discriminator 34 view .LVU4317
	.loc 2 119 5 discriminator 34 view .LVU4318
	.loc 2 119 5 discriminator 34 view .LVU4319
	.loc 2 119 5 discriminator 34 view .LVU4320
	.loc 2 119 5 discriminator 34 view .LVU4321
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 119 5 discriminator 34 view .LVU4322
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 34 view .LVU4323
	movq	%rdx, %r9	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 34 view .LVU4324
.LVL838:
.LDL137:
	.loc 2 119 5 is_stmt 1 discriminator 34 view .LVU4325
	.loc 2 119 5 discriminator 34 view .LVU4326
	leaq	8(%rax), %rbx	#, vpc
.LVL839:
	.loc 2 119 5 is_stmt 0 discriminator 34 view .LVU4327
	movq	(%rax), %rax	# vpc_1437->code, gotovar.416_1338
	jmp	*%rax	# gotovar.416_1338
.LVL840:
.L322:
.L323:
	.loc 2 119 5 discriminator 34 view .LVU4328
.LBE439:
.LBB440:
	.loc 2 57 1 is_stmt 1 discriminator 57 view .LVU4329
.LBE440:
	.loc 2 63 1 discriminator 57 view .LVU4330
.LBB444:
	.loc 2 63 1 discriminator 57 view .LVU4331
	.loc 2 63 1 discriminator 57 view .LVU4332
	.loc 2 63 1 discriminator 57 view .LVU4333
	.loc 2 63 1 discriminator 57 view .LVU4334
	.loc 2 63 1 discriminator 57 view .LVU4335
	.loc 2 63 16 discriminator 57 view .LVU4336
.LBB445:
	.loc 2 63 16 discriminator 57 view .LVU4337
	.loc 2 63 16 is_stmt 0 discriminator 57 view .LVU4338
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL841:
	.loc 2 63 16 is_stmt 1 discriminator 57 view .LVU4339
	.loc 2 63 16 discriminator 57 view .LVU4340
	.loc 2 63 16 discriminator 57 view .LVU4341
.LBE445:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 is_stmt 0 discriminator 57 view .LVU4342
	addq	$8, %rbx	#, vpc
.LVL842:
.LBB446:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 57 view .LVU4343
	subq	$8, %rbp	#, sp
.LVL843:
	.loc 2 63 16 is_stmt 1 discriminator 57 view .LVU4344
	addq	%rax, %rsi	# a, arg
.LVL844:
	.loc 2 63 16 is_stmt 0 discriminator 57 view .LVU4345
.LBE446:
	.loc 2 63 16 is_stmt 1 discriminator 57 view .LVU4346
	.loc 2 63 54 discriminator 57 view .LVU4347
	.loc 2 63 54 discriminator 57 view .LVU4348
	.loc 2 63 54 discriminator 57 view .LVU4349
.LDL138:
	.loc 2 63 54 discriminator 57 view .LVU4350
	.loc 2 63 54 discriminator 57 view .LVU4351
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL845:
	.loc 2 63 54 is_stmt 0 discriminator 57 view .LVU4352
	jmp	*%rax	# gotovar.416_1338
.LVL846:
.L324:
.L325:
	.loc 2 63 54 is_stmt 1 discriminator 57 view .LVU4353
.LBE444:
	.loc 2 64 1 discriminator 57 view .LVU4354
.LBB447:
	.loc 2 64 1 discriminator 57 view .LVU4355
	.loc 2 64 1 discriminator 57 view .LVU4356
	.loc 2 64 1 discriminator 57 view .LVU4357
	.loc 2 64 1 discriminator 57 view .LVU4358
	.loc 2 64 1 discriminator 57 view .LVU4359
	.loc 2 64 16 discriminator 57 view .LVU4360
.LBB448:
	.loc 2 64 16 discriminator 57 view .LVU4361
	.loc 2 64 16 is_stmt 0 discriminator 57 view .LVU4362
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL847:
	.loc 2 64 16 is_stmt 1 discriminator 57 view .LVU4363
	.loc 2 64 16 discriminator 57 view .LVU4364
	.loc 2 64 16 discriminator 57 view .LVU4365
.LBE448:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 is_stmt 0 discriminator 57 view .LVU4366
	addq	$8, %rbx	#, vpc
.LVL848:
.LBB449:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 57 view .LVU4367
	subq	$8, %rbp	#, sp
.LVL849:
	.loc 2 64 16 is_stmt 1 discriminator 57 view .LVU4368
	subq	%rsi, %rax	# arg, a
.LVL850:
	.loc 2 64 16 is_stmt 0 discriminator 57 view .LVU4369
	movq	%rax, %rsi	# a, arg
.LVL851:
	.loc 2 64 16 discriminator 57 view .LVU4370
.LBE449:
	.loc 2 64 16 is_stmt 1 discriminator 57 view .LVU4371
	.loc 2 64 54 discriminator 57 view .LVU4372
	.loc 2 64 54 discriminator 57 view .LVU4373
	.loc 2 64 54 discriminator 57 view .LVU4374
.LDL139:
	.loc 2 64 54 discriminator 57 view .LVU4375
	.loc 2 64 54 discriminator 57 view .LVU4376
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL852:
	.loc 2 64 54 is_stmt 0 discriminator 57 view .LVU4377
	jmp	*%rax	# gotovar.416_1338
.LVL853:
.L416:
.L417:
	.loc 2 64 54 discriminator 57 view .LVU4378
.LBE447:
.LBB450:
	.loc 2 64 54 is_stmt 1 discriminator 70 view .LVU4379
.LBE450:
	.loc 2 65 1 discriminator 70 view .LVU4380
.LBB453:
	.loc 2 65 1 discriminator 70 view .LVU4381
	.loc 2 65 1 discriminator 70 view .LVU4382
	.loc 2 65 1 discriminator 70 view .LVU4383
	.loc 2 65 1 discriminator 70 view .LVU4384
	.loc 2 65 1 discriminator 70 view .LVU4385
	.loc 2 65 16 discriminator 70 view .LVU4386
.LBB454:
	.loc 2 65 16 discriminator 70 view .LVU4387
	.loc 2 65 16 discriminator 70 view .LVU4388
	.loc 2 65 16 discriminator 70 view .LVU4389
	.loc 2 65 16 discriminator 70 view .LVU4390
	.loc 2 65 16 discriminator 70 view .LVU4391
	imulq	-8(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], _1375
.LVL854:
	.loc 2 65 16 is_stmt 0 discriminator 70 view .LVU4392
.LBE454:
	.loc 2 65 16 is_stmt 1 discriminator 70 view .LVU4393
	.loc 2 65 54 discriminator 70 view .LVU4394
	.loc 2 65 54 discriminator 70 view .LVU4395
	.loc 2 65 54 discriminator 70 view .LVU4396
	.loc 2 65 54 discriminator 70 view .LVU4397
	.loc 2 65 54 discriminator 70 view .LVU4398
	addq	$8, %rbx	#, vpc
.LVL855:
.LBB455:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 is_stmt 0 discriminator 70 view .LVU4399
	subq	$8, %rbp	#, sp
.LVL856:
	.loc 2 65 16 discriminator 70 view .LVU4400
.LBE455:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 discriminator 70 view .LVU4401
	movq	%rsi, 0(%rbp)	# _1375, MEM[(cell *)sp_1608 + -8B]
.LVL857:
	.loc 2 65 54 is_stmt 1 discriminator 70 view .LVU4402
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL858:
.LDL140:
	.loc 2 65 54 discriminator 70 view .LVU4403
	.loc 2 65 54 discriminator 70 view .LVU4404
	.loc 2 65 54 is_stmt 0 discriminator 70 view .LVU4405
	jmp	*%rax	# gotovar.416_1338
.LVL859:
.L418:
.L419:
	.loc 2 65 54 is_stmt 1 discriminator 46 view .LVU4406
.LBE453:
	.loc 2 67 1 discriminator 46 view .LVU4407
.LBB456:
	.loc 2 67 1 discriminator 46 view .LVU4408
	.loc 2 67 1 discriminator 46 view .LVU4409
	.loc 2 67 1 discriminator 46 view .LVU4410
	.loc 2 67 1 discriminator 46 view .LVU4411
	.loc 2 67 1 discriminator 46 view .LVU4412
	.loc 2 68 5 discriminator 46 view .LVU4413
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 is_stmt 0 discriminator 46 view .LVU4414
	testq	%rsi, %rsi	# arg
	je	.L777	#,
	.loc 2 69 9 is_stmt 1 view .LVU4415
	.loc 2 71 5 view .LVU4416
.LBB457:
	.loc 2 71 5 view .LVU4417
.LVL860:
	.loc 2 71 5 is_stmt 0 view .LVU4418
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL861:
	.loc 2 71 5 is_stmt 1 view .LVU4419
	.loc 2 71 5 view .LVU4420
	.loc 2 71 5 view .LVU4421
	leaq	-8(%rbp), %rcx	#, sp
.LVL862:
	.loc 2 71 5 view .LVU4422
	cmpq	$-1, %rsi	#, arg
	je	.L778	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 18 view .LVU4423
	cqto
.LBE457:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 18 view .LVU4424
	addq	$8, %rbx	#, vpc
.LVL863:
.LBB458:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 18 view .LVU4425
	idivq	%rsi	# arg
.LVL864:
	.loc 2 71 5 discriminator 18 view .LVU4426
.LBE458:
	.loc 2 71 5 is_stmt 1 discriminator 18 view .LVU4427
	.loc 2 72 1 discriminator 18 view .LVU4428
	.loc 2 72 1 discriminator 18 view .LVU4429
	.loc 2 72 1 discriminator 18 view .LVU4430
	.loc 2 72 1 discriminator 18 view .LVU4431
	.loc 2 72 1 discriminator 18 view .LVU4432
.LVL865:
	.loc 2 72 1 is_stmt 0 discriminator 18 view .LVU4433
	movq	%rax, -8(%rbp)	# iftmp.353_1102, MEM[(cell *)sp_1608 + -8B]
.LVL866:
	.loc 2 72 1 is_stmt 1 discriminator 18 view .LVU4434
	.loc 2 72 1 discriminator 18 view .LVU4435
	.loc 2 72 1 discriminator 18 view .LVU4436
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL867:
.LBB459:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 18 view .LVU4437
	movq	%rcx, %rbp	# sp, sp
.LVL868:
	.loc 2 71 5 discriminator 18 view .LVU4438
	jmp	*%rax	# gotovar.416_1338
.LVL869:
.L423:
.L424:
	.loc 2 71 5 discriminator 18 view .LVU4439
.LBE459:
	.loc 2 72 1 is_stmt 1 discriminator 46 view .LVU4440
.LBE456:
	.loc 2 74 1 discriminator 46 view .LVU4441
.LBB462:
	.loc 2 74 1 discriminator 46 view .LVU4442
	.loc 2 74 1 discriminator 46 view .LVU4443
	.loc 2 74 1 discriminator 46 view .LVU4444
	.loc 2 74 1 discriminator 46 view .LVU4445
	.loc 2 74 1 discriminator 46 view .LVU4446
	.loc 2 75 5 discriminator 46 view .LVU4447
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 46 view .LVU4448
	testq	%rsi, %rsi	# arg
	je	.L779	#,
	.loc 2 76 9 is_stmt 1 view .LVU4449
	.loc 2 77 5 view .LVU4450
.LBB463:
	.loc 2 77 5 view .LVU4451
.LVL870:
	.loc 2 77 5 is_stmt 0 view .LVU4452
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL871:
	.loc 2 77 5 is_stmt 1 view .LVU4453
	.loc 2 77 5 view .LVU4454
	.loc 2 77 5 view .LVU4455
	leaq	-8(%rbp), %rcx	#, sp
.LVL872:
	.loc 2 77 5 view .LVU4456
	xorl	%edx, %edx	# iftmp.357_1114
	cmpq	$-1, %rsi	#, arg
	je	.L426	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 17 view .LVU4457
	cqto
.LBE463:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 17 view .LVU4458
	addq	$8, %rbx	#, vpc
.LVL873:
.LBB464:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 17 view .LVU4459
	idivq	%rsi	# arg
.LVL874:
	.loc 2 77 5 discriminator 17 view .LVU4460
.LBE464:
	.loc 2 77 5 is_stmt 1 discriminator 17 view .LVU4461
	.loc 2 78 1 discriminator 17 view .LVU4462
	.loc 2 78 1 discriminator 17 view .LVU4463
	.loc 2 78 1 discriminator 17 view .LVU4464
	.loc 2 78 1 discriminator 17 view .LVU4465
	.loc 2 78 1 discriminator 17 view .LVU4466
.LVL875:
	.loc 2 78 1 is_stmt 0 discriminator 17 view .LVU4467
	movq	%rdx, -8(%rbp)	# iftmp.357_1114, MEM[(cell *)sp_1608 + -8B]
.LVL876:
	.loc 2 78 1 is_stmt 1 discriminator 17 view .LVU4468
	.loc 2 78 1 discriminator 17 view .LVU4469
	.loc 2 78 1 discriminator 17 view .LVU4470
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL877:
.LBB465:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 17 view .LVU4471
	movq	%rcx, %rbp	# sp, sp
.LVL878:
	.loc 2 77 5 discriminator 17 view .LVU4472
	jmp	*%rax	# gotovar.416_1338
.LVL879:
.L427:
.L428:
	.loc 2 77 5 discriminator 17 view .LVU4473
.LBE465:
	.loc 2 78 1 is_stmt 1 discriminator 46 view .LVU4474
.LBE462:
	.loc 2 80 1 discriminator 46 view .LVU4475
.LBB467:
	.loc 2 80 1 discriminator 46 view .LVU4476
	.loc 2 80 1 discriminator 46 view .LVU4477
	.loc 2 80 1 discriminator 46 view .LVU4478
	.loc 2 80 1 discriminator 46 view .LVU4479
	.loc 2 80 1 discriminator 46 view .LVU4480
	.loc 2 81 5 discriminator 46 view .LVU4481
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 46 view .LVU4482
	negq	%rsi	# _1400
.LVL880:
	.loc 2 82 1 is_stmt 1 discriminator 46 view .LVU4483
	.loc 2 82 1 discriminator 46 view .LVU4484
	.loc 2 82 1 discriminator 46 view .LVU4485
	.loc 2 82 1 discriminator 46 view .LVU4486
	.loc 2 82 1 discriminator 46 view .LVU4487
	addq	$8, %rbx	#, vpc
.LVL881:
	.loc 2 82 1 is_stmt 0 discriminator 46 view .LVU4488
	movq	%rsi, 0(%rbp)	# _1400, *sp_1608
	.loc 2 82 1 is_stmt 1 discriminator 46 view .LVU4489
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL882:
.LDL141:
	.loc 2 82 1 discriminator 46 view .LVU4490
	.loc 2 82 1 discriminator 46 view .LVU4491
	.loc 2 82 1 is_stmt 0 discriminator 46 view .LVU4492
	jmp	*%rax	# gotovar.416_1338
.LVL883:
.L343:
.L344:
	.loc 2 82 1 discriminator 46 view .LVU4493
.LBE467:
.LBB468:
	.loc 2 88 32 is_stmt 1 discriminator 57 view .LVU4494
.LBE468:
	.loc 2 89 1 discriminator 57 view .LVU4495
.LBB471:
	.loc 2 89 1 discriminator 57 view .LVU4496
	.loc 2 89 1 discriminator 57 view .LVU4497
	.loc 2 89 1 discriminator 57 view .LVU4498
	.loc 2 89 1 discriminator 57 view .LVU4499
	.loc 2 89 1 discriminator 57 view .LVU4500
	.loc 2 89 16 discriminator 57 view .LVU4501
.LBB472:
	.loc 2 89 16 discriminator 57 view .LVU4502
	.loc 2 89 16 is_stmt 0 discriminator 57 view .LVU4503
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL884:
	.loc 2 89 16 is_stmt 1 discriminator 57 view .LVU4504
	.loc 2 89 16 discriminator 57 view .LVU4505
	.loc 2 89 16 discriminator 57 view .LVU4506
.LBE472:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 is_stmt 0 discriminator 57 view .LVU4507
	addq	$8, %rbx	#, vpc
.LVL885:
.LBB473:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 57 view .LVU4508
	subq	$8, %rbp	#, sp
.LVL886:
	.loc 2 89 16 is_stmt 1 discriminator 57 view .LVU4509
	orq	%rax, %rsi	# a, arg
.LVL887:
	.loc 2 89 16 is_stmt 0 discriminator 57 view .LVU4510
.LBE473:
	.loc 2 89 16 is_stmt 1 discriminator 57 view .LVU4511
	.loc 2 89 32 discriminator 57 view .LVU4512
	.loc 2 89 32 discriminator 57 view .LVU4513
	.loc 2 89 32 discriminator 57 view .LVU4514
.LDL142:
	.loc 2 89 32 discriminator 57 view .LVU4515
	.loc 2 89 32 discriminator 57 view .LVU4516
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL888:
	.loc 2 89 32 is_stmt 0 discriminator 57 view .LVU4517
	jmp	*%rax	# gotovar.416_1338
.LVL889:
.L345:
.L346:
	.loc 2 89 32 is_stmt 1 discriminator 57 view .LVU4518
.LBE471:
	.loc 2 90 1 discriminator 57 view .LVU4519
.LBB474:
	.loc 2 90 1 discriminator 57 view .LVU4520
	.loc 2 90 1 discriminator 57 view .LVU4521
	.loc 2 90 1 discriminator 57 view .LVU4522
	.loc 2 90 1 discriminator 57 view .LVU4523
	.loc 2 90 1 discriminator 57 view .LVU4524
	.loc 2 90 16 discriminator 57 view .LVU4525
.LBB475:
	.loc 2 90 16 discriminator 57 view .LVU4526
	.loc 2 90 16 is_stmt 0 discriminator 57 view .LVU4527
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL890:
	.loc 2 90 16 is_stmt 1 discriminator 57 view .LVU4528
	.loc 2 90 16 discriminator 57 view .LVU4529
	.loc 2 90 16 discriminator 57 view .LVU4530
.LBE475:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 is_stmt 0 discriminator 57 view .LVU4531
	addq	$8, %rbx	#, vpc
.LVL891:
.LBB476:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 57 view .LVU4532
	subq	$8, %rbp	#, sp
.LVL892:
	.loc 2 90 16 is_stmt 1 discriminator 57 view .LVU4533
	xorq	%rax, %rsi	# a, arg
.LVL893:
	.loc 2 90 16 is_stmt 0 discriminator 57 view .LVU4534
.LBE476:
	.loc 2 90 16 is_stmt 1 discriminator 57 view .LVU4535
	.loc 2 90 32 discriminator 57 view .LVU4536
	.loc 2 90 32 discriminator 57 view .LVU4537
	.loc 2 90 32 discriminator 57 view .LVU4538
.LDL143:
	.loc 2 90 32 discriminator 57 view .LVU4539
	.loc 2 90 32 discriminator 57 view .LVU4540
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL894:
	.loc 2 90 32 is_stmt 0 discriminator 57 view .LVU4541
	jmp	*%rax	# gotovar.416_1338
.LVL895:
.L347:
.L348:
	.loc 2 90 32 is_stmt 1 discriminator 57 view .LVU4542
.LBE474:
	.loc 2 91 1 discriminator 57 view .LVU4543
.LBB477:
	.loc 2 91 1 discriminator 57 view .LVU4544
	.loc 2 91 1 discriminator 57 view .LVU4545
	.loc 2 91 1 discriminator 57 view .LVU4546
	.loc 2 91 1 discriminator 57 view .LVU4547
	.loc 2 91 1 discriminator 57 view .LVU4548
	.loc 2 91 16 discriminator 57 view .LVU4549
.LBB478:
	.loc 2 91 16 discriminator 57 view .LVU4550
	.loc 2 91 16 is_stmt 0 discriminator 57 view .LVU4551
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL896:
	.loc 2 91 16 is_stmt 1 discriminator 57 view .LVU4552
	.loc 2 91 16 discriminator 57 view .LVU4553
	.loc 2 91 16 discriminator 57 view .LVU4554
	movl	%esi, %ecx	# arg, tmp2369
	subq	$8, %rbp	#, sp
.LVL897:
	.loc 2 91 16 discriminator 57 view .LVU4555
.LBE478:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 57 view .LVU4556
	addq	$8, %rbx	#, vpc
.LVL898:
.LBB479:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 57 view .LVU4557
	salq	%cl, %rax	# tmp2369, a
.LVL899:
	.loc 2 91 16 discriminator 57 view .LVU4558
	movq	%rax, %rsi	# a, arg
.LVL900:
	.loc 2 91 16 discriminator 57 view .LVU4559
.LBE479:
	.loc 2 91 16 is_stmt 1 discriminator 57 view .LVU4560
	.loc 2 91 55 discriminator 57 view .LVU4561
	.loc 2 91 55 discriminator 57 view .LVU4562
	.loc 2 91 55 discriminator 57 view .LVU4563
.LDL144:
	.loc 2 91 55 discriminator 57 view .LVU4564
	.loc 2 91 55 discriminator 57 view .LVU4565
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL901:
	.loc 2 91 55 is_stmt 0 discriminator 57 view .LVU4566
	jmp	*%rax	# gotovar.416_1338
.LVL902:
.L349:
.L350:
	.loc 2 91 55 is_stmt 1 discriminator 57 view .LVU4567
.LBE477:
	.loc 2 93 1 discriminator 57 view .LVU4568
.LBB480:
	.loc 2 93 1 discriminator 57 view .LVU4569
	.loc 2 93 1 discriminator 57 view .LVU4570
	.loc 2 93 1 discriminator 57 view .LVU4571
	.loc 2 93 1 discriminator 57 view .LVU4572
	.loc 2 93 1 discriminator 57 view .LVU4573
	.loc 2 93 16 discriminator 57 view .LVU4574
.LBB333:
	.loc 2 93 16 discriminator 57 view .LVU4575
	.loc 2 93 16 is_stmt 0 discriminator 57 view .LVU4576
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL903:
	.loc 2 93 16 is_stmt 1 discriminator 57 view .LVU4577
	.loc 2 93 16 discriminator 57 view .LVU4578
	.loc 2 93 16 discriminator 57 view .LVU4579
	movl	%esi, %ecx	# arg, tmp2371
	subq	$8, %rbp	#, sp
.LVL904:
	.loc 2 93 16 discriminator 57 view .LVU4580
.LBE333:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 57 view .LVU4581
	addq	$8, %rbx	#, vpc
.LVL905:
.LBB334:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 57 view .LVU4582
	sarq	%cl, %rax	# tmp2371, a
.LVL906:
	.loc 2 93 16 discriminator 57 view .LVU4583
	movq	%rax, %rsi	# a, arg
.LVL907:
	.loc 2 93 16 discriminator 57 view .LVU4584
.LBE334:
	.loc 2 93 16 is_stmt 1 discriminator 57 view .LVU4585
	.loc 2 93 68 discriminator 57 view .LVU4586
	.loc 2 93 68 discriminator 57 view .LVU4587
	.loc 2 93 68 discriminator 57 view .LVU4588
.LDL145:
	.loc 2 93 68 discriminator 57 view .LVU4589
	.loc 2 93 68 discriminator 57 view .LVU4590
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL908:
	.loc 2 93 68 is_stmt 0 discriminator 57 view .LVU4591
	jmp	*%rax	# gotovar.416_1338
.LVL909:
.L339:
.L340:
	.loc 2 93 68 discriminator 57 view .LVU4592
.LBE480:
.LBB481:
	.loc 2 82 1 is_stmt 1 discriminator 39 view .LVU4593
.LBE481:
	.loc 2 84 1 discriminator 39 view .LVU4594
.LBB482:
	.loc 2 84 1 discriminator 39 view .LVU4595
	.loc 2 84 1 discriminator 39 view .LVU4596
	.loc 2 84 1 discriminator 39 view .LVU4597
	.loc 2 84 1 discriminator 39 view .LVU4598
	.loc 2 84 1 discriminator 39 view .LVU4599
	.loc 2 85 5 discriminator 39 view .LVU4600
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 is_stmt 0 discriminator 39 view .LVU4601
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 discriminator 39 view .LVU4602
	notq	%rsi	# arg
.LVL910:
	.loc 2 86 1 is_stmt 1 discriminator 39 view .LVU4603
	.loc 2 86 1 discriminator 39 view .LVU4604
	.loc 2 86 1 discriminator 39 view .LVU4605
.LDL146:
	.loc 2 86 1 discriminator 39 view .LVU4606
	.loc 2 86 1 discriminator 39 view .LVU4607
	.loc 2 86 1 is_stmt 0 discriminator 39 view .LVU4608
	addq	$8, %rbx	#, vpc
.LVL911:
	.loc 2 86 1 discriminator 39 view .LVU4609
	jmp	*%rax	# gotovar.416_1338
.LVL912:
.L341:
.L342:
	.loc 2 86 1 is_stmt 1 discriminator 57 view .LVU4610
.LBE482:
	.loc 2 88 1 discriminator 57 view .LVU4611
.LBB483:
	.loc 2 88 1 discriminator 57 view .LVU4612
	.loc 2 88 1 discriminator 57 view .LVU4613
	.loc 2 88 1 discriminator 57 view .LVU4614
	.loc 2 88 1 discriminator 57 view .LVU4615
	.loc 2 88 1 discriminator 57 view .LVU4616
	.loc 2 88 16 discriminator 57 view .LVU4617
.LBB469:
	.loc 2 88 16 discriminator 57 view .LVU4618
	.loc 2 88 16 is_stmt 0 discriminator 57 view .LVU4619
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL913:
	.loc 2 88 16 is_stmt 1 discriminator 57 view .LVU4620
	.loc 2 88 16 discriminator 57 view .LVU4621
	.loc 2 88 16 discriminator 57 view .LVU4622
.LBE469:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 is_stmt 0 discriminator 57 view .LVU4623
	addq	$8, %rbx	#, vpc
.LVL914:
.LBB470:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 57 view .LVU4624
	subq	$8, %rbp	#, sp
.LVL915:
	.loc 2 88 16 is_stmt 1 discriminator 57 view .LVU4625
	andq	%rax, %rsi	# a, arg
.LVL916:
	.loc 2 88 16 is_stmt 0 discriminator 57 view .LVU4626
.LBE470:
	.loc 2 88 16 is_stmt 1 discriminator 57 view .LVU4627
	.loc 2 88 32 discriminator 57 view .LVU4628
	.loc 2 88 32 discriminator 57 view .LVU4629
	.loc 2 88 32 discriminator 57 view .LVU4630
.LDL147:
	.loc 2 88 32 discriminator 57 view .LVU4631
	.loc 2 88 32 discriminator 57 view .LVU4632
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL917:
	.loc 2 88 32 is_stmt 0 discriminator 57 view .LVU4633
	jmp	*%rax	# gotovar.416_1338
.LVL918:
.L318:
.L319:
	.loc 2 88 32 discriminator 57 view .LVU4634
.LBE483:
.LBB484:
	.loc 2 49 1 is_stmt 1 discriminator 39 view .LVU4635
.LBE484:
	.loc 2 51 1 discriminator 39 view .LVU4636
.LBB485:
	.loc 2 51 1 discriminator 39 view .LVU4637
	.loc 2 51 1 discriminator 39 view .LVU4638
	.loc 2 51 1 discriminator 39 view .LVU4639
	.loc 2 51 1 discriminator 39 view .LVU4640
	.loc 2 51 1 discriminator 39 view .LVU4641
	.loc 2 52 5 discriminator 39 view .LVU4642
	.loc 2 52 5 discriminator 39 view .LVU4643
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 52 5 discriminator 39 view .LVU4644
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 39 view .LVU4645
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 39 view .LVU4646
	addq	$8, %rbp	#, sp
.LVL919:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 39 view .LVU4647
	addq	$8, %rbx	#, vpc
.LVL920:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 39 view .LVU4648
	movq	-16(%rbp), %rsi	# MEM[(cell *)sp_1608 + -8B], arg
.LVL921:
	.loc 2 52 5 is_stmt 1 discriminator 39 view .LVU4649
	.loc 2 52 5 discriminator 39 view .LVU4650
	.loc 2 53 1 discriminator 39 view .LVU4651
	.loc 2 53 1 discriminator 39 view .LVU4652
	.loc 2 53 1 discriminator 39 view .LVU4653
.LDL148:
	.loc 2 53 1 discriminator 39 view .LVU4654
	.loc 2 53 1 discriminator 39 view .LVU4655
	.loc 2 53 1 is_stmt 0 discriminator 39 view .LVU4656
	jmp	*%rax	# gotovar.416_1338
.LVL922:
.L320:
.L321:
	.loc 2 53 1 is_stmt 1 discriminator 39 view .LVU4657
.LBE485:
	.loc 2 55 1 discriminator 39 view .LVU4658
.LBB486:
	.loc 2 55 1 discriminator 39 view .LVU4659
	.loc 2 55 1 discriminator 39 view .LVU4660
	.loc 2 55 1 discriminator 39 view .LVU4661
	.loc 2 55 1 discriminator 39 view .LVU4662
	.loc 2 55 1 discriminator 39 view .LVU4663
.LBB441:
	.loc 2 56 7 discriminator 39 view .LVU4664
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 39 view .LVU4665
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 discriminator 39 view .LVU4666
	movq	-16(%rbp), %rdx	# MEM[(cell *)sp_1608 + -16B], a
.LVL923:
	.loc 2 56 22 is_stmt 1 discriminator 39 view .LVU4667
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 is_stmt 0 discriminator 39 view .LVU4668
	movq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LBE441:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 39 view .LVU4669
	addq	$8, %rbx	#, vpc
.LVL924:
.LBB442:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 39 view .LVU4670
	movq	%rax, -16(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -16B]
	.loc 2 56 35 is_stmt 1 discriminator 39 view .LVU4671
	.loc 2 56 48 discriminator 39 view .LVU4672
.LVL925:
	.loc 2 56 48 is_stmt 0 discriminator 39 view .LVU4673
.LBE442:
	.loc 2 57 1 is_stmt 1 discriminator 39 view .LVU4674
	.loc 2 57 1 discriminator 39 view .LVU4675
	.loc 2 57 1 discriminator 39 view .LVU4676
.LDL149:
	.loc 2 57 1 discriminator 39 view .LVU4677
	.loc 2 57 1 discriminator 39 view .LVU4678
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL926:
.LBB443:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 is_stmt 0 discriminator 39 view .LVU4679
	movq	%rdx, %rsi	# a, arg
.LVL927:
	.loc 2 56 53 discriminator 39 view .LVU4680
	jmp	*%rax	# gotovar.416_1338
.LVL928:
.L326:
.L327:
	.loc 2 56 53 discriminator 39 view .LVU4681
.LBE443:
.LBE486:
.LBB487:
	.loc 2 64 54 is_stmt 1 discriminator 57 view .LVU4682
.LBE487:
	.loc 2 65 1 discriminator 57 view .LVU4683
.LBB488:
	.loc 2 65 1 discriminator 57 view .LVU4684
	.loc 2 65 1 discriminator 57 view .LVU4685
	.loc 2 65 1 discriminator 57 view .LVU4686
	.loc 2 65 1 discriminator 57 view .LVU4687
	.loc 2 65 1 discriminator 57 view .LVU4688
	.loc 2 65 16 discriminator 57 view .LVU4689
.LBB489:
	.loc 2 65 16 discriminator 57 view .LVU4690
	.loc 2 65 16 is_stmt 0 discriminator 57 view .LVU4691
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL929:
	.loc 2 65 16 is_stmt 1 discriminator 57 view .LVU4692
	.loc 2 65 16 discriminator 57 view .LVU4693
	.loc 2 65 16 discriminator 57 view .LVU4694
.LBE489:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 57 view .LVU4695
	addq	$8, %rbx	#, vpc
.LVL930:
.LBB490:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 57 view .LVU4696
	subq	$8, %rbp	#, sp
.LVL931:
	.loc 2 65 16 is_stmt 1 discriminator 57 view .LVU4697
	imulq	%rax, %rsi	# a, arg
.LVL932:
	.loc 2 65 16 is_stmt 0 discriminator 57 view .LVU4698
.LBE490:
	.loc 2 65 16 is_stmt 1 discriminator 57 view .LVU4699
	.loc 2 65 54 discriminator 57 view .LVU4700
	.loc 2 65 54 discriminator 57 view .LVU4701
	.loc 2 65 54 discriminator 57 view .LVU4702
.LDL150:
	.loc 2 65 54 discriminator 57 view .LVU4703
	.loc 2 65 54 discriminator 57 view .LVU4704
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL933:
	.loc 2 65 54 is_stmt 0 discriminator 57 view .LVU4705
	jmp	*%rax	# gotovar.416_1338
.LVL934:
.L328:
.L329:
	.loc 2 65 54 is_stmt 1 discriminator 39 view .LVU4706
.LBE488:
	.loc 2 67 1 discriminator 39 view .LVU4707
.LBB491:
	.loc 2 67 1 discriminator 39 view .LVU4708
	.loc 2 67 1 discriminator 39 view .LVU4709
	.loc 2 67 1 discriminator 39 view .LVU4710
	.loc 2 67 1 discriminator 39 view .LVU4711
	.loc 2 67 1 discriminator 39 view .LVU4712
	.loc 2 68 5 discriminator 39 view .LVU4713
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 is_stmt 0 discriminator 39 view .LVU4714
	testq	%rsi, %rsi	# arg
	je	.L780	#,
	.loc 2 69 9 is_stmt 1 view .LVU4715
	.loc 2 71 5 view .LVU4716
.LBB384:
	.loc 2 71 5 view .LVU4717
.LVL935:
	.loc 2 71 5 is_stmt 0 view .LVU4718
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], a
.LVL936:
	.loc 2 71 5 is_stmt 1 view .LVU4719
	.loc 2 71 5 view .LVU4720
	.loc 2 71 5 view .LVU4721
	subq	$8, %rbp	#, sp
.LVL937:
	.loc 2 71 5 view .LVU4722
	cmpq	$-1, %rsi	#, arg
	je	.L781	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 14 view .LVU4723
	cqto
.LBE384:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 14 view .LVU4724
	addq	$8, %rbx	#, vpc
.LVL938:
.LBB385:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 14 view .LVU4725
	idivq	%rsi	# arg
.LVL939:
	.loc 2 71 5 discriminator 14 view .LVU4726
	movq	%rax, %rsi	# a, arg
.LVL940:
	.loc 2 71 5 discriminator 14 view .LVU4727
.LBE385:
	.loc 2 71 5 is_stmt 1 discriminator 14 view .LVU4728
	.loc 2 72 1 discriminator 14 view .LVU4729
	.loc 2 72 1 discriminator 14 view .LVU4730
	.loc 2 72 1 discriminator 14 view .LVU4731
	.loc 2 72 1 discriminator 14 view .LVU4732
	.loc 2 72 1 discriminator 14 view .LVU4733
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL941:
	.loc 2 72 1 is_stmt 0 discriminator 14 view .LVU4734
	jmp	*%rax	# gotovar.416_1338
.LVL942:
.L472:
.L473:
	.loc 2 72 1 discriminator 14 view .LVU4735
.LBE491:
.LBB492:
	.loc 2 120 1 is_stmt 1 discriminator 46 view .LVU4736
.LBE492:
	.loc 2 122 1 discriminator 46 view .LVU4737
.LBB493:
	.loc 2 122 1 discriminator 46 view .LVU4738
	.loc 2 122 1 discriminator 46 view .LVU4739
	.loc 2 122 1 discriminator 46 view .LVU4740
	.loc 2 122 1 discriminator 46 view .LVU4741
	.loc 2 122 1 discriminator 46 view .LVU4742
	.loc 2 123 5 discriminator 46 view .LVU4743
.LBB494:
	.loc 2 123 5 discriminator 46 view .LVU4744
	movq	(%rbx), %rdx	# vpc_1607(ab)->count, _1543
	movq	-8(%r9), %rax	# MEM[(uintptr_t *)rsp_1606 + -8B], to_
	leaq	-8(%r9), %rcx	#, rsp
.LVL943:
.LDL151:
	.loc 2 123 5 discriminator 46 view .LVU4745
	.loc 2 123 5 discriminator 46 view .LVU4746
	.loc 2 123 5 discriminator 46 view .LVU4747
	cmpq	%r8, %rdx	# budget, _1543
	jg	.L782	#,
	.loc 2 123 5 discriminator 39 view .LVU4748
	.loc 2 123 5 discriminator 39 view .LVU4749
	addq	-24(%rax), %r8	# MEM[(const union slot *)to__1455 + -24B].count, tmp2283
	leaq	8(%rax), %rbx	#, vpc
.LVL944:
	.loc 2 123 5 is_stmt 0 discriminator 39 view .LVU4750
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	movq	%rcx, %r9	# rsp, rsp
	movq	(%rax), %rax	# to__1455->code, gotovar.416_1338
.LVL945:
	.loc 2 123 5 discriminator 39 view .LVU4751
	subq	%rdx, %r8	# _1543, budget
.LVL946:
	.loc 2 123 5 is_stmt 1 discriminator 39 view .LVU4752
	.loc 2 123 5 discriminator 39 view .LVU4753
	.loc 2 123 5 discriminator 39 view .LVU4754
	.loc 2 123 5 discriminator 39 view .LVU4755
	.loc 2 123 5 discriminator 39 view .LVU4756
	.loc 2 123 5 discriminator 39 view .LVU4757
	.loc 2 123 5 discriminator 39 view .LVU4758
.LVL947:
.LDL152:
	.loc 2 123 5 discriminator 39 view .LVU4759
	.loc 2 123 5 discriminator 39 view .LVU4760
	.loc 2 123 5 is_stmt 0 discriminator 39 view .LVU4761
	jmp	*%rax	# gotovar.416_1338
.LVL948:
.L475:
.L476:
	.loc 2 123 5 discriminator 39 view .LVU4762
.LBE494:
	.loc 2 124 1 is_stmt 1 discriminator 46 view .LVU4763
.LBE493:
	.loc 2 126 1 discriminator 46 view .LVU4764
.LBB497:
	.loc 2 126 1 discriminator 46 view .LVU4765
	.loc 2 126 1 discriminator 46 view .LVU4766
	.loc 2 126 1 discriminator 46 view .LVU4767
	.loc 2 126 1 discriminator 46 view .LVU4768
	.loc 2 126 1 discriminator 46 view .LVU4769
	.loc 2 127 5 discriminator 46 view .LVU4770
	.loc 2 127 5 discriminator 46 view .LVU4771
	cmpq	$65535, %rsi	#, arg
	ja	.L783	#,
	.loc 2 127 5 discriminator 10 view .LVU4772
	.loc 2 127 5 discriminator 10 view .LVU4773
	.loc 2 128 5 discriminator 10 view .LVU4774
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 is_stmt 0 discriminator 10 view .LVU4775
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 10 view .LVU4776
	addq	$8, %rbx	#, vpc
.LVL949:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 10 view .LVU4777
	movq	(%rax,%rsi,8), %rax	# *_1563, tos
.LVL950:
	.loc 2 129 1 is_stmt 1 discriminator 10 view .LVU4778
	.loc 2 129 1 discriminator 10 view .LVU4779
	.loc 2 129 1 discriminator 10 view .LVU4780
	.loc 2 129 1 discriminator 10 view .LVU4781
	.loc 2 129 1 discriminator 10 view .LVU4782
	movq	%rax, 0(%rbp)	# tos, *sp_1608
	.loc 2 129 1 discriminator 10 view .LVU4783
.LVL951:
.LDL153:
	.loc 2 129 1 discriminator 10 view .LVU4784
	.loc 2 129 1 discriminator 10 view .LVU4785
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL952:
	.loc 2 129 1 is_stmt 0 discriminator 10 view .LVU4786
	jmp	*%rax	# gotovar.416_1338
.LVL953:
.L408:
.L409:
	.loc 2 129 1 discriminator 10 view .LVU4787
.LBE497:
.LBB498:
	.loc 2 49 1 is_stmt 1 discriminator 46 view .LVU4788
.LBE498:
	.loc 2 51 1 discriminator 46 view .LVU4789
.LBB500:
	.loc 2 51 1 discriminator 46 view .LVU4790
	.loc 2 51 1 discriminator 46 view .LVU4791
	.loc 2 51 1 discriminator 46 view .LVU4792
	.loc 2 51 1 discriminator 46 view .LVU4793
	.loc 2 51 1 discriminator 46 view .LVU4794
	.loc 2 52 5 discriminator 46 view .LVU4795
	.loc 2 52 5 discriminator 46 view .LVU4796
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 46 view .LVU4797
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 46 view .LVU4798
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 52 5 is_stmt 1 discriminator 46 view .LVU4799
.LVL954:
	.loc 2 52 5 discriminator 46 view .LVU4800
	.loc 2 52 5 discriminator 46 view .LVU4801
	.loc 2 53 1 discriminator 46 view .LVU4802
	.loc 2 53 1 discriminator 46 view .LVU4803
	.loc 2 53 1 discriminator 46 view .LVU4804
	.loc 2 53 1 discriminator 46 view .LVU4805
	.loc 2 53 1 discriminator 46 view .LVU4806
	addq	$8, %rbx	#, vpc
.LVL955:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 is_stmt 0 discriminator 46 view .LVU4807
	addq	$8, %rbp	#, sp
.LVL956:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 discriminator 46 view .LVU4808
	movq	%rax, 0(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + 8B]
	.loc 2 53 1 is_stmt 1 discriminator 46 view .LVU4809
.LVL957:
.LDL154:
	.loc 2 53 1 discriminator 46 view .LVU4810
	.loc 2 53 1 discriminator 46 view .LVU4811
	.loc 2 53 1 is_stmt 0 discriminator 46 view .LVU4812
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL958:
	.loc 2 53 1 discriminator 46 view .LVU4813
	jmp	*%rax	# gotovar.416_1338
.LVL959:
.L478:
.L479:
	.loc 2 53 1 discriminator 46 view .LVU4814
.LBE500:
.LBB501:
	.loc 2 129 1 is_stmt 1 discriminator 46 view .LVU4815
.LBE501:
	.loc 2 131 1 discriminator 46 view .LVU4816
.LBB502:
	.loc 2 131 1 discriminator 46 view .LVU4817
	.loc 2 131 1 discriminator 46 view .LVU4818
	.loc 2 131 1 discriminator 46 view .LVU4819
	.loc 2 131 1 discriminator 46 view .LVU4820
	.loc 2 131 1 discriminator 46 view .LVU4821
	.loc 2 132 5 discriminator 46 view .LVU4822
	.loc 2 132 5 discriminator 46 view .LVU4823
	cmpq	$65535, %rsi	#, arg
	ja	.L784	#,
	.loc 2 132 5 discriminator 10 view .LVU4824
	.loc 2 132 5 discriminator 10 view .LVU4825
	.loc 2 133 5 discriminator 10 view .LVU4826
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 10 view .LVU4827
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], _1578
	movq	65544(%rdi), %rax	# vm_1538(D)->mem, vm_1538(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 10 view .LVU4828
	subq	$16, %rbp	#, sp
.LVL960:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 10 view .LVU4829
	addq	$8, %rbx	#, vpc
.LVL961:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 10 view .LVU4830
	movq	%rdx, (%rax,%rsi,8)	# _1578, *_1577
	.loc 2 134 5 is_stmt 1 discriminator 10 view .LVU4831
.LVL962:
	.loc 2 135 1 discriminator 10 view .LVU4832
	.loc 2 135 1 discriminator 10 view .LVU4833
	.loc 2 135 1 discriminator 10 view .LVU4834
	.loc 2 135 1 discriminator 10 view .LVU4835
	.loc 2 135 1 discriminator 10 view .LVU4836
	.loc 2 135 1 discriminator 10 view .LVU4837
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL963:
.LDL155:
	.loc 2 135 1 discriminator 10 view .LVU4838
	.loc 2 135 1 discriminator 10 view .LVU4839
	.loc 2 135 1 is_stmt 0 discriminator 10 view .LVU4840
	jmp	*%rax	# gotovar.416_1338
.LVL964:
.L481:
.L482:
	.loc 2 135 1 is_stmt 1 discriminator 46 view .LVU4841
.LBE502:
	.loc 2 137 1 discriminator 46 view .LVU4842
.LBB503:
	.loc 2 137 1 discriminator 46 view .LVU4843
	.loc 2 137 1 discriminator 46 view .LVU4844
	.loc 2 137 1 discriminator 46 view .LVU4845
	.loc 2 137 1 discriminator 46 view .LVU4846
	.loc 2 137 1 discriminator 46 view .LVU4847
	.loc 2 138 5 discriminator 46 view .LVU4848
	.loc 2 138 5 discriminator 46 view .LVU4849
	leaq	-8(%rbx), %rax	#, tmp2298
	subq	%r14, %rax	# slots, tmp2299
	sarq	$3, %rax	#, tmp2301
	leaq	0(%r13,%rax,4), %r12	#, _1591
	movl	(%r12), %eax	# *_1591,
	movq	%rax, %rcx	#,
	cmpq	%r8, %rax	# budget, pretmp_2342
	jge	.L785	#,
	.loc 2 138 5 is_stmt 0 discriminator 46 view .LVU4850
	movq	%r10, 24(%rsp)	# rsp, %sfp
	movq	%r9, 16(%rsp)	# rsp, %sfp
	movq	%r8, 8(%rsp)	# budget, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 10 view .LVU4851
	.loc 2 138 5 discriminator 10 view .LVU4852
	.loc 2 139 5 discriminator 10 view .LVU4853
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 10 view .LVU4854
	movq	%rdi, (%rsp)	# vm, %sfp
	call	vm_print	#
.LVL965:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 10 view .LVU4855
	movq	(%rsp), %rdi	# %sfp, vm
	movq	8(%rsp), %r8	# %sfp, budget
	testl	%eax, %eax	# tmp2316
	movq	16(%rsp), %r9	# %sfp, rsp
	movq	24(%rsp), %r10	# %sfp, rsp
	jne	.L786	#,
	.loc 2 140 9 is_stmt 1 view .LVU4856
	.loc 2 141 5 view .LVU4857
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 2 142 1 is_stmt 0 view .LVU4858
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
# ./isa/ops.inc:141:     DROP(1);
	.loc 2 141 5 view .LVU4859
	subq	$8, %rbp	#, sp
.LVL966:
	.loc 2 142 1 is_stmt 1 view .LVU4860
	.loc 2 142 1 view .LVU4861
	.loc 2 142 1 view .LVU4862
	.loc 2 142 1 view .LVU4863
	.loc 2 142 1 view .LVU4864
	.loc 2 142 1 view .LVU4865
	addq	$8, %rbx	#, vpc
.LVL967:
	.loc 2 142 1 is_stmt 0 view .LVU4866
.LVL968:
.LDL156:
	.loc 2 142 1 is_stmt 1 view .LVU4867
	.loc 2 142 1 view .LVU4868
	.loc 2 142 1 is_stmt 0 view .LVU4869
	jmp	*%rax	# gotovar.416_1338
.LVL969:
.L429:
.L430:
	.loc 2 142 1 view .LVU4870
.LBE503:
.LBB504:
	.loc 2 82 1 is_stmt 1 discriminator 46 view .LVU4871
.LBE504:
	.loc 2 84 1 discriminator 46 view .LVU4872
.LBB505:
	.loc 2 84 1 discriminator 46 view .LVU4873
	.loc 2 84 1 discriminator 46 view .LVU4874
	.loc 2 84 1 discriminator 46 view .LVU4875
	.loc 2 84 1 discriminator 46 view .LVU4876
	.loc 2 84 1 discriminator 46 view .LVU4877
	.loc 2 85 5 discriminator 46 view .LVU4878
	.loc 2 86 1 discriminator 46 view .LVU4879
	.loc 2 86 1 discriminator 46 view .LVU4880
	.loc 2 86 1 discriminator 46 view .LVU4881
	.loc 2 86 1 discriminator 46 view .LVU4882
	.loc 2 86 1 discriminator 46 view .LVU4883
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 is_stmt 0 discriminator 46 view .LVU4884
	notq	%rsi	# tmp2206
.LVL970:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 2 86 1 discriminator 46 view .LVU4885
	addq	$8, %rbx	#, vpc
.LVL971:
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 10 discriminator 46 view .LVU4886
	movq	%rsi, 0(%rbp)	# tmp2206, *sp_1608
	.loc 2 86 1 is_stmt 1 discriminator 46 view .LVU4887
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL972:
.LDL157:
	.loc 2 86 1 discriminator 46 view .LVU4888
	.loc 2 86 1 discriminator 46 view .LVU4889
	.loc 2 86 1 is_stmt 0 discriminator 46 view .LVU4890
	jmp	*%rax	# gotovar.416_1338
.LVL973:
.L431:
.L432:
	.loc 2 86 1 is_stmt 1 discriminator 70 view .LVU4891
.LBE505:
	.loc 2 88 1 discriminator 70 view .LVU4892
.LBB506:
	.loc 2 88 1 discriminator 70 view .LVU4893
	.loc 2 88 1 discriminator 70 view .LVU4894
	.loc 2 88 1 discriminator 70 view .LVU4895
	.loc 2 88 1 discriminator 70 view .LVU4896
	.loc 2 88 1 discriminator 70 view .LVU4897
	.loc 2 88 16 discriminator 70 view .LVU4898
.LBB507:
	.loc 2 88 16 discriminator 70 view .LVU4899
	.loc 2 88 16 discriminator 70 view .LVU4900
	.loc 2 88 16 discriminator 70 view .LVU4901
	.loc 2 88 16 discriminator 70 view .LVU4902
	.loc 2 88 16 discriminator 70 view .LVU4903
	.loc 2 88 16 is_stmt 0 discriminator 70 view .LVU4904
.LBE507:
	.loc 2 88 16 is_stmt 1 discriminator 70 view .LVU4905
	.loc 2 88 32 discriminator 70 view .LVU4906
	.loc 2 88 32 discriminator 70 view .LVU4907
	.loc 2 88 32 discriminator 70 view .LVU4908
	.loc 2 88 32 discriminator 70 view .LVU4909
	.loc 2 88 32 discriminator 70 view .LVU4910
.LBB508:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 70 view .LVU4911
	andq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LVL974:
	.loc 2 88 16 discriminator 70 view .LVU4912
.LBE508:
	.loc 2 88 32 is_stmt 1 discriminator 70 view .LVU4913
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB509:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 is_stmt 0 discriminator 70 view .LVU4914
	subq	$8, %rbp	#, sp
.LVL975:
	.loc 2 88 16 discriminator 70 view .LVU4915
.LBE509:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 discriminator 70 view .LVU4916
	addq	$8, %rbx	#, vpc
.LVL976:
	.loc 2 88 32 discriminator 70 view .LVU4917
.LVL977:
.LDL158:
	.loc 2 88 32 is_stmt 1 discriminator 70 view .LVU4918
	.loc 2 88 32 discriminator 70 view .LVU4919
	.loc 2 88 32 is_stmt 0 discriminator 70 view .LVU4920
	jmp	*%rax	# gotovar.416_1338
.LVL978:
.L404:
.L405:
	.loc 2 88 32 discriminator 70 view .LVU4921
.LBE506:
.LBB510:
	.loc 2 41 1 is_stmt 1 discriminator 46 view .LVU4922
.LBE510:
	.loc 2 43 1 discriminator 46 view .LVU4923
.LBB511:
	.loc 2 43 1 discriminator 46 view .LVU4924
	.loc 2 43 1 discriminator 46 view .LVU4925
	.loc 2 43 1 discriminator 46 view .LVU4926
	.loc 2 43 1 discriminator 46 view .LVU4927
	.loc 2 43 1 discriminator 46 view .LVU4928
	.loc 2 44 5 discriminator 46 view .LVU4929
	.loc 2 44 5 discriminator 46 view .LVU4930
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 44 5 discriminator 46 view .LVU4931
.LVL979:
	.loc 2 44 5 discriminator 46 view .LVU4932
	.loc 2 44 5 discriminator 46 view .LVU4933
	.loc 2 45 1 discriminator 46 view .LVU4934
	.loc 2 45 1 discriminator 46 view .LVU4935
	.loc 2 45 1 discriminator 46 view .LVU4936
	.loc 2 45 1 discriminator 46 view .LVU4937
	.loc 2 45 1 discriminator 46 view .LVU4938
	addq	$8, %rbx	#, vpc
.LVL980:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 is_stmt 0 discriminator 46 view .LVU4939
	addq	$8, %rbp	#, sp
.LVL981:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 discriminator 46 view .LVU4940
	movq	%rsi, 0(%rbp)	# arg, MEM[(cell *)sp_1608 + 8B]
	.loc 2 45 1 is_stmt 1 discriminator 46 view .LVU4941
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL982:
.LDL159:
	.loc 2 45 1 discriminator 46 view .LVU4942
	.loc 2 45 1 discriminator 46 view .LVU4943
	.loc 2 45 1 is_stmt 0 discriminator 46 view .LVU4944
	jmp	*%rax	# gotovar.416_1338
.LVL983:
.L406:
.L407:
	.loc 2 45 1 is_stmt 1 discriminator 46 view .LVU4945
.LBE511:
	.loc 2 47 1 discriminator 46 view .LVU4946
.LBB512:
	.loc 2 47 1 discriminator 46 view .LVU4947
	.loc 2 47 1 discriminator 46 view .LVU4948
	.loc 2 47 1 discriminator 46 view .LVU4949
	.loc 2 47 1 discriminator 46 view .LVU4950
	.loc 2 47 1 discriminator 46 view .LVU4951
.LBB499:
	.loc 2 48 7 discriminator 46 view .LVU4952
	.loc 2 48 22 discriminator 46 view .LVU4953
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 46 view .LVU4954
	movq	-8(%rbp), %rax	# MEM[(cell *)sp_1608 + -8B], tos
.LVL984:
	.loc 2 48 35 is_stmt 1 discriminator 46 view .LVU4955
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 46 view .LVU4956
	movq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LBE499:
	.loc 2 49 1 is_stmt 1 discriminator 46 view .LVU4957
	.loc 2 49 1 discriminator 46 view .LVU4958
	.loc 2 49 1 discriminator 46 view .LVU4959
	.loc 2 49 1 discriminator 46 view .LVU4960
	.loc 2 49 1 discriminator 46 view .LVU4961
	addq	$8, %rbx	#, vpc
.LVL985:
	.loc 2 49 1 is_stmt 0 discriminator 46 view .LVU4962
.LVL986:
	.loc 2 49 1 discriminator 46 view .LVU4963
	movq	%rax, 0(%rbp)	# tos, *sp_1608
	.loc 2 49 1 is_stmt 1 discriminator 46 view .LVU4964
.LVL987:
.LDL160:
	.loc 2 49 1 discriminator 46 view .LVU4965
	.loc 2 49 1 discriminator 46 view .LVU4966
	.loc 2 49 1 is_stmt 0 discriminator 46 view .LVU4967
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL988:
	.loc 2 49 1 discriminator 46 view .LVU4968
	jmp	*%rax	# gotovar.416_1338
.LVL989:
.L412:
.L413:
	.loc 2 49 1 discriminator 46 view .LVU4969
.LBE512:
.LBB513:
	.loc 2 57 1 is_stmt 1 discriminator 70 view .LVU4970
.LBE513:
	.loc 2 63 1 discriminator 70 view .LVU4971
.LBB516:
	.loc 2 63 1 discriminator 70 view .LVU4972
	.loc 2 63 1 discriminator 70 view .LVU4973
	.loc 2 63 1 discriminator 70 view .LVU4974
	.loc 2 63 1 discriminator 70 view .LVU4975
	.loc 2 63 1 discriminator 70 view .LVU4976
	.loc 2 63 16 discriminator 70 view .LVU4977
.LBB517:
	.loc 2 63 16 discriminator 70 view .LVU4978
	.loc 2 63 16 discriminator 70 view .LVU4979
	.loc 2 63 16 discriminator 70 view .LVU4980
	.loc 2 63 16 discriminator 70 view .LVU4981
	.loc 2 63 16 discriminator 70 view .LVU4982
	.loc 2 63 16 is_stmt 0 discriminator 70 view .LVU4983
.LBE517:
	.loc 2 63 16 is_stmt 1 discriminator 70 view .LVU4984
	.loc 2 63 54 discriminator 70 view .LVU4985
	.loc 2 63 54 discriminator 70 view .LVU4986
	.loc 2 63 54 discriminator 70 view .LVU4987
	.loc 2 63 54 discriminator 70 view .LVU4988
	.loc 2 63 54 discriminator 70 view .LVU4989
	addq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LVL990:
	.loc 2 63 54 discriminator 70 view .LVU4990
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB518:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 is_stmt 0 discriminator 70 view .LVU4991
	subq	$8, %rbp	#, sp
.LVL991:
	.loc 2 63 16 discriminator 70 view .LVU4992
.LBE518:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 discriminator 70 view .LVU4993
	addq	$8, %rbx	#, vpc
.LVL992:
	.loc 2 63 54 discriminator 70 view .LVU4994
.LVL993:
.LDL161:
	.loc 2 63 54 is_stmt 1 discriminator 70 view .LVU4995
	.loc 2 63 54 discriminator 70 view .LVU4996
	.loc 2 63 54 is_stmt 0 discriminator 70 view .LVU4997
	jmp	*%rax	# gotovar.416_1338
.LVL994:
.L414:
.L415:
	.loc 2 63 54 is_stmt 1 discriminator 70 view .LVU4998
.LBE516:
	.loc 2 64 1 discriminator 70 view .LVU4999
.LBB519:
	.loc 2 64 1 discriminator 70 view .LVU5000
	.loc 2 64 1 discriminator 70 view .LVU5001
	.loc 2 64 1 discriminator 70 view .LVU5002
	.loc 2 64 1 discriminator 70 view .LVU5003
	.loc 2 64 1 discriminator 70 view .LVU5004
	.loc 2 64 16 discriminator 70 view .LVU5005
.LBB451:
	.loc 2 64 16 discriminator 70 view .LVU5006
	.loc 2 64 16 discriminator 70 view .LVU5007
	.loc 2 64 16 discriminator 70 view .LVU5008
	.loc 2 64 16 discriminator 70 view .LVU5009
	.loc 2 64 16 discriminator 70 view .LVU5010
	.loc 2 64 16 is_stmt 0 discriminator 70 view .LVU5011
.LBE451:
	.loc 2 64 16 is_stmt 1 discriminator 70 view .LVU5012
	.loc 2 64 54 discriminator 70 view .LVU5013
	.loc 2 64 54 discriminator 70 view .LVU5014
	.loc 2 64 54 discriminator 70 view .LVU5015
	.loc 2 64 54 discriminator 70 view .LVU5016
	.loc 2 64 54 discriminator 70 view .LVU5017
	subq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LVL995:
	.loc 2 64 54 discriminator 70 view .LVU5018
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB452:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 is_stmt 0 discriminator 70 view .LVU5019
	subq	$8, %rbp	#, sp
.LVL996:
	.loc 2 64 16 discriminator 70 view .LVU5020
.LBE452:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 discriminator 70 view .LVU5021
	addq	$8, %rbx	#, vpc
.LVL997:
	.loc 2 64 54 discriminator 70 view .LVU5022
.LVL998:
.LDL162:
	.loc 2 64 54 is_stmt 1 discriminator 70 view .LVU5023
	.loc 2 64 54 discriminator 70 view .LVU5024
	.loc 2 64 54 is_stmt 0 discriminator 70 view .LVU5025
	jmp	*%rax	# gotovar.416_1338
.LVL999:
.L410:
.L411:
	.loc 2 64 54 discriminator 70 view .LVU5026
.LBE519:
.LBB520:
	.loc 2 53 1 is_stmt 1 discriminator 46 view .LVU5027
.LBE520:
	.loc 2 55 1 discriminator 46 view .LVU5028
.LBB521:
	.loc 2 55 1 discriminator 46 view .LVU5029
	.loc 2 55 1 discriminator 46 view .LVU5030
	.loc 2 55 1 discriminator 46 view .LVU5031
	.loc 2 55 1 discriminator 46 view .LVU5032
	.loc 2 55 1 discriminator 46 view .LVU5033
.LBB514:
	.loc 2 56 7 discriminator 46 view .LVU5034
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 is_stmt 0 discriminator 46 view .LVU5035
	movq	-16(%rbp), %rax	# MEM[(cell *)sp_1608 + -16B], a
.LVL1000:
	.loc 2 56 22 is_stmt 1 discriminator 46 view .LVU5036
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 46 view .LVU5037
	movq	-8(%rbp), %rdx	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 discriminator 46 view .LVU5038
	movq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LBE514:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 discriminator 46 view .LVU5039
	addq	$8, %rbx	#, vpc
.LVL1001:
	.loc 2 57 1 discriminator 46 view .LVU5040
.LBB515:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 46 view .LVU5041
	movq	%rdx, -16(%rbp)	# MEM[(cell *)sp_1608 + -8B], MEM[(cell *)sp_1608 + -16B]
	.loc 2 56 35 is_stmt 1 discriminator 46 view .LVU5042
	.loc 2 56 48 discriminator 46 view .LVU5043
.LVL1002:
	.loc 2 56 48 is_stmt 0 discriminator 46 view .LVU5044
.LBE515:
	.loc 2 57 1 is_stmt 1 discriminator 46 view .LVU5045
	.loc 2 57 1 discriminator 46 view .LVU5046
	.loc 2 57 1 discriminator 46 view .LVU5047
	.loc 2 57 1 discriminator 46 view .LVU5048
	.loc 2 57 1 discriminator 46 view .LVU5049
	movq	%rax, 0(%rbp)	# a, *sp_1608
	.loc 2 57 1 discriminator 46 view .LVU5050
.LVL1003:
.LDL163:
	.loc 2 57 1 discriminator 46 view .LVU5051
	.loc 2 57 1 discriminator 46 view .LVU5052
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1004:
	.loc 2 57 1 is_stmt 0 discriminator 46 view .LVU5053
	jmp	*%rax	# gotovar.416_1338
.LVL1005:
.L433:
.L434:
	.loc 2 57 1 discriminator 46 view .LVU5054
.LBE521:
.LBB522:
	.loc 2 88 32 is_stmt 1 discriminator 70 view .LVU5055
.LBE522:
	.loc 2 89 1 discriminator 70 view .LVU5056
.LBB523:
	.loc 2 89 1 discriminator 70 view .LVU5057
	.loc 2 89 1 discriminator 70 view .LVU5058
	.loc 2 89 1 discriminator 70 view .LVU5059
	.loc 2 89 1 discriminator 70 view .LVU5060
	.loc 2 89 1 discriminator 70 view .LVU5061
	.loc 2 89 16 discriminator 70 view .LVU5062
.LBB524:
	.loc 2 89 16 discriminator 70 view .LVU5063
	.loc 2 89 16 discriminator 70 view .LVU5064
	.loc 2 89 16 discriminator 70 view .LVU5065
	.loc 2 89 16 discriminator 70 view .LVU5066
	.loc 2 89 16 discriminator 70 view .LVU5067
	.loc 2 89 16 is_stmt 0 discriminator 70 view .LVU5068
.LBE524:
	.loc 2 89 16 is_stmt 1 discriminator 70 view .LVU5069
	.loc 2 89 32 discriminator 70 view .LVU5070
	.loc 2 89 32 discriminator 70 view .LVU5071
	.loc 2 89 32 discriminator 70 view .LVU5072
	.loc 2 89 32 discriminator 70 view .LVU5073
	.loc 2 89 32 discriminator 70 view .LVU5074
.LBB525:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 70 view .LVU5075
	orq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LVL1006:
	.loc 2 89 16 discriminator 70 view .LVU5076
.LBE525:
	.loc 2 89 32 is_stmt 1 discriminator 70 view .LVU5077
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB526:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 is_stmt 0 discriminator 70 view .LVU5078
	subq	$8, %rbp	#, sp
.LVL1007:
	.loc 2 89 16 discriminator 70 view .LVU5079
.LBE526:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 discriminator 70 view .LVU5080
	addq	$8, %rbx	#, vpc
.LVL1008:
	.loc 2 89 32 discriminator 70 view .LVU5081
.LVL1009:
.LDL164:
	.loc 2 89 32 is_stmt 1 discriminator 70 view .LVU5082
	.loc 2 89 32 discriminator 70 view .LVU5083
	.loc 2 89 32 is_stmt 0 discriminator 70 view .LVU5084
	jmp	*%rax	# gotovar.416_1338
.LVL1010:
.L435:
.L436:
	.loc 2 89 32 is_stmt 1 discriminator 70 view .LVU5085
.LBE523:
	.loc 2 90 1 discriminator 70 view .LVU5086
.LBB527:
	.loc 2 90 1 discriminator 70 view .LVU5087
	.loc 2 90 1 discriminator 70 view .LVU5088
	.loc 2 90 1 discriminator 70 view .LVU5089
	.loc 2 90 1 discriminator 70 view .LVU5090
	.loc 2 90 1 discriminator 70 view .LVU5091
	.loc 2 90 16 discriminator 70 view .LVU5092
.LBB406:
	.loc 2 90 16 discriminator 70 view .LVU5093
	.loc 2 90 16 discriminator 70 view .LVU5094
	.loc 2 90 16 discriminator 70 view .LVU5095
	.loc 2 90 16 discriminator 70 view .LVU5096
	.loc 2 90 16 discriminator 70 view .LVU5097
	.loc 2 90 16 is_stmt 0 discriminator 70 view .LVU5098
.LBE406:
	.loc 2 90 16 is_stmt 1 discriminator 70 view .LVU5099
	.loc 2 90 32 discriminator 70 view .LVU5100
	.loc 2 90 32 discriminator 70 view .LVU5101
	.loc 2 90 32 discriminator 70 view .LVU5102
	.loc 2 90 32 discriminator 70 view .LVU5103
	.loc 2 90 32 discriminator 70 view .LVU5104
.LBB407:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 70 view .LVU5105
	xorq	%rsi, -8(%rbp)	# arg, MEM[(cell *)sp_1608 + -8B]
.LVL1011:
	.loc 2 90 16 discriminator 70 view .LVU5106
.LBE407:
	.loc 2 90 32 is_stmt 1 discriminator 70 view .LVU5107
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB408:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 is_stmt 0 discriminator 70 view .LVU5108
	subq	$8, %rbp	#, sp
.LVL1012:
	.loc 2 90 16 discriminator 70 view .LVU5109
.LBE408:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 discriminator 70 view .LVU5110
	addq	$8, %rbx	#, vpc
.LVL1013:
	.loc 2 90 32 discriminator 70 view .LVU5111
.LVL1014:
.LDL165:
	.loc 2 90 32 is_stmt 1 discriminator 70 view .LVU5112
	.loc 2 90 32 discriminator 70 view .LVU5113
	.loc 2 90 32 is_stmt 0 discriminator 70 view .LVU5114
	jmp	*%rax	# gotovar.416_1338
.LVL1015:
.L194:
	.loc 2 90 32 discriminator 70 view .LVU5115
.LBE527:
.LBB528:
	.loc 2 114 9 is_stmt 1 view .LVU5116
	.loc 2 114 9 view .LVU5117
	.loc 2 114 9 view .LVU5118
	.loc 2 115 1 view .LVU5119
	.loc 2 115 1 view .LVU5120
	.loc 2 115 1 view .LVU5121
	.loc 2 115 1 view .LVU5122
	.loc 2 115 1 view .LVU5123
	.loc 2 115 1 view .LVU5124
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LVL1016:
	.loc 2 115 1 is_stmt 0 view .LVU5125
	addq	$32, %rbx	#, vpc
.LVL1017:
	.loc 2 115 1 view .LVU5126
.LVL1018:
.LDL166:
	.loc 2 115 1 is_stmt 1 view .LVU5127
	.loc 2 115 1 view .LVU5128
	.loc 2 115 1 is_stmt 0 view .LVU5129
	jmp	*%rax	# gotovar.416_1338
.LVL1019:
.L279:
	.loc 2 115 1 view .LVU5130
.LBE528:
.LBB529:
	.loc 2 109 9 is_stmt 1 view .LVU5131
	.loc 2 109 9 view .LVU5132
	.loc 2 109 9 view .LVU5133
	.loc 2 110 1 view .LVU5134
	.loc 2 110 1 view .LVU5135
	.loc 2 110 1 view .LVU5136
.LDL167:
	.loc 2 110 1 view .LVU5137
	.loc 2 110 1 view .LVU5138
	.loc 2 110 1 is_stmt 0 view .LVU5139
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LBB292:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 view .LVU5140
	movq	%rdx, %rbp	# sp, sp
.LVL1020:
	.loc 2 108 9 view .LVU5141
.LBE292:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU5142
	addq	$32, %rbx	#, vpc
.LVL1021:
	.loc 2 110 1 view .LVU5143
	jmp	*%rax	# gotovar.416_1338
.LVL1022:
.L284:
	.loc 2 110 1 view .LVU5144
.LBE529:
.LBB530:
	.loc 2 114 9 is_stmt 1 view .LVU5145
	.loc 2 114 9 view .LVU5146
	.loc 2 114 9 view .LVU5147
	.loc 2 115 1 view .LVU5148
	.loc 2 115 1 view .LVU5149
	.loc 2 115 1 view .LVU5150
.LDL168:
	.loc 2 115 1 view .LVU5151
	.loc 2 115 1 view .LVU5152
	.loc 2 115 1 is_stmt 0 view .LVU5153
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LBB304:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 9 view .LVU5154
	movq	%rdx, %rbp	# sp, sp
.LVL1023:
	.loc 2 113 9 view .LVU5155
.LBE304:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU5156
	addq	$32, %rbx	#, vpc
.LVL1024:
	.loc 2 115 1 view .LVU5157
	jmp	*%rax	# gotovar.416_1338
.LVL1025:
.L459:
	.loc 2 115 1 view .LVU5158
.LBE530:
.LBB531:
	.loc 2 109 9 is_stmt 1 view .LVU5159
	.loc 2 109 9 view .LVU5160
	.loc 2 109 9 view .LVU5161
	.loc 2 110 1 view .LVU5162
	.loc 2 110 1 view .LVU5163
	.loc 2 110 1 view .LVU5164
	.loc 2 110 1 view .LVU5165
	.loc 2 110 1 view .LVU5166
	.loc 2 110 1 view .LVU5167
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
	addq	$32, %rbx	#, vpc
.LVL1026:
	.loc 2 110 1 is_stmt 0 view .LVU5168
.LVL1027:
.LDL169:
	.loc 2 110 1 is_stmt 1 view .LVU5169
	.loc 2 110 1 view .LVU5170
	.loc 2 110 1 is_stmt 0 view .LVU5171
	jmp	*%rax	# gotovar.416_1338
.LVL1028:
.L464:
	.loc 2 110 1 view .LVU5172
.LBE531:
.LBB532:
	.loc 2 114 9 is_stmt 1 view .LVU5173
	.loc 2 114 9 view .LVU5174
	.loc 2 114 9 view .LVU5175
	.loc 2 115 1 view .LVU5176
	.loc 2 115 1 view .LVU5177
	.loc 2 115 1 view .LVU5178
	.loc 2 115 1 view .LVU5179
	.loc 2 115 1 view .LVU5180
	.loc 2 115 1 view .LVU5181
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
	addq	$32, %rbx	#, vpc
.LVL1029:
	.loc 2 115 1 is_stmt 0 view .LVU5182
.LVL1030:
.LDL170:
	.loc 2 115 1 is_stmt 1 view .LVU5183
	.loc 2 115 1 view .LVU5184
	.loc 2 115 1 is_stmt 0 view .LVU5185
	jmp	*%rax	# gotovar.416_1338
.LVL1031:
.L369:
	.loc 2 115 1 view .LVU5186
.LBE532:
.LBB533:
	.loc 2 109 9 is_stmt 1 view .LVU5187
	.loc 2 109 9 view .LVU5188
	.loc 2 109 9 view .LVU5189
	.loc 2 110 1 view .LVU5190
	.loc 2 110 1 view .LVU5191
	.loc 2 110 1 view .LVU5192
.LDL171:
	.loc 2 110 1 view .LVU5193
	.loc 2 110 1 view .LVU5194
	.loc 2 110 1 is_stmt 0 view .LVU5195
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LBB363:
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 9 view .LVU5196
	movq	%rcx, %rsi	# tos, arg
.LVL1032:
	.loc 2 108 9 view .LVU5197
	movq	%rdx, %rbp	# sp, sp
.LBE363:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 2 110 1 view .LVU5198
	addq	$32, %rbx	#, vpc
.LVL1033:
	.loc 2 110 1 view .LVU5199
	jmp	*%rax	# gotovar.416_1338
.LVL1034:
.L374:
	.loc 2 110 1 view .LVU5200
.LBE533:
.LBB534:
	.loc 2 114 9 is_stmt 1 view .LVU5201
	.loc 2 114 9 view .LVU5202
	.loc 2 114 9 view .LVU5203
	.loc 2 115 1 view .LVU5204
	.loc 2 115 1 view .LVU5205
	.loc 2 115 1 view .LVU5206
.LDL172:
	.loc 2 115 1 view .LVU5207
	.loc 2 115 1 view .LVU5208
	.loc 2 115 1 is_stmt 0 view .LVU5209
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LBB367:
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 9 view .LVU5210
	movq	%rcx, %rsi	# tos, arg
.LVL1035:
	.loc 2 113 9 view .LVU5211
	movq	%rdx, %rbp	# sp, sp
.LBE367:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 2 115 1 view .LVU5212
	addq	$32, %rbx	#, vpc
.LVL1036:
	.loc 2 115 1 view .LVU5213
	jmp	*%rax	# gotovar.416_1338
.LVL1037:
.L189:
	.loc 2 115 1 view .LVU5214
.LBE534:
.LBB535:
	.loc 2 109 9 is_stmt 1 view .LVU5215
	.loc 2 109 9 view .LVU5216
	.loc 2 109 9 view .LVU5217
	.loc 2 110 1 view .LVU5218
	.loc 2 110 1 view .LVU5219
	.loc 2 110 1 view .LVU5220
	.loc 2 110 1 view .LVU5221
	.loc 2 110 1 view .LVU5222
	.loc 2 110 1 view .LVU5223
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
	addq	$32, %rbx	#, vpc
.LVL1038:
	.loc 2 110 1 is_stmt 0 view .LVU5224
.LVL1039:
.LDL173:
	.loc 2 110 1 is_stmt 1 view .LVU5225
	.loc 2 110 1 view .LVU5226
	.loc 2 110 1 is_stmt 0 view .LVU5227
	jmp	*%rax	# gotovar.416_1338
.LVL1040:
.L95:
	.loc 2 110 1 view .LVU5228
.LBE535:
.LBB536:
	.loc 2 109 9 is_stmt 1 view .LVU5229
	.loc 2 109 9 view .LVU5230
	.loc 2 109 9 view .LVU5231
	.loc 2 110 1 view .LVU5232
	.loc 2 110 1 view .LVU5233
	.loc 2 110 1 view .LVU5234
	.loc 2 110 1 view .LVU5235
	.loc 2 110 1 view .LVU5236
	.loc 2 110 1 view .LVU5237
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
	addq	$32, %rbx	#, vpc
.LVL1041:
	.loc 2 110 1 is_stmt 0 view .LVU5238
.LVL1042:
.LDL174:
	.loc 2 110 1 is_stmt 1 view .LVU5239
	.loc 2 110 1 view .LVU5240
	.loc 2 110 1 is_stmt 0 view .LVU5241
	jmp	*%rax	# gotovar.416_1338
.LVL1043:
.L101:
	.loc 2 110 1 view .LVU5242
.LBE536:
.LBB537:
	.loc 2 114 9 is_stmt 1 view .LVU5243
	.loc 2 114 9 view .LVU5244
	.loc 2 114 9 view .LVU5245
	.loc 2 115 1 view .LVU5246
	.loc 2 115 1 view .LVU5247
	.loc 2 115 1 view .LVU5248
	.loc 2 115 1 view .LVU5249
	.loc 2 115 1 view .LVU5250
	.loc 2 115 1 view .LVU5251
	movq	24(%rbx), %rax	# MEM[(const union slot *)vpc_1607(ab) + 24B].code, gotovar.416_1338
.LVL1044:
	.loc 2 115 1 is_stmt 0 view .LVU5252
	addq	$32, %rbx	#, vpc
.LVL1045:
	.loc 2 115 1 view .LVU5253
.LVL1046:
.LDL175:
	.loc 2 115 1 is_stmt 1 view .LVU5254
	.loc 2 115 1 view .LVU5255
	.loc 2 115 1 is_stmt 0 view .LVU5256
	jmp	*%rax	# gotovar.416_1338
.LVL1047:
.L491:
	.loc 2 115 1 view .LVU5257
.LBE537:
.LBB538:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU5258
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB392:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 view .LVU5259
	xorl	%esi, %esi	# arg
.LVL1048:
	.loc 2 77 5 view .LVU5260
.LBE392:
	.loc 2 77 5 is_stmt 1 view .LVU5261
	.loc 2 78 1 view .LVU5262
	.loc 2 78 1 view .LVU5263
	.loc 2 78 1 view .LVU5264
	.loc 2 78 1 view .LVU5265
	.loc 2 78 1 view .LVU5266
.LBB393:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 view .LVU5267
	movq	%rcx, %rbp	# sp, sp
.LBE393:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU5268
	addq	$8, %rbx	#, vpc
.LVL1049:
	.loc 2 78 1 view .LVU5269
	jmp	*%rax	# gotovar.416_1338
.LVL1050:
.L781:
	.loc 2 78 1 view .LVU5270
.LBE538:
.LBB539:
.LBB386:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 13 view .LVU5271
	negq	%rax	# a
.LVL1051:
	.loc 2 71 5 discriminator 13 view .LVU5272
.LBE386:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 13 view .LVU5273
	addq	$8, %rbx	#, vpc
.LVL1052:
.LBB387:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 13 view .LVU5274
	movq	%rax, %rsi	# a, arg
.LVL1053:
	.loc 2 71 5 discriminator 13 view .LVU5275
.LBE387:
	.loc 2 71 5 is_stmt 1 discriminator 13 view .LVU5276
	.loc 2 72 1 discriminator 13 view .LVU5277
	.loc 2 72 1 discriminator 13 view .LVU5278
	.loc 2 72 1 discriminator 13 view .LVU5279
	.loc 2 72 1 discriminator 13 view .LVU5280
	.loc 2 72 1 discriminator 13 view .LVU5281
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1054:
	.loc 2 72 1 is_stmt 0 discriminator 13 view .LVU5282
	jmp	*%rax	# gotovar.416_1338
.LVL1055:
.L778:
	.loc 2 72 1 discriminator 13 view .LVU5283
.LBE539:
.LBB540:
.LBB460:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 17 view .LVU5284
	negq	%rax	# iftmp.353_1102
.LVL1056:
	.loc 2 71 5 discriminator 17 view .LVU5285
.LBE460:
	.loc 2 71 5 is_stmt 1 discriminator 17 view .LVU5286
	.loc 2 72 1 discriminator 17 view .LVU5287
	.loc 2 72 1 discriminator 17 view .LVU5288
	.loc 2 72 1 discriminator 17 view .LVU5289
	.loc 2 72 1 discriminator 17 view .LVU5290
	.loc 2 72 1 discriminator 17 view .LVU5291
	addq	$8, %rbx	#, vpc
.LVL1057:
	.loc 2 72 1 is_stmt 0 discriminator 17 view .LVU5292
	movq	%rax, -8(%rbp)	# iftmp.353_1102, MEM[(cell *)sp_1608 + -8B]
.LVL1058:
	.loc 2 72 1 is_stmt 1 discriminator 17 view .LVU5293
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1059:
.LBB461:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 17 view .LVU5294
	movq	%rcx, %rbp	# sp, sp
.LVL1060:
	.loc 2 71 5 discriminator 17 view .LVU5295
.LBE461:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 17 view .LVU5296
.LVL1061:
	.loc 2 72 1 is_stmt 1 discriminator 17 view .LVU5297
	.loc 2 72 1 discriminator 17 view .LVU5298
	.loc 2 72 1 is_stmt 0 discriminator 17 view .LVU5299
	jmp	*%rax	# gotovar.416_1338
.LVL1062:
.L426:
	.loc 2 72 1 discriminator 17 view .LVU5300
.LBE540:
.LBB541:
	.loc 2 77 5 is_stmt 1 discriminator 20 view .LVU5301
	.loc 2 78 1 discriminator 20 view .LVU5302
	.loc 2 78 1 discriminator 20 view .LVU5303
	.loc 2 78 1 discriminator 20 view .LVU5304
	.loc 2 78 1 discriminator 20 view .LVU5305
	.loc 2 78 1 discriminator 20 view .LVU5306
	movq	%rdx, -8(%rbp)	# iftmp.357_1114, MEM[(cell *)sp_1608 + -8B]
	.loc 2 78 1 discriminator 20 view .LVU5307
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1063:
.LBB466:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 20 view .LVU5308
	movq	%rcx, %rbp	# sp, sp
.LBE466:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 20 view .LVU5309
	addq	$8, %rbx	#, vpc
.LVL1064:
	.loc 2 78 1 discriminator 20 view .LVU5310
.LVL1065:
.LDL176:
	.loc 2 78 1 is_stmt 1 discriminator 20 view .LVU5311
	.loc 2 78 1 discriminator 20 view .LVU5312
	.loc 2 78 1 is_stmt 0 discriminator 20 view .LVU5313
	jmp	*%rax	# gotovar.416_1338
.LVL1066:
.L747:
	.loc 2 78 1 discriminator 20 view .LVU5314
.LBE541:
.LBB542:
.LBB239:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 9 view .LVU5315
	negq	%rax	# a
.LVL1067:
	.loc 2 71 5 discriminator 9 view .LVU5316
.LBE239:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 9 view .LVU5317
	addq	$8, %rbx	#, vpc
.LVL1068:
.LBB240:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 9 view .LVU5318
	movq	%rax, %rsi	# a, arg
.LVL1069:
	.loc 2 71 5 discriminator 9 view .LVU5319
.LBE240:
	.loc 2 71 5 is_stmt 1 discriminator 9 view .LVU5320
	.loc 2 72 1 discriminator 9 view .LVU5321
	.loc 2 72 1 discriminator 9 view .LVU5322
	.loc 2 72 1 discriminator 9 view .LVU5323
	.loc 2 72 1 discriminator 9 view .LVU5324
	.loc 2 72 1 discriminator 9 view .LVU5325
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1070:
	.loc 2 72 1 is_stmt 0 discriminator 9 view .LVU5326
	jmp	*%rax	# gotovar.416_1338
.LVL1071:
.L490:
	.loc 2 72 1 discriminator 9 view .LVU5327
.LBE542:
.LBB543:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU5328
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LBB245:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 view .LVU5329
	xorl	%esi, %esi	# arg
.LVL1072:
	.loc 2 77 5 view .LVU5330
.LBE245:
	.loc 2 77 5 is_stmt 1 view .LVU5331
	.loc 2 78 1 view .LVU5332
	.loc 2 78 1 view .LVU5333
	.loc 2 78 1 view .LVU5334
	.loc 2 78 1 view .LVU5335
	.loc 2 78 1 view .LVU5336
.LBB246:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 view .LVU5337
	movq	%rcx, %rbp	# sp, sp
.LVL1073:
	.loc 2 77 5 view .LVU5338
.LBE246:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 view .LVU5339
	addq	$8, %rbx	#, vpc
.LVL1074:
	.loc 2 78 1 view .LVU5340
	jmp	*%rax	# gotovar.416_1338
.LVL1075:
.L156:
	.loc 2 78 1 view .LVU5341
.LBE543:
.LBB544:
	.loc 2 77 5 is_stmt 1 discriminator 8 view .LVU5342
	.loc 2 78 1 discriminator 8 view .LVU5343
	.loc 2 78 1 discriminator 8 view .LVU5344
	.loc 2 78 1 discriminator 8 view .LVU5345
	.loc 2 78 1 discriminator 8 view .LVU5346
	.loc 2 78 1 discriminator 8 view .LVU5347
	movq	%rdx, -8(%rbp)	# iftmp.87_1582, MEM[(cell *)sp_1608 + -8B]
	.loc 2 78 1 discriminator 8 view .LVU5348
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1076:
.LBB163:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 8 view .LVU5349
	movq	%rcx, %rbp	# sp, sp
.LBE163:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 8 view .LVU5350
	addq	$8, %rbx	#, vpc
.LVL1077:
	.loc 2 78 1 discriminator 8 view .LVU5351
.LVL1078:
.LDL177:
	.loc 2 78 1 is_stmt 1 discriminator 8 view .LVU5352
	.loc 2 78 1 discriminator 8 view .LVU5353
	.loc 2 78 1 is_stmt 0 discriminator 8 view .LVU5354
	jmp	*%rax	# gotovar.416_1338
.LVL1079:
.L740:
	.loc 2 78 1 discriminator 8 view .LVU5355
.LBE544:
.LBB545:
.LBB157:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 5 view .LVU5356
	negq	%rax	# iftmp.83_1581
.LVL1080:
	.loc 2 71 5 discriminator 5 view .LVU5357
.LBE157:
	.loc 2 71 5 is_stmt 1 discriminator 5 view .LVU5358
	.loc 2 72 1 discriminator 5 view .LVU5359
	.loc 2 72 1 discriminator 5 view .LVU5360
	.loc 2 72 1 discriminator 5 view .LVU5361
	.loc 2 72 1 discriminator 5 view .LVU5362
	.loc 2 72 1 discriminator 5 view .LVU5363
	addq	$8, %rbx	#, vpc
.LVL1081:
	.loc 2 72 1 is_stmt 0 discriminator 5 view .LVU5364
	movq	%rax, -8(%rbp)	# iftmp.83_1581, MEM[(cell *)sp_1608 + -8B]
.LVL1082:
	.loc 2 72 1 is_stmt 1 discriminator 5 view .LVU5365
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1083:
.LBB158:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 5 view .LVU5366
	movq	%rcx, %rbp	# sp, sp
.LVL1084:
	.loc 2 71 5 discriminator 5 view .LVU5367
.LBE158:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 5 view .LVU5368
.LVL1085:
	.loc 2 72 1 is_stmt 1 discriminator 5 view .LVU5369
	.loc 2 72 1 discriminator 5 view .LVU5370
	.loc 2 72 1 is_stmt 0 discriminator 5 view .LVU5371
	jmp	*%rax	# gotovar.416_1338
.LVL1086:
.L718:
	.loc 2 72 1 discriminator 5 view .LVU5372
.LBE545:
.LBB546:
.LBB77:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU5373
	negq	%rax	# iftmp.17_1584
.LVL1087:
	.loc 2 71 5 discriminator 1 view .LVU5374
.LBE77:
	.loc 2 71 5 is_stmt 1 discriminator 1 view .LVU5375
	.loc 2 72 1 discriminator 1 view .LVU5376
	.loc 2 72 1 discriminator 1 view .LVU5377
	.loc 2 72 1 discriminator 1 view .LVU5378
	.loc 2 72 1 discriminator 1 view .LVU5379
	.loc 2 72 1 discriminator 1 view .LVU5380
	addq	$8, %rbx	#, vpc
.LVL1088:
	.loc 2 72 1 is_stmt 0 discriminator 1 view .LVU5381
	movq	%rax, -8(%rbp)	# iftmp.17_1584, MEM[(cell *)sp_1608 + -8B]
.LVL1089:
	.loc 2 72 1 is_stmt 1 discriminator 1 view .LVU5382
	movq	-8(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1090:
.LBB78:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 1 view .LVU5383
	movq	%rcx, %rbp	# sp, sp
.LVL1091:
	.loc 2 71 5 discriminator 1 view .LVU5384
.LBE78:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 2 72 1 discriminator 1 view .LVU5385
.LVL1092:
	.loc 2 72 1 is_stmt 1 discriminator 1 view .LVU5386
	.loc 2 72 1 discriminator 1 view .LVU5387
	.loc 2 72 1 is_stmt 0 discriminator 1 view .LVU5388
	jmp	*%rax	# gotovar.416_1338
.LVL1093:
.L48:
	.loc 2 72 1 discriminator 1 view .LVU5389
.LBE546:
.LBB547:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU5390
	.loc 2 78 1 discriminator 4 view .LVU5391
	.loc 2 78 1 discriminator 4 view .LVU5392
	.loc 2 78 1 discriminator 4 view .LVU5393
	.loc 2 78 1 discriminator 4 view .LVU5394
	.loc 2 78 1 discriminator 4 view .LVU5395
	movq	%rdx, -8(%rbp)	# iftmp.20_1585, MEM[(cell *)sp_1608 + -8B]
	.loc 2 78 1 discriminator 4 view .LVU5396
	movq	(%rbx), %rax	# vpc_1607(ab)->code, gotovar.416_1338
.LVL1094:
.LBB83:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 4 view .LVU5397
	movq	%rcx, %rbp	# sp, sp
.LBE83:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 2 78 1 discriminator 4 view .LVU5398
	addq	$8, %rbx	#, vpc
.LVL1095:
	.loc 2 78 1 discriminator 4 view .LVU5399
.LVL1096:
.LDL178:
	.loc 2 78 1 is_stmt 1 discriminator 4 view .LVU5400
	.loc 2 78 1 discriminator 4 view .LVU5401
	.loc 2 78 1 is_stmt 0 discriminator 4 view .LVU5402
	jmp	*%rax	# gotovar.416_1338
.LVL1097:
.L289:
	.loc 2 78 1 discriminator 4 view .LVU5403
.LBE547:
.LBB548:
	.loc 2 117 1 is_stmt 1 discriminator 39 view .LVU5404
	.loc 2 117 1 discriminator 39 view .LVU5405
	.loc 2 117 1 discriminator 39 view .LVU5406
	movq	24(%r15), %rax	# t_1551(D)->nslots, tmp2363
	salq	$3, %rax	#, _922
	leaq	-8(%rbx,%rax), %rdx	#, vpc
.LVL1098:
.LDL179:
	.loc 2 117 1 discriminator 39 view .LVU5407
	.loc 2 117 1 discriminator 39 view .LVU5408
	addq	%rax, %rbx	# _922, vpc
.LVL1099:
	.loc 2 117 1 is_stmt 0 discriminator 39 view .LVU5409
	jmp	*(%rdx)	# vpc_482->code
.L199:
	.loc 2 117 1 discriminator 39 view .LVU5410
.LBE548:
.LBB549:
	.loc 2 117 1 is_stmt 1 discriminator 27 view .LVU5411
	.loc 2 117 1 discriminator 27 view .LVU5412
	.loc 2 117 1 discriminator 27 view .LVU5413
	movq	24(%r15), %rax	# t_1551(D)->nslots, tmp2356
	salq	$3, %rax	#, _653
	leaq	-8(%rbx,%rax), %rdx	#, vpc
.LVL1100:
.LDL180:
	.loc 2 117 1 discriminator 27 view .LVU5414
	.loc 2 117 1 discriminator 27 view .LVU5415
	addq	%rax, %rbx	# _653, vpc
.LVL1101:
	.loc 2 117 1 is_stmt 0 discriminator 27 view .LVU5416
	jmp	*(%rdx)	# vpc_1624->code
.L469:
	.loc 2 117 1 discriminator 27 view .LVU5417
.LBE549:
.LBB550:
	.loc 2 117 1 is_stmt 1 discriminator 55 view .LVU5418
	.loc 2 117 1 discriminator 55 view .LVU5419
	.loc 2 117 1 discriminator 55 view .LVU5420
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 117 1 discriminator 55 view .LVU5421
	movq	24(%r15), %rax	# t_1551(D)->nslots, tmp2377
	salq	$3, %rax	#, _1525
	leaq	-8(%rbx,%rax), %rdx	#, vpc
.LVL1102:
.LDL181:
	.loc 2 117 1 discriminator 55 view .LVU5422
	.loc 2 117 1 discriminator 55 view .LVU5423
	addq	%rax, %rbx	# _1525, vpc
.LVL1103:
	.loc 2 117 1 is_stmt 0 discriminator 55 view .LVU5424
	jmp	*(%rdx)	# vpc_1426->code
.L379:
	.loc 2 117 1 discriminator 55 view .LVU5425
.LBE550:
.LBB551:
	.loc 2 117 1 is_stmt 1 discriminator 46 view .LVU5426
	.loc 2 117 1 discriminator 46 view .LVU5427
	.loc 2 117 1 discriminator 46 view .LVU5428
	movq	%rsi, 0(%rbp)	# arg, *sp_1608
	.loc 2 117 1 discriminator 46 view .LVU5429
	movq	24(%r15), %rax	# t_1551(D)->nslots, tmp2373
	salq	$3, %rax	#, _1224
	leaq	-8(%rbx,%rax), %rdx	#, vpc
.LVL1104:
.LDL182:
	.loc 2 117 1 discriminator 46 view .LVU5430
	.loc 2 117 1 discriminator 46 view .LVU5431
	addq	%rax, %rbx	# _1224, vpc
.LVL1105:
	.loc 2 117 1 is_stmt 0 discriminator 46 view .LVU5432
	jmp	*(%rdx)	# vpc_856->code
.LVL1106:
.L761:
	.loc 2 117 1 discriminator 46 view .LVU5433
.LBE551:
.LBB552:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5434
	leaq	-8(%rbx), %rax	#, tmp1967
.LVL1107:
	.loc 2 138 5 view .LVU5435
.LBE552:
.LBB553:
.LBB327:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5436
	xorl	%esi, %esi	# arg
.LBE327:
.LBE553:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5437
	subq	%r14, %rax	# slots, tmp1968
	sarq	$3, %rax	#, tmp1970
.LBB554:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5438
	movl	0(%r13,%rax,4), %ecx	# *_2309, pretmp_2342
.LVL1108:
	.loc 2 138 5 view .LVU5439
.LBE554:
.LBB555:
.LBB328:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5440
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1109:
.L763:
	.loc 2 123 5 view .LVU5441
.LBE328:
.LBE555:
.LBB556:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5442
	leaq	-8(%rbx), %rax	#, tmp2111
.LBE556:
.LBB557:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5443
	xorl	%esi, %esi	# arg
.LBE557:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5444
	subq	%r14, %rax	# slots, tmp2112
	sarq	$3, %rax	#, tmp2114
.LBB558:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5445
	movl	0(%r13,%rax,4), %ecx	# *_2284, pretmp_2342
.LBE558:
.LBB559:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5446
	movl	$7, %eax	#, st
	jmp	.L11	#
.L771:
	.loc 2 104 5 view .LVU5447
.LBE559:
.LBB560:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5448
	leaq	-8(%rbx), %rax	#, tmp2157
.LBE560:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5449
	subq	%r14, %rax	# slots, tmp2158
	sarq	$3, %rax	#, tmp2160
.LBB561:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5450
	movl	0(%r13,%rax,4), %ecx	# *_2277, pretmp_2342
.LBE561:
.LBB562:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU5451
	movl	$6, %eax	#, st
	jmp	.L11	#
.LVL1110:
.L762:
	.loc 2 127 5 view .LVU5452
.LBE562:
.LBB563:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5453
	leaq	-8(%rbx), %rax	#, tmp1974
.LBE563:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5454
	subq	%r14, %rax	# slots, tmp1975
	sarq	$3, %rax	#, tmp1977
.LBB564:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5455
	movl	0(%r13,%rax,4), %ecx	# *_2307, pretmp_2342
.LBE564:
.LBB565:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU5456
	movl	$6, %eax	#, st
	jmp	.L11	#
.L755:
	.loc 2 127 5 view .LVU5457
.LBE565:
.LBB566:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5458
	leaq	-8(%rbx), %rax	#, tmp2073
.LBE566:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5459
	subq	%r14, %rax	# slots, tmp2074
	sarq	$3, %rax	#, tmp2076
.LBB567:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5460
	movl	0(%r13,%rax,4), %ecx	# *_2290, pretmp_2342
.LBE567:
.LBB568:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU5461
	movl	$6, %eax	#, st
	jmp	.L11	#
.L758:
	.loc 2 132 5 view .LVU5462
.LBE568:
.LBB569:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5463
	leaq	-8(%rbx), %rax	#, tmp1980
.LBE569:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5464
	subq	%r14, %rax	# slots, tmp1981
	sarq	$3, %rax	#, tmp1983
.LBB570:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5465
	movl	0(%r13,%rax,4), %ecx	# *_2306, pretmp_2342
.LBE570:
.LBB571:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU5466
	movl	$6, %eax	#, st
	jmp	.L11	#
.L741:
	.loc 2 132 5 view .LVU5467
.LBE571:
.LBB572:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5468
	leaq	-8(%rbx), %rax	#, tmp1877
.LBE572:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5469
	subq	%r14, %rax	# slots, tmp1878
	sarq	$3, %rax	#, tmp1880
.LBB573:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5470
	movl	0(%r13,%rax,4), %ecx	# *_2315, pretmp_2342
.LBE573:
.LBB574:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU5471
	movl	$1, %eax	#, st
	jmp	.L11	#
.L739:
	.loc 2 76 9 view .LVU5472
.LBE574:
.LBB575:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5473
	leaq	-8(%rbx), %rax	#, tmp1870
.LBE575:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5474
	subq	%r14, %rax	# slots, tmp1871
	sarq	$3, %rax	#, tmp1873
.LBB576:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5475
	movl	0(%r13,%rax,4), %ecx	# *_2317, pretmp_2342
.LBE576:
.LBB577:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU5476
	movl	$1, %eax	#, st
	jmp	.L11	#
.L716:
.LDL183:
	.loc 2 69 9 view .LVU5477
.LBE577:
.LBB578:
	.loc 2 67 1 is_stmt 1 view .LVU5478
	.loc 2 67 1 view .LVU5479
	.loc 2 67 1 view .LVU5480
.LVL1111:
	.loc 2 67 1 view .LVU5481
.LBE578:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5482
	leaq	-8(%rbx), %rax	#, tmp1598
.LBB579:
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU5483
	movq	%rbp, %rsi	# sp, sp
.LVL1112:
	.loc 2 67 1 view .LVU5484
.LBE579:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5485
	subq	%r14, %rax	# slots, tmp1599
.LBB580:
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU5486
	subq	%rdi, %rsi	# vm, sp
.LBE580:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5487
	sarq	$3, %rax	#, tmp1601
.LBB581:
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU5488
	sarq	$3, %rsi	#, arg
.LVL1113:
	.loc 2 67 1 is_stmt 1 view .LVU5489
.LBE581:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5490
	movl	0(%r13,%rax,4), %ecx	# *_2292, pretmp_2342
.LBB582:
# ./isa/ops.inc:67: OP_BEGIN(DIV)                                   /* a b -- a/b    */
	.loc 2 67 1 view .LVU5491
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1114:
.L732:
	.loc 2 67 1 view .LVU5492
.LBE582:
.LBB583:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5493
	leaq	-8(%rbx), %rax	#, tmp1783
.LBE583:
.LBB584:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU5494
	xorl	%esi, %esi	# arg
.LBE584:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5495
	subq	%r14, %rax	# slots, tmp1784
	sarq	$3, %rax	#, tmp1786
.LBB585:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5496
	movl	0(%r13,%rax,4), %ecx	# *_2340, pretmp_2342
.LBE585:
.LBB586:
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 view .LVU5497
	movl	$5, %eax	#, st
	jmp	.L11	#
.LVL1115:
.L730:
.LDL184:
	.loc 2 117 1 view .LVU5498
.LBE586:
.LBB587:
	.loc 2 131 1 is_stmt 1 view .LVU5499
	.loc 2 131 1 view .LVU5500
	.loc 2 131 1 view .LVU5501
	.loc 2 131 1 view .LVU5502
.LBE587:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5503
	leaq	-8(%rbx), %rax	#, tmp1823
.LBB588:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU5504
	movq	%rbp, %rsi	# sp, sp
.LVL1116:
	.loc 2 131 1 view .LVU5505
.LBE588:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5506
	subq	%r14, %rax	# slots, tmp1824
.LBB589:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU5507
	subq	%rdi, %rsi	# vm, sp
.LBE589:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5508
	sarq	$3, %rax	#, tmp1826
.LBB590:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU5509
	sarq	$3, %rsi	#, arg
.LVL1117:
	.loc 2 131 1 is_stmt 1 view .LVU5510
.LBE590:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5511
	movl	0(%r13,%rax,4), %ecx	# *_2336, pretmp_2342
.LBB591:
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 view .LVU5512
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1118:
.L729:
.LDL185:
	.loc 2 131 1 view .LVU5513
.LBE591:
.LBB592:
	.loc 2 100 1 is_stmt 1 view .LVU5514
	.loc 2 100 1 view .LVU5515
	.loc 2 100 1 view .LVU5516
	.loc 2 100 1 view .LVU5517
.LBE592:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5518
	leaq	-8(%rbx), %rax	#, tmp1735
.LVL1119:
.LBB593:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU5519
	movq	%rbp, %rsi	# sp, sp
.LBE593:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5520
	subq	%r14, %rax	# slots, tmp1736
.LBB594:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU5521
	subq	%rdi, %rsi	# vm, sp
.LBE594:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5522
	sarq	$3, %rax	#, tmp1738
.LBB595:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU5523
	sarq	$3, %rsi	#, arg
.LVL1120:
	.loc 2 100 1 is_stmt 1 view .LVU5524
.LBE595:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5525
	movl	0(%r13,%rax,4), %ecx	# *_2327, pretmp_2342
.LBB596:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 1 view .LVU5526
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1121:
.L724:
.LDL186:
	.loc 2 100 1 view .LVU5527
.LBE596:
.LBB597:
	.loc 2 93 1 is_stmt 1 view .LVU5528
	.loc 2 93 1 view .LVU5529
	.loc 2 93 1 view .LVU5530
	.loc 2 93 1 view .LVU5531
.LBE597:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5532
	leaq	-8(%rbx), %rax	#, tmp1677
.LBB598:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU5533
	movq	%rbp, %rsi	# sp, sp
.LBE598:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5534
	subq	%r14, %rax	# slots, tmp1678
.LBB599:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU5535
	subq	%rdi, %rsi	# vm, sp
.LBE599:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5536
	sarq	$3, %rax	#, tmp1680
.LBB600:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU5537
	sarq	$3, %rsi	#, arg
.LVL1122:
	.loc 2 93 1 is_stmt 1 view .LVU5538
.LBE600:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5539
	movl	0(%r13,%rax,4), %ecx	# *_2324, pretmp_2342
.LVL1123:
.LBB601:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 1 view .LVU5540
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1124:
.L734:
.LDL187:
	.loc 2 93 1 view .LVU5541
.LBE601:
.LBB602:
	.loc 2 126 1 is_stmt 1 view .LVU5542
	.loc 2 126 1 view .LVU5543
	.loc 2 126 1 view .LVU5544
	.loc 2 126 1 view .LVU5545
.LBE602:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5546
	leaq	-8(%rbx), %rax	#, tmp1810
.LBB603:
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU5547
	movq	%rbp, %rsi	# sp, sp
.LVL1125:
	.loc 2 126 1 view .LVU5548
.LBE603:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5549
	subq	%r14, %rax	# slots, tmp1811
.LBB604:
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU5550
	subq	%rdi, %rsi	# vm, sp
.LBE604:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5551
	sarq	$3, %rax	#, tmp1813
.LBB605:
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU5552
	sarq	$3, %rsi	#, arg
.LVL1126:
	.loc 2 126 1 is_stmt 1 view .LVU5553
.LBE605:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5554
	movl	0(%r13,%rax,4), %ecx	# *_2322, pretmp_2342
.LBB606:
# ./isa/ops.inc:126: OP_BEGIN(LOAD)                                  /* addr -- v     */
	.loc 2 126 1 view .LVU5555
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1127:
.L712:
.LDL188:
	.loc 2 126 1 view .LVU5556
.LBE606:
.LBB607:
	.loc 2 98 1 is_stmt 1 view .LVU5557
	.loc 2 98 1 view .LVU5558
	.loc 2 98 1 view .LVU5559
	.loc 2 98 1 view .LVU5560
.LBE607:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5561
	leaq	-8(%rbx), %rax	#, tmp1715
.LVL1128:
.LBB608:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU5562
	movq	%rbp, %rsi	# sp, sp
.LBE608:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5563
	subq	%r14, %rax	# slots, tmp1716
.LBB609:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU5564
	subq	%rdi, %rsi	# vm, sp
.LBE609:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5565
	sarq	$3, %rax	#, tmp1718
.LBB610:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU5566
	sarq	$3, %rsi	#, arg
.LVL1129:
	.loc 2 98 1 is_stmt 1 view .LVU5567
.LBE610:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5568
	movl	0(%r13,%rax,4), %ecx	# *_2338, pretmp_2342
.LBB611:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 1 view .LVU5569
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1130:
.L736:
.LDL189:
	.loc 2 98 1 view .LVU5570
.LBE611:
.LBB612:
	.loc 2 137 1 is_stmt 1 view .LVU5571
	.loc 2 137 1 view .LVU5572
	.loc 2 137 1 view .LVU5573
	.loc 2 137 1 view .LVU5574
.LBE612:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5575
	leaq	-8(%rbx), %rax	#, tmp1836
.LBB613:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU5576
	subq	%rdi, %rbp	# vm, tmp1834
.LVL1131:
	.loc 2 137 1 view .LVU5577
.LBE613:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5578
	subq	%r14, %rax	# slots, tmp1837
.LBB614:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU5579
	movq	%rbp, %rsi	# tmp1834, tmp1834
.LBE614:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5580
	sarq	$3, %rax	#, tmp1839
.LBB615:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU5581
	sarq	$3, %rsi	#, tmp1834
.LVL1132:
	.loc 2 137 1 is_stmt 1 view .LVU5582
.LBE615:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5583
	movl	0(%r13,%rax,4), %ecx	# *_2329, pretmp_2342
.LBB616:
# ./isa/ops.inc:137: OP_BEGIN(PRINT)                                 /* a --          */
	.loc 2 137 1 view .LVU5584
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1133:
.L767:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5585
	leaq	-8(%rbx), %rax	#, tmp2162
.LBE616:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5586
	subq	%r14, %rax	# slots, tmp2163
	sarq	$3, %rax	#, tmp2165
.LBB617:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5587
	movl	0(%r13,%rax,4), %ecx	# *_2276, pretmp_2342
.LBE617:
.LBB618:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU5588
	movl	$6, %eax	#, st
	jmp	.L11	#
.LVL1134:
.L770:
	.loc 2 132 5 view .LVU5589
.LBE618:
.LBB619:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5590
	leaq	-8(%rbx), %rax	#, tmp2151
.LVL1135:
	.loc 2 138 5 view .LVU5591
.LBE619:
.LBB620:
.LBB375:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5592
	xorl	%esi, %esi	# arg
.LBE375:
.LBE620:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5593
	subq	%r14, %rax	# slots, tmp2152
	sarq	$3, %rax	#, tmp2154
.LBB621:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5594
	movl	0(%r13,%rax,4), %ecx	# *_2279, pretmp_2342
.LVL1136:
	.loc 2 138 5 view .LVU5595
.LBE621:
.LBB622:
.LBB376:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5596
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1137:
.L768:
	.loc 2 123 5 view .LVU5597
.LBE376:
.LBE622:
.LBB623:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5598
	xorl	%esi, %esi	# arg
	movl	$7, %eax	#, st
	jmp	.L11	#
.L773:
	.loc 2 138 5 view .LVU5599
.LBE623:
.LBB624:
	leaq	-8(%rbx), %rax	#, tmp2233
.LBE624:
.LBB625:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5600
	xorl	%esi, %esi	# arg
.LBE625:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5601
	subq	%r14, %rax	# slots, tmp2234
	sarq	$3, %rax	#, tmp2236
.LBB626:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5602
	movl	0(%r13,%rax,4), %ecx	# *_2267, pretmp_2342
.LBE626:
.LBB627:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5603
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1138:
.L782:
	.loc 2 104 5 view .LVU5604
.LBE627:
.LBB628:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5605
	leaq	-8(%rbx), %rax	#, tmp2279
.LVL1139:
	.loc 2 138 5 view .LVU5606
.LBE628:
.LBB629:
.LBB495:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5607
	xorl	%esi, %esi	# arg
.LBE495:
.LBE629:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5608
	subq	%r14, %rax	# slots, tmp2280
	sarq	$3, %rax	#, tmp2282
.LBB630:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5609
	movl	0(%r13,%rax,4), %ecx	# *_2262, pretmp_2342
.LVL1140:
	.loc 2 138 5 view .LVU5610
.LBE630:
.LBB631:
.LBB496:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5611
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1141:
.L727:
.LDL190:
	.loc 2 123 5 view .LVU5612
.LBE496:
.LBE631:
.LBB632:
	.loc 2 99 1 is_stmt 1 view .LVU5613
	.loc 2 99 1 view .LVU5614
	.loc 2 99 1 view .LVU5615
	.loc 2 99 1 view .LVU5616
.LBE632:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5617
	leaq	-8(%rbx), %rax	#, tmp1725
.LVL1142:
.LBB633:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU5618
	movq	%rbp, %rsi	# sp, sp
.LBE633:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5619
	subq	%r14, %rax	# slots, tmp1726
.LBB634:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU5620
	subq	%rdi, %rsi	# vm, sp
.LBE634:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5621
	sarq	$3, %rax	#, tmp1728
.LBB635:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU5622
	sarq	$3, %rsi	#, arg
.LVL1143:
	.loc 2 99 1 is_stmt 1 view .LVU5623
.LBE635:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5624
	movl	0(%r13,%rax,4), %ecx	# *_2321, pretmp_2342
.LBB636:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 1 view .LVU5625
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1144:
.L709:
	.loc 2 99 1 view .LVU5626
.LBE636:
.LBB637:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5627
	leaq	-8(%rbx), %rax	#, tmp1796
.LBE637:
.LBB638:
# ./isa/ops.inc:122: OP_BEGIN(RET)                                   /* --            */
	.loc 2 122 1 view .LVU5628
	xorl	%esi, %esi	# arg
.LBE638:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5629
	subq	%r14, %rax	# slots, tmp1797
	sarq	$3, %rax	#, tmp1799
.LBB639:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5630
	movl	0(%r13,%rax,4), %ecx	# *_2325, pretmp_2342
.LBE639:
.LBB640:
# ./isa/ops.inc:122: OP_BEGIN(RET)                                   /* --            */
	.loc 2 122 1 view .LVU5631
	movl	$4, %eax	#, st
	jmp	.L11	#
.LVL1145:
.L726:
.LDL191:
	.loc 2 122 1 view .LVU5632
.LBE640:
.LBB641:
	.loc 2 90 1 is_stmt 1 view .LVU5633
	.loc 2 90 1 view .LVU5634
	.loc 2 90 1 view .LVU5635
	.loc 2 90 1 view .LVU5636
.LBE641:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5637
	leaq	-8(%rbx), %rax	#, tmp1659
.LVL1146:
.LBB642:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU5638
	movq	%rbp, %rsi	# sp, sp
.LBE642:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5639
	subq	%r14, %rax	# slots, tmp1660
.LBB643:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU5640
	subq	%rdi, %rsi	# vm, sp
.LBE643:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5641
	sarq	$3, %rax	#, tmp1662
.LBB644:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU5642
	sarq	$3, %rsi	#, arg
.LVL1147:
	.loc 2 90 1 is_stmt 1 view .LVU5643
.LBE644:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5644
	movl	0(%r13,%rax,4), %ecx	# *_2316, pretmp_2342
.LBB645:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 1 view .LVU5645
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1148:
.L728:
.LDL192:
	.loc 2 90 1 view .LVU5646
.LBE645:
.LBB646:
	.loc 2 96 1 is_stmt 1 view .LVU5647
	.loc 2 96 1 view .LVU5648
	.loc 2 96 1 view .LVU5649
	.loc 2 96 1 view .LVU5650
.LBE646:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5651
	leaq	-8(%rbx), %rax	#, tmp1695
.LVL1149:
.LBB647:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU5652
	movq	%rbp, %rsi	# sp, sp
.LBE647:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5653
	subq	%r14, %rax	# slots, tmp1696
.LBB648:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU5654
	subq	%rdi, %rsi	# vm, sp
.LBE648:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5655
	sarq	$3, %rax	#, tmp1698
.LBB649:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU5656
	sarq	$3, %rsi	#, arg
.LVL1150:
	.loc 2 96 1 is_stmt 1 view .LVU5657
.LBE649:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5658
	movl	0(%r13,%rax,4), %ecx	# *_2330, pretmp_2342
.LBB650:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 1 view .LVU5659
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1151:
.L784:
	.loc 2 96 1 view .LVU5660
.LBE650:
.LBB651:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5661
	leaq	-8(%rbx), %rax	#, tmp2292
.LBE651:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5662
	subq	%r14, %rax	# slots, tmp2293
	sarq	$3, %rax	#, tmp2295
.LBB652:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5663
	movl	0(%r13,%rax,4), %ecx	# *_2259, pretmp_2342
.LBE652:
.LBB653:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU5664
	movl	$6, %eax	#, st
	jmp	.L11	#
.L783:
	.loc 2 132 5 view .LVU5665
.LBE653:
.LBB654:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5666
	leaq	-8(%rbx), %rax	#, tmp2286
.LBE654:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5667
	subq	%r14, %rax	# slots, tmp2287
	sarq	$3, %rax	#, tmp2289
.LBB655:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5668
	movl	0(%r13,%rax,4), %ecx	# *_2260, pretmp_2342
.LBE655:
.LBB656:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU5669
	movl	$6, %eax	#, st
	jmp	.L11	#
.L785:
	.loc 2 127 5 view .LVU5670
.LBE656:
.LBB657:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5671
	xorl	%esi, %esi	# arg
	movl	$7, %eax	#, st
	jmp	.L11	#
.L772:
	.loc 2 138 5 view .LVU5672
.LBE657:
.LBB658:
	leaq	-8(%rbx), %rax	#, tmp2096
.LBE658:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5673
	subq	%r14, %rax	# slots, tmp2097
	sarq	$3, %rax	#, tmp2099
.LBB659:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5674
	movl	0(%r13,%rax,4), %ecx	# *_2285, pretmp_2342
.LBE659:
.LBB660:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU5675
	movl	$1, %eax	#, st
	jmp	.L11	#
.L780:
	.loc 2 76 9 view .LVU5676
.LBE660:
.LBB661:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5677
	leaq	-8(%rbx), %rax	#, tmp2089
.LBE661:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5678
	subq	%r14, %rax	# slots, tmp2090
	sarq	$3, %rax	#, tmp2092
.LBB662:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5679
	movl	0(%r13,%rax,4), %ecx	# *_2287, pretmp_2342
.LBE662:
.LBB663:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU5680
	movl	$1, %eax	#, st
	jmp	.L11	#
.LVL1152:
.L759:
	.loc 2 69 9 view .LVU5681
.LBE663:
.LBB664:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5682
	xorl	%esi, %esi	# arg
.LVL1153:
	.loc 2 138 5 view .LVU5683
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1154:
.L751:
	.loc 2 138 5 view .LVU5684
.LBE664:
.LBB665:
	leaq	-8(%rbx), %rax	#, tmp2062
.LVL1155:
	.loc 2 138 5 view .LVU5685
.LBE665:
.LBB666:
.LBB296:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5686
	xorl	%esi, %esi	# arg
.LBE296:
.LBE666:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5687
	subq	%r14, %rax	# slots, tmp2063
	sarq	$3, %rax	#, tmp2065
.LBB667:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5688
	movl	0(%r13,%rax,4), %ecx	# *_2293, pretmp_2342
.LVL1156:
	.loc 2 138 5 view .LVU5689
.LBE667:
.LBB668:
.LBB297:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU5690
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1157:
.L752:
	.loc 2 123 5 view .LVU5691
.LBE297:
.LBE668:
.LBB669:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5692
	leaq	-8(%rbx), %rax	#, tmp2068
.LBE669:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5693
	subq	%r14, %rax	# slots, tmp2069
	sarq	$3, %rax	#, tmp2071
.LBB670:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5694
	movl	0(%r13,%rax,4), %ecx	# *_2291, pretmp_2342
.LBE670:
.LBB671:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU5695
	movl	$6, %eax	#, st
	jmp	.L11	#
.LVL1158:
.L742:
	.loc 2 127 5 view .LVU5696
.LBE671:
.LBB672:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5697
	leaq	-8(%rbx), %rax	#, tmp1921
.LBE672:
.LBB673:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5698
	xorl	%esi, %esi	# arg
.LBE673:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5699
	subq	%r14, %rax	# slots, tmp1922
	sarq	$3, %rax	#, tmp1924
.LBB674:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5700
	movl	0(%r13,%rax,4), %ecx	# *_2314, pretmp_2342
.LBE674:
.LBB675:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5701
	movl	$7, %eax	#, st
	jmp	.L11	#
.L749:
	.loc 2 104 5 view .LVU5702
.LBE675:
.LBB676:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5703
	leaq	-8(%rbx), %rax	#, tmp2022
.LBE676:
.LBB677:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5704
	xorl	%esi, %esi	# arg
.LBE677:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5705
	subq	%r14, %rax	# slots, tmp2023
	sarq	$3, %rax	#, tmp2025
.LBB678:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5706
	movl	0(%r13,%rax,4), %ecx	# *_2299, pretmp_2342
.LBE678:
.LBB679:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5707
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1159:
.L746:
	.loc 2 104 5 view .LVU5708
.LBE679:
.LBB680:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5709
	leaq	-8(%rbx), %rax	#, tmp1999
.LBE680:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5710
	subq	%r14, %rax	# slots, tmp2000
	sarq	$3, %rax	#, tmp2002
.LBB681:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5711
	movl	0(%r13,%rax,4), %ecx	# *_2303, pretmp_2342
.LBE681:
.LBB682:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU5712
	movl	$1, %eax	#, st
	jmp	.L11	#
.L748:
	.loc 2 69 9 view .LVU5713
.LBE682:
.LBB683:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5714
	leaq	-8(%rbx), %rax	#, tmp2006
.LBE683:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5715
	subq	%r14, %rax	# slots, tmp2007
	sarq	$3, %rax	#, tmp2009
.LBB684:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5716
	movl	0(%r13,%rax,4), %ecx	# *_2300, pretmp_2342
.LBE684:
.LBB685:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU5717
	movl	$1, %eax	#, st
	jmp	.L11	#
.LVL1160:
.L777:
	.loc 2 76 9 view .LVU5718
.LBE685:
.LBB686:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5719
	leaq	-8(%rbx), %rax	#, tmp2191
.LBE686:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5720
	subq	%r14, %rax	# slots, tmp2192
	sarq	$3, %rax	#, tmp2194
.LBB687:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5721
	movl	0(%r13,%rax,4), %ecx	# *_2271, pretmp_2342
.LBE687:
.LBB688:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU5722
	movl	$1, %eax	#, st
	jmp	.L11	#
.L779:
	.loc 2 69 9 view .LVU5723
.LBE688:
.LBB689:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5724
	leaq	-8(%rbx), %rax	#, tmp2198
.LBE689:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5725
	subq	%r14, %rax	# slots, tmp2199
	sarq	$3, %rax	#, tmp2201
.LBB690:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5726
	movl	0(%r13,%rax,4), %ecx	# *_2270, pretmp_2342
.LBE690:
.LBB691:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU5727
	movl	$1, %eax	#, st
	jmp	.L11	#
.LVL1161:
.L756:
	.loc 2 76 9 view .LVU5728
.LBE691:
.LBB692:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5729
	xorl	%esi, %esi	# arg
.LVL1162:
	.loc 2 138 5 view .LVU5730
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1163:
.L725:
.LDL193:
	.loc 2 138 5 view .LVU5731
.LBE692:
.LBB693:
	.loc 2 89 1 is_stmt 1 view .LVU5732
	.loc 2 89 1 view .LVU5733
	.loc 2 89 1 view .LVU5734
	.loc 2 89 1 view .LVU5735
.LBE693:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5736
	leaq	-8(%rbx), %rax	#, tmp1651
.LVL1164:
.LBB694:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU5737
	movq	%rbp, %rsi	# sp, sp
.LBE694:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5738
	subq	%r14, %rax	# slots, tmp1652
.LBB695:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU5739
	subq	%rdi, %rsi	# vm, sp
.LBE695:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5740
	sarq	$3, %rax	#, tmp1654
.LBB696:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU5741
	sarq	$3, %rsi	#, arg
.LVL1165:
	.loc 2 89 1 is_stmt 1 view .LVU5742
.LBE696:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5743
	movl	0(%r13,%rax,4), %ecx	# *_2312, pretmp_2342
.LBB697:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 1 view .LVU5744
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1166:
.L711:
.LDL194:
	.loc 2 89 1 view .LVU5745
.LBE697:
.LBB698:
	.loc 2 97 1 is_stmt 1 view .LVU5746
	.loc 2 97 1 view .LVU5747
	.loc 2 97 1 view .LVU5748
	.loc 2 97 1 view .LVU5749
.LBE698:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5750
	leaq	-8(%rbx), %rax	#, tmp1705
.LVL1167:
.LBB699:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU5751
	movq	%rbp, %rsi	# sp, sp
.LBE699:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5752
	subq	%r14, %rax	# slots, tmp1706
.LBB700:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU5753
	subq	%rdi, %rsi	# vm, sp
.LBE700:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5754
	sarq	$3, %rax	#, tmp1708
.LBB701:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU5755
	sarq	$3, %rsi	#, arg
.LVL1168:
	.loc 2 97 1 is_stmt 1 view .LVU5756
.LBE701:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5757
	movl	0(%r13,%rax,4), %ecx	# *_2334, pretmp_2342
.LBB702:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 1 view .LVU5758
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1169:
.L713:
.LDL195:
	.loc 2 97 1 view .LVU5759
.LBE702:
.LBB703:
	.loc 2 74 1 is_stmt 1 view .LVU5760
	.loc 2 74 1 view .LVU5761
	.loc 2 74 1 view .LVU5762
	.loc 2 74 1 view .LVU5763
.LBE703:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5764
	leaq	-8(%rbx), %rax	#, tmp1612
.LBB704:
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU5765
	movq	%rbp, %rsi	# sp, sp
.LVL1170:
	.loc 2 74 1 view .LVU5766
.LBE704:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5767
	subq	%r14, %rax	# slots, tmp1613
.LBB705:
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU5768
	subq	%rdi, %rsi	# vm, sp
.LBE705:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5769
	sarq	$3, %rax	#, tmp1615
.LBB706:
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU5770
	sarq	$3, %rsi	#, arg
.LVL1171:
	.loc 2 74 1 is_stmt 1 view .LVU5771
.LBE706:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5772
	movl	0(%r13,%rax,4), %ecx	# *_2297, pretmp_2342
.LBB707:
# ./isa/ops.inc:74: OP_BEGIN(MOD)                                   /* a b -- a%b    */
	.loc 2 74 1 view .LVU5773
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1172:
.L701:
.LDL196:
	.loc 2 74 1 view .LVU5774
.LBE707:
.LBB708:
	.loc 2 63 1 is_stmt 1 view .LVU5775
	.loc 2 63 1 view .LVU5776
	.loc 2 63 1 view .LVU5777
	.loc 2 63 1 view .LVU5778
.LBE708:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5779
	leaq	-8(%rbx), %rax	#, tmp1572
.LVL1173:
.LBB709:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU5780
	movq	%rbp, %rsi	# sp, sp
.LBE709:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5781
	subq	%r14, %rax	# slots, tmp1573
.LBB710:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU5782
	subq	%rdi, %rsi	# vm, sp
.LBE710:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5783
	sarq	$3, %rax	#, tmp1575
.LBB711:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU5784
	sarq	$3, %rsi	#, arg
.LVL1174:
	.loc 2 63 1 is_stmt 1 view .LVU5785
.LBE711:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5786
	movl	0(%r13,%rax,4), %ecx	# *_2282, pretmp_2342
.LBB712:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 view .LVU5787
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1175:
.L707:
.LDL197:
	.loc 2 63 1 view .LVU5788
.LBE712:
.LBB713:
	.loc 2 84 1 is_stmt 1 view .LVU5789
	.loc 2 84 1 view .LVU5790
	.loc 2 84 1 view .LVU5791
	.loc 2 84 1 view .LVU5792
.LBE713:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5793
	leaq	-8(%rbx), %rax	#, tmp1634
.LVL1176:
.LBB714:
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU5794
	movq	%rbp, %rsi	# sp, sp
.LBE714:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5795
	subq	%r14, %rax	# slots, tmp1635
.LBB715:
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU5796
	subq	%rdi, %rsi	# vm, sp
.LBE715:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5797
	sarq	$3, %rax	#, tmp1637
.LBB716:
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU5798
	sarq	$3, %rsi	#, arg
.LVL1177:
	.loc 2 84 1 is_stmt 1 view .LVU5799
.LBE716:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5800
	movl	0(%r13,%rax,4), %ecx	# *_2305, pretmp_2342
.LBB717:
# ./isa/ops.inc:84: OP_BEGIN(NOT)                                   /* a -- ~a       */
	.loc 2 84 1 view .LVU5801
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1178:
.L708:
.LDL198:
	.loc 2 84 1 view .LVU5802
.LBE717:
.LBB718:
	.loc 2 88 1 is_stmt 1 view .LVU5803
	.loc 2 88 1 view .LVU5804
	.loc 2 88 1 view .LVU5805
	.loc 2 88 1 view .LVU5806
.LBE718:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5807
	leaq	-8(%rbx), %rax	#, tmp1643
.LVL1179:
.LBB719:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU5808
	movq	%rbp, %rsi	# sp, sp
.LBE719:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5809
	subq	%r14, %rax	# slots, tmp1644
.LBB720:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU5810
	subq	%rdi, %rsi	# vm, sp
.LBE720:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5811
	sarq	$3, %rax	#, tmp1646
.LBB721:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU5812
	sarq	$3, %rsi	#, arg
.LVL1180:
	.loc 2 88 1 is_stmt 1 view .LVU5813
.LBE721:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5814
	movl	0(%r13,%rax,4), %ecx	# *_2308, pretmp_2342
.LBB722:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 1 view .LVU5815
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1181:
.L706:
.LDL199:
	.loc 2 88 1 view .LVU5816
.LBE722:
.LBB723:
	.loc 2 91 1 is_stmt 1 view .LVU5817
	.loc 2 91 1 view .LVU5818
	.loc 2 91 1 view .LVU5819
	.loc 2 91 1 view .LVU5820
.LBE723:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5821
	leaq	-8(%rbx), %rax	#, tmp1667
.LBB724:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU5822
	movq	%rbp, %rsi	# sp, sp
.LBE724:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5823
	subq	%r14, %rax	# slots, tmp1668
.LBB725:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU5824
	subq	%rdi, %rsi	# vm, sp
.LBE725:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5825
	sarq	$3, %rax	#, tmp1670
.LBB726:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU5826
	sarq	$3, %rsi	#, arg
.LVL1182:
	.loc 2 91 1 is_stmt 1 view .LVU5827
.LBE726:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5828
	movl	0(%r13,%rax,4), %ecx	# *_2320, pretmp_2342
.LVL1183:
.LBB727:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 1 view .LVU5829
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1184:
.L721:
.LDL200:
	.loc 2 91 1 view .LVU5830
.LBE727:
.LBB728:
	.loc 2 107 1 is_stmt 1 view .LVU5831
	.loc 2 107 1 view .LVU5832
	.loc 2 107 1 view .LVU5833
	.loc 2 107 1 view .LVU5834
.LBE728:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5835
	leaq	-8(%rbx), %rax	#, tmp1753
.LBB729:
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU5836
	movq	%rbp, %rsi	# sp, sp
.LVL1185:
	.loc 2 107 1 view .LVU5837
.LBE729:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5838
	subq	%r14, %rax	# slots, tmp1754
.LBB730:
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU5839
	subq	%rdi, %rsi	# vm, sp
.LBE730:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5840
	sarq	$3, %rax	#, tmp1756
.LBB731:
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU5841
	sarq	$3, %rsi	#, arg
.LVL1186:
	.loc 2 107 1 is_stmt 1 view .LVU5842
.LBE731:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5843
	movl	0(%r13,%rax,4), %ecx	# *_2332, pretmp_2342
.LBB732:
# ./isa/ops.inc:107: OP_BEGIN(JZ)                                    /* f --          */
	.loc 2 107 1 view .LVU5844
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1187:
.L719:
.LDL201:
	.loc 2 107 1 view .LVU5845
.LBE732:
.LBB733:
	.loc 2 112 1 is_stmt 1 view .LVU5846
	.loc 2 112 1 view .LVU5847
	.loc 2 112 1 view .LVU5848
	.loc 2 112 1 view .LVU5849
.LBE733:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5850
	leaq	-8(%rbx), %rax	#, tmp1769
.LVL1188:
.LBB734:
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU5851
	movq	%rbp, %rsi	# sp, sp
.LBE734:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5852
	subq	%r14, %rax	# slots, tmp1770
.LBB735:
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU5853
	subq	%rdi, %rsi	# vm, sp
.LBE735:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5854
	sarq	$3, %rax	#, tmp1772
.LBB736:
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU5855
	sarq	$3, %rsi	#, arg
.LVL1189:
	.loc 2 112 1 is_stmt 1 view .LVU5856
.LBE736:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5857
	movl	0(%r13,%rax,4), %ecx	# *_2319, pretmp_2342
.LBB737:
# ./isa/ops.inc:112: OP_BEGIN(JNZ)                                   /* f --          */
	.loc 2 112 1 view .LVU5858
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1190:
.L704:
.LDL202:
	.loc 2 112 1 view .LVU5859
.LBE737:
.LBB738:
	.loc 2 65 1 is_stmt 1 view .LVU5860
	.loc 2 65 1 view .LVU5861
	.loc 2 65 1 view .LVU5862
	.loc 2 65 1 view .LVU5863
.LBE738:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5864
	leaq	-8(%rbx), %rax	#, tmp1590
.LVL1191:
.LBB739:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU5865
	movq	%rbp, %rsi	# sp, sp
.LBE739:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5866
	subq	%r14, %rax	# slots, tmp1591
.LBB740:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU5867
	subq	%rdi, %rsi	# vm, sp
.LBE740:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5868
	sarq	$3, %rax	#, tmp1593
.LBB741:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU5869
	sarq	$3, %rsi	#, arg
.LVL1192:
	.loc 2 65 1 is_stmt 1 view .LVU5870
.LBE741:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5871
	movl	0(%r13,%rax,4), %ecx	# *_2289, pretmp_2342
.LBB742:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 1 view .LVU5872
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1193:
.L703:
.LDL203:
	.loc 2 65 1 view .LVU5873
.LBE742:
.LBB743:
	.loc 2 55 1 is_stmt 1 view .LVU5874
	.loc 2 55 1 view .LVU5875
	.loc 2 55 1 view .LVU5876
	.loc 2 55 1 view .LVU5877
.LBE743:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5878
	leaq	-8(%rbx), %rax	#, tmp1563
.LBB744:
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU5879
	movq	%rbp, %rsi	# sp, sp
.LBE744:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5880
	subq	%r14, %rax	# slots, tmp1564
.LBB745:
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU5881
	subq	%rdi, %rsi	# vm, sp
.LBE745:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5882
	sarq	$3, %rax	#, tmp1566
.LBB746:
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU5883
	sarq	$3, %rsi	#, arg
.LVL1194:
	.loc 2 55 1 is_stmt 1 view .LVU5884
.LBE746:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5885
	movl	0(%r13,%rax,4), %ecx	# *_2278, pretmp_2342
.LBB747:
# ./isa/ops.inc:55: OP_BEGIN(ROT)                                   /* a b c -- b c a */
	.loc 2 55 1 view .LVU5886
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1195:
.L715:
.LDL204:
	.loc 2 55 1 view .LVU5887
.LBE747:
.LBB748:
	.loc 2 80 1 is_stmt 1 view .LVU5888
	.loc 2 80 1 view .LVU5889
	.loc 2 80 1 view .LVU5890
	.loc 2 80 1 view .LVU5891
.LBE748:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5892
	leaq	-8(%rbx), %rax	#, tmp1626
.LVL1196:
.LBB749:
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU5893
	movq	%rbp, %rsi	# sp, sp
.LBE749:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5894
	subq	%r14, %rax	# slots, tmp1627
.LBB750:
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU5895
	subq	%rdi, %rsi	# vm, sp
.LBE750:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5896
	sarq	$3, %rax	#, tmp1629
.LBB751:
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU5897
	sarq	$3, %rsi	#, arg
.LVL1197:
	.loc 2 80 1 is_stmt 1 view .LVU5898
.LBE751:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5899
	movl	0(%r13,%rax,4), %ecx	# *_2302, pretmp_2342
.LBB752:
# ./isa/ops.inc:80: OP_BEGIN(NEG)                                   /* a -- -a       */
	.loc 2 80 1 view .LVU5900
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1198:
.L705:
	.loc 2 80 1 view .LVU5901
.LBE752:
.LBB753:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5902
	leaq	-8(%rbx), %rax	#, tmp1742
.LBE753:
.LBB754:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5903
	xorl	%esi, %esi	# arg
.LBE754:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5904
	subq	%r14, %rax	# slots, tmp1743
	sarq	$3, %rax	#, tmp1745
.LBB755:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU5905
	movl	0(%r13,%rax,4), %ecx	# *_2328, pretmp_2342
.LBE755:
.LBB756:
# ./isa/ops.inc:104:     BRANCH();
	.loc 2 104 5 view .LVU5906
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1199:
.L723:
.LDL205:
	.loc 2 104 5 view .LVU5907
.LBE756:
.LBB757:
	.loc 2 95 1 is_stmt 1 view .LVU5908
	.loc 2 95 1 view .LVU5909
	.loc 2 95 1 view .LVU5910
	.loc 2 95 1 view .LVU5911
.LBE757:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5912
	leaq	-8(%rbx), %rax	#, tmp1685
.LVL1200:
.LBB758:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU5913
	movq	%rbp, %rsi	# sp, sp
.LBE758:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5914
	subq	%r14, %rax	# slots, tmp1686
.LBB759:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU5915
	subq	%rdi, %rsi	# vm, sp
.LBE759:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5916
	sarq	$3, %rax	#, tmp1688
.LBB760:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU5917
	sarq	$3, %rsi	#, arg
.LVL1201:
	.loc 2 95 1 is_stmt 1 view .LVU5918
.LBE760:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5919
	movl	0(%r13,%rax,4), %ecx	# *_2326, pretmp_2342
.LBB761:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 1 view .LVU5920
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1202:
.L694:
.LDL206:
	.loc 2 95 1 view .LVU5921
.LBE761:
.LBB762:
	.loc 2 35 1 is_stmt 1 view .LVU5922
	.loc 2 35 1 view .LVU5923
	.loc 2 35 1 view .LVU5924
	.loc 2 35 1 view .LVU5925
.LBE762:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5926
	leaq	-8(%rbx), %rax	#, tmp1507
.LBB763:
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU5927
	movq	%rbp, %rsi	# sp, sp
.LBE763:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5928
	subq	%r14, %rax	# slots, tmp1508
.LBB764:
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU5929
	subq	%rdi, %rsi	# vm, sp
.LBE764:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5930
	sarq	$3, %rax	#, tmp1510
.LBB765:
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU5931
	sarq	$3, %rsi	#, arg
.LVL1203:
	.loc 2 35 1 is_stmt 1 view .LVU5932
.LBE765:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5933
	movl	0(%r13,%rax,4), %ecx	# *_2261, pretmp_2342
.LBB766:
# ./isa/ops.inc:35: OP_BEGIN(PUSH)                                  /* -- n          */
	.loc 2 35 1 view .LVU5934
	movl	$3, %eax	#, st
	jmp	.L11	#
.LVL1204:
.L695:
.LDL207:
	.loc 2 35 1 view .LVU5935
.LBE766:
.LBB767:
	.loc 2 39 1 is_stmt 1 view .LVU5936
	.loc 2 39 1 view .LVU5937
	.loc 2 39 1 view .LVU5938
	.loc 2 39 1 view .LVU5939
.LBE767:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5940
	leaq	-8(%rbx), %rax	#, tmp1515
.LBB768:
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU5941
	movq	%rbp, %rsi	# sp, sp
.LBE768:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5942
	subq	%r14, %rax	# slots, tmp1516
.LBB769:
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU5943
	subq	%rdi, %rsi	# vm, sp
.LBE769:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5944
	sarq	$3, %rax	#, tmp1518
.LBB770:
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU5945
	sarq	$3, %rsi	#, arg
.LVL1205:
	.loc 2 39 1 is_stmt 1 view .LVU5946
.LBE770:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5947
	movl	0(%r13,%rax,4), %ecx	# *_2264, pretmp_2342
.LBB771:
# ./isa/ops.inc:39: OP_BEGIN(DROP)                                  /* a --          */
	.loc 2 39 1 view .LVU5948
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1206:
.L696:
.LDL208:
	.loc 2 39 1 view .LVU5949
.LBE771:
.LBB772:
	.loc 2 43 1 is_stmt 1 view .LVU5950
	.loc 2 43 1 view .LVU5951
	.loc 2 43 1 view .LVU5952
	.loc 2 43 1 view .LVU5953
.LBE772:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5954
	leaq	-8(%rbx), %rax	#, tmp1523
.LBB773:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU5955
	movq	%rbp, %rsi	# sp, sp
.LBE773:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5956
	subq	%r14, %rax	# slots, tmp1524
.LBB774:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU5957
	subq	%rdi, %rsi	# vm, sp
.LBE774:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5958
	sarq	$3, %rax	#, tmp1526
.LBB775:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU5959
	sarq	$3, %rsi	#, arg
.LVL1207:
	.loc 2 43 1 is_stmt 1 view .LVU5960
.LBE775:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5961
	movl	0(%r13,%rax,4), %ecx	# *_2268, pretmp_2342
.LBB776:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU5962
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1208:
.L699:
.LDL209:
	.loc 2 43 1 view .LVU5963
.LBE776:
.LBB777:
	.loc 2 51 1 is_stmt 1 view .LVU5964
	.loc 2 51 1 view .LVU5965
	.loc 2 51 1 view .LVU5966
	.loc 2 51 1 view .LVU5967
.LBE777:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5968
	leaq	-8(%rbx), %rax	#, tmp1547
.LBB778:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU5969
	movq	%rbp, %rsi	# sp, sp
.LBE778:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5970
	subq	%r14, %rax	# slots, tmp1548
.LBB779:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU5971
	subq	%rdi, %rsi	# vm, sp
.LBE779:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5972
	sarq	$3, %rax	#, tmp1550
.LBB780:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU5973
	sarq	$3, %rsi	#, arg
.LVL1209:
	.loc 2 51 1 is_stmt 1 view .LVU5974
.LBE780:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5975
	movl	0(%r13,%rax,4), %ecx	# *_2274, pretmp_2342
.LBB781:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU5976
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1210:
.L698:
.LDL210:
	.loc 2 51 1 view .LVU5977
.LBE781:
.LBB782:
	.loc 2 47 1 is_stmt 1 view .LVU5978
	.loc 2 47 1 view .LVU5979
	.loc 2 47 1 view .LVU5980
	.loc 2 47 1 view .LVU5981
.LBE782:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5982
	leaq	-8(%rbx), %rax	#, tmp1539
.LBB783:
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU5983
	movq	%rbp, %rsi	# sp, sp
.LBE783:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5984
	subq	%r14, %rax	# slots, tmp1540
.LBB784:
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU5985
	subq	%rdi, %rsi	# vm, sp
.LBE784:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5986
	sarq	$3, %rax	#, tmp1542
.LBB785:
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU5987
	sarq	$3, %rsi	#, arg
.LVL1211:
	.loc 2 47 1 is_stmt 1 view .LVU5988
.LBE785:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU5989
	movl	0(%r13,%rax,4), %ecx	# *_2272, pretmp_2342
.LBB786:
# ./isa/ops.inc:47: OP_BEGIN(SWAP)                                  /* a b -- b a    */
	.loc 2 47 1 view .LVU5990
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1212:
.L702:
.LDL211:
	.loc 2 47 1 view .LVU5991
.LBE786:
.LBB787:
	.loc 2 64 1 is_stmt 1 view .LVU5992
	.loc 2 64 1 view .LVU5993
	.loc 2 64 1 view .LVU5994
	.loc 2 64 1 view .LVU5995
.LBE787:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU5996
	leaq	-8(%rbx), %rax	#, tmp1581
.LVL1213:
.LBB788:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU5997
	movq	%rbp, %rsi	# sp, sp
.LBE788:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU5998
	subq	%r14, %rax	# slots, tmp1582
.LBB789:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU5999
	subq	%rdi, %rsi	# vm, sp
.LBE789:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6000
	sarq	$3, %rax	#, tmp1584
.LBB790:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU6001
	sarq	$3, %rsi	#, arg
.LVL1214:
	.loc 2 64 1 is_stmt 1 view .LVU6002
.LBE790:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU6003
	movl	0(%r13,%rax,4), %ecx	# *_2286, pretmp_2342
.LBB791:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 1 view .LVU6004
	movl	$2, %eax	#, st
	jmp	.L11	#
.LVL1215:
.L714:
	.loc 2 64 1 view .LVU6005
.LBE791:
.LBB792:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6006
	leaq	-8(%rbx), %rax	#, tmp1616
.LBE792:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6007
	subq	%r14, %rax	# slots, tmp1617
	sarq	$3, %rax	#, tmp1619
.LBB793:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6008
	movl	0(%r13,%rax,4), %ecx	# *_2301, pretmp_2342
.LBE793:
.LBB794:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 76 9 view .LVU6009
	movl	$1, %eax	#, st
	jmp	.L11	#
.LVL1216:
.L697:
.LDL212:
	.loc 2 76 9 view .LVU6010
.LBE794:
.LBB795:
	.loc 2 43 1 is_stmt 1 view .LVU6011
	.loc 2 43 1 view .LVU6012
	.loc 2 43 1 view .LVU6013
	.loc 2 43 1 view .LVU6014
.LBE795:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU6015
	leaq	-8(%rbx), %rax	#, tmp1530
.LBB796:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU6016
	movq	%rbp, %rsi	# sp, sp
.LBE796:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6017
	subq	%r14, %rax	# slots, tmp1531
.LBB797:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU6018
	subq	%rdi, %rsi	# vm, sp
.LBE797:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6019
	sarq	$3, %rax	#, tmp1533
.LBB798:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU6020
	sarq	$3, %rsi	#, arg
.LVL1217:
	.loc 2 43 1 is_stmt 1 view .LVU6021
.LBE798:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU6022
	movl	0(%r13,%rax,4), %ecx	# *_2269, pretmp_2342
.LBB799:
# ./isa/ops.inc:43: OP_BEGIN(DUP)                                   /* a -- a a      */
	.loc 2 43 1 view .LVU6023
	movl	$3, %eax	#, st
	jmp	.L11	#
.LVL1218:
.L700:
.LDL213:
	.loc 2 43 1 view .LVU6024
.LBE799:
.LBB800:
	.loc 2 51 1 is_stmt 1 view .LVU6025
	.loc 2 51 1 view .LVU6026
	.loc 2 51 1 view .LVU6027
	.loc 2 51 1 view .LVU6028
.LBE800:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 is_stmt 0 view .LVU6029
	leaq	-8(%rbx), %rax	#, tmp1554
.LBB801:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU6030
	movq	%rbp, %rsi	# sp, sp
.LBE801:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6031
	subq	%r14, %rax	# slots, tmp1555
.LBB802:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU6032
	subq	%rdi, %rsi	# vm, sp
.LBE802:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6033
	sarq	$3, %rax	#, tmp1557
.LBB803:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU6034
	sarq	$3, %rsi	#, arg
.LVL1219:
	.loc 2 51 1 is_stmt 1 view .LVU6035
.LBE803:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 is_stmt 0 view .LVU6036
	movl	0(%r13,%rax,4), %ecx	# *_2275, pretmp_2342
.LBB804:
# ./isa/ops.inc:51: OP_BEGIN(OVER)                                  /* a b -- a b a  */
	.loc 2 51 1 view .LVU6037
	movl	$3, %eax	#, st
	jmp	.L11	#
.LVL1220:
.L760:
	.loc 2 51 1 view .LVU6038
.LBE804:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU6039
	movl	(%r12), %ecx	# *_710, pretmp_2342
.LBB805:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU6040
	xorl	%esi, %esi	# arg
	movl	$8, %eax	#, st
	jmp	.L11	#
.L757:
	.loc 2 140 9 view .LVU6041
.LBE805:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU6042
	movl	(%r12), %ecx	# *_983, pretmp_2342
.LBB806:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU6043
	xorl	%esi, %esi	# arg
	movl	$8, %eax	#, st
	jmp	.L11	#
.LVL1221:
.L710:
	.loc 2 140 9 view .LVU6044
.LBE806:
.LBB807:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6045
	leaq	-8(%rbx), %rax	#, tmp1800
.LVL1222:
	.loc 2 138 5 view .LVU6046
.LBE807:
.LBB808:
.LBB57:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU6047
	xorl	%esi, %esi	# arg
.LBE57:
.LBE808:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6048
	subq	%r14, %rax	# slots, tmp1801
	sarq	$3, %rax	#, tmp1803
.LBB809:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6049
	movl	0(%r13,%rax,4), %ecx	# *_2323, pretmp_2342
.LVL1223:
	.loc 2 138 5 view .LVU6050
.LBE809:
.LBB810:
.LBB58:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 2 123 5 view .LVU6051
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1224:
.L786:
	.loc 2 123 5 view .LVU6052
.LBE58:
.LBE810:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU6053
	movl	(%r12), %ecx	# *_1591, pretmp_2342
.LBB811:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU6054
	xorl	%esi, %esi	# arg
	movl	$8, %eax	#, st
	jmp	.L11	#
.L769:
	.loc 2 140 9 view .LVU6055
.LBE811:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU6056
	movl	(%r12), %ecx	# *_1290, pretmp_2342
.LBB812:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU6057
	xorl	%esi, %esi	# arg
	movl	$8, %eax	#, st
	jmp	.L11	#
.LVL1225:
.L754:
	.loc 2 140 9 view .LVU6058
.LBE812:
.LBB813:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6059
	leaq	-8(%rbx), %rax	#, tmp2055
.LBE813:
.LBB814:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6060
	xorl	%esi, %esi	# arg
.LBE814:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6061
	subq	%r14, %rax	# slots, tmp2056
	sarq	$3, %rax	#, tmp2058
.LBB815:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6062
	movl	0(%r13,%rax,4), %ecx	# *_2294, pretmp_2342
.LBE815:
.LBB816:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6063
	movl	$7, %eax	#, st
	jmp	.L11	#
.L745:
	.loc 2 119 5 view .LVU6064
.LBE816:
.LBB817:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6065
	leaq	-8(%rbx), %rax	#, tmp1959
.LBE817:
.LBB818:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6066
	xorl	%esi, %esi	# arg
.LBE818:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6067
	subq	%r14, %rax	# slots, tmp1960
	sarq	$3, %rax	#, tmp1962
.LBB819:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6068
	movl	0(%r13,%rax,4), %ecx	# *_2310, pretmp_2342
.LBE819:
.LBB820:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6069
	movl	$7, %eax	#, st
	jmp	.L11	#
.L776:
	.loc 2 119 5 view .LVU6070
.LBE820:
.LBB821:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6071
	leaq	-8(%rbx), %rax	#, tmp2271
.LBE821:
.LBB822:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6072
	xorl	%esi, %esi	# arg
.LBE822:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6073
	subq	%r14, %rax	# slots, tmp2272
	sarq	$3, %rax	#, tmp2274
.LBB823:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6074
	movl	0(%r13,%rax,4), %ecx	# *_2263, pretmp_2342
.LBE823:
.LBB824:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6075
	movl	$7, %eax	#, st
	jmp	.L11	#
.L766:
	.loc 2 119 5 view .LVU6076
.LBE824:
.LBB825:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6077
	leaq	-8(%rbx), %rax	#, tmp2144
.LBE825:
.LBB826:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6078
	xorl	%esi, %esi	# arg
.LBE826:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6079
	subq	%r14, %rax	# slots, tmp2145
	sarq	$3, %rax	#, tmp2147
.LBB827:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6080
	movl	0(%r13,%rax,4), %ecx	# *_2280, pretmp_2342
.LBE827:
.LBB828:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6081
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1226:
.L738:
	.loc 2 119 5 view .LVU6082
.LBE828:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 5 view .LVU6083
	movl	(%r12), %ecx	# *_449, pretmp_2342
.LBB829:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU6084
	xorl	%esi, %esi	# arg
	movl	$8, %eax	#, st
	jmp	.L11	#
.LVL1227:
.L737:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6085
	xorl	%esi, %esi	# arg
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1228:
.L731:
	.loc 2 138 5 view .LVU6086
	leaq	-8(%rbx), %rax	#, tmp1827
.LBE829:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6087
	subq	%r14, %rax	# slots, tmp1828
	sarq	$3, %rax	#, tmp1830
.LBB830:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6088
	movl	0(%r13,%rax,4), %ecx	# *_2331, pretmp_2342
.LBE830:
.LBB831:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 view .LVU6089
	movl	$6, %eax	#, st
	jmp	.L11	#
.L735:
	.loc 2 132 5 view .LVU6090
.LBE831:
.LBB832:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6091
	leaq	-8(%rbx), %rax	#, tmp1814
.LBE832:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6092
	subq	%r14, %rax	# slots, tmp1815
	sarq	$3, %rax	#, tmp1817
.LBB833:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6093
	movl	0(%r13,%rax,4), %ecx	# *_2337, pretmp_2342
.LBE833:
.LBB834:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 2 127 5 view .LVU6094
	movl	$6, %eax	#, st
	jmp	.L11	#
.L717:
	.loc 2 127 5 view .LVU6095
.LBE834:
.LBB835:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6096
	leaq	-8(%rbx), %rax	#, tmp1602
.LBE835:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6097
	subq	%r14, %rax	# slots, tmp1603
	sarq	$3, %rax	#, tmp1605
.LBB836:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6098
	movl	0(%r13,%rax,4), %ecx	# *_2296, pretmp_2342
.LBE836:
.LBB837:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 2 69 9 view .LVU6099
	movl	$1, %eax	#, st
	jmp	.L11	#
.LVL1229:
.L733:
	.loc 2 69 9 view .LVU6100
.LBE837:
.LBB838:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6101
	leaq	-8(%rbx), %rax	#, tmp1788
.LBE838:
.LBB839:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6102
	xorl	%esi, %esi	# arg
.LBE839:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6103
	subq	%r14, %rax	# slots, tmp1789
	sarq	$3, %rax	#, tmp1791
.LBB840:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6104
	movl	0(%r13,%rax,4), %ecx	# *_2335, pretmp_2342
.LBE840:
.LBB841:
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 view .LVU6105
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1230:
.L753:
	.loc 2 119 5 view .LVU6106
.LBE841:
.LBB842:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6107
	leaq	-8(%rbx), %rax	#, tmp2036
.LBE842:
.LBB843:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6108
	xorl	%esi, %esi	# arg
.LVL1231:
	.loc 2 114 9 view .LVU6109
.LBE843:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6110
	subq	%r14, %rax	# slots, tmp2037
	sarq	$3, %rax	#, tmp2039
.LBB844:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6111
	movl	0(%r13,%rax,4), %ecx	# *_2295, pretmp_2342
.LBE844:
.LBB845:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6112
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1232:
.L774:
	.loc 2 114 9 view .LVU6113
.LBE845:
.LBB846:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6114
	leaq	-8(%rbx), %rax	#, tmp2241
.LBE846:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6115
	subq	%r14, %rax	# slots, tmp2242
	sarq	$3, %rax	#, tmp2244
.LBB847:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6116
	movl	0(%r13,%rax,4), %ecx	# *_2266, pretmp_2342
.LBE847:
.LBB848:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6117
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1233:
.L720:
	.loc 2 109 9 view .LVU6118
.LBE848:
.LBB849:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6119
	leaq	-8(%rbx), %rax	#, tmp1773
.LVL1234:
	.loc 2 138 5 view .LVU6120
.LBE849:
.LBB850:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6121
	xorl	%esi, %esi	# arg
.LBE850:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6122
	subq	%r14, %rax	# slots, tmp1774
	sarq	$3, %rax	#, tmp1776
.LBB851:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6123
	movl	0(%r13,%rax,4), %ecx	# *_2339, pretmp_2342
.LBE851:
.LBB852:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6124
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1235:
.L722:
	.loc 2 114 9 view .LVU6125
.LBE852:
.LBB853:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6126
	leaq	-8(%rbx), %rax	#, tmp1757
.LBE853:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6127
	subq	%r14, %rax	# slots, tmp1758
	sarq	$3, %rax	#, tmp1760
.LBB854:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6128
	movl	0(%r13,%rax,4), %ecx	# *_2333, pretmp_2342
.LBE854:
.LBB855:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6129
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1236:
.L775:
	.loc 2 109 9 view .LVU6130
.LBE855:
.LBB856:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6131
	leaq	-8(%rbx), %rax	#, tmp2250
.LBE856:
.LBB857:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6132
	xorl	%esi, %esi	# arg
.LVL1237:
	.loc 2 114 9 view .LVU6133
.LBE857:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6134
	subq	%r14, %rax	# slots, tmp2251
	sarq	$3, %rax	#, tmp2253
.LBB858:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6135
	movl	0(%r13,%rax,4), %ecx	# *_2265, pretmp_2342
.LBE858:
.LBB859:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6136
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1238:
.L764:
	.loc 2 114 9 view .LVU6137
.LBE859:
.LBB860:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6138
	leaq	-8(%rbx), %rax	#, tmp2118
.LBE860:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6139
	subq	%r14, %rax	# slots, tmp2119
	sarq	$3, %rax	#, tmp2121
.LBB861:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6140
	movl	0(%r13,%rax,4), %ecx	# *_2283, pretmp_2342
.LVL1239:
	.loc 2 138 5 view .LVU6141
.LBE861:
.LBB862:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6142
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1240:
.L765:
	.loc 2 109 9 view .LVU6143
.LBE862:
.LBB863:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6144
	leaq	-8(%rbx), %rax	#, tmp2125
.LBE863:
.LBB864:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6145
	xorl	%esi, %esi	# arg
.LVL1241:
	.loc 2 114 9 view .LVU6146
.LBE864:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6147
	subq	%r14, %rax	# slots, tmp2126
	sarq	$3, %rax	#, tmp2128
.LBB865:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6148
	movl	0(%r13,%rax,4), %ecx	# *_2281, pretmp_2342
.LVL1242:
	.loc 2 138 5 view .LVU6149
.LBE865:
.LBB866:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6150
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1243:
.L743:
	.loc 2 114 9 view .LVU6151
.LBE866:
.LBB867:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6152
	leaq	-8(%rbx), %rax	#, tmp1929
.LBE867:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6153
	subq	%r14, %rax	# slots, tmp1930
	sarq	$3, %rax	#, tmp1932
.LBB868:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6154
	movl	0(%r13,%rax,4), %ecx	# *_2313, pretmp_2342
.LBE868:
.LBB869:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6155
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1244:
.L744:
	.loc 2 109 9 view .LVU6156
.LBE869:
.LBB870:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6157
	leaq	-8(%rbx), %rax	#, tmp1938
.LVL1245:
	.loc 2 138 5 view .LVU6158
.LBE870:
.LBB871:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6159
	xorl	%esi, %esi	# arg
.LBE871:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6160
	subq	%r14, %rax	# slots, tmp1939
	sarq	$3, %rax	#, tmp1941
.LBB872:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6161
	movl	0(%r13,%rax,4), %ecx	# *_2311, pretmp_2342
.LBE872:
.LBB873:
# ./isa/ops.inc:114:         BRANCH();
	.loc 2 114 9 view .LVU6162
	movl	$7, %eax	#, st
	jmp	.L11	#
.LVL1246:
.L750:
	.loc 2 114 9 view .LVU6163
.LBE873:
.LBB874:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6164
	leaq	-8(%rbx), %rax	#, tmp2029
.LBE874:
.LBB875:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6165
	xorl	%esi, %esi	# arg
.LVL1247:
	.loc 2 109 9 view .LVU6166
.LBE875:
# dispatch/stackcache/stackcache.c:159:     vm_stop(vm, st, arg, ORD_HERE(), budget);
	.loc 1 159 26 view .LVU6167
	subq	%r14, %rax	# slots, tmp2030
	sarq	$3, %rax	#, tmp2032
.LBB876:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 2 138 5 view .LVU6168
	movl	0(%r13,%rax,4), %ecx	# *_2298, pretmp_2342
.LBE876:
.LBB877:
# ./isa/ops.inc:109:         BRANCH();
	.loc 2 109 9 view .LVU6169
	movl	$7, %eax	#, st
	jmp	.L11	#
.LBE877:
	.cfi_endproc
.LFE24:
	.size	engine, .-engine
	.p2align 4
	.type	run, @function
run:
.LVL1248:
.LFB27:
	.loc 1 236 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 237 5 view .LVU6171
	.loc 1 238 5 view .LVU6172
# dispatch/stackcache/stackcache.c:236: {
	.loc 1 236 1 is_stmt 0 view .LVU6173
	movq	%rdx, %rsi	# tmp86, prepared
.LVL1249:
# dispatch/stackcache/stackcache.c:238:     engine(vm, prepared, NULL);
	.loc 1 238 5 view .LVU6174
	xorl	%edx, %edx	#
.LVL1250:
	.loc 1 238 5 view .LVU6175
	jmp	engine	#
.LVL1251:
	.loc 1 238 5 view .LVU6176
	.cfi_endproc
.LFE27:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL1252:
.LFB26:
	.loc 1 188 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 189 5 view .LVU6178
	.loc 1 190 5 view .LVU6179
# dispatch/stackcache/stackcache.c:188: {
	.loc 1 188 1 is_stmt 0 view .LVU6180
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/stackcache/stackcache.c:190:     engine(NULL, NULL, &labels);
	.loc 1 190 5 view .LVU6181
	xorl	%esi, %esi	#
# dispatch/stackcache/stackcache.c:188: {
	.loc 1 188 1 view .LVU6182
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rdi, %r13	# tmp255, p
# dispatch/stackcache/stackcache.c:190:     engine(NULL, NULL, &labels);
	.loc 1 190 5 view .LVU6183
	xorl	%edi, %edi	#
.LVL1253:
# dispatch/stackcache/stackcache.c:188: {
	.loc 1 188 1 view .LVU6184
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$584, %rsp	#,
	.cfi_def_cfa_offset 640
# dispatch/stackcache/stackcache.c:190:     engine(NULL, NULL, &labels);
	.loc 1 190 5 view .LVU6185
	leaq	24(%rsp), %rdx	#, tmp290
	call	engine	#
.LVL1254:
	.loc 1 191 5 is_stmt 1 view .LVU6186
	.loc 1 192 5 view .LVU6187
.LBB887:
	.loc 1 192 10 view .LVU6188
	.loc 1 192 30 view .LVU6189
# dispatch/stackcache/stackcache.c:193:         handlers[op] = labels[F_C][op];
	.loc 1 193 30 is_stmt 0 view .LVU6190
	movq	24(%rsp), %r12	# labels, labels.417_1
	leaq	304(%rsp), %rax	#, ivtmp.465
	leaq	576(%rsp), %rsi	#, _132
	leaq	1088(%r12), %rdx	#, ivtmp.464
.LVL1255:
	.p2align 4,,10
	.p2align 3
.L789:
	.loc 1 193 9 is_stmt 1 discriminator 3 view .LVU6191
# dispatch/stackcache/stackcache.c:193:         handlers[op] = labels[F_C][op];
	.loc 1 193 35 is_stmt 0 discriminator 3 view .LVU6192
	movq	(%rdx), %rcx	# MEM[(const void * *)_127], _2
# dispatch/stackcache/stackcache.c:192:     for (unsigned op = 0; op < OP__COUNT; op++) {
	.loc 1 192 30 discriminator 3 view .LVU6193
	addq	$8, %rax	#, ivtmp.465
	addq	$8, %rdx	#, ivtmp.464
.LVL1256:
# dispatch/stackcache/stackcache.c:193:         handlers[op] = labels[F_C][op];
	.loc 1 193 22 discriminator 3 view .LVU6194
	movq	%rcx, -280(%rax)	# _2, MEM[(const void * *)_134 + -272B]
	.loc 1 194 9 is_stmt 1 discriminator 3 view .LVU6195
# dispatch/stackcache/stackcache.c:194:         handlers[OP_PROVEN + op] = labels[F_00][op];  /* replaced below */
	.loc 1 194 48 is_stmt 0 discriminator 3 view .LVU6196
	movq	-1096(%rdx), %rcx	# MEM[(const void * *)_127 + -1088B], _4
# dispatch/stackcache/stackcache.c:194:         handlers[OP_PROVEN + op] = labels[F_00][op];  /* replaced below */
	.loc 1 194 34 discriminator 3 view .LVU6197
	movq	%rcx, -8(%rax)	# _4, MEM[(const void * *)_134]
	.loc 1 192 45 is_stmt 1 discriminator 3 view .LVU6198
.LVL1257:
	.loc 1 192 30 discriminator 3 view .LVU6199
	cmpq	%rax, %rsi	# ivtmp.465, _132
	jne	.L789	#,
.LBE887:
	.loc 1 196 5 view .LVU6200
# dispatch/stackcache/stackcache.c:196:     struct thread *t = thread_new(p, handlers, NULL);
	.loc 1 196 24 is_stmt 0 view .LVU6201
	xorl	%edx, %edx	#
	leaq	32(%rsp), %rsi	#, tmp291
	movq	%r13, %rdi	# p,
	call	thread_new	#
.LVL1258:
# dispatch/stackcache/stackcache.c:197:     uint8_t *join = calloc((size_t)p->count + 1, 1);
	.loc 1 197 37 view .LVU6202
	movl	20(%r13), %r14d	# p_71(D)->count,
# dispatch/stackcache/stackcache.c:197:     uint8_t *join = calloc((size_t)p->count + 1, 1);
	.loc 1 197 21 view .LVU6203
	movl	$1, %esi	#,
# dispatch/stackcache/stackcache.c:196:     struct thread *t = thread_new(p, handlers, NULL);
	.loc 1 196 24 view .LVU6204
	movq	%rax, %rbx	# tmp256, <retval>
.LVL1259:
	.loc 1 197 5 is_stmt 1 view .LVU6205
# dispatch/stackcache/stackcache.c:197:     uint8_t *join = calloc((size_t)p->count + 1, 1);
	.loc 1 197 21 is_stmt 0 view .LVU6206
	leaq	1(%r14), %rdi	#, tmp164
# dispatch/stackcache/stackcache.c:197:     uint8_t *join = calloc((size_t)p->count + 1, 1);
	.loc 1 197 37 view .LVU6207
	movq	%r14, %rbp	#,
# dispatch/stackcache/stackcache.c:197:     uint8_t *join = calloc((size_t)p->count + 1, 1);
	.loc 1 197 21 view .LVU6208
	call	calloc	#
.LVL1260:
	.loc 1 197 21 view .LVU6209
	movq	%rax, %rdi	# tmp257, join
.LVL1261:
	.loc 1 198 5 is_stmt 1 view .LVU6210
# dispatch/stackcache/stackcache.c:198:     if (!t || !join) {
	.loc 1 198 8 is_stmt 0 view .LVU6211
	testq	%rbx, %rbx	# <retval>
	je	.L816	#,
	testq	%rax, %rax	# join
	je	.L816	#,
	.loc 1 203 5 is_stmt 1 view .LVU6212
.LVL1262:
.LBB888:
.LBI888:
	.loc 1 172 13 view .LVU6213
.LBB889:
	.loc 1 174 5 view .LVU6214
# dispatch/stackcache/stackcache.c:174:     join[0] = 1;
	.loc 1 174 13 is_stmt 0 view .LVU6215
	movb	$1, (%rax)	#, *join_75
	.loc 1 175 5 is_stmt 1 view .LVU6216
.LBB890:
	.loc 1 175 10 view .LVU6217
.LVL1263:
	.loc 1 175 28 view .LVU6218
	testl	%r14d, %r14d	# _5
	je	.L809	#,
.LBB891:
# dispatch/stackcache/stackcache.c:176:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 176 31 is_stmt 0 view .LVU6219
	movq	8(%r13), %r9	# p_71(D)->code, _90
# dispatch/stackcache/stackcache.c:176:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 176 41 view .LVU6220
	movq	32(%r13), %r10	# p_71(D)->offset, _91
# dispatch/stackcache/stackcache.c:182:         if (!p->proven[i])
	.loc 1 182 15 view .LVU6221
	xorl	%edx, %edx	# ivtmp.450
	movq	64(%r13), %r8	# p_71(D)->proven, _118
	jmp	.L797	#
.LVL1264:
	.p2align 4,,10
	.p2align 3
.L810:
	.loc 1 182 15 view .LVU6222
.LBE891:
# dispatch/stackcache/stackcache.c:175:     for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 175 28 view .LVU6223
	movq	%rax, %rdx	# ivtmp.450, ivtmp.450
.LVL1265:
.L797:
.LBB894:
	.loc 1 176 9 is_stmt 1 view .LVU6224
# dispatch/stackcache/stackcache.c:176:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 176 49 is_stmt 0 view .LVU6225
	movl	(%r10,%rdx,4), %eax	# MEM[(uint32_t *)_91 + ivtmp.450_11 * 4], MEM[(uint32_t *)_91 + ivtmp.450_11 * 4]
# dispatch/stackcache/stackcache.c:176:         const uint8_t *ins = p->code + p->offset[i];
	.loc 1 176 24 view .LVU6226
	addq	%r9, %rax	# _90, ins
.LVL1266:
	.loc 1 177 9 is_stmt 1 view .LVU6227
# dispatch/stackcache/stackcache.c:177:         const struct opinfo *oi = &opinfo[*ins];
	.loc 1 177 43 is_stmt 0 view .LVU6228
	movzbl	(%rax), %esi	# *ins_98,
	movq	%rsi, %rcx	#,
.LVL1267:
	.loc 1 178 9 is_stmt 1 view .LVU6229
# dispatch/stackcache/stackcache.c:178:         if (oi->operand == OPND_LABEL)
	.loc 1 178 15 is_stmt 0 view .LVU6230
	leaq	(%rsi,%rsi,4), %rsi	#, tmp175
.LVL1268:
# dispatch/stackcache/stackcache.c:178:         if (oi->operand == OPND_LABEL)
	.loc 1 178 12 view .LVU6231
	cmpl	$2, opinfo+8(,%rsi,8)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_100].operand
	jne	.L794	#,
	.loc 1 179 13 is_stmt 1 view .LVU6232
.LVL1269:
.LBB892:
.LBI892:
	.file 3 "./isa/program.h"
	.loc 3 97 24 view .LVU6233
.LBB893:
	.loc 3 99 5 view .LVU6234
	.loc 3 100 5 view .LVU6235
	.loc 3 104 5 view .LVU6236
	.loc 3 104 5 is_stmt 0 view .LVU6237
.LBE893:
.LBE892:
# dispatch/stackcache/stackcache.c:179:             join[p->ord[read_label(ins + 1)]] = 1;
	.loc 1 179 25 view .LVU6238
	movl	1(%rax), %esi	# MEM <unsigned int> [(char * {ref-all})ins_98 + 1B], MEM <unsigned int> [(char * {ref-all})ins_98 + 1B]
# dispatch/stackcache/stackcache.c:179:             join[p->ord[read_label(ins + 1)]] = 1;
	.loc 1 179 24 view .LVU6239
	movq	24(%r13), %rax	# p_71(D)->ord, p_71(D)->ord
.LVL1270:
	.loc 1 179 24 view .LVU6240
	movl	(%rax,%rsi,4), %eax	# *_106, *_106
# dispatch/stackcache/stackcache.c:179:             join[p->ord[read_label(ins + 1)]] = 1;
	.loc 1 179 47 view .LVU6241
	movb	$1, (%rdi,%rax)	#, *_109
.LVL1271:
.L794:
	.loc 1 180 9 is_stmt 1 view .LVU6242
# dispatch/stackcache/stackcache.c:180:         if (i + 1 < p->count && (oi->flow != FLOW_NEXT && oi->flow != FLOW_COND))
	.loc 1 180 12 is_stmt 0 view .LVU6243
	leal	1(%rdx), %eax	#, tmp182
	cmpl	%ebp, %eax	# _5, tmp182
	jnb	.L795	#,
# dispatch/stackcache/stackcache.c:180:         if (i + 1 < p->count && (oi->flow != FLOW_NEXT && oi->flow != FLOW_COND))
	.loc 1 180 36 view .LVU6244
	leaq	(%rcx,%rcx,4), %rax	#, tmp187
# dispatch/stackcache/stackcache.c:180:         if (i + 1 < p->count && (oi->flow != FLOW_NEXT && oi->flow != FLOW_COND))
	.loc 1 180 30 view .LVU6245
	testl	$-3, opinfo+16(,%rax,8)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_100].flow
	je	.L795	#,
	.loc 1 181 13 is_stmt 1 view .LVU6246
# dispatch/stackcache/stackcache.c:181:             join[i + 1] = 1;                 /* after a call, jmp, ret, halt */
	.loc 1 181 25 is_stmt 0 view .LVU6247
	movb	$1, 1(%rdi,%rdx)	#, MEM[(uint8_t *)join_75 + 1B + ivtmp.450_11 * 1]
.L795:
	.loc 1 182 9 is_stmt 1 view .LVU6248
# dispatch/stackcache/stackcache.c:182:         if (!p->proven[i])
	.loc 1 182 12 is_stmt 0 view .LVU6249
	cmpb	$0, (%r8,%rdx)	#, MEM[(uint8_t *)_118 + ivtmp.450_11 * 1]
	jne	.L796	#,
	.loc 1 183 13 is_stmt 1 view .LVU6250
# dispatch/stackcache/stackcache.c:183:             join[i] = 1;
	.loc 1 183 21 is_stmt 0 view .LVU6251
	movb	$1, (%rdi,%rdx)	#, MEM[(uint8_t *)join_75 + ivtmp.450_11 * 1]
.L796:
.LVL1272:
	.loc 1 183 21 view .LVU6252
.LBE894:
	.loc 1 175 28 is_stmt 1 view .LVU6253
	leaq	1(%rdx), %rax	#, ivtmp.450
	cmpq	%rax, %r14	# ivtmp.450, _6
	jne	.L810	#,
	xorl	%eax, %eax	# ivtmp.440
.LBE890:
.LBE889:
.LBE888:
# dispatch/stackcache/stackcache.c:206:     int in = 0;
	.loc 1 206 9 is_stmt 0 view .LVU6254
	xorl	%ecx, %ecx	# out
.LVL1273:
.LBB895:
.LBB896:
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6255
	leaq	544(%r12), %r15	#, prephitmp_174
# dispatch/stackcache/stackcache.c:210:             in = 0;
	.loc 1 210 16 view .LVU6256
	xorl	%r14d, %r14d	# tmp248
	cmpb	$0, (%rdi,%rax)	#, MEM[(uint8_t *)join_75 + ivtmp.440_157 * 1]
	movq	%r15, 8(%rsp)	# prephitmp_174, %sfp
.LVL1274:
	.loc 1 208 9 is_stmt 1 view .LVU6257
	.loc 1 209 9 view .LVU6258
# dispatch/stackcache/stackcache.c:210:             in = 0;
	.loc 1 210 16 is_stmt 0 view .LVU6259
	cmovne	%r14d, %ecx	# out,, tmp248, out
.LVL1275:
	.loc 1 211 9 is_stmt 1 view .LVU6260
# dispatch/stackcache/stackcache.c:211:         if (!p->proven[i]) {
	.loc 1 211 12 is_stmt 0 view .LVU6261
	cmpb	$0, (%r8,%rax)	#, MEM[(uint8_t *)_118 + ivtmp.440_157 * 1]
	je	.L812	#,
.LVL1276:
	.p2align 4,,10
	.p2align 3
.L822:
# dispatch/stackcache/stackcache.c:208:         const struct opinfo *oi = &opinfo[p->code[p->offset[i]]];
	.loc 1 208 60 view .LVU6262
	movl	(%r10,%rax,4), %esi	# MEM[(uint32_t *)_91 + ivtmp.440_157 * 4], MEM[(uint32_t *)_91 + ivtmp.440_157 * 4]
# dispatch/stackcache/stackcache.c:217:         const struct opinfo *next = i + 1 < p->count ? &opinfo[p->code[p->offset[i + 1]]] : NULL;
	.loc 1 217 91 view .LVU6263
	leal	1(%rax), %r11d	#, tmp194
	leaq	0(,%rax,4), %r13	#, _160
# dispatch/stackcache/stackcache.c:208:         const struct opinfo *oi = &opinfo[p->code[p->offset[i]]];
	.loc 1 208 50 view .LVU6264
	movzbl	(%r9,%rsi), %esi	# *_18,
	.loc 1 217 9 is_stmt 1 view .LVU6265
# dispatch/stackcache/stackcache.c:217:         const struct opinfo *next = i + 1 < p->count ? &opinfo[p->code[p->offset[i + 1]]] : NULL;
	.loc 1 217 91 is_stmt 0 view .LVU6266
	cmpl	%ebp, %r11d	# _5, tmp194
	jnb	.L800	#,
.LVL1277:
	.loc 1 218 9 is_stmt 1 discriminator 1 view .LVU6267
	.loc 1 219 9 discriminator 1 view .LVU6268
# dispatch/stackcache/stackcache.c:219:         if (oi->flow != FLOW_NEXT || !next || join[i + 1])
	.loc 1 219 15 is_stmt 0 discriminator 1 view .LVU6269
	movslq	%esi, %r11	# _20, _20
	leaq	(%r11,%r11,4), %r11	#, tmp199
	leaq	opinfo(,%r11,8), %r11	#, tmp201
# dispatch/stackcache/stackcache.c:219:         if (oi->flow != FLOW_NEXT || !next || join[i + 1])
	.loc 1 219 12 discriminator 1 view .LVU6270
	movl	16(%r11), %r15d	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_20].flow,
	testl	%r15d, %r15d	#
	jne	.L800	#,
# dispatch/stackcache/stackcache.c:219:         if (oi->flow != FLOW_NEXT || !next || join[i + 1])
	.loc 1 219 44 discriminator 2 view .LVU6271
	cmpb	$0, 1(%rdi,%rax)	#, MEM[(uint8_t *)join_75 + 1B + ivtmp.440_157 * 1]
	jne	.L800	#,
	.loc 1 221 14 is_stmt 1 view .LVU6272
# dispatch/stackcache/stackcache.c:221:         else if (oi->pushes > 0)
	.loc 1 221 17 is_stmt 0 view .LVU6273
	cmpb	$0, 14(%r11)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_20].pushes
	je	.L804	#,
	.loc 1 222 13 is_stmt 1 view .LVU6274
# dispatch/stackcache/stackcache.c:217:         const struct opinfo *next = i + 1 < p->count ? &opinfo[p->code[p->offset[i + 1]]] : NULL;
	.loc 1 217 81 is_stmt 0 view .LVU6275
	movl	4(%r10,%rax,4), %r11d	# MEM[(uint32_t *)_91 + 4B + ivtmp.440_157 * 4], MEM[(uint32_t *)_91 + 4B + ivtmp.440_157 * 4]
# dispatch/stackcache/stackcache.c:222:             out = next->pops > 0;
	.loc 1 222 23 view .LVU6276
	movzbl	(%r9,%r11), %r11d	# *_32, *_32
	leaq	(%r11,%r11,4), %r11	#, tmp217
	movzbl	opinfo+13(,%r11,8), %r11d	# MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_34].pops, _40
.LVL1278:
	.loc 1 227 9 is_stmt 1 view .LVU6277
# dispatch/stackcache/stackcache.c:227:         int family = in ? (out ? F_11 : F_10) : (out ? F_01 : F_00);
	.loc 1 227 47 is_stmt 0 view .LVU6278
	testl	%ecx, %ecx	# out
	je	.L820	#,
# dispatch/stackcache/stackcache.c:227:         int family = in ? (out ? F_11 : F_10) : (out ? F_01 : F_00);
	.loc 1 227 39 discriminator 1 view .LVU6279
	testb	%r11b, %r11b	# _40
	je	.L807	#,
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6280
	leaq	816(%r12), %r11	#, prephitmp_174
.LVL1279:
	.loc 1 228 44 view .LVU6281
	jmp	.L803	#
.LVL1280:
	.p2align 4,,10
	.p2align 3
.L804:
	.loc 1 223 14 is_stmt 1 view .LVU6282
# dispatch/stackcache/stackcache.c:223:         else if (oi->pops > 0)
	.loc 1 223 17 is_stmt 0 view .LVU6283
	cmpb	$0, 13(%r11)	#, MEM <const struct opinfo[34]> [(const struct opinfo *)&opinfo][_20].pops
	je	.L821	#,
.LVL1281:
	.p2align 4,,10
	.p2align 3
.L800:
	.loc 1 227 9 is_stmt 1 view .LVU6284
# dispatch/stackcache/stackcache.c:227:         int family = in ? (out ? F_11 : F_10) : (out ? F_01 : F_00);
	.loc 1 227 47 is_stmt 0 view .LVU6285
	movq	%r12, %r11	# labels.417_1, prephitmp_174
	testl	%ecx, %ecx	# out
	je	.L803	#,
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6286
	movq	8(%rsp), %r11	# %sfp, prephitmp_174
	xorl	%ecx, %ecx	# out
.LVL1282:
.L803:
	.loc 1 228 9 is_stmt 1 discriminator 8 view .LVU6287
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 52 is_stmt 0 discriminator 8 view .LVU6288
	movq	(%r11,%rsi,8), %r11	# (*prephitmp_181)[_20], _55
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 26 discriminator 8 view .LVU6289
	movq	16(%rbx), %rsi	# t_73->first, t_73->first
	movl	(%rsi,%r13), %r13d	# *_50, *_50
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 36 discriminator 8 view .LVU6290
	movq	(%rbx), %rsi	# t_73->slots, t_73->slots
	movq	%r11, (%rsi,%r13,8)	# _55, _54->code
	.loc 1 229 9 is_stmt 1 discriminator 8 view .LVU6291
.LVL1283:
	.loc 1 229 9 is_stmt 0 discriminator 8 view .LVU6292
.LBE896:
	.loc 1 207 41 is_stmt 1 discriminator 8 view .LVU6293
	.loc 1 207 28 discriminator 8 view .LVU6294
	leaq	1(%rax), %rsi	#, ivtmp.440
	cmpq	%rax, %rdx	# ivtmp.440, ivtmp.450
	je	.L809	#,
.LVL1284:
.L814:
	.loc 1 207 28 is_stmt 0 discriminator 8 view .LVU6295
	movq	%rsi, %rax	# ivtmp.440, ivtmp.440
.LVL1285:
.LBB897:
	.loc 1 208 9 is_stmt 1 view .LVU6296
	.loc 1 209 9 view .LVU6297
# dispatch/stackcache/stackcache.c:210:             in = 0;
	.loc 1 210 16 is_stmt 0 view .LVU6298
	cmpb	$0, (%rdi,%rax)	#, MEM[(uint8_t *)join_75 + ivtmp.440_157 * 1]
	cmovne	%r14d, %ecx	# out,, tmp248, out
.LVL1286:
	.loc 1 211 9 is_stmt 1 view .LVU6299
# dispatch/stackcache/stackcache.c:211:         if (!p->proven[i]) {
	.loc 1 211 12 is_stmt 0 view .LVU6300
	cmpb	$0, (%r8,%rax)	#, MEM[(uint8_t *)_118 + ivtmp.440_157 * 1]
	jne	.L822	#,
.LVL1287:
.L812:
# dispatch/stackcache/stackcache.c:212:             in = 0;                          /* its checked handler: C0 to C0 */
	.loc 1 212 16 view .LVU6301
	xorl	%ecx, %ecx	# out
.LVL1288:
	.loc 1 212 16 view .LVU6302
.LBE897:
	.loc 1 207 41 is_stmt 1 view .LVU6303
	.loc 1 207 28 view .LVU6304
	leaq	1(%rax), %rsi	#, ivtmp.440
	cmpq	%rax, %rdx	# ivtmp.440, ivtmp.450
	jne	.L814	#,
.LVL1289:
.L809:
	.loc 1 207 28 is_stmt 0 view .LVU6305
.LBE895:
	.loc 1 231 5 is_stmt 1 view .LVU6306
	call	free	#
.LVL1290:
	.loc 1 232 5 view .LVU6307
.L788:
# dispatch/stackcache/stackcache.c:233: }
	.loc 1 233 1 is_stmt 0 view .LVU6308
	addq	$584, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%rbx, %rax	# <retval>,
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
.LVL1291:
.L820:
	.cfi_restore_state
.LBB900:
.LBB898:
# dispatch/stackcache/stackcache.c:222:             out = next->pops > 0;
	.loc 1 222 17 view .LVU6309
	xorl	%ecx, %ecx	# out
.LVL1292:
	.loc 1 222 17 view .LVU6310
	testb	%r11b, %r11b	# _40
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6311
	setne	%r11b	#, _41
.LVL1293:
# dispatch/stackcache/stackcache.c:222:             out = next->pops > 0;
	.loc 1 222 17 view .LVU6312
	setne	%cl	#, out
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6313
	movzbl	%r11b, %r11d	# _41, _41
	movq	%r11, %r15	# _41, tmp224
	salq	$4, %r15	#, tmp224
	addq	%r15, %r11	# tmp224, tmp225
	salq	$4, %r11	#, tmp226
	addq	%r12, %r11	# labels.417_1, prephitmp_174
	jmp	.L803	#
.LVL1294:
.L821:
	.loc 1 227 9 is_stmt 1 view .LVU6314
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 is_stmt 0 view .LVU6315
	leaq	816(%r12), %r11	#, tmp249
	testl	%ecx, %ecx	# out
	cmove	%r12, %r11	# tmp249,, labels.417_1, prephitmp_174
	jmp	.L803	#
.LVL1295:
.L816:
	.loc 1 228 44 view .LVU6316
.LBE898:
.LBE900:
	.loc 1 199 9 is_stmt 1 view .LVU6317
	call	free	#
.LVL1296:
	.loc 1 200 9 view .LVU6318
	movq	%rbx, %rdi	# <retval>,
# dispatch/stackcache/stackcache.c:201:         return NULL;
	.loc 1 201 16 is_stmt 0 view .LVU6319
	xorl	%ebx, %ebx	# <retval>
.LVL1297:
# dispatch/stackcache/stackcache.c:200:         thread_free(t);
	.loc 1 200 9 view .LVU6320
	call	thread_free	#
.LVL1298:
	.loc 1 201 9 is_stmt 1 view .LVU6321
# dispatch/stackcache/stackcache.c:201:         return NULL;
	.loc 1 201 16 is_stmt 0 view .LVU6322
	jmp	.L788	#
.LVL1299:
.L807:
.LBB901:
.LBB899:
# dispatch/stackcache/stackcache.c:228:         t->slots[t->first[i]].code = labels[family][p->code[p->offset[i]]];
	.loc 1 228 44 view .LVU6323
	leaq	544(%r12), %r11	#, prephitmp_174
.LVL1300:
	.loc 1 228 44 view .LVU6324
	xorl	%ecx, %ecx	# out
.LVL1301:
	.loc 1 228 44 view .LVU6325
	jmp	.L803	#
.LBE899:
.LBE901:
	.cfi_endproc
.LFE26:
	.size	prepare, .-prepare
	.section	.rodata
	.align 32
	.type	table.0, @object
	.size	table.0, 1360
table.0:
	.quad	.L128
	.quad	.L130
	.quad	.L132
	.quad	.L134
	.quad	.L136
	.quad	.L138
	.quad	.L140
	.quad	.L142
	.quad	.L144
	.quad	.L146
	.quad	.L148
	.quad	.L153
	.quad	.L157
	.quad	.L159
	.quad	.L161
	.quad	.L163
	.quad	.L165
	.quad	.L167
	.quad	.L169
	.quad	.L171
	.quad	.L173
	.quad	.L175
	.quad	.L177
	.quad	.L179
	.quad	.L181
	.quad	.L183
	.quad	.L187
	.quad	.L192
	.quad	.L197
	.quad	.L202
	.quad	.L205
	.quad	.L208
	.quad	.L211
	.quad	.L215
	.quad	.L218
	.quad	.L220
	.quad	.L222
	.quad	.L224
	.quad	.L226
	.quad	.L228
	.quad	.L230
	.quad	.L232
	.quad	.L234
	.quad	.L236
	.quad	.L238
	.quad	.L243
	.quad	.L247
	.quad	.L249
	.quad	.L251
	.quad	.L253
	.quad	.L255
	.quad	.L257
	.quad	.L259
	.quad	.L261
	.quad	.L263
	.quad	.L265
	.quad	.L267
	.quad	.L269
	.quad	.L271
	.quad	.L273
	.quad	.L277
	.quad	.L282
	.quad	.L287
	.quad	.L292
	.quad	.L295
	.quad	.L298
	.quad	.L301
	.quad	.L305
	.quad	.L398
	.quad	.L400
	.quad	.L402
	.quad	.L404
	.quad	.L406
	.quad	.L408
	.quad	.L410
	.quad	.L412
	.quad	.L414
	.quad	.L416
	.quad	.L418
	.quad	.L423
	.quad	.L427
	.quad	.L429
	.quad	.L431
	.quad	.L433
	.quad	.L435
	.quad	.L437
	.quad	.L439
	.quad	.L441
	.quad	.L443
	.quad	.L445
	.quad	.L447
	.quad	.L449
	.quad	.L451
	.quad	.L453
	.quad	.L457
	.quad	.L462
	.quad	.L467
	.quad	.L472
	.quad	.L475
	.quad	.L478
	.quad	.L481
	.quad	.L485
	.quad	.L308
	.quad	.L310
	.quad	.L312
	.quad	.L314
	.quad	.L316
	.quad	.L318
	.quad	.L320
	.quad	.L322
	.quad	.L324
	.quad	.L326
	.quad	.L328
	.quad	.L333
	.quad	.L337
	.quad	.L339
	.quad	.L341
	.quad	.L343
	.quad	.L345
	.quad	.L347
	.quad	.L349
	.quad	.L351
	.quad	.L353
	.quad	.L355
	.quad	.L357
	.quad	.L359
	.quad	.L361
	.quad	.L363
	.quad	.L367
	.quad	.L372
	.quad	.L377
	.quad	.L382
	.quad	.L385
	.quad	.L388
	.quad	.L391
	.quad	.L395
	.quad	.L5
	.quad	.L8
	.quad	.L12
	.quad	.L15
	.quad	.L19
	.quad	.L22
	.quad	.L26
	.quad	.L29
	.quad	.L32
	.quad	.L35
	.quad	.L38
	.quad	.L44
	.quad	.L49
	.quad	.L52
	.quad	.L55
	.quad	.L58
	.quad	.L61
	.quad	.L64
	.quad	.L67
	.quad	.L70
	.quad	.L73
	.quad	.L76
	.quad	.L79
	.quad	.L82
	.quad	.L85
	.quad	.L88
	.quad	.L92
	.quad	.L98
	.quad	.L104
	.quad	.L108
	.quad	.L112
	.quad	.L116
	.quad	.L120
	.quad	.L125
	.globl	dispatcher_stackcache
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"stackcache"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"static stack caching: direct threading, the top of the stack in a register where it pays"
	.section	.rodata
	.align 32
	.type	dispatcher_stackcache, @object
	.size	dispatcher_stackcache, 72
dispatcher_stackcache:
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
	.file 20 "/usr/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x64ed
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x2e
	.long	.LASF1222
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xd
	.long	.LASF9
	.byte	0x4
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0x11
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x2f
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x11
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0x11
	.byte	0x8
	.byte	0x5
	.long	.LASF4
	.uleb128 0x11
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0x11
	.byte	0x2
	.byte	0x7
	.long	.LASF6
	.uleb128 0x11
	.byte	0x4
	.byte	0x7
	.long	.LASF7
	.uleb128 0x11
	.byte	0x1
	.byte	0x6
	.long	.LASF8
	.uleb128 0xd
	.long	.LASF10
	.byte	0x5
	.byte	0x26
	.byte	0x17
	.long	0x56
	.uleb128 0x11
	.byte	0x2
	.byte	0x5
	.long	.LASF11
	.uleb128 0xd
	.long	.LASF12
	.byte	0x5
	.byte	0x29
	.byte	0x14
	.long	0x41
	.uleb128 0xd
	.long	.LASF13
	.byte	0x5
	.byte	0x2a
	.byte	0x16
	.long	0x64
	.uleb128 0xd
	.long	.LASF14
	.byte	0x5
	.byte	0x2c
	.byte	0x19
	.long	0x48
	.uleb128 0xd
	.long	.LASF15
	.byte	0x5
	.byte	0x2d
	.byte	0x1b
	.long	0x3a
	.uleb128 0xd
	.long	.LASF16
	.byte	0x5
	.byte	0x98
	.byte	0x19
	.long	0x48
	.uleb128 0xd
	.long	.LASF17
	.byte	0x5
	.byte	0x99
	.byte	0x1b
	.long	0x48
	.uleb128 0x30
	.byte	0x8
	.uleb128 0xb
	.long	0xd4
	.uleb128 0x11
	.byte	0x1
	.byte	0x6
	.long	.LASF18
	.uleb128 0xf
	.long	0xd4
	.uleb128 0xd
	.long	.LASF19
	.byte	0x6
	.byte	0x1a
	.byte	0x13
	.long	0x85
	.uleb128 0xd
	.long	.LASF20
	.byte	0x6
	.byte	0x1b
	.byte	0x13
	.long	0x9d
	.uleb128 0x31
	.byte	0x80
	.byte	0x7
	.byte	0x5
	.byte	0x9
	.long	0x10f
	.uleb128 0x8
	.long	.LASF24
	.byte	0x7
	.byte	0x7
	.byte	0x15
	.long	0x10f
	.byte	0
	.byte	0
	.uleb128 0x10
	.long	0x3a
	.long	0x11f
	.uleb128 0x12
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0xd
	.long	.LASF21
	.byte	0x7
	.byte	0x8
	.byte	0x3
	.long	0xf8
	.uleb128 0x11
	.byte	0x8
	.byte	0x7
	.long	.LASF22
	.uleb128 0xb
	.long	0x13c
	.uleb128 0xf
	.long	0x132
	.uleb128 0x32
	.uleb128 0xd
	.long	.LASF23
	.byte	0x8
	.byte	0x1f
	.byte	0x12
	.long	0x149
	.uleb128 0x10
	.long	0x48
	.long	0x159
	.uleb128 0x12
	.long	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0x13
	.long	.LASF29
	.byte	0xc8
	.byte	0x9
	.byte	0x1a
	.long	0x18d
	.uleb128 0x8
	.long	.LASF25
	.byte	0x9
	.byte	0x20
	.byte	0xf
	.long	0x13d
	.byte	0
	.uleb128 0x8
	.long	.LASF26
	.byte	0x9
	.byte	0x21
	.byte	0x9
	.long	0x41
	.byte	0x40
	.uleb128 0x8
	.long	.LASF27
	.byte	0x9
	.byte	0x22
	.byte	0x10
	.long	0x11f
	.byte	0x48
	.byte	0
	.uleb128 0xd
	.long	.LASF28
	.byte	0xa
	.byte	0x20
	.byte	0x1e
	.long	0x199
	.uleb128 0x10
	.long	0x159
	.long	0x1a9
	.uleb128 0x12
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x13
	.long	.LASF30
	.byte	0xd8
	.byte	0xb
	.byte	0x31
	.long	0x32f
	.uleb128 0x8
	.long	.LASF31
	.byte	0xb
	.byte	0x33
	.byte	0x7
	.long	0x41
	.byte	0
	.uleb128 0x8
	.long	.LASF32
	.byte	0xb
	.byte	0x36
	.byte	0x9
	.long	0xcf
	.byte	0x8
	.uleb128 0x8
	.long	.LASF33
	.byte	0xb
	.byte	0x37
	.byte	0x9
	.long	0xcf
	.byte	0x10
	.uleb128 0x8
	.long	.LASF34
	.byte	0xb
	.byte	0x38
	.byte	0x9
	.long	0xcf
	.byte	0x18
	.uleb128 0x8
	.long	.LASF35
	.byte	0xb
	.byte	0x39
	.byte	0x9
	.long	0xcf
	.byte	0x20
	.uleb128 0x8
	.long	.LASF36
	.byte	0xb
	.byte	0x3a
	.byte	0x9
	.long	0xcf
	.byte	0x28
	.uleb128 0x8
	.long	.LASF37
	.byte	0xb
	.byte	0x3b
	.byte	0x9
	.long	0xcf
	.byte	0x30
	.uleb128 0x8
	.long	.LASF38
	.byte	0xb
	.byte	0x3c
	.byte	0x9
	.long	0xcf
	.byte	0x38
	.uleb128 0x8
	.long	.LASF39
	.byte	0xb
	.byte	0x3d
	.byte	0x9
	.long	0xcf
	.byte	0x40
	.uleb128 0x8
	.long	.LASF40
	.byte	0xb
	.byte	0x40
	.byte	0x9
	.long	0xcf
	.byte	0x48
	.uleb128 0x8
	.long	.LASF41
	.byte	0xb
	.byte	0x41
	.byte	0x9
	.long	0xcf
	.byte	0x50
	.uleb128 0x8
	.long	.LASF42
	.byte	0xb
	.byte	0x42
	.byte	0x9
	.long	0xcf
	.byte	0x58
	.uleb128 0x8
	.long	.LASF43
	.byte	0xb
	.byte	0x44
	.byte	0x16
	.long	0x348
	.byte	0x60
	.uleb128 0x8
	.long	.LASF44
	.byte	0xb
	.byte	0x46
	.byte	0x14
	.long	0x34d
	.byte	0x68
	.uleb128 0x8
	.long	.LASF45
	.byte	0xb
	.byte	0x48
	.byte	0x7
	.long	0x41
	.byte	0x70
	.uleb128 0x8
	.long	.LASF46
	.byte	0xb
	.byte	0x49
	.byte	0x7
	.long	0x41
	.byte	0x74
	.uleb128 0x8
	.long	.LASF47
	.byte	0xb
	.byte	0x4a
	.byte	0xb
	.long	0xb5
	.byte	0x78
	.uleb128 0x8
	.long	.LASF48
	.byte	0xb
	.byte	0x4d
	.byte	0x12
	.long	0x5d
	.byte	0x80
	.uleb128 0x8
	.long	.LASF49
	.byte	0xb
	.byte	0x4e
	.byte	0xf
	.long	0x6b
	.byte	0x82
	.uleb128 0x8
	.long	.LASF50
	.byte	0xb
	.byte	0x4f
	.byte	0x8
	.long	0x352
	.byte	0x83
	.uleb128 0x8
	.long	.LASF51
	.byte	0xb
	.byte	0x51
	.byte	0xf
	.long	0x362
	.byte	0x88
	.uleb128 0x8
	.long	.LASF52
	.byte	0xb
	.byte	0x59
	.byte	0xd
	.long	0xc1
	.byte	0x90
	.uleb128 0x8
	.long	.LASF53
	.byte	0xb
	.byte	0x5b
	.byte	0x17
	.long	0x36c
	.byte	0x98
	.uleb128 0x8
	.long	.LASF54
	.byte	0xb
	.byte	0x5c
	.byte	0x19
	.long	0x376
	.byte	0xa0
	.uleb128 0x8
	.long	.LASF55
	.byte	0xb
	.byte	0x5d
	.byte	0x14
	.long	0x34d
	.byte	0xa8
	.uleb128 0x8
	.long	.LASF56
	.byte	0xb
	.byte	0x5e
	.byte	0x9
	.long	0xcd
	.byte	0xb0
	.uleb128 0x8
	.long	.LASF57
	.byte	0xb
	.byte	0x5f
	.byte	0xa
	.long	0x2e
	.byte	0xb8
	.uleb128 0x8
	.long	.LASF58
	.byte	0xb
	.byte	0x60
	.byte	0x7
	.long	0x41
	.byte	0xc0
	.uleb128 0x8
	.long	.LASF59
	.byte	0xb
	.byte	0x62
	.byte	0x8
	.long	0x37b
	.byte	0xc4
	.byte	0
	.uleb128 0xd
	.long	.LASF60
	.byte	0xc
	.byte	0x7
	.byte	0x19
	.long	0x1a9
	.uleb128 0x33
	.long	.LASF1223
	.byte	0xb
	.byte	0x2b
	.byte	0xe
	.uleb128 0x1c
	.long	.LASF61
	.uleb128 0xb
	.long	0x343
	.uleb128 0xb
	.long	0x1a9
	.uleb128 0x10
	.long	0xd4
	.long	0x362
	.uleb128 0x12
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x33b
	.uleb128 0x1c
	.long	.LASF62
	.uleb128 0xb
	.long	0x367
	.uleb128 0x1c
	.long	.LASF63
	.uleb128 0xb
	.long	0x371
	.uleb128 0x10
	.long	0xd4
	.long	0x38b
	.uleb128 0x12
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0xb
	.long	0x32f
	.uleb128 0x11
	.byte	0x10
	.byte	0x4
	.long	.LASF64
	.uleb128 0xd
	.long	.LASF65
	.byte	0xd
	.byte	0x18
	.byte	0x13
	.long	0x72
	.uleb128 0xf
	.long	0x397
	.uleb128 0xd
	.long	.LASF66
	.byte	0xd
	.byte	0x1a
	.byte	0x14
	.long	0x91
	.uleb128 0xf
	.long	0x3a8
	.uleb128 0xd
	.long	.LASF67
	.byte	0xd
	.byte	0x1b
	.byte	0x14
	.long	0xa9
	.uleb128 0xd
	.long	.LASF68
	.byte	0xe
	.byte	0x5a
	.byte	0x1b
	.long	0x3a
	.uleb128 0xb
	.long	0xdb
	.uleb128 0xd
	.long	.LASF69
	.byte	0xf
	.byte	0xa
	.byte	0x12
	.long	0xec
	.uleb128 0xd
	.long	.LASF70
	.byte	0xf
	.byte	0xb
	.byte	0x12
	.long	0x3b9
	.uleb128 0x19
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
	.uleb128 0x19
	.long	.LASF107
	.long	0x64
	.byte	0xf
	.byte	0x14
	.long	0x4f2
	.uleb128 0x2
	.long	.LASF108
	.byte	0
	.uleb128 0x2
	.long	.LASF109
	.byte	0x1
	.uleb128 0x2
	.long	.LASF110
	.byte	0x2
	.byte	0
	.uleb128 0x19
	.long	.LASF111
	.long	0x64
	.byte	0xf
	.byte	0x15
	.long	0x526
	.uleb128 0x2
	.long	.LASF112
	.byte	0
	.uleb128 0x2
	.long	.LASF113
	.byte	0x1
	.uleb128 0x2
	.long	.LASF114
	.byte	0x2
	.uleb128 0x2
	.long	.LASF115
	.byte	0x3
	.uleb128 0x2
	.long	.LASF116
	.byte	0x4
	.uleb128 0x2
	.long	.LASF117
	.byte	0x5
	.byte	0
	.uleb128 0x13
	.long	.LASF118
	.byte	0x28
	.byte	0xf
	.byte	0x25
	.long	0x59b
	.uleb128 0x8
	.long	.LASF119
	.byte	0xf
	.byte	0x26
	.byte	0x12
	.long	0x3d1
	.byte	0
	.uleb128 0x8
	.long	.LASF107
	.byte	0xf
	.byte	0x27
	.byte	0x12
	.long	0x4d0
	.byte	0x8
	.uleb128 0x8
	.long	.LASF120
	.byte	0xf
	.byte	0x28
	.byte	0x12
	.long	0x397
	.byte	0xc
	.uleb128 0x8
	.long	.LASF121
	.byte	0xf
	.byte	0x29
	.byte	0x12
	.long	0x397
	.byte	0xd
	.uleb128 0x8
	.long	.LASF122
	.byte	0xf
	.byte	0x29
	.byte	0x18
	.long	0x397
	.byte	0xe
	.uleb128 0x8
	.long	.LASF111
	.byte	0xf
	.byte	0x2a
	.byte	0x12
	.long	0x4f2
	.byte	0x10
	.uleb128 0x8
	.long	.LASF123
	.byte	0xf
	.byte	0x2b
	.byte	0x12
	.long	0x3d1
	.byte	0x18
	.uleb128 0x14
	.string	"doc"
	.byte	0xf
	.byte	0x2c
	.byte	0x12
	.long	0x3d1
	.byte	0x20
	.byte	0
	.uleb128 0xf
	.long	0x526
	.uleb128 0x10
	.long	0x59b
	.long	0x5b0
	.uleb128 0x12
	.long	0x3a
	.byte	0x21
	.byte	0
	.uleb128 0xf
	.long	0x5a0
	.uleb128 0x34
	.long	.LASF118
	.byte	0xf
	.byte	0x2e
	.byte	0x1c
	.long	0x5b0
	.uleb128 0x13
	.long	.LASF124
	.byte	0x10
	.byte	0x3
	.byte	0x13
	.long	0x5e8
	.uleb128 0x8
	.long	.LASF119
	.byte	0x3
	.byte	0x14
	.byte	0xe
	.long	0xcf
	.byte	0
	.uleb128 0x8
	.long	.LASF125
	.byte	0x3
	.byte	0x15
	.byte	0xe
	.long	0x3a8
	.byte	0x8
	.byte	0
	.uleb128 0x13
	.long	.LASF126
	.byte	0x8
	.byte	0x3
	.byte	0x1d
	.long	0x60f
	.uleb128 0x8
	.long	.LASF127
	.byte	0x3
	.byte	0x1e
	.byte	0xd
	.long	0xe0
	.byte	0
	.uleb128 0x8
	.long	.LASF128
	.byte	0x3
	.byte	0x1f
	.byte	0xd
	.long	0xe0
	.byte	0x4
	.byte	0
	.uleb128 0x13
	.long	.LASF129
	.byte	0x50
	.byte	0x3
	.byte	0x22
	.long	0x6ab
	.uleb128 0x8
	.long	.LASF130
	.byte	0x3
	.byte	0x23
	.byte	0x11
	.long	0x3d1
	.byte	0
	.uleb128 0x8
	.long	.LASF131
	.byte	0x3
	.byte	0x24
	.byte	0x11
	.long	0x6b0
	.byte	0x8
	.uleb128 0x8
	.long	.LASF120
	.byte	0x3
	.byte	0x25
	.byte	0x11
	.long	0x3a8
	.byte	0x10
	.uleb128 0x8
	.long	.LASF132
	.byte	0x3
	.byte	0x26
	.byte	0x11
	.long	0x3a8
	.byte	0x14
	.uleb128 0x14
	.string	"ord"
	.byte	0x3
	.byte	0x27
	.byte	0x11
	.long	0x6b5
	.byte	0x18
	.uleb128 0x8
	.long	.LASF125
	.byte	0x3
	.byte	0x29
	.byte	0x11
	.long	0x6b5
	.byte	0x20
	.uleb128 0x8
	.long	.LASF133
	.byte	0x3
	.byte	0x2a
	.byte	0x11
	.long	0x6b5
	.byte	0x28
	.uleb128 0x8
	.long	.LASF134
	.byte	0x3
	.byte	0x2b
	.byte	0x13
	.long	0x6ba
	.byte	0x30
	.uleb128 0x8
	.long	.LASF135
	.byte	0x3
	.byte	0x2c
	.byte	0x11
	.long	0x3a8
	.byte	0x38
	.uleb128 0x8
	.long	.LASF136
	.byte	0x3
	.byte	0x2e
	.byte	0x11
	.long	0x6b0
	.byte	0x40
	.uleb128 0x8
	.long	.LASF126
	.byte	0x3
	.byte	0x2f
	.byte	0x13
	.long	0x6bf
	.byte	0x48
	.byte	0
	.uleb128 0xf
	.long	0x60f
	.uleb128 0xb
	.long	0x397
	.uleb128 0xb
	.long	0x3a8
	.uleb128 0xb
	.long	0x5c1
	.uleb128 0xb
	.long	0x5e8
	.uleb128 0x19
	.long	.LASF137
	.long	0x64
	.byte	0x10
	.byte	0xf
	.long	0x70a
	.uleb128 0x2
	.long	.LASF138
	.byte	0
	.uleb128 0x2
	.long	.LASF139
	.byte	0x1
	.uleb128 0x2
	.long	.LASF140
	.byte	0x2
	.uleb128 0x2
	.long	.LASF141
	.byte	0x3
	.uleb128 0x2
	.long	.LASF142
	.byte	0x4
	.uleb128 0x2
	.long	.LASF143
	.byte	0x5
	.uleb128 0x2
	.long	.LASF144
	.byte	0x6
	.uleb128 0x2
	.long	.LASF145
	.byte	0x7
	.uleb128 0x2
	.long	.LASF146
	.byte	0x8
	.byte	0
	.uleb128 0x13
	.long	.LASF147
	.byte	0x20
	.byte	0x10
	.byte	0x1b
	.long	0x74b
	.uleb128 0x8
	.long	.LASF137
	.byte	0x10
	.byte	0x1c
	.byte	0x11
	.long	0x6c4
	.byte	0
	.uleb128 0x14
	.string	"arg"
	.byte	0x10
	.byte	0x1d
	.byte	0x11
	.long	0x3d6
	.byte	0x8
	.uleb128 0x14
	.string	"ord"
	.byte	0x10
	.byte	0x1e
	.byte	0x11
	.long	0x3a8
	.byte	0x10
	.uleb128 0x8
	.long	.LASF132
	.byte	0x10
	.byte	0x1f
	.byte	0x11
	.long	0xec
	.byte	0x18
	.byte	0
	.uleb128 0x26
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x7a6
	.uleb128 0x14
	.string	"f"
	.byte	0x10
	.byte	0x27
	.byte	0xe
	.long	0x38b
	.byte	0
	.uleb128 0x14
	.string	"len"
	.byte	0x10
	.byte	0x28
	.byte	0xe
	.long	0x2e
	.byte	0x8
	.uleb128 0x8
	.long	.LASF148
	.byte	0x10
	.byte	0x29
	.byte	0xe
	.long	0x3b9
	.byte	0x10
	.uleb128 0x8
	.long	.LASF149
	.byte	0x10
	.byte	0x2a
	.byte	0xe
	.long	0x3b9
	.byte	0x18
	.uleb128 0x8
	.long	.LASF150
	.byte	0x10
	.byte	0x2b
	.byte	0xe
	.long	0x41
	.byte	0x20
	.uleb128 0x14
	.string	"buf"
	.byte	0x10
	.byte	0x2c
	.byte	0xe
	.long	0x7a6
	.byte	0x24
	.byte	0
	.uleb128 0x10
	.long	0xd4
	.long	0x7b7
	.uleb128 0x1d
	.long	0x3a
	.value	0xffff
	.byte	0
	.uleb128 0x26
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x847
	.uleb128 0x8
	.long	.LASF151
	.byte	0x10
	.byte	0x30
	.byte	0x11
	.long	0x847
	.byte	0
	.uleb128 0x35
	.long	.LASF152
	.byte	0x10
	.byte	0x34
	.byte	0x11
	.long	0x858
	.value	0x8008
	.uleb128 0x27
	.string	"mem"
	.byte	0x36
	.long	0x869
	.long	0x10008
	.uleb128 0x16
	.long	.LASF153
	.byte	0x37
	.byte	0x11
	.long	0xec
	.long	0x10010
	.uleb128 0x16
	.long	.LASF154
	.byte	0x38
	.byte	0x11
	.long	0xec
	.long	0x10018
	.uleb128 0x16
	.long	.LASF155
	.byte	0x3a
	.byte	0x1b
	.long	0x86e
	.long	0x10020
	.uleb128 0x16
	.long	.LASF147
	.byte	0x3b
	.byte	0x13
	.long	0x70a
	.long	0x10028
	.uleb128 0x16
	.long	.LASF156
	.byte	0x3c
	.byte	0x11
	.long	0x18d
	.long	0x10048
	.uleb128 0x27
	.string	"out"
	.byte	0x3d
	.long	0x74b
	.long	0x10110
	.byte	0
	.uleb128 0x10
	.long	0x3d6
	.long	0x858
	.uleb128 0x1d
	.long	0x3a
	.value	0x1000
	.byte	0
	.uleb128 0x10
	.long	0x3c5
	.long	0x869
	.uleb128 0x1d
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0xb
	.long	0x3d6
	.uleb128 0xb
	.long	0x6ab
	.uleb128 0x13
	.long	.LASF157
	.byte	0x48
	.byte	0x11
	.byte	0x10
	.long	0x8f5
	.uleb128 0x8
	.long	.LASF119
	.byte	0x11
	.byte	0x11
	.byte	0x11
	.long	0x3d1
	.byte	0
	.uleb128 0x8
	.long	.LASF158
	.byte	0x11
	.byte	0x12
	.byte	0x11
	.long	0x3d1
	.byte	0x8
	.uleb128 0x8
	.long	.LASF159
	.byte	0x11
	.byte	0x15
	.byte	0x13
	.long	0x8ff
	.byte	0x10
	.uleb128 0x8
	.long	.LASF160
	.byte	0x11
	.byte	0x1a
	.byte	0xd
	.long	0x913
	.byte	0x18
	.uleb128 0x8
	.long	.LASF161
	.byte	0x11
	.byte	0x1b
	.byte	0xd
	.long	0x923
	.byte	0x20
	.uleb128 0x8
	.long	.LASF162
	.byte	0x11
	.byte	0x21
	.byte	0x13
	.long	0x8ff
	.byte	0x28
	.uleb128 0x8
	.long	.LASF163
	.byte	0x11
	.byte	0x27
	.byte	0x9
	.long	0x41
	.byte	0x30
	.uleb128 0x14
	.string	"run"
	.byte	0x11
	.byte	0x2b
	.byte	0xd
	.long	0x942
	.byte	0x38
	.uleb128 0x8
	.long	.LASF164
	.byte	0x11
	.byte	0x31
	.byte	0xd
	.long	0x957
	.byte	0x40
	.byte	0
	.uleb128 0xf
	.long	0x873
	.uleb128 0x36
	.long	0x3d1
	.uleb128 0xb
	.long	0x8fa
	.uleb128 0x37
	.long	0xcd
	.long	0x913
	.uleb128 0xc
	.long	0x86e
	.byte	0
	.uleb128 0xb
	.long	0x904
	.uleb128 0x1e
	.long	0x923
	.uleb128 0xc
	.long	0xcd
	.byte	0
	.uleb128 0xb
	.long	0x918
	.uleb128 0x1e
	.long	0x93d
	.uleb128 0xc
	.long	0x93d
	.uleb128 0xc
	.long	0x86e
	.uleb128 0xc
	.long	0xcd
	.byte	0
	.uleb128 0xb
	.long	0x7b7
	.uleb128 0xb
	.long	0x928
	.uleb128 0x1e
	.long	0x957
	.uleb128 0xc
	.long	0x132
	.uleb128 0xc
	.long	0x38b
	.byte	0
	.uleb128 0xb
	.long	0x947
	.uleb128 0x5
	.long	0x64
	.byte	0x12
	.byte	0x2c
	.byte	0x6
	.long	0xbcd
	.uleb128 0x2
	.long	.LASF165
	.byte	0
	.uleb128 0x2
	.long	.LASF166
	.byte	0
	.uleb128 0x2
	.long	.LASF167
	.byte	0
	.uleb128 0x2
	.long	.LASF168
	.byte	0
	.uleb128 0x2
	.long	.LASF169
	.byte	0x1
	.uleb128 0x2
	.long	.LASF170
	.byte	0
	.uleb128 0x2
	.long	.LASF171
	.byte	0x1
	.uleb128 0x2
	.long	.LASF172
	.byte	0
	.uleb128 0x2
	.long	.LASF173
	.byte	0
	.uleb128 0x2
	.long	.LASF174
	.byte	0x1
	.uleb128 0x2
	.long	.LASF175
	.byte	0x2
	.uleb128 0x2
	.long	.LASF176
	.byte	0
	.uleb128 0x2
	.long	.LASF177
	.byte	0x2
	.uleb128 0x2
	.long	.LASF178
	.byte	0x2
	.uleb128 0x2
	.long	.LASF179
	.byte	0
	.uleb128 0x2
	.long	.LASF180
	.byte	0x2
	.uleb128 0x2
	.long	.LASF181
	.byte	0x3
	.uleb128 0x2
	.long	.LASF182
	.byte	0
	.uleb128 0x2
	.long	.LASF183
	.byte	0x3
	.uleb128 0x2
	.long	.LASF184
	.byte	0x3
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF193
	.byte	0x1
	.uleb128 0x2
	.long	.LASF194
	.byte	0
	.uleb128 0x2
	.long	.LASF195
	.byte	0x2
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
	.byte	0x1
	.uleb128 0x2
	.long	.LASF202
	.byte	0x1
	.uleb128 0x2
	.long	.LASF203
	.byte	0
	.uleb128 0x2
	.long	.LASF204
	.byte	0x1
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF232
	.byte	0x1
	.uleb128 0x2
	.long	.LASF233
	.byte	0
	.uleb128 0x2
	.long	.LASF234
	.byte	0x2
	.uleb128 0x2
	.long	.LASF235
	.byte	0x1
	.uleb128 0x2
	.long	.LASF236
	.byte	0
	.uleb128 0x2
	.long	.LASF237
	.byte	0x2
	.uleb128 0x2
	.long	.LASF238
	.byte	0x1
	.uleb128 0x2
	.long	.LASF239
	.byte	0
	.uleb128 0x2
	.long	.LASF240
	.byte	0
	.uleb128 0x2
	.long	.LASF241
	.byte	0
	.uleb128 0x2
	.long	.LASF242
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF250
	.byte	0
	.uleb128 0x2
	.long	.LASF251
	.byte	0x3
	.uleb128 0x2
	.long	.LASF252
	.byte	0
	.uleb128 0x2
	.long	.LASF253
	.byte	0
	.uleb128 0x2
	.long	.LASF254
	.byte	0x4
	.uleb128 0x2
	.long	.LASF255
	.byte	0x1
	.uleb128 0x2
	.long	.LASF256
	.byte	0x1
	.uleb128 0x2
	.long	.LASF257
	.byte	0
	.uleb128 0x2
	.long	.LASF258
	.byte	0x2
	.uleb128 0x2
	.long	.LASF259
	.byte	0
	.uleb128 0x2
	.long	.LASF260
	.byte	0
	.uleb128 0x2
	.long	.LASF261
	.byte	0x1
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
	.byte	0x5
	.byte	0
	.uleb128 0x5
	.long	0x64
	.byte	0x12
	.byte	0x3b
	.byte	0x6
	.long	0xca6
	.uleb128 0x2
	.long	.LASF267
	.byte	0
	.uleb128 0x2
	.long	.LASF268
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF284
	.byte	0
	.uleb128 0x2
	.long	.LASF285
	.byte	0
	.uleb128 0x2
	.long	.LASF286
	.byte	0
	.uleb128 0x2
	.long	.LASF287
	.byte	0
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
	.byte	0x3
	.uleb128 0x2
	.long	.LASF293
	.byte	0x3
	.uleb128 0x2
	.long	.LASF294
	.byte	0x3
	.uleb128 0x2
	.long	.LASF295
	.byte	0x4
	.uleb128 0x2
	.long	.LASF296
	.byte	0x1
	.uleb128 0x2
	.long	.LASF297
	.byte	0
	.uleb128 0x2
	.long	.LASF298
	.byte	0
	.uleb128 0x2
	.long	.LASF299
	.byte	0
	.uleb128 0x2
	.long	.LASF300
	.byte	0
	.byte	0
	.uleb128 0x38
	.long	.LASF1224
	.byte	0x8
	.byte	0x13
	.byte	0x39
	.byte	0x7
	.long	0xcef
	.uleb128 0x1a
	.long	.LASF131
	.byte	0x3a
	.long	0x132
	.uleb128 0x28
	.string	"fn"
	.byte	0x3b
	.long	0xcf5
	.uleb128 0x28
	.string	"imm"
	.byte	0x3c
	.long	0x3d6
	.uleb128 0x1a
	.long	.LASF301
	.byte	0x3d
	.long	0xcff
	.uleb128 0x1a
	.long	.LASF132
	.byte	0x3e
	.long	0xec
	.uleb128 0x1a
	.long	.LASF126
	.byte	0x3f
	.long	0x5e8
	.byte	0
	.uleb128 0xf
	.long	0xca6
	.uleb128 0x39
	.uleb128 0xb
	.long	0xcf4
	.uleb128 0xf
	.long	0xcf5
	.uleb128 0xb
	.long	0xcef
	.uleb128 0xf
	.long	0xcff
	.uleb128 0x13
	.long	.LASF302
	.byte	0x20
	.byte	0x13
	.byte	0x42
	.long	0xd4a
	.uleb128 0x8
	.long	.LASF303
	.byte	0x13
	.byte	0x43
	.byte	0x11
	.long	0xd4f
	.byte	0
	.uleb128 0x14
	.string	"ord"
	.byte	0x13
	.byte	0x44
	.byte	0x11
	.long	0x6b5
	.byte	0x8
	.uleb128 0x8
	.long	.LASF304
	.byte	0x13
	.byte	0x45
	.byte	0x11
	.long	0x6b5
	.byte	0x10
	.uleb128 0x8
	.long	.LASF305
	.byte	0x13
	.byte	0x47
	.byte	0x11
	.long	0x2e
	.byte	0x18
	.byte	0
	.uleb128 0xf
	.long	0xd09
	.uleb128 0xb
	.long	0xca6
	.uleb128 0x5
	.long	0x64
	.byte	0x1
	.byte	0x3c
	.byte	0x6
	.long	0xd85
	.uleb128 0x2
	.long	.LASF306
	.byte	0
	.uleb128 0x2
	.long	.LASF307
	.byte	0x1
	.uleb128 0x2
	.long	.LASF308
	.byte	0x2
	.uleb128 0x2
	.long	.LASF309
	.byte	0x3
	.uleb128 0x3a
	.string	"F_C"
	.byte	0x4
	.uleb128 0x2
	.long	.LASF310
	.byte	0x5
	.byte	0
	.uleb128 0x3b
	.long	.LASF311
	.byte	0x1
	.byte	0xf1
	.byte	0x19
	.long	0x8f5
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_stackcache
	.uleb128 0x3c
	.long	.LASF314
	.byte	0x14
	.value	0x238
	.byte	0xd
	.long	0xdae
	.uleb128 0xc
	.long	0xcd
	.byte	0
	.uleb128 0x3d
	.long	.LASF312
	.byte	0x14
	.value	0x22c
	.byte	0xe
	.long	0xcd
	.long	0xdca
	.uleb128 0xc
	.long	0x2e
	.uleb128 0xc
	.long	0x2e
	.byte	0
	.uleb128 0x29
	.long	.LASF313
	.byte	0x13
	.byte	0x4d
	.byte	0x10
	.long	0xdea
	.long	0xdea
	.uleb128 0xc
	.long	0x86e
	.uleb128 0xc
	.long	0xdef
	.uleb128 0xc
	.long	0xdf4
	.byte	0
	.uleb128 0xb
	.long	0xd09
	.uleb128 0xb
	.long	0x137
	.uleb128 0xb
	.long	0xcfa
	.uleb128 0x2a
	.long	.LASF315
	.byte	0x10
	.byte	0x4f
	.byte	0x7
	.long	0xe1f
	.uleb128 0xc
	.long	0x93d
	.uleb128 0xc
	.long	0x6c4
	.uleb128 0xc
	.long	0x3d6
	.uleb128 0xc
	.long	0x3a8
	.uleb128 0xc
	.long	0xec
	.byte	0
	.uleb128 0x29
	.long	.LASF316
	.byte	0x10
	.byte	0x4a
	.byte	0x7
	.long	0x41
	.long	0xe3a
	.uleb128 0xc
	.long	0x93d
	.uleb128 0xc
	.long	0x3d6
	.byte	0
	.uleb128 0x2a
	.long	.LASF317
	.byte	0x13
	.byte	0x4f
	.byte	0x6
	.long	0xe4c
	.uleb128 0xc
	.long	0xcd
	.byte	0
	.uleb128 0x3e
	.string	"run"
	.byte	0x1
	.byte	0xeb
	.byte	0xd
	.quad	.LFB27
	.quad	.LFE27-.LFB27
	.uleb128 0x1
	.byte	0x9c
	.long	0xec4
	.uleb128 0x1b
	.string	"vm"
	.byte	0xeb
	.byte	0x1c
	.long	0x93d
	.long	.LLST394
	.long	.LVUS394
	.uleb128 0x1f
	.long	.LASF155
	.byte	0xeb
	.byte	0x36
	.long	0x86e
	.long	.LLST395
	.long	.LVUS395
	.uleb128 0x1f
	.long	.LASF318
	.byte	0xeb
	.byte	0x42
	.long	0xcd
	.long	.LLST396
	.long	.LVUS396
	.uleb128 0x3f
	.quad	.LVL1251
	.long	0x118e
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x40
	.long	.LASF160
	.byte	0x1
	.byte	0xbb
	.byte	0xe
	.long	0xcd
	.quad	.LFB26
	.quad	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.long	0x1116
	.uleb128 0x1b
	.string	"p"
	.byte	0xbb
	.byte	0x2c
	.long	0x86e
	.long	.LLST397
	.long	.LVUS397
	.uleb128 0x20
	.long	.LASF134
	.byte	0xbd
	.byte	0x19
	.long	0x1126
	.uleb128 0x3
	.byte	0x91
	.sleb128 -616
	.uleb128 0x20
	.long	.LASF319
	.byte	0xbf
	.byte	0x11
	.long	0x112b
	.uleb128 0x3
	.byte	0x91
	.sleb128 -608
	.uleb128 0x4
	.string	"t"
	.byte	0x1
	.byte	0xc4
	.byte	0x14
	.long	0xdea
	.long	.LLST398
	.long	.LVUS398
	.uleb128 0x21
	.long	.LASF320
	.byte	0xc5
	.byte	0xe
	.long	0x6b0
	.long	.LLST399
	.long	.LVUS399
	.uleb128 0x4
	.string	"in"
	.byte	0x1
	.byte	0xce
	.byte	0x9
	.long	0x41
	.long	.LLST400
	.long	.LVUS400
	.uleb128 0x9
	.quad	.LBB887
	.quad	.LBE887-.LBB887
	.long	0xf76
	.uleb128 0x4
	.string	"op"
	.byte	0x1
	.byte	0xc0
	.byte	0x13
	.long	0x64
	.long	.LLST401
	.long	.LVUS401
	.byte	0
	.uleb128 0x6
	.long	.LLRL409
	.long	0xfcd
	.uleb128 0x4
	.string	"i"
	.byte	0x1
	.byte	0xcf
	.byte	0x13
	.long	0x3a8
	.long	.LLST410
	.long	.LVUS410
	.uleb128 0x7
	.long	.LLRL411
	.uleb128 0x17
	.string	"oi"
	.byte	0x1
	.byte	0xd0
	.byte	0x1e
	.long	0x113b
	.uleb128 0x2b
	.long	.LASF321
	.byte	0xd9
	.byte	0x1e
	.long	0x113b
	.uleb128 0x4
	.string	"out"
	.byte	0x1
	.byte	0xda
	.byte	0xd
	.long	0x41
	.long	.LLST412
	.long	.LVUS412
	.uleb128 0x2b
	.long	.LASF322
	.byte	0xe3
	.byte	0xd
	.long	0x41
	.byte	0
	.byte	0
	.uleb128 0x41
	.long	0x1140
	.quad	.LBI888
	.value	.LVU6213
	.quad	.LBB888
	.quad	.LBE888-.LBB888
	.byte	0x1
	.byte	0xcb
	.byte	0x5
	.long	0x108a
	.uleb128 0x22
	.long	0x1157
	.long	.LLST402
	.long	.LVUS402
	.uleb128 0x22
	.long	0x114d
	.long	.LLST403
	.long	.LVUS403
	.uleb128 0x42
	.long	0x1163
	.quad	.LBB890
	.quad	.LBE890-.LBB890
	.uleb128 0x23
	.long	0x1164
	.long	.LLST404
	.long	.LVUS404
	.uleb128 0x43
	.long	0x116e
	.long	.LLRL405
	.uleb128 0x23
	.long	0x116f
	.long	.LLST406
	.long	.LVUS406
	.uleb128 0x44
	.long	0x117b
	.uleb128 0x45
	.long	0x64ce
	.quad	.LBI892
	.value	.LVU6233
	.quad	.LBB892
	.quad	.LBE892-.LBB892
	.byte	0x1
	.byte	0xb3
	.byte	0x19
	.uleb128 0x22
	.long	0x64db
	.long	.LLST407
	.long	.LVUS407
	.uleb128 0x23
	.long	0x64e5
	.long	.LLST408
	.long	.LVUS408
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x24
	.quad	.LVL1254
	.long	0x118e
	.long	0x10ad
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -616
	.byte	0
	.uleb128 0x24
	.quad	.LVL1258
	.long	0xdca
	.long	0x10d1
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -608
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x24
	.quad	.LVL1260
	.long	0xdae
	.long	0x10ee
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 1
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x25
	.quad	.LVL1290
	.long	0xd9b
	.uleb128 0x25
	.quad	.LVL1296
	.long	0xd9b
	.uleb128 0x25
	.quad	.LVL1298
	.long	0xe3a
	.byte	0
	.uleb128 0x10
	.long	0x137
	.long	0x1126
	.uleb128 0x12
	.long	0x3a
	.byte	0x21
	.byte	0
	.uleb128 0xb
	.long	0x1116
	.uleb128 0x10
	.long	0x132
	.long	0x113b
	.uleb128 0x12
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0xb
	.long	0x59b
	.uleb128 0x46
	.long	.LASF1220
	.byte	0x1
	.byte	0xac
	.byte	0xd
	.byte	0x1
	.long	0x1189
	.uleb128 0x2c
	.string	"p"
	.byte	0x1
	.byte	0xac
	.byte	0x2e
	.long	0x86e
	.uleb128 0x47
	.long	.LASF320
	.byte	0x1
	.byte	0xac
	.byte	0x3a
	.long	0x6b0
	.uleb128 0x2d
	.uleb128 0x17
	.string	"i"
	.byte	0x1
	.byte	0xaf
	.byte	0x13
	.long	0x3a8
	.uleb128 0x2d
	.uleb128 0x17
	.string	"ins"
	.byte	0x1
	.byte	0xb0
	.byte	0x18
	.long	0x1189
	.uleb128 0x17
	.string	"oi"
	.byte	0x1
	.byte	0xb1
	.byte	0x1e
	.long	0x113b
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	0x3a3
	.uleb128 0x48
	.long	.LASF323
	.byte	0x1
	.byte	0x40
	.byte	0xd
	.quad	.LFB24
	.quad	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.long	0x649a
	.uleb128 0x1b
	.string	"vm"
	.byte	0x40
	.byte	0x1f
	.long	0x93d
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x1b
	.string	"t"
	.byte	0x40
	.byte	0x38
	.long	0x649a
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1f
	.long	.LASF134
	.byte	0x40
	.byte	0x50
	.long	0x649f
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x20
	.long	.LASF324
	.byte	0x42
	.byte	0x1e
	.long	0x64ba
	.uleb128 0x9
	.byte	0x3
	.quad	table.0
	.uleb128 0x1
	.long	.LASF325
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L128
	.uleb128 0x1
	.long	.LASF326
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L218
	.uleb128 0x1
	.long	.LASF327
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L398
	.uleb128 0x1
	.long	.LASF328
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L308
	.uleb128 0x1
	.long	.LASF329
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L5
	.uleb128 0x1
	.long	.LASF330
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L130
	.uleb128 0x1
	.long	.LASF331
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L220
	.uleb128 0x1
	.long	.LASF332
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L400
	.uleb128 0x1
	.long	.LASF333
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L310
	.uleb128 0x1
	.long	.LASF334
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L8
	.uleb128 0x1
	.long	.LASF335
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L132
	.uleb128 0x1
	.long	.LASF336
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L222
	.uleb128 0x1
	.long	.LASF337
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L402
	.uleb128 0x1
	.long	.LASF338
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L312
	.uleb128 0x1
	.long	.LASF339
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L12
	.uleb128 0x1
	.long	.LASF340
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L134
	.uleb128 0x1
	.long	.LASF341
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L224
	.uleb128 0x1
	.long	.LASF342
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L404
	.uleb128 0x1
	.long	.LASF343
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L314
	.uleb128 0x1
	.long	.LASF344
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L15
	.uleb128 0x1
	.long	.LASF345
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L136
	.uleb128 0x1
	.long	.LASF346
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L226
	.uleb128 0x1
	.long	.LASF347
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L406
	.uleb128 0x1
	.long	.LASF348
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L316
	.uleb128 0x1
	.long	.LASF349
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L19
	.uleb128 0x1
	.long	.LASF350
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L138
	.uleb128 0x1
	.long	.LASF351
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L228
	.uleb128 0x1
	.long	.LASF352
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L408
	.uleb128 0x1
	.long	.LASF353
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L318
	.uleb128 0x1
	.long	.LASF354
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L22
	.uleb128 0x1
	.long	.LASF355
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L140
	.uleb128 0x1
	.long	.LASF356
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L230
	.uleb128 0x1
	.long	.LASF357
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L410
	.uleb128 0x1
	.long	.LASF358
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L320
	.uleb128 0x1
	.long	.LASF359
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L26
	.uleb128 0x1
	.long	.LASF360
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L142
	.uleb128 0x1
	.long	.LASF361
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L232
	.uleb128 0x1
	.long	.LASF362
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L412
	.uleb128 0x1
	.long	.LASF363
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L322
	.uleb128 0x1
	.long	.LASF364
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L29
	.uleb128 0x1
	.long	.LASF365
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L144
	.uleb128 0x1
	.long	.LASF366
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L234
	.uleb128 0x1
	.long	.LASF367
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L414
	.uleb128 0x1
	.long	.LASF368
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L324
	.uleb128 0x1
	.long	.LASF369
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L32
	.uleb128 0x1
	.long	.LASF370
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L146
	.uleb128 0x1
	.long	.LASF371
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L236
	.uleb128 0x1
	.long	.LASF372
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L416
	.uleb128 0x1
	.long	.LASF373
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L326
	.uleb128 0x1
	.long	.LASF374
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L35
	.uleb128 0x1
	.long	.LASF375
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L148
	.uleb128 0x1
	.long	.LASF376
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L238
	.uleb128 0x1
	.long	.LASF377
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L418
	.uleb128 0x1
	.long	.LASF378
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L328
	.uleb128 0x1
	.long	.LASF379
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L38
	.uleb128 0x1
	.long	.LASF380
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L153
	.uleb128 0x1
	.long	.LASF381
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L243
	.uleb128 0x1
	.long	.LASF382
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L423
	.uleb128 0x1
	.long	.LASF383
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L333
	.uleb128 0x1
	.long	.LASF384
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L44
	.uleb128 0x1
	.long	.LASF385
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L157
	.uleb128 0x1
	.long	.LASF386
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L247
	.uleb128 0x1
	.long	.LASF387
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L427
	.uleb128 0x1
	.long	.LASF388
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L337
	.uleb128 0x1
	.long	.LASF389
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L49
	.uleb128 0x1
	.long	.LASF390
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L159
	.uleb128 0x1
	.long	.LASF391
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L249
	.uleb128 0x1
	.long	.LASF392
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L429
	.uleb128 0x1
	.long	.LASF393
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L339
	.uleb128 0x1
	.long	.LASF394
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L52
	.uleb128 0x1
	.long	.LASF395
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L161
	.uleb128 0x1
	.long	.LASF396
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L251
	.uleb128 0x1
	.long	.LASF397
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L431
	.uleb128 0x1
	.long	.LASF398
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L341
	.uleb128 0x1
	.long	.LASF399
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L55
	.uleb128 0x1
	.long	.LASF400
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L163
	.uleb128 0x1
	.long	.LASF401
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L253
	.uleb128 0x1
	.long	.LASF402
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L433
	.uleb128 0x1
	.long	.LASF403
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L343
	.uleb128 0x1
	.long	.LASF404
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L58
	.uleb128 0x1
	.long	.LASF405
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L165
	.uleb128 0x1
	.long	.LASF406
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L255
	.uleb128 0x1
	.long	.LASF407
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L435
	.uleb128 0x1
	.long	.LASF408
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L345
	.uleb128 0x1
	.long	.LASF409
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L61
	.uleb128 0x1
	.long	.LASF410
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L167
	.uleb128 0x1
	.long	.LASF411
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L257
	.uleb128 0x1
	.long	.LASF412
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L437
	.uleb128 0x1
	.long	.LASF413
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L347
	.uleb128 0x1
	.long	.LASF414
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L64
	.uleb128 0x1
	.long	.LASF415
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L169
	.uleb128 0x1
	.long	.LASF416
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L259
	.uleb128 0x1
	.long	.LASF417
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L439
	.uleb128 0x1
	.long	.LASF418
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L349
	.uleb128 0x1
	.long	.LASF419
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L67
	.uleb128 0x1
	.long	.LASF420
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L171
	.uleb128 0x1
	.long	.LASF421
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L261
	.uleb128 0x1
	.long	.LASF422
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L441
	.uleb128 0x1
	.long	.LASF423
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L351
	.uleb128 0x1
	.long	.LASF424
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L70
	.uleb128 0x1
	.long	.LASF425
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L173
	.uleb128 0x1
	.long	.LASF426
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L263
	.uleb128 0x1
	.long	.LASF427
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L443
	.uleb128 0x1
	.long	.LASF428
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L353
	.uleb128 0x1
	.long	.LASF429
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L73
	.uleb128 0x1
	.long	.LASF430
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L175
	.uleb128 0x1
	.long	.LASF431
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L265
	.uleb128 0x1
	.long	.LASF432
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L445
	.uleb128 0x1
	.long	.LASF433
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L355
	.uleb128 0x1
	.long	.LASF434
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L76
	.uleb128 0x1
	.long	.LASF435
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L177
	.uleb128 0x1
	.long	.LASF436
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L267
	.uleb128 0x1
	.long	.LASF437
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L447
	.uleb128 0x1
	.long	.LASF438
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L357
	.uleb128 0x1
	.long	.LASF439
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L79
	.uleb128 0x1
	.long	.LASF440
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L179
	.uleb128 0x1
	.long	.LASF441
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L269
	.uleb128 0x1
	.long	.LASF442
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L449
	.uleb128 0x1
	.long	.LASF443
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L359
	.uleb128 0x1
	.long	.LASF444
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L82
	.uleb128 0x1
	.long	.LASF445
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L181
	.uleb128 0x1
	.long	.LASF446
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L271
	.uleb128 0x1
	.long	.LASF447
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L451
	.uleb128 0x1
	.long	.LASF448
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L361
	.uleb128 0x1
	.long	.LASF449
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L85
	.uleb128 0x1
	.long	.LASF450
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L183
	.uleb128 0x1
	.long	.LASF451
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L273
	.uleb128 0x1
	.long	.LASF452
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L453
	.uleb128 0x1
	.long	.LASF453
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L363
	.uleb128 0x1
	.long	.LASF454
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L88
	.uleb128 0x1
	.long	.LASF455
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L187
	.uleb128 0x1
	.long	.LASF456
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L277
	.uleb128 0x1
	.long	.LASF457
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L457
	.uleb128 0x1
	.long	.LASF458
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L367
	.uleb128 0x1
	.long	.LASF459
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L92
	.uleb128 0x1
	.long	.LASF460
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L192
	.uleb128 0x1
	.long	.LASF461
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L282
	.uleb128 0x1
	.long	.LASF462
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L462
	.uleb128 0x1
	.long	.LASF463
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L372
	.uleb128 0x1
	.long	.LASF464
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L98
	.uleb128 0x1
	.long	.LASF465
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L197
	.uleb128 0x1
	.long	.LASF466
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L287
	.uleb128 0x1
	.long	.LASF467
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L467
	.uleb128 0x1
	.long	.LASF468
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L377
	.uleb128 0x1
	.long	.LASF469
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L104
	.uleb128 0x1
	.long	.LASF470
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L202
	.uleb128 0x1
	.long	.LASF471
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L292
	.uleb128 0x1
	.long	.LASF472
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L472
	.uleb128 0x1
	.long	.LASF473
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L382
	.uleb128 0x1
	.long	.LASF474
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L108
	.uleb128 0x1
	.long	.LASF475
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L205
	.uleb128 0x1
	.long	.LASF476
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L295
	.uleb128 0x1
	.long	.LASF477
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L475
	.uleb128 0x1
	.long	.LASF478
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L385
	.uleb128 0x1
	.long	.LASF479
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L112
	.uleb128 0x1
	.long	.LASF480
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L208
	.uleb128 0x1
	.long	.LASF481
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L298
	.uleb128 0x1
	.long	.LASF482
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L478
	.uleb128 0x1
	.long	.LASF483
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L388
	.uleb128 0x1
	.long	.LASF484
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L116
	.uleb128 0x1
	.long	.LASF485
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L211
	.uleb128 0x1
	.long	.LASF486
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L301
	.uleb128 0x1
	.long	.LASF487
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L481
	.uleb128 0x1
	.long	.LASF488
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L391
	.uleb128 0x1
	.long	.LASF489
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L120
	.uleb128 0x1
	.long	.LASF490
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L215
	.uleb128 0x1
	.long	.LASF491
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L305
	.uleb128 0x1
	.long	.LASF492
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L485
	.uleb128 0x1
	.long	.LASF493
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L395
	.uleb128 0x1
	.long	.LASF494
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L125
	.uleb128 0x21
	.long	.LASF303
	.byte	0x4d
	.byte	0x1d
	.long	0xd04
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x4
	.string	"ord"
	.byte	0x1
	.byte	0x4e
	.byte	0x1b
	.long	0x64c4
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x4f
	.byte	0x17
	.long	0xcff
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x50
	.byte	0xb
	.long	0x869
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x4
	.string	"tos"
	.byte	0x1
	.byte	0x51
	.byte	0xa
	.long	0x3d6
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x4
	.string	"rsp"
	.byte	0x1
	.byte	0x52
	.byte	0x10
	.long	0x64c9
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x21
	.long	.LASF495
	.byte	0x53
	.byte	0xd
	.long	0xec
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x4
	.string	"st"
	.byte	0x1
	.byte	0x54
	.byte	0x11
	.long	0x6c4
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x4
	.string	"arg"
	.byte	0x1
	.byte	0x55
	.byte	0xa
	.long	0x3d6
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x1
	.long	.LASF496
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L6
	.uleb128 0x3
	.long	.LASF498
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF497
	.byte	0x1
	.byte	0x9e
	.byte	0x1
	.quad	.L11
	.uleb128 0x3
	.long	.LASF499
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF500
	.byte	0x20
	.byte	0x1
	.uleb128 0x3
	.long	.LASF501
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF502
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL1
	.uleb128 0x1
	.long	.LASF503
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L9
	.uleb128 0x3
	.long	.LASF504
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF505
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.LDL206
	.uleb128 0x3
	.long	.LASF506
	.byte	0x23
	.byte	0x1
	.uleb128 0x3
	.long	.LASF507
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF508
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL2
	.uleb128 0x1
	.long	.LASF509
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L13
	.uleb128 0x1
	.long	.LASF510
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.LDL207
	.uleb128 0x3
	.long	.LASF511
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF512
	.byte	0x27
	.byte	0x1
	.uleb128 0x3
	.long	.LASF513
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF514
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL3
	.uleb128 0x1
	.long	.LASF515
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L16
	.uleb128 0x1
	.long	.LASF516
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL208
	.uleb128 0x1
	.long	.LASF517
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.LDL212
	.uleb128 0x3
	.long	.LASF518
	.byte	0x2b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF519
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF520
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL4
	.uleb128 0x1
	.long	.LASF521
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L20
	.uleb128 0x1
	.long	.LASF522
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.LDL210
	.uleb128 0x3
	.long	.LASF523
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF524
	.byte	0x2f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF525
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF526
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL5
	.uleb128 0x1
	.long	.LASF527
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L23
	.uleb128 0x1
	.long	.LASF528
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL209
	.uleb128 0x1
	.long	.LASF529
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.LDL213
	.uleb128 0x3
	.long	.LASF530
	.byte	0x33
	.byte	0x1
	.uleb128 0x3
	.long	.LASF531
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF532
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL6
	.uleb128 0x1
	.long	.LASF533
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L27
	.uleb128 0x1
	.long	.LASF534
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.LDL203
	.uleb128 0x3
	.long	.LASF535
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF536
	.byte	0x37
	.byte	0x1
	.uleb128 0x3
	.long	.LASF537
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF538
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL9
	.uleb128 0x1
	.long	.LASF539
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L30
	.uleb128 0x1
	.long	.LASF540
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.LDL196
	.uleb128 0x3
	.long	.LASF541
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF542
	.byte	0x3f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF543
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF544
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL7
	.uleb128 0x1
	.long	.LASF545
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L33
	.uleb128 0x1
	.long	.LASF546
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.LDL211
	.uleb128 0x3
	.long	.LASF547
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF548
	.byte	0x40
	.byte	0x1
	.uleb128 0x3
	.long	.LASF549
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF550
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL8
	.uleb128 0x1
	.long	.LASF551
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L36
	.uleb128 0x1
	.long	.LASF552
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.LDL202
	.uleb128 0x3
	.long	.LASF553
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF554
	.byte	0x41
	.byte	0x1
	.uleb128 0x3
	.long	.LASF555
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF556
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL10
	.uleb128 0x1
	.long	.LASF557
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L39
	.uleb128 0x1
	.long	.LASF558
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.LDL183
	.uleb128 0x3
	.long	.LASF559
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF560
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF561
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF562
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF563
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF564
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L45
	.uleb128 0x1
	.long	.LASF565
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.LDL195
	.uleb128 0x3
	.long	.LASF566
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF567
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF568
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF569
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF570
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL178
	.uleb128 0x1
	.long	.LASF571
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L50
	.uleb128 0x1
	.long	.LASF572
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.LDL204
	.uleb128 0x3
	.long	.LASF573
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF574
	.byte	0x50
	.byte	0x1
	.uleb128 0x3
	.long	.LASF575
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF576
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL20
	.uleb128 0x1
	.long	.LASF577
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L53
	.uleb128 0x1
	.long	.LASF578
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.LDL197
	.uleb128 0x3
	.long	.LASF579
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF580
	.byte	0x54
	.byte	0x1
	.uleb128 0x3
	.long	.LASF581
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF582
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL13
	.uleb128 0x1
	.long	.LASF583
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L56
	.uleb128 0x1
	.long	.LASF584
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.LDL198
	.uleb128 0x3
	.long	.LASF585
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF586
	.byte	0x58
	.byte	0x1
	.uleb128 0x3
	.long	.LASF587
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF588
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL14
	.uleb128 0x1
	.long	.LASF589
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L59
	.uleb128 0x1
	.long	.LASF590
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.LDL193
	.uleb128 0x3
	.long	.LASF591
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF592
	.byte	0x59
	.byte	0x1
	.uleb128 0x3
	.long	.LASF593
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF594
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL26
	.uleb128 0x1
	.long	.LASF595
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L62
	.uleb128 0x1
	.long	.LASF596
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.LDL191
	.uleb128 0x3
	.long	.LASF597
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF598
	.byte	0x5a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF599
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF600
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL27
	.uleb128 0x1
	.long	.LASF601
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L65
	.uleb128 0x1
	.long	.LASF602
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.LDL199
	.uleb128 0x3
	.long	.LASF603
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF604
	.byte	0x5b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF605
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF606
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL12
	.uleb128 0x1
	.long	.LASF607
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L68
	.uleb128 0x1
	.long	.LASF608
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.LDL186
	.uleb128 0x3
	.long	.LASF609
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF610
	.byte	0x5d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF611
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF612
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL24
	.uleb128 0x1
	.long	.LASF613
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L71
	.uleb128 0x1
	.long	.LASF614
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.LDL205
	.uleb128 0x3
	.long	.LASF615
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF616
	.byte	0x5f
	.byte	0x1
	.uleb128 0x3
	.long	.LASF617
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF618
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL23
	.uleb128 0x1
	.long	.LASF619
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L74
	.uleb128 0x1
	.long	.LASF620
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.LDL192
	.uleb128 0x3
	.long	.LASF621
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF622
	.byte	0x60
	.byte	0x1
	.uleb128 0x3
	.long	.LASF623
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF624
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL29
	.uleb128 0x1
	.long	.LASF625
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L77
	.uleb128 0x1
	.long	.LASF626
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.LDL194
	.uleb128 0x3
	.long	.LASF627
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF628
	.byte	0x61
	.byte	0x1
	.uleb128 0x3
	.long	.LASF629
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF630
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL17
	.uleb128 0x1
	.long	.LASF631
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L80
	.uleb128 0x1
	.long	.LASF632
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.LDL188
	.uleb128 0x3
	.long	.LASF633
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF634
	.byte	0x62
	.byte	0x1
	.uleb128 0x3
	.long	.LASF635
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF636
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL18
	.uleb128 0x1
	.long	.LASF637
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L83
	.uleb128 0x1
	.long	.LASF638
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.LDL190
	.uleb128 0x3
	.long	.LASF639
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF640
	.byte	0x63
	.byte	0x1
	.uleb128 0x3
	.long	.LASF641
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF642
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL28
	.uleb128 0x1
	.long	.LASF643
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L86
	.uleb128 0x1
	.long	.LASF644
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.LDL185
	.uleb128 0x3
	.long	.LASF645
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF646
	.byte	0x64
	.byte	0x1
	.uleb128 0x3
	.long	.LASF647
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF648
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL30
	.uleb128 0x1
	.long	.LASF649
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L89
	.uleb128 0x3
	.long	.LASF650
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF651
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF652
	.byte	0x67
	.byte	0x1
	.uleb128 0x3
	.long	.LASF653
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF654
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L90
	.uleb128 0x3
	.long	.LASF655
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF656
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL11
	.uleb128 0x3
	.long	.LASF657
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF658
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L93
	.uleb128 0x1
	.long	.LASF659
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.LDL200
	.uleb128 0x3
	.long	.LASF660
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF661
	.byte	0x6b
	.byte	0x1
	.uleb128 0x3
	.long	.LASF662
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF663
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L96
	.uleb128 0x3
	.long	.LASF664
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF665
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL22
	.uleb128 0x1
	.long	.LASF666
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL174
	.uleb128 0x1
	.long	.LASF667
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L99
	.uleb128 0x1
	.long	.LASF668
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.LDL201
	.uleb128 0x3
	.long	.LASF669
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF670
	.byte	0x70
	.byte	0x1
	.uleb128 0x3
	.long	.LASF671
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF672
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L102
	.uleb128 0x3
	.long	.LASF673
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF674
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL21
	.uleb128 0x1
	.long	.LASF675
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL175
	.uleb128 0x1
	.long	.LASF676
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L105
	.uleb128 0x3
	.long	.LASF677
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF678
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF679
	.byte	0x75
	.byte	0x1
	.uleb128 0x3
	.long	.LASF680
	.byte	0x75
	.byte	0x1
	.uleb128 0x1
	.long	.LASF681
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL34
	.uleb128 0x3
	.long	.LASF682
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF683
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL35
	.uleb128 0x3
	.long	.LASF684
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF685
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L109
	.uleb128 0x3
	.long	.LASF686
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF687
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF688
	.byte	0x7a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF689
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF690
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL15
	.uleb128 0x3
	.long	.LASF691
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF692
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL16
	.uleb128 0x3
	.long	.LASF693
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF694
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L113
	.uleb128 0x1
	.long	.LASF695
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.LDL187
	.uleb128 0x3
	.long	.LASF696
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF697
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF698
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF699
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF700
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL36
	.uleb128 0x1
	.long	.LASF701
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L117
	.uleb128 0x1
	.long	.LASF702
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.LDL184
	.uleb128 0x3
	.long	.LASF703
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF704
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF705
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF706
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF707
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL31
	.uleb128 0x1
	.long	.LASF708
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L121
	.uleb128 0x1
	.long	.LASF709
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.LDL189
	.uleb128 0x3
	.long	.LASF710
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF711
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF712
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF713
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF714
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF715
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL38
	.uleb128 0x1
	.long	.LASF716
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L126
	.uleb128 0x3
	.long	.LASF717
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF718
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF719
	.byte	0x90
	.byte	0x1
	.uleb128 0x3
	.long	.LASF720
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF721
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L127
	.uleb128 0x3
	.long	.LASF722
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	.LASF723
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L129
	.uleb128 0x3
	.long	.LASF724
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF725
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL37
	.uleb128 0x1
	.long	.LASF726
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L131
	.uleb128 0x3
	.long	.LASF727
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF728
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x1
	.long	.LASF729
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L133
	.uleb128 0x3
	.long	.LASF730
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF731
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL40
	.uleb128 0x1
	.long	.LASF732
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L135
	.uleb128 0x3
	.long	.LASF733
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF734
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL19
	.uleb128 0x1
	.long	.LASF735
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L137
	.uleb128 0x3
	.long	.LASF736
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF737
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL39
	.uleb128 0x1
	.long	.LASF738
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L139
	.uleb128 0x3
	.long	.LASF739
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF740
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL32
	.uleb128 0x1
	.long	.LASF741
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L141
	.uleb128 0x3
	.long	.LASF742
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF743
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL33
	.uleb128 0x1
	.long	.LASF744
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L143
	.uleb128 0x3
	.long	.LASF745
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF746
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL41
	.uleb128 0x1
	.long	.LASF747
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L145
	.uleb128 0x3
	.long	.LASF748
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF749
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL42
	.uleb128 0x1
	.long	.LASF750
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L147
	.uleb128 0x3
	.long	.LASF751
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF752
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL43
	.uleb128 0x1
	.long	.LASF753
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L149
	.uleb128 0x3
	.long	.LASF754
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF755
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF756
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF757
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L154
	.uleb128 0x3
	.long	.LASF758
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF759
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF760
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL177
	.uleb128 0x1
	.long	.LASF761
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L158
	.uleb128 0x3
	.long	.LASF762
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF763
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL44
	.uleb128 0x1
	.long	.LASF764
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L160
	.uleb128 0x3
	.long	.LASF765
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF766
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL45
	.uleb128 0x1
	.long	.LASF767
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L162
	.uleb128 0x3
	.long	.LASF768
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF769
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL46
	.uleb128 0x1
	.long	.LASF770
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L164
	.uleb128 0x3
	.long	.LASF771
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF772
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL47
	.uleb128 0x1
	.long	.LASF773
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L166
	.uleb128 0x3
	.long	.LASF774
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF775
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL48
	.uleb128 0x1
	.long	.LASF776
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L168
	.uleb128 0x3
	.long	.LASF777
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF778
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL49
	.uleb128 0x1
	.long	.LASF779
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L170
	.uleb128 0x3
	.long	.LASF780
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF781
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL50
	.uleb128 0x1
	.long	.LASF782
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L172
	.uleb128 0x3
	.long	.LASF783
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF784
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL51
	.uleb128 0x1
	.long	.LASF785
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L174
	.uleb128 0x3
	.long	.LASF786
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF787
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL52
	.uleb128 0x1
	.long	.LASF788
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L176
	.uleb128 0x3
	.long	.LASF789
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF790
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL53
	.uleb128 0x1
	.long	.LASF791
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L178
	.uleb128 0x3
	.long	.LASF792
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF793
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL54
	.uleb128 0x1
	.long	.LASF794
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L180
	.uleb128 0x3
	.long	.LASF795
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF796
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL55
	.uleb128 0x1
	.long	.LASF797
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L182
	.uleb128 0x3
	.long	.LASF798
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF799
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL56
	.uleb128 0x1
	.long	.LASF800
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L184
	.uleb128 0x3
	.long	.LASF801
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF802
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L185
	.uleb128 0x3
	.long	.LASF803
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF804
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL57
	.uleb128 0x3
	.long	.LASF805
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF806
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L188
	.uleb128 0x3
	.long	.LASF807
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF808
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L190
	.uleb128 0x3
	.long	.LASF809
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF810
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL58
	.uleb128 0x1
	.long	.LASF811
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL173
	.uleb128 0x1
	.long	.LASF812
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L193
	.uleb128 0x3
	.long	.LASF813
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF814
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L195
	.uleb128 0x3
	.long	.LASF815
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF816
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL59
	.uleb128 0x1
	.long	.LASF817
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL166
	.uleb128 0x1
	.long	.LASF818
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L198
	.uleb128 0x1
	.long	.LASF819
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL180
	.uleb128 0x1
	.long	.LASF820
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL60
	.uleb128 0x3
	.long	.LASF821
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF822
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL61
	.uleb128 0x3
	.long	.LASF823
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF824
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L203
	.uleb128 0x3
	.long	.LASF825
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF826
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL99
	.uleb128 0x3
	.long	.LASF827
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF828
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL100
	.uleb128 0x3
	.long	.LASF829
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF830
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L206
	.uleb128 0x3
	.long	.LASF831
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF832
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF833
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL101
	.uleb128 0x1
	.long	.LASF834
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L209
	.uleb128 0x3
	.long	.LASF835
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF836
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF837
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL95
	.uleb128 0x1
	.long	.LASF838
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L212
	.uleb128 0x3
	.long	.LASF839
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF840
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF841
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF842
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL96
	.uleb128 0x1
	.long	.LASF843
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L216
	.uleb128 0x3
	.long	.LASF844
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF845
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L217
	.uleb128 0x3
	.long	.LASF846
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	.LASF847
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L219
	.uleb128 0x3
	.long	.LASF848
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF849
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL121
	.uleb128 0x1
	.long	.LASF850
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L221
	.uleb128 0x3
	.long	.LASF851
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF852
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL102
	.uleb128 0x1
	.long	.LASF853
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L223
	.uleb128 0x3
	.long	.LASF854
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF855
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL124
	.uleb128 0x1
	.long	.LASF856
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L225
	.uleb128 0x3
	.long	.LASF857
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF858
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL122
	.uleb128 0x1
	.long	.LASF859
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L227
	.uleb128 0x3
	.long	.LASF860
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF861
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL123
	.uleb128 0x1
	.long	.LASF862
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L229
	.uleb128 0x3
	.long	.LASF863
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF864
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL64
	.uleb128 0x1
	.long	.LASF865
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L231
	.uleb128 0x3
	.long	.LASF866
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF867
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL65
	.uleb128 0x1
	.long	.LASF868
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L233
	.uleb128 0x3
	.long	.LASF869
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF870
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL66
	.uleb128 0x1
	.long	.LASF871
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L235
	.uleb128 0x3
	.long	.LASF872
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF873
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL67
	.uleb128 0x1
	.long	.LASF874
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L237
	.uleb128 0x3
	.long	.LASF875
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF876
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL68
	.uleb128 0x1
	.long	.LASF877
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L239
	.uleb128 0x3
	.long	.LASF878
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF879
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF880
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF881
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L244
	.uleb128 0x3
	.long	.LASF882
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF883
	.byte	0x4c
	.byte	0x9
	.uleb128 0x3
	.long	.LASF884
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF885
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L248
	.uleb128 0x3
	.long	.LASF886
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF887
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL69
	.uleb128 0x1
	.long	.LASF888
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L250
	.uleb128 0x3
	.long	.LASF889
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF890
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL70
	.uleb128 0x1
	.long	.LASF891
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L252
	.uleb128 0x3
	.long	.LASF892
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF893
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL71
	.uleb128 0x1
	.long	.LASF894
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L254
	.uleb128 0x3
	.long	.LASF895
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF896
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL72
	.uleb128 0x1
	.long	.LASF897
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L256
	.uleb128 0x3
	.long	.LASF898
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF899
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL73
	.uleb128 0x1
	.long	.LASF900
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L258
	.uleb128 0x3
	.long	.LASF901
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF902
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL74
	.uleb128 0x1
	.long	.LASF903
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L260
	.uleb128 0x3
	.long	.LASF904
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF905
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL75
	.uleb128 0x1
	.long	.LASF906
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L262
	.uleb128 0x3
	.long	.LASF907
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF908
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL76
	.uleb128 0x1
	.long	.LASF909
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L264
	.uleb128 0x3
	.long	.LASF910
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF911
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL77
	.uleb128 0x1
	.long	.LASF912
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L266
	.uleb128 0x3
	.long	.LASF913
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF914
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL78
	.uleb128 0x1
	.long	.LASF915
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L268
	.uleb128 0x3
	.long	.LASF916
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF917
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL79
	.uleb128 0x1
	.long	.LASF918
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L270
	.uleb128 0x3
	.long	.LASF919
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF920
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL80
	.uleb128 0x1
	.long	.LASF921
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L272
	.uleb128 0x3
	.long	.LASF922
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF923
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL81
	.uleb128 0x1
	.long	.LASF924
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L274
	.uleb128 0x3
	.long	.LASF925
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF926
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L275
	.uleb128 0x3
	.long	.LASF927
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF928
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL82
	.uleb128 0x3
	.long	.LASF929
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF930
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L278
	.uleb128 0x3
	.long	.LASF931
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF932
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L280
	.uleb128 0x3
	.long	.LASF933
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF934
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL83
	.uleb128 0x1
	.long	.LASF935
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL167
	.uleb128 0x1
	.long	.LASF936
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L283
	.uleb128 0x3
	.long	.LASF937
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF938
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L285
	.uleb128 0x3
	.long	.LASF939
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF940
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL87
	.uleb128 0x1
	.long	.LASF941
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL168
	.uleb128 0x1
	.long	.LASF942
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L288
	.uleb128 0x1
	.long	.LASF943
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL179
	.uleb128 0x1
	.long	.LASF944
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL89
	.uleb128 0x3
	.long	.LASF945
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF946
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL90
	.uleb128 0x3
	.long	.LASF947
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF948
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L293
	.uleb128 0x3
	.long	.LASF949
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF950
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL84
	.uleb128 0x3
	.long	.LASF951
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF952
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL85
	.uleb128 0x3
	.long	.LASF953
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF954
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L296
	.uleb128 0x3
	.long	.LASF955
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF956
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF957
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL86
	.uleb128 0x1
	.long	.LASF958
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L299
	.uleb128 0x3
	.long	.LASF959
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF960
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF961
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL91
	.uleb128 0x1
	.long	.LASF962
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L302
	.uleb128 0x3
	.long	.LASF963
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF964
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF965
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF966
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL92
	.uleb128 0x1
	.long	.LASF967
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L306
	.uleb128 0x3
	.long	.LASF968
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF969
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L307
	.uleb128 0x3
	.long	.LASF970
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	.LASF971
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L309
	.uleb128 0x3
	.long	.LASF972
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF973
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL88
	.uleb128 0x1
	.long	.LASF974
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L311
	.uleb128 0x3
	.long	.LASF975
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF976
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL93
	.uleb128 0x1
	.long	.LASF977
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L313
	.uleb128 0x3
	.long	.LASF978
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF979
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL94
	.uleb128 0x1
	.long	.LASF980
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L315
	.uleb128 0x3
	.long	.LASF981
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF982
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL62
	.uleb128 0x1
	.long	.LASF983
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L317
	.uleb128 0x3
	.long	.LASF984
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF985
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL63
	.uleb128 0x1
	.long	.LASF986
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L319
	.uleb128 0x3
	.long	.LASF987
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF988
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL148
	.uleb128 0x1
	.long	.LASF989
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L321
	.uleb128 0x3
	.long	.LASF990
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF991
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL149
	.uleb128 0x1
	.long	.LASF992
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L323
	.uleb128 0x3
	.long	.LASF993
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF994
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL138
	.uleb128 0x1
	.long	.LASF995
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L325
	.uleb128 0x3
	.long	.LASF996
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF997
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL139
	.uleb128 0x1
	.long	.LASF998
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L327
	.uleb128 0x3
	.long	.LASF999
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1000
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL150
	.uleb128 0x1
	.long	.LASF1001
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L329
	.uleb128 0x3
	.long	.LASF1002
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1003
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF1004
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1005
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L334
	.uleb128 0x3
	.long	.LASF1006
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1007
	.byte	0x4c
	.byte	0x9
	.uleb128 0x3
	.long	.LASF1008
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1009
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L338
	.uleb128 0x3
	.long	.LASF1010
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1011
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL120
	.uleb128 0x1
	.long	.LASF1012
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L340
	.uleb128 0x3
	.long	.LASF1013
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1014
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL146
	.uleb128 0x1
	.long	.LASF1015
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L342
	.uleb128 0x3
	.long	.LASF1016
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1017
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL147
	.uleb128 0x1
	.long	.LASF1018
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L344
	.uleb128 0x3
	.long	.LASF1019
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1020
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL142
	.uleb128 0x1
	.long	.LASF1021
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L346
	.uleb128 0x3
	.long	.LASF1022
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1023
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL143
	.uleb128 0x1
	.long	.LASF1024
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L348
	.uleb128 0x3
	.long	.LASF1025
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1026
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL144
	.uleb128 0x1
	.long	.LASF1027
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L350
	.uleb128 0x3
	.long	.LASF1028
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1029
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL145
	.uleb128 0x1
	.long	.LASF1030
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L352
	.uleb128 0x3
	.long	.LASF1031
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1032
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL103
	.uleb128 0x1
	.long	.LASF1033
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L354
	.uleb128 0x3
	.long	.LASF1034
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1035
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL104
	.uleb128 0x1
	.long	.LASF1036
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L356
	.uleb128 0x3
	.long	.LASF1037
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1038
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL105
	.uleb128 0x1
	.long	.LASF1039
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L358
	.uleb128 0x3
	.long	.LASF1040
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1041
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL106
	.uleb128 0x1
	.long	.LASF1042
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L360
	.uleb128 0x3
	.long	.LASF1043
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1044
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL107
	.uleb128 0x1
	.long	.LASF1045
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L362
	.uleb128 0x3
	.long	.LASF1046
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1047
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL108
	.uleb128 0x1
	.long	.LASF1048
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L364
	.uleb128 0x3
	.long	.LASF1049
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1050
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L365
	.uleb128 0x3
	.long	.LASF1051
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1052
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL109
	.uleb128 0x3
	.long	.LASF1053
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1054
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L368
	.uleb128 0x3
	.long	.LASF1055
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1056
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L370
	.uleb128 0x3
	.long	.LASF1057
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1058
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL110
	.uleb128 0x1
	.long	.LASF1059
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL171
	.uleb128 0x1
	.long	.LASF1060
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L373
	.uleb128 0x3
	.long	.LASF1061
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1062
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L375
	.uleb128 0x3
	.long	.LASF1063
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1064
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL111
	.uleb128 0x1
	.long	.LASF1065
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL172
	.uleb128 0x1
	.long	.LASF1066
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L378
	.uleb128 0x1
	.long	.LASF1067
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL182
	.uleb128 0x1
	.long	.LASF1068
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL112
	.uleb128 0x3
	.long	.LASF1069
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1070
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL113
	.uleb128 0x3
	.long	.LASF1071
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1072
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L383
	.uleb128 0x3
	.long	.LASF1073
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1074
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL116
	.uleb128 0x3
	.long	.LASF1075
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1076
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL117
	.uleb128 0x3
	.long	.LASF1077
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1078
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L386
	.uleb128 0x3
	.long	.LASF1079
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1080
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1081
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL118
	.uleb128 0x1
	.long	.LASF1082
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L389
	.uleb128 0x3
	.long	.LASF1083
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1084
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1085
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL114
	.uleb128 0x1
	.long	.LASF1086
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L392
	.uleb128 0x3
	.long	.LASF1087
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1088
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF1089
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1090
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL115
	.uleb128 0x1
	.long	.LASF1091
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L396
	.uleb128 0x3
	.long	.LASF1092
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1093
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L397
	.uleb128 0x3
	.long	.LASF1094
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1095
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L399
	.uleb128 0x3
	.long	.LASF1096
	.byte	0x20
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1097
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL119
	.uleb128 0x1
	.long	.LASF1098
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L401
	.uleb128 0x3
	.long	.LASF1099
	.byte	0x23
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1100
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL97
	.uleb128 0x1
	.long	.LASF1101
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L403
	.uleb128 0x3
	.long	.LASF1102
	.byte	0x27
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1103
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL98
	.uleb128 0x1
	.long	.LASF1104
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L405
	.uleb128 0x3
	.long	.LASF1105
	.byte	0x2b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1106
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL159
	.uleb128 0x1
	.long	.LASF1107
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L407
	.uleb128 0x3
	.long	.LASF1108
	.byte	0x2f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1109
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL160
	.uleb128 0x1
	.long	.LASF1110
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L409
	.uleb128 0x3
	.long	.LASF1111
	.byte	0x33
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1112
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL154
	.uleb128 0x1
	.long	.LASF1113
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L411
	.uleb128 0x3
	.long	.LASF1114
	.byte	0x37
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1115
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL163
	.uleb128 0x1
	.long	.LASF1116
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L413
	.uleb128 0x3
	.long	.LASF1117
	.byte	0x3f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1118
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL161
	.uleb128 0x1
	.long	.LASF1119
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L415
	.uleb128 0x3
	.long	.LASF1120
	.byte	0x40
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1121
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL162
	.uleb128 0x1
	.long	.LASF1122
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L417
	.uleb128 0x3
	.long	.LASF1123
	.byte	0x41
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1124
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL140
	.uleb128 0x1
	.long	.LASF1125
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L419
	.uleb128 0x3
	.long	.LASF1126
	.byte	0x43
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1127
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF1128
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1129
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L424
	.uleb128 0x3
	.long	.LASF1130
	.byte	0x4a
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1131
	.byte	0x4c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1132
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL176
	.uleb128 0x1
	.long	.LASF1133
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L428
	.uleb128 0x3
	.long	.LASF1134
	.byte	0x50
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1135
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL141
	.uleb128 0x1
	.long	.LASF1136
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L430
	.uleb128 0x3
	.long	.LASF1137
	.byte	0x54
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1138
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL157
	.uleb128 0x1
	.long	.LASF1139
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L432
	.uleb128 0x3
	.long	.LASF1140
	.byte	0x58
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1141
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL158
	.uleb128 0x1
	.long	.LASF1142
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L434
	.uleb128 0x3
	.long	.LASF1143
	.byte	0x59
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1144
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL164
	.uleb128 0x1
	.long	.LASF1145
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L436
	.uleb128 0x3
	.long	.LASF1146
	.byte	0x5a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1147
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL165
	.uleb128 0x1
	.long	.LASF1148
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L438
	.uleb128 0x3
	.long	.LASF1149
	.byte	0x5b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1150
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL125
	.uleb128 0x1
	.long	.LASF1151
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L440
	.uleb128 0x3
	.long	.LASF1152
	.byte	0x5d
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1153
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL126
	.uleb128 0x1
	.long	.LASF1154
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L442
	.uleb128 0x3
	.long	.LASF1155
	.byte	0x5f
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1156
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL127
	.uleb128 0x1
	.long	.LASF1157
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L444
	.uleb128 0x3
	.long	.LASF1158
	.byte	0x60
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1159
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL128
	.uleb128 0x1
	.long	.LASF1160
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L446
	.uleb128 0x3
	.long	.LASF1161
	.byte	0x61
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1162
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL129
	.uleb128 0x1
	.long	.LASF1163
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L448
	.uleb128 0x3
	.long	.LASF1164
	.byte	0x62
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1165
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL130
	.uleb128 0x1
	.long	.LASF1166
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L450
	.uleb128 0x3
	.long	.LASF1167
	.byte	0x63
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1168
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL131
	.uleb128 0x1
	.long	.LASF1169
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L452
	.uleb128 0x3
	.long	.LASF1170
	.byte	0x64
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1171
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL132
	.uleb128 0x1
	.long	.LASF1172
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L454
	.uleb128 0x3
	.long	.LASF1173
	.byte	0x67
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1174
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L455
	.uleb128 0x3
	.long	.LASF1175
	.byte	0x68
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1176
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL133
	.uleb128 0x3
	.long	.LASF1177
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1178
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L458
	.uleb128 0x3
	.long	.LASF1179
	.byte	0x6b
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1180
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L460
	.uleb128 0x3
	.long	.LASF1181
	.byte	0x6d
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1182
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL134
	.uleb128 0x1
	.long	.LASF1183
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL169
	.uleb128 0x1
	.long	.LASF1184
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L463
	.uleb128 0x3
	.long	.LASF1185
	.byte	0x70
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1186
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L465
	.uleb128 0x3
	.long	.LASF1187
	.byte	0x72
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1188
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL135
	.uleb128 0x1
	.long	.LASF1189
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL170
	.uleb128 0x1
	.long	.LASF1190
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L468
	.uleb128 0x1
	.long	.LASF1191
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL181
	.uleb128 0x1
	.long	.LASF1192
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL136
	.uleb128 0x3
	.long	.LASF1193
	.byte	0x77
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1194
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL137
	.uleb128 0x3
	.long	.LASF1195
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1196
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L473
	.uleb128 0x3
	.long	.LASF1197
	.byte	0x7a
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1198
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL151
	.uleb128 0x3
	.long	.LASF1199
	.byte	0x7b
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1200
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL152
	.uleb128 0x3
	.long	.LASF1201
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1202
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L476
	.uleb128 0x3
	.long	.LASF1203
	.byte	0x7e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1204
	.byte	0x7f
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1205
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL153
	.uleb128 0x1
	.long	.LASF1206
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L479
	.uleb128 0x3
	.long	.LASF1207
	.byte	0x83
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1208
	.byte	0x84
	.byte	0x5
	.uleb128 0x1
	.long	.LASF1209
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL155
	.uleb128 0x1
	.long	.LASF1210
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L482
	.uleb128 0x3
	.long	.LASF1211
	.byte	0x89
	.byte	0x1
	.uleb128 0x3
	.long	.LASF1212
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF1213
	.byte	0x8c
	.byte	0x9
	.uleb128 0x1
	.long	.LASF1214
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL156
	.uleb128 0x1
	.long	.LASF1215
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L486
	.uleb128 0x3
	.long	.LASF1216
	.byte	0x90
	.byte	0x1
	.uleb128 0x1
	.long	.LASF1217
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L487
	.uleb128 0x3
	.long	.LASF1218
	.byte	0x92
	.byte	0x1
	.uleb128 0x9
	.quad	.LBB10
	.quad	.LBE10-.LBB10
	.long	0x3f63
	.uleb128 0xa
	.long	0x64
	.byte	0x20
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL14
	.long	0x3f7a
	.uleb128 0xa
	.long	0x64
	.byte	0x23
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL15
	.long	0x3f91
	.uleb128 0xa
	.long	0x64
	.byte	0x27
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL16
	.long	0x3fa8
	.uleb128 0xa
	.long	0x64
	.byte	0x2b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL17
	.long	0x3fe9
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.long	0x3fc4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB15
	.quad	.LBE15-.LBB15
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST18
	.long	.LVUS18
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL19
	.long	0x4000
	.uleb128 0xa
	.long	0x64
	.byte	0x33
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL20
	.long	0x4035
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.long	0x401c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL21
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST22
	.long	.LVUS22
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL23
	.long	0x407c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.long	0x4051
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL24
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST26
	.long	.LVUS26
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL27
	.long	0x40c3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.long	0x4098
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL28
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST30
	.long	.LVUS30
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL31
	.long	0x410a
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.long	0x40df
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL32
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST34
	.long	.LVUS34
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL74
	.long	0x4151
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.long	0x4126
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL75
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST77
	.long	.LVUS77
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL78
	.long	0x4198
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.long	0x416d
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL79
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST81
	.long	.LVUS81
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL50
	.long	0x41af
	.uleb128 0xa
	.long	0x64
	.byte	0x50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL51
	.long	0x41c6
	.uleb128 0xa
	.long	0x64
	.byte	0x54
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL52
	.long	0x420d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.long	0x41e2
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL53
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST54
	.long	.LVUS54
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST55
	.long	.LVUS55
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL96
	.long	0x4254
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.long	0x4229
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL97
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST99
	.long	.LVUS99
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL40
	.long	0x429b
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.long	0x4270
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL41
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST42
	.long	.LVUS42
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST43
	.long	.LVUS43
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL44
	.long	0x42e2
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.long	0x42b7
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL45
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST47
	.long	.LVUS47
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL86
	.long	0x4329
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.long	0x42fe
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL87
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST88
	.long	.LVUS88
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST89
	.long	.LVUS89
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL90
	.long	0x4370
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.long	0x4345
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL91
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST92
	.long	.LVUS92
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST93
	.long	.LVUS93
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL60
	.long	0x43b7
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.long	0x438c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL61
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST62
	.long	.LVUS62
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST63
	.long	.LVUS63
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL64
	.long	0x43fe
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.long	0x43d3
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL65
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST66
	.long	.LVUS66
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST67
	.long	.LVUS67
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL68
	.long	0x4445
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.long	0x441a
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL69
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST70
	.long	.LVUS70
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST71
	.long	.LVUS71
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL100
	.long	0x448c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.long	0x4461
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL101
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST103
	.long	.LVUS103
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL35
	.long	0x44d3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.long	0x44a8
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL36
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST37
	.long	.LVUS37
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST38
	.long	.LVUS38
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL39
	.long	0x44ea
	.uleb128 0xa
	.long	0x64
	.byte	0x67
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL82
	.long	0x452c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.long	0x4506
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB88
	.quad	.LBE88-.LBB88
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x6c
	.byte	0x9
	.long	0x3d6
	.long	.LLST83
	.long	.LVUS83
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL84
	.long	0x456e
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.long	0x4548
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB90
	.quad	.LBE90-.LBB90
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x71
	.byte	0x9
	.long	0x3d6
	.long	.LLST85
	.long	.LVUS85
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL56
	.long	0x4585
	.uleb128 0xa
	.long	0x64
	.byte	0x75
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL57
	.long	0x45bc
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.long	0x45a1
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL58
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xcff
	.long	.LLST59
	.long	.LVUS59
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL104
	.long	0x45d3
	.uleb128 0xa
	.long	0x64
	.byte	0x7e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL105
	.long	0x45ea
	.uleb128 0xa
	.long	0x64
	.byte	0x83
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL48
	.long	0x461d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.long	0x4606
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x18
	.quad	.LVL284
	.long	0xe1f
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL49
	.long	0x4634
	.uleb128 0xa
	.long	0x64
	.byte	0x90
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL94
	.long	0x464b
	.uleb128 0xa
	.long	0x64
	.byte	0x20
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL95
	.long	0x4662
	.uleb128 0xa
	.long	0x64
	.byte	0x23
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL72
	.long	0x4679
	.uleb128 0xa
	.long	0x64
	.byte	0x27
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL73
	.long	0x4690
	.uleb128 0xa
	.long	0x64
	.byte	0x2b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL106
	.long	0x46c5
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.long	0x46ac
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL107
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST108
	.long	.LVUS108
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB125
	.quad	.LBE125-.LBB125
	.long	0x46e8
	.uleb128 0xa
	.long	0x64
	.byte	0x33
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL109
	.long	0x471d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.long	0x4704
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL110
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST111
	.long	.LVUS111
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB144
	.quad	.LBE144-.LBB144
	.long	0x4770
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.long	0x4745
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL112
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST113
	.long	.LVUS113
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST114
	.long	.LVUS114
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB147
	.quad	.LBE147-.LBB147
	.long	0x47c3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.long	0x4798
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL115
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST116
	.long	.LVUS116
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST117
	.long	.LVUS117
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB150
	.quad	.LBE150-.LBB150
	.long	0x4816
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.long	0x47eb
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL118
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST119
	.long	.LVUS119
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST120
	.long	.LVUS120
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL121
	.long	0x485d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.long	0x4832
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL122
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST123
	.long	.LVUS123
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST124
	.long	.LVUS124
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL125
	.long	0x48a4
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.long	0x4879
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL126
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST127
	.long	.LVUS127
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST128
	.long	.LVUS128
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB164
	.quad	.LBE164-.LBB164
	.long	0x48c7
	.uleb128 0xa
	.long	0x64
	.byte	0x50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB165
	.quad	.LBE165-.LBB165
	.long	0x48ea
	.uleb128 0xa
	.long	0x64
	.byte	0x54
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB166
	.quad	.LBE166-.LBB166
	.long	0x493d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.long	0x4912
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL129
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST130
	.long	.LVUS130
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST131
	.long	.LVUS131
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB170
	.quad	.LBE170-.LBB170
	.long	0x4990
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.long	0x4965
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL132
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST133
	.long	.LVUS133
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST134
	.long	.LVUS134
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB174
	.quad	.LBE174-.LBB174
	.long	0x49e3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.long	0x49b8
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL135
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST136
	.long	.LVUS136
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST137
	.long	.LVUS137
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB178
	.quad	.LBE178-.LBB178
	.long	0x4a36
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.long	0x4a0b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL138
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST139
	.long	.LVUS139
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST140
	.long	.LVUS140
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB181
	.quad	.LBE181-.LBB181
	.long	0x4a89
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.long	0x4a5e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL141
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST143
	.long	.LVUS143
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB185
	.quad	.LBE185-.LBB185
	.long	0x4adc
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.long	0x4ab1
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL144
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST145
	.long	.LVUS145
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST146
	.long	.LVUS146
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB189
	.quad	.LBE189-.LBB189
	.long	0x4b2f
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.long	0x4b04
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL147
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST148
	.long	.LVUS148
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST149
	.long	.LVUS149
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB193
	.quad	.LBE193-.LBB193
	.long	0x4b82
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.long	0x4b57
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL150
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST151
	.long	.LVUS151
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST152
	.long	.LVUS152
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB197
	.quad	.LBE197-.LBB197
	.long	0x4bd5
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.long	0x4baa
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL153
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST154
	.long	.LVUS154
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST155
	.long	.LVUS155
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB201
	.quad	.LBE201-.LBB201
	.long	0x4c28
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.long	0x4bfd
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL156
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST157
	.long	.LVUS157
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST158
	.long	.LVUS158
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB205
	.quad	.LBE205-.LBB205
	.long	0x4c7b
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.long	0x4c50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL159
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST161
	.long	.LVUS161
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL162
	.long	0x4c92
	.uleb128 0xa
	.long	0x64
	.byte	0x67
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL163
	.long	0x4cd4
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.long	0x4cae
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB211
	.quad	.LBE211-.LBB211
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x6c
	.byte	0x9
	.long	0x3d6
	.long	.LLST164
	.long	.LVUS164
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL165
	.long	0x4d16
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.long	0x4cf0
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB213
	.quad	.LBE213-.LBB213
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x71
	.byte	0x9
	.long	0x3d6
	.long	.LLST166
	.long	.LVUS166
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL167
	.long	0x4d2d
	.uleb128 0xa
	.long	0x64
	.byte	0x75
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL247
	.long	0x4d64
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.long	0x4d49
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL247
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xcff
	.long	.LLST248
	.long	.LVUS248
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL242
	.long	0x4d7b
	.uleb128 0xa
	.long	0x64
	.byte	0x7e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL243
	.long	0x4d92
	.uleb128 0xa
	.long	0x64
	.byte	0x83
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL244
	.long	0x4dc5
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.long	0x4dae
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x18
	.quad	.LVL644
	.long	0xe1f
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL296
	.long	0x4ddc
	.uleb128 0xa
	.long	0x64
	.byte	0x90
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL249
	.long	0x4df3
	.uleb128 0xa
	.long	0x64
	.byte	0x20
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL250
	.long	0x4e0a
	.uleb128 0xa
	.long	0x64
	.byte	0x23
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL297
	.long	0x4e21
	.uleb128 0xa
	.long	0x64
	.byte	0x27
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB401
	.quad	.LBE401-.LBB401
	.long	0x4e44
	.uleb128 0xa
	.long	0x64
	.byte	0x2b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL172
	.long	0x4e79
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.long	0x4e60
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL173
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST174
	.long	.LVUS174
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB223
	.quad	.LBE223-.LBB223
	.long	0x4e9c
	.uleb128 0xa
	.long	0x64
	.byte	0x33
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB224
	.quad	.LBE224-.LBB224
	.long	0x4edd
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.long	0x4ec4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL175
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST176
	.long	.LVUS176
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB227
	.quad	.LBE227-.LBB227
	.long	0x4f30
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.long	0x4f05
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL177
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST178
	.long	.LVUS178
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST179
	.long	.LVUS179
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB230
	.quad	.LBE230-.LBB230
	.long	0x4f83
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.long	0x4f58
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL180
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST181
	.long	.LVUS181
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST182
	.long	.LVUS182
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB233
	.quad	.LBE233-.LBB233
	.long	0x4fd6
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.long	0x4fab
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL183
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST184
	.long	.LVUS184
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST185
	.long	.LVUS185
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL186
	.long	0x501d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.long	0x4ff2
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL187
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST188
	.long	.LVUS188
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST189
	.long	.LVUS189
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL190
	.long	0x5064
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.long	0x5039
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL191
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST192
	.long	.LVUS192
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST193
	.long	.LVUS193
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB247
	.quad	.LBE247-.LBB247
	.long	0x5087
	.uleb128 0xa
	.long	0x64
	.byte	0x50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB248
	.quad	.LBE248-.LBB248
	.long	0x50aa
	.uleb128 0xa
	.long	0x64
	.byte	0x54
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB249
	.quad	.LBE249-.LBB249
	.long	0x50fd
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.long	0x50d2
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL194
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST195
	.long	.LVUS195
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST196
	.long	.LVUS196
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB253
	.quad	.LBE253-.LBB253
	.long	0x5150
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.long	0x5125
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL197
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST198
	.long	.LVUS198
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST199
	.long	.LVUS199
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB257
	.quad	.LBE257-.LBB257
	.long	0x51a3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.long	0x5178
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL200
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST201
	.long	.LVUS201
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST202
	.long	.LVUS202
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB260
	.quad	.LBE260-.LBB260
	.long	0x51f6
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.long	0x51cb
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL203
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST204
	.long	.LVUS204
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST205
	.long	.LVUS205
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB264
	.quad	.LBE264-.LBB264
	.long	0x5249
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.long	0x521e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL206
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST207
	.long	.LVUS207
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST208
	.long	.LVUS208
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB268
	.quad	.LBE268-.LBB268
	.long	0x529c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.long	0x5271
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL209
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST210
	.long	.LVUS210
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST211
	.long	.LVUS211
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB271
	.quad	.LBE271-.LBB271
	.long	0x52ef
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.long	0x52c4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL212
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST213
	.long	.LVUS213
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST214
	.long	.LVUS214
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB274
	.quad	.LBE274-.LBB274
	.long	0x5342
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.long	0x5317
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL215
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST216
	.long	.LVUS216
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST217
	.long	.LVUS217
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB277
	.quad	.LBE277-.LBB277
	.long	0x5395
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.long	0x536a
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL218
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST219
	.long	.LVUS219
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST220
	.long	.LVUS220
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB280
	.quad	.LBE280-.LBB280
	.long	0x53e8
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.long	0x53bd
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL221
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST222
	.long	.LVUS222
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST223
	.long	.LVUS223
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB284
	.quad	.LBE284-.LBB284
	.long	0x543b
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.long	0x5410
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL224
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST225
	.long	.LVUS225
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST226
	.long	.LVUS226
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL227
	.long	0x5452
	.uleb128 0xa
	.long	0x64
	.byte	0x67
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL228
	.long	0x5488
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.long	0x546e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL229
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x6c
	.byte	0x9
	.long	0x3d6
	.long	.LLST230
	.long	.LVUS230
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL235
	.long	0x54be
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.long	0x54a4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL236
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x71
	.byte	0x9
	.long	0x3d6
	.long	.LLST237
	.long	.LVUS237
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL231
	.long	0x54d5
	.uleb128 0xa
	.long	0x64
	.byte	0x75
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL232
	.long	0x550c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.long	0x54f1
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL232
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xcff
	.long	.LLST233
	.long	.LVUS233
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL234
	.long	0x5523
	.uleb128 0xa
	.long	0x64
	.byte	0x7e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL241
	.long	0x553a
	.uleb128 0xa
	.long	0x64
	.byte	0x83
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL238
	.long	0x556d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.long	0x5556
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x18
	.quad	.LVL623
	.long	0xe1f
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL239
	.long	0x5584
	.uleb128 0xa
	.long	0x64
	.byte	0x90
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL240
	.long	0x559b
	.uleb128 0xa
	.long	0x64
	.byte	0x20
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB316
	.quad	.LBE316-.LBB316
	.long	0x55be
	.uleb128 0xa
	.long	0x64
	.byte	0x23
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL168
	.long	0x55d5
	.uleb128 0xa
	.long	0x64
	.byte	0x27
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB216
	.quad	.LBE216-.LBB216
	.long	0x55f8
	.uleb128 0xa
	.long	0x64
	.byte	0x2b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL169
	.long	0x562d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.long	0x5614
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL170
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST171
	.long	.LVUS171
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB485
	.quad	.LBE485-.LBB485
	.long	0x5650
	.uleb128 0xa
	.long	0x64
	.byte	0x33
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL332
	.long	0x5685
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.long	0x566c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL333
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST334
	.long	.LVUS334
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB444
	.quad	.LBE444-.LBB444
	.long	0x56d8
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.long	0x56ad
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL335
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST336
	.long	.LVUS336
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST337
	.long	.LVUS337
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL338
	.long	0x571f
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.long	0x56f4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL339
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST340
	.long	.LVUS340
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST341
	.long	.LVUS341
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB488
	.quad	.LBE488-.LBB488
	.long	0x5772
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.long	0x5747
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL371
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST372
	.long	.LVUS372
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST373
	.long	.LVUS373
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL287
	.long	0x57b9
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.long	0x578e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL288
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST289
	.long	.LVUS289
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST290
	.long	.LVUS290
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL291
	.long	0x5800
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.long	0x57d5
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL292
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST293
	.long	.LVUS293
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST294
	.long	.LVUS294
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL295
	.long	0x5817
	.uleb128 0xa
	.long	0x64
	.byte	0x50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB482
	.quad	.LBE482-.LBB482
	.long	0x583a
	.uleb128 0xa
	.long	0x64
	.byte	0x54
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL358
	.long	0x5881
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.long	0x5856
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL359
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST360
	.long	.LVUS360
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST361
	.long	.LVUS361
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB471
	.quad	.LBE471-.LBB471
	.long	0x58d4
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.long	0x58a9
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL362
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST363
	.long	.LVUS363
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST364
	.long	.LVUS364
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB474
	.quad	.LBE474-.LBB474
	.long	0x5927
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.long	0x58fc
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL365
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST366
	.long	.LVUS366
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST367
	.long	.LVUS367
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB477
	.quad	.LBE477-.LBB477
	.long	0x597a
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.long	0x594f
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL368
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST369
	.long	.LVUS369
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST370
	.long	.LVUS370
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL251
	.long	0x59c1
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.long	0x5996
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL252
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST253
	.long	.LVUS253
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST254
	.long	.LVUS254
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB335
	.quad	.LBE335-.LBB335
	.long	0x5a14
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.long	0x59e9
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL255
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST256
	.long	.LVUS256
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST257
	.long	.LVUS257
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB339
	.quad	.LBE339-.LBB339
	.long	0x5a67
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.long	0x5a3c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL258
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST259
	.long	.LVUS259
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST260
	.long	.LVUS260
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB343
	.quad	.LBE343-.LBB343
	.long	0x5aba
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.long	0x5a8f
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL261
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST262
	.long	.LVUS262
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST263
	.long	.LVUS263
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB347
	.quad	.LBE347-.LBB347
	.long	0x5b0d
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.long	0x5ae2
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL264
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST265
	.long	.LVUS265
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST266
	.long	.LVUS266
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB351
	.quad	.LBE351-.LBB351
	.long	0x5b60
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.long	0x5b35
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL267
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST268
	.long	.LVUS268
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST269
	.long	.LVUS269
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB355
	.quad	.LBE355-.LBB355
	.long	0x5bb3
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.long	0x5b88
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL270
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST271
	.long	.LVUS271
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST272
	.long	.LVUS272
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL273
	.long	0x5bca
	.uleb128 0xa
	.long	0x64
	.byte	0x67
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL274
	.long	0x5c00
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.long	0x5be6
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL275
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x6c
	.byte	0x9
	.long	0x3d6
	.long	.LLST276
	.long	.LVUS276
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL277
	.long	0x5c36
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.long	0x5c1c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL278
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x71
	.byte	0x9
	.long	0x3d6
	.long	.LLST279
	.long	.LVUS279
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL280
	.long	0x5c4d
	.uleb128 0xa
	.long	0x64
	.byte	0x75
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL284
	.long	0x5c84
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.long	0x5c69
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL284
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xcff
	.long	.LLST285
	.long	.LVUS285
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL281
	.long	0x5c9b
	.uleb128 0xa
	.long	0x64
	.byte	0x7e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL282
	.long	0x5cb2
	.uleb128 0xa
	.long	0x64
	.byte	0x83
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL283
	.long	0x5ce5
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.long	0x5cce
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x18
	.quad	.LVL739
	.long	0xe1f
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL286
	.long	0x5cfc
	.uleb128 0xa
	.long	0x64
	.byte	0x90
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL245
	.long	0x5d13
	.uleb128 0xa
	.long	0x64
	.byte	0x20
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB322
	.quad	.LBE322-.LBB322
	.long	0x5d36
	.uleb128 0xa
	.long	0x64
	.byte	0x23
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL246
	.long	0x5d4d
	.uleb128 0xa
	.long	0x64
	.byte	0x27
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB511
	.quad	.LBE511-.LBB511
	.long	0x5d70
	.uleb128 0xa
	.long	0x64
	.byte	0x2b
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL377
	.long	0x5db1
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.long	0x5d8c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB499
	.quad	.LBE499-.LBB499
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x3d6
	.long	.LLST378
	.long	.LVUS378
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL379
	.long	0x5dc8
	.uleb128 0xa
	.long	0x64
	.byte	0x33
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL385
	.long	0x5dfd
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.long	0x5de4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL386
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x3d6
	.long	.LLST387
	.long	.LVUS387
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB516
	.quad	.LBE516-.LBB516
	.long	0x5e50
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.long	0x5e25
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL388
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST389
	.long	.LVUS389
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x3d6
	.long	.LLST390
	.long	.LVUS390
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL342
	.long	0x5e97
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.long	0x5e6c
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL343
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST344
	.long	.LVUS344
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x3d6
	.long	.LLST345
	.long	.LVUS345
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB453
	.quad	.LBE453-.LBB453
	.long	0x5eea
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.long	0x5ebf
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL346
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST347
	.long	.LVUS347
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x3d6
	.long	.LLST348
	.long	.LVUS348
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL349
	.long	0x5f31
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.long	0x5f06
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL350
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST351
	.long	.LVUS351
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x3d6
	.long	.LLST352
	.long	.LVUS352
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL353
	.long	0x5f78
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.long	0x5f4d
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL354
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST355
	.long	.LVUS355
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x3d6
	.long	.LLST356
	.long	.LVUS356
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL357
	.long	0x5f8f
	.uleb128 0xa
	.long	0x64
	.byte	0x50
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB505
	.quad	.LBE505-.LBB505
	.long	0x5fb2
	.uleb128 0xa
	.long	0x64
	.byte	0x54
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL381
	.long	0x5ff9
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.long	0x5fce
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL382
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST383
	.long	.LVUS383
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x3d6
	.long	.LLST384
	.long	.LVUS384
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB523
	.quad	.LBE523-.LBB523
	.long	0x604c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.long	0x6021
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL391
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST392
	.long	.LVUS392
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x3d6
	.long	.LLST393
	.long	.LVUS393
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL298
	.long	0x6093
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.long	0x6068
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL299
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST300
	.long	.LVUS300
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x3d6
	.long	.LLST301
	.long	.LVUS301
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB409
	.quad	.LBE409-.LBB409
	.long	0x60e6
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.long	0x60bb
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL302
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST303
	.long	.LVUS303
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x3d6
	.long	.LLST304
	.long	.LVUS304
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB412
	.quad	.LBE412-.LBB412
	.long	0x6139
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.long	0x610e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL305
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST306
	.long	.LVUS306
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x3d6
	.long	.LLST307
	.long	.LVUS307
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB416
	.quad	.LBE416-.LBB416
	.long	0x618c
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.long	0x6161
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL308
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST309
	.long	.LVUS309
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x3d6
	.long	.LLST310
	.long	.LVUS310
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB419
	.quad	.LBE419-.LBB419
	.long	0x61df
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.long	0x61b4
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL311
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST312
	.long	.LVUS312
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x3d6
	.long	.LLST313
	.long	.LVUS313
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB422
	.quad	.LBE422-.LBB422
	.long	0x6232
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.long	0x6207
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL314
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST315
	.long	.LVUS315
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x3d6
	.long	.LLST316
	.long	.LVUS316
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB425
	.quad	.LBE425-.LBB425
	.long	0x6285
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.long	0x625a
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL317
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST318
	.long	.LVUS318
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x3d6
	.long	.LLST319
	.long	.LVUS319
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB428
	.quad	.LBE428-.LBB428
	.long	0x62d8
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.long	0x62ad
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL320
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST321
	.long	.LVUS321
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x3d6
	.long	.LLST322
	.long	.LVUS322
	.byte	0
	.byte	0
	.uleb128 0x9
	.quad	.LBB431
	.quad	.LBE431-.LBB431
	.long	0x632b
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.long	0x6300
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x7
	.long	.LLRL323
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST324
	.long	.LVUS324
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x3d6
	.long	.LLST325
	.long	.LVUS325
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL326
	.long	0x6342
	.uleb128 0xa
	.long	0x64
	.byte	0x67
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL327
	.long	0x6384
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.long	0x635e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB436
	.quad	.LBE436-.LBB436
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x6c
	.byte	0x9
	.long	0x3d6
	.long	.LLST328
	.long	.LVUS328
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL329
	.long	0x63c6
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.long	0x63a0
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x15
	.quad	.LBB438
	.quad	.LBE438-.LBB438
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x71
	.byte	0x9
	.long	0x3d6
	.long	.LLST330
	.long	.LVUS330
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL331
	.long	0x63dd
	.uleb128 0xa
	.long	0x64
	.byte	0x75
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL374
	.long	0x6414
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.long	0x63f9
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.uleb128 0x7
	.long	.LLRL374
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xcff
	.long	.LLST375
	.long	.LVUS375
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL376
	.long	0x642b
	.uleb128 0xa
	.long	0x64
	.byte	0x7e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL380
	.long	0x6442
	.uleb128 0xa
	.long	0x64
	.byte	0x83
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL12
	.long	0x6475
	.uleb128 0x5
	.long	0x64
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.long	0x645e
	.uleb128 0x2
	.long	.LASF1219
	.byte	0x1
	.byte	0
	.uleb128 0x18
	.quad	.LVL965
	.long	0xe1f
	.uleb128 0xe
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x6
	.long	.LLRL13
	.long	0x648c
	.uleb128 0xa
	.long	0x64
	.byte	0x90
	.uleb128 0x2
	.long	.LASF1219
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x49
	.quad	.LVL13
	.long	0xdf9
	.byte	0
	.uleb128 0xb
	.long	0xd4a
	.uleb128 0xb
	.long	0x1126
	.uleb128 0x10
	.long	0x137
	.long	0x64ba
	.uleb128 0x12
	.long	0x3a
	.byte	0x4
	.uleb128 0x12
	.long	0x3a
	.byte	0x21
	.byte	0
	.uleb128 0xf
	.long	0x64a4
	.uleb128 0xb
	.long	0x3b4
	.uleb128 0xf
	.long	0x64bf
	.uleb128 0xb
	.long	0x3c5
	.uleb128 0x4a
	.long	.LASF1221
	.byte	0x3
	.byte	0x61
	.byte	0x18
	.long	0x3a8
	.byte	0x3
	.uleb128 0x2c
	.string	"p"
	.byte	0x3
	.byte	0x61
	.byte	0x32
	.long	0x1189
	.uleb128 0x17
	.string	"v"
	.byte	0x3
	.byte	0x63
	.byte	0xe
	.long	0x3a8
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
	.uleb128 0x5
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
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
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
	.uleb128 0x9
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
	.uleb128 0xa
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
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 1
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
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0xe
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
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
	.uleb128 0x12
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x19
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
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x23
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
	.uleb128 0x24
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
	.uleb128 0x25
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
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
	.uleb128 0x29
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
	.uleb128 0x2a
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
	.byte	0
	.byte	0
	.uleb128 0x2c
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
	.byte	0
	.byte	0
	.uleb128 0x2d
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x2e
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
	.uleb128 0x2f
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
	.uleb128 0x30
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x31
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
	.uleb128 0x32
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x33
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
	.uleb128 0x34
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
	.uleb128 0x35
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
	.uleb128 0x36
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x37
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
	.uleb128 0x38
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
	.uleb128 0x39
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x3a
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x3b
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
	.uleb128 0x3c
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
	.uleb128 0x3d
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
	.uleb128 0x3e
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
	.uleb128 0x3f
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
	.uleb128 0x40
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
	.uleb128 0x41
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
	.uleb128 0x42
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.byte	0
	.byte	0
	.uleb128 0x43
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x44
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x45
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
	.uleb128 0x46
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
	.uleb128 0x47
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
	.uleb128 0x48
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
	.uleb128 0x49
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
	.uleb128 0x4a
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
.LVUS394:
	.uleb128 0
	.uleb128 .LVU6176
	.uleb128 .LVU6176
	.uleb128 0
.LLST394:
	.byte	0x4
	.uleb128 .LVL1248-.Ltext0
	.uleb128 .LVL1251-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1251-1-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS395:
	.uleb128 0
	.uleb128 .LVU6174
	.uleb128 .LVU6174
	.uleb128 0
.LLST395:
	.byte	0x4
	.uleb128 .LVL1248-.Ltext0
	.uleb128 .LVL1249-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1249-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS396:
	.uleb128 0
	.uleb128 .LVU6175
	.uleb128 .LVU6175
	.uleb128 .LVU6176
	.uleb128 .LVU6176
	.uleb128 0
.LLST396:
	.byte	0x4
	.uleb128 .LVL1248-.Ltext0
	.uleb128 .LVL1250-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1250-.Ltext0
	.uleb128 .LVL1251-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1251-1-.Ltext0
	.uleb128 .LFE27-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS397:
	.uleb128 0
	.uleb128 .LVU6184
	.uleb128 .LVU6184
	.uleb128 .LVU6262
	.uleb128 .LVU6262
	.uleb128 .LVU6316
	.uleb128 .LVU6316
	.uleb128 .LVU6323
	.uleb128 .LVU6323
	.uleb128 0
.LLST397:
	.byte	0x4
	.uleb128 .LVL1252-.Ltext0
	.uleb128 .LVL1253-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1253-.Ltext0
	.uleb128 .LVL1276-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL1276-.Ltext0
	.uleb128 .LVL1295-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1295-.Ltext0
	.uleb128 .LVL1299-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS398:
	.uleb128 .LVU6205
	.uleb128 .LVU6209
	.uleb128 .LVU6209
	.uleb128 .LVU6308
	.uleb128 .LVU6309
	.uleb128 .LVU6320
	.uleb128 .LVU6320
	.uleb128 .LVU6321
	.uleb128 .LVU6323
	.uleb128 0
.LLST398:
	.byte	0x4
	.uleb128 .LVL1259-.Ltext0
	.uleb128 .LVL1260-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1260-1-.Ltext0
	.uleb128 .LVL1290-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1291-.Ltext0
	.uleb128 .LVL1297-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1297-.Ltext0
	.uleb128 .LVL1298-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS399:
	.uleb128 .LVU6210
	.uleb128 .LVU6222
	.uleb128 .LVU6222
	.uleb128 .LVU6307
	.uleb128 .LVU6309
	.uleb128 .LVU6316
	.uleb128 .LVU6316
	.uleb128 .LVU6318
	.uleb128 .LVU6323
	.uleb128 0
.LLST399:
	.byte	0x4
	.uleb128 .LVL1261-.Ltext0
	.uleb128 .LVL1264-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1264-.Ltext0
	.uleb128 .LVL1290-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1291-.Ltext0
	.uleb128 .LVL1295-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL1295-.Ltext0
	.uleb128 .LVL1296-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS400:
	.uleb128 .LVU6257
	.uleb128 .LVU6287
	.uleb128 .LVU6292
	.uleb128 .LVU6305
	.uleb128 .LVU6309
	.uleb128 .LVU6310
	.uleb128 .LVU6314
	.uleb128 .LVU6316
	.uleb128 .LVU6323
	.uleb128 .LVU6325
.LLST400:
	.byte	0x4
	.uleb128 .LVL1274-.Ltext0
	.uleb128 .LVL1282-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1283-.Ltext0
	.uleb128 .LVL1289-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1291-.Ltext0
	.uleb128 .LVL1292-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1294-.Ltext0
	.uleb128 .LVL1295-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LVL1301-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS401:
	.uleb128 .LVU6189
	.uleb128 .LVU6191
	.uleb128 .LVU6191
	.uleb128 .LVU6194
	.uleb128 .LVU6194
	.uleb128 .LVU6199
.LLST401:
	.byte	0x4
	.uleb128 .LVL1254-.Ltext0
	.uleb128 .LVL1255-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1255-.Ltext0
	.uleb128 .LVL1256-.Ltext0
	.uleb128 0xc
	.byte	0x71
	.sleb128 0
	.byte	0x7c
	.sleb128 0
	.byte	0x1c
	.byte	0xa
	.value	0x440
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1256-.Ltext0
	.uleb128 .LVL1257-.Ltext0
	.uleb128 0xc
	.byte	0x71
	.sleb128 0
	.byte	0x7c
	.sleb128 0
	.byte	0x1c
	.byte	0xa
	.value	0x448
	.byte	0x1c
	.byte	0x33
	.byte	0x25
	.byte	0x9f
	.byte	0
.LVUS410:
	.uleb128 .LVU6257
	.uleb128 .LVU6294
	.uleb128 .LVU6294
	.uleb128 .LVU6295
	.uleb128 .LVU6296
	.uleb128 .LVU6304
	.uleb128 .LVU6304
	.uleb128 .LVU6305
	.uleb128 .LVU6309
	.uleb128 .LVU6316
	.uleb128 .LVU6323
	.uleb128 0
.LLST410:
	.byte	0x4
	.uleb128 .LVL1274-.Ltext0
	.uleb128 .LVL1283-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1283-.Ltext0
	.uleb128 .LVL1284-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1285-.Ltext0
	.uleb128 .LVL1288-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1288-.Ltext0
	.uleb128 .LVL1289-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1291-.Ltext0
	.uleb128 .LVL1295-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS412:
	.uleb128 .LVU6277
	.uleb128 .LVU6281
	.uleb128 .LVU6284
	.uleb128 .LVU6287
	.uleb128 .LVU6309
	.uleb128 .LVU6312
	.uleb128 .LVU6314
	.uleb128 .LVU6316
	.uleb128 .LVU6323
	.uleb128 .LVU6324
.LLST412:
	.byte	0x4
	.uleb128 .LVL1278-.Ltext0
	.uleb128 .LVL1279-.Ltext0
	.uleb128 0xb
	.byte	0x7b
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x30
	.byte	0x2e
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1281-.Ltext0
	.uleb128 .LVL1282-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1291-.Ltext0
	.uleb128 .LVL1293-.Ltext0
	.uleb128 0xb
	.byte	0x7b
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x30
	.byte	0x2e
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1294-.Ltext0
	.uleb128 .LVL1295-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1299-.Ltext0
	.uleb128 .LVL1300-.Ltext0
	.uleb128 0xb
	.byte	0x7b
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x30
	.byte	0x2e
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0
.LVUS402:
	.uleb128 .LVU6213
	.uleb128 .LVU6222
	.uleb128 .LVU6222
	.uleb128 .LVU6257
.LLST402:
	.byte	0x4
	.uleb128 .LVL1262-.Ltext0
	.uleb128 .LVL1264-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1264-.Ltext0
	.uleb128 .LVL1274-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS403:
	.uleb128 .LVU6213
	.uleb128 .LVU6257
.LLST403:
	.byte	0x4
	.uleb128 .LVL1262-.Ltext0
	.uleb128 .LVL1274-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS404:
	.uleb128 .LVU6218
	.uleb128 .LVU6222
	.uleb128 .LVU6222
	.uleb128 .LVU6224
	.uleb128 .LVU6224
	.uleb128 .LVU6252
	.uleb128 .LVU6252
	.uleb128 .LVU6257
.LLST404:
	.byte	0x4
	.uleb128 .LVL1263-.Ltext0
	.uleb128 .LVL1264-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1264-.Ltext0
	.uleb128 .LVL1265-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1265-.Ltext0
	.uleb128 .LVL1272-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1272-.Ltext0
	.uleb128 .LVL1274-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS406:
	.uleb128 .LVU6222
	.uleb128 .LVU6224
	.uleb128 .LVU6227
	.uleb128 .LVU6240
	.uleb128 .LVU6240
	.uleb128 .LVU6257
.LLST406:
	.byte	0x4
	.uleb128 .LVL1264-.Ltext0
	.uleb128 .LVL1265-.Ltext0
	.uleb128 0x13
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x7a
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x79
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1266-.Ltext0
	.uleb128 .LVL1270-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1270-.Ltext0
	.uleb128 .LVL1274-.Ltext0
	.uleb128 0x13
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x7a
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x79
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS407:
	.uleb128 .LVU6233
	.uleb128 .LVU6237
.LLST407:
	.byte	0x4
	.uleb128 .LVL1269-.Ltext0
	.uleb128 .LVL1269-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS408:
	.uleb128 .LVU6236
	.uleb128 .LVU6240
	.uleb128 .LVU6240
	.uleb128 .LVU6242
.LLST408:
	.byte	0x4
	.uleb128 .LVL1269-.Ltext0
	.uleb128 .LVL1270-.Ltext0
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL1270-.Ltext0
	.uleb128 .LVL1271-.Ltext0
	.uleb128 0x14
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x7a
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x79
	.sleb128 0
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU56
	.uleb128 .LVU56
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL13-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS2:
	.uleb128 0
	.uleb128 .LVU31
	.uleb128 .LVU31
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
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
.LVUS3:
	.uleb128 .LVU16
	.uleb128 .LVU55
	.uleb128 .LVU57
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS4:
	.uleb128 .LVU18
	.uleb128 .LVU54
	.uleb128 .LVU57
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS5:
	.uleb128 .LVU19
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU53
	.uleb128 .LVU57
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU82
	.uleb128 .LVU82
	.uleb128 .LVU110
	.uleb128 .LVU110
	.uleb128 .LVU116
	.uleb128 .LVU116
	.uleb128 .LVU120
	.uleb128 .LVU121
	.uleb128 .LVU152
	.uleb128 .LVU152
	.uleb128 .LVU155
	.uleb128 .LVU155
	.uleb128 .LVU189
	.uleb128 .LVU189
	.uleb128 .LVU194
	.uleb128 .LVU195
	.uleb128 .LVU227
	.uleb128 .LVU227
	.uleb128 .LVU231
	.uleb128 .LVU232
	.uleb128 .LVU266
	.uleb128 .LVU266
	.uleb128 .LVU271
	.uleb128 .LVU272
	.uleb128 .LVU312
	.uleb128 .LVU312
	.uleb128 .LVU315
	.uleb128 .LVU315
	.uleb128 .LVU354
	.uleb128 .LVU354
	.uleb128 .LVU357
	.uleb128 .LVU357
	.uleb128 .LVU386
	.uleb128 .LVU386
	.uleb128 .LVU392
	.uleb128 .LVU399
	.uleb128 .LVU435
	.uleb128 .LVU435
	.uleb128 .LVU441
	.uleb128 .LVU442
	.uleb128 .LVU469
	.uleb128 .LVU469
	.uleb128 .LVU475
	.uleb128 .LVU475
	.uleb128 .LVU515
	.uleb128 .LVU515
	.uleb128 .LVU518
	.uleb128 .LVU518
	.uleb128 .LVU578
	.uleb128 .LVU578
	.uleb128 .LVU583
	.uleb128 .LVU583
	.uleb128 .LVU624
	.uleb128 .LVU624
	.uleb128 .LVU627
	.uleb128 .LVU627
	.uleb128 .LVU654
	.uleb128 .LVU664
	.uleb128 .LVU704
	.uleb128 .LVU704
	.uleb128 .LVU711
	.uleb128 .LVU711
	.uleb128 .LVU750
	.uleb128 .LVU750
	.uleb128 .LVU757
	.uleb128 .LVU757
	.uleb128 .LVU780
	.uleb128 .LVU780
	.uleb128 .LVU785
	.uleb128 .LVU786
	.uleb128 .LVU821
	.uleb128 .LVU821
	.uleb128 .LVU825
	.uleb128 .LVU834
	.uleb128 .LVU864
	.uleb128 .LVU864
	.uleb128 .LVU869
	.uleb128 .LVU869
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU908
	.uleb128 .LVU917
	.uleb128 .LVU954
	.uleb128 .LVU954
	.uleb128 .LVU961
	.uleb128 .LVU961
	.uleb128 .LVU997
	.uleb128 .LVU997
	.uleb128 .LVU1004
	.uleb128 .LVU1004
	.uleb128 .LVU1044
	.uleb128 .LVU1044
	.uleb128 .LVU1051
	.uleb128 .LVU1051
	.uleb128 .LVU1093
	.uleb128 .LVU1093
	.uleb128 .LVU1096
	.uleb128 .LVU1096
	.uleb128 .LVU1115
	.uleb128 .LVU1115
	.uleb128 .LVU1121
	.uleb128 .LVU1121
	.uleb128 .LVU1125
	.uleb128 .LVU1126
	.uleb128 .LVU1168
	.uleb128 .LVU1168
	.uleb128 .LVU1171
	.uleb128 .LVU1171
	.uleb128 .LVU1212
	.uleb128 .LVU1212
	.uleb128 .LVU1215
	.uleb128 .LVU1215
	.uleb128 .LVU1255
	.uleb128 .LVU1255
	.uleb128 .LVU1262
	.uleb128 .LVU1262
	.uleb128 .LVU1302
	.uleb128 .LVU1302
	.uleb128 .LVU1309
	.uleb128 .LVU1309
	.uleb128 .LVU1349
	.uleb128 .LVU1349
	.uleb128 .LVU1356
	.uleb128 .LVU1356
	.uleb128 .LVU1387
	.uleb128 .LVU1387
	.uleb128 .LVU1390
	.uleb128 .LVU1397
	.uleb128 .LVU1420
	.uleb128 .LVU1420
	.uleb128 .LVU1425
	.uleb128 .LVU1426
	.uleb128 .LVU1443
	.uleb128 .LVU1443
	.uleb128 .LVU1451
	.uleb128 .LVU1459
	.uleb128 .LVU1488
	.uleb128 .LVU1488
	.uleb128 .LVU1496
	.uleb128 .LVU1496
	.uleb128 .LVU1526
	.uleb128 .LVU1526
	.uleb128 .LVU1528
	.uleb128 .LVU1535
	.uleb128 .LVU1552
	.uleb128 .LVU1552
	.uleb128 .LVU1555
	.uleb128 .LVU1555
	.uleb128 .LVU1596
	.uleb128 .LVU1596
	.uleb128 .LVU1599
	.uleb128 .LVU1599
	.uleb128 .LVU1618
	.uleb128 .LVU1618
	.uleb128 .LVU1621
	.uleb128 .LVU1628
	.uleb128 .LVU1650
	.uleb128 .LVU1650
	.uleb128 .LVU1653
	.uleb128 .LVU1653
	.uleb128 .LVU1680
	.uleb128 .LVU1680
	.uleb128 .LVU1686
	.uleb128 .LVU1686
	.uleb128 .LVU1711
	.uleb128 .LVU1711
	.uleb128 .LVU1718
	.uleb128 .LVU1718
	.uleb128 .LVU1743
	.uleb128 .LVU1743
	.uleb128 .LVU1749
	.uleb128 .LVU1750
	.uleb128 .LVU1774
	.uleb128 .LVU1774
	.uleb128 .LVU1778
	.uleb128 .LVU1787
	.uleb128 .LVU1812
	.uleb128 .LVU1812
	.uleb128 .LVU1816
	.uleb128 .LVU1825
	.uleb128 .LVU1845
	.uleb128 .LVU1845
	.uleb128 .LVU1848
	.uleb128 .LVU1848
	.uleb128 .LVU1868
	.uleb128 .LVU1868
	.uleb128 .LVU1871
	.uleb128 .LVU1871
	.uleb128 .LVU1899
	.uleb128 .LVU1899
	.uleb128 .LVU1905
	.uleb128 .LVU1905
	.uleb128 .LVU1933
	.uleb128 .LVU1933
	.uleb128 .LVU1939
	.uleb128 .LVU1939
	.uleb128 .LVU1967
	.uleb128 .LVU1967
	.uleb128 .LVU1973
	.uleb128 .LVU1973
	.uleb128 .LVU1999
	.uleb128 .LVU1999
	.uleb128 .LVU2004
	.uleb128 .LVU2004
	.uleb128 .LVU2032
	.uleb128 .LVU2032
	.uleb128 .LVU2037
	.uleb128 .LVU2037
	.uleb128 .LVU2065
	.uleb128 .LVU2065
	.uleb128 .LVU2072
	.uleb128 .LVU2072
	.uleb128 .LVU2100
	.uleb128 .LVU2100
	.uleb128 .LVU2107
	.uleb128 .LVU2107
	.uleb128 .LVU2135
	.uleb128 .LVU2135
	.uleb128 .LVU2142
	.uleb128 .LVU2142
	.uleb128 .LVU2170
	.uleb128 .LVU2170
	.uleb128 .LVU2177
	.uleb128 .LVU2177
	.uleb128 .LVU2205
	.uleb128 .LVU2205
	.uleb128 .LVU2212
	.uleb128 .LVU2212
	.uleb128 .LVU2240
	.uleb128 .LVU2240
	.uleb128 .LVU2247
	.uleb128 .LVU2247
	.uleb128 .LVU2265
	.uleb128 .LVU2265
	.uleb128 .LVU2271
	.uleb128 .LVU2271
	.uleb128 .LVU2296
	.uleb128 .LVU2296
	.uleb128 .LVU2303
	.uleb128 .LVU2303
	.uleb128 .LVU2329
	.uleb128 .LVU2329
	.uleb128 .LVU2336
	.uleb128 .LVU2336
	.uleb128 .LVU2357
	.uleb128 .LVU2357
	.uleb128 .LVU2365
	.uleb128 .LVU2365
	.uleb128 .LVU2386
	.uleb128 .LVU2386
	.uleb128 .LVU2387
	.uleb128 .LVU2387
	.uleb128 .LVU2405
	.uleb128 .LVU2405
	.uleb128 .LVU2406
	.uleb128 .LVU2406
	.uleb128 .LVU2428
	.uleb128 .LVU2428
	.uleb128 .LVU2431
	.uleb128 .LVU2435
	.uleb128 .LVU2450
	.uleb128 .LVU2450
	.uleb128 .LVU2458
	.uleb128 .LVU2462
	.uleb128 .LVU2481
	.uleb128 .LVU2481
	.uleb128 .LVU2486
	.uleb128 .LVU2490
	.uleb128 .LVU2509
	.uleb128 .LVU2509
	.uleb128 .LVU2514
	.uleb128 .LVU2518
	.uleb128 .LVU2537
	.uleb128 .LVU2537
	.uleb128 .LVU2542
	.uleb128 .LVU2546
	.uleb128 .LVU2570
	.uleb128 .LVU2570
	.uleb128 .LVU2575
	.uleb128 .LVU2579
	.uleb128 .LVU2602
	.uleb128 .LVU2602
	.uleb128 .LVU2608
	.uleb128 .LVU2612
	.uleb128 .LVU2627
	.uleb128 .LVU2627
	.uleb128 .LVU2629
	.uleb128 .LVU2633
	.uleb128 .LVU2648
	.uleb128 .LVU2648
	.uleb128 .LVU2650
	.uleb128 .LVU2654
	.uleb128 .LVU2674
	.uleb128 .LVU2674
	.uleb128 .LVU2679
	.uleb128 .LVU2683
	.uleb128 .LVU2703
	.uleb128 .LVU2703
	.uleb128 .LVU2708
	.uleb128 .LVU2712
	.uleb128 .LVU2731
	.uleb128 .LVU2731
	.uleb128 .LVU2736
	.uleb128 .LVU2740
	.uleb128 .LVU2759
	.uleb128 .LVU2759
	.uleb128 .LVU2766
	.uleb128 .LVU2770
	.uleb128 .LVU2789
	.uleb128 .LVU2789
	.uleb128 .LVU2796
	.uleb128 .LVU2800
	.uleb128 .LVU2828
	.uleb128 .LVU2828
	.uleb128 .LVU2829
	.uleb128 .LVU2829
	.uleb128 .LVU2857
	.uleb128 .LVU2857
	.uleb128 .LVU2858
	.uleb128 .LVU2858
	.uleb128 .LVU2886
	.uleb128 .LVU2886
	.uleb128 .LVU2887
	.uleb128 .LVU2887
	.uleb128 .LVU2915
	.uleb128 .LVU2915
	.uleb128 .LVU2916
	.uleb128 .LVU2916
	.uleb128 .LVU2945
	.uleb128 .LVU2945
	.uleb128 .LVU2946
	.uleb128 .LVU2946
	.uleb128 .LVU2974
	.uleb128 .LVU2974
	.uleb128 .LVU2975
	.uleb128 .LVU2975
	.uleb128 .LVU2993
	.uleb128 .LVU2993
	.uleb128 .LVU2997
	.uleb128 .LVU2997
	.uleb128 .LVU3024
	.uleb128 .LVU3024
	.uleb128 .LVU3031
	.uleb128 .LVU3031
	.uleb128 .LVU3050
	.uleb128 .LVU3058
	.uleb128 .LVU3078
	.uleb128 .LVU3078
	.uleb128 .LVU3080
	.uleb128 .LVU3084
	.uleb128 .LVU3112
	.uleb128 .LVU3112
	.uleb128 .LVU3119
	.uleb128 .LVU3119
	.uleb128 .LVU3153
	.uleb128 .LVU3153
	.uleb128 .LVU3154
	.uleb128 .LVU3154
	.uleb128 .LVU3176
	.uleb128 .LVU3176
	.uleb128 .LVU3182
	.uleb128 .LVU3182
	.uleb128 .LVU3203
	.uleb128 .LVU3203
	.uleb128 .LVU3208
	.uleb128 .LVU3212
	.uleb128 .LVU3243
	.uleb128 .LVU3243
	.uleb128 .LVU3244
	.uleb128 .LVU3244
	.uleb128 .LVU3260
	.uleb128 .LVU3260
	.uleb128 .LVU3264
	.uleb128 .LVU3268
	.uleb128 .LVU3284
	.uleb128 .LVU3284
	.uleb128 .LVU3285
	.uleb128 .LVU3285
	.uleb128 .LVU3307
	.uleb128 .LVU3307
	.uleb128 .LVU3310
	.uleb128 .LVU3317
	.uleb128 .LVU3349
	.uleb128 .LVU3349
	.uleb128 .LVU3352
	.uleb128 .LVU3352
	.uleb128 .LVU3367
	.uleb128 .LVU3367
	.uleb128 .LVU3373
	.uleb128 .LVU3373
	.uleb128 .LVU3377
	.uleb128 .LVU3378
	.uleb128 .LVU3395
	.uleb128 .LVU3395
	.uleb128 .LVU3398
	.uleb128 .LVU3398
	.uleb128 .LVU3417
	.uleb128 .LVU3427
	.uleb128 .LVU3447
	.uleb128 .LVU3447
	.uleb128 .LVU3449
	.uleb128 .LVU3456
	.uleb128 .LVU3477
	.uleb128 .LVU3477
	.uleb128 .LVU3481
	.uleb128 .LVU3481
	.uleb128 .LVU3482
	.uleb128 .LVU3482
	.uleb128 .LVU3502
	.uleb128 .LVU3502
	.uleb128 .LVU3506
	.uleb128 .LVU3510
	.uleb128 .LVU3529
	.uleb128 .LVU3529
	.uleb128 .LVU3533
	.uleb128 .LVU3537
	.uleb128 .LVU3556
	.uleb128 .LVU3556
	.uleb128 .LVU3560
	.uleb128 .LVU3564
	.uleb128 .LVU3583
	.uleb128 .LVU3583
	.uleb128 .LVU3587
	.uleb128 .LVU3591
	.uleb128 .LVU3610
	.uleb128 .LVU3610
	.uleb128 .LVU3614
	.uleb128 .LVU3618
	.uleb128 .LVU3637
	.uleb128 .LVU3637
	.uleb128 .LVU3641
	.uleb128 .LVU3645
	.uleb128 .LVU3660
	.uleb128 .LVU3660
	.uleb128 .LVU3664
	.uleb128 .LVU3664
	.uleb128 .LVU3685
	.uleb128 .LVU3685
	.uleb128 .LVU3692
	.uleb128 .LVU3692
	.uleb128 .LVU3713
	.uleb128 .LVU3713
	.uleb128 .LVU3720
	.uleb128 .LVU3720
	.uleb128 .LVU3738
	.uleb128 .LVU3738
	.uleb128 .LVU3744
	.uleb128 .LVU3744
	.uleb128 .LVU3761
	.uleb128 .LVU3761
	.uleb128 .LVU3766
	.uleb128 .LVU3770
	.uleb128 .LVU3795
	.uleb128 .LVU3795
	.uleb128 .LVU3796
	.uleb128 .LVU3796
	.uleb128 .LVU3813
	.uleb128 .LVU3821
	.uleb128 .LVU3837
	.uleb128 .LVU3837
	.uleb128 .LVU3839
	.uleb128 .LVU3843
	.uleb128 .LVU3875
	.uleb128 .LVU3875
	.uleb128 .LVU3878
	.uleb128 .LVU3878
	.uleb128 .LVU3898
	.uleb128 .LVU3898
	.uleb128 .LVU3904
	.uleb128 .LVU3908
	.uleb128 .LVU3924
	.uleb128 .LVU3924
	.uleb128 .LVU3925
	.uleb128 .LVU3925
	.uleb128 .LVU3962
	.uleb128 .LVU3962
	.uleb128 .LVU3963
	.uleb128 .LVU3963
	.uleb128 .LVU3983
	.uleb128 .LVU3983
	.uleb128 .LVU3986
	.uleb128 .LVU3990
	.uleb128 .LVU4008
	.uleb128 .LVU4008
	.uleb128 .LVU4010
	.uleb128 .LVU4014
	.uleb128 .LVU4035
	.uleb128 .LVU4035
	.uleb128 .LVU4036
	.uleb128 .LVU4036
	.uleb128 .LVU4063
	.uleb128 .LVU4063
	.uleb128 .LVU4066
	.uleb128 .LVU4066
	.uleb128 .LVU4093
	.uleb128 .LVU4093
	.uleb128 .LVU4096
	.uleb128 .LVU4096
	.uleb128 .LVU4112
	.uleb128 .LVU4112
	.uleb128 .LVU4117
	.uleb128 .LVU4117
	.uleb128 .LVU4133
	.uleb128 .LVU4133
	.uleb128 .LVU4138
	.uleb128 .LVU4138
	.uleb128 .LVU4154
	.uleb128 .LVU4154
	.uleb128 .LVU4159
	.uleb128 .LVU4159
	.uleb128 .LVU4175
	.uleb128 .LVU4175
	.uleb128 .LVU4180
	.uleb128 .LVU4180
	.uleb128 .LVU4196
	.uleb128 .LVU4196
	.uleb128 .LVU4201
	.uleb128 .LVU4201
	.uleb128 .LVU4217
	.uleb128 .LVU4217
	.uleb128 .LVU4222
	.uleb128 .LVU4222
	.uleb128 .LVU4237
	.uleb128 .LVU4237
	.uleb128 .LVU4244
	.uleb128 .LVU4244
	.uleb128 .LVU4265
	.uleb128 .LVU4265
	.uleb128 .LVU4272
	.uleb128 .LVU4272
	.uleb128 .LVU4293
	.uleb128 .LVU4293
	.uleb128 .LVU4300
	.uleb128 .LVU4300
	.uleb128 .LVU4318
	.uleb128 .LVU4318
	.uleb128 .LVU4327
	.uleb128 .LVU4327
	.uleb128 .LVU4343
	.uleb128 .LVU4343
	.uleb128 .LVU4348
	.uleb128 .LVU4352
	.uleb128 .LVU4367
	.uleb128 .LVU4367
	.uleb128 .LVU4373
	.uleb128 .LVU4377
	.uleb128 .LVU4399
	.uleb128 .LVU4399
	.uleb128 .LVU4405
	.uleb128 .LVU4405
	.uleb128 .LVU4425
	.uleb128 .LVU4425
	.uleb128 .LVU4429
	.uleb128 .LVU4438
	.uleb128 .LVU4459
	.uleb128 .LVU4459
	.uleb128 .LVU4463
	.uleb128 .LVU4472
	.uleb128 .LVU4488
	.uleb128 .LVU4488
	.uleb128 .LVU4492
	.uleb128 .LVU4492
	.uleb128 .LVU4508
	.uleb128 .LVU4508
	.uleb128 .LVU4513
	.uleb128 .LVU4517
	.uleb128 .LVU4532
	.uleb128 .LVU4532
	.uleb128 .LVU4537
	.uleb128 .LVU4541
	.uleb128 .LVU4557
	.uleb128 .LVU4557
	.uleb128 .LVU4562
	.uleb128 .LVU4566
	.uleb128 .LVU4582
	.uleb128 .LVU4582
	.uleb128 .LVU4587
	.uleb128 .LVU4591
	.uleb128 .LVU4608
	.uleb128 .LVU4608
	.uleb128 .LVU4609
	.uleb128 .LVU4609
	.uleb128 .LVU4624
	.uleb128 .LVU4624
	.uleb128 .LVU4629
	.uleb128 .LVU4633
	.uleb128 .LVU4648
	.uleb128 .LVU4648
	.uleb128 .LVU4652
	.uleb128 .LVU4656
	.uleb128 .LVU4670
	.uleb128 .LVU4670
	.uleb128 .LVU4675
	.uleb128 .LVU4680
	.uleb128 .LVU4696
	.uleb128 .LVU4696
	.uleb128 .LVU4701
	.uleb128 .LVU4705
	.uleb128 .LVU4725
	.uleb128 .LVU4725
	.uleb128 .LVU4730
	.uleb128 .LVU4734
	.uleb128 .LVU4750
	.uleb128 .LVU4761
	.uleb128 .LVU4777
	.uleb128 .LVU4777
	.uleb128 .LVU4779
	.uleb128 .LVU4786
	.uleb128 .LVU4807
	.uleb128 .LVU4807
	.uleb128 .LVU4812
	.uleb128 .LVU4813
	.uleb128 .LVU4830
	.uleb128 .LVU4830
	.uleb128 .LVU4833
	.uleb128 .LVU4840
	.uleb128 .LVU4866
	.uleb128 .LVU4866
	.uleb128 .LVU4869
	.uleb128 .LVU4869
	.uleb128 .LVU4886
	.uleb128 .LVU4886
	.uleb128 .LVU4890
	.uleb128 .LVU4890
	.uleb128 .LVU4917
	.uleb128 .LVU4917
	.uleb128 .LVU4920
	.uleb128 .LVU4920
	.uleb128 .LVU4939
	.uleb128 .LVU4939
	.uleb128 .LVU4944
	.uleb128 .LVU4944
	.uleb128 .LVU4962
	.uleb128 .LVU4962
	.uleb128 .LVU4967
	.uleb128 .LVU4968
	.uleb128 .LVU4994
	.uleb128 .LVU4994
	.uleb128 .LVU4997
	.uleb128 .LVU4997
	.uleb128 .LVU5022
	.uleb128 .LVU5022
	.uleb128 .LVU5025
	.uleb128 .LVU5025
	.uleb128 .LVU5040
	.uleb128 .LVU5040
	.uleb128 .LVU5046
	.uleb128 .LVU5053
	.uleb128 .LVU5081
	.uleb128 .LVU5081
	.uleb128 .LVU5084
	.uleb128 .LVU5084
	.uleb128 .LVU5111
	.uleb128 .LVU5111
	.uleb128 .LVU5114
	.uleb128 .LVU5114
	.uleb128 .LVU5120
	.uleb128 .LVU5120
	.uleb128 .LVU5126
	.uleb128 .LVU5126
	.uleb128 .LVU5129
	.uleb128 .LVU5129
	.uleb128 .LVU5135
	.uleb128 .LVU5135
	.uleb128 .LVU5139
	.uleb128 .LVU5139
	.uleb128 .LVU5143
	.uleb128 .LVU5143
	.uleb128 .LVU5149
	.uleb128 .LVU5149
	.uleb128 .LVU5153
	.uleb128 .LVU5153
	.uleb128 .LVU5157
	.uleb128 .LVU5157
	.uleb128 .LVU5163
	.uleb128 .LVU5163
	.uleb128 .LVU5168
	.uleb128 .LVU5168
	.uleb128 .LVU5171
	.uleb128 .LVU5171
	.uleb128 .LVU5177
	.uleb128 .LVU5177
	.uleb128 .LVU5182
	.uleb128 .LVU5182
	.uleb128 .LVU5185
	.uleb128 .LVU5185
	.uleb128 .LVU5191
	.uleb128 .LVU5191
	.uleb128 .LVU5195
	.uleb128 .LVU5195
	.uleb128 .LVU5199
	.uleb128 .LVU5199
	.uleb128 .LVU5205
	.uleb128 .LVU5205
	.uleb128 .LVU5209
	.uleb128 .LVU5209
	.uleb128 .LVU5213
	.uleb128 .LVU5213
	.uleb128 .LVU5219
	.uleb128 .LVU5219
	.uleb128 .LVU5224
	.uleb128 .LVU5224
	.uleb128 .LVU5227
	.uleb128 .LVU5227
	.uleb128 .LVU5233
	.uleb128 .LVU5233
	.uleb128 .LVU5238
	.uleb128 .LVU5238
	.uleb128 .LVU5241
	.uleb128 .LVU5241
	.uleb128 .LVU5247
	.uleb128 .LVU5247
	.uleb128 .LVU5253
	.uleb128 .LVU5253
	.uleb128 .LVU5256
	.uleb128 .LVU5256
	.uleb128 .LVU5267
	.uleb128 .LVU5267
	.uleb128 .LVU5269
	.uleb128 .LVU5269
	.uleb128 .LVU5274
	.uleb128 .LVU5274
	.uleb128 .LVU5278
	.uleb128 .LVU5282
	.uleb128 .LVU5292
	.uleb128 .LVU5292
	.uleb128 .LVU5299
	.uleb128 .LVU5299
	.uleb128 .LVU5310
	.uleb128 .LVU5310
	.uleb128 .LVU5313
	.uleb128 .LVU5313
	.uleb128 .LVU5318
	.uleb128 .LVU5318
	.uleb128 .LVU5322
	.uleb128 .LVU5326
	.uleb128 .LVU5337
	.uleb128 .LVU5337
	.uleb128 .LVU5340
	.uleb128 .LVU5340
	.uleb128 .LVU5351
	.uleb128 .LVU5351
	.uleb128 .LVU5354
	.uleb128 .LVU5354
	.uleb128 .LVU5364
	.uleb128 .LVU5364
	.uleb128 .LVU5371
	.uleb128 .LVU5371
	.uleb128 .LVU5381
	.uleb128 .LVU5381
	.uleb128 .LVU5388
	.uleb128 .LVU5388
	.uleb128 .LVU5399
	.uleb128 .LVU5399
	.uleb128 .LVU5402
	.uleb128 .LVU5402
	.uleb128 .LVU5407
	.uleb128 .LVU5407
	.uleb128 .LVU5409
	.uleb128 .LVU5409
	.uleb128 .LVU5414
	.uleb128 .LVU5414
	.uleb128 .LVU5416
	.uleb128 .LVU5416
	.uleb128 .LVU5422
	.uleb128 .LVU5422
	.uleb128 .LVU5424
	.uleb128 .LVU5424
	.uleb128 .LVU5430
	.uleb128 .LVU5430
	.uleb128 .LVU5432
	.uleb128 .LVU5432
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL9-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL14-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL19-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL51-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
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
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
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
	.uleb128 .LVL92-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
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
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
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
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL142-.Ltext0
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
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL158-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL169-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL178-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL195-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL200-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL201-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL236-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL265-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL286-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL301-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL301-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL314-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL314-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL323-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL323-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL334-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL339-.Ltext0
	.uleb128 .LVL342-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL342-.Ltext0
	.uleb128 .LVL343-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL346-.Ltext0
	.uleb128 .LVL347-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL351-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL351-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL358-.Ltext0
	.uleb128 .LVL361-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL365-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL372-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL372-.Ltext0
	.uleb128 .LVL374-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL374-.Ltext0
	.uleb128 .LVL378-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL378-.Ltext0
	.uleb128 .LVL380-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL380-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LVL388-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL392-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL396-.Ltext0
	.uleb128 .LVL400-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL400-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL404-.Ltext0
	.uleb128 .LVL408-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL408-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL412-.Ltext0
	.uleb128 .LVL416-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL416-.Ltext0
	.uleb128 .LVL420-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL424-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL424-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL428-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL432-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL432-.Ltext0
	.uleb128 .LVL436-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL436-.Ltext0
	.uleb128 .LVL438-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL438-.Ltext0
	.uleb128 .LVL443-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL443-.Ltext0
	.uleb128 .LVL445-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL445-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL450-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL453-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL453-.Ltext0
	.uleb128 .LVL454-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LVL457-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL457-.Ltext0
	.uleb128 .LVL458-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL463-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL463-.Ltext0
	.uleb128 .LVL464-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL467-.Ltext0
	.uleb128 .LVL469-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL470-.Ltext0
	.uleb128 .LVL474-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LVL481-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL483-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL488-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL491-.Ltext0
	.uleb128 .LVL497-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL505-.Ltext0
	.uleb128 .LVL506-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL508-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL508-.Ltext0
	.uleb128 .LVL509-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL509-.Ltext0
	.uleb128 .LVL511-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL511-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL515-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL521-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL521-.Ltext0
	.uleb128 .LVL523-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL524-.Ltext0
	.uleb128 .LVL528-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL528-.Ltext0
	.uleb128 .LVL530-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LVL535-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL535-.Ltext0
	.uleb128 .LVL537-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL541-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL543-.Ltext0
	.uleb128 .LVL549-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL550-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL550-.Ltext0
	.uleb128 .LVL556-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL556-.Ltext0
	.uleb128 .LVL557-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL563-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL563-.Ltext0
	.uleb128 .LVL564-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL564-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL570-.Ltext0
	.uleb128 .LVL571-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL571-.Ltext0
	.uleb128 .LVL576-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL577-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL577-.Ltext0
	.uleb128 .LVL583-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL583-.Ltext0
	.uleb128 .LVL584-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL584-.Ltext0
	.uleb128 .LVL586-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL586-.Ltext0
	.uleb128 .LVL587-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL587-.Ltext0
	.uleb128 .LVL590-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL590-.Ltext0
	.uleb128 .LVL592-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL592-.Ltext0
	.uleb128 .LVL595-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL597-.Ltext0
	.uleb128 .LVL600-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL600-.Ltext0
	.uleb128 .LVL601-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL602-.Ltext0
	.uleb128 .LVL605-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL605-.Ltext0
	.uleb128 .LVL607-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL607-.Ltext0
	.uleb128 .LVL609-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL609-.Ltext0
	.uleb128 .LVL610-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL610-.Ltext0
	.uleb128 .LVL613-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL613-.Ltext0
	.uleb128 .LVL614-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL614-.Ltext0
	.uleb128 .LVL618-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL618-.Ltext0
	.uleb128 .LVL620-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL620-.Ltext0
	.uleb128 .LVL625-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL625-.Ltext0
	.uleb128 .LVL626-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL626-.Ltext0
	.uleb128 .LVL630-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL630-.Ltext0
	.uleb128 .LVL631-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL633-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL633-.Ltext0
	.uleb128 .LVL634-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL634-.Ltext0
	.uleb128 .LVL639-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL639-.Ltext0
	.uleb128 .LVL640-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL641-.Ltext0
	.uleb128 .LVL646-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LVL647-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL649-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LVL651-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL651-.Ltext0
	.uleb128 .LVL652-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL653-.Ltext0
	.uleb128 .LVL656-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL656-.Ltext0
	.uleb128 .LVL657-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL660-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL663-.Ltext0
	.uleb128 .LVL666-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL666-.Ltext0
	.uleb128 .LVL667-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL669-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL672-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL672-.Ltext0
	.uleb128 .LVL673-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL679-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL679-.Ltext0
	.uleb128 .LVL680-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL680-.Ltext0
	.uleb128 .LVL686-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL686-.Ltext0
	.uleb128 .LVL687-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL687-.Ltext0
	.uleb128 .LVL693-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL693-.Ltext0
	.uleb128 .LVL694-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL694-.Ltext0
	.uleb128 .LVL700-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL700-.Ltext0
	.uleb128 .LVL701-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL701-.Ltext0
	.uleb128 .LVL707-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL707-.Ltext0
	.uleb128 .LVL708-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL708-.Ltext0
	.uleb128 .LVL714-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL714-.Ltext0
	.uleb128 .LVL715-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL715-.Ltext0
	.uleb128 .LVL717-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL717-.Ltext0
	.uleb128 .LVL718-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL718-.Ltext0
	.uleb128 .LVL721-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL721-.Ltext0
	.uleb128 .LVL723-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL723-.Ltext0
	.uleb128 .LVL726-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL726-.Ltext0
	.uleb128 .LVL728-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL728-.Ltext0
	.uleb128 .LVL731-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL731-.Ltext0
	.uleb128 .LVL732-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL732-.Ltext0
	.uleb128 .LVL735-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL735-.Ltext0
	.uleb128 .LVL737-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL737-.Ltext0
	.uleb128 .LVL741-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL741-.Ltext0
	.uleb128 .LVL742-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL742-.Ltext0
	.uleb128 .LVL746-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL748-.Ltext0
	.uleb128 .LVL750-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL750-.Ltext0
	.uleb128 .LVL751-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL752-.Ltext0
	.uleb128 .LVL755-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL755-.Ltext0
	.uleb128 .LVL756-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL756-.Ltext0
	.uleb128 .LVL760-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL760-.Ltext0
	.uleb128 .LVL761-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL761-.Ltext0
	.uleb128 .LVL763-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL763-.Ltext0
	.uleb128 .LVL764-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL764-.Ltext0
	.uleb128 .LVL766-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL766-.Ltext0
	.uleb128 .LVL767-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL767-.Ltext0
	.uleb128 .LVL770-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL770-.Ltext0
	.uleb128 .LVL771-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL771-.Ltext0
	.uleb128 .LVL774-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL774-.Ltext0
	.uleb128 .LVL775-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL776-.Ltext0
	.uleb128 .LVL778-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL778-.Ltext0
	.uleb128 .LVL779-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL779-.Ltext0
	.uleb128 .LVL784-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL784-.Ltext0
	.uleb128 .LVL785-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL785-.Ltext0
	.uleb128 .LVL789-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL789-.Ltext0
	.uleb128 .LVL790-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL790-.Ltext0
	.uleb128 .LVL793-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL793-.Ltext0
	.uleb128 .LVL795-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL795-.Ltext0
	.uleb128 .LVL798-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL798-.Ltext0
	.uleb128 .LVL800-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL800-.Ltext0
	.uleb128 .LVL803-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL803-.Ltext0
	.uleb128 .LVL805-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL805-.Ltext0
	.uleb128 .LVL808-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL808-.Ltext0
	.uleb128 .LVL810-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL810-.Ltext0
	.uleb128 .LVL813-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL813-.Ltext0
	.uleb128 .LVL815-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL815-.Ltext0
	.uleb128 .LVL818-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL818-.Ltext0
	.uleb128 .LVL820-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL820-.Ltext0
	.uleb128 .LVL822-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL822-.Ltext0
	.uleb128 .LVL824-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL824-.Ltext0
	.uleb128 .LVL827-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL827-.Ltext0
	.uleb128 .LVL829-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL829-.Ltext0
	.uleb128 .LVL832-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL832-.Ltext0
	.uleb128 .LVL834-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL834-.Ltext0
	.uleb128 .LVL837-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL837-.Ltext0
	.uleb128 .LVL839-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL839-.Ltext0
	.uleb128 .LVL842-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL842-.Ltext0
	.uleb128 .LVL844-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL845-.Ltext0
	.uleb128 .LVL848-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL848-.Ltext0
	.uleb128 .LVL851-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL852-.Ltext0
	.uleb128 .LVL855-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL855-.Ltext0
	.uleb128 .LVL858-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL858-.Ltext0
	.uleb128 .LVL863-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL863-.Ltext0
	.uleb128 .LVL864-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL868-.Ltext0
	.uleb128 .LVL873-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL873-.Ltext0
	.uleb128 .LVL874-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL878-.Ltext0
	.uleb128 .LVL881-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL881-.Ltext0
	.uleb128 .LVL882-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL882-.Ltext0
	.uleb128 .LVL885-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL885-.Ltext0
	.uleb128 .LVL887-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL888-.Ltext0
	.uleb128 .LVL891-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL891-.Ltext0
	.uleb128 .LVL893-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL894-.Ltext0
	.uleb128 .LVL898-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL898-.Ltext0
	.uleb128 .LVL900-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL901-.Ltext0
	.uleb128 .LVL905-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL905-.Ltext0
	.uleb128 .LVL907-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL908-.Ltext0
	.uleb128 .LVL910-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL910-.Ltext0
	.uleb128 .LVL911-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL911-.Ltext0
	.uleb128 .LVL914-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL914-.Ltext0
	.uleb128 .LVL916-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL917-.Ltext0
	.uleb128 .LVL920-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL920-.Ltext0
	.uleb128 .LVL921-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL921-.Ltext0
	.uleb128 .LVL924-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL924-.Ltext0
	.uleb128 .LVL925-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL927-.Ltext0
	.uleb128 .LVL930-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL930-.Ltext0
	.uleb128 .LVL932-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL933-.Ltext0
	.uleb128 .LVL938-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL938-.Ltext0
	.uleb128 .LVL940-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL941-.Ltext0
	.uleb128 .LVL944-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL947-.Ltext0
	.uleb128 .LVL949-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL949-.Ltext0
	.uleb128 .LVL950-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL952-.Ltext0
	.uleb128 .LVL955-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL955-.Ltext0
	.uleb128 .LVL957-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL958-.Ltext0
	.uleb128 .LVL961-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL961-.Ltext0
	.uleb128 .LVL962-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL963-.Ltext0
	.uleb128 .LVL967-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL967-.Ltext0
	.uleb128 .LVL968-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL968-.Ltext0
	.uleb128 .LVL971-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL971-.Ltext0
	.uleb128 .LVL972-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL972-.Ltext0
	.uleb128 .LVL976-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL976-.Ltext0
	.uleb128 .LVL977-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL977-.Ltext0
	.uleb128 .LVL980-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL980-.Ltext0
	.uleb128 .LVL982-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL982-.Ltext0
	.uleb128 .LVL985-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL985-.Ltext0
	.uleb128 .LVL987-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL988-.Ltext0
	.uleb128 .LVL992-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL992-.Ltext0
	.uleb128 .LVL993-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL993-.Ltext0
	.uleb128 .LVL997-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL997-.Ltext0
	.uleb128 .LVL998-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL998-.Ltext0
	.uleb128 .LVL1001-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1001-.Ltext0
	.uleb128 .LVL1002-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1004-.Ltext0
	.uleb128 .LVL1008-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1008-.Ltext0
	.uleb128 .LVL1009-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1009-.Ltext0
	.uleb128 .LVL1013-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1013-.Ltext0
	.uleb128 .LVL1014-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1014-.Ltext0
	.uleb128 .LVL1015-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1015-.Ltext0
	.uleb128 .LVL1017-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1017-.Ltext0
	.uleb128 .LVL1018-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1018-.Ltext0
	.uleb128 .LVL1019-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1019-.Ltext0
	.uleb128 .LVL1019-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1019-.Ltext0
	.uleb128 .LVL1021-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1021-.Ltext0
	.uleb128 .LVL1022-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1022-.Ltext0
	.uleb128 .LVL1022-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1022-.Ltext0
	.uleb128 .LVL1024-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1024-.Ltext0
	.uleb128 .LVL1025-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1025-.Ltext0
	.uleb128 .LVL1026-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1026-.Ltext0
	.uleb128 .LVL1027-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1027-.Ltext0
	.uleb128 .LVL1028-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1028-.Ltext0
	.uleb128 .LVL1029-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1029-.Ltext0
	.uleb128 .LVL1030-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1030-.Ltext0
	.uleb128 .LVL1031-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1031-.Ltext0
	.uleb128 .LVL1031-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1031-.Ltext0
	.uleb128 .LVL1033-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1033-.Ltext0
	.uleb128 .LVL1034-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1034-.Ltext0
	.uleb128 .LVL1034-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1034-.Ltext0
	.uleb128 .LVL1036-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1036-.Ltext0
	.uleb128 .LVL1037-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1037-.Ltext0
	.uleb128 .LVL1038-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1038-.Ltext0
	.uleb128 .LVL1039-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1039-.Ltext0
	.uleb128 .LVL1040-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1040-.Ltext0
	.uleb128 .LVL1041-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1041-.Ltext0
	.uleb128 .LVL1042-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1042-.Ltext0
	.uleb128 .LVL1043-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1043-.Ltext0
	.uleb128 .LVL1045-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1045-.Ltext0
	.uleb128 .LVL1046-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1046-.Ltext0
	.uleb128 .LVL1048-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1048-.Ltext0
	.uleb128 .LVL1049-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1049-.Ltext0
	.uleb128 .LVL1052-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1052-.Ltext0
	.uleb128 .LVL1053-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1054-.Ltext0
	.uleb128 .LVL1057-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1057-.Ltext0
	.uleb128 .LVL1061-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1061-.Ltext0
	.uleb128 .LVL1064-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1064-.Ltext0
	.uleb128 .LVL1065-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1065-.Ltext0
	.uleb128 .LVL1068-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1068-.Ltext0
	.uleb128 .LVL1069-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1070-.Ltext0
	.uleb128 .LVL1072-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1072-.Ltext0
	.uleb128 .LVL1074-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1074-.Ltext0
	.uleb128 .LVL1077-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1077-.Ltext0
	.uleb128 .LVL1078-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1078-.Ltext0
	.uleb128 .LVL1081-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1081-.Ltext0
	.uleb128 .LVL1085-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1085-.Ltext0
	.uleb128 .LVL1088-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1088-.Ltext0
	.uleb128 .LVL1092-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1092-.Ltext0
	.uleb128 .LVL1095-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1095-.Ltext0
	.uleb128 .LVL1096-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1096-.Ltext0
	.uleb128 .LVL1098-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1098-.Ltext0
	.uleb128 .LVL1099-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1099-.Ltext0
	.uleb128 .LVL1100-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1100-.Ltext0
	.uleb128 .LVL1101-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1101-.Ltext0
	.uleb128 .LVL1102-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1102-.Ltext0
	.uleb128 .LVL1103-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1103-.Ltext0
	.uleb128 .LVL1104-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL1104-.Ltext0
	.uleb128 .LVL1105-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1105-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS6:
	.uleb128 .LVU20
	.uleb128 .LVU48
	.uleb128 .LVU57
	.uleb128 .LVU108
	.uleb128 .LVU108
	.uleb128 .LVU115
	.uleb128 .LVU115
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 .LVU260
	.uleb128 .LVU260
	.uleb128 .LVU267
	.uleb128 .LVU267
	.uleb128 .LVU300
	.uleb128 .LVU300
	.uleb128 .LVU310
	.uleb128 .LVU310
	.uleb128 .LVU342
	.uleb128 .LVU342
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU427
	.uleb128 .LVU427
	.uleb128 .LVU436
	.uleb128 .LVU436
	.uleb128 .LVU503
	.uleb128 .LVU503
	.uleb128 .LVU513
	.uleb128 .LVU513
	.uleb128 .LVU610
	.uleb128 .LVU610
	.uleb128 .LVU622
	.uleb128 .LVU622
	.uleb128 .LVU692
	.uleb128 .LVU692
	.uleb128 .LVU702
	.uleb128 .LVU702
	.uleb128 .LVU738
	.uleb128 .LVU738
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 .LVU781
	.uleb128 .LVU781
	.uleb128 .LVU818
	.uleb128 .LVU818
	.uleb128 .LVU835
	.uleb128 .LVU835
	.uleb128 .LVU901
	.uleb128 .LVU901
	.uleb128 .LVU918
	.uleb128 .LVU918
	.uleb128 .LVU1032
	.uleb128 .LVU1032
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1079
	.uleb128 .LVU1079
	.uleb128 .LVU1091
	.uleb128 .LVU1091
	.uleb128 .LVU1113
	.uleb128 .LVU1113
	.uleb128 .LVU1120
	.uleb128 .LVU1120
	.uleb128 .LVU1154
	.uleb128 .LVU1154
	.uleb128 .LVU1166
	.uleb128 .LVU1166
	.uleb128 .LVU1198
	.uleb128 .LVU1198
	.uleb128 .LVU1210
	.uleb128 .LVU1210
	.uleb128 .LVU1243
	.uleb128 .LVU1243
	.uleb128 .LVU1253
	.uleb128 .LVU1253
	.uleb128 .LVU1290
	.uleb128 .LVU1290
	.uleb128 .LVU1300
	.uleb128 .LVU1300
	.uleb128 .LVU1337
	.uleb128 .LVU1337
	.uleb128 .LVU1347
	.uleb128 .LVU1347
	.uleb128 .LVU1386
	.uleb128 .LVU1386
	.uleb128 .LVU1389
	.uleb128 .LVU1389
	.uleb128 .LVU1414
	.uleb128 .LVU1414
	.uleb128 .LVU1421
	.uleb128 .LVU1421
	.uleb128 .LVU1671
	.uleb128 .LVU1671
	.uleb128 .LVU1681
	.uleb128 .LVU1681
	.uleb128 .LVU1703
	.uleb128 .LVU1703
	.uleb128 .LVU1712
	.uleb128 .LVU1712
	.uleb128 .LVU1735
	.uleb128 .LVU1735
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 .LVU1771
	.uleb128 .LVU1771
	.uleb128 .LVU1788
	.uleb128 .LVU1788
	.uleb128 .LVU1809
	.uleb128 .LVU1809
	.uleb128 .LVU1826
	.uleb128 .LVU1826
	.uleb128 .LVU1888
	.uleb128 .LVU1888
	.uleb128 .LVU1900
	.uleb128 .LVU1900
	.uleb128 .LVU1922
	.uleb128 .LVU1922
	.uleb128 .LVU1934
	.uleb128 .LVU1934
	.uleb128 .LVU1956
	.uleb128 .LVU1956
	.uleb128 .LVU1968
	.uleb128 .LVU1968
	.uleb128 .LVU1990
	.uleb128 .LVU1990
	.uleb128 .LVU2000
	.uleb128 .LVU2000
	.uleb128 .LVU2021
	.uleb128 .LVU2021
	.uleb128 .LVU2033
	.uleb128 .LVU2033
	.uleb128 .LVU2054
	.uleb128 .LVU2054
	.uleb128 .LVU2063
	.uleb128 .LVU2063
	.uleb128 .LVU2089
	.uleb128 .LVU2089
	.uleb128 .LVU2098
	.uleb128 .LVU2098
	.uleb128 .LVU2124
	.uleb128 .LVU2124
	.uleb128 .LVU2133
	.uleb128 .LVU2133
	.uleb128 .LVU2159
	.uleb128 .LVU2159
	.uleb128 .LVU2168
	.uleb128 .LVU2168
	.uleb128 .LVU2194
	.uleb128 .LVU2194
	.uleb128 .LVU2203
	.uleb128 .LVU2203
	.uleb128 .LVU2229
	.uleb128 .LVU2229
	.uleb128 .LVU2238
	.uleb128 .LVU2238
	.uleb128 .LVU2599
	.uleb128 .LVU2599
	.uleb128 .LVU2613
	.uleb128 .LVU2613
	.uleb128 .LVU3014
	.uleb128 .LVU3014
	.uleb128 .LVU3032
	.uleb128 .LVU3032
	.uleb128 .LVU3102
	.uleb128 .LVU3102
	.uleb128 .LVU3120
	.uleb128 .LVU3120
	.uleb128 .LVU3202
	.uleb128 .LVU3202
	.uleb128 .LVU3205
	.uleb128 .LVU3212
	.uleb128 .LVU3236
	.uleb128 .LVU3236
	.uleb128 .LVU3245
	.uleb128 .LVU3245
	.uleb128 .LVU3259
	.uleb128 .LVU3259
	.uleb128 .LVU3262
	.uleb128 .LVU3262
	.uleb128 .LVU3277
	.uleb128 .LVU3277
	.uleb128 .LVU3286
	.uleb128 .LVU3286
	.uleb128 .LVU3306
	.uleb128 .LVU3306
	.uleb128 .LVU3309
	.uleb128 .LVU3309
	.uleb128 .LVU3365
	.uleb128 .LVU3365
	.uleb128 .LVU3372
	.uleb128 .LVU3372
	.uleb128 .LVU3675
	.uleb128 .LVU3675
	.uleb128 .LVU3693
	.uleb128 .LVU3693
	.uleb128 .LVU3703
	.uleb128 .LVU3703
	.uleb128 .LVU3721
	.uleb128 .LVU3721
	.uleb128 .LVU3760
	.uleb128 .LVU3760
	.uleb128 .LVU3763
	.uleb128 .LVU3770
	.uleb128 .LVU3788
	.uleb128 .LVU3788
	.uleb128 .LVU3797
	.uleb128 .LVU3797
	.uleb128 .LVU3895
	.uleb128 .LVU3895
	.uleb128 .LVU3909
	.uleb128 .LVU3909
	.uleb128 .LVU4028
	.uleb128 .LVU4028
	.uleb128 .LVU4037
	.uleb128 .LVU4037
	.uleb128 .LVU4051
	.uleb128 .LVU4051
	.uleb128 .LVU4061
	.uleb128 .LVU4061
	.uleb128 .LVU4079
	.uleb128 .LVU4079
	.uleb128 .LVU4091
	.uleb128 .LVU4091
	.uleb128 .LVU4109
	.uleb128 .LVU4109
	.uleb128 .LVU4110
	.uleb128 .LVU4110
	.uleb128 .LVU4130
	.uleb128 .LVU4130
	.uleb128 .LVU4131
	.uleb128 .LVU4131
	.uleb128 .LVU4151
	.uleb128 .LVU4151
	.uleb128 .LVU4152
	.uleb128 .LVU4152
	.uleb128 .LVU4172
	.uleb128 .LVU4172
	.uleb128 .LVU4173
	.uleb128 .LVU4173
	.uleb128 .LVU4193
	.uleb128 .LVU4193
	.uleb128 .LVU4194
	.uleb128 .LVU4194
	.uleb128 .LVU4214
	.uleb128 .LVU4214
	.uleb128 .LVU4215
	.uleb128 .LVU4215
	.uleb128 .LVU4391
	.uleb128 .LVU4391
	.uleb128 .LVU4400
	.uleb128 .LVU4400
	.uleb128 .LVU4422
	.uleb128 .LVU4422
	.uleb128 .LVU4439
	.uleb128 .LVU4439
	.uleb128 .LVU4456
	.uleb128 .LVU4456
	.uleb128 .LVU4473
	.uleb128 .LVU4473
	.uleb128 .LVU4647
	.uleb128 .LVU4647
	.uleb128 .LVU4650
	.uleb128 .LVU4650
	.uleb128 .LVU4801
	.uleb128 .LVU4801
	.uleb128 .LVU4808
	.uleb128 .LVU4808
	.uleb128 .LVU4829
	.uleb128 .LVU4829
	.uleb128 .LVU4832
	.uleb128 .LVU4832
	.uleb128 .LVU4903
	.uleb128 .LVU4903
	.uleb128 .LVU4915
	.uleb128 .LVU4915
	.uleb128 .LVU4933
	.uleb128 .LVU4933
	.uleb128 .LVU4940
	.uleb128 .LVU4940
	.uleb128 .LVU4982
	.uleb128 .LVU4982
	.uleb128 .LVU4992
	.uleb128 .LVU4992
	.uleb128 .LVU5010
	.uleb128 .LVU5010
	.uleb128 .LVU5020
	.uleb128 .LVU5020
	.uleb128 .LVU5067
	.uleb128 .LVU5067
	.uleb128 .LVU5079
	.uleb128 .LVU5079
	.uleb128 .LVU5097
	.uleb128 .LVU5097
	.uleb128 .LVU5109
	.uleb128 .LVU5109
	.uleb128 .LVU5130
	.uleb128 .LVU5130
	.uleb128 .LVU5143
	.uleb128 .LVU5143
	.uleb128 .LVU5144
	.uleb128 .LVU5144
	.uleb128 .LVU5157
	.uleb128 .LVU5157
	.uleb128 .LVU5186
	.uleb128 .LVU5186
	.uleb128 .LVU5199
	.uleb128 .LVU5199
	.uleb128 .LVU5200
	.uleb128 .LVU5200
	.uleb128 .LVU5213
	.uleb128 .LVU5213
	.uleb128 .LVU5257
	.uleb128 .LVU5257
	.uleb128 .LVU5269
	.uleb128 .LVU5269
	.uleb128 .LVU5283
	.uleb128 .LVU5283
	.uleb128 .LVU5299
	.uleb128 .LVU5299
	.uleb128 .LVU5300
	.uleb128 .LVU5300
	.uleb128 .LVU5313
	.uleb128 .LVU5313
	.uleb128 .LVU5327
	.uleb128 .LVU5327
	.uleb128 .LVU5340
	.uleb128 .LVU5340
	.uleb128 .LVU5341
	.uleb128 .LVU5341
	.uleb128 .LVU5354
	.uleb128 .LVU5354
	.uleb128 .LVU5355
	.uleb128 .LVU5355
	.uleb128 .LVU5371
	.uleb128 .LVU5371
	.uleb128 .LVU5372
	.uleb128 .LVU5372
	.uleb128 .LVU5388
	.uleb128 .LVU5388
	.uleb128 .LVU5389
	.uleb128 .LVU5389
	.uleb128 .LVU5402
	.uleb128 .LVU5402
	.uleb128 .LVU5577
	.uleb128 .LVU5585
	.uleb128 .LVU6106
	.uleb128 .LVU6106
	.uleb128 .LVU6113
	.uleb128 .LVU6113
	.uleb128 .LVU6137
	.uleb128 .LVU6137
	.uleb128 .LVU6151
	.uleb128 .LVU6151
	.uleb128 .LVU6163
	.uleb128 .LVU6163
	.uleb128 0
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
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
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL84-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL194-.Ltext0
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
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL340-.Ltext0
	.uleb128 .LVL349-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL359-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL359-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL373-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL379-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL383-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL391-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL399-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL507-.Ltext0
	.uleb128 .LVL589-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL589-.Ltext0
	.uleb128 .LVL593-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL593-.Ltext0
	.uleb128 .LVL604-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL604-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL608-.Ltext0
	.uleb128 .LVL617-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL617-.Ltext0
	.uleb128 .LVL619-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL620-.Ltext0
	.uleb128 .LVL624-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL624-.Ltext0
	.uleb128 .LVL627-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LVL629-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL629-.Ltext0
	.uleb128 .LVL631-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL632-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL632-.Ltext0
	.uleb128 .LVL635-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL635-.Ltext0
	.uleb128 .LVL638-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL638-.Ltext0
	.uleb128 .LVL640-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL640-.Ltext0
	.uleb128 .LVL649-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LVL650-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL650-.Ltext0
	.uleb128 .LVL720-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL720-.Ltext0
	.uleb128 .LVL724-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL724-.Ltext0
	.uleb128 .LVL725-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL725-.Ltext0
	.uleb128 .LVL729-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL729-.Ltext0
	.uleb128 .LVL734-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL734-.Ltext0
	.uleb128 .LVL736-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL737-.Ltext0
	.uleb128 .LVL740-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL740-.Ltext0
	.uleb128 .LVL743-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL743-.Ltext0
	.uleb128 .LVL759-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL759-.Ltext0
	.uleb128 .LVL762-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL762-.Ltext0
	.uleb128 .LVL777-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL777-.Ltext0
	.uleb128 .LVL780-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL780-.Ltext0
	.uleb128 .LVL781-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL781-.Ltext0
	.uleb128 .LVL783-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL783-.Ltext0
	.uleb128 .LVL786-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL786-.Ltext0
	.uleb128 .LVL788-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL788-.Ltext0
	.uleb128 .LVL791-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL791-.Ltext0
	.uleb128 .LVL792-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL792-.Ltext0
	.uleb128 .LVL796-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL796-.Ltext0
	.uleb128 .LVL797-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL797-.Ltext0
	.uleb128 .LVL801-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL801-.Ltext0
	.uleb128 .LVL802-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL802-.Ltext0
	.uleb128 .LVL806-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL806-.Ltext0
	.uleb128 .LVL807-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL807-.Ltext0
	.uleb128 .LVL811-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL811-.Ltext0
	.uleb128 .LVL812-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL812-.Ltext0
	.uleb128 .LVL816-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL816-.Ltext0
	.uleb128 .LVL817-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL817-.Ltext0
	.uleb128 .LVL853-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL853-.Ltext0
	.uleb128 .LVL856-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL856-.Ltext0
	.uleb128 .LVL862-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL862-.Ltext0
	.uleb128 .LVL869-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL869-.Ltext0
	.uleb128 .LVL872-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL872-.Ltext0
	.uleb128 .LVL879-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL879-.Ltext0
	.uleb128 .LVL919-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL919-.Ltext0
	.uleb128 .LVL921-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL921-.Ltext0
	.uleb128 .LVL954-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL954-.Ltext0
	.uleb128 .LVL956-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL956-.Ltext0
	.uleb128 .LVL960-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL960-.Ltext0
	.uleb128 .LVL962-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL962-.Ltext0
	.uleb128 .LVL973-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL973-.Ltext0
	.uleb128 .LVL975-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL975-.Ltext0
	.uleb128 .LVL979-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL979-.Ltext0
	.uleb128 .LVL981-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL981-.Ltext0
	.uleb128 .LVL989-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL989-.Ltext0
	.uleb128 .LVL991-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL991-.Ltext0
	.uleb128 .LVL994-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL994-.Ltext0
	.uleb128 .LVL996-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL996-.Ltext0
	.uleb128 .LVL1005-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1005-.Ltext0
	.uleb128 .LVL1007-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1007-.Ltext0
	.uleb128 .LVL1010-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1010-.Ltext0
	.uleb128 .LVL1012-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1012-.Ltext0
	.uleb128 .LVL1019-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1019-.Ltext0
	.uleb128 .LVL1021-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1021-.Ltext0
	.uleb128 .LVL1022-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1022-.Ltext0
	.uleb128 .LVL1024-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1024-.Ltext0
	.uleb128 .LVL1031-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1031-.Ltext0
	.uleb128 .LVL1033-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1033-.Ltext0
	.uleb128 .LVL1034-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1034-.Ltext0
	.uleb128 .LVL1036-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1036-.Ltext0
	.uleb128 .LVL1047-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1047-.Ltext0
	.uleb128 .LVL1049-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1049-.Ltext0
	.uleb128 .LVL1055-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1055-.Ltext0
	.uleb128 .LVL1061-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1061-.Ltext0
	.uleb128 .LVL1062-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1062-.Ltext0
	.uleb128 .LVL1065-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1065-.Ltext0
	.uleb128 .LVL1071-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1071-.Ltext0
	.uleb128 .LVL1074-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1074-.Ltext0
	.uleb128 .LVL1075-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1075-.Ltext0
	.uleb128 .LVL1078-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1078-.Ltext0
	.uleb128 .LVL1079-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1079-.Ltext0
	.uleb128 .LVL1085-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1085-.Ltext0
	.uleb128 .LVL1086-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1086-.Ltext0
	.uleb128 .LVL1092-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1092-.Ltext0
	.uleb128 .LVL1093-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1093-.Ltext0
	.uleb128 .LVL1096-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1096-.Ltext0
	.uleb128 .LVL1131-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1133-.Ltext0
	.uleb128 .LVL1230-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1230-.Ltext0
	.uleb128 .LVL1232-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1232-.Ltext0
	.uleb128 .LVL1238-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1238-.Ltext0
	.uleb128 .LVL1243-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1243-.Ltext0
	.uleb128 .LVL1246-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL1246-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS7:
	.uleb128 .LVU21
	.uleb128 .LVU30
	.uleb128 .LVU30
	.uleb128 .LVU31
	.uleb128 .LVU80
	.uleb128 .LVU83
	.uleb128 .LVU89
	.uleb128 .LVU107
	.uleb128 .LVU107
	.uleb128 .LVU118
	.uleb128 .LVU118
	.uleb128 .LVU122
	.uleb128 .LVU128
	.uleb128 .LVU153
	.uleb128 .LVU153
	.uleb128 .LVU156
	.uleb128 .LVU162
	.uleb128 .LVU190
	.uleb128 .LVU190
	.uleb128 .LVU192
	.uleb128 .LVU192
	.uleb128 .LVU196
	.uleb128 .LVU202
	.uleb128 .LVU220
	.uleb128 .LVU220
	.uleb128 .LVU229
	.uleb128 .LVU229
	.uleb128 .LVU233
	.uleb128 .LVU239
	.uleb128 .LVU259
	.uleb128 .LVU259
	.uleb128 .LVU267
	.uleb128 .LVU267
	.uleb128 .LVU269
	.uleb128 .LVU269
	.uleb128 .LVU273
	.uleb128 .LVU280
	.uleb128 .LVU300
	.uleb128 .LVU300
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU308
	.uleb128 .LVU308
	.uleb128 .LVU310
	.uleb128 .LVU310
	.uleb128 .LVU313
	.uleb128 .LVU313
	.uleb128 .LVU316
	.uleb128 .LVU322
	.uleb128 .LVU342
	.uleb128 .LVU342
	.uleb128 .LVU343
	.uleb128 .LVU343
	.uleb128 .LVU350
	.uleb128 .LVU350
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU355
	.uleb128 .LVU355
	.uleb128 .LVU358
	.uleb128 .LVU365
	.uleb128 .LVU390
	.uleb128 .LVU390
	.uleb128 .LVU397
	.uleb128 .LVU397
	.uleb128 .LVU400
	.uleb128 .LVU407
	.uleb128 .LVU427
	.uleb128 .LVU427
	.uleb128 .LVU428
	.uleb128 .LVU428
	.uleb128 .LVU439
	.uleb128 .LVU439
	.uleb128 .LVU443
	.uleb128 .LVU473
	.uleb128 .LVU476
	.uleb128 .LVU483
	.uleb128 .LVU503
	.uleb128 .LVU503
	.uleb128 .LVU504
	.uleb128 .LVU504
	.uleb128 .LVU511
	.uleb128 .LVU516
	.uleb128 .LVU519
	.uleb128 .LVU555
	.uleb128 .LVU571
	.uleb128 .LVU571
	.uleb128 .LVU577
	.uleb128 .LVU577
	.uleb128 .LVU580
	.uleb128 .LVU580
	.uleb128 .LVU581
	.uleb128 .LVU581
	.uleb128 .LVU584
	.uleb128 .LVU590
	.uleb128 .LVU610
	.uleb128 .LVU610
	.uleb128 .LVU611
	.uleb128 .LVU611
	.uleb128 .LVU619
	.uleb128 .LVU619
	.uleb128 .LVU622
	.uleb128 .LVU622
	.uleb128 .LVU625
	.uleb128 .LVU625
	.uleb128 .LVU628
	.uleb128 .LVU662
	.uleb128 .LVU665
	.uleb128 .LVU672
	.uleb128 .LVU692
	.uleb128 .LVU692
	.uleb128 .LVU693
	.uleb128 .LVU702
	.uleb128 .LVU705
	.uleb128 .LVU705
	.uleb128 .LVU708
	.uleb128 .LVU708
	.uleb128 .LVU709
	.uleb128 .LVU709
	.uleb128 .LVU712
	.uleb128 .LVU718
	.uleb128 .LVU738
	.uleb128 .LVU738
	.uleb128 .LVU739
	.uleb128 .LVU748
	.uleb128 .LVU751
	.uleb128 .LVU751
	.uleb128 .LVU754
	.uleb128 .LVU754
	.uleb128 .LVU755
	.uleb128 .LVU755
	.uleb128 .LVU758
	.uleb128 .LVU765
	.uleb128 .LVU781
	.uleb128 .LVU781
	.uleb128 .LVU783
	.uleb128 .LVU783
	.uleb128 .LVU787
	.uleb128 .LVU794
	.uleb128 .LVU818
	.uleb128 .LVU818
	.uleb128 .LVU822
	.uleb128 .LVU822
	.uleb128 .LVU831
	.uleb128 .LVU831
	.uleb128 .LVU835
	.uleb128 .LVU842
	.uleb128 .LVU866
	.uleb128 .LVU866
	.uleb128 .LVU867
	.uleb128 .LVU867
	.uleb128 .LVU870
	.uleb128 .LVU877
	.uleb128 .LVU901
	.uleb128 .LVU901
	.uleb128 .LVU914
	.uleb128 .LVU914
	.uleb128 .LVU918
	.uleb128 .LVU925
	.uleb128 .LVU944
	.uleb128 .LVU944
	.uleb128 .LVU959
	.uleb128 .LVU959
	.uleb128 .LVU962
	.uleb128 .LVU969
	.uleb128 .LVU988
	.uleb128 .LVU988
	.uleb128 .LVU1002
	.uleb128 .LVU1002
	.uleb128 .LVU1005
	.uleb128 .LVU1012
	.uleb128 .LVU1032
	.uleb128 .LVU1032
	.uleb128 .LVU1033
	.uleb128 .LVU1042
	.uleb128 .LVU1045
	.uleb128 .LVU1045
	.uleb128 .LVU1048
	.uleb128 .LVU1048
	.uleb128 .LVU1049
	.uleb128 .LVU1049
	.uleb128 .LVU1052
	.uleb128 .LVU1059
	.uleb128 .LVU1079
	.uleb128 .LVU1079
	.uleb128 .LVU1080
	.uleb128 .LVU1080
	.uleb128 .LVU1088
	.uleb128 .LVU1094
	.uleb128 .LVU1097
	.uleb128 .LVU1104
	.uleb128 .LVU1112
	.uleb128 .LVU1112
	.uleb128 .LVU1123
	.uleb128 .LVU1123
	.uleb128 .LVU1127
	.uleb128 .LVU1134
	.uleb128 .LVU1154
	.uleb128 .LVU1154
	.uleb128 .LVU1155
	.uleb128 .LVU1155
	.uleb128 .LVU1163
	.uleb128 .LVU1163
	.uleb128 .LVU1166
	.uleb128 .LVU1166
	.uleb128 .LVU1169
	.uleb128 .LVU1169
	.uleb128 .LVU1172
	.uleb128 .LVU1178
	.uleb128 .LVU1198
	.uleb128 .LVU1198
	.uleb128 .LVU1199
	.uleb128 .LVU1199
	.uleb128 .LVU1207
	.uleb128 .LVU1207
	.uleb128 .LVU1210
	.uleb128 .LVU1210
	.uleb128 .LVU1213
	.uleb128 .LVU1213
	.uleb128 .LVU1216
	.uleb128 .LVU1223
	.uleb128 .LVU1243
	.uleb128 .LVU1243
	.uleb128 .LVU1244
	.uleb128 .LVU1253
	.uleb128 .LVU1256
	.uleb128 .LVU1256
	.uleb128 .LVU1259
	.uleb128 .LVU1259
	.uleb128 .LVU1260
	.uleb128 .LVU1260
	.uleb128 .LVU1263
	.uleb128 .LVU1270
	.uleb128 .LVU1290
	.uleb128 .LVU1290
	.uleb128 .LVU1291
	.uleb128 .LVU1300
	.uleb128 .LVU1303
	.uleb128 .LVU1303
	.uleb128 .LVU1306
	.uleb128 .LVU1306
	.uleb128 .LVU1307
	.uleb128 .LVU1307
	.uleb128 .LVU1310
	.uleb128 .LVU1317
	.uleb128 .LVU1337
	.uleb128 .LVU1337
	.uleb128 .LVU1338
	.uleb128 .LVU1347
	.uleb128 .LVU1350
	.uleb128 .LVU1350
	.uleb128 .LVU1353
	.uleb128 .LVU1353
	.uleb128 .LVU1354
	.uleb128 .LVU1354
	.uleb128 .LVU1357
	.uleb128 .LVU1364
	.uleb128 .LVU1389
	.uleb128 .LVU1389
	.uleb128 .LVU1395
	.uleb128 .LVU1395
	.uleb128 .LVU1398
	.uleb128 .LVU1405
	.uleb128 .LVU1413
	.uleb128 .LVU1413
	.uleb128 .LVU1421
	.uleb128 .LVU1421
	.uleb128 .LVU1423
	.uleb128 .LVU1423
	.uleb128 .LVU1427
	.uleb128 .LVU1435
	.uleb128 .LVU1449
	.uleb128 .LVU1449
	.uleb128 .LVU1456
	.uleb128 .LVU1456
	.uleb128 .LVU1457
	.uleb128 .LVU1457
	.uleb128 .LVU1460
	.uleb128 .LVU1494
	.uleb128 .LVU1497
	.uleb128 .LVU1504
	.uleb128 .LVU1527
	.uleb128 .LVU1527
	.uleb128 .LVU1533
	.uleb128 .LVU1533
	.uleb128 .LVU1536
	.uleb128 .LVU1553
	.uleb128 .LVU1556
	.uleb128 .LVU1563
	.uleb128 .LVU1585
	.uleb128 .LVU1590
	.uleb128 .LVU1597
	.uleb128 .LVU1597
	.uleb128 .LVU1600
	.uleb128 .LVU1607
	.uleb128 .LVU1615
	.uleb128 .LVU1615
	.uleb128 .LVU1626
	.uleb128 .LVU1626
	.uleb128 .LVU1629
	.uleb128 .LVU1636
	.uleb128 .LVU1651
	.uleb128 .LVU1651
	.uleb128 .LVU1654
	.uleb128 .LVU1661
	.uleb128 .LVU1671
	.uleb128 .LVU1671
	.uleb128 .LVU1672
	.uleb128 .LVU1672
	.uleb128 .LVU1679
	.uleb128 .LVU1679
	.uleb128 .LVU1681
	.uleb128 .LVU1681
	.uleb128 .LVU1684
	.uleb128 .LVU1684
	.uleb128 .LVU1687
	.uleb128 .LVU1693
	.uleb128 .LVU1703
	.uleb128 .LVU1703
	.uleb128 .LVU1704
	.uleb128 .LVU1704
	.uleb128 .LVU1715
	.uleb128 .LVU1715
	.uleb128 .LVU1716
	.uleb128 .LVU1716
	.uleb128 .LVU1719
	.uleb128 .LVU1725
	.uleb128 .LVU1735
	.uleb128 .LVU1735
	.uleb128 .LVU1736
	.uleb128 .LVU1736
	.uleb128 .LVU1747
	.uleb128 .LVU1747
	.uleb128 .LVU1751
	.uleb128 .LVU1757
	.uleb128 .LVU1771
	.uleb128 .LVU1771
	.uleb128 .LVU1784
	.uleb128 .LVU1784
	.uleb128 .LVU1788
	.uleb128 .LVU1795
	.uleb128 .LVU1809
	.uleb128 .LVU1809
	.uleb128 .LVU1813
	.uleb128 .LVU1813
	.uleb128 .LVU1822
	.uleb128 .LVU1822
	.uleb128 .LVU1826
	.uleb128 .LVU1833
	.uleb128 .LVU1839
	.uleb128 .LVU1839
	.uleb128 .LVU1844
	.uleb128 .LVU1844
	.uleb128 .LVU1846
	.uleb128 .LVU1846
	.uleb128 .LVU1849
	.uleb128 .LVU1855
	.uleb128 .LVU1861
	.uleb128 .LVU1861
	.uleb128 .LVU1867
	.uleb128 .LVU1867
	.uleb128 .LVU1869
	.uleb128 .LVU1869
	.uleb128 .LVU1872
	.uleb128 .LVU1878
	.uleb128 .LVU1888
	.uleb128 .LVU1888
	.uleb128 .LVU1889
	.uleb128 .LVU1889
	.uleb128 .LVU1897
	.uleb128 .LVU1897
	.uleb128 .LVU1900
	.uleb128 .LVU1900
	.uleb128 .LVU1903
	.uleb128 .LVU1903
	.uleb128 .LVU1906
	.uleb128 .LVU1912
	.uleb128 .LVU1922
	.uleb128 .LVU1922
	.uleb128 .LVU1923
	.uleb128 .LVU1923
	.uleb128 .LVU1931
	.uleb128 .LVU1931
	.uleb128 .LVU1934
	.uleb128 .LVU1934
	.uleb128 .LVU1937
	.uleb128 .LVU1937
	.uleb128 .LVU1940
	.uleb128 .LVU1946
	.uleb128 .LVU1956
	.uleb128 .LVU1956
	.uleb128 .LVU1957
	.uleb128 .LVU1957
	.uleb128 .LVU1965
	.uleb128 .LVU1965
	.uleb128 .LVU1968
	.uleb128 .LVU1968
	.uleb128 .LVU1971
	.uleb128 .LVU1971
	.uleb128 .LVU1974
	.uleb128 .LVU1980
	.uleb128 .LVU1990
	.uleb128 .LVU1990
	.uleb128 .LVU1991
	.uleb128 .LVU1991
	.uleb128 .LVU1998
	.uleb128 .LVU2002
	.uleb128 .LVU2005
	.uleb128 .LVU2011
	.uleb128 .LVU2021
	.uleb128 .LVU2021
	.uleb128 .LVU2022
	.uleb128 .LVU2022
	.uleb128 .LVU2030
	.uleb128 .LVU2035
	.uleb128 .LVU2038
	.uleb128 .LVU2044
	.uleb128 .LVU2054
	.uleb128 .LVU2054
	.uleb128 .LVU2055
	.uleb128 .LVU2063
	.uleb128 .LVU2066
	.uleb128 .LVU2066
	.uleb128 .LVU2069
	.uleb128 .LVU2069
	.uleb128 .LVU2070
	.uleb128 .LVU2070
	.uleb128 .LVU2073
	.uleb128 .LVU2079
	.uleb128 .LVU2089
	.uleb128 .LVU2089
	.uleb128 .LVU2090
	.uleb128 .LVU2098
	.uleb128 .LVU2101
	.uleb128 .LVU2101
	.uleb128 .LVU2104
	.uleb128 .LVU2104
	.uleb128 .LVU2105
	.uleb128 .LVU2105
	.uleb128 .LVU2108
	.uleb128 .LVU2114
	.uleb128 .LVU2124
	.uleb128 .LVU2124
	.uleb128 .LVU2125
	.uleb128 .LVU2133
	.uleb128 .LVU2136
	.uleb128 .LVU2136
	.uleb128 .LVU2139
	.uleb128 .LVU2139
	.uleb128 .LVU2140
	.uleb128 .LVU2140
	.uleb128 .LVU2143
	.uleb128 .LVU2149
	.uleb128 .LVU2159
	.uleb128 .LVU2159
	.uleb128 .LVU2160
	.uleb128 .LVU2168
	.uleb128 .LVU2171
	.uleb128 .LVU2171
	.uleb128 .LVU2174
	.uleb128 .LVU2174
	.uleb128 .LVU2175
	.uleb128 .LVU2175
	.uleb128 .LVU2178
	.uleb128 .LVU2184
	.uleb128 .LVU2194
	.uleb128 .LVU2194
	.uleb128 .LVU2195
	.uleb128 .LVU2203
	.uleb128 .LVU2206
	.uleb128 .LVU2206
	.uleb128 .LVU2209
	.uleb128 .LVU2209
	.uleb128 .LVU2210
	.uleb128 .LVU2210
	.uleb128 .LVU2213
	.uleb128 .LVU2219
	.uleb128 .LVU2229
	.uleb128 .LVU2229
	.uleb128 .LVU2230
	.uleb128 .LVU2238
	.uleb128 .LVU2241
	.uleb128 .LVU2241
	.uleb128 .LVU2244
	.uleb128 .LVU2244
	.uleb128 .LVU2245
	.uleb128 .LVU2245
	.uleb128 .LVU2248
	.uleb128 .LVU2269
	.uleb128 .LVU2272
	.uleb128 .LVU2278
	.uleb128 .LVU2287
	.uleb128 .LVU2287
	.uleb128 .LVU2301
	.uleb128 .LVU2301
	.uleb128 .LVU2304
	.uleb128 .LVU2310
	.uleb128 .LVU2319
	.uleb128 .LVU2319
	.uleb128 .LVU2334
	.uleb128 .LVU2334
	.uleb128 .LVU2337
	.uleb128 .LVU2363
	.uleb128 .LVU2366
	.uleb128 .LVU2377
	.uleb128 .LVU2388
	.uleb128 .LVU2398
	.uleb128 .LVU2409
	.uleb128 .LVU2416
	.uleb128 .LVU2426
	.uleb128 .LVU2426
	.uleb128 .LVU2436
	.uleb128 .LVU2442
	.uleb128 .LVU2456
	.uleb128 .LVU2456
	.uleb128 .LVU2463
	.uleb128 .LVU2469
	.uleb128 .LVU2482
	.uleb128 .LVU2482
	.uleb128 .LVU2491
	.uleb128 .LVU2497
	.uleb128 .LVU2510
	.uleb128 .LVU2510
	.uleb128 .LVU2519
	.uleb128 .LVU2525
	.uleb128 .LVU2538
	.uleb128 .LVU2538
	.uleb128 .LVU2547
	.uleb128 .LVU2553
	.uleb128 .LVU2567
	.uleb128 .LVU2567
	.uleb128 .LVU2571
	.uleb128 .LVU2571
	.uleb128 .LVU2572
	.uleb128 .LVU2572
	.uleb128 .LVU2579
	.uleb128 .LVU2579
	.uleb128 .LVU2580
	.uleb128 .LVU2586
	.uleb128 .LVU2599
	.uleb128 .LVU2599
	.uleb128 .LVU2605
	.uleb128 .LVU2605
	.uleb128 .LVU2613
	.uleb128 .LVU2619
	.uleb128 .LVU2628
	.uleb128 .LVU2628
	.uleb128 .LVU2634
	.uleb128 .LVU2640
	.uleb128 .LVU2649
	.uleb128 .LVU2649
	.uleb128 .LVU2655
	.uleb128 .LVU2663
	.uleb128 .LVU2675
	.uleb128 .LVU2675
	.uleb128 .LVU2676
	.uleb128 .LVU2676
	.uleb128 .LVU2684
	.uleb128 .LVU2692
	.uleb128 .LVU2704
	.uleb128 .LVU2704
	.uleb128 .LVU2705
	.uleb128 .LVU2705
	.uleb128 .LVU2713
	.uleb128 .LVU2719
	.uleb128 .LVU2732
	.uleb128 .LVU2732
	.uleb128 .LVU2741
	.uleb128 .LVU2747
	.uleb128 .LVU2760
	.uleb128 .LVU2760
	.uleb128 .LVU2763
	.uleb128 .LVU2763
	.uleb128 .LVU2770
	.uleb128 .LVU2770
	.uleb128 .LVU2771
	.uleb128 .LVU2777
	.uleb128 .LVU2790
	.uleb128 .LVU2790
	.uleb128 .LVU2801
	.uleb128 .LVU2807
	.uleb128 .LVU2818
	.uleb128 .LVU2818
	.uleb128 .LVU2821
	.uleb128 .LVU2821
	.uleb128 .LVU2830
	.uleb128 .LVU2836
	.uleb128 .LVU2847
	.uleb128 .LVU2847
	.uleb128 .LVU2850
	.uleb128 .LVU2850
	.uleb128 .LVU2859
	.uleb128 .LVU2865
	.uleb128 .LVU2876
	.uleb128 .LVU2876
	.uleb128 .LVU2879
	.uleb128 .LVU2879
	.uleb128 .LVU2888
	.uleb128 .LVU2894
	.uleb128 .LVU2905
	.uleb128 .LVU2905
	.uleb128 .LVU2908
	.uleb128 .LVU2908
	.uleb128 .LVU2917
	.uleb128 .LVU2925
	.uleb128 .LVU2935
	.uleb128 .LVU2935
	.uleb128 .LVU2937
	.uleb128 .LVU2937
	.uleb128 .LVU2938
	.uleb128 .LVU2938
	.uleb128 .LVU2947
	.uleb128 .LVU2953
	.uleb128 .LVU2964
	.uleb128 .LVU2964
	.uleb128 .LVU2967
	.uleb128 .LVU2967
	.uleb128 .LVU2976
	.uleb128 .LVU3004
	.uleb128 .LVU3015
	.uleb128 .LVU3015
	.uleb128 .LVU3032
	.uleb128 .LVU3058
	.uleb128 .LVU3059
	.uleb128 .LVU3066
	.uleb128 .LVU3085
	.uleb128 .LVU3092
	.uleb128 .LVU3103
	.uleb128 .LVU3103
	.uleb128 .LVU3120
	.uleb128 .LVU3154
	.uleb128 .LVU3155
	.uleb128 .LVU3182
	.uleb128 .LVU3183
	.uleb128 .LVU3190
	.uleb128 .LVU3213
	.uleb128 .LVU3221
	.uleb128 .LVU3233
	.uleb128 .LVU3238
	.uleb128 .LVU3246
	.uleb128 .LVU3261
	.uleb128 .LVU3269
	.uleb128 .LVU3279
	.uleb128 .LVU3287
	.uleb128 .LVU3294
	.uleb128 .LVU3309
	.uleb128 .LVU3309
	.uleb128 .LVU3315
	.uleb128 .LVU3315
	.uleb128 .LVU3318
	.uleb128 .LVU3326
	.uleb128 .LVU3338
	.uleb128 .LVU3343
	.uleb128 .LVU3350
	.uleb128 .LVU3350
	.uleb128 .LVU3353
	.uleb128 .LVU3364
	.uleb128 .LVU3375
	.uleb128 .LVU3375
	.uleb128 .LVU3379
	.uleb128 .LVU3389
	.uleb128 .LVU3396
	.uleb128 .LVU3396
	.uleb128 .LVU3399
	.uleb128 .LVU3425
	.uleb128 .LVU3428
	.uleb128 .LVU3435
	.uleb128 .LVU3448
	.uleb128 .LVU3448
	.uleb128 .LVU3454
	.uleb128 .LVU3454
	.uleb128 .LVU3457
	.uleb128 .LVU3464
	.uleb128 .LVU3474
	.uleb128 .LVU3474
	.uleb128 .LVU3483
	.uleb128 .LVU3497
	.uleb128 .LVU3499
	.uleb128 .LVU3499
	.uleb128 .LVU3503
	.uleb128 .LVU3503
	.uleb128 .LVU3511
	.uleb128 .LVU3524
	.uleb128 .LVU3526
	.uleb128 .LVU3526
	.uleb128 .LVU3530
	.uleb128 .LVU3530
	.uleb128 .LVU3538
	.uleb128 .LVU3551
	.uleb128 .LVU3553
	.uleb128 .LVU3553
	.uleb128 .LVU3557
	.uleb128 .LVU3557
	.uleb128 .LVU3565
	.uleb128 .LVU3578
	.uleb128 .LVU3580
	.uleb128 .LVU3580
	.uleb128 .LVU3584
	.uleb128 .LVU3584
	.uleb128 .LVU3592
	.uleb128 .LVU3605
	.uleb128 .LVU3607
	.uleb128 .LVU3607
	.uleb128 .LVU3611
	.uleb128 .LVU3611
	.uleb128 .LVU3619
	.uleb128 .LVU3632
	.uleb128 .LVU3634
	.uleb128 .LVU3634
	.uleb128 .LVU3638
	.uleb128 .LVU3638
	.uleb128 .LVU3646
	.uleb128 .LVU3676
	.uleb128 .LVU3693
	.uleb128 .LVU3704
	.uleb128 .LVU3721
	.uleb128 .LVU3744
	.uleb128 .LVU3745
	.uleb128 .LVU3765
	.uleb128 .LVU3771
	.uleb128 .LVU3790
	.uleb128 .LVU3798
	.uleb128 .LVU3821
	.uleb128 .LVU3822
	.uleb128 .LVU3838
	.uleb128 .LVU3844
	.uleb128 .LVU3876
	.uleb128 .LVU3879
	.uleb128 .LVU3895
	.uleb128 .LVU3901
	.uleb128 .LVU3901
	.uleb128 .LVU3909
	.uleb128 .LVU3919
	.uleb128 .LVU3926
	.uleb128 .LVU3963
	.uleb128 .LVU3964
	.uleb128 .LVU3973
	.uleb128 .LVU3991
	.uleb128 .LVU3997
	.uleb128 .LVU4006
	.uleb128 .LVU4006
	.uleb128 .LVU4015
	.uleb128 .LVU4022
	.uleb128 .LVU4030
	.uleb128 .LVU4030
	.uleb128 .LVU4038
	.uleb128 .LVU4051
	.uleb128 .LVU4052
	.uleb128 .LVU4052
	.uleb128 .LVU4059
	.uleb128 .LVU4064
	.uleb128 .LVU4067
	.uleb128 .LVU4079
	.uleb128 .LVU4080
	.uleb128 .LVU4080
	.uleb128 .LVU4088
	.uleb128 .LVU4094
	.uleb128 .LVU4097
	.uleb128 .LVU4109
	.uleb128 .LVU4110
	.uleb128 .LVU4110
	.uleb128 .LVU4113
	.uleb128 .LVU4115
	.uleb128 .LVU4118
	.uleb128 .LVU4130
	.uleb128 .LVU4131
	.uleb128 .LVU4131
	.uleb128 .LVU4134
	.uleb128 .LVU4136
	.uleb128 .LVU4139
	.uleb128 .LVU4151
	.uleb128 .LVU4152
	.uleb128 .LVU4152
	.uleb128 .LVU4155
	.uleb128 .LVU4157
	.uleb128 .LVU4160
	.uleb128 .LVU4172
	.uleb128 .LVU4173
	.uleb128 .LVU4173
	.uleb128 .LVU4176
	.uleb128 .LVU4178
	.uleb128 .LVU4181
	.uleb128 .LVU4193
	.uleb128 .LVU4194
	.uleb128 .LVU4194
	.uleb128 .LVU4197
	.uleb128 .LVU4199
	.uleb128 .LVU4202
	.uleb128 .LVU4214
	.uleb128 .LVU4215
	.uleb128 .LVU4215
	.uleb128 .LVU4218
	.uleb128 .LVU4220
	.uleb128 .LVU4223
	.uleb128 .LVU4242
	.uleb128 .LVU4245
	.uleb128 .LVU4256
	.uleb128 .LVU4270
	.uleb128 .LVU4270
	.uleb128 .LVU4273
	.uleb128 .LVU4284
	.uleb128 .LVU4298
	.uleb128 .LVU4298
	.uleb128 .LVU4301
	.uleb128 .LVU4325
	.uleb128 .LVU4328
	.uleb128 .LVU4344
	.uleb128 .LVU4345
	.uleb128 .LVU4345
	.uleb128 .LVU4353
	.uleb128 .LVU4368
	.uleb128 .LVU4369
	.uleb128 .LVU4369
	.uleb128 .LVU4370
	.uleb128 .LVU4370
	.uleb128 .LVU4377
	.uleb128 .LVU4377
	.uleb128 .LVU4378
	.uleb128 .LVU4391
	.uleb128 .LVU4392
	.uleb128 .LVU4392
	.uleb128 .LVU4406
	.uleb128 .LVU4422
	.uleb128 .LVU4435
	.uleb128 .LVU4435
	.uleb128 .LVU4439
	.uleb128 .LVU4456
	.uleb128 .LVU4460
	.uleb128 .LVU4460
	.uleb128 .LVU4469
	.uleb128 .LVU4469
	.uleb128 .LVU4473
	.uleb128 .LVU4483
	.uleb128 .LVU4493
	.uleb128 .LVU4509
	.uleb128 .LVU4510
	.uleb128 .LVU4510
	.uleb128 .LVU4518
	.uleb128 .LVU4533
	.uleb128 .LVU4534
	.uleb128 .LVU4534
	.uleb128 .LVU4542
	.uleb128 .LVU4555
	.uleb128 .LVU4558
	.uleb128 .LVU4558
	.uleb128 .LVU4559
	.uleb128 .LVU4566
	.uleb128 .LVU4567
	.uleb128 .LVU4580
	.uleb128 .LVU4583
	.uleb128 .LVU4583
	.uleb128 .LVU4584
	.uleb128 .LVU4584
	.uleb128 .LVU4591
	.uleb128 .LVU4591
	.uleb128 .LVU4592
	.uleb128 .LVU4603
	.uleb128 .LVU4610
	.uleb128 .LVU4625
	.uleb128 .LVU4626
	.uleb128 .LVU4626
	.uleb128 .LVU4634
	.uleb128 .LVU4649
	.uleb128 .LVU4657
	.uleb128 .LVU4673
	.uleb128 .LVU4681
	.uleb128 .LVU4697
	.uleb128 .LVU4698
	.uleb128 .LVU4698
	.uleb128 .LVU4706
	.uleb128 .LVU4722
	.uleb128 .LVU4726
	.uleb128 .LVU4726
	.uleb128 .LVU4727
	.uleb128 .LVU4727
	.uleb128 .LVU4734
	.uleb128 .LVU4734
	.uleb128 .LVU4735
	.uleb128 .LVU4759
	.uleb128 .LVU4762
	.uleb128 .LVU4778
	.uleb128 .LVU4784
	.uleb128 .LVU4784
	.uleb128 .LVU4787
	.uleb128 .LVU4800
	.uleb128 .LVU4810
	.uleb128 .LVU4810
	.uleb128 .LVU4814
	.uleb128 .LVU4832
	.uleb128 .LVU4838
	.uleb128 .LVU4838
	.uleb128 .LVU4841
	.uleb128 .LVU4860
	.uleb128 .LVU4867
	.uleb128 .LVU4867
	.uleb128 .LVU4870
	.uleb128 .LVU4879
	.uleb128 .LVU4885
	.uleb128 .LVU4885
	.uleb128 .LVU4891
	.uleb128 .LVU4903
	.uleb128 .LVU4904
	.uleb128 .LVU4904
	.uleb128 .LVU4912
	.uleb128 .LVU4912
	.uleb128 .LVU4915
	.uleb128 .LVU4915
	.uleb128 .LVU4918
	.uleb128 .LVU4918
	.uleb128 .LVU4921
	.uleb128 .LVU4932
	.uleb128 .LVU4945
	.uleb128 .LVU4955
	.uleb128 .LVU4965
	.uleb128 .LVU4965
	.uleb128 .LVU4969
	.uleb128 .LVU4982
	.uleb128 .LVU4983
	.uleb128 .LVU4983
	.uleb128 .LVU4990
	.uleb128 .LVU4990
	.uleb128 .LVU4992
	.uleb128 .LVU4992
	.uleb128 .LVU4995
	.uleb128 .LVU4995
	.uleb128 .LVU4998
	.uleb128 .LVU5010
	.uleb128 .LVU5011
	.uleb128 .LVU5011
	.uleb128 .LVU5018
	.uleb128 .LVU5018
	.uleb128 .LVU5020
	.uleb128 .LVU5020
	.uleb128 .LVU5023
	.uleb128 .LVU5023
	.uleb128 .LVU5026
	.uleb128 .LVU5044
	.uleb128 .LVU5051
	.uleb128 .LVU5051
	.uleb128 .LVU5054
	.uleb128 .LVU5067
	.uleb128 .LVU5068
	.uleb128 .LVU5068
	.uleb128 .LVU5076
	.uleb128 .LVU5076
	.uleb128 .LVU5079
	.uleb128 .LVU5079
	.uleb128 .LVU5082
	.uleb128 .LVU5082
	.uleb128 .LVU5085
	.uleb128 .LVU5097
	.uleb128 .LVU5098
	.uleb128 .LVU5098
	.uleb128 .LVU5106
	.uleb128 .LVU5106
	.uleb128 .LVU5109
	.uleb128 .LVU5109
	.uleb128 .LVU5112
	.uleb128 .LVU5112
	.uleb128 .LVU5115
	.uleb128 .LVU5115
	.uleb128 .LVU5127
	.uleb128 .LVU5127
	.uleb128 .LVU5158
	.uleb128 .LVU5158
	.uleb128 .LVU5169
	.uleb128 .LVU5169
	.uleb128 .LVU5172
	.uleb128 .LVU5172
	.uleb128 .LVU5183
	.uleb128 .LVU5183
	.uleb128 .LVU5186
	.uleb128 .LVU5186
	.uleb128 .LVU5199
	.uleb128 .LVU5199
	.uleb128 .LVU5200
	.uleb128 .LVU5200
	.uleb128 .LVU5213
	.uleb128 .LVU5213
	.uleb128 .LVU5214
	.uleb128 .LVU5214
	.uleb128 .LVU5225
	.uleb128 .LVU5225
	.uleb128 .LVU5228
	.uleb128 .LVU5228
	.uleb128 .LVU5239
	.uleb128 .LVU5239
	.uleb128 .LVU5242
	.uleb128 .LVU5242
	.uleb128 .LVU5254
	.uleb128 .LVU5254
	.uleb128 .LVU5257
	.uleb128 .LVU5257
	.uleb128 .LVU5260
	.uleb128 .LVU5260
	.uleb128 .LVU5270
	.uleb128 .LVU5270
	.uleb128 .LVU5272
	.uleb128 .LVU5272
	.uleb128 .LVU5275
	.uleb128 .LVU5275
	.uleb128 .LVU5282
	.uleb128 .LVU5282
	.uleb128 .LVU5283
	.uleb128 .LVU5283
	.uleb128 .LVU5294
	.uleb128 .LVU5294
	.uleb128 .LVU5295
	.uleb128 .LVU5295
	.uleb128 .LVU5297
	.uleb128 .LVU5297
	.uleb128 .LVU5300
	.uleb128 .LVU5300
	.uleb128 .LVU5311
	.uleb128 .LVU5311
	.uleb128 .LVU5314
	.uleb128 .LVU5314
	.uleb128 .LVU5316
	.uleb128 .LVU5316
	.uleb128 .LVU5319
	.uleb128 .LVU5319
	.uleb128 .LVU5326
	.uleb128 .LVU5326
	.uleb128 .LVU5327
	.uleb128 .LVU5327
	.uleb128 .LVU5330
	.uleb128 .LVU5330
	.uleb128 .LVU5341
	.uleb128 .LVU5341
	.uleb128 .LVU5352
	.uleb128 .LVU5352
	.uleb128 .LVU5355
	.uleb128 .LVU5355
	.uleb128 .LVU5366
	.uleb128 .LVU5366
	.uleb128 .LVU5367
	.uleb128 .LVU5367
	.uleb128 .LVU5369
	.uleb128 .LVU5369
	.uleb128 .LVU5372
	.uleb128 .LVU5372
	.uleb128 .LVU5383
	.uleb128 .LVU5383
	.uleb128 .LVU5384
	.uleb128 .LVU5384
	.uleb128 .LVU5386
	.uleb128 .LVU5386
	.uleb128 .LVU5389
	.uleb128 .LVU5389
	.uleb128 .LVU5400
	.uleb128 .LVU5400
	.uleb128 .LVU5403
	.uleb128 .LVU5452
	.uleb128 .LVU5484
	.uleb128 .LVU5484
	.uleb128 .LVU5492
	.uleb128 .LVU5498
	.uleb128 .LVU5505
	.uleb128 .LVU5505
	.uleb128 .LVU5513
	.uleb128 .LVU5513
	.uleb128 .LVU5519
	.uleb128 .LVU5519
	.uleb128 .LVU5527
	.uleb128 .LVU5527
	.uleb128 .LVU5540
	.uleb128 .LVU5540
	.uleb128 .LVU5541
	.uleb128 .LVU5541
	.uleb128 .LVU5548
	.uleb128 .LVU5548
	.uleb128 .LVU5556
	.uleb128 .LVU5556
	.uleb128 .LVU5562
	.uleb128 .LVU5562
	.uleb128 .LVU5577
	.uleb128 .LVU5612
	.uleb128 .LVU5618
	.uleb128 .LVU5618
	.uleb128 .LVU5626
	.uleb128 .LVU5632
	.uleb128 .LVU5638
	.uleb128 .LVU5638
	.uleb128 .LVU5646
	.uleb128 .LVU5646
	.uleb128 .LVU5652
	.uleb128 .LVU5652
	.uleb128 .LVU5660
	.uleb128 .LVU5681
	.uleb128 .LVU5683
	.uleb128 .LVU5683
	.uleb128 .LVU5684
	.uleb128 .LVU5691
	.uleb128 .LVU5696
	.uleb128 .LVU5708
	.uleb128 .LVU5718
	.uleb128 .LVU5728
	.uleb128 .LVU5730
	.uleb128 .LVU5730
	.uleb128 .LVU5731
	.uleb128 .LVU5731
	.uleb128 .LVU5737
	.uleb128 .LVU5737
	.uleb128 .LVU5745
	.uleb128 .LVU5745
	.uleb128 .LVU5751
	.uleb128 .LVU5751
	.uleb128 .LVU5759
	.uleb128 .LVU5759
	.uleb128 .LVU5766
	.uleb128 .LVU5766
	.uleb128 .LVU5774
	.uleb128 .LVU5774
	.uleb128 .LVU5780
	.uleb128 .LVU5780
	.uleb128 .LVU5788
	.uleb128 .LVU5788
	.uleb128 .LVU5794
	.uleb128 .LVU5794
	.uleb128 .LVU5802
	.uleb128 .LVU5802
	.uleb128 .LVU5808
	.uleb128 .LVU5808
	.uleb128 .LVU5816
	.uleb128 .LVU5816
	.uleb128 .LVU5829
	.uleb128 .LVU5829
	.uleb128 .LVU5830
	.uleb128 .LVU5830
	.uleb128 .LVU5837
	.uleb128 .LVU5837
	.uleb128 .LVU5845
	.uleb128 .LVU5845
	.uleb128 .LVU5851
	.uleb128 .LVU5851
	.uleb128 .LVU5859
	.uleb128 .LVU5859
	.uleb128 .LVU5865
	.uleb128 .LVU5865
	.uleb128 .LVU5873
	.uleb128 .LVU5873
	.uleb128 .LVU5887
	.uleb128 .LVU5887
	.uleb128 .LVU5893
	.uleb128 .LVU5893
	.uleb128 .LVU5901
	.uleb128 .LVU5907
	.uleb128 .LVU5913
	.uleb128 .LVU5913
	.uleb128 .LVU5977
	.uleb128 .LVU5977
	.uleb128 .LVU5991
	.uleb128 .LVU5991
	.uleb128 .LVU5997
	.uleb128 .LVU5997
	.uleb128 .LVU6005
	.uleb128 .LVU6005
	.uleb128 .LVU6010
	.uleb128 .LVU6010
	.uleb128 .LVU6038
	.uleb128 .LVU6085
	.uleb128 .LVU6086
	.uleb128 .LVU6086
	.uleb128 .LVU6100
	.uleb128 .LVU6106
	.uleb128 .LVU6109
	.uleb128 .LVU6109
	.uleb128 .LVU6113
	.uleb128 .LVU6113
	.uleb128 .LVU6137
	.uleb128 .LVU6137
	.uleb128 .LVU6141
	.uleb128 .LVU6141
	.uleb128 .LVU6143
	.uleb128 .LVU6143
	.uleb128 .LVU6149
	.uleb128 .LVU6149
	.uleb128 .LVU6151
	.uleb128 .LVU6151
	.uleb128 .LVU6163
	.uleb128 .LVU6163
	.uleb128 .LVU6166
	.uleb128 .LVU6166
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL35-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x7
	.byte	0x70
	.sleb128 0
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL78-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x20
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL94-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2b
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL133-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL157-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL170-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LVL181-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL182-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL186-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x29
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL188-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x10
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x26
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL201-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL226-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL228-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x2e
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL237-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2c
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL250-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL257-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL277-.Ltext0
	.uleb128 .LVL278-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL284-1-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL285-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL288-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL289-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL299-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x8
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL313-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL313-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL322-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL326-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL337-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL340-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL340-.Ltext0
	.uleb128 .LVL341-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL343-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL344-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL344-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x20
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL347-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL349-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL349-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL350-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL350-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL359-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL359-.Ltext0
	.uleb128 .LVL361-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL362-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL363-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL364-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x70
	.sleb128 0
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL364-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL370-.Ltext0
	.uleb128 .LVL371-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL374-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL376-.Ltext0
	.uleb128 .LVL377-.Ltext0
	.uleb128 0x10
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x26
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL380-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL382-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL385-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x29
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL387-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL387-.Ltext0
	.uleb128 .LVL388-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL390-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2e
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL395-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL396-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL398-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL401-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2b
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL403-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL404-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL406-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL409-.Ltext0
	.uleb128 .LVL411-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL411-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL412-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL414-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2d
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL417-.Ltext0
	.uleb128 .LVL419-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LVL420-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL422-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0xb
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x2c
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL427-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL428-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LVL433-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LVL435-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL437-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL440-.Ltext0
	.uleb128 .LVL441-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL441-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL444-.Ltext0
	.uleb128 .LVL446-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL449-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL452-.Ltext0
	.uleb128 .LVL455-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL456-.Ltext0
	.uleb128 .LVL461-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL462-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL462-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LVL469-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL469-.Ltext0
	.uleb128 .LVL471-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL475-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL475-.Ltext0
	.uleb128 .LVL478-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL479-.Ltext0
	.uleb128 .LVL482-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL482-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL486-.Ltext0
	.uleb128 .LVL489-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL489-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL493-.Ltext0
	.uleb128 .LVL496-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL496-.Ltext0
	.uleb128 .LVL498-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL500-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL502-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL506-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL507-.Ltext0
	.uleb128 .LVL509-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL509-.Ltext0
	.uleb128 .LVL510-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL512-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL513-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL516-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL516-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL517-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL520-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LVL523-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL526-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL529-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL533-.Ltext0
	.uleb128 .LVL536-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL536-.Ltext0
	.uleb128 .LVL537-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL537-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 0
	.byte	0x6
	.byte	0x72
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL538-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL539-.Ltext0
	.uleb128 .LVL542-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL542-.Ltext0
	.uleb128 .LVL544-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL545-.Ltext0
	.uleb128 .LVL547-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL547-.Ltext0
	.uleb128 .LVL549-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL554-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL554-.Ltext0
	.uleb128 .LVL556-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL556-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL559-.Ltext0
	.uleb128 .LVL561-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL561-.Ltext0
	.uleb128 .LVL563-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL563-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL566-.Ltext0
	.uleb128 .LVL568-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL568-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL570-.Ltext0
	.uleb128 .LVL572-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL573-.Ltext0
	.uleb128 .LVL574-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL574-.Ltext0
	.uleb128 .LVL575-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL576-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LVL581-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL581-.Ltext0
	.uleb128 .LVL583-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL583-.Ltext0
	.uleb128 .LVL585-.Ltext0
	.uleb128 0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL588-.Ltext0
	.uleb128 .LVL589-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL589-.Ltext0
	.uleb128 .LVL593-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL597-.Ltext0
	.uleb128 .LVL598-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL599-.Ltext0
	.uleb128 .LVL603-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL603-.Ltext0
	.uleb128 .LVL604-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL604-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL610-.Ltext0
	.uleb128 .LVL611-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL614-.Ltext0
	.uleb128 .LVL615-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL616-.Ltext0
	.uleb128 .LVL621-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL622-.Ltext0
	.uleb128 .LVL623-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL625-.Ltext0
	.uleb128 .LVL628-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL632-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL633-.Ltext0
	.uleb128 .LVL636-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL637-.Ltext0
	.uleb128 .LVL640-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL640-.Ltext0
	.uleb128 .LVL641-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL641-.Ltext0
	.uleb128 .LVL642-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL643-.Ltext0
	.uleb128 .LVL644-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL645-.Ltext0
	.uleb128 .LVL647-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL648-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LVL652-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL652-.Ltext0
	.uleb128 .LVL654-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL657-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL658-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL663-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL667-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL668-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL668-.Ltext0
	.uleb128 .LVL670-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL670-.Ltext0
	.uleb128 .LVL671-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL671-.Ltext0
	.uleb128 .LVL674-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL676-.Ltext0
	.uleb128 .LVL677-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL677-.Ltext0
	.uleb128 .LVL680-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL680-.Ltext0
	.uleb128 .LVL681-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL683-.Ltext0
	.uleb128 .LVL684-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL684-.Ltext0
	.uleb128 .LVL687-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL687-.Ltext0
	.uleb128 .LVL688-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL690-.Ltext0
	.uleb128 .LVL691-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL691-.Ltext0
	.uleb128 .LVL694-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL694-.Ltext0
	.uleb128 .LVL695-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL697-.Ltext0
	.uleb128 .LVL698-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL698-.Ltext0
	.uleb128 .LVL701-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL701-.Ltext0
	.uleb128 .LVL702-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL704-.Ltext0
	.uleb128 .LVL705-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL705-.Ltext0
	.uleb128 .LVL708-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL708-.Ltext0
	.uleb128 .LVL709-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL711-.Ltext0
	.uleb128 .LVL712-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL712-.Ltext0
	.uleb128 .LVL715-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL715-.Ltext0
	.uleb128 .LVL716-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL720-.Ltext0
	.uleb128 .LVL724-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL725-.Ltext0
	.uleb128 .LVL729-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL732-.Ltext0
	.uleb128 .LVL733-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL737-.Ltext0
	.uleb128 .LVL738-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL741-.Ltext0
	.uleb128 .LVL744-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL748-.Ltext0
	.uleb128 .LVL749-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL751-.Ltext0
	.uleb128 .LVL753-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL756-.Ltext0
	.uleb128 .LVL757-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL759-.Ltext0
	.uleb128 .LVL761-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL761-.Ltext0
	.uleb128 .LVL762-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL763-.Ltext0
	.uleb128 .LVL765-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL767-.Ltext0
	.uleb128 .LVL768-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL769-.Ltext0
	.uleb128 .LVL772-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL772-.Ltext0
	.uleb128 .LVL773-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL773-.Ltext0
	.uleb128 .LVL777-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL777-.Ltext0
	.uleb128 .LVL778-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL778-.Ltext0
	.uleb128 .LVL781-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL781-.Ltext0
	.uleb128 .LVL781-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL781-.Ltext0
	.uleb128 .LVL782-.Ltext0
	.uleb128 0xd
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0x8
	.byte	0xff
	.byte	0x1a
	.byte	0x24
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL785-.Ltext0
	.uleb128 .LVL786-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL786-.Ltext0
	.uleb128 .LVL786-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL786-.Ltext0
	.uleb128 .LVL787-.Ltext0
	.uleb128 0x10
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x8
	.byte	0x3f
	.byte	0x1a
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x26
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL790-.Ltext0
	.uleb128 .LVL791-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL791-.Ltext0
	.uleb128 .LVL792-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL792-.Ltext0
	.uleb128 .LVL794-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL795-.Ltext0
	.uleb128 .LVL796-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL796-.Ltext0
	.uleb128 .LVL797-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL797-.Ltext0
	.uleb128 .LVL799-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL800-.Ltext0
	.uleb128 .LVL801-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL801-.Ltext0
	.uleb128 .LVL802-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL802-.Ltext0
	.uleb128 .LVL804-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL805-.Ltext0
	.uleb128 .LVL806-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL806-.Ltext0
	.uleb128 .LVL807-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL807-.Ltext0
	.uleb128 .LVL809-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL810-.Ltext0
	.uleb128 .LVL811-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL811-.Ltext0
	.uleb128 .LVL812-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL812-.Ltext0
	.uleb128 .LVL814-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL815-.Ltext0
	.uleb128 .LVL816-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL816-.Ltext0
	.uleb128 .LVL817-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL817-.Ltext0
	.uleb128 .LVL819-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL820-.Ltext0
	.uleb128 .LVL821-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL823-.Ltext0
	.uleb128 .LVL825-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL826-.Ltext0
	.uleb128 .LVL828-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL828-.Ltext0
	.uleb128 .LVL830-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL831-.Ltext0
	.uleb128 .LVL833-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL833-.Ltext0
	.uleb128 .LVL835-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL838-.Ltext0
	.uleb128 .LVL840-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL843-.Ltext0
	.uleb128 .LVL844-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL844-.Ltext0
	.uleb128 .LVL846-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL849-.Ltext0
	.uleb128 .LVL850-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL850-.Ltext0
	.uleb128 .LVL851-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL851-.Ltext0
	.uleb128 .LVL852-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL852-.Ltext0
	.uleb128 .LVL853-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL853-.Ltext0
	.uleb128 .LVL854-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL854-.Ltext0
	.uleb128 .LVL859-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL862-.Ltext0
	.uleb128 .LVL866-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL866-.Ltext0
	.uleb128 .LVL869-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL872-.Ltext0
	.uleb128 .LVL874-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL874-.Ltext0
	.uleb128 .LVL876-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL876-.Ltext0
	.uleb128 .LVL879-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL880-.Ltext0
	.uleb128 .LVL883-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL886-.Ltext0
	.uleb128 .LVL887-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL887-.Ltext0
	.uleb128 .LVL889-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL892-.Ltext0
	.uleb128 .LVL893-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL893-.Ltext0
	.uleb128 .LVL895-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL897-.Ltext0
	.uleb128 .LVL899-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL899-.Ltext0
	.uleb128 .LVL900-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL901-.Ltext0
	.uleb128 .LVL902-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL904-.Ltext0
	.uleb128 .LVL906-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL906-.Ltext0
	.uleb128 .LVL907-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL907-.Ltext0
	.uleb128 .LVL908-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL908-.Ltext0
	.uleb128 .LVL909-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL910-.Ltext0
	.uleb128 .LVL912-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL915-.Ltext0
	.uleb128 .LVL916-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL916-.Ltext0
	.uleb128 .LVL918-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL921-.Ltext0
	.uleb128 .LVL922-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL925-.Ltext0
	.uleb128 .LVL928-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL931-.Ltext0
	.uleb128 .LVL932-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL932-.Ltext0
	.uleb128 .LVL934-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL937-.Ltext0
	.uleb128 .LVL939-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL939-.Ltext0
	.uleb128 .LVL940-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL940-.Ltext0
	.uleb128 .LVL941-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL941-.Ltext0
	.uleb128 .LVL942-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL947-.Ltext0
	.uleb128 .LVL948-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL950-.Ltext0
	.uleb128 .LVL951-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL951-.Ltext0
	.uleb128 .LVL953-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL954-.Ltext0
	.uleb128 .LVL957-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL957-.Ltext0
	.uleb128 .LVL959-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL962-.Ltext0
	.uleb128 .LVL963-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL963-.Ltext0
	.uleb128 .LVL964-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL966-.Ltext0
	.uleb128 .LVL968-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL968-.Ltext0
	.uleb128 .LVL969-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL969-.Ltext0
	.uleb128 .LVL970-.Ltext0
	.uleb128 0x4
	.byte	0x74
	.sleb128 0
	.byte	0x20
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL970-.Ltext0
	.uleb128 .LVL973-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL973-.Ltext0
	.uleb128 .LVL973-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL973-.Ltext0
	.uleb128 .LVL974-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x1a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL974-.Ltext0
	.uleb128 .LVL975-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL975-.Ltext0
	.uleb128 .LVL977-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL977-.Ltext0
	.uleb128 .LVL978-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL979-.Ltext0
	.uleb128 .LVL983-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL984-.Ltext0
	.uleb128 .LVL987-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL987-.Ltext0
	.uleb128 .LVL989-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL989-.Ltext0
	.uleb128 .LVL989-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL989-.Ltext0
	.uleb128 .LVL990-.Ltext0
	.uleb128 0x7
	.byte	0x74
	.sleb128 0
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL990-.Ltext0
	.uleb128 .LVL991-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL991-.Ltext0
	.uleb128 .LVL993-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL993-.Ltext0
	.uleb128 .LVL994-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL994-.Ltext0
	.uleb128 .LVL994-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL994-.Ltext0
	.uleb128 .LVL995-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL995-.Ltext0
	.uleb128 .LVL996-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL996-.Ltext0
	.uleb128 .LVL998-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL998-.Ltext0
	.uleb128 .LVL999-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1002-.Ltext0
	.uleb128 .LVL1003-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1003-.Ltext0
	.uleb128 .LVL1005-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1005-.Ltext0
	.uleb128 .LVL1005-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1005-.Ltext0
	.uleb128 .LVL1006-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x21
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1006-.Ltext0
	.uleb128 .LVL1007-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1007-.Ltext0
	.uleb128 .LVL1009-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1009-.Ltext0
	.uleb128 .LVL1010-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1010-.Ltext0
	.uleb128 .LVL1010-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1010-.Ltext0
	.uleb128 .LVL1011-.Ltext0
	.uleb128 0x7
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x74
	.sleb128 0
	.byte	0x27
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1011-.Ltext0
	.uleb128 .LVL1012-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1012-.Ltext0
	.uleb128 .LVL1014-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1014-.Ltext0
	.uleb128 .LVL1015-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1015-.Ltext0
	.uleb128 .LVL1018-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1018-.Ltext0
	.uleb128 .LVL1025-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1025-.Ltext0
	.uleb128 .LVL1027-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1027-.Ltext0
	.uleb128 .LVL1028-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1028-.Ltext0
	.uleb128 .LVL1030-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1030-.Ltext0
	.uleb128 .LVL1031-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1031-.Ltext0
	.uleb128 .LVL1033-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1033-.Ltext0
	.uleb128 .LVL1034-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1034-.Ltext0
	.uleb128 .LVL1036-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1036-.Ltext0
	.uleb128 .LVL1037-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1037-.Ltext0
	.uleb128 .LVL1039-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1039-.Ltext0
	.uleb128 .LVL1040-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1040-.Ltext0
	.uleb128 .LVL1042-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1042-.Ltext0
	.uleb128 .LVL1043-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1043-.Ltext0
	.uleb128 .LVL1046-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1046-.Ltext0
	.uleb128 .LVL1047-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1047-.Ltext0
	.uleb128 .LVL1048-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1048-.Ltext0
	.uleb128 .LVL1050-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1050-.Ltext0
	.uleb128 .LVL1051-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1051-.Ltext0
	.uleb128 .LVL1053-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1053-.Ltext0
	.uleb128 .LVL1054-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1054-.Ltext0
	.uleb128 .LVL1055-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1055-.Ltext0
	.uleb128 .LVL1059-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1059-.Ltext0
	.uleb128 .LVL1060-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1060-.Ltext0
	.uleb128 .LVL1061-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1061-.Ltext0
	.uleb128 .LVL1062-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1062-.Ltext0
	.uleb128 .LVL1065-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1065-.Ltext0
	.uleb128 .LVL1066-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1066-.Ltext0
	.uleb128 .LVL1067-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1067-.Ltext0
	.uleb128 .LVL1069-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1069-.Ltext0
	.uleb128 .LVL1070-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1070-.Ltext0
	.uleb128 .LVL1071-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1071-.Ltext0
	.uleb128 .LVL1072-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1072-.Ltext0
	.uleb128 .LVL1075-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1075-.Ltext0
	.uleb128 .LVL1078-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1078-.Ltext0
	.uleb128 .LVL1079-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1079-.Ltext0
	.uleb128 .LVL1083-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1083-.Ltext0
	.uleb128 .LVL1084-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1084-.Ltext0
	.uleb128 .LVL1085-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1085-.Ltext0
	.uleb128 .LVL1086-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1086-.Ltext0
	.uleb128 .LVL1090-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1090-.Ltext0
	.uleb128 .LVL1091-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL1091-.Ltext0
	.uleb128 .LVL1092-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1092-.Ltext0
	.uleb128 .LVL1093-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1093-.Ltext0
	.uleb128 .LVL1096-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1096-.Ltext0
	.uleb128 .LVL1097-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1110-.Ltext0
	.uleb128 .LVL1112-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1112-.Ltext0
	.uleb128 .LVL1114-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1115-.Ltext0
	.uleb128 .LVL1116-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1116-.Ltext0
	.uleb128 .LVL1118-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1118-.Ltext0
	.uleb128 .LVL1119-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1119-.Ltext0
	.uleb128 .LVL1121-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1121-.Ltext0
	.uleb128 .LVL1123-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1123-.Ltext0
	.uleb128 .LVL1124-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1124-.Ltext0
	.uleb128 .LVL1125-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1125-.Ltext0
	.uleb128 .LVL1127-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1127-.Ltext0
	.uleb128 .LVL1128-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1128-.Ltext0
	.uleb128 .LVL1131-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1141-.Ltext0
	.uleb128 .LVL1142-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1142-.Ltext0
	.uleb128 .LVL1144-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1145-.Ltext0
	.uleb128 .LVL1146-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1146-.Ltext0
	.uleb128 .LVL1148-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1148-.Ltext0
	.uleb128 .LVL1149-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1149-.Ltext0
	.uleb128 .LVL1151-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1152-.Ltext0
	.uleb128 .LVL1153-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1153-.Ltext0
	.uleb128 .LVL1154-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1157-.Ltext0
	.uleb128 .LVL1158-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1159-.Ltext0
	.uleb128 .LVL1160-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1161-.Ltext0
	.uleb128 .LVL1162-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1162-.Ltext0
	.uleb128 .LVL1163-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1163-.Ltext0
	.uleb128 .LVL1164-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1164-.Ltext0
	.uleb128 .LVL1166-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1166-.Ltext0
	.uleb128 .LVL1167-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1167-.Ltext0
	.uleb128 .LVL1169-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1169-.Ltext0
	.uleb128 .LVL1170-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1170-.Ltext0
	.uleb128 .LVL1172-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1172-.Ltext0
	.uleb128 .LVL1173-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1173-.Ltext0
	.uleb128 .LVL1175-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1175-.Ltext0
	.uleb128 .LVL1176-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1176-.Ltext0
	.uleb128 .LVL1178-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1178-.Ltext0
	.uleb128 .LVL1179-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1179-.Ltext0
	.uleb128 .LVL1181-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1181-.Ltext0
	.uleb128 .LVL1183-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1183-.Ltext0
	.uleb128 .LVL1184-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1184-.Ltext0
	.uleb128 .LVL1185-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1185-.Ltext0
	.uleb128 .LVL1187-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1187-.Ltext0
	.uleb128 .LVL1188-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1188-.Ltext0
	.uleb128 .LVL1190-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1190-.Ltext0
	.uleb128 .LVL1191-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1191-.Ltext0
	.uleb128 .LVL1193-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1193-.Ltext0
	.uleb128 .LVL1195-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1195-.Ltext0
	.uleb128 .LVL1196-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1196-.Ltext0
	.uleb128 .LVL1198-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1199-.Ltext0
	.uleb128 .LVL1200-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1200-.Ltext0
	.uleb128 .LVL1210-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1210-.Ltext0
	.uleb128 .LVL1212-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1212-.Ltext0
	.uleb128 .LVL1213-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1213-.Ltext0
	.uleb128 .LVL1215-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1215-.Ltext0
	.uleb128 .LVL1216-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1216-.Ltext0
	.uleb128 .LVL1220-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1227-.Ltext0
	.uleb128 .LVL1228-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1228-.Ltext0
	.uleb128 .LVL1229-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1230-.Ltext0
	.uleb128 .LVL1231-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1231-.Ltext0
	.uleb128 .LVL1232-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1232-.Ltext0
	.uleb128 .LVL1238-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1238-.Ltext0
	.uleb128 .LVL1239-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1239-.Ltext0
	.uleb128 .LVL1240-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1240-.Ltext0
	.uleb128 .LVL1242-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1242-.Ltext0
	.uleb128 .LVL1243-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1243-.Ltext0
	.uleb128 .LVL1246-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1246-.Ltext0
	.uleb128 .LVL1247-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1247-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS8:
	.uleb128 .LVU22
	.uleb128 .LVU48
	.uleb128 .LVU57
	.uleb128 .LVU649
	.uleb128 .LVU649
	.uleb128 .LVU665
	.uleb128 .LVU665
	.uleb128 .LVU1480
	.uleb128 .LVU1480
	.uleb128 .LVU1497
	.uleb128 .LVU1497
	.uleb128 .LVU1585
	.uleb128 .LVU1585
	.uleb128 .LVU1599
	.uleb128 .LVU1599
	.uleb128 .LVU2349
	.uleb128 .LVU2349
	.uleb128 .LVU2366
	.uleb128 .LVU2366
	.uleb128 .LVU3045
	.uleb128 .LVU3045
	.uleb128 .LVU3059
	.uleb128 .LVU3059
	.uleb128 .LVU3168
	.uleb128 .LVU3168
	.uleb128 .LVU3183
	.uleb128 .LVU3183
	.uleb128 .LVU3233
	.uleb128 .LVU3233
	.uleb128 .LVU3244
	.uleb128 .LVU3244
	.uleb128 .LVU3338
	.uleb128 .LVU3338
	.uleb128 .LVU3352
	.uleb128 .LVU3352
	.uleb128 .LVU3412
	.uleb128 .LVU3412
	.uleb128 .LVU3428
	.uleb128 .LVU3428
	.uleb128 .LVU3730
	.uleb128 .LVU3730
	.uleb128 .LVU3745
	.uleb128 .LVU3745
	.uleb128 .LVU3785
	.uleb128 .LVU3785
	.uleb128 .LVU3796
	.uleb128 .LVU3796
	.uleb128 .LVU3808
	.uleb128 .LVU3808
	.uleb128 .LVU3822
	.uleb128 .LVU3822
	.uleb128 .LVU4310
	.uleb128 .LVU4310
	.uleb128 .LVU4328
	.uleb128 .LVU4328
	.uleb128 .LVU4745
	.uleb128 .LVU4745
	.uleb128 .LVU4762
	.uleb128 .LVU4762
	.uleb128 .LVU4855
	.uleb128 .LVU4855
	.uleb128 .LVU4869
	.uleb128 .LVU4869
	.uleb128 .LVU5433
	.uleb128 .LVU5433
	.uleb128 .LVU5439
	.uleb128 .LVU5439
	.uleb128 .LVU5441
	.uleb128 .LVU5441
	.uleb128 .LVU5589
	.uleb128 .LVU5589
	.uleb128 .LVU5595
	.uleb128 .LVU5595
	.uleb128 .LVU5597
	.uleb128 .LVU5597
	.uleb128 .LVU5604
	.uleb128 .LVU5604
	.uleb128 .LVU5610
	.uleb128 .LVU5610
	.uleb128 .LVU5612
	.uleb128 .LVU5612
	.uleb128 .LVU5684
	.uleb128 .LVU5684
	.uleb128 .LVU5689
	.uleb128 .LVU5689
	.uleb128 .LVU5691
	.uleb128 .LVU5691
	.uleb128 .LVU6038
	.uleb128 .LVU6038
	.uleb128 .LVU6044
	.uleb128 .LVU6044
	.uleb128 .LVU6050
	.uleb128 .LVU6050
	.uleb128 .LVU6052
	.uleb128 .LVU6052
	.uleb128 .LVU6058
	.uleb128 .LVU6058
	.uleb128 .LVU6082
	.uleb128 .LVU6082
	.uleb128 .LVU6085
	.uleb128 .LVU6085
	.uleb128 .LVU6100
	.uleb128 .LVU6100
	.uleb128 .LVU6106
	.uleb128 .LVU6106
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL109-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL284-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL284-1-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL447-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL447-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL451-.Ltext0
	.uleb128 .LVL594-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL598-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL598-.Ltext0
	.uleb128 .LVL612-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL612-.Ltext0
	.uleb128 .LVL615-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL615-.Ltext0
	.uleb128 .LVL623-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL623-1-.Ltext0
	.uleb128 .LVL626-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL626-.Ltext0
	.uleb128 .LVL644-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL644-1-.Ltext0
	.uleb128 .LVL647-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL659-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL659-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL664-.Ltext0
	.uleb128 .LVL730-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL730-.Ltext0
	.uleb128 .LVL733-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL733-.Ltext0
	.uleb128 .LVL739-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL739-1-.Ltext0
	.uleb128 .LVL742-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL742-.Ltext0
	.uleb128 .LVL745-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL745-.Ltext0
	.uleb128 .LVL749-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL749-.Ltext0
	.uleb128 .LVL836-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL836-.Ltext0
	.uleb128 .LVL840-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL840-.Ltext0
	.uleb128 .LVL943-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL943-.Ltext0
	.uleb128 .LVL948-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL948-.Ltext0
	.uleb128 .LVL965-1-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL965-1-.Ltext0
	.uleb128 .LVL968-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL968-.Ltext0
	.uleb128 .LVL1106-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1106-.Ltext0
	.uleb128 .LVL1108-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1108-.Ltext0
	.uleb128 .LVL1109-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1109-.Ltext0
	.uleb128 .LVL1134-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1134-.Ltext0
	.uleb128 .LVL1136-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1136-.Ltext0
	.uleb128 .LVL1137-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1137-.Ltext0
	.uleb128 .LVL1138-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1138-.Ltext0
	.uleb128 .LVL1140-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1140-.Ltext0
	.uleb128 .LVL1141-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1141-.Ltext0
	.uleb128 .LVL1154-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1154-.Ltext0
	.uleb128 .LVL1156-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1156-.Ltext0
	.uleb128 .LVL1157-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1157-.Ltext0
	.uleb128 .LVL1220-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1220-.Ltext0
	.uleb128 .LVL1221-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL1221-.Ltext0
	.uleb128 .LVL1223-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL1223-.Ltext0
	.uleb128 .LVL1224-.Ltext0
	.uleb128 0x3
	.byte	0x79
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1224-.Ltext0
	.uleb128 .LVL1225-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL1225-.Ltext0
	.uleb128 .LVL1226-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1226-.Ltext0
	.uleb128 .LVL1227-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0x4
	.uleb128 .LVL1227-.Ltext0
	.uleb128 .LVL1229-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL1229-.Ltext0
	.uleb128 .LVL1230-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL1230-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS9:
	.uleb128 .LVU25
	.uleb128 .LVU31
	.uleb128 .LVU82
	.uleb128 .LVU83
	.uleb128 .LVU121
	.uleb128 .LVU122
	.uleb128 .LVU155
	.uleb128 .LVU156
	.uleb128 .LVU195
	.uleb128 .LVU196
	.uleb128 .LVU232
	.uleb128 .LVU233
	.uleb128 .LVU272
	.uleb128 .LVU273
	.uleb128 .LVU315
	.uleb128 .LVU316
	.uleb128 .LVU357
	.uleb128 .LVU358
	.uleb128 .LVU399
	.uleb128 .LVU400
	.uleb128 .LVU442
	.uleb128 .LVU443
	.uleb128 .LVU467
	.uleb128 .LVU476
	.uleb128 .LVU518
	.uleb128 .LVU519
	.uleb128 .LVU583
	.uleb128 .LVU584
	.uleb128 .LVU627
	.uleb128 .LVU628
	.uleb128 .LVU656
	.uleb128 .LVU665
	.uleb128 .LVU711
	.uleb128 .LVU712
	.uleb128 .LVU757
	.uleb128 .LVU758
	.uleb128 .LVU786
	.uleb128 .LVU787
	.uleb128 .LVU833
	.uleb128 .LVU835
	.uleb128 .LVU869
	.uleb128 .LVU870
	.uleb128 .LVU916
	.uleb128 .LVU918
	.uleb128 .LVU952
	.uleb128 .LVU962
	.uleb128 .LVU995
	.uleb128 .LVU1005
	.uleb128 .LVU1051
	.uleb128 .LVU1052
	.uleb128 .LVU1096
	.uleb128 .LVU1097
	.uleb128 .LVU1126
	.uleb128 .LVU1127
	.uleb128 .LVU1171
	.uleb128 .LVU1172
	.uleb128 .LVU1215
	.uleb128 .LVU1216
	.uleb128 .LVU1262
	.uleb128 .LVU1263
	.uleb128 .LVU1309
	.uleb128 .LVU1310
	.uleb128 .LVU1356
	.uleb128 .LVU1357
	.uleb128 .LVU1397
	.uleb128 .LVU1398
	.uleb128 .LVU1426
	.uleb128 .LVU1427
	.uleb128 .LVU1459
	.uleb128 .LVU1460
	.uleb128 .LVU1486
	.uleb128 .LVU1497
	.uleb128 .LVU1535
	.uleb128 .LVU1536
	.uleb128 .LVU1555
	.uleb128 .LVU1556
	.uleb128 .LVU1599
	.uleb128 .LVU1600
	.uleb128 .LVU1628
	.uleb128 .LVU1629
	.uleb128 .LVU1653
	.uleb128 .LVU1654
	.uleb128 .LVU1686
	.uleb128 .LVU1687
	.uleb128 .LVU1718
	.uleb128 .LVU1719
	.uleb128 .LVU1750
	.uleb128 .LVU1751
	.uleb128 .LVU1786
	.uleb128 .LVU1788
	.uleb128 .LVU1824
	.uleb128 .LVU1826
	.uleb128 .LVU1848
	.uleb128 .LVU1849
	.uleb128 .LVU1871
	.uleb128 .LVU1872
	.uleb128 .LVU1905
	.uleb128 .LVU1906
	.uleb128 .LVU1939
	.uleb128 .LVU1940
	.uleb128 .LVU1973
	.uleb128 .LVU1974
	.uleb128 .LVU2004
	.uleb128 .LVU2005
	.uleb128 .LVU2037
	.uleb128 .LVU2038
	.uleb128 .LVU2072
	.uleb128 .LVU2073
	.uleb128 .LVU2107
	.uleb128 .LVU2108
	.uleb128 .LVU2142
	.uleb128 .LVU2143
	.uleb128 .LVU2177
	.uleb128 .LVU2178
	.uleb128 .LVU2212
	.uleb128 .LVU2213
	.uleb128 .LVU2247
	.uleb128 .LVU2248
	.uleb128 .LVU2263
	.uleb128 .LVU2272
	.uleb128 .LVU2294
	.uleb128 .LVU2304
	.uleb128 .LVU2327
	.uleb128 .LVU2337
	.uleb128 .LVU2355
	.uleb128 .LVU2366
	.uleb128 .LVU2387
	.uleb128 .LVU2388
	.uleb128 .LVU2407
	.uleb128 .LVU2409
	.uleb128 .LVU2435
	.uleb128 .LVU2436
	.uleb128 .LVU2462
	.uleb128 .LVU2463
	.uleb128 .LVU2490
	.uleb128 .LVU2491
	.uleb128 .LVU2518
	.uleb128 .LVU2519
	.uleb128 .LVU2546
	.uleb128 .LVU2547
	.uleb128 .LVU2579
	.uleb128 .LVU2580
	.uleb128 .LVU2612
	.uleb128 .LVU2613
	.uleb128 .LVU2633
	.uleb128 .LVU2634
	.uleb128 .LVU2654
	.uleb128 .LVU2655
	.uleb128 .LVU2683
	.uleb128 .LVU2684
	.uleb128 .LVU2712
	.uleb128 .LVU2713
	.uleb128 .LVU2740
	.uleb128 .LVU2741
	.uleb128 .LVU2770
	.uleb128 .LVU2771
	.uleb128 .LVU2800
	.uleb128 .LVU2801
	.uleb128 .LVU2829
	.uleb128 .LVU2830
	.uleb128 .LVU2858
	.uleb128 .LVU2859
	.uleb128 .LVU2887
	.uleb128 .LVU2888
	.uleb128 .LVU2916
	.uleb128 .LVU2917
	.uleb128 .LVU2946
	.uleb128 .LVU2947
	.uleb128 .LVU2975
	.uleb128 .LVU2976
	.uleb128 .LVU2991
	.uleb128 .LVU2998
	.uleb128 .LVU3022
	.uleb128 .LVU3032
	.uleb128 .LVU3052
	.uleb128 .LVU3059
	.uleb128 .LVU3084
	.uleb128 .LVU3085
	.uleb128 .LVU3110
	.uleb128 .LVU3120
	.uleb128 .LVU3154
	.uleb128 .LVU3155
	.uleb128 .LVU3174
	.uleb128 .LVU3183
	.uleb128 .LVU3212
	.uleb128 .LVU3213
	.uleb128 .LVU3244
	.uleb128 .LVU3246
	.uleb128 .LVU3268
	.uleb128 .LVU3269
	.uleb128 .LVU3285
	.uleb128 .LVU3287
	.uleb128 .LVU3317
	.uleb128 .LVU3318
	.uleb128 .LVU3352
	.uleb128 .LVU3353
	.uleb128 .LVU3378
	.uleb128 .LVU3379
	.uleb128 .LVU3398
	.uleb128 .LVU3399
	.uleb128 .LVU3419
	.uleb128 .LVU3428
	.uleb128 .LVU3456
	.uleb128 .LVU3457
	.uleb128 .LVU3482
	.uleb128 .LVU3483
	.uleb128 .LVU3510
	.uleb128 .LVU3511
	.uleb128 .LVU3537
	.uleb128 .LVU3538
	.uleb128 .LVU3564
	.uleb128 .LVU3565
	.uleb128 .LVU3591
	.uleb128 .LVU3592
	.uleb128 .LVU3618
	.uleb128 .LVU3619
	.uleb128 .LVU3645
	.uleb128 .LVU3646
	.uleb128 .LVU3658
	.uleb128 .LVU3665
	.uleb128 .LVU3683
	.uleb128 .LVU3693
	.uleb128 .LVU3711
	.uleb128 .LVU3721
	.uleb128 .LVU3736
	.uleb128 .LVU3745
	.uleb128 .LVU3770
	.uleb128 .LVU3771
	.uleb128 .LVU3796
	.uleb128 .LVU3798
	.uleb128 .LVU3815
	.uleb128 .LVU3822
	.uleb128 .LVU3843
	.uleb128 .LVU3844
	.uleb128 .LVU3878
	.uleb128 .LVU3879
	.uleb128 .LVU3908
	.uleb128 .LVU3909
	.uleb128 .LVU3925
	.uleb128 .LVU3926
	.uleb128 .LVU3963
	.uleb128 .LVU3964
	.uleb128 .LVU3990
	.uleb128 .LVU3991
	.uleb128 .LVU4014
	.uleb128 .LVU4015
	.uleb128 .LVU4036
	.uleb128 .LVU4038
	.uleb128 .LVU4066
	.uleb128 .LVU4067
	.uleb128 .LVU4096
	.uleb128 .LVU4097
	.uleb128 .LVU4117
	.uleb128 .LVU4118
	.uleb128 .LVU4138
	.uleb128 .LVU4139
	.uleb128 .LVU4159
	.uleb128 .LVU4160
	.uleb128 .LVU4180
	.uleb128 .LVU4181
	.uleb128 .LVU4201
	.uleb128 .LVU4202
	.uleb128 .LVU4222
	.uleb128 .LVU4223
	.uleb128 .LVU4235
	.uleb128 .LVU4245
	.uleb128 .LVU4263
	.uleb128 .LVU4273
	.uleb128 .LVU4291
	.uleb128 .LVU4301
	.uleb128 .LVU4316
	.uleb128 .LVU4328
	.uleb128 .LVU4352
	.uleb128 .LVU4353
	.uleb128 .LVU4377
	.uleb128 .LVU4378
	.uleb128 .LVU4405
	.uleb128 .LVU4406
	.uleb128 .LVU4437
	.uleb128 .LVU4439
	.uleb128 .LVU4471
	.uleb128 .LVU4473
	.uleb128 .LVU4492
	.uleb128 .LVU4493
	.uleb128 .LVU4517
	.uleb128 .LVU4518
	.uleb128 .LVU4541
	.uleb128 .LVU4542
	.uleb128 .LVU4566
	.uleb128 .LVU4567
	.uleb128 .LVU4591
	.uleb128 .LVU4592
	.uleb128 .LVU4609
	.uleb128 .LVU4610
	.uleb128 .LVU4633
	.uleb128 .LVU4634
	.uleb128 .LVU4656
	.uleb128 .LVU4657
	.uleb128 .LVU4679
	.uleb128 .LVU4681
	.uleb128 .LVU4705
	.uleb128 .LVU4706
	.uleb128 .LVU4734
	.uleb128 .LVU4735
	.uleb128 .LVU4752
	.uleb128 .LVU4762
	.uleb128 .LVU4786
	.uleb128 .LVU4787
	.uleb128 .LVU4813
	.uleb128 .LVU4814
	.uleb128 .LVU4840
	.uleb128 .LVU4841
	.uleb128 .LVU4869
	.uleb128 .LVU4870
	.uleb128 .LVU4890
	.uleb128 .LVU4891
	.uleb128 .LVU4920
	.uleb128 .LVU4921
	.uleb128 .LVU4944
	.uleb128 .LVU4945
	.uleb128 .LVU4968
	.uleb128 .LVU4969
	.uleb128 .LVU4997
	.uleb128 .LVU4998
	.uleb128 .LVU5025
	.uleb128 .LVU5026
	.uleb128 .LVU5053
	.uleb128 .LVU5054
	.uleb128 .LVU5084
	.uleb128 .LVU5085
	.uleb128 .LVU5114
	.uleb128 .LVU5115
	.uleb128 .LVU5129
	.uleb128 .LVU5130
	.uleb128 .LVU5143
	.uleb128 .LVU5144
	.uleb128 .LVU5157
	.uleb128 .LVU5158
	.uleb128 .LVU5171
	.uleb128 .LVU5172
	.uleb128 .LVU5185
	.uleb128 .LVU5186
	.uleb128 .LVU5199
	.uleb128 .LVU5200
	.uleb128 .LVU5213
	.uleb128 .LVU5214
	.uleb128 .LVU5227
	.uleb128 .LVU5228
	.uleb128 .LVU5241
	.uleb128 .LVU5242
	.uleb128 .LVU5256
	.uleb128 .LVU5257
	.uleb128 .LVU5269
	.uleb128 .LVU5270
	.uleb128 .LVU5282
	.uleb128 .LVU5283
	.uleb128 .LVU5299
	.uleb128 .LVU5300
	.uleb128 .LVU5313
	.uleb128 .LVU5314
	.uleb128 .LVU5326
	.uleb128 .LVU5327
	.uleb128 .LVU5340
	.uleb128 .LVU5341
	.uleb128 .LVU5354
	.uleb128 .LVU5355
	.uleb128 .LVU5371
	.uleb128 .LVU5372
	.uleb128 .LVU5388
	.uleb128 .LVU5389
	.uleb128 .LVU5402
	.uleb128 .LVU5403
.LLST9:
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL6-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL32-.Ltext0
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
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL257-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LVL263-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL327-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL362-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL374-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL380-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL388-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL396-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL404-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL412-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL428-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL433-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL436-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL443-.Ltext0
	.uleb128 .LVL446-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LVL455-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL461-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL470-.Ltext0
	.uleb128 .LVL471-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LVL478-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL491-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL509-.Ltext0
	.uleb128 .LVL510-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL512-.Ltext0
	.uleb128 .LVL513-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL524-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL538-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL543-.Ltext0
	.uleb128 .LVL544-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL550-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL564-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL571-.Ltext0
	.uleb128 .LVL572-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL577-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL584-.Ltext0
	.uleb128 .LVL585-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL586-.Ltext0
	.uleb128 .LVL588-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL590-.Ltext0
	.uleb128 .LVL593-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL597-.Ltext0
	.uleb128 .LVL598-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL602-.Ltext0
	.uleb128 .LVL603-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL605-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL610-.Ltext0
	.uleb128 .LVL611-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL613-.Ltext0
	.uleb128 .LVL615-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL620-.Ltext0
	.uleb128 .LVL621-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL626-.Ltext0
	.uleb128 .LVL628-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL632-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL634-.Ltext0
	.uleb128 .LVL636-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL641-.Ltext0
	.uleb128 .LVL642-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL648-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL653-.Ltext0
	.uleb128 .LVL654-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL658-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL662-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL669-.Ltext0
	.uleb128 .LVL670-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL680-.Ltext0
	.uleb128 .LVL681-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL687-.Ltext0
	.uleb128 .LVL688-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL694-.Ltext0
	.uleb128 .LVL695-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL701-.Ltext0
	.uleb128 .LVL702-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL708-.Ltext0
	.uleb128 .LVL709-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL715-.Ltext0
	.uleb128 .LVL716-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL717-.Ltext0
	.uleb128 .LVL719-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL721-.Ltext0
	.uleb128 .LVL724-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL726-.Ltext0
	.uleb128 .LVL729-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL731-.Ltext0
	.uleb128 .LVL733-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL737-.Ltext0
	.uleb128 .LVL738-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL742-.Ltext0
	.uleb128 .LVL744-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL748-.Ltext0
	.uleb128 .LVL749-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL752-.Ltext0
	.uleb128 .LVL753-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL756-.Ltext0
	.uleb128 .LVL757-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL761-.Ltext0
	.uleb128 .LVL762-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL764-.Ltext0
	.uleb128 .LVL765-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL767-.Ltext0
	.uleb128 .LVL768-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL771-.Ltext0
	.uleb128 .LVL772-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL776-.Ltext0
	.uleb128 .LVL777-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL779-.Ltext0
	.uleb128 .LVL781-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL785-.Ltext0
	.uleb128 .LVL786-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL790-.Ltext0
	.uleb128 .LVL791-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL795-.Ltext0
	.uleb128 .LVL796-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL800-.Ltext0
	.uleb128 .LVL801-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL805-.Ltext0
	.uleb128 .LVL806-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL810-.Ltext0
	.uleb128 .LVL811-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL815-.Ltext0
	.uleb128 .LVL816-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL820-.Ltext0
	.uleb128 .LVL821-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL822-.Ltext0
	.uleb128 .LVL825-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL827-.Ltext0
	.uleb128 .LVL830-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL832-.Ltext0
	.uleb128 .LVL835-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL837-.Ltext0
	.uleb128 .LVL840-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL845-.Ltext0
	.uleb128 .LVL846-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL852-.Ltext0
	.uleb128 .LVL853-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL858-.Ltext0
	.uleb128 .LVL859-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL867-.Ltext0
	.uleb128 .LVL869-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL877-.Ltext0
	.uleb128 .LVL879-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL882-.Ltext0
	.uleb128 .LVL883-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL888-.Ltext0
	.uleb128 .LVL889-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL894-.Ltext0
	.uleb128 .LVL895-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL901-.Ltext0
	.uleb128 .LVL902-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL908-.Ltext0
	.uleb128 .LVL909-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL911-.Ltext0
	.uleb128 .LVL912-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL917-.Ltext0
	.uleb128 .LVL918-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL921-.Ltext0
	.uleb128 .LVL922-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL926-.Ltext0
	.uleb128 .LVL928-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL933-.Ltext0
	.uleb128 .LVL934-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL941-.Ltext0
	.uleb128 .LVL942-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL946-.Ltext0
	.uleb128 .LVL948-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL952-.Ltext0
	.uleb128 .LVL953-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL958-.Ltext0
	.uleb128 .LVL959-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL963-.Ltext0
	.uleb128 .LVL964-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL968-.Ltext0
	.uleb128 .LVL969-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL972-.Ltext0
	.uleb128 .LVL973-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL977-.Ltext0
	.uleb128 .LVL978-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL982-.Ltext0
	.uleb128 .LVL983-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL988-.Ltext0
	.uleb128 .LVL989-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL993-.Ltext0
	.uleb128 .LVL994-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL998-.Ltext0
	.uleb128 .LVL999-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1004-.Ltext0
	.uleb128 .LVL1005-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1009-.Ltext0
	.uleb128 .LVL1010-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1014-.Ltext0
	.uleb128 .LVL1015-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1018-.Ltext0
	.uleb128 .LVL1019-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1021-.Ltext0
	.uleb128 .LVL1022-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1024-.Ltext0
	.uleb128 .LVL1025-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1027-.Ltext0
	.uleb128 .LVL1028-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1030-.Ltext0
	.uleb128 .LVL1031-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1033-.Ltext0
	.uleb128 .LVL1034-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1036-.Ltext0
	.uleb128 .LVL1037-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1039-.Ltext0
	.uleb128 .LVL1040-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1042-.Ltext0
	.uleb128 .LVL1043-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1046-.Ltext0
	.uleb128 .LVL1047-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1049-.Ltext0
	.uleb128 .LVL1050-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1054-.Ltext0
	.uleb128 .LVL1055-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1061-.Ltext0
	.uleb128 .LVL1062-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1065-.Ltext0
	.uleb128 .LVL1066-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1070-.Ltext0
	.uleb128 .LVL1071-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1074-.Ltext0
	.uleb128 .LVL1075-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1078-.Ltext0
	.uleb128 .LVL1079-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1085-.Ltext0
	.uleb128 .LVL1086-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1092-.Ltext0
	.uleb128 .LVL1093-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL1096-.Ltext0
	.uleb128 .LVL1097-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS10:
	.uleb128 .LVU41
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU57
	.uleb128 .LVU541
	.uleb128 .LVU548
	.uleb128 .LVU3134
	.uleb128 .LVU3141
	.uleb128 .LVU3855
	.uleb128 .LVU3862
	.uleb128 .LVU3940
	.uleb128 .LVU3947
	.uleb128 .LVU5481
	.uleb128 .LVU5492
	.uleb128 .LVU5502
	.uleb128 .LVU5513
	.uleb128 .LVU5517
	.uleb128 .LVU5527
	.uleb128 .LVU5531
	.uleb128 .LVU5541
	.uleb128 .LVU5545
	.uleb128 .LVU5556
	.uleb128 .LVU5560
	.uleb128 .LVU5570
	.uleb128 .LVU5574
	.uleb128 .LVU5585
	.uleb128 .LVU5616
	.uleb128 .LVU5626
	.uleb128 .LVU5636
	.uleb128 .LVU5646
	.uleb128 .LVU5650
	.uleb128 .LVU5660
	.uleb128 .LVU5735
	.uleb128 .LVU5745
	.uleb128 .LVU5749
	.uleb128 .LVU5759
	.uleb128 .LVU5763
	.uleb128 .LVU5774
	.uleb128 .LVU5778
	.uleb128 .LVU5788
	.uleb128 .LVU5792
	.uleb128 .LVU5802
	.uleb128 .LVU5806
	.uleb128 .LVU5816
	.uleb128 .LVU5820
	.uleb128 .LVU5830
	.uleb128 .LVU5834
	.uleb128 .LVU5845
	.uleb128 .LVU5849
	.uleb128 .LVU5859
	.uleb128 .LVU5863
	.uleb128 .LVU5873
	.uleb128 .LVU5877
	.uleb128 .LVU5887
	.uleb128 .LVU5891
	.uleb128 .LVU5901
	.uleb128 .LVU5911
	.uleb128 .LVU5921
	.uleb128 .LVU5925
	.uleb128 .LVU5935
	.uleb128 .LVU5939
	.uleb128 .LVU5949
	.uleb128 .LVU5953
	.uleb128 .LVU5963
	.uleb128 .LVU5967
	.uleb128 .LVU5977
	.uleb128 .LVU5981
	.uleb128 .LVU5991
	.uleb128 .LVU5995
	.uleb128 .LVU6005
	.uleb128 .LVU6014
	.uleb128 .LVU6024
	.uleb128 .LVU6028
	.uleb128 .LVU6038
.LLST10:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL13-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL608-.Ltext0
	.uleb128 .LVL609-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL753-.Ltext0
	.uleb128 .LVL754-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL765-.Ltext0
	.uleb128 .LVL766-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1111-.Ltext0
	.uleb128 .LVL1114-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1115-.Ltext0
	.uleb128 .LVL1118-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1118-.Ltext0
	.uleb128 .LVL1121-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1121-.Ltext0
	.uleb128 .LVL1124-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1124-.Ltext0
	.uleb128 .LVL1127-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1127-.Ltext0
	.uleb128 .LVL1130-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1130-.Ltext0
	.uleb128 .LVL1133-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1141-.Ltext0
	.uleb128 .LVL1144-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1145-.Ltext0
	.uleb128 .LVL1148-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1148-.Ltext0
	.uleb128 .LVL1151-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1163-.Ltext0
	.uleb128 .LVL1166-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1166-.Ltext0
	.uleb128 .LVL1169-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1169-.Ltext0
	.uleb128 .LVL1172-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1172-.Ltext0
	.uleb128 .LVL1175-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1175-.Ltext0
	.uleb128 .LVL1178-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1178-.Ltext0
	.uleb128 .LVL1181-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1181-.Ltext0
	.uleb128 .LVL1184-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1184-.Ltext0
	.uleb128 .LVL1187-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1187-.Ltext0
	.uleb128 .LVL1190-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1190-.Ltext0
	.uleb128 .LVL1193-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1193-.Ltext0
	.uleb128 .LVL1195-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1195-.Ltext0
	.uleb128 .LVL1198-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1199-.Ltext0
	.uleb128 .LVL1202-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1202-.Ltext0
	.uleb128 .LVL1204-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1204-.Ltext0
	.uleb128 .LVL1206-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1206-.Ltext0
	.uleb128 .LVL1208-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1208-.Ltext0
	.uleb128 .LVL1210-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1210-.Ltext0
	.uleb128 .LVL1212-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1212-.Ltext0
	.uleb128 .LVL1215-.Ltext0
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1216-.Ltext0
	.uleb128 .LVL1218-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1218-.Ltext0
	.uleb128 .LVL1220-.Ltext0
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS11:
	.uleb128 .LVU42
	.uleb128 .LVU48
	.uleb128 .LVU48
	.uleb128 .LVU52
	.uleb128 .LVU52
	.uleb128 .LVU57
	.uleb128 .LVU542
	.uleb128 .LVU548
	.uleb128 .LVU3135
	.uleb128 .LVU3141
	.uleb128 .LVU3856
	.uleb128 .LVU3862
	.uleb128 .LVU3941
	.uleb128 .LVU3947
	.uleb128 .LVU5489
	.uleb128 .LVU5492
	.uleb128 .LVU5510
	.uleb128 .LVU5513
	.uleb128 .LVU5524
	.uleb128 .LVU5527
	.uleb128 .LVU5538
	.uleb128 .LVU5541
	.uleb128 .LVU5553
	.uleb128 .LVU5556
	.uleb128 .LVU5567
	.uleb128 .LVU5570
	.uleb128 .LVU5582
	.uleb128 .LVU5585
	.uleb128 .LVU5623
	.uleb128 .LVU5626
	.uleb128 .LVU5643
	.uleb128 .LVU5646
	.uleb128 .LVU5657
	.uleb128 .LVU5660
	.uleb128 .LVU5742
	.uleb128 .LVU5745
	.uleb128 .LVU5756
	.uleb128 .LVU5759
	.uleb128 .LVU5771
	.uleb128 .LVU5774
	.uleb128 .LVU5785
	.uleb128 .LVU5788
	.uleb128 .LVU5799
	.uleb128 .LVU5802
	.uleb128 .LVU5813
	.uleb128 .LVU5816
	.uleb128 .LVU5827
	.uleb128 .LVU5830
	.uleb128 .LVU5842
	.uleb128 .LVU5845
	.uleb128 .LVU5856
	.uleb128 .LVU5859
	.uleb128 .LVU5870
	.uleb128 .LVU5873
	.uleb128 .LVU5884
	.uleb128 .LVU5887
	.uleb128 .LVU5898
	.uleb128 .LVU5901
	.uleb128 .LVU5918
	.uleb128 .LVU5921
	.uleb128 .LVU5932
	.uleb128 .LVU5935
	.uleb128 .LVU5946
	.uleb128 .LVU5949
	.uleb128 .LVU5960
	.uleb128 .LVU5963
	.uleb128 .LVU5974
	.uleb128 .LVU5977
	.uleb128 .LVU5988
	.uleb128 .LVU5991
	.uleb128 .LVU6002
	.uleb128 .LVU6005
	.uleb128 .LVU6021
	.uleb128 .LVU6024
	.uleb128 .LVU6035
	.uleb128 .LVU6038
.LLST11:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL13-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL608-.Ltext0
	.uleb128 .LVL609-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL753-.Ltext0
	.uleb128 .LVL754-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL765-.Ltext0
	.uleb128 .LVL766-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1113-.Ltext0
	.uleb128 .LVL1114-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1117-.Ltext0
	.uleb128 .LVL1118-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1120-.Ltext0
	.uleb128 .LVL1121-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1122-.Ltext0
	.uleb128 .LVL1124-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1126-.Ltext0
	.uleb128 .LVL1127-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1129-.Ltext0
	.uleb128 .LVL1130-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1132-.Ltext0
	.uleb128 .LVL1133-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1143-.Ltext0
	.uleb128 .LVL1144-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1147-.Ltext0
	.uleb128 .LVL1148-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1150-.Ltext0
	.uleb128 .LVL1151-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1165-.Ltext0
	.uleb128 .LVL1166-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1168-.Ltext0
	.uleb128 .LVL1169-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1171-.Ltext0
	.uleb128 .LVL1172-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1174-.Ltext0
	.uleb128 .LVL1175-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1177-.Ltext0
	.uleb128 .LVL1178-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1180-.Ltext0
	.uleb128 .LVL1181-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1182-.Ltext0
	.uleb128 .LVL1184-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1186-.Ltext0
	.uleb128 .LVL1187-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1189-.Ltext0
	.uleb128 .LVL1190-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1192-.Ltext0
	.uleb128 .LVL1193-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1194-.Ltext0
	.uleb128 .LVL1195-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1197-.Ltext0
	.uleb128 .LVL1198-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1201-.Ltext0
	.uleb128 .LVL1202-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1203-.Ltext0
	.uleb128 .LVL1204-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1205-.Ltext0
	.uleb128 .LVL1206-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1207-.Ltext0
	.uleb128 .LVL1208-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1209-.Ltext0
	.uleb128 .LVL1210-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1211-.Ltext0
	.uleb128 .LVL1212-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1214-.Ltext0
	.uleb128 .LVL1215-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1217-.Ltext0
	.uleb128 .LVL1218-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1219-.Ltext0
	.uleb128 .LVL1220-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS18:
	.uleb128 .LVU218
	.uleb128 .LVU233
.LLST18:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL39-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS22:
	.uleb128 .LVU382
	.uleb128 .LVU399
	.uleb128 .LVU399
	.uleb128 .LVU400
.LLST22:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS25:
	.uleb128 .LVU297
	.uleb128 .LVU309
	.uleb128 .LVU309
	.uleb128 .LVU310
	.uleb128 .LVU310
	.uleb128 .LVU316
.LLST25:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS26:
	.uleb128 .LVU297
	.uleb128 .LVU308
.LLST26:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS29:
	.uleb128 .LVU339
	.uleb128 .LVU351
	.uleb128 .LVU351
	.uleb128 .LVU352
	.uleb128 .LVU352
	.uleb128 .LVU358
.LLST29:
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS30:
	.uleb128 .LVU339
	.uleb128 .LVU350
.LLST30:
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS33:
	.uleb128 .LVU424
	.uleb128 .LVU428
	.uleb128 .LVU428
	.uleb128 .LVU436
	.uleb128 .LVU436
	.uleb128 .LVU443
.LLST33:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS34:
	.uleb128 .LVU424
	.uleb128 .LVU436
	.uleb128 .LVU436
	.uleb128 .LVU438
.LLST34:
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL74-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS76:
	.uleb128 .LVU897
	.uleb128 .LVU912
	.uleb128 .LVU912
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 .LVU918
	.uleb128 .LVU5372
	.uleb128 .LVU5386
	.uleb128 .LVU5386
	.uleb128 .LVU5389
.LLST76:
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1086-.Ltext0
	.uleb128 .LVL1092-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1092-.Ltext0
	.uleb128 .LVL1093-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0
.LVUS77:
	.uleb128 .LVU898
	.uleb128 .LVU905
	.uleb128 .LVU905
	.uleb128 .LVU913
	.uleb128 .LVU5372
	.uleb128 .LVU5374
	.uleb128 .LVU5374
	.uleb128 .LVU5382
	.uleb128 .LVU5382
	.uleb128 .LVU5383
	.uleb128 .LVU5383
	.uleb128 .LVU5384
	.uleb128 .LVU5384
	.uleb128 .LVU5389
.LLST77:
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1086-.Ltext0
	.uleb128 .LVL1087-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1087-.Ltext0
	.uleb128 .LVL1089-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1089-.Ltext0
	.uleb128 .LVL1090-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1090-.Ltext0
	.uleb128 .LVL1091-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1091-.Ltext0
	.uleb128 .LVL1093-.Ltext0
	.uleb128 0x5
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS80:
	.uleb128 .LVU814
	.uleb128 .LVU829
	.uleb128 .LVU829
	.uleb128 .LVU834
	.uleb128 .LVU834
	.uleb128 .LVU835
	.uleb128 .LVU5389
	.uleb128 .LVU5400
	.uleb128 .LVU5400
	.uleb128 .LVU5403
.LLST80:
	.byte	0x4
	.uleb128 .LVL138-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL146-.Ltext0
	.uleb128 .LVL147-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1093-.Ltext0
	.uleb128 .LVL1096-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1096-.Ltext0
	.uleb128 .LVL1097-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0
.LVUS81:
	.uleb128 .LVU815
	.uleb128 .LVU822
	.uleb128 .LVU822
	.uleb128 .LVU830
	.uleb128 .LVU5389
	.uleb128 .LVU5397
.LLST81:
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1093-.Ltext0
	.uleb128 .LVL1094-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS54:
	.uleb128 .LVU607
	.uleb128 .LVU621
	.uleb128 .LVU621
	.uleb128 .LVU622
	.uleb128 .LVU622
	.uleb128 .LVU628
.LLST54:
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS55:
	.uleb128 .LVU607
	.uleb128 .LVU619
.LLST55:
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS98:
	.uleb128 .LVU1151
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1166
	.uleb128 .LVU1166
	.uleb128 .LVU1172
.LLST98:
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS99:
	.uleb128 .LVU1151
	.uleb128 .LVU1163
.LLST99:
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS42:
	.uleb128 .LVU1195
	.uleb128 .LVU1209
	.uleb128 .LVU1209
	.uleb128 .LVU1210
	.uleb128 .LVU1210
	.uleb128 .LVU1216
.LLST42:
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL219-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS43:
	.uleb128 .LVU1195
	.uleb128 .LVU1207
.LLST43:
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS46:
	.uleb128 .LVU500
	.uleb128 .LVU519
.LLST46:
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS47:
	.uleb128 .LVU500
	.uleb128 .LVU511
.LLST47:
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS88:
	.uleb128 .LVU1076
	.uleb128 .LVU1097
.LLST88:
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS89:
	.uleb128 .LVU1076
	.uleb128 .LVU1088
.LLST89:
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS92:
	.uleb128 .LVU1029
	.uleb128 .LVU1041
	.uleb128 .LVU1041
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1052
.LLST92:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS93:
	.uleb128 .LVU1029
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1046
.LLST93:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS62:
	.uleb128 .LVU1287
	.uleb128 .LVU1299
	.uleb128 .LVU1299
	.uleb128 .LVU1300
	.uleb128 .LVU1300
	.uleb128 .LVU1310
.LLST62:
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS63:
	.uleb128 .LVU1287
	.uleb128 .LVU1300
	.uleb128 .LVU1300
	.uleb128 .LVU1304
.LLST63:
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL238-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS66:
	.uleb128 .LVU689
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU702
	.uleb128 .LVU702
	.uleb128 .LVU712
.LLST66:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS67:
	.uleb128 .LVU689
	.uleb128 .LVU702
	.uleb128 .LVU702
	.uleb128 .LVU706
.LLST67:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS70:
	.uleb128 .LVU735
	.uleb128 .LVU747
	.uleb128 .LVU747
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU758
.LLST70:
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL124-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS71:
	.uleb128 .LVU735
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU752
.LLST71:
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS102:
	.uleb128 .LVU1240
	.uleb128 .LVU1252
	.uleb128 .LVU1252
	.uleb128 .LVU1253
	.uleb128 .LVU1253
	.uleb128 .LVU1263
.LLST102:
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS103:
	.uleb128 .LVU1240
	.uleb128 .LVU1253
	.uleb128 .LVU1253
	.uleb128 .LVU1257
.LLST103:
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS37:
	.uleb128 .LVU1334
	.uleb128 .LVU1346
	.uleb128 .LVU1346
	.uleb128 .LVU1347
	.uleb128 .LVU1347
	.uleb128 .LVU1357
.LLST37:
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS38:
	.uleb128 .LVU1334
	.uleb128 .LVU1347
	.uleb128 .LVU1347
	.uleb128 .LVU1351
.LLST38:
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS83:
	.uleb128 .LVU986
	.uleb128 .LVU1002
	.uleb128 .LVU1002
	.uleb128 .LVU1005
	.uleb128 .LVU5228
	.uleb128 .LVU5239
	.uleb128 .LVU5239
	.uleb128 .LVU5242
	.uleb128 .LVU6125
	.uleb128 .LVU6130
.LLST83:
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1040-.Ltext0
	.uleb128 .LVL1042-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1042-.Ltext0
	.uleb128 .LVL1043-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1235-.Ltext0
	.uleb128 .LVL1236-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS85:
	.uleb128 .LVU942
	.uleb128 .LVU951
	.uleb128 .LVU951
	.uleb128 .LVU962
	.uleb128 .LVU5242
	.uleb128 .LVU5252
	.uleb128 .LVU5252
	.uleb128 .LVU5257
	.uleb128 .LVU6118
	.uleb128 .LVU6120
	.uleb128 .LVU6120
	.uleb128 .LVU6125
.LLST85:
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL168-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1043-.Ltext0
	.uleb128 .LVL1044-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1044-.Ltext0
	.uleb128 .LVL1047-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1233-.Ltext0
	.uleb128 .LVL1234-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1234-.Ltext0
	.uleb128 .LVL1235-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS59:
	.uleb128 .LVU649
	.uleb128 .LVU655
	.uleb128 .LVU655
	.uleb128 .LVU665
	.uleb128 .LVU6044
	.uleb128 .LVU6046
	.uleb128 .LVU6046
	.uleb128 .LVU6050
	.uleb128 .LVU6050
	.uleb128 .LVU6052
.LLST59:
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL109-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1221-.Ltext0
	.uleb128 .LVL1222-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1222-.Ltext0
	.uleb128 .LVL1223-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1223-.Ltext0
	.uleb128 .LVL1224-.Ltext0
	.uleb128 0x2
	.byte	0x79
	.sleb128 -8
	.byte	0
.LVUS108:
	.uleb128 .LVU1613
	.uleb128 .LVU1625
	.uleb128 .LVU1625
	.uleb128 .LVU1629
.LLST108:
	.byte	0x4
	.uleb128 .LVL288-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS111:
	.uleb128 .LVU1441
	.uleb128 .LVU1456
	.uleb128 .LVU1456
	.uleb128 .LVU1460
.LLST111:
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS113:
	.uleb128 .LVU1668
	.uleb128 .LVU1681
	.uleb128 .LVU1681
	.uleb128 .LVU1683
	.uleb128 .LVU1683
	.uleb128 .LVU1687
.LLST113:
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LVL305-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS114:
	.uleb128 .LVU1668
	.uleb128 .LVU1679
.LLST114:
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS116:
	.uleb128 .LVU1700
	.uleb128 .LVU1712
	.uleb128 .LVU1712
	.uleb128 .LVU1719
.LLST116:
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS117:
	.uleb128 .LVU1700
	.uleb128 .LVU1712
	.uleb128 .LVU1712
	.uleb128 .LVU1714
.LLST117:
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS119:
	.uleb128 .LVU1732
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 .LVU1751
.LLST119:
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS120:
	.uleb128 .LVU1732
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 .LVU1746
.LLST120:
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL315-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL315-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS123:
	.uleb128 .LVU1767
	.uleb128 .LVU1782
	.uleb128 .LVU1782
	.uleb128 .LVU1787
	.uleb128 .LVU1787
	.uleb128 .LVU1788
	.uleb128 .LVU5355
	.uleb128 .LVU5369
	.uleb128 .LVU5369
	.uleb128 .LVU5372
.LLST123:
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL328-.Ltext0
	.uleb128 .LVL329-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1079-.Ltext0
	.uleb128 .LVL1085-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1085-.Ltext0
	.uleb128 .LVL1086-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0
.LVUS124:
	.uleb128 .LVU1768
	.uleb128 .LVU1775
	.uleb128 .LVU1775
	.uleb128 .LVU1783
	.uleb128 .LVU5355
	.uleb128 .LVU5357
	.uleb128 .LVU5357
	.uleb128 .LVU5365
	.uleb128 .LVU5365
	.uleb128 .LVU5366
	.uleb128 .LVU5366
	.uleb128 .LVU5367
	.uleb128 .LVU5367
	.uleb128 .LVU5372
.LLST124:
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1079-.Ltext0
	.uleb128 .LVL1080-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1080-.Ltext0
	.uleb128 .LVL1082-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1082-.Ltext0
	.uleb128 .LVL1083-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1083-.Ltext0
	.uleb128 .LVL1084-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1084-.Ltext0
	.uleb128 .LVL1086-.Ltext0
	.uleb128 0x5
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS127:
	.uleb128 .LVU1805
	.uleb128 .LVU1820
	.uleb128 .LVU1820
	.uleb128 .LVU1825
	.uleb128 .LVU1825
	.uleb128 .LVU1826
	.uleb128 .LVU5341
	.uleb128 .LVU5352
	.uleb128 .LVU5352
	.uleb128 .LVU5355
.LLST127:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL339-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL339-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1075-.Ltext0
	.uleb128 .LVL1078-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1078-.Ltext0
	.uleb128 .LVL1079-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0
.LVUS128:
	.uleb128 .LVU1806
	.uleb128 .LVU1813
	.uleb128 .LVU1813
	.uleb128 .LVU1821
	.uleb128 .LVU5341
	.uleb128 .LVU5349
.LLST128:
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1075-.Ltext0
	.uleb128 .LVL1076-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS130:
	.uleb128 .LVU1885
	.uleb128 .LVU1902
	.uleb128 .LVU1902
	.uleb128 .LVU1906
.LLST130:
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL353-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS131:
	.uleb128 .LVU1885
	.uleb128 .LVU1897
.LLST131:
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL350-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS133:
	.uleb128 .LVU1919
	.uleb128 .LVU1936
	.uleb128 .LVU1936
	.uleb128 .LVU1940
.LLST133:
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL360-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL360-.Ltext0
	.uleb128 .LVL362-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS134:
	.uleb128 .LVU1919
	.uleb128 .LVU1931
.LLST134:
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS136:
	.uleb128 .LVU1953
	.uleb128 .LVU1970
	.uleb128 .LVU1970
	.uleb128 .LVU1974
.LLST136:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL367-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS137:
	.uleb128 .LVU1953
	.uleb128 .LVU1965
.LLST137:
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL364-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS139:
	.uleb128 .LVU1987
	.uleb128 .LVU2000
	.uleb128 .LVU2000
	.uleb128 .LVU2005
.LLST139:
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL373-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL375-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS140:
	.uleb128 .LVU1987
	.uleb128 .LVU1998
.LLST140:
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL371-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS142:
	.uleb128 .LVU2018
	.uleb128 .LVU2033
	.uleb128 .LVU2033
	.uleb128 .LVU2038
.LLST142:
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL379-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS143:
	.uleb128 .LVU2018
	.uleb128 .LVU2030
.LLST143:
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL377-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS145:
	.uleb128 .LVU2051
	.uleb128 .LVU2063
	.uleb128 .LVU2063
	.uleb128 .LVU2073
.LLST145:
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL383-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL389-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS146:
	.uleb128 .LVU2051
	.uleb128 .LVU2063
	.uleb128 .LVU2063
	.uleb128 .LVU2067
.LLST146:
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL383-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS148:
	.uleb128 .LVU2086
	.uleb128 .LVU2098
	.uleb128 .LVU2098
	.uleb128 .LVU2108
.LLST148:
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL391-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS149:
	.uleb128 .LVU2086
	.uleb128 .LVU2098
	.uleb128 .LVU2098
	.uleb128 .LVU2102
.LLST149:
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL391-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS151:
	.uleb128 .LVU2121
	.uleb128 .LVU2133
	.uleb128 .LVU2133
	.uleb128 .LVU2143
.LLST151:
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL399-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS152:
	.uleb128 .LVU2121
	.uleb128 .LVU2133
	.uleb128 .LVU2133
	.uleb128 .LVU2137
.LLST152:
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL399-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL402-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS154:
	.uleb128 .LVU2156
	.uleb128 .LVU2168
	.uleb128 .LVU2168
	.uleb128 .LVU2178
.LLST154:
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS155:
	.uleb128 .LVU2156
	.uleb128 .LVU2168
	.uleb128 .LVU2168
	.uleb128 .LVU2172
.LLST155:
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL410-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS157:
	.uleb128 .LVU2191
	.uleb128 .LVU2203
	.uleb128 .LVU2203
	.uleb128 .LVU2213
.LLST157:
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS158:
	.uleb128 .LVU2191
	.uleb128 .LVU2203
	.uleb128 .LVU2203
	.uleb128 .LVU2207
.LLST158:
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL418-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS160:
	.uleb128 .LVU2226
	.uleb128 .LVU2238
	.uleb128 .LVU2238
	.uleb128 .LVU2248
.LLST160:
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS161:
	.uleb128 .LVU2226
	.uleb128 .LVU2238
	.uleb128 .LVU2238
	.uleb128 .LVU2242
.LLST161:
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL423-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS164:
	.uleb128 .LVU2285
	.uleb128 .LVU2301
	.uleb128 .LVU2301
	.uleb128 .LVU2304
	.uleb128 .LVU5214
	.uleb128 .LVU5225
	.uleb128 .LVU5225
	.uleb128 .LVU5228
	.uleb128 .LVU6151
	.uleb128 .LVU6156
.LLST164:
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LVL437-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1037-.Ltext0
	.uleb128 .LVL1039-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1039-.Ltext0
	.uleb128 .LVL1040-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1243-.Ltext0
	.uleb128 .LVL1244-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS166:
	.uleb128 .LVU2317
	.uleb128 .LVU2326
	.uleb128 .LVU2326
	.uleb128 .LVU2337
	.uleb128 .LVU5115
	.uleb128 .LVU5125
	.uleb128 .LVU5125
	.uleb128 .LVU5130
	.uleb128 .LVU6156
	.uleb128 .LVU6158
	.uleb128 .LVU6158
	.uleb128 .LVU6163
.LLST166:
	.byte	0x4
	.uleb128 .LVL440-.Ltext0
	.uleb128 .LVL442-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL442-.Ltext0
	.uleb128 .LVL446-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1015-.Ltext0
	.uleb128 .LVL1016-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1016-.Ltext0
	.uleb128 .LVL1019-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1244-.Ltext0
	.uleb128 .LVL1245-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1245-.Ltext0
	.uleb128 .LVL1246-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS248:
	.uleb128 .LVU3412
	.uleb128 .LVU3418
	.uleb128 .LVU3418
	.uleb128 .LVU3428
	.uleb128 .LVU5433
	.uleb128 .LVU5435
	.uleb128 .LVU5435
	.uleb128 .LVU5439
	.uleb128 .LVU5439
	.uleb128 .LVU5441
.LLST248:
	.byte	0x4
	.uleb128 .LVL659-.Ltext0
	.uleb128 .LVL661-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1106-.Ltext0
	.uleb128 .LVL1107-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1107-.Ltext0
	.uleb128 .LVL1108-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1108-.Ltext0
	.uleb128 .LVL1109-.Ltext0
	.uleb128 0x2
	.byte	0x79
	.sleb128 -8
	.byte	0
.LVUS174:
	.uleb128 .LVU4003
	.uleb128 .LVU4015
.LLST174:
	.byte	0x4
	.uleb128 .LVL772-.Ltext0
	.uleb128 .LVL777-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS176:
	.uleb128 .LVU2451
	.uleb128 .LVU2463
.LLST176:
	.byte	0x4
	.uleb128 .LVL468-.Ltext0
	.uleb128 .LVL471-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS178:
	.uleb128 .LVU2476
	.uleb128 .LVU2490
	.uleb128 .LVU2490
	.uleb128 .LVU2491
.LLST178:
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LVL478-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS179:
	.uleb128 .LVU2477
	.uleb128 .LVU2483
	.uleb128 .LVU2483
	.uleb128 .LVU2491
.LLST179:
	.byte	0x4
	.uleb128 .LVL473-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL478-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS181:
	.uleb128 .LVU2504
	.uleb128 .LVU2518
	.uleb128 .LVU2518
	.uleb128 .LVU2519
.LLST181:
	.byte	0x4
	.uleb128 .LVL479-.Ltext0
	.uleb128 .LVL484-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS182:
	.uleb128 .LVU2505
	.uleb128 .LVU2511
	.uleb128 .LVU2511
	.uleb128 .LVU2519
.LLST182:
	.byte	0x4
	.uleb128 .LVL480-.Ltext0
	.uleb128 .LVL483-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL483-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS184:
	.uleb128 .LVU2532
	.uleb128 .LVU2546
	.uleb128 .LVU2546
	.uleb128 .LVU2547
.LLST184:
	.byte	0x4
	.uleb128 .LVL486-.Ltext0
	.uleb128 .LVL491-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL491-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS185:
	.uleb128 .LVU2533
	.uleb128 .LVU2539
	.uleb128 .LVU2539
	.uleb128 .LVU2547
.LLST185:
	.byte	0x4
	.uleb128 .LVL487-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL490-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS188:
	.uleb128 .LVU2563
	.uleb128 .LVU2572
	.uleb128 .LVU2572
	.uleb128 .LVU2580
	.uleb128 .LVU5314
	.uleb128 .LVU5319
	.uleb128 .LVU5319
	.uleb128 .LVU5327
.LLST188:
	.byte	0x4
	.uleb128 .LVL494-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1066-.Ltext0
	.uleb128 .LVL1069-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1069-.Ltext0
	.uleb128 .LVL1071-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS189:
	.uleb128 .LVU2564
	.uleb128 .LVU2571
	.uleb128 .LVU2571
	.uleb128 .LVU2580
	.uleb128 .LVU5314
	.uleb128 .LVU5316
	.uleb128 .LVU5316
	.uleb128 .LVU5327
.LLST189:
	.byte	0x4
	.uleb128 .LVL495-.Ltext0
	.uleb128 .LVL498-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL501-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1066-.Ltext0
	.uleb128 .LVL1067-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1067-.Ltext0
	.uleb128 .LVL1071-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS192:
	.uleb128 .LVU2596
	.uleb128 .LVU2605
	.uleb128 .LVU2605
	.uleb128 .LVU2613
	.uleb128 .LVU5327
	.uleb128 .LVU5330
	.uleb128 .LVU5330
	.uleb128 .LVU5338
	.uleb128 .LVU5338
	.uleb128 .LVU5341
.LLST192:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL506-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1071-.Ltext0
	.uleb128 .LVL1072-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1072-.Ltext0
	.uleb128 .LVL1073-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1073-.Ltext0
	.uleb128 .LVL1075-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 8
	.byte	0
.LVUS193:
	.uleb128 .LVU2596
	.uleb128 .LVU2599
	.uleb128 .LVU2599
	.uleb128 .LVU2613
	.uleb128 .LVU5327
	.uleb128 .LVU5341
.LLST193:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1071-.Ltext0
	.uleb128 .LVL1075-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
.LVUS195:
	.uleb128 .LVU2670
	.uleb128 .LVU2676
	.uleb128 .LVU2676
	.uleb128 .LVU2684
.LLST195:
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL517-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS196:
	.uleb128 .LVU2670
	.uleb128 .LVU2683
	.uleb128 .LVU2683
	.uleb128 .LVU2684
.LLST196:
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS198:
	.uleb128 .LVU2699
	.uleb128 .LVU2705
	.uleb128 .LVU2705
	.uleb128 .LVU2713
.LLST198:
	.byte	0x4
	.uleb128 .LVL520-.Ltext0
	.uleb128 .LVL523-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL523-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS199:
	.uleb128 .LVU2699
	.uleb128 .LVU2712
	.uleb128 .LVU2712
	.uleb128 .LVU2713
.LLST199:
	.byte	0x4
	.uleb128 .LVL520-.Ltext0
	.uleb128 .LVL524-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL524-.Ltext0
	.uleb128 .LVL525-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS201:
	.uleb128 .LVU2726
	.uleb128 .LVU2740
	.uleb128 .LVU2740
	.uleb128 .LVU2741
.LLST201:
	.byte	0x4
	.uleb128 .LVL526-.Ltext0
	.uleb128 .LVL531-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS202:
	.uleb128 .LVU2727
	.uleb128 .LVU2733
	.uleb128 .LVU2733
	.uleb128 .LVU2741
.LLST202:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL530-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL530-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS204:
	.uleb128 .LVU2754
	.uleb128 .LVU2771
.LLST204:
	.byte	0x4
	.uleb128 .LVL533-.Ltext0
	.uleb128 .LVL538-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS205:
	.uleb128 .LVU2755
	.uleb128 .LVU2763
	.uleb128 .LVU2763
	.uleb128 .LVU2771
.LLST205:
	.byte	0x4
	.uleb128 .LVL534-.Ltext0
	.uleb128 .LVL537-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL538-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS207:
	.uleb128 .LVU2784
	.uleb128 .LVU2801
.LLST207:
	.byte	0x4
	.uleb128 .LVL539-.Ltext0
	.uleb128 .LVL544-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS208:
	.uleb128 .LVU2785
	.uleb128 .LVU2793
	.uleb128 .LVU2793
	.uleb128 .LVU2801
.LLST208:
	.byte	0x4
	.uleb128 .LVL540-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL543-.Ltext0
	.uleb128 .LVL544-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS210:
	.uleb128 .LVU2814
	.uleb128 .LVU2820
	.uleb128 .LVU2820
	.uleb128 .LVU2830
.LLST210:
	.byte	0x4
	.uleb128 .LVL545-.Ltext0
	.uleb128 .LVL548-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL548-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS211:
	.uleb128 .LVU2815
	.uleb128 .LVU2830
.LLST211:
	.byte	0x4
	.uleb128 .LVL546-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS213:
	.uleb128 .LVU2843
	.uleb128 .LVU2849
	.uleb128 .LVU2849
	.uleb128 .LVU2859
.LLST213:
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL555-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS214:
	.uleb128 .LVU2844
	.uleb128 .LVU2859
.LLST214:
	.byte	0x4
	.uleb128 .LVL553-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS216:
	.uleb128 .LVU2872
	.uleb128 .LVU2878
	.uleb128 .LVU2878
	.uleb128 .LVU2888
.LLST216:
	.byte	0x4
	.uleb128 .LVL559-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL562-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS217:
	.uleb128 .LVU2873
	.uleb128 .LVU2888
.LLST217:
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL565-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS219:
	.uleb128 .LVU2901
	.uleb128 .LVU2907
	.uleb128 .LVU2907
	.uleb128 .LVU2917
.LLST219:
	.byte	0x4
	.uleb128 .LVL566-.Ltext0
	.uleb128 .LVL569-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL572-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS220:
	.uleb128 .LVU2902
	.uleb128 .LVU2917
.LLST220:
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL572-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS222:
	.uleb128 .LVU2932
	.uleb128 .LVU2947
.LLST222:
	.byte	0x4
	.uleb128 .LVL573-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS223:
	.uleb128 .LVU2932
	.uleb128 .LVU2937
	.uleb128 .LVU2937
	.uleb128 .LVU2947
.LLST223:
	.byte	0x4
	.uleb128 .LVL573-.Ltext0
	.uleb128 .LVL575-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL575-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS225:
	.uleb128 .LVU2960
	.uleb128 .LVU2966
	.uleb128 .LVU2966
	.uleb128 .LVU2976
.LLST225:
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LVL582-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL582-.Ltext0
	.uleb128 .LVL585-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 8
	.byte	0
.LVUS226:
	.uleb128 .LVU2961
	.uleb128 .LVU2976
.LLST226:
	.byte	0x4
	.uleb128 .LVL580-.Ltext0
	.uleb128 .LVL585-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS230:
	.uleb128 .LVU3011
	.uleb128 .LVU3029
	.uleb128 .LVU3029
	.uleb128 .LVU3032
	.uleb128 .LVU5130
	.uleb128 .LVU5141
	.uleb128 .LVU5141
	.uleb128 .LVU5144
	.uleb128 .LVU6163
	.uleb128 0
.LLST230:
	.byte	0x4
	.uleb128 .LVL588-.Ltext0
	.uleb128 .LVL591-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL591-.Ltext0
	.uleb128 .LVL593-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1019-.Ltext0
	.uleb128 .LVL1020-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1020-.Ltext0
	.uleb128 .LVL1022-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1246-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS237:
	.uleb128 .LVU3099
	.uleb128 .LVU3117
	.uleb128 .LVU3117
	.uleb128 .LVU3120
	.uleb128 .LVU5144
	.uleb128 .LVU5155
	.uleb128 .LVU5155
	.uleb128 .LVU5158
	.uleb128 .LVU6106
	.uleb128 .LVU6113
.LLST237:
	.byte	0x4
	.uleb128 .LVL603-.Ltext0
	.uleb128 .LVL606-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL606-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1022-.Ltext0
	.uleb128 .LVL1023-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1023-.Ltext0
	.uleb128 .LVL1025-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 8
	.byte	0x4
	.uleb128 .LVL1230-.Ltext0
	.uleb128 .LVL1232-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS233:
	.uleb128 .LVU3045
	.uleb128 .LVU3051
	.uleb128 .LVU3051
	.uleb128 .LVU3059
	.uleb128 .LVU5684
	.uleb128 .LVU5685
	.uleb128 .LVU5685
	.uleb128 .LVU5689
	.uleb128 .LVU5689
	.uleb128 .LVU5691
.LLST233:
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL596-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL596-.Ltext0
	.uleb128 .LVL598-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1154-.Ltext0
	.uleb128 .LVL1155-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1155-.Ltext0
	.uleb128 .LVL1156-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1156-.Ltext0
	.uleb128 .LVL1157-.Ltext0
	.uleb128 0x2
	.byte	0x79
	.sleb128 -8
	.byte	0
.LVUS171:
	.uleb128 .LVU2396
	.uleb128 .LVU2408
	.uleb128 .LVU2408
	.uleb128 .LVU2409
.LLST171:
	.byte	0x4
	.uleb128 .LVL455-.Ltext0
	.uleb128 .LVL460-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL460-.Ltext0
	.uleb128 .LVL461-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS334:
	.uleb128 .LVU4667
	.uleb128 .LVU4681
.LLST334:
	.byte	0x4
	.uleb128 .LVL923-.Ltext0
	.uleb128 .LVL928-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS336:
	.uleb128 .LVU4338
	.uleb128 .LVU4345
.LLST336:
	.byte	0x4
	.uleb128 .LVL840-.Ltext0
	.uleb128 .LVL844-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS337:
	.uleb128 .LVU4339
	.uleb128 .LVU4352
	.uleb128 .LVU4352
	.uleb128 .LVU4353
.LLST337:
	.byte	0x4
	.uleb128 .LVL841-.Ltext0
	.uleb128 .LVL845-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL845-.Ltext0
	.uleb128 .LVL846-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS340:
	.uleb128 .LVU4362
	.uleb128 .LVU4370
.LLST340:
	.byte	0x4
	.uleb128 .LVL846-.Ltext0
	.uleb128 .LVL851-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS341:
	.uleb128 .LVU4363
	.uleb128 .LVU4369
	.uleb128 .LVU4369
	.uleb128 .LVU4378
.LLST341:
	.byte	0x4
	.uleb128 .LVL847-.Ltext0
	.uleb128 .LVL850-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL850-.Ltext0
	.uleb128 .LVL853-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS372:
	.uleb128 .LVU4691
	.uleb128 .LVU4698
.LLST372:
	.byte	0x4
	.uleb128 .LVL928-.Ltext0
	.uleb128 .LVL932-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS373:
	.uleb128 .LVU4692
	.uleb128 .LVU4705
	.uleb128 .LVU4705
	.uleb128 .LVU4706
.LLST373:
	.byte	0x4
	.uleb128 .LVL929-.Ltext0
	.uleb128 .LVL933-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL933-.Ltext0
	.uleb128 .LVL934-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS289:
	.uleb128 .LVU4718
	.uleb128 .LVU4727
	.uleb128 .LVU5270
	.uleb128 .LVU5275
.LLST289:
	.byte	0x4
	.uleb128 .LVL935-.Ltext0
	.uleb128 .LVL940-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1050-.Ltext0
	.uleb128 .LVL1053-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS290:
	.uleb128 .LVU4719
	.uleb128 .LVU4726
	.uleb128 .LVU4726
	.uleb128 .LVU4735
	.uleb128 .LVU5270
	.uleb128 .LVU5272
	.uleb128 .LVU5272
	.uleb128 .LVU5283
.LLST290:
	.byte	0x4
	.uleb128 .LVL936-.Ltext0
	.uleb128 .LVL939-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL939-.Ltext0
	.uleb128 .LVL942-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1050-.Ltext0
	.uleb128 .LVL1051-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1051-.Ltext0
	.uleb128 .LVL1055-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS293:
	.uleb128 .LVU3892
	.uleb128 .LVU3901
	.uleb128 .LVU5257
	.uleb128 .LVU5260
.LLST293:
	.byte	0x4
	.uleb128 .LVL758-.Ltext0
	.uleb128 .LVL761-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1047-.Ltext0
	.uleb128 .LVL1048-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS294:
	.uleb128 .LVU3892
	.uleb128 .LVU3895
	.uleb128 .LVU3895
	.uleb128 .LVU3909
	.uleb128 .LVU5257
	.uleb128 .LVU5270
.LLST294:
	.byte	0x4
	.uleb128 .LVL758-.Ltext0
	.uleb128 .LVL759-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL759-.Ltext0
	.uleb128 .LVL762-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1047-.Ltext0
	.uleb128 .LVL1050-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0
.LVUS360:
	.uleb128 .LVU4619
	.uleb128 .LVU4626
.LLST360:
	.byte	0x4
	.uleb128 .LVL912-.Ltext0
	.uleb128 .LVL916-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS361:
	.uleb128 .LVU4620
	.uleb128 .LVU4633
	.uleb128 .LVU4633
	.uleb128 .LVU4634
.LLST361:
	.byte	0x4
	.uleb128 .LVL913-.Ltext0
	.uleb128 .LVL917-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL917-.Ltext0
	.uleb128 .LVL918-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS363:
	.uleb128 .LVU4503
	.uleb128 .LVU4510
.LLST363:
	.byte	0x4
	.uleb128 .LVL883-.Ltext0
	.uleb128 .LVL887-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS364:
	.uleb128 .LVU4504
	.uleb128 .LVU4517
	.uleb128 .LVU4517
	.uleb128 .LVU4518
.LLST364:
	.byte	0x4
	.uleb128 .LVL884-.Ltext0
	.uleb128 .LVL888-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL888-.Ltext0
	.uleb128 .LVL889-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS366:
	.uleb128 .LVU4527
	.uleb128 .LVU4534
.LLST366:
	.byte	0x4
	.uleb128 .LVL889-.Ltext0
	.uleb128 .LVL893-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS367:
	.uleb128 .LVU4528
	.uleb128 .LVU4541
	.uleb128 .LVU4541
	.uleb128 .LVU4542
.LLST367:
	.byte	0x4
	.uleb128 .LVL890-.Ltext0
	.uleb128 .LVL894-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL894-.Ltext0
	.uleb128 .LVL895-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS369:
	.uleb128 .LVU4551
	.uleb128 .LVU4559
.LLST369:
	.byte	0x4
	.uleb128 .LVL895-.Ltext0
	.uleb128 .LVL900-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS370:
	.uleb128 .LVU4552
	.uleb128 .LVU4558
	.uleb128 .LVU4558
	.uleb128 .LVU4567
.LLST370:
	.byte	0x4
	.uleb128 .LVL896-.Ltext0
	.uleb128 .LVL899-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL899-.Ltext0
	.uleb128 .LVL902-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS253:
	.uleb128 .LVU4576
	.uleb128 .LVU4584
.LLST253:
	.byte	0x4
	.uleb128 .LVL902-.Ltext0
	.uleb128 .LVL907-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS254:
	.uleb128 .LVU4577
	.uleb128 .LVU4583
	.uleb128 .LVU4583
	.uleb128 .LVU4592
.LLST254:
	.byte	0x4
	.uleb128 .LVL903-.Ltext0
	.uleb128 .LVL906-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL906-.Ltext0
	.uleb128 .LVL909-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS256:
	.uleb128 .LVU3493
	.uleb128 .LVU3500
.LLST256:
	.byte	0x4
	.uleb128 .LVL674-.Ltext0
	.uleb128 .LVL678-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS257:
	.uleb128 .LVU3494
	.uleb128 .LVU3499
	.uleb128 .LVU3499
	.uleb128 .LVU3511
.LLST257:
	.byte	0x4
	.uleb128 .LVL675-.Ltext0
	.uleb128 .LVL677-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL677-.Ltext0
	.uleb128 .LVL681-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS259:
	.uleb128 .LVU3520
	.uleb128 .LVU3527
.LLST259:
	.byte	0x4
	.uleb128 .LVL681-.Ltext0
	.uleb128 .LVL685-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS260:
	.uleb128 .LVU3521
	.uleb128 .LVU3526
	.uleb128 .LVU3526
	.uleb128 .LVU3538
.LLST260:
	.byte	0x4
	.uleb128 .LVL682-.Ltext0
	.uleb128 .LVL684-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL684-.Ltext0
	.uleb128 .LVL688-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS262:
	.uleb128 .LVU3547
	.uleb128 .LVU3554
.LLST262:
	.byte	0x4
	.uleb128 .LVL688-.Ltext0
	.uleb128 .LVL692-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS263:
	.uleb128 .LVU3548
	.uleb128 .LVU3553
	.uleb128 .LVU3553
	.uleb128 .LVU3565
.LLST263:
	.byte	0x4
	.uleb128 .LVL689-.Ltext0
	.uleb128 .LVL691-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL691-.Ltext0
	.uleb128 .LVL695-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS265:
	.uleb128 .LVU3574
	.uleb128 .LVU3581
.LLST265:
	.byte	0x4
	.uleb128 .LVL695-.Ltext0
	.uleb128 .LVL699-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS266:
	.uleb128 .LVU3575
	.uleb128 .LVU3580
	.uleb128 .LVU3580
	.uleb128 .LVU3592
.LLST266:
	.byte	0x4
	.uleb128 .LVL696-.Ltext0
	.uleb128 .LVL698-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL698-.Ltext0
	.uleb128 .LVL702-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS268:
	.uleb128 .LVU3601
	.uleb128 .LVU3608
.LLST268:
	.byte	0x4
	.uleb128 .LVL702-.Ltext0
	.uleb128 .LVL706-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS269:
	.uleb128 .LVU3602
	.uleb128 .LVU3607
	.uleb128 .LVU3607
	.uleb128 .LVU3619
.LLST269:
	.byte	0x4
	.uleb128 .LVL703-.Ltext0
	.uleb128 .LVL705-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL705-.Ltext0
	.uleb128 .LVL709-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS271:
	.uleb128 .LVU3628
	.uleb128 .LVU3635
.LLST271:
	.byte	0x4
	.uleb128 .LVL709-.Ltext0
	.uleb128 .LVL713-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS272:
	.uleb128 .LVU3629
	.uleb128 .LVU3634
	.uleb128 .LVU3634
	.uleb128 .LVU3646
.LLST272:
	.byte	0x4
	.uleb128 .LVL710-.Ltext0
	.uleb128 .LVL712-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL712-.Ltext0
	.uleb128 .LVL716-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS276:
	.uleb128 .LVU3674
	.uleb128 .LVU3690
	.uleb128 .LVU5186
	.uleb128 .LVU5197
	.uleb128 .LVU6137
	.uleb128 .LVU6143
.LLST276:
	.byte	0x4
	.uleb128 .LVL719-.Ltext0
	.uleb128 .LVL722-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1031-.Ltext0
	.uleb128 .LVL1032-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1238-.Ltext0
	.uleb128 .LVL1240-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS279:
	.uleb128 .LVU3702
	.uleb128 .LVU3718
	.uleb128 .LVU5200
	.uleb128 .LVU5211
	.uleb128 .LVU6143
	.uleb128 .LVU6146
.LLST279:
	.byte	0x4
	.uleb128 .LVL724-.Ltext0
	.uleb128 .LVL727-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1034-.Ltext0
	.uleb128 .LVL1035-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1240-.Ltext0
	.uleb128 .LVL1241-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS285:
	.uleb128 .LVU3808
	.uleb128 .LVU3814
	.uleb128 .LVU3814
	.uleb128 .LVU3822
	.uleb128 .LVU5589
	.uleb128 .LVU5591
	.uleb128 .LVU5591
	.uleb128 .LVU5595
	.uleb128 .LVU5595
	.uleb128 .LVU5597
.LLST285:
	.byte	0x4
	.uleb128 .LVL745-.Ltext0
	.uleb128 .LVL747-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL747-.Ltext0
	.uleb128 .LVL749-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1134-.Ltext0
	.uleb128 .LVL1135-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1135-.Ltext0
	.uleb128 .LVL1136-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1136-.Ltext0
	.uleb128 .LVL1137-.Ltext0
	.uleb128 0x2
	.byte	0x79
	.sleb128 -8
	.byte	0
.LVUS378:
	.uleb128 .LVU4953
	.uleb128 .LVU4963
	.uleb128 .LVU4963
	.uleb128 .LVU4969
.LLST378:
	.byte	0x4
	.uleb128 .LVL983-.Ltext0
	.uleb128 .LVL986-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL986-.Ltext0
	.uleb128 .LVL989-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS387:
	.uleb128 .LVU5036
	.uleb128 .LVU5053
	.uleb128 .LVU5053
	.uleb128 .LVU5054
.LLST387:
	.byte	0x4
	.uleb128 .LVL1000-.Ltext0
	.uleb128 .LVL1004-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1004-.Ltext0
	.uleb128 .LVL1005-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS389:
	.uleb128 .LVU4979
	.uleb128 .LVU4995
.LLST389:
	.byte	0x4
	.uleb128 .LVL989-.Ltext0
	.uleb128 .LVL993-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS390:
	.uleb128 .LVU4979
	.uleb128 .LVU4990
.LLST390:
	.byte	0x4
	.uleb128 .LVL989-.Ltext0
	.uleb128 .LVL990-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS344:
	.uleb128 .LVU5007
	.uleb128 .LVU5023
.LLST344:
	.byte	0x4
	.uleb128 .LVL994-.Ltext0
	.uleb128 .LVL998-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS345:
	.uleb128 .LVU5007
	.uleb128 .LVU5018
.LLST345:
	.byte	0x4
	.uleb128 .LVL994-.Ltext0
	.uleb128 .LVL995-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS347:
	.uleb128 .LVU4388
	.uleb128 .LVU4392
.LLST347:
	.byte	0x4
	.uleb128 .LVL853-.Ltext0
	.uleb128 .LVL854-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS348:
	.uleb128 .LVU4388
	.uleb128 .LVU4400
	.uleb128 .LVU4400
	.uleb128 .LVU4402
.LLST348:
	.byte	0x4
	.uleb128 .LVL853-.Ltext0
	.uleb128 .LVL856-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL856-.Ltext0
	.uleb128 .LVL857-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS351:
	.uleb128 .LVU4418
	.uleb128 .LVU4433
	.uleb128 .LVU5283
	.uleb128 .LVU5297
.LLST351:
	.byte	0x4
	.uleb128 .LVL860-.Ltext0
	.uleb128 .LVL865-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1055-.Ltext0
	.uleb128 .LVL1061-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS352:
	.uleb128 .LVU4419
	.uleb128 .LVU4426
	.uleb128 .LVU4426
	.uleb128 .LVU4434
	.uleb128 .LVU5283
	.uleb128 .LVU5285
	.uleb128 .LVU5285
	.uleb128 .LVU5293
	.uleb128 .LVU5293
	.uleb128 .LVU5294
	.uleb128 .LVU5294
	.uleb128 .LVU5295
	.uleb128 .LVU5295
	.uleb128 .LVU5300
.LLST352:
	.byte	0x4
	.uleb128 .LVL861-.Ltext0
	.uleb128 .LVL864-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL864-.Ltext0
	.uleb128 .LVL866-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1055-.Ltext0
	.uleb128 .LVL1056-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1056-.Ltext0
	.uleb128 .LVL1058-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1058-.Ltext0
	.uleb128 .LVL1059-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1059-.Ltext0
	.uleb128 .LVL1060-.Ltext0
	.uleb128 0x5
	.byte	0x76
	.sleb128 -8
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1060-.Ltext0
	.uleb128 .LVL1062-.Ltext0
	.uleb128 0x5
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS355:
	.uleb128 .LVU4452
	.uleb128 .LVU4467
	.uleb128 .LVU5300
	.uleb128 .LVU5311
.LLST355:
	.byte	0x4
	.uleb128 .LVL870-.Ltext0
	.uleb128 .LVL875-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1062-.Ltext0
	.uleb128 .LVL1065-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS356:
	.uleb128 .LVU4453
	.uleb128 .LVU4460
	.uleb128 .LVU4460
	.uleb128 .LVU4468
	.uleb128 .LVU5300
	.uleb128 .LVU5308
.LLST356:
	.byte	0x4
	.uleb128 .LVL871-.Ltext0
	.uleb128 .LVL874-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL874-.Ltext0
	.uleb128 .LVL876-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1062-.Ltext0
	.uleb128 .LVL1063-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS383:
	.uleb128 .LVU4900
	.uleb128 .LVU4918
.LLST383:
	.byte	0x4
	.uleb128 .LVL973-.Ltext0
	.uleb128 .LVL977-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS384:
	.uleb128 .LVU4900
	.uleb128 .LVU4912
.LLST384:
	.byte	0x4
	.uleb128 .LVL973-.Ltext0
	.uleb128 .LVL974-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS392:
	.uleb128 .LVU5064
	.uleb128 .LVU5082
.LLST392:
	.byte	0x4
	.uleb128 .LVL1005-.Ltext0
	.uleb128 .LVL1009-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS393:
	.uleb128 .LVU5064
	.uleb128 .LVU5076
.LLST393:
	.byte	0x4
	.uleb128 .LVL1005-.Ltext0
	.uleb128 .LVL1006-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS300:
	.uleb128 .LVU5094
	.uleb128 .LVU5112
.LLST300:
	.byte	0x4
	.uleb128 .LVL1010-.Ltext0
	.uleb128 .LVL1014-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS301:
	.uleb128 .LVU5094
	.uleb128 .LVU5106
.LLST301:
	.byte	0x4
	.uleb128 .LVL1010-.Ltext0
	.uleb128 .LVL1011-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS303:
	.uleb128 .LVU4048
	.uleb128 .LVU4064
.LLST303:
	.byte	0x4
	.uleb128 .LVL781-.Ltext0
	.uleb128 .LVL785-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS304:
	.uleb128 .LVU4048
	.uleb128 .LVU4059
.LLST304:
	.byte	0x4
	.uleb128 .LVL781-.Ltext0
	.uleb128 .LVL782-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS306:
	.uleb128 .LVU4076
	.uleb128 .LVU4094
.LLST306:
	.byte	0x4
	.uleb128 .LVL786-.Ltext0
	.uleb128 .LVL790-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS307:
	.uleb128 .LVU4076
	.uleb128 .LVU4088
.LLST307:
	.byte	0x4
	.uleb128 .LVL786-.Ltext0
	.uleb128 .LVL787-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0
.LVUS309:
	.uleb128 .LVU4106
	.uleb128 .LVU4115
.LLST309:
	.byte	0x4
	.uleb128 .LVL791-.Ltext0
	.uleb128 .LVL795-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS310:
	.uleb128 .LVU4106
	.uleb128 .LVU4110
	.uleb128 .LVU4110
	.uleb128 .LVU4113
.LLST310:
	.byte	0x4
	.uleb128 .LVL791-.Ltext0
	.uleb128 .LVL792-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL792-.Ltext0
	.uleb128 .LVL794-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS312:
	.uleb128 .LVU4127
	.uleb128 .LVU4136
.LLST312:
	.byte	0x4
	.uleb128 .LVL796-.Ltext0
	.uleb128 .LVL800-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS313:
	.uleb128 .LVU4127
	.uleb128 .LVU4131
	.uleb128 .LVU4131
	.uleb128 .LVU4134
.LLST313:
	.byte	0x4
	.uleb128 .LVL796-.Ltext0
	.uleb128 .LVL797-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL797-.Ltext0
	.uleb128 .LVL799-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS315:
	.uleb128 .LVU4148
	.uleb128 .LVU4157
.LLST315:
	.byte	0x4
	.uleb128 .LVL801-.Ltext0
	.uleb128 .LVL805-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS316:
	.uleb128 .LVU4148
	.uleb128 .LVU4152
	.uleb128 .LVU4152
	.uleb128 .LVU4155
.LLST316:
	.byte	0x4
	.uleb128 .LVL801-.Ltext0
	.uleb128 .LVL802-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL802-.Ltext0
	.uleb128 .LVL804-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS318:
	.uleb128 .LVU4169
	.uleb128 .LVU4178
.LLST318:
	.byte	0x4
	.uleb128 .LVL806-.Ltext0
	.uleb128 .LVL810-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS319:
	.uleb128 .LVU4169
	.uleb128 .LVU4173
	.uleb128 .LVU4173
	.uleb128 .LVU4176
.LLST319:
	.byte	0x4
	.uleb128 .LVL806-.Ltext0
	.uleb128 .LVL807-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL807-.Ltext0
	.uleb128 .LVL809-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS321:
	.uleb128 .LVU4190
	.uleb128 .LVU4199
.LLST321:
	.byte	0x4
	.uleb128 .LVL811-.Ltext0
	.uleb128 .LVL815-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS322:
	.uleb128 .LVU4190
	.uleb128 .LVU4194
	.uleb128 .LVU4194
	.uleb128 .LVU4197
.LLST322:
	.byte	0x4
	.uleb128 .LVL811-.Ltext0
	.uleb128 .LVL812-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL812-.Ltext0
	.uleb128 .LVL814-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS324:
	.uleb128 .LVU4211
	.uleb128 .LVU4220
.LLST324:
	.byte	0x4
	.uleb128 .LVL816-.Ltext0
	.uleb128 .LVL820-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS325:
	.uleb128 .LVU4211
	.uleb128 .LVU4215
	.uleb128 .LVU4215
	.uleb128 .LVU4218
.LLST325:
	.byte	0x4
	.uleb128 .LVL816-.Ltext0
	.uleb128 .LVL817-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL817-.Ltext0
	.uleb128 .LVL819-.Ltext0
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
.LVUS328:
	.uleb128 .LVU4254
	.uleb128 .LVU4270
	.uleb128 .LVU5158
	.uleb128 .LVU5169
	.uleb128 .LVU6113
	.uleb128 .LVU6118
.LLST328:
	.byte	0x4
	.uleb128 .LVL825-.Ltext0
	.uleb128 .LVL828-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1025-.Ltext0
	.uleb128 .LVL1027-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1232-.Ltext0
	.uleb128 .LVL1233-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS330:
	.uleb128 .LVU4282
	.uleb128 .LVU4298
	.uleb128 .LVU5172
	.uleb128 .LVU5183
	.uleb128 .LVU6130
	.uleb128 .LVU6133
.LLST330:
	.byte	0x4
	.uleb128 .LVL830-.Ltext0
	.uleb128 .LVL833-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1028-.Ltext0
	.uleb128 .LVL1030-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL1236-.Ltext0
	.uleb128 .LVL1237-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS375:
	.uleb128 .LVU4745
	.uleb128 .LVU4751
	.uleb128 .LVU4751
	.uleb128 .LVU4762
	.uleb128 .LVU5604
	.uleb128 .LVU5606
	.uleb128 .LVU5606
	.uleb128 .LVU5610
	.uleb128 .LVU5610
	.uleb128 .LVU5612
.LLST375:
	.byte	0x4
	.uleb128 .LVL943-.Ltext0
	.uleb128 .LVL945-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL945-.Ltext0
	.uleb128 .LVL948-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL1138-.Ltext0
	.uleb128 .LVL1139-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL1139-.Ltext0
	.uleb128 .LVL1140-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL1140-.Ltext0
	.uleb128 .LVL1141-.Ltext0
	.uleb128 0x2
	.byte	0x79
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
.LLRL12:
	.byte	0x4
	.uleb128 .LBB6-.Ltext0
	.uleb128 .LBE6-.Ltext0
	.byte	0x4
	.uleb128 .LBB503-.Ltext0
	.uleb128 .LBE503-.Ltext0
	.byte	0x4
	.uleb128 .LBB657-.Ltext0
	.uleb128 .LBE657-.Ltext0
	.byte	0x4
	.uleb128 .LBB811-.Ltext0
	.uleb128 .LBE811-.Ltext0
	.byte	0
.LLRL13:
	.byte	0x4
	.uleb128 .LBB7-.Ltext0
	.uleb128 .LBE7-.Ltext0
	.byte	0x4
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0
.LLRL14:
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0x4
	.uleb128 .LBB762-.Ltext0
	.uleb128 .LBE762-.Ltext0
	.byte	0x4
	.uleb128 .LBB763-.Ltext0
	.uleb128 .LBE763-.Ltext0
	.byte	0x4
	.uleb128 .LBB764-.Ltext0
	.uleb128 .LBE764-.Ltext0
	.byte	0x4
	.uleb128 .LBB765-.Ltext0
	.uleb128 .LBE765-.Ltext0
	.byte	0x4
	.uleb128 .LBB766-.Ltext0
	.uleb128 .LBE766-.Ltext0
	.byte	0
.LLRL15:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB767-.Ltext0
	.uleb128 .LBE767-.Ltext0
	.byte	0x4
	.uleb128 .LBB768-.Ltext0
	.uleb128 .LBE768-.Ltext0
	.byte	0x4
	.uleb128 .LBB769-.Ltext0
	.uleb128 .LBE769-.Ltext0
	.byte	0x4
	.uleb128 .LBB770-.Ltext0
	.uleb128 .LBE770-.Ltext0
	.byte	0x4
	.uleb128 .LBB771-.Ltext0
	.uleb128 .LBE771-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0x4
	.uleb128 .LBB772-.Ltext0
	.uleb128 .LBE772-.Ltext0
	.byte	0x4
	.uleb128 .LBB773-.Ltext0
	.uleb128 .LBE773-.Ltext0
	.byte	0x4
	.uleb128 .LBB774-.Ltext0
	.uleb128 .LBE774-.Ltext0
	.byte	0x4
	.uleb128 .LBB775-.Ltext0
	.uleb128 .LBE775-.Ltext0
	.byte	0x4
	.uleb128 .LBB776-.Ltext0
	.uleb128 .LBE776-.Ltext0
	.byte	0x4
	.uleb128 .LBB795-.Ltext0
	.uleb128 .LBE795-.Ltext0
	.byte	0x4
	.uleb128 .LBB796-.Ltext0
	.uleb128 .LBE796-.Ltext0
	.byte	0x4
	.uleb128 .LBB797-.Ltext0
	.uleb128 .LBE797-.Ltext0
	.byte	0x4
	.uleb128 .LBB798-.Ltext0
	.uleb128 .LBE798-.Ltext0
	.byte	0x4
	.uleb128 .LBB799-.Ltext0
	.uleb128 .LBE799-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB782-.Ltext0
	.uleb128 .LBE782-.Ltext0
	.byte	0x4
	.uleb128 .LBB783-.Ltext0
	.uleb128 .LBE783-.Ltext0
	.byte	0x4
	.uleb128 .LBB784-.Ltext0
	.uleb128 .LBE784-.Ltext0
	.byte	0x4
	.uleb128 .LBB785-.Ltext0
	.uleb128 .LBE785-.Ltext0
	.byte	0x4
	.uleb128 .LBB786-.Ltext0
	.uleb128 .LBE786-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB777-.Ltext0
	.uleb128 .LBE777-.Ltext0
	.byte	0x4
	.uleb128 .LBB778-.Ltext0
	.uleb128 .LBE778-.Ltext0
	.byte	0x4
	.uleb128 .LBB779-.Ltext0
	.uleb128 .LBE779-.Ltext0
	.byte	0x4
	.uleb128 .LBB780-.Ltext0
	.uleb128 .LBE780-.Ltext0
	.byte	0x4
	.uleb128 .LBB781-.Ltext0
	.uleb128 .LBE781-.Ltext0
	.byte	0x4
	.uleb128 .LBB800-.Ltext0
	.uleb128 .LBE800-.Ltext0
	.byte	0x4
	.uleb128 .LBB801-.Ltext0
	.uleb128 .LBE801-.Ltext0
	.byte	0x4
	.uleb128 .LBB802-.Ltext0
	.uleb128 .LBE802-.Ltext0
	.byte	0x4
	.uleb128 .LBB803-.Ltext0
	.uleb128 .LBE803-.Ltext0
	.byte	0x4
	.uleb128 .LBB804-.Ltext0
	.uleb128 .LBE804-.Ltext0
	.byte	0
.LLRL20:
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0x4
	.uleb128 .LBB743-.Ltext0
	.uleb128 .LBE743-.Ltext0
	.byte	0x4
	.uleb128 .LBB744-.Ltext0
	.uleb128 .LBE744-.Ltext0
	.byte	0x4
	.uleb128 .LBB745-.Ltext0
	.uleb128 .LBE745-.Ltext0
	.byte	0x4
	.uleb128 .LBB746-.Ltext0
	.uleb128 .LBE746-.Ltext0
	.byte	0x4
	.uleb128 .LBB747-.Ltext0
	.uleb128 .LBE747-.Ltext0
	.byte	0
.LLRL21:
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB708-.Ltext0
	.uleb128 .LBE708-.Ltext0
	.byte	0x4
	.uleb128 .LBB709-.Ltext0
	.uleb128 .LBE709-.Ltext0
	.byte	0x4
	.uleb128 .LBB710-.Ltext0
	.uleb128 .LBE710-.Ltext0
	.byte	0x4
	.uleb128 .LBB711-.Ltext0
	.uleb128 .LBE711-.Ltext0
	.byte	0x4
	.uleb128 .LBB712-.Ltext0
	.uleb128 .LBE712-.Ltext0
	.byte	0
.LLRL24:
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0
.LLRL27:
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB787-.Ltext0
	.uleb128 .LBE787-.Ltext0
	.byte	0x4
	.uleb128 .LBB788-.Ltext0
	.uleb128 .LBE788-.Ltext0
	.byte	0x4
	.uleb128 .LBB789-.Ltext0
	.uleb128 .LBE789-.Ltext0
	.byte	0x4
	.uleb128 .LBB790-.Ltext0
	.uleb128 .LBE790-.Ltext0
	.byte	0x4
	.uleb128 .LBB791-.Ltext0
	.uleb128 .LBE791-.Ltext0
	.byte	0
.LLRL28:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL31:
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0x4
	.uleb128 .LBB738-.Ltext0
	.uleb128 .LBE738-.Ltext0
	.byte	0x4
	.uleb128 .LBB739-.Ltext0
	.uleb128 .LBE739-.Ltext0
	.byte	0x4
	.uleb128 .LBB740-.Ltext0
	.uleb128 .LBE740-.Ltext0
	.byte	0x4
	.uleb128 .LBB741-.Ltext0
	.uleb128 .LBE741-.Ltext0
	.byte	0x4
	.uleb128 .LBB742-.Ltext0
	.uleb128 .LBE742-.Ltext0
	.byte	0
.LLRL32:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL35:
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB119-.Ltext0
	.uleb128 .LBE119-.Ltext0
	.byte	0x4
	.uleb128 .LBB592-.Ltext0
	.uleb128 .LBE592-.Ltext0
	.byte	0x4
	.uleb128 .LBB593-.Ltext0
	.uleb128 .LBE593-.Ltext0
	.byte	0x4
	.uleb128 .LBB594-.Ltext0
	.uleb128 .LBE594-.Ltext0
	.byte	0x4
	.uleb128 .LBB595-.Ltext0
	.uleb128 .LBE595-.Ltext0
	.byte	0x4
	.uleb128 .LBB596-.Ltext0
	.uleb128 .LBE596-.Ltext0
	.byte	0
.LLRL36:
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0
.LLRL39:
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0x4
	.uleb128 .LBB91-.Ltext0
	.uleb128 .LBE91-.Ltext0
	.byte	0x4
	.uleb128 .LBB754-.Ltext0
	.uleb128 .LBE754-.Ltext0
	.byte	0x4
	.uleb128 .LBB756-.Ltext0
	.uleb128 .LBE756-.Ltext0
	.byte	0
.LLRL40:
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB641-.Ltext0
	.uleb128 .LBE641-.Ltext0
	.byte	0x4
	.uleb128 .LBB642-.Ltext0
	.uleb128 .LBE642-.Ltext0
	.byte	0x4
	.uleb128 .LBB643-.Ltext0
	.uleb128 .LBE643-.Ltext0
	.byte	0x4
	.uleb128 .LBB644-.Ltext0
	.uleb128 .LBE644-.Ltext0
	.byte	0x4
	.uleb128 .LBB645-.Ltext0
	.uleb128 .LBE645-.Ltext0
	.byte	0
.LLRL41:
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0
.LLRL44:
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0x4
	.uleb128 .LBB101-.Ltext0
	.uleb128 .LBE101-.Ltext0
	.byte	0x4
	.uleb128 .LBB723-.Ltext0
	.uleb128 .LBE723-.Ltext0
	.byte	0x4
	.uleb128 .LBB724-.Ltext0
	.uleb128 .LBE724-.Ltext0
	.byte	0x4
	.uleb128 .LBB725-.Ltext0
	.uleb128 .LBE725-.Ltext0
	.byte	0x4
	.uleb128 .LBB726-.Ltext0
	.uleb128 .LBE726-.Ltext0
	.byte	0x4
	.uleb128 .LBB727-.Ltext0
	.uleb128 .LBE727-.Ltext0
	.byte	0
.LLRL45:
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.LLRL48:
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB138-.Ltext0
	.uleb128 .LBE138-.Ltext0
	.byte	0x4
	.uleb128 .LBB552-.Ltext0
	.uleb128 .LBE552-.Ltext0
	.byte	0x4
	.uleb128 .LBB554-.Ltext0
	.uleb128 .LBE554-.Ltext0
	.byte	0x4
	.uleb128 .LBB556-.Ltext0
	.uleb128 .LBE556-.Ltext0
	.byte	0x4
	.uleb128 .LBB558-.Ltext0
	.uleb128 .LBE558-.Ltext0
	.byte	0x4
	.uleb128 .LBB560-.Ltext0
	.uleb128 .LBE560-.Ltext0
	.byte	0x4
	.uleb128 .LBB561-.Ltext0
	.uleb128 .LBE561-.Ltext0
	.byte	0x4
	.uleb128 .LBB563-.Ltext0
	.uleb128 .LBE563-.Ltext0
	.byte	0x4
	.uleb128 .LBB564-.Ltext0
	.uleb128 .LBE564-.Ltext0
	.byte	0x4
	.uleb128 .LBB566-.Ltext0
	.uleb128 .LBE566-.Ltext0
	.byte	0x4
	.uleb128 .LBB567-.Ltext0
	.uleb128 .LBE567-.Ltext0
	.byte	0x4
	.uleb128 .LBB569-.Ltext0
	.uleb128 .LBE569-.Ltext0
	.byte	0x4
	.uleb128 .LBB570-.Ltext0
	.uleb128 .LBE570-.Ltext0
	.byte	0x4
	.uleb128 .LBB572-.Ltext0
	.uleb128 .LBE572-.Ltext0
	.byte	0x4
	.uleb128 .LBB573-.Ltext0
	.uleb128 .LBE573-.Ltext0
	.byte	0x4
	.uleb128 .LBB575-.Ltext0
	.uleb128 .LBE575-.Ltext0
	.byte	0x4
	.uleb128 .LBB576-.Ltext0
	.uleb128 .LBE576-.Ltext0
	.byte	0x4
	.uleb128 .LBB583-.Ltext0
	.uleb128 .LBE583-.Ltext0
	.byte	0x4
	.uleb128 .LBB585-.Ltext0
	.uleb128 .LBE585-.Ltext0
	.byte	0x4
	.uleb128 .LBB612-.Ltext0
	.uleb128 .LBE612-.Ltext0
	.byte	0x4
	.uleb128 .LBB613-.Ltext0
	.uleb128 .LBE613-.Ltext0
	.byte	0x4
	.uleb128 .LBB614-.Ltext0
	.uleb128 .LBE614-.Ltext0
	.byte	0x4
	.uleb128 .LBB615-.Ltext0
	.uleb128 .LBE615-.Ltext0
	.byte	0x4
	.uleb128 .LBB616-.Ltext0
	.uleb128 .LBE616-.Ltext0
	.byte	0x4
	.uleb128 .LBB617-.Ltext0
	.uleb128 .LBE617-.Ltext0
	.byte	0x4
	.uleb128 .LBB619-.Ltext0
	.uleb128 .LBE619-.Ltext0
	.byte	0x4
	.uleb128 .LBB621-.Ltext0
	.uleb128 .LBE621-.Ltext0
	.byte	0x4
	.uleb128 .LBB624-.Ltext0
	.uleb128 .LBE624-.Ltext0
	.byte	0x4
	.uleb128 .LBB626-.Ltext0
	.uleb128 .LBE626-.Ltext0
	.byte	0x4
	.uleb128 .LBB628-.Ltext0
	.uleb128 .LBE628-.Ltext0
	.byte	0x4
	.uleb128 .LBB630-.Ltext0
	.uleb128 .LBE630-.Ltext0
	.byte	0x4
	.uleb128 .LBB637-.Ltext0
	.uleb128 .LBE637-.Ltext0
	.byte	0x4
	.uleb128 .LBB639-.Ltext0
	.uleb128 .LBE639-.Ltext0
	.byte	0x4
	.uleb128 .LBB651-.Ltext0
	.uleb128 .LBE651-.Ltext0
	.byte	0x4
	.uleb128 .LBB652-.Ltext0
	.uleb128 .LBE652-.Ltext0
	.byte	0x4
	.uleb128 .LBB654-.Ltext0
	.uleb128 .LBE654-.Ltext0
	.byte	0x4
	.uleb128 .LBB655-.Ltext0
	.uleb128 .LBE655-.Ltext0
	.byte	0x4
	.uleb128 .LBB658-.Ltext0
	.uleb128 .LBE658-.Ltext0
	.byte	0x4
	.uleb128 .LBB659-.Ltext0
	.uleb128 .LBE659-.Ltext0
	.byte	0x4
	.uleb128 .LBB661-.Ltext0
	.uleb128 .LBE661-.Ltext0
	.byte	0x4
	.uleb128 .LBB662-.Ltext0
	.uleb128 .LBE662-.Ltext0
	.byte	0x4
	.uleb128 .LBB665-.Ltext0
	.uleb128 .LBE665-.Ltext0
	.byte	0x4
	.uleb128 .LBB667-.Ltext0
	.uleb128 .LBE667-.Ltext0
	.byte	0x4
	.uleb128 .LBB669-.Ltext0
	.uleb128 .LBE669-.Ltext0
	.byte	0x4
	.uleb128 .LBB670-.Ltext0
	.uleb128 .LBE670-.Ltext0
	.byte	0x4
	.uleb128 .LBB672-.Ltext0
	.uleb128 .LBE672-.Ltext0
	.byte	0x4
	.uleb128 .LBB674-.Ltext0
	.uleb128 .LBE674-.Ltext0
	.byte	0x4
	.uleb128 .LBB676-.Ltext0
	.uleb128 .LBE676-.Ltext0
	.byte	0x4
	.uleb128 .LBB678-.Ltext0
	.uleb128 .LBE678-.Ltext0
	.byte	0x4
	.uleb128 .LBB680-.Ltext0
	.uleb128 .LBE680-.Ltext0
	.byte	0x4
	.uleb128 .LBB681-.Ltext0
	.uleb128 .LBE681-.Ltext0
	.byte	0x4
	.uleb128 .LBB683-.Ltext0
	.uleb128 .LBE683-.Ltext0
	.byte	0x4
	.uleb128 .LBB684-.Ltext0
	.uleb128 .LBE684-.Ltext0
	.byte	0x4
	.uleb128 .LBB686-.Ltext0
	.uleb128 .LBE686-.Ltext0
	.byte	0x4
	.uleb128 .LBB687-.Ltext0
	.uleb128 .LBE687-.Ltext0
	.byte	0x4
	.uleb128 .LBB689-.Ltext0
	.uleb128 .LBE689-.Ltext0
	.byte	0x4
	.uleb128 .LBB690-.Ltext0
	.uleb128 .LBE690-.Ltext0
	.byte	0x4
	.uleb128 .LBB753-.Ltext0
	.uleb128 .LBE753-.Ltext0
	.byte	0x4
	.uleb128 .LBB755-.Ltext0
	.uleb128 .LBE755-.Ltext0
	.byte	0x4
	.uleb128 .LBB792-.Ltext0
	.uleb128 .LBE792-.Ltext0
	.byte	0x4
	.uleb128 .LBB793-.Ltext0
	.uleb128 .LBE793-.Ltext0
	.byte	0x4
	.uleb128 .LBB807-.Ltext0
	.uleb128 .LBE807-.Ltext0
	.byte	0x4
	.uleb128 .LBB809-.Ltext0
	.uleb128 .LBE809-.Ltext0
	.byte	0x4
	.uleb128 .LBB813-.Ltext0
	.uleb128 .LBE813-.Ltext0
	.byte	0x4
	.uleb128 .LBB815-.Ltext0
	.uleb128 .LBE815-.Ltext0
	.byte	0x4
	.uleb128 .LBB817-.Ltext0
	.uleb128 .LBE817-.Ltext0
	.byte	0x4
	.uleb128 .LBB819-.Ltext0
	.uleb128 .LBE819-.Ltext0
	.byte	0x4
	.uleb128 .LBB821-.Ltext0
	.uleb128 .LBE821-.Ltext0
	.byte	0x4
	.uleb128 .LBB823-.Ltext0
	.uleb128 .LBE823-.Ltext0
	.byte	0x4
	.uleb128 .LBB825-.Ltext0
	.uleb128 .LBE825-.Ltext0
	.byte	0x4
	.uleb128 .LBB827-.Ltext0
	.uleb128 .LBE827-.Ltext0
	.byte	0x4
	.uleb128 .LBB829-.Ltext0
	.uleb128 .LBE829-.Ltext0
	.byte	0x4
	.uleb128 .LBB830-.Ltext0
	.uleb128 .LBE830-.Ltext0
	.byte	0x4
	.uleb128 .LBB832-.Ltext0
	.uleb128 .LBE832-.Ltext0
	.byte	0x4
	.uleb128 .LBB833-.Ltext0
	.uleb128 .LBE833-.Ltext0
	.byte	0x4
	.uleb128 .LBB835-.Ltext0
	.uleb128 .LBE835-.Ltext0
	.byte	0x4
	.uleb128 .LBB836-.Ltext0
	.uleb128 .LBE836-.Ltext0
	.byte	0x4
	.uleb128 .LBB838-.Ltext0
	.uleb128 .LBE838-.Ltext0
	.byte	0x4
	.uleb128 .LBB840-.Ltext0
	.uleb128 .LBE840-.Ltext0
	.byte	0x4
	.uleb128 .LBB842-.Ltext0
	.uleb128 .LBE842-.Ltext0
	.byte	0x4
	.uleb128 .LBB844-.Ltext0
	.uleb128 .LBE844-.Ltext0
	.byte	0x4
	.uleb128 .LBB846-.Ltext0
	.uleb128 .LBE846-.Ltext0
	.byte	0x4
	.uleb128 .LBB847-.Ltext0
	.uleb128 .LBE847-.Ltext0
	.byte	0x4
	.uleb128 .LBB849-.Ltext0
	.uleb128 .LBE849-.Ltext0
	.byte	0x4
	.uleb128 .LBB851-.Ltext0
	.uleb128 .LBE851-.Ltext0
	.byte	0x4
	.uleb128 .LBB853-.Ltext0
	.uleb128 .LBE853-.Ltext0
	.byte	0x4
	.uleb128 .LBB854-.Ltext0
	.uleb128 .LBE854-.Ltext0
	.byte	0x4
	.uleb128 .LBB856-.Ltext0
	.uleb128 .LBE856-.Ltext0
	.byte	0x4
	.uleb128 .LBB858-.Ltext0
	.uleb128 .LBE858-.Ltext0
	.byte	0x4
	.uleb128 .LBB860-.Ltext0
	.uleb128 .LBE860-.Ltext0
	.byte	0x4
	.uleb128 .LBB861-.Ltext0
	.uleb128 .LBE861-.Ltext0
	.byte	0x4
	.uleb128 .LBB863-.Ltext0
	.uleb128 .LBE863-.Ltext0
	.byte	0x4
	.uleb128 .LBB865-.Ltext0
	.uleb128 .LBE865-.Ltext0
	.byte	0x4
	.uleb128 .LBB867-.Ltext0
	.uleb128 .LBE867-.Ltext0
	.byte	0x4
	.uleb128 .LBB868-.Ltext0
	.uleb128 .LBE868-.Ltext0
	.byte	0x4
	.uleb128 .LBB870-.Ltext0
	.uleb128 .LBE870-.Ltext0
	.byte	0x4
	.uleb128 .LBB872-.Ltext0
	.uleb128 .LBE872-.Ltext0
	.byte	0x4
	.uleb128 .LBB874-.Ltext0
	.uleb128 .LBE874-.Ltext0
	.byte	0x4
	.uleb128 .LBB876-.Ltext0
	.uleb128 .LBE876-.Ltext0
	.byte	0
.LLRL49:
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0x4
	.uleb128 .LBB46-.Ltext0
	.uleb128 .LBE46-.Ltext0
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0x4
	.uleb128 .LBB135-.Ltext0
	.uleb128 .LBE135-.Ltext0
	.byte	0
.LLRL50:
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB84-.Ltext0
	.uleb128 .LBE84-.Ltext0
	.byte	0x4
	.uleb128 .LBB748-.Ltext0
	.uleb128 .LBE748-.Ltext0
	.byte	0x4
	.uleb128 .LBB749-.Ltext0
	.uleb128 .LBE749-.Ltext0
	.byte	0x4
	.uleb128 .LBB750-.Ltext0
	.uleb128 .LBE750-.Ltext0
	.byte	0x4
	.uleb128 .LBB751-.Ltext0
	.uleb128 .LBE751-.Ltext0
	.byte	0x4
	.uleb128 .LBB752-.Ltext0
	.uleb128 .LBE752-.Ltext0
	.byte	0
.LLRL51:
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0x4
	.uleb128 .LBB713-.Ltext0
	.uleb128 .LBE713-.Ltext0
	.byte	0x4
	.uleb128 .LBB714-.Ltext0
	.uleb128 .LBE714-.Ltext0
	.byte	0x4
	.uleb128 .LBB715-.Ltext0
	.uleb128 .LBE715-.Ltext0
	.byte	0x4
	.uleb128 .LBB716-.Ltext0
	.uleb128 .LBE716-.Ltext0
	.byte	0x4
	.uleb128 .LBB717-.Ltext0
	.uleb128 .LBE717-.Ltext0
	.byte	0
.LLRL52:
	.byte	0x4
	.uleb128 .LBB50-.Ltext0
	.uleb128 .LBE50-.Ltext0
	.byte	0x4
	.uleb128 .LBB105-.Ltext0
	.uleb128 .LBE105-.Ltext0
	.byte	0x4
	.uleb128 .LBB718-.Ltext0
	.uleb128 .LBE718-.Ltext0
	.byte	0x4
	.uleb128 .LBB719-.Ltext0
	.uleb128 .LBE719-.Ltext0
	.byte	0x4
	.uleb128 .LBB720-.Ltext0
	.uleb128 .LBE720-.Ltext0
	.byte	0x4
	.uleb128 .LBB721-.Ltext0
	.uleb128 .LBE721-.Ltext0
	.byte	0x4
	.uleb128 .LBB722-.Ltext0
	.uleb128 .LBE722-.Ltext0
	.byte	0
.LLRL53:
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0
.LLRL56:
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
	.byte	0x4
	.uleb128 .LBB132-.Ltext0
	.uleb128 .LBE132-.Ltext0
	.byte	0x4
	.uleb128 .LBB584-.Ltext0
	.uleb128 .LBE584-.Ltext0
	.byte	0x4
	.uleb128 .LBB586-.Ltext0
	.uleb128 .LBE586-.Ltext0
	.byte	0x4
	.uleb128 .LBB839-.Ltext0
	.uleb128 .LBE839-.Ltext0
	.byte	0x4
	.uleb128 .LBB841-.Ltext0
	.uleb128 .LBE841-.Ltext0
	.byte	0
.LLRL57:
	.byte	0x4
	.uleb128 .LBB55-.Ltext0
	.uleb128 .LBE55-.Ltext0
	.byte	0x4
	.uleb128 .LBB133-.Ltext0
	.uleb128 .LBE133-.Ltext0
	.byte	0x4
	.uleb128 .LBB638-.Ltext0
	.uleb128 .LBE638-.Ltext0
	.byte	0x4
	.uleb128 .LBB640-.Ltext0
	.uleb128 .LBE640-.Ltext0
	.byte	0x4
	.uleb128 .LBB808-.Ltext0
	.uleb128 .LBE808-.Ltext0
	.byte	0x4
	.uleb128 .LBB810-.Ltext0
	.uleb128 .LBE810-.Ltext0
	.byte	0
.LLRL58:
	.byte	0x4
	.uleb128 .LBB56-.Ltext0
	.uleb128 .LBE56-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0x4
	.uleb128 .LBB58-.Ltext0
	.uleb128 .LBE58-.Ltext0
	.byte	0
.LLRL60:
	.byte	0x4
	.uleb128 .LBB59-.Ltext0
	.uleb128 .LBE59-.Ltext0
	.byte	0x4
	.uleb128 .LBB117-.Ltext0
	.uleb128 .LBE117-.Ltext0
	.byte	0x4
	.uleb128 .LBB646-.Ltext0
	.uleb128 .LBE646-.Ltext0
	.byte	0x4
	.uleb128 .LBB647-.Ltext0
	.uleb128 .LBE647-.Ltext0
	.byte	0x4
	.uleb128 .LBB648-.Ltext0
	.uleb128 .LBE648-.Ltext0
	.byte	0x4
	.uleb128 .LBB649-.Ltext0
	.uleb128 .LBE649-.Ltext0
	.byte	0x4
	.uleb128 .LBB650-.Ltext0
	.uleb128 .LBE650-.Ltext0
	.byte	0
.LLRL61:
	.byte	0x4
	.uleb128 .LBB60-.Ltext0
	.uleb128 .LBE60-.Ltext0
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0
.LLRL64:
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0x4
	.uleb128 .LBB698-.Ltext0
	.uleb128 .LBE698-.Ltext0
	.byte	0x4
	.uleb128 .LBB699-.Ltext0
	.uleb128 .LBE699-.Ltext0
	.byte	0x4
	.uleb128 .LBB700-.Ltext0
	.uleb128 .LBE700-.Ltext0
	.byte	0x4
	.uleb128 .LBB701-.Ltext0
	.uleb128 .LBE701-.Ltext0
	.byte	0x4
	.uleb128 .LBB702-.Ltext0
	.uleb128 .LBE702-.Ltext0
	.byte	0
.LLRL65:
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0
.LLRL68:
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0x4
	.uleb128 .LBB111-.Ltext0
	.uleb128 .LBE111-.Ltext0
	.byte	0x4
	.uleb128 .LBB607-.Ltext0
	.uleb128 .LBE607-.Ltext0
	.byte	0x4
	.uleb128 .LBB608-.Ltext0
	.uleb128 .LBE608-.Ltext0
	.byte	0x4
	.uleb128 .LBB609-.Ltext0
	.uleb128 .LBE609-.Ltext0
	.byte	0x4
	.uleb128 .LBB610-.Ltext0
	.uleb128 .LBE610-.Ltext0
	.byte	0x4
	.uleb128 .LBB611-.Ltext0
	.uleb128 .LBE611-.Ltext0
	.byte	0
.LLRL69:
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0
.LLRL72:
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0x4
	.uleb128 .LBB142-.Ltext0
	.uleb128 .LBE142-.Ltext0
	.byte	0
.LLRL73:
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0x4
	.uleb128 .LBB139-.Ltext0
	.uleb128 .LBE139-.Ltext0
	.byte	0
.LLRL74:
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0x4
	.uleb128 .LBB86-.Ltext0
	.uleb128 .LBE86-.Ltext0
	.byte	0x4
	.uleb128 .LBB546-.Ltext0
	.uleb128 .LBE546-.Ltext0
	.byte	0x4
	.uleb128 .LBB578-.Ltext0
	.uleb128 .LBE578-.Ltext0
	.byte	0x4
	.uleb128 .LBB579-.Ltext0
	.uleb128 .LBE579-.Ltext0
	.byte	0x4
	.uleb128 .LBB580-.Ltext0
	.uleb128 .LBE580-.Ltext0
	.byte	0x4
	.uleb128 .LBB581-.Ltext0
	.uleb128 .LBE581-.Ltext0
	.byte	0x4
	.uleb128 .LBB582-.Ltext0
	.uleb128 .LBE582-.Ltext0
	.byte	0x4
	.uleb128 .LBB837-.Ltext0
	.uleb128 .LBE837-.Ltext0
	.byte	0
.LLRL75:
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
	.byte	0
.LLRL78:
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0x4
	.uleb128 .LBB547-.Ltext0
	.uleb128 .LBE547-.Ltext0
	.byte	0x4
	.uleb128 .LBB703-.Ltext0
	.uleb128 .LBE703-.Ltext0
	.byte	0x4
	.uleb128 .LBB704-.Ltext0
	.uleb128 .LBE704-.Ltext0
	.byte	0x4
	.uleb128 .LBB705-.Ltext0
	.uleb128 .LBE705-.Ltext0
	.byte	0x4
	.uleb128 .LBB706-.Ltext0
	.uleb128 .LBE706-.Ltext0
	.byte	0x4
	.uleb128 .LBB707-.Ltext0
	.uleb128 .LBE707-.Ltext0
	.byte	0x4
	.uleb128 .LBB794-.Ltext0
	.uleb128 .LBE794-.Ltext0
	.byte	0
.LLRL79:
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
	.byte	0
.LLRL82:
	.byte	0x4
	.uleb128 .LBB87-.Ltext0
	.uleb128 .LBE87-.Ltext0
	.byte	0x4
	.uleb128 .LBB92-.Ltext0
	.uleb128 .LBE92-.Ltext0
	.byte	0x4
	.uleb128 .LBB536-.Ltext0
	.uleb128 .LBE536-.Ltext0
	.byte	0x4
	.uleb128 .LBB728-.Ltext0
	.uleb128 .LBE728-.Ltext0
	.byte	0x4
	.uleb128 .LBB729-.Ltext0
	.uleb128 .LBE729-.Ltext0
	.byte	0x4
	.uleb128 .LBB730-.Ltext0
	.uleb128 .LBE730-.Ltext0
	.byte	0x4
	.uleb128 .LBB731-.Ltext0
	.uleb128 .LBE731-.Ltext0
	.byte	0x4
	.uleb128 .LBB732-.Ltext0
	.uleb128 .LBE732-.Ltext0
	.byte	0x4
	.uleb128 .LBB855-.Ltext0
	.uleb128 .LBE855-.Ltext0
	.byte	0
.LLRL84:
	.byte	0x4
	.uleb128 .LBB89-.Ltext0
	.uleb128 .LBE89-.Ltext0
	.byte	0x4
	.uleb128 .LBB131-.Ltext0
	.uleb128 .LBE131-.Ltext0
	.byte	0x4
	.uleb128 .LBB537-.Ltext0
	.uleb128 .LBE537-.Ltext0
	.byte	0x4
	.uleb128 .LBB733-.Ltext0
	.uleb128 .LBE733-.Ltext0
	.byte	0x4
	.uleb128 .LBB734-.Ltext0
	.uleb128 .LBE734-.Ltext0
	.byte	0x4
	.uleb128 .LBB735-.Ltext0
	.uleb128 .LBE735-.Ltext0
	.byte	0x4
	.uleb128 .LBB736-.Ltext0
	.uleb128 .LBE736-.Ltext0
	.byte	0x4
	.uleb128 .LBB737-.Ltext0
	.uleb128 .LBE737-.Ltext0
	.byte	0x4
	.uleb128 .LBB850-.Ltext0
	.uleb128 .LBE850-.Ltext0
	.byte	0x4
	.uleb128 .LBB852-.Ltext0
	.uleb128 .LBE852-.Ltext0
	.byte	0
.LLRL86:
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0x4
	.uleb128 .LBB102-.Ltext0
	.uleb128 .LBE102-.Ltext0
	.byte	0x4
	.uleb128 .LBB597-.Ltext0
	.uleb128 .LBE597-.Ltext0
	.byte	0x4
	.uleb128 .LBB598-.Ltext0
	.uleb128 .LBE598-.Ltext0
	.byte	0x4
	.uleb128 .LBB599-.Ltext0
	.uleb128 .LBE599-.Ltext0
	.byte	0x4
	.uleb128 .LBB600-.Ltext0
	.uleb128 .LBE600-.Ltext0
	.byte	0x4
	.uleb128 .LBB601-.Ltext0
	.uleb128 .LBE601-.Ltext0
	.byte	0
.LLRL87:
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0
.LLRL90:
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0x4
	.uleb128 .LBB116-.Ltext0
	.uleb128 .LBE116-.Ltext0
	.byte	0x4
	.uleb128 .LBB757-.Ltext0
	.uleb128 .LBE757-.Ltext0
	.byte	0x4
	.uleb128 .LBB758-.Ltext0
	.uleb128 .LBE758-.Ltext0
	.byte	0x4
	.uleb128 .LBB759-.Ltext0
	.uleb128 .LBE759-.Ltext0
	.byte	0x4
	.uleb128 .LBB760-.Ltext0
	.uleb128 .LBE760-.Ltext0
	.byte	0x4
	.uleb128 .LBB761-.Ltext0
	.uleb128 .LBE761-.Ltext0
	.byte	0
.LLRL91:
	.byte	0x4
	.uleb128 .LBB98-.Ltext0
	.uleb128 .LBE98-.Ltext0
	.byte	0x4
	.uleb128 .LBB99-.Ltext0
	.uleb128 .LBE99-.Ltext0
	.byte	0x4
	.uleb128 .LBB100-.Ltext0
	.uleb128 .LBE100-.Ltext0
	.byte	0
.LLRL94:
	.byte	0x4
	.uleb128 .LBB103-.Ltext0
	.uleb128 .LBE103-.Ltext0
	.byte	0x4
	.uleb128 .LBB136-.Ltext0
	.uleb128 .LBE136-.Ltext0
	.byte	0
.LLRL95:
	.byte	0x4
	.uleb128 .LBB104-.Ltext0
	.uleb128 .LBE104-.Ltext0
	.byte	0x4
	.uleb128 .LBB141-.Ltext0
	.uleb128 .LBE141-.Ltext0
	.byte	0
.LLRL96:
	.byte	0x4
	.uleb128 .LBB106-.Ltext0
	.uleb128 .LBE106-.Ltext0
	.byte	0x4
	.uleb128 .LBB693-.Ltext0
	.uleb128 .LBE693-.Ltext0
	.byte	0x4
	.uleb128 .LBB694-.Ltext0
	.uleb128 .LBE694-.Ltext0
	.byte	0x4
	.uleb128 .LBB695-.Ltext0
	.uleb128 .LBE695-.Ltext0
	.byte	0x4
	.uleb128 .LBB696-.Ltext0
	.uleb128 .LBE696-.Ltext0
	.byte	0x4
	.uleb128 .LBB697-.Ltext0
	.uleb128 .LBE697-.Ltext0
	.byte	0
.LLRL97:
	.byte	0x4
	.uleb128 .LBB107-.Ltext0
	.uleb128 .LBE107-.Ltext0
	.byte	0x4
	.uleb128 .LBB108-.Ltext0
	.uleb128 .LBE108-.Ltext0
	.byte	0x4
	.uleb128 .LBB109-.Ltext0
	.uleb128 .LBE109-.Ltext0
	.byte	0
.LLRL100:
	.byte	0x4
	.uleb128 .LBB112-.Ltext0
	.uleb128 .LBE112-.Ltext0
	.byte	0x4
	.uleb128 .LBB118-.Ltext0
	.uleb128 .LBE118-.Ltext0
	.byte	0x4
	.uleb128 .LBB632-.Ltext0
	.uleb128 .LBE632-.Ltext0
	.byte	0x4
	.uleb128 .LBB633-.Ltext0
	.uleb128 .LBE633-.Ltext0
	.byte	0x4
	.uleb128 .LBB634-.Ltext0
	.uleb128 .LBE634-.Ltext0
	.byte	0x4
	.uleb128 .LBB635-.Ltext0
	.uleb128 .LBE635-.Ltext0
	.byte	0x4
	.uleb128 .LBB636-.Ltext0
	.uleb128 .LBE636-.Ltext0
	.byte	0
.LLRL101:
	.byte	0x4
	.uleb128 .LBB113-.Ltext0
	.uleb128 .LBE113-.Ltext0
	.byte	0x4
	.uleb128 .LBB114-.Ltext0
	.uleb128 .LBE114-.Ltext0
	.byte	0x4
	.uleb128 .LBB115-.Ltext0
	.uleb128 .LBE115-.Ltext0
	.byte	0
.LLRL104:
	.byte	0x4
	.uleb128 .LBB120-.Ltext0
	.uleb128 .LBE120-.Ltext0
	.byte	0x4
	.uleb128 .LBB134-.Ltext0
	.uleb128 .LBE134-.Ltext0
	.byte	0x4
	.uleb128 .LBB602-.Ltext0
	.uleb128 .LBE602-.Ltext0
	.byte	0x4
	.uleb128 .LBB603-.Ltext0
	.uleb128 .LBE603-.Ltext0
	.byte	0x4
	.uleb128 .LBB604-.Ltext0
	.uleb128 .LBE604-.Ltext0
	.byte	0x4
	.uleb128 .LBB605-.Ltext0
	.uleb128 .LBE605-.Ltext0
	.byte	0x4
	.uleb128 .LBB606-.Ltext0
	.uleb128 .LBE606-.Ltext0
	.byte	0x4
	.uleb128 .LBB834-.Ltext0
	.uleb128 .LBE834-.Ltext0
	.byte	0
.LLRL105:
	.byte	0x4
	.uleb128 .LBB121-.Ltext0
	.uleb128 .LBE121-.Ltext0
	.byte	0x4
	.uleb128 .LBB137-.Ltext0
	.uleb128 .LBE137-.Ltext0
	.byte	0x4
	.uleb128 .LBB587-.Ltext0
	.uleb128 .LBE587-.Ltext0
	.byte	0x4
	.uleb128 .LBB588-.Ltext0
	.uleb128 .LBE588-.Ltext0
	.byte	0x4
	.uleb128 .LBB589-.Ltext0
	.uleb128 .LBE589-.Ltext0
	.byte	0x4
	.uleb128 .LBB590-.Ltext0
	.uleb128 .LBE590-.Ltext0
	.byte	0x4
	.uleb128 .LBB591-.Ltext0
	.uleb128 .LBE591-.Ltext0
	.byte	0x4
	.uleb128 .LBB831-.Ltext0
	.uleb128 .LBE831-.Ltext0
	.byte	0
.LLRL106:
	.byte	0x4
	.uleb128 .LBB122-.Ltext0
	.uleb128 .LBE122-.Ltext0
	.byte	0x4
	.uleb128 .LBB140-.Ltext0
	.uleb128 .LBE140-.Ltext0
	.byte	0
.LLRL107:
	.byte	0x4
	.uleb128 .LBB123-.Ltext0
	.uleb128 .LBE123-.Ltext0
	.byte	0x4
	.uleb128 .LBB124-.Ltext0
	.uleb128 .LBE124-.Ltext0
	.byte	0
.LLRL109:
	.byte	0x4
	.uleb128 .LBB126-.Ltext0
	.uleb128 .LBE126-.Ltext0
	.byte	0x4
	.uleb128 .LBB143-.Ltext0
	.uleb128 .LBE143-.Ltext0
	.byte	0
.LLRL110:
	.byte	0x4
	.uleb128 .LBB127-.Ltext0
	.uleb128 .LBE127-.Ltext0
	.byte	0x4
	.uleb128 .LBB128-.Ltext0
	.uleb128 .LBE128-.Ltext0
	.byte	0x4
	.uleb128 .LBB129-.Ltext0
	.uleb128 .LBE129-.Ltext0
	.byte	0x4
	.uleb128 .LBB130-.Ltext0
	.uleb128 .LBE130-.Ltext0
	.byte	0
.LLRL112:
	.byte	0x4
	.uleb128 .LBB145-.Ltext0
	.uleb128 .LBE145-.Ltext0
	.byte	0x4
	.uleb128 .LBB146-.Ltext0
	.uleb128 .LBE146-.Ltext0
	.byte	0
.LLRL115:
	.byte	0x4
	.uleb128 .LBB148-.Ltext0
	.uleb128 .LBE148-.Ltext0
	.byte	0x4
	.uleb128 .LBB149-.Ltext0
	.uleb128 .LBE149-.Ltext0
	.byte	0
.LLRL118:
	.byte	0x4
	.uleb128 .LBB151-.Ltext0
	.uleb128 .LBE151-.Ltext0
	.byte	0x4
	.uleb128 .LBB152-.Ltext0
	.uleb128 .LBE152-.Ltext0
	.byte	0
.LLRL121:
	.byte	0x4
	.uleb128 .LBB153-.Ltext0
	.uleb128 .LBE153-.Ltext0
	.byte	0x4
	.uleb128 .LBB545-.Ltext0
	.uleb128 .LBE545-.Ltext0
	.byte	0x4
	.uleb128 .LBB577-.Ltext0
	.uleb128 .LBE577-.Ltext0
	.byte	0
.LLRL122:
	.byte	0x4
	.uleb128 .LBB154-.Ltext0
	.uleb128 .LBE154-.Ltext0
	.byte	0x4
	.uleb128 .LBB155-.Ltext0
	.uleb128 .LBE155-.Ltext0
	.byte	0x4
	.uleb128 .LBB156-.Ltext0
	.uleb128 .LBE156-.Ltext0
	.byte	0x4
	.uleb128 .LBB157-.Ltext0
	.uleb128 .LBE157-.Ltext0
	.byte	0x4
	.uleb128 .LBB158-.Ltext0
	.uleb128 .LBE158-.Ltext0
	.byte	0
.LLRL125:
	.byte	0x4
	.uleb128 .LBB159-.Ltext0
	.uleb128 .LBE159-.Ltext0
	.byte	0x4
	.uleb128 .LBB544-.Ltext0
	.uleb128 .LBE544-.Ltext0
	.byte	0x4
	.uleb128 .LBB574-.Ltext0
	.uleb128 .LBE574-.Ltext0
	.byte	0
.LLRL126:
	.byte	0x4
	.uleb128 .LBB160-.Ltext0
	.uleb128 .LBE160-.Ltext0
	.byte	0x4
	.uleb128 .LBB161-.Ltext0
	.uleb128 .LBE161-.Ltext0
	.byte	0x4
	.uleb128 .LBB162-.Ltext0
	.uleb128 .LBE162-.Ltext0
	.byte	0x4
	.uleb128 .LBB163-.Ltext0
	.uleb128 .LBE163-.Ltext0
	.byte	0
.LLRL129:
	.byte	0x4
	.uleb128 .LBB167-.Ltext0
	.uleb128 .LBE167-.Ltext0
	.byte	0x4
	.uleb128 .LBB168-.Ltext0
	.uleb128 .LBE168-.Ltext0
	.byte	0x4
	.uleb128 .LBB169-.Ltext0
	.uleb128 .LBE169-.Ltext0
	.byte	0
.LLRL132:
	.byte	0x4
	.uleb128 .LBB171-.Ltext0
	.uleb128 .LBE171-.Ltext0
	.byte	0x4
	.uleb128 .LBB172-.Ltext0
	.uleb128 .LBE172-.Ltext0
	.byte	0x4
	.uleb128 .LBB173-.Ltext0
	.uleb128 .LBE173-.Ltext0
	.byte	0
.LLRL135:
	.byte	0x4
	.uleb128 .LBB175-.Ltext0
	.uleb128 .LBE175-.Ltext0
	.byte	0x4
	.uleb128 .LBB176-.Ltext0
	.uleb128 .LBE176-.Ltext0
	.byte	0x4
	.uleb128 .LBB177-.Ltext0
	.uleb128 .LBE177-.Ltext0
	.byte	0
.LLRL138:
	.byte	0x4
	.uleb128 .LBB179-.Ltext0
	.uleb128 .LBE179-.Ltext0
	.byte	0x4
	.uleb128 .LBB180-.Ltext0
	.uleb128 .LBE180-.Ltext0
	.byte	0
.LLRL141:
	.byte	0x4
	.uleb128 .LBB182-.Ltext0
	.uleb128 .LBE182-.Ltext0
	.byte	0x4
	.uleb128 .LBB183-.Ltext0
	.uleb128 .LBE183-.Ltext0
	.byte	0x4
	.uleb128 .LBB184-.Ltext0
	.uleb128 .LBE184-.Ltext0
	.byte	0
.LLRL144:
	.byte	0x4
	.uleb128 .LBB186-.Ltext0
	.uleb128 .LBE186-.Ltext0
	.byte	0x4
	.uleb128 .LBB187-.Ltext0
	.uleb128 .LBE187-.Ltext0
	.byte	0x4
	.uleb128 .LBB188-.Ltext0
	.uleb128 .LBE188-.Ltext0
	.byte	0
.LLRL147:
	.byte	0x4
	.uleb128 .LBB190-.Ltext0
	.uleb128 .LBE190-.Ltext0
	.byte	0x4
	.uleb128 .LBB191-.Ltext0
	.uleb128 .LBE191-.Ltext0
	.byte	0x4
	.uleb128 .LBB192-.Ltext0
	.uleb128 .LBE192-.Ltext0
	.byte	0
.LLRL150:
	.byte	0x4
	.uleb128 .LBB194-.Ltext0
	.uleb128 .LBE194-.Ltext0
	.byte	0x4
	.uleb128 .LBB195-.Ltext0
	.uleb128 .LBE195-.Ltext0
	.byte	0x4
	.uleb128 .LBB196-.Ltext0
	.uleb128 .LBE196-.Ltext0
	.byte	0
.LLRL153:
	.byte	0x4
	.uleb128 .LBB198-.Ltext0
	.uleb128 .LBE198-.Ltext0
	.byte	0x4
	.uleb128 .LBB199-.Ltext0
	.uleb128 .LBE199-.Ltext0
	.byte	0x4
	.uleb128 .LBB200-.Ltext0
	.uleb128 .LBE200-.Ltext0
	.byte	0
.LLRL156:
	.byte	0x4
	.uleb128 .LBB202-.Ltext0
	.uleb128 .LBE202-.Ltext0
	.byte	0x4
	.uleb128 .LBB203-.Ltext0
	.uleb128 .LBE203-.Ltext0
	.byte	0x4
	.uleb128 .LBB204-.Ltext0
	.uleb128 .LBE204-.Ltext0
	.byte	0
.LLRL159:
	.byte	0x4
	.uleb128 .LBB206-.Ltext0
	.uleb128 .LBE206-.Ltext0
	.byte	0x4
	.uleb128 .LBB207-.Ltext0
	.uleb128 .LBE207-.Ltext0
	.byte	0x4
	.uleb128 .LBB208-.Ltext0
	.uleb128 .LBE208-.Ltext0
	.byte	0
.LLRL162:
	.byte	0x4
	.uleb128 .LBB209-.Ltext0
	.uleb128 .LBE209-.Ltext0
	.byte	0x4
	.uleb128 .LBB673-.Ltext0
	.uleb128 .LBE673-.Ltext0
	.byte	0x4
	.uleb128 .LBB675-.Ltext0
	.uleb128 .LBE675-.Ltext0
	.byte	0
.LLRL163:
	.byte	0x4
	.uleb128 .LBB210-.Ltext0
	.uleb128 .LBE210-.Ltext0
	.byte	0x4
	.uleb128 .LBB535-.Ltext0
	.uleb128 .LBE535-.Ltext0
	.byte	0x4
	.uleb128 .LBB869-.Ltext0
	.uleb128 .LBE869-.Ltext0
	.byte	0
.LLRL165:
	.byte	0x4
	.uleb128 .LBB212-.Ltext0
	.uleb128 .LBE212-.Ltext0
	.byte	0x4
	.uleb128 .LBB528-.Ltext0
	.uleb128 .LBE528-.Ltext0
	.byte	0x4
	.uleb128 .LBB871-.Ltext0
	.uleb128 .LBE871-.Ltext0
	.byte	0x4
	.uleb128 .LBB873-.Ltext0
	.uleb128 .LBE873-.Ltext0
	.byte	0
.LLRL167:
	.byte	0x4
	.uleb128 .LBB214-.Ltext0
	.uleb128 .LBE214-.Ltext0
	.byte	0x4
	.uleb128 .LBB324-.Ltext0
	.uleb128 .LBE324-.Ltext0
	.byte	0x4
	.uleb128 .LBB549-.Ltext0
	.uleb128 .LBE549-.Ltext0
	.byte	0x4
	.uleb128 .LBB818-.Ltext0
	.uleb128 .LBE818-.Ltext0
	.byte	0x4
	.uleb128 .LBB820-.Ltext0
	.uleb128 .LBE820-.Ltext0
	.byte	0
.LLRL168:
	.byte	0x4
	.uleb128 .LBB215-.Ltext0
	.uleb128 .LBE215-.Ltext0
	.byte	0x4
	.uleb128 .LBB317-.Ltext0
	.uleb128 .LBE317-.Ltext0
	.byte	0
.LLRL169:
	.byte	0x4
	.uleb128 .LBB217-.Ltext0
	.uleb128 .LBE217-.Ltext0
	.byte	0x4
	.uleb128 .LBB484-.Ltext0
	.uleb128 .LBE484-.Ltext0
	.byte	0
.LLRL170:
	.byte	0x4
	.uleb128 .LBB218-.Ltext0
	.uleb128 .LBE218-.Ltext0
	.byte	0x4
	.uleb128 .LBB219-.Ltext0
	.uleb128 .LBE219-.Ltext0
	.byte	0
.LLRL172:
	.byte	0x4
	.uleb128 .LBB220-.Ltext0
	.uleb128 .LBE220-.Ltext0
	.byte	0x4
	.uleb128 .LBB402-.Ltext0
	.uleb128 .LBE402-.Ltext0
	.byte	0
.LLRL173:
	.byte	0x4
	.uleb128 .LBB221-.Ltext0
	.uleb128 .LBE221-.Ltext0
	.byte	0x4
	.uleb128 .LBB222-.Ltext0
	.uleb128 .LBE222-.Ltext0
	.byte	0
.LLRL175:
	.byte	0x4
	.uleb128 .LBB225-.Ltext0
	.uleb128 .LBE225-.Ltext0
	.byte	0x4
	.uleb128 .LBB226-.Ltext0
	.uleb128 .LBE226-.Ltext0
	.byte	0
.LLRL177:
	.byte	0x4
	.uleb128 .LBB228-.Ltext0
	.uleb128 .LBE228-.Ltext0
	.byte	0x4
	.uleb128 .LBB229-.Ltext0
	.uleb128 .LBE229-.Ltext0
	.byte	0
.LLRL180:
	.byte	0x4
	.uleb128 .LBB231-.Ltext0
	.uleb128 .LBE231-.Ltext0
	.byte	0x4
	.uleb128 .LBB232-.Ltext0
	.uleb128 .LBE232-.Ltext0
	.byte	0
.LLRL183:
	.byte	0x4
	.uleb128 .LBB234-.Ltext0
	.uleb128 .LBE234-.Ltext0
	.byte	0x4
	.uleb128 .LBB235-.Ltext0
	.uleb128 .LBE235-.Ltext0
	.byte	0
.LLRL186:
	.byte	0x4
	.uleb128 .LBB236-.Ltext0
	.uleb128 .LBE236-.Ltext0
	.byte	0x4
	.uleb128 .LBB542-.Ltext0
	.uleb128 .LBE542-.Ltext0
	.byte	0x4
	.uleb128 .LBB682-.Ltext0
	.uleb128 .LBE682-.Ltext0
	.byte	0
.LLRL187:
	.byte	0x4
	.uleb128 .LBB237-.Ltext0
	.uleb128 .LBE237-.Ltext0
	.byte	0x4
	.uleb128 .LBB238-.Ltext0
	.uleb128 .LBE238-.Ltext0
	.byte	0x4
	.uleb128 .LBB239-.Ltext0
	.uleb128 .LBE239-.Ltext0
	.byte	0x4
	.uleb128 .LBB240-.Ltext0
	.uleb128 .LBE240-.Ltext0
	.byte	0
.LLRL190:
	.byte	0x4
	.uleb128 .LBB241-.Ltext0
	.uleb128 .LBE241-.Ltext0
	.byte	0x4
	.uleb128 .LBB543-.Ltext0
	.uleb128 .LBE543-.Ltext0
	.byte	0x4
	.uleb128 .LBB685-.Ltext0
	.uleb128 .LBE685-.Ltext0
	.byte	0
.LLRL191:
	.byte	0x4
	.uleb128 .LBB242-.Ltext0
	.uleb128 .LBE242-.Ltext0
	.byte	0x4
	.uleb128 .LBB243-.Ltext0
	.uleb128 .LBE243-.Ltext0
	.byte	0x4
	.uleb128 .LBB244-.Ltext0
	.uleb128 .LBE244-.Ltext0
	.byte	0x4
	.uleb128 .LBB245-.Ltext0
	.uleb128 .LBE245-.Ltext0
	.byte	0x4
	.uleb128 .LBB246-.Ltext0
	.uleb128 .LBE246-.Ltext0
	.byte	0
.LLRL194:
	.byte	0x4
	.uleb128 .LBB250-.Ltext0
	.uleb128 .LBE250-.Ltext0
	.byte	0x4
	.uleb128 .LBB251-.Ltext0
	.uleb128 .LBE251-.Ltext0
	.byte	0x4
	.uleb128 .LBB252-.Ltext0
	.uleb128 .LBE252-.Ltext0
	.byte	0
.LLRL197:
	.byte	0x4
	.uleb128 .LBB254-.Ltext0
	.uleb128 .LBE254-.Ltext0
	.byte	0x4
	.uleb128 .LBB255-.Ltext0
	.uleb128 .LBE255-.Ltext0
	.byte	0x4
	.uleb128 .LBB256-.Ltext0
	.uleb128 .LBE256-.Ltext0
	.byte	0
.LLRL200:
	.byte	0x4
	.uleb128 .LBB258-.Ltext0
	.uleb128 .LBE258-.Ltext0
	.byte	0x4
	.uleb128 .LBB259-.Ltext0
	.uleb128 .LBE259-.Ltext0
	.byte	0
.LLRL203:
	.byte	0x4
	.uleb128 .LBB261-.Ltext0
	.uleb128 .LBE261-.Ltext0
	.byte	0x4
	.uleb128 .LBB262-.Ltext0
	.uleb128 .LBE262-.Ltext0
	.byte	0x4
	.uleb128 .LBB263-.Ltext0
	.uleb128 .LBE263-.Ltext0
	.byte	0
.LLRL206:
	.byte	0x4
	.uleb128 .LBB265-.Ltext0
	.uleb128 .LBE265-.Ltext0
	.byte	0x4
	.uleb128 .LBB266-.Ltext0
	.uleb128 .LBE266-.Ltext0
	.byte	0x4
	.uleb128 .LBB267-.Ltext0
	.uleb128 .LBE267-.Ltext0
	.byte	0
.LLRL209:
	.byte	0x4
	.uleb128 .LBB269-.Ltext0
	.uleb128 .LBE269-.Ltext0
	.byte	0x4
	.uleb128 .LBB270-.Ltext0
	.uleb128 .LBE270-.Ltext0
	.byte	0
.LLRL212:
	.byte	0x4
	.uleb128 .LBB272-.Ltext0
	.uleb128 .LBE272-.Ltext0
	.byte	0x4
	.uleb128 .LBB273-.Ltext0
	.uleb128 .LBE273-.Ltext0
	.byte	0
.LLRL215:
	.byte	0x4
	.uleb128 .LBB275-.Ltext0
	.uleb128 .LBE275-.Ltext0
	.byte	0x4
	.uleb128 .LBB276-.Ltext0
	.uleb128 .LBE276-.Ltext0
	.byte	0
.LLRL218:
	.byte	0x4
	.uleb128 .LBB278-.Ltext0
	.uleb128 .LBE278-.Ltext0
	.byte	0x4
	.uleb128 .LBB279-.Ltext0
	.uleb128 .LBE279-.Ltext0
	.byte	0
.LLRL221:
	.byte	0x4
	.uleb128 .LBB281-.Ltext0
	.uleb128 .LBE281-.Ltext0
	.byte	0x4
	.uleb128 .LBB282-.Ltext0
	.uleb128 .LBE282-.Ltext0
	.byte	0x4
	.uleb128 .LBB283-.Ltext0
	.uleb128 .LBE283-.Ltext0
	.byte	0
.LLRL224:
	.byte	0x4
	.uleb128 .LBB285-.Ltext0
	.uleb128 .LBE285-.Ltext0
	.byte	0x4
	.uleb128 .LBB286-.Ltext0
	.uleb128 .LBE286-.Ltext0
	.byte	0
.LLRL227:
	.byte	0x4
	.uleb128 .LBB287-.Ltext0
	.uleb128 .LBE287-.Ltext0
	.byte	0x4
	.uleb128 .LBB677-.Ltext0
	.uleb128 .LBE677-.Ltext0
	.byte	0x4
	.uleb128 .LBB679-.Ltext0
	.uleb128 .LBE679-.Ltext0
	.byte	0
.LLRL228:
	.byte	0x4
	.uleb128 .LBB288-.Ltext0
	.uleb128 .LBE288-.Ltext0
	.byte	0x4
	.uleb128 .LBB299-.Ltext0
	.uleb128 .LBE299-.Ltext0
	.byte	0x4
	.uleb128 .LBB529-.Ltext0
	.uleb128 .LBE529-.Ltext0
	.byte	0x4
	.uleb128 .LBB875-.Ltext0
	.uleb128 .LBE875-.Ltext0
	.byte	0x4
	.uleb128 .LBB877-.Ltext0
	.uleb128 .LBE877-.Ltext0
	.byte	0
.LLRL229:
	.byte	0x4
	.uleb128 .LBB289-.Ltext0
	.uleb128 .LBE289-.Ltext0
	.byte	0x4
	.uleb128 .LBB290-.Ltext0
	.uleb128 .LBE290-.Ltext0
	.byte	0x4
	.uleb128 .LBB291-.Ltext0
	.uleb128 .LBE291-.Ltext0
	.byte	0x4
	.uleb128 .LBB292-.Ltext0
	.uleb128 .LBE292-.Ltext0
	.byte	0
.LLRL231:
	.byte	0x4
	.uleb128 .LBB293-.Ltext0
	.uleb128 .LBE293-.Ltext0
	.byte	0x4
	.uleb128 .LBB311-.Ltext0
	.uleb128 .LBE311-.Ltext0
	.byte	0x4
	.uleb128 .LBB548-.Ltext0
	.uleb128 .LBE548-.Ltext0
	.byte	0x4
	.uleb128 .LBB814-.Ltext0
	.uleb128 .LBE814-.Ltext0
	.byte	0x4
	.uleb128 .LBB816-.Ltext0
	.uleb128 .LBE816-.Ltext0
	.byte	0
.LLRL232:
	.byte	0x4
	.uleb128 .LBB294-.Ltext0
	.uleb128 .LBE294-.Ltext0
	.byte	0x4
	.uleb128 .LBB666-.Ltext0
	.uleb128 .LBE666-.Ltext0
	.byte	0x4
	.uleb128 .LBB668-.Ltext0
	.uleb128 .LBE668-.Ltext0
	.byte	0
.LLRL234:
	.byte	0x4
	.uleb128 .LBB298-.Ltext0
	.uleb128 .LBE298-.Ltext0
	.byte	0x4
	.uleb128 .LBB312-.Ltext0
	.uleb128 .LBE312-.Ltext0
	.byte	0x4
	.uleb128 .LBB671-.Ltext0
	.uleb128 .LBE671-.Ltext0
	.byte	0
.LLRL235:
	.byte	0x4
	.uleb128 .LBB300-.Ltext0
	.uleb128 .LBE300-.Ltext0
	.byte	0x4
	.uleb128 .LBB310-.Ltext0
	.uleb128 .LBE310-.Ltext0
	.byte	0x4
	.uleb128 .LBB530-.Ltext0
	.uleb128 .LBE530-.Ltext0
	.byte	0x4
	.uleb128 .LBB843-.Ltext0
	.uleb128 .LBE843-.Ltext0
	.byte	0x4
	.uleb128 .LBB845-.Ltext0
	.uleb128 .LBE845-.Ltext0
	.byte	0
.LLRL236:
	.byte	0x4
	.uleb128 .LBB301-.Ltext0
	.uleb128 .LBE301-.Ltext0
	.byte	0x4
	.uleb128 .LBB302-.Ltext0
	.uleb128 .LBE302-.Ltext0
	.byte	0x4
	.uleb128 .LBB303-.Ltext0
	.uleb128 .LBE303-.Ltext0
	.byte	0x4
	.uleb128 .LBB304-.Ltext0
	.uleb128 .LBE304-.Ltext0
	.byte	0
.LLRL238:
	.byte	0x4
	.uleb128 .LBB305-.Ltext0
	.uleb128 .LBE305-.Ltext0
	.byte	0x4
	.uleb128 .LBB314-.Ltext0
	.uleb128 .LBE314-.Ltext0
	.byte	0x4
	.uleb128 .LBB692-.Ltext0
	.uleb128 .LBE692-.Ltext0
	.byte	0x4
	.uleb128 .LBB806-.Ltext0
	.uleb128 .LBE806-.Ltext0
	.byte	0
.LLRL239:
	.byte	0x4
	.uleb128 .LBB306-.Ltext0
	.uleb128 .LBE306-.Ltext0
	.byte	0x4
	.uleb128 .LBB307-.Ltext0
	.uleb128 .LBE307-.Ltext0
	.byte	0x4
	.uleb128 .LBB308-.Ltext0
	.uleb128 .LBE308-.Ltext0
	.byte	0
.LLRL240:
	.byte	0x4
	.uleb128 .LBB309-.Ltext0
	.uleb128 .LBE309-.Ltext0
	.byte	0x4
	.uleb128 .LBB315-.Ltext0
	.uleb128 .LBE315-.Ltext0
	.byte	0
.LLRL241:
	.byte	0x4
	.uleb128 .LBB313-.Ltext0
	.uleb128 .LBE313-.Ltext0
	.byte	0x4
	.uleb128 .LBB568-.Ltext0
	.uleb128 .LBE568-.Ltext0
	.byte	0
.LLRL242:
	.byte	0x4
	.uleb128 .LBB318-.Ltext0
	.uleb128 .LBE318-.Ltext0
	.byte	0x4
	.uleb128 .LBB329-.Ltext0
	.uleb128 .LBE329-.Ltext0
	.byte	0x4
	.uleb128 .LBB565-.Ltext0
	.uleb128 .LBE565-.Ltext0
	.byte	0
.LLRL243:
	.byte	0x4
	.uleb128 .LBB319-.Ltext0
	.uleb128 .LBE319-.Ltext0
	.byte	0x4
	.uleb128 .LBB571-.Ltext0
	.uleb128 .LBE571-.Ltext0
	.byte	0
.LLRL244:
	.byte	0x4
	.uleb128 .LBB320-.Ltext0
	.uleb128 .LBE320-.Ltext0
	.byte	0x4
	.uleb128 .LBB395-.Ltext0
	.uleb128 .LBE395-.Ltext0
	.byte	0x4
	.uleb128 .LBB664-.Ltext0
	.uleb128 .LBE664-.Ltext0
	.byte	0x4
	.uleb128 .LBB805-.Ltext0
	.uleb128 .LBE805-.Ltext0
	.byte	0
.LLRL245:
	.byte	0x4
	.uleb128 .LBB321-.Ltext0
	.uleb128 .LBE321-.Ltext0
	.byte	0x4
	.uleb128 .LBB382-.Ltext0
	.uleb128 .LBE382-.Ltext0
	.byte	0
.LLRL246:
	.byte	0x4
	.uleb128 .LBB323-.Ltext0
	.uleb128 .LBE323-.Ltext0
	.byte	0x4
	.uleb128 .LBB510-.Ltext0
	.uleb128 .LBE510-.Ltext0
	.byte	0
.LLRL247:
	.byte	0x4
	.uleb128 .LBB325-.Ltext0
	.uleb128 .LBE325-.Ltext0
	.byte	0x4
	.uleb128 .LBB553-.Ltext0
	.uleb128 .LBE553-.Ltext0
	.byte	0x4
	.uleb128 .LBB555-.Ltext0
	.uleb128 .LBE555-.Ltext0
	.byte	0
.LLRL249:
	.byte	0x4
	.uleb128 .LBB330-.Ltext0
	.uleb128 .LBE330-.Ltext0
	.byte	0x4
	.uleb128 .LBB399-.Ltext0
	.uleb128 .LBE399-.Ltext0
	.byte	0
.LLRL250:
	.byte	0x4
	.uleb128 .LBB331-.Ltext0
	.uleb128 .LBE331-.Ltext0
	.byte	0x4
	.uleb128 .LBB403-.Ltext0
	.uleb128 .LBE403-.Ltext0
	.byte	0
.LLRL251:
	.byte	0x4
	.uleb128 .LBB332-.Ltext0
	.uleb128 .LBE332-.Ltext0
	.byte	0x4
	.uleb128 .LBB480-.Ltext0
	.uleb128 .LBE480-.Ltext0
	.byte	0
.LLRL252:
	.byte	0x4
	.uleb128 .LBB333-.Ltext0
	.uleb128 .LBE333-.Ltext0
	.byte	0x4
	.uleb128 .LBB334-.Ltext0
	.uleb128 .LBE334-.Ltext0
	.byte	0
.LLRL255:
	.byte	0x4
	.uleb128 .LBB336-.Ltext0
	.uleb128 .LBE336-.Ltext0
	.byte	0x4
	.uleb128 .LBB337-.Ltext0
	.uleb128 .LBE337-.Ltext0
	.byte	0x4
	.uleb128 .LBB338-.Ltext0
	.uleb128 .LBE338-.Ltext0
	.byte	0
.LLRL258:
	.byte	0x4
	.uleb128 .LBB340-.Ltext0
	.uleb128 .LBE340-.Ltext0
	.byte	0x4
	.uleb128 .LBB341-.Ltext0
	.uleb128 .LBE341-.Ltext0
	.byte	0x4
	.uleb128 .LBB342-.Ltext0
	.uleb128 .LBE342-.Ltext0
	.byte	0
.LLRL261:
	.byte	0x4
	.uleb128 .LBB344-.Ltext0
	.uleb128 .LBE344-.Ltext0
	.byte	0x4
	.uleb128 .LBB345-.Ltext0
	.uleb128 .LBE345-.Ltext0
	.byte	0x4
	.uleb128 .LBB346-.Ltext0
	.uleb128 .LBE346-.Ltext0
	.byte	0
.LLRL264:
	.byte	0x4
	.uleb128 .LBB348-.Ltext0
	.uleb128 .LBE348-.Ltext0
	.byte	0x4
	.uleb128 .LBB349-.Ltext0
	.uleb128 .LBE349-.Ltext0
	.byte	0x4
	.uleb128 .LBB350-.Ltext0
	.uleb128 .LBE350-.Ltext0
	.byte	0
.LLRL267:
	.byte	0x4
	.uleb128 .LBB352-.Ltext0
	.uleb128 .LBE352-.Ltext0
	.byte	0x4
	.uleb128 .LBB353-.Ltext0
	.uleb128 .LBE353-.Ltext0
	.byte	0x4
	.uleb128 .LBB354-.Ltext0
	.uleb128 .LBE354-.Ltext0
	.byte	0
.LLRL270:
	.byte	0x4
	.uleb128 .LBB356-.Ltext0
	.uleb128 .LBE356-.Ltext0
	.byte	0x4
	.uleb128 .LBB357-.Ltext0
	.uleb128 .LBE357-.Ltext0
	.byte	0x4
	.uleb128 .LBB358-.Ltext0
	.uleb128 .LBE358-.Ltext0
	.byte	0
.LLRL273:
	.byte	0x4
	.uleb128 .LBB359-.Ltext0
	.uleb128 .LBE359-.Ltext0
	.byte	0x4
	.uleb128 .LBB557-.Ltext0
	.uleb128 .LBE557-.Ltext0
	.byte	0x4
	.uleb128 .LBB559-.Ltext0
	.uleb128 .LBE559-.Ltext0
	.byte	0
.LLRL274:
	.byte	0x4
	.uleb128 .LBB360-.Ltext0
	.uleb128 .LBE360-.Ltext0
	.byte	0x4
	.uleb128 .LBB533-.Ltext0
	.uleb128 .LBE533-.Ltext0
	.byte	0x4
	.uleb128 .LBB862-.Ltext0
	.uleb128 .LBE862-.Ltext0
	.byte	0
.LLRL275:
	.byte	0x4
	.uleb128 .LBB361-.Ltext0
	.uleb128 .LBE361-.Ltext0
	.byte	0x4
	.uleb128 .LBB362-.Ltext0
	.uleb128 .LBE362-.Ltext0
	.byte	0x4
	.uleb128 .LBB363-.Ltext0
	.uleb128 .LBE363-.Ltext0
	.byte	0
.LLRL277:
	.byte	0x4
	.uleb128 .LBB364-.Ltext0
	.uleb128 .LBE364-.Ltext0
	.byte	0x4
	.uleb128 .LBB534-.Ltext0
	.uleb128 .LBE534-.Ltext0
	.byte	0x4
	.uleb128 .LBB864-.Ltext0
	.uleb128 .LBE864-.Ltext0
	.byte	0x4
	.uleb128 .LBB866-.Ltext0
	.uleb128 .LBE866-.Ltext0
	.byte	0
.LLRL278:
	.byte	0x4
	.uleb128 .LBB365-.Ltext0
	.uleb128 .LBE365-.Ltext0
	.byte	0x4
	.uleb128 .LBB366-.Ltext0
	.uleb128 .LBE366-.Ltext0
	.byte	0x4
	.uleb128 .LBB367-.Ltext0
	.uleb128 .LBE367-.Ltext0
	.byte	0
.LLRL280:
	.byte	0x4
	.uleb128 .LBB368-.Ltext0
	.uleb128 .LBE368-.Ltext0
	.byte	0x4
	.uleb128 .LBB372-.Ltext0
	.uleb128 .LBE372-.Ltext0
	.byte	0x4
	.uleb128 .LBB551-.Ltext0
	.uleb128 .LBE551-.Ltext0
	.byte	0x4
	.uleb128 .LBB826-.Ltext0
	.uleb128 .LBE826-.Ltext0
	.byte	0x4
	.uleb128 .LBB828-.Ltext0
	.uleb128 .LBE828-.Ltext0
	.byte	0
.LLRL281:
	.byte	0x4
	.uleb128 .LBB369-.Ltext0
	.uleb128 .LBE369-.Ltext0
	.byte	0x4
	.uleb128 .LBB377-.Ltext0
	.uleb128 .LBE377-.Ltext0
	.byte	0x4
	.uleb128 .LBB562-.Ltext0
	.uleb128 .LBE562-.Ltext0
	.byte	0
.LLRL282:
	.byte	0x4
	.uleb128 .LBB370-.Ltext0
	.uleb128 .LBE370-.Ltext0
	.byte	0x4
	.uleb128 .LBB618-.Ltext0
	.uleb128 .LBE618-.Ltext0
	.byte	0
.LLRL283:
	.byte	0x4
	.uleb128 .LBB371-.Ltext0
	.uleb128 .LBE371-.Ltext0
	.byte	0x4
	.uleb128 .LBB378-.Ltext0
	.uleb128 .LBE378-.Ltext0
	.byte	0x4
	.uleb128 .LBB623-.Ltext0
	.uleb128 .LBE623-.Ltext0
	.byte	0x4
	.uleb128 .LBB812-.Ltext0
	.uleb128 .LBE812-.Ltext0
	.byte	0
.LLRL284:
	.byte	0x4
	.uleb128 .LBB373-.Ltext0
	.uleb128 .LBE373-.Ltext0
	.byte	0x4
	.uleb128 .LBB620-.Ltext0
	.uleb128 .LBE620-.Ltext0
	.byte	0x4
	.uleb128 .LBB622-.Ltext0
	.uleb128 .LBE622-.Ltext0
	.byte	0
.LLRL286:
	.byte	0x4
	.uleb128 .LBB379-.Ltext0
	.uleb128 .LBE379-.Ltext0
	.byte	0x4
	.uleb128 .LBB380-.Ltext0
	.uleb128 .LBE380-.Ltext0
	.byte	0x4
	.uleb128 .LBB381-.Ltext0
	.uleb128 .LBE381-.Ltext0
	.byte	0
.LLRL287:
	.byte	0x4
	.uleb128 .LBB383-.Ltext0
	.uleb128 .LBE383-.Ltext0
	.byte	0x4
	.uleb128 .LBB491-.Ltext0
	.uleb128 .LBE491-.Ltext0
	.byte	0x4
	.uleb128 .LBB539-.Ltext0
	.uleb128 .LBE539-.Ltext0
	.byte	0x4
	.uleb128 .LBB663-.Ltext0
	.uleb128 .LBE663-.Ltext0
	.byte	0
.LLRL288:
	.byte	0x4
	.uleb128 .LBB384-.Ltext0
	.uleb128 .LBE384-.Ltext0
	.byte	0x4
	.uleb128 .LBB385-.Ltext0
	.uleb128 .LBE385-.Ltext0
	.byte	0x4
	.uleb128 .LBB386-.Ltext0
	.uleb128 .LBE386-.Ltext0
	.byte	0x4
	.uleb128 .LBB387-.Ltext0
	.uleb128 .LBE387-.Ltext0
	.byte	0
.LLRL291:
	.byte	0x4
	.uleb128 .LBB388-.Ltext0
	.uleb128 .LBE388-.Ltext0
	.byte	0x4
	.uleb128 .LBB538-.Ltext0
	.uleb128 .LBE538-.Ltext0
	.byte	0x4
	.uleb128 .LBB660-.Ltext0
	.uleb128 .LBE660-.Ltext0
	.byte	0
.LLRL292:
	.byte	0x4
	.uleb128 .LBB389-.Ltext0
	.uleb128 .LBE389-.Ltext0
	.byte	0x4
	.uleb128 .LBB390-.Ltext0
	.uleb128 .LBE390-.Ltext0
	.byte	0x4
	.uleb128 .LBB391-.Ltext0
	.uleb128 .LBE391-.Ltext0
	.byte	0x4
	.uleb128 .LBB392-.Ltext0
	.uleb128 .LBE392-.Ltext0
	.byte	0x4
	.uleb128 .LBB393-.Ltext0
	.uleb128 .LBE393-.Ltext0
	.byte	0
.LLRL295:
	.byte	0x4
	.uleb128 .LBB394-.Ltext0
	.uleb128 .LBE394-.Ltext0
	.byte	0x4
	.uleb128 .LBB481-.Ltext0
	.uleb128 .LBE481-.Ltext0
	.byte	0
.LLRL296:
	.byte	0x4
	.uleb128 .LBB396-.Ltext0
	.uleb128 .LBE396-.Ltext0
	.byte	0x4
	.uleb128 .LBB397-.Ltext0
	.uleb128 .LBE397-.Ltext0
	.byte	0x4
	.uleb128 .LBB398-.Ltext0
	.uleb128 .LBE398-.Ltext0
	.byte	0
.LLRL297:
	.byte	0x4
	.uleb128 .LBB400-.Ltext0
	.uleb128 .LBE400-.Ltext0
	.byte	0x4
	.uleb128 .LBB404-.Ltext0
	.uleb128 .LBE404-.Ltext0
	.byte	0
.LLRL298:
	.byte	0x4
	.uleb128 .LBB405-.Ltext0
	.uleb128 .LBE405-.Ltext0
	.byte	0x4
	.uleb128 .LBB527-.Ltext0
	.uleb128 .LBE527-.Ltext0
	.byte	0
.LLRL299:
	.byte	0x4
	.uleb128 .LBB406-.Ltext0
	.uleb128 .LBE406-.Ltext0
	.byte	0x4
	.uleb128 .LBB407-.Ltext0
	.uleb128 .LBE407-.Ltext0
	.byte	0x4
	.uleb128 .LBB408-.Ltext0
	.uleb128 .LBE408-.Ltext0
	.byte	0
.LLRL302:
	.byte	0x4
	.uleb128 .LBB410-.Ltext0
	.uleb128 .LBE410-.Ltext0
	.byte	0x4
	.uleb128 .LBB411-.Ltext0
	.uleb128 .LBE411-.Ltext0
	.byte	0
.LLRL305:
	.byte	0x4
	.uleb128 .LBB413-.Ltext0
	.uleb128 .LBE413-.Ltext0
	.byte	0x4
	.uleb128 .LBB414-.Ltext0
	.uleb128 .LBE414-.Ltext0
	.byte	0x4
	.uleb128 .LBB415-.Ltext0
	.uleb128 .LBE415-.Ltext0
	.byte	0
.LLRL308:
	.byte	0x4
	.uleb128 .LBB417-.Ltext0
	.uleb128 .LBE417-.Ltext0
	.byte	0x4
	.uleb128 .LBB418-.Ltext0
	.uleb128 .LBE418-.Ltext0
	.byte	0
.LLRL311:
	.byte	0x4
	.uleb128 .LBB420-.Ltext0
	.uleb128 .LBE420-.Ltext0
	.byte	0x4
	.uleb128 .LBB421-.Ltext0
	.uleb128 .LBE421-.Ltext0
	.byte	0
.LLRL314:
	.byte	0x4
	.uleb128 .LBB423-.Ltext0
	.uleb128 .LBE423-.Ltext0
	.byte	0x4
	.uleb128 .LBB424-.Ltext0
	.uleb128 .LBE424-.Ltext0
	.byte	0
.LLRL317:
	.byte	0x4
	.uleb128 .LBB426-.Ltext0
	.uleb128 .LBE426-.Ltext0
	.byte	0x4
	.uleb128 .LBB427-.Ltext0
	.uleb128 .LBE427-.Ltext0
	.byte	0
.LLRL320:
	.byte	0x4
	.uleb128 .LBB429-.Ltext0
	.uleb128 .LBE429-.Ltext0
	.byte	0x4
	.uleb128 .LBB430-.Ltext0
	.uleb128 .LBE430-.Ltext0
	.byte	0
.LLRL323:
	.byte	0x4
	.uleb128 .LBB432-.Ltext0
	.uleb128 .LBE432-.Ltext0
	.byte	0x4
	.uleb128 .LBB433-.Ltext0
	.uleb128 .LBE433-.Ltext0
	.byte	0
.LLRL326:
	.byte	0x4
	.uleb128 .LBB434-.Ltext0
	.uleb128 .LBE434-.Ltext0
	.byte	0x4
	.uleb128 .LBB625-.Ltext0
	.uleb128 .LBE625-.Ltext0
	.byte	0x4
	.uleb128 .LBB627-.Ltext0
	.uleb128 .LBE627-.Ltext0
	.byte	0
.LLRL327:
	.byte	0x4
	.uleb128 .LBB435-.Ltext0
	.uleb128 .LBE435-.Ltext0
	.byte	0x4
	.uleb128 .LBB531-.Ltext0
	.uleb128 .LBE531-.Ltext0
	.byte	0x4
	.uleb128 .LBB848-.Ltext0
	.uleb128 .LBE848-.Ltext0
	.byte	0
.LLRL329:
	.byte	0x4
	.uleb128 .LBB437-.Ltext0
	.uleb128 .LBE437-.Ltext0
	.byte	0x4
	.uleb128 .LBB532-.Ltext0
	.uleb128 .LBE532-.Ltext0
	.byte	0x4
	.uleb128 .LBB857-.Ltext0
	.uleb128 .LBE857-.Ltext0
	.byte	0x4
	.uleb128 .LBB859-.Ltext0
	.uleb128 .LBE859-.Ltext0
	.byte	0
.LLRL331:
	.byte	0x4
	.uleb128 .LBB439-.Ltext0
	.uleb128 .LBE439-.Ltext0
	.byte	0x4
	.uleb128 .LBB492-.Ltext0
	.uleb128 .LBE492-.Ltext0
	.byte	0x4
	.uleb128 .LBB550-.Ltext0
	.uleb128 .LBE550-.Ltext0
	.byte	0x4
	.uleb128 .LBB822-.Ltext0
	.uleb128 .LBE822-.Ltext0
	.byte	0x4
	.uleb128 .LBB824-.Ltext0
	.uleb128 .LBE824-.Ltext0
	.byte	0
.LLRL332:
	.byte	0x4
	.uleb128 .LBB440-.Ltext0
	.uleb128 .LBE440-.Ltext0
	.byte	0x4
	.uleb128 .LBB486-.Ltext0
	.uleb128 .LBE486-.Ltext0
	.byte	0
.LLRL333:
	.byte	0x4
	.uleb128 .LBB441-.Ltext0
	.uleb128 .LBE441-.Ltext0
	.byte	0x4
	.uleb128 .LBB442-.Ltext0
	.uleb128 .LBE442-.Ltext0
	.byte	0x4
	.uleb128 .LBB443-.Ltext0
	.uleb128 .LBE443-.Ltext0
	.byte	0
.LLRL335:
	.byte	0x4
	.uleb128 .LBB445-.Ltext0
	.uleb128 .LBE445-.Ltext0
	.byte	0x4
	.uleb128 .LBB446-.Ltext0
	.uleb128 .LBE446-.Ltext0
	.byte	0
.LLRL338:
	.byte	0x4
	.uleb128 .LBB447-.Ltext0
	.uleb128 .LBE447-.Ltext0
	.byte	0x4
	.uleb128 .LBB487-.Ltext0
	.uleb128 .LBE487-.Ltext0
	.byte	0
.LLRL339:
	.byte	0x4
	.uleb128 .LBB448-.Ltext0
	.uleb128 .LBE448-.Ltext0
	.byte	0x4
	.uleb128 .LBB449-.Ltext0
	.uleb128 .LBE449-.Ltext0
	.byte	0
.LLRL342:
	.byte	0x4
	.uleb128 .LBB450-.Ltext0
	.uleb128 .LBE450-.Ltext0
	.byte	0x4
	.uleb128 .LBB519-.Ltext0
	.uleb128 .LBE519-.Ltext0
	.byte	0
.LLRL343:
	.byte	0x4
	.uleb128 .LBB451-.Ltext0
	.uleb128 .LBE451-.Ltext0
	.byte	0x4
	.uleb128 .LBB452-.Ltext0
	.uleb128 .LBE452-.Ltext0
	.byte	0
.LLRL346:
	.byte	0x4
	.uleb128 .LBB454-.Ltext0
	.uleb128 .LBE454-.Ltext0
	.byte	0x4
	.uleb128 .LBB455-.Ltext0
	.uleb128 .LBE455-.Ltext0
	.byte	0
.LLRL349:
	.byte	0x4
	.uleb128 .LBB456-.Ltext0
	.uleb128 .LBE456-.Ltext0
	.byte	0x4
	.uleb128 .LBB540-.Ltext0
	.uleb128 .LBE540-.Ltext0
	.byte	0x4
	.uleb128 .LBB688-.Ltext0
	.uleb128 .LBE688-.Ltext0
	.byte	0
.LLRL350:
	.byte	0x4
	.uleb128 .LBB457-.Ltext0
	.uleb128 .LBE457-.Ltext0
	.byte	0x4
	.uleb128 .LBB458-.Ltext0
	.uleb128 .LBE458-.Ltext0
	.byte	0x4
	.uleb128 .LBB459-.Ltext0
	.uleb128 .LBE459-.Ltext0
	.byte	0x4
	.uleb128 .LBB460-.Ltext0
	.uleb128 .LBE460-.Ltext0
	.byte	0x4
	.uleb128 .LBB461-.Ltext0
	.uleb128 .LBE461-.Ltext0
	.byte	0
.LLRL353:
	.byte	0x4
	.uleb128 .LBB462-.Ltext0
	.uleb128 .LBE462-.Ltext0
	.byte	0x4
	.uleb128 .LBB541-.Ltext0
	.uleb128 .LBE541-.Ltext0
	.byte	0x4
	.uleb128 .LBB691-.Ltext0
	.uleb128 .LBE691-.Ltext0
	.byte	0
.LLRL354:
	.byte	0x4
	.uleb128 .LBB463-.Ltext0
	.uleb128 .LBE463-.Ltext0
	.byte	0x4
	.uleb128 .LBB464-.Ltext0
	.uleb128 .LBE464-.Ltext0
	.byte	0x4
	.uleb128 .LBB465-.Ltext0
	.uleb128 .LBE465-.Ltext0
	.byte	0x4
	.uleb128 .LBB466-.Ltext0
	.uleb128 .LBE466-.Ltext0
	.byte	0
.LLRL357:
	.byte	0x4
	.uleb128 .LBB467-.Ltext0
	.uleb128 .LBE467-.Ltext0
	.byte	0x4
	.uleb128 .LBB504-.Ltext0
	.uleb128 .LBE504-.Ltext0
	.byte	0
.LLRL358:
	.byte	0x4
	.uleb128 .LBB468-.Ltext0
	.uleb128 .LBE468-.Ltext0
	.byte	0x4
	.uleb128 .LBB483-.Ltext0
	.uleb128 .LBE483-.Ltext0
	.byte	0
.LLRL359:
	.byte	0x4
	.uleb128 .LBB469-.Ltext0
	.uleb128 .LBE469-.Ltext0
	.byte	0x4
	.uleb128 .LBB470-.Ltext0
	.uleb128 .LBE470-.Ltext0
	.byte	0
.LLRL362:
	.byte	0x4
	.uleb128 .LBB472-.Ltext0
	.uleb128 .LBE472-.Ltext0
	.byte	0x4
	.uleb128 .LBB473-.Ltext0
	.uleb128 .LBE473-.Ltext0
	.byte	0
.LLRL365:
	.byte	0x4
	.uleb128 .LBB475-.Ltext0
	.uleb128 .LBE475-.Ltext0
	.byte	0x4
	.uleb128 .LBB476-.Ltext0
	.uleb128 .LBE476-.Ltext0
	.byte	0
.LLRL368:
	.byte	0x4
	.uleb128 .LBB478-.Ltext0
	.uleb128 .LBE478-.Ltext0
	.byte	0x4
	.uleb128 .LBB479-.Ltext0
	.uleb128 .LBE479-.Ltext0
	.byte	0
.LLRL371:
	.byte	0x4
	.uleb128 .LBB489-.Ltext0
	.uleb128 .LBE489-.Ltext0
	.byte	0x4
	.uleb128 .LBB490-.Ltext0
	.uleb128 .LBE490-.Ltext0
	.byte	0
.LLRL374:
	.byte	0x4
	.uleb128 .LBB493-.Ltext0
	.uleb128 .LBE493-.Ltext0
	.byte	0x4
	.uleb128 .LBB629-.Ltext0
	.uleb128 .LBE629-.Ltext0
	.byte	0x4
	.uleb128 .LBB631-.Ltext0
	.uleb128 .LBE631-.Ltext0
	.byte	0
.LLRL376:
	.byte	0x4
	.uleb128 .LBB497-.Ltext0
	.uleb128 .LBE497-.Ltext0
	.byte	0x4
	.uleb128 .LBB501-.Ltext0
	.uleb128 .LBE501-.Ltext0
	.byte	0x4
	.uleb128 .LBB656-.Ltext0
	.uleb128 .LBE656-.Ltext0
	.byte	0
.LLRL377:
	.byte	0x4
	.uleb128 .LBB498-.Ltext0
	.uleb128 .LBE498-.Ltext0
	.byte	0x4
	.uleb128 .LBB512-.Ltext0
	.uleb128 .LBE512-.Ltext0
	.byte	0
.LLRL379:
	.byte	0x4
	.uleb128 .LBB500-.Ltext0
	.uleb128 .LBE500-.Ltext0
	.byte	0x4
	.uleb128 .LBB520-.Ltext0
	.uleb128 .LBE520-.Ltext0
	.byte	0
.LLRL380:
	.byte	0x4
	.uleb128 .LBB502-.Ltext0
	.uleb128 .LBE502-.Ltext0
	.byte	0x4
	.uleb128 .LBB653-.Ltext0
	.uleb128 .LBE653-.Ltext0
	.byte	0
.LLRL381:
	.byte	0x4
	.uleb128 .LBB506-.Ltext0
	.uleb128 .LBE506-.Ltext0
	.byte	0x4
	.uleb128 .LBB522-.Ltext0
	.uleb128 .LBE522-.Ltext0
	.byte	0
.LLRL382:
	.byte	0x4
	.uleb128 .LBB507-.Ltext0
	.uleb128 .LBE507-.Ltext0
	.byte	0x4
	.uleb128 .LBB508-.Ltext0
	.uleb128 .LBE508-.Ltext0
	.byte	0x4
	.uleb128 .LBB509-.Ltext0
	.uleb128 .LBE509-.Ltext0
	.byte	0
.LLRL385:
	.byte	0x4
	.uleb128 .LBB513-.Ltext0
	.uleb128 .LBE513-.Ltext0
	.byte	0x4
	.uleb128 .LBB521-.Ltext0
	.uleb128 .LBE521-.Ltext0
	.byte	0
.LLRL386:
	.byte	0x4
	.uleb128 .LBB514-.Ltext0
	.uleb128 .LBE514-.Ltext0
	.byte	0x4
	.uleb128 .LBB515-.Ltext0
	.uleb128 .LBE515-.Ltext0
	.byte	0
.LLRL388:
	.byte	0x4
	.uleb128 .LBB517-.Ltext0
	.uleb128 .LBE517-.Ltext0
	.byte	0x4
	.uleb128 .LBB518-.Ltext0
	.uleb128 .LBE518-.Ltext0
	.byte	0
.LLRL391:
	.byte	0x4
	.uleb128 .LBB524-.Ltext0
	.uleb128 .LBE524-.Ltext0
	.byte	0x4
	.uleb128 .LBB525-.Ltext0
	.uleb128 .LBE525-.Ltext0
	.byte	0x4
	.uleb128 .LBB526-.Ltext0
	.uleb128 .LBE526-.Ltext0
	.byte	0
.LLRL405:
	.byte	0x4
	.uleb128 .LBB891-.Ltext0
	.uleb128 .LBE891-.Ltext0
	.byte	0x4
	.uleb128 .LBB894-.Ltext0
	.uleb128 .LBE894-.Ltext0
	.byte	0
.LLRL409:
	.byte	0x4
	.uleb128 .LBB895-.Ltext0
	.uleb128 .LBE895-.Ltext0
	.byte	0x4
	.uleb128 .LBB900-.Ltext0
	.uleb128 .LBE900-.Ltext0
	.byte	0x4
	.uleb128 .LBB901-.Ltext0
	.uleb128 .LBE901-.Ltext0
	.byte	0
.LLRL411:
	.byte	0x4
	.uleb128 .LBB896-.Ltext0
	.uleb128 .LBE896-.Ltext0
	.byte	0x4
	.uleb128 .LBB897-.Ltext0
	.uleb128 .LBE897-.Ltext0
	.byte	0x4
	.uleb128 .LBB898-.Ltext0
	.uleb128 .LBE898-.Ltext0
	.byte	0x4
	.uleb128 .LBB899-.Ltext0
	.uleb128 .LBE899-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF1067:
	.string	"dl_dispatch_570"
.LASF1114:
	.string	"dl_dispatch_617"
.LASF1115:
	.string	"dl_dispatch_618"
.LASF1071:
	.string	"dl_dispatch_574"
.LASF1073:
	.string	"dl_dispatch_576"
.LASF148:
	.string	"total"
.LASF306:
	.string	"F_00"
.LASF307:
	.string	"F_01"
.LASF481:
	.string	"L01_STORE"
.LASF718:
	.string	"dl_trap_221"
.LASF747:
	.string	"dl_handler_SUB_250"
.LASF59:
	.string	"_unused2"
.LASF584:
	.string	"dl_trap_87"
.LASF1003:
	.string	"dl_trap_506"
.LASF545:
	.string	"dl_checked_SUB_48"
.LASF960:
	.string	"dl_trap_463"
.LASF1194:
	.string	"dl_dispatch_697"
.LASF964:
	.string	"dl_trap_467"
.LASF965:
	.string	"dl_trap_468"
.LASF45:
	.string	"_fileno"
.LASF494:
	.string	"C_HALT"
.LASF1033:
	.string	"dl_handler_NE_536"
.LASF262:
	.string	"PUSHES_PRINT"
.LASF1117:
	.string	"dl_dispatch_620"
.LASF1118:
	.string	"dl_dispatch_621"
.LASF1120:
	.string	"dl_dispatch_623"
.LASF1121:
	.string	"dl_dispatch_624"
.LASF1077:
	.string	"dl_dispatch_580"
.LASF1124:
	.string	"dl_dispatch_627"
.LASF333:
	.string	"L11_PUSH"
.LASF1126:
	.string	"dl_dispatch_629"
.LASF1081:
	.string	"dl_dispatch_584"
.LASF1083:
	.string	"dl_dispatch_586"
.LASF438:
	.string	"L11_LE"
.LASF1085:
	.string	"dl_dispatch_588"
.LASF1012:
	.string	"dl_handler_NOT_515"
.LASF308:
	.string	"F_10"
.LASF309:
	.string	"F_11"
.LASF27:
	.string	"__saved_mask"
.LASF433:
	.string	"L11_LT"
.LASF1007:
	.string	"dl_trap_510"
.LASF434:
	.string	"C_LT"
.LASF977:
	.string	"dl_handler_DROP_480"
.LASF469:
	.string	"C_CALL"
.LASF969:
	.string	"dl_trap_472"
.LASF10:
	.string	"__uint8_t"
.LASF483:
	.string	"L11_STORE"
.LASF102:
	.string	"OP_STORE"
.LASF165:
	.string	"POPS_NOP"
.LASF1128:
	.string	"dl_dispatch_631"
.LASF192:
	.string	"POPS_MUL"
.LASF1130:
	.string	"dl_dispatch_633"
.LASF204:
	.string	"POPS_NOT"
.LASF1087:
	.string	"dl_dispatch_590"
.LASF1134:
	.string	"dl_dispatch_637"
.LASF1135:
	.string	"dl_dispatch_638"
.LASF1092:
	.string	"dl_dispatch_595"
.LASF208:
	.string	"PUSHES_AND"
.LASF1096:
	.string	"dl_dispatch_599"
.LASF391:
	.string	"L01_NOT"
.LASF1107:
	.string	"dl_handler_SWAP_610"
.LASF782:
	.string	"dl_handler_EQ_285"
.LASF926:
	.string	"dl_count_429"
.LASF1054:
	.string	"dl_handler_JZ_557"
.LASF50:
	.string	"_shortbuf"
.LASF995:
	.string	"dl_handler_SUB_498"
.LASF1178:
	.string	"dl_handler_JZ_681"
.LASF1137:
	.string	"dl_dispatch_640"
.LASF1138:
	.string	"dl_dispatch_641"
.LASF1140:
	.string	"dl_dispatch_643"
.LASF1141:
	.string	"dl_dispatch_644"
.LASF1143:
	.string	"dl_dispatch_646"
.LASF1144:
	.string	"dl_dispatch_647"
.LASF1146:
	.string	"dl_dispatch_649"
.LASF428:
	.string	"L11_NE"
.LASF429:
	.string	"C_NE"
.LASF1097:
	.string	"dl_dispatch_600"
.LASF1102:
	.string	"dl_dispatch_605"
.LASF932:
	.string	"dl_count_435"
.LASF319:
	.string	"handlers"
.LASF1105:
	.string	"dl_dispatch_608"
.LASF1169:
	.string	"dl_handler_GE_672"
.LASF551:
	.string	"dl_checked_MUL_54"
.LASF508:
	.string	"dl_dispatch_11"
.LASF514:
	.string	"dl_dispatch_17"
.LASF1147:
	.string	"dl_dispatch_650"
.LASF1149:
	.string	"dl_dispatch_652"
.LASF1150:
	.string	"dl_dispatch_653"
.LASF753:
	.string	"dl_handler_DIV_256"
.LASF1153:
	.string	"dl_dispatch_656"
.LASF1155:
	.string	"dl_dispatch_658"
.LASF1156:
	.string	"dl_dispatch_659"
.LASF1104:
	.string	"dl_handler_DUP_607"
.LASF31:
	.string	"_flags"
.LASF791:
	.string	"dl_handler_LE_294"
.LASF321:
	.string	"next"
.LASF135:
	.string	"nlabels"
.LASF303:
	.string	"slots"
.LASF404:
	.string	"C_OR"
.LASF157:
	.string	"dispatcher"
.LASF312:
	.string	"calloc"
.LASF16:
	.string	"__off_t"
.LASF520:
	.string	"dl_dispatch_23"
.LASF526:
	.string	"dl_dispatch_29"
.LASF1197:
	.string	"dl_dispatch_700"
.LASF1086:
	.string	"dl_handler_PRINT_589"
.LASF1201:
	.string	"dl_dispatch_704"
.LASF1203:
	.string	"dl_dispatch_706"
.LASF1158:
	.string	"dl_dispatch_661"
.LASF1052:
	.string	"dl_dispatch_555"
.LASF1162:
	.string	"dl_dispatch_665"
.LASF88:
	.string	"OP_SHL"
.LASF254:
	.string	"FLOW_OF_RET"
.LASF279:
	.string	"NSLOTS_NEG"
.LASF89:
	.string	"OP_SHR"
.LASF1108:
	.string	"dl_dispatch_611"
.LASF950:
	.string	"dl_count_453"
.LASF51:
	.string	"_lock"
.LASF1051:
	.string	"dl_trap_554"
.LASF1082:
	.string	"dl_handler_STORE_585"
.LASF924:
	.string	"dl_handler_JMP_427"
.LASF1110:
	.string	"dl_handler_OVER_613"
.LASF532:
	.string	"dl_dispatch_35"
.LASF158:
	.string	"summary"
.LASF178:
	.string	"PUSHES_SWAP"
.LASF1207:
	.string	"dl_dispatch_710"
.LASF1209:
	.string	"dl_dispatch_712"
.LASF298:
	.string	"NSLOTS_STORE"
.LASF1168:
	.string	"dl_dispatch_671"
.LASF980:
	.string	"dl_handler_DUP_483"
.LASF1170:
	.string	"dl_dispatch_673"
.LASF1171:
	.string	"dl_dispatch_674"
.LASF1173:
	.string	"dl_dispatch_676"
.LASF1176:
	.string	"dl_dispatch_679"
.LASF369:
	.string	"C_SUB"
.LASF77:
	.string	"OP_ROT"
.LASF906:
	.string	"dl_handler_EQ_409"
.LASF454:
	.string	"C_JMP"
.LASF403:
	.string	"L11_OR"
.LASF1057:
	.string	"dl_trap_560"
.LASF1160:
	.string	"dl_handler_LT_663"
.LASF1063:
	.string	"dl_trap_566"
.LASF1148:
	.string	"dl_handler_SHL_651"
.LASF538:
	.string	"dl_dispatch_41"
.LASF544:
	.string	"dl_dispatch_47"
.LASF471:
	.string	"L01_RET"
.LASF1166:
	.string	"dl_handler_GT_669"
.LASF420:
	.string	"L00_EQ"
.LASF493:
	.string	"L11_HALT"
.LASF138:
	.string	"ST_HALT"
.LASF19:
	.string	"int32_t"
.LASF1179:
	.string	"dl_dispatch_682"
.LASF1182:
	.string	"dl_dispatch_685"
.LASF1183:
	.string	"dl_dispatch_686"
.LASF1185:
	.string	"dl_dispatch_688"
.LASF25:
	.string	"__jmpbuf"
.LASF106:
	.string	"opcode"
.LASF311:
	.string	"dispatcher_stackcache"
.LASF1123:
	.string	"dl_dispatch_626"
.LASF1079:
	.string	"dl_dispatch_582"
.LASF464:
	.string	"C_JNZ"
.LASF550:
	.string	"dl_dispatch_53"
.LASF342:
	.string	"L10_DUP"
.LASF556:
	.string	"dl_dispatch_59"
.LASF1188:
	.string	"dl_dispatch_691"
.LASF507:
	.string	"dl_trap_10"
.LASF1191:
	.string	"dl_dispatch_694"
.LASF510:
	.string	"dl_trap_13"
.LASF511:
	.string	"dl_trap_14"
.LASF512:
	.string	"dl_trap_15"
.LASF513:
	.string	"dl_trap_16"
.LASF360:
	.string	"L00_ADD"
.LASF269:
	.string	"NSLOTS_DROP"
.LASF915:
	.string	"dl_handler_LE_418"
.LASF75:
	.string	"OP_SWAP"
.LASF181:
	.string	"PUSHES_OVER"
.LASF1190:
	.string	"dl_handler_CALL_693"
.LASF803:
	.string	"dl_trap_306"
.LASF759:
	.string	"dl_trap_262"
.LASF1080:
	.string	"dl_trap_583"
.LASF318:
	.string	"prepared"
.LASF1084:
	.string	"dl_trap_587"
.LASF177:
	.string	"POPS_SWAP"
.LASF373:
	.string	"L11_MUL"
.LASF37:
	.string	"_IO_write_end"
.LASF155:
	.string	"prog"
.LASF563:
	.string	"dl_dispatch_66"
.LASF388:
	.string	"L11_NEG"
.LASF797:
	.string	"dl_handler_GE_300"
.LASF440:
	.string	"L00_GT"
.LASF202:
	.string	"PUSHES_NEG"
.LASF475:
	.string	"L00_LOAD"
.LASF517:
	.string	"dl_trap_20"
.LASF518:
	.string	"dl_trap_21"
.LASF519:
	.string	"dl_trap_22"
.LASF522:
	.string	"dl_trap_25"
.LASF523:
	.string	"dl_trap_26"
.LASF524:
	.string	"dl_trap_27"
.LASF525:
	.string	"dl_trap_28"
.LASF26:
	.string	"__mask_was_saved"
.LASF1136:
	.string	"dl_handler_NOT_639"
.LASF278:
	.string	"NSLOTS_MOD"
.LASF117:
	.string	"FLOW_STOP"
.LASF624:
	.string	"dl_dispatch_127"
.LASF346:
	.string	"L01_SWAP"
.LASF1127:
	.string	"dl_trap_630"
.LASF450:
	.string	"L00_JMP"
.LASF1132:
	.string	"dl_dispatch_635"
.LASF1131:
	.string	"dl_trap_634"
.LASF1088:
	.string	"dl_trap_591"
.LASF1089:
	.string	"dl_trap_592"
.LASF1090:
	.string	"dl_dispatch_593"
.LASF314:
	.string	"free"
.LASF337:
	.string	"L10_DROP"
.LASF1093:
	.string	"dl_trap_596"
.LASF21:
	.string	"__sigset_t"
.LASF1094:
	.string	"dl_dispatch_597"
.LASF129:
	.string	"program"
.LASF570:
	.string	"dl_dispatch_73"
.LASF576:
	.string	"dl_dispatch_79"
.LASF365:
	.string	"L00_SUB"
.LASF174:
	.string	"POPS_DUP"
.LASF260:
	.string	"FLOW_OF_STORE"
.LASF701:
	.string	"dl_checked_STORE_204"
.LASF528:
	.string	"dl_trap_31"
.LASF529:
	.string	"dl_trap_32"
.LASF530:
	.string	"dl_trap_33"
.LASF531:
	.string	"dl_trap_34"
.LASF534:
	.string	"dl_trap_37"
.LASF535:
	.string	"dl_trap_38"
.LASF536:
	.string	"dl_trap_39"
.LASF345:
	.string	"L00_SWAP"
.LASF958:
	.string	"dl_handler_STORE_461"
.LASF783:
	.string	"dl_dispatch_286"
.LASF460:
	.string	"L00_JNZ"
.LASF251:
	.string	"FLOW_OF_CALL"
.LASF76:
	.string	"OP_OVER"
.LASF582:
	.string	"dl_dispatch_85"
.LASF1070:
	.string	"dl_dispatch_573"
.LASF537:
	.string	"dl_trap_40"
.LASF180:
	.string	"POPS_OVER"
.LASF541:
	.string	"dl_trap_44"
.LASF542:
	.string	"dl_trap_45"
.LASF543:
	.string	"dl_trap_46"
.LASF546:
	.string	"dl_trap_49"
.LASF1076:
	.string	"dl_dispatch_579"
.LASF1210:
	.string	"dl_handler_PRINT_713"
.LASF1050:
	.string	"dl_count_553"
.LASF277:
	.string	"NSLOTS_DIV"
.LASF1056:
	.string	"dl_count_559"
.LASF983:
	.string	"dl_handler_SWAP_486"
.LASF588:
	.string	"dl_dispatch_91"
.LASF351:
	.string	"L01_OVER"
.LASF594:
	.string	"dl_dispatch_97"
.LASF302:
	.string	"thread"
.LASF455:
	.string	"L00_JZ"
.LASF547:
	.string	"dl_trap_50"
.LASF548:
	.string	"dl_trap_51"
.LASF549:
	.string	"dl_trap_52"
.LASF552:
	.string	"dl_trap_55"
.LASF553:
	.string	"dl_trap_56"
.LASF554:
	.string	"dl_trap_57"
.LASF555:
	.string	"dl_trap_58"
.LASF1122:
	.string	"dl_handler_MUL_625"
.LASF1199:
	.string	"dl_trap_702"
.LASF847:
	.string	"dl_handler_NOP_350"
.LASF1062:
	.string	"dl_count_565"
.LASF339:
	.string	"C_DROP"
.LASF141:
	.string	"ST_OVERFLOW"
.LASF350:
	.string	"L00_OVER"
.LASF383:
	.string	"L11_MOD"
.LASF877:
	.string	"dl_handler_DIV_380"
.LASF478:
	.string	"L11_LOAD"
.LASF199:
	.string	"PUSHES_MOD"
.LASF558:
	.string	"dl_trap_61"
.LASF559:
	.string	"dl_trap_62"
.LASF136:
	.string	"proven"
.LASF561:
	.string	"dl_trap_64"
.LASF562:
	.string	"dl_trap_65"
.LASF565:
	.string	"dl_trap_68"
.LASF566:
	.string	"dl_trap_69"
.LASF1068:
	.string	"dl_count_571"
.LASF283:
	.string	"NSLOTS_XOR"
.LASF1212:
	.string	"dl_trap_715"
.LASF1213:
	.string	"dl_trap_716"
.LASF1074:
	.string	"dl_count_577"
.LASF1152:
	.string	"dl_dispatch_655"
.LASF472:
	.string	"L10_RET"
.LASF1175:
	.string	"dl_trap_678"
.LASF435:
	.string	"L00_LE"
.LASF477:
	.string	"L10_LOAD"
.LASF218:
	.string	"FLOW_OF_SHL"
.LASF221:
	.string	"FLOW_OF_SHR"
.LASF787:
	.string	"dl_dispatch_290"
.LASF567:
	.string	"dl_trap_70"
.LASF568:
	.string	"dl_trap_71"
.LASF569:
	.string	"dl_trap_72"
.LASF572:
	.string	"dl_trap_75"
.LASF573:
	.string	"dl_trap_76"
.LASF574:
	.string	"dl_trap_77"
.LASF575:
	.string	"dl_trap_78"
.LASF1021:
	.string	"dl_handler_XOR_524"
.LASF835:
	.string	"dl_dispatch_338"
.LASF44:
	.string	"_chain"
.LASF1217:
	.string	"dl_trap_720"
.LASF29:
	.string	"__jmp_buf_tag"
.LASF1181:
	.string	"dl_trap_684"
.LASF865:
	.string	"dl_handler_ROT_368"
.LASF5:
	.string	"unsigned char"
.LASF316:
	.string	"vm_print"
.LASF378:
	.string	"L11_DIV"
.LASF578:
	.string	"dl_trap_81"
.LASF579:
	.string	"dl_trap_82"
.LASF580:
	.string	"dl_trap_83"
.LASF581:
	.string	"dl_trap_84"
.LASF399:
	.string	"C_AND"
.LASF185:
	.string	"FLOW_OF_ROT"
.LASF485:
	.string	"L00_PRINT"
.LASF585:
	.string	"dl_trap_88"
.LASF586:
	.string	"dl_trap_89"
.LASF196:
	.string	"PUSHES_DIV"
.LASF140:
	.string	"ST_UNDERFLOW"
.LASF1200:
	.string	"dl_dispatch_703"
.LASF1223:
	.string	"_IO_lock_t"
.LASF267:
	.string	"NSLOTS_NOP"
.LASF276:
	.string	"NSLOTS_MUL"
.LASF280:
	.string	"NSLOTS_NOT"
.LASF1205:
	.string	"dl_dispatch_708"
.LASF1187:
	.string	"dl_trap_690"
.LASF1161:
	.string	"dl_dispatch_664"
.LASF1193:
	.string	"dl_trap_696"
.LASF1164:
	.string	"dl_dispatch_667"
.LASF1165:
	.string	"dl_dispatch_668"
.LASF804:
	.string	"dl_dispatch_307"
.LASF411:
	.string	"L01_SHL"
.LASF425:
	.string	"L00_NE"
.LASF252:
	.string	"POPS_RET"
.LASF416:
	.string	"L01_SHR"
.LASF70:
	.string	"ucell"
.LASF613:
	.string	"dl_checked_EQ_116"
.LASF694:
	.string	"dl_checked_LOAD_197"
.LASF587:
	.string	"dl_trap_90"
.LASF590:
	.string	"dl_trap_93"
.LASF591:
	.string	"dl_trap_94"
.LASF592:
	.string	"dl_trap_95"
.LASF593:
	.string	"dl_trap_96"
.LASF596:
	.string	"dl_trap_99"
.LASF301:
	.string	"target"
.LASF840:
	.string	"dl_trap_343"
.LASF891:
	.string	"dl_handler_AND_394"
.LASF487:
	.string	"L10_PRINT"
.LASF667:
	.string	"dl_checked_JNZ_170"
.LASF78:
	.string	"OP_ADD"
.LASF356:
	.string	"L01_ROT"
.LASF268:
	.string	"NSLOTS_PUSH"
.LASF107:
	.string	"operand"
.LASF400:
	.string	"L00_OR"
.LASF408:
	.string	"L11_XOR"
.LASF1039:
	.string	"dl_handler_LE_542"
.LASF214:
	.string	"PUSHES_XOR"
.LASF152:
	.string	"rstack"
.LASF67:
	.string	"uint64_t"
.LASF497:
	.string	"trap"
.LASF1167:
	.string	"dl_dispatch_670"
.LASF1214:
	.string	"dl_dispatch_717"
.LASF1216:
	.string	"dl_dispatch_719"
.LASF539:
	.string	"dl_checked_ADD_42"
.LASF123:
	.string	"effect"
.LASF1198:
	.string	"dl_count_701"
.LASF830:
	.string	"dl_handler_LOAD_333"
.LASF110:
	.string	"OPND_LABEL"
.LASF341:
	.string	"L01_DUP"
.LASF1101:
	.string	"dl_handler_DROP_604"
.LASF503:
	.string	"dl_checked_PUSH_6"
.LASF79:
	.string	"OP_SUB"
.LASF595:
	.string	"dl_checked_XOR_98"
.LASF96:
	.string	"OP_JMP"
.LASF151:
	.string	"stack"
.LASF800:
	.string	"dl_handler_JMP_303"
.LASF395:
	.string	"L00_AND"
.LASF1157:
	.string	"dl_handler_NE_660"
.LASF818:
	.string	"dl_handler_CALL_321"
.LASF144:
	.string	"ST_ADDRESS"
.LASF36:
	.string	"_IO_write_ptr"
.LASF1222:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fno-tree-slp-vectorize -fasynchronous-unwind-tables"
.LASF328:
	.string	"L11_NOP"
.LASF707:
	.string	"dl_dispatch_210"
.LASF28:
	.string	"jmp_buf"
.LASF159:
	.string	"unavailable"
.LASF166:
	.string	"PUSHES_NOP"
.LASF193:
	.string	"PUSHES_MUL"
.LASF205:
	.string	"PUSHES_NOT"
.LASF1218:
	.string	"dl_dispatch_721"
.LASF98:
	.string	"OP_JNZ"
.LASF1177:
	.string	"dl_dispatch_680"
.LASF674:
	.string	"dl_dispatch_177"
.LASF1174:
	.string	"dl_count_677"
.LASF156:
	.string	"exit"
.LASF164:
	.string	"describe"
.LASF133:
	.string	"line"
.LASF1180:
	.string	"dl_count_683"
.LASF773:
	.string	"dl_handler_XOR_276"
.LASF1186:
	.string	"dl_count_689"
.LASF120:
	.string	"size"
.LASF60:
	.string	"FILE"
.LASF564:
	.string	"dl_checked_MOD_67"
.LASF139:
	.string	"ST_DIV_ZERO"
.LASF142:
	.string	"ST_RET_EMPTY"
.LASF334:
	.string	"C_PUSH"
.LASF1119:
	.string	"dl_handler_SUB_622"
.LASF1192:
	.string	"dl_count_695"
.LASF1189:
	.string	"dl_dispatch_692"
.LASF173:
	.string	"FLOW_OF_DROP"
.LASF150:
	.string	"error"
.LASF9:
	.string	"size_t"
.LASF1195:
	.string	"dl_dispatch_698"
.LASF313:
	.string	"thread_new"
.LASF65:
	.string	"uint8_t"
.LASF389:
	.string	"C_NEG"
.LASF412:
	.string	"L10_SHL"
.LASF348:
	.string	"L11_SWAP"
.LASF417:
	.string	"L10_SHR"
.LASF300:
	.string	"NSLOTS_HALT"
.LASF533:
	.string	"dl_checked_ROT_36"
.LASF40:
	.string	"_IO_save_base"
.LASF731:
	.string	"dl_dispatch_234"
.LASF1154:
	.string	"dl_handler_EQ_657"
.LASF456:
	.string	"L01_JZ"
.LASF439:
	.string	"C_LE"
.LASF347:
	.string	"L10_SWAP"
.LASF270:
	.string	"NSLOTS_DUP"
.LASF1078:
	.string	"dl_handler_LOAD_581"
.LASF357:
	.string	"L10_ROT"
.LASF853:
	.string	"dl_handler_DROP_356"
.LASF286:
	.string	"NSLOTS_EQ"
.LASF304:
	.string	"first"
.LASF843:
	.string	"dl_handler_HALT_346"
.LASF130:
	.string	"file"
.LASF216:
	.string	"POPS_SHL"
.LASF219:
	.string	"POPS_SHR"
.LASF131:
	.string	"code"
.LASF738:
	.string	"dl_handler_OVER_241"
.LASF54:
	.string	"_wide_data"
.LASF1125:
	.string	"dl_handler_DIV_628"
.LASF794:
	.string	"dl_handler_GT_297"
.LASF353:
	.string	"L11_OVER"
.LASF385:
	.string	"L00_NEG"
.LASF162:
	.string	"prepare_failure"
.LASF1163:
	.string	"dl_handler_LE_666"
.LASF743:
	.string	"dl_dispatch_246"
.LASF745:
	.string	"dl_dispatch_248"
.LASF1221:
	.string	"read_label"
.LASF676:
	.string	"dl_checked_CALL_179"
.LASF954:
	.string	"dl_handler_LOAD_457"
.LASF291:
	.string	"NSLOTS_GE"
.LASF188:
	.string	"FLOW_OF_ADD"
.LASF352:
	.string	"L10_OVER"
.LASF183:
	.string	"POPS_ROT"
.LASF1159:
	.string	"dl_dispatch_662"
.LASF290:
	.string	"NSLOTS_GT"
.LASF261:
	.string	"POPS_PRINT"
.LASF384:
	.string	"C_MOD"
.LASF422:
	.string	"L10_EQ"
.LASF625:
	.string	"dl_checked_LT_128"
.LASF14:
	.string	"__int64_t"
.LASF15:
	.string	"__uint64_t"
.LASF812:
	.string	"dl_handler_JNZ_315"
.LASF942:
	.string	"dl_handler_CALL_445"
.LASF577:
	.string	"dl_checked_NOT_80"
.LASF112:
	.string	"FLOW_NEXT"
.LASF191:
	.string	"FLOW_OF_SUB"
.LASF85:
	.string	"OP_AND"
.LASF242:
	.string	"FLOW_OF_JMP"
.LASF343:
	.string	"L11_DUP"
.LASF748:
	.string	"dl_dispatch_251"
.LASF175:
	.string	"PUSHES_DUP"
.LASF361:
	.string	"L01_ADD"
.LASF1224:
	.string	"slot"
.LASF447:
	.string	"L10_GE"
.LASF223:
	.string	"PUSHES_EQ"
.LASF442:
	.string	"L10_GT"
.LASF379:
	.string	"C_DIV"
.LASF486:
	.string	"L01_PRINT"
.LASF785:
	.string	"dl_handler_NE_288"
.LASF945:
	.string	"dl_trap_448"
.LASF24:
	.string	"__val"
.LASF366:
	.string	"L01_SUB"
.LASF451:
	.string	"L01_JMP"
.LASF1211:
	.string	"dl_dispatch_714"
.LASF99:
	.string	"OP_CALL"
.LASF297:
	.string	"NSLOTS_LOAD"
.LASF798:
	.string	"dl_dispatch_301"
.LASF293:
	.string	"NSLOTS_JZ"
.LASF799:
	.string	"dl_dispatch_302"
.LASF998:
	.string	"dl_handler_MUL_501"
.LASF380:
	.string	"L00_MOD"
.LASF296:
	.string	"NSLOTS_RET"
.LASF249:
	.string	"POPS_CALL"
.LASF918:
	.string	"dl_handler_GT_421"
.LASF488:
	.string	"L11_PRINT"
.LASF103:
	.string	"OP_PRINT"
.LASF583:
	.string	"dl_checked_AND_86"
.LASF589:
	.string	"dl_checked_OR_92"
.LASF461:
	.string	"L01_JNZ"
.LASF466:
	.string	"L01_CALL"
.LASF238:
	.string	"PUSHES_GE"
.LASF235:
	.string	"PUSHES_GT"
.LASF170:
	.string	"FLOW_OF_PUSH"
.LASF723:
	.string	"dl_handler_NOP_226"
.LASF1145:
	.string	"dl_handler_XOR_648"
.LASF992:
	.string	"dl_handler_ADD_495"
.LASF147:
	.string	"result"
.LASF289:
	.string	"NSLOTS_LE"
.LASF600:
	.string	"dl_dispatch_103"
.LASF119:
	.string	"name"
.LASF465:
	.string	"L00_CALL"
.LASF606:
	.string	"dl_dispatch_109"
.LASF288:
	.string	"NSLOTS_LT"
.LASF770:
	.string	"dl_handler_OR_273"
.LASF222:
	.string	"POPS_EQ"
.LASF42:
	.string	"_IO_save_end"
.LASF813:
	.string	"dl_dispatch_316"
.LASF816:
	.string	"dl_dispatch_319"
.LASF779:
	.string	"dl_handler_SHR_282"
.LASF457:
	.string	"L10_JZ"
.LASF375:
	.string	"L00_DIV"
.LASF146:
	.string	"ST_OUTPUT"
.LASF612:
	.string	"dl_dispatch_115"
.LASF310:
	.string	"NFAMILIES"
.LASF329:
	.string	"C_NOP"
.LASF374:
	.string	"C_MUL"
.LASF394:
	.string	"C_NOT"
.LASF824:
	.string	"dl_handler_RET_327"
.LASF1091:
	.string	"dl_handler_HALT_594"
.LASF90:
	.string	"OP_EQ"
.LASF989:
	.string	"dl_handler_ROT_492"
.LASF287:
	.string	"NSLOTS_NE"
.LASF862:
	.string	"dl_handler_OVER_365"
.LASF237:
	.string	"POPS_GE"
.LASF473:
	.string	"L11_RET"
.LASF143:
	.string	"ST_ROVERFLOW"
.LASF253:
	.string	"PUSHES_RET"
.LASF234:
	.string	"POPS_GT"
.LASF6:
	.string	"short unsigned int"
.LASF479:
	.string	"C_LOAD"
.LASF967:
	.string	"dl_handler_HALT_470"
.LASF823:
	.string	"dl_dispatch_326"
.LASF8:
	.string	"signed char"
.LASF432:
	.string	"L10_LT"
.LASF781:
	.string	"dl_dispatch_284"
.LASF909:
	.string	"dl_handler_NE_412"
.LASF405:
	.string	"L00_XOR"
.LASF244:
	.string	"PUSHES_JZ"
.LASF784:
	.string	"dl_dispatch_287"
.LASF786:
	.string	"dl_dispatch_289"
.LASF115:
	.string	"FLOW_CALL"
.LASF83:
	.string	"OP_NEG"
.LASF630:
	.string	"dl_dispatch_133"
.LASF299:
	.string	"NSLOTS_PRINT"
.LASF137:
	.string	"status"
.LASF282:
	.string	"NSLOTS_OR"
.LASF868:
	.string	"dl_handler_ADD_371"
.LASF132:
	.string	"count"
.LASF631:
	.string	"dl_checked_LE_134"
.LASF362:
	.string	"L10_ADD"
.LASF1206:
	.string	"dl_handler_STORE_709"
.LASF821:
	.string	"dl_trap_324"
.LASF95:
	.string	"OP_GE"
.LASF259:
	.string	"PUSHES_STORE"
.LASF936:
	.string	"dl_handler_JNZ_439"
.LASF17:
	.string	"__off64_t"
.LASF94:
	.string	"OP_GT"
.LASF642:
	.string	"dl_dispatch_145"
.LASF34:
	.string	"_IO_read_base"
.LASF1066:
	.string	"dl_handler_CALL_569"
.LASF69:
	.string	"cell"
.LASF52:
	.string	"_offset"
.LASF427:
	.string	"L10_NE"
.LASF232:
	.string	"PUSHES_LE"
.LASF828:
	.string	"dl_dispatch_331"
.LASF1048:
	.string	"dl_handler_JMP_551"
.LASF540:
	.string	"dl_trap_43"
.LASF761:
	.string	"dl_handler_NEG_264"
.LASF903:
	.string	"dl_handler_SHR_406"
.LASF833:
	.string	"dl_dispatch_336"
.LASF39:
	.string	"_IO_buf_end"
.LASF229:
	.string	"PUSHES_LT"
.LASF325:
	.string	"L00_NOP"
.LASF370:
	.string	"L00_MUL"
.LASF390:
	.string	"L00_NOT"
.LASF367:
	.string	"L10_SUB"
.LASF452:
	.string	"L10_JMP"
.LASF1018:
	.string	"dl_handler_OR_521"
.LASF398:
	.string	"L11_AND"
.LASF648:
	.string	"dl_dispatch_151"
.LASF209:
	.string	"FLOW_OF_AND"
.LASF656:
	.string	"dl_dispatch_159"
.LASF757:
	.string	"dl_handler_MOD_260"
.LASF266:
	.string	"FLOW_OF_HALT"
.LASF58:
	.string	"_mode"
.LASF243:
	.string	"POPS_JZ"
.LASF402:
	.string	"L10_OR"
.LASF35:
	.string	"_IO_write_base"
.LASF186:
	.string	"POPS_ADD"
.LASF421:
	.string	"L01_EQ"
.LASF462:
	.string	"L10_JNZ"
.LASF726:
	.string	"dl_handler_PUSH_229"
.LASF916:
	.string	"dl_dispatch_419"
.LASF700:
	.string	"dl_dispatch_203"
.LASF657:
	.string	"dl_dispatch_160"
.LASF665:
	.string	"dl_dispatch_168"
.LASF666:
	.string	"dl_dispatch_169"
.LASF226:
	.string	"PUSHES_NE"
.LASF1001:
	.string	"dl_handler_DIV_504"
.LASF128:
	.string	"span"
.LASF172:
	.string	"PUSHES_DROP"
.LASF409:
	.string	"C_XOR"
.LASF396:
	.string	"L01_AND"
.LASF509:
	.string	"dl_checked_DROP_12"
.LASF189:
	.string	"POPS_SUB"
.LASF3:
	.string	"long int"
.LASF240:
	.string	"POPS_JMP"
.LASF1042:
	.string	"dl_handler_GT_545"
.LASF97:
	.string	"OP_JZ"
.LASF715:
	.string	"dl_dispatch_218"
.LASF776:
	.string	"dl_handler_SHL_279"
.LASF82:
	.string	"OP_MOD"
.LASF231:
	.string	"POPS_LE"
.LASF675:
	.string	"dl_dispatch_178"
.LASF322:
	.string	"family"
.LASF263:
	.string	"FLOW_OF_PRINT"
.LASF109:
	.string	"OPND_INT"
.LASF284:
	.string	"NSLOTS_SHL"
.LASF228:
	.string	"POPS_LT"
.LASF61:
	.string	"_IO_marker"
.LASF285:
	.string	"NSLOTS_SHR"
.LASF597:
	.string	"dl_trap_100"
.LASF598:
	.string	"dl_trap_101"
.LASF599:
	.string	"dl_trap_102"
.LASF211:
	.string	"PUSHES_OR"
.LASF154:
	.string	"limit"
.LASF604:
	.string	"dl_trap_107"
.LASF605:
	.string	"dl_trap_108"
.LASF271:
	.string	"NSLOTS_SWAP"
.LASF446:
	.string	"L01_GE"
.LASF1202:
	.string	"dl_handler_LOAD_705"
.LASF441:
	.string	"L01_GT"
.LASF806:
	.string	"dl_handler_JZ_309"
.LASF722:
	.string	"dl_dispatch_225"
.LASF741:
	.string	"dl_handler_ROT_244"
.LASF724:
	.string	"dl_dispatch_227"
.LASF725:
	.string	"dl_dispatch_228"
.LASF246:
	.string	"POPS_JNZ"
.LASF683:
	.string	"dl_dispatch_186"
.LASF684:
	.string	"dl_dispatch_187"
.LASF124:
	.string	"label"
.LASF894:
	.string	"dl_handler_OR_397"
.LASF527:
	.string	"dl_checked_OVER_30"
.LASF608:
	.string	"dl_trap_111"
.LASF609:
	.string	"dl_trap_112"
.LASF610:
	.string	"dl_trap_113"
.LASF273:
	.string	"NSLOTS_ROT"
.LASF854:
	.string	"dl_dispatch_357"
.LASF614:
	.string	"dl_trap_117"
.LASF1220:
	.string	"mark_joins"
.LASF616:
	.string	"dl_trap_119"
.LASF93:
	.string	"OP_LE"
.LASF66:
	.string	"uint32_t"
.LASF62:
	.string	"_IO_codecvt"
.LASF1172:
	.string	"dl_handler_JMP_675"
.LASF92:
	.string	"OP_LT"
.LASF727:
	.string	"dl_dispatch_230"
.LASF728:
	.string	"dl_dispatch_231"
.LASF730:
	.string	"dl_dispatch_233"
.LASF73:
	.string	"OP_DROP"
.LASF733:
	.string	"dl_dispatch_236"
.LASF734:
	.string	"dl_dispatch_237"
.LASF736:
	.string	"dl_dispatch_239"
.LASF692:
	.string	"dl_dispatch_195"
.LASF693:
	.string	"dl_dispatch_196"
.LASF225:
	.string	"POPS_NE"
.LASF68:
	.string	"uintptr_t"
.LASF81:
	.string	"OP_DIV"
.LASF64:
	.string	"long double"
.LASF171:
	.string	"POPS_DROP"
.LASF617:
	.string	"dl_trap_120"
.LASF620:
	.string	"dl_trap_123"
.LASF344:
	.string	"C_DUP"
.LASF622:
	.string	"dl_trap_125"
.LASF623:
	.string	"dl_trap_126"
.LASF571:
	.string	"dl_checked_NEG_74"
.LASF1113:
	.string	"dl_handler_ROT_616"
.LASF2:
	.string	"long unsigned int"
.LASF737:
	.string	"dl_dispatch_240"
.LASF739:
	.string	"dl_dispatch_242"
.LASF740:
	.string	"dl_dispatch_243"
.LASF742:
	.string	"dl_dispatch_245"
.LASF272:
	.string	"NSLOTS_OVER"
.LASF336:
	.string	"L01_DROP"
.LASF746:
	.string	"dl_dispatch_249"
.LASF898:
	.string	"dl_dispatch_401"
.LASF901:
	.string	"dl_dispatch_404"
.LASF210:
	.string	"POPS_OR"
.LASF904:
	.string	"dl_dispatch_407"
.LASF627:
	.string	"dl_trap_130"
.LASF628:
	.string	"dl_trap_131"
.LASF629:
	.string	"dl_trap_132"
.LASF632:
	.string	"dl_trap_135"
.LASF633:
	.string	"dl_trap_136"
.LASF634:
	.string	"dl_trap_137"
.LASF635:
	.string	"dl_trap_138"
.LASF948:
	.string	"dl_handler_RET_451"
.LASF1139:
	.string	"dl_handler_AND_642"
.LASF91:
	.string	"OP_NE"
.LASF521:
	.string	"dl_checked_SWAP_24"
.LASF335:
	.string	"L00_DROP"
.LASF305:
	.string	"nslots"
.LASF749:
	.string	"dl_dispatch_252"
.LASF751:
	.string	"dl_dispatch_254"
.LASF752:
	.string	"dl_dispatch_255"
.LASF18:
	.string	"char"
.LASF754:
	.string	"dl_dispatch_257"
.LASF756:
	.string	"dl_dispatch_259"
.LASF217:
	.string	"PUSHES_SHL"
.LASF220:
	.string	"PUSHES_SHR"
.LASF87:
	.string	"OP_XOR"
.LASF735:
	.string	"dl_handler_SWAP_238"
.LASF649:
	.string	"dl_checked_JMP_152"
.LASF257:
	.string	"FLOW_OF_LOAD"
.LASF639:
	.string	"dl_trap_142"
.LASF640:
	.string	"dl_trap_143"
.LASF641:
	.string	"dl_trap_144"
.LASF324:
	.string	"table"
.LASF645:
	.string	"dl_trap_148"
.LASF646:
	.string	"dl_trap_149"
.LASF105:
	.string	"OP__COUNT"
.LASF637:
	.string	"dl_checked_GT_140"
.LASF38:
	.string	"_IO_buf_base"
.LASF349:
	.string	"C_SWAP"
.LASF900:
	.string	"dl_handler_SHL_403"
.LASF1030:
	.string	"dl_handler_EQ_533"
.LASF203:
	.string	"FLOW_OF_NEG"
.LASF86:
	.string	"OP_OR"
.LASF801:
	.string	"dl_dispatch_304"
.LASF758:
	.string	"dl_dispatch_261"
.LASF805:
	.string	"dl_dispatch_308"
.LASF760:
	.string	"dl_dispatch_263"
.LASF762:
	.string	"dl_dispatch_265"
.LASF763:
	.string	"dl_dispatch_266"
.LASF765:
	.string	"dl_dispatch_268"
.LASF766:
	.string	"dl_dispatch_269"
.LASF358:
	.string	"L11_ROT"
.LASF468:
	.string	"L11_CALL"
.LASF184:
	.string	"PUSHES_ROT"
.LASF913:
	.string	"dl_dispatch_416"
.LASF33:
	.string	"_IO_read_end"
.LASF869:
	.string	"dl_dispatch_372"
.LASF885:
	.string	"dl_handler_NEG_388"
.LASF647:
	.string	"dl_trap_150"
.LASF650:
	.string	"dl_trap_153"
.LASF651:
	.string	"dl_trap_154"
.LASF652:
	.string	"dl_trap_155"
.LASF653:
	.string	"dl_trap_156"
.LASF875:
	.string	"dl_dispatch_378"
.LASF340:
	.string	"L00_DUP"
.LASF1060:
	.string	"dl_handler_JNZ_563"
.LASF149:
	.string	"hash"
.LASF30:
	.string	"_IO_FILE"
.LASF807:
	.string	"dl_dispatch_310"
.LASF431:
	.string	"L01_LT"
.LASF810:
	.string	"dl_dispatch_313"
.LASF811:
	.string	"dl_dispatch_314"
.LASF134:
	.string	"labels"
.LASF768:
	.string	"dl_dispatch_271"
.LASF769:
	.string	"dl_dispatch_272"
.LASF63:
	.string	"_IO_wide_data"
.LASF771:
	.string	"dl_dispatch_274"
.LASF772:
	.string	"dl_dispatch_275"
.LASF774:
	.string	"dl_dispatch_277"
.LASF775:
	.string	"dl_dispatch_278"
.LASF467:
	.string	"L10_CALL"
.LASF71:
	.string	"OP_NOP"
.LASF80:
	.string	"OP_MUL"
.LASF84:
	.string	"OP_NOT"
.LASF1027:
	.string	"dl_handler_SHR_530"
.LASF697:
	.string	"dl_trap_200"
.LASF698:
	.string	"dl_trap_201"
.LASF699:
	.string	"dl_trap_202"
.LASF702:
	.string	"dl_trap_205"
.LASF703:
	.string	"dl_trap_206"
.LASF704:
	.string	"dl_trap_207"
.LASF397:
	.string	"L10_AND"
.LASF660:
	.string	"dl_trap_163"
.LASF661:
	.string	"dl_trap_164"
.LASF662:
	.string	"dl_trap_165"
.LASF664:
	.string	"dl_trap_167"
.LASF386:
	.string	"L01_NEG"
.LASF817:
	.string	"dl_dispatch_320"
.LASF819:
	.string	"dl_dispatch_322"
.LASF822:
	.string	"dl_dispatch_325"
.LASF777:
	.string	"dl_dispatch_280"
.LASF778:
	.string	"dl_dispatch_281"
.LASF825:
	.string	"dl_dispatch_328"
.LASF780:
	.string	"dl_dispatch_283"
.LASF498:
	.string	"dl_trap_1"
.LASF499:
	.string	"dl_trap_2"
.LASF500:
	.string	"dl_trap_3"
.LASF501:
	.string	"dl_trap_4"
.LASF122:
	.string	"pushes"
.LASF732:
	.string	"dl_handler_DUP_235"
.LASF504:
	.string	"dl_trap_7"
.LASF505:
	.string	"dl_trap_8"
.LASF506:
	.string	"dl_trap_9"
.LASF919:
	.string	"dl_dispatch_422"
.LASF354:
	.string	"C_OVER"
.LASF1215:
	.string	"dl_handler_HALT_718"
.LASF709:
	.string	"dl_trap_212"
.LASF710:
	.string	"dl_trap_213"
.LASF711:
	.string	"dl_trap_214"
.LASF712:
	.string	"dl_trap_215"
.LASF713:
	.string	"dl_trap_216"
.LASF668:
	.string	"dl_trap_171"
.LASF669:
	.string	"dl_trap_172"
.LASF670:
	.string	"dl_trap_173"
.LASF671:
	.string	"dl_trap_174"
.LASF673:
	.string	"dl_trap_176"
.LASF426:
	.string	"L01_NE"
.LASF850:
	.string	"dl_handler_PUSH_353"
.LASF57:
	.string	"__pad5"
.LASF829:
	.string	"dl_dispatch_332"
.LASF831:
	.string	"dl_dispatch_334"
.LASF515:
	.string	"dl_checked_DUP_18"
.LASF111:
	.string	"flow"
.LASF789:
	.string	"dl_dispatch_292"
.LASF790:
	.string	"dl_dispatch_293"
.LASF792:
	.string	"dl_dispatch_295"
.LASF793:
	.string	"dl_dispatch_296"
.LASF795:
	.string	"dl_dispatch_298"
.LASF796:
	.string	"dl_dispatch_299"
.LASF1116:
	.string	"dl_handler_ADD_619"
.LASF169:
	.string	"PUSHES_PUSH"
.LASF474:
	.string	"C_RET"
.LASF602:
	.string	"dl_trap_105"
.LASF717:
	.string	"dl_trap_220"
.LASF603:
	.string	"dl_trap_106"
.LASF719:
	.string	"dl_trap_222"
.LASF720:
	.string	"dl_trap_223"
.LASF721:
	.string	"dl_trap_224"
.LASF677:
	.string	"dl_trap_180"
.LASF678:
	.string	"dl_trap_181"
.LASF679:
	.string	"dl_trap_182"
.LASF680:
	.string	"dl_trap_183"
.LASF682:
	.string	"dl_trap_185"
.LASF43:
	.string	"_markers"
.LASF1069:
	.string	"dl_trap_572"
.LASF686:
	.string	"dl_trap_189"
.LASF20:
	.string	"int64_t"
.LASF207:
	.string	"POPS_AND"
.LASF127:
	.string	"need"
.LASF1075:
	.string	"dl_trap_578"
.LASF401:
	.string	"L01_OR"
.LASF837:
	.string	"dl_dispatch_340"
.LASF839:
	.string	"dl_dispatch_342"
.LASF200:
	.string	"FLOW_OF_MOD"
.LASF842:
	.string	"dl_dispatch_345"
.LASF844:
	.string	"dl_dispatch_347"
.LASF846:
	.string	"dl_dispatch_349"
.LASF224:
	.string	"FLOW_OF_EQ"
.LASF53:
	.string	"_codecvt"
.LASF492:
	.string	"L10_HALT"
.LASF929:
	.string	"dl_dispatch_432"
.LASF618:
	.string	"dl_dispatch_121"
.LASF161:
	.string	"release"
.LASF935:
	.string	"dl_dispatch_438"
.LASF971:
	.string	"dl_handler_NOP_474"
.LASF687:
	.string	"dl_trap_190"
.LASF688:
	.string	"dl_trap_191"
.LASF689:
	.string	"dl_trap_192"
.LASF248:
	.string	"FLOW_OF_JNZ"
.LASF691:
	.string	"dl_trap_194"
.LASF695:
	.string	"dl_trap_198"
.LASF696:
	.string	"dl_trap_199"
.LASF930:
	.string	"dl_handler_JZ_433"
.LASF848:
	.string	"dl_dispatch_351"
.LASF849:
	.string	"dl_dispatch_352"
.LASF851:
	.string	"dl_dispatch_354"
.LASF852:
	.string	"dl_dispatch_355"
.LASF364:
	.string	"C_ADD"
.LASF855:
	.string	"dl_dispatch_358"
.LASF1005:
	.string	"dl_handler_MOD_508"
.LASF1009:
	.string	"dl_handler_NEG_512"
.LASF516:
	.string	"dl_trap_19"
.LASF153:
	.string	"max_steps"
.LASF611:
	.string	"dl_trap_114"
.LASF615:
	.string	"dl_trap_118"
.LASF871:
	.string	"dl_handler_SUB_374"
.LASF921:
	.string	"dl_handler_GE_424"
.LASF116:
	.string	"FLOW_RET"
.LASF788:
	.string	"dl_handler_LT_291"
.LASF12:
	.string	"__int32_t"
.LASF72:
	.string	"OP_PUSH"
.LASF13:
	.string	"__uint32_t"
.LASF489:
	.string	"C_PRINT"
.LASF108:
	.string	"OPND_NONE"
.LASF899:
	.string	"dl_dispatch_402"
.LASF239:
	.string	"FLOW_OF_GE"
.LASF902:
	.string	"dl_dispatch_405"
.LASF857:
	.string	"dl_dispatch_360"
.LASF858:
	.string	"dl_dispatch_361"
.LASF905:
	.string	"dl_dispatch_408"
.LASF860:
	.string	"dl_dispatch_363"
.LASF861:
	.string	"dl_dispatch_364"
.LASF863:
	.string	"dl_dispatch_366"
.LASF864:
	.string	"dl_dispatch_367"
.LASF168:
	.string	"POPS_PUSH"
.LASF866:
	.string	"dl_dispatch_369"
.LASF480:
	.string	"L00_STORE"
.LASF236:
	.string	"FLOW_OF_GT"
.LASF197:
	.string	"FLOW_OF_DIV"
.LASF937:
	.string	"dl_dispatch_440"
.LASF470:
	.string	"L00_RET"
.LASF607:
	.string	"dl_checked_SHR_110"
.LASF654:
	.string	"dl_count_157"
.LASF755:
	.string	"dl_trap_258"
.LASF445:
	.string	"L00_GE"
.LASF1072:
	.string	"dl_handler_RET_575"
.LASF331:
	.string	"L01_PUSH"
.LASF907:
	.string	"dl_dispatch_410"
.LASF908:
	.string	"dl_dispatch_411"
.LASF910:
	.string	"dl_dispatch_413"
.LASF911:
	.string	"dl_dispatch_414"
.LASF867:
	.string	"dl_dispatch_370"
.LASF914:
	.string	"dl_dispatch_417"
.LASF484:
	.string	"C_STORE"
.LASF870:
	.string	"dl_dispatch_373"
.LASF872:
	.string	"dl_dispatch_375"
.LASF873:
	.string	"dl_dispatch_376"
.LASF274:
	.string	"NSLOTS_ADD"
.LASF876:
	.string	"dl_dispatch_379"
.LASF959:
	.string	"dl_dispatch_462"
.LASF764:
	.string	"dl_handler_NOT_267"
.LASF621:
	.string	"dl_trap_124"
.LASF663:
	.string	"dl_count_166"
.LASF482:
	.string	"L10_STORE"
.LASF1015:
	.string	"dl_handler_AND_518"
.LASF834:
	.string	"dl_handler_STORE_337"
.LASF626:
	.string	"dl_trap_129"
.LASF330:
	.string	"L00_PUSH"
.LASF838:
	.string	"dl_handler_PRINT_341"
.LASF636:
	.string	"dl_dispatch_139"
.LASF917:
	.string	"dl_dispatch_420"
.LASF1024:
	.string	"dl_handler_SHL_527"
.LASF376:
	.string	"L01_DIV"
.LASF920:
	.string	"dl_dispatch_423"
.LASF922:
	.string	"dl_dispatch_425"
.LASF923:
	.string	"dl_dispatch_426"
.LASF878:
	.string	"dl_dispatch_381"
.LASF925:
	.string	"dl_dispatch_428"
.LASF880:
	.string	"dl_dispatch_383"
.LASF882:
	.string	"dl_dispatch_385"
.LASF884:
	.string	"dl_dispatch_387"
.LASF886:
	.string	"dl_dispatch_389"
.LASF215:
	.string	"FLOW_OF_XOR"
.LASF275:
	.string	"NSLOTS_SUB"
.LASF859:
	.string	"dl_handler_SWAP_362"
.LASF292:
	.string	"NSLOTS_JMP"
.LASF387:
	.string	"L10_NEG"
.LASF809:
	.string	"dl_trap_312"
.LASF672:
	.string	"dl_count_175"
.LASF56:
	.string	"_freeres_buf"
.LASF815:
	.string	"dl_trap_318"
.LASF315:
	.string	"vm_stop"
.LASF938:
	.string	"dl_count_441"
.LASF381:
	.string	"L01_MOD"
.LASF1184:
	.string	"dl_handler_JNZ_687"
.LASF250:
	.string	"PUSHES_CALL"
.LASF323:
	.string	"engine"
.LASF1004:
	.string	"dl_dispatch_507"
.LASF944:
	.string	"dl_count_447"
.LASF928:
	.string	"dl_dispatch_431"
.LASF22:
	.string	"long long unsigned int"
.LASF179:
	.string	"FLOW_OF_SWAP"
.LASF931:
	.string	"dl_dispatch_434"
.LASF125:
	.string	"offset"
.LASF887:
	.string	"dl_dispatch_390"
.LASF934:
	.string	"dl_dispatch_437"
.LASF889:
	.string	"dl_dispatch_392"
.LASF890:
	.string	"dl_dispatch_393"
.LASF48:
	.string	"_cur_column"
.LASF892:
	.string	"dl_dispatch_395"
.LASF893:
	.string	"dl_dispatch_396"
.LASF163:
	.string	"slow_prepare"
.LASF895:
	.string	"dl_dispatch_398"
.LASF896:
	.string	"dl_dispatch_399"
.LASF265:
	.string	"PUSHES_HALT"
.LASF245:
	.string	"FLOW_OF_JZ"
.LASF74:
	.string	"OP_DUP"
.LASF1151:
	.string	"dl_handler_SHR_654"
.LASF681:
	.string	"dl_count_184"
.LASF294:
	.string	"NSLOTS_JNZ"
.LASF495:
	.string	"budget"
.LASF406:
	.string	"L01_XOR"
.LASF940:
	.string	"dl_dispatch_443"
.LASF941:
	.string	"dl_dispatch_444"
.LASF943:
	.string	"dl_dispatch_446"
.LASF946:
	.string	"dl_dispatch_449"
.LASF167:
	.string	"FLOW_OF_NOP"
.LASF194:
	.string	"FLOW_OF_MUL"
.LASF856:
	.string	"dl_handler_DUP_359"
.LASF206:
	.string	"FLOW_OF_NOT"
.LASF1000:
	.string	"dl_dispatch_503"
.LASF1002:
	.string	"dl_dispatch_505"
.LASF320:
	.string	"join"
.LASF750:
	.string	"dl_handler_MUL_253"
.LASF827:
	.string	"dl_trap_330"
.LASF690:
	.string	"dl_count_193"
.LASF832:
	.string	"dl_trap_335"
.LASF41:
	.string	"_IO_backup_base"
.LASF836:
	.string	"dl_trap_339"
.LASF966:
	.string	"dl_dispatch_469"
.LASF201:
	.string	"POPS_NEG"
.LASF32:
	.string	"_IO_read_ptr"
.LASF363:
	.string	"L11_ADD"
.LASF974:
	.string	"dl_handler_PUSH_477"
.LASF332:
	.string	"L10_PUSH"
.LASF947:
	.string	"dl_dispatch_450"
.LASF187:
	.string	"PUSHES_ADD"
.LASF949:
	.string	"dl_dispatch_452"
.LASF121:
	.string	"pops"
.LASF233:
	.string	"FLOW_OF_LE"
.LASF952:
	.string	"dl_dispatch_455"
.LASF953:
	.string	"dl_dispatch_456"
.LASF955:
	.string	"dl_dispatch_458"
.LASF113:
	.string	"FLOW_JUMP"
.LASF230:
	.string	"FLOW_OF_LT"
.LASF55:
	.string	"_freeres_list"
.LASF338:
	.string	"L11_DROP"
.LASF1014:
	.string	"dl_dispatch_517"
.LASF638:
	.string	"dl_trap_141"
.LASF182:
	.string	"FLOW_OF_OVER"
.LASF413:
	.string	"L11_SHL"
.LASF841:
	.string	"dl_trap_344"
.LASF845:
	.string	"dl_trap_348"
.LASF644:
	.string	"dl_trap_147"
.LASF104:
	.string	"OP_HALT"
.LASF418:
	.string	"L11_SHR"
.LASF997:
	.string	"dl_dispatch_500"
.LASF999:
	.string	"dl_dispatch_502"
.LASF326:
	.string	"L01_NOP"
.LASF371:
	.string	"L01_MUL"
.LASF957:
	.string	"dl_dispatch_460"
.LASF264:
	.string	"POPS_HALT"
.LASF368:
	.string	"L11_SUB"
.LASF1006:
	.string	"dl_dispatch_509"
.LASF961:
	.string	"dl_dispatch_464"
.LASF963:
	.string	"dl_dispatch_466"
.LASF453:
	.string	"L11_JMP"
.LASF190:
	.string	"PUSHES_SUB"
.LASF47:
	.string	"_old_offset"
.LASF414:
	.string	"C_SHL"
.LASF241:
	.string	"PUSHES_JMP"
.LASF419:
	.string	"C_SHR"
.LASF1011:
	.string	"dl_dispatch_514"
.LASF1013:
	.string	"dl_dispatch_516"
.LASF496:
	.string	"dl_checked_NOP_0"
.LASF1016:
	.string	"dl_dispatch_519"
.LASF382:
	.string	"L10_MOD"
.LASF1095:
	.string	"dl_handler_NOP_598"
.LASF976:
	.string	"dl_dispatch_479"
.LASF491:
	.string	"L01_HALT"
.LASF1008:
	.string	"dl_dispatch_511"
.LASF1010:
	.string	"dl_dispatch_513"
.LASF4:
	.string	"long long int"
.LASF601:
	.string	"dl_checked_SHL_104"
.LASF968:
	.string	"dl_dispatch_471"
.LASF970:
	.string	"dl_dispatch_473"
.LASF227:
	.string	"FLOW_OF_NE"
.LASF972:
	.string	"dl_dispatch_475"
.LASF973:
	.string	"dl_dispatch_476"
.LASF975:
	.string	"dl_dispatch_478"
.LASF46:
	.string	"_flags2"
.LASF1142:
	.string	"dl_handler_OR_645"
.LASF423:
	.string	"L11_EQ"
.LASF463:
	.string	"L11_JNZ"
.LASF424:
	.string	"C_EQ"
.LASF1133:
	.string	"dl_handler_NEG_636"
.LASF802:
	.string	"dl_count_305"
.LASF247:
	.string	"PUSHES_JNZ"
.LASF359:
	.string	"C_ROT"
.LASF912:
	.string	"dl_handler_LT_415"
.LASF490:
	.string	"L00_HALT"
.LASF1204:
	.string	"dl_trap_707"
.LASF655:
	.string	"dl_trap_158"
.LASF1045:
	.string	"dl_handler_GE_548"
.LASF1017:
	.string	"dl_dispatch_520"
.LASF708:
	.string	"dl_checked_PRINT_211"
.LASF1020:
	.string	"dl_dispatch_523"
.LASF1022:
	.string	"dl_dispatch_525"
.LASF1023:
	.string	"dl_dispatch_526"
.LASF978:
	.string	"dl_dispatch_481"
.LASF979:
	.string	"dl_dispatch_482"
.LASF1026:
	.string	"dl_dispatch_529"
.LASF981:
	.string	"dl_dispatch_484"
.LASF982:
	.string	"dl_dispatch_485"
.LASF984:
	.string	"dl_dispatch_487"
.LASF985:
	.string	"dl_dispatch_488"
.LASF1129:
	.string	"dl_handler_MOD_632"
.LASF212:
	.string	"FLOW_OF_OR"
.LASF808:
	.string	"dl_count_311"
.LASF814:
	.string	"dl_count_317"
.LASF1025:
	.string	"dl_dispatch_528"
.LASF114:
	.string	"FLOW_COND"
.LASF377:
	.string	"L10_DIV"
.LASF198:
	.string	"POPS_MOD"
.LASF1019:
	.string	"dl_dispatch_522"
.LASF1196:
	.string	"dl_handler_RET_699"
.LASF685:
	.string	"dl_checked_RET_188"
.LASF881:
	.string	"dl_handler_MOD_384"
.LASF1028:
	.string	"dl_dispatch_531"
.LASF1029:
	.string	"dl_dispatch_532"
.LASF1031:
	.string	"dl_dispatch_534"
.LASF1032:
	.string	"dl_dispatch_535"
.LASF987:
	.string	"dl_dispatch_490"
.LASF448:
	.string	"L11_GE"
.LASF1035:
	.string	"dl_dispatch_538"
.LASF990:
	.string	"dl_dispatch_493"
.LASF991:
	.string	"dl_dispatch_494"
.LASF986:
	.string	"dl_handler_OVER_489"
.LASF993:
	.string	"dl_dispatch_496"
.LASF994:
	.string	"dl_dispatch_497"
.LASF449:
	.string	"C_GE"
.LASF100:
	.string	"OP_RET"
.LASF443:
	.string	"L11_GT"
.LASF560:
	.string	"dl_trap_63"
.LASF410:
	.string	"L00_SHL"
.LASF256:
	.string	"PUSHES_LOAD"
.LASF444:
	.string	"C_GT"
.LASF820:
	.string	"dl_count_323"
.LASF415:
	.string	"L00_SHR"
.LASF826:
	.string	"dl_count_329"
.LASF1208:
	.string	"dl_trap_711"
.LASF659:
	.string	"dl_trap_162"
.LASF705:
	.string	"dl_trap_208"
.LASF879:
	.string	"dl_trap_382"
.LASF706:
	.string	"dl_trap_209"
.LASF883:
	.string	"dl_trap_386"
.LASF744:
	.string	"dl_handler_ADD_247"
.LASF1098:
	.string	"dl_handler_PUSH_601"
.LASF962:
	.string	"dl_handler_PRINT_465"
.LASF118:
	.string	"opinfo"
.LASF1037:
	.string	"dl_dispatch_540"
.LASF1038:
	.string	"dl_dispatch_541"
.LASF1040:
	.string	"dl_dispatch_543"
.LASF1041:
	.string	"dl_dispatch_544"
.LASF1043:
	.string	"dl_dispatch_546"
.LASF1044:
	.string	"dl_dispatch_547"
.LASF729:
	.string	"dl_handler_DROP_232"
.LASF1046:
	.string	"dl_dispatch_549"
.LASF502:
	.string	"dl_dispatch_5"
.LASF888:
	.string	"dl_handler_NOT_391"
.LASF295:
	.string	"NSLOTS_CALL"
.LASF643:
	.string	"dl_checked_GE_146"
.LASF557:
	.string	"dl_checked_DIV_60"
.LASF927:
	.string	"dl_trap_430"
.LASF988:
	.string	"dl_dispatch_491"
.LASF658:
	.string	"dl_checked_JZ_161"
.LASF1034:
	.string	"dl_dispatch_537"
.LASF933:
	.string	"dl_trap_436"
.LASF355:
	.string	"L00_ROT"
.LASF1036:
	.string	"dl_handler_LT_539"
.LASF407:
	.string	"L10_XOR"
.LASF996:
	.string	"dl_dispatch_499"
.LASF7:
	.string	"unsigned int"
.LASF436:
	.string	"L01_LE"
.LASF195:
	.string	"POPS_DIV"
.LASF1047:
	.string	"dl_dispatch_550"
.LASF1049:
	.string	"dl_dispatch_552"
.LASF258:
	.string	"POPS_STORE"
.LASF1053:
	.string	"dl_dispatch_556"
.LASF1055:
	.string	"dl_dispatch_558"
.LASF897:
	.string	"dl_handler_XOR_400"
.LASF281:
	.string	"NSLOTS_AND"
.LASF430:
	.string	"L00_LT"
.LASF145:
	.string	"ST_STEPS"
.LASF393:
	.string	"L11_NOT"
.LASF939:
	.string	"dl_trap_442"
.LASF714:
	.string	"dl_trap_217"
.LASF11:
	.string	"short int"
.LASF1219:
	.string	"TOUCHES"
.LASF101:
	.string	"OP_LOAD"
.LASF23:
	.string	"__jmp_buf"
.LASF49:
	.string	"_vtable_offset"
.LASF1099:
	.string	"dl_dispatch_602"
.LASF1100:
	.string	"dl_dispatch_603"
.LASF126:
	.string	"frame"
.LASF1103:
	.string	"dl_dispatch_606"
.LASF1058:
	.string	"dl_dispatch_561"
.LASF1059:
	.string	"dl_dispatch_562"
.LASF1106:
	.string	"dl_dispatch_609"
.LASF1061:
	.string	"dl_dispatch_564"
.LASF317:
	.string	"thread_free"
.LASF1064:
	.string	"dl_dispatch_567"
.LASF1065:
	.string	"dl_dispatch_568"
.LASF255:
	.string	"POPS_LOAD"
.LASF619:
	.string	"dl_checked_NE_122"
.LASF176:
	.string	"FLOW_OF_DUP"
.LASF458:
	.string	"L11_JZ"
.LASF459:
	.string	"C_JZ"
.LASF874:
	.string	"dl_handler_MUL_377"
.LASF951:
	.string	"dl_trap_454"
.LASF767:
	.string	"dl_handler_AND_270"
.LASF956:
	.string	"dl_trap_459"
.LASF327:
	.string	"L10_NOP"
.LASF372:
	.string	"L10_MUL"
.LASF392:
	.string	"L10_NOT"
.LASF160:
	.string	"prepare"
.LASF716:
	.string	"dl_checked_HALT_219"
.LASF476:
	.string	"L01_LOAD"
.LASF437:
	.string	"L10_LE"
.LASF1109:
	.string	"dl_dispatch_612"
.LASF213:
	.string	"POPS_XOR"
.LASF1111:
	.string	"dl_dispatch_614"
.LASF1112:
	.string	"dl_dispatch_615"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/stackcache/stackcache.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

	.file	"inline.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fno-tree-slp-vectorize -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/inline/inline.c"
	.p2align 4
	.type	describe, @function
describe:
.LVL0:
.LFB26:
	.file 1 "dispatch/inline/inline.c"
	.loc 1 189 1 view -0
	.cfi_startproc
	.loc 1 190 5 view .LVU1
# dispatch/inline/inline.c:189: {
	.loc 1 189 1 is_stmt 0 view .LVU2
	movq	%rdi, %rax	# tmp93, prepared
.LVL1:
	.loc 1 191 5 is_stmt 1 view .LVU3
# dispatch/inline/inline.c:189: {
	.loc 1 189 1 is_stmt 0 view .LVU4
	movq	%rsi, %rdi	# tmp94, f
.LVL2:
# dispatch/inline/inline.c:191:     codegen_describe(f, n->code, n->size, n->piece, n->npieces);
	.loc 1 191 5 view .LVU5
	movq	32(%rax), %rcx	# MEM[(const struct inl *)prepared_6(D)].piece, MEM[(const struct inl *)prepared_6(D)].piece
	movq	24(%rax), %rdx	# MEM[(const struct inl *)prepared_6(D)].size, MEM[(const struct inl *)prepared_6(D)].size
	movq	8(%rax), %rsi	# MEM[(const struct inl *)prepared_6(D)].code, MEM[(const struct inl *)prepared_6(D)].code
.LVL3:
	.loc 1 191 5 view .LVU6
	movl	40(%rax), %r8d	# MEM[(const struct inl *)prepared_6(D)].npieces,
	jmp	codegen_describe	#
.LVL4:
	.loc 1 191 5 view .LVU7
	.cfi_endproc
.LFE26:
	.size	describe, .-describe
	.p2align 4
	.type	engine, @function
engine:
.LVL5:
.LFB24:
	.loc 1 78 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 79 5 view .LVU9
	.loc 1 84 5 view .LVU10
	.loc 1 89 5 view .LVU11
# dispatch/inline/inline.c:89:     if (out) {
	.loc 1 89 8 is_stmt 0 view .LVU12
	testq	%rdx, %rdx	# out
	je	.L4	#,
	.loc 1 90 9 is_stmt 1 view .LVU13
# dispatch/inline/inline.c:90:         out->begin = begin;
	.loc 1 90 20 is_stmt 0 view .LVU14
	movq	$begin.1, (%rdx)	#, out_534(D)->begin
	.loc 1 91 9 is_stmt 1 view .LVU15
# dispatch/inline/inline.c:91:         out->end = end;
	.loc 1 91 18 is_stmt 0 view .LVU16
	movq	$end.0, 8(%rdx)	#, out_534(D)->end
	.loc 1 92 9 is_stmt 1 view .LVU17
	ret	
.L4:
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 is_stmt 0 view .LVU18
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
# dispatch/inline/inline.c:98:     uintptr_t *rsp = vm->rstack;
	.loc 1 98 16 view .LVU19
	leaq	32776(%rdi), %r10	#, rsp
# dispatch/inline/inline.c:97:     cell *sp = vm->stack;
	.loc 1 97 11 view .LVU20
	movq	%rdi, %rdx	# vm, sp
.LVL6:
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 view .LVU21
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
# dispatch/inline/inline.c:107:     __asm__("" : "+r"(trap_at));
	.loc 1 107 5 view .LVU22
	movl	$.L6, %r14d	#, trap_at
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 view .LVU23
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rsi, %r13	# tmp824, t
	.loc 1 94 5 is_stmt 1 view .LVU24
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 is_stmt 0 view .LVU25
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
# dispatch/inline/inline.c:98:     uintptr_t *rsp = vm->rstack;
	.loc 1 98 16 view .LVU26
	movq	%r10, %r12	# rsp, rsp
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 view .LVU27
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
# dispatch/inline/inline.c:107:     __asm__("" : "+r"(trap_at));
	.loc 1 107 5 view .LVU28
# dispatch/inline/inline.c:78: {
	.loc 1 78 1 view .LVU29
	subq	$56, %rsp	#,
	.cfi_def_cfa_offset 112
# dispatch/inline/inline.c:94:     const union slot *const slots = t->slots;
	.loc 1 94 29 view .LVU30
	movq	(%rsi), %r8	# t_536(D)->slots, slots
.LVL7:
	.loc 1 95 5 is_stmt 1 view .LVU31
# dispatch/inline/inline.c:95:     const uint32_t *const ord = t->ord;
	.loc 1 95 27 is_stmt 0 view .LVU32
	movq	8(%rsi), %r15	# t_536(D)->ord, ord
.LVL8:
	.loc 1 96 5 is_stmt 1 view .LVU33
# dispatch/inline/inline.c:99:     int64_t budget = vm->limit;
	.loc 1 99 13 is_stmt 0 view .LVU34
	movq	65560(%rdi), %rbp	# vm_532(D)->limit, budget
# dispatch/inline/inline.c:131:     DISPATCH();
	.loc 1 131 5 view .LVU35
	movq	(%r8), %rax	# slots_529->code, gotovar.29_677
# dispatch/inline/inline.c:96:     const union slot *vpc = slots + 1;  /* virtual pc: after the handler slot */
	.loc 1 96 23 view .LVU36
	leaq	8(%r8), %rbx	#, vpc
.LVL9:
	.loc 1 97 5 is_stmt 1 view .LVU37
	.loc 1 98 5 view .LVU38
	.loc 1 99 5 view .LVU39
	.loc 1 106 5 view .LVU40
	.loc 1 107 5 view .LVU41
.LDL1:
	.loc 1 131 5 view .LVU42
	.loc 1 131 5 view .LVU43
	.loc 1 131 5 view .LVU44
	.loc 1 131 5 is_stmt 0 view .LVU45
	jmp	*%rax	# gotovar.29_677
.LVL10:
.L9:
.L10:
	.loc 1 131 5 is_stmt 1 discriminator 13 view .LVU46
	.file 2 "./isa/ops.inc"
	.loc 2 32 1 discriminator 13 view .LVU47
	.loc 2 32 1 discriminator 13 view .LVU48
	.loc 2 32 1 discriminator 13 view .LVU49
	.loc 2 32 1 discriminator 13 view .LVU50
	.loc 2 32 1 discriminator 13 view .LVU51
	.loc 2 32 1 discriminator 13 view .LVU52
	.loc 2 32 1 discriminator 13 view .LVU53
	.loc 2 32 1 discriminator 13 view .LVU54
	.loc 2 32 1 discriminator 13 view .LVU55
	.loc 2 32 1 discriminator 13 view .LVU56
	.loc 2 32 1 discriminator 13 view .LVU57
	.loc 2 32 1 discriminator 13 view .LVU58
	.loc 2 32 1 discriminator 13 view .LVU59
	.loc 2 33 1 discriminator 13 view .LVU60
	addq	$8, %rbx	#, vpc
.LVL11:
.L11:
	.loc 2 33 1 discriminator 1 view .LVU61
#APP
# 33 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL2:
	.loc 2 33 1 discriminator 1 view .LVU62
	.loc 2 33 1 discriminator 1 view .LVU63
	.loc 2 33 1 discriminator 1 view .LVU64
#NO_APP
	jmp	*-8(%rbx)	# _14->code
.L289:
.L290:
	.loc 2 99 33 discriminator 18 view .LVU65
	.loc 2 100 1 discriminator 18 view .LVU66
	.loc 2 100 1 discriminator 18 view .LVU67
	.loc 2 100 1 discriminator 18 view .LVU68
	.loc 2 100 1 discriminator 18 view .LVU69
	.loc 2 100 1 discriminator 18 view .LVU70
	.loc 2 100 1 discriminator 18 view .LVU71
	.loc 2 100 16 discriminator 18 view .LVU72
.LBB8:
	.loc 2 100 16 discriminator 18 view .LVU73
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL12:
	.loc 2 100 16 is_stmt 0 discriminator 18 view .LVU74
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL13:
	.loc 2 100 16 is_stmt 1 discriminator 18 view .LVU75
	.loc 2 100 16 discriminator 18 view .LVU76
	.loc 2 100 16 discriminator 18 view .LVU77
	subq	$8, %rdx	#, sp
.LVL14:
	.loc 2 100 16 discriminator 18 view .LVU78
	cmpq	%rax, %rcx	# b, a
	setge	%al	#, tmp780
.LVL15:
	.loc 2 100 16 is_stmt 0 discriminator 18 view .LVU79
.LBE8:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 18 view .LVU80
	addq	$8, %rbx	#, vpc
.LVL16:
.LBB9:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 18 view .LVU81
	movzbl	%al, %eax	# tmp780, tmp780
	movq	%rax, -8(%rdx)	# tmp780, MEM[(cell *)sp_356 + -8B]
.LBE9:
	.loc 2 100 16 is_stmt 1 discriminator 18 view .LVU82
	.loc 2 100 33 discriminator 18 view .LVU83
.LVL17:
.L291:
	.loc 2 100 33 discriminator 20 view .LVU84
#APP
# 100 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL3:
	.loc 2 100 33 discriminator 20 view .LVU85
	.loc 2 100 33 discriminator 20 view .LVU86
	.loc 2 100 33 discriminator 20 view .LVU87
#NO_APP
	jmp	*-8(%rbx)	# _872->code
.L286:
.L287:
	.loc 2 98 33 discriminator 18 view .LVU88
	.loc 2 99 1 discriminator 18 view .LVU89
	.loc 2 99 1 discriminator 18 view .LVU90
	.loc 2 99 1 discriminator 18 view .LVU91
	.loc 2 99 1 discriminator 18 view .LVU92
	.loc 2 99 1 discriminator 18 view .LVU93
	.loc 2 99 1 discriminator 18 view .LVU94
	.loc 2 99 16 discriminator 18 view .LVU95
.LBB10:
	.loc 2 99 16 discriminator 18 view .LVU96
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL18:
	.loc 2 99 16 discriminator 18 view .LVU97
	.loc 2 99 16 discriminator 18 view .LVU98
	.loc 2 99 16 discriminator 18 view .LVU99
	subq	$8, %rdx	#, sp
.LVL19:
	.loc 2 99 16 discriminator 18 view .LVU100
	cmpq	%rax, %rcx	# a, b
	setl	%al	#, tmp778
.LVL20:
	.loc 2 99 16 is_stmt 0 discriminator 18 view .LVU101
.LBE10:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 18 view .LVU102
	addq	$8, %rbx	#, vpc
.LVL21:
.LBB11:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 18 view .LVU103
	movzbl	%al, %eax	# tmp778, tmp778
	movq	%rax, -8(%rdx)	# tmp778, MEM[(cell *)sp_339 + -8B]
.LVL22:
	.loc 2 99 16 discriminator 18 view .LVU104
.LBE11:
	.loc 2 99 16 is_stmt 1 discriminator 18 view .LVU105
	.loc 2 99 33 discriminator 18 view .LVU106
.L288:
	.loc 2 99 33 discriminator 20 view .LVU107
#APP
# 99 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL4:
	.loc 2 99 33 discriminator 20 view .LVU108
	.loc 2 99 33 discriminator 20 view .LVU109
	.loc 2 99 33 discriminator 20 view .LVU110
#NO_APP
	jmp	*-8(%rbx)	# _864->code
.L283:
.L284:
	.loc 2 97 33 discriminator 18 view .LVU111
	.loc 2 98 1 discriminator 18 view .LVU112
	.loc 2 98 1 discriminator 18 view .LVU113
	.loc 2 98 1 discriminator 18 view .LVU114
	.loc 2 98 1 discriminator 18 view .LVU115
	.loc 2 98 1 discriminator 18 view .LVU116
	.loc 2 98 1 discriminator 18 view .LVU117
	.loc 2 98 16 discriminator 18 view .LVU118
.LBB12:
	.loc 2 98 16 discriminator 18 view .LVU119
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL23:
	.loc 2 98 16 discriminator 18 view .LVU120
	.loc 2 98 16 discriminator 18 view .LVU121
	.loc 2 98 16 discriminator 18 view .LVU122
	subq	$8, %rdx	#, sp
.LVL24:
	.loc 2 98 16 discriminator 18 view .LVU123
	cmpq	%rax, %rcx	# a, b
	setge	%al	#, tmp776
.LVL25:
	.loc 2 98 16 is_stmt 0 discriminator 18 view .LVU124
.LBE12:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 18 view .LVU125
	addq	$8, %rbx	#, vpc
.LVL26:
.LBB13:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 18 view .LVU126
	movzbl	%al, %eax	# tmp776, tmp776
	movq	%rax, -8(%rdx)	# tmp776, MEM[(cell *)sp_327 + -8B]
.LVL27:
	.loc 2 98 16 discriminator 18 view .LVU127
.LBE13:
	.loc 2 98 16 is_stmt 1 discriminator 18 view .LVU128
	.loc 2 98 33 discriminator 18 view .LVU129
.L285:
	.loc 2 98 33 discriminator 20 view .LVU130
#APP
# 98 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL5:
	.loc 2 98 33 discriminator 20 view .LVU131
	.loc 2 98 33 discriminator 20 view .LVU132
	.loc 2 98 33 discriminator 20 view .LVU133
#NO_APP
	jmp	*-8(%rbx)	# _856->code
.L280:
.L281:
	.loc 2 96 33 discriminator 18 view .LVU134
	.loc 2 97 1 discriminator 18 view .LVU135
	.loc 2 97 1 discriminator 18 view .LVU136
	.loc 2 97 1 discriminator 18 view .LVU137
	.loc 2 97 1 discriminator 18 view .LVU138
	.loc 2 97 1 discriminator 18 view .LVU139
	.loc 2 97 1 discriminator 18 view .LVU140
	.loc 2 97 16 discriminator 18 view .LVU141
.LBB14:
	.loc 2 97 16 discriminator 18 view .LVU142
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL28:
	.loc 2 97 16 is_stmt 0 discriminator 18 view .LVU143
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL29:
	.loc 2 97 16 is_stmt 1 discriminator 18 view .LVU144
	.loc 2 97 16 discriminator 18 view .LVU145
	.loc 2 97 16 discriminator 18 view .LVU146
	subq	$8, %rdx	#, sp
.LVL30:
	.loc 2 97 16 discriminator 18 view .LVU147
	cmpq	%rax, %rcx	# b, a
	setl	%al	#, tmp774
.LVL31:
	.loc 2 97 16 is_stmt 0 discriminator 18 view .LVU148
.LBE14:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 18 view .LVU149
	addq	$8, %rbx	#, vpc
.LVL32:
.LBB15:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 18 view .LVU150
	movzbl	%al, %eax	# tmp774, tmp774
	movq	%rax, -8(%rdx)	# tmp774, MEM[(cell *)sp_306 + -8B]
.LBE15:
	.loc 2 97 16 is_stmt 1 discriminator 18 view .LVU151
	.loc 2 97 33 discriminator 18 view .LVU152
.LVL33:
.L282:
	.loc 2 97 33 discriminator 20 view .LVU153
#APP
# 97 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL6:
	.loc 2 97 33 discriminator 20 view .LVU154
	.loc 2 97 33 discriminator 20 view .LVU155
	.loc 2 97 33 discriminator 20 view .LVU156
#NO_APP
	jmp	*-8(%rbx)	# _848->code
.L277:
.L278:
	.loc 2 95 33 discriminator 18 view .LVU157
	.loc 2 96 1 discriminator 18 view .LVU158
	.loc 2 96 1 discriminator 18 view .LVU159
	.loc 2 96 1 discriminator 18 view .LVU160
	.loc 2 96 1 discriminator 18 view .LVU161
	.loc 2 96 1 discriminator 18 view .LVU162
	.loc 2 96 1 discriminator 18 view .LVU163
	.loc 2 96 16 discriminator 18 view .LVU164
.LBB16:
	.loc 2 96 16 discriminator 18 view .LVU165
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL34:
	.loc 2 96 16 discriminator 18 view .LVU166
	.loc 2 96 16 discriminator 18 view .LVU167
	.loc 2 96 16 discriminator 18 view .LVU168
	subq	$8, %rdx	#, sp
.LVL35:
	.loc 2 96 16 discriminator 18 view .LVU169
	cmpq	%rax, %rcx	# a, b
	setne	%al	#, tmp772
.LVL36:
	.loc 2 96 16 is_stmt 0 discriminator 18 view .LVU170
.LBE16:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 18 view .LVU171
	addq	$8, %rbx	#, vpc
.LVL37:
.LBB17:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 18 view .LVU172
	movzbl	%al, %eax	# tmp772, tmp772
	movq	%rax, -8(%rdx)	# tmp772, MEM[(cell *)sp_289 + -8B]
.LVL38:
	.loc 2 96 16 discriminator 18 view .LVU173
.LBE17:
	.loc 2 96 16 is_stmt 1 discriminator 18 view .LVU174
	.loc 2 96 33 discriminator 18 view .LVU175
.L279:
	.loc 2 96 33 discriminator 20 view .LVU176
#APP
# 96 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL7:
	.loc 2 96 33 discriminator 20 view .LVU177
	.loc 2 96 33 discriminator 20 view .LVU178
	.loc 2 96 33 discriminator 20 view .LVU179
#NO_APP
	jmp	*-8(%rbx)	# _840->code
.L274:
.L275:
	.loc 2 93 68 discriminator 18 view .LVU180
	.loc 2 95 1 discriminator 18 view .LVU181
	.loc 2 95 1 discriminator 18 view .LVU182
	.loc 2 95 1 discriminator 18 view .LVU183
	.loc 2 95 1 discriminator 18 view .LVU184
	.loc 2 95 1 discriminator 18 view .LVU185
	.loc 2 95 1 discriminator 18 view .LVU186
	.loc 2 95 16 discriminator 18 view .LVU187
.LBB18:
	.loc 2 95 16 discriminator 18 view .LVU188
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL39:
	.loc 2 95 16 discriminator 18 view .LVU189
	.loc 2 95 16 discriminator 18 view .LVU190
	.loc 2 95 16 discriminator 18 view .LVU191
	subq	$8, %rdx	#, sp
.LVL40:
	.loc 2 95 16 discriminator 18 view .LVU192
	cmpq	%rax, %rcx	# a, b
	sete	%al	#, tmp770
.LVL41:
	.loc 2 95 16 is_stmt 0 discriminator 18 view .LVU193
.LBE18:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 18 view .LVU194
	addq	$8, %rbx	#, vpc
.LVL42:
.LBB19:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 18 view .LVU195
	movzbl	%al, %eax	# tmp770, tmp770
	movq	%rax, -8(%rdx)	# tmp770, MEM[(cell *)sp_288 + -8B]
.LVL43:
	.loc 2 95 16 discriminator 18 view .LVU196
.LBE19:
	.loc 2 95 16 is_stmt 1 discriminator 18 view .LVU197
	.loc 2 95 33 discriminator 18 view .LVU198
.L276:
	.loc 2 95 33 discriminator 20 view .LVU199
#APP
# 95 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL8:
	.loc 2 95 33 discriminator 20 view .LVU200
	.loc 2 95 33 discriminator 20 view .LVU201
	.loc 2 95 33 discriminator 20 view .LVU202
#NO_APP
	jmp	*-8(%rbx)	# _832->code
.L271:
.L272:
	.loc 2 91 55 discriminator 18 view .LVU203
	.loc 2 93 1 discriminator 18 view .LVU204
	.loc 2 93 1 discriminator 18 view .LVU205
	.loc 2 93 1 discriminator 18 view .LVU206
	.loc 2 93 1 discriminator 18 view .LVU207
	.loc 2 93 1 discriminator 18 view .LVU208
	.loc 2 93 1 discriminator 18 view .LVU209
	.loc 2 93 16 discriminator 18 view .LVU210
.LBB20:
	.loc 2 93 16 discriminator 18 view .LVU211
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL44:
	.loc 2 93 16 is_stmt 0 discriminator 18 view .LVU212
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL45:
	.loc 2 93 16 is_stmt 1 discriminator 18 view .LVU213
	.loc 2 93 16 discriminator 18 view .LVU214
	.loc 2 93 16 discriminator 18 view .LVU215
	subq	$8, %rdx	#, sp
.LVL46:
	.loc 2 93 16 discriminator 18 view .LVU216
.LBE20:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 18 view .LVU217
	addq	$8, %rbx	#, vpc
.LVL47:
.LBB21:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 18 view .LVU218
	sarq	%cl, %rax	# b, tmp769
.LVL48:
	.loc 2 93 16 discriminator 18 view .LVU219
	movq	%rax, -8(%rdx)	# tmp769, MEM[(cell *)sp_271 + -8B]
.LVL49:
	.loc 2 93 16 discriminator 18 view .LVU220
.LBE21:
	.loc 2 93 16 is_stmt 1 discriminator 18 view .LVU221
	.loc 2 93 68 discriminator 18 view .LVU222
.L273:
	.loc 2 93 68 discriminator 20 view .LVU223
#APP
# 93 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL9:
	.loc 2 93 68 discriminator 20 view .LVU224
	.loc 2 93 68 discriminator 20 view .LVU225
	.loc 2 93 68 discriminator 20 view .LVU226
#NO_APP
	jmp	*-8(%rbx)	# _824->code
.L268:
.L269:
	.loc 2 90 32 discriminator 18 view .LVU227
	.loc 2 91 1 discriminator 18 view .LVU228
	.loc 2 91 1 discriminator 18 view .LVU229
	.loc 2 91 1 discriminator 18 view .LVU230
	.loc 2 91 1 discriminator 18 view .LVU231
	.loc 2 91 1 discriminator 18 view .LVU232
	.loc 2 91 1 discriminator 18 view .LVU233
	.loc 2 91 16 discriminator 18 view .LVU234
.LBB22:
	.loc 2 91 16 discriminator 18 view .LVU235
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL50:
	.loc 2 91 16 is_stmt 0 discriminator 18 view .LVU236
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL51:
	.loc 2 91 16 is_stmt 1 discriminator 18 view .LVU237
	.loc 2 91 16 discriminator 18 view .LVU238
	.loc 2 91 16 discriminator 18 view .LVU239
	subq	$8, %rdx	#, sp
.LVL52:
	.loc 2 91 16 discriminator 18 view .LVU240
.LBE22:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 18 view .LVU241
	addq	$8, %rbx	#, vpc
.LVL53:
.LBB23:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 18 view .LVU242
	salq	%cl, %rax	# b, tmp767
.LVL54:
	.loc 2 91 16 discriminator 18 view .LVU243
	movq	%rax, -8(%rdx)	# tmp767, MEM[(cell *)sp_255 + -8B]
.LVL55:
	.loc 2 91 16 discriminator 18 view .LVU244
.LBE23:
	.loc 2 91 16 is_stmt 1 discriminator 18 view .LVU245
	.loc 2 91 55 discriminator 18 view .LVU246
.L270:
	.loc 2 91 55 discriminator 20 view .LVU247
#APP
# 91 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL10:
	.loc 2 91 55 discriminator 20 view .LVU248
	.loc 2 91 55 discriminator 20 view .LVU249
	.loc 2 91 55 discriminator 20 view .LVU250
#NO_APP
	jmp	*-8(%rbx)	# _815->code
.L265:
.L266:
	.loc 2 89 32 discriminator 18 view .LVU251
	.loc 2 90 1 discriminator 18 view .LVU252
	.loc 2 90 1 discriminator 18 view .LVU253
	.loc 2 90 1 discriminator 18 view .LVU254
	.loc 2 90 1 discriminator 18 view .LVU255
	.loc 2 90 1 discriminator 18 view .LVU256
	.loc 2 90 1 discriminator 18 view .LVU257
	.loc 2 90 16 discriminator 18 view .LVU258
.LBB24:
	.loc 2 90 16 discriminator 18 view .LVU259
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL56:
	.loc 2 90 16 is_stmt 0 discriminator 18 view .LVU260
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL57:
	.loc 2 90 16 is_stmt 1 discriminator 18 view .LVU261
	.loc 2 90 16 discriminator 18 view .LVU262
	.loc 2 90 16 discriminator 18 view .LVU263
	subq	$8, %rdx	#, sp
.LVL58:
	.loc 2 90 16 discriminator 18 view .LVU264
.LBE24:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 is_stmt 0 discriminator 18 view .LVU265
	addq	$8, %rbx	#, vpc
.LVL59:
.LBB25:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 18 view .LVU266
	xorq	%rcx, %rax	# b, tmp765
.LVL60:
	.loc 2 90 16 discriminator 18 view .LVU267
	movq	%rax, -8(%rdx)	# tmp765, MEM[(cell *)sp_236 + -8B]
.LVL61:
	.loc 2 90 16 discriminator 18 view .LVU268
.LBE25:
	.loc 2 90 16 is_stmt 1 discriminator 18 view .LVU269
	.loc 2 90 32 discriminator 18 view .LVU270
.L267:
	.loc 2 90 32 discriminator 20 view .LVU271
#APP
# 90 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL11:
	.loc 2 90 32 discriminator 20 view .LVU272
	.loc 2 90 32 discriminator 20 view .LVU273
	.loc 2 90 32 discriminator 20 view .LVU274
#NO_APP
	jmp	*-8(%rbx)	# _804->code
.L262:
.L263:
	.loc 2 88 32 discriminator 18 view .LVU275
	.loc 2 89 1 discriminator 18 view .LVU276
	.loc 2 89 1 discriminator 18 view .LVU277
	.loc 2 89 1 discriminator 18 view .LVU278
	.loc 2 89 1 discriminator 18 view .LVU279
	.loc 2 89 1 discriminator 18 view .LVU280
	.loc 2 89 1 discriminator 18 view .LVU281
	.loc 2 89 16 discriminator 18 view .LVU282
.LBB26:
	.loc 2 89 16 discriminator 18 view .LVU283
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL62:
	.loc 2 89 16 is_stmt 0 discriminator 18 view .LVU284
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL63:
	.loc 2 89 16 is_stmt 1 discriminator 18 view .LVU285
	.loc 2 89 16 discriminator 18 view .LVU286
	.loc 2 89 16 discriminator 18 view .LVU287
	subq	$8, %rdx	#, sp
.LVL64:
	.loc 2 89 16 discriminator 18 view .LVU288
.LBE26:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 is_stmt 0 discriminator 18 view .LVU289
	addq	$8, %rbx	#, vpc
.LVL65:
.LBB27:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 18 view .LVU290
	orq	%rcx, %rax	# a, tmp764
.LVL66:
	.loc 2 89 16 discriminator 18 view .LVU291
	movq	%rax, -8(%rdx)	# tmp764, MEM[(cell *)sp_216 + -8B]
.LBE27:
	.loc 2 89 16 is_stmt 1 discriminator 18 view .LVU292
	.loc 2 89 32 discriminator 18 view .LVU293
.LVL67:
.L264:
	.loc 2 89 32 discriminator 20 view .LVU294
#APP
# 89 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL12:
	.loc 2 89 32 discriminator 20 view .LVU295
	.loc 2 89 32 discriminator 20 view .LVU296
	.loc 2 89 32 discriminator 20 view .LVU297
#NO_APP
	jmp	*-8(%rbx)	# _797->code
.L259:
.L260:
	.loc 2 86 1 discriminator 18 view .LVU298
	.loc 2 88 1 discriminator 18 view .LVU299
	.loc 2 88 1 discriminator 18 view .LVU300
	.loc 2 88 1 discriminator 18 view .LVU301
	.loc 2 88 1 discriminator 18 view .LVU302
	.loc 2 88 1 discriminator 18 view .LVU303
	.loc 2 88 1 discriminator 18 view .LVU304
	.loc 2 88 16 discriminator 18 view .LVU305
.LBB28:
	.loc 2 88 16 discriminator 18 view .LVU306
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL68:
	.loc 2 88 16 is_stmt 0 discriminator 18 view .LVU307
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL69:
	.loc 2 88 16 is_stmt 1 discriminator 18 view .LVU308
	.loc 2 88 16 discriminator 18 view .LVU309
	.loc 2 88 16 discriminator 18 view .LVU310
	subq	$8, %rdx	#, sp
.LVL70:
	.loc 2 88 16 discriminator 18 view .LVU311
.LBE28:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 is_stmt 0 discriminator 18 view .LVU312
	addq	$8, %rbx	#, vpc
.LVL71:
.LBB29:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 18 view .LVU313
	andq	%rcx, %rax	# a, tmp763
.LVL72:
	.loc 2 88 16 discriminator 18 view .LVU314
	movq	%rax, -8(%rdx)	# tmp763, MEM[(cell *)sp_202 + -8B]
.LBE29:
	.loc 2 88 16 is_stmt 1 discriminator 18 view .LVU315
	.loc 2 88 32 discriminator 18 view .LVU316
.LVL73:
.L261:
	.loc 2 88 32 discriminator 20 view .LVU317
#APP
# 88 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL13:
	.loc 2 88 32 discriminator 20 view .LVU318
	.loc 2 88 32 discriminator 20 view .LVU319
	.loc 2 88 32 discriminator 20 view .LVU320
#NO_APP
	jmp	*-8(%rbx)	# _790->code
.L256:
.L257:
	.loc 2 82 1 discriminator 16 view .LVU321
	.loc 2 84 1 discriminator 16 view .LVU322
	.loc 2 84 1 discriminator 16 view .LVU323
	.loc 2 84 1 discriminator 16 view .LVU324
	.loc 2 84 1 discriminator 16 view .LVU325
	.loc 2 84 1 discriminator 16 view .LVU326
	.loc 2 84 1 discriminator 16 view .LVU327
	.loc 2 85 5 discriminator 16 view .LVU328
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 16 view .LVU329
	notq	-8(%rdx)	# *_779
	.loc 2 86 1 is_stmt 1 discriminator 16 view .LVU330
	addq	$8, %rbx	#, vpc
.LVL74:
.L258:
	.loc 2 86 1 discriminator 3 view .LVU331
#APP
# 86 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL14:
	.loc 2 86 1 discriminator 3 view .LVU332
	.loc 2 86 1 discriminator 3 view .LVU333
	.loc 2 86 1 discriminator 3 view .LVU334
#NO_APP
	jmp	*-8(%rbx)	# _783->code
.L253:
.L254:
	.loc 2 78 1 discriminator 16 view .LVU335
	.loc 2 80 1 discriminator 16 view .LVU336
	.loc 2 80 1 discriminator 16 view .LVU337
	.loc 2 80 1 discriminator 16 view .LVU338
	.loc 2 80 1 discriminator 16 view .LVU339
	.loc 2 80 1 discriminator 16 view .LVU340
	.loc 2 80 1 discriminator 16 view .LVU341
	.loc 2 81 5 discriminator 16 view .LVU342
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 16 view .LVU343
	negq	-8(%rdx)	# *_767
	.loc 2 82 1 is_stmt 1 discriminator 16 view .LVU344
	addq	$8, %rbx	#, vpc
.LVL75:
.L255:
	.loc 2 82 1 discriminator 3 view .LVU345
#APP
# 82 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL15:
	.loc 2 82 1 discriminator 3 view .LVU346
	.loc 2 82 1 discriminator 3 view .LVU347
	.loc 2 82 1 discriminator 3 view .LVU348
#NO_APP
	jmp	*-8(%rbx)	# _773->code
.L237:
.L238:
	.loc 2 64 54 discriminator 18 view .LVU349
	.loc 2 65 1 discriminator 18 view .LVU350
	.loc 2 65 1 discriminator 18 view .LVU351
	.loc 2 65 1 discriminator 18 view .LVU352
	.loc 2 65 1 discriminator 18 view .LVU353
	.loc 2 65 1 discriminator 18 view .LVU354
	.loc 2 65 1 discriminator 18 view .LVU355
	.loc 2 65 16 discriminator 18 view .LVU356
.LBB30:
	.loc 2 65 16 discriminator 18 view .LVU357
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL76:
	.loc 2 65 16 is_stmt 0 discriminator 18 view .LVU358
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL77:
	.loc 2 65 16 is_stmt 1 discriminator 18 view .LVU359
	.loc 2 65 16 discriminator 18 view .LVU360
	.loc 2 65 16 discriminator 18 view .LVU361
	subq	$8, %rdx	#, sp
.LVL78:
	.loc 2 65 16 discriminator 18 view .LVU362
.LBE30:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 18 view .LVU363
	addq	$8, %rbx	#, vpc
.LVL79:
.LBB31:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 18 view .LVU364
	imulq	%rcx, %rax	# b, tmp758
.LVL80:
	.loc 2 65 16 discriminator 18 view .LVU365
	movq	%rax, -8(%rdx)	# tmp758, MEM[(cell *)sp_105 + -8B]
.LVL81:
	.loc 2 65 16 discriminator 18 view .LVU366
.LBE31:
	.loc 2 65 16 is_stmt 1 discriminator 18 view .LVU367
	.loc 2 65 54 discriminator 18 view .LVU368
.L239:
	.loc 2 65 54 discriminator 20 view .LVU369
#APP
# 65 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL16:
	.loc 2 65 54 discriminator 20 view .LVU370
	.loc 2 65 54 discriminator 20 view .LVU371
	.loc 2 65 54 discriminator 20 view .LVU372
#NO_APP
	jmp	*-8(%rbx)	# _737->code
.L234:
.L235:
	.loc 2 63 54 discriminator 18 view .LVU373
	.loc 2 64 1 discriminator 18 view .LVU374
	.loc 2 64 1 discriminator 18 view .LVU375
	.loc 2 64 1 discriminator 18 view .LVU376
	.loc 2 64 1 discriminator 18 view .LVU377
	.loc 2 64 1 discriminator 18 view .LVU378
	.loc 2 64 1 discriminator 18 view .LVU379
	.loc 2 64 16 discriminator 18 view .LVU380
.LBB32:
	.loc 2 64 16 discriminator 18 view .LVU381
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL82:
	.loc 2 64 16 is_stmt 0 discriminator 18 view .LVU382
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL83:
	.loc 2 64 16 is_stmt 1 discriminator 18 view .LVU383
	.loc 2 64 16 discriminator 18 view .LVU384
	.loc 2 64 16 discriminator 18 view .LVU385
	subq	$8, %rdx	#, sp
.LVL84:
	.loc 2 64 16 discriminator 18 view .LVU386
.LBE32:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 is_stmt 0 discriminator 18 view .LVU387
	addq	$8, %rbx	#, vpc
.LVL85:
.LBB33:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 18 view .LVU388
	subq	%rcx, %rax	# b, tmp757
.LVL86:
	.loc 2 64 16 discriminator 18 view .LVU389
	movq	%rax, -8(%rdx)	# tmp757, MEM[(cell *)sp_71 + -8B]
.LVL87:
	.loc 2 64 16 discriminator 18 view .LVU390
.LBE33:
	.loc 2 64 16 is_stmt 1 discriminator 18 view .LVU391
	.loc 2 64 54 discriminator 18 view .LVU392
.L236:
	.loc 2 64 54 discriminator 20 view .LVU393
#APP
# 64 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL17:
	.loc 2 64 54 discriminator 20 view .LVU394
	.loc 2 64 54 discriminator 20 view .LVU395
	.loc 2 64 54 discriminator 20 view .LVU396
#NO_APP
	jmp	*-8(%rbx)	# _727->code
.L231:
.L232:
	.loc 2 57 1 discriminator 18 view .LVU397
	.loc 2 63 1 discriminator 18 view .LVU398
	.loc 2 63 1 discriminator 18 view .LVU399
	.loc 2 63 1 discriminator 18 view .LVU400
	.loc 2 63 1 discriminator 18 view .LVU401
	.loc 2 63 1 discriminator 18 view .LVU402
	.loc 2 63 1 discriminator 18 view .LVU403
	.loc 2 63 16 discriminator 18 view .LVU404
.LBB34:
	.loc 2 63 16 discriminator 18 view .LVU405
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL88:
	.loc 2 63 16 is_stmt 0 discriminator 18 view .LVU406
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL89:
	.loc 2 63 16 is_stmt 1 discriminator 18 view .LVU407
	.loc 2 63 16 discriminator 18 view .LVU408
	.loc 2 63 16 discriminator 18 view .LVU409
	subq	$8, %rdx	#, sp
.LVL90:
	.loc 2 63 16 discriminator 18 view .LVU410
.LBE34:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 is_stmt 0 discriminator 18 view .LVU411
	addq	$8, %rbx	#, vpc
.LVL91:
.LBB35:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 18 view .LVU412
	addq	%rcx, %rax	# b, tmp756
.LVL92:
	.loc 2 63 16 discriminator 18 view .LVU413
	movq	%rax, -8(%rdx)	# tmp756, MEM[(cell *)sp_70 + -8B]
.LVL93:
	.loc 2 63 16 discriminator 18 view .LVU414
.LBE35:
	.loc 2 63 16 is_stmt 1 discriminator 18 view .LVU415
	.loc 2 63 54 discriminator 18 view .LVU416
.L233:
	.loc 2 63 54 discriminator 20 view .LVU417
#APP
# 63 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL18:
	.loc 2 63 54 discriminator 20 view .LVU418
	.loc 2 63 54 discriminator 20 view .LVU419
	.loc 2 63 54 discriminator 20 view .LVU420
#NO_APP
	jmp	*-8(%rbx)	# _717->code
.L228:
.L229:
	.loc 2 53 1 discriminator 16 view .LVU421
	.loc 2 55 1 discriminator 16 view .LVU422
	.loc 2 55 1 discriminator 16 view .LVU423
	.loc 2 55 1 discriminator 16 view .LVU424
	.loc 2 55 1 discriminator 16 view .LVU425
	.loc 2 55 1 discriminator 16 view .LVU426
	.loc 2 55 1 discriminator 16 view .LVU427
.LBB36:
	.loc 2 56 7 discriminator 16 view .LVU428
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 16 view .LVU429
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], _703
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 discriminator 16 view .LVU430
	movq	-24(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -24B], a
.LVL94:
	.loc 2 56 22 is_stmt 1 discriminator 16 view .LVU431
.LBE36:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 is_stmt 0 discriminator 16 view .LVU432
	addq	$8, %rbx	#, vpc
.LVL95:
.LBB37:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 16 view .LVU433
	movq	%rcx, -24(%rdx)	# _703, *_702
	.loc 2 56 35 is_stmt 1 discriminator 16 view .LVU434
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 is_stmt 0 discriminator 16 view .LVU435
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], _705
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 16 view .LVU436
	movq	%rax, -8(%rdx)	# a, *_706
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 discriminator 16 view .LVU437
	movq	%rcx, -16(%rdx)	# _705, *_704
	.loc 2 56 48 is_stmt 1 discriminator 16 view .LVU438
.LBE37:
	.loc 2 57 1 discriminator 16 view .LVU439
.LVL96:
.L230:
	.loc 2 57 1 discriminator 3 view .LVU440
#APP
# 57 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL19:
	.loc 2 57 1 discriminator 3 view .LVU441
	.loc 2 57 1 discriminator 3 view .LVU442
	.loc 2 57 1 discriminator 3 view .LVU443
#NO_APP
	jmp	*-8(%rbx)	# _707->code
.L225:
.L226:
	.loc 2 49 1 discriminator 16 view .LVU444
	.loc 2 51 1 discriminator 16 view .LVU445
	.loc 2 51 1 discriminator 16 view .LVU446
	.loc 2 51 1 discriminator 16 view .LVU447
	.loc 2 51 1 discriminator 16 view .LVU448
	.loc 2 51 1 discriminator 16 view .LVU449
	.loc 2 51 1 discriminator 16 view .LVU450
	.loc 2 52 5 discriminator 16 view .LVU451
.LBB38:
	.loc 2 52 5 discriminator 16 view .LVU452
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], v_
.LVL97:
	.loc 2 52 5 discriminator 16 view .LVU453
	movq	%rdx, %rax	# sp, sp.16_695
.LBE38:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 16 view .LVU454
	addq	$8, %rbx	#, vpc
.LVL98:
.LBB39:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 16 view .LVU455
	addq	$8, %rdx	#, sp
.LVL99:
	.loc 2 52 5 discriminator 16 view .LVU456
	movq	%rcx, (%rax)	# v_, *sp.16_695
.LBE39:
	.loc 2 52 5 is_stmt 1 discriminator 16 view .LVU457
	.loc 2 53 1 discriminator 16 view .LVU458
.LVL100:
.L227:
	.loc 2 53 1 discriminator 3 view .LVU459
#APP
# 53 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL20:
	.loc 2 53 1 discriminator 3 view .LVU460
	.loc 2 53 1 discriminator 3 view .LVU461
	.loc 2 53 1 discriminator 3 view .LVU462
#NO_APP
	jmp	*-8(%rbx)	# _696->code
.L222:
.L223:
	.loc 2 45 1 discriminator 16 view .LVU463
	.loc 2 47 1 discriminator 16 view .LVU464
	.loc 2 47 1 discriminator 16 view .LVU465
	.loc 2 47 1 discriminator 16 view .LVU466
	.loc 2 47 1 discriminator 16 view .LVU467
	.loc 2 47 1 discriminator 16 view .LVU468
	.loc 2 47 1 discriminator 16 view .LVU469
.LBB40:
	.loc 2 48 7 discriminator 16 view .LVU470
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 12 is_stmt 0 discriminator 16 view .LVU471
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], t
.LVL101:
	.loc 2 48 22 is_stmt 1 discriminator 16 view .LVU472
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 16 view .LVU473
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], _687
.LBE40:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 16 view .LVU474
	addq	$8, %rbx	#, vpc
.LVL102:
.LBB41:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 16 view .LVU475
	movq	%rcx, -8(%rdx)	# _687, *_686
	.loc 2 48 35 is_stmt 1 discriminator 16 view .LVU476
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 16 view .LVU477
	movq	%rax, -16(%rdx)	# t, *_688
.LBE41:
	.loc 2 49 1 is_stmt 1 discriminator 16 view .LVU478
.LVL103:
.L224:
	.loc 2 49 1 discriminator 3 view .LVU479
#APP
# 49 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL21:
	.loc 2 49 1 discriminator 3 view .LVU480
	.loc 2 49 1 discriminator 3 view .LVU481
	.loc 2 49 1 discriminator 3 view .LVU482
#NO_APP
	jmp	*-8(%rbx)	# _689->code
.L219:
.L220:
	.loc 2 41 1 discriminator 16 view .LVU483
	.loc 2 43 1 discriminator 16 view .LVU484
	.loc 2 43 1 discriminator 16 view .LVU485
	.loc 2 43 1 discriminator 16 view .LVU486
	.loc 2 43 1 discriminator 16 view .LVU487
	.loc 2 43 1 discriminator 16 view .LVU488
	.loc 2 43 1 discriminator 16 view .LVU489
	.loc 2 44 5 discriminator 16 view .LVU490
.LBB42:
	.loc 2 44 5 discriminator 16 view .LVU491
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], v_
.LVL104:
	.loc 2 44 5 discriminator 16 view .LVU492
	movq	%rdx, %rax	# sp, sp.15_679
.LBE42:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 is_stmt 0 discriminator 16 view .LVU493
	addq	$8, %rbx	#, vpc
.LVL105:
.LBB43:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 16 view .LVU494
	addq	$8, %rdx	#, sp
.LVL106:
	.loc 2 44 5 discriminator 16 view .LVU495
	movq	%rcx, (%rax)	# v_, *sp.15_679
.LBE43:
	.loc 2 44 5 is_stmt 1 discriminator 16 view .LVU496
	.loc 2 45 1 discriminator 16 view .LVU497
.LVL107:
.L221:
	.loc 2 45 1 discriminator 3 view .LVU498
#APP
# 45 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL22:
	.loc 2 45 1 discriminator 3 view .LVU499
	.loc 2 45 1 discriminator 3 view .LVU500
	.loc 2 45 1 discriminator 3 view .LVU501
#NO_APP
	jmp	*-8(%rbx)	# _680->code
.L216:
.L217:
	.loc 2 37 1 discriminator 16 view .LVU502
	.loc 2 39 1 discriminator 16 view .LVU503
	.loc 2 39 1 discriminator 16 view .LVU504
	.loc 2 39 1 discriminator 16 view .LVU505
	.loc 2 39 1 discriminator 16 view .LVU506
	.loc 2 39 1 discriminator 16 view .LVU507
	.loc 2 39 1 discriminator 16 view .LVU508
	.loc 2 40 5 discriminator 16 view .LVU509
	subq	$8, %rdx	#, sp
.LVL108:
	.loc 2 41 1 discriminator 16 view .LVU510
	addq	$8, %rbx	#, vpc
.LVL109:
.L218:
	.loc 2 41 1 discriminator 3 view .LVU511
#APP
# 41 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL23:
	.loc 2 41 1 discriminator 3 view .LVU512
	.loc 2 41 1 discriminator 3 view .LVU513
	.loc 2 41 1 discriminator 3 view .LVU514
#NO_APP
	jmp	*-8(%rbx)	# _673->code
.L213:
.L214:
	.loc 2 33 1 discriminator 16 view .LVU515
	.loc 2 35 1 discriminator 16 view .LVU516
	.loc 2 35 1 discriminator 16 view .LVU517
	.loc 2 35 1 discriminator 16 view .LVU518
	.loc 2 35 1 discriminator 16 view .LVU519
	.loc 2 35 1 discriminator 16 view .LVU520
	.loc 2 35 1 discriminator 16 view .LVU521
	.loc 2 36 5 discriminator 16 view .LVU522
.LBB44:
	.loc 2 36 5 discriminator 16 view .LVU523
	movq	(%rbx), %rcx	# vpc_1039(ab)->imm, v_
.LVL110:
	.loc 2 36 5 discriminator 16 view .LVU524
	movq	%rdx, %rax	# sp, sp.14_666
.LBE44:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 is_stmt 0 discriminator 16 view .LVU525
	addq	$16, %rbx	#, vpc
.LVL111:
.LBB45:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 16 view .LVU526
	addq	$8, %rdx	#, sp
.LVL112:
	.loc 2 36 5 discriminator 16 view .LVU527
	movq	%rcx, (%rax)	# v_, *sp.14_666
.LBE45:
	.loc 2 36 5 is_stmt 1 discriminator 16 view .LVU528
	.loc 2 37 1 discriminator 16 view .LVU529
.LVL113:
.L215:
	.loc 2 37 1 discriminator 3 view .LVU530
#APP
# 37 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL24:
	.loc 2 37 1 discriminator 3 view .LVU531
	.loc 2 37 1 discriminator 3 view .LVU532
	.loc 2 37 1 discriminator 3 view .LVU533
#NO_APP
	jmp	*-8(%rbx)	# _667->code
.L210:
.L211:
	.loc 2 146 1 discriminator 16 view .LVU534
	.loc 2 32 1 discriminator 16 view .LVU535
	.loc 2 32 1 discriminator 16 view .LVU536
	.loc 2 32 1 discriminator 16 view .LVU537
	.loc 2 32 1 discriminator 16 view .LVU538
	.loc 2 32 1 discriminator 16 view .LVU539
	.loc 2 32 1 discriminator 16 view .LVU540
	.loc 2 33 1 discriminator 16 view .LVU541
	addq	$8, %rbx	#, vpc
.LVL114:
.L212:
	.loc 2 33 1 discriminator 3 view .LVU542
#APP
# 33 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL25:
	.loc 2 33 1 discriminator 3 view .LVU543
	.loc 2 33 1 discriminator 3 view .LVU544
	.loc 2 33 1 discriminator 3 view .LVU545
#NO_APP
	jmp	*-8(%rbx)	# _660->code
.L330:
.L331:
	.loc 2 129 1 discriminator 16 view .LVU546
	.loc 2 131 1 discriminator 16 view .LVU547
	.loc 2 131 1 discriminator 16 view .LVU548
	.loc 2 131 1 discriminator 16 view .LVU549
	.loc 2 131 1 discriminator 16 view .LVU550
	.loc 2 131 1 discriminator 16 view .LVU551
	.loc 2 131 1 discriminator 16 view .LVU552
	.loc 2 132 5 discriminator 16 view .LVU553
	.loc 2 132 5 discriminator 16 view .LVU554
	movq	-8(%rdx), %rax	# *_998, _1000
	cmpq	$65535, %rax	#, _1000
	ja	.L490	#,
	.loc 2 132 5 discriminator 4 view .LVU555
	.loc 2 132 5 discriminator 4 view .LVU556
	.loc 2 133 5 discriminator 4 view .LVU557
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 4 view .LVU558
	movq	-16(%rdx), %rsi	# MEM[(cell *)sp_809(ab) + -16B], _1011
	movq	65544(%rdi), %rcx	# vm_532(D)->mem, vm_532(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 4 view .LVU559
	subq	$16, %rdx	#, sp
.LVL115:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 4 view .LVU560
	addq	$8, %rbx	#, vpc
.LVL116:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 4 view .LVU561
	movq	%rsi, (%rcx,%rax,8)	# _1011, *_1010
	.loc 2 134 5 is_stmt 1 discriminator 4 view .LVU562
.LVL117:
	.loc 2 135 1 discriminator 4 view .LVU563
.L334:
	.loc 2 135 1 discriminator 3 view .LVU564
#APP
# 135 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL26:
	.loc 2 135 1 discriminator 3 view .LVU565
	.loc 2 135 1 discriminator 3 view .LVU566
	.loc 2 135 1 discriminator 3 view .LVU567
#NO_APP
	jmp	*-8(%rbx)	# _1012->code
.L324:
.L325:
	.loc 2 124 1 discriminator 16 view .LVU568
	.loc 2 126 1 discriminator 16 view .LVU569
	.loc 2 126 1 discriminator 16 view .LVU570
	.loc 2 126 1 discriminator 16 view .LVU571
	.loc 2 126 1 discriminator 16 view .LVU572
	.loc 2 126 1 discriminator 16 view .LVU573
	.loc 2 126 1 discriminator 16 view .LVU574
	.loc 2 127 5 discriminator 16 view .LVU575
	.loc 2 127 5 discriminator 16 view .LVU576
	movq	-8(%rdx), %rax	# *_977, _979
	cmpq	$65535, %rax	#, _979
	ja	.L491	#,
	.loc 2 127 5 discriminator 4 view .LVU577
	.loc 2 127 5 discriminator 4 view .LVU578
	.loc 2 128 5 discriminator 4 view .LVU579
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 4 view .LVU580
	movq	65544(%rdi), %rcx	# vm_532(D)->mem, vm_532(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 4 view .LVU581
	addq	$8, %rbx	#, vpc
.LVL118:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 discriminator 4 view .LVU582
	movq	(%rcx,%rax,8), %rax	# *_989, _991
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 4 view .LVU583
	movq	%rax, -8(%rdx)	# _991, *_977
	.loc 2 129 1 is_stmt 1 discriminator 4 view .LVU584
.LVL119:
.L329:
	.loc 2 129 1 discriminator 3 view .LVU585
#APP
# 129 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL27:
	.loc 2 129 1 discriminator 3 view .LVU586
	.loc 2 129 1 discriminator 3 view .LVU587
	.loc 2 129 1 discriminator 3 view .LVU588
#NO_APP
	jmp	*-8(%rbx)	# _992->code
.L247:
.L248:
	.loc 2 72 1 discriminator 16 view .LVU589
	.loc 2 74 1 discriminator 16 view .LVU590
	.loc 2 74 1 discriminator 16 view .LVU591
	.loc 2 74 1 discriminator 16 view .LVU592
	.loc 2 74 1 discriminator 16 view .LVU593
	.loc 2 74 1 discriminator 16 view .LVU594
	.loc 2 74 1 discriminator 16 view .LVU595
	.loc 2 75 5 discriminator 16 view .LVU596
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 is_stmt 0 discriminator 16 view .LVU597
	movq	-8(%rdx), %rax	# *_756, _119
	leaq	-8(%rdx), %rsi	#, _756
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 16 view .LVU598
	testq	%rax, %rax	# _119
	je	.L492	#,
	.loc 2 76 9 is_stmt 1 view .LVU599
	.loc 2 77 5 view .LVU600
.LBB46:
	.loc 2 77 5 view .LVU601
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL120:
	.loc 2 77 5 is_stmt 0 view .LVU602
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL121:
	.loc 2 77 5 is_stmt 1 view .LVU603
	.loc 2 77 5 view .LVU604
	.loc 2 77 5 view .LVU605
	.loc 2 77 5 view .LVU606
	xorl	%edx, %edx	# iftmp.25_156
	cmpq	$-1, %rcx	#, b
	je	.L251	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 5 view .LVU607
	cqto
	idivq	%rcx	# b
.LVL122:
.L251:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 8 view .LVU608
	movq	%rdx, -8(%rsi)	# iftmp.25_156, MEM[(cell *)_756 + -8B]
.LVL123:
	.loc 2 77 5 discriminator 8 view .LVU609
.LBE46:
	.loc 2 77 5 is_stmt 1 discriminator 8 view .LVU610
	.loc 2 78 1 discriminator 8 view .LVU611
	addq	$8, %rbx	#, vpc
.LVL124:
	.loc 2 78 1 is_stmt 0 discriminator 8 view .LVU612
	movq	%rsi, %rdx	# _756, sp
.LVL125:
.L252:
	.loc 2 78 1 is_stmt 1 discriminator 3 view .LVU613
#APP
# 78 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL28:
	.loc 2 78 1 discriminator 3 view .LVU614
	.loc 2 78 1 discriminator 3 view .LVU615
	.loc 2 78 1 discriminator 3 view .LVU616
#NO_APP
	jmp	*-8(%rbx)	# _761->code
.L240:
.L241:
	.loc 2 65 54 discriminator 16 view .LVU617
	.loc 2 67 1 discriminator 16 view .LVU618
	.loc 2 67 1 discriminator 16 view .LVU619
	.loc 2 67 1 discriminator 16 view .LVU620
	.loc 2 67 1 discriminator 16 view .LVU621
	.loc 2 67 1 discriminator 16 view .LVU622
	.loc 2 67 1 discriminator 16 view .LVU623
	.loc 2 68 5 discriminator 16 view .LVU624
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 16 view .LVU625
	movq	-8(%rdx), %rax	# *_743, _119
	leaq	-8(%rdx), %rcx	#, _743
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 16 view .LVU626
	testq	%rax, %rax	# _119
	je	.L493	#,
	.loc 2 69 9 is_stmt 1 view .LVU627
	.loc 2 71 5 view .LVU628
.LBB47:
	.loc 2 71 5 view .LVU629
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL126:
	.loc 2 71 5 is_stmt 0 view .LVU630
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL127:
	.loc 2 71 5 is_stmt 1 view .LVU631
	.loc 2 71 5 view .LVU632
	.loc 2 71 5 view .LVU633
	.loc 2 71 5 view .LVU634
	cmpq	$-1, %rsi	#, b
	je	.L494	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 6 view .LVU635
	cqto
	idivq	%rsi	# b
.LVL128:
.L245:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 8 view .LVU636
	movq	%rax, -8(%rcx)	# iftmp.23_141, MEM[(cell *)_743 + -8B]
.LVL129:
	.loc 2 71 5 discriminator 8 view .LVU637
.LBE47:
	.loc 2 71 5 is_stmt 1 discriminator 8 view .LVU638
	.loc 2 72 1 discriminator 8 view .LVU639
	addq	$8, %rbx	#, vpc
.LVL130:
	.loc 2 72 1 is_stmt 0 discriminator 8 view .LVU640
	movq	%rcx, %rdx	# _743, sp
.LVL131:
.L246:
	.loc 2 72 1 is_stmt 1 discriminator 3 view .LVU641
#APP
# 72 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL29:
	.loc 2 72 1 discriminator 3 view .LVU642
	.loc 2 72 1 discriminator 3 view .LVU643
	.loc 2 72 1 discriminator 3 view .LVU644
#NO_APP
	jmp	*-8(%rbx)	# _750->code
.L142:
.L143:
	.loc 2 99 33 discriminator 2 view .LVU645
	.loc 2 100 1 discriminator 2 view .LVU646
	.loc 2 100 1 discriminator 2 view .LVU647
	.loc 2 100 1 discriminator 2 view .LVU648
	.loc 2 100 1 discriminator 2 view .LVU649
	.loc 2 100 1 discriminator 2 view .LVU650
	leaq	16(%rdi), %rax	#, tmp712
	cmpq	%rax, %rdx	# tmp712, sp
	jb	.L495	#,
	.loc 2 100 1 discriminator 13 view .LVU651
	.loc 2 100 1 discriminator 13 view .LVU652
	.loc 2 100 1 discriminator 13 view .LVU653
	.loc 2 100 1 discriminator 13 view .LVU654
	.loc 2 100 1 discriminator 13 view .LVU655
	.loc 2 100 1 discriminator 13 view .LVU656
	.loc 2 100 1 discriminator 13 view .LVU657
	.loc 2 100 1 discriminator 13 view .LVU658
	.loc 2 100 1 discriminator 13 view .LVU659
	.loc 2 100 1 discriminator 13 view .LVU660
	.loc 2 100 16 discriminator 13 view .LVU661
.LBB48:
	.loc 2 100 16 discriminator 13 view .LVU662
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL132:
	.loc 2 100 16 discriminator 13 view .LVU663
	.loc 2 100 16 discriminator 13 view .LVU664
	.loc 2 100 16 discriminator 13 view .LVU665
	subq	$8, %rdx	#, sp
.LVL133:
	.loc 2 100 16 discriminator 13 view .LVU666
	cmpq	%rax, %rcx	# a, b
	setle	%al	#, tmp715
.LVL134:
	.loc 2 100 16 is_stmt 0 discriminator 13 view .LVU667
.LBE48:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 33 discriminator 13 view .LVU668
	addq	$8, %rbx	#, vpc
.LVL135:
.LBB49:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 2 100 16 discriminator 13 view .LVU669
	movzbl	%al, %eax	# tmp715, tmp715
	movq	%rax, -8(%rdx)	# tmp715, MEM[(cell *)sp_1132 + -8B]
.LVL136:
	.loc 2 100 16 discriminator 13 view .LVU670
.LBE49:
	.loc 2 100 16 is_stmt 1 discriminator 13 view .LVU671
	.loc 2 100 33 discriminator 13 view .LVU672
.L146:
	.loc 2 100 33 discriminator 14 view .LVU673
#APP
# 100 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL30:
	.loc 2 100 33 discriminator 14 view .LVU674
	.loc 2 100 33 discriminator 14 view .LVU675
	.loc 2 100 33 discriminator 14 view .LVU676
#NO_APP
	jmp	*-8(%rbx)	# _425->code
.L137:
.L138:
	.loc 2 98 33 discriminator 2 view .LVU677
	.loc 2 99 1 discriminator 2 view .LVU678
	.loc 2 99 1 discriminator 2 view .LVU679
	.loc 2 99 1 discriminator 2 view .LVU680
	.loc 2 99 1 discriminator 2 view .LVU681
	.loc 2 99 1 discriminator 2 view .LVU682
	leaq	16(%rdi), %rax	#, tmp707
	cmpq	%rax, %rdx	# tmp707, sp
	jb	.L496	#,
	.loc 2 99 1 discriminator 13 view .LVU683
	.loc 2 99 1 discriminator 13 view .LVU684
	.loc 2 99 1 discriminator 13 view .LVU685
	.loc 2 99 1 discriminator 13 view .LVU686
	.loc 2 99 1 discriminator 13 view .LVU687
	.loc 2 99 1 discriminator 13 view .LVU688
	.loc 2 99 1 discriminator 13 view .LVU689
	.loc 2 99 1 discriminator 13 view .LVU690
	.loc 2 99 1 discriminator 13 view .LVU691
	.loc 2 99 1 discriminator 13 view .LVU692
	.loc 2 99 16 discriminator 13 view .LVU693
.LBB50:
	.loc 2 99 16 discriminator 13 view .LVU694
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL137:
	.loc 2 99 16 discriminator 13 view .LVU695
	.loc 2 99 16 discriminator 13 view .LVU696
	.loc 2 99 16 discriminator 13 view .LVU697
	subq	$8, %rdx	#, sp
.LVL138:
	.loc 2 99 16 discriminator 13 view .LVU698
	cmpq	%rax, %rcx	# a, b
	setl	%al	#, tmp710
.LVL139:
	.loc 2 99 16 is_stmt 0 discriminator 13 view .LVU699
.LBE50:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 33 discriminator 13 view .LVU700
	addq	$8, %rbx	#, vpc
.LVL140:
.LBB51:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 2 99 16 discriminator 13 view .LVU701
	movzbl	%al, %eax	# tmp710, tmp710
	movq	%rax, -8(%rdx)	# tmp710, MEM[(cell *)sp_1140 + -8B]
.LVL141:
	.loc 2 99 16 discriminator 13 view .LVU702
.LBE51:
	.loc 2 99 16 is_stmt 1 discriminator 13 view .LVU703
	.loc 2 99 33 discriminator 13 view .LVU704
.L141:
	.loc 2 99 33 discriminator 14 view .LVU705
#APP
# 99 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL31:
	.loc 2 99 33 discriminator 14 view .LVU706
	.loc 2 99 33 discriminator 14 view .LVU707
	.loc 2 99 33 discriminator 14 view .LVU708
#NO_APP
	jmp	*-8(%rbx)	# _410->code
.L132:
.L133:
	.loc 2 97 33 discriminator 2 view .LVU709
	.loc 2 98 1 discriminator 2 view .LVU710
	.loc 2 98 1 discriminator 2 view .LVU711
	.loc 2 98 1 discriminator 2 view .LVU712
	.loc 2 98 1 discriminator 2 view .LVU713
	.loc 2 98 1 discriminator 2 view .LVU714
	leaq	16(%rdi), %rax	#, tmp702
	cmpq	%rax, %rdx	# tmp702, sp
	jb	.L497	#,
	.loc 2 98 1 discriminator 13 view .LVU715
	.loc 2 98 1 discriminator 13 view .LVU716
	.loc 2 98 1 discriminator 13 view .LVU717
	.loc 2 98 1 discriminator 13 view .LVU718
	.loc 2 98 1 discriminator 13 view .LVU719
	.loc 2 98 1 discriminator 13 view .LVU720
	.loc 2 98 1 discriminator 13 view .LVU721
	.loc 2 98 1 discriminator 13 view .LVU722
	.loc 2 98 1 discriminator 13 view .LVU723
	.loc 2 98 1 discriminator 13 view .LVU724
	.loc 2 98 16 discriminator 13 view .LVU725
.LBB52:
	.loc 2 98 16 discriminator 13 view .LVU726
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL142:
	.loc 2 98 16 discriminator 13 view .LVU727
	.loc 2 98 16 discriminator 13 view .LVU728
	.loc 2 98 16 discriminator 13 view .LVU729
	subq	$8, %rdx	#, sp
.LVL143:
	.loc 2 98 16 discriminator 13 view .LVU730
	cmpq	%rax, %rcx	# a, b
	setge	%al	#, tmp705
.LVL144:
	.loc 2 98 16 is_stmt 0 discriminator 13 view .LVU731
.LBE52:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 33 discriminator 13 view .LVU732
	addq	$8, %rbx	#, vpc
.LVL145:
.LBB53:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 2 98 16 discriminator 13 view .LVU733
	movzbl	%al, %eax	# tmp705, tmp705
	movq	%rax, -8(%rdx)	# tmp705, MEM[(cell *)sp_1148 + -8B]
.LVL146:
	.loc 2 98 16 discriminator 13 view .LVU734
.LBE53:
	.loc 2 98 16 is_stmt 1 discriminator 13 view .LVU735
	.loc 2 98 33 discriminator 13 view .LVU736
.L136:
	.loc 2 98 33 discriminator 14 view .LVU737
#APP
# 98 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL32:
	.loc 2 98 33 discriminator 14 view .LVU738
	.loc 2 98 33 discriminator 14 view .LVU739
	.loc 2 98 33 discriminator 14 view .LVU740
#NO_APP
	jmp	*-8(%rbx)	# _395->code
.L127:
.L128:
	.loc 2 96 33 discriminator 2 view .LVU741
	.loc 2 97 1 discriminator 2 view .LVU742
	.loc 2 97 1 discriminator 2 view .LVU743
	.loc 2 97 1 discriminator 2 view .LVU744
	.loc 2 97 1 discriminator 2 view .LVU745
	.loc 2 97 1 discriminator 2 view .LVU746
	leaq	16(%rdi), %rax	#, tmp697
	cmpq	%rax, %rdx	# tmp697, sp
	jb	.L498	#,
	.loc 2 97 1 discriminator 13 view .LVU747
	.loc 2 97 1 discriminator 13 view .LVU748
	.loc 2 97 1 discriminator 13 view .LVU749
	.loc 2 97 1 discriminator 13 view .LVU750
	.loc 2 97 1 discriminator 13 view .LVU751
	.loc 2 97 1 discriminator 13 view .LVU752
	.loc 2 97 1 discriminator 13 view .LVU753
	.loc 2 97 1 discriminator 13 view .LVU754
	.loc 2 97 1 discriminator 13 view .LVU755
	.loc 2 97 1 discriminator 13 view .LVU756
	.loc 2 97 16 discriminator 13 view .LVU757
.LBB54:
	.loc 2 97 16 discriminator 13 view .LVU758
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL147:
	.loc 2 97 16 discriminator 13 view .LVU759
	.loc 2 97 16 discriminator 13 view .LVU760
	.loc 2 97 16 discriminator 13 view .LVU761
	subq	$8, %rdx	#, sp
.LVL148:
	.loc 2 97 16 discriminator 13 view .LVU762
	cmpq	%rax, %rcx	# a, b
	setg	%al	#, tmp700
.LVL149:
	.loc 2 97 16 is_stmt 0 discriminator 13 view .LVU763
.LBE54:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 33 discriminator 13 view .LVU764
	addq	$8, %rbx	#, vpc
.LVL150:
.LBB55:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 2 97 16 discriminator 13 view .LVU765
	movzbl	%al, %eax	# tmp700, tmp700
	movq	%rax, -8(%rdx)	# tmp700, MEM[(cell *)sp_1156 + -8B]
.LVL151:
	.loc 2 97 16 discriminator 13 view .LVU766
.LBE55:
	.loc 2 97 16 is_stmt 1 discriminator 13 view .LVU767
	.loc 2 97 33 discriminator 13 view .LVU768
.L131:
	.loc 2 97 33 discriminator 14 view .LVU769
#APP
# 97 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL33:
	.loc 2 97 33 discriminator 14 view .LVU770
	.loc 2 97 33 discriminator 14 view .LVU771
	.loc 2 97 33 discriminator 14 view .LVU772
#NO_APP
	jmp	*-8(%rbx)	# _379->code
.L122:
.L123:
	.loc 2 95 33 discriminator 2 view .LVU773
	.loc 2 96 1 discriminator 2 view .LVU774
	.loc 2 96 1 discriminator 2 view .LVU775
	.loc 2 96 1 discriminator 2 view .LVU776
	.loc 2 96 1 discriminator 2 view .LVU777
	.loc 2 96 1 discriminator 2 view .LVU778
	leaq	16(%rdi), %rax	#, tmp692
	cmpq	%rax, %rdx	# tmp692, sp
	jb	.L499	#,
	.loc 2 96 1 discriminator 13 view .LVU779
	.loc 2 96 1 discriminator 13 view .LVU780
	.loc 2 96 1 discriminator 13 view .LVU781
	.loc 2 96 1 discriminator 13 view .LVU782
	.loc 2 96 1 discriminator 13 view .LVU783
	.loc 2 96 1 discriminator 13 view .LVU784
	.loc 2 96 1 discriminator 13 view .LVU785
	.loc 2 96 1 discriminator 13 view .LVU786
	.loc 2 96 1 discriminator 13 view .LVU787
	.loc 2 96 1 discriminator 13 view .LVU788
	.loc 2 96 16 discriminator 13 view .LVU789
.LBB56:
	.loc 2 96 16 discriminator 13 view .LVU790
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL152:
	.loc 2 96 16 discriminator 13 view .LVU791
	.loc 2 96 16 discriminator 13 view .LVU792
	.loc 2 96 16 discriminator 13 view .LVU793
	subq	$8, %rdx	#, sp
.LVL153:
	.loc 2 96 16 discriminator 13 view .LVU794
	cmpq	%rax, %rcx	# a, b
	setne	%al	#, tmp695
.LVL154:
	.loc 2 96 16 is_stmt 0 discriminator 13 view .LVU795
.LBE56:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 33 discriminator 13 view .LVU796
	addq	$8, %rbx	#, vpc
.LVL155:
.LBB57:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 2 96 16 discriminator 13 view .LVU797
	movzbl	%al, %eax	# tmp695, tmp695
	movq	%rax, -8(%rdx)	# tmp695, MEM[(cell *)sp_1164 + -8B]
.LVL156:
	.loc 2 96 16 discriminator 13 view .LVU798
.LBE57:
	.loc 2 96 16 is_stmt 1 discriminator 13 view .LVU799
	.loc 2 96 33 discriminator 13 view .LVU800
.L126:
	.loc 2 96 33 discriminator 14 view .LVU801
#APP
# 96 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL34:
	.loc 2 96 33 discriminator 14 view .LVU802
	.loc 2 96 33 discriminator 14 view .LVU803
	.loc 2 96 33 discriminator 14 view .LVU804
#NO_APP
	jmp	*-8(%rbx)	# _364->code
.L117:
.L118:
	.loc 2 93 68 discriminator 2 view .LVU805
	.loc 2 95 1 discriminator 2 view .LVU806
	.loc 2 95 1 discriminator 2 view .LVU807
	.loc 2 95 1 discriminator 2 view .LVU808
	.loc 2 95 1 discriminator 2 view .LVU809
	.loc 2 95 1 discriminator 2 view .LVU810
	leaq	16(%rdi), %rax	#, tmp687
	cmpq	%rax, %rdx	# tmp687, sp
	jb	.L500	#,
	.loc 2 95 1 discriminator 13 view .LVU811
	.loc 2 95 1 discriminator 13 view .LVU812
	.loc 2 95 1 discriminator 13 view .LVU813
	.loc 2 95 1 discriminator 13 view .LVU814
	.loc 2 95 1 discriminator 13 view .LVU815
	.loc 2 95 1 discriminator 13 view .LVU816
	.loc 2 95 1 discriminator 13 view .LVU817
	.loc 2 95 1 discriminator 13 view .LVU818
	.loc 2 95 1 discriminator 13 view .LVU819
	.loc 2 95 1 discriminator 13 view .LVU820
	.loc 2 95 16 discriminator 13 view .LVU821
.LBB58:
	.loc 2 95 16 discriminator 13 view .LVU822
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL157:
	.loc 2 95 16 discriminator 13 view .LVU823
	.loc 2 95 16 discriminator 13 view .LVU824
	.loc 2 95 16 discriminator 13 view .LVU825
	subq	$8, %rdx	#, sp
.LVL158:
	.loc 2 95 16 discriminator 13 view .LVU826
	cmpq	%rax, %rcx	# a, b
	sete	%al	#, tmp690
.LVL159:
	.loc 2 95 16 is_stmt 0 discriminator 13 view .LVU827
.LBE58:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 33 discriminator 13 view .LVU828
	addq	$8, %rbx	#, vpc
.LVL160:
.LBB59:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 2 95 16 discriminator 13 view .LVU829
	movzbl	%al, %eax	# tmp690, tmp690
	movq	%rax, -8(%rdx)	# tmp690, MEM[(cell *)sp_1172 + -8B]
.LVL161:
	.loc 2 95 16 discriminator 13 view .LVU830
.LBE59:
	.loc 2 95 16 is_stmt 1 discriminator 13 view .LVU831
	.loc 2 95 33 discriminator 13 view .LVU832
.L121:
	.loc 2 95 33 discriminator 14 view .LVU833
#APP
# 95 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL35:
	.loc 2 95 33 discriminator 14 view .LVU834
	.loc 2 95 33 discriminator 14 view .LVU835
	.loc 2 95 33 discriminator 14 view .LVU836
#NO_APP
	jmp	*-8(%rbx)	# _347->code
.L112:
.L113:
	.loc 2 91 55 discriminator 2 view .LVU837
	.loc 2 93 1 discriminator 2 view .LVU838
	.loc 2 93 1 discriminator 2 view .LVU839
	.loc 2 93 1 discriminator 2 view .LVU840
	.loc 2 93 1 discriminator 2 view .LVU841
	.loc 2 93 1 discriminator 2 view .LVU842
	leaq	16(%rdi), %rax	#, tmp682
	cmpq	%rax, %rdx	# tmp682, sp
	jb	.L501	#,
	.loc 2 93 1 discriminator 13 view .LVU843
	.loc 2 93 1 discriminator 13 view .LVU844
	.loc 2 93 1 discriminator 13 view .LVU845
	.loc 2 93 1 discriminator 13 view .LVU846
	.loc 2 93 1 discriminator 13 view .LVU847
	.loc 2 93 1 discriminator 13 view .LVU848
	.loc 2 93 1 discriminator 13 view .LVU849
	.loc 2 93 1 discriminator 13 view .LVU850
	.loc 2 93 1 discriminator 13 view .LVU851
	.loc 2 93 1 discriminator 13 view .LVU852
	.loc 2 93 16 discriminator 13 view .LVU853
.LBB60:
	.loc 2 93 16 discriminator 13 view .LVU854
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL162:
	.loc 2 93 16 is_stmt 0 discriminator 13 view .LVU855
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL163:
	.loc 2 93 16 is_stmt 1 discriminator 13 view .LVU856
	.loc 2 93 16 discriminator 13 view .LVU857
	.loc 2 93 16 discriminator 13 view .LVU858
	subq	$8, %rdx	#, sp
.LVL164:
	.loc 2 93 16 discriminator 13 view .LVU859
.LBE60:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 68 is_stmt 0 discriminator 13 view .LVU860
	addq	$8, %rbx	#, vpc
.LVL165:
.LBB61:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 2 93 16 discriminator 13 view .LVU861
	sarq	%cl, %rax	# b, tmp686
.LVL166:
	.loc 2 93 16 discriminator 13 view .LVU862
	movq	%rax, -8(%rdx)	# tmp686, MEM[(cell *)sp_1180 + -8B]
.LVL167:
	.loc 2 93 16 discriminator 13 view .LVU863
.LBE61:
	.loc 2 93 16 is_stmt 1 discriminator 13 view .LVU864
	.loc 2 93 68 discriminator 13 view .LVU865
.L116:
	.loc 2 93 68 discriminator 14 view .LVU866
#APP
# 93 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL36:
	.loc 2 93 68 discriminator 14 view .LVU867
	.loc 2 93 68 discriminator 14 view .LVU868
	.loc 2 93 68 discriminator 14 view .LVU869
#NO_APP
	jmp	*-8(%rbx)	# _331->code
.L107:
.L108:
	.loc 2 90 32 discriminator 2 view .LVU870
	.loc 2 91 1 discriminator 2 view .LVU871
	.loc 2 91 1 discriminator 2 view .LVU872
	.loc 2 91 1 discriminator 2 view .LVU873
	.loc 2 91 1 discriminator 2 view .LVU874
	.loc 2 91 1 discriminator 2 view .LVU875
	leaq	16(%rdi), %rax	#, tmp677
	cmpq	%rax, %rdx	# tmp677, sp
	jb	.L502	#,
	.loc 2 91 1 discriminator 13 view .LVU876
	.loc 2 91 1 discriminator 13 view .LVU877
	.loc 2 91 1 discriminator 13 view .LVU878
	.loc 2 91 1 discriminator 13 view .LVU879
	.loc 2 91 1 discriminator 13 view .LVU880
	.loc 2 91 1 discriminator 13 view .LVU881
	.loc 2 91 1 discriminator 13 view .LVU882
	.loc 2 91 1 discriminator 13 view .LVU883
	.loc 2 91 1 discriminator 13 view .LVU884
	.loc 2 91 1 discriminator 13 view .LVU885
	.loc 2 91 16 discriminator 13 view .LVU886
.LBB62:
	.loc 2 91 16 discriminator 13 view .LVU887
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL168:
	.loc 2 91 16 is_stmt 0 discriminator 13 view .LVU888
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL169:
	.loc 2 91 16 is_stmt 1 discriminator 13 view .LVU889
	.loc 2 91 16 discriminator 13 view .LVU890
	.loc 2 91 16 discriminator 13 view .LVU891
	subq	$8, %rdx	#, sp
.LVL170:
	.loc 2 91 16 discriminator 13 view .LVU892
.LBE62:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 55 is_stmt 0 discriminator 13 view .LVU893
	addq	$8, %rbx	#, vpc
.LVL171:
.LBB63:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 2 91 16 discriminator 13 view .LVU894
	salq	%cl, %rax	# b, tmp681
.LVL172:
	.loc 2 91 16 discriminator 13 view .LVU895
	movq	%rax, -8(%rdx)	# tmp681, MEM[(cell *)sp_1188 + -8B]
.LVL173:
	.loc 2 91 16 discriminator 13 view .LVU896
.LBE63:
	.loc 2 91 16 is_stmt 1 discriminator 13 view .LVU897
	.loc 2 91 55 discriminator 13 view .LVU898
.L111:
	.loc 2 91 55 discriminator 14 view .LVU899
#APP
# 91 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL37:
	.loc 2 91 55 discriminator 14 view .LVU900
	.loc 2 91 55 discriminator 14 view .LVU901
	.loc 2 91 55 discriminator 14 view .LVU902
#NO_APP
	jmp	*-8(%rbx)	# _313->code
.L102:
.L103:
	.loc 2 89 32 discriminator 2 view .LVU903
	.loc 2 90 1 discriminator 2 view .LVU904
	.loc 2 90 1 discriminator 2 view .LVU905
	.loc 2 90 1 discriminator 2 view .LVU906
	.loc 2 90 1 discriminator 2 view .LVU907
	.loc 2 90 1 discriminator 2 view .LVU908
	leaq	16(%rdi), %rax	#, tmp673
	cmpq	%rax, %rdx	# tmp673, sp
	jb	.L503	#,
	.loc 2 90 1 discriminator 13 view .LVU909
	.loc 2 90 1 discriminator 13 view .LVU910
	.loc 2 90 1 discriminator 13 view .LVU911
	.loc 2 90 1 discriminator 13 view .LVU912
	.loc 2 90 1 discriminator 13 view .LVU913
	.loc 2 90 1 discriminator 13 view .LVU914
	.loc 2 90 1 discriminator 13 view .LVU915
	.loc 2 90 1 discriminator 13 view .LVU916
	.loc 2 90 1 discriminator 13 view .LVU917
	.loc 2 90 1 discriminator 13 view .LVU918
	.loc 2 90 16 discriminator 13 view .LVU919
.LBB64:
	.loc 2 90 16 discriminator 13 view .LVU920
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL174:
	.loc 2 90 16 is_stmt 0 discriminator 13 view .LVU921
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL175:
	.loc 2 90 16 is_stmt 1 discriminator 13 view .LVU922
	.loc 2 90 16 discriminator 13 view .LVU923
	.loc 2 90 16 discriminator 13 view .LVU924
	subq	$8, %rdx	#, sp
.LVL176:
	.loc 2 90 16 discriminator 13 view .LVU925
.LBE64:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 32 is_stmt 0 discriminator 13 view .LVU926
	addq	$8, %rbx	#, vpc
.LVL177:
.LBB65:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 2 90 16 discriminator 13 view .LVU927
	xorq	%rcx, %rax	# a, tmp676
.LVL178:
	.loc 2 90 16 discriminator 13 view .LVU928
	movq	%rax, -8(%rdx)	# tmp676, MEM[(cell *)sp_1196 + -8B]
.LBE65:
	.loc 2 90 16 is_stmt 1 discriminator 13 view .LVU929
	.loc 2 90 32 discriminator 13 view .LVU930
.LVL179:
.L106:
	.loc 2 90 32 discriminator 14 view .LVU931
#APP
# 90 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL38:
	.loc 2 90 32 discriminator 14 view .LVU932
	.loc 2 90 32 discriminator 14 view .LVU933
	.loc 2 90 32 discriminator 14 view .LVU934
#NO_APP
	jmp	*-8(%rbx)	# _293->code
.L97:
.L98:
	.loc 2 88 32 discriminator 2 view .LVU935
	.loc 2 89 1 discriminator 2 view .LVU936
	.loc 2 89 1 discriminator 2 view .LVU937
	.loc 2 89 1 discriminator 2 view .LVU938
	.loc 2 89 1 discriminator 2 view .LVU939
	.loc 2 89 1 discriminator 2 view .LVU940
	leaq	16(%rdi), %rax	#, tmp669
	cmpq	%rax, %rdx	# tmp669, sp
	jb	.L504	#,
	.loc 2 89 1 discriminator 13 view .LVU941
	.loc 2 89 1 discriminator 13 view .LVU942
	.loc 2 89 1 discriminator 13 view .LVU943
	.loc 2 89 1 discriminator 13 view .LVU944
	.loc 2 89 1 discriminator 13 view .LVU945
	.loc 2 89 1 discriminator 13 view .LVU946
	.loc 2 89 1 discriminator 13 view .LVU947
	.loc 2 89 1 discriminator 13 view .LVU948
	.loc 2 89 1 discriminator 13 view .LVU949
	.loc 2 89 1 discriminator 13 view .LVU950
	.loc 2 89 16 discriminator 13 view .LVU951
.LBB66:
	.loc 2 89 16 discriminator 13 view .LVU952
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL180:
	.loc 2 89 16 is_stmt 0 discriminator 13 view .LVU953
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL181:
	.loc 2 89 16 is_stmt 1 discriminator 13 view .LVU954
	.loc 2 89 16 discriminator 13 view .LVU955
	.loc 2 89 16 discriminator 13 view .LVU956
	subq	$8, %rdx	#, sp
.LVL182:
	.loc 2 89 16 discriminator 13 view .LVU957
.LBE66:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 32 is_stmt 0 discriminator 13 view .LVU958
	addq	$8, %rbx	#, vpc
.LVL183:
.LBB67:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 2 89 16 discriminator 13 view .LVU959
	orq	%rcx, %rax	# a, tmp672
.LVL184:
	.loc 2 89 16 discriminator 13 view .LVU960
	movq	%rax, -8(%rdx)	# tmp672, MEM[(cell *)sp_1204 + -8B]
.LBE67:
	.loc 2 89 16 is_stmt 1 discriminator 13 view .LVU961
	.loc 2 89 32 discriminator 13 view .LVU962
.LVL185:
.L101:
	.loc 2 89 32 discriminator 14 view .LVU963
#APP
# 89 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL39:
	.loc 2 89 32 discriminator 14 view .LVU964
	.loc 2 89 32 discriminator 14 view .LVU965
	.loc 2 89 32 discriminator 14 view .LVU966
#NO_APP
	jmp	*-8(%rbx)	# _277->code
.L92:
.L93:
	.loc 2 86 1 discriminator 2 view .LVU967
	.loc 2 88 1 discriminator 2 view .LVU968
	.loc 2 88 1 discriminator 2 view .LVU969
	.loc 2 88 1 discriminator 2 view .LVU970
	.loc 2 88 1 discriminator 2 view .LVU971
	.loc 2 88 1 discriminator 2 view .LVU972
	leaq	16(%rdi), %rax	#, tmp665
	cmpq	%rax, %rdx	# tmp665, sp
	jb	.L505	#,
	.loc 2 88 1 discriminator 13 view .LVU973
	.loc 2 88 1 discriminator 13 view .LVU974
	.loc 2 88 1 discriminator 13 view .LVU975
	.loc 2 88 1 discriminator 13 view .LVU976
	.loc 2 88 1 discriminator 13 view .LVU977
	.loc 2 88 1 discriminator 13 view .LVU978
	.loc 2 88 1 discriminator 13 view .LVU979
	.loc 2 88 1 discriminator 13 view .LVU980
	.loc 2 88 1 discriminator 13 view .LVU981
	.loc 2 88 1 discriminator 13 view .LVU982
	.loc 2 88 16 discriminator 13 view .LVU983
.LBB68:
	.loc 2 88 16 discriminator 13 view .LVU984
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL186:
	.loc 2 88 16 is_stmt 0 discriminator 13 view .LVU985
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL187:
	.loc 2 88 16 is_stmt 1 discriminator 13 view .LVU986
	.loc 2 88 16 discriminator 13 view .LVU987
	.loc 2 88 16 discriminator 13 view .LVU988
	subq	$8, %rdx	#, sp
.LVL188:
	.loc 2 88 16 discriminator 13 view .LVU989
.LBE68:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 32 is_stmt 0 discriminator 13 view .LVU990
	addq	$8, %rbx	#, vpc
.LVL189:
.LBB69:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 2 88 16 discriminator 13 view .LVU991
	andq	%rcx, %rax	# a, tmp668
.LVL190:
	.loc 2 88 16 discriminator 13 view .LVU992
	movq	%rax, -8(%rdx)	# tmp668, MEM[(cell *)sp_1212 + -8B]
.LBE69:
	.loc 2 88 16 is_stmt 1 discriminator 13 view .LVU993
	.loc 2 88 32 discriminator 13 view .LVU994
.LVL191:
.L96:
	.loc 2 88 32 discriminator 14 view .LVU995
#APP
# 88 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL40:
	.loc 2 88 32 discriminator 14 view .LVU996
	.loc 2 88 32 discriminator 14 view .LVU997
	.loc 2 88 32 discriminator 14 view .LVU998
#NO_APP
	jmp	*-8(%rbx)	# _261->code
.L87:
.L88:
	.loc 2 82 1 discriminator 2 view .LVU999
	.loc 2 84 1 discriminator 2 view .LVU1000
	.loc 2 84 1 discriminator 2 view .LVU1001
	.loc 2 84 1 discriminator 2 view .LVU1002
	.loc 2 84 1 discriminator 2 view .LVU1003
	.loc 2 84 1 discriminator 2 view .LVU1004
	leaq	8(%rdi), %rax	#, tmp662
	cmpq	%rax, %rdx	# tmp662, sp
	jb	.L506	#,
	.loc 2 84 1 discriminator 13 view .LVU1005
	.loc 2 84 1 discriminator 13 view .LVU1006
	.loc 2 84 1 discriminator 13 view .LVU1007
	.loc 2 84 1 discriminator 13 view .LVU1008
	.loc 2 84 1 discriminator 13 view .LVU1009
	.loc 2 84 1 discriminator 13 view .LVU1010
	.loc 2 84 1 discriminator 13 view .LVU1011
	.loc 2 84 1 discriminator 13 view .LVU1012
	.loc 2 84 1 discriminator 13 view .LVU1013
	.loc 2 84 1 discriminator 13 view .LVU1014
	.loc 2 85 5 discriminator 13 view .LVU1015
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 2 85 12 is_stmt 0 discriminator 13 view .LVU1016
	notq	-8(%rdx)	# *_242
	.loc 2 86 1 is_stmt 1 discriminator 13 view .LVU1017
	addq	$8, %rbx	#, vpc
.LVL192:
.L91:
	.loc 2 86 1 discriminator 1 view .LVU1018
#APP
# 86 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL41:
	.loc 2 86 1 discriminator 1 view .LVU1019
	.loc 2 86 1 discriminator 1 view .LVU1020
	.loc 2 86 1 discriminator 1 view .LVU1021
#NO_APP
	jmp	*-8(%rbx)	# _245->code
.L82:
.L83:
	.loc 2 78 1 discriminator 2 view .LVU1022
	.loc 2 80 1 discriminator 2 view .LVU1023
	.loc 2 80 1 discriminator 2 view .LVU1024
	.loc 2 80 1 discriminator 2 view .LVU1025
	.loc 2 80 1 discriminator 2 view .LVU1026
	.loc 2 80 1 discriminator 2 view .LVU1027
	leaq	8(%rdi), %rax	#, tmp659
	cmpq	%rax, %rdx	# tmp659, sp
	jb	.L507	#,
	.loc 2 80 1 discriminator 13 view .LVU1028
	.loc 2 80 1 discriminator 13 view .LVU1029
	.loc 2 80 1 discriminator 13 view .LVU1030
	.loc 2 80 1 discriminator 13 view .LVU1031
	.loc 2 80 1 discriminator 13 view .LVU1032
	.loc 2 80 1 discriminator 13 view .LVU1033
	.loc 2 80 1 discriminator 13 view .LVU1034
	.loc 2 80 1 discriminator 13 view .LVU1035
	.loc 2 80 1 discriminator 13 view .LVU1036
	.loc 2 80 1 discriminator 13 view .LVU1037
	.loc 2 81 5 discriminator 13 view .LVU1038
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 2 81 21 is_stmt 0 discriminator 13 view .LVU1039
	negq	-8(%rdx)	# *_222
	.loc 2 82 1 is_stmt 1 discriminator 13 view .LVU1040
	addq	$8, %rbx	#, vpc
.LVL193:
.L86:
	.loc 2 82 1 discriminator 1 view .LVU1041
#APP
# 82 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL42:
	.loc 2 82 1 discriminator 1 view .LVU1042
	.loc 2 82 1 discriminator 1 view .LVU1043
	.loc 2 82 1 discriminator 1 view .LVU1044
#NO_APP
	jmp	*-8(%rbx)	# _227->code
.L60:
.L61:
	.loc 2 64 54 discriminator 2 view .LVU1045
	.loc 2 65 1 discriminator 2 view .LVU1046
	.loc 2 65 1 discriminator 2 view .LVU1047
	.loc 2 65 1 discriminator 2 view .LVU1048
	.loc 2 65 1 discriminator 2 view .LVU1049
	.loc 2 65 1 discriminator 2 view .LVU1050
	leaq	16(%rdi), %rax	#, tmp645
	cmpq	%rax, %rdx	# tmp645, sp
	jb	.L508	#,
	.loc 2 65 1 discriminator 13 view .LVU1051
	.loc 2 65 1 discriminator 13 view .LVU1052
	.loc 2 65 1 discriminator 13 view .LVU1053
	.loc 2 65 1 discriminator 13 view .LVU1054
	.loc 2 65 1 discriminator 13 view .LVU1055
	.loc 2 65 1 discriminator 13 view .LVU1056
	.loc 2 65 1 discriminator 13 view .LVU1057
	.loc 2 65 1 discriminator 13 view .LVU1058
	.loc 2 65 1 discriminator 13 view .LVU1059
	.loc 2 65 1 discriminator 13 view .LVU1060
	.loc 2 65 16 discriminator 13 view .LVU1061
.LBB70:
	.loc 2 65 16 discriminator 13 view .LVU1062
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL194:
	.loc 2 65 16 is_stmt 0 discriminator 13 view .LVU1063
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL195:
	.loc 2 65 16 is_stmt 1 discriminator 13 view .LVU1064
	.loc 2 65 16 discriminator 13 view .LVU1065
	.loc 2 65 16 discriminator 13 view .LVU1066
	subq	$8, %rdx	#, sp
.LVL196:
	.loc 2 65 16 discriminator 13 view .LVU1067
.LBE70:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 54 is_stmt 0 discriminator 13 view .LVU1068
	addq	$8, %rbx	#, vpc
.LVL197:
.LBB71:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 2 65 16 discriminator 13 view .LVU1069
	imulq	%rcx, %rax	# b, tmp648
.LVL198:
	.loc 2 65 16 discriminator 13 view .LVU1070
	movq	%rax, -8(%rdx)	# tmp648, MEM[(cell *)sp_1251 + -8B]
.LVL199:
	.loc 2 65 16 discriminator 13 view .LVU1071
.LBE71:
	.loc 2 65 16 is_stmt 1 discriminator 13 view .LVU1072
	.loc 2 65 54 discriminator 13 view .LVU1073
.L64:
	.loc 2 65 54 discriminator 14 view .LVU1074
#APP
# 65 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL43:
	.loc 2 65 54 discriminator 14 view .LVU1075
	.loc 2 65 54 discriminator 14 view .LVU1076
	.loc 2 65 54 discriminator 14 view .LVU1077
#NO_APP
	jmp	*-8(%rbx)	# _167->code
.L55:
.L56:
	.loc 2 63 54 discriminator 2 view .LVU1078
	.loc 2 64 1 discriminator 2 view .LVU1079
	.loc 2 64 1 discriminator 2 view .LVU1080
	.loc 2 64 1 discriminator 2 view .LVU1081
	.loc 2 64 1 discriminator 2 view .LVU1082
	.loc 2 64 1 discriminator 2 view .LVU1083
	leaq	16(%rdi), %rax	#, tmp641
	cmpq	%rax, %rdx	# tmp641, sp
	jb	.L509	#,
	.loc 2 64 1 discriminator 13 view .LVU1084
	.loc 2 64 1 discriminator 13 view .LVU1085
	.loc 2 64 1 discriminator 13 view .LVU1086
	.loc 2 64 1 discriminator 13 view .LVU1087
	.loc 2 64 1 discriminator 13 view .LVU1088
	.loc 2 64 1 discriminator 13 view .LVU1089
	.loc 2 64 1 discriminator 13 view .LVU1090
	.loc 2 64 1 discriminator 13 view .LVU1091
	.loc 2 64 1 discriminator 13 view .LVU1092
	.loc 2 64 1 discriminator 13 view .LVU1093
	.loc 2 64 16 discriminator 13 view .LVU1094
.LBB72:
	.loc 2 64 16 discriminator 13 view .LVU1095
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL200:
	.loc 2 64 16 is_stmt 0 discriminator 13 view .LVU1096
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL201:
	.loc 2 64 16 is_stmt 1 discriminator 13 view .LVU1097
	.loc 2 64 16 discriminator 13 view .LVU1098
	.loc 2 64 16 discriminator 13 view .LVU1099
	subq	$8, %rdx	#, sp
.LVL202:
	.loc 2 64 16 discriminator 13 view .LVU1100
.LBE72:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 54 is_stmt 0 discriminator 13 view .LVU1101
	addq	$8, %rbx	#, vpc
.LVL203:
.LBB73:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 2 64 16 discriminator 13 view .LVU1102
	subq	%rcx, %rax	# b, tmp644
.LVL204:
	.loc 2 64 16 discriminator 13 view .LVU1103
	movq	%rax, -8(%rdx)	# tmp644, MEM[(cell *)sp_1259 + -8B]
.LVL205:
	.loc 2 64 16 discriminator 13 view .LVU1104
.LBE73:
	.loc 2 64 16 is_stmt 1 discriminator 13 view .LVU1105
	.loc 2 64 54 discriminator 13 view .LVU1106
.L59:
	.loc 2 64 54 discriminator 14 view .LVU1107
#APP
# 64 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL44:
	.loc 2 64 54 discriminator 14 view .LVU1108
	.loc 2 64 54 discriminator 14 view .LVU1109
	.loc 2 64 54 discriminator 14 view .LVU1110
#NO_APP
	jmp	*-8(%rbx)	# _148->code
.L50:
.L51:
	.loc 2 57 1 discriminator 2 view .LVU1111
	.loc 2 63 1 discriminator 2 view .LVU1112
	.loc 2 63 1 discriminator 2 view .LVU1113
	.loc 2 63 1 discriminator 2 view .LVU1114
	.loc 2 63 1 discriminator 2 view .LVU1115
	.loc 2 63 1 discriminator 2 view .LVU1116
	leaq	16(%rdi), %rax	#, tmp637
	cmpq	%rax, %rdx	# tmp637, sp
	jb	.L510	#,
	.loc 2 63 1 discriminator 13 view .LVU1117
	.loc 2 63 1 discriminator 13 view .LVU1118
	.loc 2 63 1 discriminator 13 view .LVU1119
	.loc 2 63 1 discriminator 13 view .LVU1120
	.loc 2 63 1 discriminator 13 view .LVU1121
	.loc 2 63 1 discriminator 13 view .LVU1122
	.loc 2 63 1 discriminator 13 view .LVU1123
	.loc 2 63 1 discriminator 13 view .LVU1124
	.loc 2 63 1 discriminator 13 view .LVU1125
	.loc 2 63 1 discriminator 13 view .LVU1126
	.loc 2 63 16 discriminator 13 view .LVU1127
.LBB74:
	.loc 2 63 16 discriminator 13 view .LVU1128
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL206:
	.loc 2 63 16 is_stmt 0 discriminator 13 view .LVU1129
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL207:
	.loc 2 63 16 is_stmt 1 discriminator 13 view .LVU1130
	.loc 2 63 16 discriminator 13 view .LVU1131
	.loc 2 63 16 discriminator 13 view .LVU1132
	subq	$8, %rdx	#, sp
.LVL208:
	.loc 2 63 16 discriminator 13 view .LVU1133
.LBE74:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 54 is_stmt 0 discriminator 13 view .LVU1134
	addq	$8, %rbx	#, vpc
.LVL209:
.LBB75:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 16 discriminator 13 view .LVU1135
	addq	%rcx, %rax	# b, tmp640
.LVL210:
	.loc 2 63 16 discriminator 13 view .LVU1136
	movq	%rax, -8(%rdx)	# tmp640, MEM[(cell *)sp_1267 + -8B]
.LVL211:
	.loc 2 63 16 discriminator 13 view .LVU1137
.LBE75:
	.loc 2 63 16 is_stmt 1 discriminator 13 view .LVU1138
	.loc 2 63 54 discriminator 13 view .LVU1139
.L54:
	.loc 2 63 54 discriminator 14 view .LVU1140
#APP
# 63 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL45:
	.loc 2 63 54 discriminator 14 view .LVU1141
	.loc 2 63 54 discriminator 14 view .LVU1142
	.loc 2 63 54 discriminator 14 view .LVU1143
#NO_APP
	jmp	*-8(%rbx)	# _130->code
.L44:
.L45:
	.loc 2 53 1 discriminator 2 view .LVU1144
	.loc 2 55 1 discriminator 2 view .LVU1145
	.loc 2 55 1 discriminator 2 view .LVU1146
	.loc 2 55 1 discriminator 2 view .LVU1147
	.loc 2 55 1 discriminator 2 view .LVU1148
	.loc 2 55 1 discriminator 2 view .LVU1149
	leaq	24(%rdi), %rax	#, tmp634
	cmpq	%rax, %rdx	# tmp634, sp
	jb	.L511	#,
	.loc 2 55 1 discriminator 13 view .LVU1150
	.loc 2 55 1 discriminator 13 view .LVU1151
	.loc 2 55 1 discriminator 13 view .LVU1152
	.loc 2 55 1 discriminator 13 view .LVU1153
	.loc 2 55 1 discriminator 13 view .LVU1154
	.loc 2 55 1 discriminator 13 view .LVU1155
	.loc 2 55 1 discriminator 13 view .LVU1156
	.loc 2 55 1 discriminator 13 view .LVU1157
	.loc 2 55 1 discriminator 13 view .LVU1158
	.loc 2 55 1 discriminator 13 view .LVU1159
.LBB76:
	.loc 2 56 7 discriminator 13 view .LVU1160
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 is_stmt 0 discriminator 13 view .LVU1161
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], _108
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 12 discriminator 13 view .LVU1162
	movq	-24(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -24B], a
.LVL212:
	.loc 2 56 22 is_stmt 1 discriminator 13 view .LVU1163
.LBE76:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 2 57 1 is_stmt 0 discriminator 13 view .LVU1164
	addq	$8, %rbx	#, vpc
.LVL213:
.LBB77:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 27 discriminator 13 view .LVU1165
	movq	%rcx, -24(%rdx)	# _108, *_107
	.loc 2 56 35 is_stmt 1 discriminator 13 view .LVU1166
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 is_stmt 0 discriminator 13 view .LVU1167
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], _110
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 53 discriminator 13 view .LVU1168
	movq	%rax, -8(%rdx)	# a, *_111
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 2 56 40 discriminator 13 view .LVU1169
	movq	%rcx, -16(%rdx)	# _110, *_109
	.loc 2 56 48 is_stmt 1 discriminator 13 view .LVU1170
.LBE77:
	.loc 2 57 1 discriminator 13 view .LVU1171
.LVL214:
.L49:
	.loc 2 57 1 discriminator 1 view .LVU1172
#APP
# 57 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL46:
	.loc 2 57 1 discriminator 1 view .LVU1173
	.loc 2 57 1 discriminator 1 view .LVU1174
	.loc 2 57 1 discriminator 1 view .LVU1175
#NO_APP
	jmp	*-8(%rbx)	# _112->code
.L31:
.L32:
	.loc 2 45 1 discriminator 2 view .LVU1176
	.loc 2 47 1 discriminator 2 view .LVU1177
	.loc 2 47 1 discriminator 2 view .LVU1178
	.loc 2 47 1 discriminator 2 view .LVU1179
	.loc 2 47 1 discriminator 2 view .LVU1180
	.loc 2 47 1 discriminator 2 view .LVU1181
	leaq	16(%rdi), %rax	#, tmp625
	cmpq	%rax, %rdx	# tmp625, sp
	jb	.L512	#,
	.loc 2 47 1 discriminator 13 view .LVU1182
	.loc 2 47 1 discriminator 13 view .LVU1183
	.loc 2 47 1 discriminator 13 view .LVU1184
	.loc 2 47 1 discriminator 13 view .LVU1185
	.loc 2 47 1 discriminator 13 view .LVU1186
	.loc 2 47 1 discriminator 13 view .LVU1187
	.loc 2 47 1 discriminator 13 view .LVU1188
	.loc 2 47 1 discriminator 13 view .LVU1189
	.loc 2 47 1 discriminator 13 view .LVU1190
	.loc 2 47 1 discriminator 13 view .LVU1191
.LBB78:
	.loc 2 48 7 discriminator 13 view .LVU1192
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 12 is_stmt 0 discriminator 13 view .LVU1193
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], t
.LVL215:
	.loc 2 48 22 is_stmt 1 discriminator 13 view .LVU1194
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 is_stmt 0 discriminator 13 view .LVU1195
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], _75
.LBE78:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 2 49 1 discriminator 13 view .LVU1196
	addq	$8, %rbx	#, vpc
.LVL216:
.LBB79:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 27 discriminator 13 view .LVU1197
	movq	%rcx, -8(%rdx)	# _75, *_74
	.loc 2 48 35 is_stmt 1 discriminator 13 view .LVU1198
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 2 48 40 is_stmt 0 discriminator 13 view .LVU1199
	movq	%rax, -16(%rdx)	# t, *_76
.LBE79:
	.loc 2 49 1 is_stmt 1 discriminator 13 view .LVU1200
.LVL217:
.L35:
	.loc 2 49 1 discriminator 1 view .LVU1201
#APP
# 49 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL47:
	.loc 2 49 1 discriminator 1 view .LVU1202
	.loc 2 49 1 discriminator 1 view .LVU1203
	.loc 2 49 1 discriminator 1 view .LVU1204
#NO_APP
	jmp	*-8(%rbx)	# _77->code
.L19:
.L20:
	.loc 2 37 1 discriminator 2 view .LVU1205
	.loc 2 39 1 discriminator 2 view .LVU1206
	.loc 2 39 1 discriminator 2 view .LVU1207
	.loc 2 39 1 discriminator 2 view .LVU1208
	.loc 2 39 1 discriminator 2 view .LVU1209
	.loc 2 39 1 discriminator 2 view .LVU1210
	leaq	8(%rdi), %rax	#, tmp616
	cmpq	%rax, %rdx	# tmp616, sp
	jb	.L513	#,
	.loc 2 39 1 discriminator 13 view .LVU1211
	.loc 2 39 1 discriminator 13 view .LVU1212
	.loc 2 39 1 discriminator 13 view .LVU1213
	.loc 2 39 1 discriminator 13 view .LVU1214
	.loc 2 39 1 discriminator 13 view .LVU1215
	.loc 2 39 1 discriminator 13 view .LVU1216
	.loc 2 39 1 discriminator 13 view .LVU1217
	.loc 2 39 1 discriminator 13 view .LVU1218
	.loc 2 39 1 discriminator 13 view .LVU1219
	.loc 2 39 1 discriminator 13 view .LVU1220
	.loc 2 40 5 discriminator 13 view .LVU1221
	subq	$8, %rdx	#, sp
.LVL218:
	.loc 2 41 1 discriminator 13 view .LVU1222
	addq	$8, %rbx	#, vpc
.LVL219:
.L23:
	.loc 2 41 1 discriminator 1 view .LVU1223
#APP
# 41 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL48:
	.loc 2 41 1 discriminator 1 view .LVU1224
	.loc 2 41 1 discriminator 1 view .LVU1225
	.loc 2 41 1 discriminator 1 view .LVU1226
#NO_APP
	jmp	*-8(%rbx)	# _44->code
.L13:
.L14:
	.loc 2 33 1 discriminator 6 view .LVU1227
	.loc 2 35 1 discriminator 6 view .LVU1228
	.loc 2 35 1 discriminator 6 view .LVU1229
	.loc 2 35 1 discriminator 6 view .LVU1230
	.loc 2 35 1 discriminator 6 view .LVU1231
	.loc 2 35 1 discriminator 6 view .LVU1232
	.loc 2 35 1 discriminator 6 view .LVU1233
	.loc 2 35 1 discriminator 6 view .LVU1234
	.loc 2 35 1 discriminator 6 view .LVU1235
	leaq	32760(%rdi), %rax	#, tmp613
	cmpq	%rdx, %rax	# sp, tmp613
	jb	.L514	#,
	.loc 2 35 1 discriminator 13 view .LVU1236
	.loc 2 35 1 discriminator 13 view .LVU1237
	.loc 2 35 1 discriminator 13 view .LVU1238
	.loc 2 35 1 discriminator 13 view .LVU1239
	.loc 2 35 1 discriminator 13 view .LVU1240
	.loc 2 35 1 discriminator 13 view .LVU1241
	.loc 2 35 1 discriminator 13 view .LVU1242
	.loc 2 36 5 discriminator 13 view .LVU1243
.LBB80:
	.loc 2 36 5 discriminator 13 view .LVU1244
	movq	(%rbx), %rcx	# vpc_1039(ab)->imm, v_
.LVL220:
	.loc 2 36 5 discriminator 13 view .LVU1245
	movq	%rdx, %rax	# sp, sp.0_28
.LBE80:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 2 37 1 is_stmt 0 discriminator 13 view .LVU1246
	addq	$16, %rbx	#, vpc
.LVL221:
.LBB81:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 2 36 5 discriminator 13 view .LVU1247
	addq	$8, %rdx	#, sp
.LVL222:
	.loc 2 36 5 discriminator 13 view .LVU1248
	movq	%rcx, (%rax)	# v_, *sp.0_28
.LBE81:
	.loc 2 36 5 is_stmt 1 discriminator 13 view .LVU1249
	.loc 2 37 1 discriminator 13 view .LVU1250
.LVL223:
.L18:
	.loc 2 37 1 discriminator 1 view .LVU1251
#APP
# 37 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL49:
	.loc 2 37 1 discriminator 1 view .LVU1252
	.loc 2 37 1 discriminator 1 view .LVU1253
	.loc 2 37 1 discriminator 1 view .LVU1254
#NO_APP
	jmp	*-8(%rbx)	# _29->code
.L24:
.L25:
	.loc 2 41 1 discriminator 2 view .LVU1255
	.loc 2 43 1 discriminator 2 view .LVU1256
	.loc 2 43 1 discriminator 2 view .LVU1257
	.loc 2 43 1 discriminator 2 view .LVU1258
	.loc 2 43 1 discriminator 2 view .LVU1259
	.loc 2 43 1 discriminator 2 view .LVU1260
	leaq	8(%rdi), %rax	#, tmp619
	cmpq	%rax, %rdx	# tmp619, sp
	jb	.L515	#,
	.loc 2 43 1 discriminator 6 view .LVU1261
	.loc 2 43 1 discriminator 6 view .LVU1262
	.loc 2 43 1 discriminator 6 view .LVU1263
	.loc 2 43 1 discriminator 6 view .LVU1264
	.loc 2 43 1 discriminator 6 view .LVU1265
	leaq	32760(%rdi), %rax	#, tmp622
	cmpq	%rdx, %rax	# sp, tmp622
	jb	.L516	#,
	.loc 2 43 1 discriminator 13 view .LVU1266
	.loc 2 43 1 discriminator 13 view .LVU1267
	.loc 2 43 1 discriminator 13 view .LVU1268
	.loc 2 43 1 discriminator 13 view .LVU1269
	.loc 2 43 1 discriminator 13 view .LVU1270
	.loc 2 43 1 discriminator 13 view .LVU1271
	.loc 2 43 1 discriminator 13 view .LVU1272
	.loc 2 44 5 discriminator 13 view .LVU1273
.LBB82:
	.loc 2 44 5 discriminator 13 view .LVU1274
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -8B], v_
.LVL224:
	.loc 2 44 5 discriminator 13 view .LVU1275
	movq	%rdx, %rax	# sp, sp.1_58
.LBE82:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 2 45 1 is_stmt 0 discriminator 13 view .LVU1276
	addq	$8, %rbx	#, vpc
.LVL225:
.LBB83:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 2 44 5 discriminator 13 view .LVU1277
	addq	$8, %rdx	#, sp
.LVL226:
	.loc 2 44 5 discriminator 13 view .LVU1278
	movq	%rcx, (%rax)	# v_, *sp.1_58
.LBE83:
	.loc 2 44 5 is_stmt 1 discriminator 13 view .LVU1279
	.loc 2 45 1 discriminator 13 view .LVU1280
.LVL227:
.L30:
	.loc 2 45 1 discriminator 1 view .LVU1281
#APP
# 45 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL50:
	.loc 2 45 1 discriminator 1 view .LVU1282
	.loc 2 45 1 discriminator 1 view .LVU1283
	.loc 2 45 1 discriminator 1 view .LVU1284
#NO_APP
	jmp	*-8(%rbx)	# _59->code
.L74:
.L75:
	.loc 2 72 1 discriminator 2 view .LVU1285
	.loc 2 74 1 discriminator 2 view .LVU1286
	.loc 2 74 1 discriminator 2 view .LVU1287
	.loc 2 74 1 discriminator 2 view .LVU1288
	.loc 2 74 1 discriminator 2 view .LVU1289
	.loc 2 74 1 discriminator 2 view .LVU1290
	leaq	16(%rdi), %rax	#, tmp654
	cmpq	%rax, %rdx	# tmp654, sp
	jb	.L517	#,
	.loc 2 74 1 discriminator 13 view .LVU1291
	.loc 2 74 1 discriminator 13 view .LVU1292
	.loc 2 74 1 discriminator 13 view .LVU1293
	.loc 2 74 1 discriminator 13 view .LVU1294
	.loc 2 74 1 discriminator 13 view .LVU1295
	.loc 2 74 1 discriminator 13 view .LVU1296
	.loc 2 74 1 discriminator 13 view .LVU1297
	.loc 2 74 1 discriminator 13 view .LVU1298
	.loc 2 74 1 discriminator 13 view .LVU1299
	.loc 2 74 1 discriminator 13 view .LVU1300
	.loc 2 75 5 discriminator 13 view .LVU1301
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 is_stmt 0 discriminator 13 view .LVU1302
	cmpq	$0, -8(%rdx)	#, *_203
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 9 discriminator 13 view .LVU1303
	leaq	-8(%rdx), %rcx	#, _203
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 2 75 8 discriminator 13 view .LVU1304
	je	.L518	#,
	.loc 2 76 9 is_stmt 1 view .LVU1305
	.loc 2 77 5 view .LVU1306
.LBB84:
	.loc 2 77 5 view .LVU1307
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL228:
	.loc 2 77 5 is_stmt 0 view .LVU1308
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL229:
	.loc 2 77 5 is_stmt 1 view .LVU1309
	.loc 2 77 5 view .LVU1310
	.loc 2 77 5 view .LVU1311
	.loc 2 77 5 view .LVU1312
	xorl	%edx, %edx	# iftmp.11_685
	cmpq	$-1, %rsi	#, b
	je	.L80	#,
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 is_stmt 0 discriminator 1 view .LVU1313
	cqto
	idivq	%rsi	# b
.LVL230:
.L80:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 2 77 5 discriminator 4 view .LVU1314
	movq	%rdx, -8(%rcx)	# iftmp.11_685, MEM[(cell *)_203 + -8B]
.LVL231:
	.loc 2 77 5 discriminator 4 view .LVU1315
.LBE84:
	.loc 2 77 5 is_stmt 1 discriminator 4 view .LVU1316
	.loc 2 78 1 discriminator 4 view .LVU1317
	addq	$8, %rbx	#, vpc
.LVL232:
	.loc 2 78 1 is_stmt 0 discriminator 4 view .LVU1318
	movq	%rcx, %rdx	# _203, sp
.LVL233:
.L81:
	.loc 2 78 1 is_stmt 1 discriminator 1 view .LVU1319
#APP
# 78 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL51:
	.loc 2 78 1 discriminator 1 view .LVU1320
	.loc 2 78 1 discriminator 1 view .LVU1321
	.loc 2 78 1 discriminator 1 view .LVU1322
#NO_APP
	jmp	*-8(%rbx)	# _208->code
.L36:
.L37:
	.loc 2 49 1 discriminator 2 view .LVU1323
	.loc 2 51 1 discriminator 2 view .LVU1324
	.loc 2 51 1 discriminator 2 view .LVU1325
	.loc 2 51 1 discriminator 2 view .LVU1326
	.loc 2 51 1 discriminator 2 view .LVU1327
	.loc 2 51 1 discriminator 2 view .LVU1328
	leaq	16(%rdi), %rax	#, tmp628
	cmpq	%rax, %rdx	# tmp628, sp
	jb	.L519	#,
	.loc 2 51 1 discriminator 6 view .LVU1329
	.loc 2 51 1 discriminator 6 view .LVU1330
	.loc 2 51 1 discriminator 6 view .LVU1331
	.loc 2 51 1 discriminator 6 view .LVU1332
	.loc 2 51 1 discriminator 6 view .LVU1333
	leaq	32760(%rdi), %rax	#, tmp631
	cmpq	%rdx, %rax	# sp, tmp631
	jb	.L520	#,
	.loc 2 51 1 discriminator 13 view .LVU1334
	.loc 2 51 1 discriminator 13 view .LVU1335
	.loc 2 51 1 discriminator 13 view .LVU1336
	.loc 2 51 1 discriminator 13 view .LVU1337
	.loc 2 51 1 discriminator 13 view .LVU1338
	.loc 2 51 1 discriminator 13 view .LVU1339
	.loc 2 51 1 discriminator 13 view .LVU1340
	.loc 2 52 5 discriminator 13 view .LVU1341
.LBB85:
	.loc 2 52 5 discriminator 13 view .LVU1342
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_809(ab) + -16B], v_
.LVL234:
	.loc 2 52 5 discriminator 13 view .LVU1343
	movq	%rdx, %rax	# sp, sp.2_91
.LBE85:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 2 53 1 is_stmt 0 discriminator 13 view .LVU1344
	addq	$8, %rbx	#, vpc
.LVL235:
.LBB86:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 2 52 5 discriminator 13 view .LVU1345
	addq	$8, %rdx	#, sp
.LVL236:
	.loc 2 52 5 discriminator 13 view .LVU1346
	movq	%rcx, (%rax)	# v_, *sp.2_91
.LBE86:
	.loc 2 52 5 is_stmt 1 discriminator 13 view .LVU1347
	.loc 2 53 1 discriminator 13 view .LVU1348
.LVL237:
.L43:
	.loc 2 53 1 discriminator 1 view .LVU1349
#APP
# 53 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL52:
	.loc 2 53 1 discriminator 1 view .LVU1350
	.loc 2 53 1 discriminator 1 view .LVU1351
	.loc 2 53 1 discriminator 1 view .LVU1352
#NO_APP
	jmp	*-8(%rbx)	# _92->code
.L65:
.L66:
	.loc 2 65 54 discriminator 2 view .LVU1353
	.loc 2 67 1 discriminator 2 view .LVU1354
	.loc 2 67 1 discriminator 2 view .LVU1355
	.loc 2 67 1 discriminator 2 view .LVU1356
	.loc 2 67 1 discriminator 2 view .LVU1357
	.loc 2 67 1 discriminator 2 view .LVU1358
	leaq	16(%rdi), %rax	#, tmp649
	cmpq	%rax, %rdx	# tmp649, sp
	jb	.L521	#,
	.loc 2 67 1 discriminator 13 view .LVU1359
	.loc 2 67 1 discriminator 13 view .LVU1360
	.loc 2 67 1 discriminator 13 view .LVU1361
	.loc 2 67 1 discriminator 13 view .LVU1362
	.loc 2 67 1 discriminator 13 view .LVU1363
	.loc 2 67 1 discriminator 13 view .LVU1364
	.loc 2 67 1 discriminator 13 view .LVU1365
	.loc 2 67 1 discriminator 13 view .LVU1366
	.loc 2 67 1 discriminator 13 view .LVU1367
	.loc 2 67 1 discriminator 13 view .LVU1368
	.loc 2 68 5 discriminator 13 view .LVU1369
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 9 is_stmt 0 discriminator 13 view .LVU1370
	movq	-8(%rdx), %rax	# *_181, _119
	leaq	-8(%rdx), %rcx	#, _181
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 2 68 8 discriminator 13 view .LVU1371
	testq	%rax, %rax	# _119
	je	.L522	#,
	.loc 2 69 9 is_stmt 1 view .LVU1372
	.loc 2 71 5 view .LVU1373
.LBB87:
	.loc 2 71 5 view .LVU1374
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_809(ab) + -8B], b
.LVL238:
	.loc 2 71 5 is_stmt 0 view .LVU1375
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -16B], a
.LVL239:
	.loc 2 71 5 is_stmt 1 view .LVU1376
	.loc 2 71 5 view .LVU1377
	.loc 2 71 5 view .LVU1378
	.loc 2 71 5 view .LVU1379
	cmpq	$-1, %rsi	#, b
	je	.L523	#,
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 2 view .LVU1380
	cqto
	idivq	%rsi	# b
.LVL240:
.L72:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 4 view .LVU1381
	movq	%rax, -8(%rcx)	# iftmp.9_684, MEM[(cell *)_181 + -8B]
.LVL241:
	.loc 2 71 5 discriminator 4 view .LVU1382
.LBE87:
	.loc 2 71 5 is_stmt 1 discriminator 4 view .LVU1383
	.loc 2 72 1 discriminator 4 view .LVU1384
	addq	$8, %rbx	#, vpc
.LVL242:
	.loc 2 72 1 is_stmt 0 discriminator 4 view .LVU1385
	movq	%rcx, %rdx	# _181, sp
.LVL243:
.L73:
	.loc 2 72 1 is_stmt 1 discriminator 1 view .LVU1386
#APP
# 72 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL53:
	.loc 2 72 1 discriminator 1 view .LVU1387
	.loc 2 72 1 discriminator 1 view .LVU1388
	.loc 2 72 1 discriminator 1 view .LVU1389
#NO_APP
	jmp	*-8(%rbx)	# _188->code
.L335:
.L336:
	.loc 2 135 1 discriminator 16 view .LVU1390
	.loc 2 137 1 discriminator 16 view .LVU1391
	.loc 2 137 1 discriminator 16 view .LVU1392
	.loc 2 137 1 discriminator 16 view .LVU1393
	.loc 2 137 1 discriminator 16 view .LVU1394
	.loc 2 137 1 discriminator 16 view .LVU1395
	.loc 2 137 1 discriminator 16 view .LVU1396
	.loc 2 138 5 discriminator 16 view .LVU1397
	.loc 2 138 5 discriminator 16 view .LVU1398
	leaq	-8(%rbx), %rax	#, tmp810
	subq	%r8, %rax	# slots, tmp811
	sarq	$3, %rax	#, tmp813
	movl	(%r15,%rax,4), %eax	# *_1023, *_1023
	cmpq	%rax, %rbp	# *_1023, budget
	jle	.L524	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 4 view .LVU1399
	movq	-8(%rdx), %rsi	# *_1029, *_1029
	leaq	-8(%rdx), %rax	#, _1029
	movq	%r8, 32(%rsp)	# slots, %sfp
	movq	%r10, 24(%rsp)	# rsp, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 4 view .LVU1400
	.loc 2 138 5 discriminator 4 view .LVU1401
	.loc 2 139 5 discriminator 4 view .LVU1402
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 4 view .LVU1403
	movq	%rdx, 16(%rsp)	# sp, %sfp
	movq	%rdi, 8(%rsp)	# vm, %sfp
	movq	%rax, 40(%rsp)	# _1029, %sfp
	call	vm_print	#
.LVL244:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 4 view .LVU1404
	movq	8(%rsp), %rdi	# %sfp, vm
	movq	16(%rsp), %rdx	# %sfp, sp
	testl	%eax, %eax	# tmp827
	movq	24(%rsp), %r10	# %sfp, rsp
	movq	32(%rsp), %r8	# %sfp, slots
	jne	.L525	#,
	.loc 2 140 9 is_stmt 1 view .LVU1405
	.loc 2 141 5 view .LVU1406
.LVL245:
	.loc 2 142 1 view .LVU1407
	movq	40(%rsp), %rdx	# %sfp, sp
	addq	$8, %rbx	#, vpc
.LVL246:
.L341:
	.loc 2 142 1 discriminator 3 view .LVU1408
#APP
# 142 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL54:
	.loc 2 142 1 discriminator 3 view .LVU1409
	.loc 2 142 1 discriminator 3 view .LVU1410
	.loc 2 142 1 discriminator 3 view .LVU1411
#NO_APP
	jmp	*-8(%rbx)	# _1035->code
.L192:
.L193:
	.loc 2 129 1 discriminator 2 view .LVU1412
	.loc 2 131 1 discriminator 2 view .LVU1413
	.loc 2 131 1 discriminator 2 view .LVU1414
	.loc 2 131 1 discriminator 2 view .LVU1415
	.loc 2 131 1 discriminator 2 view .LVU1416
	.loc 2 131 1 discriminator 2 view .LVU1417
	leaq	16(%rdi), %rax	#, tmp743
	cmpq	%rax, %rdx	# tmp743, sp
	jb	.L526	#,
	.loc 2 131 1 discriminator 13 view .LVU1418
	.loc 2 131 1 discriminator 13 view .LVU1419
	.loc 2 131 1 discriminator 13 view .LVU1420
	.loc 2 131 1 discriminator 13 view .LVU1421
	.loc 2 131 1 discriminator 13 view .LVU1422
	.loc 2 131 1 discriminator 13 view .LVU1423
	.loc 2 131 1 discriminator 13 view .LVU1424
	.loc 2 131 1 discriminator 13 view .LVU1425
	.loc 2 131 1 discriminator 13 view .LVU1426
	.loc 2 131 1 discriminator 13 view .LVU1427
	.loc 2 132 5 discriminator 13 view .LVU1428
	.loc 2 132 5 discriminator 13 view .LVU1429
	movq	-8(%rdx), %rax	# *_591, _593
	cmpq	$65535, %rax	#, _593
	ja	.L527	#,
	.loc 2 132 5 discriminator 2 view .LVU1430
	.loc 2 132 5 discriminator 2 view .LVU1431
	.loc 2 133 5 discriminator 2 view .LVU1432
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 is_stmt 0 discriminator 2 view .LVU1433
	movq	-16(%rdx), %rsi	# MEM[(cell *)sp_809(ab) + -16B], _602
	movq	65544(%rdi), %rcx	# vm_532(D)->mem, vm_532(D)->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 2 134 5 discriminator 2 view .LVU1434
	subq	$16, %rdx	#, sp
.LVL247:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 2 135 1 discriminator 2 view .LVU1435
	addq	$8, %rbx	#, vpc
.LVL248:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 2 133 15 discriminator 2 view .LVU1436
	movq	%rsi, (%rcx,%rax,8)	# _602, *_601
	.loc 2 134 5 is_stmt 1 discriminator 2 view .LVU1437
.LVL249:
	.loc 2 135 1 discriminator 2 view .LVU1438
.L198:
	.loc 2 135 1 discriminator 1 view .LVU1439
#APP
# 135 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL55:
	.loc 2 135 1 discriminator 1 view .LVU1440
	.loc 2 135 1 discriminator 1 view .LVU1441
	.loc 2 135 1 discriminator 1 view .LVU1442
#NO_APP
	jmp	*-8(%rbx)	# _603->code
.L185:
.L186:
	.loc 2 124 1 discriminator 2 view .LVU1443
	.loc 2 126 1 discriminator 2 view .LVU1444
	.loc 2 126 1 discriminator 2 view .LVU1445
	.loc 2 126 1 discriminator 2 view .LVU1446
	.loc 2 126 1 discriminator 2 view .LVU1447
	.loc 2 126 1 discriminator 2 view .LVU1448
	leaq	8(%rdi), %rax	#, tmp739
	cmpq	%rax, %rdx	# tmp739, sp
	jb	.L528	#,
	.loc 2 126 1 discriminator 13 view .LVU1449
	.loc 2 126 1 discriminator 13 view .LVU1450
	.loc 2 126 1 discriminator 13 view .LVU1451
	.loc 2 126 1 discriminator 13 view .LVU1452
	.loc 2 126 1 discriminator 13 view .LVU1453
	.loc 2 126 1 discriminator 13 view .LVU1454
	.loc 2 126 1 discriminator 13 view .LVU1455
	.loc 2 126 1 discriminator 13 view .LVU1456
	.loc 2 126 1 discriminator 13 view .LVU1457
	.loc 2 126 1 discriminator 13 view .LVU1458
	.loc 2 127 5 discriminator 13 view .LVU1459
	.loc 2 127 5 discriminator 13 view .LVU1460
	movq	-8(%rdx), %rax	# *_564, _566
	cmpq	$65535, %rax	#, _566
	ja	.L529	#,
	.loc 2 127 5 discriminator 2 view .LVU1461
	.loc 2 127 5 discriminator 2 view .LVU1462
	.loc 2 128 5 discriminator 2 view .LVU1463
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 is_stmt 0 discriminator 2 view .LVU1464
	movq	65544(%rdi), %rcx	# vm_532(D)->mem, vm_532(D)->mem
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 2 129 1 discriminator 2 view .LVU1465
	addq	$8, %rbx	#, vpc
.LVL250:
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 12 discriminator 2 view .LVU1466
	movq	(%rcx,%rax,8), %rax	# *_573, _574
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 2 128 10 discriminator 2 view .LVU1467
	movq	%rax, -8(%rdx)	# _574, *_564
	.loc 2 129 1 is_stmt 1 discriminator 2 view .LVU1468
.LVL251:
.L191:
	.loc 2 129 1 discriminator 1 view .LVU1469
#APP
# 129 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL56:
	.loc 2 129 1 discriminator 1 view .LVU1470
	.loc 2 129 1 discriminator 1 view .LVU1471
	.loc 2 129 1 discriminator 1 view .LVU1472
#NO_APP
	jmp	*-8(%rbx)	# _575->code
.L199:
.L200:
	.loc 2 135 1 discriminator 2 view .LVU1473
	.loc 2 137 1 discriminator 2 view .LVU1474
	.loc 2 137 1 discriminator 2 view .LVU1475
	.loc 2 137 1 discriminator 2 view .LVU1476
	.loc 2 137 1 discriminator 2 view .LVU1477
	.loc 2 137 1 discriminator 2 view .LVU1478
	leaq	8(%rdi), %rax	#, tmp747
	cmpq	%rax, %rdx	# tmp747, sp
	jb	.L530	#,
	.loc 2 137 1 discriminator 13 view .LVU1479
	.loc 2 137 1 discriminator 13 view .LVU1480
	.loc 2 137 1 discriminator 13 view .LVU1481
	.loc 2 137 1 discriminator 13 view .LVU1482
	.loc 2 137 1 discriminator 13 view .LVU1483
	.loc 2 137 1 discriminator 13 view .LVU1484
	.loc 2 137 1 discriminator 13 view .LVU1485
	.loc 2 137 1 discriminator 13 view .LVU1486
	.loc 2 137 1 discriminator 13 view .LVU1487
	.loc 2 137 1 discriminator 13 view .LVU1488
	.loc 2 138 5 discriminator 13 view .LVU1489
	.loc 2 138 5 discriminator 13 view .LVU1490
	leaq	-8(%rbx), %rax	#, tmp750
	subq	%r8, %rax	# slots, tmp751
	sarq	$3, %rax	#, tmp753
	movl	(%r15,%rax,4), %eax	# *_625, *_625
	cmpq	%rbp, %rax	# budget, *_625
	jge	.L531	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU1491
	movq	-8(%rdx), %rsi	# *_631, *_631
	leaq	-8(%rdx), %rax	#, _631
	movq	%r8, 40(%rsp)	# slots, %sfp
	movq	%r10, 32(%rsp)	# rsp, %sfp
	.loc 2 138 5 is_stmt 1 discriminator 2 view .LVU1492
	.loc 2 138 5 discriminator 2 view .LVU1493
	.loc 2 139 5 discriminator 2 view .LVU1494
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 9 is_stmt 0 discriminator 2 view .LVU1495
	movq	%rdx, 24(%rsp)	# sp, %sfp
	movq	%rdi, 16(%rsp)	# vm, %sfp
	movq	%rax, 8(%rsp)	# _631, %sfp
	call	vm_print	#
.LVL252:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 2 139 8 discriminator 2 view .LVU1496
	movq	16(%rsp), %rdi	# %sfp, vm
	movq	24(%rsp), %rdx	# %sfp, sp
	testl	%eax, %eax	# tmp826
	movq	32(%rsp), %r10	# %sfp, rsp
	movq	40(%rsp), %r8	# %sfp, slots
	jne	.L347	#,
	.loc 2 140 9 is_stmt 1 view .LVU1497
	.loc 2 141 5 view .LVU1498
.LVL253:
	.loc 2 142 1 view .LVU1499
	movq	8(%rsp), %rdx	# %sfp, sp
	addq	$8, %rbx	#, vpc
.LVL254:
.L205:
	.loc 2 142 1 discriminator 1 view .LVU1500
#APP
# 142 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL57:
	.loc 2 142 1 discriminator 1 view .LVU1501
	.loc 2 142 1 discriminator 1 view .LVU1502
	.loc 2 142 1 discriminator 1 view .LVU1503
#NO_APP
	jmp	*-8(%rbx)	# _637->code
.L305:
.L306:
	.loc 2 110 1 discriminator 16 view .LVU1504
	.loc 2 112 1 discriminator 16 view .LVU1505
	.loc 2 112 1 discriminator 16 view .LVU1506
	.loc 2 112 1 discriminator 16 view .LVU1507
	.loc 2 112 1 discriminator 16 view .LVU1508
	.loc 2 112 1 discriminator 16 view .LVU1509
	.loc 2 112 1 discriminator 16 view .LVU1510
	.loc 2 113 5 discriminator 16 view .LVU1511
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 16 view .LVU1512
	subq	$8, %rdx	#, sp
.LVL255:
	.loc 2 113 8 discriminator 16 view .LVU1513
	cmpq	$0, (%rdx)	#, *sp_419
	jne	.L532	#,
	.loc 2 114 9 is_stmt 1 view .LVU1514
	.loc 2 114 9 view .LVU1515
	.loc 2 114 9 view .LVU1516
	.loc 2 115 1 view .LVU1517
	addq	$32, %rbx	#, vpc
.LVL256:
.L311:
	.loc 2 115 1 discriminator 3 view .LVU1518
#APP
# 115 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL58:
	.loc 2 115 1 discriminator 3 view .LVU1519
	.loc 2 115 1 discriminator 3 view .LVU1520
	.loc 2 115 1 discriminator 3 view .LVU1521
#NO_APP
	jmp	*-8(%rbx)	# _919->code
.L298:
.L299:
	.loc 2 105 1 discriminator 16 view .LVU1522
	.loc 2 107 1 discriminator 16 view .LVU1523
	.loc 2 107 1 discriminator 16 view .LVU1524
	.loc 2 107 1 discriminator 16 view .LVU1525
	.loc 2 107 1 discriminator 16 view .LVU1526
	.loc 2 107 1 discriminator 16 view .LVU1527
	.loc 2 107 1 discriminator 16 view .LVU1528
	.loc 2 108 5 discriminator 16 view .LVU1529
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 16 view .LVU1530
	subq	$8, %rdx	#, sp
.LVL257:
	.loc 2 108 8 discriminator 16 view .LVU1531
	cmpq	$0, (%rdx)	#, *sp_390
	je	.L533	#,
	.loc 2 109 9 is_stmt 1 view .LVU1532
	.loc 2 109 9 view .LVU1533
	.loc 2 109 9 view .LVU1534
	.loc 2 110 1 view .LVU1535
	addq	$32, %rbx	#, vpc
.LVL258:
.L304:
	.loc 2 110 1 discriminator 3 view .LVU1536
#APP
# 110 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL59:
	.loc 2 110 1 discriminator 3 view .LVU1537
	.loc 2 110 1 discriminator 3 view .LVU1538
	.loc 2 110 1 discriminator 3 view .LVU1539
#NO_APP
	jmp	*-8(%rbx)	# _903->code
.L162:
.L163:
	.loc 2 110 1 discriminator 2 view .LVU1540
	.loc 2 112 1 discriminator 2 view .LVU1541
	.loc 2 112 1 discriminator 2 view .LVU1542
	.loc 2 112 1 discriminator 2 view .LVU1543
	.loc 2 112 1 discriminator 2 view .LVU1544
	.loc 2 112 1 discriminator 2 view .LVU1545
	leaq	8(%rdi), %rax	#, tmp726
	cmpq	%rax, %rdx	# tmp726, sp
	jb	.L534	#,
	.loc 2 112 1 discriminator 13 view .LVU1546
	.loc 2 112 1 discriminator 13 view .LVU1547
	.loc 2 112 1 discriminator 13 view .LVU1548
	.loc 2 112 1 discriminator 13 view .LVU1549
	.loc 2 112 1 discriminator 13 view .LVU1550
	.loc 2 112 1 discriminator 13 view .LVU1551
	.loc 2 112 1 discriminator 13 view .LVU1552
	.loc 2 112 1 discriminator 13 view .LVU1553
	.loc 2 112 1 discriminator 13 view .LVU1554
	.loc 2 112 1 discriminator 13 view .LVU1555
	.loc 2 113 5 discriminator 13 view .LVU1556
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 2 113 8 is_stmt 0 discriminator 13 view .LVU1557
	subq	$8, %rdx	#, sp
.LVL259:
	.loc 2 113 8 discriminator 13 view .LVU1558
	cmpq	$0, (%rdx)	#, *sp_1107
	jne	.L535	#,
	.loc 2 114 9 is_stmt 1 view .LVU1559
	.loc 2 114 9 view .LVU1560
	.loc 2 114 9 view .LVU1561
	.loc 2 115 1 view .LVU1562
	addq	$32, %rbx	#, vpc
.LVL260:
.L170:
	.loc 2 115 1 discriminator 1 view .LVU1563
#APP
# 115 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL60:
	.loc 2 115 1 discriminator 1 view .LVU1564
	.loc 2 115 1 discriminator 1 view .LVU1565
	.loc 2 115 1 discriminator 1 view .LVU1566
#NO_APP
	jmp	*-8(%rbx)	# _495->code
.L153:
.L154:
	.loc 2 105 1 discriminator 2 view .LVU1567
	.loc 2 107 1 discriminator 2 view .LVU1568
	.loc 2 107 1 discriminator 2 view .LVU1569
	.loc 2 107 1 discriminator 2 view .LVU1570
	.loc 2 107 1 discriminator 2 view .LVU1571
	.loc 2 107 1 discriminator 2 view .LVU1572
	leaq	8(%rdi), %rax	#, tmp720
	cmpq	%rax, %rdx	# tmp720, sp
	jb	.L536	#,
	.loc 2 107 1 discriminator 13 view .LVU1573
	.loc 2 107 1 discriminator 13 view .LVU1574
	.loc 2 107 1 discriminator 13 view .LVU1575
	.loc 2 107 1 discriminator 13 view .LVU1576
	.loc 2 107 1 discriminator 13 view .LVU1577
	.loc 2 107 1 discriminator 13 view .LVU1578
	.loc 2 107 1 discriminator 13 view .LVU1579
	.loc 2 107 1 discriminator 13 view .LVU1580
	.loc 2 107 1 discriminator 13 view .LVU1581
	.loc 2 107 1 discriminator 13 view .LVU1582
	.loc 2 108 5 discriminator 13 view .LVU1583
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 2 108 8 is_stmt 0 discriminator 13 view .LVU1584
	subq	$8, %rdx	#, sp
.LVL261:
	.loc 2 108 8 discriminator 13 view .LVU1585
	cmpq	$0, (%rdx)	#, *sp_1116
	je	.L537	#,
	.loc 2 109 9 is_stmt 1 view .LVU1586
	.loc 2 109 9 view .LVU1587
	.loc 2 109 9 view .LVU1588
	.loc 2 110 1 view .LVU1589
	addq	$32, %rbx	#, vpc
.LVL262:
.L161:
	.loc 2 110 1 discriminator 1 view .LVU1590
#APP
# 110 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL61:
	.loc 2 110 1 discriminator 1 view .LVU1591
	.loc 2 110 1 discriminator 1 view .LVU1592
	.loc 2 110 1 discriminator 1 view .LVU1593
#NO_APP
	jmp	*-8(%rbx)	# _471->code
.L209:
	.loc 2 146 1 discriminator 1 view .LVU1594
#APP
# 146 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL62:
	.loc 2 146 1 discriminator 1 view .LVU1595
	.loc 2 146 1 discriminator 1 view .LVU1596
	.loc 2 146 1 discriminator 1 view .LVU1597
#NO_APP
	jmp	*-8(%rbx)	# _654->code
.L206:
.L207:
.L208:
	.loc 2 142 1 discriminator 13 view .LVU1598
	.loc 2 144 1 discriminator 13 view .LVU1599
	.loc 2 144 1 discriminator 13 view .LVU1600
	.loc 2 144 1 discriminator 13 view .LVU1601
	.loc 2 144 1 discriminator 13 view .LVU1602
	.loc 2 144 1 discriminator 13 view .LVU1603
	.loc 2 144 1 discriminator 13 view .LVU1604
	.loc 2 144 1 discriminator 13 view .LVU1605
	.loc 2 144 1 discriminator 13 view .LVU1606
	.loc 2 144 1 discriminator 13 view .LVU1607
	.loc 2 144 1 discriminator 13 view .LVU1608
	.loc 2 144 1 discriminator 13 view .LVU1609
	.loc 2 144 1 discriminator 13 view .LVU1610
	.loc 2 144 1 discriminator 13 view .LVU1611
	.loc 2 145 5 discriminator 13 view .LVU1612
	.loc 2 145 5 discriminator 13 view .LVU1613
	.loc 2 145 5 discriminator 13 view .LVU1614
	.loc 2 145 5 discriminator 13 view .LVU1615
	.loc 2 145 5 discriminator 13 view .LVU1616
	xorl	%ecx, %ecx	# _965
	xorl	%eax, %eax	# _99
.L48:
# ./isa/ops.inc:145:     HALT();
	.loc 2 145 5 is_stmt 0 view .LVU1617
	movl	%ecx, 65576(%rdi)	# _965, vm_532(D)->result.status
	movq	%rax, 65584(%rdi)	# _99, vm_532(D)->result.arg
.LVL263:
	.loc 2 145 5 view .LVU1618
	jmp	*%r14	# gotovar.29_677
.LVL264:
.L297:
	.loc 2 105 1 is_stmt 1 discriminator 3 view .LVU1619
#APP
# 105 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL63:
	.loc 2 105 1 discriminator 3 view .LVU1620
	.loc 2 105 1 discriminator 3 view .LVU1621
	.loc 2 105 1 discriminator 3 view .LVU1622
#NO_APP
	jmp	*-8(%rbx)	# _887->code
.L292:
.L293:
.L294:
	.loc 2 100 33 discriminator 16 view .LVU1623
	.loc 2 103 1 discriminator 16 view .LVU1624
	.loc 2 103 1 discriminator 16 view .LVU1625
	.loc 2 103 1 discriminator 16 view .LVU1626
	.loc 2 103 1 discriminator 16 view .LVU1627
	.loc 2 103 1 discriminator 16 view .LVU1628
	.loc 2 103 1 discriminator 16 view .LVU1629
	.loc 2 104 5 discriminator 16 view .LVU1630
	.loc 2 104 5 discriminator 16 view .LVU1631
	.loc 2 104 5 discriminator 16 view .LVU1632
	cmpq	8(%rbx), %rbp	# _878->count, budget
	jl	.L538	#,
	.loc 2 104 5 discriminator 5 view .LVU1633
	.loc 2 104 5 discriminator 5 view .LVU1634
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _885
	addq	16(%rbx), %rbp	# _883->count, budget
.LVL265:
	.loc 2 104 5 discriminator 5 view .LVU1635
	.loc 2 104 5 discriminator 5 view .LVU1636
	leaq	8(%rax), %rbx	#, vpc
.LVL266:
.LDL64:
	.loc 2 104 5 discriminator 5 view .LVU1637
	.loc 2 104 5 discriminator 5 view .LVU1638
	.loc 2 104 5 discriminator 5 view .LVU1639
	jmp	*(%rax)	# _885->code
.LVL267:
.L152:
	.loc 2 105 1 discriminator 1 view .LVU1640
#APP
# 105 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL65:
	.loc 2 105 1 discriminator 1 view .LVU1641
	.loc 2 105 1 discriminator 1 view .LVU1642
	.loc 2 105 1 discriminator 1 view .LVU1643
#NO_APP
	jmp	*-8(%rbx)	# _447->code
.L147:
.L148:
.L149:
	.loc 2 100 33 discriminator 13 view .LVU1644
	.loc 2 103 1 discriminator 13 view .LVU1645
	.loc 2 103 1 discriminator 13 view .LVU1646
	.loc 2 103 1 discriminator 13 view .LVU1647
	.loc 2 103 1 discriminator 13 view .LVU1648
	.loc 2 103 1 discriminator 13 view .LVU1649
	.loc 2 103 1 discriminator 13 view .LVU1650
	.loc 2 103 1 discriminator 13 view .LVU1651
	.loc 2 103 1 discriminator 13 view .LVU1652
	.loc 2 103 1 discriminator 13 view .LVU1653
	.loc 2 103 1 discriminator 13 view .LVU1654
	.loc 2 103 1 discriminator 13 view .LVU1655
	.loc 2 103 1 discriminator 13 view .LVU1656
	.loc 2 103 1 discriminator 13 view .LVU1657
	.loc 2 104 5 discriminator 13 view .LVU1658
	.loc 2 104 5 discriminator 13 view .LVU1659
	.loc 2 104 5 discriminator 13 view .LVU1660
	cmpq	%rbp, 8(%rbx)	# budget, _438->count
	jg	.L539	#,
	.loc 2 104 5 discriminator 2 view .LVU1661
	.loc 2 104 5 discriminator 2 view .LVU1662
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _445
	addq	16(%rbx), %rbp	# _443->count, budget
.LVL268:
	.loc 2 104 5 discriminator 2 view .LVU1663
	.loc 2 104 5 discriminator 2 view .LVU1664
	leaq	8(%rax), %rbx	#, vpc
.LVL269:
.LDL66:
	.loc 2 104 5 discriminator 2 view .LVU1665
	.loc 2 104 5 discriminator 2 view .LVU1666
	.loc 2 104 5 discriminator 2 view .LVU1667
	jmp	*(%rax)	# _445->code
.LVL270:
.L177:
	.loc 2 120 1 discriminator 1 view .LVU1668
#APP
# 120 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL67:
	.loc 2 120 1 discriminator 1 view .LVU1669
	.loc 2 120 1 discriminator 1 view .LVU1670
	.loc 2 120 1 discriminator 1 view .LVU1671
#NO_APP
	jmp	*-8(%rbx)	# _522->code
.L171:
.L172:
	.loc 2 115 1 discriminator 9 view .LVU1672
	.loc 2 117 1 discriminator 9 view .LVU1673
	.loc 2 117 1 discriminator 9 view .LVU1674
	.loc 2 117 1 discriminator 9 view .LVU1675
	.loc 2 117 1 discriminator 9 view .LVU1676
	.loc 2 117 1 discriminator 9 view .LVU1677
	.loc 2 117 1 discriminator 9 view .LVU1678
	.loc 2 117 1 discriminator 9 view .LVU1679
	.loc 2 117 1 discriminator 9 view .LVU1680
	.loc 2 117 1 discriminator 9 view .LVU1681
	leaq	65544(%rdi), %rax	#, tmp732
	cmpq	%rax, %r12	# tmp732, rsp
	je	.L540	#,
	.loc 2 117 1 discriminator 13 view .LVU1682
	.loc 2 117 1 discriminator 13 view .LVU1683
	.loc 2 117 1 discriminator 13 view .LVU1684
	.loc 2 117 1 discriminator 13 view .LVU1685
	.loc 2 118 5 discriminator 13 view .LVU1686
	leaq	32(%rbx), %rax	#, tmp733
	leaq	8(%r12), %rcx	#, rsp
.LVL271:
	.loc 2 118 5 is_stmt 0 discriminator 13 view .LVU1687
	movq	%rax, (%r12)	# tmp733, *rsp_691
.LDL68:
	.loc 2 119 5 is_stmt 1 discriminator 13 view .LVU1688
	.loc 2 119 5 discriminator 13 view .LVU1689
	.loc 2 119 5 discriminator 13 view .LVU1690
	cmpq	%rbp, 8(%rbx)	# budget, _513->count
	jg	.L541	#,
	.loc 2 119 5 discriminator 2 view .LVU1691
	.loc 2 119 5 discriminator 2 view .LVU1692
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _520
	addq	16(%rbx), %rbp	# _518->count, budget
.LVL272:
	.loc 2 119 5 discriminator 2 view .LVU1693
	.loc 2 119 5 discriminator 2 view .LVU1694
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 2 view .LVU1695
	movq	%rcx, %r12	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 2 view .LVU1696
	leaq	8(%rax), %rbx	#, vpc
.LVL273:
.LDL69:
	.loc 2 119 5 is_stmt 1 discriminator 2 view .LVU1697
	.loc 2 119 5 discriminator 2 view .LVU1698
	.loc 2 119 5 discriminator 2 view .LVU1699
	.loc 2 119 5 is_stmt 0 discriminator 2 view .LVU1700
	movq	(%rax), %rax	# _520->code, gotovar.29_677
	jmp	*%rax	# gotovar.29_677
.LVL274:
.L184:
	.loc 2 124 1 is_stmt 1 discriminator 1 view .LVU1701
#APP
# 124 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL70:
	.loc 2 124 1 discriminator 1 view .LVU1702
	.loc 2 124 1 discriminator 1 view .LVU1703
	.loc 2 124 1 discriminator 1 view .LVU1704
#NO_APP
	jmp	*-8(%rbx)	# _548->code
.L178:
.L179:
	.loc 2 120 1 discriminator 11 view .LVU1705
	.loc 2 122 1 discriminator 11 view .LVU1706
	.loc 2 122 1 discriminator 11 view .LVU1707
	.loc 2 122 1 discriminator 11 view .LVU1708
	.loc 2 122 1 discriminator 11 view .LVU1709
	.loc 2 122 1 discriminator 11 view .LVU1710
	.loc 2 122 1 discriminator 11 view .LVU1711
	.loc 2 122 1 discriminator 11 view .LVU1712
	.loc 2 122 1 discriminator 11 view .LVU1713
	.loc 2 122 1 discriminator 11 view .LVU1714
	.loc 2 122 1 discriminator 11 view .LVU1715
	.loc 2 122 1 discriminator 11 view .LVU1716
	cmpq	%r12, %r10	# rsp, rsp
	je	.L542	#,
	.loc 2 122 1 discriminator 13 view .LVU1717
	.loc 2 122 1 discriminator 13 view .LVU1718
	.loc 2 123 5 discriminator 13 view .LVU1719
.LBB88:
	.loc 2 123 5 discriminator 13 view .LVU1720
	movq	(%rbx), %rsi	# vpc_1039(ab)->count, _541
	movq	-8(%r12), %rax	# MEM[(uintptr_t *)rsp_691 + -8B], to_
	leaq	-8(%r12), %r11	#, rsp
.LVL275:
.LDL71:
	.loc 2 123 5 discriminator 13 view .LVU1721
	.loc 2 123 5 discriminator 13 view .LVU1722
	.loc 2 123 5 discriminator 13 view .LVU1723
	cmpq	%rbp, %rsi	# budget, _541
	jg	.L543	#,
	.loc 2 123 5 discriminator 3 view .LVU1724
	.loc 2 123 5 discriminator 3 view .LVU1725
	movq	-24(%rax), %rcx	# MEM[(const union slot *)to__1091 + -24B].count, tmp737
	leaq	8(%rax), %rbx	#, vpc
.LVL276:
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU1726
	movq	(%rax), %rax	# to__1091->code, gotovar.29_677
.LVL277:
	.loc 2 123 5 discriminator 3 view .LVU1727
	movq	%r11, %r12	# rsp, rsp
	subq	%rsi, %rcx	# _541, tmp737
	addq	%rcx, %rbp	# tmp737, budget
.LVL278:
	.loc 2 123 5 is_stmt 1 discriminator 3 view .LVU1728
	.loc 2 123 5 discriminator 3 view .LVU1729
.LDL72:
	.loc 2 123 5 discriminator 3 view .LVU1730
	.loc 2 123 5 discriminator 3 view .LVU1731
	.loc 2 123 5 discriminator 3 view .LVU1732
	.loc 2 123 5 is_stmt 0 discriminator 3 view .LVU1733
	jmp	*%rax	# gotovar.29_677
.LVL279:
.L318:
	.loc 2 123 5 discriminator 3 view .LVU1734
.LBE88:
	.loc 2 120 1 is_stmt 1 discriminator 3 view .LVU1735
#APP
# 120 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL73:
	.loc 2 120 1 discriminator 3 view .LVU1736
	.loc 2 120 1 discriminator 3 view .LVU1737
	.loc 2 120 1 discriminator 3 view .LVU1738
#NO_APP
	jmp	*-8(%rbx)	# _956->code
.L312:
.L313:
	.loc 2 115 1 discriminator 14 view .LVU1739
	.loc 2 117 1 discriminator 14 view .LVU1740
	.loc 2 117 1 discriminator 14 view .LVU1741
	.loc 2 117 1 discriminator 14 view .LVU1742
	movslq	24(%rbx), %rax	# _923->frame.need, _923->frame.need
	movq	%rdx, %rcx	# sp, tmp795
	leaq	(%rdi,%rax,8), %rax	#, tmp794
	subq	%rax, %rcx	# tmp794, tmp795
	movslq	28(%rbx), %rax	# _923->frame.span, _923->frame.span
	salq	$3, %rax	#, tmp798
	cmpq	%rcx, %rax	# tmp795, tmp798
	jb	.L314	#,
# ./isa/ops.inc:117: OP_BEGIN(CALL)                                  /* --            */
	.loc 2 117 1 is_stmt 0 discriminator 16 view .LVU1743
	leaq	65544(%rdi), %rax	#, tmp799
	cmpq	%rax, %r12	# tmp799, rsp
	je	.L314	#,
	.loc 2 117 1 is_stmt 1 discriminator 18 view .LVU1744
	.loc 2 117 1 discriminator 18 view .LVU1745
	.loc 2 117 1 discriminator 18 view .LVU1746
	.loc 2 118 5 discriminator 18 view .LVU1747
	leaq	32(%rbx), %rax	#, tmp802
	leaq	8(%r12), %rcx	#, rsp
.LVL280:
	.loc 2 118 5 is_stmt 0 discriminator 18 view .LVU1748
	movq	%rax, (%r12)	# tmp802, *rsp_691
.LDL74:
	.loc 2 119 5 is_stmt 1 discriminator 18 view .LVU1749
	.loc 2 119 5 discriminator 18 view .LVU1750
	.loc 2 119 5 discriminator 18 view .LVU1751
	cmpq	8(%rbx), %rbp	# _947->count, budget
	jl	.L544	#,
	.loc 2 119 5 discriminator 5 view .LVU1752
	.loc 2 119 5 discriminator 5 view .LVU1753
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _954
	addq	16(%rbx), %rbp	# _952->count, budget
.LVL281:
	.loc 2 119 5 discriminator 5 view .LVU1754
	.loc 2 119 5 discriminator 5 view .LVU1755
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 5 view .LVU1756
	movq	%rcx, %r12	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 5 view .LVU1757
	leaq	8(%rax), %rbx	#, vpc
.LVL282:
.LDL75:
	.loc 2 119 5 is_stmt 1 discriminator 5 view .LVU1758
	.loc 2 119 5 discriminator 5 view .LVU1759
	.loc 2 119 5 discriminator 5 view .LVU1760
	.loc 2 119 5 is_stmt 0 discriminator 5 view .LVU1761
	movq	(%rax), %rax	# _954->code, gotovar.29_677
	jmp	*%rax	# gotovar.29_677
.LVL283:
.L6:
	.loc 2 146 1 is_stmt 1 view .LVU1762
	.loc 1 164 5 view .LVU1763
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 52 is_stmt 0 view .LVU1764
	leaq	-8(%rbx), %rax	#, tmp816
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 5 view .LVU1765
	movq	65584(%rdi), %rdx	# vm_532(D)->result.arg, vm_532(D)->result.arg
.LVL284:
	.loc 1 164 5 view .LVU1766
	movl	65576(%rdi), %esi	# vm_532(D)->result.status, vm_532(D)->result.status
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 52 view .LVU1767
	subq	%r8, %rax	# slots, tmp817
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 5 view .LVU1768
	movq	%rbp, %r8	# budget,
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 52 view .LVU1769
	sarq	$3, %rax	#, tmp819
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 5 view .LVU1770
	movl	(%r15,%rax,4), %ecx	# *_1048, *_1048
# dispatch/inline/inline.c:166: }
	.loc 1 166 1 view .LVU1771
	addq	$56, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 48
.LVL285:
	.loc 1 166 1 view .LVU1772
	popq	%rbp	#
	.cfi_restore 6
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_restore 12
	.cfi_def_cfa_offset 32
.LVL286:
	.loc 1 166 1 view .LVU1773
	popq	%r13	#
	.cfi_restore 13
	.cfi_def_cfa_offset 24
.LVL287:
	.loc 1 166 1 view .LVU1774
	popq	%r14	#
	.cfi_restore 14
	.cfi_def_cfa_offset 16
.LVL288:
	.loc 1 166 1 view .LVU1775
	popq	%r15	#
	.cfi_restore 15
	.cfi_def_cfa_offset 8
.LVL289:
# dispatch/inline/inline.c:164:     vm_stop(vm, vm->result.status, vm->result.arg, ORD_HERE(), budget);
	.loc 1 164 5 view .LVU1776
	jmp	vm_stop	#
.LVL290:
.L345:
	.cfi_restore_state
	.loc 2 146 1 is_stmt 1 discriminator 3 view .LVU1777
#APP
# 146 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL76:
	.loc 2 146 1 discriminator 3 view .LVU1778
	.loc 2 146 1 discriminator 3 view .LVU1779
	.loc 2 146 1 discriminator 3 view .LVU1780
#NO_APP
	jmp	*-8(%rbx)	# _1041->code
.L342:
.L343:
.L344:
	.loc 2 142 1 discriminator 16 view .LVU1781
	.loc 2 144 1 discriminator 16 view .LVU1782
	.loc 2 144 1 discriminator 16 view .LVU1783
	.loc 2 144 1 discriminator 16 view .LVU1784
	.loc 2 144 1 discriminator 16 view .LVU1785
	.loc 2 144 1 discriminator 16 view .LVU1786
	.loc 2 144 1 discriminator 16 view .LVU1787
	.loc 2 145 5 discriminator 16 view .LVU1788
	.loc 2 145 5 discriminator 16 view .LVU1789
	.loc 2 145 5 discriminator 16 view .LVU1790
	.loc 2 145 5 discriminator 16 view .LVU1791
	.loc 2 145 5 discriminator 16 view .LVU1792
	xorl	%eax, %eax	# _758
.LVL291:
.L8:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 is_stmt 0 view .LVU1793
	movl	%eax, 65576(%rdi)	# _758, vm_532(D)->result.status
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
.LVL292:
	.loc 2 140 9 view .LVU1794
	jmp	*%r14	# gotovar.29_677
.LVL293:
	.p2align 4,,10
	.p2align 3
.L323:
	.loc 2 124 1 is_stmt 1 discriminator 3 view .LVU1795
#APP
# 124 "./isa/ops.inc" 1
	
















# 0 "" 2
.LDL77:
	.loc 2 124 1 discriminator 3 view .LVU1796
	.loc 2 124 1 discriminator 3 view .LVU1797
	.loc 2 124 1 discriminator 3 view .LVU1798
#NO_APP
	jmp	*-8(%rbx)	# _971->code
.L319:
.L320:
	.loc 2 120 1 discriminator 16 view .LVU1799
	.loc 2 122 1 discriminator 16 view .LVU1800
	.loc 2 122 1 discriminator 16 view .LVU1801
	.loc 2 122 1 discriminator 16 view .LVU1802
	.loc 2 122 1 discriminator 16 view .LVU1803
	.loc 2 122 1 discriminator 16 view .LVU1804
	.loc 2 122 1 discriminator 16 view .LVU1805
	.loc 2 123 5 discriminator 16 view .LVU1806
.LBB89:
	.loc 2 123 5 discriminator 16 view .LVU1807
	movq	(%rbx), %rsi	# vpc_1039(ab)->count, _963
	movq	-8(%r12), %rax	# MEM[(uintptr_t *)rsp_691 + -8B], to_
	leaq	-8(%r12), %r11	#, rsp
.LVL294:
.LDL78:
	.loc 2 123 5 discriminator 16 view .LVU1808
	.loc 2 123 5 discriminator 16 view .LVU1809
	.loc 2 123 5 discriminator 16 view .LVU1810
	cmpq	%rsi, %rbp	# _963, budget
	jl	.L545	#,
	.loc 2 123 5 discriminator 7 view .LVU1811
	.loc 2 123 5 discriminator 7 view .LVU1812
	movq	-24(%rax), %rcx	# MEM[(const union slot *)to__437 + -24B].count, tmp806
	leaq	8(%rax), %rbx	#, vpc
.LVL295:
	.loc 2 123 5 is_stmt 0 discriminator 7 view .LVU1813
	movq	(%rax), %rax	# to__437->code, gotovar.29_677
.LVL296:
	.loc 2 123 5 discriminator 7 view .LVU1814
	movq	%r11, %r12	# rsp, rsp
	subq	%rsi, %rcx	# _963, tmp806
	addq	%rcx, %rbp	# tmp806, budget
.LVL297:
	.loc 2 123 5 is_stmt 1 discriminator 7 view .LVU1815
	.loc 2 123 5 discriminator 7 view .LVU1816
.LDL79:
	.loc 2 123 5 discriminator 7 view .LVU1817
	.loc 2 123 5 discriminator 7 view .LVU1818
	.loc 2 123 5 discriminator 7 view .LVU1819
	.loc 2 123 5 is_stmt 0 discriminator 7 view .LVU1820
	jmp	*%rax	# gotovar.29_677
.LVL298:
.L532:
.L308:
	.loc 2 123 5 discriminator 7 view .LVU1821
.LBE89:
	.loc 2 114 9 is_stmt 1 view .LVU1822
	.loc 2 114 9 view .LVU1823
	.loc 2 114 9 view .LVU1824
	cmpq	8(%rbx), %rbp	# _910->count, budget
	jl	.L546	#,
	.loc 2 114 9 discriminator 5 view .LVU1825
	.loc 2 114 9 discriminator 5 view .LVU1826
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _917
	addq	16(%rbx), %rbp	# _915->count, budget
.LVL299:
	.loc 2 114 9 discriminator 5 view .LVU1827
	.loc 2 114 9 discriminator 5 view .LVU1828
	leaq	8(%rax), %rbx	#, vpc
.LVL300:
.LDL80:
	.loc 2 114 9 discriminator 5 view .LVU1829
	.loc 2 114 9 discriminator 5 view .LVU1830
	.loc 2 114 9 discriminator 5 view .LVU1831
	jmp	*(%rax)	# _917->code
.LVL301:
.L533:
.L301:
	.loc 2 109 9 view .LVU1832
	.loc 2 109 9 view .LVU1833
	.loc 2 109 9 view .LVU1834
	cmpq	8(%rbx), %rbp	# _894->count, budget
	jl	.L547	#,
	.loc 2 109 9 discriminator 5 view .LVU1835
	.loc 2 109 9 discriminator 5 view .LVU1836
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _901
	addq	16(%rbx), %rbp	# _899->count, budget
.LVL302:
	.loc 2 109 9 discriminator 5 view .LVU1837
	.loc 2 109 9 discriminator 5 view .LVU1838
	leaq	8(%rax), %rbx	#, vpc
.LVL303:
.LDL81:
	.loc 2 109 9 discriminator 5 view .LVU1839
	.loc 2 109 9 discriminator 5 view .LVU1840
	.loc 2 109 9 discriminator 5 view .LVU1841
	jmp	*(%rax)	# _901->code
.LVL304:
.L537:
.L158:
	.loc 2 109 9 view .LVU1842
	.loc 2 109 9 view .LVU1843
	.loc 2 109 9 view .LVU1844
	cmpq	%rbp, 8(%rbx)	# budget, _462->count
	jg	.L548	#,
	.loc 2 109 9 discriminator 2 view .LVU1845
	.loc 2 109 9 discriminator 2 view .LVU1846
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _469
	addq	16(%rbx), %rbp	# _467->count, budget
.LVL305:
	.loc 2 109 9 discriminator 2 view .LVU1847
	.loc 2 109 9 discriminator 2 view .LVU1848
	leaq	8(%rax), %rbx	#, vpc
.LVL306:
.LDL82:
	.loc 2 109 9 discriminator 2 view .LVU1849
	.loc 2 109 9 discriminator 2 view .LVU1850
	.loc 2 109 9 discriminator 2 view .LVU1851
	jmp	*(%rax)	# _469->code
.LVL307:
.L535:
.L167:
	.loc 2 114 9 view .LVU1852
	.loc 2 114 9 view .LVU1853
	.loc 2 114 9 view .LVU1854
	cmpq	%rbp, 8(%rbx)	# budget, _486->count
	jg	.L549	#,
	.loc 2 114 9 discriminator 2 view .LVU1855
	.loc 2 114 9 discriminator 2 view .LVU1856
	movq	(%rbx), %rax	# vpc_1039(ab)->target, _493
	addq	16(%rbx), %rbp	# _491->count, budget
.LVL308:
	.loc 2 114 9 discriminator 2 view .LVU1857
	.loc 2 114 9 discriminator 2 view .LVU1858
	leaq	8(%rax), %rbx	#, vpc
.LVL309:
.LDL83:
	.loc 2 114 9 discriminator 2 view .LVU1859
	.loc 2 114 9 discriminator 2 view .LVU1860
	.loc 2 114 9 discriminator 2 view .LVU1861
	jmp	*(%rax)	# _493->code
.LVL310:
.L494:
.LBB90:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 is_stmt 0 discriminator 5 view .LVU1862
	negq	%rax	# iftmp.23_141
.LVL311:
	.loc 2 71 5 discriminator 5 view .LVU1863
	jmp	.L245	#
.LVL312:
.L523:
	.loc 2 71 5 discriminator 5 view .LVU1864
.LBE90:
.LBB91:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 2 71 5 discriminator 1 view .LVU1865
	negq	%rax	# iftmp.9_684
.LVL313:
	.loc 2 71 5 discriminator 1 view .LVU1866
	jmp	.L72	#
.LVL314:
.L314:
	.loc 2 71 5 discriminator 1 view .LVU1867
.LBE91:
	.loc 2 117 1 is_stmt 1 discriminator 17 view .LVU1868
	.loc 2 117 1 discriminator 17 view .LVU1869
	movq	24(%r13), %rax	# t_536(D)->nslots, t_536(D)->nslots
	leaq	(%rbx,%rax,8), %rbx	#, vpc
.LVL315:
.LDL84:
	.loc 2 117 1 discriminator 17 view .LVU1870
	.loc 2 117 1 discriminator 17 view .LVU1871
	.loc 2 117 1 discriminator 17 view .LVU1872
	jmp	*-8(%rbx)	# MEM[(const union slot *)vpc_418 + -8B].code
.LVL316:
.L541:
.L176:
	.loc 2 119 5 discriminator 1 view .LVU1873
	.loc 2 119 5 discriminator 1 view .LVU1874
	.loc 2 119 5 discriminator 1 view .LVU1875
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 119 5 discriminator 1 view .LVU1876
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 1 view .LVU1877
	movq	%rcx, %r12	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 1 view .LVU1878
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 119 5 is_stmt 1 discriminator 1 view .LVU1879
.LVL317:
	.loc 2 119 5 is_stmt 0 discriminator 1 view .LVU1880
	jmp	*%r14	# gotovar.29_677
.LVL318:
.L496:
.L140:
	.loc 2 99 1 is_stmt 1 discriminator 4 view .LVU1881
	.loc 2 99 1 discriminator 4 view .LVU1882
	.loc 2 99 1 discriminator 4 view .LVU1883
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 99 1 discriminator 4 view .LVU1884
	movq	%rdx, %rax	# sp, tmp708
	subq	%rdi, %rax	# vm, tmp708
	sarq	$3, %rax	#, tmp709
	movq	%rax, 65584(%rdi)	# tmp709, vm_532(D)->result.arg
	.loc 2 99 1 discriminator 4 view .LVU1885
.LVL319:
	.loc 2 99 1 is_stmt 0 discriminator 4 view .LVU1886
	jmp	*%r14	# gotovar.29_677
.LVL320:
.L497:
.L135:
	.loc 2 98 1 is_stmt 1 discriminator 4 view .LVU1887
	.loc 2 98 1 discriminator 4 view .LVU1888
	.loc 2 98 1 discriminator 4 view .LVU1889
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 98 1 discriminator 4 view .LVU1890
	movq	%rdx, %rax	# sp, tmp703
	subq	%rdi, %rax	# vm, tmp703
	sarq	$3, %rax	#, _119
	.loc 2 98 1 discriminator 4 view .LVU1891
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1892
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL321:
	.loc 2 63 1 discriminator 4 view .LVU1893
	jmp	*%r14	# gotovar.29_677
.LVL322:
.L495:
.L145:
	.loc 2 100 1 is_stmt 1 discriminator 4 view .LVU1894
	.loc 2 100 1 discriminator 4 view .LVU1895
	.loc 2 100 1 discriminator 4 view .LVU1896
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 100 1 discriminator 4 view .LVU1897
	movq	%rdx, %rax	# sp, tmp713
	subq	%rdi, %rax	# vm, tmp713
	sarq	$3, %rax	#, _119
	.loc 2 100 1 discriminator 4 view .LVU1898
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1899
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL323:
	.loc 2 63 1 discriminator 4 view .LVU1900
	jmp	*%r14	# gotovar.29_677
.LVL324:
.L492:
.L250:
	.loc 2 76 9 is_stmt 1 view .LVU1901
	.loc 2 76 9 view .LVU1902
	.loc 2 76 9 view .LVU1903
	movl	$1, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 76 9 view .LVU1904
	.loc 2 76 9 view .LVU1905
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 view .LVU1906
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL325:
	.loc 2 63 1 view .LVU1907
	jmp	*%r14	# gotovar.29_677
.LVL326:
.L539:
.L151:
	.loc 2 104 5 is_stmt 1 discriminator 1 view .LVU1908
	.loc 2 104 5 discriminator 1 view .LVU1909
	.loc 2 104 5 discriminator 1 view .LVU1910
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 104 5 discriminator 1 view .LVU1911
	.loc 2 104 5 discriminator 1 view .LVU1912
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 1 view .LVU1913
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL327:
	.loc 2 63 1 discriminator 1 view .LVU1914
	jmp	*%r14	# gotovar.29_677
.LVL328:
.L534:
.L165:
	.loc 2 112 1 is_stmt 1 discriminator 4 view .LVU1915
	.loc 2 112 1 discriminator 4 view .LVU1916
	.loc 2 112 1 discriminator 4 view .LVU1917
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 112 1 discriminator 4 view .LVU1918
	movq	%rdx, %rax	# sp, tmp727
	subq	%rdi, %rax	# vm, tmp727
	sarq	$3, %rax	#, tmp728
	movq	%rax, 65584(%rdi)	# tmp728, vm_532(D)->result.arg
	.loc 2 112 1 discriminator 4 view .LVU1919
.LVL329:
	.loc 2 112 1 is_stmt 0 discriminator 4 view .LVU1920
	jmp	*%r14	# gotovar.29_677
.LVL330:
.L536:
.L156:
	.loc 2 107 1 is_stmt 1 discriminator 4 view .LVU1921
	.loc 2 107 1 discriminator 4 view .LVU1922
	.loc 2 107 1 discriminator 4 view .LVU1923
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 107 1 discriminator 4 view .LVU1924
	movq	%rdx, %rax	# sp, tmp721
	subq	%rdi, %rax	# vm, tmp721
	sarq	$3, %rax	#, tmp722
	movq	%rax, 65584(%rdi)	# tmp722, vm_532(D)->result.arg
	.loc 2 107 1 discriminator 4 view .LVU1925
.LVL331:
	.loc 2 107 1 is_stmt 0 discriminator 4 view .LVU1926
	jmp	*%r14	# gotovar.29_677
.LVL332:
.L538:
.L296:
	.loc 2 104 5 is_stmt 1 discriminator 4 view .LVU1927
	.loc 2 104 5 discriminator 4 view .LVU1928
	.loc 2 104 5 discriminator 4 view .LVU1929
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 104 5 discriminator 4 view .LVU1930
	.loc 2 104 5 discriminator 4 view .LVU1931
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1932
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL333:
	.loc 2 63 1 discriminator 4 view .LVU1933
	jmp	*%r14	# gotovar.29_677
.LVL334:
.L524:
.L338:
	.loc 2 138 5 is_stmt 1 discriminator 3 view .LVU1934
	.loc 2 138 5 discriminator 3 view .LVU1935
	.loc 2 138 5 discriminator 3 view .LVU1936
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 138 5 discriminator 3 view .LVU1937
	.loc 2 138 5 discriminator 3 view .LVU1938
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 3 view .LVU1939
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL335:
	.loc 2 63 1 discriminator 3 view .LVU1940
	jmp	*%r14	# gotovar.29_677
.LVL336:
.L525:
.L340:
	.loc 2 140 9 is_stmt 1 view .LVU1941
	.loc 2 140 9 view .LVU1942
	.loc 2 140 9 view .LVU1943
	movl	$8, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 140 9 view .LVU1944
	.loc 2 140 9 view .LVU1945
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 view .LVU1946
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL337:
	.loc 2 63 1 view .LVU1947
	jmp	*%r14	# gotovar.29_677
.LVL338:
.L490:
.L333:
	.loc 2 132 5 is_stmt 1 discriminator 3 view .LVU1948
	.loc 2 132 5 discriminator 3 view .LVU1949
	.loc 2 132 5 discriminator 3 view .LVU1950
	movl	$6, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 132 5 discriminator 3 view .LVU1951
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], _119
	.loc 2 132 5 discriminator 3 view .LVU1952
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 3 view .LVU1953
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL339:
	.loc 2 63 1 discriminator 3 view .LVU1954
	jmp	*%r14	# gotovar.29_677
.LVL340:
.L506:
.L90:
	.loc 2 84 1 is_stmt 1 discriminator 4 view .LVU1955
	.loc 2 84 1 discriminator 4 view .LVU1956
	.loc 2 84 1 discriminator 4 view .LVU1957
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 84 1 discriminator 4 view .LVU1958
	movq	%rdx, %rax	# sp, tmp663
	subq	%rdi, %rax	# vm, tmp663
	sarq	$3, %rax	#, _119
	.loc 2 84 1 discriminator 4 view .LVU1959
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1960
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL341:
	.loc 2 63 1 discriminator 4 view .LVU1961
	jmp	*%r14	# gotovar.29_677
.LVL342:
.L507:
.L85:
	.loc 2 80 1 is_stmt 1 discriminator 4 view .LVU1962
	.loc 2 80 1 discriminator 4 view .LVU1963
	.loc 2 80 1 discriminator 4 view .LVU1964
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 80 1 discriminator 4 view .LVU1965
	movq	%rdx, %rax	# sp, tmp660
	subq	%rdi, %rax	# vm, tmp660
	sarq	$3, %rax	#, _119
	.loc 2 80 1 discriminator 4 view .LVU1966
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1967
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL343:
	.loc 2 63 1 discriminator 4 view .LVU1968
	jmp	*%r14	# gotovar.29_677
.LVL344:
.L508:
.L63:
	.loc 2 65 1 is_stmt 1 discriminator 4 view .LVU1969
	.loc 2 65 1 discriminator 4 view .LVU1970
	.loc 2 65 1 discriminator 4 view .LVU1971
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 65 1 discriminator 4 view .LVU1972
	movq	%rdx, %rax	# sp, tmp646
	subq	%rdi, %rax	# vm, tmp646
	sarq	$3, %rax	#, _119
	.loc 2 65 1 discriminator 4 view .LVU1973
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1974
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL345:
	.loc 2 63 1 discriminator 4 view .LVU1975
	jmp	*%r14	# gotovar.29_677
.LVL346:
.L509:
.L58:
	.loc 2 64 1 is_stmt 1 discriminator 4 view .LVU1976
	.loc 2 64 1 discriminator 4 view .LVU1977
	.loc 2 64 1 discriminator 4 view .LVU1978
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 64 1 discriminator 4 view .LVU1979
	movq	%rdx, %rax	# sp, tmp642
	subq	%rdi, %rax	# vm, tmp642
	sarq	$3, %rax	#, _119
	.loc 2 64 1 discriminator 4 view .LVU1980
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1981
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL347:
	.loc 2 63 1 discriminator 4 view .LVU1982
	jmp	*%r14	# gotovar.29_677
.LVL348:
.L517:
.L77:
	.loc 2 74 1 is_stmt 1 discriminator 4 view .LVU1983
	.loc 2 74 1 discriminator 4 view .LVU1984
	.loc 2 74 1 discriminator 4 view .LVU1985
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 74 1 discriminator 4 view .LVU1986
	movq	%rdx, %rax	# sp, tmp655
	subq	%rdi, %rax	# vm, tmp655
	sarq	$3, %rax	#, _119
	.loc 2 74 1 discriminator 4 view .LVU1987
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU1988
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL349:
	.loc 2 63 1 discriminator 4 view .LVU1989
	jmp	*%r14	# gotovar.29_677
.LVL350:
.L542:
.L181:
	.loc 2 122 1 is_stmt 1 discriminator 12 view .LVU1990
	.loc 2 122 1 discriminator 12 view .LVU1991
	.loc 2 122 1 discriminator 12 view .LVU1992
	movl	$4, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 122 1 discriminator 12 view .LVU1993
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 122 1 discriminator 12 view .LVU1994
.LVL351:
	.loc 2 122 1 is_stmt 0 discriminator 12 view .LVU1995
	jmp	*%r14	# gotovar.29_677
.LVL352:
.L543:
.L183:
.LBB92:
	.loc 2 123 5 is_stmt 1 discriminator 2 view .LVU1996
	.loc 2 123 5 discriminator 2 view .LVU1997
	.loc 2 123 5 discriminator 2 view .LVU1998
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 123 5 discriminator 2 view .LVU1999
	movq	%r11, %r12	# rsp, rsp
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 123 5 discriminator 2 view .LVU2000
.LVL353:
	.loc 2 123 5 is_stmt 0 discriminator 2 view .LVU2001
	jmp	*%r14	# gotovar.29_677
.LVL354:
.L514:
.L16:
	.loc 2 123 5 discriminator 2 view .LVU2002
.LBE92:
	.loc 2 35 1 is_stmt 1 discriminator 8 view .LVU2003
	.loc 2 35 1 discriminator 8 view .LVU2004
	.loc 2 35 1 discriminator 8 view .LVU2005
	movl	$3, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 35 1 discriminator 8 view .LVU2006
	movq	%rdx, %rax	# sp, tmp614
	subq	%rdi, %rax	# vm, tmp614
	sarq	$3, %rax	#, _119
	.loc 2 35 1 discriminator 8 view .LVU2007
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 8 view .LVU2008
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL355:
	.loc 2 63 1 discriminator 8 view .LVU2009
	jmp	*%r14	# gotovar.29_677
.LVL356:
.L515:
.L27:
	.loc 2 43 1 is_stmt 1 discriminator 4 view .LVU2010
	.loc 2 43 1 discriminator 4 view .LVU2011
	.loc 2 43 1 discriminator 4 view .LVU2012
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 43 1 discriminator 4 view .LVU2013
	movq	%rdx, %rax	# sp, tmp620
	subq	%rdi, %rax	# vm, tmp620
	sarq	$3, %rax	#, _119
	.loc 2 43 1 discriminator 4 view .LVU2014
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2015
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL357:
	.loc 2 63 1 discriminator 4 view .LVU2016
	jmp	*%r14	# gotovar.29_677
.LVL358:
.L516:
.L29:
	.loc 2 43 1 is_stmt 1 discriminator 8 view .LVU2017
	.loc 2 43 1 discriminator 8 view .LVU2018
	.loc 2 43 1 discriminator 8 view .LVU2019
	movl	$3, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 43 1 discriminator 8 view .LVU2020
	movq	%rdx, %rax	# sp, tmp623
	subq	%rdi, %rax	# vm, tmp623
	sarq	$3, %rax	#, _119
	.loc 2 43 1 discriminator 8 view .LVU2021
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 8 view .LVU2022
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL359:
	.loc 2 63 1 discriminator 8 view .LVU2023
	jmp	*%r14	# gotovar.29_677
.LVL360:
.L512:
.L34:
	.loc 2 47 1 is_stmt 1 discriminator 4 view .LVU2024
	.loc 2 47 1 discriminator 4 view .LVU2025
	.loc 2 47 1 discriminator 4 view .LVU2026
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 47 1 discriminator 4 view .LVU2027
	movq	%rdx, %rax	# sp, tmp626
	subq	%rdi, %rax	# vm, tmp626
	sarq	$3, %rax	#, _119
	.loc 2 47 1 discriminator 4 view .LVU2028
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2029
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL361:
	.loc 2 63 1 discriminator 4 view .LVU2030
	jmp	*%r14	# gotovar.29_677
.LVL362:
.L513:
.L22:
	.loc 2 39 1 is_stmt 1 discriminator 4 view .LVU2031
	.loc 2 39 1 discriminator 4 view .LVU2032
	.loc 2 39 1 discriminator 4 view .LVU2033
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 39 1 discriminator 4 view .LVU2034
	movq	%rdx, %rax	# sp, tmp617
	subq	%rdi, %rax	# vm, tmp617
	sarq	$3, %rax	#, tmp618
	movq	%rax, 65584(%rdi)	# tmp618, vm_532(D)->result.arg
	.loc 2 39 1 discriminator 4 view .LVU2035
.LVL363:
	.loc 2 39 1 is_stmt 0 discriminator 4 view .LVU2036
	jmp	*%r14	# gotovar.29_677
.LVL364:
.L530:
.L202:
	.loc 2 137 1 is_stmt 1 discriminator 4 view .LVU2037
	.loc 2 137 1 discriminator 4 view .LVU2038
	.loc 2 137 1 discriminator 4 view .LVU2039
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 137 1 discriminator 4 view .LVU2040
	movq	%rdx, %rax	# sp, tmp748
	subq	%rdi, %rax	# vm, tmp748
	sarq	$3, %rax	#, _119
	.loc 2 137 1 discriminator 4 view .LVU2041
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2042
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL365:
	.loc 2 63 1 discriminator 4 view .LVU2043
	jmp	*%r14	# gotovar.29_677
.LVL366:
.L531:
.L204:
	.loc 2 138 5 is_stmt 1 discriminator 1 view .LVU2044
	.loc 2 138 5 discriminator 1 view .LVU2045
	.loc 2 138 5 discriminator 1 view .LVU2046
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 138 5 discriminator 1 view .LVU2047
	.loc 2 138 5 discriminator 1 view .LVU2048
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 1 view .LVU2049
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL367:
	.loc 2 63 1 discriminator 1 view .LVU2050
	jmp	*%r14	# gotovar.29_677
.LVL368:
.L521:
.L68:
	.loc 2 67 1 is_stmt 1 discriminator 4 view .LVU2051
	.loc 2 67 1 discriminator 4 view .LVU2052
	.loc 2 67 1 discriminator 4 view .LVU2053
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 67 1 discriminator 4 view .LVU2054
	movq	%rdx, %rax	# sp, tmp650
	subq	%rdi, %rax	# vm, tmp650
	sarq	$3, %rax	#, tmp651
	movq	%rax, 65584(%rdi)	# tmp651, vm_532(D)->result.arg
	.loc 2 67 1 discriminator 4 view .LVU2055
.LVL369:
	.loc 2 67 1 is_stmt 0 discriminator 4 view .LVU2056
	jmp	*%r14	# gotovar.29_677
.LVL370:
.L522:
.L70:
	.loc 2 69 9 is_stmt 1 view .LVU2057
	.loc 2 69 9 view .LVU2058
	.loc 2 69 9 view .LVU2059
	movl	$1, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 69 9 view .LVU2060
	.loc 2 69 9 view .LVU2061
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 view .LVU2062
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL371:
	.loc 2 63 1 view .LVU2063
	jmp	*%r14	# gotovar.29_677
.LVL372:
.L526:
.L195:
	.loc 2 131 1 is_stmt 1 discriminator 4 view .LVU2064
	.loc 2 131 1 discriminator 4 view .LVU2065
	.loc 2 131 1 discriminator 4 view .LVU2066
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 131 1 discriminator 4 view .LVU2067
	movq	%rdx, %rax	# sp, tmp744
	subq	%rdi, %rax	# vm, tmp744
	sarq	$3, %rax	#, _582
	.loc 2 131 1 discriminator 4 view .LVU2068
	movq	%rax, 65584(%rdi)	# _582, vm_532(D)->result.arg
.LVL373:
	.loc 2 131 1 is_stmt 0 discriminator 4 view .LVU2069
	jmp	*%r14	# gotovar.29_677
.LVL374:
.L527:
.L197:
	.loc 2 132 5 is_stmt 1 discriminator 1 view .LVU2070
	.loc 2 132 5 discriminator 1 view .LVU2071
	.loc 2 132 5 discriminator 1 view .LVU2072
	movl	$6, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 132 5 discriminator 1 view .LVU2073
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], _597
	.loc 2 132 5 discriminator 1 view .LVU2074
	movq	%rax, 65584(%rdi)	# _597, vm_532(D)->result.arg
.LVL375:
	.loc 2 132 5 is_stmt 0 discriminator 1 view .LVU2075
	jmp	*%r14	# gotovar.29_677
.LVL376:
.L528:
.L188:
	.loc 2 126 1 is_stmt 1 discriminator 4 view .LVU2076
	.loc 2 126 1 discriminator 4 view .LVU2077
	.loc 2 126 1 discriminator 4 view .LVU2078
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 126 1 discriminator 4 view .LVU2079
	movq	%rdx, %rax	# sp, tmp740
	subq	%rdi, %rax	# vm, tmp740
	sarq	$3, %rax	#, _119
	.loc 2 126 1 discriminator 4 view .LVU2080
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2081
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL377:
	.loc 2 63 1 discriminator 4 view .LVU2082
	jmp	*%r14	# gotovar.29_677
.LVL378:
.L529:
.L190:
	.loc 2 127 5 is_stmt 1 discriminator 1 view .LVU2083
	.loc 2 127 5 discriminator 1 view .LVU2084
	.loc 2 127 5 discriminator 1 view .LVU2085
	movl	$6, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 127 5 discriminator 1 view .LVU2086
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], _119
	.loc 2 127 5 discriminator 1 view .LVU2087
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 1 view .LVU2088
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL379:
	.loc 2 63 1 discriminator 1 view .LVU2089
	jmp	*%r14	# gotovar.29_677
.LVL380:
.L504:
.L100:
	.loc 2 89 1 is_stmt 1 discriminator 4 view .LVU2090
	.loc 2 89 1 discriminator 4 view .LVU2091
	.loc 2 89 1 discriminator 4 view .LVU2092
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 89 1 discriminator 4 view .LVU2093
	movq	%rdx, %rax	# sp, tmp670
	subq	%rdi, %rax	# vm, tmp670
	sarq	$3, %rax	#, _119
	.loc 2 89 1 discriminator 4 view .LVU2094
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2095
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL381:
	.loc 2 63 1 discriminator 4 view .LVU2096
	jmp	*%r14	# gotovar.29_677
.LVL382:
.L505:
.L95:
	.loc 2 88 1 is_stmt 1 discriminator 4 view .LVU2097
	.loc 2 88 1 discriminator 4 view .LVU2098
	.loc 2 88 1 discriminator 4 view .LVU2099
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 88 1 discriminator 4 view .LVU2100
	movq	%rdx, %rax	# sp, tmp666
	subq	%rdi, %rax	# vm, tmp666
	sarq	$3, %rax	#, _119
	.loc 2 88 1 discriminator 4 view .LVU2101
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2102
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL383:
	.loc 2 63 1 discriminator 4 view .LVU2103
	jmp	*%r14	# gotovar.29_677
.LVL384:
.L498:
.L130:
	.loc 2 97 1 is_stmt 1 discriminator 4 view .LVU2104
	.loc 2 97 1 discriminator 4 view .LVU2105
	.loc 2 97 1 discriminator 4 view .LVU2106
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 97 1 discriminator 4 view .LVU2107
	movq	%rdx, %rax	# sp, tmp698
	subq	%rdi, %rax	# vm, tmp698
	sarq	$3, %rax	#, _119
	.loc 2 97 1 discriminator 4 view .LVU2108
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2109
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL385:
	.loc 2 63 1 discriminator 4 view .LVU2110
	jmp	*%r14	# gotovar.29_677
.LVL386:
.L499:
.L125:
	.loc 2 96 1 is_stmt 1 discriminator 4 view .LVU2111
	.loc 2 96 1 discriminator 4 view .LVU2112
	.loc 2 96 1 discriminator 4 view .LVU2113
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 96 1 discriminator 4 view .LVU2114
	movq	%rdx, %rax	# sp, tmp693
	subq	%rdi, %rax	# vm, tmp693
	sarq	$3, %rax	#, _119
	.loc 2 96 1 discriminator 4 view .LVU2115
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2116
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL387:
	.loc 2 63 1 discriminator 4 view .LVU2117
	jmp	*%r14	# gotovar.29_677
.LVL388:
.L500:
.L120:
	.loc 2 95 1 is_stmt 1 discriminator 4 view .LVU2118
	.loc 2 95 1 discriminator 4 view .LVU2119
	.loc 2 95 1 discriminator 4 view .LVU2120
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 95 1 discriminator 4 view .LVU2121
	movq	%rdx, %rax	# sp, tmp688
	subq	%rdi, %rax	# vm, tmp688
	sarq	$3, %rax	#, _119
	.loc 2 95 1 discriminator 4 view .LVU2122
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2123
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL389:
	.loc 2 63 1 discriminator 4 view .LVU2124
	jmp	*%r14	# gotovar.29_677
.LVL390:
.L501:
.L115:
	.loc 2 93 1 is_stmt 1 discriminator 4 view .LVU2125
	.loc 2 93 1 discriminator 4 view .LVU2126
	.loc 2 93 1 discriminator 4 view .LVU2127
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 93 1 discriminator 4 view .LVU2128
	movq	%rdx, %rax	# sp, tmp683
	subq	%rdi, %rax	# vm, tmp683
	sarq	$3, %rax	#, tmp684
	movq	%rax, 65584(%rdi)	# tmp684, vm_532(D)->result.arg
	.loc 2 93 1 discriminator 4 view .LVU2129
.LVL391:
	.loc 2 93 1 is_stmt 0 discriminator 4 view .LVU2130
	jmp	*%r14	# gotovar.29_677
.LVL392:
.L545:
.L322:
.LBB93:
	.loc 2 123 5 is_stmt 1 discriminator 6 view .LVU2131
	.loc 2 123 5 discriminator 6 view .LVU2132
	.loc 2 123 5 discriminator 6 view .LVU2133
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 123 5 discriminator 6 view .LVU2134
	movq	%r11, %r12	# rsp, rsp
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 123 5 discriminator 6 view .LVU2135
.LVL393:
	.loc 2 123 5 is_stmt 0 discriminator 6 view .LVU2136
	jmp	*%r14	# gotovar.29_677
.LVL394:
.L491:
.L327:
	.loc 2 123 5 discriminator 6 view .LVU2137
.LBE93:
	.loc 2 127 5 is_stmt 1 discriminator 3 view .LVU2138
	.loc 2 127 5 discriminator 3 view .LVU2139
	.loc 2 127 5 discriminator 3 view .LVU2140
	movl	$6, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 127 5 discriminator 3 view .LVU2141
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_809(ab) + -8B], _582
	.loc 2 127 5 discriminator 3 view .LVU2142
# ./isa/ops.inc:131: OP_BEGIN(STORE)                                 /* v addr --     */
	.loc 2 131 1 is_stmt 0 discriminator 3 view .LVU2143
	movq	%rax, 65584(%rdi)	# _582, vm_532(D)->result.arg
.LVL395:
	.loc 2 131 1 discriminator 3 view .LVU2144
	jmp	*%r14	# gotovar.29_677
.LVL396:
.L510:
.L53:
	.loc 2 63 1 is_stmt 1 discriminator 4 view .LVU2145
	.loc 2 63 1 discriminator 4 view .LVU2146
	.loc 2 63 1 discriminator 4 view .LVU2147
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 63 1 discriminator 4 view .LVU2148
	movq	%rdx, %rax	# sp, tmp638
	subq	%rdi, %rax	# vm, tmp638
	sarq	$3, %rax	#, _119
	.loc 2 63 1 discriminator 4 view .LVU2149
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL397:
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2150
	jmp	*%r14	# gotovar.29_677
.LVL398:
.L511:
.L47:
	.loc 2 55 1 is_stmt 1 discriminator 4 view .LVU2151
	.loc 2 55 1 discriminator 4 view .LVU2152
	.loc 2 55 1 discriminator 4 view .LVU2153
	.loc 2 55 1 discriminator 4 view .LVU2154
	movq	%rdx, %rax	# sp, tmp635
	movl	$2, %ecx	#, _965
	subq	%rdi, %rax	# vm, tmp635
	sarq	$3, %rax	#, _99
	.loc 2 55 1 discriminator 4 view .LVU2155
	jmp	.L48	#
.L502:
.L110:
	.loc 2 91 1 discriminator 4 view .LVU2156
	.loc 2 91 1 discriminator 4 view .LVU2157
	.loc 2 91 1 discriminator 4 view .LVU2158
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 91 1 discriminator 4 view .LVU2159
	movq	%rdx, %rax	# sp, tmp678
	subq	%rdi, %rax	# vm, tmp678
	sarq	$3, %rax	#, _119
	.loc 2 91 1 discriminator 4 view .LVU2160
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2161
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL399:
	.loc 2 63 1 discriminator 4 view .LVU2162
	jmp	*%r14	# gotovar.29_677
.LVL400:
.L503:
.L105:
	.loc 2 90 1 is_stmt 1 discriminator 4 view .LVU2163
	.loc 2 90 1 discriminator 4 view .LVU2164
	.loc 2 90 1 discriminator 4 view .LVU2165
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 90 1 discriminator 4 view .LVU2166
	movq	%rdx, %rax	# sp, tmp674
	subq	%rdi, %rax	# vm, tmp674
	sarq	$3, %rax	#, _119
	.loc 2 90 1 discriminator 4 view .LVU2167
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 4 view .LVU2168
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL401:
	.loc 2 63 1 discriminator 4 view .LVU2169
	jmp	*%r14	# gotovar.29_677
.LVL402:
.L519:
.L39:
	.loc 2 51 1 is_stmt 1 discriminator 4 view .LVU2170
	.loc 2 51 1 discriminator 4 view .LVU2171
	.loc 2 51 1 discriminator 4 view .LVU2172
	movl	$2, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 51 1 discriminator 4 view .LVU2173
	movq	%rdx, %rax	# sp, tmp629
	subq	%rdi, %rax	# vm, tmp629
	sarq	$3, %rax	#, _597
	.loc 2 51 1 discriminator 4 view .LVU2174
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 2 132 5 is_stmt 0 discriminator 4 view .LVU2175
	movq	%rax, 65584(%rdi)	# _597, vm_532(D)->result.arg
.LVL403:
	.loc 2 132 5 discriminator 4 view .LVU2176
	jmp	*%r14	# gotovar.29_677
.LVL404:
.L520:
.L42:
	.loc 2 51 1 is_stmt 1 discriminator 8 view .LVU2177
	.loc 2 51 1 discriminator 8 view .LVU2178
	.loc 2 51 1 discriminator 8 view .LVU2179
	movl	$3, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 51 1 discriminator 8 view .LVU2180
	movq	%rdx, %rax	# sp, tmp632
	subq	%rdi, %rax	# vm, tmp632
	sarq	$3, %rax	#, _119
	.loc 2 51 1 discriminator 8 view .LVU2181
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 8 view .LVU2182
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL405:
	.loc 2 63 1 discriminator 8 view .LVU2183
	jmp	*%r14	# gotovar.29_677
.LVL406:
.L518:
.L79:
	.loc 2 76 9 is_stmt 1 view .LVU2184
	.loc 2 76 9 view .LVU2185
	.loc 2 76 9 view .LVU2186
	movl	$1, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 76 9 view .LVU2187
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 76 9 view .LVU2188
.LVL407:
	.loc 2 76 9 is_stmt 0 view .LVU2189
	jmp	*%r14	# gotovar.29_677
.LVL408:
.L493:
.L243:
	.loc 2 69 9 is_stmt 1 view .LVU2190
	.loc 2 69 9 view .LVU2191
	.loc 2 69 9 view .LVU2192
	movl	$1, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 69 9 view .LVU2193
	.loc 2 69 9 view .LVU2194
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 view .LVU2195
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL409:
	.loc 2 63 1 view .LVU2196
	jmp	*%r14	# gotovar.29_677
.LVL410:
.L540:
.L174:
	.loc 2 117 1 is_stmt 1 discriminator 10 view .LVU2197
	.loc 2 117 1 discriminator 10 view .LVU2198
	.loc 2 117 1 discriminator 10 view .LVU2199
	movl	$5, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 117 1 discriminator 10 view .LVU2200
	.loc 2 117 1 discriminator 10 view .LVU2201
	xorl	%eax, %eax	# _119
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 2 63 1 is_stmt 0 discriminator 10 view .LVU2202
	movq	%rax, 65584(%rdi)	# _119, vm_532(D)->result.arg
.LVL411:
	.loc 2 63 1 discriminator 10 view .LVU2203
	jmp	*%r14	# gotovar.29_677
.LVL412:
.L347:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 2 140 9 view .LVU2204
	movl	$8, %eax	#, _758
	jmp	.L8	#
.LVL413:
.L544:
.L317:
	.loc 2 119 5 is_stmt 1 discriminator 4 view .LVU2205
	.loc 2 119 5 discriminator 4 view .LVU2206
	.loc 2 119 5 discriminator 4 view .LVU2207
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 119 5 discriminator 4 view .LVU2208
# ./isa/ops.inc:118:     RPUSH(NEXT_VPC(CALL));
	.loc 2 118 5 is_stmt 0 discriminator 4 view .LVU2209
	movq	%rcx, %r12	# rsp, rsp
# ./isa/ops.inc:119:     BRANCH();
	.loc 2 119 5 discriminator 4 view .LVU2210
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 119 5 is_stmt 1 discriminator 4 view .LVU2211
.LVL414:
	.loc 2 119 5 is_stmt 0 discriminator 4 view .LVU2212
	jmp	*%r14	# gotovar.29_677
.LVL415:
.L547:
.L303:
	.loc 2 109 9 is_stmt 1 discriminator 4 view .LVU2213
	.loc 2 109 9 discriminator 4 view .LVU2214
	.loc 2 109 9 discriminator 4 view .LVU2215
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 109 9 discriminator 4 view .LVU2216
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 109 9 discriminator 4 view .LVU2217
.LVL416:
	.loc 2 109 9 is_stmt 0 discriminator 4 view .LVU2218
	jmp	*%r14	# gotovar.29_677
.LVL417:
.L546:
.L310:
	.loc 2 114 9 is_stmt 1 discriminator 4 view .LVU2219
	.loc 2 114 9 discriminator 4 view .LVU2220
	.loc 2 114 9 discriminator 4 view .LVU2221
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 114 9 discriminator 4 view .LVU2222
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 114 9 discriminator 4 view .LVU2223
.LVL418:
	.loc 2 114 9 is_stmt 0 discriminator 4 view .LVU2224
	jmp	*%r14	# gotovar.29_677
.LVL419:
.L549:
.L169:
	.loc 2 114 9 is_stmt 1 discriminator 1 view .LVU2225
	.loc 2 114 9 discriminator 1 view .LVU2226
	.loc 2 114 9 discriminator 1 view .LVU2227
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 114 9 discriminator 1 view .LVU2228
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 114 9 discriminator 1 view .LVU2229
.LVL420:
	.loc 2 114 9 is_stmt 0 discriminator 1 view .LVU2230
	jmp	*%r14	# gotovar.29_677
.LVL421:
.L548:
.L160:
	.loc 2 109 9 is_stmt 1 discriminator 1 view .LVU2231
	.loc 2 109 9 discriminator 1 view .LVU2232
	.loc 2 109 9 discriminator 1 view .LVU2233
	movl	$7, 65576(%rdi)	#, vm_532(D)->result.status
	.loc 2 109 9 discriminator 1 view .LVU2234
	movq	$0, 65584(%rdi)	#, vm_532(D)->result.arg
	.loc 2 109 9 discriminator 1 view .LVU2235
.LVL422:
	.loc 2 109 9 is_stmt 0 discriminator 1 view .LVU2236
	jmp	*%r14	# gotovar.29_677
	.cfi_endproc
.LFE24:
	.size	engine, .-engine
	.p2align 4
	.type	run, @function
run:
.LVL423:
.LFB30:
	.loc 1 295 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 296 5 view .LVU2238
	.loc 1 297 5 view .LVU2239
	.loc 1 298 5 view .LVU2240
	movq	(%rdx), %rsi	# MEM[(const struct inl *)prepared_2(D)].thread, MEM[(const struct inl *)prepared_2(D)].thread
.LVL424:
	.loc 1 298 5 is_stmt 0 view .LVU2241
	xorl	%edx, %edx	#
.LVL425:
	.loc 1 298 5 view .LVU2242
	jmp	engine	#
.LVL426:
	.loc 1 298 5 view .LVU2243
	.cfi_endproc
.LFE30:
	.size	run, .-run
	.p2align 4
	.type	emit_copies, @function
emit_copies:
.LVL427:
.LFB28:
	.loc 1 222 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 223 5 view .LVU2245
# dispatch/inline/inline.c:222: {
	.loc 1 222 1 is_stmt 0 view .LVU2246
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%rdi, %r14	# tmp213, e
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%r14, %r13	# e, e
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rdx, %r12	# tmp215, n
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	movq	%rsi, %rbp	# tmp214, p
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$88, %rsp	#,
	.cfi_def_cfa_offset 144
# dispatch/inline/inline.c:223:     struct thread *t = n->thread;
	.loc 1 223 20 view .LVU2247
	movq	(%rdx), %rdi	# n_89(D)->thread, t
.LVL428:
	.loc 1 224 5 is_stmt 1 view .LVU2248
# dispatch/inline/inline.c:224:     n->npieces = 0;
	.loc 1 224 16 is_stmt 0 view .LVU2249
	movl	$0, 40(%rdx)	#, n_89(D)->npieces
	.loc 1 225 5 is_stmt 1 view .LVU2250
.LBB94:
	.loc 1 225 10 view .LVU2251
.LVL429:
	.loc 1 225 34 view .LVU2252
.LBE94:
# dispatch/inline/inline.c:222: {
	.loc 1 222 1 is_stmt 0 view .LVU2253
	movq	%rcx, 48(%rsp)	# tmp216, %sfp
# dispatch/inline/inline.c:256:     return e->at;
	.loc 1 256 13 view .LVU2254
	movq	16(%r14), %rax	# e_93(D)->at, <retval>
# dispatch/inline/inline.c:222: {
	.loc 1 222 1 view .LVU2255
	movq	%r8, 8(%rsp)	# tmp217, %sfp
# dispatch/inline/inline.c:256:     return e->at;
	.loc 1 256 13 view .LVU2256
	movq	$0, 16(%rsp)	#, %sfp
	movq	%rdi, 56(%rsp)	# t, %sfp
.LVL430:
.L562:
.LBB110:
.LBB95:
	.loc 1 226 9 is_stmt 1 view .LVU2257
# dispatch/inline/inline.c:226:         union slot *base = t->slots + copy * t->nslots;
	.loc 1 226 29 is_stmt 0 view .LVU2258
	movq	56(%rsp), %rbx	# %sfp, t
.LBB96:
# dispatch/inline/inline.c:227:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 227 32 view .LVU2259
	movl	20(%rbp), %edx	# p_96(D)->count,
.LBE96:
# dispatch/inline/inline.c:226:         union slot *base = t->slots + copy * t->nslots;
	.loc 1 226 44 view .LVU2260
	movq	%rbx, %rsi	# t, t
# dispatch/inline/inline.c:226:         union slot *base = t->slots + copy * t->nslots;
	.loc 1 226 29 view .LVU2261
	movq	(%rbx), %rcx	# t_90->slots, _1
# dispatch/inline/inline.c:226:         union slot *base = t->slots + copy * t->nslots;
	.loc 1 226 44 view .LVU2262
	movq	16(%rsp), %rbx	# %sfp, ivtmp.64
	movq	24(%rsi), %rdi	# t_90->nslots, _4
	imulq	%rbx, %rdi	# ivtmp.64, _4
.LVL431:
	.loc 1 227 9 is_stmt 1 view .LVU2263
.LBB105:
	.loc 1 227 14 view .LVU2264
	.loc 1 227 32 view .LVU2265
	testl	%edx, %edx	#
	je	.L552	#,
# dispatch/inline/inline.c:227:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 227 23 is_stmt 0 view .LVU2266
	xorl	%r14d, %r14d	# i
	movq	%r13, %r15	# e, e
	movb	%bl, 46(%rsp)	# tmp237, %sfp
	movq	%r12, %r13	# n, n
.LVL432:
	.loc 1 227 23 view .LVU2267
	movq	%rcx, 64(%rsp)	# _1, %sfp
	movl	%r14d, %r12d	# i, i
.LVL433:
	.loc 1 227 23 view .LVU2268
	movq	%rdi, 72(%rsp)	# _4, %sfp
	jmp	.L561	#
.LVL434:
	.p2align 4,,10
	.p2align 3
.L553:
.LBB97:
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 69 discriminator 4 view .LVU2269
	movzbl	%r9b, %ebx	# op,
.LVL435:
.L554:
	.loc 1 230 13 is_stmt 1 discriminator 6 view .LVU2270
# dispatch/inline/inline.c:232:             if (!c->ok[h]) {
	.loc 1 232 16 is_stmt 0 discriminator 6 view .LVU2271
	movq	8(%rsp), %rcx	# %sfp, c
# dispatch/inline/inline.c:232:             if (!c->ok[h]) {
	.loc 1 232 23 discriminator 6 view .LVU2272
	movl	%ebx, %esi	# iftmp.31_82, iftmp.31_82
# dispatch/inline/inline.c:230:             struct piece pc = { .at = (uint32_t)e->at, .ord = i, .copy = (uint8_t)copy,
	.loc 1 230 39 discriminator 6 view .LVU2273
	movl	%eax, 24(%rsp)	# <retval>, %sfp
.LVL436:
	.loc 1 232 13 is_stmt 1 discriminator 6 view .LVU2274
# dispatch/inline/inline.c:243:             if (i + 1 < p->count) {
	.loc 1 243 19 is_stmt 0 discriminator 6 view .LVU2275
	leal	1(%r12), %r14d	#, _176
# dispatch/inline/inline.c:232:             if (!c->ok[h]) {
	.loc 1 232 16 discriminator 6 view .LVU2276
	cmpb	$0, (%rcx,%rsi)	#, c_101(D)->ok[iftmp.31_82]
	je	.L566	#,
# dispatch/inline/inline.c:236:             if (e->out)
	.loc 1 236 16 view .LVU2277
	cmpq	$0, (%r15)	#, e_93(D)->out
	movq	%rdx, 32(%rsp)	# _7, %sfp
	.loc 1 236 13 is_stmt 1 view .LVU2278
# dispatch/inline/inline.c:236:             if (e->out)
	.loc 1 236 16 is_stmt 0 view .LVU2279
	je	.L557	#,
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 56 view .LVU2280
	movq	%r15, %rdi	# e,
	movb	%r9b, 47(%rsp)	# op, %sfp
	.loc 1 237 17 is_stmt 1 view .LVU2281
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 56 is_stmt 0 view .LVU2282
	call	emit_here	#
.LVL437:
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 30 view .LVU2283
	movq	56(%rsp), %rdi	# %sfp, t
	movq	32(%rsp), %rdx	# %sfp, _7
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 21 view .LVU2284
	movq	72(%rsp), %rcx	# %sfp, _4
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 40 view .LVU2285
	movzbl	47(%rsp), %r9d	# %sfp, op
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 30 view .LVU2286
	movq	16(%rdi), %rsi	# t_90->first, t_90->first
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 40 view .LVU2287
	movq	64(%rsp), %rdi	# %sfp, _1
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 30 view .LVU2288
	movl	(%rsi,%rdx,4), %edx	# *_32, *_32
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 21 view .LVU2289
	addq	%rcx, %rdx	# _4, tmp187
# dispatch/inline/inline.c:237:                 base[t->first[i]].code = (const void *)emit_here(e);
	.loc 1 237 40 view .LVU2290
	movq	%rax, (%rdi,%rdx,8)	# tmp218, _35->code
.L557:
	movq	8(%rsp), %rax	# %sfp, c
# dispatch/inline/inline.c:238:             emit_put(e, x->begin[h], c->len[h]);
	.loc 1 238 13 view .LVU2291
	movq	%r15, %rdi	# e,
	movb	%r9b, 47(%rsp)	# op, %sfp
	.loc 1 238 13 is_stmt 1 view .LVU2292
	leaq	(%rax,%rbx,8), %rax	#, _135
	movq	72(%rax), %rdx	# MEM <const size_t> [(const struct copyable *)_135 + 72B], MEM <const size_t> [(const struct copyable *)_135 + 72B]
	movq	%rax, 32(%rsp)	# _135, %sfp
	movq	48(%rsp), %rax	# %sfp, x
	movq	(%rax), %rsi	# x_104(D)->begin, x_104(D)->begin
	movq	(%rsi,%rbx,8), %rsi	# *_41, *_41
	call	emit_put	#
.LVL438:
	.loc 1 239 13 view .LVU2293
	.loc 1 240 13 view .LVU2294
# dispatch/inline/inline.c:240:             pc.len = (uint32_t)c->len[h];
	.loc 1 240 22 is_stmt 0 view .LVU2295
	movq	32(%rsp), %rax	# %sfp, _135
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 23 view .LVU2296
	movl	40(%r13), %edx	# n_89(D)->npieces,
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 36 view .LVU2297
	movl	24(%rsp), %edi	# %sfp, _19
	movzbl	46(%rsp), %ecx	# %sfp, _149
# dispatch/inline/inline.c:240:             pc.len = (uint32_t)c->len[h];
	.loc 1 240 22 view .LVU2298
	movq	72(%rax), %rsi	# MEM <const size_t> [(const struct copyable *)_135 + 72B], MEM <const size_t> [(const struct copyable *)_135 + 72B]
.LVL439:
	.loc 1 241 13 is_stmt 1 view .LVU2299
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 36 is_stmt 0 view .LVU2300
	movzbl	47(%rsp), %r9d	# %sfp, op
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 32 view .LVU2301
	leal	1(%rdx), %r11d	#, tmp193
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 21 view .LVU2302
	salq	$4, %rdx	#, tmp195
	addq	32(%r13), %rdx	# n_89(D)->piece, _50
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 32 view .LVU2303
	movl	%r11d, 40(%r13)	# tmp193, n_89(D)->npieces
# dispatch/inline/inline.c:241:             n->piece[n->npieces++] = pc;
	.loc 1 241 36 view .LVU2304
	movl	%edi, (%rdx)	# _19, _50->at
	movl	%esi, 4(%rdx)	# MEM <const size_t> [(const struct copyable *)_135 + 72B], _50->len
	movl	%r12d, 8(%rdx)	# i, _50->ord
	movb	%cl, 12(%rdx)	# _149, _50->copy
	movb	$2, 13(%rdx)	#, _50->kind
	movb	%r9b, 14(%rdx)	# op, _50->handler
	.loc 1 242 13 is_stmt 1 view .LVU2305
.LVL440:
	.loc 1 243 13 view .LVU2306
# dispatch/inline/inline.c:243:             if (i + 1 < p->count) {
	.loc 1 243 16 is_stmt 0 view .LVU2307
	cmpl	20(%rbp), %r14d	# p_96(D)->count, _176
	jnb	.L558	#,
.LBB98:
	.loc 1 244 17 is_stmt 1 view .LVU2308
# dispatch/inline/inline.c:244:                 uint8_t nop = p->code[p->offset[i + 1]];
	.loc 1 244 48 is_stmt 0 view .LVU2309
	movq	32(%rbp), %rdx	# p_96(D)->offset, p_96(D)->offset
# dispatch/inline/inline.c:244:                 uint8_t nop = p->code[p->offset[i + 1]];
	.loc 1 244 51 view .LVU2310
	movl	%r14d, %esi	# _176, _55
.LVL441:
	.loc 1 245 17 is_stmt 1 view .LVU2311
# dispatch/inline/inline.c:244:                 uint8_t nop = p->code[p->offset[i + 1]];
	.loc 1 244 25 is_stmt 0 view .LVU2312
	movq	8(%rbp), %r11	# p_96(D)->code, p_96(D)->code
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 85 view .LVU2313
	cmpq	$0, 16(%rsp)	#, %sfp
# dispatch/inline/inline.c:244:                 uint8_t nop = p->code[p->offset[i + 1]];
	.loc 1 244 48 view .LVU2314
	movl	(%rdx,%rsi,4), %edx	# *_57, *_57
.LVL442:
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 79 view .LVU2315
	movzbl	(%r11,%rdx), %edx	# *_60, iftmp.32_83
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 85 view .LVU2316
	je	.L567	#,
.L559:
.LVL443:
	.loc 1 245 85 view .LVU2317
.LBE98:
	.loc 1 247 13 is_stmt 1 discriminator 6 view .LVU2318
# dispatch/inline/inline.c:247:             if (!next_copied) {
	.loc 1 247 16 is_stmt 0 discriminator 6 view .LVU2319
	movq	8(%rsp), %rcx	# %sfp, c
.LBB99:
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 29 discriminator 6 view .LVU2320
	movslq	%edx, %rdx	# iftmp.32_83, iftmp.32_83
	.loc 1 245 29 discriminator 6 view .LVU2321
.LBE99:
# dispatch/inline/inline.c:247:             if (!next_copied) {
	.loc 1 247 16 discriminator 6 view .LVU2322
	cmpb	$0, (%rcx,%rdx)	#, c_101(D)->ok[iftmp.32_83]
	je	.L558	#,
# dispatch/inline/inline.c:248:                 pc.at = (uint32_t)e->at;
	.loc 1 248 36 view .LVU2323
	movq	16(%r15), %rax	# e_93(D)->at, <retval>
.LVL444:
	.loc 1 248 36 view .LVU2324
.LBE97:
	.loc 1 227 45 is_stmt 1 view .LVU2325
	.loc 1 227 32 view .LVU2326
.L560:
# dispatch/inline/inline.c:227:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 227 45 is_stmt 0 view .LVU2327
	movl	%r14d, %r12d	# _176, i
.LVL445:
.L561:
.LBB101:
	.loc 1 228 13 is_stmt 1 view .LVU2328
# dispatch/inline/inline.c:228:             uint8_t op = p->code[p->offset[i]];
	.loc 1 228 43 is_stmt 0 view .LVU2329
	movq	32(%rbp), %rsi	# p_96(D)->offset, p_96(D)->offset
	movl	%r12d, %edx	# i, _7
# dispatch/inline/inline.c:228:             uint8_t op = p->code[p->offset[i]];
	.loc 1 228 21 view .LVU2330
	movq	8(%rbp), %r9	# p_96(D)->code, p_96(D)->code
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 69 view .LVU2331
	cmpq	$0, 16(%rsp)	#, %sfp
# dispatch/inline/inline.c:228:             uint8_t op = p->code[p->offset[i]];
	.loc 1 228 43 view .LVU2332
	movl	(%rsi,%rdx,4), %esi	# *_9, *_9
# dispatch/inline/inline.c:228:             uint8_t op = p->code[p->offset[i]];
	.loc 1 228 21 view .LVU2333
	movzbl	(%r9,%rsi), %r9d	# *_12, op
.LVL446:
	.loc 1 229 13 is_stmt 1 view .LVU2334
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 69 is_stmt 0 view .LVU2335
	jne	.L553	#,
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 48 discriminator 1 view .LVU2336
	movq	64(%rbp), %rsi	# p_96(D)->proven, p_96(D)->proven
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 36 discriminator 1 view .LVU2337
	cmpb	$0, (%rsi,%rdx)	#, *_14
	je	.L553	#,
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 64 discriminator 3 view .LVU2338
	movzbl	%r9b, %ebx	# op, op
# dispatch/inline/inline.c:231:                                 .kind = PIECE_ENGINE, .handler = (uint8_t)h };
	.loc 1 231 66 discriminator 3 view .LVU2339
	addl	$34, %r9d	#, op
.LVL447:
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 64 discriminator 3 view .LVU2340
	addl	$34, %ebx	#,
# dispatch/inline/inline.c:229:             unsigned h = copy == 0 && p->proven[i] ? OP_PROVEN + op : op;
	.loc 1 229 69 discriminator 3 view .LVU2341
	jmp	.L554	#
.LVL448:
	.p2align 4,,10
	.p2align 3
.L558:
# dispatch/inline/inline.c:249:                 emit_put(e, x->end[h], c->dispatch[h]);
	.loc 1 249 17 view .LVU2342
	movq	616(%rax), %rdx	# MEM <const size_t> [(const struct copyable *)_135 + 616B], MEM <const size_t> [(const struct copyable *)_135 + 616B]
# dispatch/inline/inline.c:248:                 pc.at = (uint32_t)e->at;
	.loc 1 248 25 view .LVU2343
	movq	16(%r15), %rcx	# e_93(D)->at, e_93(D)->at
# dispatch/inline/inline.c:249:                 emit_put(e, x->end[h], c->dispatch[h]);
	.loc 1 249 17 view .LVU2344
	movq	%rax, 24(%rsp)	# _135, %sfp
.LVL449:
	.loc 1 249 17 view .LVU2345
	movq	%r15, %rdi	# e,
	movq	48(%rsp), %rax	# %sfp, x
	movb	%r9b, 47(%rsp)	# op, %sfp
	.loc 1 248 17 is_stmt 1 view .LVU2346
# dispatch/inline/inline.c:248:                 pc.at = (uint32_t)e->at;
	.loc 1 248 25 is_stmt 0 view .LVU2347
	movq	%rcx, 32(%rsp)	# e_93(D)->at, %sfp
.LVL450:
	.loc 1 249 17 is_stmt 1 view .LVU2348
	movq	8(%rax), %rsi	# x_104(D)->end, x_104(D)->end
	movq	(%rsi,%rbx,8), %rsi	# *_69, *_69
	call	emit_put	#
.LVL451:
	.loc 1 250 17 view .LVU2349
	.loc 1 251 17 view .LVU2350
# dispatch/inline/inline.c:251:                 pc.len = (uint32_t)c->dispatch[h];
	.loc 1 251 26 is_stmt 0 view .LVU2351
	movq	24(%rsp), %rax	# %sfp, _135
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 40 view .LVU2352
	movq	32(%rsp), %rcx	# %sfp, e_93(D)->at
	movzbl	46(%rsp), %ebx	# %sfp, _149
.LVL452:
	.loc 1 252 40 view .LVU2353
	movzbl	47(%rsp), %r9d	# %sfp, op
# dispatch/inline/inline.c:251:                 pc.len = (uint32_t)c->dispatch[h];
	.loc 1 251 26 view .LVU2354
	movq	616(%rax), %rdx	# MEM <const size_t> [(const struct copyable *)_135 + 616B], MEM <const size_t> [(const struct copyable *)_135 + 616B]
.LVL453:
	.loc 1 252 17 is_stmt 1 view .LVU2355
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 27 is_stmt 0 view .LVU2356
	movl	40(%r13), %eax	# n_89(D)->npieces,
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 36 view .LVU2357
	leal	1(%rax), %esi	#, tmp206
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 25 view .LVU2358
	salq	$4, %rax	#, tmp208
	addq	32(%r13), %rax	# n_89(D)->piece, _78
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 36 view .LVU2359
	movl	%esi, 40(%r13)	# tmp206, n_89(D)->npieces
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 40 view .LVU2360
	movl	%edx, 4(%rax)	# MEM <const size_t> [(const struct copyable *)_135 + 616B], _78->len
	movb	%bl, 12(%rax)	# _149, _78->copy
	movb	$3, 13(%rax)	#, _78->kind
	movb	%r9b, 14(%rax)	# op, _78->handler
.LBE101:
# dispatch/inline/inline.c:227:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 227 35 view .LVU2361
	movl	20(%rbp), %edx	# p_96(D)->count, pretmp_162
.LVL454:
.LBB102:
# dispatch/inline/inline.c:252:                 n->piece[n->npieces++] = pc;
	.loc 1 252 40 view .LVU2362
	movl	%ecx, (%rax)	# e_93(D)->at, _78->at
	movl	%r12d, 8(%rax)	# i, _78->ord
.LBE102:
.LBE105:
.LBE95:
.LBE110:
# dispatch/inline/inline.c:256:     return e->at;
	.loc 1 256 13 view .LVU2363
	movq	16(%r15), %rax	# e_93(D)->at, <retval>
.LVL455:
.L556:
.LBB111:
.LBB108:
.LBB106:
	.loc 1 227 45 is_stmt 1 discriminator 2 view .LVU2364
	.loc 1 227 32 discriminator 2 view .LVU2365
	cmpl	%edx, %r14d	# pretmp_162, _176
	jb	.L560	#,
	movq	%r13, %r12	# n, n
	movq	%r15, %r13	# e, e
.LVL456:
.L552:
	.loc 1 227 32 is_stmt 0 discriminator 2 view .LVU2366
.LBE106:
.LBE108:
	.loc 1 225 43 is_stmt 1 discriminator 2 view .LVU2367
	.loc 1 225 34 discriminator 2 view .LVU2368
	cmpq	$0, 16(%rsp)	#, %sfp
	jne	.L568	#,
	movq	$1, 16(%rsp)	#, %sfp
.LVL457:
	.loc 1 225 34 is_stmt 0 discriminator 2 view .LVU2369
	jmp	.L562	#
.LVL458:
	.p2align 4,,10
	.p2align 3
.L566:
.LBB109:
.LBB107:
.LBB103:
	.loc 1 233 17 is_stmt 1 discriminator 1 view .LVU2370
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 27 is_stmt 0 discriminator 1 view .LVU2371
	movl	40(%r13), %edx	# n_89(D)->npieces,
.LVL459:
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 40 discriminator 1 view .LVU2372
	movzbl	46(%rsp), %ebx	# %sfp, _149
.LVL460:
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 36 discriminator 1 view .LVU2373
	leal	1(%rdx), %esi	#, tmp182
.LVL461:
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 25 discriminator 1 view .LVU2374
	salq	$4, %rdx	#, tmp184
	addq	32(%r13), %rdx	# n_89(D)->piece, _28
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 36 discriminator 1 view .LVU2375
	movl	%esi, 40(%r13)	# tmp182, n_89(D)->npieces
.LVL462:
# dispatch/inline/inline.c:233:                 n->piece[n->npieces++] = pc;
	.loc 1 233 40 discriminator 1 view .LVU2376
	movl	%eax, (%rdx)	# <retval>, _28->at
	movl	$0, 4(%rdx)	#, _28->len
	movl	%r12d, 8(%rdx)	# i, _28->ord
	movb	%bl, 12(%rdx)	# _149, _28->copy
	movb	$7, 13(%rdx)	#, _28->kind
	movb	%r9b, 14(%rdx)	# op, _28->handler
	.loc 1 234 17 is_stmt 1 discriminator 1 view .LVU2377
.LVL463:
	.loc 1 234 17 is_stmt 0 discriminator 1 view .LVU2378
.LBE103:
# dispatch/inline/inline.c:227:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 1 227 35 discriminator 1 view .LVU2379
	movl	20(%rbp), %edx	# p_96(D)->count, pretmp_162
	jmp	.L556	#
.LVL464:
	.p2align 4,,10
	.p2align 3
.L567:
.LBB104:
.LBB100:
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 59 discriminator 1 view .LVU2380
	movq	64(%rbp), %r11	# p_96(D)->proven, p_96(D)->proven
.LVL465:
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 47 discriminator 1 view .LVU2381
	cmpb	$0, (%r11,%rsi)	#, *_62
	je	.L559	#,
# dispatch/inline/inline.c:245:                 next_copied = c->ok[copy == 0 && p->proven[i + 1] ? OP_PROVEN + nop : nop];
	.loc 1 245 85 discriminator 3 view .LVU2382
	addl	$34, %edx	#, iftmp.32_83
	jmp	.L559	#
.LVL466:
	.p2align 4,,10
	.p2align 3
.L568:
	.loc 1 245 85 discriminator 3 view .LVU2383
.LBE100:
.LBE104:
.LBE107:
.LBE109:
.LBE111:
	.loc 1 256 5 is_stmt 1 view .LVU2384
# dispatch/inline/inline.c:257: }
	.loc 1 257 1 is_stmt 0 view .LVU2385
	addq	$88, %rsp	#,
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
.LVL467:
	.loc 1 257 1 view .LVU2386
	popq	%r12	#
	.cfi_def_cfa_offset 32
.LVL468:
	.loc 1 257 1 view .LVU2387
	popq	%r13	#
	.cfi_def_cfa_offset 24
.LVL469:
	.loc 1 257 1 view .LVU2388
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE28:
	.size	emit_copies, .-emit_copies
	.p2align 4
	.type	release, @function
release:
.LVL470:
.LFB25:
	.loc 1 178 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 179 5 view .LVU2390
	.loc 1 180 5 view .LVU2391
# dispatch/inline/inline.c:180:     if (n) {
	.loc 1 180 8 is_stmt 0 view .LVU2392
	testq	%rdi, %rdi	# prepared
	je	.L569	#,
# dispatch/inline/inline.c:178: {
	.loc 1 178 1 view .LVU2393
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp91, prepared
.LVL471:
.LBB114:
.LBI114:
	.loc 1 177 13 is_stmt 1 view .LVU2394
.LBB115:
	.loc 1 181 9 view .LVU2395
	movq	(%rdi), %rdi	# MEM[(struct inl *)prepared_1(D)].thread, MEM[(struct inl *)prepared_1(D)].thread
.LVL472:
	.loc 1 181 9 is_stmt 0 view .LVU2396
	call	thread_free	#
.LVL473:
	.loc 1 182 9 is_stmt 1 view .LVU2397
	movq	16(%rbx), %rsi	# MEM[(struct inl *)prepared_1(D)].mapped, MEM[(struct inl *)prepared_1(D)].mapped
	movq	8(%rbx), %rdi	# MEM[(struct inl *)prepared_1(D)].code, MEM[(struct inl *)prepared_1(D)].code
	call	codegen_unmap	#
.LVL474:
	.loc 1 183 9 view .LVU2398
	movq	32(%rbx), %rdi	# MEM[(struct inl *)prepared_1(D)].piece, MEM[(struct inl *)prepared_1(D)].piece
	call	free	#
.LVL475:
	.loc 1 184 9 view .LVU2399
	movq	%rbx, %rdi	# prepared,
.LBE115:
.LBE114:
# dispatch/inline/inline.c:186: }
	.loc 1 186 1 is_stmt 0 view .LVU2400
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 8
.LVL476:
.LBB117:
.LBB116:
# dispatch/inline/inline.c:184:         free(n);
	.loc 1 184 9 view .LVU2401
	jmp	free	#
.LVL477:
	.p2align 4,,10
	.p2align 3
.L569:
	.loc 1 184 9 view .LVU2402
	ret	
.LBE116:
.LBE117:
	.cfi_endproc
.LFE25:
	.size	release, .-release
	.p2align 4
	.type	prepare, @function
prepare:
.LVL478:
.LFB29:
	.loc 1 260 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 261 5 view .LVU2404
	.loc 1 262 5 view .LVU2405
# dispatch/inline/inline.c:260: {
	.loc 1 260 1 is_stmt 0 view .LVU2406
	pushq	%r13	#
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
# dispatch/inline/inline.c:262:     engine(NULL, NULL, &x);
	.loc 1 262 5 view .LVU2407
	xorl	%esi, %esi	#
# dispatch/inline/inline.c:260: {
	.loc 1 260 1 view .LVU2408
	pushq	%r12	#
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%rdi, %r12	# tmp188, p
# dispatch/inline/inline.c:262:     engine(NULL, NULL, &x);
	.loc 1 262 5 view .LVU2409
	xorl	%edi, %edi	#
.LVL479:
# dispatch/inline/inline.c:260: {
	.loc 1 260 1 view .LVU2410
	pushq	%rbp	#
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	pushq	%rbx	#
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	subq	$1224, %rsp	#,
	.cfi_def_cfa_offset 1264
# dispatch/inline/inline.c:262:     engine(NULL, NULL, &x);
	.loc 1 262 5 view .LVU2411
	movq	%rsp, %rdx	#,
	call	engine	#
.LVL480:
	.loc 1 263 5 is_stmt 1 view .LVU2412
# dispatch/inline/inline.c:263:     struct inl *n = calloc(1, sizeof *n);
	.loc 1 263 21 is_stmt 0 view .LVU2413
	movl	$48, %esi	#,
	movl	$1, %edi	#,
	call	calloc	#
.LVL481:
	.loc 1 264 5 is_stmt 1 view .LVU2414
# dispatch/inline/inline.c:264:     if (!n)
	.loc 1 264 8 is_stmt 0 view .LVU2415
	testq	%rax, %rax	# <retval>
	je	.L575	#,
# dispatch/inline/inline.c:266:     n->thread = thread_new(p, x.begin, NULL);
	.loc 1 266 17 view .LVU2416
	movq	(%rsp), %rsi	# x.begin,
	xorl	%edx, %edx	#
	movq	%r12, %rdi	# p,
	movq	%rax, %rbp	# tmp189, <retval>
	.loc 1 266 5 is_stmt 1 view .LVU2417
# dispatch/inline/inline.c:266:     n->thread = thread_new(p, x.begin, NULL);
	.loc 1 266 17 is_stmt 0 view .LVU2418
	call	thread_new	#
.LVL482:
# dispatch/inline/inline.c:267:     n->piece = malloc(4 * (size_t)p->count * sizeof *n->piece);     /* two per instruction and copy */
	.loc 1 267 27 view .LVU2419
	movl	20(%r12), %edi	# p_23(D)->count, p_23(D)->count
# dispatch/inline/inline.c:266:     n->thread = thread_new(p, x.begin, NULL);
	.loc 1 266 15 view .LVU2420
	movq	%rax, 0(%rbp)	# _2, n_22->thread
	.loc 1 267 5 is_stmt 1 view .LVU2421
# dispatch/inline/inline.c:266:     n->thread = thread_new(p, x.begin, NULL);
	.loc 1 266 17 is_stmt 0 view .LVU2422
	movq	%rax, %r13	# tmp190, _2
# dispatch/inline/inline.c:267:     n->piece = malloc(4 * (size_t)p->count * sizeof *n->piece);     /* two per instruction and copy */
	.loc 1 267 16 view .LVU2423
	salq	$6, %rdi	#, tmp139
	call	malloc	#
.LVL483:
# dispatch/inline/inline.c:267:     n->piece = malloc(4 * (size_t)p->count * sizeof *n->piece);     /* two per instruction and copy */
	.loc 1 267 14 view .LVU2424
	movq	%rax, 32(%rbp)	# tmp140, n_22->piece
	.loc 1 268 5 is_stmt 1 view .LVU2425
# dispatch/inline/inline.c:268:     if (!n->thread || !n->piece) {
	.loc 1 268 20 is_stmt 0 view .LVU2426
	testq	%rax, %rax	# tmp140
	je	.L583	#,
	xorl	%ebx, %ebx	# ivtmp.78
	testq	%r13, %r13	# _2
	jne	.L576	#,
	jmp	.L583	#
.LVL484:
	.p2align 4,,10
	.p2align 3
.L579:
.LBB134:
.LBB135:
	.loc 1 206 46 is_stmt 1 view .LVU2427
	.loc 1 206 28 view .LVU2428
	addq	$1, %rbx	#, ivtmp.78
.LVL485:
	.loc 1 206 28 is_stmt 0 view .LVU2429
	cmpq	$68, %rbx	#, ivtmp.78
	je	.L587	#,
.LVL486:
.L576:
.LBB136:
	.loc 1 207 9 is_stmt 1 view .LVU2430
# dispatch/inline/inline.c:207:         const char *why = codegen_relocatable(x->begin[h], x->end[h]);
	.loc 1 207 27 is_stmt 0 view .LVU2431
	movq	8(%rsp), %rax	# x.end, x.end
	movq	(%rax,%rbx,8), %rsi	# *_54, *_54
	movq	(%rsp), %rax	# x.begin, x.begin
	movq	(%rax,%rbx,8), %rdi	# *_57, *_57
	call	codegen_relocatable	#
.LVL487:
# dispatch/inline/inline.c:208:         c->ok[h] = false;
	.loc 1 208 18 view .LVU2432
	movb	$0, 48(%rsp,%rbx)	#, MEM[(_Bool *)&c + ivtmp.78_105 * 1]
# dispatch/inline/inline.c:207:         const char *why = codegen_relocatable(x->begin[h], x->end[h]);
	.loc 1 207 21 view .LVU2433
	movq	%rax, 16(%rsp)	# _59, MEM[(const char * *)_107]
	.loc 1 208 9 is_stmt 1 view .LVU2434
	.loc 1 209 9 view .LVU2435
# dispatch/inline/inline.c:209:         if (why)
	.loc 1 209 12 is_stmt 0 view .LVU2436
	testq	%rax, %rax	# _59
	jne	.L579	#,
	.loc 1 211 9 is_stmt 1 view .LVU2437
# dispatch/inline/inline.c:211:         c->dispatch[h] = codegen_dispatch(x->end[h], DISPATCH_MAX, &why);
	.loc 1 211 26 is_stmt 0 view .LVU2438
	movq	8(%rsp), %rax	# x.end, x.end
	leaq	16(%rsp), %rdx	#, tmp199
	movl	$32, %esi	#,
	movq	(%rax,%rbx,8), %rdi	# *_61, *_61
	call	codegen_dispatch	#
.LVL488:
# dispatch/inline/inline.c:212:         c->len[h] = (size_t)((const uint8_t *)x->end[h] - (const uint8_t *)x->begin[h]);
	.loc 1 212 57 view .LVU2439
	movq	8(%rsp), %rdx	# x.end, x.end
	movq	(%rsp), %rcx	# x.begin, x.begin
# dispatch/inline/inline.c:211:         c->dispatch[h] = codegen_dispatch(x->end[h], DISPATCH_MAX, &why);
	.loc 1 211 24 view .LVU2440
	movq	%rax, 664(%rsp,%rbx,8)	# _63, MEM[(long unsigned int *)&c + 616B + ivtmp.78_105 * 8]
	.loc 1 212 9 is_stmt 1 view .LVU2441
# dispatch/inline/inline.c:212:         c->len[h] = (size_t)((const uint8_t *)x->end[h] - (const uint8_t *)x->begin[h]);
	.loc 1 212 57 is_stmt 0 view .LVU2442
	movq	(%rdx,%rbx,8), %rdx	# *_65, *_65
	subq	(%rcx,%rbx,8), %rdx	# *_68, tmp162
# dispatch/inline/inline.c:213:         c->ok[h] = c->dispatch[h] > 0;
	.loc 1 213 35 view .LVU2443
	testq	%rax, %rax	# _63
# dispatch/inline/inline.c:212:         c->len[h] = (size_t)((const uint8_t *)x->end[h] - (const uint8_t *)x->begin[h]);
	.loc 1 212 19 view .LVU2444
	movq	%rdx, 120(%rsp,%rbx,8)	# tmp162, MEM[(long unsigned int *)&c + 72B + ivtmp.78_105 * 8]
	.loc 1 213 9 is_stmt 1 view .LVU2445
# dispatch/inline/inline.c:213:         c->ok[h] = c->dispatch[h] > 0;
	.loc 1 213 18 is_stmt 0 view .LVU2446
	setne	48(%rsp,%rbx)	#, MEM[(_Bool *)&c + ivtmp.78_105 * 1]
.LBE136:
	.loc 1 206 46 is_stmt 1 view .LVU2447
.LVL489:
	.loc 1 206 28 view .LVU2448
	addq	$1, %rbx	#, ivtmp.78
.LVL490:
	.loc 1 206 28 is_stmt 0 view .LVU2449
	cmpq	$68, %rbx	#, ivtmp.78
	jne	.L576	#,
.LVL491:
.L587:
	.loc 1 206 28 view .LVU2450
.LBE135:
.LBE134:
	.loc 1 275 5 is_stmt 1 view .LVU2451
# dispatch/inline/inline.c:275:     struct emit e = { .out = NULL };
	.loc 1 275 17 is_stmt 0 view .LVU2452
	pxor	%xmm0, %xmm0	# tmp166
# dispatch/inline/inline.c:276:     size_t size = emit_copies(&e, p, n, &x, &c);
	.loc 1 276 19 view .LVU2453
	leaq	48(%rsp), %r8	#, tmp200
	movq	%rsp, %rcx	#,
	movq	%rbp, %rdx	# <retval>,
	movq	%r12, %rsi	# p,
	leaq	16(%rsp), %rdi	#, tmp201
# dispatch/inline/inline.c:275:     struct emit e = { .out = NULL };
	.loc 1 275 17 view .LVU2454
	movaps	%xmm0, 16(%rsp)	# tmp166, MEM[(struct emit *)_107]
	movaps	%xmm0, 32(%rsp)	# tmp166, MEM[(struct emit *)_107]
	.loc 1 276 5 is_stmt 1 view .LVU2455
# dispatch/inline/inline.c:276:     size_t size = emit_copies(&e, p, n, &x, &c);
	.loc 1 276 19 is_stmt 0 view .LVU2456
	call	emit_copies	#
.LVL492:
	.loc 1 277 5 is_stmt 1 view .LVU2457
# dispatch/inline/inline.c:277:     if (size == 0)
	.loc 1 277 8 is_stmt 0 view .LVU2458
	testq	%rax, %rax	# size
	jne	.L588	#,
.LVL493:
.L574:
# dispatch/inline/inline.c:292: }
	.loc 1 292 1 view .LVU2459
	addq	$1224, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 40
	movq	%rbp, %rax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 32
	popq	%rbp	#
	.cfi_def_cfa_offset 24
	popq	%r12	#
	.cfi_def_cfa_offset 16
.LVL494:
	.loc 1 292 1 view .LVU2460
	popq	%r13	#
	.cfi_def_cfa_offset 8
	ret	
.LVL495:
.L588:
	.cfi_restore_state
	.loc 1 279 5 is_stmt 1 view .LVU2461
# dispatch/inline/inline.c:279:     n->code = codegen_map(size, NULL, &n->mapped);
	.loc 1 279 15 is_stmt 0 view .LVU2462
	leaq	16(%rbp), %rdx	#, tmp170
	xorl	%esi, %esi	#
	movq	%rax, %rdi	# size,
	call	codegen_map	#
.LVL496:
# dispatch/inline/inline.c:279:     n->code = codegen_map(size, NULL, &n->mapped);
	.loc 1 279 13 view .LVU2463
	movq	%rax, 8(%rbp)	# _10, n_22->code
	.loc 1 280 5 is_stmt 1 view .LVU2464
# dispatch/inline/inline.c:280:     if (!n->code) {
	.loc 1 280 8 is_stmt 0 view .LVU2465
	testq	%rax, %rax	# _10
	je	.L589	#,
	.loc 1 284 5 is_stmt 1 view .LVU2466
# dispatch/inline/inline.c:284:     e = (struct emit){ .out = n->code, .origin = (uintptr_t)n->code };
	.loc 1 284 7 is_stmt 0 view .LVU2467
	pxor	%xmm0, %xmm0	# tmp187
# dispatch/inline/inline.c:285:     n->size = emit_copies(&e, p, n, &x, &c);
	.loc 1 285 15 view .LVU2468
	movq	%rbp, %rdx	# <retval>,
	movq	%r12, %rsi	# p,
	movq	%rsp, %rcx	#,
	leaq	16(%rsp), %rdi	#, tmp203
	leaq	48(%rsp), %r8	#, tmp202
# dispatch/inline/inline.c:284:     e = (struct emit){ .out = n->code, .origin = (uintptr_t)n->code };
	.loc 1 284 7 view .LVU2469
	movq	%rax, 16(%rsp)	# _10, MEM[(struct emit *)_107].out
	movq	%rax, 24(%rsp)	# _10, MEM[(struct emit *)_107].origin
	.loc 1 285 5 is_stmt 1 view .LVU2470
# dispatch/inline/inline.c:284:     e = (struct emit){ .out = n->code, .origin = (uintptr_t)n->code };
	.loc 1 284 7 is_stmt 0 view .LVU2471
	movaps	%xmm0, 32(%rsp)	# tmp187, MEM <char[16]> [(struct emit *)_107]
# dispatch/inline/inline.c:285:     n->size = emit_copies(&e, p, n, &x, &c);
	.loc 1 285 15 view .LVU2472
	call	emit_copies	#
.LVL497:
# dispatch/inline/inline.c:286:     if (codegen_seal(n->code, n->mapped, e.at) != 0) {
	.loc 1 286 9 view .LVU2473
	movq	16(%rbp), %rsi	# n_22->mapped, n_22->mapped
	movq	8(%rbp), %rdi	# n_22->code, n_22->code
# dispatch/inline/inline.c:285:     n->size = emit_copies(&e, p, n, &x, &c);
	.loc 1 285 13 view .LVU2474
	movq	%rax, 24(%rbp)	# tmp196, n_22->size
	.loc 1 286 5 is_stmt 1 view .LVU2475
# dispatch/inline/inline.c:286:     if (codegen_seal(n->code, n->mapped, e.at) != 0) {
	.loc 1 286 9 is_stmt 0 view .LVU2476
	movq	32(%rsp), %rdx	# MEM[(struct emit *)_107].at,
	call	codegen_seal	#
.LVL498:
# dispatch/inline/inline.c:286:     if (codegen_seal(n->code, n->mapped, e.at) != 0) {
	.loc 1 286 8 view .LVU2477
	testl	%eax, %eax	# tmp197
	je	.L574	#,
	.loc 1 287 9 is_stmt 1 view .LVU2478
.LVL499:
.LBB137:
.LBI137:
	.loc 1 177 13 view .LVU2479
.LBB138:
	.loc 1 179 5 view .LVU2480
	.loc 1 180 5 view .LVU2481
.LBB139:
.LBI139:
	.loc 1 177 13 view .LVU2482
.LBB140:
	.loc 1 181 9 view .LVU2483
	movq	0(%rbp), %rdi	# n_22->thread, n_22->thread
	call	thread_free	#
.LVL500:
	.loc 1 182 9 view .LVU2484
	movq	16(%rbp), %rsi	# n_22->mapped, n_22->mapped
	movq	8(%rbp), %rdi	# n_22->code, n_22->code
	call	codegen_unmap	#
.LVL501:
	.loc 1 183 9 view .LVU2485
	movq	32(%rbp), %rdi	# n_22->piece, n_22->piece
	call	free	#
.LVL502:
	.loc 1 184 9 view .LVU2486
	movq	%rbp, %rdi	# <retval>,
	call	free	#
.LVL503:
.L575:
	.loc 1 184 9 is_stmt 0 view .LVU2487
.LBE140:
.LBE139:
.LBE138:
.LBE137:
# dispatch/inline/inline.c:265:         return NULL;
	.loc 1 265 16 view .LVU2488
	xorl	%ebp, %ebp	# <retval>
	jmp	.L574	#
.LVL504:
	.p2align 4,,10
	.p2align 3
.L583:
.LBB141:
.LBB142:
.LBB143:
.LBI143:
	.loc 1 177 13 is_stmt 1 view .LVU2489
.LBB144:
	.loc 1 181 9 view .LVU2490
	movq	%r13, %rdi	# _2,
	call	thread_free	#
.LVL505:
	.loc 1 182 9 view .LVU2491
	movq	16(%rbp), %rsi	# n_22->mapped, n_22->mapped
	movq	8(%rbp), %rdi	# n_22->code, n_22->code
	call	codegen_unmap	#
.LVL506:
	.loc 1 183 9 view .LVU2492
	movq	32(%rbp), %rdi	# n_22->piece, n_22->piece
	call	free	#
.LVL507:
	.loc 1 184 9 view .LVU2493
	movq	%rbp, %rdi	# <retval>,
.LBE144:
.LBE143:
.LBE142:
.LBE141:
# dispatch/inline/inline.c:265:         return NULL;
	.loc 1 265 16 is_stmt 0 view .LVU2494
	xorl	%ebp, %ebp	# <retval>
.LVL508:
.LBB148:
.LBB147:
.LBB146:
.LBB145:
# dispatch/inline/inline.c:184:         free(n);
	.loc 1 184 9 view .LVU2495
	call	free	#
.LVL509:
	.loc 1 184 9 view .LVU2496
	jmp	.L574	#
.LVL510:
.L589:
	.loc 1 184 9 view .LVU2497
.LBE145:
.LBE146:
.LBE147:
.LBE148:
	.loc 1 281 9 is_stmt 1 view .LVU2498
.LBB149:
.LBI149:
	.loc 1 177 13 view .LVU2499
.LBB150:
	.loc 1 179 5 view .LVU2500
	.loc 1 180 5 view .LVU2501
.LBB151:
.LBI151:
	.loc 1 177 13 view .LVU2502
.LBB152:
	.loc 1 181 9 view .LVU2503
	movq	0(%rbp), %rdi	# n_22->thread, n_22->thread
	call	thread_free	#
.LVL511:
	.loc 1 182 9 view .LVU2504
	movq	16(%rbp), %rsi	# n_22->mapped, n_22->mapped
	movq	8(%rbp), %rdi	# n_22->code, n_22->code
	call	codegen_unmap	#
.LVL512:
	.loc 1 183 9 view .LVU2505
	movq	32(%rbp), %rdi	# n_22->piece, n_22->piece
	call	free	#
.LVL513:
	.loc 1 184 9 view .LVU2506
	movq	%rbp, %rdi	# <retval>,
.LBE152:
.LBE151:
.LBE150:
.LBE149:
# dispatch/inline/inline.c:265:         return NULL;
	.loc 1 265 16 is_stmt 0 view .LVU2507
	xorl	%ebp, %ebp	# <retval>
.LVL514:
.LBB156:
.LBB155:
.LBB154:
.LBB153:
# dispatch/inline/inline.c:184:         free(n);
	.loc 1 184 9 view .LVU2508
	call	free	#
.LVL515:
	.loc 1 184 9 view .LVU2509
	jmp	.L574	#
.LBE153:
.LBE154:
.LBE155:
.LBE156:
	.cfi_endproc
.LFE29:
	.size	prepare, .-prepare
	.section	.rodata
	.align 32
	.type	end.0, @object
	.size	end.0, 544
end.0:
	.quad	.L11
	.quad	.L18
	.quad	.L23
	.quad	.L30
	.quad	.L35
	.quad	.L43
	.quad	.L49
	.quad	.L54
	.quad	.L59
	.quad	.L64
	.quad	.L73
	.quad	.L81
	.quad	.L86
	.quad	.L91
	.quad	.L96
	.quad	.L101
	.quad	.L106
	.quad	.L111
	.quad	.L116
	.quad	.L121
	.quad	.L126
	.quad	.L131
	.quad	.L136
	.quad	.L141
	.quad	.L146
	.quad	.L152
	.quad	.L161
	.quad	.L170
	.quad	.L177
	.quad	.L184
	.quad	.L191
	.quad	.L198
	.quad	.L205
	.quad	.L209
	.quad	.L212
	.quad	.L215
	.quad	.L218
	.quad	.L221
	.quad	.L224
	.quad	.L227
	.quad	.L230
	.quad	.L233
	.quad	.L236
	.quad	.L239
	.quad	.L246
	.quad	.L252
	.quad	.L255
	.quad	.L258
	.quad	.L261
	.quad	.L264
	.quad	.L267
	.quad	.L270
	.quad	.L273
	.quad	.L276
	.quad	.L279
	.quad	.L282
	.quad	.L285
	.quad	.L288
	.quad	.L291
	.quad	.L297
	.quad	.L304
	.quad	.L311
	.quad	.L318
	.quad	.L323
	.quad	.L329
	.quad	.L334
	.quad	.L341
	.quad	.L345
	.align 32
	.type	begin.1, @object
	.size	begin.1, 544
begin.1:
	.quad	.L9
	.quad	.L13
	.quad	.L19
	.quad	.L24
	.quad	.L31
	.quad	.L36
	.quad	.L44
	.quad	.L50
	.quad	.L55
	.quad	.L60
	.quad	.L65
	.quad	.L74
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
	.quad	.L147
	.quad	.L153
	.quad	.L162
	.quad	.L171
	.quad	.L178
	.quad	.L185
	.quad	.L192
	.quad	.L199
	.quad	.L206
	.quad	.L210
	.quad	.L213
	.quad	.L216
	.quad	.L219
	.quad	.L222
	.quad	.L225
	.quad	.L228
	.quad	.L231
	.quad	.L234
	.quad	.L237
	.quad	.L240
	.quad	.L247
	.quad	.L253
	.quad	.L256
	.quad	.L259
	.quad	.L262
	.quad	.L265
	.quad	.L268
	.quad	.L271
	.quad	.L274
	.quad	.L277
	.quad	.L280
	.quad	.L283
	.quad	.L286
	.quad	.L289
	.quad	.L292
	.quad	.L298
	.quad	.L305
	.quad	.L312
	.quad	.L319
	.quad	.L324
	.quad	.L330
	.quad	.L335
	.quad	.L342
	.globl	dispatcher_inline
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"inline"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"inline threading: the handlers' machine code copied back to back, dispatch only where control leaves the line"
	.section	.rodata
	.align 32
	.type	dispatcher_inline, @object
	.size	dispatcher_inline, 72
dispatcher_inline:
# name:
	.quad	.LC0
# summary:
	.quad	.LC1
# unavailable:
	.quad	codegen_unavailable
# prepare:
	.quad	prepare
# release:
	.quad	release
# run:
	.zero	16
	.quad	run
# describe:
	.quad	describe
	.text
.Letext0:
	.file 3 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 6 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 7 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 8 "/usr/include/stdint.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 11 "./vm/codegen.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 13 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 14 "/usr/include/setjmp.h"
	.file 15 "./isa/isa.h"
	.file 16 "./isa/program.h"
	.file 17 "./vm/vm.h"
	.file 18 "./vm/dispatch.h"
	.file 19 "./vm/interp.h"
	.file 20 "./vm/thread.h"
	.file 21 "/usr/include/stdlib.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x398e
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x36
	.long	.LASF832
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0xa
	.long	.LASF9
	.byte	0x3
	.byte	0xd6
	.byte	0x17
	.long	0x3a
	.uleb128 0xe
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x37
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0xe
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0xe
	.byte	0x8
	.byte	0x5
	.long	.LASF4
	.uleb128 0xe
	.byte	0x1
	.byte	0x8
	.long	.LASF5
	.uleb128 0xe
	.byte	0x2
	.byte	0x7
	.long	.LASF6
	.uleb128 0xe
	.byte	0x4
	.byte	0x7
	.long	.LASF7
	.uleb128 0xe
	.byte	0x1
	.byte	0x6
	.long	.LASF8
	.uleb128 0xa
	.long	.LASF10
	.byte	0x4
	.byte	0x26
	.byte	0x17
	.long	0x56
	.uleb128 0xe
	.byte	0x2
	.byte	0x5
	.long	.LASF11
	.uleb128 0xa
	.long	.LASF12
	.byte	0x4
	.byte	0x29
	.byte	0x14
	.long	0x41
	.uleb128 0xa
	.long	.LASF13
	.byte	0x4
	.byte	0x2a
	.byte	0x16
	.long	0x64
	.uleb128 0xa
	.long	.LASF14
	.byte	0x4
	.byte	0x2c
	.byte	0x19
	.long	0x48
	.uleb128 0xa
	.long	.LASF15
	.byte	0x4
	.byte	0x2d
	.byte	0x1b
	.long	0x3a
	.uleb128 0xa
	.long	.LASF16
	.byte	0x4
	.byte	0x98
	.byte	0x19
	.long	0x48
	.uleb128 0xa
	.long	.LASF17
	.byte	0x4
	.byte	0x99
	.byte	0x1b
	.long	0x48
	.uleb128 0x38
	.byte	0x8
	.uleb128 0x8
	.long	0xd4
	.uleb128 0xe
	.byte	0x1
	.byte	0x6
	.long	.LASF18
	.uleb128 0xc
	.long	0xd4
	.uleb128 0xa
	.long	.LASF19
	.byte	0x5
	.byte	0x1a
	.byte	0x13
	.long	0x85
	.uleb128 0xa
	.long	.LASF20
	.byte	0x5
	.byte	0x1b
	.byte	0x13
	.long	0x9d
	.uleb128 0x39
	.byte	0x80
	.byte	0x6
	.byte	0x5
	.byte	0x9
	.long	0x10f
	.uleb128 0x5
	.long	.LASF28
	.byte	0x6
	.byte	0x7
	.byte	0x15
	.long	0x10f
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x3a
	.long	0x11f
	.uleb128 0x14
	.long	0x3a
	.byte	0xf
	.byte	0
	.uleb128 0xa
	.long	.LASF21
	.byte	0x6
	.byte	0x8
	.byte	0x3
	.long	0xf8
	.uleb128 0xe
	.byte	0x8
	.byte	0x7
	.long	.LASF22
	.uleb128 0x8
	.long	0x13c
	.uleb128 0xc
	.long	0x132
	.uleb128 0x3a
	.uleb128 0xe
	.byte	0x10
	.byte	0x4
	.long	.LASF23
	.uleb128 0xa
	.long	.LASF24
	.byte	0x7
	.byte	0x18
	.byte	0x13
	.long	0x72
	.uleb128 0xa
	.long	.LASF25
	.byte	0x7
	.byte	0x1a
	.byte	0x14
	.long	0x91
	.uleb128 0xc
	.long	0x150
	.uleb128 0xa
	.long	.LASF26
	.byte	0x7
	.byte	0x1b
	.byte	0x14
	.long	0xa9
	.uleb128 0xa
	.long	.LASF27
	.byte	0x8
	.byte	0x5a
	.byte	0x1b
	.long	0x3a
	.uleb128 0x10
	.long	.LASF62
	.byte	0xd8
	.byte	0x9
	.byte	0x31
	.long	0x2ff
	.uleb128 0x5
	.long	.LASF29
	.byte	0x9
	.byte	0x33
	.byte	0x7
	.long	0x41
	.byte	0
	.uleb128 0x5
	.long	.LASF30
	.byte	0x9
	.byte	0x36
	.byte	0x9
	.long	0xcf
	.byte	0x8
	.uleb128 0x5
	.long	.LASF31
	.byte	0x9
	.byte	0x37
	.byte	0x9
	.long	0xcf
	.byte	0x10
	.uleb128 0x5
	.long	.LASF32
	.byte	0x9
	.byte	0x38
	.byte	0x9
	.long	0xcf
	.byte	0x18
	.uleb128 0x5
	.long	.LASF33
	.byte	0x9
	.byte	0x39
	.byte	0x9
	.long	0xcf
	.byte	0x20
	.uleb128 0x5
	.long	.LASF34
	.byte	0x9
	.byte	0x3a
	.byte	0x9
	.long	0xcf
	.byte	0x28
	.uleb128 0x5
	.long	.LASF35
	.byte	0x9
	.byte	0x3b
	.byte	0x9
	.long	0xcf
	.byte	0x30
	.uleb128 0x5
	.long	.LASF36
	.byte	0x9
	.byte	0x3c
	.byte	0x9
	.long	0xcf
	.byte	0x38
	.uleb128 0x5
	.long	.LASF37
	.byte	0x9
	.byte	0x3d
	.byte	0x9
	.long	0xcf
	.byte	0x40
	.uleb128 0x5
	.long	.LASF38
	.byte	0x9
	.byte	0x40
	.byte	0x9
	.long	0xcf
	.byte	0x48
	.uleb128 0x5
	.long	.LASF39
	.byte	0x9
	.byte	0x41
	.byte	0x9
	.long	0xcf
	.byte	0x50
	.uleb128 0x5
	.long	.LASF40
	.byte	0x9
	.byte	0x42
	.byte	0x9
	.long	0xcf
	.byte	0x58
	.uleb128 0x5
	.long	.LASF41
	.byte	0x9
	.byte	0x44
	.byte	0x16
	.long	0x318
	.byte	0x60
	.uleb128 0x5
	.long	.LASF42
	.byte	0x9
	.byte	0x46
	.byte	0x14
	.long	0x31d
	.byte	0x68
	.uleb128 0x5
	.long	.LASF43
	.byte	0x9
	.byte	0x48
	.byte	0x7
	.long	0x41
	.byte	0x70
	.uleb128 0x5
	.long	.LASF44
	.byte	0x9
	.byte	0x49
	.byte	0x7
	.long	0x41
	.byte	0x74
	.uleb128 0x5
	.long	.LASF45
	.byte	0x9
	.byte	0x4a
	.byte	0xb
	.long	0xb5
	.byte	0x78
	.uleb128 0x5
	.long	.LASF46
	.byte	0x9
	.byte	0x4d
	.byte	0x12
	.long	0x5d
	.byte	0x80
	.uleb128 0x5
	.long	.LASF47
	.byte	0x9
	.byte	0x4e
	.byte	0xf
	.long	0x6b
	.byte	0x82
	.uleb128 0x5
	.long	.LASF48
	.byte	0x9
	.byte	0x4f
	.byte	0x8
	.long	0x322
	.byte	0x83
	.uleb128 0x5
	.long	.LASF49
	.byte	0x9
	.byte	0x51
	.byte	0xf
	.long	0x332
	.byte	0x88
	.uleb128 0x5
	.long	.LASF50
	.byte	0x9
	.byte	0x59
	.byte	0xd
	.long	0xc1
	.byte	0x90
	.uleb128 0x5
	.long	.LASF51
	.byte	0x9
	.byte	0x5b
	.byte	0x17
	.long	0x33c
	.byte	0x98
	.uleb128 0x5
	.long	.LASF52
	.byte	0x9
	.byte	0x5c
	.byte	0x19
	.long	0x346
	.byte	0xa0
	.uleb128 0x5
	.long	.LASF53
	.byte	0x9
	.byte	0x5d
	.byte	0x14
	.long	0x31d
	.byte	0xa8
	.uleb128 0x5
	.long	.LASF54
	.byte	0x9
	.byte	0x5e
	.byte	0x9
	.long	0xcd
	.byte	0xb0
	.uleb128 0x5
	.long	.LASF55
	.byte	0x9
	.byte	0x5f
	.byte	0xa
	.long	0x2e
	.byte	0xb8
	.uleb128 0x5
	.long	.LASF56
	.byte	0x9
	.byte	0x60
	.byte	0x7
	.long	0x41
	.byte	0xc0
	.uleb128 0x5
	.long	.LASF57
	.byte	0x9
	.byte	0x62
	.byte	0x8
	.long	0x34b
	.byte	0xc4
	.byte	0
	.uleb128 0xa
	.long	.LASF58
	.byte	0xa
	.byte	0x7
	.byte	0x19
	.long	0x179
	.uleb128 0x3b
	.long	.LASF833
	.byte	0x9
	.byte	0x2b
	.byte	0xe
	.uleb128 0x1e
	.long	.LASF59
	.uleb128 0x8
	.long	0x313
	.uleb128 0x8
	.long	0x179
	.uleb128 0xf
	.long	0xd4
	.long	0x332
	.uleb128 0x14
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0x30b
	.uleb128 0x1e
	.long	.LASF60
	.uleb128 0x8
	.long	0x337
	.uleb128 0x1e
	.long	.LASF61
	.uleb128 0x8
	.long	0x341
	.uleb128 0xf
	.long	0xd4
	.long	0x35b
	.uleb128 0x14
	.long	0x3a
	.byte	0x13
	.byte	0
	.uleb128 0x8
	.long	0x2ff
	.uleb128 0x10
	.long	.LASF63
	.byte	0x20
	.byte	0xb
	.byte	0x30
	.long	0x3a0
	.uleb128 0xb
	.string	"out"
	.byte	0xb
	.byte	0x31
	.byte	0x10
	.long	0x3a5
	.byte	0
	.uleb128 0x5
	.long	.LASF64
	.byte	0xb
	.byte	0x32
	.byte	0x10
	.long	0x16d
	.byte	0x8
	.uleb128 0xb
	.string	"at"
	.byte	0xb
	.byte	0x33
	.byte	0x10
	.long	0x2e
	.byte	0x10
	.uleb128 0xb
	.string	"far"
	.byte	0xb
	.byte	0x34
	.byte	0x10
	.long	0x3aa
	.byte	0x18
	.byte	0
	.uleb128 0xc
	.long	0x360
	.uleb128 0x8
	.long	0x144
	.uleb128 0xe
	.byte	0x1
	.byte	0x2
	.long	.LASF65
	.uleb128 0x1b
	.long	.LASF86
	.long	0x64
	.byte	0xb
	.byte	0x7f
	.long	0x3f1
	.uleb128 0x2
	.long	.LASF66
	.byte	0
	.uleb128 0x2
	.long	.LASF67
	.byte	0x1
	.uleb128 0x2
	.long	.LASF68
	.byte	0x2
	.uleb128 0x2
	.long	.LASF69
	.byte	0x3
	.uleb128 0x2
	.long	.LASF70
	.byte	0x4
	.uleb128 0x2
	.long	.LASF71
	.byte	0x5
	.uleb128 0x2
	.long	.LASF72
	.byte	0x6
	.uleb128 0x2
	.long	.LASF73
	.byte	0x7
	.byte	0
	.uleb128 0x10
	.long	.LASF74
	.byte	0x10
	.byte	0xb
	.byte	0x83
	.long	0x44b
	.uleb128 0xb
	.string	"at"
	.byte	0xb
	.byte	0x84
	.byte	0xe
	.long	0x150
	.byte	0
	.uleb128 0xb
	.string	"len"
	.byte	0xb
	.byte	0x84
	.byte	0x12
	.long	0x150
	.byte	0x4
	.uleb128 0xb
	.string	"ord"
	.byte	0xb
	.byte	0x85
	.byte	0xe
	.long	0x150
	.byte	0x8
	.uleb128 0x5
	.long	.LASF75
	.byte	0xb
	.byte	0x86
	.byte	0xe
	.long	0x144
	.byte	0xc
	.uleb128 0x5
	.long	.LASF76
	.byte	0xb
	.byte	0x87
	.byte	0xe
	.long	0x144
	.byte	0xd
	.uleb128 0x5
	.long	.LASF77
	.byte	0xb
	.byte	0x88
	.byte	0xe
	.long	0x144
	.byte	0xe
	.byte	0
	.uleb128 0xc
	.long	0x3f1
	.uleb128 0xa
	.long	.LASF78
	.byte	0xc
	.byte	0x1f
	.byte	0x12
	.long	0x45c
	.uleb128 0xf
	.long	0x48
	.long	0x46c
	.uleb128 0x14
	.long	0x3a
	.byte	0x7
	.byte	0
	.uleb128 0x10
	.long	.LASF79
	.byte	0xc8
	.byte	0xd
	.byte	0x1a
	.long	0x4a0
	.uleb128 0x5
	.long	.LASF80
	.byte	0xd
	.byte	0x20
	.byte	0xf
	.long	0x450
	.byte	0
	.uleb128 0x5
	.long	.LASF81
	.byte	0xd
	.byte	0x21
	.byte	0x9
	.long	0x41
	.byte	0x40
	.uleb128 0x5
	.long	.LASF82
	.byte	0xd
	.byte	0x22
	.byte	0x10
	.long	0x11f
	.byte	0x48
	.byte	0
	.uleb128 0xa
	.long	.LASF83
	.byte	0xe
	.byte	0x20
	.byte	0x1e
	.long	0x4ac
	.uleb128 0xf
	.long	0x46c
	.long	0x4bc
	.uleb128 0x14
	.long	0x3a
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0xdb
	.uleb128 0xa
	.long	.LASF84
	.byte	0xf
	.byte	0xa
	.byte	0x12
	.long	0xec
	.uleb128 0xa
	.long	.LASF85
	.byte	0xf
	.byte	0xb
	.byte	0x12
	.long	0x161
	.uleb128 0x1b
	.long	.LASF87
	.long	0x64
	.byte	0xf
	.byte	0xd
	.long	0x5bb
	.uleb128 0x2
	.long	.LASF88
	.byte	0
	.uleb128 0x2
	.long	.LASF89
	.byte	0x1
	.uleb128 0x2
	.long	.LASF90
	.byte	0x2
	.uleb128 0x2
	.long	.LASF91
	.byte	0x3
	.uleb128 0x2
	.long	.LASF92
	.byte	0x4
	.uleb128 0x2
	.long	.LASF93
	.byte	0x5
	.uleb128 0x2
	.long	.LASF94
	.byte	0x6
	.uleb128 0x2
	.long	.LASF95
	.byte	0x7
	.uleb128 0x2
	.long	.LASF96
	.byte	0x8
	.uleb128 0x2
	.long	.LASF97
	.byte	0x9
	.uleb128 0x2
	.long	.LASF98
	.byte	0xa
	.uleb128 0x2
	.long	.LASF99
	.byte	0xb
	.uleb128 0x2
	.long	.LASF100
	.byte	0xc
	.uleb128 0x2
	.long	.LASF101
	.byte	0xd
	.uleb128 0x2
	.long	.LASF102
	.byte	0xe
	.uleb128 0x2
	.long	.LASF103
	.byte	0xf
	.uleb128 0x2
	.long	.LASF104
	.byte	0x10
	.uleb128 0x2
	.long	.LASF105
	.byte	0x11
	.uleb128 0x2
	.long	.LASF106
	.byte	0x12
	.uleb128 0x2
	.long	.LASF107
	.byte	0x13
	.uleb128 0x2
	.long	.LASF108
	.byte	0x14
	.uleb128 0x2
	.long	.LASF109
	.byte	0x15
	.uleb128 0x2
	.long	.LASF110
	.byte	0x16
	.uleb128 0x2
	.long	.LASF111
	.byte	0x17
	.uleb128 0x2
	.long	.LASF112
	.byte	0x18
	.uleb128 0x2
	.long	.LASF113
	.byte	0x19
	.uleb128 0x2
	.long	.LASF114
	.byte	0x1a
	.uleb128 0x2
	.long	.LASF115
	.byte	0x1b
	.uleb128 0x2
	.long	.LASF116
	.byte	0x1c
	.uleb128 0x2
	.long	.LASF117
	.byte	0x1d
	.uleb128 0x2
	.long	.LASF118
	.byte	0x1e
	.uleb128 0x2
	.long	.LASF119
	.byte	0x1f
	.uleb128 0x2
	.long	.LASF120
	.byte	0x20
	.uleb128 0x2
	.long	.LASF121
	.byte	0x21
	.uleb128 0x2
	.long	.LASF122
	.byte	0x22
	.byte	0
	.uleb128 0x1b
	.long	.LASF123
	.long	0x64
	.byte	0xf
	.byte	0x15
	.long	0x5ef
	.uleb128 0x2
	.long	.LASF124
	.byte	0
	.uleb128 0x2
	.long	.LASF125
	.byte	0x1
	.uleb128 0x2
	.long	.LASF126
	.byte	0x2
	.uleb128 0x2
	.long	.LASF127
	.byte	0x3
	.uleb128 0x2
	.long	.LASF128
	.byte	0x4
	.uleb128 0x2
	.long	.LASF129
	.byte	0x5
	.byte	0
	.uleb128 0x10
	.long	.LASF130
	.byte	0x10
	.byte	0x10
	.byte	0x13
	.long	0x616
	.uleb128 0x5
	.long	.LASF131
	.byte	0x10
	.byte	0x14
	.byte	0xe
	.long	0xcf
	.byte	0
	.uleb128 0x5
	.long	.LASF132
	.byte	0x10
	.byte	0x15
	.byte	0xe
	.long	0x150
	.byte	0x8
	.byte	0
	.uleb128 0x10
	.long	.LASF133
	.byte	0x8
	.byte	0x10
	.byte	0x1d
	.long	0x63d
	.uleb128 0x5
	.long	.LASF134
	.byte	0x10
	.byte	0x1e
	.byte	0xd
	.long	0xe0
	.byte	0
	.uleb128 0x5
	.long	.LASF135
	.byte	0x10
	.byte	0x1f
	.byte	0xd
	.long	0xe0
	.byte	0x4
	.byte	0
	.uleb128 0x10
	.long	.LASF136
	.byte	0x50
	.byte	0x10
	.byte	0x22
	.long	0x6d9
	.uleb128 0x5
	.long	.LASF137
	.byte	0x10
	.byte	0x23
	.byte	0x11
	.long	0x4bc
	.byte	0
	.uleb128 0x5
	.long	.LASF138
	.byte	0x10
	.byte	0x24
	.byte	0x11
	.long	0x3a5
	.byte	0x8
	.uleb128 0x5
	.long	.LASF139
	.byte	0x10
	.byte	0x25
	.byte	0x11
	.long	0x150
	.byte	0x10
	.uleb128 0x5
	.long	.LASF140
	.byte	0x10
	.byte	0x26
	.byte	0x11
	.long	0x150
	.byte	0x14
	.uleb128 0xb
	.string	"ord"
	.byte	0x10
	.byte	0x27
	.byte	0x11
	.long	0x6de
	.byte	0x18
	.uleb128 0x5
	.long	.LASF132
	.byte	0x10
	.byte	0x29
	.byte	0x11
	.long	0x6de
	.byte	0x20
	.uleb128 0x5
	.long	.LASF141
	.byte	0x10
	.byte	0x2a
	.byte	0x11
	.long	0x6de
	.byte	0x28
	.uleb128 0x5
	.long	.LASF142
	.byte	0x10
	.byte	0x2b
	.byte	0x13
	.long	0x6e3
	.byte	0x30
	.uleb128 0x5
	.long	.LASF143
	.byte	0x10
	.byte	0x2c
	.byte	0x11
	.long	0x150
	.byte	0x38
	.uleb128 0x5
	.long	.LASF144
	.byte	0x10
	.byte	0x2e
	.byte	0x11
	.long	0x3a5
	.byte	0x40
	.uleb128 0x5
	.long	.LASF133
	.byte	0x10
	.byte	0x2f
	.byte	0x13
	.long	0x6e8
	.byte	0x48
	.byte	0
	.uleb128 0xc
	.long	0x63d
	.uleb128 0x8
	.long	0x150
	.uleb128 0x8
	.long	0x5ef
	.uleb128 0x8
	.long	0x616
	.uleb128 0x1b
	.long	.LASF145
	.long	0x64
	.byte	0x11
	.byte	0xf
	.long	0x733
	.uleb128 0x2
	.long	.LASF146
	.byte	0
	.uleb128 0x2
	.long	.LASF147
	.byte	0x1
	.uleb128 0x2
	.long	.LASF148
	.byte	0x2
	.uleb128 0x2
	.long	.LASF149
	.byte	0x3
	.uleb128 0x2
	.long	.LASF150
	.byte	0x4
	.uleb128 0x2
	.long	.LASF151
	.byte	0x5
	.uleb128 0x2
	.long	.LASF152
	.byte	0x6
	.uleb128 0x2
	.long	.LASF153
	.byte	0x7
	.uleb128 0x2
	.long	.LASF154
	.byte	0x8
	.byte	0
	.uleb128 0x10
	.long	.LASF155
	.byte	0x20
	.byte	0x11
	.byte	0x1b
	.long	0x774
	.uleb128 0x5
	.long	.LASF145
	.byte	0x11
	.byte	0x1c
	.byte	0x11
	.long	0x6ed
	.byte	0
	.uleb128 0xb
	.string	"arg"
	.byte	0x11
	.byte	0x1d
	.byte	0x11
	.long	0x4c1
	.byte	0x8
	.uleb128 0xb
	.string	"ord"
	.byte	0x11
	.byte	0x1e
	.byte	0x11
	.long	0x150
	.byte	0x10
	.uleb128 0x5
	.long	.LASF140
	.byte	0x11
	.byte	0x1f
	.byte	0x11
	.long	0xec
	.byte	0x18
	.byte	0
	.uleb128 0x27
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x7cf
	.uleb128 0xb
	.string	"f"
	.byte	0x11
	.byte	0x27
	.byte	0xe
	.long	0x35b
	.byte	0
	.uleb128 0xb
	.string	"len"
	.byte	0x11
	.byte	0x28
	.byte	0xe
	.long	0x2e
	.byte	0x8
	.uleb128 0x5
	.long	.LASF156
	.byte	0x11
	.byte	0x29
	.byte	0xe
	.long	0x161
	.byte	0x10
	.uleb128 0x5
	.long	.LASF157
	.byte	0x11
	.byte	0x2a
	.byte	0xe
	.long	0x161
	.byte	0x18
	.uleb128 0x5
	.long	.LASF158
	.byte	0x11
	.byte	0x2b
	.byte	0xe
	.long	0x41
	.byte	0x20
	.uleb128 0xb
	.string	"buf"
	.byte	0x11
	.byte	0x2c
	.byte	0xe
	.long	0x7cf
	.byte	0x24
	.byte	0
	.uleb128 0xf
	.long	0xd4
	.long	0x7e0
	.uleb128 0x1f
	.long	0x3a
	.value	0xffff
	.byte	0
	.uleb128 0x27
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x870
	.uleb128 0x5
	.long	.LASF159
	.byte	0x11
	.byte	0x30
	.byte	0x11
	.long	0x870
	.byte	0
	.uleb128 0x28
	.long	.LASF160
	.byte	0x11
	.byte	0x34
	.byte	0x11
	.long	0x881
	.value	0x8008
	.uleb128 0x29
	.string	"mem"
	.byte	0x36
	.long	0x892
	.long	0x10008
	.uleb128 0x18
	.long	.LASF161
	.byte	0x37
	.byte	0x11
	.long	0xec
	.long	0x10010
	.uleb128 0x18
	.long	.LASF162
	.byte	0x38
	.byte	0x11
	.long	0xec
	.long	0x10018
	.uleb128 0x18
	.long	.LASF163
	.byte	0x3a
	.byte	0x1b
	.long	0x897
	.long	0x10020
	.uleb128 0x18
	.long	.LASF155
	.byte	0x3b
	.byte	0x13
	.long	0x733
	.long	0x10028
	.uleb128 0x18
	.long	.LASF164
	.byte	0x3c
	.byte	0x11
	.long	0x4a0
	.long	0x10048
	.uleb128 0x29
	.string	"out"
	.byte	0x3d
	.long	0x774
	.long	0x10110
	.byte	0
	.uleb128 0xf
	.long	0x4c1
	.long	0x881
	.uleb128 0x1f
	.long	0x3a
	.value	0x1000
	.byte	0
	.uleb128 0xf
	.long	0x16d
	.long	0x892
	.uleb128 0x1f
	.long	0x3a
	.value	0xfff
	.byte	0
	.uleb128 0x8
	.long	0x4c1
	.uleb128 0x8
	.long	0x6d9
	.uleb128 0x10
	.long	.LASF165
	.byte	0x48
	.byte	0x12
	.byte	0x10
	.long	0x91e
	.uleb128 0x5
	.long	.LASF131
	.byte	0x12
	.byte	0x11
	.byte	0x11
	.long	0x4bc
	.byte	0
	.uleb128 0x5
	.long	.LASF166
	.byte	0x12
	.byte	0x12
	.byte	0x11
	.long	0x4bc
	.byte	0x8
	.uleb128 0x5
	.long	.LASF167
	.byte	0x12
	.byte	0x15
	.byte	0x13
	.long	0x928
	.byte	0x10
	.uleb128 0x5
	.long	.LASF168
	.byte	0x12
	.byte	0x1a
	.byte	0xd
	.long	0x93c
	.byte	0x18
	.uleb128 0x5
	.long	.LASF169
	.byte	0x12
	.byte	0x1b
	.byte	0xd
	.long	0x94c
	.byte	0x20
	.uleb128 0x5
	.long	.LASF170
	.byte	0x12
	.byte	0x21
	.byte	0x13
	.long	0x928
	.byte	0x28
	.uleb128 0x5
	.long	.LASF171
	.byte	0x12
	.byte	0x27
	.byte	0x9
	.long	0x41
	.byte	0x30
	.uleb128 0xb
	.string	"run"
	.byte	0x12
	.byte	0x2b
	.byte	0xd
	.long	0x96b
	.byte	0x38
	.uleb128 0x5
	.long	.LASF172
	.byte	0x12
	.byte	0x31
	.byte	0xd
	.long	0x980
	.byte	0x40
	.byte	0
	.uleb128 0xc
	.long	0x89c
	.uleb128 0x3c
	.long	0x4bc
	.uleb128 0x8
	.long	0x923
	.uleb128 0x3d
	.long	0xcd
	.long	0x93c
	.uleb128 0x6
	.long	0x897
	.byte	0
	.uleb128 0x8
	.long	0x92d
	.uleb128 0x20
	.long	0x94c
	.uleb128 0x6
	.long	0xcd
	.byte	0
	.uleb128 0x8
	.long	0x941
	.uleb128 0x20
	.long	0x966
	.uleb128 0x6
	.long	0x966
	.uleb128 0x6
	.long	0x897
	.uleb128 0x6
	.long	0xcd
	.byte	0
	.uleb128 0x8
	.long	0x7e0
	.uleb128 0x8
	.long	0x951
	.uleb128 0x20
	.long	0x980
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0x35b
	.byte	0
	.uleb128 0x8
	.long	0x970
	.uleb128 0x2a
	.long	0x64
	.byte	0x2c
	.long	0xbf4
	.uleb128 0x2
	.long	.LASF173
	.byte	0
	.uleb128 0x2
	.long	.LASF174
	.byte	0
	.uleb128 0x2
	.long	.LASF175
	.byte	0
	.uleb128 0x2
	.long	.LASF176
	.byte	0
	.uleb128 0x2
	.long	.LASF177
	.byte	0x1
	.uleb128 0x2
	.long	.LASF178
	.byte	0
	.uleb128 0x2
	.long	.LASF179
	.byte	0x1
	.uleb128 0x2
	.long	.LASF180
	.byte	0
	.uleb128 0x2
	.long	.LASF181
	.byte	0
	.uleb128 0x2
	.long	.LASF182
	.byte	0x1
	.uleb128 0x2
	.long	.LASF183
	.byte	0x2
	.uleb128 0x2
	.long	.LASF184
	.byte	0
	.uleb128 0x2
	.long	.LASF185
	.byte	0x2
	.uleb128 0x2
	.long	.LASF186
	.byte	0x2
	.uleb128 0x2
	.long	.LASF187
	.byte	0
	.uleb128 0x2
	.long	.LASF188
	.byte	0x2
	.uleb128 0x2
	.long	.LASF189
	.byte	0x3
	.uleb128 0x2
	.long	.LASF190
	.byte	0
	.uleb128 0x2
	.long	.LASF191
	.byte	0x3
	.uleb128 0x2
	.long	.LASF192
	.byte	0x3
	.uleb128 0x2
	.long	.LASF193
	.byte	0
	.uleb128 0x2
	.long	.LASF194
	.byte	0x2
	.uleb128 0x2
	.long	.LASF195
	.byte	0x1
	.uleb128 0x2
	.long	.LASF196
	.byte	0
	.uleb128 0x2
	.long	.LASF197
	.byte	0x2
	.uleb128 0x2
	.long	.LASF198
	.byte	0x1
	.uleb128 0x2
	.long	.LASF199
	.byte	0
	.uleb128 0x2
	.long	.LASF200
	.byte	0x2
	.uleb128 0x2
	.long	.LASF201
	.byte	0x1
	.uleb128 0x2
	.long	.LASF202
	.byte	0
	.uleb128 0x2
	.long	.LASF203
	.byte	0x2
	.uleb128 0x2
	.long	.LASF204
	.byte	0x1
	.uleb128 0x2
	.long	.LASF205
	.byte	0
	.uleb128 0x2
	.long	.LASF206
	.byte	0x2
	.uleb128 0x2
	.long	.LASF207
	.byte	0x1
	.uleb128 0x2
	.long	.LASF208
	.byte	0
	.uleb128 0x2
	.long	.LASF209
	.byte	0x1
	.uleb128 0x2
	.long	.LASF210
	.byte	0x1
	.uleb128 0x2
	.long	.LASF211
	.byte	0
	.uleb128 0x2
	.long	.LASF212
	.byte	0x1
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF228
	.byte	0x1
	.uleb128 0x2
	.long	.LASF229
	.byte	0
	.uleb128 0x2
	.long	.LASF230
	.byte	0x2
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
	.byte	0
	.uleb128 0x2
	.long	.LASF249
	.byte	0
	.uleb128 0x2
	.long	.LASF250
	.byte	0x1
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF257
	.byte	0
	.uleb128 0x2
	.long	.LASF258
	.byte	0
	.uleb128 0x2
	.long	.LASF259
	.byte	0x3
	.uleb128 0x2
	.long	.LASF260
	.byte	0
	.uleb128 0x2
	.long	.LASF261
	.byte	0
	.uleb128 0x2
	.long	.LASF262
	.byte	0x4
	.uleb128 0x2
	.long	.LASF263
	.byte	0x1
	.uleb128 0x2
	.long	.LASF264
	.byte	0x1
	.uleb128 0x2
	.long	.LASF265
	.byte	0
	.uleb128 0x2
	.long	.LASF266
	.byte	0x2
	.uleb128 0x2
	.long	.LASF267
	.byte	0
	.uleb128 0x2
	.long	.LASF268
	.byte	0
	.uleb128 0x2
	.long	.LASF269
	.byte	0x1
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
	.byte	0x5
	.byte	0
	.uleb128 0x2a
	.long	0x64
	.byte	0x3b
	.long	0xccb
	.uleb128 0x2
	.long	.LASF275
	.byte	0
	.uleb128 0x2
	.long	.LASF276
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF293
	.byte	0
	.uleb128 0x2
	.long	.LASF294
	.byte	0
	.uleb128 0x2
	.long	.LASF295
	.byte	0
	.uleb128 0x2
	.long	.LASF296
	.byte	0
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
	.byte	0x3
	.uleb128 0x2
	.long	.LASF301
	.byte	0x3
	.uleb128 0x2
	.long	.LASF302
	.byte	0x3
	.uleb128 0x2
	.long	.LASF303
	.byte	0x4
	.uleb128 0x2
	.long	.LASF304
	.byte	0x1
	.uleb128 0x2
	.long	.LASF305
	.byte	0
	.uleb128 0x2
	.long	.LASF306
	.byte	0
	.uleb128 0x2
	.long	.LASF307
	.byte	0
	.uleb128 0x2
	.long	.LASF308
	.byte	0
	.byte	0
	.uleb128 0x3e
	.long	.LASF834
	.byte	0x8
	.byte	0x14
	.byte	0x39
	.byte	0x7
	.long	0xd14
	.uleb128 0x1c
	.long	.LASF138
	.byte	0x3a
	.long	0x132
	.uleb128 0x2b
	.string	"fn"
	.byte	0x3b
	.long	0xd1a
	.uleb128 0x2b
	.string	"imm"
	.byte	0x3c
	.long	0x4c1
	.uleb128 0x1c
	.long	.LASF309
	.byte	0x3d
	.long	0xd24
	.uleb128 0x1c
	.long	.LASF140
	.byte	0x3e
	.long	0xec
	.uleb128 0x1c
	.long	.LASF133
	.byte	0x3f
	.long	0x616
	.byte	0
	.uleb128 0xc
	.long	0xccb
	.uleb128 0x3f
	.uleb128 0x8
	.long	0xd19
	.uleb128 0xc
	.long	0xd1a
	.uleb128 0x8
	.long	0xd14
	.uleb128 0xc
	.long	0xd24
	.uleb128 0x10
	.long	.LASF310
	.byte	0x20
	.byte	0x14
	.byte	0x42
	.long	0xd6f
	.uleb128 0x5
	.long	.LASF311
	.byte	0x14
	.byte	0x43
	.byte	0x11
	.long	0xd74
	.byte	0
	.uleb128 0xb
	.string	"ord"
	.byte	0x14
	.byte	0x44
	.byte	0x11
	.long	0x6de
	.byte	0x8
	.uleb128 0x5
	.long	.LASF312
	.byte	0x14
	.byte	0x45
	.byte	0x11
	.long	0x6de
	.byte	0x10
	.uleb128 0x5
	.long	.LASF313
	.byte	0x14
	.byte	0x47
	.byte	0x11
	.long	0x2e
	.byte	0x18
	.byte	0
	.uleb128 0xc
	.long	0xd2e
	.uleb128 0x8
	.long	0xccb
	.uleb128 0x10
	.long	.LASF314
	.byte	0x10
	.byte	0x1
	.byte	0x3f
	.long	0xda0
	.uleb128 0x5
	.long	.LASF315
	.byte	0x1
	.byte	0x40
	.byte	0x18
	.long	0xda5
	.byte	0
	.uleb128 0xb
	.string	"end"
	.byte	0x1
	.byte	0x41
	.byte	0x18
	.long	0xda5
	.byte	0x8
	.byte	0
	.uleb128 0xc
	.long	0xd79
	.uleb128 0x8
	.long	0x137
	.uleb128 0x40
	.string	"inl"
	.byte	0x30
	.byte	0x1
	.byte	0xa8
	.byte	0x8
	.long	0xe06
	.uleb128 0x5
	.long	.LASF310
	.byte	0x1
	.byte	0xa9
	.byte	0x14
	.long	0xe0b
	.byte	0
	.uleb128 0x5
	.long	.LASF138
	.byte	0x1
	.byte	0xaa
	.byte	0x14
	.long	0x3a5
	.byte	0x8
	.uleb128 0x5
	.long	.LASF316
	.byte	0x1
	.byte	0xab
	.byte	0x14
	.long	0x2e
	.byte	0x10
	.uleb128 0x5
	.long	.LASF139
	.byte	0x1
	.byte	0xac
	.byte	0x14
	.long	0x2e
	.byte	0x18
	.uleb128 0x5
	.long	.LASF74
	.byte	0x1
	.byte	0xad
	.byte	0x14
	.long	0xe10
	.byte	0x20
	.uleb128 0x5
	.long	.LASF317
	.byte	0x1
	.byte	0xae
	.byte	0x14
	.long	0x150
	.byte	0x28
	.byte	0
	.uleb128 0xc
	.long	0xdaa
	.uleb128 0x8
	.long	0xd2e
	.uleb128 0x8
	.long	0x3f1
	.uleb128 0x41
	.long	.LASF318
	.value	0x488
	.byte	0x1
	.byte	0xc3
	.byte	0x8
	.long	0xe4b
	.uleb128 0xb
	.string	"ok"
	.byte	0x1
	.byte	0xc4
	.byte	0xc
	.long	0xe50
	.byte	0
	.uleb128 0xb
	.string	"len"
	.byte	0x1
	.byte	0xc5
	.byte	0xc
	.long	0xe60
	.byte	0x48
	.uleb128 0x28
	.long	.LASF319
	.byte	0x1
	.byte	0xc6
	.byte	0xc
	.long	0xe60
	.value	0x268
	.byte	0
	.uleb128 0xc
	.long	0xe15
	.uleb128 0xf
	.long	0x3aa
	.long	0xe60
	.uleb128 0x14
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0xf
	.long	0x2e
	.long	0xe70
	.uleb128 0x14
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0x42
	.long	.LASF336
	.byte	0x1
	.value	0x12d
	.byte	0x19
	.long	0x91e
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_inline
	.uleb128 0x19
	.long	.LASF328
	.byte	0xb
	.byte	0x37
	.byte	0xb
	.long	0xea3
	.uleb128 0x6
	.long	0xea3
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x8
	.long	0x360
	.uleb128 0x15
	.long	.LASF320
	.byte	0xb
	.byte	0x38
	.byte	0xb
	.long	0x16d
	.long	0xebe
	.uleb128 0x6
	.long	0xebe
	.byte	0
	.uleb128 0x8
	.long	0x3a0
	.uleb128 0x15
	.long	.LASF321
	.byte	0xb
	.byte	0x69
	.byte	0x8
	.long	0x2e
	.long	0xee3
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0x2e
	.uleb128 0x6
	.long	0xee3
	.byte	0
	.uleb128 0x8
	.long	0x4bc
	.uleb128 0x15
	.long	.LASF322
	.byte	0xb
	.byte	0x63
	.byte	0xd
	.long	0x4bc
	.long	0xf03
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0x132
	.byte	0
	.uleb128 0x15
	.long	.LASF323
	.byte	0xb
	.byte	0x28
	.byte	0x7
	.long	0x41
	.long	0xf23
	.uleb128 0x6
	.long	0xcd
	.uleb128 0x6
	.long	0x2e
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x15
	.long	.LASF324
	.byte	0xb
	.byte	0x25
	.byte	0x7
	.long	0xcd
	.long	0xf43
	.uleb128 0x6
	.long	0x2e
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0xf43
	.byte	0
	.uleb128 0x8
	.long	0x2e
	.uleb128 0x2c
	.long	.LASF325
	.value	0x229
	.long	0xcd
	.long	0xf5d
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x15
	.long	.LASF326
	.byte	0x14
	.byte	0x4d
	.byte	0x10
	.long	0xe0b
	.long	0xf7d
	.uleb128 0x6
	.long	0x897
	.uleb128 0x6
	.long	0xda5
	.uleb128 0x6
	.long	0xf7d
	.byte	0
	.uleb128 0x8
	.long	0xd1f
	.uleb128 0x2c
	.long	.LASF327
	.value	0x22c
	.long	0xcd
	.long	0xf9c
	.uleb128 0x6
	.long	0x2e
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x43
	.long	.LASF329
	.byte	0x15
	.value	0x238
	.byte	0xd
	.long	0xfaf
	.uleb128 0x6
	.long	0xcd
	.byte	0
	.uleb128 0x19
	.long	.LASF330
	.byte	0xb
	.byte	0x29
	.byte	0x7
	.long	0xfc6
	.uleb128 0x6
	.long	0xcd
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x19
	.long	.LASF331
	.byte	0x14
	.byte	0x4f
	.byte	0x6
	.long	0xfd8
	.uleb128 0x6
	.long	0xcd
	.byte	0
	.uleb128 0x19
	.long	.LASF332
	.byte	0x11
	.byte	0x4f
	.byte	0x7
	.long	0xffe
	.uleb128 0x6
	.long	0x966
	.uleb128 0x6
	.long	0x6ed
	.uleb128 0x6
	.long	0x4c1
	.uleb128 0x6
	.long	0x150
	.uleb128 0x6
	.long	0xec
	.byte	0
	.uleb128 0x15
	.long	.LASF333
	.byte	0x11
	.byte	0x4a
	.byte	0x7
	.long	0x41
	.long	0x1019
	.uleb128 0x6
	.long	0x966
	.uleb128 0x6
	.long	0x4c1
	.byte	0
	.uleb128 0x19
	.long	.LASF334
	.byte	0xb
	.byte	0x8e
	.byte	0x6
	.long	0x103f
	.uleb128 0x6
	.long	0x35b
	.uleb128 0x6
	.long	0x132
	.uleb128 0x6
	.long	0x2e
	.uleb128 0x6
	.long	0x103f
	.uleb128 0x6
	.long	0x2e
	.byte	0
	.uleb128 0x8
	.long	0x44b
	.uleb128 0x44
	.long	.LASF835
	.byte	0xb
	.byte	0x1e
	.byte	0xd
	.long	0x4bc
	.uleb128 0x45
	.string	"run"
	.byte	0x1
	.value	0x126
	.byte	0xd
	.quad	.LFB30
	.quad	.LFE30-.LFB30
	.uleb128 0x1
	.byte	0x9c
	.long	0x10d3
	.uleb128 0x2d
	.string	"vm"
	.value	0x126
	.byte	0x1c
	.long	0x966
	.long	.LLST131
	.long	.LVUS131
	.uleb128 0x2e
	.long	.LASF163
	.byte	0x36
	.long	0x897
	.long	.LLST132
	.long	.LVUS132
	.uleb128 0x2e
	.long	.LASF335
	.byte	0x42
	.long	0xcd
	.long	.LLST133
	.long	.LVUS133
	.uleb128 0x2f
	.string	"n"
	.value	0x129
	.byte	0x17
	.long	0x10d3
	.long	.LLST134
	.long	.LVUS134
	.uleb128 0x21
	.quad	.LVL426
	.long	0x171f
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0xe06
	.uleb128 0x46
	.long	.LASF168
	.byte	0x1
	.value	0x103
	.byte	0xe
	.long	0xcd
	.quad	.LFB29
	.quad	.LFE29-.LFB29
	.uleb128 0x1
	.byte	0x9c
	.long	0x14c6
	.uleb128 0x2d
	.string	"p"
	.value	0x103
	.byte	0x2c
	.long	0x897
	.long	.LLST158
	.long	.LVUS158
	.uleb128 0x22
	.string	"x"
	.value	0x105
	.byte	0x14
	.long	0xd79
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1264
	.uleb128 0x2f
	.string	"n"
	.value	0x107
	.byte	0x11
	.long	0x14c6
	.long	.LLST159
	.long	.LVUS159
	.uleb128 0x22
	.string	"c"
	.value	0x111
	.byte	0x15
	.long	0xe15
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1216
	.uleb128 0x22
	.string	"e"
	.value	0x113
	.byte	0x11
	.long	0x360
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1248
	.uleb128 0x47
	.long	.LASF139
	.byte	0x1
	.value	0x114
	.byte	0xc
	.long	0x2e
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0x48
	.long	0x165c
	.quad	.LBB134
	.quad	.LBE134-.LBB134
	.byte	0x1
	.value	0x112
	.byte	0x5
	.long	0x11f0
	.uleb128 0x23
	.long	0x166f
	.uleb128 0x23
	.long	0x1666
	.uleb128 0x30
	.long	0x1678
	.quad	.LBB135
	.quad	.LBE135-.LBB135
	.uleb128 0x1d
	.long	0x1679
	.long	.LLST161
	.long	.LVUS161
	.uleb128 0x30
	.long	0x1682
	.quad	.LBB136
	.quad	.LBE136-.LBB136
	.uleb128 0x49
	.long	0x1683
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1248
	.uleb128 0xd
	.quad	.LVL487
	.long	0xee8
	.uleb128 0x24
	.quad	.LVL488
	.long	0xec3
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x20
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1248
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4a
	.long	0x16ff
	.quad	.LBI137
	.value	.LVU2479
	.quad	.LBB137
	.quad	.LBE137-.LBB137
	.byte	0x1
	.value	0x11f
	.byte	0x9
	.long	0x12a2
	.uleb128 0x16
	.long	0x1709
	.long	.LLST162
	.long	.LVUS162
	.uleb128 0x1d
	.long	0x1715
	.long	.LLST163
	.long	.LVUS163
	.uleb128 0x4b
	.long	0x16ff
	.quad	.LBI139
	.value	.LVU2482
	.quad	.LBB139
	.quad	.LBE139-.LBB139
	.byte	0x1
	.byte	0xb1
	.byte	0xd
	.uleb128 0x16
	.long	0x1709
	.long	.LLST164
	.long	.LVUS164
	.uleb128 0x1a
	.long	0x1715
	.uleb128 0xd
	.quad	.LVL500
	.long	0xfc6
	.uleb128 0xd
	.quad	.LVL501
	.long	0xfaf
	.uleb128 0xd
	.quad	.LVL502
	.long	0xf9c
	.uleb128 0x24
	.quad	.LVL503
	.long	0xf9c
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4c
	.long	0x16ff
	.long	.LLRL165
	.byte	0x1
	.value	0x10d
	.byte	0x9
	.long	0x132f
	.uleb128 0x23
	.long	0x1709
	.uleb128 0x12
	.long	.LLRL165
	.uleb128 0x1a
	.long	0x1715
	.uleb128 0x25
	.long	0x16ff
	.quad	.LBI143
	.value	.LVU2489
	.long	.LLRL165
	.uleb128 0x16
	.long	0x1709
	.long	.LLST166
	.long	.LVUS166
	.uleb128 0x12
	.long	.LLRL165
	.uleb128 0x1a
	.long	0x1715
	.uleb128 0x11
	.quad	.LVL505
	.long	0xfc6
	.long	0x1304
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0xd
	.quad	.LVL506
	.long	0xfaf
	.uleb128 0xd
	.quad	.LVL507
	.long	0xf9c
	.uleb128 0xd
	.quad	.LVL509
	.long	0xf9c
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x4d
	.long	0x16ff
	.quad	.LBI149
	.value	.LVU2499
	.long	.LLRL167
	.byte	0x1
	.value	0x119
	.byte	0x9
	.long	0x13cb
	.uleb128 0x16
	.long	0x1709
	.long	.LLST168
	.long	.LVUS168
	.uleb128 0x12
	.long	.LLRL167
	.uleb128 0x1d
	.long	0x1715
	.long	.LLST169
	.long	.LVUS169
	.uleb128 0x25
	.long	0x16ff
	.quad	.LBI151
	.value	.LVU2502
	.long	.LLRL167
	.uleb128 0x16
	.long	0x1709
	.long	.LLST170
	.long	.LVUS170
	.uleb128 0x12
	.long	.LLRL167
	.uleb128 0x1a
	.long	0x1715
	.uleb128 0xd
	.quad	.LVL511
	.long	0xfc6
	.uleb128 0xd
	.quad	.LVL512
	.long	0xfaf
	.uleb128 0xd
	.quad	.LVL513
	.long	0xf9c
	.uleb128 0xd
	.quad	.LVL515
	.long	0xf9c
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.quad	.LVL480
	.long	0x171f
	.long	0x13ee
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1264
	.byte	0
	.uleb128 0x11
	.quad	.LVL481
	.long	0xf82
	.long	0x140b
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x30
	.byte	0
	.uleb128 0x11
	.quad	.LVL482
	.long	0xf5d
	.long	0x1428
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xd
	.quad	.LVL483
	.long	0xf48
	.uleb128 0x11
	.quad	.LVL492
	.long	0x14cb
	.long	0x1468
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1248
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1264
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1216
	.byte	0
	.uleb128 0x11
	.quad	.LVL496
	.long	0xf23
	.long	0x1485
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 16
	.byte	0
	.uleb128 0x11
	.quad	.LVL497
	.long	0x14cb
	.long	0x14b8
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1248
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1264
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x58
	.uleb128 0x3
	.byte	0x91
	.sleb128 -1216
	.byte	0
	.uleb128 0xd
	.quad	.LVL498
	.long	0xf03
	.byte	0
	.uleb128 0x8
	.long	0xdaa
	.uleb128 0x4e
	.long	.LASF337
	.byte	0x1
	.byte	0xdc
	.byte	0xf
	.long	0x2e
	.quad	.LFB28
	.quad	.LFE28-.LFB28
	.uleb128 0x1
	.byte	0x9c
	.long	0x1652
	.uleb128 0x13
	.string	"e"
	.byte	0xdc
	.byte	0x28
	.long	0xea3
	.long	.LLST135
	.long	.LVUS135
	.uleb128 0x13
	.string	"p"
	.byte	0xdc
	.byte	0x41
	.long	0x897
	.long	.LLST136
	.long	.LVUS136
	.uleb128 0x13
	.string	"n"
	.byte	0xdc
	.byte	0x50
	.long	0x14c6
	.long	.LLST137
	.long	.LVUS137
	.uleb128 0x13
	.string	"x"
	.byte	0xdd
	.byte	0x31
	.long	0x1652
	.long	.LLST138
	.long	.LVUS138
	.uleb128 0x13
	.string	"c"
	.byte	0xdd
	.byte	0x4b
	.long	0x1657
	.long	.LLST139
	.long	.LVUS139
	.uleb128 0x4
	.string	"t"
	.byte	0x1
	.byte	0xdf
	.byte	0x14
	.long	0xe0b
	.long	.LLST140
	.long	.LVUS140
	.uleb128 0x12
	.long	.LLRL141
	.uleb128 0x17
	.long	.LASF75
	.byte	0xe1
	.byte	0x13
	.long	0x150
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0x12
	.long	.LLRL143
	.uleb128 0x17
	.long	.LASF338
	.byte	0xe2
	.byte	0x15
	.long	0xd74
	.long	.LLST144
	.long	.LVUS144
	.uleb128 0x12
	.long	.LLRL145
	.uleb128 0x4
	.string	"i"
	.byte	0x1
	.byte	0xe3
	.byte	0x17
	.long	0x150
	.long	.LLST146
	.long	.LVUS146
	.uleb128 0x12
	.long	.LLRL147
	.uleb128 0x4
	.string	"op"
	.byte	0x1
	.byte	0xe4
	.byte	0x15
	.long	0x144
	.long	.LLST148
	.long	.LVUS148
	.uleb128 0x4
	.string	"h"
	.byte	0x1
	.byte	0xe5
	.byte	0x16
	.long	0x64
	.long	.LLST149
	.long	.LVUS149
	.uleb128 0x4
	.string	"pc"
	.byte	0x1
	.byte	0xe6
	.byte	0x1a
	.long	0x3f1
	.long	.LLST150
	.long	.LVUS150
	.uleb128 0x17
	.long	.LASF339
	.byte	0xf2
	.byte	0x12
	.long	0x3aa
	.long	.LLST151
	.long	.LVUS151
	.uleb128 0x7
	.long	.LLRL152
	.long	0x1609
	.uleb128 0x4
	.string	"nop"
	.byte	0x1
	.byte	0xf4
	.byte	0x19
	.long	0x144
	.long	.LLST153
	.long	.LVUS153
	.byte	0
	.uleb128 0x11
	.quad	.LVL437
	.long	0xea8
	.long	0x1621
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x11
	.quad	.LVL438
	.long	0xe87
	.long	0x1639
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7f
	.sleb128 0
	.byte	0
	.uleb128 0x24
	.quad	.LVL451
	.long	0xe87
	.uleb128 0x9
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
	.byte	0
	.uleb128 0x8
	.long	0xda0
	.uleb128 0x8
	.long	0xe4b
	.uleb128 0x31
	.long	.LASF340
	.byte	0xcc
	.long	0x1691
	.uleb128 0x32
	.string	"x"
	.byte	0xcc
	.byte	0x31
	.long	0x1652
	.uleb128 0x32
	.string	"c"
	.byte	0xcc
	.byte	0x45
	.long	0x1691
	.uleb128 0x33
	.uleb128 0x26
	.string	"h"
	.byte	0xce
	.byte	0x13
	.long	0x64
	.uleb128 0x33
	.uleb128 0x26
	.string	"why"
	.byte	0xcf
	.byte	0x15
	.long	0x4bc
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x8
	.long	0xe15
	.uleb128 0x34
	.long	.LASF172
	.byte	0xbc
	.quad	.LFB26
	.quad	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.long	0x16ff
	.uleb128 0x4f
	.long	.LASF335
	.byte	0x1
	.byte	0xbc
	.byte	0x22
	.long	0x132
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x13
	.string	"f"
	.byte	0xbc
	.byte	0x32
	.long	0x35b
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x4
	.string	"n"
	.byte	0x1
	.byte	0xbe
	.byte	0x17
	.long	0x10d3
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x21
	.quad	.LVL4
	.long	0x1019
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.byte	0
	.uleb128 0x31
	.long	.LASF169
	.byte	0xb1
	.long	0x171f
	.uleb128 0x50
	.long	.LASF335
	.byte	0x1
	.byte	0xb1
	.byte	0x1b
	.long	0xcd
	.uleb128 0x26
	.string	"n"
	.byte	0xb3
	.byte	0x11
	.long	0x14c6
	.byte	0
	.uleb128 0x34
	.long	.LASF341
	.byte	0x4d
	.quad	.LFB24
	.quad	.LFE24-.LFB24
	.uleb128 0x1
	.byte	0x9c
	.long	0x38c9
	.uleb128 0x13
	.string	"vm"
	.byte	0x4d
	.byte	0x1f
	.long	0x966
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x13
	.string	"t"
	.byte	0x4d
	.byte	0x38
	.long	0x38c9
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x13
	.string	"out"
	.byte	0x4d
	.byte	0x4b
	.long	0x38ce
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x51
	.long	.LASF315
	.byte	0x1
	.byte	0x4f
	.byte	0x1e
	.long	0x38e3
	.uleb128 0x9
	.byte	0x3
	.quad	begin.1
	.uleb128 0x1
	.long	.LASF342
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L9
	.uleb128 0x1
	.long	.LASF343
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L210
	.uleb128 0x1
	.long	.LASF344
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L13
	.uleb128 0x1
	.long	.LASF345
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L213
	.uleb128 0x1
	.long	.LASF346
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L19
	.uleb128 0x1
	.long	.LASF347
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L216
	.uleb128 0x1
	.long	.LASF348
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L24
	.uleb128 0x1
	.long	.LASF349
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L219
	.uleb128 0x1
	.long	.LASF350
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L31
	.uleb128 0x1
	.long	.LASF351
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L222
	.uleb128 0x1
	.long	.LASF352
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L36
	.uleb128 0x1
	.long	.LASF353
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L225
	.uleb128 0x1
	.long	.LASF354
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L44
	.uleb128 0x1
	.long	.LASF355
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L228
	.uleb128 0x1
	.long	.LASF356
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L50
	.uleb128 0x1
	.long	.LASF357
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L231
	.uleb128 0x1
	.long	.LASF358
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L55
	.uleb128 0x1
	.long	.LASF359
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L234
	.uleb128 0x1
	.long	.LASF360
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L60
	.uleb128 0x1
	.long	.LASF361
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L237
	.uleb128 0x1
	.long	.LASF362
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L65
	.uleb128 0x1
	.long	.LASF363
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L240
	.uleb128 0x1
	.long	.LASF364
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L74
	.uleb128 0x1
	.long	.LASF365
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L247
	.uleb128 0x1
	.long	.LASF366
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L82
	.uleb128 0x1
	.long	.LASF367
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L253
	.uleb128 0x1
	.long	.LASF368
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L87
	.uleb128 0x1
	.long	.LASF369
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L256
	.uleb128 0x1
	.long	.LASF370
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L92
	.uleb128 0x1
	.long	.LASF371
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L259
	.uleb128 0x1
	.long	.LASF372
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L97
	.uleb128 0x1
	.long	.LASF373
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L262
	.uleb128 0x1
	.long	.LASF374
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L102
	.uleb128 0x1
	.long	.LASF375
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L265
	.uleb128 0x1
	.long	.LASF376
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L107
	.uleb128 0x1
	.long	.LASF377
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L268
	.uleb128 0x1
	.long	.LASF378
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L112
	.uleb128 0x1
	.long	.LASF379
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L271
	.uleb128 0x1
	.long	.LASF380
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L117
	.uleb128 0x1
	.long	.LASF381
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L274
	.uleb128 0x1
	.long	.LASF382
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L122
	.uleb128 0x1
	.long	.LASF383
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L277
	.uleb128 0x1
	.long	.LASF384
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L127
	.uleb128 0x1
	.long	.LASF385
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L280
	.uleb128 0x1
	.long	.LASF386
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L132
	.uleb128 0x1
	.long	.LASF387
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L283
	.uleb128 0x1
	.long	.LASF388
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L137
	.uleb128 0x1
	.long	.LASF389
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L286
	.uleb128 0x1
	.long	.LASF390
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L142
	.uleb128 0x1
	.long	.LASF391
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L289
	.uleb128 0x1
	.long	.LASF392
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L147
	.uleb128 0x1
	.long	.LASF393
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L292
	.uleb128 0x1
	.long	.LASF394
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L153
	.uleb128 0x1
	.long	.LASF395
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L298
	.uleb128 0x1
	.long	.LASF396
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L162
	.uleb128 0x1
	.long	.LASF397
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L305
	.uleb128 0x1
	.long	.LASF398
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L171
	.uleb128 0x1
	.long	.LASF399
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L312
	.uleb128 0x1
	.long	.LASF400
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L178
	.uleb128 0x1
	.long	.LASF401
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L319
	.uleb128 0x1
	.long	.LASF402
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L185
	.uleb128 0x1
	.long	.LASF403
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L324
	.uleb128 0x1
	.long	.LASF404
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L192
	.uleb128 0x1
	.long	.LASF405
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L330
	.uleb128 0x1
	.long	.LASF406
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L199
	.uleb128 0x1
	.long	.LASF407
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L335
	.uleb128 0x1
	.long	.LASF408
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L206
	.uleb128 0x1
	.long	.LASF409
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L342
	.uleb128 0x52
	.string	"end"
	.byte	0x1
	.byte	0x54
	.byte	0x1e
	.long	0x38e3
	.uleb128 0x9
	.byte	0x3
	.quad	end.0
	.uleb128 0x1
	.long	.LASF410
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L11
	.uleb128 0x1
	.long	.LASF411
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.L212
	.uleb128 0x1
	.long	.LASF412
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.L18
	.uleb128 0x1
	.long	.LASF413
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.L215
	.uleb128 0x1
	.long	.LASF414
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.L23
	.uleb128 0x1
	.long	.LASF415
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.L218
	.uleb128 0x1
	.long	.LASF416
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.L30
	.uleb128 0x1
	.long	.LASF417
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.L221
	.uleb128 0x1
	.long	.LASF418
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.L35
	.uleb128 0x1
	.long	.LASF419
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.L224
	.uleb128 0x1
	.long	.LASF420
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.L43
	.uleb128 0x1
	.long	.LASF421
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.L227
	.uleb128 0x1
	.long	.LASF422
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.L49
	.uleb128 0x1
	.long	.LASF423
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.L230
	.uleb128 0x1
	.long	.LASF424
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.L54
	.uleb128 0x1
	.long	.LASF425
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.L233
	.uleb128 0x1
	.long	.LASF426
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.L59
	.uleb128 0x1
	.long	.LASF427
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.L236
	.uleb128 0x1
	.long	.LASF428
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.L64
	.uleb128 0x1
	.long	.LASF429
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.L239
	.uleb128 0x1
	.long	.LASF430
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.L73
	.uleb128 0x1
	.long	.LASF431
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.L246
	.uleb128 0x1
	.long	.LASF432
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.L81
	.uleb128 0x1
	.long	.LASF433
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.L252
	.uleb128 0x1
	.long	.LASF434
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.L86
	.uleb128 0x1
	.long	.LASF435
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.L255
	.uleb128 0x1
	.long	.LASF436
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.L91
	.uleb128 0x1
	.long	.LASF437
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.L258
	.uleb128 0x1
	.long	.LASF438
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.L96
	.uleb128 0x1
	.long	.LASF439
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.L261
	.uleb128 0x1
	.long	.LASF440
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.L101
	.uleb128 0x1
	.long	.LASF441
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.L264
	.uleb128 0x1
	.long	.LASF442
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.L106
	.uleb128 0x1
	.long	.LASF443
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.L267
	.uleb128 0x1
	.long	.LASF444
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.L111
	.uleb128 0x1
	.long	.LASF445
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.L270
	.uleb128 0x1
	.long	.LASF446
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.L116
	.uleb128 0x1
	.long	.LASF447
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.L273
	.uleb128 0x1
	.long	.LASF448
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.L121
	.uleb128 0x1
	.long	.LASF449
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.L276
	.uleb128 0x1
	.long	.LASF450
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.L126
	.uleb128 0x1
	.long	.LASF451
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.L279
	.uleb128 0x1
	.long	.LASF452
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.L131
	.uleb128 0x1
	.long	.LASF453
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.L282
	.uleb128 0x1
	.long	.LASF454
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.L136
	.uleb128 0x1
	.long	.LASF455
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.L285
	.uleb128 0x1
	.long	.LASF456
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.L141
	.uleb128 0x1
	.long	.LASF457
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.L288
	.uleb128 0x1
	.long	.LASF458
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.L146
	.uleb128 0x1
	.long	.LASF459
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.L291
	.uleb128 0x1
	.long	.LASF460
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.L152
	.uleb128 0x1
	.long	.LASF461
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.L297
	.uleb128 0x1
	.long	.LASF462
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L161
	.uleb128 0x1
	.long	.LASF463
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.L304
	.uleb128 0x1
	.long	.LASF464
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L170
	.uleb128 0x1
	.long	.LASF465
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.L311
	.uleb128 0x1
	.long	.LASF466
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.L177
	.uleb128 0x1
	.long	.LASF467
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.L318
	.uleb128 0x1
	.long	.LASF468
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.L184
	.uleb128 0x1
	.long	.LASF469
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.L323
	.uleb128 0x1
	.long	.LASF470
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.L191
	.uleb128 0x1
	.long	.LASF471
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.L329
	.uleb128 0x1
	.long	.LASF472
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.L198
	.uleb128 0x1
	.long	.LASF473
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.L334
	.uleb128 0x1
	.long	.LASF474
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.L205
	.uleb128 0x1
	.long	.LASF475
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.L341
	.uleb128 0x1
	.long	.LASF476
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.L209
	.uleb128 0x1
	.long	.LASF477
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.L345
	.uleb128 0x17
	.long	.LASF311
	.byte	0x5e
	.byte	0x1d
	.long	0xd29
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x4
	.string	"ord"
	.byte	0x1
	.byte	0x5f
	.byte	0x1b
	.long	0x38ed
	.long	.LLST7
	.long	.LVUS7
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x60
	.byte	0x17
	.long	0xd24
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0xb
	.long	0x892
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x4
	.string	"rsp"
	.byte	0x1
	.byte	0x62
	.byte	0x10
	.long	0x38f2
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x17
	.long	.LASF478
	.byte	0x63
	.byte	0xd
	.long	0xec
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x17
	.long	.LASF479
	.byte	0x6a
	.byte	0x11
	.long	0x132
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x1
	.long	.LASF480
	.byte	0x1
	.byte	0xa3
	.byte	0x1
	.quad	.L6
	.uleb128 0x1
	.long	.LASF481
	.byte	0x1
	.byte	0x83
	.byte	0x5
	.quad	.LDL1
	.uleb128 0x1
	.long	.LASF482
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L10
	.uleb128 0x3
	.long	.LASF483
	.byte	0x20
	.uleb128 0x3
	.long	.LASF484
	.byte	0x20
	.uleb128 0x3
	.long	.LASF485
	.byte	0x20
	.uleb128 0x3
	.long	.LASF486
	.byte	0x20
	.uleb128 0x1
	.long	.LASF487
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL2
	.uleb128 0x1
	.long	.LASF488
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L14
	.uleb128 0x3
	.long	.LASF489
	.byte	0x23
	.uleb128 0x1
	.long	.LASF490
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L16
	.uleb128 0x3
	.long	.LASF491
	.byte	0x23
	.uleb128 0x3
	.long	.LASF492
	.byte	0x23
	.uleb128 0x1
	.long	.LASF493
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL49
	.uleb128 0x1
	.long	.LASF494
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L20
	.uleb128 0x1
	.long	.LASF495
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L22
	.uleb128 0x3
	.long	.LASF496
	.byte	0x27
	.uleb128 0x3
	.long	.LASF497
	.byte	0x27
	.uleb128 0x3
	.long	.LASF498
	.byte	0x27
	.uleb128 0x1
	.long	.LASF499
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL48
	.uleb128 0x1
	.long	.LASF500
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L25
	.uleb128 0x1
	.long	.LASF501
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L27
	.uleb128 0x1
	.long	.LASF502
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L29
	.uleb128 0x3
	.long	.LASF503
	.byte	0x2b
	.uleb128 0x3
	.long	.LASF504
	.byte	0x2b
	.uleb128 0x1
	.long	.LASF505
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL50
	.uleb128 0x1
	.long	.LASF506
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L32
	.uleb128 0x1
	.long	.LASF507
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L34
	.uleb128 0x3
	.long	.LASF508
	.byte	0x2f
	.uleb128 0x3
	.long	.LASF509
	.byte	0x2f
	.uleb128 0x3
	.long	.LASF510
	.byte	0x2f
	.uleb128 0x1
	.long	.LASF511
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL47
	.uleb128 0x1
	.long	.LASF512
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L37
	.uleb128 0x1
	.long	.LASF513
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L39
	.uleb128 0x1
	.long	.LASF514
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L42
	.uleb128 0x3
	.long	.LASF515
	.byte	0x33
	.uleb128 0x3
	.long	.LASF516
	.byte	0x33
	.uleb128 0x1
	.long	.LASF517
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL52
	.uleb128 0x1
	.long	.LASF518
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L45
	.uleb128 0x1
	.long	.LASF519
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L47
	.uleb128 0x3
	.long	.LASF520
	.byte	0x37
	.uleb128 0x3
	.long	.LASF521
	.byte	0x37
	.uleb128 0x3
	.long	.LASF522
	.byte	0x37
	.uleb128 0x1
	.long	.LASF523
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL46
	.uleb128 0x1
	.long	.LASF524
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L51
	.uleb128 0x1
	.long	.LASF525
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L53
	.uleb128 0x3
	.long	.LASF526
	.byte	0x3f
	.uleb128 0x3
	.long	.LASF527
	.byte	0x3f
	.uleb128 0x3
	.long	.LASF528
	.byte	0x3f
	.uleb128 0x1
	.long	.LASF529
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL45
	.uleb128 0x1
	.long	.LASF530
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L56
	.uleb128 0x1
	.long	.LASF531
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L58
	.uleb128 0x3
	.long	.LASF532
	.byte	0x40
	.uleb128 0x3
	.long	.LASF533
	.byte	0x40
	.uleb128 0x3
	.long	.LASF534
	.byte	0x40
	.uleb128 0x1
	.long	.LASF535
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL44
	.uleb128 0x1
	.long	.LASF536
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L61
	.uleb128 0x1
	.long	.LASF537
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L63
	.uleb128 0x3
	.long	.LASF538
	.byte	0x41
	.uleb128 0x3
	.long	.LASF539
	.byte	0x41
	.uleb128 0x3
	.long	.LASF540
	.byte	0x41
	.uleb128 0x1
	.long	.LASF541
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL43
	.uleb128 0x1
	.long	.LASF542
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L66
	.uleb128 0x1
	.long	.LASF543
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L68
	.uleb128 0x3
	.long	.LASF544
	.byte	0x43
	.uleb128 0x3
	.long	.LASF545
	.byte	0x43
	.uleb128 0x3
	.long	.LASF546
	.byte	0x43
	.uleb128 0x1
	.long	.LASF547
	.byte	0x2
	.byte	0x45
	.byte	0x9
	.quad	.L70
	.uleb128 0x1
	.long	.LASF548
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL53
	.uleb128 0x1
	.long	.LASF549
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L75
	.uleb128 0x1
	.long	.LASF550
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L77
	.uleb128 0x3
	.long	.LASF551
	.byte	0x4a
	.uleb128 0x3
	.long	.LASF552
	.byte	0x4a
	.uleb128 0x3
	.long	.LASF553
	.byte	0x4a
	.uleb128 0x1
	.long	.LASF554
	.byte	0x2
	.byte	0x4c
	.byte	0x9
	.quad	.L79
	.uleb128 0x1
	.long	.LASF555
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL51
	.uleb128 0x1
	.long	.LASF556
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L83
	.uleb128 0x1
	.long	.LASF557
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L85
	.uleb128 0x3
	.long	.LASF558
	.byte	0x50
	.uleb128 0x3
	.long	.LASF559
	.byte	0x50
	.uleb128 0x3
	.long	.LASF560
	.byte	0x50
	.uleb128 0x1
	.long	.LASF561
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL42
	.uleb128 0x1
	.long	.LASF562
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L88
	.uleb128 0x1
	.long	.LASF563
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L90
	.uleb128 0x3
	.long	.LASF564
	.byte	0x54
	.uleb128 0x3
	.long	.LASF565
	.byte	0x54
	.uleb128 0x3
	.long	.LASF566
	.byte	0x54
	.uleb128 0x1
	.long	.LASF567
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL41
	.uleb128 0x1
	.long	.LASF568
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L93
	.uleb128 0x1
	.long	.LASF569
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L95
	.uleb128 0x3
	.long	.LASF570
	.byte	0x58
	.uleb128 0x3
	.long	.LASF571
	.byte	0x58
	.uleb128 0x3
	.long	.LASF572
	.byte	0x58
	.uleb128 0x1
	.long	.LASF573
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL40
	.uleb128 0x1
	.long	.LASF574
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L98
	.uleb128 0x1
	.long	.LASF575
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L100
	.uleb128 0x3
	.long	.LASF576
	.byte	0x59
	.uleb128 0x3
	.long	.LASF577
	.byte	0x59
	.uleb128 0x3
	.long	.LASF578
	.byte	0x59
	.uleb128 0x1
	.long	.LASF579
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL39
	.uleb128 0x1
	.long	.LASF580
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L103
	.uleb128 0x1
	.long	.LASF581
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L105
	.uleb128 0x3
	.long	.LASF582
	.byte	0x5a
	.uleb128 0x3
	.long	.LASF583
	.byte	0x5a
	.uleb128 0x3
	.long	.LASF584
	.byte	0x5a
	.uleb128 0x1
	.long	.LASF585
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL38
	.uleb128 0x1
	.long	.LASF586
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L108
	.uleb128 0x1
	.long	.LASF587
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L110
	.uleb128 0x3
	.long	.LASF588
	.byte	0x5b
	.uleb128 0x3
	.long	.LASF589
	.byte	0x5b
	.uleb128 0x3
	.long	.LASF590
	.byte	0x5b
	.uleb128 0x1
	.long	.LASF591
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL37
	.uleb128 0x1
	.long	.LASF592
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L113
	.uleb128 0x1
	.long	.LASF593
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L115
	.uleb128 0x3
	.long	.LASF594
	.byte	0x5d
	.uleb128 0x3
	.long	.LASF595
	.byte	0x5d
	.uleb128 0x3
	.long	.LASF596
	.byte	0x5d
	.uleb128 0x1
	.long	.LASF597
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL36
	.uleb128 0x1
	.long	.LASF598
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L118
	.uleb128 0x1
	.long	.LASF599
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L120
	.uleb128 0x3
	.long	.LASF600
	.byte	0x5f
	.uleb128 0x3
	.long	.LASF601
	.byte	0x5f
	.uleb128 0x3
	.long	.LASF602
	.byte	0x5f
	.uleb128 0x1
	.long	.LASF603
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL35
	.uleb128 0x1
	.long	.LASF604
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L123
	.uleb128 0x1
	.long	.LASF605
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L125
	.uleb128 0x3
	.long	.LASF606
	.byte	0x60
	.uleb128 0x3
	.long	.LASF607
	.byte	0x60
	.uleb128 0x3
	.long	.LASF608
	.byte	0x60
	.uleb128 0x1
	.long	.LASF609
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL34
	.uleb128 0x1
	.long	.LASF610
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L128
	.uleb128 0x1
	.long	.LASF611
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L130
	.uleb128 0x3
	.long	.LASF612
	.byte	0x61
	.uleb128 0x3
	.long	.LASF613
	.byte	0x61
	.uleb128 0x3
	.long	.LASF614
	.byte	0x61
	.uleb128 0x1
	.long	.LASF615
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL33
	.uleb128 0x1
	.long	.LASF616
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L133
	.uleb128 0x1
	.long	.LASF617
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L135
	.uleb128 0x3
	.long	.LASF618
	.byte	0x62
	.uleb128 0x3
	.long	.LASF619
	.byte	0x62
	.uleb128 0x3
	.long	.LASF620
	.byte	0x62
	.uleb128 0x1
	.long	.LASF621
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL32
	.uleb128 0x1
	.long	.LASF622
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L138
	.uleb128 0x1
	.long	.LASF623
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L140
	.uleb128 0x3
	.long	.LASF624
	.byte	0x63
	.uleb128 0x3
	.long	.LASF625
	.byte	0x63
	.uleb128 0x3
	.long	.LASF626
	.byte	0x63
	.uleb128 0x1
	.long	.LASF627
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL31
	.uleb128 0x1
	.long	.LASF628
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L143
	.uleb128 0x1
	.long	.LASF629
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L145
	.uleb128 0x3
	.long	.LASF630
	.byte	0x64
	.uleb128 0x3
	.long	.LASF631
	.byte	0x64
	.uleb128 0x3
	.long	.LASF632
	.byte	0x64
	.uleb128 0x1
	.long	.LASF633
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL30
	.uleb128 0x1
	.long	.LASF634
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L148
	.uleb128 0x3
	.long	.LASF635
	.byte	0x67
	.uleb128 0x3
	.long	.LASF636
	.byte	0x67
	.uleb128 0x3
	.long	.LASF637
	.byte	0x67
	.uleb128 0x3
	.long	.LASF638
	.byte	0x67
	.uleb128 0x1
	.long	.LASF639
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L149
	.uleb128 0x1
	.long	.LASF640
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L151
	.uleb128 0x1
	.long	.LASF641
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL66
	.uleb128 0x1
	.long	.LASF642
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.LDL65
	.uleb128 0x1
	.long	.LASF643
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L154
	.uleb128 0x1
	.long	.LASF644
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L156
	.uleb128 0x3
	.long	.LASF645
	.byte	0x6b
	.uleb128 0x3
	.long	.LASF646
	.byte	0x6b
	.uleb128 0x3
	.long	.LASF647
	.byte	0x6b
	.uleb128 0x1
	.long	.LASF648
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L158
	.uleb128 0x1
	.long	.LASF649
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L160
	.uleb128 0x1
	.long	.LASF650
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL82
	.uleb128 0x1
	.long	.LASF651
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL61
	.uleb128 0x1
	.long	.LASF652
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L163
	.uleb128 0x1
	.long	.LASF653
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L165
	.uleb128 0x3
	.long	.LASF654
	.byte	0x70
	.uleb128 0x3
	.long	.LASF655
	.byte	0x70
	.uleb128 0x3
	.long	.LASF656
	.byte	0x70
	.uleb128 0x1
	.long	.LASF657
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L167
	.uleb128 0x1
	.long	.LASF658
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L169
	.uleb128 0x1
	.long	.LASF659
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL83
	.uleb128 0x1
	.long	.LASF660
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL60
	.uleb128 0x1
	.long	.LASF661
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L172
	.uleb128 0x3
	.long	.LASF662
	.byte	0x75
	.uleb128 0x3
	.long	.LASF663
	.byte	0x75
	.uleb128 0x1
	.long	.LASF664
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L174
	.uleb128 0x3
	.long	.LASF665
	.byte	0x75
	.uleb128 0x1
	.long	.LASF666
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL68
	.uleb128 0x1
	.long	.LASF667
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.L176
	.uleb128 0x1
	.long	.LASF668
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL69
	.uleb128 0x1
	.long	.LASF669
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.LDL67
	.uleb128 0x1
	.long	.LASF670
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L179
	.uleb128 0x3
	.long	.LASF671
	.byte	0x7a
	.uleb128 0x3
	.long	.LASF672
	.byte	0x7a
	.uleb128 0x3
	.long	.LASF673
	.byte	0x7a
	.uleb128 0x1
	.long	.LASF674
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L181
	.uleb128 0x1
	.long	.LASF675
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL71
	.uleb128 0x1
	.long	.LASF676
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.L183
	.uleb128 0x1
	.long	.LASF677
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL72
	.uleb128 0x1
	.long	.LASF678
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.LDL70
	.uleb128 0x1
	.long	.LASF679
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L186
	.uleb128 0x1
	.long	.LASF680
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L188
	.uleb128 0x3
	.long	.LASF681
	.byte	0x7e
	.uleb128 0x3
	.long	.LASF682
	.byte	0x7e
	.uleb128 0x3
	.long	.LASF683
	.byte	0x7e
	.uleb128 0x1
	.long	.LASF684
	.byte	0x2
	.byte	0x7f
	.byte	0x5
	.quad	.L190
	.uleb128 0x1
	.long	.LASF685
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL56
	.uleb128 0x1
	.long	.LASF686
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L193
	.uleb128 0x1
	.long	.LASF687
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L195
	.uleb128 0x3
	.long	.LASF688
	.byte	0x83
	.uleb128 0x3
	.long	.LASF689
	.byte	0x83
	.uleb128 0x3
	.long	.LASF690
	.byte	0x83
	.uleb128 0x1
	.long	.LASF691
	.byte	0x2
	.byte	0x84
	.byte	0x5
	.quad	.L197
	.uleb128 0x1
	.long	.LASF692
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL55
	.uleb128 0x1
	.long	.LASF693
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L200
	.uleb128 0x1
	.long	.LASF694
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L202
	.uleb128 0x3
	.long	.LASF695
	.byte	0x89
	.uleb128 0x3
	.long	.LASF696
	.byte	0x89
	.uleb128 0x3
	.long	.LASF697
	.byte	0x89
	.uleb128 0x1
	.long	.LASF698
	.byte	0x2
	.byte	0x8a
	.byte	0x5
	.quad	.L204
	.uleb128 0x1
	.long	.LASF699
	.byte	0x2
	.byte	0x8c
	.byte	0x9
	.quad	.L8
	.uleb128 0x1
	.long	.LASF700
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL57
	.uleb128 0x1
	.long	.LASF701
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L207
	.uleb128 0x3
	.long	.LASF702
	.byte	0x90
	.uleb128 0x3
	.long	.LASF703
	.byte	0x90
	.uleb128 0x3
	.long	.LASF704
	.byte	0x90
	.uleb128 0x3
	.long	.LASF705
	.byte	0x90
	.uleb128 0x1
	.long	.LASF706
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L208
	.uleb128 0x1
	.long	.LASF707
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.LDL62
	.uleb128 0x1
	.long	.LASF708
	.byte	0x2
	.byte	0x20
	.byte	0x1
	.quad	.L211
	.uleb128 0x3
	.long	.LASF709
	.byte	0x20
	.uleb128 0x1
	.long	.LASF710
	.byte	0x2
	.byte	0x21
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x1
	.long	.LASF711
	.byte	0x2
	.byte	0x23
	.byte	0x1
	.quad	.L214
	.uleb128 0x3
	.long	.LASF712
	.byte	0x23
	.uleb128 0x1
	.long	.LASF713
	.byte	0x2
	.byte	0x25
	.byte	0x1
	.quad	.LDL24
	.uleb128 0x1
	.long	.LASF714
	.byte	0x2
	.byte	0x27
	.byte	0x1
	.quad	.L217
	.uleb128 0x3
	.long	.LASF715
	.byte	0x27
	.uleb128 0x1
	.long	.LASF716
	.byte	0x2
	.byte	0x29
	.byte	0x1
	.quad	.LDL23
	.uleb128 0x1
	.long	.LASF717
	.byte	0x2
	.byte	0x2b
	.byte	0x1
	.quad	.L220
	.uleb128 0x3
	.long	.LASF718
	.byte	0x2b
	.uleb128 0x1
	.long	.LASF719
	.byte	0x2
	.byte	0x2d
	.byte	0x1
	.quad	.LDL22
	.uleb128 0x1
	.long	.LASF720
	.byte	0x2
	.byte	0x2f
	.byte	0x1
	.quad	.L223
	.uleb128 0x3
	.long	.LASF721
	.byte	0x2f
	.uleb128 0x1
	.long	.LASF722
	.byte	0x2
	.byte	0x31
	.byte	0x1
	.quad	.LDL21
	.uleb128 0x1
	.long	.LASF723
	.byte	0x2
	.byte	0x33
	.byte	0x1
	.quad	.L226
	.uleb128 0x3
	.long	.LASF724
	.byte	0x33
	.uleb128 0x1
	.long	.LASF725
	.byte	0x2
	.byte	0x35
	.byte	0x1
	.quad	.LDL20
	.uleb128 0x1
	.long	.LASF726
	.byte	0x2
	.byte	0x37
	.byte	0x1
	.quad	.L229
	.uleb128 0x3
	.long	.LASF727
	.byte	0x37
	.uleb128 0x1
	.long	.LASF728
	.byte	0x2
	.byte	0x39
	.byte	0x1
	.quad	.LDL19
	.uleb128 0x1
	.long	.LASF729
	.byte	0x2
	.byte	0x3f
	.byte	0x1
	.quad	.L232
	.uleb128 0x3
	.long	.LASF730
	.byte	0x3f
	.uleb128 0x1
	.long	.LASF731
	.byte	0x2
	.byte	0x3f
	.byte	0x36
	.quad	.LDL18
	.uleb128 0x1
	.long	.LASF732
	.byte	0x2
	.byte	0x40
	.byte	0x1
	.quad	.L235
	.uleb128 0x3
	.long	.LASF733
	.byte	0x40
	.uleb128 0x1
	.long	.LASF734
	.byte	0x2
	.byte	0x40
	.byte	0x36
	.quad	.LDL17
	.uleb128 0x1
	.long	.LASF735
	.byte	0x2
	.byte	0x41
	.byte	0x1
	.quad	.L238
	.uleb128 0x3
	.long	.LASF736
	.byte	0x41
	.uleb128 0x1
	.long	.LASF737
	.byte	0x2
	.byte	0x41
	.byte	0x36
	.quad	.LDL16
	.uleb128 0x1
	.long	.LASF738
	.byte	0x2
	.byte	0x43
	.byte	0x1
	.quad	.L241
	.uleb128 0x3
	.long	.LASF739
	.byte	0x43
	.uleb128 0x1
	.long	.LASF740
	.byte	0x2
	.byte	0x45
	.byte	0x9
	.quad	.L243
	.uleb128 0x1
	.long	.LASF741
	.byte	0x2
	.byte	0x48
	.byte	0x1
	.quad	.LDL29
	.uleb128 0x1
	.long	.LASF742
	.byte	0x2
	.byte	0x4a
	.byte	0x1
	.quad	.L248
	.uleb128 0x3
	.long	.LASF743
	.byte	0x4a
	.uleb128 0x1
	.long	.LASF744
	.byte	0x2
	.byte	0x4c
	.byte	0x9
	.quad	.L250
	.uleb128 0x1
	.long	.LASF745
	.byte	0x2
	.byte	0x4e
	.byte	0x1
	.quad	.LDL28
	.uleb128 0x1
	.long	.LASF746
	.byte	0x2
	.byte	0x50
	.byte	0x1
	.quad	.L254
	.uleb128 0x3
	.long	.LASF747
	.byte	0x50
	.uleb128 0x1
	.long	.LASF748
	.byte	0x2
	.byte	0x52
	.byte	0x1
	.quad	.LDL15
	.uleb128 0x1
	.long	.LASF749
	.byte	0x2
	.byte	0x54
	.byte	0x1
	.quad	.L257
	.uleb128 0x3
	.long	.LASF750
	.byte	0x54
	.uleb128 0x1
	.long	.LASF751
	.byte	0x2
	.byte	0x56
	.byte	0x1
	.quad	.LDL14
	.uleb128 0x1
	.long	.LASF752
	.byte	0x2
	.byte	0x58
	.byte	0x1
	.quad	.L260
	.uleb128 0x3
	.long	.LASF753
	.byte	0x58
	.uleb128 0x1
	.long	.LASF754
	.byte	0x2
	.byte	0x58
	.byte	0x20
	.quad	.LDL13
	.uleb128 0x1
	.long	.LASF755
	.byte	0x2
	.byte	0x59
	.byte	0x1
	.quad	.L263
	.uleb128 0x3
	.long	.LASF756
	.byte	0x59
	.uleb128 0x1
	.long	.LASF757
	.byte	0x2
	.byte	0x59
	.byte	0x20
	.quad	.LDL12
	.uleb128 0x1
	.long	.LASF758
	.byte	0x2
	.byte	0x5a
	.byte	0x1
	.quad	.L266
	.uleb128 0x3
	.long	.LASF759
	.byte	0x5a
	.uleb128 0x1
	.long	.LASF760
	.byte	0x2
	.byte	0x5a
	.byte	0x20
	.quad	.LDL11
	.uleb128 0x1
	.long	.LASF761
	.byte	0x2
	.byte	0x5b
	.byte	0x1
	.quad	.L269
	.uleb128 0x3
	.long	.LASF762
	.byte	0x5b
	.uleb128 0x1
	.long	.LASF763
	.byte	0x2
	.byte	0x5b
	.byte	0x37
	.quad	.LDL10
	.uleb128 0x1
	.long	.LASF764
	.byte	0x2
	.byte	0x5d
	.byte	0x1
	.quad	.L272
	.uleb128 0x3
	.long	.LASF765
	.byte	0x5d
	.uleb128 0x1
	.long	.LASF766
	.byte	0x2
	.byte	0x5d
	.byte	0x44
	.quad	.LDL9
	.uleb128 0x1
	.long	.LASF767
	.byte	0x2
	.byte	0x5f
	.byte	0x1
	.quad	.L275
	.uleb128 0x3
	.long	.LASF768
	.byte	0x5f
	.uleb128 0x1
	.long	.LASF769
	.byte	0x2
	.byte	0x5f
	.byte	0x21
	.quad	.LDL8
	.uleb128 0x1
	.long	.LASF770
	.byte	0x2
	.byte	0x60
	.byte	0x1
	.quad	.L278
	.uleb128 0x3
	.long	.LASF771
	.byte	0x60
	.uleb128 0x1
	.long	.LASF772
	.byte	0x2
	.byte	0x60
	.byte	0x21
	.quad	.LDL7
	.uleb128 0x1
	.long	.LASF773
	.byte	0x2
	.byte	0x61
	.byte	0x1
	.quad	.L281
	.uleb128 0x3
	.long	.LASF774
	.byte	0x61
	.uleb128 0x1
	.long	.LASF775
	.byte	0x2
	.byte	0x61
	.byte	0x21
	.quad	.LDL6
	.uleb128 0x1
	.long	.LASF776
	.byte	0x2
	.byte	0x62
	.byte	0x1
	.quad	.L284
	.uleb128 0x3
	.long	.LASF777
	.byte	0x62
	.uleb128 0x1
	.long	.LASF778
	.byte	0x2
	.byte	0x62
	.byte	0x21
	.quad	.LDL5
	.uleb128 0x1
	.long	.LASF779
	.byte	0x2
	.byte	0x63
	.byte	0x1
	.quad	.L287
	.uleb128 0x3
	.long	.LASF780
	.byte	0x63
	.uleb128 0x1
	.long	.LASF781
	.byte	0x2
	.byte	0x63
	.byte	0x21
	.quad	.LDL4
	.uleb128 0x1
	.long	.LASF782
	.byte	0x2
	.byte	0x64
	.byte	0x1
	.quad	.L290
	.uleb128 0x3
	.long	.LASF783
	.byte	0x64
	.uleb128 0x1
	.long	.LASF784
	.byte	0x2
	.byte	0x64
	.byte	0x21
	.quad	.LDL3
	.uleb128 0x1
	.long	.LASF785
	.byte	0x2
	.byte	0x67
	.byte	0x1
	.quad	.L293
	.uleb128 0x3
	.long	.LASF786
	.byte	0x67
	.uleb128 0x1
	.long	.LASF787
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L294
	.uleb128 0x1
	.long	.LASF788
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.L296
	.uleb128 0x1
	.long	.LASF789
	.byte	0x2
	.byte	0x68
	.byte	0x5
	.quad	.LDL64
	.uleb128 0x1
	.long	.LASF790
	.byte	0x2
	.byte	0x69
	.byte	0x1
	.quad	.LDL63
	.uleb128 0x1
	.long	.LASF791
	.byte	0x2
	.byte	0x6b
	.byte	0x1
	.quad	.L299
	.uleb128 0x3
	.long	.LASF792
	.byte	0x6b
	.uleb128 0x1
	.long	.LASF793
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L301
	.uleb128 0x1
	.long	.LASF794
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.L303
	.uleb128 0x1
	.long	.LASF795
	.byte	0x2
	.byte	0x6d
	.byte	0x9
	.quad	.LDL81
	.uleb128 0x1
	.long	.LASF796
	.byte	0x2
	.byte	0x6e
	.byte	0x1
	.quad	.LDL59
	.uleb128 0x1
	.long	.LASF797
	.byte	0x2
	.byte	0x70
	.byte	0x1
	.quad	.L306
	.uleb128 0x3
	.long	.LASF798
	.byte	0x70
	.uleb128 0x1
	.long	.LASF799
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L308
	.uleb128 0x1
	.long	.LASF800
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.L310
	.uleb128 0x1
	.long	.LASF801
	.byte	0x2
	.byte	0x72
	.byte	0x9
	.quad	.LDL80
	.uleb128 0x1
	.long	.LASF802
	.byte	0x2
	.byte	0x73
	.byte	0x1
	.quad	.LDL58
	.uleb128 0x1
	.long	.LASF803
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.L313
	.uleb128 0x1
	.long	.LASF804
	.byte	0x2
	.byte	0x75
	.byte	0x1
	.quad	.LDL84
	.uleb128 0x1
	.long	.LASF805
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL74
	.uleb128 0x1
	.long	.LASF806
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.L317
	.uleb128 0x1
	.long	.LASF807
	.byte	0x2
	.byte	0x77
	.byte	0x5
	.quad	.LDL75
	.uleb128 0x1
	.long	.LASF808
	.byte	0x2
	.byte	0x78
	.byte	0x1
	.quad	.LDL73
	.uleb128 0x1
	.long	.LASF809
	.byte	0x2
	.byte	0x7a
	.byte	0x1
	.quad	.L320
	.uleb128 0x3
	.long	.LASF810
	.byte	0x7a
	.uleb128 0x1
	.long	.LASF811
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL78
	.uleb128 0x1
	.long	.LASF812
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.L322
	.uleb128 0x1
	.long	.LASF813
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.quad	.LDL79
	.uleb128 0x1
	.long	.LASF814
	.byte	0x2
	.byte	0x7c
	.byte	0x1
	.quad	.LDL77
	.uleb128 0x1
	.long	.LASF815
	.byte	0x2
	.byte	0x7e
	.byte	0x1
	.quad	.L325
	.uleb128 0x3
	.long	.LASF816
	.byte	0x7e
	.uleb128 0x1
	.long	.LASF817
	.byte	0x2
	.byte	0x7f
	.byte	0x5
	.quad	.L327
	.uleb128 0x1
	.long	.LASF818
	.byte	0x2
	.byte	0x81
	.byte	0x1
	.quad	.LDL27
	.uleb128 0x1
	.long	.LASF819
	.byte	0x2
	.byte	0x83
	.byte	0x1
	.quad	.L331
	.uleb128 0x3
	.long	.LASF820
	.byte	0x83
	.uleb128 0x1
	.long	.LASF821
	.byte	0x2
	.byte	0x84
	.byte	0x5
	.quad	.L333
	.uleb128 0x1
	.long	.LASF822
	.byte	0x2
	.byte	0x87
	.byte	0x1
	.quad	.LDL26
	.uleb128 0x1
	.long	.LASF823
	.byte	0x2
	.byte	0x89
	.byte	0x1
	.quad	.L336
	.uleb128 0x3
	.long	.LASF824
	.byte	0x89
	.uleb128 0x1
	.long	.LASF825
	.byte	0x2
	.byte	0x8a
	.byte	0x5
	.quad	.L338
	.uleb128 0x1
	.long	.LASF826
	.byte	0x2
	.byte	0x8c
	.byte	0x9
	.quad	.L340
	.uleb128 0x1
	.long	.LASF827
	.byte	0x2
	.byte	0x8e
	.byte	0x1
	.quad	.LDL54
	.uleb128 0x1
	.long	.LASF828
	.byte	0x2
	.byte	0x90
	.byte	0x1
	.quad	.L343
	.uleb128 0x3
	.long	.LASF829
	.byte	0x90
	.uleb128 0x1
	.long	.LASF830
	.byte	0x2
	.byte	0x91
	.byte	0x5
	.quad	.L344
	.uleb128 0x1
	.long	.LASF831
	.byte	0x2
	.byte	0x92
	.byte	0x1
	.quad	.LDL76
	.uleb128 0x7
	.long	.LLRL116
	.long	0x3172
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x4c1
	.long	.LLST117
	.long	.LVUS117
	.byte	0
	.uleb128 0x7
	.long	.LLRL118
	.long	0x318f
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x4c1
	.long	.LLST119
	.long	.LVUS119
	.byte	0
	.uleb128 0x7
	.long	.LLRL114
	.long	0x31ab
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x4c1
	.long	.LLST115
	.long	.LVUS115
	.byte	0
	.uleb128 0x7
	.long	.LLRL122
	.long	0x31c8
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x4c1
	.long	.LLST123
	.long	.LVUS123
	.byte	0
	.uleb128 0x7
	.long	.LLRL112
	.long	0x31e4
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x4c1
	.long	.LLST113
	.long	.LVUS113
	.byte	0
	.uleb128 0x7
	.long	.LLRL109
	.long	0x3212
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x4c1
	.long	.LLST110
	.long	.LVUS110
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x4c1
	.long	.LLST111
	.long	.LVUS111
	.byte	0
	.uleb128 0x7
	.long	.LLRL106
	.long	0x3240
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x4c1
	.long	.LLST107
	.long	.LVUS107
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x4c1
	.long	.LLST108
	.long	.LVUS108
	.byte	0
	.uleb128 0x7
	.long	.LLRL103
	.long	0x326e
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x4c1
	.long	.LLST104
	.long	.LVUS104
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x4c1
	.long	.LLST105
	.long	.LVUS105
	.byte	0
	.uleb128 0x7
	.long	.LLRL124
	.long	0x329c
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x4c1
	.long	.LLST125
	.long	.LVUS125
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x4c1
	.long	.LLST126
	.long	.LVUS126
	.byte	0
	.uleb128 0x35
	.quad	.LBB84
	.quad	.LBE84-.LBB84
	.long	0x32d6
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x4c1
	.long	.LLST120
	.long	.LVUS120
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x4c1
	.long	.LLST121
	.long	.LVUS121
	.byte	0
	.uleb128 0x7
	.long	.LLRL100
	.long	0x3304
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x4c1
	.long	.LLST101
	.long	.LVUS101
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x4c1
	.long	.LLST102
	.long	.LVUS102
	.byte	0
	.uleb128 0x7
	.long	.LLRL97
	.long	0x3332
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x4c1
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x4c1
	.long	.LLST99
	.long	.LVUS99
	.byte	0
	.uleb128 0x7
	.long	.LLRL94
	.long	0x3360
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x4c1
	.long	.LLST95
	.long	.LVUS95
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x4c1
	.long	.LLST96
	.long	.LVUS96
	.byte	0
	.uleb128 0x7
	.long	.LLRL91
	.long	0x338e
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x4c1
	.long	.LLST92
	.long	.LVUS92
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x4c1
	.long	.LLST93
	.long	.LVUS93
	.byte	0
	.uleb128 0x7
	.long	.LLRL88
	.long	0x33bc
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x4c1
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x4c1
	.long	.LLST90
	.long	.LVUS90
	.byte	0
	.uleb128 0x7
	.long	.LLRL85
	.long	0x33ea
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x4c1
	.long	.LLST86
	.long	.LVUS86
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x4c1
	.long	.LLST87
	.long	.LVUS87
	.byte	0
	.uleb128 0x7
	.long	.LLRL82
	.long	0x3418
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x4c1
	.long	.LLST83
	.long	.LVUS83
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x4c1
	.long	.LLST84
	.long	.LVUS84
	.byte	0
	.uleb128 0x7
	.long	.LLRL79
	.long	0x3446
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x4c1
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x4c1
	.long	.LLST81
	.long	.LVUS81
	.byte	0
	.uleb128 0x7
	.long	.LLRL76
	.long	0x3474
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x4c1
	.long	.LLST77
	.long	.LVUS77
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x4c1
	.long	.LLST78
	.long	.LVUS78
	.byte	0
	.uleb128 0x7
	.long	.LLRL73
	.long	0x34a2
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x4c1
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x4c1
	.long	.LLST75
	.long	.LVUS75
	.byte	0
	.uleb128 0x7
	.long	.LLRL70
	.long	0x34d0
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x4c1
	.long	.LLST71
	.long	.LVUS71
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x4c1
	.long	.LLST72
	.long	.LVUS72
	.byte	0
	.uleb128 0x7
	.long	.LLRL127
	.long	0x34ee
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xd24
	.long	.LLST128
	.long	.LVUS128
	.byte	0
	.uleb128 0x7
	.long	.LLRL63
	.long	0x350b
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x24
	.byte	0x5
	.long	0x4c1
	.long	.LLST64
	.long	.LVUS64
	.byte	0
	.uleb128 0x7
	.long	.LLRL61
	.long	0x3528
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x2c
	.byte	0x5
	.long	0x4c1
	.long	.LLST62
	.long	.LVUS62
	.byte	0
	.uleb128 0x7
	.long	.LLRL59
	.long	0x3544
	.uleb128 0x4
	.string	"t"
	.byte	0x2
	.byte	0x30
	.byte	0xc
	.long	0x4c1
	.long	.LLST60
	.long	.LVUS60
	.byte	0
	.uleb128 0x7
	.long	.LLRL57
	.long	0x3561
	.uleb128 0x4
	.string	"v_"
	.byte	0x2
	.byte	0x34
	.byte	0x5
	.long	0x4c1
	.long	.LLST58
	.long	.LVUS58
	.byte	0
	.uleb128 0x7
	.long	.LLRL55
	.long	0x357d
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x38
	.byte	0xc
	.long	0x4c1
	.long	.LLST56
	.long	.LVUS56
	.byte	0
	.uleb128 0x7
	.long	.LLRL52
	.long	0x35ab
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x4c1
	.long	.LLST53
	.long	.LVUS53
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x3f
	.byte	0x10
	.long	0x4c1
	.long	.LLST54
	.long	.LVUS54
	.byte	0
	.uleb128 0x7
	.long	.LLRL49
	.long	0x35d9
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x4c1
	.long	.LLST50
	.long	.LVUS50
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x40
	.byte	0x10
	.long	0x4c1
	.long	.LLST51
	.long	.LVUS51
	.byte	0
	.uleb128 0x7
	.long	.LLRL46
	.long	0x3607
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x4c1
	.long	.LLST47
	.long	.LVUS47
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x41
	.byte	0x10
	.long	0x4c1
	.long	.LLST48
	.long	.LVUS48
	.byte	0
	.uleb128 0x7
	.long	.LLRL67
	.long	0x3635
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x4c1
	.long	.LLST68
	.long	.LVUS68
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x47
	.byte	0x5
	.long	0x4c1
	.long	.LLST69
	.long	.LVUS69
	.byte	0
	.uleb128 0x35
	.quad	.LBB46
	.quad	.LBE46-.LBB46
	.long	0x366f
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x4c1
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x4d
	.byte	0x5
	.long	0x4c1
	.long	.LLST66
	.long	.LVUS66
	.byte	0
	.uleb128 0x7
	.long	.LLRL43
	.long	0x369d
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x4c1
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x58
	.byte	0x10
	.long	0x4c1
	.long	.LLST45
	.long	.LVUS45
	.byte	0
	.uleb128 0x7
	.long	.LLRL40
	.long	0x36cb
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x4c1
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x59
	.byte	0x10
	.long	0x4c1
	.long	.LLST42
	.long	.LVUS42
	.byte	0
	.uleb128 0x7
	.long	.LLRL37
	.long	0x36f9
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x4c1
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5a
	.byte	0x10
	.long	0x4c1
	.long	.LLST39
	.long	.LVUS39
	.byte	0
	.uleb128 0x7
	.long	.LLRL34
	.long	0x3727
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x4c1
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5b
	.byte	0x10
	.long	0x4c1
	.long	.LLST36
	.long	.LVUS36
	.byte	0
	.uleb128 0x7
	.long	.LLRL31
	.long	0x3755
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x4c1
	.long	.LLST32
	.long	.LVUS32
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5d
	.byte	0x10
	.long	0x4c1
	.long	.LLST33
	.long	.LVUS33
	.byte	0
	.uleb128 0x7
	.long	.LLRL28
	.long	0x3783
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x4c1
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x5f
	.byte	0x10
	.long	0x4c1
	.long	.LLST30
	.long	.LVUS30
	.byte	0
	.uleb128 0x7
	.long	.LLRL25
	.long	0x37b1
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x4c1
	.long	.LLST26
	.long	.LVUS26
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x60
	.byte	0x10
	.long	0x4c1
	.long	.LLST27
	.long	.LVUS27
	.byte	0
	.uleb128 0x7
	.long	.LLRL22
	.long	0x37df
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x4c1
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x61
	.byte	0x10
	.long	0x4c1
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.uleb128 0x7
	.long	.LLRL19
	.long	0x380d
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x4c1
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x62
	.byte	0x10
	.long	0x4c1
	.long	.LLST21
	.long	.LVUS21
	.byte	0
	.uleb128 0x7
	.long	.LLRL16
	.long	0x383b
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x4c1
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x63
	.byte	0x10
	.long	0x4c1
	.long	.LLST18
	.long	.LVUS18
	.byte	0
	.uleb128 0x7
	.long	.LLRL13
	.long	0x3869
	.uleb128 0x4
	.string	"b"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x4c1
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x4
	.string	"a"
	.byte	0x2
	.byte	0x64
	.byte	0x10
	.long	0x4c1
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.uleb128 0x7
	.long	.LLRL129
	.long	0x3887
	.uleb128 0x4
	.string	"to_"
	.byte	0x2
	.byte	0x7b
	.byte	0x5
	.long	0xd24
	.long	.LLST130
	.long	.LVUS130
	.byte	0
	.uleb128 0x11
	.quad	.LVL244
	.long	0xffe
	.long	0x38a1
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -104
	.byte	0x6
	.byte	0
	.uleb128 0x11
	.quad	.LVL252
	.long	0xffe
	.long	0x38bb
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0
	.uleb128 0x53
	.quad	.LVL290
	.long	0xfd8
	.byte	0
	.uleb128 0x8
	.long	0xd6f
	.uleb128 0x8
	.long	0xd79
	.uleb128 0xf
	.long	0x137
	.long	0x38e3
	.uleb128 0x14
	.long	0x3a
	.byte	0x43
	.byte	0
	.uleb128 0xc
	.long	0x38d3
	.uleb128 0x8
	.long	0x15c
	.uleb128 0xc
	.long	0x38e8
	.uleb128 0x8
	.long	0x16d
	.uleb128 0x54
	.long	0x16ff
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x16
	.long	0x1709
	.long	.LLST154
	.long	.LVUS154
	.uleb128 0x1d
	.long	0x1715
	.long	.LLST155
	.long	.LVUS155
	.uleb128 0x25
	.long	0x16ff
	.quad	.LBI114
	.value	.LVU2394
	.long	.LLRL156
	.uleb128 0x16
	.long	0x1709
	.long	.LLST157
	.long	.LVUS157
	.uleb128 0x12
	.long	.LLRL156
	.uleb128 0x1a
	.long	0x1715
	.uleb128 0xd
	.quad	.LVL473
	.long	0xfc6
	.uleb128 0xd
	.quad	.LVL474
	.long	0xfaf
	.uleb128 0xd
	.quad	.LVL475
	.long	0xf9c
	.uleb128 0x21
	.quad	.LVL477
	.long	0xf9c
	.uleb128 0x9
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
	.uleb128 0x21
	.sleb128 1
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
	.uleb128 0x6
	.uleb128 0x5
	.byte	0
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
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
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
	.uleb128 0xc
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
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
	.uleb128 0x11
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
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x15
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
	.uleb128 0x16
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
	.uleb128 0x17
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
	.uleb128 0x18
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
	.uleb128 0x19
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
	.uleb128 0x1a
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1b
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
	.uleb128 0x1c
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 20
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
	.uleb128 0x1e
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
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
	.uleb128 0x22
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
	.uleb128 0x23
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x24
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x25
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
	.uleb128 0x21
	.sleb128 177
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 13
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x2a
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
	.sleb128 19
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 6
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2b
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 20
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 23
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2c
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 21
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
	.uleb128 0x2d
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
	.uleb128 0x2e
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0x21
	.sleb128 294
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
	.uleb128 0x2f
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
	.uleb128 0x30
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
	.uleb128 0x31
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
	.uleb128 0x32
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
	.uleb128 0x33
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x34
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
	.uleb128 0x35
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
	.uleb128 0x36
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
	.uleb128 0x37
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
	.uleb128 0x38
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x39
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
	.uleb128 0x3a
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3b
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
	.uleb128 0x3c
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3d
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
	.uleb128 0x3e
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
	.uleb128 0x3f
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x40
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
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
	.uleb128 0x41
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
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x42
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
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x43
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
	.uleb128 0x44
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
	.uleb128 0x45
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
	.uleb128 0x46
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
	.uleb128 0x47
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
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x48
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x7
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x49
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4a
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
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4b
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
	.uleb128 0x4c
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4d
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
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4e
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
	.uleb128 0x4f
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
	.uleb128 0x50
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
	.uleb128 0x51
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
	.uleb128 0x52
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
	.uleb128 0x53
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
	.uleb128 0x54
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
.LVUS131:
	.uleb128 0
	.uleb128 .LVU2243
	.uleb128 .LVU2243
	.uleb128 0
.LLST131:
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL426-1-.Ltext0
	.uleb128 .LFE30-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS132:
	.uleb128 0
	.uleb128 .LVU2241
	.uleb128 .LVU2241
	.uleb128 0
.LLST132:
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL424-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL424-.Ltext0
	.uleb128 .LFE30-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS133:
	.uleb128 0
	.uleb128 .LVU2242
	.uleb128 .LVU2242
	.uleb128 0
.LLST133:
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LFE30-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS134:
	.uleb128 .LVU2240
	.uleb128 .LVU2242
	.uleb128 .LVU2242
	.uleb128 0
.LLST134:
	.byte	0x4
	.uleb128 .LVL423-.Ltext0
	.uleb128 .LVL425-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LFE30-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS158:
	.uleb128 0
	.uleb128 .LVU2410
	.uleb128 .LVU2410
	.uleb128 .LVU2460
	.uleb128 .LVU2460
	.uleb128 .LVU2461
	.uleb128 .LVU2461
	.uleb128 0
.LLST158:
	.byte	0x4
	.uleb128 .LVL478-.Ltext0
	.uleb128 .LVL479-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL479-.Ltext0
	.uleb128 .LVL494-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL494-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL495-.Ltext0
	.uleb128 .LFE29-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS159:
	.uleb128 .LVU2414
	.uleb128 .LVU2419
	.uleb128 .LVU2419
	.uleb128 .LVU2459
	.uleb128 .LVU2461
	.uleb128 .LVU2487
	.uleb128 .LVU2489
	.uleb128 .LVU2495
	.uleb128 .LVU2495
	.uleb128 .LVU2496
	.uleb128 .LVU2497
	.uleb128 .LVU2508
	.uleb128 .LVU2508
	.uleb128 .LVU2509
.LLST159:
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL482-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL482-1-.Ltext0
	.uleb128 .LVL493-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL495-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL508-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL508-.Ltext0
	.uleb128 .LVL509-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL515-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS160:
	.uleb128 .LVU2457
	.uleb128 .LVU2459
	.uleb128 .LVU2461
	.uleb128 .LVU2463
.LLST160:
	.byte	0x4
	.uleb128 .LVL492-.Ltext0
	.uleb128 .LVL493-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL495-.Ltext0
	.uleb128 .LVL496-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS161:
	.uleb128 .LVU2427
	.uleb128 .LVU2428
	.uleb128 .LVU2428
	.uleb128 .LVU2429
	.uleb128 .LVU2430
	.uleb128 .LVU2448
	.uleb128 .LVU2448
	.uleb128 .LVU2449
.LLST161:
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL484-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL486-.Ltext0
	.uleb128 .LVL489-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL489-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS162:
	.uleb128 .LVU2479
	.uleb128 .LVU2487
.LLST162:
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS163:
	.uleb128 .LVU2481
	.uleb128 .LVU2487
.LLST163:
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS164:
	.uleb128 .LVU2482
	.uleb128 .LVU2487
.LLST164:
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS166:
	.uleb128 .LVU2489
	.uleb128 .LVU2495
	.uleb128 .LVU2495
	.uleb128 .LVU2496
.LLST166:
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL508-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL508-.Ltext0
	.uleb128 .LVL509-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS168:
	.uleb128 .LVU2499
	.uleb128 .LVU2508
	.uleb128 .LVU2508
	.uleb128 .LVU2509
.LLST168:
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL515-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS169:
	.uleb128 .LVU2501
	.uleb128 .LVU2508
	.uleb128 .LVU2508
	.uleb128 .LVU2509
.LLST169:
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL515-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS170:
	.uleb128 .LVU2502
	.uleb128 .LVU2508
	.uleb128 .LVU2508
	.uleb128 .LVU2509
.LLST170:
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL515-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS135:
	.uleb128 0
	.uleb128 .LVU2248
	.uleb128 .LVU2248
	.uleb128 .LVU2267
	.uleb128 .LVU2267
	.uleb128 .LVU2366
	.uleb128 .LVU2366
	.uleb128 .LVU2370
	.uleb128 .LVU2370
	.uleb128 .LVU2383
	.uleb128 .LVU2383
	.uleb128 .LVU2388
	.uleb128 .LVU2388
	.uleb128 0
.LLST135:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL428-.Ltext0
	.uleb128 .LVL432-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL432-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL456-.Ltext0
	.uleb128 .LVL458-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LVL469-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL469-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS136:
	.uleb128 0
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 .LVU2386
	.uleb128 .LVU2386
	.uleb128 0
.LLST136:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL467-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS137:
	.uleb128 0
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 .LVU2268
	.uleb128 .LVU2268
	.uleb128 .LVU2366
	.uleb128 .LVU2366
	.uleb128 .LVU2370
	.uleb128 .LVU2370
	.uleb128 .LVU2383
	.uleb128 .LVU2383
	.uleb128 .LVU2387
	.uleb128 .LVU2387
	.uleb128 0
.LLST137:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL433-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL433-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL456-.Ltext0
	.uleb128 .LVL458-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LVL468-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL468-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS138:
	.uleb128 0
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 0
.LLST138:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.byte	0
.LVUS139:
	.uleb128 0
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 0
.LLST139:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -136
	.byte	0
.LVUS140:
	.uleb128 .LVU2248
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 0
.LLST140:
	.byte	0x4
	.uleb128 .LVL428-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.byte	0
.LVUS142:
	.uleb128 .LVU2252
	.uleb128 .LVU2257
	.uleb128 .LVU2257
	.uleb128 .LVU2368
	.uleb128 .LVU2368
	.uleb128 .LVU2369
	.uleb128 .LVU2370
	.uleb128 .LVU2383
	.uleb128 .LVU2383
	.uleb128 0
.LLST142:
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.byte	0x4
	.uleb128 .LVL456-.Ltext0
	.uleb128 .LVL457-.Ltext0
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x94
	.byte	0x4
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -128
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x94
	.byte	0x4
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS144:
	.uleb128 .LVU2263
	.uleb128 .LVU2269
	.uleb128 .LVU2269
	.uleb128 .LVU2366
	.uleb128 .LVU2370
	.uleb128 .LVU2383
.LLST144:
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x8
	.byte	0x75
	.sleb128 0
	.byte	0x33
	.byte	0x24
	.byte	0x72
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0xc
	.byte	0x91
	.sleb128 -72
	.byte	0x6
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0xc
	.byte	0x91
	.sleb128 -72
	.byte	0x6
	.byte	0x33
	.byte	0x24
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS146:
	.uleb128 .LVU2265
	.uleb128 .LVU2269
	.uleb128 .LVU2327
	.uleb128 .LVU2328
.LLST146:
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL444-.Ltext0
	.uleb128 .LVL445-.Ltext0
	.uleb128 0x3
	.byte	0x7e
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS148:
	.uleb128 .LVU2269
	.uleb128 .LVU2270
	.uleb128 .LVU2270
	.uleb128 .LVU2283
	.uleb128 .LVU2334
	.uleb128 .LVU2340
	.uleb128 .LVU2340
	.uleb128 .LVU2342
	.uleb128 .LVU2370
	.uleb128 .LVU2372
	.uleb128 .LVU2372
	.uleb128 .LVU2376
.LLST148:
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LVL435-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL437-1-.Ltext0
	.uleb128 0x14
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL446-.Ltext0
	.uleb128 .LVL447-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL447-.Ltext0
	.uleb128 .LVL448-.Ltext0
	.uleb128 0x14
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL459-.Ltext0
	.uleb128 0x14
	.byte	0x71
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL462-.Ltext0
	.uleb128 0x1a
	.byte	0x7c
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS149:
	.uleb128 .LVU2270
	.uleb128 .LVU2327
	.uleb128 .LVU2342
	.uleb128 .LVU2353
	.uleb128 .LVU2370
	.uleb128 .LVU2373
	.uleb128 .LVU2373
	.uleb128 .LVU2374
	.uleb128 .LVU2380
	.uleb128 .LVU2383
.LLST149:
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL452-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL460-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL460-.Ltext0
	.uleb128 .LVL461-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS150:
	.uleb128 .LVU2271
	.uleb128 .LVU2274
	.uleb128 .LVU2274
	.uleb128 .LVU2283
	.uleb128 .LVU2283
	.uleb128 .LVU2294
	.uleb128 .LVU2294
	.uleb128 .LVU2299
	.uleb128 .LVU2299
	.uleb128 .LVU2311
	.uleb128 .LVU2311
	.uleb128 .LVU2324
	.uleb128 .LVU2342
	.uleb128 .LVU2345
	.uleb128 .LVU2345
	.uleb128 .LVU2348
	.uleb128 .LVU2348
	.uleb128 .LVU2350
	.uleb128 .LVU2350
	.uleb128 .LVU2353
	.uleb128 .LVU2353
	.uleb128 .LVU2355
	.uleb128 .LVU2355
	.uleb128 .LVU2362
	.uleb128 .LVU2362
	.uleb128 .LVU2364
	.uleb128 .LVU2370
	.uleb128 .LVU2373
	.uleb128 .LVU2373
	.uleb128 .LVU2374
	.uleb128 .LVU2374
	.uleb128 .LVU2378
	.uleb128 .LVU2380
	.uleb128 .LVU2383
.LLST150:
	.byte	0x4
	.uleb128 .LVL435-.Ltext0
	.uleb128 .LVL436-.Ltext0
	.uleb128 0x1a
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL436-.Ltext0
	.uleb128 .LVL437-1-.Ltext0
	.uleb128 0x17
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x37
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL437-1-.Ltext0
	.uleb128 .LVL438-.Ltext0
	.uleb128 0x19
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x37
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL438-.Ltext0
	.uleb128 .LVL439-.Ltext0
	.uleb128 0x19
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL439-.Ltext0
	.uleb128 .LVL441-.Ltext0
	.uleb128 0x18
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL441-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL449-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL449-.Ltext0
	.uleb128 .LVL450-.Ltext0
	.uleb128 0x10
	.byte	0x93
	.uleb128 0xc
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -112
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL451-.Ltext0
	.uleb128 .LVL452-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -112
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x33
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL452-.Ltext0
	.uleb128 .LVL453-.Ltext0
	.uleb128 0x12
	.byte	0x91
	.sleb128 -112
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x33
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x2
	.byte	0x4
	.uleb128 .LVL453-.Ltext0
	.uleb128 .LVL454-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -112
	.byte	0x93
	.uleb128 0x4
	.byte	0x51
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x33
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x2
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LVL455-.Ltext0
	.uleb128 0x16
	.byte	0x91
	.sleb128 -112
	.byte	0x93
	.uleb128 0x4
	.byte	0x70
	.sleb128 4
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x33
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x2
	.byte	0x4
	.uleb128 .LVL458-.Ltext0
	.uleb128 .LVL460-.Ltext0
	.uleb128 0x17
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x37
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL460-.Ltext0
	.uleb128 .LVL461-.Ltext0
	.uleb128 0x17
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x37
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x54
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL463-.Ltext0
	.uleb128 0x14
	.byte	0x50
	.byte	0x93
	.uleb128 0x4
	.byte	0x30
	.byte	0x9f
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x4
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x37
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x2
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x15
	.byte	0x91
	.sleb128 -120
	.byte	0x93
	.uleb128 0x4
	.byte	0x93
	.uleb128 0x8
	.byte	0x91
	.sleb128 -128
	.byte	0x93
	.uleb128 0x1
	.byte	0x32
	.byte	0x9f
	.byte	0x93
	.uleb128 0x1
	.byte	0x53
	.byte	0x93
	.uleb128 0x1
	.byte	0x93
	.uleb128 0x1
	.byte	0
.LVUS151:
	.uleb128 .LVU2306
	.uleb128 .LVU2317
	.uleb128 .LVU2317
	.uleb128 .LVU2327
	.uleb128 .LVU2380
	.uleb128 .LVU2383
.LLST151:
	.byte	0x4
	.uleb128 .LVL440-.Ltext0
	.uleb128 .LVL443-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL443-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0xd
	.byte	0x71
	.sleb128 0
	.byte	0x8
	.byte	0x20
	.byte	0x24
	.byte	0x8
	.byte	0x20
	.byte	0x26
	.byte	0x91
	.sleb128 -136
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS153:
	.uleb128 .LVU2311
	.uleb128 .LVU2315
	.uleb128 .LVU2315
	.uleb128 .LVU2327
	.uleb128 .LVU2380
	.uleb128 .LVU2381
	.uleb128 .LVU2381
	.uleb128 .LVU2383
.LLST153:
	.byte	0x4
	.uleb128 .LVL441-.Ltext0
	.uleb128 .LVL442-.Ltext0
	.uleb128 0x13
	.byte	0x74
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x71
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL442-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x14
	.byte	0x74
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x13
	.byte	0x74
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7b
	.sleb128 0
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x14
	.byte	0x74
	.sleb128 0
	.byte	0x32
	.byte	0x24
	.byte	0x76
	.sleb128 32
	.byte	0x6
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x76
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS0:
	.uleb128 0
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST0:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS1:
	.uleb128 0
	.uleb128 .LVU6
	.uleb128 .LVU6
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST1:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS2:
	.uleb128 .LVU3
	.uleb128 .LVU5
	.uleb128 .LVU5
	.uleb128 .LVU7
	.uleb128 .LVU7
	.uleb128 0
.LLST2:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL2-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL4-1-.Ltext0
	.uleb128 .LFE26-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 0
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU1774
	.uleb128 .LVU1774
	.uleb128 .LVU1777
	.uleb128 .LVU1777
	.uleb128 0
.LLST4:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS5:
	.uleb128 0
	.uleb128 .LVU21
	.uleb128 .LVU21
	.uleb128 0
.LLST5:
	.byte	0x4
	.uleb128 .LVL5-.Ltext0
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
.LVUS6:
	.uleb128 .LVU31
	.uleb128 .LVU46
.LLST6:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS7:
	.uleb128 .LVU33
	.uleb128 .LVU1776
	.uleb128 .LVU1777
	.uleb128 0
.LLST7:
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5f
	.byte	0
.LVUS8:
	.uleb128 .LVU37
	.uleb128 .LVU81
	.uleb128 .LVU81
	.uleb128 .LVU84
	.uleb128 .LVU84
	.uleb128 .LVU103
	.uleb128 .LVU103
	.uleb128 .LVU107
	.uleb128 .LVU107
	.uleb128 .LVU126
	.uleb128 .LVU126
	.uleb128 .LVU130
	.uleb128 .LVU130
	.uleb128 .LVU150
	.uleb128 .LVU150
	.uleb128 .LVU153
	.uleb128 .LVU153
	.uleb128 .LVU172
	.uleb128 .LVU172
	.uleb128 .LVU176
	.uleb128 .LVU176
	.uleb128 .LVU195
	.uleb128 .LVU195
	.uleb128 .LVU199
	.uleb128 .LVU199
	.uleb128 .LVU218
	.uleb128 .LVU218
	.uleb128 .LVU223
	.uleb128 .LVU223
	.uleb128 .LVU242
	.uleb128 .LVU242
	.uleb128 .LVU247
	.uleb128 .LVU247
	.uleb128 .LVU266
	.uleb128 .LVU266
	.uleb128 .LVU271
	.uleb128 .LVU271
	.uleb128 .LVU290
	.uleb128 .LVU290
	.uleb128 .LVU294
	.uleb128 .LVU294
	.uleb128 .LVU313
	.uleb128 .LVU313
	.uleb128 .LVU317
	.uleb128 .LVU317
	.uleb128 .LVU364
	.uleb128 .LVU364
	.uleb128 .LVU369
	.uleb128 .LVU369
	.uleb128 .LVU388
	.uleb128 .LVU388
	.uleb128 .LVU393
	.uleb128 .LVU393
	.uleb128 .LVU412
	.uleb128 .LVU412
	.uleb128 .LVU417
	.uleb128 .LVU417
	.uleb128 .LVU433
	.uleb128 .LVU433
	.uleb128 .LVU440
	.uleb128 .LVU440
	.uleb128 .LVU455
	.uleb128 .LVU455
	.uleb128 .LVU459
	.uleb128 .LVU459
	.uleb128 .LVU475
	.uleb128 .LVU475
	.uleb128 .LVU479
	.uleb128 .LVU479
	.uleb128 .LVU494
	.uleb128 .LVU494
	.uleb128 .LVU498
	.uleb128 .LVU498
	.uleb128 .LVU526
	.uleb128 .LVU526
	.uleb128 .LVU530
	.uleb128 .LVU530
	.uleb128 .LVU561
	.uleb128 .LVU561
	.uleb128 .LVU564
	.uleb128 .LVU564
	.uleb128 .LVU582
	.uleb128 .LVU582
	.uleb128 .LVU585
	.uleb128 .LVU585
	.uleb128 .LVU669
	.uleb128 .LVU669
	.uleb128 .LVU673
	.uleb128 .LVU673
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU705
	.uleb128 .LVU705
	.uleb128 .LVU733
	.uleb128 .LVU733
	.uleb128 .LVU737
	.uleb128 .LVU737
	.uleb128 .LVU765
	.uleb128 .LVU765
	.uleb128 .LVU769
	.uleb128 .LVU769
	.uleb128 .LVU797
	.uleb128 .LVU797
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 .LVU829
	.uleb128 .LVU829
	.uleb128 .LVU833
	.uleb128 .LVU833
	.uleb128 .LVU861
	.uleb128 .LVU861
	.uleb128 .LVU866
	.uleb128 .LVU866
	.uleb128 .LVU894
	.uleb128 .LVU894
	.uleb128 .LVU899
	.uleb128 .LVU899
	.uleb128 .LVU927
	.uleb128 .LVU927
	.uleb128 .LVU931
	.uleb128 .LVU931
	.uleb128 .LVU959
	.uleb128 .LVU959
	.uleb128 .LVU963
	.uleb128 .LVU963
	.uleb128 .LVU991
	.uleb128 .LVU991
	.uleb128 .LVU995
	.uleb128 .LVU995
	.uleb128 .LVU1069
	.uleb128 .LVU1069
	.uleb128 .LVU1074
	.uleb128 .LVU1074
	.uleb128 .LVU1102
	.uleb128 .LVU1102
	.uleb128 .LVU1107
	.uleb128 .LVU1107
	.uleb128 .LVU1135
	.uleb128 .LVU1135
	.uleb128 .LVU1140
	.uleb128 .LVU1140
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1172
	.uleb128 .LVU1172
	.uleb128 .LVU1197
	.uleb128 .LVU1197
	.uleb128 .LVU1201
	.uleb128 .LVU1201
	.uleb128 .LVU1247
	.uleb128 .LVU1247
	.uleb128 .LVU1251
	.uleb128 .LVU1251
	.uleb128 .LVU1277
	.uleb128 .LVU1277
	.uleb128 .LVU1281
	.uleb128 .LVU1281
	.uleb128 .LVU1345
	.uleb128 .LVU1345
	.uleb128 .LVU1349
	.uleb128 .LVU1349
	.uleb128 .LVU1436
	.uleb128 .LVU1436
	.uleb128 .LVU1439
	.uleb128 .LVU1439
	.uleb128 .LVU1466
	.uleb128 .LVU1466
	.uleb128 .LVU1469
	.uleb128 .LVU1469
	.uleb128 .LVU1726
	.uleb128 .LVU1730
	.uleb128 .LVU1772
	.uleb128 .LVU1777
	.uleb128 .LVU1813
	.uleb128 .LVU1817
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL16-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL21-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL22-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL37-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL47-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL49-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL53-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL59-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL73-.Ltext0
	.uleb128 .LVL79-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL91-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL91-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL93-.Ltext0
	.uleb128 .LVL95-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL95-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LVL102-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL102-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LVL111-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL118-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL118-.Ltext0
	.uleb128 .LVL119-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL136-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL145-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL145-.Ltext0
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
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL156-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LVL171-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL183-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL199-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL205-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL211-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL221-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL227-.Ltext0
	.uleb128 .LVL235-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL237-.Ltext0
	.uleb128 .LVL248-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL250-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL251-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS9:
	.uleb128 .LVU38
	.uleb128 .LVU560
	.uleb128 .LVU560
	.uleb128 .LVU563
	.uleb128 .LVU563
	.uleb128 .LVU606
	.uleb128 .LVU606
	.uleb128 .LVU613
	.uleb128 .LVU613
	.uleb128 .LVU634
	.uleb128 .LVU634
	.uleb128 .LVU641
	.uleb128 .LVU641
	.uleb128 .LVU1312
	.uleb128 .LVU1312
	.uleb128 .LVU1319
	.uleb128 .LVU1319
	.uleb128 .LVU1379
	.uleb128 .LVU1379
	.uleb128 .LVU1386
	.uleb128 .LVU1386
	.uleb128 .LVU1404
	.uleb128 .LVU1404
	.uleb128 .LVU1407
	.uleb128 .LVU1407
	.uleb128 .LVU1408
	.uleb128 .LVU1408
	.uleb128 .LVU1435
	.uleb128 .LVU1435
	.uleb128 .LVU1438
	.uleb128 .LVU1438
	.uleb128 .LVU1496
	.uleb128 .LVU1496
	.uleb128 .LVU1499
	.uleb128 .LVU1499
	.uleb128 .LVU1500
	.uleb128 .LVU1500
	.uleb128 .LVU1766
	.uleb128 .LVU1777
	.uleb128 .LVU1793
	.uleb128 .LVU1794
	.uleb128 .LVU1862
	.uleb128 .LVU1862
	.uleb128 .LVU1867
	.uleb128 .LVU1867
	.uleb128 .LVU1941
	.uleb128 .LVU1941
	.uleb128 .LVU1947
	.uleb128 .LVU1947
	.uleb128 .LVU2204
	.uleb128 .LVU2204
	.uleb128 .LVU2205
	.uleb128 .LVU2205
	.uleb128 0
.LLST9:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LVL117-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL131-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL243-.Ltext0
	.uleb128 .LVL244-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL244-1-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL252-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL252-1-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -104
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL284-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL314-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL314-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.byte	0x4
	.uleb128 .LVL337-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL412-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x3
	.byte	0x91
	.sleb128 -88
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS10:
	.uleb128 .LVU39
	.uleb128 .LVU46
	.uleb128 .LVU46
	.uleb128 .LVU1687
	.uleb128 .LVU1687
	.uleb128 .LVU1701
	.uleb128 .LVU1701
	.uleb128 .LVU1721
	.uleb128 .LVU1721
	.uleb128 .LVU1734
	.uleb128 .LVU1734
	.uleb128 .LVU1748
	.uleb128 .LVU1748
	.uleb128 .LVU1762
	.uleb128 .LVU1762
	.uleb128 .LVU1773
	.uleb128 .LVU1777
	.uleb128 .LVU1808
	.uleb128 .LVU1808
	.uleb128 .LVU1821
	.uleb128 .LVU1821
	.uleb128 .LVU1873
	.uleb128 .LVU1873
	.uleb128 .LVU1880
	.uleb128 .LVU1880
	.uleb128 .LVU1996
	.uleb128 .LVU1996
	.uleb128 .LVU2001
	.uleb128 .LVU2001
	.uleb128 .LVU2131
	.uleb128 .LVU2131
	.uleb128 .LVU2136
	.uleb128 .LVU2136
	.uleb128 .LVU2205
	.uleb128 .LVU2205
	.uleb128 .LVU2212
	.uleb128 .LVU2212
	.uleb128 0
.LLST10:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL271-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL275-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LVL286-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL316-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL316-.Ltext0
	.uleb128 .LVL317-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL353-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL392-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x5b
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL413-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL414-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS11:
	.uleb128 .LVU40
	.uleb128 .LVU46
	.uleb128 .LVU1618
	.uleb128 .LVU1619
	.uleb128 .LVU1635
	.uleb128 .LVU1640
	.uleb128 .LVU1663
	.uleb128 .LVU1668
	.uleb128 .LVU1693
	.uleb128 .LVU1701
	.uleb128 .LVU1728
	.uleb128 .LVU1734
	.uleb128 .LVU1754
	.uleb128 .LVU1762
	.uleb128 .LVU1794
	.uleb128 .LVU1795
	.uleb128 .LVU1815
	.uleb128 .LVU1821
	.uleb128 .LVU1827
	.uleb128 .LVU1832
	.uleb128 .LVU1837
	.uleb128 .LVU1842
	.uleb128 .LVU1847
	.uleb128 .LVU1852
	.uleb128 .LVU1857
	.uleb128 .LVU1862
	.uleb128 .LVU1880
	.uleb128 .LVU1881
	.uleb128 .LVU1886
	.uleb128 .LVU1887
	.uleb128 .LVU1893
	.uleb128 .LVU1894
	.uleb128 .LVU1900
	.uleb128 .LVU1901
	.uleb128 .LVU1907
	.uleb128 .LVU1908
	.uleb128 .LVU1914
	.uleb128 .LVU1915
	.uleb128 .LVU1920
	.uleb128 .LVU1921
	.uleb128 .LVU1926
	.uleb128 .LVU1927
	.uleb128 .LVU1933
	.uleb128 .LVU1934
	.uleb128 .LVU1940
	.uleb128 .LVU1941
	.uleb128 .LVU1947
	.uleb128 .LVU1948
	.uleb128 .LVU1954
	.uleb128 .LVU1955
	.uleb128 .LVU1961
	.uleb128 .LVU1962
	.uleb128 .LVU1968
	.uleb128 .LVU1969
	.uleb128 .LVU1975
	.uleb128 .LVU1976
	.uleb128 .LVU1982
	.uleb128 .LVU1983
	.uleb128 .LVU1989
	.uleb128 .LVU1990
	.uleb128 .LVU1995
	.uleb128 .LVU1996
	.uleb128 .LVU2001
	.uleb128 .LVU2002
	.uleb128 .LVU2009
	.uleb128 .LVU2010
	.uleb128 .LVU2016
	.uleb128 .LVU2017
	.uleb128 .LVU2023
	.uleb128 .LVU2024
	.uleb128 .LVU2030
	.uleb128 .LVU2031
	.uleb128 .LVU2036
	.uleb128 .LVU2037
	.uleb128 .LVU2043
	.uleb128 .LVU2044
	.uleb128 .LVU2050
	.uleb128 .LVU2051
	.uleb128 .LVU2056
	.uleb128 .LVU2057
	.uleb128 .LVU2063
	.uleb128 .LVU2064
	.uleb128 .LVU2069
	.uleb128 .LVU2070
	.uleb128 .LVU2075
	.uleb128 .LVU2076
	.uleb128 .LVU2082
	.uleb128 .LVU2083
	.uleb128 .LVU2089
	.uleb128 .LVU2090
	.uleb128 .LVU2096
	.uleb128 .LVU2097
	.uleb128 .LVU2103
	.uleb128 .LVU2104
	.uleb128 .LVU2110
	.uleb128 .LVU2111
	.uleb128 .LVU2117
	.uleb128 .LVU2118
	.uleb128 .LVU2124
	.uleb128 .LVU2125
	.uleb128 .LVU2130
	.uleb128 .LVU2131
	.uleb128 .LVU2136
	.uleb128 .LVU2137
	.uleb128 .LVU2144
	.uleb128 .LVU2145
	.uleb128 .LVU2150
	.uleb128 .LVU2151
	.uleb128 .LVU2162
	.uleb128 .LVU2163
	.uleb128 .LVU2169
	.uleb128 .LVU2170
	.uleb128 .LVU2176
	.uleb128 .LVU2177
	.uleb128 .LVU2183
	.uleb128 .LVU2184
	.uleb128 .LVU2189
	.uleb128 .LVU2190
	.uleb128 .LVU2196
	.uleb128 .LVU2197
	.uleb128 .LVU2203
	.uleb128 .LVU2204
	.uleb128 .LVU2212
	.uleb128 .LVU2213
	.uleb128 .LVU2218
	.uleb128 .LVU2219
	.uleb128 .LVU2224
	.uleb128 .LVU2225
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2236
	.uleb128 0
.LLST11:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL268-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL278-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL292-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL299-.Ltext0
	.uleb128 .LVL301-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL323-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL327-.Ltext0
	.uleb128 .LVL328-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL330-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL337-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL339-.Ltext0
	.uleb128 .LVL340-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL342-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL350-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL351-.Ltext0
	.uleb128 .LVL352-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL359-.Ltext0
	.uleb128 .LVL360-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL362-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL363-.Ltext0
	.uleb128 .LVL364-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LVL372-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL374-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL375-.Ltext0
	.uleb128 .LVL376-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL378-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL380-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL382-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL387-.Ltext0
	.uleb128 .LVL388-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL390-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL398-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL399-.Ltext0
	.uleb128 .LVL400-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL402-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL406-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL408-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL409-.Ltext0
	.uleb128 .LVL410-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL411-.Ltext0
	.uleb128 .LVL412-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL416-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL418-.Ltext0
	.uleb128 .LVL419-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS12:
	.uleb128 .LVU42
	.uleb128 .LVU1775
	.uleb128 .LVU1777
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LFE24-.Ltext0
	.uleb128 0x1
	.byte	0x5e
	.byte	0
.LVUS117:
	.uleb128 .LVU1245
	.uleb128 .LVU1251
.LLST117:
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS119:
	.uleb128 .LVU1275
	.uleb128 .LVU1281
.LLST119:
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS115:
	.uleb128 .LVU1194
	.uleb128 .LVU1201
.LLST115:
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL217-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS123:
	.uleb128 .LVU1343
	.uleb128 .LVU1349
.LLST123:
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS113:
	.uleb128 .LVU1163
	.uleb128 .LVU1172
.LLST113:
	.byte	0x4
	.uleb128 .LVL212-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS110:
	.uleb128 .LVU1129
	.uleb128 .LVU1140
.LLST110:
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS111:
	.uleb128 .LVU1130
	.uleb128 .LVU1136
	.uleb128 .LVU1136
	.uleb128 .LVU1137
.LLST111:
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS107:
	.uleb128 .LVU1096
	.uleb128 .LVU1107
.LLST107:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS108:
	.uleb128 .LVU1097
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1104
.LLST108:
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS104:
	.uleb128 .LVU1063
	.uleb128 .LVU1074
.LLST104:
	.byte	0x4
	.uleb128 .LVL194-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS105:
	.uleb128 .LVU1064
	.uleb128 .LVU1070
	.uleb128 .LVU1070
	.uleb128 .LVU1071
.LLST105:
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL198-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL198-.Ltext0
	.uleb128 .LVL199-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS125:
	.uleb128 .LVU1375
	.uleb128 .LVU1376
	.uleb128 .LVU1376
	.uleb128 .LVU1386
	.uleb128 .LVU1864
	.uleb128 .LVU1867
.LLST125:
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL243-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL314-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS126:
	.uleb128 .LVU1376
	.uleb128 .LVU1381
	.uleb128 .LVU1381
	.uleb128 .LVU1382
	.uleb128 .LVU1864
	.uleb128 .LVU1866
	.uleb128 .LVU1866
	.uleb128 .LVU1867
.LLST126:
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LVL313-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL313-.Ltext0
	.uleb128 .LVL314-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS120:
	.uleb128 .LVU1308
	.uleb128 .LVU1319
.LLST120:
	.byte	0x4
	.uleb128 .LVL228-.Ltext0
	.uleb128 .LVL233-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS121:
	.uleb128 .LVU1309
	.uleb128 .LVU1314
	.uleb128 .LVU1314
	.uleb128 .LVU1315
.LLST121:
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -8
	.byte	0
.LVUS101:
	.uleb128 .LVU985
	.uleb128 .LVU992
	.uleb128 .LVU992
	.uleb128 .LVU995
.LLST101:
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS102:
	.uleb128 .LVU986
	.uleb128 .LVU995
.LLST102:
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS98:
	.uleb128 .LVU953
	.uleb128 .LVU960
	.uleb128 .LVU960
	.uleb128 .LVU963
.LLST98:
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS99:
	.uleb128 .LVU954
	.uleb128 .LVU963
.LLST99:
	.byte	0x4
	.uleb128 .LVL181-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS95:
	.uleb128 .LVU921
	.uleb128 .LVU928
	.uleb128 .LVU928
	.uleb128 .LVU931
.LLST95:
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL178-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS96:
	.uleb128 .LVU922
	.uleb128 .LVU931
.LLST96:
	.byte	0x4
	.uleb128 .LVL175-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS92:
	.uleb128 .LVU888
	.uleb128 .LVU899
.LLST92:
	.byte	0x4
	.uleb128 .LVL168-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS93:
	.uleb128 .LVU889
	.uleb128 .LVU895
	.uleb128 .LVU895
	.uleb128 .LVU896
.LLST93:
	.byte	0x4
	.uleb128 .LVL169-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS89:
	.uleb128 .LVU855
	.uleb128 .LVU866
.LLST89:
	.byte	0x4
	.uleb128 .LVL162-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS90:
	.uleb128 .LVU856
	.uleb128 .LVU862
	.uleb128 .LVU862
	.uleb128 .LVU863
.LLST90:
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS86:
	.uleb128 .LVU823
	.uleb128 .LVU833
.LLST86:
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS87:
	.uleb128 .LVU823
	.uleb128 .LVU827
	.uleb128 .LVU827
	.uleb128 .LVU830
.LLST87:
	.byte	0x4
	.uleb128 .LVL157-.Ltext0
	.uleb128 .LVL159-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS83:
	.uleb128 .LVU791
	.uleb128 .LVU801
.LLST83:
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS84:
	.uleb128 .LVU791
	.uleb128 .LVU795
	.uleb128 .LVU795
	.uleb128 .LVU798
.LLST84:
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LVL156-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS80:
	.uleb128 .LVU759
	.uleb128 .LVU769
.LLST80:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS81:
	.uleb128 .LVU759
	.uleb128 .LVU763
	.uleb128 .LVU763
	.uleb128 .LVU766
.LLST81:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL149-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS77:
	.uleb128 .LVU727
	.uleb128 .LVU737
.LLST77:
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS78:
	.uleb128 .LVU727
	.uleb128 .LVU731
	.uleb128 .LVU731
	.uleb128 .LVU734
.LLST78:
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LVL146-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS74:
	.uleb128 .LVU695
	.uleb128 .LVU705
.LLST74:
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS75:
	.uleb128 .LVU695
	.uleb128 .LVU699
	.uleb128 .LVU699
	.uleb128 .LVU702
.LLST75:
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS71:
	.uleb128 .LVU663
	.uleb128 .LVU673
.LLST71:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS72:
	.uleb128 .LVU663
	.uleb128 .LVU667
	.uleb128 .LVU667
	.uleb128 .LVU670
.LLST72:
	.byte	0x4
	.uleb128 .LVL132-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS128:
	.uleb128 .LVU1721
	.uleb128 .LVU1727
	.uleb128 .LVU1727
	.uleb128 .LVU1734
	.uleb128 .LVU1996
	.uleb128 .LVU2002
.LLST128:
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL277-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x2
	.byte	0x7b
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL352-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS64:
	.uleb128 .LVU524
	.uleb128 .LVU530
.LLST64:
	.byte	0x4
	.uleb128 .LVL110-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS62:
	.uleb128 .LVU492
	.uleb128 .LVU498
.LLST62:
	.byte	0x4
	.uleb128 .LVL104-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS60:
	.uleb128 .LVU472
	.uleb128 .LVU479
.LLST60:
	.byte	0x4
	.uleb128 .LVL101-.Ltext0
	.uleb128 .LVL103-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS58:
	.uleb128 .LVU453
	.uleb128 .LVU459
.LLST58:
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS56:
	.uleb128 .LVU431
	.uleb128 .LVU440
.LLST56:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL96-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS53:
	.uleb128 .LVU406
	.uleb128 .LVU417
.LLST53:
	.byte	0x4
	.uleb128 .LVL88-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS54:
	.uleb128 .LVU407
	.uleb128 .LVU413
	.uleb128 .LVU413
	.uleb128 .LVU414
.LLST54:
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL92-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL92-.Ltext0
	.uleb128 .LVL93-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS50:
	.uleb128 .LVU382
	.uleb128 .LVU393
.LLST50:
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS51:
	.uleb128 .LVU383
	.uleb128 .LVU389
	.uleb128 .LVU389
	.uleb128 .LVU390
.LLST51:
	.byte	0x4
	.uleb128 .LVL83-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS47:
	.uleb128 .LVU358
	.uleb128 .LVU369
.LLST47:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS48:
	.uleb128 .LVU359
	.uleb128 .LVU365
	.uleb128 .LVU365
	.uleb128 .LVU366
.LLST48:
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS68:
	.uleb128 .LVU630
	.uleb128 .LVU631
	.uleb128 .LVU631
	.uleb128 .LVU641
	.uleb128 .LVU1862
	.uleb128 .LVU1864
.LLST68:
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL131-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS69:
	.uleb128 .LVU631
	.uleb128 .LVU636
	.uleb128 .LVU636
	.uleb128 .LVU637
	.uleb128 .LVU1862
	.uleb128 .LVU1863
	.uleb128 .LVU1863
	.uleb128 .LVU1864
.LLST69:
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL310-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS65:
	.uleb128 .LVU602
	.uleb128 .LVU603
	.uleb128 .LVU603
	.uleb128 .LVU613
.LLST65:
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS66:
	.uleb128 .LVU603
	.uleb128 .LVU608
	.uleb128 .LVU608
	.uleb128 .LVU609
.LLST66:
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL122-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x2
	.byte	0x74
	.sleb128 -8
	.byte	0
.LVUS44:
	.uleb128 .LVU307
	.uleb128 .LVU314
	.uleb128 .LVU314
	.uleb128 .LVU317
.LLST44:
	.byte	0x4
	.uleb128 .LVL68-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS45:
	.uleb128 .LVU308
	.uleb128 .LVU317
.LLST45:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS41:
	.uleb128 .LVU284
	.uleb128 .LVU291
	.uleb128 .LVU291
	.uleb128 .LVU294
.LLST41:
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS42:
	.uleb128 .LVU285
	.uleb128 .LVU294
.LLST42:
	.byte	0x4
	.uleb128 .LVL63-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS38:
	.uleb128 .LVU260
	.uleb128 .LVU271
.LLST38:
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS39:
	.uleb128 .LVU261
	.uleb128 .LVU267
	.uleb128 .LVU267
	.uleb128 .LVU268
.LLST39:
	.byte	0x4
	.uleb128 .LVL57-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS35:
	.uleb128 .LVU236
	.uleb128 .LVU247
.LLST35:
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS36:
	.uleb128 .LVU237
	.uleb128 .LVU243
	.uleb128 .LVU243
	.uleb128 .LVU244
.LLST36:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LVL55-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS32:
	.uleb128 .LVU212
	.uleb128 .LVU223
.LLST32:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS33:
	.uleb128 .LVU213
	.uleb128 .LVU219
	.uleb128 .LVU219
	.uleb128 .LVU220
.LLST33:
	.byte	0x4
	.uleb128 .LVL45-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS29:
	.uleb128 .LVU189
	.uleb128 .LVU199
.LLST29:
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS30:
	.uleb128 .LVU189
	.uleb128 .LVU193
	.uleb128 .LVU193
	.uleb128 .LVU196
.LLST30:
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL41-.Ltext0
	.uleb128 .LVL43-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS26:
	.uleb128 .LVU166
	.uleb128 .LVU176
.LLST26:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS27:
	.uleb128 .LVU166
	.uleb128 .LVU170
	.uleb128 .LVU170
	.uleb128 .LVU173
.LLST27:
	.byte	0x4
	.uleb128 .LVL34-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS23:
	.uleb128 .LVU143
	.uleb128 .LVU148
	.uleb128 .LVU148
	.uleb128 .LVU153
.LLST23:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL31-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS24:
	.uleb128 .LVU144
	.uleb128 .LVU153
.LLST24:
	.byte	0x4
	.uleb128 .LVL29-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS20:
	.uleb128 .LVU120
	.uleb128 .LVU130
.LLST20:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS21:
	.uleb128 .LVU120
	.uleb128 .LVU124
	.uleb128 .LVU124
	.uleb128 .LVU127
.LLST21:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL25-.Ltext0
	.uleb128 .LVL27-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS17:
	.uleb128 .LVU97
	.uleb128 .LVU107
.LLST17:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS18:
	.uleb128 .LVU97
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU104
.LLST18:
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL20-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS14:
	.uleb128 .LVU74
	.uleb128 .LVU79
	.uleb128 .LVU79
	.uleb128 .LVU84
.LLST14:
	.byte	0x4
	.uleb128 .LVL12-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL15-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS15:
	.uleb128 .LVU75
	.uleb128 .LVU84
.LLST15:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS130:
	.uleb128 .LVU1808
	.uleb128 .LVU1814
	.uleb128 .LVU1814
	.uleb128 .LVU1821
	.uleb128 .LVU2131
	.uleb128 .LVU2137
.LLST130:
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x2
	.byte	0x7b
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL392-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS154:
	.uleb128 0
	.uleb128 .LVU2396
	.uleb128 .LVU2396
	.uleb128 .LVU2401
	.uleb128 .LVU2401
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 0
.LLST154:
	.byte	0x4
	.uleb128 .LVL470-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS155:
	.uleb128 .LVU2391
	.uleb128 .LVU2396
	.uleb128 .LVU2396
	.uleb128 .LVU2401
	.uleb128 .LVU2401
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 0
.LLST155:
	.byte	0x4
	.uleb128 .LVL470-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LFE25-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS157:
	.uleb128 .LVU2394
	.uleb128 .LVU2396
	.uleb128 .LVU2396
	.uleb128 .LVU2401
	.uleb128 .LVU2401
	.uleb128 .LVU2402
	.uleb128 .LVU2402
	.uleb128 .LVU2402
.LLST157:
	.byte	0x4
	.uleb128 .LVL471-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL477-1-.Ltext0
	.uleb128 .LVL477-.Ltext0
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
	.uleb128 .LBB8-.Ltext0
	.uleb128 .LBE8-.Ltext0
	.byte	0x4
	.uleb128 .LBB9-.Ltext0
	.uleb128 .LBE9-.Ltext0
	.byte	0
.LLRL16:
	.byte	0x4
	.uleb128 .LBB10-.Ltext0
	.uleb128 .LBE10-.Ltext0
	.byte	0x4
	.uleb128 .LBB11-.Ltext0
	.uleb128 .LBE11-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB12-.Ltext0
	.uleb128 .LBE12-.Ltext0
	.byte	0x4
	.uleb128 .LBB13-.Ltext0
	.uleb128 .LBE13-.Ltext0
	.byte	0
.LLRL22:
	.byte	0x4
	.uleb128 .LBB14-.Ltext0
	.uleb128 .LBE14-.Ltext0
	.byte	0x4
	.uleb128 .LBB15-.Ltext0
	.uleb128 .LBE15-.Ltext0
	.byte	0
.LLRL25:
	.byte	0x4
	.uleb128 .LBB16-.Ltext0
	.uleb128 .LBE16-.Ltext0
	.byte	0x4
	.uleb128 .LBB17-.Ltext0
	.uleb128 .LBE17-.Ltext0
	.byte	0
.LLRL28:
	.byte	0x4
	.uleb128 .LBB18-.Ltext0
	.uleb128 .LBE18-.Ltext0
	.byte	0x4
	.uleb128 .LBB19-.Ltext0
	.uleb128 .LBE19-.Ltext0
	.byte	0
.LLRL31:
	.byte	0x4
	.uleb128 .LBB20-.Ltext0
	.uleb128 .LBE20-.Ltext0
	.byte	0x4
	.uleb128 .LBB21-.Ltext0
	.uleb128 .LBE21-.Ltext0
	.byte	0
.LLRL34:
	.byte	0x4
	.uleb128 .LBB22-.Ltext0
	.uleb128 .LBE22-.Ltext0
	.byte	0x4
	.uleb128 .LBB23-.Ltext0
	.uleb128 .LBE23-.Ltext0
	.byte	0
.LLRL37:
	.byte	0x4
	.uleb128 .LBB24-.Ltext0
	.uleb128 .LBE24-.Ltext0
	.byte	0x4
	.uleb128 .LBB25-.Ltext0
	.uleb128 .LBE25-.Ltext0
	.byte	0
.LLRL40:
	.byte	0x4
	.uleb128 .LBB26-.Ltext0
	.uleb128 .LBE26-.Ltext0
	.byte	0x4
	.uleb128 .LBB27-.Ltext0
	.uleb128 .LBE27-.Ltext0
	.byte	0
.LLRL43:
	.byte	0x4
	.uleb128 .LBB28-.Ltext0
	.uleb128 .LBE28-.Ltext0
	.byte	0x4
	.uleb128 .LBB29-.Ltext0
	.uleb128 .LBE29-.Ltext0
	.byte	0
.LLRL46:
	.byte	0x4
	.uleb128 .LBB30-.Ltext0
	.uleb128 .LBE30-.Ltext0
	.byte	0x4
	.uleb128 .LBB31-.Ltext0
	.uleb128 .LBE31-.Ltext0
	.byte	0
.LLRL49:
	.byte	0x4
	.uleb128 .LBB32-.Ltext0
	.uleb128 .LBE32-.Ltext0
	.byte	0x4
	.uleb128 .LBB33-.Ltext0
	.uleb128 .LBE33-.Ltext0
	.byte	0
.LLRL52:
	.byte	0x4
	.uleb128 .LBB34-.Ltext0
	.uleb128 .LBE34-.Ltext0
	.byte	0x4
	.uleb128 .LBB35-.Ltext0
	.uleb128 .LBE35-.Ltext0
	.byte	0
.LLRL55:
	.byte	0x4
	.uleb128 .LBB36-.Ltext0
	.uleb128 .LBE36-.Ltext0
	.byte	0x4
	.uleb128 .LBB37-.Ltext0
	.uleb128 .LBE37-.Ltext0
	.byte	0
.LLRL57:
	.byte	0x4
	.uleb128 .LBB38-.Ltext0
	.uleb128 .LBE38-.Ltext0
	.byte	0x4
	.uleb128 .LBB39-.Ltext0
	.uleb128 .LBE39-.Ltext0
	.byte	0
.LLRL59:
	.byte	0x4
	.uleb128 .LBB40-.Ltext0
	.uleb128 .LBE40-.Ltext0
	.byte	0x4
	.uleb128 .LBB41-.Ltext0
	.uleb128 .LBE41-.Ltext0
	.byte	0
.LLRL61:
	.byte	0x4
	.uleb128 .LBB42-.Ltext0
	.uleb128 .LBE42-.Ltext0
	.byte	0x4
	.uleb128 .LBB43-.Ltext0
	.uleb128 .LBE43-.Ltext0
	.byte	0
.LLRL63:
	.byte	0x4
	.uleb128 .LBB44-.Ltext0
	.uleb128 .LBE44-.Ltext0
	.byte	0x4
	.uleb128 .LBB45-.Ltext0
	.uleb128 .LBE45-.Ltext0
	.byte	0
.LLRL67:
	.byte	0x4
	.uleb128 .LBB47-.Ltext0
	.uleb128 .LBE47-.Ltext0
	.byte	0x4
	.uleb128 .LBB90-.Ltext0
	.uleb128 .LBE90-.Ltext0
	.byte	0
.LLRL70:
	.byte	0x4
	.uleb128 .LBB48-.Ltext0
	.uleb128 .LBE48-.Ltext0
	.byte	0x4
	.uleb128 .LBB49-.Ltext0
	.uleb128 .LBE49-.Ltext0
	.byte	0
.LLRL73:
	.byte	0x4
	.uleb128 .LBB50-.Ltext0
	.uleb128 .LBE50-.Ltext0
	.byte	0x4
	.uleb128 .LBB51-.Ltext0
	.uleb128 .LBE51-.Ltext0
	.byte	0
.LLRL76:
	.byte	0x4
	.uleb128 .LBB52-.Ltext0
	.uleb128 .LBE52-.Ltext0
	.byte	0x4
	.uleb128 .LBB53-.Ltext0
	.uleb128 .LBE53-.Ltext0
	.byte	0
.LLRL79:
	.byte	0x4
	.uleb128 .LBB54-.Ltext0
	.uleb128 .LBE54-.Ltext0
	.byte	0x4
	.uleb128 .LBB55-.Ltext0
	.uleb128 .LBE55-.Ltext0
	.byte	0
.LLRL82:
	.byte	0x4
	.uleb128 .LBB56-.Ltext0
	.uleb128 .LBE56-.Ltext0
	.byte	0x4
	.uleb128 .LBB57-.Ltext0
	.uleb128 .LBE57-.Ltext0
	.byte	0
.LLRL85:
	.byte	0x4
	.uleb128 .LBB58-.Ltext0
	.uleb128 .LBE58-.Ltext0
	.byte	0x4
	.uleb128 .LBB59-.Ltext0
	.uleb128 .LBE59-.Ltext0
	.byte	0
.LLRL88:
	.byte	0x4
	.uleb128 .LBB60-.Ltext0
	.uleb128 .LBE60-.Ltext0
	.byte	0x4
	.uleb128 .LBB61-.Ltext0
	.uleb128 .LBE61-.Ltext0
	.byte	0
.LLRL91:
	.byte	0x4
	.uleb128 .LBB62-.Ltext0
	.uleb128 .LBE62-.Ltext0
	.byte	0x4
	.uleb128 .LBB63-.Ltext0
	.uleb128 .LBE63-.Ltext0
	.byte	0
.LLRL94:
	.byte	0x4
	.uleb128 .LBB64-.Ltext0
	.uleb128 .LBE64-.Ltext0
	.byte	0x4
	.uleb128 .LBB65-.Ltext0
	.uleb128 .LBE65-.Ltext0
	.byte	0
.LLRL97:
	.byte	0x4
	.uleb128 .LBB66-.Ltext0
	.uleb128 .LBE66-.Ltext0
	.byte	0x4
	.uleb128 .LBB67-.Ltext0
	.uleb128 .LBE67-.Ltext0
	.byte	0
.LLRL100:
	.byte	0x4
	.uleb128 .LBB68-.Ltext0
	.uleb128 .LBE68-.Ltext0
	.byte	0x4
	.uleb128 .LBB69-.Ltext0
	.uleb128 .LBE69-.Ltext0
	.byte	0
.LLRL103:
	.byte	0x4
	.uleb128 .LBB70-.Ltext0
	.uleb128 .LBE70-.Ltext0
	.byte	0x4
	.uleb128 .LBB71-.Ltext0
	.uleb128 .LBE71-.Ltext0
	.byte	0
.LLRL106:
	.byte	0x4
	.uleb128 .LBB72-.Ltext0
	.uleb128 .LBE72-.Ltext0
	.byte	0x4
	.uleb128 .LBB73-.Ltext0
	.uleb128 .LBE73-.Ltext0
	.byte	0
.LLRL109:
	.byte	0x4
	.uleb128 .LBB74-.Ltext0
	.uleb128 .LBE74-.Ltext0
	.byte	0x4
	.uleb128 .LBB75-.Ltext0
	.uleb128 .LBE75-.Ltext0
	.byte	0
.LLRL112:
	.byte	0x4
	.uleb128 .LBB76-.Ltext0
	.uleb128 .LBE76-.Ltext0
	.byte	0x4
	.uleb128 .LBB77-.Ltext0
	.uleb128 .LBE77-.Ltext0
	.byte	0
.LLRL114:
	.byte	0x4
	.uleb128 .LBB78-.Ltext0
	.uleb128 .LBE78-.Ltext0
	.byte	0x4
	.uleb128 .LBB79-.Ltext0
	.uleb128 .LBE79-.Ltext0
	.byte	0
.LLRL116:
	.byte	0x4
	.uleb128 .LBB80-.Ltext0
	.uleb128 .LBE80-.Ltext0
	.byte	0x4
	.uleb128 .LBB81-.Ltext0
	.uleb128 .LBE81-.Ltext0
	.byte	0
.LLRL118:
	.byte	0x4
	.uleb128 .LBB82-.Ltext0
	.uleb128 .LBE82-.Ltext0
	.byte	0x4
	.uleb128 .LBB83-.Ltext0
	.uleb128 .LBE83-.Ltext0
	.byte	0
.LLRL122:
	.byte	0x4
	.uleb128 .LBB85-.Ltext0
	.uleb128 .LBE85-.Ltext0
	.byte	0x4
	.uleb128 .LBB86-.Ltext0
	.uleb128 .LBE86-.Ltext0
	.byte	0
.LLRL124:
	.byte	0x4
	.uleb128 .LBB87-.Ltext0
	.uleb128 .LBE87-.Ltext0
	.byte	0x4
	.uleb128 .LBB91-.Ltext0
	.uleb128 .LBE91-.Ltext0
	.byte	0
.LLRL127:
	.byte	0x4
	.uleb128 .LBB88-.Ltext0
	.uleb128 .LBE88-.Ltext0
	.byte	0x4
	.uleb128 .LBB92-.Ltext0
	.uleb128 .LBE92-.Ltext0
	.byte	0
.LLRL129:
	.byte	0x4
	.uleb128 .LBB89-.Ltext0
	.uleb128 .LBE89-.Ltext0
	.byte	0x4
	.uleb128 .LBB93-.Ltext0
	.uleb128 .LBE93-.Ltext0
	.byte	0
.LLRL141:
	.byte	0x4
	.uleb128 .LBB94-.Ltext0
	.uleb128 .LBE94-.Ltext0
	.byte	0x4
	.uleb128 .LBB110-.Ltext0
	.uleb128 .LBE110-.Ltext0
	.byte	0x4
	.uleb128 .LBB111-.Ltext0
	.uleb128 .LBE111-.Ltext0
	.byte	0
.LLRL143:
	.byte	0x4
	.uleb128 .LBB95-.Ltext0
	.uleb128 .LBE95-.Ltext0
	.byte	0x4
	.uleb128 .LBB108-.Ltext0
	.uleb128 .LBE108-.Ltext0
	.byte	0x4
	.uleb128 .LBB109-.Ltext0
	.uleb128 .LBE109-.Ltext0
	.byte	0
.LLRL145:
	.byte	0x4
	.uleb128 .LBB96-.Ltext0
	.uleb128 .LBE96-.Ltext0
	.byte	0x4
	.uleb128 .LBB105-.Ltext0
	.uleb128 .LBE105-.Ltext0
	.byte	0x4
	.uleb128 .LBB106-.Ltext0
	.uleb128 .LBE106-.Ltext0
	.byte	0x4
	.uleb128 .LBB107-.Ltext0
	.uleb128 .LBE107-.Ltext0
	.byte	0
.LLRL147:
	.byte	0x4
	.uleb128 .LBB97-.Ltext0
	.uleb128 .LBE97-.Ltext0
	.byte	0x4
	.uleb128 .LBB101-.Ltext0
	.uleb128 .LBE101-.Ltext0
	.byte	0x4
	.uleb128 .LBB102-.Ltext0
	.uleb128 .LBE102-.Ltext0
	.byte	0x4
	.uleb128 .LBB103-.Ltext0
	.uleb128 .LBE103-.Ltext0
	.byte	0x4
	.uleb128 .LBB104-.Ltext0
	.uleb128 .LBE104-.Ltext0
	.byte	0
.LLRL152:
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
.LLRL156:
	.byte	0x4
	.uleb128 .LBB114-.Ltext0
	.uleb128 .LBE114-.Ltext0
	.byte	0x4
	.uleb128 .LBB117-.Ltext0
	.uleb128 .LBE117-.Ltext0
	.byte	0
.LLRL165:
	.byte	0x4
	.uleb128 .LBB141-.Ltext0
	.uleb128 .LBE141-.Ltext0
	.byte	0x4
	.uleb128 .LBB148-.Ltext0
	.uleb128 .LBE148-.Ltext0
	.byte	0
.LLRL167:
	.byte	0x4
	.uleb128 .LBB149-.Ltext0
	.uleb128 .LBE149-.Ltext0
	.byte	0x4
	.uleb128 .LBB156-.Ltext0
	.uleb128 .LBE156-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF600:
	.string	"dl_trap_119"
.LASF314:
	.string	"extents"
.LASF100:
	.string	"OP_NEG"
.LASF154:
	.string	"ST_OUTPUT"
.LASF385:
	.string	"L_LT"
.LASF433:
	.string	"E_MOD"
.LASF9:
	.string	"size_t"
.LASF347:
	.string	"L_DROP"
.LASF341:
	.string	"engine"
.LASF339:
	.string	"next_copied"
.LASF500:
	.string	"dl_checked_DUP_19"
.LASF84:
	.string	"cell"
.LASF471:
	.string	"E_LOAD"
.LASF79:
	.string	"__jmp_buf_tag"
.LASF397:
	.string	"L_JNZ"
.LASF434:
	.string	"CE_NEG"
.LASF644:
	.string	"dl_trap_163"
.LASF60:
	.string	"_IO_codecvt"
.LASF645:
	.string	"dl_trap_164"
.LASF127:
	.string	"FLOW_CALL"
.LASF647:
	.string	"dl_trap_166"
.LASF506:
	.string	"dl_checked_SWAP_25"
.LASF649:
	.string	"dl_trap_168"
.LASF19:
	.string	"int32_t"
.LASF182:
	.string	"POPS_DUP"
.LASF340:
	.string	"read_handlers"
.LASF475:
	.string	"E_PRINT"
.LASF186:
	.string	"PUSHES_SWAP"
.LASF321:
	.string	"codegen_dispatch"
.LASF40:
	.string	"_IO_save_end"
.LASF746:
	.string	"dl_handler_NEG_265"
.LASF129:
	.string	"FLOW_STOP"
.LASF689:
	.string	"dl_trap_208"
.LASF266:
	.string	"POPS_STORE"
.LASF353:
	.string	"L_OVER"
.LASF324:
	.string	"codegen_map"
.LASF123:
	.string	"flow"
.LASF568:
	.string	"dl_checked_AND_87"
.LASF197:
	.string	"POPS_SUB"
.LASF828:
	.string	"dl_handler_HALT_347"
.LASF641:
	.string	"dl_dispatch_160"
.LASF472:
	.string	"CE_STORE"
.LASF642:
	.string	"dl_dispatch_161"
.LASF383:
	.string	"L_NE"
.LASF33:
	.string	"_IO_write_base"
.LASF395:
	.string	"L_JZ"
.LASF670:
	.string	"dl_checked_RET_189"
.LASF201:
	.string	"PUSHES_MUL"
.LASF66:
	.string	"PIECE_ENTRY"
.LASF542:
	.string	"dl_checked_DIV_61"
.LASF628:
	.string	"dl_checked_GE_147"
.LASF773:
	.string	"dl_handler_LT_292"
.LASF174:
	.string	"PUSHES_NOP"
.LASF74:
	.string	"piece"
.LASF396:
	.string	"C_JNZ"
.LASF49:
	.string	"_lock"
.LASF213:
	.string	"PUSHES_NOT"
.LASF785:
	.string	"dl_handler_JMP_304"
.LASF519:
	.string	"dl_trap_38"
.LASF520:
	.string	"dl_trap_39"
.LASF289:
	.string	"NSLOTS_AND"
.LASF230:
	.string	"POPS_EQ"
.LASF750:
	.string	"dl_dispatch_269"
.LASF122:
	.string	"OP__COUNT"
.LASF276:
	.string	"NSLOTS_PUSH"
.LASF421:
	.string	"E_OVER"
.LASF309:
	.string	"target"
.LASF222:
	.string	"PUSHES_XOR"
.LASF488:
	.string	"dl_checked_PUSH_7"
.LASF38:
	.string	"_IO_save_base"
.LASF586:
	.string	"dl_checked_SHL_105"
.LASF655:
	.string	"dl_trap_174"
.LASF270:
	.string	"PUSHES_PRINT"
.LASF262:
	.string	"FLOW_OF_RET"
.LASF485:
	.string	"dl_trap_4"
.LASF758:
	.string	"dl_handler_XOR_277"
.LASF694:
	.string	"dl_trap_213"
.LASF147:
	.string	"ST_DIV_ZERO"
.LASF695:
	.string	"dl_trap_214"
.LASF697:
	.string	"dl_trap_216"
.LASF450:
	.string	"CE_NE"
.LASF698:
	.string	"dl_trap_217"
.LASF42:
	.string	"_chain"
.LASF699:
	.string	"dl_trap_218"
.LASF136:
	.string	"program"
.LASF359:
	.string	"L_SUB"
.LASF46:
	.string	"_cur_column"
.LASF195:
	.string	"PUSHES_ADD"
.LASF106:
	.string	"OP_SHR"
.LASF76:
	.string	"kind"
.LASF10:
	.string	"__uint8_t"
.LASF361:
	.string	"L_MUL"
.LASF148:
	.string	"ST_UNDERFLOW"
.LASF319:
	.string	"dispatch"
.LASF98:
	.string	"OP_DIV"
.LASF155:
	.string	"result"
.LASF752:
	.string	"dl_handler_AND_271"
.LASF494:
	.string	"dl_checked_DROP_13"
.LASF99:
	.string	"OP_MOD"
.LASF400:
	.string	"C_RET"
.LASF805:
	.string	"dl_count_324"
.LASF160:
	.string	"rstack"
.LASF208:
	.string	"FLOW_OF_MOD"
.LASF351:
	.string	"L_SWAP"
.LASF444:
	.string	"CE_SHL"
.LASF585:
	.string	"dl_dispatch_104"
.LASF692:
	.string	"dl_dispatch_211"
.LASF294:
	.string	"NSLOTS_EQ"
.LASF446:
	.string	"CE_SHR"
.LASF245:
	.string	"POPS_GE"
.LASF357:
	.string	"L_ADD"
.LASF728:
	.string	"dl_dispatch_247"
.LASF94:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF375:
	.string	"L_XOR"
.LASF242:
	.string	"POPS_GT"
.LASF430:
	.string	"CE_DIV"
.LASF261:
	.string	"PUSHES_RET"
.LASF411:
	.string	"E_NOP"
.LASF432:
	.string	"CE_MOD"
.LASF306:
	.string	"NSLOTS_STORE"
.LASF662:
	.string	"dl_trap_181"
.LASF663:
	.string	"dl_trap_182"
.LASF664:
	.string	"dl_trap_183"
.LASF498:
	.string	"dl_trap_17"
.LASF665:
	.string	"dl_trap_184"
.LASF667:
	.string	"dl_trap_186"
.LASF59:
	.string	"_IO_marker"
.LASF522:
	.string	"dl_trap_41"
.LASF269:
	.string	"POPS_PRINT"
.LASF307:
	.string	"NSLOTS_PRINT"
.LASF422:
	.string	"CE_ROT"
.LASF525:
	.string	"dl_trap_44"
.LASF526:
	.string	"dl_trap_45"
.LASF75:
	.string	"copy"
.LASF246:
	.string	"PUSHES_GE"
.LASF419:
	.string	"E_SWAP"
.LASF158:
	.string	"error"
.LASF241:
	.string	"FLOW_OF_LE"
.LASF107:
	.string	"OP_EQ"
.LASF480:
	.string	"trap"
.LASF334:
	.string	"codegen_describe"
.LASF366:
	.string	"C_NEG"
.LASF215:
	.string	"POPS_AND"
.LASF461:
	.string	"E_JMP"
.LASF299:
	.string	"NSLOTS_GE"
.LASF668:
	.string	"dl_dispatch_187"
.LASF669:
	.string	"dl_dispatch_188"
.LASF249:
	.string	"PUSHES_JMP"
.LASF8:
	.string	"signed char"
.LASF24:
	.string	"uint8_t"
.LASF298:
	.string	"NSLOTS_GT"
.LASF686:
	.string	"dl_checked_STORE_205"
.LASF62:
	.string	"_IO_FILE"
.LASF707:
	.string	"dl_dispatch_226"
.LASF749:
	.string	"dl_handler_NOT_268"
.LASF429:
	.string	"E_MUL"
.LASF709:
	.string	"dl_dispatch_228"
.LASF61:
	.string	"_IO_wide_data"
.LASF652:
	.string	"dl_checked_JNZ_171"
.LASF137:
	.string	"file"
.LASF173:
	.string	"POPS_NOP"
.LASF437:
	.string	"E_NOT"
.LASF304:
	.string	"NSLOTS_RET"
.LASF504:
	.string	"dl_trap_23"
.LASF671:
	.string	"dl_trap_190"
.LASF673:
	.string	"dl_trap_192"
.LASF507:
	.string	"dl_trap_26"
.LASF674:
	.string	"dl_trap_193"
.LASF5:
	.string	"unsigned char"
.LASF373:
	.string	"L_OR"
.LASF676:
	.string	"dl_trap_195"
.LASF425:
	.string	"E_ADD"
.LASF53:
	.string	"_freeres_list"
.LASF167:
	.string	"unavailable"
.LASF443:
	.string	"E_XOR"
.LASF591:
	.string	"dl_dispatch_110"
.LASF754:
	.string	"dl_dispatch_273"
.LASF597:
	.string	"dl_dispatch_116"
.LASF823:
	.string	"dl_handler_PRINT_342"
.LASF790:
	.string	"dl_dispatch_309"
.LASF255:
	.string	"PUSHES_JNZ"
.LASF176:
	.string	"POPS_PUSH"
.LASF739:
	.string	"dl_dispatch_258"
.LASF112:
	.string	"OP_GE"
.LASF89:
	.string	"OP_PUSH"
.LASF717:
	.string	"dl_handler_DUP_236"
.LASF251:
	.string	"POPS_JZ"
.LASF65:
	.string	"_Bool"
.LASF111:
	.string	"OP_GT"
.LASF183:
	.string	"PUSHES_DUP"
.LASF322:
	.string	"codegen_relocatable"
.LASF303:
	.string	"NSLOTS_CALL"
.LASF316:
	.string	"mapped"
.LASF305:
	.string	"NSLOTS_LOAD"
.LASF18:
	.string	"char"
.LASF405:
	.string	"L_STORE"
.LASF534:
	.string	"dl_trap_53"
.LASF604:
	.string	"dl_checked_NE_123"
.LASF390:
	.string	"C_GE"
.LASF609:
	.string	"dl_dispatch_128"
.LASF537:
	.string	"dl_trap_56"
.LASF198:
	.string	"PUSHES_SUB"
.LASF465:
	.string	"E_JNZ"
.LASF274:
	.string	"FLOW_OF_HALT"
.LASF719:
	.string	"dl_dispatch_238"
.LASF556:
	.string	"dl_checked_NEG_75"
.LASF273:
	.string	"PUSHES_HALT"
.LASF172:
	.string	"describe"
.LASF135:
	.string	"span"
.LASF369:
	.string	"L_NOT"
.LASF388:
	.string	"C_GT"
.LASF833:
	.string	"_IO_lock_t"
.LASF476:
	.string	"CE_HALT"
.LASF211:
	.string	"FLOW_OF_NEG"
.LASF513:
	.string	"dl_trap_32"
.LASF625:
	.string	"dl_trap_144"
.LASF515:
	.string	"dl_trap_34"
.LASF797:
	.string	"dl_handler_JNZ_316"
.LASF438:
	.string	"CE_AND"
.LASF344:
	.string	"C_PUSH"
.LASF277:
	.string	"NSLOTS_DROP"
.LASF72:
	.string	"PIECE_SLOW"
.LASF327:
	.string	"calloc"
.LASF166:
	.string	"summary"
.LASF268:
	.string	"FLOW_OF_STORE"
.LASF615:
	.string	"dl_dispatch_134"
.LASF376:
	.string	"C_SHL"
.LASF163:
	.string	"prog"
.LASF378:
	.string	"C_SHR"
.LASF239:
	.string	"POPS_LE"
.LASF301:
	.string	"NSLOTS_JZ"
.LASF518:
	.string	"dl_checked_ROT_37"
.LASF30:
	.string	"_IO_read_ptr"
.LASF330:
	.string	"codegen_unmap"
.LASF349:
	.string	"L_DUP"
.LASF236:
	.string	"POPS_LT"
.LASF362:
	.string	"C_DIV"
.LASF364:
	.string	"C_MOD"
.LASF151:
	.string	"ST_ROVERFLOW"
.LASF562:
	.string	"dl_checked_NOT_81"
.LASF723:
	.string	"dl_handler_OVER_242"
.LASF280:
	.string	"NSLOTS_OVER"
.LASF355:
	.string	"L_ROT"
.LASF621:
	.string	"dl_dispatch_140"
.LASF97:
	.string	"OP_MUL"
.LASF260:
	.string	"POPS_RET"
.LASF627:
	.string	"dl_dispatch_146"
.LASF69:
	.string	"PIECE_DISPATCH"
.LASF41:
	.string	"_markers"
.LASF725:
	.string	"dl_dispatch_244"
.LASF88:
	.string	"OP_NOP"
.LASF727:
	.string	"dl_dispatch_246"
.LASF101:
	.string	"OP_NOT"
.LASF580:
	.string	"dl_checked_XOR_99"
.LASF726:
	.string	"dl_handler_ROT_245"
.LASF134:
	.string	"need"
.LASF162:
	.string	"limit"
.LASF711:
	.string	"dl_handler_PUSH_230"
.LASF760:
	.string	"dl_dispatch_279"
.LASF781:
	.string	"dl_dispatch_300"
.LASF185:
	.string	"POPS_SWAP"
.LASF95:
	.string	"OP_ADD"
.LASF380:
	.string	"C_EQ"
.LASF428:
	.string	"CE_MUL"
.LASF104:
	.string	"OP_XOR"
.LASF786:
	.string	"dl_dispatch_305"
.LASF114:
	.string	"OP_JZ"
.LASF410:
	.string	"CE_NOP"
.LASF449:
	.string	"E_EQ"
.LASF297:
	.string	"NSLOTS_LE"
.LASF436:
	.string	"CE_NOT"
.LASF592:
	.string	"dl_checked_SHR_111"
.LASF633:
	.string	"dl_dispatch_152"
.LASF161:
	.string	"max_steps"
.LASF296:
	.string	"NSLOTS_LT"
.LASF233:
	.string	"POPS_NE"
.LASF424:
	.string	"CE_ADD"
.LASF740:
	.string	"dl_trap_259"
.LASF581:
	.string	"dl_trap_100"
.LASF582:
	.string	"dl_trap_101"
.LASF583:
	.string	"dl_trap_102"
.LASF584:
	.string	"dl_trap_103"
.LASF442:
	.string	"CE_XOR"
.LASF588:
	.string	"dl_trap_107"
.LASF589:
	.string	"dl_trap_108"
.LASF590:
	.string	"dl_trap_109"
.LASF50:
	.string	"_offset"
.LASF738:
	.string	"dl_handler_DIV_257"
.LASF735:
	.string	"dl_handler_MUL_254"
.LASF407:
	.string	"L_PRINT"
.LASF226:
	.string	"FLOW_OF_SHL"
.LASF417:
	.string	"E_DUP"
.LASF229:
	.string	"FLOW_OF_SHR"
.LASF776:
	.string	"dl_handler_LE_295"
.LASF650:
	.string	"dl_dispatch_169"
.LASF499:
	.string	"dl_dispatch_18"
.LASF685:
	.string	"dl_dispatch_204"
.LASF661:
	.string	"dl_checked_CALL_180"
.LASF737:
	.string	"dl_dispatch_256"
.LASF287:
	.string	"NSLOTS_NEG"
.LASF593:
	.string	"dl_trap_112"
.LASF15:
	.string	"__uint64_t"
.LASF205:
	.string	"FLOW_OF_DIV"
.LASF596:
	.string	"dl_trap_115"
.LASF392:
	.string	"C_JMP"
.LASF218:
	.string	"POPS_OR"
.LASF110:
	.string	"OP_LE"
.LASF2:
	.string	"long unsigned int"
.LASF427:
	.string	"E_SUB"
.LASF257:
	.string	"POPS_CALL"
.LASF216:
	.string	"PUSHES_AND"
.LASF720:
	.string	"dl_handler_SWAP_239"
.LASF263:
	.string	"POPS_LOAD"
.LASF279:
	.string	"NSLOTS_SWAP"
.LASF109:
	.string	"OP_LT"
.LASF459:
	.string	"E_GE"
.LASF116:
	.string	"OP_CALL"
.LASF44:
	.string	"_flags2"
.LASF118:
	.string	"OP_LOAD"
.LASF193:
	.string	"FLOW_OF_ROT"
.LASF295:
	.string	"NSLOTS_NE"
.LASF710:
	.string	"dl_dispatch_229"
.LASF457:
	.string	"E_GT"
.LASF804:
	.string	"dl_dispatch_323"
.LASF32:
	.string	"_IO_read_base"
.LASF651:
	.string	"dl_dispatch_170"
.LASF744:
	.string	"dl_trap_263"
.LASF659:
	.string	"dl_dispatch_178"
.LASF660:
	.string	"dl_dispatch_179"
.LASF141:
	.string	"line"
.LASF779:
	.string	"dl_handler_GT_298"
.LASF491:
	.string	"dl_trap_10"
.LASF492:
	.string	"dl_trap_11"
.LASF757:
	.string	"dl_dispatch_276"
.LASF700:
	.string	"dl_dispatch_219"
.LASF495:
	.string	"dl_trap_14"
.LASF496:
	.string	"dl_trap_15"
.LASF497:
	.string	"dl_trap_16"
.LASF57:
	.string	"_unused2"
.LASF759:
	.string	"dl_dispatch_278"
.LASF605:
	.string	"dl_trap_124"
.LASF606:
	.string	"dl_trap_125"
.LASF607:
	.string	"dl_trap_126"
.LASF608:
	.string	"dl_trap_127"
.LASF143:
	.string	"nlabels"
.LASF179:
	.string	"POPS_DROP"
.LASF792:
	.string	"dl_dispatch_311"
.LASF281:
	.string	"NSLOTS_ROT"
.LASF81:
	.string	"__mask_was_saved"
.LASF27:
	.string	"uintptr_t"
.LASF90:
	.string	"OP_DROP"
.LASF798:
	.string	"dl_dispatch_317"
.LASF610:
	.string	"dl_checked_LT_129"
.LASF45:
	.string	"_old_offset"
.LASF398:
	.string	"C_CALL"
.LASF113:
	.string	"OP_JMP"
.LASF290:
	.string	"NSLOTS_OR"
.LASF402:
	.string	"C_LOAD"
.LASF569:
	.string	"dl_trap_88"
.LASF501:
	.string	"dl_trap_20"
.LASF502:
	.string	"dl_trap_21"
.LASF503:
	.string	"dl_trap_22"
.LASF371:
	.string	"L_AND"
.LASF611:
	.string	"dl_trap_130"
.LASF337:
	.string	"emit_copies"
.LASF508:
	.string	"dl_trap_27"
.LASF509:
	.string	"dl_trap_28"
.LASF510:
	.string	"dl_trap_29"
.LASF312:
	.string	"first"
.LASF618:
	.string	"dl_trap_137"
.LASF619:
	.string	"dl_trap_138"
.LASF108:
	.string	"OP_NE"
.LASF783:
	.string	"dl_dispatch_302"
.LASF784:
	.string	"dl_dispatch_303"
.LASF332:
	.string	"vm_stop"
.LASF188:
	.string	"POPS_OVER"
.LASF247:
	.string	"FLOW_OF_GE"
.LASF801:
	.string	"dl_dispatch_320"
.LASF544:
	.string	"dl_trap_63"
.LASF394:
	.string	"C_JZ"
.LASF547:
	.string	"dl_trap_66"
.LASF460:
	.string	"CE_JMP"
.LASF93:
	.string	"OP_OVER"
.LASF13:
	.string	"__uint32_t"
.LASF448:
	.string	"CE_EQ"
.LASF170:
	.string	"prepare_failure"
.LASF4:
	.string	"long long int"
.LASF487:
	.string	"dl_dispatch_6"
.LASF86:
	.string	"piece_kind"
.LASF346:
	.string	"C_DROP"
.LASF677:
	.string	"dl_dispatch_196"
.LASF678:
	.string	"dl_dispatch_197"
.LASF712:
	.string	"dl_dispatch_231"
.LASF713:
	.string	"dl_dispatch_232"
.LASF715:
	.string	"dl_dispatch_234"
.LASF716:
	.string	"dl_dispatch_235"
.LASF718:
	.string	"dl_dispatch_237"
.LASF115:
	.string	"OP_JNZ"
.LASF514:
	.string	"dl_trap_33"
.LASF415:
	.string	"E_DROP"
.LASF516:
	.string	"dl_trap_35"
.LASF688:
	.string	"dl_trap_207"
.LASF623:
	.string	"dl_trap_142"
.LASF483:
	.string	"dl_trap_2"
.LASF409:
	.string	"L_HALT"
.LASF144:
	.string	"proven"
.LASF431:
	.string	"E_DIV"
.LASF629:
	.string	"dl_trap_148"
.LASF489:
	.string	"dl_trap_8"
.LASF490:
	.string	"dl_trap_9"
.LASF830:
	.string	"dl_trap_349"
.LASF404:
	.string	"C_STORE"
.LASF292:
	.string	"NSLOTS_SHL"
.LASF103:
	.string	"OP_OR"
.LASF524:
	.string	"dl_checked_ADD_43"
.LASF293:
	.string	"NSLOTS_SHR"
.LASF360:
	.string	"C_MUL"
.LASF35:
	.string	"_IO_write_end"
.LASF209:
	.string	"POPS_NEG"
.LASF493:
	.string	"dl_dispatch_12"
.LASF133:
	.string	"frame"
.LASF342:
	.string	"C_NOP"
.LASF464:
	.string	"CE_JNZ"
.LASF368:
	.string	"C_NOT"
.LASF285:
	.string	"NSLOTS_DIV"
.LASF153:
	.string	"ST_STEPS"
.LASF286:
	.string	"NSLOTS_MOD"
.LASF721:
	.string	"dl_dispatch_240"
.LASF352:
	.string	"C_OVER"
.LASF819:
	.string	"dl_handler_STORE_338"
.LASF724:
	.string	"dl_dispatch_243"
.LASF481:
	.string	"dl_dispatch_0"
.LASF521:
	.string	"dl_trap_40"
.LASF96:
	.string	"OP_SUB"
.LASF730:
	.string	"dl_dispatch_249"
.LASF356:
	.string	"C_ADD"
.LASF254:
	.string	"POPS_JNZ"
.LASF527:
	.string	"dl_trap_46"
.LASF528:
	.string	"dl_trap_47"
.LASF769:
	.string	"dl_dispatch_288"
.LASF635:
	.string	"dl_trap_154"
.LASF636:
	.string	"dl_trap_155"
.LASF637:
	.string	"dl_trap_156"
.LASF149:
	.string	"ST_OVERFLOW"
.LASF374:
	.string	"C_XOR"
.LASF640:
	.string	"dl_trap_159"
.LASF795:
	.string	"dl_dispatch_314"
.LASF140:
	.string	"count"
.LASF63:
	.string	"emit"
.LASF767:
	.string	"dl_handler_EQ_286"
.LASF553:
	.string	"dl_trap_72"
.LASF477:
	.string	"E_HALT"
.LASF458:
	.string	"CE_GE"
.LASF175:
	.string	"FLOW_OF_NOP"
.LASF335:
	.string	"prepared"
.LASF557:
	.string	"dl_trap_76"
.LASF36:
	.string	"_IO_buf_base"
.LASF558:
	.string	"dl_trap_77"
.LASF505:
	.string	"dl_dispatch_24"
.LASF439:
	.string	"E_AND"
.LASF336:
	.string	"dispatcher_inline"
.LASF456:
	.string	"CE_GT"
.LASF7:
	.string	"unsigned int"
.LASF426:
	.string	"CE_SUB"
.LASF598:
	.string	"dl_checked_EQ_117"
.LASF91:
	.string	"OP_DUP"
.LASF549:
	.string	"dl_checked_MOD_68"
.LASF731:
	.string	"dl_dispatch_250"
.LASF733:
	.string	"dl_dispatch_252"
.LASF734:
	.string	"dl_dispatch_253"
.LASF523:
	.string	"dl_dispatch_42"
.LASF736:
	.string	"dl_dispatch_255"
.LASF531:
	.string	"dl_trap_50"
.LASF532:
	.string	"dl_trap_51"
.LASF533:
	.string	"dl_trap_52"
.LASF231:
	.string	"PUSHES_EQ"
.LASF777:
	.string	"dl_dispatch_296"
.LASF178:
	.string	"FLOW_OF_PUSH"
.LASF538:
	.string	"dl_trap_57"
.LASF539:
	.string	"dl_trap_58"
.LASF540:
	.string	"dl_trap_59"
.LASF646:
	.string	"dl_trap_165"
.LASF595:
	.string	"dl_trap_114"
.LASF386:
	.string	"C_LE"
.LASF681:
	.string	"dl_trap_200"
.LASF682:
	.string	"dl_trap_201"
.LASF683:
	.string	"dl_trap_202"
.LASF684:
	.string	"dl_trap_203"
.LASF55:
	.string	"__pad5"
.LASF687:
	.string	"dl_trap_206"
.LASF92:
	.string	"OP_SWAP"
.LASF639:
	.string	"dl_count_158"
.LASF690:
	.string	"dl_trap_209"
.LASF412:
	.string	"CE_PUSH"
.LASF384:
	.string	"C_LT"
.LASF455:
	.string	"E_LE"
.LASF511:
	.string	"dl_dispatch_30"
.LASF479:
	.string	"trap_at"
.LASF517:
	.string	"dl_dispatch_36"
.LASF253:
	.string	"FLOW_OF_JZ"
.LASF453:
	.string	"E_LT"
.LASF142:
	.string	"labels"
.LASF741:
	.string	"dl_dispatch_260"
.LASF743:
	.string	"dl_dispatch_262"
.LASF156:
	.string	"total"
.LASF745:
	.string	"dl_dispatch_264"
.LASF29:
	.string	"_flags"
.LASF747:
	.string	"dl_dispatch_266"
.LASF748:
	.string	"dl_dispatch_267"
.LASF543:
	.string	"dl_trap_62"
.LASF132:
	.string	"offset"
.LASF545:
	.string	"dl_trap_64"
.LASF546:
	.string	"dl_trap_65"
.LASF468:
	.string	"CE_RET"
.LASF653:
	.string	"dl_trap_172"
.LASF654:
	.string	"dl_trap_173"
.LASF550:
	.string	"dl_trap_69"
.LASF656:
	.string	"dl_trap_175"
.LASF789:
	.string	"dl_dispatch_308"
.LASF658:
	.string	"dl_trap_177"
.LASF802:
	.string	"dl_dispatch_321"
.LASF691:
	.string	"dl_trap_210"
.LASF82:
	.string	"__saved_mask"
.LASF56:
	.string	"_mode"
.LASF696:
	.string	"dl_trap_215"
.LASF648:
	.string	"dl_count_167"
.LASF202:
	.string	"FLOW_OF_MUL"
.LASF807:
	.string	"dl_dispatch_326"
.LASF808:
	.string	"dl_dispatch_327"
.LASF80:
	.string	"__jmpbuf"
.LASF810:
	.string	"dl_dispatch_329"
.LASF565:
	.string	"dl_trap_84"
.LASF51:
	.string	"_codecvt"
.LASF214:
	.string	"FLOW_OF_NOT"
.LASF570:
	.string	"dl_trap_89"
.LASF616:
	.string	"dl_checked_LE_135"
.LASF78:
	.string	"__jmp_buf"
.LASF350:
	.string	"C_SWAP"
.LASF529:
	.string	"dl_dispatch_48"
.LASF816:
	.string	"dl_dispatch_335"
.LASF377:
	.string	"L_SHL"
.LASF152:
	.string	"ST_ADDRESS"
.LASF171:
	.string	"slow_prepare"
.LASF224:
	.string	"POPS_SHL"
.LASF196:
	.string	"FLOW_OF_ADD"
.LASF751:
	.string	"dl_dispatch_270"
.LASF125:
	.string	"FLOW_JUMP"
.LASF753:
	.string	"dl_dispatch_272"
.LASF227:
	.string	"POPS_SHR"
.LASF756:
	.string	"dl_dispatch_275"
.LASF551:
	.string	"dl_trap_70"
.LASF552:
	.string	"dl_trap_71"
.LASF223:
	.string	"FLOW_OF_XOR"
.LASF554:
	.string	"dl_trap_73"
.LASF587:
	.string	"dl_trap_106"
.LASF778:
	.string	"dl_dispatch_297"
.LASF243:
	.string	"PUSHES_GT"
.LASF326:
	.string	"thread_new"
.LASF559:
	.string	"dl_trap_78"
.LASF560:
	.string	"dl_trap_79"
.LASF71:
	.string	"PIECE_FAST"
.LASF536:
	.string	"dl_checked_MUL_55"
.LASF382:
	.string	"C_NE"
.LASF702:
	.string	"dl_trap_221"
.LASF703:
	.string	"dl_trap_222"
.LASF704:
	.string	"dl_trap_223"
.LASF705:
	.string	"dl_trap_224"
.LASF706:
	.string	"dl_trap_225"
.LASF23:
	.string	"long double"
.LASF206:
	.string	"POPS_MOD"
.LASF451:
	.string	"E_NE"
.LASF657:
	.string	"dl_count_176"
.LASF150:
	.string	"ST_RET_EMPTY"
.LASF238:
	.string	"FLOW_OF_LT"
.LASF535:
	.string	"dl_dispatch_54"
.LASF484:
	.string	"dl_trap_3"
.LASF58:
	.string	"FILE"
.LASF486:
	.string	"dl_trap_5"
.LASF462:
	.string	"CE_JZ"
.LASF315:
	.string	"begin"
.LASF191:
	.string	"POPS_ROT"
.LASF391:
	.string	"L_GE"
.LASF762:
	.string	"dl_dispatch_281"
.LASF763:
	.string	"dl_dispatch_282"
.LASF775:
	.string	"dl_dispatch_294"
.LASF765:
	.string	"dl_dispatch_284"
.LASF766:
	.string	"dl_dispatch_285"
.LASF578:
	.string	"dl_trap_97"
.LASF768:
	.string	"dl_dispatch_287"
.LASF563:
	.string	"dl_trap_82"
.LASF564:
	.string	"dl_trap_83"
.LASF271:
	.string	"FLOW_OF_PRINT"
.LASF566:
	.string	"dl_trap_85"
.LASF672:
	.string	"dl_trap_191"
.LASF320:
	.string	"emit_here"
.LASF680:
	.string	"dl_trap_199"
.LASF813:
	.string	"dl_dispatch_332"
.LASF814:
	.string	"dl_dispatch_333"
.LASF423:
	.string	"E_ROT"
.LASF473:
	.string	"E_STORE"
.LASF102:
	.string	"OP_AND"
.LASF818:
	.string	"dl_dispatch_337"
.LASF372:
	.string	"C_OR"
.LASF225:
	.string	"PUSHES_SHL"
.LASF70:
	.string	"PIECE_BRANCH"
.LASF541:
	.string	"dl_dispatch_60"
.LASF139:
	.string	"size"
.LASF22:
	.string	"long long unsigned int"
.LASF441:
	.string	"E_OR"
.LASF87:
	.string	"opcode"
.LASF835:
	.string	"codegen_unavailable"
.LASF803:
	.string	"dl_handler_CALL_322"
.LASF708:
	.string	"dl_handler_NOP_227"
.LASF771:
	.string	"dl_dispatch_290"
.LASF772:
	.string	"dl_dispatch_291"
.LASF774:
	.string	"dl_dispatch_293"
.LASF16:
	.string	"__off_t"
.LASF571:
	.string	"dl_trap_90"
.LASF572:
	.string	"dl_trap_91"
.LASF207:
	.string	"PUSHES_MOD"
.LASF780:
	.string	"dl_dispatch_299"
.LASF575:
	.string	"dl_trap_94"
.LASF576:
	.string	"dl_trap_95"
.LASF577:
	.string	"dl_trap_96"
.LASF343:
	.string	"L_NOP"
.LASF599:
	.string	"dl_trap_118"
.LASF83:
	.string	"jmp_buf"
.LASF820:
	.string	"dl_dispatch_339"
.LASF348:
	.string	"C_DUP"
.LASF177:
	.string	"PUSHES_PUSH"
.LASF675:
	.string	"dl_count_194"
.LASF742:
	.string	"dl_handler_MOD_261"
.LASF235:
	.string	"FLOW_OF_NE"
.LASF454:
	.string	"CE_LE"
.LASF666:
	.string	"dl_count_185"
.LASF54:
	.string	"_freeres_buf"
.LASF555:
	.string	"dl_dispatch_74"
.LASF85:
	.string	"ucell"
.LASF168:
	.string	"prepare"
.LASF358:
	.string	"C_SUB"
.LASF323:
	.string	"codegen_seal"
.LASF121:
	.string	"OP_HALT"
.LASF548:
	.string	"dl_dispatch_67"
.LASF232:
	.string	"FLOW_OF_EQ"
.LASF401:
	.string	"L_RET"
.LASF284:
	.string	"NSLOTS_MUL"
.LASF822:
	.string	"dl_dispatch_341"
.LASF701:
	.string	"dl_checked_HALT_220"
.LASF824:
	.string	"dl_dispatch_343"
.LASF467:
	.string	"E_CALL"
.LASF827:
	.string	"dl_dispatch_346"
.LASF829:
	.string	"dl_dispatch_348"
.LASF252:
	.string	"PUSHES_JZ"
.LASF275:
	.string	"NSLOTS_NOP"
.LASF210:
	.string	"PUSHES_NEG"
.LASF288:
	.string	"NSLOTS_NOT"
.LASF622:
	.string	"dl_checked_GT_141"
.LASF259:
	.string	"FLOW_OF_CALL"
.LASF250:
	.string	"FLOW_OF_JMP"
.LASF39:
	.string	"_IO_backup_base"
.LASF48:
	.string	"_shortbuf"
.LASF561:
	.string	"dl_dispatch_80"
.LASF220:
	.string	"FLOW_OF_OR"
.LASF282:
	.string	"NSLOTS_ADD"
.LASF567:
	.string	"dl_dispatch_86"
.LASF466:
	.string	"CE_CALL"
.LASF291:
	.string	"NSLOTS_XOR"
.LASF470:
	.string	"CE_LOAD"
.LASF634:
	.string	"dl_checked_JMP_153"
.LASF331:
	.string	"thread_free"
.LASF601:
	.string	"dl_trap_120"
.LASF602:
	.string	"dl_trap_121"
.LASF325:
	.string	"malloc"
.LASF77:
	.string	"handler"
.LASF17:
	.string	"__off64_t"
.LASF831:
	.string	"dl_dispatch_350"
.LASF138:
	.string	"code"
.LASF203:
	.string	"POPS_DIV"
.LASF181:
	.string	"FLOW_OF_DROP"
.LASF105:
	.string	"OP_SHL"
.LASF788:
	.string	"dl_trap_307"
.LASF256:
	.string	"FLOW_OF_JNZ"
.LASF573:
	.string	"dl_dispatch_92"
.LASF679:
	.string	"dl_checked_LOAD_198"
.LASF414:
	.string	"CE_DROP"
.LASF579:
	.string	"dl_dispatch_98"
.LASF354:
	.string	"C_ROT"
.LASF37:
	.string	"_IO_buf_end"
.LASF308:
	.string	"NSLOTS_HALT"
.LASF124:
	.string	"FLOW_NEXT"
.LASF240:
	.string	"PUSHES_LE"
.LASF463:
	.string	"E_JZ"
.LASF310:
	.string	"thread"
.LASF367:
	.string	"L_NEG"
.LASF603:
	.string	"dl_dispatch_122"
.LASF131:
	.string	"name"
.LASF184:
	.string	"FLOW_OF_DUP"
.LASF237:
	.string	"PUSHES_LT"
.LASF761:
	.string	"dl_handler_SHL_280"
.LASF345:
	.string	"L_PUSH"
.LASF180:
	.string	"PUSHES_DROP"
.LASF794:
	.string	"dl_trap_313"
.LASF338:
	.string	"base"
.LASF190:
	.string	"FLOW_OF_OVER"
.LASF800:
	.string	"dl_trap_319"
.LASF11:
	.string	"short int"
.LASF370:
	.string	"C_AND"
.LASF199:
	.string	"FLOW_OF_SUB"
.LASF787:
	.string	"dl_count_306"
.LASF117:
	.string	"OP_RET"
.LASF440:
	.string	"CE_OR"
.LASF26:
	.string	"uint64_t"
.LASF420:
	.string	"CE_OVER"
.LASF452:
	.string	"CE_LT"
.LASF612:
	.string	"dl_trap_131"
.LASF613:
	.string	"dl_trap_132"
.LASF614:
	.string	"dl_trap_133"
.LASF782:
	.string	"dl_handler_GE_301"
.LASF617:
	.string	"dl_trap_136"
.LASF408:
	.string	"C_HALT"
.LASF313:
	.string	"nslots"
.LASF620:
	.string	"dl_trap_139"
.LASF482:
	.string	"dl_checked_NOP_1"
.LASF47:
	.string	"_vtable_offset"
.LASF159:
	.string	"stack"
.LASF755:
	.string	"dl_handler_OR_274"
.LASF806:
	.string	"dl_trap_325"
.LASF413:
	.string	"E_PUSH"
.LASF791:
	.string	"dl_handler_JZ_310"
.LASF200:
	.string	"POPS_MUL"
.LASF793:
	.string	"dl_count_312"
.LASF68:
	.string	"PIECE_COPY"
.LASF799:
	.string	"dl_count_318"
.LASF228:
	.string	"PUSHES_SHR"
.LASF809:
	.string	"dl_handler_RET_328"
.LASF28:
	.string	"__val"
.LASF212:
	.string	"POPS_NOT"
.LASF73:
	.string	"PIECE_ENGINE"
.LASF119:
	.string	"OP_STORE"
.LASF311:
	.string	"slots"
.LASF234:
	.string	"PUSHES_NE"
.LASF204:
	.string	"PUSHES_DIV"
.LASF512:
	.string	"dl_checked_OVER_31"
.LASF194:
	.string	"POPS_ADD"
.LASF244:
	.string	"FLOW_OF_GT"
.LASF300:
	.string	"NSLOTS_JMP"
.LASF14:
	.string	"__int64_t"
.LASF643:
	.string	"dl_checked_JZ_162"
.LASF221:
	.string	"POPS_XOR"
.LASF317:
	.string	"npieces"
.LASF764:
	.string	"dl_handler_SHR_283"
.LASF832:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fno-gcse -fno-crossjumping -fno-tree-slp-vectorize -fasynchronous-unwind-tables"
.LASF812:
	.string	"dl_trap_331"
.LASF817:
	.string	"dl_trap_336"
.LASF258:
	.string	"PUSHES_CALL"
.LASF192:
	.string	"PUSHES_ROT"
.LASF435:
	.string	"E_NEG"
.LASF264:
	.string	"PUSHES_LOAD"
.LASF265:
	.string	"FLOW_OF_LOAD"
.LASF31:
	.string	"_IO_read_end"
.LASF714:
	.string	"dl_handler_DROP_233"
.LASF693:
	.string	"dl_checked_PRINT_212"
.LASF67:
	.string	"PIECE_CALL"
.LASF145:
	.string	"status"
.LASF624:
	.string	"dl_trap_143"
.LASF381:
	.string	"L_EQ"
.LASF626:
	.string	"dl_trap_145"
.LASF530:
	.string	"dl_checked_SUB_49"
.LASF219:
	.string	"PUSHES_OR"
.LASF478:
	.string	"budget"
.LASF796:
	.string	"dl_dispatch_315"
.LASF25:
	.string	"uint32_t"
.LASF630:
	.string	"dl_trap_149"
.LASF187:
	.string	"FLOW_OF_SWAP"
.LASF165:
	.string	"dispatcher"
.LASF302:
	.string	"NSLOTS_JNZ"
.LASF729:
	.string	"dl_handler_ADD_248"
.LASF43:
	.string	"_fileno"
.LASF333:
	.string	"vm_print"
.LASF821:
	.string	"dl_trap_340"
.LASF379:
	.string	"L_SHR"
.LASF825:
	.string	"dl_trap_344"
.LASF826:
	.string	"dl_trap_345"
.LASF418:
	.string	"CE_SWAP"
.LASF811:
	.string	"dl_count_330"
.LASF126:
	.string	"FLOW_COND"
.LASF169:
	.string	"release"
.LASF52:
	.string	"_wide_data"
.LASF469:
	.string	"E_RET"
.LASF363:
	.string	"L_DIV"
.LASF278:
	.string	"NSLOTS_DUP"
.LASF770:
	.string	"dl_handler_NE_289"
.LASF329:
	.string	"free"
.LASF365:
	.string	"L_MOD"
.LASF267:
	.string	"PUSHES_STORE"
.LASF6:
	.string	"short unsigned int"
.LASF318:
	.string	"copyable"
.LASF722:
	.string	"dl_dispatch_241"
.LASF834:
	.string	"slot"
.LASF406:
	.string	"C_PRINT"
.LASF283:
	.string	"NSLOTS_SUB"
.LASF146:
	.string	"ST_HALT"
.LASF128:
	.string	"FLOW_RET"
.LASF34:
	.string	"_IO_write_ptr"
.LASF272:
	.string	"POPS_HALT"
.LASF189:
	.string	"PUSHES_OVER"
.LASF130:
	.string	"label"
.LASF393:
	.string	"L_JMP"
.LASF12:
	.string	"__int32_t"
.LASF20:
	.string	"int64_t"
.LASF164:
	.string	"exit"
.LASF631:
	.string	"dl_trap_150"
.LASF217:
	.string	"FLOW_OF_AND"
.LASF632:
	.string	"dl_trap_151"
.LASF474:
	.string	"CE_PRINT"
.LASF389:
	.string	"L_GT"
.LASF638:
	.string	"dl_trap_157"
.LASF157:
	.string	"hash"
.LASF64:
	.string	"origin"
.LASF574:
	.string	"dl_checked_OR_93"
.LASF21:
	.string	"__sigset_t"
.LASF815:
	.string	"dl_handler_LOAD_334"
.LASF399:
	.string	"L_CALL"
.LASF416:
	.string	"CE_DUP"
.LASF120:
	.string	"OP_PRINT"
.LASF403:
	.string	"L_LOAD"
.LASF248:
	.string	"POPS_JMP"
.LASF732:
	.string	"dl_handler_SUB_251"
.LASF594:
	.string	"dl_trap_113"
.LASF445:
	.string	"E_SHL"
.LASF387:
	.string	"L_LE"
.LASF447:
	.string	"E_SHR"
.LASF328:
	.string	"emit_put"
	.section	.debug_line_str,"MS",@progbits,1
.LASF1:
	.string	"/work/main"
.LASF0:
	.string	"dispatch/inline/inline.c"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

	.file	"call.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/call/call.c"
	.p2align 4
	.type	op_NOP, @function
op_NOP:
.LVL0:
.LFB25:
	.file 1 "./isa/ops.inc"
	.loc 1 33 1 view -0
	.cfi_startproc
.L2:
	.loc 1 33 1 view .LVU1
	.loc 1 33 1 view .LVU2
	.loc 1 33 1 view .LVU3
	.loc 1 33 1 view .LVU4
	.loc 1 33 1 view .LVU5
	.loc 1 33 1 is_stmt 0 view .LVU6
	movq	%rsi, %rax	# tmp92, vpc
.LVL1:
.LBB201:
.LBI201:
	.loc 1 32 1 is_stmt 1 view .LVU7
.LDL1:
.LBB202:
	.loc 1 32 1 view .LVU8
	.loc 1 33 1 view .LVU9
	.loc 1 33 1 view .LVU10
	.loc 1 33 1 is_stmt 0 view .LVU11
.LBE202:
.LBE201:
	ret	
	.cfi_endproc
.LFE25:
	.size	op_NOP, .-op_NOP
	.p2align 4
	.type	op_PUSH, @function
op_PUSH:
.LVL2:
.LFB28:
	.loc 1 37 1 is_stmt 1 view -0
	.cfi_startproc
.L5:
	.loc 1 37 1 view .LVU13
	.loc 1 37 1 view .LVU14
	.loc 1 37 1 view .LVU15
	.loc 1 37 1 view .LVU16
	.loc 1 37 1 view .LVU17
.LBB203:
.LBI203:
	.loc 1 35 1 view .LVU18
.LBB204:
	.loc 1 35 1 view .LVU19
	.loc 1 36 5 view .LVU20
.LBB205:
	.loc 1 36 5 view .LVU21
	movq	(%rsi), %rax	# vpc_3(D)->imm, v_
.LVL3:
	.loc 1 36 5 view .LVU22
	.loc 1 36 5 is_stmt 0 view .LVU23
	addq	$8, %rdx	#, sp
.LVL4:
	.loc 1 36 5 view .LVU24
	movq	%rax, -8(%rdx)	# v_, *sp_4(D)
.LDL2:
.LBE205:
	.loc 1 36 5 is_stmt 1 view .LVU25
	.loc 1 37 1 view .LVU26
	.loc 1 37 1 view .LVU27
.LVL5:
	.loc 1 37 1 is_stmt 0 view .LVU28
	leaq	8(%rsi), %rax	#, tmp90
.LBE204:
.LBE203:
	ret	
	.cfi_endproc
.LFE28:
	.size	op_PUSH, .-op_PUSH
	.p2align 4
	.type	op_DROP, @function
op_DROP:
.LVL6:
.LFB31:
	.loc 1 41 1 is_stmt 1 view -0
	.cfi_startproc
.L7:
	.loc 1 41 1 view .LVU30
	.loc 1 41 1 view .LVU31
	.loc 1 41 1 view .LVU32
	.loc 1 41 1 view .LVU33
	.loc 1 41 1 view .LVU34
	.loc 1 41 1 is_stmt 0 view .LVU35
	movq	%rsi, %rax	# tmp94, vpc
.LVL7:
.LBB206:
.LBI206:
	.loc 1 39 1 is_stmt 1 view .LVU36
.LBB207:
	.loc 1 39 1 view .LVU37
	.loc 1 40 5 view .LVU38
.LDL3:
	.loc 1 41 1 view .LVU39
	.loc 1 41 1 view .LVU40
# ./isa/ops.inc:40:     DROP(1);
	.loc 1 40 5 is_stmt 0 view .LVU41
	subq	$8, %rdx	#, sp
.LVL8:
	.loc 1 40 5 view .LVU42
.LBE207:
.LBE206:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU43
	ret	
	.cfi_endproc
.LFE31:
	.size	op_DROP, .-op_DROP
	.p2align 4
	.type	op_DUP, @function
op_DUP:
.LVL9:
.LFB34:
	.loc 1 45 1 is_stmt 1 view -0
	.cfi_startproc
.L9:
	.loc 1 45 1 view .LVU45
	.loc 1 45 1 view .LVU46
	.loc 1 45 1 view .LVU47
	.loc 1 45 1 view .LVU48
	.loc 1 45 1 view .LVU49
.LBB208:
.LBB209:
.LBB210:
# ./isa/ops.inc:44:     PUSH(S(0));
	.loc 1 44 5 is_stmt 0 view .LVU50
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE210:
.LBE209:
.LBE208:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 view .LVU51
	movq	%rsi, %rax	# tmp96, vpc
.LVL10:
.LBB213:
.LBI208:
	.loc 1 43 1 is_stmt 1 view .LVU52
.LBB212:
	.loc 1 43 1 view .LVU53
	.loc 1 44 5 view .LVU54
.LBB211:
	.loc 1 44 5 view .LVU55
	.loc 1 44 5 view .LVU56
	.loc 1 44 5 is_stmt 0 view .LVU57
	addq	$8, %rdx	#, sp
.LVL11:
	.loc 1 44 5 view .LVU58
	movq	%rcx, -8(%rdx)	# MEM[(cell *)sp_4(D) + -8B], *sp_4(D)
.LDL4:
.LBE211:
	.loc 1 44 5 is_stmt 1 view .LVU59
	.loc 1 45 1 view .LVU60
	.loc 1 45 1 view .LVU61
.LVL12:
	.loc 1 45 1 is_stmt 0 view .LVU62
.LBE212:
.LBE213:
	ret	
	.cfi_endproc
.LFE34:
	.size	op_DUP, .-op_DUP
	.p2align 4
	.type	op_SWAP, @function
op_SWAP:
.LVL13:
.LFB37:
	.loc 1 49 1 is_stmt 1 view -0
	.cfi_startproc
.L11:
	.loc 1 49 1 view .LVU64
	.loc 1 49 1 view .LVU65
	.loc 1 49 1 view .LVU66
	.loc 1 49 1 view .LVU67
	.loc 1 49 1 view .LVU68
.LBB214:
.LBB215:
.LBB216:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 is_stmt 0 view .LVU69
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_4(D) + -16B], vect__6.268
.LBE216:
.LBE215:
.LBE214:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 view .LVU70
	movq	%rsi, %rax	# tmp96, vpc
.LVL14:
.LBB219:
.LBI214:
	.loc 1 47 1 is_stmt 1 view .LVU71
.LBB218:
	.loc 1 47 1 view .LVU72
.LBB217:
	.loc 1 48 7 view .LVU73
	.loc 1 48 22 view .LVU74
	.loc 1 48 35 view .LVU75
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 is_stmt 0 view .LVU76
	shufpd	$1, %xmm0, %xmm0	#, tmp100, vect__6.268
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 40 view .LVU77
	movups	%xmm0, -16(%rdx)	# vect__6.268, MEM <vector(2) long int> [(cell *)sp_4(D) + -16B]
.LVL15:
.LDL5:
	.loc 1 48 40 view .LVU78
.LBE217:
	.loc 1 49 1 is_stmt 1 view .LVU79
	.loc 1 49 1 view .LVU80
	.loc 1 49 1 is_stmt 0 view .LVU81
.LBE218:
.LBE219:
	ret	
	.cfi_endproc
.LFE37:
	.size	op_SWAP, .-op_SWAP
	.p2align 4
	.type	op_OVER, @function
op_OVER:
.LVL16:
.LFB40:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
.L13:
	.loc 1 53 1 view .LVU83
	.loc 1 53 1 view .LVU84
	.loc 1 53 1 view .LVU85
	.loc 1 53 1 view .LVU86
	.loc 1 53 1 view .LVU87
.LBB220:
.LBB221:
.LBB222:
# ./isa/ops.inc:52:     PUSH(S(1));
	.loc 1 52 5 is_stmt 0 view .LVU88
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -16B], MEM[(cell *)sp_4(D) + -16B]
.LBE222:
.LBE221:
.LBE220:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 view .LVU89
	movq	%rsi, %rax	# tmp96, vpc
.LVL17:
.LBB225:
.LBI220:
	.loc 1 51 1 is_stmt 1 view .LVU90
.LBB224:
	.loc 1 51 1 view .LVU91
	.loc 1 52 5 view .LVU92
.LBB223:
	.loc 1 52 5 view .LVU93
	.loc 1 52 5 view .LVU94
	.loc 1 52 5 is_stmt 0 view .LVU95
	addq	$8, %rdx	#, sp
.LVL18:
	.loc 1 52 5 view .LVU96
	movq	%rcx, -8(%rdx)	# MEM[(cell *)sp_4(D) + -16B], *sp_4(D)
.LDL6:
.LBE223:
	.loc 1 52 5 is_stmt 1 view .LVU97
	.loc 1 53 1 view .LVU98
	.loc 1 53 1 view .LVU99
.LVL19:
	.loc 1 53 1 is_stmt 0 view .LVU100
.LBE224:
.LBE225:
	ret	
	.cfi_endproc
.LFE40:
	.size	op_OVER, .-op_OVER
	.p2align 4
	.type	op_ROT, @function
op_ROT:
.LVL20:
.LFB43:
	.loc 1 57 1 is_stmt 1 view -0
	.cfi_startproc
.L15:
	.loc 1 57 1 view .LVU102
	.loc 1 57 1 view .LVU103
	.loc 1 57 1 view .LVU104
	.loc 1 57 1 view .LVU105
	.loc 1 57 1 view .LVU106
.LBB226:
.LBB227:
.LBB228:
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 12 is_stmt 0 view .LVU107
	movq	-24(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -24B], a
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 view .LVU108
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_4(D) + -16B], tmp98
.LBE228:
.LBE227:
.LBE226:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 view .LVU109
	movq	%rsi, %rax	# tmp95, vpc
.LVL21:
.LBB231:
.LBI226:
	.loc 1 55 1 is_stmt 1 view .LVU110
.LBB230:
	.loc 1 55 1 view .LVU111
.LBB229:
	.loc 1 56 7 view .LVU112
	.loc 1 56 22 view .LVU113
	.loc 1 56 35 view .LVU114
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 53 is_stmt 0 view .LVU115
	movq	%rcx, -8(%rdx)	# a, MEM[(cell *)sp_4(D) + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 view .LVU116
	movups	%xmm0, -24(%rdx)	# tmp98, MEM <vector(2) long int> [(cell *)sp_4(D) + -24B]
	.loc 1 56 48 is_stmt 1 view .LVU117
.LDL7:
.LBE229:
	.loc 1 57 1 view .LVU118
	.loc 1 57 1 view .LVU119
.LVL22:
	.loc 1 57 1 is_stmt 0 view .LVU120
.LBE230:
.LBE231:
	ret	
	.cfi_endproc
.LFE43:
	.size	op_ROT, .-op_ROT
	.p2align 4
	.type	op_ADD, @function
op_ADD:
.LVL23:
.LFB46:
	.loc 1 63 54 is_stmt 1 view -0
	.cfi_startproc
.L17:
	.loc 1 63 54 view .LVU122
	.loc 1 63 54 view .LVU123
	.loc 1 63 54 view .LVU124
	.loc 1 63 54 view .LVU125
	.loc 1 63 54 view .LVU126
.LBB232:
.LBB233:
.LBB234:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 16 is_stmt 0 view .LVU127
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE234:
.LBE233:
.LBE232:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU128
	movq	%rsi, %rax	# tmp101, vpc
.LVL24:
.LBB238:
.LBI232:
	.loc 1 63 1 is_stmt 1 view .LVU129
.LBB237:
	.loc 1 63 1 view .LVU130
	.loc 1 63 16 view .LVU131
.LBB235:
	.loc 1 63 16 view .LVU132
	.loc 1 63 16 view .LVU133
	.loc 1 63 16 view .LVU134
	.loc 1 63 16 view .LVU135
	.loc 1 63 16 view .LVU136
	addq	%rcx, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL25:
.LDL8:
	.loc 1 63 16 is_stmt 0 view .LVU137
.LBE235:
	.loc 1 63 16 is_stmt 1 view .LVU138
	.loc 1 63 54 view .LVU139
	.loc 1 63 54 view .LVU140
.LBB236:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 16 is_stmt 0 view .LVU141
	subq	$8, %rdx	#, sp
.LVL26:
	.loc 1 63 16 view .LVU142
.LBE236:
.LBE237:
.LBE238:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU143
	ret	
	.cfi_endproc
.LFE46:
	.size	op_ADD, .-op_ADD
	.p2align 4
	.type	op_SUB, @function
op_SUB:
.LVL27:
.LFB49:
	.loc 1 64 54 is_stmt 1 view -0
	.cfi_startproc
.L19:
	.loc 1 64 54 view .LVU145
	.loc 1 64 54 view .LVU146
	.loc 1 64 54 view .LVU147
	.loc 1 64 54 view .LVU148
	.loc 1 64 54 view .LVU149
.LBB239:
.LBB240:
.LBB241:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 16 is_stmt 0 view .LVU150
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE241:
.LBE240:
.LBE239:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU151
	movq	%rsi, %rax	# tmp101, vpc
.LVL28:
.LBB245:
.LBI239:
	.loc 1 64 1 is_stmt 1 view .LVU152
.LBB244:
	.loc 1 64 1 view .LVU153
	.loc 1 64 16 view .LVU154
.LBB242:
	.loc 1 64 16 view .LVU155
	.loc 1 64 16 view .LVU156
	.loc 1 64 16 view .LVU157
	.loc 1 64 16 view .LVU158
	.loc 1 64 16 view .LVU159
	subq	%rcx, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL29:
.LDL9:
	.loc 1 64 16 is_stmt 0 view .LVU160
.LBE242:
	.loc 1 64 16 is_stmt 1 view .LVU161
	.loc 1 64 54 view .LVU162
	.loc 1 64 54 view .LVU163
.LBB243:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 16 is_stmt 0 view .LVU164
	subq	$8, %rdx	#, sp
.LVL30:
	.loc 1 64 16 view .LVU165
.LBE243:
.LBE244:
.LBE245:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU166
	ret	
	.cfi_endproc
.LFE49:
	.size	op_SUB, .-op_SUB
	.p2align 4
	.type	op_MUL, @function
op_MUL:
.LVL31:
.LFB52:
	.loc 1 65 54 is_stmt 1 view -0
	.cfi_startproc
.L21:
	.loc 1 65 54 view .LVU168
	.loc 1 65 54 view .LVU169
	.loc 1 65 54 view .LVU170
	.loc 1 65 54 view .LVU171
	.loc 1 65 54 view .LVU172
.LBB246:
.LBB247:
.LBB248:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 16 is_stmt 0 view .LVU173
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -16B], MEM[(cell *)sp_4(D) + -16B]
	imulq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], tmp94
.LBE248:
.LBE247:
.LBE246:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 view .LVU174
	movq	%rsi, %rax	# tmp102, vpc
.LVL32:
.LBB251:
.LBI246:
	.loc 1 65 1 is_stmt 1 view .LVU175
.LBB250:
	.loc 1 65 1 view .LVU176
	.loc 1 65 16 view .LVU177
.LBB249:
	.loc 1 65 16 view .LVU178
	.loc 1 65 16 view .LVU179
	.loc 1 65 16 view .LVU180
	.loc 1 65 16 view .LVU181
	.loc 1 65 16 view .LVU182
	subq	$8, %rdx	#, sp
.LVL33:
	.loc 1 65 16 is_stmt 0 view .LVU183
	movq	%rcx, -8(%rdx)	# tmp94, MEM[(cell *)sp_4(D) + -16B]
.LVL34:
.LDL10:
	.loc 1 65 16 view .LVU184
.LBE249:
	.loc 1 65 16 is_stmt 1 view .LVU185
	.loc 1 65 54 view .LVU186
	.loc 1 65 54 view .LVU187
	.loc 1 65 54 is_stmt 0 view .LVU188
.LBE250:
.LBE251:
	ret	
	.cfi_endproc
.LFE52:
	.size	op_MUL, .-op_MUL
	.p2align 4
	.type	op_NEG, @function
op_NEG:
.LVL35:
.LFB61:
	.loc 1 82 1 is_stmt 1 view -0
	.cfi_startproc
.L23:
	.loc 1 82 1 view .LVU190
	.loc 1 82 1 view .LVU191
	.loc 1 82 1 view .LVU192
	.loc 1 82 1 view .LVU193
	.loc 1 82 1 view .LVU194
.LBB252:
.LBB253:
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 1 81 21 is_stmt 0 view .LVU195
	negq	-8(%rdx)	# MEM[(cell *)sp_4(D) + -8B]
.LBE253:
.LBE252:
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 view .LVU196
	movq	%rsi, %rax	# tmp96, vpc
.LVL36:
.LBB255:
.LBI252:
	.loc 1 80 1 is_stmt 1 view .LVU197
.LBB254:
	.loc 1 80 1 view .LVU198
	.loc 1 81 5 view .LVU199
.LDL11:
	.loc 1 82 1 view .LVU200
	.loc 1 82 1 view .LVU201
	.loc 1 82 1 is_stmt 0 view .LVU202
.LBE254:
.LBE255:
	ret	
	.cfi_endproc
.LFE61:
	.size	op_NEG, .-op_NEG
	.p2align 4
	.type	op_NOT, @function
op_NOT:
.LVL37:
.LFB64:
	.loc 1 86 1 is_stmt 1 view -0
	.cfi_startproc
.L25:
	.loc 1 86 1 view .LVU204
	.loc 1 86 1 view .LVU205
	.loc 1 86 1 view .LVU206
	.loc 1 86 1 view .LVU207
	.loc 1 86 1 view .LVU208
.LBB256:
.LBB257:
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 1 85 12 is_stmt 0 view .LVU209
	notq	-8(%rdx)	# MEM[(cell *)sp_4(D) + -8B]
.LBE257:
.LBE256:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 view .LVU210
	movq	%rsi, %rax	# tmp94, vpc
.LVL38:
.LBB259:
.LBI256:
	.loc 1 84 1 is_stmt 1 view .LVU211
.LBB258:
	.loc 1 84 1 view .LVU212
	.loc 1 85 5 view .LVU213
.LDL12:
	.loc 1 86 1 view .LVU214
	.loc 1 86 1 view .LVU215
	.loc 1 86 1 is_stmt 0 view .LVU216
.LBE258:
.LBE259:
	ret	
	.cfi_endproc
.LFE64:
	.size	op_NOT, .-op_NOT
	.p2align 4
	.type	op_AND, @function
op_AND:
.LVL39:
.LFB67:
	.loc 1 88 32 is_stmt 1 view -0
	.cfi_startproc
.L27:
	.loc 1 88 32 view .LVU218
	.loc 1 88 32 view .LVU219
	.loc 1 88 32 view .LVU220
	.loc 1 88 32 view .LVU221
	.loc 1 88 32 view .LVU222
.LBB260:
.LBB261:
.LBB262:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 16 is_stmt 0 view .LVU223
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE262:
.LBE261:
.LBE260:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU224
	movq	%rsi, %rax	# tmp98, vpc
.LVL40:
.LBB266:
.LBI260:
	.loc 1 88 1 is_stmt 1 view .LVU225
.LBB265:
	.loc 1 88 1 view .LVU226
	.loc 1 88 16 view .LVU227
.LBB263:
	.loc 1 88 16 view .LVU228
	.loc 1 88 16 view .LVU229
	.loc 1 88 16 view .LVU230
	.loc 1 88 16 view .LVU231
	.loc 1 88 16 view .LVU232
	andq	%rcx, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL41:
.LDL13:
	.loc 1 88 16 is_stmt 0 view .LVU233
.LBE263:
	.loc 1 88 16 is_stmt 1 view .LVU234
	.loc 1 88 32 view .LVU235
	.loc 1 88 32 view .LVU236
.LBB264:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 16 is_stmt 0 view .LVU237
	subq	$8, %rdx	#, sp
.LVL42:
	.loc 1 88 16 view .LVU238
.LBE264:
.LBE265:
.LBE266:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU239
	ret	
	.cfi_endproc
.LFE67:
	.size	op_AND, .-op_AND
	.p2align 4
	.type	op_OR, @function
op_OR:
.LVL43:
.LFB70:
	.loc 1 89 32 is_stmt 1 view -0
	.cfi_startproc
.L29:
	.loc 1 89 32 view .LVU241
	.loc 1 89 32 view .LVU242
	.loc 1 89 32 view .LVU243
	.loc 1 89 32 view .LVU244
	.loc 1 89 32 view .LVU245
.LBB267:
.LBB268:
.LBB269:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 16 is_stmt 0 view .LVU246
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE269:
.LBE268:
.LBE267:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU247
	movq	%rsi, %rax	# tmp98, vpc
.LVL44:
.LBB273:
.LBI267:
	.loc 1 89 1 is_stmt 1 view .LVU248
.LBB272:
	.loc 1 89 1 view .LVU249
	.loc 1 89 16 view .LVU250
.LBB270:
	.loc 1 89 16 view .LVU251
	.loc 1 89 16 view .LVU252
	.loc 1 89 16 view .LVU253
	.loc 1 89 16 view .LVU254
	.loc 1 89 16 view .LVU255
	orq	%rcx, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL45:
.LDL14:
	.loc 1 89 16 is_stmt 0 view .LVU256
.LBE270:
	.loc 1 89 16 is_stmt 1 view .LVU257
	.loc 1 89 32 view .LVU258
	.loc 1 89 32 view .LVU259
.LBB271:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 16 is_stmt 0 view .LVU260
	subq	$8, %rdx	#, sp
.LVL46:
	.loc 1 89 16 view .LVU261
.LBE271:
.LBE272:
.LBE273:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU262
	ret	
	.cfi_endproc
.LFE70:
	.size	op_OR, .-op_OR
	.p2align 4
	.type	op_XOR, @function
op_XOR:
.LVL47:
.LFB73:
	.loc 1 90 32 is_stmt 1 view -0
	.cfi_startproc
.L31:
	.loc 1 90 32 view .LVU264
	.loc 1 90 32 view .LVU265
	.loc 1 90 32 view .LVU266
	.loc 1 90 32 view .LVU267
	.loc 1 90 32 view .LVU268
.LBB274:
.LBB275:
.LBB276:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 16 is_stmt 0 view .LVU269
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE276:
.LBE275:
.LBE274:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU270
	movq	%rsi, %rax	# tmp98, vpc
.LVL48:
.LBB280:
.LBI274:
	.loc 1 90 1 is_stmt 1 view .LVU271
.LBB279:
	.loc 1 90 1 view .LVU272
	.loc 1 90 16 view .LVU273
.LBB277:
	.loc 1 90 16 view .LVU274
	.loc 1 90 16 view .LVU275
	.loc 1 90 16 view .LVU276
	.loc 1 90 16 view .LVU277
	.loc 1 90 16 view .LVU278
	xorq	%rcx, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL49:
.LDL15:
	.loc 1 90 16 is_stmt 0 view .LVU279
.LBE277:
	.loc 1 90 16 is_stmt 1 view .LVU280
	.loc 1 90 32 view .LVU281
	.loc 1 90 32 view .LVU282
.LBB278:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 16 is_stmt 0 view .LVU283
	subq	$8, %rdx	#, sp
.LVL50:
	.loc 1 90 16 view .LVU284
.LBE278:
.LBE279:
.LBE280:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU285
	ret	
	.cfi_endproc
.LFE73:
	.size	op_XOR, .-op_XOR
	.p2align 4
	.type	op_SHL, @function
op_SHL:
.LVL51:
.LFB76:
	.loc 1 91 55 is_stmt 1 view -0
	.cfi_startproc
.L33:
	.loc 1 91 55 view .LVU287
	.loc 1 91 55 view .LVU288
	.loc 1 91 55 view .LVU289
	.loc 1 91 55 view .LVU290
	.loc 1 91 55 view .LVU291
.LBB281:
.LBB282:
.LBB283:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 16 is_stmt 0 view .LVU292
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE283:
.LBE282:
.LBE281:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU293
	movq	%rsi, %rax	# tmp103, vpc
.LVL52:
.LBB287:
.LBI281:
	.loc 1 91 1 is_stmt 1 view .LVU294
.LBB286:
	.loc 1 91 1 view .LVU295
	.loc 1 91 16 view .LVU296
.LBB284:
	.loc 1 91 16 view .LVU297
	.loc 1 91 16 view .LVU298
	.loc 1 91 16 view .LVU299
	.loc 1 91 16 view .LVU300
	.loc 1 91 16 view .LVU301
	salq	%cl, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL53:
.LDL16:
	.loc 1 91 16 is_stmt 0 view .LVU302
.LBE284:
	.loc 1 91 16 is_stmt 1 view .LVU303
	.loc 1 91 55 view .LVU304
	.loc 1 91 55 view .LVU305
.LBB285:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 16 is_stmt 0 view .LVU306
	subq	$8, %rdx	#, sp
.LVL54:
	.loc 1 91 16 view .LVU307
.LBE285:
.LBE286:
.LBE287:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU308
	ret	
	.cfi_endproc
.LFE76:
	.size	op_SHL, .-op_SHL
	.p2align 4
	.type	op_SHR, @function
op_SHR:
.LVL55:
.LFB79:
	.loc 1 93 68 is_stmt 1 view -0
	.cfi_startproc
.L35:
	.loc 1 93 68 view .LVU310
	.loc 1 93 68 view .LVU311
	.loc 1 93 68 view .LVU312
	.loc 1 93 68 view .LVU313
	.loc 1 93 68 view .LVU314
.LBB288:
.LBB289:
.LBB290:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 16 is_stmt 0 view .LVU315
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LBE290:
.LBE289:
.LBE288:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU316
	movq	%rsi, %rax	# tmp101, vpc
.LVL56:
.LBB294:
.LBI288:
	.loc 1 93 1 is_stmt 1 view .LVU317
.LBB293:
	.loc 1 93 1 view .LVU318
	.loc 1 93 16 view .LVU319
.LBB291:
	.loc 1 93 16 view .LVU320
	.loc 1 93 16 view .LVU321
	.loc 1 93 16 view .LVU322
	.loc 1 93 16 view .LVU323
	.loc 1 93 16 view .LVU324
	sarq	%cl, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL57:
.LDL17:
	.loc 1 93 16 is_stmt 0 view .LVU325
.LBE291:
	.loc 1 93 16 is_stmt 1 view .LVU326
	.loc 1 93 68 view .LVU327
	.loc 1 93 68 view .LVU328
.LBB292:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 16 is_stmt 0 view .LVU329
	subq	$8, %rdx	#, sp
.LVL58:
	.loc 1 93 16 view .LVU330
.LBE292:
.LBE293:
.LBE294:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU331
	ret	
	.cfi_endproc
.LFE79:
	.size	op_SHR, .-op_SHR
	.p2align 4
	.type	op_EQ, @function
op_EQ:
.LVL59:
.LFB82:
	.loc 1 95 33 is_stmt 1 view -0
	.cfi_startproc
.L37:
	.loc 1 95 33 view .LVU333
	.loc 1 95 33 view .LVU334
	.loc 1 95 33 view .LVU335
	.loc 1 95 33 view .LVU336
	.loc 1 95 33 view .LVU337
.LBB295:
.LBB296:
.LBB297:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 16 is_stmt 0 view .LVU338
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL60:
	.loc 1 95 16 view .LVU339
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE297:
.LBE296:
.LBE295:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 view .LVU340
	movq	%rsi, %rax	# tmp101, vpc
.LVL61:
.LBB300:
.LBI295:
	.loc 1 95 1 is_stmt 1 view .LVU341
.LBB299:
	.loc 1 95 1 view .LVU342
	.loc 1 95 16 view .LVU343
.LBB298:
	.loc 1 95 16 view .LVU344
	.loc 1 95 16 view .LVU345
	.loc 1 95 16 view .LVU346
	.loc 1 95 16 view .LVU347
	.loc 1 95 16 view .LVU348
	sete	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL62:
	.loc 1 95 16 is_stmt 0 view .LVU349
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL18:
.LBE298:
	.loc 1 95 16 is_stmt 1 view .LVU350
	.loc 1 95 33 view .LVU351
	.loc 1 95 33 view .LVU352
.LVL63:
	.loc 1 95 33 is_stmt 0 view .LVU353
.LBE299:
.LBE300:
	ret	
	.cfi_endproc
.LFE82:
	.size	op_EQ, .-op_EQ
	.p2align 4
	.type	op_NE, @function
op_NE:
.LVL64:
.LFB85:
	.loc 1 96 33 is_stmt 1 view -0
	.cfi_startproc
.L39:
	.loc 1 96 33 view .LVU355
	.loc 1 96 33 view .LVU356
	.loc 1 96 33 view .LVU357
	.loc 1 96 33 view .LVU358
	.loc 1 96 33 view .LVU359
.LBB301:
.LBB302:
.LBB303:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 16 is_stmt 0 view .LVU360
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL65:
	.loc 1 96 16 view .LVU361
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE303:
.LBE302:
.LBE301:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 view .LVU362
	movq	%rsi, %rax	# tmp101, vpc
.LVL66:
.LBB306:
.LBI301:
	.loc 1 96 1 is_stmt 1 view .LVU363
.LBB305:
	.loc 1 96 1 view .LVU364
	.loc 1 96 16 view .LVU365
.LBB304:
	.loc 1 96 16 view .LVU366
	.loc 1 96 16 view .LVU367
	.loc 1 96 16 view .LVU368
	.loc 1 96 16 view .LVU369
	.loc 1 96 16 view .LVU370
	setne	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL67:
	.loc 1 96 16 is_stmt 0 view .LVU371
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL19:
.LBE304:
	.loc 1 96 16 is_stmt 1 view .LVU372
	.loc 1 96 33 view .LVU373
	.loc 1 96 33 view .LVU374
.LVL68:
	.loc 1 96 33 is_stmt 0 view .LVU375
.LBE305:
.LBE306:
	ret	
	.cfi_endproc
.LFE85:
	.size	op_NE, .-op_NE
	.p2align 4
	.type	op_LT, @function
op_LT:
.LVL69:
.LFB88:
	.loc 1 97 33 is_stmt 1 view -0
	.cfi_startproc
.L41:
	.loc 1 97 33 view .LVU377
	.loc 1 97 33 view .LVU378
	.loc 1 97 33 view .LVU379
	.loc 1 97 33 view .LVU380
	.loc 1 97 33 view .LVU381
.LBB307:
.LBB308:
.LBB309:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 16 is_stmt 0 view .LVU382
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL70:
	.loc 1 97 16 view .LVU383
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE309:
.LBE308:
.LBE307:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 view .LVU384
	movq	%rsi, %rax	# tmp101, vpc
.LVL71:
.LBB312:
.LBI307:
	.loc 1 97 1 is_stmt 1 view .LVU385
.LBB311:
	.loc 1 97 1 view .LVU386
	.loc 1 97 16 view .LVU387
.LBB310:
	.loc 1 97 16 view .LVU388
	.loc 1 97 16 view .LVU389
	.loc 1 97 16 view .LVU390
	.loc 1 97 16 view .LVU391
	.loc 1 97 16 view .LVU392
	setg	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL72:
	.loc 1 97 16 is_stmt 0 view .LVU393
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL20:
.LBE310:
	.loc 1 97 16 is_stmt 1 view .LVU394
	.loc 1 97 33 view .LVU395
	.loc 1 97 33 view .LVU396
.LVL73:
	.loc 1 97 33 is_stmt 0 view .LVU397
.LBE311:
.LBE312:
	ret	
	.cfi_endproc
.LFE88:
	.size	op_LT, .-op_LT
	.p2align 4
	.type	op_LE, @function
op_LE:
.LVL74:
.LFB91:
	.loc 1 98 33 is_stmt 1 view -0
	.cfi_startproc
.L43:
	.loc 1 98 33 view .LVU399
	.loc 1 98 33 view .LVU400
	.loc 1 98 33 view .LVU401
	.loc 1 98 33 view .LVU402
	.loc 1 98 33 view .LVU403
.LBB313:
.LBB314:
.LBB315:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 16 is_stmt 0 view .LVU404
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL75:
	.loc 1 98 16 view .LVU405
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE315:
.LBE314:
.LBE313:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 view .LVU406
	movq	%rsi, %rax	# tmp101, vpc
.LVL76:
.LBB318:
.LBI313:
	.loc 1 98 1 is_stmt 1 view .LVU407
.LBB317:
	.loc 1 98 1 view .LVU408
	.loc 1 98 16 view .LVU409
.LBB316:
	.loc 1 98 16 view .LVU410
	.loc 1 98 16 view .LVU411
	.loc 1 98 16 view .LVU412
	.loc 1 98 16 view .LVU413
	.loc 1 98 16 view .LVU414
	setge	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL77:
	.loc 1 98 16 is_stmt 0 view .LVU415
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL21:
.LBE316:
	.loc 1 98 16 is_stmt 1 view .LVU416
	.loc 1 98 33 view .LVU417
	.loc 1 98 33 view .LVU418
.LVL78:
	.loc 1 98 33 is_stmt 0 view .LVU419
.LBE317:
.LBE318:
	ret	
	.cfi_endproc
.LFE91:
	.size	op_LE, .-op_LE
	.p2align 4
	.type	op_GT, @function
op_GT:
.LVL79:
.LFB94:
	.loc 1 99 33 is_stmt 1 view -0
	.cfi_startproc
.L45:
	.loc 1 99 33 view .LVU421
	.loc 1 99 33 view .LVU422
	.loc 1 99 33 view .LVU423
	.loc 1 99 33 view .LVU424
	.loc 1 99 33 view .LVU425
.LBB319:
.LBB320:
.LBB321:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 16 is_stmt 0 view .LVU426
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL80:
	.loc 1 99 16 view .LVU427
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE321:
.LBE320:
.LBE319:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 view .LVU428
	movq	%rsi, %rax	# tmp101, vpc
.LVL81:
.LBB324:
.LBI319:
	.loc 1 99 1 is_stmt 1 view .LVU429
.LBB323:
	.loc 1 99 1 view .LVU430
	.loc 1 99 16 view .LVU431
.LBB322:
	.loc 1 99 16 view .LVU432
	.loc 1 99 16 view .LVU433
	.loc 1 99 16 view .LVU434
	.loc 1 99 16 view .LVU435
	.loc 1 99 16 view .LVU436
	setl	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL82:
	.loc 1 99 16 is_stmt 0 view .LVU437
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL22:
.LBE322:
	.loc 1 99 16 is_stmt 1 view .LVU438
	.loc 1 99 33 view .LVU439
	.loc 1 99 33 view .LVU440
.LVL83:
	.loc 1 99 33 is_stmt 0 view .LVU441
.LBE323:
.LBE324:
	ret	
	.cfi_endproc
.LFE94:
	.size	op_GT, .-op_GT
	.p2align 4
	.type	op_GE, @function
op_GE:
.LVL84:
.LFB97:
	.loc 1 100 33 is_stmt 1 view -0
	.cfi_startproc
.L47:
	.loc 1 100 33 view .LVU443
	.loc 1 100 33 view .LVU444
	.loc 1 100 33 view .LVU445
	.loc 1 100 33 view .LVU446
	.loc 1 100 33 view .LVU447
.LBB325:
.LBB326:
.LBB327:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 16 is_stmt 0 view .LVU448
	movq	-16(%rdx), %rdi	# MEM[(cell *)sp_4(D) + -16B], tmp104
.LVL85:
	.loc 1 100 16 view .LVU449
	xorl	%ecx, %ecx	# tmp92
	cmpq	%rdi, -8(%rdx)	# tmp104, MEM[(cell *)sp_4(D) + -8B]
.LBE327:
.LBE326:
.LBE325:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 view .LVU450
	movq	%rsi, %rax	# tmp101, vpc
.LVL86:
.LBB330:
.LBI325:
	.loc 1 100 1 is_stmt 1 view .LVU451
.LBB329:
	.loc 1 100 1 view .LVU452
	.loc 1 100 16 view .LVU453
.LBB328:
	.loc 1 100 16 view .LVU454
	.loc 1 100 16 view .LVU455
	.loc 1 100 16 view .LVU456
	.loc 1 100 16 view .LVU457
	.loc 1 100 16 view .LVU458
	setle	%cl	#, tmp92
	subq	$8, %rdx	#, sp
.LVL87:
	.loc 1 100 16 is_stmt 0 view .LVU459
	movq	%rcx, -8(%rdx)	# tmp92, MEM[(cell *)sp_4(D) + -16B]
.LDL23:
.LBE328:
	.loc 1 100 16 is_stmt 1 view .LVU460
	.loc 1 100 33 view .LVU461
	.loc 1 100 33 view .LVU462
.LVL88:
	.loc 1 100 33 is_stmt 0 view .LVU463
.LBE329:
.LBE330:
	ret	
	.cfi_endproc
.LFE97:
	.size	op_GE, .-op_GE
	.p2align 4
	.type	run, @function
run:
.LVL89:
.LFB127:
	.file 2 "dispatch/call/call.c"
	.loc 2 118 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 2 119 5 view .LVU465
	.loc 2 120 5 view .LVU466
	.loc 2 121 5 view .LVU467
# dispatch/call/call.c:118: {
	.loc 2 118 1 is_stmt 0 view .LVU468
	subq	$56, %rsp	#,
	.cfi_def_cfa_offset 64
# dispatch/call/call.c:121:     struct machine m = { vm, vm->rstack, vm->limit, t };
	.loc 2 121 30 view .LVU469
	leaq	32776(%rdi), %rax	#, tmp99
	movq	%rax, 24(%rsp)	# tmp99, m.rsp
# dispatch/call/call.c:121:     struct machine m = { vm, vm->rstack, vm->limit, t };
	.loc 2 121 20 view .LVU470
	movq	65560(%rdi), %rax	# vm_15(D)->limit, vm_15(D)->limit
# dispatch/call/call.c:118: {
	.loc 2 118 1 view .LVU471
	movq	%rdi, (%rsp)	# vm, %sfp
# dispatch/call/call.c:121:     struct machine m = { vm, vm->rstack, vm->limit, t };
	.loc 2 121 20 view .LVU472
	movq	%rdi, 16(%rsp)	# vm, m.vm
# dispatch/call/call.c:122:     if (setjmp(vm->exit) == 0) {
	.loc 2 122 9 view .LVU473
	addq	$65608, %rdi	#, _3
.LVL90:
# dispatch/call/call.c:118: {
	.loc 2 118 1 view .LVU474
	movq	%rdx, 8(%rsp)	# prepared, %sfp
# dispatch/call/call.c:121:     struct machine m = { vm, vm->rstack, vm->limit, t };
	.loc 2 121 20 view .LVU475
	movq	%rax, 32(%rsp)	# vm_15(D)->limit, m.budget
	movq	%rdx, 40(%rsp)	# prepared, m.thread
	.loc 2 122 5 is_stmt 1 view .LVU476
# dispatch/call/call.c:122:     if (setjmp(vm->exit) == 0) {
	.loc 2 122 9 is_stmt 0 view .LVU477
	call	_setjmp	#
.LVL91:
# dispatch/call/call.c:122:     if (setjmp(vm->exit) == 0) {
	.loc 2 122 8 view .LVU478
	testl	%eax, %eax	# tmp111
	je	.L53	#,
# dispatch/call/call.c:130: }
	.loc 2 130 1 view .LVU479
	addq	$56, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.L53:
	.cfi_restore_state
.LBB331:
	.loc 2 123 9 is_stmt 1 view .LVU480
# dispatch/call/call.c:123:         struct next n = { t->slots, vm->stack };
	.loc 2 123 21 is_stmt 0 view .LVU481
	movq	8(%rsp), %rax	# %sfp, prepared
	movq	(%rsp), %rdx	# %sfp, n
.LVL92:
	.loc 2 123 21 view .LVU482
	movq	(%rax), %rax	# MEM[(const struct thread *)prepared_13(D)].slots, n
.L51:
	.loc 2 125 9 is_stmt 1 view .LVU483
	.loc 2 126 27 view .LVU484
	.loc 2 127 13 view .LVU485
# dispatch/call/call.c:127:             n = ((handler *)n.vpc->fn)(&m, n.vpc + 1, n.sp);
	.loc 2 127 18 is_stmt 0 view .LVU486
	leaq	8(%rax), %rsi	#, tmp103
	leaq	16(%rsp), %rdi	#, tmp126
	call	*(%rax)	# _6->fn
.LVL93:
	.loc 2 127 18 view .LVU487
	jmp	.L51	#
.LBE331:
	.cfi_endproc
.LFE127:
	.size	run, .-run
	.p2align 4
	.type	prepare, @function
prepare:
.LVL94:
.LFB126:
	.loc 2 113 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 2 114 5 view .LVU489
# dispatch/call/call.c:114:     return thread_new(p, NULL, table);
	.loc 2 114 12 is_stmt 0 view .LVU490
	movl	$table, %edx	#,
	xorl	%esi, %esi	#
	jmp	thread_new	#
.LVL95:
	.loc 2 114 12 view .LVU491
	.cfi_endproc
.LFE126:
	.size	prepare, .-prepare
	.p2align 4
	.type	op_HALT, @function
op_HALT:
.LVL96:
.LFB124:
	.loc 1 146 1 is_stmt 1 view -0
	.cfi_startproc
.L56:
	.loc 1 146 1 view .LVU493
	.loc 1 146 1 view .LVU494
	.loc 1 146 1 view .LVU495
	.loc 1 146 1 view .LVU496
	.loc 1 146 1 view .LVU497
.LBB332:
.LBI332:
	.loc 1 144 1 view .LVU498
.LDL24:
.LBB333:
	.loc 1 144 1 view .LVU499
	.loc 1 145 5 view .LVU500
	.loc 1 145 5 view .LVU501
	.loc 1 145 5 view .LVU502
.LBE333:
.LBE332:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 is_stmt 0 view .LVU503
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB336:
.LBB334:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU504
	movq	24(%rdi), %rax	# m_2(D)->thread, _6
	subq	$8, %rsi	#, tmp101
.LVL97:
	.loc 1 145 5 view .LVU505
.LBE334:
.LBE336:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 view .LVU506
	movq	%rdi, %rbx	# tmp110, m
.LBB337:
.LBB335:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU507
	movq	16(%rbx), %r8	# m_2(D)->budget,
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
.LVL98:
	.loc 1 145 5 view .LVU508
	xorl	%edx, %edx	#
.LVL99:
	.loc 1 145 5 view .LVU509
	subq	(%rax), %rsi	# _6->slots, tmp102
.LVL100:
	.loc 1 145 5 view .LVU510
	movq	8(%rax), %rax	# _6->ord, _6->ord
	sarq	$3, %rsi	#, tmp104
	movl	(%rax,%rsi,4), %ecx	# *_14, *_14
	xorl	%esi, %esi	#
	call	vm_stop	#
.LVL101:
	.loc 1 145 5 is_stmt 1 view .LVU511
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp108
	call	longjmp	#
.LVL102:
.LBE335:
.LBE337:
	.cfi_endproc
.LFE124:
	.size	op_HALT, .-op_HALT
	.p2align 4
	.type	op_C_HALT, @function
op_C_HALT:
.LFB133:
	.cfi_startproc
	.loc 1 146 1 view .LVU512
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 16
	call	op_HALT	#
	.cfi_endproc
.LFE133:
	.size	op_C_HALT, .-op_C_HALT
	.p2align 4
	.type	op_JMP, @function
op_JMP:
.LVL103:
.LFB100:
	.loc 1 105 1 view -0
	.cfi_startproc
.L61:
	.loc 1 105 1 view .LVU514
	.loc 1 105 1 view .LVU515
	.loc 1 105 1 view .LVU516
	.loc 1 105 1 view .LVU517
	.loc 1 105 1 view .LVU518
.LBB338:
.LBI338:
	.loc 1 103 1 view .LVU519
.LDL25:
.LBB339:
	.loc 1 103 1 view .LVU520
	.loc 1 104 5 view .LVU521
.LBB340:
	.loc 1 104 5 view .LVU522
	.loc 1 104 5 view .LVU523
.LBE340:
.LBE339:
.LBE338:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 is_stmt 0 view .LVU524
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU525
	movq	%rdi, %rbx	# tmp123, m
.LBB345:
.LBB343:
.LBB341:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU526
	movq	16(%rdi), %r8	# m_2(D)->budget, _6
	cmpq	%r8, 8(%rsi)	# _6, MEM[(const union slot *)vpc_3(D) + 8B].count
	jg	.L65	#,
	.loc 1 104 5 is_stmt 1 view .LVU527
	.loc 1 104 5 view .LVU528
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_3(D) + 16B].count, tmp116
	movq	(%rsi), %rax	# vpc_3(D)->target, D.5288
	movq	%r8, 16(%rdi)	# tmp116, m_2(D)->budget
	.loc 1 104 5 view .LVU529
.LVL104:
	.loc 1 104 5 is_stmt 0 view .LVU530
.LBE341:
.LBE343:
.LBE345:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU531
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL105:
	.p2align 4,,10
	.p2align 3
.L65:
	.cfi_restore_state
.L63:
.LBB346:
.LBB344:
.LBB342:
	.loc 1 104 5 is_stmt 1 view .LVU532
	.loc 1 104 5 view .LVU533
	.loc 1 104 5 view .LVU534
	movq	24(%rdi), %rax	# m_2(D)->thread, _10
	subq	$8, %rsi	#, tmp105
.LVL106:
	.loc 1 104 5 is_stmt 0 view .LVU535
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
	xorl	%edx, %edx	#
.LVL107:
	.loc 1 104 5 view .LVU536
	subq	(%rax), %rsi	# _10->slots, tmp106
.LVL108:
	.loc 1 104 5 view .LVU537
	movq	8(%rax), %rax	# _10->ord, _10->ord
	sarq	$3, %rsi	#, tmp108
	movl	(%rax,%rsi,4), %ecx	# *_18, *_18
	movl	$7, %esi	#,
	call	vm_stop	#
.LVL109:
	.loc 1 104 5 is_stmt 1 view .LVU538
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp112
	call	longjmp	#
.LVL110:
.LBE342:
.LBE344:
.LBE346:
	.cfi_endproc
.LFE100:
	.size	op_JMP, .-op_JMP
	.p2align 4
	.type	op_C_JMP, @function
op_C_JMP:
.LVL111:
.LFB101:
	.loc 1 105 1 view -0
	.cfi_startproc
.L67:
	.loc 1 105 1 view .LVU540
	.loc 1 105 1 view .LVU541
	.loc 1 105 1 view .LVU542
	.loc 1 105 1 view .LVU543
	.loc 1 105 1 view .LVU544
	.loc 1 105 1 view .LVU545
	.loc 1 105 1 view .LVU546
	.loc 1 105 1 view .LVU547
	.loc 1 105 1 view .LVU548
	.loc 1 105 1 view .LVU549
	.loc 1 105 1 view .LVU550
	.loc 1 105 1 view .LVU551
	.loc 1 105 1 view .LVU552
	.loc 1 105 1 view .LVU553
.LBB347:
.LBI347:
	.loc 1 103 1 view .LVU554
.LDL26:
.LBB348:
	.loc 1 103 1 view .LVU555
	.loc 1 104 5 view .LVU556
.LBB349:
	.loc 1 104 5 view .LVU557
	.loc 1 104 5 view .LVU558
.LBE349:
.LBE348:
.LBE347:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 is_stmt 0 view .LVU559
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU560
	movq	%rdi, %rbx	# tmp123, m
.LBB354:
.LBB352:
.LBB350:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU561
	movq	16(%rdi), %r8	# m_18(D)->budget, _22
	cmpq	%r8, 8(%rsi)	# _22, MEM[(const union slot *)vpc_19(D) + 8B].count
	jg	.L71	#,
	.loc 1 104 5 is_stmt 1 view .LVU562
	.loc 1 104 5 view .LVU563
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_19(D) + 16B].count, tmp116
	movq	(%rsi), %rax	# vpc_19(D)->target, D.5633
	movq	%r8, 16(%rdi)	# tmp116, m_18(D)->budget
	.loc 1 104 5 view .LVU564
.LVL112:
	.loc 1 104 5 is_stmt 0 view .LVU565
.LBE350:
.LBE352:
.LBE354:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU566
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL113:
	.p2align 4,,10
	.p2align 3
.L71:
	.cfi_restore_state
.L69:
.LBB355:
.LBB353:
.LBB351:
	.loc 1 104 5 is_stmt 1 view .LVU567
	.loc 1 104 5 view .LVU568
	.loc 1 104 5 view .LVU569
	movq	24(%rdi), %rax	# m_18(D)->thread, _26
	subq	$8, %rsi	#, tmp105
.LVL114:
	.loc 1 104 5 is_stmt 0 view .LVU570
	movq	(%rdi), %rdi	# m_18(D)->vm, m_18(D)->vm
	xorl	%edx, %edx	#
.LVL115:
	.loc 1 104 5 view .LVU571
	subq	(%rax), %rsi	# _26->slots, tmp106
.LVL116:
	.loc 1 104 5 view .LVU572
	movq	8(%rax), %rax	# _26->ord, _26->ord
	sarq	$3, %rsi	#, tmp108
	movl	(%rax,%rsi,4), %ecx	# *_8, *_8
	movl	$7, %esi	#,
	call	vm_stop	#
.LVL117:
	.loc 1 104 5 is_stmt 1 view .LVU573
	movq	(%rbx), %rdi	# m_18(D)->vm, m_18(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp112
	call	longjmp	#
.LVL118:
.LBE351:
.LBE353:
.LBE355:
	.cfi_endproc
.LFE101:
	.size	op_C_JMP, .-op_C_JMP
	.p2align 4
	.type	op_JZ, @function
op_JZ:
.LVL119:
.LFB103:
	.loc 1 110 1 view -0
	.cfi_startproc
.L73:
	.loc 1 110 1 view .LVU575
	.loc 1 110 1 view .LVU576
	.loc 1 110 1 view .LVU577
	.loc 1 110 1 view .LVU578
	.loc 1 110 1 view .LVU579
.LBB356:
.LBI356:
	.loc 1 107 1 view .LVU580
.LBB357:
	.loc 1 107 1 view .LVU581
	.loc 1 108 5 view .LVU582
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 1 108 8 is_stmt 0 view .LVU583
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_4(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL120:
	.loc 1 108 8 view .LVU584
	jne	.L74	#,
.L75:
	.loc 1 109 9 is_stmt 1 view .LVU585
.LBB358:
	.loc 1 109 9 view .LVU586
	.loc 1 109 9 view .LVU587
.LBE358:
.LBE357:
.LBE356:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU588
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp125, m
.LBB366:
.LBB362:
.LBB359:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU589
	movq	16(%rdi), %r8	# m_2(D)->budget, _9
	cmpq	%r8, 8(%rsi)	# _9, MEM[(const union slot *)vpc_3(D) + 8B].count
	jg	.L83	#,
	.loc 1 109 9 is_stmt 1 view .LVU590
	.loc 1 109 9 view .LVU591
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_3(D) + 16B].count, tmp118
	movq	(%rsi), %rax	# vpc_3(D)->target, SR.125
.LBE359:
.LBE362:
.LBE366:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU592
	movq	%rcx, %rdx	# sp,
.LVL121:
.LBB367:
.LBB363:
.LBB360:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU593
	movq	%r8, 16(%rdi)	# tmp118, m_2(D)->budget
	.loc 1 109 9 is_stmt 1 view .LVU594
.LVL122:
	.loc 1 109 9 is_stmt 0 view .LVU595
.LBE360:
.LBE363:
.LBE367:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU596
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
.LVL123:
	.p2align 4,,10
	.p2align 3
.L74:
	.cfi_restore 3
.LBB368:
.LBB364:
	.loc 1 109 9 is_stmt 1 view .LVU597
	.loc 1 110 1 view .LVU598
	.loc 1 110 1 view .LVU599
	leaq	24(%rsi), %rax	#, SR.125
.LVL124:
	.loc 1 110 1 is_stmt 0 view .LVU600
.LBE364:
.LBE368:
	movq	%rcx, %rdx	# sp,
.LVL125:
	.loc 1 110 1 view .LVU601
	ret	
.LVL126:
	.p2align 4,,10
	.p2align 3
.L83:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.L77:
.LBB369:
.LBB365:
.LBB361:
	.loc 1 109 9 is_stmt 1 view .LVU602
	.loc 1 109 9 view .LVU603
	.loc 1 109 9 view .LVU604
	movq	24(%rdi), %rax	# m_2(D)->thread, _13
	subq	$8, %rsi	#, tmp107
.LVL127:
	.loc 1 109 9 is_stmt 0 view .LVU605
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
	xorl	%edx, %edx	#
.LVL128:
	.loc 1 109 9 view .LVU606
	subq	(%rax), %rsi	# _13->slots, tmp108
.LVL129:
	.loc 1 109 9 view .LVU607
	movq	8(%rax), %rax	# _13->ord, _13->ord
	sarq	$3, %rsi	#, tmp110
	movl	(%rax,%rsi,4), %ecx	# *_21, *_21
.LVL130:
	.loc 1 109 9 view .LVU608
	movl	$7, %esi	#,
	call	vm_stop	#
.LVL131:
	.loc 1 109 9 is_stmt 1 view .LVU609
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp114
	call	longjmp	#
.LVL132:
.LBE361:
.LBE365:
.LBE369:
	.cfi_endproc
.LFE103:
	.size	op_JZ, .-op_JZ
	.p2align 4
	.type	op_JNZ, @function
op_JNZ:
.LVL133:
.LFB106:
	.loc 1 115 1 view -0
	.cfi_startproc
.L85:
	.loc 1 115 1 view .LVU611
	.loc 1 115 1 view .LVU612
	.loc 1 115 1 view .LVU613
	.loc 1 115 1 view .LVU614
	.loc 1 115 1 view .LVU615
.LBB370:
.LBI370:
	.loc 1 112 1 view .LVU616
.LBB371:
	.loc 1 112 1 view .LVU617
	.loc 1 113 5 view .LVU618
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 8 is_stmt 0 view .LVU619
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_4(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL134:
	.loc 1 113 8 view .LVU620
	je	.L86	#,
.L87:
	.loc 1 114 9 is_stmt 1 view .LVU621
.LBB372:
	.loc 1 114 9 view .LVU622
	.loc 1 114 9 view .LVU623
.LBE372:
.LBE371:
.LBE370:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU624
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp125, m
.LBB380:
.LBB376:
.LBB373:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU625
	movq	16(%rdi), %r8	# m_2(D)->budget, _9
	cmpq	%r8, 8(%rsi)	# _9, MEM[(const union slot *)vpc_3(D) + 8B].count
	jg	.L95	#,
	.loc 1 114 9 is_stmt 1 view .LVU626
	.loc 1 114 9 view .LVU627
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_3(D) + 16B].count, tmp118
	movq	(%rsi), %rax	# vpc_3(D)->target, SR.129
.LBE373:
.LBE376:
.LBE380:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU628
	movq	%rcx, %rdx	# sp,
.LVL135:
.LBB381:
.LBB377:
.LBB374:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU629
	movq	%r8, 16(%rdi)	# tmp118, m_2(D)->budget
	.loc 1 114 9 is_stmt 1 view .LVU630
.LVL136:
	.loc 1 114 9 is_stmt 0 view .LVU631
.LBE374:
.LBE377:
.LBE381:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 view .LVU632
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
.LVL137:
	.p2align 4,,10
	.p2align 3
.L86:
	.cfi_restore 3
.LBB382:
.LBB378:
	.loc 1 114 9 is_stmt 1 view .LVU633
	.loc 1 115 1 view .LVU634
	.loc 1 115 1 view .LVU635
	leaq	24(%rsi), %rax	#, SR.129
.LVL138:
	.loc 1 115 1 is_stmt 0 view .LVU636
.LBE378:
.LBE382:
	movq	%rcx, %rdx	# sp,
.LVL139:
	.loc 1 115 1 view .LVU637
	ret	
.LVL140:
	.p2align 4,,10
	.p2align 3
.L95:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.L89:
.LBB383:
.LBB379:
.LBB375:
	.loc 1 114 9 is_stmt 1 view .LVU638
	.loc 1 114 9 view .LVU639
	.loc 1 114 9 view .LVU640
	movq	24(%rdi), %rax	# m_2(D)->thread, _13
	subq	$8, %rsi	#, tmp107
.LVL141:
	.loc 1 114 9 is_stmt 0 view .LVU641
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
	xorl	%edx, %edx	#
.LVL142:
	.loc 1 114 9 view .LVU642
	subq	(%rax), %rsi	# _13->slots, tmp108
.LVL143:
	.loc 1 114 9 view .LVU643
	movq	8(%rax), %rax	# _13->ord, _13->ord
	sarq	$3, %rsi	#, tmp110
	movl	(%rax,%rsi,4), %ecx	# *_21, *_21
.LVL144:
	.loc 1 114 9 view .LVU644
	movl	$7, %esi	#,
	call	vm_stop	#
.LVL145:
	.loc 1 114 9 is_stmt 1 view .LVU645
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp114
	call	longjmp	#
.LVL146:
.LBE375:
.LBE379:
.LBE383:
	.cfi_endproc
.LFE106:
	.size	op_JNZ, .-op_JNZ
	.p2align 4
	.type	op_RET, @function
op_RET:
.LVL147:
.LFB112:
	.loc 1 124 1 view -0
	.cfi_startproc
.L97:
	.loc 1 124 1 view .LVU647
	.loc 1 124 1 view .LVU648
	.loc 1 124 1 view .LVU649
	.loc 1 124 1 view .LVU650
	.loc 1 124 1 view .LVU651
.LBB384:
.LBI384:
	.loc 1 122 1 view .LVU652
.LBB385:
	.loc 1 122 1 view .LVU653
	.loc 1 123 5 view .LVU654
.LBB386:
	.loc 1 123 5 view .LVU655
.LBE386:
.LBE385:
.LBE384:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 is_stmt 0 view .LVU656
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB397:
.LBB394:
.LBB391:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU657
	movq	8(%rdi), %rax	# m_2(D)->rsp, _5
.LBE391:
.LBE394:
.LBE397:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU658
	movq	%rdi, %rbx	# tmp127, m
.LBB398:
.LBB395:
.LBB392:
.LBB387:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU659
	movq	16(%rbx), %r8	# m_2(D)->budget, _10
.LBE387:
	leaq	-8(%rax), %rcx	#, tmp109
	movq	%rcx, 8(%rdi)	# tmp109, m_2(D)->rsp
.LBB388:
	movq	(%rsi), %rcx	# vpc_3(D)->count, _9
.LBE388:
	movq	-8(%rax), %rdi	# MEM[(uintptr_t *)_5 + -8B], to_
.LVL148:
.LDL27:
	.loc 1 123 5 is_stmt 1 view .LVU660
.LBB389:
	.loc 1 123 5 view .LVU661
	.loc 1 123 5 view .LVU662
	cmpq	%r8, %rcx	# _10, _9
	jg	.L101	#,
	.loc 1 123 5 view .LVU663
	.loc 1 123 5 view .LVU664
	movq	-24(%rdi), %rax	# MEM[(const union slot *)to__8 + -24B].count, tmp119
	subq	%rcx, %rax	# _9, tmp119
	addq	%r8, %rax	# _10, tmp121
	movq	%rax, 16(%rbx)	# tmp121, m_2(D)->budget
	.loc 1 123 5 view .LVU665
.LVL149:
	.loc 1 123 5 is_stmt 0 view .LVU666
.LBE389:
.LBE392:
.LBE395:
.LBE398:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU667
	movq	%rdi, %rax	# to_,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL150:
	.loc 1 124 1 view .LVU668
	ret	
.LVL151:
	.p2align 4,,10
	.p2align 3
.L101:
	.cfi_restore_state
.L99:
.LBB399:
.LBB396:
.LBB393:
.LBB390:
	.loc 1 123 5 is_stmt 1 view .LVU669
	.loc 1 123 5 view .LVU670
	.loc 1 123 5 view .LVU671
	movq	24(%rbx), %rax	# m_2(D)->thread, _14
	subq	$8, %rsi	#, tmp110
.LVL152:
	.loc 1 123 5 is_stmt 0 view .LVU672
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
.LVL153:
	.loc 1 123 5 view .LVU673
	xorl	%edx, %edx	#
.LVL154:
	.loc 1 123 5 view .LVU674
	subq	(%rax), %rsi	# _14->slots, tmp111
.LVL155:
	.loc 1 123 5 view .LVU675
	movq	8(%rax), %rax	# _14->ord, _14->ord
	sarq	$3, %rsi	#, tmp113
	movl	(%rax,%rsi,4), %ecx	# *_22, *_22
	movl	$7, %esi	#,
	call	vm_stop	#
.LVL156:
	.loc 1 123 5 is_stmt 1 view .LVU676
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL157:
.LBE390:
.LBE393:
.LBE396:
.LBE399:
	.cfi_endproc
.LFE112:
	.size	op_RET, .-op_RET
	.p2align 4
	.type	op_LOAD, @function
op_LOAD:
.LVL158:
.LFB115:
	.loc 1 129 1 view -0
	.cfi_startproc
.L103:
	.loc 1 129 1 view .LVU678
	.loc 1 129 1 view .LVU679
	.loc 1 129 1 view .LVU680
	.loc 1 129 1 view .LVU681
	.loc 1 129 1 view .LVU682
	.loc 1 129 1 is_stmt 0 view .LVU683
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 view .LVU684
	movq	%rsi, %rax	# tmp123, vpc
.LVL159:
.LBB400:
.LBI400:
	.loc 1 126 1 is_stmt 1 view .LVU685
.LBB401:
	.loc 1 126 1 view .LVU686
	.loc 1 127 5 view .LVU687
	.loc 1 127 5 view .LVU688
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -8B], _5
.LVL160:
	.loc 1 127 5 is_stmt 0 view .LVU689
.LBE401:
.LBE400:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 view .LVU690
	movq	%rdi, %rbx	# tmp122, m
.LBB404:
.LBB402:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU691
	movq	(%rdi), %rdi	# m_2(D)->vm, pretmp_7
.LVL161:
	.loc 1 127 5 view .LVU692
	cmpq	$65535, %rsi	#, _5
	ja	.L107	#,
	.loc 1 127 5 is_stmt 1 view .LVU693
	.loc 1 127 5 view .LVU694
	.loc 1 128 5 view .LVU695
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 12 is_stmt 0 view .LVU696
	movq	65544(%rdi), %rcx	# pretmp_7->mem, pretmp_7->mem
	movq	(%rcx,%rsi,8), %rcx	# *_27, _28
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 10 view .LVU697
	movq	%rcx, -8(%rdx)	# _28, MEM[(cell *)sp_4(D) + -8B]
.LDL28:
	.loc 1 129 1 is_stmt 1 view .LVU698
	.loc 1 129 1 view .LVU699
.LVL162:
	.loc 1 129 1 is_stmt 0 view .LVU700
.LBE402:
.LBE404:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL163:
	.loc 1 129 1 view .LVU701
	ret	
.LVL164:
	.p2align 4,,10
	.p2align 3
.L107:
	.cfi_restore_state
.L105:
.LBB405:
.LBB403:
	.loc 1 127 5 is_stmt 1 view .LVU702
	.loc 1 127 5 view .LVU703
	.loc 1 127 5 view .LVU704
	movq	24(%rbx), %rdx	# m_2(D)->thread, _11
.LVL165:
	.loc 1 127 5 is_stmt 0 view .LVU705
	subq	$8, %rax	#, tmp108
.LVL166:
	.loc 1 127 5 view .LVU706
	movq	16(%rbx), %r8	# m_2(D)->budget,
	subq	(%rdx), %rax	# _11->slots, tmp109
.LVL167:
	.loc 1 127 5 view .LVU707
	movq	8(%rdx), %rdx	# _11->ord, _11->ord
	sarq	$3, %rax	#, tmp111
	movl	(%rdx,%rax,4), %ecx	# *_19, *_19
	movq	%rsi, %rdx	# _5,
	movl	$6, %esi	#,
	call	vm_stop	#
.LVL168:
	.loc 1 127 5 is_stmt 1 view .LVU708
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp114
	call	longjmp	#
.LVL169:
.LBE403:
.LBE405:
	.cfi_endproc
.LFE115:
	.size	op_LOAD, .-op_LOAD
	.p2align 4
	.type	op_STORE, @function
op_STORE:
.LVL170:
.LFB118:
	.loc 1 135 1 view -0
	.cfi_startproc
.L109:
	.loc 1 135 1 view .LVU710
	.loc 1 135 1 view .LVU711
	.loc 1 135 1 view .LVU712
	.loc 1 135 1 view .LVU713
	.loc 1 135 1 view .LVU714
	.loc 1 135 1 is_stmt 0 view .LVU715
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 view .LVU716
	movq	%rsi, %rax	# tmp125, vpc
.LVL171:
.LBB406:
.LBI406:
	.loc 1 131 1 is_stmt 1 view .LVU717
.LBB407:
	.loc 1 131 1 view .LVU718
	.loc 1 132 5 view .LVU719
	.loc 1 132 5 view .LVU720
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -8B], _5
.LVL172:
	.loc 1 132 5 is_stmt 0 view .LVU721
.LBE407:
.LBE406:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 view .LVU722
	movq	%rdi, %rbx	# tmp124, m
.LBB410:
.LBB408:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU723
	movq	(%rdi), %rdi	# m_2(D)->vm, pretmp_7
.LVL173:
	.loc 1 132 5 view .LVU724
	cmpq	$65535, %rsi	#, _5
	ja	.L113	#,
	.loc 1 132 5 is_stmt 1 view .LVU725
	.loc 1 132 5 view .LVU726
	.loc 1 133 5 view .LVU727
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 is_stmt 0 view .LVU728
	movq	-16(%rdx), %r8	# MEM[(cell *)sp_4(D) + -16B], _28
	movq	65544(%rdi), %rcx	# pretmp_7->mem, pretmp_7->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 1 134 5 view .LVU729
	subq	$16, %rdx	#, sp
.LVL174:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 view .LVU730
	movq	%r8, (%rcx,%rsi,8)	# _28, *_27
	.loc 1 134 5 is_stmt 1 view .LVU731
.LVL175:
.LDL29:
	.loc 1 135 1 view .LVU732
	.loc 1 135 1 view .LVU733
	.loc 1 135 1 is_stmt 0 view .LVU734
.LBE408:
.LBE410:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL176:
	.loc 1 135 1 view .LVU735
	ret	
.LVL177:
	.p2align 4,,10
	.p2align 3
.L113:
	.cfi_restore_state
.L111:
.LBB411:
.LBB409:
	.loc 1 132 5 is_stmt 1 view .LVU736
	.loc 1 132 5 view .LVU737
	.loc 1 132 5 view .LVU738
	movq	24(%rbx), %rdx	# m_2(D)->thread, _11
.LVL178:
	.loc 1 132 5 is_stmt 0 view .LVU739
	subq	$8, %rax	#, tmp109
.LVL179:
	.loc 1 132 5 view .LVU740
	movq	16(%rbx), %r8	# m_2(D)->budget,
	subq	(%rdx), %rax	# _11->slots, tmp110
.LVL180:
	.loc 1 132 5 view .LVU741
	movq	8(%rdx), %rdx	# _11->ord, _11->ord
	sarq	$3, %rax	#, tmp112
	movl	(%rdx,%rax,4), %ecx	# *_19, *_19
	movq	%rsi, %rdx	# _5,
	movl	$6, %esi	#,
	call	vm_stop	#
.LVL181:
	.loc 1 132 5 is_stmt 1 view .LVU742
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL182:
.LBE409:
.LBE411:
	.cfi_endproc
.LFE118:
	.size	op_STORE, .-op_STORE
	.p2align 4
	.type	op_CALL, @function
op_CALL:
.LVL183:
.LFB109:
	.loc 1 120 1 view -0
	.cfi_startproc
.L115:
	.loc 1 120 1 view .LVU744
	.loc 1 120 1 view .LVU745
	.loc 1 120 1 view .LVU746
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 is_stmt 0 view .LVU747
	movq	%rdi, %rbx	# tmp157, m
	movslq	24(%rsi), %rcx	# MEM[(const union slot *)vpc_31(D) + 24B].frame.need, MEM[(const union slot *)vpc_31(D) + 24B].frame.need
	movq	%rsi, %rax	# tmp158, vpc
	movq	(%rdi), %rdi	# m_30(D)->vm, _2
.LVL184:
	.loc 1 120 1 view .LVU748
	movq	%rdx, %rsi	# sp, tmp129
.LVL185:
	.loc 1 120 1 view .LVU749
	leaq	(%rdi,%rcx,8), %rcx	#, tmp128
	subq	%rcx, %rsi	# tmp128, tmp129
	movslq	28(%rax), %rcx	# MEM[(const union slot *)vpc_31(D) + 24B].frame.span, MEM[(const union slot *)vpc_31(D) + 24B].frame.span
	salq	$3, %rcx	#, tmp132
	cmpq	%rsi, %rcx	# tmp129, tmp132
	jb	.L116	#,
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 discriminator 2 view .LVU750
	movq	8(%rbx), %rcx	# m_30(D)->rsp, _17
	leaq	65544(%rdi), %rsi	#, tmp133
	cmpq	%rsi, %rcx	# tmp133, _17
	je	.L116	#,
	.loc 1 120 1 is_stmt 1 view .LVU751
	.loc 1 120 1 view .LVU752
.LVL186:
.LBB412:
.LBI412:
	.loc 1 117 1 view .LVU753
.LBB413:
	.loc 1 117 1 view .LVU754
	.loc 1 118 5 view .LVU755
	leaq	8(%rcx), %rsi	#, tmp138
	movq	%rsi, 8(%rbx)	# tmp138, m_30(D)->rsp
	leaq	32(%rax), %rsi	#, tmp139
	movq	%rsi, (%rcx)	# tmp139, *_17
.LDL30:
	.loc 1 119 5 view .LVU756
.LBB414:
	.loc 1 119 5 view .LVU757
	.loc 1 119 5 view .LVU758
	movq	16(%rbx), %r8	# m_30(D)->budget, _39
	cmpq	%r8, 8(%rax)	# _39, MEM[(const union slot *)vpc_31(D) + 8B].count
	jg	.L122	#,
	.loc 1 119 5 view .LVU759
	.loc 1 119 5 view .LVU760
	addq	16(%rax), %r8	# MEM[(const union slot *)vpc_31(D) + 16B].count, tmp150
	movq	(%rax), %rax	# vpc_31(D)->target, _15
.LVL187:
	.loc 1 119 5 is_stmt 0 view .LVU761
	movq	%r8, 16(%rbx)	# tmp150, m_30(D)->budget
	.loc 1 119 5 is_stmt 1 view .LVU762
.LVL188:
	.loc 1 119 5 is_stmt 0 view .LVU763
.LBE414:
.LBE413:
.LBE412:
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 view .LVU764
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL189:
	.loc 1 120 1 view .LVU765
	ret	
.LVL190:
	.p2align 4,,10
	.p2align 3
.L116:
	.cfi_restore_state
.LBB417:
	.loc 1 120 1 is_stmt 1 discriminator 3 view .LVU766
	movq	24(%rbx), %rcx	# m_30(D)->thread, m_30(D)->thread
.LBE417:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL191:
.LBB418:
	.loc 1 120 1 is_stmt 0 discriminator 3 view .LVU767
	movq	24(%rcx), %rcx	# _22->nslots, _22->nslots
	leaq	-8(%rax,%rcx,8), %rax	#, _15
.LVL192:
	.loc 1 120 1 discriminator 3 view .LVU768
.LBE418:
	ret	
.LVL193:
	.p2align 4,,10
	.p2align 3
.L122:
	.cfi_restore_state
.L120:
.LBB419:
.LBB416:
.LBB415:
	.loc 1 119 5 is_stmt 1 view .LVU769
	.loc 1 119 5 view .LVU770
	.loc 1 119 5 view .LVU771
	movq	24(%rbx), %rdx	# m_30(D)->thread, _43
.LVL194:
	.loc 1 119 5 is_stmt 0 view .LVU772
	subq	$8, %rax	#, tmp140
.LVL195:
	.loc 1 119 5 view .LVU773
	movl	$7, %esi	#,
	subq	(%rdx), %rax	# _43->slots, tmp141
.LVL196:
	.loc 1 119 5 view .LVU774
	movq	8(%rdx), %rdx	# _43->ord, _43->ord
	sarq	$3, %rax	#, tmp143
	movl	(%rdx,%rax,4), %ecx	# *_51, *_51
.LVL197:
	.loc 1 119 5 view .LVU775
	xorl	%edx, %edx	#
	call	vm_stop	#
.LVL198:
	.loc 1 119 5 is_stmt 1 view .LVU776
	movq	(%rbx), %rdi	# m_30(D)->vm, m_30(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp146
	call	longjmp	#
.LVL199:
.LBE415:
.LBE416:
.LBE419:
	.cfi_endproc
.LFE109:
	.size	op_CALL, .-op_CALL
	.p2align 4
	.type	op_C_STORE, @function
op_C_STORE:
.LVL200:
.LFB119:
	.loc 1 135 1 view -0
	.cfi_startproc
.L124:
	.loc 1 135 1 view .LVU778
	.loc 1 135 1 view .LVU779
	.loc 1 135 1 view .LVU780
	.loc 1 135 1 view .LVU781
	.loc 1 135 1 view .LVU782
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 is_stmt 0 view .LVU783
	movq	%rdi, %rbx	# tmp154, m
	movq	(%rdi), %rdi	# m_43(D)->vm, _1
.LVL201:
	.loc 1 135 1 view .LVU784
	movq	%rsi, %rax	# tmp155, vpc
	leaq	16(%rdi), %rcx	#, tmp125
	cmpq	%rcx, %rdx	# tmp125, sp
	jb	.L131	#,
	.loc 1 135 1 is_stmt 1 view .LVU785
	.loc 1 135 1 view .LVU786
	.loc 1 135 1 view .LVU787
	.loc 1 135 1 view .LVU788
	.loc 1 135 1 view .LVU789
	.loc 1 135 1 view .LVU790
	.loc 1 135 1 view .LVU791
	.loc 1 135 1 view .LVU792
	.loc 1 135 1 view .LVU793
	.loc 1 135 1 view .LVU794
	.loc 1 135 1 view .LVU795
.LVL202:
.LBB420:
.LBI420:
	.loc 1 131 1 view .LVU796
.LBB421:
	.loc 1 131 1 view .LVU797
	.loc 1 132 5 view .LVU798
	.loc 1 132 5 view .LVU799
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_44(D) + -8B], _48
.LVL203:
	.loc 1 132 5 is_stmt 0 view .LVU800
	cmpq	$65535, %rsi	#, _48
	ja	.L132	#,
	.loc 1 132 5 is_stmt 1 view .LVU801
	.loc 1 132 5 view .LVU802
	.loc 1 133 5 view .LVU803
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 is_stmt 0 view .LVU804
	movq	-16(%rdx), %r8	# MEM[(cell *)sp_44(D) + -16B], _22
	movq	65544(%rdi), %rcx	# _1->mem, _1->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 1 134 5 view .LVU805
	subq	$16, %rdx	#, sp
.LVL204:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 view .LVU806
	movq	%r8, (%rcx,%rsi,8)	# _22, *_41
	.loc 1 134 5 is_stmt 1 view .LVU807
.LVL205:
.LDL31:
	.loc 1 135 1 view .LVU808
	.loc 1 135 1 view .LVU809
	.loc 1 135 1 is_stmt 0 view .LVU810
.LBE421:
.LBE420:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL206:
	.loc 1 135 1 view .LVU811
	ret	
.LVL207:
	.p2align 4,,10
	.p2align 3
.L131:
	.cfi_restore_state
.L126:
	.loc 1 135 1 is_stmt 1 discriminator 3 view .LVU812
	.loc 1 135 1 discriminator 3 view .LVU813
	.loc 1 135 1 discriminator 3 view .LVU814
	movq	24(%rbx), %rcx	# m_43(D)->thread, _7
	subq	$8, %rax	#, tmp127
.LVL208:
	.loc 1 135 1 is_stmt 0 discriminator 3 view .LVU815
	subq	%rdi, %rdx	# _1, tmp133
.LVL209:
	.loc 1 135 1 discriminator 3 view .LVU816
	movq	16(%rbx), %r8	# m_43(D)->budget,
	sarq	$3, %rdx	#, tmp135
	movl	$2, %esi	#,
.LVL210:
	.loc 1 135 1 discriminator 3 view .LVU817
	subq	(%rcx), %rax	# _7->slots, tmp128
.LVL211:
	.loc 1 135 1 discriminator 3 view .LVU818
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp130
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
.L130:
.LBB423:
.LBB422:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU819
	call	vm_stop	#
.LVL212:
	.loc 1 132 5 is_stmt 1 view .LVU820
	movq	(%rbx), %rdi	# m_43(D)->vm, m_43(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp145
	call	longjmp	#
.LVL213:
	.p2align 4,,10
	.p2align 3
.L132:
.L128:
	.loc 1 132 5 view .LVU821
	.loc 1 132 5 view .LVU822
	.loc 1 132 5 view .LVU823
	movq	24(%rbx), %rdx	# m_43(D)->thread, _54
.LVL214:
	.loc 1 132 5 is_stmt 0 view .LVU824
	subq	$8, %rax	#, tmp139
.LVL215:
	.loc 1 132 5 view .LVU825
	movq	16(%rbx), %r8	# m_43(D)->budget,
	subq	(%rdx), %rax	# _54->slots, tmp140
.LVL216:
	.loc 1 132 5 view .LVU826
	movq	8(%rdx), %rdx	# _54->ord, _54->ord
	sarq	$3, %rax	#, tmp142
	movl	(%rdx,%rax,4), %ecx	# *_35, *_35
	movq	%rsi, %rdx	# _48,
	movl	$6, %esi	#,
	jmp	.L130	#
.LBE422:
.LBE423:
	.cfi_endproc
.LFE119:
	.size	op_C_STORE, .-op_C_STORE
	.p2align 4
	.type	op_C_LOAD, @function
op_C_LOAD:
.LVL217:
.LFB116:
	.loc 1 129 1 is_stmt 1 view -0
	.cfi_startproc
.L134:
	.loc 1 129 1 view .LVU828
	.loc 1 129 1 view .LVU829
	.loc 1 129 1 view .LVU830
	.loc 1 129 1 view .LVU831
	.loc 1 129 1 view .LVU832
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 is_stmt 0 view .LVU833
	movq	%rdi, %rbx	# tmp152, m
	movq	(%rdi), %rdi	# m_42(D)->vm, _1
.LVL218:
	.loc 1 129 1 view .LVU834
	movq	%rsi, %rax	# tmp153, vpc
	leaq	8(%rdi), %rcx	#, tmp124
	cmpq	%rcx, %rdx	# tmp124, sp
	jb	.L141	#,
	.loc 1 129 1 is_stmt 1 view .LVU835
	.loc 1 129 1 view .LVU836
	.loc 1 129 1 view .LVU837
	.loc 1 129 1 view .LVU838
	.loc 1 129 1 view .LVU839
	.loc 1 129 1 view .LVU840
	.loc 1 129 1 view .LVU841
	.loc 1 129 1 view .LVU842
	.loc 1 129 1 view .LVU843
	.loc 1 129 1 view .LVU844
	.loc 1 129 1 view .LVU845
.LVL219:
.LBB424:
.LBI424:
	.loc 1 126 1 view .LVU846
.LBB425:
	.loc 1 126 1 view .LVU847
	.loc 1 127 5 view .LVU848
	.loc 1 127 5 view .LVU849
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_43(D) + -8B], _47
.LVL220:
	.loc 1 127 5 is_stmt 0 view .LVU850
	cmpq	$65535, %rsi	#, _47
	ja	.L142	#,
	.loc 1 127 5 is_stmt 1 view .LVU851
	.loc 1 127 5 view .LVU852
	.loc 1 128 5 view .LVU853
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 12 is_stmt 0 view .LVU854
	movq	65544(%rdi), %rcx	# _1->mem, _1->mem
	movq	(%rcx,%rsi,8), %rcx	# *_40, _22
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 10 view .LVU855
	movq	%rcx, -8(%rdx)	# _22, MEM[(cell *)sp_43(D) + -8B]
.LDL32:
	.loc 1 129 1 is_stmt 1 view .LVU856
	.loc 1 129 1 view .LVU857
.LVL221:
	.loc 1 129 1 is_stmt 0 view .LVU858
.LBE425:
.LBE424:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL222:
	.loc 1 129 1 view .LVU859
	ret	
.LVL223:
	.p2align 4,,10
	.p2align 3
.L141:
	.cfi_restore_state
.L136:
	.loc 1 129 1 is_stmt 1 discriminator 3 view .LVU860
	.loc 1 129 1 discriminator 3 view .LVU861
	.loc 1 129 1 discriminator 3 view .LVU862
	movq	24(%rbx), %rcx	# m_42(D)->thread, _7
	subq	$8, %rax	#, tmp126
.LVL224:
	.loc 1 129 1 is_stmt 0 discriminator 3 view .LVU863
	subq	%rdi, %rdx	# _1, tmp132
.LVL225:
	.loc 1 129 1 discriminator 3 view .LVU864
	movq	16(%rbx), %r8	# m_42(D)->budget,
	sarq	$3, %rdx	#, tmp134
	movl	$2, %esi	#,
.LVL226:
	.loc 1 129 1 discriminator 3 view .LVU865
	subq	(%rcx), %rax	# _7->slots, tmp127
.LVL227:
	.loc 1 129 1 discriminator 3 view .LVU866
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp129
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
.L140:
.LBB427:
.LBB426:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU867
	call	vm_stop	#
.LVL228:
	.loc 1 127 5 is_stmt 1 view .LVU868
	movq	(%rbx), %rdi	# m_42(D)->vm, m_42(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp144
	call	longjmp	#
.LVL229:
	.p2align 4,,10
	.p2align 3
.L142:
.L138:
	.loc 1 127 5 view .LVU869
	.loc 1 127 5 view .LVU870
	.loc 1 127 5 view .LVU871
	movq	24(%rbx), %rdx	# m_42(D)->thread, _53
.LVL230:
	.loc 1 127 5 is_stmt 0 view .LVU872
	subq	$8, %rax	#, tmp138
.LVL231:
	.loc 1 127 5 view .LVU873
	movq	16(%rbx), %r8	# m_42(D)->budget,
	subq	(%rdx), %rax	# _53->slots, tmp139
.LVL232:
	.loc 1 127 5 view .LVU874
	movq	8(%rdx), %rdx	# _53->ord, _53->ord
	sarq	$3, %rax	#, tmp141
	movl	(%rdx,%rax,4), %ecx	# *_34, *_34
	movq	%rsi, %rdx	# _47,
	movl	$6, %esi	#,
	jmp	.L140	#
.LBE426:
.LBE427:
	.cfi_endproc
.LFE116:
	.size	op_C_LOAD, .-op_C_LOAD
	.p2align 4
	.type	op_C_RET, @function
op_C_RET:
.LVL233:
.LFB113:
	.loc 1 124 1 is_stmt 1 view -0
	.cfi_startproc
.L144:
	.loc 1 124 1 view .LVU876
	.loc 1 124 1 view .LVU877
	.loc 1 124 1 view .LVU878
	.loc 1 124 1 view .LVU879
	.loc 1 124 1 view .LVU880
	.loc 1 124 1 view .LVU881
	.loc 1 124 1 view .LVU882
	.loc 1 124 1 view .LVU883
	.loc 1 124 1 view .LVU884
	.loc 1 124 1 view .LVU885
	.loc 1 124 1 view .LVU886
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 is_stmt 0 view .LVU887
	movq	%rdi, %rbx	# tmp148, m
	movq	8(%rdi), %rax	# m_24(D)->rsp, _36
	movq	(%rdi), %rdi	# m_24(D)->vm, _37
.LVL234:
	.loc 1 124 1 view .LVU888
	movq	16(%rbx), %r8	# m_24(D)->budget, pretmp_39
	leaq	32776(%rdi), %rcx	#, tmp122
	cmpq	%rcx, %rax	# tmp122, _36
	je	.L151	#,
	.loc 1 124 1 is_stmt 1 view .LVU889
	.loc 1 124 1 view .LVU890
	.loc 1 124 1 view .LVU891
.LVL235:
.LBB428:
.LBI428:
	.loc 1 122 1 view .LVU892
.LBB429:
	.loc 1 122 1 view .LVU893
	.loc 1 123 5 view .LVU894
.LBB430:
	.loc 1 123 5 view .LVU895
	leaq	-8(%rax), %rcx	#, tmp131
	movq	-8(%rax), %r9	# MEM[(uintptr_t *)_36 + -8B], to_
.LVL236:
.LDL33:
	.loc 1 123 5 view .LVU896
.LBB431:
	.loc 1 123 5 view .LVU897
	.loc 1 123 5 view .LVU898
.LBE431:
	movq	%rcx, 8(%rbx)	# tmp131, m_24(D)->rsp
.LBB432:
	movq	(%rsi), %rcx	# vpc_25(D)->count, _32
	cmpq	%r8, %rcx	# pretmp_39, _32
	jg	.L152	#,
	.loc 1 123 5 view .LVU899
	.loc 1 123 5 view .LVU900
	movq	-24(%r9), %rax	# MEM[(const union slot *)to__31 + -24B].count, tmp140
	subq	%rcx, %rax	# _32, tmp140
	addq	%r8, %rax	# pretmp_39, tmp142
	movq	%rax, 16(%rbx)	# tmp142, m_24(D)->budget
	.loc 1 123 5 view .LVU901
.LVL237:
	.loc 1 123 5 is_stmt 0 view .LVU902
.LBE432:
.LBE430:
.LBE429:
.LBE428:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU903
	movq	%r9, %rax	# to_,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL238:
	.loc 1 124 1 view .LVU904
	ret	
.LVL239:
	.p2align 4,,10
	.p2align 3
.L151:
	.cfi_restore_state
.L146:
	.loc 1 124 1 is_stmt 1 discriminator 11 view .LVU905
	.loc 1 124 1 discriminator 11 view .LVU906
	.loc 1 124 1 discriminator 11 view .LVU907
	movq	24(%rbx), %rax	# m_24(D)->thread, _43
	subq	$8, %rsi	#, tmp123
.LVL240:
	.loc 1 124 1 is_stmt 0 discriminator 11 view .LVU908
	xorl	%edx, %edx	#
.LVL241:
	.loc 1 124 1 discriminator 11 view .LVU909
	subq	(%rax), %rsi	# _43->slots, tmp124
.LVL242:
	.loc 1 124 1 discriminator 11 view .LVU910
	movq	8(%rax), %rax	# _43->ord, _43->ord
	sarq	$3, %rsi	#, tmp126
	movl	(%rax,%rsi,4), %ecx	# *_51, *_51
	movl	$4, %esi	#,
.L150:
.LBB436:
.LBB435:
.LBB434:
.LBB433:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU911
	call	vm_stop	#
.LVL243:
	.loc 1 123 5 is_stmt 1 view .LVU912
	movq	(%rbx), %rdi	# m_24(D)->vm, m_24(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp138
	call	longjmp	#
.LVL244:
	.p2align 4,,10
	.p2align 3
.L152:
.L148:
	.loc 1 123 5 view .LVU913
	.loc 1 123 5 view .LVU914
	.loc 1 123 5 view .LVU915
	movq	24(%rbx), %rax	# m_24(D)->thread, _6
	subq	$8, %rsi	#, tmp132
.LVL245:
	.loc 1 123 5 is_stmt 0 view .LVU916
	xorl	%edx, %edx	#
.LVL246:
	.loc 1 123 5 view .LVU917
	subq	(%rax), %rsi	# _6->slots, tmp133
.LVL247:
	.loc 1 123 5 view .LVU918
	movq	8(%rax), %rax	# _6->ord, _6->ord
	sarq	$3, %rsi	#, tmp135
	movl	(%rax,%rsi,4), %ecx	# *_14, *_14
	movl	$7, %esi	#,
	jmp	.L150	#
.LBE433:
.LBE434:
.LBE435:
.LBE436:
	.cfi_endproc
.LFE113:
	.size	op_C_RET, .-op_C_RET
	.p2align 4
	.type	op_C_CALL, @function
op_C_CALL:
.LVL248:
.LFB110:
	.loc 1 120 1 is_stmt 1 view -0
	.cfi_startproc
.L154:
	.loc 1 120 1 view .LVU920
	.loc 1 120 1 view .LVU921
	.loc 1 120 1 view .LVU922
	.loc 1 120 1 view .LVU923
	.loc 1 120 1 view .LVU924
	.loc 1 120 1 view .LVU925
	.loc 1 120 1 view .LVU926
	.loc 1 120 1 view .LVU927
	.loc 1 120 1 view .LVU928
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 is_stmt 0 view .LVU929
	movq	%rdi, %rbx	# tmp152, m
	movq	8(%rdi), %rax	# m_44(D)->rsp, _24
	movq	(%rdi), %rdi	# m_44(D)->vm, _25
.LVL249:
	.loc 1 120 1 view .LVU930
	leaq	65544(%rdi), %rcx	#, tmp123
	cmpq	%rcx, %rax	# tmp123, _24
	je	.L161	#,
	.loc 1 120 1 is_stmt 1 view .LVU931
	.loc 1 120 1 view .LVU932
	.loc 1 120 1 view .LVU933
	.loc 1 120 1 view .LVU934
	.loc 1 120 1 view .LVU935
.LVL250:
.LBB437:
.LBI437:
	.loc 1 117 1 view .LVU936
.LBB438:
	.loc 1 117 1 view .LVU937
	.loc 1 118 5 view .LVU938
	leaq	8(%rax), %rcx	#, tmp133
	movq	%rcx, 8(%rbx)	# tmp133, m_44(D)->rsp
	leaq	32(%rsi), %rcx	#, tmp134
	movq	%rcx, (%rax)	# tmp134, *_24
.LDL34:
	.loc 1 119 5 view .LVU939
.LBB439:
	.loc 1 119 5 view .LVU940
	.loc 1 119 5 view .LVU941
	movq	16(%rbx), %r8	# m_44(D)->budget, _53
	cmpq	%r8, 8(%rsi)	# _53, MEM[(const union slot *)vpc_45(D) + 8B].count
	jg	.L162	#,
	.loc 1 119 5 view .LVU942
	.loc 1 119 5 view .LVU943
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_45(D) + 16B].count, tmp145
	movq	(%rsi), %rax	# vpc_45(D)->target, D.5591
	movq	%r8, 16(%rbx)	# tmp145, m_44(D)->budget
	.loc 1 119 5 view .LVU944
.LVL251:
	.loc 1 119 5 is_stmt 0 view .LVU945
.LBE439:
.LBE438:
.LBE437:
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 view .LVU946
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL252:
	.loc 1 120 1 view .LVU947
	ret	
.LVL253:
	.p2align 4,,10
	.p2align 3
.L161:
	.cfi_restore_state
.L156:
	.loc 1 120 1 is_stmt 1 discriminator 9 view .LVU948
	.loc 1 120 1 discriminator 9 view .LVU949
	.loc 1 120 1 discriminator 9 view .LVU950
	movq	24(%rbx), %rax	# m_44(D)->thread, _31
	subq	$8, %rsi	#, tmp125
.LVL254:
	.loc 1 120 1 is_stmt 0 discriminator 9 view .LVU951
	movq	16(%rbx), %r8	# m_44(D)->budget,
	xorl	%edx, %edx	#
.LVL255:
	.loc 1 120 1 discriminator 9 view .LVU952
	subq	(%rax), %rsi	# _31->slots, tmp126
.LVL256:
	.loc 1 120 1 discriminator 9 view .LVU953
	movq	8(%rax), %rax	# _31->ord, _31->ord
	sarq	$3, %rsi	#, tmp128
	movl	(%rax,%rsi,4), %ecx	# *_39, *_39
	movl	$5, %esi	#,
.L160:
.LBB442:
.LBB441:
.LBB440:
# ./isa/ops.inc:119:     BRANCH();
	.loc 1 119 5 view .LVU954
	call	vm_stop	#
.LVL257:
	.loc 1 119 5 is_stmt 1 view .LVU955
	movq	(%rbx), %rdi	# m_44(D)->vm, m_44(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp141
	call	longjmp	#
.LVL258:
	.p2align 4,,10
	.p2align 3
.L162:
.L158:
	.loc 1 119 5 view .LVU956
	.loc 1 119 5 view .LVU957
	.loc 1 119 5 view .LVU958
	movq	24(%rbx), %rax	# m_44(D)->thread, _7
	subq	$8, %rsi	#, tmp135
.LVL259:
	.loc 1 119 5 is_stmt 0 view .LVU959
	xorl	%edx, %edx	#
.LVL260:
	.loc 1 119 5 view .LVU960
	subq	(%rax), %rsi	# _7->slots, tmp136
.LVL261:
	.loc 1 119 5 view .LVU961
	movq	8(%rax), %rax	# _7->ord, _7->ord
	sarq	$3, %rsi	#, tmp138
	movl	(%rax,%rsi,4), %ecx	# *_15, *_15
.LVL262:
	.loc 1 119 5 view .LVU962
	movl	$7, %esi	#,
	jmp	.L160	#
.LBE440:
.LBE441:
.LBE442:
	.cfi_endproc
.LFE110:
	.size	op_C_CALL, .-op_C_CALL
	.p2align 4
	.type	op_C_JNZ, @function
op_C_JNZ:
.LVL263:
.LFB107:
	.loc 1 115 1 is_stmt 1 view -0
	.cfi_startproc
.L164:
	.loc 1 115 1 view .LVU964
	.loc 1 115 1 view .LVU965
	.loc 1 115 1 view .LVU966
	.loc 1 115 1 view .LVU967
	.loc 1 115 1 view .LVU968
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU969
	movq	%rdi, %rbx	# tmp154, m
	movq	(%rdi), %rdi	# m_45(D)->vm, _1
.LVL264:
	.loc 1 115 1 view .LVU970
	leaq	8(%rdi), %rax	#, tmp124
	cmpq	%rax, %rdx	# tmp124, sp
	jb	.L174	#,
	.loc 1 115 1 is_stmt 1 view .LVU971
	.loc 1 115 1 view .LVU972
	.loc 1 115 1 view .LVU973
	.loc 1 115 1 view .LVU974
	.loc 1 115 1 view .LVU975
	.loc 1 115 1 view .LVU976
	.loc 1 115 1 view .LVU977
	.loc 1 115 1 view .LVU978
	.loc 1 115 1 view .LVU979
	.loc 1 115 1 view .LVU980
	.loc 1 115 1 view .LVU981
.LVL265:
.LBB443:
.LBI443:
	.loc 1 112 1 view .LVU982
.LBB444:
	.loc 1 112 1 view .LVU983
	.loc 1 113 5 view .LVU984
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 8 is_stmt 0 view .LVU985
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_46(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL266:
	.loc 1 113 8 view .LVU986
	je	.L167	#,
.L168:
	.loc 1 114 9 is_stmt 1 view .LVU987
.LBB445:
	.loc 1 114 9 view .LVU988
	.loc 1 114 9 view .LVU989
	movq	16(%rbx), %r8	# m_45(D)->budget, _53
	cmpq	%r8, 8(%rsi)	# _53, MEM[(const union slot *)vpc_47(D) + 8B].count
	jg	.L175	#,
	.loc 1 114 9 view .LVU990
	.loc 1 114 9 view .LVU991
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_47(D) + 16B].count, tmp147
	movq	(%rsi), %rax	# vpc_47(D)->target, SR.172
.LBE445:
.LBE444:
.LBE443:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU992
	movq	%rcx, %rdx	# sp,
.LVL267:
.LBB451:
.LBB448:
.LBB446:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU993
	movq	%r8, 16(%rbx)	# tmp147, m_45(D)->budget
	.loc 1 114 9 is_stmt 1 view .LVU994
.LVL268:
	.loc 1 114 9 is_stmt 0 view .LVU995
.LBE446:
.LBE448:
.LBE451:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 view .LVU996
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL269:
	.loc 1 115 1 view .LVU997
	ret	
.LVL270:
	.p2align 4,,10
	.p2align 3
.L167:
	.cfi_restore_state
.LBB452:
.LBB449:
	.loc 1 114 9 is_stmt 1 view .LVU998
	.loc 1 115 1 view .LVU999
	.loc 1 115 1 view .LVU1000
	leaq	24(%rsi), %rax	#, SR.172
.LVL271:
	.loc 1 115 1 is_stmt 0 view .LVU1001
.LBE449:
.LBE452:
	movq	%rcx, %rdx	# sp,
.LVL272:
	.loc 1 115 1 view .LVU1002
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL273:
	.loc 1 115 1 view .LVU1003
	ret	
.LVL274:
	.p2align 4,,10
	.p2align 3
.L174:
	.cfi_restore_state
.L166:
	.loc 1 115 1 is_stmt 1 discriminator 3 view .LVU1004
	.loc 1 115 1 discriminator 3 view .LVU1005
	.loc 1 115 1 discriminator 3 view .LVU1006
	movq	24(%rbx), %rax	# m_45(D)->thread, _8
	subq	$8, %rsi	#, tmp126
.LVL275:
	.loc 1 115 1 is_stmt 0 discriminator 3 view .LVU1007
	subq	%rdi, %rdx	# _1, tmp132
.LVL276:
	.loc 1 115 1 discriminator 3 view .LVU1008
	movq	16(%rbx), %r8	# m_45(D)->budget,
	sarq	$3, %rdx	#, tmp134
	subq	(%rax), %rsi	# _8->slots, tmp127
.LVL277:
	.loc 1 115 1 discriminator 3 view .LVU1009
	movq	8(%rax), %rax	# _8->ord, _8->ord
	sarq	$3, %rsi	#, tmp129
	movl	(%rax,%rsi,4), %ecx	# *_16, *_16
	movl	$2, %esi	#,
.L173:
.LBB453:
.LBB450:
.LBB447:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU1010
	call	vm_stop	#
.LVL278:
	.loc 1 114 9 is_stmt 1 view .LVU1011
	movq	(%rbx), %rdi	# m_45(D)->vm, m_45(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp143
	call	longjmp	#
.LVL279:
	.p2align 4,,10
	.p2align 3
.L175:
.L170:
	.loc 1 114 9 view .LVU1012
	.loc 1 114 9 view .LVU1013
	.loc 1 114 9 view .LVU1014
	movq	24(%rbx), %rax	# m_45(D)->thread, _57
	subq	$8, %rsi	#, tmp137
.LVL280:
	.loc 1 114 9 is_stmt 0 view .LVU1015
	xorl	%edx, %edx	#
.LVL281:
	.loc 1 114 9 view .LVU1016
	subq	(%rax), %rsi	# _57->slots, tmp138
.LVL282:
	.loc 1 114 9 view .LVU1017
	movq	8(%rax), %rax	# _57->ord, _57->ord
	sarq	$3, %rsi	#, tmp140
	movl	(%rax,%rsi,4), %ecx	# *_37, *_37
.LVL283:
	.loc 1 114 9 view .LVU1018
	movl	$7, %esi	#,
	jmp	.L173	#
.LBE447:
.LBE450:
.LBE453:
	.cfi_endproc
.LFE107:
	.size	op_C_JNZ, .-op_C_JNZ
	.p2align 4
	.type	op_C_JZ, @function
op_C_JZ:
.LVL284:
.LFB104:
	.loc 1 110 1 is_stmt 1 view -0
	.cfi_startproc
.L177:
	.loc 1 110 1 view .LVU1020
	.loc 1 110 1 view .LVU1021
	.loc 1 110 1 view .LVU1022
	.loc 1 110 1 view .LVU1023
	.loc 1 110 1 view .LVU1024
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU1025
	movq	%rdi, %rbx	# tmp154, m
	movq	(%rdi), %rdi	# m_45(D)->vm, _1
.LVL285:
	.loc 1 110 1 view .LVU1026
	leaq	8(%rdi), %rax	#, tmp124
	cmpq	%rax, %rdx	# tmp124, sp
	jb	.L187	#,
	.loc 1 110 1 is_stmt 1 view .LVU1027
	.loc 1 110 1 view .LVU1028
	.loc 1 110 1 view .LVU1029
	.loc 1 110 1 view .LVU1030
	.loc 1 110 1 view .LVU1031
	.loc 1 110 1 view .LVU1032
	.loc 1 110 1 view .LVU1033
	.loc 1 110 1 view .LVU1034
	.loc 1 110 1 view .LVU1035
	.loc 1 110 1 view .LVU1036
	.loc 1 110 1 view .LVU1037
.LVL286:
.LBB454:
.LBI454:
	.loc 1 107 1 view .LVU1038
.LBB455:
	.loc 1 107 1 view .LVU1039
	.loc 1 108 5 view .LVU1040
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 1 108 8 is_stmt 0 view .LVU1041
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_46(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL287:
	.loc 1 108 8 view .LVU1042
	jne	.L180	#,
.L181:
	.loc 1 109 9 is_stmt 1 view .LVU1043
.LBB456:
	.loc 1 109 9 view .LVU1044
	.loc 1 109 9 view .LVU1045
	movq	16(%rbx), %r8	# m_45(D)->budget, _53
	cmpq	%r8, 8(%rsi)	# _53, MEM[(const union slot *)vpc_47(D) + 8B].count
	jg	.L188	#,
	.loc 1 109 9 view .LVU1046
	.loc 1 109 9 view .LVU1047
	addq	16(%rsi), %r8	# MEM[(const union slot *)vpc_47(D) + 16B].count, tmp147
	movq	(%rsi), %rax	# vpc_47(D)->target, SR.175
.LBE456:
.LBE455:
.LBE454:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU1048
	movq	%rcx, %rdx	# sp,
.LVL288:
.LBB462:
.LBB459:
.LBB457:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU1049
	movq	%r8, 16(%rbx)	# tmp147, m_45(D)->budget
	.loc 1 109 9 is_stmt 1 view .LVU1050
.LVL289:
	.loc 1 109 9 is_stmt 0 view .LVU1051
.LBE457:
.LBE459:
.LBE462:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU1052
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL290:
	.loc 1 110 1 view .LVU1053
	ret	
.LVL291:
	.p2align 4,,10
	.p2align 3
.L180:
	.cfi_restore_state
.LBB463:
.LBB460:
	.loc 1 109 9 is_stmt 1 view .LVU1054
	.loc 1 110 1 view .LVU1055
	.loc 1 110 1 view .LVU1056
	leaq	24(%rsi), %rax	#, SR.175
.LVL292:
	.loc 1 110 1 is_stmt 0 view .LVU1057
.LBE460:
.LBE463:
	movq	%rcx, %rdx	# sp,
.LVL293:
	.loc 1 110 1 view .LVU1058
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL294:
	.loc 1 110 1 view .LVU1059
	ret	
.LVL295:
	.p2align 4,,10
	.p2align 3
.L187:
	.cfi_restore_state
.L179:
	.loc 1 110 1 is_stmt 1 discriminator 3 view .LVU1060
	.loc 1 110 1 discriminator 3 view .LVU1061
	.loc 1 110 1 discriminator 3 view .LVU1062
	movq	24(%rbx), %rax	# m_45(D)->thread, _8
	subq	$8, %rsi	#, tmp126
.LVL296:
	.loc 1 110 1 is_stmt 0 discriminator 3 view .LVU1063
	subq	%rdi, %rdx	# _1, tmp132
.LVL297:
	.loc 1 110 1 discriminator 3 view .LVU1064
	movq	16(%rbx), %r8	# m_45(D)->budget,
	sarq	$3, %rdx	#, tmp134
	subq	(%rax), %rsi	# _8->slots, tmp127
.LVL298:
	.loc 1 110 1 discriminator 3 view .LVU1065
	movq	8(%rax), %rax	# _8->ord, _8->ord
	sarq	$3, %rsi	#, tmp129
	movl	(%rax,%rsi,4), %ecx	# *_16, *_16
	movl	$2, %esi	#,
.L186:
.LBB464:
.LBB461:
.LBB458:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU1066
	call	vm_stop	#
.LVL299:
	.loc 1 109 9 is_stmt 1 view .LVU1067
	movq	(%rbx), %rdi	# m_45(D)->vm, m_45(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp143
	call	longjmp	#
.LVL300:
	.p2align 4,,10
	.p2align 3
.L188:
.L183:
	.loc 1 109 9 view .LVU1068
	.loc 1 109 9 view .LVU1069
	.loc 1 109 9 view .LVU1070
	movq	24(%rbx), %rax	# m_45(D)->thread, _57
	subq	$8, %rsi	#, tmp137
.LVL301:
	.loc 1 109 9 is_stmt 0 view .LVU1071
	xorl	%edx, %edx	#
.LVL302:
	.loc 1 109 9 view .LVU1072
	subq	(%rax), %rsi	# _57->slots, tmp138
.LVL303:
	.loc 1 109 9 view .LVU1073
	movq	8(%rax), %rax	# _57->ord, _57->ord
	sarq	$3, %rsi	#, tmp140
	movl	(%rax,%rsi,4), %ecx	# *_37, *_37
.LVL304:
	.loc 1 109 9 view .LVU1074
	movl	$7, %esi	#,
	jmp	.L186	#
.LBE458:
.LBE461:
.LBE464:
	.cfi_endproc
.LFE104:
	.size	op_C_JZ, .-op_C_JZ
	.p2align 4
	.type	op_C_GE, @function
op_C_GE:
.LVL305:
.LFB98:
	.loc 1 100 33 is_stmt 1 view -0
	.cfi_startproc
.L190:
	.loc 1 100 33 view .LVU1076
	.loc 1 100 33 view .LVU1077
	.loc 1 100 33 view .LVU1078
	.loc 1 100 33 view .LVU1079
	.loc 1 100 33 view .LVU1080
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 is_stmt 0 view .LVU1081
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL306:
	.loc 1 100 33 view .LVU1082
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L194	#,
	.loc 1 100 33 is_stmt 1 view .LVU1083
	.loc 1 100 33 view .LVU1084
	.loc 1 100 33 view .LVU1085
	.loc 1 100 33 view .LVU1086
	.loc 1 100 33 view .LVU1087
	.loc 1 100 33 view .LVU1088
	.loc 1 100 33 view .LVU1089
	.loc 1 100 33 view .LVU1090
	.loc 1 100 33 view .LVU1091
	.loc 1 100 33 view .LVU1092
	.loc 1 100 33 view .LVU1093
.LVL307:
.LBB465:
.LBI465:
	.loc 1 100 1 view .LVU1094
.LBB466:
	.loc 1 100 1 view .LVU1095
	.loc 1 100 16 view .LVU1096
.LBB467:
	.loc 1 100 16 view .LVU1097
	.loc 1 100 16 view .LVU1098
	.loc 1 100 16 view .LVU1099
	.loc 1 100 16 view .LVU1100
	.loc 1 100 16 view .LVU1101
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL308:
	.loc 1 100 16 is_stmt 0 view .LVU1102
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	setle	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL309:
	.loc 1 100 16 view .LVU1103
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL35:
.LBE467:
	.loc 1 100 16 is_stmt 1 view .LVU1104
	.loc 1 100 33 view .LVU1105
	.loc 1 100 33 view .LVU1106
.LVL310:
	.loc 1 100 33 is_stmt 0 view .LVU1107
.LBE466:
.LBE465:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL311:
	.p2align 4,,10
	.p2align 3
.L194:
	.cfi_restore_state
.L192:
	.loc 1 100 33 is_stmt 1 discriminator 3 view .LVU1108
	.loc 1 100 33 discriminator 3 view .LVU1109
	.loc 1 100 33 discriminator 3 view .LVU1110
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL312:
	.loc 1 100 33 is_stmt 0 discriminator 3 view .LVU1111
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL313:
	.loc 1 100 33 discriminator 3 view .LVU1112
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL314:
	.loc 1 100 33 discriminator 3 view .LVU1113
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL315:
	.loc 1 100 33 is_stmt 1 discriminator 3 view .LVU1114
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL316:
	.cfi_endproc
.LFE98:
	.size	op_C_GE, .-op_C_GE
	.p2align 4
	.type	op_C_GT, @function
op_C_GT:
.LVL317:
.LFB95:
	.loc 1 99 33 view -0
	.cfi_startproc
.L196:
	.loc 1 99 33 view .LVU1116
	.loc 1 99 33 view .LVU1117
	.loc 1 99 33 view .LVU1118
	.loc 1 99 33 view .LVU1119
	.loc 1 99 33 view .LVU1120
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 is_stmt 0 view .LVU1121
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL318:
	.loc 1 99 33 view .LVU1122
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L200	#,
	.loc 1 99 33 is_stmt 1 view .LVU1123
	.loc 1 99 33 view .LVU1124
	.loc 1 99 33 view .LVU1125
	.loc 1 99 33 view .LVU1126
	.loc 1 99 33 view .LVU1127
	.loc 1 99 33 view .LVU1128
	.loc 1 99 33 view .LVU1129
	.loc 1 99 33 view .LVU1130
	.loc 1 99 33 view .LVU1131
	.loc 1 99 33 view .LVU1132
	.loc 1 99 33 view .LVU1133
.LVL319:
.LBB468:
.LBI468:
	.loc 1 99 1 view .LVU1134
.LBB469:
	.loc 1 99 1 view .LVU1135
	.loc 1 99 16 view .LVU1136
.LBB470:
	.loc 1 99 16 view .LVU1137
	.loc 1 99 16 view .LVU1138
	.loc 1 99 16 view .LVU1139
	.loc 1 99 16 view .LVU1140
	.loc 1 99 16 view .LVU1141
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL320:
	.loc 1 99 16 is_stmt 0 view .LVU1142
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	setl	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL321:
	.loc 1 99 16 view .LVU1143
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL36:
.LBE470:
	.loc 1 99 16 is_stmt 1 view .LVU1144
	.loc 1 99 33 view .LVU1145
	.loc 1 99 33 view .LVU1146
.LVL322:
	.loc 1 99 33 is_stmt 0 view .LVU1147
.LBE469:
.LBE468:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL323:
	.p2align 4,,10
	.p2align 3
.L200:
	.cfi_restore_state
.L198:
	.loc 1 99 33 is_stmt 1 discriminator 3 view .LVU1148
	.loc 1 99 33 discriminator 3 view .LVU1149
	.loc 1 99 33 discriminator 3 view .LVU1150
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL324:
	.loc 1 99 33 is_stmt 0 discriminator 3 view .LVU1151
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL325:
	.loc 1 99 33 discriminator 3 view .LVU1152
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL326:
	.loc 1 99 33 discriminator 3 view .LVU1153
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL327:
	.loc 1 99 33 is_stmt 1 discriminator 3 view .LVU1154
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL328:
	.cfi_endproc
.LFE95:
	.size	op_C_GT, .-op_C_GT
	.p2align 4
	.type	op_C_LE, @function
op_C_LE:
.LVL329:
.LFB92:
	.loc 1 98 33 view -0
	.cfi_startproc
.L202:
	.loc 1 98 33 view .LVU1156
	.loc 1 98 33 view .LVU1157
	.loc 1 98 33 view .LVU1158
	.loc 1 98 33 view .LVU1159
	.loc 1 98 33 view .LVU1160
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 is_stmt 0 view .LVU1161
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL330:
	.loc 1 98 33 view .LVU1162
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L206	#,
	.loc 1 98 33 is_stmt 1 view .LVU1163
	.loc 1 98 33 view .LVU1164
	.loc 1 98 33 view .LVU1165
	.loc 1 98 33 view .LVU1166
	.loc 1 98 33 view .LVU1167
	.loc 1 98 33 view .LVU1168
	.loc 1 98 33 view .LVU1169
	.loc 1 98 33 view .LVU1170
	.loc 1 98 33 view .LVU1171
	.loc 1 98 33 view .LVU1172
	.loc 1 98 33 view .LVU1173
.LVL331:
.LBB471:
.LBI471:
	.loc 1 98 1 view .LVU1174
.LBB472:
	.loc 1 98 1 view .LVU1175
	.loc 1 98 16 view .LVU1176
.LBB473:
	.loc 1 98 16 view .LVU1177
	.loc 1 98 16 view .LVU1178
	.loc 1 98 16 view .LVU1179
	.loc 1 98 16 view .LVU1180
	.loc 1 98 16 view .LVU1181
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL332:
	.loc 1 98 16 is_stmt 0 view .LVU1182
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	setge	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL333:
	.loc 1 98 16 view .LVU1183
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL37:
.LBE473:
	.loc 1 98 16 is_stmt 1 view .LVU1184
	.loc 1 98 33 view .LVU1185
	.loc 1 98 33 view .LVU1186
.LVL334:
	.loc 1 98 33 is_stmt 0 view .LVU1187
.LBE472:
.LBE471:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL335:
	.p2align 4,,10
	.p2align 3
.L206:
	.cfi_restore_state
.L204:
	.loc 1 98 33 is_stmt 1 discriminator 3 view .LVU1188
	.loc 1 98 33 discriminator 3 view .LVU1189
	.loc 1 98 33 discriminator 3 view .LVU1190
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL336:
	.loc 1 98 33 is_stmt 0 discriminator 3 view .LVU1191
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL337:
	.loc 1 98 33 discriminator 3 view .LVU1192
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL338:
	.loc 1 98 33 discriminator 3 view .LVU1193
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL339:
	.loc 1 98 33 is_stmt 1 discriminator 3 view .LVU1194
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL340:
	.cfi_endproc
.LFE92:
	.size	op_C_LE, .-op_C_LE
	.p2align 4
	.type	op_C_LT, @function
op_C_LT:
.LVL341:
.LFB89:
	.loc 1 97 33 view -0
	.cfi_startproc
.L208:
	.loc 1 97 33 view .LVU1196
	.loc 1 97 33 view .LVU1197
	.loc 1 97 33 view .LVU1198
	.loc 1 97 33 view .LVU1199
	.loc 1 97 33 view .LVU1200
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 is_stmt 0 view .LVU1201
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL342:
	.loc 1 97 33 view .LVU1202
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L212	#,
	.loc 1 97 33 is_stmt 1 view .LVU1203
	.loc 1 97 33 view .LVU1204
	.loc 1 97 33 view .LVU1205
	.loc 1 97 33 view .LVU1206
	.loc 1 97 33 view .LVU1207
	.loc 1 97 33 view .LVU1208
	.loc 1 97 33 view .LVU1209
	.loc 1 97 33 view .LVU1210
	.loc 1 97 33 view .LVU1211
	.loc 1 97 33 view .LVU1212
	.loc 1 97 33 view .LVU1213
.LVL343:
.LBB474:
.LBI474:
	.loc 1 97 1 view .LVU1214
.LBB475:
	.loc 1 97 1 view .LVU1215
	.loc 1 97 16 view .LVU1216
.LBB476:
	.loc 1 97 16 view .LVU1217
	.loc 1 97 16 view .LVU1218
	.loc 1 97 16 view .LVU1219
	.loc 1 97 16 view .LVU1220
	.loc 1 97 16 view .LVU1221
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL344:
	.loc 1 97 16 is_stmt 0 view .LVU1222
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	setg	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL345:
	.loc 1 97 16 view .LVU1223
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL38:
.LBE476:
	.loc 1 97 16 is_stmt 1 view .LVU1224
	.loc 1 97 33 view .LVU1225
	.loc 1 97 33 view .LVU1226
.LVL346:
	.loc 1 97 33 is_stmt 0 view .LVU1227
.LBE475:
.LBE474:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL347:
	.p2align 4,,10
	.p2align 3
.L212:
	.cfi_restore_state
.L210:
	.loc 1 97 33 is_stmt 1 discriminator 3 view .LVU1228
	.loc 1 97 33 discriminator 3 view .LVU1229
	.loc 1 97 33 discriminator 3 view .LVU1230
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL348:
	.loc 1 97 33 is_stmt 0 discriminator 3 view .LVU1231
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL349:
	.loc 1 97 33 discriminator 3 view .LVU1232
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL350:
	.loc 1 97 33 discriminator 3 view .LVU1233
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL351:
	.loc 1 97 33 is_stmt 1 discriminator 3 view .LVU1234
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL352:
	.cfi_endproc
.LFE89:
	.size	op_C_LT, .-op_C_LT
	.p2align 4
	.type	op_C_NE, @function
op_C_NE:
.LVL353:
.LFB86:
	.loc 1 96 33 view -0
	.cfi_startproc
.L214:
	.loc 1 96 33 view .LVU1236
	.loc 1 96 33 view .LVU1237
	.loc 1 96 33 view .LVU1238
	.loc 1 96 33 view .LVU1239
	.loc 1 96 33 view .LVU1240
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 is_stmt 0 view .LVU1241
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL354:
	.loc 1 96 33 view .LVU1242
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L218	#,
	.loc 1 96 33 is_stmt 1 view .LVU1243
	.loc 1 96 33 view .LVU1244
	.loc 1 96 33 view .LVU1245
	.loc 1 96 33 view .LVU1246
	.loc 1 96 33 view .LVU1247
	.loc 1 96 33 view .LVU1248
	.loc 1 96 33 view .LVU1249
	.loc 1 96 33 view .LVU1250
	.loc 1 96 33 view .LVU1251
	.loc 1 96 33 view .LVU1252
	.loc 1 96 33 view .LVU1253
.LVL355:
.LBB477:
.LBI477:
	.loc 1 96 1 view .LVU1254
.LBB478:
	.loc 1 96 1 view .LVU1255
	.loc 1 96 16 view .LVU1256
.LBB479:
	.loc 1 96 16 view .LVU1257
	.loc 1 96 16 view .LVU1258
	.loc 1 96 16 view .LVU1259
	.loc 1 96 16 view .LVU1260
	.loc 1 96 16 view .LVU1261
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL356:
	.loc 1 96 16 is_stmt 0 view .LVU1262
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	setne	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL357:
	.loc 1 96 16 view .LVU1263
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL39:
.LBE479:
	.loc 1 96 16 is_stmt 1 view .LVU1264
	.loc 1 96 33 view .LVU1265
	.loc 1 96 33 view .LVU1266
.LVL358:
	.loc 1 96 33 is_stmt 0 view .LVU1267
.LBE478:
.LBE477:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL359:
	.p2align 4,,10
	.p2align 3
.L218:
	.cfi_restore_state
.L216:
	.loc 1 96 33 is_stmt 1 discriminator 3 view .LVU1268
	.loc 1 96 33 discriminator 3 view .LVU1269
	.loc 1 96 33 discriminator 3 view .LVU1270
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL360:
	.loc 1 96 33 is_stmt 0 discriminator 3 view .LVU1271
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL361:
	.loc 1 96 33 discriminator 3 view .LVU1272
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL362:
	.loc 1 96 33 discriminator 3 view .LVU1273
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL363:
	.loc 1 96 33 is_stmt 1 discriminator 3 view .LVU1274
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL364:
	.cfi_endproc
.LFE86:
	.size	op_C_NE, .-op_C_NE
	.p2align 4
	.type	op_C_EQ, @function
op_C_EQ:
.LVL365:
.LFB83:
	.loc 1 95 33 view -0
	.cfi_startproc
.L220:
	.loc 1 95 33 view .LVU1276
	.loc 1 95 33 view .LVU1277
	.loc 1 95 33 view .LVU1278
	.loc 1 95 33 view .LVU1279
	.loc 1 95 33 view .LVU1280
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 is_stmt 0 view .LVU1281
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL366:
	.loc 1 95 33 view .LVU1282
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp110
	cmpq	%rcx, %rdx	# tmp110, sp
	jb	.L224	#,
	.loc 1 95 33 is_stmt 1 view .LVU1283
	.loc 1 95 33 view .LVU1284
	.loc 1 95 33 view .LVU1285
	.loc 1 95 33 view .LVU1286
	.loc 1 95 33 view .LVU1287
	.loc 1 95 33 view .LVU1288
	.loc 1 95 33 view .LVU1289
	.loc 1 95 33 view .LVU1290
	.loc 1 95 33 view .LVU1291
	.loc 1 95 33 view .LVU1292
	.loc 1 95 33 view .LVU1293
.LVL367:
.LBB480:
.LBI480:
	.loc 1 95 1 view .LVU1294
.LBB481:
	.loc 1 95 1 view .LVU1295
	.loc 1 95 16 view .LVU1296
.LBB482:
	.loc 1 95 16 view .LVU1297
	.loc 1 95 16 view .LVU1298
	.loc 1 95 16 view .LVU1299
	.loc 1 95 16 view .LVU1300
	.loc 1 95 16 view .LVU1301
	movq	-16(%rdx), %rbx	# MEM[(cell *)sp_26(D) + -16B], tmp136
.LVL368:
	.loc 1 95 16 is_stmt 0 view .LVU1302
	xorl	%ecx, %ecx	# tmp123
	cmpq	%rbx, -8(%rdx)	# tmp136, MEM[(cell *)sp_26(D) + -8B]
	sete	%cl	#, tmp123
	subq	$8, %rdx	#, sp
.LVL369:
	.loc 1 95 16 view .LVU1303
	movq	%rcx, -8(%rdx)	# tmp123, MEM[(cell *)sp_26(D) + -16B]
.LDL40:
.LBE482:
	.loc 1 95 16 is_stmt 1 view .LVU1304
	.loc 1 95 33 view .LVU1305
	.loc 1 95 33 view .LVU1306
.LVL370:
	.loc 1 95 33 is_stmt 0 view .LVU1307
.LBE481:
.LBE480:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL371:
	.p2align 4,,10
	.p2align 3
.L224:
	.cfi_restore_state
.L222:
	.loc 1 95 33 is_stmt 1 discriminator 3 view .LVU1308
	.loc 1 95 33 discriminator 3 view .LVU1309
	.loc 1 95 33 discriminator 3 view .LVU1310
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp112
	subq	%rdi, %rdx	# _1, tmp118
.LVL372:
	.loc 1 95 33 is_stmt 0 discriminator 3 view .LVU1311
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL373:
	.loc 1 95 33 discriminator 3 view .LVU1312
	sarq	$3, %rdx	#, tmp120
	subq	(%rcx), %rax	# _7->slots, tmp113
.LVL374:
	.loc 1 95 33 discriminator 3 view .LVU1313
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp115
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL375:
	.loc 1 95 33 is_stmt 1 discriminator 3 view .LVU1314
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL376:
	.cfi_endproc
.LFE83:
	.size	op_C_EQ, .-op_C_EQ
	.p2align 4
	.type	op_C_SHR, @function
op_C_SHR:
.LVL377:
.LFB80:
	.loc 1 93 68 view -0
	.cfi_startproc
.L226:
	.loc 1 93 68 view .LVU1316
	.loc 1 93 68 view .LVU1317
	.loc 1 93 68 view .LVU1318
	.loc 1 93 68 view .LVU1319
	.loc 1 93 68 view .LVU1320
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 is_stmt 0 view .LVU1321
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL378:
	.loc 1 93 68 view .LVU1322
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp111
	cmpq	%rcx, %rdx	# tmp111, sp
	jb	.L230	#,
	.loc 1 93 68 is_stmt 1 view .LVU1323
	.loc 1 93 68 view .LVU1324
	.loc 1 93 68 view .LVU1325
	.loc 1 93 68 view .LVU1326
	.loc 1 93 68 view .LVU1327
	.loc 1 93 68 view .LVU1328
	.loc 1 93 68 view .LVU1329
	.loc 1 93 68 view .LVU1330
	.loc 1 93 68 view .LVU1331
	.loc 1 93 68 view .LVU1332
	.loc 1 93 68 view .LVU1333
.LVL379:
.LBB483:
.LBI483:
	.loc 1 93 1 view .LVU1334
.LBB484:
	.loc 1 93 1 view .LVU1335
	.loc 1 93 16 view .LVU1336
.LBB485:
	.loc 1 93 16 view .LVU1337
	.loc 1 93 16 view .LVU1338
	.loc 1 93 16 view .LVU1339
	.loc 1 93 16 view .LVU1340
	.loc 1 93 16 view .LVU1341
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	sarq	%cl, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL380:
.LDL41:
	.loc 1 93 16 is_stmt 0 view .LVU1342
.LBE485:
	.loc 1 93 16 is_stmt 1 view .LVU1343
	.loc 1 93 68 view .LVU1344
	.loc 1 93 68 view .LVU1345
.LBB486:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 16 is_stmt 0 view .LVU1346
	subq	$8, %rdx	#, sp
.LVL381:
	.loc 1 93 16 view .LVU1347
.LBE486:
.LBE484:
.LBE483:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU1348
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL382:
	.loc 1 93 68 view .LVU1349
	ret	
.LVL383:
	.p2align 4,,10
	.p2align 3
.L230:
	.cfi_restore_state
.L228:
	.loc 1 93 68 is_stmt 1 discriminator 3 view .LVU1350
	.loc 1 93 68 discriminator 3 view .LVU1351
	.loc 1 93 68 discriminator 3 view .LVU1352
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp113
	subq	%rdi, %rdx	# _1, tmp119
.LVL384:
	.loc 1 93 68 is_stmt 0 discriminator 3 view .LVU1353
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL385:
	.loc 1 93 68 discriminator 3 view .LVU1354
	sarq	$3, %rdx	#, tmp121
	subq	(%rcx), %rax	# _7->slots, tmp114
.LVL386:
	.loc 1 93 68 discriminator 3 view .LVU1355
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp116
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL387:
	.loc 1 93 68 is_stmt 1 discriminator 3 view .LVU1356
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp122
	call	longjmp	#
.LVL388:
	.cfi_endproc
.LFE80:
	.size	op_C_SHR, .-op_C_SHR
	.p2align 4
	.type	op_C_SHL, @function
op_C_SHL:
.LVL389:
.LFB77:
	.loc 1 91 55 view -0
	.cfi_startproc
.L232:
	.loc 1 91 55 view .LVU1358
	.loc 1 91 55 view .LVU1359
	.loc 1 91 55 view .LVU1360
	.loc 1 91 55 view .LVU1361
	.loc 1 91 55 view .LVU1362
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 is_stmt 0 view .LVU1363
	movq	%rdi, %rbx	# tmp134, m
	movq	(%rdi), %rdi	# m_26(D)->vm, _1
.LVL390:
	.loc 1 91 55 view .LVU1364
	movq	%rsi, %rax	# tmp135, vpc
	leaq	16(%rdi), %rcx	#, tmp113
	cmpq	%rcx, %rdx	# tmp113, sp
	jb	.L236	#,
	.loc 1 91 55 is_stmt 1 view .LVU1365
	.loc 1 91 55 view .LVU1366
	.loc 1 91 55 view .LVU1367
	.loc 1 91 55 view .LVU1368
	.loc 1 91 55 view .LVU1369
	.loc 1 91 55 view .LVU1370
	.loc 1 91 55 view .LVU1371
	.loc 1 91 55 view .LVU1372
	.loc 1 91 55 view .LVU1373
	.loc 1 91 55 view .LVU1374
	.loc 1 91 55 view .LVU1375
.LVL391:
.LBB487:
.LBI487:
	.loc 1 91 1 view .LVU1376
.LBB488:
	.loc 1 91 1 view .LVU1377
	.loc 1 91 16 view .LVU1378
.LBB489:
	.loc 1 91 16 view .LVU1379
	.loc 1 91 16 view .LVU1380
	.loc 1 91 16 view .LVU1381
	.loc 1 91 16 view .LVU1382
	.loc 1 91 16 view .LVU1383
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_27(D) + -8B], MEM[(cell *)sp_27(D) + -8B]
	salq	%cl, -16(%rdx)	# MEM[(cell *)sp_27(D) + -8B], MEM[(cell *)sp_27(D) + -16B]
.LVL392:
.LDL42:
	.loc 1 91 16 is_stmt 0 view .LVU1384
.LBE489:
	.loc 1 91 16 is_stmt 1 view .LVU1385
	.loc 1 91 55 view .LVU1386
	.loc 1 91 55 view .LVU1387
.LBB490:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 16 is_stmt 0 view .LVU1388
	subq	$8, %rdx	#, sp
.LVL393:
	.loc 1 91 16 view .LVU1389
.LBE490:
.LBE488:
.LBE487:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU1390
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL394:
	.loc 1 91 55 view .LVU1391
	ret	
.LVL395:
	.p2align 4,,10
	.p2align 3
.L236:
	.cfi_restore_state
.L234:
	.loc 1 91 55 is_stmt 1 discriminator 3 view .LVU1392
	.loc 1 91 55 discriminator 3 view .LVU1393
	.loc 1 91 55 discriminator 3 view .LVU1394
	movq	24(%rbx), %rcx	# m_26(D)->thread, _7
	subq	$8, %rax	#, tmp115
	subq	%rdi, %rdx	# _1, tmp121
.LVL396:
	.loc 1 91 55 is_stmt 0 discriminator 3 view .LVU1395
	movq	16(%rbx), %r8	# m_26(D)->budget,
	movl	$2, %esi	#,
.LVL397:
	.loc 1 91 55 discriminator 3 view .LVU1396
	sarq	$3, %rdx	#, tmp123
	subq	(%rcx), %rax	# _7->slots, tmp116
.LVL398:
	.loc 1 91 55 discriminator 3 view .LVU1397
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp118
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL399:
	.loc 1 91 55 is_stmt 1 discriminator 3 view .LVU1398
	movq	(%rbx), %rdi	# m_26(D)->vm, m_26(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp124
	call	longjmp	#
.LVL400:
	.cfi_endproc
.LFE77:
	.size	op_C_SHL, .-op_C_SHL
	.p2align 4
	.type	op_C_XOR, @function
op_C_XOR:
.LVL401:
.LFB74:
	.loc 1 90 32 view -0
	.cfi_startproc
.L238:
	.loc 1 90 32 view .LVU1400
	.loc 1 90 32 view .LVU1401
	.loc 1 90 32 view .LVU1402
	.loc 1 90 32 view .LVU1403
	.loc 1 90 32 view .LVU1404
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 is_stmt 0 view .LVU1405
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL402:
	.loc 1 90 32 view .LVU1406
	movq	%rsi, %rax	# tmp130, vpc
	leaq	16(%rdi), %rcx	#, tmp109
	cmpq	%rcx, %rdx	# tmp109, sp
	jb	.L242	#,
	.loc 1 90 32 is_stmt 1 view .LVU1407
	.loc 1 90 32 view .LVU1408
	.loc 1 90 32 view .LVU1409
	.loc 1 90 32 view .LVU1410
	.loc 1 90 32 view .LVU1411
	.loc 1 90 32 view .LVU1412
	.loc 1 90 32 view .LVU1413
	.loc 1 90 32 view .LVU1414
	.loc 1 90 32 view .LVU1415
	.loc 1 90 32 view .LVU1416
	.loc 1 90 32 view .LVU1417
.LVL403:
.LBB491:
.LBI491:
	.loc 1 90 1 view .LVU1418
.LBB492:
	.loc 1 90 1 view .LVU1419
	.loc 1 90 16 view .LVU1420
.LBB493:
	.loc 1 90 16 view .LVU1421
	.loc 1 90 16 view .LVU1422
	.loc 1 90 16 view .LVU1423
	.loc 1 90 16 view .LVU1424
	.loc 1 90 16 view .LVU1425
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	xorq	%rcx, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL404:
.LDL43:
	.loc 1 90 16 is_stmt 0 view .LVU1426
.LBE493:
	.loc 1 90 16 is_stmt 1 view .LVU1427
	.loc 1 90 32 view .LVU1428
	.loc 1 90 32 view .LVU1429
.LBB494:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 16 is_stmt 0 view .LVU1430
	subq	$8, %rdx	#, sp
.LVL405:
	.loc 1 90 16 view .LVU1431
.LBE494:
.LBE492:
.LBE491:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU1432
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL406:
	.loc 1 90 32 view .LVU1433
	ret	
.LVL407:
	.p2align 4,,10
	.p2align 3
.L242:
	.cfi_restore_state
.L240:
	.loc 1 90 32 is_stmt 1 discriminator 3 view .LVU1434
	.loc 1 90 32 discriminator 3 view .LVU1435
	.loc 1 90 32 discriminator 3 view .LVU1436
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp111
	subq	%rdi, %rdx	# _1, tmp117
.LVL408:
	.loc 1 90 32 is_stmt 0 discriminator 3 view .LVU1437
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL409:
	.loc 1 90 32 discriminator 3 view .LVU1438
	sarq	$3, %rdx	#, tmp119
	subq	(%rcx), %rax	# _7->slots, tmp112
.LVL410:
	.loc 1 90 32 discriminator 3 view .LVU1439
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp114
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL411:
	.loc 1 90 32 is_stmt 1 discriminator 3 view .LVU1440
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL412:
	.cfi_endproc
.LFE74:
	.size	op_C_XOR, .-op_C_XOR
	.p2align 4
	.type	op_C_OR, @function
op_C_OR:
.LVL413:
.LFB71:
	.loc 1 89 32 view -0
	.cfi_startproc
.L244:
	.loc 1 89 32 view .LVU1442
	.loc 1 89 32 view .LVU1443
	.loc 1 89 32 view .LVU1444
	.loc 1 89 32 view .LVU1445
	.loc 1 89 32 view .LVU1446
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 is_stmt 0 view .LVU1447
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL414:
	.loc 1 89 32 view .LVU1448
	movq	%rsi, %rax	# tmp130, vpc
	leaq	16(%rdi), %rcx	#, tmp109
	cmpq	%rcx, %rdx	# tmp109, sp
	jb	.L248	#,
	.loc 1 89 32 is_stmt 1 view .LVU1449
	.loc 1 89 32 view .LVU1450
	.loc 1 89 32 view .LVU1451
	.loc 1 89 32 view .LVU1452
	.loc 1 89 32 view .LVU1453
	.loc 1 89 32 view .LVU1454
	.loc 1 89 32 view .LVU1455
	.loc 1 89 32 view .LVU1456
	.loc 1 89 32 view .LVU1457
	.loc 1 89 32 view .LVU1458
	.loc 1 89 32 view .LVU1459
.LVL415:
.LBB495:
.LBI495:
	.loc 1 89 1 view .LVU1460
.LBB496:
	.loc 1 89 1 view .LVU1461
	.loc 1 89 16 view .LVU1462
.LBB497:
	.loc 1 89 16 view .LVU1463
	.loc 1 89 16 view .LVU1464
	.loc 1 89 16 view .LVU1465
	.loc 1 89 16 view .LVU1466
	.loc 1 89 16 view .LVU1467
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	orq	%rcx, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL416:
.LDL44:
	.loc 1 89 16 is_stmt 0 view .LVU1468
.LBE497:
	.loc 1 89 16 is_stmt 1 view .LVU1469
	.loc 1 89 32 view .LVU1470
	.loc 1 89 32 view .LVU1471
.LBB498:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 16 is_stmt 0 view .LVU1472
	subq	$8, %rdx	#, sp
.LVL417:
	.loc 1 89 16 view .LVU1473
.LBE498:
.LBE496:
.LBE495:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU1474
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL418:
	.loc 1 89 32 view .LVU1475
	ret	
.LVL419:
	.p2align 4,,10
	.p2align 3
.L248:
	.cfi_restore_state
.L246:
	.loc 1 89 32 is_stmt 1 discriminator 3 view .LVU1476
	.loc 1 89 32 discriminator 3 view .LVU1477
	.loc 1 89 32 discriminator 3 view .LVU1478
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp111
	subq	%rdi, %rdx	# _1, tmp117
.LVL420:
	.loc 1 89 32 is_stmt 0 discriminator 3 view .LVU1479
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL421:
	.loc 1 89 32 discriminator 3 view .LVU1480
	sarq	$3, %rdx	#, tmp119
	subq	(%rcx), %rax	# _7->slots, tmp112
.LVL422:
	.loc 1 89 32 discriminator 3 view .LVU1481
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp114
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL423:
	.loc 1 89 32 is_stmt 1 discriminator 3 view .LVU1482
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL424:
	.cfi_endproc
.LFE71:
	.size	op_C_OR, .-op_C_OR
	.p2align 4
	.type	op_C_AND, @function
op_C_AND:
.LVL425:
.LFB68:
	.loc 1 88 32 view -0
	.cfi_startproc
.L250:
	.loc 1 88 32 view .LVU1484
	.loc 1 88 32 view .LVU1485
	.loc 1 88 32 view .LVU1486
	.loc 1 88 32 view .LVU1487
	.loc 1 88 32 view .LVU1488
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 is_stmt 0 view .LVU1489
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL426:
	.loc 1 88 32 view .LVU1490
	movq	%rsi, %rax	# tmp130, vpc
	leaq	16(%rdi), %rcx	#, tmp109
	cmpq	%rcx, %rdx	# tmp109, sp
	jb	.L254	#,
	.loc 1 88 32 is_stmt 1 view .LVU1491
	.loc 1 88 32 view .LVU1492
	.loc 1 88 32 view .LVU1493
	.loc 1 88 32 view .LVU1494
	.loc 1 88 32 view .LVU1495
	.loc 1 88 32 view .LVU1496
	.loc 1 88 32 view .LVU1497
	.loc 1 88 32 view .LVU1498
	.loc 1 88 32 view .LVU1499
	.loc 1 88 32 view .LVU1500
	.loc 1 88 32 view .LVU1501
.LVL427:
.LBB499:
.LBI499:
	.loc 1 88 1 view .LVU1502
.LBB500:
	.loc 1 88 1 view .LVU1503
	.loc 1 88 16 view .LVU1504
.LBB501:
	.loc 1 88 16 view .LVU1505
	.loc 1 88 16 view .LVU1506
	.loc 1 88 16 view .LVU1507
	.loc 1 88 16 view .LVU1508
	.loc 1 88 16 view .LVU1509
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	andq	%rcx, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL428:
.LDL45:
	.loc 1 88 16 is_stmt 0 view .LVU1510
.LBE501:
	.loc 1 88 16 is_stmt 1 view .LVU1511
	.loc 1 88 32 view .LVU1512
	.loc 1 88 32 view .LVU1513
.LBB502:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 16 is_stmt 0 view .LVU1514
	subq	$8, %rdx	#, sp
.LVL429:
	.loc 1 88 16 view .LVU1515
.LBE502:
.LBE500:
.LBE499:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU1516
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL430:
	.loc 1 88 32 view .LVU1517
	ret	
.LVL431:
	.p2align 4,,10
	.p2align 3
.L254:
	.cfi_restore_state
.L252:
	.loc 1 88 32 is_stmt 1 discriminator 3 view .LVU1518
	.loc 1 88 32 discriminator 3 view .LVU1519
	.loc 1 88 32 discriminator 3 view .LVU1520
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp111
	subq	%rdi, %rdx	# _1, tmp117
.LVL432:
	.loc 1 88 32 is_stmt 0 discriminator 3 view .LVU1521
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL433:
	.loc 1 88 32 discriminator 3 view .LVU1522
	sarq	$3, %rdx	#, tmp119
	subq	(%rcx), %rax	# _7->slots, tmp112
.LVL434:
	.loc 1 88 32 discriminator 3 view .LVU1523
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp114
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL435:
	.loc 1 88 32 is_stmt 1 discriminator 3 view .LVU1524
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL436:
	.cfi_endproc
.LFE68:
	.size	op_C_AND, .-op_C_AND
	.p2align 4
	.type	op_C_NOT, @function
op_C_NOT:
.LVL437:
.LFB65:
	.loc 1 86 1 view -0
	.cfi_startproc
.L256:
	.loc 1 86 1 view .LVU1526
	.loc 1 86 1 view .LVU1527
	.loc 1 86 1 view .LVU1528
	.loc 1 86 1 view .LVU1529
	.loc 1 86 1 view .LVU1530
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 is_stmt 0 view .LVU1531
	movq	%rdi, %rbx	# tmp125, m
	movq	(%rdi), %rdi	# m_23(D)->vm, _1
.LVL438:
	.loc 1 86 1 view .LVU1532
	movq	%rsi, %rax	# tmp126, vpc
	leaq	8(%rdi), %rcx	#, tmp107
	cmpq	%rcx, %rdx	# tmp107, sp
	jb	.L260	#,
	.loc 1 86 1 is_stmt 1 view .LVU1533
	.loc 1 86 1 view .LVU1534
	.loc 1 86 1 view .LVU1535
	.loc 1 86 1 view .LVU1536
	.loc 1 86 1 view .LVU1537
	.loc 1 86 1 view .LVU1538
	.loc 1 86 1 view .LVU1539
	.loc 1 86 1 view .LVU1540
	.loc 1 86 1 view .LVU1541
	.loc 1 86 1 view .LVU1542
	.loc 1 86 1 view .LVU1543
.LVL439:
.LBB503:
.LBI503:
	.loc 1 84 1 view .LVU1544
.LBB504:
	.loc 1 84 1 view .LVU1545
	.loc 1 85 5 view .LVU1546
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 1 85 12 is_stmt 0 view .LVU1547
	notq	-8(%rdx)	# MEM[(cell *)sp_24(D) + -8B]
.LDL46:
	.loc 1 86 1 is_stmt 1 view .LVU1548
	.loc 1 86 1 view .LVU1549
.LVL440:
	.loc 1 86 1 is_stmt 0 view .LVU1550
.LBE504:
.LBE503:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL441:
	.loc 1 86 1 view .LVU1551
	ret	
.LVL442:
	.p2align 4,,10
	.p2align 3
.L260:
	.cfi_restore_state
.L258:
	.loc 1 86 1 is_stmt 1 discriminator 3 view .LVU1552
	.loc 1 86 1 discriminator 3 view .LVU1553
	.loc 1 86 1 discriminator 3 view .LVU1554
	movq	24(%rbx), %rcx	# m_23(D)->thread, _7
	subq	$8, %rax	#, tmp109
	subq	%rdi, %rdx	# _1, tmp115
.LVL443:
	.loc 1 86 1 is_stmt 0 discriminator 3 view .LVU1555
	movq	16(%rbx), %r8	# m_23(D)->budget,
	movl	$2, %esi	#,
.LVL444:
	.loc 1 86 1 discriminator 3 view .LVU1556
	sarq	$3, %rdx	#, tmp117
	subq	(%rcx), %rax	# _7->slots, tmp110
.LVL445:
	.loc 1 86 1 discriminator 3 view .LVU1557
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp112
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL446:
	.loc 1 86 1 is_stmt 1 discriminator 3 view .LVU1558
	movq	(%rbx), %rdi	# m_23(D)->vm, m_23(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL447:
	.cfi_endproc
.LFE65:
	.size	op_C_NOT, .-op_C_NOT
	.p2align 4
	.type	op_C_NEG, @function
op_C_NEG:
.LVL448:
.LFB62:
	.loc 1 82 1 view -0
	.cfi_startproc
.L262:
	.loc 1 82 1 view .LVU1560
	.loc 1 82 1 view .LVU1561
	.loc 1 82 1 view .LVU1562
	.loc 1 82 1 view .LVU1563
	.loc 1 82 1 view .LVU1564
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 is_stmt 0 view .LVU1565
	movq	%rdi, %rbx	# tmp127, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL449:
	.loc 1 82 1 view .LVU1566
	movq	%rsi, %rax	# tmp128, vpc
	leaq	8(%rdi), %rcx	#, tmp109
	cmpq	%rcx, %rdx	# tmp109, sp
	jb	.L266	#,
	.loc 1 82 1 is_stmt 1 view .LVU1567
	.loc 1 82 1 view .LVU1568
	.loc 1 82 1 view .LVU1569
	.loc 1 82 1 view .LVU1570
	.loc 1 82 1 view .LVU1571
	.loc 1 82 1 view .LVU1572
	.loc 1 82 1 view .LVU1573
	.loc 1 82 1 view .LVU1574
	.loc 1 82 1 view .LVU1575
	.loc 1 82 1 view .LVU1576
	.loc 1 82 1 view .LVU1577
.LVL450:
.LBB505:
.LBI505:
	.loc 1 80 1 view .LVU1578
.LBB506:
	.loc 1 80 1 view .LVU1579
	.loc 1 81 5 view .LVU1580
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 1 81 21 is_stmt 0 view .LVU1581
	negq	-8(%rdx)	# MEM[(cell *)sp_26(D) + -8B]
.LDL47:
	.loc 1 82 1 is_stmt 1 view .LVU1582
	.loc 1 82 1 view .LVU1583
.LVL451:
	.loc 1 82 1 is_stmt 0 view .LVU1584
.LBE506:
.LBE505:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL452:
	.loc 1 82 1 view .LVU1585
	ret	
.LVL453:
	.p2align 4,,10
	.p2align 3
.L266:
	.cfi_restore_state
.L264:
	.loc 1 82 1 is_stmt 1 discriminator 3 view .LVU1586
	.loc 1 82 1 discriminator 3 view .LVU1587
	.loc 1 82 1 discriminator 3 view .LVU1588
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp111
	subq	%rdi, %rdx	# _1, tmp117
.LVL454:
	.loc 1 82 1 is_stmt 0 discriminator 3 view .LVU1589
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL455:
	.loc 1 82 1 discriminator 3 view .LVU1590
	sarq	$3, %rdx	#, tmp119
	subq	(%rcx), %rax	# _7->slots, tmp112
.LVL456:
	.loc 1 82 1 discriminator 3 view .LVU1591
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp114
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL457:
	.loc 1 82 1 is_stmt 1 discriminator 3 view .LVU1592
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL458:
	.cfi_endproc
.LFE62:
	.size	op_C_NEG, .-op_C_NEG
	.p2align 4
	.type	op_C_MOD, @function
op_C_MOD:
.LVL459:
.LFB59:
	.loc 1 78 1 view -0
	.cfi_startproc
.L268:
	.loc 1 78 1 view .LVU1594
	.loc 1 78 1 view .LVU1595
	.loc 1 78 1 view .LVU1596
	.loc 1 78 1 view .LVU1597
	.loc 1 78 1 view .LVU1598
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 1 78 1 is_stmt 0 view .LVU1599
	movq	(%rdi), %rax	# m_41(D)->vm, _1
	movq	%rdx, %rcx	# tmp153, sp
	movq	%rdi, %rbx	# tmp151, m
	leaq	16(%rax), %rdx	#, tmp122
.LVL460:
	.loc 1 78 1 view .LVU1600
	cmpq	%rdx, %rcx	# tmp122, sp
	jb	.L278	#,
	.loc 1 78 1 is_stmt 1 view .LVU1601
	.loc 1 78 1 view .LVU1602
	.loc 1 78 1 view .LVU1603
	.loc 1 78 1 view .LVU1604
	.loc 1 78 1 view .LVU1605
	.loc 1 78 1 view .LVU1606
	.loc 1 78 1 view .LVU1607
	.loc 1 78 1 view .LVU1608
	.loc 1 78 1 view .LVU1609
	.loc 1 78 1 view .LVU1610
	.loc 1 78 1 view .LVU1611
.LVL461:
.LBB507:
.LBI507:
	.loc 1 74 1 view .LVU1612
.LBB508:
	.loc 1 74 1 view .LVU1613
	.loc 1 75 5 view .LVU1614
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 9 is_stmt 0 view .LVU1615
	movq	-8(%rcx), %rdi	# MEM[(cell *)sp_42(D) + -8B], _46
.LVL462:
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 8 view .LVU1616
	testq	%rdi, %rdi	# _46
	je	.L279	#,
	.loc 1 76 9 is_stmt 1 view .LVU1617
	.loc 1 77 5 view .LVU1618
.LBB509:
	.loc 1 77 5 view .LVU1619
.LVL463:
	.loc 1 77 5 is_stmt 0 view .LVU1620
	movq	-16(%rcx), %rax	# MEM[(cell *)sp_42(D) + -16B], a
.LVL464:
	.loc 1 77 5 is_stmt 1 view .LVU1621
	.loc 1 77 5 view .LVU1622
	.loc 1 77 5 view .LVU1623
	leaq	-8(%rcx), %r8	#, sp
.LVL465:
	.loc 1 77 5 view .LVU1624
	xorl	%edx, %edx	# iftmp.2_37
	cmpq	$-1, %rdi	#, _46
	je	.L273	#,
	cqto
	idivq	%rdi	# _46
.LVL466:
.L273:
	.loc 1 77 5 is_stmt 0 view .LVU1625
	movq	%rdx, -16(%rcx)	# iftmp.2_37, MEM[(cell *)sp_42(D) + -16B]
.LVL467:
.LDL48:
	.loc 1 77 5 view .LVU1626
.LBE509:
	.loc 1 77 5 is_stmt 1 view .LVU1627
	.loc 1 78 1 view .LVU1628
	.loc 1 78 1 view .LVU1629
	.loc 1 78 1 is_stmt 0 view .LVU1630
.LBE508:
.LBE507:
	movq	%rsi, %rax	# vpc,
	movq	%r8, %rdx	# sp,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL468:
	.loc 1 78 1 view .LVU1631
	ret	
.LVL469:
	.p2align 4,,10
	.p2align 3
.L278:
	.cfi_restore_state
.L270:
	.loc 1 78 1 is_stmt 1 discriminator 3 view .LVU1632
	.loc 1 78 1 discriminator 3 view .LVU1633
	.loc 1 78 1 discriminator 3 view .LVU1634
	movq	24(%rdi), %rdx	# m_41(D)->thread, _7
	subq	$8, %rsi	#, tmp124
.LVL470:
	.loc 1 78 1 is_stmt 0 discriminator 3 view .LVU1635
	subq	%rax, %rcx	# _1, sp
.LVL471:
	.loc 1 78 1 discriminator 3 view .LVU1636
	movq	16(%rdi), %r8	# m_41(D)->budget,
	subq	(%rdx), %rsi	# _7->slots, tmp125
.LVL472:
	.loc 1 78 1 discriminator 3 view .LVU1637
	movq	8(%rdx), %rdx	# _7->ord, _7->ord
	sarq	$3, %rsi	#, tmp127
	movl	(%rdx,%rsi,4), %esi	# *_15, *_15
	movq	%rcx, %rdx	# sp, tmp130
	sarq	$3, %rdx	#, tmp132
	movl	%esi, %ecx	# *_15,
	movl	$2, %esi	#,
.L277:
.LBB511:
.LBB510:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU1638
	movq	%rax, %rdi	# _1,
	call	vm_stop	#
.LVL473:
	.loc 1 76 9 is_stmt 1 view .LVU1639
	movq	(%rbx), %rdi	# m_41(D)->vm, m_41(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp142
	call	longjmp	#
.LVL474:
	.p2align 4,,10
	.p2align 3
.L279:
.L272:
	.loc 1 76 9 view .LVU1640
	.loc 1 76 9 view .LVU1641
	.loc 1 76 9 view .LVU1642
	movq	24(%rbx), %rdx	# m_41(D)->thread, _51
	subq	$8, %rsi	#, tmp136
.LVL475:
	.loc 1 76 9 is_stmt 0 view .LVU1643
	movq	16(%rbx), %r8	# m_41(D)->budget,
	subq	(%rdx), %rsi	# _51->slots, tmp137
.LVL476:
	.loc 1 76 9 view .LVU1644
	movq	8(%rdx), %rdx	# _51->ord, _51->ord
	sarq	$3, %rsi	#, tmp139
	movl	(%rdx,%rsi,4), %ecx	# *_31, *_31
.LVL477:
	.loc 1 76 9 view .LVU1645
	xorl	%edx, %edx	#
	movl	$1, %esi	#,
	jmp	.L277	#
.LBE510:
.LBE511:
	.cfi_endproc
.LFE59:
	.size	op_C_MOD, .-op_C_MOD
	.p2align 4
	.type	op_C_DIV, @function
op_C_DIV:
.LVL478:
.LFB56:
	.loc 1 72 1 is_stmt 1 view -0
	.cfi_startproc
.L281:
	.loc 1 72 1 view .LVU1647
	.loc 1 72 1 view .LVU1648
	.loc 1 72 1 view .LVU1649
	.loc 1 72 1 view .LVU1650
	.loc 1 72 1 view .LVU1651
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 is_stmt 0 view .LVU1652
	movq	(%rdi), %rax	# m_44(D)->vm, _1
	movq	%rdx, %rcx	# tmp155, sp
	movq	%rdi, %rbx	# tmp153, m
	leaq	16(%rax), %rdx	#, tmp124
.LVL479:
	.loc 1 72 1 view .LVU1653
	cmpq	%rdx, %rcx	# tmp124, sp
	jb	.L290	#,
	.loc 1 72 1 is_stmt 1 view .LVU1654
	.loc 1 72 1 view .LVU1655
	.loc 1 72 1 view .LVU1656
	.loc 1 72 1 view .LVU1657
	.loc 1 72 1 view .LVU1658
	.loc 1 72 1 view .LVU1659
	.loc 1 72 1 view .LVU1660
	.loc 1 72 1 view .LVU1661
	.loc 1 72 1 view .LVU1662
	.loc 1 72 1 view .LVU1663
	.loc 1 72 1 view .LVU1664
.LVL480:
.LBB512:
.LBI512:
	.loc 1 67 1 view .LVU1665
.LBB513:
	.loc 1 67 1 view .LVU1666
	.loc 1 68 5 view .LVU1667
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 9 is_stmt 0 view .LVU1668
	movq	-8(%rcx), %rdi	# MEM[(cell *)sp_45(D) + -8B], _49
.LVL481:
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 8 view .LVU1669
	testq	%rdi, %rdi	# _49
	je	.L291	#,
	.loc 1 69 9 is_stmt 1 view .LVU1670
	.loc 1 71 5 view .LVU1671
.LBB514:
	.loc 1 71 5 view .LVU1672
.LVL482:
	.loc 1 71 5 is_stmt 0 view .LVU1673
	movq	-16(%rcx), %rax	# MEM[(cell *)sp_45(D) + -16B], a
.LVL483:
	.loc 1 71 5 is_stmt 1 view .LVU1674
	.loc 1 71 5 view .LVU1675
	.loc 1 71 5 view .LVU1676
	leaq	-8(%rcx), %r8	#, sp
.LVL484:
	.loc 1 71 5 view .LVU1677
	cmpq	$-1, %rdi	#, _49
	je	.L292	#,
	cqto
	idivq	%rdi	# _49
.LVL485:
	.loc 1 71 5 is_stmt 0 view .LVU1678
.LBE514:
.LBE513:
.LBE512:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU1679
	movq	%r8, %rdx	# sp,
.LBB522:
.LBB518:
.LBB515:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU1680
	movq	%rax, -16(%rcx)	# iftmp.3_22, MEM[(cell *)sp_45(D) + -16B]
.LVL486:
.LDL49:
	.loc 1 71 5 view .LVU1681
.LBE515:
	.loc 1 71 5 is_stmt 1 view .LVU1682
	.loc 1 72 1 view .LVU1683
	.loc 1 72 1 view .LVU1684
	.loc 1 72 1 is_stmt 0 view .LVU1685
.LBE518:
.LBE522:
	movq	%rsi, %rax	# vpc,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL487:
	.loc 1 72 1 view .LVU1686
	ret	
.LVL488:
	.p2align 4,,10
	.p2align 3
.L292:
	.cfi_restore_state
.LBB523:
.LBB519:
.LBB516:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU1687
	negq	%rax	# iftmp.3_22
.LVL489:
	.loc 1 71 5 view .LVU1688
.LBE516:
.LBE519:
.LBE523:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU1689
	movq	%r8, %rdx	# sp,
.LBB524:
.LBB520:
.LBB517:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU1690
	movq	%rax, -16(%rcx)	# iftmp.3_22, MEM[(cell *)sp_45(D) + -16B]
.LVL490:
	.loc 1 71 5 view .LVU1691
.LBE517:
	.loc 1 71 5 is_stmt 1 view .LVU1692
	.loc 1 72 1 view .LVU1693
	.loc 1 72 1 view .LVU1694
	.loc 1 72 1 is_stmt 0 view .LVU1695
.LBE520:
.LBE524:
	movq	%rsi, %rax	# vpc,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL491:
	.loc 1 72 1 view .LVU1696
	ret	
.LVL492:
	.p2align 4,,10
	.p2align 3
.L290:
	.cfi_restore_state
.L283:
	.loc 1 72 1 is_stmt 1 discriminator 3 view .LVU1697
	.loc 1 72 1 discriminator 3 view .LVU1698
	.loc 1 72 1 discriminator 3 view .LVU1699
	movq	24(%rdi), %rdx	# m_44(D)->thread, _7
	subq	$8, %rsi	#, tmp126
.LVL493:
	.loc 1 72 1 is_stmt 0 discriminator 3 view .LVU1700
	subq	%rax, %rcx	# _1, sp
.LVL494:
	.loc 1 72 1 discriminator 3 view .LVU1701
	movq	16(%rdi), %r8	# m_44(D)->budget,
	subq	(%rdx), %rsi	# _7->slots, tmp127
.LVL495:
	.loc 1 72 1 discriminator 3 view .LVU1702
	movq	8(%rdx), %rdx	# _7->ord, _7->ord
	sarq	$3, %rsi	#, tmp129
	movl	(%rdx,%rsi,4), %esi	# *_15, *_15
	movq	%rcx, %rdx	# sp, tmp132
	sarq	$3, %rdx	#, tmp134
	movl	%esi, %ecx	# *_15,
	movl	$2, %esi	#,
.L289:
.LBB525:
.LBB521:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU1703
	movq	%rax, %rdi	# _1,
	call	vm_stop	#
.LVL496:
	.loc 1 69 9 is_stmt 1 view .LVU1704
	movq	(%rbx), %rdi	# m_44(D)->vm, m_44(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp144
	call	longjmp	#
.LVL497:
	.p2align 4,,10
	.p2align 3
.L291:
.L285:
	.loc 1 69 9 view .LVU1705
	.loc 1 69 9 view .LVU1706
	.loc 1 69 9 view .LVU1707
	movq	24(%rbx), %rdx	# m_44(D)->thread, _54
	subq	$8, %rsi	#, tmp138
.LVL498:
	.loc 1 69 9 is_stmt 0 view .LVU1708
	movq	16(%rbx), %r8	# m_44(D)->budget,
	subq	(%rdx), %rsi	# _54->slots, tmp139
.LVL499:
	.loc 1 69 9 view .LVU1709
	movq	8(%rdx), %rdx	# _54->ord, _54->ord
	sarq	$3, %rsi	#, tmp141
	movl	(%rdx,%rsi,4), %ecx	# *_34, *_34
.LVL500:
	.loc 1 69 9 view .LVU1710
	xorl	%edx, %edx	#
	movl	$1, %esi	#,
	jmp	.L289	#
.LBE521:
.LBE525:
	.cfi_endproc
.LFE56:
	.size	op_C_DIV, .-op_C_DIV
	.p2align 4
	.type	op_C_MUL, @function
op_C_MUL:
.LVL501:
.LFB53:
	.loc 1 65 54 is_stmt 1 view -0
	.cfi_startproc
.L294:
	.loc 1 65 54 view .LVU1712
	.loc 1 65 54 view .LVU1713
	.loc 1 65 54 view .LVU1714
	.loc 1 65 54 view .LVU1715
	.loc 1 65 54 view .LVU1716
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 is_stmt 0 view .LVU1717
	movq	%rdi, %rbx	# tmp133, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL502:
	.loc 1 65 54 view .LVU1718
	movq	%rsi, %rax	# tmp134, vpc
	leaq	16(%rdi), %rcx	#, tmp112
	cmpq	%rcx, %rdx	# tmp112, sp
	jb	.L298	#,
	.loc 1 65 54 is_stmt 1 view .LVU1719
	.loc 1 65 54 view .LVU1720
	.loc 1 65 54 view .LVU1721
	.loc 1 65 54 view .LVU1722
	.loc 1 65 54 view .LVU1723
	.loc 1 65 54 view .LVU1724
	.loc 1 65 54 view .LVU1725
	.loc 1 65 54 view .LVU1726
	.loc 1 65 54 view .LVU1727
	.loc 1 65 54 view .LVU1728
	.loc 1 65 54 view .LVU1729
.LVL503:
.LBB526:
.LBI526:
	.loc 1 65 1 view .LVU1730
.LBB527:
	.loc 1 65 1 view .LVU1731
	.loc 1 65 16 view .LVU1732
.LBB528:
	.loc 1 65 16 view .LVU1733
	.loc 1 65 16 view .LVU1734
	.loc 1 65 16 view .LVU1735
	.loc 1 65 16 view .LVU1736
	.loc 1 65 16 view .LVU1737
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -16B], MEM[(cell *)sp_26(D) + -16B]
	imulq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], tmp125
	subq	$8, %rdx	#, sp
.LVL504:
	.loc 1 65 16 is_stmt 0 view .LVU1738
	movq	%rcx, -8(%rdx)	# tmp125, MEM[(cell *)sp_26(D) + -16B]
.LVL505:
.LDL50:
	.loc 1 65 16 view .LVU1739
.LBE528:
	.loc 1 65 16 is_stmt 1 view .LVU1740
	.loc 1 65 54 view .LVU1741
	.loc 1 65 54 view .LVU1742
	.loc 1 65 54 is_stmt 0 view .LVU1743
.LBE527:
.LBE526:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL506:
	.loc 1 65 54 view .LVU1744
	ret	
.LVL507:
	.p2align 4,,10
	.p2align 3
.L298:
	.cfi_restore_state
.L296:
	.loc 1 65 54 is_stmt 1 discriminator 3 view .LVU1745
	.loc 1 65 54 discriminator 3 view .LVU1746
	.loc 1 65 54 discriminator 3 view .LVU1747
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp114
	subq	%rdi, %rdx	# _1, tmp120
.LVL508:
	.loc 1 65 54 is_stmt 0 discriminator 3 view .LVU1748
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL509:
	.loc 1 65 54 discriminator 3 view .LVU1749
	sarq	$3, %rdx	#, tmp122
	subq	(%rcx), %rax	# _7->slots, tmp115
.LVL510:
	.loc 1 65 54 discriminator 3 view .LVU1750
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp117
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL511:
	.loc 1 65 54 is_stmt 1 discriminator 3 view .LVU1751
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp123
	call	longjmp	#
.LVL512:
	.cfi_endproc
.LFE53:
	.size	op_C_MUL, .-op_C_MUL
	.p2align 4
	.type	op_C_SUB, @function
op_C_SUB:
.LVL513:
.LFB50:
	.loc 1 64 54 view -0
	.cfi_startproc
.L300:
	.loc 1 64 54 view .LVU1753
	.loc 1 64 54 view .LVU1754
	.loc 1 64 54 view .LVU1755
	.loc 1 64 54 view .LVU1756
	.loc 1 64 54 view .LVU1757
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 is_stmt 0 view .LVU1758
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL514:
	.loc 1 64 54 view .LVU1759
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp112
	cmpq	%rcx, %rdx	# tmp112, sp
	jb	.L304	#,
	.loc 1 64 54 is_stmt 1 view .LVU1760
	.loc 1 64 54 view .LVU1761
	.loc 1 64 54 view .LVU1762
	.loc 1 64 54 view .LVU1763
	.loc 1 64 54 view .LVU1764
	.loc 1 64 54 view .LVU1765
	.loc 1 64 54 view .LVU1766
	.loc 1 64 54 view .LVU1767
	.loc 1 64 54 view .LVU1768
	.loc 1 64 54 view .LVU1769
	.loc 1 64 54 view .LVU1770
.LVL515:
.LBB529:
.LBI529:
	.loc 1 64 1 view .LVU1771
.LBB530:
	.loc 1 64 1 view .LVU1772
	.loc 1 64 16 view .LVU1773
.LBB531:
	.loc 1 64 16 view .LVU1774
	.loc 1 64 16 view .LVU1775
	.loc 1 64 16 view .LVU1776
	.loc 1 64 16 view .LVU1777
	.loc 1 64 16 view .LVU1778
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	subq	%rcx, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL516:
.LDL51:
	.loc 1 64 16 is_stmt 0 view .LVU1779
.LBE531:
	.loc 1 64 16 is_stmt 1 view .LVU1780
	.loc 1 64 54 view .LVU1781
	.loc 1 64 54 view .LVU1782
.LBB532:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 16 is_stmt 0 view .LVU1783
	subq	$8, %rdx	#, sp
.LVL517:
	.loc 1 64 16 view .LVU1784
.LBE532:
.LBE530:
.LBE529:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU1785
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL518:
	.loc 1 64 54 view .LVU1786
	ret	
.LVL519:
	.p2align 4,,10
	.p2align 3
.L304:
	.cfi_restore_state
.L302:
	.loc 1 64 54 is_stmt 1 discriminator 3 view .LVU1787
	.loc 1 64 54 discriminator 3 view .LVU1788
	.loc 1 64 54 discriminator 3 view .LVU1789
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp114
	subq	%rdi, %rdx	# _1, tmp120
.LVL520:
	.loc 1 64 54 is_stmt 0 discriminator 3 view .LVU1790
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL521:
	.loc 1 64 54 discriminator 3 view .LVU1791
	sarq	$3, %rdx	#, tmp122
	subq	(%rcx), %rax	# _7->slots, tmp115
.LVL522:
	.loc 1 64 54 discriminator 3 view .LVU1792
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp117
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL523:
	.loc 1 64 54 is_stmt 1 discriminator 3 view .LVU1793
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp123
	call	longjmp	#
.LVL524:
	.cfi_endproc
.LFE50:
	.size	op_C_SUB, .-op_C_SUB
	.p2align 4
	.type	op_C_ADD, @function
op_C_ADD:
.LVL525:
.LFB47:
	.loc 1 63 54 view -0
	.cfi_startproc
.L306:
	.loc 1 63 54 view .LVU1795
	.loc 1 63 54 view .LVU1796
	.loc 1 63 54 view .LVU1797
	.loc 1 63 54 view .LVU1798
	.loc 1 63 54 view .LVU1799
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 is_stmt 0 view .LVU1800
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL526:
	.loc 1 63 54 view .LVU1801
	movq	%rsi, %rax	# tmp133, vpc
	leaq	16(%rdi), %rcx	#, tmp112
	cmpq	%rcx, %rdx	# tmp112, sp
	jb	.L310	#,
	.loc 1 63 54 is_stmt 1 view .LVU1802
	.loc 1 63 54 view .LVU1803
	.loc 1 63 54 view .LVU1804
	.loc 1 63 54 view .LVU1805
	.loc 1 63 54 view .LVU1806
	.loc 1 63 54 view .LVU1807
	.loc 1 63 54 view .LVU1808
	.loc 1 63 54 view .LVU1809
	.loc 1 63 54 view .LVU1810
	.loc 1 63 54 view .LVU1811
	.loc 1 63 54 view .LVU1812
.LVL527:
.LBB533:
.LBI533:
	.loc 1 63 1 view .LVU1813
.LBB534:
	.loc 1 63 1 view .LVU1814
	.loc 1 63 16 view .LVU1815
.LBB535:
	.loc 1 63 16 view .LVU1816
	.loc 1 63 16 view .LVU1817
	.loc 1 63 16 view .LVU1818
	.loc 1 63 16 view .LVU1819
	.loc 1 63 16 view .LVU1820
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	addq	%rcx, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL528:
.LDL52:
	.loc 1 63 16 is_stmt 0 view .LVU1821
.LBE535:
	.loc 1 63 16 is_stmt 1 view .LVU1822
	.loc 1 63 54 view .LVU1823
	.loc 1 63 54 view .LVU1824
.LBB536:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 16 is_stmt 0 view .LVU1825
	subq	$8, %rdx	#, sp
.LVL529:
	.loc 1 63 16 view .LVU1826
.LBE536:
.LBE534:
.LBE533:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU1827
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL530:
	.loc 1 63 54 view .LVU1828
	ret	
.LVL531:
	.p2align 4,,10
	.p2align 3
.L310:
	.cfi_restore_state
.L308:
	.loc 1 63 54 is_stmt 1 discriminator 3 view .LVU1829
	.loc 1 63 54 discriminator 3 view .LVU1830
	.loc 1 63 54 discriminator 3 view .LVU1831
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp114
	subq	%rdi, %rdx	# _1, tmp120
.LVL532:
	.loc 1 63 54 is_stmt 0 discriminator 3 view .LVU1832
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL533:
	.loc 1 63 54 discriminator 3 view .LVU1833
	sarq	$3, %rdx	#, tmp122
	subq	(%rcx), %rax	# _7->slots, tmp115
.LVL534:
	.loc 1 63 54 discriminator 3 view .LVU1834
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp117
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL535:
	.loc 1 63 54 is_stmt 1 discriminator 3 view .LVU1835
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp123
	call	longjmp	#
.LVL536:
	.cfi_endproc
.LFE47:
	.size	op_C_ADD, .-op_C_ADD
	.p2align 4
	.type	op_C_ROT, @function
op_C_ROT:
.LVL537:
.LFB44:
	.loc 1 57 1 view -0
	.cfi_startproc
.L312:
	.loc 1 57 1 view .LVU1837
	.loc 1 57 1 view .LVU1838
	.loc 1 57 1 view .LVU1839
	.loc 1 57 1 view .LVU1840
	.loc 1 57 1 view .LVU1841
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 is_stmt 0 view .LVU1842
	movq	%rdi, %rbx	# tmp126, m
	movq	(%rdi), %rdi	# m_25(D)->vm, _1
.LVL538:
	.loc 1 57 1 view .LVU1843
	movq	%rsi, %rax	# tmp127, vpc
	leaq	24(%rdi), %rcx	#, tmp107
	cmpq	%rcx, %rdx	# tmp107, sp
	jb	.L316	#,
	.loc 1 57 1 is_stmt 1 view .LVU1844
	.loc 1 57 1 view .LVU1845
	.loc 1 57 1 view .LVU1846
	.loc 1 57 1 view .LVU1847
	.loc 1 57 1 view .LVU1848
	.loc 1 57 1 view .LVU1849
	.loc 1 57 1 view .LVU1850
	.loc 1 57 1 view .LVU1851
	.loc 1 57 1 view .LVU1852
	.loc 1 57 1 view .LVU1853
	.loc 1 57 1 view .LVU1854
.LVL539:
.LBB537:
.LBI537:
	.loc 1 55 1 view .LVU1855
.LBB538:
	.loc 1 55 1 view .LVU1856
.LBB539:
	.loc 1 56 7 view .LVU1857
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 12 is_stmt 0 view .LVU1858
	movq	-24(%rdx), %rcx	# MEM[(cell *)sp_26(D) + -24B], a
.LVL540:
	.loc 1 56 22 is_stmt 1 view .LVU1859
	.loc 1 56 35 view .LVU1860
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 is_stmt 0 view .LVU1861
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_26(D) + -16B], tmp130
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 53 view .LVU1862
	movq	%rcx, -8(%rdx)	# a, MEM[(cell *)sp_26(D) + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 view .LVU1863
	movups	%xmm0, -24(%rdx)	# tmp130, MEM <vector(2) long int> [(cell *)sp_26(D) + -24B]
	.loc 1 56 48 is_stmt 1 view .LVU1864
.LDL53:
.LBE539:
	.loc 1 57 1 view .LVU1865
	.loc 1 57 1 view .LVU1866
.LVL541:
	.loc 1 57 1 is_stmt 0 view .LVU1867
.LBE538:
.LBE537:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL542:
	.loc 1 57 1 view .LVU1868
	ret	
.LVL543:
	.p2align 4,,10
	.p2align 3
.L316:
	.cfi_restore_state
.L314:
	.loc 1 57 1 is_stmt 1 discriminator 3 view .LVU1869
	.loc 1 57 1 discriminator 3 view .LVU1870
	.loc 1 57 1 discriminator 3 view .LVU1871
	movq	24(%rbx), %rcx	# m_25(D)->thread, _7
	subq	$8, %rax	#, tmp109
	subq	%rdi, %rdx	# _1, tmp115
.LVL544:
	.loc 1 57 1 is_stmt 0 discriminator 3 view .LVU1872
	movq	16(%rbx), %r8	# m_25(D)->budget,
	movl	$2, %esi	#,
.LVL545:
	.loc 1 57 1 discriminator 3 view .LVU1873
	sarq	$3, %rdx	#, tmp117
	subq	(%rcx), %rax	# _7->slots, tmp110
.LVL546:
	.loc 1 57 1 discriminator 3 view .LVU1874
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp112
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL547:
	.loc 1 57 1 is_stmt 1 discriminator 3 view .LVU1875
	movq	(%rbx), %rdi	# m_25(D)->vm, m_25(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL548:
	.cfi_endproc
.LFE44:
	.size	op_C_ROT, .-op_C_ROT
	.p2align 4
	.type	op_C_OVER, @function
op_C_OVER:
.LVL549:
.LFB41:
	.loc 1 53 1 view -0
	.cfi_startproc
.L318:
	.loc 1 53 1 view .LVU1877
	.loc 1 53 1 view .LVU1878
	.loc 1 53 1 view .LVU1879
	.loc 1 53 1 view .LVU1880
	.loc 1 53 1 view .LVU1881
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 is_stmt 0 view .LVU1882
	movq	%rdi, %rbx	# tmp157, m
	movq	(%rdi), %rdi	# m_44(D)->vm, _1
.LVL550:
	.loc 1 53 1 view .LVU1883
	movq	%rsi, %rax	# tmp158, vpc
	leaq	16(%rdi), %rcx	#, tmp124
	cmpq	%rcx, %rdx	# tmp124, sp
	jb	.L325	#,
	.loc 1 53 1 is_stmt 1 discriminator 5 view .LVU1884
	.loc 1 53 1 discriminator 5 view .LVU1885
	.loc 1 53 1 discriminator 5 view .LVU1886
	.loc 1 53 1 discriminator 5 view .LVU1887
	.loc 1 53 1 discriminator 5 view .LVU1888
	leaq	32760(%rdi), %rcx	#, tmp137
	cmpq	%rdx, %rcx	# sp, tmp137
	jb	.L326	#,
	.loc 1 53 1 view .LVU1889
	.loc 1 53 1 view .LVU1890
	.loc 1 53 1 view .LVU1891
	.loc 1 53 1 view .LVU1892
	.loc 1 53 1 view .LVU1893
	.loc 1 53 1 view .LVU1894
	.loc 1 53 1 view .LVU1895
	.loc 1 53 1 view .LVU1896
.LVL551:
.LBB540:
.LBI540:
	.loc 1 51 1 view .LVU1897
.LBB541:
	.loc 1 51 1 view .LVU1898
	.loc 1 52 5 view .LVU1899
.LBB542:
	.loc 1 52 5 view .LVU1900
	.loc 1 52 5 view .LVU1901
	.loc 1 52 5 is_stmt 0 view .LVU1902
	movq	-16(%rdx), %rcx	# MEM[(cell *)sp_45(D) + -16B], MEM[(cell *)sp_45(D) + -16B]
	addq	$8, %rdx	#, sp
.LVL552:
	.loc 1 52 5 view .LVU1903
	movq	%rcx, -8(%rdx)	# MEM[(cell *)sp_45(D) + -16B], *sp_45(D)
.LDL54:
.LBE542:
	.loc 1 52 5 is_stmt 1 view .LVU1904
	.loc 1 53 1 view .LVU1905
	.loc 1 53 1 view .LVU1906
.LVL553:
	.loc 1 53 1 is_stmt 0 view .LVU1907
.LBE541:
.LBE540:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL554:
	.loc 1 53 1 view .LVU1908
	ret	
.LVL555:
	.p2align 4,,10
	.p2align 3
.L325:
	.cfi_restore_state
.L320:
	.loc 1 53 1 is_stmt 1 discriminator 3 view .LVU1909
	.loc 1 53 1 discriminator 3 view .LVU1910
	.loc 1 53 1 discriminator 3 view .LVU1911
	movq	24(%rbx), %rcx	# m_44(D)->thread, _7
	subq	$8, %rax	#, tmp126
	subq	%rdi, %rdx	# _1, tmp132
.LVL556:
	.loc 1 53 1 is_stmt 0 discriminator 3 view .LVU1912
	movq	16(%rbx), %r8	# m_44(D)->budget,
	sarq	$3, %rdx	#, tmp134
	movl	$2, %esi	#,
.LVL557:
	.loc 1 53 1 discriminator 3 view .LVU1913
	subq	(%rcx), %rax	# _7->slots, tmp127
.LVL558:
	.loc 1 53 1 discriminator 3 view .LVU1914
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp129
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
.L324:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 discriminator 7 view .LVU1915
	call	vm_stop	#
.LVL559:
	.loc 1 53 1 is_stmt 1 discriminator 7 view .LVU1916
	movq	(%rbx), %rdi	# m_44(D)->vm, m_44(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp148
	call	longjmp	#
.LVL560:
	.p2align 4,,10
	.p2align 3
.L326:
.L322:
	.loc 1 53 1 discriminator 7 view .LVU1917
	.loc 1 53 1 discriminator 7 view .LVU1918
	.loc 1 53 1 discriminator 7 view .LVU1919
	movq	24(%rbx), %rcx	# m_44(D)->thread, _27
	subq	$8, %rax	#, tmp139
.LVL561:
	.loc 1 53 1 is_stmt 0 discriminator 7 view .LVU1920
	subq	%rdi, %rdx	# _1, tmp145
.LVL562:
	.loc 1 53 1 discriminator 7 view .LVU1921
	movq	16(%rbx), %r8	# m_44(D)->budget,
	sarq	$3, %rdx	#, tmp147
	movl	$3, %esi	#,
.LVL563:
	.loc 1 53 1 discriminator 7 view .LVU1922
	subq	(%rcx), %rax	# _27->slots, tmp140
.LVL564:
	.loc 1 53 1 discriminator 7 view .LVU1923
	movq	8(%rcx), %rcx	# _27->ord, _27->ord
	sarq	$3, %rax	#, tmp142
	movl	(%rcx,%rax,4), %ecx	# *_35, *_35
	jmp	.L324	#
	.cfi_endproc
.LFE41:
	.size	op_C_OVER, .-op_C_OVER
	.p2align 4
	.type	op_C_SWAP, @function
op_C_SWAP:
.LVL565:
.LFB38:
	.loc 1 49 1 is_stmt 1 view -0
	.cfi_startproc
.L328:
	.loc 1 49 1 view .LVU1925
	.loc 1 49 1 view .LVU1926
	.loc 1 49 1 view .LVU1927
	.loc 1 49 1 view .LVU1928
	.loc 1 49 1 view .LVU1929
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 is_stmt 0 view .LVU1930
	movq	%rdi, %rbx	# tmp127, m
	movq	(%rdi), %rdi	# m_24(D)->vm, _1
.LVL566:
	.loc 1 49 1 view .LVU1931
	movq	%rsi, %rax	# tmp128, vpc
	leaq	16(%rdi), %rcx	#, tmp107
	cmpq	%rcx, %rdx	# tmp107, sp
	jb	.L332	#,
	.loc 1 49 1 is_stmt 1 view .LVU1932
	.loc 1 49 1 view .LVU1933
	.loc 1 49 1 view .LVU1934
	.loc 1 49 1 view .LVU1935
	.loc 1 49 1 view .LVU1936
	.loc 1 49 1 view .LVU1937
	.loc 1 49 1 view .LVU1938
	.loc 1 49 1 view .LVU1939
	.loc 1 49 1 view .LVU1940
	.loc 1 49 1 view .LVU1941
	.loc 1 49 1 view .LVU1942
.LVL567:
.LBB543:
.LBI543:
	.loc 1 47 1 view .LVU1943
.LBB544:
	.loc 1 47 1 view .LVU1944
.LBB545:
	.loc 1 48 7 view .LVU1945
	.loc 1 48 22 view .LVU1946
	.loc 1 48 35 view .LVU1947
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 is_stmt 0 view .LVU1948
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_25(D) + -16B], vect__30.457
	shufpd	$1, %xmm0, %xmm0	#, tmp132, vect__30.457
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 40 view .LVU1949
	movups	%xmm0, -16(%rdx)	# vect__30.457, MEM <vector(2) long int> [(cell *)sp_25(D) + -16B]
.LVL568:
.LDL55:
	.loc 1 48 40 view .LVU1950
.LBE545:
	.loc 1 49 1 is_stmt 1 view .LVU1951
	.loc 1 49 1 view .LVU1952
	.loc 1 49 1 is_stmt 0 view .LVU1953
.LBE544:
.LBE543:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL569:
	.loc 1 49 1 view .LVU1954
	ret	
.LVL570:
	.p2align 4,,10
	.p2align 3
.L332:
	.cfi_restore_state
.L330:
	.loc 1 49 1 is_stmt 1 discriminator 3 view .LVU1955
	.loc 1 49 1 discriminator 3 view .LVU1956
	.loc 1 49 1 discriminator 3 view .LVU1957
	movq	24(%rbx), %rcx	# m_24(D)->thread, _7
	subq	$8, %rax	#, tmp109
	subq	%rdi, %rdx	# _1, tmp115
.LVL571:
	.loc 1 49 1 is_stmt 0 discriminator 3 view .LVU1958
	movq	16(%rbx), %r8	# m_24(D)->budget,
	movl	$2, %esi	#,
.LVL572:
	.loc 1 49 1 discriminator 3 view .LVU1959
	sarq	$3, %rdx	#, tmp117
	subq	(%rcx), %rax	# _7->slots, tmp110
.LVL573:
	.loc 1 49 1 discriminator 3 view .LVU1960
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp112
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL574:
	.loc 1 49 1 is_stmt 1 discriminator 3 view .LVU1961
	movq	(%rbx), %rdi	# m_24(D)->vm, m_24(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL575:
	.cfi_endproc
.LFE38:
	.size	op_C_SWAP, .-op_C_SWAP
	.p2align 4
	.type	op_C_DUP, @function
op_C_DUP:
.LVL576:
.LFB35:
	.loc 1 45 1 view -0
	.cfi_startproc
.L334:
	.loc 1 45 1 view .LVU1963
	.loc 1 45 1 view .LVU1964
	.loc 1 45 1 view .LVU1965
	.loc 1 45 1 view .LVU1966
	.loc 1 45 1 view .LVU1967
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 is_stmt 0 view .LVU1968
	movq	%rdi, %rbx	# tmp157, m
	movq	(%rdi), %rdi	# m_44(D)->vm, _1
.LVL577:
	.loc 1 45 1 view .LVU1969
	movq	%rsi, %rax	# tmp158, vpc
	leaq	8(%rdi), %rcx	#, tmp124
	cmpq	%rcx, %rdx	# tmp124, sp
	jb	.L341	#,
	.loc 1 45 1 is_stmt 1 discriminator 5 view .LVU1970
	.loc 1 45 1 discriminator 5 view .LVU1971
	.loc 1 45 1 discriminator 5 view .LVU1972
	.loc 1 45 1 discriminator 5 view .LVU1973
	.loc 1 45 1 discriminator 5 view .LVU1974
	leaq	32760(%rdi), %rcx	#, tmp137
	cmpq	%rdx, %rcx	# sp, tmp137
	jb	.L342	#,
	.loc 1 45 1 view .LVU1975
	.loc 1 45 1 view .LVU1976
	.loc 1 45 1 view .LVU1977
	.loc 1 45 1 view .LVU1978
	.loc 1 45 1 view .LVU1979
	.loc 1 45 1 view .LVU1980
	.loc 1 45 1 view .LVU1981
	.loc 1 45 1 view .LVU1982
.LVL578:
.LBB546:
.LBI546:
	.loc 1 43 1 view .LVU1983
.LBB547:
	.loc 1 43 1 view .LVU1984
	.loc 1 44 5 view .LVU1985
.LBB548:
	.loc 1 44 5 view .LVU1986
	.loc 1 44 5 view .LVU1987
	.loc 1 44 5 is_stmt 0 view .LVU1988
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_45(D) + -8B], MEM[(cell *)sp_45(D) + -8B]
	addq	$8, %rdx	#, sp
.LVL579:
	.loc 1 44 5 view .LVU1989
	movq	%rcx, -8(%rdx)	# MEM[(cell *)sp_45(D) + -8B], *sp_45(D)
.LDL56:
.LBE548:
	.loc 1 44 5 is_stmt 1 view .LVU1990
	.loc 1 45 1 view .LVU1991
	.loc 1 45 1 view .LVU1992
.LVL580:
	.loc 1 45 1 is_stmt 0 view .LVU1993
.LBE547:
.LBE546:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL581:
	.loc 1 45 1 view .LVU1994
	ret	
.LVL582:
	.p2align 4,,10
	.p2align 3
.L341:
	.cfi_restore_state
.L336:
	.loc 1 45 1 is_stmt 1 discriminator 3 view .LVU1995
	.loc 1 45 1 discriminator 3 view .LVU1996
	.loc 1 45 1 discriminator 3 view .LVU1997
	movq	24(%rbx), %rcx	# m_44(D)->thread, _7
	subq	$8, %rax	#, tmp126
	subq	%rdi, %rdx	# _1, tmp132
.LVL583:
	.loc 1 45 1 is_stmt 0 discriminator 3 view .LVU1998
	movq	16(%rbx), %r8	# m_44(D)->budget,
	sarq	$3, %rdx	#, tmp134
	movl	$2, %esi	#,
.LVL584:
	.loc 1 45 1 discriminator 3 view .LVU1999
	subq	(%rcx), %rax	# _7->slots, tmp127
.LVL585:
	.loc 1 45 1 discriminator 3 view .LVU2000
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp129
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
.L340:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 discriminator 7 view .LVU2001
	call	vm_stop	#
.LVL586:
	.loc 1 45 1 is_stmt 1 discriminator 7 view .LVU2002
	movq	(%rbx), %rdi	# m_44(D)->vm, m_44(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp148
	call	longjmp	#
.LVL587:
	.p2align 4,,10
	.p2align 3
.L342:
.L338:
	.loc 1 45 1 discriminator 7 view .LVU2003
	.loc 1 45 1 discriminator 7 view .LVU2004
	.loc 1 45 1 discriminator 7 view .LVU2005
	movq	24(%rbx), %rcx	# m_44(D)->thread, _27
	subq	$8, %rax	#, tmp139
.LVL588:
	.loc 1 45 1 is_stmt 0 discriminator 7 view .LVU2006
	subq	%rdi, %rdx	# _1, tmp145
.LVL589:
	.loc 1 45 1 discriminator 7 view .LVU2007
	movq	16(%rbx), %r8	# m_44(D)->budget,
	sarq	$3, %rdx	#, tmp147
	movl	$3, %esi	#,
.LVL590:
	.loc 1 45 1 discriminator 7 view .LVU2008
	subq	(%rcx), %rax	# _27->slots, tmp140
.LVL591:
	.loc 1 45 1 discriminator 7 view .LVU2009
	movq	8(%rcx), %rcx	# _27->ord, _27->ord
	sarq	$3, %rax	#, tmp142
	movl	(%rcx,%rax,4), %ecx	# *_35, *_35
	jmp	.L340	#
	.cfi_endproc
.LFE35:
	.size	op_C_DUP, .-op_C_DUP
	.p2align 4
	.type	op_C_DROP, @function
op_C_DROP:
.LVL592:
.LFB32:
	.loc 1 41 1 is_stmt 1 view -0
	.cfi_startproc
.L344:
	.loc 1 41 1 view .LVU2011
	.loc 1 41 1 view .LVU2012
	.loc 1 41 1 view .LVU2013
	.loc 1 41 1 view .LVU2014
	.loc 1 41 1 view .LVU2015
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 is_stmt 0 view .LVU2016
	movq	%rdi, %rbx	# tmp125, m
	movq	(%rdi), %rdi	# m_23(D)->vm, _1
.LVL593:
	.loc 1 41 1 view .LVU2017
	movq	%rsi, %rax	# tmp126, vpc
	leaq	8(%rdi), %rcx	#, tmp106
	cmpq	%rcx, %rdx	# tmp106, sp
	jb	.L348	#,
	.loc 1 41 1 is_stmt 1 view .LVU2018
	.loc 1 41 1 view .LVU2019
	.loc 1 41 1 view .LVU2020
	.loc 1 41 1 view .LVU2021
	.loc 1 41 1 view .LVU2022
	.loc 1 41 1 view .LVU2023
	.loc 1 41 1 view .LVU2024
	.loc 1 41 1 view .LVU2025
	.loc 1 41 1 view .LVU2026
	.loc 1 41 1 view .LVU2027
	.loc 1 41 1 view .LVU2028
.LVL594:
.LBB549:
.LBI549:
	.loc 1 39 1 view .LVU2029
.LBB550:
	.loc 1 39 1 view .LVU2030
	.loc 1 40 5 view .LVU2031
.LDL57:
	.loc 1 41 1 view .LVU2032
	.loc 1 41 1 view .LVU2033
# ./isa/ops.inc:40:     DROP(1);
	.loc 1 40 5 is_stmt 0 view .LVU2034
	subq	$8, %rdx	#, sp
.LVL595:
	.loc 1 40 5 view .LVU2035
.LBE550:
.LBE549:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU2036
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL596:
	.loc 1 41 1 view .LVU2037
	ret	
.LVL597:
	.p2align 4,,10
	.p2align 3
.L348:
	.cfi_restore_state
.L346:
	.loc 1 41 1 is_stmt 1 discriminator 3 view .LVU2038
	.loc 1 41 1 discriminator 3 view .LVU2039
	.loc 1 41 1 discriminator 3 view .LVU2040
	movq	24(%rbx), %rcx	# m_23(D)->thread, _7
	subq	$8, %rax	#, tmp108
	subq	%rdi, %rdx	# _1, tmp114
.LVL598:
	.loc 1 41 1 is_stmt 0 discriminator 3 view .LVU2041
	movq	16(%rbx), %r8	# m_23(D)->budget,
	movl	$2, %esi	#,
.LVL599:
	.loc 1 41 1 discriminator 3 view .LVU2042
	sarq	$3, %rdx	#, tmp116
	subq	(%rcx), %rax	# _7->slots, tmp109
.LVL600:
	.loc 1 41 1 discriminator 3 view .LVU2043
	movq	8(%rcx), %rcx	# _7->ord, _7->ord
	sarq	$3, %rax	#, tmp111
	movl	(%rcx,%rax,4), %ecx	# *_15, *_15
	call	vm_stop	#
.LVL601:
	.loc 1 41 1 is_stmt 1 discriminator 3 view .LVU2044
	movq	(%rbx), %rdi	# m_23(D)->vm, m_23(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL602:
	.cfi_endproc
.LFE32:
	.size	op_C_DROP, .-op_C_DROP
	.p2align 4
	.type	op_C_PUSH, @function
op_C_PUSH:
.LVL603:
.LFB29:
	.loc 1 37 1 view -0
	.cfi_startproc
.L350:
	.loc 1 37 1 view .LVU2046
	.loc 1 37 1 view .LVU2047
	.loc 1 37 1 view .LVU2048
	.loc 1 37 1 view .LVU2049
	.loc 1 37 1 view .LVU2050
	.loc 1 37 1 view .LVU2051
	.loc 1 37 1 view .LVU2052
	.loc 1 37 1 view .LVU2053
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 is_stmt 0 view .LVU2054
	movq	%rdi, %rbx	# tmp128, m
	movq	(%rdi), %rdi	# m_24(D)->vm, _1
.LVL604:
	.loc 1 37 1 view .LVU2055
	leaq	32760(%rdi), %rax	#, tmp108
	cmpq	%rdx, %rax	# sp, tmp108
	jb	.L354	#,
	.loc 1 37 1 is_stmt 1 view .LVU2056
	.loc 1 37 1 view .LVU2057
	.loc 1 37 1 view .LVU2058
	.loc 1 37 1 view .LVU2059
	.loc 1 37 1 view .LVU2060
	.loc 1 37 1 view .LVU2061
	.loc 1 37 1 view .LVU2062
	.loc 1 37 1 view .LVU2063
.LVL605:
.LBB551:
.LBI551:
	.loc 1 35 1 view .LVU2064
.LBB552:
	.loc 1 35 1 view .LVU2065
	.loc 1 36 5 view .LVU2066
.LBB553:
	.loc 1 36 5 view .LVU2067
	movq	(%rsi), %rax	# vpc_26(D)->imm, v_
.LVL606:
	.loc 1 36 5 view .LVU2068
	.loc 1 36 5 is_stmt 0 view .LVU2069
	addq	$8, %rdx	#, sp
.LVL607:
	.loc 1 36 5 view .LVU2070
	movq	%rax, -8(%rdx)	# v_, *sp_25(D)
.LDL58:
.LBE553:
	.loc 1 36 5 is_stmt 1 view .LVU2071
	.loc 1 37 1 view .LVU2072
	.loc 1 37 1 view .LVU2073
.LVL608:
	.loc 1 37 1 is_stmt 0 view .LVU2074
	leaq	8(%rsi), %rax	#, tmp121
.LBE552:
.LBE551:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL609:
	.loc 1 37 1 view .LVU2075
	ret	
.LVL610:
	.p2align 4,,10
	.p2align 3
.L354:
	.cfi_restore_state
.L352:
	.loc 1 37 1 is_stmt 1 discriminator 7 view .LVU2076
	.loc 1 37 1 discriminator 7 view .LVU2077
	.loc 1 37 1 discriminator 7 view .LVU2078
	movq	24(%rbx), %rax	# m_24(D)->thread, _7
	subq	$8, %rsi	#, tmp110
.LVL611:
	.loc 1 37 1 is_stmt 0 discriminator 7 view .LVU2079
	subq	%rdi, %rdx	# _1, tmp116
.LVL612:
	.loc 1 37 1 discriminator 7 view .LVU2080
	movq	16(%rbx), %r8	# m_24(D)->budget,
	sarq	$3, %rdx	#, tmp118
	subq	(%rax), %rsi	# _7->slots, tmp111
.LVL613:
	.loc 1 37 1 discriminator 7 view .LVU2081
	movq	8(%rax), %rax	# _7->ord, _7->ord
	sarq	$3, %rsi	#, tmp113
	movl	(%rax,%rsi,4), %ecx	# *_15, *_15
	movl	$3, %esi	#,
	call	vm_stop	#
.LVL614:
	.loc 1 37 1 is_stmt 1 discriminator 7 view .LVU2082
	movq	(%rbx), %rdi	# m_24(D)->vm, m_24(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp119
	call	longjmp	#
.LVL615:
	.cfi_endproc
.LFE29:
	.size	op_C_PUSH, .-op_C_PUSH
	.p2align 4
	.type	op_PRINT, @function
op_PRINT:
.LVL616:
.LFB121:
	.loc 1 142 1 view -0
	.cfi_startproc
.L356:
	.loc 1 142 1 is_stmt 0 view .LVU2084
	pushq	%r13	#
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
.LBB554:
.LBB555:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU2085
	leaq	-8(%rsi), %r13	#, _7
.LBE555:
.LBE554:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU2086
	pushq	%r12	#
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
.LBB561:
.LBB556:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU2087
	movq	%r13, %rax	# _7, tmp118
.LBE556:
.LBE561:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU2088
	pushq	%rbp	#
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	movq	%rdx, %rbp	# tmp143, sp
	pushq	%rbx	#
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdi, %rbx	# tmp141, m
	.loc 1 142 1 is_stmt 1 view .LVU2089
	.loc 1 142 1 view .LVU2090
	.loc 1 142 1 view .LVU2091
	.loc 1 142 1 view .LVU2092
	.loc 1 142 1 view .LVU2093
.LVL617:
.LBB562:
.LBI554:
	.loc 1 137 1 view .LVU2094
.LBB557:
	.loc 1 137 1 view .LVU2095
	.loc 1 138 5 view .LVU2096
	.loc 1 138 5 view .LVU2097
.LBE557:
.LBE562:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 is_stmt 0 view .LVU2098
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 48
.LBB563:
.LBB558:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU2099
	movq	24(%rdi), %rdx	# m_2(D)->thread, _5
.LVL618:
	.loc 1 138 5 view .LVU2100
	movq	16(%rdi), %r8	# m_2(D)->budget, _16
	movq	(%rdi), %rdi	# m_2(D)->vm, pretmp_17
.LVL619:
	.loc 1 138 5 view .LVU2101
	subq	(%rdx), %rax	# _5->slots, tmp118
	movq	8(%rdx), %rdx	# _5->ord, _5->ord
	sarq	$3, %rax	#, tmp120
	movl	(%rdx,%rax,4), %eax	# *_13,
	cmpq	%r8, %rax	# _16, _14
	jge	.L363	#,
	movq	%rsi, %r12	# tmp142, vpc
	.loc 1 138 5 is_stmt 1 view .LVU2102
	.loc 1 138 5 view .LVU2103
	.loc 1 139 5 view .LVU2104
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 9 is_stmt 0 view .LVU2105
	movq	-8(%rbp), %rsi	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
.LVL620:
	.loc 1 139 9 view .LVU2106
	call	vm_print	#
.LVL621:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 8 view .LVU2107
	testl	%eax, %eax	# tmp144
	jne	.L364	#,
	.loc 1 140 9 is_stmt 1 view .LVU2108
	.loc 1 141 5 view .LVU2109
.LVL622:
.LDL59:
	.loc 1 142 1 view .LVU2110
	.loc 1 142 1 view .LVU2111
.LBE558:
.LBE563:
	addq	$8, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 40
.LBB564:
.LBB559:
# ./isa/ops.inc:141:     DROP(1);
	.loc 1 141 5 is_stmt 0 view .LVU2112
	leaq	-8(%rbp), %rdx	#, sp
.LVL623:
	.loc 1 141 5 view .LVU2113
.LBE559:
.LBE564:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU2114
	movq	%r12, %rax	# vpc,
	popq	%rbx	#
	.cfi_def_cfa_offset 32
.LVL624:
	.loc 1 142 1 view .LVU2115
	popq	%rbp	#
	.cfi_def_cfa_offset 24
.LVL625:
	.loc 1 142 1 view .LVU2116
	popq	%r12	#
	.cfi_def_cfa_offset 16
.LVL626:
	.loc 1 142 1 view .LVU2117
	popq	%r13	#
	.cfi_def_cfa_offset 8
	ret	
.LVL627:
	.p2align 4,,10
	.p2align 3
.L363:
	.cfi_restore_state
.L358:
.LBB565:
.LBB560:
	.loc 1 138 5 is_stmt 1 view .LVU2118
	.loc 1 138 5 view .LVU2119
	.loc 1 138 5 view .LVU2120
	movq	%rax, %rcx	#,
	xorl	%edx, %edx	#
	movl	$7, %esi	#,
.LVL628:
.L362:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 1 140 9 is_stmt 0 view .LVU2121
	call	vm_stop	#
.LVL629:
	.loc 1 140 9 is_stmt 1 view .LVU2122
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp133
	call	longjmp	#
.LVL630:
	.p2align 4,,10
	.p2align 3
.L364:
.L360:
	.loc 1 140 9 view .LVU2123
	.loc 1 140 9 view .LVU2124
	.loc 1 140 9 view .LVU2125
	movq	24(%rbx), %rdx	# m_2(D)->thread, _30
	movq	%r13, %rax	# _7, _7
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$8, %esi	#,
	movq	16(%rbx), %r8	# m_2(D)->budget,
	subq	(%rdx), %rax	# _30->slots, _7
	movq	8(%rdx), %rdx	# _30->ord, _30->ord
	sarq	$3, %rax	#, tmp129
	movl	(%rdx,%rax,4), %ecx	# *_37, *_37
	xorl	%edx, %edx	#
	jmp	.L362	#
.LBE560:
.LBE565:
	.cfi_endproc
.LFE121:
	.size	op_PRINT, .-op_PRINT
	.p2align 4
	.type	op_C_PRINT, @function
op_C_PRINT:
.LVL631:
.LFB122:
	.loc 1 142 1 view -0
	.cfi_startproc
.L366:
	.loc 1 142 1 is_stmt 0 view .LVU2127
	pushq	%r13	#
	.cfi_def_cfa_offset 16
	.cfi_offset 13, -16
	leaq	-8(%rsi), %r13	#, _48
	pushq	%r12	#
	.cfi_def_cfa_offset 24
	.cfi_offset 12, -24
	movq	%r13, %rax	# _48, tmp124
	pushq	%rbp	#
	.cfi_def_cfa_offset 32
	.cfi_offset 6, -32
	movq	%rdi, %rbp	# tmp153, m
	.loc 1 142 1 is_stmt 1 view .LVU2128
	.loc 1 142 1 view .LVU2129
	.loc 1 142 1 view .LVU2130
	.loc 1 142 1 view .LVU2131
	.loc 1 142 1 view .LVU2132
	pushq	%rbx	#
	.cfi_def_cfa_offset 40
	.cfi_offset 3, -40
	movq	%rdx, %rbx	# tmp155, sp
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 48
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 is_stmt 0 view .LVU2133
	movq	24(%rbp), %rdx	# m_58(D)->thread, pretmp_3
.LVL632:
	.loc 1 142 1 view .LVU2134
	movq	(%rdi), %rdi	# m_58(D)->vm, _1
.LVL633:
	.loc 1 142 1 view .LVU2135
	movq	16(%rbp), %r8	# m_58(D)->budget, pretmp_72
	subq	(%rdx), %rax	# pretmp_3->slots, tmp124
	movq	8(%rdx), %rdx	# pretmp_3->ord, pretmp_3->ord
	sarq	$3, %rax	#, tmp126
	movl	(%rdx,%rax,4), %ecx	# *_28, pretmp_76
	leaq	8(%rdi), %rax	#, tmp128
	cmpq	%rax, %rbx	# tmp128, sp
	jb	.L375	#,
	.loc 1 142 1 is_stmt 1 view .LVU2136
	.loc 1 142 1 view .LVU2137
	.loc 1 142 1 view .LVU2138
	.loc 1 142 1 view .LVU2139
	.loc 1 142 1 view .LVU2140
	.loc 1 142 1 view .LVU2141
	.loc 1 142 1 view .LVU2142
	.loc 1 142 1 view .LVU2143
	.loc 1 142 1 view .LVU2144
	.loc 1 142 1 view .LVU2145
	.loc 1 142 1 view .LVU2146
.LVL634:
.LBB566:
.LBI566:
	.loc 1 137 1 view .LVU2147
.LBB567:
	.loc 1 137 1 view .LVU2148
	.loc 1 138 5 view .LVU2149
	.loc 1 138 5 view .LVU2150
	movl	%ecx, %eax	# pretmp_76, pretmp_76
	cmpq	%r8, %rax	# pretmp_72, pretmp_76
	jge	.L376	#,
	movq	%rsi, %r12	# tmp154, vpc
	.loc 1 138 5 view .LVU2151
	.loc 1 138 5 view .LVU2152
	.loc 1 139 5 view .LVU2153
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 9 is_stmt 0 view .LVU2154
	movq	-8(%rbx), %rsi	# MEM[(cell *)sp_59(D) + -8B], MEM[(cell *)sp_59(D) + -8B]
.LVL635:
	.loc 1 139 9 view .LVU2155
	call	vm_print	#
.LVL636:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 8 view .LVU2156
	testl	%eax, %eax	# tmp156
	jne	.L377	#,
	.loc 1 140 9 is_stmt 1 view .LVU2157
	.loc 1 141 5 view .LVU2158
.LVL637:
.LDL60:
	.loc 1 142 1 view .LVU2159
	.loc 1 142 1 view .LVU2160
.LBE567:
.LBE566:
	addq	$8, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 40
.LBB570:
.LBB568:
# ./isa/ops.inc:141:     DROP(1);
	.loc 1 141 5 is_stmt 0 view .LVU2161
	leaq	-8(%rbx), %rdx	#, sp
.LVL638:
	.loc 1 141 5 view .LVU2162
.LBE568:
.LBE570:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU2163
	movq	%r12, %rax	# vpc,
	popq	%rbx	#
	.cfi_def_cfa_offset 32
.LVL639:
	.loc 1 142 1 view .LVU2164
	popq	%rbp	#
	.cfi_def_cfa_offset 24
.LVL640:
	.loc 1 142 1 view .LVU2165
	popq	%r12	#
	.cfi_def_cfa_offset 16
.LVL641:
	.loc 1 142 1 view .LVU2166
	popq	%r13	#
	.cfi_def_cfa_offset 8
	ret	
.LVL642:
	.p2align 4,,10
	.p2align 3
.L375:
	.cfi_restore_state
.L368:
	.loc 1 142 1 is_stmt 1 discriminator 3 view .LVU2167
	.loc 1 142 1 discriminator 3 view .LVU2168
	.loc 1 142 1 discriminator 3 view .LVU2169
	subq	%rdi, %rbx	# _1, sp
.LVL643:
	.loc 1 142 1 is_stmt 0 discriminator 3 view .LVU2170
	movl	$2, %esi	#,
.LVL644:
	.loc 1 142 1 discriminator 3 view .LVU2171
	movq	%rbx, %rdx	# sp, tmp129
	sarq	$3, %rdx	#, tmp131
.L374:
.LBB571:
.LBB569:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU2172
	call	vm_stop	#
.LVL645:
	.loc 1 138 5 is_stmt 1 view .LVU2173
	movq	0(%rbp), %rdi	# m_58(D)->vm, m_58(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp135
	call	longjmp	#
.LVL646:
	.p2align 4,,10
	.p2align 3
.L376:
.L370:
	.loc 1 138 5 view .LVU2174
	.loc 1 138 5 view .LVU2175
	.loc 1 138 5 view .LVU2176
	xorl	%edx, %edx	#
	movl	$7, %esi	#,
.LVL647:
	.loc 1 138 5 is_stmt 0 view .LVU2177
	jmp	.L374	#
.LVL648:
	.p2align 4,,10
	.p2align 3
.L377:
.L372:
	.loc 1 140 9 is_stmt 1 view .LVU2178
	.loc 1 140 9 view .LVU2179
	.loc 1 140 9 view .LVU2180
	movq	24(%rbp), %rdx	# m_58(D)->thread, _30
	movq	%r13, %rax	# _48, _48
	movq	0(%rbp), %rdi	# m_58(D)->vm, m_58(D)->vm
	movl	$8, %esi	#,
	movq	16(%rbp), %r8	# m_58(D)->budget,
	subq	(%rdx), %rax	# _30->slots, _48
	movq	8(%rdx), %rdx	# _30->ord, _30->ord
	sarq	$3, %rax	#, tmp141
	movl	(%rdx,%rax,4), %ecx	# *_37, *_37
	xorl	%edx, %edx	#
	jmp	.L374	#
.LBE569:
.LBE571:
	.cfi_endproc
.LFE122:
	.size	op_C_PRINT, .-op_C_PRINT
	.p2align 4
	.type	op_DIV.part.0, @function
op_DIV.part.0:
.LVL649:
.LFB128:
	.loc 1 72 1 view -0
	.cfi_startproc
.LDL61:
.LBB572:
.LBB573:
	.loc 1 69 9 view .LVU2182
	.loc 1 69 9 view .LVU2183
	.loc 1 69 9 view .LVU2184
.LBE573:
.LBE572:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 is_stmt 0 view .LVU2185
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB576:
.LBB574:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2186
	movq	24(%rdi), %rax	# m_1(D)->thread, _3
	subq	$8, %rsi	#, tmp99
.LVL650:
	.loc 1 69 9 view .LVU2187
.LBE574:
.LBE576:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU2188
	movq	%rdi, %rbx	# tmp108, m
.LBB577:
.LBB575:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2189
	movq	16(%rbx), %r8	# m_1(D)->budget,
	movq	(%rdi), %rdi	# m_1(D)->vm, m_1(D)->vm
.LVL651:
	.loc 1 69 9 view .LVU2190
	xorl	%edx, %edx	#
	subq	(%rax), %rsi	# _3->slots, tmp100
.LVL652:
	.loc 1 69 9 view .LVU2191
	movq	8(%rax), %rax	# _3->ord, _3->ord
	sarq	$3, %rsi	#, tmp102
	movl	(%rax,%rsi,4), %ecx	# *_12, *_12
	movl	$1, %esi	#,
	call	vm_stop	#
.LVL653:
	.loc 1 69 9 is_stmt 1 view .LVU2192
	movq	(%rbx), %rdi	# m_1(D)->vm, m_1(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp106
	call	longjmp	#
.LVL654:
.LBE575:
.LBE577:
	.cfi_endproc
.LFE128:
	.size	op_DIV.part.0, .-op_DIV.part.0
	.set	op_MOD.part.0,op_DIV.part.0
	.p2align 4
	.type	op_DIV, @function
op_DIV:
.LVL655:
.LFB55:
	.loc 1 72 1 view -0
	.cfi_startproc
.L381:
	.loc 1 72 1 view .LVU2194
	.loc 1 72 1 view .LVU2195
	.loc 1 72 1 view .LVU2196
	.loc 1 72 1 view .LVU2197
	.loc 1 72 1 view .LVU2198
.LBB578:
.LBI578:
	.loc 1 67 1 view .LVU2199
.LBB579:
	.loc 1 67 1 view .LVU2200
	.loc 1 68 5 view .LVU2201
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 9 is_stmt 0 view .LVU2202
	movq	-8(%rdx), %r8	# MEM[(cell *)sp_4(D) + -8B], _6
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 8 view .LVU2203
	testq	%r8, %r8	# _6
	je	.L389	#,
.LBB580:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2204
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], a
	movq	%rdx, %rcx	# tmp102, sp
.LBE580:
	.loc 1 69 9 is_stmt 1 view .LVU2205
	.loc 1 71 5 view .LVU2206
.LBB581:
	.loc 1 71 5 view .LVU2207
.LVL656:
	.loc 1 71 5 view .LVU2208
	.loc 1 71 5 view .LVU2209
	.loc 1 71 5 view .LVU2210
	leaq	-8(%rdx), %rdi	#, sp
.LVL657:
	.loc 1 71 5 view .LVU2211
	cmpq	$-1, %r8	#, _6
	je	.L390	#,
	cqto
.LVL658:
	.loc 1 71 5 is_stmt 0 view .LVU2212
	idivq	%r8	# _6
.LVL659:
	.loc 1 71 5 view .LVU2213
.LBE581:
.LBE579:
.LBE578:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU2214
	movq	%rdi, %rdx	# sp,
.LBB588:
.LBB585:
.LBB582:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2215
	movq	%rax, -16(%rcx)	# iftmp.3_15, MEM[(cell *)sp_4(D) + -16B]
.LVL660:
.LDL62:
	.loc 1 71 5 view .LVU2216
.LBE582:
	.loc 1 71 5 is_stmt 1 view .LVU2217
	.loc 1 72 1 view .LVU2218
	.loc 1 72 1 view .LVU2219
	.loc 1 72 1 is_stmt 0 view .LVU2220
.LBE585:
.LBE588:
	movq	%rsi, %rax	# vpc,
	ret	
.LVL661:
	.p2align 4,,10
	.p2align 3
.L390:
.LBB589:
.LBB586:
.LBB583:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2221
	negq	%rax	# iftmp.3_15
.LVL662:
	.loc 1 71 5 view .LVU2222
.LBE583:
.LBE586:
.LBE589:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU2223
	movq	%rdi, %rdx	# sp,
.LVL663:
.LBB590:
.LBB587:
.LBB584:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2224
	movq	%rax, -16(%rcx)	# iftmp.3_15, MEM[(cell *)sp_4(D) + -16B]
.LVL664:
	.loc 1 71 5 view .LVU2225
.LBE584:
	.loc 1 71 5 is_stmt 1 view .LVU2226
	.loc 1 72 1 view .LVU2227
	.loc 1 72 1 view .LVU2228
	.loc 1 72 1 is_stmt 0 view .LVU2229
.LBE587:
.LBE590:
	movq	%rsi, %rax	# vpc,
	ret	
.LVL665:
	.p2align 4,,10
	.p2align 3
.L389:
.L383:
	.loc 1 72 1 view .LVU2230
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 16
	call	op_DIV.part.0	#
.LVL666:
	.loc 1 72 1 view .LVU2231
	.cfi_endproc
.LFE55:
	.size	op_DIV, .-op_DIV
	.p2align 4
	.type	op_MOD, @function
op_MOD:
.LVL667:
.LFB58:
	.loc 1 78 1 is_stmt 1 view -0
	.cfi_startproc
.L392:
	.loc 1 78 1 view .LVU2233
	.loc 1 78 1 view .LVU2234
	.loc 1 78 1 view .LVU2235
	.loc 1 78 1 view .LVU2236
	.loc 1 78 1 view .LVU2237
.LBB591:
.LBI591:
	.loc 1 74 1 view .LVU2238
.LBB592:
	.loc 1 74 1 view .LVU2239
	.loc 1 75 5 view .LVU2240
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 9 is_stmt 0 view .LVU2241
	movq	-8(%rdx), %r8	# MEM[(cell *)sp_4(D) + -8B], _6
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 8 view .LVU2242
	testq	%r8, %r8	# _6
	je	.L401	#,
.LBB593:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 1 77 5 view .LVU2243
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], a
	movq	%rdx, %rcx	# tmp100, sp
.LBE593:
	.loc 1 76 9 is_stmt 1 view .LVU2244
	.loc 1 77 5 view .LVU2245
.LBB594:
	.loc 1 77 5 view .LVU2246
.LVL668:
	.loc 1 77 5 view .LVU2247
	.loc 1 77 5 view .LVU2248
	.loc 1 77 5 view .LVU2249
	leaq	-8(%rdx), %rdi	#, sp
.LVL669:
	.loc 1 77 5 view .LVU2250
	xorl	%edx, %edx	# iftmp.2_12
.LVL670:
	.loc 1 77 5 is_stmt 0 view .LVU2251
	cmpq	$-1, %r8	#, _6
	je	.L395	#,
	cqto
	idivq	%r8	# _6
.LVL671:
.L395:
	.loc 1 77 5 view .LVU2252
	movq	%rdx, -16(%rcx)	# iftmp.2_12, MEM[(cell *)sp_4(D) + -16B]
.LVL672:
.LDL63:
	.loc 1 77 5 view .LVU2253
.LBE594:
	.loc 1 77 5 is_stmt 1 view .LVU2254
	.loc 1 78 1 view .LVU2255
	.loc 1 78 1 view .LVU2256
	.loc 1 78 1 is_stmt 0 view .LVU2257
.LBE592:
.LBE591:
	movq	%rsi, %rax	# vpc,
	movq	%rdi, %rdx	# sp,
	ret	
.LVL673:
	.p2align 4,,10
	.p2align 3
.L401:
.L394:
	.loc 1 78 1 view .LVU2258
	subq	$8, %rsp	#,
	.cfi_def_cfa_offset 16
	call	op_MOD.part.0	#
.LVL674:
	.loc 1 78 1 view .LVU2259
	.cfi_endproc
.LFE58:
	.size	op_MOD, .-op_MOD
	.p2align 4
	.type	op_C_NOP, @function
op_C_NOP:
.LFB131:
	.cfi_startproc
	.loc 1 33 1 is_stmt 1 view .LVU2260
.LDL64:
.LDL65:
	movq	%rsi, %rax	# tmp92, vpc
	ret	
	.cfi_endproc
.LFE131:
	.size	op_C_NOP, .-op_C_NOP
	.globl	dispatcher_call
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"call"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"call threading: a loop calling through a thread of function pointers"
	.section	.rodata
	.align 32
	.type	dispatcher_call, @object
	.size	dispatcher_call, 72
dispatcher_call:
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
	.align 32
	.type	table, @object
	.size	table, 544
table:
	.quad	op_C_NOP
	.quad	op_C_PUSH
	.quad	op_C_DROP
	.quad	op_C_DUP
	.quad	op_C_SWAP
	.quad	op_C_OVER
	.quad	op_C_ROT
	.quad	op_C_ADD
	.quad	op_C_SUB
	.quad	op_C_MUL
	.quad	op_C_DIV
	.quad	op_C_MOD
	.quad	op_C_NEG
	.quad	op_C_NOT
	.quad	op_C_AND
	.quad	op_C_OR
	.quad	op_C_XOR
	.quad	op_C_SHL
	.quad	op_C_SHR
	.quad	op_C_EQ
	.quad	op_C_NE
	.quad	op_C_LT
	.quad	op_C_LE
	.quad	op_C_GT
	.quad	op_C_GE
	.quad	op_C_JMP
	.quad	op_C_JZ
	.quad	op_C_JNZ
	.quad	op_C_CALL
	.quad	op_C_RET
	.quad	op_C_LOAD
	.quad	op_C_STORE
	.quad	op_C_PRINT
	.quad	op_C_HALT
	.quad	op_NOP
	.quad	op_PUSH
	.quad	op_DROP
	.quad	op_DUP
	.quad	op_SWAP
	.quad	op_OVER
	.quad	op_ROT
	.quad	op_ADD
	.quad	op_SUB
	.quad	op_MUL
	.quad	op_DIV
	.quad	op_MOD
	.quad	op_NEG
	.quad	op_NOT
	.quad	op_AND
	.quad	op_OR
	.quad	op_XOR
	.quad	op_SHL
	.quad	op_SHR
	.quad	op_EQ
	.quad	op_NE
	.quad	op_LT
	.quad	op_LE
	.quad	op_GT
	.quad	op_GE
	.quad	op_JMP
	.quad	op_JZ
	.quad	op_JNZ
	.quad	op_CALL
	.quad	op_RET
	.quad	op_LOAD
	.quad	op_STORE
	.quad	op_PRINT
	.quad	op_HALT
	.text
.Letext0:
	.file 3 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 4 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 5 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 6 "/usr/include/setjmp.h"
	.file 7 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 8 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 9 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
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
	.long	0x5c7e
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x37
	.long	.LASF669
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.quad	.Ltext0
	.quad	.Letext0-.Ltext0
	.long	.Ldebug_line0
	.uleb128 0x18
	.long	.LASF4
	.byte	0x3
	.byte	0x1f
	.byte	0x12
	.long	0x3a
	.uleb128 0x1e
	.long	0x51
	.long	0x4a
	.uleb128 0x21
	.long	0x4a
	.byte	0x7
	.byte	0
	.uleb128 0x1c
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x1c
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0x38
	.byte	0x80
	.byte	0x4
	.byte	0x5
	.byte	0x9
	.long	0x6f
	.uleb128 0xa
	.long	.LASF6
	.byte	0x4
	.byte	0x7
	.byte	0x15
	.long	0x6f
	.byte	0
	.byte	0
	.uleb128 0x1e
	.long	0x4a
	.long	0x7f
	.uleb128 0x21
	.long	0x4a
	.byte	0xf
	.byte	0
	.uleb128 0x18
	.long	.LASF5
	.byte	0x4
	.byte	0x8
	.byte	0x3
	.long	0x58
	.uleb128 0x1d
	.long	.LASF29
	.byte	0xc8
	.byte	0x5
	.byte	0x1a
	.long	0xbf
	.uleb128 0xa
	.long	.LASF7
	.byte	0x5
	.byte	0x20
	.byte	0xf
	.long	0x2e
	.byte	0
	.uleb128 0xa
	.long	.LASF8
	.byte	0x5
	.byte	0x21
	.byte	0x9
	.long	0xbf
	.byte	0x40
	.uleb128 0xa
	.long	.LASF9
	.byte	0x5
	.byte	0x22
	.byte	0x10
	.long	0x7f
	.byte	0x48
	.byte	0
	.uleb128 0x39
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x18
	.long	.LASF10
	.byte	0x6
	.byte	0x20
	.byte	0x1e
	.long	0xd2
	.uleb128 0x1e
	.long	0x8b
	.long	0xe2
	.uleb128 0x21
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x18
	.long	.LASF11
	.byte	0x7
	.byte	0xd6
	.byte	0x17
	.long	0x4a
	.uleb128 0x1c
	.byte	0x8
	.byte	0x5
	.long	.LASF12
	.uleb128 0x1c
	.byte	0x1
	.byte	0x8
	.long	.LASF13
	.uleb128 0x1c
	.byte	0x2
	.byte	0x7
	.long	.LASF14
	.uleb128 0x1c
	.byte	0x4
	.byte	0x7
	.long	.LASF15
	.uleb128 0x1c
	.byte	0x1
	.byte	0x6
	.long	.LASF16
	.uleb128 0x18
	.long	.LASF17
	.byte	0x8
	.byte	0x26
	.byte	0x17
	.long	0xf5
	.uleb128 0x1c
	.byte	0x2
	.byte	0x5
	.long	.LASF18
	.uleb128 0x18
	.long	.LASF19
	.byte	0x8
	.byte	0x29
	.byte	0x14
	.long	0xbf
	.uleb128 0x18
	.long	.LASF20
	.byte	0x8
	.byte	0x2a
	.byte	0x16
	.long	0x103
	.uleb128 0x18
	.long	.LASF21
	.byte	0x8
	.byte	0x2c
	.byte	0x19
	.long	0x51
	.uleb128 0x18
	.long	.LASF22
	.byte	0x8
	.byte	0x2d
	.byte	0x1b
	.long	0x4a
	.uleb128 0x18
	.long	.LASF23
	.byte	0x8
	.byte	0x98
	.byte	0x19
	.long	0x51
	.uleb128 0x18
	.long	.LASF24
	.byte	0x8
	.byte	0x99
	.byte	0x1b
	.long	0x51
	.uleb128 0x3a
	.byte	0x8
	.uleb128 0x12
	.long	0x173
	.uleb128 0x1c
	.byte	0x1
	.byte	0x6
	.long	.LASF25
	.uleb128 0x20
	.long	0x173
	.uleb128 0x18
	.long	.LASF26
	.byte	0x9
	.byte	0x1a
	.byte	0x13
	.long	0x124
	.uleb128 0x18
	.long	.LASF27
	.byte	0x9
	.byte	0x1b
	.byte	0x13
	.long	0x13c
	.uleb128 0x1c
	.byte	0x8
	.byte	0x7
	.long	.LASF28
	.uleb128 0x12
	.long	0x1a8
	.uleb128 0x20
	.long	0x19e
	.uleb128 0x3b
	.uleb128 0x1d
	.long	.LASF30
	.byte	0xd8
	.byte	0xa
	.byte	0x31
	.long	0x32f
	.uleb128 0xa
	.long	.LASF31
	.byte	0xa
	.byte	0x33
	.byte	0x7
	.long	0xbf
	.byte	0
	.uleb128 0xa
	.long	.LASF32
	.byte	0xa
	.byte	0x36
	.byte	0x9
	.long	0x16e
	.byte	0x8
	.uleb128 0xa
	.long	.LASF33
	.byte	0xa
	.byte	0x37
	.byte	0x9
	.long	0x16e
	.byte	0x10
	.uleb128 0xa
	.long	.LASF34
	.byte	0xa
	.byte	0x38
	.byte	0x9
	.long	0x16e
	.byte	0x18
	.uleb128 0xa
	.long	.LASF35
	.byte	0xa
	.byte	0x39
	.byte	0x9
	.long	0x16e
	.byte	0x20
	.uleb128 0xa
	.long	.LASF36
	.byte	0xa
	.byte	0x3a
	.byte	0x9
	.long	0x16e
	.byte	0x28
	.uleb128 0xa
	.long	.LASF37
	.byte	0xa
	.byte	0x3b
	.byte	0x9
	.long	0x16e
	.byte	0x30
	.uleb128 0xa
	.long	.LASF38
	.byte	0xa
	.byte	0x3c
	.byte	0x9
	.long	0x16e
	.byte	0x38
	.uleb128 0xa
	.long	.LASF39
	.byte	0xa
	.byte	0x3d
	.byte	0x9
	.long	0x16e
	.byte	0x40
	.uleb128 0xa
	.long	.LASF40
	.byte	0xa
	.byte	0x40
	.byte	0x9
	.long	0x16e
	.byte	0x48
	.uleb128 0xa
	.long	.LASF41
	.byte	0xa
	.byte	0x41
	.byte	0x9
	.long	0x16e
	.byte	0x50
	.uleb128 0xa
	.long	.LASF42
	.byte	0xa
	.byte	0x42
	.byte	0x9
	.long	0x16e
	.byte	0x58
	.uleb128 0xa
	.long	.LASF43
	.byte	0xa
	.byte	0x44
	.byte	0x16
	.long	0x348
	.byte	0x60
	.uleb128 0xa
	.long	.LASF44
	.byte	0xa
	.byte	0x46
	.byte	0x14
	.long	0x34d
	.byte	0x68
	.uleb128 0xa
	.long	.LASF45
	.byte	0xa
	.byte	0x48
	.byte	0x7
	.long	0xbf
	.byte	0x70
	.uleb128 0xa
	.long	.LASF46
	.byte	0xa
	.byte	0x49
	.byte	0x7
	.long	0xbf
	.byte	0x74
	.uleb128 0xa
	.long	.LASF47
	.byte	0xa
	.byte	0x4a
	.byte	0xb
	.long	0x154
	.byte	0x78
	.uleb128 0xa
	.long	.LASF48
	.byte	0xa
	.byte	0x4d
	.byte	0x12
	.long	0xfc
	.byte	0x80
	.uleb128 0xa
	.long	.LASF49
	.byte	0xa
	.byte	0x4e
	.byte	0xf
	.long	0x10a
	.byte	0x82
	.uleb128 0xa
	.long	.LASF50
	.byte	0xa
	.byte	0x4f
	.byte	0x8
	.long	0x352
	.byte	0x83
	.uleb128 0xa
	.long	.LASF51
	.byte	0xa
	.byte	0x51
	.byte	0xf
	.long	0x362
	.byte	0x88
	.uleb128 0xa
	.long	.LASF52
	.byte	0xa
	.byte	0x59
	.byte	0xd
	.long	0x160
	.byte	0x90
	.uleb128 0xa
	.long	.LASF53
	.byte	0xa
	.byte	0x5b
	.byte	0x17
	.long	0x36c
	.byte	0x98
	.uleb128 0xa
	.long	.LASF54
	.byte	0xa
	.byte	0x5c
	.byte	0x19
	.long	0x376
	.byte	0xa0
	.uleb128 0xa
	.long	.LASF55
	.byte	0xa
	.byte	0x5d
	.byte	0x14
	.long	0x34d
	.byte	0xa8
	.uleb128 0xa
	.long	.LASF56
	.byte	0xa
	.byte	0x5e
	.byte	0x9
	.long	0x16c
	.byte	0xb0
	.uleb128 0xa
	.long	.LASF57
	.byte	0xa
	.byte	0x5f
	.byte	0xa
	.long	0xe2
	.byte	0xb8
	.uleb128 0xa
	.long	.LASF58
	.byte	0xa
	.byte	0x60
	.byte	0x7
	.long	0xbf
	.byte	0xc0
	.uleb128 0xa
	.long	.LASF59
	.byte	0xa
	.byte	0x62
	.byte	0x8
	.long	0x37b
	.byte	0xc4
	.byte	0
	.uleb128 0x18
	.long	.LASF60
	.byte	0xb
	.byte	0x7
	.byte	0x19
	.long	0x1a9
	.uleb128 0x3c
	.long	.LASF670
	.byte	0xa
	.byte	0x2b
	.byte	0xe
	.uleb128 0x24
	.long	.LASF61
	.uleb128 0x12
	.long	0x343
	.uleb128 0x12
	.long	0x1a9
	.uleb128 0x1e
	.long	0x173
	.long	0x362
	.uleb128 0x21
	.long	0x4a
	.byte	0
	.byte	0
	.uleb128 0x12
	.long	0x33b
	.uleb128 0x24
	.long	.LASF62
	.uleb128 0x12
	.long	0x367
	.uleb128 0x24
	.long	.LASF63
	.uleb128 0x12
	.long	0x371
	.uleb128 0x1e
	.long	0x173
	.long	0x38b
	.uleb128 0x21
	.long	0x4a
	.byte	0x13
	.byte	0
	.uleb128 0x12
	.long	0x32f
	.uleb128 0x1c
	.byte	0x10
	.byte	0x4
	.long	.LASF64
	.uleb128 0x18
	.long	.LASF65
	.byte	0xc
	.byte	0x18
	.byte	0x13
	.long	0x111
	.uleb128 0x18
	.long	.LASF66
	.byte	0xc
	.byte	0x1a
	.byte	0x14
	.long	0x130
	.uleb128 0x18
	.long	.LASF67
	.byte	0xc
	.byte	0x1b
	.byte	0x14
	.long	0x148
	.uleb128 0x18
	.long	.LASF68
	.byte	0xd
	.byte	0x5a
	.byte	0x1b
	.long	0x4a
	.uleb128 0x12
	.long	0x17a
	.uleb128 0x18
	.long	.LASF69
	.byte	0xe
	.byte	0xa
	.byte	0x12
	.long	0x18b
	.uleb128 0x18
	.long	.LASF70
	.byte	0xe
	.byte	0xb
	.byte	0x12
	.long	0x3af
	.uleb128 0x25
	.long	.LASF106
	.long	0x103
	.byte	0xe
	.byte	0xd
	.long	0x4c6
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
	.uleb128 0x25
	.long	.LASF107
	.long	0x103
	.byte	0xe
	.byte	0x15
	.long	0x4fa
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
	.uleb128 0x1d
	.long	.LASF114
	.byte	0x10
	.byte	0xf
	.byte	0x13
	.long	0x521
	.uleb128 0xa
	.long	.LASF115
	.byte	0xf
	.byte	0x14
	.byte	0xe
	.long	0x16e
	.byte	0
	.uleb128 0xa
	.long	.LASF116
	.byte	0xf
	.byte	0x15
	.byte	0xe
	.long	0x3a3
	.byte	0x8
	.byte	0
	.uleb128 0x1d
	.long	.LASF117
	.byte	0x8
	.byte	0xf
	.byte	0x1d
	.long	0x548
	.uleb128 0xa
	.long	.LASF118
	.byte	0xf
	.byte	0x1e
	.byte	0xd
	.long	0x17f
	.byte	0
	.uleb128 0xa
	.long	.LASF119
	.byte	0xf
	.byte	0x1f
	.byte	0xd
	.long	0x17f
	.byte	0x4
	.byte	0
	.uleb128 0x1d
	.long	.LASF120
	.byte	0x50
	.byte	0xf
	.byte	0x22
	.long	0x5e4
	.uleb128 0xa
	.long	.LASF121
	.byte	0xf
	.byte	0x23
	.byte	0x11
	.long	0x3c7
	.byte	0
	.uleb128 0xa
	.long	.LASF122
	.byte	0xf
	.byte	0x24
	.byte	0x11
	.long	0x5e9
	.byte	0x8
	.uleb128 0xa
	.long	.LASF123
	.byte	0xf
	.byte	0x25
	.byte	0x11
	.long	0x3a3
	.byte	0x10
	.uleb128 0xa
	.long	.LASF124
	.byte	0xf
	.byte	0x26
	.byte	0x11
	.long	0x3a3
	.byte	0x14
	.uleb128 0x1b
	.string	"ord"
	.byte	0xf
	.byte	0x27
	.byte	0x11
	.long	0x5ee
	.byte	0x18
	.uleb128 0xa
	.long	.LASF116
	.byte	0xf
	.byte	0x29
	.byte	0x11
	.long	0x5ee
	.byte	0x20
	.uleb128 0xa
	.long	.LASF125
	.byte	0xf
	.byte	0x2a
	.byte	0x11
	.long	0x5ee
	.byte	0x28
	.uleb128 0xa
	.long	.LASF126
	.byte	0xf
	.byte	0x2b
	.byte	0x13
	.long	0x5f3
	.byte	0x30
	.uleb128 0xa
	.long	.LASF127
	.byte	0xf
	.byte	0x2c
	.byte	0x11
	.long	0x3a3
	.byte	0x38
	.uleb128 0xa
	.long	.LASF128
	.byte	0xf
	.byte	0x2e
	.byte	0x11
	.long	0x5e9
	.byte	0x40
	.uleb128 0xa
	.long	.LASF117
	.byte	0xf
	.byte	0x2f
	.byte	0x13
	.long	0x5f8
	.byte	0x48
	.byte	0
	.uleb128 0x20
	.long	0x548
	.uleb128 0x12
	.long	0x397
	.uleb128 0x12
	.long	0x3a3
	.uleb128 0x12
	.long	0x4fa
	.uleb128 0x12
	.long	0x521
	.uleb128 0x25
	.long	.LASF129
	.long	0x103
	.byte	0x10
	.byte	0xf
	.long	0x643
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
	.uleb128 0x2
	.long	.LASF136
	.byte	0x6
	.uleb128 0x2
	.long	.LASF137
	.byte	0x7
	.uleb128 0x2
	.long	.LASF138
	.byte	0x8
	.byte	0
	.uleb128 0x1d
	.long	.LASF139
	.byte	0x20
	.byte	0x10
	.byte	0x1b
	.long	0x684
	.uleb128 0xa
	.long	.LASF129
	.byte	0x10
	.byte	0x1c
	.byte	0x11
	.long	0x5fd
	.byte	0
	.uleb128 0x1b
	.string	"arg"
	.byte	0x10
	.byte	0x1d
	.byte	0x11
	.long	0x3cc
	.byte	0x8
	.uleb128 0x1b
	.string	"ord"
	.byte	0x10
	.byte	0x1e
	.byte	0x11
	.long	0x3a3
	.byte	0x10
	.uleb128 0xa
	.long	.LASF124
	.byte	0x10
	.byte	0x1f
	.byte	0x11
	.long	0x18b
	.byte	0x18
	.byte	0
	.uleb128 0x2d
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x6df
	.uleb128 0x1b
	.string	"f"
	.byte	0x10
	.byte	0x27
	.byte	0xe
	.long	0x38b
	.byte	0
	.uleb128 0x1b
	.string	"len"
	.byte	0x10
	.byte	0x28
	.byte	0xe
	.long	0xe2
	.byte	0x8
	.uleb128 0xa
	.long	.LASF140
	.byte	0x10
	.byte	0x29
	.byte	0xe
	.long	0x3af
	.byte	0x10
	.uleb128 0xa
	.long	.LASF141
	.byte	0x10
	.byte	0x2a
	.byte	0xe
	.long	0x3af
	.byte	0x18
	.uleb128 0xa
	.long	.LASF142
	.byte	0x10
	.byte	0x2b
	.byte	0xe
	.long	0xbf
	.byte	0x20
	.uleb128 0x1b
	.string	"buf"
	.byte	0x10
	.byte	0x2c
	.byte	0xe
	.long	0x6df
	.byte	0x24
	.byte	0
	.uleb128 0x1e
	.long	0x173
	.long	0x6f0
	.uleb128 0x26
	.long	0x4a
	.value	0xffff
	.byte	0
	.uleb128 0x2d
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x780
	.uleb128 0xa
	.long	.LASF143
	.byte	0x10
	.byte	0x30
	.byte	0x11
	.long	0x780
	.byte	0
	.uleb128 0x3d
	.long	.LASF144
	.byte	0x10
	.byte	0x34
	.byte	0x11
	.long	0x791
	.value	0x8008
	.uleb128 0x2e
	.string	"mem"
	.byte	0x36
	.long	0x7a2
	.long	0x10008
	.uleb128 0x22
	.long	.LASF145
	.byte	0x37
	.byte	0x11
	.long	0x18b
	.long	0x10010
	.uleb128 0x22
	.long	.LASF146
	.byte	0x38
	.byte	0x11
	.long	0x18b
	.long	0x10018
	.uleb128 0x22
	.long	.LASF147
	.byte	0x3a
	.byte	0x1b
	.long	0x7a7
	.long	0x10020
	.uleb128 0x22
	.long	.LASF139
	.byte	0x3b
	.byte	0x13
	.long	0x643
	.long	0x10028
	.uleb128 0x22
	.long	.LASF148
	.byte	0x3c
	.byte	0x11
	.long	0xc6
	.long	0x10048
	.uleb128 0x2e
	.string	"out"
	.byte	0x3d
	.long	0x684
	.long	0x10110
	.byte	0
	.uleb128 0x1e
	.long	0x3cc
	.long	0x791
	.uleb128 0x26
	.long	0x4a
	.value	0x1000
	.byte	0
	.uleb128 0x1e
	.long	0x3bb
	.long	0x7a2
	.uleb128 0x26
	.long	0x4a
	.value	0xfff
	.byte	0
	.uleb128 0x12
	.long	0x3cc
	.uleb128 0x12
	.long	0x5e4
	.uleb128 0x1d
	.long	.LASF149
	.byte	0x48
	.byte	0x11
	.byte	0x10
	.long	0x82e
	.uleb128 0xa
	.long	.LASF115
	.byte	0x11
	.byte	0x11
	.byte	0x11
	.long	0x3c7
	.byte	0
	.uleb128 0xa
	.long	.LASF150
	.byte	0x11
	.byte	0x12
	.byte	0x11
	.long	0x3c7
	.byte	0x8
	.uleb128 0xa
	.long	.LASF151
	.byte	0x11
	.byte	0x15
	.byte	0x13
	.long	0x838
	.byte	0x10
	.uleb128 0xa
	.long	.LASF152
	.byte	0x11
	.byte	0x1a
	.byte	0xd
	.long	0x84c
	.byte	0x18
	.uleb128 0xa
	.long	.LASF153
	.byte	0x11
	.byte	0x1b
	.byte	0xd
	.long	0x85c
	.byte	0x20
	.uleb128 0xa
	.long	.LASF154
	.byte	0x11
	.byte	0x21
	.byte	0x13
	.long	0x838
	.byte	0x28
	.uleb128 0xa
	.long	.LASF155
	.byte	0x11
	.byte	0x27
	.byte	0x9
	.long	0xbf
	.byte	0x30
	.uleb128 0x1b
	.string	"run"
	.byte	0x11
	.byte	0x2b
	.byte	0xd
	.long	0x87b
	.byte	0x38
	.uleb128 0xa
	.long	.LASF156
	.byte	0x11
	.byte	0x31
	.byte	0xd
	.long	0x890
	.byte	0x40
	.byte	0
	.uleb128 0x20
	.long	0x7ac
	.uleb128 0x3e
	.long	0x3c7
	.uleb128 0x12
	.long	0x833
	.uleb128 0x2f
	.long	0x16c
	.long	0x84c
	.uleb128 0x15
	.long	0x7a7
	.byte	0
	.uleb128 0x12
	.long	0x83d
	.uleb128 0x27
	.long	0x85c
	.uleb128 0x15
	.long	0x16c
	.byte	0
	.uleb128 0x12
	.long	0x851
	.uleb128 0x27
	.long	0x876
	.uleb128 0x15
	.long	0x876
	.uleb128 0x15
	.long	0x7a7
	.uleb128 0x15
	.long	0x16c
	.byte	0
	.uleb128 0x12
	.long	0x6f0
	.uleb128 0x12
	.long	0x861
	.uleb128 0x27
	.long	0x890
	.uleb128 0x15
	.long	0x19e
	.uleb128 0x15
	.long	0x38b
	.byte	0
	.uleb128 0x12
	.long	0x880
	.uleb128 0x30
	.long	0x103
	.byte	0x2c
	.long	0xb04
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
	.byte	0
	.uleb128 0x2
	.long	.LASF161
	.byte	0x1
	.uleb128 0x2
	.long	.LASF162
	.byte	0
	.uleb128 0x2
	.long	.LASF163
	.byte	0x1
	.uleb128 0x2
	.long	.LASF164
	.byte	0
	.uleb128 0x2
	.long	.LASF165
	.byte	0
	.uleb128 0x2
	.long	.LASF166
	.byte	0x1
	.uleb128 0x2
	.long	.LASF167
	.byte	0x2
	.uleb128 0x2
	.long	.LASF168
	.byte	0
	.uleb128 0x2
	.long	.LASF169
	.byte	0x2
	.uleb128 0x2
	.long	.LASF170
	.byte	0x2
	.uleb128 0x2
	.long	.LASF171
	.byte	0
	.uleb128 0x2
	.long	.LASF172
	.byte	0x2
	.uleb128 0x2
	.long	.LASF173
	.byte	0x3
	.uleb128 0x2
	.long	.LASF174
	.byte	0
	.uleb128 0x2
	.long	.LASF175
	.byte	0x3
	.uleb128 0x2
	.long	.LASF176
	.byte	0x3
	.uleb128 0x2
	.long	.LASF177
	.byte	0
	.uleb128 0x2
	.long	.LASF178
	.byte	0x2
	.uleb128 0x2
	.long	.LASF179
	.byte	0x1
	.uleb128 0x2
	.long	.LASF180
	.byte	0
	.uleb128 0x2
	.long	.LASF181
	.byte	0x2
	.uleb128 0x2
	.long	.LASF182
	.byte	0x1
	.uleb128 0x2
	.long	.LASF183
	.byte	0
	.uleb128 0x2
	.long	.LASF184
	.byte	0x2
	.uleb128 0x2
	.long	.LASF185
	.byte	0x1
	.uleb128 0x2
	.long	.LASF186
	.byte	0
	.uleb128 0x2
	.long	.LASF187
	.byte	0x2
	.uleb128 0x2
	.long	.LASF188
	.byte	0x1
	.uleb128 0x2
	.long	.LASF189
	.byte	0
	.uleb128 0x2
	.long	.LASF190
	.byte	0x2
	.uleb128 0x2
	.long	.LASF191
	.byte	0x1
	.uleb128 0x2
	.long	.LASF192
	.byte	0
	.uleb128 0x2
	.long	.LASF193
	.byte	0x1
	.uleb128 0x2
	.long	.LASF194
	.byte	0x1
	.uleb128 0x2
	.long	.LASF195
	.byte	0
	.uleb128 0x2
	.long	.LASF196
	.byte	0x1
	.uleb128 0x2
	.long	.LASF197
	.byte	0x1
	.uleb128 0x2
	.long	.LASF198
	.byte	0
	.uleb128 0x2
	.long	.LASF199
	.byte	0x2
	.uleb128 0x2
	.long	.LASF200
	.byte	0x1
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF218
	.byte	0x1
	.uleb128 0x2
	.long	.LASF219
	.byte	0
	.uleb128 0x2
	.long	.LASF220
	.byte	0x2
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
	.byte	0
	.uleb128 0x2
	.long	.LASF233
	.byte	0
	.uleb128 0x2
	.long	.LASF234
	.byte	0x1
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
	.byte	0x2
	.uleb128 0x2
	.long	.LASF241
	.byte	0
	.uleb128 0x2
	.long	.LASF242
	.byte	0
	.uleb128 0x2
	.long	.LASF243
	.byte	0x3
	.uleb128 0x2
	.long	.LASF244
	.byte	0
	.uleb128 0x2
	.long	.LASF245
	.byte	0
	.uleb128 0x2
	.long	.LASF246
	.byte	0x4
	.uleb128 0x2
	.long	.LASF247
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF252
	.byte	0
	.uleb128 0x2
	.long	.LASF253
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF258
	.byte	0x5
	.byte	0
	.uleb128 0x30
	.long	0x103
	.byte	0x3b
	.long	0xbdb
	.uleb128 0x2
	.long	.LASF259
	.byte	0
	.uleb128 0x2
	.long	.LASF260
	.byte	0x1
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
	.byte	0
	.uleb128 0x2
	.long	.LASF284
	.byte	0x3
	.uleb128 0x2
	.long	.LASF285
	.byte	0x3
	.uleb128 0x2
	.long	.LASF286
	.byte	0x3
	.uleb128 0x2
	.long	.LASF287
	.byte	0x4
	.uleb128 0x2
	.long	.LASF288
	.byte	0x1
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
	.byte	0
	.uleb128 0x3f
	.long	.LASF671
	.byte	0x8
	.byte	0x13
	.byte	0x39
	.byte	0x7
	.long	0xc24
	.uleb128 0x23
	.long	.LASF122
	.byte	0x3a
	.long	0x19e
	.uleb128 0x31
	.string	"fn"
	.byte	0x3b
	.long	0xc2a
	.uleb128 0x31
	.string	"imm"
	.byte	0x3c
	.long	0x3cc
	.uleb128 0x23
	.long	.LASF293
	.byte	0x3d
	.long	0xc34
	.uleb128 0x23
	.long	.LASF124
	.byte	0x3e
	.long	0x18b
	.uleb128 0x23
	.long	.LASF117
	.byte	0x3f
	.long	0x521
	.byte	0
	.uleb128 0x20
	.long	0xbdb
	.uleb128 0x40
	.uleb128 0x12
	.long	0xc29
	.uleb128 0x20
	.long	0xc2a
	.uleb128 0x12
	.long	0xc24
	.uleb128 0x1d
	.long	.LASF294
	.byte	0x20
	.byte	0x13
	.byte	0x42
	.long	0xc7a
	.uleb128 0xa
	.long	.LASF295
	.byte	0x13
	.byte	0x43
	.byte	0x11
	.long	0xc7f
	.byte	0
	.uleb128 0x1b
	.string	"ord"
	.byte	0x13
	.byte	0x44
	.byte	0x11
	.long	0x5ee
	.byte	0x8
	.uleb128 0xa
	.long	.LASF296
	.byte	0x13
	.byte	0x45
	.byte	0x11
	.long	0x5ee
	.byte	0x10
	.uleb128 0xa
	.long	.LASF297
	.byte	0x13
	.byte	0x47
	.byte	0x11
	.long	0xe2
	.byte	0x18
	.byte	0
	.uleb128 0x20
	.long	0xc39
	.uleb128 0x12
	.long	0xbdb
	.uleb128 0x1d
	.long	.LASF298
	.byte	0x10
	.byte	0x2
	.byte	0x23
	.long	0xcaa
	.uleb128 0x1b
	.string	"vpc"
	.byte	0x2
	.byte	0x24
	.byte	0x17
	.long	0xc34
	.byte	0
	.uleb128 0x1b
	.string	"sp"
	.byte	0x2
	.byte	0x25
	.byte	0xb
	.long	0x7a2
	.byte	0x8
	.byte	0
	.uleb128 0x18
	.long	.LASF299
	.byte	0x2
	.byte	0x28
	.byte	0x15
	.long	0xcb6
	.uleb128 0x2f
	.long	0xc84
	.long	0xccf
	.uleb128 0x15
	.long	0xccf
	.uleb128 0x15
	.long	0xc34
	.uleb128 0x15
	.long	0x7a2
	.byte	0
	.uleb128 0x12
	.long	0xcd4
	.uleb128 0x1d
	.long	.LASF300
	.byte	0x20
	.byte	0x2
	.byte	0x2c
	.long	0xd14
	.uleb128 0x1b
	.string	"vm"
	.byte	0x2
	.byte	0x2d
	.byte	0x19
	.long	0x876
	.byte	0
	.uleb128 0x1b
	.string	"rsp"
	.byte	0x2
	.byte	0x2e
	.byte	0x19
	.long	0xd14
	.byte	0x8
	.uleb128 0xa
	.long	.LASF301
	.byte	0x2
	.byte	0x2f
	.byte	0x19
	.long	0x18b
	.byte	0x10
	.uleb128 0xa
	.long	.LASF294
	.byte	0x2
	.byte	0x30
	.byte	0x1a
	.long	0xd19
	.byte	0x18
	.byte	0
	.uleb128 0x12
	.long	0x3bb
	.uleb128 0x12
	.long	0xc7a
	.uleb128 0x1e
	.long	0xc2f
	.long	0xd2e
	.uleb128 0x21
	.long	0x4a
	.byte	0x43
	.byte	0
	.uleb128 0x20
	.long	0xd1e
	.uleb128 0x41
	.long	.LASF310
	.byte	0x2
	.byte	0x67
	.byte	0x15
	.long	0xd2e
	.uleb128 0x9
	.byte	0x3
	.quad	table
	.uleb128 0x42
	.long	.LASF309
	.byte	0x2
	.byte	0x84
	.byte	0x19
	.long	0x82e
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_call
	.uleb128 0x28
	.long	.LASF302
	.byte	0x10
	.byte	0x4a
	.byte	0x7
	.long	0xbf
	.long	0xd7a
	.uleb128 0x15
	.long	0x876
	.uleb128 0x15
	.long	0x3cc
	.byte	0
	.uleb128 0x43
	.long	.LASF303
	.byte	0x6
	.byte	0x36
	.byte	0xd
	.long	0xd91
	.uleb128 0x15
	.long	0xd91
	.uleb128 0x15
	.long	0xbf
	.byte	0
	.uleb128 0x12
	.long	0x8b
	.uleb128 0x32
	.long	.LASF306
	.byte	0x10
	.byte	0x4f
	.byte	0x7
	.long	0xdbc
	.uleb128 0x15
	.long	0x876
	.uleb128 0x15
	.long	0x5fd
	.uleb128 0x15
	.long	0x3cc
	.uleb128 0x15
	.long	0x3a3
	.uleb128 0x15
	.long	0x18b
	.byte	0
	.uleb128 0x28
	.long	.LASF304
	.byte	0x13
	.byte	0x4d
	.byte	0x10
	.long	0xddc
	.long	0xddc
	.uleb128 0x15
	.long	0x7a7
	.uleb128 0x15
	.long	0xde1
	.uleb128 0x15
	.long	0xde6
	.byte	0
	.uleb128 0x12
	.long	0xc39
	.uleb128 0x12
	.long	0x1a3
	.uleb128 0x12
	.long	0xc2f
	.uleb128 0x28
	.long	.LASF305
	.byte	0x6
	.byte	0x2d
	.byte	0xc
	.long	0xbf
	.long	0xe01
	.uleb128 0x15
	.long	0xd91
	.byte	0
	.uleb128 0x32
	.long	.LASF307
	.byte	0x13
	.byte	0x4f
	.byte	0x6
	.long	0xe13
	.uleb128 0x15
	.long	0x16c
	.byte	0
	.uleb128 0x44
	.string	"run"
	.byte	0x2
	.byte	0x75
	.byte	0xd
	.quad	.LFB127
	.quad	.LFE127-.LFB127
	.uleb128 0x1
	.byte	0x9c
	.long	0xee3
	.uleb128 0x4
	.string	"vm"
	.byte	0x2
	.byte	0x75
	.byte	0x1c
	.long	0x876
	.long	.LLST164
	.long	.LVUS164
	.uleb128 0x33
	.long	.LASF147
	.byte	0x75
	.byte	0x36
	.long	0x7a7
	.long	.LLST165
	.long	.LVUS165
	.uleb128 0x33
	.long	.LASF308
	.byte	0x75
	.byte	0x42
	.long	0x16c
	.long	.LLST166
	.long	.LVUS166
	.uleb128 0x45
	.string	"t"
	.byte	0x2
	.byte	0x78
	.byte	0x1a
	.long	0xd19
	.long	.LLST167
	.long	.LVUS167
	.uleb128 0x46
	.string	"m"
	.byte	0x2
	.byte	0x79
	.byte	0x14
	.long	0xcd4
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.uleb128 0x6
	.long	.LASF317
	.byte	0x2
	.byte	0x7e
	.byte	0xd
	.quad	.L51
	.uleb128 0x47
	.quad	.LBB331
	.quad	.LBE331-.LBB331
	.long	0xec9
	.uleb128 0xf
	.string	"n"
	.byte	0x2
	.byte	0x7b
	.byte	0x15
	.long	0xc84
	.uleb128 0x34
	.quad	.LVL93
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x91
	.sleb128 -48
	.byte	0
	.byte	0
	.uleb128 0xc
	.quad	.LVL91
	.long	0xdeb
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x7
	.byte	0x91
	.sleb128 -64
	.byte	0x6
	.byte	0x23
	.uleb128 0x10048
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF152
	.byte	0x2
	.byte	0x70
	.byte	0xe
	.long	0x16c
	.quad	.LFB126
	.quad	.LFE126-.LFB126
	.uleb128 0x1
	.byte	0x9c
	.long	0xf3f
	.uleb128 0x4
	.string	"p"
	.byte	0x2
	.byte	0x70
	.byte	0x2c
	.long	0x7a7
	.long	.LLST168
	.long	.LVUS168
	.uleb128 0x48
	.quad	.LVL95
	.long	0xdbc
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x9
	.byte	0x3
	.quad	table
	.byte	0
	.byte	0
	.uleb128 0x35
	.long	.LASF658
	.byte	0x92
	.long	0xc84
	.long	0xf8c
	.uleb128 0x5
	.string	"m"
	.byte	0x92
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x92
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x92
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF311
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF312
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF313
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF314
	.byte	0x92
	.byte	0x1
	.uleb128 0x3
	.long	.LASF315
	.byte	0x92
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF316
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xc84
	.quad	.LFB124
	.quad	.LFE124-.LFB124
	.uleb128 0x1
	.byte	0x9c
	.long	0x107b
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xccf
	.long	.LLST169
	.long	.LVUS169
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xc34
	.long	.LLST170
	.long	.LVUS170
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x7a2
	.long	.LLST171
	.long	.LVUS171
	.uleb128 0x6
	.long	.LASF318
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.quad	.L56
	.uleb128 0x10
	.long	0x107b
	.quad	.LBI332
	.byte	.LVU498
	.long	.LLRL172
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	0x109c
	.long	.LLST173
	.long	.LVUS173
	.uleb128 0x1
	.long	0x1092
	.long	.LLST174
	.long	.LVUS174
	.uleb128 0x1
	.long	0x108a
	.long	.LLST175
	.long	.LVUS175
	.uleb128 0xe
	.long	.LLRL172
	.uleb128 0x7
	.long	0x10a5
	.quad	.LDL24
	.uleb128 0x1f
	.long	0x10ac
	.uleb128 0x13
	.quad	.LVL101
	.long	0xd96
	.long	0x1065
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL102
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF329
	.byte	0x90
	.long	0xc84
	.byte	0x3
	.long	0x10b4
	.uleb128 0x5
	.string	"m"
	.byte	0x90
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x90
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x90
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF319
	.byte	0x91
	.byte	0x5
	.uleb128 0x3
	.long	.LASF320
	.byte	0x92
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF321
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xc84
	.quad	.LFB122
	.quad	.LFE122-.LFB122
	.uleb128 0x1
	.byte	0x9c
	.long	0x11db
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xccf
	.long	.LLST474
	.long	.LVUS474
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xc34
	.long	.LLST475
	.long	.LVUS475
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x7a2
	.long	.LLST476
	.long	.LVUS476
	.uleb128 0x6
	.long	.LASF322
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.quad	.L366
	.uleb128 0x6
	.long	.LASF323
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.quad	.L368
	.uleb128 0x3
	.long	.LASF324
	.byte	0x8e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF325
	.byte	0x8e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF326
	.byte	0x8e
	.byte	0x1
	.uleb128 0x10
	.long	0x12dd
	.quad	.LBI566
	.byte	.LVU2147
	.long	.LLRL477
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1
	.long	0x12fe
	.long	.LLST478
	.long	.LVUS478
	.uleb128 0x1
	.long	0x12f4
	.long	.LLST479
	.long	.LVUS479
	.uleb128 0x1
	.long	0x12ec
	.long	.LLST480
	.long	.LVUS480
	.uleb128 0xe
	.long	.LLRL477
	.uleb128 0x7
	.long	0x1307
	.quad	.L370
	.uleb128 0x7
	.long	0x130e
	.quad	.L372
	.uleb128 0x7
	.long	0x1315
	.quad	.LDL60
	.uleb128 0x19
	.quad	.LVL636
	.long	0xd5f
	.uleb128 0x19
	.quad	.LVL645
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL646
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF327
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xc84
	.quad	.LFB121
	.quad	.LFE121-.LFB121
	.uleb128 0x1
	.byte	0x9c
	.long	0x12dd
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xccf
	.long	.LLST467
	.long	.LVUS467
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xc34
	.long	.LLST468
	.long	.LVUS468
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x7a2
	.long	.LLST469
	.long	.LVUS469
	.uleb128 0x6
	.long	.LASF328
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.quad	.L356
	.uleb128 0x10
	.long	0x12dd
	.quad	.LBI554
	.byte	.LVU2094
	.long	.LLRL470
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1
	.long	0x12fe
	.long	.LLST471
	.long	.LVUS471
	.uleb128 0x1
	.long	0x12f4
	.long	.LLST472
	.long	.LVUS472
	.uleb128 0x1
	.long	0x12ec
	.long	.LLST473
	.long	.LVUS473
	.uleb128 0xe
	.long	.LLRL470
	.uleb128 0x7
	.long	0x1307
	.quad	.L358
	.uleb128 0x7
	.long	0x130e
	.quad	.L360
	.uleb128 0x7
	.long	0x1315
	.quad	.LDL59
	.uleb128 0x19
	.quad	.LVL621
	.long	0xd5f
	.uleb128 0x19
	.quad	.LVL629
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL630
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF330
	.byte	0x89
	.long	0xc84
	.byte	0x3
	.long	0x131d
	.uleb128 0x5
	.string	"m"
	.byte	0x89
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x89
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x89
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF331
	.byte	0x8a
	.byte	0x5
	.uleb128 0x3
	.long	.LASF332
	.byte	0x8c
	.byte	0x9
	.uleb128 0x3
	.long	.LASF333
	.byte	0x8e
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF334
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xc84
	.quad	.LFB119
	.quad	.LFE119-.LFB119
	.uleb128 0x1
	.byte	0x9c
	.long	0x142a
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xccf
	.long	.LLST233
	.long	.LVUS233
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xc34
	.long	.LLST234
	.long	.LVUS234
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x7a2
	.long	.LLST235
	.long	.LVUS235
	.uleb128 0x6
	.long	.LASF335
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.quad	.L124
	.uleb128 0x6
	.long	.LASF336
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.quad	.L126
	.uleb128 0x3
	.long	.LASF337
	.byte	0x87
	.byte	0x1
	.uleb128 0x3
	.long	.LASF338
	.byte	0x87
	.byte	0x1
	.uleb128 0x3
	.long	.LASF339
	.byte	0x87
	.byte	0x1
	.uleb128 0x10
	.long	0x151c
	.quad	.LBI420
	.byte	.LVU796
	.long	.LLRL236
	.byte	0x87
	.byte	0x1
	.uleb128 0x1
	.long	0x153d
	.long	.LLST237
	.long	.LVUS237
	.uleb128 0x1
	.long	0x1533
	.long	.LLST238
	.long	.LVUS238
	.uleb128 0x1
	.long	0x152b
	.long	.LLST239
	.long	.LVUS239
	.uleb128 0xe
	.long	.LLRL236
	.uleb128 0x7
	.long	0x1546
	.quad	.L128
	.uleb128 0x7
	.long	0x154d
	.quad	.LDL31
	.uleb128 0x19
	.quad	.LVL212
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL213
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF340
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xc84
	.quad	.LFB118
	.quad	.LFE118-.LFB118
	.uleb128 0x1
	.byte	0x9c
	.long	0x151c
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xccf
	.long	.LLST219
	.long	.LVUS219
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xc34
	.long	.LLST220
	.long	.LVUS220
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x7a2
	.long	.LLST221
	.long	.LVUS221
	.uleb128 0x6
	.long	.LASF341
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.quad	.L109
	.uleb128 0x10
	.long	0x151c
	.quad	.LBI406
	.byte	.LVU717
	.long	.LLRL222
	.byte	0x87
	.byte	0x1
	.uleb128 0x1
	.long	0x153d
	.long	.LLST223
	.long	.LVUS223
	.uleb128 0x1
	.long	0x1533
	.long	.LLST224
	.long	.LVUS224
	.uleb128 0x1
	.long	0x152b
	.long	.LLST225
	.long	.LVUS225
	.uleb128 0xe
	.long	.LLRL222
	.uleb128 0x7
	.long	0x1546
	.quad	.L111
	.uleb128 0x7
	.long	0x154d
	.quad	.LDL29
	.uleb128 0x13
	.quad	.LVL181
	.long	0xd96
	.long	0x1506
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0xc
	.quad	.LVL182
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF342
	.byte	0x83
	.long	0xc84
	.byte	0x3
	.long	0x1555
	.uleb128 0x5
	.string	"m"
	.byte	0x83
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x83
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x83
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF343
	.byte	0x84
	.byte	0x5
	.uleb128 0x3
	.long	.LASF344
	.byte	0x87
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF345
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xc84
	.quad	.LFB116
	.quad	.LFE116-.LFB116
	.uleb128 0x1
	.byte	0x9c
	.long	0x1662
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xccf
	.long	.LLST240
	.long	.LVUS240
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xc34
	.long	.LLST241
	.long	.LVUS241
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x7a2
	.long	.LLST242
	.long	.LVUS242
	.uleb128 0x6
	.long	.LASF346
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.quad	.L134
	.uleb128 0x6
	.long	.LASF347
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.quad	.L136
	.uleb128 0x3
	.long	.LASF348
	.byte	0x81
	.byte	0x1
	.uleb128 0x3
	.long	.LASF349
	.byte	0x81
	.byte	0x1
	.uleb128 0x3
	.long	.LASF350
	.byte	0x81
	.byte	0x1
	.uleb128 0x10
	.long	0x1754
	.quad	.LBI424
	.byte	.LVU846
	.long	.LLRL243
	.byte	0x81
	.byte	0x1
	.uleb128 0x1
	.long	0x1775
	.long	.LLST244
	.long	.LVUS244
	.uleb128 0x1
	.long	0x176b
	.long	.LLST245
	.long	.LVUS245
	.uleb128 0x1
	.long	0x1763
	.long	.LLST246
	.long	.LVUS246
	.uleb128 0xe
	.long	.LLRL243
	.uleb128 0x7
	.long	0x177e
	.quad	.L138
	.uleb128 0x7
	.long	0x1785
	.quad	.LDL32
	.uleb128 0x19
	.quad	.LVL228
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL229
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF351
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xc84
	.quad	.LFB115
	.quad	.LFE115-.LFB115
	.uleb128 0x1
	.byte	0x9c
	.long	0x1754
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xccf
	.long	.LLST212
	.long	.LVUS212
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xc34
	.long	.LLST213
	.long	.LVUS213
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x7a2
	.long	.LLST214
	.long	.LVUS214
	.uleb128 0x6
	.long	.LASF352
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.quad	.L103
	.uleb128 0x10
	.long	0x1754
	.quad	.LBI400
	.byte	.LVU685
	.long	.LLRL215
	.byte	0x81
	.byte	0x1
	.uleb128 0x1
	.long	0x1775
	.long	.LLST216
	.long	.LVUS216
	.uleb128 0x1
	.long	0x176b
	.long	.LLST217
	.long	.LVUS217
	.uleb128 0x1
	.long	0x1763
	.long	.LLST218
	.long	.LVUS218
	.uleb128 0xe
	.long	.LLRL215
	.uleb128 0x7
	.long	0x177e
	.quad	.L105
	.uleb128 0x7
	.long	0x1785
	.quad	.LDL28
	.uleb128 0x13
	.quad	.LVL168
	.long	0xd96
	.long	0x173e
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0xc
	.quad	.LVL169
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF353
	.byte	0x7e
	.long	0xc84
	.byte	0x3
	.long	0x178d
	.uleb128 0x5
	.string	"m"
	.byte	0x7e
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x7e
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x7e
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF354
	.byte	0x7f
	.byte	0x5
	.uleb128 0x3
	.long	.LASF355
	.byte	0x81
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF356
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xc84
	.quad	.LFB113
	.quad	.LFE113-.LFB113
	.uleb128 0x1
	.byte	0x9c
	.long	0x18b6
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xccf
	.long	.LLST247
	.long	.LVUS247
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xc34
	.long	.LLST248
	.long	.LVUS248
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x7a2
	.long	.LLST249
	.long	.LVUS249
	.uleb128 0x6
	.long	.LASF357
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.quad	.L144
	.uleb128 0x3
	.long	.LASF358
	.byte	0x7c
	.byte	0x1
	.uleb128 0x3
	.long	.LASF359
	.byte	0x7c
	.byte	0x1
	.uleb128 0x3
	.long	.LASF360
	.byte	0x7c
	.byte	0x1
	.uleb128 0x6
	.long	.LASF361
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.quad	.L146
	.uleb128 0x10
	.long	0x19c9
	.quad	.LBI428
	.byte	.LVU892
	.long	.LLRL250
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	0x19ea
	.long	.LLST251
	.long	.LVUS251
	.uleb128 0x1
	.long	0x19e0
	.long	.LLST252
	.long	.LVUS252
	.uleb128 0x1
	.long	0x19d8
	.long	.LLST253
	.long	.LVUS253
	.uleb128 0xe
	.long	.LLRL250
	.uleb128 0x7
	.long	0x19f3
	.quad	.LDL33
	.uleb128 0x7
	.long	0x19fa
	.quad	.L148
	.uleb128 0x1f
	.long	0x1a01
	.uleb128 0x14
	.long	0x1a08
	.long	.LLRL250
	.uleb128 0x9
	.long	0x1a09
	.long	.LLST254
	.long	.LVUS254
	.uleb128 0x19
	.quad	.LVL243
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL244
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF362
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xc84
	.quad	.LFB112
	.quad	.LFE112-.LFB112
	.uleb128 0x1
	.byte	0x9c
	.long	0x19c9
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xccf
	.long	.LLST204
	.long	.LVUS204
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xc34
	.long	.LLST205
	.long	.LVUS205
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x7a2
	.long	.LLST206
	.long	.LVUS206
	.uleb128 0x6
	.long	.LASF363
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.quad	.L97
	.uleb128 0x10
	.long	0x19c9
	.quad	.LBI384
	.byte	.LVU652
	.long	.LLRL207
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	0x19ea
	.long	.LLST208
	.long	.LVUS208
	.uleb128 0x1
	.long	0x19e0
	.long	.LLST209
	.long	.LVUS209
	.uleb128 0x1
	.long	0x19d8
	.long	.LLST210
	.long	.LVUS210
	.uleb128 0xe
	.long	.LLRL207
	.uleb128 0x7
	.long	0x19f3
	.quad	.LDL27
	.uleb128 0x7
	.long	0x19fa
	.quad	.L99
	.uleb128 0x1f
	.long	0x1a01
	.uleb128 0x14
	.long	0x1a08
	.long	.LLRL207
	.uleb128 0x9
	.long	0x1a09
	.long	.LLST211
	.long	.LVUS211
	.uleb128 0x13
	.quad	.LVL156
	.long	0xd96
	.long	0x19b2
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL157
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF364
	.byte	0x7a
	.long	0xc84
	.byte	0x3
	.long	0x1a17
	.uleb128 0x5
	.string	"m"
	.byte	0x7a
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x7a
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x7a
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF365
	.byte	0x7b
	.byte	0x5
	.uleb128 0x3
	.long	.LASF366
	.byte	0x7b
	.byte	0x5
	.uleb128 0x3
	.long	.LASF367
	.byte	0x7c
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"to_"
	.byte	0x1
	.byte	0x7b
	.byte	0x5
	.long	0xc34
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF368
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xc84
	.quad	.LFB110
	.quad	.LFE110-.LFB110
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b29
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xccf
	.long	.LLST255
	.long	.LVUS255
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xc34
	.long	.LLST256
	.long	.LVUS256
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x7a2
	.long	.LLST257
	.long	.LVUS257
	.uleb128 0x6
	.long	.LASF369
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.quad	.L154
	.uleb128 0x3
	.long	.LASF370
	.byte	0x78
	.byte	0x1
	.uleb128 0x3
	.long	.LASF371
	.byte	0x78
	.byte	0x1
	.uleb128 0x6
	.long	.LASF372
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.quad	.L156
	.uleb128 0x3
	.long	.LASF373
	.byte	0x78
	.byte	0x1
	.uleb128 0x10
	.long	0x1c25
	.quad	.LBI437
	.byte	.LVU936
	.long	.LLRL258
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	0x1c46
	.long	.LLST259
	.long	.LVUS259
	.uleb128 0x1
	.long	0x1c3c
	.long	.LLST260
	.long	.LVUS260
	.uleb128 0x1
	.long	0x1c34
	.long	.LLST261
	.long	.LVUS261
	.uleb128 0xe
	.long	.LLRL258
	.uleb128 0x7
	.long	0x1c4f
	.quad	.LDL34
	.uleb128 0x7
	.long	0x1c56
	.quad	.L158
	.uleb128 0x1f
	.long	0x1c5d
	.uleb128 0x19
	.quad	.LVL257
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL258
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF374
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xc84
	.quad	.LFB109
	.quad	.LFE109-.LFB109
	.uleb128 0x1
	.byte	0x9c
	.long	0x1c25
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xccf
	.long	.LLST226
	.long	.LVUS226
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xc34
	.long	.LLST227
	.long	.LVUS227
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x7a2
	.long	.LLST228
	.long	.LVUS228
	.uleb128 0x6
	.long	.LASF375
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.quad	.L115
	.uleb128 0x10
	.long	0x1c25
	.quad	.LBI412
	.byte	.LVU753
	.long	.LLRL229
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	0x1c46
	.long	.LLST230
	.long	.LVUS230
	.uleb128 0x1
	.long	0x1c3c
	.long	.LLST231
	.long	.LVUS231
	.uleb128 0x1
	.long	0x1c34
	.long	.LLST232
	.long	.LVUS232
	.uleb128 0xe
	.long	.LLRL229
	.uleb128 0x7
	.long	0x1c4f
	.quad	.LDL30
	.uleb128 0x7
	.long	0x1c56
	.quad	.L120
	.uleb128 0x1f
	.long	0x1c5d
	.uleb128 0x13
	.quad	.LVL198
	.long	0xd96
	.long	0x1c0f
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL199
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF376
	.byte	0x75
	.long	0xc84
	.byte	0x3
	.long	0x1c65
	.uleb128 0x5
	.string	"m"
	.byte	0x75
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x75
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x75
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF377
	.byte	0x77
	.byte	0x5
	.uleb128 0x3
	.long	.LASF378
	.byte	0x77
	.byte	0x5
	.uleb128 0x3
	.long	.LASF379
	.byte	0x78
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF380
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xc84
	.quad	.LFB107
	.quad	.LFE107-.LFB107
	.uleb128 0x1
	.byte	0x9c
	.long	0x1d7f
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xccf
	.long	.LLST262
	.long	.LVUS262
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xc34
	.long	.LLST263
	.long	.LVUS263
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x7a2
	.long	.LLST264
	.long	.LVUS264
	.uleb128 0x6
	.long	.LASF381
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.quad	.L164
	.uleb128 0x6
	.long	.LASF382
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.quad	.L166
	.uleb128 0x3
	.long	.LASF383
	.byte	0x73
	.byte	0x1
	.uleb128 0x3
	.long	.LASF384
	.byte	0x73
	.byte	0x1
	.uleb128 0x3
	.long	.LASF385
	.byte	0x73
	.byte	0x1
	.uleb128 0x10
	.long	0x1e83
	.quad	.LBI443
	.byte	.LVU982
	.long	.LLRL265
	.byte	0x73
	.byte	0x1
	.uleb128 0x1
	.long	0x1ea4
	.long	.LLST266
	.long	.LVUS266
	.uleb128 0x1
	.long	0x1e9a
	.long	.LLST267
	.long	.LVUS267
	.uleb128 0x1
	.long	0x1e92
	.long	.LLST268
	.long	.LVUS268
	.uleb128 0xe
	.long	.LLRL265
	.uleb128 0x7
	.long	0x1ead
	.quad	.L168
	.uleb128 0x7
	.long	0x1eb4
	.quad	.L170
	.uleb128 0x7
	.long	0x1ebb
	.quad	.L167
	.uleb128 0x19
	.quad	.LVL278
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL279
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF386
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xc84
	.quad	.LFB106
	.quad	.LFE106-.LFB106
	.uleb128 0x1
	.byte	0x9c
	.long	0x1e83
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xccf
	.long	.LLST197
	.long	.LVUS197
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xc34
	.long	.LLST198
	.long	.LVUS198
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x7a2
	.long	.LLST199
	.long	.LVUS199
	.uleb128 0x6
	.long	.LASF387
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.quad	.L85
	.uleb128 0x10
	.long	0x1e83
	.quad	.LBI370
	.byte	.LVU616
	.long	.LLRL200
	.byte	0x73
	.byte	0x1
	.uleb128 0x1
	.long	0x1ea4
	.long	.LLST201
	.long	.LVUS201
	.uleb128 0x1
	.long	0x1e9a
	.long	.LLST202
	.long	.LVUS202
	.uleb128 0x1
	.long	0x1e92
	.long	.LLST203
	.long	.LVUS203
	.uleb128 0xe
	.long	.LLRL200
	.uleb128 0x7
	.long	0x1ead
	.quad	.L87
	.uleb128 0x7
	.long	0x1eb4
	.quad	.L89
	.uleb128 0x7
	.long	0x1ebb
	.quad	.L86
	.uleb128 0x13
	.quad	.LVL145
	.long	0xd96
	.long	0x1e6d
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL146
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF388
	.byte	0x70
	.long	0xc84
	.byte	0x3
	.long	0x1ec3
	.uleb128 0x5
	.string	"m"
	.byte	0x70
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x70
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x70
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF389
	.byte	0x72
	.byte	0x9
	.uleb128 0x3
	.long	.LASF390
	.byte	0x72
	.byte	0x9
	.uleb128 0x3
	.long	.LASF391
	.byte	0x73
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF392
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xc84
	.quad	.LFB104
	.quad	.LFE104-.LFB104
	.uleb128 0x1
	.byte	0x9c
	.long	0x1fdd
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xccf
	.long	.LLST269
	.long	.LVUS269
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xc34
	.long	.LLST270
	.long	.LVUS270
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x7a2
	.long	.LLST271
	.long	.LVUS271
	.uleb128 0x6
	.long	.LASF393
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.quad	.L177
	.uleb128 0x6
	.long	.LASF394
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.quad	.L179
	.uleb128 0x3
	.long	.LASF395
	.byte	0x6e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF396
	.byte	0x6e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF397
	.byte	0x6e
	.byte	0x1
	.uleb128 0x10
	.long	0x20e1
	.quad	.LBI454
	.byte	.LVU1038
	.long	.LLRL272
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1
	.long	0x2102
	.long	.LLST273
	.long	.LVUS273
	.uleb128 0x1
	.long	0x20f8
	.long	.LLST274
	.long	.LVUS274
	.uleb128 0x1
	.long	0x20f0
	.long	.LLST275
	.long	.LVUS275
	.uleb128 0xe
	.long	.LLRL272
	.uleb128 0x7
	.long	0x210b
	.quad	.L181
	.uleb128 0x7
	.long	0x2112
	.quad	.L183
	.uleb128 0x7
	.long	0x2119
	.quad	.L180
	.uleb128 0x19
	.quad	.LVL299
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL300
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF398
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xc84
	.quad	.LFB103
	.quad	.LFE103-.LFB103
	.uleb128 0x1
	.byte	0x9c
	.long	0x20e1
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xccf
	.long	.LLST190
	.long	.LVUS190
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xc34
	.long	.LLST191
	.long	.LVUS191
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x7a2
	.long	.LLST192
	.long	.LVUS192
	.uleb128 0x6
	.long	.LASF399
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.quad	.L73
	.uleb128 0x10
	.long	0x20e1
	.quad	.LBI356
	.byte	.LVU580
	.long	.LLRL193
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1
	.long	0x2102
	.long	.LLST194
	.long	.LVUS194
	.uleb128 0x1
	.long	0x20f8
	.long	.LLST195
	.long	.LVUS195
	.uleb128 0x1
	.long	0x20f0
	.long	.LLST196
	.long	.LVUS196
	.uleb128 0xe
	.long	.LLRL193
	.uleb128 0x7
	.long	0x210b
	.quad	.L75
	.uleb128 0x7
	.long	0x2112
	.quad	.L77
	.uleb128 0x7
	.long	0x2119
	.quad	.L74
	.uleb128 0x13
	.quad	.LVL131
	.long	0xd96
	.long	0x20cb
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL132
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF400
	.byte	0x6b
	.long	0xc84
	.byte	0x3
	.long	0x2121
	.uleb128 0x5
	.string	"m"
	.byte	0x6b
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x6b
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x6b
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF401
	.byte	0x6d
	.byte	0x9
	.uleb128 0x3
	.long	.LASF402
	.byte	0x6d
	.byte	0x9
	.uleb128 0x3
	.long	.LASF403
	.byte	0x6e
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF404
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xc84
	.quad	.LFB101
	.quad	.LFE101-.LFB101
	.uleb128 0x1
	.byte	0x9c
	.long	0x2239
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xccf
	.long	.LLST183
	.long	.LVUS183
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xc34
	.long	.LLST184
	.long	.LVUS184
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x7a2
	.long	.LLST185
	.long	.LVUS185
	.uleb128 0x6
	.long	.LASF405
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.quad	.L67
	.uleb128 0x3
	.long	.LASF406
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF407
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF408
	.byte	0x69
	.byte	0x1
	.uleb128 0x3
	.long	.LASF409
	.byte	0x69
	.byte	0x1
	.uleb128 0x10
	.long	0x2335
	.quad	.LBI347
	.byte	.LVU554
	.long	.LLRL186
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	0x2356
	.long	.LLST187
	.long	.LVUS187
	.uleb128 0x1
	.long	0x234c
	.long	.LLST188
	.long	.LVUS188
	.uleb128 0x1
	.long	0x2344
	.long	.LLST189
	.long	.LVUS189
	.uleb128 0xe
	.long	.LLRL186
	.uleb128 0x7
	.long	0x235f
	.quad	.LDL26
	.uleb128 0x7
	.long	0x2366
	.quad	.L69
	.uleb128 0x1f
	.long	0x236d
	.uleb128 0x13
	.quad	.LVL117
	.long	0xd96
	.long	0x2223
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL118
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF410
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xc84
	.quad	.LFB100
	.quad	.LFE100-.LFB100
	.uleb128 0x1
	.byte	0x9c
	.long	0x2335
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xccf
	.long	.LLST176
	.long	.LVUS176
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xc34
	.long	.LLST177
	.long	.LVUS177
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x7a2
	.long	.LLST178
	.long	.LVUS178
	.uleb128 0x6
	.long	.LASF411
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.quad	.L61
	.uleb128 0x10
	.long	0x2335
	.quad	.LBI338
	.byte	.LVU519
	.long	.LLRL179
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	0x2356
	.long	.LLST180
	.long	.LVUS180
	.uleb128 0x1
	.long	0x234c
	.long	.LLST181
	.long	.LVUS181
	.uleb128 0x1
	.long	0x2344
	.long	.LLST182
	.long	.LVUS182
	.uleb128 0xe
	.long	.LLRL179
	.uleb128 0x7
	.long	0x235f
	.quad	.LDL25
	.uleb128 0x7
	.long	0x2366
	.quad	.L63
	.uleb128 0x1f
	.long	0x236d
	.uleb128 0x13
	.quad	.LVL109
	.long	0xd96
	.long	0x231f
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL110
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF412
	.byte	0x67
	.long	0xc84
	.byte	0x3
	.long	0x2375
	.uleb128 0x5
	.string	"m"
	.byte	0x67
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x67
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x67
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF413
	.byte	0x68
	.byte	0x5
	.uleb128 0x3
	.long	.LASF414
	.byte	0x68
	.byte	0x5
	.uleb128 0x3
	.long	.LASF415
	.byte	0x69
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF416
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xc84
	.quad	.LFB98
	.quad	.LFE98-.LFB98
	.uleb128 0x1
	.byte	0x9c
	.long	0x24b9
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xccf
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xc34
	.long	.LLST277
	.long	.LVUS277
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x7a2
	.long	.LLST278
	.long	.LVUS278
	.uleb128 0x6
	.long	.LASF417
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.quad	.L190
	.uleb128 0x6
	.long	.LASF418
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.quad	.L192
	.uleb128 0x3
	.long	.LASF419
	.byte	0x64
	.byte	0x21
	.uleb128 0x3
	.long	.LASF420
	.byte	0x64
	.byte	0x21
	.uleb128 0x3
	.long	.LASF421
	.byte	0x64
	.byte	0x21
	.uleb128 0x16
	.long	0x2591
	.quad	.LBI465
	.byte	.LVU1094
	.quad	.LBB465
	.quad	.LBE465-.LBB465
	.byte	0x64
	.byte	0x21
	.long	0x248e
	.uleb128 0x1
	.long	0x25b2
	.long	.LLST279
	.long	.LVUS279
	.uleb128 0x1
	.long	0x25a8
	.long	.LLST280
	.long	.LVUS280
	.uleb128 0x1
	.long	0x25a0
	.long	.LLST281
	.long	.LVUS281
	.uleb128 0x7
	.long	0x25bb
	.quad	.LDL35
	.uleb128 0x1a
	.long	0x25c2
	.quad	.LBB467
	.quad	.LBE467-.LBB467
	.uleb128 0x9
	.long	0x25c3
	.long	.LLST282
	.long	.LVUS282
	.uleb128 0x9
	.long	0x25cd
	.long	.LLST283
	.long	.LVUS283
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL315
	.long	0xd96
	.long	0x24a5
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL316
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF422
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xc84
	.quad	.LFB97
	.quad	.LFE97-.LFB97
	.uleb128 0x1
	.byte	0x9c
	.long	0x2591
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xccf
	.long	.LLST155
	.long	.LVUS155
	.uleb128 0xd
	.string	"vpc"
	.byte	0x64
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x7a2
	.long	.LLST156
	.long	.LVUS156
	.uleb128 0x6
	.long	.LASF423
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.quad	.L47
	.uleb128 0x10
	.long	0x2591
	.quad	.LBI325
	.byte	.LVU451
	.long	.LLRL157
	.byte	0x64
	.byte	0x21
	.uleb128 0x1
	.long	0x25b2
	.long	.LLST158
	.long	.LVUS158
	.uleb128 0x1
	.long	0x25a8
	.long	.LLST159
	.long	.LVUS159
	.uleb128 0x1
	.long	0x25a0
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0xe
	.long	.LLRL157
	.uleb128 0x7
	.long	0x25bb
	.quad	.LDL23
	.uleb128 0x14
	.long	0x25c2
	.long	.LLRL161
	.uleb128 0x9
	.long	0x25c3
	.long	.LLST162
	.long	.LVUS162
	.uleb128 0x9
	.long	0x25cd
	.long	.LLST163
	.long	.LVUS163
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF424
	.byte	0x64
	.long	0xc84
	.byte	0x3
	.long	0x25d9
	.uleb128 0x5
	.string	"m"
	.byte	0x64
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x64
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x64
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF425
	.byte	0x64
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x64
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x64
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF426
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xc84
	.quad	.LFB95
	.quad	.LFE95-.LFB95
	.uleb128 0x1
	.byte	0x9c
	.long	0x271d
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xccf
	.long	.LLST284
	.long	.LVUS284
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xc34
	.long	.LLST285
	.long	.LVUS285
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x7a2
	.long	.LLST286
	.long	.LVUS286
	.uleb128 0x6
	.long	.LASF427
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.quad	.L196
	.uleb128 0x6
	.long	.LASF428
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.quad	.L198
	.uleb128 0x3
	.long	.LASF429
	.byte	0x63
	.byte	0x21
	.uleb128 0x3
	.long	.LASF430
	.byte	0x63
	.byte	0x21
	.uleb128 0x3
	.long	.LASF431
	.byte	0x63
	.byte	0x21
	.uleb128 0x16
	.long	0x27f5
	.quad	.LBI468
	.byte	.LVU1134
	.quad	.LBB468
	.quad	.LBE468-.LBB468
	.byte	0x63
	.byte	0x21
	.long	0x26f2
	.uleb128 0x1
	.long	0x2816
	.long	.LLST287
	.long	.LVUS287
	.uleb128 0x1
	.long	0x280c
	.long	.LLST288
	.long	.LVUS288
	.uleb128 0x1
	.long	0x2804
	.long	.LLST289
	.long	.LVUS289
	.uleb128 0x7
	.long	0x281f
	.quad	.LDL36
	.uleb128 0x1a
	.long	0x2826
	.quad	.LBB470
	.quad	.LBE470-.LBB470
	.uleb128 0x9
	.long	0x2827
	.long	.LLST290
	.long	.LVUS290
	.uleb128 0x9
	.long	0x2831
	.long	.LLST291
	.long	.LVUS291
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL327
	.long	0xd96
	.long	0x2709
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL328
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF432
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xc84
	.quad	.LFB94
	.quad	.LFE94-.LFB94
	.uleb128 0x1
	.byte	0x9c
	.long	0x27f5
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xccf
	.long	.LLST146
	.long	.LVUS146
	.uleb128 0xd
	.string	"vpc"
	.byte	0x63
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x7a2
	.long	.LLST147
	.long	.LVUS147
	.uleb128 0x6
	.long	.LASF433
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.quad	.L45
	.uleb128 0x10
	.long	0x27f5
	.quad	.LBI319
	.byte	.LVU429
	.long	.LLRL148
	.byte	0x63
	.byte	0x21
	.uleb128 0x1
	.long	0x2816
	.long	.LLST149
	.long	.LVUS149
	.uleb128 0x1
	.long	0x280c
	.long	.LLST150
	.long	.LVUS150
	.uleb128 0x1
	.long	0x2804
	.long	.LLST151
	.long	.LVUS151
	.uleb128 0xe
	.long	.LLRL148
	.uleb128 0x7
	.long	0x281f
	.quad	.LDL22
	.uleb128 0x14
	.long	0x2826
	.long	.LLRL152
	.uleb128 0x9
	.long	0x2827
	.long	.LLST153
	.long	.LVUS153
	.uleb128 0x9
	.long	0x2831
	.long	.LLST154
	.long	.LVUS154
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF434
	.byte	0x63
	.long	0xc84
	.byte	0x3
	.long	0x283d
	.uleb128 0x5
	.string	"m"
	.byte	0x63
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x63
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x63
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF435
	.byte	0x63
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x63
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x63
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF436
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xc84
	.quad	.LFB92
	.quad	.LFE92-.LFB92
	.uleb128 0x1
	.byte	0x9c
	.long	0x2981
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xccf
	.long	.LLST292
	.long	.LVUS292
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xc34
	.long	.LLST293
	.long	.LVUS293
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x7a2
	.long	.LLST294
	.long	.LVUS294
	.uleb128 0x6
	.long	.LASF437
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.quad	.L202
	.uleb128 0x6
	.long	.LASF438
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.quad	.L204
	.uleb128 0x3
	.long	.LASF439
	.byte	0x62
	.byte	0x21
	.uleb128 0x3
	.long	.LASF440
	.byte	0x62
	.byte	0x21
	.uleb128 0x3
	.long	.LASF441
	.byte	0x62
	.byte	0x21
	.uleb128 0x16
	.long	0x2a59
	.quad	.LBI471
	.byte	.LVU1174
	.quad	.LBB471
	.quad	.LBE471-.LBB471
	.byte	0x62
	.byte	0x21
	.long	0x2956
	.uleb128 0x1
	.long	0x2a7a
	.long	.LLST295
	.long	.LVUS295
	.uleb128 0x1
	.long	0x2a70
	.long	.LLST296
	.long	.LVUS296
	.uleb128 0x1
	.long	0x2a68
	.long	.LLST297
	.long	.LVUS297
	.uleb128 0x7
	.long	0x2a83
	.quad	.LDL37
	.uleb128 0x1a
	.long	0x2a8a
	.quad	.LBB473
	.quad	.LBE473-.LBB473
	.uleb128 0x9
	.long	0x2a8b
	.long	.LLST298
	.long	.LVUS298
	.uleb128 0x9
	.long	0x2a95
	.long	.LLST299
	.long	.LVUS299
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL339
	.long	0xd96
	.long	0x296d
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL340
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF442
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xc84
	.quad	.LFB91
	.quad	.LFE91-.LFB91
	.uleb128 0x1
	.byte	0x9c
	.long	0x2a59
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xccf
	.long	.LLST137
	.long	.LVUS137
	.uleb128 0xd
	.string	"vpc"
	.byte	0x62
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x7a2
	.long	.LLST138
	.long	.LVUS138
	.uleb128 0x6
	.long	.LASF443
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.quad	.L43
	.uleb128 0x10
	.long	0x2a59
	.quad	.LBI313
	.byte	.LVU407
	.long	.LLRL139
	.byte	0x62
	.byte	0x21
	.uleb128 0x1
	.long	0x2a7a
	.long	.LLST140
	.long	.LVUS140
	.uleb128 0x1
	.long	0x2a70
	.long	.LLST141
	.long	.LVUS141
	.uleb128 0x1
	.long	0x2a68
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0xe
	.long	.LLRL139
	.uleb128 0x7
	.long	0x2a83
	.quad	.LDL21
	.uleb128 0x14
	.long	0x2a8a
	.long	.LLRL143
	.uleb128 0x9
	.long	0x2a8b
	.long	.LLST144
	.long	.LVUS144
	.uleb128 0x9
	.long	0x2a95
	.long	.LLST145
	.long	.LVUS145
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF444
	.byte	0x62
	.long	0xc84
	.byte	0x3
	.long	0x2aa1
	.uleb128 0x5
	.string	"m"
	.byte	0x62
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x62
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x62
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF445
	.byte	0x62
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x62
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x62
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF446
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xc84
	.quad	.LFB89
	.quad	.LFE89-.LFB89
	.uleb128 0x1
	.byte	0x9c
	.long	0x2be5
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xccf
	.long	.LLST300
	.long	.LVUS300
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xc34
	.long	.LLST301
	.long	.LVUS301
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x7a2
	.long	.LLST302
	.long	.LVUS302
	.uleb128 0x6
	.long	.LASF447
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.quad	.L208
	.uleb128 0x6
	.long	.LASF448
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.quad	.L210
	.uleb128 0x3
	.long	.LASF449
	.byte	0x61
	.byte	0x21
	.uleb128 0x3
	.long	.LASF450
	.byte	0x61
	.byte	0x21
	.uleb128 0x3
	.long	.LASF451
	.byte	0x61
	.byte	0x21
	.uleb128 0x16
	.long	0x2cbd
	.quad	.LBI474
	.byte	.LVU1214
	.quad	.LBB474
	.quad	.LBE474-.LBB474
	.byte	0x61
	.byte	0x21
	.long	0x2bba
	.uleb128 0x1
	.long	0x2cde
	.long	.LLST303
	.long	.LVUS303
	.uleb128 0x1
	.long	0x2cd4
	.long	.LLST304
	.long	.LVUS304
	.uleb128 0x1
	.long	0x2ccc
	.long	.LLST305
	.long	.LVUS305
	.uleb128 0x7
	.long	0x2ce7
	.quad	.LDL38
	.uleb128 0x1a
	.long	0x2cee
	.quad	.LBB476
	.quad	.LBE476-.LBB476
	.uleb128 0x9
	.long	0x2cef
	.long	.LLST306
	.long	.LVUS306
	.uleb128 0x9
	.long	0x2cf9
	.long	.LLST307
	.long	.LVUS307
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL351
	.long	0xd96
	.long	0x2bd1
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL352
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF452
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xc84
	.quad	.LFB88
	.quad	.LFE88-.LFB88
	.uleb128 0x1
	.byte	0x9c
	.long	0x2cbd
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xccf
	.long	.LLST128
	.long	.LVUS128
	.uleb128 0xd
	.string	"vpc"
	.byte	0x61
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x7a2
	.long	.LLST129
	.long	.LVUS129
	.uleb128 0x6
	.long	.LASF453
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.quad	.L41
	.uleb128 0x10
	.long	0x2cbd
	.quad	.LBI307
	.byte	.LVU385
	.long	.LLRL130
	.byte	0x61
	.byte	0x21
	.uleb128 0x1
	.long	0x2cde
	.long	.LLST131
	.long	.LVUS131
	.uleb128 0x1
	.long	0x2cd4
	.long	.LLST132
	.long	.LVUS132
	.uleb128 0x1
	.long	0x2ccc
	.long	.LLST133
	.long	.LVUS133
	.uleb128 0xe
	.long	.LLRL130
	.uleb128 0x7
	.long	0x2ce7
	.quad	.LDL20
	.uleb128 0x14
	.long	0x2cee
	.long	.LLRL134
	.uleb128 0x9
	.long	0x2cef
	.long	.LLST135
	.long	.LVUS135
	.uleb128 0x9
	.long	0x2cf9
	.long	.LLST136
	.long	.LVUS136
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF454
	.byte	0x61
	.long	0xc84
	.byte	0x3
	.long	0x2d05
	.uleb128 0x5
	.string	"m"
	.byte	0x61
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x61
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x61
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF455
	.byte	0x61
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x61
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x61
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF456
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xc84
	.quad	.LFB86
	.quad	.LFE86-.LFB86
	.uleb128 0x1
	.byte	0x9c
	.long	0x2e49
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xccf
	.long	.LLST308
	.long	.LVUS308
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xc34
	.long	.LLST309
	.long	.LVUS309
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x7a2
	.long	.LLST310
	.long	.LVUS310
	.uleb128 0x6
	.long	.LASF457
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.quad	.L214
	.uleb128 0x6
	.long	.LASF458
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.quad	.L216
	.uleb128 0x3
	.long	.LASF459
	.byte	0x60
	.byte	0x21
	.uleb128 0x3
	.long	.LASF460
	.byte	0x60
	.byte	0x21
	.uleb128 0x3
	.long	.LASF461
	.byte	0x60
	.byte	0x21
	.uleb128 0x16
	.long	0x2f21
	.quad	.LBI477
	.byte	.LVU1254
	.quad	.LBB477
	.quad	.LBE477-.LBB477
	.byte	0x60
	.byte	0x21
	.long	0x2e1e
	.uleb128 0x1
	.long	0x2f42
	.long	.LLST311
	.long	.LVUS311
	.uleb128 0x1
	.long	0x2f38
	.long	.LLST312
	.long	.LVUS312
	.uleb128 0x1
	.long	0x2f30
	.long	.LLST313
	.long	.LVUS313
	.uleb128 0x7
	.long	0x2f4b
	.quad	.LDL39
	.uleb128 0x1a
	.long	0x2f52
	.quad	.LBB479
	.quad	.LBE479-.LBB479
	.uleb128 0x9
	.long	0x2f53
	.long	.LLST314
	.long	.LVUS314
	.uleb128 0x9
	.long	0x2f5d
	.long	.LLST315
	.long	.LVUS315
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL363
	.long	0xd96
	.long	0x2e35
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL364
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF462
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xc84
	.quad	.LFB85
	.quad	.LFE85-.LFB85
	.uleb128 0x1
	.byte	0x9c
	.long	0x2f21
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xccf
	.long	.LLST119
	.long	.LVUS119
	.uleb128 0xd
	.string	"vpc"
	.byte	0x60
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x7a2
	.long	.LLST120
	.long	.LVUS120
	.uleb128 0x6
	.long	.LASF463
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.quad	.L39
	.uleb128 0x10
	.long	0x2f21
	.quad	.LBI301
	.byte	.LVU363
	.long	.LLRL121
	.byte	0x60
	.byte	0x21
	.uleb128 0x1
	.long	0x2f42
	.long	.LLST122
	.long	.LVUS122
	.uleb128 0x1
	.long	0x2f38
	.long	.LLST123
	.long	.LVUS123
	.uleb128 0x1
	.long	0x2f30
	.long	.LLST124
	.long	.LVUS124
	.uleb128 0xe
	.long	.LLRL121
	.uleb128 0x7
	.long	0x2f4b
	.quad	.LDL19
	.uleb128 0x14
	.long	0x2f52
	.long	.LLRL125
	.uleb128 0x9
	.long	0x2f53
	.long	.LLST126
	.long	.LVUS126
	.uleb128 0x9
	.long	0x2f5d
	.long	.LLST127
	.long	.LVUS127
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF464
	.byte	0x60
	.long	0xc84
	.byte	0x3
	.long	0x2f69
	.uleb128 0x5
	.string	"m"
	.byte	0x60
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x60
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x60
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF465
	.byte	0x60
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x60
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x60
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF466
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xc84
	.quad	.LFB83
	.quad	.LFE83-.LFB83
	.uleb128 0x1
	.byte	0x9c
	.long	0x30ad
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xccf
	.long	.LLST316
	.long	.LVUS316
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xc34
	.long	.LLST317
	.long	.LVUS317
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x7a2
	.long	.LLST318
	.long	.LVUS318
	.uleb128 0x6
	.long	.LASF467
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.quad	.L220
	.uleb128 0x6
	.long	.LASF468
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.quad	.L222
	.uleb128 0x3
	.long	.LASF469
	.byte	0x5f
	.byte	0x21
	.uleb128 0x3
	.long	.LASF470
	.byte	0x5f
	.byte	0x21
	.uleb128 0x3
	.long	.LASF471
	.byte	0x5f
	.byte	0x21
	.uleb128 0x16
	.long	0x3185
	.quad	.LBI480
	.byte	.LVU1294
	.quad	.LBB480
	.quad	.LBE480-.LBB480
	.byte	0x5f
	.byte	0x21
	.long	0x3082
	.uleb128 0x1
	.long	0x31a6
	.long	.LLST319
	.long	.LVUS319
	.uleb128 0x1
	.long	0x319c
	.long	.LLST320
	.long	.LVUS320
	.uleb128 0x1
	.long	0x3194
	.long	.LLST321
	.long	.LVUS321
	.uleb128 0x7
	.long	0x31af
	.quad	.LDL40
	.uleb128 0x1a
	.long	0x31b6
	.quad	.LBB482
	.quad	.LBE482-.LBB482
	.uleb128 0x9
	.long	0x31b7
	.long	.LLST322
	.long	.LVUS322
	.uleb128 0x9
	.long	0x31c1
	.long	.LLST323
	.long	.LVUS323
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL375
	.long	0xd96
	.long	0x3099
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL376
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF472
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xc84
	.quad	.LFB82
	.quad	.LFE82-.LFB82
	.uleb128 0x1
	.byte	0x9c
	.long	0x3185
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xccf
	.long	.LLST110
	.long	.LVUS110
	.uleb128 0xd
	.string	"vpc"
	.byte	0x5f
	.byte	0x21
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x7a2
	.long	.LLST111
	.long	.LVUS111
	.uleb128 0x6
	.long	.LASF473
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.quad	.L37
	.uleb128 0x10
	.long	0x3185
	.quad	.LBI295
	.byte	.LVU341
	.long	.LLRL112
	.byte	0x5f
	.byte	0x21
	.uleb128 0x1
	.long	0x31a6
	.long	.LLST113
	.long	.LVUS113
	.uleb128 0x1
	.long	0x319c
	.long	.LLST114
	.long	.LVUS114
	.uleb128 0x1
	.long	0x3194
	.long	.LLST115
	.long	.LVUS115
	.uleb128 0xe
	.long	.LLRL112
	.uleb128 0x7
	.long	0x31af
	.quad	.LDL18
	.uleb128 0x14
	.long	0x31b6
	.long	.LLRL116
	.uleb128 0x9
	.long	0x31b7
	.long	.LLST117
	.long	.LVUS117
	.uleb128 0x9
	.long	0x31c1
	.long	.LLST118
	.long	.LVUS118
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF474
	.byte	0x5f
	.long	0xc84
	.byte	0x3
	.long	0x31cd
	.uleb128 0x5
	.string	"m"
	.byte	0x5f
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x5f
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x5f
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF475
	.byte	0x5f
	.byte	0x21
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x5f
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x5f
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF476
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xc84
	.quad	.LFB80
	.quad	.LFE80-.LFB80
	.uleb128 0x1
	.byte	0x9c
	.long	0x3305
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xccf
	.long	.LLST324
	.long	.LVUS324
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xc34
	.long	.LLST325
	.long	.LVUS325
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x7a2
	.long	.LLST326
	.long	.LVUS326
	.uleb128 0x6
	.long	.LASF477
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.quad	.L226
	.uleb128 0x6
	.long	.LASF478
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.quad	.L228
	.uleb128 0x3
	.long	.LASF479
	.byte	0x5d
	.byte	0x44
	.uleb128 0x3
	.long	.LASF480
	.byte	0x5d
	.byte	0x44
	.uleb128 0x3
	.long	.LASF481
	.byte	0x5d
	.byte	0x44
	.uleb128 0x16
	.long	0x33d6
	.quad	.LBI483
	.byte	.LVU1334
	.quad	.LBB483
	.quad	.LBE483-.LBB483
	.byte	0x5d
	.byte	0x44
	.long	0x32da
	.uleb128 0x1
	.long	0x33f7
	.long	.LLST327
	.long	.LVUS327
	.uleb128 0x1
	.long	0x33ed
	.long	.LLST328
	.long	.LVUS328
	.uleb128 0x1
	.long	0x33e5
	.long	.LLST329
	.long	.LVUS329
	.uleb128 0x7
	.long	0x3400
	.quad	.LDL41
	.uleb128 0x14
	.long	0x3407
	.long	.LLRL330
	.uleb128 0x9
	.long	0x3408
	.long	.LLST331
	.long	.LVUS331
	.uleb128 0x9
	.long	0x3412
	.long	.LLST332
	.long	.LVUS332
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL387
	.long	0xd96
	.long	0x32f1
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL388
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF482
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xc84
	.quad	.LFB79
	.quad	.LFE79-.LFB79
	.uleb128 0x1
	.byte	0x9c
	.long	0x33d6
	.uleb128 0xd
	.string	"m"
	.byte	0x5d
	.byte	0x44
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x5d
	.byte	0x44
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x7a2
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x6
	.long	.LASF483
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.quad	.L35
	.uleb128 0x10
	.long	0x33d6
	.quad	.LBI288
	.byte	.LVU317
	.long	.LLRL103
	.byte	0x5d
	.byte	0x44
	.uleb128 0x1
	.long	0x33f7
	.long	.LLST104
	.long	.LVUS104
	.uleb128 0x1
	.long	0x33ed
	.long	.LLST105
	.long	.LVUS105
	.uleb128 0x1
	.long	0x33e5
	.long	.LLST106
	.long	.LVUS106
	.uleb128 0xe
	.long	.LLRL103
	.uleb128 0x7
	.long	0x3400
	.quad	.LDL17
	.uleb128 0x14
	.long	0x3407
	.long	.LLRL107
	.uleb128 0x9
	.long	0x3408
	.long	.LLST108
	.long	.LVUS108
	.uleb128 0x9
	.long	0x3412
	.long	.LLST109
	.long	.LVUS109
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF484
	.byte	0x5d
	.long	0xc84
	.byte	0x3
	.long	0x341e
	.uleb128 0x5
	.string	"m"
	.byte	0x5d
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x5d
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x5d
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF485
	.byte	0x5d
	.byte	0x44
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x5d
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x5d
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF486
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xc84
	.quad	.LFB77
	.quad	.LFE77-.LFB77
	.uleb128 0x1
	.byte	0x9c
	.long	0x3556
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xccf
	.long	.LLST333
	.long	.LVUS333
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xc34
	.long	.LLST334
	.long	.LVUS334
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x7a2
	.long	.LLST335
	.long	.LVUS335
	.uleb128 0x6
	.long	.LASF487
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.quad	.L232
	.uleb128 0x6
	.long	.LASF488
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.quad	.L234
	.uleb128 0x3
	.long	.LASF489
	.byte	0x5b
	.byte	0x37
	.uleb128 0x3
	.long	.LASF490
	.byte	0x5b
	.byte	0x37
	.uleb128 0x3
	.long	.LASF491
	.byte	0x5b
	.byte	0x37
	.uleb128 0x16
	.long	0x3627
	.quad	.LBI487
	.byte	.LVU1376
	.quad	.LBB487
	.quad	.LBE487-.LBB487
	.byte	0x5b
	.byte	0x37
	.long	0x352b
	.uleb128 0x1
	.long	0x3648
	.long	.LLST336
	.long	.LVUS336
	.uleb128 0x1
	.long	0x363e
	.long	.LLST337
	.long	.LVUS337
	.uleb128 0x1
	.long	0x3636
	.long	.LLST338
	.long	.LVUS338
	.uleb128 0x7
	.long	0x3651
	.quad	.LDL42
	.uleb128 0x14
	.long	0x3658
	.long	.LLRL339
	.uleb128 0x9
	.long	0x3659
	.long	.LLST340
	.long	.LVUS340
	.uleb128 0x9
	.long	0x3663
	.long	.LLST341
	.long	.LVUS341
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL399
	.long	0xd96
	.long	0x3542
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL400
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF492
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xc84
	.quad	.LFB76
	.quad	.LFE76-.LFB76
	.uleb128 0x1
	.byte	0x9c
	.long	0x3627
	.uleb128 0xd
	.string	"m"
	.byte	0x5b
	.byte	0x37
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x5b
	.byte	0x37
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x7a2
	.long	.LLST94
	.long	.LVUS94
	.uleb128 0x6
	.long	.LASF493
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.quad	.L33
	.uleb128 0x10
	.long	0x3627
	.quad	.LBI281
	.byte	.LVU294
	.long	.LLRL95
	.byte	0x5b
	.byte	0x37
	.uleb128 0x1
	.long	0x3648
	.long	.LLST96
	.long	.LVUS96
	.uleb128 0x1
	.long	0x363e
	.long	.LLST97
	.long	.LVUS97
	.uleb128 0x1
	.long	0x3636
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0xe
	.long	.LLRL95
	.uleb128 0x7
	.long	0x3651
	.quad	.LDL16
	.uleb128 0x14
	.long	0x3658
	.long	.LLRL99
	.uleb128 0x9
	.long	0x3659
	.long	.LLST100
	.long	.LVUS100
	.uleb128 0x9
	.long	0x3663
	.long	.LLST101
	.long	.LVUS101
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF494
	.byte	0x5b
	.long	0xc84
	.byte	0x3
	.long	0x366f
	.uleb128 0x5
	.string	"m"
	.byte	0x5b
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x5b
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x5b
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF495
	.byte	0x5b
	.byte	0x37
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x5b
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x5b
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF496
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xc84
	.quad	.LFB74
	.quad	.LFE74-.LFB74
	.uleb128 0x1
	.byte	0x9c
	.long	0x37a7
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xccf
	.long	.LLST342
	.long	.LVUS342
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xc34
	.long	.LLST343
	.long	.LVUS343
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x7a2
	.long	.LLST344
	.long	.LVUS344
	.uleb128 0x6
	.long	.LASF497
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.quad	.L238
	.uleb128 0x6
	.long	.LASF498
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.quad	.L240
	.uleb128 0x3
	.long	.LASF499
	.byte	0x5a
	.byte	0x20
	.uleb128 0x3
	.long	.LASF500
	.byte	0x5a
	.byte	0x20
	.uleb128 0x3
	.long	.LASF501
	.byte	0x5a
	.byte	0x20
	.uleb128 0x16
	.long	0x3878
	.quad	.LBI491
	.byte	.LVU1418
	.quad	.LBB491
	.quad	.LBE491-.LBB491
	.byte	0x5a
	.byte	0x20
	.long	0x377c
	.uleb128 0x1
	.long	0x3899
	.long	.LLST345
	.long	.LVUS345
	.uleb128 0x1
	.long	0x388f
	.long	.LLST346
	.long	.LVUS346
	.uleb128 0x1
	.long	0x3887
	.long	.LLST347
	.long	.LVUS347
	.uleb128 0x7
	.long	0x38a2
	.quad	.LDL43
	.uleb128 0x14
	.long	0x38a9
	.long	.LLRL348
	.uleb128 0x9
	.long	0x38aa
	.long	.LLST349
	.long	.LVUS349
	.uleb128 0x9
	.long	0x38b4
	.long	.LLST350
	.long	.LVUS350
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL411
	.long	0xd96
	.long	0x3793
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL412
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF502
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xc84
	.quad	.LFB73
	.quad	.LFE73-.LFB73
	.uleb128 0x1
	.byte	0x9c
	.long	0x3878
	.uleb128 0xd
	.string	"m"
	.byte	0x5a
	.byte	0x20
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x5a
	.byte	0x20
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x7a2
	.long	.LLST86
	.long	.LVUS86
	.uleb128 0x6
	.long	.LASF503
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.quad	.L31
	.uleb128 0x10
	.long	0x3878
	.quad	.LBI274
	.byte	.LVU271
	.long	.LLRL87
	.byte	0x5a
	.byte	0x20
	.uleb128 0x1
	.long	0x3899
	.long	.LLST88
	.long	.LVUS88
	.uleb128 0x1
	.long	0x388f
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x1
	.long	0x3887
	.long	.LLST90
	.long	.LVUS90
	.uleb128 0xe
	.long	.LLRL87
	.uleb128 0x7
	.long	0x38a2
	.quad	.LDL15
	.uleb128 0x14
	.long	0x38a9
	.long	.LLRL91
	.uleb128 0x9
	.long	0x38aa
	.long	.LLST92
	.long	.LVUS92
	.uleb128 0x9
	.long	0x38b4
	.long	.LLST93
	.long	.LVUS93
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF504
	.byte	0x5a
	.long	0xc84
	.byte	0x3
	.long	0x38c0
	.uleb128 0x5
	.string	"m"
	.byte	0x5a
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x5a
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x5a
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF505
	.byte	0x5a
	.byte	0x20
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x5a
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x5a
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF506
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xc84
	.quad	.LFB71
	.quad	.LFE71-.LFB71
	.uleb128 0x1
	.byte	0x9c
	.long	0x39f8
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xccf
	.long	.LLST351
	.long	.LVUS351
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xc34
	.long	.LLST352
	.long	.LVUS352
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x7a2
	.long	.LLST353
	.long	.LVUS353
	.uleb128 0x6
	.long	.LASF507
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.quad	.L244
	.uleb128 0x6
	.long	.LASF508
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.quad	.L246
	.uleb128 0x3
	.long	.LASF509
	.byte	0x59
	.byte	0x20
	.uleb128 0x3
	.long	.LASF510
	.byte	0x59
	.byte	0x20
	.uleb128 0x3
	.long	.LASF511
	.byte	0x59
	.byte	0x20
	.uleb128 0x16
	.long	0x3ac9
	.quad	.LBI495
	.byte	.LVU1460
	.quad	.LBB495
	.quad	.LBE495-.LBB495
	.byte	0x59
	.byte	0x20
	.long	0x39cd
	.uleb128 0x1
	.long	0x3aea
	.long	.LLST354
	.long	.LVUS354
	.uleb128 0x1
	.long	0x3ae0
	.long	.LLST355
	.long	.LVUS355
	.uleb128 0x1
	.long	0x3ad8
	.long	.LLST356
	.long	.LVUS356
	.uleb128 0x7
	.long	0x3af3
	.quad	.LDL44
	.uleb128 0x14
	.long	0x3afa
	.long	.LLRL357
	.uleb128 0x9
	.long	0x3afb
	.long	.LLST358
	.long	.LVUS358
	.uleb128 0x9
	.long	0x3b05
	.long	.LLST359
	.long	.LVUS359
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL423
	.long	0xd96
	.long	0x39e4
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL424
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF512
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xc84
	.quad	.LFB70
	.quad	.LFE70-.LFB70
	.uleb128 0x1
	.byte	0x9c
	.long	0x3ac9
	.uleb128 0xd
	.string	"m"
	.byte	0x59
	.byte	0x20
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x59
	.byte	0x20
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x7a2
	.long	.LLST78
	.long	.LVUS78
	.uleb128 0x6
	.long	.LASF513
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.quad	.L29
	.uleb128 0x10
	.long	0x3ac9
	.quad	.LBI267
	.byte	.LVU248
	.long	.LLRL79
	.byte	0x59
	.byte	0x20
	.uleb128 0x1
	.long	0x3aea
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x1
	.long	0x3ae0
	.long	.LLST81
	.long	.LVUS81
	.uleb128 0x1
	.long	0x3ad8
	.long	.LLST82
	.long	.LVUS82
	.uleb128 0xe
	.long	.LLRL79
	.uleb128 0x7
	.long	0x3af3
	.quad	.LDL14
	.uleb128 0x14
	.long	0x3afa
	.long	.LLRL83
	.uleb128 0x9
	.long	0x3afb
	.long	.LLST84
	.long	.LVUS84
	.uleb128 0x9
	.long	0x3b05
	.long	.LLST85
	.long	.LVUS85
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF514
	.byte	0x59
	.long	0xc84
	.byte	0x3
	.long	0x3b11
	.uleb128 0x5
	.string	"m"
	.byte	0x59
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x59
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x59
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF515
	.byte	0x59
	.byte	0x20
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x59
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x59
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF516
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xc84
	.quad	.LFB68
	.quad	.LFE68-.LFB68
	.uleb128 0x1
	.byte	0x9c
	.long	0x3c49
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xccf
	.long	.LLST360
	.long	.LVUS360
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xc34
	.long	.LLST361
	.long	.LVUS361
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x7a2
	.long	.LLST362
	.long	.LVUS362
	.uleb128 0x6
	.long	.LASF517
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.quad	.L250
	.uleb128 0x6
	.long	.LASF518
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.quad	.L252
	.uleb128 0x3
	.long	.LASF519
	.byte	0x58
	.byte	0x20
	.uleb128 0x3
	.long	.LASF520
	.byte	0x58
	.byte	0x20
	.uleb128 0x3
	.long	.LASF521
	.byte	0x58
	.byte	0x20
	.uleb128 0x16
	.long	0x3d1a
	.quad	.LBI499
	.byte	.LVU1502
	.quad	.LBB499
	.quad	.LBE499-.LBB499
	.byte	0x58
	.byte	0x20
	.long	0x3c1e
	.uleb128 0x1
	.long	0x3d3b
	.long	.LLST363
	.long	.LVUS363
	.uleb128 0x1
	.long	0x3d31
	.long	.LLST364
	.long	.LVUS364
	.uleb128 0x1
	.long	0x3d29
	.long	.LLST365
	.long	.LVUS365
	.uleb128 0x7
	.long	0x3d44
	.quad	.LDL45
	.uleb128 0x14
	.long	0x3d4b
	.long	.LLRL366
	.uleb128 0x9
	.long	0x3d4c
	.long	.LLST367
	.long	.LVUS367
	.uleb128 0x9
	.long	0x3d56
	.long	.LLST368
	.long	.LVUS368
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL435
	.long	0xd96
	.long	0x3c35
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL436
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF522
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xc84
	.quad	.LFB67
	.quad	.LFE67-.LFB67
	.uleb128 0x1
	.byte	0x9c
	.long	0x3d1a
	.uleb128 0xd
	.string	"m"
	.byte	0x58
	.byte	0x20
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x58
	.byte	0x20
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x7a2
	.long	.LLST70
	.long	.LVUS70
	.uleb128 0x6
	.long	.LASF523
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.quad	.L27
	.uleb128 0x10
	.long	0x3d1a
	.quad	.LBI260
	.byte	.LVU225
	.long	.LLRL71
	.byte	0x58
	.byte	0x20
	.uleb128 0x1
	.long	0x3d3b
	.long	.LLST72
	.long	.LVUS72
	.uleb128 0x1
	.long	0x3d31
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x1
	.long	0x3d29
	.long	.LLST74
	.long	.LVUS74
	.uleb128 0xe
	.long	.LLRL71
	.uleb128 0x7
	.long	0x3d44
	.quad	.LDL13
	.uleb128 0x14
	.long	0x3d4b
	.long	.LLRL75
	.uleb128 0x9
	.long	0x3d4c
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x9
	.long	0x3d56
	.long	.LLST77
	.long	.LVUS77
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF524
	.byte	0x58
	.long	0xc84
	.byte	0x3
	.long	0x3d62
	.uleb128 0x5
	.string	"m"
	.byte	0x58
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x58
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x58
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF525
	.byte	0x58
	.byte	0x20
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x58
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x58
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF526
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xc84
	.quad	.LFB65
	.quad	.LFE65-.LFB65
	.uleb128 0x1
	.byte	0x9c
	.long	0x3e76
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xccf
	.long	.LLST369
	.long	.LVUS369
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xc34
	.long	.LLST370
	.long	.LVUS370
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x7a2
	.long	.LLST371
	.long	.LVUS371
	.uleb128 0x6
	.long	.LASF527
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.quad	.L256
	.uleb128 0x6
	.long	.LASF528
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.quad	.L258
	.uleb128 0x3
	.long	.LASF529
	.byte	0x56
	.byte	0x1
	.uleb128 0x3
	.long	.LASF530
	.byte	0x56
	.byte	0x1
	.uleb128 0x3
	.long	.LASF531
	.byte	0x56
	.byte	0x1
	.uleb128 0x16
	.long	0x3f1c
	.quad	.LBI503
	.byte	.LVU1544
	.quad	.LBB503
	.quad	.LBE503-.LBB503
	.byte	0x56
	.byte	0x1
	.long	0x3e4b
	.uleb128 0x1
	.long	0x3f3d
	.long	.LLST372
	.long	.LVUS372
	.uleb128 0x1
	.long	0x3f33
	.long	.LLST373
	.long	.LVUS373
	.uleb128 0x1
	.long	0x3f2b
	.long	.LLST374
	.long	.LVUS374
	.uleb128 0x7
	.long	0x3f46
	.quad	.LDL46
	.byte	0
	.uleb128 0x13
	.quad	.LVL446
	.long	0xd96
	.long	0x3e62
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL447
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF532
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xc84
	.quad	.LFB64
	.quad	.LFE64-.LFB64
	.uleb128 0x1
	.byte	0x9c
	.long	0x3f1c
	.uleb128 0xd
	.string	"m"
	.byte	0x56
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x56
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0xd
	.string	"sp"
	.byte	0x56
	.byte	0x1
	.long	0x7a2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x6
	.long	.LASF533
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.quad	.L25
	.uleb128 0x10
	.long	0x3f1c
	.quad	.LBI256
	.byte	.LVU211
	.long	.LLRL66
	.byte	0x56
	.byte	0x1
	.uleb128 0x1
	.long	0x3f3d
	.long	.LLST67
	.long	.LVUS67
	.uleb128 0x1
	.long	0x3f33
	.long	.LLST68
	.long	.LVUS68
	.uleb128 0x1
	.long	0x3f2b
	.long	.LLST69
	.long	.LVUS69
	.uleb128 0xe
	.long	.LLRL66
	.uleb128 0x7
	.long	0x3f46
	.quad	.LDL12
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF534
	.byte	0x54
	.long	0xc84
	.byte	0x3
	.long	0x3f4e
	.uleb128 0x5
	.string	"m"
	.byte	0x54
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x54
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x54
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF535
	.byte	0x56
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF536
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xc84
	.quad	.LFB62
	.quad	.LFE62-.LFB62
	.uleb128 0x1
	.byte	0x9c
	.long	0x4062
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xccf
	.long	.LLST375
	.long	.LVUS375
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xc34
	.long	.LLST376
	.long	.LVUS376
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x7a2
	.long	.LLST377
	.long	.LVUS377
	.uleb128 0x6
	.long	.LASF537
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.quad	.L262
	.uleb128 0x6
	.long	.LASF538
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.quad	.L264
	.uleb128 0x3
	.long	.LASF539
	.byte	0x52
	.byte	0x1
	.uleb128 0x3
	.long	.LASF540
	.byte	0x52
	.byte	0x1
	.uleb128 0x3
	.long	.LASF541
	.byte	0x52
	.byte	0x1
	.uleb128 0x16
	.long	0x4108
	.quad	.LBI505
	.byte	.LVU1578
	.quad	.LBB505
	.quad	.LBE505-.LBB505
	.byte	0x52
	.byte	0x1
	.long	0x4037
	.uleb128 0x1
	.long	0x4129
	.long	.LLST378
	.long	.LVUS378
	.uleb128 0x1
	.long	0x411f
	.long	.LLST379
	.long	.LVUS379
	.uleb128 0x1
	.long	0x4117
	.long	.LLST380
	.long	.LVUS380
	.uleb128 0x7
	.long	0x4132
	.quad	.LDL47
	.byte	0
	.uleb128 0x13
	.quad	.LVL457
	.long	0xd96
	.long	0x404e
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL458
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF542
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xc84
	.quad	.LFB61
	.quad	.LFE61-.LFB61
	.uleb128 0x1
	.byte	0x9c
	.long	0x4108
	.uleb128 0xd
	.string	"m"
	.byte	0x52
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x52
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0xd
	.string	"sp"
	.byte	0x52
	.byte	0x1
	.long	0x7a2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x6
	.long	.LASF543
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.quad	.L23
	.uleb128 0x10
	.long	0x4108
	.quad	.LBI252
	.byte	.LVU197
	.long	.LLRL62
	.byte	0x52
	.byte	0x1
	.uleb128 0x1
	.long	0x4129
	.long	.LLST63
	.long	.LVUS63
	.uleb128 0x1
	.long	0x411f
	.long	.LLST64
	.long	.LVUS64
	.uleb128 0x1
	.long	0x4117
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0xe
	.long	.LLRL62
	.uleb128 0x7
	.long	0x4132
	.quad	.LDL11
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF544
	.byte	0x50
	.long	0xc84
	.byte	0x3
	.long	0x413a
	.uleb128 0x5
	.string	"m"
	.byte	0x50
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x50
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x50
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF545
	.byte	0x52
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF546
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xc84
	.quad	.LFB59
	.quad	.LFE59-.LFB59
	.uleb128 0x1
	.byte	0x9c
	.long	0x427b
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xccf
	.long	.LLST381
	.long	.LVUS381
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xc34
	.long	.LLST382
	.long	.LVUS382
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x7a2
	.long	.LLST383
	.long	.LVUS383
	.uleb128 0x6
	.long	.LASF547
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.quad	.L268
	.uleb128 0x6
	.long	.LASF548
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.quad	.L270
	.uleb128 0x3
	.long	.LASF549
	.byte	0x4e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF550
	.byte	0x4e
	.byte	0x1
	.uleb128 0x3
	.long	.LASF551
	.byte	0x4e
	.byte	0x1
	.uleb128 0x10
	.long	0x42b6
	.quad	.LBI507
	.byte	.LVU1612
	.long	.LLRL384
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	0x42d7
	.long	.LLST385
	.long	.LVUS385
	.uleb128 0x1
	.long	0x42cd
	.long	.LLST386
	.long	.LVUS386
	.uleb128 0x1
	.long	0x42c5
	.long	.LLST387
	.long	.LVUS387
	.uleb128 0xe
	.long	.LLRL384
	.uleb128 0x7
	.long	0x42e0
	.quad	.L272
	.uleb128 0x7
	.long	0x42e7
	.quad	.LDL48
	.uleb128 0x49
	.long	0x42ee
	.quad	.LBB509
	.quad	.LBE509-.LBB509
	.long	0x4258
	.uleb128 0x9
	.long	0x42ef
	.long	.LLST388
	.long	.LVUS388
	.uleb128 0x9
	.long	0x42f9
	.long	.LLST389
	.long	.LVUS389
	.byte	0
	.uleb128 0x19
	.quad	.LVL473
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL474
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF552
	.byte	0x4e
	.long	0xc84
	.byte	0x1
	.long	0x42b6
	.uleb128 0x5
	.string	"m"
	.byte	0x4e
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x4e
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x4e
	.long	0x7a2
	.uleb128 0x6
	.long	.LASF553
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.quad	.L392
	.byte	0
	.uleb128 0x11
	.long	.LASF554
	.byte	0x4a
	.long	0xc84
	.byte	0x3
	.long	0x4305
	.uleb128 0x5
	.string	"m"
	.byte	0x4a
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x4a
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x4a
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF555
	.byte	0x4c
	.byte	0x9
	.uleb128 0x3
	.long	.LASF556
	.byte	0x4e
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x4d
	.byte	0x5
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x4d
	.byte	0x5
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF557
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xc84
	.quad	.LFB56
	.quad	.LFE56-.LFB56
	.uleb128 0x1
	.byte	0x9c
	.long	0x443a
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xccf
	.long	.LLST390
	.long	.LVUS390
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xc34
	.long	.LLST391
	.long	.LVUS391
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x7a2
	.long	.LLST392
	.long	.LVUS392
	.uleb128 0x6
	.long	.LASF558
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.quad	.L281
	.uleb128 0x6
	.long	.LASF559
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.quad	.L283
	.uleb128 0x3
	.long	.LASF560
	.byte	0x48
	.byte	0x1
	.uleb128 0x3
	.long	.LASF561
	.byte	0x48
	.byte	0x1
	.uleb128 0x3
	.long	.LASF562
	.byte	0x48
	.byte	0x1
	.uleb128 0x10
	.long	0x4475
	.quad	.LBI512
	.byte	.LVU1665
	.long	.LLRL393
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	0x4496
	.long	.LLST394
	.long	.LVUS394
	.uleb128 0x1
	.long	0x448c
	.long	.LLST395
	.long	.LVUS395
	.uleb128 0x1
	.long	0x4484
	.long	.LLST396
	.long	.LVUS396
	.uleb128 0xe
	.long	.LLRL393
	.uleb128 0x7
	.long	0x449f
	.quad	.L285
	.uleb128 0x7
	.long	0x44a6
	.quad	.LDL49
	.uleb128 0x4a
	.long	0x44ad
	.long	.LLRL397
	.long	0x4417
	.uleb128 0x9
	.long	0x44ae
	.long	.LLST398
	.long	.LVUS398
	.uleb128 0x9
	.long	0x44b8
	.long	.LLST399
	.long	.LVUS399
	.byte	0
	.uleb128 0x19
	.quad	.LVL496
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL497
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF563
	.byte	0x48
	.long	0xc84
	.byte	0x1
	.long	0x4475
	.uleb128 0x5
	.string	"m"
	.byte	0x48
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x48
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x48
	.long	0x7a2
	.uleb128 0x6
	.long	.LASF564
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.quad	.L381
	.byte	0
	.uleb128 0x11
	.long	.LASF565
	.byte	0x43
	.long	0xc84
	.byte	0x3
	.long	0x44c4
	.uleb128 0x5
	.string	"m"
	.byte	0x43
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x43
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x43
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF566
	.byte	0x45
	.byte	0x9
	.uleb128 0x3
	.long	.LASF567
	.byte	0x48
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x47
	.byte	0x5
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x47
	.byte	0x5
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF568
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xc84
	.quad	.LFB53
	.quad	.LFE53-.LFB53
	.uleb128 0x1
	.byte	0x9c
	.long	0x4608
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xccf
	.long	.LLST400
	.long	.LVUS400
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xc34
	.long	.LLST401
	.long	.LVUS401
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x7a2
	.long	.LLST402
	.long	.LVUS402
	.uleb128 0x6
	.long	.LASF569
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.quad	.L294
	.uleb128 0x6
	.long	.LASF570
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.quad	.L296
	.uleb128 0x3
	.long	.LASF571
	.byte	0x41
	.byte	0x36
	.uleb128 0x3
	.long	.LASF572
	.byte	0x41
	.byte	0x36
	.uleb128 0x3
	.long	.LASF573
	.byte	0x41
	.byte	0x36
	.uleb128 0x16
	.long	0x46d9
	.quad	.LBI526
	.byte	.LVU1730
	.quad	.LBB526
	.quad	.LBE526-.LBB526
	.byte	0x41
	.byte	0x36
	.long	0x45dd
	.uleb128 0x1
	.long	0x46fa
	.long	.LLST403
	.long	.LVUS403
	.uleb128 0x1
	.long	0x46f0
	.long	.LLST404
	.long	.LVUS404
	.uleb128 0x1
	.long	0x46e8
	.long	.LLST405
	.long	.LVUS405
	.uleb128 0x7
	.long	0x4703
	.quad	.LDL50
	.uleb128 0x1a
	.long	0x470a
	.quad	.LBB528
	.quad	.LBE528-.LBB528
	.uleb128 0x9
	.long	0x470b
	.long	.LLST406
	.long	.LVUS406
	.uleb128 0x9
	.long	0x4715
	.long	.LLST407
	.long	.LVUS407
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL511
	.long	0xd96
	.long	0x45f4
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL512
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF574
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xc84
	.quad	.LFB52
	.quad	.LFE52-.LFB52
	.uleb128 0x1
	.byte	0x9c
	.long	0x46d9
	.uleb128 0xd
	.string	"m"
	.byte	0x41
	.byte	0x36
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x41
	.byte	0x36
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x7a2
	.long	.LLST54
	.long	.LVUS54
	.uleb128 0x6
	.long	.LASF575
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.quad	.L21
	.uleb128 0x10
	.long	0x46d9
	.quad	.LBI246
	.byte	.LVU175
	.long	.LLRL55
	.byte	0x41
	.byte	0x36
	.uleb128 0x1
	.long	0x46fa
	.long	.LLST56
	.long	.LVUS56
	.uleb128 0x1
	.long	0x46f0
	.long	.LLST57
	.long	.LVUS57
	.uleb128 0x1
	.long	0x46e8
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0xe
	.long	.LLRL55
	.uleb128 0x7
	.long	0x4703
	.quad	.LDL10
	.uleb128 0x14
	.long	0x470a
	.long	.LLRL59
	.uleb128 0x9
	.long	0x470b
	.long	.LLST60
	.long	.LVUS60
	.uleb128 0x9
	.long	0x4715
	.long	.LLST61
	.long	.LVUS61
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF576
	.byte	0x41
	.long	0xc84
	.byte	0x3
	.long	0x4721
	.uleb128 0x5
	.string	"m"
	.byte	0x41
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x41
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x41
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF577
	.byte	0x41
	.byte	0x36
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x41
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x41
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF578
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xc84
	.quad	.LFB50
	.quad	.LFE50-.LFB50
	.uleb128 0x1
	.byte	0x9c
	.long	0x4859
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xccf
	.long	.LLST408
	.long	.LVUS408
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xc34
	.long	.LLST409
	.long	.LVUS409
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x7a2
	.long	.LLST410
	.long	.LVUS410
	.uleb128 0x6
	.long	.LASF579
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.quad	.L300
	.uleb128 0x6
	.long	.LASF580
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.quad	.L302
	.uleb128 0x3
	.long	.LASF581
	.byte	0x40
	.byte	0x36
	.uleb128 0x3
	.long	.LASF582
	.byte	0x40
	.byte	0x36
	.uleb128 0x3
	.long	.LASF583
	.byte	0x40
	.byte	0x36
	.uleb128 0x16
	.long	0x492a
	.quad	.LBI529
	.byte	.LVU1771
	.quad	.LBB529
	.quad	.LBE529-.LBB529
	.byte	0x40
	.byte	0x36
	.long	0x482e
	.uleb128 0x1
	.long	0x494b
	.long	.LLST411
	.long	.LVUS411
	.uleb128 0x1
	.long	0x4941
	.long	.LLST412
	.long	.LVUS412
	.uleb128 0x1
	.long	0x4939
	.long	.LLST413
	.long	.LVUS413
	.uleb128 0x7
	.long	0x4954
	.quad	.LDL51
	.uleb128 0x14
	.long	0x495b
	.long	.LLRL414
	.uleb128 0x9
	.long	0x495c
	.long	.LLST415
	.long	.LVUS415
	.uleb128 0x9
	.long	0x4966
	.long	.LLST416
	.long	.LVUS416
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL523
	.long	0xd96
	.long	0x4845
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL524
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF584
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xc84
	.quad	.LFB49
	.quad	.LFE49-.LFB49
	.uleb128 0x1
	.byte	0x9c
	.long	0x492a
	.uleb128 0xd
	.string	"m"
	.byte	0x40
	.byte	0x36
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x40
	.byte	0x36
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x7a2
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0x6
	.long	.LASF585
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.quad	.L19
	.uleb128 0x10
	.long	0x492a
	.quad	.LBI239
	.byte	.LVU152
	.long	.LLRL47
	.byte	0x40
	.byte	0x36
	.uleb128 0x1
	.long	0x494b
	.long	.LLST48
	.long	.LVUS48
	.uleb128 0x1
	.long	0x4941
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x1
	.long	0x4939
	.long	.LLST50
	.long	.LVUS50
	.uleb128 0xe
	.long	.LLRL47
	.uleb128 0x7
	.long	0x4954
	.quad	.LDL9
	.uleb128 0x14
	.long	0x495b
	.long	.LLRL51
	.uleb128 0x9
	.long	0x495c
	.long	.LLST52
	.long	.LVUS52
	.uleb128 0x9
	.long	0x4966
	.long	.LLST53
	.long	.LVUS53
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF586
	.byte	0x40
	.long	0xc84
	.byte	0x3
	.long	0x4972
	.uleb128 0x5
	.string	"m"
	.byte	0x40
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x40
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x40
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF587
	.byte	0x40
	.byte	0x36
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x40
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x40
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF588
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xc84
	.quad	.LFB47
	.quad	.LFE47-.LFB47
	.uleb128 0x1
	.byte	0x9c
	.long	0x4aaa
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xccf
	.long	.LLST417
	.long	.LVUS417
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xc34
	.long	.LLST418
	.long	.LVUS418
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x7a2
	.long	.LLST419
	.long	.LVUS419
	.uleb128 0x6
	.long	.LASF589
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.quad	.L306
	.uleb128 0x6
	.long	.LASF590
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.quad	.L308
	.uleb128 0x3
	.long	.LASF591
	.byte	0x3f
	.byte	0x36
	.uleb128 0x3
	.long	.LASF592
	.byte	0x3f
	.byte	0x36
	.uleb128 0x3
	.long	.LASF593
	.byte	0x3f
	.byte	0x36
	.uleb128 0x16
	.long	0x4b7b
	.quad	.LBI533
	.byte	.LVU1813
	.quad	.LBB533
	.quad	.LBE533-.LBB533
	.byte	0x3f
	.byte	0x36
	.long	0x4a7f
	.uleb128 0x1
	.long	0x4b9c
	.long	.LLST420
	.long	.LVUS420
	.uleb128 0x1
	.long	0x4b92
	.long	.LLST421
	.long	.LVUS421
	.uleb128 0x1
	.long	0x4b8a
	.long	.LLST422
	.long	.LVUS422
	.uleb128 0x7
	.long	0x4ba5
	.quad	.LDL52
	.uleb128 0x14
	.long	0x4bac
	.long	.LLRL423
	.uleb128 0x9
	.long	0x4bad
	.long	.LLST424
	.long	.LVUS424
	.uleb128 0x9
	.long	0x4bb7
	.long	.LLST425
	.long	.LVUS425
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL535
	.long	0xd96
	.long	0x4a96
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL536
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF594
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xc84
	.quad	.LFB46
	.quad	.LFE46-.LFB46
	.uleb128 0x1
	.byte	0x9c
	.long	0x4b7b
	.uleb128 0xd
	.string	"m"
	.byte	0x3f
	.byte	0x36
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x3f
	.byte	0x36
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x7a2
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x6
	.long	.LASF595
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.quad	.L17
	.uleb128 0x10
	.long	0x4b7b
	.quad	.LBI232
	.byte	.LVU129
	.long	.LLRL39
	.byte	0x3f
	.byte	0x36
	.uleb128 0x1
	.long	0x4b9c
	.long	.LLST40
	.long	.LVUS40
	.uleb128 0x1
	.long	0x4b92
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x1
	.long	0x4b8a
	.long	.LLST42
	.long	.LVUS42
	.uleb128 0xe
	.long	.LLRL39
	.uleb128 0x7
	.long	0x4ba5
	.quad	.LDL8
	.uleb128 0x14
	.long	0x4bac
	.long	.LLRL43
	.uleb128 0x9
	.long	0x4bad
	.long	.LLST44
	.long	.LVUS44
	.uleb128 0x9
	.long	0x4bb7
	.long	.LLST45
	.long	.LVUS45
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF596
	.byte	0x3f
	.long	0xc84
	.byte	0x3
	.long	0x4bc3
	.uleb128 0x5
	.string	"m"
	.byte	0x3f
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x3f
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x3f
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF597
	.byte	0x3f
	.byte	0x36
	.uleb128 0x17
	.uleb128 0xf
	.string	"b"
	.byte	0x1
	.byte	0x3f
	.byte	0x10
	.long	0x3cc
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x3f
	.byte	0x10
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF598
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xc84
	.quad	.LFB44
	.quad	.LFE44-.LFB44
	.uleb128 0x1
	.byte	0x9c
	.long	0x4cfa
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xccf
	.long	.LLST426
	.long	.LVUS426
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xc34
	.long	.LLST427
	.long	.LVUS427
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x7a2
	.long	.LLST428
	.long	.LVUS428
	.uleb128 0x6
	.long	.LASF599
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.quad	.L312
	.uleb128 0x6
	.long	.LASF600
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.quad	.L314
	.uleb128 0x3
	.long	.LASF601
	.byte	0x39
	.byte	0x1
	.uleb128 0x3
	.long	.LASF602
	.byte	0x39
	.byte	0x1
	.uleb128 0x3
	.long	.LASF603
	.byte	0x39
	.byte	0x1
	.uleb128 0x16
	.long	0x4db7
	.quad	.LBI537
	.byte	.LVU1855
	.quad	.LBB537
	.quad	.LBE537-.LBB537
	.byte	0x39
	.byte	0x1
	.long	0x4ccf
	.uleb128 0x1
	.long	0x4dd8
	.long	.LLST429
	.long	.LVUS429
	.uleb128 0x1
	.long	0x4dce
	.long	.LLST430
	.long	.LVUS430
	.uleb128 0x1
	.long	0x4dc6
	.long	.LLST431
	.long	.LVUS431
	.uleb128 0x7
	.long	0x4de1
	.quad	.LDL53
	.uleb128 0x1a
	.long	0x4de8
	.quad	.LBB539
	.quad	.LBE539-.LBB539
	.uleb128 0x9
	.long	0x4de9
	.long	.LLST432
	.long	.LVUS432
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL547
	.long	0xd96
	.long	0x4ce6
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL548
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF604
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xc84
	.quad	.LFB43
	.quad	.LFE43-.LFB43
	.uleb128 0x1
	.byte	0x9c
	.long	0x4db7
	.uleb128 0xd
	.string	"m"
	.byte	0x39
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x39
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0xd
	.string	"sp"
	.byte	0x39
	.byte	0x1
	.long	0x7a2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x6
	.long	.LASF605
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.quad	.L15
	.uleb128 0x10
	.long	0x4db7
	.quad	.LBI226
	.byte	.LVU110
	.long	.LLRL32
	.byte	0x39
	.byte	0x1
	.uleb128 0x1
	.long	0x4dd8
	.long	.LLST33
	.long	.LVUS33
	.uleb128 0x1
	.long	0x4dce
	.long	.LLST34
	.long	.LVUS34
	.uleb128 0x1
	.long	0x4dc6
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0xe
	.long	.LLRL32
	.uleb128 0x7
	.long	0x4de1
	.quad	.LDL7
	.uleb128 0x14
	.long	0x4de8
	.long	.LLRL36
	.uleb128 0x9
	.long	0x4de9
	.long	.LLST37
	.long	.LVUS37
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF606
	.byte	0x37
	.long	0xc84
	.byte	0x3
	.long	0x4df5
	.uleb128 0x5
	.string	"m"
	.byte	0x37
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x37
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x37
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF607
	.byte	0x39
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"a"
	.byte	0x1
	.byte	0x38
	.byte	0xc
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF608
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xc84
	.quad	.LFB41
	.quad	.LFE41-.LFB41
	.uleb128 0x1
	.byte	0x9c
	.long	0x4f2b
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xccf
	.long	.LLST433
	.long	.LVUS433
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xc34
	.long	.LLST434
	.long	.LVUS434
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x7a2
	.long	.LLST435
	.long	.LVUS435
	.uleb128 0x6
	.long	.LASF609
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.quad	.L318
	.uleb128 0x6
	.long	.LASF610
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.quad	.L320
	.uleb128 0x6
	.long	.LASF611
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.quad	.L322
	.uleb128 0x3
	.long	.LASF612
	.byte	0x35
	.byte	0x1
	.uleb128 0x3
	.long	.LASF613
	.byte	0x35
	.byte	0x1
	.uleb128 0x16
	.long	0x4fef
	.quad	.LBI540
	.byte	.LVU1897
	.quad	.LBB540
	.quad	.LBE540-.LBB540
	.byte	0x35
	.byte	0x1
	.long	0x4f0a
	.uleb128 0x1
	.long	0x5010
	.long	.LLST436
	.long	.LVUS436
	.uleb128 0x1
	.long	0x5006
	.long	.LLST437
	.long	.LVUS437
	.uleb128 0x1
	.long	0x4ffe
	.long	.LLST438
	.long	.LVUS438
	.uleb128 0x7
	.long	0x5019
	.quad	.LDL54
	.uleb128 0x1a
	.long	0x5020
	.quad	.LBB542
	.quad	.LBE542-.LBB542
	.uleb128 0x9
	.long	0x5021
	.long	.LLST439
	.long	.LVUS439
	.byte	0
	.byte	0
	.uleb128 0x19
	.quad	.LVL559
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL560
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF614
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xc84
	.quad	.LFB40
	.quad	.LFE40-.LFB40
	.uleb128 0x1
	.byte	0x9c
	.long	0x4fef
	.uleb128 0xd
	.string	"m"
	.byte	0x35
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x35
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x7a2
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x6
	.long	.LASF615
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.quad	.L13
	.uleb128 0x10
	.long	0x4fef
	.quad	.LBI220
	.byte	.LVU90
	.long	.LLRL26
	.byte	0x35
	.byte	0x1
	.uleb128 0x1
	.long	0x5010
	.long	.LLST27
	.long	.LVUS27
	.uleb128 0x1
	.long	0x5006
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x1
	.long	0x4ffe
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0xe
	.long	.LLRL26
	.uleb128 0x7
	.long	0x5019
	.quad	.LDL6
	.uleb128 0x14
	.long	0x5020
	.long	.LLRL30
	.uleb128 0x9
	.long	0x5021
	.long	.LLST31
	.long	.LVUS31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF616
	.byte	0x33
	.long	0xc84
	.byte	0x3
	.long	0x502e
	.uleb128 0x5
	.string	"m"
	.byte	0x33
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x33
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x33
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF617
	.byte	0x35
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"v_"
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF618
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xc84
	.quad	.LFB38
	.quad	.LFE38-.LFB38
	.uleb128 0x1
	.byte	0x9c
	.long	0x5165
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xccf
	.long	.LLST440
	.long	.LVUS440
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xc34
	.long	.LLST441
	.long	.LVUS441
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x7a2
	.long	.LLST442
	.long	.LVUS442
	.uleb128 0x6
	.long	.LASF619
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.quad	.L328
	.uleb128 0x6
	.long	.LASF620
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.quad	.L330
	.uleb128 0x3
	.long	.LASF621
	.byte	0x31
	.byte	0x1
	.uleb128 0x3
	.long	.LASF622
	.byte	0x31
	.byte	0x1
	.uleb128 0x3
	.long	.LASF623
	.byte	0x31
	.byte	0x1
	.uleb128 0x16
	.long	0x5222
	.quad	.LBI543
	.byte	.LVU1943
	.quad	.LBB543
	.quad	.LBE543-.LBB543
	.byte	0x31
	.byte	0x1
	.long	0x513a
	.uleb128 0x1
	.long	0x5243
	.long	.LLST443
	.long	.LVUS443
	.uleb128 0x1
	.long	0x5239
	.long	.LLST444
	.long	.LVUS444
	.uleb128 0x1
	.long	0x5231
	.long	.LLST445
	.long	.LVUS445
	.uleb128 0x7
	.long	0x524c
	.quad	.LDL55
	.uleb128 0x1a
	.long	0x5253
	.quad	.LBB545
	.quad	.LBE545-.LBB545
	.uleb128 0x9
	.long	0x5254
	.long	.LLST446
	.long	.LVUS446
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL574
	.long	0xd96
	.long	0x5151
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL575
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF624
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xc84
	.quad	.LFB37
	.quad	.LFE37-.LFB37
	.uleb128 0x1
	.byte	0x9c
	.long	0x5222
	.uleb128 0xd
	.string	"m"
	.byte	0x31
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x31
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0xd
	.string	"sp"
	.byte	0x31
	.byte	0x1
	.long	0x7a2
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x6
	.long	.LASF625
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.quad	.L11
	.uleb128 0x10
	.long	0x5222
	.quad	.LBI214
	.byte	.LVU71
	.long	.LLRL19
	.byte	0x31
	.byte	0x1
	.uleb128 0x1
	.long	0x5243
	.long	.LLST20
	.long	.LVUS20
	.uleb128 0x1
	.long	0x5239
	.long	.LLST21
	.long	.LVUS21
	.uleb128 0x1
	.long	0x5231
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0xe
	.long	.LLRL19
	.uleb128 0x7
	.long	0x524c
	.quad	.LDL5
	.uleb128 0x14
	.long	0x5253
	.long	.LLRL23
	.uleb128 0x9
	.long	0x5254
	.long	.LLST24
	.long	.LVUS24
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF626
	.byte	0x2f
	.long	0xc84
	.byte	0x3
	.long	0x5260
	.uleb128 0x5
	.string	"m"
	.byte	0x2f
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x2f
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x2f
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF627
	.byte	0x31
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"t"
	.byte	0x1
	.byte	0x30
	.byte	0xc
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF628
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xc84
	.quad	.LFB35
	.quad	.LFE35-.LFB35
	.uleb128 0x1
	.byte	0x9c
	.long	0x5396
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xccf
	.long	.LLST447
	.long	.LVUS447
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xc34
	.long	.LLST448
	.long	.LVUS448
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x7a2
	.long	.LLST449
	.long	.LVUS449
	.uleb128 0x6
	.long	.LASF629
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.quad	.L334
	.uleb128 0x6
	.long	.LASF630
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.quad	.L336
	.uleb128 0x6
	.long	.LASF631
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.quad	.L338
	.uleb128 0x3
	.long	.LASF632
	.byte	0x2d
	.byte	0x1
	.uleb128 0x3
	.long	.LASF633
	.byte	0x2d
	.byte	0x1
	.uleb128 0x16
	.long	0x545a
	.quad	.LBI546
	.byte	.LVU1983
	.quad	.LBB546
	.quad	.LBE546-.LBB546
	.byte	0x2d
	.byte	0x1
	.long	0x5375
	.uleb128 0x1
	.long	0x547b
	.long	.LLST450
	.long	.LVUS450
	.uleb128 0x1
	.long	0x5471
	.long	.LLST451
	.long	.LVUS451
	.uleb128 0x1
	.long	0x5469
	.long	.LLST452
	.long	.LVUS452
	.uleb128 0x7
	.long	0x5484
	.quad	.LDL56
	.uleb128 0x1a
	.long	0x548b
	.quad	.LBB548
	.quad	.LBE548-.LBB548
	.uleb128 0x9
	.long	0x548c
	.long	.LLST453
	.long	.LVUS453
	.byte	0
	.byte	0
	.uleb128 0x19
	.quad	.LVL586
	.long	0xd96
	.uleb128 0xc
	.quad	.LVL587
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF634
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xc84
	.quad	.LFB34
	.quad	.LFE34-.LFB34
	.uleb128 0x1
	.byte	0x9c
	.long	0x545a
	.uleb128 0xd
	.string	"m"
	.byte	0x2d
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x2d
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x7a2
	.long	.LLST12
	.long	.LVUS12
	.uleb128 0x6
	.long	.LASF635
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.quad	.L9
	.uleb128 0x10
	.long	0x545a
	.quad	.LBI208
	.byte	.LVU52
	.long	.LLRL13
	.byte	0x2d
	.byte	0x1
	.uleb128 0x1
	.long	0x547b
	.long	.LLST14
	.long	.LVUS14
	.uleb128 0x1
	.long	0x5471
	.long	.LLST15
	.long	.LVUS15
	.uleb128 0x1
	.long	0x5469
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0xe
	.long	.LLRL13
	.uleb128 0x7
	.long	0x5484
	.quad	.LDL4
	.uleb128 0x14
	.long	0x548b
	.long	.LLRL17
	.uleb128 0x9
	.long	0x548c
	.long	.LLST18
	.long	.LVUS18
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF636
	.byte	0x2b
	.long	0xc84
	.byte	0x3
	.long	0x5499
	.uleb128 0x5
	.string	"m"
	.byte	0x2b
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x2b
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x2b
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF637
	.byte	0x2d
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"v_"
	.byte	0x1
	.byte	0x2c
	.byte	0x5
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF638
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xc84
	.quad	.LFB32
	.quad	.LFE32-.LFB32
	.uleb128 0x1
	.byte	0x9c
	.long	0x55ad
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xccf
	.long	.LLST454
	.long	.LVUS454
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xc34
	.long	.LLST455
	.long	.LVUS455
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x7a2
	.long	.LLST456
	.long	.LVUS456
	.uleb128 0x6
	.long	.LASF639
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.quad	.L344
	.uleb128 0x6
	.long	.LASF640
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.quad	.L346
	.uleb128 0x3
	.long	.LASF641
	.byte	0x29
	.byte	0x1
	.uleb128 0x3
	.long	.LASF642
	.byte	0x29
	.byte	0x1
	.uleb128 0x3
	.long	.LASF643
	.byte	0x29
	.byte	0x1
	.uleb128 0x16
	.long	0x565f
	.quad	.LBI549
	.byte	.LVU2029
	.quad	.LBB549
	.quad	.LBE549-.LBB549
	.byte	0x29
	.byte	0x1
	.long	0x5582
	.uleb128 0x1
	.long	0x5680
	.long	.LLST457
	.long	.LVUS457
	.uleb128 0x1
	.long	0x5676
	.long	.LLST458
	.long	.LVUS458
	.uleb128 0x1
	.long	0x566e
	.long	.LLST459
	.long	.LVUS459
	.uleb128 0x7
	.long	0x5689
	.quad	.LDL57
	.byte	0
	.uleb128 0x13
	.quad	.LVL601
	.long	0xd96
	.long	0x5599
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0xc
	.quad	.LVL602
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF644
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xc84
	.quad	.LFB31
	.quad	.LFE31-.LFB31
	.uleb128 0x1
	.byte	0x9c
	.long	0x565f
	.uleb128 0xd
	.string	"m"
	.byte	0x29
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x29
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x7a2
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0x6
	.long	.LASF645
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.quad	.L7
	.uleb128 0x29
	.long	0x565f
	.quad	.LBI206
	.byte	.LVU36
	.quad	.LBB206
	.quad	.LBE206-.LBB206
	.byte	0x29
	.uleb128 0x1
	.long	0x5680
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x1
	.long	0x5676
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x1
	.long	0x566e
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x7
	.long	0x5689
	.quad	.LDL3
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF646
	.byte	0x27
	.long	0xc84
	.byte	0x3
	.long	0x5691
	.uleb128 0x5
	.string	"m"
	.byte	0x27
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x27
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x27
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF647
	.byte	0x29
	.byte	0x1
	.byte	0
	.uleb128 0xb
	.long	.LASF648
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xc84
	.quad	.LFB29
	.quad	.LFE29-.LFB29
	.uleb128 0x1
	.byte	0x9c
	.long	0x57c8
	.uleb128 0x4
	.string	"m"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xccf
	.long	.LLST460
	.long	.LVUS460
	.uleb128 0x4
	.string	"vpc"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xc34
	.long	.LLST461
	.long	.LVUS461
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x7a2
	.long	.LLST462
	.long	.LVUS462
	.uleb128 0x6
	.long	.LASF649
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.quad	.L350
	.uleb128 0x3
	.long	.LASF650
	.byte	0x25
	.byte	0x1
	.uleb128 0x6
	.long	.LASF651
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.quad	.L352
	.uleb128 0x3
	.long	.LASF652
	.byte	0x25
	.byte	0x1
	.uleb128 0x3
	.long	.LASF653
	.byte	0x25
	.byte	0x1
	.uleb128 0x16
	.long	0x589d
	.quad	.LBI551
	.byte	.LVU2064
	.quad	.LBB551
	.quad	.LBE551-.LBB551
	.byte	0x25
	.byte	0x1
	.long	0x579d
	.uleb128 0x1
	.long	0x58be
	.long	.LLST463
	.long	.LVUS463
	.uleb128 0x1
	.long	0x58b4
	.long	.LLST464
	.long	.LVUS464
	.uleb128 0x1
	.long	0x58ac
	.long	.LLST465
	.long	.LVUS465
	.uleb128 0x7
	.long	0x58c7
	.quad	.LDL58
	.uleb128 0x1a
	.long	0x58ce
	.quad	.LBB553
	.quad	.LBE553-.LBB553
	.uleb128 0x9
	.long	0x58cf
	.long	.LLST466
	.long	.LVUS466
	.byte	0
	.byte	0
	.uleb128 0x13
	.quad	.LVL614
	.long	0xd96
	.long	0x57b4
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.uleb128 0xc
	.quad	.LVL615
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xb
	.long	.LASF654
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xc84
	.quad	.LFB28
	.quad	.LFE28-.LFB28
	.uleb128 0x1
	.byte	0x9c
	.long	0x589d
	.uleb128 0xd
	.string	"m"
	.byte	0x25
	.byte	0x1
	.long	0xccf
	.uleb128 0x1
	.byte	0x55
	.uleb128 0xd
	.string	"vpc"
	.byte	0x25
	.byte	0x1
	.long	0xc34
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.string	"sp"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x7a2
	.long	.LLST3
	.long	.LVUS3
	.uleb128 0x6
	.long	.LASF655
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.quad	.L5
	.uleb128 0x29
	.long	0x589d
	.quad	.LBI203
	.byte	.LVU18
	.quad	.LBB203
	.quad	.LBE203-.LBB203
	.byte	0x25
	.uleb128 0x1
	.long	0x58be
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x1
	.long	0x58b4
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x1
	.long	0x58ac
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x7
	.long	0x58c7
	.quad	.LDL2
	.uleb128 0x1a
	.long	0x58ce
	.quad	.LBB205
	.quad	.LBE205-.LBB205
	.uleb128 0x9
	.long	0x58cf
	.long	.LLST7
	.long	.LVUS7
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x11
	.long	.LASF656
	.byte	0x23
	.long	0xc84
	.byte	0x3
	.long	0x58dc
	.uleb128 0x5
	.string	"m"
	.byte	0x23
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x23
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x23
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF657
	.byte	0x25
	.byte	0x1
	.uleb128 0x17
	.uleb128 0xf
	.string	"v_"
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.long	0x3cc
	.byte	0
	.byte	0
	.uleb128 0x35
	.long	.LASF659
	.byte	0x21
	.long	0xc84
	.long	0x5929
	.uleb128 0x5
	.string	"m"
	.byte	0x21
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x21
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x21
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF660
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF661
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF662
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF663
	.byte	0x21
	.byte	0x1
	.uleb128 0x3
	.long	.LASF664
	.byte	0x21
	.byte	0x1
	.byte	0
	.uleb128 0x11
	.long	.LASF665
	.byte	0x21
	.long	0xc84
	.byte	0x1
	.long	0x5964
	.uleb128 0x5
	.string	"m"
	.byte	0x21
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x21
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x21
	.long	0x7a2
	.uleb128 0x6
	.long	.LASF666
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.quad	.L2
	.byte	0
	.uleb128 0x11
	.long	.LASF667
	.byte	0x20
	.long	0xc84
	.byte	0x3
	.long	0x5996
	.uleb128 0x5
	.string	"m"
	.byte	0x20
	.long	0xccf
	.uleb128 0x5
	.string	"vpc"
	.byte	0x20
	.long	0xc34
	.uleb128 0x5
	.string	"sp"
	.byte	0x20
	.long	0x7a2
	.uleb128 0x3
	.long	.LASF668
	.byte	0x21
	.byte	0x1
	.byte	0
	.uleb128 0x2a
	.long	0x5929
	.quad	.LFB25
	.quad	.LFE25-.LFB25
	.uleb128 0x1
	.byte	0x9c
	.long	0x5a1b
	.uleb128 0x2b
	.long	0x5938
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2b
	.long	0x5940
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2b
	.long	0x594a
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x29
	.long	0x5964
	.quad	.LBI201
	.byte	.LVU7
	.quad	.LBB201
	.quad	.LBE201-.LBB201
	.byte	0x21
	.uleb128 0x1
	.long	0x5985
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x1
	.long	0x597b
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.long	0x5973
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x7
	.long	0x598e
	.quad	.LDL1
	.byte	0
	.byte	0
	.uleb128 0x2a
	.long	0x443a
	.quad	.LFB128
	.quad	.LFE128-.LFB128
	.uleb128 0x1
	.byte	0x9c
	.long	0x5ac6
	.uleb128 0x1
	.long	0x4449
	.long	.LLST481
	.long	.LVUS481
	.uleb128 0x1
	.long	0x4451
	.long	.LLST482
	.long	.LVUS482
	.uleb128 0x1f
	.long	0x4464
	.uleb128 0x1
	.long	0x445b
	.long	.LLST483
	.long	.LVUS483
	.uleb128 0x4b
	.long	0x4475
	.long	.LLRL484
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.uleb128 0x2c
	.long	0x4496
	.uleb128 0x2c
	.long	0x448c
	.uleb128 0x2c
	.long	0x4484
	.uleb128 0xe
	.long	.LLRL484
	.uleb128 0x7
	.long	0x449f
	.quad	.LDL61
	.uleb128 0x1f
	.long	0x44a6
	.uleb128 0x13
	.quad	.LVL653
	.long	0xd96
	.long	0x5ab0
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0xc
	.quad	.LVL654
	.long	0xd7a
	.uleb128 0x8
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x2a
	.long	0x443a
	.quad	.LFB55
	.quad	.LFE55-.LFB55
	.uleb128 0x1
	.byte	0x9c
	.long	0x5ba5
	.uleb128 0x1
	.long	0x4449
	.long	.LLST485
	.long	.LVUS485
	.uleb128 0x1
	.long	0x4451
	.long	.LLST486
	.long	.LVUS486
	.uleb128 0x1
	.long	0x445b
	.long	.LLST487
	.long	.LVUS487
	.uleb128 0x4c
	.long	0x4475
	.quad	.LBI578
	.byte	.LVU2199
	.long	.LLRL488
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x5b8d
	.uleb128 0x1
	.long	0x4496
	.long	.LLST489
	.long	.LVUS489
	.uleb128 0x1
	.long	0x448c
	.long	.LLST490
	.long	.LVUS490
	.uleb128 0x1
	.long	0x4484
	.long	.LLST491
	.long	.LVUS491
	.uleb128 0xe
	.long	.LLRL488
	.uleb128 0x7
	.long	0x449f
	.quad	.L383
	.uleb128 0x7
	.long	0x44a6
	.quad	.LDL62
	.uleb128 0x14
	.long	0x44ad
	.long	.LLRL492
	.uleb128 0x9
	.long	0x44ae
	.long	.LLST493
	.long	.LVUS493
	.uleb128 0x9
	.long	0x44b8
	.long	.LLST494
	.long	.LVUS494
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xc
	.quad	.LVL666
	.long	0x5a1b
	.uleb128 0x36
	.long	0x445b
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.byte	0
	.uleb128 0x4d
	.long	0x427b
	.quad	.LFB58
	.quad	.LFE58-.LFB58
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.long	0x428a
	.long	.LLST495
	.long	.LVUS495
	.uleb128 0x1
	.long	0x4292
	.long	.LLST496
	.long	.LVUS496
	.uleb128 0x1
	.long	0x429c
	.long	.LLST497
	.long	.LVUS497
	.uleb128 0x16
	.long	0x42b6
	.quad	.LBI591
	.byte	.LVU2238
	.quad	.LBB591
	.quad	.LBE591-.LBB591
	.byte	0x4e
	.byte	0x1
	.long	0x5c6d
	.uleb128 0x1
	.long	0x42d7
	.long	.LLST498
	.long	.LVUS498
	.uleb128 0x1
	.long	0x42cd
	.long	.LLST499
	.long	.LVUS499
	.uleb128 0x1
	.long	0x42c5
	.long	.LLST500
	.long	.LVUS500
	.uleb128 0x7
	.long	0x42e0
	.quad	.L394
	.uleb128 0x7
	.long	0x42e7
	.quad	.LDL63
	.uleb128 0x14
	.long	0x42ee
	.long	.LLRL501
	.uleb128 0x9
	.long	0x42ef
	.long	.LLST502
	.long	.LVUS502
	.uleb128 0x9
	.long	0x42f9
	.long	.LLST503
	.long	.LVUS503
	.byte	0
	.byte	0
	.uleb128 0x34
	.quad	.LVL674
	.uleb128 0x36
	.long	0x429c
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
.Ldebug_abbrev0:
	.uleb128 0x1
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
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4
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
	.uleb128 0x5
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
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x6
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
	.uleb128 0x7
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x9
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
	.uleb128 0xa
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
	.uleb128 0xb
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
	.uleb128 0xc
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
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
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x11
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
	.sleb128 1
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
	.uleb128 0x12
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x13
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
	.uleb128 0x14
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x15
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
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
	.uleb128 0x17
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.uleb128 0x19
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.uleb128 0x1e
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x20
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x21
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x22
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
	.uleb128 0x23
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
	.uleb128 0x24
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x25
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
	.uleb128 0x26
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x27
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
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
	.uleb128 0x29
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
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
	.uleb128 0x21
	.sleb128 1
	.byte	0
	.byte	0
	.uleb128 0x2a
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
	.uleb128 0x2b
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2c
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2d
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
	.uleb128 0x2e
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
	.uleb128 0x2f
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
	.uleb128 0x30
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
	.uleb128 0x31
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
	.uleb128 0x32
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
	.uleb128 0x33
	.uleb128 0x5
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
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x34
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x35
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
	.sleb128 1
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x36
	.uleb128 0x49
	.byte	0
	.uleb128 0x80
	.uleb128 0x13
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x37
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
	.uleb128 0x38
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
	.uleb128 0x39
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
	.uleb128 0x3a
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x3b
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3c
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
	.uleb128 0x3d
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
	.uleb128 0x3e
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3f
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
	.uleb128 0x40
	.uleb128 0x15
	.byte	0
	.uleb128 0x27
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x41
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
	.uleb128 0x42
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
	.uleb128 0xb
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
	.uleb128 0x44
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
	.uleb128 0x45
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
	.uleb128 0x46
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
	.uleb128 0x47
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
	.uleb128 0x48
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
	.uleb128 0x49
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
	.uleb128 0x4a
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
	.uleb128 0x4b
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x55
	.uleb128 0x17
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
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
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
	.uleb128 0x4d
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
.LVUS164:
	.uleb128 0
	.uleb128 .LVU474
	.uleb128 .LVU474
	.uleb128 0
.LLST164:
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL90-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL90-.Ltext0
	.uleb128 .LFE127-.Ltext0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.byte	0
.LVUS165:
	.uleb128 0
	.uleb128 .LVU478
	.uleb128 .LVU478
	.uleb128 0
.LLST165:
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 .LFE127-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS166:
	.uleb128 0
	.uleb128 .LVU478
	.uleb128 .LVU478
	.uleb128 0
.LLST166:
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 .LFE127-.Ltext0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.byte	0
.LVUS167:
	.uleb128 .LVU467
	.uleb128 .LVU478
	.uleb128 .LVU478
	.uleb128 0
.LLST167:
	.byte	0x4
	.uleb128 .LVL89-.Ltext0
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL91-1-.Ltext0
	.uleb128 .LFE127-.Ltext0
	.uleb128 0x2
	.byte	0x91
	.sleb128 -56
	.byte	0
.LVUS168:
	.uleb128 0
	.uleb128 .LVU491
	.uleb128 .LVU491
	.uleb128 0
.LLST168:
	.byte	0x4
	.uleb128 .LVL94-.Ltext0
	.uleb128 .LVL95-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL95-1-.Ltext0
	.uleb128 .LFE126-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS169:
	.uleb128 0
	.uleb128 .LVU508
	.uleb128 .LVU508
	.uleb128 0
.LLST169:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS170:
	.uleb128 0
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU510
	.uleb128 .LVU510
	.uleb128 0
.LLST170:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS171:
	.uleb128 0
	.uleb128 .LVU509
	.uleb128 .LVU509
	.uleb128 0
.LLST171:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS173:
	.uleb128 .LVU498
	.uleb128 .LVU509
	.uleb128 .LVU509
	.uleb128 0
.LLST173:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL99-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL99-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS174:
	.uleb128 .LVU498
	.uleb128 .LVU505
	.uleb128 .LVU505
	.uleb128 .LVU510
	.uleb128 .LVU510
	.uleb128 0
.LLST174:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL97-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL97-.Ltext0
	.uleb128 .LVL100-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL100-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS175:
	.uleb128 .LVU498
	.uleb128 .LVU508
	.uleb128 .LVU508
	.uleb128 0
.LLST175:
	.byte	0x4
	.uleb128 .LVL96-.Ltext0
	.uleb128 .LVL98-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL98-.Ltext0
	.uleb128 .LFE124-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS474:
	.uleb128 0
	.uleb128 .LVU2135
	.uleb128 .LVU2135
	.uleb128 .LVU2165
	.uleb128 .LVU2165
	.uleb128 .LVU2167
	.uleb128 .LVU2167
	.uleb128 0
.LLST474:
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL633-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL633-.Ltext0
	.uleb128 .LVL640-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL640-.Ltext0
	.uleb128 .LVL642-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL642-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS475:
	.uleb128 0
	.uleb128 .LVU2155
	.uleb128 .LVU2155
	.uleb128 .LVU2166
	.uleb128 .LVU2166
	.uleb128 .LVU2167
	.uleb128 .LVU2167
	.uleb128 .LVU2171
	.uleb128 .LVU2171
	.uleb128 .LVU2174
	.uleb128 .LVU2174
	.uleb128 .LVU2177
	.uleb128 .LVU2177
	.uleb128 .LVU2178
	.uleb128 .LVU2178
	.uleb128 0
.LLST475:
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL635-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL635-.Ltext0
	.uleb128 .LVL641-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL641-.Ltext0
	.uleb128 .LVL642-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL642-.Ltext0
	.uleb128 .LVL644-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL644-.Ltext0
	.uleb128 .LVL646-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LVL647-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL648-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL648-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS476:
	.uleb128 0
	.uleb128 .LVU2134
	.uleb128 .LVU2134
	.uleb128 .LVU2164
	.uleb128 .LVU2164
	.uleb128 .LVU2167
	.uleb128 .LVU2167
	.uleb128 .LVU2170
	.uleb128 .LVU2170
	.uleb128 .LVU2174
	.uleb128 .LVU2174
	.uleb128 0
.LLST476:
	.byte	0x4
	.uleb128 .LVL631-.Ltext0
	.uleb128 .LVL632-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL632-.Ltext0
	.uleb128 .LVL639-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL639-.Ltext0
	.uleb128 .LVL642-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL642-.Ltext0
	.uleb128 .LVL643-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL643-.Ltext0
	.uleb128 .LVL646-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS478:
	.uleb128 .LVU2147
	.uleb128 .LVU2159
	.uleb128 .LVU2159
	.uleb128 .LVU2162
	.uleb128 .LVU2174
	.uleb128 0
.LLST478:
	.byte	0x4
	.uleb128 .LVL634-.Ltext0
	.uleb128 .LVL637-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL637-.Ltext0
	.uleb128 .LVL638-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS479:
	.uleb128 .LVU2147
	.uleb128 .LVU2155
	.uleb128 .LVU2155
	.uleb128 .LVU2162
	.uleb128 .LVU2174
	.uleb128 .LVU2177
	.uleb128 .LVU2177
	.uleb128 .LVU2178
	.uleb128 .LVU2178
	.uleb128 0
.LLST479:
	.byte	0x4
	.uleb128 .LVL634-.Ltext0
	.uleb128 .LVL635-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL635-.Ltext0
	.uleb128 .LVL638-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LVL647-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL647-.Ltext0
	.uleb128 .LVL648-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL648-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS480:
	.uleb128 .LVU2147
	.uleb128 .LVU2162
	.uleb128 .LVU2174
	.uleb128 0
.LLST480:
	.byte	0x4
	.uleb128 .LVL634-.Ltext0
	.uleb128 .LVL638-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL646-.Ltext0
	.uleb128 .LFE122-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS467:
	.uleb128 0
	.uleb128 .LVU2101
	.uleb128 .LVU2101
	.uleb128 .LVU2115
	.uleb128 .LVU2115
	.uleb128 .LVU2118
	.uleb128 .LVU2118
	.uleb128 0
.LLST467:
	.byte	0x4
	.uleb128 .LVL616-.Ltext0
	.uleb128 .LVL619-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL619-.Ltext0
	.uleb128 .LVL624-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL624-.Ltext0
	.uleb128 .LVL627-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS468:
	.uleb128 0
	.uleb128 .LVU2106
	.uleb128 .LVU2106
	.uleb128 .LVU2117
	.uleb128 .LVU2117
	.uleb128 .LVU2118
	.uleb128 .LVU2118
	.uleb128 .LVU2121
	.uleb128 .LVU2121
	.uleb128 .LVU2123
	.uleb128 .LVU2123
	.uleb128 0
.LLST468:
	.byte	0x4
	.uleb128 .LVL616-.Ltext0
	.uleb128 .LVL620-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL620-.Ltext0
	.uleb128 .LVL626-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL626-.Ltext0
	.uleb128 .LVL627-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LVL628-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL628-.Ltext0
	.uleb128 .LVL630-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL630-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS469:
	.uleb128 0
	.uleb128 .LVU2100
	.uleb128 .LVU2100
	.uleb128 .LVU2116
	.uleb128 .LVU2116
	.uleb128 .LVU2118
	.uleb128 .LVU2118
	.uleb128 0
.LLST469:
	.byte	0x4
	.uleb128 .LVL616-.Ltext0
	.uleb128 .LVL618-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL618-.Ltext0
	.uleb128 .LVL625-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL625-.Ltext0
	.uleb128 .LVL627-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS471:
	.uleb128 .LVU2094
	.uleb128 .LVU2100
	.uleb128 .LVU2100
	.uleb128 .LVU2110
	.uleb128 .LVU2110
	.uleb128 .LVU2113
	.uleb128 .LVU2118
	.uleb128 0
.LLST471:
	.byte	0x4
	.uleb128 .LVL617-.Ltext0
	.uleb128 .LVL618-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL618-.Ltext0
	.uleb128 .LVL622-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL622-.Ltext0
	.uleb128 .LVL623-.Ltext0
	.uleb128 0x3
	.byte	0x76
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS472:
	.uleb128 .LVU2094
	.uleb128 .LVU2106
	.uleb128 .LVU2106
	.uleb128 .LVU2113
	.uleb128 .LVU2118
	.uleb128 .LVU2121
	.uleb128 .LVU2121
	.uleb128 .LVU2123
	.uleb128 .LVU2123
	.uleb128 0
.LLST472:
	.byte	0x4
	.uleb128 .LVL617-.Ltext0
	.uleb128 .LVL620-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL620-.Ltext0
	.uleb128 .LVL623-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LVL628-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL628-.Ltext0
	.uleb128 .LVL630-.Ltext0
	.uleb128 0x3
	.byte	0x7d
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL630-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS473:
	.uleb128 .LVU2094
	.uleb128 .LVU2101
	.uleb128 .LVU2101
	.uleb128 .LVU2113
	.uleb128 .LVU2118
	.uleb128 0
.LLST473:
	.byte	0x4
	.uleb128 .LVL617-.Ltext0
	.uleb128 .LVL619-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL619-.Ltext0
	.uleb128 .LVL623-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL627-.Ltext0
	.uleb128 .LFE121-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS233:
	.uleb128 0
	.uleb128 .LVU784
	.uleb128 .LVU784
	.uleb128 .LVU811
	.uleb128 .LVU811
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 0
.LLST233:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL201-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL201-.Ltext0
	.uleb128 .LVL206-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL206-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS234:
	.uleb128 0
	.uleb128 .LVU800
	.uleb128 .LVU800
	.uleb128 .LVU815
	.uleb128 .LVU815
	.uleb128 .LVU817
	.uleb128 .LVU817
	.uleb128 .LVU818
	.uleb128 .LVU818
	.uleb128 .LVU821
	.uleb128 .LVU821
	.uleb128 .LVU825
	.uleb128 .LVU825
	.uleb128 .LVU826
	.uleb128 .LVU826
	.uleb128 0
.LLST234:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL208-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL208-.Ltext0
	.uleb128 .LVL210-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL210-.Ltext0
	.uleb128 .LVL211-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL211-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS235:
	.uleb128 0
	.uleb128 .LVU806
	.uleb128 .LVU806
	.uleb128 .LVU812
	.uleb128 .LVU812
	.uleb128 .LVU816
	.uleb128 .LVU816
	.uleb128 .LVU821
	.uleb128 .LVU821
	.uleb128 .LVU824
	.uleb128 .LVU824
	.uleb128 0
.LLST235:
	.byte	0x4
	.uleb128 .LVL200-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL207-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL207-.Ltext0
	.uleb128 .LVL209-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL209-.Ltext0
	.uleb128 .LVL213-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS237:
	.uleb128 .LVU796
	.uleb128 .LVU806
	.uleb128 .LVU806
	.uleb128 .LVU808
	.uleb128 .LVU821
	.uleb128 .LVU824
	.uleb128 .LVU824
	.uleb128 0
.LLST237:
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL204-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL204-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL214-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL214-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS238:
	.uleb128 .LVU796
	.uleb128 .LVU800
	.uleb128 .LVU800
	.uleb128 .LVU810
	.uleb128 .LVU821
	.uleb128 .LVU825
	.uleb128 .LVU825
	.uleb128 .LVU826
	.uleb128 .LVU826
	.uleb128 0
.LLST238:
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL203-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL203-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LVL215-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL215-.Ltext0
	.uleb128 .LVL216-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL216-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS239:
	.uleb128 .LVU796
	.uleb128 .LVU810
	.uleb128 .LVU821
	.uleb128 0
.LLST239:
	.byte	0x4
	.uleb128 .LVL202-.Ltext0
	.uleb128 .LVL205-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL213-.Ltext0
	.uleb128 .LFE119-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS219:
	.uleb128 0
	.uleb128 .LVU724
	.uleb128 .LVU724
	.uleb128 .LVU735
	.uleb128 .LVU735
	.uleb128 .LVU736
	.uleb128 .LVU736
	.uleb128 0
.LLST219:
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL176-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL176-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS220:
	.uleb128 0
	.uleb128 .LVU721
	.uleb128 .LVU721
	.uleb128 .LVU740
	.uleb128 .LVU740
	.uleb128 .LVU741
	.uleb128 .LVU741
	.uleb128 0
.LLST220:
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL180-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS221:
	.uleb128 0
	.uleb128 .LVU730
	.uleb128 .LVU730
	.uleb128 .LVU736
	.uleb128 .LVU736
	.uleb128 .LVU739
	.uleb128 .LVU739
	.uleb128 0
.LLST221:
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL177-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL178-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS223:
	.uleb128 .LVU717
	.uleb128 .LVU730
	.uleb128 .LVU730
	.uleb128 .LVU732
	.uleb128 .LVU736
	.uleb128 .LVU739
	.uleb128 .LVU739
	.uleb128 0
.LLST223:
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL174-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL174-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL178-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL178-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS224:
	.uleb128 .LVU717
	.uleb128 .LVU721
	.uleb128 .LVU721
	.uleb128 .LVU734
	.uleb128 .LVU736
	.uleb128 .LVU740
	.uleb128 .LVU740
	.uleb128 .LVU741
	.uleb128 .LVU741
	.uleb128 0
.LLST224:
	.byte	0x4
	.uleb128 .LVL171-.Ltext0
	.uleb128 .LVL172-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL172-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LVL179-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL179-.Ltext0
	.uleb128 .LVL180-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL180-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS225:
	.uleb128 .LVU715
	.uleb128 .LVU724
	.uleb128 .LVU724
	.uleb128 .LVU734
	.uleb128 .LVU736
	.uleb128 0
.LLST225:
	.byte	0x4
	.uleb128 .LVL170-.Ltext0
	.uleb128 .LVL173-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL173-.Ltext0
	.uleb128 .LVL175-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL177-.Ltext0
	.uleb128 .LFE118-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS240:
	.uleb128 0
	.uleb128 .LVU834
	.uleb128 .LVU834
	.uleb128 .LVU859
	.uleb128 .LVU859
	.uleb128 .LVU860
	.uleb128 .LVU860
	.uleb128 0
.LLST240:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL218-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL218-.Ltext0
	.uleb128 .LVL222-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL222-.Ltext0
	.uleb128 .LVL223-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL223-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS241:
	.uleb128 0
	.uleb128 .LVU850
	.uleb128 .LVU850
	.uleb128 .LVU863
	.uleb128 .LVU863
	.uleb128 .LVU865
	.uleb128 .LVU865
	.uleb128 .LVU866
	.uleb128 .LVU866
	.uleb128 .LVU869
	.uleb128 .LVU869
	.uleb128 .LVU873
	.uleb128 .LVU873
	.uleb128 .LVU874
	.uleb128 .LVU874
	.uleb128 0
.LLST241:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL224-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL224-.Ltext0
	.uleb128 .LVL226-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL226-.Ltext0
	.uleb128 .LVL227-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL227-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS242:
	.uleb128 0
	.uleb128 .LVU864
	.uleb128 .LVU864
	.uleb128 .LVU869
	.uleb128 .LVU869
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST242:
	.byte	0x4
	.uleb128 .LVL217-.Ltext0
	.uleb128 .LVL225-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL225-.Ltext0
	.uleb128 .LVL229-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS244:
	.uleb128 .LVU846
	.uleb128 .LVU858
	.uleb128 .LVU869
	.uleb128 .LVU872
	.uleb128 .LVU872
	.uleb128 0
.LLST244:
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL230-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL230-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS245:
	.uleb128 .LVU846
	.uleb128 .LVU850
	.uleb128 .LVU850
	.uleb128 .LVU858
	.uleb128 .LVU869
	.uleb128 .LVU873
	.uleb128 .LVU873
	.uleb128 .LVU874
	.uleb128 .LVU874
	.uleb128 0
.LLST245:
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL220-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL220-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LVL231-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL231-.Ltext0
	.uleb128 .LVL232-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL232-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS246:
	.uleb128 .LVU846
	.uleb128 .LVU858
	.uleb128 .LVU869
	.uleb128 0
.LLST246:
	.byte	0x4
	.uleb128 .LVL219-.Ltext0
	.uleb128 .LVL221-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL229-.Ltext0
	.uleb128 .LFE116-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS212:
	.uleb128 0
	.uleb128 .LVU692
	.uleb128 .LVU692
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU702
	.uleb128 .LVU702
	.uleb128 0
.LLST212:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL163-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL163-.Ltext0
	.uleb128 .LVL164-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS213:
	.uleb128 0
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU706
	.uleb128 .LVU706
	.uleb128 .LVU707
	.uleb128 .LVU707
	.uleb128 0
.LLST213:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS214:
	.uleb128 0
	.uleb128 .LVU705
	.uleb128 .LVU705
	.uleb128 0
.LLST214:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS216:
	.uleb128 .LVU685
	.uleb128 .LVU700
	.uleb128 .LVU702
	.uleb128 .LVU705
	.uleb128 .LVU705
	.uleb128 0
.LLST216:
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL165-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL165-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS217:
	.uleb128 .LVU685
	.uleb128 .LVU689
	.uleb128 .LVU689
	.uleb128 .LVU700
	.uleb128 .LVU702
	.uleb128 .LVU706
	.uleb128 .LVU706
	.uleb128 .LVU707
	.uleb128 .LVU707
	.uleb128 0
.LLST217:
	.byte	0x4
	.uleb128 .LVL159-.Ltext0
	.uleb128 .LVL160-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL160-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LVL166-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL166-.Ltext0
	.uleb128 .LVL167-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL167-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS218:
	.uleb128 .LVU683
	.uleb128 .LVU692
	.uleb128 .LVU692
	.uleb128 .LVU700
	.uleb128 .LVU702
	.uleb128 0
.LLST218:
	.byte	0x4
	.uleb128 .LVL158-.Ltext0
	.uleb128 .LVL161-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL161-.Ltext0
	.uleb128 .LVL162-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL164-.Ltext0
	.uleb128 .LFE115-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS247:
	.uleb128 0
	.uleb128 .LVU888
	.uleb128 .LVU888
	.uleb128 .LVU904
	.uleb128 .LVU904
	.uleb128 .LVU905
	.uleb128 .LVU905
	.uleb128 0
.LLST247:
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL234-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL234-.Ltext0
	.uleb128 .LVL238-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL238-.Ltext0
	.uleb128 .LVL239-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL239-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS248:
	.uleb128 0
	.uleb128 .LVU908
	.uleb128 .LVU908
	.uleb128 .LVU910
	.uleb128 .LVU910
	.uleb128 .LVU913
	.uleb128 .LVU913
	.uleb128 .LVU916
	.uleb128 .LVU916
	.uleb128 .LVU918
	.uleb128 .LVU918
	.uleb128 0
.LLST248:
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL240-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL240-.Ltext0
	.uleb128 .LVL242-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL242-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS249:
	.uleb128 0
	.uleb128 .LVU909
	.uleb128 .LVU909
	.uleb128 .LVU913
	.uleb128 .LVU913
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 0
.LLST249:
	.byte	0x4
	.uleb128 .LVL233-.Ltext0
	.uleb128 .LVL241-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL241-.Ltext0
	.uleb128 .LVL244-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS251:
	.uleb128 .LVU892
	.uleb128 .LVU902
	.uleb128 .LVU913
	.uleb128 .LVU917
	.uleb128 .LVU917
	.uleb128 0
.LLST251:
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL246-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL246-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS252:
	.uleb128 .LVU892
	.uleb128 .LVU902
	.uleb128 .LVU913
	.uleb128 .LVU916
	.uleb128 .LVU916
	.uleb128 .LVU918
	.uleb128 .LVU918
	.uleb128 0
.LLST252:
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LVL245-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL245-.Ltext0
	.uleb128 .LVL247-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS253:
	.uleb128 .LVU892
	.uleb128 .LVU902
	.uleb128 .LVU913
	.uleb128 0
.LLST253:
	.byte	0x4
	.uleb128 .LVL235-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS254:
	.uleb128 .LVU896
	.uleb128 .LVU902
	.uleb128 .LVU913
	.uleb128 0
.LLST254:
	.byte	0x4
	.uleb128 .LVL236-.Ltext0
	.uleb128 .LVL237-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL244-.Ltext0
	.uleb128 .LFE113-.Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS204:
	.uleb128 0
	.uleb128 .LVU660
	.uleb128 .LVU660
	.uleb128 .LVU668
	.uleb128 .LVU668
	.uleb128 .LVU669
	.uleb128 .LVU669
	.uleb128 0
.LLST204:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL150-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL150-.Ltext0
	.uleb128 .LVL151-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS205:
	.uleb128 0
	.uleb128 .LVU672
	.uleb128 .LVU672
	.uleb128 .LVU675
	.uleb128 .LVU675
	.uleb128 0
.LLST205:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS206:
	.uleb128 0
	.uleb128 .LVU674
	.uleb128 .LVU674
	.uleb128 0
.LLST206:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS208:
	.uleb128 .LVU652
	.uleb128 .LVU666
	.uleb128 .LVU669
	.uleb128 .LVU674
	.uleb128 .LVU674
	.uleb128 0
.LLST208:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL154-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL154-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS209:
	.uleb128 .LVU652
	.uleb128 .LVU666
	.uleb128 .LVU669
	.uleb128 .LVU672
	.uleb128 .LVU672
	.uleb128 .LVU675
	.uleb128 .LVU675
	.uleb128 0
.LLST209:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL152-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL152-.Ltext0
	.uleb128 .LVL155-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL155-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS210:
	.uleb128 .LVU652
	.uleb128 .LVU660
	.uleb128 .LVU660
	.uleb128 .LVU666
	.uleb128 .LVU669
	.uleb128 0
.LLST210:
	.byte	0x4
	.uleb128 .LVL147-.Ltext0
	.uleb128 .LVL148-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LFE112-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS211:
	.uleb128 .LVU660
	.uleb128 .LVU666
	.uleb128 .LVU669
	.uleb128 .LVU673
	.uleb128 .LVU673
	.uleb128 .LVU676
.LLST211:
	.byte	0x4
	.uleb128 .LVL148-.Ltext0
	.uleb128 .LVL149-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL151-.Ltext0
	.uleb128 .LVL153-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL153-.Ltext0
	.uleb128 .LVL156-1-.Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0
.LVUS255:
	.uleb128 0
	.uleb128 .LVU930
	.uleb128 .LVU930
	.uleb128 .LVU947
	.uleb128 .LVU947
	.uleb128 .LVU948
	.uleb128 .LVU948
	.uleb128 0
.LLST255:
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL249-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL249-.Ltext0
	.uleb128 .LVL252-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL252-.Ltext0
	.uleb128 .LVL253-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL253-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS256:
	.uleb128 0
	.uleb128 .LVU951
	.uleb128 .LVU951
	.uleb128 .LVU953
	.uleb128 .LVU953
	.uleb128 .LVU956
	.uleb128 .LVU956
	.uleb128 .LVU959
	.uleb128 .LVU959
	.uleb128 .LVU961
	.uleb128 .LVU961
	.uleb128 .LVU962
	.uleb128 .LVU962
	.uleb128 0
.LLST256:
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL254-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL254-.Ltext0
	.uleb128 .LVL256-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL256-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0xa
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS257:
	.uleb128 0
	.uleb128 .LVU952
	.uleb128 .LVU952
	.uleb128 .LVU956
	.uleb128 .LVU956
	.uleb128 .LVU960
	.uleb128 .LVU960
	.uleb128 0
.LLST257:
	.byte	0x4
	.uleb128 .LVL248-.Ltext0
	.uleb128 .LVL255-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL255-.Ltext0
	.uleb128 .LVL258-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS259:
	.uleb128 .LVU936
	.uleb128 .LVU945
	.uleb128 .LVU956
	.uleb128 .LVU960
	.uleb128 .LVU960
	.uleb128 0
.LLST259:
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL260-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL260-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS260:
	.uleb128 .LVU936
	.uleb128 .LVU945
	.uleb128 .LVU956
	.uleb128 .LVU959
	.uleb128 .LVU959
	.uleb128 .LVU961
	.uleb128 .LVU961
	.uleb128 .LVU962
	.uleb128 .LVU962
	.uleb128 0
.LLST260:
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LVL259-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL259-.Ltext0
	.uleb128 .LVL261-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL261-.Ltext0
	.uleb128 .LVL262-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL262-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0xa
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS261:
	.uleb128 .LVU936
	.uleb128 .LVU945
	.uleb128 .LVU956
	.uleb128 0
.LLST261:
	.byte	0x4
	.uleb128 .LVL250-.Ltext0
	.uleb128 .LVL251-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL258-.Ltext0
	.uleb128 .LFE110-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS226:
	.uleb128 0
	.uleb128 .LVU748
	.uleb128 .LVU748
	.uleb128 .LVU765
	.uleb128 .LVU765
	.uleb128 .LVU766
	.uleb128 .LVU766
	.uleb128 .LVU767
	.uleb128 .LVU767
	.uleb128 .LVU769
	.uleb128 .LVU769
	.uleb128 0
.LLST226:
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL184-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL184-.Ltext0
	.uleb128 .LVL189-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL189-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL191-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL191-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS227:
	.uleb128 0
	.uleb128 .LVU749
	.uleb128 .LVU749
	.uleb128 .LVU761
	.uleb128 .LVU761
	.uleb128 .LVU766
	.uleb128 .LVU766
	.uleb128 .LVU768
	.uleb128 .LVU768
	.uleb128 .LVU769
	.uleb128 .LVU769
	.uleb128 .LVU773
	.uleb128 .LVU773
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 .LVU775
	.uleb128 .LVU775
	.uleb128 .LVU776
	.uleb128 .LVU776
	.uleb128 0
.LLST227:
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL185-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL185-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL190-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 -32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL190-.Ltext0
	.uleb128 .LVL192-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL192-.Ltext0
	.uleb128 .LVL193-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL195-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x7
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL198-1-.Ltext0
	.uleb128 0xa
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL198-1-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS228:
	.uleb128 0
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 0
.LLST228:
	.byte	0x4
	.uleb128 .LVL183-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL194-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS230:
	.uleb128 .LVU753
	.uleb128 .LVU763
	.uleb128 .LVU769
	.uleb128 .LVU772
	.uleb128 .LVU772
	.uleb128 0
.LLST230:
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL194-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL194-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS231:
	.uleb128 .LVU753
	.uleb128 .LVU761
	.uleb128 .LVU761
	.uleb128 .LVU763
	.uleb128 .LVU769
	.uleb128 .LVU773
	.uleb128 .LVU773
	.uleb128 .LVU774
	.uleb128 .LVU774
	.uleb128 .LVU775
	.uleb128 .LVU775
	.uleb128 .LVU776
	.uleb128 .LVU776
	.uleb128 0
.LLST231:
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL187-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL187-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 -32
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LVL195-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL195-.Ltext0
	.uleb128 .LVL196-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.Ltext0
	.uleb128 .LVL197-.Ltext0
	.uleb128 0x7
	.byte	0x72
	.sleb128 0
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL197-.Ltext0
	.uleb128 .LVL198-1-.Ltext0
	.uleb128 0xa
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x6
	.byte	0x8
	.byte	0x20
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL198-1-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS232:
	.uleb128 .LVU753
	.uleb128 .LVU763
	.uleb128 .LVU769
	.uleb128 0
.LLST232:
	.byte	0x4
	.uleb128 .LVL186-.Ltext0
	.uleb128 .LVL188-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL193-.Ltext0
	.uleb128 .LFE109-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS262:
	.uleb128 0
	.uleb128 .LVU970
	.uleb128 .LVU970
	.uleb128 .LVU997
	.uleb128 .LVU997
	.uleb128 .LVU998
	.uleb128 .LVU998
	.uleb128 .LVU1003
	.uleb128 .LVU1003
	.uleb128 .LVU1004
	.uleb128 .LVU1004
	.uleb128 0
.LLST262:
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL264-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL264-.Ltext0
	.uleb128 .LVL269-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL269-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL273-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL273-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS263:
	.uleb128 0
	.uleb128 .LVU1007
	.uleb128 .LVU1007
	.uleb128 .LVU1009
	.uleb128 .LVU1009
	.uleb128 .LVU1012
	.uleb128 .LVU1012
	.uleb128 .LVU1015
	.uleb128 .LVU1015
	.uleb128 .LVU1017
	.uleb128 .LVU1017
	.uleb128 0
.LLST263:
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL275-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL275-.Ltext0
	.uleb128 .LVL277-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL277-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS264:
	.uleb128 0
	.uleb128 .LVU993
	.uleb128 .LVU993
	.uleb128 .LVU998
	.uleb128 .LVU998
	.uleb128 .LVU1002
	.uleb128 .LVU1002
	.uleb128 .LVU1004
	.uleb128 .LVU1004
	.uleb128 .LVU1008
	.uleb128 .LVU1008
	.uleb128 .LVU1012
	.uleb128 .LVU1012
	.uleb128 .LVU1016
	.uleb128 .LVU1016
	.uleb128 .LVU1018
	.uleb128 .LVU1018
	.uleb128 0
.LLST264:
	.byte	0x4
	.uleb128 .LVL263-.Ltext0
	.uleb128 .LVL267-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL267-.Ltext0
	.uleb128 .LVL270-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL272-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL272-.Ltext0
	.uleb128 .LVL274-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL274-.Ltext0
	.uleb128 .LVL276-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL276-.Ltext0
	.uleb128 .LVL279-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL281-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL281-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS266:
	.uleb128 .LVU982
	.uleb128 .LVU986
	.uleb128 .LVU986
	.uleb128 .LVU995
	.uleb128 .LVU998
	.uleb128 .LVU1001
	.uleb128 .LVU1012
	.uleb128 .LVU1018
	.uleb128 .LVU1018
	.uleb128 0
.LLST266:
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL266-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL266-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL283-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL283-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS267:
	.uleb128 .LVU982
	.uleb128 .LVU995
	.uleb128 .LVU998
	.uleb128 .LVU1001
	.uleb128 .LVU1012
	.uleb128 .LVU1015
	.uleb128 .LVU1015
	.uleb128 .LVU1017
	.uleb128 .LVU1017
	.uleb128 0
.LLST267:
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LVL280-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL280-.Ltext0
	.uleb128 .LVL282-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL282-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS268:
	.uleb128 .LVU982
	.uleb128 .LVU995
	.uleb128 .LVU998
	.uleb128 .LVU1001
	.uleb128 .LVU1012
	.uleb128 0
.LLST268:
	.byte	0x4
	.uleb128 .LVL265-.Ltext0
	.uleb128 .LVL268-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL270-.Ltext0
	.uleb128 .LVL271-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL279-.Ltext0
	.uleb128 .LFE107-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS197:
	.uleb128 0
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 0
.LLST197:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS198:
	.uleb128 0
	.uleb128 .LVU641
	.uleb128 .LVU641
	.uleb128 .LVU643
	.uleb128 .LVU643
	.uleb128 0
.LLST198:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS199:
	.uleb128 0
	.uleb128 .LVU629
	.uleb128 .LVU629
	.uleb128 .LVU633
	.uleb128 .LVU633
	.uleb128 .LVU637
	.uleb128 .LVU637
	.uleb128 .LVU638
	.uleb128 .LVU638
	.uleb128 .LVU642
	.uleb128 .LVU642
	.uleb128 .LVU644
	.uleb128 .LVU644
	.uleb128 0
.LLST199:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL135-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL135-.Ltext0
	.uleb128 .LVL137-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL139-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL139-.Ltext0
	.uleb128 .LVL140-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL142-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL142-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS201:
	.uleb128 .LVU616
	.uleb128 .LVU620
	.uleb128 .LVU620
	.uleb128 .LVU631
	.uleb128 .LVU633
	.uleb128 .LVU636
	.uleb128 .LVU638
	.uleb128 .LVU644
	.uleb128 .LVU644
	.uleb128 0
.LLST201:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL134-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL134-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL144-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL144-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS202:
	.uleb128 .LVU616
	.uleb128 .LVU631
	.uleb128 .LVU633
	.uleb128 .LVU636
	.uleb128 .LVU638
	.uleb128 .LVU641
	.uleb128 .LVU641
	.uleb128 .LVU643
	.uleb128 .LVU643
	.uleb128 0
.LLST202:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LVL141-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL141-.Ltext0
	.uleb128 .LVL143-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL143-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS203:
	.uleb128 .LVU616
	.uleb128 .LVU631
	.uleb128 .LVU633
	.uleb128 .LVU636
	.uleb128 .LVU638
	.uleb128 0
.LLST203:
	.byte	0x4
	.uleb128 .LVL133-.Ltext0
	.uleb128 .LVL136-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL137-.Ltext0
	.uleb128 .LVL138-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL140-.Ltext0
	.uleb128 .LFE106-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS269:
	.uleb128 0
	.uleb128 .LVU1026
	.uleb128 .LVU1026
	.uleb128 .LVU1053
	.uleb128 .LVU1053
	.uleb128 .LVU1054
	.uleb128 .LVU1054
	.uleb128 .LVU1059
	.uleb128 .LVU1059
	.uleb128 .LVU1060
	.uleb128 .LVU1060
	.uleb128 0
.LLST269:
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL285-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL285-.Ltext0
	.uleb128 .LVL290-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL290-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL294-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL294-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL295-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS270:
	.uleb128 0
	.uleb128 .LVU1063
	.uleb128 .LVU1063
	.uleb128 .LVU1065
	.uleb128 .LVU1065
	.uleb128 .LVU1068
	.uleb128 .LVU1068
	.uleb128 .LVU1071
	.uleb128 .LVU1071
	.uleb128 .LVU1073
	.uleb128 .LVU1073
	.uleb128 0
.LLST270:
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL296-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL296-.Ltext0
	.uleb128 .LVL298-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL298-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL301-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL301-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS271:
	.uleb128 0
	.uleb128 .LVU1049
	.uleb128 .LVU1049
	.uleb128 .LVU1054
	.uleb128 .LVU1054
	.uleb128 .LVU1058
	.uleb128 .LVU1058
	.uleb128 .LVU1060
	.uleb128 .LVU1060
	.uleb128 .LVU1064
	.uleb128 .LVU1064
	.uleb128 .LVU1068
	.uleb128 .LVU1068
	.uleb128 .LVU1072
	.uleb128 .LVU1072
	.uleb128 .LVU1074
	.uleb128 .LVU1074
	.uleb128 0
.LLST271:
	.byte	0x4
	.uleb128 .LVL284-.Ltext0
	.uleb128 .LVL288-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL288-.Ltext0
	.uleb128 .LVL291-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL293-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL293-.Ltext0
	.uleb128 .LVL295-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL295-.Ltext0
	.uleb128 .LVL297-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL297-.Ltext0
	.uleb128 .LVL300-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL302-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL302-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS273:
	.uleb128 .LVU1038
	.uleb128 .LVU1042
	.uleb128 .LVU1042
	.uleb128 .LVU1051
	.uleb128 .LVU1054
	.uleb128 .LVU1057
	.uleb128 .LVU1068
	.uleb128 .LVU1074
	.uleb128 .LVU1074
	.uleb128 0
.LLST273:
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL287-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL287-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL304-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL304-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS274:
	.uleb128 .LVU1038
	.uleb128 .LVU1051
	.uleb128 .LVU1054
	.uleb128 .LVU1057
	.uleb128 .LVU1068
	.uleb128 .LVU1071
	.uleb128 .LVU1071
	.uleb128 .LVU1073
	.uleb128 .LVU1073
	.uleb128 0
.LLST274:
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LVL301-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL301-.Ltext0
	.uleb128 .LVL303-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL303-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS275:
	.uleb128 .LVU1038
	.uleb128 .LVU1051
	.uleb128 .LVU1054
	.uleb128 .LVU1057
	.uleb128 .LVU1068
	.uleb128 0
.LLST275:
	.byte	0x4
	.uleb128 .LVL286-.Ltext0
	.uleb128 .LVL289-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL291-.Ltext0
	.uleb128 .LVL292-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL300-.Ltext0
	.uleb128 .LFE104-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS190:
	.uleb128 0
	.uleb128 .LVU602
	.uleb128 .LVU602
	.uleb128 0
.LLST190:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS191:
	.uleb128 0
	.uleb128 .LVU605
	.uleb128 .LVU605
	.uleb128 .LVU607
	.uleb128 .LVU607
	.uleb128 0
.LLST191:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS192:
	.uleb128 0
	.uleb128 .LVU593
	.uleb128 .LVU593
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU601
	.uleb128 .LVU601
	.uleb128 .LVU602
	.uleb128 .LVU602
	.uleb128 .LVU606
	.uleb128 .LVU606
	.uleb128 .LVU608
	.uleb128 .LVU608
	.uleb128 0
.LLST192:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL121-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL121-.Ltext0
	.uleb128 .LVL123-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL125-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL125-.Ltext0
	.uleb128 .LVL126-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL128-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL128-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS194:
	.uleb128 .LVU580
	.uleb128 .LVU584
	.uleb128 .LVU584
	.uleb128 .LVU595
	.uleb128 .LVU597
	.uleb128 .LVU600
	.uleb128 .LVU602
	.uleb128 .LVU608
	.uleb128 .LVU608
	.uleb128 0
.LLST194:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL120-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL120-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL130-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL130-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS195:
	.uleb128 .LVU580
	.uleb128 .LVU595
	.uleb128 .LVU597
	.uleb128 .LVU600
	.uleb128 .LVU602
	.uleb128 .LVU605
	.uleb128 .LVU605
	.uleb128 .LVU607
	.uleb128 .LVU607
	.uleb128 0
.LLST195:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LVL127-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL127-.Ltext0
	.uleb128 .LVL129-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL129-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS196:
	.uleb128 .LVU580
	.uleb128 .LVU595
	.uleb128 .LVU597
	.uleb128 .LVU600
	.uleb128 .LVU602
	.uleb128 0
.LLST196:
	.byte	0x4
	.uleb128 .LVL119-.Ltext0
	.uleb128 .LVL122-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL123-.Ltext0
	.uleb128 .LVL124-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL126-.Ltext0
	.uleb128 .LFE103-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS183:
	.uleb128 0
	.uleb128 .LVU567
	.uleb128 .LVU567
	.uleb128 0
.LLST183:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL113-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS184:
	.uleb128 0
	.uleb128 .LVU570
	.uleb128 .LVU570
	.uleb128 .LVU572
	.uleb128 .LVU572
	.uleb128 0
.LLST184:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS185:
	.uleb128 0
	.uleb128 .LVU571
	.uleb128 .LVU571
	.uleb128 0
.LLST185:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS187:
	.uleb128 .LVU554
	.uleb128 .LVU565
	.uleb128 .LVU567
	.uleb128 .LVU571
	.uleb128 .LVU571
	.uleb128 0
.LLST187:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL115-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL115-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS188:
	.uleb128 .LVU554
	.uleb128 .LVU565
	.uleb128 .LVU567
	.uleb128 .LVU570
	.uleb128 .LVU570
	.uleb128 .LVU572
	.uleb128 .LVU572
	.uleb128 0
.LLST188:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LVL114-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL114-.Ltext0
	.uleb128 .LVL116-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL116-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS189:
	.uleb128 .LVU554
	.uleb128 .LVU565
	.uleb128 .LVU567
	.uleb128 0
.LLST189:
	.byte	0x4
	.uleb128 .LVL111-.Ltext0
	.uleb128 .LVL112-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL113-.Ltext0
	.uleb128 .LFE101-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS176:
	.uleb128 0
	.uleb128 .LVU532
	.uleb128 .LVU532
	.uleb128 0
.LLST176:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL105-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS177:
	.uleb128 0
	.uleb128 .LVU535
	.uleb128 .LVU535
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 0
.LLST177:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL108-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS178:
	.uleb128 0
	.uleb128 .LVU536
	.uleb128 .LVU536
	.uleb128 0
.LLST178:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS180:
	.uleb128 .LVU519
	.uleb128 .LVU530
	.uleb128 .LVU532
	.uleb128 .LVU536
	.uleb128 .LVU536
	.uleb128 0
.LLST180:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL107-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL107-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS181:
	.uleb128 .LVU519
	.uleb128 .LVU530
	.uleb128 .LVU532
	.uleb128 .LVU535
	.uleb128 .LVU535
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 0
.LLST181:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LVL106-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL106-.Ltext0
	.uleb128 .LVL108-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL108-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS182:
	.uleb128 .LVU519
	.uleb128 .LVU530
	.uleb128 .LVU532
	.uleb128 0
.LLST182:
	.byte	0x4
	.uleb128 .LVL103-.Ltext0
	.uleb128 .LVL104-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL105-.Ltext0
	.uleb128 .LFE100-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS276:
	.uleb128 0
	.uleb128 .LVU1082
	.uleb128 .LVU1082
	.uleb128 .LVU1102
	.uleb128 .LVU1102
	.uleb128 .LVU1108
	.uleb128 .LVU1108
	.uleb128 0
.LLST276:
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL306-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL306-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LFE98-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS277:
	.uleb128 0
	.uleb128 .LVU1112
	.uleb128 .LVU1112
	.uleb128 .LVU1113
	.uleb128 .LVU1113
	.uleb128 0
.LLST277:
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL313-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL313-.Ltext0
	.uleb128 .LVL314-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL314-.Ltext0
	.uleb128 .LFE98-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS278:
	.uleb128 0
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1108
	.uleb128 .LVU1108
	.uleb128 .LVU1111
	.uleb128 .LVU1111
	.uleb128 0
.LLST278:
	.byte	0x4
	.uleb128 .LVL305-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL311-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL311-.Ltext0
	.uleb128 .LVL312-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL312-.Ltext0
	.uleb128 .LFE98-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS279:
	.uleb128 .LVU1094
	.uleb128 .LVU1101
	.uleb128 .LVU1101
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1107
.LLST279:
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL307-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS280:
	.uleb128 .LVU1094
	.uleb128 .LVU1107
.LLST280:
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS281:
	.uleb128 .LVU1094
	.uleb128 .LVU1102
	.uleb128 .LVU1102
	.uleb128 .LVU1107
.LLST281:
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL308-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL308-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS282:
	.uleb128 .LVU1098
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1107
.LLST282:
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS283:
	.uleb128 .LVU1098
	.uleb128 .LVU1103
	.uleb128 .LVU1103
	.uleb128 .LVU1107
.LLST283:
	.byte	0x4
	.uleb128 .LVL307-.Ltext0
	.uleb128 .LVL309-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL309-.Ltext0
	.uleb128 .LVL310-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS155:
	.uleb128 0
	.uleb128 .LVU449
	.uleb128 .LVU449
	.uleb128 0
.LLST155:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LFE97-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS156:
	.uleb128 0
	.uleb128 .LVU459
	.uleb128 .LVU459
	.uleb128 0
.LLST156:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LFE97-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS158:
	.uleb128 .LVU451
	.uleb128 .LVU458
	.uleb128 .LVU458
	.uleb128 .LVU459
	.uleb128 .LVU459
	.uleb128 .LVU463
.LLST158:
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL86-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS159:
	.uleb128 .LVU451
	.uleb128 .LVU463
.LLST159:
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS160:
	.uleb128 .LVU448
	.uleb128 .LVU449
	.uleb128 .LVU449
	.uleb128 .LVU463
.LLST160:
	.byte	0x4
	.uleb128 .LVL84-.Ltext0
	.uleb128 .LVL85-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL85-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS162:
	.uleb128 .LVU455
	.uleb128 .LVU459
	.uleb128 .LVU459
	.uleb128 .LVU463
.LLST162:
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL87-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL87-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS163:
	.uleb128 .LVU455
	.uleb128 .LVU463
.LLST163:
	.byte	0x4
	.uleb128 .LVL86-.Ltext0
	.uleb128 .LVL88-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS284:
	.uleb128 0
	.uleb128 .LVU1122
	.uleb128 .LVU1122
	.uleb128 .LVU1142
	.uleb128 .LVU1142
	.uleb128 .LVU1148
	.uleb128 .LVU1148
	.uleb128 0
.LLST284:
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL318-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL318-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL323-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL323-.Ltext0
	.uleb128 .LFE95-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS285:
	.uleb128 0
	.uleb128 .LVU1152
	.uleb128 .LVU1152
	.uleb128 .LVU1153
	.uleb128 .LVU1153
	.uleb128 0
.LLST285:
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL325-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL325-.Ltext0
	.uleb128 .LVL326-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL326-.Ltext0
	.uleb128 .LFE95-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS286:
	.uleb128 0
	.uleb128 .LVU1143
	.uleb128 .LVU1143
	.uleb128 .LVU1148
	.uleb128 .LVU1148
	.uleb128 .LVU1151
	.uleb128 .LVU1151
	.uleb128 0
.LLST286:
	.byte	0x4
	.uleb128 .LVL317-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL323-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL323-.Ltext0
	.uleb128 .LVL324-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL324-.Ltext0
	.uleb128 .LFE95-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS287:
	.uleb128 .LVU1134
	.uleb128 .LVU1141
	.uleb128 .LVU1141
	.uleb128 .LVU1143
	.uleb128 .LVU1143
	.uleb128 .LVU1147
.LLST287:
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL319-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS288:
	.uleb128 .LVU1134
	.uleb128 .LVU1147
.LLST288:
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS289:
	.uleb128 .LVU1134
	.uleb128 .LVU1142
	.uleb128 .LVU1142
	.uleb128 .LVU1147
.LLST289:
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL320-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS290:
	.uleb128 .LVU1138
	.uleb128 .LVU1143
	.uleb128 .LVU1143
	.uleb128 .LVU1147
.LLST290:
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS291:
	.uleb128 .LVU1138
	.uleb128 .LVU1143
	.uleb128 .LVU1143
	.uleb128 .LVU1147
.LLST291:
	.byte	0x4
	.uleb128 .LVL319-.Ltext0
	.uleb128 .LVL321-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL321-.Ltext0
	.uleb128 .LVL322-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS146:
	.uleb128 0
	.uleb128 .LVU427
	.uleb128 .LVU427
	.uleb128 0
.LLST146:
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LFE94-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS147:
	.uleb128 0
	.uleb128 .LVU437
	.uleb128 .LVU437
	.uleb128 0
.LLST147:
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LFE94-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS149:
	.uleb128 .LVU429
	.uleb128 .LVU436
	.uleb128 .LVU436
	.uleb128 .LVU437
	.uleb128 .LVU437
	.uleb128 .LVU441
.LLST149:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL81-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS150:
	.uleb128 .LVU429
	.uleb128 .LVU441
.LLST150:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS151:
	.uleb128 .LVU426
	.uleb128 .LVU427
	.uleb128 .LVU427
	.uleb128 .LVU441
.LLST151:
	.byte	0x4
	.uleb128 .LVL79-.Ltext0
	.uleb128 .LVL80-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL80-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS153:
	.uleb128 .LVU433
	.uleb128 .LVU437
	.uleb128 .LVU437
	.uleb128 .LVU441
.LLST153:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL82-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL82-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS154:
	.uleb128 .LVU433
	.uleb128 .LVU441
.LLST154:
	.byte	0x4
	.uleb128 .LVL81-.Ltext0
	.uleb128 .LVL83-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS292:
	.uleb128 0
	.uleb128 .LVU1162
	.uleb128 .LVU1162
	.uleb128 .LVU1182
	.uleb128 .LVU1182
	.uleb128 .LVU1188
	.uleb128 .LVU1188
	.uleb128 0
.LLST292:
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL330-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL330-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LFE92-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS293:
	.uleb128 0
	.uleb128 .LVU1192
	.uleb128 .LVU1192
	.uleb128 .LVU1193
	.uleb128 .LVU1193
	.uleb128 0
.LLST293:
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL337-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL337-.Ltext0
	.uleb128 .LVL338-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.Ltext0
	.uleb128 .LFE92-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS294:
	.uleb128 0
	.uleb128 .LVU1183
	.uleb128 .LVU1183
	.uleb128 .LVU1188
	.uleb128 .LVU1188
	.uleb128 .LVU1191
	.uleb128 .LVU1191
	.uleb128 0
.LLST294:
	.byte	0x4
	.uleb128 .LVL329-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL335-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL335-.Ltext0
	.uleb128 .LVL336-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL336-.Ltext0
	.uleb128 .LFE92-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS295:
	.uleb128 .LVU1174
	.uleb128 .LVU1181
	.uleb128 .LVU1181
	.uleb128 .LVU1183
	.uleb128 .LVU1183
	.uleb128 .LVU1187
.LLST295:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL331-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS296:
	.uleb128 .LVU1174
	.uleb128 .LVU1187
.LLST296:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS297:
	.uleb128 .LVU1174
	.uleb128 .LVU1182
	.uleb128 .LVU1182
	.uleb128 .LVU1187
.LLST297:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL332-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL332-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS298:
	.uleb128 .LVU1178
	.uleb128 .LVU1183
	.uleb128 .LVU1183
	.uleb128 .LVU1187
.LLST298:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS299:
	.uleb128 .LVU1178
	.uleb128 .LVU1183
	.uleb128 .LVU1183
	.uleb128 .LVU1187
.LLST299:
	.byte	0x4
	.uleb128 .LVL331-.Ltext0
	.uleb128 .LVL333-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL333-.Ltext0
	.uleb128 .LVL334-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS137:
	.uleb128 0
	.uleb128 .LVU405
	.uleb128 .LVU405
	.uleb128 0
.LLST137:
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LFE91-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS138:
	.uleb128 0
	.uleb128 .LVU415
	.uleb128 .LVU415
	.uleb128 0
.LLST138:
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LFE91-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS140:
	.uleb128 .LVU407
	.uleb128 .LVU414
	.uleb128 .LVU414
	.uleb128 .LVU415
	.uleb128 .LVU415
	.uleb128 .LVU419
.LLST140:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL76-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS141:
	.uleb128 .LVU407
	.uleb128 .LVU419
.LLST141:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS142:
	.uleb128 .LVU404
	.uleb128 .LVU405
	.uleb128 .LVU405
	.uleb128 .LVU419
.LLST142:
	.byte	0x4
	.uleb128 .LVL74-.Ltext0
	.uleb128 .LVL75-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL75-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS144:
	.uleb128 .LVU411
	.uleb128 .LVU415
	.uleb128 .LVU415
	.uleb128 .LVU419
.LLST144:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL77-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL77-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS145:
	.uleb128 .LVU411
	.uleb128 .LVU419
.LLST145:
	.byte	0x4
	.uleb128 .LVL76-.Ltext0
	.uleb128 .LVL78-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS300:
	.uleb128 0
	.uleb128 .LVU1202
	.uleb128 .LVU1202
	.uleb128 .LVU1222
	.uleb128 .LVU1222
	.uleb128 .LVU1228
	.uleb128 .LVU1228
	.uleb128 0
.LLST300:
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL342-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL342-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL344-.Ltext0
	.uleb128 .LVL347-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LFE89-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS301:
	.uleb128 0
	.uleb128 .LVU1232
	.uleb128 .LVU1232
	.uleb128 .LVU1233
	.uleb128 .LVU1233
	.uleb128 0
.LLST301:
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL349-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL349-.Ltext0
	.uleb128 .LVL350-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL350-.Ltext0
	.uleb128 .LFE89-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS302:
	.uleb128 0
	.uleb128 .LVU1223
	.uleb128 .LVU1223
	.uleb128 .LVU1228
	.uleb128 .LVU1228
	.uleb128 .LVU1231
	.uleb128 .LVU1231
	.uleb128 0
.LLST302:
	.byte	0x4
	.uleb128 .LVL341-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL347-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL347-.Ltext0
	.uleb128 .LVL348-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL348-.Ltext0
	.uleb128 .LFE89-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS303:
	.uleb128 .LVU1214
	.uleb128 .LVU1221
	.uleb128 .LVU1221
	.uleb128 .LVU1223
	.uleb128 .LVU1223
	.uleb128 .LVU1227
.LLST303:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL343-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS304:
	.uleb128 .LVU1214
	.uleb128 .LVU1227
.LLST304:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS305:
	.uleb128 .LVU1214
	.uleb128 .LVU1222
	.uleb128 .LVU1222
	.uleb128 .LVU1227
.LLST305:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL344-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL344-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS306:
	.uleb128 .LVU1218
	.uleb128 .LVU1223
	.uleb128 .LVU1223
	.uleb128 .LVU1227
.LLST306:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS307:
	.uleb128 .LVU1218
	.uleb128 .LVU1223
	.uleb128 .LVU1223
	.uleb128 .LVU1227
.LLST307:
	.byte	0x4
	.uleb128 .LVL343-.Ltext0
	.uleb128 .LVL345-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL345-.Ltext0
	.uleb128 .LVL346-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS128:
	.uleb128 0
	.uleb128 .LVU383
	.uleb128 .LVU383
	.uleb128 0
.LLST128:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LFE88-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS129:
	.uleb128 0
	.uleb128 .LVU393
	.uleb128 .LVU393
	.uleb128 0
.LLST129:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LFE88-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS131:
	.uleb128 .LVU385
	.uleb128 .LVU392
	.uleb128 .LVU392
	.uleb128 .LVU393
	.uleb128 .LVU393
	.uleb128 .LVU397
.LLST131:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL71-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS132:
	.uleb128 .LVU385
	.uleb128 .LVU397
.LLST132:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS133:
	.uleb128 .LVU382
	.uleb128 .LVU383
	.uleb128 .LVU383
	.uleb128 .LVU397
.LLST133:
	.byte	0x4
	.uleb128 .LVL69-.Ltext0
	.uleb128 .LVL70-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL70-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS135:
	.uleb128 .LVU389
	.uleb128 .LVU393
	.uleb128 .LVU393
	.uleb128 .LVU397
.LLST135:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL72-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL72-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS136:
	.uleb128 .LVU389
	.uleb128 .LVU397
.LLST136:
	.byte	0x4
	.uleb128 .LVL71-.Ltext0
	.uleb128 .LVL73-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS308:
	.uleb128 0
	.uleb128 .LVU1242
	.uleb128 .LVU1242
	.uleb128 .LVU1262
	.uleb128 .LVU1262
	.uleb128 .LVU1268
	.uleb128 .LVU1268
	.uleb128 0
.LLST308:
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL354-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL354-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL359-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL359-.Ltext0
	.uleb128 .LFE86-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS309:
	.uleb128 0
	.uleb128 .LVU1272
	.uleb128 .LVU1272
	.uleb128 .LVU1273
	.uleb128 .LVU1273
	.uleb128 0
.LLST309:
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL361-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL361-.Ltext0
	.uleb128 .LVL362-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL362-.Ltext0
	.uleb128 .LFE86-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS310:
	.uleb128 0
	.uleb128 .LVU1263
	.uleb128 .LVU1263
	.uleb128 .LVU1268
	.uleb128 .LVU1268
	.uleb128 .LVU1271
	.uleb128 .LVU1271
	.uleb128 0
.LLST310:
	.byte	0x4
	.uleb128 .LVL353-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL359-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL359-.Ltext0
	.uleb128 .LVL360-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL360-.Ltext0
	.uleb128 .LFE86-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS311:
	.uleb128 .LVU1254
	.uleb128 .LVU1261
	.uleb128 .LVU1261
	.uleb128 .LVU1263
	.uleb128 .LVU1263
	.uleb128 .LVU1267
.LLST311:
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL355-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS312:
	.uleb128 .LVU1254
	.uleb128 .LVU1267
.LLST312:
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS313:
	.uleb128 .LVU1254
	.uleb128 .LVU1262
	.uleb128 .LVU1262
	.uleb128 .LVU1267
.LLST313:
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL356-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL356-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS314:
	.uleb128 .LVU1258
	.uleb128 .LVU1263
	.uleb128 .LVU1263
	.uleb128 .LVU1267
.LLST314:
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS315:
	.uleb128 .LVU1258
	.uleb128 .LVU1263
	.uleb128 .LVU1263
	.uleb128 .LVU1267
.LLST315:
	.byte	0x4
	.uleb128 .LVL355-.Ltext0
	.uleb128 .LVL357-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL357-.Ltext0
	.uleb128 .LVL358-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS119:
	.uleb128 0
	.uleb128 .LVU361
	.uleb128 .LVU361
	.uleb128 0
.LLST119:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LFE85-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS120:
	.uleb128 0
	.uleb128 .LVU371
	.uleb128 .LVU371
	.uleb128 0
.LLST120:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LFE85-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS122:
	.uleb128 .LVU363
	.uleb128 .LVU370
	.uleb128 .LVU370
	.uleb128 .LVU371
	.uleb128 .LVU371
	.uleb128 .LVU375
.LLST122:
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL66-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS123:
	.uleb128 .LVU363
	.uleb128 .LVU375
.LLST123:
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS124:
	.uleb128 .LVU360
	.uleb128 .LVU361
	.uleb128 .LVU361
	.uleb128 .LVU375
.LLST124:
	.byte	0x4
	.uleb128 .LVL64-.Ltext0
	.uleb128 .LVL65-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL65-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS126:
	.uleb128 .LVU367
	.uleb128 .LVU371
	.uleb128 .LVU371
	.uleb128 .LVU375
.LLST126:
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL67-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL67-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS127:
	.uleb128 .LVU367
	.uleb128 .LVU375
.LLST127:
	.byte	0x4
	.uleb128 .LVL66-.Ltext0
	.uleb128 .LVL68-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS316:
	.uleb128 0
	.uleb128 .LVU1282
	.uleb128 .LVU1282
	.uleb128 .LVU1302
	.uleb128 .LVU1302
	.uleb128 .LVU1308
	.uleb128 .LVU1308
	.uleb128 0
.LLST316:
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL366-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL366-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL371-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LFE83-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS317:
	.uleb128 0
	.uleb128 .LVU1312
	.uleb128 .LVU1312
	.uleb128 .LVU1313
	.uleb128 .LVU1313
	.uleb128 0
.LLST317:
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL373-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL373-.Ltext0
	.uleb128 .LVL374-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL374-.Ltext0
	.uleb128 .LFE83-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS318:
	.uleb128 0
	.uleb128 .LVU1303
	.uleb128 .LVU1303
	.uleb128 .LVU1308
	.uleb128 .LVU1308
	.uleb128 .LVU1311
	.uleb128 .LVU1311
	.uleb128 0
.LLST318:
	.byte	0x4
	.uleb128 .LVL365-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL371-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL371-.Ltext0
	.uleb128 .LVL372-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL372-.Ltext0
	.uleb128 .LFE83-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS319:
	.uleb128 .LVU1294
	.uleb128 .LVU1301
	.uleb128 .LVU1301
	.uleb128 .LVU1303
	.uleb128 .LVU1303
	.uleb128 .LVU1307
.LLST319:
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL367-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS320:
	.uleb128 .LVU1294
	.uleb128 .LVU1307
.LLST320:
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS321:
	.uleb128 .LVU1294
	.uleb128 .LVU1302
	.uleb128 .LVU1302
	.uleb128 .LVU1307
.LLST321:
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL368-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL368-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS322:
	.uleb128 .LVU1298
	.uleb128 .LVU1303
	.uleb128 .LVU1303
	.uleb128 .LVU1307
.LLST322:
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS323:
	.uleb128 .LVU1298
	.uleb128 .LVU1303
	.uleb128 .LVU1303
	.uleb128 .LVU1307
.LLST323:
	.byte	0x4
	.uleb128 .LVL367-.Ltext0
	.uleb128 .LVL369-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL369-.Ltext0
	.uleb128 .LVL370-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS110:
	.uleb128 0
	.uleb128 .LVU339
	.uleb128 .LVU339
	.uleb128 0
.LLST110:
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LFE82-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS111:
	.uleb128 0
	.uleb128 .LVU349
	.uleb128 .LVU349
	.uleb128 0
.LLST111:
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LFE82-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS113:
	.uleb128 .LVU341
	.uleb128 .LVU348
	.uleb128 .LVU348
	.uleb128 .LVU349
	.uleb128 .LVU349
	.uleb128 .LVU353
.LLST113:
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL61-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS114:
	.uleb128 .LVU341
	.uleb128 .LVU353
.LLST114:
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS115:
	.uleb128 .LVU338
	.uleb128 .LVU339
	.uleb128 .LVU339
	.uleb128 .LVU353
.LLST115:
	.byte	0x4
	.uleb128 .LVL59-.Ltext0
	.uleb128 .LVL60-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL60-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS117:
	.uleb128 .LVU345
	.uleb128 .LVU349
	.uleb128 .LVU349
	.uleb128 .LVU353
.LLST117:
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL62-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL62-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS118:
	.uleb128 .LVU345
	.uleb128 .LVU353
.LLST118:
	.byte	0x4
	.uleb128 .LVL61-.Ltext0
	.uleb128 .LVL63-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS324:
	.uleb128 0
	.uleb128 .LVU1322
	.uleb128 .LVU1322
	.uleb128 .LVU1349
	.uleb128 .LVU1349
	.uleb128 .LVU1350
	.uleb128 .LVU1350
	.uleb128 0
.LLST324:
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL378-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL378-.Ltext0
	.uleb128 .LVL382-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL382-.Ltext0
	.uleb128 .LVL383-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LFE80-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS325:
	.uleb128 0
	.uleb128 .LVU1354
	.uleb128 .LVU1354
	.uleb128 .LVU1355
	.uleb128 .LVU1355
	.uleb128 0
.LLST325:
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL385-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL385-.Ltext0
	.uleb128 .LVL386-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL386-.Ltext0
	.uleb128 .LFE80-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS326:
	.uleb128 0
	.uleb128 .LVU1347
	.uleb128 .LVU1347
	.uleb128 .LVU1350
	.uleb128 .LVU1350
	.uleb128 .LVU1353
	.uleb128 .LVU1353
	.uleb128 0
.LLST326:
	.byte	0x4
	.uleb128 .LVL377-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL381-.Ltext0
	.uleb128 .LVL383-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL383-.Ltext0
	.uleb128 .LVL384-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL384-.Ltext0
	.uleb128 .LFE80-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS327:
	.uleb128 .LVU1334
	.uleb128 .LVU1341
	.uleb128 .LVU1341
	.uleb128 .LVU1347
.LLST327:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL379-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS328:
	.uleb128 .LVU1334
	.uleb128 .LVU1347
.LLST328:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS329:
	.uleb128 .LVU1334
	.uleb128 .LVU1347
.LLST329:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS331:
	.uleb128 .LVU1338
	.uleb128 .LVU1347
.LLST331:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL381-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS332:
	.uleb128 .LVU1338
	.uleb128 .LVU1342
.LLST332:
	.byte	0x4
	.uleb128 .LVL379-.Ltext0
	.uleb128 .LVL380-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS102:
	.uleb128 0
	.uleb128 .LVU330
	.uleb128 .LVU330
	.uleb128 0
.LLST102:
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL58-.Ltext0
	.uleb128 .LFE79-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS104:
	.uleb128 .LVU317
	.uleb128 .LVU324
	.uleb128 .LVU324
	.uleb128 .LVU330
.LLST104:
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL56-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS105:
	.uleb128 .LVU317
	.uleb128 .LVU330
.LLST105:
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS106:
	.uleb128 .LVU315
	.uleb128 .LVU330
.LLST106:
	.byte	0x4
	.uleb128 .LVL55-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS108:
	.uleb128 .LVU321
	.uleb128 .LVU330
.LLST108:
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL58-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS109:
	.uleb128 .LVU321
	.uleb128 .LVU325
.LLST109:
	.byte	0x4
	.uleb128 .LVL56-.Ltext0
	.uleb128 .LVL57-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS333:
	.uleb128 0
	.uleb128 .LVU1364
	.uleb128 .LVU1364
	.uleb128 .LVU1391
	.uleb128 .LVU1391
	.uleb128 .LVU1392
	.uleb128 .LVU1392
	.uleb128 0
.LLST333:
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL390-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL390-.Ltext0
	.uleb128 .LVL394-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL394-.Ltext0
	.uleb128 .LVL395-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LFE77-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS334:
	.uleb128 0
	.uleb128 .LVU1396
	.uleb128 .LVU1396
	.uleb128 .LVU1397
	.uleb128 .LVU1397
	.uleb128 0
.LLST334:
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL397-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL397-.Ltext0
	.uleb128 .LVL398-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL398-.Ltext0
	.uleb128 .LFE77-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS335:
	.uleb128 0
	.uleb128 .LVU1389
	.uleb128 .LVU1389
	.uleb128 .LVU1392
	.uleb128 .LVU1392
	.uleb128 .LVU1395
	.uleb128 .LVU1395
	.uleb128 0
.LLST335:
	.byte	0x4
	.uleb128 .LVL389-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL393-.Ltext0
	.uleb128 .LVL395-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL395-.Ltext0
	.uleb128 .LVL396-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL396-.Ltext0
	.uleb128 .LFE77-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS336:
	.uleb128 .LVU1376
	.uleb128 .LVU1383
	.uleb128 .LVU1383
	.uleb128 .LVU1389
.LLST336:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL391-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS337:
	.uleb128 .LVU1376
	.uleb128 .LVU1389
.LLST337:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS338:
	.uleb128 .LVU1376
	.uleb128 .LVU1389
.LLST338:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS340:
	.uleb128 .LVU1380
	.uleb128 .LVU1389
.LLST340:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL393-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS341:
	.uleb128 .LVU1380
	.uleb128 .LVU1384
.LLST341:
	.byte	0x4
	.uleb128 .LVL391-.Ltext0
	.uleb128 .LVL392-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS94:
	.uleb128 0
	.uleb128 .LVU307
	.uleb128 .LVU307
	.uleb128 0
.LLST94:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL54-.Ltext0
	.uleb128 .LFE76-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS96:
	.uleb128 .LVU294
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU307
.LLST96:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL52-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS97:
	.uleb128 .LVU294
	.uleb128 .LVU307
.LLST97:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS98:
	.uleb128 .LVU292
	.uleb128 .LVU307
.LLST98:
	.byte	0x4
	.uleb128 .LVL51-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS100:
	.uleb128 .LVU298
	.uleb128 .LVU307
.LLST100:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL54-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS101:
	.uleb128 .LVU298
	.uleb128 .LVU302
.LLST101:
	.byte	0x4
	.uleb128 .LVL52-.Ltext0
	.uleb128 .LVL53-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS342:
	.uleb128 0
	.uleb128 .LVU1406
	.uleb128 .LVU1406
	.uleb128 .LVU1433
	.uleb128 .LVU1433
	.uleb128 .LVU1434
	.uleb128 .LVU1434
	.uleb128 0
.LLST342:
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL402-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL402-.Ltext0
	.uleb128 .LVL406-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL406-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LFE74-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS343:
	.uleb128 0
	.uleb128 .LVU1438
	.uleb128 .LVU1438
	.uleb128 .LVU1439
	.uleb128 .LVU1439
	.uleb128 0
.LLST343:
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL409-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL409-.Ltext0
	.uleb128 .LVL410-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL410-.Ltext0
	.uleb128 .LFE74-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS344:
	.uleb128 0
	.uleb128 .LVU1431
	.uleb128 .LVU1431
	.uleb128 .LVU1434
	.uleb128 .LVU1434
	.uleb128 .LVU1437
	.uleb128 .LVU1437
	.uleb128 0
.LLST344:
	.byte	0x4
	.uleb128 .LVL401-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL405-.Ltext0
	.uleb128 .LVL407-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL407-.Ltext0
	.uleb128 .LVL408-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL408-.Ltext0
	.uleb128 .LFE74-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS345:
	.uleb128 .LVU1418
	.uleb128 .LVU1425
	.uleb128 .LVU1425
	.uleb128 .LVU1431
.LLST345:
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL403-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS346:
	.uleb128 .LVU1418
	.uleb128 .LVU1431
.LLST346:
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS347:
	.uleb128 .LVU1418
	.uleb128 .LVU1431
.LLST347:
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS349:
	.uleb128 .LVU1422
	.uleb128 .LVU1431
.LLST349:
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL405-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS350:
	.uleb128 .LVU1422
	.uleb128 .LVU1426
.LLST350:
	.byte	0x4
	.uleb128 .LVL403-.Ltext0
	.uleb128 .LVL404-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS86:
	.uleb128 0
	.uleb128 .LVU284
	.uleb128 .LVU284
	.uleb128 0
.LLST86:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL50-.Ltext0
	.uleb128 .LFE73-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS88:
	.uleb128 .LVU271
	.uleb128 .LVU278
	.uleb128 .LVU278
	.uleb128 .LVU284
.LLST88:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL48-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS89:
	.uleb128 .LVU271
	.uleb128 .LVU284
.LLST89:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS90:
	.uleb128 .LVU269
	.uleb128 .LVU284
.LLST90:
	.byte	0x4
	.uleb128 .LVL47-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS92:
	.uleb128 .LVU275
	.uleb128 .LVU284
.LLST92:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL50-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS93:
	.uleb128 .LVU275
	.uleb128 .LVU279
.LLST93:
	.byte	0x4
	.uleb128 .LVL48-.Ltext0
	.uleb128 .LVL49-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS351:
	.uleb128 0
	.uleb128 .LVU1448
	.uleb128 .LVU1448
	.uleb128 .LVU1475
	.uleb128 .LVU1475
	.uleb128 .LVU1476
	.uleb128 .LVU1476
	.uleb128 0
.LLST351:
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL414-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL414-.Ltext0
	.uleb128 .LVL418-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL418-.Ltext0
	.uleb128 .LVL419-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LFE71-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS352:
	.uleb128 0
	.uleb128 .LVU1480
	.uleb128 .LVU1480
	.uleb128 .LVU1481
	.uleb128 .LVU1481
	.uleb128 0
.LLST352:
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL421-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL421-.Ltext0
	.uleb128 .LVL422-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL422-.Ltext0
	.uleb128 .LFE71-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS353:
	.uleb128 0
	.uleb128 .LVU1473
	.uleb128 .LVU1473
	.uleb128 .LVU1476
	.uleb128 .LVU1476
	.uleb128 .LVU1479
	.uleb128 .LVU1479
	.uleb128 0
.LLST353:
	.byte	0x4
	.uleb128 .LVL413-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL417-.Ltext0
	.uleb128 .LVL419-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL419-.Ltext0
	.uleb128 .LVL420-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL420-.Ltext0
	.uleb128 .LFE71-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS354:
	.uleb128 .LVU1460
	.uleb128 .LVU1467
	.uleb128 .LVU1467
	.uleb128 .LVU1473
.LLST354:
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL415-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS355:
	.uleb128 .LVU1460
	.uleb128 .LVU1473
.LLST355:
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS356:
	.uleb128 .LVU1460
	.uleb128 .LVU1473
.LLST356:
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS358:
	.uleb128 .LVU1464
	.uleb128 .LVU1473
.LLST358:
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL417-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS359:
	.uleb128 .LVU1464
	.uleb128 .LVU1468
.LLST359:
	.byte	0x4
	.uleb128 .LVL415-.Ltext0
	.uleb128 .LVL416-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS78:
	.uleb128 0
	.uleb128 .LVU261
	.uleb128 .LVU261
	.uleb128 0
.LLST78:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL46-.Ltext0
	.uleb128 .LFE70-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS80:
	.uleb128 .LVU248
	.uleb128 .LVU255
	.uleb128 .LVU255
	.uleb128 .LVU261
.LLST80:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL44-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS81:
	.uleb128 .LVU248
	.uleb128 .LVU261
.LLST81:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS82:
	.uleb128 .LVU246
	.uleb128 .LVU261
.LLST82:
	.byte	0x4
	.uleb128 .LVL43-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS84:
	.uleb128 .LVU252
	.uleb128 .LVU261
.LLST84:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL46-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS85:
	.uleb128 .LVU252
	.uleb128 .LVU256
.LLST85:
	.byte	0x4
	.uleb128 .LVL44-.Ltext0
	.uleb128 .LVL45-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS360:
	.uleb128 0
	.uleb128 .LVU1490
	.uleb128 .LVU1490
	.uleb128 .LVU1517
	.uleb128 .LVU1517
	.uleb128 .LVU1518
	.uleb128 .LVU1518
	.uleb128 0
.LLST360:
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL426-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL426-.Ltext0
	.uleb128 .LVL430-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL430-.Ltext0
	.uleb128 .LVL431-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LFE68-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS361:
	.uleb128 0
	.uleb128 .LVU1522
	.uleb128 .LVU1522
	.uleb128 .LVU1523
	.uleb128 .LVU1523
	.uleb128 0
.LLST361:
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL433-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL433-.Ltext0
	.uleb128 .LVL434-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL434-.Ltext0
	.uleb128 .LFE68-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS362:
	.uleb128 0
	.uleb128 .LVU1515
	.uleb128 .LVU1515
	.uleb128 .LVU1518
	.uleb128 .LVU1518
	.uleb128 .LVU1521
	.uleb128 .LVU1521
	.uleb128 0
.LLST362:
	.byte	0x4
	.uleb128 .LVL425-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL429-.Ltext0
	.uleb128 .LVL431-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL431-.Ltext0
	.uleb128 .LVL432-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL432-.Ltext0
	.uleb128 .LFE68-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS363:
	.uleb128 .LVU1502
	.uleb128 .LVU1509
	.uleb128 .LVU1509
	.uleb128 .LVU1515
.LLST363:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL427-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS364:
	.uleb128 .LVU1502
	.uleb128 .LVU1515
.LLST364:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS365:
	.uleb128 .LVU1502
	.uleb128 .LVU1515
.LLST365:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS367:
	.uleb128 .LVU1506
	.uleb128 .LVU1515
.LLST367:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL429-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS368:
	.uleb128 .LVU1506
	.uleb128 .LVU1510
.LLST368:
	.byte	0x4
	.uleb128 .LVL427-.Ltext0
	.uleb128 .LVL428-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS70:
	.uleb128 0
	.uleb128 .LVU238
	.uleb128 .LVU238
	.uleb128 0
.LLST70:
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL42-.Ltext0
	.uleb128 .LFE67-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS72:
	.uleb128 .LVU225
	.uleb128 .LVU232
	.uleb128 .LVU232
	.uleb128 .LVU238
.LLST72:
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL40-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS73:
	.uleb128 .LVU225
	.uleb128 .LVU238
.LLST73:
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS74:
	.uleb128 .LVU223
	.uleb128 .LVU238
.LLST74:
	.byte	0x4
	.uleb128 .LVL39-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS76:
	.uleb128 .LVU229
	.uleb128 .LVU238
.LLST76:
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL42-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS77:
	.uleb128 .LVU229
	.uleb128 .LVU233
.LLST77:
	.byte	0x4
	.uleb128 .LVL40-.Ltext0
	.uleb128 .LVL41-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS369:
	.uleb128 0
	.uleb128 .LVU1532
	.uleb128 .LVU1532
	.uleb128 .LVU1551
	.uleb128 .LVU1551
	.uleb128 .LVU1552
	.uleb128 .LVU1552
	.uleb128 0
.LLST369:
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL438-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL438-.Ltext0
	.uleb128 .LVL441-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL441-.Ltext0
	.uleb128 .LVL442-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL442-.Ltext0
	.uleb128 .LFE65-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS370:
	.uleb128 0
	.uleb128 .LVU1556
	.uleb128 .LVU1556
	.uleb128 .LVU1557
	.uleb128 .LVU1557
	.uleb128 0
.LLST370:
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL444-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL444-.Ltext0
	.uleb128 .LVL445-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL445-.Ltext0
	.uleb128 .LFE65-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS371:
	.uleb128 0
	.uleb128 .LVU1555
	.uleb128 .LVU1555
	.uleb128 0
.LLST371:
	.byte	0x4
	.uleb128 .LVL437-.Ltext0
	.uleb128 .LVL443-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL443-.Ltext0
	.uleb128 .LFE65-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS372:
	.uleb128 .LVU1544
	.uleb128 .LVU1550
.LLST372:
	.byte	0x4
	.uleb128 .LVL439-.Ltext0
	.uleb128 .LVL440-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS373:
	.uleb128 .LVU1544
	.uleb128 .LVU1550
.LLST373:
	.byte	0x4
	.uleb128 .LVL439-.Ltext0
	.uleb128 .LVL440-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS374:
	.uleb128 .LVU1544
	.uleb128 .LVU1550
.LLST374:
	.byte	0x4
	.uleb128 .LVL439-.Ltext0
	.uleb128 .LVL440-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS67:
	.uleb128 .LVU211
	.uleb128 .LVU216
.LLST67:
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS68:
	.uleb128 .LVU211
	.uleb128 .LVU216
.LLST68:
	.byte	0x4
	.uleb128 .LVL38-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS69:
	.uleb128 .LVU209
	.uleb128 .LVU216
.LLST69:
	.byte	0x4
	.uleb128 .LVL37-.Ltext0
	.uleb128 .LVL38-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS375:
	.uleb128 0
	.uleb128 .LVU1566
	.uleb128 .LVU1566
	.uleb128 .LVU1585
	.uleb128 .LVU1585
	.uleb128 .LVU1586
	.uleb128 .LVU1586
	.uleb128 0
.LLST375:
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL449-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL449-.Ltext0
	.uleb128 .LVL452-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL452-.Ltext0
	.uleb128 .LVL453-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL453-.Ltext0
	.uleb128 .LFE62-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS376:
	.uleb128 0
	.uleb128 .LVU1590
	.uleb128 .LVU1590
	.uleb128 .LVU1591
	.uleb128 .LVU1591
	.uleb128 0
.LLST376:
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL455-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL455-.Ltext0
	.uleb128 .LVL456-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL456-.Ltext0
	.uleb128 .LFE62-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS377:
	.uleb128 0
	.uleb128 .LVU1589
	.uleb128 .LVU1589
	.uleb128 0
.LLST377:
	.byte	0x4
	.uleb128 .LVL448-.Ltext0
	.uleb128 .LVL454-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL454-.Ltext0
	.uleb128 .LFE62-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS378:
	.uleb128 .LVU1578
	.uleb128 .LVU1584
.LLST378:
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS379:
	.uleb128 .LVU1578
	.uleb128 .LVU1584
.LLST379:
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS380:
	.uleb128 .LVU1578
	.uleb128 .LVU1584
.LLST380:
	.byte	0x4
	.uleb128 .LVL450-.Ltext0
	.uleb128 .LVL451-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS63:
	.uleb128 .LVU197
	.uleb128 .LVU202
.LLST63:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS64:
	.uleb128 .LVU197
	.uleb128 .LVU202
.LLST64:
	.byte	0x4
	.uleb128 .LVL36-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS65:
	.uleb128 .LVU195
	.uleb128 .LVU202
.LLST65:
	.byte	0x4
	.uleb128 .LVL35-.Ltext0
	.uleb128 .LVL36-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS381:
	.uleb128 0
	.uleb128 .LVU1616
	.uleb128 .LVU1616
	.uleb128 .LVU1631
	.uleb128 .LVU1631
	.uleb128 .LVU1632
	.uleb128 .LVU1632
	.uleb128 0
.LLST381:
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL462-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL462-.Ltext0
	.uleb128 .LVL468-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL468-.Ltext0
	.uleb128 .LVL469-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL469-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS382:
	.uleb128 0
	.uleb128 .LVU1635
	.uleb128 .LVU1635
	.uleb128 .LVU1637
	.uleb128 .LVU1637
	.uleb128 .LVU1640
	.uleb128 .LVU1640
	.uleb128 .LVU1643
	.uleb128 .LVU1643
	.uleb128 .LVU1644
	.uleb128 .LVU1644
	.uleb128 0
.LLST382:
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL470-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL470-.Ltext0
	.uleb128 .LVL472-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL472-.Ltext0
	.uleb128 .LVL474-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL475-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL475-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS383:
	.uleb128 0
	.uleb128 .LVU1600
	.uleb128 .LVU1600
	.uleb128 .LVU1636
	.uleb128 .LVU1636
	.uleb128 .LVU1640
	.uleb128 .LVU1640
	.uleb128 .LVU1645
	.uleb128 .LVU1645
	.uleb128 0
.LLST383:
	.byte	0x4
	.uleb128 .LVL459-.Ltext0
	.uleb128 .LVL460-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL460-.Ltext0
	.uleb128 .LVL471-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL471-.Ltext0
	.uleb128 .LVL474-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS385:
	.uleb128 .LVU1612
	.uleb128 .LVU1624
	.uleb128 .LVU1624
	.uleb128 .LVU1630
	.uleb128 .LVU1640
	.uleb128 .LVU1645
	.uleb128 .LVU1645
	.uleb128 0
.LLST385:
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL465-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL465-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL477-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL477-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS386:
	.uleb128 .LVU1612
	.uleb128 .LVU1630
	.uleb128 .LVU1640
	.uleb128 .LVU1643
	.uleb128 .LVU1643
	.uleb128 .LVU1644
	.uleb128 .LVU1644
	.uleb128 0
.LLST386:
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LVL475-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL475-.Ltext0
	.uleb128 .LVL476-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL476-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS387:
	.uleb128 .LVU1612
	.uleb128 .LVU1616
	.uleb128 .LVU1616
	.uleb128 .LVU1630
	.uleb128 .LVU1640
	.uleb128 0
.LLST387:
	.byte	0x4
	.uleb128 .LVL461-.Ltext0
	.uleb128 .LVL462-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL462-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL474-.Ltext0
	.uleb128 .LFE59-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS388:
	.uleb128 .LVU1620
	.uleb128 .LVU1632
.LLST388:
	.byte	0x4
	.uleb128 .LVL463-.Ltext0
	.uleb128 .LVL469-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS389:
	.uleb128 .LVU1621
	.uleb128 .LVU1625
	.uleb128 .LVU1625
	.uleb128 .LVU1626
.LLST389:
	.byte	0x4
	.uleb128 .LVL464-.Ltext0
	.uleb128 .LVL466-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL466-.Ltext0
	.uleb128 .LVL467-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0
.LVUS390:
	.uleb128 0
	.uleb128 .LVU1669
	.uleb128 .LVU1669
	.uleb128 .LVU1686
	.uleb128 .LVU1686
	.uleb128 .LVU1687
	.uleb128 .LVU1687
	.uleb128 .LVU1696
	.uleb128 .LVU1696
	.uleb128 .LVU1697
	.uleb128 .LVU1697
	.uleb128 0
.LLST390:
	.byte	0x4
	.uleb128 .LVL478-.Ltext0
	.uleb128 .LVL481-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL487-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL487-.Ltext0
	.uleb128 .LVL488-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL491-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL491-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL492-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS391:
	.uleb128 0
	.uleb128 .LVU1700
	.uleb128 .LVU1700
	.uleb128 .LVU1702
	.uleb128 .LVU1702
	.uleb128 .LVU1705
	.uleb128 .LVU1705
	.uleb128 .LVU1708
	.uleb128 .LVU1708
	.uleb128 .LVU1709
	.uleb128 .LVU1709
	.uleb128 0
.LLST391:
	.byte	0x4
	.uleb128 .LVL478-.Ltext0
	.uleb128 .LVL493-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL493-.Ltext0
	.uleb128 .LVL495-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL495-.Ltext0
	.uleb128 .LVL497-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LVL498-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS392:
	.uleb128 0
	.uleb128 .LVU1653
	.uleb128 .LVU1653
	.uleb128 .LVU1701
	.uleb128 .LVU1701
	.uleb128 .LVU1705
	.uleb128 .LVU1705
	.uleb128 .LVU1710
	.uleb128 .LVU1710
	.uleb128 0
.LLST392:
	.byte	0x4
	.uleb128 .LVL478-.Ltext0
	.uleb128 .LVL479-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL479-.Ltext0
	.uleb128 .LVL494-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL494-.Ltext0
	.uleb128 .LVL497-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LVL500-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS394:
	.uleb128 .LVU1665
	.uleb128 .LVU1677
	.uleb128 .LVU1677
	.uleb128 .LVU1685
	.uleb128 .LVU1687
	.uleb128 .LVU1695
	.uleb128 .LVU1705
	.uleb128 .LVU1710
	.uleb128 .LVU1710
	.uleb128 0
.LLST394:
	.byte	0x4
	.uleb128 .LVL480-.Ltext0
	.uleb128 .LVL484-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL484-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LVL500-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL500-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS395:
	.uleb128 .LVU1665
	.uleb128 .LVU1685
	.uleb128 .LVU1687
	.uleb128 .LVU1695
	.uleb128 .LVU1705
	.uleb128 .LVU1708
	.uleb128 .LVU1708
	.uleb128 .LVU1709
	.uleb128 .LVU1709
	.uleb128 0
.LLST395:
	.byte	0x4
	.uleb128 .LVL480-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LVL498-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL498-.Ltext0
	.uleb128 .LVL499-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL499-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS396:
	.uleb128 .LVU1665
	.uleb128 .LVU1669
	.uleb128 .LVU1669
	.uleb128 .LVU1685
	.uleb128 .LVU1687
	.uleb128 .LVU1695
	.uleb128 .LVU1705
	.uleb128 0
.LLST396:
	.byte	0x4
	.uleb128 .LVL480-.Ltext0
	.uleb128 .LVL481-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL481-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL497-.Ltext0
	.uleb128 .LFE56-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS398:
	.uleb128 .LVU1673
	.uleb128 .LVU1697
.LLST398:
	.byte	0x4
	.uleb128 .LVL482-.Ltext0
	.uleb128 .LVL492-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS399:
	.uleb128 .LVU1674
	.uleb128 .LVU1678
	.uleb128 .LVU1678
	.uleb128 .LVU1681
	.uleb128 .LVU1687
	.uleb128 .LVU1688
	.uleb128 .LVU1688
	.uleb128 .LVU1691
	.uleb128 .LVU1691
	.uleb128 .LVU1695
.LLST399:
	.byte	0x4
	.uleb128 .LVL483-.Ltext0
	.uleb128 .LVL485-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL485-.Ltext0
	.uleb128 .LVL486-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL488-.Ltext0
	.uleb128 .LVL489-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL489-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL490-.Ltext0
	.uleb128 .LVL490-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS400:
	.uleb128 0
	.uleb128 .LVU1718
	.uleb128 .LVU1718
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 .LVU1745
	.uleb128 .LVU1745
	.uleb128 0
.LLST400:
	.byte	0x4
	.uleb128 .LVL501-.Ltext0
	.uleb128 .LVL502-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL502-.Ltext0
	.uleb128 .LVL506-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL506-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL507-.Ltext0
	.uleb128 .LFE53-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS401:
	.uleb128 0
	.uleb128 .LVU1749
	.uleb128 .LVU1749
	.uleb128 .LVU1750
	.uleb128 .LVU1750
	.uleb128 0
.LLST401:
	.byte	0x4
	.uleb128 .LVL501-.Ltext0
	.uleb128 .LVL509-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL509-.Ltext0
	.uleb128 .LVL510-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL510-.Ltext0
	.uleb128 .LFE53-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS402:
	.uleb128 0
	.uleb128 .LVU1738
	.uleb128 .LVU1738
	.uleb128 .LVU1745
	.uleb128 .LVU1745
	.uleb128 .LVU1748
	.uleb128 .LVU1748
	.uleb128 0
.LLST402:
	.byte	0x4
	.uleb128 .LVL501-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL507-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL507-.Ltext0
	.uleb128 .LVL508-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL508-.Ltext0
	.uleb128 .LFE53-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS403:
	.uleb128 .LVU1730
	.uleb128 .LVU1737
	.uleb128 .LVU1737
	.uleb128 .LVU1738
	.uleb128 .LVU1738
	.uleb128 .LVU1743
.LLST403:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL503-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS404:
	.uleb128 .LVU1730
	.uleb128 .LVU1743
.LLST404:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS405:
	.uleb128 .LVU1730
	.uleb128 .LVU1743
.LLST405:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS406:
	.uleb128 .LVU1734
	.uleb128 .LVU1738
	.uleb128 .LVU1738
	.uleb128 .LVU1743
.LLST406:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS407:
	.uleb128 .LVU1734
	.uleb128 .LVU1738
	.uleb128 .LVU1738
	.uleb128 .LVU1739
.LLST407:
	.byte	0x4
	.uleb128 .LVL503-.Ltext0
	.uleb128 .LVL504-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL504-.Ltext0
	.uleb128 .LVL505-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS54:
	.uleb128 0
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 0
.LLST54:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LFE52-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS56:
	.uleb128 .LVU175
	.uleb128 .LVU182
	.uleb128 .LVU182
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 .LVU188
.LLST56:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL32-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS57:
	.uleb128 .LVU175
	.uleb128 .LVU188
.LLST57:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS58:
	.uleb128 .LVU173
	.uleb128 .LVU188
.LLST58:
	.byte	0x4
	.uleb128 .LVL31-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS60:
	.uleb128 .LVU179
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 .LVU188
.LLST60:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS61:
	.uleb128 .LVU179
	.uleb128 .LVU183
	.uleb128 .LVU183
	.uleb128 .LVU184
.LLST61:
	.byte	0x4
	.uleb128 .LVL32-.Ltext0
	.uleb128 .LVL33-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL33-.Ltext0
	.uleb128 .LVL34-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS408:
	.uleb128 0
	.uleb128 .LVU1759
	.uleb128 .LVU1759
	.uleb128 .LVU1786
	.uleb128 .LVU1786
	.uleb128 .LVU1787
	.uleb128 .LVU1787
	.uleb128 0
.LLST408:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL514-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL514-.Ltext0
	.uleb128 .LVL518-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL518-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS409:
	.uleb128 0
	.uleb128 .LVU1791
	.uleb128 .LVU1791
	.uleb128 .LVU1792
	.uleb128 .LVU1792
	.uleb128 0
.LLST409:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL521-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL521-.Ltext0
	.uleb128 .LVL522-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL522-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS410:
	.uleb128 0
	.uleb128 .LVU1784
	.uleb128 .LVU1784
	.uleb128 .LVU1787
	.uleb128 .LVU1787
	.uleb128 .LVU1790
	.uleb128 .LVU1790
	.uleb128 0
.LLST410:
	.byte	0x4
	.uleb128 .LVL513-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL517-.Ltext0
	.uleb128 .LVL519-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL519-.Ltext0
	.uleb128 .LVL520-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL520-.Ltext0
	.uleb128 .LFE50-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS411:
	.uleb128 .LVU1771
	.uleb128 .LVU1778
	.uleb128 .LVU1778
	.uleb128 .LVU1784
.LLST411:
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL515-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS412:
	.uleb128 .LVU1771
	.uleb128 .LVU1784
.LLST412:
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS413:
	.uleb128 .LVU1771
	.uleb128 .LVU1784
.LLST413:
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS415:
	.uleb128 .LVU1775
	.uleb128 .LVU1784
.LLST415:
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL517-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS416:
	.uleb128 .LVU1775
	.uleb128 .LVU1779
.LLST416:
	.byte	0x4
	.uleb128 .LVL515-.Ltext0
	.uleb128 .LVL516-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS46:
	.uleb128 0
	.uleb128 .LVU165
	.uleb128 .LVU165
	.uleb128 0
.LLST46:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-.Ltext0
	.uleb128 .LFE49-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS48:
	.uleb128 .LVU152
	.uleb128 .LVU159
	.uleb128 .LVU159
	.uleb128 .LVU165
.LLST48:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL28-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS49:
	.uleb128 .LVU152
	.uleb128 .LVU165
.LLST49:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS50:
	.uleb128 .LVU150
	.uleb128 .LVU165
.LLST50:
	.byte	0x4
	.uleb128 .LVL27-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS52:
	.uleb128 .LVU156
	.uleb128 .LVU165
.LLST52:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL30-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS53:
	.uleb128 .LVU156
	.uleb128 .LVU160
.LLST53:
	.byte	0x4
	.uleb128 .LVL28-.Ltext0
	.uleb128 .LVL29-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS417:
	.uleb128 0
	.uleb128 .LVU1801
	.uleb128 .LVU1801
	.uleb128 .LVU1828
	.uleb128 .LVU1828
	.uleb128 .LVU1829
	.uleb128 .LVU1829
	.uleb128 0
.LLST417:
	.byte	0x4
	.uleb128 .LVL525-.Ltext0
	.uleb128 .LVL526-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL526-.Ltext0
	.uleb128 .LVL530-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL530-.Ltext0
	.uleb128 .LVL531-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS418:
	.uleb128 0
	.uleb128 .LVU1833
	.uleb128 .LVU1833
	.uleb128 .LVU1834
	.uleb128 .LVU1834
	.uleb128 0
.LLST418:
	.byte	0x4
	.uleb128 .LVL525-.Ltext0
	.uleb128 .LVL533-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL533-.Ltext0
	.uleb128 .LVL534-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL534-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS419:
	.uleb128 0
	.uleb128 .LVU1826
	.uleb128 .LVU1826
	.uleb128 .LVU1829
	.uleb128 .LVU1829
	.uleb128 .LVU1832
	.uleb128 .LVU1832
	.uleb128 0
.LLST419:
	.byte	0x4
	.uleb128 .LVL525-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL529-.Ltext0
	.uleb128 .LVL531-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL531-.Ltext0
	.uleb128 .LVL532-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL532-.Ltext0
	.uleb128 .LFE47-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS420:
	.uleb128 .LVU1813
	.uleb128 .LVU1820
	.uleb128 .LVU1820
	.uleb128 .LVU1826
.LLST420:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL527-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS421:
	.uleb128 .LVU1813
	.uleb128 .LVU1826
.LLST421:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS422:
	.uleb128 .LVU1813
	.uleb128 .LVU1826
.LLST422:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS424:
	.uleb128 .LVU1817
	.uleb128 .LVU1826
.LLST424:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL529-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS425:
	.uleb128 .LVU1817
	.uleb128 .LVU1821
.LLST425:
	.byte	0x4
	.uleb128 .LVL527-.Ltext0
	.uleb128 .LVL528-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS38:
	.uleb128 0
	.uleb128 .LVU142
	.uleb128 .LVU142
	.uleb128 0
.LLST38:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL26-.Ltext0
	.uleb128 .LFE46-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS40:
	.uleb128 .LVU129
	.uleb128 .LVU136
	.uleb128 .LVU136
	.uleb128 .LVU142
.LLST40:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL24-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS41:
	.uleb128 .LVU129
	.uleb128 .LVU142
.LLST41:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS42:
	.uleb128 .LVU127
	.uleb128 .LVU142
.LLST42:
	.byte	0x4
	.uleb128 .LVL23-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS44:
	.uleb128 .LVU133
	.uleb128 .LVU142
.LLST44:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL26-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS45:
	.uleb128 .LVU133
	.uleb128 .LVU137
.LLST45:
	.byte	0x4
	.uleb128 .LVL24-.Ltext0
	.uleb128 .LVL25-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS426:
	.uleb128 0
	.uleb128 .LVU1843
	.uleb128 .LVU1843
	.uleb128 .LVU1868
	.uleb128 .LVU1868
	.uleb128 .LVU1869
	.uleb128 .LVU1869
	.uleb128 0
.LLST426:
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL538-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL538-.Ltext0
	.uleb128 .LVL542-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL542-.Ltext0
	.uleb128 .LVL543-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL543-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS427:
	.uleb128 0
	.uleb128 .LVU1873
	.uleb128 .LVU1873
	.uleb128 .LVU1874
	.uleb128 .LVU1874
	.uleb128 0
.LLST427:
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL545-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL545-.Ltext0
	.uleb128 .LVL546-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL546-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS428:
	.uleb128 0
	.uleb128 .LVU1872
	.uleb128 .LVU1872
	.uleb128 0
.LLST428:
	.byte	0x4
	.uleb128 .LVL537-.Ltext0
	.uleb128 .LVL544-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL544-.Ltext0
	.uleb128 .LFE44-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS429:
	.uleb128 .LVU1855
	.uleb128 .LVU1867
.LLST429:
	.byte	0x4
	.uleb128 .LVL539-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS430:
	.uleb128 .LVU1855
	.uleb128 .LVU1867
.LLST430:
	.byte	0x4
	.uleb128 .LVL539-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS431:
	.uleb128 .LVU1855
	.uleb128 .LVU1867
.LLST431:
	.byte	0x4
	.uleb128 .LVL539-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS432:
	.uleb128 .LVU1859
	.uleb128 .LVU1867
.LLST432:
	.byte	0x4
	.uleb128 .LVL540-.Ltext0
	.uleb128 .LVL541-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS33:
	.uleb128 .LVU110
	.uleb128 .LVU120
.LLST33:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS34:
	.uleb128 .LVU110
	.uleb128 .LVU120
.LLST34:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS35:
	.uleb128 .LVU107
	.uleb128 .LVU120
.LLST35:
	.byte	0x4
	.uleb128 .LVL20-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS37:
	.uleb128 .LVU113
	.uleb128 .LVU120
.LLST37:
	.byte	0x4
	.uleb128 .LVL21-.Ltext0
	.uleb128 .LVL22-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS433:
	.uleb128 0
	.uleb128 .LVU1883
	.uleb128 .LVU1883
	.uleb128 .LVU1908
	.uleb128 .LVU1908
	.uleb128 .LVU1909
	.uleb128 .LVU1909
	.uleb128 0
.LLST433:
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL550-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL550-.Ltext0
	.uleb128 .LVL554-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL554-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL555-.Ltext0
	.uleb128 .LFE41-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS434:
	.uleb128 0
	.uleb128 .LVU1913
	.uleb128 .LVU1913
	.uleb128 .LVU1914
	.uleb128 .LVU1914
	.uleb128 .LVU1917
	.uleb128 .LVU1917
	.uleb128 .LVU1920
	.uleb128 .LVU1920
	.uleb128 .LVU1922
	.uleb128 .LVU1922
	.uleb128 .LVU1923
	.uleb128 .LVU1923
	.uleb128 0
.LLST434:
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL557-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL557-.Ltext0
	.uleb128 .LVL558-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL558-.Ltext0
	.uleb128 .LVL560-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL561-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL561-.Ltext0
	.uleb128 .LVL563-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL563-.Ltext0
	.uleb128 .LVL564-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL564-.Ltext0
	.uleb128 .LFE41-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS435:
	.uleb128 0
	.uleb128 .LVU1903
	.uleb128 .LVU1903
	.uleb128 .LVU1909
	.uleb128 .LVU1909
	.uleb128 .LVU1912
	.uleb128 .LVU1912
	.uleb128 .LVU1917
	.uleb128 .LVU1917
	.uleb128 .LVU1921
	.uleb128 .LVU1921
	.uleb128 0
.LLST435:
	.byte	0x4
	.uleb128 .LVL549-.Ltext0
	.uleb128 .LVL552-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL555-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL555-.Ltext0
	.uleb128 .LVL556-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL556-.Ltext0
	.uleb128 .LVL560-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL560-.Ltext0
	.uleb128 .LVL562-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL562-.Ltext0
	.uleb128 .LFE41-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS436:
	.uleb128 .LVU1897
	.uleb128 .LVU1902
	.uleb128 .LVU1902
	.uleb128 .LVU1903
	.uleb128 .LVU1903
	.uleb128 .LVU1907
.LLST436:
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL551-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL552-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS437:
	.uleb128 .LVU1897
	.uleb128 .LVU1907
.LLST437:
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS438:
	.uleb128 .LVU1897
	.uleb128 .LVU1907
.LLST438:
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS439:
	.uleb128 .LVU1901
	.uleb128 .LVU1903
	.uleb128 .LVU1903
	.uleb128 .LVU1907
.LLST439:
	.byte	0x4
	.uleb128 .LVL551-.Ltext0
	.uleb128 .LVL552-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL552-.Ltext0
	.uleb128 .LVL553-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS25:
	.uleb128 0
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 0
.LLST25:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LFE40-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS27:
	.uleb128 .LVU90
	.uleb128 .LVU95
	.uleb128 .LVU95
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU100
.LLST27:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL17-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL18-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL18-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS28:
	.uleb128 .LVU90
	.uleb128 .LVU100
.LLST28:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS29:
	.uleb128 .LVU88
	.uleb128 .LVU100
.LLST29:
	.byte	0x4
	.uleb128 .LVL16-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS31:
	.uleb128 .LVU94
	.uleb128 .LVU100
.LLST31:
	.byte	0x4
	.uleb128 .LVL17-.Ltext0
	.uleb128 .LVL19-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS440:
	.uleb128 0
	.uleb128 .LVU1931
	.uleb128 .LVU1931
	.uleb128 .LVU1954
	.uleb128 .LVU1954
	.uleb128 .LVU1955
	.uleb128 .LVU1955
	.uleb128 0
.LLST440:
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL566-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL566-.Ltext0
	.uleb128 .LVL569-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL569-.Ltext0
	.uleb128 .LVL570-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL570-.Ltext0
	.uleb128 .LFE38-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS441:
	.uleb128 0
	.uleb128 .LVU1959
	.uleb128 .LVU1959
	.uleb128 .LVU1960
	.uleb128 .LVU1960
	.uleb128 0
.LLST441:
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL572-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL572-.Ltext0
	.uleb128 .LVL573-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL573-.Ltext0
	.uleb128 .LFE38-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS442:
	.uleb128 0
	.uleb128 .LVU1958
	.uleb128 .LVU1958
	.uleb128 0
.LLST442:
	.byte	0x4
	.uleb128 .LVL565-.Ltext0
	.uleb128 .LVL571-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL571-.Ltext0
	.uleb128 .LFE38-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS443:
	.uleb128 .LVU1943
	.uleb128 .LVU1953
.LLST443:
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL568-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS444:
	.uleb128 .LVU1943
	.uleb128 .LVU1953
.LLST444:
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL568-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS445:
	.uleb128 .LVU1943
	.uleb128 .LVU1953
.LLST445:
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL568-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS446:
	.uleb128 .LVU1946
	.uleb128 .LVU1950
.LLST446:
	.byte	0x4
	.uleb128 .LVL567-.Ltext0
	.uleb128 .LVL568-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS20:
	.uleb128 .LVU71
	.uleb128 .LVU81
.LLST20:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS21:
	.uleb128 .LVU71
	.uleb128 .LVU81
.LLST21:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS22:
	.uleb128 .LVU69
	.uleb128 .LVU81
.LLST22:
	.byte	0x4
	.uleb128 .LVL13-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS24:
	.uleb128 .LVU74
	.uleb128 .LVU78
.LLST24:
	.byte	0x4
	.uleb128 .LVL14-.Ltext0
	.uleb128 .LVL15-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS447:
	.uleb128 0
	.uleb128 .LVU1969
	.uleb128 .LVU1969
	.uleb128 .LVU1994
	.uleb128 .LVU1994
	.uleb128 .LVU1995
	.uleb128 .LVU1995
	.uleb128 0
.LLST447:
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL577-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL577-.Ltext0
	.uleb128 .LVL581-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL581-.Ltext0
	.uleb128 .LVL582-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL582-.Ltext0
	.uleb128 .LFE35-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS448:
	.uleb128 0
	.uleb128 .LVU1999
	.uleb128 .LVU1999
	.uleb128 .LVU2000
	.uleb128 .LVU2000
	.uleb128 .LVU2003
	.uleb128 .LVU2003
	.uleb128 .LVU2006
	.uleb128 .LVU2006
	.uleb128 .LVU2008
	.uleb128 .LVU2008
	.uleb128 .LVU2009
	.uleb128 .LVU2009
	.uleb128 0
.LLST448:
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL584-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL584-.Ltext0
	.uleb128 .LVL585-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL585-.Ltext0
	.uleb128 .LVL587-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL587-.Ltext0
	.uleb128 .LVL588-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL588-.Ltext0
	.uleb128 .LVL590-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL590-.Ltext0
	.uleb128 .LVL591-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL591-.Ltext0
	.uleb128 .LFE35-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS449:
	.uleb128 0
	.uleb128 .LVU1989
	.uleb128 .LVU1989
	.uleb128 .LVU1995
	.uleb128 .LVU1995
	.uleb128 .LVU1998
	.uleb128 .LVU1998
	.uleb128 .LVU2003
	.uleb128 .LVU2003
	.uleb128 .LVU2007
	.uleb128 .LVU2007
	.uleb128 0
.LLST449:
	.byte	0x4
	.uleb128 .LVL576-.Ltext0
	.uleb128 .LVL579-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LVL582-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL582-.Ltext0
	.uleb128 .LVL583-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL583-.Ltext0
	.uleb128 .LVL587-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL587-.Ltext0
	.uleb128 .LVL589-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL589-.Ltext0
	.uleb128 .LFE35-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS450:
	.uleb128 .LVU1983
	.uleb128 .LVU1988
	.uleb128 .LVU1988
	.uleb128 .LVU1989
	.uleb128 .LVU1989
	.uleb128 .LVU1993
.LLST450:
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LVL578-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LVL579-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LVL580-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS451:
	.uleb128 .LVU1983
	.uleb128 .LVU1993
.LLST451:
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LVL580-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS452:
	.uleb128 .LVU1983
	.uleb128 .LVU1993
.LLST452:
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LVL580-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS453:
	.uleb128 .LVU1987
	.uleb128 .LVU1989
	.uleb128 .LVU1989
	.uleb128 .LVU1993
.LLST453:
	.byte	0x4
	.uleb128 .LVL578-.Ltext0
	.uleb128 .LVL579-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL579-.Ltext0
	.uleb128 .LVL580-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS12:
	.uleb128 0
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 0
.LLST12:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LFE34-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS14:
	.uleb128 .LVU52
	.uleb128 .LVU57
	.uleb128 .LVU57
	.uleb128 .LVU58
	.uleb128 .LVU58
	.uleb128 .LVU62
.LLST14:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL10-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL11-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS15:
	.uleb128 .LVU52
	.uleb128 .LVU62
.LLST15:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS16:
	.uleb128 .LVU50
	.uleb128 .LVU62
.LLST16:
	.byte	0x4
	.uleb128 .LVL9-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS18:
	.uleb128 .LVU56
	.uleb128 .LVU62
.LLST18:
	.byte	0x4
	.uleb128 .LVL10-.Ltext0
	.uleb128 .LVL12-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS454:
	.uleb128 0
	.uleb128 .LVU2017
	.uleb128 .LVU2017
	.uleb128 .LVU2037
	.uleb128 .LVU2037
	.uleb128 .LVU2038
	.uleb128 .LVU2038
	.uleb128 0
.LLST454:
	.byte	0x4
	.uleb128 .LVL592-.Ltext0
	.uleb128 .LVL593-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL593-.Ltext0
	.uleb128 .LVL596-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL596-.Ltext0
	.uleb128 .LVL597-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL597-.Ltext0
	.uleb128 .LFE32-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS455:
	.uleb128 0
	.uleb128 .LVU2042
	.uleb128 .LVU2042
	.uleb128 .LVU2043
	.uleb128 .LVU2043
	.uleb128 0
.LLST455:
	.byte	0x4
	.uleb128 .LVL592-.Ltext0
	.uleb128 .LVL599-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL599-.Ltext0
	.uleb128 .LVL600-.Ltext0
	.uleb128 0x3
	.byte	0x70
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL600-.Ltext0
	.uleb128 .LFE32-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS456:
	.uleb128 0
	.uleb128 .LVU2035
	.uleb128 .LVU2035
	.uleb128 .LVU2038
	.uleb128 .LVU2038
	.uleb128 .LVU2041
	.uleb128 .LVU2041
	.uleb128 0
.LLST456:
	.byte	0x4
	.uleb128 .LVL592-.Ltext0
	.uleb128 .LVL595-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL595-.Ltext0
	.uleb128 .LVL597-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL597-.Ltext0
	.uleb128 .LVL598-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL598-.Ltext0
	.uleb128 .LFE32-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS457:
	.uleb128 .LVU2029
	.uleb128 .LVU2032
	.uleb128 .LVU2032
	.uleb128 .LVU2035
.LLST457:
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL594-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL595-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS458:
	.uleb128 .LVU2029
	.uleb128 .LVU2035
.LLST458:
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL595-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS459:
	.uleb128 .LVU2029
	.uleb128 .LVU2035
.LLST459:
	.byte	0x4
	.uleb128 .LVL594-.Ltext0
	.uleb128 .LVL595-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU42
	.uleb128 .LVU42
	.uleb128 0
.LLST8:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.Ltext0
	.uleb128 .LFE31-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU36
	.uleb128 .LVU39
	.uleb128 .LVU39
	.uleb128 .LVU42
.LLST9:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL7-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS10:
	.uleb128 .LVU36
	.uleb128 .LVU42
.LLST10:
	.byte	0x4
	.uleb128 .LVL7-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS11:
	.uleb128 .LVU35
	.uleb128 .LVU42
.LLST11:
	.byte	0x4
	.uleb128 .LVL6-.Ltext0
	.uleb128 .LVL8-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS460:
	.uleb128 0
	.uleb128 .LVU2055
	.uleb128 .LVU2055
	.uleb128 .LVU2075
	.uleb128 .LVU2075
	.uleb128 .LVU2076
	.uleb128 .LVU2076
	.uleb128 0
.LLST460:
	.byte	0x4
	.uleb128 .LVL603-.Ltext0
	.uleb128 .LVL604-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL604-.Ltext0
	.uleb128 .LVL609-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL609-.Ltext0
	.uleb128 .LVL610-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL610-.Ltext0
	.uleb128 .LFE29-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS461:
	.uleb128 0
	.uleb128 .LVU2079
	.uleb128 .LVU2079
	.uleb128 .LVU2081
	.uleb128 .LVU2081
	.uleb128 0
.LLST461:
	.byte	0x4
	.uleb128 .LVL603-.Ltext0
	.uleb128 .LVL611-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL611-.Ltext0
	.uleb128 .LVL613-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL613-.Ltext0
	.uleb128 .LFE29-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS462:
	.uleb128 0
	.uleb128 .LVU2070
	.uleb128 .LVU2070
	.uleb128 .LVU2076
	.uleb128 .LVU2076
	.uleb128 .LVU2080
	.uleb128 .LVU2080
	.uleb128 0
.LLST462:
	.byte	0x4
	.uleb128 .LVL603-.Ltext0
	.uleb128 .LVL607-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL607-.Ltext0
	.uleb128 .LVL610-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL610-.Ltext0
	.uleb128 .LVL612-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL612-.Ltext0
	.uleb128 .LFE29-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS463:
	.uleb128 .LVU2064
	.uleb128 .LVU2069
	.uleb128 .LVU2069
	.uleb128 .LVU2070
	.uleb128 .LVU2070
	.uleb128 .LVU2074
.LLST463:
	.byte	0x4
	.uleb128 .LVL605-.Ltext0
	.uleb128 .LVL606-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL606-.Ltext0
	.uleb128 .LVL607-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL607-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS464:
	.uleb128 .LVU2064
	.uleb128 .LVU2074
.LLST464:
	.byte	0x4
	.uleb128 .LVL605-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS465:
	.uleb128 .LVU2064
	.uleb128 .LVU2074
.LLST465:
	.byte	0x4
	.uleb128 .LVL605-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS466:
	.uleb128 .LVU2068
	.uleb128 .LVU2074
.LLST466:
	.byte	0x4
	.uleb128 .LVL606-.Ltext0
	.uleb128 .LVL608-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS3:
	.uleb128 0
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 0
.LLST3:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LFE28-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS4:
	.uleb128 .LVU18
	.uleb128 .LVU23
	.uleb128 .LVU23
	.uleb128 .LVU24
	.uleb128 .LVU24
	.uleb128 .LVU28
.LLST4:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL3-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL4-.Ltext0
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL4-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS5:
	.uleb128 .LVU18
	.uleb128 .LVU28
.LLST5:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 .LVU18
	.uleb128 .LVU28
.LLST6:
	.byte	0x4
	.uleb128 .LVL2-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS7:
	.uleb128 .LVU22
	.uleb128 .LVU28
.LLST7:
	.byte	0x4
	.uleb128 .LVL3-.Ltext0
	.uleb128 .LVL5-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 .LVU7
	.uleb128 .LVU11
.LLST0:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS1:
	.uleb128 .LVU7
	.uleb128 .LVU11
.LLST1:
	.byte	0x4
	.uleb128 .LVL1-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS2:
	.uleb128 .LVU6
	.uleb128 .LVU11
.LLST2:
	.byte	0x4
	.uleb128 .LVL0-.Ltext0
	.uleb128 .LVL1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS481:
	.uleb128 0
	.uleb128 .LVU2190
	.uleb128 .LVU2190
	.uleb128 0
.LLST481:
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LVL651-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL651-.Ltext0
	.uleb128 .LFE128-.Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS482:
	.uleb128 0
	.uleb128 .LVU2187
	.uleb128 .LVU2187
	.uleb128 .LVU2191
	.uleb128 .LVU2191
	.uleb128 0
.LLST482:
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LVL650-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL650-.Ltext0
	.uleb128 .LVL652-.Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL652-.Ltext0
	.uleb128 .LFE128-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS483:
	.uleb128 .LVU2182
	.uleb128 0
.LLST483:
	.byte	0x4
	.uleb128 .LVL649-.Ltext0
	.uleb128 .LFE128-.Ltext0
	.uleb128 0x6
	.byte	0xfa
	.long	0x445b
	.byte	0x9f
	.byte	0
.LVUS485:
	.uleb128 0
	.uleb128 .LVU2211
	.uleb128 .LVU2211
	.uleb128 .LVU2230
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST485:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL657-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL665-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS486:
	.uleb128 0
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST486:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS487:
	.uleb128 0
	.uleb128 .LVU2212
	.uleb128 .LVU2212
	.uleb128 .LVU2221
	.uleb128 .LVU2221
	.uleb128 .LVU2224
	.uleb128 .LVU2224
	.uleb128 .LVU2230
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST487:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL658-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL658-.Ltext0
	.uleb128 .LVL661-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL663-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL663-.Ltext0
	.uleb128 .LVL665-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS489:
	.uleb128 .LVU2199
	.uleb128 .LVU2211
	.uleb128 .LVU2211
	.uleb128 .LVU2220
	.uleb128 .LVU2221
	.uleb128 .LVU2229
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST489:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL657-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL660-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS490:
	.uleb128 .LVU2199
	.uleb128 .LVU2220
	.uleb128 .LVU2221
	.uleb128 .LVU2229
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST490:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL660-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS491:
	.uleb128 .LVU2199
	.uleb128 .LVU2211
	.uleb128 .LVU2211
	.uleb128 .LVU2220
	.uleb128 .LVU2221
	.uleb128 .LVU2229
	.uleb128 .LVU2230
	.uleb128 .LVU2231
	.uleb128 .LVU2231
	.uleb128 0
.LLST491:
	.byte	0x4
	.uleb128 .LVL655-.Ltext0
	.uleb128 .LVL657-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL657-.Ltext0
	.uleb128 .LVL660-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL665-.Ltext0
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL666-1-.Ltext0
	.uleb128 .LFE55-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS493:
	.uleb128 .LVU2208
	.uleb128 .LVU2230
.LLST493:
	.byte	0x4
	.uleb128 .LVL656-.Ltext0
	.uleb128 .LVL665-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS494:
	.uleb128 .LVU2208
	.uleb128 .LVU2213
	.uleb128 .LVU2213
	.uleb128 .LVU2216
	.uleb128 .LVU2221
	.uleb128 .LVU2222
	.uleb128 .LVU2222
	.uleb128 .LVU2224
	.uleb128 .LVU2224
	.uleb128 .LVU2225
	.uleb128 .LVU2225
	.uleb128 .LVU2229
.LLST494:
	.byte	0x4
	.uleb128 .LVL656-.Ltext0
	.uleb128 .LVL659-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL659-.Ltext0
	.uleb128 .LVL660-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL661-.Ltext0
	.uleb128 .LVL662-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL662-.Ltext0
	.uleb128 .LVL663-.Ltext0
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL663-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL664-.Ltext0
	.uleb128 .LVL664-.Ltext0
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS495:
	.uleb128 0
	.uleb128 .LVU2250
	.uleb128 .LVU2250
	.uleb128 .LVU2258
	.uleb128 .LVU2258
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST495:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL669-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL669-.Ltext0
	.uleb128 .LVL673-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS496:
	.uleb128 0
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST496:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS497:
	.uleb128 0
	.uleb128 .LVU2251
	.uleb128 .LVU2251
	.uleb128 .LVU2258
	.uleb128 .LVU2258
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST497:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL670-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL670-.Ltext0
	.uleb128 .LVL673-.Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS498:
	.uleb128 .LVU2238
	.uleb128 .LVU2250
	.uleb128 .LVU2250
	.uleb128 .LVU2257
	.uleb128 .LVU2258
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST498:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL669-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL669-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS499:
	.uleb128 .LVU2238
	.uleb128 .LVU2257
	.uleb128 .LVU2258
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST499:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS500:
	.uleb128 .LVU2238
	.uleb128 .LVU2250
	.uleb128 .LVU2250
	.uleb128 .LVU2257
	.uleb128 .LVU2258
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 0
.LLST500:
	.byte	0x4
	.uleb128 .LVL667-.Ltext0
	.uleb128 .LVL669-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL669-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL673-.Ltext0
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL674-1-.Ltext0
	.uleb128 .LFE58-.Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS502:
	.uleb128 .LVU2247
	.uleb128 .LVU2258
.LLST502:
	.byte	0x4
	.uleb128 .LVL668-.Ltext0
	.uleb128 .LVL673-.Ltext0
	.uleb128 0x1
	.byte	0x58
	.byte	0
.LVUS503:
	.uleb128 .LVU2247
	.uleb128 .LVU2252
	.uleb128 .LVU2252
	.uleb128 .LVU2253
.LLST503:
	.byte	0x4
	.uleb128 .LVL668-.Ltext0
	.uleb128 .LVL671-.Ltext0
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL671-.Ltext0
	.uleb128 .LVL672-.Ltext0
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
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
	.uleb128 .LBB208-.Ltext0
	.uleb128 .LBE208-.Ltext0
	.byte	0x4
	.uleb128 .LBB213-.Ltext0
	.uleb128 .LBE213-.Ltext0
	.byte	0
.LLRL17:
	.byte	0x4
	.uleb128 .LBB210-.Ltext0
	.uleb128 .LBE210-.Ltext0
	.byte	0x4
	.uleb128 .LBB211-.Ltext0
	.uleb128 .LBE211-.Ltext0
	.byte	0
.LLRL19:
	.byte	0x4
	.uleb128 .LBB214-.Ltext0
	.uleb128 .LBE214-.Ltext0
	.byte	0x4
	.uleb128 .LBB219-.Ltext0
	.uleb128 .LBE219-.Ltext0
	.byte	0
.LLRL23:
	.byte	0x4
	.uleb128 .LBB216-.Ltext0
	.uleb128 .LBE216-.Ltext0
	.byte	0x4
	.uleb128 .LBB217-.Ltext0
	.uleb128 .LBE217-.Ltext0
	.byte	0
.LLRL26:
	.byte	0x4
	.uleb128 .LBB220-.Ltext0
	.uleb128 .LBE220-.Ltext0
	.byte	0x4
	.uleb128 .LBB225-.Ltext0
	.uleb128 .LBE225-.Ltext0
	.byte	0
.LLRL30:
	.byte	0x4
	.uleb128 .LBB222-.Ltext0
	.uleb128 .LBE222-.Ltext0
	.byte	0x4
	.uleb128 .LBB223-.Ltext0
	.uleb128 .LBE223-.Ltext0
	.byte	0
.LLRL32:
	.byte	0x4
	.uleb128 .LBB226-.Ltext0
	.uleb128 .LBE226-.Ltext0
	.byte	0x4
	.uleb128 .LBB231-.Ltext0
	.uleb128 .LBE231-.Ltext0
	.byte	0
.LLRL36:
	.byte	0x4
	.uleb128 .LBB228-.Ltext0
	.uleb128 .LBE228-.Ltext0
	.byte	0x4
	.uleb128 .LBB229-.Ltext0
	.uleb128 .LBE229-.Ltext0
	.byte	0
.LLRL39:
	.byte	0x4
	.uleb128 .LBB232-.Ltext0
	.uleb128 .LBE232-.Ltext0
	.byte	0x4
	.uleb128 .LBB238-.Ltext0
	.uleb128 .LBE238-.Ltext0
	.byte	0
.LLRL43:
	.byte	0x4
	.uleb128 .LBB234-.Ltext0
	.uleb128 .LBE234-.Ltext0
	.byte	0x4
	.uleb128 .LBB235-.Ltext0
	.uleb128 .LBE235-.Ltext0
	.byte	0x4
	.uleb128 .LBB236-.Ltext0
	.uleb128 .LBE236-.Ltext0
	.byte	0
.LLRL47:
	.byte	0x4
	.uleb128 .LBB239-.Ltext0
	.uleb128 .LBE239-.Ltext0
	.byte	0x4
	.uleb128 .LBB245-.Ltext0
	.uleb128 .LBE245-.Ltext0
	.byte	0
.LLRL51:
	.byte	0x4
	.uleb128 .LBB241-.Ltext0
	.uleb128 .LBE241-.Ltext0
	.byte	0x4
	.uleb128 .LBB242-.Ltext0
	.uleb128 .LBE242-.Ltext0
	.byte	0x4
	.uleb128 .LBB243-.Ltext0
	.uleb128 .LBE243-.Ltext0
	.byte	0
.LLRL55:
	.byte	0x4
	.uleb128 .LBB246-.Ltext0
	.uleb128 .LBE246-.Ltext0
	.byte	0x4
	.uleb128 .LBB251-.Ltext0
	.uleb128 .LBE251-.Ltext0
	.byte	0
.LLRL59:
	.byte	0x4
	.uleb128 .LBB248-.Ltext0
	.uleb128 .LBE248-.Ltext0
	.byte	0x4
	.uleb128 .LBB249-.Ltext0
	.uleb128 .LBE249-.Ltext0
	.byte	0
.LLRL62:
	.byte	0x4
	.uleb128 .LBB252-.Ltext0
	.uleb128 .LBE252-.Ltext0
	.byte	0x4
	.uleb128 .LBB255-.Ltext0
	.uleb128 .LBE255-.Ltext0
	.byte	0
.LLRL66:
	.byte	0x4
	.uleb128 .LBB256-.Ltext0
	.uleb128 .LBE256-.Ltext0
	.byte	0x4
	.uleb128 .LBB259-.Ltext0
	.uleb128 .LBE259-.Ltext0
	.byte	0
.LLRL71:
	.byte	0x4
	.uleb128 .LBB260-.Ltext0
	.uleb128 .LBE260-.Ltext0
	.byte	0x4
	.uleb128 .LBB266-.Ltext0
	.uleb128 .LBE266-.Ltext0
	.byte	0
.LLRL75:
	.byte	0x4
	.uleb128 .LBB262-.Ltext0
	.uleb128 .LBE262-.Ltext0
	.byte	0x4
	.uleb128 .LBB263-.Ltext0
	.uleb128 .LBE263-.Ltext0
	.byte	0x4
	.uleb128 .LBB264-.Ltext0
	.uleb128 .LBE264-.Ltext0
	.byte	0
.LLRL79:
	.byte	0x4
	.uleb128 .LBB267-.Ltext0
	.uleb128 .LBE267-.Ltext0
	.byte	0x4
	.uleb128 .LBB273-.Ltext0
	.uleb128 .LBE273-.Ltext0
	.byte	0
.LLRL83:
	.byte	0x4
	.uleb128 .LBB269-.Ltext0
	.uleb128 .LBE269-.Ltext0
	.byte	0x4
	.uleb128 .LBB270-.Ltext0
	.uleb128 .LBE270-.Ltext0
	.byte	0x4
	.uleb128 .LBB271-.Ltext0
	.uleb128 .LBE271-.Ltext0
	.byte	0
.LLRL87:
	.byte	0x4
	.uleb128 .LBB274-.Ltext0
	.uleb128 .LBE274-.Ltext0
	.byte	0x4
	.uleb128 .LBB280-.Ltext0
	.uleb128 .LBE280-.Ltext0
	.byte	0
.LLRL91:
	.byte	0x4
	.uleb128 .LBB276-.Ltext0
	.uleb128 .LBE276-.Ltext0
	.byte	0x4
	.uleb128 .LBB277-.Ltext0
	.uleb128 .LBE277-.Ltext0
	.byte	0x4
	.uleb128 .LBB278-.Ltext0
	.uleb128 .LBE278-.Ltext0
	.byte	0
.LLRL95:
	.byte	0x4
	.uleb128 .LBB281-.Ltext0
	.uleb128 .LBE281-.Ltext0
	.byte	0x4
	.uleb128 .LBB287-.Ltext0
	.uleb128 .LBE287-.Ltext0
	.byte	0
.LLRL99:
	.byte	0x4
	.uleb128 .LBB283-.Ltext0
	.uleb128 .LBE283-.Ltext0
	.byte	0x4
	.uleb128 .LBB284-.Ltext0
	.uleb128 .LBE284-.Ltext0
	.byte	0x4
	.uleb128 .LBB285-.Ltext0
	.uleb128 .LBE285-.Ltext0
	.byte	0
.LLRL103:
	.byte	0x4
	.uleb128 .LBB288-.Ltext0
	.uleb128 .LBE288-.Ltext0
	.byte	0x4
	.uleb128 .LBB294-.Ltext0
	.uleb128 .LBE294-.Ltext0
	.byte	0
.LLRL107:
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
.LLRL112:
	.byte	0x4
	.uleb128 .LBB295-.Ltext0
	.uleb128 .LBE295-.Ltext0
	.byte	0x4
	.uleb128 .LBB300-.Ltext0
	.uleb128 .LBE300-.Ltext0
	.byte	0
.LLRL116:
	.byte	0x4
	.uleb128 .LBB297-.Ltext0
	.uleb128 .LBE297-.Ltext0
	.byte	0x4
	.uleb128 .LBB298-.Ltext0
	.uleb128 .LBE298-.Ltext0
	.byte	0
.LLRL121:
	.byte	0x4
	.uleb128 .LBB301-.Ltext0
	.uleb128 .LBE301-.Ltext0
	.byte	0x4
	.uleb128 .LBB306-.Ltext0
	.uleb128 .LBE306-.Ltext0
	.byte	0
.LLRL125:
	.byte	0x4
	.uleb128 .LBB303-.Ltext0
	.uleb128 .LBE303-.Ltext0
	.byte	0x4
	.uleb128 .LBB304-.Ltext0
	.uleb128 .LBE304-.Ltext0
	.byte	0
.LLRL130:
	.byte	0x4
	.uleb128 .LBB307-.Ltext0
	.uleb128 .LBE307-.Ltext0
	.byte	0x4
	.uleb128 .LBB312-.Ltext0
	.uleb128 .LBE312-.Ltext0
	.byte	0
.LLRL134:
	.byte	0x4
	.uleb128 .LBB309-.Ltext0
	.uleb128 .LBE309-.Ltext0
	.byte	0x4
	.uleb128 .LBB310-.Ltext0
	.uleb128 .LBE310-.Ltext0
	.byte	0
.LLRL139:
	.byte	0x4
	.uleb128 .LBB313-.Ltext0
	.uleb128 .LBE313-.Ltext0
	.byte	0x4
	.uleb128 .LBB318-.Ltext0
	.uleb128 .LBE318-.Ltext0
	.byte	0
.LLRL143:
	.byte	0x4
	.uleb128 .LBB315-.Ltext0
	.uleb128 .LBE315-.Ltext0
	.byte	0x4
	.uleb128 .LBB316-.Ltext0
	.uleb128 .LBE316-.Ltext0
	.byte	0
.LLRL148:
	.byte	0x4
	.uleb128 .LBB319-.Ltext0
	.uleb128 .LBE319-.Ltext0
	.byte	0x4
	.uleb128 .LBB324-.Ltext0
	.uleb128 .LBE324-.Ltext0
	.byte	0
.LLRL152:
	.byte	0x4
	.uleb128 .LBB321-.Ltext0
	.uleb128 .LBE321-.Ltext0
	.byte	0x4
	.uleb128 .LBB322-.Ltext0
	.uleb128 .LBE322-.Ltext0
	.byte	0
.LLRL157:
	.byte	0x4
	.uleb128 .LBB325-.Ltext0
	.uleb128 .LBE325-.Ltext0
	.byte	0x4
	.uleb128 .LBB330-.Ltext0
	.uleb128 .LBE330-.Ltext0
	.byte	0
.LLRL161:
	.byte	0x4
	.uleb128 .LBB327-.Ltext0
	.uleb128 .LBE327-.Ltext0
	.byte	0x4
	.uleb128 .LBB328-.Ltext0
	.uleb128 .LBE328-.Ltext0
	.byte	0
.LLRL172:
	.byte	0x4
	.uleb128 .LBB332-.Ltext0
	.uleb128 .LBE332-.Ltext0
	.byte	0x4
	.uleb128 .LBB336-.Ltext0
	.uleb128 .LBE336-.Ltext0
	.byte	0x4
	.uleb128 .LBB337-.Ltext0
	.uleb128 .LBE337-.Ltext0
	.byte	0
.LLRL179:
	.byte	0x4
	.uleb128 .LBB338-.Ltext0
	.uleb128 .LBE338-.Ltext0
	.byte	0x4
	.uleb128 .LBB345-.Ltext0
	.uleb128 .LBE345-.Ltext0
	.byte	0x4
	.uleb128 .LBB346-.Ltext0
	.uleb128 .LBE346-.Ltext0
	.byte	0
.LLRL186:
	.byte	0x4
	.uleb128 .LBB347-.Ltext0
	.uleb128 .LBE347-.Ltext0
	.byte	0x4
	.uleb128 .LBB354-.Ltext0
	.uleb128 .LBE354-.Ltext0
	.byte	0x4
	.uleb128 .LBB355-.Ltext0
	.uleb128 .LBE355-.Ltext0
	.byte	0
.LLRL193:
	.byte	0x4
	.uleb128 .LBB356-.Ltext0
	.uleb128 .LBE356-.Ltext0
	.byte	0x4
	.uleb128 .LBB366-.Ltext0
	.uleb128 .LBE366-.Ltext0
	.byte	0x4
	.uleb128 .LBB367-.Ltext0
	.uleb128 .LBE367-.Ltext0
	.byte	0x4
	.uleb128 .LBB368-.Ltext0
	.uleb128 .LBE368-.Ltext0
	.byte	0x4
	.uleb128 .LBB369-.Ltext0
	.uleb128 .LBE369-.Ltext0
	.byte	0
.LLRL200:
	.byte	0x4
	.uleb128 .LBB370-.Ltext0
	.uleb128 .LBE370-.Ltext0
	.byte	0x4
	.uleb128 .LBB380-.Ltext0
	.uleb128 .LBE380-.Ltext0
	.byte	0x4
	.uleb128 .LBB381-.Ltext0
	.uleb128 .LBE381-.Ltext0
	.byte	0x4
	.uleb128 .LBB382-.Ltext0
	.uleb128 .LBE382-.Ltext0
	.byte	0x4
	.uleb128 .LBB383-.Ltext0
	.uleb128 .LBE383-.Ltext0
	.byte	0
.LLRL207:
	.byte	0x4
	.uleb128 .LBB384-.Ltext0
	.uleb128 .LBE384-.Ltext0
	.byte	0x4
	.uleb128 .LBB397-.Ltext0
	.uleb128 .LBE397-.Ltext0
	.byte	0x4
	.uleb128 .LBB398-.Ltext0
	.uleb128 .LBE398-.Ltext0
	.byte	0x4
	.uleb128 .LBB399-.Ltext0
	.uleb128 .LBE399-.Ltext0
	.byte	0
.LLRL215:
	.byte	0x4
	.uleb128 .LBB400-.Ltext0
	.uleb128 .LBE400-.Ltext0
	.byte	0x4
	.uleb128 .LBB404-.Ltext0
	.uleb128 .LBE404-.Ltext0
	.byte	0x4
	.uleb128 .LBB405-.Ltext0
	.uleb128 .LBE405-.Ltext0
	.byte	0
.LLRL222:
	.byte	0x4
	.uleb128 .LBB406-.Ltext0
	.uleb128 .LBE406-.Ltext0
	.byte	0x4
	.uleb128 .LBB410-.Ltext0
	.uleb128 .LBE410-.Ltext0
	.byte	0x4
	.uleb128 .LBB411-.Ltext0
	.uleb128 .LBE411-.Ltext0
	.byte	0
.LLRL229:
	.byte	0x4
	.uleb128 .LBB412-.Ltext0
	.uleb128 .LBE412-.Ltext0
	.byte	0x4
	.uleb128 .LBB419-.Ltext0
	.uleb128 .LBE419-.Ltext0
	.byte	0
.LLRL236:
	.byte	0x4
	.uleb128 .LBB420-.Ltext0
	.uleb128 .LBE420-.Ltext0
	.byte	0x4
	.uleb128 .LBB423-.Ltext0
	.uleb128 .LBE423-.Ltext0
	.byte	0
.LLRL243:
	.byte	0x4
	.uleb128 .LBB424-.Ltext0
	.uleb128 .LBE424-.Ltext0
	.byte	0x4
	.uleb128 .LBB427-.Ltext0
	.uleb128 .LBE427-.Ltext0
	.byte	0
.LLRL250:
	.byte	0x4
	.uleb128 .LBB428-.Ltext0
	.uleb128 .LBE428-.Ltext0
	.byte	0x4
	.uleb128 .LBB436-.Ltext0
	.uleb128 .LBE436-.Ltext0
	.byte	0
.LLRL258:
	.byte	0x4
	.uleb128 .LBB437-.Ltext0
	.uleb128 .LBE437-.Ltext0
	.byte	0x4
	.uleb128 .LBB442-.Ltext0
	.uleb128 .LBE442-.Ltext0
	.byte	0
.LLRL265:
	.byte	0x4
	.uleb128 .LBB443-.Ltext0
	.uleb128 .LBE443-.Ltext0
	.byte	0x4
	.uleb128 .LBB451-.Ltext0
	.uleb128 .LBE451-.Ltext0
	.byte	0x4
	.uleb128 .LBB452-.Ltext0
	.uleb128 .LBE452-.Ltext0
	.byte	0x4
	.uleb128 .LBB453-.Ltext0
	.uleb128 .LBE453-.Ltext0
	.byte	0
.LLRL272:
	.byte	0x4
	.uleb128 .LBB454-.Ltext0
	.uleb128 .LBE454-.Ltext0
	.byte	0x4
	.uleb128 .LBB462-.Ltext0
	.uleb128 .LBE462-.Ltext0
	.byte	0x4
	.uleb128 .LBB463-.Ltext0
	.uleb128 .LBE463-.Ltext0
	.byte	0x4
	.uleb128 .LBB464-.Ltext0
	.uleb128 .LBE464-.Ltext0
	.byte	0
.LLRL330:
	.byte	0x4
	.uleb128 .LBB485-.Ltext0
	.uleb128 .LBE485-.Ltext0
	.byte	0x4
	.uleb128 .LBB486-.Ltext0
	.uleb128 .LBE486-.Ltext0
	.byte	0
.LLRL339:
	.byte	0x4
	.uleb128 .LBB489-.Ltext0
	.uleb128 .LBE489-.Ltext0
	.byte	0x4
	.uleb128 .LBB490-.Ltext0
	.uleb128 .LBE490-.Ltext0
	.byte	0
.LLRL348:
	.byte	0x4
	.uleb128 .LBB493-.Ltext0
	.uleb128 .LBE493-.Ltext0
	.byte	0x4
	.uleb128 .LBB494-.Ltext0
	.uleb128 .LBE494-.Ltext0
	.byte	0
.LLRL357:
	.byte	0x4
	.uleb128 .LBB497-.Ltext0
	.uleb128 .LBE497-.Ltext0
	.byte	0x4
	.uleb128 .LBB498-.Ltext0
	.uleb128 .LBE498-.Ltext0
	.byte	0
.LLRL366:
	.byte	0x4
	.uleb128 .LBB501-.Ltext0
	.uleb128 .LBE501-.Ltext0
	.byte	0x4
	.uleb128 .LBB502-.Ltext0
	.uleb128 .LBE502-.Ltext0
	.byte	0
.LLRL384:
	.byte	0x4
	.uleb128 .LBB507-.Ltext0
	.uleb128 .LBE507-.Ltext0
	.byte	0x4
	.uleb128 .LBB511-.Ltext0
	.uleb128 .LBE511-.Ltext0
	.byte	0
.LLRL393:
	.byte	0x4
	.uleb128 .LBB512-.Ltext0
	.uleb128 .LBE512-.Ltext0
	.byte	0x4
	.uleb128 .LBB522-.Ltext0
	.uleb128 .LBE522-.Ltext0
	.byte	0x4
	.uleb128 .LBB523-.Ltext0
	.uleb128 .LBE523-.Ltext0
	.byte	0x4
	.uleb128 .LBB524-.Ltext0
	.uleb128 .LBE524-.Ltext0
	.byte	0x4
	.uleb128 .LBB525-.Ltext0
	.uleb128 .LBE525-.Ltext0
	.byte	0
.LLRL397:
	.byte	0x4
	.uleb128 .LBB514-.Ltext0
	.uleb128 .LBE514-.Ltext0
	.byte	0x4
	.uleb128 .LBB515-.Ltext0
	.uleb128 .LBE515-.Ltext0
	.byte	0x4
	.uleb128 .LBB516-.Ltext0
	.uleb128 .LBE516-.Ltext0
	.byte	0x4
	.uleb128 .LBB517-.Ltext0
	.uleb128 .LBE517-.Ltext0
	.byte	0
.LLRL414:
	.byte	0x4
	.uleb128 .LBB531-.Ltext0
	.uleb128 .LBE531-.Ltext0
	.byte	0x4
	.uleb128 .LBB532-.Ltext0
	.uleb128 .LBE532-.Ltext0
	.byte	0
.LLRL423:
	.byte	0x4
	.uleb128 .LBB535-.Ltext0
	.uleb128 .LBE535-.Ltext0
	.byte	0x4
	.uleb128 .LBB536-.Ltext0
	.uleb128 .LBE536-.Ltext0
	.byte	0
.LLRL470:
	.byte	0x4
	.uleb128 .LBB554-.Ltext0
	.uleb128 .LBE554-.Ltext0
	.byte	0x4
	.uleb128 .LBB561-.Ltext0
	.uleb128 .LBE561-.Ltext0
	.byte	0x4
	.uleb128 .LBB562-.Ltext0
	.uleb128 .LBE562-.Ltext0
	.byte	0x4
	.uleb128 .LBB563-.Ltext0
	.uleb128 .LBE563-.Ltext0
	.byte	0x4
	.uleb128 .LBB564-.Ltext0
	.uleb128 .LBE564-.Ltext0
	.byte	0x4
	.uleb128 .LBB565-.Ltext0
	.uleb128 .LBE565-.Ltext0
	.byte	0
.LLRL477:
	.byte	0x4
	.uleb128 .LBB566-.Ltext0
	.uleb128 .LBE566-.Ltext0
	.byte	0x4
	.uleb128 .LBB570-.Ltext0
	.uleb128 .LBE570-.Ltext0
	.byte	0x4
	.uleb128 .LBB571-.Ltext0
	.uleb128 .LBE571-.Ltext0
	.byte	0
.LLRL484:
	.byte	0x4
	.uleb128 .LBB572-.Ltext0
	.uleb128 .LBE572-.Ltext0
	.byte	0x4
	.uleb128 .LBB576-.Ltext0
	.uleb128 .LBE576-.Ltext0
	.byte	0x4
	.uleb128 .LBB577-.Ltext0
	.uleb128 .LBE577-.Ltext0
	.byte	0
.LLRL488:
	.byte	0x4
	.uleb128 .LBB578-.Ltext0
	.uleb128 .LBE578-.Ltext0
	.byte	0x4
	.uleb128 .LBB588-.Ltext0
	.uleb128 .LBE588-.Ltext0
	.byte	0x4
	.uleb128 .LBB589-.Ltext0
	.uleb128 .LBE589-.Ltext0
	.byte	0x4
	.uleb128 .LBB590-.Ltext0
	.uleb128 .LBE590-.Ltext0
	.byte	0
.LLRL492:
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
	.uleb128 .LBB583-.Ltext0
	.uleb128 .LBE583-.Ltext0
	.byte	0x4
	.uleb128 .LBB584-.Ltext0
	.uleb128 .LBE584-.Ltext0
	.byte	0
.LLRL501:
	.byte	0x4
	.uleb128 .LBB593-.Ltext0
	.uleb128 .LBE593-.Ltext0
	.byte	0x4
	.uleb128 .LBB594-.Ltext0
	.uleb128 .LBE594-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF500:
	.string	"dl_trap_119"
.LASF445:
	.string	"dl_dispatch_156"
.LASF512:
	.string	"op_OR"
.LASF83:
	.string	"OP_NEG"
.LASF138:
	.string	"ST_OUTPUT"
.LASF11:
	.string	"size_t"
.LASF412:
	.string	"body_JMP"
.LASF69:
	.string	"cell"
.LASF29:
	.string	"__jmp_buf_tag"
.LASF440:
	.string	"dl_trap_161"
.LASF62:
	.string	"_IO_codecvt"
.LASF111:
	.string	"FLOW_CALL"
.LASF26:
	.string	"int32_t"
.LASF328:
	.string	"dl_handler_PRINT_241"
.LASF166:
	.string	"POPS_DUP"
.LASF357:
	.string	"dl_checked_RET_217"
.LASF387:
	.string	"dl_handler_JNZ_198"
.LASF170:
	.string	"PUSHES_SWAP"
.LASF42:
	.string	"_IO_save_end"
.LASF113:
	.string	"FLOW_STOP"
.LASF250:
	.string	"POPS_STORE"
.LASF629:
	.string	"dl_checked_DUP_23"
.LASF107:
	.string	"flow"
.LASF181:
	.string	"POPS_SUB"
.LASF388:
	.string	"body_JNZ"
.LASF513:
	.string	"dl_handler_OR_108"
.LASF35:
	.string	"_IO_write_base"
.LASF393:
	.string	"dl_checked_JZ_190"
.LASF443:
	.string	"dl_handler_LE_157"
.LASF185:
	.string	"PUSHES_MUL"
.LASF636:
	.string	"body_DUP"
.LASF158:
	.string	"PUSHES_NOP"
.LASF51:
	.string	"_lock"
.LASF197:
	.string	"PUSHES_NOT"
.LASF273:
	.string	"NSLOTS_AND"
.LASF214:
	.string	"POPS_EQ"
.LASF586:
	.string	"body_SUB"
.LASF105:
	.string	"OP__COUNT"
.LASF260:
	.string	"NSLOTS_PUSH"
.LASF293:
	.string	"target"
.LASF206:
	.string	"PUSHES_XOR"
.LASF40:
	.string	"_IO_save_base"
.LASF492:
	.string	"op_SHL"
.LASF254:
	.string	"PUSHES_PRINT"
.LASF482:
	.string	"op_SHR"
.LASF246:
	.string	"FLOW_OF_RET"
.LASF364:
	.string	"body_RET"
.LASF558:
	.string	"dl_checked_DIV_73"
.LASF131:
	.string	"ST_DIV_ZERO"
.LASF366:
	.string	"dl_trap_214"
.LASF595:
	.string	"dl_handler_ADD_50"
.LASF44:
	.string	"_chain"
.LASF358:
	.string	"dl_trap_218"
.LASF552:
	.string	"op_MOD"
.LASF417:
	.string	"dl_checked_GE_172"
.LASF48:
	.string	"_cur_column"
.LASF616:
	.string	"body_OVER"
.LASF179:
	.string	"PUSHES_ADD"
.LASF368:
	.string	"op_C_CALL"
.LASF89:
	.string	"OP_SHR"
.LASF352:
	.string	"dl_handler_LOAD_224"
.LASF17:
	.string	"__uint8_t"
.LASF132:
	.string	"ST_UNDERFLOW"
.LASF604:
	.string	"op_ROT"
.LASF81:
	.string	"OP_DIV"
.LASF139:
	.string	"result"
.LASF82:
	.string	"OP_MOD"
.LASF144:
	.string	"rstack"
.LASF192:
	.string	"FLOW_OF_MOD"
.LASF316:
	.string	"op_HALT"
.LASF278:
	.string	"NSLOTS_EQ"
.LASF455:
	.string	"dl_dispatch_149"
.LASF367:
	.string	"dl_dispatch_215"
.LASF229:
	.string	"POPS_GE"
.LASF77:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF226:
	.string	"POPS_GT"
.LASF245:
	.string	"PUSHES_RET"
.LASF290:
	.string	"NSLOTS_STORE"
.LASF406:
	.string	"dl_trap_182"
.LASF407:
	.string	"dl_trap_183"
.LASF640:
	.string	"dl_trap_17"
.LASF642:
	.string	"dl_trap_19"
.LASF61:
	.string	"_IO_marker"
.LASF253:
	.string	"POPS_PRINT"
.LASF569:
	.string	"dl_checked_MUL_65"
.LASF291:
	.string	"NSLOTS_PRINT"
.LASF585:
	.string	"dl_handler_SUB_57"
.LASF345:
	.string	"op_C_LOAD"
.LASF600:
	.string	"dl_trap_45"
.LASF568:
	.string	"op_C_MUL"
.LASF347:
	.string	"dl_trap_226"
.LASF230:
	.string	"PUSHES_GE"
.LASF659:
	.string	"op_C_NOP"
.LASF142:
	.string	"error"
.LASF526:
	.string	"op_C_NOT"
.LASF225:
	.string	"FLOW_OF_LE"
.LASF473:
	.string	"dl_handler_EQ_136"
.LASF329:
	.string	"body_HALT"
.LASF90:
	.string	"OP_EQ"
.LASF588:
	.string	"op_C_ADD"
.LASF649:
	.string	"dl_checked_PUSH_9"
.LASF199:
	.string	"POPS_AND"
.LASF376:
	.string	"body_CALL"
.LASF283:
	.string	"NSLOTS_GE"
.LASF646:
	.string	"body_DROP"
.LASF403:
	.string	"dl_dispatch_188"
.LASF525:
	.string	"dl_dispatch_100"
.LASF635:
	.string	"dl_handler_DUP_22"
.LASF233:
	.string	"PUSHES_JMP"
.LASF16:
	.string	"signed char"
.LASF515:
	.string	"dl_dispatch_107"
.LASF65:
	.string	"uint8_t"
.LASF282:
	.string	"NSLOTS_GT"
.LASF30:
	.string	"_IO_FILE"
.LASF63:
	.string	"_IO_wide_data"
.LASF121:
	.string	"file"
.LASF157:
	.string	"POPS_NOP"
.LASF288:
	.string	"NSLOTS_RET"
.LASF632:
	.string	"dl_trap_26"
.LASF633:
	.string	"dl_trap_27"
.LASF13:
	.string	"unsigned char"
.LASF496:
	.string	"op_C_XOR"
.LASF55:
	.string	"_freeres_list"
.LASF151:
	.string	"unavailable"
.LASF575:
	.string	"dl_handler_MUL_64"
.LASF608:
	.string	"op_C_OVER"
.LASF505:
	.string	"dl_dispatch_114"
.LASF336:
	.string	"dl_trap_234"
.LASF337:
	.string	"dl_trap_235"
.LASF338:
	.string	"dl_trap_236"
.LASF239:
	.string	"PUSHES_JNZ"
.LASF160:
	.string	"POPS_PUSH"
.LASF95:
	.string	"OP_GE"
.LASF72:
	.string	"OP_PUSH"
.LASF235:
	.string	"POPS_JZ"
.LASF299:
	.string	"handler"
.LASF94:
	.string	"OP_GT"
.LASF167:
	.string	"PUSHES_DUP"
.LASF310:
	.string	"table"
.LASF287:
	.string	"NSLOTS_CALL"
.LASF289:
	.string	"NSLOTS_LOAD"
.LASF25:
	.string	"char"
.LASF591:
	.string	"dl_trap_53"
.LASF592:
	.string	"dl_trap_54"
.LASF485:
	.string	"dl_dispatch_128"
.LASF182:
	.string	"PUSHES_SUB"
.LASF258:
	.string	"FLOW_OF_HALT"
.LASF257:
	.string	"PUSHES_HALT"
.LASF156:
	.string	"describe"
.LASF119:
	.string	"span"
.LASF381:
	.string	"dl_checked_JNZ_199"
.LASF670:
	.string	"_IO_lock_t"
.LASF195:
	.string	"FLOW_OF_NEG"
.LASF621:
	.string	"dl_trap_32"
.LASF627:
	.string	"dl_dispatch_28"
.LASF261:
	.string	"NSLOTS_DROP"
.LASF150:
	.string	"summary"
.LASF252:
	.string	"FLOW_OF_STORE"
.LASF147:
	.string	"prog"
.LASF335:
	.string	"dl_checked_STORE_233"
.LASF223:
	.string	"POPS_LE"
.LASF285:
	.string	"NSLOTS_JZ"
.LASF32:
	.string	"_IO_read_ptr"
.LASF669:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF537:
	.string	"dl_checked_NEG_88"
.LASF574:
	.string	"op_MUL"
.LASF220:
	.string	"POPS_LT"
.LASF665:
	.string	"op_NOP"
.LASF135:
	.string	"ST_ROVERFLOW"
.LASF532:
	.string	"op_NOT"
.LASF618:
	.string	"op_C_SWAP"
.LASF487:
	.string	"dl_checked_SHL_123"
.LASF264:
	.string	"NSLOTS_OVER"
.LASF655:
	.string	"dl_handler_PUSH_8"
.LASF594:
	.string	"op_ADD"
.LASF80:
	.string	"OP_MUL"
.LASF465:
	.string	"dl_dispatch_142"
.LASF244:
	.string	"POPS_RET"
.LASF502:
	.string	"op_XOR"
.LASF43:
	.string	"_markers"
.LASF71:
	.string	"OP_NOP"
.LASF474:
	.string	"body_EQ"
.LASF84:
	.string	"OP_NOT"
.LASF118:
	.string	"need"
.LASF146:
	.string	"limit"
.LASF380:
	.string	"op_C_JNZ"
.LASF609:
	.string	"dl_checked_OVER_37"
.LASF369:
	.string	"dl_checked_CALL_208"
.LASF169:
	.string	"POPS_SWAP"
.LASF78:
	.string	"OP_ADD"
.LASF613:
	.string	"dl_trap_41"
.LASF341:
	.string	"dl_handler_STORE_232"
.LASF576:
	.string	"body_MUL"
.LASF87:
	.string	"OP_XOR"
.LASF97:
	.string	"OP_JZ"
.LASF602:
	.string	"dl_trap_47"
.LASF603:
	.string	"dl_trap_48"
.LASF527:
	.string	"dl_checked_NOT_95"
.LASF628:
	.string	"op_C_DUP"
.LASF281:
	.string	"NSLOTS_LE"
.LASF638:
	.string	"op_C_DROP"
.LASF313:
	.string	"dl_trap_252"
.LASF145:
	.string	"max_steps"
.LASF315:
	.string	"dl_trap_254"
.LASF280:
	.string	"NSLOTS_LT"
.LASF433:
	.string	"dl_handler_GT_164"
.LASF217:
	.string	"POPS_NE"
.LASF572:
	.string	"dl_trap_68"
.LASF518:
	.string	"dl_trap_103"
.LASF519:
	.string	"dl_trap_104"
.LASF520:
	.string	"dl_trap_105"
.LASF521:
	.string	"dl_trap_106"
.LASF399:
	.string	"dl_handler_JZ_189"
.LASF363:
	.string	"dl_handler_RET_216"
.LASF52:
	.string	"_offset"
.LASF472:
	.string	"op_EQ"
.LASF210:
	.string	"FLOW_OF_SHL"
.LASF213:
	.string	"FLOW_OF_SHR"
.LASF435:
	.string	"dl_dispatch_163"
.LASF424:
	.string	"body_GE"
.LASF410:
	.string	"op_JMP"
.LASF457:
	.string	"dl_checked_NE_144"
.LASF379:
	.string	"dl_dispatch_206"
.LASF493:
	.string	"dl_handler_SHL_122"
.LASF434:
	.string	"body_GT"
.LASF271:
	.string	"NSLOTS_NEG"
.LASF510:
	.string	"dl_trap_112"
.LASF22:
	.string	"__uint64_t"
.LASF189:
	.string	"FLOW_OF_DIV"
.LASF498:
	.string	"dl_trap_117"
.LASF202:
	.string	"POPS_OR"
.LASF93:
	.string	"OP_LE"
.LASF614:
	.string	"op_OVER"
.LASF2:
	.string	"long unsigned int"
.LASF241:
	.string	"POPS_CALL"
.LASF200:
	.string	"PUSHES_AND"
.LASF247:
	.string	"POPS_LOAD"
.LASF263:
	.string	"NSLOTS_SWAP"
.LASF92:
	.string	"OP_LT"
.LASF404:
	.string	"op_C_JMP"
.LASF593:
	.string	"dl_trap_55"
.LASF99:
	.string	"OP_CALL"
.LASF46:
	.string	"_flags2"
.LASF466:
	.string	"op_C_EQ"
.LASF101:
	.string	"OP_LOAD"
.LASF177:
	.string	"FLOW_OF_ROT"
.LASF279:
	.string	"NSLOTS_NE"
.LASF477:
	.string	"dl_checked_SHR_130"
.LASF34:
	.string	"_IO_read_base"
.LASF425:
	.string	"dl_dispatch_170"
.LASF654:
	.string	"op_PUSH"
.LASF375:
	.string	"dl_handler_CALL_207"
.LASF415:
	.string	"dl_dispatch_179"
.LASF125:
	.string	"line"
.LASF340:
	.string	"op_STORE"
.LASF650:
	.string	"dl_trap_10"
.LASF651:
	.string	"dl_trap_11"
.LASF652:
	.string	"dl_trap_12"
.LASF653:
	.string	"dl_trap_13"
.LASF501:
	.string	"dl_trap_120"
.LASF59:
	.string	"_unused2"
.LASF641:
	.string	"dl_trap_18"
.LASF488:
	.string	"dl_trap_124"
.LASF489:
	.string	"dl_trap_125"
.LASF490:
	.string	"dl_trap_126"
.LASF491:
	.string	"dl_trap_127"
.LASF127:
	.string	"nlabels"
.LASF163:
	.string	"POPS_DROP"
.LASF8:
	.string	"__mask_was_saved"
.LASF68:
	.string	"uintptr_t"
.LASF422:
	.string	"op_GE"
.LASF73:
	.string	"OP_DROP"
.LASF548:
	.string	"dl_trap_82"
.LASF432:
	.string	"op_GT"
.LASF637:
	.string	"dl_dispatch_21"
.LASF47:
	.string	"_old_offset"
.LASF96:
	.string	"OP_JMP"
.LASF274:
	.string	"NSLOTS_OR"
.LASF355:
	.string	"dl_dispatch_223"
.LASF643:
	.string	"dl_trap_20"
.LASF342:
	.string	"body_STORE"
.LASF630:
	.string	"dl_trap_24"
.LASF631:
	.string	"dl_trap_25"
.LASF478:
	.string	"dl_trap_131"
.LASF479:
	.string	"dl_trap_132"
.LASF480:
	.string	"dl_trap_133"
.LASF481:
	.string	"dl_trap_134"
.LASF296:
	.string	"first"
.LASF468:
	.string	"dl_trap_138"
.LASF91:
	.string	"OP_NE"
.LASF483:
	.string	"dl_handler_SHR_129"
.LASF306:
	.string	"vm_stop"
.LASF172:
	.string	"POPS_OVER"
.LASF231:
	.string	"FLOW_OF_GE"
.LASF416:
	.string	"op_C_GE"
.LASF386:
	.string	"op_JNZ"
.LASF542:
	.string	"op_NEG"
.LASF570:
	.string	"dl_trap_66"
.LASF76:
	.string	"OP_OVER"
.LASF20:
	.string	"__uint32_t"
.LASF573:
	.string	"dl_trap_69"
.LASF426:
	.string	"op_C_GT"
.LASF431:
	.string	"dl_trap_169"
.LASF634:
	.string	"op_DUP"
.LASF154:
	.string	"prepare_failure"
.LASF12:
	.string	"long long int"
.LASF657:
	.string	"dl_dispatch_7"
.LASF120:
	.string	"program"
.LASF391:
	.string	"dl_dispatch_197"
.LASF344:
	.string	"dl_dispatch_231"
.LASF447:
	.string	"dl_checked_LT_151"
.LASF620:
	.string	"dl_trap_31"
.LASF98:
	.string	"OP_JNZ"
.LASF622:
	.string	"dl_trap_33"
.LASF623:
	.string	"dl_trap_34"
.LASF470:
	.string	"dl_trap_140"
.LASF471:
	.string	"dl_trap_141"
.LASF610:
	.string	"dl_trap_38"
.LASF611:
	.string	"dl_trap_39"
.LASF128:
	.string	"proven"
.LASF459:
	.string	"dl_trap_146"
.LASF460:
	.string	"dl_trap_147"
.LASF461:
	.string	"dl_trap_148"
.LASF276:
	.string	"NSLOTS_SHL"
.LASF86:
	.string	"OP_OR"
.LASF584:
	.string	"op_SUB"
.LASF277:
	.string	"NSLOTS_SHR"
.LASF516:
	.string	"op_C_AND"
.LASF37:
	.string	"_IO_write_end"
.LASF193:
	.string	"POPS_NEG"
.LASF476:
	.string	"op_C_SHR"
.LASF647:
	.string	"dl_dispatch_14"
.LASF625:
	.string	"dl_handler_SWAP_29"
.LASF117:
	.string	"frame"
.LASF269:
	.string	"NSLOTS_DIV"
.LASF137:
	.string	"ST_STEPS"
.LASF597:
	.string	"dl_dispatch_49"
.LASF270:
	.string	"NSLOTS_MOD"
.LASF333:
	.string	"dl_dispatch_240"
.LASF668:
	.string	"dl_dispatch_0"
.LASF612:
	.string	"dl_trap_40"
.LASF79:
	.string	"OP_SUB"
.LASF320:
	.string	"dl_dispatch_248"
.LASF238:
	.string	"POPS_JNZ"
.LASF601:
	.string	"dl_trap_46"
.LASF448:
	.string	"dl_trap_152"
.LASF449:
	.string	"dl_trap_153"
.LASF450:
	.string	"dl_trap_154"
.LASF451:
	.string	"dl_trap_155"
.LASF133:
	.string	"ST_OVERFLOW"
.LASF438:
	.string	"dl_trap_159"
.LASF124:
	.string	"count"
.LASF265:
	.string	"NSLOTS_ROT"
.LASF589:
	.string	"dl_checked_ADD_51"
.LASF301:
	.string	"budget"
.LASF159:
	.string	"FLOW_OF_NOP"
.LASF308:
	.string	"prepared"
.LASF561:
	.string	"dl_trap_76"
.LASF38:
	.string	"_IO_buf_base"
.LASF562:
	.string	"dl_trap_77"
.LASF544:
	.string	"body_NEG"
.LASF555:
	.string	"dl_trap_78"
.LASF15:
	.string	"unsigned int"
.LASF74:
	.string	"OP_DUP"
.LASF605:
	.string	"dl_handler_ROT_43"
.LASF398:
	.string	"op_JZ"
.LASF444:
	.string	"body_LE"
.LASF550:
	.string	"dl_trap_84"
.LASF607:
	.string	"dl_dispatch_42"
.LASF317:
	.string	"dl_dispatch_255"
.LASF590:
	.string	"dl_trap_52"
.LASF215:
	.string	"PUSHES_EQ"
.LASF454:
	.string	"body_LT"
.LASF439:
	.string	"dl_trap_160"
.LASF162:
	.string	"FLOW_OF_PUSH"
.LASF441:
	.string	"dl_trap_162"
.LASF580:
	.string	"dl_trap_59"
.LASF428:
	.string	"dl_trap_166"
.LASF429:
	.string	"dl_trap_167"
.LASF430:
	.string	"dl_trap_168"
.LASF382:
	.string	"dl_trap_200"
.LASF383:
	.string	"dl_trap_201"
.LASF384:
	.string	"dl_trap_202"
.LASF385:
	.string	"dl_trap_203"
.LASF57:
	.string	"__pad5"
.LASF378:
	.string	"dl_trap_205"
.LASF75:
	.string	"OP_SWAP"
.LASF578:
	.string	"op_C_SUB"
.LASF370:
	.string	"dl_trap_209"
.LASF639:
	.string	"dl_checked_DROP_16"
.LASF463:
	.string	"dl_handler_NE_143"
.LASF617:
	.string	"dl_dispatch_35"
.LASF237:
	.string	"FLOW_OF_JZ"
.LASF330:
	.string	"body_PRINT"
.LASF392:
	.string	"op_C_JZ"
.LASF126:
	.string	"labels"
.LASF140:
	.string	"total"
.LASF31:
	.string	"_flags"
.LASF581:
	.string	"dl_trap_60"
.LASF582:
	.string	"dl_trap_61"
.LASF583:
	.string	"dl_trap_62"
.LASF116:
	.string	"offset"
.LASF374:
	.string	"op_CALL"
.LASF571:
	.string	"dl_trap_67"
.LASF418:
	.string	"dl_trap_173"
.LASF419:
	.string	"dl_trap_174"
.LASF420:
	.string	"dl_trap_175"
.LASF421:
	.string	"dl_trap_176"
.LASF351:
	.string	"op_LOAD"
.LASF414:
	.string	"dl_trap_178"
.LASF371:
	.string	"dl_trap_210"
.LASF372:
	.string	"dl_trap_211"
.LASF373:
	.string	"dl_trap_212"
.LASF9:
	.string	"__saved_mask"
.LASF58:
	.string	"_mode"
.LASF619:
	.string	"dl_checked_SWAP_30"
.LASF186:
	.string	"FLOW_OF_MUL"
.LASF359:
	.string	"dl_trap_219"
.LASF7:
	.string	"__jmpbuf"
.LASF377:
	.string	"dl_count_204"
.LASF549:
	.string	"dl_trap_83"
.LASF442:
	.string	"op_LE"
.LASF551:
	.string	"dl_trap_85"
.LASF53:
	.string	"_codecvt"
.LASF198:
	.string	"FLOW_OF_NOT"
.LASF538:
	.string	"dl_trap_89"
.LASF4:
	.string	"__jmp_buf"
.LASF452:
	.string	"op_LT"
.LASF467:
	.string	"dl_checked_EQ_137"
.LASF136:
	.string	"ST_ADDRESS"
.LASF155:
	.string	"slow_prepare"
.LASF464:
	.string	"body_NE"
.LASF208:
	.string	"POPS_SHL"
.LASF180:
	.string	"FLOW_OF_ADD"
.LASF109:
	.string	"FLOW_JUMP"
.LASF211:
	.string	"POPS_SHR"
.LASF566:
	.string	"dl_trap_70"
.LASF207:
	.string	"FLOW_OF_XOR"
.LASF559:
	.string	"dl_trap_74"
.LASF560:
	.string	"dl_trap_75"
.LASF227:
	.string	"PUSHES_GT"
.LASF304:
	.string	"thread_new"
.LASF298:
	.string	"next"
.LASF408:
	.string	"dl_trap_184"
.LASF409:
	.string	"dl_trap_185"
.LASF402:
	.string	"dl_trap_187"
.LASF309:
	.string	"dispatcher_call"
.LASF361:
	.string	"dl_trap_221"
.LASF354:
	.string	"dl_trap_222"
.LASF64:
	.string	"long double"
.LASF348:
	.string	"dl_trap_227"
.LASF349:
	.string	"dl_trap_228"
.LASF350:
	.string	"dl_trap_229"
.LASF190:
	.string	"POPS_MOD"
.LASF365:
	.string	"dl_count_213"
.LASF436:
	.string	"op_C_LE"
.LASF503:
	.string	"dl_handler_XOR_115"
.LASF413:
	.string	"dl_count_177"
.LASF134:
	.string	"ST_RET_EMPTY"
.LASF222:
	.string	"FLOW_OF_LT"
.LASF661:
	.string	"dl_trap_3"
.LASF446:
	.string	"op_C_LT"
.LASF60:
	.string	"FILE"
.LASF353:
	.string	"body_LOAD"
.LASF356:
	.string	"op_C_RET"
.LASF522:
	.string	"op_AND"
.LASF645:
	.string	"dl_handler_DROP_15"
.LASF564:
	.string	"dl_handler_DIV_72"
.LASF175:
	.string	"POPS_ROT"
.LASF494:
	.string	"body_SHL"
.LASF587:
	.string	"dl_dispatch_56"
.LASF484:
	.string	"body_SHR"
.LASF514:
	.string	"body_OR"
.LASF530:
	.string	"dl_trap_98"
.LASF255:
	.string	"FLOW_OF_PRINT"
.LASF394:
	.string	"dl_trap_191"
.LASF395:
	.string	"dl_trap_192"
.LASF396:
	.string	"dl_trap_193"
.LASF397:
	.string	"dl_trap_194"
.LASF390:
	.string	"dl_trap_196"
.LASF343:
	.string	"dl_trap_230"
.LASF303:
	.string	"longjmp"
.LASF339:
	.string	"dl_trap_237"
.LASF331:
	.string	"dl_trap_238"
.LASF332:
	.string	"dl_trap_239"
.LASF85:
	.string	"OP_AND"
.LASF554:
	.string	"body_MOD"
.LASF541:
	.string	"dl_trap_92"
.LASF462:
	.string	"op_NE"
.LASF123:
	.string	"size"
.LASF577:
	.string	"dl_dispatch_63"
.LASF28:
	.string	"long long unsigned int"
.LASF565:
	.string	"body_DIV"
.LASF106:
	.string	"opcode"
.LASF400:
	.string	"body_JZ"
.LASF360:
	.string	"dl_trap_220"
.LASF547:
	.string	"dl_checked_MOD_81"
.LASF658:
	.string	"op_C_HALT"
.LASF606:
	.string	"body_ROT"
.LASF508:
	.string	"dl_trap_110"
.LASF509:
	.string	"dl_trap_111"
.LASF523:
	.string	"dl_handler_AND_101"
.LASF23:
	.string	"__off_t"
.LASF539:
	.string	"dl_trap_90"
.LASF540:
	.string	"dl_trap_91"
.LASF191:
	.string	"PUSHES_MOD"
.LASF528:
	.string	"dl_trap_96"
.LASF529:
	.string	"dl_trap_97"
.LASF499:
	.string	"dl_trap_118"
.LASF531:
	.string	"dl_trap_99"
.LASF10:
	.string	"jmp_buf"
.LASF161:
	.string	"PUSHES_PUSH"
.LASF323:
	.string	"dl_trap_243"
.LASF324:
	.string	"dl_trap_244"
.LASF325:
	.string	"dl_trap_245"
.LASF326:
	.string	"dl_trap_246"
.LASF319:
	.string	"dl_trap_247"
.LASF563:
	.string	"op_DIV"
.LASF219:
	.string	"FLOW_OF_NE"
.LASF456:
	.string	"op_C_NE"
.LASF401:
	.string	"dl_count_186"
.LASF56:
	.string	"_freeres_buf"
.LASF567:
	.string	"dl_dispatch_71"
.LASF70:
	.string	"ucell"
.LASF152:
	.string	"prepare"
.LASF556:
	.string	"dl_dispatch_79"
.LASF666:
	.string	"dl_handler_NOP_1"
.LASF423:
	.string	"dl_handler_GE_171"
.LASF104:
	.string	"OP_HALT"
.LASF216:
	.string	"FLOW_OF_EQ"
.LASF268:
	.string	"NSLOTS_MUL"
.LASF453:
	.string	"dl_handler_LT_150"
.LASF236:
	.string	"PUSHES_JZ"
.LASF259:
	.string	"NSLOTS_NOP"
.LASF312:
	.string	"dl_trap_251"
.LASF194:
	.string	"PUSHES_NEG"
.LASF314:
	.string	"dl_trap_253"
.LASF272:
	.string	"NSLOTS_NOT"
.LASF243:
	.string	"FLOW_OF_CALL"
.LASF234:
	.string	"FLOW_OF_JMP"
.LASF41:
	.string	"_IO_backup_base"
.LASF50:
	.string	"_shortbuf"
.LASF204:
	.string	"FLOW_OF_OR"
.LASF266:
	.string	"NSLOTS_ADD"
.LASF506:
	.string	"op_C_OR"
.LASF545:
	.string	"dl_dispatch_86"
.LASF275:
	.string	"NSLOTS_XOR"
.LASF307:
	.string	"thread_free"
.LASF624:
	.string	"op_SWAP"
.LASF24:
	.string	"__off64_t"
.LASF122:
	.string	"code"
.LASF311:
	.string	"dl_checked_HALT_250"
.LASF187:
	.string	"POPS_DIV"
.LASF656:
	.string	"body_PUSH"
.LASF165:
	.string	"FLOW_OF_DROP"
.LASF88:
	.string	"OP_SHL"
.LASF389:
	.string	"dl_count_195"
.LASF240:
	.string	"FLOW_OF_JNZ"
.LASF524:
	.string	"body_AND"
.LASF535:
	.string	"dl_dispatch_93"
.LASF39:
	.string	"_IO_buf_end"
.LASF292:
	.string	"NSLOTS_HALT"
.LASF108:
	.string	"FLOW_NEXT"
.LASF224:
	.string	"PUSHES_LE"
.LASF294:
	.string	"thread"
.LASF495:
	.string	"dl_dispatch_121"
.LASF362:
	.string	"op_RET"
.LASF115:
	.string	"name"
.LASF168:
	.string	"FLOW_OF_DUP"
.LASF221:
	.string	"PUSHES_LT"
.LASF327:
	.string	"op_PRINT"
.LASF662:
	.string	"dl_trap_4"
.LASF663:
	.string	"dl_trap_5"
.LASF164:
	.string	"PUSHES_DROP"
.LASF664:
	.string	"dl_trap_6"
.LASF626:
	.string	"body_SWAP"
.LASF427:
	.string	"dl_checked_GT_165"
.LASF174:
	.string	"FLOW_OF_OVER"
.LASF18:
	.string	"short int"
.LASF183:
	.string	"FLOW_OF_SUB"
.LASF100:
	.string	"OP_RET"
.LASF67:
	.string	"uint64_t"
.LASF507:
	.string	"dl_checked_OR_109"
.LASF318:
	.string	"dl_handler_HALT_249"
.LASF437:
	.string	"dl_checked_LE_158"
.LASF297:
	.string	"nslots"
.LASF469:
	.string	"dl_trap_139"
.LASF660:
	.string	"dl_checked_NOP_2"
.LASF49:
	.string	"_vtable_offset"
.LASF143:
	.string	"stack"
.LASF305:
	.string	"_setjmp"
.LASF536:
	.string	"op_C_NEG"
.LASF644:
	.string	"op_DROP"
.LASF184:
	.string	"POPS_MUL"
.LASF209:
	.string	"PUSHES_SHL"
.LASF212:
	.string	"PUSHES_SHR"
.LASF6:
	.string	"__val"
.LASF334:
	.string	"op_C_STORE"
.LASF196:
	.string	"POPS_NOT"
.LASF405:
	.string	"dl_checked_JMP_181"
.LASF102:
	.string	"OP_STORE"
.LASF295:
	.string	"slots"
.LASF218:
	.string	"PUSHES_NE"
.LASF553:
	.string	"dl_handler_MOD_80"
.LASF188:
	.string	"PUSHES_DIV"
.LASF178:
	.string	"POPS_ADD"
.LASF228:
	.string	"FLOW_OF_GT"
.LASF475:
	.string	"dl_dispatch_135"
.LASF284:
	.string	"NSLOTS_JMP"
.LASF21:
	.string	"__int64_t"
.LASF205:
	.string	"POPS_XOR"
.LASF242:
	.string	"PUSHES_CALL"
.LASF176:
	.string	"PUSHES_ROT"
.LASF248:
	.string	"PUSHES_LOAD"
.LASF249:
	.string	"FLOW_OF_LOAD"
.LASF33:
	.string	"_IO_read_end"
.LASF667:
	.string	"body_NOP"
.LASF534:
	.string	"body_NOT"
.LASF129:
	.string	"status"
.LASF497:
	.string	"dl_checked_XOR_116"
.LASF458:
	.string	"dl_trap_145"
.LASF203:
	.string	"PUSHES_OR"
.LASF596:
	.string	"body_ADD"
.LASF66:
	.string	"uint32_t"
.LASF171:
	.string	"FLOW_OF_SWAP"
.LASF504:
	.string	"body_XOR"
.LASF149:
	.string	"dispatcher"
.LASF286:
	.string	"NSLOTS_JNZ"
.LASF45:
	.string	"_fileno"
.LASF302:
	.string	"vm_print"
.LASF110:
	.string	"FLOW_COND"
.LASF153:
	.string	"release"
.LASF54:
	.string	"_wide_data"
.LASF533:
	.string	"dl_handler_NOT_94"
.LASF262:
	.string	"NSLOTS_DUP"
.LASF251:
	.string	"PUSHES_STORE"
.LASF14:
	.string	"short unsigned int"
.LASF579:
	.string	"dl_checked_SUB_58"
.LASF411:
	.string	"dl_handler_JMP_180"
.LASF671:
	.string	"slot"
.LASF267:
	.string	"NSLOTS_SUB"
.LASF130:
	.string	"ST_HALT"
.LASF112:
	.string	"FLOW_RET"
.LASF36:
	.string	"_IO_write_ptr"
.LASF256:
	.string	"POPS_HALT"
.LASF615:
	.string	"dl_handler_OVER_36"
.LASF173:
	.string	"PUSHES_OVER"
.LASF114:
	.string	"label"
.LASF19:
	.string	"__int32_t"
.LASF27:
	.string	"int64_t"
.LASF486:
	.string	"op_C_SHL"
.LASF517:
	.string	"dl_checked_AND_102"
.LASF148:
	.string	"exit"
.LASF543:
	.string	"dl_handler_NEG_87"
.LASF201:
	.string	"FLOW_OF_AND"
.LASF141:
	.string	"hash"
.LASF557:
	.string	"op_C_DIV"
.LASF546:
	.string	"op_C_MOD"
.LASF5:
	.string	"__sigset_t"
.LASF321:
	.string	"op_C_PRINT"
.LASF346:
	.string	"dl_checked_LOAD_225"
.LASF103:
	.string	"OP_PRINT"
.LASF599:
	.string	"dl_checked_ROT_44"
.LASF232:
	.string	"POPS_JMP"
.LASF300:
	.string	"machine"
.LASF598:
	.string	"op_C_ROT"
.LASF322:
	.string	"dl_checked_PRINT_242"
.LASF511:
	.string	"dl_trap_113"
.LASF648:
	.string	"op_C_PUSH"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/call/call.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits

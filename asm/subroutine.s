	.file	"subroutine.c"
# GNU C11 (Debian 12.2.0-14+deb12u1) version 12.2.0 (x86_64-linux-gnu)
#	compiled by GNU C version 12.2.0, GMP version 6.2.1, MPFR version 4.2.0, MPC version 1.3.1, isl version isl-0.25-GMP

# GGC heuristics: --param ggc-min-expand=100 --param ggc-min-heapsize=131072
# options passed: -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables
	.text
.Ltext0:
	.file 0 "/work/main" "dispatch/subroutine/subroutine.c"
	.p2align 4
	.type	op_NOP, @function
op_NOP:
.LVL0:
.LFB26:
	.file 1 "./isa/ops.inc"
	.loc 1 33 1 view -0
	.cfi_startproc
	.loc 1 33 1 view .LVU1
.LDL1:
	.loc 1 33 1 view .LVU2
	.loc 1 33 1 view .LVU3
	.loc 1 33 1 view .LVU4
	.loc 1 33 1 view .LVU5
	.loc 1 33 1 view .LVU6
	.loc 1 33 1 view .LVU7
	.loc 1 33 1 view .LVU8
	.loc 1 33 1 view .LVU9
.LBB279:
.LBI279:
	.loc 1 32 1 view .LVU10
.LBB280:
	.loc 1 32 1 view .LVU11
.LDL2:
	.loc 1 32 1 view .LVU12
	.loc 1 32 1 view .LVU13
	.loc 1 32 1 view .LVU14
	.loc 1 33 1 view .LVU15
	.loc 1 33 1 view .LVU16
.LBB281:
	.loc 1 33 1 view .LVU17
	.loc 1 33 1 view .LVU18
.LVL1:
	.loc 1 33 1 view .LVU19
	.loc 1 33 1 is_stmt 0 view .LVU20
.LBE281:
.LBE280:
.LBE279:
	ret	
	.cfi_endproc
.LFE26:
	.size	op_NOP, .-op_NOP
	.p2align 4
	.type	op_C_NOP, @function
op_C_NOP:
.LVL2:
.LFB27:
	.loc 1 33 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 33 1 view .LVU22
.LDL3:
	.loc 1 33 1 view .LVU23
	.loc 1 33 1 view .LVU24
	.loc 1 33 1 view .LVU25
	.loc 1 33 1 view .LVU26
	.loc 1 33 1 view .LVU27
	.loc 1 33 1 view .LVU28
	.loc 1 33 1 view .LVU29
	.loc 1 33 1 view .LVU30
	.loc 1 33 1 view .LVU31
	.loc 1 33 1 view .LVU32
	.loc 1 33 1 view .LVU33
	.loc 1 33 1 view .LVU34
	.loc 1 33 1 view .LVU35
	.loc 1 33 1 view .LVU36
	.loc 1 33 1 view .LVU37
	.loc 1 33 1 view .LVU38
	.loc 1 33 1 view .LVU39
.LBB282:
.LBI282:
	.loc 1 32 1 view .LVU40
.LBB283:
	.loc 1 32 1 view .LVU41
.LDL4:
	.loc 1 32 1 view .LVU42
	.loc 1 32 1 view .LVU43
	.loc 1 32 1 view .LVU44
	.loc 1 33 1 view .LVU45
	.loc 1 33 1 view .LVU46
.LBB284:
	.loc 1 33 1 view .LVU47
	.loc 1 33 1 view .LVU48
.LVL3:
	.loc 1 33 1 view .LVU49
	.loc 1 33 1 is_stmt 0 view .LVU50
.LBE284:
.LBE283:
.LBE282:
	ret	
	.cfi_endproc
.LFE27:
	.size	op_C_NOP, .-op_C_NOP
	.p2align 4
	.type	op_PUSH, @function
op_PUSH:
.LVL4:
.LFB29:
	.loc 1 37 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 37 1 view .LVU52
.LDL5:
	.loc 1 37 1 view .LVU53
	.loc 1 37 1 view .LVU54
	.loc 1 37 1 view .LVU55
	.loc 1 37 1 view .LVU56
	.loc 1 37 1 view .LVU57
	.loc 1 37 1 view .LVU58
	.loc 1 37 1 view .LVU59
	.loc 1 37 1 view .LVU60
.LBB285:
.LBI285:
	.loc 1 35 1 view .LVU61
.LBB286:
	.loc 1 35 1 view .LVU62
	.loc 1 35 1 view .LVU63
	.loc 1 35 1 view .LVU64
	.loc 1 35 1 view .LVU65
	.loc 1 36 5 view .LVU66
.LBB287:
	.loc 1 36 5 view .LVU67
	.loc 1 36 5 view .LVU68
	.loc 1 36 5 is_stmt 0 view .LVU69
	movq	%rsi, (%rdx)	# tmp97, *sp_4(D)
.LDL6:
.LBE287:
	.loc 1 36 5 is_stmt 1 view .LVU70
	.loc 1 37 1 view .LVU71
	.loc 1 37 1 view .LVU72
.LBB288:
	.loc 1 37 1 view .LVU73
	.loc 1 37 1 view .LVU74
.LBE288:
.LBB289:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 1 36 5 is_stmt 0 view .LVU75
	addq	$8, %rdx	#, sp
.LVL5:
	.loc 1 36 5 view .LVU76
.LBE289:
.LBB290:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 view .LVU77
.LVL6:
	.loc 1 37 1 is_stmt 1 view .LVU78
	.loc 1 37 1 is_stmt 0 view .LVU79
.LBE290:
.LBE286:
.LBE285:
	ret	
	.cfi_endproc
.LFE29:
	.size	op_PUSH, .-op_PUSH
	.p2align 4
	.type	op_DROP, @function
op_DROP:
.LVL7:
.LFB32:
	.loc 1 41 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 41 1 view .LVU81
.LDL7:
	.loc 1 41 1 view .LVU82
	.loc 1 41 1 view .LVU83
	.loc 1 41 1 view .LVU84
	.loc 1 41 1 view .LVU85
	.loc 1 41 1 view .LVU86
	.loc 1 41 1 view .LVU87
	.loc 1 41 1 view .LVU88
	.loc 1 41 1 view .LVU89
.LBB291:
.LBI291:
	.loc 1 39 1 view .LVU90
.LBB292:
	.loc 1 39 1 view .LVU91
	.loc 1 39 1 view .LVU92
	.loc 1 39 1 view .LVU93
	.loc 1 39 1 view .LVU94
	.loc 1 40 5 view .LVU95
.LDL8:
	.loc 1 41 1 view .LVU96
	.loc 1 41 1 view .LVU97
.LBB293:
	.loc 1 41 1 view .LVU98
	.loc 1 41 1 view .LVU99
.LBE293:
# ./isa/ops.inc:40:     DROP(1);
	.loc 1 40 5 is_stmt 0 view .LVU100
	subq	$8, %rdx	#, sp
.LVL8:
.LBB294:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU101
.LVL9:
	.loc 1 41 1 is_stmt 1 view .LVU102
	.loc 1 41 1 is_stmt 0 view .LVU103
.LBE294:
.LBE292:
.LBE291:
	ret	
	.cfi_endproc
.LFE32:
	.size	op_DROP, .-op_DROP
	.p2align 4
	.type	op_DUP, @function
op_DUP:
.LVL10:
.LFB35:
	.loc 1 45 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 1 view .LVU105
.LDL9:
	.loc 1 45 1 view .LVU106
	.loc 1 45 1 view .LVU107
	.loc 1 45 1 view .LVU108
	.loc 1 45 1 view .LVU109
	.loc 1 45 1 view .LVU110
	.loc 1 45 1 view .LVU111
	.loc 1 45 1 view .LVU112
	.loc 1 45 1 view .LVU113
.LBB295:
.LBI295:
	.loc 1 43 1 view .LVU114
.LBB296:
	.loc 1 43 1 view .LVU115
	.loc 1 43 1 view .LVU116
	.loc 1 43 1 view .LVU117
	.loc 1 43 1 view .LVU118
	.loc 1 44 5 view .LVU119
.LBB297:
	.loc 1 44 5 view .LVU120
	.loc 1 44 5 view .LVU121
	.loc 1 44 5 is_stmt 0 view .LVU122
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	addq	$8, %rdx	#, sp
.LVL11:
	.loc 1 44 5 view .LVU123
	movq	%rax, -8(%rdx)	# MEM[(cell *)sp_4(D) + -8B], *sp_4(D)
.LDL10:
.LBE297:
	.loc 1 44 5 is_stmt 1 view .LVU124
	.loc 1 45 1 view .LVU125
	.loc 1 45 1 view .LVU126
.LBB298:
	.loc 1 45 1 view .LVU127
	.loc 1 45 1 view .LVU128
.LVL12:
	.loc 1 45 1 view .LVU129
	.loc 1 45 1 is_stmt 0 view .LVU130
.LBE298:
.LBE296:
.LBE295:
	ret	
	.cfi_endproc
.LFE35:
	.size	op_DUP, .-op_DUP
	.p2align 4
	.type	op_SWAP, @function
op_SWAP:
.LVL13:
.LFB38:
	.loc 1 49 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 49 1 view .LVU132
.LDL11:
	.loc 1 49 1 view .LVU133
	.loc 1 49 1 view .LVU134
	.loc 1 49 1 view .LVU135
	.loc 1 49 1 view .LVU136
	.loc 1 49 1 view .LVU137
	.loc 1 49 1 view .LVU138
	.loc 1 49 1 view .LVU139
	.loc 1 49 1 view .LVU140
.LBB299:
.LBI299:
	.loc 1 47 1 view .LVU141
.LBB300:
	.loc 1 47 1 view .LVU142
	.loc 1 47 1 view .LVU143
	.loc 1 47 1 view .LVU144
	.loc 1 47 1 view .LVU145
.LBB301:
	.loc 1 48 7 view .LVU146
	.loc 1 48 22 view .LVU147
	.loc 1 48 35 view .LVU148
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 is_stmt 0 view .LVU149
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_4(D) + -16B], vect__6.450
.LBE301:
.LBB302:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 view .LVU150
.LBE302:
.LBB303:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 view .LVU151
	shufpd	$1, %xmm0, %xmm0	#, tmp101, vect__6.450
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 40 view .LVU152
	movups	%xmm0, -16(%rdx)	# vect__6.450, MEM <vector(2) long int> [(cell *)sp_4(D) + -16B]
.LVL14:
.LDL12:
	.loc 1 48 40 view .LVU153
.LBE303:
	.loc 1 49 1 is_stmt 1 view .LVU154
	.loc 1 49 1 view .LVU155
.LBB304:
	.loc 1 49 1 view .LVU156
	.loc 1 49 1 view .LVU157
	.loc 1 49 1 view .LVU158
	.loc 1 49 1 is_stmt 0 view .LVU159
.LBE304:
.LBE300:
.LBE299:
	ret	
	.cfi_endproc
.LFE38:
	.size	op_SWAP, .-op_SWAP
	.p2align 4
	.type	op_OVER, @function
op_OVER:
.LVL15:
.LFB41:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 53 1 view .LVU161
.LDL13:
	.loc 1 53 1 view .LVU162
	.loc 1 53 1 view .LVU163
	.loc 1 53 1 view .LVU164
	.loc 1 53 1 view .LVU165
	.loc 1 53 1 view .LVU166
	.loc 1 53 1 view .LVU167
	.loc 1 53 1 view .LVU168
	.loc 1 53 1 view .LVU169
.LBB305:
.LBI305:
	.loc 1 51 1 view .LVU170
.LBB306:
	.loc 1 51 1 view .LVU171
	.loc 1 51 1 view .LVU172
	.loc 1 51 1 view .LVU173
	.loc 1 51 1 view .LVU174
	.loc 1 52 5 view .LVU175
.LBB307:
	.loc 1 52 5 view .LVU176
	.loc 1 52 5 view .LVU177
	.loc 1 52 5 is_stmt 0 view .LVU178
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], MEM[(cell *)sp_4(D) + -16B]
	addq	$8, %rdx	#, sp
.LVL16:
	.loc 1 52 5 view .LVU179
	movq	%rax, -8(%rdx)	# MEM[(cell *)sp_4(D) + -16B], *sp_4(D)
.LDL14:
.LBE307:
	.loc 1 52 5 is_stmt 1 view .LVU180
	.loc 1 53 1 view .LVU181
	.loc 1 53 1 view .LVU182
.LBB308:
	.loc 1 53 1 view .LVU183
	.loc 1 53 1 view .LVU184
.LVL17:
	.loc 1 53 1 view .LVU185
	.loc 1 53 1 is_stmt 0 view .LVU186
.LBE308:
.LBE306:
.LBE305:
	ret	
	.cfi_endproc
.LFE41:
	.size	op_OVER, .-op_OVER
	.p2align 4
	.type	op_ROT, @function
op_ROT:
.LVL18:
.LFB44:
	.loc 1 57 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 57 1 view .LVU188
.LDL15:
	.loc 1 57 1 view .LVU189
	.loc 1 57 1 view .LVU190
	.loc 1 57 1 view .LVU191
	.loc 1 57 1 view .LVU192
	.loc 1 57 1 view .LVU193
	.loc 1 57 1 view .LVU194
	.loc 1 57 1 view .LVU195
	.loc 1 57 1 view .LVU196
.LBB309:
.LBI309:
	.loc 1 55 1 view .LVU197
.LBB310:
	.loc 1 55 1 view .LVU198
	.loc 1 55 1 view .LVU199
	.loc 1 55 1 view .LVU200
	.loc 1 55 1 view .LVU201
.LBB311:
	.loc 1 56 7 view .LVU202
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 12 is_stmt 0 view .LVU203
	movq	-24(%rdx), %rax	# MEM[(cell *)sp_4(D) + -24B], a
.LVL19:
	.loc 1 56 22 is_stmt 1 view .LVU204
	.loc 1 56 35 view .LVU205
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 is_stmt 0 view .LVU206
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_4(D) + -16B], tmp99
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 53 view .LVU207
	movq	%rax, -8(%rdx)	# a, MEM[(cell *)sp_4(D) + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 view .LVU208
	movups	%xmm0, -24(%rdx)	# tmp99, MEM <vector(2) long int> [(cell *)sp_4(D) + -24B]
	.loc 1 56 48 is_stmt 1 view .LVU209
.LDL16:
.LBE311:
	.loc 1 57 1 view .LVU210
	.loc 1 57 1 view .LVU211
.LBB312:
	.loc 1 57 1 view .LVU212
	.loc 1 57 1 view .LVU213
.LVL20:
	.loc 1 57 1 view .LVU214
	.loc 1 57 1 is_stmt 0 view .LVU215
.LBE312:
.LBE310:
.LBE309:
	ret	
	.cfi_endproc
.LFE44:
	.size	op_ROT, .-op_ROT
	.p2align 4
	.type	op_ADD, @function
op_ADD:
.LVL21:
.LFB47:
	.loc 1 63 54 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 63 54 view .LVU217
.LDL17:
	.loc 1 63 54 view .LVU218
	.loc 1 63 54 view .LVU219
	.loc 1 63 54 view .LVU220
	.loc 1 63 54 view .LVU221
	.loc 1 63 54 view .LVU222
	.loc 1 63 54 view .LVU223
	.loc 1 63 54 view .LVU224
	.loc 1 63 54 view .LVU225
.LBB313:
.LBI313:
	.loc 1 63 1 view .LVU226
.LBB314:
	.loc 1 63 1 view .LVU227
	.loc 1 63 1 view .LVU228
	.loc 1 63 1 view .LVU229
	.loc 1 63 1 view .LVU230
	.loc 1 63 16 view .LVU231
.LBB315:
	.loc 1 63 16 view .LVU232
	.loc 1 63 16 view .LVU233
	.loc 1 63 16 view .LVU234
	.loc 1 63 16 view .LVU235
	.loc 1 63 16 view .LVU236
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	addq	%rax, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL22:
.LDL18:
	.loc 1 63 16 is_stmt 0 view .LVU237
.LBE315:
	.loc 1 63 16 is_stmt 1 view .LVU238
	.loc 1 63 54 view .LVU239
	.loc 1 63 54 view .LVU240
.LBB316:
	.loc 1 63 54 view .LVU241
	.loc 1 63 54 view .LVU242
.LBE316:
.LBB317:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 16 is_stmt 0 view .LVU243
	subq	$8, %rdx	#, sp
.LVL23:
	.loc 1 63 16 view .LVU244
.LBE317:
.LBB318:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU245
.LVL24:
	.loc 1 63 54 is_stmt 1 view .LVU246
	.loc 1 63 54 is_stmt 0 view .LVU247
.LBE318:
.LBE314:
.LBE313:
	ret	
	.cfi_endproc
.LFE47:
	.size	op_ADD, .-op_ADD
	.p2align 4
	.type	op_SUB, @function
op_SUB:
.LVL25:
.LFB50:
	.loc 1 64 54 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 64 54 view .LVU249
.LDL19:
	.loc 1 64 54 view .LVU250
	.loc 1 64 54 view .LVU251
	.loc 1 64 54 view .LVU252
	.loc 1 64 54 view .LVU253
	.loc 1 64 54 view .LVU254
	.loc 1 64 54 view .LVU255
	.loc 1 64 54 view .LVU256
	.loc 1 64 54 view .LVU257
.LBB319:
.LBI319:
	.loc 1 64 1 view .LVU258
.LBB320:
	.loc 1 64 1 view .LVU259
	.loc 1 64 1 view .LVU260
	.loc 1 64 1 view .LVU261
	.loc 1 64 1 view .LVU262
	.loc 1 64 16 view .LVU263
.LBB321:
	.loc 1 64 16 view .LVU264
	.loc 1 64 16 view .LVU265
	.loc 1 64 16 view .LVU266
	.loc 1 64 16 view .LVU267
	.loc 1 64 16 view .LVU268
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	subq	%rax, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL26:
.LDL20:
	.loc 1 64 16 is_stmt 0 view .LVU269
.LBE321:
	.loc 1 64 16 is_stmt 1 view .LVU270
	.loc 1 64 54 view .LVU271
	.loc 1 64 54 view .LVU272
.LBB322:
	.loc 1 64 54 view .LVU273
	.loc 1 64 54 view .LVU274
.LBE322:
.LBB323:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 16 is_stmt 0 view .LVU275
	subq	$8, %rdx	#, sp
.LVL27:
	.loc 1 64 16 view .LVU276
.LBE323:
.LBB324:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU277
.LVL28:
	.loc 1 64 54 is_stmt 1 view .LVU278
	.loc 1 64 54 is_stmt 0 view .LVU279
.LBE324:
.LBE320:
.LBE319:
	ret	
	.cfi_endproc
.LFE50:
	.size	op_SUB, .-op_SUB
	.p2align 4
	.type	op_MUL, @function
op_MUL:
.LVL29:
.LFB53:
	.loc 1 65 54 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 65 54 view .LVU281
.LDL21:
	.loc 1 65 54 view .LVU282
	.loc 1 65 54 view .LVU283
	.loc 1 65 54 view .LVU284
	.loc 1 65 54 view .LVU285
	.loc 1 65 54 view .LVU286
	.loc 1 65 54 view .LVU287
	.loc 1 65 54 view .LVU288
	.loc 1 65 54 view .LVU289
.LBB325:
.LBI325:
	.loc 1 65 1 view .LVU290
.LBB326:
	.loc 1 65 1 view .LVU291
	.loc 1 65 1 view .LVU292
	.loc 1 65 1 view .LVU293
	.loc 1 65 1 view .LVU294
	.loc 1 65 16 view .LVU295
.LBB327:
	.loc 1 65 16 view .LVU296
	.loc 1 65 16 view .LVU297
	.loc 1 65 16 view .LVU298
	.loc 1 65 16 view .LVU299
	.loc 1 65 16 view .LVU300
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], MEM[(cell *)sp_4(D) + -16B]
	imulq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], tmp95
	subq	$8, %rdx	#, sp
.LVL30:
	.loc 1 65 16 is_stmt 0 view .LVU301
	movq	%rax, -8(%rdx)	# tmp95, MEM[(cell *)sp_4(D) + -16B]
.LVL31:
.LDL22:
	.loc 1 65 16 view .LVU302
.LBE327:
	.loc 1 65 16 is_stmt 1 view .LVU303
	.loc 1 65 54 view .LVU304
	.loc 1 65 54 view .LVU305
.LBB328:
	.loc 1 65 54 view .LVU306
	.loc 1 65 54 view .LVU307
.LVL32:
	.loc 1 65 54 view .LVU308
	.loc 1 65 54 is_stmt 0 view .LVU309
.LBE328:
.LBE326:
.LBE325:
	ret	
	.cfi_endproc
.LFE53:
	.size	op_MUL, .-op_MUL
	.p2align 4
	.type	op_NEG, @function
op_NEG:
.LVL33:
.LFB62:
	.loc 1 82 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 82 1 view .LVU311
.LDL23:
	.loc 1 82 1 view .LVU312
	.loc 1 82 1 view .LVU313
	.loc 1 82 1 view .LVU314
	.loc 1 82 1 view .LVU315
	.loc 1 82 1 view .LVU316
	.loc 1 82 1 view .LVU317
	.loc 1 82 1 view .LVU318
	.loc 1 82 1 view .LVU319
.LBB329:
.LBI329:
	.loc 1 80 1 view .LVU320
.LBB330:
	.loc 1 80 1 view .LVU321
	.loc 1 80 1 view .LVU322
	.loc 1 80 1 view .LVU323
	.loc 1 80 1 view .LVU324
	.loc 1 81 5 view .LVU325
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 1 81 21 is_stmt 0 view .LVU326
	negq	-8(%rdx)	# MEM[(cell *)sp_4(D) + -8B]
.LDL24:
	.loc 1 82 1 is_stmt 1 view .LVU327
	.loc 1 82 1 view .LVU328
.LBB331:
	.loc 1 82 1 view .LVU329
	.loc 1 82 1 view .LVU330
.LVL34:
	.loc 1 82 1 view .LVU331
	.loc 1 82 1 is_stmt 0 view .LVU332
.LBE331:
.LBE330:
.LBE329:
	ret	
	.cfi_endproc
.LFE62:
	.size	op_NEG, .-op_NEG
	.p2align 4
	.type	op_NOT, @function
op_NOT:
.LVL35:
.LFB65:
	.loc 1 86 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 86 1 view .LVU334
.LDL25:
	.loc 1 86 1 view .LVU335
	.loc 1 86 1 view .LVU336
	.loc 1 86 1 view .LVU337
	.loc 1 86 1 view .LVU338
	.loc 1 86 1 view .LVU339
	.loc 1 86 1 view .LVU340
	.loc 1 86 1 view .LVU341
	.loc 1 86 1 view .LVU342
.LBB332:
.LBI332:
	.loc 1 84 1 view .LVU343
.LBB333:
	.loc 1 84 1 view .LVU344
	.loc 1 84 1 view .LVU345
	.loc 1 84 1 view .LVU346
	.loc 1 84 1 view .LVU347
	.loc 1 85 5 view .LVU348
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 1 85 12 is_stmt 0 view .LVU349
	notq	-8(%rdx)	# MEM[(cell *)sp_4(D) + -8B]
.LDL26:
	.loc 1 86 1 is_stmt 1 view .LVU350
	.loc 1 86 1 view .LVU351
.LBB334:
	.loc 1 86 1 view .LVU352
	.loc 1 86 1 view .LVU353
.LVL36:
	.loc 1 86 1 view .LVU354
	.loc 1 86 1 is_stmt 0 view .LVU355
.LBE334:
.LBE333:
.LBE332:
	ret	
	.cfi_endproc
.LFE65:
	.size	op_NOT, .-op_NOT
	.p2align 4
	.type	op_AND, @function
op_AND:
.LVL37:
.LFB68:
	.loc 1 88 32 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 88 32 view .LVU357
.LDL27:
	.loc 1 88 32 view .LVU358
	.loc 1 88 32 view .LVU359
	.loc 1 88 32 view .LVU360
	.loc 1 88 32 view .LVU361
	.loc 1 88 32 view .LVU362
	.loc 1 88 32 view .LVU363
	.loc 1 88 32 view .LVU364
	.loc 1 88 32 view .LVU365
.LBB335:
.LBI335:
	.loc 1 88 1 view .LVU366
.LBB336:
	.loc 1 88 1 view .LVU367
	.loc 1 88 1 view .LVU368
	.loc 1 88 1 view .LVU369
	.loc 1 88 1 view .LVU370
	.loc 1 88 16 view .LVU371
.LBB337:
	.loc 1 88 16 view .LVU372
	.loc 1 88 16 view .LVU373
	.loc 1 88 16 view .LVU374
	.loc 1 88 16 view .LVU375
	.loc 1 88 16 view .LVU376
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	andq	%rax, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL38:
.LDL28:
	.loc 1 88 16 is_stmt 0 view .LVU377
.LBE337:
	.loc 1 88 16 is_stmt 1 view .LVU378
	.loc 1 88 32 view .LVU379
	.loc 1 88 32 view .LVU380
.LBB338:
	.loc 1 88 32 view .LVU381
	.loc 1 88 32 view .LVU382
.LBE338:
.LBB339:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 16 is_stmt 0 view .LVU383
	subq	$8, %rdx	#, sp
.LVL39:
	.loc 1 88 16 view .LVU384
.LBE339:
.LBB340:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU385
.LVL40:
	.loc 1 88 32 is_stmt 1 view .LVU386
	.loc 1 88 32 is_stmt 0 view .LVU387
.LBE340:
.LBE336:
.LBE335:
	ret	
	.cfi_endproc
.LFE68:
	.size	op_AND, .-op_AND
	.p2align 4
	.type	op_OR, @function
op_OR:
.LVL41:
.LFB71:
	.loc 1 89 32 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 89 32 view .LVU389
.LDL29:
	.loc 1 89 32 view .LVU390
	.loc 1 89 32 view .LVU391
	.loc 1 89 32 view .LVU392
	.loc 1 89 32 view .LVU393
	.loc 1 89 32 view .LVU394
	.loc 1 89 32 view .LVU395
	.loc 1 89 32 view .LVU396
	.loc 1 89 32 view .LVU397
.LBB341:
.LBI341:
	.loc 1 89 1 view .LVU398
.LBB342:
	.loc 1 89 1 view .LVU399
	.loc 1 89 1 view .LVU400
	.loc 1 89 1 view .LVU401
	.loc 1 89 1 view .LVU402
	.loc 1 89 16 view .LVU403
.LBB343:
	.loc 1 89 16 view .LVU404
	.loc 1 89 16 view .LVU405
	.loc 1 89 16 view .LVU406
	.loc 1 89 16 view .LVU407
	.loc 1 89 16 view .LVU408
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	orq	%rax, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL42:
.LDL30:
	.loc 1 89 16 is_stmt 0 view .LVU409
.LBE343:
	.loc 1 89 16 is_stmt 1 view .LVU410
	.loc 1 89 32 view .LVU411
	.loc 1 89 32 view .LVU412
.LBB344:
	.loc 1 89 32 view .LVU413
	.loc 1 89 32 view .LVU414
.LBE344:
.LBB345:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 16 is_stmt 0 view .LVU415
	subq	$8, %rdx	#, sp
.LVL43:
	.loc 1 89 16 view .LVU416
.LBE345:
.LBB346:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU417
.LVL44:
	.loc 1 89 32 is_stmt 1 view .LVU418
	.loc 1 89 32 is_stmt 0 view .LVU419
.LBE346:
.LBE342:
.LBE341:
	ret	
	.cfi_endproc
.LFE71:
	.size	op_OR, .-op_OR
	.p2align 4
	.type	op_XOR, @function
op_XOR:
.LVL45:
.LFB74:
	.loc 1 90 32 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 90 32 view .LVU421
.LDL31:
	.loc 1 90 32 view .LVU422
	.loc 1 90 32 view .LVU423
	.loc 1 90 32 view .LVU424
	.loc 1 90 32 view .LVU425
	.loc 1 90 32 view .LVU426
	.loc 1 90 32 view .LVU427
	.loc 1 90 32 view .LVU428
	.loc 1 90 32 view .LVU429
.LBB347:
.LBI347:
	.loc 1 90 1 view .LVU430
.LBB348:
	.loc 1 90 1 view .LVU431
	.loc 1 90 1 view .LVU432
	.loc 1 90 1 view .LVU433
	.loc 1 90 1 view .LVU434
	.loc 1 90 16 view .LVU435
.LBB349:
	.loc 1 90 16 view .LVU436
	.loc 1 90 16 view .LVU437
	.loc 1 90 16 view .LVU438
	.loc 1 90 16 view .LVU439
	.loc 1 90 16 view .LVU440
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	xorq	%rax, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL46:
.LDL32:
	.loc 1 90 16 is_stmt 0 view .LVU441
.LBE349:
	.loc 1 90 16 is_stmt 1 view .LVU442
	.loc 1 90 32 view .LVU443
	.loc 1 90 32 view .LVU444
.LBB350:
	.loc 1 90 32 view .LVU445
	.loc 1 90 32 view .LVU446
.LBE350:
.LBB351:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 16 is_stmt 0 view .LVU447
	subq	$8, %rdx	#, sp
.LVL47:
	.loc 1 90 16 view .LVU448
.LBE351:
.LBB352:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU449
.LVL48:
	.loc 1 90 32 is_stmt 1 view .LVU450
	.loc 1 90 32 is_stmt 0 view .LVU451
.LBE352:
.LBE348:
.LBE347:
	ret	
	.cfi_endproc
.LFE74:
	.size	op_XOR, .-op_XOR
	.p2align 4
	.type	op_SHL, @function
op_SHL:
.LVL49:
.LFB77:
	.loc 1 91 55 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 91 55 view .LVU453
.LDL33:
	.loc 1 91 55 view .LVU454
	.loc 1 91 55 view .LVU455
	.loc 1 91 55 view .LVU456
	.loc 1 91 55 view .LVU457
	.loc 1 91 55 view .LVU458
	.loc 1 91 55 view .LVU459
	.loc 1 91 55 view .LVU460
	.loc 1 91 55 view .LVU461
.LBB353:
.LBI353:
	.loc 1 91 1 view .LVU462
.LBB354:
	.loc 1 91 1 view .LVU463
	.loc 1 91 1 view .LVU464
	.loc 1 91 1 view .LVU465
	.loc 1 91 1 view .LVU466
	.loc 1 91 16 view .LVU467
.LBB355:
	.loc 1 91 16 view .LVU468
	.loc 1 91 16 view .LVU469
	.loc 1 91 16 view .LVU470
	.loc 1 91 16 view .LVU471
	.loc 1 91 16 view .LVU472
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	salq	%cl, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL50:
.LDL34:
	.loc 1 91 16 is_stmt 0 view .LVU473
.LBE355:
	.loc 1 91 16 is_stmt 1 view .LVU474
	.loc 1 91 55 view .LVU475
	.loc 1 91 55 view .LVU476
.LBB356:
	.loc 1 91 55 view .LVU477
	.loc 1 91 55 view .LVU478
.LBE356:
.LBB357:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 16 is_stmt 0 view .LVU479
	subq	$8, %rdx	#, sp
.LVL51:
	.loc 1 91 16 view .LVU480
.LBE357:
.LBB358:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU481
.LVL52:
	.loc 1 91 55 is_stmt 1 view .LVU482
	.loc 1 91 55 is_stmt 0 view .LVU483
.LBE358:
.LBE354:
.LBE353:
	ret	
	.cfi_endproc
.LFE77:
	.size	op_SHL, .-op_SHL
	.p2align 4
	.type	op_SHR, @function
op_SHR:
.LVL53:
.LFB80:
	.loc 1 93 68 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 93 68 view .LVU485
.LDL35:
	.loc 1 93 68 view .LVU486
	.loc 1 93 68 view .LVU487
	.loc 1 93 68 view .LVU488
	.loc 1 93 68 view .LVU489
	.loc 1 93 68 view .LVU490
	.loc 1 93 68 view .LVU491
	.loc 1 93 68 view .LVU492
	.loc 1 93 68 view .LVU493
.LBB359:
.LBI359:
	.loc 1 93 1 view .LVU494
.LBB360:
	.loc 1 93 1 view .LVU495
	.loc 1 93 1 view .LVU496
	.loc 1 93 1 view .LVU497
	.loc 1 93 1 view .LVU498
	.loc 1 93 16 view .LVU499
.LBB361:
	.loc 1 93 16 view .LVU500
	.loc 1 93 16 view .LVU501
	.loc 1 93 16 view .LVU502
	.loc 1 93 16 view .LVU503
	.loc 1 93 16 view .LVU504
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	sarq	%cl, -16(%rdx)	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -16B]
.LVL54:
.LDL36:
	.loc 1 93 16 is_stmt 0 view .LVU505
.LBE361:
	.loc 1 93 16 is_stmt 1 view .LVU506
	.loc 1 93 68 view .LVU507
	.loc 1 93 68 view .LVU508
.LBB362:
	.loc 1 93 68 view .LVU509
	.loc 1 93 68 view .LVU510
.LBE362:
.LBB363:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 16 is_stmt 0 view .LVU511
	subq	$8, %rdx	#, sp
.LVL55:
	.loc 1 93 16 view .LVU512
.LBE363:
.LBB364:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU513
.LVL56:
	.loc 1 93 68 is_stmt 1 view .LVU514
	.loc 1 93 68 is_stmt 0 view .LVU515
.LBE364:
.LBE360:
.LBE359:
	ret	
	.cfi_endproc
.LFE80:
	.size	op_SHR, .-op_SHR
	.p2align 4
	.type	op_EQ, @function
op_EQ:
.LVL57:
.LFB83:
	.loc 1 95 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 95 33 view .LVU517
.LDL37:
	.loc 1 95 33 view .LVU518
	.loc 1 95 33 view .LVU519
	.loc 1 95 33 view .LVU520
	.loc 1 95 33 view .LVU521
	.loc 1 95 33 view .LVU522
	.loc 1 95 33 view .LVU523
	.loc 1 95 33 view .LVU524
	.loc 1 95 33 view .LVU525
.LBB365:
.LBI365:
	.loc 1 95 1 view .LVU526
.LBB366:
	.loc 1 95 1 view .LVU527
	.loc 1 95 1 view .LVU528
	.loc 1 95 1 view .LVU529
	.loc 1 95 1 view .LVU530
	.loc 1 95 16 view .LVU531
.LBB367:
	.loc 1 95 16 view .LVU532
	.loc 1 95 16 view .LVU533
	.loc 1 95 16 view .LVU534
	.loc 1 95 16 view .LVU535
	.loc 1 95 16 view .LVU536
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	sete	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL58:
	.loc 1 95 16 is_stmt 0 view .LVU537
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL59:
.LDL38:
	.loc 1 95 16 view .LVU538
.LBE367:
	.loc 1 95 16 is_stmt 1 view .LVU539
	.loc 1 95 33 view .LVU540
	.loc 1 95 33 view .LVU541
.LBB368:
	.loc 1 95 33 view .LVU542
	.loc 1 95 33 view .LVU543
.LVL60:
	.loc 1 95 33 view .LVU544
	.loc 1 95 33 is_stmt 0 view .LVU545
.LBE368:
.LBE366:
.LBE365:
	ret	
	.cfi_endproc
.LFE83:
	.size	op_EQ, .-op_EQ
	.p2align 4
	.type	op_NE, @function
op_NE:
.LVL61:
.LFB86:
	.loc 1 96 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 96 33 view .LVU547
.LDL39:
	.loc 1 96 33 view .LVU548
	.loc 1 96 33 view .LVU549
	.loc 1 96 33 view .LVU550
	.loc 1 96 33 view .LVU551
	.loc 1 96 33 view .LVU552
	.loc 1 96 33 view .LVU553
	.loc 1 96 33 view .LVU554
	.loc 1 96 33 view .LVU555
.LBB369:
.LBI369:
	.loc 1 96 1 view .LVU556
.LBB370:
	.loc 1 96 1 view .LVU557
	.loc 1 96 1 view .LVU558
	.loc 1 96 1 view .LVU559
	.loc 1 96 1 view .LVU560
	.loc 1 96 16 view .LVU561
.LBB371:
	.loc 1 96 16 view .LVU562
	.loc 1 96 16 view .LVU563
	.loc 1 96 16 view .LVU564
	.loc 1 96 16 view .LVU565
	.loc 1 96 16 view .LVU566
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	setne	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL62:
	.loc 1 96 16 is_stmt 0 view .LVU567
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL63:
.LDL40:
	.loc 1 96 16 view .LVU568
.LBE371:
	.loc 1 96 16 is_stmt 1 view .LVU569
	.loc 1 96 33 view .LVU570
	.loc 1 96 33 view .LVU571
.LBB372:
	.loc 1 96 33 view .LVU572
	.loc 1 96 33 view .LVU573
.LVL64:
	.loc 1 96 33 view .LVU574
	.loc 1 96 33 is_stmt 0 view .LVU575
.LBE372:
.LBE370:
.LBE369:
	ret	
	.cfi_endproc
.LFE86:
	.size	op_NE, .-op_NE
	.p2align 4
	.type	op_LT, @function
op_LT:
.LVL65:
.LFB89:
	.loc 1 97 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 97 33 view .LVU577
.LDL41:
	.loc 1 97 33 view .LVU578
	.loc 1 97 33 view .LVU579
	.loc 1 97 33 view .LVU580
	.loc 1 97 33 view .LVU581
	.loc 1 97 33 view .LVU582
	.loc 1 97 33 view .LVU583
	.loc 1 97 33 view .LVU584
	.loc 1 97 33 view .LVU585
.LBB373:
.LBI373:
	.loc 1 97 1 view .LVU586
.LBB374:
	.loc 1 97 1 view .LVU587
	.loc 1 97 1 view .LVU588
	.loc 1 97 1 view .LVU589
	.loc 1 97 1 view .LVU590
	.loc 1 97 16 view .LVU591
.LBB375:
	.loc 1 97 16 view .LVU592
	.loc 1 97 16 view .LVU593
	.loc 1 97 16 view .LVU594
	.loc 1 97 16 view .LVU595
	.loc 1 97 16 view .LVU596
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	setg	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL66:
	.loc 1 97 16 is_stmt 0 view .LVU597
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL67:
.LDL42:
	.loc 1 97 16 view .LVU598
.LBE375:
	.loc 1 97 16 is_stmt 1 view .LVU599
	.loc 1 97 33 view .LVU600
	.loc 1 97 33 view .LVU601
.LBB376:
	.loc 1 97 33 view .LVU602
	.loc 1 97 33 view .LVU603
.LVL68:
	.loc 1 97 33 view .LVU604
	.loc 1 97 33 is_stmt 0 view .LVU605
.LBE376:
.LBE374:
.LBE373:
	ret	
	.cfi_endproc
.LFE89:
	.size	op_LT, .-op_LT
	.p2align 4
	.type	op_LE, @function
op_LE:
.LVL69:
.LFB92:
	.loc 1 98 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 98 33 view .LVU607
.LDL43:
	.loc 1 98 33 view .LVU608
	.loc 1 98 33 view .LVU609
	.loc 1 98 33 view .LVU610
	.loc 1 98 33 view .LVU611
	.loc 1 98 33 view .LVU612
	.loc 1 98 33 view .LVU613
	.loc 1 98 33 view .LVU614
	.loc 1 98 33 view .LVU615
.LBB377:
.LBI377:
	.loc 1 98 1 view .LVU616
.LBB378:
	.loc 1 98 1 view .LVU617
	.loc 1 98 1 view .LVU618
	.loc 1 98 1 view .LVU619
	.loc 1 98 1 view .LVU620
	.loc 1 98 16 view .LVU621
.LBB379:
	.loc 1 98 16 view .LVU622
	.loc 1 98 16 view .LVU623
	.loc 1 98 16 view .LVU624
	.loc 1 98 16 view .LVU625
	.loc 1 98 16 view .LVU626
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	setge	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL70:
	.loc 1 98 16 is_stmt 0 view .LVU627
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL71:
.LDL44:
	.loc 1 98 16 view .LVU628
.LBE379:
	.loc 1 98 16 is_stmt 1 view .LVU629
	.loc 1 98 33 view .LVU630
	.loc 1 98 33 view .LVU631
.LBB380:
	.loc 1 98 33 view .LVU632
	.loc 1 98 33 view .LVU633
.LVL72:
	.loc 1 98 33 view .LVU634
	.loc 1 98 33 is_stmt 0 view .LVU635
.LBE380:
.LBE378:
.LBE377:
	ret	
	.cfi_endproc
.LFE92:
	.size	op_LE, .-op_LE
	.p2align 4
	.type	op_GT, @function
op_GT:
.LVL73:
.LFB95:
	.loc 1 99 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 99 33 view .LVU637
.LDL45:
	.loc 1 99 33 view .LVU638
	.loc 1 99 33 view .LVU639
	.loc 1 99 33 view .LVU640
	.loc 1 99 33 view .LVU641
	.loc 1 99 33 view .LVU642
	.loc 1 99 33 view .LVU643
	.loc 1 99 33 view .LVU644
	.loc 1 99 33 view .LVU645
.LBB381:
.LBI381:
	.loc 1 99 1 view .LVU646
.LBB382:
	.loc 1 99 1 view .LVU647
	.loc 1 99 1 view .LVU648
	.loc 1 99 1 view .LVU649
	.loc 1 99 1 view .LVU650
	.loc 1 99 16 view .LVU651
.LBB383:
	.loc 1 99 16 view .LVU652
	.loc 1 99 16 view .LVU653
	.loc 1 99 16 view .LVU654
	.loc 1 99 16 view .LVU655
	.loc 1 99 16 view .LVU656
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	setl	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL74:
	.loc 1 99 16 is_stmt 0 view .LVU657
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL75:
.LDL46:
	.loc 1 99 16 view .LVU658
.LBE383:
	.loc 1 99 16 is_stmt 1 view .LVU659
	.loc 1 99 33 view .LVU660
	.loc 1 99 33 view .LVU661
.LBB384:
	.loc 1 99 33 view .LVU662
	.loc 1 99 33 view .LVU663
.LVL76:
	.loc 1 99 33 view .LVU664
	.loc 1 99 33 is_stmt 0 view .LVU665
.LBE384:
.LBE382:
.LBE381:
	ret	
	.cfi_endproc
.LFE95:
	.size	op_GT, .-op_GT
	.p2align 4
	.type	op_GE, @function
op_GE:
.LVL77:
.LFB98:
	.loc 1 100 33 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 100 33 view .LVU667
.LDL47:
	.loc 1 100 33 view .LVU668
	.loc 1 100 33 view .LVU669
	.loc 1 100 33 view .LVU670
	.loc 1 100 33 view .LVU671
	.loc 1 100 33 view .LVU672
	.loc 1 100 33 view .LVU673
	.loc 1 100 33 view .LVU674
	.loc 1 100 33 view .LVU675
.LBB385:
.LBI385:
	.loc 1 100 1 view .LVU676
.LBB386:
	.loc 1 100 1 view .LVU677
	.loc 1 100 1 view .LVU678
	.loc 1 100 1 view .LVU679
	.loc 1 100 1 view .LVU680
	.loc 1 100 16 view .LVU681
.LBB387:
	.loc 1 100 16 view .LVU682
	.loc 1 100 16 view .LVU683
	.loc 1 100 16 view .LVU684
	.loc 1 100 16 view .LVU685
	.loc 1 100 16 view .LVU686
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], tmp105
	cmpq	%rax, -8(%rdx)	# tmp105, MEM[(cell *)sp_4(D) + -8B]
	setle	%al	#, tmp93
	subq	$8, %rdx	#, sp
.LVL78:
	.loc 1 100 16 is_stmt 0 view .LVU687
	movzbl	%al, %eax	# tmp93, tmp93
	movq	%rax, -8(%rdx)	# tmp93, MEM[(cell *)sp_4(D) + -16B]
.LVL79:
.LDL48:
	.loc 1 100 16 view .LVU688
.LBE387:
	.loc 1 100 16 is_stmt 1 view .LVU689
	.loc 1 100 33 view .LVU690
	.loc 1 100 33 view .LVU691
.LBB388:
	.loc 1 100 33 view .LVU692
	.loc 1 100 33 view .LVU693
.LVL80:
	.loc 1 100 33 view .LVU694
	.loc 1 100 33 is_stmt 0 view .LVU695
.LBE388:
.LBE386:
.LBE385:
	ret	
	.cfi_endproc
.LFE98:
	.size	op_GE, .-op_GE
	.p2align 4
	.type	describe, @function
describe:
.LVL81:
.LFB136:
	.file 2 "./dispatch/subroutine/subroutine.h"
	.loc 2 388 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 2 389 5 view .LVU697
# ./dispatch/subroutine/subroutine.h:388: {
	.loc 2 388 1 is_stmt 0 view .LVU698
	movq	%rdi, %rax	# tmp93, prepared
.LVL82:
	.loc 2 390 5 is_stmt 1 view .LVU699
# ./dispatch/subroutine/subroutine.h:388: {
	.loc 2 388 1 is_stmt 0 view .LVU700
	movq	%rsi, %rdi	# tmp94, f
.LVL83:
# ./dispatch/subroutine/subroutine.h:390:     codegen_describe(f, n->code, n->size, n->piece, n->npieces);
	.loc 2 390 5 view .LVU701
	movq	40(%rax), %rcx	# MEM[(const struct native *)prepared_6(D)].piece, MEM[(const struct native *)prepared_6(D)].piece
	movq	32(%rax), %rdx	# MEM[(const struct native *)prepared_6(D)].size, MEM[(const struct native *)prepared_6(D)].size
	movq	(%rax), %rsi	# MEM[(const struct native *)prepared_6(D)].code, MEM[(const struct native *)prepared_6(D)].code
.LVL84:
	.loc 2 390 5 view .LVU702
	movl	48(%rax), %r8d	# MEM[(const struct native *)prepared_6(D)].npieces,
	jmp	codegen_describe	#
.LVL85:
	.loc 2 390 5 view .LVU703
	.cfi_endproc
.LFE136:
	.size	describe, .-describe
	.p2align 4
	.type	run, @function
run:
.LVL86:
.LFB138:
	.loc 2 452 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 2 453 5 view .LVU705
	.loc 2 454 5 view .LVU706
# ./dispatch/subroutine/subroutine.h:452: {
	.loc 2 452 1 is_stmt 0 view .LVU707
	subq	$72, %rsp	#,
	.cfi_def_cfa_offset 80
# ./dispatch/subroutine/subroutine.h:454:     struct machine m = { vm, vm->rstack, vm->limit, n, prog };
	.loc 2 454 30 view .LVU708
	leaq	32776(%rdi), %rax	#, tmp92
	movq	%rax, 24(%rsp)	# tmp92, m.rsp
# ./dispatch/subroutine/subroutine.h:454:     struct machine m = { vm, vm->rstack, vm->limit, n, prog };
	.loc 2 454 20 view .LVU709
	movq	65560(%rdi), %rax	# vm_11(D)->limit, vm_11(D)->limit
	movq	%rdi, 16(%rsp)	# vm, m.vm
# ./dispatch/subroutine/subroutine.h:455:     if (setjmp(vm->exit) == 0) {
	.loc 2 455 9 view .LVU710
	movq	%rdi, (%rsp)	# vm, %sfp
	addq	$65608, %rdi	#, _3
.LVL87:
# ./dispatch/subroutine/subroutine.h:454:     struct machine m = { vm, vm->rstack, vm->limit, n, prog };
	.loc 2 454 20 view .LVU711
	movq	%rax, 32(%rsp)	# vm_11(D)->limit, m.budget
	movq	%rdx, 8(%rsp)	# prepared, %sfp
	movq	%rdx, 40(%rsp)	# prepared, m.native
	movq	%rsi, 48(%rsp)	# tmp97, m.prog
	.loc 2 455 5 is_stmt 1 view .LVU712
# ./dispatch/subroutine/subroutine.h:455:     if (setjmp(vm->exit) == 0) {
	.loc 2 455 9 is_stmt 0 view .LVU713
	call	_setjmp	#
.LVL88:
# ./dispatch/subroutine/subroutine.h:455:     if (setjmp(vm->exit) == 0) {
	.loc 2 455 8 view .LVU714
	testl	%eax, %eax	# tmp99
	jne	.L27	#,
.LBB389:
	.loc 2 456 9 is_stmt 1 view .LVU715
.LVL89:
	.loc 2 457 9 view .LVU716
	movq	8(%rsp), %rax	# %sfp, prepared
	movq	(%rsp), %rdx	# %sfp,
	xorl	%esi, %esi	#
	leaq	16(%rsp), %rdi	#, tmp114
	call	*(%rax)	# MEM[(const struct native *)prepared_9(D)].code
.LVL90:
.L27:
	.loc 2 457 9 is_stmt 0 view .LVU717
.LBE389:
# ./dispatch/subroutine/subroutine.h:459: }
	.loc 2 459 1 view .LVU718
	addq	$72, %rsp	#,
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE138:
	.size	run, .-run
	.p2align 4
	.type	op_JMP, @function
op_JMP:
.LVL91:
.LFB101:
	.loc 1 105 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 105 1 view .LVU720
.LDL49:
	.loc 1 105 1 view .LVU721
	.loc 1 105 1 view .LVU722
	.loc 1 105 1 view .LVU723
	.loc 1 105 1 view .LVU724
	.loc 1 105 1 view .LVU725
	.loc 1 105 1 view .LVU726
	.loc 1 105 1 view .LVU727
	.loc 1 105 1 view .LVU728
.LBB390:
.LBI390:
	.loc 1 103 1 view .LVU729
.LBB391:
	.loc 1 103 1 view .LVU730
.LDL50:
	.loc 1 103 1 view .LVU731
	.loc 1 103 1 view .LVU732
	.loc 1 103 1 view .LVU733
	.loc 1 104 5 view .LVU734
	.loc 1 104 5 view .LVU735
	.loc 1 104 5 view .LVU736
.LBE391:
.LBE390:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 is_stmt 0 view .LVU737
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB396:
.LBB392:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU738
	movq	16(%rdi), %r8	# m_2(D)->budget, _8
	movl	%esi, %eax	# arg, arg
.LBE392:
.LBE396:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU739
	movq	%rdi, %rbx	# tmp112, m
.LBB397:
.LBB393:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU740
	cmpq	%r8, %rax	# _8, arg
	jg	.L36	#,
	.loc 1 104 5 is_stmt 1 view .LVU741
	.loc 1 104 5 view .LVU742
	sarq	$32, %rsi	#, tmp105
.LVL92:
	.loc 1 104 5 is_stmt 0 view .LVU743
.LBE393:
.LBE397:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU744
	movl	$1, %eax	#,
.LBB398:
.LBB394:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU745
	addq	%r8, %rsi	# _8, tmp106
	movq	%rsi, 16(%rdi)	# tmp106, m_2(D)->budget
	.loc 1 104 5 is_stmt 1 view .LVU746
.LBE394:
	.loc 1 104 5 view .LVU747
	.loc 1 104 5 view .LVU748
.LVL93:
	.loc 1 104 5 is_stmt 0 view .LVU749
.LBE398:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU750
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL94:
	.p2align 4,,10
	.p2align 3
.L36:
	.cfi_restore_state
.L34:
.LBB399:
.LBB395:
	.loc 1 104 5 is_stmt 1 view .LVU751
	.loc 1 104 5 view .LVU752
	.loc 1 104 5 view .LVU753
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
	leal	-1(%rsi), %ecx	#, tmp100
	xorl	%edx, %edx	#
.LVL95:
	.loc 1 104 5 is_stmt 0 view .LVU754
	movl	$7, %esi	#,
.LVL96:
	.loc 1 104 5 view .LVU755
	call	vm_stop	#
.LVL97:
	.loc 1 104 5 is_stmt 1 view .LVU756
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp102
	call	longjmp	#
.LVL98:
.LBE395:
.LBE399:
	.cfi_endproc
.LFE101:
	.size	op_JMP, .-op_JMP
	.p2align 4
	.type	op_C_JMP, @function
op_C_JMP:
.LVL99:
.LFB102:
	.loc 1 105 1 view -0
	.cfi_startproc
	.loc 1 105 1 view .LVU758
.LDL51:
	.loc 1 105 1 view .LVU759
	.loc 1 105 1 view .LVU760
	.loc 1 105 1 view .LVU761
	.loc 1 105 1 view .LVU762
	.loc 1 105 1 view .LVU763
	.loc 1 105 1 view .LVU764
	.loc 1 105 1 view .LVU765
	.loc 1 105 1 view .LVU766
	.loc 1 105 1 view .LVU767
	.loc 1 105 1 view .LVU768
	.loc 1 105 1 view .LVU769
	.loc 1 105 1 view .LVU770
	.loc 1 105 1 view .LVU771
	.loc 1 105 1 view .LVU772
	.loc 1 105 1 view .LVU773
	.loc 1 105 1 view .LVU774
	.loc 1 105 1 view .LVU775
.LBB400:
.LBI400:
	.loc 1 103 1 view .LVU776
.LBB401:
	.loc 1 103 1 view .LVU777
.LDL52:
	.loc 1 103 1 view .LVU778
	.loc 1 103 1 view .LVU779
	.loc 1 103 1 view .LVU780
	.loc 1 104 5 view .LVU781
	.loc 1 104 5 view .LVU782
	.loc 1 104 5 view .LVU783
.LBE401:
.LBE400:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 is_stmt 0 view .LVU784
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB406:
.LBB402:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU785
	movq	16(%rdi), %r8	# m_24(D)->budget, _17
	movl	%esi, %eax	# arg, arg
.LBE402:
.LBE406:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU786
	movq	%rdi, %rbx	# tmp112, m
.LBB407:
.LBB403:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU787
	cmpq	%r8, %rax	# _17, arg
	jg	.L41	#,
	.loc 1 104 5 is_stmt 1 view .LVU788
	.loc 1 104 5 view .LVU789
	sarq	$32, %rsi	#, tmp105
.LVL100:
	.loc 1 104 5 is_stmt 0 view .LVU790
.LBE403:
.LBE407:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU791
	movl	$1, %eax	#,
.LBB408:
.LBB404:
# ./isa/ops.inc:104:     BRANCH();
	.loc 1 104 5 view .LVU792
	addq	%r8, %rsi	# _17, tmp106
	movq	%rsi, 16(%rdi)	# tmp106, m_24(D)->budget
	.loc 1 104 5 is_stmt 1 view .LVU793
.LBE404:
	.loc 1 104 5 view .LVU794
	.loc 1 104 5 view .LVU795
.LVL101:
	.loc 1 104 5 is_stmt 0 view .LVU796
.LBE408:
# ./isa/ops.inc:105: OP_END(JMP)
	.loc 1 105 1 view .LVU797
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL102:
	.p2align 4,,10
	.p2align 3
.L41:
	.cfi_restore_state
.L39:
.LBB409:
.LBB405:
	.loc 1 104 5 is_stmt 1 view .LVU798
	.loc 1 104 5 view .LVU799
	.loc 1 104 5 view .LVU800
	movq	(%rdi), %rdi	# m_24(D)->vm, m_24(D)->vm
	leal	-1(%rsi), %ecx	#, tmp100
	xorl	%edx, %edx	#
.LVL103:
	.loc 1 104 5 is_stmt 0 view .LVU801
	movl	$7, %esi	#,
.LVL104:
	.loc 1 104 5 view .LVU802
	call	vm_stop	#
.LVL105:
	.loc 1 104 5 is_stmt 1 view .LVU803
	movq	(%rbx), %rdi	# m_24(D)->vm, m_24(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp102
	call	longjmp	#
.LVL106:
.LBE405:
.LBE409:
	.cfi_endproc
.LFE102:
	.size	op_C_JMP, .-op_C_JMP
	.p2align 4
	.type	op_JZ, @function
op_JZ:
.LVL107:
.LFB104:
	.loc 1 110 1 view -0
	.cfi_startproc
	.loc 1 110 1 view .LVU805
.LDL53:
	.loc 1 110 1 view .LVU806
	.loc 1 110 1 view .LVU807
	.loc 1 110 1 view .LVU808
	.loc 1 110 1 view .LVU809
	.loc 1 110 1 view .LVU810
	.loc 1 110 1 view .LVU811
	.loc 1 110 1 view .LVU812
	.loc 1 110 1 view .LVU813
.LBB410:
.LBI410:
	.loc 1 107 1 view .LVU814
.LBB411:
	.loc 1 107 1 view .LVU815
	.loc 1 107 1 view .LVU816
	.loc 1 107 1 view .LVU817
	.loc 1 107 1 view .LVU818
	.loc 1 108 5 view .LVU819
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 1 108 8 is_stmt 0 view .LVU820
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_5(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL108:
	.loc 1 108 8 view .LVU821
	jne	.L47	#,
.L44:
	.loc 1 109 9 is_stmt 1 view .LVU822
	.loc 1 109 9 view .LVU823
	.loc 1 109 9 view .LVU824
.LBE411:
.LBE410:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU825
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB418:
.LBB414:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU826
	movq	16(%rdi), %r8	# m_3(D)->budget, _11
	movl	%esi, %eax	# arg, arg
	movq	%rdi, %rbx	# tmp115, m
	cmpq	%r8, %rax	# _11, arg
	jg	.L52	#,
.L43:
	.loc 1 109 9 is_stmt 1 view .LVU827
	.loc 1 109 9 view .LVU828
	sarq	$32, %rsi	#, tmp108
.LVL109:
.LBB412:
	.loc 1 109 9 is_stmt 0 view .LVU829
	movl	$1, %eax	#, SR.293
.LBE412:
.LBE414:
.LBE418:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU830
	movq	%rcx, %rdx	# sp,
.LVL110:
.LBB419:
.LBB415:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU831
	addq	%r8, %rsi	# _11, tmp109
	movq	%rsi, 16(%rdi)	# tmp109, m_3(D)->budget
	.loc 1 109 9 is_stmt 1 view .LVU832
.LBB413:
	.loc 1 109 9 view .LVU833
	.loc 1 109 9 view .LVU834
.LVL111:
	.loc 1 109 9 is_stmt 0 view .LVU835
.LBE413:
.LBE415:
.LBE419:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU836
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
.LVL112:
	.p2align 4,,10
	.p2align 3
.L47:
	.cfi_restore 3
.LBB420:
.LBB416:
	.loc 1 110 1 view .LVU837
	xorl	%eax, %eax	# SR.293
.LVL113:
	.loc 1 110 1 view .LVU838
.LBE416:
.LBE420:
	movq	%rcx, %rdx	# sp,
.LVL114:
	.loc 1 110 1 view .LVU839
	ret	
.LVL115:
	.p2align 4,,10
	.p2align 3
.L52:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.L46:
.LBB421:
.LBB417:
	.loc 1 109 9 is_stmt 1 view .LVU840
	.loc 1 109 9 view .LVU841
	.loc 1 109 9 view .LVU842
	movq	(%rdi), %rdi	# m_3(D)->vm, m_3(D)->vm
	leal	-1(%rsi), %ecx	#, tmp103
.LVL116:
	.loc 1 109 9 is_stmt 0 view .LVU843
	xorl	%edx, %edx	#
.LVL117:
	.loc 1 109 9 view .LVU844
	movl	$7, %esi	#,
.LVL118:
	.loc 1 109 9 view .LVU845
	call	vm_stop	#
.LVL119:
	.loc 1 109 9 is_stmt 1 view .LVU846
	movq	(%rbx), %rdi	# m_3(D)->vm, m_3(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp105
	call	longjmp	#
.LVL120:
.LBE417:
.LBE421:
	.cfi_endproc
.LFE104:
	.size	op_JZ, .-op_JZ
	.p2align 4
	.type	op_JNZ, @function
op_JNZ:
.LVL121:
.LFB107:
	.loc 1 115 1 view -0
	.cfi_startproc
	.loc 1 115 1 view .LVU848
.LDL54:
	.loc 1 115 1 view .LVU849
	.loc 1 115 1 view .LVU850
	.loc 1 115 1 view .LVU851
	.loc 1 115 1 view .LVU852
	.loc 1 115 1 view .LVU853
	.loc 1 115 1 view .LVU854
	.loc 1 115 1 view .LVU855
	.loc 1 115 1 view .LVU856
.LBB422:
.LBI422:
	.loc 1 112 1 view .LVU857
.LBB423:
	.loc 1 112 1 view .LVU858
	.loc 1 112 1 view .LVU859
	.loc 1 112 1 view .LVU860
	.loc 1 112 1 view .LVU861
	.loc 1 113 5 view .LVU862
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 9 is_stmt 0 view .LVU863
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_5(D) + -8B], SR.297
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 8 view .LVU864
	leaq	-8(%rdx), %rcx	#, sp
.LVL122:
	.loc 1 113 8 view .LVU865
	testq	%rax, %rax	# SR.297
	je	.L62	#,
.L55:
	.loc 1 114 9 is_stmt 1 view .LVU866
	.loc 1 114 9 view .LVU867
	.loc 1 114 9 view .LVU868
.LBE423:
.LBE422:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU869
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB429:
.LBB426:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU870
	movq	16(%rdi), %r8	# m_3(D)->budget, _11
	movl	%esi, %eax	# arg, arg
	movq	%rdi, %rbx	# tmp114, m
	cmpq	%r8, %rax	# _11, arg
	jg	.L65	#,
.L54:
	.loc 1 114 9 is_stmt 1 view .LVU871
	.loc 1 114 9 view .LVU872
	sarq	$32, %rsi	#, tmp107
.LVL123:
.LBB424:
	.loc 1 114 9 is_stmt 0 view .LVU873
	movl	$1, %eax	#, SR.297
.LBE424:
.LBE426:
.LBE429:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 view .LVU874
	movq	%rcx, %rdx	# sp,
.LVL124:
.LBB430:
.LBB427:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU875
	addq	%r8, %rsi	# _11, tmp108
	movq	%rsi, 16(%rdi)	# tmp108, m_3(D)->budget
	.loc 1 114 9 is_stmt 1 view .LVU876
.LBB425:
	.loc 1 114 9 view .LVU877
	.loc 1 114 9 view .LVU878
.LVL125:
	.loc 1 114 9 is_stmt 0 view .LVU879
.LBE425:
.LBE427:
.LBE430:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 view .LVU880
	popq	%rbx	#
	.cfi_def_cfa_offset 8
	ret	
.LVL126:
	.p2align 4,,10
	.p2align 3
.L62:
	.cfi_restore 3
	.loc 1 115 1 view .LVU881
	movq	%rcx, %rdx	# sp,
.LVL127:
	.loc 1 115 1 view .LVU882
	ret	
.LVL128:
	.p2align 4,,10
	.p2align 3
.L65:
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.L57:
.LBB431:
.LBB428:
	.loc 1 114 9 is_stmt 1 view .LVU883
	.loc 1 114 9 view .LVU884
	.loc 1 114 9 view .LVU885
	movq	(%rdi), %rdi	# m_3(D)->vm, m_3(D)->vm
	leal	-1(%rsi), %ecx	#, tmp102
.LVL129:
	.loc 1 114 9 is_stmt 0 view .LVU886
	xorl	%edx, %edx	#
.LVL130:
	.loc 1 114 9 view .LVU887
	movl	$7, %esi	#,
.LVL131:
	.loc 1 114 9 view .LVU888
	call	vm_stop	#
.LVL132:
	.loc 1 114 9 is_stmt 1 view .LVU889
	movq	(%rbx), %rdi	# m_3(D)->vm, m_3(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp104
	call	longjmp	#
.LVL133:
.LBE428:
.LBE431:
	.cfi_endproc
.LFE107:
	.size	op_JNZ, .-op_JNZ
	.p2align 4
	.type	op_RET, @function
op_RET:
.LVL134:
.LFB113:
	.loc 1 124 1 view -0
	.cfi_startproc
	.loc 1 124 1 view .LVU891
.LDL55:
	.loc 1 124 1 view .LVU892
	.loc 1 124 1 view .LVU893
	.loc 1 124 1 view .LVU894
	.loc 1 124 1 view .LVU895
	.loc 1 124 1 view .LVU896
	.loc 1 124 1 view .LVU897
	.loc 1 124 1 view .LVU898
	.loc 1 124 1 view .LVU899
.LBB432:
.LBI432:
	.loc 1 122 1 view .LVU900
.LBB433:
	.loc 1 122 1 view .LVU901
	.loc 1 122 1 view .LVU902
	.loc 1 122 1 view .LVU903
	.loc 1 122 1 view .LVU904
	.loc 1 123 5 view .LVU905
.LBB434:
	.loc 1 123 5 view .LVU906
.LBE434:
.LBE433:
.LBE432:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 is_stmt 0 view .LVU907
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB441:
.LBB438:
.LBB435:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU908
	movq	8(%rdi), %rax	# m_2(D)->rsp, _5
.LBE435:
.LBE438:
.LBE441:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU909
	movq	%rdi, %rbx	# tmp116, m
.LBB442:
.LBB439:
.LBB436:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU910
	movq	16(%rdi), %r8	# m_2(D)->budget, _11
	leaq	-8(%rax), %rcx	#, tmp102
	movq	-8(%rax), %rax	# MEM[(uintptr_t *)_5 + -8B], _7
.LVL135:
.LDL56:
	.loc 1 123 5 is_stmt 1 view .LVU911
	.loc 1 123 5 view .LVU912
	.loc 1 123 5 view .LVU913
	movq	%rcx, 8(%rdi)	# tmp102, m_2(D)->rsp
.LVL136:
	.loc 1 123 5 is_stmt 0 view .LVU914
	movl	%esi, %ecx	# arg, _10
.LVL137:
	.loc 1 123 5 view .LVU915
	cmpq	%r8, %rcx	# _11, _10
	jge	.L70	#,
	.loc 1 123 5 is_stmt 1 view .LVU916
	.loc 1 123 5 view .LVU917
	movl	%eax, %eax	# _7, _7
	subq	%rcx, %rax	# _10, tmp108
	leaq	-1(%r8,%rax), %rax	#, tmp110
	movq	%rax, 16(%rdi)	# tmp110, m_2(D)->budget
.LVL138:
	.loc 1 123 5 view .LVU918
.LBE436:
.LBE439:
	.loc 1 123 5 view .LVU919
	.loc 1 123 5 view .LVU920
	.loc 1 123 5 is_stmt 0 view .LVU921
.LBE442:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU922
	movl	$1, %eax	#,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
	ret	
.LVL139:
	.p2align 4,,10
	.p2align 3
.L70:
	.cfi_restore_state
.L68:
.LBB443:
.LBB440:
.LBB437:
	.loc 1 123 5 is_stmt 1 view .LVU923
	.loc 1 123 5 view .LVU924
	.loc 1 123 5 view .LVU925
	movq	(%rdi), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	%esi, %ecx	# arg, arg
	xorl	%edx, %edx	#
.LVL140:
	.loc 1 123 5 is_stmt 0 view .LVU926
	movl	$7, %esi	#,
.LVL141:
	.loc 1 123 5 view .LVU927
	call	vm_stop	#
.LVL142:
	.loc 1 123 5 is_stmt 1 view .LVU928
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp105
	call	longjmp	#
.LVL143:
.LBE437:
.LBE440:
.LBE443:
	.cfi_endproc
.LFE113:
	.size	op_RET, .-op_RET
	.p2align 4
	.type	op_CALL, @function
op_CALL:
.LVL144:
.LFB110:
	.loc 1 120 1 view -0
	.cfi_startproc
	.loc 1 120 1 view .LVU930
.LDL57:
	.loc 1 120 1 view .LVU931
	.loc 1 120 1 view .LVU932
	.loc 1 120 1 view .LVU933
	.loc 1 120 1 view .LVU934
	.loc 1 120 1 view .LVU935
	.loc 1 120 1 view .LVU936
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 is_stmt 0 view .LVU937
	movq	%rdi, %rbx	# tmp146, m
	movq	%rsi, %rcx	# tmp147, arg
	movq	%rsi, %rax	# arg, _7
	movq	32(%rbx), %rsi	# m_33(D)->prog, m_33(D)->prog
.LVL145:
	.loc 1 120 1 view .LVU938
	shrq	$32, %rax	#, _7
.LVL146:
	.loc 1 120 1 view .LVU939
	movq	(%rdi), %rdi	# m_33(D)->vm, _2
.LVL147:
	.loc 1 120 1 view .LVU940
	leal	(%rcx,%rax), %r8d	#, tmp123
	movq	72(%rsi), %rsi	# _4->frame, _4->frame
	leaq	(%rsi,%r8,8), %rsi	#, _12
	movslq	(%rsi), %r8	# _12->need, _12->need
	movslq	4(%rsi), %rsi	# _12->span, _12->span
	leaq	(%rdi,%r8,8), %r9	#, tmp129
	movq	%rdx, %r8	# sp, tmp130
	salq	$3, %rsi	#, tmp133
	subq	%r9, %r8	# tmp129, tmp130
	cmpq	%r8, %rsi	# tmp130, tmp133
	jb	.L76	#,
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 discriminator 3 view .LVU941
	movq	8(%rbx), %rsi	# m_33(D)->rsp, _25
	leaq	65544(%rdi), %r8	#, tmp134
	cmpq	%r8, %rsi	# tmp134, _25
	je	.L76	#,
	.loc 1 120 1 is_stmt 1 view .LVU942
	.loc 1 120 1 view .LVU943
.LVL148:
.LBB444:
.LBI444:
	.loc 1 117 1 view .LVU944
.LBB445:
	.loc 1 117 1 view .LVU945
	.loc 1 117 1 view .LVU946
	.loc 1 117 1 view .LVU947
	.loc 1 117 1 view .LVU948
	.loc 1 118 5 view .LVU949
	leaq	8(%rsi), %r8	#, tmp135
	movl	%ecx, %r9d	# arg, _39
	movq	%r8, 8(%rbx)	# tmp135, m_33(D)->rsp
	movq	%r9, (%rsi)	# _39, *_25
.LDL58:
	.loc 1 119 5 view .LVU950
	.loc 1 119 5 view .LVU951
	.loc 1 119 5 view .LVU952
	movq	16(%rbx), %r8	# m_33(D)->budget, _41
	cmpq	%r8, %r9	# _41, _39
	jg	.L78	#,
	.loc 1 119 5 view .LVU953
	.loc 1 119 5 view .LVU954
	cltq
	addq	%r8, %rax	# _41, tmp140
	movq	%rax, 16(%rbx)	# tmp140, m_33(D)->budget
	.loc 1 119 5 view .LVU955
.LBE445:
	.loc 1 119 5 view .LVU956
	.loc 1 119 5 view .LVU957
.LBB446:
	xorl	%eax, %eax	# _23
.LVL149:
	.loc 1 119 5 is_stmt 0 view .LVU958
.LBE446:
.LBE444:
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 view .LVU959
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL150:
	.loc 1 120 1 view .LVU960
	ret	
.LVL151:
	.p2align 4,,10
	.p2align 3
.L76:
	.cfi_restore_state
	.loc 1 120 1 view .LVU961
	movl	$1, %eax	#, _23
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL152:
	.loc 1 120 1 view .LVU962
	ret	
.LVL153:
	.p2align 4,,10
	.p2align 3
.L78:
	.cfi_restore_state
.L74:
.LBB448:
.LBB447:
	.loc 1 119 5 is_stmt 1 view .LVU963
	.loc 1 119 5 view .LVU964
	.loc 1 119 5 view .LVU965
	movl	$7, %esi	#,
	subl	$1, %ecx	#, tmp136
.LVL154:
	.loc 1 119 5 is_stmt 0 view .LVU966
	xorl	%edx, %edx	#
.LVL155:
	.loc 1 119 5 view .LVU967
	call	vm_stop	#
.LVL156:
	.loc 1 119 5 is_stmt 1 view .LVU968
	movq	(%rbx), %rdi	# m_33(D)->vm, m_33(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp137
	call	longjmp	#
.LVL157:
.LBE447:
.LBE448:
	.cfi_endproc
.LFE110:
	.size	op_CALL, .-op_CALL
	.p2align 4
	.type	op_C_RET, @function
op_C_RET:
.LVL158:
.LFB114:
	.loc 1 124 1 view -0
	.cfi_startproc
	.loc 1 124 1 view .LVU970
.LDL59:
	.loc 1 124 1 view .LVU971
	.loc 1 124 1 view .LVU972
	.loc 1 124 1 view .LVU973
	.loc 1 124 1 view .LVU974
	.loc 1 124 1 view .LVU975
	.loc 1 124 1 view .LVU976
	.loc 1 124 1 view .LVU977
	.loc 1 124 1 view .LVU978
	.loc 1 124 1 view .LVU979
	.loc 1 124 1 view .LVU980
	.loc 1 124 1 view .LVU981
	.loc 1 124 1 view .LVU982
	.loc 1 124 1 view .LVU983
	.loc 1 124 1 view .LVU984
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 is_stmt 0 view .LVU985
	movq	%rdi, %rbx	# tmp120, m
	movq	8(%rdi), %rax	# m_27(D)->rsp, _30
	movl	%esi, %r9d	# arg, _34
	movq	(%rdi), %rdi	# m_27(D)->vm, _31
.LVL159:
	.loc 1 124 1 view .LVU986
	movq	16(%rbx), %r8	# m_27(D)->budget, pretmp_33
	leaq	32776(%rdi), %rcx	#, tmp105
	cmpq	%rcx, %rax	# tmp105, _30
	je	.L86	#,
	.loc 1 124 1 is_stmt 1 view .LVU987
	.loc 1 124 1 view .LVU988
	.loc 1 124 1 view .LVU989
.LVL160:
.LBB449:
.LBI449:
	.loc 1 122 1 view .LVU990
.LBB450:
	.loc 1 122 1 view .LVU991
	.loc 1 122 1 view .LVU992
	.loc 1 122 1 view .LVU993
	.loc 1 122 1 view .LVU994
	.loc 1 123 5 view .LVU995
.LBB451:
	.loc 1 123 5 view .LVU996
	leaq	-8(%rax), %rcx	#, tmp108
	movl	%esi, %esi	# arg, _12
.LVL161:
	.loc 1 123 5 is_stmt 0 view .LVU997
	movq	-8(%rax), %rax	# MEM[(uintptr_t *)_30 + -8B], _19
.LVL162:
.LDL60:
	.loc 1 123 5 is_stmt 1 view .LVU998
	.loc 1 123 5 view .LVU999
	.loc 1 123 5 view .LVU1000
	movq	%rcx, 8(%rbx)	# tmp108, m_27(D)->rsp
	cmpq	%r8, %rsi	# pretmp_33, _12
	jge	.L87	#,
	.loc 1 123 5 view .LVU1001
	.loc 1 123 5 view .LVU1002
	movl	%eax, %eax	# _19, _19
	subq	%rsi, %rax	# _12, tmp112
	leaq	-1(%r8,%rax), %rax	#, tmp114
	movq	%rax, 16(%rbx)	# tmp114, m_27(D)->budget
	.loc 1 123 5 view .LVU1003
.LBE451:
.LBE450:
	.loc 1 123 5 view .LVU1004
	.loc 1 123 5 view .LVU1005
.LVL163:
	.loc 1 123 5 is_stmt 0 view .LVU1006
.LBE449:
# ./isa/ops.inc:124: OP_END(RET)
	.loc 1 124 1 view .LVU1007
	movl	$1, %eax	#,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL164:
	.loc 1 124 1 view .LVU1008
	ret	
.LVL165:
	.p2align 4,,10
	.p2align 3
.L86:
	.cfi_restore_state
.L81:
	.loc 1 124 1 is_stmt 1 discriminator 24 view .LVU1009
	.loc 1 124 1 discriminator 24 view .LVU1010
	.loc 1 124 1 discriminator 24 view .LVU1011
	movl	%esi, %ecx	# _34,
	xorl	%edx, %edx	#
.LVL166:
	.loc 1 124 1 is_stmt 0 discriminator 24 view .LVU1012
	movl	$4, %esi	#,
.LVL167:
.L85:
.LBB454:
.LBB453:
.LBB452:
# ./isa/ops.inc:123:     RETURN_TO(RPOP());
	.loc 1 123 5 view .LVU1013
	call	vm_stop	#
.LVL168:
	.loc 1 123 5 is_stmt 1 view .LVU1014
	movq	(%rbx), %rdi	# m_27(D)->vm, m_27(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp109
	call	longjmp	#
.LVL169:
	.p2align 4,,10
	.p2align 3
.L87:
.L83:
	.loc 1 123 5 view .LVU1015
	.loc 1 123 5 view .LVU1016
	.loc 1 123 5 view .LVU1017
	movl	%r9d, %ecx	# _34,
	xorl	%edx, %edx	#
.LVL170:
	.loc 1 123 5 is_stmt 0 view .LVU1018
	movl	$7, %esi	#,
	jmp	.L85	#
.LBE452:
.LBE453:
.LBE454:
	.cfi_endproc
.LFE114:
	.size	op_C_RET, .-op_C_RET
	.p2align 4
	.type	op_C_CALL, @function
op_C_CALL:
.LVL171:
.LFB111:
	.loc 1 120 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 120 1 view .LVU1020
.LDL61:
	.loc 1 120 1 view .LVU1021
	.loc 1 120 1 view .LVU1022
	.loc 1 120 1 view .LVU1023
	.loc 1 120 1 view .LVU1024
	.loc 1 120 1 view .LVU1025
	.loc 1 120 1 view .LVU1026
	.loc 1 120 1 view .LVU1027
	.loc 1 120 1 view .LVU1028
	.loc 1 120 1 view .LVU1029
	.loc 1 120 1 view .LVU1030
	.loc 1 120 1 view .LVU1031
	.loc 1 120 1 view .LVU1032
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 is_stmt 0 view .LVU1033
	movq	%rdi, %rbx	# tmp123, m
	movq	8(%rdi), %rax	# m_38(D)->rsp, _24
	movq	(%rdi), %rdi	# m_38(D)->vm, _25
.LVL172:
	.loc 1 120 1 view .LVU1034
	leaq	65544(%rdi), %rcx	#, tmp106
	cmpq	%rcx, %rax	# tmp106, _24
	je	.L95	#,
	.loc 1 120 1 is_stmt 1 view .LVU1035
	.loc 1 120 1 view .LVU1036
	.loc 1 120 1 view .LVU1037
	.loc 1 120 1 view .LVU1038
	.loc 1 120 1 view .LVU1039
.LVL173:
.LBB455:
.LBI455:
	.loc 1 117 1 view .LVU1040
.LBB456:
	.loc 1 117 1 view .LVU1041
	.loc 1 117 1 view .LVU1042
	.loc 1 117 1 view .LVU1043
	.loc 1 117 1 view .LVU1044
	.loc 1 118 5 view .LVU1045
	leaq	8(%rax), %rcx	#, tmp111
	movq	%rcx, 8(%rbx)	# tmp111, m_38(D)->rsp
	movl	%esi, %ecx	# arg, _19
	movq	%rcx, (%rax)	# _19, *_24
.LDL62:
	.loc 1 119 5 view .LVU1046
	.loc 1 119 5 view .LVU1047
	.loc 1 119 5 view .LVU1048
	movq	16(%rbx), %r8	# m_38(D)->budget, _15
	cmpq	%rcx, %r8	# _19, _15
	jl	.L96	#,
	.loc 1 119 5 view .LVU1049
	.loc 1 119 5 view .LVU1050
	sarq	$32, %rsi	#, tmp116
.LVL174:
	.loc 1 119 5 is_stmt 0 view .LVU1051
.LBE456:
.LBE455:
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 view .LVU1052
	xorl	%eax, %eax	#
.LBB459:
.LBB457:
# ./isa/ops.inc:119:     BRANCH();
	.loc 1 119 5 view .LVU1053
	addq	%r8, %rsi	# _15, tmp117
	movq	%rsi, 16(%rbx)	# tmp117, m_38(D)->budget
	.loc 1 119 5 is_stmt 1 view .LVU1054
.LBE457:
	.loc 1 119 5 view .LVU1055
	.loc 1 119 5 view .LVU1056
.LVL175:
	.loc 1 119 5 is_stmt 0 view .LVU1057
.LBE459:
# ./isa/ops.inc:120: OP_END(CALL)
	.loc 1 120 1 view .LVU1058
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL176:
	.loc 1 120 1 view .LVU1059
	ret	
.LVL177:
	.p2align 4,,10
	.p2align 3
.L95:
	.cfi_restore_state
.L90:
	.loc 1 120 1 is_stmt 1 discriminator 18 view .LVU1060
	.loc 1 120 1 discriminator 18 view .LVU1061
	.loc 1 120 1 discriminator 18 view .LVU1062
	movq	16(%rbx), %r8	# m_38(D)->budget,
	leal	-1(%rsi), %ecx	#, tmp108
	xorl	%edx, %edx	#
.LVL178:
	.loc 1 120 1 is_stmt 0 discriminator 18 view .LVU1063
	movl	$5, %esi	#,
.LVL179:
.L94:
.LBB460:
.LBB458:
# ./isa/ops.inc:119:     BRANCH();
	.loc 1 119 5 view .LVU1064
	call	vm_stop	#
.LVL180:
	.loc 1 119 5 is_stmt 1 view .LVU1065
	movq	(%rbx), %rdi	# m_38(D)->vm, m_38(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp113
	call	longjmp	#
.LVL181:
	.p2align 4,,10
	.p2align 3
.L96:
.L92:
	.loc 1 119 5 view .LVU1066
	.loc 1 119 5 view .LVU1067
	.loc 1 119 5 view .LVU1068
	leal	-1(%rsi), %ecx	#, tmp112
	xorl	%edx, %edx	#
.LVL182:
	.loc 1 119 5 is_stmt 0 view .LVU1069
	movl	$7, %esi	#,
.LVL183:
	.loc 1 119 5 view .LVU1070
	jmp	.L94	#
.LBE458:
.LBE460:
	.cfi_endproc
.LFE111:
	.size	op_C_CALL, .-op_C_CALL
	.p2align 4
	.type	op_C_JNZ, @function
op_C_JNZ:
.LVL184:
.LFB108:
	.loc 1 115 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 115 1 view .LVU1072
.LDL63:
	.loc 1 115 1 view .LVU1073
	.loc 1 115 1 view .LVU1074
	.loc 1 115 1 view .LVU1075
	.loc 1 115 1 view .LVU1076
	.loc 1 115 1 view .LVU1077
	.loc 1 115 1 view .LVU1078
	.loc 1 115 1 view .LVU1079
	.loc 1 115 1 view .LVU1080
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 is_stmt 0 view .LVU1081
	movq	%rdi, %rbx	# tmp130, m
	movq	(%rdi), %rdi	# m_39(D)->vm, _1
.LVL185:
	.loc 1 115 1 view .LVU1082
	leaq	8(%rdi), %rax	#, tmp110
	cmpq	%rax, %rdx	# tmp110, sp
	jb	.L109	#,
	.loc 1 115 1 is_stmt 1 view .LVU1083
	.loc 1 115 1 view .LVU1084
	.loc 1 115 1 view .LVU1085
	.loc 1 115 1 view .LVU1086
	.loc 1 115 1 view .LVU1087
	.loc 1 115 1 view .LVU1088
	.loc 1 115 1 view .LVU1089
	.loc 1 115 1 view .LVU1090
	.loc 1 115 1 view .LVU1091
	.loc 1 115 1 view .LVU1092
	.loc 1 115 1 view .LVU1093
.LVL186:
.LBB461:
.LBI461:
	.loc 1 112 1 view .LVU1094
.LBB462:
	.loc 1 112 1 view .LVU1095
	.loc 1 112 1 view .LVU1096
	.loc 1 112 1 view .LVU1097
	.loc 1 112 1 view .LVU1098
	.loc 1 113 5 view .LVU1099
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 9 is_stmt 0 view .LVU1100
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_37(D) + -8B], SR.344
# ./isa/ops.inc:113:     if (POP() != 0)
	.loc 1 113 8 view .LVU1101
	leaq	-8(%rdx), %rcx	#, sp
.LVL187:
	.loc 1 113 8 view .LVU1102
	testq	%rax, %rax	# SR.344
	je	.L100	#,
.L101:
	.loc 1 114 9 is_stmt 1 view .LVU1103
	.loc 1 114 9 view .LVU1104
	.loc 1 114 9 view .LVU1105
	movq	16(%rbx), %r8	# m_39(D)->budget, _24
	movl	%esi, %eax	# arg, arg
	cmpq	%r8, %rax	# _24, arg
	jg	.L110	#,
	.loc 1 114 9 view .LVU1106
	.loc 1 114 9 view .LVU1107
	sarq	$32, %rsi	#, tmp123
.LVL188:
.LBB463:
	.loc 1 114 9 is_stmt 0 view .LVU1108
	movl	$1, %eax	#, SR.344
.LBE463:
	addq	%r8, %rsi	# _24, tmp124
	movq	%rsi, 16(%rbx)	# tmp124, m_39(D)->budget
	.loc 1 114 9 is_stmt 1 view .LVU1109
.LBB464:
	.loc 1 114 9 view .LVU1110
	.loc 1 114 9 view .LVU1111
.L100:
.LVL189:
	.loc 1 114 9 is_stmt 0 view .LVU1112
.LBE464:
.LBE462:
.LBE461:
# ./isa/ops.inc:115: OP_END(JNZ)
	.loc 1 115 1 view .LVU1113
	movq	%rcx, %rdx	# sp,
.LVL190:
	.loc 1 115 1 view .LVU1114
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL191:
	.loc 1 115 1 view .LVU1115
	ret	
.LVL192:
	.p2align 4,,10
	.p2align 3
.L109:
	.cfi_restore_state
.L99:
	.loc 1 115 1 is_stmt 1 discriminator 4 view .LVU1116
	.loc 1 115 1 discriminator 4 view .LVU1117
	.loc 1 115 1 discriminator 4 view .LVU1118
	subq	%rdi, %rdx	# _1, tmp113
.LVL193:
	.loc 1 115 1 is_stmt 0 discriminator 4 view .LVU1119
	movq	16(%rbx), %r8	# m_39(D)->budget,
	leal	-1(%rsi), %ecx	#, tmp112
	movl	$2, %esi	#,
.LVL194:
	.loc 1 115 1 discriminator 4 view .LVU1120
	sarq	$3, %rdx	#, tmp115
.L108:
.LBB466:
.LBB465:
# ./isa/ops.inc:114:         BRANCH();
	.loc 1 114 9 view .LVU1121
	call	vm_stop	#
.LVL195:
	.loc 1 114 9 is_stmt 1 view .LVU1122
	movq	(%rbx), %rdi	# m_39(D)->vm, m_39(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL196:
	.p2align 4,,10
	.p2align 3
.L110:
.L103:
	.loc 1 114 9 view .LVU1123
	.loc 1 114 9 view .LVU1124
	.loc 1 114 9 view .LVU1125
	leal	-1(%rsi), %ecx	#, tmp119
.LVL197:
	.loc 1 114 9 is_stmt 0 view .LVU1126
	xorl	%edx, %edx	#
.LVL198:
	.loc 1 114 9 view .LVU1127
	movl	$7, %esi	#,
.LVL199:
	.loc 1 114 9 view .LVU1128
	jmp	.L108	#
.LBE465:
.LBE466:
	.cfi_endproc
.LFE108:
	.size	op_C_JNZ, .-op_C_JNZ
	.p2align 4
	.type	op_C_JZ, @function
op_C_JZ:
.LVL200:
.LFB105:
	.loc 1 110 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 110 1 view .LVU1130
.LDL64:
	.loc 1 110 1 view .LVU1131
	.loc 1 110 1 view .LVU1132
	.loc 1 110 1 view .LVU1133
	.loc 1 110 1 view .LVU1134
	.loc 1 110 1 view .LVU1135
	.loc 1 110 1 view .LVU1136
	.loc 1 110 1 view .LVU1137
	.loc 1 110 1 view .LVU1138
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 is_stmt 0 view .LVU1139
	movq	%rdi, %rbx	# tmp131, m
	movq	(%rdi), %rdi	# m_39(D)->vm, _1
.LVL201:
	.loc 1 110 1 view .LVU1140
	leaq	8(%rdi), %rax	#, tmp111
	cmpq	%rax, %rdx	# tmp111, sp
	jb	.L121	#,
	.loc 1 110 1 is_stmt 1 view .LVU1141
	.loc 1 110 1 view .LVU1142
	.loc 1 110 1 view .LVU1143
	.loc 1 110 1 view .LVU1144
	.loc 1 110 1 view .LVU1145
	.loc 1 110 1 view .LVU1146
	.loc 1 110 1 view .LVU1147
	.loc 1 110 1 view .LVU1148
	.loc 1 110 1 view .LVU1149
	.loc 1 110 1 view .LVU1150
	.loc 1 110 1 view .LVU1151
.LVL202:
.LBB467:
.LBI467:
	.loc 1 107 1 view .LVU1152
.LBB468:
	.loc 1 107 1 view .LVU1153
	.loc 1 107 1 view .LVU1154
	.loc 1 107 1 view .LVU1155
	.loc 1 107 1 view .LVU1156
	.loc 1 108 5 view .LVU1157
# ./isa/ops.inc:108:     if (POP() == 0)
	.loc 1 108 8 is_stmt 0 view .LVU1158
	cmpq	$0, -8(%rdx)	#, MEM[(cell *)sp_37(D) + -8B]
	leaq	-8(%rdx), %rcx	#, sp
.LVL203:
	.loc 1 108 8 view .LVU1159
	jne	.L118	#,
.L115:
	.loc 1 109 9 is_stmt 1 view .LVU1160
	.loc 1 109 9 view .LVU1161
	.loc 1 109 9 view .LVU1162
	movq	16(%rbx), %r8	# m_39(D)->budget, _24
	movl	%esi, %eax	# arg, arg
	cmpq	%r8, %rax	# _24, arg
	jg	.L122	#,
	.loc 1 109 9 view .LVU1163
	.loc 1 109 9 view .LVU1164
	sarq	$32, %rsi	#, tmp124
.LVL204:
.LBB469:
	.loc 1 109 9 is_stmt 0 view .LVU1165
	movl	$1, %eax	#, SR.347
.LBE469:
.LBE468:
.LBE467:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU1166
	movq	%rcx, %rdx	# sp,
.LVL205:
.LBB474:
.LBB471:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU1167
	addq	%r8, %rsi	# _24, tmp125
	movq	%rsi, 16(%rbx)	# tmp125, m_39(D)->budget
	.loc 1 109 9 is_stmt 1 view .LVU1168
.LBB470:
	.loc 1 109 9 view .LVU1169
	.loc 1 109 9 view .LVU1170
.LVL206:
	.loc 1 109 9 is_stmt 0 view .LVU1171
.LBE470:
.LBE471:
.LBE474:
# ./isa/ops.inc:110: OP_END(JZ)
	.loc 1 110 1 view .LVU1172
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL207:
	.loc 1 110 1 view .LVU1173
	ret	
.LVL208:
	.p2align 4,,10
	.p2align 3
.L118:
	.cfi_restore_state
.L114:
.LBB475:
.LBB472:
	.loc 1 110 1 view .LVU1174
	xorl	%eax, %eax	# SR.347
.LBE472:
.LBE475:
	movq	%rcx, %rdx	# sp,
.LVL209:
	.loc 1 110 1 view .LVU1175
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL210:
	.loc 1 110 1 view .LVU1176
	ret	
.LVL211:
	.p2align 4,,10
	.p2align 3
.L121:
	.cfi_restore_state
.L113:
	.loc 1 110 1 is_stmt 1 discriminator 4 view .LVU1177
	.loc 1 110 1 discriminator 4 view .LVU1178
	.loc 1 110 1 discriminator 4 view .LVU1179
	subq	%rdi, %rdx	# _1, tmp114
.LVL212:
	.loc 1 110 1 is_stmt 0 discriminator 4 view .LVU1180
	movq	16(%rbx), %r8	# m_39(D)->budget,
	leal	-1(%rsi), %ecx	#, tmp113
	movl	$2, %esi	#,
.LVL213:
	.loc 1 110 1 discriminator 4 view .LVU1181
	sarq	$3, %rdx	#, tmp116
.L120:
.LBB476:
.LBB473:
# ./isa/ops.inc:109:         BRANCH();
	.loc 1 109 9 view .LVU1182
	call	vm_stop	#
.LVL214:
	.loc 1 109 9 is_stmt 1 view .LVU1183
	movq	(%rbx), %rdi	# m_39(D)->vm, m_39(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL215:
	.p2align 4,,10
	.p2align 3
.L122:
.L117:
	.loc 1 109 9 view .LVU1184
	.loc 1 109 9 view .LVU1185
	.loc 1 109 9 view .LVU1186
	leal	-1(%rsi), %ecx	#, tmp120
.LVL216:
	.loc 1 109 9 is_stmt 0 view .LVU1187
	xorl	%edx, %edx	#
.LVL217:
	.loc 1 109 9 view .LVU1188
	movl	$7, %esi	#,
.LVL218:
	.loc 1 109 9 view .LVU1189
	jmp	.L120	#
.LBE473:
.LBE476:
	.cfi_endproc
.LFE105:
	.size	op_C_JZ, .-op_C_JZ
	.p2align 4
	.type	op_PRINT, @function
op_PRINT:
.LVL219:
.LFB122:
	.loc 1 142 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 142 1 is_stmt 0 view .LVU1191
	pushq	%r12	#
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
.LBB477:
.LBB478:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU1192
	movl	%esi, %r12d	# arg, _5
	movl	%esi, %esi	# arg, arg
.LVL220:
	.loc 1 138 5 view .LVU1193
.LBE478:
.LBE477:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU1194
	pushq	%rbp	#
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movq	%rdi, %rbp	# tmp117, m
	.loc 1 142 1 is_stmt 1 view .LVU1195
.LVL221:
.LDL65:
	.loc 1 142 1 view .LVU1196
	.loc 1 142 1 view .LVU1197
	.loc 1 142 1 view .LVU1198
	.loc 1 142 1 view .LVU1199
	.loc 1 142 1 view .LVU1200
	.loc 1 142 1 view .LVU1201
	.loc 1 142 1 view .LVU1202
	.loc 1 142 1 view .LVU1203
.LBB485:
.LBI477:
	.loc 1 137 1 view .LVU1204
.LBB481:
	.loc 1 137 1 view .LVU1205
	.loc 1 137 1 view .LVU1206
	.loc 1 137 1 view .LVU1207
	.loc 1 137 1 view .LVU1208
	.loc 1 138 5 view .LVU1209
	.loc 1 138 5 view .LVU1210
.LBE481:
.LBE485:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 is_stmt 0 view .LVU1211
	pushq	%rbx	#
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
.LBB486:
.LBB482:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU1212
	movq	16(%rdi), %r8	# m_2(D)->budget, _8
	movq	(%rdi), %rdi	# m_2(D)->vm, pretmp_9
.LVL222:
	.loc 1 138 5 view .LVU1213
	cmpq	%r8, %rsi	# _8, arg
	jge	.L130	#,
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 9 view .LVU1214
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -8B], MEM[(cell *)sp_4(D) + -8B]
	movq	%rdx, %rbx	# tmp119, sp
	.loc 1 138 5 is_stmt 1 view .LVU1215
	.loc 1 138 5 view .LVU1216
	.loc 1 139 5 view .LVU1217
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 9 is_stmt 0 view .LVU1218
	call	vm_print	#
.LVL223:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 8 view .LVU1219
	testl	%eax, %eax	# tmp120
	jne	.L131	#,
	.loc 1 140 9 is_stmt 1 view .LVU1220
	.loc 1 141 5 view .LVU1221
.LVL224:
.LDL66:
	.loc 1 142 1 view .LVU1222
	.loc 1 142 1 view .LVU1223
.LBB479:
	.loc 1 142 1 view .LVU1224
	.loc 1 142 1 view .LVU1225
.LBE479:
# ./isa/ops.inc:141:     DROP(1);
	.loc 1 141 5 is_stmt 0 view .LVU1226
	leaq	-8(%rbx), %rdx	#, sp
.LVL225:
	.loc 1 141 5 view .LVU1227
.LBE482:
.LBE486:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU1228
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 24
.LVL226:
	.loc 1 142 1 view .LVU1229
	popq	%rbp	#
	.cfi_def_cfa_offset 16
.LVL227:
.LBB487:
.LBB483:
.LBB480:
	.loc 1 142 1 view .LVU1230
.LVL228:
	.loc 1 142 1 is_stmt 1 view .LVU1231
	.loc 1 142 1 is_stmt 0 view .LVU1232
.LBE480:
.LBE483:
.LBE487:
	popq	%r12	#
	.cfi_def_cfa_offset 8
	ret	
.LVL229:
	.p2align 4,,10
	.p2align 3
.L130:
	.cfi_restore_state
.L125:
.LBB488:
.LBB484:
	.loc 1 138 5 is_stmt 1 view .LVU1233
	.loc 1 138 5 view .LVU1234
	.loc 1 138 5 view .LVU1235
	movl	%r12d, %ecx	# _5,
	xorl	%edx, %edx	#
.LVL230:
	.loc 1 138 5 is_stmt 0 view .LVU1236
	movl	$7, %esi	#,
.L129:
# ./isa/ops.inc:140:         TRAP(ST_OUTPUT, 0);    /* the output failed for good: stop */
	.loc 1 140 9 view .LVU1237
	call	vm_stop	#
.LVL231:
	.loc 1 140 9 is_stmt 1 view .LVU1238
	movq	0(%rbp), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp108
	call	longjmp	#
.LVL232:
	.p2align 4,,10
	.p2align 3
.L131:
.L127:
	.loc 1 140 9 view .LVU1239
	.loc 1 140 9 view .LVU1240
	.loc 1 140 9 view .LVU1241
	movq	0(%rbp), %rdi	# m_2(D)->vm, m_2(D)->vm
	movq	16(%rbp), %r8	# m_2(D)->budget,
	movl	%r12d, %ecx	# _5,
	xorl	%edx, %edx	#
	movl	$8, %esi	#,
	jmp	.L129	#
.LBE484:
.LBE488:
	.cfi_endproc
.LFE122:
	.size	op_PRINT, .-op_PRINT
	.p2align 4
	.type	op_C_PRINT, @function
op_C_PRINT:
.LVL233:
.LFB123:
	.loc 1 142 1 view -0
	.cfi_startproc
	.loc 1 142 1 view .LVU1243
.LDL67:
	.loc 1 142 1 view .LVU1244
	.loc 1 142 1 view .LVU1245
	.loc 1 142 1 view .LVU1246
	.loc 1 142 1 view .LVU1247
	.loc 1 142 1 view .LVU1248
	.loc 1 142 1 view .LVU1249
	.loc 1 142 1 view .LVU1250
	.loc 1 142 1 view .LVU1251
	pushq	%r12	#
	.cfi_def_cfa_offset 16
	.cfi_offset 12, -16
	movq	%rdi, %r12	# tmp129, m
	pushq	%rbp	#
	.cfi_def_cfa_offset 24
	.cfi_offset 6, -24
	movl	%esi, %ebp	# arg, _4
	pushq	%rbx	#
	.cfi_def_cfa_offset 32
	.cfi_offset 3, -32
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 is_stmt 0 view .LVU1252
	movq	(%rdi), %rdi	# m_34(D)->vm, _1
.LVL234:
	.loc 1 142 1 view .LVU1253
	movq	%rdx, %rbx	# tmp131, sp
	movq	16(%r12), %r8	# m_34(D)->budget, pretmp_3
	leaq	8(%rdi), %rax	#, tmp108
	cmpq	%rax, %rdx	# tmp108, sp
	jb	.L141	#,
	.loc 1 142 1 is_stmt 1 view .LVU1254
	.loc 1 142 1 view .LVU1255
	.loc 1 142 1 view .LVU1256
	.loc 1 142 1 view .LVU1257
	.loc 1 142 1 view .LVU1258
	.loc 1 142 1 view .LVU1259
	.loc 1 142 1 view .LVU1260
	.loc 1 142 1 view .LVU1261
	.loc 1 142 1 view .LVU1262
	.loc 1 142 1 view .LVU1263
	.loc 1 142 1 view .LVU1264
.LVL235:
.LBB489:
.LBI489:
	.loc 1 137 1 view .LVU1265
.LBB490:
	.loc 1 137 1 view .LVU1266
	.loc 1 137 1 view .LVU1267
	.loc 1 137 1 view .LVU1268
	.loc 1 137 1 view .LVU1269
	.loc 1 138 5 view .LVU1270
	.loc 1 138 5 view .LVU1271
	movl	%esi, %esi	# arg, arg
.LVL236:
	.loc 1 138 5 is_stmt 0 view .LVU1272
	cmpq	%rsi, %r8	# arg, pretmp_3
	jle	.L142	#,
	.loc 1 138 5 is_stmt 1 view .LVU1273
	.loc 1 138 5 view .LVU1274
	.loc 1 139 5 view .LVU1275
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 9 is_stmt 0 view .LVU1276
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_32(D) + -8B], MEM[(cell *)sp_32(D) + -8B]
	call	vm_print	#
.LVL237:
# ./isa/ops.inc:139:     if (UNLIKELY(vm_print(vm, S(0)) != 0))
	.loc 1 139 8 view .LVU1277
	testl	%eax, %eax	# tmp132
	jne	.L143	#,
	.loc 1 140 9 is_stmt 1 view .LVU1278
	.loc 1 141 5 view .LVU1279
.LVL238:
.LDL68:
	.loc 1 142 1 view .LVU1280
	.loc 1 142 1 view .LVU1281
.LBB491:
	.loc 1 142 1 view .LVU1282
	.loc 1 142 1 view .LVU1283
.LBE491:
# ./isa/ops.inc:141:     DROP(1);
	.loc 1 141 5 is_stmt 0 view .LVU1284
	leaq	-8(%rbx), %rdx	#, sp
.LVL239:
	.loc 1 141 5 view .LVU1285
.LBE490:
.LBE489:
# ./isa/ops.inc:142: OP_END(PRINT)
	.loc 1 142 1 view .LVU1286
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 24
.LVL240:
	.loc 1 142 1 view .LVU1287
	popq	%rbp	#
	.cfi_def_cfa_offset 16
.LBB495:
.LBB493:
.LBB492:
.LVL241:
	.loc 1 142 1 is_stmt 1 view .LVU1288
	.loc 1 142 1 is_stmt 0 view .LVU1289
.LBE492:
.LBE493:
.LBE495:
	popq	%r12	#
	.cfi_def_cfa_offset 8
.LVL242:
	.loc 1 142 1 view .LVU1290
	ret	
.LVL243:
	.p2align 4,,10
	.p2align 3
.L141:
	.cfi_restore_state
.L134:
	.loc 1 142 1 is_stmt 1 discriminator 4 view .LVU1291
	.loc 1 142 1 discriminator 4 view .LVU1292
	.loc 1 142 1 discriminator 4 view .LVU1293
	subq	%rdi, %rbx	# _1, sp
	movl	%esi, %ecx	# _4,
	movl	$2, %esi	#,
.LVL244:
	.loc 1 142 1 is_stmt 0 discriminator 4 view .LVU1294
	movq	%rbx, %rdx	# sp, tmp109
.LVL245:
	.loc 1 142 1 discriminator 4 view .LVU1295
	sarq	$3, %rdx	#, tmp111
.L140:
.LBB496:
.LBB494:
# ./isa/ops.inc:138:     CHECKPOINT();          /* no output after the step limit */
	.loc 1 138 5 view .LVU1296
	call	vm_stop	#
.LVL246:
	.loc 1 138 5 is_stmt 1 view .LVU1297
	movq	(%r12), %rdi	# m_34(D)->vm, m_34(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL247:
	.p2align 4,,10
	.p2align 3
.L142:
.L136:
	.loc 1 138 5 view .LVU1298
	.loc 1 138 5 view .LVU1299
	.loc 1 138 5 view .LVU1300
	movl	%ebp, %ecx	# _4,
	xorl	%edx, %edx	#
.LVL248:
	.loc 1 138 5 is_stmt 0 view .LVU1301
	movl	$7, %esi	#,
	jmp	.L140	#
	.p2align 4,,10
	.p2align 3
.L143:
.L138:
	.loc 1 140 9 is_stmt 1 view .LVU1302
	.loc 1 140 9 view .LVU1303
	.loc 1 140 9 view .LVU1304
	movq	(%r12), %rdi	# m_34(D)->vm, m_34(D)->vm
	movq	16(%r12), %r8	# m_34(D)->budget,
	movl	%ebp, %ecx	# _4,
	xorl	%edx, %edx	#
	movl	$8, %esi	#,
	jmp	.L140	#
.LBE494:
.LBE496:
	.cfi_endproc
.LFE123:
	.size	op_C_PRINT, .-op_C_PRINT
	.p2align 4
	.type	emit_program, @function
emit_program:
.LVL249:
.LFB139:
	.file 3 "dispatch/subroutine/subroutine.c"
	.loc 3 49 1 view -0
	.cfi_startproc
	.loc 3 50 5 view .LVU1306
# dispatch/subroutine/subroutine.c:49: {
	.loc 3 49 1 is_stmt 0 view .LVU1307
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
.LBB527:
.LBB528:
# ./dispatch/subroutine/subroutine.h:246:     emit_put(e, entry, sizeof entry);
	.loc 2 246 5 view .LVU1308
	movl	$7, %edx	#,
.LBE528:
.LBE527:
# dispatch/subroutine/subroutine.c:49: {
	.loc 3 49 1 view .LVU1309
	movq	%rsi, %r15	# tmp275, p
.LBB532:
.LBB529:
# ./dispatch/subroutine/subroutine.h:246:     emit_put(e, entry, sizeof entry);
	.loc 2 246 5 view .LVU1310
	movl	$entry.10, %esi	#,
.LVL250:
	.loc 2 246 5 view .LVU1311
.LBE529:
.LBE532:
# dispatch/subroutine/subroutine.c:49: {
	.loc 3 49 1 view .LVU1312
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	movq	%r15, %r14	# p, p
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	movq	%rdi, %r13	# tmp274, g
.LVL251:
	.loc 3 51 5 is_stmt 1 view .LVU1313
.LBB533:
.LBI527:
	.loc 2 240 13 view .LVU1314
.LBB530:
	.loc 2 242 5 view .LVU1315
	.loc 2 246 5 view .LVU1316
.LBE530:
.LBE533:
# dispatch/subroutine/subroutine.c:49: {
	.loc 3 49 1 is_stmt 0 view .LVU1317
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$72, %rsp	#,
	.cfi_def_cfa_offset 128
.LBB534:
.LBB531:
# ./dispatch/subroutine/subroutine.h:246:     emit_put(e, entry, sizeof entry);
	.loc 2 246 5 view .LVU1318
	call	emit_put	#
.LVL252:
	.loc 2 246 5 view .LVU1319
.LBE531:
.LBE534:
	.loc 3 52 5 is_stmt 1 view .LVU1320
.LBB535:
.LBB536:
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 15 is_stmt 0 view .LVU1321
	movl	64(%r13), %eax	# g_60(D)->npieces,
.LBE536:
.LBE535:
# dispatch/subroutine/subroutine.c:52:     add_piece(g, 0, e->at, 0, 0, PIECE_ENTRY, NO_HANDLER);
	.loc 3 52 5 view .LVU1322
	movq	16(%r13), %rdx	# MEM[(struct emit *)g_60(D)].at, _1
.LVL253:
.LBB539:
.LBI535:
	.loc 2 210 13 is_stmt 1 view .LVU1323
.LBB537:
	.loc 2 213 5 view .LVU1324
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 24 is_stmt 0 view .LVU1325
	leal	1(%rax), %ecx	#, tmp195
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 13 view .LVU1326
	salq	$4, %rax	#, tmp197
	addq	56(%r13), %rax	# g_60(D)->piece, _85
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 24 view .LVU1327
	movl	%ecx, 64(%r13)	# tmp195, g_60(D)->npieces
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1328
	movl	$0, (%rax)	#, _85->at
	movl	$0, 8(%rax)	#, _85->ord
	movw	$0, 12(%rax)	#, MEM <vector(2) unsigned char> [(unsigned char *)_85 + 12B]
	movb	$-1, 14(%rax)	#, _85->handler
.LVL254:
	.loc 2 213 28 view .LVU1329
.LBE537:
.LBE539:
	.loc 3 53 5 is_stmt 1 view .LVU1330
.LBB540:
	.loc 3 53 10 view .LVU1331
	.loc 3 53 34 view .LVU1332
	movl	20(%r15), %ebx	# p_63(D)->count,
.LBE540:
.LBB603:
.LBB538:
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 75 is_stmt 0 view .LVU1333
	movl	%edx, 4(%rax)	# _1, _85->len
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1334
	xorl	%edx, %edx	# ivtmp.566
.LVL255:
.L145:
	.loc 2 213 28 view .LVU1335
.LBE538:
.LBE603:
.LBB604:
.LBB541:
	.loc 3 54 32 is_stmt 1 view .LVU1336
	testl	%ebx, %ebx	# _51
	je	.L170	#,
.LBB542:
# dispatch/subroutine/subroutine.c:59:             size_t k = (size_t)copy * p->count + i, from = e->at;
	.loc 3 59 53 is_stmt 0 view .LVU1337
	movq	16(%r13), %rax	# MEM[(struct emit *)g_60(D)].at, pretmp_241
	movb	%dl, 47(%rsp)	# ivtmp.566, %sfp
	movq	%r14, %r12	# p, p
.LBE542:
# dispatch/subroutine/subroutine.c:54:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 3 54 23 view .LVU1338
	xorl	%r15d, %r15d	# i
	movq	%rdx, (%rsp)	# ivtmp.566, %sfp
	movq	%rax, %r14	# pretmp_241, pretmp_241
.LVL256:
	.p2align 4,,10
	.p2align 3
.L167:
.LBB598:
	.loc 3 55 13 is_stmt 1 view .LVU1339
# dispatch/subroutine/subroutine.c:55:             const uint8_t *ins = p->code + p->offset[i];
	.loc 3 55 53 is_stmt 0 view .LVU1340
	movl	%r15d, %r9d	# i, _4
	leaq	0(,%r9,4), %rax	#, _5
	movq	%rax, 24(%rsp)	# _5, %sfp
	movq	32(%r12), %rax	# p_63(D)->offset, p_63(D)->offset
	movl	(%rax,%r9,4), %eax	# *_6, *_6
# dispatch/subroutine/subroutine.c:55:             const uint8_t *ins = p->code + p->offset[i];
	.loc 3 55 28 view .LVU1341
	addq	8(%r12), %rax	# p_63(D)->code, *_6
# dispatch/subroutine/subroutine.c:56:             uint8_t op = *ins;
	.loc 3 56 21 view .LVU1342
	movzbl	(%rax), %ecx	# *ins_65,
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 37 view .LVU1343
	cmpq	$0, (%rsp)	#, %sfp
# dispatch/subroutine/subroutine.c:55:             const uint8_t *ins = p->code + p->offset[i];
	.loc 3 55 28 view .LVU1344
	movq	%rax, 32(%rsp)	# ins, %sfp
.LVL257:
	.loc 3 56 13 is_stmt 1 view .LVU1345
# dispatch/subroutine/subroutine.c:56:             uint8_t op = *ins;
	.loc 3 56 21 is_stmt 0 view .LVU1346
	movl	%ecx, %r10d	#,
.LVL258:
	.loc 3 57 13 is_stmt 1 view .LVU1347
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 37 is_stmt 0 view .LVU1348
	je	.L182	#,
.LVL259:
.L146:
	.loc 3 58 13 is_stmt 1 view .LVU1349
# dispatch/subroutine/subroutine.c:58:             unsigned h = proven ? OP_PROVEN + op : op;
	.loc 3 58 50 is_stmt 0 view .LVU1350
	movl	%ecx, 40(%rsp)	# iftmp.2_54, %sfp
	movb	%r10b, 46(%rsp)	# op, %sfp
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 18 view .LVU1351
	movb	$0, 45(%rsp)	#, %sfp
.LVL260:
.L147:
# dispatch/subroutine/subroutine.c:59:             size_t k = (size_t)copy * p->count + i, from = e->at;
	.loc 3 59 37 discriminator 4 view .LVU1352
	movq	(%rsp), %rax	# %sfp, ivtmp.566
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 20 discriminator 4 view .LVU1353
	movq	32(%r13), %rbp	# g_60(D)->addr, _19
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 26 discriminator 4 view .LVU1354
	movq	%r13, %rdi	# g,
	movl	%ecx, 20(%rsp)	# iftmp.2_54, %sfp
	movb	%r10b, 44(%rsp)	# op, %sfp
.LVL261:
	.loc 3 59 13 is_stmt 1 discriminator 4 view .LVU1355
	.loc 3 60 13 discriminator 4 view .LVU1356
# dispatch/subroutine/subroutine.c:59:             size_t k = (size_t)copy * p->count + i, from = e->at;
	.loc 3 59 37 is_stmt 0 discriminator 4 view .LVU1357
	imulq	%rax, %rbx	# ivtmp.566, tmp204
.LVL262:
# dispatch/subroutine/subroutine.c:59:             size_t k = (size_t)copy * p->count + i, from = e->at;
	.loc 3 59 20 discriminator 4 view .LVU1358
	movq	%r9, 8(%rsp)	# _4, %sfp
	addq	%r9, %rbx	# _4, k
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 26 discriminator 4 view .LVU1359
	call	emit_here	#
.LVL263:
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 20 discriminator 4 view .LVU1360
	salq	$3, %rbx	#, _18
.LBB543:
.LBB544:
# ./dispatch/subroutine/subroutine.h:252:     emit_put(e, mov, sizeof mov);
	.loc 2 252 5 discriminator 4 view .LVU1361
	movl	$3, %edx	#,
	movq	%r13, %rdi	# g,
.LBE544:
.LBE543:
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 20 discriminator 4 view .LVU1362
	addq	%rbx, %rbp	# _18, _19
.LBB548:
.LBB545:
# ./dispatch/subroutine/subroutine.h:252:     emit_put(e, mov, sizeof mov);
	.loc 2 252 5 discriminator 4 view .LVU1363
	movl	$mov.9, %esi	#,
.LBE545:
.LBE548:
# dispatch/subroutine/subroutine.c:60:             g->addr[k] = emit_here(e);
	.loc 3 60 24 discriminator 4 view .LVU1364
	movq	%rax, 0(%rbp)	# tmp276, *_19
	.loc 3 61 13 is_stmt 1 discriminator 4 view .LVU1365
.LVL264:
.LBB549:
.LBI543:
	.loc 2 249 13 discriminator 4 view .LVU1366
.LBB546:
	.loc 2 251 5 discriminator 4 view .LVU1367
	.loc 2 252 5 discriminator 4 view .LVU1368
.LBE546:
.LBE549:
.LBB550:
.LBB551:
.LBB552:
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 29 is_stmt 0 discriminator 4 view .LVU1369
	leal	1(%r15), %ebp	#, _261
.LBE552:
.LBE551:
.LBE550:
.LBB560:
.LBB547:
# ./dispatch/subroutine/subroutine.h:252:     emit_put(e, mov, sizeof mov);
	.loc 2 252 5 discriminator 4 view .LVU1370
	call	emit_put	#
.LVL265:
	.loc 2 252 5 discriminator 4 view .LVU1371
.LBE547:
.LBE560:
	.loc 3 62 13 is_stmt 1 discriminator 4 view .LVU1372
.LBB561:
.LBI561:
	.loc 2 217 13 discriminator 4 view .LVU1373
.LBB562:
	.loc 2 219 5 discriminator 4 view .LVU1374
# ./dispatch/subroutine/subroutine.h:219:     return op == OP_PUSH || label_operand[op] || ORD_IN_ARG(op);
	.loc 2 219 47 is_stmt 0 discriminator 4 view .LVU1375
	movzbl	44(%rsp), %r10d	# %sfp, op
	movq	8(%rsp), %r9	# %sfp, _4
	movslq	20(%rsp), %rcx	# %sfp,
	cmpb	$1, %r10b	#, op
	je	.L148	#,
# ./dispatch/subroutine/subroutine.h:219:     return op == OP_PUSH || label_operand[op] || ORD_IN_ARG(op);
	.loc 2 219 26 view .LVU1376
	cmpb	$0, label_operand(%rcx)	#, label_operand[_263]
	jne	.L148	#,
# ./dispatch/subroutine/subroutine.h:219:     return op == OP_PUSH || label_operand[op] || ORD_IN_ARG(op);
	.loc 2 219 47 view .LVU1377
	cmpb	$29, %r10b	#, op
	je	.L148	#,
	cmpb	$32, %r10b	#, op
	je	.L148	#,
.LBE562:
.LBE561:
# dispatch/subroutine/subroutine.c:64:             emit_call_handler(e, table[h]);
	.loc 3 64 39 view .LVU1378
	movl	40(%rsp), %eax	# %sfp, iftmp.2_54
.LBB563:
.LBB564:
# ./dispatch/subroutine/subroutine.h:271:     x86_call(e, (uintptr_t)h);
	.loc 2 271 5 view .LVU1379
	movq	%r13, %rdi	# g,
	movq	%rcx, 8(%rsp)	# _263, %sfp
.LVL266:
	.loc 2 271 5 view .LVU1380
.LBE564:
.LBE563:
	.loc 3 64 13 is_stmt 1 view .LVU1381
.LBB568:
.LBI563:
	.loc 2 269 13 view .LVU1382
.LBB565:
	.loc 2 271 5 view .LVU1383
	movq	table(,%rax,8), %rsi	# table[iftmp.2_54], table[iftmp.2_54]
	call	x86_call	#
.LVL267:
	.loc 2 271 5 is_stmt 0 view .LVU1384
.LBE565:
.LBE568:
	.loc 3 65 13 is_stmt 1 view .LVU1385
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 25 is_stmt 0 view .LVU1386
	movq	%r13, %rdi	# g,
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 19 view .LVU1387
	addq	40(%r13), %rbx	# g_60(D)->ret, _81
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 25 view .LVU1388
	call	emit_here	#
.LVL268:
	movq	8(%rsp), %rcx	# %sfp, _263
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 23 view .LVU1389
	movq	%rax, (%rbx)	# tmp278, *_81
	.loc 3 66 13 is_stmt 1 view .LVU1390
.L171:
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 95 is_stmt 0 view .LVU1391
	xorl	%ebx, %ebx	# iftmp.3_55
.L157:
.LVL269:
	.loc 3 68 13 is_stmt 1 view .LVU1392
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 51 is_stmt 0 view .LVU1393
	leaq	(%rcx,%rcx,4), %rax	#, tmp247
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 94 view .LVU1394
	cmpb	$0, 45(%rsp)	#, %sfp
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 51 view .LVU1395
	movl	opinfo+16(,%rax,8), %eax	# opinfo[_263].flow,
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 94 view .LVU1396
	je	.L158	#,
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 38 discriminator 1 view .LVU1397
	cmpl	$3, %eax	#, pretmp_256
	je	.L183	#,
.L158:
.LVL270:
	.loc 3 69 13 is_stmt 1 view .LVU1398
.LBB569:
.LBI569:
	.loc 2 274 13 view .LVU1399
.LBB570:
	.loc 2 276 5 view .LVU1400
	.loc 2 277 5 view .LVU1401
	.loc 2 278 5 view .LVU1402
	.loc 2 279 5 view .LVU1403
	.loc 2 280 5 view .LVU1404
	.loc 2 281 5 view .LVU1405
	.loc 2 282 5 view .LVU1406
	.loc 2 283 5 view .LVU1407
	cmpl	$5, %eax	#, pretmp_256
	ja	.L161	#,
	jmp	*.L163(,%rax,8)	#
	.section	.rodata
	.align 8
	.align 4
.L163:
	.quad	.L161
	.quad	.L166
	.quad	.L165
	.quad	.L160
	.quad	.L164
	.quad	.L162
	.text
	.p2align 4,,10
	.p2align 3
.L162:
	.loc 2 301 9 view .LVU1408
	movl	$2, %edx	#,
	movl	$ud2.0, %esi	#,
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL271:
	.loc 2 302 9 view .LVU1409
.L161:
	.loc 2 302 9 is_stmt 0 view .LVU1410
.LBE570:
.LBE569:
	.loc 3 70 13 is_stmt 1 view .LVU1411
.LBB574:
.LBB575:
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 15 is_stmt 0 view .LVU1412
	movl	64(%r13), %eax	# g_60(D)->npieces,
.LBE575:
.LBE574:
# dispatch/subroutine/subroutine.c:70:             add_piece(g, from, e->at, copy, i, PIECE_CALL, h);
	.loc 3 70 13 view .LVU1413
	movq	16(%r13), %rdx	# MEM[(struct emit *)g_60(D)].at, _50
.LVL272:
.LBB579:
.LBI574:
	.loc 2 210 13 is_stmt 1 view .LVU1414
.LBB576:
	.loc 2 213 5 view .LVU1415
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 is_stmt 0 view .LVU1416
	movzbl	47(%rsp), %edi	# %sfp, _231
	movzbl	46(%rsp), %esi	# %sfp, _247
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 24 view .LVU1417
	leal	1(%rax), %ecx	#, tmp258
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 13 view .LVU1418
	salq	$4, %rax	#, tmp260
	addq	56(%r13), %rax	# g_60(D)->piece, _95
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 24 view .LVU1419
	movl	%ecx, 64(%r13)	# tmp258, g_60(D)->npieces
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 75 view .LVU1420
	movl	%edx, %ecx	# _50, tmp261
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1421
	movb	%dil, 12(%rax)	# _231, _95->copy
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 75 view .LVU1422
	subl	%r14d, %ecx	# pretmp_241, tmp261
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1423
	movb	$1, 13(%rax)	#, _95->kind
	movb	%sil, 14(%rax)	# _247, _95->handler
.LVL273:
	.loc 2 213 28 view .LVU1424
.LBE576:
.LBE579:
.LBE598:
	.loc 3 54 45 is_stmt 1 view .LVU1425
	.loc 3 54 32 view .LVU1426
# dispatch/subroutine/subroutine.c:54:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 3 54 35 is_stmt 0 view .LVU1427
	movl	20(%r12), %ebx	# p_63(D)->count,
.LVL274:
.LBB599:
.LBB580:
.LBB577:
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1428
	movl	%r14d, (%rax)	# pretmp_241, _95->at
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 75 view .LVU1429
	movl	%ecx, 4(%rax)	# tmp261, _95->len
# ./dispatch/subroutine/subroutine.h:213:     g->piece[g->npieces++] = (struct piece){ .at = (uint32_t)from, .len = (uint32_t)(to - from),
	.loc 2 213 28 view .LVU1430
	movl	%r15d, 8(%rax)	# i, _95->ord
.LBE577:
.LBE580:
.LBE599:
# dispatch/subroutine/subroutine.c:54:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 3 54 32 view .LVU1431
	cmpl	%ebx, %ebp	# _51, _261
	jnb	.L184	#,
	movq	%rdx, %r14	# _50, pretmp_241
.LVL275:
# dispatch/subroutine/subroutine.c:54:         for (uint32_t i = 0; i < p->count; i++) {
	.loc 3 54 45 view .LVU1432
	movl	%ebp, %r15d	# _261, i
	jmp	.L167	#
.LVL276:
	.p2align 4,,10
	.p2align 3
.L164:
.LBB600:
.LBB581:
.LBB571:
	.loc 2 298 9 is_stmt 1 view .LVU1433
	movl	$1, %edx	#,
	movl	$ret.1, %esi	#,
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL277:
	.loc 2 299 9 view .LVU1434
	jmp	.L161	#
.LVL278:
	.p2align 4,,10
	.p2align 3
.L183:
	.loc 2 299 9 is_stmt 0 view .LVU1435
.LBE571:
.LBE581:
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 94 discriminator 3 view .LVU1436
	movq	32(%r13), %rax	# g_60(D)->addr, g_60(D)->addr
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 89 discriminator 3 view .LVU1437
	movl	%r15d, %edx	# i, tmp253
	addl	20(%r12), %edx	# p_63(D)->count, tmp253
# dispatch/subroutine/subroutine.c:68:             uintptr_t retry = proven && opinfo[op].flow == FLOW_CALL ? g->addr[p->count + i] : 0;
	.loc 3 68 94 discriminator 3 view .LVU1438
	movq	(%rax,%rdx,8), %rcx	# *_48, iftmp.4_80
.LVL279:
	.loc 3 69 13 is_stmt 1 discriminator 3 view .LVU1439
.LBB582:
	.loc 2 274 13 discriminator 3 view .LVU1440
.LBB572:
	.loc 2 276 5 discriminator 3 view .LVU1441
	.loc 2 277 5 discriminator 3 view .LVU1442
	.loc 2 278 5 discriminator 3 view .LVU1443
	.loc 2 279 5 discriminator 3 view .LVU1444
	.loc 2 280 5 discriminator 3 view .LVU1445
	.loc 2 281 5 discriminator 3 view .LVU1446
	.loc 2 282 5 discriminator 3 view .LVU1447
	.loc 2 283 5 discriminator 3 view .LVU1448
	.loc 2 291 9 discriminator 3 view .LVU1449
# ./dispatch/subroutine/subroutine.h:291:         if (retry)
	.loc 2 291 12 is_stmt 0 discriminator 3 view .LVU1450
	testq	%rcx, %rcx	# iftmp.4_80
	jne	.L185	#,
.LVL280:
.L160:
	.loc 2 293 9 is_stmt 1 view .LVU1451
	movq	%r13, %rdi	# g,
	movl	$5, %edx	#,
	movl	$lea_m8.4, %esi	#,
	call	emit_put	#
.LVL281:
	.loc 2 294 9 view .LVU1452
	movq	%r13, %rdi	# g,
	movq	%rbx, %rcx	# iftmp.3_55,
	movl	$1, %edx	#,
	movl	$call.3, %esi	#,
	call	x86_rel32	#
.LVL282:
	.loc 2 295 9 view .LVU1453
	movl	$5, %edx	#,
	movl	$lea_p8.2, %esi	#,
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL283:
	.loc 2 296 9 view .LVU1454
	jmp	.L161	#
.LVL284:
	.p2align 4,,10
	.p2align 3
.L166:
	.loc 2 285 9 view .LVU1455
	movq	%rbx, %rcx	# iftmp.3_55,
	movl	$1, %edx	#,
	movl	$jmp.6, %esi	#,
	movq	%r13, %rdi	# g,
	call	x86_rel32	#
.LVL285:
	.loc 2 286 9 view .LVU1456
	jmp	.L161	#
	.p2align 4,,10
	.p2align 3
.L165:
	.loc 2 288 9 view .LVU1457
	movq	%rbx, %rcx	# iftmp.3_55,
	movl	$4, %edx	#,
	movl	$test_jnz.5, %esi	#,
	movq	%r13, %rdi	# g,
	call	x86_rel32	#
.LVL286:
	.loc 2 289 9 view .LVU1458
	jmp	.L161	#
.LVL287:
	.p2align 4,,10
	.p2align 3
.L148:
	.loc 2 289 9 is_stmt 0 view .LVU1459
.LBE572:
.LBE582:
	.loc 3 63 17 is_stmt 1 view .LVU1460
.LBB583:
.LBI550:
	.loc 2 222 17 view .LVU1461
.LBB558:
	.loc 2 224 5 view .LVU1462
# ./dispatch/subroutine/subroutine.h:224:     const uint8_t *ins = p->code + p->offset[i];
	.loc 2 224 45 is_stmt 0 view .LVU1463
	movq	32(%r12), %rax	# p_63(D)->offset, p_63(D)->offset
	movq	24(%rsp), %rdi	# %sfp, _5
	movl	(%rax,%rdi), %eax	# *_134, *_134
# ./dispatch/subroutine/subroutine.h:224:     const uint8_t *ins = p->code + p->offset[i];
	.loc 2 224 20 view .LVU1464
	addq	8(%r12), %rax	# p_63(D)->code, ins
.LVL288:
	.loc 2 225 5 is_stmt 1 view .LVU1465
# ./dispatch/subroutine/subroutine.h:225:     if (*ins == OP_PUSH)
	.loc 2 225 9 is_stmt 0 view .LVU1466
	movzbl	(%rax), %edx	# *ins_137,
# ./dispatch/subroutine/subroutine.h:225:     if (*ins == OP_PUSH)
	.loc 2 225 8 view .LVU1467
	cmpb	$1, %dl	#, _138
	je	.L186	#,
	.loc 2 227 5 is_stmt 1 view .LVU1468
# ./dispatch/subroutine/subroutine.h:227:     if (label_operand[*ins]) {
	.loc 2 227 8 is_stmt 0 view .LVU1469
	cmpb	$0, label_operand(%rdx)	#, label_operand[_140]
	je	.L153	#,
.LBB555:
	.loc 2 228 9 is_stmt 1 view .LVU1470
.LVL289:
.LBB553:
.LBI553:
	.file 4 "./isa/program.h"
	.loc 4 97 24 view .LVU1471
.LBB554:
	.loc 4 99 5 view .LVU1472
	.loc 4 100 5 view .LVU1473
	.loc 4 104 5 view .LVU1474
	.loc 4 104 5 is_stmt 0 view .LVU1475
.LBE554:
.LBE553:
	.loc 2 229 9 is_stmt 1 view .LVU1476
# ./dispatch/subroutine/subroutine.h:228:         uint32_t to = p->ord[read_label(ins + 1)];
	.loc 2 228 30 is_stmt 0 view .LVU1477
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})ins_137 + 1B], MEM <unsigned int> [(char * {ref-all})ins_137 + 1B]
# ./dispatch/subroutine/subroutine.h:228:         uint32_t to = p->ord[read_label(ins + 1)];
	.loc 2 228 18 view .LVU1478
	movq	24(%r12), %rax	# p_63(D)->ord, p_63(D)->ord
.LVL290:
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 64 view .LVU1479
	movl	%r15d, %r9d	# i, tmp221
	notl	%r9d	# tmp221
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 36 view .LVU1480
	addl	(%rax,%rdx,4), %r9d	# *_146, tmp224
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 16 view .LVU1481
	movl	%ebp, %eax	# _261, _261
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 69 view .LVU1482
	salq	$32, %r9	#, tmp225
# ./dispatch/subroutine/subroutine.h:229:         return (uint64_t)(i + 1) | (uint64_t)(uint32_t)(to - i - 1) << 32;
	.loc 2 229 34 view .LVU1483
	orq	%rax, %r9	# _261, _4
.LVL291:
.L153:
	.loc 2 229 34 view .LVU1484
.LBE555:
.LBE558:
.LBE583:
.LBB584:
.LBB585:
# ./dispatch/subroutine/subroutine.h:257:     if ((int64_t)a == (int32_t)a) {
	.loc 2 257 23 view .LVU1485
	movslq	%r9d, %rax	# _4, _127
	movq	%r9, 56(%rsp)	# _4, a
.LVL292:
	.loc 2 257 23 view .LVU1486
.LBE585:
.LBI584:
	.loc 2 255 13 is_stmt 1 view .LVU1487
.LBB588:
	.loc 2 257 5 view .LVU1488
	movq	%rcx, 8(%rsp)	# _263, %sfp
# ./dispatch/subroutine/subroutine.h:257:     if ((int64_t)a == (int32_t)a) {
	.loc 2 257 8 is_stmt 0 view .LVU1489
	cmpq	%r9, %rax	# _4, _127
	je	.L187	#,
.LBB586:
	.loc 2 263 9 is_stmt 1 view .LVU1490
	.loc 2 264 9 view .LVU1491
	movl	$2, %edx	#,
	movl	$movabs.7, %esi	#,
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL293:
	.loc 2 265 9 view .LVU1492
	movl	$8, %edx	#,
	leaq	56(%rsp), %rsi	#, tmp302
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL294:
	movq	8(%rsp), %rcx	# %sfp, _263
.L155:
	.loc 2 265 9 is_stmt 0 view .LVU1493
.LBE586:
.LBE588:
.LBE584:
# dispatch/subroutine/subroutine.c:64:             emit_call_handler(e, table[h]);
	.loc 3 64 39 view .LVU1494
	movl	40(%rsp), %eax	# %sfp, iftmp.2_54
.LBB590:
.LBB566:
# ./dispatch/subroutine/subroutine.h:271:     x86_call(e, (uintptr_t)h);
	.loc 2 271 5 view .LVU1495
	movq	%r13, %rdi	# g,
	movq	%rcx, 8(%rsp)	# _263, %sfp
.LVL295:
	.loc 2 271 5 view .LVU1496
.LBE566:
.LBE590:
	.loc 3 64 13 is_stmt 1 view .LVU1497
.LBB591:
	.loc 2 269 13 view .LVU1498
.LBB567:
	.loc 2 271 5 view .LVU1499
	movq	table(,%rax,8), %rsi	# table[iftmp.2_54], table[iftmp.2_54]
	call	x86_call	#
.LVL296:
	.loc 2 271 5 is_stmt 0 view .LVU1500
.LBE567:
.LBE591:
	.loc 3 65 13 is_stmt 1 view .LVU1501
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 25 is_stmt 0 view .LVU1502
	movq	%r13, %rdi	# g,
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 19 view .LVU1503
	addq	40(%r13), %rbx	# g_60(D)->ret, _26
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 25 view .LVU1504
	call	emit_here	#
.LVL297:
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 95 view .LVU1505
	movq	8(%rsp), %rcx	# %sfp, _263
# dispatch/subroutine/subroutine.c:65:             g->ret[k] = emit_here(e);
	.loc 3 65 23 view .LVU1506
	movq	%rax, (%rbx)	# tmp277, *_26
	.loc 3 66 13 is_stmt 1 view .LVU1507
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 95 is_stmt 0 view .LVU1508
	cmpb	$0, label_operand(%rcx)	#, label_operand[_263]
	je	.L171	#,
.LVL298:
.LBB592:
.LBI592:
	.loc 4 97 24 is_stmt 1 discriminator 1 view .LVU1509
.LBB593:
	.loc 4 99 5 discriminator 1 view .LVU1510
	.loc 4 100 5 discriminator 1 view .LVU1511
	.loc 4 104 5 discriminator 1 view .LVU1512
	.loc 4 104 5 is_stmt 0 discriminator 1 view .LVU1513
.LBE593:
.LBE592:
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 73 discriminator 1 view .LVU1514
	movq	32(%rsp), %rax	# %sfp, ins
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 53 discriminator 1 view .LVU1515
	movq	(%rsp), %rdi	# %sfp, ivtmp.566
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 73 discriminator 1 view .LVU1516
	movl	1(%rax), %edx	# MEM <unsigned int> [(char * {ref-all})ins_65 + 1B], MEM <unsigned int> [(char * {ref-all})ins_65 + 1B]
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 72 discriminator 1 view .LVU1517
	movq	24(%r12), %rax	# p_63(D)->ord, p_63(D)->ord
	movl	(%rax,%rdx,4), %eax	# *_36, *_36
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 56 discriminator 1 view .LVU1518
	movl	20(%r12), %edx	# p_63(D)->count, p_63(D)->count
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 53 discriminator 1 view .LVU1519
	imulq	%rdi, %rdx	# ivtmp.566, tmp240
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 39 discriminator 1 view .LVU1520
	addq	%rdx, %rax	# tmp240, tmp241
# dispatch/subroutine/subroutine.c:67:                              ? g->addr[(size_t)copy * p->count + p->ord[read_label(ins + 1)]] : 0;
	.loc 3 67 95 discriminator 1 view .LVU1521
	movq	32(%r13), %rdx	# g_60(D)->addr, g_60(D)->addr
	movq	(%rdx,%rax,8), %rbx	# *_41, iftmp.3_55
	jmp	.L157	#
.LVL299:
	.p2align 4,,10
	.p2align 3
.L182:
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 49 discriminator 1 view .LVU1522
	movq	64(%r12), %rax	# p_63(D)->proven, p_63(D)->proven
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 37 discriminator 1 view .LVU1523
	cmpb	$0, (%rax,%r9)	#, *_10
	je	.L146	#,
.LVL300:
	.loc 3 58 13 is_stmt 1 view .LVU1524
# dispatch/subroutine/subroutine.c:58:             unsigned h = proven ? OP_PROVEN + op : op;
	.loc 3 58 45 is_stmt 0 view .LVU1525
	leal	34(%rcx), %eax	#, iftmp.2_54
# dispatch/subroutine/subroutine.c:57:             bool proven = copy == 0 && p->proven[i];
	.loc 3 57 18 view .LVU1526
	movb	$1, 45(%rsp)	#, %sfp
# dispatch/subroutine/subroutine.c:58:             unsigned h = proven ? OP_PROVEN + op : op;
	.loc 3 58 45 view .LVU1527
	movl	%eax, 40(%rsp)	# iftmp.2_54, %sfp
.LBB594:
.LBB578:
# ./dispatch/subroutine/subroutine.h:214:         .ord = i, .copy = (uint8_t)copy, .kind = (uint8_t)kind, .handler = (uint8_t)h };
	.loc 2 214 76 view .LVU1528
	leal	34(%rcx), %eax	#, _247
	movb	%al, 46(%rsp)	# _247, %sfp
.LBE578:
.LBE594:
	jmp	.L147	#
.LVL301:
	.p2align 4,,10
	.p2align 3
.L185:
.LBB595:
.LBB573:
	.loc 2 292 13 is_stmt 1 view .LVU1529
	movl	$4, %edx	#,
	movl	$test_jnz.5, %esi	#,
	movq	%r13, %rdi	# g,
	call	x86_rel32	#
.LVL302:
	.loc 2 292 13 is_stmt 0 view .LVU1530
	jmp	.L160	#
.LVL303:
	.p2align 4,,10
	.p2align 3
.L184:
	.loc 2 292 13 view .LVU1531
	movq	(%rsp), %rdx	# %sfp, ivtmp.566
	movq	%r12, %r14	# p, p
.LVL304:
.L170:
	.loc 2 292 13 view .LVU1532
.LBE573:
.LBE595:
.LBE600:
.LBE541:
	.loc 3 53 43 is_stmt 1 view .LVU1533
	.loc 3 53 34 view .LVU1534
	testq	%rdx, %rdx	# ivtmp.566
	jne	.L144	#,
	movl	$1, %edx	#, ivtmp.566
.LVL305:
	.loc 3 53 34 is_stmt 0 view .LVU1535
	jmp	.L145	#
.LVL306:
	.p2align 4,,10
	.p2align 3
.L187:
.LBB602:
.LBB601:
.LBB596:
.LBB589:
.LBB587:
	.loc 2 258 9 is_stmt 1 view .LVU1536
	.loc 2 259 9 view .LVU1537
# ./dispatch/subroutine/subroutine.h:260:         emit_put(e, mov, 3);
	.loc 2 260 9 is_stmt 0 view .LVU1538
	movl	$3, %edx	#,
	movl	$mov.8, %esi	#,
	movq	%r13, %rdi	# g,
# ./dispatch/subroutine/subroutine.h:259:         int32_t v = (int32_t)a;
	.loc 2 259 17 view .LVU1539
	movl	%r9d, 52(%rsp)	# _4, v
	.loc 2 260 9 is_stmt 1 view .LVU1540
	call	emit_put	#
.LVL307:
	.loc 2 261 9 view .LVU1541
	movl	$4, %edx	#,
	leaq	52(%rsp), %rsi	#, tmp301
	movq	%r13, %rdi	# g,
	call	emit_put	#
.LVL308:
.LBE587:
	movq	8(%rsp), %rcx	# %sfp, _263
	jmp	.L155	#
.LVL309:
	.p2align 4,,10
	.p2align 3
.L186:
	.loc 2 261 9 is_stmt 0 view .LVU1542
.LBE589:
.LBE596:
.LBB597:
.LBB559:
	.loc 2 226 9 is_stmt 1 view .LVU1543
.LBB556:
.LBI556:
	.loc 4 88 20 view .LVU1544
.LBB557:
	.loc 4 90 5 view .LVU1545
	.loc 4 91 5 view .LVU1546
	movq	1(%rax), %r9	# MEM <unsigned long> [(char * {ref-all})ins_137 + 1B], _4
.LVL310:
	.loc 4 95 5 view .LVU1547
	.loc 4 95 5 is_stmt 0 view .LVU1548
.LBE557:
.LBE556:
# ./dispatch/subroutine/subroutine.h:226:         return (uint64_t)read_int(ins + 1);
	.loc 2 226 16 view .LVU1549
	jmp	.L153	#
.LVL311:
	.p2align 4,,10
	.p2align 3
.L144:
	.loc 2 226 16 view .LVU1550
.LBE559:
.LBE597:
.LBE601:
.LBE602:
.LBE604:
# dispatch/subroutine/subroutine.c:73: }
	.loc 3 73 1 view .LVU1551
	addq	$72, %rsp	#,
	.cfi_def_cfa_offset 56
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_def_cfa_offset 32
	popq	%r13	#
	.cfi_def_cfa_offset 24
.LVL312:
	.loc 3 73 1 view .LVU1552
	popq	%r14	#
	.cfi_def_cfa_offset 16
.LVL313:
	.loc 3 73 1 view .LVU1553
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
	.cfi_endproc
.LFE139:
	.size	emit_program, .-emit_program
	.p2align 4
	.type	release, @function
release:
.LVL314:
.LFB135:
	.loc 2 377 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 2 378 5 view .LVU1555
	.loc 2 379 5 view .LVU1556
# ./dispatch/subroutine/subroutine.h:379:     if (n) {
	.loc 2 379 8 is_stmt 0 view .LVU1557
	testq	%rdi, %rdi	# prepared
	je	.L188	#,
# ./dispatch/subroutine/subroutine.h:377: {
	.loc 2 377 1 view .LVU1558
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
	movq	%rdi, %rbx	# tmp91, prepared
.LVL315:
.LBB607:
.LBI607:
	.loc 2 376 13 is_stmt 1 view .LVU1559
.LBB608:
	.loc 2 380 9 view .LVU1560
	movq	8(%rdi), %rsi	# MEM[(struct native *)prepared_1(D)].mapped, MEM[(struct native *)prepared_1(D)].mapped
	movq	(%rdi), %rdi	# MEM[(struct native *)prepared_1(D)].code, MEM[(struct native *)prepared_1(D)].code
.LVL316:
	.loc 2 380 9 is_stmt 0 view .LVU1561
	call	codegen_unmap	#
.LVL317:
	.loc 2 381 9 is_stmt 1 view .LVU1562
	movq	16(%rbx), %rdi	# MEM[(struct native *)prepared_1(D)].ret, MEM[(struct native *)prepared_1(D)].ret
	call	free	#
.LVL318:
	.loc 2 382 9 view .LVU1563
	movq	40(%rbx), %rdi	# MEM[(struct native *)prepared_1(D)].piece, MEM[(struct native *)prepared_1(D)].piece
	call	free	#
.LVL319:
	.loc 2 383 9 view .LVU1564
	movq	%rbx, %rdi	# prepared,
.LBE608:
.LBE607:
# ./dispatch/subroutine/subroutine.h:385: }
	.loc 2 385 1 is_stmt 0 view .LVU1565
	popq	%rbx	#
	.cfi_restore 3
	.cfi_def_cfa_offset 8
.LVL320:
.LBB610:
.LBB609:
# ./dispatch/subroutine/subroutine.h:383:         free(n);
	.loc 2 383 9 view .LVU1566
	jmp	free	#
.LVL321:
	.p2align 4,,10
	.p2align 3
.L188:
	.loc 2 383 9 view .LVU1567
	ret	
.LBE609:
.LBE610:
	.cfi_endproc
.LFE135:
	.size	release, .-release
	.p2align 4
	.type	op_C_HALT, @function
op_C_HALT:
.LVL322:
.LFB126:
	.loc 1 146 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 146 1 view .LVU1569
.LDL69:
	.loc 1 146 1 view .LVU1570
	.loc 1 146 1 view .LVU1571
	.loc 1 146 1 view .LVU1572
	.loc 1 146 1 view .LVU1573
	.loc 1 146 1 view .LVU1574
	.loc 1 146 1 view .LVU1575
	.loc 1 146 1 view .LVU1576
	.loc 1 146 1 view .LVU1577
	.loc 1 146 1 view .LVU1578
	.loc 1 146 1 view .LVU1579
	.loc 1 146 1 view .LVU1580
	.loc 1 146 1 view .LVU1581
	.loc 1 146 1 view .LVU1582
	.loc 1 146 1 view .LVU1583
	.loc 1 146 1 view .LVU1584
	.loc 1 146 1 view .LVU1585
	.loc 1 146 1 view .LVU1586
.LBB615:
.LBI615:
	.loc 1 144 1 view .LVU1587
.LBB616:
	.loc 1 144 1 view .LVU1588
.LDL70:
	.loc 1 144 1 view .LVU1589
	.loc 1 144 1 view .LVU1590
	.loc 1 144 1 view .LVU1591
	.loc 1 145 5 view .LVU1592
	.loc 1 145 5 view .LVU1593
	.loc 1 145 5 view .LVU1594
.LBE616:
.LBE615:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 is_stmt 0 view .LVU1595
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB625:
.LBB623:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1596
	movq	24(%rdi), %rax	# m_14(D)->native, _6
.LBE623:
.LBE625:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 view .LVU1597
	movq	%rdi, %rbx	# tmp108, m
.LBB626:
.LBB624:
.LBB617:
.LBB618:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU1598
	xorl	%ecx, %ecx	# k
.LBE618:
.LBE617:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1599
	movq	16(%rdi), %r8	# m_14(D)->budget, _9
	movq	8(%rsp), %rdx	#, tmp101
.LVL323:
	.loc 1 145 5 view .LVU1600
	movl	24(%rax), %edi	# MEM[(unsigned int *)_6 + 24B], _16
.LVL324:
.LBB621:
.LBI617:
	.loc 2 84 17 is_stmt 1 view .LVU1601
.LBB619:
	.loc 2 87 33 view .LVU1602
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_6 + 16B], ivtmp.584
.LVL325:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU1603
	leal	-1(%rdi,%rdi), %esi	#, _28
.LVL326:
	.loc 2 87 29 view .LVU1604
	jmp	.L194	#
.LVL327:
	.p2align 4,,10
	.p2align 3
.L196:
	.loc 2 88 9 is_stmt 1 view .LVU1605
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1606
	addl	$1, %ecx	#, k
.LVL328:
	.loc 2 87 33 is_stmt 1 view .LVU1607
	addq	$8, %rax	#, ivtmp.584
	cmpl	%esi, %ecx	# _28, k
	je	.L195	#,
.LVL329:
.L194:
	.loc 2 87 33 is_stmt 0 view .LVU1608
	cmpq	%rdx, (%rax)	# tmp101, MEM[(uintptr_t *)_19]
	jne	.L196	#,
.L195:
	.loc 2 89 5 is_stmt 1 view .LVU1609
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1610
	movl	%ecx, %eax	# k, tmp106
	subl	%edi, %eax	# _16, tmp106
	cmpl	%edi, %ecx	# _16, k
.LBE619:
.LBE621:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1611
	movq	(%rbx), %rdi	# m_14(D)->vm, m_14(D)->vm
.LBB622:
.LBB620:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU1612
	cmovnb	%eax, %ecx	# tmp106,, k
.LVL330:
	.loc 2 89 29 view .LVU1613
.LBE620:
.LBE622:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1614
	xorl	%esi, %esi	#
	xorl	%edx, %edx	#
	call	vm_stop	#
.LVL331:
	.loc 1 145 5 is_stmt 1 view .LVU1615
	movq	(%rbx), %rdi	# m_14(D)->vm, m_14(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp104
	call	longjmp	#
.LVL332:
.LBE624:
.LBE626:
	.cfi_endproc
.LFE126:
	.size	op_C_HALT, .-op_C_HALT
	.p2align 4
	.type	op_HALT, @function
op_HALT:
.LVL333:
.LFB125:
	.loc 1 146 1 view -0
	.cfi_startproc
	.loc 1 146 1 view .LVU1617
.LDL71:
	.loc 1 146 1 view .LVU1618
	.loc 1 146 1 view .LVU1619
	.loc 1 146 1 view .LVU1620
	.loc 1 146 1 view .LVU1621
	.loc 1 146 1 view .LVU1622
	.loc 1 146 1 view .LVU1623
	.loc 1 146 1 view .LVU1624
	.loc 1 146 1 view .LVU1625
.LBB631:
.LBI631:
	.loc 1 144 1 view .LVU1626
.LBB632:
	.loc 1 144 1 view .LVU1627
.LDL72:
	.loc 1 144 1 view .LVU1628
	.loc 1 144 1 view .LVU1629
	.loc 1 144 1 view .LVU1630
	.loc 1 145 5 view .LVU1631
	.loc 1 145 5 view .LVU1632
	.loc 1 145 5 view .LVU1633
.LBE632:
.LBE631:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 is_stmt 0 view .LVU1634
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB641:
.LBB639:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1635
	movq	24(%rdi), %rax	# m_2(D)->native, _7
.LBE639:
.LBE641:
# ./isa/ops.inc:146: OP_END(HALT)
	.loc 1 146 1 view .LVU1636
	movq	%rdi, %rbx	# tmp108, m
.LBB642:
.LBB640:
.LBB633:
.LBB634:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU1637
	xorl	%ecx, %ecx	# k
.LBE634:
.LBE633:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1638
	movq	16(%rdi), %r8	# m_2(D)->budget, _5
	movq	8(%rsp), %rdx	#, tmp101
.LVL334:
	.loc 1 145 5 view .LVU1639
	movl	24(%rax), %edi	# MEM[(unsigned int *)_7 + 24B], _16
.LVL335:
.LBB637:
.LBI633:
	.loc 2 84 17 is_stmt 1 view .LVU1640
.LBB635:
	.loc 2 87 33 view .LVU1641
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_7 + 16B], ivtmp.592
.LVL336:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU1642
	leal	-1(%rdi,%rdi), %esi	#, _28
.LVL337:
	.loc 2 87 29 view .LVU1643
	jmp	.L201	#
.LVL338:
	.p2align 4,,10
	.p2align 3
.L203:
	.loc 2 88 9 is_stmt 1 view .LVU1644
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1645
	addl	$1, %ecx	#, k
.LVL339:
	.loc 2 87 33 is_stmt 1 view .LVU1646
	addq	$8, %rax	#, ivtmp.592
	cmpl	%esi, %ecx	# _28, k
	je	.L202	#,
.LVL340:
.L201:
	.loc 2 87 33 is_stmt 0 view .LVU1647
	cmpq	%rdx, (%rax)	# tmp101, MEM[(uintptr_t *)_22]
	jne	.L203	#,
.L202:
	.loc 2 89 5 is_stmt 1 view .LVU1648
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1649
	movl	%ecx, %eax	# k, tmp106
	subl	%edi, %eax	# _16, tmp106
	cmpl	%edi, %ecx	# _16, k
.LBE635:
.LBE637:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1650
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
.LBB638:
.LBB636:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU1651
	cmovnb	%eax, %ecx	# tmp106,, k
.LVL341:
	.loc 2 89 29 view .LVU1652
.LBE636:
.LBE638:
# ./isa/ops.inc:145:     HALT();
	.loc 1 145 5 view .LVU1653
	xorl	%esi, %esi	#
	xorl	%edx, %edx	#
	call	vm_stop	#
.LVL342:
	.loc 1 145 5 is_stmt 1 view .LVU1654
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp104
	call	longjmp	#
.LVL343:
.LBE640:
.LBE642:
	.cfi_endproc
.LFE125:
	.size	op_HALT, .-op_HALT
	.p2align 4
	.type	prepare, @function
prepare:
.LVL344:
.LFB140:
	.loc 3 79 1 view -0
	.cfi_startproc
	.loc 3 83 5 view .LVU1656
# dispatch/subroutine/subroutine.c:79: {
	.loc 3 79 1 is_stmt 0 view .LVU1657
	pushq	%r15	#
	.cfi_def_cfa_offset 16
	.cfi_offset 15, -16
.LBB673:
.LBB674:
# ./dispatch/subroutine/subroutine.h:401:     struct native *n = calloc(1, sizeof *n);
	.loc 2 401 24 view .LVU1658
	movl	$56, %esi	#,
.LBE674:
.LBE673:
# dispatch/subroutine/subroutine.c:79: {
	.loc 3 79 1 view .LVU1659
	pushq	%r14	#
	.cfi_def_cfa_offset 24
	.cfi_offset 14, -24
	pushq	%r13	#
	.cfi_def_cfa_offset 32
	.cfi_offset 13, -32
	pushq	%r12	#
	.cfi_def_cfa_offset 40
	.cfi_offset 12, -40
	movq	%rdi, %r12	# tmp153, p
.LVL345:
.LBB691:
.LBI673:
	.loc 2 398 14 is_stmt 1 view .LVU1660
.LBB688:
	.loc 2 401 5 view .LVU1661
# ./dispatch/subroutine/subroutine.h:401:     struct native *n = calloc(1, sizeof *n);
	.loc 2 401 24 is_stmt 0 view .LVU1662
	movl	$1, %edi	#,
.LVL346:
	.loc 2 401 24 view .LVU1663
.LBE688:
.LBE691:
# dispatch/subroutine/subroutine.c:79: {
	.loc 3 79 1 view .LVU1664
	pushq	%rbp	#
	.cfi_def_cfa_offset 48
	.cfi_offset 6, -48
	pushq	%rbx	#
	.cfi_def_cfa_offset 56
	.cfi_offset 3, -56
	subq	$88, %rsp	#,
	.cfi_def_cfa_offset 144
.LBB692:
.LBB689:
# ./dispatch/subroutine/subroutine.h:401:     struct native *n = calloc(1, sizeof *n);
	.loc 2 401 24 view .LVU1665
	call	calloc	#
.LVL347:
# ./dispatch/subroutine/subroutine.h:402:     uintptr_t *addr = calloc(2 * (size_t)p->count, sizeof *addr);
	.loc 2 402 43 view .LVU1666
	movl	20(%r12), %ebp	# p_2(D)->count,
# ./dispatch/subroutine/subroutine.h:402:     uintptr_t *addr = calloc(2 * (size_t)p->count, sizeof *addr);
	.loc 2 402 23 view .LVU1667
	movl	$8, %esi	#,
# ./dispatch/subroutine/subroutine.h:401:     struct native *n = calloc(1, sizeof *n);
	.loc 2 401 24 view .LVU1668
	movq	%rax, %rbx	# tmp154, <retval>
.LVL348:
	.loc 2 402 5 is_stmt 1 view .LVU1669
# ./dispatch/subroutine/subroutine.h:402:     uintptr_t *addr = calloc(2 * (size_t)p->count, sizeof *addr);
	.loc 2 402 23 is_stmt 0 view .LVU1670
	leaq	(%rbp,%rbp), %rdi	#, tmp119
	call	calloc	#
.LVL349:
	.loc 2 402 23 view .LVU1671
	movq	%rax, %r13	# tmp155, tmp120
.LVL350:
	.loc 2 403 5 is_stmt 1 view .LVU1672
# ./dispatch/subroutine/subroutine.h:403:     if (n) {
	.loc 2 403 8 is_stmt 0 view .LVU1673
	testq	%rbx, %rbx	# <retval>
	je	.L226	#,
# ./dispatch/subroutine/subroutine.h:404:         n->ret = malloc(2 * (size_t)p->count * sizeof *n->ret);
	.loc 2 404 18 view .LVU1674
	movq	%rbp, %rdi	# _7, tmp121
	movq	%rbp, %r14	#,
	.loc 2 404 9 is_stmt 1 view .LVU1675
# ./dispatch/subroutine/subroutine.h:405:         n->piece = malloc((1 + 4 * (size_t)p->count) * sizeof *n->piece);   /* entry; two per instruction and copy */
	.loc 2 405 20 is_stmt 0 view .LVU1676
	salq	$6, %rbp	#, tmp123
# ./dispatch/subroutine/subroutine.h:404:         n->ret = malloc(2 * (size_t)p->count * sizeof *n->ret);
	.loc 2 404 18 view .LVU1677
	salq	$4, %rdi	#, tmp121
	call	malloc	#
.LVL351:
# ./dispatch/subroutine/subroutine.h:405:         n->piece = malloc((1 + 4 * (size_t)p->count) * sizeof *n->piece);   /* entry; two per instruction and copy */
	.loc 2 405 20 view .LVU1678
	leaq	16(%rbp), %rdi	#, tmp124
# ./dispatch/subroutine/subroutine.h:404:         n->ret = malloc(2 * (size_t)p->count * sizeof *n->ret);
	.loc 2 404 16 view .LVU1679
	movq	%rax, 16(%rbx)	# tmp122, n_5->ret
	.loc 2 405 9 is_stmt 1 view .LVU1680
# ./dispatch/subroutine/subroutine.h:404:         n->ret = malloc(2 * (size_t)p->count * sizeof *n->ret);
	.loc 2 404 18 is_stmt 0 view .LVU1681
	movq	%rax, %r15	# tmp156, tmp122
# ./dispatch/subroutine/subroutine.h:405:         n->piece = malloc((1 + 4 * (size_t)p->count) * sizeof *n->piece);   /* entry; two per instruction and copy */
	.loc 2 405 20 view .LVU1682
	call	malloc	#
.LVL352:
# ./dispatch/subroutine/subroutine.h:405:         n->piece = malloc((1 + 4 * (size_t)p->count) * sizeof *n->piece);   /* entry; two per instruction and copy */
	.loc 2 405 18 view .LVU1683
	movq	%rax, 40(%rbx)	# tmp125, n_5->piece
	.loc 2 407 5 is_stmt 1 view .LVU1684
# ./dispatch/subroutine/subroutine.h:407:     if (!n || !addr || !n->ret || !n->piece) {
	.loc 2 407 8 is_stmt 0 view .LVU1685
	testq	%r13, %r13	# tmp120
	je	.L225	#,
# ./dispatch/subroutine/subroutine.h:407:     if (!n || !addr || !n->ret || !n->piece) {
	.loc 2 407 21 view .LVU1686
	testq	%r15, %r15	# tmp122
	je	.L224	#,
# ./dispatch/subroutine/subroutine.h:407:     if (!n || !addr || !n->ret || !n->piece) {
	.loc 2 407 32 view .LVU1687
	testq	%rax, %rax	# tmp125
	je	.L224	#,
	.loc 2 412 5 is_stmt 1 view .LVU1688
# ./dispatch/subroutine/subroutine.h:412:     n->count = p->count;
	.loc 2 412 14 is_stmt 0 view .LVU1689
	movl	%r14d, 24(%rbx)	# _6, n_5->count
	.loc 2 416 5 is_stmt 1 view .LVU1690
# ./dispatch/subroutine/subroutine.h:416:     struct gen g = { .e = { .out = NULL, .origin = 0, .far = true }, .addr = addr, .ret = n->ret, .own = own,
	.loc 2 416 16 is_stmt 0 view .LVU1691
	pxor	%xmm0, %xmm0	# tmp130
# ./dispatch/subroutine/subroutine.h:418:     emit_program(&g, p);
	.loc 2 418 5 view .LVU1692
	movq	%rsp, %rdi	#,
	movq	%r12, %rsi	# p,
# ./dispatch/subroutine/subroutine.h:416:     struct gen g = { .e = { .out = NULL, .origin = 0, .far = true }, .addr = addr, .ret = n->ret, .own = own,
	.loc 2 416 16 view .LVU1693
	movaps	%xmm0, 16(%rsp)	# tmp130, g
	movaps	%xmm0, 48(%rsp)	# tmp130, g
	movq	$0, 64(%rsp)	#, g
	movb	$1, 24(%rsp)	#, g.e.far
	movq	%r13, 32(%rsp)	# tmp120, g.addr
	movq	%r15, 40(%rsp)	# tmp122, g.ret
	movq	%rax, 56(%rsp)	# tmp125, g.piece
	.loc 2 418 5 is_stmt 1 view .LVU1694
# ./dispatch/subroutine/subroutine.h:416:     struct gen g = { .e = { .out = NULL, .origin = 0, .far = true }, .addr = addr, .ret = n->ret, .own = own,
	.loc 2 416 16 is_stmt 0 view .LVU1695
	movaps	%xmm0, (%rsp)	# tmp130, g
# ./dispatch/subroutine/subroutine.h:418:     emit_program(&g, p);
	.loc 2 418 5 view .LVU1696
	call	emit_program	#
.LVL353:
	.loc 2 419 5 is_stmt 1 view .LVU1697
# ./dispatch/subroutine/subroutine.h:419:     if (g.e.at > CODE_MAX) {        /* its branches would not reach */
	.loc 2 419 12 is_stmt 0 view .LVU1698
	movq	16(%rsp), %rdi	# g.e.at, _20
# ./dispatch/subroutine/subroutine.h:419:     if (g.e.at > CODE_MAX) {        /* its branches would not reach */
	.loc 2 419 8 view .LVU1699
	cmpq	$1073741824, %rdi	#, _20
	ja	.L224	#,
	.loc 2 424 5 is_stmt 1 view .LVU1700
# ./dispatch/subroutine/subroutine.h:424:     uint8_t *m = codegen_map(g.e.at + CODE_ALIGN, (const void *)&op_NOP, &n->mapped);
	.loc 2 424 18 is_stmt 0 view .LVU1701
	leaq	8(%rbx), %rdx	#, tmp136
	addq	$16, %rdi	#, tmp137
	movl	$op_NOP, %esi	#,
	call	codegen_map	#
.LVL354:
	movq	%rax, %rbp	# tmp158, m
.LVL355:
	.loc 2 425 5 is_stmt 1 view .LVU1702
# ./dispatch/subroutine/subroutine.h:425:     if (!m) {
	.loc 2 425 8 is_stmt 0 view .LVU1703
	testq	%rax, %rax	# m
	je	.L224	#,
	.loc 2 430 5 is_stmt 1 view .LVU1704
# ./dispatch/subroutine/subroutine.h:430:     n->code = m;
	.loc 2 430 13 is_stmt 0 view .LVU1705
	movq	%rax, (%rbx)	# m, n_5->code
	.loc 2 431 5 is_stmt 1 view .LVU1706
.LBB675:
	.loc 2 431 10 view .LVU1707
.LVL356:
	.loc 2 431 29 view .LVU1708
.LBB676:
	.loc 2 432 9 view .LVU1709
	.loc 2 433 9 view .LVU1710
# ./dispatch/subroutine/subroutine.h:432:         g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
	.loc 2 432 13 is_stmt 0 view .LVU1711
	pxor	%xmm0, %xmm0	# tmp151
# ./dispatch/subroutine/subroutine.h:434:         emit_program(&g, p);
	.loc 2 434 9 view .LVU1712
	movq	%r12, %rsi	# p,
	movq	%rsp, %rdi	#,
# ./dispatch/subroutine/subroutine.h:432:         g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
	.loc 2 432 13 view .LVU1713
	movq	%rax, (%rsp)	# m, g.e.out
	movq	%rax, 8(%rsp)	# m, g.e.origin
	movaps	%xmm0, 16(%rsp)	# tmp151, MEM <char[16]> [(struct emit *)&g + 16B]
# ./dispatch/subroutine/subroutine.h:433:         g.npieces = 0;
	.loc 2 433 19 view .LVU1714
	movl	$0, 64(%rsp)	#, g.npieces
	.loc 2 434 9 is_stmt 1 view .LVU1715
	call	emit_program	#
.LVL357:
	.loc 2 434 9 is_stmt 0 view .LVU1716
.LBE676:
	.loc 2 431 38 is_stmt 1 view .LVU1717
	.loc 2 431 29 view .LVU1718
.LBB677:
	.loc 2 432 9 view .LVU1719
# ./dispatch/subroutine/subroutine.h:432:         g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
	.loc 2 432 13 is_stmt 0 view .LVU1720
	pxor	%xmm0, %xmm0	# tmp151
# ./dispatch/subroutine/subroutine.h:434:         emit_program(&g, p);
	.loc 2 434 9 view .LVU1721
	movq	%r12, %rsi	# p,
	movq	%rsp, %rdi	#,
# ./dispatch/subroutine/subroutine.h:432:         g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
	.loc 2 432 13 view .LVU1722
	movaps	%xmm0, 16(%rsp)	# tmp151, MEM <char[16]> [(struct emit *)&g + 16B]
	.loc 2 433 9 is_stmt 1 view .LVU1723
# ./dispatch/subroutine/subroutine.h:432:         g.e = (struct emit){ .out = m, .origin = (uintptr_t)m, .far = far };
	.loc 2 432 13 is_stmt 0 view .LVU1724
	movq	%rbp, (%rsp)	# m, g.e.out
	movq	%rbp, 8(%rsp)	# m, g.e.origin
# ./dispatch/subroutine/subroutine.h:433:         g.npieces = 0;
	.loc 2 433 19 view .LVU1725
	movl	$0, 64(%rsp)	#, g.npieces
	.loc 2 434 9 is_stmt 1 view .LVU1726
	call	emit_program	#
.LVL358:
.LBE677:
	.loc 2 431 38 view .LVU1727
	.loc 2 431 29 view .LVU1728
.LBE675:
	.loc 2 436 5 view .LVU1729
	movq	%r13, %rdi	# tmp120,
	call	free	#
.LVL359:
	.loc 2 437 5 view .LVU1730
# ./dispatch/subroutine/subroutine.h:438:     n->npieces = g.npieces;
	.loc 2 438 16 is_stmt 0 view .LVU1731
	movl	64(%rsp), %eax	# g.npieces, g.npieces
# ./dispatch/subroutine/subroutine.h:439:     if (codegen_seal(m, n->mapped, g.e.at) != 0) {
	.loc 2 439 9 view .LVU1732
	movq	8(%rbx), %rsi	# n_5->mapped, n_5->mapped
	movq	%rbp, %rdi	# m,
# ./dispatch/subroutine/subroutine.h:437:     n->size = g.e.at;
	.loc 2 437 18 view .LVU1733
	movq	16(%rsp), %rdx	# g.e.at, _27
# ./dispatch/subroutine/subroutine.h:438:     n->npieces = g.npieces;
	.loc 2 438 16 view .LVU1734
	movl	%eax, 48(%rbx)	# g.npieces, n_5->npieces
# ./dispatch/subroutine/subroutine.h:437:     n->size = g.e.at;
	.loc 2 437 13 view .LVU1735
	movq	%rdx, 32(%rbx)	# _27, n_5->size
	.loc 2 438 5 is_stmt 1 view .LVU1736
	.loc 2 439 5 view .LVU1737
# ./dispatch/subroutine/subroutine.h:439:     if (codegen_seal(m, n->mapped, g.e.at) != 0) {
	.loc 2 439 9 is_stmt 0 view .LVU1738
	call	codegen_seal	#
.LVL360:
# ./dispatch/subroutine/subroutine.h:439:     if (codegen_seal(m, n->mapped, g.e.at) != 0) {
	.loc 2 439 8 view .LVU1739
	testl	%eax, %eax	# tmp159
	jne	.L225	#,
.LVL361:
.L207:
	.loc 2 439 8 view .LVU1740
.LBE689:
.LBE692:
# dispatch/subroutine/subroutine.c:85: }
	.loc 3 85 1 view .LVU1741
	addq	$88, %rsp	#,
	.cfi_remember_state
	.cfi_def_cfa_offset 56
	movq	%rbx, %rax	# <retval>,
	popq	%rbx	#
	.cfi_def_cfa_offset 48
	popq	%rbp	#
	.cfi_def_cfa_offset 40
	popq	%r12	#
	.cfi_def_cfa_offset 32
.LVL362:
	.loc 3 85 1 view .LVU1742
	popq	%r13	#
	.cfi_def_cfa_offset 24
.LVL363:
	.loc 3 85 1 view .LVU1743
	popq	%r14	#
	.cfi_def_cfa_offset 16
	popq	%r15	#
	.cfi_def_cfa_offset 8
	ret	
.LVL364:
	.p2align 4,,10
	.p2align 3
.L224:
	.cfi_restore_state
.LBB693:
.LBB690:
	.loc 2 420 9 is_stmt 1 view .LVU1744
	movq	%r13, %rdi	# tmp120,
	call	free	#
.LVL365:
.L225:
	.loc 2 421 9 view .LVU1745
.LBB678:
.LBI678:
	.loc 2 376 13 view .LVU1746
.LBB679:
	.loc 2 378 5 view .LVU1747
	.loc 2 379 5 view .LVU1748
.LBB680:
.LBI680:
	.loc 2 376 13 view .LVU1749
.LBB681:
	.loc 2 380 9 view .LVU1750
	movq	8(%rbx), %rsi	# n_5->mapped, n_5->mapped
	movq	(%rbx), %rdi	# n_5->code, n_5->code
	call	codegen_unmap	#
.LVL366:
	.loc 2 381 9 view .LVU1751
	movq	16(%rbx), %rdi	# n_5->ret, n_5->ret
	call	free	#
.LVL367:
	.loc 2 382 9 view .LVU1752
	movq	40(%rbx), %rdi	# n_5->piece, n_5->piece
	call	free	#
.LVL368:
	.loc 2 383 9 view .LVU1753
	movq	%rbx, %rdi	# <retval>,
.LBE681:
.LBE680:
.LBE679:
.LBE678:
# ./dispatch/subroutine/subroutine.h:410:         return NULL;
	.loc 2 410 16 is_stmt 0 view .LVU1754
	xorl	%ebx, %ebx	# <retval>
.LVL369:
.LBB685:
.LBB684:
.LBB683:
.LBB682:
# ./dispatch/subroutine/subroutine.h:383:         free(n);
	.loc 2 383 9 view .LVU1755
	call	free	#
.LVL370:
	.loc 2 383 9 view .LVU1756
	jmp	.L207	#
.LVL371:
.L226:
	.loc 2 383 9 view .LVU1757
.LBE682:
.LBE683:
.LBE684:
.LBE685:
	.loc 2 407 5 is_stmt 1 view .LVU1758
	.loc 2 408 9 view .LVU1759
	movq	%rax, %rdi	# tmp120,
# ./dispatch/subroutine/subroutine.h:410:         return NULL;
	.loc 2 410 16 is_stmt 0 view .LVU1760
	xorl	%ebx, %ebx	# <retval>
.LVL372:
# ./dispatch/subroutine/subroutine.h:408:         free(addr);
	.loc 2 408 9 view .LVU1761
	call	free	#
.LVL373:
	.loc 2 409 9 is_stmt 1 view .LVU1762
.LBB686:
.LBI686:
	.loc 2 376 13 view .LVU1763
.LBB687:
	.loc 2 378 5 view .LVU1764
	.loc 2 379 5 view .LVU1765
	jmp	.L207	#
.LBE687:
.LBE686:
.LBE690:
.LBE693:
	.cfi_endproc
.LFE140:
	.size	prepare, .-prepare
	.p2align 4
	.type	op_C_DROP, @function
op_C_DROP:
.LVL374:
.LFB33:
	.loc 1 41 1 view -0
	.cfi_startproc
	.loc 1 41 1 view .LVU1767
.LDL73:
	.loc 1 41 1 view .LVU1768
	.loc 1 41 1 view .LVU1769
	.loc 1 41 1 view .LVU1770
	.loc 1 41 1 view .LVU1771
	.loc 1 41 1 view .LVU1772
	.loc 1 41 1 view .LVU1773
	.loc 1 41 1 view .LVU1774
	.loc 1 41 1 view .LVU1775
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 is_stmt 0 view .LVU1776
	movq	%rdi, %rbx	# tmp125, m
	movq	(%rdi), %rdi	# m_24(D)->vm, _1
.LVL375:
	.loc 1 41 1 view .LVU1777
	leaq	8(%rdi), %rax	#, tmp108
	cmpq	%rax, %rdx	# tmp108, sp
	jb	.L235	#,
	.loc 1 41 1 is_stmt 1 view .LVU1778
	.loc 1 41 1 view .LVU1779
	.loc 1 41 1 view .LVU1780
	.loc 1 41 1 view .LVU1781
	.loc 1 41 1 view .LVU1782
	.loc 1 41 1 view .LVU1783
	.loc 1 41 1 view .LVU1784
	.loc 1 41 1 view .LVU1785
	.loc 1 41 1 view .LVU1786
	.loc 1 41 1 view .LVU1787
	.loc 1 41 1 view .LVU1788
.LVL376:
.LBB699:
.LBI699:
	.loc 1 39 1 view .LVU1789
.LBB700:
	.loc 1 39 1 view .LVU1790
	.loc 1 39 1 view .LVU1791
	.loc 1 39 1 view .LVU1792
	.loc 1 39 1 view .LVU1793
	.loc 1 40 5 view .LVU1794
.LDL74:
	.loc 1 41 1 view .LVU1795
	.loc 1 41 1 view .LVU1796
.LBB701:
	.loc 1 41 1 view .LVU1797
	.loc 1 41 1 view .LVU1798
.LBE701:
# ./isa/ops.inc:40:     DROP(1);
	.loc 1 40 5 is_stmt 0 view .LVU1799
	subq	$8, %rdx	#, sp
.LVL377:
	.loc 1 40 5 view .LVU1800
.LBE700:
.LBE699:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU1801
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL378:
.LBB704:
.LBB703:
.LBB702:
	.loc 1 41 1 view .LVU1802
.LVL379:
	.loc 1 41 1 is_stmt 1 view .LVU1803
	.loc 1 41 1 is_stmt 0 view .LVU1804
.LBE702:
.LBE703:
.LBE704:
	ret	
.LVL380:
	.p2align 4,,10
	.p2align 3
.L235:
	.cfi_restore_state
.L229:
	.loc 1 41 1 is_stmt 1 discriminator 4 view .LVU1805
	.loc 1 41 1 discriminator 4 view .LVU1806
	.loc 1 41 1 discriminator 4 view .LVU1807
	movq	24(%rbx), %rax	# m_24(D)->native, _9
	movq	16(%rbx), %r8	# m_24(D)->budget, _6
.LBB705:
.LBB706:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU1808
	xorl	%ecx, %ecx	# k
.LBE706:
.LBE705:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 discriminator 4 view .LVU1809
	movq	8(%rsp), %rsi	#, tmp109
.LVL381:
	.loc 1 41 1 discriminator 4 view .LVU1810
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _27
.LVL382:
.LBB709:
.LBI705:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU1811
.LBB707:
	.loc 2 87 33 discriminator 4 view .LVU1812
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.603
.LVL383:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU1813
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L230	#
.LVL384:
	.p2align 4,,10
	.p2align 3
.L232:
	.loc 2 88 9 is_stmt 1 view .LVU1814
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1815
	addl	$1, %ecx	#, k
.LVL385:
	.loc 2 87 33 is_stmt 1 view .LVU1816
	addq	$8, %rax	#, ivtmp.603
	cmpl	%ecx, %r9d	# k, _4
	je	.L231	#,
.LVL386:
.L230:
	.loc 2 87 33 is_stmt 0 view .LVU1817
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_30], tmp109
	jne	.L232	#,
.L231:
	.loc 2 89 5 is_stmt 1 view .LVU1818
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1819
	movl	%ecx, %eax	# k, tmp123
.LBE707:
.LBE709:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU1820
	movl	$2, %esi	#,
.LVL387:
.LBB710:
.LBB708:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU1821
	subl	%r10d, %eax	# _27, tmp123
	cmpl	%r10d, %ecx	# _27, k
	cmovnb	%eax, %ecx	# tmp123,, k
.LVL388:
	.loc 2 89 29 view .LVU1822
.LBE708:
.LBE710:
# ./isa/ops.inc:41: OP_END(DROP)
	.loc 1 41 1 view .LVU1823
	subq	%rdi, %rdx	# _1, tmp111
.LVL389:
	.loc 1 41 1 view .LVU1824
	sarq	$3, %rdx	#, tmp113
	call	vm_stop	#
.LVL390:
	.loc 1 41 1 is_stmt 1 view .LVU1825
	movq	(%rbx), %rdi	# m_24(D)->vm, m_24(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp114
	call	longjmp	#
.LVL391:
	.cfi_endproc
.LFE33:
	.size	op_C_DROP, .-op_C_DROP
	.p2align 4
	.type	op_C_PUSH, @function
op_C_PUSH:
.LVL392:
.LFB30:
	.loc 1 37 1 view -0
	.cfi_startproc
	.loc 1 37 1 view .LVU1827
.LDL75:
	.loc 1 37 1 view .LVU1828
	.loc 1 37 1 view .LVU1829
	.loc 1 37 1 view .LVU1830
	.loc 1 37 1 view .LVU1831
	.loc 1 37 1 view .LVU1832
	.loc 1 37 1 view .LVU1833
	.loc 1 37 1 view .LVU1834
	.loc 1 37 1 view .LVU1835
	.loc 1 37 1 view .LVU1836
	.loc 1 37 1 view .LVU1837
	.loc 1 37 1 view .LVU1838
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 is_stmt 0 view .LVU1839
	movq	%rdi, %rbx	# tmp126, m
	movq	(%rdi), %rdi	# m_26(D)->vm, _2
.LVL393:
	.loc 1 37 1 view .LVU1840
	leaq	32760(%rdi), %rax	#, tmp109
	cmpq	%rdx, %rax	# sp, tmp109
	jb	.L244	#,
	.loc 1 37 1 is_stmt 1 view .LVU1841
	.loc 1 37 1 view .LVU1842
	.loc 1 37 1 view .LVU1843
	.loc 1 37 1 view .LVU1844
	.loc 1 37 1 view .LVU1845
	.loc 1 37 1 view .LVU1846
	.loc 1 37 1 view .LVU1847
	.loc 1 37 1 view .LVU1848
.LVL394:
.LBB717:
.LBI717:
	.loc 1 35 1 view .LVU1849
.LBB718:
	.loc 1 35 1 view .LVU1850
	.loc 1 35 1 view .LVU1851
	.loc 1 35 1 view .LVU1852
	.loc 1 35 1 view .LVU1853
	.loc 1 36 5 view .LVU1854
.LBB719:
	.loc 1 36 5 view .LVU1855
	.loc 1 36 5 view .LVU1856
	.loc 1 36 5 is_stmt 0 view .LVU1857
	movq	%rsi, (%rdx)	# arg, *sp_24(D)
.LDL76:
.LBE719:
	.loc 1 36 5 is_stmt 1 view .LVU1858
	.loc 1 37 1 view .LVU1859
	.loc 1 37 1 view .LVU1860
.LBB720:
	.loc 1 37 1 view .LVU1861
	.loc 1 37 1 view .LVU1862
.LBE720:
.LBB721:
# ./isa/ops.inc:36:     PUSH(IMM());
	.loc 1 36 5 is_stmt 0 view .LVU1863
	addq	$8, %rdx	#, sp
.LVL395:
	.loc 1 36 5 view .LVU1864
.LBE721:
.LBE718:
.LBE717:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 view .LVU1865
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL396:
.LBB724:
.LBB723:
.LBB722:
	.loc 1 37 1 view .LVU1866
.LVL397:
	.loc 1 37 1 is_stmt 1 view .LVU1867
	.loc 1 37 1 is_stmt 0 view .LVU1868
.LBE722:
.LBE723:
.LBE724:
	ret	
.LVL398:
	.p2align 4,,10
	.p2align 3
.L244:
	.cfi_restore_state
.L238:
	.loc 1 37 1 is_stmt 1 discriminator 12 view .LVU1869
	.loc 1 37 1 discriminator 12 view .LVU1870
	.loc 1 37 1 discriminator 12 view .LVU1871
	movq	24(%rbx), %rax	# m_26(D)->native, _10
	movq	16(%rbx), %r8	# m_26(D)->budget, _7
.LBB725:
.LBB726:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 12 view .LVU1872
	xorl	%ecx, %ecx	# k
.LBE726:
.LBE725:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 discriminator 12 view .LVU1873
	movq	8(%rsp), %rsi	#, tmp110
.LVL399:
	.loc 1 37 1 discriminator 12 view .LVU1874
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_10 + 24B], _29
.LVL400:
.LBB729:
.LBI725:
	.loc 2 84 17 is_stmt 1 discriminator 12 view .LVU1875
.LBB727:
	.loc 2 87 33 discriminator 12 view .LVU1876
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_10 + 16B], ivtmp.611
.LVL401:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 12 view .LVU1877
	leal	-1(%r10,%r10), %r9d	#, _5
	jmp	.L239	#
.LVL402:
	.p2align 4,,10
	.p2align 3
.L241:
	.loc 2 88 9 is_stmt 1 view .LVU1878
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1879
	addl	$1, %ecx	#, k
.LVL403:
	.loc 2 87 33 is_stmt 1 view .LVU1880
	addq	$8, %rax	#, ivtmp.611
	cmpl	%ecx, %r9d	# k, _5
	je	.L240	#,
.LVL404:
.L239:
	.loc 2 87 33 is_stmt 0 view .LVU1881
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_32], tmp110
	jne	.L241	#,
.L240:
	.loc 2 89 5 is_stmt 1 view .LVU1882
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1883
	movl	%ecx, %eax	# k, tmp124
.LBE727:
.LBE729:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 view .LVU1884
	movl	$3, %esi	#,
.LVL405:
.LBB730:
.LBB728:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU1885
	subl	%r10d, %eax	# _29, tmp124
	cmpl	%r10d, %ecx	# _29, k
	cmovnb	%eax, %ecx	# tmp124,, k
.LVL406:
	.loc 2 89 29 view .LVU1886
.LBE728:
.LBE730:
# ./isa/ops.inc:37: OP_END(PUSH)
	.loc 1 37 1 view .LVU1887
	subq	%rdi, %rdx	# _2, tmp112
.LVL407:
	.loc 1 37 1 view .LVU1888
	sarq	$3, %rdx	#, tmp114
	call	vm_stop	#
.LVL408:
	.loc 1 37 1 is_stmt 1 view .LVU1889
	movq	(%rbx), %rdi	# m_26(D)->vm, m_26(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL409:
	.cfi_endproc
.LFE30:
	.size	op_C_PUSH, .-op_C_PUSH
	.p2align 4
	.type	op_C_NEG, @function
op_C_NEG:
.LVL410:
.LFB63:
	.loc 1 82 1 view -0
	.cfi_startproc
	.loc 1 82 1 view .LVU1891
.LDL77:
	.loc 1 82 1 view .LVU1892
	.loc 1 82 1 view .LVU1893
	.loc 1 82 1 view .LVU1894
	.loc 1 82 1 view .LVU1895
	.loc 1 82 1 view .LVU1896
	.loc 1 82 1 view .LVU1897
	.loc 1 82 1 view .LVU1898
	.loc 1 82 1 view .LVU1899
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 is_stmt 0 view .LVU1900
	movq	%rdi, %rbx	# tmp127, m
	movq	(%rdi), %rdi	# m_28(D)->vm, _1
.LVL411:
	.loc 1 82 1 view .LVU1901
	leaq	8(%rdi), %rax	#, tmp111
	cmpq	%rax, %rdx	# tmp111, sp
	jb	.L253	#,
	.loc 1 82 1 is_stmt 1 view .LVU1902
	.loc 1 82 1 view .LVU1903
	.loc 1 82 1 view .LVU1904
	.loc 1 82 1 view .LVU1905
	.loc 1 82 1 view .LVU1906
	.loc 1 82 1 view .LVU1907
	.loc 1 82 1 view .LVU1908
	.loc 1 82 1 view .LVU1909
	.loc 1 82 1 view .LVU1910
	.loc 1 82 1 view .LVU1911
	.loc 1 82 1 view .LVU1912
.LVL412:
.LBB736:
.LBI736:
	.loc 1 80 1 view .LVU1913
.LBB737:
	.loc 1 80 1 view .LVU1914
	.loc 1 80 1 view .LVU1915
	.loc 1 80 1 view .LVU1916
	.loc 1 80 1 view .LVU1917
	.loc 1 81 5 view .LVU1918
# ./isa/ops.inc:81:     S(0) = (cell)(0 - (ucell)S(0));
	.loc 1 81 21 is_stmt 0 view .LVU1919
	negq	-8(%rdx)	# MEM[(cell *)sp_26(D) + -8B]
.LDL78:
	.loc 1 82 1 is_stmt 1 view .LVU1920
	.loc 1 82 1 view .LVU1921
.LBB738:
	.loc 1 82 1 view .LVU1922
	.loc 1 82 1 view .LVU1923
.LBE738:
.LBE737:
.LBE736:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL413:
.LBB741:
.LBB740:
.LBB739:
	.loc 1 82 1 is_stmt 0 view .LVU1924
.LVL414:
	.loc 1 82 1 is_stmt 1 view .LVU1925
	.loc 1 82 1 is_stmt 0 view .LVU1926
.LBE739:
.LBE740:
.LBE741:
	ret	
.LVL415:
	.p2align 4,,10
	.p2align 3
.L253:
	.cfi_restore_state
.L247:
	.loc 1 82 1 is_stmt 1 discriminator 4 view .LVU1927
	.loc 1 82 1 discriminator 4 view .LVU1928
	.loc 1 82 1 discriminator 4 view .LVU1929
	movq	24(%rbx), %rax	# m_28(D)->native, _9
	movq	16(%rbx), %r8	# m_28(D)->budget, _6
.LBB742:
.LBB743:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU1930
	xorl	%ecx, %ecx	# k
.LBE743:
.LBE742:
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 discriminator 4 view .LVU1931
	movq	8(%rsp), %rsi	#, tmp112
.LVL416:
	.loc 1 82 1 discriminator 4 view .LVU1932
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _31
.LVL417:
.LBB746:
.LBI742:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU1933
.LBB744:
	.loc 2 87 33 discriminator 4 view .LVU1934
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.619
.LVL418:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU1935
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L248	#
.LVL419:
	.p2align 4,,10
	.p2align 3
.L250:
	.loc 2 88 9 is_stmt 1 view .LVU1936
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1937
	addl	$1, %ecx	#, k
.LVL420:
	.loc 2 87 33 is_stmt 1 view .LVU1938
	addq	$8, %rax	#, ivtmp.619
	cmpl	%ecx, %r9d	# k, _4
	je	.L249	#,
.LVL421:
.L248:
	.loc 2 87 33 is_stmt 0 view .LVU1939
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_44], tmp112
	jne	.L250	#,
.L249:
	.loc 2 89 5 is_stmt 1 view .LVU1940
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1941
	movl	%ecx, %eax	# k, tmp125
.LBE744:
.LBE746:
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 view .LVU1942
	movl	$2, %esi	#,
.LVL422:
.LBB747:
.LBB745:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU1943
	subl	%r10d, %eax	# _31, tmp125
	cmpl	%r10d, %ecx	# _31, k
	cmovnb	%eax, %ecx	# tmp125,, k
.LVL423:
	.loc 2 89 29 view .LVU1944
.LBE745:
.LBE747:
# ./isa/ops.inc:82: OP_END(NEG)
	.loc 1 82 1 view .LVU1945
	subq	%rdi, %rdx	# _1, tmp114
.LVL424:
	.loc 1 82 1 view .LVU1946
	sarq	$3, %rdx	#, tmp116
	call	vm_stop	#
.LVL425:
	.loc 1 82 1 is_stmt 1 view .LVU1947
	movq	(%rbx), %rdi	# m_28(D)->vm, m_28(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL426:
	.cfi_endproc
.LFE63:
	.size	op_C_NEG, .-op_C_NEG
	.p2align 4
	.type	op_C_NOT, @function
op_C_NOT:
.LVL427:
.LFB66:
	.loc 1 86 1 view -0
	.cfi_startproc
	.loc 1 86 1 view .LVU1949
.LDL79:
	.loc 1 86 1 view .LVU1950
	.loc 1 86 1 view .LVU1951
	.loc 1 86 1 view .LVU1952
	.loc 1 86 1 view .LVU1953
	.loc 1 86 1 view .LVU1954
	.loc 1 86 1 view .LVU1955
	.loc 1 86 1 view .LVU1956
	.loc 1 86 1 view .LVU1957
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 is_stmt 0 view .LVU1958
	movq	%rdi, %rbx	# tmp125, m
	movq	(%rdi), %rdi	# m_26(D)->vm, _1
.LVL428:
	.loc 1 86 1 view .LVU1959
	leaq	8(%rdi), %rax	#, tmp109
	cmpq	%rax, %rdx	# tmp109, sp
	jb	.L262	#,
	.loc 1 86 1 is_stmt 1 view .LVU1960
	.loc 1 86 1 view .LVU1961
	.loc 1 86 1 view .LVU1962
	.loc 1 86 1 view .LVU1963
	.loc 1 86 1 view .LVU1964
	.loc 1 86 1 view .LVU1965
	.loc 1 86 1 view .LVU1966
	.loc 1 86 1 view .LVU1967
	.loc 1 86 1 view .LVU1968
	.loc 1 86 1 view .LVU1969
	.loc 1 86 1 view .LVU1970
.LVL429:
.LBB753:
.LBI753:
	.loc 1 84 1 view .LVU1971
.LBB754:
	.loc 1 84 1 view .LVU1972
	.loc 1 84 1 view .LVU1973
	.loc 1 84 1 view .LVU1974
	.loc 1 84 1 view .LVU1975
	.loc 1 85 5 view .LVU1976
# ./isa/ops.inc:85:     S(0) = ~S(0);
	.loc 1 85 12 is_stmt 0 view .LVU1977
	notq	-8(%rdx)	# MEM[(cell *)sp_24(D) + -8B]
.LDL80:
	.loc 1 86 1 is_stmt 1 view .LVU1978
	.loc 1 86 1 view .LVU1979
.LBB755:
	.loc 1 86 1 view .LVU1980
	.loc 1 86 1 view .LVU1981
.LBE755:
.LBE754:
.LBE753:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL430:
.LBB758:
.LBB757:
.LBB756:
	.loc 1 86 1 is_stmt 0 view .LVU1982
.LVL431:
	.loc 1 86 1 is_stmt 1 view .LVU1983
	.loc 1 86 1 is_stmt 0 view .LVU1984
.LBE756:
.LBE757:
.LBE758:
	ret	
.LVL432:
	.p2align 4,,10
	.p2align 3
.L262:
	.cfi_restore_state
.L256:
	.loc 1 86 1 is_stmt 1 discriminator 4 view .LVU1985
	.loc 1 86 1 discriminator 4 view .LVU1986
	.loc 1 86 1 discriminator 4 view .LVU1987
	movq	24(%rbx), %rax	# m_26(D)->native, _9
	movq	16(%rbx), %r8	# m_26(D)->budget, _6
.LBB759:
.LBB760:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU1988
	xorl	%ecx, %ecx	# k
.LBE760:
.LBE759:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 discriminator 4 view .LVU1989
	movq	8(%rsp), %rsi	#, tmp110
.LVL433:
	.loc 1 86 1 discriminator 4 view .LVU1990
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _29
.LVL434:
.LBB763:
.LBI759:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU1991
.LBB761:
	.loc 2 87 33 discriminator 4 view .LVU1992
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.627
.LVL435:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU1993
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L257	#
.LVL436:
	.p2align 4,,10
	.p2align 3
.L259:
	.loc 2 88 9 is_stmt 1 view .LVU1994
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU1995
	addl	$1, %ecx	#, k
.LVL437:
	.loc 2 87 33 is_stmt 1 view .LVU1996
	addq	$8, %rax	#, ivtmp.627
	cmpl	%ecx, %r9d	# k, _4
	je	.L258	#,
.LVL438:
.L257:
	.loc 2 87 33 is_stmt 0 view .LVU1997
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_42], tmp110
	jne	.L259	#,
.L258:
	.loc 2 89 5 is_stmt 1 view .LVU1998
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU1999
	movl	%ecx, %eax	# k, tmp123
.LBE761:
.LBE763:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 view .LVU2000
	movl	$2, %esi	#,
.LVL439:
.LBB764:
.LBB762:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2001
	subl	%r10d, %eax	# _29, tmp123
	cmpl	%r10d, %ecx	# _29, k
	cmovnb	%eax, %ecx	# tmp123,, k
.LVL440:
	.loc 2 89 29 view .LVU2002
.LBE762:
.LBE764:
# ./isa/ops.inc:86: OP_END(NOT)
	.loc 1 86 1 view .LVU2003
	subq	%rdi, %rdx	# _1, tmp112
.LVL441:
	.loc 1 86 1 view .LVU2004
	sarq	$3, %rdx	#, tmp114
	call	vm_stop	#
.LVL442:
	.loc 1 86 1 is_stmt 1 view .LVU2005
	movq	(%rbx), %rdi	# m_26(D)->vm, m_26(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL443:
	.cfi_endproc
.LFE66:
	.size	op_C_NOT, .-op_C_NOT
	.p2align 4
	.type	op_MOD, @function
op_MOD:
.LVL444:
.LFB59:
	.loc 1 78 1 view -0
	.cfi_startproc
	.loc 1 78 1 view .LVU2007
.LDL81:
	.loc 1 78 1 view .LVU2008
	.loc 1 78 1 view .LVU2009
	.loc 1 78 1 view .LVU2010
	.loc 1 78 1 view .LVU2011
	.loc 1 78 1 view .LVU2012
	.loc 1 78 1 view .LVU2013
	.loc 1 78 1 view .LVU2014
	.loc 1 78 1 view .LVU2015
.LBB771:
.LBI771:
	.loc 1 74 1 view .LVU2016
.LBB772:
	.loc 1 74 1 view .LVU2017
	.loc 1 74 1 view .LVU2018
	.loc 1 74 1 view .LVU2019
	.loc 1 74 1 view .LVU2020
	.loc 1 75 5 view .LVU2021
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 9 is_stmt 0 view .LVU2022
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -8B], _5
.LVL445:
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 8 view .LVU2023
	testq	%rsi, %rsi	# _5
	je	.L276	#,
.LBB773:
# ./isa/ops.inc:77:     BINARY(b == -1 ? 0 : a % b);
	.loc 1 77 5 view .LVU2024
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], a
	movq	%rdx, %rcx	# tmp123, sp
.LBE773:
	.loc 1 76 9 is_stmt 1 view .LVU2025
	.loc 1 77 5 view .LVU2026
.LBB774:
	.loc 1 77 5 view .LVU2027
.LVL446:
	.loc 1 77 5 view .LVU2028
	.loc 1 77 5 view .LVU2029
	.loc 1 77 5 view .LVU2030
	leaq	-8(%rdx), %rdi	#, sp
.LVL447:
	.loc 1 77 5 view .LVU2031
	xorl	%edx, %edx	# iftmp.23_18
.LVL448:
	.loc 1 77 5 is_stmt 0 view .LVU2032
	cmpq	$-1, %rsi	#, _5
	je	.L270	#,
	cqto
	idivq	%rsi	# _5
.LVL449:
.L270:
	.loc 1 77 5 view .LVU2033
	movq	%rdx, -16(%rcx)	# iftmp.23_18, MEM[(cell *)sp_4(D) + -16B]
.LVL450:
.LDL82:
	.loc 1 77 5 view .LVU2034
.LBE774:
	.loc 1 77 5 is_stmt 1 view .LVU2035
	.loc 1 78 1 view .LVU2036
	.loc 1 78 1 view .LVU2037
.LBB775:
	.loc 1 78 1 view .LVU2038
	.loc 1 78 1 view .LVU2039
.LVL451:
	.loc 1 78 1 view .LVU2040
	.loc 1 78 1 is_stmt 0 view .LVU2041
.LBE775:
.LBE772:
.LBE771:
	movq	%rdi, %rdx	# sp,
	ret	
.LVL452:
	.p2align 4,,10
	.p2align 3
.L276:
.L265:
.LBB786:
.LBB784:
	.loc 1 76 9 is_stmt 1 view .LVU2042
	.loc 1 76 9 view .LVU2043
	.loc 1 76 9 view .LVU2044
.LBE784:
.LBE786:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 1 78 1 is_stmt 0 view .LVU2045
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB787:
.LBB785:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU2046
	movq	24(%rdi), %rax	# m_2(D)->native, _11
	movq	%rdi, %rbx	# tmp122, m
.LBB776:
.LBB777:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU2047
	xorl	%ecx, %ecx	# k
.LBE777:
.LBE776:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU2048
	movq	16(%rdi), %r8	# m_2(D)->budget, _9
	movq	8(%rsp), %rdx	#, tmp107
.LVL453:
	.loc 1 76 9 view .LVU2049
	movl	24(%rax), %edi	# MEM[(unsigned int *)_11 + 24B], _28
.LVL454:
.LBB781:
.LBI776:
	.loc 2 84 17 is_stmt 1 view .LVU2050
.LBB778:
	.loc 2 87 33 view .LVU2051
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_11 + 16B], ivtmp.635
.LVL455:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU2052
	leal	-1(%rdi,%rdi), %esi	#, _7
	jmp	.L266	#
.LVL456:
	.p2align 4,,10
	.p2align 3
.L268:
	.loc 2 88 9 is_stmt 1 view .LVU2053
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2054
	addl	$1, %ecx	#, k
.LVL457:
	.loc 2 87 33 is_stmt 1 view .LVU2055
	addq	$8, %rax	#, ivtmp.635
	cmpl	%ecx, %esi	# k, _7
	je	.L267	#,
.LVL458:
.L266:
	.loc 2 87 33 is_stmt 0 view .LVU2056
	cmpq	(%rax), %rdx	# MEM[(uintptr_t *)_44], tmp107
	jne	.L268	#,
.L267:
	.loc 2 89 5 is_stmt 1 view .LVU2057
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2058
	movl	%ecx, %eax	# k, tmp120
.LBE778:
.LBE781:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU2059
	movl	$1, %esi	#,
.LBB782:
.LBB779:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2060
	subl	%edi, %eax	# _28, tmp120
	cmpl	%edi, %ecx	# _28, k
.LBE779:
.LBE782:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU2061
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
.LBB783:
.LBB780:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2062
	cmovnb	%eax, %ecx	# tmp120,, k
.LVL459:
	.loc 2 89 29 view .LVU2063
.LBE780:
.LBE783:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU2064
	xorl	%edx, %edx	#
	call	vm_stop	#
.LVL460:
	.loc 1 76 9 is_stmt 1 view .LVU2065
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp110
	call	longjmp	#
.LVL461:
.LBE785:
.LBE787:
	.cfi_endproc
.LFE59:
	.size	op_MOD, .-op_MOD
	.p2align 4
	.type	op_C_SWAP, @function
op_C_SWAP:
.LVL462:
.LFB39:
	.loc 1 49 1 view -0
	.cfi_startproc
	.loc 1 49 1 view .LVU2067
.LDL83:
	.loc 1 49 1 view .LVU2068
	.loc 1 49 1 view .LVU2069
	.loc 1 49 1 view .LVU2070
	.loc 1 49 1 view .LVU2071
	.loc 1 49 1 view .LVU2072
	.loc 1 49 1 view .LVU2073
	.loc 1 49 1 view .LVU2074
	.loc 1 49 1 view .LVU2075
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 is_stmt 0 view .LVU2076
	movq	%rdi, %rbx	# tmp127, m
	movq	(%rdi), %rdi	# m_27(D)->vm, _1
.LVL463:
	.loc 1 49 1 view .LVU2077
	leaq	16(%rdi), %rax	#, tmp109
	cmpq	%rax, %rdx	# tmp109, sp
	jb	.L285	#,
	.loc 1 49 1 is_stmt 1 view .LVU2078
	.loc 1 49 1 view .LVU2079
	.loc 1 49 1 view .LVU2080
	.loc 1 49 1 view .LVU2081
	.loc 1 49 1 view .LVU2082
	.loc 1 49 1 view .LVU2083
	.loc 1 49 1 view .LVU2084
	.loc 1 49 1 view .LVU2085
	.loc 1 49 1 view .LVU2086
	.loc 1 49 1 view .LVU2087
	.loc 1 49 1 view .LVU2088
.LVL464:
.LBB794:
.LBI794:
	.loc 1 47 1 view .LVU2089
.LBB795:
	.loc 1 47 1 view .LVU2090
	.loc 1 47 1 view .LVU2091
	.loc 1 47 1 view .LVU2092
	.loc 1 47 1 view .LVU2093
.LBB796:
	.loc 1 48 7 view .LVU2094
	.loc 1 48 22 view .LVU2095
	.loc 1 48 35 view .LVU2096
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 is_stmt 0 view .LVU2097
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_25(D) + -16B], vect__17.643
.LBE796:
.LBB797:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 view .LVU2098
.LBE797:
.LBB798:
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 27 view .LVU2099
	shufpd	$1, %xmm0, %xmm0	#, tmp132, vect__17.643
# ./isa/ops.inc:48:     { cell t = S(0); S(0) = S(1); S(1) = t; }
	.loc 1 48 40 view .LVU2100
	movups	%xmm0, -16(%rdx)	# vect__17.643, MEM <vector(2) long int> [(cell *)sp_25(D) + -16B]
.LVL465:
.LDL84:
	.loc 1 48 40 view .LVU2101
.LBE798:
	.loc 1 49 1 is_stmt 1 view .LVU2102
	.loc 1 49 1 view .LVU2103
.LBB799:
	.loc 1 49 1 view .LVU2104
	.loc 1 49 1 view .LVU2105
	.loc 1 49 1 view .LVU2106
	.loc 1 49 1 is_stmt 0 view .LVU2107
.LBE799:
.LBE795:
.LBE794:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL466:
	.loc 1 49 1 view .LVU2108
	ret	
.LVL467:
	.p2align 4,,10
	.p2align 3
.L285:
	.cfi_restore_state
.L279:
	.loc 1 49 1 is_stmt 1 discriminator 4 view .LVU2109
	.loc 1 49 1 discriminator 4 view .LVU2110
	.loc 1 49 1 discriminator 4 view .LVU2111
	movq	24(%rbx), %rax	# m_27(D)->native, _9
	movq	16(%rbx), %r8	# m_27(D)->budget, _6
.LBB800:
.LBB801:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2112
	xorl	%ecx, %ecx	# k
.LBE801:
.LBE800:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 discriminator 4 view .LVU2113
	movq	8(%rsp), %rsi	#, tmp110
.LVL468:
	.loc 1 49 1 discriminator 4 view .LVU2114
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _30
.LVL469:
.LBB804:
.LBI800:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2115
.LBB802:
	.loc 2 87 33 discriminator 4 view .LVU2116
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.649
.LVL470:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2117
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L280	#
.LVL471:
	.p2align 4,,10
	.p2align 3
.L282:
	.loc 2 88 9 is_stmt 1 view .LVU2118
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2119
	addl	$1, %ecx	#, k
.LVL472:
	.loc 2 87 33 is_stmt 1 view .LVU2120
	addq	$8, %rax	#, ivtmp.649
	cmpl	%ecx, %r9d	# k, _4
	je	.L281	#,
.LVL473:
.L280:
	.loc 2 87 33 is_stmt 0 view .LVU2121
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_31], tmp110
	jne	.L282	#,
.L281:
	.loc 2 89 5 is_stmt 1 view .LVU2122
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2123
	movl	%ecx, %eax	# k, tmp125
.LBE802:
.LBE804:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 view .LVU2124
	movl	$2, %esi	#,
.LVL474:
.LBB805:
.LBB803:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2125
	subl	%r10d, %eax	# _30, tmp125
	cmpl	%r10d, %ecx	# _30, k
	cmovnb	%eax, %ecx	# tmp125,, k
.LVL475:
	.loc 2 89 29 view .LVU2126
.LBE803:
.LBE805:
# ./isa/ops.inc:49: OP_END(SWAP)
	.loc 1 49 1 view .LVU2127
	subq	%rdi, %rdx	# _1, tmp112
.LVL476:
	.loc 1 49 1 view .LVU2128
	sarq	$3, %rdx	#, tmp114
	call	vm_stop	#
.LVL477:
	.loc 1 49 1 is_stmt 1 view .LVU2129
	movq	(%rbx), %rdi	# m_27(D)->vm, m_27(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL478:
	.cfi_endproc
.LFE39:
	.size	op_C_SWAP, .-op_C_SWAP
	.p2align 4
	.type	op_LOAD, @function
op_LOAD:
.LVL479:
.LFB116:
	.loc 1 129 1 view -0
	.cfi_startproc
	.loc 1 129 1 view .LVU2131
.LDL85:
	.loc 1 129 1 view .LVU2132
	.loc 1 129 1 view .LVU2133
	.loc 1 129 1 view .LVU2134
	.loc 1 129 1 view .LVU2135
	.loc 1 129 1 view .LVU2136
	.loc 1 129 1 view .LVU2137
	.loc 1 129 1 view .LVU2138
	.loc 1 129 1 view .LVU2139
.LBB811:
.LBI811:
	.loc 1 126 1 view .LVU2140
.LBB812:
	.loc 1 126 1 view .LVU2141
	.loc 1 126 1 view .LVU2142
	.loc 1 126 1 view .LVU2143
	.loc 1 126 1 view .LVU2144
	.loc 1 127 5 view .LVU2145
	.loc 1 127 5 view .LVU2146
.LBE812:
.LBE811:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 is_stmt 0 view .LVU2147
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB825:
.LBB821:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU2148
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], _5
.LBE821:
.LBE825:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 view .LVU2149
	movq	%rdi, %rbx	# tmp125, m
.LBB826:
.LBB822:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU2150
	cmpq	$65535, %rax	#, _5
	ja	.L294	#,
	.loc 1 127 5 is_stmt 1 view .LVU2151
	.loc 1 127 5 view .LVU2152
	.loc 1 128 5 view .LVU2153
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 12 is_stmt 0 view .LVU2154
	movq	(%rdi), %rcx	# m_2(D)->vm, m_2(D)->vm
	movq	65544(%rcx), %rcx	# _17->mem, _17->mem
	movq	(%rcx,%rax,8), %rax	# *_20, _21
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 10 view .LVU2155
	movq	%rax, -8(%rdx)	# _21, MEM[(cell *)sp_4(D) + -8B]
.LDL86:
	.loc 1 129 1 is_stmt 1 view .LVU2156
	.loc 1 129 1 view .LVU2157
.LBB813:
	.loc 1 129 1 view .LVU2158
	.loc 1 129 1 view .LVU2159
.LBE813:
.LBE822:
.LBE826:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LBB827:
.LBB823:
.LBB814:
.LVL480:
	.loc 1 129 1 view .LVU2160
	.loc 1 129 1 is_stmt 0 view .LVU2161
.LBE814:
.LBE823:
.LBE827:
	ret	
.LVL481:
	.p2align 4,,10
	.p2align 3
.L294:
	.cfi_restore_state
.L288:
.LBB828:
.LBB824:
	.loc 1 127 5 is_stmt 1 view .LVU2162
	.loc 1 127 5 view .LVU2163
	.loc 1 127 5 view .LVU2164
	movq	24(%rdi), %rdx	# m_2(D)->native, _12
.LVL482:
	.loc 1 127 5 is_stmt 0 view .LVU2165
	movq	16(%rdi), %r8	# m_2(D)->budget, _10
.LBB815:
.LBB816:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU2166
	xorl	%ecx, %ecx	# k
.LBE816:
.LBE815:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU2167
	movq	8(%rsp), %rsi	#, tmp110
.LVL483:
	.loc 1 127 5 view .LVU2168
	movl	24(%rdx), %r9d	# MEM[(unsigned int *)_12 + 24B], _30
.LVL484:
.LBB819:
.LBI815:
	.loc 2 84 17 is_stmt 1 view .LVU2169
.LBB817:
	.loc 2 87 33 view .LVU2170
	movq	16(%rdx), %rdx	# MEM[(uintptr_t * *)_12 + 16B], ivtmp.657
.LVL485:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU2171
	leal	-1(%r9,%r9), %edi	#, _8
	jmp	.L289	#
.LVL486:
	.p2align 4,,10
	.p2align 3
.L291:
	.loc 2 88 9 is_stmt 1 view .LVU2172
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2173
	addl	$1, %ecx	#, k
.LVL487:
	.loc 2 87 33 is_stmt 1 view .LVU2174
	addq	$8, %rdx	#, ivtmp.657
	cmpl	%ecx, %edi	# k, _8
	je	.L290	#,
.LVL488:
.L289:
	.loc 2 87 33 is_stmt 0 view .LVU2175
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_13], tmp110
	jne	.L291	#,
.L290:
	.loc 2 89 5 is_stmt 1 view .LVU2176
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2177
	movl	%ecx, %edx	# k, tmp123
.LBE817:
.LBE819:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU2178
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$6, %esi	#,
.LVL489:
.LBB820:
.LBB818:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2179
	subl	%r9d, %edx	# _30, tmp123
	cmpl	%r9d, %ecx	# _30, k
	cmovnb	%edx, %ecx	# tmp123,, k
.LVL490:
	.loc 2 89 29 view .LVU2180
.LBE818:
.LBE820:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU2181
	movq	%rax, %rdx	# _5,
	call	vm_stop	#
.LVL491:
	.loc 1 127 5 is_stmt 1 view .LVU2182
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp113
	call	longjmp	#
.LVL492:
.LBE824:
.LBE828:
	.cfi_endproc
.LFE116:
	.size	op_LOAD, .-op_LOAD
	.p2align 4
	.type	op_C_GE, @function
op_C_GE:
.LVL493:
.LFB99:
	.loc 1 100 33 view -0
	.cfi_startproc
	.loc 1 100 33 view .LVU2184
.LDL87:
	.loc 1 100 33 view .LVU2185
	.loc 1 100 33 view .LVU2186
	.loc 1 100 33 view .LVU2187
	.loc 1 100 33 view .LVU2188
	.loc 1 100 33 view .LVU2189
	.loc 1 100 33 view .LVU2190
	.loc 1 100 33 view .LVU2191
	.loc 1 100 33 view .LVU2192
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 is_stmt 0 view .LVU2193
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL494:
	.loc 1 100 33 view .LVU2194
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L303	#,
	.loc 1 100 33 is_stmt 1 view .LVU2195
	.loc 1 100 33 view .LVU2196
	.loc 1 100 33 view .LVU2197
	.loc 1 100 33 view .LVU2198
	.loc 1 100 33 view .LVU2199
	.loc 1 100 33 view .LVU2200
	.loc 1 100 33 view .LVU2201
	.loc 1 100 33 view .LVU2202
	.loc 1 100 33 view .LVU2203
	.loc 1 100 33 view .LVU2204
	.loc 1 100 33 view .LVU2205
.LVL495:
.LBB835:
.LBI835:
	.loc 1 100 1 view .LVU2206
.LBB836:
	.loc 1 100 1 view .LVU2207
	.loc 1 100 1 view .LVU2208
	.loc 1 100 1 view .LVU2209
	.loc 1 100 1 view .LVU2210
	.loc 1 100 16 view .LVU2211
.LBB837:
	.loc 1 100 16 view .LVU2212
	.loc 1 100 16 view .LVU2213
	.loc 1 100 16 view .LVU2214
	.loc 1 100 16 view .LVU2215
	.loc 1 100 16 view .LVU2216
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	setge	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL496:
	.loc 1 100 16 is_stmt 0 view .LVU2217
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL497:
.LDL88:
	.loc 1 100 16 view .LVU2218
.LBE837:
	.loc 1 100 16 is_stmt 1 view .LVU2219
	.loc 1 100 33 view .LVU2220
	.loc 1 100 33 view .LVU2221
.LBB838:
	.loc 1 100 33 view .LVU2222
	.loc 1 100 33 view .LVU2223
.LBE838:
.LBE836:
.LBE835:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL498:
.LBB841:
.LBB840:
.LBB839:
	.loc 1 100 33 is_stmt 0 view .LVU2224
.LVL499:
	.loc 1 100 33 is_stmt 1 view .LVU2225
	.loc 1 100 33 is_stmt 0 view .LVU2226
.LBE839:
.LBE840:
.LBE841:
	ret	
.LVL500:
	.p2align 4,,10
	.p2align 3
.L303:
	.cfi_restore_state
.L297:
	.loc 1 100 33 is_stmt 1 discriminator 4 view .LVU2227
	.loc 1 100 33 discriminator 4 view .LVU2228
	.loc 1 100 33 discriminator 4 view .LVU2229
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB842:
.LBB843:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2230
	xorl	%ecx, %ecx	# k
.LBE843:
.LBE842:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 discriminator 4 view .LVU2231
	movq	8(%rsp), %rsi	#, tmp113
.LVL501:
	.loc 1 100 33 discriminator 4 view .LVU2232
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL502:
.LBB846:
.LBI842:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2233
.LBB844:
	.loc 2 87 33 discriminator 4 view .LVU2234
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.665
.LVL503:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2235
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L298	#
.LVL504:
	.p2align 4,,10
	.p2align 3
.L300:
	.loc 2 88 9 is_stmt 1 view .LVU2236
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2237
	addl	$1, %ecx	#, k
.LVL505:
	.loc 2 87 33 is_stmt 1 view .LVU2238
	addq	$8, %rax	#, ivtmp.665
	cmpl	%ecx, %r9d	# k, _4
	je	.L299	#,
.LVL506:
.L298:
	.loc 2 87 33 is_stmt 0 view .LVU2239
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L300	#,
.L299:
	.loc 2 89 5 is_stmt 1 view .LVU2240
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2241
	movl	%ecx, %eax	# k, tmp130
.LBE844:
.LBE846:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 view .LVU2242
	movl	$2, %esi	#,
.LVL507:
.LBB847:
.LBB845:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2243
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL508:
	.loc 2 89 29 view .LVU2244
.LBE845:
.LBE847:
# ./isa/ops.inc:100: OP_BEGIN(GE)   BINARY(a >= b);  OP_END(GE)
	.loc 1 100 33 view .LVU2245
	subq	%rdi, %rdx	# _1, tmp115
.LVL509:
	.loc 1 100 33 view .LVU2246
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL510:
	.loc 1 100 33 is_stmt 1 view .LVU2247
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL511:
	.cfi_endproc
.LFE99:
	.size	op_C_GE, .-op_C_GE
	.p2align 4
	.type	op_C_ADD, @function
op_C_ADD:
.LVL512:
.LFB48:
	.loc 1 63 54 view -0
	.cfi_startproc
	.loc 1 63 54 view .LVU2249
.LDL89:
	.loc 1 63 54 view .LVU2250
	.loc 1 63 54 view .LVU2251
	.loc 1 63 54 view .LVU2252
	.loc 1 63 54 view .LVU2253
	.loc 1 63 54 view .LVU2254
	.loc 1 63 54 view .LVU2255
	.loc 1 63 54 view .LVU2256
	.loc 1 63 54 view .LVU2257
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 is_stmt 0 view .LVU2258
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_31(D)->vm, _1
.LVL513:
	.loc 1 63 54 view .LVU2259
	leaq	16(%rdi), %rax	#, tmp114
	cmpq	%rax, %rdx	# tmp114, sp
	jb	.L312	#,
	.loc 1 63 54 is_stmt 1 view .LVU2260
	.loc 1 63 54 view .LVU2261
	.loc 1 63 54 view .LVU2262
	.loc 1 63 54 view .LVU2263
	.loc 1 63 54 view .LVU2264
	.loc 1 63 54 view .LVU2265
	.loc 1 63 54 view .LVU2266
	.loc 1 63 54 view .LVU2267
	.loc 1 63 54 view .LVU2268
	.loc 1 63 54 view .LVU2269
	.loc 1 63 54 view .LVU2270
.LVL514:
.LBB854:
.LBI854:
	.loc 1 63 1 view .LVU2271
.LBB855:
	.loc 1 63 1 view .LVU2272
	.loc 1 63 1 view .LVU2273
	.loc 1 63 1 view .LVU2274
	.loc 1 63 1 view .LVU2275
	.loc 1 63 16 view .LVU2276
.LBB856:
	.loc 1 63 16 view .LVU2277
	.loc 1 63 16 view .LVU2278
	.loc 1 63 16 view .LVU2279
	.loc 1 63 16 view .LVU2280
	.loc 1 63 16 view .LVU2281
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_29(D) + -8B], MEM[(cell *)sp_29(D) + -8B]
	addq	%rax, -16(%rdx)	# MEM[(cell *)sp_29(D) + -8B], MEM[(cell *)sp_29(D) + -16B]
.LVL515:
.LDL90:
	.loc 1 63 16 is_stmt 0 view .LVU2282
.LBE856:
	.loc 1 63 16 is_stmt 1 view .LVU2283
	.loc 1 63 54 view .LVU2284
	.loc 1 63 54 view .LVU2285
.LBB857:
	.loc 1 63 54 view .LVU2286
	.loc 1 63 54 view .LVU2287
.LBE857:
.LBB858:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 16 is_stmt 0 view .LVU2288
	subq	$8, %rdx	#, sp
.LVL516:
	.loc 1 63 16 view .LVU2289
.LBE858:
.LBB859:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU2290
.LVL517:
	.loc 1 63 54 is_stmt 1 view .LVU2291
	.loc 1 63 54 is_stmt 0 view .LVU2292
.LBE859:
.LBE855:
.LBE854:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL518:
	.loc 1 63 54 view .LVU2293
	ret	
.LVL519:
	.p2align 4,,10
	.p2align 3
.L312:
	.cfi_restore_state
.L306:
	.loc 1 63 54 is_stmt 1 discriminator 4 view .LVU2294
	.loc 1 63 54 discriminator 4 view .LVU2295
	.loc 1 63 54 discriminator 4 view .LVU2296
	movq	24(%rbx), %rax	# m_31(D)->native, _9
	movq	16(%rbx), %r8	# m_31(D)->budget, _6
.LBB860:
.LBB861:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2297
	xorl	%ecx, %ecx	# k
.LBE861:
.LBE860:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 discriminator 4 view .LVU2298
	movq	8(%rsp), %rsi	#, tmp115
.LVL520:
	.loc 1 63 54 discriminator 4 view .LVU2299
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _34
.LVL521:
.LBB864:
.LBI860:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2300
.LBB862:
	.loc 2 87 33 discriminator 4 view .LVU2301
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.673
.LVL522:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2302
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L307	#
.LVL523:
	.p2align 4,,10
	.p2align 3
.L309:
	.loc 2 88 9 is_stmt 1 view .LVU2303
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2304
	addl	$1, %ecx	#, k
.LVL524:
	.loc 2 87 33 is_stmt 1 view .LVU2305
	addq	$8, %rax	#, ivtmp.673
	cmpl	%ecx, %r9d	# k, _4
	je	.L308	#,
.LVL525:
.L307:
	.loc 2 87 33 is_stmt 0 view .LVU2306
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_37], tmp115
	jne	.L309	#,
.L308:
	.loc 2 89 5 is_stmt 1 view .LVU2307
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2308
	movl	%ecx, %eax	# k, tmp130
.LBE862:
.LBE864:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU2309
	movl	$2, %esi	#,
.LVL526:
.LBB865:
.LBB863:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2310
	subl	%r10d, %eax	# _34, tmp130
	cmpl	%r10d, %ecx	# _34, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL527:
	.loc 2 89 29 view .LVU2311
.LBE863:
.LBE865:
# ./isa/ops.inc:63: OP_BEGIN(ADD)  BINARY((cell)((ucell)a + (ucell)b));  OP_END(ADD)
	.loc 1 63 54 view .LVU2312
	subq	%rdi, %rdx	# _1, tmp117
.LVL528:
	.loc 1 63 54 view .LVU2313
	sarq	$3, %rdx	#, tmp119
	call	vm_stop	#
.LVL529:
	.loc 1 63 54 is_stmt 1 view .LVU2314
	movq	(%rbx), %rdi	# m_31(D)->vm, m_31(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL530:
	.cfi_endproc
.LFE48:
	.size	op_C_ADD, .-op_C_ADD
	.p2align 4
	.type	op_C_SUB, @function
op_C_SUB:
.LVL531:
.LFB51:
	.loc 1 64 54 view -0
	.cfi_startproc
	.loc 1 64 54 view .LVU2316
.LDL91:
	.loc 1 64 54 view .LVU2317
	.loc 1 64 54 view .LVU2318
	.loc 1 64 54 view .LVU2319
	.loc 1 64 54 view .LVU2320
	.loc 1 64 54 view .LVU2321
	.loc 1 64 54 view .LVU2322
	.loc 1 64 54 view .LVU2323
	.loc 1 64 54 view .LVU2324
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 is_stmt 0 view .LVU2325
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_31(D)->vm, _1
.LVL532:
	.loc 1 64 54 view .LVU2326
	leaq	16(%rdi), %rax	#, tmp114
	cmpq	%rax, %rdx	# tmp114, sp
	jb	.L321	#,
	.loc 1 64 54 is_stmt 1 view .LVU2327
	.loc 1 64 54 view .LVU2328
	.loc 1 64 54 view .LVU2329
	.loc 1 64 54 view .LVU2330
	.loc 1 64 54 view .LVU2331
	.loc 1 64 54 view .LVU2332
	.loc 1 64 54 view .LVU2333
	.loc 1 64 54 view .LVU2334
	.loc 1 64 54 view .LVU2335
	.loc 1 64 54 view .LVU2336
	.loc 1 64 54 view .LVU2337
.LVL533:
.LBB872:
.LBI872:
	.loc 1 64 1 view .LVU2338
.LBB873:
	.loc 1 64 1 view .LVU2339
	.loc 1 64 1 view .LVU2340
	.loc 1 64 1 view .LVU2341
	.loc 1 64 1 view .LVU2342
	.loc 1 64 16 view .LVU2343
.LBB874:
	.loc 1 64 16 view .LVU2344
	.loc 1 64 16 view .LVU2345
	.loc 1 64 16 view .LVU2346
	.loc 1 64 16 view .LVU2347
	.loc 1 64 16 view .LVU2348
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_29(D) + -8B], MEM[(cell *)sp_29(D) + -8B]
	subq	%rax, -16(%rdx)	# MEM[(cell *)sp_29(D) + -8B], MEM[(cell *)sp_29(D) + -16B]
.LVL534:
.LDL92:
	.loc 1 64 16 is_stmt 0 view .LVU2349
.LBE874:
	.loc 1 64 16 is_stmt 1 view .LVU2350
	.loc 1 64 54 view .LVU2351
	.loc 1 64 54 view .LVU2352
.LBB875:
	.loc 1 64 54 view .LVU2353
	.loc 1 64 54 view .LVU2354
.LBE875:
.LBB876:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 16 is_stmt 0 view .LVU2355
	subq	$8, %rdx	#, sp
.LVL535:
	.loc 1 64 16 view .LVU2356
.LBE876:
.LBB877:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU2357
.LVL536:
	.loc 1 64 54 is_stmt 1 view .LVU2358
	.loc 1 64 54 is_stmt 0 view .LVU2359
.LBE877:
.LBE873:
.LBE872:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL537:
	.loc 1 64 54 view .LVU2360
	ret	
.LVL538:
	.p2align 4,,10
	.p2align 3
.L321:
	.cfi_restore_state
.L315:
	.loc 1 64 54 is_stmt 1 discriminator 4 view .LVU2361
	.loc 1 64 54 discriminator 4 view .LVU2362
	.loc 1 64 54 discriminator 4 view .LVU2363
	movq	24(%rbx), %rax	# m_31(D)->native, _9
	movq	16(%rbx), %r8	# m_31(D)->budget, _6
.LBB878:
.LBB879:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2364
	xorl	%ecx, %ecx	# k
.LBE879:
.LBE878:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 discriminator 4 view .LVU2365
	movq	8(%rsp), %rsi	#, tmp115
.LVL539:
	.loc 1 64 54 discriminator 4 view .LVU2366
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _34
.LVL540:
.LBB882:
.LBI878:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2367
.LBB880:
	.loc 2 87 33 discriminator 4 view .LVU2368
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.681
.LVL541:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2369
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L316	#
.LVL542:
	.p2align 4,,10
	.p2align 3
.L318:
	.loc 2 88 9 is_stmt 1 view .LVU2370
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2371
	addl	$1, %ecx	#, k
.LVL543:
	.loc 2 87 33 is_stmt 1 view .LVU2372
	addq	$8, %rax	#, ivtmp.681
	cmpl	%ecx, %r9d	# k, _4
	je	.L317	#,
.LVL544:
.L316:
	.loc 2 87 33 is_stmt 0 view .LVU2373
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_47], tmp115
	jne	.L318	#,
.L317:
	.loc 2 89 5 is_stmt 1 view .LVU2374
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2375
	movl	%ecx, %eax	# k, tmp130
.LBE880:
.LBE882:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU2376
	movl	$2, %esi	#,
.LVL545:
.LBB883:
.LBB881:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2377
	subl	%r10d, %eax	# _34, tmp130
	cmpl	%r10d, %ecx	# _34, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL546:
	.loc 2 89 29 view .LVU2378
.LBE881:
.LBE883:
# ./isa/ops.inc:64: OP_BEGIN(SUB)  BINARY((cell)((ucell)a - (ucell)b));  OP_END(SUB)
	.loc 1 64 54 view .LVU2379
	subq	%rdi, %rdx	# _1, tmp117
.LVL547:
	.loc 1 64 54 view .LVU2380
	sarq	$3, %rdx	#, tmp119
	call	vm_stop	#
.LVL548:
	.loc 1 64 54 is_stmt 1 view .LVU2381
	movq	(%rbx), %rdi	# m_31(D)->vm, m_31(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL549:
	.cfi_endproc
.LFE51:
	.size	op_C_SUB, .-op_C_SUB
	.p2align 4
	.type	op_C_MUL, @function
op_C_MUL:
.LVL550:
.LFB54:
	.loc 1 65 54 view -0
	.cfi_startproc
	.loc 1 65 54 view .LVU2383
.LDL93:
	.loc 1 65 54 view .LVU2384
	.loc 1 65 54 view .LVU2385
	.loc 1 65 54 view .LVU2386
	.loc 1 65 54 view .LVU2387
	.loc 1 65 54 view .LVU2388
	.loc 1 65 54 view .LVU2389
	.loc 1 65 54 view .LVU2390
	.loc 1 65 54 view .LVU2391
	movq	(%rdi), %r9	# m_31(D)->vm, _1
	leaq	16(%r9), %rax	#, tmp114
	cmpq	%rax, %rdx	# tmp114, sp
	jb	.L332	#,
	.loc 1 65 54 view .LVU2392
	.loc 1 65 54 view .LVU2393
	.loc 1 65 54 view .LVU2394
	.loc 1 65 54 view .LVU2395
	.loc 1 65 54 view .LVU2396
	.loc 1 65 54 view .LVU2397
	.loc 1 65 54 view .LVU2398
	.loc 1 65 54 view .LVU2399
	.loc 1 65 54 view .LVU2400
	.loc 1 65 54 view .LVU2401
	.loc 1 65 54 view .LVU2402
.LVL551:
.LBB890:
.LBI890:
	.loc 1 65 1 view .LVU2403
.LBB891:
	.loc 1 65 1 view .LVU2404
	.loc 1 65 1 view .LVU2405
	.loc 1 65 1 view .LVU2406
	.loc 1 65 1 view .LVU2407
	.loc 1 65 16 view .LVU2408
.LBB892:
	.loc 1 65 16 view .LVU2409
	.loc 1 65 16 view .LVU2410
	.loc 1 65 16 view .LVU2411
	.loc 1 65 16 view .LVU2412
	.loc 1 65 16 view .LVU2413
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_29(D) + -16B], MEM[(cell *)sp_29(D) + -16B]
	imulq	-8(%rdx), %rax	# MEM[(cell *)sp_29(D) + -8B], tmp122
	subq	$8, %rdx	#, sp
.LVL552:
	.loc 1 65 16 is_stmt 0 view .LVU2414
	movq	%rax, -8(%rdx)	# tmp122, MEM[(cell *)sp_29(D) + -16B]
.LVL553:
.LDL94:
	.loc 1 65 16 view .LVU2415
.LBE892:
	.loc 1 65 16 is_stmt 1 view .LVU2416
	.loc 1 65 54 view .LVU2417
	.loc 1 65 54 view .LVU2418
.LBB893:
	.loc 1 65 54 view .LVU2419
	.loc 1 65 54 view .LVU2420
.LVL554:
	.loc 1 65 54 view .LVU2421
	.loc 1 65 54 is_stmt 0 view .LVU2422
.LBE893:
.LBE891:
.LBE890:
	ret	
.LVL555:
	.p2align 4,,10
	.p2align 3
.L332:
.L324:
	.loc 1 65 54 is_stmt 1 discriminator 4 view .LVU2423
	.loc 1 65 54 discriminator 4 view .LVU2424
	.loc 1 65 54 discriminator 4 view .LVU2425
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 is_stmt 0 discriminator 4 view .LVU2426
	movq	24(%rdi), %rax	# m_31(D)->native, _9
	movq	%rdi, %rbx	# tmp133, m
.LBB894:
.LBB895:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 discriminator 4 view .LVU2427
	xorl	%ecx, %ecx	# k
.LBE895:
.LBE894:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 discriminator 4 view .LVU2428
	movq	16(%rdi), %r8	# m_31(D)->budget, _6
	movq	8(%rsp), %rsi	#, tmp115
.LVL556:
	.loc 1 65 54 discriminator 4 view .LVU2429
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _34
.LVL557:
.LBB898:
.LBI894:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2430
.LBB896:
	.loc 2 87 33 discriminator 4 view .LVU2431
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.689
.LVL558:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2432
	leal	-1(%r10,%r10), %edi	#, _4
.LVL559:
	.loc 2 87 29 discriminator 4 view .LVU2433
	jmp	.L325	#
.LVL560:
	.p2align 4,,10
	.p2align 3
.L327:
	.loc 2 88 9 is_stmt 1 view .LVU2434
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2435
	addl	$1, %ecx	#, k
.LVL561:
	.loc 2 87 33 is_stmt 1 view .LVU2436
	addq	$8, %rax	#, ivtmp.689
	cmpl	%ecx, %edi	# k, _4
	je	.L326	#,
.LVL562:
.L325:
	.loc 2 87 33 is_stmt 0 view .LVU2437
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_47], tmp115
	jne	.L327	#,
.L326:
	.loc 2 89 5 is_stmt 1 view .LVU2438
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2439
	movl	%ecx, %eax	# k, tmp131
.LBE896:
.LBE898:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 view .LVU2440
	movl	$2, %esi	#,
.LVL563:
	.loc 1 65 54 view .LVU2441
	movq	%r9, %rdi	# _1,
.LBB899:
.LBB897:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2442
	subl	%r10d, %eax	# _34, tmp131
	cmpl	%r10d, %ecx	# _34, k
	cmovnb	%eax, %ecx	# tmp131,, k
.LVL564:
	.loc 2 89 29 view .LVU2443
.LBE897:
.LBE899:
# ./isa/ops.inc:65: OP_BEGIN(MUL)  BINARY((cell)((ucell)a * (ucell)b));  OP_END(MUL)
	.loc 1 65 54 view .LVU2444
	subq	%r9, %rdx	# _1, tmp117
.LVL565:
	.loc 1 65 54 view .LVU2445
	sarq	$3, %rdx	#, tmp119
	call	vm_stop	#
.LVL566:
	.loc 1 65 54 is_stmt 1 view .LVU2446
	movq	(%rbx), %rdi	# m_31(D)->vm, m_31(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp120
	call	longjmp	#
.LVL567:
	.cfi_endproc
.LFE54:
	.size	op_C_MUL, .-op_C_MUL
	.p2align 4
	.type	op_C_AND, @function
op_C_AND:
.LVL568:
.LFB69:
	.loc 1 88 32 view -0
	.cfi_startproc
	.loc 1 88 32 view .LVU2448
.LDL95:
	.loc 1 88 32 view .LVU2449
	.loc 1 88 32 view .LVU2450
	.loc 1 88 32 view .LVU2451
	.loc 1 88 32 view .LVU2452
	.loc 1 88 32 view .LVU2453
	.loc 1 88 32 view .LVU2454
	.loc 1 88 32 view .LVU2455
	.loc 1 88 32 view .LVU2456
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 is_stmt 0 view .LVU2457
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_28(D)->vm, _1
.LVL569:
	.loc 1 88 32 view .LVU2458
	leaq	16(%rdi), %rax	#, tmp111
	cmpq	%rax, %rdx	# tmp111, sp
	jb	.L341	#,
	.loc 1 88 32 is_stmt 1 view .LVU2459
	.loc 1 88 32 view .LVU2460
	.loc 1 88 32 view .LVU2461
	.loc 1 88 32 view .LVU2462
	.loc 1 88 32 view .LVU2463
	.loc 1 88 32 view .LVU2464
	.loc 1 88 32 view .LVU2465
	.loc 1 88 32 view .LVU2466
	.loc 1 88 32 view .LVU2467
	.loc 1 88 32 view .LVU2468
	.loc 1 88 32 view .LVU2469
.LVL570:
.LBB906:
.LBI906:
	.loc 1 88 1 view .LVU2470
.LBB907:
	.loc 1 88 1 view .LVU2471
	.loc 1 88 1 view .LVU2472
	.loc 1 88 1 view .LVU2473
	.loc 1 88 1 view .LVU2474
	.loc 1 88 16 view .LVU2475
.LBB908:
	.loc 1 88 16 view .LVU2476
	.loc 1 88 16 view .LVU2477
	.loc 1 88 16 view .LVU2478
	.loc 1 88 16 view .LVU2479
	.loc 1 88 16 view .LVU2480
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	andq	%rax, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL571:
.LDL96:
	.loc 1 88 16 is_stmt 0 view .LVU2481
.LBE908:
	.loc 1 88 16 is_stmt 1 view .LVU2482
	.loc 1 88 32 view .LVU2483
	.loc 1 88 32 view .LVU2484
.LBB909:
	.loc 1 88 32 view .LVU2485
	.loc 1 88 32 view .LVU2486
.LBE909:
.LBB910:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 16 is_stmt 0 view .LVU2487
	subq	$8, %rdx	#, sp
.LVL572:
	.loc 1 88 16 view .LVU2488
.LBE910:
.LBB911:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU2489
.LVL573:
	.loc 1 88 32 is_stmt 1 view .LVU2490
	.loc 1 88 32 is_stmt 0 view .LVU2491
.LBE911:
.LBE907:
.LBE906:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL574:
	.loc 1 88 32 view .LVU2492
	ret	
.LVL575:
	.p2align 4,,10
	.p2align 3
.L341:
	.cfi_restore_state
.L335:
	.loc 1 88 32 is_stmt 1 discriminator 4 view .LVU2493
	.loc 1 88 32 discriminator 4 view .LVU2494
	.loc 1 88 32 discriminator 4 view .LVU2495
	movq	24(%rbx), %rax	# m_28(D)->native, _9
	movq	16(%rbx), %r8	# m_28(D)->budget, _6
.LBB912:
.LBB913:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2496
	xorl	%ecx, %ecx	# k
.LBE913:
.LBE912:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 discriminator 4 view .LVU2497
	movq	8(%rsp), %rsi	#, tmp112
.LVL576:
	.loc 1 88 32 discriminator 4 view .LVU2498
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _31
.LVL577:
.LBB916:
.LBI912:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2499
.LBB914:
	.loc 2 87 33 discriminator 4 view .LVU2500
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.697
.LVL578:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2501
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L336	#
.LVL579:
	.p2align 4,,10
	.p2align 3
.L338:
	.loc 2 88 9 is_stmt 1 view .LVU2502
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2503
	addl	$1, %ecx	#, k
.LVL580:
	.loc 2 87 33 is_stmt 1 view .LVU2504
	addq	$8, %rax	#, ivtmp.697
	cmpl	%ecx, %r9d	# k, _4
	je	.L337	#,
.LVL581:
.L336:
	.loc 2 87 33 is_stmt 0 view .LVU2505
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_44], tmp112
	jne	.L338	#,
.L337:
	.loc 2 89 5 is_stmt 1 view .LVU2506
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2507
	movl	%ecx, %eax	# k, tmp127
.LBE914:
.LBE916:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU2508
	movl	$2, %esi	#,
.LVL582:
.LBB917:
.LBB915:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2509
	subl	%r10d, %eax	# _31, tmp127
	cmpl	%r10d, %ecx	# _31, k
	cmovnb	%eax, %ecx	# tmp127,, k
.LVL583:
	.loc 2 89 29 view .LVU2510
.LBE915:
.LBE917:
# ./isa/ops.inc:88: OP_BEGIN(AND)  BINARY(a & b);  OP_END(AND)
	.loc 1 88 32 view .LVU2511
	subq	%rdi, %rdx	# _1, tmp114
.LVL584:
	.loc 1 88 32 view .LVU2512
	sarq	$3, %rdx	#, tmp116
	call	vm_stop	#
.LVL585:
	.loc 1 88 32 is_stmt 1 view .LVU2513
	movq	(%rbx), %rdi	# m_28(D)->vm, m_28(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL586:
	.cfi_endproc
.LFE69:
	.size	op_C_AND, .-op_C_AND
	.p2align 4
	.type	op_C_OR, @function
op_C_OR:
.LVL587:
.LFB72:
	.loc 1 89 32 view -0
	.cfi_startproc
	.loc 1 89 32 view .LVU2515
.LDL97:
	.loc 1 89 32 view .LVU2516
	.loc 1 89 32 view .LVU2517
	.loc 1 89 32 view .LVU2518
	.loc 1 89 32 view .LVU2519
	.loc 1 89 32 view .LVU2520
	.loc 1 89 32 view .LVU2521
	.loc 1 89 32 view .LVU2522
	.loc 1 89 32 view .LVU2523
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 is_stmt 0 view .LVU2524
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_28(D)->vm, _1
.LVL588:
	.loc 1 89 32 view .LVU2525
	leaq	16(%rdi), %rax	#, tmp111
	cmpq	%rax, %rdx	# tmp111, sp
	jb	.L350	#,
	.loc 1 89 32 is_stmt 1 view .LVU2526
	.loc 1 89 32 view .LVU2527
	.loc 1 89 32 view .LVU2528
	.loc 1 89 32 view .LVU2529
	.loc 1 89 32 view .LVU2530
	.loc 1 89 32 view .LVU2531
	.loc 1 89 32 view .LVU2532
	.loc 1 89 32 view .LVU2533
	.loc 1 89 32 view .LVU2534
	.loc 1 89 32 view .LVU2535
	.loc 1 89 32 view .LVU2536
.LVL589:
.LBB924:
.LBI924:
	.loc 1 89 1 view .LVU2537
.LBB925:
	.loc 1 89 1 view .LVU2538
	.loc 1 89 1 view .LVU2539
	.loc 1 89 1 view .LVU2540
	.loc 1 89 1 view .LVU2541
	.loc 1 89 16 view .LVU2542
.LBB926:
	.loc 1 89 16 view .LVU2543
	.loc 1 89 16 view .LVU2544
	.loc 1 89 16 view .LVU2545
	.loc 1 89 16 view .LVU2546
	.loc 1 89 16 view .LVU2547
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	orq	%rax, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL590:
.LDL98:
	.loc 1 89 16 is_stmt 0 view .LVU2548
.LBE926:
	.loc 1 89 16 is_stmt 1 view .LVU2549
	.loc 1 89 32 view .LVU2550
	.loc 1 89 32 view .LVU2551
.LBB927:
	.loc 1 89 32 view .LVU2552
	.loc 1 89 32 view .LVU2553
.LBE927:
.LBB928:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 16 is_stmt 0 view .LVU2554
	subq	$8, %rdx	#, sp
.LVL591:
	.loc 1 89 16 view .LVU2555
.LBE928:
.LBB929:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU2556
.LVL592:
	.loc 1 89 32 is_stmt 1 view .LVU2557
	.loc 1 89 32 is_stmt 0 view .LVU2558
.LBE929:
.LBE925:
.LBE924:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL593:
	.loc 1 89 32 view .LVU2559
	ret	
.LVL594:
	.p2align 4,,10
	.p2align 3
.L350:
	.cfi_restore_state
.L344:
	.loc 1 89 32 is_stmt 1 discriminator 4 view .LVU2560
	.loc 1 89 32 discriminator 4 view .LVU2561
	.loc 1 89 32 discriminator 4 view .LVU2562
	movq	24(%rbx), %rax	# m_28(D)->native, _9
	movq	16(%rbx), %r8	# m_28(D)->budget, _6
.LBB930:
.LBB931:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2563
	xorl	%ecx, %ecx	# k
.LBE931:
.LBE930:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 discriminator 4 view .LVU2564
	movq	8(%rsp), %rsi	#, tmp112
.LVL595:
	.loc 1 89 32 discriminator 4 view .LVU2565
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _31
.LVL596:
.LBB934:
.LBI930:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2566
.LBB932:
	.loc 2 87 33 discriminator 4 view .LVU2567
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.705
.LVL597:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2568
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L345	#
.LVL598:
	.p2align 4,,10
	.p2align 3
.L347:
	.loc 2 88 9 is_stmt 1 view .LVU2569
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2570
	addl	$1, %ecx	#, k
.LVL599:
	.loc 2 87 33 is_stmt 1 view .LVU2571
	addq	$8, %rax	#, ivtmp.705
	cmpl	%ecx, %r9d	# k, _4
	je	.L346	#,
.LVL600:
.L345:
	.loc 2 87 33 is_stmt 0 view .LVU2572
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_44], tmp112
	jne	.L347	#,
.L346:
	.loc 2 89 5 is_stmt 1 view .LVU2573
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2574
	movl	%ecx, %eax	# k, tmp127
.LBE932:
.LBE934:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU2575
	movl	$2, %esi	#,
.LVL601:
.LBB935:
.LBB933:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2576
	subl	%r10d, %eax	# _31, tmp127
	cmpl	%r10d, %ecx	# _31, k
	cmovnb	%eax, %ecx	# tmp127,, k
.LVL602:
	.loc 2 89 29 view .LVU2577
.LBE933:
.LBE935:
# ./isa/ops.inc:89: OP_BEGIN(OR)   BINARY(a | b);  OP_END(OR)
	.loc 1 89 32 view .LVU2578
	subq	%rdi, %rdx	# _1, tmp114
.LVL603:
	.loc 1 89 32 view .LVU2579
	sarq	$3, %rdx	#, tmp116
	call	vm_stop	#
.LVL604:
	.loc 1 89 32 is_stmt 1 view .LVU2580
	movq	(%rbx), %rdi	# m_28(D)->vm, m_28(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL605:
	.cfi_endproc
.LFE72:
	.size	op_C_OR, .-op_C_OR
	.p2align 4
	.type	op_C_XOR, @function
op_C_XOR:
.LVL606:
.LFB75:
	.loc 1 90 32 view -0
	.cfi_startproc
	.loc 1 90 32 view .LVU2582
.LDL99:
	.loc 1 90 32 view .LVU2583
	.loc 1 90 32 view .LVU2584
	.loc 1 90 32 view .LVU2585
	.loc 1 90 32 view .LVU2586
	.loc 1 90 32 view .LVU2587
	.loc 1 90 32 view .LVU2588
	.loc 1 90 32 view .LVU2589
	.loc 1 90 32 view .LVU2590
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 is_stmt 0 view .LVU2591
	movq	%rdi, %rbx	# tmp129, m
	movq	(%rdi), %rdi	# m_28(D)->vm, _1
.LVL607:
	.loc 1 90 32 view .LVU2592
	leaq	16(%rdi), %rax	#, tmp111
	cmpq	%rax, %rdx	# tmp111, sp
	jb	.L359	#,
	.loc 1 90 32 is_stmt 1 view .LVU2593
	.loc 1 90 32 view .LVU2594
	.loc 1 90 32 view .LVU2595
	.loc 1 90 32 view .LVU2596
	.loc 1 90 32 view .LVU2597
	.loc 1 90 32 view .LVU2598
	.loc 1 90 32 view .LVU2599
	.loc 1 90 32 view .LVU2600
	.loc 1 90 32 view .LVU2601
	.loc 1 90 32 view .LVU2602
	.loc 1 90 32 view .LVU2603
.LVL608:
.LBB942:
.LBI942:
	.loc 1 90 1 view .LVU2604
.LBB943:
	.loc 1 90 1 view .LVU2605
	.loc 1 90 1 view .LVU2606
	.loc 1 90 1 view .LVU2607
	.loc 1 90 1 view .LVU2608
	.loc 1 90 16 view .LVU2609
.LBB944:
	.loc 1 90 16 view .LVU2610
	.loc 1 90 16 view .LVU2611
	.loc 1 90 16 view .LVU2612
	.loc 1 90 16 view .LVU2613
	.loc 1 90 16 view .LVU2614
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -8B]
	xorq	%rax, -16(%rdx)	# MEM[(cell *)sp_26(D) + -8B], MEM[(cell *)sp_26(D) + -16B]
.LVL609:
.LDL100:
	.loc 1 90 16 is_stmt 0 view .LVU2615
.LBE944:
	.loc 1 90 16 is_stmt 1 view .LVU2616
	.loc 1 90 32 view .LVU2617
	.loc 1 90 32 view .LVU2618
.LBB945:
	.loc 1 90 32 view .LVU2619
	.loc 1 90 32 view .LVU2620
.LBE945:
.LBB946:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 16 is_stmt 0 view .LVU2621
	subq	$8, %rdx	#, sp
.LVL610:
	.loc 1 90 16 view .LVU2622
.LBE946:
.LBB947:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU2623
.LVL611:
	.loc 1 90 32 is_stmt 1 view .LVU2624
	.loc 1 90 32 is_stmt 0 view .LVU2625
.LBE947:
.LBE943:
.LBE942:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL612:
	.loc 1 90 32 view .LVU2626
	ret	
.LVL613:
	.p2align 4,,10
	.p2align 3
.L359:
	.cfi_restore_state
.L353:
	.loc 1 90 32 is_stmt 1 discriminator 4 view .LVU2627
	.loc 1 90 32 discriminator 4 view .LVU2628
	.loc 1 90 32 discriminator 4 view .LVU2629
	movq	24(%rbx), %rax	# m_28(D)->native, _9
	movq	16(%rbx), %r8	# m_28(D)->budget, _6
.LBB948:
.LBB949:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2630
	xorl	%ecx, %ecx	# k
.LBE949:
.LBE948:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 discriminator 4 view .LVU2631
	movq	8(%rsp), %rsi	#, tmp112
.LVL614:
	.loc 1 90 32 discriminator 4 view .LVU2632
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _31
.LVL615:
.LBB952:
.LBI948:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2633
.LBB950:
	.loc 2 87 33 discriminator 4 view .LVU2634
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.713
.LVL616:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2635
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L354	#
.LVL617:
	.p2align 4,,10
	.p2align 3
.L356:
	.loc 2 88 9 is_stmt 1 view .LVU2636
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2637
	addl	$1, %ecx	#, k
.LVL618:
	.loc 2 87 33 is_stmt 1 view .LVU2638
	addq	$8, %rax	#, ivtmp.713
	cmpl	%ecx, %r9d	# k, _4
	je	.L355	#,
.LVL619:
.L354:
	.loc 2 87 33 is_stmt 0 view .LVU2639
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_44], tmp112
	jne	.L356	#,
.L355:
	.loc 2 89 5 is_stmt 1 view .LVU2640
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2641
	movl	%ecx, %eax	# k, tmp127
.LBE950:
.LBE952:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU2642
	movl	$2, %esi	#,
.LVL620:
.LBB953:
.LBB951:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2643
	subl	%r10d, %eax	# _31, tmp127
	cmpl	%r10d, %ecx	# _31, k
	cmovnb	%eax, %ecx	# tmp127,, k
.LVL621:
	.loc 2 89 29 view .LVU2644
.LBE951:
.LBE953:
# ./isa/ops.inc:90: OP_BEGIN(XOR)  BINARY(a ^ b);  OP_END(XOR)
	.loc 1 90 32 view .LVU2645
	subq	%rdi, %rdx	# _1, tmp114
.LVL622:
	.loc 1 90 32 view .LVU2646
	sarq	$3, %rdx	#, tmp116
	call	vm_stop	#
.LVL623:
	.loc 1 90 32 is_stmt 1 view .LVU2647
	movq	(%rbx), %rdi	# m_28(D)->vm, m_28(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp117
	call	longjmp	#
.LVL624:
	.cfi_endproc
.LFE75:
	.size	op_C_XOR, .-op_C_XOR
	.p2align 4
	.type	op_DIV, @function
op_DIV:
.LVL625:
.LFB56:
	.loc 1 72 1 view -0
	.cfi_startproc
	.loc 1 72 1 view .LVU2649
.LDL101:
	.loc 1 72 1 view .LVU2650
	.loc 1 72 1 view .LVU2651
	.loc 1 72 1 view .LVU2652
	.loc 1 72 1 view .LVU2653
	.loc 1 72 1 view .LVU2654
	.loc 1 72 1 view .LVU2655
	.loc 1 72 1 view .LVU2656
	.loc 1 72 1 view .LVU2657
.LBB960:
.LBI960:
	.loc 1 67 1 view .LVU2658
.LBB961:
	.loc 1 67 1 view .LVU2659
	.loc 1 67 1 view .LVU2660
	.loc 1 67 1 view .LVU2661
	.loc 1 67 1 view .LVU2662
	.loc 1 68 5 view .LVU2663
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 9 is_stmt 0 view .LVU2664
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -8B], _5
.LVL626:
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 8 view .LVU2665
	testq	%rsi, %rsi	# _5
	je	.L372	#,
.LBB962:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2666
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_4(D) + -16B], a
	movq	%rdx, %rcx	# tmp125, sp
.LBE962:
	.loc 1 69 9 is_stmt 1 view .LVU2667
	.loc 1 71 5 view .LVU2668
.LBB963:
	.loc 1 71 5 view .LVU2669
.LVL627:
	.loc 1 71 5 view .LVU2670
	.loc 1 71 5 view .LVU2671
	.loc 1 71 5 view .LVU2672
	leaq	-8(%rdx), %rdi	#, sp
.LVL628:
	.loc 1 71 5 view .LVU2673
	cmpq	$-1, %rsi	#, _5
	je	.L373	#,
	cqto
.LVL629:
	.loc 1 71 5 is_stmt 0 view .LVU2674
	idivq	%rsi	# _5
.LVL630:
	.loc 1 71 5 view .LVU2675
.LBE963:
.LBE961:
.LBE960:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU2676
	movq	%rdi, %rdx	# sp,
.LBB982:
.LBB977:
.LBB964:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2677
	movq	%rax, -16(%rcx)	# iftmp.25_21, MEM[(cell *)sp_4(D) + -16B]
.LVL631:
.LDL102:
	.loc 1 71 5 view .LVU2678
.LBE964:
	.loc 1 71 5 is_stmt 1 view .LVU2679
	.loc 1 72 1 view .LVU2680
	.loc 1 72 1 view .LVU2681
.LBB965:
	.loc 1 72 1 view .LVU2682
	.loc 1 72 1 view .LVU2683
.LVL632:
	.loc 1 72 1 view .LVU2684
	.loc 1 72 1 is_stmt 0 view .LVU2685
.LBE965:
.LBE977:
.LBE982:
	ret	
.LVL633:
	.p2align 4,,10
	.p2align 3
.L373:
.LBB983:
.LBB978:
.LBB966:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2686
	negq	%rax	# iftmp.25_21
.LVL634:
	.loc 1 71 5 view .LVU2687
.LBE966:
.LBE978:
.LBE983:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU2688
	movq	%rdi, %rdx	# sp,
.LVL635:
.LBB984:
.LBB979:
.LBB967:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU2689
	movq	%rax, -16(%rcx)	# iftmp.25_21, MEM[(cell *)sp_4(D) + -16B]
.LVL636:
	.loc 1 71 5 view .LVU2690
.LBE967:
	.loc 1 71 5 is_stmt 1 view .LVU2691
	.loc 1 72 1 view .LVU2692
	.loc 1 72 1 view .LVU2693
.LBB968:
	.loc 1 72 1 view .LVU2694
	.loc 1 72 1 view .LVU2695
.LVL637:
	.loc 1 72 1 view .LVU2696
	.loc 1 72 1 is_stmt 0 view .LVU2697
.LBE968:
.LBE979:
.LBE984:
	ret	
.LVL638:
	.p2align 4,,10
	.p2align 3
.L372:
.L362:
.LBB985:
.LBB980:
	.loc 1 69 9 is_stmt 1 view .LVU2698
	.loc 1 69 9 view .LVU2699
	.loc 1 69 9 view .LVU2700
.LBE980:
.LBE985:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 is_stmt 0 view .LVU2701
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB986:
.LBB981:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2702
	movq	24(%rdi), %rax	# m_2(D)->native, _11
	movq	%rdi, %rbx	# tmp124, m
.LBB969:
.LBB970:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU2703
	xorl	%ecx, %ecx	# k
.LBE970:
.LBE969:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2704
	movq	16(%rdi), %r8	# m_2(D)->budget, _9
	movq	8(%rsp), %rdx	#, tmp109
.LVL639:
	.loc 1 69 9 view .LVU2705
	movl	24(%rax), %edi	# MEM[(unsigned int *)_11 + 24B], _31
.LVL640:
.LBB974:
.LBI969:
	.loc 2 84 17 is_stmt 1 view .LVU2706
.LBB971:
	.loc 2 87 33 view .LVU2707
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_11 + 16B], ivtmp.721
.LVL641:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU2708
	leal	-1(%rdi,%rdi), %esi	#, _7
	jmp	.L363	#
.LVL642:
	.p2align 4,,10
	.p2align 3
.L365:
	.loc 2 88 9 is_stmt 1 view .LVU2709
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2710
	addl	$1, %ecx	#, k
.LVL643:
	.loc 2 87 33 is_stmt 1 view .LVU2711
	addq	$8, %rax	#, ivtmp.721
	cmpl	%ecx, %esi	# k, _7
	je	.L364	#,
.LVL644:
.L363:
	.loc 2 87 33 is_stmt 0 view .LVU2712
	cmpq	(%rax), %rdx	# MEM[(uintptr_t *)_47], tmp109
	jne	.L365	#,
.L364:
	.loc 2 89 5 is_stmt 1 view .LVU2713
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2714
	movl	%ecx, %eax	# k, tmp122
.LBE971:
.LBE974:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2715
	movl	$1, %esi	#,
.LBB975:
.LBB972:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2716
	subl	%edi, %eax	# _31, tmp122
	cmpl	%edi, %ecx	# _31, k
.LBE972:
.LBE975:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2717
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
.LBB976:
.LBB973:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2718
	cmovnb	%eax, %ecx	# tmp122,, k
.LVL645:
	.loc 2 89 29 view .LVU2719
.LBE973:
.LBE976:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU2720
	xorl	%edx, %edx	#
	call	vm_stop	#
.LVL646:
	.loc 1 69 9 is_stmt 1 view .LVU2721
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp112
	call	longjmp	#
.LVL647:
.LBE981:
.LBE986:
	.cfi_endproc
.LFE56:
	.size	op_DIV, .-op_DIV
	.p2align 4
	.type	op_C_LE, @function
op_C_LE:
.LVL648:
.LFB93:
	.loc 1 98 33 view -0
	.cfi_startproc
	.loc 1 98 33 view .LVU2723
.LDL103:
	.loc 1 98 33 view .LVU2724
	.loc 1 98 33 view .LVU2725
	.loc 1 98 33 view .LVU2726
	.loc 1 98 33 view .LVU2727
	.loc 1 98 33 view .LVU2728
	.loc 1 98 33 view .LVU2729
	.loc 1 98 33 view .LVU2730
	.loc 1 98 33 view .LVU2731
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 is_stmt 0 view .LVU2732
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL649:
	.loc 1 98 33 view .LVU2733
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L382	#,
	.loc 1 98 33 is_stmt 1 view .LVU2734
	.loc 1 98 33 view .LVU2735
	.loc 1 98 33 view .LVU2736
	.loc 1 98 33 view .LVU2737
	.loc 1 98 33 view .LVU2738
	.loc 1 98 33 view .LVU2739
	.loc 1 98 33 view .LVU2740
	.loc 1 98 33 view .LVU2741
	.loc 1 98 33 view .LVU2742
	.loc 1 98 33 view .LVU2743
	.loc 1 98 33 view .LVU2744
.LVL650:
.LBB993:
.LBI993:
	.loc 1 98 1 view .LVU2745
.LBB994:
	.loc 1 98 1 view .LVU2746
	.loc 1 98 1 view .LVU2747
	.loc 1 98 1 view .LVU2748
	.loc 1 98 1 view .LVU2749
	.loc 1 98 16 view .LVU2750
.LBB995:
	.loc 1 98 16 view .LVU2751
	.loc 1 98 16 view .LVU2752
	.loc 1 98 16 view .LVU2753
	.loc 1 98 16 view .LVU2754
	.loc 1 98 16 view .LVU2755
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	setle	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL651:
	.loc 1 98 16 is_stmt 0 view .LVU2756
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL652:
.LDL104:
	.loc 1 98 16 view .LVU2757
.LBE995:
	.loc 1 98 16 is_stmt 1 view .LVU2758
	.loc 1 98 33 view .LVU2759
	.loc 1 98 33 view .LVU2760
.LBB996:
	.loc 1 98 33 view .LVU2761
	.loc 1 98 33 view .LVU2762
.LBE996:
.LBE994:
.LBE993:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL653:
.LBB999:
.LBB998:
.LBB997:
	.loc 1 98 33 is_stmt 0 view .LVU2763
.LVL654:
	.loc 1 98 33 is_stmt 1 view .LVU2764
	.loc 1 98 33 is_stmt 0 view .LVU2765
.LBE997:
.LBE998:
.LBE999:
	ret	
.LVL655:
	.p2align 4,,10
	.p2align 3
.L382:
	.cfi_restore_state
.L376:
	.loc 1 98 33 is_stmt 1 discriminator 4 view .LVU2766
	.loc 1 98 33 discriminator 4 view .LVU2767
	.loc 1 98 33 discriminator 4 view .LVU2768
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1000:
.LBB1001:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2769
	xorl	%ecx, %ecx	# k
.LBE1001:
.LBE1000:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 discriminator 4 view .LVU2770
	movq	8(%rsp), %rsi	#, tmp113
.LVL656:
	.loc 1 98 33 discriminator 4 view .LVU2771
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL657:
.LBB1004:
.LBI1000:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2772
.LBB1002:
	.loc 2 87 33 discriminator 4 view .LVU2773
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.729
.LVL658:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2774
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L377	#
.LVL659:
	.p2align 4,,10
	.p2align 3
.L379:
	.loc 2 88 9 is_stmt 1 view .LVU2775
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2776
	addl	$1, %ecx	#, k
.LVL660:
	.loc 2 87 33 is_stmt 1 view .LVU2777
	addq	$8, %rax	#, ivtmp.729
	cmpl	%ecx, %r9d	# k, _4
	je	.L378	#,
.LVL661:
.L377:
	.loc 2 87 33 is_stmt 0 view .LVU2778
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L379	#,
.L378:
	.loc 2 89 5 is_stmt 1 view .LVU2779
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2780
	movl	%ecx, %eax	# k, tmp130
.LBE1002:
.LBE1004:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 view .LVU2781
	movl	$2, %esi	#,
.LVL662:
.LBB1005:
.LBB1003:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2782
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL663:
	.loc 2 89 29 view .LVU2783
.LBE1003:
.LBE1005:
# ./isa/ops.inc:98: OP_BEGIN(LE)   BINARY(a <= b);  OP_END(LE)
	.loc 1 98 33 view .LVU2784
	subq	%rdi, %rdx	# _1, tmp115
.LVL664:
	.loc 1 98 33 view .LVU2785
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL665:
	.loc 1 98 33 is_stmt 1 view .LVU2786
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL666:
	.cfi_endproc
.LFE93:
	.size	op_C_LE, .-op_C_LE
	.p2align 4
	.type	op_C_GT, @function
op_C_GT:
.LVL667:
.LFB96:
	.loc 1 99 33 view -0
	.cfi_startproc
	.loc 1 99 33 view .LVU2788
.LDL105:
	.loc 1 99 33 view .LVU2789
	.loc 1 99 33 view .LVU2790
	.loc 1 99 33 view .LVU2791
	.loc 1 99 33 view .LVU2792
	.loc 1 99 33 view .LVU2793
	.loc 1 99 33 view .LVU2794
	.loc 1 99 33 view .LVU2795
	.loc 1 99 33 view .LVU2796
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 is_stmt 0 view .LVU2797
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL668:
	.loc 1 99 33 view .LVU2798
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L391	#,
	.loc 1 99 33 is_stmt 1 view .LVU2799
	.loc 1 99 33 view .LVU2800
	.loc 1 99 33 view .LVU2801
	.loc 1 99 33 view .LVU2802
	.loc 1 99 33 view .LVU2803
	.loc 1 99 33 view .LVU2804
	.loc 1 99 33 view .LVU2805
	.loc 1 99 33 view .LVU2806
	.loc 1 99 33 view .LVU2807
	.loc 1 99 33 view .LVU2808
	.loc 1 99 33 view .LVU2809
.LVL669:
.LBB1012:
.LBI1012:
	.loc 1 99 1 view .LVU2810
.LBB1013:
	.loc 1 99 1 view .LVU2811
	.loc 1 99 1 view .LVU2812
	.loc 1 99 1 view .LVU2813
	.loc 1 99 1 view .LVU2814
	.loc 1 99 16 view .LVU2815
.LBB1014:
	.loc 1 99 16 view .LVU2816
	.loc 1 99 16 view .LVU2817
	.loc 1 99 16 view .LVU2818
	.loc 1 99 16 view .LVU2819
	.loc 1 99 16 view .LVU2820
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	setg	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL670:
	.loc 1 99 16 is_stmt 0 view .LVU2821
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL671:
.LDL106:
	.loc 1 99 16 view .LVU2822
.LBE1014:
	.loc 1 99 16 is_stmt 1 view .LVU2823
	.loc 1 99 33 view .LVU2824
	.loc 1 99 33 view .LVU2825
.LBB1015:
	.loc 1 99 33 view .LVU2826
	.loc 1 99 33 view .LVU2827
.LBE1015:
.LBE1013:
.LBE1012:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL672:
.LBB1018:
.LBB1017:
.LBB1016:
	.loc 1 99 33 is_stmt 0 view .LVU2828
.LVL673:
	.loc 1 99 33 is_stmt 1 view .LVU2829
	.loc 1 99 33 is_stmt 0 view .LVU2830
.LBE1016:
.LBE1017:
.LBE1018:
	ret	
.LVL674:
	.p2align 4,,10
	.p2align 3
.L391:
	.cfi_restore_state
.L385:
	.loc 1 99 33 is_stmt 1 discriminator 4 view .LVU2831
	.loc 1 99 33 discriminator 4 view .LVU2832
	.loc 1 99 33 discriminator 4 view .LVU2833
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1019:
.LBB1020:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2834
	xorl	%ecx, %ecx	# k
.LBE1020:
.LBE1019:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 discriminator 4 view .LVU2835
	movq	8(%rsp), %rsi	#, tmp113
.LVL675:
	.loc 1 99 33 discriminator 4 view .LVU2836
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL676:
.LBB1023:
.LBI1019:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2837
.LBB1021:
	.loc 2 87 33 discriminator 4 view .LVU2838
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.737
.LVL677:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2839
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L386	#
.LVL678:
	.p2align 4,,10
	.p2align 3
.L388:
	.loc 2 88 9 is_stmt 1 view .LVU2840
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2841
	addl	$1, %ecx	#, k
.LVL679:
	.loc 2 87 33 is_stmt 1 view .LVU2842
	addq	$8, %rax	#, ivtmp.737
	cmpl	%ecx, %r9d	# k, _4
	je	.L387	#,
.LVL680:
.L386:
	.loc 2 87 33 is_stmt 0 view .LVU2843
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L388	#,
.L387:
	.loc 2 89 5 is_stmt 1 view .LVU2844
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2845
	movl	%ecx, %eax	# k, tmp130
.LBE1021:
.LBE1023:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 view .LVU2846
	movl	$2, %esi	#,
.LVL681:
.LBB1024:
.LBB1022:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2847
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL682:
	.loc 2 89 29 view .LVU2848
.LBE1022:
.LBE1024:
# ./isa/ops.inc:99: OP_BEGIN(GT)   BINARY(a > b);   OP_END(GT)
	.loc 1 99 33 view .LVU2849
	subq	%rdi, %rdx	# _1, tmp115
.LVL683:
	.loc 1 99 33 view .LVU2850
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL684:
	.loc 1 99 33 is_stmt 1 view .LVU2851
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL685:
	.cfi_endproc
.LFE96:
	.size	op_C_GT, .-op_C_GT
	.p2align 4
	.type	op_C_EQ, @function
op_C_EQ:
.LVL686:
.LFB84:
	.loc 1 95 33 view -0
	.cfi_startproc
	.loc 1 95 33 view .LVU2853
.LDL107:
	.loc 1 95 33 view .LVU2854
	.loc 1 95 33 view .LVU2855
	.loc 1 95 33 view .LVU2856
	.loc 1 95 33 view .LVU2857
	.loc 1 95 33 view .LVU2858
	.loc 1 95 33 view .LVU2859
	.loc 1 95 33 view .LVU2860
	.loc 1 95 33 view .LVU2861
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 is_stmt 0 view .LVU2862
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL687:
	.loc 1 95 33 view .LVU2863
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L400	#,
	.loc 1 95 33 is_stmt 1 view .LVU2864
	.loc 1 95 33 view .LVU2865
	.loc 1 95 33 view .LVU2866
	.loc 1 95 33 view .LVU2867
	.loc 1 95 33 view .LVU2868
	.loc 1 95 33 view .LVU2869
	.loc 1 95 33 view .LVU2870
	.loc 1 95 33 view .LVU2871
	.loc 1 95 33 view .LVU2872
	.loc 1 95 33 view .LVU2873
	.loc 1 95 33 view .LVU2874
.LVL688:
.LBB1031:
.LBI1031:
	.loc 1 95 1 view .LVU2875
.LBB1032:
	.loc 1 95 1 view .LVU2876
	.loc 1 95 1 view .LVU2877
	.loc 1 95 1 view .LVU2878
	.loc 1 95 1 view .LVU2879
	.loc 1 95 16 view .LVU2880
.LBB1033:
	.loc 1 95 16 view .LVU2881
	.loc 1 95 16 view .LVU2882
	.loc 1 95 16 view .LVU2883
	.loc 1 95 16 view .LVU2884
	.loc 1 95 16 view .LVU2885
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	sete	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL689:
	.loc 1 95 16 is_stmt 0 view .LVU2886
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL690:
.LDL108:
	.loc 1 95 16 view .LVU2887
.LBE1033:
	.loc 1 95 16 is_stmt 1 view .LVU2888
	.loc 1 95 33 view .LVU2889
	.loc 1 95 33 view .LVU2890
.LBB1034:
	.loc 1 95 33 view .LVU2891
	.loc 1 95 33 view .LVU2892
.LBE1034:
.LBE1032:
.LBE1031:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL691:
.LBB1037:
.LBB1036:
.LBB1035:
	.loc 1 95 33 is_stmt 0 view .LVU2893
.LVL692:
	.loc 1 95 33 is_stmt 1 view .LVU2894
	.loc 1 95 33 is_stmt 0 view .LVU2895
.LBE1035:
.LBE1036:
.LBE1037:
	ret	
.LVL693:
	.p2align 4,,10
	.p2align 3
.L400:
	.cfi_restore_state
.L394:
	.loc 1 95 33 is_stmt 1 discriminator 4 view .LVU2896
	.loc 1 95 33 discriminator 4 view .LVU2897
	.loc 1 95 33 discriminator 4 view .LVU2898
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1038:
.LBB1039:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2899
	xorl	%ecx, %ecx	# k
.LBE1039:
.LBE1038:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 discriminator 4 view .LVU2900
	movq	8(%rsp), %rsi	#, tmp113
.LVL694:
	.loc 1 95 33 discriminator 4 view .LVU2901
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL695:
.LBB1042:
.LBI1038:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2902
.LBB1040:
	.loc 2 87 33 discriminator 4 view .LVU2903
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.745
.LVL696:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2904
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L395	#
.LVL697:
	.p2align 4,,10
	.p2align 3
.L397:
	.loc 2 88 9 is_stmt 1 view .LVU2905
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2906
	addl	$1, %ecx	#, k
.LVL698:
	.loc 2 87 33 is_stmt 1 view .LVU2907
	addq	$8, %rax	#, ivtmp.745
	cmpl	%ecx, %r9d	# k, _4
	je	.L396	#,
.LVL699:
.L395:
	.loc 2 87 33 is_stmt 0 view .LVU2908
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L397	#,
.L396:
	.loc 2 89 5 is_stmt 1 view .LVU2909
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2910
	movl	%ecx, %eax	# k, tmp130
.LBE1040:
.LBE1042:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 view .LVU2911
	movl	$2, %esi	#,
.LVL700:
.LBB1043:
.LBB1041:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2912
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL701:
	.loc 2 89 29 view .LVU2913
.LBE1041:
.LBE1043:
# ./isa/ops.inc:95: OP_BEGIN(EQ)   BINARY(a == b);  OP_END(EQ)
	.loc 1 95 33 view .LVU2914
	subq	%rdi, %rdx	# _1, tmp115
.LVL702:
	.loc 1 95 33 view .LVU2915
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL703:
	.loc 1 95 33 is_stmt 1 view .LVU2916
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL704:
	.cfi_endproc
.LFE84:
	.size	op_C_EQ, .-op_C_EQ
	.p2align 4
	.type	op_C_NE, @function
op_C_NE:
.LVL705:
.LFB87:
	.loc 1 96 33 view -0
	.cfi_startproc
	.loc 1 96 33 view .LVU2918
.LDL109:
	.loc 1 96 33 view .LVU2919
	.loc 1 96 33 view .LVU2920
	.loc 1 96 33 view .LVU2921
	.loc 1 96 33 view .LVU2922
	.loc 1 96 33 view .LVU2923
	.loc 1 96 33 view .LVU2924
	.loc 1 96 33 view .LVU2925
	.loc 1 96 33 view .LVU2926
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 is_stmt 0 view .LVU2927
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL706:
	.loc 1 96 33 view .LVU2928
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L409	#,
	.loc 1 96 33 is_stmt 1 view .LVU2929
	.loc 1 96 33 view .LVU2930
	.loc 1 96 33 view .LVU2931
	.loc 1 96 33 view .LVU2932
	.loc 1 96 33 view .LVU2933
	.loc 1 96 33 view .LVU2934
	.loc 1 96 33 view .LVU2935
	.loc 1 96 33 view .LVU2936
	.loc 1 96 33 view .LVU2937
	.loc 1 96 33 view .LVU2938
	.loc 1 96 33 view .LVU2939
.LVL707:
.LBB1050:
.LBI1050:
	.loc 1 96 1 view .LVU2940
.LBB1051:
	.loc 1 96 1 view .LVU2941
	.loc 1 96 1 view .LVU2942
	.loc 1 96 1 view .LVU2943
	.loc 1 96 1 view .LVU2944
	.loc 1 96 16 view .LVU2945
.LBB1052:
	.loc 1 96 16 view .LVU2946
	.loc 1 96 16 view .LVU2947
	.loc 1 96 16 view .LVU2948
	.loc 1 96 16 view .LVU2949
	.loc 1 96 16 view .LVU2950
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	setne	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL708:
	.loc 1 96 16 is_stmt 0 view .LVU2951
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL709:
.LDL110:
	.loc 1 96 16 view .LVU2952
.LBE1052:
	.loc 1 96 16 is_stmt 1 view .LVU2953
	.loc 1 96 33 view .LVU2954
	.loc 1 96 33 view .LVU2955
.LBB1053:
	.loc 1 96 33 view .LVU2956
	.loc 1 96 33 view .LVU2957
.LBE1053:
.LBE1051:
.LBE1050:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL710:
.LBB1056:
.LBB1055:
.LBB1054:
	.loc 1 96 33 is_stmt 0 view .LVU2958
.LVL711:
	.loc 1 96 33 is_stmt 1 view .LVU2959
	.loc 1 96 33 is_stmt 0 view .LVU2960
.LBE1054:
.LBE1055:
.LBE1056:
	ret	
.LVL712:
	.p2align 4,,10
	.p2align 3
.L409:
	.cfi_restore_state
.L403:
	.loc 1 96 33 is_stmt 1 discriminator 4 view .LVU2961
	.loc 1 96 33 discriminator 4 view .LVU2962
	.loc 1 96 33 discriminator 4 view .LVU2963
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1057:
.LBB1058:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU2964
	xorl	%ecx, %ecx	# k
.LBE1058:
.LBE1057:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 discriminator 4 view .LVU2965
	movq	8(%rsp), %rsi	#, tmp113
.LVL713:
	.loc 1 96 33 discriminator 4 view .LVU2966
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL714:
.LBB1061:
.LBI1057:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU2967
.LBB1059:
	.loc 2 87 33 discriminator 4 view .LVU2968
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.753
.LVL715:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU2969
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L404	#
.LVL716:
	.p2align 4,,10
	.p2align 3
.L406:
	.loc 2 88 9 is_stmt 1 view .LVU2970
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU2971
	addl	$1, %ecx	#, k
.LVL717:
	.loc 2 87 33 is_stmt 1 view .LVU2972
	addq	$8, %rax	#, ivtmp.753
	cmpl	%ecx, %r9d	# k, _4
	je	.L405	#,
.LVL718:
.L404:
	.loc 2 87 33 is_stmt 0 view .LVU2973
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L406	#,
.L405:
	.loc 2 89 5 is_stmt 1 view .LVU2974
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU2975
	movl	%ecx, %eax	# k, tmp130
.LBE1059:
.LBE1061:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 view .LVU2976
	movl	$2, %esi	#,
.LVL719:
.LBB1062:
.LBB1060:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU2977
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL720:
	.loc 2 89 29 view .LVU2978
.LBE1060:
.LBE1062:
# ./isa/ops.inc:96: OP_BEGIN(NE)   BINARY(a != b);  OP_END(NE)
	.loc 1 96 33 view .LVU2979
	subq	%rdi, %rdx	# _1, tmp115
.LVL721:
	.loc 1 96 33 view .LVU2980
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL722:
	.loc 1 96 33 is_stmt 1 view .LVU2981
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL723:
	.cfi_endproc
.LFE87:
	.size	op_C_NE, .-op_C_NE
	.p2align 4
	.type	op_C_LT, @function
op_C_LT:
.LVL724:
.LFB90:
	.loc 1 97 33 view -0
	.cfi_startproc
	.loc 1 97 33 view .LVU2983
.LDL111:
	.loc 1 97 33 view .LVU2984
	.loc 1 97 33 view .LVU2985
	.loc 1 97 33 view .LVU2986
	.loc 1 97 33 view .LVU2987
	.loc 1 97 33 view .LVU2988
	.loc 1 97 33 view .LVU2989
	.loc 1 97 33 view .LVU2990
	.loc 1 97 33 view .LVU2991
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 is_stmt 0 view .LVU2992
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL725:
	.loc 1 97 33 view .LVU2993
	leaq	16(%rdi), %rax	#, tmp112
	cmpq	%rax, %rdx	# tmp112, sp
	jb	.L418	#,
	.loc 1 97 33 is_stmt 1 view .LVU2994
	.loc 1 97 33 view .LVU2995
	.loc 1 97 33 view .LVU2996
	.loc 1 97 33 view .LVU2997
	.loc 1 97 33 view .LVU2998
	.loc 1 97 33 view .LVU2999
	.loc 1 97 33 view .LVU3000
	.loc 1 97 33 view .LVU3001
	.loc 1 97 33 view .LVU3002
	.loc 1 97 33 view .LVU3003
	.loc 1 97 33 view .LVU3004
.LVL726:
.LBB1069:
.LBI1069:
	.loc 1 97 1 view .LVU3005
.LBB1070:
	.loc 1 97 1 view .LVU3006
	.loc 1 97 1 view .LVU3007
	.loc 1 97 1 view .LVU3008
	.loc 1 97 1 view .LVU3009
	.loc 1 97 16 view .LVU3010
.LBB1071:
	.loc 1 97 16 view .LVU3011
	.loc 1 97 16 view .LVU3012
	.loc 1 97 16 view .LVU3013
	.loc 1 97 16 view .LVU3014
	.loc 1 97 16 view .LVU3015
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_27(D) + -8B], tmp136
	cmpq	%rax, -16(%rdx)	# tmp136, MEM[(cell *)sp_27(D) + -16B]
	setl	%al	#, tmp120
	subq	$8, %rdx	#, sp
.LVL727:
	.loc 1 97 16 is_stmt 0 view .LVU3016
	movzbl	%al, %eax	# tmp120, tmp120
	movq	%rax, -8(%rdx)	# tmp120, MEM[(cell *)sp_27(D) + -16B]
.LVL728:
.LDL112:
	.loc 1 97 16 view .LVU3017
.LBE1071:
	.loc 1 97 16 is_stmt 1 view .LVU3018
	.loc 1 97 33 view .LVU3019
	.loc 1 97 33 view .LVU3020
.LBB1072:
	.loc 1 97 33 view .LVU3021
	.loc 1 97 33 view .LVU3022
.LBE1072:
.LBE1070:
.LBE1069:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL729:
.LBB1075:
.LBB1074:
.LBB1073:
	.loc 1 97 33 is_stmt 0 view .LVU3023
.LVL730:
	.loc 1 97 33 is_stmt 1 view .LVU3024
	.loc 1 97 33 is_stmt 0 view .LVU3025
.LBE1073:
.LBE1074:
.LBE1075:
	ret	
.LVL731:
	.p2align 4,,10
	.p2align 3
.L418:
	.cfi_restore_state
.L412:
	.loc 1 97 33 is_stmt 1 discriminator 4 view .LVU3026
	.loc 1 97 33 discriminator 4 view .LVU3027
	.loc 1 97 33 discriminator 4 view .LVU3028
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1076:
.LBB1077:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3029
	xorl	%ecx, %ecx	# k
.LBE1077:
.LBE1076:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 discriminator 4 view .LVU3030
	movq	8(%rsp), %rsi	#, tmp113
.LVL732:
	.loc 1 97 33 discriminator 4 view .LVU3031
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL733:
.LBB1080:
.LBI1076:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3032
.LBB1078:
	.loc 2 87 33 discriminator 4 view .LVU3033
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.761
.LVL734:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3034
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L413	#
.LVL735:
	.p2align 4,,10
	.p2align 3
.L415:
	.loc 2 88 9 is_stmt 1 view .LVU3035
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3036
	addl	$1, %ecx	#, k
.LVL736:
	.loc 2 87 33 is_stmt 1 view .LVU3037
	addq	$8, %rax	#, ivtmp.761
	cmpl	%ecx, %r9d	# k, _4
	je	.L414	#,
.LVL737:
.L413:
	.loc 2 87 33 is_stmt 0 view .LVU3038
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_45], tmp113
	jne	.L415	#,
.L414:
	.loc 2 89 5 is_stmt 1 view .LVU3039
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3040
	movl	%ecx, %eax	# k, tmp130
.LBE1078:
.LBE1080:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 view .LVU3041
	movl	$2, %esi	#,
.LVL738:
.LBB1081:
.LBB1079:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3042
	subl	%r10d, %eax	# _32, tmp130
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL739:
	.loc 2 89 29 view .LVU3043
.LBE1079:
.LBE1081:
# ./isa/ops.inc:97: OP_BEGIN(LT)   BINARY(a < b);   OP_END(LT)
	.loc 1 97 33 view .LVU3044
	subq	%rdi, %rdx	# _1, tmp115
.LVL740:
	.loc 1 97 33 view .LVU3045
	sarq	$3, %rdx	#, tmp117
	call	vm_stop	#
.LVL741:
	.loc 1 97 33 is_stmt 1 view .LVU3046
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp118
	call	longjmp	#
.LVL742:
	.cfi_endproc
.LFE90:
	.size	op_C_LT, .-op_C_LT
	.p2align 4
	.type	op_STORE, @function
op_STORE:
.LVL743:
.LFB119:
	.loc 1 135 1 view -0
	.cfi_startproc
	.loc 1 135 1 view .LVU3048
.LDL113:
	.loc 1 135 1 view .LVU3049
	.loc 1 135 1 view .LVU3050
	.loc 1 135 1 view .LVU3051
	.loc 1 135 1 view .LVU3052
	.loc 1 135 1 view .LVU3053
	.loc 1 135 1 view .LVU3054
	.loc 1 135 1 view .LVU3055
	.loc 1 135 1 view .LVU3056
.LBB1087:
.LBI1087:
	.loc 1 131 1 view .LVU3057
.LBB1088:
	.loc 1 131 1 view .LVU3058
	.loc 1 131 1 view .LVU3059
	.loc 1 131 1 view .LVU3060
	.loc 1 131 1 view .LVU3061
	.loc 1 132 5 view .LVU3062
	.loc 1 132 5 view .LVU3063
.LBE1088:
.LBE1087:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 is_stmt 0 view .LVU3064
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
.LBB1101:
.LBB1097:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3065
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_4(D) + -8B], _5
.LBE1097:
.LBE1101:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 view .LVU3066
	movq	%rdi, %rbx	# tmp127, m
.LBB1102:
.LBB1098:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3067
	cmpq	$65535, %rax	#, _5
	ja	.L427	#,
	.loc 1 132 5 is_stmt 1 view .LVU3068
	.loc 1 132 5 view .LVU3069
	.loc 1 133 5 view .LVU3070
	movq	(%rdi), %rcx	# m_2(D)->vm, m_2(D)->vm
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 is_stmt 0 view .LVU3071
	movq	-16(%rdx), %rsi	# MEM[(cell *)sp_4(D) + -16B], _21
.LVL744:
# ./isa/ops.inc:134:     DROP(2);
	.loc 1 134 5 view .LVU3072
	subq	$16, %rdx	#, sp
.LVL745:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 view .LVU3073
	movq	65544(%rcx), %rcx	# _17->mem, _17->mem
	movq	%rsi, (%rcx,%rax,8)	# _21, *_20
	.loc 1 134 5 is_stmt 1 view .LVU3074
.LVL746:
.LDL114:
	.loc 1 135 1 view .LVU3075
	.loc 1 135 1 view .LVU3076
.LBB1089:
	.loc 1 135 1 view .LVU3077
	.loc 1 135 1 view .LVU3078
.LBE1089:
.LBE1098:
.LBE1102:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LBB1103:
.LBB1099:
.LBB1090:
.LVL747:
	.loc 1 135 1 view .LVU3079
	.loc 1 135 1 is_stmt 0 view .LVU3080
.LBE1090:
.LBE1099:
.LBE1103:
	ret	
.LVL748:
	.p2align 4,,10
	.p2align 3
.L427:
	.cfi_restore_state
.L421:
.LBB1104:
.LBB1100:
	.loc 1 132 5 is_stmt 1 view .LVU3081
	.loc 1 132 5 view .LVU3082
	.loc 1 132 5 view .LVU3083
	movq	24(%rdi), %rdx	# m_2(D)->native, _12
.LVL749:
	.loc 1 132 5 is_stmt 0 view .LVU3084
	movq	16(%rdi), %r8	# m_2(D)->budget, _10
.LBB1091:
.LBB1092:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU3085
	xorl	%ecx, %ecx	# k
.LBE1092:
.LBE1091:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3086
	movq	8(%rsp), %rsi	#, tmp111
.LVL750:
	.loc 1 132 5 view .LVU3087
	movl	24(%rdx), %r9d	# MEM[(unsigned int *)_12 + 24B], _31
.LVL751:
.LBB1095:
.LBI1091:
	.loc 2 84 17 is_stmt 1 view .LVU3088
.LBB1093:
	.loc 2 87 33 view .LVU3089
	movq	16(%rdx), %rdx	# MEM[(uintptr_t * *)_12 + 16B], ivtmp.769
.LVL752:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU3090
	leal	-1(%r9,%r9), %edi	#, _8
	jmp	.L422	#
.LVL753:
	.p2align 4,,10
	.p2align 3
.L424:
	.loc 2 88 9 is_stmt 1 view .LVU3091
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3092
	addl	$1, %ecx	#, k
.LVL754:
	.loc 2 87 33 is_stmt 1 view .LVU3093
	addq	$8, %rdx	#, ivtmp.769
	cmpl	%ecx, %edi	# k, _8
	je	.L423	#,
.LVL755:
.L422:
	.loc 2 87 33 is_stmt 0 view .LVU3094
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_13], tmp111
	jne	.L424	#,
.L423:
	.loc 2 89 5 is_stmt 1 view .LVU3095
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3096
	movl	%ecx, %edx	# k, tmp125
.LBE1093:
.LBE1095:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3097
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$6, %esi	#,
.LVL756:
.LBB1096:
.LBB1094:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3098
	subl	%r9d, %edx	# _31, tmp125
	cmpl	%r9d, %ecx	# _31, k
	cmovnb	%edx, %ecx	# tmp125,, k
.LVL757:
	.loc 2 89 29 view .LVU3099
.LBE1094:
.LBE1096:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3100
	movq	%rax, %rdx	# _5,
	call	vm_stop	#
.LVL758:
	.loc 1 132 5 is_stmt 1 view .LVU3101
	movq	(%rbx), %rdi	# m_2(D)->vm, m_2(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp114
	call	longjmp	#
.LVL759:
.LBE1100:
.LBE1104:
	.cfi_endproc
.LFE119:
	.size	op_STORE, .-op_STORE
	.p2align 4
	.type	op_C_ROT, @function
op_C_ROT:
.LVL760:
.LFB45:
	.loc 1 57 1 view -0
	.cfi_startproc
	.loc 1 57 1 view .LVU3103
.LDL115:
	.loc 1 57 1 view .LVU3104
	.loc 1 57 1 view .LVU3105
	.loc 1 57 1 view .LVU3106
	.loc 1 57 1 view .LVU3107
	.loc 1 57 1 view .LVU3108
	.loc 1 57 1 view .LVU3109
	.loc 1 57 1 view .LVU3110
	.loc 1 57 1 view .LVU3111
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 is_stmt 0 view .LVU3112
	movq	%rdi, %rbx	# tmp126, m
	movq	(%rdi), %rdi	# m_29(D)->vm, _1
.LVL761:
	.loc 1 57 1 view .LVU3113
	leaq	24(%rdi), %rax	#, tmp109
	cmpq	%rax, %rdx	# tmp109, sp
	jb	.L436	#,
	.loc 1 57 1 is_stmt 1 view .LVU3114
	.loc 1 57 1 view .LVU3115
	.loc 1 57 1 view .LVU3116
	.loc 1 57 1 view .LVU3117
	.loc 1 57 1 view .LVU3118
	.loc 1 57 1 view .LVU3119
	.loc 1 57 1 view .LVU3120
	.loc 1 57 1 view .LVU3121
	.loc 1 57 1 view .LVU3122
	.loc 1 57 1 view .LVU3123
	.loc 1 57 1 view .LVU3124
.LVL762:
.LBB1111:
.LBI1111:
	.loc 1 55 1 view .LVU3125
.LBB1112:
	.loc 1 55 1 view .LVU3126
	.loc 1 55 1 view .LVU3127
	.loc 1 55 1 view .LVU3128
	.loc 1 55 1 view .LVU3129
.LBB1113:
	.loc 1 56 7 view .LVU3130
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 12 is_stmt 0 view .LVU3131
	movq	-24(%rdx), %rax	# MEM[(cell *)sp_27(D) + -24B], a
.LVL763:
	.loc 1 56 22 is_stmt 1 view .LVU3132
	.loc 1 56 35 view .LVU3133
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 is_stmt 0 view .LVU3134
	movdqu	-16(%rdx), %xmm0	# MEM <vector(2) long int> [(cell *)sp_27(D) + -16B], tmp130
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 53 view .LVU3135
	movq	%rax, -8(%rdx)	# a, MEM[(cell *)sp_27(D) + -8B]
# ./isa/ops.inc:56:     { cell a = S(2); S(2) = S(1); S(1) = S(0); S(0) = a; }
	.loc 1 56 27 view .LVU3136
	movups	%xmm0, -24(%rdx)	# tmp130, MEM <vector(2) long int> [(cell *)sp_27(D) + -24B]
	.loc 1 56 48 is_stmt 1 view .LVU3137
.LDL116:
.LBE1113:
	.loc 1 57 1 view .LVU3138
	.loc 1 57 1 view .LVU3139
.LBB1114:
	.loc 1 57 1 view .LVU3140
	.loc 1 57 1 view .LVU3141
.LBE1114:
.LBE1112:
.LBE1111:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL764:
.LBB1117:
.LBB1116:
.LBB1115:
	.loc 1 57 1 is_stmt 0 view .LVU3142
.LVL765:
	.loc 1 57 1 is_stmt 1 view .LVU3143
	.loc 1 57 1 is_stmt 0 view .LVU3144
.LBE1115:
.LBE1116:
.LBE1117:
	ret	
.LVL766:
	.p2align 4,,10
	.p2align 3
.L436:
	.cfi_restore_state
.L430:
	.loc 1 57 1 is_stmt 1 discriminator 4 view .LVU3145
	.loc 1 57 1 discriminator 4 view .LVU3146
	.loc 1 57 1 discriminator 4 view .LVU3147
	movq	24(%rbx), %rax	# m_29(D)->native, _9
	movq	16(%rbx), %r8	# m_29(D)->budget, _6
.LBB1118:
.LBB1119:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3148
	xorl	%ecx, %ecx	# k
.LBE1119:
.LBE1118:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 discriminator 4 view .LVU3149
	movq	8(%rsp), %rsi	#, tmp110
.LVL767:
	.loc 1 57 1 discriminator 4 view .LVU3150
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _32
.LVL768:
.LBB1122:
.LBI1118:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3151
.LBB1120:
	.loc 2 87 33 discriminator 4 view .LVU3152
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.782
.LVL769:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3153
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L431	#
.LVL770:
	.p2align 4,,10
	.p2align 3
.L433:
	.loc 2 88 9 is_stmt 1 view .LVU3154
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3155
	addl	$1, %ecx	#, k
.LVL771:
	.loc 2 87 33 is_stmt 1 view .LVU3156
	addq	$8, %rax	#, ivtmp.782
	cmpl	%ecx, %r9d	# k, _4
	je	.L432	#,
.LVL772:
.L431:
	.loc 2 87 33 is_stmt 0 view .LVU3157
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_33], tmp110
	jne	.L433	#,
.L432:
	.loc 2 89 5 is_stmt 1 view .LVU3158
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3159
	movl	%ecx, %eax	# k, tmp124
.LBE1120:
.LBE1122:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 view .LVU3160
	movl	$2, %esi	#,
.LVL773:
.LBB1123:
.LBB1121:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3161
	subl	%r10d, %eax	# _32, tmp124
	cmpl	%r10d, %ecx	# _32, k
	cmovnb	%eax, %ecx	# tmp124,, k
.LVL774:
	.loc 2 89 29 view .LVU3162
.LBE1121:
.LBE1123:
# ./isa/ops.inc:57: OP_END(ROT)
	.loc 1 57 1 view .LVU3163
	subq	%rdi, %rdx	# _1, tmp112
.LVL775:
	.loc 1 57 1 view .LVU3164
	sarq	$3, %rdx	#, tmp114
	call	vm_stop	#
.LVL776:
	.loc 1 57 1 is_stmt 1 view .LVU3165
	movq	(%rbx), %rdi	# m_29(D)->vm, m_29(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp115
	call	longjmp	#
.LVL777:
	.cfi_endproc
.LFE45:
	.size	op_C_ROT, .-op_C_ROT
	.p2align 4
	.type	op_C_SHL, @function
op_C_SHL:
.LVL778:
.LFB78:
	.loc 1 91 55 view -0
	.cfi_startproc
	.loc 1 91 55 view .LVU3167
.LDL117:
	.loc 1 91 55 view .LVU3168
	.loc 1 91 55 view .LVU3169
	.loc 1 91 55 view .LVU3170
	.loc 1 91 55 view .LVU3171
	.loc 1 91 55 view .LVU3172
	.loc 1 91 55 view .LVU3173
	.loc 1 91 55 view .LVU3174
	.loc 1 91 55 view .LVU3175
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 is_stmt 0 view .LVU3176
	movq	%rdi, %rbx	# tmp134, m
	movq	(%rdi), %rdi	# m_32(D)->vm, _1
.LVL779:
	.loc 1 91 55 view .LVU3177
	leaq	16(%rdi), %rax	#, tmp115
	cmpq	%rax, %rdx	# tmp115, sp
	jb	.L445	#,
	.loc 1 91 55 is_stmt 1 view .LVU3178
	.loc 1 91 55 view .LVU3179
	.loc 1 91 55 view .LVU3180
	.loc 1 91 55 view .LVU3181
	.loc 1 91 55 view .LVU3182
	.loc 1 91 55 view .LVU3183
	.loc 1 91 55 view .LVU3184
	.loc 1 91 55 view .LVU3185
	.loc 1 91 55 view .LVU3186
	.loc 1 91 55 view .LVU3187
	.loc 1 91 55 view .LVU3188
.LVL780:
.LBB1130:
.LBI1130:
	.loc 1 91 1 view .LVU3189
.LBB1131:
	.loc 1 91 1 view .LVU3190
	.loc 1 91 1 view .LVU3191
	.loc 1 91 1 view .LVU3192
	.loc 1 91 1 view .LVU3193
	.loc 1 91 16 view .LVU3194
.LBB1132:
	.loc 1 91 16 view .LVU3195
	.loc 1 91 16 view .LVU3196
	.loc 1 91 16 view .LVU3197
	.loc 1 91 16 view .LVU3198
	.loc 1 91 16 view .LVU3199
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_30(D) + -8B], MEM[(cell *)sp_30(D) + -8B]
	salq	%cl, -16(%rdx)	# MEM[(cell *)sp_30(D) + -8B], MEM[(cell *)sp_30(D) + -16B]
.LVL781:
.LDL118:
	.loc 1 91 16 is_stmt 0 view .LVU3200
.LBE1132:
	.loc 1 91 16 is_stmt 1 view .LVU3201
	.loc 1 91 55 view .LVU3202
	.loc 1 91 55 view .LVU3203
.LBB1133:
	.loc 1 91 55 view .LVU3204
	.loc 1 91 55 view .LVU3205
.LBE1133:
.LBB1134:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 16 is_stmt 0 view .LVU3206
	subq	$8, %rdx	#, sp
.LVL782:
	.loc 1 91 16 view .LVU3207
.LBE1134:
.LBB1135:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU3208
.LVL783:
	.loc 1 91 55 is_stmt 1 view .LVU3209
	.loc 1 91 55 is_stmt 0 view .LVU3210
.LBE1135:
.LBE1131:
.LBE1130:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL784:
	.loc 1 91 55 view .LVU3211
	ret	
.LVL785:
	.p2align 4,,10
	.p2align 3
.L445:
	.cfi_restore_state
.L439:
	.loc 1 91 55 is_stmt 1 discriminator 4 view .LVU3212
	.loc 1 91 55 discriminator 4 view .LVU3213
	.loc 1 91 55 discriminator 4 view .LVU3214
	movq	24(%rbx), %rax	# m_32(D)->native, _9
	movq	16(%rbx), %r8	# m_32(D)->budget, _6
.LBB1136:
.LBB1137:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3215
	xorl	%ecx, %ecx	# k
.LBE1137:
.LBE1136:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 discriminator 4 view .LVU3216
	movq	8(%rsp), %rsi	#, tmp116
.LVL786:
	.loc 1 91 55 discriminator 4 view .LVU3217
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _35
.LVL787:
.LBB1140:
.LBI1136:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3218
.LBB1138:
	.loc 2 87 33 discriminator 4 view .LVU3219
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.790
.LVL788:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3220
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L440	#
.LVL789:
	.p2align 4,,10
	.p2align 3
.L442:
	.loc 2 88 9 is_stmt 1 view .LVU3221
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3222
	addl	$1, %ecx	#, k
.LVL790:
	.loc 2 87 33 is_stmt 1 view .LVU3223
	addq	$8, %rax	#, ivtmp.790
	cmpl	%ecx, %r9d	# k, _4
	je	.L441	#,
.LVL791:
.L440:
	.loc 2 87 33 is_stmt 0 view .LVU3224
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_48], tmp116
	jne	.L442	#,
.L441:
	.loc 2 89 5 is_stmt 1 view .LVU3225
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3226
	movl	%ecx, %eax	# k, tmp132
.LBE1138:
.LBE1140:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU3227
	movl	$2, %esi	#,
.LVL792:
.LBB1141:
.LBB1139:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3228
	subl	%r10d, %eax	# _35, tmp132
	cmpl	%r10d, %ecx	# _35, k
	cmovnb	%eax, %ecx	# tmp132,, k
.LVL793:
	.loc 2 89 29 view .LVU3229
.LBE1139:
.LBE1141:
# ./isa/ops.inc:91: OP_BEGIN(SHL)  BINARY((cell)((ucell)a << (b & 63)));  OP_END(SHL)
	.loc 1 91 55 view .LVU3230
	subq	%rdi, %rdx	# _1, tmp118
.LVL794:
	.loc 1 91 55 view .LVU3231
	sarq	$3, %rdx	#, tmp120
	call	vm_stop	#
.LVL795:
	.loc 1 91 55 is_stmt 1 view .LVU3232
	movq	(%rbx), %rdi	# m_32(D)->vm, m_32(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp121
	call	longjmp	#
.LVL796:
	.cfi_endproc
.LFE78:
	.size	op_C_SHL, .-op_C_SHL
	.p2align 4
	.type	op_C_SHR, @function
op_C_SHR:
.LVL797:
.LFB81:
	.loc 1 93 68 view -0
	.cfi_startproc
	.loc 1 93 68 view .LVU3234
.LDL119:
	.loc 1 93 68 view .LVU3235
	.loc 1 93 68 view .LVU3236
	.loc 1 93 68 view .LVU3237
	.loc 1 93 68 view .LVU3238
	.loc 1 93 68 view .LVU3239
	.loc 1 93 68 view .LVU3240
	.loc 1 93 68 view .LVU3241
	.loc 1 93 68 view .LVU3242
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 is_stmt 0 view .LVU3243
	movq	%rdi, %rbx	# tmp132, m
	movq	(%rdi), %rdi	# m_30(D)->vm, _1
.LVL798:
	.loc 1 93 68 view .LVU3244
	leaq	16(%rdi), %rax	#, tmp113
	cmpq	%rax, %rdx	# tmp113, sp
	jb	.L454	#,
	.loc 1 93 68 is_stmt 1 view .LVU3245
	.loc 1 93 68 view .LVU3246
	.loc 1 93 68 view .LVU3247
	.loc 1 93 68 view .LVU3248
	.loc 1 93 68 view .LVU3249
	.loc 1 93 68 view .LVU3250
	.loc 1 93 68 view .LVU3251
	.loc 1 93 68 view .LVU3252
	.loc 1 93 68 view .LVU3253
	.loc 1 93 68 view .LVU3254
	.loc 1 93 68 view .LVU3255
.LVL799:
.LBB1148:
.LBI1148:
	.loc 1 93 1 view .LVU3256
.LBB1149:
	.loc 1 93 1 view .LVU3257
	.loc 1 93 1 view .LVU3258
	.loc 1 93 1 view .LVU3259
	.loc 1 93 1 view .LVU3260
	.loc 1 93 16 view .LVU3261
.LBB1150:
	.loc 1 93 16 view .LVU3262
	.loc 1 93 16 view .LVU3263
	.loc 1 93 16 view .LVU3264
	.loc 1 93 16 view .LVU3265
	.loc 1 93 16 view .LVU3266
	movq	-8(%rdx), %rcx	# MEM[(cell *)sp_28(D) + -8B], MEM[(cell *)sp_28(D) + -8B]
	sarq	%cl, -16(%rdx)	# MEM[(cell *)sp_28(D) + -8B], MEM[(cell *)sp_28(D) + -16B]
.LVL800:
.LDL120:
	.loc 1 93 16 is_stmt 0 view .LVU3267
.LBE1150:
	.loc 1 93 16 is_stmt 1 view .LVU3268
	.loc 1 93 68 view .LVU3269
	.loc 1 93 68 view .LVU3270
.LBB1151:
	.loc 1 93 68 view .LVU3271
	.loc 1 93 68 view .LVU3272
.LBE1151:
.LBB1152:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 16 is_stmt 0 view .LVU3273
	subq	$8, %rdx	#, sp
.LVL801:
	.loc 1 93 16 view .LVU3274
.LBE1152:
.LBB1153:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU3275
.LVL802:
	.loc 1 93 68 is_stmt 1 view .LVU3276
	.loc 1 93 68 is_stmt 0 view .LVU3277
.LBE1153:
.LBE1149:
.LBE1148:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL803:
	.loc 1 93 68 view .LVU3278
	ret	
.LVL804:
	.p2align 4,,10
	.p2align 3
.L454:
	.cfi_restore_state
.L448:
	.loc 1 93 68 is_stmt 1 discriminator 4 view .LVU3279
	.loc 1 93 68 discriminator 4 view .LVU3280
	.loc 1 93 68 discriminator 4 view .LVU3281
	movq	24(%rbx), %rax	# m_30(D)->native, _9
	movq	16(%rbx), %r8	# m_30(D)->budget, _6
.LBB1154:
.LBB1155:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3282
	xorl	%ecx, %ecx	# k
.LBE1155:
.LBE1154:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 discriminator 4 view .LVU3283
	movq	8(%rsp), %rsi	#, tmp114
.LVL805:
	.loc 1 93 68 discriminator 4 view .LVU3284
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _33
.LVL806:
.LBB1158:
.LBI1154:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3285
.LBB1156:
	.loc 2 87 33 discriminator 4 view .LVU3286
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.798
.LVL807:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3287
	leal	-1(%r10,%r10), %r9d	#, _4
	jmp	.L449	#
.LVL808:
	.p2align 4,,10
	.p2align 3
.L451:
	.loc 2 88 9 is_stmt 1 view .LVU3288
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3289
	addl	$1, %ecx	#, k
.LVL809:
	.loc 2 87 33 is_stmt 1 view .LVU3290
	addq	$8, %rax	#, ivtmp.798
	cmpl	%ecx, %r9d	# k, _4
	je	.L450	#,
.LVL810:
.L449:
	.loc 2 87 33 is_stmt 0 view .LVU3291
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_46], tmp114
	jne	.L451	#,
.L450:
	.loc 2 89 5 is_stmt 1 view .LVU3292
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3293
	movl	%ecx, %eax	# k, tmp130
.LBE1156:
.LBE1158:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU3294
	movl	$2, %esi	#,
.LVL811:
.LBB1159:
.LBB1157:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3295
	subl	%r10d, %eax	# _33, tmp130
	cmpl	%r10d, %ecx	# _33, k
	cmovnb	%eax, %ecx	# tmp130,, k
.LVL812:
	.loc 2 89 29 view .LVU3296
.LBE1157:
.LBE1159:
# ./isa/ops.inc:93: OP_BEGIN(SHR)  BINARY(a < 0 ? ~(~a >> (b & 63)) : a >> (b & 63));  OP_END(SHR)
	.loc 1 93 68 view .LVU3297
	subq	%rdi, %rdx	# _1, tmp116
.LVL813:
	.loc 1 93 68 view .LVU3298
	sarq	$3, %rdx	#, tmp118
	call	vm_stop	#
.LVL814:
	.loc 1 93 68 is_stmt 1 view .LVU3299
	movq	(%rbx), %rdi	# m_30(D)->vm, m_30(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp119
	call	longjmp	#
.LVL815:
	.cfi_endproc
.LFE81:
	.size	op_C_SHR, .-op_C_SHR
	.p2align 4
	.type	op_C_DIV, @function
op_C_DIV:
.LVL816:
.LFB57:
	.loc 1 72 1 view -0
	.cfi_startproc
	.loc 1 72 1 view .LVU3301
.LDL121:
	.loc 1 72 1 view .LVU3302
	.loc 1 72 1 view .LVU3303
	.loc 1 72 1 view .LVU3304
	.loc 1 72 1 view .LVU3305
	.loc 1 72 1 view .LVU3306
	.loc 1 72 1 view .LVU3307
	.loc 1 72 1 view .LVU3308
	.loc 1 72 1 view .LVU3309
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 is_stmt 0 view .LVU3310
	movq	%rdi, %rbx	# tmp151, m
	movq	(%rdi), %rdi	# m_41(D)->vm, _1
.LVL817:
	.loc 1 72 1 view .LVU3311
	movq	%rdx, %rcx	# tmp152, sp
	leaq	16(%rdi), %rax	#, tmp127
	cmpq	%rax, %rdx	# tmp127, sp
	jb	.L472	#,
	.loc 1 72 1 is_stmt 1 view .LVU3312
	.loc 1 72 1 view .LVU3313
	.loc 1 72 1 view .LVU3314
	.loc 1 72 1 view .LVU3315
	.loc 1 72 1 view .LVU3316
	.loc 1 72 1 view .LVU3317
	.loc 1 72 1 view .LVU3318
	.loc 1 72 1 view .LVU3319
	.loc 1 72 1 view .LVU3320
	.loc 1 72 1 view .LVU3321
	.loc 1 72 1 view .LVU3322
.LVL818:
.LBB1168:
.LBI1168:
	.loc 1 67 1 view .LVU3323
.LBB1169:
	.loc 1 67 1 view .LVU3324
	.loc 1 67 1 view .LVU3325
	.loc 1 67 1 view .LVU3326
	.loc 1 67 1 view .LVU3327
	.loc 1 68 5 view .LVU3328
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 9 is_stmt 0 view .LVU3329
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_39(D) + -8B], _36
.LVL819:
# ./isa/ops.inc:68:     if (UNLIKELY(S(0) == 0))
	.loc 1 68 8 view .LVU3330
	testq	%rsi, %rsi	# _36
	je	.L473	#,
	.loc 1 69 9 is_stmt 1 view .LVU3331
	.loc 1 71 5 view .LVU3332
.LBB1170:
	.loc 1 71 5 view .LVU3333
.LVL820:
	.loc 1 71 5 is_stmt 0 view .LVU3334
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_39(D) + -16B], a
.LVL821:
	.loc 1 71 5 is_stmt 1 view .LVU3335
	.loc 1 71 5 view .LVU3336
	.loc 1 71 5 view .LVU3337
	leaq	-8(%rdx), %rdi	#, sp
.LVL822:
	.loc 1 71 5 view .LVU3338
	cmpq	$-1, %rsi	#, _36
	je	.L474	#,
	cqto
.LVL823:
	.loc 1 71 5 is_stmt 0 view .LVU3339
	idivq	%rsi	# _36
.LVL824:
	.loc 1 71 5 view .LVU3340
.LBE1170:
.LBE1169:
.LBE1168:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU3341
	movq	%rdi, %rdx	# sp,
.LBB1190:
.LBB1184:
.LBB1171:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU3342
	movq	%rax, -16(%rcx)	# iftmp.25_16, MEM[(cell *)sp_39(D) + -16B]
.LVL825:
.LDL122:
	.loc 1 71 5 view .LVU3343
.LBE1171:
	.loc 1 71 5 is_stmt 1 view .LVU3344
	.loc 1 72 1 view .LVU3345
	.loc 1 72 1 view .LVU3346
.LBB1172:
	.loc 1 72 1 view .LVU3347
	.loc 1 72 1 view .LVU3348
.LBE1172:
.LBE1184:
.LBE1190:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL826:
.LBB1191:
.LBB1185:
.LBB1173:
	.loc 1 72 1 is_stmt 0 view .LVU3349
.LVL827:
	.loc 1 72 1 is_stmt 1 view .LVU3350
	.loc 1 72 1 is_stmt 0 view .LVU3351
.LBE1173:
.LBE1185:
.LBE1191:
	ret	
.LVL828:
	.p2align 4,,10
	.p2align 3
.L474:
	.cfi_restore_state
.LBB1192:
.LBB1186:
.LBB1174:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU3352
	negq	%rax	# iftmp.25_16
.LVL829:
	.loc 1 71 5 view .LVU3353
.LBE1174:
.LBE1186:
.LBE1192:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU3354
	movq	%rdi, %rdx	# sp,
.LVL830:
.LBB1193:
.LBB1187:
.LBB1175:
# ./isa/ops.inc:71:     BINARY(b == -1 ? (cell)(0 - (ucell)a) : a / b);
	.loc 1 71 5 view .LVU3355
	movq	%rax, -16(%rcx)	# iftmp.25_16, MEM[(cell *)sp_39(D) + -16B]
.LVL831:
	.loc 1 71 5 view .LVU3356
.LBE1175:
	.loc 1 71 5 is_stmt 1 view .LVU3357
	.loc 1 72 1 view .LVU3358
	.loc 1 72 1 view .LVU3359
.LBB1176:
	.loc 1 72 1 view .LVU3360
	.loc 1 72 1 view .LVU3361
.LBE1176:
.LBE1187:
.LBE1193:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL832:
.LBB1194:
.LBB1188:
.LBB1177:
	.loc 1 72 1 is_stmt 0 view .LVU3362
.LVL833:
	.loc 1 72 1 is_stmt 1 view .LVU3363
	.loc 1 72 1 is_stmt 0 view .LVU3364
.LBE1177:
.LBE1188:
.LBE1194:
	ret	
.LVL834:
	.p2align 4,,10
	.p2align 3
.L472:
	.cfi_restore_state
.L457:
	.loc 1 72 1 is_stmt 1 discriminator 4 view .LVU3365
	.loc 1 72 1 discriminator 4 view .LVU3366
	.loc 1 72 1 discriminator 4 view .LVU3367
	movq	24(%rbx), %rax	# m_41(D)->native, _9
	movq	16(%rbx), %r8	# m_41(D)->budget, _6
	movq	8(%rsp), %rsi	#, tmp128
.LVL835:
	.loc 1 72 1 is_stmt 0 discriminator 4 view .LVU3368
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _49
.LVL836:
.LBB1195:
.LBI1195:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3369
.LBB1196:
	.loc 2 87 33 discriminator 4 view .LVU3370
	movq	16(%rax), %rdx	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.807
.LVL837:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3371
	xorl	%eax, %eax	# k
.LVL838:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 discriminator 4 view .LVU3372
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L458	#
.LVL839:
	.p2align 4,,10
	.p2align 3
.L460:
	.loc 2 88 9 is_stmt 1 view .LVU3373
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3374
	addl	$1, %eax	#, k
.LVL840:
	.loc 2 87 33 is_stmt 1 view .LVU3375
	addq	$8, %rdx	#, ivtmp.807
	cmpl	%eax, %r9d	# k, _3
	je	.L459	#,
.LVL841:
.L458:
	.loc 2 87 33 is_stmt 0 view .LVU3376
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_60], tmp128
	jne	.L460	#,
.L459:
	.loc 2 89 5 is_stmt 1 view .LVU3377
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3378
	movl	%eax, %edx	# k, tmp147
.LBE1196:
.LBE1195:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU3379
	movl	$2, %esi	#,
.LVL842:
.LBB1198:
.LBB1197:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3380
	subl	%r10d, %edx	# _49, tmp147
	cmpl	%r10d, %eax	# _49, k
	cmovnb	%edx, %eax	# tmp147,, k
.LVL843:
	.loc 2 89 29 view .LVU3381
.LBE1197:
.LBE1198:
# ./isa/ops.inc:72: OP_END(DIV)
	.loc 1 72 1 view .LVU3382
	subq	%rdi, %rcx	# _1, sp
.LVL844:
	.loc 1 72 1 view .LVU3383
	movq	%rcx, %rdx	# sp, tmp130
	sarq	$3, %rdx	#, tmp132
	movl	%eax, %ecx	# k,
.L471:
.LBB1199:
.LBB1189:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU3384
	call	vm_stop	#
.LVL845:
	.loc 1 69 9 is_stmt 1 view .LVU3385
	movq	(%rbx), %rdi	# m_41(D)->vm, m_41(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp137
	call	longjmp	#
.LVL846:
	.p2align 4,,10
	.p2align 3
.L473:
.L463:
	.loc 1 69 9 view .LVU3386
	.loc 1 69 9 view .LVU3387
	.loc 1 69 9 view .LVU3388
	movq	24(%rbx), %rax	# m_41(D)->native, _28
	movq	16(%rbx), %r8	# m_41(D)->budget, _26
.LBB1178:
.LBB1179:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 view .LVU3389
	xorl	%ecx, %ecx	# k
.LBE1179:
.LBE1178:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU3390
	movq	8(%rsp), %rdx	#, tmp135
.LVL847:
	.loc 1 69 9 view .LVU3391
	movl	24(%rax), %r9d	# MEM[(unsigned int *)_28 + 24B], _47
.LVL848:
.LBB1182:
.LBI1178:
	.loc 2 84 17 is_stmt 1 view .LVU3392
.LBB1180:
	.loc 2 87 33 view .LVU3393
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_28 + 16B], ivtmp.811
.LVL849:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU3394
	leal	-1(%r9,%r9), %esi	#, _32
	jmp	.L464	#
.LVL850:
	.p2align 4,,10
	.p2align 3
.L466:
	.loc 2 88 9 is_stmt 1 view .LVU3395
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3396
	addl	$1, %ecx	#, k
.LVL851:
	.loc 2 87 33 is_stmt 1 view .LVU3397
	addq	$8, %rax	#, ivtmp.811
	cmpl	%ecx, %esi	# k, _32
	je	.L465	#,
.LVL852:
.L464:
	.loc 2 87 33 is_stmt 0 view .LVU3398
	cmpq	(%rax), %rdx	# MEM[(uintptr_t *)_82], tmp135
	jne	.L466	#,
.L465:
	.loc 2 89 5 is_stmt 1 view .LVU3399
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3400
	movl	%ecx, %eax	# k, tmp149
.LBE1180:
.LBE1182:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU3401
	movl	$1, %esi	#,
.LBB1183:
.LBB1181:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3402
	subl	%r9d, %eax	# _47, tmp149
	cmpl	%r9d, %ecx	# _47, k
	cmovnb	%eax, %ecx	# tmp149,, k
.LVL853:
	.loc 2 89 29 view .LVU3403
.LBE1181:
.LBE1183:
# ./isa/ops.inc:69:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 69 9 view .LVU3404
	xorl	%edx, %edx	#
	jmp	.L471	#
.LBE1189:
.LBE1199:
	.cfi_endproc
.LFE57:
	.size	op_C_DIV, .-op_C_DIV
	.p2align 4
	.type	op_C_OVER, @function
op_C_OVER:
.LVL854:
.LFB42:
	.loc 1 53 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 53 1 view .LVU3406
.LDL123:
	.loc 1 53 1 view .LVU3407
	.loc 1 53 1 view .LVU3408
	.loc 1 53 1 view .LVU3409
	.loc 1 53 1 view .LVU3410
	.loc 1 53 1 view .LVU3411
	.loc 1 53 1 view .LVU3412
	.loc 1 53 1 view .LVU3413
	.loc 1 53 1 view .LVU3414
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 is_stmt 0 view .LVU3415
	movq	%rdi, %rbx	# tmp155, m
	movq	(%rdi), %rdi	# m_32(D)->vm, _1
.LVL855:
	.loc 1 53 1 view .LVU3416
	leaq	16(%rdi), %rax	#, tmp127
	cmpq	%rax, %rdx	# tmp127, sp
	jb	.L490	#,
	.loc 1 53 1 is_stmt 1 discriminator 10 view .LVU3417
	.loc 1 53 1 discriminator 10 view .LVU3418
	.loc 1 53 1 discriminator 10 view .LVU3419
	.loc 1 53 1 discriminator 10 view .LVU3420
	.loc 1 53 1 discriminator 10 view .LVU3421
	leaq	32760(%rdi), %rax	#, tmp135
	cmpq	%rdx, %rax	# sp, tmp135
	jb	.L491	#,
	.loc 1 53 1 view .LVU3422
	.loc 1 53 1 view .LVU3423
	.loc 1 53 1 view .LVU3424
	.loc 1 53 1 view .LVU3425
	.loc 1 53 1 view .LVU3426
	.loc 1 53 1 view .LVU3427
	.loc 1 53 1 view .LVU3428
	.loc 1 53 1 view .LVU3429
.LVL856:
.LBB1208:
.LBI1208:
	.loc 1 51 1 view .LVU3430
.LBB1209:
	.loc 1 51 1 view .LVU3431
	.loc 1 51 1 view .LVU3432
	.loc 1 51 1 view .LVU3433
	.loc 1 51 1 view .LVU3434
	.loc 1 52 5 view .LVU3435
.LBB1210:
	.loc 1 52 5 view .LVU3436
	.loc 1 52 5 view .LVU3437
	.loc 1 52 5 is_stmt 0 view .LVU3438
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_33(D) + -16B], MEM[(cell *)sp_33(D) + -16B]
	addq	$8, %rdx	#, sp
.LVL857:
	.loc 1 52 5 view .LVU3439
	movq	%rax, -8(%rdx)	# MEM[(cell *)sp_33(D) + -16B], *sp_33(D)
.LDL124:
.LBE1210:
	.loc 1 52 5 is_stmt 1 view .LVU3440
	.loc 1 53 1 view .LVU3441
	.loc 1 53 1 view .LVU3442
.LBB1211:
	.loc 1 53 1 view .LVU3443
	.loc 1 53 1 view .LVU3444
.LBE1211:
.LBE1209:
.LBE1208:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL858:
.LBB1214:
.LBB1213:
.LBB1212:
	.loc 1 53 1 is_stmt 0 view .LVU3445
.LVL859:
	.loc 1 53 1 is_stmt 1 view .LVU3446
	.loc 1 53 1 is_stmt 0 view .LVU3447
.LBE1212:
.LBE1213:
.LBE1214:
	ret	
.LVL860:
	.p2align 4,,10
	.p2align 3
.L490:
	.cfi_restore_state
.L477:
	.loc 1 53 1 is_stmt 1 discriminator 4 view .LVU3448
	.loc 1 53 1 discriminator 4 view .LVU3449
	.loc 1 53 1 discriminator 4 view .LVU3450
	movq	24(%rbx), %rax	# m_32(D)->native, _8
	movq	16(%rbx), %r8	# m_32(D)->budget, _6
.LBB1215:
.LBB1216:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3451
	xorl	%ecx, %ecx	# k
.LBE1216:
.LBE1215:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 discriminator 4 view .LVU3452
	movq	8(%rsp), %rsi	#, tmp128
.LVL861:
	.loc 1 53 1 discriminator 4 view .LVU3453
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_8 + 24B], _47
.LVL862:
.LBB1219:
.LBI1215:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3454
.LBB1217:
	.loc 2 87 33 discriminator 4 view .LVU3455
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_8 + 16B], ivtmp.820
.LVL863:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3456
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L478	#
.LVL864:
	.p2align 4,,10
	.p2align 3
.L480:
	.loc 2 88 9 is_stmt 1 view .LVU3457
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3458
	addl	$1, %ecx	#, k
.LVL865:
	.loc 2 87 33 is_stmt 1 view .LVU3459
	addq	$8, %rax	#, ivtmp.820
	cmpl	%ecx, %r9d	# k, _3
	je	.L479	#,
.LVL866:
.L478:
	.loc 2 87 33 is_stmt 0 view .LVU3460
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_58], tmp128
	jne	.L480	#,
.L479:
	.loc 2 89 5 is_stmt 1 view .LVU3461
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3462
	movl	%ecx, %eax	# k, tmp151
.LBE1217:
.LBE1219:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 view .LVU3463
	movl	$2, %esi	#,
.LVL867:
.LBB1220:
.LBB1218:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3464
	subl	%r10d, %eax	# _47, tmp151
	cmpl	%r10d, %ecx	# _47, k
	cmovnb	%eax, %ecx	# tmp151,, k
.LVL868:
	.loc 2 89 29 view .LVU3465
.LBE1218:
.LBE1220:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 view .LVU3466
	subq	%rdi, %rdx	# _1, tmp130
.LVL869:
	.loc 1 53 1 view .LVU3467
	sarq	$3, %rdx	#, tmp132
.L489:
	.loc 1 53 1 view .LVU3468
	call	vm_stop	#
.LVL870:
	.loc 1 53 1 is_stmt 1 view .LVU3469
	movq	(%rbx), %rdi	# m_32(D)->vm, m_32(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp141
	call	longjmp	#
.LVL871:
	.p2align 4,,10
	.p2align 3
.L491:
.L483:
	.loc 1 53 1 discriminator 12 view .LVU3470
	.loc 1 53 1 discriminator 12 view .LVU3471
	.loc 1 53 1 discriminator 12 view .LVU3472
	movq	24(%rbx), %rax	# m_32(D)->native, _20
	movq	16(%rbx), %r8	# m_32(D)->budget, _18
.LBB1221:
.LBB1222:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 12 view .LVU3473
	xorl	%ecx, %ecx	# k
.LBE1222:
.LBE1221:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 discriminator 12 view .LVU3474
	movq	8(%rsp), %rsi	#, tmp136
.LVL872:
	.loc 1 53 1 discriminator 12 view .LVU3475
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_20 + 24B], _45
.LVL873:
.LBB1225:
.LBI1221:
	.loc 2 84 17 is_stmt 1 discriminator 12 view .LVU3476
.LBB1223:
	.loc 2 87 33 discriminator 12 view .LVU3477
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_20 + 16B], ivtmp.824
.LVL874:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 12 view .LVU3478
	leal	-1(%r10,%r10), %r9d	#, _16
	jmp	.L484	#
.LVL875:
	.p2align 4,,10
	.p2align 3
.L486:
	.loc 2 88 9 is_stmt 1 view .LVU3479
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3480
	addl	$1, %ecx	#, k
.LVL876:
	.loc 2 87 33 is_stmt 1 view .LVU3481
	addq	$8, %rax	#, ivtmp.824
	cmpl	%ecx, %r9d	# k, _16
	je	.L485	#,
.LVL877:
.L484:
	.loc 2 87 33 is_stmt 0 view .LVU3482
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_50], tmp136
	jne	.L486	#,
.L485:
	.loc 2 89 5 is_stmt 1 view .LVU3483
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3484
	movl	%ecx, %eax	# k, tmp153
.LBE1223:
.LBE1225:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 view .LVU3485
	movl	$3, %esi	#,
.LVL878:
.LBB1226:
.LBB1224:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3486
	subl	%r10d, %eax	# _45, tmp153
	cmpl	%r10d, %ecx	# _45, k
	cmovnb	%eax, %ecx	# tmp153,, k
.LVL879:
	.loc 2 89 29 view .LVU3487
.LBE1224:
.LBE1226:
# ./isa/ops.inc:53: OP_END(OVER)
	.loc 1 53 1 view .LVU3488
	subq	%rdi, %rdx	# _1, tmp138
.LVL880:
	.loc 1 53 1 view .LVU3489
	sarq	$3, %rdx	#, tmp140
	jmp	.L489	#
	.cfi_endproc
.LFE42:
	.size	op_C_OVER, .-op_C_OVER
	.p2align 4
	.type	op_C_DUP, @function
op_C_DUP:
.LVL881:
.LFB36:
	.loc 1 45 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 45 1 view .LVU3491
.LDL125:
	.loc 1 45 1 view .LVU3492
	.loc 1 45 1 view .LVU3493
	.loc 1 45 1 view .LVU3494
	.loc 1 45 1 view .LVU3495
	.loc 1 45 1 view .LVU3496
	.loc 1 45 1 view .LVU3497
	.loc 1 45 1 view .LVU3498
	.loc 1 45 1 view .LVU3499
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 is_stmt 0 view .LVU3500
	movq	%rdi, %rbx	# tmp155, m
	movq	(%rdi), %rdi	# m_32(D)->vm, _1
.LVL882:
	.loc 1 45 1 view .LVU3501
	leaq	8(%rdi), %rax	#, tmp127
	cmpq	%rax, %rdx	# tmp127, sp
	jb	.L507	#,
	.loc 1 45 1 is_stmt 1 discriminator 10 view .LVU3502
	.loc 1 45 1 discriminator 10 view .LVU3503
	.loc 1 45 1 discriminator 10 view .LVU3504
	.loc 1 45 1 discriminator 10 view .LVU3505
	.loc 1 45 1 discriminator 10 view .LVU3506
	leaq	32760(%rdi), %rax	#, tmp135
	cmpq	%rdx, %rax	# sp, tmp135
	jb	.L508	#,
	.loc 1 45 1 view .LVU3507
	.loc 1 45 1 view .LVU3508
	.loc 1 45 1 view .LVU3509
	.loc 1 45 1 view .LVU3510
	.loc 1 45 1 view .LVU3511
	.loc 1 45 1 view .LVU3512
	.loc 1 45 1 view .LVU3513
	.loc 1 45 1 view .LVU3514
.LVL883:
.LBB1235:
.LBI1235:
	.loc 1 43 1 view .LVU3515
.LBB1236:
	.loc 1 43 1 view .LVU3516
	.loc 1 43 1 view .LVU3517
	.loc 1 43 1 view .LVU3518
	.loc 1 43 1 view .LVU3519
	.loc 1 44 5 view .LVU3520
.LBB1237:
	.loc 1 44 5 view .LVU3521
	.loc 1 44 5 view .LVU3522
	.loc 1 44 5 is_stmt 0 view .LVU3523
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_33(D) + -8B], MEM[(cell *)sp_33(D) + -8B]
	addq	$8, %rdx	#, sp
.LVL884:
	.loc 1 44 5 view .LVU3524
	movq	%rax, -8(%rdx)	# MEM[(cell *)sp_33(D) + -8B], *sp_33(D)
.LDL126:
.LBE1237:
	.loc 1 44 5 is_stmt 1 view .LVU3525
	.loc 1 45 1 view .LVU3526
	.loc 1 45 1 view .LVU3527
.LBB1238:
	.loc 1 45 1 view .LVU3528
	.loc 1 45 1 view .LVU3529
.LBE1238:
.LBE1236:
.LBE1235:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL885:
.LBB1241:
.LBB1240:
.LBB1239:
	.loc 1 45 1 is_stmt 0 view .LVU3530
.LVL886:
	.loc 1 45 1 is_stmt 1 view .LVU3531
	.loc 1 45 1 is_stmt 0 view .LVU3532
.LBE1239:
.LBE1240:
.LBE1241:
	ret	
.LVL887:
	.p2align 4,,10
	.p2align 3
.L507:
	.cfi_restore_state
.L494:
	.loc 1 45 1 is_stmt 1 discriminator 4 view .LVU3533
	.loc 1 45 1 discriminator 4 view .LVU3534
	.loc 1 45 1 discriminator 4 view .LVU3535
	movq	24(%rbx), %rax	# m_32(D)->native, _8
	movq	16(%rbx), %r8	# m_32(D)->budget, _6
.LBB1242:
.LBB1243:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3536
	xorl	%ecx, %ecx	# k
.LBE1243:
.LBE1242:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 discriminator 4 view .LVU3537
	movq	8(%rsp), %rsi	#, tmp128
.LVL888:
	.loc 1 45 1 discriminator 4 view .LVU3538
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_8 + 24B], _47
.LVL889:
.LBB1246:
.LBI1242:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3539
.LBB1244:
	.loc 2 87 33 discriminator 4 view .LVU3540
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_8 + 16B], ivtmp.833
.LVL890:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3541
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L495	#
.LVL891:
	.p2align 4,,10
	.p2align 3
.L497:
	.loc 2 88 9 is_stmt 1 view .LVU3542
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3543
	addl	$1, %ecx	#, k
.LVL892:
	.loc 2 87 33 is_stmt 1 view .LVU3544
	addq	$8, %rax	#, ivtmp.833
	cmpl	%ecx, %r9d	# k, _3
	je	.L496	#,
.LVL893:
.L495:
	.loc 2 87 33 is_stmt 0 view .LVU3545
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_58], tmp128
	jne	.L497	#,
.L496:
	.loc 2 89 5 is_stmt 1 view .LVU3546
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3547
	movl	%ecx, %eax	# k, tmp151
.LBE1244:
.LBE1246:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 view .LVU3548
	movl	$2, %esi	#,
.LVL894:
.LBB1247:
.LBB1245:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3549
	subl	%r10d, %eax	# _47, tmp151
	cmpl	%r10d, %ecx	# _47, k
	cmovnb	%eax, %ecx	# tmp151,, k
.LVL895:
	.loc 2 89 29 view .LVU3550
.LBE1245:
.LBE1247:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 view .LVU3551
	subq	%rdi, %rdx	# _1, tmp130
.LVL896:
	.loc 1 45 1 view .LVU3552
	sarq	$3, %rdx	#, tmp132
.L506:
	.loc 1 45 1 view .LVU3553
	call	vm_stop	#
.LVL897:
	.loc 1 45 1 is_stmt 1 view .LVU3554
	movq	(%rbx), %rdi	# m_32(D)->vm, m_32(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp141
	call	longjmp	#
.LVL898:
	.p2align 4,,10
	.p2align 3
.L508:
.L500:
	.loc 1 45 1 discriminator 12 view .LVU3555
	.loc 1 45 1 discriminator 12 view .LVU3556
	.loc 1 45 1 discriminator 12 view .LVU3557
	movq	24(%rbx), %rax	# m_32(D)->native, _20
	movq	16(%rbx), %r8	# m_32(D)->budget, _18
.LBB1248:
.LBB1249:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 12 view .LVU3558
	xorl	%ecx, %ecx	# k
.LBE1249:
.LBE1248:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 discriminator 12 view .LVU3559
	movq	8(%rsp), %rsi	#, tmp136
.LVL899:
	.loc 1 45 1 discriminator 12 view .LVU3560
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_20 + 24B], _45
.LVL900:
.LBB1252:
.LBI1248:
	.loc 2 84 17 is_stmt 1 discriminator 12 view .LVU3561
.LBB1250:
	.loc 2 87 33 discriminator 12 view .LVU3562
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_20 + 16B], ivtmp.837
.LVL901:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 12 view .LVU3563
	leal	-1(%r10,%r10), %r9d	#, _16
	jmp	.L501	#
.LVL902:
	.p2align 4,,10
	.p2align 3
.L503:
	.loc 2 88 9 is_stmt 1 view .LVU3564
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3565
	addl	$1, %ecx	#, k
.LVL903:
	.loc 2 87 33 is_stmt 1 view .LVU3566
	addq	$8, %rax	#, ivtmp.837
	cmpl	%ecx, %r9d	# k, _16
	je	.L502	#,
.LVL904:
.L501:
	.loc 2 87 33 is_stmt 0 view .LVU3567
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_50], tmp136
	jne	.L503	#,
.L502:
	.loc 2 89 5 is_stmt 1 view .LVU3568
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3569
	movl	%ecx, %eax	# k, tmp153
.LBE1250:
.LBE1252:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 view .LVU3570
	movl	$3, %esi	#,
.LVL905:
.LBB1253:
.LBB1251:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3571
	subl	%r10d, %eax	# _45, tmp153
	cmpl	%r10d, %ecx	# _45, k
	cmovnb	%eax, %ecx	# tmp153,, k
.LVL906:
	.loc 2 89 29 view .LVU3572
.LBE1251:
.LBE1253:
# ./isa/ops.inc:45: OP_END(DUP)
	.loc 1 45 1 view .LVU3573
	subq	%rdi, %rdx	# _1, tmp138
.LVL907:
	.loc 1 45 1 view .LVU3574
	sarq	$3, %rdx	#, tmp140
	jmp	.L506	#
	.cfi_endproc
.LFE36:
	.size	op_C_DUP, .-op_C_DUP
	.p2align 4
	.type	op_C_LOAD, @function
op_C_LOAD:
.LVL908:
.LFB117:
	.loc 1 129 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 129 1 view .LVU3576
.LDL127:
	.loc 1 129 1 view .LVU3577
	.loc 1 129 1 view .LVU3578
	.loc 1 129 1 view .LVU3579
	.loc 1 129 1 view .LVU3580
	.loc 1 129 1 view .LVU3581
	.loc 1 129 1 view .LVU3582
	.loc 1 129 1 view .LVU3583
	.loc 1 129 1 view .LVU3584
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 is_stmt 0 view .LVU3585
	movq	%rdi, %rbx	# tmp150, m
	movq	(%rdi), %rdi	# m_39(D)->vm, _1
.LVL909:
	.loc 1 129 1 view .LVU3586
	leaq	8(%rdi), %rax	#, tmp127
	cmpq	%rax, %rdx	# tmp127, sp
	jb	.L524	#,
	.loc 1 129 1 is_stmt 1 view .LVU3587
	.loc 1 129 1 view .LVU3588
	.loc 1 129 1 view .LVU3589
	.loc 1 129 1 view .LVU3590
	.loc 1 129 1 view .LVU3591
	.loc 1 129 1 view .LVU3592
	.loc 1 129 1 view .LVU3593
	.loc 1 129 1 view .LVU3594
	.loc 1 129 1 view .LVU3595
	.loc 1 129 1 view .LVU3596
	.loc 1 129 1 view .LVU3597
.LVL910:
.LBB1261:
.LBI1261:
	.loc 1 126 1 view .LVU3598
.LBB1262:
	.loc 1 126 1 view .LVU3599
	.loc 1 126 1 view .LVU3600
	.loc 1 126 1 view .LVU3601
	.loc 1 126 1 view .LVU3602
	.loc 1 127 5 view .LVU3603
	.loc 1 127 5 view .LVU3604
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_37(D) + -8B], _34
	cmpq	$65535, %rax	#, _34
	ja	.L525	#,
	.loc 1 127 5 view .LVU3605
	.loc 1 127 5 view .LVU3606
	.loc 1 128 5 view .LVU3607
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 12 is_stmt 0 view .LVU3608
	movq	65544(%rdi), %rcx	# _1->mem, _1->mem
	movq	(%rcx,%rax,8), %rax	# *_15, _16
# ./isa/ops.inc:128:     S(0) = MEM(S(0));
	.loc 1 128 10 view .LVU3609
	movq	%rax, -8(%rdx)	# _16, MEM[(cell *)sp_37(D) + -8B]
.LDL128:
	.loc 1 129 1 is_stmt 1 view .LVU3610
	.loc 1 129 1 view .LVU3611
.LBB1263:
	.loc 1 129 1 view .LVU3612
	.loc 1 129 1 view .LVU3613
.LBE1263:
.LBE1262:
.LBE1261:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL911:
.LBB1273:
.LBB1271:
.LBB1264:
	.loc 1 129 1 is_stmt 0 view .LVU3614
.LVL912:
	.loc 1 129 1 is_stmt 1 view .LVU3615
	.loc 1 129 1 is_stmt 0 view .LVU3616
.LBE1264:
.LBE1271:
.LBE1273:
	ret	
.LVL913:
	.p2align 4,,10
	.p2align 3
.L524:
	.cfi_restore_state
.L511:
	.loc 1 129 1 is_stmt 1 discriminator 4 view .LVU3617
	.loc 1 129 1 discriminator 4 view .LVU3618
	.loc 1 129 1 discriminator 4 view .LVU3619
	movq	24(%rbx), %rax	# m_39(D)->native, _9
	movq	16(%rbx), %r8	# m_39(D)->budget, _6
.LBB1274:
.LBB1275:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3620
	xorl	%ecx, %ecx	# k
.LBE1275:
.LBE1274:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 discriminator 4 view .LVU3621
	movq	8(%rsp), %rsi	#, tmp128
.LVL914:
	.loc 1 129 1 discriminator 4 view .LVU3622
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _47
.LVL915:
.LBB1278:
.LBI1274:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3623
.LBB1276:
	.loc 2 87 33 discriminator 4 view .LVU3624
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.846
.LVL916:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3625
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L512	#
.LVL917:
	.p2align 4,,10
	.p2align 3
.L514:
	.loc 2 88 9 is_stmt 1 view .LVU3626
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3627
	addl	$1, %ecx	#, k
.LVL918:
	.loc 2 87 33 is_stmt 1 view .LVU3628
	addq	$8, %rax	#, ivtmp.846
	cmpl	%ecx, %r9d	# k, _3
	je	.L513	#,
.LVL919:
.L512:
	.loc 2 87 33 is_stmt 0 view .LVU3629
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_58], tmp128
	jne	.L514	#,
.L513:
	.loc 2 89 5 is_stmt 1 view .LVU3630
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3631
	movl	%ecx, %eax	# k, tmp146
.LBE1276:
.LBE1278:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 view .LVU3632
	movl	$2, %esi	#,
.LVL920:
.LBB1279:
.LBB1277:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3633
	subl	%r10d, %eax	# _47, tmp146
	cmpl	%r10d, %ecx	# _47, k
	cmovnb	%eax, %ecx	# tmp146,, k
.LVL921:
	.loc 2 89 29 view .LVU3634
.LBE1277:
.LBE1279:
# ./isa/ops.inc:129: OP_END(LOAD)
	.loc 1 129 1 view .LVU3635
	subq	%rdi, %rdx	# _1, tmp130
.LVL922:
	.loc 1 129 1 view .LVU3636
	sarq	$3, %rdx	#, tmp132
.L523:
.LBB1280:
.LBB1272:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU3637
	call	vm_stop	#
.LVL923:
	.loc 1 127 5 is_stmt 1 view .LVU3638
	movq	(%rbx), %rdi	# m_39(D)->vm, m_39(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp137
	call	longjmp	#
.LVL924:
	.p2align 4,,10
	.p2align 3
.L525:
.L517:
	.loc 1 127 5 view .LVU3639
	.loc 1 127 5 view .LVU3640
	.loc 1 127 5 view .LVU3641
	movq	24(%rbx), %rdx	# m_39(D)->native, _27
.LVL925:
	.loc 1 127 5 is_stmt 0 view .LVU3642
	movq	16(%rbx), %r8	# m_39(D)->budget, _25
.LBB1265:
.LBB1266:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU3643
	xorl	%ecx, %ecx	# k
.LBE1266:
.LBE1265:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU3644
	movq	8(%rsp), %rsi	#, tmp135
.LVL926:
	.loc 1 127 5 view .LVU3645
	movl	24(%rdx), %r10d	# MEM[(unsigned int *)_27 + 24B], _45
.LVL927:
.LBB1269:
.LBI1265:
	.loc 2 84 17 is_stmt 1 view .LVU3646
.LBB1267:
	.loc 2 87 33 view .LVU3647
	movq	16(%rdx), %rdx	# MEM[(uintptr_t * *)_27 + 16B], ivtmp.850
.LVL928:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU3648
	leal	-1(%r10,%r10), %r9d	#, _23
	jmp	.L518	#
.LVL929:
	.p2align 4,,10
	.p2align 3
.L520:
	.loc 2 88 9 is_stmt 1 view .LVU3649
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3650
	addl	$1, %ecx	#, k
.LVL930:
	.loc 2 87 33 is_stmt 1 view .LVU3651
	addq	$8, %rdx	#, ivtmp.850
	cmpl	%ecx, %r9d	# k, _23
	je	.L519	#,
.LVL931:
.L518:
	.loc 2 87 33 is_stmt 0 view .LVU3652
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_50], tmp135
	jne	.L520	#,
.L519:
	.loc 2 89 5 is_stmt 1 view .LVU3653
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3654
	movl	%ecx, %edx	# k, tmp148
.LBE1267:
.LBE1269:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU3655
	movl	$6, %esi	#,
.LVL932:
.LBB1270:
.LBB1268:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3656
	subl	%r10d, %edx	# _45, tmp148
	cmpl	%r10d, %ecx	# _45, k
	cmovnb	%edx, %ecx	# tmp148,, k
.LVL933:
	.loc 2 89 29 view .LVU3657
.LBE1268:
.LBE1270:
# ./isa/ops.inc:127:     MEM_CHECK(S(0));
	.loc 1 127 5 view .LVU3658
	movq	%rax, %rdx	# _34,
	jmp	.L523	#
.LBE1272:
.LBE1280:
	.cfi_endproc
.LFE117:
	.size	op_C_LOAD, .-op_C_LOAD
	.p2align 4
	.type	op_C_MOD, @function
op_C_MOD:
.LVL934:
.LFB60:
	.loc 1 78 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 78 1 view .LVU3660
.LDL129:
	.loc 1 78 1 view .LVU3661
	.loc 1 78 1 view .LVU3662
	.loc 1 78 1 view .LVU3663
	.loc 1 78 1 view .LVU3664
	.loc 1 78 1 view .LVU3665
	.loc 1 78 1 view .LVU3666
	.loc 1 78 1 view .LVU3667
	.loc 1 78 1 view .LVU3668
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 1 78 1 is_stmt 0 view .LVU3669
	movq	%rdi, %rbx	# tmp149, m
	movq	(%rdi), %rdi	# m_39(D)->vm, _1
.LVL935:
	.loc 1 78 1 view .LVU3670
	movq	%rdx, %rcx	# tmp150, sp
	leaq	16(%rdi), %rax	#, tmp125
	cmpq	%rax, %rdx	# tmp125, sp
	jb	.L544	#,
	.loc 1 78 1 is_stmt 1 view .LVU3671
	.loc 1 78 1 view .LVU3672
	.loc 1 78 1 view .LVU3673
	.loc 1 78 1 view .LVU3674
	.loc 1 78 1 view .LVU3675
	.loc 1 78 1 view .LVU3676
	.loc 1 78 1 view .LVU3677
	.loc 1 78 1 view .LVU3678
	.loc 1 78 1 view .LVU3679
	.loc 1 78 1 view .LVU3680
	.loc 1 78 1 view .LVU3681
.LVL936:
.LBB1289:
.LBI1289:
	.loc 1 74 1 view .LVU3682
.LBB1290:
	.loc 1 74 1 view .LVU3683
	.loc 1 74 1 view .LVU3684
	.loc 1 74 1 view .LVU3685
	.loc 1 74 1 view .LVU3686
	.loc 1 75 5 view .LVU3687
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 9 is_stmt 0 view .LVU3688
	movq	-8(%rdx), %rsi	# MEM[(cell *)sp_37(D) + -8B], _34
.LVL937:
# ./isa/ops.inc:75:     if (UNLIKELY(S(0) == 0))
	.loc 1 75 8 view .LVU3689
	testq	%rsi, %rsi	# _34
	je	.L545	#,
	.loc 1 76 9 is_stmt 1 view .LVU3690
	.loc 1 77 5 view .LVU3691
.LBB1291:
	.loc 1 77 5 view .LVU3692
.LVL938:
	.loc 1 77 5 is_stmt 0 view .LVU3693
	movq	-16(%rdx), %rax	# MEM[(cell *)sp_37(D) + -16B], a
.LVL939:
	.loc 1 77 5 is_stmt 1 view .LVU3694
	.loc 1 77 5 view .LVU3695
	.loc 1 77 5 view .LVU3696
	leaq	-8(%rdx), %rdi	#, sp
.LVL940:
	.loc 1 77 5 view .LVU3697
	xorl	%edx, %edx	# iftmp.23_18
.LVL941:
	.loc 1 77 5 is_stmt 0 view .LVU3698
	cmpq	$-1, %rsi	#, _34
	je	.L539	#,
	cqto
	idivq	%rsi	# _34
.LVL942:
.L539:
	.loc 1 77 5 view .LVU3699
	movq	%rdx, -16(%rcx)	# iftmp.23_18, MEM[(cell *)sp_37(D) + -16B]
.LVL943:
.LDL130:
	.loc 1 77 5 view .LVU3700
.LBE1291:
	.loc 1 77 5 is_stmt 1 view .LVU3701
	.loc 1 78 1 view .LVU3702
	.loc 1 78 1 view .LVU3703
.LBB1292:
	.loc 1 78 1 view .LVU3704
	.loc 1 78 1 view .LVU3705
.LVL944:
	.loc 1 78 1 view .LVU3706
	.loc 1 78 1 is_stmt 0 view .LVU3707
.LBE1292:
.LBE1290:
.LBE1289:
	movq	%rdi, %rdx	# sp,
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL945:
	.loc 1 78 1 view .LVU3708
	ret	
.LVL946:
	.p2align 4,,10
	.p2align 3
.L544:
	.cfi_restore_state
.L528:
	.loc 1 78 1 is_stmt 1 discriminator 4 view .LVU3709
	.loc 1 78 1 discriminator 4 view .LVU3710
	.loc 1 78 1 discriminator 4 view .LVU3711
	movq	24(%rbx), %rax	# m_39(D)->native, _9
	movq	16(%rbx), %r8	# m_39(D)->budget, _6
	movq	8(%rsp), %rsi	#, tmp126
.LVL947:
	.loc 1 78 1 is_stmt 0 discriminator 4 view .LVU3712
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _46
.LVL948:
.LBB1300:
.LBI1300:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3713
.LBB1301:
	.loc 2 87 33 discriminator 4 view .LVU3714
	movq	16(%rax), %rdx	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.859
.LVL949:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3715
	xorl	%eax, %eax	# k
.LVL950:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 discriminator 4 view .LVU3716
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L529	#
.LVL951:
	.p2align 4,,10
	.p2align 3
.L531:
	.loc 2 88 9 is_stmt 1 view .LVU3717
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3718
	addl	$1, %eax	#, k
.LVL952:
	.loc 2 87 33 is_stmt 1 view .LVU3719
	addq	$8, %rdx	#, ivtmp.859
	cmpl	%eax, %r9d	# k, _3
	je	.L530	#,
.LVL953:
.L529:
	.loc 2 87 33 is_stmt 0 view .LVU3720
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_57], tmp126
	jne	.L531	#,
.L530:
	.loc 2 89 5 is_stmt 1 view .LVU3721
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3722
	movl	%eax, %edx	# k, tmp145
.LBE1301:
.LBE1300:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 1 78 1 view .LVU3723
	movl	$2, %esi	#,
.LVL954:
.LBB1303:
.LBB1302:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3724
	subl	%r10d, %edx	# _46, tmp145
	cmpl	%r10d, %eax	# _46, k
	cmovnb	%edx, %eax	# tmp145,, k
.LVL955:
	.loc 2 89 29 view .LVU3725
.LBE1302:
.LBE1303:
# ./isa/ops.inc:78: OP_END(MOD)
	.loc 1 78 1 view .LVU3726
	subq	%rdi, %rcx	# _1, sp
.LVL956:
	.loc 1 78 1 view .LVU3727
	movq	%rcx, %rdx	# sp, tmp128
	sarq	$3, %rdx	#, tmp130
	movl	%eax, %ecx	# k,
.L543:
.LBB1304:
.LBB1299:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU3728
	call	vm_stop	#
.LVL957:
	.loc 1 76 9 is_stmt 1 view .LVU3729
	movq	(%rbx), %rdi	# m_39(D)->vm, m_39(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp135
	call	longjmp	#
.LVL958:
	.p2align 4,,10
	.p2align 3
.L545:
.L534:
	.loc 1 76 9 view .LVU3730
	.loc 1 76 9 view .LVU3731
	.loc 1 76 9 view .LVU3732
	movq	24(%rbx), %rax	# m_39(D)->native, _26
	movq	16(%rbx), %r8	# m_39(D)->budget, _24
.LBB1293:
.LBB1294:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 view .LVU3733
	xorl	%ecx, %ecx	# k
.LBE1294:
.LBE1293:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU3734
	movq	8(%rsp), %rdx	#, tmp133
.LVL959:
	.loc 1 76 9 view .LVU3735
	movl	24(%rax), %r9d	# MEM[(unsigned int *)_26 + 24B], _44
.LVL960:
.LBB1297:
.LBI1293:
	.loc 2 84 17 is_stmt 1 view .LVU3736
.LBB1295:
	.loc 2 87 33 view .LVU3737
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_26 + 16B], ivtmp.863
.LVL961:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU3738
	leal	-1(%r9,%r9), %esi	#, _30
	jmp	.L535	#
.LVL962:
	.p2align 4,,10
	.p2align 3
.L537:
	.loc 2 88 9 is_stmt 1 view .LVU3739
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3740
	addl	$1, %ecx	#, k
.LVL963:
	.loc 2 87 33 is_stmt 1 view .LVU3741
	addq	$8, %rax	#, ivtmp.863
	cmpl	%ecx, %esi	# k, _30
	je	.L536	#,
.LVL964:
.L535:
	.loc 2 87 33 is_stmt 0 view .LVU3742
	cmpq	(%rax), %rdx	# MEM[(uintptr_t *)_79], tmp133
	jne	.L537	#,
.L536:
	.loc 2 89 5 is_stmt 1 view .LVU3743
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3744
	movl	%ecx, %eax	# k, tmp147
.LBE1295:
.LBE1297:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU3745
	movl	$1, %esi	#,
.LBB1298:
.LBB1296:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3746
	subl	%r9d, %eax	# _44, tmp147
	cmpl	%r9d, %ecx	# _44, k
	cmovnb	%eax, %ecx	# tmp147,, k
.LVL965:
	.loc 2 89 29 view .LVU3747
.LBE1296:
.LBE1298:
# ./isa/ops.inc:76:         TRAP(ST_DIV_ZERO, 0);
	.loc 1 76 9 view .LVU3748
	xorl	%edx, %edx	#
	jmp	.L543	#
.LBE1299:
.LBE1304:
	.cfi_endproc
.LFE60:
	.size	op_C_MOD, .-op_C_MOD
	.p2align 4
	.type	op_C_STORE, @function
op_C_STORE:
.LVL966:
.LFB120:
	.loc 1 135 1 is_stmt 1 view -0
	.cfi_startproc
	.loc 1 135 1 view .LVU3750
.LDL131:
	.loc 1 135 1 view .LVU3751
	.loc 1 135 1 view .LVU3752
	.loc 1 135 1 view .LVU3753
	.loc 1 135 1 view .LVU3754
	.loc 1 135 1 view .LVU3755
	.loc 1 135 1 view .LVU3756
	.loc 1 135 1 view .LVU3757
	.loc 1 135 1 view .LVU3758
	pushq	%rbx	#
	.cfi_def_cfa_offset 16
	.cfi_offset 3, -16
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 is_stmt 0 view .LVU3759
	movq	%rdi, %rbx	# tmp152, m
	movq	(%rdi), %rdi	# m_40(D)->vm, _1
.LVL967:
	.loc 1 135 1 view .LVU3760
	leaq	16(%rdi), %rax	#, tmp128
	cmpq	%rax, %rdx	# tmp128, sp
	jb	.L561	#,
	.loc 1 135 1 is_stmt 1 view .LVU3761
	.loc 1 135 1 view .LVU3762
	.loc 1 135 1 view .LVU3763
	.loc 1 135 1 view .LVU3764
	.loc 1 135 1 view .LVU3765
	.loc 1 135 1 view .LVU3766
	.loc 1 135 1 view .LVU3767
	.loc 1 135 1 view .LVU3768
	.loc 1 135 1 view .LVU3769
	.loc 1 135 1 view .LVU3770
	.loc 1 135 1 view .LVU3771
.LVL968:
.LBB1312:
.LBI1312:
	.loc 1 131 1 view .LVU3772
.LBB1313:
	.loc 1 131 1 view .LVU3773
	.loc 1 131 1 view .LVU3774
	.loc 1 131 1 view .LVU3775
	.loc 1 131 1 view .LVU3776
	.loc 1 132 5 view .LVU3777
	.loc 1 132 5 view .LVU3778
	movq	-8(%rdx), %rax	# MEM[(cell *)sp_38(D) + -8B], _35
	cmpq	$65535, %rax	#, _35
	ja	.L562	#,
	.loc 1 132 5 view .LVU3779
	.loc 1 132 5 view .LVU3780
	.loc 1 133 5 view .LVU3781
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 is_stmt 0 view .LVU3782
	movq	-16(%rdx), %rsi	# MEM[(cell *)sp_38(D) + -16B], _16
.LVL969:
	.loc 1 133 15 view .LVU3783
	movq	65544(%rdi), %rcx	# _1->mem, _1->mem
# ./isa/ops.inc:134:     DROP(2);
	.loc 1 134 5 view .LVU3784
	subq	$16, %rdx	#, sp
.LVL970:
# ./isa/ops.inc:133:     MEM(S(0)) = S(1);
	.loc 1 133 15 view .LVU3785
	movq	%rsi, (%rcx,%rax,8)	# _16, *_15
	.loc 1 134 5 is_stmt 1 view .LVU3786
.LVL971:
.LDL132:
	.loc 1 135 1 view .LVU3787
	.loc 1 135 1 view .LVU3788
.LBB1314:
	.loc 1 135 1 view .LVU3789
	.loc 1 135 1 view .LVU3790
.LBE1314:
.LBE1313:
.LBE1312:
	popq	%rbx	#
	.cfi_remember_state
	.cfi_def_cfa_offset 8
.LVL972:
.LBB1324:
.LBB1322:
.LBB1315:
	.loc 1 135 1 is_stmt 0 view .LVU3791
.LVL973:
	.loc 1 135 1 is_stmt 1 view .LVU3792
	.loc 1 135 1 is_stmt 0 view .LVU3793
.LBE1315:
.LBE1322:
.LBE1324:
	ret	
.LVL974:
	.p2align 4,,10
	.p2align 3
.L561:
	.cfi_restore_state
.L548:
	.loc 1 135 1 is_stmt 1 discriminator 4 view .LVU3794
	.loc 1 135 1 discriminator 4 view .LVU3795
	.loc 1 135 1 discriminator 4 view .LVU3796
	movq	24(%rbx), %rax	# m_40(D)->native, _9
	movq	16(%rbx), %r8	# m_40(D)->budget, _6
.LBB1325:
.LBB1326:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 is_stmt 0 discriminator 4 view .LVU3797
	xorl	%ecx, %ecx	# k
.LBE1326:
.LBE1325:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 discriminator 4 view .LVU3798
	movq	8(%rsp), %rsi	#, tmp129
.LVL975:
	.loc 1 135 1 discriminator 4 view .LVU3799
	movl	24(%rax), %r10d	# MEM[(unsigned int *)_9 + 24B], _48
.LVL976:
.LBB1329:
.LBI1325:
	.loc 2 84 17 is_stmt 1 discriminator 4 view .LVU3800
.LBB1327:
	.loc 2 87 33 discriminator 4 view .LVU3801
	movq	16(%rax), %rax	# MEM[(uintptr_t * *)_9 + 16B], ivtmp.872
.LVL977:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 discriminator 4 view .LVU3802
	leal	-1(%r10,%r10), %r9d	#, _3
	jmp	.L549	#
.LVL978:
	.p2align 4,,10
	.p2align 3
.L551:
	.loc 2 88 9 is_stmt 1 view .LVU3803
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3804
	addl	$1, %ecx	#, k
.LVL979:
	.loc 2 87 33 is_stmt 1 view .LVU3805
	addq	$8, %rax	#, ivtmp.872
	cmpl	%ecx, %r9d	# k, _3
	je	.L550	#,
.LVL980:
.L549:
	.loc 2 87 33 is_stmt 0 view .LVU3806
	cmpq	(%rax), %rsi	# MEM[(uintptr_t *)_59], tmp129
	jne	.L551	#,
.L550:
	.loc 2 89 5 is_stmt 1 view .LVU3807
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3808
	movl	%ecx, %eax	# k, tmp148
.LBE1327:
.LBE1329:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 view .LVU3809
	movl	$2, %esi	#,
.LVL981:
.LBB1330:
.LBB1328:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3810
	subl	%r10d, %eax	# _48, tmp148
	cmpl	%r10d, %ecx	# _48, k
	cmovnb	%eax, %ecx	# tmp148,, k
.LVL982:
	.loc 2 89 29 view .LVU3811
.LBE1328:
.LBE1330:
# ./isa/ops.inc:135: OP_END(STORE)
	.loc 1 135 1 view .LVU3812
	subq	%rdi, %rdx	# _1, tmp131
.LVL983:
	.loc 1 135 1 view .LVU3813
	sarq	$3, %rdx	#, tmp133
.L560:
.LBB1331:
.LBB1323:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3814
	call	vm_stop	#
.LVL984:
	.loc 1 132 5 is_stmt 1 view .LVU3815
	movq	(%rbx), %rdi	# m_40(D)->vm, m_40(D)->vm
	movl	$1, %esi	#,
	addq	$65608, %rdi	#, tmp138
	call	longjmp	#
.LVL985:
	.p2align 4,,10
	.p2align 3
.L562:
.L554:
	.loc 1 132 5 view .LVU3816
	.loc 1 132 5 view .LVU3817
	.loc 1 132 5 view .LVU3818
	movq	24(%rbx), %rdx	# m_40(D)->native, _28
.LVL986:
	.loc 1 132 5 is_stmt 0 view .LVU3819
	movq	16(%rbx), %r8	# m_40(D)->budget, _26
.LBB1316:
.LBB1317:
# ./dispatch/subroutine/subroutine.h:86:     uint32_t k = 0;
	.loc 2 86 14 view .LVU3820
	xorl	%ecx, %ecx	# k
.LBE1317:
.LBE1316:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3821
	movq	8(%rsp), %rsi	#, tmp136
.LVL987:
	.loc 1 132 5 view .LVU3822
	movl	24(%rdx), %r10d	# MEM[(unsigned int *)_28 + 24B], _46
.LVL988:
.LBB1320:
.LBI1316:
	.loc 2 84 17 is_stmt 1 view .LVU3823
.LBB1318:
	.loc 2 87 33 view .LVU3824
	movq	16(%rdx), %rdx	# MEM[(uintptr_t * *)_28 + 16B], ivtmp.876
.LVL989:
# ./dispatch/subroutine/subroutine.h:87:     while (k < 2 * n->count - 1 && n->ret[k] != (uintptr_t)ra)
	.loc 2 87 29 is_stmt 0 view .LVU3825
	leal	-1(%r10,%r10), %r9d	#, _24
	jmp	.L555	#
.LVL990:
	.p2align 4,,10
	.p2align 3
.L557:
	.loc 2 88 9 is_stmt 1 view .LVU3826
# ./dispatch/subroutine/subroutine.h:88:         k++;
	.loc 2 88 10 is_stmt 0 view .LVU3827
	addl	$1, %ecx	#, k
.LVL991:
	.loc 2 87 33 is_stmt 1 view .LVU3828
	addq	$8, %rdx	#, ivtmp.876
	cmpl	%ecx, %r9d	# k, _24
	je	.L556	#,
.LVL992:
.L555:
	.loc 2 87 33 is_stmt 0 view .LVU3829
	cmpq	(%rdx), %rsi	# MEM[(uintptr_t *)_51], tmp136
	jne	.L557	#,
.L556:
	.loc 2 89 5 is_stmt 1 view .LVU3830
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 is_stmt 0 view .LVU3831
	movl	%ecx, %edx	# k, tmp150
.LBE1318:
.LBE1320:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3832
	movl	$6, %esi	#,
.LVL993:
.LBB1321:
.LBB1319:
# ./dispatch/subroutine/subroutine.h:89:     return k < n->count ? k : k - n->count;
	.loc 2 89 29 view .LVU3833
	subl	%r10d, %edx	# _46, tmp150
	cmpl	%r10d, %ecx	# _46, k
	cmovnb	%edx, %ecx	# tmp150,, k
.LVL994:
	.loc 2 89 29 view .LVU3834
.LBE1319:
.LBE1321:
# ./isa/ops.inc:132:     MEM_CHECK(S(0));
	.loc 1 132 5 view .LVU3835
	movq	%rax, %rdx	# _35,
	jmp	.L560	#
.LBE1323:
.LBE1331:
	.cfi_endproc
.LFE120:
	.size	op_C_STORE, .-op_C_STORE
	.section	.rodata
	.type	ud2.0, @object
	.size	ud2.0, 2
ud2.0:
	.ascii	"\017\013"
	.type	ret.1, @object
	.size	ret.1, 1
ret.1:
	.ascii	"\303"
	.type	lea_p8.2, @object
	.size	lea_p8.2, 5
lea_p8.2:
	.ascii	"H\215d$\b"
	.type	call.3, @object
	.size	call.3, 1
call.3:
	.ascii	"\350"
	.type	lea_m8.4, @object
	.size	lea_m8.4, 5
lea_m8.4:
	.ascii	"H\215d$\370"
	.type	test_jnz.5, @object
	.size	test_jnz.5, 4
test_jnz.5:
	.ascii	"\205\300\017\205"
	.type	jmp.6, @object
	.size	jmp.6, 1
jmp.6:
	.ascii	"\351"
	.type	movabs.7, @object
	.size	movabs.7, 2
movabs.7:
	.ascii	"H\276"
	.type	mov.8, @object
	.size	mov.8, 3
mov.8:
	.ascii	"H\307\306"
	.type	mov.9, @object
	.size	mov.9, 3
mov.9:
	.ascii	"H\211\337"
	.type	entry.10, @object
	.size	entry.10, 7
entry.10:
	.ascii	"H\203\354\bH\211\373"
	.globl	dispatcher_subroutine
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"subroutine"
	.section	.rodata.str1.8,"aMS",@progbits,1
	.align 8
.LC1:
	.string	"subroutine-threaded code (PTC): generated native code, call op_X per instruction"
	.section	.rodata
	.align 32
	.type	dispatcher_subroutine, @object
	.size	dispatcher_subroutine, 72
dispatcher_subroutine:
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
	.align 32
	.type	label_operand, @object
	.size	label_operand, 34
label_operand:
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	""
	.string	"\001\001\001\001"
	.string	""
	.string	""
	.string	""
	.string	""
	.text
.Letext0:
	.file 5 "/usr/include/x86_64-linux-gnu/bits/setjmp.h"
	.file 6 "/usr/include/x86_64-linux-gnu/bits/types/__sigset_t.h"
	.file 7 "/usr/include/x86_64-linux-gnu/bits/types/struct___jmp_buf_tag.h"
	.file 8 "/usr/include/setjmp.h"
	.file 9 "/usr/lib/gcc/x86_64-linux-gnu/12/include/stddef.h"
	.file 10 "/usr/include/x86_64-linux-gnu/bits/types.h"
	.file 11 "/usr/include/x86_64-linux-gnu/bits/stdint-intn.h"
	.file 12 "/usr/include/x86_64-linux-gnu/bits/stdint-uintn.h"
	.file 13 "/usr/include/stdint.h"
	.file 14 "/usr/include/x86_64-linux-gnu/bits/types/struct_FILE.h"
	.file 15 "/usr/include/x86_64-linux-gnu/bits/types/FILE.h"
	.file 16 "./vm/codegen.h"
	.file 17 "./isa/isa.h"
	.file 18 "./vm/vm.h"
	.file 19 "./vm/dispatch.h"
	.file 20 "/usr/include/stdlib.h"
	.file 21 "./vm/interp.h"
	.section	.debug_info,"",@progbits
.Ldebug_info0:
	.long	0x8987
	.value	0x5
	.byte	0x1
	.byte	0x8
	.long	.Ldebug_abbrev0
	.uleb128 0x4b
	.long	.LASF690
	.byte	0x1d
	.long	.LASF0
	.long	.LASF1
	.long	.LLRL840
	.quad	0
	.long	.Ldebug_line0
	.uleb128 0x1f
	.long	.LASF4
	.byte	0x5
	.byte	0x1f
	.byte	0x12
	.long	0x36
	.uleb128 0x23
	.long	0x4d
	.long	0x46
	.uleb128 0x25
	.long	0x46
	.byte	0x7
	.byte	0
	.uleb128 0x26
	.byte	0x8
	.byte	0x7
	.long	.LASF2
	.uleb128 0x26
	.byte	0x8
	.byte	0x5
	.long	.LASF3
	.uleb128 0x4c
	.byte	0x80
	.byte	0x6
	.byte	0x5
	.byte	0x9
	.long	0x6b
	.uleb128 0xa
	.long	.LASF6
	.byte	0x6
	.byte	0x7
	.byte	0x15
	.long	0x6b
	.byte	0
	.byte	0
	.uleb128 0x23
	.long	0x46
	.long	0x7b
	.uleb128 0x25
	.long	0x46
	.byte	0xf
	.byte	0
	.uleb128 0x1f
	.long	.LASF5
	.byte	0x6
	.byte	0x8
	.byte	0x3
	.long	0x54
	.uleb128 0x27
	.long	.LASF34
	.byte	0xc8
	.byte	0x7
	.byte	0x1a
	.long	0xbb
	.uleb128 0xa
	.long	.LASF7
	.byte	0x7
	.byte	0x20
	.byte	0xf
	.long	0x2a
	.byte	0
	.uleb128 0xa
	.long	.LASF8
	.byte	0x7
	.byte	0x21
	.byte	0x9
	.long	0xbb
	.byte	0x40
	.uleb128 0xa
	.long	.LASF9
	.byte	0x7
	.byte	0x22
	.byte	0x10
	.long	0x7b
	.byte	0x48
	.byte	0
	.uleb128 0x4d
	.byte	0x4
	.byte	0x5
	.string	"int"
	.uleb128 0x1f
	.long	.LASF10
	.byte	0x8
	.byte	0x20
	.byte	0x1e
	.long	0xce
	.uleb128 0x23
	.long	0x87
	.long	0xde
	.uleb128 0x25
	.long	0x46
	.byte	0
	.byte	0
	.uleb128 0x1f
	.long	.LASF11
	.byte	0x9
	.byte	0xd6
	.byte	0x17
	.long	0x46
	.uleb128 0x26
	.byte	0x8
	.byte	0x5
	.long	.LASF12
	.uleb128 0x26
	.byte	0x1
	.byte	0x8
	.long	.LASF13
	.uleb128 0x26
	.byte	0x2
	.byte	0x7
	.long	.LASF14
	.uleb128 0x26
	.byte	0x4
	.byte	0x7
	.long	.LASF15
	.uleb128 0x26
	.byte	0x1
	.byte	0x6
	.long	.LASF16
	.uleb128 0x1f
	.long	.LASF17
	.byte	0xa
	.byte	0x26
	.byte	0x17
	.long	0xf1
	.uleb128 0x26
	.byte	0x2
	.byte	0x5
	.long	.LASF18
	.uleb128 0x1f
	.long	.LASF19
	.byte	0xa
	.byte	0x29
	.byte	0x14
	.long	0xbb
	.uleb128 0x1f
	.long	.LASF20
	.byte	0xa
	.byte	0x2a
	.byte	0x16
	.long	0xff
	.uleb128 0x1f
	.long	.LASF21
	.byte	0xa
	.byte	0x2c
	.byte	0x19
	.long	0x4d
	.uleb128 0x1f
	.long	.LASF22
	.byte	0xa
	.byte	0x2d
	.byte	0x1b
	.long	0x46
	.uleb128 0x1f
	.long	.LASF23
	.byte	0xa
	.byte	0x98
	.byte	0x19
	.long	0x4d
	.uleb128 0x1f
	.long	.LASF24
	.byte	0xa
	.byte	0x99
	.byte	0x1b
	.long	0x4d
	.uleb128 0x4e
	.byte	0x8
	.uleb128 0x17
	.long	0x16f
	.uleb128 0x26
	.byte	0x1
	.byte	0x6
	.long	.LASF25
	.uleb128 0x22
	.long	0x16f
	.uleb128 0x1f
	.long	.LASF26
	.byte	0xb
	.byte	0x1a
	.byte	0x13
	.long	0x120
	.uleb128 0x1f
	.long	.LASF27
	.byte	0xb
	.byte	0x1b
	.byte	0x13
	.long	0x138
	.uleb128 0x26
	.byte	0x8
	.byte	0x7
	.long	.LASF28
	.uleb128 0x17
	.long	0x19f
	.uleb128 0x4f
	.uleb128 0x17
	.long	0x176
	.uleb128 0x26
	.byte	0x10
	.byte	0x4
	.long	.LASF29
	.uleb128 0x1f
	.long	.LASF30
	.byte	0xc
	.byte	0x18
	.byte	0x13
	.long	0x10d
	.uleb128 0x22
	.long	0x1ac
	.uleb128 0x1f
	.long	.LASF31
	.byte	0xc
	.byte	0x1a
	.byte	0x14
	.long	0x12c
	.uleb128 0x1f
	.long	.LASF32
	.byte	0xc
	.byte	0x1b
	.byte	0x14
	.long	0x144
	.uleb128 0x1f
	.long	.LASF33
	.byte	0xd
	.byte	0x5a
	.byte	0x1b
	.long	0x46
	.uleb128 0x27
	.long	.LASF35
	.byte	0xd8
	.byte	0xe
	.byte	0x31
	.long	0x367
	.uleb128 0xa
	.long	.LASF36
	.byte	0xe
	.byte	0x33
	.byte	0x7
	.long	0xbb
	.byte	0
	.uleb128 0xa
	.long	.LASF37
	.byte	0xe
	.byte	0x36
	.byte	0x9
	.long	0x16a
	.byte	0x8
	.uleb128 0xa
	.long	.LASF38
	.byte	0xe
	.byte	0x37
	.byte	0x9
	.long	0x16a
	.byte	0x10
	.uleb128 0xa
	.long	.LASF39
	.byte	0xe
	.byte	0x38
	.byte	0x9
	.long	0x16a
	.byte	0x18
	.uleb128 0xa
	.long	.LASF40
	.byte	0xe
	.byte	0x39
	.byte	0x9
	.long	0x16a
	.byte	0x20
	.uleb128 0xa
	.long	.LASF41
	.byte	0xe
	.byte	0x3a
	.byte	0x9
	.long	0x16a
	.byte	0x28
	.uleb128 0xa
	.long	.LASF42
	.byte	0xe
	.byte	0x3b
	.byte	0x9
	.long	0x16a
	.byte	0x30
	.uleb128 0xa
	.long	.LASF43
	.byte	0xe
	.byte	0x3c
	.byte	0x9
	.long	0x16a
	.byte	0x38
	.uleb128 0xa
	.long	.LASF44
	.byte	0xe
	.byte	0x3d
	.byte	0x9
	.long	0x16a
	.byte	0x40
	.uleb128 0xa
	.long	.LASF45
	.byte	0xe
	.byte	0x40
	.byte	0x9
	.long	0x16a
	.byte	0x48
	.uleb128 0xa
	.long	.LASF46
	.byte	0xe
	.byte	0x41
	.byte	0x9
	.long	0x16a
	.byte	0x50
	.uleb128 0xa
	.long	.LASF47
	.byte	0xe
	.byte	0x42
	.byte	0x9
	.long	0x16a
	.byte	0x58
	.uleb128 0xa
	.long	.LASF48
	.byte	0xe
	.byte	0x44
	.byte	0x16
	.long	0x380
	.byte	0x60
	.uleb128 0xa
	.long	.LASF49
	.byte	0xe
	.byte	0x46
	.byte	0x14
	.long	0x385
	.byte	0x68
	.uleb128 0xa
	.long	.LASF50
	.byte	0xe
	.byte	0x48
	.byte	0x7
	.long	0xbb
	.byte	0x70
	.uleb128 0xa
	.long	.LASF51
	.byte	0xe
	.byte	0x49
	.byte	0x7
	.long	0xbb
	.byte	0x74
	.uleb128 0xa
	.long	.LASF52
	.byte	0xe
	.byte	0x4a
	.byte	0xb
	.long	0x150
	.byte	0x78
	.uleb128 0xa
	.long	.LASF53
	.byte	0xe
	.byte	0x4d
	.byte	0x12
	.long	0xf8
	.byte	0x80
	.uleb128 0xa
	.long	.LASF54
	.byte	0xe
	.byte	0x4e
	.byte	0xf
	.long	0x106
	.byte	0x82
	.uleb128 0xa
	.long	.LASF55
	.byte	0xe
	.byte	0x4f
	.byte	0x8
	.long	0x38a
	.byte	0x83
	.uleb128 0xa
	.long	.LASF56
	.byte	0xe
	.byte	0x51
	.byte	0xf
	.long	0x39a
	.byte	0x88
	.uleb128 0xa
	.long	.LASF57
	.byte	0xe
	.byte	0x59
	.byte	0xd
	.long	0x15c
	.byte	0x90
	.uleb128 0xa
	.long	.LASF58
	.byte	0xe
	.byte	0x5b
	.byte	0x17
	.long	0x3a4
	.byte	0x98
	.uleb128 0xa
	.long	.LASF59
	.byte	0xe
	.byte	0x5c
	.byte	0x19
	.long	0x3ae
	.byte	0xa0
	.uleb128 0xa
	.long	.LASF60
	.byte	0xe
	.byte	0x5d
	.byte	0x14
	.long	0x385
	.byte	0xa8
	.uleb128 0xa
	.long	.LASF61
	.byte	0xe
	.byte	0x5e
	.byte	0x9
	.long	0x168
	.byte	0xb0
	.uleb128 0xa
	.long	.LASF62
	.byte	0xe
	.byte	0x5f
	.byte	0xa
	.long	0xde
	.byte	0xb8
	.uleb128 0xa
	.long	.LASF63
	.byte	0xe
	.byte	0x60
	.byte	0x7
	.long	0xbb
	.byte	0xc0
	.uleb128 0xa
	.long	.LASF64
	.byte	0xe
	.byte	0x62
	.byte	0x8
	.long	0x3b3
	.byte	0xc4
	.byte	0
	.uleb128 0x1f
	.long	.LASF65
	.byte	0xf
	.byte	0x7
	.byte	0x19
	.long	0x1e1
	.uleb128 0x50
	.long	.LASF691
	.byte	0xe
	.byte	0x2b
	.byte	0xe
	.uleb128 0x37
	.long	.LASF66
	.uleb128 0x17
	.long	0x37b
	.uleb128 0x17
	.long	0x1e1
	.uleb128 0x23
	.long	0x16f
	.long	0x39a
	.uleb128 0x25
	.long	0x46
	.byte	0
	.byte	0
	.uleb128 0x17
	.long	0x373
	.uleb128 0x37
	.long	.LASF67
	.uleb128 0x17
	.long	0x39f
	.uleb128 0x37
	.long	.LASF68
	.uleb128 0x17
	.long	0x3a9
	.uleb128 0x23
	.long	0x16f
	.long	0x3c3
	.uleb128 0x25
	.long	0x46
	.byte	0x13
	.byte	0
	.uleb128 0x17
	.long	0x367
	.uleb128 0x27
	.long	.LASF69
	.byte	0x20
	.byte	0x10
	.byte	0x30
	.long	0x408
	.uleb128 0x20
	.string	"out"
	.byte	0x10
	.byte	0x31
	.byte	0x10
	.long	0x40d
	.byte	0
	.uleb128 0xa
	.long	.LASF70
	.byte	0x10
	.byte	0x32
	.byte	0x10
	.long	0x1d5
	.byte	0x8
	.uleb128 0x20
	.string	"at"
	.byte	0x10
	.byte	0x33
	.byte	0x10
	.long	0xde
	.byte	0x10
	.uleb128 0x20
	.string	"far"
	.byte	0x10
	.byte	0x34
	.byte	0x10
	.long	0x412
	.byte	0x18
	.byte	0
	.uleb128 0x22
	.long	0x3c8
	.uleb128 0x17
	.long	0x1ac
	.uleb128 0x26
	.byte	0x1
	.byte	0x2
	.long	.LASF71
	.uleb128 0x2d
	.long	.LASF86
	.long	0xff
	.byte	0x10
	.byte	0x7f
	.long	0x459
	.uleb128 0x4
	.long	.LASF72
	.byte	0
	.uleb128 0x4
	.long	.LASF73
	.byte	0x1
	.uleb128 0x4
	.long	.LASF74
	.byte	0x2
	.uleb128 0x4
	.long	.LASF75
	.byte	0x3
	.uleb128 0x4
	.long	.LASF76
	.byte	0x4
	.uleb128 0x4
	.long	.LASF77
	.byte	0x5
	.uleb128 0x4
	.long	.LASF78
	.byte	0x6
	.uleb128 0x4
	.long	.LASF79
	.byte	0x7
	.byte	0
	.uleb128 0x27
	.long	.LASF80
	.byte	0x10
	.byte	0x10
	.byte	0x83
	.long	0x4b3
	.uleb128 0x20
	.string	"at"
	.byte	0x10
	.byte	0x84
	.byte	0xe
	.long	0x1bd
	.byte	0
	.uleb128 0x20
	.string	"len"
	.byte	0x10
	.byte	0x84
	.byte	0x12
	.long	0x1bd
	.byte	0x4
	.uleb128 0x20
	.string	"ord"
	.byte	0x10
	.byte	0x85
	.byte	0xe
	.long	0x1bd
	.byte	0x8
	.uleb128 0xa
	.long	.LASF81
	.byte	0x10
	.byte	0x86
	.byte	0xe
	.long	0x1ac
	.byte	0xc
	.uleb128 0xa
	.long	.LASF82
	.byte	0x10
	.byte	0x87
	.byte	0xe
	.long	0x1ac
	.byte	0xd
	.uleb128 0xa
	.long	.LASF83
	.byte	0x10
	.byte	0x88
	.byte	0xe
	.long	0x1ac
	.byte	0xe
	.byte	0
	.uleb128 0x22
	.long	0x459
	.uleb128 0x1f
	.long	.LASF84
	.byte	0x11
	.byte	0xa
	.byte	0x12
	.long	0x187
	.uleb128 0x1f
	.long	.LASF85
	.byte	0x11
	.byte	0xb
	.byte	0x12
	.long	0x1c9
	.uleb128 0x2d
	.long	.LASF87
	.long	0xff
	.byte	0x11
	.byte	0xd
	.long	0x5b2
	.uleb128 0x4
	.long	.LASF88
	.byte	0
	.uleb128 0x4
	.long	.LASF89
	.byte	0x1
	.uleb128 0x4
	.long	.LASF90
	.byte	0x2
	.uleb128 0x4
	.long	.LASF91
	.byte	0x3
	.uleb128 0x4
	.long	.LASF92
	.byte	0x4
	.uleb128 0x4
	.long	.LASF93
	.byte	0x5
	.uleb128 0x4
	.long	.LASF94
	.byte	0x6
	.uleb128 0x4
	.long	.LASF95
	.byte	0x7
	.uleb128 0x4
	.long	.LASF96
	.byte	0x8
	.uleb128 0x4
	.long	.LASF97
	.byte	0x9
	.uleb128 0x4
	.long	.LASF98
	.byte	0xa
	.uleb128 0x4
	.long	.LASF99
	.byte	0xb
	.uleb128 0x4
	.long	.LASF100
	.byte	0xc
	.uleb128 0x4
	.long	.LASF101
	.byte	0xd
	.uleb128 0x4
	.long	.LASF102
	.byte	0xe
	.uleb128 0x4
	.long	.LASF103
	.byte	0xf
	.uleb128 0x4
	.long	.LASF104
	.byte	0x10
	.uleb128 0x4
	.long	.LASF105
	.byte	0x11
	.uleb128 0x4
	.long	.LASF106
	.byte	0x12
	.uleb128 0x4
	.long	.LASF107
	.byte	0x13
	.uleb128 0x4
	.long	.LASF108
	.byte	0x14
	.uleb128 0x4
	.long	.LASF109
	.byte	0x15
	.uleb128 0x4
	.long	.LASF110
	.byte	0x16
	.uleb128 0x4
	.long	.LASF111
	.byte	0x17
	.uleb128 0x4
	.long	.LASF112
	.byte	0x18
	.uleb128 0x4
	.long	.LASF113
	.byte	0x19
	.uleb128 0x4
	.long	.LASF114
	.byte	0x1a
	.uleb128 0x4
	.long	.LASF115
	.byte	0x1b
	.uleb128 0x4
	.long	.LASF116
	.byte	0x1c
	.uleb128 0x4
	.long	.LASF117
	.byte	0x1d
	.uleb128 0x4
	.long	.LASF118
	.byte	0x1e
	.uleb128 0x4
	.long	.LASF119
	.byte	0x1f
	.uleb128 0x4
	.long	.LASF120
	.byte	0x20
	.uleb128 0x4
	.long	.LASF121
	.byte	0x21
	.uleb128 0x4
	.long	.LASF122
	.byte	0x22
	.byte	0
	.uleb128 0x22
	.long	0x4d0
	.uleb128 0x2d
	.long	.LASF123
	.long	0xff
	.byte	0x11
	.byte	0x14
	.long	0x5d9
	.uleb128 0x4
	.long	.LASF124
	.byte	0
	.uleb128 0x4
	.long	.LASF125
	.byte	0x1
	.uleb128 0x4
	.long	.LASF126
	.byte	0x2
	.byte	0
	.uleb128 0x2d
	.long	.LASF127
	.long	0xff
	.byte	0x11
	.byte	0x15
	.long	0x60d
	.uleb128 0x4
	.long	.LASF128
	.byte	0
	.uleb128 0x4
	.long	.LASF129
	.byte	0x1
	.uleb128 0x4
	.long	.LASF130
	.byte	0x2
	.uleb128 0x4
	.long	.LASF131
	.byte	0x3
	.uleb128 0x4
	.long	.LASF132
	.byte	0x4
	.uleb128 0x4
	.long	.LASF133
	.byte	0x5
	.byte	0
	.uleb128 0x27
	.long	.LASF134
	.byte	0x28
	.byte	0x11
	.byte	0x25
	.long	0x682
	.uleb128 0xa
	.long	.LASF135
	.byte	0x11
	.byte	0x26
	.byte	0x12
	.long	0x1a0
	.byte	0
	.uleb128 0xa
	.long	.LASF123
	.byte	0x11
	.byte	0x27
	.byte	0x12
	.long	0x5b7
	.byte	0x8
	.uleb128 0xa
	.long	.LASF136
	.byte	0x11
	.byte	0x28
	.byte	0x12
	.long	0x1ac
	.byte	0xc
	.uleb128 0xa
	.long	.LASF137
	.byte	0x11
	.byte	0x29
	.byte	0x12
	.long	0x1ac
	.byte	0xd
	.uleb128 0xa
	.long	.LASF138
	.byte	0x11
	.byte	0x29
	.byte	0x18
	.long	0x1ac
	.byte	0xe
	.uleb128 0xa
	.long	.LASF127
	.byte	0x11
	.byte	0x2a
	.byte	0x12
	.long	0x5d9
	.byte	0x10
	.uleb128 0xa
	.long	.LASF139
	.byte	0x11
	.byte	0x2b
	.byte	0x12
	.long	0x1a0
	.byte	0x18
	.uleb128 0x20
	.string	"doc"
	.byte	0x11
	.byte	0x2c
	.byte	0x12
	.long	0x1a0
	.byte	0x20
	.byte	0
	.uleb128 0x22
	.long	0x60d
	.uleb128 0x23
	.long	0x682
	.long	0x697
	.uleb128 0x25
	.long	0x46
	.byte	0x21
	.byte	0
	.uleb128 0x22
	.long	0x687
	.uleb128 0x51
	.long	.LASF134
	.byte	0x11
	.byte	0x2e
	.byte	0x1c
	.long	0x697
	.uleb128 0x27
	.long	.LASF140
	.byte	0x10
	.byte	0x4
	.byte	0x13
	.long	0x6cf
	.uleb128 0xa
	.long	.LASF135
	.byte	0x4
	.byte	0x14
	.byte	0xe
	.long	0x16a
	.byte	0
	.uleb128 0xa
	.long	.LASF141
	.byte	0x4
	.byte	0x15
	.byte	0xe
	.long	0x1bd
	.byte	0x8
	.byte	0
	.uleb128 0x27
	.long	.LASF142
	.byte	0x8
	.byte	0x4
	.byte	0x1d
	.long	0x6f6
	.uleb128 0xa
	.long	.LASF143
	.byte	0x4
	.byte	0x1e
	.byte	0xd
	.long	0x17b
	.byte	0
	.uleb128 0xa
	.long	.LASF144
	.byte	0x4
	.byte	0x1f
	.byte	0xd
	.long	0x17b
	.byte	0x4
	.byte	0
	.uleb128 0x27
	.long	.LASF145
	.byte	0x50
	.byte	0x4
	.byte	0x22
	.long	0x792
	.uleb128 0xa
	.long	.LASF146
	.byte	0x4
	.byte	0x23
	.byte	0x11
	.long	0x1a0
	.byte	0
	.uleb128 0xa
	.long	.LASF147
	.byte	0x4
	.byte	0x24
	.byte	0x11
	.long	0x40d
	.byte	0x8
	.uleb128 0xa
	.long	.LASF136
	.byte	0x4
	.byte	0x25
	.byte	0x11
	.long	0x1bd
	.byte	0x10
	.uleb128 0xa
	.long	.LASF148
	.byte	0x4
	.byte	0x26
	.byte	0x11
	.long	0x1bd
	.byte	0x14
	.uleb128 0x20
	.string	"ord"
	.byte	0x4
	.byte	0x27
	.byte	0x11
	.long	0x797
	.byte	0x18
	.uleb128 0xa
	.long	.LASF141
	.byte	0x4
	.byte	0x29
	.byte	0x11
	.long	0x797
	.byte	0x20
	.uleb128 0xa
	.long	.LASF149
	.byte	0x4
	.byte	0x2a
	.byte	0x11
	.long	0x797
	.byte	0x28
	.uleb128 0xa
	.long	.LASF150
	.byte	0x4
	.byte	0x2b
	.byte	0x13
	.long	0x79c
	.byte	0x30
	.uleb128 0xa
	.long	.LASF151
	.byte	0x4
	.byte	0x2c
	.byte	0x11
	.long	0x1bd
	.byte	0x38
	.uleb128 0xa
	.long	.LASF152
	.byte	0x4
	.byte	0x2e
	.byte	0x11
	.long	0x40d
	.byte	0x40
	.uleb128 0xa
	.long	.LASF142
	.byte	0x4
	.byte	0x2f
	.byte	0x13
	.long	0x7a1
	.byte	0x48
	.byte	0
	.uleb128 0x22
	.long	0x6f6
	.uleb128 0x17
	.long	0x1bd
	.uleb128 0x17
	.long	0x6a8
	.uleb128 0x17
	.long	0x6cf
	.uleb128 0x2d
	.long	.LASF153
	.long	0xff
	.byte	0x12
	.byte	0xf
	.long	0x7ec
	.uleb128 0x4
	.long	.LASF154
	.byte	0
	.uleb128 0x4
	.long	.LASF155
	.byte	0x1
	.uleb128 0x4
	.long	.LASF156
	.byte	0x2
	.uleb128 0x4
	.long	.LASF157
	.byte	0x3
	.uleb128 0x4
	.long	.LASF158
	.byte	0x4
	.uleb128 0x4
	.long	.LASF159
	.byte	0x5
	.uleb128 0x4
	.long	.LASF160
	.byte	0x6
	.uleb128 0x4
	.long	.LASF161
	.byte	0x7
	.uleb128 0x4
	.long	.LASF162
	.byte	0x8
	.byte	0
	.uleb128 0x27
	.long	.LASF163
	.byte	0x20
	.byte	0x12
	.byte	0x1b
	.long	0x82d
	.uleb128 0xa
	.long	.LASF153
	.byte	0x12
	.byte	0x1c
	.byte	0x11
	.long	0x7a6
	.byte	0
	.uleb128 0x20
	.string	"arg"
	.byte	0x12
	.byte	0x1d
	.byte	0x11
	.long	0x4b8
	.byte	0x8
	.uleb128 0x20
	.string	"ord"
	.byte	0x12
	.byte	0x1e
	.byte	0x11
	.long	0x1bd
	.byte	0x10
	.uleb128 0xa
	.long	.LASF148
	.byte	0x12
	.byte	0x1f
	.byte	0x11
	.long	0x187
	.byte	0x18
	.byte	0
	.uleb128 0x40
	.string	"out"
	.long	0x10028
	.byte	0x26
	.long	0x888
	.uleb128 0x20
	.string	"f"
	.byte	0x12
	.byte	0x27
	.byte	0xe
	.long	0x3c3
	.byte	0
	.uleb128 0x20
	.string	"len"
	.byte	0x12
	.byte	0x28
	.byte	0xe
	.long	0xde
	.byte	0x8
	.uleb128 0xa
	.long	.LASF164
	.byte	0x12
	.byte	0x29
	.byte	0xe
	.long	0x1c9
	.byte	0x10
	.uleb128 0xa
	.long	.LASF165
	.byte	0x12
	.byte	0x2a
	.byte	0xe
	.long	0x1c9
	.byte	0x18
	.uleb128 0xa
	.long	.LASF166
	.byte	0x12
	.byte	0x2b
	.byte	0xe
	.long	0xbb
	.byte	0x20
	.uleb128 0x20
	.string	"buf"
	.byte	0x12
	.byte	0x2c
	.byte	0xe
	.long	0x888
	.byte	0x24
	.byte	0
	.uleb128 0x23
	.long	0x16f
	.long	0x899
	.uleb128 0x38
	.long	0x46
	.value	0xffff
	.byte	0
	.uleb128 0x40
	.string	"vm"
	.long	0x20138
	.byte	0x2f
	.long	0x929
	.uleb128 0xa
	.long	.LASF167
	.byte	0x12
	.byte	0x30
	.byte	0x11
	.long	0x929
	.byte	0
	.uleb128 0x52
	.long	.LASF168
	.byte	0x12
	.byte	0x34
	.byte	0x11
	.long	0x93a
	.value	0x8008
	.uleb128 0x41
	.string	"mem"
	.byte	0x36
	.long	0x94b
	.long	0x10008
	.uleb128 0x2e
	.long	.LASF169
	.byte	0x37
	.byte	0x11
	.long	0x187
	.long	0x10010
	.uleb128 0x2e
	.long	.LASF170
	.byte	0x38
	.byte	0x11
	.long	0x187
	.long	0x10018
	.uleb128 0x2e
	.long	.LASF171
	.byte	0x3a
	.byte	0x1b
	.long	0x950
	.long	0x10020
	.uleb128 0x2e
	.long	.LASF163
	.byte	0x3b
	.byte	0x13
	.long	0x7ec
	.long	0x10028
	.uleb128 0x2e
	.long	.LASF172
	.byte	0x3c
	.byte	0x11
	.long	0xc2
	.long	0x10048
	.uleb128 0x41
	.string	"out"
	.byte	0x3d
	.long	0x82d
	.long	0x10110
	.byte	0
	.uleb128 0x23
	.long	0x4b8
	.long	0x93a
	.uleb128 0x38
	.long	0x46
	.value	0x1000
	.byte	0
	.uleb128 0x23
	.long	0x1d5
	.long	0x94b
	.uleb128 0x38
	.long	0x46
	.value	0xfff
	.byte	0
	.uleb128 0x17
	.long	0x4b8
	.uleb128 0x17
	.long	0x792
	.uleb128 0x27
	.long	.LASF173
	.byte	0x48
	.byte	0x13
	.byte	0x10
	.long	0x9d7
	.uleb128 0xa
	.long	.LASF135
	.byte	0x13
	.byte	0x11
	.byte	0x11
	.long	0x1a0
	.byte	0
	.uleb128 0xa
	.long	.LASF174
	.byte	0x13
	.byte	0x12
	.byte	0x11
	.long	0x1a0
	.byte	0x8
	.uleb128 0xa
	.long	.LASF175
	.byte	0x13
	.byte	0x15
	.byte	0x13
	.long	0x9e1
	.byte	0x10
	.uleb128 0xa
	.long	.LASF176
	.byte	0x13
	.byte	0x1a
	.byte	0xd
	.long	0x9f5
	.byte	0x18
	.uleb128 0xa
	.long	.LASF177
	.byte	0x13
	.byte	0x1b
	.byte	0xd
	.long	0xa05
	.byte	0x20
	.uleb128 0xa
	.long	.LASF178
	.byte	0x13
	.byte	0x21
	.byte	0x13
	.long	0x9e1
	.byte	0x28
	.uleb128 0xa
	.long	.LASF179
	.byte	0x13
	.byte	0x27
	.byte	0x9
	.long	0xbb
	.byte	0x30
	.uleb128 0x20
	.string	"run"
	.byte	0x13
	.byte	0x2b
	.byte	0xd
	.long	0xa24
	.byte	0x38
	.uleb128 0xa
	.long	.LASF180
	.byte	0x13
	.byte	0x31
	.byte	0xd
	.long	0xa39
	.byte	0x40
	.byte	0
	.uleb128 0x22
	.long	0x955
	.uleb128 0x53
	.long	0x1a0
	.uleb128 0x17
	.long	0x9dc
	.uleb128 0x42
	.long	0x168
	.long	0x9f5
	.uleb128 0x13
	.long	0x950
	.byte	0
	.uleb128 0x17
	.long	0x9e6
	.uleb128 0x39
	.long	0xa05
	.uleb128 0x13
	.long	0x168
	.byte	0
	.uleb128 0x17
	.long	0x9fa
	.uleb128 0x39
	.long	0xa1f
	.uleb128 0x13
	.long	0xa1f
	.uleb128 0x13
	.long	0x950
	.uleb128 0x13
	.long	0x168
	.byte	0
	.uleb128 0x17
	.long	0x899
	.uleb128 0x17
	.long	0xa0a
	.uleb128 0x39
	.long	0xa39
	.uleb128 0x13
	.long	0x19a
	.uleb128 0x13
	.long	0x3c3
	.byte	0
	.uleb128 0x17
	.long	0xa29
	.uleb128 0x54
	.byte	0x7
	.byte	0x4
	.long	0xff
	.byte	0x15
	.byte	0x2c
	.byte	0x6
	.long	0xcb1
	.uleb128 0x4
	.long	.LASF181
	.byte	0
	.uleb128 0x4
	.long	.LASF182
	.byte	0
	.uleb128 0x4
	.long	.LASF183
	.byte	0
	.uleb128 0x4
	.long	.LASF184
	.byte	0
	.uleb128 0x4
	.long	.LASF185
	.byte	0x1
	.uleb128 0x4
	.long	.LASF186
	.byte	0
	.uleb128 0x4
	.long	.LASF187
	.byte	0x1
	.uleb128 0x4
	.long	.LASF188
	.byte	0
	.uleb128 0x4
	.long	.LASF189
	.byte	0
	.uleb128 0x4
	.long	.LASF190
	.byte	0x1
	.uleb128 0x4
	.long	.LASF191
	.byte	0x2
	.uleb128 0x4
	.long	.LASF192
	.byte	0
	.uleb128 0x4
	.long	.LASF193
	.byte	0x2
	.uleb128 0x4
	.long	.LASF194
	.byte	0x2
	.uleb128 0x4
	.long	.LASF195
	.byte	0
	.uleb128 0x4
	.long	.LASF196
	.byte	0x2
	.uleb128 0x4
	.long	.LASF197
	.byte	0x3
	.uleb128 0x4
	.long	.LASF198
	.byte	0
	.uleb128 0x4
	.long	.LASF199
	.byte	0x3
	.uleb128 0x4
	.long	.LASF200
	.byte	0x3
	.uleb128 0x4
	.long	.LASF201
	.byte	0
	.uleb128 0x4
	.long	.LASF202
	.byte	0x2
	.uleb128 0x4
	.long	.LASF203
	.byte	0x1
	.uleb128 0x4
	.long	.LASF204
	.byte	0
	.uleb128 0x4
	.long	.LASF205
	.byte	0x2
	.uleb128 0x4
	.long	.LASF206
	.byte	0x1
	.uleb128 0x4
	.long	.LASF207
	.byte	0
	.uleb128 0x4
	.long	.LASF208
	.byte	0x2
	.uleb128 0x4
	.long	.LASF209
	.byte	0x1
	.uleb128 0x4
	.long	.LASF210
	.byte	0
	.uleb128 0x4
	.long	.LASF211
	.byte	0x2
	.uleb128 0x4
	.long	.LASF212
	.byte	0x1
	.uleb128 0x4
	.long	.LASF213
	.byte	0
	.uleb128 0x4
	.long	.LASF214
	.byte	0x2
	.uleb128 0x4
	.long	.LASF215
	.byte	0x1
	.uleb128 0x4
	.long	.LASF216
	.byte	0
	.uleb128 0x4
	.long	.LASF217
	.byte	0x1
	.uleb128 0x4
	.long	.LASF218
	.byte	0x1
	.uleb128 0x4
	.long	.LASF219
	.byte	0
	.uleb128 0x4
	.long	.LASF220
	.byte	0x1
	.uleb128 0x4
	.long	.LASF221
	.byte	0x1
	.uleb128 0x4
	.long	.LASF222
	.byte	0
	.uleb128 0x4
	.long	.LASF223
	.byte	0x2
	.uleb128 0x4
	.long	.LASF224
	.byte	0x1
	.uleb128 0x4
	.long	.LASF225
	.byte	0
	.uleb128 0x4
	.long	.LASF226
	.byte	0x2
	.uleb128 0x4
	.long	.LASF227
	.byte	0x1
	.uleb128 0x4
	.long	.LASF228
	.byte	0
	.uleb128 0x4
	.long	.LASF229
	.byte	0x2
	.uleb128 0x4
	.long	.LASF230
	.byte	0x1
	.uleb128 0x4
	.long	.LASF231
	.byte	0
	.uleb128 0x4
	.long	.LASF232
	.byte	0x2
	.uleb128 0x4
	.long	.LASF233
	.byte	0x1
	.uleb128 0x4
	.long	.LASF234
	.byte	0
	.uleb128 0x4
	.long	.LASF235
	.byte	0x2
	.uleb128 0x4
	.long	.LASF236
	.byte	0x1
	.uleb128 0x4
	.long	.LASF237
	.byte	0
	.uleb128 0x4
	.long	.LASF238
	.byte	0x2
	.uleb128 0x4
	.long	.LASF239
	.byte	0x1
	.uleb128 0x4
	.long	.LASF240
	.byte	0
	.uleb128 0x4
	.long	.LASF241
	.byte	0x2
	.uleb128 0x4
	.long	.LASF242
	.byte	0x1
	.uleb128 0x4
	.long	.LASF243
	.byte	0
	.uleb128 0x4
	.long	.LASF244
	.byte	0x2
	.uleb128 0x4
	.long	.LASF245
	.byte	0x1
	.uleb128 0x4
	.long	.LASF246
	.byte	0
	.uleb128 0x4
	.long	.LASF247
	.byte	0x2
	.uleb128 0x4
	.long	.LASF248
	.byte	0x1
	.uleb128 0x4
	.long	.LASF249
	.byte	0
	.uleb128 0x4
	.long	.LASF250
	.byte	0x2
	.uleb128 0x4
	.long	.LASF251
	.byte	0x1
	.uleb128 0x4
	.long	.LASF252
	.byte	0
	.uleb128 0x4
	.long	.LASF253
	.byte	0x2
	.uleb128 0x4
	.long	.LASF254
	.byte	0x1
	.uleb128 0x4
	.long	.LASF255
	.byte	0
	.uleb128 0x4
	.long	.LASF256
	.byte	0
	.uleb128 0x4
	.long	.LASF257
	.byte	0
	.uleb128 0x4
	.long	.LASF258
	.byte	0x1
	.uleb128 0x4
	.long	.LASF259
	.byte	0x1
	.uleb128 0x4
	.long	.LASF260
	.byte	0
	.uleb128 0x4
	.long	.LASF261
	.byte	0x2
	.uleb128 0x4
	.long	.LASF262
	.byte	0x1
	.uleb128 0x4
	.long	.LASF263
	.byte	0
	.uleb128 0x4
	.long	.LASF264
	.byte	0x2
	.uleb128 0x4
	.long	.LASF265
	.byte	0
	.uleb128 0x4
	.long	.LASF266
	.byte	0
	.uleb128 0x4
	.long	.LASF267
	.byte	0x3
	.uleb128 0x4
	.long	.LASF268
	.byte	0
	.uleb128 0x4
	.long	.LASF269
	.byte	0
	.uleb128 0x4
	.long	.LASF270
	.byte	0x4
	.uleb128 0x4
	.long	.LASF271
	.byte	0x1
	.uleb128 0x4
	.long	.LASF272
	.byte	0x1
	.uleb128 0x4
	.long	.LASF273
	.byte	0
	.uleb128 0x4
	.long	.LASF274
	.byte	0x2
	.uleb128 0x4
	.long	.LASF275
	.byte	0
	.uleb128 0x4
	.long	.LASF276
	.byte	0
	.uleb128 0x4
	.long	.LASF277
	.byte	0x1
	.uleb128 0x4
	.long	.LASF278
	.byte	0
	.uleb128 0x4
	.long	.LASF279
	.byte	0
	.uleb128 0x4
	.long	.LASF280
	.byte	0
	.uleb128 0x4
	.long	.LASF281
	.byte	0
	.uleb128 0x4
	.long	.LASF282
	.byte	0x5
	.byte	0
	.uleb128 0x27
	.long	.LASF283
	.byte	0x38
	.byte	0x2
	.byte	0x2d
	.long	0xd19
	.uleb128 0xa
	.long	.LASF147
	.byte	0x2
	.byte	0x2e
	.byte	0x10
	.long	0x40d
	.byte	0
	.uleb128 0xa
	.long	.LASF284
	.byte	0x2
	.byte	0x2f
	.byte	0x10
	.long	0xde
	.byte	0x8
	.uleb128 0x20
	.string	"ret"
	.byte	0x2
	.byte	0x30
	.byte	0x10
	.long	0xd1e
	.byte	0x10
	.uleb128 0xa
	.long	.LASF148
	.byte	0x2
	.byte	0x32
	.byte	0x10
	.long	0x1bd
	.byte	0x18
	.uleb128 0xa
	.long	.LASF136
	.byte	0x2
	.byte	0x33
	.byte	0x10
	.long	0xde
	.byte	0x20
	.uleb128 0xa
	.long	.LASF80
	.byte	0x2
	.byte	0x34
	.byte	0x13
	.long	0xd23
	.byte	0x28
	.uleb128 0xa
	.long	.LASF285
	.byte	0x2
	.byte	0x35
	.byte	0x10
	.long	0x1bd
	.byte	0x30
	.byte	0
	.uleb128 0x22
	.long	0xcb1
	.uleb128 0x17
	.long	0x1d5
	.uleb128 0x17
	.long	0x459
	.uleb128 0x27
	.long	.LASF286
	.byte	0x28
	.byte	0x2
	.byte	0x39
	.long	0xd75
	.uleb128 0x20
	.string	"vm"
	.byte	0x2
	.byte	0x3a
	.byte	0x1b
	.long	0xa1f
	.byte	0
	.uleb128 0x20
	.string	"rsp"
	.byte	0x2
	.byte	0x3b
	.byte	0x1b
	.long	0xd1e
	.byte	0x8
	.uleb128 0xa
	.long	.LASF287
	.byte	0x2
	.byte	0x3c
	.byte	0x1b
	.long	0x187
	.byte	0x10
	.uleb128 0xa
	.long	.LASF283
	.byte	0x2
	.byte	0x3d
	.byte	0x1b
	.long	0xd75
	.byte	0x18
	.uleb128 0xa
	.long	.LASF171
	.byte	0x2
	.byte	0x3e
	.byte	0x1b
	.long	0x950
	.byte	0x20
	.byte	0
	.uleb128 0x17
	.long	0xd19
	.uleb128 0x43
	.string	"ret"
	.byte	0x10
	.byte	0x4a
	.long	0xd9f
	.uleb128 0xa
	.long	.LASF288
	.byte	0x2
	.byte	0x4a
	.byte	0x13
	.long	0x4d
	.byte	0
	.uleb128 0x20
	.string	"sp"
	.byte	0x2
	.byte	0x4a
	.byte	0x1f
	.long	0x94b
	.byte	0x8
	.byte	0
	.uleb128 0x1f
	.long	.LASF83
	.byte	0x2
	.byte	0x4e
	.byte	0x14
	.long	0xdab
	.uleb128 0x42
	.long	0xd7a
	.long	0xdc4
	.uleb128 0x13
	.long	0xdc4
	.uleb128 0x13
	.long	0x1c9
	.uleb128 0x13
	.long	0x94b
	.byte	0
	.uleb128 0x17
	.long	0xd28
	.uleb128 0x23
	.long	0x1b8
	.long	0xdd9
	.uleb128 0x25
	.long	0x46
	.byte	0x21
	.byte	0
	.uleb128 0x22
	.long	0xdc9
	.uleb128 0x3a
	.long	.LASF289
	.byte	0x69
	.byte	0x16
	.long	0xdd9
	.uleb128 0x9
	.byte	0x3
	.quad	label_operand
	.uleb128 0x23
	.long	0xe0d
	.long	0xe03
	.uleb128 0x25
	.long	0x46
	.byte	0x43
	.byte	0
	.uleb128 0x22
	.long	0xdf3
	.uleb128 0x17
	.long	0xd9f
	.uleb128 0x22
	.long	0xe08
	.uleb128 0x3a
	.long	.LASF290
	.byte	0xbd
	.byte	0x17
	.long	0xe03
	.uleb128 0x9
	.byte	0x3
	.quad	table
	.uleb128 0x43
	.string	"gen"
	.byte	0x48
	.byte	0xc6
	.long	0xe7f
	.uleb128 0x20
	.string	"e"
	.byte	0x2
	.byte	0xc7
	.byte	0x11
	.long	0x3c8
	.byte	0
	.uleb128 0xa
	.long	.LASF291
	.byte	0x2
	.byte	0xc8
	.byte	0x11
	.long	0xd1e
	.byte	0x20
	.uleb128 0x20
	.string	"ret"
	.byte	0x2
	.byte	0xc9
	.byte	0x11
	.long	0xd1e
	.byte	0x28
	.uleb128 0x20
	.string	"own"
	.byte	0x2
	.byte	0xcb
	.byte	0x11
	.long	0x168
	.byte	0x30
	.uleb128 0xa
	.long	.LASF80
	.byte	0x2
	.byte	0xcc
	.byte	0x13
	.long	0xd23
	.byte	0x38
	.uleb128 0xa
	.long	.LASF285
	.byte	0x2
	.byte	0xcd
	.byte	0x11
	.long	0x1bd
	.byte	0x40
	.byte	0
	.uleb128 0x55
	.long	.LASF292
	.byte	0x3
	.byte	0x57
	.byte	0x19
	.long	0x9d7
	.uleb128 0x9
	.byte	0x3
	.quad	dispatcher_subroutine
	.uleb128 0x2b
	.long	.LASF293
	.byte	0x10
	.byte	0x3d
	.byte	0x6
	.long	0xeb6
	.uleb128 0x13
	.long	0xeb6
	.uleb128 0x13
	.long	0xebb
	.uleb128 0x13
	.long	0xde
	.uleb128 0x13
	.long	0x1d5
	.byte	0
	.uleb128 0x17
	.long	0x3c8
	.uleb128 0x17
	.long	0x1b8
	.uleb128 0x2b
	.long	.LASF294
	.byte	0x10
	.byte	0x43
	.byte	0x6
	.long	0xed7
	.uleb128 0x13
	.long	0xeb6
	.uleb128 0x13
	.long	0x1d5
	.byte	0
	.uleb128 0x2b
	.long	.LASF295
	.byte	0x10
	.byte	0x37
	.byte	0xb
	.long	0xef3
	.uleb128 0x13
	.long	0xeb6
	.uleb128 0x13
	.long	0x19a
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x2f
	.long	.LASF296
	.byte	0x12
	.byte	0x4a
	.byte	0x7
	.long	0xbb
	.long	0xf0e
	.uleb128 0x13
	.long	0xa1f
	.uleb128 0x13
	.long	0x4b8
	.byte	0
	.uleb128 0x56
	.long	.LASF297
	.byte	0x8
	.byte	0x36
	.byte	0xd
	.long	0xf25
	.uleb128 0x13
	.long	0xf25
	.uleb128 0x13
	.long	0xbb
	.byte	0
	.uleb128 0x17
	.long	0x87
	.uleb128 0x2b
	.long	.LASF298
	.byte	0x12
	.byte	0x4f
	.byte	0x7
	.long	0xf50
	.uleb128 0x13
	.long	0xa1f
	.uleb128 0x13
	.long	0x7a6
	.uleb128 0x13
	.long	0x4b8
	.uleb128 0x13
	.long	0x1bd
	.uleb128 0x13
	.long	0x187
	.byte	0
	.uleb128 0x2f
	.long	.LASF299
	.byte	0x10
	.byte	0x38
	.byte	0xb
	.long	0x1d5
	.long	0xf66
	.uleb128 0x13
	.long	0xf66
	.byte	0
	.uleb128 0x17
	.long	0x408
	.uleb128 0x2f
	.long	.LASF300
	.byte	0x10
	.byte	0x28
	.byte	0x7
	.long	0xbb
	.long	0xf8b
	.uleb128 0x13
	.long	0x168
	.uleb128 0x13
	.long	0xde
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x2f
	.long	.LASF301
	.byte	0x10
	.byte	0x25
	.byte	0x7
	.long	0x168
	.long	0xfab
	.uleb128 0x13
	.long	0xde
	.uleb128 0x13
	.long	0x19a
	.uleb128 0x13
	.long	0xfab
	.byte	0
	.uleb128 0x17
	.long	0xde
	.uleb128 0x44
	.long	.LASF302
	.value	0x229
	.long	0x168
	.long	0xfc5
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x44
	.long	.LASF303
	.value	0x22c
	.long	0x168
	.long	0xfdf
	.uleb128 0x13
	.long	0xde
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x57
	.long	.LASF304
	.byte	0x14
	.value	0x238
	.byte	0xd
	.long	0xff2
	.uleb128 0x13
	.long	0x168
	.byte	0
	.uleb128 0x2b
	.long	.LASF305
	.byte	0x10
	.byte	0x29
	.byte	0x7
	.long	0x1009
	.uleb128 0x13
	.long	0x168
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x2f
	.long	.LASF306
	.byte	0x8
	.byte	0x2d
	.byte	0xc
	.long	0xbb
	.long	0x101f
	.uleb128 0x13
	.long	0xf25
	.byte	0
	.uleb128 0x2b
	.long	.LASF307
	.byte	0x10
	.byte	0x8e
	.byte	0x6
	.long	0x1045
	.uleb128 0x13
	.long	0x3c3
	.uleb128 0x13
	.long	0x19a
	.uleb128 0x13
	.long	0xde
	.uleb128 0x13
	.long	0x1045
	.uleb128 0x13
	.long	0xde
	.byte	0
	.uleb128 0x17
	.long	0x4b3
	.uleb128 0x58
	.long	.LASF692
	.byte	0x10
	.byte	0x1e
	.byte	0xd
	.long	0x1a0
	.uleb128 0xd
	.long	.LASF176
	.byte	0x3
	.byte	0x4e
	.byte	0xe
	.long	0x168
	.quad	.LFB140
	.quad	.LFE140-.LFB140
	.uleb128 0x1
	.byte	0x9c
	.long	0x1329
	.uleb128 0x6
	.string	"p"
	.byte	0x3
	.byte	0x4e
	.byte	0x2c
	.long	0x950
	.long	.LLST348
	.long	.LVUS348
	.uleb128 0x1d
	.long	0x1b5b
	.quad	.LBI673
	.byte	.LVU1660
	.long	.LLRL349
	.byte	0x3
	.byte	0x53
	.byte	0xc
	.uleb128 0x3b
	.long	0x1b77
	.uleb128 0x3b
	.long	0x1b83
	.uleb128 0x1
	.long	0x1b6d
	.long	.LLST350
	.long	.LVUS350
	.uleb128 0xb
	.long	.LLRL349
	.uleb128 0x2
	.long	0x1b8f
	.long	.LLST351
	.long	.LVUS351
	.uleb128 0x2
	.long	0x1b99
	.long	.LLST352
	.long	.LVUS352
	.uleb128 0x45
	.long	0x1ba5
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x2
	.long	0x1baf
	.long	.LLST353
	.long	.LVUS353
	.uleb128 0x1c
	.long	0x1bb9
	.quad	.LBB675
	.quad	.LBE675-.LBB675
	.long	0x114c
	.uleb128 0x2
	.long	0x1bba
	.long	.LLST354
	.long	.LVUS354
	.uleb128 0x10
	.quad	.LVL357
	.long	0x1329
	.long	0x1130
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x11
	.quad	.LVL358
	.long	0x1329
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x59
	.long	0x1c39
	.quad	.LBI678
	.byte	.LVU1746
	.long	.LLRL355
	.byte	0x2
	.value	0x1a5
	.byte	0x9
	.long	0x11e6
	.uleb128 0x1
	.long	0x1c44
	.long	.LLST356
	.long	.LVUS356
	.uleb128 0xb
	.long	.LLRL355
	.uleb128 0x2
	.long	0x1c50
	.long	.LLST357
	.long	.LVUS357
	.uleb128 0x46
	.long	0x1c39
	.quad	.LBI680
	.byte	.LVU1749
	.long	.LLRL355
	.uleb128 0x1
	.long	0x1c44
	.long	.LLST358
	.long	.LVUS358
	.uleb128 0xb
	.long	.LLRL355
	.uleb128 0x3c
	.long	0x1c50
	.uleb128 0x21
	.quad	.LVL366
	.long	0xff2
	.uleb128 0x21
	.quad	.LVL367
	.long	0xfdf
	.uleb128 0x21
	.quad	.LVL368
	.long	0xfdf
	.uleb128 0x21
	.quad	.LVL370
	.long	0xfdf
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5a
	.long	0x1c39
	.quad	.LBI686
	.byte	.LVU1763
	.quad	.LBB686
	.quad	.LBE686-.LBB686
	.byte	0x2
	.value	0x199
	.byte	0x9
	.long	0x1218
	.uleb128 0x3b
	.long	0x1c44
	.uleb128 0x15
	.long	0x1c50
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL347
	.long	0xfc5
	.long	0x1235
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x8
	.byte	0x38
	.byte	0
	.uleb128 0x10
	.quad	.LVL349
	.long	0xfc5
	.long	0x1254
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x76
	.sleb128 0
	.byte	0x31
	.byte	0x24
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.uleb128 0x10
	.quad	.LVL351
	.long	0xfb0
	.long	0x126e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x4
	.byte	0x7e
	.sleb128 0
	.byte	0x34
	.byte	0x24
	.byte	0
	.uleb128 0x10
	.quad	.LVL352
	.long	0xfb0
	.long	0x1286
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 16
	.byte	0
	.uleb128 0x10
	.quad	.LVL353
	.long	0x1329
	.long	0x12a5
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0x91
	.sleb128 -144
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x7c
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL354
	.long	0xf8b
	.long	0x12ca
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	op_NOP
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x2
	.byte	0x73
	.sleb128 8
	.byte	0
	.uleb128 0x10
	.quad	.LVL359
	.long	0xfdf
	.long	0x12e2
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL360
	.long	0xf6b
	.long	0x12fa
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x76
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL365
	.long	0xfdf
	.long	0x1312
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x11
	.quad	.LVL373
	.long	0xfdf
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x5b
	.long	.LASF311
	.byte	0x3
	.byte	0x30
	.byte	0xd
	.quad	.LFB139
	.quad	.LFE139-.LFB139
	.uleb128 0x1
	.byte	0x9c
	.long	0x1a7b
	.uleb128 0x6
	.string	"g"
	.byte	0x3
	.byte	0x30
	.byte	0x26
	.long	0x1a7b
	.long	.LLST269
	.long	.LVUS269
	.uleb128 0x6
	.string	"p"
	.byte	0x3
	.byte	0x30
	.byte	0x3f
	.long	0x950
	.long	.LLST270
	.long	.LVUS270
	.uleb128 0x30
	.string	"e"
	.byte	0x32
	.byte	0x12
	.long	0xeb6
	.long	.LLST271
	.long	.LVUS271
	.uleb128 0x5c
	.long	.LLRL282
	.long	0x19b6
	.uleb128 0x31
	.long	.LASF81
	.byte	0x35
	.byte	0x13
	.long	0x1bd
	.long	.LLST283
	.long	.LVUS283
	.uleb128 0xb
	.long	.LLRL284
	.uleb128 0x30
	.string	"i"
	.byte	0x36
	.byte	0x17
	.long	0x1bd
	.long	.LLST285
	.long	.LVUS285
	.uleb128 0xb
	.long	.LLRL286
	.uleb128 0x30
	.string	"ins"
	.byte	0x37
	.byte	0x1c
	.long	0xebb
	.long	.LLST287
	.long	.LVUS287
	.uleb128 0x30
	.string	"op"
	.byte	0x38
	.byte	0x15
	.long	0x1ac
	.long	.LLST288
	.long	.LVUS288
	.uleb128 0x31
	.long	.LASF152
	.byte	0x39
	.byte	0x12
	.long	0x412
	.long	.LLST289
	.long	.LVUS289
	.uleb128 0xc
	.string	"h"
	.byte	0x3
	.byte	0x3a
	.byte	0x16
	.long	0xff
	.uleb128 0x30
	.string	"k"
	.byte	0x3b
	.byte	0x14
	.long	0xde
	.long	.LLST290
	.long	.LVUS290
	.uleb128 0x31
	.long	.LASF308
	.byte	0x3b
	.byte	0x35
	.long	0xde
	.long	.LLST291
	.long	.LVUS291
	.uleb128 0x31
	.long	.LASF309
	.byte	0x42
	.byte	0x17
	.long	0x1d5
	.long	.LLST292
	.long	.LVUS292
	.uleb128 0x31
	.long	.LASF310
	.byte	0x44
	.byte	0x17
	.long	0x1d5
	.long	.LLST293
	.long	.LVUS293
	.uleb128 0xf
	.long	0x1e15
	.quad	.LBI543
	.byte	.LVU1366
	.long	.LLRL294
	.byte	0x3
	.byte	0x3d
	.byte	0xd
	.long	0x1492
	.uleb128 0x1
	.long	0x1e1f
	.long	.LLST295
	.long	.LVUS295
	.uleb128 0xb
	.long	.LLRL294
	.uleb128 0x11
	.quad	.LVL265
	.long	0xed7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	mov.9
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x1e7f
	.quad	.LBI550
	.byte	.LVU1461
	.long	.LLRL296
	.byte	0x3
	.byte	0x3f
	.byte	0x11
	.long	0x1564
	.uleb128 0x2a
	.long	0x1e9a
	.uleb128 0x1
	.long	0x1e90
	.long	.LLST297
	.long	.LVUS297
	.uleb128 0xb
	.long	.LLRL296
	.uleb128 0x2
	.long	0x1ea4
	.long	.LLST298
	.long	.LVUS298
	.uleb128 0x1a
	.long	0x1eb0
	.long	.LLRL299
	.long	0x1526
	.uleb128 0x2
	.long	0x1eb1
	.long	.LLST300
	.long	.LVUS300
	.uleb128 0x1b
	.long	0x88a5
	.quad	.LBI553
	.byte	.LVU1471
	.quad	.LBB553
	.quad	.LBE553-.LBB553
	.byte	0x2
	.byte	0xe4
	.byte	0x1e
	.uleb128 0x1
	.long	0x88b6
	.long	.LLST301
	.long	.LVUS301
	.uleb128 0x2
	.long	0x88c0
	.long	.LLST302
	.long	.LVUS302
	.byte	0
	.byte	0
	.uleb128 0x1b
	.long	0x88cb
	.quad	.LBI556
	.byte	.LVU1544
	.quad	.LBB556
	.quad	.LBE556-.LBB556
	.byte	0x2
	.byte	0xe2
	.byte	0x1a
	.uleb128 0x1
	.long	0x88dc
	.long	.LLST303
	.long	.LVUS303
	.uleb128 0x2
	.long	0x88e6
	.long	.LLST304
	.long	.LVUS304
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x28
	.long	0x1ebe
	.quad	.LBI561
	.byte	.LVU1373
	.quad	.LBB561
	.quad	.LBE561-.LBB561
	.byte	0x3
	.byte	0x3e
	.byte	0x11
	.long	0x1597
	.uleb128 0x1
	.long	0x1ecf
	.long	.LLST305
	.long	.LVUS305
	.byte	0
	.uleb128 0xf
	.long	0x1d83
	.quad	.LBI563
	.byte	.LVU1382
	.long	.LLRL306
	.byte	0x3
	.byte	0x40
	.byte	0xd
	.long	0x1627
	.uleb128 0x2a
	.long	0x1d98
	.uleb128 0x1
	.long	0x1d8e
	.long	.LLST307
	.long	.LVUS307
	.uleb128 0x10
	.quad	.LVL267
	.long	0xec0
	.long	0x15f6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x18
	.byte	0x91
	.sleb128 -88
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.quad	table
	.byte	0x22
	.byte	0x6
	.byte	0
	.uleb128 0x11
	.quad	.LVL296
	.long	0xec0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x18
	.byte	0x91
	.sleb128 -88
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x33
	.byte	0x24
	.byte	0x3
	.quad	table
	.byte	0x22
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x1c5b
	.quad	.LBI569
	.byte	.LVU1399
	.long	.LLRL308
	.byte	0x3
	.byte	0x45
	.byte	0xd
	.long	0x17d9
	.uleb128 0x1
	.long	0x1c88
	.long	.LLST309
	.long	.LVUS309
	.uleb128 0x1
	.long	0x1c7c
	.long	.LLST310
	.long	.LVUS310
	.uleb128 0x1
	.long	0x1c70
	.long	.LLST311
	.long	.LVUS311
	.uleb128 0x1
	.long	0x1c66
	.long	.LLST312
	.long	.LVUS312
	.uleb128 0xb
	.long	.LLRL308
	.uleb128 0x10
	.quad	.LVL271
	.long	0xed7
	.long	0x16a3
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	ud2.0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x10
	.quad	.LVL277
	.long	0xed7
	.long	0x16cd
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	ret.1
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.uleb128 0x10
	.quad	.LVL281
	.long	0xed7
	.long	0x16f7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	lea_m8.4
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.uleb128 0x10
	.quad	.LVL282
	.long	0xe95
	.long	0x1727
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	call.3
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL283
	.long	0xed7
	.long	0x1751
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	lea_p8.2
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x35
	.byte	0
	.uleb128 0x10
	.quad	.LVL285
	.long	0xe95
	.long	0x1781
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	jmp.6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL286
	.long	0xe95
	.long	0x17b1
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	test_jnz.5
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x34
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x2
	.byte	0x73
	.sleb128 0
	.byte	0
	.uleb128 0x11
	.quad	.LVL302
	.long	0xe95
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	test_jnz.5
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x1edb
	.quad	.LBI574
	.byte	.LVU1414
	.long	.LLRL313
	.byte	0x3
	.byte	0x46
	.byte	0xd
	.long	0x182e
	.uleb128 0x2a
	.long	0x1f25
	.uleb128 0x1
	.long	0x1f1a
	.long	.LLST314
	.long	.LVUS314
	.uleb128 0x2a
	.long	0x1f10
	.uleb128 0x2a
	.long	0x1f05
	.uleb128 0x1
	.long	0x1efa
	.long	.LLST315
	.long	.LVUS315
	.uleb128 0x2a
	.long	0x1eef
	.uleb128 0x1
	.long	0x1ee5
	.long	.LLST316
	.long	.LVUS316
	.byte	0
	.uleb128 0xf
	.long	0x1da3
	.quad	.LBI584
	.byte	.LVU1487
	.long	.LLRL317
	.byte	0x3
	.byte	0x3f
	.byte	0x11
	.long	0x192f
	.uleb128 0x1
	.long	0x1db7
	.long	.LLST318
	.long	.LVUS318
	.uleb128 0x1
	.long	0x1dad
	.long	.LLST319
	.long	.LVUS319
	.uleb128 0x1c
	.long	0x1de7
	.quad	.LBB586
	.quad	.LBE586-.LBB586
	.long	0x18c5
	.uleb128 0x10
	.quad	.LVL293
	.long	0xed7
	.long	0x18a4
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	movabs.7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL294
	.long	0xed7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x38
	.byte	0
	.byte	0
	.uleb128 0x24
	.long	0x1dc1
	.quad	.LBB587
	.quad	.LBE587-.LBB587
	.uleb128 0x45
	.long	0x1ddc
	.uleb128 0x3
	.byte	0x91
	.sleb128 -76
	.uleb128 0x10
	.quad	.LVL307
	.long	0xed7
	.long	0x190d
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	mov.8
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.uleb128 0x11
	.quad	.LVL308
	.long	0xed7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x3
	.byte	0x91
	.sleb128 -76
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x34
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x28
	.long	0x88a5
	.quad	.LBI592
	.byte	.LVU1509
	.quad	.LBB592
	.quad	.LBE592-.LBB592
	.byte	0x3
	.byte	0x43
	.byte	0x49
	.long	0x196f
	.uleb128 0x1
	.long	0x88b6
	.long	.LLST320
	.long	.LVUS320
	.uleb128 0x2
	.long	0x88c0
	.long	.LLST321
	.long	.LVUS321
	.byte	0
	.uleb128 0x10
	.quad	.LVL263
	.long	0xf50
	.long	0x1987
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x10
	.quad	.LVL268
	.long	0xf50
	.long	0x199f
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.uleb128 0x11
	.quad	.LVL297
	.long	0xf50
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x1e40
	.quad	.LBI527
	.byte	.LVU1314
	.long	.LLRL272
	.byte	0x3
	.byte	0x33
	.byte	0x5
	.long	0x1a09
	.uleb128 0x1
	.long	0x1e4a
	.long	.LLST273
	.long	.LVUS273
	.uleb128 0xb
	.long	.LLRL272
	.uleb128 0x11
	.quad	.LVL252
	.long	0xed7
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x7d
	.sleb128 0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x9
	.byte	0x3
	.quad	entry.10
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x37
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	0x1edb
	.quad	.LBI535
	.byte	.LVU1323
	.long	.LLRL274
	.byte	0x3
	.byte	0x34
	.byte	0x5
	.uleb128 0x1
	.long	0x1f25
	.long	.LLST275
	.long	.LVUS275
	.uleb128 0x1
	.long	0x1f1a
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x1
	.long	0x1f10
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x1
	.long	0x1f05
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x1
	.long	0x1efa
	.long	.LLST279
	.long	.LVUS279
	.uleb128 0x1
	.long	0x1eef
	.long	.LLST276
	.long	.LVUS276
	.uleb128 0x1
	.long	0x1ee5
	.long	.LLST281
	.long	.LVUS281
	.byte	0
	.byte	0
	.uleb128 0x17
	.long	0xe27
	.uleb128 0x5d
	.string	"run"
	.byte	0x2
	.value	0x1c3
	.byte	0xd
	.quad	.LFB138
	.quad	.LFE138-.LFB138
	.uleb128 0x1
	.byte	0x9c
	.long	0x1b5b
	.uleb128 0x47
	.string	"vm"
	.value	0x1c3
	.byte	0x1c
	.long	0xa1f
	.long	.LLST169
	.long	.LVUS169
	.uleb128 0x3d
	.long	.LASF171
	.value	0x1c3
	.byte	0x36
	.long	0x950
	.long	.LLST170
	.long	.LVUS170
	.uleb128 0x3d
	.long	.LASF312
	.value	0x1c3
	.byte	0x42
	.long	0x168
	.long	.LLST171
	.long	.LVUS171
	.uleb128 0x48
	.string	"n"
	.value	0x1c5
	.long	0xd75
	.long	.LLST172
	.long	.LVUS172
	.uleb128 0x32
	.string	"m"
	.value	0x1c6
	.byte	0x14
	.long	0xd28
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x5e
	.quad	.LBB389
	.quad	.LBE389-.LBB389
	.long	0x1b40
	.uleb128 0x5f
	.long	.LASF313
	.byte	0x2
	.value	0x1c8
	.byte	0x12
	.long	0xe08
	.long	.LLST173
	.long	.LVUS173
	.uleb128 0x60
	.quad	.LVL90
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x2
	.byte	0x91
	.sleb128 -64
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x4
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.byte	0
	.byte	0
	.uleb128 0x11
	.quad	.LVL88
	.long	0x1009
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x8
	.byte	0x91
	.sleb128 -80
	.byte	0x6
	.byte	0x23
	.uleb128 0x10048
	.byte	0
	.byte	0
	.uleb128 0x61
	.long	.LASF325
	.byte	0x2
	.value	0x18e
	.byte	0xe
	.long	0x168
	.byte	0x1
	.long	0x1bc8
	.uleb128 0x2c
	.string	"p"
	.value	0x18e
	.byte	0x33
	.long	0x950
	.uleb128 0x2c
	.string	"far"
	.value	0x18e
	.byte	0x3b
	.long	0x412
	.uleb128 0x2c
	.string	"own"
	.value	0x18e
	.byte	0x46
	.long	0x168
	.uleb128 0x33
	.string	"n"
	.value	0x191
	.byte	0x14
	.long	0x1bc8
	.uleb128 0x49
	.long	.LASF291
	.value	0x192
	.byte	0x10
	.long	0xd1e
	.uleb128 0x33
	.string	"g"
	.value	0x1a0
	.byte	0x10
	.long	0xe27
	.uleb128 0x33
	.string	"m"
	.value	0x1a8
	.byte	0xe
	.long	0x40d
	.uleb128 0x16
	.uleb128 0x49
	.long	.LASF314
	.value	0x1af
	.byte	0xe
	.long	0xbb
	.byte	0
	.byte	0
	.uleb128 0x17
	.long	0xcb1
	.uleb128 0x62
	.long	.LASF180
	.byte	0x2
	.value	0x183
	.byte	0xd
	.quad	.LFB136
	.quad	.LFE136-.LFB136
	.uleb128 0x1
	.byte	0x9c
	.long	0x1c39
	.uleb128 0x3d
	.long	.LASF312
	.value	0x183
	.byte	0x22
	.long	0x19a
	.long	.LLST166
	.long	.LVUS166
	.uleb128 0x47
	.string	"f"
	.value	0x183
	.byte	0x32
	.long	0x3c3
	.long	.LLST167
	.long	.LVUS167
	.uleb128 0x48
	.string	"n"
	.value	0x185
	.long	0xd75
	.long	.LLST168
	.long	.LVUS168
	.uleb128 0x4a
	.quad	.LVL85
	.long	0x101f
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.byte	0
	.uleb128 0x3e
	.long	.LASF177
	.value	0x178
	.long	0x1c5b
	.uleb128 0x35
	.long	.LASF312
	.value	0x178
	.byte	0x1b
	.long	0x168
	.uleb128 0x33
	.string	"n"
	.value	0x17a
	.byte	0x14
	.long	0x1bc8
	.byte	0
	.uleb128 0x3e
	.long	.LASF315
	.value	0x112
	.long	0x1d2f
	.uleb128 0x2c
	.string	"e"
	.value	0x112
	.byte	0x24
	.long	0xeb6
	.uleb128 0x35
	.long	.LASF127
	.value	0x112
	.byte	0x31
	.long	0x5d9
	.uleb128 0x35
	.long	.LASF309
	.value	0x112
	.byte	0x41
	.long	0x1d5
	.uleb128 0x35
	.long	.LASF310
	.value	0x112
	.byte	0x53
	.long	0x1d5
	.uleb128 0x32
	.string	"jmp"
	.value	0x114
	.byte	0x1a
	.long	0x1d3f
	.uleb128 0x9
	.byte	0x3
	.quad	jmp.6
	.uleb128 0x34
	.long	.LASF316
	.value	0x115
	.byte	0x1a
	.long	0x1d54
	.uleb128 0x9
	.byte	0x3
	.quad	test_jnz.5
	.uleb128 0x34
	.long	.LASF317
	.value	0x116
	.byte	0x1a
	.long	0x1d69
	.uleb128 0x9
	.byte	0x3
	.quad	lea_m8.4
	.uleb128 0x34
	.long	.LASF318
	.value	0x117
	.byte	0x1a
	.long	0x1d69
	.uleb128 0x9
	.byte	0x3
	.quad	lea_p8.2
	.uleb128 0x34
	.long	.LASF319
	.value	0x118
	.byte	0x1a
	.long	0x1d3f
	.uleb128 0x9
	.byte	0x3
	.quad	call.3
	.uleb128 0x32
	.string	"ret"
	.value	0x119
	.byte	0x1a
	.long	0x1d3f
	.uleb128 0x9
	.byte	0x3
	.quad	ret.1
	.uleb128 0x32
	.string	"ud2"
	.value	0x11a
	.byte	0x1a
	.long	0x1d7e
	.uleb128 0x9
	.byte	0x3
	.quad	ud2.0
	.byte	0
	.uleb128 0x23
	.long	0x1b8
	.long	0x1d3f
	.uleb128 0x25
	.long	0x46
	.byte	0
	.byte	0
	.uleb128 0x22
	.long	0x1d2f
	.uleb128 0x23
	.long	0x1b8
	.long	0x1d54
	.uleb128 0x25
	.long	0x46
	.byte	0x3
	.byte	0
	.uleb128 0x22
	.long	0x1d44
	.uleb128 0x23
	.long	0x1b8
	.long	0x1d69
	.uleb128 0x25
	.long	0x46
	.byte	0x4
	.byte	0
	.uleb128 0x22
	.long	0x1d59
	.uleb128 0x23
	.long	0x1b8
	.long	0x1d7e
	.uleb128 0x25
	.long	0x46
	.byte	0x1
	.byte	0
	.uleb128 0x22
	.long	0x1d6e
	.uleb128 0x3e
	.long	.LASF320
	.value	0x10d
	.long	0x1da3
	.uleb128 0x2c
	.string	"e"
	.value	0x10d
	.byte	0x2c
	.long	0xeb6
	.uleb128 0x2c
	.string	"h"
	.value	0x10d
	.byte	0x38
	.long	0xe08
	.byte	0
	.uleb128 0x36
	.long	.LASF321
	.byte	0xff
	.long	0x1e00
	.uleb128 0x7
	.string	"e"
	.byte	0x2
	.byte	0xff
	.byte	0x23
	.long	0xeb6
	.uleb128 0x7
	.string	"a"
	.byte	0x2
	.byte	0xff
	.byte	0x2f
	.long	0x1c9
	.uleb128 0x1e
	.long	0x1de7
	.uleb128 0x32
	.string	"mov"
	.value	0x102
	.byte	0x1e
	.long	0x1e10
	.uleb128 0x9
	.byte	0x3
	.quad	mov.8
	.uleb128 0x33
	.string	"v"
	.value	0x103
	.byte	0x11
	.long	0x17b
	.byte	0
	.uleb128 0x16
	.uleb128 0x34
	.long	.LASF322
	.value	0x107
	.byte	0x1e
	.long	0x1d7e
	.uleb128 0x9
	.byte	0x3
	.quad	movabs.7
	.byte	0
	.byte	0
	.uleb128 0x23
	.long	0x1b8
	.long	0x1e10
	.uleb128 0x25
	.long	0x46
	.byte	0x2
	.byte	0
	.uleb128 0x22
	.long	0x1e00
	.uleb128 0x36
	.long	.LASF323
	.byte	0xf9
	.long	0x1e40
	.uleb128 0x7
	.string	"e"
	.byte	0x2
	.byte	0xf9
	.byte	0x27
	.long	0xeb6
	.uleb128 0x63
	.string	"mov"
	.byte	0x2
	.byte	0xfb
	.byte	0x1a
	.long	0x1e10
	.uleb128 0x9
	.byte	0x3
	.quad	mov.9
	.byte	0
	.uleb128 0x36
	.long	.LASF324
	.byte	0xf0
	.long	0x1e6a
	.uleb128 0x7
	.string	"e"
	.byte	0x2
	.byte	0xf0
	.byte	0x25
	.long	0xeb6
	.uleb128 0x3a
	.long	.LASF313
	.byte	0xf2
	.byte	0x1a
	.long	0x1e7a
	.uleb128 0x9
	.byte	0x3
	.quad	entry.10
	.byte	0
	.uleb128 0x23
	.long	0x1b8
	.long	0x1e7a
	.uleb128 0x25
	.long	0x46
	.byte	0x6
	.byte	0
	.uleb128 0x22
	.long	0x1e6a
	.uleb128 0x14
	.long	.LASF326
	.byte	0x2
	.byte	0xde
	.byte	0x11
	.long	0x1c9
	.byte	0x1
	.long	0x1ebe
	.uleb128 0x7
	.string	"p"
	.byte	0x2
	.byte	0xde
	.byte	0x33
	.long	0x950
	.uleb128 0x7
	.string	"i"
	.byte	0x2
	.byte	0xde
	.byte	0x3f
	.long	0x1bd
	.uleb128 0xc
	.string	"ins"
	.byte	0x2
	.byte	0xe0
	.byte	0x14
	.long	0xebb
	.uleb128 0x16
	.uleb128 0xc
	.string	"to"
	.byte	0x2
	.byte	0xe4
	.byte	0x12
	.long	0x1bd
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF327
	.byte	0x2
	.byte	0xd9
	.byte	0xd
	.long	0x412
	.byte	0x1
	.long	0x1edb
	.uleb128 0x7
	.string	"op"
	.byte	0x2
	.byte	0xd9
	.byte	0x1f
	.long	0x1ac
	.byte	0
	.uleb128 0x36
	.long	.LASF328
	.byte	0xd2
	.long	0x1f30
	.uleb128 0x7
	.string	"g"
	.byte	0x2
	.byte	0xd2
	.byte	0x23
	.long	0x1a7b
	.uleb128 0x3f
	.long	.LASF308
	.byte	0xd2
	.byte	0x2d
	.long	0xde
	.uleb128 0x7
	.string	"to"
	.byte	0x2
	.byte	0xd2
	.byte	0x3a
	.long	0xde
	.uleb128 0x3f
	.long	.LASF81
	.byte	0xd2
	.byte	0x47
	.long	0x1bd
	.uleb128 0x7
	.string	"i"
	.byte	0x2
	.byte	0xd2
	.byte	0x56
	.long	0x1bd
	.uleb128 0x3f
	.long	.LASF82
	.byte	0xd3
	.byte	0x27
	.long	0x419
	.uleb128 0x7
	.string	"h"
	.byte	0x2
	.byte	0xd3
	.byte	0x36
	.long	0xff
	.byte	0
	.uleb128 0xd
	.long	.LASF329
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xd7a
	.quad	.LFB126
	.quad	.LFE126-.LFB126
	.uleb128 0x1
	.byte	0x9c
	.long	0x2094
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xdc4
	.long	.LLST326
	.long	.LVUS326
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x1c9
	.long	.LLST327
	.long	.LVUS327
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x94b
	.long	.LLST328
	.long	.LVUS328
	.uleb128 0xe
	.long	.LASF330
	.byte	0x92
	.byte	0x1
	.long	0x5b2
	.byte	0x21
	.uleb128 0x8
	.long	.LASF336
	.byte	0x92
	.byte	0x1
	.quad	.LDL69
	.uleb128 0x5
	.long	.LASF331
	.byte	0x92
	.byte	0x1
	.uleb128 0x5
	.long	.LASF332
	.byte	0x92
	.byte	0x1
	.uleb128 0x5
	.long	.LASF333
	.byte	0x92
	.byte	0x1
	.uleb128 0x5
	.long	.LASF334
	.byte	0x92
	.byte	0x1
	.uleb128 0x1d
	.long	0x21dc
	.quad	.LBI615
	.byte	.LVU1587
	.long	.LLRL329
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	0x2203
	.long	.LLST330
	.long	.LVUS330
	.uleb128 0x1
	.long	0x21f7
	.long	.LLST331
	.long	.LVUS331
	.uleb128 0x1
	.long	0x21ed
	.long	.LLST332
	.long	.LVUS332
	.uleb128 0xb
	.long	.LLRL329
	.uleb128 0x15
	.long	0x220e
	.byte	0x21
	.uleb128 0x9
	.long	0x2218
	.quad	.LDL70
	.uleb128 0x29
	.long	0x221f
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI617
	.byte	.LVU1601
	.long	.LLRL333
	.byte	0x1
	.byte	0x91
	.byte	0x5
	.long	0x2062
	.uleb128 0x1
	.long	0x8885
	.long	.LLST334
	.long	.LVUS334
	.uleb128 0x1
	.long	0x888f
	.long	.LLST335
	.long	.LVUS335
	.uleb128 0xb
	.long	.LLRL333
	.uleb128 0x2
	.long	0x889a
	.long	.LLST336
	.long	.LVUS336
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL331
	.long	0xf2a
	.long	0x207e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x11
	.quad	.LVL332
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF335
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xd7a
	.quad	.LFB125
	.quad	.LFE125-.LFB125
	.uleb128 0x1
	.byte	0x9c
	.long	0x21dc
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0xdc4
	.long	.LLST337
	.long	.LVUS337
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x1c9
	.long	.LLST338
	.long	.LVUS338
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x94b
	.long	.LLST339
	.long	.LVUS339
	.uleb128 0xe
	.long	.LASF330
	.byte	0x92
	.byte	0x1
	.long	0x5b2
	.byte	0x21
	.uleb128 0x8
	.long	.LASF337
	.byte	0x92
	.byte	0x1
	.quad	.LDL71
	.uleb128 0x1d
	.long	0x21dc
	.quad	.LBI631
	.byte	.LVU1626
	.long	.LLRL340
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.uleb128 0x1
	.long	0x2203
	.long	.LLST341
	.long	.LVUS341
	.uleb128 0x1
	.long	0x21f7
	.long	.LLST342
	.long	.LVUS342
	.uleb128 0x1
	.long	0x21ed
	.long	.LLST343
	.long	.LVUS343
	.uleb128 0xb
	.long	.LLRL340
	.uleb128 0x15
	.long	0x220e
	.byte	0x21
	.uleb128 0x9
	.long	0x2218
	.quad	.LDL72
	.uleb128 0x29
	.long	0x221f
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI633
	.byte	.LVU1640
	.long	.LLRL344
	.byte	0x1
	.byte	0x91
	.byte	0x5
	.long	0x21aa
	.uleb128 0x1
	.long	0x8885
	.long	.LLST345
	.long	.LVUS345
	.uleb128 0x1
	.long	0x888f
	.long	.LLST346
	.long	.LVUS346
	.uleb128 0xb
	.long	.LLRL344
	.uleb128 0x2
	.long	0x889a
	.long	.LLST347
	.long	.LVUS347
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL342
	.long	0xf2a
	.long	0x21c6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x11
	.quad	.LVL343
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF338
	.byte	0x1
	.byte	0x90
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x2234
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x90
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x90
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x90
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x90
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF339
	.byte	0x91
	.byte	0x5
	.uleb128 0x5
	.long	.LASF340
	.byte	0x92
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x92
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF341
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB123
	.quad	.LFE123-.LFB123
	.uleb128 0x1
	.byte	0x9c
	.long	0x238e
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xdc4
	.long	.LLST259
	.long	.LVUS259
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x1c9
	.long	.LLST260
	.long	.LVUS260
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x94b
	.long	.LLST261
	.long	.LVUS261
	.uleb128 0xe
	.long	.LASF330
	.byte	0x8e
	.byte	0x1
	.long	0x5b2
	.byte	0x20
	.uleb128 0x8
	.long	.LASF342
	.byte	0x8e
	.byte	0x1
	.quad	.LDL67
	.uleb128 0x8
	.long	.LASF343
	.byte	0x8e
	.byte	0x1
	.quad	.L134
	.uleb128 0x5
	.long	.LASF344
	.byte	0x8e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF345
	.byte	0x8e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF346
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1d
	.long	0x24b5
	.quad	.LBI489
	.byte	.LVU1265
	.long	.LLRL262
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1
	.long	0x24dc
	.long	.LLST263
	.long	.LVUS263
	.uleb128 0x1
	.long	0x24d0
	.long	.LLST264
	.long	.LVUS264
	.uleb128 0x1
	.long	0x24c6
	.long	.LLST265
	.long	.LVUS265
	.uleb128 0xb
	.long	.LLRL262
	.uleb128 0x2
	.long	0x24e7
	.long	.LLST266
	.long	.LVUS266
	.uleb128 0x9
	.long	0x24f1
	.quad	.L136
	.uleb128 0x9
	.long	0x24f8
	.quad	.L138
	.uleb128 0x9
	.long	0x24ff
	.quad	.LDL68
	.uleb128 0x1a
	.long	0x2506
	.long	.LLRL267
	.long	0x235e
	.uleb128 0x2
	.long	0x2507
	.long	.LLST268
	.long	.LVUS268
	.byte	0
	.uleb128 0x21
	.quad	.LVL237
	.long	0xef3
	.uleb128 0x21
	.quad	.LVL246
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL247
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF347
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB122
	.quad	.LFE122-.LFB122
	.uleb128 0x1
	.byte	0x9c
	.long	0x24b5
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0xdc4
	.long	.LLST251
	.long	.LVUS251
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x1c9
	.long	.LLST252
	.long	.LVUS252
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x94b
	.long	.LLST253
	.long	.LVUS253
	.uleb128 0xe
	.long	.LASF330
	.byte	0x8e
	.byte	0x1
	.long	0x5b2
	.byte	0x20
	.uleb128 0x8
	.long	.LASF348
	.byte	0x8e
	.byte	0x1
	.quad	.LDL65
	.uleb128 0x1d
	.long	0x24b5
	.quad	.LBI477
	.byte	.LVU1204
	.long	.LLRL254
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.uleb128 0x1
	.long	0x24dc
	.long	.LLST255
	.long	.LVUS255
	.uleb128 0x2a
	.long	0x24d0
	.uleb128 0x1
	.long	0x24c6
	.long	.LLST256
	.long	.LVUS256
	.uleb128 0xb
	.long	.LLRL254
	.uleb128 0x15
	.long	0x24e7
	.byte	0x20
	.uleb128 0x9
	.long	0x24f1
	.quad	.L125
	.uleb128 0x9
	.long	0x24f8
	.quad	.L127
	.uleb128 0x9
	.long	0x24ff
	.quad	.LDL66
	.uleb128 0x1a
	.long	0x2506
	.long	.LLRL257
	.long	0x2485
	.uleb128 0x2
	.long	0x2507
	.long	.LLST258
	.long	.LVUS258
	.byte	0
	.uleb128 0x21
	.quad	.LVL223
	.long	0xef3
	.uleb128 0x21
	.quad	.LVL231
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL232
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF349
	.byte	0x1
	.byte	0x89
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x2514
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x89
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x89
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x89
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x89
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF350
	.byte	0x8a
	.byte	0x5
	.uleb128 0x5
	.long	.LASF351
	.byte	0x8c
	.byte	0x9
	.uleb128 0x5
	.long	.LASF352
	.byte	0x8e
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x8e
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF353
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xd7a
	.quad	.LFB120
	.quad	.LFE120-.LFB120
	.uleb128 0x1
	.byte	0x9c
	.long	0x26e2
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xdc4
	.long	.LLST822
	.long	.LVUS822
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x1c9
	.long	.LLST823
	.long	.LVUS823
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x94b
	.long	.LLST824
	.long	.LVUS824
	.uleb128 0xe
	.long	.LASF330
	.byte	0x87
	.byte	0x1
	.long	0x5b2
	.byte	0x1f
	.uleb128 0x8
	.long	.LASF354
	.byte	0x87
	.byte	0x1
	.quad	.LDL131
	.uleb128 0x8
	.long	.LASF355
	.byte	0x87
	.byte	0x1
	.quad	.L548
	.uleb128 0x5
	.long	.LASF356
	.byte	0x87
	.byte	0x1
	.uleb128 0x5
	.long	.LASF357
	.byte	0x87
	.byte	0x1
	.uleb128 0x5
	.long	.LASF358
	.byte	0x87
	.byte	0x1
	.uleb128 0xf
	.long	0x2848
	.quad	.LBI1312
	.byte	.LVU3772
	.long	.LLRL825
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x269e
	.uleb128 0x1
	.long	0x286f
	.long	.LLST826
	.long	.LVUS826
	.uleb128 0x1
	.long	0x2863
	.long	.LLST827
	.long	.LVUS827
	.uleb128 0x1
	.long	0x2859
	.long	.LLST828
	.long	.LVUS828
	.uleb128 0xb
	.long	.LLRL825
	.uleb128 0x2
	.long	0x287a
	.long	.LLST829
	.long	.LVUS829
	.uleb128 0x9
	.long	0x2884
	.quad	.L554
	.uleb128 0x9
	.long	0x288b
	.quad	.LDL132
	.uleb128 0x1a
	.long	0x2892
	.long	.LLRL830
	.long	0x2635
	.uleb128 0x2
	.long	0x2893
	.long	.LLST831
	.long	.LVUS831
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1316
	.byte	.LVU3823
	.long	.LLRL832
	.byte	0x1
	.byte	0x84
	.byte	0x5
	.long	0x267c
	.uleb128 0x1
	.long	0x8885
	.long	.LLST833
	.long	.LVUS833
	.uleb128 0x1
	.long	0x888f
	.long	.LLST834
	.long	.LVUS834
	.uleb128 0xb
	.long	.LLRL832
	.uleb128 0x2
	.long	0x889a
	.long	.LLST835
	.long	.LVUS835
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL984
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL985
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	0x8874
	.quad	.LBI1325
	.byte	.LVU3800
	.long	.LLRL836
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.uleb128 0x1
	.long	0x8885
	.long	.LLST837
	.long	.LVUS837
	.uleb128 0x1
	.long	0x888f
	.long	.LLST838
	.long	.LVUS838
	.uleb128 0xb
	.long	.LLRL836
	.uleb128 0x2
	.long	0x889a
	.long	.LLST839
	.long	.LVUS839
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF359
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xd7a
	.quad	.LFB119
	.quad	.LFE119-.LFB119
	.uleb128 0x1
	.byte	0x9c
	.long	0x2848
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0xdc4
	.long	.LLST666
	.long	.LVUS666
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x1c9
	.long	.LLST667
	.long	.LVUS667
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x94b
	.long	.LLST668
	.long	.LVUS668
	.uleb128 0xe
	.long	.LASF330
	.byte	0x87
	.byte	0x1
	.long	0x5b2
	.byte	0x1f
	.uleb128 0x8
	.long	.LASF360
	.byte	0x87
	.byte	0x1
	.quad	.LDL113
	.uleb128 0x1d
	.long	0x2848
	.quad	.LBI1087
	.byte	.LVU3057
	.long	.LLRL669
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.uleb128 0x1
	.long	0x286f
	.long	.LLST670
	.long	.LVUS670
	.uleb128 0x1
	.long	0x2863
	.long	.LLST671
	.long	.LVUS671
	.uleb128 0x1
	.long	0x2859
	.long	.LLST672
	.long	.LVUS672
	.uleb128 0xb
	.long	.LLRL669
	.uleb128 0x15
	.long	0x287a
	.byte	0x1f
	.uleb128 0x9
	.long	0x2884
	.quad	.L421
	.uleb128 0x9
	.long	0x288b
	.quad	.LDL114
	.uleb128 0x1a
	.long	0x2892
	.long	.LLRL673
	.long	0x27d4
	.uleb128 0x2
	.long	0x2893
	.long	.LLST674
	.long	.LVUS674
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1091
	.byte	.LVU3088
	.long	.LLRL675
	.byte	0x1
	.byte	0x84
	.byte	0x5
	.long	0x281b
	.uleb128 0x1
	.long	0x8885
	.long	.LLST676
	.long	.LVUS676
	.uleb128 0x1
	.long	0x888f
	.long	.LLST677
	.long	.LVUS677
	.uleb128 0xb
	.long	.LLRL675
	.uleb128 0x2
	.long	0x889a
	.long	.LLST678
	.long	.LVUS678
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL758
	.long	0xf2a
	.long	0x2832
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x11
	.quad	.LVL759
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF361
	.byte	0x1
	.byte	0x83
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x28a0
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x83
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x83
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x83
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x83
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF362
	.byte	0x84
	.byte	0x5
	.uleb128 0x5
	.long	.LASF363
	.byte	0x87
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x87
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF364
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xd7a
	.quad	.LFB117
	.quad	.LFE117-.LFB117
	.uleb128 0x1
	.byte	0x9c
	.long	0x2a6e
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xdc4
	.long	.LLST785
	.long	.LVUS785
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x1c9
	.long	.LLST786
	.long	.LVUS786
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x94b
	.long	.LLST787
	.long	.LVUS787
	.uleb128 0xe
	.long	.LASF330
	.byte	0x81
	.byte	0x1
	.long	0x5b2
	.byte	0x1e
	.uleb128 0x8
	.long	.LASF365
	.byte	0x81
	.byte	0x1
	.quad	.LDL127
	.uleb128 0x8
	.long	.LASF366
	.byte	0x81
	.byte	0x1
	.quad	.L511
	.uleb128 0x5
	.long	.LASF367
	.byte	0x81
	.byte	0x1
	.uleb128 0x5
	.long	.LASF368
	.byte	0x81
	.byte	0x1
	.uleb128 0x5
	.long	.LASF369
	.byte	0x81
	.byte	0x1
	.uleb128 0xf
	.long	0x2bd4
	.quad	.LBI1261
	.byte	.LVU3598
	.long	.LLRL788
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x2a2a
	.uleb128 0x1
	.long	0x2bfb
	.long	.LLST789
	.long	.LVUS789
	.uleb128 0x1
	.long	0x2bef
	.long	.LLST790
	.long	.LVUS790
	.uleb128 0x1
	.long	0x2be5
	.long	.LLST791
	.long	.LVUS791
	.uleb128 0xb
	.long	.LLRL788
	.uleb128 0x2
	.long	0x2c06
	.long	.LLST792
	.long	.LVUS792
	.uleb128 0x9
	.long	0x2c10
	.quad	.L517
	.uleb128 0x9
	.long	0x2c17
	.quad	.LDL128
	.uleb128 0x1a
	.long	0x2c1e
	.long	.LLRL793
	.long	0x29c1
	.uleb128 0x2
	.long	0x2c1f
	.long	.LLST794
	.long	.LVUS794
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1265
	.byte	.LVU3646
	.long	.LLRL795
	.byte	0x1
	.byte	0x7f
	.byte	0x5
	.long	0x2a08
	.uleb128 0x1
	.long	0x8885
	.long	.LLST796
	.long	.LVUS796
	.uleb128 0x1
	.long	0x888f
	.long	.LLST797
	.long	.LVUS797
	.uleb128 0xb
	.long	.LLRL795
	.uleb128 0x2
	.long	0x889a
	.long	.LLST798
	.long	.LVUS798
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL923
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL924
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	0x8874
	.quad	.LBI1274
	.byte	.LVU3623
	.long	.LLRL799
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.uleb128 0x1
	.long	0x8885
	.long	.LLST800
	.long	.LVUS800
	.uleb128 0x1
	.long	0x888f
	.long	.LLST801
	.long	.LVUS801
	.uleb128 0xb
	.long	.LLRL799
	.uleb128 0x2
	.long	0x889a
	.long	.LLST802
	.long	.LVUS802
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF370
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xd7a
	.quad	.LFB116
	.quad	.LFE116-.LFB116
	.uleb128 0x1
	.byte	0x9c
	.long	0x2bd4
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0xdc4
	.long	.LLST447
	.long	.LVUS447
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x1c9
	.long	.LLST448
	.long	.LVUS448
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x94b
	.long	.LLST449
	.long	.LVUS449
	.uleb128 0xe
	.long	.LASF330
	.byte	0x81
	.byte	0x1
	.long	0x5b2
	.byte	0x1e
	.uleb128 0x8
	.long	.LASF371
	.byte	0x81
	.byte	0x1
	.quad	.LDL85
	.uleb128 0x1d
	.long	0x2bd4
	.quad	.LBI811
	.byte	.LVU2140
	.long	.LLRL450
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.uleb128 0x1
	.long	0x2bfb
	.long	.LLST451
	.long	.LVUS451
	.uleb128 0x1
	.long	0x2bef
	.long	.LLST452
	.long	.LVUS452
	.uleb128 0x1
	.long	0x2be5
	.long	.LLST453
	.long	.LVUS453
	.uleb128 0xb
	.long	.LLRL450
	.uleb128 0x15
	.long	0x2c06
	.byte	0x1e
	.uleb128 0x9
	.long	0x2c10
	.quad	.L288
	.uleb128 0x9
	.long	0x2c17
	.quad	.LDL86
	.uleb128 0x1a
	.long	0x2c1e
	.long	.LLRL454
	.long	0x2b60
	.uleb128 0x2
	.long	0x2c1f
	.long	.LLST455
	.long	.LVUS455
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI815
	.byte	.LVU2169
	.long	.LLRL456
	.byte	0x1
	.byte	0x7f
	.byte	0x5
	.long	0x2ba7
	.uleb128 0x1
	.long	0x8885
	.long	.LLST457
	.long	.LVUS457
	.uleb128 0x1
	.long	0x888f
	.long	.LLST458
	.long	.LVUS458
	.uleb128 0xb
	.long	.LLRL456
	.uleb128 0x2
	.long	0x889a
	.long	.LLST459
	.long	.LVUS459
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL491
	.long	0xf2a
	.long	0x2bbe
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x36
	.byte	0
	.uleb128 0x11
	.quad	.LVL492
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF372
	.byte	0x1
	.byte	0x7e
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x2c2c
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x7e
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x7e
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x7e
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x7e
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF373
	.byte	0x7f
	.byte	0x5
	.uleb128 0x5
	.long	.LASF374
	.byte	0x81
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x81
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF375
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xd7a
	.quad	.LFB114
	.quad	.LFE114-.LFB114
	.uleb128 0x1
	.byte	0x9c
	.long	0x2d65
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xdc4
	.long	.LLST219
	.long	.LVUS219
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x1c9
	.long	.LLST220
	.long	.LVUS220
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x94b
	.long	.LLST221
	.long	.LVUS221
	.uleb128 0xe
	.long	.LASF330
	.byte	0x7c
	.byte	0x1
	.long	0x5b2
	.byte	0x1d
	.uleb128 0x8
	.long	.LASF376
	.byte	0x7c
	.byte	0x1
	.quad	.LDL59
	.uleb128 0x5
	.long	.LASF377
	.byte	0x7c
	.byte	0x1
	.uleb128 0x5
	.long	.LASF378
	.byte	0x7c
	.byte	0x1
	.uleb128 0x5
	.long	.LASF379
	.byte	0x7c
	.byte	0x1
	.uleb128 0x8
	.long	.LASF380
	.byte	0x7c
	.byte	0x1
	.quad	.L81
	.uleb128 0x1d
	.long	0x2e91
	.quad	.LBI449
	.byte	.LVU990
	.long	.LLRL222
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	0x2eb8
	.long	.LLST223
	.long	.LVUS223
	.uleb128 0x1
	.long	0x2eac
	.long	.LLST224
	.long	.LVUS224
	.uleb128 0x1
	.long	0x2ea2
	.long	.LLST225
	.long	.LVUS225
	.uleb128 0xb
	.long	.LLRL222
	.uleb128 0x2
	.long	0x2ec3
	.long	.LLST226
	.long	.LVUS226
	.uleb128 0x9
	.long	0x2ecd
	.quad	.LDL60
	.uleb128 0x9
	.long	0x2ed4
	.quad	.L83
	.uleb128 0x29
	.long	0x2edb
	.uleb128 0x19
	.long	0x2ee2
	.long	.LLRL222
	.uleb128 0x3c
	.long	0x2ee7
	.uleb128 0x21
	.quad	.LVL168
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL169
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF381
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xd7a
	.quad	.LFB113
	.quad	.LFE113-.LFB113
	.uleb128 0x1
	.byte	0x9c
	.long	0x2e91
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0xdc4
	.long	.LLST202
	.long	.LVUS202
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x1c9
	.long	.LLST203
	.long	.LVUS203
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x94b
	.long	.LLST204
	.long	.LVUS204
	.uleb128 0xe
	.long	.LASF330
	.byte	0x7c
	.byte	0x1
	.long	0x5b2
	.byte	0x1d
	.uleb128 0x8
	.long	.LASF382
	.byte	0x7c
	.byte	0x1
	.quad	.LDL55
	.uleb128 0x1d
	.long	0x2e91
	.quad	.LBI432
	.byte	.LVU900
	.long	.LLRL205
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1
	.long	0x2eb8
	.long	.LLST206
	.long	.LVUS206
	.uleb128 0x1
	.long	0x2eac
	.long	.LLST207
	.long	.LVUS207
	.uleb128 0x1
	.long	0x2ea2
	.long	.LLST208
	.long	.LVUS208
	.uleb128 0xb
	.long	.LLRL205
	.uleb128 0x15
	.long	0x2ec3
	.byte	0x1d
	.uleb128 0x9
	.long	0x2ecd
	.quad	.LDL56
	.uleb128 0x9
	.long	0x2ed4
	.quad	.L68
	.uleb128 0x29
	.long	0x2edb
	.uleb128 0x19
	.long	0x2ee2
	.long	.LLRL205
	.uleb128 0x2
	.long	0x2ee7
	.long	.LLST209
	.long	.LVUS209
	.uleb128 0x10
	.quad	.LVL142
	.long	0xf2a
	.long	0x2e7a
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x3
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0
	.uleb128 0x11
	.quad	.LVL143
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF383
	.byte	0x1
	.byte	0x7a
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x2f02
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x7a
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x7a
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x7a
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x7a
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF384
	.byte	0x7b
	.byte	0x5
	.uleb128 0x5
	.long	.LASF385
	.byte	0x7b
	.byte	0x5
	.uleb128 0x5
	.long	.LASF386
	.byte	0x7c
	.byte	0x1
	.uleb128 0x1e
	.long	0x2ef4
	.uleb128 0xc
	.string	"to_"
	.byte	0x1
	.byte	0x7b
	.byte	0x5
	.long	0x1bd
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x7c
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF387
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xd7a
	.quad	.LFB111
	.quad	.LFE111-.LFB111
	.uleb128 0x1
	.byte	0x9c
	.long	0x302c
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xdc4
	.long	.LLST227
	.long	.LVUS227
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x1c9
	.long	.LLST228
	.long	.LVUS228
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x94b
	.long	.LLST229
	.long	.LVUS229
	.uleb128 0xe
	.long	.LASF330
	.byte	0x78
	.byte	0x1
	.long	0x5b2
	.byte	0x1c
	.uleb128 0x8
	.long	.LASF388
	.byte	0x78
	.byte	0x1
	.quad	.LDL61
	.uleb128 0x5
	.long	.LASF389
	.byte	0x78
	.byte	0x1
	.uleb128 0x5
	.long	.LASF390
	.byte	0x78
	.byte	0x1
	.uleb128 0x8
	.long	.LASF391
	.byte	0x78
	.byte	0x1
	.quad	.L90
	.uleb128 0x5
	.long	.LASF392
	.byte	0x78
	.byte	0x1
	.uleb128 0x1d
	.long	0x314a
	.quad	.LBI455
	.byte	.LVU1040
	.long	.LLRL230
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	0x3171
	.long	.LLST231
	.long	.LVUS231
	.uleb128 0x1
	.long	0x3165
	.long	.LLST232
	.long	.LVUS232
	.uleb128 0x1
	.long	0x315b
	.long	.LLST233
	.long	.LVUS233
	.uleb128 0xb
	.long	.LLRL230
	.uleb128 0x2
	.long	0x317c
	.long	.LLST234
	.long	.LVUS234
	.uleb128 0x9
	.long	0x3186
	.quad	.LDL62
	.uleb128 0x9
	.long	0x318d
	.quad	.L92
	.uleb128 0x29
	.long	0x3194
	.uleb128 0x21
	.quad	.LVL180
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL181
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF393
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xd7a
	.quad	.LFB110
	.quad	.LFE110-.LFB110
	.uleb128 0x1
	.byte	0x9c
	.long	0x314a
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0xdc4
	.long	.LLST210
	.long	.LVUS210
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x1c9
	.long	.LLST211
	.long	.LVUS211
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x94b
	.long	.LLST212
	.long	.LVUS212
	.uleb128 0xe
	.long	.LASF330
	.byte	0x78
	.byte	0x1
	.long	0x5b2
	.byte	0x1c
	.uleb128 0x8
	.long	.LASF394
	.byte	0x78
	.byte	0x1
	.quad	.LDL57
	.uleb128 0x1d
	.long	0x314a
	.quad	.LBI444
	.byte	.LVU944
	.long	.LLRL213
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.uleb128 0x1
	.long	0x3171
	.long	.LLST214
	.long	.LVUS214
	.uleb128 0x1
	.long	0x3165
	.long	.LLST215
	.long	.LVUS215
	.uleb128 0x1
	.long	0x315b
	.long	.LLST216
	.long	.LVUS216
	.uleb128 0xb
	.long	.LLRL217
	.uleb128 0x2
	.long	0x317c
	.long	.LLST218
	.long	.LVUS218
	.uleb128 0x9
	.long	0x3186
	.quad	.LDL58
	.uleb128 0x9
	.long	0x318d
	.quad	.L74
	.uleb128 0x29
	.long	0x3194
	.uleb128 0x10
	.quad	.LVL156
	.long	0xf2a
	.long	0x3134
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x11
	.quad	.LVL157
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF395
	.byte	0x1
	.byte	0x75
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x31a9
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x75
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x75
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x75
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x75
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF396
	.byte	0x77
	.byte	0x5
	.uleb128 0x5
	.long	.LASF397
	.byte	0x77
	.byte	0x5
	.uleb128 0x5
	.long	.LASF398
	.byte	0x78
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x78
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF399
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xd7a
	.quad	.LFB108
	.quad	.LFE108-.LFB108
	.uleb128 0x1
	.byte	0x9c
	.long	0x32db
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xdc4
	.long	.LLST235
	.long	.LVUS235
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x1c9
	.long	.LLST236
	.long	.LVUS236
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x94b
	.long	.LLST237
	.long	.LVUS237
	.uleb128 0xe
	.long	.LASF330
	.byte	0x73
	.byte	0x1
	.long	0x5b2
	.byte	0x1b
	.uleb128 0x8
	.long	.LASF400
	.byte	0x73
	.byte	0x1
	.quad	.LDL63
	.uleb128 0x8
	.long	.LASF401
	.byte	0x73
	.byte	0x1
	.quad	.L99
	.uleb128 0x5
	.long	.LASF402
	.byte	0x73
	.byte	0x1
	.uleb128 0x5
	.long	.LASF403
	.byte	0x73
	.byte	0x1
	.uleb128 0x5
	.long	.LASF404
	.byte	0x73
	.byte	0x1
	.uleb128 0x1d
	.long	0x33fa
	.quad	.LBI461
	.byte	.LVU1094
	.long	.LLRL238
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.uleb128 0x1
	.long	0x3421
	.long	.LLST239
	.long	.LVUS239
	.uleb128 0x1
	.long	0x3415
	.long	.LLST240
	.long	.LVUS240
	.uleb128 0x1
	.long	0x340b
	.long	.LLST241
	.long	.LVUS241
	.uleb128 0xb
	.long	.LLRL238
	.uleb128 0x2
	.long	0x342c
	.long	.LLST242
	.long	.LVUS242
	.uleb128 0x9
	.long	0x3436
	.quad	.L101
	.uleb128 0x9
	.long	0x343d
	.quad	.L103
	.uleb128 0x9
	.long	0x3444
	.quad	.L100
	.uleb128 0x21
	.quad	.LVL195
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL196
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF405
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xd7a
	.quad	.LFB107
	.quad	.LFE107-.LFB107
	.uleb128 0x1
	.byte	0x9c
	.long	0x33fa
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0xdc4
	.long	.LLST195
	.long	.LVUS195
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x1c9
	.long	.LLST196
	.long	.LVUS196
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.long	0x94b
	.long	.LLST197
	.long	.LVUS197
	.uleb128 0xe
	.long	.LASF330
	.byte	0x73
	.byte	0x1
	.long	0x5b2
	.byte	0x1b
	.uleb128 0x8
	.long	.LASF406
	.byte	0x73
	.byte	0x1
	.quad	.LDL54
	.uleb128 0x1d
	.long	0x33fa
	.quad	.LBI422
	.byte	.LVU857
	.long	.LLRL198
	.byte	0x1
	.byte	0x73
	.byte	0x1
	.uleb128 0x1
	.long	0x3421
	.long	.LLST199
	.long	.LVUS199
	.uleb128 0x1
	.long	0x3415
	.long	.LLST200
	.long	.LVUS200
	.uleb128 0x1
	.long	0x340b
	.long	.LLST201
	.long	.LVUS201
	.uleb128 0xb
	.long	.LLRL198
	.uleb128 0x15
	.long	0x342c
	.byte	0x1b
	.uleb128 0x9
	.long	0x3436
	.quad	.L55
	.uleb128 0x9
	.long	0x343d
	.quad	.L57
	.uleb128 0x9
	.long	0x3444
	.quad	.L54
	.uleb128 0x10
	.quad	.LVL132
	.long	0xf2a
	.long	0x33e4
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x11
	.quad	.LVL133
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF407
	.byte	0x1
	.byte	0x70
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x344c
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x70
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x70
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x70
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x70
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF408
	.byte	0x72
	.byte	0x9
	.uleb128 0x5
	.long	.LASF409
	.byte	0x72
	.byte	0x9
	.uleb128 0x5
	.long	.LASF410
	.byte	0x73
	.byte	0x1
	.byte	0
	.uleb128 0xd
	.long	.LASF411
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB105
	.quad	.LFE105-.LFB105
	.uleb128 0x1
	.byte	0x9c
	.long	0x357e
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xdc4
	.long	.LLST243
	.long	.LVUS243
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x1c9
	.long	.LLST244
	.long	.LVUS244
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x94b
	.long	.LLST245
	.long	.LVUS245
	.uleb128 0xe
	.long	.LASF330
	.byte	0x6e
	.byte	0x1
	.long	0x5b2
	.byte	0x1a
	.uleb128 0x8
	.long	.LASF412
	.byte	0x6e
	.byte	0x1
	.quad	.LDL64
	.uleb128 0x8
	.long	.LASF413
	.byte	0x6e
	.byte	0x1
	.quad	.L113
	.uleb128 0x5
	.long	.LASF414
	.byte	0x6e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF415
	.byte	0x6e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF416
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1d
	.long	0x369d
	.quad	.LBI467
	.byte	.LVU1152
	.long	.LLRL246
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1
	.long	0x36c4
	.long	.LLST247
	.long	.LVUS247
	.uleb128 0x1
	.long	0x36b8
	.long	.LLST248
	.long	.LVUS248
	.uleb128 0x1
	.long	0x36ae
	.long	.LLST249
	.long	.LVUS249
	.uleb128 0xb
	.long	.LLRL246
	.uleb128 0x2
	.long	0x36cf
	.long	.LLST250
	.long	.LVUS250
	.uleb128 0x9
	.long	0x36d9
	.quad	.L115
	.uleb128 0x9
	.long	0x36e0
	.quad	.L117
	.uleb128 0x9
	.long	0x36e7
	.quad	.L114
	.uleb128 0x21
	.quad	.LVL214
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL215
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF417
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB104
	.quad	.LFE104-.LFB104
	.uleb128 0x1
	.byte	0x9c
	.long	0x369d
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0xdc4
	.long	.LLST188
	.long	.LVUS188
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x1c9
	.long	.LLST189
	.long	.LVUS189
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.long	0x94b
	.long	.LLST190
	.long	.LVUS190
	.uleb128 0xe
	.long	.LASF330
	.byte	0x6e
	.byte	0x1
	.long	0x5b2
	.byte	0x1a
	.uleb128 0x8
	.long	.LASF418
	.byte	0x6e
	.byte	0x1
	.quad	.LDL53
	.uleb128 0x1d
	.long	0x369d
	.quad	.LBI410
	.byte	.LVU814
	.long	.LLRL191
	.byte	0x1
	.byte	0x6e
	.byte	0x1
	.uleb128 0x1
	.long	0x36c4
	.long	.LLST192
	.long	.LVUS192
	.uleb128 0x1
	.long	0x36b8
	.long	.LLST193
	.long	.LVUS193
	.uleb128 0x1
	.long	0x36ae
	.long	.LLST194
	.long	.LVUS194
	.uleb128 0xb
	.long	.LLRL191
	.uleb128 0x15
	.long	0x36cf
	.byte	0x1a
	.uleb128 0x9
	.long	0x36d9
	.quad	.L44
	.uleb128 0x9
	.long	0x36e0
	.quad	.L46
	.uleb128 0x9
	.long	0x36e7
	.quad	.L43
	.uleb128 0x10
	.quad	.LVL119
	.long	0xf2a
	.long	0x3687
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x11
	.quad	.LVL120
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF419
	.byte	0x1
	.byte	0x6b
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x36ef
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x6b
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x6b
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x6b
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x6b
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF420
	.byte	0x6d
	.byte	0x9
	.uleb128 0x5
	.long	.LASF421
	.byte	0x6d
	.byte	0x9
	.uleb128 0x5
	.long	.LASF422
	.byte	0x6e
	.byte	0x1
	.byte	0
	.uleb128 0xd
	.long	.LASF423
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xd7a
	.quad	.LFB102
	.quad	.LFE102-.LFB102
	.uleb128 0x1
	.byte	0x9c
	.long	0x3822
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xdc4
	.long	.LLST181
	.long	.LVUS181
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x1c9
	.long	.LLST182
	.long	.LVUS182
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x94b
	.long	.LLST183
	.long	.LVUS183
	.uleb128 0xe
	.long	.LASF330
	.byte	0x69
	.byte	0x1
	.long	0x5b2
	.byte	0x19
	.uleb128 0x8
	.long	.LASF424
	.byte	0x69
	.byte	0x1
	.quad	.LDL51
	.uleb128 0x5
	.long	.LASF425
	.byte	0x69
	.byte	0x1
	.uleb128 0x5
	.long	.LASF426
	.byte	0x69
	.byte	0x1
	.uleb128 0x5
	.long	.LASF427
	.byte	0x69
	.byte	0x1
	.uleb128 0x5
	.long	.LASF428
	.byte	0x69
	.byte	0x1
	.uleb128 0x1d
	.long	0x3939
	.quad	.LBI400
	.byte	.LVU776
	.long	.LLRL184
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	0x3960
	.long	.LLST185
	.long	.LVUS185
	.uleb128 0x1
	.long	0x3954
	.long	.LLST186
	.long	.LVUS186
	.uleb128 0x1
	.long	0x394a
	.long	.LLST187
	.long	.LVUS187
	.uleb128 0xb
	.long	.LLRL184
	.uleb128 0x15
	.long	0x396b
	.byte	0x19
	.uleb128 0x9
	.long	0x3975
	.quad	.LDL52
	.uleb128 0x9
	.long	0x397c
	.quad	.L39
	.uleb128 0x29
	.long	0x3983
	.uleb128 0x10
	.quad	.LVL105
	.long	0xf2a
	.long	0x380c
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x11
	.quad	.LVL106
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF429
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xd7a
	.quad	.LFB101
	.quad	.LFE101-.LFB101
	.uleb128 0x1
	.byte	0x9c
	.long	0x3939
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0xdc4
	.long	.LLST174
	.long	.LVUS174
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x1c9
	.long	.LLST175
	.long	.LVUS175
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x94b
	.long	.LLST176
	.long	.LVUS176
	.uleb128 0xe
	.long	.LASF330
	.byte	0x69
	.byte	0x1
	.long	0x5b2
	.byte	0x19
	.uleb128 0x8
	.long	.LASF430
	.byte	0x69
	.byte	0x1
	.quad	.LDL49
	.uleb128 0x1d
	.long	0x3939
	.quad	.LBI390
	.byte	.LVU729
	.long	.LLRL177
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.uleb128 0x1
	.long	0x3960
	.long	.LLST178
	.long	.LVUS178
	.uleb128 0x1
	.long	0x3954
	.long	.LLST179
	.long	.LVUS179
	.uleb128 0x1
	.long	0x394a
	.long	.LLST180
	.long	.LVUS180
	.uleb128 0xb
	.long	.LLRL177
	.uleb128 0x15
	.long	0x396b
	.byte	0x19
	.uleb128 0x9
	.long	0x3975
	.quad	.LDL50
	.uleb128 0x9
	.long	0x397c
	.quad	.L34
	.uleb128 0x29
	.long	0x3983
	.uleb128 0x10
	.quad	.LVL97
	.long	0xf2a
	.long	0x3923
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x37
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x52
	.uleb128 0x5
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x31
	.byte	0x1c
	.byte	0
	.uleb128 0x11
	.quad	.LVL98
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF431
	.byte	0x1
	.byte	0x67
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x3998
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x67
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x67
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x67
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x67
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF432
	.byte	0x68
	.byte	0x5
	.uleb128 0x5
	.long	.LASF433
	.byte	0x68
	.byte	0x5
	.uleb128 0x5
	.long	.LASF434
	.byte	0x69
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x69
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF435
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xd7a
	.quad	.LFB99
	.quad	.LFE99-.LFB99
	.uleb128 0x1
	.byte	0x9c
	.long	0x3b50
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xdc4
	.long	.LLST460
	.long	.LVUS460
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x1c9
	.long	.LLST461
	.long	.LVUS461
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x94b
	.long	.LLST462
	.long	.LVUS462
	.uleb128 0xe
	.long	.LASF330
	.byte	0x64
	.byte	0x21
	.long	0x5b2
	.byte	0x18
	.uleb128 0x8
	.long	.LASF436
	.byte	0x64
	.byte	0x21
	.quad	.LDL87
	.uleb128 0x8
	.long	.LASF437
	.byte	0x64
	.byte	0x21
	.quad	.L297
	.uleb128 0x5
	.long	.LASF438
	.byte	0x64
	.byte	0x21
	.uleb128 0x5
	.long	.LASF439
	.byte	0x64
	.byte	0x21
	.uleb128 0x5
	.long	.LASF440
	.byte	0x64
	.byte	0x21
	.uleb128 0xf
	.long	0x3c6c
	.quad	.LBI835
	.byte	.LVU2206
	.long	.LLRL463
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x3ade
	.uleb128 0x1
	.long	0x3c93
	.long	.LLST464
	.long	.LVUS464
	.uleb128 0x1
	.long	0x3c87
	.long	.LLST465
	.long	.LVUS465
	.uleb128 0x1
	.long	0x3c7d
	.long	.LLST466
	.long	.LVUS466
	.uleb128 0xb
	.long	.LLRL463
	.uleb128 0x2
	.long	0x3c9e
	.long	.LLST467
	.long	.LVUS467
	.uleb128 0x9
	.long	0x3ca8
	.quad	.LDL88
	.uleb128 0x1c
	.long	0x3caf
	.quad	.LBB837
	.quad	.LBE837-.LBB837
	.long	0x3ac5
	.uleb128 0x2
	.long	0x3cb4
	.long	.LLST468
	.long	.LVUS468
	.uleb128 0x2
	.long	0x3cbe
	.long	.LLST469
	.long	.LVUS469
	.byte	0
	.uleb128 0x19
	.long	0x3cc9
	.long	.LLRL470
	.uleb128 0x2
	.long	0x3cca
	.long	.LLST471
	.long	.LVUS471
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI842
	.byte	.LVU2233
	.long	.LLRL472
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x3b25
	.uleb128 0x1
	.long	0x8885
	.long	.LLST473
	.long	.LVUS473
	.uleb128 0x1
	.long	0x888f
	.long	.LLST474
	.long	.LVUS474
	.uleb128 0xb
	.long	.LLRL472
	.uleb128 0x2
	.long	0x889a
	.long	.LLST475
	.long	.LVUS475
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL510
	.long	0xf2a
	.long	0x3b3c
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL511
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF441
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0xd7a
	.quad	.LFB98
	.quad	.LFE98-.LFB98
	.uleb128 0x1
	.byte	0x9c
	.long	0x3c6c
	.uleb128 0x12
	.string	"m"
	.byte	0x64
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x64
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x94b
	.long	.LLST159
	.long	.LVUS159
	.uleb128 0xe
	.long	.LASF330
	.byte	0x64
	.byte	0x21
	.long	0x5b2
	.byte	0x18
	.uleb128 0x8
	.long	.LASF442
	.byte	0x64
	.byte	0x21
	.quad	.LDL47
	.uleb128 0x1b
	.long	0x3c6c
	.quad	.LBI385
	.byte	.LVU676
	.quad	.LBB385
	.quad	.LBE385-.LBB385
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.uleb128 0x1
	.long	0x3c93
	.long	.LLST160
	.long	.LVUS160
	.uleb128 0x1
	.long	0x3c87
	.long	.LLST161
	.long	.LVUS161
	.uleb128 0x1
	.long	0x3c7d
	.long	.LLST162
	.long	.LVUS162
	.uleb128 0x15
	.long	0x3c9e
	.byte	0x18
	.uleb128 0x9
	.long	0x3ca8
	.quad	.LDL48
	.uleb128 0x1c
	.long	0x3caf
	.quad	.LBB387
	.quad	.LBE387-.LBB387
	.long	0x3c47
	.uleb128 0x2
	.long	0x3cb4
	.long	.LLST163
	.long	.LVUS163
	.uleb128 0x2
	.long	0x3cbe
	.long	.LLST164
	.long	.LVUS164
	.byte	0
	.uleb128 0x24
	.long	0x3cc9
	.quad	.LBB388
	.quad	.LBE388-.LBB388
	.uleb128 0x2
	.long	0x3cca
	.long	.LLST165
	.long	.LVUS165
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF443
	.byte	0x1
	.byte	0x64
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x3cd7
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x64
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x64
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x64
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x64
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF444
	.byte	0x64
	.byte	0x21
	.uleb128 0x1e
	.long	0x3cc9
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x64
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x64
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x64
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF445
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xd7a
	.quad	.LFB96
	.quad	.LFE96-.LFB96
	.uleb128 0x1
	.byte	0x9c
	.long	0x3e8f
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xdc4
	.long	.LLST602
	.long	.LVUS602
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x1c9
	.long	.LLST603
	.long	.LVUS603
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x94b
	.long	.LLST604
	.long	.LVUS604
	.uleb128 0xe
	.long	.LASF330
	.byte	0x63
	.byte	0x21
	.long	0x5b2
	.byte	0x17
	.uleb128 0x8
	.long	.LASF446
	.byte	0x63
	.byte	0x21
	.quad	.LDL105
	.uleb128 0x8
	.long	.LASF447
	.byte	0x63
	.byte	0x21
	.quad	.L385
	.uleb128 0x5
	.long	.LASF448
	.byte	0x63
	.byte	0x21
	.uleb128 0x5
	.long	.LASF449
	.byte	0x63
	.byte	0x21
	.uleb128 0x5
	.long	.LASF450
	.byte	0x63
	.byte	0x21
	.uleb128 0xf
	.long	0x3fab
	.quad	.LBI1012
	.byte	.LVU2810
	.long	.LLRL605
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x3e1d
	.uleb128 0x1
	.long	0x3fd2
	.long	.LLST606
	.long	.LVUS606
	.uleb128 0x1
	.long	0x3fc6
	.long	.LLST607
	.long	.LVUS607
	.uleb128 0x1
	.long	0x3fbc
	.long	.LLST608
	.long	.LVUS608
	.uleb128 0xb
	.long	.LLRL605
	.uleb128 0x2
	.long	0x3fdd
	.long	.LLST609
	.long	.LVUS609
	.uleb128 0x9
	.long	0x3fe7
	.quad	.LDL106
	.uleb128 0x1c
	.long	0x3fee
	.quad	.LBB1014
	.quad	.LBE1014-.LBB1014
	.long	0x3e04
	.uleb128 0x2
	.long	0x3ff3
	.long	.LLST610
	.long	.LVUS610
	.uleb128 0x2
	.long	0x3ffd
	.long	.LLST611
	.long	.LVUS611
	.byte	0
	.uleb128 0x19
	.long	0x4008
	.long	.LLRL612
	.uleb128 0x2
	.long	0x4009
	.long	.LLST613
	.long	.LVUS613
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1019
	.byte	.LVU2837
	.long	.LLRL614
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x3e64
	.uleb128 0x1
	.long	0x8885
	.long	.LLST615
	.long	.LVUS615
	.uleb128 0x1
	.long	0x888f
	.long	.LLST616
	.long	.LVUS616
	.uleb128 0xb
	.long	.LLRL614
	.uleb128 0x2
	.long	0x889a
	.long	.LLST617
	.long	.LVUS617
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL684
	.long	0xf2a
	.long	0x3e7b
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL685
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF451
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0xd7a
	.quad	.LFB95
	.quad	.LFE95-.LFB95
	.uleb128 0x1
	.byte	0x9c
	.long	0x3fab
	.uleb128 0x12
	.string	"m"
	.byte	0x63
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x63
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x94b
	.long	.LLST152
	.long	.LVUS152
	.uleb128 0xe
	.long	.LASF330
	.byte	0x63
	.byte	0x21
	.long	0x5b2
	.byte	0x17
	.uleb128 0x8
	.long	.LASF452
	.byte	0x63
	.byte	0x21
	.quad	.LDL45
	.uleb128 0x1b
	.long	0x3fab
	.quad	.LBI381
	.byte	.LVU646
	.quad	.LBB381
	.quad	.LBE381-.LBB381
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.uleb128 0x1
	.long	0x3fd2
	.long	.LLST153
	.long	.LVUS153
	.uleb128 0x1
	.long	0x3fc6
	.long	.LLST154
	.long	.LVUS154
	.uleb128 0x1
	.long	0x3fbc
	.long	.LLST155
	.long	.LVUS155
	.uleb128 0x15
	.long	0x3fdd
	.byte	0x17
	.uleb128 0x9
	.long	0x3fe7
	.quad	.LDL46
	.uleb128 0x1c
	.long	0x3fee
	.quad	.LBB383
	.quad	.LBE383-.LBB383
	.long	0x3f86
	.uleb128 0x2
	.long	0x3ff3
	.long	.LLST156
	.long	.LVUS156
	.uleb128 0x2
	.long	0x3ffd
	.long	.LLST157
	.long	.LVUS157
	.byte	0
	.uleb128 0x24
	.long	0x4008
	.quad	.LBB384
	.quad	.LBE384-.LBB384
	.uleb128 0x2
	.long	0x4009
	.long	.LLST158
	.long	.LVUS158
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF453
	.byte	0x1
	.byte	0x63
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x4016
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x63
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x63
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x63
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x63
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF454
	.byte	0x63
	.byte	0x21
	.uleb128 0x1e
	.long	0x4008
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x63
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x63
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x63
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF455
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xd7a
	.quad	.LFB93
	.quad	.LFE93-.LFB93
	.uleb128 0x1
	.byte	0x9c
	.long	0x41ce
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xdc4
	.long	.LLST586
	.long	.LVUS586
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x1c9
	.long	.LLST587
	.long	.LVUS587
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x94b
	.long	.LLST588
	.long	.LVUS588
	.uleb128 0xe
	.long	.LASF330
	.byte	0x62
	.byte	0x21
	.long	0x5b2
	.byte	0x16
	.uleb128 0x8
	.long	.LASF456
	.byte	0x62
	.byte	0x21
	.quad	.LDL103
	.uleb128 0x8
	.long	.LASF457
	.byte	0x62
	.byte	0x21
	.quad	.L376
	.uleb128 0x5
	.long	.LASF458
	.byte	0x62
	.byte	0x21
	.uleb128 0x5
	.long	.LASF459
	.byte	0x62
	.byte	0x21
	.uleb128 0x5
	.long	.LASF460
	.byte	0x62
	.byte	0x21
	.uleb128 0xf
	.long	0x42ea
	.quad	.LBI993
	.byte	.LVU2745
	.long	.LLRL589
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x415c
	.uleb128 0x1
	.long	0x4311
	.long	.LLST590
	.long	.LVUS590
	.uleb128 0x1
	.long	0x4305
	.long	.LLST591
	.long	.LVUS591
	.uleb128 0x1
	.long	0x42fb
	.long	.LLST592
	.long	.LVUS592
	.uleb128 0xb
	.long	.LLRL589
	.uleb128 0x2
	.long	0x431c
	.long	.LLST593
	.long	.LVUS593
	.uleb128 0x9
	.long	0x4326
	.quad	.LDL104
	.uleb128 0x1c
	.long	0x432d
	.quad	.LBB995
	.quad	.LBE995-.LBB995
	.long	0x4143
	.uleb128 0x2
	.long	0x4332
	.long	.LLST594
	.long	.LVUS594
	.uleb128 0x2
	.long	0x433c
	.long	.LLST595
	.long	.LVUS595
	.byte	0
	.uleb128 0x19
	.long	0x4347
	.long	.LLRL596
	.uleb128 0x2
	.long	0x4348
	.long	.LLST597
	.long	.LVUS597
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1000
	.byte	.LVU2772
	.long	.LLRL598
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x41a3
	.uleb128 0x1
	.long	0x8885
	.long	.LLST599
	.long	.LVUS599
	.uleb128 0x1
	.long	0x888f
	.long	.LLST600
	.long	.LVUS600
	.uleb128 0xb
	.long	.LLRL598
	.uleb128 0x2
	.long	0x889a
	.long	.LLST601
	.long	.LVUS601
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL665
	.long	0xf2a
	.long	0x41ba
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL666
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF461
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0xd7a
	.quad	.LFB92
	.quad	.LFE92-.LFB92
	.uleb128 0x1
	.byte	0x9c
	.long	0x42ea
	.uleb128 0x12
	.string	"m"
	.byte	0x62
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x62
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x94b
	.long	.LLST145
	.long	.LVUS145
	.uleb128 0xe
	.long	.LASF330
	.byte	0x62
	.byte	0x21
	.long	0x5b2
	.byte	0x16
	.uleb128 0x8
	.long	.LASF462
	.byte	0x62
	.byte	0x21
	.quad	.LDL43
	.uleb128 0x1b
	.long	0x42ea
	.quad	.LBI377
	.byte	.LVU616
	.quad	.LBB377
	.quad	.LBE377-.LBB377
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.uleb128 0x1
	.long	0x4311
	.long	.LLST146
	.long	.LVUS146
	.uleb128 0x1
	.long	0x4305
	.long	.LLST147
	.long	.LVUS147
	.uleb128 0x1
	.long	0x42fb
	.long	.LLST148
	.long	.LVUS148
	.uleb128 0x15
	.long	0x431c
	.byte	0x16
	.uleb128 0x9
	.long	0x4326
	.quad	.LDL44
	.uleb128 0x1c
	.long	0x432d
	.quad	.LBB379
	.quad	.LBE379-.LBB379
	.long	0x42c5
	.uleb128 0x2
	.long	0x4332
	.long	.LLST149
	.long	.LVUS149
	.uleb128 0x2
	.long	0x433c
	.long	.LLST150
	.long	.LVUS150
	.byte	0
	.uleb128 0x24
	.long	0x4347
	.quad	.LBB380
	.quad	.LBE380-.LBB380
	.uleb128 0x2
	.long	0x4348
	.long	.LLST151
	.long	.LVUS151
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF463
	.byte	0x1
	.byte	0x62
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x4355
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x62
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x62
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x62
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x62
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF464
	.byte	0x62
	.byte	0x21
	.uleb128 0x1e
	.long	0x4347
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x62
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x62
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x62
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF465
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xd7a
	.quad	.LFB90
	.quad	.LFE90-.LFB90
	.uleb128 0x1
	.byte	0x9c
	.long	0x450d
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xdc4
	.long	.LLST650
	.long	.LVUS650
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x1c9
	.long	.LLST651
	.long	.LVUS651
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x94b
	.long	.LLST652
	.long	.LVUS652
	.uleb128 0xe
	.long	.LASF330
	.byte	0x61
	.byte	0x21
	.long	0x5b2
	.byte	0x15
	.uleb128 0x8
	.long	.LASF466
	.byte	0x61
	.byte	0x21
	.quad	.LDL111
	.uleb128 0x8
	.long	.LASF467
	.byte	0x61
	.byte	0x21
	.quad	.L412
	.uleb128 0x5
	.long	.LASF468
	.byte	0x61
	.byte	0x21
	.uleb128 0x5
	.long	.LASF469
	.byte	0x61
	.byte	0x21
	.uleb128 0x5
	.long	.LASF470
	.byte	0x61
	.byte	0x21
	.uleb128 0xf
	.long	0x4629
	.quad	.LBI1069
	.byte	.LVU3005
	.long	.LLRL653
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x449b
	.uleb128 0x1
	.long	0x4650
	.long	.LLST654
	.long	.LVUS654
	.uleb128 0x1
	.long	0x4644
	.long	.LLST655
	.long	.LVUS655
	.uleb128 0x1
	.long	0x463a
	.long	.LLST656
	.long	.LVUS656
	.uleb128 0xb
	.long	.LLRL653
	.uleb128 0x2
	.long	0x465b
	.long	.LLST657
	.long	.LVUS657
	.uleb128 0x9
	.long	0x4665
	.quad	.LDL112
	.uleb128 0x1c
	.long	0x466c
	.quad	.LBB1071
	.quad	.LBE1071-.LBB1071
	.long	0x4482
	.uleb128 0x2
	.long	0x4671
	.long	.LLST658
	.long	.LVUS658
	.uleb128 0x2
	.long	0x467b
	.long	.LLST659
	.long	.LVUS659
	.byte	0
	.uleb128 0x19
	.long	0x4686
	.long	.LLRL660
	.uleb128 0x2
	.long	0x4687
	.long	.LLST661
	.long	.LVUS661
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1076
	.byte	.LVU3032
	.long	.LLRL662
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x44e2
	.uleb128 0x1
	.long	0x8885
	.long	.LLST663
	.long	.LVUS663
	.uleb128 0x1
	.long	0x888f
	.long	.LLST664
	.long	.LVUS664
	.uleb128 0xb
	.long	.LLRL662
	.uleb128 0x2
	.long	0x889a
	.long	.LLST665
	.long	.LVUS665
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL741
	.long	0xf2a
	.long	0x44f9
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL742
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF471
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0xd7a
	.quad	.LFB89
	.quad	.LFE89-.LFB89
	.uleb128 0x1
	.byte	0x9c
	.long	0x4629
	.uleb128 0x12
	.string	"m"
	.byte	0x61
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x61
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x94b
	.long	.LLST138
	.long	.LVUS138
	.uleb128 0xe
	.long	.LASF330
	.byte	0x61
	.byte	0x21
	.long	0x5b2
	.byte	0x15
	.uleb128 0x8
	.long	.LASF472
	.byte	0x61
	.byte	0x21
	.quad	.LDL41
	.uleb128 0x1b
	.long	0x4629
	.quad	.LBI373
	.byte	.LVU586
	.quad	.LBB373
	.quad	.LBE373-.LBB373
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.uleb128 0x1
	.long	0x4650
	.long	.LLST139
	.long	.LVUS139
	.uleb128 0x1
	.long	0x4644
	.long	.LLST140
	.long	.LVUS140
	.uleb128 0x1
	.long	0x463a
	.long	.LLST141
	.long	.LVUS141
	.uleb128 0x15
	.long	0x465b
	.byte	0x15
	.uleb128 0x9
	.long	0x4665
	.quad	.LDL42
	.uleb128 0x1c
	.long	0x466c
	.quad	.LBB375
	.quad	.LBE375-.LBB375
	.long	0x4604
	.uleb128 0x2
	.long	0x4671
	.long	.LLST142
	.long	.LVUS142
	.uleb128 0x2
	.long	0x467b
	.long	.LLST143
	.long	.LVUS143
	.byte	0
	.uleb128 0x24
	.long	0x4686
	.quad	.LBB376
	.quad	.LBE376-.LBB376
	.uleb128 0x2
	.long	0x4687
	.long	.LLST144
	.long	.LVUS144
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF473
	.byte	0x1
	.byte	0x61
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x4694
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x61
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x61
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x61
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x61
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF474
	.byte	0x61
	.byte	0x21
	.uleb128 0x1e
	.long	0x4686
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x61
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x61
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x61
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF475
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xd7a
	.quad	.LFB87
	.quad	.LFE87-.LFB87
	.uleb128 0x1
	.byte	0x9c
	.long	0x484c
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xdc4
	.long	.LLST634
	.long	.LVUS634
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x1c9
	.long	.LLST635
	.long	.LVUS635
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x94b
	.long	.LLST636
	.long	.LVUS636
	.uleb128 0xe
	.long	.LASF330
	.byte	0x60
	.byte	0x21
	.long	0x5b2
	.byte	0x14
	.uleb128 0x8
	.long	.LASF476
	.byte	0x60
	.byte	0x21
	.quad	.LDL109
	.uleb128 0x8
	.long	.LASF477
	.byte	0x60
	.byte	0x21
	.quad	.L403
	.uleb128 0x5
	.long	.LASF478
	.byte	0x60
	.byte	0x21
	.uleb128 0x5
	.long	.LASF479
	.byte	0x60
	.byte	0x21
	.uleb128 0x5
	.long	.LASF480
	.byte	0x60
	.byte	0x21
	.uleb128 0xf
	.long	0x4968
	.quad	.LBI1050
	.byte	.LVU2940
	.long	.LLRL637
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x47da
	.uleb128 0x1
	.long	0x498f
	.long	.LLST638
	.long	.LVUS638
	.uleb128 0x1
	.long	0x4983
	.long	.LLST639
	.long	.LVUS639
	.uleb128 0x1
	.long	0x4979
	.long	.LLST640
	.long	.LVUS640
	.uleb128 0xb
	.long	.LLRL637
	.uleb128 0x2
	.long	0x499a
	.long	.LLST641
	.long	.LVUS641
	.uleb128 0x9
	.long	0x49a4
	.quad	.LDL110
	.uleb128 0x1c
	.long	0x49ab
	.quad	.LBB1052
	.quad	.LBE1052-.LBB1052
	.long	0x47c1
	.uleb128 0x2
	.long	0x49b0
	.long	.LLST642
	.long	.LVUS642
	.uleb128 0x2
	.long	0x49ba
	.long	.LLST643
	.long	.LVUS643
	.byte	0
	.uleb128 0x19
	.long	0x49c5
	.long	.LLRL644
	.uleb128 0x2
	.long	0x49c6
	.long	.LLST645
	.long	.LVUS645
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1057
	.byte	.LVU2967
	.long	.LLRL646
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x4821
	.uleb128 0x1
	.long	0x8885
	.long	.LLST647
	.long	.LVUS647
	.uleb128 0x1
	.long	0x888f
	.long	.LLST648
	.long	.LVUS648
	.uleb128 0xb
	.long	.LLRL646
	.uleb128 0x2
	.long	0x889a
	.long	.LLST649
	.long	.LVUS649
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL722
	.long	0xf2a
	.long	0x4838
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL723
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF481
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0xd7a
	.quad	.LFB86
	.quad	.LFE86-.LFB86
	.uleb128 0x1
	.byte	0x9c
	.long	0x4968
	.uleb128 0x12
	.string	"m"
	.byte	0x60
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x60
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x94b
	.long	.LLST131
	.long	.LVUS131
	.uleb128 0xe
	.long	.LASF330
	.byte	0x60
	.byte	0x21
	.long	0x5b2
	.byte	0x14
	.uleb128 0x8
	.long	.LASF482
	.byte	0x60
	.byte	0x21
	.quad	.LDL39
	.uleb128 0x1b
	.long	0x4968
	.quad	.LBI369
	.byte	.LVU556
	.quad	.LBB369
	.quad	.LBE369-.LBB369
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.uleb128 0x1
	.long	0x498f
	.long	.LLST132
	.long	.LVUS132
	.uleb128 0x1
	.long	0x4983
	.long	.LLST133
	.long	.LVUS133
	.uleb128 0x1
	.long	0x4979
	.long	.LLST134
	.long	.LVUS134
	.uleb128 0x15
	.long	0x499a
	.byte	0x14
	.uleb128 0x9
	.long	0x49a4
	.quad	.LDL40
	.uleb128 0x1c
	.long	0x49ab
	.quad	.LBB371
	.quad	.LBE371-.LBB371
	.long	0x4943
	.uleb128 0x2
	.long	0x49b0
	.long	.LLST135
	.long	.LVUS135
	.uleb128 0x2
	.long	0x49ba
	.long	.LLST136
	.long	.LVUS136
	.byte	0
	.uleb128 0x24
	.long	0x49c5
	.quad	.LBB372
	.quad	.LBE372-.LBB372
	.uleb128 0x2
	.long	0x49c6
	.long	.LLST137
	.long	.LVUS137
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF483
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x49d3
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x60
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x60
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF484
	.byte	0x60
	.byte	0x21
	.uleb128 0x1e
	.long	0x49c5
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x60
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x60
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x60
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF485
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xd7a
	.quad	.LFB84
	.quad	.LFE84-.LFB84
	.uleb128 0x1
	.byte	0x9c
	.long	0x4b8b
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xdc4
	.long	.LLST618
	.long	.LVUS618
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x1c9
	.long	.LLST619
	.long	.LVUS619
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x94b
	.long	.LLST620
	.long	.LVUS620
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5f
	.byte	0x21
	.long	0x5b2
	.byte	0x13
	.uleb128 0x8
	.long	.LASF486
	.byte	0x5f
	.byte	0x21
	.quad	.LDL107
	.uleb128 0x8
	.long	.LASF487
	.byte	0x5f
	.byte	0x21
	.quad	.L394
	.uleb128 0x5
	.long	.LASF488
	.byte	0x5f
	.byte	0x21
	.uleb128 0x5
	.long	.LASF489
	.byte	0x5f
	.byte	0x21
	.uleb128 0x5
	.long	.LASF490
	.byte	0x5f
	.byte	0x21
	.uleb128 0xf
	.long	0x4ca7
	.quad	.LBI1031
	.byte	.LVU2875
	.long	.LLRL621
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x4b19
	.uleb128 0x1
	.long	0x4cce
	.long	.LLST622
	.long	.LVUS622
	.uleb128 0x1
	.long	0x4cc2
	.long	.LLST623
	.long	.LVUS623
	.uleb128 0x1
	.long	0x4cb8
	.long	.LLST624
	.long	.LVUS624
	.uleb128 0xb
	.long	.LLRL621
	.uleb128 0x2
	.long	0x4cd9
	.long	.LLST625
	.long	.LVUS625
	.uleb128 0x9
	.long	0x4ce3
	.quad	.LDL108
	.uleb128 0x1c
	.long	0x4cea
	.quad	.LBB1033
	.quad	.LBE1033-.LBB1033
	.long	0x4b00
	.uleb128 0x2
	.long	0x4cef
	.long	.LLST626
	.long	.LVUS626
	.uleb128 0x2
	.long	0x4cf9
	.long	.LLST627
	.long	.LVUS627
	.byte	0
	.uleb128 0x19
	.long	0x4d04
	.long	.LLRL628
	.uleb128 0x2
	.long	0x4d05
	.long	.LLST629
	.long	.LVUS629
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1038
	.byte	.LVU2902
	.long	.LLRL630
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x4b60
	.uleb128 0x1
	.long	0x8885
	.long	.LLST631
	.long	.LVUS631
	.uleb128 0x1
	.long	0x888f
	.long	.LLST632
	.long	.LVUS632
	.uleb128 0xb
	.long	.LLRL630
	.uleb128 0x2
	.long	0x889a
	.long	.LLST633
	.long	.LVUS633
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL703
	.long	0xf2a
	.long	0x4b77
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL704
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF491
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0xd7a
	.quad	.LFB83
	.quad	.LFE83-.LFB83
	.uleb128 0x1
	.byte	0x9c
	.long	0x4ca7
	.uleb128 0x12
	.string	"m"
	.byte	0x5f
	.byte	0x21
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x5f
	.byte	0x21
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x94b
	.long	.LLST124
	.long	.LVUS124
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5f
	.byte	0x21
	.long	0x5b2
	.byte	0x13
	.uleb128 0x8
	.long	.LASF492
	.byte	0x5f
	.byte	0x21
	.quad	.LDL37
	.uleb128 0x1b
	.long	0x4ca7
	.quad	.LBI365
	.byte	.LVU526
	.quad	.LBB365
	.quad	.LBE365-.LBB365
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.uleb128 0x1
	.long	0x4cce
	.long	.LLST125
	.long	.LVUS125
	.uleb128 0x1
	.long	0x4cc2
	.long	.LLST126
	.long	.LVUS126
	.uleb128 0x1
	.long	0x4cb8
	.long	.LLST127
	.long	.LVUS127
	.uleb128 0x15
	.long	0x4cd9
	.byte	0x13
	.uleb128 0x9
	.long	0x4ce3
	.quad	.LDL38
	.uleb128 0x1c
	.long	0x4cea
	.quad	.LBB367
	.quad	.LBE367-.LBB367
	.long	0x4c82
	.uleb128 0x2
	.long	0x4cef
	.long	.LLST128
	.long	.LVUS128
	.uleb128 0x2
	.long	0x4cf9
	.long	.LLST129
	.long	.LVUS129
	.byte	0
	.uleb128 0x24
	.long	0x4d04
	.quad	.LBB368
	.quad	.LBE368-.LBB368
	.uleb128 0x2
	.long	0x4d05
	.long	.LLST130
	.long	.LVUS130
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF493
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x4d12
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x5f
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x5f
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF494
	.byte	0x5f
	.byte	0x21
	.uleb128 0x1e
	.long	0x4d04
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x5f
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x5f
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x5f
	.byte	0x21
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF495
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xd7a
	.quad	.LFB81
	.quad	.LFE81-.LFB81
	.uleb128 0x1
	.byte	0x9c
	.long	0x4ec4
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xdc4
	.long	.LLST710
	.long	.LVUS710
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x1c9
	.long	.LLST711
	.long	.LVUS711
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x94b
	.long	.LLST712
	.long	.LVUS712
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5d
	.byte	0x44
	.long	0x5b2
	.byte	0x12
	.uleb128 0x8
	.long	.LASF496
	.byte	0x5d
	.byte	0x44
	.quad	.LDL119
	.uleb128 0x8
	.long	.LASF497
	.byte	0x5d
	.byte	0x44
	.quad	.L448
	.uleb128 0x5
	.long	.LASF498
	.byte	0x5d
	.byte	0x44
	.uleb128 0x5
	.long	.LASF499
	.byte	0x5d
	.byte	0x44
	.uleb128 0x5
	.long	.LASF500
	.byte	0x5d
	.byte	0x44
	.uleb128 0x28
	.long	0x4fc8
	.quad	.LBI1148
	.byte	.LVU3256
	.quad	.LBB1148
	.quad	.LBE1148-.LBB1148
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x4e52
	.uleb128 0x1
	.long	0x4fef
	.long	.LLST713
	.long	.LVUS713
	.uleb128 0x1
	.long	0x4fe3
	.long	.LLST714
	.long	.LVUS714
	.uleb128 0x1
	.long	0x4fd9
	.long	.LLST715
	.long	.LVUS715
	.uleb128 0x2
	.long	0x4ffa
	.long	.LLST716
	.long	.LVUS716
	.uleb128 0x9
	.long	0x5004
	.quad	.LDL120
	.uleb128 0x1a
	.long	0x500b
	.long	.LLRL717
	.long	0x4e3a
	.uleb128 0x2
	.long	0x5010
	.long	.LLST718
	.long	.LVUS718
	.uleb128 0x2
	.long	0x501a
	.long	.LLST719
	.long	.LVUS719
	.byte	0
	.uleb128 0x19
	.long	0x5025
	.long	.LLRL720
	.uleb128 0x2
	.long	0x5026
	.long	.LLST721
	.long	.LVUS721
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1154
	.byte	.LVU3285
	.long	.LLRL722
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x4e99
	.uleb128 0x1
	.long	0x8885
	.long	.LLST723
	.long	.LVUS723
	.uleb128 0x1
	.long	0x888f
	.long	.LLST724
	.long	.LVUS724
	.uleb128 0xb
	.long	.LLRL722
	.uleb128 0x2
	.long	0x889a
	.long	.LLST725
	.long	.LVUS725
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL814
	.long	0xf2a
	.long	0x4eb0
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL815
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF501
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0xd7a
	.quad	.LFB80
	.quad	.LFE80-.LFB80
	.uleb128 0x1
	.byte	0x9c
	.long	0x4fc8
	.uleb128 0x12
	.string	"m"
	.byte	0x5d
	.byte	0x44
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x5d
	.byte	0x44
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x94b
	.long	.LLST115
	.long	.LVUS115
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5d
	.byte	0x44
	.long	0x5b2
	.byte	0x12
	.uleb128 0x8
	.long	.LASF502
	.byte	0x5d
	.byte	0x44
	.quad	.LDL35
	.uleb128 0x1b
	.long	0x4fc8
	.quad	.LBI359
	.byte	.LVU494
	.quad	.LBB359
	.quad	.LBE359-.LBB359
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.uleb128 0x1
	.long	0x4fef
	.long	.LLST116
	.long	.LVUS116
	.uleb128 0x1
	.long	0x4fe3
	.long	.LLST117
	.long	.LVUS117
	.uleb128 0x1
	.long	0x4fd9
	.long	.LLST118
	.long	.LVUS118
	.uleb128 0x15
	.long	0x4ffa
	.byte	0x12
	.uleb128 0x9
	.long	0x5004
	.quad	.LDL36
	.uleb128 0x1a
	.long	0x500b
	.long	.LLRL119
	.long	0x4faf
	.uleb128 0x2
	.long	0x5010
	.long	.LLST120
	.long	.LVUS120
	.uleb128 0x2
	.long	0x501a
	.long	.LLST121
	.long	.LVUS121
	.byte	0
	.uleb128 0x19
	.long	0x5025
	.long	.LLRL122
	.uleb128 0x2
	.long	0x5026
	.long	.LLST123
	.long	.LVUS123
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF503
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5033
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x5d
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x5d
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF504
	.byte	0x5d
	.byte	0x44
	.uleb128 0x1e
	.long	0x5025
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x5d
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x5d
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x5d
	.byte	0x44
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF505
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xd7a
	.quad	.LFB78
	.quad	.LFE78-.LFB78
	.uleb128 0x1
	.byte	0x9c
	.long	0x51e5
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xdc4
	.long	.LLST694
	.long	.LVUS694
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x1c9
	.long	.LLST695
	.long	.LVUS695
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x94b
	.long	.LLST696
	.long	.LVUS696
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5b
	.byte	0x37
	.long	0x5b2
	.byte	0x11
	.uleb128 0x8
	.long	.LASF506
	.byte	0x5b
	.byte	0x37
	.quad	.LDL117
	.uleb128 0x8
	.long	.LASF507
	.byte	0x5b
	.byte	0x37
	.quad	.L439
	.uleb128 0x5
	.long	.LASF508
	.byte	0x5b
	.byte	0x37
	.uleb128 0x5
	.long	.LASF509
	.byte	0x5b
	.byte	0x37
	.uleb128 0x5
	.long	.LASF510
	.byte	0x5b
	.byte	0x37
	.uleb128 0x28
	.long	0x52e9
	.quad	.LBI1130
	.byte	.LVU3189
	.quad	.LBB1130
	.quad	.LBE1130-.LBB1130
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x5173
	.uleb128 0x1
	.long	0x5310
	.long	.LLST697
	.long	.LVUS697
	.uleb128 0x1
	.long	0x5304
	.long	.LLST698
	.long	.LVUS698
	.uleb128 0x1
	.long	0x52fa
	.long	.LLST699
	.long	.LVUS699
	.uleb128 0x2
	.long	0x531b
	.long	.LLST700
	.long	.LVUS700
	.uleb128 0x9
	.long	0x5325
	.quad	.LDL118
	.uleb128 0x1a
	.long	0x532c
	.long	.LLRL701
	.long	0x515b
	.uleb128 0x2
	.long	0x5331
	.long	.LLST702
	.long	.LVUS702
	.uleb128 0x2
	.long	0x533b
	.long	.LLST703
	.long	.LVUS703
	.byte	0
	.uleb128 0x19
	.long	0x5346
	.long	.LLRL704
	.uleb128 0x2
	.long	0x5347
	.long	.LLST705
	.long	.LVUS705
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1136
	.byte	.LVU3218
	.long	.LLRL706
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x51ba
	.uleb128 0x1
	.long	0x8885
	.long	.LLST707
	.long	.LVUS707
	.uleb128 0x1
	.long	0x888f
	.long	.LLST708
	.long	.LVUS708
	.uleb128 0xb
	.long	.LLRL706
	.uleb128 0x2
	.long	0x889a
	.long	.LLST709
	.long	.LVUS709
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL795
	.long	0xf2a
	.long	0x51d1
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL796
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF511
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0xd7a
	.quad	.LFB77
	.quad	.LFE77-.LFB77
	.uleb128 0x1
	.byte	0x9c
	.long	0x52e9
	.uleb128 0x12
	.string	"m"
	.byte	0x5b
	.byte	0x37
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x5b
	.byte	0x37
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x94b
	.long	.LLST106
	.long	.LVUS106
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5b
	.byte	0x37
	.long	0x5b2
	.byte	0x11
	.uleb128 0x8
	.long	.LASF512
	.byte	0x5b
	.byte	0x37
	.quad	.LDL33
	.uleb128 0x1b
	.long	0x52e9
	.quad	.LBI353
	.byte	.LVU462
	.quad	.LBB353
	.quad	.LBE353-.LBB353
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.uleb128 0x1
	.long	0x5310
	.long	.LLST107
	.long	.LVUS107
	.uleb128 0x1
	.long	0x5304
	.long	.LLST108
	.long	.LVUS108
	.uleb128 0x1
	.long	0x52fa
	.long	.LLST109
	.long	.LVUS109
	.uleb128 0x15
	.long	0x531b
	.byte	0x11
	.uleb128 0x9
	.long	0x5325
	.quad	.LDL34
	.uleb128 0x1a
	.long	0x532c
	.long	.LLRL110
	.long	0x52d0
	.uleb128 0x2
	.long	0x5331
	.long	.LLST111
	.long	.LVUS111
	.uleb128 0x2
	.long	0x533b
	.long	.LLST112
	.long	.LVUS112
	.byte	0
	.uleb128 0x19
	.long	0x5346
	.long	.LLRL113
	.uleb128 0x2
	.long	0x5347
	.long	.LLST114
	.long	.LVUS114
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF513
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5354
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x5b
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x5b
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF514
	.byte	0x5b
	.byte	0x37
	.uleb128 0x1e
	.long	0x5346
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x5b
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x5b
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x5b
	.byte	0x37
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF515
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xd7a
	.quad	.LFB75
	.quad	.LFE75-.LFB75
	.uleb128 0x1
	.byte	0x9c
	.long	0x5506
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xdc4
	.long	.LLST554
	.long	.LVUS554
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x1c9
	.long	.LLST555
	.long	.LVUS555
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x94b
	.long	.LLST556
	.long	.LVUS556
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5a
	.byte	0x20
	.long	0x5b2
	.byte	0x10
	.uleb128 0x8
	.long	.LASF516
	.byte	0x5a
	.byte	0x20
	.quad	.LDL99
	.uleb128 0x8
	.long	.LASF517
	.byte	0x5a
	.byte	0x20
	.quad	.L353
	.uleb128 0x5
	.long	.LASF518
	.byte	0x5a
	.byte	0x20
	.uleb128 0x5
	.long	.LASF519
	.byte	0x5a
	.byte	0x20
	.uleb128 0x5
	.long	.LASF520
	.byte	0x5a
	.byte	0x20
	.uleb128 0x28
	.long	0x560a
	.quad	.LBI942
	.byte	.LVU2604
	.quad	.LBB942
	.quad	.LBE942-.LBB942
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x5494
	.uleb128 0x1
	.long	0x5631
	.long	.LLST557
	.long	.LVUS557
	.uleb128 0x1
	.long	0x5625
	.long	.LLST558
	.long	.LVUS558
	.uleb128 0x1
	.long	0x561b
	.long	.LLST559
	.long	.LVUS559
	.uleb128 0x2
	.long	0x563c
	.long	.LLST560
	.long	.LVUS560
	.uleb128 0x9
	.long	0x5646
	.quad	.LDL100
	.uleb128 0x1a
	.long	0x564d
	.long	.LLRL561
	.long	0x547c
	.uleb128 0x2
	.long	0x5652
	.long	.LLST562
	.long	.LVUS562
	.uleb128 0x2
	.long	0x565c
	.long	.LLST563
	.long	.LVUS563
	.byte	0
	.uleb128 0x19
	.long	0x5667
	.long	.LLRL564
	.uleb128 0x2
	.long	0x5668
	.long	.LLST565
	.long	.LVUS565
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI948
	.byte	.LVU2633
	.long	.LLRL566
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x54db
	.uleb128 0x1
	.long	0x8885
	.long	.LLST567
	.long	.LVUS567
	.uleb128 0x1
	.long	0x888f
	.long	.LLST568
	.long	.LVUS568
	.uleb128 0xb
	.long	.LLRL566
	.uleb128 0x2
	.long	0x889a
	.long	.LLST569
	.long	.LVUS569
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL623
	.long	0xf2a
	.long	0x54f2
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL624
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF521
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0xd7a
	.quad	.LFB74
	.quad	.LFE74-.LFB74
	.uleb128 0x1
	.byte	0x9c
	.long	0x560a
	.uleb128 0x12
	.string	"m"
	.byte	0x5a
	.byte	0x20
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x5a
	.byte	0x20
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x94b
	.long	.LLST97
	.long	.LVUS97
	.uleb128 0xe
	.long	.LASF330
	.byte	0x5a
	.byte	0x20
	.long	0x5b2
	.byte	0x10
	.uleb128 0x8
	.long	.LASF522
	.byte	0x5a
	.byte	0x20
	.quad	.LDL31
	.uleb128 0x1b
	.long	0x560a
	.quad	.LBI347
	.byte	.LVU430
	.quad	.LBB347
	.quad	.LBE347-.LBB347
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.uleb128 0x1
	.long	0x5631
	.long	.LLST98
	.long	.LVUS98
	.uleb128 0x1
	.long	0x5625
	.long	.LLST99
	.long	.LVUS99
	.uleb128 0x1
	.long	0x561b
	.long	.LLST100
	.long	.LVUS100
	.uleb128 0x15
	.long	0x563c
	.byte	0x10
	.uleb128 0x9
	.long	0x5646
	.quad	.LDL32
	.uleb128 0x1a
	.long	0x564d
	.long	.LLRL101
	.long	0x55f1
	.uleb128 0x2
	.long	0x5652
	.long	.LLST102
	.long	.LVUS102
	.uleb128 0x2
	.long	0x565c
	.long	.LLST103
	.long	.LVUS103
	.byte	0
	.uleb128 0x19
	.long	0x5667
	.long	.LLRL104
	.uleb128 0x2
	.long	0x5668
	.long	.LLST105
	.long	.LVUS105
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF523
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5675
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x5a
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x5a
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF524
	.byte	0x5a
	.byte	0x20
	.uleb128 0x1e
	.long	0x5667
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x5a
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x5a
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x5a
	.byte	0x20
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF525
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xd7a
	.quad	.LFB72
	.quad	.LFE72-.LFB72
	.uleb128 0x1
	.byte	0x9c
	.long	0x5827
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xdc4
	.long	.LLST538
	.long	.LVUS538
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x1c9
	.long	.LLST539
	.long	.LVUS539
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x94b
	.long	.LLST540
	.long	.LVUS540
	.uleb128 0xe
	.long	.LASF330
	.byte	0x59
	.byte	0x20
	.long	0x5b2
	.byte	0xf
	.uleb128 0x8
	.long	.LASF526
	.byte	0x59
	.byte	0x20
	.quad	.LDL97
	.uleb128 0x8
	.long	.LASF527
	.byte	0x59
	.byte	0x20
	.quad	.L344
	.uleb128 0x5
	.long	.LASF528
	.byte	0x59
	.byte	0x20
	.uleb128 0x5
	.long	.LASF529
	.byte	0x59
	.byte	0x20
	.uleb128 0x5
	.long	.LASF530
	.byte	0x59
	.byte	0x20
	.uleb128 0x28
	.long	0x592b
	.quad	.LBI924
	.byte	.LVU2537
	.quad	.LBB924
	.quad	.LBE924-.LBB924
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x57b5
	.uleb128 0x1
	.long	0x5952
	.long	.LLST541
	.long	.LVUS541
	.uleb128 0x1
	.long	0x5946
	.long	.LLST542
	.long	.LVUS542
	.uleb128 0x1
	.long	0x593c
	.long	.LLST543
	.long	.LVUS543
	.uleb128 0x2
	.long	0x595d
	.long	.LLST544
	.long	.LVUS544
	.uleb128 0x9
	.long	0x5967
	.quad	.LDL98
	.uleb128 0x1a
	.long	0x596e
	.long	.LLRL545
	.long	0x579d
	.uleb128 0x2
	.long	0x5973
	.long	.LLST546
	.long	.LVUS546
	.uleb128 0x2
	.long	0x597d
	.long	.LLST547
	.long	.LVUS547
	.byte	0
	.uleb128 0x19
	.long	0x5988
	.long	.LLRL548
	.uleb128 0x2
	.long	0x5989
	.long	.LLST549
	.long	.LVUS549
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI930
	.byte	.LVU2566
	.long	.LLRL550
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x57fc
	.uleb128 0x1
	.long	0x8885
	.long	.LLST551
	.long	.LVUS551
	.uleb128 0x1
	.long	0x888f
	.long	.LLST552
	.long	.LVUS552
	.uleb128 0xb
	.long	.LLRL550
	.uleb128 0x2
	.long	0x889a
	.long	.LLST553
	.long	.LVUS553
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL604
	.long	0xf2a
	.long	0x5813
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL605
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF531
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0xd7a
	.quad	.LFB71
	.quad	.LFE71-.LFB71
	.uleb128 0x1
	.byte	0x9c
	.long	0x592b
	.uleb128 0x12
	.string	"m"
	.byte	0x59
	.byte	0x20
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x59
	.byte	0x20
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x94b
	.long	.LLST88
	.long	.LVUS88
	.uleb128 0xe
	.long	.LASF330
	.byte	0x59
	.byte	0x20
	.long	0x5b2
	.byte	0xf
	.uleb128 0x8
	.long	.LASF532
	.byte	0x59
	.byte	0x20
	.quad	.LDL29
	.uleb128 0x1b
	.long	0x592b
	.quad	.LBI341
	.byte	.LVU398
	.quad	.LBB341
	.quad	.LBE341-.LBB341
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.uleb128 0x1
	.long	0x5952
	.long	.LLST89
	.long	.LVUS89
	.uleb128 0x1
	.long	0x5946
	.long	.LLST90
	.long	.LVUS90
	.uleb128 0x1
	.long	0x593c
	.long	.LLST91
	.long	.LVUS91
	.uleb128 0x15
	.long	0x595d
	.byte	0xf
	.uleb128 0x9
	.long	0x5967
	.quad	.LDL30
	.uleb128 0x1a
	.long	0x596e
	.long	.LLRL92
	.long	0x5912
	.uleb128 0x2
	.long	0x5973
	.long	.LLST93
	.long	.LVUS93
	.uleb128 0x2
	.long	0x597d
	.long	.LLST94
	.long	.LVUS94
	.byte	0
	.uleb128 0x19
	.long	0x5988
	.long	.LLRL95
	.uleb128 0x2
	.long	0x5989
	.long	.LLST96
	.long	.LVUS96
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF533
	.byte	0x1
	.byte	0x59
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5996
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x59
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x59
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x59
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x59
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF534
	.byte	0x59
	.byte	0x20
	.uleb128 0x1e
	.long	0x5988
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x59
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x59
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x59
	.byte	0x20
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF535
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xd7a
	.quad	.LFB69
	.quad	.LFE69-.LFB69
	.uleb128 0x1
	.byte	0x9c
	.long	0x5b48
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xdc4
	.long	.LLST522
	.long	.LVUS522
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x1c9
	.long	.LLST523
	.long	.LVUS523
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x94b
	.long	.LLST524
	.long	.LVUS524
	.uleb128 0xe
	.long	.LASF330
	.byte	0x58
	.byte	0x20
	.long	0x5b2
	.byte	0xe
	.uleb128 0x8
	.long	.LASF536
	.byte	0x58
	.byte	0x20
	.quad	.LDL95
	.uleb128 0x8
	.long	.LASF537
	.byte	0x58
	.byte	0x20
	.quad	.L335
	.uleb128 0x5
	.long	.LASF538
	.byte	0x58
	.byte	0x20
	.uleb128 0x5
	.long	.LASF539
	.byte	0x58
	.byte	0x20
	.uleb128 0x5
	.long	.LASF540
	.byte	0x58
	.byte	0x20
	.uleb128 0x28
	.long	0x5c4c
	.quad	.LBI906
	.byte	.LVU2470
	.quad	.LBB906
	.quad	.LBE906-.LBB906
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x5ad6
	.uleb128 0x1
	.long	0x5c73
	.long	.LLST525
	.long	.LVUS525
	.uleb128 0x1
	.long	0x5c67
	.long	.LLST526
	.long	.LVUS526
	.uleb128 0x1
	.long	0x5c5d
	.long	.LLST527
	.long	.LVUS527
	.uleb128 0x2
	.long	0x5c7e
	.long	.LLST528
	.long	.LVUS528
	.uleb128 0x9
	.long	0x5c88
	.quad	.LDL96
	.uleb128 0x1a
	.long	0x5c8f
	.long	.LLRL529
	.long	0x5abe
	.uleb128 0x2
	.long	0x5c94
	.long	.LLST530
	.long	.LVUS530
	.uleb128 0x2
	.long	0x5c9e
	.long	.LLST531
	.long	.LVUS531
	.byte	0
	.uleb128 0x19
	.long	0x5ca9
	.long	.LLRL532
	.uleb128 0x2
	.long	0x5caa
	.long	.LLST533
	.long	.LVUS533
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI912
	.byte	.LVU2499
	.long	.LLRL534
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x5b1d
	.uleb128 0x1
	.long	0x8885
	.long	.LLST535
	.long	.LVUS535
	.uleb128 0x1
	.long	0x888f
	.long	.LLST536
	.long	.LVUS536
	.uleb128 0xb
	.long	.LLRL534
	.uleb128 0x2
	.long	0x889a
	.long	.LLST537
	.long	.LVUS537
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL585
	.long	0xf2a
	.long	0x5b34
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL586
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF541
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0xd7a
	.quad	.LFB68
	.quad	.LFE68-.LFB68
	.uleb128 0x1
	.byte	0x9c
	.long	0x5c4c
	.uleb128 0x12
	.string	"m"
	.byte	0x58
	.byte	0x20
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x58
	.byte	0x20
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x94b
	.long	.LLST79
	.long	.LVUS79
	.uleb128 0xe
	.long	.LASF330
	.byte	0x58
	.byte	0x20
	.long	0x5b2
	.byte	0xe
	.uleb128 0x8
	.long	.LASF542
	.byte	0x58
	.byte	0x20
	.quad	.LDL27
	.uleb128 0x1b
	.long	0x5c4c
	.quad	.LBI335
	.byte	.LVU366
	.quad	.LBB335
	.quad	.LBE335-.LBB335
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.uleb128 0x1
	.long	0x5c73
	.long	.LLST80
	.long	.LVUS80
	.uleb128 0x1
	.long	0x5c67
	.long	.LLST81
	.long	.LVUS81
	.uleb128 0x1
	.long	0x5c5d
	.long	.LLST82
	.long	.LVUS82
	.uleb128 0x15
	.long	0x5c7e
	.byte	0xe
	.uleb128 0x9
	.long	0x5c88
	.quad	.LDL28
	.uleb128 0x1a
	.long	0x5c8f
	.long	.LLRL83
	.long	0x5c33
	.uleb128 0x2
	.long	0x5c94
	.long	.LLST84
	.long	.LVUS84
	.uleb128 0x2
	.long	0x5c9e
	.long	.LLST85
	.long	.LVUS85
	.byte	0
	.uleb128 0x19
	.long	0x5ca9
	.long	.LLRL86
	.uleb128 0x2
	.long	0x5caa
	.long	.LLST87
	.long	.LVUS87
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF543
	.byte	0x1
	.byte	0x58
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5cb7
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x58
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x58
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x58
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x58
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF544
	.byte	0x58
	.byte	0x20
	.uleb128 0x1e
	.long	0x5ca9
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x58
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x58
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x58
	.byte	0x20
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF545
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xd7a
	.quad	.LFB66
	.quad	.LFE66-.LFB66
	.uleb128 0x1
	.byte	0x9c
	.long	0x5e3b
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xdc4
	.long	.LLST403
	.long	.LVUS403
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x1c9
	.long	.LLST404
	.long	.LVUS404
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x94b
	.long	.LLST405
	.long	.LVUS405
	.uleb128 0xe
	.long	.LASF330
	.byte	0x56
	.byte	0x1
	.long	0x5b2
	.byte	0xd
	.uleb128 0x8
	.long	.LASF546
	.byte	0x56
	.byte	0x1
	.quad	.LDL79
	.uleb128 0x8
	.long	.LASF547
	.byte	0x56
	.byte	0x1
	.quad	.L256
	.uleb128 0x5
	.long	.LASF548
	.byte	0x56
	.byte	0x1
	.uleb128 0x5
	.long	.LASF549
	.byte	0x56
	.byte	0x1
	.uleb128 0x5
	.long	.LASF550
	.byte	0x56
	.byte	0x1
	.uleb128 0xf
	.long	0x5f1c
	.quad	.LBI753
	.byte	.LVU1971
	.long	.LLRL406
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x5dc9
	.uleb128 0x1
	.long	0x5f43
	.long	.LLST407
	.long	.LVUS407
	.uleb128 0x1
	.long	0x5f37
	.long	.LLST408
	.long	.LVUS408
	.uleb128 0x1
	.long	0x5f2d
	.long	.LLST409
	.long	.LVUS409
	.uleb128 0xb
	.long	.LLRL406
	.uleb128 0x2
	.long	0x5f4e
	.long	.LLST410
	.long	.LVUS410
	.uleb128 0x9
	.long	0x5f58
	.quad	.LDL80
	.uleb128 0x19
	.long	0x5f5f
	.long	.LLRL411
	.uleb128 0x2
	.long	0x5f60
	.long	.LLST412
	.long	.LVUS412
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI759
	.byte	.LVU1991
	.long	.LLRL413
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x5e10
	.uleb128 0x1
	.long	0x8885
	.long	.LLST414
	.long	.LVUS414
	.uleb128 0x1
	.long	0x888f
	.long	.LLST415
	.long	.LVUS415
	.uleb128 0xb
	.long	.LLRL413
	.uleb128 0x2
	.long	0x889a
	.long	.LLST416
	.long	.LVUS416
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL442
	.long	0xf2a
	.long	0x5e27
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL443
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF551
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0xd7a
	.quad	.LFB65
	.quad	.LFE65-.LFB65
	.uleb128 0x1
	.byte	0x9c
	.long	0x5f1c
	.uleb128 0x12
	.string	"m"
	.byte	0x56
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x56
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x56
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x56
	.byte	0x1
	.long	0x5b2
	.byte	0xd
	.uleb128 0x8
	.long	.LASF552
	.byte	0x56
	.byte	0x1
	.quad	.LDL25
	.uleb128 0x1b
	.long	0x5f1c
	.quad	.LBI332
	.byte	.LVU343
	.quad	.LBB332
	.quad	.LBE332-.LBB332
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.uleb128 0x1
	.long	0x5f43
	.long	.LLST75
	.long	.LVUS75
	.uleb128 0x1
	.long	0x5f37
	.long	.LLST76
	.long	.LVUS76
	.uleb128 0x1
	.long	0x5f2d
	.long	.LLST77
	.long	.LVUS77
	.uleb128 0x15
	.long	0x5f4e
	.byte	0xd
	.uleb128 0x9
	.long	0x5f58
	.quad	.LDL26
	.uleb128 0x24
	.long	0x5f5f
	.quad	.LBB334
	.quad	.LBE334-.LBB334
	.uleb128 0x2
	.long	0x5f60
	.long	.LLST78
	.long	.LVUS78
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF553
	.byte	0x1
	.byte	0x54
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x5f6d
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x54
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x54
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x54
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x54
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF554
	.byte	0x56
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x56
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF555
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xd7a
	.quad	.LFB63
	.quad	.LFE63-.LFB63
	.uleb128 0x1
	.byte	0x9c
	.long	0x60f1
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xdc4
	.long	.LLST389
	.long	.LVUS389
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x1c9
	.long	.LLST390
	.long	.LVUS390
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x94b
	.long	.LLST391
	.long	.LVUS391
	.uleb128 0xe
	.long	.LASF330
	.byte	0x52
	.byte	0x1
	.long	0x5b2
	.byte	0xc
	.uleb128 0x8
	.long	.LASF556
	.byte	0x52
	.byte	0x1
	.quad	.LDL77
	.uleb128 0x8
	.long	.LASF557
	.byte	0x52
	.byte	0x1
	.quad	.L247
	.uleb128 0x5
	.long	.LASF558
	.byte	0x52
	.byte	0x1
	.uleb128 0x5
	.long	.LASF559
	.byte	0x52
	.byte	0x1
	.uleb128 0x5
	.long	.LASF560
	.byte	0x52
	.byte	0x1
	.uleb128 0xf
	.long	0x61d2
	.quad	.LBI736
	.byte	.LVU1913
	.long	.LLRL392
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x607f
	.uleb128 0x1
	.long	0x61f9
	.long	.LLST393
	.long	.LVUS393
	.uleb128 0x1
	.long	0x61ed
	.long	.LLST394
	.long	.LVUS394
	.uleb128 0x1
	.long	0x61e3
	.long	.LLST395
	.long	.LVUS395
	.uleb128 0xb
	.long	.LLRL392
	.uleb128 0x2
	.long	0x6204
	.long	.LLST396
	.long	.LVUS396
	.uleb128 0x9
	.long	0x620e
	.quad	.LDL78
	.uleb128 0x19
	.long	0x6215
	.long	.LLRL397
	.uleb128 0x2
	.long	0x6216
	.long	.LLST398
	.long	.LVUS398
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI742
	.byte	.LVU1933
	.long	.LLRL399
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x60c6
	.uleb128 0x1
	.long	0x8885
	.long	.LLST400
	.long	.LVUS400
	.uleb128 0x1
	.long	0x888f
	.long	.LLST401
	.long	.LVUS401
	.uleb128 0xb
	.long	.LLRL399
	.uleb128 0x2
	.long	0x889a
	.long	.LLST402
	.long	.LVUS402
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL425
	.long	0xf2a
	.long	0x60dd
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL426
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF561
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0xd7a
	.quad	.LFB62
	.quad	.LFE62-.LFB62
	.uleb128 0x1
	.byte	0x9c
	.long	0x61d2
	.uleb128 0x12
	.string	"m"
	.byte	0x52
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x52
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x52
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x52
	.byte	0x1
	.long	0x5b2
	.byte	0xc
	.uleb128 0x8
	.long	.LASF562
	.byte	0x52
	.byte	0x1
	.quad	.LDL23
	.uleb128 0x1b
	.long	0x61d2
	.quad	.LBI329
	.byte	.LVU320
	.quad	.LBB329
	.quad	.LBE329-.LBB329
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.uleb128 0x1
	.long	0x61f9
	.long	.LLST71
	.long	.LVUS71
	.uleb128 0x1
	.long	0x61ed
	.long	.LLST72
	.long	.LVUS72
	.uleb128 0x1
	.long	0x61e3
	.long	.LLST73
	.long	.LVUS73
	.uleb128 0x15
	.long	0x6204
	.byte	0xc
	.uleb128 0x9
	.long	0x620e
	.quad	.LDL24
	.uleb128 0x24
	.long	0x6215
	.quad	.LBB331
	.quad	.LBE331-.LBB331
	.uleb128 0x2
	.long	0x6216
	.long	.LLST74
	.long	.LVUS74
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF563
	.byte	0x1
	.byte	0x50
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x6223
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x50
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x50
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x50
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x50
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF564
	.byte	0x52
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x52
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF565
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB60
	.quad	.LFE60-.LFB60
	.uleb128 0x1
	.byte	0x9c
	.long	0x6431
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xdc4
	.long	.LLST803
	.long	.LVUS803
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x1c9
	.long	.LLST804
	.long	.LVUS804
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x94b
	.long	.LLST805
	.long	.LVUS805
	.uleb128 0xe
	.long	.LASF330
	.byte	0x4e
	.byte	0x1
	.long	0x5b2
	.byte	0xb
	.uleb128 0x8
	.long	.LASF566
	.byte	0x4e
	.byte	0x1
	.quad	.LDL129
	.uleb128 0x8
	.long	.LASF567
	.byte	0x4e
	.byte	0x1
	.quad	.L528
	.uleb128 0x5
	.long	.LASF568
	.byte	0x4e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF569
	.byte	0x4e
	.byte	0x1
	.uleb128 0x5
	.long	.LASF570
	.byte	0x4e
	.byte	0x1
	.uleb128 0xf
	.long	0x65d0
	.quad	.LBI1289
	.byte	.LVU3682
	.long	.LLRL806
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x63ed
	.uleb128 0x1
	.long	0x65f7
	.long	.LLST807
	.long	.LVUS807
	.uleb128 0x1
	.long	0x65eb
	.long	.LLST808
	.long	.LVUS808
	.uleb128 0x1
	.long	0x65e1
	.long	.LLST809
	.long	.LVUS809
	.uleb128 0xb
	.long	.LLRL806
	.uleb128 0x2
	.long	0x6602
	.long	.LLST810
	.long	.LVUS810
	.uleb128 0x9
	.long	0x660c
	.quad	.L534
	.uleb128 0x9
	.long	0x6613
	.quad	.LDL130
	.uleb128 0x1c
	.long	0x661a
	.quad	.LBB1291
	.quad	.LBE1291-.LBB1291
	.long	0x635d
	.uleb128 0x2
	.long	0x661f
	.long	.LLST811
	.long	.LVUS811
	.uleb128 0x2
	.long	0x6629
	.long	.LLST812
	.long	.LVUS812
	.byte	0
	.uleb128 0x1c
	.long	0x6634
	.quad	.LBB1292
	.quad	.LBE1292-.LBB1292
	.long	0x6384
	.uleb128 0x2
	.long	0x6635
	.long	.LLST813
	.long	.LVUS813
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1293
	.byte	.LVU3736
	.long	.LLRL814
	.byte	0x1
	.byte	0x4c
	.byte	0x9
	.long	0x63cb
	.uleb128 0x1
	.long	0x8885
	.long	.LLST815
	.long	.LVUS815
	.uleb128 0x1
	.long	0x888f
	.long	.LLST816
	.long	.LVUS816
	.uleb128 0xb
	.long	.LLRL814
	.uleb128 0x2
	.long	0x889a
	.long	.LLST817
	.long	.LVUS817
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL957
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL958
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	0x8874
	.quad	.LBI1300
	.byte	.LVU3713
	.long	.LLRL818
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	0x8885
	.long	.LLST819
	.long	.LVUS819
	.uleb128 0x1
	.long	0x888f
	.long	.LLST820
	.long	.LVUS820
	.uleb128 0xb
	.long	.LLRL818
	.uleb128 0x2
	.long	0x889a
	.long	.LLST821
	.long	.LVUS821
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF571
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xd7a
	.quad	.LFB59
	.quad	.LFE59-.LFB59
	.uleb128 0x1
	.byte	0x9c
	.long	0x65d0
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0xdc4
	.long	.LLST417
	.long	.LVUS417
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x1c9
	.long	.LLST418
	.long	.LVUS418
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x94b
	.long	.LLST419
	.long	.LVUS419
	.uleb128 0xe
	.long	.LASF330
	.byte	0x4e
	.byte	0x1
	.long	0x5b2
	.byte	0xb
	.uleb128 0x8
	.long	.LASF572
	.byte	0x4e
	.byte	0x1
	.quad	.LDL81
	.uleb128 0x1d
	.long	0x65d0
	.quad	.LBI771
	.byte	.LVU2016
	.long	.LLRL420
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1
	.long	0x65f7
	.long	.LLST421
	.long	.LVUS421
	.uleb128 0x1
	.long	0x65eb
	.long	.LLST422
	.long	.LVUS422
	.uleb128 0x1
	.long	0x65e1
	.long	.LLST423
	.long	.LVUS423
	.uleb128 0xb
	.long	.LLRL420
	.uleb128 0x15
	.long	0x6602
	.byte	0xb
	.uleb128 0x9
	.long	0x660c
	.quad	.L265
	.uleb128 0x9
	.long	0x6613
	.quad	.LDL82
	.uleb128 0x1a
	.long	0x661a
	.long	.LLRL424
	.long	0x6530
	.uleb128 0x2
	.long	0x661f
	.long	.LLST425
	.long	.LVUS425
	.uleb128 0x2
	.long	0x6629
	.long	.LLST426
	.long	.LVUS426
	.byte	0
	.uleb128 0x1c
	.long	0x6634
	.quad	.LBB775
	.quad	.LBE775-.LBB775
	.long	0x6557
	.uleb128 0x2
	.long	0x6635
	.long	.LLST427
	.long	.LVUS427
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI776
	.byte	.LVU2050
	.long	.LLRL428
	.byte	0x1
	.byte	0x4c
	.byte	0x9
	.long	0x659e
	.uleb128 0x1
	.long	0x8885
	.long	.LLST429
	.long	.LVUS429
	.uleb128 0x1
	.long	0x888f
	.long	.LLST430
	.long	.LVUS430
	.uleb128 0xb
	.long	.LLRL428
	.uleb128 0x2
	.long	0x889a
	.long	.LLST431
	.long	.LVUS431
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL460
	.long	0xf2a
	.long	0x65ba
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x11
	.quad	.LVL461
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF573
	.byte	0x1
	.byte	0x4a
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x6642
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x4a
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x4a
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x4a
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x4a
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF574
	.byte	0x4c
	.byte	0x9
	.uleb128 0x5
	.long	.LASF575
	.byte	0x4e
	.byte	0x1
	.uleb128 0x1e
	.long	0x6634
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x4d
	.byte	0x5
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x4d
	.byte	0x5
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x4e
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF576
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xd7a
	.quad	.LFB57
	.quad	.LFE57-.LFB57
	.uleb128 0x1
	.byte	0x9c
	.long	0x6838
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xdc4
	.long	.LLST726
	.long	.LVUS726
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x1c9
	.long	.LLST727
	.long	.LVUS727
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x94b
	.long	.LLST728
	.long	.LVUS728
	.uleb128 0xe
	.long	.LASF330
	.byte	0x48
	.byte	0x1
	.long	0x5b2
	.byte	0xa
	.uleb128 0x8
	.long	.LASF577
	.byte	0x48
	.byte	0x1
	.quad	.LDL121
	.uleb128 0x8
	.long	.LASF578
	.byte	0x48
	.byte	0x1
	.quad	.L457
	.uleb128 0x5
	.long	.LASF579
	.byte	0x48
	.byte	0x1
	.uleb128 0x5
	.long	.LASF580
	.byte	0x48
	.byte	0x1
	.uleb128 0x5
	.long	.LASF581
	.byte	0x48
	.byte	0x1
	.uleb128 0xf
	.long	0x69cb
	.quad	.LBI1168
	.byte	.LVU3323
	.long	.LLRL729
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x67f4
	.uleb128 0x1
	.long	0x69f2
	.long	.LLST730
	.long	.LVUS730
	.uleb128 0x1
	.long	0x69e6
	.long	.LLST731
	.long	.LVUS731
	.uleb128 0x1
	.long	0x69dc
	.long	.LLST732
	.long	.LVUS732
	.uleb128 0xb
	.long	.LLRL729
	.uleb128 0x2
	.long	0x69fd
	.long	.LLST733
	.long	.LVUS733
	.uleb128 0x9
	.long	0x6a07
	.quad	.L463
	.uleb128 0x9
	.long	0x6a0e
	.quad	.LDL122
	.uleb128 0x1a
	.long	0x6a15
	.long	.LLRL734
	.long	0x6770
	.uleb128 0x2
	.long	0x6a1a
	.long	.LLST735
	.long	.LVUS735
	.uleb128 0x2
	.long	0x6a24
	.long	.LLST736
	.long	.LVUS736
	.byte	0
	.uleb128 0x1a
	.long	0x6a2f
	.long	.LLRL737
	.long	0x678b
	.uleb128 0x2
	.long	0x6a30
	.long	.LLST738
	.long	.LVUS738
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1178
	.byte	.LVU3392
	.long	.LLRL739
	.byte	0x1
	.byte	0x45
	.byte	0x9
	.long	0x67d2
	.uleb128 0x1
	.long	0x8885
	.long	.LLST740
	.long	.LVUS740
	.uleb128 0x1
	.long	0x888f
	.long	.LLST741
	.long	.LVUS741
	.uleb128 0xb
	.long	.LLRL739
	.uleb128 0x2
	.long	0x889a
	.long	.LLST742
	.long	.LVUS742
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL845
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL846
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x1d
	.long	0x8874
	.quad	.LBI1195
	.byte	.LVU3369
	.long	.LLRL743
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	0x8885
	.long	.LLST744
	.long	.LVUS744
	.uleb128 0x1
	.long	0x888f
	.long	.LLST745
	.long	.LVUS745
	.uleb128 0xb
	.long	.LLRL743
	.uleb128 0x2
	.long	0x889a
	.long	.LLST746
	.long	.LVUS746
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF582
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xd7a
	.quad	.LFB56
	.quad	.LFE56-.LFB56
	.uleb128 0x1
	.byte	0x9c
	.long	0x69cb
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0xdc4
	.long	.LLST570
	.long	.LVUS570
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x1c9
	.long	.LLST571
	.long	.LVUS571
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x94b
	.long	.LLST572
	.long	.LVUS572
	.uleb128 0xe
	.long	.LASF330
	.byte	0x48
	.byte	0x1
	.long	0x5b2
	.byte	0xa
	.uleb128 0x8
	.long	.LASF583
	.byte	0x48
	.byte	0x1
	.quad	.LDL101
	.uleb128 0x1d
	.long	0x69cb
	.quad	.LBI960
	.byte	.LVU2658
	.long	.LLRL573
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.uleb128 0x1
	.long	0x69f2
	.long	.LLST574
	.long	.LVUS574
	.uleb128 0x1
	.long	0x69e6
	.long	.LLST575
	.long	.LVUS575
	.uleb128 0x1
	.long	0x69dc
	.long	.LLST576
	.long	.LVUS576
	.uleb128 0xb
	.long	.LLRL573
	.uleb128 0x15
	.long	0x69fd
	.byte	0xa
	.uleb128 0x9
	.long	0x6a07
	.quad	.L362
	.uleb128 0x9
	.long	0x6a0e
	.quad	.LDL102
	.uleb128 0x1a
	.long	0x6a15
	.long	.LLRL577
	.long	0x6937
	.uleb128 0x2
	.long	0x6a1a
	.long	.LLST578
	.long	.LVUS578
	.uleb128 0x2
	.long	0x6a24
	.long	.LLST579
	.long	.LVUS579
	.byte	0
	.uleb128 0x1a
	.long	0x6a2f
	.long	.LLRL580
	.long	0x6952
	.uleb128 0x2
	.long	0x6a30
	.long	.LLST581
	.long	.LVUS581
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI969
	.byte	.LVU2706
	.long	.LLRL582
	.byte	0x1
	.byte	0x45
	.byte	0x9
	.long	0x6999
	.uleb128 0x1
	.long	0x8885
	.long	.LLST583
	.long	.LVUS583
	.uleb128 0x1
	.long	0x888f
	.long	.LLST584
	.long	.LVUS584
	.uleb128 0xb
	.long	.LLRL582
	.uleb128 0x2
	.long	0x889a
	.long	.LLST585
	.long	.LVUS585
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL646
	.long	0xf2a
	.long	0x69b5
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x51
	.uleb128 0x1
	.byte	0x30
	.byte	0
	.uleb128 0x11
	.quad	.LVL647
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF584
	.byte	0x1
	.byte	0x43
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x6a3d
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x43
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x43
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x43
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x43
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF585
	.byte	0x45
	.byte	0x9
	.uleb128 0x5
	.long	.LASF586
	.byte	0x48
	.byte	0x1
	.uleb128 0x1e
	.long	0x6a2f
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x47
	.byte	0x5
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x47
	.byte	0x5
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x48
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF587
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xd7a
	.quad	.LFB54
	.quad	.LFE54-.LFB54
	.uleb128 0x1
	.byte	0x9c
	.long	0x6c07
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xdc4
	.long	.LLST508
	.long	.LVUS508
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x1c9
	.long	.LLST509
	.long	.LVUS509
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x94b
	.long	.LLST510
	.long	.LVUS510
	.uleb128 0xe
	.long	.LASF330
	.byte	0x41
	.byte	0x36
	.long	0x5b2
	.byte	0x9
	.uleb128 0x8
	.long	.LASF588
	.byte	0x41
	.byte	0x36
	.quad	.LDL93
	.uleb128 0x8
	.long	.LASF589
	.byte	0x41
	.byte	0x36
	.quad	.L324
	.uleb128 0x5
	.long	.LASF590
	.byte	0x41
	.byte	0x36
	.uleb128 0x5
	.long	.LASF591
	.byte	0x41
	.byte	0x36
	.uleb128 0x5
	.long	.LASF592
	.byte	0x41
	.byte	0x36
	.uleb128 0x28
	.long	0x6d23
	.quad	.LBI890
	.byte	.LVU2403
	.quad	.LBB890
	.quad	.LBE890-.LBB890
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x6b95
	.uleb128 0x1
	.long	0x6d4a
	.long	.LLST511
	.long	.LVUS511
	.uleb128 0x1
	.long	0x6d3e
	.long	.LLST512
	.long	.LVUS512
	.uleb128 0x1
	.long	0x6d34
	.long	.LLST513
	.long	.LVUS513
	.uleb128 0x2
	.long	0x6d55
	.long	.LLST514
	.long	.LVUS514
	.uleb128 0x9
	.long	0x6d5f
	.quad	.LDL94
	.uleb128 0x1c
	.long	0x6d66
	.quad	.LBB892
	.quad	.LBE892-.LBB892
	.long	0x6b71
	.uleb128 0x2
	.long	0x6d6b
	.long	.LLST515
	.long	.LVUS515
	.uleb128 0x2
	.long	0x6d75
	.long	.LLST516
	.long	.LVUS516
	.byte	0
	.uleb128 0x24
	.long	0x6d80
	.quad	.LBB893
	.quad	.LBE893-.LBB893
	.uleb128 0x2
	.long	0x6d81
	.long	.LLST517
	.long	.LVUS517
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI894
	.byte	.LVU2430
	.long	.LLRL518
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x6bdc
	.uleb128 0x1
	.long	0x8885
	.long	.LLST519
	.long	.LVUS519
	.uleb128 0x1
	.long	0x888f
	.long	.LLST520
	.long	.LVUS520
	.uleb128 0xb
	.long	.LLRL518
	.uleb128 0x2
	.long	0x889a
	.long	.LLST521
	.long	.LVUS521
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL566
	.long	0xf2a
	.long	0x6bf3
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL567
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF593
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0xd7a
	.quad	.LFB53
	.quad	.LFE53-.LFB53
	.uleb128 0x1
	.byte	0x9c
	.long	0x6d23
	.uleb128 0x12
	.string	"m"
	.byte	0x41
	.byte	0x36
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x41
	.byte	0x36
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x94b
	.long	.LLST64
	.long	.LVUS64
	.uleb128 0xe
	.long	.LASF330
	.byte	0x41
	.byte	0x36
	.long	0x5b2
	.byte	0x9
	.uleb128 0x8
	.long	.LASF594
	.byte	0x41
	.byte	0x36
	.quad	.LDL21
	.uleb128 0x1b
	.long	0x6d23
	.quad	.LBI325
	.byte	.LVU290
	.quad	.LBB325
	.quad	.LBE325-.LBB325
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.uleb128 0x1
	.long	0x6d4a
	.long	.LLST65
	.long	.LVUS65
	.uleb128 0x1
	.long	0x6d3e
	.long	.LLST66
	.long	.LVUS66
	.uleb128 0x1
	.long	0x6d34
	.long	.LLST67
	.long	.LVUS67
	.uleb128 0x15
	.long	0x6d55
	.byte	0x9
	.uleb128 0x9
	.long	0x6d5f
	.quad	.LDL22
	.uleb128 0x1c
	.long	0x6d66
	.quad	.LBB327
	.quad	.LBE327-.LBB327
	.long	0x6cfe
	.uleb128 0x2
	.long	0x6d6b
	.long	.LLST68
	.long	.LVUS68
	.uleb128 0x2
	.long	0x6d75
	.long	.LLST69
	.long	.LVUS69
	.byte	0
	.uleb128 0x24
	.long	0x6d80
	.quad	.LBB328
	.quad	.LBE328-.LBB328
	.uleb128 0x2
	.long	0x6d81
	.long	.LLST70
	.long	.LVUS70
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF595
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x6d8e
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x41
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x41
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF596
	.byte	0x41
	.byte	0x36
	.uleb128 0x1e
	.long	0x6d80
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x41
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x41
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x41
	.byte	0x36
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF597
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xd7a
	.quad	.LFB51
	.quad	.LFE51-.LFB51
	.uleb128 0x1
	.byte	0x9c
	.long	0x6f40
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xdc4
	.long	.LLST492
	.long	.LVUS492
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x1c9
	.long	.LLST493
	.long	.LVUS493
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x94b
	.long	.LLST494
	.long	.LVUS494
	.uleb128 0xe
	.long	.LASF330
	.byte	0x40
	.byte	0x36
	.long	0x5b2
	.byte	0x8
	.uleb128 0x8
	.long	.LASF598
	.byte	0x40
	.byte	0x36
	.quad	.LDL91
	.uleb128 0x8
	.long	.LASF599
	.byte	0x40
	.byte	0x36
	.quad	.L315
	.uleb128 0x5
	.long	.LASF600
	.byte	0x40
	.byte	0x36
	.uleb128 0x5
	.long	.LASF601
	.byte	0x40
	.byte	0x36
	.uleb128 0x5
	.long	.LASF602
	.byte	0x40
	.byte	0x36
	.uleb128 0x28
	.long	0x7044
	.quad	.LBI872
	.byte	.LVU2338
	.quad	.LBB872
	.quad	.LBE872-.LBB872
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x6ece
	.uleb128 0x1
	.long	0x706b
	.long	.LLST495
	.long	.LVUS495
	.uleb128 0x1
	.long	0x705f
	.long	.LLST496
	.long	.LVUS496
	.uleb128 0x1
	.long	0x7055
	.long	.LLST497
	.long	.LVUS497
	.uleb128 0x2
	.long	0x7076
	.long	.LLST498
	.long	.LVUS498
	.uleb128 0x9
	.long	0x7080
	.quad	.LDL92
	.uleb128 0x1a
	.long	0x7087
	.long	.LLRL499
	.long	0x6eb6
	.uleb128 0x2
	.long	0x708c
	.long	.LLST500
	.long	.LVUS500
	.uleb128 0x2
	.long	0x7096
	.long	.LLST501
	.long	.LVUS501
	.byte	0
	.uleb128 0x19
	.long	0x70a1
	.long	.LLRL502
	.uleb128 0x2
	.long	0x70a2
	.long	.LLST503
	.long	.LVUS503
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI878
	.byte	.LVU2367
	.long	.LLRL504
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x6f15
	.uleb128 0x1
	.long	0x8885
	.long	.LLST505
	.long	.LVUS505
	.uleb128 0x1
	.long	0x888f
	.long	.LLST506
	.long	.LVUS506
	.uleb128 0xb
	.long	.LLRL504
	.uleb128 0x2
	.long	0x889a
	.long	.LLST507
	.long	.LVUS507
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL548
	.long	0xf2a
	.long	0x6f2c
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL549
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF603
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0xd7a
	.quad	.LFB50
	.quad	.LFE50-.LFB50
	.uleb128 0x1
	.byte	0x9c
	.long	0x7044
	.uleb128 0x12
	.string	"m"
	.byte	0x40
	.byte	0x36
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x40
	.byte	0x36
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x94b
	.long	.LLST55
	.long	.LVUS55
	.uleb128 0xe
	.long	.LASF330
	.byte	0x40
	.byte	0x36
	.long	0x5b2
	.byte	0x8
	.uleb128 0x8
	.long	.LASF604
	.byte	0x40
	.byte	0x36
	.quad	.LDL19
	.uleb128 0x1b
	.long	0x7044
	.quad	.LBI319
	.byte	.LVU258
	.quad	.LBB319
	.quad	.LBE319-.LBB319
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.uleb128 0x1
	.long	0x706b
	.long	.LLST56
	.long	.LVUS56
	.uleb128 0x1
	.long	0x705f
	.long	.LLST57
	.long	.LVUS57
	.uleb128 0x1
	.long	0x7055
	.long	.LLST58
	.long	.LVUS58
	.uleb128 0x15
	.long	0x7076
	.byte	0x8
	.uleb128 0x9
	.long	0x7080
	.quad	.LDL20
	.uleb128 0x1a
	.long	0x7087
	.long	.LLRL59
	.long	0x702b
	.uleb128 0x2
	.long	0x708c
	.long	.LLST60
	.long	.LVUS60
	.uleb128 0x2
	.long	0x7096
	.long	.LLST61
	.long	.LVUS61
	.byte	0
	.uleb128 0x19
	.long	0x70a1
	.long	.LLRL62
	.uleb128 0x2
	.long	0x70a2
	.long	.LLST63
	.long	.LVUS63
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF605
	.byte	0x1
	.byte	0x40
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x70af
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x40
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x40
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x40
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x40
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF606
	.byte	0x40
	.byte	0x36
	.uleb128 0x1e
	.long	0x70a1
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x40
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x40
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x40
	.byte	0x36
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF607
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xd7a
	.quad	.LFB48
	.quad	.LFE48-.LFB48
	.uleb128 0x1
	.byte	0x9c
	.long	0x7261
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xdc4
	.long	.LLST476
	.long	.LVUS476
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x1c9
	.long	.LLST477
	.long	.LVUS477
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x94b
	.long	.LLST478
	.long	.LVUS478
	.uleb128 0xe
	.long	.LASF330
	.byte	0x3f
	.byte	0x36
	.long	0x5b2
	.byte	0x7
	.uleb128 0x8
	.long	.LASF608
	.byte	0x3f
	.byte	0x36
	.quad	.LDL89
	.uleb128 0x8
	.long	.LASF609
	.byte	0x3f
	.byte	0x36
	.quad	.L306
	.uleb128 0x5
	.long	.LASF610
	.byte	0x3f
	.byte	0x36
	.uleb128 0x5
	.long	.LASF611
	.byte	0x3f
	.byte	0x36
	.uleb128 0x5
	.long	.LASF612
	.byte	0x3f
	.byte	0x36
	.uleb128 0x28
	.long	0x7365
	.quad	.LBI854
	.byte	.LVU2271
	.quad	.LBB854
	.quad	.LBE854-.LBB854
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x71ef
	.uleb128 0x1
	.long	0x738c
	.long	.LLST479
	.long	.LVUS479
	.uleb128 0x1
	.long	0x7380
	.long	.LLST480
	.long	.LVUS480
	.uleb128 0x1
	.long	0x7376
	.long	.LLST481
	.long	.LVUS481
	.uleb128 0x2
	.long	0x7397
	.long	.LLST482
	.long	.LVUS482
	.uleb128 0x9
	.long	0x73a1
	.quad	.LDL90
	.uleb128 0x1a
	.long	0x73a8
	.long	.LLRL483
	.long	0x71d7
	.uleb128 0x2
	.long	0x73ad
	.long	.LLST484
	.long	.LVUS484
	.uleb128 0x2
	.long	0x73b7
	.long	.LLST485
	.long	.LVUS485
	.byte	0
	.uleb128 0x19
	.long	0x73c2
	.long	.LLRL486
	.uleb128 0x2
	.long	0x73c3
	.long	.LLST487
	.long	.LVUS487
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI860
	.byte	.LVU2300
	.long	.LLRL488
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x7236
	.uleb128 0x1
	.long	0x8885
	.long	.LLST489
	.long	.LVUS489
	.uleb128 0x1
	.long	0x888f
	.long	.LLST490
	.long	.LVUS490
	.uleb128 0xb
	.long	.LLRL488
	.uleb128 0x2
	.long	0x889a
	.long	.LLST491
	.long	.LVUS491
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL529
	.long	0xf2a
	.long	0x724d
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL530
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF613
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0xd7a
	.quad	.LFB47
	.quad	.LFE47-.LFB47
	.uleb128 0x1
	.byte	0x9c
	.long	0x7365
	.uleb128 0x12
	.string	"m"
	.byte	0x3f
	.byte	0x36
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x3f
	.byte	0x36
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x94b
	.long	.LLST46
	.long	.LVUS46
	.uleb128 0xe
	.long	.LASF330
	.byte	0x3f
	.byte	0x36
	.long	0x5b2
	.byte	0x7
	.uleb128 0x8
	.long	.LASF614
	.byte	0x3f
	.byte	0x36
	.quad	.LDL17
	.uleb128 0x1b
	.long	0x7365
	.quad	.LBI313
	.byte	.LVU226
	.quad	.LBB313
	.quad	.LBE313-.LBB313
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.uleb128 0x1
	.long	0x738c
	.long	.LLST47
	.long	.LVUS47
	.uleb128 0x1
	.long	0x7380
	.long	.LLST48
	.long	.LVUS48
	.uleb128 0x1
	.long	0x7376
	.long	.LLST49
	.long	.LVUS49
	.uleb128 0x15
	.long	0x7397
	.byte	0x7
	.uleb128 0x9
	.long	0x73a1
	.quad	.LDL18
	.uleb128 0x1a
	.long	0x73a8
	.long	.LLRL50
	.long	0x734c
	.uleb128 0x2
	.long	0x73ad
	.long	.LLST51
	.long	.LVUS51
	.uleb128 0x2
	.long	0x73b7
	.long	.LLST52
	.long	.LVUS52
	.byte	0
	.uleb128 0x19
	.long	0x73c2
	.long	.LLRL53
	.uleb128 0x2
	.long	0x73c3
	.long	.LLST54
	.long	.LVUS54
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF615
	.byte	0x1
	.byte	0x3f
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x73d0
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x3f
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x3f
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x3f
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x3f
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF616
	.byte	0x3f
	.byte	0x36
	.uleb128 0x1e
	.long	0x73c2
	.uleb128 0xc
	.string	"b"
	.byte	0x1
	.byte	0x3f
	.byte	0x10
	.long	0x4b8
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x3f
	.byte	0x10
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x3f
	.byte	0x36
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF617
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xd7a
	.quad	.LFB45
	.quad	.LFE45-.LFB45
	.uleb128 0x1
	.byte	0x9c
	.long	0x757b
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xdc4
	.long	.LLST679
	.long	.LVUS679
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x1c9
	.long	.LLST680
	.long	.LVUS680
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x94b
	.long	.LLST681
	.long	.LVUS681
	.uleb128 0xe
	.long	.LASF330
	.byte	0x39
	.byte	0x1
	.long	0x5b2
	.byte	0x6
	.uleb128 0x8
	.long	.LASF618
	.byte	0x39
	.byte	0x1
	.quad	.LDL115
	.uleb128 0x8
	.long	.LASF619
	.byte	0x39
	.byte	0x1
	.quad	.L430
	.uleb128 0x5
	.long	.LASF620
	.byte	0x39
	.byte	0x1
	.uleb128 0x5
	.long	.LASF621
	.byte	0x39
	.byte	0x1
	.uleb128 0x5
	.long	.LASF622
	.byte	0x39
	.byte	0x1
	.uleb128 0xf
	.long	0x7683
	.quad	.LBI1111
	.byte	.LVU3125
	.long	.LLRL682
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x7509
	.uleb128 0x1
	.long	0x76aa
	.long	.LLST683
	.long	.LVUS683
	.uleb128 0x1
	.long	0x769e
	.long	.LLST684
	.long	.LVUS684
	.uleb128 0x1
	.long	0x7694
	.long	.LLST685
	.long	.LVUS685
	.uleb128 0xb
	.long	.LLRL682
	.uleb128 0x2
	.long	0x76b5
	.long	.LLST686
	.long	.LVUS686
	.uleb128 0x9
	.long	0x76bf
	.quad	.LDL116
	.uleb128 0x1c
	.long	0x76c6
	.quad	.LBB1113
	.quad	.LBE1113-.LBB1113
	.long	0x74f0
	.uleb128 0x2
	.long	0x76cb
	.long	.LLST687
	.long	.LVUS687
	.byte	0
	.uleb128 0x19
	.long	0x76d6
	.long	.LLRL688
	.uleb128 0x2
	.long	0x76d7
	.long	.LLST689
	.long	.LVUS689
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1118
	.byte	.LVU3151
	.long	.LLRL690
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x7550
	.uleb128 0x1
	.long	0x8885
	.long	.LLST691
	.long	.LVUS691
	.uleb128 0x1
	.long	0x888f
	.long	.LLST692
	.long	.LVUS692
	.uleb128 0xb
	.long	.LLRL690
	.uleb128 0x2
	.long	0x889a
	.long	.LLST693
	.long	.LVUS693
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL776
	.long	0xf2a
	.long	0x7567
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL777
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF623
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0xd7a
	.quad	.LFB44
	.quad	.LFE44-.LFB44
	.uleb128 0x1
	.byte	0x9c
	.long	0x7683
	.uleb128 0x12
	.string	"m"
	.byte	0x39
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x39
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x39
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x39
	.byte	0x1
	.long	0x5b2
	.byte	0x6
	.uleb128 0x8
	.long	.LASF624
	.byte	0x39
	.byte	0x1
	.quad	.LDL15
	.uleb128 0x1b
	.long	0x7683
	.quad	.LBI309
	.byte	.LVU197
	.quad	.LBB309
	.quad	.LBE309-.LBB309
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.uleb128 0x1
	.long	0x76aa
	.long	.LLST41
	.long	.LVUS41
	.uleb128 0x1
	.long	0x769e
	.long	.LLST42
	.long	.LVUS42
	.uleb128 0x1
	.long	0x7694
	.long	.LLST43
	.long	.LVUS43
	.uleb128 0x15
	.long	0x76b5
	.byte	0x6
	.uleb128 0x9
	.long	0x76bf
	.quad	.LDL16
	.uleb128 0x1c
	.long	0x76c6
	.quad	.LBB311
	.quad	.LBE311-.LBB311
	.long	0x765e
	.uleb128 0x2
	.long	0x76cb
	.long	.LLST44
	.long	.LVUS44
	.byte	0
	.uleb128 0x24
	.long	0x76d6
	.quad	.LBB312
	.quad	.LBE312-.LBB312
	.uleb128 0x2
	.long	0x76d7
	.long	.LLST45
	.long	.LVUS45
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF625
	.byte	0x1
	.byte	0x37
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x76e4
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x37
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x37
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x37
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x37
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF626
	.byte	0x39
	.byte	0x1
	.uleb128 0x1e
	.long	0x76d6
	.uleb128 0xc
	.string	"a"
	.byte	0x1
	.byte	0x38
	.byte	0xc
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x39
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF627
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xd7a
	.quad	.LFB42
	.quad	.LFE42-.LFB42
	.uleb128 0x1
	.byte	0x9c
	.long	0x78d4
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xdc4
	.long	.LLST747
	.long	.LVUS747
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x1c9
	.long	.LLST748
	.long	.LVUS748
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x94b
	.long	.LLST749
	.long	.LVUS749
	.uleb128 0xe
	.long	.LASF330
	.byte	0x35
	.byte	0x1
	.long	0x5b2
	.byte	0x5
	.uleb128 0x8
	.long	.LASF628
	.byte	0x35
	.byte	0x1
	.quad	.LDL123
	.uleb128 0x8
	.long	.LASF629
	.byte	0x35
	.byte	0x1
	.quad	.L477
	.uleb128 0x8
	.long	.LASF630
	.byte	0x35
	.byte	0x1
	.quad	.L483
	.uleb128 0x5
	.long	.LASF631
	.byte	0x35
	.byte	0x1
	.uleb128 0x5
	.long	.LASF632
	.byte	0x35
	.byte	0x1
	.uleb128 0xf
	.long	0x79e3
	.quad	.LBI1208
	.byte	.LVU3430
	.long	.LLRL750
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x7825
	.uleb128 0x1
	.long	0x7a0a
	.long	.LLST751
	.long	.LVUS751
	.uleb128 0x1
	.long	0x79fe
	.long	.LLST752
	.long	.LVUS752
	.uleb128 0x1
	.long	0x79f4
	.long	.LLST753
	.long	.LVUS753
	.uleb128 0xb
	.long	.LLRL750
	.uleb128 0x2
	.long	0x7a15
	.long	.LLST754
	.long	.LVUS754
	.uleb128 0x9
	.long	0x7a1f
	.quad	.LDL124
	.uleb128 0x1c
	.long	0x7a26
	.quad	.LBB1210
	.quad	.LBE1210-.LBB1210
	.long	0x780c
	.uleb128 0x2
	.long	0x7a2b
	.long	.LLST755
	.long	.LVUS755
	.byte	0
	.uleb128 0x19
	.long	0x7a37
	.long	.LLRL756
	.uleb128 0x2
	.long	0x7a38
	.long	.LLST757
	.long	.LVUS757
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1215
	.byte	.LVU3454
	.long	.LLRL758
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x786c
	.uleb128 0x1
	.long	0x8885
	.long	.LLST759
	.long	.LVUS759
	.uleb128 0x1
	.long	0x888f
	.long	.LLST760
	.long	.LVUS760
	.uleb128 0xb
	.long	.LLRL758
	.uleb128 0x2
	.long	0x889a
	.long	.LLST761
	.long	.LVUS761
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1221
	.byte	.LVU3476
	.long	.LLRL762
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x78b3
	.uleb128 0x1
	.long	0x8885
	.long	.LLST763
	.long	.LVUS763
	.uleb128 0x1
	.long	0x888f
	.long	.LLST764
	.long	.LVUS764
	.uleb128 0xb
	.long	.LLRL762
	.uleb128 0x2
	.long	0x889a
	.long	.LLST765
	.long	.LVUS765
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL870
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL871
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF633
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0xd7a
	.quad	.LFB41
	.quad	.LFE41-.LFB41
	.uleb128 0x1
	.byte	0x9c
	.long	0x79e3
	.uleb128 0x12
	.string	"m"
	.byte	0x35
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x35
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x94b
	.long	.LLST35
	.long	.LVUS35
	.uleb128 0xe
	.long	.LASF330
	.byte	0x35
	.byte	0x1
	.long	0x5b2
	.byte	0x5
	.uleb128 0x8
	.long	.LASF634
	.byte	0x35
	.byte	0x1
	.quad	.LDL13
	.uleb128 0x1b
	.long	0x79e3
	.quad	.LBI305
	.byte	.LVU170
	.quad	.LBB305
	.quad	.LBE305-.LBB305
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.uleb128 0x1
	.long	0x7a0a
	.long	.LLST36
	.long	.LVUS36
	.uleb128 0x1
	.long	0x79fe
	.long	.LLST37
	.long	.LVUS37
	.uleb128 0x1
	.long	0x79f4
	.long	.LLST38
	.long	.LVUS38
	.uleb128 0x15
	.long	0x7a15
	.byte	0x5
	.uleb128 0x9
	.long	0x7a1f
	.quad	.LDL14
	.uleb128 0x1c
	.long	0x7a26
	.quad	.LBB307
	.quad	.LBE307-.LBB307
	.long	0x79be
	.uleb128 0x2
	.long	0x7a2b
	.long	.LLST39
	.long	.LVUS39
	.byte	0
	.uleb128 0x24
	.long	0x7a37
	.quad	.LBB308
	.quad	.LBE308-.LBB308
	.uleb128 0x2
	.long	0x7a38
	.long	.LLST40
	.long	.LVUS40
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF635
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x7a45
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x33
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x33
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF636
	.byte	0x35
	.byte	0x1
	.uleb128 0x1e
	.long	0x7a37
	.uleb128 0xc
	.string	"v_"
	.byte	0x1
	.byte	0x34
	.byte	0x5
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x35
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF637
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xd7a
	.quad	.LFB39
	.quad	.LFE39-.LFB39
	.uleb128 0x1
	.byte	0x9c
	.long	0x7bea
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xdc4
	.long	.LLST432
	.long	.LVUS432
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x1c9
	.long	.LLST433
	.long	.LVUS433
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x94b
	.long	.LLST434
	.long	.LVUS434
	.uleb128 0xe
	.long	.LASF330
	.byte	0x31
	.byte	0x1
	.long	0x5b2
	.byte	0x4
	.uleb128 0x8
	.long	.LASF638
	.byte	0x31
	.byte	0x1
	.quad	.LDL83
	.uleb128 0x8
	.long	.LASF639
	.byte	0x31
	.byte	0x1
	.quad	.L279
	.uleb128 0x5
	.long	.LASF640
	.byte	0x31
	.byte	0x1
	.uleb128 0x5
	.long	.LASF641
	.byte	0x31
	.byte	0x1
	.uleb128 0x5
	.long	.LASF642
	.byte	0x31
	.byte	0x1
	.uleb128 0x28
	.long	0x7cda
	.quad	.LBI794
	.byte	.LVU2089
	.quad	.LBB794
	.quad	.LBE794-.LBB794
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x7b78
	.uleb128 0x1
	.long	0x7d01
	.long	.LLST435
	.long	.LVUS435
	.uleb128 0x1
	.long	0x7cf5
	.long	.LLST436
	.long	.LVUS436
	.uleb128 0x1
	.long	0x7ceb
	.long	.LLST437
	.long	.LVUS437
	.uleb128 0x2
	.long	0x7d0c
	.long	.LLST438
	.long	.LVUS438
	.uleb128 0x9
	.long	0x7d16
	.quad	.LDL84
	.uleb128 0x1a
	.long	0x7d1d
	.long	.LLRL439
	.long	0x7b60
	.uleb128 0x2
	.long	0x7d22
	.long	.LLST440
	.long	.LVUS440
	.byte	0
	.uleb128 0x19
	.long	0x7d2d
	.long	.LLRL441
	.uleb128 0x2
	.long	0x7d2e
	.long	.LLST442
	.long	.LVUS442
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI800
	.byte	.LVU2115
	.long	.LLRL443
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x7bbf
	.uleb128 0x1
	.long	0x8885
	.long	.LLST444
	.long	.LVUS444
	.uleb128 0x1
	.long	0x888f
	.long	.LLST445
	.long	.LVUS445
	.uleb128 0xb
	.long	.LLRL443
	.uleb128 0x2
	.long	0x889a
	.long	.LLST446
	.long	.LVUS446
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL477
	.long	0xf2a
	.long	0x7bd6
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL478
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF643
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0xd7a
	.quad	.LFB38
	.quad	.LFE38-.LFB38
	.uleb128 0x1
	.byte	0x9c
	.long	0x7cda
	.uleb128 0x12
	.string	"m"
	.byte	0x31
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x31
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x31
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x31
	.byte	0x1
	.long	0x5b2
	.byte	0x4
	.uleb128 0x8
	.long	.LASF644
	.byte	0x31
	.byte	0x1
	.quad	.LDL11
	.uleb128 0x1b
	.long	0x7cda
	.quad	.LBI299
	.byte	.LVU141
	.quad	.LBB299
	.quad	.LBE299-.LBB299
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.uleb128 0x1
	.long	0x7d01
	.long	.LLST28
	.long	.LVUS28
	.uleb128 0x1
	.long	0x7cf5
	.long	.LLST29
	.long	.LVUS29
	.uleb128 0x1
	.long	0x7ceb
	.long	.LLST30
	.long	.LVUS30
	.uleb128 0x15
	.long	0x7d0c
	.byte	0x4
	.uleb128 0x9
	.long	0x7d16
	.quad	.LDL12
	.uleb128 0x1a
	.long	0x7d1d
	.long	.LLRL31
	.long	0x7cc1
	.uleb128 0x2
	.long	0x7d22
	.long	.LLST32
	.long	.LVUS32
	.byte	0
	.uleb128 0x19
	.long	0x7d2d
	.long	.LLRL33
	.uleb128 0x2
	.long	0x7d2e
	.long	.LLST34
	.long	.LVUS34
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF645
	.byte	0x1
	.byte	0x2f
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x7d3b
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x2f
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x2f
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x2f
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x2f
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF646
	.byte	0x31
	.byte	0x1
	.uleb128 0x1e
	.long	0x7d2d
	.uleb128 0xc
	.string	"t"
	.byte	0x1
	.byte	0x30
	.byte	0xc
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x31
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF647
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xd7a
	.quad	.LFB36
	.quad	.LFE36-.LFB36
	.uleb128 0x1
	.byte	0x9c
	.long	0x7f2b
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xdc4
	.long	.LLST766
	.long	.LVUS766
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x1c9
	.long	.LLST767
	.long	.LVUS767
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x94b
	.long	.LLST768
	.long	.LVUS768
	.uleb128 0xe
	.long	.LASF330
	.byte	0x2d
	.byte	0x1
	.long	0x5b2
	.byte	0x3
	.uleb128 0x8
	.long	.LASF648
	.byte	0x2d
	.byte	0x1
	.quad	.LDL125
	.uleb128 0x8
	.long	.LASF649
	.byte	0x2d
	.byte	0x1
	.quad	.L494
	.uleb128 0x8
	.long	.LASF650
	.byte	0x2d
	.byte	0x1
	.quad	.L500
	.uleb128 0x5
	.long	.LASF651
	.byte	0x2d
	.byte	0x1
	.uleb128 0x5
	.long	.LASF652
	.byte	0x2d
	.byte	0x1
	.uleb128 0xf
	.long	0x803a
	.quad	.LBI1235
	.byte	.LVU3515
	.long	.LLRL769
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x7e7c
	.uleb128 0x1
	.long	0x8061
	.long	.LLST770
	.long	.LVUS770
	.uleb128 0x1
	.long	0x8055
	.long	.LLST771
	.long	.LVUS771
	.uleb128 0x1
	.long	0x804b
	.long	.LLST772
	.long	.LVUS772
	.uleb128 0xb
	.long	.LLRL769
	.uleb128 0x2
	.long	0x806c
	.long	.LLST773
	.long	.LVUS773
	.uleb128 0x9
	.long	0x8076
	.quad	.LDL126
	.uleb128 0x1c
	.long	0x807d
	.quad	.LBB1237
	.quad	.LBE1237-.LBB1237
	.long	0x7e63
	.uleb128 0x2
	.long	0x8082
	.long	.LLST774
	.long	.LVUS774
	.byte	0
	.uleb128 0x19
	.long	0x808e
	.long	.LLRL775
	.uleb128 0x2
	.long	0x808f
	.long	.LLST776
	.long	.LVUS776
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1242
	.byte	.LVU3539
	.long	.LLRL777
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x7ec3
	.uleb128 0x1
	.long	0x8885
	.long	.LLST778
	.long	.LVUS778
	.uleb128 0x1
	.long	0x888f
	.long	.LLST779
	.long	.LVUS779
	.uleb128 0xb
	.long	.LLRL777
	.uleb128 0x2
	.long	0x889a
	.long	.LLST780
	.long	.LVUS780
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI1248
	.byte	.LVU3561
	.long	.LLRL781
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x7f0a
	.uleb128 0x1
	.long	0x8885
	.long	.LLST782
	.long	.LVUS782
	.uleb128 0x1
	.long	0x888f
	.long	.LLST783
	.long	.LVUS783
	.uleb128 0xb
	.long	.LLRL781
	.uleb128 0x2
	.long	0x889a
	.long	.LLST784
	.long	.LVUS784
	.byte	0
	.byte	0
	.uleb128 0x21
	.quad	.LVL897
	.long	0xf2a
	.uleb128 0x11
	.quad	.LVL898
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF653
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0xd7a
	.quad	.LFB35
	.quad	.LFE35-.LFB35
	.uleb128 0x1
	.byte	0x9c
	.long	0x803a
	.uleb128 0x12
	.string	"m"
	.byte	0x2d
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x2d
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x94b
	.long	.LLST22
	.long	.LVUS22
	.uleb128 0xe
	.long	.LASF330
	.byte	0x2d
	.byte	0x1
	.long	0x5b2
	.byte	0x3
	.uleb128 0x8
	.long	.LASF654
	.byte	0x2d
	.byte	0x1
	.quad	.LDL9
	.uleb128 0x1b
	.long	0x803a
	.quad	.LBI295
	.byte	.LVU114
	.quad	.LBB295
	.quad	.LBE295-.LBB295
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.uleb128 0x1
	.long	0x8061
	.long	.LLST23
	.long	.LVUS23
	.uleb128 0x1
	.long	0x8055
	.long	.LLST24
	.long	.LVUS24
	.uleb128 0x1
	.long	0x804b
	.long	.LLST25
	.long	.LVUS25
	.uleb128 0x15
	.long	0x806c
	.byte	0x3
	.uleb128 0x9
	.long	0x8076
	.quad	.LDL10
	.uleb128 0x1c
	.long	0x807d
	.quad	.LBB297
	.quad	.LBE297-.LBB297
	.long	0x8015
	.uleb128 0x2
	.long	0x8082
	.long	.LLST26
	.long	.LVUS26
	.byte	0
	.uleb128 0x24
	.long	0x808e
	.quad	.LBB298
	.quad	.LBE298-.LBB298
	.uleb128 0x2
	.long	0x808f
	.long	.LLST27
	.long	.LVUS27
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF655
	.byte	0x1
	.byte	0x2b
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x809c
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x2b
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x2b
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x2b
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x2b
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF656
	.byte	0x2d
	.byte	0x1
	.uleb128 0x1e
	.long	0x808e
	.uleb128 0xc
	.string	"v_"
	.byte	0x1
	.byte	0x2c
	.byte	0x5
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x2d
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF657
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xd7a
	.quad	.LFB33
	.quad	.LFE33-.LFB33
	.uleb128 0x1
	.byte	0x9c
	.long	0x8220
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xdc4
	.long	.LLST359
	.long	.LVUS359
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x1c9
	.long	.LLST360
	.long	.LVUS360
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x94b
	.long	.LLST361
	.long	.LVUS361
	.uleb128 0xe
	.long	.LASF330
	.byte	0x29
	.byte	0x1
	.long	0x5b2
	.byte	0x2
	.uleb128 0x8
	.long	.LASF658
	.byte	0x29
	.byte	0x1
	.quad	.LDL73
	.uleb128 0x8
	.long	.LASF659
	.byte	0x29
	.byte	0x1
	.quad	.L229
	.uleb128 0x5
	.long	.LASF660
	.byte	0x29
	.byte	0x1
	.uleb128 0x5
	.long	.LASF661
	.byte	0x29
	.byte	0x1
	.uleb128 0x5
	.long	.LASF662
	.byte	0x29
	.byte	0x1
	.uleb128 0xf
	.long	0x82fc
	.quad	.LBI699
	.byte	.LVU1789
	.long	.LLRL362
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x81ae
	.uleb128 0x1
	.long	0x8323
	.long	.LLST363
	.long	.LVUS363
	.uleb128 0x1
	.long	0x8317
	.long	.LLST364
	.long	.LVUS364
	.uleb128 0x1
	.long	0x830d
	.long	.LLST365
	.long	.LVUS365
	.uleb128 0xb
	.long	.LLRL362
	.uleb128 0x2
	.long	0x832e
	.long	.LLST366
	.long	.LVUS366
	.uleb128 0x9
	.long	0x8338
	.quad	.LDL74
	.uleb128 0x19
	.long	0x833f
	.long	.LLRL367
	.uleb128 0x2
	.long	0x8340
	.long	.LLST368
	.long	.LVUS368
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI705
	.byte	.LVU1811
	.long	.LLRL369
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x81f5
	.uleb128 0x1
	.long	0x8885
	.long	.LLST370
	.long	.LVUS370
	.uleb128 0x1
	.long	0x888f
	.long	.LLST371
	.long	.LVUS371
	.uleb128 0xb
	.long	.LLRL369
	.uleb128 0x2
	.long	0x889a
	.long	.LLST372
	.long	.LVUS372
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL390
	.long	0xf2a
	.long	0x820c
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x32
	.byte	0
	.uleb128 0x11
	.quad	.LVL391
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF663
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0xd7a
	.quad	.LFB32
	.quad	.LFE32-.LFB32
	.uleb128 0x1
	.byte	0x9c
	.long	0x82fc
	.uleb128 0x12
	.string	"m"
	.byte	0x29
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x29
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x94b
	.long	.LLST16
	.long	.LVUS16
	.uleb128 0xe
	.long	.LASF330
	.byte	0x29
	.byte	0x1
	.long	0x5b2
	.byte	0x2
	.uleb128 0x8
	.long	.LASF664
	.byte	0x29
	.byte	0x1
	.quad	.LDL7
	.uleb128 0x1b
	.long	0x82fc
	.quad	.LBI291
	.byte	.LVU90
	.quad	.LBB291
	.quad	.LBE291-.LBB291
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.uleb128 0x1
	.long	0x8323
	.long	.LLST17
	.long	.LVUS17
	.uleb128 0x1
	.long	0x8317
	.long	.LLST18
	.long	.LVUS18
	.uleb128 0x1
	.long	0x830d
	.long	.LLST19
	.long	.LVUS19
	.uleb128 0x15
	.long	0x832e
	.byte	0x2
	.uleb128 0x9
	.long	0x8338
	.quad	.LDL8
	.uleb128 0x19
	.long	0x833f
	.long	.LLRL20
	.uleb128 0x2
	.long	0x8340
	.long	.LLST21
	.long	.LVUS21
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF665
	.byte	0x1
	.byte	0x27
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x834d
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x27
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x27
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x27
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x27
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF666
	.byte	0x29
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x29
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF667
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xd7a
	.quad	.LFB30
	.quad	.LFE30-.LFB30
	.uleb128 0x1
	.byte	0x9c
	.long	0x84ec
	.uleb128 0x6
	.string	"m"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xdc4
	.long	.LLST373
	.long	.LVUS373
	.uleb128 0x6
	.string	"arg"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x1c9
	.long	.LLST374
	.long	.LVUS374
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x94b
	.long	.LLST375
	.long	.LVUS375
	.uleb128 0xe
	.long	.LASF330
	.byte	0x25
	.byte	0x1
	.long	0x5b2
	.byte	0x1
	.uleb128 0x8
	.long	.LASF668
	.byte	0x25
	.byte	0x1
	.quad	.LDL75
	.uleb128 0x5
	.long	.LASF669
	.byte	0x25
	.byte	0x1
	.uleb128 0x8
	.long	.LASF670
	.byte	0x25
	.byte	0x1
	.quad	.L238
	.uleb128 0x5
	.long	.LASF671
	.byte	0x25
	.byte	0x1
	.uleb128 0x5
	.long	.LASF672
	.byte	0x25
	.byte	0x1
	.uleb128 0xf
	.long	0x85e3
	.quad	.LBI717
	.byte	.LVU1849
	.long	.LLRL376
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x847a
	.uleb128 0x1
	.long	0x860a
	.long	.LLST377
	.long	.LVUS377
	.uleb128 0x1
	.long	0x85fe
	.long	.LLST378
	.long	.LVUS378
	.uleb128 0x1
	.long	0x85f4
	.long	.LLST379
	.long	.LVUS379
	.uleb128 0xb
	.long	.LLRL376
	.uleb128 0x2
	.long	0x8615
	.long	.LLST380
	.long	.LVUS380
	.uleb128 0x9
	.long	0x861f
	.quad	.LDL76
	.uleb128 0x1a
	.long	0x8626
	.long	.LLRL381
	.long	0x8461
	.uleb128 0x2
	.long	0x862b
	.long	.LLST382
	.long	.LVUS382
	.byte	0
	.uleb128 0x19
	.long	0x8637
	.long	.LLRL383
	.uleb128 0x2
	.long	0x8638
	.long	.LLST384
	.long	.LVUS384
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xf
	.long	0x8874
	.quad	.LBI725
	.byte	.LVU1875
	.long	.LLRL385
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x84c1
	.uleb128 0x1
	.long	0x8885
	.long	.LLST386
	.long	.LVUS386
	.uleb128 0x1
	.long	0x888f
	.long	.LLST387
	.long	.LVUS387
	.uleb128 0xb
	.long	.LLRL385
	.uleb128 0x2
	.long	0x889a
	.long	.LLST388
	.long	.LVUS388
	.byte	0
	.byte	0
	.uleb128 0x10
	.quad	.LVL408
	.long	0xf2a
	.long	0x84d8
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x33
	.byte	0
	.uleb128 0x11
	.quad	.LVL409
	.long	0xf0e
	.uleb128 0x3
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.byte	0x31
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF673
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0xd7a
	.quad	.LFB29
	.quad	.LFE29-.LFB29
	.uleb128 0x1
	.byte	0x9c
	.long	0x85e3
	.uleb128 0x12
	.string	"m"
	.byte	0x25
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x25
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x6
	.string	"sp"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x94b
	.long	.LLST8
	.long	.LVUS8
	.uleb128 0xe
	.long	.LASF330
	.byte	0x25
	.byte	0x1
	.long	0x5b2
	.byte	0x1
	.uleb128 0x8
	.long	.LASF674
	.byte	0x25
	.byte	0x1
	.quad	.LDL5
	.uleb128 0x1b
	.long	0x85e3
	.quad	.LBI285
	.byte	.LVU61
	.quad	.LBB285
	.quad	.LBE285-.LBB285
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.uleb128 0x1
	.long	0x860a
	.long	.LLST9
	.long	.LVUS9
	.uleb128 0x1
	.long	0x85fe
	.long	.LLST10
	.long	.LVUS10
	.uleb128 0x1
	.long	0x85f4
	.long	.LLST11
	.long	.LVUS11
	.uleb128 0x15
	.long	0x8615
	.byte	0x1
	.uleb128 0x9
	.long	0x861f
	.quad	.LDL6
	.uleb128 0x1a
	.long	0x8626
	.long	.LLRL12
	.long	0x85ca
	.uleb128 0x2
	.long	0x862b
	.long	.LLST13
	.long	.LVUS13
	.byte	0
	.uleb128 0x19
	.long	0x8637
	.long	.LLRL14
	.uleb128 0x2
	.long	0x8638
	.long	.LLST15
	.long	.LVUS15
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF675
	.byte	0x1
	.byte	0x23
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x8645
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x23
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x23
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x23
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x23
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF676
	.byte	0x25
	.byte	0x1
	.uleb128 0x1e
	.long	0x8637
	.uleb128 0xc
	.string	"v_"
	.byte	0x1
	.byte	0x24
	.byte	0x5
	.long	0x4b8
	.byte	0
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x25
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF677
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.long	0xd7a
	.quad	.LFB27
	.quad	.LFE27-.LFB27
	.uleb128 0x1
	.byte	0x9c
	.long	0x8742
	.uleb128 0x12
	.string	"m"
	.byte	0x21
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x21
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x21
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x21
	.byte	0x1
	.long	0x5b2
	.byte	0
	.uleb128 0x8
	.long	.LASF678
	.byte	0x21
	.byte	0x1
	.quad	.LDL3
	.uleb128 0x5
	.long	.LASF679
	.byte	0x21
	.byte	0x1
	.uleb128 0x5
	.long	.LASF680
	.byte	0x21
	.byte	0x1
	.uleb128 0x5
	.long	.LASF681
	.byte	0x21
	.byte	0x1
	.uleb128 0x5
	.long	.LASF682
	.byte	0x21
	.byte	0x1
	.uleb128 0x1b
	.long	0x8823
	.quad	.LBI282
	.byte	.LVU40
	.quad	.LBB282
	.quad	.LBE282-.LBB282
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.uleb128 0x1
	.long	0x884a
	.long	.LLST4
	.long	.LVUS4
	.uleb128 0x1
	.long	0x883e
	.long	.LLST5
	.long	.LVUS5
	.uleb128 0x1
	.long	0x8834
	.long	.LLST6
	.long	.LVUS6
	.uleb128 0x15
	.long	0x8855
	.byte	0
	.uleb128 0x9
	.long	0x885f
	.quad	.LDL4
	.uleb128 0x24
	.long	0x8866
	.quad	.LBB284
	.quad	.LBE284-.LBB284
	.uleb128 0x2
	.long	0x8867
	.long	.LLST7
	.long	.LVUS7
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0xd
	.long	.LASF683
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.long	0xd7a
	.quad	.LFB26
	.quad	.LFE26-.LFB26
	.uleb128 0x1
	.byte	0x9c
	.long	0x8823
	.uleb128 0x12
	.string	"m"
	.byte	0x21
	.byte	0x1
	.long	0xdc4
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x12
	.string	"arg"
	.byte	0x21
	.byte	0x1
	.long	0x1c9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x12
	.string	"sp"
	.byte	0x21
	.byte	0x1
	.long	0x94b
	.uleb128 0x1
	.byte	0x51
	.uleb128 0xe
	.long	.LASF330
	.byte	0x21
	.byte	0x1
	.long	0x5b2
	.byte	0
	.uleb128 0x8
	.long	.LASF684
	.byte	0x21
	.byte	0x1
	.quad	.LDL1
	.uleb128 0x1b
	.long	0x8823
	.quad	.LBI279
	.byte	.LVU10
	.quad	.LBB279
	.quad	.LBE279-.LBB279
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.uleb128 0x1
	.long	0x884a
	.long	.LLST0
	.long	.LVUS0
	.uleb128 0x1
	.long	0x883e
	.long	.LLST1
	.long	.LVUS1
	.uleb128 0x1
	.long	0x8834
	.long	.LLST2
	.long	.LVUS2
	.uleb128 0x15
	.long	0x8855
	.byte	0
	.uleb128 0x9
	.long	0x885f
	.quad	.LDL2
	.uleb128 0x24
	.long	0x8866
	.quad	.LBB281
	.quad	.LBE281-.LBB281
	.uleb128 0x2
	.long	0x8867
	.long	.LLST3
	.long	.LVUS3
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF685
	.byte	0x1
	.byte	0x20
	.byte	0x1
	.long	0xd7a
	.byte	0x3
	.long	0x8874
	.uleb128 0x7
	.string	"m"
	.byte	0x1
	.byte	0x20
	.byte	0x1
	.long	0xdc4
	.uleb128 0x7
	.string	"arg"
	.byte	0x1
	.byte	0x20
	.byte	0x1
	.long	0x1c9
	.uleb128 0x7
	.string	"sp"
	.byte	0x1
	.byte	0x20
	.byte	0x1
	.long	0x94b
	.uleb128 0x18
	.long	.LASF330
	.byte	0x20
	.long	0x5b2
	.uleb128 0x5
	.long	.LASF686
	.byte	0x21
	.byte	0x1
	.uleb128 0x16
	.uleb128 0xc
	.string	"f_"
	.byte	0x1
	.byte	0x21
	.byte	0x1
	.long	0x4d
	.byte	0
	.byte	0
	.uleb128 0x14
	.long	.LASF687
	.byte	0x2
	.byte	0x54
	.byte	0x11
	.long	0x1bd
	.byte	0x1
	.long	0x88a5
	.uleb128 0x7
	.string	"n"
	.byte	0x2
	.byte	0x54
	.byte	0x36
	.long	0xd75
	.uleb128 0x7
	.string	"ra"
	.byte	0x2
	.byte	0x54
	.byte	0x3f
	.long	0x168
	.uleb128 0xc
	.string	"k"
	.byte	0x2
	.byte	0x56
	.byte	0xe
	.long	0x1bd
	.byte	0
	.uleb128 0x14
	.long	.LASF688
	.byte	0x4
	.byte	0x61
	.byte	0x18
	.long	0x1bd
	.byte	0x3
	.long	0x88cb
	.uleb128 0x7
	.string	"p"
	.byte	0x4
	.byte	0x61
	.byte	0x32
	.long	0xebb
	.uleb128 0xc
	.string	"v"
	.byte	0x4
	.byte	0x63
	.byte	0xe
	.long	0x1bd
	.byte	0
	.uleb128 0x14
	.long	.LASF689
	.byte	0x4
	.byte	0x58
	.byte	0x14
	.long	0x4b8
	.byte	0x3
	.long	0x88f1
	.uleb128 0x7
	.string	"p"
	.byte	0x4
	.byte	0x58
	.byte	0x2c
	.long	0xebb
	.uleb128 0xc
	.string	"v"
	.byte	0x4
	.byte	0x5a
	.byte	0xe
	.long	0x1c9
	.byte	0
	.uleb128 0x64
	.long	0x1c39
	.quad	.LFB135
	.quad	.LFE135-.LFB135
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x1
	.long	0x1c44
	.long	.LLST322
	.long	.LVUS322
	.uleb128 0x2
	.long	0x1c50
	.long	.LLST323
	.long	.LVUS323
	.uleb128 0x46
	.long	0x1c39
	.quad	.LBI607
	.byte	.LVU1559
	.long	.LLRL324
	.uleb128 0x1
	.long	0x1c44
	.long	.LLST325
	.long	.LVUS325
	.uleb128 0xb
	.long	.LLRL324
	.uleb128 0x3c
	.long	0x1c50
	.uleb128 0x21
	.quad	.LVL317
	.long	0xff2
	.uleb128 0x21
	.quad	.LVL318
	.long	0xfdf
	.uleb128 0x21
	.quad	.LVL319
	.long	0xfdf
	.uleb128 0x4a
	.quad	.LVL321
	.long	0xfdf
	.uleb128 0x3
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
	.uleb128 0x3
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x28
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x5
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
	.uleb128 0x6
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
	.uleb128 0x7
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
	.uleb128 0x8
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
	.uleb128 0x11
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xc
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
	.uleb128 0xd
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
	.uleb128 0xe
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
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0xf
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
	.uleb128 0x10
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
	.uleb128 0x11
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
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
	.uleb128 0x13
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x14
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
	.uleb128 0x15
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x16
	.uleb128 0xb
	.byte	0x1
	.byte	0
	.byte	0
	.uleb128 0x17
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x18
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
	.sleb128 1
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
	.byte	0
	.byte	0
	.uleb128 0x1a
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
	.uleb128 0x1b
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x1c
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
	.uleb128 0x1d
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
	.byte	0
	.byte	0
	.uleb128 0x1e
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x1f
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
	.uleb128 0x20
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
	.uleb128 0x21
	.uleb128 0x48
	.byte	0
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x22
	.uleb128 0x26
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x23
	.uleb128 0x1
	.byte	0x1
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x1
	.uleb128 0x13
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
	.byte	0
	.byte	0
	.uleb128 0x25
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x26
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
	.uleb128 0x27
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
	.uleb128 0x28
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x29
	.uleb128 0xa
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2a
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2b
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
	.uleb128 0x2c
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x2d
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
	.uleb128 0x2e
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 18
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
	.uleb128 0x2f
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
	.uleb128 0x30
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
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 3
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
	.uleb128 0x32
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x33
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x34
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x35
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x36
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x37
	.uleb128 0x13
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x38
	.uleb128 0x21
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2f
	.uleb128 0x5
	.byte	0
	.byte	0
	.uleb128 0x39
	.uleb128 0x15
	.byte	0x1
	.uleb128 0x27
	.uleb128 0x19
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
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x3b
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x1c
	.uleb128 0x21
	.sleb128 0
	.byte	0
	.byte	0
	.uleb128 0x3c
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x3d
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x3e
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x3f
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
	.byte	0
	.byte	0
	.uleb128 0x40
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0x6
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 18
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x41
	.uleb128 0xd
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 18
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
	.uleb128 0x42
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
	.uleb128 0x43
	.uleb128 0x13
	.byte	0x1
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 8
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x44
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
	.uleb128 0x45
	.uleb128 0x34
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x46
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
	.sleb128 2
	.uleb128 0x59
	.uleb128 0x21
	.sleb128 376
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 13
	.byte	0
	.byte	0
	.uleb128 0x47
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
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
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0x21
	.sleb128 26
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x49
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 2
	.uleb128 0x3b
	.uleb128 0x5
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4a
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
	.uleb128 0x4b
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
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x4c
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
	.uleb128 0x4d
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
	.uleb128 0x4e
	.uleb128 0xf
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.byte	0
	.byte	0
	.uleb128 0x4f
	.uleb128 0x26
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x50
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
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x52
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
	.uleb128 0x55
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
	.uleb128 0x56
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
	.uleb128 0x57
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
	.uleb128 0x58
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
	.uleb128 0x59
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
	.uleb128 0x5
	.uleb128 0x57
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5a
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
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0x5
	.uleb128 0x57
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
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x5d
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
	.uleb128 0x5e
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
	.uleb128 0x5f
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
	.uleb128 0x60
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.byte	0
	.byte	0
	.uleb128 0x61
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
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x62
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
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x63
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
	.uleb128 0x64
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
.LVUS348:
	.uleb128 0
	.uleb128 .LVU1663
	.uleb128 .LVU1663
	.uleb128 .LVU1742
	.uleb128 .LVU1742
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 0
.LLST348:
	.byte	0x6
	.quad	.LVL344
	.byte	0x4
	.uleb128 .LVL344-.LVL344
	.uleb128 .LVL346-.LVL344
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL346-.LVL344
	.uleb128 .LVL362-.LVL344
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL362-.LVL344
	.uleb128 .LVL364-.LVL344
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL364-.LVL344
	.uleb128 .LFE140-.LVL344
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS350:
	.uleb128 .LVU1660
	.uleb128 .LVU1663
	.uleb128 .LVU1663
	.uleb128 .LVU1742
	.uleb128 .LVU1742
	.uleb128 .LVU1744
	.uleb128 .LVU1744
	.uleb128 0
.LLST350:
	.byte	0x6
	.quad	.LVL345
	.byte	0x4
	.uleb128 .LVL345-.LVL345
	.uleb128 .LVL346-.LVL345
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL346-.LVL345
	.uleb128 .LVL362-.LVL345
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL362-.LVL345
	.uleb128 .LVL364-.LVL345
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL364-.LVL345
	.uleb128 .LFE140-.LVL345
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS351:
	.uleb128 .LVU1669
	.uleb128 .LVU1671
	.uleb128 .LVU1671
	.uleb128 .LVU1740
	.uleb128 .LVU1744
	.uleb128 .LVU1755
	.uleb128 .LVU1755
	.uleb128 .LVU1756
	.uleb128 .LVU1757
	.uleb128 .LVU1761
.LLST351:
	.byte	0x6
	.quad	.LVL348
	.byte	0x4
	.uleb128 .LVL348-.LVL348
	.uleb128 .LVL349-1-.LVL348
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL349-1-.LVL348
	.uleb128 .LVL361-.LVL348
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL364-.LVL348
	.uleb128 .LVL369-.LVL348
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL369-.LVL348
	.uleb128 .LVL370-1-.LVL348
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL371-.LVL348
	.uleb128 .LVL372-.LVL348
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS352:
	.uleb128 .LVU1672
	.uleb128 .LVU1678
	.uleb128 .LVU1678
	.uleb128 .LVU1743
	.uleb128 .LVU1744
	.uleb128 .LVU1757
	.uleb128 .LVU1757
	.uleb128 .LVU1762
	.uleb128 .LVU1762
	.uleb128 0
.LLST352:
	.byte	0x6
	.quad	.LVL350
	.byte	0x4
	.uleb128 .LVL350-.LVL350
	.uleb128 .LVL351-1-.LVL350
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL351-1-.LVL350
	.uleb128 .LVL363-.LVL350
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL364-.LVL350
	.uleb128 .LVL371-.LVL350
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL371-.LVL350
	.uleb128 .LVL373-1-.LVL350
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL373-1-.LVL350
	.uleb128 .LFE140-.LVL350
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS353:
	.uleb128 .LVU1702
	.uleb128 .LVU1716
	.uleb128 .LVU1716
	.uleb128 .LVU1740
.LLST353:
	.byte	0x6
	.quad	.LVL355
	.byte	0x4
	.uleb128 .LVL355-.LVL355
	.uleb128 .LVL357-1-.LVL355
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL357-1-.LVL355
	.uleb128 .LVL361-.LVL355
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS354:
	.uleb128 .LVU1708
	.uleb128 .LVU1718
	.uleb128 .LVU1718
	.uleb128 .LVU1728
	.uleb128 .LVU1728
	.uleb128 .LVU1740
.LLST354:
	.byte	0x6
	.quad	.LVL356
	.byte	0x4
	.uleb128 .LVL356-.LVL356
	.uleb128 .LVL357-.LVL356
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL357-.LVL356
	.uleb128 .LVL358-.LVL356
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL358-.LVL356
	.uleb128 .LVL361-.LVL356
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS356:
	.uleb128 .LVU1746
	.uleb128 .LVU1755
	.uleb128 .LVU1755
	.uleb128 .LVU1756
.LLST356:
	.byte	0x6
	.quad	.LVL365
	.byte	0x4
	.uleb128 .LVL365-.LVL365
	.uleb128 .LVL369-.LVL365
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL369-.LVL365
	.uleb128 .LVL370-1-.LVL365
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS357:
	.uleb128 .LVU1748
	.uleb128 .LVU1755
	.uleb128 .LVU1755
	.uleb128 .LVU1756
.LLST357:
	.byte	0x6
	.quad	.LVL365
	.byte	0x4
	.uleb128 .LVL365-.LVL365
	.uleb128 .LVL369-.LVL365
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL369-.LVL365
	.uleb128 .LVL370-1-.LVL365
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS358:
	.uleb128 .LVU1749
	.uleb128 .LVU1755
	.uleb128 .LVU1755
	.uleb128 .LVU1756
.LLST358:
	.byte	0x6
	.quad	.LVL365
	.byte	0x4
	.uleb128 .LVL365-.LVL365
	.uleb128 .LVL369-.LVL365
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL369-.LVL365
	.uleb128 .LVL370-1-.LVL365
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS269:
	.uleb128 0
	.uleb128 .LVU1319
	.uleb128 .LVU1319
	.uleb128 .LVU1552
	.uleb128 .LVU1552
	.uleb128 0
.LLST269:
	.byte	0x6
	.quad	.LVL249
	.byte	0x4
	.uleb128 .LVL249-.LVL249
	.uleb128 .LVL252-1-.LVL249
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL252-1-.LVL249
	.uleb128 .LVL312-.LVL249
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL312-.LVL249
	.uleb128 .LFE139-.LVL249
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS270:
	.uleb128 0
	.uleb128 .LVU1311
	.uleb128 .LVU1311
	.uleb128 .LVU1335
	.uleb128 .LVU1335
	.uleb128 .LVU1339
	.uleb128 .LVU1339
	.uleb128 .LVU1532
	.uleb128 .LVU1532
	.uleb128 .LVU1536
	.uleb128 .LVU1536
	.uleb128 .LVU1550
	.uleb128 .LVU1550
	.uleb128 .LVU1553
	.uleb128 .LVU1553
	.uleb128 0
.LLST270:
	.byte	0x6
	.quad	.LVL249
	.byte	0x4
	.uleb128 .LVL249-.LVL249
	.uleb128 .LVL250-.LVL249
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL250-.LVL249
	.uleb128 .LVL255-.LVL249
	.uleb128 0x1
	.byte	0x5f
	.byte	0x4
	.uleb128 .LVL255-.LVL249
	.uleb128 .LVL256-.LVL249
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL256-.LVL249
	.uleb128 .LVL304-.LVL249
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL304-.LVL249
	.uleb128 .LVL306-.LVL249
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL306-.LVL249
	.uleb128 .LVL311-.LVL249
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL311-.LVL249
	.uleb128 .LVL313-.LVL249
	.uleb128 0x1
	.byte	0x5e
	.byte	0x4
	.uleb128 .LVL313-.LVL249
	.uleb128 .LFE139-.LVL249
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS271:
	.uleb128 .LVU1313
	.uleb128 .LVU1319
	.uleb128 .LVU1319
	.uleb128 .LVU1552
	.uleb128 .LVU1552
	.uleb128 0
.LLST271:
	.byte	0x6
	.quad	.LVL251
	.byte	0x4
	.uleb128 .LVL251-.LVL251
	.uleb128 .LVL252-1-.LVL251
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL252-1-.LVL251
	.uleb128 .LVL312-.LVL251
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL312-.LVL251
	.uleb128 .LFE139-.LVL251
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS283:
	.uleb128 .LVU1332
	.uleb128 .LVU1335
	.uleb128 .LVU1335
	.uleb128 .LVU1339
	.uleb128 .LVU1534
	.uleb128 .LVU1535
	.uleb128 .LVU1550
	.uleb128 0
.LLST283:
	.byte	0x6
	.quad	.LVL254
	.byte	0x4
	.uleb128 .LVL254-.LVL254
	.uleb128 .LVL255-.LVL254
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL255-.LVL254
	.uleb128 .LVL256-.LVL254
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL304-.LVL254
	.uleb128 .LVL305-.LVL254
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL311-.LVL254
	.uleb128 .LFE139-.LVL254
	.uleb128 0x3
	.byte	0x71
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS285:
	.uleb128 .LVU1335
	.uleb128 .LVU1339
	.uleb128 .LVU1432
	.uleb128 .LVU1433
.LLST285:
	.byte	0x6
	.quad	.LVL255
	.byte	0x4
	.uleb128 .LVL255-.LVL255
	.uleb128 .LVL256-.LVL255
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL275-.LVL255
	.uleb128 .LVL276-.LVL255
	.uleb128 0x3
	.byte	0x76
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS287:
	.uleb128 .LVU1345
	.uleb128 .LVU1349
	.uleb128 .LVU1349
	.uleb128 .LVU1532
	.uleb128 .LVU1536
	.uleb128 .LVU1550
.LLST287:
	.byte	0x6
	.quad	.LVL257
	.byte	0x4
	.uleb128 .LVL257-.LVL257
	.uleb128 .LVL259-.LVL257
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL259-.LVL257
	.uleb128 .LVL304-.LVL257
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.byte	0x4
	.uleb128 .LVL306-.LVL257
	.uleb128 .LVL311-.LVL257
	.uleb128 0x3
	.byte	0x91
	.sleb128 -96
	.byte	0
.LVUS288:
	.uleb128 .LVU1347
	.uleb128 .LVU1360
	.uleb128 .LVU1360
	.uleb128 .LVU1522
	.uleb128 .LVU1522
	.uleb128 .LVU1529
	.uleb128 .LVU1529
	.uleb128 .LVU1532
	.uleb128 .LVU1536
	.uleb128 .LVU1550
.LLST288:
	.byte	0x6
	.quad	.LVL258
	.byte	0x4
	.uleb128 .LVL258-.LVL258
	.uleb128 .LVL263-1-.LVL258
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL263-1-.LVL258
	.uleb128 .LVL299-.LVL258
	.uleb128 0x3
	.byte	0x91
	.sleb128 -108
	.byte	0x4
	.uleb128 .LVL299-.LVL258
	.uleb128 .LVL301-.LVL258
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL301-.LVL258
	.uleb128 .LVL304-.LVL258
	.uleb128 0x3
	.byte	0x91
	.sleb128 -108
	.byte	0x4
	.uleb128 .LVL306-.LVL258
	.uleb128 .LVL311-.LVL258
	.uleb128 0x3
	.byte	0x91
	.sleb128 -108
	.byte	0
.LVUS289:
	.uleb128 .LVU1349
	.uleb128 .LVU1352
	.uleb128 .LVU1524
	.uleb128 .LVU1529
.LLST289:
	.byte	0x6
	.quad	.LVL259
	.byte	0x4
	.uleb128 .LVL259-.LVL259
	.uleb128 .LVL260-.LVL259
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL300-.LVL259
	.uleb128 .LVL301-.LVL259
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS290:
	.uleb128 .LVU1356
	.uleb128 .LVU1358
.LLST290:
	.byte	0x8
	.quad	.LVL261
	.uleb128 .LVL262-.LVL261
	.uleb128 0xf
	.byte	0x73
	.sleb128 0
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x70
	.sleb128 0
	.byte	0x1e
	.byte	0x79
	.sleb128 0
	.byte	0x22
	.byte	0x9f
	.byte	0
.LVUS291:
	.uleb128 .LVU1356
	.uleb128 .LVU1360
.LLST291:
	.byte	0x8
	.quad	.LVL261
	.uleb128 .LVL263-1-.LVL261
	.uleb128 0x2
	.byte	0x75
	.sleb128 16
	.byte	0
.LVUS292:
	.uleb128 .LVU1392
	.uleb128 .LVU1428
	.uleb128 .LVU1433
	.uleb128 .LVU1459
	.uleb128 .LVU1529
	.uleb128 .LVU1531
.LLST292:
	.byte	0x6
	.quad	.LVL269
	.byte	0x4
	.uleb128 .LVL269-.LVL269
	.uleb128 .LVL274-.LVL269
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL276-.LVL269
	.uleb128 .LVL287-.LVL269
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL301-.LVL269
	.uleb128 .LVL303-.LVL269
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS293:
	.uleb128 .LVU1398
	.uleb128 .LVU1410
	.uleb128 .LVU1433
	.uleb128 .LVU1435
	.uleb128 .LVU1439
	.uleb128 .LVU1451
	.uleb128 .LVU1455
	.uleb128 .LVU1459
	.uleb128 .LVU1529
	.uleb128 .LVU1530
.LLST293:
	.byte	0x6
	.quad	.LVL270
	.byte	0x4
	.uleb128 .LVL270-.LVL270
	.uleb128 .LVL271-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.LVL270
	.uleb128 .LVL278-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.LVL270
	.uleb128 .LVL280-.LVL270
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL284-.LVL270
	.uleb128 .LVL287-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL301-.LVL270
	.uleb128 .LVL302-1-.LVL270
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS295:
	.uleb128 .LVU1366
	.uleb128 .LVU1371
.LLST295:
	.byte	0x8
	.quad	.LVL264
	.uleb128 .LVL265-.LVL264
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS297:
	.uleb128 .LVU1461
	.uleb128 .LVU1484
	.uleb128 .LVU1542
	.uleb128 .LVU1550
.LLST297:
	.byte	0x6
	.quad	.LVL287
	.byte	0x4
	.uleb128 .LVL287-.LVL287
	.uleb128 .LVL291-.LVL287
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL309-.LVL287
	.uleb128 .LVL311-.LVL287
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS298:
	.uleb128 .LVU1465
	.uleb128 .LVU1479
	.uleb128 .LVU1479
	.uleb128 .LVU1484
	.uleb128 .LVU1542
	.uleb128 .LVU1550
.LLST298:
	.byte	0x6
	.quad	.LVL288
	.byte	0x4
	.uleb128 .LVL288-.LVL288
	.uleb128 .LVL290-.LVL288
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL290-.LVL288
	.uleb128 .LVL291-.LVL288
	.uleb128 0x13
	.byte	0x7c
	.sleb128 32
	.byte	0x6
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7c
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL309-.LVL288
	.uleb128 .LVL311-.LVL288
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS300:
	.uleb128 .LVU1475
	.uleb128 .LVU1479
	.uleb128 .LVU1479
	.uleb128 .LVU1484
.LLST300:
	.byte	0x6
	.quad	.LVL289
	.byte	0x4
	.uleb128 .LVL289-.LVL289
	.uleb128 .LVL290-.LVL289
	.uleb128 0x10
	.byte	0x70
	.sleb128 1
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x7c
	.sleb128 24
	.byte	0x6
	.byte	0x22
	.byte	0x4
	.uleb128 .LVL290-.LVL289
	.uleb128 .LVL291-.LVL289
	.uleb128 0x22
	.byte	0x7c
	.sleb128 32
	.byte	0x6
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7c
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x32
	.byte	0x24
	.byte	0x7c
	.sleb128 24
	.byte	0x6
	.byte	0x22
	.byte	0
.LVUS301:
	.uleb128 .LVU1471
	.uleb128 .LVU1475
.LLST301:
	.byte	0x8
	.quad	.LVL289
	.uleb128 .LVL289-.LVL289
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS302:
	.uleb128 .LVU1474
	.uleb128 .LVU1479
	.uleb128 .LVU1479
	.uleb128 .LVU1484
.LLST302:
	.byte	0x6
	.quad	.LVL289
	.byte	0x4
	.uleb128 .LVL289-.LVL289
	.uleb128 .LVL290-.LVL289
	.uleb128 0x2
	.byte	0x70
	.sleb128 1
	.byte	0x4
	.uleb128 .LVL290-.LVL289
	.uleb128 .LVL291-.LVL289
	.uleb128 0x14
	.byte	0x7c
	.sleb128 32
	.byte	0x6
	.byte	0x75
	.sleb128 0
	.byte	0x22
	.byte	0x94
	.byte	0x4
	.byte	0xc
	.long	0xffffffff
	.byte	0x1a
	.byte	0x7c
	.sleb128 8
	.byte	0x6
	.byte	0x22
	.byte	0x23
	.uleb128 0x1
	.byte	0
.LVUS303:
	.uleb128 .LVU1544
	.uleb128 .LVU1548
.LLST303:
	.byte	0x8
	.quad	.LVL309
	.uleb128 .LVL310-.LVL309
	.uleb128 0x3
	.byte	0x70
	.sleb128 1
	.byte	0x9f
	.byte	0
.LVUS304:
	.uleb128 .LVU1547
	.uleb128 .LVU1550
.LLST304:
	.byte	0x8
	.quad	.LVL310
	.uleb128 .LVL311-.LVL310
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS305:
	.uleb128 .LVU1373
	.uleb128 .LVU1380
.LLST305:
	.byte	0x8
	.quad	.LVL265
	.uleb128 .LVL266-.LVL265
	.uleb128 0x3
	.byte	0x91
	.sleb128 -84
	.byte	0
.LVUS307:
	.uleb128 .LVU1382
	.uleb128 .LVU1384
	.uleb128 .LVU1498
	.uleb128 .LVU1500
	.uleb128 .LVU1500
	.uleb128 .LVU1500
.LLST307:
	.byte	0x6
	.quad	.LVL266
	.byte	0x4
	.uleb128 .LVL266-.LVL266
	.uleb128 .LVL267-.LVL266
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL295-.LVL266
	.uleb128 .LVL296-1-.LVL266
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL296-1-.LVL266
	.uleb128 .LVL296-.LVL266
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS309:
	.uleb128 .LVU1399
	.uleb128 .LVU1410
	.uleb128 .LVU1433
	.uleb128 .LVU1435
	.uleb128 .LVU1440
	.uleb128 .LVU1451
	.uleb128 .LVU1455
	.uleb128 .LVU1459
	.uleb128 .LVU1529
	.uleb128 .LVU1530
.LLST309:
	.byte	0x6
	.quad	.LVL270
	.byte	0x4
	.uleb128 .LVL270-.LVL270
	.uleb128 .LVL271-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL276-.LVL270
	.uleb128 .LVL278-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL279-.LVL270
	.uleb128 .LVL280-.LVL270
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL284-.LVL270
	.uleb128 .LVL287-.LVL270
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL301-.LVL270
	.uleb128 .LVL302-1-.LVL270
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS310:
	.uleb128 .LVU1399
	.uleb128 .LVU1410
	.uleb128 .LVU1433
	.uleb128 .LVU1435
	.uleb128 .LVU1440
	.uleb128 .LVU1451
	.uleb128 .LVU1455
	.uleb128 .LVU1459
	.uleb128 .LVU1529
	.uleb128 .LVU1531
.LLST310:
	.byte	0x6
	.quad	.LVL270
	.byte	0x4
	.uleb128 .LVL270-.LVL270
	.uleb128 .LVL271-.LVL270
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL276-.LVL270
	.uleb128 .LVL278-.LVL270
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL279-.LVL270
	.uleb128 .LVL280-.LVL270
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL284-.LVL270
	.uleb128 .LVL287-.LVL270
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL301-.LVL270
	.uleb128 .LVL303-.LVL270
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS311:
	.uleb128 .LVU1449
	.uleb128 .LVU1451
	.uleb128 .LVU1529
	.uleb128 .LVU1531
.LLST311:
	.byte	0x6
	.quad	.LVL279
	.byte	0x4
	.uleb128 .LVL279-.LVL279
	.uleb128 .LVL280-.LVL279
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL301-.LVL279
	.uleb128 .LVL303-.LVL279
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS312:
	.uleb128 .LVU1399
	.uleb128 .LVU1410
	.uleb128 .LVU1433
	.uleb128 .LVU1435
	.uleb128 .LVU1440
	.uleb128 .LVU1451
	.uleb128 .LVU1455
	.uleb128 .LVU1459
	.uleb128 .LVU1529
	.uleb128 .LVU1531
.LLST312:
	.byte	0x6
	.quad	.LVL270
	.byte	0x4
	.uleb128 .LVL270-.LVL270
	.uleb128 .LVL271-.LVL270
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL276-.LVL270
	.uleb128 .LVL278-.LVL270
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL279-.LVL270
	.uleb128 .LVL280-.LVL270
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL284-.LVL270
	.uleb128 .LVL287-.LVL270
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL301-.LVL270
	.uleb128 .LVL303-.LVL270
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS314:
	.uleb128 .LVU1414
	.uleb128 .LVU1424
.LLST314:
	.byte	0x8
	.quad	.LVL272
	.uleb128 .LVL273-.LVL272
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS315:
	.uleb128 .LVU1414
	.uleb128 .LVU1424
.LLST315:
	.byte	0x8
	.quad	.LVL272
	.uleb128 .LVL273-.LVL272
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS316:
	.uleb128 .LVU1414
	.uleb128 .LVU1424
.LLST316:
	.byte	0x8
	.quad	.LVL272
	.uleb128 .LVL273-.LVL272
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS318:
	.uleb128 .LVU1486
	.uleb128 .LVU1492
	.uleb128 .LVU1536
	.uleb128 .LVU1541
.LLST318:
	.byte	0x6
	.quad	.LVL292
	.byte	0x4
	.uleb128 .LVL292-.LVL292
	.uleb128 .LVL293-1-.LVL292
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 .LVL306-.LVL292
	.uleb128 .LVL307-1-.LVL292
	.uleb128 0x1
	.byte	0x59
	.byte	0
.LVUS319:
	.uleb128 .LVU1484
	.uleb128 .LVU1496
	.uleb128 .LVU1536
	.uleb128 .LVU1542
.LLST319:
	.byte	0x6
	.quad	.LVL291
	.byte	0x4
	.uleb128 .LVL291-.LVL291
	.uleb128 .LVL295-.LVL291
	.uleb128 0x1
	.byte	0x5d
	.byte	0x4
	.uleb128 .LVL306-.LVL291
	.uleb128 .LVL309-.LVL291
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS320:
	.uleb128 .LVU1509
	.uleb128 .LVU1513
.LLST320:
	.byte	0x8
	.quad	.LVL298
	.uleb128 .LVL298-.LVL298
	.uleb128 0x7
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0x23
	.uleb128 0x1
	.byte	0x9f
	.byte	0
.LVUS321:
	.uleb128 .LVU1512
	.uleb128 .LVU1522
.LLST321:
	.byte	0x8
	.quad	.LVL298
	.uleb128 .LVL299-.LVL298
	.uleb128 0x6
	.byte	0x91
	.sleb128 -96
	.byte	0x6
	.byte	0x23
	.uleb128 0x1
	.byte	0
.LVUS273:
	.uleb128 .LVU1314
	.uleb128 .LVU1319
	.uleb128 .LVU1319
	.uleb128 .LVU1319
.LLST273:
	.byte	0x6
	.quad	.LVL251
	.byte	0x4
	.uleb128 .LVL251-.LVL251
	.uleb128 .LVL252-1-.LVL251
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL252-1-.LVL251
	.uleb128 .LVL252-.LVL251
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS275:
	.uleb128 .LVU1323
	.uleb128 .LVU1329
.LLST275:
	.byte	0x8
	.quad	.LVL253
	.uleb128 .LVL254-.LVL253
	.uleb128 0x3
	.byte	0x8
	.byte	0xff
	.byte	0x9f
	.byte	0
.LVUS276:
	.uleb128 .LVU1323
	.uleb128 .LVU1329
.LLST276:
	.byte	0x8
	.quad	.LVL253
	.uleb128 .LVL254-.LVL253
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
.LVUS279:
	.uleb128 .LVU1323
	.uleb128 .LVU1329
.LLST279:
	.byte	0x8
	.quad	.LVL253
	.uleb128 .LVL254-.LVL253
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS281:
	.uleb128 .LVU1323
	.uleb128 .LVU1329
.LLST281:
	.byte	0x8
	.quad	.LVL253
	.uleb128 .LVL254-.LVL253
	.uleb128 0x1
	.byte	0x5d
	.byte	0
.LVUS169:
	.uleb128 0
	.uleb128 .LVU711
	.uleb128 .LVU711
	.uleb128 0
.LLST169:
	.byte	0x6
	.quad	.LVL86
	.byte	0x4
	.uleb128 .LVL86-.LVL86
	.uleb128 .LVL87-.LVL86
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL87-.LVL86
	.uleb128 .LFE138-.LVL86
	.uleb128 0x3
	.byte	0x91
	.sleb128 -80
	.byte	0
.LVUS170:
	.uleb128 0
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 0
.LLST170:
	.byte	0x6
	.quad	.LVL86
	.byte	0x4
	.uleb128 .LVL86-.LVL86
	.uleb128 .LVL88-1-.LVL86
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL88-1-.LVL86
	.uleb128 .LFE138-.LVL86
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS171:
	.uleb128 0
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 0
.LLST171:
	.byte	0x6
	.quad	.LVL86
	.byte	0x4
	.uleb128 .LVL86-.LVL86
	.uleb128 .LVL88-1-.LVL86
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL88-1-.LVL86
	.uleb128 .LFE138-.LVL86
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0
.LVUS172:
	.uleb128 .LVU706
	.uleb128 .LVU714
	.uleb128 .LVU714
	.uleb128 0
.LLST172:
	.byte	0x6
	.quad	.LVL86
	.byte	0x4
	.uleb128 .LVL86-.LVL86
	.uleb128 .LVL88-1-.LVL86
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL88-1-.LVL86
	.uleb128 .LFE138-.LVL86
	.uleb128 0x3
	.byte	0x91
	.sleb128 -72
	.byte	0
.LVUS173:
	.uleb128 .LVU716
	.uleb128 .LVU717
.LLST173:
	.byte	0x8
	.quad	.LVL89
	.uleb128 .LVL90-1-.LVL89
	.uleb128 0x4
	.byte	0x91
	.sleb128 -72
	.byte	0x6
	.byte	0
.LVUS166:
	.uleb128 0
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU703
	.uleb128 .LVU703
	.uleb128 0
.LLST166:
	.byte	0x6
	.quad	.LVL81
	.byte	0x4
	.uleb128 .LVL81-.LVL81
	.uleb128 .LVL83-.LVL81
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL83-.LVL81
	.uleb128 .LVL85-1-.LVL81
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL85-1-.LVL81
	.uleb128 .LFE136-.LVL81
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS167:
	.uleb128 0
	.uleb128 .LVU702
	.uleb128 .LVU702
	.uleb128 .LVU703
	.uleb128 .LVU703
	.uleb128 0
.LLST167:
	.byte	0x6
	.quad	.LVL81
	.byte	0x4
	.uleb128 .LVL81-.LVL81
	.uleb128 .LVL84-.LVL81
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL84-.LVL81
	.uleb128 .LVL85-1-.LVL81
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL85-1-.LVL81
	.uleb128 .LFE136-.LVL81
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS168:
	.uleb128 .LVU699
	.uleb128 .LVU701
	.uleb128 .LVU701
	.uleb128 .LVU703
	.uleb128 .LVU703
	.uleb128 0
.LLST168:
	.byte	0x6
	.quad	.LVL82
	.byte	0x4
	.uleb128 .LVL82-.LVL82
	.uleb128 .LVL83-.LVL82
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL83-.LVL82
	.uleb128 .LVL85-1-.LVL82
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL85-1-.LVL82
	.uleb128 .LFE136-.LVL82
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS326:
	.uleb128 0
	.uleb128 .LVU1601
	.uleb128 .LVU1601
	.uleb128 0
.LLST326:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL324-.LVL322
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL324-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS327:
	.uleb128 0
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 0
.LLST327:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL326-.LVL322
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL326-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS328:
	.uleb128 0
	.uleb128 .LVU1600
	.uleb128 .LVU1600
	.uleb128 0
.LLST328:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL323-.LVL322
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL323-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS330:
	.uleb128 .LVU1587
	.uleb128 .LVU1600
	.uleb128 .LVU1600
	.uleb128 0
.LLST330:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL323-.LVL322
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL323-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS331:
	.uleb128 .LVU1587
	.uleb128 .LVU1604
	.uleb128 .LVU1604
	.uleb128 0
.LLST331:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL326-.LVL322
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL326-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS332:
	.uleb128 .LVU1587
	.uleb128 .LVU1601
	.uleb128 .LVU1601
	.uleb128 0
.LLST332:
	.byte	0x6
	.quad	.LVL322
	.byte	0x4
	.uleb128 .LVL322-.LVL322
	.uleb128 .LVL324-.LVL322
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL324-.LVL322
	.uleb128 .LFE126-.LVL322
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS334:
	.uleb128 .LVU1602
	.uleb128 .LVU1603
	.uleb128 .LVU1603
	.uleb128 .LVU1613
.LLST334:
	.byte	0x6
	.quad	.LVL324
	.byte	0x4
	.uleb128 .LVL324-.LVL324
	.uleb128 .LVL325-.LVL324
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL325-.LVL324
	.uleb128 .LVL330-.LVL324
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS335:
	.uleb128 .LVU1601
	.uleb128 .LVU1613
.LLST335:
	.byte	0x8
	.quad	.LVL324
	.uleb128 .LVL330-.LVL324
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS336:
	.uleb128 .LVU1602
	.uleb128 .LVU1605
	.uleb128 .LVU1605
	.uleb128 .LVU1613
.LLST336:
	.byte	0x6
	.quad	.LVL324
	.byte	0x4
	.uleb128 .LVL324-.LVL324
	.uleb128 .LVL327-.LVL324
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL327-.LVL324
	.uleb128 .LVL330-.LVL324
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS337:
	.uleb128 0
	.uleb128 .LVU1640
	.uleb128 .LVU1640
	.uleb128 0
.LLST337:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL335-.LVL333
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL335-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS338:
	.uleb128 0
	.uleb128 .LVU1643
	.uleb128 .LVU1643
	.uleb128 0
.LLST338:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL337-.LVL333
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL337-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS339:
	.uleb128 0
	.uleb128 .LVU1639
	.uleb128 .LVU1639
	.uleb128 0
.LLST339:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL334-.LVL333
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL334-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS341:
	.uleb128 .LVU1626
	.uleb128 .LVU1639
	.uleb128 .LVU1639
	.uleb128 0
.LLST341:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL334-.LVL333
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL334-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS342:
	.uleb128 .LVU1626
	.uleb128 .LVU1643
	.uleb128 .LVU1643
	.uleb128 0
.LLST342:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL337-.LVL333
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL337-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS343:
	.uleb128 .LVU1626
	.uleb128 .LVU1640
	.uleb128 .LVU1640
	.uleb128 0
.LLST343:
	.byte	0x6
	.quad	.LVL333
	.byte	0x4
	.uleb128 .LVL333-.LVL333
	.uleb128 .LVL335-.LVL333
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL335-.LVL333
	.uleb128 .LFE125-.LVL333
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS345:
	.uleb128 .LVU1641
	.uleb128 .LVU1642
	.uleb128 .LVU1642
	.uleb128 .LVU1652
.LLST345:
	.byte	0x6
	.quad	.LVL335
	.byte	0x4
	.uleb128 .LVL335-.LVL335
	.uleb128 .LVL336-.LVL335
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL336-.LVL335
	.uleb128 .LVL341-.LVL335
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS346:
	.uleb128 .LVU1640
	.uleb128 .LVU1652
.LLST346:
	.byte	0x8
	.quad	.LVL335
	.uleb128 .LVL341-.LVL335
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS347:
	.uleb128 .LVU1641
	.uleb128 .LVU1644
	.uleb128 .LVU1644
	.uleb128 .LVU1652
.LLST347:
	.byte	0x6
	.quad	.LVL335
	.byte	0x4
	.uleb128 .LVL335-.LVL335
	.uleb128 .LVL338-.LVL335
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL338-.LVL335
	.uleb128 .LVL341-.LVL335
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS259:
	.uleb128 0
	.uleb128 .LVU1253
	.uleb128 .LVU1253
	.uleb128 .LVU1290
	.uleb128 .LVU1290
	.uleb128 .LVU1291
	.uleb128 .LVU1291
	.uleb128 0
.LLST259:
	.byte	0x6
	.quad	.LVL233
	.byte	0x4
	.uleb128 .LVL233-.LVL233
	.uleb128 .LVL234-.LVL233
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL234-.LVL233
	.uleb128 .LVL242-.LVL233
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL242-.LVL233
	.uleb128 .LVL243-.LVL233
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL243-.LVL233
	.uleb128 .LFE123-.LVL233
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS260:
	.uleb128 0
	.uleb128 .LVU1272
	.uleb128 .LVU1272
	.uleb128 .LVU1291
	.uleb128 .LVU1291
	.uleb128 .LVU1294
	.uleb128 .LVU1294
	.uleb128 0
.LLST260:
	.byte	0x6
	.quad	.LVL233
	.byte	0x4
	.uleb128 .LVL233-.LVL233
	.uleb128 .LVL236-.LVL233
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL236-.LVL233
	.uleb128 .LVL243-.LVL233
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL243-.LVL233
	.uleb128 .LVL244-.LVL233
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL244-.LVL233
	.uleb128 .LFE123-.LVL233
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS261:
	.uleb128 0
	.uleb128 .LVU1277
	.uleb128 .LVU1277
	.uleb128 .LVU1287
	.uleb128 .LVU1287
	.uleb128 .LVU1291
	.uleb128 .LVU1291
	.uleb128 .LVU1295
	.uleb128 .LVU1295
	.uleb128 .LVU1298
	.uleb128 .LVU1298
	.uleb128 .LVU1301
	.uleb128 .LVU1301
	.uleb128 0
.LLST261:
	.byte	0x6
	.quad	.LVL233
	.byte	0x4
	.uleb128 .LVL233-.LVL233
	.uleb128 .LVL237-1-.LVL233
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL237-1-.LVL233
	.uleb128 .LVL240-.LVL233
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL240-.LVL233
	.uleb128 .LVL243-.LVL233
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL243-.LVL233
	.uleb128 .LVL245-.LVL233
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL245-.LVL233
	.uleb128 .LVL247-.LVL233
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.LVL233
	.uleb128 .LVL248-.LVL233
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL248-.LVL233
	.uleb128 .LFE123-.LVL233
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS263:
	.uleb128 .LVU1265
	.uleb128 .LVU1277
	.uleb128 .LVU1277
	.uleb128 .LVU1280
	.uleb128 .LVU1280
	.uleb128 .LVU1285
	.uleb128 .LVU1285
	.uleb128 .LVU1289
	.uleb128 .LVU1298
	.uleb128 .LVU1301
	.uleb128 .LVU1301
	.uleb128 0
.LLST263:
	.byte	0x6
	.quad	.LVL235
	.byte	0x4
	.uleb128 .LVL235-.LVL235
	.uleb128 .LVL237-1-.LVL235
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL237-1-.LVL235
	.uleb128 .LVL238-.LVL235
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL238-.LVL235
	.uleb128 .LVL239-.LVL235
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL239-.LVL235
	.uleb128 .LVL241-.LVL235
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL247-.LVL235
	.uleb128 .LVL248-.LVL235
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL248-.LVL235
	.uleb128 .LFE123-.LVL235
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS264:
	.uleb128 .LVU1265
	.uleb128 .LVU1272
	.uleb128 .LVU1272
	.uleb128 .LVU1289
	.uleb128 .LVU1298
	.uleb128 0
.LLST264:
	.byte	0x6
	.quad	.LVL235
	.byte	0x4
	.uleb128 .LVL235-.LVL235
	.uleb128 .LVL236-.LVL235
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL236-.LVL235
	.uleb128 .LVL241-.LVL235
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.LVL235
	.uleb128 .LFE123-.LVL235
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS265:
	.uleb128 .LVU1265
	.uleb128 .LVU1289
	.uleb128 .LVU1298
	.uleb128 0
.LLST265:
	.byte	0x6
	.quad	.LVL235
	.byte	0x4
	.uleb128 .LVL235-.LVL235
	.uleb128 .LVL241-.LVL235
	.uleb128 0x1
	.byte	0x5c
	.byte	0x4
	.uleb128 .LVL247-.LVL235
	.uleb128 .LFE123-.LVL235
	.uleb128 0x1
	.byte	0x5c
	.byte	0
.LVUS266:
	.uleb128 .LVU1267
	.uleb128 .LVU1291
	.uleb128 .LVU1298
	.uleb128 0
.LLST266:
	.byte	0x6
	.quad	.LVL235
	.byte	0x4
	.uleb128 .LVL235-.LVL235
	.uleb128 .LVL243-.LVL235
	.uleb128 0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL247-.LVL235
	.uleb128 .LFE123-.LVL235
	.uleb128 0x3
	.byte	0x8
	.byte	0x20
	.byte	0x9f
	.byte	0
.LVUS268:
	.uleb128 .LVU1288
	.uleb128 .LVU1289
.LLST268:
	.byte	0x8
	.quad	.LVL241
	.uleb128 .LVL241-.LVL241
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS251:
	.uleb128 0
	.uleb128 .LVU1213
	.uleb128 .LVU1213
	.uleb128 .LVU1230
	.uleb128 .LVU1230
	.uleb128 .LVU1233
	.uleb128 .LVU1233
	.uleb128 0
.LLST251:
	.byte	0x6
	.quad	.LVL219
	.byte	0x4
	.uleb128 .LVL219-.LVL219
	.uleb128 .LVL222-.LVL219
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL222-.LVL219
	.uleb128 .LVL227-.LVL219
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL227-.LVL219
	.uleb128 .LVL229-.LVL219
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.LVL219
	.uleb128 .LFE122-.LVL219
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS252:
	.uleb128 0
	.uleb128 .LVU1193
	.uleb128 .LVU1193
	.uleb128 0
.LLST252:
	.byte	0x6
	.quad	.LVL219
	.byte	0x4
	.uleb128 .LVL219-.LVL219
	.uleb128 .LVL220-.LVL219
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL220-.LVL219
	.uleb128 .LFE122-.LVL219
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS253:
	.uleb128 0
	.uleb128 .LVU1219
	.uleb128 .LVU1219
	.uleb128 .LVU1229
	.uleb128 .LVU1229
	.uleb128 .LVU1233
	.uleb128 .LVU1233
	.uleb128 .LVU1236
	.uleb128 .LVU1236
	.uleb128 .LVU1239
	.uleb128 .LVU1239
	.uleb128 0
.LLST253:
	.byte	0x6
	.quad	.LVL219
	.byte	0x4
	.uleb128 .LVL219-.LVL219
	.uleb128 .LVL223-1-.LVL219
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL223-1-.LVL219
	.uleb128 .LVL226-.LVL219
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL226-.LVL219
	.uleb128 .LVL229-.LVL219
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.LVL219
	.uleb128 .LVL230-.LVL219
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL230-.LVL219
	.uleb128 .LVL232-.LVL219
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL232-.LVL219
	.uleb128 .LFE122-.LVL219
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS255:
	.uleb128 .LVU1204
	.uleb128 .LVU1219
	.uleb128 .LVU1219
	.uleb128 .LVU1222
	.uleb128 .LVU1222
	.uleb128 .LVU1227
	.uleb128 .LVU1227
	.uleb128 .LVU1232
	.uleb128 .LVU1233
	.uleb128 .LVU1236
	.uleb128 .LVU1236
	.uleb128 .LVU1239
	.uleb128 .LVU1239
	.uleb128 0
.LLST255:
	.byte	0x6
	.quad	.LVL221
	.byte	0x4
	.uleb128 .LVL221-.LVL221
	.uleb128 .LVL223-1-.LVL221
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL223-1-.LVL221
	.uleb128 .LVL224-.LVL221
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL224-.LVL221
	.uleb128 .LVL225-.LVL221
	.uleb128 0x3
	.byte	0x73
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL225-.LVL221
	.uleb128 .LVL228-.LVL221
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL229-.LVL221
	.uleb128 .LVL230-.LVL221
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL230-.LVL221
	.uleb128 .LVL232-.LVL221
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL232-.LVL221
	.uleb128 .LFE122-.LVL221
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS256:
	.uleb128 .LVU1204
	.uleb128 .LVU1213
	.uleb128 .LVU1213
	.uleb128 .LVU1230
	.uleb128 .LVU1230
	.uleb128 .LVU1232
	.uleb128 .LVU1233
	.uleb128 0
.LLST256:
	.byte	0x6
	.quad	.LVL221
	.byte	0x4
	.uleb128 .LVL221-.LVL221
	.uleb128 .LVL222-.LVL221
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL222-.LVL221
	.uleb128 .LVL227-.LVL221
	.uleb128 0x1
	.byte	0x56
	.byte	0x4
	.uleb128 .LVL227-.LVL221
	.uleb128 .LVL228-.LVL221
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL229-.LVL221
	.uleb128 .LFE122-.LVL221
	.uleb128 0x1
	.byte	0x56
	.byte	0
.LVUS258:
	.uleb128 .LVU1231
	.uleb128 .LVU1232
.LLST258:
	.byte	0x8
	.quad	.LVL228
	.uleb128 .LVL228-.LVL228
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS822:
	.uleb128 0
	.uleb128 .LVU3760
	.uleb128 .LVU3760
	.uleb128 .LVU3791
	.uleb128 .LVU3791
	.uleb128 .LVU3794
	.uleb128 .LVU3794
	.uleb128 0
.LLST822:
	.byte	0x6
	.quad	.LVL966
	.byte	0x4
	.uleb128 .LVL966-.LVL966
	.uleb128 .LVL967-.LVL966
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL967-.LVL966
	.uleb128 .LVL972-.LVL966
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL972-.LVL966
	.uleb128 .LVL974-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL974-.LVL966
	.uleb128 .LFE120-.LVL966
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS823:
	.uleb128 0
	.uleb128 .LVU3783
	.uleb128 .LVU3783
	.uleb128 .LVU3794
	.uleb128 .LVU3794
	.uleb128 .LVU3799
	.uleb128 .LVU3799
	.uleb128 .LVU3816
	.uleb128 .LVU3816
	.uleb128 .LVU3822
	.uleb128 .LVU3822
	.uleb128 0
.LLST823:
	.byte	0x6
	.quad	.LVL966
	.byte	0x4
	.uleb128 .LVL966-.LVL966
	.uleb128 .LVL969-.LVL966
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL969-.LVL966
	.uleb128 .LVL974-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL974-.LVL966
	.uleb128 .LVL975-.LVL966
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL975-.LVL966
	.uleb128 .LVL985-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL966
	.uleb128 .LVL987-.LVL966
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL987-.LVL966
	.uleb128 .LFE120-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS824:
	.uleb128 0
	.uleb128 .LVU3785
	.uleb128 .LVU3785
	.uleb128 .LVU3794
	.uleb128 .LVU3794
	.uleb128 .LVU3813
	.uleb128 .LVU3813
	.uleb128 .LVU3816
	.uleb128 .LVU3816
	.uleb128 .LVU3819
	.uleb128 .LVU3819
	.uleb128 0
.LLST824:
	.byte	0x6
	.quad	.LVL966
	.byte	0x4
	.uleb128 .LVL966-.LVL966
	.uleb128 .LVL970-.LVL966
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL970-.LVL966
	.uleb128 .LVL974-.LVL966
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL974-.LVL966
	.uleb128 .LVL983-.LVL966
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL983-.LVL966
	.uleb128 .LVL985-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL966
	.uleb128 .LVL986-.LVL966
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL986-.LVL966
	.uleb128 .LFE120-.LVL966
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS826:
	.uleb128 .LVU3772
	.uleb128 .LVU3785
	.uleb128 .LVU3785
	.uleb128 .LVU3787
	.uleb128 .LVU3816
	.uleb128 .LVU3819
	.uleb128 .LVU3819
	.uleb128 0
.LLST826:
	.byte	0x6
	.quad	.LVL968
	.byte	0x4
	.uleb128 .LVL968-.LVL968
	.uleb128 .LVL970-.LVL968
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL970-.LVL968
	.uleb128 .LVL971-.LVL968
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL968
	.uleb128 .LVL986-.LVL968
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL986-.LVL968
	.uleb128 .LFE120-.LVL968
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS827:
	.uleb128 .LVU3772
	.uleb128 .LVU3783
	.uleb128 .LVU3783
	.uleb128 .LVU3793
	.uleb128 .LVU3816
	.uleb128 .LVU3822
	.uleb128 .LVU3822
	.uleb128 0
.LLST827:
	.byte	0x6
	.quad	.LVL968
	.byte	0x4
	.uleb128 .LVL968-.LVL968
	.uleb128 .LVL969-.LVL968
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL969-.LVL968
	.uleb128 .LVL973-.LVL968
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL968
	.uleb128 .LVL987-.LVL968
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL987-.LVL968
	.uleb128 .LFE120-.LVL968
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS828:
	.uleb128 .LVU3772
	.uleb128 .LVU3791
	.uleb128 .LVU3791
	.uleb128 .LVU3793
	.uleb128 .LVU3816
	.uleb128 0
.LLST828:
	.byte	0x6
	.quad	.LVL968
	.byte	0x4
	.uleb128 .LVL968-.LVL968
	.uleb128 .LVL972-.LVL968
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL972-.LVL968
	.uleb128 .LVL973-.LVL968
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL968
	.uleb128 .LFE120-.LVL968
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS829:
	.uleb128 .LVU3774
	.uleb128 .LVU3794
	.uleb128 .LVU3816
	.uleb128 0
.LLST829:
	.byte	0x6
	.quad	.LVL968
	.byte	0x4
	.uleb128 .LVL968-.LVL968
	.uleb128 .LVL974-.LVL968
	.uleb128 0x2
	.byte	0x4f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL985-.LVL968
	.uleb128 .LFE120-.LVL968
	.uleb128 0x2
	.byte	0x4f
	.byte	0x9f
	.byte	0
.LVUS831:
	.uleb128 .LVU3792
	.uleb128 .LVU3793
.LLST831:
	.byte	0x8
	.quad	.LVL973
	.uleb128 .LVL973-.LVL973
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS833:
	.uleb128 .LVU3824
	.uleb128 .LVU3825
	.uleb128 .LVU3825
	.uleb128 .LVU3834
.LLST833:
	.byte	0x6
	.quad	.LVL988
	.byte	0x4
	.uleb128 .LVL988-.LVL988
	.uleb128 .LVL989-.LVL988
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL989-.LVL988
	.uleb128 .LVL994-.LVL988
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS834:
	.uleb128 .LVU3823
	.uleb128 .LVU3833
	.uleb128 .LVU3833
	.uleb128 .LVU3834
.LLST834:
	.byte	0x6
	.quad	.LVL988
	.byte	0x4
	.uleb128 .LVL988-.LVL988
	.uleb128 .LVL993-.LVL988
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL993-.LVL988
	.uleb128 .LVL994-.LVL988
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS835:
	.uleb128 .LVU3824
	.uleb128 .LVU3826
	.uleb128 .LVU3826
	.uleb128 .LVU3834
.LLST835:
	.byte	0x6
	.quad	.LVL988
	.byte	0x4
	.uleb128 .LVL988-.LVL988
	.uleb128 .LVL990-.LVL988
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL990-.LVL988
	.uleb128 .LVL994-.LVL988
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS837:
	.uleb128 .LVU3801
	.uleb128 .LVU3802
	.uleb128 .LVU3802
	.uleb128 .LVU3811
.LLST837:
	.byte	0x6
	.quad	.LVL976
	.byte	0x4
	.uleb128 .LVL976-.LVL976
	.uleb128 .LVL977-.LVL976
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL977-.LVL976
	.uleb128 .LVL982-.LVL976
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS838:
	.uleb128 .LVU3800
	.uleb128 .LVU3810
	.uleb128 .LVU3810
	.uleb128 .LVU3811
.LLST838:
	.byte	0x6
	.quad	.LVL976
	.byte	0x4
	.uleb128 .LVL976-.LVL976
	.uleb128 .LVL981-.LVL976
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL981-.LVL976
	.uleb128 .LVL982-.LVL976
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS839:
	.uleb128 .LVU3801
	.uleb128 .LVU3803
	.uleb128 .LVU3803
	.uleb128 .LVU3811
.LLST839:
	.byte	0x6
	.quad	.LVL976
	.byte	0x4
	.uleb128 .LVL976-.LVL976
	.uleb128 .LVL978-.LVL976
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL978-.LVL976
	.uleb128 .LVL982-.LVL976
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS666:
	.uleb128 0
	.uleb128 .LVU3081
	.uleb128 .LVU3081
	.uleb128 0
.LLST666:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL748-.LVL743
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS667:
	.uleb128 0
	.uleb128 .LVU3072
	.uleb128 .LVU3072
	.uleb128 .LVU3081
	.uleb128 .LVU3081
	.uleb128 .LVU3087
	.uleb128 .LVU3087
	.uleb128 0
.LLST667:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL744-.LVL743
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL744-.LVL743
	.uleb128 .LVL748-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LVL750-.LVL743
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL750-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS668:
	.uleb128 0
	.uleb128 .LVU3073
	.uleb128 .LVU3073
	.uleb128 .LVU3081
	.uleb128 .LVU3081
	.uleb128 .LVU3084
	.uleb128 .LVU3084
	.uleb128 0
.LLST668:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL745-.LVL743
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL745-.LVL743
	.uleb128 .LVL748-.LVL743
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LVL749-.LVL743
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL749-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS670:
	.uleb128 .LVU3057
	.uleb128 .LVU3073
	.uleb128 .LVU3073
	.uleb128 .LVU3075
	.uleb128 .LVU3081
	.uleb128 .LVU3084
	.uleb128 .LVU3084
	.uleb128 0
.LLST670:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL745-.LVL743
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL745-.LVL743
	.uleb128 .LVL746-.LVL743
	.uleb128 0x3
	.byte	0x71
	.sleb128 16
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LVL749-.LVL743
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL749-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS671:
	.uleb128 .LVU3057
	.uleb128 .LVU3072
	.uleb128 .LVU3072
	.uleb128 .LVU3080
	.uleb128 .LVU3081
	.uleb128 .LVU3087
	.uleb128 .LVU3087
	.uleb128 0
.LLST671:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL744-.LVL743
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL744-.LVL743
	.uleb128 .LVL747-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LVL750-.LVL743
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL750-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS672:
	.uleb128 .LVU3057
	.uleb128 .LVU3080
	.uleb128 .LVU3081
	.uleb128 0
.LLST672:
	.byte	0x6
	.quad	.LVL743
	.byte	0x4
	.uleb128 .LVL743-.LVL743
	.uleb128 .LVL747-.LVL743
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL748-.LVL743
	.uleb128 .LFE119-.LVL743
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS674:
	.uleb128 .LVU3079
	.uleb128 .LVU3080
.LLST674:
	.byte	0x8
	.quad	.LVL747
	.uleb128 .LVL747-.LVL747
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS676:
	.uleb128 .LVU3089
	.uleb128 .LVU3090
	.uleb128 .LVU3090
	.uleb128 .LVU3099
.LLST676:
	.byte	0x6
	.quad	.LVL751
	.byte	0x4
	.uleb128 .LVL751-.LVL751
	.uleb128 .LVL752-.LVL751
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL752-.LVL751
	.uleb128 .LVL757-.LVL751
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS677:
	.uleb128 .LVU3088
	.uleb128 .LVU3098
	.uleb128 .LVU3098
	.uleb128 .LVU3099
.LLST677:
	.byte	0x6
	.quad	.LVL751
	.byte	0x4
	.uleb128 .LVL751-.LVL751
	.uleb128 .LVL756-.LVL751
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL756-.LVL751
	.uleb128 .LVL757-.LVL751
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS678:
	.uleb128 .LVU3089
	.uleb128 .LVU3091
	.uleb128 .LVU3091
	.uleb128 .LVU3099
.LLST678:
	.byte	0x6
	.quad	.LVL751
	.byte	0x4
	.uleb128 .LVL751-.LVL751
	.uleb128 .LVL753-.LVL751
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL753-.LVL751
	.uleb128 .LVL757-.LVL751
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS785:
	.uleb128 0
	.uleb128 .LVU3586
	.uleb128 .LVU3586
	.uleb128 .LVU3614
	.uleb128 .LVU3614
	.uleb128 .LVU3617
	.uleb128 .LVU3617
	.uleb128 0
.LLST785:
	.byte	0x6
	.quad	.LVL908
	.byte	0x4
	.uleb128 .LVL908-.LVL908
	.uleb128 .LVL909-.LVL908
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL909-.LVL908
	.uleb128 .LVL911-.LVL908
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL911-.LVL908
	.uleb128 .LVL913-.LVL908
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL913-.LVL908
	.uleb128 .LFE117-.LVL908
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS786:
	.uleb128 0
	.uleb128 .LVU3622
	.uleb128 .LVU3622
	.uleb128 .LVU3639
	.uleb128 .LVU3639
	.uleb128 .LVU3645
	.uleb128 .LVU3645
	.uleb128 0
.LLST786:
	.byte	0x6
	.quad	.LVL908
	.byte	0x4
	.uleb128 .LVL908-.LVL908
	.uleb128 .LVL914-.LVL908
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL914-.LVL908
	.uleb128 .LVL924-.LVL908
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL924-.LVL908
	.uleb128 .LVL926-.LVL908
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL926-.LVL908
	.uleb128 .LFE117-.LVL908
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS787:
	.uleb128 0
	.uleb128 .LVU3636
	.uleb128 .LVU3636
	.uleb128 .LVU3639
	.uleb128 .LVU3639
	.uleb128 .LVU3642
	.uleb128 .LVU3642
	.uleb128 0
.LLST787:
	.byte	0x6
	.quad	.LVL908
	.byte	0x4
	.uleb128 .LVL908-.LVL908
	.uleb128 .LVL922-.LVL908
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL922-.LVL908
	.uleb128 .LVL924-.LVL908
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL924-.LVL908
	.uleb128 .LVL925-.LVL908
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL925-.LVL908
	.uleb128 .LFE117-.LVL908
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS789:
	.uleb128 .LVU3598
	.uleb128 .LVU3616
	.uleb128 .LVU3639
	.uleb128 .LVU3642
	.uleb128 .LVU3642
	.uleb128 0
.LLST789:
	.byte	0x6
	.quad	.LVL910
	.byte	0x4
	.uleb128 .LVL910-.LVL910
	.uleb128 .LVL912-.LVL910
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL924-.LVL910
	.uleb128 .LVL925-.LVL910
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL925-.LVL910
	.uleb128 .LFE117-.LVL910
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS790:
	.uleb128 .LVU3598
	.uleb128 .LVU3616
	.uleb128 .LVU3639
	.uleb128 .LVU3645
	.uleb128 .LVU3645
	.uleb128 0
.LLST790:
	.byte	0x6
	.quad	.LVL910
	.byte	0x4
	.uleb128 .LVL910-.LVL910
	.uleb128 .LVL912-.LVL910
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL924-.LVL910
	.uleb128 .LVL926-.LVL910
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL926-.LVL910
	.uleb128 .LFE117-.LVL910
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS791:
	.uleb128 .LVU3598
	.uleb128 .LVU3614
	.uleb128 .LVU3614
	.uleb128 .LVU3616
	.uleb128 .LVU3639
	.uleb128 0
.LLST791:
	.byte	0x6
	.quad	.LVL910
	.byte	0x4
	.uleb128 .LVL910-.LVL910
	.uleb128 .LVL911-.LVL910
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL911-.LVL910
	.uleb128 .LVL912-.LVL910
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL924-.LVL910
	.uleb128 .LFE117-.LVL910
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS792:
	.uleb128 .LVU3600
	.uleb128 .LVU3617
	.uleb128 .LVU3639
	.uleb128 0
.LLST792:
	.byte	0x6
	.quad	.LVL910
	.byte	0x4
	.uleb128 .LVL910-.LVL910
	.uleb128 .LVL913-.LVL910
	.uleb128 0x2
	.byte	0x4e
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL924-.LVL910
	.uleb128 .LFE117-.LVL910
	.uleb128 0x2
	.byte	0x4e
	.byte	0x9f
	.byte	0
.LVUS794:
	.uleb128 .LVU3615
	.uleb128 .LVU3616
.LLST794:
	.byte	0x8
	.quad	.LVL912
	.uleb128 .LVL912-.LVL912
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS796:
	.uleb128 .LVU3647
	.uleb128 .LVU3648
	.uleb128 .LVU3648
	.uleb128 .LVU3657
.LLST796:
	.byte	0x6
	.quad	.LVL927
	.byte	0x4
	.uleb128 .LVL927-.LVL927
	.uleb128 .LVL928-.LVL927
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL928-.LVL927
	.uleb128 .LVL933-.LVL927
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS797:
	.uleb128 .LVU3646
	.uleb128 .LVU3656
	.uleb128 .LVU3656
	.uleb128 .LVU3657
.LLST797:
	.byte	0x6
	.quad	.LVL927
	.byte	0x4
	.uleb128 .LVL927-.LVL927
	.uleb128 .LVL932-.LVL927
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL932-.LVL927
	.uleb128 .LVL933-.LVL927
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS798:
	.uleb128 .LVU3647
	.uleb128 .LVU3649
	.uleb128 .LVU3649
	.uleb128 .LVU3657
.LLST798:
	.byte	0x6
	.quad	.LVL927
	.byte	0x4
	.uleb128 .LVL927-.LVL927
	.uleb128 .LVL929-.LVL927
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL929-.LVL927
	.uleb128 .LVL933-.LVL927
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS800:
	.uleb128 .LVU3624
	.uleb128 .LVU3625
	.uleb128 .LVU3625
	.uleb128 .LVU3634
.LLST800:
	.byte	0x6
	.quad	.LVL915
	.byte	0x4
	.uleb128 .LVL915-.LVL915
	.uleb128 .LVL916-.LVL915
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL916-.LVL915
	.uleb128 .LVL921-.LVL915
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS801:
	.uleb128 .LVU3623
	.uleb128 .LVU3633
	.uleb128 .LVU3633
	.uleb128 .LVU3634
.LLST801:
	.byte	0x6
	.quad	.LVL915
	.byte	0x4
	.uleb128 .LVL915-.LVL915
	.uleb128 .LVL920-.LVL915
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL920-.LVL915
	.uleb128 .LVL921-.LVL915
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS802:
	.uleb128 .LVU3624
	.uleb128 .LVU3626
	.uleb128 .LVU3626
	.uleb128 .LVU3634
.LLST802:
	.byte	0x6
	.quad	.LVL915
	.byte	0x4
	.uleb128 .LVL915-.LVL915
	.uleb128 .LVL917-.LVL915
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL917-.LVL915
	.uleb128 .LVL921-.LVL915
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS447:
	.uleb128 0
	.uleb128 .LVU2162
	.uleb128 .LVU2162
	.uleb128 0
.LLST447:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL481-.LVL479
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL481-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS448:
	.uleb128 0
	.uleb128 .LVU2168
	.uleb128 .LVU2168
	.uleb128 0
.LLST448:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL483-.LVL479
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL483-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS449:
	.uleb128 0
	.uleb128 .LVU2165
	.uleb128 .LVU2165
	.uleb128 0
.LLST449:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL482-.LVL479
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL482-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS451:
	.uleb128 .LVU2140
	.uleb128 .LVU2161
	.uleb128 .LVU2162
	.uleb128 .LVU2165
	.uleb128 .LVU2165
	.uleb128 0
.LLST451:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL480-.LVL479
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL481-.LVL479
	.uleb128 .LVL482-.LVL479
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL482-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS452:
	.uleb128 .LVU2140
	.uleb128 .LVU2161
	.uleb128 .LVU2162
	.uleb128 .LVU2168
	.uleb128 .LVU2168
	.uleb128 0
.LLST452:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL480-.LVL479
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL481-.LVL479
	.uleb128 .LVL483-.LVL479
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL483-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS453:
	.uleb128 .LVU2140
	.uleb128 .LVU2161
	.uleb128 .LVU2162
	.uleb128 0
.LLST453:
	.byte	0x6
	.quad	.LVL479
	.byte	0x4
	.uleb128 .LVL479-.LVL479
	.uleb128 .LVL480-.LVL479
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL481-.LVL479
	.uleb128 .LFE116-.LVL479
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS455:
	.uleb128 .LVU2160
	.uleb128 .LVU2161
.LLST455:
	.byte	0x8
	.quad	.LVL480
	.uleb128 .LVL480-.LVL480
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS457:
	.uleb128 .LVU2170
	.uleb128 .LVU2171
	.uleb128 .LVU2171
	.uleb128 .LVU2180
.LLST457:
	.byte	0x6
	.quad	.LVL484
	.byte	0x4
	.uleb128 .LVL484-.LVL484
	.uleb128 .LVL485-.LVL484
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL485-.LVL484
	.uleb128 .LVL490-.LVL484
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS458:
	.uleb128 .LVU2169
	.uleb128 .LVU2179
	.uleb128 .LVU2179
	.uleb128 .LVU2180
.LLST458:
	.byte	0x6
	.quad	.LVL484
	.byte	0x4
	.uleb128 .LVL484-.LVL484
	.uleb128 .LVL489-.LVL484
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL489-.LVL484
	.uleb128 .LVL490-.LVL484
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS459:
	.uleb128 .LVU2170
	.uleb128 .LVU2172
	.uleb128 .LVU2172
	.uleb128 .LVU2180
.LLST459:
	.byte	0x6
	.quad	.LVL484
	.byte	0x4
	.uleb128 .LVL484-.LVL484
	.uleb128 .LVL486-.LVL484
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL486-.LVL484
	.uleb128 .LVL490-.LVL484
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS219:
	.uleb128 0
	.uleb128 .LVU986
	.uleb128 .LVU986
	.uleb128 .LVU1008
	.uleb128 .LVU1008
	.uleb128 .LVU1009
	.uleb128 .LVU1009
	.uleb128 0
.LLST219:
	.byte	0x6
	.quad	.LVL158
	.byte	0x4
	.uleb128 .LVL158-.LVL158
	.uleb128 .LVL159-.LVL158
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL159-.LVL158
	.uleb128 .LVL164-.LVL158
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL164-.LVL158
	.uleb128 .LVL165-.LVL158
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL165-.LVL158
	.uleb128 .LFE114-.LVL158
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS220:
	.uleb128 0
	.uleb128 .LVU997
	.uleb128 .LVU997
	.uleb128 .LVU1009
	.uleb128 .LVU1009
	.uleb128 .LVU1013
	.uleb128 .LVU1013
	.uleb128 0
.LLST220:
	.byte	0x6
	.quad	.LVL158
	.byte	0x4
	.uleb128 .LVL158-.LVL158
	.uleb128 .LVL161-.LVL158
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL161-.LVL158
	.uleb128 .LVL165-.LVL158
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL165-.LVL158
	.uleb128 .LVL167-.LVL158
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL167-.LVL158
	.uleb128 .LFE114-.LVL158
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS221:
	.uleb128 0
	.uleb128 .LVU1012
	.uleb128 .LVU1012
	.uleb128 .LVU1015
	.uleb128 .LVU1015
	.uleb128 .LVU1018
	.uleb128 .LVU1018
	.uleb128 0
.LLST221:
	.byte	0x6
	.quad	.LVL158
	.byte	0x4
	.uleb128 .LVL158-.LVL158
	.uleb128 .LVL166-.LVL158
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL166-.LVL158
	.uleb128 .LVL169-.LVL158
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.LVL158
	.uleb128 .LVL170-.LVL158
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL170-.LVL158
	.uleb128 .LFE114-.LVL158
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS223:
	.uleb128 .LVU990
	.uleb128 .LVU1006
	.uleb128 .LVU1015
	.uleb128 .LVU1018
	.uleb128 .LVU1018
	.uleb128 0
.LLST223:
	.byte	0x6
	.quad	.LVL160
	.byte	0x4
	.uleb128 .LVL160-.LVL160
	.uleb128 .LVL163-.LVL160
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL169-.LVL160
	.uleb128 .LVL170-.LVL160
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL170-.LVL160
	.uleb128 .LFE114-.LVL160
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS224:
	.uleb128 .LVU990
	.uleb128 .LVU997
	.uleb128 .LVU997
	.uleb128 .LVU1006
	.uleb128 .LVU1015
	.uleb128 0
.LLST224:
	.byte	0x6
	.quad	.LVL160
	.byte	0x4
	.uleb128 .LVL160-.LVL160
	.uleb128 .LVL161-.LVL160
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL161-.LVL160
	.uleb128 .LVL163-.LVL160
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.LVL160
	.uleb128 .LFE114-.LVL160
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS225:
	.uleb128 .LVU990
	.uleb128 .LVU1006
	.uleb128 .LVU1015
	.uleb128 0
.LLST225:
	.byte	0x6
	.quad	.LVL160
	.byte	0x4
	.uleb128 .LVL160-.LVL160
	.uleb128 .LVL163-.LVL160
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL169-.LVL160
	.uleb128 .LFE114-.LVL160
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS226:
	.uleb128 .LVU992
	.uleb128 .LVU1009
	.uleb128 .LVU1015
	.uleb128 0
.LLST226:
	.byte	0x6
	.quad	.LVL160
	.byte	0x4
	.uleb128 .LVL160-.LVL160
	.uleb128 .LVL165-.LVL160
	.uleb128 0x2
	.byte	0x4d
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL169-.LVL160
	.uleb128 .LFE114-.LVL160
	.uleb128 0x2
	.byte	0x4d
	.byte	0x9f
	.byte	0
.LVUS202:
	.uleb128 0
	.uleb128 .LVU923
	.uleb128 .LVU923
	.uleb128 0
.LLST202:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL139-.LVL134
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL139-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS203:
	.uleb128 0
	.uleb128 .LVU927
	.uleb128 .LVU927
	.uleb128 0
.LLST203:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL141-.LVL134
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL141-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS204:
	.uleb128 0
	.uleb128 .LVU926
	.uleb128 .LVU926
	.uleb128 0
.LLST204:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL140-.LVL134
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL140-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS206:
	.uleb128 .LVU900
	.uleb128 .LVU921
	.uleb128 .LVU923
	.uleb128 .LVU926
	.uleb128 .LVU926
	.uleb128 0
.LLST206:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL138-.LVL134
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL139-.LVL134
	.uleb128 .LVL140-.LVL134
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL140-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS207:
	.uleb128 .LVU900
	.uleb128 .LVU921
	.uleb128 .LVU923
	.uleb128 .LVU927
	.uleb128 .LVU927
	.uleb128 0
.LLST207:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL138-.LVL134
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL139-.LVL134
	.uleb128 .LVL141-.LVL134
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL141-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS208:
	.uleb128 .LVU900
	.uleb128 .LVU921
	.uleb128 .LVU923
	.uleb128 0
.LLST208:
	.byte	0x6
	.quad	.LVL134
	.byte	0x4
	.uleb128 .LVL134-.LVL134
	.uleb128 .LVL138-.LVL134
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL139-.LVL134
	.uleb128 .LFE113-.LVL134
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS209:
	.uleb128 .LVU911
	.uleb128 .LVU914
	.uleb128 .LVU914
	.uleb128 .LVU915
	.uleb128 .LVU915
	.uleb128 .LVU918
	.uleb128 .LVU923
	.uleb128 .LVU928
.LLST209:
	.byte	0x6
	.quad	.LVL135
	.byte	0x4
	.uleb128 .LVL135-.LVL135
	.uleb128 .LVL136-.LVL135
	.uleb128 0x5
	.byte	0x75
	.sleb128 8
	.byte	0x6
	.byte	0x38
	.byte	0x1c
	.byte	0x4
	.uleb128 .LVL136-.LVL135
	.uleb128 .LVL137-.LVL135
	.uleb128 0x2
	.byte	0x72
	.sleb128 0
	.byte	0x4
	.uleb128 .LVL137-.LVL135
	.uleb128 .LVL138-.LVL135
	.uleb128 0x3
	.byte	0x75
	.sleb128 8
	.byte	0x6
	.byte	0x4
	.uleb128 .LVL139-.LVL135
	.uleb128 .LVL142-1-.LVL135
	.uleb128 0x3
	.byte	0x73
	.sleb128 8
	.byte	0x6
	.byte	0
.LVUS227:
	.uleb128 0
	.uleb128 .LVU1034
	.uleb128 .LVU1034
	.uleb128 .LVU1059
	.uleb128 .LVU1059
	.uleb128 .LVU1060
	.uleb128 .LVU1060
	.uleb128 0
.LLST227:
	.byte	0x6
	.quad	.LVL171
	.byte	0x4
	.uleb128 .LVL171-.LVL171
	.uleb128 .LVL172-.LVL171
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL172-.LVL171
	.uleb128 .LVL176-.LVL171
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL176-.LVL171
	.uleb128 .LVL177-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.LVL171
	.uleb128 .LFE111-.LVL171
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS228:
	.uleb128 0
	.uleb128 .LVU1051
	.uleb128 .LVU1051
	.uleb128 .LVU1060
	.uleb128 .LVU1060
	.uleb128 .LVU1064
	.uleb128 .LVU1064
	.uleb128 .LVU1066
	.uleb128 .LVU1066
	.uleb128 .LVU1070
	.uleb128 .LVU1070
	.uleb128 0
.LLST228:
	.byte	0x6
	.quad	.LVL171
	.byte	0x4
	.uleb128 .LVL171-.LVL171
	.uleb128 .LVL174-.LVL171
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL174-.LVL171
	.uleb128 .LVL177-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL177-.LVL171
	.uleb128 .LVL179-.LVL171
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL179-.LVL171
	.uleb128 .LVL181-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL181-.LVL171
	.uleb128 .LVL183-.LVL171
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL183-.LVL171
	.uleb128 .LFE111-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS229:
	.uleb128 0
	.uleb128 .LVU1063
	.uleb128 .LVU1063
	.uleb128 .LVU1066
	.uleb128 .LVU1066
	.uleb128 .LVU1069
	.uleb128 .LVU1069
	.uleb128 0
.LLST229:
	.byte	0x6
	.quad	.LVL171
	.byte	0x4
	.uleb128 .LVL171-.LVL171
	.uleb128 .LVL178-.LVL171
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL178-.LVL171
	.uleb128 .LVL181-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL181-.LVL171
	.uleb128 .LVL182-.LVL171
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL182-.LVL171
	.uleb128 .LFE111-.LVL171
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS231:
	.uleb128 .LVU1040
	.uleb128 .LVU1057
	.uleb128 .LVU1066
	.uleb128 .LVU1069
	.uleb128 .LVU1069
	.uleb128 0
.LLST231:
	.byte	0x6
	.quad	.LVL173
	.byte	0x4
	.uleb128 .LVL173-.LVL173
	.uleb128 .LVL175-.LVL173
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL181-.LVL173
	.uleb128 .LVL182-.LVL173
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL182-.LVL173
	.uleb128 .LFE111-.LVL173
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS232:
	.uleb128 .LVU1040
	.uleb128 .LVU1051
	.uleb128 .LVU1051
	.uleb128 .LVU1057
	.uleb128 .LVU1066
	.uleb128 .LVU1070
	.uleb128 .LVU1070
	.uleb128 0
.LLST232:
	.byte	0x6
	.quad	.LVL173
	.byte	0x4
	.uleb128 .LVL173-.LVL173
	.uleb128 .LVL174-.LVL173
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL174-.LVL173
	.uleb128 .LVL175-.LVL173
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL181-.LVL173
	.uleb128 .LVL183-.LVL173
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL183-.LVL173
	.uleb128 .LFE111-.LVL173
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS233:
	.uleb128 .LVU1040
	.uleb128 .LVU1057
	.uleb128 .LVU1066
	.uleb128 0
.LLST233:
	.byte	0x6
	.quad	.LVL173
	.byte	0x4
	.uleb128 .LVL173-.LVL173
	.uleb128 .LVL175-.LVL173
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL181-.LVL173
	.uleb128 .LFE111-.LVL173
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS234:
	.uleb128 .LVU1042
	.uleb128 .LVU1060
	.uleb128 .LVU1066
	.uleb128 0
.LLST234:
	.byte	0x6
	.quad	.LVL173
	.byte	0x4
	.uleb128 .LVL173-.LVL173
	.uleb128 .LVL177-.LVL173
	.uleb128 0x2
	.byte	0x4c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL181-.LVL173
	.uleb128 .LFE111-.LVL173
	.uleb128 0x2
	.byte	0x4c
	.byte	0x9f
	.byte	0
.LVUS210:
	.uleb128 0
	.uleb128 .LVU940
	.uleb128 .LVU940
	.uleb128 .LVU960
	.uleb128 .LVU960
	.uleb128 .LVU961
	.uleb128 .LVU961
	.uleb128 .LVU962
	.uleb128 .LVU962
	.uleb128 .LVU963
	.uleb128 .LVU963
	.uleb128 0
.LLST210:
	.byte	0x6
	.quad	.LVL144
	.byte	0x4
	.uleb128 .LVL144-.LVL144
	.uleb128 .LVL147-.LVL144
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL147-.LVL144
	.uleb128 .LVL150-.LVL144
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL150-.LVL144
	.uleb128 .LVL151-.LVL144
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL151-.LVL144
	.uleb128 .LVL152-.LVL144
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL152-.LVL144
	.uleb128 .LVL153-.LVL144
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL153-.LVL144
	.uleb128 .LFE110-.LVL144
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS211:
	.uleb128 0
	.uleb128 .LVU938
	.uleb128 .LVU938
	.uleb128 .LVU939
	.uleb128 .LVU939
	.uleb128 .LVU966
	.uleb128 .LVU966
	.uleb128 0
.LLST211:
	.byte	0x6
	.quad	.LVL144
	.byte	0x4
	.uleb128 .LVL144-.LVL144
	.uleb128 .LVL145-.LVL144
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL145-.LVL144
	.uleb128 .LVL146-.LVL144
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL146-.LVL144
	.uleb128 .LVL154-.LVL144
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL154-.LVL144
	.uleb128 .LFE110-.LVL144
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS212:
	.uleb128 0
	.uleb128 .LVU967
	.uleb128 .LVU967
	.uleb128 0
.LLST212:
	.byte	0x6
	.quad	.LVL144
	.byte	0x4
	.uleb128 .LVL144-.LVL144
	.uleb128 .LVL155-.LVL144
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL155-.LVL144
	.uleb128 .LFE110-.LVL144
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS214:
	.uleb128 .LVU944
	.uleb128 .LVU958
	.uleb128 .LVU963
	.uleb128 .LVU967
	.uleb128 .LVU967
	.uleb128 0
.LLST214:
	.byte	0x6
	.quad	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL149-.LVL148
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL153-.LVL148
	.uleb128 .LVL155-.LVL148
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL155-.LVL148
	.uleb128 .LFE110-.LVL148
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS215:
	.uleb128 .LVU944
	.uleb128 .LVU958
	.uleb128 .LVU963
	.uleb128 .LVU966
	.uleb128 .LVU966
	.uleb128 0
.LLST215:
	.byte	0x6
	.quad	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL149-.LVL148
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL153-.LVL148
	.uleb128 .LVL154-.LVL148
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL154-.LVL148
	.uleb128 .LFE110-.LVL148
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS216:
	.uleb128 .LVU944
	.uleb128 .LVU958
	.uleb128 .LVU963
	.uleb128 0
.LLST216:
	.byte	0x6
	.quad	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL149-.LVL148
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL153-.LVL148
	.uleb128 .LFE110-.LVL148
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS218:
	.uleb128 .LVU946
	.uleb128 .LVU961
	.uleb128 .LVU963
	.uleb128 0
.LLST218:
	.byte	0x6
	.quad	.LVL148
	.byte	0x4
	.uleb128 .LVL148-.LVL148
	.uleb128 .LVL151-.LVL148
	.uleb128 0x2
	.byte	0x4c
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL153-.LVL148
	.uleb128 .LFE110-.LVL148
	.uleb128 0x2
	.byte	0x4c
	.byte	0x9f
	.byte	0
.LVUS235:
	.uleb128 0
	.uleb128 .LVU1082
	.uleb128 .LVU1082
	.uleb128 .LVU1115
	.uleb128 .LVU1115
	.uleb128 .LVU1116
	.uleb128 .LVU1116
	.uleb128 0
.LLST235:
	.byte	0x6
	.quad	.LVL184
	.byte	0x4
	.uleb128 .LVL184-.LVL184
	.uleb128 .LVL185-.LVL184
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL185-.LVL184
	.uleb128 .LVL191-.LVL184
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL191-.LVL184
	.uleb128 .LVL192-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL192-.LVL184
	.uleb128 .LFE108-.LVL184
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS236:
	.uleb128 0
	.uleb128 .LVU1108
	.uleb128 .LVU1108
	.uleb128 .LVU1116
	.uleb128 .LVU1116
	.uleb128 .LVU1120
	.uleb128 .LVU1120
	.uleb128 .LVU1123
	.uleb128 .LVU1123
	.uleb128 .LVU1128
	.uleb128 .LVU1128
	.uleb128 0
.LLST236:
	.byte	0x6
	.quad	.LVL184
	.byte	0x4
	.uleb128 .LVL184-.LVL184
	.uleb128 .LVL188-.LVL184
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL188-.LVL184
	.uleb128 .LVL192-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL192-.LVL184
	.uleb128 .LVL194-.LVL184
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL194-.LVL184
	.uleb128 .LVL196-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.LVL184
	.uleb128 .LVL199-.LVL184
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL199-.LVL184
	.uleb128 .LFE108-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS237:
	.uleb128 0
	.uleb128 .LVU1114
	.uleb128 .LVU1114
	.uleb128 .LVU1116
	.uleb128 .LVU1116
	.uleb128 .LVU1119
	.uleb128 .LVU1119
	.uleb128 .LVU1123
	.uleb128 .LVU1123
	.uleb128 .LVU1127
	.uleb128 .LVU1127
	.uleb128 0
.LLST237:
	.byte	0x6
	.quad	.LVL184
	.byte	0x4
	.uleb128 .LVL184-.LVL184
	.uleb128 .LVL190-.LVL184
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL190-.LVL184
	.uleb128 .LVL192-.LVL184
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL192-.LVL184
	.uleb128 .LVL193-.LVL184
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL193-.LVL184
	.uleb128 .LVL196-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.LVL184
	.uleb128 .LVL198-.LVL184
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL198-.LVL184
	.uleb128 .LFE108-.LVL184
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS239:
	.uleb128 .LVU1094
	.uleb128 .LVU1102
	.uleb128 .LVU1102
	.uleb128 .LVU1112
	.uleb128 .LVU1123
	.uleb128 .LVU1126
	.uleb128 .LVU1126
	.uleb128 .LVU1127
	.uleb128 .LVU1127
	.uleb128 0
.LLST239:
	.byte	0x6
	.quad	.LVL186
	.byte	0x4
	.uleb128 .LVL186-.LVL186
	.uleb128 .LVL187-.LVL186
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL187-.LVL186
	.uleb128 .LVL189-.LVL186
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL196-.LVL186
	.uleb128 .LVL197-.LVL186
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL197-.LVL186
	.uleb128 .LVL198-.LVL186
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL198-.LVL186
	.uleb128 .LFE108-.LVL186
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS240:
	.uleb128 .LVU1094
	.uleb128 .LVU1108
	.uleb128 .LVU1108
	.uleb128 .LVU1112
	.uleb128 .LVU1123
	.uleb128 .LVU1128
	.uleb128 .LVU1128
	.uleb128 0
.LLST240:
	.byte	0x6
	.quad	.LVL186
	.byte	0x4
	.uleb128 .LVL186-.LVL186
	.uleb128 .LVL188-.LVL186
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL188-.LVL186
	.uleb128 .LVL189-.LVL186
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.LVL186
	.uleb128 .LVL199-.LVL186
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL199-.LVL186
	.uleb128 .LFE108-.LVL186
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS241:
	.uleb128 .LVU1094
	.uleb128 .LVU1112
	.uleb128 .LVU1123
	.uleb128 0
.LLST241:
	.byte	0x6
	.quad	.LVL186
	.byte	0x4
	.uleb128 .LVL186-.LVL186
	.uleb128 .LVL189-.LVL186
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL196-.LVL186
	.uleb128 .LFE108-.LVL186
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS242:
	.uleb128 .LVU1096
	.uleb128 .LVU1116
	.uleb128 .LVU1123
	.uleb128 0
.LLST242:
	.byte	0x6
	.quad	.LVL186
	.byte	0x4
	.uleb128 .LVL186-.LVL186
	.uleb128 .LVL192-.LVL186
	.uleb128 0x2
	.byte	0x4b
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL196-.LVL186
	.uleb128 .LFE108-.LVL186
	.uleb128 0x2
	.byte	0x4b
	.byte	0x9f
	.byte	0
.LVUS195:
	.uleb128 0
	.uleb128 .LVU883
	.uleb128 .LVU883
	.uleb128 0
.LLST195:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL128-.LVL121
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL128-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS196:
	.uleb128 0
	.uleb128 .LVU873
	.uleb128 .LVU873
	.uleb128 .LVU881
	.uleb128 .LVU881
	.uleb128 .LVU888
	.uleb128 .LVU888
	.uleb128 0
.LLST196:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL123-.LVL121
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL123-.LVL121
	.uleb128 .LVL126-.LVL121
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL126-.LVL121
	.uleb128 .LVL131-.LVL121
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL131-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS197:
	.uleb128 0
	.uleb128 .LVU875
	.uleb128 .LVU875
	.uleb128 .LVU881
	.uleb128 .LVU881
	.uleb128 .LVU882
	.uleb128 .LVU882
	.uleb128 .LVU883
	.uleb128 .LVU883
	.uleb128 .LVU887
	.uleb128 .LVU887
	.uleb128 0
.LLST197:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL124-.LVL121
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL124-.LVL121
	.uleb128 .LVL126-.LVL121
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL126-.LVL121
	.uleb128 .LVL127-.LVL121
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL127-.LVL121
	.uleb128 .LVL128-.LVL121
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.LVL121
	.uleb128 .LVL130-.LVL121
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL130-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS199:
	.uleb128 .LVU857
	.uleb128 .LVU865
	.uleb128 .LVU865
	.uleb128 .LVU879
	.uleb128 .LVU883
	.uleb128 .LVU886
	.uleb128 .LVU886
	.uleb128 .LVU887
	.uleb128 .LVU887
	.uleb128 0
.LLST199:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL122-.LVL121
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL122-.LVL121
	.uleb128 .LVL125-.LVL121
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL128-.LVL121
	.uleb128 .LVL129-.LVL121
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL129-.LVL121
	.uleb128 .LVL130-.LVL121
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL130-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS200:
	.uleb128 .LVU857
	.uleb128 .LVU873
	.uleb128 .LVU873
	.uleb128 .LVU879
	.uleb128 .LVU883
	.uleb128 .LVU888
	.uleb128 .LVU888
	.uleb128 0
.LLST200:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL123-.LVL121
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL123-.LVL121
	.uleb128 .LVL125-.LVL121
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL128-.LVL121
	.uleb128 .LVL131-.LVL121
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL131-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS201:
	.uleb128 .LVU857
	.uleb128 .LVU879
	.uleb128 .LVU883
	.uleb128 0
.LLST201:
	.byte	0x6
	.quad	.LVL121
	.byte	0x4
	.uleb128 .LVL121-.LVL121
	.uleb128 .LVL125-.LVL121
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL128-.LVL121
	.uleb128 .LFE107-.LVL121
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS243:
	.uleb128 0
	.uleb128 .LVU1140
	.uleb128 .LVU1140
	.uleb128 .LVU1173
	.uleb128 .LVU1173
	.uleb128 .LVU1174
	.uleb128 .LVU1174
	.uleb128 .LVU1176
	.uleb128 .LVU1176
	.uleb128 .LVU1177
	.uleb128 .LVU1177
	.uleb128 0
.LLST243:
	.byte	0x6
	.quad	.LVL200
	.byte	0x4
	.uleb128 .LVL200-.LVL200
	.uleb128 .LVL201-.LVL200
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL201-.LVL200
	.uleb128 .LVL207-.LVL200
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL207-.LVL200
	.uleb128 .LVL208-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.LVL200
	.uleb128 .LVL210-.LVL200
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL210-.LVL200
	.uleb128 .LVL211-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL211-.LVL200
	.uleb128 .LFE105-.LVL200
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS244:
	.uleb128 0
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1174
	.uleb128 .LVU1174
	.uleb128 .LVU1181
	.uleb128 .LVU1181
	.uleb128 .LVU1184
	.uleb128 .LVU1184
	.uleb128 .LVU1189
	.uleb128 .LVU1189
	.uleb128 0
.LLST244:
	.byte	0x6
	.quad	.LVL200
	.byte	0x4
	.uleb128 .LVL200-.LVL200
	.uleb128 .LVL204-.LVL200
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL204-.LVL200
	.uleb128 .LVL208-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.LVL200
	.uleb128 .LVL213-.LVL200
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL213-.LVL200
	.uleb128 .LVL215-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.LVL200
	.uleb128 .LVL218-.LVL200
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL218-.LVL200
	.uleb128 .LFE105-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS245:
	.uleb128 0
	.uleb128 .LVU1167
	.uleb128 .LVU1167
	.uleb128 .LVU1174
	.uleb128 .LVU1174
	.uleb128 .LVU1175
	.uleb128 .LVU1175
	.uleb128 .LVU1177
	.uleb128 .LVU1177
	.uleb128 .LVU1180
	.uleb128 .LVU1180
	.uleb128 .LVU1184
	.uleb128 .LVU1184
	.uleb128 .LVU1188
	.uleb128 .LVU1188
	.uleb128 0
.LLST245:
	.byte	0x6
	.quad	.LVL200
	.byte	0x4
	.uleb128 .LVL200-.LVL200
	.uleb128 .LVL205-.LVL200
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL205-.LVL200
	.uleb128 .LVL208-.LVL200
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL208-.LVL200
	.uleb128 .LVL209-.LVL200
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL209-.LVL200
	.uleb128 .LVL211-.LVL200
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL211-.LVL200
	.uleb128 .LVL212-.LVL200
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL212-.LVL200
	.uleb128 .LVL215-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.LVL200
	.uleb128 .LVL217-.LVL200
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL217-.LVL200
	.uleb128 .LFE105-.LVL200
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS247:
	.uleb128 .LVU1152
	.uleb128 .LVU1159
	.uleb128 .LVU1159
	.uleb128 .LVU1171
	.uleb128 .LVU1184
	.uleb128 .LVU1187
	.uleb128 .LVU1187
	.uleb128 .LVU1188
	.uleb128 .LVU1188
	.uleb128 0
.LLST247:
	.byte	0x6
	.quad	.LVL202
	.byte	0x4
	.uleb128 .LVL202-.LVL202
	.uleb128 .LVL203-.LVL202
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL203-.LVL202
	.uleb128 .LVL206-.LVL202
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL215-.LVL202
	.uleb128 .LVL216-.LVL202
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL216-.LVL202
	.uleb128 .LVL217-.LVL202
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL217-.LVL202
	.uleb128 .LFE105-.LVL202
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS248:
	.uleb128 .LVU1152
	.uleb128 .LVU1165
	.uleb128 .LVU1165
	.uleb128 .LVU1171
	.uleb128 .LVU1184
	.uleb128 .LVU1189
	.uleb128 .LVU1189
	.uleb128 0
.LLST248:
	.byte	0x6
	.quad	.LVL202
	.byte	0x4
	.uleb128 .LVL202-.LVL202
	.uleb128 .LVL204-.LVL202
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL204-.LVL202
	.uleb128 .LVL206-.LVL202
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.LVL202
	.uleb128 .LVL218-.LVL202
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL218-.LVL202
	.uleb128 .LFE105-.LVL202
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS249:
	.uleb128 .LVU1152
	.uleb128 .LVU1171
	.uleb128 .LVU1184
	.uleb128 0
.LLST249:
	.byte	0x6
	.quad	.LVL202
	.byte	0x4
	.uleb128 .LVL202-.LVL202
	.uleb128 .LVL206-.LVL202
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL215-.LVL202
	.uleb128 .LFE105-.LVL202
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS250:
	.uleb128 .LVU1154
	.uleb128 .LVU1177
	.uleb128 .LVU1184
	.uleb128 0
.LLST250:
	.byte	0x6
	.quad	.LVL202
	.byte	0x4
	.uleb128 .LVL202-.LVL202
	.uleb128 .LVL211-.LVL202
	.uleb128 0x2
	.byte	0x4a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL215-.LVL202
	.uleb128 .LFE105-.LVL202
	.uleb128 0x2
	.byte	0x4a
	.byte	0x9f
	.byte	0
.LVUS188:
	.uleb128 0
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 0
.LLST188:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL115-.LVL107
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS189:
	.uleb128 0
	.uleb128 .LVU829
	.uleb128 .LVU829
	.uleb128 .LVU837
	.uleb128 .LVU837
	.uleb128 .LVU845
	.uleb128 .LVU845
	.uleb128 0
.LLST189:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL109-.LVL107
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL109-.LVL107
	.uleb128 .LVL112-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.LVL107
	.uleb128 .LVL118-.LVL107
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL118-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS190:
	.uleb128 0
	.uleb128 .LVU831
	.uleb128 .LVU831
	.uleb128 .LVU837
	.uleb128 .LVU837
	.uleb128 .LVU839
	.uleb128 .LVU839
	.uleb128 .LVU840
	.uleb128 .LVU840
	.uleb128 .LVU844
	.uleb128 .LVU844
	.uleb128 0
.LLST190:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL110-.LVL107
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL110-.LVL107
	.uleb128 .LVL112-.LVL107
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.LVL107
	.uleb128 .LVL114-.LVL107
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL114-.LVL107
	.uleb128 .LVL115-.LVL107
	.uleb128 0x3
	.byte	0x72
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LVL117-.LVL107
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL117-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS192:
	.uleb128 .LVU814
	.uleb128 .LVU821
	.uleb128 .LVU821
	.uleb128 .LVU835
	.uleb128 .LVU837
	.uleb128 .LVU838
	.uleb128 .LVU840
	.uleb128 .LVU843
	.uleb128 .LVU843
	.uleb128 .LVU844
	.uleb128 .LVU844
	.uleb128 0
.LLST192:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL108-.LVL107
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL108-.LVL107
	.uleb128 .LVL111-.LVL107
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL112-.LVL107
	.uleb128 .LVL113-.LVL107
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LVL116-.LVL107
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL116-.LVL107
	.uleb128 .LVL117-.LVL107
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL117-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x38
	.byte	0x1c
	.byte	0x9f
	.byte	0
.LVUS193:
	.uleb128 .LVU814
	.uleb128 .LVU829
	.uleb128 .LVU829
	.uleb128 .LVU835
	.uleb128 .LVU837
	.uleb128 .LVU838
	.uleb128 .LVU840
	.uleb128 .LVU845
	.uleb128 .LVU845
	.uleb128 0
.LLST193:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL109-.LVL107
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL109-.LVL107
	.uleb128 .LVL111-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL112-.LVL107
	.uleb128 .LVL113-.LVL107
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LVL118-.LVL107
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL118-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS194:
	.uleb128 .LVU814
	.uleb128 .LVU835
	.uleb128 .LVU837
	.uleb128 .LVU838
	.uleb128 .LVU840
	.uleb128 0
.LLST194:
	.byte	0x6
	.quad	.LVL107
	.byte	0x4
	.uleb128 .LVL107-.LVL107
	.uleb128 .LVL111-.LVL107
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL112-.LVL107
	.uleb128 .LVL113-.LVL107
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL115-.LVL107
	.uleb128 .LFE104-.LVL107
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS181:
	.uleb128 0
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 0
.LLST181:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL102-.LVL99
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL102-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS182:
	.uleb128 0
	.uleb128 .LVU790
	.uleb128 .LVU790
	.uleb128 .LVU798
	.uleb128 .LVU798
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 0
.LLST182:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL100-.LVL99
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL100-.LVL99
	.uleb128 .LVL102-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.LVL99
	.uleb128 .LVL104-.LVL99
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL104-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS183:
	.uleb128 0
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 0
.LLST183:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL103-.LVL99
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL103-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS185:
	.uleb128 .LVU776
	.uleb128 .LVU796
	.uleb128 .LVU798
	.uleb128 .LVU801
	.uleb128 .LVU801
	.uleb128 0
.LLST185:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL101-.LVL99
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL102-.LVL99
	.uleb128 .LVL103-.LVL99
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL103-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS186:
	.uleb128 .LVU776
	.uleb128 .LVU790
	.uleb128 .LVU790
	.uleb128 .LVU796
	.uleb128 .LVU798
	.uleb128 .LVU802
	.uleb128 .LVU802
	.uleb128 0
.LLST186:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL100-.LVL99
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL100-.LVL99
	.uleb128 .LVL101-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL102-.LVL99
	.uleb128 .LVL104-.LVL99
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL104-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS187:
	.uleb128 .LVU776
	.uleb128 .LVU796
	.uleb128 .LVU798
	.uleb128 0
.LLST187:
	.byte	0x6
	.quad	.LVL99
	.byte	0x4
	.uleb128 .LVL99-.LVL99
	.uleb128 .LVL101-.LVL99
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL102-.LVL99
	.uleb128 .LFE102-.LVL99
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS174:
	.uleb128 0
	.uleb128 .LVU751
	.uleb128 .LVU751
	.uleb128 0
.LLST174:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL94-.LVL91
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL94-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS175:
	.uleb128 0
	.uleb128 .LVU743
	.uleb128 .LVU743
	.uleb128 .LVU751
	.uleb128 .LVU751
	.uleb128 .LVU755
	.uleb128 .LVU755
	.uleb128 0
.LLST175:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL92-.LVL91
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL92-.LVL91
	.uleb128 .LVL94-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL94-.LVL91
	.uleb128 .LVL96-.LVL91
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL96-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS176:
	.uleb128 0
	.uleb128 .LVU754
	.uleb128 .LVU754
	.uleb128 0
.LLST176:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL95-.LVL91
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL95-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS178:
	.uleb128 .LVU729
	.uleb128 .LVU749
	.uleb128 .LVU751
	.uleb128 .LVU754
	.uleb128 .LVU754
	.uleb128 0
.LLST178:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL93-.LVL91
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL94-.LVL91
	.uleb128 .LVL95-.LVL91
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL95-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS179:
	.uleb128 .LVU729
	.uleb128 .LVU743
	.uleb128 .LVU743
	.uleb128 .LVU749
	.uleb128 .LVU751
	.uleb128 .LVU755
	.uleb128 .LVU755
	.uleb128 0
.LLST179:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL92-.LVL91
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL92-.LVL91
	.uleb128 .LVL93-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL94-.LVL91
	.uleb128 .LVL96-.LVL91
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL96-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS180:
	.uleb128 .LVU729
	.uleb128 .LVU749
	.uleb128 .LVU751
	.uleb128 0
.LLST180:
	.byte	0x6
	.quad	.LVL91
	.byte	0x4
	.uleb128 .LVL91-.LVL91
	.uleb128 .LVL93-.LVL91
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL94-.LVL91
	.uleb128 .LFE101-.LVL91
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS460:
	.uleb128 0
	.uleb128 .LVU2194
	.uleb128 .LVU2194
	.uleb128 .LVU2224
	.uleb128 .LVU2224
	.uleb128 .LVU2227
	.uleb128 .LVU2227
	.uleb128 0
.LLST460:
	.byte	0x6
	.quad	.LVL493
	.byte	0x4
	.uleb128 .LVL493-.LVL493
	.uleb128 .LVL494-.LVL493
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL494-.LVL493
	.uleb128 .LVL498-.LVL493
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL498-.LVL493
	.uleb128 .LVL500-.LVL493
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL500-.LVL493
	.uleb128 .LFE99-.LVL493
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS461:
	.uleb128 0
	.uleb128 .LVU2232
	.uleb128 .LVU2232
	.uleb128 0
.LLST461:
	.byte	0x6
	.quad	.LVL493
	.byte	0x4
	.uleb128 .LVL493-.LVL493
	.uleb128 .LVL501-.LVL493
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL501-.LVL493
	.uleb128 .LFE99-.LVL493
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS462:
	.uleb128 0
	.uleb128 .LVU2217
	.uleb128 .LVU2217
	.uleb128 .LVU2227
	.uleb128 .LVU2227
	.uleb128 .LVU2246
	.uleb128 .LVU2246
	.uleb128 0
.LLST462:
	.byte	0x6
	.quad	.LVL493
	.byte	0x4
	.uleb128 .LVL493-.LVL493
	.uleb128 .LVL496-.LVL493
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL496-.LVL493
	.uleb128 .LVL500-.LVL493
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL500-.LVL493
	.uleb128 .LVL509-.LVL493
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL509-.LVL493
	.uleb128 .LFE99-.LVL493
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS464:
	.uleb128 .LVU2206
	.uleb128 .LVU2216
	.uleb128 .LVU2216
	.uleb128 .LVU2217
	.uleb128 .LVU2217
	.uleb128 .LVU2226
.LLST464:
	.byte	0x6
	.quad	.LVL495
	.byte	0x4
	.uleb128 .LVL495-.LVL495
	.uleb128 .LVL495-.LVL495
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL495-.LVL495
	.uleb128 .LVL496-.LVL495
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL496-.LVL495
	.uleb128 .LVL499-.LVL495
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS465:
	.uleb128 .LVU2206
	.uleb128 .LVU2226
.LLST465:
	.byte	0x8
	.quad	.LVL495
	.uleb128 .LVL499-.LVL495
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS466:
	.uleb128 .LVU2206
	.uleb128 .LVU2224
	.uleb128 .LVU2224
	.uleb128 .LVU2226
.LLST466:
	.byte	0x6
	.quad	.LVL495
	.byte	0x4
	.uleb128 .LVL495-.LVL495
	.uleb128 .LVL498-.LVL495
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL498-.LVL495
	.uleb128 .LVL499-.LVL495
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS467:
	.uleb128 .LVU2208
	.uleb128 .LVU2227
.LLST467:
	.byte	0x8
	.quad	.LVL495
	.uleb128 .LVL500-.LVL495
	.uleb128 0x2
	.byte	0x48
	.byte	0x9f
	.byte	0
.LVUS468:
	.uleb128 .LVU2213
	.uleb128 .LVU2217
	.uleb128 .LVU2217
	.uleb128 .LVU2226
.LLST468:
	.byte	0x6
	.quad	.LVL495
	.byte	0x4
	.uleb128 .LVL495-.LVL495
	.uleb128 .LVL496-.LVL495
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL496-.LVL495
	.uleb128 .LVL499-.LVL495
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS469:
	.uleb128 .LVU2213
	.uleb128 .LVU2217
	.uleb128 .LVU2217
	.uleb128 .LVU2218
.LLST469:
	.byte	0x6
	.quad	.LVL495
	.byte	0x4
	.uleb128 .LVL495-.LVL495
	.uleb128 .LVL496-.LVL495
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL496-.LVL495
	.uleb128 .LVL497-.LVL495
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS471:
	.uleb128 .LVU2225
	.uleb128 .LVU2226
.LLST471:
	.byte	0x8
	.quad	.LVL499
	.uleb128 .LVL499-.LVL499
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS473:
	.uleb128 .LVU2234
	.uleb128 .LVU2235
	.uleb128 .LVU2235
	.uleb128 .LVU2244
.LLST473:
	.byte	0x6
	.quad	.LVL502
	.byte	0x4
	.uleb128 .LVL502-.LVL502
	.uleb128 .LVL503-.LVL502
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL503-.LVL502
	.uleb128 .LVL508-.LVL502
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS474:
	.uleb128 .LVU2233
	.uleb128 .LVU2243
	.uleb128 .LVU2243
	.uleb128 .LVU2244
.LLST474:
	.byte	0x6
	.quad	.LVL502
	.byte	0x4
	.uleb128 .LVL502-.LVL502
	.uleb128 .LVL507-.LVL502
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL507-.LVL502
	.uleb128 .LVL508-.LVL502
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS475:
	.uleb128 .LVU2234
	.uleb128 .LVU2236
	.uleb128 .LVU2236
	.uleb128 .LVU2244
.LLST475:
	.byte	0x6
	.quad	.LVL502
	.byte	0x4
	.uleb128 .LVL502-.LVL502
	.uleb128 .LVL504-.LVL502
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL504-.LVL502
	.uleb128 .LVL508-.LVL502
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS159:
	.uleb128 0
	.uleb128 .LVU687
	.uleb128 .LVU687
	.uleb128 0
.LLST159:
	.byte	0x6
	.quad	.LVL77
	.byte	0x4
	.uleb128 .LVL77-.LVL77
	.uleb128 .LVL78-.LVL77
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL78-.LVL77
	.uleb128 .LFE98-.LVL77
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS160:
	.uleb128 .LVU676
	.uleb128 .LVU686
	.uleb128 .LVU686
	.uleb128 .LVU687
	.uleb128 .LVU687
	.uleb128 .LVU695
.LLST160:
	.byte	0x6
	.quad	.LVL77
	.byte	0x4
	.uleb128 .LVL77-.LVL77
	.uleb128 .LVL77-.LVL77
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL77-.LVL77
	.uleb128 .LVL78-.LVL77
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL78-.LVL77
	.uleb128 .LVL80-.LVL77
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS161:
	.uleb128 .LVU676
	.uleb128 .LVU695
.LLST161:
	.byte	0x8
	.quad	.LVL77
	.uleb128 .LVL80-.LVL77
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS162:
	.uleb128 .LVU676
	.uleb128 .LVU695
.LLST162:
	.byte	0x8
	.quad	.LVL77
	.uleb128 .LVL80-.LVL77
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS163:
	.uleb128 .LVU683
	.uleb128 .LVU687
	.uleb128 .LVU687
	.uleb128 .LVU695
.LLST163:
	.byte	0x6
	.quad	.LVL77
	.byte	0x4
	.uleb128 .LVL77-.LVL77
	.uleb128 .LVL78-.LVL77
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL78-.LVL77
	.uleb128 .LVL80-.LVL77
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS164:
	.uleb128 .LVU683
	.uleb128 .LVU687
	.uleb128 .LVU687
	.uleb128 .LVU688
.LLST164:
	.byte	0x6
	.quad	.LVL77
	.byte	0x4
	.uleb128 .LVL77-.LVL77
	.uleb128 .LVL78-.LVL77
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL78-.LVL77
	.uleb128 .LVL79-.LVL77
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS165:
	.uleb128 .LVU694
	.uleb128 .LVU695
.LLST165:
	.byte	0x8
	.quad	.LVL80
	.uleb128 .LVL80-.LVL80
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS602:
	.uleb128 0
	.uleb128 .LVU2798
	.uleb128 .LVU2798
	.uleb128 .LVU2828
	.uleb128 .LVU2828
	.uleb128 .LVU2831
	.uleb128 .LVU2831
	.uleb128 0
.LLST602:
	.byte	0x6
	.quad	.LVL667
	.byte	0x4
	.uleb128 .LVL667-.LVL667
	.uleb128 .LVL668-.LVL667
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL668-.LVL667
	.uleb128 .LVL672-.LVL667
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL672-.LVL667
	.uleb128 .LVL674-.LVL667
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL674-.LVL667
	.uleb128 .LFE96-.LVL667
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS603:
	.uleb128 0
	.uleb128 .LVU2836
	.uleb128 .LVU2836
	.uleb128 0
.LLST603:
	.byte	0x6
	.quad	.LVL667
	.byte	0x4
	.uleb128 .LVL667-.LVL667
	.uleb128 .LVL675-.LVL667
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL675-.LVL667
	.uleb128 .LFE96-.LVL667
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS604:
	.uleb128 0
	.uleb128 .LVU2821
	.uleb128 .LVU2821
	.uleb128 .LVU2831
	.uleb128 .LVU2831
	.uleb128 .LVU2850
	.uleb128 .LVU2850
	.uleb128 0
.LLST604:
	.byte	0x6
	.quad	.LVL667
	.byte	0x4
	.uleb128 .LVL667-.LVL667
	.uleb128 .LVL670-.LVL667
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL670-.LVL667
	.uleb128 .LVL674-.LVL667
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL674-.LVL667
	.uleb128 .LVL683-.LVL667
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL683-.LVL667
	.uleb128 .LFE96-.LVL667
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS606:
	.uleb128 .LVU2810
	.uleb128 .LVU2820
	.uleb128 .LVU2820
	.uleb128 .LVU2821
	.uleb128 .LVU2821
	.uleb128 .LVU2830
.LLST606:
	.byte	0x6
	.quad	.LVL669
	.byte	0x4
	.uleb128 .LVL669-.LVL669
	.uleb128 .LVL669-.LVL669
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL669-.LVL669
	.uleb128 .LVL670-.LVL669
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL670-.LVL669
	.uleb128 .LVL673-.LVL669
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS607:
	.uleb128 .LVU2810
	.uleb128 .LVU2830
.LLST607:
	.byte	0x8
	.quad	.LVL669
	.uleb128 .LVL673-.LVL669
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS608:
	.uleb128 .LVU2810
	.uleb128 .LVU2828
	.uleb128 .LVU2828
	.uleb128 .LVU2830
.LLST608:
	.byte	0x6
	.quad	.LVL669
	.byte	0x4
	.uleb128 .LVL669-.LVL669
	.uleb128 .LVL672-.LVL669
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL672-.LVL669
	.uleb128 .LVL673-.LVL669
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS609:
	.uleb128 .LVU2812
	.uleb128 .LVU2831
.LLST609:
	.byte	0x8
	.quad	.LVL669
	.uleb128 .LVL674-.LVL669
	.uleb128 0x2
	.byte	0x47
	.byte	0x9f
	.byte	0
.LVUS610:
	.uleb128 .LVU2817
	.uleb128 .LVU2821
	.uleb128 .LVU2821
	.uleb128 .LVU2830
.LLST610:
	.byte	0x6
	.quad	.LVL669
	.byte	0x4
	.uleb128 .LVL669-.LVL669
	.uleb128 .LVL670-.LVL669
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL670-.LVL669
	.uleb128 .LVL673-.LVL669
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS611:
	.uleb128 .LVU2817
	.uleb128 .LVU2821
	.uleb128 .LVU2821
	.uleb128 .LVU2822
.LLST611:
	.byte	0x6
	.quad	.LVL669
	.byte	0x4
	.uleb128 .LVL669-.LVL669
	.uleb128 .LVL670-.LVL669
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL670-.LVL669
	.uleb128 .LVL671-.LVL669
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS613:
	.uleb128 .LVU2829
	.uleb128 .LVU2830
.LLST613:
	.byte	0x8
	.quad	.LVL673
	.uleb128 .LVL673-.LVL673
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS615:
	.uleb128 .LVU2838
	.uleb128 .LVU2839
	.uleb128 .LVU2839
	.uleb128 .LVU2848
.LLST615:
	.byte	0x6
	.quad	.LVL676
	.byte	0x4
	.uleb128 .LVL676-.LVL676
	.uleb128 .LVL677-.LVL676
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL677-.LVL676
	.uleb128 .LVL682-.LVL676
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS616:
	.uleb128 .LVU2837
	.uleb128 .LVU2847
	.uleb128 .LVU2847
	.uleb128 .LVU2848
.LLST616:
	.byte	0x6
	.quad	.LVL676
	.byte	0x4
	.uleb128 .LVL676-.LVL676
	.uleb128 .LVL681-.LVL676
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL681-.LVL676
	.uleb128 .LVL682-.LVL676
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS617:
	.uleb128 .LVU2838
	.uleb128 .LVU2840
	.uleb128 .LVU2840
	.uleb128 .LVU2848
.LLST617:
	.byte	0x6
	.quad	.LVL676
	.byte	0x4
	.uleb128 .LVL676-.LVL676
	.uleb128 .LVL678-.LVL676
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL678-.LVL676
	.uleb128 .LVL682-.LVL676
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS152:
	.uleb128 0
	.uleb128 .LVU657
	.uleb128 .LVU657
	.uleb128 0
.LLST152:
	.byte	0x6
	.quad	.LVL73
	.byte	0x4
	.uleb128 .LVL73-.LVL73
	.uleb128 .LVL74-.LVL73
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL74-.LVL73
	.uleb128 .LFE95-.LVL73
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS153:
	.uleb128 .LVU646
	.uleb128 .LVU656
	.uleb128 .LVU656
	.uleb128 .LVU657
	.uleb128 .LVU657
	.uleb128 .LVU665
.LLST153:
	.byte	0x6
	.quad	.LVL73
	.byte	0x4
	.uleb128 .LVL73-.LVL73
	.uleb128 .LVL73-.LVL73
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL73-.LVL73
	.uleb128 .LVL74-.LVL73
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL74-.LVL73
	.uleb128 .LVL76-.LVL73
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS154:
	.uleb128 .LVU646
	.uleb128 .LVU665
.LLST154:
	.byte	0x8
	.quad	.LVL73
	.uleb128 .LVL76-.LVL73
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS155:
	.uleb128 .LVU646
	.uleb128 .LVU665
.LLST155:
	.byte	0x8
	.quad	.LVL73
	.uleb128 .LVL76-.LVL73
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS156:
	.uleb128 .LVU653
	.uleb128 .LVU657
	.uleb128 .LVU657
	.uleb128 .LVU665
.LLST156:
	.byte	0x6
	.quad	.LVL73
	.byte	0x4
	.uleb128 .LVL73-.LVL73
	.uleb128 .LVL74-.LVL73
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL74-.LVL73
	.uleb128 .LVL76-.LVL73
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS157:
	.uleb128 .LVU653
	.uleb128 .LVU657
	.uleb128 .LVU657
	.uleb128 .LVU658
.LLST157:
	.byte	0x6
	.quad	.LVL73
	.byte	0x4
	.uleb128 .LVL73-.LVL73
	.uleb128 .LVL74-.LVL73
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL74-.LVL73
	.uleb128 .LVL75-.LVL73
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS158:
	.uleb128 .LVU664
	.uleb128 .LVU665
.LLST158:
	.byte	0x8
	.quad	.LVL76
	.uleb128 .LVL76-.LVL76
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS586:
	.uleb128 0
	.uleb128 .LVU2733
	.uleb128 .LVU2733
	.uleb128 .LVU2763
	.uleb128 .LVU2763
	.uleb128 .LVU2766
	.uleb128 .LVU2766
	.uleb128 0
.LLST586:
	.byte	0x6
	.quad	.LVL648
	.byte	0x4
	.uleb128 .LVL648-.LVL648
	.uleb128 .LVL649-.LVL648
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL649-.LVL648
	.uleb128 .LVL653-.LVL648
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL653-.LVL648
	.uleb128 .LVL655-.LVL648
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL655-.LVL648
	.uleb128 .LFE93-.LVL648
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS587:
	.uleb128 0
	.uleb128 .LVU2771
	.uleb128 .LVU2771
	.uleb128 0
.LLST587:
	.byte	0x6
	.quad	.LVL648
	.byte	0x4
	.uleb128 .LVL648-.LVL648
	.uleb128 .LVL656-.LVL648
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL656-.LVL648
	.uleb128 .LFE93-.LVL648
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS588:
	.uleb128 0
	.uleb128 .LVU2756
	.uleb128 .LVU2756
	.uleb128 .LVU2766
	.uleb128 .LVU2766
	.uleb128 .LVU2785
	.uleb128 .LVU2785
	.uleb128 0
.LLST588:
	.byte	0x6
	.quad	.LVL648
	.byte	0x4
	.uleb128 .LVL648-.LVL648
	.uleb128 .LVL651-.LVL648
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL651-.LVL648
	.uleb128 .LVL655-.LVL648
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL655-.LVL648
	.uleb128 .LVL664-.LVL648
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL664-.LVL648
	.uleb128 .LFE93-.LVL648
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS590:
	.uleb128 .LVU2745
	.uleb128 .LVU2755
	.uleb128 .LVU2755
	.uleb128 .LVU2756
	.uleb128 .LVU2756
	.uleb128 .LVU2765
.LLST590:
	.byte	0x6
	.quad	.LVL650
	.byte	0x4
	.uleb128 .LVL650-.LVL650
	.uleb128 .LVL650-.LVL650
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL650-.LVL650
	.uleb128 .LVL651-.LVL650
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL651-.LVL650
	.uleb128 .LVL654-.LVL650
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS591:
	.uleb128 .LVU2745
	.uleb128 .LVU2765
.LLST591:
	.byte	0x8
	.quad	.LVL650
	.uleb128 .LVL654-.LVL650
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS592:
	.uleb128 .LVU2745
	.uleb128 .LVU2763
	.uleb128 .LVU2763
	.uleb128 .LVU2765
.LLST592:
	.byte	0x6
	.quad	.LVL650
	.byte	0x4
	.uleb128 .LVL650-.LVL650
	.uleb128 .LVL653-.LVL650
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL653-.LVL650
	.uleb128 .LVL654-.LVL650
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS593:
	.uleb128 .LVU2747
	.uleb128 .LVU2766
.LLST593:
	.byte	0x8
	.quad	.LVL650
	.uleb128 .LVL655-.LVL650
	.uleb128 0x2
	.byte	0x46
	.byte	0x9f
	.byte	0
.LVUS594:
	.uleb128 .LVU2752
	.uleb128 .LVU2756
	.uleb128 .LVU2756
	.uleb128 .LVU2765
.LLST594:
	.byte	0x6
	.quad	.LVL650
	.byte	0x4
	.uleb128 .LVL650-.LVL650
	.uleb128 .LVL651-.LVL650
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL651-.LVL650
	.uleb128 .LVL654-.LVL650
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS595:
	.uleb128 .LVU2752
	.uleb128 .LVU2756
	.uleb128 .LVU2756
	.uleb128 .LVU2757
.LLST595:
	.byte	0x6
	.quad	.LVL650
	.byte	0x4
	.uleb128 .LVL650-.LVL650
	.uleb128 .LVL651-.LVL650
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL651-.LVL650
	.uleb128 .LVL652-.LVL650
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS597:
	.uleb128 .LVU2764
	.uleb128 .LVU2765
.LLST597:
	.byte	0x8
	.quad	.LVL654
	.uleb128 .LVL654-.LVL654
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS599:
	.uleb128 .LVU2773
	.uleb128 .LVU2774
	.uleb128 .LVU2774
	.uleb128 .LVU2783
.LLST599:
	.byte	0x6
	.quad	.LVL657
	.byte	0x4
	.uleb128 .LVL657-.LVL657
	.uleb128 .LVL658-.LVL657
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL658-.LVL657
	.uleb128 .LVL663-.LVL657
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS600:
	.uleb128 .LVU2772
	.uleb128 .LVU2782
	.uleb128 .LVU2782
	.uleb128 .LVU2783
.LLST600:
	.byte	0x6
	.quad	.LVL657
	.byte	0x4
	.uleb128 .LVL657-.LVL657
	.uleb128 .LVL662-.LVL657
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL662-.LVL657
	.uleb128 .LVL663-.LVL657
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS601:
	.uleb128 .LVU2773
	.uleb128 .LVU2775
	.uleb128 .LVU2775
	.uleb128 .LVU2783
.LLST601:
	.byte	0x6
	.quad	.LVL657
	.byte	0x4
	.uleb128 .LVL657-.LVL657
	.uleb128 .LVL659-.LVL657
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL659-.LVL657
	.uleb128 .LVL663-.LVL657
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS145:
	.uleb128 0
	.uleb128 .LVU627
	.uleb128 .LVU627
	.uleb128 0
.LLST145:
	.byte	0x6
	.quad	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL70-.LVL69
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL70-.LVL69
	.uleb128 .LFE92-.LVL69
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS146:
	.uleb128 .LVU616
	.uleb128 .LVU626
	.uleb128 .LVU626
	.uleb128 .LVU627
	.uleb128 .LVU627
	.uleb128 .LVU635
.LLST146:
	.byte	0x6
	.quad	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL69-.LVL69
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL70-.LVL69
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL70-.LVL69
	.uleb128 .LVL72-.LVL69
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS147:
	.uleb128 .LVU616
	.uleb128 .LVU635
.LLST147:
	.byte	0x8
	.quad	.LVL69
	.uleb128 .LVL72-.LVL69
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS148:
	.uleb128 .LVU616
	.uleb128 .LVU635
.LLST148:
	.byte	0x8
	.quad	.LVL69
	.uleb128 .LVL72-.LVL69
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS149:
	.uleb128 .LVU623
	.uleb128 .LVU627
	.uleb128 .LVU627
	.uleb128 .LVU635
.LLST149:
	.byte	0x6
	.quad	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL70-.LVL69
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL70-.LVL69
	.uleb128 .LVL72-.LVL69
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS150:
	.uleb128 .LVU623
	.uleb128 .LVU627
	.uleb128 .LVU627
	.uleb128 .LVU628
.LLST150:
	.byte	0x6
	.quad	.LVL69
	.byte	0x4
	.uleb128 .LVL69-.LVL69
	.uleb128 .LVL70-.LVL69
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL70-.LVL69
	.uleb128 .LVL71-.LVL69
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS151:
	.uleb128 .LVU634
	.uleb128 .LVU635
.LLST151:
	.byte	0x8
	.quad	.LVL72
	.uleb128 .LVL72-.LVL72
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS650:
	.uleb128 0
	.uleb128 .LVU2993
	.uleb128 .LVU2993
	.uleb128 .LVU3023
	.uleb128 .LVU3023
	.uleb128 .LVU3026
	.uleb128 .LVU3026
	.uleb128 0
.LLST650:
	.byte	0x6
	.quad	.LVL724
	.byte	0x4
	.uleb128 .LVL724-.LVL724
	.uleb128 .LVL725-.LVL724
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL725-.LVL724
	.uleb128 .LVL729-.LVL724
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL729-.LVL724
	.uleb128 .LVL731-.LVL724
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL731-.LVL724
	.uleb128 .LFE90-.LVL724
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS651:
	.uleb128 0
	.uleb128 .LVU3031
	.uleb128 .LVU3031
	.uleb128 0
.LLST651:
	.byte	0x6
	.quad	.LVL724
	.byte	0x4
	.uleb128 .LVL724-.LVL724
	.uleb128 .LVL732-.LVL724
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL732-.LVL724
	.uleb128 .LFE90-.LVL724
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS652:
	.uleb128 0
	.uleb128 .LVU3016
	.uleb128 .LVU3016
	.uleb128 .LVU3026
	.uleb128 .LVU3026
	.uleb128 .LVU3045
	.uleb128 .LVU3045
	.uleb128 0
.LLST652:
	.byte	0x6
	.quad	.LVL724
	.byte	0x4
	.uleb128 .LVL724-.LVL724
	.uleb128 .LVL727-.LVL724
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL727-.LVL724
	.uleb128 .LVL731-.LVL724
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL731-.LVL724
	.uleb128 .LVL740-.LVL724
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL740-.LVL724
	.uleb128 .LFE90-.LVL724
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS654:
	.uleb128 .LVU3005
	.uleb128 .LVU3015
	.uleb128 .LVU3015
	.uleb128 .LVU3016
	.uleb128 .LVU3016
	.uleb128 .LVU3025
.LLST654:
	.byte	0x6
	.quad	.LVL726
	.byte	0x4
	.uleb128 .LVL726-.LVL726
	.uleb128 .LVL726-.LVL726
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL726-.LVL726
	.uleb128 .LVL727-.LVL726
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL727-.LVL726
	.uleb128 .LVL730-.LVL726
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS655:
	.uleb128 .LVU3005
	.uleb128 .LVU3025
.LLST655:
	.byte	0x8
	.quad	.LVL726
	.uleb128 .LVL730-.LVL726
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS656:
	.uleb128 .LVU3005
	.uleb128 .LVU3023
	.uleb128 .LVU3023
	.uleb128 .LVU3025
.LLST656:
	.byte	0x6
	.quad	.LVL726
	.byte	0x4
	.uleb128 .LVL726-.LVL726
	.uleb128 .LVL729-.LVL726
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL729-.LVL726
	.uleb128 .LVL730-.LVL726
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS657:
	.uleb128 .LVU3007
	.uleb128 .LVU3026
.LLST657:
	.byte	0x8
	.quad	.LVL726
	.uleb128 .LVL731-.LVL726
	.uleb128 0x2
	.byte	0x45
	.byte	0x9f
	.byte	0
.LVUS658:
	.uleb128 .LVU3012
	.uleb128 .LVU3016
	.uleb128 .LVU3016
	.uleb128 .LVU3025
.LLST658:
	.byte	0x6
	.quad	.LVL726
	.byte	0x4
	.uleb128 .LVL726-.LVL726
	.uleb128 .LVL727-.LVL726
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL727-.LVL726
	.uleb128 .LVL730-.LVL726
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS659:
	.uleb128 .LVU3012
	.uleb128 .LVU3016
	.uleb128 .LVU3016
	.uleb128 .LVU3017
.LLST659:
	.byte	0x6
	.quad	.LVL726
	.byte	0x4
	.uleb128 .LVL726-.LVL726
	.uleb128 .LVL727-.LVL726
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL727-.LVL726
	.uleb128 .LVL728-.LVL726
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS661:
	.uleb128 .LVU3024
	.uleb128 .LVU3025
.LLST661:
	.byte	0x8
	.quad	.LVL730
	.uleb128 .LVL730-.LVL730
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS663:
	.uleb128 .LVU3033
	.uleb128 .LVU3034
	.uleb128 .LVU3034
	.uleb128 .LVU3043
.LLST663:
	.byte	0x6
	.quad	.LVL733
	.byte	0x4
	.uleb128 .LVL733-.LVL733
	.uleb128 .LVL734-.LVL733
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL734-.LVL733
	.uleb128 .LVL739-.LVL733
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS664:
	.uleb128 .LVU3032
	.uleb128 .LVU3042
	.uleb128 .LVU3042
	.uleb128 .LVU3043
.LLST664:
	.byte	0x6
	.quad	.LVL733
	.byte	0x4
	.uleb128 .LVL733-.LVL733
	.uleb128 .LVL738-.LVL733
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL738-.LVL733
	.uleb128 .LVL739-.LVL733
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS665:
	.uleb128 .LVU3033
	.uleb128 .LVU3035
	.uleb128 .LVU3035
	.uleb128 .LVU3043
.LLST665:
	.byte	0x6
	.quad	.LVL733
	.byte	0x4
	.uleb128 .LVL733-.LVL733
	.uleb128 .LVL735-.LVL733
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL735-.LVL733
	.uleb128 .LVL739-.LVL733
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS138:
	.uleb128 0
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 0
.LLST138:
	.byte	0x6
	.quad	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL66-.LVL65
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL66-.LVL65
	.uleb128 .LFE89-.LVL65
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS139:
	.uleb128 .LVU586
	.uleb128 .LVU596
	.uleb128 .LVU596
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU605
.LLST139:
	.byte	0x6
	.quad	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL65-.LVL65
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL66-.LVL65
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL66-.LVL65
	.uleb128 .LVL68-.LVL65
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS140:
	.uleb128 .LVU586
	.uleb128 .LVU605
.LLST140:
	.byte	0x8
	.quad	.LVL65
	.uleb128 .LVL68-.LVL65
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS141:
	.uleb128 .LVU586
	.uleb128 .LVU605
.LLST141:
	.byte	0x8
	.quad	.LVL65
	.uleb128 .LVL68-.LVL65
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS142:
	.uleb128 .LVU593
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU605
.LLST142:
	.byte	0x6
	.quad	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL66-.LVL65
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL66-.LVL65
	.uleb128 .LVL68-.LVL65
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS143:
	.uleb128 .LVU593
	.uleb128 .LVU597
	.uleb128 .LVU597
	.uleb128 .LVU598
.LLST143:
	.byte	0x6
	.quad	.LVL65
	.byte	0x4
	.uleb128 .LVL65-.LVL65
	.uleb128 .LVL66-.LVL65
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL66-.LVL65
	.uleb128 .LVL67-.LVL65
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS144:
	.uleb128 .LVU604
	.uleb128 .LVU605
.LLST144:
	.byte	0x8
	.quad	.LVL68
	.uleb128 .LVL68-.LVL68
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS634:
	.uleb128 0
	.uleb128 .LVU2928
	.uleb128 .LVU2928
	.uleb128 .LVU2958
	.uleb128 .LVU2958
	.uleb128 .LVU2961
	.uleb128 .LVU2961
	.uleb128 0
.LLST634:
	.byte	0x6
	.quad	.LVL705
	.byte	0x4
	.uleb128 .LVL705-.LVL705
	.uleb128 .LVL706-.LVL705
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL706-.LVL705
	.uleb128 .LVL710-.LVL705
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL710-.LVL705
	.uleb128 .LVL712-.LVL705
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL712-.LVL705
	.uleb128 .LFE87-.LVL705
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS635:
	.uleb128 0
	.uleb128 .LVU2966
	.uleb128 .LVU2966
	.uleb128 0
.LLST635:
	.byte	0x6
	.quad	.LVL705
	.byte	0x4
	.uleb128 .LVL705-.LVL705
	.uleb128 .LVL713-.LVL705
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL713-.LVL705
	.uleb128 .LFE87-.LVL705
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS636:
	.uleb128 0
	.uleb128 .LVU2951
	.uleb128 .LVU2951
	.uleb128 .LVU2961
	.uleb128 .LVU2961
	.uleb128 .LVU2980
	.uleb128 .LVU2980
	.uleb128 0
.LLST636:
	.byte	0x6
	.quad	.LVL705
	.byte	0x4
	.uleb128 .LVL705-.LVL705
	.uleb128 .LVL708-.LVL705
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL708-.LVL705
	.uleb128 .LVL712-.LVL705
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL712-.LVL705
	.uleb128 .LVL721-.LVL705
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL721-.LVL705
	.uleb128 .LFE87-.LVL705
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS638:
	.uleb128 .LVU2940
	.uleb128 .LVU2950
	.uleb128 .LVU2950
	.uleb128 .LVU2951
	.uleb128 .LVU2951
	.uleb128 .LVU2960
.LLST638:
	.byte	0x6
	.quad	.LVL707
	.byte	0x4
	.uleb128 .LVL707-.LVL707
	.uleb128 .LVL707-.LVL707
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL707-.LVL707
	.uleb128 .LVL708-.LVL707
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL708-.LVL707
	.uleb128 .LVL711-.LVL707
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS639:
	.uleb128 .LVU2940
	.uleb128 .LVU2960
.LLST639:
	.byte	0x8
	.quad	.LVL707
	.uleb128 .LVL711-.LVL707
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS640:
	.uleb128 .LVU2940
	.uleb128 .LVU2958
	.uleb128 .LVU2958
	.uleb128 .LVU2960
.LLST640:
	.byte	0x6
	.quad	.LVL707
	.byte	0x4
	.uleb128 .LVL707-.LVL707
	.uleb128 .LVL710-.LVL707
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL710-.LVL707
	.uleb128 .LVL711-.LVL707
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS641:
	.uleb128 .LVU2942
	.uleb128 .LVU2961
.LLST641:
	.byte	0x8
	.quad	.LVL707
	.uleb128 .LVL712-.LVL707
	.uleb128 0x2
	.byte	0x44
	.byte	0x9f
	.byte	0
.LVUS642:
	.uleb128 .LVU2947
	.uleb128 .LVU2951
	.uleb128 .LVU2951
	.uleb128 .LVU2960
.LLST642:
	.byte	0x6
	.quad	.LVL707
	.byte	0x4
	.uleb128 .LVL707-.LVL707
	.uleb128 .LVL708-.LVL707
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL708-.LVL707
	.uleb128 .LVL711-.LVL707
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS643:
	.uleb128 .LVU2947
	.uleb128 .LVU2951
	.uleb128 .LVU2951
	.uleb128 .LVU2952
.LLST643:
	.byte	0x6
	.quad	.LVL707
	.byte	0x4
	.uleb128 .LVL707-.LVL707
	.uleb128 .LVL708-.LVL707
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL708-.LVL707
	.uleb128 .LVL709-.LVL707
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS645:
	.uleb128 .LVU2959
	.uleb128 .LVU2960
.LLST645:
	.byte	0x8
	.quad	.LVL711
	.uleb128 .LVL711-.LVL711
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS647:
	.uleb128 .LVU2968
	.uleb128 .LVU2969
	.uleb128 .LVU2969
	.uleb128 .LVU2978
.LLST647:
	.byte	0x6
	.quad	.LVL714
	.byte	0x4
	.uleb128 .LVL714-.LVL714
	.uleb128 .LVL715-.LVL714
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL715-.LVL714
	.uleb128 .LVL720-.LVL714
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS648:
	.uleb128 .LVU2967
	.uleb128 .LVU2977
	.uleb128 .LVU2977
	.uleb128 .LVU2978
.LLST648:
	.byte	0x6
	.quad	.LVL714
	.byte	0x4
	.uleb128 .LVL714-.LVL714
	.uleb128 .LVL719-.LVL714
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL719-.LVL714
	.uleb128 .LVL720-.LVL714
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS649:
	.uleb128 .LVU2968
	.uleb128 .LVU2970
	.uleb128 .LVU2970
	.uleb128 .LVU2978
.LLST649:
	.byte	0x6
	.quad	.LVL714
	.byte	0x4
	.uleb128 .LVL714-.LVL714
	.uleb128 .LVL716-.LVL714
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL716-.LVL714
	.uleb128 .LVL720-.LVL714
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS131:
	.uleb128 0
	.uleb128 .LVU567
	.uleb128 .LVU567
	.uleb128 0
.LLST131:
	.byte	0x6
	.quad	.LVL61
	.byte	0x4
	.uleb128 .LVL61-.LVL61
	.uleb128 .LVL62-.LVL61
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL62-.LVL61
	.uleb128 .LFE86-.LVL61
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS132:
	.uleb128 .LVU556
	.uleb128 .LVU566
	.uleb128 .LVU566
	.uleb128 .LVU567
	.uleb128 .LVU567
	.uleb128 .LVU575
.LLST132:
	.byte	0x6
	.quad	.LVL61
	.byte	0x4
	.uleb128 .LVL61-.LVL61
	.uleb128 .LVL61-.LVL61
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL61-.LVL61
	.uleb128 .LVL62-.LVL61
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL62-.LVL61
	.uleb128 .LVL64-.LVL61
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS133:
	.uleb128 .LVU556
	.uleb128 .LVU575
.LLST133:
	.byte	0x8
	.quad	.LVL61
	.uleb128 .LVL64-.LVL61
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS134:
	.uleb128 .LVU556
	.uleb128 .LVU575
.LLST134:
	.byte	0x8
	.quad	.LVL61
	.uleb128 .LVL64-.LVL61
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS135:
	.uleb128 .LVU563
	.uleb128 .LVU567
	.uleb128 .LVU567
	.uleb128 .LVU575
.LLST135:
	.byte	0x6
	.quad	.LVL61
	.byte	0x4
	.uleb128 .LVL61-.LVL61
	.uleb128 .LVL62-.LVL61
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL62-.LVL61
	.uleb128 .LVL64-.LVL61
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS136:
	.uleb128 .LVU563
	.uleb128 .LVU567
	.uleb128 .LVU567
	.uleb128 .LVU568
.LLST136:
	.byte	0x6
	.quad	.LVL61
	.byte	0x4
	.uleb128 .LVL61-.LVL61
	.uleb128 .LVL62-.LVL61
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL62-.LVL61
	.uleb128 .LVL63-.LVL61
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS137:
	.uleb128 .LVU574
	.uleb128 .LVU575
.LLST137:
	.byte	0x8
	.quad	.LVL64
	.uleb128 .LVL64-.LVL64
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS618:
	.uleb128 0
	.uleb128 .LVU2863
	.uleb128 .LVU2863
	.uleb128 .LVU2893
	.uleb128 .LVU2893
	.uleb128 .LVU2896
	.uleb128 .LVU2896
	.uleb128 0
.LLST618:
	.byte	0x6
	.quad	.LVL686
	.byte	0x4
	.uleb128 .LVL686-.LVL686
	.uleb128 .LVL687-.LVL686
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL687-.LVL686
	.uleb128 .LVL691-.LVL686
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL691-.LVL686
	.uleb128 .LVL693-.LVL686
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL693-.LVL686
	.uleb128 .LFE84-.LVL686
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS619:
	.uleb128 0
	.uleb128 .LVU2901
	.uleb128 .LVU2901
	.uleb128 0
.LLST619:
	.byte	0x6
	.quad	.LVL686
	.byte	0x4
	.uleb128 .LVL686-.LVL686
	.uleb128 .LVL694-.LVL686
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL694-.LVL686
	.uleb128 .LFE84-.LVL686
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS620:
	.uleb128 0
	.uleb128 .LVU2886
	.uleb128 .LVU2886
	.uleb128 .LVU2896
	.uleb128 .LVU2896
	.uleb128 .LVU2915
	.uleb128 .LVU2915
	.uleb128 0
.LLST620:
	.byte	0x6
	.quad	.LVL686
	.byte	0x4
	.uleb128 .LVL686-.LVL686
	.uleb128 .LVL689-.LVL686
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL689-.LVL686
	.uleb128 .LVL693-.LVL686
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL693-.LVL686
	.uleb128 .LVL702-.LVL686
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL702-.LVL686
	.uleb128 .LFE84-.LVL686
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS622:
	.uleb128 .LVU2875
	.uleb128 .LVU2885
	.uleb128 .LVU2885
	.uleb128 .LVU2886
	.uleb128 .LVU2886
	.uleb128 .LVU2895
.LLST622:
	.byte	0x6
	.quad	.LVL688
	.byte	0x4
	.uleb128 .LVL688-.LVL688
	.uleb128 .LVL688-.LVL688
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL688-.LVL688
	.uleb128 .LVL689-.LVL688
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL689-.LVL688
	.uleb128 .LVL692-.LVL688
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS623:
	.uleb128 .LVU2875
	.uleb128 .LVU2895
.LLST623:
	.byte	0x8
	.quad	.LVL688
	.uleb128 .LVL692-.LVL688
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS624:
	.uleb128 .LVU2875
	.uleb128 .LVU2893
	.uleb128 .LVU2893
	.uleb128 .LVU2895
.LLST624:
	.byte	0x6
	.quad	.LVL688
	.byte	0x4
	.uleb128 .LVL688-.LVL688
	.uleb128 .LVL691-.LVL688
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL691-.LVL688
	.uleb128 .LVL692-.LVL688
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS625:
	.uleb128 .LVU2877
	.uleb128 .LVU2896
.LLST625:
	.byte	0x8
	.quad	.LVL688
	.uleb128 .LVL693-.LVL688
	.uleb128 0x2
	.byte	0x43
	.byte	0x9f
	.byte	0
.LVUS626:
	.uleb128 .LVU2882
	.uleb128 .LVU2886
	.uleb128 .LVU2886
	.uleb128 .LVU2895
.LLST626:
	.byte	0x6
	.quad	.LVL688
	.byte	0x4
	.uleb128 .LVL688-.LVL688
	.uleb128 .LVL689-.LVL688
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL689-.LVL688
	.uleb128 .LVL692-.LVL688
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS627:
	.uleb128 .LVU2882
	.uleb128 .LVU2886
	.uleb128 .LVU2886
	.uleb128 .LVU2887
.LLST627:
	.byte	0x6
	.quad	.LVL688
	.byte	0x4
	.uleb128 .LVL688-.LVL688
	.uleb128 .LVL689-.LVL688
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL689-.LVL688
	.uleb128 .LVL690-.LVL688
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS629:
	.uleb128 .LVU2894
	.uleb128 .LVU2895
.LLST629:
	.byte	0x8
	.quad	.LVL692
	.uleb128 .LVL692-.LVL692
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS631:
	.uleb128 .LVU2903
	.uleb128 .LVU2904
	.uleb128 .LVU2904
	.uleb128 .LVU2913
.LLST631:
	.byte	0x6
	.quad	.LVL695
	.byte	0x4
	.uleb128 .LVL695-.LVL695
	.uleb128 .LVL696-.LVL695
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL696-.LVL695
	.uleb128 .LVL701-.LVL695
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS632:
	.uleb128 .LVU2902
	.uleb128 .LVU2912
	.uleb128 .LVU2912
	.uleb128 .LVU2913
.LLST632:
	.byte	0x6
	.quad	.LVL695
	.byte	0x4
	.uleb128 .LVL695-.LVL695
	.uleb128 .LVL700-.LVL695
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL700-.LVL695
	.uleb128 .LVL701-.LVL695
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS633:
	.uleb128 .LVU2903
	.uleb128 .LVU2905
	.uleb128 .LVU2905
	.uleb128 .LVU2913
.LLST633:
	.byte	0x6
	.quad	.LVL695
	.byte	0x4
	.uleb128 .LVL695-.LVL695
	.uleb128 .LVL697-.LVL695
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL697-.LVL695
	.uleb128 .LVL701-.LVL695
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS124:
	.uleb128 0
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 0
.LLST124:
	.byte	0x6
	.quad	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL58-.LVL57
	.uleb128 .LFE83-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS125:
	.uleb128 .LVU526
	.uleb128 .LVU536
	.uleb128 .LVU536
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 .LVU545
.LLST125:
	.byte	0x6
	.quad	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL57-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL58-.LVL57
	.uleb128 .LVL60-.LVL57
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS126:
	.uleb128 .LVU526
	.uleb128 .LVU545
.LLST126:
	.byte	0x8
	.quad	.LVL57
	.uleb128 .LVL60-.LVL57
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS127:
	.uleb128 .LVU526
	.uleb128 .LVU545
.LLST127:
	.byte	0x8
	.quad	.LVL57
	.uleb128 .LVL60-.LVL57
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS128:
	.uleb128 .LVU533
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 .LVU545
.LLST128:
	.byte	0x6
	.quad	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL58-.LVL57
	.uleb128 .LVL60-.LVL57
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS129:
	.uleb128 .LVU533
	.uleb128 .LVU537
	.uleb128 .LVU537
	.uleb128 .LVU538
.LLST129:
	.byte	0x6
	.quad	.LVL57
	.byte	0x4
	.uleb128 .LVL57-.LVL57
	.uleb128 .LVL58-.LVL57
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL58-.LVL57
	.uleb128 .LVL59-.LVL57
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS130:
	.uleb128 .LVU544
	.uleb128 .LVU545
.LLST130:
	.byte	0x8
	.quad	.LVL60
	.uleb128 .LVL60-.LVL60
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS710:
	.uleb128 0
	.uleb128 .LVU3244
	.uleb128 .LVU3244
	.uleb128 .LVU3278
	.uleb128 .LVU3278
	.uleb128 .LVU3279
	.uleb128 .LVU3279
	.uleb128 0
.LLST710:
	.byte	0x6
	.quad	.LVL797
	.byte	0x4
	.uleb128 .LVL797-.LVL797
	.uleb128 .LVL798-.LVL797
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL798-.LVL797
	.uleb128 .LVL803-.LVL797
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL803-.LVL797
	.uleb128 .LVL804-.LVL797
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL804-.LVL797
	.uleb128 .LFE81-.LVL797
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS711:
	.uleb128 0
	.uleb128 .LVU3284
	.uleb128 .LVU3284
	.uleb128 0
.LLST711:
	.byte	0x6
	.quad	.LVL797
	.byte	0x4
	.uleb128 .LVL797-.LVL797
	.uleb128 .LVL805-.LVL797
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL805-.LVL797
	.uleb128 .LFE81-.LVL797
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS712:
	.uleb128 0
	.uleb128 .LVU3274
	.uleb128 .LVU3274
	.uleb128 .LVU3279
	.uleb128 .LVU3279
	.uleb128 .LVU3298
	.uleb128 .LVU3298
	.uleb128 0
.LLST712:
	.byte	0x6
	.quad	.LVL797
	.byte	0x4
	.uleb128 .LVL797-.LVL797
	.uleb128 .LVL801-.LVL797
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL801-.LVL797
	.uleb128 .LVL804-.LVL797
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL804-.LVL797
	.uleb128 .LVL813-.LVL797
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL813-.LVL797
	.uleb128 .LFE81-.LVL797
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS713:
	.uleb128 .LVU3256
	.uleb128 .LVU3266
	.uleb128 .LVU3266
	.uleb128 .LVU3274
	.uleb128 .LVU3274
	.uleb128 .LVU3277
.LLST713:
	.byte	0x6
	.quad	.LVL799
	.byte	0x4
	.uleb128 .LVL799-.LVL799
	.uleb128 .LVL799-.LVL799
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL799-.LVL799
	.uleb128 .LVL801-.LVL799
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL801-.LVL799
	.uleb128 .LVL802-.LVL799
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS714:
	.uleb128 .LVU3256
	.uleb128 .LVU3277
.LLST714:
	.byte	0x8
	.quad	.LVL799
	.uleb128 .LVL802-.LVL799
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS715:
	.uleb128 .LVU3256
	.uleb128 .LVU3277
.LLST715:
	.byte	0x8
	.quad	.LVL799
	.uleb128 .LVL802-.LVL799
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS716:
	.uleb128 .LVU3258
	.uleb128 .LVU3279
.LLST716:
	.byte	0x8
	.quad	.LVL799
	.uleb128 .LVL804-.LVL799
	.uleb128 0x2
	.byte	0x42
	.byte	0x9f
	.byte	0
.LVUS718:
	.uleb128 .LVU3263
	.uleb128 .LVU3274
	.uleb128 .LVU3274
	.uleb128 .LVU3277
.LLST718:
	.byte	0x6
	.quad	.LVL799
	.byte	0x4
	.uleb128 .LVL799-.LVL799
	.uleb128 .LVL801-.LVL799
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL801-.LVL799
	.uleb128 .LVL802-.LVL799
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS719:
	.uleb128 .LVU3263
	.uleb128 .LVU3267
.LLST719:
	.byte	0x8
	.quad	.LVL799
	.uleb128 .LVL800-.LVL799
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS721:
	.uleb128 .LVU3276
	.uleb128 .LVU3277
.LLST721:
	.byte	0x8
	.quad	.LVL802
	.uleb128 .LVL802-.LVL802
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS723:
	.uleb128 .LVU3286
	.uleb128 .LVU3287
	.uleb128 .LVU3287
	.uleb128 .LVU3296
.LLST723:
	.byte	0x6
	.quad	.LVL806
	.byte	0x4
	.uleb128 .LVL806-.LVL806
	.uleb128 .LVL807-.LVL806
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL807-.LVL806
	.uleb128 .LVL812-.LVL806
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS724:
	.uleb128 .LVU3285
	.uleb128 .LVU3295
	.uleb128 .LVU3295
	.uleb128 .LVU3296
.LLST724:
	.byte	0x6
	.quad	.LVL806
	.byte	0x4
	.uleb128 .LVL806-.LVL806
	.uleb128 .LVL811-.LVL806
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL811-.LVL806
	.uleb128 .LVL812-.LVL806
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS725:
	.uleb128 .LVU3286
	.uleb128 .LVU3288
	.uleb128 .LVU3288
	.uleb128 .LVU3296
.LLST725:
	.byte	0x6
	.quad	.LVL806
	.byte	0x4
	.uleb128 .LVL806-.LVL806
	.uleb128 .LVL808-.LVL806
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL808-.LVL806
	.uleb128 .LVL812-.LVL806
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS115:
	.uleb128 0
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 0
.LLST115:
	.byte	0x6
	.quad	.LVL53
	.byte	0x4
	.uleb128 .LVL53-.LVL53
	.uleb128 .LVL55-.LVL53
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL55-.LVL53
	.uleb128 .LFE80-.LVL53
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS116:
	.uleb128 .LVU494
	.uleb128 .LVU504
	.uleb128 .LVU504
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 .LVU515
.LLST116:
	.byte	0x6
	.quad	.LVL53
	.byte	0x4
	.uleb128 .LVL53-.LVL53
	.uleb128 .LVL53-.LVL53
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL53-.LVL53
	.uleb128 .LVL55-.LVL53
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL55-.LVL53
	.uleb128 .LVL56-.LVL53
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS117:
	.uleb128 .LVU494
	.uleb128 .LVU515
.LLST117:
	.byte	0x8
	.quad	.LVL53
	.uleb128 .LVL56-.LVL53
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS118:
	.uleb128 .LVU494
	.uleb128 .LVU515
.LLST118:
	.byte	0x8
	.quad	.LVL53
	.uleb128 .LVL56-.LVL53
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS120:
	.uleb128 .LVU501
	.uleb128 .LVU512
	.uleb128 .LVU512
	.uleb128 .LVU515
.LLST120:
	.byte	0x6
	.quad	.LVL53
	.byte	0x4
	.uleb128 .LVL53-.LVL53
	.uleb128 .LVL55-.LVL53
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL55-.LVL53
	.uleb128 .LVL56-.LVL53
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS121:
	.uleb128 .LVU501
	.uleb128 .LVU505
.LLST121:
	.byte	0x8
	.quad	.LVL53
	.uleb128 .LVL54-.LVL53
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS123:
	.uleb128 .LVU514
	.uleb128 .LVU515
.LLST123:
	.byte	0x8
	.quad	.LVL56
	.uleb128 .LVL56-.LVL56
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS694:
	.uleb128 0
	.uleb128 .LVU3177
	.uleb128 .LVU3177
	.uleb128 .LVU3211
	.uleb128 .LVU3211
	.uleb128 .LVU3212
	.uleb128 .LVU3212
	.uleb128 0
.LLST694:
	.byte	0x6
	.quad	.LVL778
	.byte	0x4
	.uleb128 .LVL778-.LVL778
	.uleb128 .LVL779-.LVL778
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL779-.LVL778
	.uleb128 .LVL784-.LVL778
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL784-.LVL778
	.uleb128 .LVL785-.LVL778
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL785-.LVL778
	.uleb128 .LFE78-.LVL778
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS695:
	.uleb128 0
	.uleb128 .LVU3217
	.uleb128 .LVU3217
	.uleb128 0
.LLST695:
	.byte	0x6
	.quad	.LVL778
	.byte	0x4
	.uleb128 .LVL778-.LVL778
	.uleb128 .LVL786-.LVL778
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL786-.LVL778
	.uleb128 .LFE78-.LVL778
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS696:
	.uleb128 0
	.uleb128 .LVU3207
	.uleb128 .LVU3207
	.uleb128 .LVU3212
	.uleb128 .LVU3212
	.uleb128 .LVU3231
	.uleb128 .LVU3231
	.uleb128 0
.LLST696:
	.byte	0x6
	.quad	.LVL778
	.byte	0x4
	.uleb128 .LVL778-.LVL778
	.uleb128 .LVL782-.LVL778
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL782-.LVL778
	.uleb128 .LVL785-.LVL778
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL785-.LVL778
	.uleb128 .LVL794-.LVL778
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL794-.LVL778
	.uleb128 .LFE78-.LVL778
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS697:
	.uleb128 .LVU3189
	.uleb128 .LVU3199
	.uleb128 .LVU3199
	.uleb128 .LVU3207
	.uleb128 .LVU3207
	.uleb128 .LVU3210
.LLST697:
	.byte	0x6
	.quad	.LVL780
	.byte	0x4
	.uleb128 .LVL780-.LVL780
	.uleb128 .LVL780-.LVL780
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL780-.LVL780
	.uleb128 .LVL782-.LVL780
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL782-.LVL780
	.uleb128 .LVL783-.LVL780
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS698:
	.uleb128 .LVU3189
	.uleb128 .LVU3210
.LLST698:
	.byte	0x8
	.quad	.LVL780
	.uleb128 .LVL783-.LVL780
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS699:
	.uleb128 .LVU3189
	.uleb128 .LVU3210
.LLST699:
	.byte	0x8
	.quad	.LVL780
	.uleb128 .LVL783-.LVL780
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS700:
	.uleb128 .LVU3191
	.uleb128 .LVU3212
.LLST700:
	.byte	0x8
	.quad	.LVL780
	.uleb128 .LVL785-.LVL780
	.uleb128 0x2
	.byte	0x41
	.byte	0x9f
	.byte	0
.LVUS702:
	.uleb128 .LVU3196
	.uleb128 .LVU3207
	.uleb128 .LVU3207
	.uleb128 .LVU3210
.LLST702:
	.byte	0x6
	.quad	.LVL780
	.byte	0x4
	.uleb128 .LVL780-.LVL780
	.uleb128 .LVL782-.LVL780
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL782-.LVL780
	.uleb128 .LVL783-.LVL780
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS703:
	.uleb128 .LVU3196
	.uleb128 .LVU3200
.LLST703:
	.byte	0x8
	.quad	.LVL780
	.uleb128 .LVL781-.LVL780
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS705:
	.uleb128 .LVU3209
	.uleb128 .LVU3210
.LLST705:
	.byte	0x8
	.quad	.LVL783
	.uleb128 .LVL783-.LVL783
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS707:
	.uleb128 .LVU3219
	.uleb128 .LVU3220
	.uleb128 .LVU3220
	.uleb128 .LVU3229
.LLST707:
	.byte	0x6
	.quad	.LVL787
	.byte	0x4
	.uleb128 .LVL787-.LVL787
	.uleb128 .LVL788-.LVL787
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL788-.LVL787
	.uleb128 .LVL793-.LVL787
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS708:
	.uleb128 .LVU3218
	.uleb128 .LVU3228
	.uleb128 .LVU3228
	.uleb128 .LVU3229
.LLST708:
	.byte	0x6
	.quad	.LVL787
	.byte	0x4
	.uleb128 .LVL787-.LVL787
	.uleb128 .LVL792-.LVL787
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL792-.LVL787
	.uleb128 .LVL793-.LVL787
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS709:
	.uleb128 .LVU3219
	.uleb128 .LVU3221
	.uleb128 .LVU3221
	.uleb128 .LVU3229
.LLST709:
	.byte	0x6
	.quad	.LVL787
	.byte	0x4
	.uleb128 .LVL787-.LVL787
	.uleb128 .LVL789-.LVL787
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL789-.LVL787
	.uleb128 .LVL793-.LVL787
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS106:
	.uleb128 0
	.uleb128 .LVU480
	.uleb128 .LVU480
	.uleb128 0
.LLST106:
	.byte	0x6
	.quad	.LVL49
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL51-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL51-.LVL49
	.uleb128 .LFE77-.LVL49
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS107:
	.uleb128 .LVU462
	.uleb128 .LVU472
	.uleb128 .LVU472
	.uleb128 .LVU480
	.uleb128 .LVU480
	.uleb128 .LVU483
.LLST107:
	.byte	0x6
	.quad	.LVL49
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL49-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL51-.LVL49
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL51-.LVL49
	.uleb128 .LVL52-.LVL49
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS108:
	.uleb128 .LVU462
	.uleb128 .LVU483
.LLST108:
	.byte	0x8
	.quad	.LVL49
	.uleb128 .LVL52-.LVL49
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS109:
	.uleb128 .LVU462
	.uleb128 .LVU483
.LLST109:
	.byte	0x8
	.quad	.LVL49
	.uleb128 .LVL52-.LVL49
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS111:
	.uleb128 .LVU469
	.uleb128 .LVU480
	.uleb128 .LVU480
	.uleb128 .LVU483
.LLST111:
	.byte	0x6
	.quad	.LVL49
	.byte	0x4
	.uleb128 .LVL49-.LVL49
	.uleb128 .LVL51-.LVL49
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL51-.LVL49
	.uleb128 .LVL52-.LVL49
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS112:
	.uleb128 .LVU469
	.uleb128 .LVU473
.LLST112:
	.byte	0x8
	.quad	.LVL49
	.uleb128 .LVL50-.LVL49
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS114:
	.uleb128 .LVU482
	.uleb128 .LVU483
.LLST114:
	.byte	0x8
	.quad	.LVL52
	.uleb128 .LVL52-.LVL52
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS554:
	.uleb128 0
	.uleb128 .LVU2592
	.uleb128 .LVU2592
	.uleb128 .LVU2626
	.uleb128 .LVU2626
	.uleb128 .LVU2627
	.uleb128 .LVU2627
	.uleb128 0
.LLST554:
	.byte	0x6
	.quad	.LVL606
	.byte	0x4
	.uleb128 .LVL606-.LVL606
	.uleb128 .LVL607-.LVL606
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL607-.LVL606
	.uleb128 .LVL612-.LVL606
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL612-.LVL606
	.uleb128 .LVL613-.LVL606
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL613-.LVL606
	.uleb128 .LFE75-.LVL606
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS555:
	.uleb128 0
	.uleb128 .LVU2632
	.uleb128 .LVU2632
	.uleb128 0
.LLST555:
	.byte	0x6
	.quad	.LVL606
	.byte	0x4
	.uleb128 .LVL606-.LVL606
	.uleb128 .LVL614-.LVL606
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL614-.LVL606
	.uleb128 .LFE75-.LVL606
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS556:
	.uleb128 0
	.uleb128 .LVU2622
	.uleb128 .LVU2622
	.uleb128 .LVU2627
	.uleb128 .LVU2627
	.uleb128 .LVU2646
	.uleb128 .LVU2646
	.uleb128 0
.LLST556:
	.byte	0x6
	.quad	.LVL606
	.byte	0x4
	.uleb128 .LVL606-.LVL606
	.uleb128 .LVL610-.LVL606
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL610-.LVL606
	.uleb128 .LVL613-.LVL606
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL613-.LVL606
	.uleb128 .LVL622-.LVL606
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL622-.LVL606
	.uleb128 .LFE75-.LVL606
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS557:
	.uleb128 .LVU2604
	.uleb128 .LVU2614
	.uleb128 .LVU2614
	.uleb128 .LVU2622
	.uleb128 .LVU2622
	.uleb128 .LVU2625
.LLST557:
	.byte	0x6
	.quad	.LVL608
	.byte	0x4
	.uleb128 .LVL608-.LVL608
	.uleb128 .LVL608-.LVL608
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL608-.LVL608
	.uleb128 .LVL610-.LVL608
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL610-.LVL608
	.uleb128 .LVL611-.LVL608
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS558:
	.uleb128 .LVU2604
	.uleb128 .LVU2625
.LLST558:
	.byte	0x8
	.quad	.LVL608
	.uleb128 .LVL611-.LVL608
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS559:
	.uleb128 .LVU2604
	.uleb128 .LVU2625
.LLST559:
	.byte	0x8
	.quad	.LVL608
	.uleb128 .LVL611-.LVL608
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS560:
	.uleb128 .LVU2606
	.uleb128 .LVU2627
.LLST560:
	.byte	0x8
	.quad	.LVL608
	.uleb128 .LVL613-.LVL608
	.uleb128 0x2
	.byte	0x40
	.byte	0x9f
	.byte	0
.LVUS562:
	.uleb128 .LVU2611
	.uleb128 .LVU2622
	.uleb128 .LVU2622
	.uleb128 .LVU2624
	.uleb128 .LVU2624
	.uleb128 .LVU2625
.LLST562:
	.byte	0x6
	.quad	.LVL608
	.byte	0x4
	.uleb128 .LVL608-.LVL608
	.uleb128 .LVL610-.LVL608
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL610-.LVL608
	.uleb128 .LVL611-.LVL608
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL611-.LVL608
	.uleb128 .LVL611-.LVL608
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS563:
	.uleb128 .LVU2611
	.uleb128 .LVU2615
.LLST563:
	.byte	0x8
	.quad	.LVL608
	.uleb128 .LVL609-.LVL608
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS565:
	.uleb128 .LVU2624
	.uleb128 .LVU2625
.LLST565:
	.byte	0x8
	.quad	.LVL611
	.uleb128 .LVL611-.LVL611
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS567:
	.uleb128 .LVU2634
	.uleb128 .LVU2635
	.uleb128 .LVU2635
	.uleb128 .LVU2644
.LLST567:
	.byte	0x6
	.quad	.LVL615
	.byte	0x4
	.uleb128 .LVL615-.LVL615
	.uleb128 .LVL616-.LVL615
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL616-.LVL615
	.uleb128 .LVL621-.LVL615
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS568:
	.uleb128 .LVU2633
	.uleb128 .LVU2643
	.uleb128 .LVU2643
	.uleb128 .LVU2644
.LLST568:
	.byte	0x6
	.quad	.LVL615
	.byte	0x4
	.uleb128 .LVL615-.LVL615
	.uleb128 .LVL620-.LVL615
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL620-.LVL615
	.uleb128 .LVL621-.LVL615
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS569:
	.uleb128 .LVU2634
	.uleb128 .LVU2636
	.uleb128 .LVU2636
	.uleb128 .LVU2644
.LLST569:
	.byte	0x6
	.quad	.LVL615
	.byte	0x4
	.uleb128 .LVL615-.LVL615
	.uleb128 .LVL617-.LVL615
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL617-.LVL615
	.uleb128 .LVL621-.LVL615
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS97:
	.uleb128 0
	.uleb128 .LVU448
	.uleb128 .LVU448
	.uleb128 0
.LLST97:
	.byte	0x6
	.quad	.LVL45
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL47-.LVL45
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL47-.LVL45
	.uleb128 .LFE74-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS98:
	.uleb128 .LVU430
	.uleb128 .LVU440
	.uleb128 .LVU440
	.uleb128 .LVU448
	.uleb128 .LVU448
	.uleb128 .LVU451
.LLST98:
	.byte	0x6
	.quad	.LVL45
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL45-.LVL45
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL47-.LVL45
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL47-.LVL45
	.uleb128 .LVL48-.LVL45
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS99:
	.uleb128 .LVU430
	.uleb128 .LVU451
.LLST99:
	.byte	0x8
	.quad	.LVL45
	.uleb128 .LVL48-.LVL45
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS100:
	.uleb128 .LVU430
	.uleb128 .LVU451
.LLST100:
	.byte	0x8
	.quad	.LVL45
	.uleb128 .LVL48-.LVL45
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS102:
	.uleb128 .LVU437
	.uleb128 .LVU448
	.uleb128 .LVU448
	.uleb128 .LVU450
	.uleb128 .LVU450
	.uleb128 .LVU451
.LLST102:
	.byte	0x6
	.quad	.LVL45
	.byte	0x4
	.uleb128 .LVL45-.LVL45
	.uleb128 .LVL47-.LVL45
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL47-.LVL45
	.uleb128 .LVL48-.LVL45
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL48-.LVL45
	.uleb128 .LVL48-.LVL45
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS103:
	.uleb128 .LVU437
	.uleb128 .LVU441
.LLST103:
	.byte	0x8
	.quad	.LVL45
	.uleb128 .LVL46-.LVL45
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS105:
	.uleb128 .LVU450
	.uleb128 .LVU451
.LLST105:
	.byte	0x8
	.quad	.LVL48
	.uleb128 .LVL48-.LVL48
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS538:
	.uleb128 0
	.uleb128 .LVU2525
	.uleb128 .LVU2525
	.uleb128 .LVU2559
	.uleb128 .LVU2559
	.uleb128 .LVU2560
	.uleb128 .LVU2560
	.uleb128 0
.LLST538:
	.byte	0x6
	.quad	.LVL587
	.byte	0x4
	.uleb128 .LVL587-.LVL587
	.uleb128 .LVL588-.LVL587
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL588-.LVL587
	.uleb128 .LVL593-.LVL587
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL593-.LVL587
	.uleb128 .LVL594-.LVL587
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL594-.LVL587
	.uleb128 .LFE72-.LVL587
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS539:
	.uleb128 0
	.uleb128 .LVU2565
	.uleb128 .LVU2565
	.uleb128 0
.LLST539:
	.byte	0x6
	.quad	.LVL587
	.byte	0x4
	.uleb128 .LVL587-.LVL587
	.uleb128 .LVL595-.LVL587
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL595-.LVL587
	.uleb128 .LFE72-.LVL587
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS540:
	.uleb128 0
	.uleb128 .LVU2555
	.uleb128 .LVU2555
	.uleb128 .LVU2560
	.uleb128 .LVU2560
	.uleb128 .LVU2579
	.uleb128 .LVU2579
	.uleb128 0
.LLST540:
	.byte	0x6
	.quad	.LVL587
	.byte	0x4
	.uleb128 .LVL587-.LVL587
	.uleb128 .LVL591-.LVL587
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL591-.LVL587
	.uleb128 .LVL594-.LVL587
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL594-.LVL587
	.uleb128 .LVL603-.LVL587
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL603-.LVL587
	.uleb128 .LFE72-.LVL587
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS541:
	.uleb128 .LVU2537
	.uleb128 .LVU2547
	.uleb128 .LVU2547
	.uleb128 .LVU2555
	.uleb128 .LVU2555
	.uleb128 .LVU2558
.LLST541:
	.byte	0x6
	.quad	.LVL589
	.byte	0x4
	.uleb128 .LVL589-.LVL589
	.uleb128 .LVL589-.LVL589
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL589-.LVL589
	.uleb128 .LVL591-.LVL589
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL591-.LVL589
	.uleb128 .LVL592-.LVL589
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS542:
	.uleb128 .LVU2537
	.uleb128 .LVU2558
.LLST542:
	.byte	0x8
	.quad	.LVL589
	.uleb128 .LVL592-.LVL589
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS543:
	.uleb128 .LVU2537
	.uleb128 .LVU2558
.LLST543:
	.byte	0x8
	.quad	.LVL589
	.uleb128 .LVL592-.LVL589
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS544:
	.uleb128 .LVU2539
	.uleb128 .LVU2560
.LLST544:
	.byte	0x8
	.quad	.LVL589
	.uleb128 .LVL594-.LVL589
	.uleb128 0x2
	.byte	0x3f
	.byte	0x9f
	.byte	0
.LVUS546:
	.uleb128 .LVU2544
	.uleb128 .LVU2555
	.uleb128 .LVU2555
	.uleb128 .LVU2557
	.uleb128 .LVU2557
	.uleb128 .LVU2558
.LLST546:
	.byte	0x6
	.quad	.LVL589
	.byte	0x4
	.uleb128 .LVL589-.LVL589
	.uleb128 .LVL591-.LVL589
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL591-.LVL589
	.uleb128 .LVL592-.LVL589
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL592-.LVL589
	.uleb128 .LVL592-.LVL589
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS547:
	.uleb128 .LVU2544
	.uleb128 .LVU2548
.LLST547:
	.byte	0x8
	.quad	.LVL589
	.uleb128 .LVL590-.LVL589
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS549:
	.uleb128 .LVU2557
	.uleb128 .LVU2558
.LLST549:
	.byte	0x8
	.quad	.LVL592
	.uleb128 .LVL592-.LVL592
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS551:
	.uleb128 .LVU2567
	.uleb128 .LVU2568
	.uleb128 .LVU2568
	.uleb128 .LVU2577
.LLST551:
	.byte	0x6
	.quad	.LVL596
	.byte	0x4
	.uleb128 .LVL596-.LVL596
	.uleb128 .LVL597-.LVL596
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL597-.LVL596
	.uleb128 .LVL602-.LVL596
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS552:
	.uleb128 .LVU2566
	.uleb128 .LVU2576
	.uleb128 .LVU2576
	.uleb128 .LVU2577
.LLST552:
	.byte	0x6
	.quad	.LVL596
	.byte	0x4
	.uleb128 .LVL596-.LVL596
	.uleb128 .LVL601-.LVL596
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL601-.LVL596
	.uleb128 .LVL602-.LVL596
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS553:
	.uleb128 .LVU2567
	.uleb128 .LVU2569
	.uleb128 .LVU2569
	.uleb128 .LVU2577
.LLST553:
	.byte	0x6
	.quad	.LVL596
	.byte	0x4
	.uleb128 .LVL596-.LVL596
	.uleb128 .LVL598-.LVL596
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL598-.LVL596
	.uleb128 .LVL602-.LVL596
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS88:
	.uleb128 0
	.uleb128 .LVU416
	.uleb128 .LVU416
	.uleb128 0
.LLST88:
	.byte	0x6
	.quad	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL43-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL43-.LVL41
	.uleb128 .LFE71-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS89:
	.uleb128 .LVU398
	.uleb128 .LVU408
	.uleb128 .LVU408
	.uleb128 .LVU416
	.uleb128 .LVU416
	.uleb128 .LVU419
.LLST89:
	.byte	0x6
	.quad	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL41-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL43-.LVL41
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL43-.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS90:
	.uleb128 .LVU398
	.uleb128 .LVU419
.LLST90:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS91:
	.uleb128 .LVU398
	.uleb128 .LVU419
.LLST91:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS93:
	.uleb128 .LVU405
	.uleb128 .LVU416
	.uleb128 .LVU416
	.uleb128 .LVU418
	.uleb128 .LVU418
	.uleb128 .LVU419
.LLST93:
	.byte	0x6
	.quad	.LVL41
	.byte	0x4
	.uleb128 .LVL41-.LVL41
	.uleb128 .LVL43-.LVL41
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL43-.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL44-.LVL41
	.uleb128 .LVL44-.LVL41
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS94:
	.uleb128 .LVU405
	.uleb128 .LVU409
.LLST94:
	.byte	0x8
	.quad	.LVL41
	.uleb128 .LVL42-.LVL41
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS96:
	.uleb128 .LVU418
	.uleb128 .LVU419
.LLST96:
	.byte	0x8
	.quad	.LVL44
	.uleb128 .LVL44-.LVL44
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS522:
	.uleb128 0
	.uleb128 .LVU2458
	.uleb128 .LVU2458
	.uleb128 .LVU2492
	.uleb128 .LVU2492
	.uleb128 .LVU2493
	.uleb128 .LVU2493
	.uleb128 0
.LLST522:
	.byte	0x6
	.quad	.LVL568
	.byte	0x4
	.uleb128 .LVL568-.LVL568
	.uleb128 .LVL569-.LVL568
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL569-.LVL568
	.uleb128 .LVL574-.LVL568
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL574-.LVL568
	.uleb128 .LVL575-.LVL568
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL575-.LVL568
	.uleb128 .LFE69-.LVL568
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS523:
	.uleb128 0
	.uleb128 .LVU2498
	.uleb128 .LVU2498
	.uleb128 0
.LLST523:
	.byte	0x6
	.quad	.LVL568
	.byte	0x4
	.uleb128 .LVL568-.LVL568
	.uleb128 .LVL576-.LVL568
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL576-.LVL568
	.uleb128 .LFE69-.LVL568
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS524:
	.uleb128 0
	.uleb128 .LVU2488
	.uleb128 .LVU2488
	.uleb128 .LVU2493
	.uleb128 .LVU2493
	.uleb128 .LVU2512
	.uleb128 .LVU2512
	.uleb128 0
.LLST524:
	.byte	0x6
	.quad	.LVL568
	.byte	0x4
	.uleb128 .LVL568-.LVL568
	.uleb128 .LVL572-.LVL568
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL572-.LVL568
	.uleb128 .LVL575-.LVL568
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL575-.LVL568
	.uleb128 .LVL584-.LVL568
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL584-.LVL568
	.uleb128 .LFE69-.LVL568
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS525:
	.uleb128 .LVU2470
	.uleb128 .LVU2480
	.uleb128 .LVU2480
	.uleb128 .LVU2488
	.uleb128 .LVU2488
	.uleb128 .LVU2491
.LLST525:
	.byte	0x6
	.quad	.LVL570
	.byte	0x4
	.uleb128 .LVL570-.LVL570
	.uleb128 .LVL570-.LVL570
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL570-.LVL570
	.uleb128 .LVL572-.LVL570
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL572-.LVL570
	.uleb128 .LVL573-.LVL570
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS526:
	.uleb128 .LVU2470
	.uleb128 .LVU2491
.LLST526:
	.byte	0x8
	.quad	.LVL570
	.uleb128 .LVL573-.LVL570
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS527:
	.uleb128 .LVU2470
	.uleb128 .LVU2491
.LLST527:
	.byte	0x8
	.quad	.LVL570
	.uleb128 .LVL573-.LVL570
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS528:
	.uleb128 .LVU2472
	.uleb128 .LVU2493
.LLST528:
	.byte	0x8
	.quad	.LVL570
	.uleb128 .LVL575-.LVL570
	.uleb128 0x2
	.byte	0x3e
	.byte	0x9f
	.byte	0
.LVUS530:
	.uleb128 .LVU2477
	.uleb128 .LVU2488
	.uleb128 .LVU2488
	.uleb128 .LVU2490
	.uleb128 .LVU2490
	.uleb128 .LVU2491
.LLST530:
	.byte	0x6
	.quad	.LVL570
	.byte	0x4
	.uleb128 .LVL570-.LVL570
	.uleb128 .LVL572-.LVL570
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL572-.LVL570
	.uleb128 .LVL573-.LVL570
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL573-.LVL570
	.uleb128 .LVL573-.LVL570
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS531:
	.uleb128 .LVU2477
	.uleb128 .LVU2481
.LLST531:
	.byte	0x8
	.quad	.LVL570
	.uleb128 .LVL571-.LVL570
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS533:
	.uleb128 .LVU2490
	.uleb128 .LVU2491
.LLST533:
	.byte	0x8
	.quad	.LVL573
	.uleb128 .LVL573-.LVL573
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS535:
	.uleb128 .LVU2500
	.uleb128 .LVU2501
	.uleb128 .LVU2501
	.uleb128 .LVU2510
.LLST535:
	.byte	0x6
	.quad	.LVL577
	.byte	0x4
	.uleb128 .LVL577-.LVL577
	.uleb128 .LVL578-.LVL577
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL578-.LVL577
	.uleb128 .LVL583-.LVL577
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS536:
	.uleb128 .LVU2499
	.uleb128 .LVU2509
	.uleb128 .LVU2509
	.uleb128 .LVU2510
.LLST536:
	.byte	0x6
	.quad	.LVL577
	.byte	0x4
	.uleb128 .LVL577-.LVL577
	.uleb128 .LVL582-.LVL577
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL582-.LVL577
	.uleb128 .LVL583-.LVL577
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS537:
	.uleb128 .LVU2500
	.uleb128 .LVU2502
	.uleb128 .LVU2502
	.uleb128 .LVU2510
.LLST537:
	.byte	0x6
	.quad	.LVL577
	.byte	0x4
	.uleb128 .LVL577-.LVL577
	.uleb128 .LVL579-.LVL577
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL579-.LVL577
	.uleb128 .LVL583-.LVL577
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS79:
	.uleb128 0
	.uleb128 .LVU384
	.uleb128 .LVU384
	.uleb128 0
.LLST79:
	.byte	0x6
	.quad	.LVL37
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL39-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL39-.LVL37
	.uleb128 .LFE68-.LVL37
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS80:
	.uleb128 .LVU366
	.uleb128 .LVU376
	.uleb128 .LVU376
	.uleb128 .LVU384
	.uleb128 .LVU384
	.uleb128 .LVU387
.LLST80:
	.byte	0x6
	.quad	.LVL37
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL37-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL39-.LVL37
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL39-.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS81:
	.uleb128 .LVU366
	.uleb128 .LVU387
.LLST81:
	.byte	0x8
	.quad	.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS82:
	.uleb128 .LVU366
	.uleb128 .LVU387
.LLST82:
	.byte	0x8
	.quad	.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS84:
	.uleb128 .LVU373
	.uleb128 .LVU384
	.uleb128 .LVU384
	.uleb128 .LVU386
	.uleb128 .LVU386
	.uleb128 .LVU387
.LLST84:
	.byte	0x6
	.quad	.LVL37
	.byte	0x4
	.uleb128 .LVL37-.LVL37
	.uleb128 .LVL39-.LVL37
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL39-.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL40-.LVL37
	.uleb128 .LVL40-.LVL37
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS85:
	.uleb128 .LVU373
	.uleb128 .LVU377
.LLST85:
	.byte	0x8
	.quad	.LVL37
	.uleb128 .LVL38-.LVL37
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS87:
	.uleb128 .LVU386
	.uleb128 .LVU387
.LLST87:
	.byte	0x8
	.quad	.LVL40
	.uleb128 .LVL40-.LVL40
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS403:
	.uleb128 0
	.uleb128 .LVU1959
	.uleb128 .LVU1959
	.uleb128 .LVU1982
	.uleb128 .LVU1982
	.uleb128 .LVU1985
	.uleb128 .LVU1985
	.uleb128 0
.LLST403:
	.byte	0x6
	.quad	.LVL427
	.byte	0x4
	.uleb128 .LVL427-.LVL427
	.uleb128 .LVL428-.LVL427
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL428-.LVL427
	.uleb128 .LVL430-.LVL427
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL430-.LVL427
	.uleb128 .LVL432-.LVL427
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL432-.LVL427
	.uleb128 .LFE66-.LVL427
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS404:
	.uleb128 0
	.uleb128 .LVU1990
	.uleb128 .LVU1990
	.uleb128 0
.LLST404:
	.byte	0x6
	.quad	.LVL427
	.byte	0x4
	.uleb128 .LVL427-.LVL427
	.uleb128 .LVL433-.LVL427
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL433-.LVL427
	.uleb128 .LFE66-.LVL427
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS405:
	.uleb128 0
	.uleb128 .LVU2004
	.uleb128 .LVU2004
	.uleb128 0
.LLST405:
	.byte	0x6
	.quad	.LVL427
	.byte	0x4
	.uleb128 .LVL427-.LVL427
	.uleb128 .LVL441-.LVL427
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL441-.LVL427
	.uleb128 .LFE66-.LVL427
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS407:
	.uleb128 .LVU1971
	.uleb128 .LVU1984
.LLST407:
	.byte	0x8
	.quad	.LVL429
	.uleb128 .LVL431-.LVL429
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS408:
	.uleb128 .LVU1971
	.uleb128 .LVU1984
.LLST408:
	.byte	0x8
	.quad	.LVL429
	.uleb128 .LVL431-.LVL429
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS409:
	.uleb128 .LVU1971
	.uleb128 .LVU1982
	.uleb128 .LVU1982
	.uleb128 .LVU1984
.LLST409:
	.byte	0x6
	.quad	.LVL429
	.byte	0x4
	.uleb128 .LVL429-.LVL429
	.uleb128 .LVL430-.LVL429
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL430-.LVL429
	.uleb128 .LVL431-.LVL429
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS410:
	.uleb128 .LVU1973
	.uleb128 .LVU1985
.LLST410:
	.byte	0x8
	.quad	.LVL429
	.uleb128 .LVL432-.LVL429
	.uleb128 0x2
	.byte	0x3d
	.byte	0x9f
	.byte	0
.LVUS412:
	.uleb128 .LVU1983
	.uleb128 .LVU1984
.LLST412:
	.byte	0x8
	.quad	.LVL431
	.uleb128 .LVL431-.LVL431
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS414:
	.uleb128 .LVU1992
	.uleb128 .LVU1993
	.uleb128 .LVU1993
	.uleb128 .LVU2002
.LLST414:
	.byte	0x6
	.quad	.LVL434
	.byte	0x4
	.uleb128 .LVL434-.LVL434
	.uleb128 .LVL435-.LVL434
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL435-.LVL434
	.uleb128 .LVL440-.LVL434
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS415:
	.uleb128 .LVU1991
	.uleb128 .LVU2001
	.uleb128 .LVU2001
	.uleb128 .LVU2002
.LLST415:
	.byte	0x6
	.quad	.LVL434
	.byte	0x4
	.uleb128 .LVL434-.LVL434
	.uleb128 .LVL439-.LVL434
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL439-.LVL434
	.uleb128 .LVL440-.LVL434
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS416:
	.uleb128 .LVU1992
	.uleb128 .LVU1994
	.uleb128 .LVU1994
	.uleb128 .LVU2002
.LLST416:
	.byte	0x6
	.quad	.LVL434
	.byte	0x4
	.uleb128 .LVL434-.LVL434
	.uleb128 .LVL436-.LVL434
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL436-.LVL434
	.uleb128 .LVL440-.LVL434
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS75:
	.uleb128 .LVU343
	.uleb128 .LVU355
.LLST75:
	.byte	0x8
	.quad	.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS76:
	.uleb128 .LVU343
	.uleb128 .LVU355
.LLST76:
	.byte	0x8
	.quad	.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS77:
	.uleb128 .LVU343
	.uleb128 .LVU355
.LLST77:
	.byte	0x8
	.quad	.LVL35
	.uleb128 .LVL36-.LVL35
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS78:
	.uleb128 .LVU354
	.uleb128 .LVU355
.LLST78:
	.byte	0x8
	.quad	.LVL36
	.uleb128 .LVL36-.LVL36
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS389:
	.uleb128 0
	.uleb128 .LVU1901
	.uleb128 .LVU1901
	.uleb128 .LVU1924
	.uleb128 .LVU1924
	.uleb128 .LVU1927
	.uleb128 .LVU1927
	.uleb128 0
.LLST389:
	.byte	0x6
	.quad	.LVL410
	.byte	0x4
	.uleb128 .LVL410-.LVL410
	.uleb128 .LVL411-.LVL410
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL411-.LVL410
	.uleb128 .LVL413-.LVL410
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL413-.LVL410
	.uleb128 .LVL415-.LVL410
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL415-.LVL410
	.uleb128 .LFE63-.LVL410
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS390:
	.uleb128 0
	.uleb128 .LVU1932
	.uleb128 .LVU1932
	.uleb128 0
.LLST390:
	.byte	0x6
	.quad	.LVL410
	.byte	0x4
	.uleb128 .LVL410-.LVL410
	.uleb128 .LVL416-.LVL410
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL416-.LVL410
	.uleb128 .LFE63-.LVL410
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS391:
	.uleb128 0
	.uleb128 .LVU1946
	.uleb128 .LVU1946
	.uleb128 0
.LLST391:
	.byte	0x6
	.quad	.LVL410
	.byte	0x4
	.uleb128 .LVL410-.LVL410
	.uleb128 .LVL424-.LVL410
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL424-.LVL410
	.uleb128 .LFE63-.LVL410
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS393:
	.uleb128 .LVU1913
	.uleb128 .LVU1926
.LLST393:
	.byte	0x8
	.quad	.LVL412
	.uleb128 .LVL414-.LVL412
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS394:
	.uleb128 .LVU1913
	.uleb128 .LVU1926
.LLST394:
	.byte	0x8
	.quad	.LVL412
	.uleb128 .LVL414-.LVL412
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS395:
	.uleb128 .LVU1913
	.uleb128 .LVU1924
	.uleb128 .LVU1924
	.uleb128 .LVU1926
.LLST395:
	.byte	0x6
	.quad	.LVL412
	.byte	0x4
	.uleb128 .LVL412-.LVL412
	.uleb128 .LVL413-.LVL412
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL413-.LVL412
	.uleb128 .LVL414-.LVL412
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS396:
	.uleb128 .LVU1915
	.uleb128 .LVU1927
.LLST396:
	.byte	0x8
	.quad	.LVL412
	.uleb128 .LVL415-.LVL412
	.uleb128 0x2
	.byte	0x3c
	.byte	0x9f
	.byte	0
.LVUS398:
	.uleb128 .LVU1925
	.uleb128 .LVU1926
.LLST398:
	.byte	0x8
	.quad	.LVL414
	.uleb128 .LVL414-.LVL414
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS400:
	.uleb128 .LVU1934
	.uleb128 .LVU1935
	.uleb128 .LVU1935
	.uleb128 .LVU1944
.LLST400:
	.byte	0x6
	.quad	.LVL417
	.byte	0x4
	.uleb128 .LVL417-.LVL417
	.uleb128 .LVL418-.LVL417
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL418-.LVL417
	.uleb128 .LVL423-.LVL417
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS401:
	.uleb128 .LVU1933
	.uleb128 .LVU1943
	.uleb128 .LVU1943
	.uleb128 .LVU1944
.LLST401:
	.byte	0x6
	.quad	.LVL417
	.byte	0x4
	.uleb128 .LVL417-.LVL417
	.uleb128 .LVL422-.LVL417
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL422-.LVL417
	.uleb128 .LVL423-.LVL417
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS402:
	.uleb128 .LVU1934
	.uleb128 .LVU1936
	.uleb128 .LVU1936
	.uleb128 .LVU1944
.LLST402:
	.byte	0x6
	.quad	.LVL417
	.byte	0x4
	.uleb128 .LVL417-.LVL417
	.uleb128 .LVL419-.LVL417
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL419-.LVL417
	.uleb128 .LVL423-.LVL417
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS71:
	.uleb128 .LVU320
	.uleb128 .LVU332
.LLST71:
	.byte	0x8
	.quad	.LVL33
	.uleb128 .LVL34-.LVL33
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS72:
	.uleb128 .LVU320
	.uleb128 .LVU332
.LLST72:
	.byte	0x8
	.quad	.LVL33
	.uleb128 .LVL34-.LVL33
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS73:
	.uleb128 .LVU320
	.uleb128 .LVU332
.LLST73:
	.byte	0x8
	.quad	.LVL33
	.uleb128 .LVL34-.LVL33
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS74:
	.uleb128 .LVU331
	.uleb128 .LVU332
.LLST74:
	.byte	0x8
	.quad	.LVL34
	.uleb128 .LVL34-.LVL34
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS803:
	.uleb128 0
	.uleb128 .LVU3670
	.uleb128 .LVU3670
	.uleb128 .LVU3708
	.uleb128 .LVU3708
	.uleb128 .LVU3709
	.uleb128 .LVU3709
	.uleb128 0
.LLST803:
	.byte	0x6
	.quad	.LVL934
	.byte	0x4
	.uleb128 .LVL934-.LVL934
	.uleb128 .LVL935-.LVL934
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL935-.LVL934
	.uleb128 .LVL945-.LVL934
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL945-.LVL934
	.uleb128 .LVL946-.LVL934
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL946-.LVL934
	.uleb128 .LFE60-.LVL934
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS804:
	.uleb128 0
	.uleb128 .LVU3689
	.uleb128 .LVU3689
	.uleb128 .LVU3709
	.uleb128 .LVU3709
	.uleb128 .LVU3712
	.uleb128 .LVU3712
	.uleb128 0
.LLST804:
	.byte	0x6
	.quad	.LVL934
	.byte	0x4
	.uleb128 .LVL934-.LVL934
	.uleb128 .LVL937-.LVL934
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL937-.LVL934
	.uleb128 .LVL946-.LVL934
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL946-.LVL934
	.uleb128 .LVL947-.LVL934
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL947-.LVL934
	.uleb128 .LFE60-.LVL934
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS805:
	.uleb128 0
	.uleb128 .LVU3698
	.uleb128 .LVU3698
	.uleb128 .LVU3709
	.uleb128 .LVU3709
	.uleb128 .LVU3715
	.uleb128 .LVU3715
	.uleb128 .LVU3727
	.uleb128 .LVU3727
	.uleb128 .LVU3730
	.uleb128 .LVU3730
	.uleb128 .LVU3735
	.uleb128 .LVU3735
	.uleb128 0
.LLST805:
	.byte	0x6
	.quad	.LVL934
	.byte	0x4
	.uleb128 .LVL934-.LVL934
	.uleb128 .LVL941-.LVL934
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL941-.LVL934
	.uleb128 .LVL946-.LVL934
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL946-.LVL934
	.uleb128 .LVL949-.LVL934
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL949-.LVL934
	.uleb128 .LVL956-.LVL934
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL956-.LVL934
	.uleb128 .LVL958-.LVL934
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL958-.LVL934
	.uleb128 .LVL959-.LVL934
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL959-.LVL934
	.uleb128 .LFE60-.LVL934
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS807:
	.uleb128 .LVU3682
	.uleb128 .LVU3697
	.uleb128 .LVU3697
	.uleb128 .LVU3707
	.uleb128 .LVU3730
	.uleb128 .LVU3735
	.uleb128 .LVU3735
	.uleb128 0
.LLST807:
	.byte	0x6
	.quad	.LVL936
	.byte	0x4
	.uleb128 .LVL936-.LVL936
	.uleb128 .LVL940-.LVL936
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL940-.LVL936
	.uleb128 .LVL944-.LVL936
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL958-.LVL936
	.uleb128 .LVL959-.LVL936
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL959-.LVL936
	.uleb128 .LFE60-.LVL936
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS808:
	.uleb128 .LVU3682
	.uleb128 .LVU3689
	.uleb128 .LVU3689
	.uleb128 .LVU3707
	.uleb128 .LVU3730
	.uleb128 0
.LLST808:
	.byte	0x6
	.quad	.LVL936
	.byte	0x4
	.uleb128 .LVL936-.LVL936
	.uleb128 .LVL937-.LVL936
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL937-.LVL936
	.uleb128 .LVL944-.LVL936
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL958-.LVL936
	.uleb128 .LFE60-.LVL936
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS809:
	.uleb128 .LVU3682
	.uleb128 .LVU3707
	.uleb128 .LVU3730
	.uleb128 0
.LLST809:
	.byte	0x6
	.quad	.LVL936
	.byte	0x4
	.uleb128 .LVL936-.LVL936
	.uleb128 .LVL944-.LVL936
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL958-.LVL936
	.uleb128 .LFE60-.LVL936
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS810:
	.uleb128 .LVU3684
	.uleb128 .LVU3709
	.uleb128 .LVU3730
	.uleb128 0
.LLST810:
	.byte	0x6
	.quad	.LVL936
	.byte	0x4
	.uleb128 .LVL936-.LVL936
	.uleb128 .LVL946-.LVL936
	.uleb128 0x2
	.byte	0x3b
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL958-.LVL936
	.uleb128 .LFE60-.LVL936
	.uleb128 0x2
	.byte	0x3b
	.byte	0x9f
	.byte	0
.LVUS811:
	.uleb128 .LVU3693
	.uleb128 .LVU3709
.LLST811:
	.byte	0x8
	.quad	.LVL938
	.uleb128 .LVL946-.LVL938
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS812:
	.uleb128 .LVU3694
	.uleb128 .LVU3699
	.uleb128 .LVU3699
	.uleb128 .LVU3700
.LLST812:
	.byte	0x6
	.quad	.LVL939
	.byte	0x4
	.uleb128 .LVL939-.LVL939
	.uleb128 .LVL942-.LVL939
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL942-.LVL939
	.uleb128 .LVL943-.LVL939
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0
.LVUS813:
	.uleb128 .LVU3706
	.uleb128 .LVU3707
.LLST813:
	.byte	0x8
	.quad	.LVL944
	.uleb128 .LVL944-.LVL944
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS815:
	.uleb128 .LVU3737
	.uleb128 .LVU3738
	.uleb128 .LVU3738
	.uleb128 .LVU3747
.LLST815:
	.byte	0x6
	.quad	.LVL960
	.byte	0x4
	.uleb128 .LVL960-.LVL960
	.uleb128 .LVL961-.LVL960
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL961-.LVL960
	.uleb128 .LVL965-.LVL960
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS816:
	.uleb128 .LVU3736
	.uleb128 .LVU3747
.LLST816:
	.byte	0x8
	.quad	.LVL960
	.uleb128 .LVL965-.LVL960
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS817:
	.uleb128 .LVU3737
	.uleb128 .LVU3739
	.uleb128 .LVU3739
	.uleb128 .LVU3747
.LLST817:
	.byte	0x6
	.quad	.LVL960
	.byte	0x4
	.uleb128 .LVL960-.LVL960
	.uleb128 .LVL962-.LVL960
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL962-.LVL960
	.uleb128 .LVL965-.LVL960
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS819:
	.uleb128 .LVU3714
	.uleb128 .LVU3716
	.uleb128 .LVU3716
	.uleb128 .LVU3725
.LLST819:
	.byte	0x6
	.quad	.LVL948
	.byte	0x4
	.uleb128 .LVL948-.LVL948
	.uleb128 .LVL950-.LVL948
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL950-.LVL948
	.uleb128 .LVL955-.LVL948
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS820:
	.uleb128 .LVU3713
	.uleb128 .LVU3724
	.uleb128 .LVU3724
	.uleb128 .LVU3725
.LLST820:
	.byte	0x6
	.quad	.LVL948
	.byte	0x4
	.uleb128 .LVL948-.LVL948
	.uleb128 .LVL954-.LVL948
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL954-.LVL948
	.uleb128 .LVL955-.LVL948
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS821:
	.uleb128 .LVU3714
	.uleb128 .LVU3717
	.uleb128 .LVU3717
	.uleb128 .LVU3725
.LLST821:
	.byte	0x6
	.quad	.LVL948
	.byte	0x4
	.uleb128 .LVL948-.LVL948
	.uleb128 .LVL951-.LVL948
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL951-.LVL948
	.uleb128 .LVL955-.LVL948
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS417:
	.uleb128 0
	.uleb128 .LVU2031
	.uleb128 .LVU2031
	.uleb128 .LVU2042
	.uleb128 .LVU2042
	.uleb128 .LVU2050
	.uleb128 .LVU2050
	.uleb128 0
.LLST417:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL447-.LVL444
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL447-.LVL444
	.uleb128 .LVL452-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL452-.LVL444
	.uleb128 .LVL454-.LVL444
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL454-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS418:
	.uleb128 0
	.uleb128 .LVU2023
	.uleb128 .LVU2023
	.uleb128 0
.LLST418:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL445-.LVL444
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL445-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS419:
	.uleb128 0
	.uleb128 .LVU2032
	.uleb128 .LVU2032
	.uleb128 .LVU2042
	.uleb128 .LVU2042
	.uleb128 .LVU2049
	.uleb128 .LVU2049
	.uleb128 0
.LLST419:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL448-.LVL444
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL448-.LVL444
	.uleb128 .LVL452-.LVL444
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL452-.LVL444
	.uleb128 .LVL453-.LVL444
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL453-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS421:
	.uleb128 .LVU2016
	.uleb128 .LVU2031
	.uleb128 .LVU2031
	.uleb128 .LVU2041
	.uleb128 .LVU2042
	.uleb128 .LVU2049
	.uleb128 .LVU2049
	.uleb128 0
.LLST421:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL447-.LVL444
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL447-.LVL444
	.uleb128 .LVL451-.LVL444
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL452-.LVL444
	.uleb128 .LVL453-.LVL444
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL453-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS422:
	.uleb128 .LVU2016
	.uleb128 .LVU2023
	.uleb128 .LVU2023
	.uleb128 .LVU2041
	.uleb128 .LVU2042
	.uleb128 0
.LLST422:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL445-.LVL444
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL445-.LVL444
	.uleb128 .LVL451-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL452-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS423:
	.uleb128 .LVU2016
	.uleb128 .LVU2031
	.uleb128 .LVU2031
	.uleb128 .LVU2041
	.uleb128 .LVU2042
	.uleb128 .LVU2050
	.uleb128 .LVU2050
	.uleb128 0
.LLST423:
	.byte	0x6
	.quad	.LVL444
	.byte	0x4
	.uleb128 .LVL444-.LVL444
	.uleb128 .LVL447-.LVL444
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL447-.LVL444
	.uleb128 .LVL451-.LVL444
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL452-.LVL444
	.uleb128 .LVL454-.LVL444
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL454-.LVL444
	.uleb128 .LFE59-.LVL444
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS425:
	.uleb128 .LVU2028
	.uleb128 .LVU2042
.LLST425:
	.byte	0x8
	.quad	.LVL446
	.uleb128 .LVL452-.LVL446
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS426:
	.uleb128 .LVU2028
	.uleb128 .LVU2033
	.uleb128 .LVU2033
	.uleb128 .LVU2034
.LLST426:
	.byte	0x6
	.quad	.LVL446
	.byte	0x4
	.uleb128 .LVL446-.LVL446
	.uleb128 .LVL449-.LVL446
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL449-.LVL446
	.uleb128 .LVL450-.LVL446
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0
.LVUS427:
	.uleb128 .LVU2040
	.uleb128 .LVU2041
.LLST427:
	.byte	0x8
	.quad	.LVL451
	.uleb128 .LVL451-.LVL451
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS429:
	.uleb128 .LVU2051
	.uleb128 .LVU2052
	.uleb128 .LVU2052
	.uleb128 .LVU2063
.LLST429:
	.byte	0x6
	.quad	.LVL454
	.byte	0x4
	.uleb128 .LVL454-.LVL454
	.uleb128 .LVL455-.LVL454
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL455-.LVL454
	.uleb128 .LVL459-.LVL454
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS430:
	.uleb128 .LVU2050
	.uleb128 .LVU2063
.LLST430:
	.byte	0x8
	.quad	.LVL454
	.uleb128 .LVL459-.LVL454
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS431:
	.uleb128 .LVU2051
	.uleb128 .LVU2053
	.uleb128 .LVU2053
	.uleb128 .LVU2063
.LLST431:
	.byte	0x6
	.quad	.LVL454
	.byte	0x4
	.uleb128 .LVL454-.LVL454
	.uleb128 .LVL456-.LVL454
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL456-.LVL454
	.uleb128 .LVL459-.LVL454
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS726:
	.uleb128 0
	.uleb128 .LVU3311
	.uleb128 .LVU3311
	.uleb128 .LVU3349
	.uleb128 .LVU3349
	.uleb128 .LVU3352
	.uleb128 .LVU3352
	.uleb128 .LVU3362
	.uleb128 .LVU3362
	.uleb128 .LVU3365
	.uleb128 .LVU3365
	.uleb128 0
.LLST726:
	.byte	0x6
	.quad	.LVL816
	.byte	0x4
	.uleb128 .LVL816-.LVL816
	.uleb128 .LVL817-.LVL816
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL817-.LVL816
	.uleb128 .LVL826-.LVL816
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL826-.LVL816
	.uleb128 .LVL828-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL828-.LVL816
	.uleb128 .LVL832-.LVL816
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL832-.LVL816
	.uleb128 .LVL834-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL834-.LVL816
	.uleb128 .LFE57-.LVL816
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS727:
	.uleb128 0
	.uleb128 .LVU3330
	.uleb128 .LVU3330
	.uleb128 .LVU3365
	.uleb128 .LVU3365
	.uleb128 .LVU3368
	.uleb128 .LVU3368
	.uleb128 0
.LLST727:
	.byte	0x6
	.quad	.LVL816
	.byte	0x4
	.uleb128 .LVL816-.LVL816
	.uleb128 .LVL819-.LVL816
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL819-.LVL816
	.uleb128 .LVL834-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL834-.LVL816
	.uleb128 .LVL835-.LVL816
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL835-.LVL816
	.uleb128 .LFE57-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS728:
	.uleb128 0
	.uleb128 .LVU3339
	.uleb128 .LVU3339
	.uleb128 .LVU3352
	.uleb128 .LVU3352
	.uleb128 .LVU3355
	.uleb128 .LVU3355
	.uleb128 .LVU3365
	.uleb128 .LVU3365
	.uleb128 .LVU3371
	.uleb128 .LVU3371
	.uleb128 .LVU3383
	.uleb128 .LVU3383
	.uleb128 .LVU3386
	.uleb128 .LVU3386
	.uleb128 .LVU3391
	.uleb128 .LVU3391
	.uleb128 0
.LLST728:
	.byte	0x6
	.quad	.LVL816
	.byte	0x4
	.uleb128 .LVL816-.LVL816
	.uleb128 .LVL823-.LVL816
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL823-.LVL816
	.uleb128 .LVL828-.LVL816
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL828-.LVL816
	.uleb128 .LVL830-.LVL816
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL830-.LVL816
	.uleb128 .LVL834-.LVL816
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL834-.LVL816
	.uleb128 .LVL837-.LVL816
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL837-.LVL816
	.uleb128 .LVL844-.LVL816
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL844-.LVL816
	.uleb128 .LVL846-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL846-.LVL816
	.uleb128 .LVL847-.LVL816
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL847-.LVL816
	.uleb128 .LFE57-.LVL816
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS730:
	.uleb128 .LVU3323
	.uleb128 .LVU3338
	.uleb128 .LVU3338
	.uleb128 .LVU3351
	.uleb128 .LVU3352
	.uleb128 .LVU3364
	.uleb128 .LVU3386
	.uleb128 .LVU3391
	.uleb128 .LVU3391
	.uleb128 0
.LLST730:
	.byte	0x6
	.quad	.LVL818
	.byte	0x4
	.uleb128 .LVL818-.LVL818
	.uleb128 .LVL822-.LVL818
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL822-.LVL818
	.uleb128 .LVL827-.LVL818
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL828-.LVL818
	.uleb128 .LVL833-.LVL818
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL846-.LVL818
	.uleb128 .LVL847-.LVL818
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL847-.LVL818
	.uleb128 .LFE57-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS731:
	.uleb128 .LVU3323
	.uleb128 .LVU3330
	.uleb128 .LVU3330
	.uleb128 .LVU3351
	.uleb128 .LVU3352
	.uleb128 .LVU3364
	.uleb128 .LVU3386
	.uleb128 0
.LLST731:
	.byte	0x6
	.quad	.LVL818
	.byte	0x4
	.uleb128 .LVL818-.LVL818
	.uleb128 .LVL819-.LVL818
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL819-.LVL818
	.uleb128 .LVL827-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL828-.LVL818
	.uleb128 .LVL833-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL846-.LVL818
	.uleb128 .LFE57-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS732:
	.uleb128 .LVU3323
	.uleb128 .LVU3349
	.uleb128 .LVU3349
	.uleb128 .LVU3351
	.uleb128 .LVU3352
	.uleb128 .LVU3362
	.uleb128 .LVU3362
	.uleb128 .LVU3364
	.uleb128 .LVU3386
	.uleb128 0
.LLST732:
	.byte	0x6
	.quad	.LVL818
	.byte	0x4
	.uleb128 .LVL818-.LVL818
	.uleb128 .LVL826-.LVL818
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL826-.LVL818
	.uleb128 .LVL827-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL828-.LVL818
	.uleb128 .LVL832-.LVL818
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL832-.LVL818
	.uleb128 .LVL833-.LVL818
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL846-.LVL818
	.uleb128 .LFE57-.LVL818
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS733:
	.uleb128 .LVU3325
	.uleb128 .LVU3365
	.uleb128 .LVU3386
	.uleb128 0
.LLST733:
	.byte	0x6
	.quad	.LVL818
	.byte	0x4
	.uleb128 .LVL818-.LVL818
	.uleb128 .LVL834-.LVL818
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL846-.LVL818
	.uleb128 .LFE57-.LVL818
	.uleb128 0x2
	.byte	0x3a
	.byte	0x9f
	.byte	0
.LVUS735:
	.uleb128 .LVU3334
	.uleb128 .LVU3365
.LLST735:
	.byte	0x8
	.quad	.LVL820
	.uleb128 .LVL834-.LVL820
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS736:
	.uleb128 .LVU3335
	.uleb128 .LVU3340
	.uleb128 .LVU3340
	.uleb128 .LVU3343
	.uleb128 .LVU3352
	.uleb128 .LVU3353
	.uleb128 .LVU3353
	.uleb128 .LVU3355
	.uleb128 .LVU3355
	.uleb128 .LVU3356
	.uleb128 .LVU3356
	.uleb128 .LVU3363
	.uleb128 .LVU3363
	.uleb128 .LVU3364
.LLST736:
	.byte	0x6
	.quad	.LVL821
	.byte	0x4
	.uleb128 .LVL821-.LVL821
	.uleb128 .LVL824-.LVL821
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL824-.LVL821
	.uleb128 .LVL825-.LVL821
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL828-.LVL821
	.uleb128 .LVL829-.LVL821
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL829-.LVL821
	.uleb128 .LVL830-.LVL821
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL830-.LVL821
	.uleb128 .LVL831-.LVL821
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL831-.LVL821
	.uleb128 .LVL833-.LVL821
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL833-.LVL821
	.uleb128 .LVL833-.LVL821
	.uleb128 0x5
	.byte	0x72
	.sleb128 -16
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS738:
	.uleb128 .LVU3350
	.uleb128 .LVU3351
	.uleb128 .LVU3363
	.uleb128 .LVU3364
.LLST738:
	.byte	0x8
	.quad	.LVL827
	.uleb128 .LVL827-.LVL827
	.uleb128 0x1
	.byte	0x50
	.byte	0x8
	.quad	.LVL833
	.uleb128 .LVL833-.LVL833
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS740:
	.uleb128 .LVU3393
	.uleb128 .LVU3394
	.uleb128 .LVU3394
	.uleb128 .LVU3403
.LLST740:
	.byte	0x6
	.quad	.LVL848
	.byte	0x4
	.uleb128 .LVL848-.LVL848
	.uleb128 .LVL849-.LVL848
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL849-.LVL848
	.uleb128 .LVL853-.LVL848
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS741:
	.uleb128 .LVU3392
	.uleb128 .LVU3403
.LLST741:
	.byte	0x8
	.quad	.LVL848
	.uleb128 .LVL853-.LVL848
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS742:
	.uleb128 .LVU3393
	.uleb128 .LVU3395
	.uleb128 .LVU3395
	.uleb128 .LVU3403
.LLST742:
	.byte	0x6
	.quad	.LVL848
	.byte	0x4
	.uleb128 .LVL848-.LVL848
	.uleb128 .LVL850-.LVL848
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL850-.LVL848
	.uleb128 .LVL853-.LVL848
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS744:
	.uleb128 .LVU3370
	.uleb128 .LVU3372
	.uleb128 .LVU3372
	.uleb128 .LVU3381
.LLST744:
	.byte	0x6
	.quad	.LVL836
	.byte	0x4
	.uleb128 .LVL836-.LVL836
	.uleb128 .LVL838-.LVL836
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL838-.LVL836
	.uleb128 .LVL843-.LVL836
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS745:
	.uleb128 .LVU3369
	.uleb128 .LVU3380
	.uleb128 .LVU3380
	.uleb128 .LVU3381
.LLST745:
	.byte	0x6
	.quad	.LVL836
	.byte	0x4
	.uleb128 .LVL836-.LVL836
	.uleb128 .LVL842-.LVL836
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL842-.LVL836
	.uleb128 .LVL843-.LVL836
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS746:
	.uleb128 .LVU3370
	.uleb128 .LVU3373
	.uleb128 .LVU3373
	.uleb128 .LVU3381
.LLST746:
	.byte	0x6
	.quad	.LVL836
	.byte	0x4
	.uleb128 .LVL836-.LVL836
	.uleb128 .LVL839-.LVL836
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL839-.LVL836
	.uleb128 .LVL843-.LVL836
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS570:
	.uleb128 0
	.uleb128 .LVU2673
	.uleb128 .LVU2673
	.uleb128 .LVU2698
	.uleb128 .LVU2698
	.uleb128 .LVU2706
	.uleb128 .LVU2706
	.uleb128 0
.LLST570:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL628-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL628-.LVL625
	.uleb128 .LVL638-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL638-.LVL625
	.uleb128 .LVL640-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL640-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS571:
	.uleb128 0
	.uleb128 .LVU2665
	.uleb128 .LVU2665
	.uleb128 0
.LLST571:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL626-.LVL625
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL626-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS572:
	.uleb128 0
	.uleb128 .LVU2674
	.uleb128 .LVU2674
	.uleb128 .LVU2686
	.uleb128 .LVU2686
	.uleb128 .LVU2689
	.uleb128 .LVU2689
	.uleb128 .LVU2698
	.uleb128 .LVU2698
	.uleb128 .LVU2705
	.uleb128 .LVU2705
	.uleb128 0
.LLST572:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL629-.LVL625
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL629-.LVL625
	.uleb128 .LVL633-.LVL625
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL633-.LVL625
	.uleb128 .LVL635-.LVL625
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL635-.LVL625
	.uleb128 .LVL638-.LVL625
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 .LVL638-.LVL625
	.uleb128 .LVL639-.LVL625
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL639-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS574:
	.uleb128 .LVU2658
	.uleb128 .LVU2673
	.uleb128 .LVU2673
	.uleb128 .LVU2685
	.uleb128 .LVU2686
	.uleb128 .LVU2697
	.uleb128 .LVU2698
	.uleb128 .LVU2705
	.uleb128 .LVU2705
	.uleb128 0
.LLST574:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL628-.LVL625
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL628-.LVL625
	.uleb128 .LVL632-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL633-.LVL625
	.uleb128 .LVL637-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL638-.LVL625
	.uleb128 .LVL639-.LVL625
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL639-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS575:
	.uleb128 .LVU2658
	.uleb128 .LVU2665
	.uleb128 .LVU2665
	.uleb128 .LVU2685
	.uleb128 .LVU2686
	.uleb128 .LVU2697
	.uleb128 .LVU2698
	.uleb128 0
.LLST575:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL626-.LVL625
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL626-.LVL625
	.uleb128 .LVL632-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL633-.LVL625
	.uleb128 .LVL637-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL638-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS576:
	.uleb128 .LVU2658
	.uleb128 .LVU2673
	.uleb128 .LVU2673
	.uleb128 .LVU2685
	.uleb128 .LVU2686
	.uleb128 .LVU2697
	.uleb128 .LVU2698
	.uleb128 .LVU2706
	.uleb128 .LVU2706
	.uleb128 0
.LLST576:
	.byte	0x6
	.quad	.LVL625
	.byte	0x4
	.uleb128 .LVL625-.LVL625
	.uleb128 .LVL628-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL628-.LVL625
	.uleb128 .LVL632-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL633-.LVL625
	.uleb128 .LVL637-.LVL625
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL638-.LVL625
	.uleb128 .LVL640-.LVL625
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL640-.LVL625
	.uleb128 .LFE56-.LVL625
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS578:
	.uleb128 .LVU2670
	.uleb128 .LVU2698
.LLST578:
	.byte	0x8
	.quad	.LVL627
	.uleb128 .LVL638-.LVL627
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS579:
	.uleb128 .LVU2670
	.uleb128 .LVU2675
	.uleb128 .LVU2675
	.uleb128 .LVU2678
	.uleb128 .LVU2686
	.uleb128 .LVU2687
	.uleb128 .LVU2687
	.uleb128 .LVU2689
	.uleb128 .LVU2689
	.uleb128 .LVU2690
	.uleb128 .LVU2690
	.uleb128 .LVU2696
	.uleb128 .LVU2696
	.uleb128 .LVU2697
.LLST579:
	.byte	0x6
	.quad	.LVL627
	.byte	0x4
	.uleb128 .LVL627-.LVL627
	.uleb128 .LVL630-.LVL627
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL630-.LVL627
	.uleb128 .LVL631-.LVL627
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL633-.LVL627
	.uleb128 .LVL634-.LVL627
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL634-.LVL627
	.uleb128 .LVL635-.LVL627
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL635-.LVL627
	.uleb128 .LVL636-.LVL627
	.uleb128 0x2
	.byte	0x72
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL636-.LVL627
	.uleb128 .LVL637-.LVL627
	.uleb128 0x4
	.byte	0x70
	.sleb128 0
	.byte	0x1f
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL637-.LVL627
	.uleb128 .LVL637-.LVL627
	.uleb128 0x5
	.byte	0x72
	.sleb128 -16
	.byte	0x6
	.byte	0x1f
	.byte	0x9f
	.byte	0
.LVUS581:
	.uleb128 .LVU2684
	.uleb128 .LVU2685
	.uleb128 .LVU2696
	.uleb128 .LVU2697
.LLST581:
	.byte	0x8
	.quad	.LVL632
	.uleb128 .LVL632-.LVL632
	.uleb128 0x1
	.byte	0x50
	.byte	0x8
	.quad	.LVL637
	.uleb128 .LVL637-.LVL637
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS583:
	.uleb128 .LVU2707
	.uleb128 .LVU2708
	.uleb128 .LVU2708
	.uleb128 .LVU2719
.LLST583:
	.byte	0x6
	.quad	.LVL640
	.byte	0x4
	.uleb128 .LVL640-.LVL640
	.uleb128 .LVL641-.LVL640
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL641-.LVL640
	.uleb128 .LVL645-.LVL640
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS584:
	.uleb128 .LVU2706
	.uleb128 .LVU2719
.LLST584:
	.byte	0x8
	.quad	.LVL640
	.uleb128 .LVL645-.LVL640
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS585:
	.uleb128 .LVU2707
	.uleb128 .LVU2709
	.uleb128 .LVU2709
	.uleb128 .LVU2719
.LLST585:
	.byte	0x6
	.quad	.LVL640
	.byte	0x4
	.uleb128 .LVL640-.LVL640
	.uleb128 .LVL642-.LVL640
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL642-.LVL640
	.uleb128 .LVL645-.LVL640
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS508:
	.uleb128 0
	.uleb128 .LVU2433
	.uleb128 .LVU2433
	.uleb128 0
.LLST508:
	.byte	0x6
	.quad	.LVL550
	.byte	0x4
	.uleb128 .LVL550-.LVL550
	.uleb128 .LVL559-.LVL550
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL559-.LVL550
	.uleb128 .LFE54-.LVL550
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS509:
	.uleb128 0
	.uleb128 .LVU2429
	.uleb128 .LVU2429
	.uleb128 0
.LLST509:
	.byte	0x6
	.quad	.LVL550
	.byte	0x4
	.uleb128 .LVL550-.LVL550
	.uleb128 .LVL556-.LVL550
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL556-.LVL550
	.uleb128 .LFE54-.LVL550
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS510:
	.uleb128 0
	.uleb128 .LVU2414
	.uleb128 .LVU2414
	.uleb128 .LVU2423
	.uleb128 .LVU2423
	.uleb128 .LVU2445
	.uleb128 .LVU2445
	.uleb128 0
.LLST510:
	.byte	0x6
	.quad	.LVL550
	.byte	0x4
	.uleb128 .LVL550-.LVL550
	.uleb128 .LVL552-.LVL550
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL552-.LVL550
	.uleb128 .LVL555-.LVL550
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL555-.LVL550
	.uleb128 .LVL565-.LVL550
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL565-.LVL550
	.uleb128 .LFE54-.LVL550
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS511:
	.uleb128 .LVU2403
	.uleb128 .LVU2413
	.uleb128 .LVU2413
	.uleb128 .LVU2414
	.uleb128 .LVU2414
	.uleb128 .LVU2422
.LLST511:
	.byte	0x6
	.quad	.LVL551
	.byte	0x4
	.uleb128 .LVL551-.LVL551
	.uleb128 .LVL551-.LVL551
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL551-.LVL551
	.uleb128 .LVL552-.LVL551
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL552-.LVL551
	.uleb128 .LVL554-.LVL551
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS512:
	.uleb128 .LVU2403
	.uleb128 .LVU2422
.LLST512:
	.byte	0x8
	.quad	.LVL551
	.uleb128 .LVL554-.LVL551
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS513:
	.uleb128 .LVU2403
	.uleb128 .LVU2422
.LLST513:
	.byte	0x8
	.quad	.LVL551
	.uleb128 .LVL554-.LVL551
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS514:
	.uleb128 .LVU2405
	.uleb128 .LVU2423
.LLST514:
	.byte	0x8
	.quad	.LVL551
	.uleb128 .LVL555-.LVL551
	.uleb128 0x2
	.byte	0x39
	.byte	0x9f
	.byte	0
.LVUS515:
	.uleb128 .LVU2410
	.uleb128 .LVU2414
	.uleb128 .LVU2414
	.uleb128 .LVU2422
.LLST515:
	.byte	0x6
	.quad	.LVL551
	.byte	0x4
	.uleb128 .LVL551-.LVL551
	.uleb128 .LVL552-.LVL551
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL552-.LVL551
	.uleb128 .LVL554-.LVL551
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS516:
	.uleb128 .LVU2410
	.uleb128 .LVU2414
	.uleb128 .LVU2414
	.uleb128 .LVU2415
.LLST516:
	.byte	0x6
	.quad	.LVL551
	.byte	0x4
	.uleb128 .LVL551-.LVL551
	.uleb128 .LVL552-.LVL551
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL552-.LVL551
	.uleb128 .LVL553-.LVL551
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS517:
	.uleb128 .LVU2421
	.uleb128 .LVU2422
.LLST517:
	.byte	0x8
	.quad	.LVL554
	.uleb128 .LVL554-.LVL554
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS519:
	.uleb128 .LVU2431
	.uleb128 .LVU2432
	.uleb128 .LVU2432
	.uleb128 .LVU2443
.LLST519:
	.byte	0x6
	.quad	.LVL557
	.byte	0x4
	.uleb128 .LVL557-.LVL557
	.uleb128 .LVL558-.LVL557
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL558-.LVL557
	.uleb128 .LVL564-.LVL557
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS520:
	.uleb128 .LVU2430
	.uleb128 .LVU2441
	.uleb128 .LVU2441
	.uleb128 .LVU2443
.LLST520:
	.byte	0x6
	.quad	.LVL557
	.byte	0x4
	.uleb128 .LVL557-.LVL557
	.uleb128 .LVL563-.LVL557
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL563-.LVL557
	.uleb128 .LVL564-.LVL557
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS521:
	.uleb128 .LVU2431
	.uleb128 .LVU2434
	.uleb128 .LVU2434
	.uleb128 .LVU2443
.LLST521:
	.byte	0x6
	.quad	.LVL557
	.byte	0x4
	.uleb128 .LVL557-.LVL557
	.uleb128 .LVL560-.LVL557
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL560-.LVL557
	.uleb128 .LVL564-.LVL557
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS64:
	.uleb128 0
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 0
.LLST64:
	.byte	0x6
	.quad	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LFE53-.LVL29
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS65:
	.uleb128 .LVU290
	.uleb128 .LVU300
	.uleb128 .LVU300
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU309
.LLST65:
	.byte	0x6
	.quad	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL29-.LVL29
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LVL32-.LVL29
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS66:
	.uleb128 .LVU290
	.uleb128 .LVU309
.LLST66:
	.byte	0x8
	.quad	.LVL29
	.uleb128 .LVL32-.LVL29
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS67:
	.uleb128 .LVU290
	.uleb128 .LVU309
.LLST67:
	.byte	0x8
	.quad	.LVL29
	.uleb128 .LVL32-.LVL29
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS68:
	.uleb128 .LVU297
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU309
.LLST68:
	.byte	0x6
	.quad	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LVL32-.LVL29
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS69:
	.uleb128 .LVU297
	.uleb128 .LVU301
	.uleb128 .LVU301
	.uleb128 .LVU302
.LLST69:
	.byte	0x6
	.quad	.LVL29
	.byte	0x4
	.uleb128 .LVL29-.LVL29
	.uleb128 .LVL30-.LVL29
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL30-.LVL29
	.uleb128 .LVL31-.LVL29
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS70:
	.uleb128 .LVU308
	.uleb128 .LVU309
.LLST70:
	.byte	0x8
	.quad	.LVL32
	.uleb128 .LVL32-.LVL32
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS492:
	.uleb128 0
	.uleb128 .LVU2326
	.uleb128 .LVU2326
	.uleb128 .LVU2360
	.uleb128 .LVU2360
	.uleb128 .LVU2361
	.uleb128 .LVU2361
	.uleb128 0
.LLST492:
	.byte	0x6
	.quad	.LVL531
	.byte	0x4
	.uleb128 .LVL531-.LVL531
	.uleb128 .LVL532-.LVL531
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL532-.LVL531
	.uleb128 .LVL537-.LVL531
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL537-.LVL531
	.uleb128 .LVL538-.LVL531
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL538-.LVL531
	.uleb128 .LFE51-.LVL531
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS493:
	.uleb128 0
	.uleb128 .LVU2366
	.uleb128 .LVU2366
	.uleb128 0
.LLST493:
	.byte	0x6
	.quad	.LVL531
	.byte	0x4
	.uleb128 .LVL531-.LVL531
	.uleb128 .LVL539-.LVL531
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL539-.LVL531
	.uleb128 .LFE51-.LVL531
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS494:
	.uleb128 0
	.uleb128 .LVU2356
	.uleb128 .LVU2356
	.uleb128 .LVU2361
	.uleb128 .LVU2361
	.uleb128 .LVU2380
	.uleb128 .LVU2380
	.uleb128 0
.LLST494:
	.byte	0x6
	.quad	.LVL531
	.byte	0x4
	.uleb128 .LVL531-.LVL531
	.uleb128 .LVL535-.LVL531
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL535-.LVL531
	.uleb128 .LVL538-.LVL531
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL538-.LVL531
	.uleb128 .LVL547-.LVL531
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL547-.LVL531
	.uleb128 .LFE51-.LVL531
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS495:
	.uleb128 .LVU2338
	.uleb128 .LVU2348
	.uleb128 .LVU2348
	.uleb128 .LVU2356
	.uleb128 .LVU2356
	.uleb128 .LVU2359
.LLST495:
	.byte	0x6
	.quad	.LVL533
	.byte	0x4
	.uleb128 .LVL533-.LVL533
	.uleb128 .LVL533-.LVL533
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL533-.LVL533
	.uleb128 .LVL535-.LVL533
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL535-.LVL533
	.uleb128 .LVL536-.LVL533
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS496:
	.uleb128 .LVU2338
	.uleb128 .LVU2359
.LLST496:
	.byte	0x8
	.quad	.LVL533
	.uleb128 .LVL536-.LVL533
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS497:
	.uleb128 .LVU2338
	.uleb128 .LVU2359
.LLST497:
	.byte	0x8
	.quad	.LVL533
	.uleb128 .LVL536-.LVL533
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS498:
	.uleb128 .LVU2340
	.uleb128 .LVU2361
.LLST498:
	.byte	0x8
	.quad	.LVL533
	.uleb128 .LVL538-.LVL533
	.uleb128 0x2
	.byte	0x38
	.byte	0x9f
	.byte	0
.LVUS500:
	.uleb128 .LVU2345
	.uleb128 .LVU2356
	.uleb128 .LVU2356
	.uleb128 .LVU2358
	.uleb128 .LVU2358
	.uleb128 .LVU2359
.LLST500:
	.byte	0x6
	.quad	.LVL533
	.byte	0x4
	.uleb128 .LVL533-.LVL533
	.uleb128 .LVL535-.LVL533
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL535-.LVL533
	.uleb128 .LVL536-.LVL533
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL536-.LVL533
	.uleb128 .LVL536-.LVL533
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS501:
	.uleb128 .LVU2345
	.uleb128 .LVU2349
.LLST501:
	.byte	0x8
	.quad	.LVL533
	.uleb128 .LVL534-.LVL533
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS503:
	.uleb128 .LVU2358
	.uleb128 .LVU2359
.LLST503:
	.byte	0x8
	.quad	.LVL536
	.uleb128 .LVL536-.LVL536
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS505:
	.uleb128 .LVU2368
	.uleb128 .LVU2369
	.uleb128 .LVU2369
	.uleb128 .LVU2378
.LLST505:
	.byte	0x6
	.quad	.LVL540
	.byte	0x4
	.uleb128 .LVL540-.LVL540
	.uleb128 .LVL541-.LVL540
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL541-.LVL540
	.uleb128 .LVL546-.LVL540
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS506:
	.uleb128 .LVU2367
	.uleb128 .LVU2377
	.uleb128 .LVU2377
	.uleb128 .LVU2378
.LLST506:
	.byte	0x6
	.quad	.LVL540
	.byte	0x4
	.uleb128 .LVL540-.LVL540
	.uleb128 .LVL545-.LVL540
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL545-.LVL540
	.uleb128 .LVL546-.LVL540
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS507:
	.uleb128 .LVU2368
	.uleb128 .LVU2370
	.uleb128 .LVU2370
	.uleb128 .LVU2378
.LLST507:
	.byte	0x6
	.quad	.LVL540
	.byte	0x4
	.uleb128 .LVL540-.LVL540
	.uleb128 .LVL542-.LVL540
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL542-.LVL540
	.uleb128 .LVL546-.LVL540
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS55:
	.uleb128 0
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 0
.LLST55:
	.byte	0x6
	.quad	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL27-.LVL25
	.uleb128 .LFE50-.LVL25
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS56:
	.uleb128 .LVU258
	.uleb128 .LVU268
	.uleb128 .LVU268
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU279
.LLST56:
	.byte	0x6
	.quad	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL25-.LVL25
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL27-.LVL25
	.uleb128 .LVL28-.LVL25
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS57:
	.uleb128 .LVU258
	.uleb128 .LVU279
.LLST57:
	.byte	0x8
	.quad	.LVL25
	.uleb128 .LVL28-.LVL25
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS58:
	.uleb128 .LVU258
	.uleb128 .LVU279
.LLST58:
	.byte	0x8
	.quad	.LVL25
	.uleb128 .LVL28-.LVL25
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS60:
	.uleb128 .LVU265
	.uleb128 .LVU276
	.uleb128 .LVU276
	.uleb128 .LVU278
	.uleb128 .LVU278
	.uleb128 .LVU279
.LLST60:
	.byte	0x6
	.quad	.LVL25
	.byte	0x4
	.uleb128 .LVL25-.LVL25
	.uleb128 .LVL27-.LVL25
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL27-.LVL25
	.uleb128 .LVL28-.LVL25
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL28-.LVL25
	.uleb128 .LVL28-.LVL25
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS61:
	.uleb128 .LVU265
	.uleb128 .LVU269
.LLST61:
	.byte	0x8
	.quad	.LVL25
	.uleb128 .LVL26-.LVL25
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS63:
	.uleb128 .LVU278
	.uleb128 .LVU279
.LLST63:
	.byte	0x8
	.quad	.LVL28
	.uleb128 .LVL28-.LVL28
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS476:
	.uleb128 0
	.uleb128 .LVU2259
	.uleb128 .LVU2259
	.uleb128 .LVU2293
	.uleb128 .LVU2293
	.uleb128 .LVU2294
	.uleb128 .LVU2294
	.uleb128 0
.LLST476:
	.byte	0x6
	.quad	.LVL512
	.byte	0x4
	.uleb128 .LVL512-.LVL512
	.uleb128 .LVL513-.LVL512
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL513-.LVL512
	.uleb128 .LVL518-.LVL512
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL518-.LVL512
	.uleb128 .LVL519-.LVL512
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL519-.LVL512
	.uleb128 .LFE48-.LVL512
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS477:
	.uleb128 0
	.uleb128 .LVU2299
	.uleb128 .LVU2299
	.uleb128 0
.LLST477:
	.byte	0x6
	.quad	.LVL512
	.byte	0x4
	.uleb128 .LVL512-.LVL512
	.uleb128 .LVL520-.LVL512
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL520-.LVL512
	.uleb128 .LFE48-.LVL512
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS478:
	.uleb128 0
	.uleb128 .LVU2289
	.uleb128 .LVU2289
	.uleb128 .LVU2294
	.uleb128 .LVU2294
	.uleb128 .LVU2313
	.uleb128 .LVU2313
	.uleb128 0
.LLST478:
	.byte	0x6
	.quad	.LVL512
	.byte	0x4
	.uleb128 .LVL512-.LVL512
	.uleb128 .LVL516-.LVL512
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL516-.LVL512
	.uleb128 .LVL519-.LVL512
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL519-.LVL512
	.uleb128 .LVL528-.LVL512
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL528-.LVL512
	.uleb128 .LFE48-.LVL512
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS479:
	.uleb128 .LVU2271
	.uleb128 .LVU2281
	.uleb128 .LVU2281
	.uleb128 .LVU2289
	.uleb128 .LVU2289
	.uleb128 .LVU2292
.LLST479:
	.byte	0x6
	.quad	.LVL514
	.byte	0x4
	.uleb128 .LVL514-.LVL514
	.uleb128 .LVL514-.LVL514
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL514-.LVL514
	.uleb128 .LVL516-.LVL514
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL516-.LVL514
	.uleb128 .LVL517-.LVL514
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS480:
	.uleb128 .LVU2271
	.uleb128 .LVU2292
.LLST480:
	.byte	0x8
	.quad	.LVL514
	.uleb128 .LVL517-.LVL514
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS481:
	.uleb128 .LVU2271
	.uleb128 .LVU2292
.LLST481:
	.byte	0x8
	.quad	.LVL514
	.uleb128 .LVL517-.LVL514
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS482:
	.uleb128 .LVU2273
	.uleb128 .LVU2294
.LLST482:
	.byte	0x8
	.quad	.LVL514
	.uleb128 .LVL519-.LVL514
	.uleb128 0x2
	.byte	0x37
	.byte	0x9f
	.byte	0
.LVUS484:
	.uleb128 .LVU2278
	.uleb128 .LVU2289
	.uleb128 .LVU2289
	.uleb128 .LVU2291
	.uleb128 .LVU2291
	.uleb128 .LVU2292
.LLST484:
	.byte	0x6
	.quad	.LVL514
	.byte	0x4
	.uleb128 .LVL514-.LVL514
	.uleb128 .LVL516-.LVL514
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL516-.LVL514
	.uleb128 .LVL517-.LVL514
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL517-.LVL514
	.uleb128 .LVL517-.LVL514
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS485:
	.uleb128 .LVU2278
	.uleb128 .LVU2282
.LLST485:
	.byte	0x8
	.quad	.LVL514
	.uleb128 .LVL515-.LVL514
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS487:
	.uleb128 .LVU2291
	.uleb128 .LVU2292
.LLST487:
	.byte	0x8
	.quad	.LVL517
	.uleb128 .LVL517-.LVL517
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS489:
	.uleb128 .LVU2301
	.uleb128 .LVU2302
	.uleb128 .LVU2302
	.uleb128 .LVU2311
.LLST489:
	.byte	0x6
	.quad	.LVL521
	.byte	0x4
	.uleb128 .LVL521-.LVL521
	.uleb128 .LVL522-.LVL521
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL522-.LVL521
	.uleb128 .LVL527-.LVL521
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS490:
	.uleb128 .LVU2300
	.uleb128 .LVU2310
	.uleb128 .LVU2310
	.uleb128 .LVU2311
.LLST490:
	.byte	0x6
	.quad	.LVL521
	.byte	0x4
	.uleb128 .LVL521-.LVL521
	.uleb128 .LVL526-.LVL521
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL526-.LVL521
	.uleb128 .LVL527-.LVL521
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS491:
	.uleb128 .LVU2301
	.uleb128 .LVU2303
	.uleb128 .LVU2303
	.uleb128 .LVU2311
.LLST491:
	.byte	0x6
	.quad	.LVL521
	.byte	0x4
	.uleb128 .LVL521-.LVL521
	.uleb128 .LVL523-.LVL521
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL523-.LVL521
	.uleb128 .LVL527-.LVL521
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS46:
	.uleb128 0
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 0
.LLST46:
	.byte	0x6
	.quad	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL23-.LVL21
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL23-.LVL21
	.uleb128 .LFE47-.LVL21
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS47:
	.uleb128 .LVU226
	.uleb128 .LVU236
	.uleb128 .LVU236
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 .LVU247
.LLST47:
	.byte	0x6
	.quad	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL21-.LVL21
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL23-.LVL21
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL23-.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS48:
	.uleb128 .LVU226
	.uleb128 .LVU247
.LLST48:
	.byte	0x8
	.quad	.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS49:
	.uleb128 .LVU226
	.uleb128 .LVU247
.LLST49:
	.byte	0x8
	.quad	.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS51:
	.uleb128 .LVU233
	.uleb128 .LVU244
	.uleb128 .LVU244
	.uleb128 .LVU246
	.uleb128 .LVU246
	.uleb128 .LVU247
.LLST51:
	.byte	0x6
	.quad	.LVL21
	.byte	0x4
	.uleb128 .LVL21-.LVL21
	.uleb128 .LVL23-.LVL21
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL23-.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL24-.LVL21
	.uleb128 .LVL24-.LVL21
	.uleb128 0x2
	.byte	0x71
	.sleb128 0
	.byte	0
.LVUS52:
	.uleb128 .LVU233
	.uleb128 .LVU237
.LLST52:
	.byte	0x8
	.quad	.LVL21
	.uleb128 .LVL22-.LVL21
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS54:
	.uleb128 .LVU246
	.uleb128 .LVU247
.LLST54:
	.byte	0x8
	.quad	.LVL24
	.uleb128 .LVL24-.LVL24
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS679:
	.uleb128 0
	.uleb128 .LVU3113
	.uleb128 .LVU3113
	.uleb128 .LVU3142
	.uleb128 .LVU3142
	.uleb128 .LVU3145
	.uleb128 .LVU3145
	.uleb128 0
.LLST679:
	.byte	0x6
	.quad	.LVL760
	.byte	0x4
	.uleb128 .LVL760-.LVL760
	.uleb128 .LVL761-.LVL760
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL761-.LVL760
	.uleb128 .LVL764-.LVL760
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL764-.LVL760
	.uleb128 .LVL766-.LVL760
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL766-.LVL760
	.uleb128 .LFE45-.LVL760
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS680:
	.uleb128 0
	.uleb128 .LVU3150
	.uleb128 .LVU3150
	.uleb128 0
.LLST680:
	.byte	0x6
	.quad	.LVL760
	.byte	0x4
	.uleb128 .LVL760-.LVL760
	.uleb128 .LVL767-.LVL760
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL767-.LVL760
	.uleb128 .LFE45-.LVL760
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS681:
	.uleb128 0
	.uleb128 .LVU3164
	.uleb128 .LVU3164
	.uleb128 0
.LLST681:
	.byte	0x6
	.quad	.LVL760
	.byte	0x4
	.uleb128 .LVL760-.LVL760
	.uleb128 .LVL775-.LVL760
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL775-.LVL760
	.uleb128 .LFE45-.LVL760
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS683:
	.uleb128 .LVU3125
	.uleb128 .LVU3144
.LLST683:
	.byte	0x8
	.quad	.LVL762
	.uleb128 .LVL765-.LVL762
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS684:
	.uleb128 .LVU3125
	.uleb128 .LVU3144
.LLST684:
	.byte	0x8
	.quad	.LVL762
	.uleb128 .LVL765-.LVL762
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS685:
	.uleb128 .LVU3125
	.uleb128 .LVU3142
	.uleb128 .LVU3142
	.uleb128 .LVU3144
.LLST685:
	.byte	0x6
	.quad	.LVL762
	.byte	0x4
	.uleb128 .LVL762-.LVL762
	.uleb128 .LVL764-.LVL762
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL764-.LVL762
	.uleb128 .LVL765-.LVL762
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS686:
	.uleb128 .LVU3127
	.uleb128 .LVU3145
.LLST686:
	.byte	0x8
	.quad	.LVL762
	.uleb128 .LVL766-.LVL762
	.uleb128 0x2
	.byte	0x36
	.byte	0x9f
	.byte	0
.LVUS687:
	.uleb128 .LVU3132
	.uleb128 .LVU3143
	.uleb128 .LVU3143
	.uleb128 .LVU3144
.LLST687:
	.byte	0x8
	.quad	.LVL763
	.uleb128 .LVL765-.LVL763
	.uleb128 0x1
	.byte	0x50
	.byte	0x8
	.quad	.LVL765
	.uleb128 .LVL765-.LVL765
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS689:
	.uleb128 .LVU3143
	.uleb128 .LVU3144
.LLST689:
	.byte	0x8
	.quad	.LVL765
	.uleb128 .LVL765-.LVL765
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS691:
	.uleb128 .LVU3152
	.uleb128 .LVU3153
	.uleb128 .LVU3153
	.uleb128 .LVU3162
.LLST691:
	.byte	0x6
	.quad	.LVL768
	.byte	0x4
	.uleb128 .LVL768-.LVL768
	.uleb128 .LVL769-.LVL768
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL769-.LVL768
	.uleb128 .LVL774-.LVL768
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS692:
	.uleb128 .LVU3151
	.uleb128 .LVU3161
	.uleb128 .LVU3161
	.uleb128 .LVU3162
.LLST692:
	.byte	0x6
	.quad	.LVL768
	.byte	0x4
	.uleb128 .LVL768-.LVL768
	.uleb128 .LVL773-.LVL768
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL773-.LVL768
	.uleb128 .LVL774-.LVL768
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS693:
	.uleb128 .LVU3152
	.uleb128 .LVU3154
	.uleb128 .LVU3154
	.uleb128 .LVU3162
.LLST693:
	.byte	0x6
	.quad	.LVL768
	.byte	0x4
	.uleb128 .LVL768-.LVL768
	.uleb128 .LVL770-.LVL768
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL770-.LVL768
	.uleb128 .LVL774-.LVL768
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS41:
	.uleb128 .LVU197
	.uleb128 .LVU215
.LLST41:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL20-.LVL18
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS42:
	.uleb128 .LVU197
	.uleb128 .LVU215
.LLST42:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL20-.LVL18
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS43:
	.uleb128 .LVU197
	.uleb128 .LVU215
.LLST43:
	.byte	0x8
	.quad	.LVL18
	.uleb128 .LVL20-.LVL18
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS44:
	.uleb128 .LVU204
	.uleb128 .LVU214
	.uleb128 .LVU214
	.uleb128 .LVU215
.LLST44:
	.byte	0x8
	.quad	.LVL19
	.uleb128 .LVL20-.LVL19
	.uleb128 0x1
	.byte	0x50
	.byte	0x8
	.quad	.LVL20
	.uleb128 .LVL20-.LVL20
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS45:
	.uleb128 .LVU214
	.uleb128 .LVU215
.LLST45:
	.byte	0x8
	.quad	.LVL20
	.uleb128 .LVL20-.LVL20
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS747:
	.uleb128 0
	.uleb128 .LVU3416
	.uleb128 .LVU3416
	.uleb128 .LVU3445
	.uleb128 .LVU3445
	.uleb128 .LVU3448
	.uleb128 .LVU3448
	.uleb128 0
.LLST747:
	.byte	0x6
	.quad	.LVL854
	.byte	0x4
	.uleb128 .LVL854-.LVL854
	.uleb128 .LVL855-.LVL854
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL855-.LVL854
	.uleb128 .LVL858-.LVL854
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL858-.LVL854
	.uleb128 .LVL860-.LVL854
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL860-.LVL854
	.uleb128 .LFE42-.LVL854
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS748:
	.uleb128 0
	.uleb128 .LVU3453
	.uleb128 .LVU3453
	.uleb128 .LVU3470
	.uleb128 .LVU3470
	.uleb128 .LVU3475
	.uleb128 .LVU3475
	.uleb128 0
.LLST748:
	.byte	0x6
	.quad	.LVL854
	.byte	0x4
	.uleb128 .LVL854-.LVL854
	.uleb128 .LVL861-.LVL854
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL861-.LVL854
	.uleb128 .LVL871-.LVL854
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL871-.LVL854
	.uleb128 .LVL872-.LVL854
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL872-.LVL854
	.uleb128 .LFE42-.LVL854
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS749:
	.uleb128 0
	.uleb128 .LVU3439
	.uleb128 .LVU3439
	.uleb128 .LVU3448
	.uleb128 .LVU3448
	.uleb128 .LVU3467
	.uleb128 .LVU3467
	.uleb128 .LVU3470
	.uleb128 .LVU3470
	.uleb128 .LVU3489
	.uleb128 .LVU3489
	.uleb128 0
.LLST749:
	.byte	0x6
	.quad	.LVL854
	.byte	0x4
	.uleb128 .LVL854-.LVL854
	.uleb128 .LVL857-.LVL854
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL857-.LVL854
	.uleb128 .LVL860-.LVL854
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL860-.LVL854
	.uleb128 .LVL869-.LVL854
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL869-.LVL854
	.uleb128 .LVL871-.LVL854
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL871-.LVL854
	.uleb128 .LVL880-.LVL854
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL880-.LVL854
	.uleb128 .LFE42-.LVL854
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS751:
	.uleb128 .LVU3430
	.uleb128 .LVU3438
	.uleb128 .LVU3438
	.uleb128 .LVU3439
	.uleb128 .LVU3439
	.uleb128 .LVU3447
.LLST751:
	.byte	0x6
	.quad	.LVL856
	.byte	0x4
	.uleb128 .LVL856-.LVL856
	.uleb128 .LVL856-.LVL856
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL856-.LVL856
	.uleb128 .LVL857-.LVL856
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL857-.LVL856
	.uleb128 .LVL859-.LVL856
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS752:
	.uleb128 .LVU3430
	.uleb128 .LVU3447
.LLST752:
	.byte	0x8
	.quad	.LVL856
	.uleb128 .LVL859-.LVL856
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS753:
	.uleb128 .LVU3430
	.uleb128 .LVU3445
	.uleb128 .LVU3445
	.uleb128 .LVU3447
.LLST753:
	.byte	0x6
	.quad	.LVL856
	.byte	0x4
	.uleb128 .LVL856-.LVL856
	.uleb128 .LVL858-.LVL856
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL858-.LVL856
	.uleb128 .LVL859-.LVL856
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS754:
	.uleb128 .LVU3432
	.uleb128 .LVU3448
.LLST754:
	.byte	0x8
	.quad	.LVL856
	.uleb128 .LVL860-.LVL856
	.uleb128 0x2
	.byte	0x35
	.byte	0x9f
	.byte	0
.LVUS755:
	.uleb128 .LVU3437
	.uleb128 .LVU3439
	.uleb128 .LVU3439
	.uleb128 .LVU3446
	.uleb128 .LVU3446
	.uleb128 .LVU3447
.LLST755:
	.byte	0x6
	.quad	.LVL856
	.byte	0x4
	.uleb128 .LVL856-.LVL856
	.uleb128 .LVL857-.LVL856
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL857-.LVL856
	.uleb128 .LVL859-.LVL856
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL859-.LVL856
	.uleb128 .LVL859-.LVL856
	.uleb128 0x2
	.byte	0x71
	.sleb128 -24
	.byte	0
.LVUS757:
	.uleb128 .LVU3446
	.uleb128 .LVU3447
.LLST757:
	.byte	0x8
	.quad	.LVL859
	.uleb128 .LVL859-.LVL859
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS759:
	.uleb128 .LVU3455
	.uleb128 .LVU3456
	.uleb128 .LVU3456
	.uleb128 .LVU3465
.LLST759:
	.byte	0x6
	.quad	.LVL862
	.byte	0x4
	.uleb128 .LVL862-.LVL862
	.uleb128 .LVL863-.LVL862
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL863-.LVL862
	.uleb128 .LVL868-.LVL862
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS760:
	.uleb128 .LVU3454
	.uleb128 .LVU3464
	.uleb128 .LVU3464
	.uleb128 .LVU3465
.LLST760:
	.byte	0x6
	.quad	.LVL862
	.byte	0x4
	.uleb128 .LVL862-.LVL862
	.uleb128 .LVL867-.LVL862
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL867-.LVL862
	.uleb128 .LVL868-.LVL862
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS761:
	.uleb128 .LVU3455
	.uleb128 .LVU3457
	.uleb128 .LVU3457
	.uleb128 .LVU3465
.LLST761:
	.byte	0x6
	.quad	.LVL862
	.byte	0x4
	.uleb128 .LVL862-.LVL862
	.uleb128 .LVL864-.LVL862
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL864-.LVL862
	.uleb128 .LVL868-.LVL862
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS763:
	.uleb128 .LVU3477
	.uleb128 .LVU3478
	.uleb128 .LVU3478
	.uleb128 .LVU3487
.LLST763:
	.byte	0x6
	.quad	.LVL873
	.byte	0x4
	.uleb128 .LVL873-.LVL873
	.uleb128 .LVL874-.LVL873
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL874-.LVL873
	.uleb128 .LVL879-.LVL873
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS764:
	.uleb128 .LVU3476
	.uleb128 .LVU3486
	.uleb128 .LVU3486
	.uleb128 .LVU3487
.LLST764:
	.byte	0x6
	.quad	.LVL873
	.byte	0x4
	.uleb128 .LVL873-.LVL873
	.uleb128 .LVL878-.LVL873
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL878-.LVL873
	.uleb128 .LVL879-.LVL873
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS765:
	.uleb128 .LVU3477
	.uleb128 .LVU3479
	.uleb128 .LVU3479
	.uleb128 .LVU3487
.LLST765:
	.byte	0x6
	.quad	.LVL873
	.byte	0x4
	.uleb128 .LVL873-.LVL873
	.uleb128 .LVL875-.LVL873
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL875-.LVL873
	.uleb128 .LVL879-.LVL873
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS35:
	.uleb128 0
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 0
.LLST35:
	.byte	0x6
	.quad	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL16-.LVL15
	.uleb128 .LFE41-.LVL15
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS36:
	.uleb128 .LVU170
	.uleb128 .LVU178
	.uleb128 .LVU178
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 .LVU186
.LLST36:
	.byte	0x6
	.quad	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL15-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL16-.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS37:
	.uleb128 .LVU170
	.uleb128 .LVU186
.LLST37:
	.byte	0x8
	.quad	.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS38:
	.uleb128 .LVU170
	.uleb128 .LVU186
.LLST38:
	.byte	0x8
	.quad	.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS39:
	.uleb128 .LVU177
	.uleb128 .LVU179
	.uleb128 .LVU179
	.uleb128 .LVU185
	.uleb128 .LVU185
	.uleb128 .LVU186
.LLST39:
	.byte	0x6
	.quad	.LVL15
	.byte	0x4
	.uleb128 .LVL15-.LVL15
	.uleb128 .LVL16-.LVL15
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0x4
	.uleb128 .LVL16-.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL17-.LVL15
	.uleb128 .LVL17-.LVL15
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS40:
	.uleb128 .LVU185
	.uleb128 .LVU186
.LLST40:
	.byte	0x8
	.quad	.LVL17
	.uleb128 .LVL17-.LVL17
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS432:
	.uleb128 0
	.uleb128 .LVU2077
	.uleb128 .LVU2077
	.uleb128 .LVU2108
	.uleb128 .LVU2108
	.uleb128 .LVU2109
	.uleb128 .LVU2109
	.uleb128 0
.LLST432:
	.byte	0x6
	.quad	.LVL462
	.byte	0x4
	.uleb128 .LVL462-.LVL462
	.uleb128 .LVL463-.LVL462
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL463-.LVL462
	.uleb128 .LVL466-.LVL462
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL466-.LVL462
	.uleb128 .LVL467-.LVL462
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL467-.LVL462
	.uleb128 .LFE39-.LVL462
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS433:
	.uleb128 0
	.uleb128 .LVU2114
	.uleb128 .LVU2114
	.uleb128 0
.LLST433:
	.byte	0x6
	.quad	.LVL462
	.byte	0x4
	.uleb128 .LVL462-.LVL462
	.uleb128 .LVL468-.LVL462
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL468-.LVL462
	.uleb128 .LFE39-.LVL462
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS434:
	.uleb128 0
	.uleb128 .LVU2128
	.uleb128 .LVU2128
	.uleb128 0
.LLST434:
	.byte	0x6
	.quad	.LVL462
	.byte	0x4
	.uleb128 .LVL462-.LVL462
	.uleb128 .LVL476-.LVL462
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL476-.LVL462
	.uleb128 .LFE39-.LVL462
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS435:
	.uleb128 .LVU2089
	.uleb128 .LVU2107
.LLST435:
	.byte	0x8
	.quad	.LVL464
	.uleb128 .LVL465-.LVL464
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS436:
	.uleb128 .LVU2089
	.uleb128 .LVU2107
.LLST436:
	.byte	0x8
	.quad	.LVL464
	.uleb128 .LVL465-.LVL464
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS437:
	.uleb128 .LVU2089
	.uleb128 .LVU2107
.LLST437:
	.byte	0x8
	.quad	.LVL464
	.uleb128 .LVL465-.LVL464
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS438:
	.uleb128 .LVU2091
	.uleb128 .LVU2109
.LLST438:
	.byte	0x8
	.quad	.LVL464
	.uleb128 .LVL467-.LVL464
	.uleb128 0x2
	.byte	0x34
	.byte	0x9f
	.byte	0
.LVUS440:
	.uleb128 .LVU2095
	.uleb128 .LVU2101
.LLST440:
	.byte	0x8
	.quad	.LVL464
	.uleb128 .LVL465-.LVL464
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS442:
	.uleb128 .LVU2106
	.uleb128 .LVU2107
.LLST442:
	.byte	0x8
	.quad	.LVL465
	.uleb128 .LVL465-.LVL465
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS444:
	.uleb128 .LVU2116
	.uleb128 .LVU2117
	.uleb128 .LVU2117
	.uleb128 .LVU2126
.LLST444:
	.byte	0x6
	.quad	.LVL469
	.byte	0x4
	.uleb128 .LVL469-.LVL469
	.uleb128 .LVL470-.LVL469
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL470-.LVL469
	.uleb128 .LVL475-.LVL469
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS445:
	.uleb128 .LVU2115
	.uleb128 .LVU2125
	.uleb128 .LVU2125
	.uleb128 .LVU2126
.LLST445:
	.byte	0x6
	.quad	.LVL469
	.byte	0x4
	.uleb128 .LVL469-.LVL469
	.uleb128 .LVL474-.LVL469
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL474-.LVL469
	.uleb128 .LVL475-.LVL469
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS446:
	.uleb128 .LVU2116
	.uleb128 .LVU2118
	.uleb128 .LVU2118
	.uleb128 .LVU2126
.LLST446:
	.byte	0x6
	.quad	.LVL469
	.byte	0x4
	.uleb128 .LVL469-.LVL469
	.uleb128 .LVL471-.LVL469
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL471-.LVL469
	.uleb128 .LVL475-.LVL469
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS28:
	.uleb128 .LVU141
	.uleb128 .LVU159
.LLST28:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS29:
	.uleb128 .LVU141
	.uleb128 .LVU159
.LLST29:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS30:
	.uleb128 .LVU141
	.uleb128 .LVU159
.LLST30:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS32:
	.uleb128 .LVU147
	.uleb128 .LVU153
.LLST32:
	.byte	0x8
	.quad	.LVL13
	.uleb128 .LVL14-.LVL13
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0
.LVUS34:
	.uleb128 .LVU158
	.uleb128 .LVU159
.LLST34:
	.byte	0x8
	.quad	.LVL14
	.uleb128 .LVL14-.LVL14
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS766:
	.uleb128 0
	.uleb128 .LVU3501
	.uleb128 .LVU3501
	.uleb128 .LVU3530
	.uleb128 .LVU3530
	.uleb128 .LVU3533
	.uleb128 .LVU3533
	.uleb128 0
.LLST766:
	.byte	0x6
	.quad	.LVL881
	.byte	0x4
	.uleb128 .LVL881-.LVL881
	.uleb128 .LVL882-.LVL881
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL882-.LVL881
	.uleb128 .LVL885-.LVL881
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL885-.LVL881
	.uleb128 .LVL887-.LVL881
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL887-.LVL881
	.uleb128 .LFE36-.LVL881
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS767:
	.uleb128 0
	.uleb128 .LVU3538
	.uleb128 .LVU3538
	.uleb128 .LVU3555
	.uleb128 .LVU3555
	.uleb128 .LVU3560
	.uleb128 .LVU3560
	.uleb128 0
.LLST767:
	.byte	0x6
	.quad	.LVL881
	.byte	0x4
	.uleb128 .LVL881-.LVL881
	.uleb128 .LVL888-.LVL881
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL888-.LVL881
	.uleb128 .LVL898-.LVL881
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL898-.LVL881
	.uleb128 .LVL899-.LVL881
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL899-.LVL881
	.uleb128 .LFE36-.LVL881
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS768:
	.uleb128 0
	.uleb128 .LVU3524
	.uleb128 .LVU3524
	.uleb128 .LVU3533
	.uleb128 .LVU3533
	.uleb128 .LVU3552
	.uleb128 .LVU3552
	.uleb128 .LVU3555
	.uleb128 .LVU3555
	.uleb128 .LVU3574
	.uleb128 .LVU3574
	.uleb128 0
.LLST768:
	.byte	0x6
	.quad	.LVL881
	.byte	0x4
	.uleb128 .LVL881-.LVL881
	.uleb128 .LVL884-.LVL881
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL884-.LVL881
	.uleb128 .LVL887-.LVL881
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL887-.LVL881
	.uleb128 .LVL896-.LVL881
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL896-.LVL881
	.uleb128 .LVL898-.LVL881
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL898-.LVL881
	.uleb128 .LVL907-.LVL881
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL907-.LVL881
	.uleb128 .LFE36-.LVL881
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS770:
	.uleb128 .LVU3515
	.uleb128 .LVU3523
	.uleb128 .LVU3523
	.uleb128 .LVU3524
	.uleb128 .LVU3524
	.uleb128 .LVU3532
.LLST770:
	.byte	0x6
	.quad	.LVL883
	.byte	0x4
	.uleb128 .LVL883-.LVL883
	.uleb128 .LVL883-.LVL883
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL883-.LVL883
	.uleb128 .LVL884-.LVL883
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL884-.LVL883
	.uleb128 .LVL886-.LVL883
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS771:
	.uleb128 .LVU3515
	.uleb128 .LVU3532
.LLST771:
	.byte	0x8
	.quad	.LVL883
	.uleb128 .LVL886-.LVL883
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS772:
	.uleb128 .LVU3515
	.uleb128 .LVU3530
	.uleb128 .LVU3530
	.uleb128 .LVU3532
.LLST772:
	.byte	0x6
	.quad	.LVL883
	.byte	0x4
	.uleb128 .LVL883-.LVL883
	.uleb128 .LVL885-.LVL883
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL885-.LVL883
	.uleb128 .LVL886-.LVL883
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS773:
	.uleb128 .LVU3517
	.uleb128 .LVU3533
.LLST773:
	.byte	0x8
	.quad	.LVL883
	.uleb128 .LVL887-.LVL883
	.uleb128 0x2
	.byte	0x33
	.byte	0x9f
	.byte	0
.LVUS774:
	.uleb128 .LVU3522
	.uleb128 .LVU3524
	.uleb128 .LVU3524
	.uleb128 .LVU3531
	.uleb128 .LVU3531
	.uleb128 .LVU3532
.LLST774:
	.byte	0x6
	.quad	.LVL883
	.byte	0x4
	.uleb128 .LVL883-.LVL883
	.uleb128 .LVL884-.LVL883
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL884-.LVL883
	.uleb128 .LVL886-.LVL883
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL886-.LVL883
	.uleb128 .LVL886-.LVL883
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS776:
	.uleb128 .LVU3531
	.uleb128 .LVU3532
.LLST776:
	.byte	0x8
	.quad	.LVL886
	.uleb128 .LVL886-.LVL886
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS778:
	.uleb128 .LVU3540
	.uleb128 .LVU3541
	.uleb128 .LVU3541
	.uleb128 .LVU3550
.LLST778:
	.byte	0x6
	.quad	.LVL889
	.byte	0x4
	.uleb128 .LVL889-.LVL889
	.uleb128 .LVL890-.LVL889
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL890-.LVL889
	.uleb128 .LVL895-.LVL889
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS779:
	.uleb128 .LVU3539
	.uleb128 .LVU3549
	.uleb128 .LVU3549
	.uleb128 .LVU3550
.LLST779:
	.byte	0x6
	.quad	.LVL889
	.byte	0x4
	.uleb128 .LVL889-.LVL889
	.uleb128 .LVL894-.LVL889
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL894-.LVL889
	.uleb128 .LVL895-.LVL889
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS780:
	.uleb128 .LVU3540
	.uleb128 .LVU3542
	.uleb128 .LVU3542
	.uleb128 .LVU3550
.LLST780:
	.byte	0x6
	.quad	.LVL889
	.byte	0x4
	.uleb128 .LVL889-.LVL889
	.uleb128 .LVL891-.LVL889
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL891-.LVL889
	.uleb128 .LVL895-.LVL889
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS782:
	.uleb128 .LVU3562
	.uleb128 .LVU3563
	.uleb128 .LVU3563
	.uleb128 .LVU3572
.LLST782:
	.byte	0x6
	.quad	.LVL900
	.byte	0x4
	.uleb128 .LVL900-.LVL900
	.uleb128 .LVL901-.LVL900
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL901-.LVL900
	.uleb128 .LVL906-.LVL900
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS783:
	.uleb128 .LVU3561
	.uleb128 .LVU3571
	.uleb128 .LVU3571
	.uleb128 .LVU3572
.LLST783:
	.byte	0x6
	.quad	.LVL900
	.byte	0x4
	.uleb128 .LVL900-.LVL900
	.uleb128 .LVL905-.LVL900
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL905-.LVL900
	.uleb128 .LVL906-.LVL900
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS784:
	.uleb128 .LVU3562
	.uleb128 .LVU3564
	.uleb128 .LVU3564
	.uleb128 .LVU3572
.LLST784:
	.byte	0x6
	.quad	.LVL900
	.byte	0x4
	.uleb128 .LVL900-.LVL900
	.uleb128 .LVL902-.LVL900
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL902-.LVL900
	.uleb128 .LVL906-.LVL900
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS22:
	.uleb128 0
	.uleb128 .LVU123
	.uleb128 .LVU123
	.uleb128 0
.LLST22:
	.byte	0x6
	.quad	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LFE35-.LVL10
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS23:
	.uleb128 .LVU114
	.uleb128 .LVU122
	.uleb128 .LVU122
	.uleb128 .LVU123
	.uleb128 .LVU123
	.uleb128 .LVU130
.LLST23:
	.byte	0x6
	.quad	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL10-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS24:
	.uleb128 .LVU114
	.uleb128 .LVU130
.LLST24:
	.byte	0x8
	.quad	.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS25:
	.uleb128 .LVU114
	.uleb128 .LVU130
.LLST25:
	.byte	0x8
	.quad	.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS26:
	.uleb128 .LVU121
	.uleb128 .LVU123
	.uleb128 .LVU123
	.uleb128 .LVU129
	.uleb128 .LVU129
	.uleb128 .LVU130
.LLST26:
	.byte	0x6
	.quad	.LVL10
	.byte	0x4
	.uleb128 .LVL10-.LVL10
	.uleb128 .LVL11-.LVL10
	.uleb128 0x2
	.byte	0x71
	.sleb128 -8
	.byte	0x4
	.uleb128 .LVL11-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL12-.LVL10
	.uleb128 .LVL12-.LVL10
	.uleb128 0x2
	.byte	0x71
	.sleb128 -16
	.byte	0
.LVUS27:
	.uleb128 .LVU129
	.uleb128 .LVU130
.LLST27:
	.byte	0x8
	.quad	.LVL12
	.uleb128 .LVL12-.LVL12
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS359:
	.uleb128 0
	.uleb128 .LVU1777
	.uleb128 .LVU1777
	.uleb128 .LVU1802
	.uleb128 .LVU1802
	.uleb128 .LVU1805
	.uleb128 .LVU1805
	.uleb128 0
.LLST359:
	.byte	0x6
	.quad	.LVL374
	.byte	0x4
	.uleb128 .LVL374-.LVL374
	.uleb128 .LVL375-.LVL374
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL375-.LVL374
	.uleb128 .LVL378-.LVL374
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL378-.LVL374
	.uleb128 .LVL380-.LVL374
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL380-.LVL374
	.uleb128 .LFE33-.LVL374
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS360:
	.uleb128 0
	.uleb128 .LVU1810
	.uleb128 .LVU1810
	.uleb128 0
.LLST360:
	.byte	0x6
	.quad	.LVL374
	.byte	0x4
	.uleb128 .LVL374-.LVL374
	.uleb128 .LVL381-.LVL374
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL381-.LVL374
	.uleb128 .LFE33-.LVL374
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS361:
	.uleb128 0
	.uleb128 .LVU1800
	.uleb128 .LVU1800
	.uleb128 .LVU1805
	.uleb128 .LVU1805
	.uleb128 .LVU1824
	.uleb128 .LVU1824
	.uleb128 0
.LLST361:
	.byte	0x6
	.quad	.LVL374
	.byte	0x4
	.uleb128 .LVL374-.LVL374
	.uleb128 .LVL377-.LVL374
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL377-.LVL374
	.uleb128 .LVL380-.LVL374
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL380-.LVL374
	.uleb128 .LVL389-.LVL374
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL389-.LVL374
	.uleb128 .LFE33-.LVL374
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS363:
	.uleb128 .LVU1789
	.uleb128 .LVU1795
	.uleb128 .LVU1795
	.uleb128 .LVU1800
	.uleb128 .LVU1800
	.uleb128 .LVU1804
.LLST363:
	.byte	0x6
	.quad	.LVL376
	.byte	0x4
	.uleb128 .LVL376-.LVL376
	.uleb128 .LVL376-.LVL376
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL376-.LVL376
	.uleb128 .LVL377-.LVL376
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL377-.LVL376
	.uleb128 .LVL379-.LVL376
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS364:
	.uleb128 .LVU1789
	.uleb128 .LVU1804
.LLST364:
	.byte	0x8
	.quad	.LVL376
	.uleb128 .LVL379-.LVL376
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS365:
	.uleb128 .LVU1789
	.uleb128 .LVU1802
	.uleb128 .LVU1802
	.uleb128 .LVU1804
.LLST365:
	.byte	0x6
	.quad	.LVL376
	.byte	0x4
	.uleb128 .LVL376-.LVL376
	.uleb128 .LVL378-.LVL376
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL378-.LVL376
	.uleb128 .LVL379-.LVL376
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS366:
	.uleb128 .LVU1791
	.uleb128 .LVU1805
.LLST366:
	.byte	0x8
	.quad	.LVL376
	.uleb128 .LVL380-.LVL376
	.uleb128 0x2
	.byte	0x32
	.byte	0x9f
	.byte	0
.LVUS368:
	.uleb128 .LVU1803
	.uleb128 .LVU1804
.LLST368:
	.byte	0x8
	.quad	.LVL379
	.uleb128 .LVL379-.LVL379
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS370:
	.uleb128 .LVU1812
	.uleb128 .LVU1813
	.uleb128 .LVU1813
	.uleb128 .LVU1822
.LLST370:
	.byte	0x6
	.quad	.LVL382
	.byte	0x4
	.uleb128 .LVL382-.LVL382
	.uleb128 .LVL383-.LVL382
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL383-.LVL382
	.uleb128 .LVL388-.LVL382
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS371:
	.uleb128 .LVU1811
	.uleb128 .LVU1821
	.uleb128 .LVU1821
	.uleb128 .LVU1822
.LLST371:
	.byte	0x6
	.quad	.LVL382
	.byte	0x4
	.uleb128 .LVL382-.LVL382
	.uleb128 .LVL387-.LVL382
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL387-.LVL382
	.uleb128 .LVL388-.LVL382
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS372:
	.uleb128 .LVU1812
	.uleb128 .LVU1814
	.uleb128 .LVU1814
	.uleb128 .LVU1822
.LLST372:
	.byte	0x6
	.quad	.LVL382
	.byte	0x4
	.uleb128 .LVL382-.LVL382
	.uleb128 .LVL384-.LVL382
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL384-.LVL382
	.uleb128 .LVL388-.LVL382
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS16:
	.uleb128 0
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 0
.LLST16:
	.byte	0x6
	.quad	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LFE32-.LVL7
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0
.LVUS17:
	.uleb128 .LVU90
	.uleb128 .LVU96
	.uleb128 .LVU96
	.uleb128 .LVU101
	.uleb128 .LVU101
	.uleb128 .LVU103
.LLST17:
	.byte	0x6
	.quad	.LVL7
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL7-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL7-.LVL7
	.uleb128 .LVL8-.LVL7
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL8-.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS18:
	.uleb128 .LVU90
	.uleb128 .LVU103
.LLST18:
	.byte	0x8
	.quad	.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS19:
	.uleb128 .LVU90
	.uleb128 .LVU103
.LLST19:
	.byte	0x8
	.quad	.LVL7
	.uleb128 .LVL9-.LVL7
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS21:
	.uleb128 .LVU102
	.uleb128 .LVU103
.LLST21:
	.byte	0x8
	.quad	.LVL9
	.uleb128 .LVL9-.LVL9
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS373:
	.uleb128 0
	.uleb128 .LVU1840
	.uleb128 .LVU1840
	.uleb128 .LVU1866
	.uleb128 .LVU1866
	.uleb128 .LVU1869
	.uleb128 .LVU1869
	.uleb128 0
.LLST373:
	.byte	0x6
	.quad	.LVL392
	.byte	0x4
	.uleb128 .LVL392-.LVL392
	.uleb128 .LVL393-.LVL392
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL393-.LVL392
	.uleb128 .LVL396-.LVL392
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL396-.LVL392
	.uleb128 .LVL398-.LVL392
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL398-.LVL392
	.uleb128 .LFE30-.LVL392
	.uleb128 0x1
	.byte	0x53
	.byte	0
.LVUS374:
	.uleb128 0
	.uleb128 .LVU1874
	.uleb128 .LVU1874
	.uleb128 0
.LLST374:
	.byte	0x6
	.quad	.LVL392
	.byte	0x4
	.uleb128 .LVL392-.LVL392
	.uleb128 .LVL399-.LVL392
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL399-.LVL392
	.uleb128 .LFE30-.LVL392
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
.LVUS375:
	.uleb128 0
	.uleb128 .LVU1864
	.uleb128 .LVU1864
	.uleb128 .LVU1869
	.uleb128 .LVU1869
	.uleb128 .LVU1888
	.uleb128 .LVU1888
	.uleb128 0
.LLST375:
	.byte	0x6
	.quad	.LVL392
	.byte	0x4
	.uleb128 .LVL392-.LVL392
	.uleb128 .LVL395-.LVL392
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL395-.LVL392
	.uleb128 .LVL398-.LVL392
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL398-.LVL392
	.uleb128 .LVL407-.LVL392
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL407-.LVL392
	.uleb128 .LFE30-.LVL392
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x51
	.byte	0x9f
	.byte	0
.LVUS377:
	.uleb128 .LVU1849
	.uleb128 .LVU1857
	.uleb128 .LVU1857
	.uleb128 .LVU1864
	.uleb128 .LVU1864
	.uleb128 .LVU1868
.LLST377:
	.byte	0x6
	.quad	.LVL394
	.byte	0x4
	.uleb128 .LVL394-.LVL394
	.uleb128 .LVL394-.LVL394
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL394-.LVL394
	.uleb128 .LVL395-.LVL394
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL395-.LVL394
	.uleb128 .LVL397-.LVL394
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS378:
	.uleb128 .LVU1849
	.uleb128 .LVU1868
.LLST378:
	.byte	0x8
	.quad	.LVL394
	.uleb128 .LVL397-.LVL394
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS379:
	.uleb128 .LVU1849
	.uleb128 .LVU1866
	.uleb128 .LVU1866
	.uleb128 .LVU1868
.LLST379:
	.byte	0x6
	.quad	.LVL394
	.byte	0x4
	.uleb128 .LVL394-.LVL394
	.uleb128 .LVL396-.LVL394
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL396-.LVL394
	.uleb128 .LVL397-.LVL394
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
.LVUS380:
	.uleb128 .LVU1851
	.uleb128 .LVU1869
.LLST380:
	.byte	0x8
	.quad	.LVL394
	.uleb128 .LVL398-.LVL394
	.uleb128 0x2
	.byte	0x31
	.byte	0x9f
	.byte	0
.LVUS382:
	.uleb128 .LVU1856
	.uleb128 .LVU1868
.LLST382:
	.byte	0x8
	.quad	.LVL394
	.uleb128 .LVL397-.LVL394
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS384:
	.uleb128 .LVU1867
	.uleb128 .LVU1868
.LLST384:
	.byte	0x8
	.quad	.LVL397
	.uleb128 .LVL397-.LVL397
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS386:
	.uleb128 .LVU1876
	.uleb128 .LVU1877
	.uleb128 .LVU1877
	.uleb128 .LVU1886
.LLST386:
	.byte	0x6
	.quad	.LVL400
	.byte	0x4
	.uleb128 .LVL400-.LVL400
	.uleb128 .LVL401-.LVL400
	.uleb128 0x1
	.byte	0x50
	.byte	0x4
	.uleb128 .LVL401-.LVL400
	.uleb128 .LVL406-.LVL400
	.uleb128 0x2
	.byte	0x73
	.sleb128 24
	.byte	0
.LVUS387:
	.uleb128 .LVU1875
	.uleb128 .LVU1885
	.uleb128 .LVU1885
	.uleb128 .LVU1886
.LLST387:
	.byte	0x6
	.quad	.LVL400
	.byte	0x4
	.uleb128 .LVL400-.LVL400
	.uleb128 .LVL405-.LVL400
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 .LVL405-.LVL400
	.uleb128 .LVL406-.LVL400
	.uleb128 0x2
	.byte	0x91
	.sleb128 -8
	.byte	0
.LVUS388:
	.uleb128 .LVU1876
	.uleb128 .LVU1878
	.uleb128 .LVU1878
	.uleb128 .LVU1886
.LLST388:
	.byte	0x6
	.quad	.LVL400
	.byte	0x4
	.uleb128 .LVL400-.LVL400
	.uleb128 .LVL402-.LVL400
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL402-.LVL400
	.uleb128 .LVL406-.LVL400
	.uleb128 0x1
	.byte	0x52
	.byte	0
.LVUS8:
	.uleb128 0
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 0
.LLST8:
	.byte	0x6
	.quad	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LFE29-.LVL4
	.uleb128 0x3
	.byte	0x71
	.sleb128 -8
	.byte	0x9f
	.byte	0
.LVUS9:
	.uleb128 .LVU61
	.uleb128 .LVU69
	.uleb128 .LVU69
	.uleb128 .LVU76
	.uleb128 .LVU76
	.uleb128 .LVU79
.LLST9:
	.byte	0x6
	.quad	.LVL4
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL4-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0x4
	.uleb128 .LVL4-.LVL4
	.uleb128 .LVL5-.LVL4
	.uleb128 0x3
	.byte	0x71
	.sleb128 8
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL5-.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS10:
	.uleb128 .LVU61
	.uleb128 .LVU79
.LLST10:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS11:
	.uleb128 .LVU61
	.uleb128 .LVU79
.LLST11:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS13:
	.uleb128 .LVU68
	.uleb128 .LVU79
.LLST13:
	.byte	0x8
	.quad	.LVL4
	.uleb128 .LVL6-.LVL4
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS15:
	.uleb128 .LVU78
	.uleb128 .LVU79
.LLST15:
	.byte	0x8
	.quad	.LVL6
	.uleb128 .LVL6-.LVL6
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS4:
	.uleb128 .LVU40
	.uleb128 .LVU50
.LLST4:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS5:
	.uleb128 .LVU40
	.uleb128 .LVU50
.LLST5:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS6:
	.uleb128 .LVU40
	.uleb128 .LVU50
.LLST6:
	.byte	0x8
	.quad	.LVL2
	.uleb128 .LVL3-.LVL2
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS7:
	.uleb128 .LVU49
	.uleb128 .LVU50
.LLST7:
	.byte	0x8
	.quad	.LVL3
	.uleb128 .LVL3-.LVL3
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS0:
	.uleb128 .LVU10
	.uleb128 .LVU20
.LLST0:
	.byte	0x8
	.quad	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x51
	.byte	0
.LVUS1:
	.uleb128 .LVU10
	.uleb128 .LVU20
.LLST1:
	.byte	0x8
	.quad	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x54
	.byte	0
.LVUS2:
	.uleb128 .LVU10
	.uleb128 .LVU20
.LLST2:
	.byte	0x8
	.quad	.LVL0
	.uleb128 .LVL1-.LVL0
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS3:
	.uleb128 .LVU19
	.uleb128 .LVU20
.LLST3:
	.byte	0x8
	.quad	.LVL1
	.uleb128 .LVL1-.LVL1
	.uleb128 0x1
	.byte	0x50
	.byte	0
.LVUS322:
	.uleb128 0
	.uleb128 .LVU1561
	.uleb128 .LVU1561
	.uleb128 .LVU1566
	.uleb128 .LVU1566
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 0
.LLST322:
	.byte	0x6
	.quad	.LVL314
	.byte	0x4
	.uleb128 .LVL314-.LVL314
	.uleb128 .LVL316-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL316-.LVL314
	.uleb128 .LVL320-.LVL314
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.LVL314
	.uleb128 .LVL321-1-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL321-1-.LVL314
	.uleb128 .LVL321-.LVL314
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL321-.LVL314
	.uleb128 .LFE135-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS323:
	.uleb128 .LVU1556
	.uleb128 .LVU1561
	.uleb128 .LVU1561
	.uleb128 .LVU1566
	.uleb128 .LVU1566
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 0
.LLST323:
	.byte	0x6
	.quad	.LVL314
	.byte	0x4
	.uleb128 .LVL314-.LVL314
	.uleb128 .LVL316-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL316-.LVL314
	.uleb128 .LVL320-.LVL314
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.LVL314
	.uleb128 .LVL321-1-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL321-1-.LVL314
	.uleb128 .LVL321-.LVL314
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0x4
	.uleb128 .LVL321-.LVL314
	.uleb128 .LFE135-.LVL314
	.uleb128 0x1
	.byte	0x55
	.byte	0
.LVUS325:
	.uleb128 .LVU1559
	.uleb128 .LVU1561
	.uleb128 .LVU1561
	.uleb128 .LVU1566
	.uleb128 .LVU1566
	.uleb128 .LVU1567
	.uleb128 .LVU1567
	.uleb128 .LVU1567
.LLST325:
	.byte	0x6
	.quad	.LVL315
	.byte	0x4
	.uleb128 .LVL315-.LVL315
	.uleb128 .LVL316-.LVL315
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL316-.LVL315
	.uleb128 .LVL320-.LVL315
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 .LVL320-.LVL315
	.uleb128 .LVL321-1-.LVL315
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 .LVL321-1-.LVL315
	.uleb128 .LVL321-.LVL315
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
.LLRL12:
	.byte	0x5
	.quad	.LBB287
	.byte	0x4
	.uleb128 .LBB287-.LBB287
	.uleb128 .LBE287-.LBB287
	.byte	0x4
	.uleb128 .LBB289-.LBB287
	.uleb128 .LBE289-.LBB287
	.byte	0
.LLRL14:
	.byte	0x5
	.quad	.LBB288
	.byte	0x4
	.uleb128 .LBB288-.LBB288
	.uleb128 .LBE288-.LBB288
	.byte	0x4
	.uleb128 .LBB290-.LBB288
	.uleb128 .LBE290-.LBB288
	.byte	0
.LLRL20:
	.byte	0x5
	.quad	.LBB293
	.byte	0x4
	.uleb128 .LBB293-.LBB293
	.uleb128 .LBE293-.LBB293
	.byte	0x4
	.uleb128 .LBB294-.LBB293
	.uleb128 .LBE294-.LBB293
	.byte	0
.LLRL31:
	.byte	0x5
	.quad	.LBB301
	.byte	0x4
	.uleb128 .LBB301-.LBB301
	.uleb128 .LBE301-.LBB301
	.byte	0x4
	.uleb128 .LBB303-.LBB301
	.uleb128 .LBE303-.LBB301
	.byte	0
.LLRL33:
	.byte	0x5
	.quad	.LBB302
	.byte	0x4
	.uleb128 .LBB302-.LBB302
	.uleb128 .LBE302-.LBB302
	.byte	0x4
	.uleb128 .LBB304-.LBB302
	.uleb128 .LBE304-.LBB302
	.byte	0
.LLRL50:
	.byte	0x5
	.quad	.LBB315
	.byte	0x4
	.uleb128 .LBB315-.LBB315
	.uleb128 .LBE315-.LBB315
	.byte	0x4
	.uleb128 .LBB317-.LBB315
	.uleb128 .LBE317-.LBB315
	.byte	0
.LLRL53:
	.byte	0x5
	.quad	.LBB316
	.byte	0x4
	.uleb128 .LBB316-.LBB316
	.uleb128 .LBE316-.LBB316
	.byte	0x4
	.uleb128 .LBB318-.LBB316
	.uleb128 .LBE318-.LBB316
	.byte	0
.LLRL59:
	.byte	0x5
	.quad	.LBB321
	.byte	0x4
	.uleb128 .LBB321-.LBB321
	.uleb128 .LBE321-.LBB321
	.byte	0x4
	.uleb128 .LBB323-.LBB321
	.uleb128 .LBE323-.LBB321
	.byte	0
.LLRL62:
	.byte	0x5
	.quad	.LBB322
	.byte	0x4
	.uleb128 .LBB322-.LBB322
	.uleb128 .LBE322-.LBB322
	.byte	0x4
	.uleb128 .LBB324-.LBB322
	.uleb128 .LBE324-.LBB322
	.byte	0
.LLRL83:
	.byte	0x5
	.quad	.LBB337
	.byte	0x4
	.uleb128 .LBB337-.LBB337
	.uleb128 .LBE337-.LBB337
	.byte	0x4
	.uleb128 .LBB339-.LBB337
	.uleb128 .LBE339-.LBB337
	.byte	0
.LLRL86:
	.byte	0x5
	.quad	.LBB338
	.byte	0x4
	.uleb128 .LBB338-.LBB338
	.uleb128 .LBE338-.LBB338
	.byte	0x4
	.uleb128 .LBB340-.LBB338
	.uleb128 .LBE340-.LBB338
	.byte	0
.LLRL92:
	.byte	0x5
	.quad	.LBB343
	.byte	0x4
	.uleb128 .LBB343-.LBB343
	.uleb128 .LBE343-.LBB343
	.byte	0x4
	.uleb128 .LBB345-.LBB343
	.uleb128 .LBE345-.LBB343
	.byte	0
.LLRL95:
	.byte	0x5
	.quad	.LBB344
	.byte	0x4
	.uleb128 .LBB344-.LBB344
	.uleb128 .LBE344-.LBB344
	.byte	0x4
	.uleb128 .LBB346-.LBB344
	.uleb128 .LBE346-.LBB344
	.byte	0
.LLRL101:
	.byte	0x5
	.quad	.LBB349
	.byte	0x4
	.uleb128 .LBB349-.LBB349
	.uleb128 .LBE349-.LBB349
	.byte	0x4
	.uleb128 .LBB351-.LBB349
	.uleb128 .LBE351-.LBB349
	.byte	0
.LLRL104:
	.byte	0x5
	.quad	.LBB350
	.byte	0x4
	.uleb128 .LBB350-.LBB350
	.uleb128 .LBE350-.LBB350
	.byte	0x4
	.uleb128 .LBB352-.LBB350
	.uleb128 .LBE352-.LBB350
	.byte	0
.LLRL110:
	.byte	0x5
	.quad	.LBB355
	.byte	0x4
	.uleb128 .LBB355-.LBB355
	.uleb128 .LBE355-.LBB355
	.byte	0x4
	.uleb128 .LBB357-.LBB355
	.uleb128 .LBE357-.LBB355
	.byte	0
.LLRL113:
	.byte	0x5
	.quad	.LBB356
	.byte	0x4
	.uleb128 .LBB356-.LBB356
	.uleb128 .LBE356-.LBB356
	.byte	0x4
	.uleb128 .LBB358-.LBB356
	.uleb128 .LBE358-.LBB356
	.byte	0
.LLRL119:
	.byte	0x5
	.quad	.LBB361
	.byte	0x4
	.uleb128 .LBB361-.LBB361
	.uleb128 .LBE361-.LBB361
	.byte	0x4
	.uleb128 .LBB363-.LBB361
	.uleb128 .LBE363-.LBB361
	.byte	0
.LLRL122:
	.byte	0x5
	.quad	.LBB362
	.byte	0x4
	.uleb128 .LBB362-.LBB362
	.uleb128 .LBE362-.LBB362
	.byte	0x4
	.uleb128 .LBB364-.LBB362
	.uleb128 .LBE364-.LBB362
	.byte	0
.LLRL177:
	.byte	0x5
	.quad	.LBB390
	.byte	0x4
	.uleb128 .LBB390-.LBB390
	.uleb128 .LBE390-.LBB390
	.byte	0x4
	.uleb128 .LBB396-.LBB390
	.uleb128 .LBE396-.LBB390
	.byte	0x4
	.uleb128 .LBB397-.LBB390
	.uleb128 .LBE397-.LBB390
	.byte	0x4
	.uleb128 .LBB398-.LBB390
	.uleb128 .LBE398-.LBB390
	.byte	0x4
	.uleb128 .LBB399-.LBB390
	.uleb128 .LBE399-.LBB390
	.byte	0
.LLRL184:
	.byte	0x5
	.quad	.LBB400
	.byte	0x4
	.uleb128 .LBB400-.LBB400
	.uleb128 .LBE400-.LBB400
	.byte	0x4
	.uleb128 .LBB406-.LBB400
	.uleb128 .LBE406-.LBB400
	.byte	0x4
	.uleb128 .LBB407-.LBB400
	.uleb128 .LBE407-.LBB400
	.byte	0x4
	.uleb128 .LBB408-.LBB400
	.uleb128 .LBE408-.LBB400
	.byte	0x4
	.uleb128 .LBB409-.LBB400
	.uleb128 .LBE409-.LBB400
	.byte	0
.LLRL191:
	.byte	0x5
	.quad	.LBB410
	.byte	0x4
	.uleb128 .LBB410-.LBB410
	.uleb128 .LBE410-.LBB410
	.byte	0x4
	.uleb128 .LBB418-.LBB410
	.uleb128 .LBE418-.LBB410
	.byte	0x4
	.uleb128 .LBB419-.LBB410
	.uleb128 .LBE419-.LBB410
	.byte	0x4
	.uleb128 .LBB420-.LBB410
	.uleb128 .LBE420-.LBB410
	.byte	0x4
	.uleb128 .LBB421-.LBB410
	.uleb128 .LBE421-.LBB410
	.byte	0
.LLRL198:
	.byte	0x5
	.quad	.LBB422
	.byte	0x4
	.uleb128 .LBB422-.LBB422
	.uleb128 .LBE422-.LBB422
	.byte	0x4
	.uleb128 .LBB429-.LBB422
	.uleb128 .LBE429-.LBB422
	.byte	0x4
	.uleb128 .LBB430-.LBB422
	.uleb128 .LBE430-.LBB422
	.byte	0x4
	.uleb128 .LBB431-.LBB422
	.uleb128 .LBE431-.LBB422
	.byte	0
.LLRL205:
	.byte	0x5
	.quad	.LBB432
	.byte	0x4
	.uleb128 .LBB432-.LBB432
	.uleb128 .LBE432-.LBB432
	.byte	0x4
	.uleb128 .LBB441-.LBB432
	.uleb128 .LBE441-.LBB432
	.byte	0x4
	.uleb128 .LBB442-.LBB432
	.uleb128 .LBE442-.LBB432
	.byte	0x4
	.uleb128 .LBB443-.LBB432
	.uleb128 .LBE443-.LBB432
	.byte	0
.LLRL213:
	.byte	0x5
	.quad	.LBB444
	.byte	0x4
	.uleb128 .LBB444-.LBB444
	.uleb128 .LBE444-.LBB444
	.byte	0x4
	.uleb128 .LBB448-.LBB444
	.uleb128 .LBE448-.LBB444
	.byte	0
.LLRL217:
	.byte	0x5
	.quad	.LBB445
	.byte	0x4
	.uleb128 .LBB445-.LBB445
	.uleb128 .LBE445-.LBB445
	.byte	0x4
	.uleb128 .LBB446-.LBB445
	.uleb128 .LBE446-.LBB445
	.byte	0x4
	.uleb128 .LBB447-.LBB445
	.uleb128 .LBE447-.LBB445
	.byte	0
.LLRL222:
	.byte	0x5
	.quad	.LBB449
	.byte	0x4
	.uleb128 .LBB449-.LBB449
	.uleb128 .LBE449-.LBB449
	.byte	0x4
	.uleb128 .LBB454-.LBB449
	.uleb128 .LBE454-.LBB449
	.byte	0
.LLRL230:
	.byte	0x5
	.quad	.LBB455
	.byte	0x4
	.uleb128 .LBB455-.LBB455
	.uleb128 .LBE455-.LBB455
	.byte	0x4
	.uleb128 .LBB459-.LBB455
	.uleb128 .LBE459-.LBB455
	.byte	0x4
	.uleb128 .LBB460-.LBB455
	.uleb128 .LBE460-.LBB455
	.byte	0
.LLRL238:
	.byte	0x5
	.quad	.LBB461
	.byte	0x4
	.uleb128 .LBB461-.LBB461
	.uleb128 .LBE461-.LBB461
	.byte	0x4
	.uleb128 .LBB466-.LBB461
	.uleb128 .LBE466-.LBB461
	.byte	0
.LLRL246:
	.byte	0x5
	.quad	.LBB467
	.byte	0x4
	.uleb128 .LBB467-.LBB467
	.uleb128 .LBE467-.LBB467
	.byte	0x4
	.uleb128 .LBB474-.LBB467
	.uleb128 .LBE474-.LBB467
	.byte	0x4
	.uleb128 .LBB475-.LBB467
	.uleb128 .LBE475-.LBB467
	.byte	0x4
	.uleb128 .LBB476-.LBB467
	.uleb128 .LBE476-.LBB467
	.byte	0
.LLRL254:
	.byte	0x5
	.quad	.LBB477
	.byte	0x4
	.uleb128 .LBB477-.LBB477
	.uleb128 .LBE477-.LBB477
	.byte	0x4
	.uleb128 .LBB485-.LBB477
	.uleb128 .LBE485-.LBB477
	.byte	0x4
	.uleb128 .LBB486-.LBB477
	.uleb128 .LBE486-.LBB477
	.byte	0x4
	.uleb128 .LBB487-.LBB477
	.uleb128 .LBE487-.LBB477
	.byte	0x4
	.uleb128 .LBB488-.LBB477
	.uleb128 .LBE488-.LBB477
	.byte	0
.LLRL257:
	.byte	0x5
	.quad	.LBB479
	.byte	0x4
	.uleb128 .LBB479-.LBB479
	.uleb128 .LBE479-.LBB479
	.byte	0x4
	.uleb128 .LBB480-.LBB479
	.uleb128 .LBE480-.LBB479
	.byte	0
.LLRL262:
	.byte	0x5
	.quad	.LBB489
	.byte	0x4
	.uleb128 .LBB489-.LBB489
	.uleb128 .LBE489-.LBB489
	.byte	0x4
	.uleb128 .LBB495-.LBB489
	.uleb128 .LBE495-.LBB489
	.byte	0x4
	.uleb128 .LBB496-.LBB489
	.uleb128 .LBE496-.LBB489
	.byte	0
.LLRL267:
	.byte	0x5
	.quad	.LBB491
	.byte	0x4
	.uleb128 .LBB491-.LBB491
	.uleb128 .LBE491-.LBB491
	.byte	0x4
	.uleb128 .LBB492-.LBB491
	.uleb128 .LBE492-.LBB491
	.byte	0
.LLRL272:
	.byte	0x5
	.quad	.LBB527
	.byte	0x4
	.uleb128 .LBB527-.LBB527
	.uleb128 .LBE527-.LBB527
	.byte	0x4
	.uleb128 .LBB532-.LBB527
	.uleb128 .LBE532-.LBB527
	.byte	0x4
	.uleb128 .LBB533-.LBB527
	.uleb128 .LBE533-.LBB527
	.byte	0x4
	.uleb128 .LBB534-.LBB527
	.uleb128 .LBE534-.LBB527
	.byte	0
.LLRL274:
	.byte	0x5
	.quad	.LBB535
	.byte	0x4
	.uleb128 .LBB535-.LBB535
	.uleb128 .LBE535-.LBB535
	.byte	0x4
	.uleb128 .LBB539-.LBB535
	.uleb128 .LBE539-.LBB535
	.byte	0x4
	.uleb128 .LBB603-.LBB535
	.uleb128 .LBE603-.LBB535
	.byte	0
.LLRL282:
	.byte	0x5
	.quad	.LBB540
	.byte	0x4
	.uleb128 .LBB540-.LBB540
	.uleb128 .LBE540-.LBB540
	.byte	0x4
	.uleb128 .LBB604-.LBB540
	.uleb128 .LBE604-.LBB540
	.byte	0
.LLRL284:
	.byte	0x5
	.quad	.LBB541
	.byte	0x4
	.uleb128 .LBB541-.LBB541
	.uleb128 .LBE541-.LBB541
	.byte	0x4
	.uleb128 .LBB602-.LBB541
	.uleb128 .LBE602-.LBB541
	.byte	0
.LLRL286:
	.byte	0x5
	.quad	.LBB542
	.byte	0x4
	.uleb128 .LBB542-.LBB542
	.uleb128 .LBE542-.LBB542
	.byte	0x4
	.uleb128 .LBB598-.LBB542
	.uleb128 .LBE598-.LBB542
	.byte	0x4
	.uleb128 .LBB599-.LBB542
	.uleb128 .LBE599-.LBB542
	.byte	0x4
	.uleb128 .LBB600-.LBB542
	.uleb128 .LBE600-.LBB542
	.byte	0x4
	.uleb128 .LBB601-.LBB542
	.uleb128 .LBE601-.LBB542
	.byte	0
.LLRL294:
	.byte	0x5
	.quad	.LBB543
	.byte	0x4
	.uleb128 .LBB543-.LBB543
	.uleb128 .LBE543-.LBB543
	.byte	0x4
	.uleb128 .LBB548-.LBB543
	.uleb128 .LBE548-.LBB543
	.byte	0x4
	.uleb128 .LBB549-.LBB543
	.uleb128 .LBE549-.LBB543
	.byte	0x4
	.uleb128 .LBB560-.LBB543
	.uleb128 .LBE560-.LBB543
	.byte	0
.LLRL296:
	.byte	0x5
	.quad	.LBB550
	.byte	0x4
	.uleb128 .LBB550-.LBB550
	.uleb128 .LBE550-.LBB550
	.byte	0x4
	.uleb128 .LBB583-.LBB550
	.uleb128 .LBE583-.LBB550
	.byte	0x4
	.uleb128 .LBB597-.LBB550
	.uleb128 .LBE597-.LBB550
	.byte	0
.LLRL299:
	.byte	0x5
	.quad	.LBB552
	.byte	0x4
	.uleb128 .LBB552-.LBB552
	.uleb128 .LBE552-.LBB552
	.byte	0x4
	.uleb128 .LBB555-.LBB552
	.uleb128 .LBE555-.LBB552
	.byte	0
.LLRL306:
	.byte	0x5
	.quad	.LBB563
	.byte	0x4
	.uleb128 .LBB563-.LBB563
	.uleb128 .LBE563-.LBB563
	.byte	0x4
	.uleb128 .LBB568-.LBB563
	.uleb128 .LBE568-.LBB563
	.byte	0x4
	.uleb128 .LBB590-.LBB563
	.uleb128 .LBE590-.LBB563
	.byte	0x4
	.uleb128 .LBB591-.LBB563
	.uleb128 .LBE591-.LBB563
	.byte	0
.LLRL308:
	.byte	0x5
	.quad	.LBB569
	.byte	0x4
	.uleb128 .LBB569-.LBB569
	.uleb128 .LBE569-.LBB569
	.byte	0x4
	.uleb128 .LBB581-.LBB569
	.uleb128 .LBE581-.LBB569
	.byte	0x4
	.uleb128 .LBB582-.LBB569
	.uleb128 .LBE582-.LBB569
	.byte	0x4
	.uleb128 .LBB595-.LBB569
	.uleb128 .LBE595-.LBB569
	.byte	0
.LLRL313:
	.byte	0x5
	.quad	.LBB574
	.byte	0x4
	.uleb128 .LBB574-.LBB574
	.uleb128 .LBE574-.LBB574
	.byte	0x4
	.uleb128 .LBB579-.LBB574
	.uleb128 .LBE579-.LBB574
	.byte	0x4
	.uleb128 .LBB580-.LBB574
	.uleb128 .LBE580-.LBB574
	.byte	0x4
	.uleb128 .LBB594-.LBB574
	.uleb128 .LBE594-.LBB574
	.byte	0
.LLRL317:
	.byte	0x5
	.quad	.LBB584
	.byte	0x4
	.uleb128 .LBB584-.LBB584
	.uleb128 .LBE584-.LBB584
	.byte	0x4
	.uleb128 .LBB596-.LBB584
	.uleb128 .LBE596-.LBB584
	.byte	0
.LLRL324:
	.byte	0x5
	.quad	.LBB607
	.byte	0x4
	.uleb128 .LBB607-.LBB607
	.uleb128 .LBE607-.LBB607
	.byte	0x4
	.uleb128 .LBB610-.LBB607
	.uleb128 .LBE610-.LBB607
	.byte	0
.LLRL329:
	.byte	0x5
	.quad	.LBB615
	.byte	0x4
	.uleb128 .LBB615-.LBB615
	.uleb128 .LBE615-.LBB615
	.byte	0x4
	.uleb128 .LBB625-.LBB615
	.uleb128 .LBE625-.LBB615
	.byte	0x4
	.uleb128 .LBB626-.LBB615
	.uleb128 .LBE626-.LBB615
	.byte	0
.LLRL333:
	.byte	0x5
	.quad	.LBB617
	.byte	0x4
	.uleb128 .LBB617-.LBB617
	.uleb128 .LBE617-.LBB617
	.byte	0x4
	.uleb128 .LBB621-.LBB617
	.uleb128 .LBE621-.LBB617
	.byte	0x4
	.uleb128 .LBB622-.LBB617
	.uleb128 .LBE622-.LBB617
	.byte	0
.LLRL340:
	.byte	0x5
	.quad	.LBB631
	.byte	0x4
	.uleb128 .LBB631-.LBB631
	.uleb128 .LBE631-.LBB631
	.byte	0x4
	.uleb128 .LBB641-.LBB631
	.uleb128 .LBE641-.LBB631
	.byte	0x4
	.uleb128 .LBB642-.LBB631
	.uleb128 .LBE642-.LBB631
	.byte	0
.LLRL344:
	.byte	0x5
	.quad	.LBB633
	.byte	0x4
	.uleb128 .LBB633-.LBB633
	.uleb128 .LBE633-.LBB633
	.byte	0x4
	.uleb128 .LBB637-.LBB633
	.uleb128 .LBE637-.LBB633
	.byte	0x4
	.uleb128 .LBB638-.LBB633
	.uleb128 .LBE638-.LBB633
	.byte	0
.LLRL349:
	.byte	0x5
	.quad	.LBB673
	.byte	0x4
	.uleb128 .LBB673-.LBB673
	.uleb128 .LBE673-.LBB673
	.byte	0x4
	.uleb128 .LBB691-.LBB673
	.uleb128 .LBE691-.LBB673
	.byte	0x4
	.uleb128 .LBB692-.LBB673
	.uleb128 .LBE692-.LBB673
	.byte	0x4
	.uleb128 .LBB693-.LBB673
	.uleb128 .LBE693-.LBB673
	.byte	0
.LLRL355:
	.byte	0x5
	.quad	.LBB678
	.byte	0x4
	.uleb128 .LBB678-.LBB678
	.uleb128 .LBE678-.LBB678
	.byte	0x4
	.uleb128 .LBB685-.LBB678
	.uleb128 .LBE685-.LBB678
	.byte	0
.LLRL362:
	.byte	0x5
	.quad	.LBB699
	.byte	0x4
	.uleb128 .LBB699-.LBB699
	.uleb128 .LBE699-.LBB699
	.byte	0x4
	.uleb128 .LBB704-.LBB699
	.uleb128 .LBE704-.LBB699
	.byte	0
.LLRL367:
	.byte	0x5
	.quad	.LBB701
	.byte	0x4
	.uleb128 .LBB701-.LBB701
	.uleb128 .LBE701-.LBB701
	.byte	0x4
	.uleb128 .LBB702-.LBB701
	.uleb128 .LBE702-.LBB701
	.byte	0
.LLRL369:
	.byte	0x5
	.quad	.LBB705
	.byte	0x4
	.uleb128 .LBB705-.LBB705
	.uleb128 .LBE705-.LBB705
	.byte	0x4
	.uleb128 .LBB709-.LBB705
	.uleb128 .LBE709-.LBB705
	.byte	0x4
	.uleb128 .LBB710-.LBB705
	.uleb128 .LBE710-.LBB705
	.byte	0
.LLRL376:
	.byte	0x5
	.quad	.LBB717
	.byte	0x4
	.uleb128 .LBB717-.LBB717
	.uleb128 .LBE717-.LBB717
	.byte	0x4
	.uleb128 .LBB724-.LBB717
	.uleb128 .LBE724-.LBB717
	.byte	0
.LLRL381:
	.byte	0x5
	.quad	.LBB719
	.byte	0x4
	.uleb128 .LBB719-.LBB719
	.uleb128 .LBE719-.LBB719
	.byte	0x4
	.uleb128 .LBB721-.LBB719
	.uleb128 .LBE721-.LBB719
	.byte	0
.LLRL383:
	.byte	0x5
	.quad	.LBB720
	.byte	0x4
	.uleb128 .LBB720-.LBB720
	.uleb128 .LBE720-.LBB720
	.byte	0x4
	.uleb128 .LBB722-.LBB720
	.uleb128 .LBE722-.LBB720
	.byte	0
.LLRL385:
	.byte	0x5
	.quad	.LBB725
	.byte	0x4
	.uleb128 .LBB725-.LBB725
	.uleb128 .LBE725-.LBB725
	.byte	0x4
	.uleb128 .LBB729-.LBB725
	.uleb128 .LBE729-.LBB725
	.byte	0x4
	.uleb128 .LBB730-.LBB725
	.uleb128 .LBE730-.LBB725
	.byte	0
.LLRL392:
	.byte	0x5
	.quad	.LBB736
	.byte	0x4
	.uleb128 .LBB736-.LBB736
	.uleb128 .LBE736-.LBB736
	.byte	0x4
	.uleb128 .LBB741-.LBB736
	.uleb128 .LBE741-.LBB736
	.byte	0
.LLRL397:
	.byte	0x5
	.quad	.LBB738
	.byte	0x4
	.uleb128 .LBB738-.LBB738
	.uleb128 .LBE738-.LBB738
	.byte	0x4
	.uleb128 .LBB739-.LBB738
	.uleb128 .LBE739-.LBB738
	.byte	0
.LLRL399:
	.byte	0x5
	.quad	.LBB742
	.byte	0x4
	.uleb128 .LBB742-.LBB742
	.uleb128 .LBE742-.LBB742
	.byte	0x4
	.uleb128 .LBB746-.LBB742
	.uleb128 .LBE746-.LBB742
	.byte	0x4
	.uleb128 .LBB747-.LBB742
	.uleb128 .LBE747-.LBB742
	.byte	0
.LLRL406:
	.byte	0x5
	.quad	.LBB753
	.byte	0x4
	.uleb128 .LBB753-.LBB753
	.uleb128 .LBE753-.LBB753
	.byte	0x4
	.uleb128 .LBB758-.LBB753
	.uleb128 .LBE758-.LBB753
	.byte	0
.LLRL411:
	.byte	0x5
	.quad	.LBB755
	.byte	0x4
	.uleb128 .LBB755-.LBB755
	.uleb128 .LBE755-.LBB755
	.byte	0x4
	.uleb128 .LBB756-.LBB755
	.uleb128 .LBE756-.LBB755
	.byte	0
.LLRL413:
	.byte	0x5
	.quad	.LBB759
	.byte	0x4
	.uleb128 .LBB759-.LBB759
	.uleb128 .LBE759-.LBB759
	.byte	0x4
	.uleb128 .LBB763-.LBB759
	.uleb128 .LBE763-.LBB759
	.byte	0x4
	.uleb128 .LBB764-.LBB759
	.uleb128 .LBE764-.LBB759
	.byte	0
.LLRL420:
	.byte	0x5
	.quad	.LBB771
	.byte	0x4
	.uleb128 .LBB771-.LBB771
	.uleb128 .LBE771-.LBB771
	.byte	0x4
	.uleb128 .LBB786-.LBB771
	.uleb128 .LBE786-.LBB771
	.byte	0x4
	.uleb128 .LBB787-.LBB771
	.uleb128 .LBE787-.LBB771
	.byte	0
.LLRL424:
	.byte	0x5
	.quad	.LBB773
	.byte	0x4
	.uleb128 .LBB773-.LBB773
	.uleb128 .LBE773-.LBB773
	.byte	0x4
	.uleb128 .LBB774-.LBB773
	.uleb128 .LBE774-.LBB773
	.byte	0
.LLRL428:
	.byte	0x5
	.quad	.LBB776
	.byte	0x4
	.uleb128 .LBB776-.LBB776
	.uleb128 .LBE776-.LBB776
	.byte	0x4
	.uleb128 .LBB781-.LBB776
	.uleb128 .LBE781-.LBB776
	.byte	0x4
	.uleb128 .LBB782-.LBB776
	.uleb128 .LBE782-.LBB776
	.byte	0x4
	.uleb128 .LBB783-.LBB776
	.uleb128 .LBE783-.LBB776
	.byte	0
.LLRL439:
	.byte	0x5
	.quad	.LBB796
	.byte	0x4
	.uleb128 .LBB796-.LBB796
	.uleb128 .LBE796-.LBB796
	.byte	0x4
	.uleb128 .LBB798-.LBB796
	.uleb128 .LBE798-.LBB796
	.byte	0
.LLRL441:
	.byte	0x5
	.quad	.LBB797
	.byte	0x4
	.uleb128 .LBB797-.LBB797
	.uleb128 .LBE797-.LBB797
	.byte	0x4
	.uleb128 .LBB799-.LBB797
	.uleb128 .LBE799-.LBB797
	.byte	0
.LLRL443:
	.byte	0x5
	.quad	.LBB800
	.byte	0x4
	.uleb128 .LBB800-.LBB800
	.uleb128 .LBE800-.LBB800
	.byte	0x4
	.uleb128 .LBB804-.LBB800
	.uleb128 .LBE804-.LBB800
	.byte	0x4
	.uleb128 .LBB805-.LBB800
	.uleb128 .LBE805-.LBB800
	.byte	0
.LLRL450:
	.byte	0x5
	.quad	.LBB811
	.byte	0x4
	.uleb128 .LBB811-.LBB811
	.uleb128 .LBE811-.LBB811
	.byte	0x4
	.uleb128 .LBB825-.LBB811
	.uleb128 .LBE825-.LBB811
	.byte	0x4
	.uleb128 .LBB826-.LBB811
	.uleb128 .LBE826-.LBB811
	.byte	0x4
	.uleb128 .LBB827-.LBB811
	.uleb128 .LBE827-.LBB811
	.byte	0x4
	.uleb128 .LBB828-.LBB811
	.uleb128 .LBE828-.LBB811
	.byte	0
.LLRL454:
	.byte	0x5
	.quad	.LBB813
	.byte	0x4
	.uleb128 .LBB813-.LBB813
	.uleb128 .LBE813-.LBB813
	.byte	0x4
	.uleb128 .LBB814-.LBB813
	.uleb128 .LBE814-.LBB813
	.byte	0
.LLRL456:
	.byte	0x5
	.quad	.LBB815
	.byte	0x4
	.uleb128 .LBB815-.LBB815
	.uleb128 .LBE815-.LBB815
	.byte	0x4
	.uleb128 .LBB819-.LBB815
	.uleb128 .LBE819-.LBB815
	.byte	0x4
	.uleb128 .LBB820-.LBB815
	.uleb128 .LBE820-.LBB815
	.byte	0
.LLRL463:
	.byte	0x5
	.quad	.LBB835
	.byte	0x4
	.uleb128 .LBB835-.LBB835
	.uleb128 .LBE835-.LBB835
	.byte	0x4
	.uleb128 .LBB841-.LBB835
	.uleb128 .LBE841-.LBB835
	.byte	0
.LLRL470:
	.byte	0x5
	.quad	.LBB838
	.byte	0x4
	.uleb128 .LBB838-.LBB838
	.uleb128 .LBE838-.LBB838
	.byte	0x4
	.uleb128 .LBB839-.LBB838
	.uleb128 .LBE839-.LBB838
	.byte	0
.LLRL472:
	.byte	0x5
	.quad	.LBB842
	.byte	0x4
	.uleb128 .LBB842-.LBB842
	.uleb128 .LBE842-.LBB842
	.byte	0x4
	.uleb128 .LBB846-.LBB842
	.uleb128 .LBE846-.LBB842
	.byte	0x4
	.uleb128 .LBB847-.LBB842
	.uleb128 .LBE847-.LBB842
	.byte	0
.LLRL483:
	.byte	0x5
	.quad	.LBB856
	.byte	0x4
	.uleb128 .LBB856-.LBB856
	.uleb128 .LBE856-.LBB856
	.byte	0x4
	.uleb128 .LBB858-.LBB856
	.uleb128 .LBE858-.LBB856
	.byte	0
.LLRL486:
	.byte	0x5
	.quad	.LBB857
	.byte	0x4
	.uleb128 .LBB857-.LBB857
	.uleb128 .LBE857-.LBB857
	.byte	0x4
	.uleb128 .LBB859-.LBB857
	.uleb128 .LBE859-.LBB857
	.byte	0
.LLRL488:
	.byte	0x5
	.quad	.LBB860
	.byte	0x4
	.uleb128 .LBB860-.LBB860
	.uleb128 .LBE860-.LBB860
	.byte	0x4
	.uleb128 .LBB864-.LBB860
	.uleb128 .LBE864-.LBB860
	.byte	0x4
	.uleb128 .LBB865-.LBB860
	.uleb128 .LBE865-.LBB860
	.byte	0
.LLRL499:
	.byte	0x5
	.quad	.LBB874
	.byte	0x4
	.uleb128 .LBB874-.LBB874
	.uleb128 .LBE874-.LBB874
	.byte	0x4
	.uleb128 .LBB876-.LBB874
	.uleb128 .LBE876-.LBB874
	.byte	0
.LLRL502:
	.byte	0x5
	.quad	.LBB875
	.byte	0x4
	.uleb128 .LBB875-.LBB875
	.uleb128 .LBE875-.LBB875
	.byte	0x4
	.uleb128 .LBB877-.LBB875
	.uleb128 .LBE877-.LBB875
	.byte	0
.LLRL504:
	.byte	0x5
	.quad	.LBB878
	.byte	0x4
	.uleb128 .LBB878-.LBB878
	.uleb128 .LBE878-.LBB878
	.byte	0x4
	.uleb128 .LBB882-.LBB878
	.uleb128 .LBE882-.LBB878
	.byte	0x4
	.uleb128 .LBB883-.LBB878
	.uleb128 .LBE883-.LBB878
	.byte	0
.LLRL518:
	.byte	0x5
	.quad	.LBB894
	.byte	0x4
	.uleb128 .LBB894-.LBB894
	.uleb128 .LBE894-.LBB894
	.byte	0x4
	.uleb128 .LBB898-.LBB894
	.uleb128 .LBE898-.LBB894
	.byte	0x4
	.uleb128 .LBB899-.LBB894
	.uleb128 .LBE899-.LBB894
	.byte	0
.LLRL529:
	.byte	0x5
	.quad	.LBB908
	.byte	0x4
	.uleb128 .LBB908-.LBB908
	.uleb128 .LBE908-.LBB908
	.byte	0x4
	.uleb128 .LBB910-.LBB908
	.uleb128 .LBE910-.LBB908
	.byte	0
.LLRL532:
	.byte	0x5
	.quad	.LBB909
	.byte	0x4
	.uleb128 .LBB909-.LBB909
	.uleb128 .LBE909-.LBB909
	.byte	0x4
	.uleb128 .LBB911-.LBB909
	.uleb128 .LBE911-.LBB909
	.byte	0
.LLRL534:
	.byte	0x5
	.quad	.LBB912
	.byte	0x4
	.uleb128 .LBB912-.LBB912
	.uleb128 .LBE912-.LBB912
	.byte	0x4
	.uleb128 .LBB916-.LBB912
	.uleb128 .LBE916-.LBB912
	.byte	0x4
	.uleb128 .LBB917-.LBB912
	.uleb128 .LBE917-.LBB912
	.byte	0
.LLRL545:
	.byte	0x5
	.quad	.LBB926
	.byte	0x4
	.uleb128 .LBB926-.LBB926
	.uleb128 .LBE926-.LBB926
	.byte	0x4
	.uleb128 .LBB928-.LBB926
	.uleb128 .LBE928-.LBB926
	.byte	0
.LLRL548:
	.byte	0x5
	.quad	.LBB927
	.byte	0x4
	.uleb128 .LBB927-.LBB927
	.uleb128 .LBE927-.LBB927
	.byte	0x4
	.uleb128 .LBB929-.LBB927
	.uleb128 .LBE929-.LBB927
	.byte	0
.LLRL550:
	.byte	0x5
	.quad	.LBB930
	.byte	0x4
	.uleb128 .LBB930-.LBB930
	.uleb128 .LBE930-.LBB930
	.byte	0x4
	.uleb128 .LBB934-.LBB930
	.uleb128 .LBE934-.LBB930
	.byte	0x4
	.uleb128 .LBB935-.LBB930
	.uleb128 .LBE935-.LBB930
	.byte	0
.LLRL561:
	.byte	0x5
	.quad	.LBB944
	.byte	0x4
	.uleb128 .LBB944-.LBB944
	.uleb128 .LBE944-.LBB944
	.byte	0x4
	.uleb128 .LBB946-.LBB944
	.uleb128 .LBE946-.LBB944
	.byte	0
.LLRL564:
	.byte	0x5
	.quad	.LBB945
	.byte	0x4
	.uleb128 .LBB945-.LBB945
	.uleb128 .LBE945-.LBB945
	.byte	0x4
	.uleb128 .LBB947-.LBB945
	.uleb128 .LBE947-.LBB945
	.byte	0
.LLRL566:
	.byte	0x5
	.quad	.LBB948
	.byte	0x4
	.uleb128 .LBB948-.LBB948
	.uleb128 .LBE948-.LBB948
	.byte	0x4
	.uleb128 .LBB952-.LBB948
	.uleb128 .LBE952-.LBB948
	.byte	0x4
	.uleb128 .LBB953-.LBB948
	.uleb128 .LBE953-.LBB948
	.byte	0
.LLRL573:
	.byte	0x5
	.quad	.LBB960
	.byte	0x4
	.uleb128 .LBB960-.LBB960
	.uleb128 .LBE960-.LBB960
	.byte	0x4
	.uleb128 .LBB982-.LBB960
	.uleb128 .LBE982-.LBB960
	.byte	0x4
	.uleb128 .LBB983-.LBB960
	.uleb128 .LBE983-.LBB960
	.byte	0x4
	.uleb128 .LBB984-.LBB960
	.uleb128 .LBE984-.LBB960
	.byte	0x4
	.uleb128 .LBB985-.LBB960
	.uleb128 .LBE985-.LBB960
	.byte	0x4
	.uleb128 .LBB986-.LBB960
	.uleb128 .LBE986-.LBB960
	.byte	0
.LLRL577:
	.byte	0x5
	.quad	.LBB962
	.byte	0x4
	.uleb128 .LBB962-.LBB962
	.uleb128 .LBE962-.LBB962
	.byte	0x4
	.uleb128 .LBB963-.LBB962
	.uleb128 .LBE963-.LBB962
	.byte	0x4
	.uleb128 .LBB964-.LBB962
	.uleb128 .LBE964-.LBB962
	.byte	0x4
	.uleb128 .LBB966-.LBB962
	.uleb128 .LBE966-.LBB962
	.byte	0x4
	.uleb128 .LBB967-.LBB962
	.uleb128 .LBE967-.LBB962
	.byte	0
.LLRL580:
	.byte	0x5
	.quad	.LBB965
	.byte	0x4
	.uleb128 .LBB965-.LBB965
	.uleb128 .LBE965-.LBB965
	.byte	0x4
	.uleb128 .LBB968-.LBB965
	.uleb128 .LBE968-.LBB965
	.byte	0
.LLRL582:
	.byte	0x5
	.quad	.LBB969
	.byte	0x4
	.uleb128 .LBB969-.LBB969
	.uleb128 .LBE969-.LBB969
	.byte	0x4
	.uleb128 .LBB974-.LBB969
	.uleb128 .LBE974-.LBB969
	.byte	0x4
	.uleb128 .LBB975-.LBB969
	.uleb128 .LBE975-.LBB969
	.byte	0x4
	.uleb128 .LBB976-.LBB969
	.uleb128 .LBE976-.LBB969
	.byte	0
.LLRL589:
	.byte	0x5
	.quad	.LBB993
	.byte	0x4
	.uleb128 .LBB993-.LBB993
	.uleb128 .LBE993-.LBB993
	.byte	0x4
	.uleb128 .LBB999-.LBB993
	.uleb128 .LBE999-.LBB993
	.byte	0
.LLRL596:
	.byte	0x5
	.quad	.LBB996
	.byte	0x4
	.uleb128 .LBB996-.LBB996
	.uleb128 .LBE996-.LBB996
	.byte	0x4
	.uleb128 .LBB997-.LBB996
	.uleb128 .LBE997-.LBB996
	.byte	0
.LLRL598:
	.byte	0x5
	.quad	.LBB1000
	.byte	0x4
	.uleb128 .LBB1000-.LBB1000
	.uleb128 .LBE1000-.LBB1000
	.byte	0x4
	.uleb128 .LBB1004-.LBB1000
	.uleb128 .LBE1004-.LBB1000
	.byte	0x4
	.uleb128 .LBB1005-.LBB1000
	.uleb128 .LBE1005-.LBB1000
	.byte	0
.LLRL605:
	.byte	0x5
	.quad	.LBB1012
	.byte	0x4
	.uleb128 .LBB1012-.LBB1012
	.uleb128 .LBE1012-.LBB1012
	.byte	0x4
	.uleb128 .LBB1018-.LBB1012
	.uleb128 .LBE1018-.LBB1012
	.byte	0
.LLRL612:
	.byte	0x5
	.quad	.LBB1015
	.byte	0x4
	.uleb128 .LBB1015-.LBB1015
	.uleb128 .LBE1015-.LBB1015
	.byte	0x4
	.uleb128 .LBB1016-.LBB1015
	.uleb128 .LBE1016-.LBB1015
	.byte	0
.LLRL614:
	.byte	0x5
	.quad	.LBB1019
	.byte	0x4
	.uleb128 .LBB1019-.LBB1019
	.uleb128 .LBE1019-.LBB1019
	.byte	0x4
	.uleb128 .LBB1023-.LBB1019
	.uleb128 .LBE1023-.LBB1019
	.byte	0x4
	.uleb128 .LBB1024-.LBB1019
	.uleb128 .LBE1024-.LBB1019
	.byte	0
.LLRL621:
	.byte	0x5
	.quad	.LBB1031
	.byte	0x4
	.uleb128 .LBB1031-.LBB1031
	.uleb128 .LBE1031-.LBB1031
	.byte	0x4
	.uleb128 .LBB1037-.LBB1031
	.uleb128 .LBE1037-.LBB1031
	.byte	0
.LLRL628:
	.byte	0x5
	.quad	.LBB1034
	.byte	0x4
	.uleb128 .LBB1034-.LBB1034
	.uleb128 .LBE1034-.LBB1034
	.byte	0x4
	.uleb128 .LBB1035-.LBB1034
	.uleb128 .LBE1035-.LBB1034
	.byte	0
.LLRL630:
	.byte	0x5
	.quad	.LBB1038
	.byte	0x4
	.uleb128 .LBB1038-.LBB1038
	.uleb128 .LBE1038-.LBB1038
	.byte	0x4
	.uleb128 .LBB1042-.LBB1038
	.uleb128 .LBE1042-.LBB1038
	.byte	0x4
	.uleb128 .LBB1043-.LBB1038
	.uleb128 .LBE1043-.LBB1038
	.byte	0
.LLRL637:
	.byte	0x5
	.quad	.LBB1050
	.byte	0x4
	.uleb128 .LBB1050-.LBB1050
	.uleb128 .LBE1050-.LBB1050
	.byte	0x4
	.uleb128 .LBB1056-.LBB1050
	.uleb128 .LBE1056-.LBB1050
	.byte	0
.LLRL644:
	.byte	0x5
	.quad	.LBB1053
	.byte	0x4
	.uleb128 .LBB1053-.LBB1053
	.uleb128 .LBE1053-.LBB1053
	.byte	0x4
	.uleb128 .LBB1054-.LBB1053
	.uleb128 .LBE1054-.LBB1053
	.byte	0
.LLRL646:
	.byte	0x5
	.quad	.LBB1057
	.byte	0x4
	.uleb128 .LBB1057-.LBB1057
	.uleb128 .LBE1057-.LBB1057
	.byte	0x4
	.uleb128 .LBB1061-.LBB1057
	.uleb128 .LBE1061-.LBB1057
	.byte	0x4
	.uleb128 .LBB1062-.LBB1057
	.uleb128 .LBE1062-.LBB1057
	.byte	0
.LLRL653:
	.byte	0x5
	.quad	.LBB1069
	.byte	0x4
	.uleb128 .LBB1069-.LBB1069
	.uleb128 .LBE1069-.LBB1069
	.byte	0x4
	.uleb128 .LBB1075-.LBB1069
	.uleb128 .LBE1075-.LBB1069
	.byte	0
.LLRL660:
	.byte	0x5
	.quad	.LBB1072
	.byte	0x4
	.uleb128 .LBB1072-.LBB1072
	.uleb128 .LBE1072-.LBB1072
	.byte	0x4
	.uleb128 .LBB1073-.LBB1072
	.uleb128 .LBE1073-.LBB1072
	.byte	0
.LLRL662:
	.byte	0x5
	.quad	.LBB1076
	.byte	0x4
	.uleb128 .LBB1076-.LBB1076
	.uleb128 .LBE1076-.LBB1076
	.byte	0x4
	.uleb128 .LBB1080-.LBB1076
	.uleb128 .LBE1080-.LBB1076
	.byte	0x4
	.uleb128 .LBB1081-.LBB1076
	.uleb128 .LBE1081-.LBB1076
	.byte	0
.LLRL669:
	.byte	0x5
	.quad	.LBB1087
	.byte	0x4
	.uleb128 .LBB1087-.LBB1087
	.uleb128 .LBE1087-.LBB1087
	.byte	0x4
	.uleb128 .LBB1101-.LBB1087
	.uleb128 .LBE1101-.LBB1087
	.byte	0x4
	.uleb128 .LBB1102-.LBB1087
	.uleb128 .LBE1102-.LBB1087
	.byte	0x4
	.uleb128 .LBB1103-.LBB1087
	.uleb128 .LBE1103-.LBB1087
	.byte	0x4
	.uleb128 .LBB1104-.LBB1087
	.uleb128 .LBE1104-.LBB1087
	.byte	0
.LLRL673:
	.byte	0x5
	.quad	.LBB1089
	.byte	0x4
	.uleb128 .LBB1089-.LBB1089
	.uleb128 .LBE1089-.LBB1089
	.byte	0x4
	.uleb128 .LBB1090-.LBB1089
	.uleb128 .LBE1090-.LBB1089
	.byte	0
.LLRL675:
	.byte	0x5
	.quad	.LBB1091
	.byte	0x4
	.uleb128 .LBB1091-.LBB1091
	.uleb128 .LBE1091-.LBB1091
	.byte	0x4
	.uleb128 .LBB1095-.LBB1091
	.uleb128 .LBE1095-.LBB1091
	.byte	0x4
	.uleb128 .LBB1096-.LBB1091
	.uleb128 .LBE1096-.LBB1091
	.byte	0
.LLRL682:
	.byte	0x5
	.quad	.LBB1111
	.byte	0x4
	.uleb128 .LBB1111-.LBB1111
	.uleb128 .LBE1111-.LBB1111
	.byte	0x4
	.uleb128 .LBB1117-.LBB1111
	.uleb128 .LBE1117-.LBB1111
	.byte	0
.LLRL688:
	.byte	0x5
	.quad	.LBB1114
	.byte	0x4
	.uleb128 .LBB1114-.LBB1114
	.uleb128 .LBE1114-.LBB1114
	.byte	0x4
	.uleb128 .LBB1115-.LBB1114
	.uleb128 .LBE1115-.LBB1114
	.byte	0
.LLRL690:
	.byte	0x5
	.quad	.LBB1118
	.byte	0x4
	.uleb128 .LBB1118-.LBB1118
	.uleb128 .LBE1118-.LBB1118
	.byte	0x4
	.uleb128 .LBB1122-.LBB1118
	.uleb128 .LBE1122-.LBB1118
	.byte	0x4
	.uleb128 .LBB1123-.LBB1118
	.uleb128 .LBE1123-.LBB1118
	.byte	0
.LLRL701:
	.byte	0x5
	.quad	.LBB1132
	.byte	0x4
	.uleb128 .LBB1132-.LBB1132
	.uleb128 .LBE1132-.LBB1132
	.byte	0x4
	.uleb128 .LBB1134-.LBB1132
	.uleb128 .LBE1134-.LBB1132
	.byte	0
.LLRL704:
	.byte	0x5
	.quad	.LBB1133
	.byte	0x4
	.uleb128 .LBB1133-.LBB1133
	.uleb128 .LBE1133-.LBB1133
	.byte	0x4
	.uleb128 .LBB1135-.LBB1133
	.uleb128 .LBE1135-.LBB1133
	.byte	0
.LLRL706:
	.byte	0x5
	.quad	.LBB1136
	.byte	0x4
	.uleb128 .LBB1136-.LBB1136
	.uleb128 .LBE1136-.LBB1136
	.byte	0x4
	.uleb128 .LBB1140-.LBB1136
	.uleb128 .LBE1140-.LBB1136
	.byte	0x4
	.uleb128 .LBB1141-.LBB1136
	.uleb128 .LBE1141-.LBB1136
	.byte	0
.LLRL717:
	.byte	0x5
	.quad	.LBB1150
	.byte	0x4
	.uleb128 .LBB1150-.LBB1150
	.uleb128 .LBE1150-.LBB1150
	.byte	0x4
	.uleb128 .LBB1152-.LBB1150
	.uleb128 .LBE1152-.LBB1150
	.byte	0
.LLRL720:
	.byte	0x5
	.quad	.LBB1151
	.byte	0x4
	.uleb128 .LBB1151-.LBB1151
	.uleb128 .LBE1151-.LBB1151
	.byte	0x4
	.uleb128 .LBB1153-.LBB1151
	.uleb128 .LBE1153-.LBB1151
	.byte	0
.LLRL722:
	.byte	0x5
	.quad	.LBB1154
	.byte	0x4
	.uleb128 .LBB1154-.LBB1154
	.uleb128 .LBE1154-.LBB1154
	.byte	0x4
	.uleb128 .LBB1158-.LBB1154
	.uleb128 .LBE1158-.LBB1154
	.byte	0x4
	.uleb128 .LBB1159-.LBB1154
	.uleb128 .LBE1159-.LBB1154
	.byte	0
.LLRL729:
	.byte	0x5
	.quad	.LBB1168
	.byte	0x4
	.uleb128 .LBB1168-.LBB1168
	.uleb128 .LBE1168-.LBB1168
	.byte	0x4
	.uleb128 .LBB1190-.LBB1168
	.uleb128 .LBE1190-.LBB1168
	.byte	0x4
	.uleb128 .LBB1191-.LBB1168
	.uleb128 .LBE1191-.LBB1168
	.byte	0x4
	.uleb128 .LBB1192-.LBB1168
	.uleb128 .LBE1192-.LBB1168
	.byte	0x4
	.uleb128 .LBB1193-.LBB1168
	.uleb128 .LBE1193-.LBB1168
	.byte	0x4
	.uleb128 .LBB1194-.LBB1168
	.uleb128 .LBE1194-.LBB1168
	.byte	0x4
	.uleb128 .LBB1199-.LBB1168
	.uleb128 .LBE1199-.LBB1168
	.byte	0
.LLRL734:
	.byte	0x5
	.quad	.LBB1170
	.byte	0x4
	.uleb128 .LBB1170-.LBB1170
	.uleb128 .LBE1170-.LBB1170
	.byte	0x4
	.uleb128 .LBB1171-.LBB1170
	.uleb128 .LBE1171-.LBB1170
	.byte	0x4
	.uleb128 .LBB1174-.LBB1170
	.uleb128 .LBE1174-.LBB1170
	.byte	0x4
	.uleb128 .LBB1175-.LBB1170
	.uleb128 .LBE1175-.LBB1170
	.byte	0
.LLRL737:
	.byte	0x5
	.quad	.LBB1172
	.byte	0x4
	.uleb128 .LBB1172-.LBB1172
	.uleb128 .LBE1172-.LBB1172
	.byte	0x4
	.uleb128 .LBB1173-.LBB1172
	.uleb128 .LBE1173-.LBB1172
	.byte	0x4
	.uleb128 .LBB1176-.LBB1172
	.uleb128 .LBE1176-.LBB1172
	.byte	0x4
	.uleb128 .LBB1177-.LBB1172
	.uleb128 .LBE1177-.LBB1172
	.byte	0
.LLRL739:
	.byte	0x5
	.quad	.LBB1178
	.byte	0x4
	.uleb128 .LBB1178-.LBB1178
	.uleb128 .LBE1178-.LBB1178
	.byte	0x4
	.uleb128 .LBB1182-.LBB1178
	.uleb128 .LBE1182-.LBB1178
	.byte	0x4
	.uleb128 .LBB1183-.LBB1178
	.uleb128 .LBE1183-.LBB1178
	.byte	0
.LLRL743:
	.byte	0x5
	.quad	.LBB1195
	.byte	0x4
	.uleb128 .LBB1195-.LBB1195
	.uleb128 .LBE1195-.LBB1195
	.byte	0x4
	.uleb128 .LBB1198-.LBB1195
	.uleb128 .LBE1198-.LBB1195
	.byte	0
.LLRL750:
	.byte	0x5
	.quad	.LBB1208
	.byte	0x4
	.uleb128 .LBB1208-.LBB1208
	.uleb128 .LBE1208-.LBB1208
	.byte	0x4
	.uleb128 .LBB1214-.LBB1208
	.uleb128 .LBE1214-.LBB1208
	.byte	0
.LLRL756:
	.byte	0x5
	.quad	.LBB1211
	.byte	0x4
	.uleb128 .LBB1211-.LBB1211
	.uleb128 .LBE1211-.LBB1211
	.byte	0x4
	.uleb128 .LBB1212-.LBB1211
	.uleb128 .LBE1212-.LBB1211
	.byte	0
.LLRL758:
	.byte	0x5
	.quad	.LBB1215
	.byte	0x4
	.uleb128 .LBB1215-.LBB1215
	.uleb128 .LBE1215-.LBB1215
	.byte	0x4
	.uleb128 .LBB1219-.LBB1215
	.uleb128 .LBE1219-.LBB1215
	.byte	0x4
	.uleb128 .LBB1220-.LBB1215
	.uleb128 .LBE1220-.LBB1215
	.byte	0
.LLRL762:
	.byte	0x5
	.quad	.LBB1221
	.byte	0x4
	.uleb128 .LBB1221-.LBB1221
	.uleb128 .LBE1221-.LBB1221
	.byte	0x4
	.uleb128 .LBB1225-.LBB1221
	.uleb128 .LBE1225-.LBB1221
	.byte	0x4
	.uleb128 .LBB1226-.LBB1221
	.uleb128 .LBE1226-.LBB1221
	.byte	0
.LLRL769:
	.byte	0x5
	.quad	.LBB1235
	.byte	0x4
	.uleb128 .LBB1235-.LBB1235
	.uleb128 .LBE1235-.LBB1235
	.byte	0x4
	.uleb128 .LBB1241-.LBB1235
	.uleb128 .LBE1241-.LBB1235
	.byte	0
.LLRL775:
	.byte	0x5
	.quad	.LBB1238
	.byte	0x4
	.uleb128 .LBB1238-.LBB1238
	.uleb128 .LBE1238-.LBB1238
	.byte	0x4
	.uleb128 .LBB1239-.LBB1238
	.uleb128 .LBE1239-.LBB1238
	.byte	0
.LLRL777:
	.byte	0x5
	.quad	.LBB1242
	.byte	0x4
	.uleb128 .LBB1242-.LBB1242
	.uleb128 .LBE1242-.LBB1242
	.byte	0x4
	.uleb128 .LBB1246-.LBB1242
	.uleb128 .LBE1246-.LBB1242
	.byte	0x4
	.uleb128 .LBB1247-.LBB1242
	.uleb128 .LBE1247-.LBB1242
	.byte	0
.LLRL781:
	.byte	0x5
	.quad	.LBB1248
	.byte	0x4
	.uleb128 .LBB1248-.LBB1248
	.uleb128 .LBE1248-.LBB1248
	.byte	0x4
	.uleb128 .LBB1252-.LBB1248
	.uleb128 .LBE1252-.LBB1248
	.byte	0x4
	.uleb128 .LBB1253-.LBB1248
	.uleb128 .LBE1253-.LBB1248
	.byte	0
.LLRL788:
	.byte	0x5
	.quad	.LBB1261
	.byte	0x4
	.uleb128 .LBB1261-.LBB1261
	.uleb128 .LBE1261-.LBB1261
	.byte	0x4
	.uleb128 .LBB1273-.LBB1261
	.uleb128 .LBE1273-.LBB1261
	.byte	0x4
	.uleb128 .LBB1280-.LBB1261
	.uleb128 .LBE1280-.LBB1261
	.byte	0
.LLRL793:
	.byte	0x5
	.quad	.LBB1263
	.byte	0x4
	.uleb128 .LBB1263-.LBB1263
	.uleb128 .LBE1263-.LBB1263
	.byte	0x4
	.uleb128 .LBB1264-.LBB1263
	.uleb128 .LBE1264-.LBB1263
	.byte	0
.LLRL795:
	.byte	0x5
	.quad	.LBB1265
	.byte	0x4
	.uleb128 .LBB1265-.LBB1265
	.uleb128 .LBE1265-.LBB1265
	.byte	0x4
	.uleb128 .LBB1269-.LBB1265
	.uleb128 .LBE1269-.LBB1265
	.byte	0x4
	.uleb128 .LBB1270-.LBB1265
	.uleb128 .LBE1270-.LBB1265
	.byte	0
.LLRL799:
	.byte	0x5
	.quad	.LBB1274
	.byte	0x4
	.uleb128 .LBB1274-.LBB1274
	.uleb128 .LBE1274-.LBB1274
	.byte	0x4
	.uleb128 .LBB1278-.LBB1274
	.uleb128 .LBE1278-.LBB1274
	.byte	0x4
	.uleb128 .LBB1279-.LBB1274
	.uleb128 .LBE1279-.LBB1274
	.byte	0
.LLRL806:
	.byte	0x5
	.quad	.LBB1289
	.byte	0x4
	.uleb128 .LBB1289-.LBB1289
	.uleb128 .LBE1289-.LBB1289
	.byte	0x4
	.uleb128 .LBB1304-.LBB1289
	.uleb128 .LBE1304-.LBB1289
	.byte	0
.LLRL814:
	.byte	0x5
	.quad	.LBB1293
	.byte	0x4
	.uleb128 .LBB1293-.LBB1293
	.uleb128 .LBE1293-.LBB1293
	.byte	0x4
	.uleb128 .LBB1297-.LBB1293
	.uleb128 .LBE1297-.LBB1293
	.byte	0x4
	.uleb128 .LBB1298-.LBB1293
	.uleb128 .LBE1298-.LBB1293
	.byte	0
.LLRL818:
	.byte	0x5
	.quad	.LBB1300
	.byte	0x4
	.uleb128 .LBB1300-.LBB1300
	.uleb128 .LBE1300-.LBB1300
	.byte	0x4
	.uleb128 .LBB1303-.LBB1300
	.uleb128 .LBE1303-.LBB1300
	.byte	0
.LLRL825:
	.byte	0x5
	.quad	.LBB1312
	.byte	0x4
	.uleb128 .LBB1312-.LBB1312
	.uleb128 .LBE1312-.LBB1312
	.byte	0x4
	.uleb128 .LBB1324-.LBB1312
	.uleb128 .LBE1324-.LBB1312
	.byte	0x4
	.uleb128 .LBB1331-.LBB1312
	.uleb128 .LBE1331-.LBB1312
	.byte	0
.LLRL830:
	.byte	0x5
	.quad	.LBB1314
	.byte	0x4
	.uleb128 .LBB1314-.LBB1314
	.uleb128 .LBE1314-.LBB1314
	.byte	0x4
	.uleb128 .LBB1315-.LBB1314
	.uleb128 .LBE1315-.LBB1314
	.byte	0
.LLRL832:
	.byte	0x5
	.quad	.LBB1316
	.byte	0x4
	.uleb128 .LBB1316-.LBB1316
	.uleb128 .LBE1316-.LBB1316
	.byte	0x4
	.uleb128 .LBB1320-.LBB1316
	.uleb128 .LBE1320-.LBB1316
	.byte	0x4
	.uleb128 .LBB1321-.LBB1316
	.uleb128 .LBE1321-.LBB1316
	.byte	0
.LLRL836:
	.byte	0x5
	.quad	.LBB1325
	.byte	0x4
	.uleb128 .LBB1325-.LBB1325
	.uleb128 .LBE1325-.LBB1325
	.byte	0x4
	.uleb128 .LBB1329-.LBB1325
	.uleb128 .LBE1329-.LBB1325
	.byte	0x4
	.uleb128 .LBB1330-.LBB1325
	.uleb128 .LBE1330-.LBB1325
	.byte	0
.LLRL840:
	.byte	0x7
	.quad	.Ltext0
	.uleb128 .Letext0-.Ltext0
	.byte	0
.Ldebug_ranges3:
	.section	.debug_line,"",@progbits
.Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
.LASF519:
	.string	"dl_trap_119"
.LASF125:
	.string	"OPND_INT"
.LASF464:
	.string	"dl_dispatch_156"
.LASF100:
	.string	"OP_NEG"
.LASF162:
	.string	"ST_OUTPUT"
.LASF11:
	.string	"size_t"
.LASF314:
	.string	"pass"
.LASF431:
	.string	"body_JMP"
.LASF84:
	.string	"cell"
.LASF34:
	.string	"__jmp_buf_tag"
.LASF459:
	.string	"dl_trap_161"
.LASF67:
	.string	"_IO_codecvt"
.LASF131:
	.string	"FLOW_CALL"
.LASF26:
	.string	"int32_t"
.LASF348:
	.string	"dl_handler_PRINT_241"
.LASF190:
	.string	"POPS_DUP"
.LASF376:
	.string	"dl_checked_RET_217"
.LASF406:
	.string	"dl_handler_JNZ_198"
.LASF194:
	.string	"PUSHES_SWAP"
.LASF47:
	.string	"_IO_save_end"
.LASF133:
	.string	"FLOW_STOP"
.LASF274:
	.string	"POPS_STORE"
.LASF283:
	.string	"native"
.LASF648:
	.string	"dl_checked_DUP_23"
.LASF301:
	.string	"codegen_map"
.LASF127:
	.string	"flow"
.LASF205:
	.string	"POPS_SUB"
.LASF407:
	.string	"body_JNZ"
.LASF532:
	.string	"dl_handler_OR_108"
.LASF40:
	.string	"_IO_write_base"
.LASF412:
	.string	"dl_checked_JZ_190"
.LASF462:
	.string	"dl_handler_LE_157"
.LASF209:
	.string	"PUSHES_MUL"
.LASF655:
	.string	"body_DUP"
.LASF72:
	.string	"PIECE_ENTRY"
.LASF261:
	.string	"FLOW_OF_JZ"
.LASF292:
	.string	"dispatcher_subroutine"
.LASF182:
	.string	"PUSHES_NOP"
.LASF80:
	.string	"piece"
.LASF56:
	.string	"_lock"
.LASF221:
	.string	"PUSHES_NOT"
.LASF502:
	.string	"dl_handler_SHR_129"
.LASF238:
	.string	"POPS_EQ"
.LASF388:
	.string	"dl_checked_CALL_208"
.LASF605:
	.string	"body_SUB"
.LASF122:
	.string	"OP__COUNT"
.LASF315:
	.string	"emit_flow"
.LASF309:
	.string	"target"
.LASF230:
	.string	"PUSHES_XOR"
.LASF45:
	.string	"_IO_save_base"
.LASF511:
	.string	"op_SHL"
.LASF278:
	.string	"PUSHES_PRINT"
.LASF501:
	.string	"op_SHR"
.LASF270:
	.string	"FLOW_OF_RET"
.LASF383:
	.string	"body_RET"
.LASF391:
	.string	"dl_trap_211"
.LASF577:
	.string	"dl_checked_DIV_73"
.LASF155:
	.string	"ST_DIV_ZERO"
.LASF385:
	.string	"dl_trap_214"
.LASF614:
	.string	"dl_handler_ADD_50"
.LASF49:
	.string	"_chain"
.LASF377:
	.string	"dl_trap_218"
.LASF145:
	.string	"program"
.LASF571:
	.string	"op_MOD"
.LASF436:
	.string	"dl_checked_GE_172"
.LASF53:
	.string	"_cur_column"
.LASF635:
	.string	"body_OVER"
.LASF203:
	.string	"PUSHES_ADD"
.LASF387:
	.string	"op_C_CALL"
.LASF106:
	.string	"OP_SHR"
.LASF371:
	.string	"dl_handler_LOAD_224"
.LASF82:
	.string	"kind"
.LASF17:
	.string	"__uint8_t"
.LASF156:
	.string	"ST_UNDERFLOW"
.LASF623:
	.string	"op_ROT"
.LASF615:
	.string	"body_ADD"
.LASF98:
	.string	"OP_DIV"
.LASF163:
	.string	"result"
.LASF99:
	.string	"OP_MOD"
.LASF168:
	.string	"rstack"
.LASF216:
	.string	"FLOW_OF_MOD"
.LASF335:
	.string	"op_HALT"
.LASF386:
	.string	"dl_dispatch_215"
.LASF253:
	.string	"POPS_GE"
.LASF94:
	.string	"OP_ROT"
.LASF3:
	.string	"long int"
.LASF250:
	.string	"POPS_GT"
.LASF269:
	.string	"PUSHES_RET"
.LASF659:
	.string	"dl_trap_17"
.LASF661:
	.string	"dl_trap_19"
.LASF66:
	.string	"_IO_marker"
.LASF277:
	.string	"POPS_PRINT"
.LASF588:
	.string	"dl_checked_MUL_65"
.LASF604:
	.string	"dl_handler_SUB_57"
.LASF364:
	.string	"op_C_LOAD"
.LASF619:
	.string	"dl_trap_45"
.LASF587:
	.string	"op_C_MUL"
.LASF366:
	.string	"dl_trap_226"
.LASF81:
	.string	"copy"
.LASF254:
	.string	"PUSHES_GE"
.LASF677:
	.string	"op_C_NOP"
.LASF166:
	.string	"error"
.LASF545:
	.string	"op_C_NOT"
.LASF249:
	.string	"FLOW_OF_LE"
.LASF492:
	.string	"dl_handler_EQ_136"
.LASF338:
	.string	"body_HALT"
.LASF107:
	.string	"OP_EQ"
.LASF307:
	.string	"codegen_describe"
.LASF607:
	.string	"op_C_ADD"
.LASF668:
	.string	"dl_checked_PUSH_9"
.LASF223:
	.string	"POPS_AND"
.LASF395:
	.string	"body_CALL"
.LASF657:
	.string	"op_C_DROP"
.LASF665:
	.string	"body_DROP"
.LASF544:
	.string	"dl_dispatch_100"
.LASF322:
	.string	"movabs"
.LASF654:
	.string	"dl_handler_DUP_22"
.LASF257:
	.string	"PUSHES_JMP"
.LASF16:
	.string	"signed char"
.LASF534:
	.string	"dl_dispatch_107"
.LASF30:
	.string	"uint8_t"
.LASF35:
	.string	"_IO_FILE"
.LASF68:
	.string	"_IO_wide_data"
.LASF319:
	.string	"call"
.LASF146:
	.string	"file"
.LASF181:
	.string	"POPS_NOP"
.LASF662:
	.string	"dl_trap_20"
.LASF651:
	.string	"dl_trap_26"
.LASF415:
	.string	"dl_trap_193"
.LASF652:
	.string	"dl_trap_27"
.LASF13:
	.string	"unsigned char"
.LASF515:
	.string	"op_C_XOR"
.LASF409:
	.string	"dl_trap_196"
.LASF60:
	.string	"_freeres_list"
.LASF175:
	.string	"unavailable"
.LASF594:
	.string	"dl_handler_MUL_64"
.LASF627:
	.string	"op_C_OVER"
.LASF524:
	.string	"dl_dispatch_114"
.LASF355:
	.string	"dl_trap_234"
.LASF356:
	.string	"dl_trap_235"
.LASF357:
	.string	"dl_trap_236"
.LASF263:
	.string	"PUSHES_JNZ"
.LASF184:
	.string	"POPS_PUSH"
.LASF138:
	.string	"pushes"
.LASF112:
	.string	"OP_GE"
.LASF89:
	.string	"OP_PUSH"
.LASF259:
	.string	"POPS_JZ"
.LASF71:
	.string	"_Bool"
.LASF111:
	.string	"OP_GT"
.LASF308:
	.string	"from"
.LASF191:
	.string	"PUSHES_DUP"
.LASF290:
	.string	"table"
.LASF284:
	.string	"mapped"
.LASF317:
	.string	"lea_m8"
.LASF25:
	.string	"char"
.LASF610:
	.string	"dl_trap_53"
.LASF504:
	.string	"dl_dispatch_128"
.LASF206:
	.string	"PUSHES_SUB"
.LASF282:
	.string	"FLOW_OF_HALT"
.LASF281:
	.string	"PUSHES_HALT"
.LASF180:
	.string	"describe"
.LASF144:
	.string	"span"
.LASF531:
	.string	"op_OR"
.LASF400:
	.string	"dl_checked_JNZ_199"
.LASF691:
	.string	"_IO_lock_t"
.LASF219:
	.string	"FLOW_OF_NEG"
.LASF640:
	.string	"dl_trap_32"
.LASF646:
	.string	"dl_dispatch_28"
.LASF78:
	.string	"PIECE_SLOW"
.LASF303:
	.string	"calloc"
.LASF174:
	.string	"summary"
.LASF276:
	.string	"FLOW_OF_STORE"
.LASF324:
	.string	"emit_entry"
.LASF171:
	.string	"prog"
.LASF354:
	.string	"dl_checked_STORE_233"
.LASF247:
	.string	"POPS_LE"
.LASF423:
	.string	"op_C_JMP"
.LASF37:
	.string	"_IO_read_ptr"
.LASF690:
	.string	"GNU C11 12.2.0 -mtune=generic -march=x86-64 -g -O2 -std=gnu11 -fcf-protection=none -fno-pie -fasynchronous-unwind-tables"
.LASF305:
	.string	"codegen_unmap"
.LASF556:
	.string	"dl_checked_NEG_88"
.LASF593:
	.string	"op_MUL"
.LASF244:
	.string	"POPS_LT"
.LASF124:
	.string	"OPND_NONE"
.LASF683:
	.string	"op_NOP"
.LASF159:
	.string	"ST_ROVERFLOW"
.LASF551:
	.string	"op_NOT"
.LASF637:
	.string	"op_C_SWAP"
.LASF506:
	.string	"dl_checked_SHL_123"
.LASF674:
	.string	"dl_handler_PUSH_8"
.LASF613:
	.string	"op_ADD"
.LASF97:
	.string	"OP_MUL"
.LASF484:
	.string	"dl_dispatch_142"
.LASF268:
	.string	"POPS_RET"
.LASF416:
	.string	"dl_trap_194"
.LASF75:
	.string	"PIECE_DISPATCH"
.LASF521:
	.string	"op_XOR"
.LASF48:
	.string	"_markers"
.LASF88:
	.string	"OP_NOP"
.LASF493:
	.string	"body_EQ"
.LASF101:
	.string	"OP_NOT"
.LASF143:
	.string	"need"
.LASF170:
	.string	"limit"
.LASF399:
	.string	"op_C_JNZ"
.LASF628:
	.string	"dl_checked_OVER_37"
.LASF193:
	.string	"POPS_SWAP"
.LASF95:
	.string	"OP_ADD"
.LASF632:
	.string	"dl_trap_41"
.LASF360:
	.string	"dl_handler_STORE_232"
.LASF595:
	.string	"body_MUL"
.LASF104:
	.string	"OP_XOR"
.LASF114:
	.string	"OP_JZ"
.LASF621:
	.string	"dl_trap_47"
.LASF622:
	.string	"dl_trap_48"
.LASF546:
	.string	"dl_checked_NOT_95"
.LASF647:
	.string	"op_C_DUP"
.LASF318:
	.string	"lea_p8"
.LASF332:
	.string	"dl_trap_252"
.LASF169:
	.string	"max_steps"
.LASF452:
	.string	"dl_handler_GT_164"
.LASF241:
	.string	"POPS_NE"
.LASF591:
	.string	"dl_trap_68"
.LASF537:
	.string	"dl_trap_103"
.LASF538:
	.string	"dl_trap_104"
.LASF539:
	.string	"dl_trap_105"
.LASF540:
	.string	"dl_trap_106"
.LASF418:
	.string	"dl_handler_JZ_189"
.LASF382:
	.string	"dl_handler_RET_216"
.LASF57:
	.string	"_offset"
.LASF491:
	.string	"op_EQ"
.LASF234:
	.string	"FLOW_OF_SHL"
.LASF237:
	.string	"FLOW_OF_SHR"
.LASF454:
	.string	"dl_dispatch_163"
.LASF443:
	.string	"body_GE"
.LASF429:
	.string	"op_JMP"
.LASF476:
	.string	"dl_checked_NE_144"
.LASF398:
	.string	"dl_dispatch_206"
.LASF512:
	.string	"dl_handler_SHL_122"
.LASF453:
	.string	"body_GT"
.LASF527:
	.string	"dl_trap_110"
.LASF529:
	.string	"dl_trap_112"
.LASF22:
	.string	"__uint64_t"
.LASF213:
	.string	"FLOW_OF_DIV"
.LASF517:
	.string	"dl_trap_117"
.LASF226:
	.string	"POPS_OR"
.LASF110:
	.string	"OP_LE"
.LASF633:
	.string	"op_OVER"
.LASF2:
	.string	"long unsigned int"
.LASF265:
	.string	"POPS_CALL"
.LASF224:
	.string	"PUSHES_AND"
.LASF271:
	.string	"POPS_LOAD"
.LASF109:
	.string	"OP_LT"
.LASF611:
	.string	"dl_trap_54"
.LASF612:
	.string	"dl_trap_55"
.LASF116:
	.string	"OP_CALL"
.LASF51:
	.string	"_flags2"
.LASF310:
	.string	"retry"
.LASF485:
	.string	"op_C_EQ"
.LASF118:
	.string	"OP_LOAD"
.LASF201:
	.string	"FLOW_OF_ROT"
.LASF496:
	.string	"dl_checked_SHR_130"
.LASF39:
	.string	"_IO_read_base"
.LASF444:
	.string	"dl_dispatch_170"
.LASF673:
	.string	"op_PUSH"
.LASF394:
	.string	"dl_handler_CALL_207"
.LASF434:
	.string	"dl_dispatch_179"
.LASF149:
	.string	"line"
.LASF359:
	.string	"op_STORE"
.LASF669:
	.string	"dl_trap_10"
.LASF670:
	.string	"dl_trap_11"
.LASF671:
	.string	"dl_trap_12"
.LASF672:
	.string	"dl_trap_13"
.LASF520:
	.string	"dl_trap_120"
.LASF64:
	.string	"_unused2"
.LASF660:
	.string	"dl_trap_18"
.LASF507:
	.string	"dl_trap_124"
.LASF508:
	.string	"dl_trap_125"
.LASF509:
	.string	"dl_trap_126"
.LASF510:
	.string	"dl_trap_127"
.LASF151:
	.string	"nlabels"
.LASF187:
	.string	"POPS_DROP"
.LASF8:
	.string	"__mask_was_saved"
.LASF33:
	.string	"uintptr_t"
.LASF441:
	.string	"op_GE"
.LASF90:
	.string	"OP_DROP"
.LASF567:
	.string	"dl_trap_82"
.LASF689:
	.string	"read_int"
.LASF293:
	.string	"x86_rel32"
.LASF326:
	.string	"handler_arg"
.LASF656:
	.string	"dl_dispatch_21"
.LASF323:
	.string	"emit_machine"
.LASF52:
	.string	"_old_offset"
.LASF113:
	.string	"OP_JMP"
.LASF422:
	.string	"dl_dispatch_188"
.LASF374:
	.string	"dl_dispatch_223"
.LASF361:
	.string	"body_STORE"
.LASF649:
	.string	"dl_trap_24"
.LASF650:
	.string	"dl_trap_25"
.LASF497:
	.string	"dl_trap_131"
.LASF498:
	.string	"dl_trap_132"
.LASF499:
	.string	"dl_trap_133"
.LASF500:
	.string	"dl_trap_134"
.LASF487:
	.string	"dl_trap_138"
.LASF108:
	.string	"OP_NE"
.LASF451:
	.string	"op_GT"
.LASF316:
	.string	"test_jnz"
.LASF298:
	.string	"vm_stop"
.LASF196:
	.string	"POPS_OVER"
.LASF255:
	.string	"FLOW_OF_GE"
.LASF321:
	.string	"emit_arg"
.LASF435:
	.string	"op_C_GE"
.LASF405:
	.string	"op_JNZ"
.LASF561:
	.string	"op_NEG"
.LASF589:
	.string	"dl_trap_66"
.LASF93:
	.string	"OP_OVER"
.LASF20:
	.string	"__uint32_t"
.LASF592:
	.string	"dl_trap_69"
.LASF445:
	.string	"op_C_GT"
.LASF450:
	.string	"dl_trap_169"
.LASF653:
	.string	"op_DUP"
.LASF178:
	.string	"prepare_failure"
.LASF12:
	.string	"long long int"
.LASF320:
	.string	"emit_call_handler"
.LASF676:
	.string	"dl_dispatch_7"
.LASF86:
	.string	"piece_kind"
.LASF410:
	.string	"dl_dispatch_197"
.LASF363:
	.string	"dl_dispatch_231"
.LASF466:
	.string	"dl_checked_LT_151"
.LASF639:
	.string	"dl_trap_31"
.LASF115:
	.string	"OP_JNZ"
.LASF641:
	.string	"dl_trap_33"
.LASF642:
	.string	"dl_trap_34"
.LASF489:
	.string	"dl_trap_140"
.LASF490:
	.string	"dl_trap_141"
.LASF629:
	.string	"dl_trap_38"
.LASF630:
	.string	"dl_trap_39"
.LASF152:
	.string	"proven"
.LASF478:
	.string	"dl_trap_146"
.LASF479:
	.string	"dl_trap_147"
.LASF480:
	.string	"dl_trap_148"
.LASF103:
	.string	"OP_OR"
.LASF603:
	.string	"op_SUB"
.LASF535:
	.string	"op_C_AND"
.LASF42:
	.string	"_IO_write_end"
.LASF217:
	.string	"POPS_NEG"
.LASF666:
	.string	"dl_dispatch_14"
.LASF644:
	.string	"dl_handler_SWAP_29"
.LASF142:
	.string	"frame"
.LASF161:
	.string	"ST_STEPS"
.LASF616:
	.string	"dl_dispatch_49"
.LASF352:
	.string	"dl_dispatch_240"
.LASF686:
	.string	"dl_dispatch_0"
.LASF631:
	.string	"dl_trap_40"
.LASF96:
	.string	"OP_SUB"
.LASF340:
	.string	"dl_dispatch_248"
.LASF262:
	.string	"POPS_JNZ"
.LASF620:
	.string	"dl_trap_46"
.LASF467:
	.string	"dl_trap_152"
.LASF468:
	.string	"dl_trap_153"
.LASF469:
	.string	"dl_trap_154"
.LASF470:
	.string	"dl_trap_155"
.LASF157:
	.string	"ST_OVERFLOW"
.LASF457:
	.string	"dl_trap_159"
.LASF126:
	.string	"OPND_LABEL"
.LASF148:
	.string	"count"
.LASF69:
	.string	"emit"
.LASF608:
	.string	"dl_checked_ADD_51"
.LASF287:
	.string	"budget"
.LASF183:
	.string	"FLOW_OF_NOP"
.LASF312:
	.string	"prepared"
.LASF580:
	.string	"dl_trap_76"
.LASF43:
	.string	"_IO_buf_base"
.LASF581:
	.string	"dl_trap_77"
.LASF563:
	.string	"body_NEG"
.LASF574:
	.string	"dl_trap_78"
.LASF15:
	.string	"unsigned int"
.LASF91:
	.string	"OP_DUP"
.LASF624:
	.string	"dl_handler_ROT_43"
.LASF417:
	.string	"op_JZ"
.LASF463:
	.string	"body_LE"
.LASF569:
	.string	"dl_trap_84"
.LASF626:
	.string	"dl_dispatch_42"
.LASF609:
	.string	"dl_trap_52"
.LASF239:
	.string	"PUSHES_EQ"
.LASF473:
	.string	"body_LT"
.LASF458:
	.string	"dl_trap_160"
.LASF186:
	.string	"FLOW_OF_PUSH"
.LASF460:
	.string	"dl_trap_162"
.LASF599:
	.string	"dl_trap_59"
.LASF447:
	.string	"dl_trap_166"
.LASF448:
	.string	"dl_trap_167"
.LASF449:
	.string	"dl_trap_168"
.LASF401:
	.string	"dl_trap_200"
.LASF402:
	.string	"dl_trap_201"
.LASF403:
	.string	"dl_trap_202"
.LASF404:
	.string	"dl_trap_203"
.LASF62:
	.string	"__pad5"
.LASF397:
	.string	"dl_trap_205"
.LASF92:
	.string	"OP_SWAP"
.LASF597:
	.string	"op_C_SUB"
.LASF389:
	.string	"dl_trap_209"
.LASF288:
	.string	"flag"
.LASF658:
	.string	"dl_checked_DROP_16"
.LASF440:
	.string	"dl_trap_176"
.LASF139:
	.string	"effect"
.LASF636:
	.string	"dl_dispatch_35"
.LASF134:
	.string	"opinfo"
.LASF349:
	.string	"body_PRINT"
.LASF411:
	.string	"op_C_JZ"
.LASF150:
	.string	"labels"
.LASF164:
	.string	"total"
.LASF36:
	.string	"_flags"
.LASF600:
	.string	"dl_trap_60"
.LASF601:
	.string	"dl_trap_61"
.LASF602:
	.string	"dl_trap_62"
.LASF141:
	.string	"offset"
.LASF393:
	.string	"op_CALL"
.LASF590:
	.string	"dl_trap_67"
.LASF437:
	.string	"dl_trap_173"
.LASF438:
	.string	"dl_trap_174"
.LASF439:
	.string	"dl_trap_175"
.LASF289:
	.string	"label_operand"
.LASF370:
	.string	"op_LOAD"
.LASF433:
	.string	"dl_trap_178"
.LASF390:
	.string	"dl_trap_210"
.LASF325:
	.string	"native_prepare"
.LASF392:
	.string	"dl_trap_212"
.LASF9:
	.string	"__saved_mask"
.LASF63:
	.string	"_mode"
.LASF638:
	.string	"dl_checked_SWAP_30"
.LASF210:
	.string	"FLOW_OF_MUL"
.LASF378:
	.string	"dl_trap_219"
.LASF7:
	.string	"__jmpbuf"
.LASF396:
	.string	"dl_count_204"
.LASF568:
	.string	"dl_trap_83"
.LASF461:
	.string	"op_LE"
.LASF570:
	.string	"dl_trap_85"
.LASF58:
	.string	"_codecvt"
.LASF222:
	.string	"FLOW_OF_NOT"
.LASF557:
	.string	"dl_trap_89"
.LASF4:
	.string	"__jmp_buf"
.LASF471:
	.string	"op_LT"
.LASF486:
	.string	"dl_checked_EQ_137"
.LASF160:
	.string	"ST_ADDRESS"
.LASF179:
	.string	"slow_prepare"
.LASF483:
	.string	"body_NE"
.LASF232:
	.string	"POPS_SHL"
.LASF204:
	.string	"FLOW_OF_ADD"
.LASF129:
	.string	"FLOW_JUMP"
.LASF235:
	.string	"POPS_SHR"
.LASF585:
	.string	"dl_trap_70"
.LASF294:
	.string	"x86_call"
.LASF231:
	.string	"FLOW_OF_XOR"
.LASF578:
	.string	"dl_trap_74"
.LASF579:
	.string	"dl_trap_75"
.LASF251:
	.string	"PUSHES_GT"
.LASF425:
	.string	"dl_trap_182"
.LASF426:
	.string	"dl_trap_183"
.LASF427:
	.string	"dl_trap_184"
.LASF77:
	.string	"PIECE_FAST"
.LASF421:
	.string	"dl_trap_187"
.LASF379:
	.string	"dl_trap_220"
.LASF380:
	.string	"dl_trap_221"
.LASF373:
	.string	"dl_trap_222"
.LASF29:
	.string	"long double"
.LASF367:
	.string	"dl_trap_227"
.LASF368:
	.string	"dl_trap_228"
.LASF369:
	.string	"dl_trap_229"
.LASF214:
	.string	"POPS_MOD"
.LASF384:
	.string	"dl_count_213"
.LASF455:
	.string	"op_C_LE"
.LASF522:
	.string	"dl_handler_XOR_115"
.LASF432:
	.string	"dl_count_177"
.LASF158:
	.string	"ST_RET_EMPTY"
.LASF246:
	.string	"FLOW_OF_LT"
.LASF679:
	.string	"dl_trap_3"
.LASF465:
	.string	"op_C_LT"
.LASF65:
	.string	"FILE"
.LASF372:
	.string	"body_LOAD"
.LASF375:
	.string	"op_C_RET"
.LASF560:
	.string	"dl_trap_92"
.LASF664:
	.string	"dl_handler_DROP_15"
.LASF583:
	.string	"dl_handler_DIV_72"
.LASF199:
	.string	"POPS_ROT"
.LASF313:
	.string	"entry"
.LASF606:
	.string	"dl_dispatch_56"
.LASF503:
	.string	"body_SHR"
.LASF533:
	.string	"body_OR"
.LASF549:
	.string	"dl_trap_98"
.LASF279:
	.string	"FLOW_OF_PRINT"
.LASF413:
	.string	"dl_trap_191"
.LASF414:
	.string	"dl_trap_192"
.LASF299:
	.string	"emit_here"
.LASF362:
	.string	"dl_trap_230"
.LASF297:
	.string	"longjmp"
.LASF358:
	.string	"dl_trap_237"
.LASF350:
	.string	"dl_trap_238"
.LASF351:
	.string	"dl_trap_239"
.LASF102:
	.string	"OP_AND"
.LASF573:
	.string	"body_MOD"
.LASF233:
	.string	"PUSHES_SHL"
.LASF481:
	.string	"op_NE"
.LASF428:
	.string	"dl_trap_185"
.LASF76:
	.string	"PIECE_BRANCH"
.LASF136:
	.string	"size"
.LASF596:
	.string	"dl_dispatch_63"
.LASF28:
	.string	"long long unsigned int"
.LASF584:
	.string	"body_DIV"
.LASF87:
	.string	"opcode"
.LASF419:
	.string	"body_JZ"
.LASF566:
	.string	"dl_checked_MOD_81"
.LASF513:
	.string	"body_SHL"
.LASF329:
	.string	"op_C_HALT"
.LASF692:
	.string	"codegen_unavailable"
.LASF625:
	.string	"body_ROT"
.LASF528:
	.string	"dl_trap_111"
.LASF542:
	.string	"dl_handler_AND_101"
.LASF23:
	.string	"__off_t"
.LASF558:
	.string	"dl_trap_90"
.LASF559:
	.string	"dl_trap_91"
.LASF215:
	.string	"PUSHES_MOD"
.LASF547:
	.string	"dl_trap_96"
.LASF548:
	.string	"dl_trap_97"
.LASF518:
	.string	"dl_trap_118"
.LASF550:
	.string	"dl_trap_99"
.LASF10:
	.string	"jmp_buf"
.LASF185:
	.string	"PUSHES_PUSH"
.LASF343:
	.string	"dl_trap_243"
.LASF344:
	.string	"dl_trap_244"
.LASF345:
	.string	"dl_trap_245"
.LASF346:
	.string	"dl_trap_246"
.LASF339:
	.string	"dl_trap_247"
.LASF582:
	.string	"op_DIV"
.LASF243:
	.string	"FLOW_OF_NE"
.LASF475:
	.string	"op_C_NE"
.LASF420:
	.string	"dl_count_186"
.LASF61:
	.string	"_freeres_buf"
.LASF586:
	.string	"dl_dispatch_71"
.LASF85:
	.string	"ucell"
.LASF176:
	.string	"prepare"
.LASF575:
	.string	"dl_dispatch_79"
.LASF684:
	.string	"dl_handler_NOP_1"
.LASF311:
	.string	"emit_program"
.LASF300:
	.string	"codegen_seal"
.LASF442:
	.string	"dl_handler_GE_171"
.LASF121:
	.string	"OP_HALT"
.LASF576:
	.string	"op_C_DIV"
.LASF240:
	.string	"FLOW_OF_EQ"
.LASF330:
	.string	"THIS_OP"
.LASF137:
	.string	"pops"
.LASF472:
	.string	"dl_handler_LT_150"
.LASF260:
	.string	"PUSHES_JZ"
.LASF495:
	.string	"op_C_SHR"
.LASF331:
	.string	"dl_trap_251"
.LASF218:
	.string	"PUSHES_NEG"
.LASF333:
	.string	"dl_trap_253"
.LASF334:
	.string	"dl_trap_254"
.LASF267:
	.string	"FLOW_OF_CALL"
.LASF258:
	.string	"FLOW_OF_JMP"
.LASF46:
	.string	"_IO_backup_base"
.LASF328:
	.string	"add_piece"
.LASF55:
	.string	"_shortbuf"
.LASF228:
	.string	"FLOW_OF_OR"
.LASF525:
	.string	"op_C_OR"
.LASF564:
	.string	"dl_dispatch_86"
.LASF643:
	.string	"op_SWAP"
.LASF302:
	.string	"malloc"
.LASF83:
	.string	"handler"
.LASF24:
	.string	"__off64_t"
.LASF147:
	.string	"code"
.LASF482:
	.string	"dl_handler_NE_143"
.LASF336:
	.string	"dl_checked_HALT_250"
.LASF211:
	.string	"POPS_DIV"
.LASF675:
	.string	"body_PUSH"
.LASF189:
	.string	"FLOW_OF_DROP"
.LASF105:
	.string	"OP_SHL"
.LASF408:
	.string	"dl_count_195"
.LASF264:
	.string	"FLOW_OF_JNZ"
.LASF543:
	.string	"body_AND"
.LASF554:
	.string	"dl_dispatch_93"
.LASF44:
	.string	"_IO_buf_end"
.LASF128:
	.string	"FLOW_NEXT"
.LASF248:
	.string	"PUSHES_LE"
.LASF514:
	.string	"dl_dispatch_121"
.LASF381:
	.string	"op_RET"
.LASF135:
	.string	"name"
.LASF192:
	.string	"FLOW_OF_DUP"
.LASF245:
	.string	"PUSHES_LT"
.LASF688:
	.string	"read_label"
.LASF347:
	.string	"op_PRINT"
.LASF680:
	.string	"dl_trap_4"
.LASF681:
	.string	"dl_trap_5"
.LASF188:
	.string	"PUSHES_DROP"
.LASF682:
	.string	"dl_trap_6"
.LASF645:
	.string	"body_SWAP"
.LASF446:
	.string	"dl_checked_GT_165"
.LASF198:
	.string	"FLOW_OF_OVER"
.LASF18:
	.string	"short int"
.LASF207:
	.string	"FLOW_OF_SUB"
.LASF117:
	.string	"OP_RET"
.LASF32:
	.string	"uint64_t"
.LASF526:
	.string	"dl_checked_OR_109"
.LASF337:
	.string	"dl_handler_HALT_249"
.LASF456:
	.string	"dl_checked_LE_158"
.LASF488:
	.string	"dl_trap_139"
.LASF678:
	.string	"dl_checked_NOP_2"
.LASF54:
	.string	"_vtable_offset"
.LASF167:
	.string	"stack"
.LASF306:
	.string	"_setjmp"
.LASF555:
	.string	"op_C_NEG"
.LASF663:
	.string	"op_DROP"
.LASF208:
	.string	"POPS_MUL"
.LASF74:
	.string	"PIECE_COPY"
.LASF236:
	.string	"PUSHES_SHR"
.LASF6:
	.string	"__val"
.LASF353:
	.string	"op_C_STORE"
.LASF220:
	.string	"POPS_NOT"
.LASF424:
	.string	"dl_checked_JMP_181"
.LASF79:
	.string	"PIECE_ENGINE"
.LASF119:
	.string	"OP_STORE"
.LASF242:
	.string	"PUSHES_NE"
.LASF572:
	.string	"dl_handler_MOD_80"
.LASF212:
	.string	"PUSHES_DIV"
.LASF202:
	.string	"POPS_ADD"
.LASF252:
	.string	"FLOW_OF_GT"
.LASF494:
	.string	"dl_dispatch_135"
.LASF562:
	.string	"dl_handler_NEG_87"
.LASF21:
	.string	"__int64_t"
.LASF229:
	.string	"POPS_XOR"
.LASF285:
	.string	"npieces"
.LASF266:
	.string	"PUSHES_CALL"
.LASF200:
	.string	"PUSHES_ROT"
.LASF272:
	.string	"PUSHES_LOAD"
.LASF273:
	.string	"FLOW_OF_LOAD"
.LASF38:
	.string	"_IO_read_end"
.LASF685:
	.string	"body_NOP"
.LASF553:
	.string	"body_NOT"
.LASF73:
	.string	"PIECE_CALL"
.LASF153:
	.string	"status"
.LASF516:
	.string	"dl_checked_XOR_116"
.LASF477:
	.string	"dl_trap_145"
.LASF227:
	.string	"PUSHES_OR"
.LASF291:
	.string	"addr"
.LASF31:
	.string	"uint32_t"
.LASF195:
	.string	"FLOW_OF_SWAP"
.LASF687:
	.string	"ord_from_return"
.LASF523:
	.string	"body_XOR"
.LASF173:
	.string	"dispatcher"
.LASF50:
	.string	"_fileno"
.LASF296:
	.string	"vm_print"
.LASF130:
	.string	"FLOW_COND"
.LASF177:
	.string	"release"
.LASF59:
	.string	"_wide_data"
.LASF552:
	.string	"dl_handler_NOT_94"
.LASF304:
	.string	"free"
.LASF275:
	.string	"PUSHES_STORE"
.LASF14:
	.string	"short unsigned int"
.LASF327:
	.string	"takes_arg"
.LASF598:
	.string	"dl_checked_SUB_58"
.LASF430:
	.string	"dl_handler_JMP_180"
.LASF474:
	.string	"dl_dispatch_149"
.LASF154:
	.string	"ST_HALT"
.LASF132:
	.string	"FLOW_RET"
.LASF41:
	.string	"_IO_write_ptr"
.LASF280:
	.string	"POPS_HALT"
.LASF634:
	.string	"dl_handler_OVER_36"
.LASF197:
	.string	"PUSHES_OVER"
.LASF140:
	.string	"label"
.LASF19:
	.string	"__int32_t"
.LASF27:
	.string	"int64_t"
.LASF541:
	.string	"op_AND"
.LASF505:
	.string	"op_C_SHL"
.LASF536:
	.string	"dl_checked_AND_102"
.LASF172:
	.string	"exit"
.LASF225:
	.string	"FLOW_OF_AND"
.LASF165:
	.string	"hash"
.LASF70:
	.string	"origin"
.LASF565:
	.string	"op_C_MOD"
.LASF5:
	.string	"__sigset_t"
.LASF341:
	.string	"op_C_PRINT"
.LASF365:
	.string	"dl_checked_LOAD_225"
.LASF120:
	.string	"OP_PRINT"
.LASF618:
	.string	"dl_checked_ROT_44"
.LASF256:
	.string	"POPS_JMP"
.LASF286:
	.string	"machine"
.LASF617:
	.string	"op_C_ROT"
.LASF342:
	.string	"dl_checked_PRINT_242"
.LASF530:
	.string	"dl_trap_113"
.LASF667:
	.string	"op_C_PUSH"
.LASF295:
	.string	"emit_put"
.LASF123:
	.string	"operand"
	.section	.debug_line_str,"MS",@progbits,1
.LASF0:
	.string	"dispatch/subroutine/subroutine.c"
.LASF1:
	.string	"/work/main"
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
